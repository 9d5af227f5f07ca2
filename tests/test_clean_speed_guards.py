"""The cleaner's round-14 guards (issue 14: a pattern asked only where it can match) give
the answers of the patterns they spare, on every line of the project's real text (the
lines of :mod:`tests.test_clean_speed_prechecks`) and on lines built to end as the guards
look at: spaces, arrows, brackets, emoji and emoticons, counters' words in odd case.
"""
from __future__ import annotations

import random

from normalizer.cues import text as cues
from normalizer.stories import clean
from normalizer.stories.blocks import Block
from normalizer.text.dates import parse_date
from tests.test_clean_speed_prechecks import REAL_LINES

_ENDS = [" ", "  ", "\u00a0", "\t", "\n", ".", "!", "?", ":", "]", "[1]", " [M1]", "»", ">",
         ">>", " >>", " »»", "›", "→", " →", "➜", "⇒", '"', ")", ":)", ";-)", ":D", "<3",
         "😀", " 🙂", "\ufe0f", "☀", "5", " 12 comments", " 3 Replies", " 7 ſhares", " 2 VIEWS",
         " 4 likes »", "comment", "COMMENT", "ſ", "…"]


def _built_lines(seed: int, count: int = 4000) -> list[str]:
    """Real lines cut short, with one of :data:`_ENDS` (or two) put at their end."""
    rnd = random.Random(seed)
    short = [line for line in REAL_LINES if len(line) < 120]
    out = []
    for _ in range(count):
        line = rnd.choice(short)[:rnd.randint(0, 60)]
        for _ in range(rnd.randint(1, 2)):
            line += rnd.choice(_ENDS)
        out.append(line)
    return out


LINES = REAL_LINES + _built_lines(14)


def test_is_sentence_answers_as_its_patterns_alone():
    found = 0
    for line in LINES:
        text = clean._REFERENCE_MARK.sub("", line)
        expected = bool(clean._SENTENCE_END.search(text) or clean._EMOJI_END.search(text))
        assert clean.is_sentence.__wrapped__(line) == expected, line
        found += expected
    assert found > 1000


def test_the_pager_arrow_and_the_glued_counter_are_asked_where_they_change_the_line():
    for line in LINES:
        low = line.lower().strip(" :.|·•…")
        if " ".join(low.split()) != low:
            continue  # (a folded line has no other spaces)
        if low[-1:] not in clean._PAGER_ARROWS:
            assert clean._PAGER_ARROW_END.sub("", low) == low, line
        if not clean._DIGIT.search(low):
            assert clean._GLUED_COUNTER.sub(r"\1 ", low) == low, line


def test_a_dated_title_tail_is_taken_off_only_lines_ending_as_one():
    taken = 0
    for line in LINES:
        head = cues.DATED_TITLE_TAIL_RE.sub("", line)
        if head != line:
            taken += 1
            assert line[-1:] in cues.DATED_TITLE_TAIL_ENDS or line[-1:].isspace(), line
    assert taken > 100


def test_pointer_arrows_stand_only_at_a_line_end_of_the_table():
    found = 0
    for line in LINES:
        if cues.POINTER_ARROWS_RE.search(line):
            found += 1
            assert line.rstrip()[-1:] in cues.POINTER_ARROWS, line
    assert found > 10


def test_a_bare_credit_tail_follows_a_full_stop():
    for line in LINES:
        if clean._BARE_TAIL.search(line):
            assert "." in line or "。" in line, line


def test_no_date_is_read_without_a_figure():
    # (a line with a figure can break no promise here: parse_date is asked of the rest,
    # every line without one)
    for line in LINES:
        if not any(c.isdigit() for c in line):
            assert not parse_date(line), line


def test_the_appeal_stems_find_every_line_the_appeal_pattern_finds():
    lines = LINES + [f"{p} {w}" for p in cues.APPEAL_US_PHRASES
                     for w in ("today", "HEUTE", "ſoon", "«ici»")]
    found = 0
    for line in lines:
        if cues.APPEAL_US_RE.search(line):
            found += 1
            assert cues.APPEAL_US_STEMS.search(line), line
    assert found >= len(cues.APPEAL_US_PHRASES)


def test_the_joined_notice_stems_find_every_line_either_table_finds():
    hits = 0
    for line in LINES:
        either = cues.ABOUT_US_STEMS.search(line) or cues.SITE_NOTICE_STATES.search(line)
        assert bool(cues.SITE_NOTICE_OR_ABOUT_US.search(line)) == bool(either), line
        hits += bool(either)
    assert hits > 100


def test_the_stems_read_a_spaced_line_as_their_full_pattern():
    for stems in (cues.ABOUT_US_STEMS, cues.SITE_NOTICE_STATES, cues.APPEAL_US_STEMS):
        for line in LINES:
            assert stems.search(line) == (stems.pattern.search(line) is not None), line


def test_only_the_datelines_naming_a_source_are_asked():
    assert clean._SOURCED_DATELINE_RES
    for rx in cues.DATELINE_RES:
        if rx not in clean._SOURCED_DATELINE_RES:
            assert "src" not in rx.groupindex


def test_the_finders_answer_as_any():
    tables = (cues.POSITION_MARKER_OPENERS, cues.PHOTO_CREDIT_LABEL_MARKS,
              cues.PHOTO_CREDIT_WORDS, cues.PHOTO_ABBREVIATIONS, cues.COPYRIGHT_SIGNS,
              cues.COPYRIGHT_WORDS, cues.COMMENT_STEMS, cues.COMMA_SIDE_WORDS)
    for table in tables:
        find = clean._finder(table)
        for line in LINES[::7]:
            low = line.lower()
            assert (find(low) is not None) == any(s in low for s in table), (table, line)


def test_a_long_line_is_no_photo_caption():
    words = " ".join(["word"] * (clean.CAPTION_OPENER_MAX_WORDS + 1))
    for text in (f"In this photo taken {words} (Photo: AP)", f"{words} (AP Photo/Jane Doe)"):
        assert clean._photo_caption(Block(text), set()) is None
    short = "In this photo taken on May 2, a man walks (AP Photo/Jane Doe)"
    assert clean._photo_caption(Block(short), set()) is not None
