"""Round 8's speed shortcuts (issue 14) give the answers of what they replace.

:class:`normalizer.cues.text.StemsAtWordStart` answers, for a line of ASCII text, with a
lower-cased pattern of the words that can stand in ASCII text; it must say yes wherever
the full IGNORECASE pattern finds a word (and no elsewhere). Checked on every line of the
project's real text and on lines built from the words themselves, in upper case and with
the letters the engine takes for one another ("i" and dotless "ı", "s" and long "ſ").
"""
from __future__ import annotations

import re

import pytest

from normalizer.cues import text as cues
from tests.test_clean_speed_prechecks import REAL_LINES, _built_lines

_STATE_WORDS = [w for n in cues.SITE_NOTICES for w in n.state]
_STATE_LINES = REAL_LINES + _built_lines(
    [*_STATE_WORDS, *cues.ABOUT_US, "Kapali", "KAPALI", "you", "Comments", "डाउनलोड", "’s",
     "—", "\u00a0", "« ", "e\u0301"], 4000, 81)


def _typographic(line: str) -> str:
    """Typographic quotes, dashes and spaces where the line has plain ones."""
    return line.replace("'", "’").replace(" - ", " — ").replace(" ", "\u00a0", 1)


def _rows_state_found(text: str) -> bool:
    """What the cleaner asked before: any row's own state pattern."""
    return any(n.state_re.search(text) is not None for n in cues.SITE_NOTICES)


@pytest.mark.parametrize("variant", [str, str.upper, _typographic])
def test_site_notice_states_as_every_row(variant) -> None:
    lines = [variant(x) for x in _STATE_LINES]
    wrong = [x for x in lines if cues.SITE_NOTICE_STATES.search(x) != _rows_state_found(x)]
    assert not wrong, wrong[:5]
    assert any(cues.SITE_NOTICE_STATES.search(x) for x in lines)  # (the lines reach it)


@pytest.mark.parametrize("variant", [str, str.upper, _typographic])
def test_about_us_stems_never_miss(variant) -> None:
    """The cheap test asked before ABOUT_US_RE says yes wherever the pattern finds a
    phrase (it leaves out the pattern's end at a word's end: it may say yes more often)."""
    lines = [variant(x) for x in _STATE_LINES]
    missed = [x for x in lines
              if cues.ABOUT_US_RE.search(x) and not cues.ABOUT_US_STEMS.search(x)]
    assert not missed, missed[:5]
    assert any(cues.ABOUT_US_RE.search(x) for x in lines)


def test_stems_at_word_start_ascii_letters() -> None:
    """A word with a letter no ASCII letter matches is left out of the ASCII pattern; one
    whose letter stands for an ASCII one ("ı" for "i") is kept, lower-cased."""
    stems = cues.StemsAtWordStart(["kapalı", "şimdi", "Need more", "ſend"])
    assert stems.search("The door is KAPALI now") and stems.search("kapalı")
    assert stems.search("we NEED\tMORE time") and stems.search("SEND it")
    assert not stems.search("simdi") and stems.search("şimdi")
    assert not stems.search("unneeded more")  # (a word's start only)
    assert re.search(stems.pattern, "xx ŞIMDI") and stems.search("xx ŞIMDI")
    assert stems.search("we need\u00a0more") and stems.search("“Need more” — now")
    assert not stems.search("“unneeded” — more")
    hindi = cues.StemsAtWordStart(["डाउनलोड", "install"])  # (a vowel sign is no \w)
    assert hindi.search("ऐप डाउनलोड करें") and hindi.search("’INSTALL’")


def test_at_most_words_as_the_whole_split() -> None:
    """The label rule's word count, split only as far as it needs, answers as the whole
    split does, on every real line and at the bounds."""
    from normalizer.stories.clean import _at_most_words

    lines = [*REAL_LINES, "", " ", "a b c d e f", " a b c d e f ", "a b c d e f g", "a\u00a0b"]
    for most in (0, 1, 6):
        wrong = [x for x in lines if _at_most_words(x, most) != (len(x.split()) <= most)]
        assert not wrong, wrong[:3]
