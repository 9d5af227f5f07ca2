"""Text dump -> blocks: a page flattened to text, one paragraph a line.

Dumps have no markup, so the only cues are the lines themselves and the blank lines
between them: a paragraph break is one blank line, a removed image leaves two, and two
empty paragraphs pasted as a separator leave more (see :data:`SEPARATOR_GAP`).
"""
from __future__ import annotations

import re

from normalizer.model import SEPARATOR_TEXT, BlockKind
from normalizer.stories.blocks import SEP, Block, clean_text, strip_bullet
from normalizer.text.dates import parse_date, split_date_line

#: Blank lines that separate two stories when no headline stands between them. One blank
#: line is a paragraph break; an image removed by the flattening leaves two; a run of
#: empty paragraphs (the usual way to paste two stories apart) leaves three or more.
SEPARATOR_GAP = 3


#: A table flattened by a browser keeps its cells apart with tabs, one row a line: this many
#: cells a row, and this many such rows in a row (no blank line between), make a table.
TABLE_MIN_CELLS = 2
TABLE_MIN_ROWS = 3


#: A card's date and clock glued before its lead on one line ("2019. május 2. 08:10 A
#: megyei tanács ...", "March 2, 2019 08:10 The council voted ..."): a theme prints the
#: date inline in the lead's paragraph. The date (with its clock time, within this many
#: characters of the line's start) is a date line of its own, and the rest, a sentence
#: from this many words on, the lead: read together, the line is neither a date nor a
#: clean paragraph. (The date line is noted ``glued_lead``: a card's frame, which holds a
#: title shorter than a head over it, :data:`normalizer.stories.rhythm.SHORT_TITLE_MIN_WORDS`.)
GLUED_DATE_MAX_CHARS = 40
GLUED_LEAD_MIN_WORDS = 8
_GLUED_DATE = re.compile(rf"^(?P<date>.{{6,{GLUED_DATE_MAX_CHARS}}}?\b\d{{1,2}}:\d{{2}})"
                         r"\s+(?P<lead>[^\W\d_].*[.!?…][\"'”’»)]*)$")


def _glued_date(line: str) -> tuple[str, str] | None:
    """The date and the lead of a line that glues them (:data:`GLUED_DATE_MAX_CHARS`)."""
    m = _GLUED_DATE.match(line)
    if m is None or not m["lead"][0].isupper() or len(m["lead"].split()) < GLUED_LEAD_MIN_WORDS:
        return None
    if parse_date(m["date"]) is None or split_date_line(m["date"]) != (True, ""):
        return None
    return m["date"], m["lead"]


#: A plain-text download (a news database's "text" format) hard-wraps its paragraphs at a
#: fixed width: no line longer than WRAP_MAX_WIDTH characters, and at least WRAP_MIN_SHARE
#: of its lines (of WRAP_MIN_LINES or more) run within WRAP_SLACK of the longest. A line
#: that full is continued by the next line (no blank line between): read line by line,
#: each wrapped piece of a paragraph was a line of its own, the long ones headlines
#: (dumps14's Nexis download: 126 of 3,534 words kept). A line indented as far as
#: WRAP_INDENT (centred header fields) starts a line of its own.
WRAP_MAX_WIDTH = 100
WRAP_SLACK = 20
WRAP_MIN_SHARE = 0.3
WRAP_MIN_LINES = 20
WRAP_INDENT = "    "


def _unwrap(raws: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined back into its paragraphs (see
    :data:`WRAP_MAX_WIDTH`); any other text as it is."""
    lengths = [len(r.rstrip()) for r in raws if r.strip()]
    if len(lengths) < WRAP_MIN_LINES or max(lengths) > WRAP_MAX_WIDTH:
        return raws
    full = max(lengths) - WRAP_SLACK
    if sum(n >= full for n in lengths) < WRAP_MIN_SHARE * len(lengths):
        return raws
    out: list[str] = []
    for r in raws:
        last = out[-1] if out else ""
        if last.strip() and r.strip() and "\t" not in last + r \
                and not r.startswith(WRAP_INDENT) and len(last.rstrip()) >= full \
                and not last.startswith(WRAP_INDENT):
            out[-1] = last.rstrip() + " " + r.strip()
        else:
            out.append(r)
    return out


def _cells(raw: str) -> int:
    return len([c for c in raw.split("\t") if c.strip()]) if "\t" in raw.strip() else 0


def row_cells(raw: str) -> tuple[str, ...]:
    """The cells of a line a browser flattened from a table row (tab-separated), each
    cleaned; () for a line of one cell. A lone row is kept as one line, its cells noted
    (``notes["cells"]``): a database export's record line ("N / DATE / TITLE / edition /
    page / length") and its column-header row are read from them
    (:func:`normalizer.stories.rhythm.mark_page`). A row whose cells after the first are
    one letter each is a line with its icons' letters after it ("TITLE / I / P" in a
    clipping service's list): the first cell is the line."""
    if "\t" not in raw.strip():
        return ()
    return tuple(c for c in (clean_text(c).strip() for c in raw.split("\t")) if c)


def dump_blocks(text: str) -> list[Block]:
    """One block a line; a run of tab-separated rows is one table block (its rows joined
    by newlines), as the HTML path keeps a ``<table>``: a table inside an article is the
    article's, and its rows read one by one look like a menu or a list of dates."""
    blocks: list[Block] = []
    gap = 0
    raws = _unwrap(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
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
        cells = row_cells(raw) if "\t" in raw else ()
        if len(cells) >= TABLE_MIN_CELLS and all(len(c) == 1 and c.isalpha() for c in cells[1:]) \
                and len(cells[0]) > 1:
            raw, cells = cells[0], ()  # "TITLE<TAB>I<TAB>P": the icons after a title
        line = clean_text(raw)
        if not line:
            gap += 1
            continue
        bulleted = strip_bullet(line)
        kind = BlockKind.ITEM if bulleted != line else BlockKind.P
        if gap >= SEPARATOR_GAP and blocks:
            blocks.append(Block(text=SEPARATOR_TEXT, kind=BlockKind.SEP, role=SEP, gap=gap))
        glued = _glued_date(bulleted) if kind == BlockKind.P else None
        if glued:
            blocks.append(Block(text=glued[0], kind=kind, gap=gap, notes={"glued_lead": True}))
            bulleted, gap = glued[1], 1
        blocks.append(Block(text=bulleted, kind=kind, gap=gap))
        if len(cells) >= TABLE_MIN_CELLS:
            blocks[-1].notes["cells"] = cells
        gap = 0
    return blocks
