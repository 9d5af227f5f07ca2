"""Pasted plain text: indented-paragraph hard wrap, mail/news headers, wire slugs.

Invented lines in the shapes of real Usenet posts, e-mail digests and wire-terminal copy.
"""
from __future__ import annotations

from normalizer.stories.dumps import dump_blocks
from normalizer.text.wrapped import (
    drop_headers,
    is_header_field,
    join_indented,
    read_pasted,
    wire_edges,
)

#: Three wire paragraphs, each opened by an indented line and wrapped flush left at ~72.
WRAPPED = [
    "     CITYVILLE, March 3, Agency - The town council voted on Monday to close",
    "the old bridge over the river for repairs that are expected to take the",
    "better part of two years.",
    "     The mayor said the bridge had been inspected three times this year and",
    "that engineers found cracks in two of the supporting pillars of the span.",
    "     Drivers will be sent over the northern bridge, which adds about ten",
    "minutes to the trip across town for most commuters.",
]


def test_indented_paragraphs_are_joined_back():
    out = join_indented(WRAPPED)
    assert len(out) == 3
    assert out[0].strip().startswith("CITYVILLE, March 3")
    assert out[0].endswith("the better part of two years.")
    assert out[2].endswith("for most commuters.")


def test_twice_wrapped_paragraph_joins_its_short_pieces():
    lines = []
    for par in WRAPPED:
        if par.startswith(" "):
            lines.append(par)
        else:  # a re-wrap at a narrower width leaves a long line then one or two words
            words = par.split()
            lines += [" ".join(words[:-2]), " ".join(words[-2:])]
    out = join_indented(lines)
    assert len(out) == 3
    assert "take the better part of" in out[0]


def test_text_that_is_not_indent_wrapped_is_untouched():
    plain = ["A headline of a story", "", "A paragraph that is a whole line of its own.",
             "", "  An indented line once", "next line"]
    assert join_indented(plain) == plain
    long_lines = [("     " if k % 2 == 0 else "") + "word " * 40 for k in range(10)]
    assert join_indented(long_lines) == long_lines


def test_quoted_paragraphs_join_among_themselves():
    quoted = [">" + r for r in WRAPPED]
    out = join_indented(quoted + ["", "My own remark on it, short."])
    assert len(out) == 5
    assert all(r.startswith(">") for r in out[:3])
    assert out[-1] == "My own remark on it, short."


def test_header_block_is_dropped():
    mail = ["From: someone@example.org (Some One)", "Subject: Re: the news today",
            "Organization: A University", "Lines: 42", "", "Here are the stories."]
    assert drop_headers(mail) == ["Here are the stories."]
    assert is_header_field("X-Folder: \\Inbox")
    assert not is_header_field("Note: the council meets again in May.")


def test_a_lone_field_line_and_mail_rule():
    lone = ["Subject: one line alone is a label", "", "text"]
    assert drop_headers(lone) == lone
    fwd = ["text", "", "-----Original Message-----", "From: a@b.example", "Sent: Monday",
           "To: c@d.example", "Subject: fw", "", "body"]
    assert drop_headers(fwd) == ["text", "", "body"]


def test_wire_slug_becomes_title_and_sign_off_an_edge():
    lines = ["XYw  04/14 2155  COUNCIL CLOSES OLD BRIDGE", "", *WRAPPED, "  REUTER AB CD",
             "", "APn  04/14 2202  Bridge Closed", "", "   Text of the second story here."]
    out = wire_edges(lines)
    assert "COUNCIL CLOSES OLD BRIDGE" in out and "Bridge Closed" in out
    assert not any("REUTER AB" in r or "04/14" in r for r in out)
    k = out.index("Bridge Closed")
    assert out[k - 3:k] == ["", "", ""]


def test_no_slug_no_change():
    lines = ["REUTER AB CD", "Some text"]
    assert wire_edges(lines) == lines


def test_dump_reads_a_pasted_wire_story_as_one_story_of_paragraphs():
    post = ["Some articles on the topic:", "", "XYw  03/03 0930  COUNCIL CLOSES OLD BRIDGE", "",
            *WRAPPED, "  REUTER AB CD", "", "XYw  03/03 1010  SECOND STORY", "",
            "     Text of the second story, one line."]
    texts = [b.text for b in dump_blocks("\n".join(post))]
    k = texts.index("COUNCIL CLOSES OLD BRIDGE")
    assert texts[k + 1].startswith("CITYVILLE, March 3") and texts[k + 1].endswith("two years.")
    assert texts[k + 4:k + 6] == ["* * *", "SECOND STORY"]  # the sign-off: a story edge
    assert not any("REUTER AB" in t or "03/03" in t for t in texts)
    assert read_pasted(WRAPPED) == join_indented(WRAPPED)
