"""A story's language is told by its body, and a story too short to tell takes its post's."""
from __future__ import annotations

from normalizer.stories.language import (
    SAMPLE_PARAGRAPH_MIN,
    language_sample,
    stories_too_short_take_the_posts,
)

GERMAN = ("Der Roman erzählt von einer Familie, die nach dem Krieg in eine kleine Stadt am "
          "Rhein zieht und dort versucht, ein neues Leben aufzubauen, während die alten "
          "Geschichten sie immer wieder einholen.")
ENGLISH_TITLE = "The Remains of the Day by Kazuo Ishiguro, a novel"


def test_the_sample_passes_over_short_openers_in_another_language() -> None:
    assert len(GERMAN) >= SAMPLE_PARAGRAPH_MIN > len(ENGLISH_TITLE)
    assert language_sample([ENGLISH_TITLE, GERMAN]) == GERMAN


def test_a_story_of_short_lines_only_is_sampled_whole() -> None:
    lines = ["Hay varios heridos", "Se cortó la luz"]
    assert language_sample(lines) == "Hay varios heridos\n\nSe cortó la luz"


def test_a_story_too_short_to_tell_takes_its_posts_language() -> None:
    stories = [{"language": "es", "word_count": 120}, {"language": "und", "word_count": 3},
               {"language": "en", "word_count": 40}]
    stories_too_short_take_the_posts(stories)  # type: ignore[arg-type]
    assert [s["language"] for s in stories] == ["es", "es", "en"]


def test_a_post_of_which_nothing_can_be_told_stays_undetermined() -> None:
    stories = [{"language": "und", "word_count": 3}]
    stories_too_short_take_the_posts(stories)  # type: ignore[arg-type]
    assert stories[0]["language"] == "und"
