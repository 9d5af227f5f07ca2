"""Cruft left in pasted stories, round 22: a pager's bare "previous" / "next", a tool row
of print, send-news and copy-to-blog buttons between bars, a section list's label ("All
news of the section"), a send form's required-fields note and sent notice, each in several
languages, beside the story lines that must stay. Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify

RU_BODY = ("Городской совет во вторник проголосовал за закрытие старого моста на ремонт, и "
           "тысячи жителей будут целый год ездить в объезд через центр города.")
EN_BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
           "will send thousands of commuters onto a detour through the city centre for a year.")


def _roles(lines: list[str]) -> list[str]:
    out = [Block(line) for line in lines]
    classify(out)
    return [b.role for b in out]


@pytest.mark.parametrize("line", [
    "предыдущая", "Следующая", "Previous", "Vorherige", "Następna",
    "версия для печати | сообщить новость | копировать в блог",
    "Print | Send us a tip | Copy to blog",
    "Другие новости раздела", "Все новости раздела", "Усі новини розділу",
    "More news from this section",
    "Pola oznaczone * są wymagane.", "Fields marked * are required",
    "Wiadomość została wysłana.", "Your message has been sent.", "Nachricht gesendet",
])
def test_furniture_line_goes(line: str) -> None:
    body = RU_BODY if any("а" <= c <= "я" for c in line.lower()) else EN_BODY
    assert _roles([body, line, body]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Следующая встреча совета назначена на март, сообщил мэр.",
    "Previous owners of the bridge had warned about rust for years.",
    "The message was sent to every household on the detour route.",
    "Все новости раздела культуры за неделю он прочитал за один вечер.",
    "Print | the mayor | said on Tuesday that the bridge | would close | for a year",
])
def test_story_line_stays(line: str) -> None:
    body = RU_BODY if any("а" <= c <= "я" for c in line.lower()) else EN_BODY
    assert _roles([body, line, body]) == [TEXT, TEXT, TEXT]


def test_bars_do_not_count_as_words() -> None:
    """A row of more than eight tokens is chrome when its words, bars left out, are few."""
    assert _roles([EN_BODY, "Print | Email | Share | Comments | Next", EN_BODY]) \
        == [TEXT, CRUFT, TEXT]
