"""Orchestration: page -> content -> stories -> records. (First cut; being filled in.)"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import trafilatura

SCHEMA_VERSION = "1.1"


@dataclass
class PostMeta:
    """What is known about a post before its content is read (from the page or the crawl)."""

    url: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    archive_url: str | None = None
    tag: str | None = None
    fetched_at: str | None = None


def _record(meta: PostMeta, text: str) -> dict:
    from normalizer.fingerprint import simhash_hex  # noqa: WPS433 (written in parallel)

    return {
        "schema_version": SCHEMA_VERSION,
        "url": meta.url,
        "archive_url": meta.archive_url,
        "site": urlsplit(meta.url).hostname,
        "tag": meta.tag,
        "title": meta.title,
        "published": meta.published,
        "author": meta.author,
        "categories": list(meta.categories),
        "tags": list(meta.tags),
        "language": "und",
        "fetched_at": meta.fetched_at,
        "stories": [{
            "index": 0, "headline": meta.title, "source": None, "credits": [], "byline": [],
            "dateline": None, "published": None, "language": "und", "text": text,
            "word_count": len(text.split()), "fingerprint": simhash_hex(text),
        }],
        "removed": [],
    }


def normalize_content(content_html: str, meta: PostMeta) -> dict:
    text = trafilatura.extract(content_html, url=meta.url) or ""
    return _record(meta, "\n\n".join(p for p in text.split("\n") if p.strip()))


def normalize_page(html: str | bytes, url: str, *, archive_url: str | None = None,
                   tag: str | None = None, fetched_at: str | None = None) -> list[dict]:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    meta = PostMeta(url=url, title=doc.title if doc else None,
                    published=doc.date if doc else None,
                    archive_url=archive_url, tag=tag, fetched_at=fetched_at)
    text = (doc.text if doc else "") or ""
    return [_record(meta, "\n\n".join(p for p in text.split("\n") if p.strip()))]


def normalize_text(text: str, url: str) -> dict:
    return _record(PostMeta(url=url), "\n\n".join(p for p in text.split("\n") if p.strip()))
