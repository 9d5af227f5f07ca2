"""A short story the detector gave a close kin of its post's language takes the post's.

On a two-sentence lead the detector's choice between Danish and Norwegian (or Czech and
Slovak, Dutch and Afrikaans) is a guess; a post whose other stories are Danish is Danish.
A long story keeps the detector's answer, and so does a short one in an unrelated
language, or one whose post has too few other stories to tell.
"""
from __future__ import annotations

from normalizer.stories.language import SAMPLE_CHARS, stories_too_short_take_the_posts


def _story(language: str, text: str) -> dict:
    return {"language": language, "text": text, "word_count": len(text.split())}


DANISH = "Der er både faldet store mængder sne og regn det seneste døgn. " * 3
LEAD = ("I alle sine hverv har journalist og kreativ direktør Jakob Kvist evnen til at "
        "forundre og underholde. Den 4. januar fylder han 60 år.")


def test_a_short_story_read_as_a_close_kin_takes_the_posts_language():
    stories = [_story("da", DANISH), _story("no", LEAD), _story("da", DANISH)]
    stories_too_short_take_the_posts(stories)
    assert [s["language"] for s in stories] == ["da", "da", "da"]


def test_a_story_long_enough_for_the_detector_keeps_its_answer():
    long_lead = (LEAD + " ") * 3
    assert len(long_lead) >= SAMPLE_CHARS
    stories = [_story("da", DANISH), _story("no", long_lead), _story("da", DANISH)]
    stories_too_short_take_the_posts(stories)
    assert stories[1]["language"] == "no"


def test_a_short_story_in_an_unrelated_language_keeps_it():
    stories = [_story("da", DANISH), _story("en", "The minister resigned on Friday."),
               _story("da", DANISH)]
    stories_too_short_take_the_posts(stories)
    assert stories[1]["language"] == "en"


def test_two_stories_are_too_few_to_settle_a_kin():
    stories = [_story("da", DANISH), _story("no", LEAD)]
    stories_too_short_take_the_posts(stories)
    assert stories[1]["language"] == "no"
