"""Dump rhythm rules of round dumps8 (``normalizer/stories/rhythm.py``), on made-up pages
in the shapes the held-out dumps showed."""
from __future__ import annotations

import pytest

import normalizer
from normalizer.stories.rhythm import _person_name

# A portal's teasers closed by a date line, where some show their author's name under the
# title instead of a lead (a title-only teaser, a link: no story).
NAMED_TEASERS = "\n".join([
    'Example Daily',
    'Budget vote delayed after late-night talks collapse',
    'Coalition partners failed to agree on spending cuts',
    '04 May 2022',
    'Floods cut off villages in the south',
    'Jane Doe',
    '04 May 2022',
    'Court orders new hearing in land dispute',
    'Judges found the first ruling ignored key evidence',
    '04 May 2022',
    'Choir celebrates its hundredth concert in the old town',
    'Ana de la Torre',
    '04 May 2022',
    'Council approves the new bus timetable for the summer',
    'Riders will see more frequent buses on the coastal line',
    '04 May 2022',
    'Contact | Imprint | Privacy | Advertise | Jobs',
    '',
])


def test_a_title_over_its_authors_name_is_no_story():
    stories = normalizer.normalize_text(NAMED_TEASERS, "file:///portal.txt")["stories"]
    assert [(s["headline"], s["text"]) for s in stories] == [
        ("Budget vote delayed after late-night talks collapse",
         "Coalition partners failed to agree on spending cuts"),
        ("Court orders new hearing in land dispute",
         "Judges found the first ruling ignored key evidence"),
        ("Council approves the new bus timetable for the summer",
         "Riders will see more frequent buses on the coastal line"),
    ]
    assert all(s["published"] == "2022-05-04" for s in stories)


@pytest.mark.parametrize("line, name", [
    ("Zsigmond Enikő", True),
    ("Ana de la Torre", True),
    ("Jean-Luc O'Neill", True),
    ("SIMON HILL", False),               # capitals: a label or a kicker
    ("Rescue teams reach two valleys", False),
    ("Updated 14:00", False),
    ("Jane", False),                     # one word: a name or a section
    ("Ends here.", False),
])
def test_person_name_shape(line, name):
    assert _person_name(line) is name


# An article with a pull quote set between its paragraphs (a sentence of the article,
# without its full stop) and its speaker's line under it.
PULL_QUOTE = "\n".join([
    'Example Times',
    'Unions fill the streets in the capital',
    'By Jane Doe',
    'June 28, 2025',
    ('Thousands of people marched through the capital on Saturday, and union leaders said'
     ' the turnout sent a clear message to the government about its pension plans.'),
    'We will not accept that the prime minister pretends this march does not matter to him',
    'Ann Lee, union president',
    ('"Today is a warning," said the union president. "We will not accept that the prime'
     ' minister pretends this march does not matter to him," she told the crowd.'),
    ('Police counted about half as many marchers as the unions did, and the march ended'
     ' peacefully in the early afternoon after a rally in front of parliament.'),
    '© 2025 Example Times. All rights reserved.',
    '',
])


def test_a_pull_quote_and_its_speaker_are_no_headline_and_no_text():
    stories = normalizer.normalize_text(PULL_QUOTE, "file:///article.txt")["stories"]
    assert [s["headline"] for s in stories] == ["Unions fill the streets in the capital"]
    paragraphs = stories[0]["text"].split("\n\n")
    assert len(paragraphs) == 3
    assert "Ann Lee, union president" not in paragraphs
    assert paragraphs[0].startswith("Thousands of people marched")


# An article with a video's card inside it: the box's label, the video's title, its age
# and running time, its blurb, then the article goes on.
MEDIA_CARD = "\n".join([
    'Example News',
    'Ceasefire talks resume in Cairo after a week of delays',
    'Posted: Aug 08, 2024 4:00 AM EDT',
    ('Negotiators returned to Cairo on Thursday for a new round of talks, officials said,'
     ' after a week in which the two sides traded blame for the delays.'),
    ('Mediators have proposed a phased plan, and both delegations said they would study it'
     ' before the next meeting, which could come as early as Sunday.'),
    'WATCH | Residents react to the new round of talks:',
    'Residents of the city say they fear the talks will fail again',
    '14 hours ago',
    'Duration 1:30',
    ('Many residents told our reporter that they have little hope left after months of'
     ' talks, though some welcomed the return of the negotiators to Cairo this week.'),
    ('The talks are expected to last three days, and a statement is due at their end,'
     ' according to a diplomat who asked not to be named.'),
    '',
])


def test_a_video_card_inside_an_article_is_no_story():
    stories = normalizer.normalize_text(MEDIA_CARD, "file:///article.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Ceasefire talks resume in Cairo after a week of delays"]
    text = stories[0]["text"]
    assert "Many residents told our reporter" not in text
    assert "Duration 1:30" not in text
    assert text.endswith("according to a diplomat who asked not to be named.")
