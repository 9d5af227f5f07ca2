"""A photo viewer's control printed as a line ("Lihat Foto", "View photos") is chrome; the
line beside it stays what it is (it may be a story's last), and the words inside a sentence
stay. Each case is written for this test."""
from __future__ import annotations

import pytest

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

_BODY = [
    "The regional government said on Tuesday that the new bridge would open to traffic in "
    "March after two years of work on the river crossing.",
    "Officials expect the crossing to cut travel times between the two districts by half, "
    "the statement added, and tolls will not be charged.",
]


def _text(paras: list[str]) -> str:
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2023/01/05/post/", title="Bridge"))
    return "\n\n".join(s["text"] for s in rec["stories"])


@pytest.mark.parametrize("control", ["Lihat Foto", "View photos", "Ver fotos", "사진 보기"])
def test_a_photo_viewer_control_is_not_text(control: str) -> None:
    text = _text([_BODY[0], control, _BODY[1]])
    assert control not in text
    assert _BODY[0] in text and _BODY[1] in text


def test_the_story_line_before_a_pasted_control_stays() -> None:
    last = "The works end in March."
    assert last in _text([*_BODY, last, "View photo", "A diver holds up a fish he caught"])


def test_the_words_inside_a_sentence_stay() -> None:
    line = "Visitors can view photos of the works at the town hall until the end of the month."
    assert line in _text([_BODY[0], line, _BODY[1]])
