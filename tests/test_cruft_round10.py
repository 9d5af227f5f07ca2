"""Credits and calls pasted as plain paragraphs (issue 10, round 10), by shape: a short
caption closed by a bracket naming a network or slash-joined sources, a credit label
glued to a caption's last word, a photo label before a bar, "In <Site> | <title>", a call
to watch a video, a sign-up call for alerts, a print edition's label, share and enlarge
words of more languages.

Each shape is tested beside story lines of a like shape that must stay. The lines are
invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


@pytest.mark.parametrize("line", [
    "Ketua Komisi Budi Santoso (ANTARA/Facebook/Budi Santoso)",
    "Singer Maria Lopez (Instagram Maria Lopez)",
    "El alcalde en la plaza (EFE/Twitter)",
    "Der Minister beim Besuch (dpa/Instagram/Ministerium)",
])
def test_captions_closed_by_a_source_bracket_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "The company posted the clip on its own account (Instagram).",  # a sentence
    "Use of the app rose sharply last year (Facebook/Meta figures show it).",
    "The board met twice (in March and June) before the vote",
    "Sales by region (Europe/Asia)",  # no network, no outlet among the parts
])
def test_story_lines_with_brackets_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Лидер группы на концерте в столицеФото: Иван Петров © Example.ru",
    "The mayor greets the crowdPhoto: Jane Doe/Agency",
    "Der Platz am Abend nach dem SpielFoto: Max Muster",
])
def test_credit_labels_glued_to_a_caption_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


def test_a_product_name_ending_in_a_label_stays() -> None:
    line = "Many users still sort their albums in iPhoto: old habits, one of them said."
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Imagen | Renault, Seat y Toyota", "Foto | Archivo", "Photo | Jane Doe",
])
def test_photo_labels_before_a_bar_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "En Motorpasión | Cómo elegir el mejor neumático para el invierno",
    "In Techsite | What the new phone gets right and wrong",
    "Em Revista Exemplo | Os melhores destinos para o verão",
])
def test_sister_site_pointers_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


def test_a_sentence_with_a_bar_stays() -> None:
    line = ("In Berlin the talks went on late into the night. The results | as one delegate "
            "put it | were modest, and the next round is planned for May.")
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Yuk, Simak Juga Video Berikut!", "Tonton videonya di sini:", "Watch the video:",
    "Veja o vídeo!", "Смотрите видео:",
])
def test_calls_to_watch_a_video_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "He said he would watch the video again.",  # a sentence
    "Watch videos & view photos",                # a feature, no call
    "Did anyone see the video?",
])
def test_story_lines_about_videos_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Get reporter alerts", "Get daily Politics news", "Receive breaking news alerts",
])
def test_alert_sign_up_calls_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "Get ready for the storm, officials warn residents.",
    "Residents get flood alerts by text message since last year.",
])
def test_story_lines_about_alerts_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "from the print edition | Business", "Aus der Printausgabe: Wirtschaft",
    "DISTRIBUIŢI", "Distribuiți", "Click for larger image", "View larger image",
])
def test_print_edition_share_and_enlarge_labels_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]



def test_the_video_summary_under_a_closing_watch_call_goes() -> None:
    summary = ("Pejabat daerah meminta pemerintah memperpanjang pembatasan sampai akhir bulan. "
               "Dia khawatir angka kasus naik lagi jika aturan dicabut terlalu cepat.")
    assert roles([PARA, PARA2, "Yuk, Simak Juga Video Berikut!", summary]) \
        == [TEXT, TEXT, CRUFT, CRUFT]


def test_a_story_going_on_after_a_watch_call_keeps_its_text() -> None:
    assert roles([PARA, "Watch the video:", PARA2, PARA]) == [TEXT, CRUFT, TEXT, TEXT]


@pytest.mark.parametrize("credit", ["Reprodução", "Divulgação", "Handout"])
def test_a_bare_credit_word_and_the_caption_over_it_go(credit: str) -> None:
    caption = "A polícia isolou a rua depois da discussão"
    assert roles([PARA, PARA2, caption, credit]) == [TEXT, TEXT, CRUFT, CRUFT]



@pytest.mark.parametrize("line", ["Follow Example News on , become a fan on",
                                  "Suivez-nous sur", "Folgen Sie uns auf"])
def test_follow_lines_whose_networks_were_icons_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", ["Follow-up on the case", "Follow the river to the sea on foot."])
def test_story_lines_opening_with_follow_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]
