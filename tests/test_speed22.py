"""Round 22's shortcuts in the page readers give the answers of what they stand for.

Each shortcut taken for speed (issue 14) is checked against the slower reading it
replaces: on small invented pages that reach its corners, and on the project's real
saved pages (``tests/fixtures/real``).
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.utils import decode_file

from normalizer.pages import permalink
from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import parse_html

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))


def _in_a_masthead_slowly(heading, index: PageIndex) -> bool:
    """The reading ``_in_marked_masthead`` stands for: ``heading`` is in the subtree of
    one of the page's mastheads."""
    return any(heading in m.iter() for m in permalink._mastheads(index))


@pytest.mark.parametrize(("markup", "inside"), [
    ("<html><body><header><h1>Site</h1></header><h1>Story</h1></body></html>",
     [True, False]),
    ("<html><body><article><header><h1>Story</h1></header></article></body></html>",
     [False]),
    ("<html><body><div role='banner'><article><header><h1>A</h1></header></article></div>"
     "</body></html>", [True]),
    ("<html><body><header><div><span><h1>Deep</h1></span></div></header></body></html>",
     [True]),
    ("<html><body><div class='Header'><h1>Boxed</h1></div>"
     "<div class='masthead'>Mon, 3 May</div><h1>Story</h1></body></html>", [False, False]),
    ("<html><body><div role='navigation banner'><h1>Not a banner</h1></div></body></html>",
     [False]),
    ("<html><body><main><section><h1>Plain</h1></section></main></body></html>", [False]),
])
def test_a_heading_in_a_masthead_is_told_from_its_ancestors(markup: str,
                                                           inside: list[bool]) -> None:
    """An ``<h1>`` stands in a masthead exactly when one of its ancestors is a
    ``<header>`` outside every ``<article>`` or has ``role="banner"``; a box classed as a
    masthead never holds an ``<h1>``, so it never counts."""
    tree = parse_html(markup)
    index = PageIndex(tree)
    headings = index.with_tags(frozenset(("h1",)))
    assert [permalink._in_marked_masthead(h) for h in headings] == inside
    assert [_in_a_masthead_slowly(h, index) for h in headings] == inside


def test_masthead_test_agrees_on_the_saved_pages() -> None:
    """On every saved page, every ``<h1>`` gets the same answer both ways (and some
    pages have one in a masthead)."""
    assert len(PAGES) > 150, "the real saved pages are missing"
    inside = 0
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(decode_file(gzip.decompress(data) if path.name.endswith(".gz")
                                      else data))
        if tree is None:
            continue
        index = PageIndex(tree)
        for h in index.with_tags(frozenset(("h1",))):
            fast = permalink._in_marked_masthead(h)
            assert fast == _in_a_masthead_slowly(h, index), (path.name, h.text)
            inside += fast
    assert inside >= 5, inside


@pytest.mark.parametrize("markup", [
    "<html><body><article><header><time datetime='2020-01-02'>x</time></header>"
    "<time datetime='2020-01-03'>not in a header</time>"
    "<header><div><header><time datetime='2020-01-04'>twice</time></header></div></header>"
    "<header><time>no datetime</time></header></article></body></html>",
    "<html><body><header><time datetime='2020-01-02'>page header</time></header>"
    "<article><p><time datetime='2020-01-05'>x</time></p></article></body></html>",
    "<html><body><article><header><time datetime='2020-01-02'>a</time></header></article>"
    "<article><header><time datetime='2020-01-06'>b</time></header></article></body></html>",
    "<html><body><time class='entry-date published' datetime='2020-02-01'>a</time>"
    "<time class='Published' datetime='2020-02-02'>b</time><time datetime='2020-02-03'>c"
    "</time><time class='published'>no datetime</time>"
    "<span class='published' datetime='2020-02-04'>d</span></body></html>",
    "<html><body><p>No times at all</p></body></html>",
])
def test_indexed_date_xpaths_answer_as_the_xpaths(markup: str) -> None:
    """Each date XPath read from the page's index gives the XPath's answer, in its order:
    only a ``<header>``'s times of the page's one ``<article>``, each once; only the
    ``<time>`` elements whose class has the part, with a ``datetime``."""
    tree = parse_html(markup)
    index = PageIndex(tree)
    for xp in permalink._INDEXED_DATE_XPATHS:
        assert permalink._date_hits(index, xp) == [str(v) for v in tree.xpath(xp)], xp


def test_indexed_date_xpaths_agree_on_the_saved_pages() -> None:
    """On every saved page the indexed readings give the XPaths' answers (and some pages
    have such dates)."""
    from normalizer.cues.markup import PAGE_DATE_XPATHS

    assert set(permalink._INDEXED_DATE_XPATHS) <= set(PAGE_DATE_XPATHS)
    found = 0
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(decode_file(gzip.decompress(data) if path.name.endswith(".gz")
                                      else data))
        if tree is None:
            continue
        index = PageIndex(tree)
        for xp in permalink._INDEXED_DATE_XPATHS:
            want = [str(v) for v in tree.xpath(xp)]
            assert permalink._date_hits(index, xp) == want, (path.name, xp)
            found += bool(want)
    assert found >= 5, found


def test_bench_aeb_reads_cpu_ratios_past_each_warm_up(monkeypatch) -> None:
    """``bench_aeb.cpu_ratios`` drops each repetition's warm-up calls and gives the
    median over repetitions of the median page ratio and of the totals' ratio."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_aeb

    warm = [9.0] * bench_aeb.WARM_UP_PAGES  # (never counted)
    cpu = {"tagwire": [*warm, 0.002, 0.003, 0.010, *warm, 0.002, 0.003, 0.010],
           "trafilatura": [*warm, 0.001, 0.002, 0.010, *warm, 0.001, 0.002, 0.010]}
    got = bench_aeb.cpu_ratios(cpu, pages=3, repeat=2)
    assert got == {"tagwire": 5.0, "trafilatura": 4.33, "median_page_ratio": 1.5,
                   "total_ratio": 1.154}
    assert "median page 1.50, totals 1.15" in bench_aeb.format_cpu(got)


_ROLL = ("<div><span>3 May 2021</span><span>2 May 2021</span><span>1 May 2021</span>"
         "<a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a></div>")


@pytest.mark.parametrize(("markup", "day", "only"), [
    (f"<html><body>{_ROLL}<p>Story text.</p></body></html>", "2021-05-03", True),
    (f"<html><body><p>3 May 2021</p>{_ROLL}</body></html>", "2021-05-03", False),
    (f"<html><body>{_ROLL}</body></html>", "2020-05-03", False),
    ("<html><body><p>Nothing dated 2021 here</p></body></html>", "2021-05-03", False),
])
def test_a_day_printed_only_in_rolls(markup: str, day: str, only: bool) -> None:
    """A day printed only among a roll's dated links is told as such, the same with the
    page's index (the year asked before each element's place in the tree) as without."""
    tree = parse_html(markup)
    latest = "2030-01-01"
    assert permalink._only_in_rolls(tree, day, latest, PageIndex(tree)) is only
    assert permalink._only_in_rolls(tree, day, latest, None) is only
