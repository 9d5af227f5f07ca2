"""Crawls of archives built from pages saved from real sites (not invented markup): a
classic Blogger blog whose listing shows excerpts, and a Tumblr blog whose listing shows
posts whole (no title, the permalink a "Permalink" link), served on 127.0.0.1 and crawled
end to end with ``scrapy crawl tagarchive``.

Each site is two real archive pages (their host rewritten to the local server, the second
page's own "older" link taken out so the crawl ends there) and, for Blogger, one post page
per listed post made from a real post page of the same blog with the listed title and
text put in. The pages and their origins are in ``tests/fixtures/real``.
"""
from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from httpserver import serve
from test_crawl import crawl

from normalizer.pages.archive import parse_archive

REAL = Path(__file__).parent / "fixtures" / "real"
# How the Blogger blog (French) prints a day: "samedi 27 avril 2013".
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
TEMPLATE_DAY = "samedi 27 avril 2013"


def _fr_day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def _localize(raw: bytes, origin: str) -> bytes:
    """The page with its own site's absolute links made root-relative."""
    return raw.replace(origin.encode(), b"/")


def _without(raw: bytes, pattern: str) -> bytes:
    out, n = re.subn(pattern.encode(), b"", raw, flags=re.S)
    assert n, f"the saved page no longer has {pattern!r}"
    return out


def _write(root: Path, path: str, data: bytes) -> None:
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _listing(raw: bytes, url: str) -> list[tuple[str, str, str | None, str | None]]:
    """(path, title, date, body html) of each post a saved page lists, read by the parser
    (the archives' own gold checks the parser on these pages)."""
    page = parse_archive(raw, url)
    return [(urlsplit(p.url).path, p.title or "", p.published, p.content_html)
            for p in page.posts]


@pytest.fixture(scope="module")
def blogger_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple]]:
    origin = "http://www.lafuiteautourdumonde.com/"
    root = tmp_path_factory.mktemp("blogger")
    first = _localize((REAL / "archives" / "lafuite-blogger-home.html").read_bytes(), origin)
    second = _localize((REAL / "archives" / "lafuite-blogger-year-2012.html").read_bytes(), origin)
    second = _without(second, r"<a class='blog-pager-older-link'.*?</a>")
    # The saved year page links its posts relative to /2012/: serve it there and let the
    # home page's older link (a /search?updated-max=... query) lead to it.
    first = re.sub(rb"(class='blog-pager-older-link' href=')[^']*", rb"\1/2012/", first)
    _write(root, "/", first)
    _write(root, "/2012/", second)
    template = (REAL / "posts" / "lafuite-le-premier-chapitre-est-acheve.html").read_bytes()
    template = _localize(template, origin).decode("utf-8")
    posts: dict[str, tuple] = {}
    for raw, url in ((first, "http://127.0.0.1/"), (second, "http://127.0.0.1/2012/")):
        for path, title, published, body in _listing(raw, url):
            posts.setdefault(path, (title, published))
            assert published, f"the saved listing dates {path}"
            page = template.replace("Le premier chapitre est achevé!", html.escape(title))
            page = page.replace(TEMPLATE_DAY, _fr_day(published)).replace(
                TEMPLATE_DAY.split(" ", 1)[1], _fr_day(published).split(" ", 1)[1])
            doc = lxml.html.document_fromstring(page)
            holder = doc.find_class("post-body")[0]
            for child in list(holder):
                holder.remove(child)
            holder.text = None
            holder.append(lxml.html.fragment_fromstring(body or "<div></div>"))
            _write(root, path, lxml.html.tostring(doc, encoding="utf-8", doctype="<!DOCTYPE html>"))
    return root, posts


@pytest.fixture(scope="module")
def tumblr_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple]]:
    origin = "http://blog.toffeemilkshake.co.uk/"
    root = tmp_path_factory.mktemp("tumblr")
    first = _localize((REAL / "archives" / "toffeemilkshake-tumblr-home.html").read_bytes(), origin)
    second = _localize((REAL / "archives" / "toffeemilkshake-tumblr-page2.html").read_bytes(),
                       origin)
    second = _without(second, r'<a[^>]*href="/page/3"[^>]*>.*?</a>')
    _write(root, "/", first)
    _write(root, "/page/2/", second)
    posts = {}
    for raw, url in ((first, "http://127.0.0.1/"), (second, "http://127.0.0.1/page/2/")):
        for path, title, published, _ in _listing(raw, url):
            posts.setdefault(path, (title, published))
    return root, posts


def test_blogger_classic_excerpts_are_read_from_each_permalink_once(
        tmp_path: Path, blogger_site: tuple[Path, dict[str, tuple]]) -> None:
    root, posts = blogger_site
    assert len(posts) >= 20  # 7 on the home page, 20 on the second, some on both
    with serve(root) as server:
        c = crawl(tmp_path, "-a", f"url={server.url('/')}")
        hits = server.hits()
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(posts), "every listed post, exactly once"
    assert all(hits.get(p) == 1 for p in posts), "each excerpt's permalink fetched once"
    assert c.summary["pages"]["archive"] == 2
    by_path = {urlsplit(r["url"]).path: r for r in c.records}
    for path, (_title, published) in posts.items():
        assert by_path[path]["published"] == published


def test_tumblr_posts_shown_whole_need_no_permalink(
        tmp_path: Path, tumblr_site: tuple[Path, dict[str, tuple]]) -> None:
    root, posts = tumblr_site
    assert len(posts) == 20
    with serve(root) as server:
        c = crawl(tmp_path, "-a", f"url={server.url('/')}")
        hits = server.hits()
    assert c.rc == 0, c.log
    assert not [p for p in hits if p.startswith("/post/")], "Tumblr lists posts whole"
    assert c.summary["pages"]["archive"] == 2 and c.summary["posts_from_archive"] == 20
    # Photo and video posts carry no story text: the normalizer rejects them, by name.
    rejected = [urlsplit(r["source"]).path for r in c.rejects]
    assert all(r["errors"] == ["normalizer: no story text found"] for r in c.rejects)
    assert sorted(c.paths + rejected) == sorted(posts), "every listed post, exactly once"
    # The text posts become records; a video post's "Permalink" line is no story.
    assert len(c.paths) >= 4
    assert not [s for r in c.records for s in r["stories"] if s["text"] == "Permalink"]
    by_path = {urlsplit(r["url"]).path: r for r in c.records}
    assert all(r["published"] == posts[p][1] for p, r in by_path.items())
