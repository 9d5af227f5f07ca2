"""Cruft pasted after a story as plain paragraphs when a page's post is rendered by a real
theme (issue 10, round 14), by shape, in several languages:

- in a story's tail (after its last paragraph of body text), a short line of two
  sentences shaped as a teaser (no full stop at its end, a question, or cut short by an
  ellipsis) no longer ends the body there, and after the tail's furniture such a line, a
  single word, a poll's question and a widget's short exclamation are furniture too;
- a part of the post that opens with furniture (under a byline or a date line) is all tail;
- the post's tags between its share bar and a list of other stories' headlines;
- a caption run on into its agency's name ("... with his memoirs AP");
- "copyright" of other languages before the holder's name;
- widget labels of many languages: a copied-link notice, a table of contents, a poll, a
  feedback control, a follow bar's label, the comment form's cancel link.

Each shape is tested beside story lines of a like shape that must stay. The lines are
invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

EN = ("The minister said on Tuesday that talks would resume next week, adding that both "
      "sides had agreed to keep the channel open despite the tensions in the region.")
EN2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
       "meeting of deputy ministers was being prepared for early next month.")
PL = ("Minister poinformował we wtorek, że rozmowy zostaną wznowione w przyszłym tygodniu, a "
      "obie strony zgodziły się utrzymać otwarty kanał komunikacji mimo napięć w regionie.")
PL2 = ("Urzędnicy w obu stolicach odmówili komentarza w sprawie terminu, ale dyplomaci "
       "przekazali, że spotkanie wiceministrów jest przygotowywane na początek "
       "przyszłego miesiąca.")
ES = ("El ministro afirmó el martes que las conversaciones se reanudarán la próxima semana y "
      "que ambas partes acordaron mantener abierto el canal de comunicación pese a la tensión.")
ES2 = ("Los funcionarios de ambas capitales declinaron comentar el calendario, pero los "
       "diplomáticos dijeron que se prepara una reunión de viceministros para el próximo mes.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


def test_teasers_and_poll_after_the_tails_furniture_go() -> None:
    tail = [
        "Udostępnij",  # a share control: the tail's furniture
        "Pożar w kamienicy",
        "Pożar w kamienicy na Pradze. Strażacy gasili ogień przez całą noc",
        "Nowy most",
        "Nowy most otwarty po trzech latach. Kierowcy czekali na niego długo?",
        "Radni przyjęli budżet miasta. Opozycja zapowiada skargę do wojew…",
        "Sensacja!",
        "Sonda",
        "Czy nowy most rozwiąże problem korków w mieście?",
        "Tak",
        "Nie",
    ]
    assert roles([PL, PL2, *tail]) == [TEXT, TEXT] + [CRUFT] * len(tail)


def test_a_story_s_short_lines_without_furniture_stay() -> None:
    lines = [PL, PL2, "Co dalej? Tego nikt nie wie.", "Czy to koniec? Zobaczymy."]
    assert roles(lines) == [TEXT] * 4


def test_short_story_lines_after_a_mid_story_link_stay_when_body_follows() -> None:
    lines = [EN, "Read more: Talks stall again", EN2, "He left. Nobody followed him."]
    assert roles(lines)[2:] == [TEXT, TEXT]


def test_tags_under_the_share_bar_then_headlines_go() -> None:
    tail = [
        "Compartir:",
        "Europa",
        "Historia",
        "Diplomacia",
        "Qué dicen los archivos sobre la reunión secreta que cambió el rumbo de la guerra fría",
        "Las cinco ciudades europeas que más han crecido durante la última década según datos",
        "Cómo se preparan los agricultores del sur para un verano que promete ser muy seco",
        "El museo que guarda las cartas perdidas de los exploradores del siglo diecinueve",
    ]
    assert roles([ES, ES2, *tail]) == [TEXT, TEXT] + [CRUFT] * len(tail)


def test_a_posts_own_short_list_after_a_sentence_stays() -> None:
    lines = [ES, ES2, "Estos son los destinos:", "Sevilla", "Granada", "Córdoba"]
    assert roles(lines) == [TEXT] * 6


@pytest.mark.parametrize("line", [
    "The former envoy holds a copy of his memoirs AP",
    "Dockworkers unload crates at the northern port during the blockade REUTERS",
])
def test_caption_run_into_its_agency_goes(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, CRUFT, TEXT]  # (not the post's last line)


@pytest.mark.parametrize("line", [
    "The statement was first reported by the AP.",
    "Interview with AP",
    "Talks resumed in the capital under pressure from the EU",
])
def test_lines_ending_with_capitals_stay(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Prawa autorskie Przykładowe Media",
    "Πνευματικά Δικαιώματα Example News",
    "Urheberrecht: Beispiel Verlag",
])
def test_copyright_of_other_languages_goes(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, CRUFT, TEXT]  # (not the post's last line)


@pytest.mark.parametrize("line", [
    "Prawa autorskie do zdjęć należą do fotografa.",
    "Urheberrecht ist ein schwieriges Thema",
])
def test_copyright_words_in_a_sentence_stay(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Link copied!", "Σύνδεσμος αντιγράφηκε!", "Lien copié !", "Table of contents",
    "Spis treści", "Inhaltsverzeichnis", "Poll", "Umfrage", "Send us your feedback",
    "Your feedback", "Folgen auf:", "Cancel reply", "Μοιραστείτε το",
])
def test_widget_labels_go(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, CRUFT, TEXT]  # (not the post's last line)


@pytest.mark.parametrize("line", [
    "We apologize, but this video has failed to load.",
    "Try refreshing your browser, or tap here to watch more of our videos.",
    "FB Tweet",
])
def test_player_messages_go(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, CRUFT, TEXT]  # (not the post's last line)


@pytest.mark.parametrize("line", [
    "More details are published at example.com, the agency said.",
    "The video failed to reach the court before the deadline, his lawyer said on Monday.",
    "U.S.",
    "https://example.org/2020/05/a-source-the-post-lists",
])
def test_addresses_and_videos_stay(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, TEXT, TEXT]


ZH = ("据介绍，今年以来全市新建公园绿地四十余处，市民出门五分钟即可到达身边的小游园，"
      "满意度明显提升。")
ZH2 = ("市园林部门负责人表示，下一步将继续推进老旧公园改造，增加健身设施和儿童游乐场地，"
       "方便群众休闲。")
KO = "서울시는 올해 공원 녹지 40여 곳을 새로 조성했다고 밝혔다."


@pytest.mark.parametrize("line", [
    "Zur Merkliste hinzufügen", "Artikel anhören (4 Minuten)",
    "This audio is generated by an AI tool.",
    "Source: Example Daily © Example Media Group. Permission required for reproduction",
])
def test_controls_and_notices_go(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, CRUFT, TEXT]  # (not the post's last line)


def test_a_list_of_links_under_its_label_goes() -> None:
    tail = ["Links:", "Parlament", "Rechnungshof", "Stadtverwaltung"]
    assert roles([EN, EN2, *tail]) == [TEXT, TEXT] + [CRUFT] * len(tail)


@pytest.mark.parametrize("line", ["△新建公园的总体布局图", "扫描上方二维码领取公园地图"])
def test_chinese_caption_mark_and_qr_call_go(line: str) -> None:
    assert roles([ZH, line, ZH2]) == [TEXT, CRUFT, TEXT]


def test_a_korean_list_marked_with_triangles_stays() -> None:
    line = "▲서울 ▲부산 ▲대구 등 세 곳에서 행사가 열린다."
    assert roles([KO, line, KO]) == [TEXT, TEXT, TEXT]


def test_greek_comments_label_goes() -> None:
    # (mid-post, "Comments" opens the comment section: what follows it goes too)
    assert roles([EN, EN2, "Σχόλια"]) == [TEXT, TEXT, CRUFT]


def test_a_label_closed_by_a_colon_after_the_furniture_goes() -> None:
    # (left as text, it reads as a line introducing what follows: the next pasted story's
    # headline would be taken for the list it introduces)
    tail = ["Share this article", "Copy and paste the video link below:", "Link copied!"]
    assert roles([EN, EN2, *tail]) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]


def test_a_list_introduced_in_the_story_stays() -> None:
    lines = [EN, "The three demands were these:", EN2]
    assert roles(lines) == [TEXT, TEXT, TEXT]


def test_a_blog_s_sign_off_after_a_promo_stays() -> None:
    lines = [EN, EN2, "Sign up for our newsletter", "Have a lovely weekend, everyone!"]
    assert roles(lines)[-1] == TEXT
