"""Live feeds: a page of briefs, each under a heading or bold line that opens with its
clock time, is read as one story a brief (issue 10), and the shapes that look like it
in a single story stay one story. Invented pages and lines."""
from __future__ import annotations

import pytest

from normalizer.cues.openers import clock_opener
from normalizer.pipeline import normalize_page

_URL = "https://news.example/2024/05/02/live-markets/"
_TITLE = "Markets live: shares rise as the harbour strike ends"

#: (brief title, its paragraph): invented briefs.
_BRIEFS = [
    ("Harbour strike ends after nine days",
     "Dock workers voted on Thursday to end the strike that had closed the harbour for "
     "nine days, the union said."),
    ("Shipping firm lifts its forecast",
     "The shipping firm raised its forecast for the year after a strong first quarter, "
     "citing the reopening of the port."),
    ("Bakery chain opens twenty new shops",
     "The bakery chain said it would open twenty shops in the north before the summer "
     "and hire three hundred people."),
    ("Rail fares to rise in the autumn",
     "Rail fares will rise by three percent in the autumn, the transport ministry said in "
     "a statement on its website."),
]


def _page(body: str, title: str = _TITLE) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


def _stories(body: str, title: str = _TITLE) -> list[dict]:
    return normalize_page(_page(body, title), _URL)[0]["stories"]


def _feed(times: list[str], bold: bool = True) -> str:
    out = ["<p>All the news of the day, as it comes in, on this page.</p>"]
    for when, (title, text) in zip(times, _BRIEFS[:len(times)], strict=True):
        line = f"{when}{title}"
        out.append(f"<p><strong>{line}</strong></p>" if bold else f"<h3>{line}</h3>")
        out.append(f"<p>{text}</p>")
    return "".join(out)


@pytest.mark.parametrize("text, title", [
    ("8h47 - Harbour strike ends", "Harbour strike ends"),
    ("08:47 Harbour strike ends", "Harbour strike ends"),
    ("8.47 Uhr: Streik beendet", "Streik beendet"),
    ("8.47 - Streik beendet", "Streik beendet"),
    ("10:15 AM · Harbour strike ends", "Harbour strike ends"),
    ("10:15 a.m. ET - Harbour strike ends", "Harbour strike ends"),
    ("14時05分 港湾ストが終了", "港湾ストが終了"),
    ("8h47 ETF flows rise", "ETF flows rise"),
])
def test_a_clock_time_opening_a_line_is_read_in_any_common_notation(text, title):
    assert clock_opener(text) == title


@pytest.mark.parametrize("text", [
    "Update 14:05", "14:05", "2:1 win for the visitors", "8.47 Harbour strike",
    "1.500 people marched", "25:10 Harbour strike ends",
])
def test_a_line_without_a_clock_time_at_its_start_opens_no_entry(text):
    assert clock_opener(text) is None


@pytest.mark.parametrize("times", [
    ["9h05 - ", "8h47 - ", "8h41 - ", "8h35 - "],
    ["09:05 ", "08:47 ", "08:41 ", "08:35 "],
    ["9.05 Uhr: ", "8.47 Uhr: ", "8.41 Uhr: ", "8.35 Uhr: "],
    ["10:15 AM · ", "10:02 AM · ", "9:48 AM · ", "9:30 AM · "],
])
def test_bold_time_lines_over_prose_split_a_live_feed_into_briefs(times):
    stories = _stories(_feed(times))
    briefs = stories[-len(_BRIEFS):]
    assert [s["headline"] for s in briefs] == [t for t, _ in _BRIEFS]
    assert [s["text"] for s in briefs] == [x for _, x in _BRIEFS]


def test_heading_time_lines_split_a_live_feed_too():
    stories = _stories(_feed(["9h05 - ", "8h47 - ", "8h41 - ", "8h35 - "], bold=False))
    assert [s["headline"] for s in stories[-len(_BRIEFS):]] == [t for t, _ in _BRIEFS]


def test_the_feed_page_keeps_its_title_and_intro_above_the_briefs():
    stories = _stories(_feed(["9h05 - ", "8h47 - ", "8h41 - ", "8h35 - "]))
    assert stories[0]["headline"] == _TITLE
    assert stories[0]["text"].startswith("All the news of the day")
    assert len(stories) == len(_BRIEFS) + 1


def test_a_feed_entry_of_link_titles_only_is_the_feeds_box_not_a_brief():
    box = ("<h3>9h00 - The morning's main news</h3><p>&gt; Bakery chain opens new shops</p>"
           "<p>&gt; Rail fares to rise in the autumn</p>")
    body = _feed(["9h05 - ", "8h47 - ", "8h41 - ", "8h35 - "])
    first_brief_end = body.index("</p>", body.index(_BRIEFS[0][1])) + len("</p>")
    stories = _stories(body[:first_brief_end] + box + body[first_brief_end:])
    assert "The morning's main news" not in [s["headline"] for s in stories]
    assert not any("&gt;" in s["text"] or "> Bakery" in s["text"] for s in stories)
    assert len(stories) == len(_BRIEFS) + 1


def test_the_feed_pages_sign_off_signs_each_brief():
    body = "<p>By Reuters</p>" + _feed(["9h05 - ", "8h47 - ", "8h41 - ", "8h35 - "])
    stories = _stories(body)
    assert [s["source"] for s in stories[-len(_BRIEFS):]] == ["Reuters"] * len(_BRIEFS)


def test_two_time_lines_are_a_storys_timeline_not_a_feed():
    stories = _stories(_feed(["9h05 - ", "8h47 - "]))
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE


def test_bold_sub_headings_without_times_stay_in_one_story():
    body = "".join(f"<p><strong>{t}</strong></p><p>{x}</p>" for t, x in _BRIEFS)
    stories = _stories("<p>The week in business, read in a few minutes.</p>" + body)
    assert len(stories) == 1


def test_bold_interview_questions_stay_in_one_story():
    qa = [("What changed on Thursday?", "The dock workers voted, and the harbour reopened "
           "the same evening, which nobody had expected."),
          ("Who pays for the lost days?", "The port says the insurers will, but the "
           "insurers have not yet said so in writing."),
          ("What comes next?", "Talks on pay start again in June, with the same mediator "
           "as before and the same union leaders."),
          ("Will there be another strike?", "Nobody can rule it out, the mediator said, "
           "but both sides are tired of it.")]
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in qa)
    stories = _stories("<p>We asked the mediator about the harbour strike.</p>" + body)
    assert len(stories) == 1


def test_update_lines_with_the_time_after_the_word_stay_in_one_story():
    body = "".join(f"<p><strong>Update {t}</strong></p><p>{x}</p>"
                   for t, (_, x) in zip(["14:05", "14:30", "15:10", "15:45"], _BRIEFS,
                                       strict=True))
    stories = _stories("<p>The harbour strike, as it happens.</p>" + body)
    assert len(stories) == 1


def test_a_numbered_list_of_bold_points_stays_in_one_story():
    body = "".join(f"<p><strong>{n}. {t}</strong></p><p>{x}</p>"
                   for n, (t, x) in enumerate(_BRIEFS, 1))
    stories = _stories("<p>Four things to know this morning.</p>" + body)
    assert len(stories) == 1
