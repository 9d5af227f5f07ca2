"""Which archive addresses are numbered pages, which next link is the next number, what
a numbered pager says of the last page, and how :class:`PagesAhead` hands a page
requested ahead to its chain (``crawler.pagination``)."""
from __future__ import annotations

import pytest

from crawler.pagination import PagesAhead, next_in_sequence, numbered, pager_last


@pytest.mark.parametrize(("url", "number", "page_9"), [
    ("https://b.example/tag/x/page/3/", 3, "https://b.example/tag/x/page/9/"),
    ("https://b.example/tagged/x/page/2", 2, "https://b.example/tagged/x/page/9"),  # Tumblr
    ("https://b.example/?tag=x&paged=4", 4, "https://b.example/?tag=x&paged=9"),
    ("https://b.example/news?page=2&sort=new", 2, "https://b.example/news?page=9&sort=new"),
    ("https://b.example/page/12/", 12, "https://b.example/page/9/"),
])
def test_a_numbered_page_and_its_siblings(url: str, number: int, page_9: str) -> None:
    page = numbered(url)
    assert page is not None and page.number == number and page.page(9) == page_9
    assert numbered(page_9).archive == page.archive  # type: ignore[union-attr]


@pytest.mark.parametrize("url", [
    "https://b.example/tag/x/",
    "https://b.example/search/label/Trade?updated-max=2024-03-01T09:15:00%2B01:00",
    "https://b.example/2024/03/page-one-of-the-plan/",
    "https://b.example/?tag=x&pages=3",
])
def test_addresses_that_are_no_numbered_page(url: str) -> None:
    assert numbered(url) is None


@pytest.mark.parametrize(("here", "following", "number"), [
    ("https://b.example/tag/x/", "https://b.example/tag/x/page/2/", 2),
    ("https://b.example/tag/x", "https://b.example/tag/x/page/2/", 2),
    ("https://b.example/tag/x/page/2/", "https://b.example/tag/x/page/3/", 3),
    ("https://b.example/?tag=x", "https://b.example/?tag=x&paged=2", 2),
    ("https://b.example/?tag=x&paged=7", "https://b.example/?tag=x&paged=8", 8),
    # not the next number, or another archive: read page by page
    ("https://b.example/tag/x/page/2/", "https://b.example/tag/x/page/4/", None),
    ("https://b.example/tag/x/", "https://b.example/tag/y/page/2/", None),
    ("https://b.example/tag/x/", "https://b.example/tag/x/page/3/", None),
    ("https://b.example/tag/x/page/3/", "https://b.example/tag/x/", None),
    ("https://b.example/tag/x/page/2/", "https://other.example/tag/x/page/3/", None),
])
def test_the_next_link_is_the_next_number(here: str, following: str,
                                          number: int | None) -> None:
    found = next_in_sequence(here, following)
    assert (found.number if found else None) == number


BASE = "https://b.example/tag/x/"
FOLLOWING = numbered(BASE + "page/2/")


@pytest.mark.parametrize(("html", "last"), [
    # WordPress paginate_links: the last page is shown
    ('<span class="page-numbers current">1</span> <a class="page-numbers" '
     'href="/tag/x/page/2/">2</a> <span class="dots">&hellip;</span> <a class="page-numbers" '
     'href="/tag/x/page/57/">57</a> <a class="next page-numbers" href="/tag/x/page/2/">Next</a>',
     57),
    # Twenty Fifteen's screen-reader text before the number
    ('<a class="page-numbers" href="https://b.example/tag/x/page/2/"><span class="meta-nav '
     'screen-reader-text">Page </span>2</a><a class="page-numbers" href="/tag/x/page/3/">'
     '<span class="meta-nav screen-reader-text">Page </span>3</a>', 3),
    # only an older link: how many pages there are is not said
    ('<div class="alignleft"><a href="/tag/x/page/2/">&laquo; Older Entries</a></div>', None),
    # another archive's pager says nothing of this one
    ('<a href="/tag/y/page/2/">2</a><a href="/tag/y/page/9/">9</a>', None),
])
def test_what_a_pager_says_of_the_last_page(html: str, last: int | None) -> None:
    assert FOLLOWING is not None
    assert pager_last(html, BASE, FOLLOWING) == last


def _ahead(n: int = 3) -> PagesAhead:
    return PagesAhead(n, lambda request: request.url.encode())


class _Req:
    def __init__(self, url: str) -> None:
        self.url = url


def test_a_page_that_comes_before_its_turn_waits_for_the_page_before_it() -> None:
    ahead = _ahead()
    key = ahead.key(_Req(BASE + "page/4/"))
    assert ahead.register(key, "x", 4) and not ahead.register(key, "x", 4)
    assert ahead.arrived(key, "response 4") is None, "held: page 3 has not asked yet"
    entry = ahead.want(key, 4, [["a"]])
    assert entry is not None and entry.arrived and entry.result == "response 4"
    assert ahead.want(key, 4, []) is None, "taken: asked again, it goes the usual way"


def test_a_page_asked_for_before_it_comes_is_read_when_it_comes() -> None:
    ahead = _ahead()
    key = ahead.key(_Req(BASE + "page/5/"))
    ahead.register(key, "x", 5)
    entry = ahead.want(key, 5, [["w"]])
    assert entry is not None and not entry.arrived
    assert ahead.want(key, 5, []) is None, "a second chain asking for it goes the usual way"
    assert ahead.arrived(key, "response 5") == (5, [["w"]])


def test_a_chain_that_stops_lets_go_of_its_pages_beyond() -> None:
    ahead = _ahead()
    keys = {n: ahead.key(_Req(f"{BASE}page/{n}/")) for n in (6, 7, 8)}
    for n, key in keys.items():
        ahead.register(key, "x", n)
    ahead.arrived(keys[6], "response 6")
    ahead.release("x", 5)
    assert ahead.unused == 1, "the page that came is dropped at once"
    assert ahead.arrived(keys[7], "response 7") is None and ahead.unused == 2
    assert ahead.close() == 3 and ahead.requested == 3


@pytest.mark.parametrize(("page_no", "last", "limit", "numbers"), [
    (1, None, None, []),          # a chain earns its pages ahead: none at first
    (2, None, None, []),
    (3, None, None, [5]),
    (4, None, None, [6, 7]),
    (9, None, None, [11, 12, 13]),
    (9, 11, None, [11]),          # never past the pager's last page
    (9, None, 12, [11, 12]),      # nor past ARCHIVE_PAGES_MAX / max_pages (positions)
])
def test_how_many_pages_are_requested_ahead(page_no: int, last: int | None,
                                            limit: int | None, numbers: list[int]) -> None:
    following = numbered(f"{BASE}page/{page_no + 1}/")
    assert following is not None
    planned = _ahead().plan(following, page_no, last, limit)
    assert [numbered(url).number for url, _ in planned] == numbers  # type: ignore[union-attr]
    assert [position for _, position in planned] == numbers


@pytest.mark.parametrize(("settings", "ahead"), [
    ({}, 3),
    ({"ARCHIVE_PAGES_AHEAD": 5}, 5),
    ({"ARCHIVE_PAGES_AHEAD": 0}, 0),
    # a page held in memory for its turn would be lost to a resume, or to another worker
    ({"JOBDIR": "job"}, 0),
    ({"REDIS_URL": "redis://127.0.0.1:1/0"}, 0),
])
def test_pages_ahead_only_where_a_page_can_wait_for_its_turn(
        monkeypatch: pytest.MonkeyPatch, settings: dict, ahead: int) -> None:
    from scrapy.utils.test import get_crawler

    from crawler.spiders.tagarchive import pages_ahead

    monkeypatch.delenv("TAGWIRE_REDIS_URL", raising=False)
    assert pages_ahead(get_crawler(settings_dict=settings)) == ahead
