"""Post URLs: the one spelling of a permalink, and whether a link may be one.

The query parameters to drop and the paths that are listings, not posts, are cues of
:mod:`normalizer.cues.platforms`.
"""
from __future__ import annotations

import functools
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from normalizer.cues import platforms as cues

#: URLs whose canonical spelling is kept: an archive page asks for the same few (its own,
#: each post's, from every link to it) many times over; bounded, as a crawl's are not.
CANONICAL_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=CANONICAL_CACHE_SIZE)
def canonical_post_url(url: str) -> str:
    """The one spelling of a permalink: lower-case scheme and host, no default port, no
    fragment, no sharing/tracking/reply query parameters (``?share=``, ``?replytocom=``,
    ``utm_*`` ...). Other parameters (``?p=123``) name the post and stay, sorted."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in cues.DROP_QUERY_PARAMS
             and not k.lower().startswith(cues.DROP_QUERY_PREFIXES)]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def same_site(a: str, b: str) -> bool:
    """Both URLs on one host (``www.`` or not)."""
    return _site(a) == _site(b)


@functools.lru_cache(maxsize=CANONICAL_CACHE_SIZE)
def _site(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def looks_like_permalink(href: str, page_url: str) -> bool:
    """``href`` may be a post's permalink: same site, another page, not a listing path."""
    parts = urlsplit(href)
    if parts.scheme not in ("http", "https", "file") or not same_site(href, page_url):
        return False
    if canonical_post_url(href) == canonical_post_url(page_url):
        return False
    if plain_permalink(href):
        return True
    return not cues.NON_POST_PATH.match(parts.path or "/")


def plain_permalink(href: str) -> bool:
    """``/?p=123``, ``/index.php?page_id=7``: WordPress's default ("plain") permalinks, whose
    path alone looks like the home page."""
    parts = urlsplit(href)
    if (parts.path or "/") not in cues.PLAIN_PERMALINK_PATHS:
        return False
    query = parse_qsl(parts.query)
    return any(k in cues.PLAIN_PERMALINK_PARAMS and v.isdigit() for k, v in query)
