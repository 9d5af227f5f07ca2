"""Orchestration: input -> blocks -> cleaned -> split -> attributed -> post records.

The three entry points differ only in how they get blocks and the post's metadata;
everything after that (:func:`build_record`) is shared, so a rule added for pages works
for dumps too.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from urllib.parse import urlsplit

from normalizer import attribute as attr
from normalizer.blocks import CRUFT, HEADLINE, META, Block
from normalizer.clean import classify
from normalizer.dates import parse_date
from normalizer.extract import PageInfo, extract, parse_html
from normalizer.fingerprint import simhash_hex
from normalizer.language import detect_language, post_language
from normalizer.meta import PostMeta
from normalizer.schema import SCHEMA_VERSION
from normalizer.split import split
from normalizer.textdump import dump_blocks

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$")


class NormalizeError(ValueError):
    """The input holds no story tagwire can read (empty, not text, no content)."""


def iso_date(value: str | None) -> str | None:
    """A date or date-time the schema accepts, from whatever a page or crawler gave."""
    if not value:
        return None
    value = value.strip()
    if _ISO_DATE.match(value) or _ISO_DATETIME.match(value):
        return value
    return parse_date(value)


def _site(url: str) -> str | None:
    parts = urlsplit(url)
    return parts.hostname if parts.scheme in ("http", "https") else None


def _hint_attribution(hints: list[tuple[str, str]]) -> dict:
    """Byline / source / dateline from blocks trafilatura drops by class name."""
    from normalizer.data import cues

    out: dict = {}
    for cls, text in hints:
        low = cls.lower()
        if low.startswith("post "):
            if ("byline" in low or "author" in low) and "author" not in out:
                m = cues.BYLINE_RE.match(text)
                out["author"] = (m.group("names") if m else text).strip()
            continue
        if "byline" in low or "author" in low:
            m = cues.BYLINE_RE.match(text)
            people, agencies = attr.split_names(m.group("names") if m else text)
            if people and "byline" not in out:
                out["byline"] = people
            if agencies and "source" not in out and not people:
                out["source"] = agencies[0]
        elif "source" in low and "source" not in out:
            src = attr.canonical_source(text) or attr.find_source(text)
            if src:
                out["source"] = src
    return out


def build_record(blocks: list[Block], meta: PostMeta, *, removed: list[dict] | None = None,
                 hints: list[tuple[str, str]] | None = None, dump: bool = False) -> dict:
    """Clean, split and attribute ``blocks`` into one post record."""
    classify(blocks, dump=dump)
    segments = split(blocks, title=meta.title)
    if segments and segments[0].headline is None and meta.title:
        segments[0].headline = meta.title

    stories: list[dict] = []
    post_dates: list[str] = []
    for seg in segments:
        texts = [b.text for b in seg.text_blocks]
        if not texts:
            continue
        if dump:
            _mark_post_date_lines(seg.blocks, post_dates)
        fields = attr.attribute(seg, date_lines_are_story_dates=not dump)
        text = "\n\n".join(texts)
        stories.append({
            "index": len(stories),
            "headline": seg.headline,
            "source": fields["source"],
            "credits": fields["credits"],
            "byline": fields["byline"],
            "dateline": fields["dateline"],
            "published": fields["published"],
            "language": detect_language(text),
            "text": text,
            "word_count": len(text.split()),
            "fingerprint": simhash_hex(text),
        })
    if not stories:
        raise NormalizeError("no story text found")

    author = meta.author
    if hints:
        first = stories[0]
        found = _hint_attribution(hints)
        author = author or found.pop("author", None)
        found.pop("author", None)
        for key, value in found.items():
            if not first[key]:
                first[key] = value

    audit = list(removed or [])
    for b in blocks:
        if b.role == CRUFT:
            audit.append({"kind": b.cruft_kind or "other", "text": b.text})
        elif b.role in (META, HEADLINE) and b.text:
            audit.append({"kind": "metadata", "text": b.text})

    published = iso_date(meta.published)
    if published is None and dump and len(set(post_dates)) == 1:
        published = post_dates[0]
    return {
        "schema_version": SCHEMA_VERSION,
        "url": meta.url,
        "archive_url": meta.archive_url,
        "site": _site(meta.url),
        "tag": meta.tag,
        "title": meta.title if meta.title else stories[0]["headline"],
        "published": published,
        "author": author,
        "categories": [c for c in meta.categories if c],
        "tags": [t for t in meta.tags if t],
        "language": post_language(stories),
        "fetched_at": meta.fetched_at,
        "stories": stories,
        "removed": audit,
    }


def _mark_post_date_lines(blocks: list[Block], post_dates: list[str]) -> None:
    """In a dump, the date line right under a post's title is the post's date (the
    archive listing's), not the story's own; later date lines are the story's."""
    after_headline = False
    for b in blocks:
        if b.role == HEADLINE:
            after_headline = True
            continue
        if b.role == META and b.cruft_kind == "date":
            if after_headline:
                d = parse_date(b.text)
                if d:
                    post_dates.append(d)
                after_headline = False
            else:
                b.notes["story_date"] = True
            continue
        if b.role == CRUFT:
            continue
        after_headline = False


def normalize_content(content_html: str | bytes, meta: PostMeta) -> dict:
    """One post from its content HTML (as a crawler found it) and what is known of it."""
    ex = extract(content_html, meta.url, with_info=False, fragment=True)
    return build_record(ex.blocks, meta, removed=ex.removed, hints=ex.hints)


def normalize_page(html: str | bytes, url: str, *, archive_url: str | None = None,
                   tag: str | None = None, fetched_at: str | None = None) -> list[dict]:
    """Records of a full page: one per post an archive page shows, or the permalink's one."""
    tree = parse_html(html)
    if tree is None:
        raise NormalizeError("not an HTML page")
    listing = _archive_listing(html, url) if _may_list_posts(tree) else None
    if listing is not None:
        records = []
        for post in listing.posts:
            if not post.content_html:
                continue
            meta = replace(post, archive_url=url, tag=listing.tag or tag, fetched_at=fetched_at)
            try:
                rec = normalize_content(post.content_html, meta)
            except NormalizeError as exc:
                log.warning("%s: %s", post.url, exc)
                continue
            if post.is_excerpt:
                rec["extra"] = {"excerpt": True}
            records.append(rec)
        if records:
            return records
    ex = extract(tree, url)
    info: PageInfo = ex.info
    meta = PostMeta(url=url, title=info.title, published=info.published, author=info.author,
                    categories=info.categories, tags=info.tags, archive_url=archive_url,
                    tag=tag, fetched_at=fetched_at)
    return [build_record(ex.blocks, meta, removed=ex.removed, hints=ex.hints)]


# Containers a listing repeats, one per post (WordPress, Blogger, most blog themes).
# (lxml preselects by substring; the token test is Python's, the XPath one is slow.)
_POST_PRESELECT = "//article | //*[contains(@class, 'post') or contains(@class, 'hentry')]"


_ARCHIVE_PATH = re.compile(
    r"^/?$|/(?:tag|tags|category|categories|label|topics?|author|archives?|search)/|/page/\d+/?$"
    r"|^/\d{4}/(?:\d{2}/)?(?:\d{2}/)?$|/search/label/",
    re.IGNORECASE,
)


def _may_list_posts(tree) -> bool:
    """A cheap test before the archive parser runs: does the page repeat post containers?"""
    seen = 0
    for el in tree.xpath(_POST_PRESELECT):
        cls = el.get("class") or ""
        if (el.tag == "article" or "hentry" in cls or "post-outer" in cls
                or " post " in f" {' '.join(cls.split())} "):
            seen += 1
            if seen >= 2:
                return True
    return False


def _archive_listing(html: str | bytes, url: str):
    """The archive page's listing when the page lists several posts, else None."""
    try:
        from normalizer.archive import parse_archive
    except ImportError:  # pragma: no cover - archive understanding ships with the crawler
        return None
    try:
        page = parse_archive(html, url)
    except Exception as exc:  # a page the archive parser cannot read is a permalink page
        log.debug("%s: not an archive page (%s)", url, exc)
        return None
    if not page.is_archive or len(page.posts) < 2:
        return None
    # A news page with a list of other stories (cards, "more stories") is not an archive:
    # an archive names its tag or category, has an older-posts link, or lives at an
    # archive address.
    if not (page.tag or page.next_url or _ARCHIVE_PATH.search(urlsplit(url).path or "/")):
        return None
    return page


def normalize_text(text: str, url: str) -> dict:
    """One record holding all the stories of a page flattened to text."""
    if not text.strip():
        raise NormalizeError("empty text")
    return build_record(dump_blocks(text), PostMeta(url=url), dump=True)
