"""A local paper's page of short pictured items inside a press-database record
(``normalizer/stories/rhythm.py``: ``_pictured_items``, ``_open_pictured_items``).

An APA-DeFacto-like export opens each record with a head line (the outlet in quotes, the
issue, the day, "Seite:", "Ressort:"). A regional weekly's page of short items comes as one
record: each item a short title (a narrow column may break it over two lines) over a text
that opens with the number of the item's picture glued to its first word ("3The ...").
Each such item is a story of its own, titled, sourced and dated like the record. Unit tests
use invented records; the real exports of round dumps14b are scored by
tests/test_gate_real_dumps14.py.
"""
from __future__ import annotations

import normalizer

HEAD = '"Valley Courier" Nr. 14/2013 vom 02.04.2013 Seite: {page} Ressort: Lokales'
PARAS = [
    "The city council voted on Tuesday to cut bus fares for pensioners by half, starting in "
    "the autumn, after a long debate about the cost of the plan for the town's budget.",
    "The harbour bridge will be closed for three weeks while engineers replace the worn "
    "joints, the port authority said, and ferries will run every twenty minutes instead.",
    "The town's new library opened its doors in the former post office on Monday, with a "
    "reading room for children and a café on the ground floor of the listed building.",
    "Hundreds of farmers drove their tractors to the provincial hall on Wednesday to "
    "protest against new rules on the use of ground water during the dry months.",
    "The volunteer fire brigade of the village celebrated its hundredth year with a parade "
    "through the old town and an open day at the station on Saturday afternoon.",
]


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def _record(page: int, lines: list[str]) -> list[str]:
    return [HEAD.format(page=page), *lines]


def _export(items: list[str]) -> str:
    """Two plain records around a record holding ``items`` (a page of pictured items)."""
    records = [
        _record(12, ["Council cuts bus fares", PARAS[0]]),
        _record(31, items),
        _record(40, ["Brigade turns one hundred", PARAS[4]]),
    ]
    return "\n\n".join(line for record in records for line in record) + "\n"


MORE = "Residents were asked to share their views with the town hall before the end of May."


def _page(numbers: tuple[int, int, int]) -> list[str]:
    a, b, c = numbers
    return ["Bridge closed for", "three weeks", f"{a}{PARAS[1]}", MORE,
            "Library opens", f"{b}{PARAS[2]}", MORE,
            "Farmers at the hall", f"{c}{PARAS[3]}", MORE]


def test_each_pictured_item_is_a_story_with_its_own_title() -> None:
    stories = _stories(_export(_page((4, 5, 6))))
    heads = [s["headline"] for s in stories]
    assert heads == ["Council cuts bus fares", "Bridge closed for three weeks",
                     "Library opens", "Farmers at the hall", "Brigade turns one hundred"]
    item = stories[2]
    assert item["text"] == f"5{PARAS[2]}\n\n{MORE}"
    assert item["source"] == "Valley Courier"
    assert item["published"].startswith("2013-04-02")


def test_numbers_that_do_not_run_up_by_one_are_no_item_numbers() -> None:
    stories = _stories(_export(_page((1, 3, 7))))
    assert not any(s["headline"] == "Library opens" for s in stories)
    assert any("1The harbour" in s["text"] and "7Hundreds" in s["text"]
               for s in stories)


def test_a_title_whose_line_above_is_whole_is_not_joined_to_it() -> None:
    items = _page((1, 2, 3))
    items[4:4] = ["Photo Archive"]  # (a picture's credit over the next item's title)
    stories = _stories(_export(items))
    assert "Library opens" in [s["headline"] for s in stories]


def test_an_item_without_a_title_opens_with_its_text() -> None:
    items = _page((1, 2, 3))
    del items[4]  # (the second item's title)
    stories = _stories(_export(items))
    texts = [s["text"] for s in stories]
    assert f"2{PARAS[2]}\n\n{MORE}" in texts


# An interview printed as questions and answers, each opening with its speaker's label.
ANSWERS = [
    "I offered my help long before the election, and I asked for nothing in return, because "
    "the group had to stay able to act in parliament after the sudden loss of its leader.",
    "We stood in the election to fight for a fairer region, and we will go on fighting for it "
    "with the same people, the same ideas and the same energy as in the last five years.",
    "It is not true that one man alone stood up against the old networks; a whole team did, "
    "and that team is still here, in every town and village of the region, ready to work.",
    "We want an alliance of every reasonable force in the region, and we want a government "
    "without the party that has run it for sixty years and thinks it owns the land.",
]
QUESTIONS = ["Courier: Everything was planned differently. Why did you step in?",
             "Courier: What do you want to achieve in politics?",
             "Courier: And what about you, personally?",
             "Courier: Will it not be hard to win without the big party?"]


def test_an_interview_is_one_story_not_one_per_answer() -> None:
    lines = ["Mayor wants an alliance against the old party",
             "Over her aims for the coming election, the new leader of the list spoke to the "
             "Courier in her office in the old town hall on Monday morning."]
    for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
        lines += [question, f"Mayor Lindqvist: {answer}"]
    stories = _stories("\n\n".join(lines) + "\n")
    assert len(stories) == 1
    assert stories[0]["text"].count("Mayor Lindqvist:") == len(ANSWERS)


def test_leads_opening_with_one_outlet_still_open_a_story_each() -> None:
    """No question between them: a feed's leads, each its own story."""
    stories = _stories("\n\n".join(f"Valley Wire: {p}" for p in PARAS[:4]) + "\n")
    assert len(stories) == 4
    assert all(s["source"] == "Valley Wire" for s in stories)
