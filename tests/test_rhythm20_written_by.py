"""A "Written by NAME" line is a byline (``normalizer/cues/text.py``: ``BYLINE_RE``).

English pages credit their writers as "By NAME" and, as often, "Written by NAME" (a
listing's card: "Title / Written by NAME · Region / lead"). Read as a line of text, the
credit opened each card's story and took the title's place as its headline (dumps9b's
Global Voices home page: 10 headlines lost). Unit tests use invented lines.
"""
from __future__ import annotations

import normalizer
from normalizer.cues import text as cues

LEADS = [
    "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
    "the autumn, after a long debate about the cost of the plan for the town's budget.",
    "The harbour bridge will be closed for three weeks while engineers replace the worn "
    "joints, the port authority said, and ferries will run every twenty minutes instead.",
    "The town's new library opened its doors in the former post office on Monday, with a "
    "reading room for children and a café on the ground floor of the listed building.",
]
TITLES = ["Council halves bus fares for pensioners", "Harbour bridge to close for repairs",
          "New library opens in old post office"]


def test_written_by_is_a_byline_label() -> None:
    m = cues.BYLINE_RE.match("Written by Anna Berg")
    assert m is not None and m["names"] == "Anna Berg"


def test_cards_credited_written_by_keep_their_titles() -> None:
    lines = ["Latest stories"]
    for n, name in enumerate(["Anna Berg", "Tom Reed", "Lena Vos"]):
        lines += [TITLES[n], "Read this post.", f"Written by {name} · Europe", LEADS[n],
                  "facebook", "twitter", "· read »"]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///invented.txt")["stories"]
    headlines = {s["headline"] for s in stories}
    assert set(TITLES[1:]) <= headlines  # (the first card, at the top, is read as the page head)
    assert not any((h or "").startswith("Written by") for h in headlines)
