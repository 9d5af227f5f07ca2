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
from normalizer.cues.outlets import canonical_source
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


# --- A post's own wrapped paragraphs (``normalizer/stories/rhythm.py``:
# ``_drop_wrapped_pieces``) ---------------------------------------------------------------
#
# A Usenet post argues in hard-wrapped paragraphs around the wire story it pastes; its own
# lines are read one a line and taken out as chrome, but a line cut off mid-sentence and
# the line going on under it in lower case read as a headline over its lead (round dumps16:
# six stories where the post pastes one).

POST = """From: someone@example.edu
Subject: Re: the harbour bridge
Lines: 40

In article <123@example.edu> other@example.edu writes:
>The bridge was never safe, and the council knew it all along.

I do not think that is fair to the engineers who have looked after that
bridge for thirty years, and the council has spent a great deal on it
since the last inspection, as the port authority reported at the time.
Nobody wanted the ferries back, least of all the people on the island.

Here is what the wire said about it last week, for those who missed it:


APn  03/09 0006  Harbour Bridge Closed for Repairs

By JANE REPORTER, Associated Press Writer

   PORTVILLE (AP) -- The harbour bridge will be closed for three weeks
while engineers replace the worn joints, the port authority said on
Tuesday, and ferries will run every twenty minutes instead.
   The authority said the work could not wait for the summer, when
traffic on the bridge is at its heaviest, and that the cost would be met
from its own reserves rather than from the town's budget this year.
   Engineers found the joints worn during a routine inspection in the
spring, an authority spokeswoman said, and the repairs were planned then.
"""


def test_a_posts_wrapped_line_going_on_in_lower_case_heads_no_story():
    stories = _stories(POST)
    assert [s["headline"] for s in stories] == ["Harbour Bridge Closed for Repairs"]
    assert "since the last inspection" not in stories[0]["text"]


def test_a_quoted_line_is_never_read_as_the_posts_own_wrapped_line():
    from normalizer.stories.blocks import Block
    from normalizer.stories.rhythm import _drop_wrapped_pieces

    lines = ["> The authority said the work could not wait for the summer, when the",
             "> traffic on the bridge is at its heaviest, and that the cost would be met"]
    blocks = [Block(text=t) for t in lines]
    blocks[0].mark("cruft", "chrome")
    _drop_wrapped_pieces(blocks, [0, 1])
    assert blocks[1].role == "text"


# --- A digest item's labelled head (``normalizer/stories/dumps.py``: ``_labelled_heads``) ---
#
# A mailing list's newsletter heads each item with labelled lines in capitals ("SOURCE:
# ...", "REFERENCE: ...", "HEADLINE: ..."): the headline kept its label, and a "TITLE:" line
# over an abstract opened no story (round dumps16).

NEWSLETTER = """II. ***** NEWS *****

SOURCE:  WALL STREET JOURNAL
REFERENCE: 04/15/93, pB1
HEADLINE: Harbour Bridge Closed for Repairs

The harbour bridge will be closed for three weeks while engineers replace the worn \
joints, the port authority said on Tuesday, and ferries will run every twenty minutes.

The authority said the work could not wait for the summer, when traffic on the bridge \
is at its heaviest, and that the cost would be met from its own reserves this year.

=====*=====

TITLE: Worn joints in harbour bridges.
AUTHORS: Reporter J; Writer K, Department of Engineering,
Portville University.
REFERENCE: J Bridges 1993 Jan; 149 (1): 26-30

Joints of harbour bridges wear faster than those of bridges inland, we find in a study \
of forty bridges, and the salt in the air is the main cause of the wear we measured.
"""


def test_a_labelled_headline_is_the_storys_headline_without_its_label():
    stories = _stories(NEWSLETTER)
    assert stories[0]["headline"] == "Harbour Bridge Closed for Repairs"
    assert canonical_source(stories[0]["source"]) == "The Wall Street Journal"


def test_a_labelled_title_over_an_abstract_opens_a_story():
    stories = _stories(NEWSLETTER)
    assert [s["headline"] for s in stories][-1] == "Worn joints in harbour bridges."
    assert "Joints of harbour bridges wear faster" in stories[-1]["text"]


def test_a_labelled_head_without_a_title_label_is_left_as_it_is():
    text = "SOURCE: The Update\nSUBJECT: Call for Articles\n\nWe would like to publish more.\n"
    assert [b.text for b in dump_blocks(text)][:2] == ["SOURCE: The Update",
                                                     "SUBJECT: Call for Articles"]
