"""A mail that forwards a roundup of wire stories, each pasted in its own paragraph
convention (``normalizer/stories/dumps.py``: ``_unwrap``, ``_pasted_story_lines``).

A list's roundup pastes one story indented with blank lines between its paragraphs,
another with indented openers and flush-left continuations, a third flush left, all
hard-wrapped at one width and set apart by rules ("********"). Once the indented
paragraphs are joined they run longer than any wrap, so the wrap is measured on the text
as pasted; in a mail, only the sections that paste a story (a wire dateline or a byline in
them) are joined: the poster's own flush-left comments keep their lines (round dumps18: a
roundup read as 32 stories of two lines each).

A post that reposts a news service's messages keeps each message's subject as its story's
title where the message's body opens with a wire dateline (``normalizer/text/wrapped.py``:
``drop_headers``), and two hyphens alone between pasted stories part them as a rule of
three would (``normalizer/stories/dumps.py``: ``_short_rules``). A bracket after the
dateline's place that holds the date and time names no source
(``normalizer/stories/split.py``: ``_dated_bracket``). A wire slug's © notice and a
writer's role under the byline ("Associated Press Writer") leave the slug's title to the
story (``wire_edges``, ``_byline_roles``). Invented lines; the real mails are
scored by tests/test_gate_real_dumps18.py.
"""
from __future__ import annotations

import textwrap

import normalizer
from normalizer.stories.dumps import _pasted_story_lines, _unwrap
from normalizer.text.wrapped import read_pasted

HEADER = ["From: Jane Poster <jane@example.org>", "Date: Thu, 3 Oct 1996 05:59:08 -0700",
          "To: list@example.org", "Subject: Roundup: harbours, bridges, ferries", ""]

PARAS = [
    "The harbour authority said on Monday that it would close the northern quay for "
    "three weeks while engineers replace the worn joints of the old swing bridge.",
    "Ferries will run every twenty minutes instead of every half hour, a spokesman for "
    "the operator said, and extra buses will take commuters to the southern pier.",
    "Shop owners on the quay said they feared losing much of the summer trade, and asked "
    "the city council for help with their rents while the works go on.",
    "The regional rail company announced that night trains to the coast would stop at "
    "two more villages from December, answering a petition signed by thousands.",
    "Farmers in the valley welcomed the first rain in seven weeks on Thursday, though "
    "they warned that the harvest of early potatoes had already been lost.",
    "The museum of maritime history will show a restored fishing boat of the last "
    "century in its main hall, its director told reporters at the opening.",
    "A new cycle path along the river will link the old town with the university "
    "campus by next spring, the mayor's office said in a statement on Friday.",
    "Teachers at the town's two secondary schools voted to accept the pay offer after "
    "talks that lasted through the night, their union said on Saturday morning.",
    "The lighthouse on the northern cape, closed to visitors since a storm damaged its "
    "stairs, will reopen for guided tours at weekends from the first of May.",
]


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(text, 68, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent)


def _roundup(comment: bool = True) -> list[str]:
    lines = list(HEADER)
    if comment:
        lines += _wrap("I found these stories on the wire this week and thought the list "
                       "would like to see them, since they touch on what we argued about.")
        lines += [""]
    lines += ["********", ""]
    # 1: indented, blank lines (holding the indent's spaces) between paragraphs
    lines += ["   HARBOUR QUAY TO CLOSE FOR REPAIRS", ""]
    body = ["NORTHPORT (Reuter) - " + PARAS[0], PARAS[1], PARAS[2]]
    for p in body:
        lines += _wrap(p, "   ") + ["   "]
    lines += ["********", ""]
    # 2: indented openers, flush-left continuations, no blank lines
    for p in ["SOUTHPORT, Sept 27 (UPI) -- " + PARAS[3], PARAS[4], PARAS[5]]:
        lines += _wrap(p, "", first="        ")
    lines += ["", "********", ""]
    # 3: flush left, blank lines between paragraphs
    for p in ["EASTPORT, Sept 26 (Reuter) - " + PARAS[6], PARAS[7], PARAS[8]]:
        lines += _wrap(p) + [""]
    return lines


def test_the_roundups_three_conventions_each_join_into_paragraphs() -> None:
    pasted = _roundup()
    out = [r.strip() for r in _unwrap(read_pasted(pasted), pasted) if r.strip()]
    assert "NORTHPORT (Reuter) - " + PARAS[0] in out
    assert "SOUTHPORT, Sept 27 (UPI) -- " + PARAS[3] in out
    assert "EASTPORT, Sept 26 (Reuter) - " + PARAS[6] in out
    assert all(p in out for p in PARAS[1:3] + PARAS[4:6] + PARAS[7:])


def test_the_posters_own_comment_keeps_its_lines() -> None:
    pasted = _roundup()
    comment = _wrap("I found these stories on the wire this week and thought the list "
                    "would like to see them, since they touch on what we argued about.")
    out = _unwrap(read_pasted(pasted), pasted)
    assert out[2:2 + len(comment)] == comment


def test_a_section_is_a_pasted_story_by_its_dateline_or_its_byline() -> None:
    raws = ["A comment of the poster's own, wrapped", "over two lines.", "", "--",
            "", "LONDON (AP) -- A story's first line", "and its second.", "", "----------",
            "", "by Jane Writer", "", "A column's first line", "and its second.",
            "", "--end repost", "", "[Photo by Associated Press]: a caption", "its end"]
    marks = _pasted_story_lines(raws)
    assert marks[:2] == [False, False]
    assert marks[5:7] == [True, True]
    assert marks[12:14] == [True, True]
    assert marks[17:] == [False, False]  # a photo's bracketed credit opens no story


def test_the_roundup_is_read_as_three_stories() -> None:
    text = "\n".join(_roundup(comment=False)) + "\n"
    stories = normalizer.normalize_text(text, "file:///invented.txt")["stories"]
    assert [s["dateline"] for s in stories] == ["NORTHPORT", "SOUTHPORT", "EASTPORT"]
    assert stories[0]["headline"] == "HARBOUR QUAY TO CLOSE FOR REPAIRS"
    assert [len(s["text"].split("\n\n")) for s in stories] == [3, 3, 3]


def test_a_reposted_wire_message_gives_its_subject_as_the_storys_title() -> None:
    text = "\n".join([
        *HEADER, "A few stories from the news service, reposted with permission.", "",
        "From: newsdesk@wire.example (UPI)", "Subject: Harbour quay to close for repairs",
        "Date: Thu, 9 Sep 93 20:06:54 EDT", "",
        *_wrap("NORTHPORT (UPI) -- " + PARAS[0], "", first="\t"),
        *_wrap(PARAS[1], "", first="\t"), *_wrap(PARAS[2], "", first="\t"), "", "",
        "From: newsdesk@wire.example (JANE REPORTER)", "Subject: Night trains to stop in villages",
        "Date: Fri, 10 Sep 93 19:33:57 PDT", "",
        *_wrap("SOUTHPORT (UPI) -- " + PARAS[3], "", first="\t"),
        *_wrap(PARAS[4], "", first="\t"), *_wrap(PARAS[5], "", first="\t"), ""]) + "\n"
    stories = normalizer.normalize_text(text, "file:///invented.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Harbour quay to close for repairs", "Night trains to stop in villages"]


def test_a_reply_or_a_message_that_pastes_no_wire_story_gives_no_title() -> None:
    lines = [*HEADER, "Some words of the poster's own.", "",
             "From: someone@example.org", "Subject: Re: the harbour works", "Date: Thu, 9 Sep 93",
             "", "NORTHPORT (UPI) -- " + PARAS[0], "",
             "From: other@example.org", "Subject: the lighthouse", "Date: Fri, 10 Sep 93", "",
             PARAS[8]]
    out = read_pasted(lines, lambda line: "(UPI)" in line)
    assert "Re: the harbour works" not in out and "the lighthouse" not in out
    assert "Subject: the lighthouse" not in out


def test_two_hyphens_alone_between_stories_part_them() -> None:
    def story(title: str, dateline: str, paras: list[str]) -> list[str]:
        return [title, "", *_wrap(dateline + paras[0]), "", *_wrap(paras[1]), "",
                *_wrap(paras[2]), ""]

    text = "\n".join([
        *HEADER, "", "", "",
        *story("Harbour Quay To Close For Repairs", "Northport, Ruritania, Jan 21 (AP) -- ",
               PARAS[0:3]), "--", "",
        *story("Night trains to stop in two villages",
               "Northport, Ruritania, Jan. 22 (Reuter) -- ", PARAS[3:6]), "--", "",
        *story("Lighthouse reopens for tours", "Northport, Ruritania, Jan. 22 (Reuter) - ",
               PARAS[6:9]), "--", ""]) + "\n"
    stories = normalizer.normalize_text(text, "file:///invented.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Harbour Quay To Close For Repairs", "Night trains to stop in two villages",
        "Lighthouse reopens for tours"]


def test_a_bracket_holding_the_date_and_time_names_no_source() -> None:
    from normalizer.stories.split import dateline_of

    m = dateline_of("NORTHPORT (Sep 30, 1996 1:24 p.m. EDT) - The harbour authority said on")
    assert m is not None and m.group("place") == "NORTHPORT" and not m.group("src")
    m = dateline_of("NORTHPORT (Reuter) - The harbour authority said on Monday that it would")
    assert m is not None and m.group("src") == "Reuter"


def test_a_wire_slugs_copyright_and_the_writers_role_leave_the_title_to_the_story() -> None:
    """An AP story as a newsgroup got it: the slug, the wire's © notice, the byline and
    the writer's role on a line of its own, then the indented paragraphs."""
    body = []
    for p in ["NORTHPORT (AP) -- " + PARAS[0], PARAS[1], PARAS[2]]:
        body += _wrap(p, "", first="   ")
    text = "\n".join([
        *HEADER, *_wrap("Here is the wire's account of the harbour works, for those who "
                        "asked about it last week on the group."), "", "",
        "APn  04/14 2202  Harbour Works", "",
        "Copyright, 1993. The Associated Press. All rights reserved.", "",
        "By MARY HOLLOWAY", " Associated Press Writer", *body, ""]) + "\n"
    stories = normalizer.normalize_text(text, "file:///invented.txt")["stories"]
    wire = [s for s in stories if s["dateline"] == "NORTHPORT"]
    assert len(wire) == 1
    assert wire[0]["headline"] == "Harbour Works"
    assert wire[0]["byline"] == ["MARY HOLLOWAY"]


def test_a_role_line_joins_only_a_byline_above_it() -> None:
    from normalizer.stories.dumps import _byline_roles

    assert _byline_roles(["By JANE WRITER", " AP Science Writer"]) == [
        "By JANE WRITER, AP Science Writer"]
    assert _byline_roles(["The harbour reopens.", "Staff Writer"]) == [
        "The harbour reopens.", "Staff Writer"]
