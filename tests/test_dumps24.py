"""Press-database exports: a record's field lines and its load date
(``normalizer/stories/rhythm.py``: ``_mark_counted_records``, ``_note_story_dates``,
``_unnumber_titles``).

A Nexis download prints each record as a counter ("2 of 3 DOCUMENTS"), the paper, the
day, the headline, then labelled field lines in capitals ("BYLINE: By NAME", "SECTION:
...", in a German export "AUTOR:", "RUBRIK:") down to the length field, the text, and
closing fields ("LOAD-DATE: ...", "UPDATE: ..."). A field line between the headline and
the length opened a story of its own (round dumps15b: "BYLINE: ..." and "RUBRIK: ..." were
headlines), and the load date, the day the database took the record in, dated the story.
Factiva's German interface numbers each record's title ("1) TITLE"): the number is the
export's. Unit tests use invented records; the real exports of round dumps15b are scored
by tests/test_gate_real_dumps15.py.
"""
from __future__ import annotations

import normalizer
from normalizer.text.dates import parse_date

PARAS = [
    "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
    "the autumn, after a long debate about the cost of the plan for the town's budget.",
    "The harbour bridge will be closed for three weeks while engineers replace the worn "
    "joints, the port authority said, and ferries will run every twenty minutes instead.",
    "The town's new library opened its doors in the former post office on Monday, with a "
    "reading room for children and a café on the ground floor of the listed building.",
    "Hundreds of farmers drove their tractors to the provincial hall on Wednesday to "
    "protest against new rules on the use of ground water during the dry months.",
]
TITLES = ["Council cuts bus fares for pensioners", "Harbour bridge closed for repairs",
          "New library opens in the old post office", "Farmers protest against water rules"]


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def _nexis(load_label: str = "LOAD-DATE") -> str:
    out = []
    for n, (title, para) in enumerate(zip(TITLES, PARAS, strict=True), 1):
        out += [f"{n} of {len(TITLES)} DOCUMENTS", "The Morning Herald",
                f"March {n + 10}, 2011, FINAL EDITION", title,
                f"BYLINE: By JANE REPORTER{n}", f"SECTION: HOME NEWS; Pg. {n + 3}",
                f"LENGTH: {400 + 37 * n} words", para, para.replace("The ", "Then the ", 1),
                f"{load_label}: June {n}, 2019", "LANGUAGE: ENGLISH",
                "Copyright 2011 Morning Herald Ltd"]
    return "\n\n".join(out) + "\n"


def test_a_record_field_line_under_the_headline_opens_no_story():
    stories = _stories(_nexis())
    assert [s["headline"] for s in stories] == TITLES
    for s in stories:
        assert "BYLINE:" not in s["text"] and "SECTION:" not in s["text"]


def test_a_record_load_date_is_not_the_story_date():
    stories = _stories(_nexis())
    assert [s["published"] for s in stories] == [f"2011-03-{n + 10}" for n in (1, 2, 3, 4)]


def test_an_update_field_is_a_load_date_too():
    stories = _stories(_nexis("UPDATE"))
    assert all(not (s["published"] or "").startswith("2019") for s in stories)
    assert [s["published"] for s in stories] == [f"2011-03-{n + 10}" for n in (1, 2, 3, 4)]


def test_a_date_line_named_otherwise_still_dates_its_story():
    assert parse_date("LOAD-DATE: June 13, 2019") == "2019-06-13"  # (read; the rhythm skips it)

AUTHORS = ["Erika Muster", "Hans Beispiel", "Jana Probe", "Max Vorlage"]


def _factiva(numbers: list[int]) -> str:
    out = ["Factiva", "Dow Jones"]
    for n, title, para in zip(numbers, TITLES, PARAS, strict=True):
        out += ["Lokales", f"{n}) {title}", AUTHORS[n % 4], f"{300 + 41 * n} Wörter",
                f"{n} April 2017", "Der Stadtbote Online", "STADBO", "Deutsch",
                "Copyright 2017 Der Stadtbote", para]
        out += [f"{PARAS[(n + k) % 4]} Reporters counted {10 * n + k} people there."
                for k in (1, 2, 3)]
        out += [f"Dokument STADBO0020170401ed41000{n}d"]
    return "\n\n".join(out) + "\n"


def test_an_exports_running_number_is_taken_off_its_titles():
    stories = _stories(_factiva([1, 2, 3, 4]))
    assert [s["headline"] for s in stories] == TITLES


def test_numbers_out_of_step_are_the_titles_own():
    stories = _stories(_factiva([1, 2, 7, 4]))
    numbered = [f"{n}) {t}" for n, t in zip([1, 2, 7, 4], TITLES, strict=True)]
    assert [s["headline"] for s in stories] == numbered
