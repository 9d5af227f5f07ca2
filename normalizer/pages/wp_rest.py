"""WordPress's REST API as a source of posts: discovery, URL planning, parsing.

Every WordPress since 4.7 answers ``/wp-json/wp/v2/posts?tags=ID&per_page=100`` (or, with
plain permalinks, ``/?rest_route=/wp/v2/posts&tags=ID``) with each post's full content
HTML, title, dates, permalink, author and terms: 100 posts a request instead of one
archive page of ten plus a permalink request per excerpt. An archive page announces it in
its ``<head>`` and HTTP headers::

    <link rel="https://api.w.org/" href="https://blog.example/wp-json/" />
    <link rel="alternate" type="application/json"
          href="https://blog.example/wp-json/wp/v2/tags/7" />

Pure functions (no Scrapy, no network): :func:`discover` reads a page's head and headers,
:func:`archive_term` maps an archive URL the user gave (pretty ``/tag/x/``,
``/category/a/b/``, ``/author/x/``, plain ``?tag=x``, ``?cat=N``, ``?author=N``) to its
term, :func:`posts_url` builds the listing request, :func:`parse_posts` reads the answer
or raises :class:`RestError` naming the URL (HTML instead of JSON, an error object, a
truncated body) so that the crawler falls back to the next source.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

# ----------------------------------------------------------------------------- data

#: The link relation WordPress uses for its API root (head <link> and Link: header).
API_REL = "https://api.w.org/"
#: Archive kinds and how each maps to the REST API: the collection that holds the term,
#: and the posts query parameter that filters by it.
TERM_KINDS: dict[str, tuple[str, str]] = {
    "tag": ("tags", "tags"),
    "category": ("categories", "categories"),
    "author": ("users", "author"),
}
#: Archive kinds whose HTML archive includes the posts of child terms.
INCLUDE_CHILDREN_KINDS = ("category",)
#: REST collections back to archive kinds (from an alternate link's route).
COLLECTION_KINDS = {collection: kind for kind, (collection, _) in TERM_KINDS.items()}
#: Pretty archive paths: /tag/SLUG/, /category/PARENT/CHILD/, /author/SLUG/, optionally
#: with /page/N/ after them and a language or blog prefix before them.
PRETTY_ARCHIVE = re.compile(
    r"/(?P<kind>tag|category|author)/(?P<slug>[^?#]+?)/?(?:page/\d+/?)?$")
#: Plain-permalink query parameters: name -> (kind, holds an id rather than a slug).
PLAIN_ARCHIVE_PARAMS: dict[str, tuple[str, bool]] = {
    "tag": ("tag", False), "tag_id": ("tag", True),
    "cat": ("category", True), "category_name": ("category", False),
    "author": ("author", True), "author_name": ("author", False),
}
#: Post fields asked for (``_fields``): only what a record needs. ``_links`` and
#: ``_embedded`` carry the author's and terms' names (``_embed``), so no request is
#: spent resolving ids to names.
POST_FIELDS = ("id", "link", "date", "date_gmt", "modified_gmt", "title", "content",
               "author", "tags", "categories", "_links", "_embedded")
POST_EMBED = "author,wp:term"
#: The API's page size limit (``per_page`` may not exceed 100).
MAX_PER_PAGE = 100

_LINK_TAG = re.compile(r"<link\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_META_TAG = re.compile(r"<meta\b([^>]*)>", re.I)
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.I)


class RestError(ValueError):
    """The REST response is not a usable posts listing; the message names the URL."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


# ----------------------------------------------------------------------------- discovery

def head_links(page: str | bytes, limit: int = 300_000) -> list[dict[str, str]]:
    """Attributes of every ``<link>`` element in the page's head (lower-case names,
    entities decoded). A regex over the head only: cheap on any page size."""
    text = page[:limit].decode("utf-8", "replace") if isinstance(page, bytes) else page[:limit]
    end = _HEAD_END.search(text)
    head = text[:end.start()] if end else text
    links = []
    for match in _LINK_TAG.finditer(head):
        attrs = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(match.group(1))}
        links.append(attrs)
    return links


def link_header(values: Iterable[str | bytes]) -> list[dict[str, str]]:
    """RFC 8288 ``Link:`` header values as attribute dicts (``href``, ``rel``, ``type``)."""
    links = []
    for value in values:
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        for part in re.finditer(r"<([^>]*)>([^<]*)", text):
            attrs = {"href": part.group(1).strip()}
            for m in re.finditer(r';\s*([\w*-]+)\s*=\s*(?:"([^"]*)"|([^;,\s]+))', part.group(2)):
                attrs[m.group(1).lower()] = m.group(2) if m.group(2) is not None else m.group(3)
            links.append(attrs)
    return links


@dataclass(frozen=True)
class Discovery:
    """What an archive page says about the platform behind it."""
    url: str
    api_root: str | None = None          # https://blog.example/wp-json/ or .../?rest_route=/
    term_url: str | None = None          # the archive's own REST resource (tag/category/user)
    feeds: tuple[tuple[str, str], ...] = ()   # (kind, href) the page announces, in order
    generator: str | None = None         # "WordPress 6.1.9", "Blogger", ...
    links: tuple[dict[str, str], ...] = field(default=(), repr=False)

    @property
    def is_wordpress(self) -> bool:
        return bool(self.api_root) or (self.generator or "").lower().startswith("wordpress")

    @property
    def term(self) -> tuple[str, int] | None:
        """(kind, id) from the page's own REST link, e.g. ("tag", 7)."""
        return term_from_rest_url(self.term_url) if self.term_url else None


def discover(page: str | bytes, url: str,
             link_headers: Iterable[str | bytes] = ()) -> Discovery:
    """Read the API root, the archive's REST resource and the feeds from a page's head
    and its ``Link:`` headers (WordPress sends both; either may be stripped)."""
    links = link_header(link_headers) + head_links(page)
    api_root = term_url = None
    feeds: list[tuple[str, str]] = []
    for link in links:
        rels = link.get("rel", "").lower().split()
        href = link.get("href")
        if not href:
            continue
        kind = link.get("type", "").lower().split(";")[0].strip()
        if API_REL in rels and api_root is None:
            api_root = urljoin(url, href)
        elif "alternate" in rels and kind == "application/json" and term_url is None:
            term_url = urljoin(url, href)
        elif "alternate" in rels and kind in ("application/rss+xml", "application/atom+xml"):
            entry = ("rss" if "rss" in kind else "atom", urljoin(url, href))
            if entry not in feeds:
                feeds.append(entry)
    return Discovery(url=url, api_root=api_root, term_url=term_url, feeds=tuple(feeds),
                     generator=meta_generator(page), links=tuple(links))


def meta_generator(page: str | bytes, limit: int = 300_000) -> str | None:
    """The page's ``<meta name="generator">`` (attributes in any order: Blogger writes
    ``content`` first)."""
    text = page[:limit].decode("utf-8", "replace") if isinstance(page, bytes) else page[:limit]
    end = _HEAD_END.search(text)
    for match in _META_TAG.finditer(text[:end.start()] if end else text):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                 for m in _ATTR.finditer(match.group(1))}
        if attrs.get("name", "").lower() == "generator" and attrs.get("content"):
            return html.unescape(attrs["content"]).strip()
    return None


def term_from_rest_url(term_url: str) -> tuple[str, int] | None:
    """``.../wp/v2/tags/7`` (or ``?rest_route=/wp/v2/tags/7``) -> ("tag", 7)."""
    parts = urlsplit(term_url)
    route = dict(parse_qsl(parts.query)).get("rest_route") or parts.path
    match = re.search(r"/wp/v2/(tags|categories|users)/(\d+)/?$", route)
    if not match:
        return None
    return COLLECTION_KINDS[match.group(1)], int(match.group(2))


# ----------------------------------------------------------------------------- archive URLs

@dataclass(frozen=True)
class ArchiveTerm:
    """The term an archive URL lists: kind ("tag", "category", "author") and its slug or id."""
    kind: str
    slug: str | None = None
    id: int | None = None
    page: int = 1


def archive_term(url: str) -> ArchiveTerm | None:
    """The term of a WordPress archive URL, pretty or plain; None for anything else."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    page = _int(query.get("paged")) or 1
    for name, (kind, numeric) in PLAIN_ARCHIVE_PARAMS.items():
        value = query.get(name)
        if not value:
            continue
        if numeric:
            number = _int(value)
            if number is not None:
                return ArchiveTerm(kind, id=number, page=page)
            continue
        return ArchiveTerm(kind, slug=value.strip("/").split("/")[-1].lower(), page=page)
    match = PRETTY_ARCHIVE.search(parts.path)
    if not match:
        return None
    page_match = re.search(r"/page/(\d+)/?$", parts.path)
    slug = unquote(match.group("slug")).strip("/").split("/")[-1].lower()  # a/b -> b
    return ArchiveTerm(match.group("kind"), slug=slug,
                       page=int(page_match.group(1)) if page_match else page)


# ----------------------------------------------------------------------------- request URLs

def rest_url(api_root: str, route: str, params: Mapping[str, object] | None = None) -> str:
    """A REST URL under ``api_root`` in the form the site uses: ``/wp-json/ROUTE?...`` or,
    for plain permalinks, ``/?rest_route=/ROUTE&...``."""
    parts = urlsplit(api_root)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    extra = [(k, str(v)) for k, v in (params or {}).items() if v is not None]
    route = "/" + route.strip("/")
    if any(k == "rest_route" for k, _ in query):
        query = [(k, route if k == "rest_route" else v) for k, v in query]
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/",
                           urlencode(query + extra, safe="/,:"), ""))
    path = parts.path.rstrip("/") + route
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query + extra, safe=",:"), ""))


def guess_api_roots(url: str) -> list[str]:
    """Where a WordPress site's API usually is when no page announced it: both forms."""
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    return [urljoin(base, "wp-json/"), base + "?rest_route=/"]


def term_lookup_url(api_root: str, term: ArchiveTerm) -> str:
    """The request that turns a slug into the id the posts filter needs."""
    collection = TERM_KINDS[term.kind][0]
    return rest_url(api_root, f"wp/v2/{collection}",
                    {"slug": term.slug, "_fields": "id,name,slug,link"})


def posts_url(api_root: str, kind: str, term_id: int, *, page: int = 1,
              per_page: int = MAX_PER_PAGE, after: str | None = None,
              fields: Iterable[str] = POST_FIELDS, embed: str | None = POST_EMBED) -> str:
    """One page of the term's posts, newest first. ``after``: a date (``YYYY-MM-DD``) or
    ISO datetime; only posts published after it are listed."""
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise ValueError(f"per_page must be 1..{MAX_PER_PAGE}, not {per_page}")
    param = TERM_KINDS[kind][1]
    params: dict[str, object] = {param: term_id}
    if kind in INCLUDE_CHILDREN_KINDS:
        # A category archive lists its subcategories' posts too; the API only when asked
        # (WordPress 6.0+; an older API refuses the form and the crawl falls back).
        params = {f"{param}[terms]": term_id, f"{param}[include_children]": "true"}
    params.update({"per_page": per_page, "orderby": "date", "order": "desc"})
    if page > 1:
        params["page"] = page
    if after:
        params["after"] = after_param(after)
    params["_fields"] = ",".join(fields)
    if embed:
        params["_embed"] = embed
    return rest_url(api_root, "wp/v2/posts", params)


def after_param(since: str) -> str:
    """``since`` (a day, inclusive) as the API's exclusive ``after=`` datetime."""
    if "T" in since:
        return since
    day = datetime.fromisoformat(since) - timedelta(seconds=1)
    return day.strftime("%Y-%m-%dT%H:%M:%S")


# ----------------------------------------------------------------------------- parsing

@dataclass(frozen=True)
class RestPost:
    id: int
    url: str
    title: str | None
    published: str | None      # ISO 8601 with the site's offset
    modified: str | None
    content_html: str
    author: str | None
    tags: tuple[str, ...]
    categories: tuple[str, ...]
    protected: bool = False    # password-protected: content is empty
    terms: tuple[tuple[str, int, str], ...] = ()   # (taxonomy, id, name) of every term


@dataclass(frozen=True)
class RestPage:
    url: str
    posts: list[RestPost]
    total: int | None = None          # X-WP-Total
    total_pages: int | None = None    # X-WP-TotalPages


def _header(headers: Mapping[str, object], name: str) -> str | None:
    for key, value in headers.items():
        k = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if k.lower() == name.lower():
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            return None if value is None else str(value)
    return None


def load_json(body: bytes | str, url: str, status: int | None = None) -> object:
    """The JSON of a REST response, or RestError saying what came instead."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start not in ("[", "{"):
        what = "HTML" if start == "<" else "not JSON"
        raise RestError(f"{url}: {what} instead of JSON (starts {text[:40].strip()!r})", status)
    try:
        return json.loads(text.lstrip("\ufeff"))
    except ValueError as exc:
        raise RestError(f"{url}: broken or truncated JSON: {exc}", status) from None


def parse_posts(body: bytes | str, url: str, headers: Mapping[str, object] | None = None,
                status: int | None = None) -> RestPage:
    """The posts of one ``/wp/v2/posts`` answer (paging from ``X-WP-Total[Pages]``)."""
    data = load_json(body, url, status)
    if isinstance(data, dict):
        code = data.get("code") or "not a list"
        raise RestError(f"{url}: the API answered an error: {code}: {data.get('message', '')}",
                        status or _int(str((data.get("data") or {}).get("status", ""))))
    if not isinstance(data, list):
        raise RestError(f"{url}: expected a list of posts", status)
    posts = [parse_post(item, url, n) for n, item in enumerate(data, start=1)]
    headers = headers or {}
    return RestPage(url=url, posts=posts, total=_int(_header(headers, "X-WP-Total")),
                    total_pages=_int(_header(headers, "X-WP-TotalPages")))


def parse_post(item: object, url: str, n: int = 1) -> RestPost:
    if not isinstance(item, dict) or not isinstance(item.get("id"), int):
        raise RestError(f"{url}: post {n} is not a post object")
    link = item.get("link")
    if not isinstance(link, str) or not link:
        raise RestError(f"{url}: post {item['id']} has no link")
    content = item.get("content") or {}
    if not isinstance(content, dict) or "rendered" not in content:
        raise RestError(f"{url}: post {item['id']} has no content (not asked for in _fields?)")
    embedded = item.get("_embedded") or {}
    author = None
    for person in embedded.get("author") or []:
        if isinstance(person, dict) and person.get("name"):
            author = str(person["name"])
            break
    tags: list[str] = []
    categories: list[str] = []
    terms: list[tuple[str, int, str]] = []
    for group in embedded.get("wp:term") or []:
        for term in group if isinstance(group, list) else []:
            if not isinstance(term, dict) or not term.get("name"):
                continue
            name = html.unescape(str(term["name"]))
            taxonomy = term.get("taxonomy")
            if isinstance(term.get("id"), int):
                terms.append((str(taxonomy), term["id"], name))
            if taxonomy == "category":
                categories.append(name)
            elif taxonomy == "post_tag":
                tags.append(name)
    return RestPost(
        id=item["id"], url=urljoin(url, link), title=_rendered_text(item.get("title")),
        published=local_iso(item.get("date"), item.get("date_gmt")),
        modified=_gmt_iso(item.get("modified_gmt")),
        content_html=str(content.get("rendered") or ""), author=author,
        tags=tuple(dict.fromkeys(tags)), categories=tuple(dict.fromkeys(categories)),
        protected=bool(content.get("protected")), terms=tuple(terms))


def parse_terms(body: bytes | str, url: str) -> list[dict[str, object]]:
    """A terms (or users) lookup answer: a list of {id, name, slug, ...}."""
    data = load_json(body, url)
    if not isinstance(data, list):
        raise RestError(f"{url}: expected a list of terms")
    return [t for t in data if isinstance(t, dict) and isinstance(t.get("id"), int)]


def _rendered_text(value: object) -> str | None:
    rendered = value.get("rendered") if isinstance(value, dict) else value
    if not isinstance(rendered, str):
        return None
    text = re.sub(r"<[^>]+>", "", html.unescape(rendered))
    return " ".join(text.split()) or None


def local_iso(local: object, gmt: object) -> str | None:
    """The post's local time with its UTC offset, from the API's ``date`` (site time,
    no offset) and ``date_gmt``: ``2024-03-28T19:00:00+01:00``."""
    if not isinstance(local, str) or not local:
        return None
    try:
        when = datetime.fromisoformat(local)
    except ValueError:
        return None
    if isinstance(gmt, str) and gmt:
        try:
            offset = when - datetime.fromisoformat(gmt)
        except ValueError:
            return when.isoformat()
        minutes = round(offset.total_seconds() / 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        return f"{when.isoformat()}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return when.isoformat()


def _gmt_iso(value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return value + "+00:00" if "+" not in value and not value.endswith("Z") else value


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
