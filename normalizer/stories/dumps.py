"""Text dump -> blocks: a page flattened to text, one paragraph a line.

Dumps have no markup, so the only cues are the lines themselves and the blank lines
between them: a paragraph break is one blank line, a removed image leaves two, and two
empty paragraphs pasted as a separator leave more (see :data:`SEPARATOR_GAP`).
"""
from __future__ import annotations

from normalizer.model import SEPARATOR_TEXT, BlockKind
from normalizer.stories.blocks import SEP, Block, clean_text, strip_bullet

#: Blank lines that separate two stories when no headline stands between them. One blank
#: line is a paragraph break; an image removed by the flattening leaves two; a run of
#: empty paragraphs (the usual way to paste two stories apart) leaves three or more.
SEPARATOR_GAP = 3


#: A table flattened by a browser keeps its cells apart with tabs, one row a line: this many
#: cells a row, and this many such rows in a row (no blank line between), make a table.
TABLE_MIN_CELLS = 2
TABLE_MIN_ROWS = 3


def _cells(raw: str) -> int:
    return len([c for c in raw.split("\t") if c.strip()]) if "\t" in raw.strip() else 0


def dump_blocks(text: str) -> list[Block]:
    """One block a line; a run of tab-separated rows is one table block (its rows joined
    by newlines), as the HTML path keeps a ``<table>``: a table inside an article is the
    article's, and its rows read one by one look like a menu or a list of dates."""
    blocks: list[Block] = []
    gap = 0
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    k = 0
    while k < len(raws):
        raw = raws[k]
        k += 1
        end = k - 1
        while end < len(raws) and _cells(raws[end]) >= TABLE_MIN_CELLS:
            end += 1
        if end - (k - 1) >= TABLE_MIN_ROWS:
            rows = [clean_text(r) for r in raws[k - 1:end]]
            if gap >= SEPARATOR_GAP and blocks:
                blocks.append(Block(text=SEPARATOR_TEXT, kind=BlockKind.SEP, role=SEP, gap=gap))
            blocks.append(Block(text="\n".join(rows), kind=BlockKind.TABLE, gap=gap))
            gap = 0
            k = end
            continue
        line = clean_text(raw)
        if not line:
            gap += 1
            continue
        bulleted = strip_bullet(line)
        kind = BlockKind.ITEM if bulleted != line else BlockKind.P
        if gap >= SEPARATOR_GAP and blocks:
            blocks.append(Block(text=SEPARATOR_TEXT, kind=BlockKind.SEP, role=SEP, gap=gap))
        blocks.append(Block(text=bulleted, kind=kind, gap=gap))
        gap = 0
    return blocks
