"""Pasted cruft of more kinds (issue 10, helper cruft18, session 16), each read by its shape
in ``normalizer.stories.clean`` with its data in ``normalizer.cues.text``:

- other stories' titles with a one-sentence summary under each, pasted after a story's share
  bar or under a related label: the summaries go with their titles, also where a title ends
  as no headline does ("... (H5N1)") or where kickers and bare titles stand among the
  titles with summaries, and where the list's first title was read as a picture's caption;
- reproduction bans of more languages, a font-size control with its sizes, a read-aloud
  widget's line, a recommend or rate control, a "like us" line;
- a link list's lines ("Name: http://...") after the tail's furniture;
- the tail of a Chinese story that closes with its end mark ("。完");
- the field lines of a news database's export in a dump ("LENGTH: 512 words", "312 words").

Beside each, story lines of a like shape that must stay. The lines are invented in the
shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from tests.test_cruft_round17 import STORY  # the same three story paragraphs

#: Other stories' titles, each with its one-sentence summary.
TEASED = [
    "Harbour ferry returns after a winter of repairs",
    "The ferry across the harbour will run again from Monday after three months in the "
    "dock, the operator said.",
    "New cycle lanes planned for the ring road (phase 2)",
    "Work on the first stretch of the lanes is due to start in May and last the summer.",
    "School canteens to serve more local food",
    "Pupils will eat vegetables grown on farms within twenty miles of the town from the "
    "autumn term.",
]


def classified(lines: list[str], *, dump: bool = False) -> list[Block]:
    blocks = dump_blocks("\n\n".join(lines))
    assert [b.text for b in blocks] == lines
    classify(blocks, dump=dump)
    return blocks


def roles(lines: list[str], *, dump: bool = False) -> list[str]:
    return [b.role for b in classified(lines, dump=dump)]


def test_titles_with_summaries_after_a_share_bar_go() -> None:
    got = roles([*STORY, "Tweet", *TEASED])
    assert got == [TEXT] * len(STORY) + [CRUFT] * (1 + len(TEASED))


def test_titles_with_summaries_under_a_picture_credit_go() -> None:
    # the list's first title under the picture's credit reads as the picture's caption
    got = roles([*STORY, "Tweet", "© Town Gazette. Jane Doe | Buy this picture", *TEASED])
    assert got == [TEXT] * len(STORY) + [CRUFT] * (2 + len(TEASED))


def test_the_story_going_on_under_a_share_bar_stays() -> None:
    # paragraphs of the story under its share bar: no titles among them
    more = [
        "Residents said they would keep campaigning and have asked the regional government to "
        "step in before the building is sold next spring.",
        "A spokesman for the council said the decision was final.",
    ]
    got = roles([*STORY, "Tweet", *more])
    assert got[len(STORY) + 1:] == [TEXT, TEXT]


def test_kickers_and_bare_titles_among_titles_with_summaries_go() -> None:
    lines = [*STORY, "More News",
             "On the agenda for the spring",  # a kicker
             "Council to meet on the budget in April",
             "The council will meet on April 30 to agree the budget for the coming year.",
             "At noon at the town hall",  # a kicker
             "Talks with the unions on every front",
             "Bus drivers walk out over pay",  # a bare title
             "Library volunteers thanked at a reception",
             "\"We will not give up on the building\""]
    got = roles(lines)
    assert got == [TEXT] * len(STORY) + [CRUFT] * (len(lines) - len(STORY))


def test_a_paragraph_after_bare_titles_under_a_label_stays() -> None:
    # (the guard of the older rule: the story goes on under the box)
    lines = [*STORY, "Read more",
             "Harbour ferry returns after a winter of repairs",
             "New cycle lanes planned for the ring road",
             "School canteens to serve more local food",
             "The council's decision can be appealed within thirty days of its publication, "
             "a lawyer for the residents said on Wednesday."]
    assert roles(lines)[-1] == TEXT


@pytest.mark.parametrize("line", [
    "Απαγορεύεται η αναπαραγωγή χωρίς την άδεια του εκδότη.",  # el: reproduction banned
    "(本文由某某网提供。未经授权，不得转载。)",  # zh: not to be reproduced unauthorised
    "Перепечатка запрещена.",  # ru
])
def test_reproduction_bans_go(line: str) -> None:
    blocks = classified([*STORY, line])
    assert blocks[-1].role == CRUFT


def test_a_story_sentence_about_a_reproduction_ban_stays() -> None:
    line = ("Ο δικαστής είπε ότι απαγορεύεται η αναπαραγωγή των εγγράφων της δίκης χωρίς την "
            "άδεια του δικαστηρίου, όπως ορίζει ο νόμος που ψηφίστηκε πέρσι.")
    assert classified([*STORY, line])[-1].role == TEXT


@pytest.mark.parametrize("line", [
    "字体︰大 中 小",  # a font-size control with its sizes
    "调整字体：大 中 小",
    "Text To Speech",  # a read-aloud widget's line
    "Προτείνετέ το 5",  # el: recommend it, with its counter
    "Oceń",  # pl: rate it
    "Polub nas na Facebooku",  # pl: like us on Facebook
    "A A A Drukuj",  # a font-size control of three letters, and print
    "Μέγεθος γραμμάτων",  # el: letter size
    "Transcript Toggle more options",  # a player's controls
    "Sponsor Message",
])
def test_reader_tools_go(line: str) -> None:
    assert classified([*STORY, line])[-1].role == CRUFT


def test_a_link_list_after_its_label_goes() -> None:
    lines = [*STORY, "Share", "Online:", "Town council: http://www.example.org/council",
             "Library campaign: http://www.example.org/library"]
    got = roles(lines)
    assert got[len(STORY):] == [CRUFT] * 4


def test_a_pointer_with_an_address_closing_the_story_stays() -> None:
    lines = [*STORY, "Follow our coverage of the vote at https://www.example.org/vote"]
    assert roles(lines)[-1] == TEXT


def test_a_chinese_storys_tail_after_its_end_mark_goes() -> None:
    first = ("市政府周二表示，新的公交线路将于下月开通，预计每天可服务约两万名乘客，"
             "并将延长夜间运营时间。交通局官员说，新线路将连接火车站和新建的图书馆，"
             "沿途设有十二个站点。")
    last = ("官员还表示，明年将再开通两条线路，并在主要路口增设公交专用道，"
            "以缩短乘客的候车时间。市民可在市政府网站上查询新线路的时刻表。完")
    lines = [first, last, "(本文由某某网提供。未经授权，不得转载。)",
             "港口渡轮维修后恢复航行", "环城路将新建自行车道", "学校食堂将供应更多本地食品"]
    got = roles(lines)
    assert got[:2] == [TEXT, TEXT] and got[2:] == [CRUFT] * 4


@pytest.mark.parametrize("line", [
    "LENGTH: 512 words", "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newswire", "312 words",
])
def test_a_database_exports_field_lines_go(line: str) -> None:
    blocks = classified(["Council closes the old library", line, *STORY], dump=True)
    assert blocks[1].role == CRUFT


@pytest.mark.parametrize("line", [
    "The report ran to 312 words.",
    "Length: the new lanes will run for 4 km along the ring road, the council said.",
])
def test_story_lines_naming_a_length_stay(line: str) -> None:
    blocks = classified([*STORY, line], dump=True)
    assert blocks[-1].role == TEXT


#: Other stories' titles, each under its kicker, as a related box lists them.
KICKED = [
    "Fire at night", "House burns down on the edge of town. Two people rescued",
    "What happens next?", "Stray dogs roam the villages! The council says no to a cull",
    "Big police operation", "Shots fired at a car wash, again! A witness tells what she saw",
]


def test_titles_under_kickers_above_a_related_label_go() -> None:
    got = roles([*STORY, *KICKED, "Recommended article:"])
    assert got == [TEXT] * len(STORY) + [CRUFT] * (len(KICKED) + 1)


def test_a_fixtures_list_above_a_share_bar_stays() -> None:
    # a day (one word) over its games: the story's own list
    fixtures = ["Friday", "Rovers v United at the old ground", "Saturday",
                "City v Athletic, Wanderers v Town", "Sunday", "Albion v County under lights"]
    got = roles([*STORY, *fixtures, "Share"])
    # (the line right above the bar is left to the older tail rules, which take it)
    assert got[:len(STORY) + len(fixtures) - 1] == [TEXT] * (len(STORY) + len(fixtures) - 1)


def test_a_fixtures_list_with_its_venues_above_a_share_bar_stays() -> None:
    # a venue over each game, every venue opening alike, the result in brackets
    fixtures = ["At Newtown", "Newtown Rovers (ENG) v Oldport (SCO) (1-0)",
                "At Eastbridge", "Eastbridge City (WAL) v Harbour United (IRL) (2-2)",
                "At Hillford", "Hillford Athletic (ENG) v Lakeside (NIR) (0-1)"]
    got = roles([*STORY, *fixtures, "Share this:"])
    assert got[:len(STORY) + len(fixtures)] == [TEXT] * (len(STORY) + len(fixtures))


def test_titles_under_a_you_may_like_label_go() -> None:
    lines = [*STORY, "You may like to read:",
             "Harbour ferry returns after a winter of repairs",
             "New cycle lanes planned for the ring road",
             "School canteens to serve more local food"]
    got = roles(lines)
    assert got == [TEXT] * len(STORY) + [CRUFT] * 4
