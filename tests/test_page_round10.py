"""Round 10: a heading between runs of prose in two languages (a post pasting an Albanian
story, then an Italian one) opens the next story, read by
:func:`normalizer.stories.language.language_turns`.

Real material only: the stories of the sixth held-out set (``tests/fixtures/real/heldout6``),
read from its gold file at run time, never copied here."""
from __future__ import annotations

import json
from pathlib import Path

from normalizer.stories import language

HELDOUT6 = Path(__file__).parent / "fixtures" / "real" / "heldout6"


def _paragraphs(slug: str) -> list[str]:
    """The paragraphs of the held-out story whose page is at ``slug``."""
    with (HELDOUT6 / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            post = json.loads(line)
            if post["url"].rstrip("/").endswith(slug):
                return post["stories"][0]["text"].split("\n\n")
    raise AssertionError(f"no held-out story at {slug}")


ALBANIAN = "manchester-sulm-plagosen"
ITALIAN = "media-russi-guerra-mosca"
ENGLISH = "bali-nine-lawrence-freed"


def test_albanian_story_then_italian_story_turns() -> None:
    above = list(reversed(_paragraphs(ALBANIAN)))  # nearest the heading first
    below = _paragraphs(ITALIAN)
    assert language.language_turns(above, below)
    assert language.language_turns(list(reversed(below)), list(reversed(above)))


def test_one_story_either_side_of_its_sub_heading_does_not_turn() -> None:
    for slug in (ITALIAN, ENGLISH, ALBANIAN):
        paragraphs = _paragraphs(slug)
        half = len(paragraphs) // 2
        assert half >= language.TURN_MIN_PARAGRAPHS, slug
        assert not language.language_turns(reversed(paragraphs[:half]), paragraphs[half:]), slug


def test_a_lone_paragraph_or_a_few_words_below_never_turn() -> None:
    above = list(reversed(_paragraphs(ALBANIAN)))
    italian = _paragraphs(ITALIAN)
    # one paragraph (a company's "about us" box under a story) is no run of prose
    assert not language.language_turns(above, italian[:1])
    # two paragraphs of a few words each are too short to tell
    short = [" ".join(p.split()[:5]) for p in italian[:2]]
    assert sum(len(p.split()) for p in short) < language.TURN_MIN_WORDS
    assert not language.language_turns(above, short)


def test_the_detector_is_asked_only_when_few_words_are_shared(monkeypatch) -> None:
    asked: list[str] = []
    detect = language.detect_language

    def counting(text: str) -> str:
        asked.append(text)
        return detect(text)

    monkeypatch.setattr(language, "detect_language", counting)
    english = _paragraphs(ENGLISH)
    half = len(english) // 2
    assert not language.language_turns(reversed(english[:half]), english[half:])
    assert asked == []  # one story's halves share their words: no detector call
    assert language.language_turns(reversed(_paragraphs(ALBANIAN)), _paragraphs(ITALIAN))
    assert len(asked) == 2
    assert all(len(text) <= language.TURN_SAMPLE_CHARS for text in asked)
