"""The crawler's cheap read of an archive page that lists excerpts only.

On an excerpt archive the crawl follows every post to its permalink and reads nothing
else of the listing: it needs each post's URL, that every post is an excerpt, the
page's tag and its older page. :func:`~normalizer.pages.archive.parse_archive` also
reads each post's date, title, author, categories and tags and serializes its shown
content -- about half of its time on such a page, and on an excerpt archive the
archive parse is a sixth of the crawl process's CPU a post.

:func:`excerpt_links` takes :func:`parse_archive`'s own steps (the same functions, in
the same order) up to the full-or-excerpt decision and skips the rest. It answers only
where the answer cannot differ from :func:`parse_archive`'s: every container repeats
(so whether a post carries a date, the one thing the skipped date reading decides
about which posts are listed, cannot change the listing), every post is an excerpt,
the display is certain and the page is an archive. Anywhere else it returns None and
the caller reads the page with :func:`parse_archive`. Tests hold the two to the same
posts, flags, tag and next link on every real archive page of the project's corpus.
"""
from __future__ import annotations

from normalizer.pages import archive as full
from normalizer.pages.archive import ArchivePage, ListedPost

__all__ = ["excerpt_links"]


def excerpt_links(html: str | bytes, url: str) -> ArchivePage | None:
    """The archive page at ``url`` when it lists excerpts only: its posts carry their
    URL and ``is_excerpt`` and nothing else of the listing (no title, date or
    content); its tag, next link and ``is_archive`` are :func:`parse_archive`'s. None
    where the page needs the full read (see the module's doc)."""
    root, base = full.page_root(html, url)
    if root is None:
        return None

    anchors = full._anchors(root, url, base)
    if len(anchors) < 2:
        return None  # title lists and lone posts: parse_archive's other branches
    containers = full._containers(anchors)
    keys = full._listing(containers, dict.fromkeys(containers, False))
    # Every container kept without a date: then every date reading keeps them all too
    # (a date only adds a lone container), and the dates need not be read.
    if not keys or len(keys) != len(containers):
        return None
    bodies = {key: full._body(el, anchors[key]) for key, el in containers.items()}
    shown = [full._shown(containers[k], bodies[k], anchors[k], k, base) for k in keys]
    excerpts, uncertain = full._decide_excerpts(shown)
    if uncertain or not all(excerpts):
        return None
    tag, next_url, is_archive = full.page_verdict(root, url, base, shown,
                                                  [bodies[k] for k in keys])
    if not is_archive:
        return None
    return ArchivePage(url=url, tag=tag, posts=[ListedPost(url=k) for k in keys],
                       next_url=next_url, is_archive=True)
