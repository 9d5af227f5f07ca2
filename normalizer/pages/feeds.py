"""Posts from a blog's feeds: RSS 2.0, Atom, and Blogger's label feeds (Atom or ``alt=json``).

A platform publishes the same posts as its archive pages, as data: each item has the
post's permalink, title, date, author, tags and, when the site is set to "full text",
the whole content HTML (RSS ``content:encoded``, Atom ``<content>``). When a feed carries
only summaries, :attr:`FeedPost.summary_only` says so and the crawler fetches the
permalinks. Pure functions, no Scrapy, no network: bytes and the URL in, a
:class:`FeedPage` out, or :class:`FeedError` naming the URL (a truncated or broken feed
must make the crawler fall back, never lose posts silently).

Paging: Blogger and Atom feeds that page say so with ``<link rel="next">``;
WordPress's RSS does not, and is paged with ``paged=N`` (:func:`wordpress_feed_page`).
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

# ----------------------------------------------------------------------------- data

#: XML namespaces of the elements read here.
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "opensearch": "http://a9.com/-/spec/opensearchrss/1.0/",
    "opensearch11": "http://a9.com/-/spec/opensearch/1.1/",
}
#: MIME types a feed is served with (and announced with in a page's <link rel=alternate>).
FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/rdf+xml": "rss",
}
#: Content types that may still hold a feed (sites serve RSS as text/xml and worse).
XMLISH_TYPES = ("xml", "rss", "atom")
#: Blogger's category scheme for labels (other schemes are kinds, not labels).
BLOGGER_LABEL_SCHEME = "http://www.blogger.com/atom/ns#"
#: Category schemes that are never tags (Google Data "kind" markers).
KIND_SCHEMES = ("http://schemas.google.com/g/2005#kind",)
#: How many posts one Blogger feed request asks for (Blogger's maximum is 500; 150 keeps
#: responses small enough to parse quickly).
BLOGGER_MAX_RESULTS = 150
#: A Blogger label page: /search/label/NAME (and ?max-results=, ?updated-max=).
BLOGGER_LABEL_PATH = re.compile(r"^/search/label/(?P<label>[^/?#]+)/?$")

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                              remove_blank_text=False)


class FeedError(ValueError):
    """The response is not a usable feed; the message names the URL and why."""


@dataclass(frozen=True)
class FeedPost:
    url: str                       # the post's permalink
    title: str | None
    published: str | None          # ISO 8601 with its offset, as the feed gave it
    updated: str | None
    author: str | None
    tags: tuple[str, ...]          # every category/label the item lists
    content_html: str              # the full content, or the summary when summary_only
    summary_only: bool             # the feed gave a summary only: fetch the permalink
    guid: str | None = None


@dataclass(frozen=True)
class FeedPage:
    kind: str                      # "rss", "atom" or "blogger-json"
    url: str
    title: str | None
    posts: list[FeedPost] = field(default_factory=list)
    next_url: str | None = None    # the feed's own next link (Atom, Blogger)
    total: int | None = None       # all posts of the feed, when it says (Blogger)
    generator: str | None = None   # "WordPress", "Blogger", ...

    @property
    def full_text(self) -> bool:
        """True when every post comes with its full content."""
        return bool(self.posts) and not any(p.summary_only for p in self.posts)


# ----------------------------------------------------------------------------- dates

def _iso(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat()


def rfc822_date(text: str | None) -> str | None:
    """``Thu, 28 Mar 2024 18:00:00 +0000`` -> ``2024-03-28T18:00:00+00:00``."""
    if not text or not text.strip():
        return None
    try:
        return _iso(parsedate_to_datetime(text.strip()))
    except (TypeError, ValueError, IndexError):
        return iso_date(text)


def iso_date(text: str | None) -> str | None:
    """An Atom/Blogger date (``2024-03-28T18:00:00Z``, ``...00.000-07:00``) in ISO 8601."""
    if not text or not text.strip():
        return None
    value = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.microsecond:
        dt = dt.replace(microsecond=0)
    return _iso(dt)


# ----------------------------------------------------------------------------- sniffing

def looks_like_feed(body: bytes | str, content_type: str | None = None) -> str | None:
    """Which kind of feed ``body`` seems to be ("rss", "atom", "blogger-json"), or None.

    Looks at the first bytes, not just the header: servers label feeds text/html or
    text/xml, and an HTML error page may come with a feed's content type."""
    head = (body[:2048].decode("utf-8", "replace") if isinstance(body, bytes)
            else body[:2048]).lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "blogger-json" if '"feed"' in head else None
    low = head.lower()
    if "<rss" in low or "<rdf:rdf" in low:
        return "rss"
    if "<feed" in low:
        return "atom"
    return None


# ----------------------------------------------------------------------------- parsing

def parse_feed(body: bytes | str, url: str, content_type: str | None = None) -> FeedPage:
    """The posts of one feed response. Raises FeedError (naming ``url``) for anything
    that is not a complete feed: HTML, broken or truncated XML, JSON without a feed."""
    kind = looks_like_feed(body, content_type)
    if kind is None:
        what = (content_type or "unknown type").split(";")[0]
        raise FeedError(f"{url}: not a feed ({what}, starts {_start(body)!r})")
    if kind == "blogger-json":
        return _parse_blogger_json(body, url)
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if isinstance(body, str):
        raw = re.sub(rb"^\s*<\?xml[^>]*\?>", b"", raw)  # a str has no byte encoding left
    try:
        root = etree.fromstring(raw.lstrip(b"\xef\xbb\xbf \t\r\n"), _XML_PARSER, base_url=url)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"{url}: broken or truncated feed: {exc}") from None
    tag = etree.QName(root).localname.lower()
    if tag == "rss" or tag == "rdf":
        return _parse_rss(root, url)
    if tag == "feed":
        return _parse_atom(root, url)
    raise FeedError(f"{url}: XML but not a feed (root element <{tag}>)")


def _start(body: bytes | str) -> str:
    text = body[:60].decode("utf-8", "replace") if isinstance(body, bytes) else body[:60]
    return " ".join(text.split())


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    value = "".join(el.itertext()).strip()
    return value or None


def _plain_title(value: str | None) -> str | None:
    """Titles come entity-escaped and sometimes with markup; readers want text."""
    if not value:
        return None
    value = re.sub(r"<[^>]+>", "", html.unescape(value))
    return " ".join(value.split()) or None


def _parse_rss(root: etree._Element, url: str) -> FeedPage:
    channel = root.find("channel")
    if channel is None:  # RSS 1.0 (RDF): items beside the channel
        channel = root
    items = channel.findall("item") or root.findall("{*}item")
    posts = []
    for n, item in enumerate(items, start=1):
        link = _text(item.find("link")) or _text(item.find("{*}link"))
        guid = item.find("guid")
        if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
            link = _text(guid)
        if not link:
            raise FeedError(f"{url}: item {n} has no link")
        full = _text(item.find("content:encoded", NS))
        summary = _text(item.find("description")) or _text(item.find("{*}description"))
        date = (rfc822_date(_text(item.find("pubDate")))
                or iso_date(_text(item.find("dc:date", NS))))
        author = _text(item.find("dc:creator", NS)) or _text(item.find("author"))
        tags = tuple(t for t in (_text(c) for c in item.findall("category")) if t)
        posts.append(FeedPost(
            url=urljoin(url, link), title=_plain_title(_text(item.find("title"))),
            published=date, updated=None, author=author, tags=_unique(tags),
            content_html=full or summary or "", summary_only=not full,
            guid=_text(guid)))
    title = _plain_title(_text(channel.find("title")))
    generator = _text(channel.find("generator"))
    return FeedPage(kind="rss", url=url, title=title, posts=posts,
                    next_url=_atom_next(channel, url), generator=_generator_name(generator))


def _atom_next(parent: etree._Element, url: str) -> str | None:
    for link in parent.findall("atom:link", NS):
        if link.get("rel") == "next" and link.get("href"):
            return urljoin(url, link.get("href"))
    return None


def _parse_atom(root: etree._Element, url: str) -> FeedPage:
    ns = {"a": root.nsmap.get(None) or NS["atom"]}
    posts = []
    for n, entry in enumerate(root.findall("a:entry", ns), start=1):
        link = None
        for candidate in entry.findall("a:link", ns):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("type") in (
                    None, "text/html"):
                link = candidate.get("href")
                break
        if not link:
            raise FeedError(f"{url}: entry {n} has no alternate link")
        content_el = entry.find("a:content", ns)
        summary_el = entry.find("a:summary", ns)
        full = _atom_html(content_el)
        summary = _atom_html(summary_el)
        tags = tuple(c.get("term", "").strip() for c in entry.findall("a:category", ns)
                     if c.get("term") and c.get("scheme") not in KIND_SCHEMES)
        author = _text(entry.find("a:author/a:name", ns))
        posts.append(FeedPost(
            url=urljoin(url, link), title=_plain_title(_atom_title(entry.find("a:title", ns))),
            published=iso_date(_text(entry.find("a:published", ns))),
            updated=iso_date(_text(entry.find("a:updated", ns))), author=author,
            tags=_unique(tags), content_html=full or summary or "", summary_only=not full,
            guid=_text(entry.find("a:id", ns))))
    next_url = None
    for link in root.findall("a:link", ns):
        if link.get("rel") == "next" and link.get("href"):
            next_url = urljoin(url, link.get("href"))
    total = (_int(_text(root.find("opensearch:totalResults", NS)))
             or _int(_text(root.find("opensearch11:totalResults", NS))))
    return FeedPage(kind="atom", url=url, title=_plain_title(_atom_title(root.find("a:title", ns))),
                    posts=posts, next_url=next_url, total=total,
                    generator=_generator_name(_text(root.find("a:generator", ns))))


def _atom_title(el: etree._Element | None) -> str | None:
    value = _text(el)
    if value and el is not None and el.get("type") == "text":
        return html.escape(value, quote=False)  # _plain_title unescapes once
    return value


def _atom_html(el: etree._Element | None) -> str:
    """Atom content as HTML: type=html is escaped HTML (already unescaped by the parser),
    xhtml is markup inside a div, text is text."""
    if el is None:
        return ""
    kind = el.get("type", "text")
    if kind == "xhtml":
        div = el[0] if len(el) else el
        inner = (div.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in div)
        return re.sub(r'\sxmlns(:\w+)?="[^"]*"', "", inner).strip()
    value = "".join(el.itertext()).strip()
    if kind == "text":
        return "".join(f"<p>{html.escape(p)}</p>" for p in value.split("\n\n") if p.strip())
    return value


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _generator_name(value: str | None) -> str | None:
    if not value:
        return None
    low = value.lower()
    for name in ("WordPress", "Blogger"):
        if name.lower() in low:
            return name
    return value.strip()


# ----------------------------------------------------------------------------- Blogger JSON

def _t(node: object) -> str | None:
    """Blogger's JSON wraps values as {"$t": value}."""
    if isinstance(node, dict):
        value = node.get("$t")
        return str(value) if value is not None else None
    return None


def _parse_blogger_json(body: bytes | str, url: str) -> FeedPage:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"{url}: broken or truncated JSON feed: {exc}") from None
    feed = data.get("feed") if isinstance(data, dict) else None
    if not isinstance(feed, dict):
        raise FeedError(f"{url}: JSON without a 'feed' object")
    posts = []
    for n, entry in enumerate(feed.get("entry") or [], start=1):
        if not isinstance(entry, dict):
            raise FeedError(f"{url}: entry {n} is not an object")
        link = next((lk.get("href") for lk in entry.get("link") or []
                     if isinstance(lk, dict) and lk.get("rel") == "alternate"), None)
        if not link:
            raise FeedError(f"{url}: entry {n} has no alternate link")
        content = entry.get("content") if isinstance(entry.get("content"), dict) else None
        summary = entry.get("summary") if isinstance(entry.get("summary"), dict) else None
        full = _t(content) or ""
        if full and content and content.get("type") == "text":
            full = "".join(f"<p>{html.escape(p)}</p>" for p in full.split("\n\n") if p.strip())
        short = _t(summary) or ""
        authors = entry.get("author") or []
        author = _t(authors[0].get("name")) if authors and isinstance(authors[0], dict) else None
        tags = tuple(c.get("term", "").strip() for c in entry.get("category") or []
                     if isinstance(c, dict) and c.get("term")
                     and c.get("scheme", BLOGGER_LABEL_SCHEME) not in KIND_SCHEMES)
        title = _t(entry.get("title"))
        if title and (entry.get("title") or {}).get("type") == "text":
            title = html.escape(title, quote=False)
        posts.append(FeedPost(
            url=urljoin(url, link), title=_plain_title(title),
            published=iso_date(_t(entry.get("published"))),
            updated=iso_date(_t(entry.get("updated"))), author=author, tags=_unique(tags),
            content_html=full or short, summary_only=not full, guid=_t(entry.get("id"))))
    next_url = next((lk.get("href") for lk in feed.get("link") or []
                     if isinstance(lk, dict) and lk.get("rel") == "next"), None)
    return FeedPage(kind="blogger-json", url=url, title=_plain_title(_t(feed.get("title"))),
                    posts=posts, next_url=urljoin(url, next_url) if next_url else None,
                    total=_int(_t(feed.get("openSearch$totalResults"))),
                    generator=_generator_name(_t(feed.get("generator"))))


# ----------------------------------------------------------------------------- URLs

def _with_query(url: str, **params: object) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k not in params]
    query += [(k, str(v)) for k, v in params.items() if v is not None]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def wordpress_feed_page(feed_url: str, page: int) -> str:
    """Page ``page`` of a WordPress feed: ``/tag/x/feed/?paged=2``, ``?tag=x&feed=rss2&paged=2``."""
    return _with_query(feed_url, paged=page if page > 1 else None)


def blogger_label(url: str) -> str | None:
    """The label of a Blogger label page URL (``/search/label/Trade`` -> ``Trade``)."""
    match = BLOGGER_LABEL_PATH.match(urlsplit(url).path)
    return match.group("label") if match else None


def blogger_label_feed(url: str, *, alt: str = "json", start_index: int = 1,
                       max_results: int = BLOGGER_MAX_RESULTS) -> str | None:
    """The label feed of a Blogger label page: ``/feeds/posts/default/-/LABEL?alt=json``
    (``alt="atom"`` for Atom), paged by ``start-index``; None when ``url`` is no label page."""
    label = blogger_label(url)
    if label is None:
        return None
    parts = urlsplit(url)
    feed = urlunsplit((parts.scheme, parts.netloc, f"/feeds/posts/default/-/{label}", "", ""))
    return _with_query(feed, alt=alt if alt != "atom" else None,
                       **{"start-index": start_index if start_index > 1 else None,
                          "max-results": max_results})


@dataclass(frozen=True)
class FeedLink:
    kind: str          # "rss" or "atom"
    href: str
    title: str | None


def feed_links(head_links: list[dict[str, str]], base_url: str) -> list[FeedLink]:
    """The feeds a page announces, from its ``<link rel="alternate" type=...>`` elements
    (as attribute dicts, see :func:`normalizer.pages.wp_rest.head_links`)."""
    found = []
    for link in head_links:
        rels = link.get("rel", "").lower().split()
        kind = FEED_TYPES.get(link.get("type", "").lower().split(";")[0].strip())
        if "alternate" in rels and kind and link.get("href"):
            found.append(FeedLink(kind, urljoin(base_url, link["href"]), link.get("title")))
    return found
