"""Shapes of real news pages the dump reading misread (issue 10, round 5): a headline the
cleaner took for a repeated link over its date, a desk's "Label - Outlet" credit line, a
picture's credit inside an article, readers' comments signed "NAME says:", a summary box
shown twice, a metadata box's label shown twice around its dates, and the page's own
name where its first line is a control. Every case runs a real page flattened by a
browser (``tests/fixtures/real/dumps``, origins in its ``SOURCES.md``, round 5) through
:func:`normalizer.pipeline.normalize_text`, or the rhythm's functions on its blocks."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import find_outlet, known_outlet, normalize_text
from normalizer.stories import page_sources, rhythm
from normalizer.stories.blocks import CRUFT, TEXT, Block, fold
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from normalizer.stories.split import is_story_end

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _lines(name: str) -> list[str]:
    return (DUMPS / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def _stories(name: str) -> list[dict]:
    return normalize_text((DUMPS / f"{name}.txt").read_text(encoding="utf-8"), name)["stories"]


def _marked(name: str):
    blocks = dump_blocks((DUMPS / f"{name}.txt").read_text(encoding="utf-8"))
    classify(blocks, dump=True)
    rhythm.mark_page(blocks, is_story_end)
    page_sources.mark_source_lines(blocks, known_outlet)
    return blocks


def test_a_headline_taken_for_a_repeated_link_heads_its_article():
    """Expressen shows its headline again in an audio player's title, Pravda in a
    "main stories" list, LRT in its ticker: the cleaner took the line over the date for a
    repeated link. The article under it is one story, headed by that line (line 14, 47
    and 44 of the dumps)."""
    for name, line in (("expressen-lundsberg-2025", 14), ("pravda-oask-2026", 47),
                       ("lrt-judas-2024", 44)):
        stories = _stories(name)
        assert len(stories) == 1, name
        assert stories[0]["headline"] == _lines(name)[line - 1].strip(), name


def test_a_desk_credit_line_names_the_source_and_opens_no_story():
    """NTV's "Haberler - Anadolu Ajansı" between the article's dates and its body: the
    agency the story is from, not the headline of a second story."""
    stories = _stories("ntv-golculer-2024")
    assert len(stories) == 1
    assert stories[0]["headline"] == _lines("ntv-golculer-2024")[4].strip()
    assert stories[0]["source"] == known_outlet("Anadolu Ajansı")
    # a label and a dash over no known outlet is no credit
    assert page_sources._DESK_CREDIT.match("Politics - Opinion")
    assert known_outlet("Opinion") is None


def test_a_pictures_credit_inside_an_article_ends_no_story():
    """Pravda's "Источник: ..." under a photo's name, twice inside the article: captions
    and credits, neither an end of the story nor its source."""
    stories = _stories("pravda-oask-2026")
    assert len(stories) == 1
    assert stories[0]["source"] == "Украинская правда"  # the © line, not the photo's source
    paragraphs = {fold(p) for p in stories[0]["text"].split("\n\n")}
    captions = [line.strip() for n, line in enumerate(_lines("pravda-oask-2026"))
                if line.startswith("Источник:") and n]
    assert captions and all(fold(c) not in paragraphs for c in captions)


def test_signed_comments_and_the_boxes_under_them_are_the_pages():
    """Daily Maverick: four comments "NAME says:" over their dates and "Log in to Reply",
    then a summary box and a cookie notice: no story of their own, no part of the
    article."""
    stories = _stories("dailymaverick-icj-2025")
    heads = [s["headline"] for s in stories]
    assert "Log in to Reply" not in heads
    article = next(s for s in stories if s["headline"] == _lines("dailymaverick-icj-2025")[69])
    assert "says:" not in article["text"] and "cookies" not in article["text"]
    assert article["source"] == "Daily Maverick"  # not "Follow us", not "Maverick"
    assert rhythm._SAYS.match("Ed Rybicki says:")
    assert not rhythm._SAYS.match("The minister says the plan is final.")


def test_a_box_shown_twice_is_no_story_text():
    """매일경제 shows its AI summary box twice above the article: neither copy is text."""
    lines = _lines("maeil-leejaemyung-2025")
    summary = [line.strip() for line in lines[117:122] if line.strip()]
    blocks = _marked("maeil-leejaemyung-2025")
    for line in summary:
        assert all(b.role == CRUFT for b in blocks if b.text == line), line


def test_a_metadata_boxs_label_opens_no_story():
    """NRK's "we report from" line, above and under the article's two date lines: the
    standfirst and the body are one story under the page's headline."""
    stories = _stories("nrk-retzius-2024")
    assert len(stories) == 1
    assert stories[0]["headline"] == _lines("nrk-retzius-2024")[1276].strip()


def test_the_pages_name_over_a_control_on_its_first_line():
    """A first line that is a control or an ad's label ("Hopp til innhold", "ANNONCE")
    yields to the name the page's chrome repeats."""
    for name, outlet in (("nrk-retzius-2024", "NRK"), ("jyllandsposten-bistro-2025",
                                                        "Jyllands-Posten")):
        blocks = _marked(name)
        assert page_sources.page_source(blocks, known_outlet, find_outlet) == outlet, name


def test_a_live_blogs_timed_entries_each_open_a_story():
    """Repubblica's live blog: every entry (a line that is only its clock time, a title,
    paragraphs) is a story headed by its title, the one under the key points' list too."""
    lines = [line.strip() for line in _lines("repubblica-live-gaza-2023")]
    body = [line for line in lines if line]
    titles = [body[k + 1] for k in range(len(body) - 2)
              if rhythm._CLOCK_LINE.match(body[k]) and len(body[k + 2].split()) > 12
              and not rhythm._CLOCK_LINE.match(body[k + 1])]
    heads = {s["headline"] for s in _stories("repubblica-live-gaza-2023")}
    assert len(titles) >= 70
    assert all(t in heads for t in titles)


def test_a_mega_menus_teasers_are_no_stories():
    """Stuttgart's mega menu: each section's featured item (title, lead, "mehr...") between
    the section's items and the next section's is the menu's; the news teasers stay."""
    heads = [s["headline"] for s in _stories("stuttgart-portal-2017")]
    assert _lines("stuttgart-portal-2017")[84].strip() not in heads  # a menu's teaser
    assert len(heads) >= 8  # the news teasers and the list's items


def test_a_read_on_link_names_the_source_and_ends_the_excerpt():
    """paris-luttes reposts an excerpt ending "Lire la suite sur X": X is its source; the
    box under the link ("Note", a link to other articles) is not its text."""
    lines = _lines("parisluttes-grenades-2019")
    story = next(s for s in _stories("parisluttes-grenades-2019")
                 if s["source"] and s["source"] in lines[102])
    assert lines[103].strip() not in story["text"].split("\n\n")



def test_a_credit_line_each_wire_story_repeats_is_no_layout_line():
    """A line shown four times is the layout's (an ad slot's notice), except a closing
    credit every wire story of a dump carries."""
    credit = "(Reporting by Jane Doe; Editing by John Roe)"
    notice = "Don't want to see this? Remove ads"
    blocks = [Block(text=t) for _ in range(4) for t in ("A paragraph of the story.", credit,
                                                        notice)]
    for b in blocks:
        b.mark(TEXT)
    rhythm._drop_repeated_lines(blocks, list(range(len(blocks))))
    assert all(b.role == TEXT for b in blocks if b.text == credit)
    assert all(b.role == CRUFT for b in blocks if b.text == notice)
