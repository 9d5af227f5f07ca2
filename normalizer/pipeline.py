"""Orchestration: input -> blocks -> cleaned -> split -> attributed -> post records.

The three entry points differ only in how they get blocks and the post's metadata;
everything after that (:func:`build_record`) is shared, so a rule added for pages works
for dumps too.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from operator import itemgetter
from urllib.parse import urlsplit

from lxml import etree

from normalizer.cues import platforms
from normalizer.cues.outlets import person_and_agency, wire_names
from normalizer.dedupe.fingerprint import simhash_hex
from normalizer.model import (
    SCHEMA_VERSION,
    AttributionHint,
    BlockKind,
    MetaKind,
    PostMeta,
    RemovedKind,
    Story,
)
from normalizer.pages.credits import body_retitled_outlet, held_credits, titled_outlet
from normalizer.pages.credits import fill_sources as credits_around_body
from normalizer.pages.dom import PageIndex
from normalizer.pages.oversize import (
    extract_oversize,
    extract_oversize_fragment,
    is_oversize,
)
from normalizer.pages.permalink import PageInfo, parse_html
from normalizer.stories import attribute as attr
from normalizer.stories.blocks import CRUFT, HEADLINE, META, TEXT, Block, fold
from normalizer.stories.clean import classify
from normalizer.stories.dumps import (
    dump_blocks,
    headline_past_badge,
    headline_past_trail,
    headline_shown_plain,
)
from normalizer.stories.extract import extract
from normalizer.stories.language import (
    declared_language,
    detect_language,
    language_sample,
    post_language,
    settle_relatives,
    stories_too_short_take_the_posts,
)
from normalizer.stories.page_sources import mark_source_lines, segment_source
from normalizer.stories.page_sources import page_source as rhythm_page_source
from normalizer.stories.rhythm import mark_page
from normalizer.stories.split import Segment, find_outlet, is_story_end, known_outlet, split
from normalizer.text.dates import DAY_FIRST_LANGUAGES, day_first_short_date, parse_date

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$")


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


def _hint_attribution(hints: list[AttributionHint]) -> dict:
    """Byline / source / dateline from blocks trafilatura drops by class name."""
    from normalizer.cues import text as cues

    out: dict = {}
    slot_agency = None  # (an author slot outside the story: read only where none names one)
    slot_person = None  # (its writer, "Narayana Kocherlakota" of "... Kocherlakota Bloomberg")
    for hint in hints:
        low, text = hint.cue.lower(), hint.text
        if hint.role_list:  # the byline list the extractor took out: its role's outlet only
            if "source" not in out and (role := attr.role_line_source([hint])):
                out["source"] = role
            continue
        if not hint.in_story:
            if ("byline" in low or "author" in low) and "author" not in out:
                m = cues.BYLINE_RE.match(text)
                out["author"] = (m.group("names") if m else text).strip()
            if ("byline" in low or "author" in low) and slot_agency is None \
                    and (joined := person_and_agency(text)):
                slot_person, slot_agency = joined  # "Narayana Kocherlakota Bloomberg"
            continue
        if "byline" in low or "author" in low:
            m = cues.BYLINE_RE.match(text)
            people, agencies = attr.split_names(m.group("names") if m else text)
            if people and "byline" not in out:
                out["byline"] = people
            if agencies and "source" not in out and not people:
                out["source"] = agencies[0]
        elif "source" in low and "source" not in out:
            # A source slot names its outlet as credited ("| FoxNews.com"); a related link's
            # title with its site ("Read more: ... | Evening Standard") names no source.
            known = attr.canonical_source(text)
            src = attr.as_credited(text, known) if known else (
                None if cues.RELATED_RE.match(text) else attr.find_source(text))
            if src:
                out["source"] = src
    if slot_agency and "source" not in out:
        out["source"] = slot_agency
    if slot_person and "byline" not in out:
        out["byline"] = [slot_person]
    return out


def _story(seg: Segment, index: int, *, dump: bool,
           page_source: str | None = None) -> Story | None:
    """One segment as a story record, or None when it holds no story text. In a dump, a
    story that names no source takes its teaser's source line, else the page's."""
    texts = [b.text for b in seg.text_blocks]
    if not texts:
        return None
    fields = attr.attribute(seg, date_lines_are_story_dates=not dump)
    tagged = attr.bracket_signoff(seg.text_blocks) if dump else None
    if dump and not fields["source"]:
        fields["source"] = segment_source(seg.blocks, known_outlet) or tagged or page_source
    if tagged and tagged not in fields["credits"] and tagged in wire_names() \
            and tagged.casefold() not in (fields["source"] or "").casefold():
        # the site's own report closed by the agency's tag ("... geäußert. (dpa)", under
        # the house's name in the writer's slot): the agency is credited ("(TT)" under "TT
        # Kompakt" is the paper's own mark)
        fields["credits"] = [*fields["credits"], tagged]
    text = "\n\n".join(texts)
    language = detect_language(language_sample(texts))
    if dump and fields["published"] is None and language in DAY_FIRST_LANGUAGES:
        # "8.5.12" under a German headline: the day first, as the language writes it
        fields["published"] = next(
            (day for b in seg.blocks if b.role == META and b.cruft_kind == MetaKind.DATE
             and b.notes.get("story_date") and (day := day_first_short_date(b.text))), None)
    return {
        "index": index,
        "headline": headline_shown_plain(headline_past_trail(headline_past_badge(seg.headline)),
                                         [b.text for b in seg.blocks]) if dump else seg.headline,
        "source": fields["source"],
        "credits": fields["credits"],
        "byline": fields["byline"],
        "dateline": fields["dateline"],
        "published": fields["published"],
        "language": language,
        "text": text,
        "word_count": len(text.split()),
        "fingerprint": simhash_hex(text),
    }


def _stories(segments: list[Segment], *, dump: bool,
             page_source: str | None = None) -> tuple[list[Story], list[str]]:
    """The stories of ``segments`` and, in a dump, the dates of the post lines found."""
    stories: list[Story] = []
    post_dates: list[str] = []
    last_day: str | None = None  # a dump's latest date so far: the message's, a story's
    for seg in segments:
        if dump and seg.text_blocks:
            _mark_post_date_lines(seg.blocks, post_dates)
        story = _story(seg, len(stories), dump=dump, page_source=page_source)
        if story is not None:
            near = story["published"] or last_day
            if dump and story["dateline"] and near:
                # a wire dateline names its day without a year ("Vienna, Austria, Jan 21 (AP)
                # --"): that day, in the year of the story's date (the mail's that carried
                # it) or, undated, of the dates above it (the same message's stories)
                story["published"] = attr.dateline_day_near(seg.text_blocks[0].text, near) \
                    or story["published"]
            last_day = story["published"] or last_day
            stories.append(story)
    stories_too_short_take_the_posts(stories)
    return stories, post_dates


def _apply_hints(first: Story, hints: list[AttributionHint], author: str | None) -> str | None:
    """Fill the first story's empty attribution fields from the page's hint blocks;
    return the post's author (the page's own, else a hint's)."""
    found = _hint_attribution(hints)
    author = author or found.pop("author", None)
    found.pop("author", None)
    for key, value in found.items():
        if not first[key]:  # type: ignore[literal-required]
            first[key] = value  # type: ignore[literal-required]
    return author


def _audit(blocks: list[Block], removed: list[dict] | None) -> list[dict]:
    """What was taken out of the stories, and why: the record's ``removed``."""
    audit = list(removed or [])
    for b in blocks:
        if b.role == CRUFT:
            audit.append({"kind": (b.cruft_kind or RemovedKind.OTHER).value, "text": b.text})
        elif b.role in (META, HEADLINE) and b.text:
            audit.append({"kind": RemovedKind.METADATA.value, "text": b.text})
    return audit


def build_record(blocks: list[Block], meta: PostMeta, *, removed: list[dict] | None = None,
                 hints: list[AttributionHint] | None = None, dump: bool = False,
                 body_only: bool = False) -> dict:
    """Clean, split and attribute ``blocks`` into one post record. ``body_only``: the
    blocks are the post's body alone (an archive page's, the REST API's, a feed's), so a
    heading or bold line opening its text opens the body (see :func:`note_opening_heading`)."""
    classify(blocks, dump=dump)
    page_source = None
    if dump:  # a whole page's text: its rhythm tells stories from chrome
        mark_page(blocks, is_story_end)
        mark_source_lines(blocks, known_outlet)
        page_source = rhythm_page_source(blocks, known_outlet, find_outlet)
    if body_only:
        note_opening_heading(blocks, _opening_heading(blocks, meta.title))
    segments = split(blocks, title=meta.title)
    if segments and segments[0].headline is None and meta.title:
        segments[0].headline = meta.title
    stories, post_dates = _stories(segments, dump=dump, page_source=page_source)
    if not stories:
        raise NormalizeError("no story text found")
    author = _apply_hints(stories[0], hints, meta.author) if hints else meta.author
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
        "removed": _audit(blocks, removed),
    }


def _mark_post_date_lines(blocks: list[Block], post_dates: list[str]) -> None:
    """In a dump, the date line right under a post's title is the post's date (the
    archive listing's), not the story's own; later date lines are the story's."""
    after_headline = False
    for b in blocks:
        if b.role == HEADLINE:
            after_headline = True
            continue
        if b.role == META and b.cruft_kind == MetaKind.DATE:
            if after_headline:
                d = parse_date(b.text)
                if d:
                    post_dates.append(d)
                after_headline = False
            elif not b.notes.get("load_date"):  # (a record's load date dates no story)
                b.notes["story_date"] = True
            continue
        if b.role == CRUFT:
            continue
        after_headline = False


def normalize_content(content_html: str | bytes, meta: PostMeta) -> dict:
    """One post from its content HTML (as a crawler found it) and what is known of it."""
    ex = extract_oversize_fragment(content_html, meta.url) \
        or extract(content_html, meta.url, with_info=False, fragment=True)
    record = build_record(ex.blocks, meta, removed=ex.removed, hints=ex.hints, body_only=True)
    stories = record["stories"]
    if len(stories) == 1 and not stories[0]["source"]:
        # "AP: IMF dims outlook ...": the post's title credits its one story, as on the
        # post's own page (one path, one result)
        stories[0]["source"] = titled_outlet(meta.title, None) \
            or body_retitled_outlet(meta.title, stories[0])
    return record


def note_opening_heading(blocks: list[Block], heading: str | None) -> None:
    """Mark the block of ``heading``, the heading that opens the post's body with the
    post's title outside it (a pasted story's own headline under the editor's title;
    :func:`normalizer.pages.permalink.content_heading` on a page): the splitter reads it."""
    if heading:
        want = fold(heading)
        for b in blocks:
            if b.text and b.folded == want:
                b.notes["opens_body"] = True
                return


def _opening_heading(blocks: list[Block], title: str | None) -> str | None:
    """The heading or bold line that opens a post body's text (captions, a reblog's
    "name:" line and other cruft before it passed over, and the post's title where the
    content repeats it), else None."""
    again = fold(title) if title else None
    first = next((b for b in blocks if b.role == TEXT and b.folded != again), None)
    return first.text if first is not None and (first.kind == BlockKind.HEAD or first.bold) \
        else None


def normalize_page(html: str | bytes, url: str, *, archive_url: str | None = None,
                   tag: str | None = None, fetched_at: str | None = None) -> list[dict]:
    """Records of a full page: one per post an archive page shows, or the permalink's one."""
    tree = parse_html(html)
    if tree is None:
        raise NormalizeError("not an HTML page")
    index = PageIndex(tree)
    listing = _archive_listing(html, url) if _may_list_posts(tree, index, url) else None
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
            _declared_language(records, tree)
            return records
    held = held_credits(index)  # ("<p class="credit">JIJI</p>": taken out as a caption)
    # Oversize pages (normalizer/pages/oversize.py) are extracted in chunks: linear time.
    ex = extract_oversize(tree, url) if is_oversize(html, tree) \
        else extract(tree, url, index=index)
    info: PageInfo = ex.info
    note_opening_heading(ex.blocks, info.lead_heading)
    meta = PostMeta(url=url, title=info.title, published=info.published, author=info.author,
                    categories=info.categories, tags=info.tags, archive_url=archive_url,
                    tag=tag, fetched_at=fetched_at)
    record = build_record(ex.blocks, meta, removed=ex.removed, hints=ex.hints)
    credits_around_body(tree, record, held)  # "Quelle: X" under the article, "来源：X" by its title
    _declared_language([record], tree)
    return [record]


def _declared_language(records: list[dict], tree: etree._Element) -> None:
    """The page's declared language (``<html lang="bs-BA">``) names the stories the
    detector gave a close relative of it (:func:`settle_relatives`)."""
    declared = declared_language(tree.get("lang") or tree.get("xml:lang"))
    for record in records:
        if settle_relatives(record["stories"], declared):
            record["language"] = post_language(record["stories"])


# What a post container's class has in it, whichever of the container tests it passes.
_CONTAINER_NEEDLES = (*platforms.POST_CONTAINER_CLASS_PARTS,
                      *platforms.POST_CONTAINER_CLASS_TOKENS)
_CONTAINER_CLASS_NEEDLES = re.compile("|".join(map(re.escape, _CONTAINER_NEEDLES)))


def _may_list_posts(tree, index: PageIndex, url: str) -> bool:
    """Cheap tests on the tree already parsed before the archive parser parses the page
    again: does the page repeat post containers, and can it be a listing at all
    (:func:`~normalizer.pages.archive.may_be_listing`)?"""
    if _post_containers(index) < 2:
        return False
    try:
        from normalizer.pages.archive import may_be_listing
    except ImportError:  # pragma: no cover - archive understanding ships with the crawler
        return False
    return may_be_listing(tree, url)


def _post_containers(index: PageIndex) -> int:
    """How many of the page's elements are post containers, counted up to two (enough to
    tell): an ``<article>`` without a class, an element of a container's tag with one,
    and an element whose class has a container's class part or token. Only the class
    strings that have a container's class word in them are tested, each once however
    many elements share it: they are found by substring searches of all the page's
    classes at once (:attr:`~normalizer.pages.dom.PageIndex.class_text`), and counted in
    C; a page repeats a few dozen class strings over hundreds of elements."""
    seen = sum(1 for el in index.articles if not el.get("class"))
    tagged = [classes for el in index.with_tags(_CONTAINER_TAGS) if (classes := el.get("class"))]
    seen += len(tagged)
    if seen >= 2:
        return seen
    text = index.class_text
    wanted: set[str] = set()
    for needle in _CONTAINER_NEEDLES:  # the class strings a needle stands in
        at = text.find(needle)
        while at != -1:
            end = text.find("\0", at)
            end = len(text) if end == -1 else end
            wanted.add(text[text.rfind("\0", 0, at) + 1:end])
            at = text.find(needle, end)
    tokens = frozenset(platforms.POST_CONTAINER_CLASS_TOKENS)
    wanted = {classes for classes in wanted
              if any(part in classes for part in platforms.POST_CONTAINER_CLASS_PARTS)
              or not tokens.isdisjoint(classes.split())}
    if not wanted:
        return seen
    counts = Counter(filter(wanted.__contains__, map(itemgetter(1), index.classed)))
    counts.subtract(classes for classes in tagged if classes in wanted)  # (counted above)
    return seen + sum(counts.values())


_CONTAINER_TAGS = frozenset(platforms.POST_CONTAINER_TAGS)


def _archive_listing(html: str | bytes | etree._Element, url: str):
    """The archive page's listing when the page lists several posts, else None."""
    try:
        from normalizer.pages.archive import parse_archive
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
    at_archive_path = platforms.ARCHIVE_PATH_RE.search(urlsplit(url).path or "/")
    if not (page.tag or page.next_url or at_archive_path):
        return None
    return page


def normalize_text(text: str, url: str) -> dict:
    """One record holding all the stories of a page flattened to text."""
    if not text.strip():
        raise NormalizeError("empty text")
    return build_record(dump_blocks(text), PostMeta(url=url), dump=True)
