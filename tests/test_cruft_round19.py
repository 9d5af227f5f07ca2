"""Cruft of real pages pasted under a story into a theme (helper cruft19, round 19), each
kind read by its shape in ``normalizer.stories.clean`` with its words in
``normalizer.cues.text``:

- a paywall's box: the order to unlock the story, the condition for reading on;
- the placeholder Cloudflare prints for a hidden address, alone on its line;
- an audio player: its programme label ("Heard on X"), its row of times, its embed code;
- a comment thread: a comment's title closed by its score, its author's line with the
  user's number, the comment's line or two under them, the thread's disclaimer, the
  comment form's condition that the reader log in;
- a section's note that it is an archive no longer written, with a pointer on;
- a form's note that the reader's data will be processed under the privacy policy;
- a wire's long rights notice.

Beside each, story lines of a like shape that must stay. The lines are invented in the
shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from tests.test_cruft_round17 import STORY  # the same three story paragraphs


def classified(lines: list[str]) -> list[Block]:
    blocks = dump_blocks("\n\n".join(lines))
    assert [b.text for b in blocks] == lines
    classify(blocks)
    return blocks


def roles(lines: list[str]) -> list[str]:
    return [b.role for b in classified(lines)]


def tail_roles(lines: list[str]) -> list[str]:
    """The roles of ``lines`` pasted under the story."""
    return roles([*STORY, *lines])[len(STORY):]


@pytest.mark.parametrize("line", [
    "Unlock this article — plus in-depth analysis, newsletters and member events.",
    "Débloquez cet article et profitez de toutes nos analyses.",
    "Diesen Artikel jetzt freischalten",
    "To read the rest of this story subscribe to Harbour Health+.",
    "Pour lire la suite, abonnez-vous.",
    "Um weiterzulesen, registrieren Sie sich kostenlos.",
])
def test_a_paywalls_lines_go(line: str) -> None:
    assert tail_roles([line]) == [CRUFT]


@pytest.mark.parametrize("line", [
    "Hackers unlocked the files of the article's author, police said.",
    "To read the rest of the report, officials had to travel to the capital.",
])
def test_story_lines_about_unlocking_and_reading_stay(line: str) -> None:
    assert tail_roles([line]) == [TEXT]


@pytest.mark.parametrize("line", ["[email protected]", "Email: [email protected]"])
def test_a_hidden_address_alone_goes(line: str) -> None:
    assert tail_roles([line]) == [CRUFT]


def test_a_hidden_address_in_a_sentence_stays() -> None:
    line = "Readers can send their questions to [email protected] before Friday."
    assert tail_roles([line]) == [TEXT]


@pytest.mark.parametrize("line", [
    "Heard on Evening Report",
    "As heard on Morning Magazine",
    "Listen · 3:51 3:51",
    "Play 0:00 / 12:07",
    "Écouter 2:30",
    'Embed <iframe src="https://radio.example/player/embed/1234" width="100%" '
    'height="290" frameborder="0" scrolling="no"></iframe>',
])
def test_an_audio_players_lines_go(line: str) -> None:
    assert tail_roles([line]) == [CRUFT]


@pytest.mark.parametrize("line", [
    "Monday 19:30",
    "He said he had heard on the radio that the bridge would close for a week.",
    "The match kicked off at 19:30 and the first goal came after 3:51 minutes of play.",
])
def test_times_and_hearing_in_a_story_stay(line: str) -> None:
    assert tail_roles([line]) == [TEXT]


THREAD = [
    "The Fine Print: The following comments are owned by whoever posted them. We are not "
    "responsible for them in any way.",
    "Re: Not so fast (Score:2)",
    "by harbour_watcher ( 4412907 ) writes:",
    "Ferries were late long before the repairs...",
    "Who pays for this? (Score:3, Insightful)",
    "And how will the town pay for the next repairs once the grant runs out?",
    "Reply to This Share",
]


def test_a_comment_thread_under_the_story_goes() -> None:
    assert tail_roles(THREAD) == [CRUFT] * len(THREAD)


def test_story_lines_after_a_comment_head_stay() -> None:
    # a head pasted mid-story: the story's lines run on past two, closed by no cruft
    more = [
        "Residents said they would keep campaigning and have asked the regional government "
        "to step in before the building is sold next spring.",
        "A spokesman for the council said the decision was final.",
        "The library will close its doors at the end of the month.",
    ]
    got = tail_roles(["Re: Not so fast (Score:2)", *more])
    assert got == [CRUFT, TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "You must be logged in to post a comment.",
    "This is the home of the station's science blog, which ran from 2009-2024. For our "
    "current coverage please visit the Science section.",
    "Your data will be processed in accordance with our Privacy Policy and Terms of "
    "Service. You may opt out at any time.",
])
def test_a_sites_notices_go(line: str) -> None:
    assert tail_roles([line]) == [CRUFT]


@pytest.mark.parametrize("line", [
    "Users of the forum must log in before they comment, the company said.",
    "The exhibition ran from May to June and drew more visitors than any show on the site.",
    "The agency said the data would be processed in accordance with the law.",
])
def test_story_lines_like_notices_stay(line: str) -> None:
    assert tail_roles([line]) == [TEXT]


WIRE_NOTICE = (
    "Wire content is the intellectual property of Wire Agency Limited. Any copying, "
    "republication or redistribution of Wire content, including by caching, framing or "
    "similar means, is expressly prohibited without the prior written consent of Wire "
    "Agency. Wire Agency shall not be liable for any errors or delays in content, or for "
    "any actions taken in reliance thereon. Wire and the Wire logo are trademarks of the "
    "Wire group of companies around the world. For additional information on its picture "
    "services, please visit the web site."
)


def test_a_wires_long_rights_notice_goes() -> None:
    assert tail_roles([WIRE_NOTICE]) == [CRUFT]


def test_a_story_about_a_republication_ban_stays() -> None:
    line = (
        "The court heard that the newspaper had printed the photographs twice in one week, "
        "that its editors had been warned more than once, and that the agency's contract "
        "said that any copying, republication or redistribution of its pictures without "
        "consent was prohibited. The judge said she would rule on the damages next month, "
        "after hearing from both sides, and asked the lawyers to agree on the figures."
    )
    assert tail_roles([line]) == [TEXT]
