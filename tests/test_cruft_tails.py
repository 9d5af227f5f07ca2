"""Furniture after a story, by shape and by table: the short lines around a related list,
a share bar or a newsletter box after a story's last paragraph, runs of other stories'
headlines at a post's end, hash-tag lines, an "enlarge" control and its caption, caption
stamps, abbreviated photo credits, "news on the topic" labels of more languages; and the
story lines of the same shapes that stay text.

The lines are invented in the shapes real pages use; none is a line of a gold set. The
last tests run the new passes over every story of the project's real gold sets, each
followed by furniture, and check that no line of a story is taken out by them.
"""
from __future__ import annotations

from collections import Counter

import pytest

from normalizer.model import BlockKind
from normalizer.stories import clean
from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify, has_photo_credit, is_sentence
from normalizer.stories.dumps import dump_blocks
from tests.real_gold import gold_stories

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def page_roles(lines: list[str], *, dump: bool = False) -> list[tuple[str, str | None]]:
    """Roles of the lines as paragraphs of a page (``dump=False``) or of a text dump."""
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks, dump=dump)
    return [(b.role, b.cruft_kind) for b in blocks]


# --- a story's tail ----------------------------------------------------------------------

def test_a_title_line_just_above_a_related_label_is_furniture():
    got = page_roles([PARA, PARA2, "Mayor opens the new bridge over the river at dawn",
                      "Related", "Council approves the budget for next year"])
    assert got[:2] == [(TEXT, None)] * 2
    assert got[2][0] == CRUFT


def test_a_newsletter_box_label_and_its_blurb_are_furniture():
    got = page_roles([PARA, PARA2, "Newsletters", "Morning Briefing",
                      "Start and end the day well informed."])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3
    assert got[:2] == [(TEXT, None)] * 2


@pytest.mark.parametrize("closing", [
    "The trial resumes on Monday.",          # a short last sentence before a share bar
    "Jane Doe",                               # a sign-off name
    "(Editing by Jane Doe)",                  # a closing credit
])
def test_a_story_closing_line_before_a_share_bar_stays(closing):
    got = page_roles([PARA, PARA2, closing, "Share this:", "Facebook"])
    assert got[2] == (TEXT, None)


def test_a_sentence_after_a_long_promo_line_stays():
    promo = ("Please subscribe to our newsletter if you want to keep reading about these "
             "topics every week in your inbox")
    got = page_roles([PARA, PARA2, promo, "Have a pleasant weekend, everyone!"])
    assert got[3] == (TEXT, None)


def test_an_agency_name_and_a_video_title_above_a_pointer_are_furniture():
    got = page_roles([PARA, PARA2, "APTN", "Crowds return to the markets after the lockdown",
                      "Watch the channel online >>>"])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3


def test_a_lower_case_tag_above_a_read_also_label_is_furniture():
    got = page_roles([PARA, PARA2, "car theft", "read also", "Thieves caught in the harbour"])
    assert got[2][0] == CRUFT


def test_a_line_between_two_furniture_lines_is_furniture():
    got = page_roles([PARA, PARA2, "Bonds / J. Doe/Example nuotr.", "Bonds", "1 / 1"])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3


def test_a_tail_ends_at_the_next_heading():
    """A short line under the next story's heading opens that story: not the tail above."""
    blocks = dump_blocks("\n\n".join([PARA, PARA2, "Share", "Second story of the post here",
                                      "Short first line of it", PARA]))
    blocks[3].kind = BlockKind.HEAD
    classify(blocks)
    assert (blocks[4].role, blocks[4].cruft_kind) == (TEXT, None)


# --- runs of other stories' headlines at a post's end -------------------------------------

HEADLINES = ["Government announces a new package for industry",
             "Stock market closes higher for the third session in a row",
             "Heavy rain floods the coast and cuts power to thousands",
             "«United Party» accused of buying votes. A new case opened"]


def test_a_run_of_headlines_at_the_end_is_furniture():
    got = page_roles([PARA, PARA2, *HEADLINES])
    assert got[2:] == [(CRUFT, "related_link")] * 4
    assert got[:2] == [(TEXT, None)] * 2


@pytest.mark.parametrize("run", [
    ["Berlin", "Paris", "Rome", "Madrid"],                                   # places
    ["The night was long and the road was dark,", "And the wind came down from the hill,",
     "And the river ran beside us,", "And nobody spoke at all"],            # a poem
    ["Day one in the old town of Porto", "Day two on the coast near Aveiro",
     "Day three in the vineyards of the Douro"],                             # the post's list
])
def test_a_post_own_list_at_the_end_stays(run):
    got = page_roles([PARA, PARA2, *run])
    assert got[2:] == [(TEXT, None)] * len(run)


def test_a_run_under_a_line_introducing_it_stays():
    got = page_roles([PARA, "Here are the places the video shows:", *HEADLINES[:3]])
    assert got[2:] == [(TEXT, None)] * 3


# --- tags, enlarge controls, stamps, credits, labels -----------------------------------------

def test_hash_tag_lines_are_chrome_on_a_page():
    got = page_roles([PARA, PARA2, "# Finance ministry", "#Budget #Bonds #Treasury"])
    assert got[2:] == [(CRUFT, "chrome")] * 2


def test_a_markdown_heading_of_a_dump_is_no_tag():
    got = page_roles(["# Finance ministry", PARA, PARA2], dump=True)
    assert got[0][0] != CRUFT or got[0][1] != "chrome"


def test_the_line_above_an_enlarge_control_is_a_caption():
    got = page_roles([PARA, "The new bridge at dawn", "Enlarge photo", PARA2])
    assert got[1:3] == [(CRUFT, "caption"), (CRUFT, "chrome")]
    assert got[3] == (TEXT, None)


def test_a_caption_ending_with_an_email_and_a_date_stamp_is_a_caption():
    line = "Players warm up before the game. Seoul=Reporter Kim reporter@example.com /2020.08.20/"
    assert page_roles([PARA, line, PARA2])[1] == (CRUFT, "caption")


def test_a_paragraph_ending_with_its_reporter_email_stays():
    line = ("The team lost 8-2 in the end and drops to fifth place. "
            "Busan=Reporter Lee reporter@example.com")
    assert page_roles([PARA, line, PARA2])[1] == (TEXT, None)


@pytest.mark.parametrize("line", ["J. Doe/Example nuotr.", "BNS nuotr.", "Fot. Example Agency"])
def test_abbreviated_photo_credits(line):
    assert has_photo_credit(line)


@pytest.mark.parametrize("line", ["Foto lab opened today", "The fot. sign is rare"])
def test_lines_merely_holding_the_abbreviations_are_no_credit(line):
    assert not has_photo_credit(line)


@pytest.mark.parametrize("line", ["Site-reacties", "Facebook-Kommentare", "Leser-Kommentare (12)"])
def test_a_branded_comments_heading_is_chrome(line):
    assert page_roles([PARA, PARA2, line, "Jane: great"])[2] == (CRUFT, "chrome")


@pytest.mark.parametrize("label", ["Новости по теме", "Lajme të ngjashme", "Susiję straipsniai",
                                   "Povezane vesti"])
def test_news_on_the_topic_labels(label):
    assert page_roles([PARA, PARA2, label])[2] == (CRUFT, "related_link")


def test_a_run_after_an_armenian_sentence_ending_with_a_colon_is_furniture():
    """Armenian typed on a Latin keyboard ends sentences with ":", no list's introduction."""
    armenian = "Երեկ կատարվել է 2761 թեստավորում, որից հաստատվել է նոր դեպք:"
    got = page_roles([PARA, armenian, *HEADLINES[:3]])
    assert got[2:] == [(CRUFT, "related_link")] * 3


def test_armenian_and_ethiopic_full_stops_end_sentences():
    assert is_sentence("Հաստատվել է նոր դեպք։")
    assert is_sentence("ዜናው ተሰራጭቷል።")


# --- nothing true removed: every real gold story, followed by furniture -------------------

NEW_PASSES = ("_story_tails", "_tag_lines", "_beside_enlarge")
FURNITURE = ["Share this:", "Facebook", "Related", "Another story of the same site today"]


GOLD_STORIES = gold_stories()


def _roles(text: str, passes: bool, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    with monkeypatch.context() as m:
        if not passes:
            for name in NEW_PASSES:
                m.setattr(clean, name, lambda *a, **k: None)
            m.setattr(clean, "HEADLINE_RUN_MAX", clean.TRAILING_TITLES_MAX)
        blocks = dump_blocks("\n\n".join([*text.split("\n\n"), *FURNITURE]))
        clean.classify(blocks)
        return [(b.text, b.role, b.cruft_kind) for b in blocks]


def test_the_gold_sets_are_here():
    assert len(GOLD_STORIES) > 150


#: Gold lines these passes take out in a gold set added after them, counted at the set's
#: first measurement (an open failure, not a choice): dumps13b's news-database exports,
#: a sports calendar's rows inside a Yomiuri story read as chrome and AFP's staff-initials
#: sign-offs ("gph", "may-rt/wai") read as a related-link run. The fifteenth held-out set
#: (heldout15, on main 8862faa's code) added none at its first measurement, nor did its batch 2
#: (heldout15b). The nineteenth (heldout19, on main 8e5283b's code) added one at its first
#: measurement: a Taiwanese story's last line, an office's name and web address
#: ("NAME：http://..."), read as a related link (as in test_cruft_round6's KNOWN_BLOCKS_ONLY).
#: A count may only fall.
KNOWN_TAKEN = {
    "yomiuri-yomidasu-heisei-2018.gold.json": 134,
    "yomiuri-yomidasu-kitachosen-2009.gold.json": 14,
    "afp-nexis-syria-2013.gold.json": 8,
    "heldout19/2012/01/11/lunar-new-year-clinics/": 1,
    # dumps23's at its first measurement (round 30, held out): a match report's
    # broadcasters-by-country rows ("Perú: Star+, Fox Sports Cono Sur y ESPN") as links
    "libero-brighton-united-2022.gold.json": 3,
}


def test_no_gold_story_line_is_taken_out_by_the_new_passes(monkeypatch):
    taken = []
    for key, text in GOLD_STORIES:
        before = _roles(text, False, monkeypatch)
        after = _roles(text, True, monkeypatch)
        for (line, role, _), (_, role2, kind2) in zip(before, after, strict=True):
            if line in FURNITURE:
                continue
            if role == TEXT and role2 == CRUFT:
                taken.append((key, line, kind2))
    by_gold = Counter(key.partition("#")[0] for key, _, _ in taken)
    over = {gold: n for gold, n in by_gold.items() if n > KNOWN_TAKEN.get(gold, 0)}
    assert not over, (over, [t for t in taken if t[0].partition("#")[0] in over][:10])


@pytest.mark.parametrize("bold", [False, True])
def test_a_heading_under_a_list_label_with_body_under_it_opens_the_next_story(bold):
    blocks = dump_blocks("\n\n".join([PARA, PARA2, "Most Popular",
                                      "Firefighters bring the fire under control", PARA, PARA2]))
    if bold:
        blocks[3].bold = True
    else:
        blocks[3].kind = BlockKind.HEAD
    classify(blocks)
    assert blocks[3].role == TEXT


def test_a_title_under_a_list_label_is_its_link():
    got = page_roles([PARA, PARA2, "Most Popular", "Firefighters bring the fire under control",
                      "Council approves the budget for next year"])
    assert got[3] == (CRUFT, "related_link")


@pytest.mark.parametrize("line, role", [
    ("【熱門點閱】", (CRUFT, "chrome")),            # a section's label alone
    ("【南方日报】", (CRUFT, "copyright")),         # an outlet closing the story: its credit
])
def test_cjk_bracket_labels(line, role):
    zh = "市政府周二表示，新的公交线路将于下月开通，预计每天可服务约两万名乘客。"
    assert page_roles([zh, zh, line])[2] == role
