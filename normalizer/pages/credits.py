"""Credits printed around a post's body, outside what the extractor keeps.

News CMSs print a story's source line in the article's own header or footer, not among
its paragraphs: "来源：半月谈" beside the date under the title, "Quelle: hessenschau.de/bb"
in the article's footer under the last paragraph. The extractor keeps the paragraphs only,
so a story that names no source in its text looks here: in the few text nodes of the page
between the post's title and its first paragraph, and in the few right after its last
paragraph, outside the page's navigation, sidebars, related-story lists and comments.

Only labelled credits are read there ("Source:", "Quelle:", "Fuente:", "Источник:",
"来源：", "This article originally appeared in ..."), and a copyright line only when
the outlets table knows its holder ("© Reuters"): a page's own "© 2023 Blog Name" is the
site's notice, not the story's credit.
"""
from __future__ import annotations

import re

from lxml import etree

from normalizer.cues import text as cues
from normalizer.cues.outlets import canonical_source, outlet_name

#: How many text nodes before the first paragraph (when the title is not found) and after
#: the last one are the post's own header and footer.
NODES_BEFORE = 12
NODES_AFTER = 12
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
# A node's text is compared with a paragraph by this many leading characters.
_PREFIX = 40
_WS = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _WS.sub(" ", text.replace("\xa0", " ")).strip().lower()


def _text_nodes(tree: etree._Element) -> list[tuple[etree._Element, str]]:
    """(owner element, folded text) of every non-empty text node, in document order,
    outside the regions that are never the post."""
    nodes: list[tuple[etree._Element, str]] = []
    skip: set[etree._Element] = set()

    def excluded(el: etree._Element) -> bool:
        return el in skip

    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if (parent is not None and parent in skip) or el.tag in NOT_POST_TAGS \
                or NOT_POST_CLASS_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            skip.add(el)
        if el.text and not excluded(el):
            text = _fold(el.text)
            if text:
                nodes.append((el, text))
        if el.tail and parent is not None and not excluded(parent):
            text = _fold(el.tail)
            if text:
                nodes.append((parent, text))
    return nodes


def _paragraphs(text: str) -> list[str]:
    return [p for p in (_fold(x) for x in re.split(r"\n\s*\n", text)) if p]


def _body_span(nodes: list[tuple[etree._Element, str]], first: str,
               last: str) -> tuple[int, int] | None:
    """Indexes of the nodes where the body's first paragraph starts and its last ends."""
    start = next((i for i, (_, t) in enumerate(nodes)
                  if first.startswith(t[:_PREFIX]) and len(t) >= min(15, len(first))), None)
    if start is None:
        return None
    end = start
    for i in range(start, len(nodes)):
        t = nodes[i][1]
        if len(t) >= min(10, len(last)) and t[:_PREFIX] in last:
            end = i
    return start, end


def _credit(owner: etree._Element, text: str) -> str | None:
    """The outlet a header or footer node credits, or None."""
    if len(text) > CREDIT_MAX_CHARS:
        return None
    whole = _WS.sub(" ", "".join(owner.itertext())).strip()
    line = whole if len(whole) <= CREDIT_MAX_CHARS else text
    m = cues.COPYRIGHT_RE.match(line)
    if m is None:
        return None
    groups = m.groupdict()
    named = groups.get("label") or groups.get("orig") or groups.get("orig2") \
        or groups.get("orig3")
    if named:
        return outlet_name(named)
    holder = groups.get("holder")
    return canonical_source(holder) if holder else None


def around_body(tree: etree._Element, stories: list[dict],
                title: str | None = None) -> tuple[str | None, str | None]:
    """The outlets credited in the post's own header (above its first paragraph) and in
    its footer (under its last), from the page ``tree`` and the post's ``stories``."""
    if not stories:
        return None, None
    firsts, lasts = _paragraphs(stories[0]["text"]), _paragraphs(stories[-1]["text"])
    if not firsts or not lasts:
        return None, None
    nodes = _text_nodes(tree)
    span = _body_span(nodes, firsts[0], lasts[-1])
    if span is None:
        return None, None
    start, end = span
    top = max(0, start - NODES_BEFORE)
    folded_title = _fold(title or "")
    if folded_title:
        top = next((i for i in range(start - 1, -1, -1)
                    if nodes[i][1] and folded_title.startswith(nodes[i][1][:_PREFIX])
                    and len(nodes[i][1]) >= min(10, len(folded_title))), top)
    header = next((c for el, t in nodes[top:start] if (c := _credit(el, t))), None)
    footer = next((c for el, t in nodes[end + 1:end + 1 + NODES_AFTER]
                   if (c := _credit(el, t))), None)
    return header, footer


def fill_sources(tree: etree._Element, record: dict) -> None:
    """Give the post's first story its header's credit and its last story its footer's,
    where they name no source of their own."""
    stories = record.get("stories") or []
    if not stories or (stories[0]["source"] and stories[-1]["source"]):
        return
    header, footer = around_body(tree, stories, record.get("title"))
    if header and not stories[0]["source"]:
        stories[0]["source"] = header
    if footer and not stories[-1]["source"]:
        stories[-1]["source"] = footer
