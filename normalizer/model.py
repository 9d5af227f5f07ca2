"""The shapes that flow through the normalizer, in one place.

- :class:`PostMeta`: what is known about a post before its content is read;
- :class:`Story` and :class:`PostRecord`: the record written as one JSON line, field for
  field the ``schemas/post.schema.json`` contract (``SCHEMA_VERSION`` is its version);
- the enums of the block protocol (:class:`BlockRole`, :class:`BlockKind`,
  :class:`MetaKind`) and of the record's ``removed`` audit trail (:class:`RemovedKind`).

The enums are ``StrEnum``: a member *is* its string, so records serialise exactly as
before and the schema's enum lists them by value. ``tests/test_model.py`` ties
:class:`RemovedKind` to the schema's ``removed.kind`` enum and ``SCHEMA_VERSION`` to the
schema's ``schema_version`` enum, so a new kind or field cannot be added in one place only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypedDict

#: The version of ``schemas/post.schema.json`` that records are written in (the last of
#: the schema's ``schema_version`` enum). Everything that writes a record reads it here.
SCHEMA_VERSION = "1.1"


class BlockRole(StrEnum):
    """What a block turned out to be, once cleaned and split."""

    TEXT = "text"          # story text
    HEADLINE = "headline"  # a story's headline line (metadata)
    META = "meta"          # date, "Updated", byline or source label line (metadata)
    CRUFT = "cruft"        # captions, credits, links, promos, chrome (goes to `removed`)
    SEP = "sep"            # a separator between stories
    IMAGE = "image"        # an image (no text)


class BlockKind(StrEnum):
    """The visual shape a block had in its input."""

    P = "p"
    HEAD = "head"
    ITEM = "item"
    QUOTE = "quote"
    IMAGE = "image"
    TABLE = "table"
    SEP = "sep"


class RemovedKind(StrEnum):
    """Why a line was taken out of the stories: ``removed[].kind`` in the schema."""

    CAPTION = "caption"
    CREDIT = "credit"
    IMAGE_ALT = "image_alt"
    RELATED_LINK = "related_link"
    PROMO = "promo"
    PAYWALL = "paywall"
    CHROME = "chrome"
    COPYRIGHT = "copyright"
    METADATA = "metadata"   # headlines, date and byline lines (kept as story fields)
    OTHER = "other"


class MetaKind(StrEnum):
    """Which metadata line a ``META`` block is (read by attribution, audited as metadata)."""

    DATE = "date"
    BYLINE = "byline"


#: The separator a text dump writes between stories ("* * *"), and the text a separator
#: block carries whatever its input spelled.
SEPARATOR_TEXT = "* * *"


@dataclass(frozen=True)
class AttributionHint:
    """A byline, author or source block that trafilatura drops by its class name, kept
    for attribution."""

    cue: str          # the block's class and id ("byline", "entry-author", "source")
    text: str         # its text
    in_story: bool    # among the post's paragraphs (the pasted story's own line), rather
                      # than in the post's header or footer (the blog post's poster)
    role_list: bool = False  # a labelled byline list ("Author, …", "Role, …"): read only
                             # for the outlet its role names, never as the post's author


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


class DuplicateOf(TypedDict):
    url: str
    index: int
    distance: int


class _StoryFields(TypedDict):
    index: int
    headline: str | None
    source: str | None
    credits: list[str]
    byline: list[str]
    dateline: str | None
    published: str | None
    language: str | None
    text: str
    word_count: int
    fingerprint: str


class Story(_StoryFields, total=False):
    """One story of a post (``stories[]`` in the schema)."""

    duplicate_of: DuplicateOf
    extra: dict[str, object]


class Removed(TypedDict):
    """One line taken out of the stories, and why (``removed[]`` in the schema)."""

    kind: str  # a RemovedKind value
    text: str


class _PostRecordFields(TypedDict):

    schema_version: str
    url: str
    archive_url: str | None
    site: str | None
    tag: str | None
    title: str | None
    published: str | None
    author: str | None
    categories: list[str]
    tags: list[str]
    language: str | None
    fetched_at: str | None
    stories: list[Story]
    removed: list[Removed]


class PostRecord(_PostRecordFields, total=False):
    """One post: the JSON object written as one line (``schemas/post.schema.json``)."""

    extra: dict[str, object]  # site-specific, free-form (an archive excerpt says so here)
