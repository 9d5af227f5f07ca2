"""The page side's speed steps (issue 14) give the answers of the code they replace.

Each step is checked on the project's real saved pages (``tests/fixtures/real``: the
posts, archives, stories and the broad set) against the slower form it stands for: the
class words split without a translation table, the ``<title>`` texts read from the page
index instead of ``//title/text()``, and the placed credits finding the page's own names
and outlets only when a credit needs them, against finding them first on every page.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import etree

import normalizer
from normalizer.pages import credits, permalink
from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import parse_html

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


@pytest.fixture(scope="module")
def trees() -> list[tuple[str, etree._Element]]:
    assert len(PAGES) > 150, "the real saved pages are missing"
    found = []
    for path in PAGES:
        tree = parse_html(_read(path))
        if tree is not None:
            found.append((str(path.relative_to(REAL)), tree))
    return found


def test_class_words_split_as_normalize_space_splits(trees) -> None:
    xml_space = str.maketrans("\t\n\r", "   ")
    for name, tree in trees:
        index = PageIndex(tree)
        slow = frozenset(" ".join(index._class_text.split("\0")).translate(xml_space)
                         .split(" "))
        for word in (*(slow - {""}), "post", "entry-title", "hentry", "post-title", "ent"):
            assert index._has_class_word(word) == (word in slow), (name, word)
        for token in ("post", "entry-title", "hentry", "post-title"):
            want = tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), "
                              f"' {token} ')]")
            assert index.with_class_token(token) == want, (name, token)


def test_title_texts_are_the_xpaths(trees) -> None:
    for name, tree in trees:
        want = [str(t) for t in tree.xpath("//title/text()")]
        assert permalink._title_texts(tree, PageIndex(tree)) == want, name


def _placed_eagerly(tree: etree._Element, record: dict, windows, start, lead=None) -> None:
    """fill_placed_sources with the page's names and outlets found first, before any
    credit asks for them (the lazy pass must give the same sources)."""
    stories = record["stories"]
    first, last = stories[0], stories[-1]
    page = credits._PageOwn(tree)
    page.site, page.outlets  # noqa: B018 - found before any credit asks
    header, footer = credits._placed_credits(windows[0] if not first["source"] else [],
                                             windows[1] if not last["source"] else [], page)
    if header and not first["source"]:
        first["source"] = header
    if footer and not last["source"]:
        last["source"] = footer
    if not first["source"]:
        lead = credits._lead(stories, start) if lead is None else lead
        first["source"] = credits._placed_credits(lead, [], page, lead=True)[0] \
            or credits._markup_credit(tree, page, lead[0] if lead else None)


def test_placed_credits_lazy_page_names_change_nothing(monkeypatch) -> None:
    """Every real page's record: the lazy pass gives the sources of the eager one."""
    seen: list[tuple[str, object, object]] = []
    lazy = credits.fill_placed_sources

    def both(tree, record, windows, start, lead=None) -> None:
        import copy

        eager_record = copy.deepcopy(record)
        before = [s["source"] for s in record["stories"]]
        _placed_eagerly(tree, eager_record, windows, start, lead)
        lazy(tree, record, windows, start, lead)
        after = [s["source"] for s in record["stories"]]
        seen.append((record["url"], after != before, after,
                     [s["source"] for s in eager_record["stories"]]))

    monkeypatch.setattr(credits, "fill_placed_sources", both)
    for path in PAGES:
        try:
            normalizer.normalize_page(_read(path), f"https://example.org/{path.stem}/")
        except normalizer.NormalizeError:
            continue
    assert len(seen) > 100
    assert sum(changed for _, changed, _, _ in seen) >= 3  # pages the pass gave a source
    for url, _, lazy_sources, eager_sources in seen:
        assert lazy_sources == eager_sources, url


def test_unions_in_document_order_as_xpath_gives_them(trees) -> None:
    """A union of index-answered paths, put in order by searching the element list for a
    few elements and by the map of places for more, is the XPath's answer."""
    from normalizer.cues.markup import PAGE_AUTHOR_XPATH

    exprs = (PAGE_AUTHOR_XPATH,
             "//*[contains(@class, 'title')] | //*[contains(@class, 'date')]",
             "//*[contains(@class, 'a')] | //*[contains(@class, 'e')]")  # many elements
    for name, tree in trees:
        for expr in exprs:
            assert PageIndex(tree).select(expr) == tree.xpath(expr), (name, expr)


def _may_list_posts_eagerly(tree, index: PageIndex, url: str) -> bool:
    """pipeline._may_list_posts as it was: every candidate listed, then counted."""
    from normalizer import pipeline
    from normalizer.cues import platforms

    candidates = [el for el in index.articles if not el.get("class")]
    candidates += [el for el, classes in index.classed
                   if el.tag in platforms.POST_CONTAINER_TAGS
                   or pipeline._CONTAINER_CLASS_NEEDLES.search(classes)]
    seen = 0
    for el in candidates:
        classes = el.get("class") or ""
        if (el.tag in platforms.POST_CONTAINER_TAGS
                or any(part in classes for part in platforms.POST_CONTAINER_CLASS_PARTS)
                or set(classes.split()) & set(platforms.POST_CONTAINER_CLASS_TOKENS)):
            seen += 1
            if seen >= 2:
                break
    else:
        return False
    from normalizer.pages.archive import may_be_listing

    return may_be_listing(tree, url)


def test_listing_precheck_stops_early_with_the_same_answer(trees) -> None:
    from normalizer import pipeline

    answers = []
    for name, tree in trees:
        url = f"https://example.org/{name}"
        fast = pipeline._may_list_posts(tree, PageIndex(tree), url)
        assert fast == _may_list_posts_eagerly(tree, PageIndex(tree), url), name
        answers.append(fast)
    assert True in answers and False in answers
