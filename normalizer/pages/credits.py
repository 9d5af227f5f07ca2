"""Credits printed around a post's body, outside what the extractor keeps.

News CMSs print a story's source line in the article's own header or footer, not among
its paragraphs: "来源：半月谈" beside the date under the title, "Quelle: hessenschau.de/bb"
in the article's footer under the last paragraph. The extractor keeps the paragraphs only,
so a story that names no source in its text looks here: in the few text nodes of the page
between the post's title and its first paragraph, and in the few right after its last
paragraph, outside the page's navigation, sidebars, related-story lists and comments.

The post's date is checked there too (:func:`checked_page_date`): the date printed under
its heading against a date finder's answer for the page.

Only labelled credits are read there ("Source:", "Quelle:", "Fuente:", "Источник:",
"来源：", "This article originally appeared in ..."), and a copyright line only when
the outlets table knows its holder ("© Reuters"): a page's own "© 2023 Blog Name" is the
site's notice, not the story's credit.

Where none names the source, credits printed by position or in markup do
(:func:`fill_placed_sources`; the shapes are data in :mod:`normalizer.cues.credits`): a
byline naming an outlet ("Af Ritzau", "Door: NU.nl"; a person's name is a byline), a name
alone in the header's publisher slot, an aggregator's date line ending with its provider,
an agency's logo linking its site in the author slot or a JSON-LD author that is an agency
(never on the agency's own site). A picture credit or the site's own name is never one.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from lxml import etree

from normalizer.cues import credits as credit_cues
from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.cues.markup import HEADING_TAGS
from normalizer.cues.outlets import (
    PHOTO_SERVICES,
    PRINT_EDITION_RE,
    SOURCE_LABEL_ALONE_RE,
    _letters,
    address_in_words,
    address_named_in,
    as_credited,
    as_written,
    canonical_source,
    cjk_desk_outlet,
    credit_line_source,
    date_line_label_source,
    ending_source,
    find_source,
    is_common_word_name,
    is_end_mark,
    newsroom_of,
    origin_notice,
    outlet_name,
    person_then_agency,
    role_outlet,
    signoff_source,
    slot_value_source,
    trailing_label_source,
    wire_names,
    with_agencies,
)

#: How many text nodes before the first paragraph (when the title is not found) and after
#: the last one are the post's own header and footer.
NODES_BEFORE = 12
NODES_AFTER = 12
#: How many text nodes before the first paragraph (empty ones counted) are searched for the
#: title when the first window does not hold it, and how many nodes a header so found may
#: hold at most.
HEADER_WIDE_NODES = 400
HEADER_MAX_NODES = 40
#: A credit line is short; a longer node is prose.
CREDIT_MAX_CHARS = 150
#: Regions of a page that are never the post's header or footer, by tag and by class or id
#: token (the page's own header and footer are not listed: a CMS's article header is often
#: classed "header", its article footer "footer").
NOT_POST_TAGS = frozenset(("nav", "aside", "script", "style", "noscript", "select", "button",
                           "form", "template"))
NOT_POST_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|respond|sidebar|widget|nav|navigation|menu|"
    r"related|jp-relatedposts|sharedaddy|share|sharing|social|breadcrumbs?|teaser|"
    r"recommend\w*|more-stories|most-read|popular|newsletter|advert\w*|ads?)(?:$|[\s_-])",
    re.IGNORECASE)
#: An ``<article>`` or ``<main>`` element is the post (or the page's content) whatever its
#: class says of the ads placed in it ("article-readmore shrink-ads-auto"): only the words
#: of other content (related lists, comments, sidebars ...) put one outside the post.
CONTENT_TAGS = frozenset(("article", "main"))
_AD_WORDS_RE = re.compile(r"(?:^|[\s_-])(?:advert\w*|ads?)(?:$|[\s_-])", re.IGNORECASE)
#: A wrapper of the page's content and its chrome together ("td-transition-content-and-menu"):
#: the chrome's word in its class names what it also holds, not what it is.
_WRAPPER_WORDS_RE = re.compile(r"\S*content[_-]and[_-]\S*", re.IGNORECASE)
# A paragraph is found on the page by its first characters (a link inside it splits its
# text into several nodes; the first node holds at least these).
_PREFIX = 24
_WS = re.compile(r"\s+")
# (No-break and ideographic spaces count as spaces: "\u3000\u3000“妈妈…" starts a paragraph.)
# A word of each is looked for (a substring test costs little; folding the spaces of every
# text of the page costs ten times more; scripts, which often hold the article again as
# data, are never read). One walk of the page finds both paragraphs.
_CANDIDATES = etree.XPath("//text()[contains(., $w1) or contains(., $w2)]"
                          "[not(parent::script or parent::style)]")
# Text nodes before and after an element, in document order (XPath walks the page in C).
_BEFORE = etree.XPath("preceding::text()[position() <= $n]")
_AFTER = etree.XPath("following::text()[position() <= $n]")
# How many text nodes a paragraph's links may split its text into, at most, beyond the
# footer's own (see NODES_AFTER).
PARAGRAPH_NODES_MAX = 40


def _fold(text: str) -> str:
    return _WS.sub(" ", text.replace("\xa0", " ")).strip().lower()


def _owner(node) -> etree._Element | None:
    """The element a text node is the text of (a tail's is its element's parent)."""
    el = node.getparent()
    return el.getparent() if el is not None and node.is_tail else el


#: Elements whose class names the page's layout, not a region of it.
_LAYOUT_TAGS = frozenset(("main", "body", "html"))
#: A widget toolkit's theming classes, on any container (jQuery UI's "ui-widget-content" on
#: the article's tab panel): no region of the page.
_THEMING_WORDS_RE = re.compile(r"(?<![\w-])ui-widget(?:-[\w-]+)?", re.IGNORECASE)


def _outside_post(el: etree._Element | None) -> bool:
    """In the page's navigation, sidebars, related-story lists, comments (or nowhere)."""
    if el is None:
        return True
    for anc in (el, *el.iterancestors()):
        if not isinstance(anc.tag, str) or anc.tag in NOT_POST_TAGS:
            return True
        if anc.tag in _LAYOUT_TAGS:
            continue  # the page's main content, whatever its class ("grid-container-no-nav"),
            # and the page itself (<body class="sidebars-1">: the layout it has)
        cls, ident = anc.get("class"), anc.get("id")
        if (cls or ident) and _not_post_class(f"{cls or ''} {ident or ''}",
                                              anc.tag in CONTENT_TAGS):
            return True
    return False


@functools.lru_cache(maxsize=8192)
def _not_post_class(words: str, content: bool) -> bool:
    """A class-and-id text of page chrome (``content``: an ``<article>``'s or a
    ``<main>``'s); kept (a page's ancestors repeat the same few)."""
    words = _THEMING_WORDS_RE.sub(" ", words)
    if not NOT_POST_CLASS_RE.search(words):
        return False
    if content and not NOT_POST_CLASS_RE.search(_AD_WORDS_RE.sub(" ", words)):
        return False  # <article class="... shrink-ads-auto">: the post
    # "td-transition-content-and-menu": the page's whole content
    return bool(NOT_POST_CLASS_RE.search(_WRAPPER_WORDS_RE.sub(" ", words)))


def _spaced(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u3000", " ").split())


class TextNode(str):
    """A text node found without XPath: its text, the element it hangs on
    (:meth:`getparent`, as lxml's text results have it) and whether it is that
    element's tail."""

    _parent: etree._Element
    is_tail: bool

    def __new__(cls, text: str, parent: etree._Element, is_tail: bool) -> TextNode:
        node = super().__new__(cls, text)
        node._parent, node.is_tail = parent, is_tail
        return node

    def getparent(self) -> etree._Element:
        return self._parent


_NOT_READ = frozenset(("script", "style"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def text_nodes_with(tree: etree._Element, w1: str, w2: str) -> list[TextNode]:
    """``_CANDIDATES(tree, w1=w1, w2=w2)`` read in one loop over the page's elements: the
    XPath builds the set of every text node of the page to test each (about a
    millisecond on a news page). Texts and tails are tested as the loop meets them; the
    few found are then put in document order (a tail comes after its element's whole
    subtree). ``tests/test_page_fast_paths.py`` compares the two."""
    found: list[tuple[tuple[int, int, int], etree._Element, bool]] = []
    root = tree.getroottree().getroot()
    # (scripts' and styles' texts are never read: often most of the page's characters,
    # some 90,000 on an AEB page, each read a copy; found by their tags in one C walk,
    # they are known in the loop by identity, cheaper than reading every element's tag)
    unread = set(root.iter(*_NOT_READ))
    for place, el in enumerate(root.iter()):
        text = el.text if el not in unread else None  # (a comment's too: its tag, a
        if text and (w1 in text or w2 in text) and isinstance(el.tag, str):  # function,
            found.append(((place, 1, 0), el, False))  # is read only on a match)
        tail = el.tail
        if tail and (w1 in tail or w2 in tail):
            parent = el.getparent()
            if parent is not None and parent.tag not in _NOT_READ:
                ancestors = sum(1 for _ in el.iterancestors())
                after = place + 1 + sum(1 for _ in el.iterdescendants())
                found.append(((after, 0, -ancestors), el, True))
    if any(is_tail for _, _, is_tail in found):
        found.sort(key=lambda hit: hit[0])
    return [TextNode(el.tail if is_tail else el.text, el, is_tail) for _, el, is_tail in found]


def _found(tree: etree._Element, first: str, last: str) -> tuple:
    """The text nodes of the post where its first and its last paragraph start (None
    where not found)."""
    prefixes = [_spaced(first)[:_PREFIX], _spaced(last)[:_PREFIX]]
    words = [max(p.split(), key=len, default=p) for p in prefixes]
    candidates = [(n, _spaced(n)) for n in text_nodes_with(tree, words[0], words[1])]
    found = []
    for prefix in prefixes:
        node = None
        for p in (prefix, prefix[:_PREFIX // 2]):
            nodes = [n for n, text in candidates if text.startswith(p) and len(text) > 2
                     and not _outside_post(_owner(n))]
            # (a heading that repeats the first paragraph is a teaser's copy of it, above
            # the page's header: "<h2>" in a share box; the paragraph itself is the post's)
            node = next((n for n in nodes if getattr(_owner(n), "tag", None) not in _HEADINGS),
                        nodes[0] if nodes else None)
            if node is not None:
                break
        if node is None:  # "<p><span class="dateline">KOBE – </span>A total of ...</p>"
            node = next((n for n, _ in candidates if _opens_with(_owner(n), prefix)
                         and not _outside_post(_owner(n))), None)
        found.append(node)
    return tuple(found)


#: How much of an element's text is read at most to find a paragraph whose first words stand
#: in an inline element of their own (a dateline's span).
OWNER_TEXT_MAX_CHARS = 5000


def _opens_with(owner: etree._Element | None, prefix: str) -> bool:
    """The whole text of ``owner`` (a paragraph whose first text node is an inline
    element's, such as a dateline's span) starts with ``prefix``."""
    if owner is None or not isinstance(owner.tag, str) or owner.tag in _NOT_READ:
        return False
    read = ""
    for piece in owner.itertext():  # (only as much of it as the prefix needs)
        read += piece
        if len(read) > OWNER_TEXT_MAX_CHARS or len(_spaced(read)) > len(prefix):
            break
    return _spaced(read).startswith(prefix)


# How a credit's text starts: a copyright sign or a source label in any of the languages
# of :data:`normalizer.cues.openers.SOURCE_LABELS`, or a republication notice.
_LABEL_START_RE = re.compile(
    r"^\s*(?:©|ⓒ|\(c\)|copyright|this\s+(?:article|story|piece|report)|originally|first|"
    r"republished|" + "|".join(map(re.escape, openers.SOURCE_LABELS)) + ")", re.IGNORECASE)


def _credit(node) -> str | None:
    """The outlet a header or footer text node credits, or None."""
    text = " ".join(str(node).split())
    if len(text) > CREDIT_MAX_CHARS:
        return None
    if not _LABEL_START_RE.match(text):  # most texts of a page: no label at their start
        found = origin_notice(text) if PRINT_EDITION_RE.match(text) else _relay_bracket(text)
        if found is None or _outside_post(_owner(node)):
            return None  # ("Газета «Коммерсантъ» №84 от 15.05.2025": the paper printing it)
        return as_written(found, [text])
    owner = _owner(node)
    if owner is None or _outside_post(owner):
        return None
    whole = " ".join("".join(owner.itertext()).split())
    line = whole if len(whole) <= CREDIT_MAX_CHARS else text
    if SOURCE_LABEL_ALONE_RE.match(line) and (box := owner.getparent()) is not None:
        # the label in an element of its own, the name in a link beside it
        # ("<span>Источник:</span> <a>radiovesti.ru</a>"): their box's line is the credit
        boxed = " ".join("".join(box.itertext()).split())
        line = boxed if len(boxed) <= CREDIT_MAX_CHARS else line
    m = cues.COPYRIGHT_RE.match(line)
    if m is None:  # "© Licencja na publikację © ℗ Wszystkie prawa zastrzeżone Źródło: rp.pl"
        held = credit_cues.COPYRIGHT_HOLDER_RE.match(line)  # "© Copyright 2012 X. All ..."
        return trailing_label_source(line) or (
            as_written(canonical_source(held["holder"]), [line]) if held else None)
    groups = m.groupdict()
    named = groups.get("label") or groups.get("orig") or groups.get("orig2") \
        or groups.get("orig3")
    if named:
        return as_written(outlet_name(named), [line])
    holder = groups.get("holder")
    return (as_written(canonical_source(holder), [line]) if holder else None) \
        or trailing_label_source(line)


#: A Chinese-language paper's relay line, alone in its element under the headline: the paper,
#: a slash, the agency it carries (a name ending in 社), place, day and 電/电 ("dispatch"), in
#: one bracket ("【世界日報╱法新社華盛頓9日電】"): the agency is the story's source.
RELAY_BRACKET_RE = re.compile(
    r"^[【〔［\[（(](?:[^╱／/【】〔〕\[\]（）()]{1,12}[╱／/])?"
    r"(?P<name>[\u4e00-\u9fff]{1,5}?社)[^【】〔〕\[\]（）()]{0,24}?[电電][】〕］\]）)]$")


def _relay_bracket(text: str) -> str | None:
    """The wire agency a relay line names (:data:`RELAY_BRACKET_RE`), one the table knows
    as a wire; None for any other line."""
    m = RELAY_BRACKET_RE.match(text)
    found = canonical_source(m.group("name")) if m else None
    return found if found in wire_names() else None


#: The longest sign-off line under a story's last paragraph ("pbe/dpa", "AFP/dpa/fa").
SIGNOFF_MAX_CHARS = 30


def _footer_signoff(footer: list) -> str | None:
    """The wire agency the line right under the story's last paragraph signs with the
    editor's initials ("pbe/dpa": dpa), in an element of its own; a bare name there may be
    a tag's or a menu's, so the slash of the sign-off is asked for."""
    if not footer:
        return None
    text = " ".join(str(footer[0]).split())
    if len(text) > SIGNOFF_MAX_CHARS or _outside_post(_owner(footer[0])):
        return None
    if "/" not in text:  # "health.in.gr, ΑΠΕ": the site's own address, then the agency
        return _address_and_wire(text)
    found = signoff_source(text)
    return found if found in wire_names() and not credit_cues.PHOTO_LABEL_RE.search(text) else None


def _address_and_wire(text: str) -> str | None:
    """The wire agency a sign-off of comma-separated parts names after the site's web
    address ("health.in.gr, ΑΠΕ": ANA-MPA, as the line writes it), every other part an
    address; None for other lines (a tag list, "Athens, Greece")."""
    parts = [p.strip(" .") for p in text.split(",")]
    if len(parts) < 2:
        return None
    wires = [w for p in parts if (w := canonical_source(p)) in wire_names()]
    others = [p for p in parts if canonical_source(p) not in wire_names()]
    if len(wires) != 1 or not others or not all(_WEB_ADDRESS_RE.match(p) for p in others):
        return None
    return as_written(wires[0], [text])


def _story_notice(footer: list, end) -> str | None:
    """The holder of a copyright notice printed inside the story's own container, under its
    last paragraph (``<article><p>...</p><p class="copyright">© KOHA. ...</p></article>``),
    shaped like an outlet, though the outlets table does not know it: the notice the story
    carries, as a line pasted under a post's text would (a page's own footer stands outside
    the story's container)."""
    paragraph = _owner(end) if end is not None else None
    container = paragraph.getparent() if paragraph is not None else None
    if container is None or container.tag in ("body", "html"):
        return None
    for node in footer:
        text = " ".join(str(node).split())
        m = cues.COPYRIGHT_RE.match(text) if len(text) <= CREDIT_MAX_CHARS else None
        holder = m.groupdict().get("holder") if m else None
        if not holder:
            continue  # (most nodes: no notice; the page is looked at only for one)
        owner = _owner(node)
        if owner is None or owner is paragraph or _outside_post(owner) \
                or not any(a is container for a in owner.iterancestors()):
            continue
        return outlet_name(holder, strict=True)
    return None


def _portal_notice(footer: list, page: _PageOwn) -> str | None:
    """The holder of the copyright notice closing a story on a portal that carries other
    papers' stories ("Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및 재배포 금지."
    under a Naver or Daum story, outside the story's own container): a name shaped like an
    outlet that is not the page's own (the site's own notice credits nobody else), named by
    the byline box above it with its mail address too ("뉴스타파 webmaster@newstapa.org")."""
    for node in footer[:credit_cues.PORTAL_NOTICE_NODES]:
        text = " ".join(str(node).split())
        m = credit_cues.COPYRIGHT_HOLDER_RE.match(text) if len(text) <= CREDIT_MAX_CHARS \
            else None
        if m is None or _outside_post(_owner(node)):
            continue
        holder = m.group("holder")
        # (only where the byline box names it too, with its mail address: "뉴스타파
        # webmaster@newstapa.org"; a site's own notice, "© 2019 CBS Interactive Inc.",
        # names the site's company, not a paper it carries)
        found = outlet_name(holder) if any(
            credit_cues.OUTLET_MAIL_RE.match(" ".join(str(n).split()))
            and " ".join(str(n).split()).startswith(holder + " ") for n in footer) else None
        if found and _fold(found) not in page.site and _fold(found).split(".")[0] not in page.site:
            return _not_photo(found)
    return None


def _windows(tree: etree._Element, stories: list[dict],
             title: str | None = None) -> tuple[list, list]:
    """The text nodes of the post's own header (from its title to its first paragraph) and
    of its footer (the few after its last paragraph)."""
    header, footer, _start, _end = _post_windows(tree, stories, title)
    return header, footer


def _post_windows(tree: etree._Element, stories: list[dict],
                  title: str | None = None) -> tuple[list, list, Any, Any]:
    """:func:`_windows`, and the text nodes where the post's first paragraph starts and its
    last one does (None where not found): the lead pass reads on from the first (the search
    walks the whole page), the story's own notice is looked for beside the last."""
    if not stories:
        return [], [], None, None
    first = stories[0]["text"].strip().split("\n\n", 1)[0].strip()
    last = stories[-1]["text"].strip().rsplit("\n\n", 1)[-1].strip()
    if not first or not last:
        return [], [], None, None
    start, end = _found(tree, first, last)
    if start is not None and len(paragraphs := stories[0]["text"].strip().split("\n\n", 2)) > 1 \
            and _is_heading_text(start):
        # the story opens with the page's deck (an <h2> under the headline, kept as its first
        # line): the header (a byline under the deck) runs to the first paragraph after it
        start = _found(tree, paragraphs[1].strip(), last)[0] or start
    header: list = []
    footer: list = []
    if start is not None:
        header = _header(start, _fold(title or ""))
    if end is not None:
        folded_last = _fold(last)
        after = [n for n in _AFTER(end.getparent(), n=(NODES_AFTER + PARAGRAPH_NODES_MAX) * 2)
                 if n.strip()]
        i = 0
        while i < len(after) and _fold(after[i]) in folded_last:  # the rest of the last one
            i += 1
        footer = after[i:i + NODES_AFTER]
    return header, footer, start, end


def _is_heading_text(node: Any) -> bool:
    """Whether the text node ``node`` stands in a heading element (``<h1>``-``<h6>``)."""
    el = node.getparent() if hasattr(node, "getparent") and not node.is_tail else None
    return el is not None and isinstance(el.tag, str) and el.tag in HEADING_TAGS



def _title_at(before: list, folded_title: str) -> int | None:
    """Where the post's title stands among the text nodes ``before`` its first paragraph
    (the last that starts it), or None."""
    if not folded_title:
        return None
    # (a node is folded only when its first letter, lower-cased, starts the title: most
    # of a window's nodes do not, and folding each cost the most of the header's search)
    return next((i for i in range(len(before) - 1, -1, -1)
                 if folded_title.startswith(before[i].lstrip()[:1].lower() or "\0")
                 and (t := _fold(before[i])) and len(t) >= min(10, len(folded_title))
                 and folded_title.startswith(t[:40])), None)


def _header(start, folded_title: str) -> list:
    """The text nodes of the post's header: from its title to its first paragraph's first
    node ``start``, else the last few before it. Pages whose header is mostly empty nodes
    (icons' markup, share bars) keep the title further up: it is looked for again in a
    wider window (:data:`HEADER_WIDE_NODES`), and the header is then taken whole up to
    :data:`HEADER_MAX_NODES` of its nodes ("Par Le Figaro et AFP" above the share bar)."""
    before = [n for n in _BEFORE(start.getparent(), n=NODES_BEFORE * 6) if n.strip()]
    top = _title_at(before, folded_title)
    if top is None and folded_title:
        wide = [n for n in _BEFORE(start.getparent(), n=HEADER_WIDE_NODES) if n.strip()]
        top = _title_at(wide, folded_title)
        if top is not None and len(wide) - top <= HEADER_MAX_NODES:
            return wide[top:]
        top = None
    return before[max(0, len(before) - NODES_BEFORE) if top is None else top:]


def around_body(tree: etree._Element, stories: list[dict],
                title: str | None = None) -> tuple[str | None, str | None]:
    """The outlets credited in the post's own header (above its first paragraph) and in
    its footer (under its last), from the page ``tree`` and the post's ``stories``."""
    return _credits(*_windows(tree, stories, title))


def _credits(header: list, footer: list) -> tuple[str | None, str | None]:
    return (next((c for n in header if (c := _credit(n))), None),
            next((c for n in footer if (c := _credit(n))), None))


# --- Bylines around the body --------------------------------------------------------------
#: Labels that name a story's writer in its header or footer ("Von: Björn Jahner",
#: "Auteur: Anna Kubišta", "作者︱春春"); an editor's label ("责任编辑", "Redaktion") is not
#: one. The name follows on the same line or in the next text of the page. Only a label
#: with its colon: a blog's header says "by John Smith" of the blog's poster, who is the
#: post's author (the record's ``author``), not the story's writer.
BYLINE_LABEL_RE = re.compile(
    r"^\s*(?:by|von|par|por|av|door|author|authors|auteur|auteurs|autor|autoren|autore|autora|"
    r"autorka|written\s+by|text|tekst|texto|testo|szerző|yazar|kirjoittaja|автор|авторы|"
    r"текст|作者|记者|記者|撰文|文字|著者|筆者|"
    # the byline labels of the other languages ("Af:", "Przez:", "Nga:", "Oleh:")
    + "|".join(map(re.escape, credit_cues.BYLINE_LABELS))
    + r")\s*[:：︱|｜]\s*(?P<names>.*)$", re.IGNORECASE)
_CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# How long a byline line may be.
BYLINE_MAX_CHARS = 80


def _byline(nodes: list, i: int) -> list[str]:
    """The people a byline label at ``nodes[i]`` names (the label alone: the next node)."""
    text = " ".join(str(nodes[i]).split())
    m = BYLINE_LABEL_RE.match(text) if len(text) <= BYLINE_MAX_CHARS else None
    if m is None or _outside_post(_owner(nodes[i])):
        return []
    names = m.group("names").strip(" |")
    if not names:
        if i + 1 >= len(nodes):
            return []
        names = " ".join(str(nodes[i + 1]).split())
        if len(names) > BYLINE_MAX_CHARS or re.search(r"[:：︱]", names) \
                or BYLINE_LABEL_RE.match(names):
            return []  # "作者：" then "责任编辑：X": an empty label, an editor's line
    from normalizer.stories.attribute import byline_names

    parts = [p for p in re.split(r"\s*[,，、;/]\s*|\s+", names) if p]
    if parts and all(_CJK_NAME_RE.match(p) for p in parts):
        return parts
    people, _ = byline_names(re.split(r"\s*[|•]\s*", names)[0])
    return people


def bylines_around_body(tree: etree._Element, stories: list[dict],
                        title: str | None = None) -> tuple[list[str], list[str]]:
    """The writers named in the post's own header and footer."""
    return _bylines(*_windows(tree, stories, title))


def _name_before_date(lead: list) -> list[str]:
    """The writer a node names alone before a separator, the next node opening with a date
    ("Jane Doe |" "05.04.2025 - ..."): the byline of the author slot under the standfirst.
    A person's name only (an outlet's there is the slot's signature, read elsewhere)."""
    from normalizer.stories.attribute import byline_names
    from normalizer.text.dates import parse_date

    for node, nxt in zip(lead[1:], lead[2:], strict=False):
        text = " ".join(str(node).split())
        if not text or text[-1] not in credit_cues.SLOT_NAME_SEPARATORS \
                or len(text) > BYLINE_MAX_CHARS:
            continue
        after = " ".join(str(nxt).split())
        if not after[:2].isdigit() or parse_date(after[:10]) is None:
            continue
        name = text.rstrip(credit_cues.SLOT_NAME_SEPARATORS + " ")
        people, outlets = byline_names(name)
        if people and not outlets and canonical_source(name) is None:
            return people
    return []


#: How many of the header's author-slot lines are read for names (two or three writers'
#: links, each with a "By" or "and" between them; a longer run is a list of authors' pages).
SLOT_NAME_LINES = 6
#: The most words one writer's name holds in the author slot ("Syeda Noshin Sharmily",
#: "Hana Jakubčíková Sádlíková"); more is a sentence, a bio, a slot's label.
SLOT_NAME_MAX_WORDS = 5
#: What joins writers' names in one line of the slot ("X and Y", "X og Y", "X, Y", "X و Y").
_SLOT_NAMES_SPLIT_RE = re.compile(
    r"\s*(?:[,，、;&]|\s(?:" + "|".join(map(re.escape, sorted(openers.NAME_JOINERS)))
    + r")\s)\s*", re.IGNORECASE)


#: The first letter of a script written without spaces between words (Chinese, Japanese,
#: Korean): a name there is one word ("左依"); elsewhere a name alone in the slot has two
#: words at least (one word is the slot's label, "By", "Published", a weekday).
UNSPACED_SCRIPT_START = credit_cues.UNSPACED_SCRIPT_START
#: Letters no name holds: an address, a label's colon, a bar, a role's "=" ("NEWS=NAME 기자"),
#: a picture's credit.
_NOT_NAME_CHARS = frozenset("@:：/／|()[]=©")
#: Month and weekday names, folded: a slot's line holding one is its date.
_DATE_WORDS = frozenset(w.casefold() for w in (*cues.MONTHS, *cues.WEEKDAYS))
_SLOT_NOT_NAME_WORDS = credit_cues.SLOT_NOT_NAME_WORDS | frozenset(cues.BIO_TRADES) \
    | credit_cues.BYLINE_NOT_NAME_WORDS


#: A byline's label in any language of the table opening an author slot's line, with or
#: without its colon ("Af Jens Hansen", "Από Méabh Mc Mahon"): the names follow.
_SLOT_LABEL_RE = re.compile(
    r"^(?:" + "|".join(map(re.escape, sorted(credit_cues.BYLINE_LABELS, key=len, reverse=True)))
    + r")\s*[:：]?\s+(?P<names>\S.*)$", re.IGNORECASE)


def _slot_person(name: str, not_names: frozenset[str]) -> bool:
    """``name`` is shaped as a person's: a few words of letters (no digit, no address, no
    label's colon), each word of a script with capitals capitalised but a name's particle
    ("de", "van"), no date's word or desk's ("CHQ Staff"), neither the site's own name
    (its tagline cut off) nor an outlet the table knows (the slot signs an outlet too:
    read as the story's source elsewhere)."""
    words = name.split()
    if not words or len(words) > SLOT_NAME_MAX_WORDS or any(ch.isdigit() for ch in name) \
            or not _NOT_NAME_CHARS.isdisjoint(name) or not name[0].isalpha() \
            or (len(words) < 2 and name[0] < UNSPACED_SCRIPT_START):
        return False
    if any(w[:1].islower() and w.casefold() not in openers.NAME_PARTICLES for w in words):
        return False
    folded = [w.casefold().strip(".,").removesuffix("'s").removesuffix("’s") for w in words]
    if any(w in _DATE_WORDS or w in _SLOT_NOT_NAME_WORDS for w in folded) or newsroom_of(name):
        return False  # "Posted Monday", "CHQ Staff", "Senior Contributor": a date, a desk, a role
    return _letters(name) not in not_names and canonical_source(name) is None \
        and find_source(name) is None


def _slot_people(header: list, not_names: frozenset[str]) -> list[str]:
    """The writers the post's author slot names in its header: the lines of an element
    classed as the author's or byline (:data:`~normalizer.cues.credits.AUTHOR_SLOT_WORDS`),
    schema.org's ``itemprop="author"`` or a link to a writer's page
    (:data:`WRITER_HREF_RE`, ``rel="author"``), each a person's name ("Vincent Chow",
    "By Jane Doe and John Roe", "左依"), a "By" or label before it read off; a name in
    capitals ("JANE DOE", the slot's style) is written as a name is."""
    from normalizer.stories.attribute import split_names

    people: list[str] = []
    read = 0
    for node in header:
        text = " ".join(str(node).split()).strip(" ,|·•")
        owner = _owner(node)
        if not text or len(text) > BYLINE_MAX_CHARS or owner is None \
                or not (_author_slot_near(owner) or _rel_author_near(owner)) \
                or _outside_post(owner) \
                or credit_cues.SLOT_NOT_NAME_CLASS_RE.search(owner.get("class") or ""):
            continue
        read += 1
        if read > SLOT_NAME_LINES:
            break
        m = cues.BYLINE_RE.match(text) or BYLINE_LABEL_RE.match(text) \
            or _SLOT_LABEL_RE.match(text)  # "Af Jens Hansen", "Από X": the label's words
        names = (m.group("names") if m else text).strip(" ,|·•")
        if _BYLINE_BAR_RE.search(names):  # "Jane Doe / Yomiuri Shimbun Staff Writers"
            names = _BYLINE_BAR_RE.split(names)[0]
        if "," in names and split_names(names)[1]:
            names = names.split(",")[0]  # "Jane Doe, Associated Press": the outlet read apart
        for part in _SLOT_NAMES_SPLIT_RE.split(names):
            part = part.strip(" ,")
            if part.endswith(".") and len(part.rsplit(None, 1)[-1]) > 2:
                part = part.rstrip(".")  # (an initial keeps its dot: "Antonio Barrero F.")
            part = part.title() if part.isupper() else part
            if _slot_person(part, not_names) and part not in people:
                people.append(part)
    return people


def _rel_author_near(owner: etree._Element) -> bool:
    """``owner`` or its parent is a link marked as the author's (``rel="author"``)."""
    return any(el.tag == "a" and "author" in (el.get("rel") or "").split()
               for el in (owner, owner.getparent()) if el is not None)


def _bylines(header: list, footer: list) -> tuple[list[str], list[str]]:
    return (next((b for i in range(len(header)) if (b := _byline(header, i))), []),
            next((b for i in range(len(footer)) if (b := _byline(footer, i))), []))


#: A credit element held before extraction: the element, the element it stood in, its text.
HeldCredit = tuple[etree._Element, etree._Element, str]
#: What stands beside a picture's credit: the picture.
_PICTURE_TAGS = ("img", "figure", "picture", "video", "iframe")


#: What every class :data:`~normalizer.cues.credits.HELD_CREDIT_CLASS_RE` matches holds,
#: lower-cased (the letters its case-blind match takes for "c", "r", "e", "d" are those
#: letters' own cases only: ``tests/test_page_speed7.py`` checks it against Python's rules).
HELD_CREDIT_PIECE = "cred"


def held_credits(index: Any) -> list[HeldCredit]:
    """The page's short credit elements (``<p class="credit">JIJI</p>``), each with the
    element it stands in, read from the page's :class:`~normalizer.pages.dom.PageIndex`
    before the extractor takes them out as pictures' credits: :func:`fill_sources` then
    knows where they stood."""
    held: list[HeldCredit] = []
    if not index.mentions_any_lower((HELD_CREDIT_PIECE,)):
        return held  # (most pages: no class anywhere is a credit's: one substring search)
    for el, classes in index.classed:
        if HELD_CREDIT_PIECE not in classes.lower() \
                or not credit_cues.HELD_CREDIT_CLASS_RE.search(classes):
            continue  # (the piece first: a substring search, the pattern on few classes)
        parent = el.getparent()
        if parent is None or any(True for _ in el.iter(*_PICTURE_TAGS)):
            continue
        text = " ".join("".join(el.itertext()).split())
        if text and len(text) <= credit_cues.NAME_LINE_MAX_CHARS:
            held.append((el, parent, text))
    return held


def _held_signoff(held: list[HeldCredit], end: Any) -> str | None:
    """A wire agency's sign-off in a credit element that stood in the story's own container,
    under its text ("<p class="credits">health.in.gr, ΑΠΕ</p>" after the body's last
    paragraph): the story's credit the extractor took for a picture's."""
    paragraph = _owner(end) if end is not None else None
    if paragraph is None:
        return None
    ancestors = [a for a in paragraph.iterancestors() if a.tag not in _LAYOUT_TAGS]
    for _el, parent, text in held:
        if not any(a is parent for a in ancestors) or len(text) > SIGNOFF_MAX_CHARS:
            continue
        found = _address_and_wire(text)
        if found is None and (signed := signoff_source(text)) in wire_names() \
                and not credit_cues.PHOTO_LABEL_RE.search(text):
            found = as_written(signed, [text])
        if found:
            return found
    return None


def _held_credit(held: list[HeldCredit], header: list, page: _PageOwn) -> str | None:
    """An outlet the table knows, alone in a credit element that stood in the post's header
    (the element it stood in holds the header's title) with no picture beside it, and not
    the page's own outlet: the story's credit the extractor took for a picture's."""
    if not header:
        return None
    title = _owner(header[0])
    for _el, parent, text in held:
        if title is None or not (parent is title or any(a is parent for a in
                                                         title.iterancestors())):
            continue
        if any(True for _ in parent.iter(*_PICTURE_TAGS)):
            continue  # (a picture in the header: the credit may be its)
        known = canonical_source(text)
        if known and known not in page.outlets:
            return _not_photo(as_written(as_credited(text, known), [text]))
    return None


def fill_sources(tree: etree._Element, record: dict, held: list[HeldCredit] | None = None
                 ) -> None:
    """Give the post's first story its header's credit and byline and its last story its
    footer's, where they name none of their own (the page is searched once for both).
    ``held``: the page's credit elements as they stood before extraction
    (:func:`held_credits`)."""
    stories = record.get("stories") or []
    if not stories:
        return
    first, last = stories[0], stories[-1]
    need_source = not (first["source"] and last["source"]) \
        or _sites_own_notice(tree, first["source"])  # (an aggregator's own notice)
    need_byline = not (first["byline"] and last["byline"])
    if not (need_source or need_byline):
        return
    lead: list | None = None  # (the lines between the first paragraphs, read when asked)
    *windows, start, end = _post_windows(tree, stories, record.get("title"))
    if need_source:
        header, footer = _credits(*windows)
        footer = footer or _story_notice(windows[1], end) or _footer_signoff(windows[1]) \
            or _portal_notice(windows[1], _PageOwn(tree))
        # (an address credited, "Источник: radiovesti.ru": as the story writes it in words)
        if header and not first["source"]:
            first["source"] = address_in_words(header, [first["text"] or ""]) or header
        if footer and not last["source"]:
            last["source"] = address_in_words(footer, [last["text"] or ""]) or footer
        # "Af Ritzau", "Door: NU.nl", markup
        lead = _lead(stories, start) if not first["source"] else None  # (read once, kept)
        fill_placed_sources(tree, record, (windows[0], windows[1]), start, lead)
        if not first["source"] or _sites_own_notice(tree, first["source"]):
            # (the header, then the lines between the first paragraphs: "Bron:" "BELGA")
            found = slot_credit(tree, windows[0], other_than=first["source"])
            if not found:
                lead = _lead(stories, start) if lead is None else lead
                found = _lead_slot(stories, start, lead)
            first["source"] = found or first["source"]
        if not first["source"] and held:  # "<p class="credit">JIJI</p>" under the headline
            first["source"] = _held_credit(held, windows[0], _PageOwn(tree))
        if not last["source"] and held:  # "<p class="credits">health.in.gr, ΑΠΕ</p>" under it
            last["source"] = _held_signoff(held, end)
        if not first["source"]:  # "3 sty 12 21:28 , JS | PAP" above the headline
            first["source"] = title_credit(tree, record.get("title"))
        if not first["source"] and len(stories) == 1:  # "AP: IMF dims outlook ..."
            first["source"] = titled_outlet(record.get("title"), _PageOwn(tree))
        if not first["source"] and len(stories) == 1:  # "X: first words …" over the headline
            first["source"] = retitled_outlet(record.get("title"), first, _PageOwn(tree))
    if need_byline:
        header_names, footer_names = _bylines(*windows)
        if not header_names and not first["byline"]:
            # under the standfirst: "Jane Doe |" then the date ("05.04.2025 - ...")
            header_names = _name_before_date(windows[0]) or _name_before_date(
                _lead(stories, start) if lead is None else lead)
        if not header_names and not first["byline"]:
            # the author slot's links or names
            # (neither the site's name, its tagline cut off, nor the story's dateline place;
            # the header, then the lines under the standfirst: "Vincent Chow" under the deck)
            not_names = frozenset(_letters(_TAGLINE_SEPARATOR_RE.split(n.strip(), maxsplit=1)[0])
                                  for n in (*_OWN_NAME_XPATH(tree), first.get("dateline") or ""))
            header_names = _slot_people(windows[0], not_names) or _slot_people(
                _lead(stories, start) if lead is None else lead, not_names)
        if header_names and not first["byline"]:
            first["byline"] = header_names
        if footer_names and not last["byline"]:
            last["byline"] = footer_names


# --- The post's date, as its header shows it -------------------------------------------------
#: How far apart two readings of one post's date may be for time zones alone (days).
DATE_ZONE_DAYS = 1


def _days(earlier: str, later: str) -> int:
    """Days from ``earlier`` to ``later`` (ISO dates); 0 when either is unreadable."""
    import datetime as dt

    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return 0


def date_under_heading(tree: etree._Element, latest: str) -> str | None:
    """The first date line under the page's only heading: the post's own date, as it shows
    it ("12.10.2015, 19:16 Uhr")."""
    from normalizer.pages.permalink import texts_under_heading
    from normalizer.text.dates import parse_date, split_date_line

    for text in texts_under_heading(tree):
        text = " ".join(str(text).split())
        if not 6 <= len(text) <= 90 or not any(c.isdigit() for c in text):
            continue
        is_date, _ = split_date_line(text)
        day = parse_date(text) if is_date else None
        if day and day <= latest:
            return day
    return None


def checked_page_date(tree: etree._Element, found: str, latest: str) -> str | None:
    """``found`` (a date finder's answer for the page), unless the page says it is not the
    post's: a date under the post's heading more than a day earlier (the page's own
    ``dateCreated`` of a rendering years on; within a day is a time zone's) replaces it; a
    print header's "today" ("Wydrukowano: 2021-05-11") is no date at all (None)."""
    from normalizer.text.dates import printed_dates

    under = date_under_heading(tree, latest)
    if under is not None:
        return under if _days(under, found[:10]) > DATE_ZONE_DAYS else found
    # (asked directly: since printed_dates reads a label only where a text starts with one
    # of the labels' first letters, a search of the page's whole text for a piece of each
    # label costs it twice what it spares)
    return None if found[:10] in printed_dates(tree) else found


# --- Credits by position and by markup ----------------------------------------------------
# Beyond labelled credits: a byline slot naming an outlet ("Af Ritzau", "Door: NU.nl"), a
# name alone in the header's publisher slot or known to the outlets table, an aggregator's
# date line ending with its provider, and the agency only in markup (its logo linking its
# site in the author slot, a JSON-LD author that is an agency). The shapes are data in
# :mod:`normalizer.cues.credits`.
_PHOTO_SERVICES = frozenset(s.casefold() for s in PHOTO_SERVICES)
_PHOTO_INSIDE_RE = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, credit_cues.PHOTO_LABELS)) + r")\s*[:：].*$",
    re.IGNORECASE)
# (the page's head only: a walk of the whole page costs as much as the rest of this pass)
_SITE_NAME_XPATH = etree.XPath(
    "/html/head/meta[@property='og:site_name' or @name='application-name' or "
    "@name='og:site_name' or @name='twitter:site' or @name='author']/@content")
_PAGE_URL_XPATH = etree.XPath(
    "/html/head/link[@rel='canonical']/@href | /html/head/meta[@property='og:url']/@content")


def _line(node) -> tuple[str, etree._Element | None]:
    """The whole text of the element a text node stands in (its line), and that element
    (the node's own text where the element's is longer than a credit line: then only as
    much of the element is read as shows it, a text node of a long article's container
    being one of the header's too)."""
    owner = _owner(node)
    if owner is None:
        return " ".join(str(node).split()), None
    read = ""
    check = CREDIT_MAX_CHARS
    for piece in owner.itertext():
        read += piece
        # (the spaced text of a part of the element is the start of the whole's)
        if len(read) > check:
            if len(" ".join(read.split())) > CREDIT_MAX_CHARS:
                return " ".join(str(node).split()), owner
            check = 2 * len(read)
    whole = " ".join(read.split())
    return (whole if len(whole) <= CREDIT_MAX_CHARS else " ".join(str(node).split())), owner


def _outside_post_placed(el: etree._Element | None) -> bool:
    """:func:`_outside_post`, a share bar counted in (it may hold the credit line)."""
    if el is None:
        return True
    for anc in (el, *el.iterancestors()):
        if not isinstance(anc.tag, str) or anc.tag in NOT_POST_TAGS:
            return True
        if anc.tag in _LAYOUT_TAGS:
            continue  # (as in _outside_post)
        classes, ident = anc.get("class"), anc.get("id")
        if (classes is not None or ident is not None) \
                and _not_post_placed_class(f"{classes or ''} {ident or ''}"):
            return True
    return False


@functools.lru_cache(maxsize=8192)
def _not_post_placed_class(cls: str) -> bool:
    """A class-and-id text of page chrome, its share-bar words left out; kept (the
    ancestors of a page's header lines repeat the same few)."""
    words = _WRAPPER_WORDS_RE.sub(" ", credit_cues.SHARE_BAR_WORDS_RE.sub(
        " ", _THEMING_WORDS_RE.sub(" ", cls)))
    return bool(words.strip() and NOT_POST_CLASS_RE.search(words))


def _lead(stories: list[dict], start) -> list:
    """The post's first paragraph's first text node ``start`` (found by the header and
    footer pass) and the nodes between it (a standfirst) and its second paragraph: "Af
    Ritzau" under the standfirst is the header's byline, and an aggregator's date line
    kept as the first paragraph is the header's line."""
    paragraphs = [p.strip() for p in stories[0]["text"].strip().split("\n\n") if p.strip()]
    if not paragraphs or start is None:
        return []
    if len(paragraphs) < 2:
        return [start]
    second = _spaced(paragraphs[1])[:_PREFIX]
    folded = _fold(paragraphs[0])
    after = [n for n in _AFTER(start.getparent(), n=credit_cues.LEAD_NODES * 2
                               + PARAGRAPH_NODES_MAX) if n.strip()]
    i = 0
    while i < len(after) and _fold(after[i]) in folded:  # the rest of the first one
        i += 1
    lead = [start]
    for node in after[i:i + credit_cues.LEAD_NODES]:
        if _spaced(node).startswith(second[:_PREFIX // 2]):
            break  # the second paragraph
        lead.append(node)
    return lead


def _not_photo(name: str | None) -> str | None:
    return None if not name or name.casefold() in _PHOTO_SERVICES else name


def _site_names(tree: etree._Element) -> frozenset[str]:
    """The page's own names (its site name, its blog's author), folded: a name the outlets
    table does not know is no credit where it is the site's own."""
    names = {_fold(v.lstrip("@")) for v in _SITE_NAME_XPATH(tree) if v.strip()}
    for host in _page_hosts(tree):
        names |= {host, host.split(".")[0]} - {""}
    return frozenset(names)


_HOST_RE = re.compile(r"https?://(?:www\.)?([^/:?#]+)", re.IGNORECASE)


def _page_hosts(tree: etree._Element) -> list[str]:
    """The host names of the page's own address (an archived copy's: the archived page's,
    the last address inside "https://web.archive.org/web/2020/https://www.przepisy.pl/")."""
    return [found[-1].lower() for url in _PAGE_URL_XPATH(tree)
            if (found := _HOST_RE.findall(url))]


class _PageOwn:
    """The page's own names (:func:`_site_names`) and outlets (:func:`_page_outlets`),
    found when a credit first needs them: most pages' header and footer hold no line that
    could name an outlet, and finding them costs a fifth of the placed-credits pass."""

    def __init__(self, tree: etree._Element) -> None:
        self._tree = tree

    @functools.cached_property
    def site(self) -> frozenset[str]:
        return _site_names(self._tree)

    @functools.cached_property
    def outlets(self) -> frozenset[str]:
        return _page_outlets(self._tree, self.site)


def _byline_outlet(line: str, page: _PageOwn) -> str | None:
    """The outlet a byline line names ("Af Ritzau", "Door: NU.nl", "Par AFP"), or None
    (a person's byline, a photo credit, the site's own name)."""
    if len(line) > credit_cues.BYLINE_LINE_MAX_CHARS or credit_cues.PHOTO_LABEL_RE.match(line):
        return None
    m = credit_cues.BYLINE_LINE_RE.match(line)
    if m is None:
        return None
    name = _PHOTO_INSIDE_RE.sub("", m.group("name")).strip(" .,;|")
    # (people and their agency: "Paul Wiseman, Fatima Hussein, The Associated Press", "Le
    # Figaro et AFP": the first outlet named)
    joined = with_agencies(name)  # "Par Le Monde avec AFP", "Von X mit Agenturen"
    known = as_credited(name, canonical_source(name)) or (joined[0] if joined else None) \
        or next(iter(_byline_agencies(name)), None) or ending_source(name) \
        or _outlet_after_bar(name)
    if known or not m.group("colon"):
        return _not_photo(as_written(known, [line]))
    found = outlet_name(name, strict=True)
    if not found or found.lower().startswith("www.") or _fold(found) in page.site \
            or _fold(found).split(".")[0] in page.site:
        return None  # a blogger's own web address, the site's own name
    return _not_photo(found)


#: How a byline's people and their outlet stand apart in one line ("By Takeo Maeda and
#: Tatsuya Tanoue / Yomiuri Shimbun Staff Writers", "Jane Doe | Reuters").
_BYLINE_BAR_RE = re.compile(r"\s+[/|｜]\s+")


def _outlet_after_bar(names: str) -> str | None:
    """The outlet the table knows named after the people of a byline, behind a spaced
    slash or bar ("... / Yomiuri Shimbun Staff Writers": Yomiuri Shimbun)."""
    for part in _BYLINE_BAR_RE.split(names)[1:]:
        found = as_credited(part, canonical_source(part))
        if found:
            return found
    return None


def _byline_agencies(names: str) -> list[str]:
    """The outlets a byline's names hold, in order (the people left out)."""
    from normalizer.stories.attribute import split_names

    return split_names(names)[1]


def _agency_and_place(line: str) -> str | None:
    """An agency and the dateline's place in capitals in an element of their own ("AFP,
    MANILA" under a deck): the agency."""
    agency, comma, place = line.partition(",")
    place = place.strip()
    if not comma or not place or not place.isupper() or len(place.split()) > 3:
        return None
    found = canonical_source(agency)
    return found if found in wire_names() else None


#: Path words of a link to a writer's page ("/writer/paul-wiseman/", "/author/x/", "/autore/",
#: "/autores/", "/profiles/1628", "/byline/zheng-zhi-hao"): its text is a byline's.
WRITER_HREF_RE = re.compile(r"/(?:writers?|authors?|autor(?:en|es?|s|i)?|auteurs?|journalists?|"
                            r"reporters?|staff|people|profiles?|byline)/", re.IGNORECASE)


#: One search for any of the author slot's words (they hold no space: none can span the
#: class and the id, so each is searched alone, lower-cased).
_AUTHOR_SLOT_WORD_RE = re.compile("|".join(map(re.escape, credit_cues.AUTHOR_SLOT_WORDS)))


def _author_slot_near(owner: etree._Element) -> bool:
    """``owner`` or one of its two nearest ancestors is the story's author slot (by class,
    schema.org ``itemprop="author"``) or a writer's link."""
    search = _AUTHOR_SLOT_WORD_RE.search
    for el in (owner, *itertools.islice(owner.iterancestors(), 2)):
        classes, ident = el.get("class"), el.get("id")
        if (classes and search(classes.lower())) or (ident and search(ident.lower())) \
                or (el.tag == "a" and WRITER_HREF_RE.search(el.get("href") or "")) \
                or el.get("itemprop") in ("author", "creator"):
            return True
    return False


def _author_slot_outlet(line: str, owner: etree._Element) -> str | None:
    """An outlet signing in the story's author slot, alone or with its desk's initials
    ("Radio-Canada" in the signature slot, "red, ORF.at/Agenturen" in the byline under the
    story): the story's source, the page's own outlet included (the slot credits the story;
    a person's name there is a byline, no sign-off)."""
    if len(line) > credit_cues.BYLINE_LINE_MAX_CHARS or credit_cues.PHOTO_LABEL_RE.match(line) \
            or not _author_slot_near(owner):
        return None
    found = signoff_source(line)
    return None if is_end_mark(found) else _not_photo(found)


def _people_and_agency(line: str, owner: etree._Element) -> str | None:
    """The agency a byline names after its people ("Fatima Hussein, The Associated Press"),
    in the author slot (by class or schema.org ``itemprop="author"``) or as a writer's link:
    the story's source (a picture's credit, "Jane
    Doe, AP" under a photo, stands in neither)."""
    if len(line) > credit_cues.BYLINE_LINE_MAX_CHARS or not _author_slot_near(owner):
        return None
    if "," not in line:  # "Jane Doe | Reuters | 5 Jan 2023", "Jane Doe - ANSA"
        parts = credit_cues.BYLINE_PARTS_RE.split(line)
        if len(parts) < 2 or not _PERSON_START_RE.match(parts[0]):
            return None
        return next((a for p in parts[1:1 + credit_cues.BYLINE_PARTS_READ]
                     if (a := canonical_source(p)) in wire_names()), None)
    from normalizer.stories.attribute import byline_names

    people, agencies = byline_names(line)
    return agencies[0] if people and agencies and agencies[0] in wire_names() else None


#: A person's name opening a byline: two to four capitalised words.
_PERSON_START_RE = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*$")


def _slot_name(name: str, page: _PageOwn) -> str | None:
    """The outlet ``name`` is: one the table knows (as credited), a web address as written,
    or the page's own site name where the site names itself as a publication, its name
    then its tagline ("Graiul Maramureșului - Cotidian independent ...", letters compared
    without accents: "Graiul Maramureşului" is "Graiul Maramureșului"). A site named as
    its writer alone ("Mike Wilcox", a personal blog) is no outlet, nor a handle
    ("@DawgsByNature")."""
    known = canonical_source(name)
    if known:
        return _not_photo(as_written(as_credited(name, known), [name]))
    if _WEB_ADDRESS_RE.match(name):
        return _not_photo(name)
    letters = _letters(name)
    if len(letters) < 4 or not name[0].isalpha():
        return None
    desk = newsroom_of(name)
    for site in _OWN_NAME_XPATH(page._tree):
        head, *tagline = _TAGLINE_SEPARATOR_RE.split(" ".join(site.split()), maxsplit=1)
        if tagline and _letters(head) == letters:
            return name
        if desk and (_letters(desk) == _letters(head) or desk == _initials(head)):
            # "ET Bureau" on The Economic Times' page, "CHQ Staff" on ConservativeHQ.com's
            return canonical_source(head) or _ADDRESS_END_RE.sub("", head)
    if desk and any(_letters(desk) in (label, label.removeprefix("the"))
                    for host in _page_hosts(page._tree) for label in host.split(".")[:1]):
        return desk  # "Jewish Business News Correspondent" on jewishbusinessnews.com
    return None


#: Words left out of a name's initials ("The Economic Times" is "ET").
_INITIALS_SKIPPED = frozenset(("the", "a", "an", "of", "and", "&"))
#: A web address's ending ("ConservativeHQ.com": the site's name is "ConservativeHQ").
_ADDRESS_END_RE = re.compile(r"\.(?:com|net|org|co|info|news|[a-z]{2})(?:\.[a-z]{2})?$",
                             re.IGNORECASE)


def _initials(name: str) -> str:
    """The capitals a name is abbreviated to ("The Economic Times" -> "ET",
    "ConservativeHQ.com" -> "CHQ"), or "" where there are fewer than two (one word's
    initial is no name)."""
    words = [w for w in _ADDRESS_END_RE.sub("", name).split()
             if w.casefold() not in _INITIALS_SKIPPED]
    capitals = "".join(c for w in words for c in w if c.isupper())
    return capitals if len(capitals) > 1 else ""


#: What stands between a site's name and its tagline ("X - Cotidian independent ...").
_TAGLINE_SEPARATOR_RE = re.compile(r"\s+[-–—|:]\s+")


#: A credit written as a web address ("URA.RU", "jpnn.com").
_WEB_ADDRESS_RE = re.compile(r"^[^\W_][\w-]{1,30}(?:\.[\w-]{2,30})?\.[A-Za-z]{2,4}$")


def _slot_signature(node, line: str, owner: etree._Element | None,
                    page: _PageOwn) -> str | None:
    """An outlet signing as the text of the story's author slot where the slot's other
    shapes read none: its name before the date ("CBC News · Posted: ..."), after the
    byline label and before a dash ("De Graiul Maramureşului -", the site's own name), a
    person's name then the outlet's with no separator ("By Narayana Kocherlakota
    Bloomberg"), a copyright line naming its holder in quotes ("© ... «URA.RU»"). The name
    must be one the table knows, a web address or the page's own site name (its newsroom
    too: "Jewish Business News Correspondent", "ET Bureau" on The Economic Times' page): a
    person's name alone in the slot is a byline."""
    if owner is None or not _author_slot_near(owner) \
            or _in_slot(owner, credit_cues.PICTURE_SLOT_RE):
        return None
    text = " ".join(str(node).split())
    if not text or len(text) > credit_cues.BYLINE_LINE_MAX_CHARS \
            or credit_cues.PHOTO_LABEL_RE.match(text):
        return None
    m = credit_cues.SLOT_QUOTED_HOLDER_RE.match(text)
    if m:
        return _slot_name(m.group("name").strip(), page)
    labelled = credit_cues.BYLINE_LINE_RE.match(text)
    name = (labelled.group("name") if labelled and not labelled.group("colon") else text)
    name = name.strip(credit_cues.SLOT_NAME_SEPARATORS + " ")
    if not name:
        return None
    head, *rest = credit_cues.BYLINE_PARTS_RE.split(name, maxsplit=1)
    if rest and _is_date(rest[0]):
        return _slot_name(head, page)  # "CHQ Staff | 10/17/18"
    agency = person_then_agency(name)  # "Narayana Kocherlakota Bloomberg"
    if agency:
        return agency
    # the name alone in its node, the slot's next text a separator ("CBC News" " · " date)
    block = _owner(node)
    whole = " ".join("".join(block.itertext()).split()) if block is not None else text
    after = whole.partition(name)[2].lstrip()
    if after and after[0] not in credit_cues.SLOT_NAME_SEPARATORS:
        return None
    return _slot_name(name, page)


def _print_day_credit(node) -> str | None:
    """The paper a story's print-edition credit names ("From Tuesday's Globe and Mail"),
    where the outlets table knows it."""
    m = credit_cues.PRINT_DAY_CREDIT_RE.match(" ".join(str(node).split()))
    return _print_day_name(m.group("name")) if m else None


def _print_day_name(name: str) -> str | None:
    """The outlet a print-day credit names, where the table knows it: the day's possessive
    stands for the paper's article ("Tuesday's Globe and Mail" is The Globe and Mail's),
    so the name is credited with it."""
    known = canonical_source(name)
    if not known:
        return None
    credited = as_credited(name, known) or known
    if re.sub(r"(?i)^the\s+", "", known).casefold() == credited.casefold():
        credited = known
    return _not_photo(as_written(credited, [name]))


def _is_date(text: str) -> bool:
    """``text`` is a date line ("10/17/18", "Saturday, March 7, 2009")."""
    from normalizer.text.dates import split_date_line

    return bool(credit_cues.NUMERIC_DATE_START_RE.match(text) or split_date_line(text)[0])


def _site_dateline(node, owner: etree._Element | None) -> str | None:
    """The site's web address opening the first paragraph's dateline ("jpnn.com, JAKARTA
    - ...", the address in an element of its own): the site credits the story."""
    text = " ".join(str(node).split())
    if owner is None or not _WEB_ADDRESS_RE.match(text):
        return None
    block = owner.getparent() if owner.tag in _INLINE_TAGS else owner
    if block is None:
        return None
    read = ""
    for piece in block.itertext():
        read += piece
        if len(read) > credit_cues.SITE_DATELINE_READ:
            break
    m = credit_cues.SITE_DATELINE_RE.match(" ".join(read.split()) + " ")
    return _not_photo(as_credited(text, canonical_source(text)) or text) \
        if m and m.group("name") == text else None


_INLINE_TAGS = frozenset(("span", "a", "b", "strong", "em", "i", "font"))


def _name_under_byline(node, before) -> str | None:
    """An outlet the table knows on the line under a byline, the two parted by a line
    break in one block ("By Jemele Hill<br>ESPN.com<br>Archive") or right after the
    byline's element ("<div id="byline">By X and Y</div> Washington Post Staff Writers"):
    the byline's outlet, the page's own too (a logo is no line of the byline's block)."""
    if before is None or not getattr(node, "is_tail", False):
        return None
    br = node.getparent()
    text = " ".join(str(node).split())
    if br is None or not text or len(text) > credit_cues.NAME_LINE_MAX_CHARS:
        return None
    labelled = credit_cues.BYLINE_LINE_RE.match(" ".join(str(before).split()))
    if labelled is None or canonical_source(labelled.group("name")) \
            or not (br.tag == "br" and _owner(before) is _owner(node)
                    or br is _owner(before)):  # (the byline's element, the outlet after it)
        return None
    known = canonical_source(text)
    return _not_photo(as_written(as_credited(text, known), [text])) if known else None


def _role_outlet(line: str, before) -> str | None:
    """The outlet the table knows as a byline list's role, its label in the node before
    ("Role, " then "BBC中文记者": BBC); see :data:`credit_cues.ROLE_LINE_RE`."""
    if before is None or len(line) > credit_cues.NAME_LINE_MAX_CHARS \
            or not (m := credit_cues.ROLE_LINE_RE.match(str(before))) or m.group("name"):
        return None
    known = role_outlet(line)
    return _not_photo(as_written(as_credited(line, known), [line])) if known else None


def _desk_outlet(line: str) -> str | None:
    """The outlet a Chinese byline names before its desk ("上報快訊／范姜佳鈺")."""
    if len(line) > credit_cues.BYLINE_LINE_MAX_CHARS:
        return None
    return _not_photo(cjk_desk_outlet(line))


def _in_slot(owner: etree._Element, pattern: re.Pattern[str], levels: int = 2) -> bool:
    """Whether ``owner`` or one of its nearest ancestors is classed as ``pattern`` says."""
    for el in (owner, *owner.iterancestors()):
        if levels < 0:
            return False
        levels -= 1
        words = f"{el.get('class') or ''} {el.get('id') or ''}"
        if words.strip() and pattern.search(words):
            return True
    return False


def _name_alone(line: str, owner: etree._Element | None,
                page: _PageOwn | None = None, *, lead: bool = False) -> str | None:
    """An outlet's name alone on a header line: any outlet-like name in a slot classed as
    the publisher's ("newsPublisher"), or one the outlets table knows (not a link's text
    nor the page's own outlet: a logo, a navigation link; not in the ``lead``, between the
    first paragraphs, where a known name alone is a logo or a kicker). ``page``: the page's
    own outlets (none when not given)."""
    if len(line) > credit_cues.NAME_LINE_MAX_CHARS or any(c.isdigit() or c in ":：" for c in line) \
            or owner is None or _in_slot(owner, credit_cues.PICTURE_SLOT_RE):
        return None
    if _in_slot(owner, credit_cues.PUBLISHER_SLOT_RE):
        found = outlet_name(line)
        squashed = re.sub(r"\W", "", (found or "").casefold())
        own = page.outlets if page is not None else frozenset()
        # the page's own outlet as the table spells it ("FOXBusiness" -> "Fox Business")
        return _not_photo(next((o for o in own if re.sub(r"\W", "", o.casefold()) == squashed),
                               found))
    known = None if lead else canonical_source(line)
    if known is None or (page is not None and known in page.outlets) or owner.tag == "a" or any(
            a.tag == "a" for a in owner.iterancestors()):
        return None
    return _not_photo(as_written(known, [line]))


def _name_over_date(line: str, owner: etree._Element, after) -> str | None:
    """An outlet the table knows, alone in its element, the story's date in the element
    beside it ("<span>毎日新聞</span><span>2025/1/14 21:17</span>" under the headline): the
    outlet's credit line, as FORMAT's "Haaretz — Nov 23, 2017", the page's own outlet too
    (its logo is a link and stands above the headline, outside the post's header)."""
    from normalizer.text.dates import split_date_line

    if after is None or len(line) > credit_cues.NAME_LINE_MAX_CHARS \
            or any(c.isdigit() for c in line) or owner.tag == "a" \
            or any(a.tag == "a" for a in owner.iterancestors()) \
            or _in_slot(owner, credit_cues.PICTURE_SLOT_RE):
        return None
    known = canonical_source(line)
    if known is None:
        return None
    date, date_owner = _line(after)
    if date_owner is None or date_owner.getparent() is not owner.getparent() \
            or date_owner is owner:
        return None
    if not (credit_cues.NUMERIC_DATE_START_RE.match(date) or split_date_line(date)[0]):
        return None
    return _not_photo(as_written(as_credited(line, known), [line]))


def _linked_origin(line: str, owner: etree._Element, after, page: _PageOwn) -> str | None:
    """An outlet linked to its own site above the story's date, on another site's page
    ("Max Blumenthal / <a href="https://thegrayzone.com/...">The Grayzone</a> / Thu, 14 May
    2020": a republished story credits where it first ran). The link's text must spell its
    address's name ("The Grayzone", thegrayzone.com), so a section's or a share link's
    text is none."""
    if after is None or owner.tag != "a" or len(line) > credit_cues.NAME_LINE_MAX_CHARS \
            or any(c.isdigit() for c in line):
        return None
    href = owner.get("href") or ""
    found = _HOST_RE.match(href)
    if found is None or WRITER_HREF_RE.search(href):
        return None  # (a writer's page: "Geoff" on geoff.sowrey.org/author/...)
    host = found.group(1).lower()
    letters = _letters(line)
    label = host.split(".")[-2] if "." in host else host  # (the site's name, no subdomain)
    if len(letters) < 4 or host in _page_hosts(page._tree) or _fold(line) in page.site \
            or letters not in (label, label.removeprefix("the")):
        return None
    if not _is_date(_line(after)[0]):
        return None
    known = canonical_source(line)
    return _not_photo(as_written(as_credited(line, known), [line]) if known else line)


def _date_provider(line: str, owner: etree._Element | None) -> str | None:
    """The provider an aggregator's date line ends with ("2月15日（土）7時0分　オリコン",
    "March 3, 2020 | Reuters"): a name the outlets table knows, one shaped like an outlet,
    or one linked to the aggregator's page of its provider ("/provider/ori/")."""
    from normalizer.text.dates import split_date_line

    m = credit_cues.CJK_DATE_PROVIDER_RE.match(line)
    if m is not None:
        name = m.group("name")
    else:
        cut = max((line.rfind(s) for s in credit_cues.DATE_PROVIDER_SEPARATORS), default=-1)
        if cut <= 0:
            return None
        head, name = line[:cut], line[cut:].lstrip("".join(
            credit_cues.DATE_PROVIDER_SEPARATORS) + " ")
        is_date, rest = split_date_line(head.strip(" -|"))
        if not is_date or rest:
            return None
    known = canonical_source(name)
    if known:
        return _not_photo(as_written(as_credited(name, known), [line]))
    linked = owner is not None and any(
        credit_cues.PROVIDER_HREF_RE.search(a.get("href") or "")
        and " ".join("".join(a.itertext()).split()) == name for a in owner.iter("a"))
    return _not_photo(outlet_name(name, strict=not linked))


def _date_line_label(line: str) -> str | None:
    """The outlet a source label names as one segment of the date line under the headline
    (:func:`normalizer.cues.outlets.date_line_label_source`), a photo service never."""
    return _not_photo(date_line_label_source(line))


def _placed_credits(header: list, footer: list, page: _PageOwn, *, lead: bool = False
                    ) -> tuple[str | None, str | None]:
    """The outlets credited by position in the post's header and footer (in the ``lead``,
    the lines between its first paragraphs, a byline or a date line only; the page's own
    outlets are no logo's there)."""
    first = last = None
    for i, node in enumerate(header):
        line, owner = _line(node)
        # (the author slot's three shapes read only a line in it: asked once a line)
        slot = owner is not None and _author_slot_near(owner)
        first = owner is not None and (
            _name_over_date(line, owner, header[i + 1] if i + 1 < len(header) else None) or
            _byline_outlet(line, page) or _desk_outlet(line) or _agency_and_place(line)
            or (slot and _people_and_agency(line, owner))
            or (slot and _author_slot_outlet(line, owner))
            or _name_alone(line, owner, None if lead else page, lead=lead)
            or _date_provider(line, owner) or _date_line_label(line)
            or (slot and _slot_signature(node, line, owner, page))
            or _site_dateline(node, owner)
            or _name_under_byline(node, header[i - 1] if i else None)
            or _role_outlet(line, header[i - 1] if i else None)
            or _print_day_credit(node)
            or _linked_origin(line, owner, header[i + 1] if i + 1 < len(header) else None,
                              page)) or None
        if first and not _outside_post_placed(owner):
            break
        first = None
    for node in footer:
        line, owner = _line(node)
        last = owner is not None and (_byline_outlet(line, page)
                                      or _author_slot_outlet(line, owner)) or None
        if last and not _outside_post_placed(owner):
            break
        last = None
    return first, last


@functools.lru_cache(maxsize=4096)
def _host_outlet(url: str) -> str | None:
    """The agency a site's host name names ("br.reuters.com" -> Reuters), or None (kept
    per address: the author-slot search asks it of every link before the post, and a
    page's links repeat the same few addresses)."""
    from urllib.parse import urlsplit

    host = urlsplit(url.strip()).hostname or ""
    for label in host.split("."):
        if len(label) > 2 and label not in ("www", "com", "net", "org"):
            found = canonical_source(label)
            if found:
                return found
    return None


def _page_outlets(tree: etree._Element, site: frozenset[str]) -> frozenset[str]:
    """The outlets the page itself belongs to (by its URL and its site names)."""
    found = {_host_outlet(f"https://{host}/") for host in _page_hosts(tree)}
    found |= {canonical_source(s) for s in site}
    return frozenset(f for f in found if f)


# The links nearest before an element: what this expression finds, read by
# :func:`links_before` (a third faster: libxml2 walks the whole axis before it counts;
# ``tests/test_credit_walks.py`` compares the two).
_LINKS_BEFORE = etree.XPath("preceding::a[@href][position() <= $n]")


def links_before(el: etree._Element, n: int) -> list[etree._Element]:
    """``_LINKS_BEFORE(el, n=n)``: the ``n`` links nearest before ``el`` (not inside it
    nor its ancestors), in document order."""
    found: list[etree._Element] = []
    node: etree._Element | None = el
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            links = [a for a in sibling.iter("a") if a.get("href") is not None]
            for a in reversed(links):
                found.append(a)
                if len(found) == n:
                    return found[::-1]
        node = node.getparent()
    return found[::-1]


def _in_author_slot(a: etree._Element) -> bool:
    for el in (a, *a.iterancestors()):
        words = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if any(w in words for w in credit_cues.AUTHOR_SLOT_WORDS):
            return True
        if el.tag in ("article", "main", "body"):
            return False
    return False


def _author_slot_agency(start) -> str | None:
    """An agency's logo linking its site in the post's author slot, among the links just
    before the post's first paragraph (text node ``start``), with no text or the agency's
    name: ``<div class="author"><a href="http://br.reuters.com/"><img alt="">``."""
    if start is None or start.getparent() is None:
        return None
    for a in reversed(links_before(start.getparent(), credit_cues.AUTHOR_SLOT_LINKS)):
        agency = _host_outlet(a.get("href") or "")
        if agency is None or agency not in wire_names():
            continue
        text = " ".join("".join(a.itertext()).split())
        if (not text or canonical_source(text) == agency) and _in_author_slot(a) \
                and not _outside_post(a):
            return agency
    return None


def _json_ld_agencies(tree: etree._Element) -> tuple[list[str], list[str]]:
    """The news agencies named as the JSON-LD ``author`` and as the ``publisher`` of the
    page's article (a person's name is a byline; a publisher is the site's owner)."""
    import json

    wires = wire_names()
    found: dict[str, list[str]] = {"author": [], "publisher": []}
    for script in tree.iter("script"):
        if script.get("type") != "application/ld+json" or not script.text \
                or '"author"' not in script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
                continue
            if not isinstance(item, dict):
                continue
            stack.extend(v for k, v in item.items() if k == "@graph")
            for key, names in found.items():
                people = item.get(key)
                for who in people if isinstance(people, list) else [people]:
                    name = who.get("name") if isinstance(who, dict) else who
                    agency = canonical_source(name) if isinstance(name, str) else None
                    if agency in wires:
                        names.append(agency)
    return found["author"], found["publisher"]


def markup_credit(tree: etree._Element, site: frozenset[str] | None = None,
                  start=None) -> str | None:
    """The agency a page credits only in its markup: its logo in the author slot, or its
    name as the JSON-LD author, where the page is not the agency's own (by its address,
    its site name or its JSON-LD publisher); ``start`` is the text node where the post's
    first paragraph starts (the author slot is looked for just before it)."""
    page = _PageOwn(tree)
    if site is not None:
        page.site = site
    return _markup_credit(tree, page, start)


def _markup_credit(tree: etree._Element, page: _PageOwn, start) -> str | None:
    """:func:`markup_credit`, the page's own outlets looked up only when an agency is
    found (on few pages)."""
    authors, publishers = _json_ld_agencies(tree)
    found = [a for a in (_author_slot_agency(start), *authors) if a]
    if not found:
        return None
    own = page.outlets | set(publishers)
    return next((a for a in found if a not in own), None)


#: How many of the story's first paragraphs are read for the outlet a header's bare web
#: address names (see :func:`normalizer.cues.outlets.address_named_in`).
ADDRESS_NAMED_PARAGRAPHS = 2


def fill_placed_sources(tree: etree._Element, record: dict, windows: tuple[list, list],
                        start, lead: list | None = None) -> None:
    """Give the post's first and last stories the outlets their header and footer credit
    by position or markup, where they have no source yet (``start``: the text node where
    the post's first paragraph starts, or None)."""
    stories = record.get("stories") or []
    first, last = stories[0], stories[-1]
    page = _PageOwn(tree)
    header, footer = _placed_credits(windows[0] if not first["source"] else [],
                                     windows[1] if not last["source"] else [], page)
    if header and not first["source"]:
        # a linked site's bare address ("(latimes.com)" by the headline) is the outlet the
        # story's opening names in words ("The Los Angeles Times reports:")
        opening = "\n\n".join((first.get("text") or "").split("\n\n")[:ADDRESS_NAMED_PARAGRAPHS])
        first["source"] = address_named_in(header, opening) or header
    if footer and not last["source"]:
        last["source"] = footer
    if not first["source"]:
        lead = _lead(stories, start) if lead is None else lead
        first["source"] = _placed_credits(lead, [], page, lead=True)[0] \
            or _markup_credit(tree, page, lead[0] if lead else None)
    if not first["source"]:
        first["source"] = _credit_meta_source(tree)


def _credit_meta_source(tree: etree._Element) -> str | None:
    """The outlet the page's credit-line metadata names (:data:`credit_cues.CREDIT_META_NAMES`:
    "From Tuesday's Globe and Mail", or a name the table knows), where the page's own credit
    line was not read (a script of the page's tabs swallowing it)."""
    root = tree.getroottree().getroot()
    if root.tag != "html":
        return None
    for head in root:
        if head.tag != "head":
            continue
        for meta in head:
            if meta.tag != "meta" or (meta.get("name") or "").lower() \
                    not in credit_cues.CREDIT_META_NAMES:
                continue
            value = " ".join((meta.get("content") or "").split())
            m = credit_cues.PRINT_DAY_CREDIT_RE.match(value)
            if m:
                return _print_day_name(m.group("name"))
            known = canonical_source(value) if value else None
            if known:
                return _not_photo(as_written(as_credited(value, known), [value]))
    return None


# --- Source slots: a label and its value apart, a provider before its date, an agency as
# the page's author metadata (read where everything above names nothing) ---------------
_AUTHOR_META_XPATH = etree.XPath(
    "/html/head/meta[" + " or ".join(f"translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                     f"'abcdefghijklmnopqrstuvwxyz')='{n}'"
                                     for n in credit_cues.AUTHOR_META_NAMES) + "]/@content")
#: XPath's ``translate()`` of upper-case ASCII letters to lower-case ones (no other letter).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_AUTHOR_META_NAME_SET = frozenset(credit_cues.AUTHOR_META_NAMES)


def _author_meta_values(tree: etree._Element) -> list[str]:
    """``_AUTHOR_META_XPATH(tree)`` read from the head's children directly (the XPath
    lower-cases every meta's name once for each name it compares: a tenth of a
    millisecond a page). ``tests/test_page_speed7.py`` compares the two."""
    root = tree.getroottree().getroot()
    if root.tag != "html":
        return []
    return [content for head in root if head.tag == "head" for meta in head
            if meta.tag == "meta" and (name := meta.get("name")) is not None
            and name.translate(_ASCII_LOWER) in _AUTHOR_META_NAME_SET
            and (content := meta.get("content")) is not None]


_OWN_NAME_XPATH = etree.XPath(
    "/html/head/meta[@property='og:site_name' or @name='application-name']/@content")


def _slot_value(value: str) -> str | None:
    """The outlet a source slot's value names: "(Place - Outlet)" gives the outlet."""
    return _not_photo(slot_value_source(value))


def _provider_before_date(line: str, owner: etree._Element | None) -> str | None:
    """The provider an aggregator's item line names before its date, as a link
    ("Unica.md, 20 septembrie 2020 16:20"), or one the outlets table knows."""
    from normalizer.text.dates import split_date_line

    if owner is None:
        return None
    for sep in credit_cues.PROVIDER_DATE_SEPARATORS:
        name, found, rest = line.partition(sep)
        if not found or not name.strip():
            continue
        is_date, left = split_date_line(rest.strip())
        if not is_date or left:
            continue
        name = name.strip()
        linked = any(" ".join("".join(a.itertext()).split()) == name for a in owner.iter("a"))
        known = canonical_source(name)
        return _not_photo(as_written(known, [name])
                          or (outlet_name(name, strict=True) if linked else None))
    return None


def _provider_after_date(before: str, line: str, owner: etree._Element | None) -> str | None:
    """The provider a portal's header links right after the story's date, the link alone in
    its element ("2019年11月25日 18:57" then ``<a class="source">参考消息</a>``, the slot
    Chinese portals give the paper they carry): an outlet the table knows, or a name shaped
    as one (strict: a person's name is no provider)."""
    from normalizer.text.dates import split_date_line

    if owner is None or owner.tag != "a" or not line \
            or len(line) > credit_cues.SLOT_VALUE_MAX_CHARS:
        return None
    is_date, left = split_date_line(before)
    if not is_date or left:
        return None
    known = canonical_source(line)
    return _not_photo(as_written(known, [line]) if known else outlet_name(line, strict=True))


def _author_meta_agency(tree: etree._Element) -> str | None:
    """A news agency named as the page's author in its metadata, where the page is not the
    agency's own (by the site name it gives itself, else by its address)."""
    wires = wire_names()
    own: set[str | None] | None = None  # (the page's own outlets: asked only of an agency)
    for value in _author_meta_values(tree):
        agency = canonical_source(" ".join(value.split()))
        if agency not in wires:
            continue
        if own is None:
            # A page that names itself is that site's whatever its canonical link says: a
            # syndicated copy points its canonical link at the agency's original (Reuters'
            # story on Entrepreneur). A page naming no site is told by its address.
            names = _OWN_NAME_XPATH(tree)
            own = {canonical_source(v) for v in names} if names else {
                _host_outlet(f"https://{host}/") for host in _page_hosts(tree)}
        if agency not in own:
            return agency
    return None


def _sites_own_notice(tree: etree._Element, source: str) -> bool:
    """``source`` is the page's own name (or its start, "News.yam" of "News.yam.md"; or a
    label of its host name, "sina" of "news.sina.com.cn"): read
    from the site's copyright notice, it yields to a provider the header credits (an
    aggregator's item)."""
    folded = _fold(source)
    return len(folded) >= 4 and any(name.startswith(folded) or folded in name.split(".")[1:-1]
                                    for name in _site_names(tree))  # ("news.sina.com.cn")


def _lead_slot(stories: list[dict], start, lead: list | None = None) -> str | None:
    """A source label and its value between the post's first paragraphs, in one element or
    apart (a slot under the standfirst: "<small>Bron: <b>BELGA</b></small>")."""
    lead = _lead(stories, start) if lead is None else lead
    for i, node in enumerate(lead):
        line, owner = _line(node)
        if owner is None:
            continue
        if SOURCE_LABEL_ALONE_RE.match(line):
            if _outside_post_placed(owner):  # (asked of a slot's line only)
                continue
            return _slot_value(_line(lead[i + 1])[0]) if i + 1 < len(lead) else None
        found = credit_line_source(line) if openers.LABELLED_CREDIT_RE.match(line) else None
        if found and not _outside_post_placed(owner):
            return _not_photo(found)
    return None


def slot_credit(tree: etree._Element, header: list, other_than: str | None = None
                ) -> str | None:
    """The outlet the post's header credits in a slot the shapes above do not read: a
    source label with its value in the next element ("المصدر:" then "(أبوظبي - البيان)"),
    an aggregator's provider link before the item's date, or else a news agency as the
    page's author metadata (never ``other_than``, the site's own name)."""
    found = _slot_credit(tree, header)
    return None if found is None or (other_than and _fold(found) == _fold(other_than)) \
        else found


def _slot_credit(tree: etree._Element, header: list) -> str | None:
    # (a line's place on the page is asked only of a line shaped as a slot: few are)
    for i, node in enumerate(header):
        line, owner = _line(node)
        if owner is None:
            continue
        if SOURCE_LABEL_ALONE_RE.match(line):
            if i + 1 < len(header) and (found := _slot_value(_line(header[i + 1])[0])) \
                    and not _outside_post_placed(owner):
                return found
            continue
        found = _provider_before_date(line, owner) or (
            _provider_after_date(_line(header[i - 1])[0], line, owner) if i else None)
        if found and not _outside_post_placed(owner):
            return found
    return _author_meta_agency(tree)


# --- The credit line beside the headline ------------------------------------------------------
#: How many text nodes either side of the post's headline a credit line beside it is looked
#: for in: a portal's meta line stands above the ``<h1>`` ("3 sty 12 21:28 , JS | PAP") or
#: just under it, where the header window (title to first paragraph) may not reach.
TITLE_CREDIT_NODES = 12
#: What a date line may keep beside the date and still be one: a desk writer's initials
#: ("JS", "ak/JS") or one lower-case label word ("dodane 2011-12-28").
_DATE_RESIDUE_RE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]{1,4}(?:/[A-ZÀ-ÖØ-ÞĀ-Ž]{1,4})?|[^\W\d_A-Z]+)")
_HEADINGS_XPATH = etree.XPath("//h1 | //h2 | //h3")


def _dated(text: str) -> bool:
    """Whether ``text`` is a date line, desk initials or a label word beside the date allowed."""
    from normalizer.text.dates import split_date_line

    is_date, rest = split_date_line(text.strip(" -|,"))
    return is_date and (not rest or bool(_DATE_RESIDUE_RE.fullmatch(rest)))


def _wire(name: str) -> str | None:
    """The news agency ``name`` is (its credited spelling), or None."""
    known = canonical_source(name.strip())
    return as_written(as_credited(name.strip(), known), [name]) \
        if known and known in wire_names() else None


def _dated_agency(line: str) -> str | None:
    """The agency a meta line names after or before its date, across a bar or a comma:
    "3 sty 12 21:28 , JS | PAP", "IAR | dodane 2011-12-28 (16:57)"."""
    if len(line) > credit_cues.BYLINE_LINE_MAX_CHARS:
        return None
    for sep in credit_cues.PROVIDER_DATE_SEPARATORS:
        cut = line.rfind(sep.strip()) if sep.strip() else -1
        if cut > 0 and _dated(line[:cut]) and (agency := _wire(line[cut + 1:])):
            return agency
        cut = line.find(sep.strip()) if sep.strip() else -1
        if cut > 0 and _dated(line[cut + 1:]) and (agency := _wire(line[:cut])):
            return agency
    return None


def _boxed_agency(line: str, owner: etree._Element | None) -> str | None:
    """An agency's name alone in the post's author box (``<div id="..._author">PAP</div>``)."""
    if owner is None or len(line) > credit_cues.SLOT_VALUE_MAX_CHARS:
        return None
    agency = _wire(line)
    return agency if agency and _in_author_slot(owner) else None


def _headline(tree: etree._Element, title: str) -> etree._Element | None:
    """The heading element that holds the post's ``title`` (the first), or None."""
    folded = _fold(title)
    if len(folded) < 10:
        return None
    return next((h for h in _HEADINGS_XPATH(tree)
                 if (t := _fold("".join(h.itertext()))) and len(t) >= 10
                 and (t == folded or folded.startswith(t) or t.startswith(folded))), None)


def titled_outlet(title: str | None, page: _PageOwn | None) -> str | None:
    """The outlet the post's title opens with, before a colon ("AP: IMF dims outlook ..."),
    when the outlets table knows it and it is not the page's own
    (:data:`credit_cues.TITLE_OUTLET_RE`; a name that is also a common word only in
    capitals), as the title writes it. ``page`` None: a post
    known by its content and title alone (an archive page's, a feed's, the REST API's)."""
    m = credit_cues.TITLE_OUTLET_RE.match(title or "")
    if m is None:
        return None
    name = m.group("name")
    known = canonical_source(name) if not is_common_word_name(name) else None
    if known is None or (page is not None and known in page.outlets):
        return None
    return as_written(as_credited(name, known), [name])


def body_retitled_outlet(title: str | None, story: dict) -> str | None:
    """:func:`retitled_outlet` for a post's body alone (an archive listing's, a feed's, the
    REST API's): no page around it, so no site's own names to set aside; the same title
    gives the same source by either path (round 32: a listing's posts had lost it)."""
    return retitled_outlet(title, story, _PageOwn(etree.Element("html")))


def retitled_outlet(title: str | None, story: dict, page: _PageOwn) -> str | None:
    """The outlet an editor's title names over the story's own headline, known to the
    outlets table or not: "ConservativeHQ: Beware Soros's …" over the headline "Beware
    Soros's "Rented Evangelicals"" (:data:`credit_cues.RETITLED_HEADLINE_MIN_CHARS`): the
    words after the colon repeat the headline, so the name before it is the editor's
    credit, not the headline's kicker. Never a place the story opens with (its dateline),
    the page's own name or a name in no outlet's shape."""
    m = credit_cues.TITLE_OUTLET_RE.match(title or "")
    headline = _fold(story.get("headline") or "")
    if m is None or not headline:
        return None
    name = m.group("name").strip()
    rest = _fold(m.string[m.end() - 1:]).rstrip("….").strip()  # (the match took its first letter)
    folded = _fold(name)
    if len(rest) < credit_cues.RETITLED_HEADLINE_MIN_CHARS or not headline.startswith(rest) \
            or headline.startswith(folded):
        return None
    opening = _fold((story.get("text") or "")[:credit_cues.RETITLED_OPENING_CHARS])
    if folded in opening or folded == _fold(story.get("dateline") or ""):
        return None  # "YANGON: ..." over "YANGON, Myanmar — ...": the dateline's place
    if credit_cues.JOINED_OUTLET_WORD_RE.fullmatch(name):
        found: str | None = name
    else:
        found = outlet_name(name, strict=True)
        if found and re.fullmatch(r"[^\W\d_]+", name) and name.isupper():
            found = None  # "GAZA:" in capitals: a place's, the way datelines write them
    if not found or folded in page.site or found in page.outlets:
        return None
    return found


def title_credit(tree: etree._Element, title: str | None) -> str | None:
    """The agency a credit line beside the post's headline names (above it or under it):
    a dated meta line or an author box holding the agency alone; never the page's own."""
    heading = _headline(tree, title or "") if title else None
    if heading is None:
        return None
    before = [n for n in _BEFORE(heading, n=TITLE_CREDIT_NODES * 4) if n.strip()]
    after = [n for n in _AFTER(heading, n=TITLE_CREDIT_NODES * 4) if n.strip()]
    own = None
    for node in (*after[:TITLE_CREDIT_NODES], *reversed(before[-TITLE_CREDIT_NODES:])):
        line, owner = _line(node)
        found = _dated_agency(line) or _boxed_agency(line, owner)
        if found and not _outside_post_placed(owner):
            own = _PageOwn(tree).outlets if own is None else own
            if found not in own:
                return found
    return None
