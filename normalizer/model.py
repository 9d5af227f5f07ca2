"""What is known about a post before its content is read."""
from __future__ import annotations

from dataclasses import dataclass, field


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
