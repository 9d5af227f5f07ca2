"""Digests whose items open with a run-in title (``normalizer/stories/dumps.py``:
``_run_in_titles``).

An e-mailed newsletter of the 1990s sets each item's title in capitals at the start of its
paragraph, the text going on on the same line after a full stop ("CRAY UNVEILS DOWNSIZED
SUPERCOMPUTER.  Cray Research is moving ..."), and may close the item with its source in
brackets ("(SOURCE: WSJ 10/26/93)"). Read as one line, the title was the paragraph's start
and the whole digest one story (round dumps17b). Unit tests use invented items; the real
digest is scored by benchmarks/eval_real_dumps.py (group dumps17b).
"""
from __future__ import annotations

import normalizer
from normalizer.stories.dumps import dump_blocks

ITEMS = [
    ("HARBOUR BRIDGE CLOSED FOR REPAIRS",
     "The harbour bridge will be closed for three weeks while engineers replace the worn "
     "joints, the port authority said, and ferries will run every twenty minutes instead."),
    ("COUNCIL CUTS BUS FARES",
     "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
     "the autumn, after a long debate about the cost. (SOURCE: Reuters, 10/12/93)"),
    ("New Library Opens Downtown",
     "The town's new library opened its doors in the former post office on Monday, with a "
     "reading room for children and a café on the ground floor of the listed building."),
    ("FARMERS PROTEST WATER RULES",
     "Hundreds of farmers drove their tractors to the provincial hall on Wednesday to "
     "protest against new rules on the use of ground water during the dry months."),
]


def _digest(items: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"{title}.  {text}" for title, text in items) + "\n"


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def test_each_run_in_title_opens_a_story_headed_by_it():
    stories = _stories(_digest(ITEMS))
    assert [s["headline"] for s in stories] == [title for title, _ in ITEMS]
    assert [s["text"] for s in stories] == [text for _, text in ITEMS]


def test_a_title_cased_run_in_title_counts_among_capital_ones():
    # ("New Library Opens Downtown." is read as a title only because the digest's other
    # items open with titles in capitals)
    stories = _stories(_digest(ITEMS))
    assert stories[2]["headline"] == "New Library Opens Downtown"


def test_an_items_bracketed_source_credit_is_its_source():
    stories = _stories(_digest(ITEMS))
    assert stories[1]["source"] == "Reuters"
    assert stories[1]["text"].endswith("(SOURCE: Reuters, 10/12/93)")


def test_fewer_than_three_run_in_titles_leave_the_paragraphs_as_they_are():
    blocks = dump_blocks(_digest(ITEMS[:2]))
    assert len(blocks) == 2
    assert blocks[0].text.startswith("HARBOUR BRIDGE CLOSED FOR REPAIRS. The harbour bridge")


def test_a_capital_dateline_is_no_run_in_title():
    text = "\n\n".join(f"NEW YORK. {body}" for _, body in ITEMS) + "\n"
    assert all(not b.notes.get("unit_start") for b in dump_blocks(text))
