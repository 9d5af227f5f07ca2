"""Day headings of a listing date the stories under them (``normalizer/stories/rhythm.py``:
``_date_day_groups``).

A home page or an archive may group its stories by day: a bare date line ("14 March 2021")
over that day's stories, then the next day's heading. No story carries a date line of its
own, so each story under a heading takes the heading's day, down to the next heading; the
last day's group ends at the listing's pager ("« Previous entries", "Page 1 of 80"). A
listing whose stories each stand under a date line of their own keeps those dates. Unit
tests use invented pages; the real dumps are scored by tests/test_gate_real_dumps*.py.
"""
from __future__ import annotations

import normalizer

LEADS = [
    "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
    "the autumn, after a long debate about the cost of the plan for the town's budget.",
    "The harbour bridge will be closed for three weeks while engineers replace the worn "
    "joints, the port authority said, and ferries will run every twenty minutes instead.",
    "The town's new library opened its doors in the former post office on Monday, with a "
    "reading room for children and a café on the ground floor of the listed building.",
    "Hundreds of farmers drove their tractors to the provincial hall on Wednesday to "
    "protest against new rules on the use of ground water during the dry months.",
    "The volunteer fire brigade of the village celebrated its hundredth year with a parade "
    "through the old town and an open day at the station on Saturday afternoon.",
    "A small museum of old radios has found a new home in the railway station, where "
    "visitors can listen to broadcasts from the nineteen-thirties on restored sets.",
]
TITLES = ["Council halves bus fares for pensioners", "Harbour bridge to close for repairs",
          "New library opens in old post office", "Farmers protest water rules",
          "Fire brigade marks its centenary", "Radio museum moves to the station"]
NAMES = ["Anna Berg", "Tom Reed", "Lena Vos", "Marco Ruiz", "Ida Holm", "Paul Kerr"]
MORE = ("Residents who spoke to us said they had waited years for this, and most of them "
        "welcomed the news, though some asked who would pay for it in the end.")


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def _card(n: int) -> list[str]:
    return [TITLES[n], f"By {NAMES[n]}", LEADS[n], MORE, "Share"]


def _page(lines: list[str]) -> str:
    return "\n\n".join(["Latest stories", *lines])


def _dates(stories: list[dict]) -> dict[str, str | None]:
    return {t: next((s["published"] for s in stories if s["text"].startswith(LEADS[n][:30])),
                    "missing") for n, t in enumerate(TITLES)}


def test_each_story_takes_the_day_of_the_heading_above_it() -> None:
    page = _page(["14 March 2021", *_card(0), *_card(1), *_card(2),
                  "13 March 2021", *_card(3), *_card(4),
                  "12 March 2021", *_card(5), "« Previous entries", "Page 1 of 80"])
    assert _dates(_stories(page)) == {
        TITLES[0]: "2021-03-14", TITLES[1]: "2021-03-14", TITLES[2]: "2021-03-14",
        TITLES[3]: "2021-03-13", TITLES[4]: "2021-03-13", TITLES[5]: "2021-03-12"}


def test_the_last_days_group_ends_at_the_pager() -> None:
    page = _page(["14 March 2021", *_card(0), *_card(1),
                  "13 March 2021", *_card(2), *_card(3),
                  "« Previous entries", "Featured project", *_card(4)])
    dates = _dates(_stories(page))
    assert dates[TITLES[2]] == dates[TITLES[3]] == "2021-03-13"
    assert dates[TITLES[4]] is None  # (below the pager: no day's story)


def test_stories_under_their_own_date_lines_keep_them() -> None:
    page = _page(["14 March 2021", *_card(0), "11 March 2021", *_card(1),
                  "16 March 2021", *_card(2)])
    dates = _dates(_stories(page))
    assert [dates[t] for t in TITLES[:3]] == ["2021-03-14", "2021-03-11", "2021-03-16"]


def test_a_date_cell_taken_for_chrome_dates_the_entry_under_it() -> None:
    """A live report's entries, each "title / clock / | date" over its text: the date
    cell, cut from its row, is the entry's date line."""
    lines = []
    for n, clock in enumerate(["10:45", "10:20", "09:58"]):
        lines += [TITLES[n], clock, "| 2021.03.14", LEADS[n], MORE, "(AP)"]
    dates = _dates(_stories("\n\n".join(lines)))
    assert [dates[t] for t in TITLES[:3]] == ["2021-03-14"] * 3


def test_a_date_line_under_a_line_of_text_is_left_to_the_cleaner() -> None:
    """Under the writer's line, a chrome date would cut the story in two: left as it is."""
    page = "\n\n".join([TITLES[0], "Anna Berg - Valley Courier editor", "14.03.2021 - 10:45",
                        LEADS[0], MORE])
    stories = _stories(page)
    assert len(stories) == 1 and LEADS[0] in stories[0]["text"]
