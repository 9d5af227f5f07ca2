"""A flattened page's own rhythm: where its stories are, and what is page chrome around them.

A text dump of a whole page holds the stories among the page's menus, sidebars, link
lists and footers, and a portal or feed holds many short stories (headline, then a lead)
one after another. Markup is gone, so the page is read by the shape of its lines:

* **prose** lines (long, or sentence-shaped) are what stories are made of;
* a **unit** is a title-shaped line followed by prose (headline, lead, body), with the
  date, byline and caption lines that stand between;
* **chrome** is the text outside the units: lines before the first unit (the page's
  header and menus), after the last one (footers), runs of short menu items, and lines
  far from any prose (sidebars, link directories). Chrome is marked as cruft, so it is
  listed in the record's ``removed`` and never reaches a story;
* where short units repeat (headline, one or two lead lines, again and again), each unit
  is its own story: the splitter is told so by ``notes["unit_start"]`` on its title line.

Length is measured in words where the script spaces its words and in characters where it
does not (Chinese, Japanese, Thai), so the rules hold in any script. Every number is a
tunable below, calibrated on the real dump corpus (``tests/fixtures/real/dumps``) with
the dev set's dump unchanged.
"""
from __future__ import annotations

import re
import unicodedata

from normalizer.blocks import CRUFT, META, SEP, TEXT, Block

#: A line of at least this many words is prose whatever its ending (shorter ones without a
#: sentence's end are headlines and link titles, however long they run).
PROSE_WORDS = 20
#: A line ending like a sentence is prose from this many words on.
PROSE_SENTENCE_WORDS = 5
#: A title line has at most this many words, and a unit's head at least this many (a
#: one- to three-word line over a sentence is a box's label: "Impressum", "Quick Vote").
TITLE_MAX_WORDS = 30
HEAD_MIN_WORDS = 4
#: Text lines a unit's head may span above its first prose line (headline, deck), and
#: lines of any kind (dates, bylines, captions, alt text between) it may reach over.
HEAD_WINDOW = 4
HEAD_REACH = 12
#: Lines between two prose lines that still belong to one stretch of content (captions,
#: sub-headings, an advert) rather than separating two stretches.
INNER_GAP = 6
#: Short lines after a unit's last prose line kept with it when they close a story.
TAIL_WINDOW = 2
#: A run of this many list items, short ones, is a menu.
MENU_RUN = 3
MENU_ITEM_MAX_WORDS = 8
#: Units of at most this many prose lines are "short": where they repeat, each is a story.
SHORT_UNIT_PROSE = 2
#: Characters that count as one word in scripts written without spaces.
CHARS_PER_WORD = {"CJK": 2, "THAI": 5}

_SENTENCE_END = re.compile(r"[.!?…;:。！？؟][\"'”’»)\]」』]*\s*$")
_TITLE_END_OK = re.compile(r"[?!؟？！]$")


def _script_of(ch: str) -> str | None:
    code = ord(ch)
    if 0x0E00 <= code <= 0x0E7F:
        return "THAI"
    if (0x3040 <= code <= 0x30FF) or (0x3400 <= code <= 0x9FFF) or (0xAC00 <= code <= 0xD7AF):
        return "CJK"
    return None


def weight(text: str) -> int:
    """The line's length in words, counting unspaced scripts by characters."""
    unspaced = {"CJK": 0, "THAI": 0}
    for ch in text:
        script = _script_of(ch)
        if script:
            unspaced[script] += 1
    if not any(unspaced.values()):
        return len(text.split())
    spaced = sum(1 for w in text.split() if not any(_script_of(c) for c in w))
    return spaced + sum(n // CHARS_PER_WORD[s] for s, n in unspaced.items())


def is_prose(block: Block) -> bool:
    if block.role != TEXT or block.kind == "item":
        return False
    n = weight(block.text)
    return n >= PROSE_WORDS or (n >= PROSE_SENTENCE_WORDS and bool(_SENTENCE_END.search(block.text)))


def is_title(block: Block) -> bool:
    """Shaped like a headline in any script: short, not a list item, not a sentence."""
    if block.role != TEXT or block.kind == "item":
        return False
    n = weight(block.text)
    if not 1 <= n <= TITLE_MAX_WORDS:
        return False
    text = block.text.rstrip()
    if not text or not unicodedata.category(text[0]).startswith(("L", "N", "P")):
        return False
    return not _SENTENCE_END.search(text) or bool(_TITLE_END_OK.search(text))


def _is_menu_run(blocks: list[Block], start: int) -> int:
    """Length of the run of short list items from ``start`` (0 when it is no menu)."""
    end = start
    while end < len(blocks) and blocks[end].kind == "item" and blocks[end].role in (TEXT, CRUFT):
        end += 1
    run = blocks[start:end]
    if len(run) < MENU_RUN:
        return 0
    short = sum(1 for b in run if weight(b.text) <= MENU_ITEM_MAX_WORDS)
    return end - start if short * 2 > len(run) else 0


def mark_page(blocks: list[Block], is_story_end=None) -> None:
    """Mark a flattened page's chrome as cruft and its repeated short units as stories.

    ``is_story_end(block)`` (the splitter's) keeps closing credit lines with their story.
    Only blocks still marked as story text are touched; metadata, cruft and separators
    keep what :func:`normalizer.clean.classify` decided.
    """
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    # Menus: runs of short list items.
    pos = 0
    while pos < len(blocks):
        if blocks[pos].kind == "item":
            run = _is_menu_run(blocks, pos)
            if run:
                for b in blocks[pos:pos + run]:
                    if b.role == TEXT:
                        b.mark(CRUFT, "chrome")
                pos += run
                continue
        pos += 1

    prose = [i for i in order if is_prose(blocks[i])]
    if not prose:
        return
    rank = {i: k for k, i in enumerate(order)}  # position among non-separator blocks

    keep: set[int] = set()
    heads: dict[int, int] = {}  # prose index -> its title line
    for k, p in enumerate(prose):
        keep.add(p)
        # The head above: back to a title line, within the window, never past prose.
        # The head: the longest title line among the few text lines above (a share or
        # video label is shorter than the headline it stands under).
        seen = reach = 0
        for j in range(rank[p] - 1, -1, -1):
            b = blocks[order[j]]
            if is_prose(b) or seen >= HEAD_WINDOW or reach >= HEAD_REACH:
                break
            seen += b.role == TEXT
            reach += b.role in (TEXT, META)
            if b.role == TEXT and is_title(b) and weight(b.text) >= HEAD_MIN_WORDS and (
                    p not in heads or weight(b.text) > weight(blocks[heads[p]].text)):
                heads[p] = order[j]
        if p in heads:
            keep.update(order[j] for j in range(rank[heads[p]], rank[p]))
        # Lines between this prose line and the next one, when close: the same content.
        if k + 1 < len(prose) and rank[prose[k + 1]] - rank[p] <= INNER_GAP + 1:
            keep.update(order[j] for j in range(rank[p] + 1, rank[prose[k + 1]]))
        elif is_story_end is not None:
            for j in range(rank[p] + 1, min(len(order), rank[p] + 1 + TAIL_WINDOW)):
                b = blocks[order[j]]
                if b.role == TEXT and is_story_end(b):
                    keep.add(order[j])

    # A lone prose line with no title above and no prose near: a sentence of chrome
    # (a cookie notice, a site's blurb), not a story.
    for k, p in enumerate(prose):
        near = [q for q in (prose[k - 1] if k else None, prose[k + 1] if k + 1 < len(prose) else None)
                if q is not None and abs(rank[q] - rank[p]) <= INNER_GAP + 1]
        if p not in heads and not near:
            keep.discard(p)

    for i in order:
        b = blocks[i]
        if b.role == TEXT and i not in keep:
            b.mark(CRUFT, "chrome")

    _mark_units(blocks, order, heads)


def _mark_units(blocks: list[Block], order: list[int], heads: dict[int, int]) -> None:
    """Title lines that open a story of their own: where short units follow each other."""
    units: list[tuple[int, int]] = []  # (title index, prose lines in the unit)
    for i in order:
        b = blocks[i]
        if b.role != TEXT:
            continue
        if i in heads.values():
            units.append((i, 0))
        elif is_prose(b) and units:
            units[-1] = (units[-1][0], units[-1][1] + 1)
    prose_ranks = [k for k, i in enumerate(order) if is_prose(blocks[i]) and blocks[i].role == TEXT]
    rank = {i: k for k, i in enumerate(order)}
    for title, _n in units:
        # A unit after a stretch of chrome (no prose close above) opens a story: its head
        # is the headline, whatever stands above it.
        above = [r for r in prose_ranks if r < rank[title]]
        if not above or rank[title] - above[-1] > INNER_GAP + 1:
            blocks[title].notes["unit_start"] = True
    for k, (title, n) in enumerate(units):
        if not n or n > SHORT_UNIT_PROSE:
            continue
        neighbours = [units[j][1] for j in (k - 1, k + 1) if 0 <= j < len(units)]
        if any(0 < m <= SHORT_UNIT_PROSE for m in neighbours):
            blocks[title].notes["unit_start"] = True
