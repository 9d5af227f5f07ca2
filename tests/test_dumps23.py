"""Dates of a clipping page's records read from their source lines
(``normalizer/text/dates.py``: ``parse_date``; ``normalizer/stories/rhythm.py``:
``_date_from_byline``, ``_over_dated_line``).

A clipping service's page prints each item as a title, a source line of slashed fields
("Outlet / DD-MM-YYYY / pagina N / (note)") and the item's text. The day was written with
hyphens, which no date shape read, so no item had a date (dumps14's Werkmap: 27 dates
missed). Read, the line is a date line where the cleaner left it as text; where it opens
with a known outlet's name the cleaner took it for a byline, and where the page shows it
twice for a link: the day under the title dates the item all the same. A press database's
record whose head line (outlet, day, fields) stands over a standfirst and then the headline
(``_mark_headed_records``) dated nothing either: its day now goes under the headline. Unit
tests use invented lines; the real page of round dumps14 is checked against its gold.
"""
from __future__ import annotations

import json
from pathlib import Path

import normalizer
from normalizer.text.dates import parse_date

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def test_a_day_month_year_in_figures_may_be_written_with_hyphens():
    assert parse_date("21-06-2013") == "2013-06-21"
    assert parse_date("Morning Herald / 5-1-2017 / pagina 3 / (clipped)") == "2017-01-05"
    # the dotted and slashed shapes as before
    assert parse_date("21.06.2013") == "2013-06-21"
    assert parse_date("21/06/2013") == "2013-06-21"


def test_hyphened_figures_that_are_no_date_are_not_read():
    assert parse_date("order 12-3-2013-4") is None  # (a code: more figures follow)
    assert parse_date("ref 7-12-3-2013") is None    # (and before)
    assert parse_date("21-06.2013") is None         # (two separators: no one shape)
    assert parse_date("31-02-2013") is None         # (no such day)


ITEMS = [
    ("Council cuts bus fares for pensioners", "De Telegraaf",
     "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
     "the autumn, after a long debate about the cost of the plan for the town's budget."),
    ("Harbour bridge closed for repairs", "Trouw",
     "The harbour bridge will be closed for three weeks while engineers replace the worn "
     "joints, the port authority said, and ferries will run every twenty minutes."),
    ("New library opens in the old post office", "De Telegraaf",
     "The town's new library opened its doors in the former post office on Monday, with a "
     "reading room for children and a café on the ground floor of the listed building."),
    ("Farmers protest against water rules", "Metro Noord",
     "Hundreds of farmers drove their tractors to the provincial hall on Wednesday to "
     "protest against new rules on the use of ground water during the dry months."),
]


def _page(items: list[tuple[str, str, str]], day: str) -> str:
    lines = ["Clippings", "", "Choose a filter below:", ""]
    for n, (title, outlet, text) in enumerate(items, start=1):
        lines += [title, "", f"{outlet} / {day} / pagina {n:03d} / (clipped by hand)", "",
                  text, ""]
    lines += ["Change profiles", ""]
    return "\n".join(lines)


def test_each_clipping_takes_the_day_of_its_source_line():
    stories = _stories(_page(ITEMS, "21-06-2013"))
    dated = {s["headline"]: s["published"] for s in stories}
    for title, _outlet, _text in ITEMS:
        assert dated.get(title) == "2013-06-21", (title, dated)


def test_a_source_line_read_as_a_byline_still_names_its_outlet():
    stories = _stories(_page(ITEMS, "21-06-2013"))
    by_title = {s["headline"]: s for s in stories}
    assert by_title["Council cuts bus fares for pensioners"]["source"] == "De Telegraaf"
    assert by_title["Council cuts bus fares for pensioners"]["text"].startswith(
        "The city council voted")


def test_a_table_under_its_header_dates_no_story():
    rows = "\n\n".join(f"{n}\t0{n}-04-2022\t05:1{n}\t19:3{n}" for n in range(1, 6))
    text = ("Prayer times this week\n\n"
            "The first evening prayer of the month is held at 20:57, the imam said on "
            "Friday, and the mosque opens an hour before it for the whole of the month.\n\n"
            "Day\tDate\tDawn\tSunset\n\n" + rows + "\n")
    stories = _stories(text)
    assert len(stories) == 1
    assert stories[0]["headline"] == "Prayer times this week"


def test_the_real_clipping_page_dates_every_item_as_its_gold():
    name = "bzk-werkmap-2013"
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))["stories"]
    path = DUMPS / f"{name}.txt"
    stories = normalizer.normalize_text(path.read_text(encoding="utf-8"),
                                        path.as_uri())["stories"]
    dated = {s["headline"]: s["published"] for s in stories}
    expected = [g for g in gold if g["published"] and g["headline"] in dated]
    assert len(expected) >= 25
    assert all(dated[g["headline"]] == g["published"][:10] for g in expected)


RECORDS = [
    ("Council to vote on the new bus lines.", "A town that waits for its buses",
     "The council of the small town will vote next week on three new bus lines, which the "
     "villages around it have asked for since the railway station closed two years ago."),
    ("The old mill reopens as a museum.", "Flour, wheels and a café",
     "After four years of work the old mill on the river opens again on Sunday, as a museum "
     "of the valley's trades, with a café in the former store room and a shop beside it."),
    ("Volunteers cleaned the banks of the stream.", "Forty bags of rubbish in a morning",
     "Forty volunteers of the local clubs cleaned the banks of the stream on Saturday and "
     "filled forty bags with rubbish, among them old tyres and a broken shopping trolley."),
    ("Choir sings for the care home.", "Songs for the residents",
     "The parish choir sang for the residents of the care home on Easter Monday, as it has "
     "done every year since the home opened, and stayed for coffee and cake afterwards."),
]


def _export(records: list[tuple[str, str, str]]) -> str:
    lines = []
    for n, (deck, title, text) in enumerate(records, start=1):
        lines += [f'"Daily Post" Nr. 14/2013 vom 02.04.2013 Seite: {n} Ressort: Lokales', "",
                  deck, "", title, "", text, ""]
    return "\n".join(lines)


def test_a_record_with_a_standfirst_over_its_headline_takes_the_heads_day():
    stories = _stories(_export(RECORDS))
    dated = {s["headline"]: s["published"] for s in stories}
    for _deck, title, _text in RECORDS:
        assert dated.get(title) == "2013-04-02", (title, dated)
