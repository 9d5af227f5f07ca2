"""Dump rhythm rules of round dumps13 (``normalizer/stories/rhythm.py``), on made-up pages
in the shapes the held-out dumps showed."""
from __future__ import annotations

import normalizer
from normalizer.stories.blocks import SEP
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from normalizer.stories.rhythm import _turn_leads_over_titles

TEASERS = [
    ("Harbour: Fishermen Protest New Quotas at the Port",
     "Hundreds of fishermen blocked the harbour entrance on Monday to protest the quotas "
     "announced last week, saying their catch would fall by half."),
    ("Valley: Farmers Count the Cost of a Dry Summer",
     "Farmers in the valley say the driest summer in decades has cut their harvest, and "
     "many fear they will not be able to pay their debts this winter."),
    ("Coast: Volunteers Clear Plastic From Nesting Beaches",
     "Volunteers spent the weekend clearing plastic from the beaches where turtles nest, "
     "collecting more than two tonnes of waste in two days."),
]


def _page() -> str:
    lines = ["Example Voices", "", "Featured stories", ""]
    for title, lead in TEASERS:  # each teaser's title, a label, its lead, a "more" link
        lines += [title, "", "Read this post.", "", lead, "", "read »", ""]
    lines += ["Most read", ""]
    lines += [t for t, _ in TEASERS for t in (t, "")]  # the titles again, in a list below
    lines += ["About us | Contact | Privacy", ""]
    return "\n".join(lines)


def test_a_title_over_a_repeated_label_heads_its_lead():
    """A teaser's title shown again in a list far below is a link title to the cleaner;
    over the label the page repeats between each title and its lead it is the headline,
    not the teaser's title above."""
    stories = normalizer.normalize_text(_page(), "file:///home.txt")["stories"]
    assert [(s["headline"], s["text"]) for s in stories] == TEASERS


def test_a_name_repeated_in_cards_is_no_teaser_label():
    """A related card's author, repeated with its box over the article's paragraphs, is a
    name, not a label: the card's title above is no headline of the paragraph."""
    body = ("The council met on Tuesday evening to discuss the budget for the coming year, "
            "and several members asked for more money for the schools.")
    card = ["Science", "", "Why the River Ran Dry This Year", "", "Jane Roe", ""]
    lines = ["Budget Talks Drag On at the Council", "", "By Max Doe", "", body, ""]
    for _ in range(3):
        lines += card + [body.replace("Tuesday", "Wednesday"), ""]
    stories = normalizer.normalize_text("\n".join(lines), "file:///article.txt")["stories"]
    assert [s["headline"] for s in stories] == ["Budget Talks Drag On at the Council"]


LEAD_FIRST = [
    ("Harbour town counts the cost of the storm",
     "Shop owners on the seafront spent the day clearing mud and broken glass after the "
     "storm flooded the old town."),
    ("Choir sings again",
     "After two silent years the town choir gave its first concert, and the church was "
     "full to the last seat."),
    ("New ferry line links the islands from spring",
     "The ferry company will sail twice a day between the islands from April, the "
     "council said on Tuesday."),
]


def _turned(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n".join(lines))
    classify(blocks, dump=True)
    _turn_leads_over_titles(blocks)
    return [b.text for b in blocks if b.role != SEP]


def test_a_run_of_teasers_printed_lead_first_is_read_title_first():
    """A box of cards whose lead stands above the title: each title is put over the lead
    it follows, so it heads that lead, not the next card's."""
    lines = ["More like this", ""]
    for title, lead in LEAD_FIRST:
        lines += [lead, "", title, ""]
    lines += ["Most read", ""]
    assert _turned(lines) == ["More like this"] + [
        line for pair in LEAD_FIRST for line in pair] + ["Most read"]


def test_an_interviews_questions_stay_under_their_answers():
    """Question, answer, question ...: read from the first answer, (answer, question)
    pairs, but the questions are no teasers' titles: the order stays."""
    qa = [
        "What did the first year teach you?",
        "Mostly that customers change their minds faster than any plan we could write.",
        "And the failures?",
        "We built tools nobody asked for, and we learned to ask the shop floor first.",
        "How do you know what customers want today?",
        "We test small things every week and keep only what people actually use.",
        "What comes next for the team?",
        "A new app for the stores, built together with the people who work in them.",
        "Thank you for the interview!",
    ]
    lines = ["A Year of Change at the Store Chain", "", "By Max Doe", ""]
    for line in qa:
        lines += [line, ""]
    assert _turned(lines)[2:] == qa


def test_a_title_first_run_stays():
    """Title, lead, title, lead ...: read one line late it is (lead, title) pairs too, but
    a headline stands over its first lead and prose under its last title."""
    lines = []
    for title, lead in LEAD_FIRST:
        lines += [title, "", lead, ""]
    assert _turned(lines) == [line for pair in LEAD_FIRST for line in pair]


def test_a_row_of_glued_buttons_or_tags_is_no_headline():
    """Share buttons flattened without spaces, and tags glued behind hash signs, are the
    page's chrome; a name with one inner capital is not."""
    from normalizer.stories.rhythm import _glued_buttons
    assert _glued_buttons("TwitterLinkedinFlipboardE-postaLinki KopyalaYazı Tipi")
    assert _glued_buttons("#Spring#Town Festival#Town Festival Tickets")
    assert not _glued_buttons("McDonald's opens on YouTube with an iPhone deal")
    assert not _glued_buttons("GÜNDEMDÜNYAEKONOMİ SPOR")
    lines = ["Town festival opens with a parade through the old streets", "",
             "#Spring#Town Festival#Town Festival Tickets", "",
             "FacebookTwitterWhatsAppLinkedinE-mail", "",
             "Thousands lined the streets on Saturday as the festival opened with a parade "
             "of bands and floats.", ""]
    stories = normalizer.normalize_text("\n".join(lines), "file:///fest.txt")["stories"]
    assert [s["headline"] for s in stories] == [lines[0]]
    assert "#" not in stories[0]["text"] and "Facebook" not in stories[0]["text"]
