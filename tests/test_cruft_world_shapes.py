"""Cruft of sites the project never saw, by shape and by table: captions typed as plain
paragraphs just before their photo credit, "symbolic picture" labels, photo credits and
caption openers of Chinese, Japanese and Korean pages, a site's "report an error" control
in many languages, notices to the readers of a site's app; and the story lines of the same
shapes that stay text.

The lines are invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.cues import text as cues
from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify, has_photo_credit
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")
ZH = "市政府周二表示，新的公交线路将于下月开通，预计每天可服务约两万名乘客。"
ZH2 = "有关部门负责人说，线路沿途将增设十二个站点，并同步优化周边道路的交通组织。"


def roles(lines: list[str]) -> list[tuple[str, str | None]]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [(b.role, b.cruft_kind) for b in blocks]


# --- a caption typed as a paragraph, just before its credit -------------------------------

@pytest.mark.parametrize("caption, credit", [
    ("Der Schauspieler mit seiner Tochter bei der Premiere", "© Example Media"),
    ("The harbour at dawn, with the old lighthouse behind", "Photo: Jane Doe"),
    ("Les enfants dans la cour de l'école (photo d'illustration).", "Photo : Jean Dupont"),
    ("El alcalde durante la inauguración del puente", "Foto: Agencia Ejemplo/EFE"),
    ("Die Kinder spielten im Hof (Symbolbild).", "Fotos: Max Muster/Bildagentur"),
])
def test_a_caption_line_just_before_a_photo_credit_is_removed(caption, credit):
    got = roles([PARA, caption, credit, PARA2])
    assert got[1] == (CRUFT, "caption")
    assert got[2][0] == CRUFT
    assert got[0] == got[3] == (TEXT, None)


@pytest.mark.parametrize("line", [
    PARA2,  # a story sentence there is kept
    "(Editing by Jane Doe and John Roe)",  # a story's closing credit
    "Jane Doe contributed reporting from Berlin.",
])
def test_a_story_line_before_a_credit_is_kept(line):
    got = roles([PARA, line, "© Example Media", PARA2])
    assert got[1] == (TEXT, None)


def test_a_copyright_notice_is_no_photo_credit():
    """A notice with a year or "All rights reserved" closes a story: the line above it is
    the story's, even when it does not end like a sentence."""
    for notice in ("© 2021 Example News. All rights reserved.", "© 2021 Example News"):
        got = roles([PARA, "Die Verhandlungen gehen am Montag weiter", notice, PARA2])
        assert got[1] == (TEXT, None), notice


# --- "symbolic picture" labels -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Polizeiwagen vor dem Bahnhof (Archivbild).",
    "Un policier devant la gare (photo d'archives)",
    "Agentes en la estación (foto de archivo).",
    "Policisté před nádražím (ilustrační foto)",
    "警察在车站外执勤（资料图）",
])
def test_a_line_ending_with_an_illustration_label_is_a_caption(line):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, "caption")


def test_a_marker_inside_a_sentence_leaves_it_text():
    line = ("The figures (file photo of the ledger aside) were published by the ministry on "
            "Tuesday, and the opposition asked for an inquiry into the accounts.")
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


# --- Chinese, Japanese and Korean photo credits and captions -------------------------------

@pytest.mark.parametrize("line", [
    "3月2日，市民在公园里赏花。新华社记者 张三 摄",
    "游客在景区排队入园（李四 摄）",
    "摄影：王五",
    "（图片来源：示例图库）",
    "图/示例社",
    "写真＝ロイター",
    "사진=예시통신",
    "서울 도심의 모습. 사진 제공=서울시",
])
def test_cjk_photo_credits(line):
    assert has_photo_credit(line)
    assert roles([ZH, line, ZH2])[1] == (CRUFT, "caption")


@pytest.mark.parametrize("line", [
    "这部电影在北京拍摄",       # the verb "shot", no credit
    "他说这张图很好。",
    "地图/路线已更新。",
    "记者从市交通局获悉，新线路将于下月开通。",
])
def test_cjk_sentences_with_the_same_characters_have_no_credit(line):
    assert not has_photo_credit(line)


@pytest.mark.parametrize("line", ["图为游客在景区排队入园。", "图注：游客在景区排队入园",
                                  "写真は東京の街並み", "사진설명=서울 도심의 모습"])
def test_cjk_caption_openers(line):
    assert roles([ZH, line, ZH2])[1] == (CRUFT, "caption")


def test_a_chinese_story_paragraph_stays_text():
    assert roles([ZH, "图书馆周末延长开放时间，市民可在线预约。", ZH2])[1] == (TEXT, None)


# --- a site's "report an error" control, in many languages ---------------------------------

@pytest.mark.parametrize("line", [
    "Report an error", "Nahlásit chybu", "Fehler melden", "Signaler une erreur",
    "Reportar un error", "Segnala un errore", "Zgłoś błąd", "Meld een fout",
    "Rapportera fel", "Ilmoita virheestä", "Сообщить об ошибке", "Hata bildir",
    "Laporkan kesalahan", "Báo lỗi", "Reportar erro", "我要纠错", "오류 신고",
    "Found an error? Let us know.",
    "Pokud jste v textu našli chybu, dejte nám prosím vědět přes formulář.",
    "Haben Sie einen Fehler entdeckt? Dann teilen Sie uns das bitte mit.",
    "Vous avez repéré une erreur ? Faites-le nous savoir.",
    "¿Encontró un error en esta nota? Háganoslo saber.",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
])
def test_report_an_error_lines_are_removed(line):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, "chrome")


def test_the_table_is_broad():
    """Labels and error words of at least fifteen languages (here: a few of each)."""
    assert len(cues.ERROR_REPORT_LABELS) >= 60
    assert len(cues.ERROR_WORDS) >= 40 and len(cues.ERROR_REQUESTS) >= 60


@pytest.mark.parametrize("line", [
    "The ministry admitted an error in the tax bills sent to 40,000 households.",
    "Die Behörde räumte einen Fehler bei der Berechnung der Gebühren ein.",
    "Ministerstvo připustilo chybu ve výpočtu příspěvků.",
])
def test_a_story_sentence_about_an_error_is_kept(line):
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


# --- notices to the readers of an app -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "If you're on the Example News app, click here to watch live",
    "Tap here to listen to this story",
    "Wenn Sie die App nutzen, klicken Sie hier für das Video",
    "Si vous êtes sur l'application, cliquez ici pour voir la vidéo",
])
def test_app_notices_are_removed(line):
    assert roles([PARA, line, PARA2])[1][0] == CRUFT


def test_a_sentence_quoting_click_here_stays_text():
    line = ("Users were told by the fake message to click here to claim a prize, police said, "
            "and hundreds of them lost money.")
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


# --- labels glued to their link, credits after a slash, notices -------------------------

@pytest.mark.parametrize("line", [
    "Читайте також Уряд ухвалив новий бюджет на наступний рік",
    "До темиУряд ухвалив новий бюджет на наступний рік",
    "See also The budget talks in three charts",
    "Lesen Sie auch Die Haushaltsdebatte im Überblick",
])
def test_a_read_also_label_glued_to_its_title_is_removed(line):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, "related_link")


@pytest.mark.parametrize("line", [
    "Lee Hsien Loong visited the port on Tuesday",   # a one-word label opens a name
    "Зверніть увагу, що бюджет ще не ухвалено",       # "note that ...": a sentence
    "Mehr Informationen dazu gibt es bei der Kammer",  # a lower-case word after the label
])
def test_a_line_opening_like_a_label_stays_text(line):
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


@pytest.mark.parametrize("line", [
    "Депутати обговорюють бюджет у залі / Фото Прес-служба",
    "Delegates at the opening session | Photo Jane Doe",
])
def test_a_caption_ending_in_a_credit_after_a_slash_is_removed(line):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, "caption")


@pytest.mark.parametrize("line", [
    "Copyrights ⓒ 예시신문. 무단 전재 및 재배포 금지",
    "RIPRODUZIONE RISERVATA © Copyright Agenzia Esempio",
    "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung",
    "版权所有 未经授权不得转载",
])
def test_rights_reserved_notices_are_removed(line):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, "copyright")


def test_a_sentence_naming_the_phrase_stays_text():
    line = ("The licences sit between traditional copyright (all rights reserved) and the "
            "public domain, the foundation explained in its guide for teachers.")
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


def test_a_comment_section_at_the_end_is_removed():
    policy = ("Vi ønsker en åben debat, og opfordrer alle til at kommentere. Redaktionen "
              "fjerner indlæg, der ikke lever op til retningslinjerne.")
    got = roles([PARA, PARA2, "Kommentarer", policy])
    assert got[2:] == [(CRUFT, "chrome"), (CRUFT, "chrome")]
    assert got[:2] == [(TEXT, None), (TEXT, None)]


def test_a_comments_heading_before_the_story_goes_on_leaves_it_text():
    """More than a few lines after it: the story's own section, not a comment box."""
    got = roles(["Comments", PARA, PARA2, PARA, PARA2])
    assert got[1:] == [(TEXT, None)] * 4


@pytest.mark.parametrize("line", [
    "This error message is only visible to WordPress admins",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "Ihr Browser unterstützt dieses Video nicht.",
])
def test_cms_notices_are_removed(line):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, "chrome")


def test_a_teaser_stamped_with_its_time_and_its_title_are_removed():
    teaser = ("Most households insure their homes and cars, few insure their income. How far "
              "does the safety net reach? 9.4.2020 - 00.00")
    got = roles([PARA, PARA2, "Why income insurance matters more than ever", teaser])
    assert got[2:] == [(CRUFT, "related_link"), (CRUFT, "related_link")]


def test_a_paragraph_ending_with_a_date_and_no_time_stays_text():
    line = "The agreement was signed in Brussels. 9.4.2020"
    assert roles([PARA, line, PARA2])[1][0] != CRUFT


@pytest.mark.parametrize("line", ["입력 2020.08.27 20:27", "Uppdaterad 28.5.2020 17:43",
                                  "Atualizado em 14/03/2020 às 10h"])
def test_date_lines_of_more_languages_are_metadata(line):
    assert roles([PARA, line, PARA2])[1] == ("meta", "date")


# --- lists of other stories under a label -------------------------------------------------

def test_headlines_under_a_label_of_their_own_are_its_list():
    got = roles([PARA, "Relacionadas", "Governo anuncia novo pacote para a indústria",
                 "Bolsa fecha em alta pela terceira sessão seguida",
                 "Chuvas atingem o litoral e causam alagamentos", PARA2])
    assert got[1:5] == [(CRUFT, "related_link")] * 4
    assert got[5] == (TEXT, None)


def test_headlines_under_an_ad_label_are_sponsored_links():
    got = roles([PARA, PARA2, "PARTNER", "'Kim ne derse desin' dedi",
                 "Bakanlıktan yeni açıklama geldi", "Sınav puanı ile memur olunur mu?"])
    assert got[2:] == [(CRUFT, "chrome")] + [(CRUFT, "related_link")] * 3


def test_a_story_paragraph_after_an_ad_label_stays_text():
    got = roles([PARA, "Anzeige", PARA2])
    assert got[2] == (TEXT, None)


def test_a_standfirst_the_body_repeats_and_continues_stays_text():
    """Not an alt text and its caption: the second line goes on by sentences, not a credit."""
    lead = ("Two children were taken to hospital after carbon monoxide leaked from a stove. "
            "The incident happened in the city centre.")
    body = (lead + " According to the information received, the brother and sister were "
            "treated by paramedics and taken to hospital by ambulance, where they remain.")
    got = roles([lead, body, PARA2])
    assert got == [(TEXT, None)] * 3
