"""Dump rhythm rules of round dumps13 (``normalizer/stories/rhythm.py``), on made-up pages
in the shapes the held-out dumps showed."""
from __future__ import annotations

import normalizer

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
