"""Dump shapes, round 8: a portal's teasers whose leads the page cuts off ("... the
start of the…") and whose headline is a long question in title case are stories, as every
round's gold labels a teaser with a lead. Real pages flattened by a browser
(``tests/fixtures/real/dumps``, origins in its ``SOURCES.md``) and invented text of the
same shapes go through :func:`normalizer.pipeline.normalize_text`."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import SITE_PUBLISHER_RE
from normalizer.pipeline import normalize_text
from normalizer.stories.blocks import Block
from normalizer.stories.rhythm import is_prose

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _lines(name: str) -> list[str]:
    return (DUMPS / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def _stories(text: str, url: str = "https://portal.example/") -> list[dict]:
    return normalize_text(text, url)["stories"]


#: Teasers of a portal, each: headline, lead (some cut off by the page), source, control.
_TEASERS = [
    ("Harbour Wall Rebuilt After Winter Storms",
     "The council voted on Tuesday to rebuild the old harbour wall after the winter storms "
     "broke it in three places, and work should start in the spring.", "Coast Times"),
    ("Fishermen Count the Cost of a Lost Season",
     "Fishermen said the delay had cost them most of the season, and several boats were "
     "sold before the summer because their owners could not wait for the…", "Daily Post"),
    ("Town Band Wins the County Contest Again",
     "The town band won the county contest for the third year running on Saturday.",
     "Coast Times"),
    ("New Harbour Wall: What Did the Council Promise the Fishing Fleet Before the Vote?",
     "The council promised the fishing fleet a wider quay and a new light at the end of the "
     "wall, but the plans shown on Monday leave out the second half of the…", "Daily Post"),
    ("Ferry Timetable Changes for the Summer",
     "The ferry will sail twice a day from June, the operator said on Friday morning.",
     "Coast Times"),
    ("Lifeboat Crew Rescue Two Walkers Cut Off by the Tide",
     "Two walkers were rescued from the rocks below the cliffs on Sunday after the tide came "
     "in faster than they had expected, the lifeboat station said.", "Daily Post"),
]


def _portal() -> str:
    rows = ["Coast Portal", "", "Home", "", "News", "", "Sport", ""]
    for head, lead, source in _TEASERS:
        rows += [head, "", lead, "", source, "", "SaveRemove", ""]
    rows += ["© 2014 Coast Portal"]
    return "\n".join(rows)


def test_cut_off_teaser_leads_of_a_portal_are_stories():
    """A teaser whose lead the portal cuts off is a story like its neighbours: the
    splitter's cut-off rule (a caption under "View photo" in a post) leaves a lead the
    dump's rhythm found alone."""
    stories = _stories(_portal())
    assert [s["headline"] for s in stories] == [t[0] for t in _TEASERS]
    cut = stories[1]
    assert cut["text"].endswith("could not wait for the…")


def test_a_long_title_cased_question_is_a_headline_not_prose():
    """"... What Did the Council Promise ... Before the Vote?" (14 words) heads its teaser;
    a long question written as a sentence is still prose."""
    assert not is_prose(Block(text=_TEASERS[3][0]))
    assert is_prose(Block(text="What did the council promise the fishing fleet before the "
                               "vote on the new harbour wall?"))


def test_a_real_portal_keeps_its_cut_off_teasers():
    """Yahoo UK's home page (2014): a teaser headed by a long title-cased question over a
    cut-off lead (line 329), and the one above it, are stories with their sources."""
    name = "yahoo-uk-home-2014"
    lines = _lines(name)
    stories = _stories((DUMPS / f"{name}.txt").read_text(encoding="utf-8"), name)
    heads = [s["headline"] for s in stories]
    for at in (321, 329):
        assert lines[at - 1].strip() in heads, at
    by_head = {s["headline"]: s for s in stories}
    assert by_head[lines[328].strip()]["text"] == lines[330].strip()
    assert by_head[lines[320].strip()]["source"] == lines[324].strip()


def test_a_teasers_credit_in_a_list_names_no_source_of_the_story_above():
    """A home page's list under its first teaser: each title with its writer and outlet in
    capitals ("NAME, OUTLET"). The outlet under another article's title is that teaser's
    credit, not the sign-off of the story the list stands under."""
    name = "wired-home-2024"
    lines = _lines(name)
    stories = _stories((DUMPS / f"{name}.txt").read_text(encoding="utf-8"), name)
    first = next(s for s in stories if s["headline"] == lines[29].strip())
    assert (first["source"] or "").casefold() == "wired"  # the page's own name
    assert lines[54].strip() == "ERIC BERGER, ARS TECHNICA"


def test_a_footer_naming_the_site_and_its_publisher_gives_the_site():
    """"A BAON kiadója a Mediaworks Hungary Zrt. © ..." (BAON's publisher is ...): the
    site's name, not the company and not the page's first line (a menu's label)."""
    assert SITE_PUBLISHER_RE.match("The Coast Times is published by Coast Media Ltd. ©")
    assert not SITE_PUBLISHER_RE.match("© 2014 Coast Media Ltd. All rights reserved.")
    rows = ["Galleries", "", "Harbour Wall Rebuilt After Winter Storms", ""]
    rows += [("The council voted on Tuesday to rebuild the old harbour wall after the winter "
              "storms broke it in three places, and work should start in the spring. ") * 2,
             "", "Fishermen said the delay had cost them most of the season.", "",
             "Galleries", "", "The Coast Times is published by Coast Media Ltd. © 2014", ""]
    stories = _stories("\n".join(rows))
    assert stories[0]["source"] == "The Coast Times"
    name = "baon-fatigue-2020"
    assert _stories((DUMPS / f"{name}.txt").read_text(encoding="utf-8"), name)[0]["source"] \
        == "BAON"
