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


def dump_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    gap = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
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
