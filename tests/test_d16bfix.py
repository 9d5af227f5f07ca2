"""News-database articles pasted into e-mail press digests
(``normalizer/stories/dumps.py``: ``_index_rows``, ``_database_articles``).

A digest ("Enron Mentions", 2001-02) opens with a headline index, rows of "TITLE" /
"Outlet, MM/DD/YY" whose titles stand again over the full articles below: a table of
contents, no stories. Each article is pasted from a news database: TITLE / "By NAME" /
blank / "MM/DD/YYYY" / PAPER / page / the paper's © line, the paragraphs, and the
database's own © trailer under every article ("Copyright © 2000 Dow Jones & Company, Inc.
All Rights Reserved."). The headline is the title, the source the paper line, the date
the date line, read month first where the dump says so (a US paper under it, or a
second number above 12). Round dumps16b: the index rows read as 16 stories, the © lines
as headlines and as the source "Dow Jones", no date read. Unit tests use invented
digests; the real ones are scored by tests/test_gate_real_dumps16.py.
"""
from __future__ import annotations

import normalizer
from normalizer.stories.dumps import _database_articles, _index_rows

PARAS = [
    "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
    "the autumn, after a long debate about the cost of the plan for the town's budget.",
    "The harbour bridge will be closed for three weeks while engineers replace the worn "
    "joints, the port authority said, and ferries will run every twenty minutes instead.",
    "The town's new library opened its doors in the former post office on Monday, with a "
    "reading room for children and a cafe on the ground floor of the listed building.",
    "Hundreds of farmers drove their tractors to the provincial hall on Wednesday to "
    "protest against new rules on the use of ground water during the dry months.",
]
TITLES = ["Council cuts bus fares for pensioners", "Harbour bridge closed for repairs"]
TRAILER = "Copyright (c) 2000 Dow Jones & Company, Inc. All Rights Reserved."


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def _digest(date: str = "11/09/2001", paper: str = "The New York Times",
            index: bool = True) -> str:
    out: list[str] = []
    if index:
        out += [TITLES[0], f"{paper}, 11/09/01", TITLES[1], f"{paper}, 11/09/01",
                "Rail strike called off", "Houston Chronicle, 11/08/01", "",
                "Port traffic rises again", "Dow Jones News Service, 11/08/01", "", "", ""]
    for n, title in enumerate(TITLES):
        out += [title, "By ANNA SMITH", "", date, paper, "Page 1, Column 2",
                "c. 2001 New York Times Company", "",
                PARAS[2 * n], PARAS[2 * n + 1], "", TRAILER, "", "", ""]
    return "\n".join(out)


def test_the_headline_index_is_no_story():
    stories = _stories(_digest())
    assert [s["headline"] for s in stories] == TITLES
    text = "\n".join(s["text"] for s in stories)
    assert "Rail strike called off" not in text and "11/08/01" not in text


def test_index_rows_are_left_out_only_when_a_title_stands_again_below():
    lines = _digest().split("\n")
    kept = _index_rows(lines)
    assert kept[:10] == [""] * 10
    alone = lines[:10]  # the index without the articles: rows of a list, no contents
    assert _index_rows(alone) == alone


def test_the_paper_line_under_the_date_is_the_source_not_the_database_trailer():
    stories = _stories(_digest())
    assert [s["source"] for s in stories] == ["The New York Times"] * 2
    text = "\n".join(s["text"] for s in stories)
    assert "All Rights Reserved" not in text and "New York Times Company" not in text


def test_a_us_paper_under_the_date_reads_it_month_first():
    assert [s["published"] for s in _stories(_digest())] == ["2001-11-09"] * 2


def test_a_second_number_above_12_reads_the_dump_month_first():
    lines = ["10/26/2001", "Some Weekly", "C1", "(Copyright (c) 2001, Dow Jones & Company, Inc.)"]
    assert _database_articles(lines)[0] == "2001-10-26"
    assert _database_articles(lines)[3] == ""


def test_a_date_line_of_a_paper_of_day_first_country_stays_day_first():
    lines = ["11/09/2001", "The Guardian", "(c) 2001 Guardian News", "", PARAS[0]]
    assert _database_articles(lines)[0] == "2001-09-11"


def test_a_numeric_date_line_outside_a_database_head_is_left_alone():
    lines = ["11/09/2001", "", PARAS[0], "Copyright 2001 X. All rights reserved."]
    assert _database_articles(lines) == lines
