"""Which source a tag archive is crawled from — the platform's REST API, its feed, or the
HTML archive pages — and the URLs each source is read through.

Decided once per start URL from its first archive page (its ``<head>`` and ``Link:``
headers, see :func:`normalizer.pages.wp_rest.discover`), with the reason for every source
passed over, so the crawl can say what it did and why. Pure and Scrapy-free: plain values
in, a picklable :class:`SourcePlan` out (it travels in request ``cb_kwargs`` through
``JOBDIR`` and Redis).

``via`` (``-a via=``): ``auto`` tries the REST API, else the feed, else HTML; ``api``,
``feed`` and ``html`` start with that source. Whatever the start, a source that fails
falls back to the ones after it in :data:`ORDER` (HTML last: it always exists).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from normalizer.pages import feeds, wp_rest

VIA_VALUES = ("auto", "api", "feed", "html")
#: Sources from the richest and cheapest to the one every site has.
ORDER = ("api", "feed", "html")
#: Hosts whose label pages have label feeds (Blogger's own domains; custom domains are
#: recognised by the page's generator meta).
BLOGGER_HOSTS = (".blogspot.com", ".blogger.com")
#: Feeds a WordPress page announces that are never the archive's own (site-wide, comments).
SITE_FEED_PATHS = ("/feed/", "/comments/feed/", "/feed/atom/", "/feed/rss2/")
#: Ghost (``<meta name="generator" content="Ghost 5.80">``) serves each tag's and author's
#: RSS at ``/tag/SLUG/rss/`` and ``/author/SLUG/rss/``, page N at ``.../rss/N/``, though its
#: pages announce only the site's ``/rss/``; its Content API needs a key a crawler has not.
GHOST_GENERATOR = "ghost"
GHOST_FEED_TERMS = ("tag", "author")
#: Feeds paged by number and answered only while full (WordPress ``paged=N``, Ghost's N/).
NUMBERED_FEED_KINDS = ("wordpress", "ghost")


class ViaError(ValueError):
    """A bad ``via`` argument (the message is for the user)."""


def check_via(value: str | None) -> str:
    via = (value or "auto").strip().lower()
    if via not in VIA_VALUES:
        raise ViaError(f"tagarchive: bad via value {value!r}: expected auto, api, feed or html")
    return via


@dataclass(frozen=True)
class SourcePlan:
    """How one start URL is crawled: the sources to try in order, and why others were not."""
    archive_url: str
    via: str
    order: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...] = ()     # (source, reason) passed over at the start
    api_root: str | None = None
    term_kind: str | None = None                  # "tag" | "category" | "author"
    term_id: int | None = None
    term_slug: str | None = None
    feed_url: str | None = None
    feed_kind: str | None = None                  # "wordpress" | "blogger" | "ghost" | "announced"
    platform: str | None = None                   # "wordpress" | "blogger" | "ghost" | None
    fallbacks: tuple[tuple[str, str], ...] = field(default=())  # (source, why it failed)

    @property
    def source(self) -> str:
        return self.order[0]

    def fall_back(self, why: str) -> SourcePlan | None:
        """The plan after the current source failed (None: nothing left to try)."""
        if len(self.order) <= 1:
            return None
        return replace(self, order=self.order[1:],
                       fallbacks=(*self.fallbacks, (self.order[0], why)))

    def with_term(self, term_id: int) -> SourcePlan:
        return replace(self, term_id=term_id)

    def describe(self) -> str:
        """One line for the log: the source chosen and why the others were not."""
        parts = [f"via {self.source}"]
        parts += [f"not {src}: {why}" for src, why in self.skipped]
        parts += [f"{src} failed: {why}" for src, why in self.fallbacks]
        return "; ".join(parts)


def _strip_page(url: str) -> str:
    """The archive's first page: no /page/N/, no paged=N."""
    parts = urlsplit(url)
    path = parts.path
    marker = path.rfind("/page/")
    if marker >= 0 and path[marker + 6:].strip("/").isdigit():
        path = path[:marker + 1]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "paged"]
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))


def wordpress_feed_url(archive_url: str) -> str | None:
    """The archive's own RSS feed by WordPress's URL rules: ``/tag/x/feed/``, or for plain
    permalinks ``?tag=x&feed=rss2``; None when the URL is no term archive."""
    if wp_rest.archive_term(archive_url) is None:
        return None
    first = _strip_page(archive_url)
    parts = urlsplit(first)
    if parts.query:  # plain permalinks: the term is in the query
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/",
                           parts.query + "&feed=rss2", ""))
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/feed/", "", ""))


def _is_ghost(found: wp_rest.Discovery) -> bool:
    return (found.generator or "").lower().startswith(GHOST_GENERATOR)


def ghost_feed_url(archive_url: str) -> str | None:
    """A Ghost tag's or author's RSS (``/tag/x/rss/``); None for any other URL."""
    term = wp_rest.archive_term(archive_url)
    if term is None or term.kind not in GHOST_FEED_TERMS or urlsplit(archive_url).query:
        return None
    parts = urlsplit(_strip_page(archive_url))
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/rss/", "", ""))


def _is_blogger(url: str, found: wp_rest.Discovery) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return (host.endswith(BLOGGER_HOSTS) or (found.generator or "").lower() == "blogger"
            or feeds.blogger_label(url) is not None and "blogger" in str(found.feeds).lower())


def _announced_feed(url: str, found: wp_rest.Discovery) -> str | None:
    """An announced feed that is this archive's own (not the site's or the comments')."""
    first = _strip_page(url)
    first_parts = urlsplit(first)
    for _kind, href in found.feeds:
        parts = urlsplit(href)
        if parts.netloc != first_parts.netloc:
            continue
        if first_parts.query and set(parse_qsl(first_parts.query)) <= set(parse_qsl(parts.query)):
            return href
        if first_parts.path not in ("", "/") and parts.path.startswith(first_parts.path):
            return href
    return None


def plan_sources(via: str, archive_url: str, found: wp_rest.Discovery) -> SourcePlan:
    """Choose the sources for ``archive_url`` from what its first page announced."""
    via = check_via(via)
    term = wp_rest.archive_term(archive_url)
    skipped: list[tuple[str, str]] = []
    blogger = _is_blogger(archive_url, found)
    ghost = not found.is_wordpress and _is_ghost(found)
    platform = ("wordpress" if found.is_wordpress else "blogger" if blogger
                else "ghost" if ghost else None)
    if term is None and found.term is None and not (blogger and feeds.blogger_label(archive_url)):
        # A post, a search, a home page: no API filter or archive feed lists "its" posts.
        why = "not a tag, category, author or label archive URL"
        return SourcePlan(archive_url=archive_url, via=via, order=("html",), platform=platform,
                          skipped=() if via == "html" else (("api", why), ("feed", why)))

    # REST API: announced root (or, when asked for, the usual places), and a term.
    api_root = found.api_root
    kind = term_id = slug = None
    if found.term:
        kind, term_id = found.term
    elif term is not None:
        kind, term_id, slug = term.kind, term.id, term.slug
    if api_root is None and via == "api" and term is not None and not (blogger or ghost):
        pretty = not urlsplit(archive_url).query
        api_root = wp_rest.guess_api_roots(archive_url)[0 if pretty else 1]
    api_ok = api_root is not None and kind is not None
    if not api_ok and via in ("auto", "api"):
        if api_root is None:
            skipped.append(("api", "a Blogger blog has no WordPress REST API" if blogger
                            else "a Ghost site's Content API needs a key" if ghost
                            else "the page announces no REST API (no rel=\"https://api.w.org/\")"))
        else:
            skipped.append(("api", "the archive URL names no tag, category or author"))

    # Feed: the archive's own, announced or by the platform's URL rules.
    feed_url = feed_kind = None
    if blogger and feeds.blogger_label(archive_url):
        feed_url, feed_kind = feeds.blogger_label_feed(archive_url), "blogger"
    elif ghost and (derived := ghost_feed_url(archive_url)):
        feed_url, feed_kind = derived, "ghost"
    elif (announced := _announced_feed(archive_url, found)) is not None:
        feed_url, feed_kind = announced, ("wordpress" if found.is_wordpress else "announced")
    elif found.is_wordpress and found.feeds and (derived := wordpress_feed_url(archive_url)):
        feed_url, feed_kind = derived, "wordpress"  # feeds on, but not this archive's link
    elif via == "feed" and (derived := wordpress_feed_url(archive_url)):
        feed_url, feed_kind = derived, "wordpress"
    if feed_url is None and via in ("auto", "api", "feed"):
        skipped.append(("feed", "no feed announced for this archive"))

    available = {"api": api_ok, "feed": feed_url is not None, "html": True}
    start = ORDER.index("api" if via == "auto" else via)
    order = tuple(src for src in ORDER[start:] if available[src])
    return SourcePlan(archive_url=archive_url, via=via, order=order, skipped=tuple(skipped),
                      api_root=api_root, term_kind=kind, term_id=term_id, term_slug=slug,
                      feed_url=feed_url, feed_kind=feed_kind, platform=platform)


# ----------------------------------------------------------------------------- paging

def feed_page_url(plan: SourcePlan, page: int) -> str:
    """Page ``page`` of the plan's feed (WordPress ``paged=N``; Blogger ``start-index``;
    Ghost ``.../rss/N/``)."""
    assert plan.feed_url is not None
    if plan.feed_kind == "ghost":
        return plan.feed_url if page <= 1 else f"{plan.feed_url.rstrip('/')}/{page}/"
    if plan.feed_kind == "blogger":
        start = 1 + (page - 1) * feeds.BLOGGER_MAX_RESULTS
        return feeds.blogger_label_feed(plan.archive_url, start_index=start) or plan.feed_url
    return feeds.wordpress_feed_page(plan.feed_url, page)


def api_page_url(plan: SourcePlan, page: int, *, per_page: int, since: str | None) -> str:
    assert plan.api_root is not None and plan.term_kind and plan.term_id is not None
    return wp_rest.posts_url(plan.api_root, plan.term_kind, plan.term_id, page=page,
                             per_page=per_page, after=since)


def term_lookup_url(plan: SourcePlan) -> str:
    assert plan.api_root is not None and plan.term_kind and plan.term_slug
    return wp_rest.term_lookup_url(plan.api_root, wp_rest.ArchiveTerm(plan.term_kind,
                                                                      slug=plan.term_slug))
