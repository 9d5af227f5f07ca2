"""Cruft left in pasted stories, round 24: a thread of readers' comments pasted under a
story (each comment a name, a verb line, a time, its text, its votes and the reply and
report controls, repeated) and a call to be the first to comment, beside the story lines
that must stay. Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.model import BlockKind, RemovedKind
from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify

RU_BODY = ("Городской совет во вторник решил закрыть старый мост на ремонт, и тысячи "
           "водителей целый год будут ездить в объезд через центр города.")
EN_BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
           "will send thousands of commuters onto a detour through the city centre for a year.")
RU_MORE = ("Работы начнутся весной и продлятся до конца следующего года, сообщили в "
           "пресс-службе мэрии.")
EN_MORE = [f"Engineers found {n} cracks in the old piers last month, and the repairs will cost "
           f"{n} million dollars more than the city planned, officials said on day {n}."
           for n in range(2, 16)]


def _classified(lines: list[str]) -> list[Block]:
    out = [Block(line) for line in lines]
    classify(out)
    return out


def _comment(name: str, verb: str, said: str, reply: str, report: str) -> list[str]:
    return [name, verb, "Вчера в 10:15", said, "0 минусов | 2 плюса", reply, report]


RU_THREAD = (_comment("ivan_1970", "комментирует материал", "Мост давно пора было чинить.",
                      "Ответить", "Пожаловаться")
             + _comment("petrov", "отвечает", "А объезд кто будет строить?",
                        "Ответить", "Пожаловаться"))
EN_THREAD = (["jsmith", "says:", "About time they fixed it.", "Reply", "Report"]
             + ["mary_k", "writes:", "The detour will be a mess for a year.", "Reply", "Report"])


@pytest.mark.parametrize("thread", [RU_THREAD, EN_THREAD])
def test_comment_run_goes(thread: list[str]) -> None:
    body = [RU_BODY, RU_MORE] if thread is RU_THREAD else [EN_BODY, EN_MORE[0]]
    out = _classified([*body, *thread])
    assert [b.role for b in out[:2]] == [TEXT, TEXT]
    assert all(b.role == CRUFT for b in out[2:])
    assert {b.cruft_kind for b in out[2:]} == {RemovedKind.CHROME}


def test_one_quoted_verb_line_stays() -> None:
    """A single name / "says:" / line / "Reply" is not a run: no line is taken by it."""
    lines = [EN_BODY, "The mayor", "says:", "We will open a new bridge next year.", EN_BODY]
    out = _classified(lines)
    assert [b.role for b in out] == [TEXT] * 5


def test_verb_without_controls_stays() -> None:
    """Verb lines with no reply or report control below them are not a thread."""
    lines = [EN_BODY, "The mayor", "says:", "We will open a new bridge.", EN_BODY,
             "Her deputy", "says:", "The detour is short.", EN_BODY]
    assert all(b.role == TEXT for b in _classified(lines))


def test_long_text_between_verb_and_controls_stays() -> None:
    """A run of more than a comment's words between the verb and the controls is a story's."""
    lines = [EN_BODY, "says:", *EN_MORE[:6], "Reply", "ann", "says:", *EN_MORE[6:12], "Reply"]
    out = _classified(lines)
    assert sum(b.role == TEXT for b in out) >= 13


@pytest.mark.parametrize("line", [
    "Be the first to Write a Comment!", "Be the first to comment",
    "Be the first to leave a comment.",
])
def test_first_comment_call_goes(line: str) -> None:
    out = _classified([EN_BODY, line])
    assert [b.role for b in out] == [TEXT, CRUFT]


def test_first_sentence_stays() -> None:
    line = "Be the first to try the new bridge when it opens next spring, the mayor said."
    assert [b.role for b in _classified([EN_BODY, line, EN_BODY])] == [TEXT] * 3


def test_pasted_thread_goes_to_next_headline() -> None:
    """A thread pasted with each label once: its heading with a count, the first comment's
    verb line and controls, then bare comments; all of it goes, up to the next headline."""
    lines = [RU_BODY, "Комментарии к новости (2)", "комментирует материал",
             "Мост давно пора было чинить.", "Ответить", "Пожаловаться",
             "А объезд кто будет строить?", "Раньше надо было думать."]
    out = _classified(lines)
    assert out[0].role == TEXT
    assert all(b.role == CRUFT for b in out[1:])
    head = Block("Мост закроют на год", kind=BlockKind.HEAD)
    blocks = [Block(line) for line in lines] + [head, Block(RU_MORE)]
    classify(blocks)
    assert [b.role for b in blocks[-2:]] == [TEXT, TEXT]


def test_comment_heading_without_thread_stays() -> None:
    """A heading with a count but no comment's verb or controls under it is left."""
    out = _classified([EN_BODY, "Comments on this story (4)", EN_MORE[0], EN_MORE[1]])
    assert [b.role for b in out[2:]] == [TEXT, TEXT]
