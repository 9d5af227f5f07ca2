"""Cruft of real news stories pasted into blog themes, round 26 (issue 10). A theme keeps
only the pasted lines, not the page's markup that told its boxes apart: under the story's
related links, a fact box ("Fakta om ...", "Facts about ...") goes whole, its heading and
its sentences however long, up to its source line; a story's own line that only sounds
like such a heading, or a fact box's heading with no related links or promo above it,
stays. A run of three lines or more in headline case closing a story is another box's
titles, whatever mark ends them; German sentences, capitalising their nouns only, are
none. Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.model import BlockKind
from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify

NO_BODY = ("Kommunestyret vedtok tirsdag å stenge den gamle brua i et helt år, og tusenvis av "
           "pendlere må nå kjøre en lang omvei gjennom sentrum hver eneste dag.")
EN_BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
           "will send thousands of commuters onto a detour through the city centre for a year.")
NO_LONG = ("Brua ble bygget i 1962 og har siden blitt reparert tre ganger, sist i 2009, da "
           "hele dekket ble byttet ut etter at inspektører fant sprekker i flere av bjelkene "
           "som bærer veibanen over elva.")
EN_LONG = ("The bridge was built in 1962 and has been repaired three times since, most "
           "recently in 2009, when its whole deck was replaced after inspectors found cracks "
           "in several of the beams carrying the road across the river.")


def _roles(lines: list[str]) -> list[str]:
    out = [Block(line) for line in lines]
    classify(out)
    return [b.role for b in out]


@pytest.mark.parametrize(("body", "related", "label", "box"), [
    (NO_BODY, "Les også: Brua stenges i et helt år: – Vi er lei", "Fakta om brua", NO_LONG),
    (EN_BODY, "Read more: Bridge to close for a year", "Facts about the bridge", EN_LONG),
    (EN_BODY, "Read more: Bridge to close for a year", "FACTBOX", EN_LONG),
])
def test_fact_box_under_related_links_goes_whole(body: str, related: str, label: str,
                                                 box: str) -> None:
    """The box's heading, its sentences (long ones too) and its closing source line go;
    the story above stays."""
    roles = _roles([body, related, label, box, box.replace("1962", "1963"), "Kilde: Example.no"])
    assert roles[0] == TEXT
    assert roles[1:] == [CRUFT] * 5


def test_fact_box_heading_with_no_furniture_above_stays() -> None:
    """Between the story's own paragraphs a heading like a fact box's may be the story's
    sub-heading: with no related link or promo over it, nothing is taken."""
    assert _roles([NO_BODY, "Fakta om brua", NO_LONG]) == [TEXT] * 3


@pytest.mark.parametrize("line", [
    "Fakta om brua er at den er gammel og sliten, sa ordføreren.",
    "Faktisk om brua",
    "Facts matter",
])
def test_lines_only_like_a_fact_box_heading_stay(line: str) -> None:
    """A sentence that opens with the word, another word opening like it, or the word
    before no "about"/colon opens no box."""
    roles = _roles([EN_BODY, "Read more: Bridge to close for a year", line, EN_LONG])
    assert roles[-1] == TEXT


TITLES = [
    "Dickerson: When Will the Council Bubble Pop? Not Anytime Soon.",
    "I’ve Loved Bridges My Whole Life. Now, I Can’t Cross Without Thinking Twice.",
    "If the City Votes That a Bridge Is Legally a Park, Will Cars Be Able To Cross at All?",
    "Look What Happens When You Ask the Mayor About \"Bridge Tolls\"",
]


def test_headline_case_run_closing_a_story_goes() -> None:
    """Three lines or more in headline case (every longer word capitalised) closing the
    story, whatever mark ends them, are another box's titles; the writer's bio above them
    is reached as the post's end and goes too; the next story under its heading stays."""
    out = [Block(line) for line in [
        EN_BODY, "Jane Roe is a senior associate editor of the Daily Planet.", *TITLES,
        "Second story about the river ferry", EN_LONG]]
    out[-2].kind = BlockKind.HEAD
    classify(out)
    assert [b.role for b in out] == [TEXT] + [CRUFT] * 5 + [TEXT, TEXT]


def test_headline_case_lines_inside_a_story_stay() -> None:
    """Two such lines are too few for a list, and a run with the story's text under it
    closes nothing."""
    assert _roles([EN_BODY, *TITLES[:2]]) == [TEXT] * 3
    assert _roles([EN_BODY, *TITLES[:3], EN_LONG]) == [TEXT] * 5


def test_sentences_with_german_nouns_are_no_headline_case() -> None:
    """A German line capitalises its nouns only: no run."""
    lines = ["Der Stadtrat beschloss am Dienstag die Sperrung der Brücke.",
             "Die Pendler müssen einen Umweg durch die Innenstadt fahren.",
             "Die Bauarbeiten sollen im Frühjahr beginnen und ein Jahr dauern."]
    assert _roles([EN_BODY, *lines]) == [TEXT] * 4



@pytest.mark.parametrize("line", ["Je m'abonne", "Offre limitée. 2 mois pour 1€ sans engagement"])
def test_paywall_button_and_offer_go(line: str) -> None:
    assert _roles([EN_BODY, line, EN_LONG])[1] == CRUFT


def test_story_sentence_with_the_offer_words_stays() -> None:
    line = "Le gouvernement a adopté le texte sans engagement de dépenses, a indiqué le ministre."
    assert _roles([EN_BODY, line, EN_LONG])[1] == TEXT


def test_numbered_notes_in_headline_case_stay() -> None:
    """A post's numbered endnotes name books in headline case: its own lines."""
    notes = ["64. Jane Roe, Bridges: The Secret History of River Crossings (New York: "
             "Example Press, 2018) 586-607.",
             "65. Doe, River Crossings in the New Bridge Era, 136; and Roe, \"Improving "
             "Bridge Performance,\" 57-64.",
             "66. Smith and Jones, Bridges Over Small Rivers, 4."]
    assert _roles([EN_BODY, *notes]) == [TEXT] * 4


@pytest.mark.parametrize("line", [
    "Der Bürgermeister bei seiner Rede an der alten Brücke. Foto: Max Muster/Keystone",
    "上海，一座旧桥。大桥将关闭一年进行维修。图：张三/视觉中国",
])
def test_caption_with_its_labelled_credit_glued_on_goes(line: str) -> None:
    """A caption's sentence or two, then the picture's credit opened by its label."""
    assert _roles([EN_BODY, line, EN_LONG])[1] == CRUFT


@pytest.mark.parametrize("line", [
    "The bridge will close for a year, the council said. Source: City Council",
    "The council met on Tuesday. Note: the vote was close.",
])
def test_paragraph_ending_with_another_label_stays(line: str) -> None:
    assert _roles([EN_BODY, line, EN_LONG])[1] == TEXT
