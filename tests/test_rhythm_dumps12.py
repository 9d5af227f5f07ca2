"""Dump rhythm rules of round dumps12 (``normalizer/stories/rhythm.py``), on made-up pages
in the shapes the held-out dumps showed: a consent dialog flattened after the page's footer,
the date line of a story read as that story's date, a domain's name, a weather box's rows."""
from __future__ import annotations

import pytest

import normalizer
from normalizer.stories.dumps import dump_blocks
from normalizer.stories.rhythm import is_prose

PARAGRAPHS = [
    "The harbour authority said on Monday that the new quay will open to ferries in the "
    "spring, two years later than planned.",
    "Engineers found that the old foundations could not carry the weight of the larger "
    "ships, and the design had to be changed.",
    "The city council will vote on the extra money for the project at its next meeting, "
    "a spokeswoman said.",
    "Ferry operators have asked for a temporary landing stage until the work is done.",
]

FOOTER = [
    "About us",
    "• Contact, opens new tab",
    "• Careers, opens new tab",
    "• Advertise, opens new tab",
    "• Terms of Use, opens new tab",
    "• Privacy, opens new tab",
    "© 2024 Harbour Post. All rights reserved",
]

# A consent dialog after the footer: titles over sentences, as a story's units look.
DIALOG = [
    "Your Choices About Stored Data",
    "We and our partners keep small files in your browser to remember your settings and "
    "to measure how the site is used, as the rules of your region allow.",
    "You can change what you allow at any time in the settings below, and some parts of "
    "the site may not work once you refuse.",
    "Always Needed Files",
    "These files let the pages load and remember your login, and they cannot be switched "
    "off in our systems at all.",
    "Measuring Files",
    "These files count visits and where they come from, so that we can see which pages "
    "are read the most and the least.",
    "Accept Everything",
    "Save My Settings",
]


def page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def test_a_dialog_after_the_pages_rights_line_is_no_story():
    text = page(["Harbour Post", "News", "Sport", "Weather",
                 "New quay for the ferries delayed until spring", "By Jane Doe",
                 "12 March 2024"], PARAGRAPHS, FOOTER, DIALOG)
    record = normalizer.normalize_text(text, "file:///quay.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "New quay for the ferries delayed until spring"]
    assert record["stories"][0]["text"] == "\n\n".join(PARAGRAPHS)
    removed = {r["text"] for r in record["removed"]}
    assert {DIALOG[0], DIALOG[1], DIALOG[4]} <= removed


def test_a_rights_line_closing_a_story_keeps_the_stories_after_it():
    # (a feed's stories each end with the agency's line; the one under the last paragraph
    # is the story's, not the page's footer)
    first = ["Ferry quay delayed until the spring", "12 March 2024", *PARAGRAPHS[:3],
             "© 2024 Harbour Post. All rights reserved"]
    second = ["Lighthouse to be restored by volunteers", "13 March 2024",
              "A group of volunteers will repaint the old lighthouse this summer, the "
              "heritage office said on Wednesday.",
              "The tower has not been used since the nineteen-seventies, when the light "
              "was moved to the new pier.",
              "Work will start in June if the weather allows, the group said."]
    record = normalizer.normalize_text(page(first, second), "file:///feed.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "Ferry quay delayed until the spring", "Lighthouse to be restored by volunteers"]


def test_the_date_under_a_headline_dates_the_story():
    text = page(["Harbour Post", "Monday, 18 March 2024", "News", "Sport", "Weather",
                 "Local", "Opinion", "Culture", "Business", "Travel", "Jobs", "Homes",
                 "Motoring", "Puzzles", "Obituaries",
                 "New quay for the ferries delayed until spring", "12 March 2024",
                 "By Jane Doe"], PARAGRAPHS, FOOTER)
    stories = normalizer.normalize_text(text, "file:///quay.txt")["stories"]
    assert [(s["headline"], s["published"]) for s in stories] == [
        ("New quay for the ferries delayed until spring", "2024-03-12")]


def test_each_post_of_a_listing_has_its_own_date():
    posts = []
    for day, title in ((14, "Volunteers repaint the old lighthouse"),
                       (11, "Harbour market returns for the summer season"),
                       (7, "Ferry timetable changes from next month")):
        posts += [title, f"{day} March 2024",
                  "The harbour office announced the plan in a short statement on its "
                  "website and said more details would follow soon.",
                  "Residents can send their questions to the office until the end of "
                  "the month, it said."]
    stories = normalizer.normalize_text(page(posts), "file:///archive.txt")["stories"]
    assert [s["published"] for s in stories] == ["2024-03-14", "2024-03-11", "2024-03-07"]


def test_a_word_after_a_hyphen_of_a_domain_names_no_outlet():
    # ("standard" of "desk@harbour-standard.com" is no name of the site: the table's
    # Der Standard went to Business Standard's page so)
    text = page(["Harbour Standard", "News", "Markets", "Opinion",
                 "New quay for the ferries delayed until spring", "12 March 2024"],
                PARAGRAPHS,
                ["Subscribe to Harbour Standard for the full archive, opens new tab",
                 "Harbour Standard Ltd. Contact: desk@harbour-standard.com",
                 "Advertise with Harbour Standard: ads@harbour-standard.com",
                 "© 2024 Harbour Standard Ltd. All rights reserved"])
    stories = normalizer.normalize_text(text, "file:///quay.txt")["stories"]
    assert [s["headline"] for s in stories] == ["New quay for the ferries delayed until spring"]
    assert stories[0]["source"] != "Der Standard"


@pytest.mark.parametrize("line, prose", [
    ("24°C - 26°C Cloudy. Showers.", False),        # a weather box's row
    ("−3° - 4° Snow showers, clearing later.", False),  # (a minus sign)
    ("5% - 7% Expected range for the year.", False),
    ("Temperatures will reach 26°C in the afternoon, forecasters said.", True),
    ("The harbour authority said the quay opens in spring.", True),
])
def test_a_line_opening_with_a_range_of_measures_is_no_prose(line, prose):
    block = dump_blocks(line)[0]
    assert is_prose(block) is prose


def test_a_signed_date_line_closes_the_head_above_it():
    # (headline, standfirst, a teaser line, "Name · Outlet · Posted: date", then a photo's
    # alt text over its caption and the body: one story, where a bare date line over a
    # title opens a blog's next post)
    text = page(["Harbour Post", "News", "Sport", "Weather", "Local",
                 "New quay for the ferries delayed until spring",
                 "Engineers had to change the design after finding weak foundations under "
                 "the old pier.",
                 "The delay comes two years after the works began",
                 "Jane Doe · Harbour Post · Posted: Mar 12, 2024 4:00 AM | Last Updated: March 12",
                 "A crane stands over the half-built quay",
                 "The new quay, seen from the ferry terminal on Monday, will be twice as "
                 "long as the old one."], PARAGRAPHS, FOOTER)
    stories = normalizer.normalize_text(text, "file:///quay.txt")["stories"]
    assert [s["headline"] for s in stories] == ["New quay for the ferries delayed until spring"]
    assert PARAGRAPHS[-1] in stories[0]["text"]
    assert stories[0]["published"] == "2024-03-12"
