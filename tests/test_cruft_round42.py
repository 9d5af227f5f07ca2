"""Round 42: a page's furniture by its shape. A print view's "This article was printed from
http://...", a podcast's download links naming their file's type ("(MP4a format)"), a sign-up
form's "Your information is safe and secure." (Deadline); a footer's "Breaking Soup Copyright ©
2020.", its holder before the sign; Marketplace's "Posted In: guns, Tech, sensors" and "View
complete list »". Round dumps35's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.model import RemovedKind
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
_TITLE = "Council approves the new budget for roads"
_P1 = ("The council met on Tuesday to discuss the new budget for the coming year, which "
       "includes funds for roads and bridges.")
_P2 = ("Members voted five to two in favour of the plan after a long debate about the costs "
       "of the new bridge over the river.")


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _record(text: str) -> dict:
    return normalize_text(text, _URL)


def _removed(record: dict, line: str) -> str | None:
    return next((r["kind"] for r in record["removed"] if r["text"] == line), None)


@pytest.mark.parametrize("line", [
    "This article was printed from http://www.example.com/2013/06/budget/",
    "Council meeting, Episode 38 (MP4a format)",
    "Annual report (PDF, 2 MB)",
    "Your information is safe and secure.",
    "We will never share your email address.",
    "Posted In: budget, roads, council",
])
def test_furniture_between_paragraphs_is_no_text(line: str) -> None:
    record = _record(f"{_TITLE}\n\n{_P1}\n\n{line}\n\n{_P2}\n")
    [story] = record["stories"]
    assert line not in story["text"]
    assert _P2 in story["text"]
    assert _removed(record, line) == RemovedKind.CHROME.value


def test_a_sentence_about_a_pdf_or_safety_stays() -> None:
    kept = ("Your information is safe and secure, the bank said on Monday, after hackers "
            "stole the data of two million customers.")
    [story] = _record(f"{_TITLE}\n\n{_P1}\n\n{kept}\n\n{_P2}\n")["stories"]
    assert kept in story["text"]


def test_a_copyright_line_with_its_holder_first_is_cruft() -> None:
    record = _record(_read("breakingsoup-south-park-broncos-2020.txt"))
    assert _removed(record, "Breaking Soup Copyright © 2020.") == RemovedKind.COPYRIGHT.value


def test_a_podcasts_download_links_and_print_footer_leave_deadlines_story() -> None:
    [story] = _record(_read("deadline-big-media-podcast-2013.txt"))["stories"]
    assert story["text"].startswith("Listen to (and share) episode 38")
    for line in ("(MP4a format)", "safe and secure", "This article was printed from"):
        assert line not in story["text"]


def test_a_view_complete_list_pointer_is_no_headline() -> None:
    stories = _record(_read("marketplace-tech-smart-guns-2013.txt"))["stories"]
    assert all(s["headline"] != "View complete list »" for s in stories)
