"""Story boundaries on real pages, round 10b (issue 10).

Things inside one article that look like the start of another: an embedded video's card
(a heading all one link, its date with the running time glued on), the readers'
comments under a comments heading, a box of pictured teaser items under the copyright
label; and a news page's standfirst in two ``<h2>``s under its ``<h1>``, which is no
parallel of a boxed second story's one heading. The first tests are real pages (origins
in ``tests/fixtures/real/heldout7/SOURCES.md``); the shapes after them are block lists
with invented words, with the contrasts that must still open a story.
"""
from __future__ import annotations

from pathlib import Path

from normalizer.model import BlockKind, MetaKind, RemovedKind
from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import CRUFT, IMAGE, META, TEXT, Block
from normalizer.stories.split import split

REAL = Path(__file__).parent / "fixtures" / "real" / "heldout7" / "site"
BASE = "http://127.0.0.1:8000"


def stories(path: str) -> list[dict]:
    html = (REAL / path.strip("/") / "index.html").read_bytes()
    return normalize_page(html, BASE + path)[0]["stories"]


def test_an_embedded_video_card_inside_the_article_opens_no_story():
    found = stories("/2021/01/05/kenosha-officers-no-charges/")
    assert len(found) == 1
    text = found[0]["text"]
    assert "Milwaukee Bucks" in text          # the paragraphs under the card stay
    assert "Video shows Wisconsin" not in text  # the card's title is no paragraph


def test_reader_comments_are_neither_a_story_nor_its_text():
    found = stories("/2014/01/08/anticorrupcion-imputacion-infanta/")
    assert len(found) == 1
    assert "comentario" not in found[0]["text"]
    assert "Horrach" in found[0]["text"]


def test_a_pictured_highlights_box_after_the_copyright_is_no_story():
    found = stories("/2011/09/21/fed-operation-twist/")
    assert len(found) == 1
    assert "IMF/World Bank" not in found[0]["text"]


def test_a_two_line_standfirst_is_not_taken_for_the_headline():
    found = stories("/2012/10/27/listas-de-espera-se-agravan/")
    assert found[0]["headline"] == "Las listas de espera se agravan"
    assert len(found) == 2 and found[1]["headline"]


# --- shapes, invented words --------------------------------------------------------------

def para(n: int) -> Block:
    return Block(f"Paragraph {n} of the report says what the council decided on the bridge. "
                 "The vote was close, and the mayor said the work would start in the spring.")


def card(date: str, title: str = "Watch the bridge open to traffic") -> list[Block]:
    return [Block("", kind=BlockKind.IMAGE, role=IMAGE),
            Block(title, kind=BlockKind.HEAD, level=2,
                  bold=True, link_only=True),
            Block(date, role=META, cruft_kind=MetaKind.DATE)]


def test_a_video_card_mid_story_is_furniture():
    blocks = [para(1), para(2), para(3), *card("Mar. 3, 202101:45"), para(4), para(5)]
    segments = split(blocks, "The council votes on the bridge")
    assert len(segments) == 1
    assert blocks[4].role == CRUFT


def test_a_linked_heading_over_a_plain_date_still_opens_a_story():
    """A blog's index of whole posts: each title a link over its date line."""
    blocks = [para(1), para(2), para(3), *card("Mar. 3, 2021"), para(4), para(5)]
    assert len(split(blocks, "The council votes on the bridge")) == 2


def test_teaser_cards_one_blurb_each_still_split():
    """An archive of video teasers: one blurb under each card, no story around them."""
    blocks = [*card("Mar. 3, 202101:45"), para(1),
              *card("Mar. 4, 202102:10", "Ferry crews strike over new rota"), para(2)]
    assert len(split(blocks)) == 2


def comments(dates: int) -> list[Block]:
    out = [Block("Comments (3)", kind=BlockKind.HEAD, level=2, bold=True),
           Block("Comments are the opinion of their writers, not of this site.",
                 kind=BlockKind.ITEM)]
    for n in range(3):
        if n < dates:
            out.append(Block(f"{n + 1} hours ago", role=META, cruft_kind=MetaKind.DATE))
        out.append(Block(f"What a decision, reader {n} says, and nobody asked us at all."))
    return out


def test_comments_under_their_heading_are_the_pages():
    blocks = [para(1), para(2), *comments(3)]
    segments = split(blocks, "The council votes on the bridge")
    assert len(segments) == 1
    assert [b.text for b in segments[0].text_blocks] == [para(1).text, para(2).text]
    assert blocks[2].cruft_kind == RemovedKind.CHROME


def test_a_comment_kicker_without_dates_takes_nothing_out():
    """An opinion section's "Comment" heading over prose: no comment dates, no thread."""
    blocks = [para(1), para(2), *comments(0)]
    split(blocks, "The council votes on the bridge")
    assert all(b.role == TEXT for b in blocks[3:])


def pictured_list(pictures: bool) -> list[Block]:
    out = [Block("© 2021 The Example Times", role=CRUFT, cruft_kind=RemovedKind.COPYRIGHT)]
    for n in range(5):
        if pictures:
            out.append(Block("", kind=BlockKind.IMAGE, role=IMAGE))
        out.append(Block(f"Teaser {n}: the markets moved again today, and here is why they "
                         "did so.", kind=BlockKind.ITEM))
    return out


def test_pictured_items_under_the_copyright_are_a_teaser_box():
    blocks = [para(1), para(2), para(3), *pictured_list(True)]
    segments = split(blocks, "The council votes on the bridge")
    assert len(segments) == 1
    assert all(b.role == CRUFT for b in blocks[3:] if b.kind == BlockKind.ITEM)


def test_a_list_without_pictures_under_the_copyright_is_left_as_it_was():
    blocks = [para(1), para(2), para(3), *pictured_list(False)]
    assert len(split(blocks, "The council votes on the bridge")) == 2
