"""Credits, calls, appeals and lists pasted as plain paragraphs (issue 10, round 10b), by
shape: a photo credit alone ("Name Name/Agency", "(Name / For The Paper)", "(Name
Photography)"), a credit label before slash-joined credits, an enlarge control written
"[+] Enlarge", a call to write in cut where its address was a link, the site's donation
appeal, and a related list whose titles open with their dates.

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
    "Jane Porter/Icon SMI",
    "Marco Rossi/LaPresse",
    "(Ann Smith / For The Courier)",
    "(Peter ‘Pete’ Jones Photography)",
    "(Studio Nord Fotografie)",
    "Crédito: Reprodução/TV",
    "Credit: Handout/Company",
])
def test_a_photo_credit_alone_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Output rose 4% year/year in March.",  # a sentence
    "The ratio of debt to income (Fed/Treasury data) kept rising through the year.",
    "Photography became her living after the war, she told friends in the village.",
    "Israel/Gaza: what we know so far about the talks",
])
def test_story_lines_of_a_like_shape_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


def test_an_enlarge_control_with_a_plus_goes() -> None:
    assert roles([PARA, "[+] Enlarge", PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "\"Questions? Comments? Email us at",
    "Tips or corrections? Write to us at:",
    "Fragen oder Anregungen? Schreiben Sie uns an",
    "Une remarque ? Écrivez-nous à",
])
def test_a_call_to_write_in_cut_at_its_address_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


def test_a_sentence_about_email_stays() -> None:
    line = "Customers who were affected can email us, the company said in a statement."
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    ("Can you help us keep going? Every gift counts. A small contribution keeps this site "
     "free for all readers, and you can give from $2 via PayPal. Thank you."),
    ("Unterstützen Sie uns: Jede Spende hilft. Mit Ihrer Spende ab 5 € per PayPal bleibt "
     "unser Angebot frei."),
])
def test_the_sites_donation_appeal_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


def test_a_charity_appeal_reported_in_a_story_stays() -> None:
    line = ("\"Please help us,\" the shelter's director said, adding that every donation "
            "would go to families who lost their homes in the flood.")
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


def test_a_run_of_dated_titles_goes() -> None:
    titles = ["08/01/2015 Judge to rule on appeal in the harbour case",
              "08/01/2015 Unions call a strike at the port for Monday",
              "07/01/2015 Mayor defends the new budget before council"]
    assert roles([PARA, PARA2, *titles]) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]


def test_a_dated_chronology_of_sentences_stays() -> None:
    entries = ["12/03/2014 The court ruled against the company.",
               "15/03/2014 The company appealed the ruling.",
               "20/03/2014 A hearing was set for the summer."]
    assert CRUFT not in roles([PARA, *entries, PARA2])


def test_two_dated_titles_are_no_list() -> None:
    titles = ["08/01/2015 Judge to rule on appeal in the harbour case",
              "08/01/2015 Unions call a strike at the port for Monday"]
    assert CRUFT not in roles([PARA, *titles, PARA2])


def test_a_watch_call_glued_after_the_last_sentence_is_cut_off() -> None:
    from normalizer.stories.blocks import Block
    last = "“Kami siap membantu,” katanya. (ab/cd) Yuk, Simak Juga Video Berikut!"
    blocks = [Block(PARA), Block(PARA2), Block(last)]
    classify(blocks)
    assert [b.text for b in blocks if b.role == TEXT] == [PARA, PARA2,
                                                          "“Kami siap membantu,” katanya. (ab/cd)"]
    assert [b.text for b in blocks if b.role == CRUFT] == ["Yuk, Simak Juga Video Berikut!"]


def test_a_sentence_ending_with_a_video_exclamation_stays_whole() -> None:
    from normalizer.stories.blocks import Block
    last = "The team posted the clip at night. Fans loved the video!"
    blocks = [Block(PARA), Block(last)]
    classify(blocks)
    assert [b.text for b in blocks if b.role == TEXT] == [PARA, last]


@pytest.mark.parametrize("line", ["Image", "Image:", "Anhören", "Artikel anhören",
                                  "Listen to this article"])
def test_a_placeholder_alone_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Legende: Zwei Kinder spielen am Ufer des Sees. Beispiel TV",
    "Légende : le port au lever du jour",
    "Leyenda: El puente tras la tormenta",
])
def test_a_caption_with_its_label_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Legendary players gathered at the stadium on Sunday to honour the coach.",
    "Leyendas del fútbol: quiénes jugarán el partido benéfico del domingo en la capital.",
])
def test_a_line_opening_with_a_like_word_stays(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


def test_an_isizulu_read_more_line_goes() -> None:
    assert roles([PARA, "FUNDA OLUNYE UDABA LAPHA | Abantu abathathu baboshiwe edolobheni",
                  PARA2]) == [TEXT, CRUFT, TEXT]
