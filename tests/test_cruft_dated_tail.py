"""A related or most-read list whose titles each end with the day they ran, often with a
counter of the item's comments and a "more" arrow after it ("Title May 03, 2010 601
comments »", "Title Monday, Mar. 08, 2010 10:24AM EST"), run on after a wire story by
the extraction: a run of such lines is the list, never story prose. Story lines that end
with a date, but as sentences do, or fewer than a run, stay.

The lines are invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


def test_titles_with_date_counter_and_arrow_go() -> None:
    titles = ["Harbour Strike Spreads to Second Port June 02, 2011 212 comments »",
              "Council Backs Plan for New Tram Line June 01, 2011 87 comments »",
              "»",
              "Judge Delays Ruling in Bridge Case May 30, 2011 »"]
    assert roles([PARA, PARA2, *titles]) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT, CRUFT]


def test_titles_with_weekday_date_and_time_go() -> None:
    titles = ["Mayor defends the new budget Tuesday, Feb. 08, 2011 10:24AM EST",
              "Unions call a strike at the port Monday, Feb. 07, 2011 11:06PM EST",
              "Opinion: The bridge can wait Friday, Feb. 04, 2011 03:43AM EST"]
    got = roles([PARA, PARA2, *titles])
    assert got[:2] == [TEXT, TEXT] and TEXT not in got[2:]  # (a line may read as a date's)


def test_sentences_ending_with_a_date_stay() -> None:
    lines = ["The first hearing was held on June 02, 2011.",
             "The second hearing was held on June 09, 2011.",
             "The ruling came on July 14, 2011."]
    assert CRUFT not in roles([PARA, *lines, PARA2])


def test_two_dated_titles_are_no_list() -> None:
    titles = ["Harbour Strike Spreads to Second Port June 02, 2011 212 comments »",
              "Council Backs Plan for New Tram Line June 01, 2011 87 comments »"]
    assert CRUFT not in roles([PARA, *titles, PARA2])
