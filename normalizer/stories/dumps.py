"""Text dump -> blocks: a page flattened to text, one paragraph a line.

Dumps have no markup, so the only cues are the lines themselves and the blank lines
between them: a paragraph break is one blank line, a removed image leaves two, and two
empty paragraphs pasted as a separator leave more (see :data:`SEPARATOR_GAP`).
"""
from __future__ import annotations

import re

from normalizer.cues import markup, openers
from normalizer.cues import text as cues
from normalizer.cues.outlets import canonical_source, country_of
from normalizer.model import SEPARATOR_TEXT, BlockKind, RemovedKind
from normalizer.stories.blocks import CRUFT, SEP, Block, clean_text, strip_bullet, word_count
from normalizer.stories.split import dateline_of
from normalizer.text.dates import parse_date, split_date_line
from normalizer.text.places import is_place
from normalizer.text.wrapped import drop_headers, indent_of, join_wrapped, read_pasted

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


def _wrap_width(raws: list[str]) -> int:
    """The width a text is hard-wrapped at (its longest line), 0 where it is not wrapped
    (see :data:`WRAP_MAX_WIDTH`)."""
    lengths = [len(r.rstrip()) for r in raws if r.strip()]
    if len(lengths) < WRAP_MIN_LINES or max(lengths) > WRAP_MAX_WIDTH:
        return 0
    if sum(n >= max(lengths) - WRAP_SLACK for n in lengths) < WRAP_MIN_SHARE * len(lengths):
        return 0
    return max(lengths)


def _unwrap(raws: list[str], pasted: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined back into its paragraphs (see
    :data:`WRAP_MAX_WIDTH`); any other text as it is. Where the lines as read are no wrap,
    the wrap is measured on the text as it was pasted (``pasted``), before its indented
    paragraphs were joined (:func:`normalizer.text.wrapped.read_pasted`): an e-zine or a
    digest that indents some paragraphs (an indented wire story, a table of codes) and
    sets others flush left has both, and its joined paragraphs, longer than any wrap, hid
    the wrap of the others (every wrapped piece of them read as a headline and its line).
    A joined paragraph (longer than the wrap) is no wrapped line: the next line is not its
    continuation. In a mail or news post (a header block, :func:`drop_headers`) so measured,
    only the sections that paste a wire story are joined (:func:`_pasted_story_lines`): its
    other flush-left lines are the poster's comments and replies around what it pastes,
    which this reading would merge into stories of their own."""
    width = _wrap_width(raws)
    as_pasted = not width
    if as_pasted:
        width = _wrap_width(pasted)
    if not width:
        return raws
    full = width - WRAP_SLACK
    joinable = _pasted_story_lines(raws) if as_pasted and drop_headers(pasted) != pasted \
        else [True] * len(raws)

    def opener(last: str, r: str) -> bool:
        """``last`` opens an indented paragraph that ``r`` goes on at a lesser indent (read
        as pasted only: an indent deeper than read_pasted's openers')."""
        return as_pasted and indent_of(r) < indent_of(last)

    out: list[str] = []
    above = ""  # the line above as it was read (``out[-1]`` is its paragraph so far)
    for r, may_join in zip(raws, joinable, strict=True):
        last = out[-1] if out else ""
        if may_join and last.strip() and r.strip() and "\t" not in last + r \
                and not r.startswith(WRAP_INDENT) and len(last.rstrip()) >= full \
                and len(above.rstrip()) <= width \
                and (not last.startswith(WRAP_INDENT) or opener(last, r)):
            out[-1] = join_wrapped(last, r)
        else:
            out.append(r)
        above = r
    return out


#: A line that bounds what a post pastes: a rule of one character ("********", "--", "=====")
#: or a begin/end mark ("--begin repost", "---- End of forwarded message ----",
#: "-----END PGP SIGNED MESSAGE-----"). With a separator's blank lines
#: (:data:`SEPARATOR_GAP`, a wire slug's edge among them) it cuts a post into sections.
_SECTION_RULE = re.compile(r"^\s*(?:([*=~#_-])\1+|[*=~#_-]{2,}\s*(?:begin|end|start)\b.*)\s*$",
                           re.IGNORECASE)


#: A byline alone on its line ("by Wendy Grossman", "By NICK LUDINGTON"): a pasted
#: column's or feature's head, where no wire dateline opens it.
_PASTED_BYLINE = re.compile(r"^[Bb][Yy]\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")


def _wire_opener(line: str) -> bool:
    """Whether ``line`` opens with a wire dateline, a place's name first ("SANTA CLARA,
    Calif. (UPI) -- ..."): a reposted message that so opens is a news service's story."""
    return line[:1].isalpha() and dateline_of(line) is not None


def _pasted_story_lines(raws: list[str]) -> list[bool]:
    """For each line of a post, whether it stands in a section (between rules, marks and
    separator gaps, :data:`_SECTION_RULE`) that holds a wire dateline's line ("PARIS
    (Reuter) - ...", :func:`normalizer.stories.split.dateline_of`; a place's name first,
    not a bracketed credit such as a photo's: :func:`_wire_opener`) or a byline
    (:data:`_PASTED_BYLINE`): a pasted story, whose hard wrap is joined; the poster's own
    sections (an argument, a comment under the repost, a signature) keep their lines."""
    sections: list[list[int]] = [[]]
    blanks = 0
    for k, raw in enumerate(raws):
        if not raw.strip():
            blanks += 1
            continue
        if _SECTION_RULE.match(raw) or blanks >= SEPARATOR_GAP:
            sections.append([])
        blanks = 0
        if not _SECTION_RULE.match(raw):
            sections[-1].append(k)
    joinable = [False] * len(raws)
    for section in sections:
        if any(_PASTED_BYLINE.match(raws[k].strip()) or _wire_opener(raws[k].strip())
               for k in section):
            for k in range(section[0], section[-1] + 1):
                joinable[k] = True
    return joinable


#: A news database's article as an e-mail digest pastes it: TITLE / "By NAME" / DATE / PAPER /
#: page ("C1", "Page 1, Column 2") / the paper's © line, then the paragraphs and the
#: database's own © trailer ("Copyright © 2000 Dow Jones & Company, Inc. All Rights
#: Reserved.", the same under every paper's article). The date line is all numbers
#: ("11/09/2001", "10/26/01"); the PAPER line right under it is a known outlet, or the
#: head under it (up to a blank line) holds a © line. Both © lines are the database's
#: furniture: left in, they read as the headline or the source (the trailer's owner).
_NUMERIC_DATE_LINE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
#: A line naming a © owner: "(Copyright (c) 2001, Dow Jones & Company, Inc.)",
#: "c. 2001 New York Times Company", "(C) Reuters Limited 2002.", "Copyright © 2000 X".
_COPYRIGHT_LINE = re.compile(r"^\(?(?:copyright\b|\(c\)|©|c\.\s*(?:19|20)\d{2}\b)", re.I)
#: The lines of an article's head under its date line that may hold its © line (paper, page, ©).
DATABASE_HEAD_LINES = 4
#: Countries whose papers write numeric dates month first (11/09/2001 is November 9).
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH"})
#: A digest's headline index: rows of "TITLE" / "Outlet, MM/DD/YY" (blank lines between some
#: rows), at least this many in a run, the titles of some repeated as an article's title
#: further down. The index is the digest's table of contents, no story.
INDEX_MIN_ROWS = 3
_INDEX_OUTLET_LINE = re.compile(r"^(?P<outlet>[^,]{2,60})[,.] (?:\d{1,2}/\d{1,2}/\d{2,4})$")


def _month_first(raws: list[str], dated: list[int]) -> bool:
    """Whether a dump's numeric date lines are month first: a second number above 12 in a
    numeric date anywhere in the dump, or a paper of a month-first country
    (:data:`MONTH_FIRST_COUNTRIES`) on the line under a date line."""
    for raw in raws:
        for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})\b", raw):
            if int(m[1]) > 12 >= int(m[2]):
                return False
            if int(m[2]) > 12 >= int(m[1]):
                return True
    return any(country_of(canonical_source(raws[d + 1].strip())) in MONTH_FIRST_COUNTRIES
               for d in dated)


def _iso(m: re.Match[str], month_first: bool) -> str | None:
    month, day = (int(m[1]), int(m[2])) if month_first else (int(m[2]), int(m[1]))
    year = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3]) if int(m[3]) < 50 else 1900 + int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _copyright_head(raws: list[str], at: int) -> bool:
    """Whether the lines under the date line at ``at`` (up to a blank line, at most
    :data:`DATABASE_HEAD_LINES`) hold a © line: a database article's head."""
    for raw in raws[at + 1:at + 1 + DATABASE_HEAD_LINES]:
        if not raw.strip():
            return False
        if _COPYRIGHT_LINE.match(raw.strip()):
            return True
    return False


def _database_articles(raws: list[str]) -> list[str]:
    """The lines of a dump with its news-database articles' furniture read (see
    :data:`_NUMERIC_DATE_LINE`): each article's numeric date line written as an ISO date
    (read month first where the dump says so, :func:`_month_first`), the © lines of its
    head left out (as blank lines), and the database's © trailer under its paragraphs
    written as a separator (:data:`SEPARATOR_GAP` blank lines): it closes the article, so
    a kicker or a title after it opens the next one."""
    dated = [k for k in range(len(raws) - 1)
             if _NUMERIC_DATE_LINE.match(raws[k].strip()) and raws[k + 1].strip()
             and (canonical_source(raws[k + 1].strip()) is not None or _copyright_head(raws, k))]
    if not dated:
        return raws
    out = list(raws)
    month_first = _month_first(raws, dated)
    for n, d in enumerate(dated):
        m = _NUMERIC_DATE_LINE.match(raws[d].strip())
        if m and (iso := _iso(m, month_first)):
            out[d] = iso
        end = dated[n + 1] if n + 1 < len(dated) else len(raws)
        head = d + 1
        while head < min(end, d + 1 + DATABASE_HEAD_LINES) and raws[head].strip():
            if _COPYRIGHT_LINE.match(raws[head].strip()):
                out[head] = ""
            head += 1
        trailer = next((k for k in range(head, end)
                        if _COPYRIGHT_LINE.match(raws[k].strip())
                        and re.search(r"rights\s+reserved", raws[k], re.I)), None)
        if trailer is not None:
            out[trailer] = _TRAILER
    return [line for raw in out
            for line in ([""] * SEPARATOR_GAP if raw == _TRAILER else [raw])]


#: Stands for a database's © trailer in :func:`_database_articles` until it is written out
#: as a separator's blank lines: the trailer closes its article, what follows is another's.
_TRAILER = "\0trailer"


#: An index row's title may run over this many lines (a title and its deck) above its outlet line.
INDEX_ROW_TITLE_LINES = 2


def _index_row(raws: list[str], at: int) -> int:
    """How many lines the index row starting at ``at`` holds (its title lines and its
    "Outlet, date" line), 0 when no row starts there."""
    for size in range(1, INDEX_ROW_TITLE_LINES + 1):
        lines = [r.strip() for r in raws[at:at + size + 1]]
        if len(lines) < size + 1 or not all(lines) \
                or any(_INDEX_OUTLET_LINE.match(t) for t in lines[:size]):
            return 0
        if _INDEX_OUTLET_LINE.match(lines[size]):
            return size + 1
    return 0


def _index_rows(raws: list[str]) -> list[str]:
    """The lines of a dump without its headline index (:data:`INDEX_MIN_ROWS`): a run of
    "TITLE" / "Outlet, date" rows, some of whose titles stand again as a line further down."""
    out = list(raws)
    k = 0
    while k < len(raws):
        rows: list[int] = []
        j = k
        while j + 1 < len(raws):
            if not raws[j].strip():
                j += 1
            elif (size := _index_row(raws, j)):
                rows.extend(range(j, j + size))
                j += size
            else:
                break
        if sum(bool(_INDEX_OUTLET_LINE.match(raws[r].strip())) for r in rows) >= INDEX_MIN_ROWS:
            later = {r.strip() for r in raws[j:] if r.strip()}
            if any(raws[r].strip() in later for r in rows):
                for r in rows:
                    out[r] = ""
        k = max(j, k + 1)
    return out


#: A press-clipping list (a poster's pasted clippings): each clipping a title line ending
#: with a colon ("Massacre By Armenians Being Reported :"), a quoted excerpt hard-wrapped
#: over several lines, up to CLIPPING_REPORTER_LINES reporter lines ("Brian Killen
#: (Reuters)", "(Reuters)", "Anatol Lieven") and a closing line "Paper, M/D/YY". At least
#: CLIPPING_MIN such clippings make a list. The closing line is the clipping's source and
#: date and its end: read where it stands, it glues to the excerpt and the next title.
CLIPPING_MIN = 3
CLIPPING_REPORTER_LINES = 2
_CLIPPING_CLOSE = re.compile(r"^(?P<paper>[^\W\d_][^,\d]{1,40}?),\s*"
                             r"(?P<date>(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))$")
_CLIPPING_QUOTE = re.compile(r"^[\"“]")
_CLIPPING_AGENCY = re.compile(r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})?\s*"
                              r"(?:\((?P<agency>[^()]{2,30})\))?$")
#: A paper's place after its name on a closing line ("The Times (London), 3/3/92").
_PAPER_PLACE = re.compile(r"\s*\([^()]{2,30}\)\s*$")
_AGENCY_TAIL = re.compile(r"\((?P<agency>[^()]{2,30})\)\s*$")


def _clipping(raws: list[str], start: int, close: int, month_first: bool
              ) -> tuple[int, list[str]] | None:
    """The clipping ending at the closing line ``close`` (see :data:`CLIPPING_MIN`), not
    above ``start``: the line it starts at and its lines written as a database article's
    head (TITLE / "By NAME" / ISO date / outlet, then the excerpt as one paragraph); None
    where the lines above the closing line are no clipping (a photo's caption, an article).
    The outlet is the agency the clipping credits ("(Reuters)"), else the paper."""
    quote = next((k for k in range(close - 1, start - 1, -1) if _CLIPPING_QUOTE.match(
        raws[k].strip()) and (k == 0 or not raws[k - 1].strip())), None)
    if quote is None:
        return None
    above = [k for k in range(start, quote) if raws[k].strip()]
    title = above[-1] if above else None
    if title is not None and (not raws[title].rstrip().endswith(":")
                              or (title > 0 and raws[title - 1].strip())):
        title = None
    ends = [k for k in range(quote, close) if re.search(r"[\"”]", raws[k])]
    end = ends[-1]
    reporters = [raws[k].strip() for k in range(end + 1, close)]
    if len(reporters) > CLIPPING_REPORTER_LINES:
        return None
    names: list[str] = []
    agency = None
    for line in reporters:
        m = _CLIPPING_AGENCY.match(line)
        if m is None or not line:
            return None
        if m["name"]:
            names.append(m["name"])
        if m["agency"]:
            agency = canonical_source(m["agency"].strip()) or agency
    tail = _AGENCY_TAIL.search(raws[end])
    if tail and agency is None:
        agency = canonical_source(tail["agency"].strip())
    closing = _CLIPPING_CLOSE.match(raws[close].strip())
    numbers = re.match(r"(\d+)/(\d+)/(\d+)", closing["date"]) if closing else None
    if closing is None or numbers is None:
        return None
    iso = _iso(numbers, month_first)
    head = [raws[title].strip().rstrip(":").rstrip()] if title is not None else []
    head += [f"By {n}" for n in names] + ([iso] if iso else [])
    head.append(agency or _PAPER_PLACE.sub("", closing["paper"]).strip())
    excerpt = " ".join(raws[k].strip() for k in range(quote, end + 1))
    first = title if title is not None else quote
    return first, [""] * SEPARATOR_GAP + head + ["", excerpt] + [""] * SEPARATOR_GAP


def _clippings(raws: list[str]) -> list[str]:
    """The lines of a dump with its press clippings (:data:`CLIPPING_MIN`) each written as
    an article of its own; any other text as it is."""
    closes = [k for k, raw in enumerate(raws) if _CLIPPING_CLOSE.match(raw.strip())
              and (k + 1 == len(raws) or not raws[k + 1].strip())]
    if len(closes) < CLIPPING_MIN:
        return raws
    month_first = _month_first(raws, [])
    found: dict[int, tuple[int, list[str]]] = {}
    start = 0
    for close in closes:
        clipping = _clipping(raws, start, close, month_first)
        if clipping is not None:
            found[clipping[0]] = (close, clipping[1])
        start = close + 1
    if len(found) < CLIPPING_MIN:
        return raws
    out: list[str] = []
    k = 0
    while k < len(raws):
        if k in found:
            close, lines = found[k]
            out.extend(lines)
            k = close + 1
        else:
            out.append(raws[k])
            k += 1
    return out


#: A news database's byline that names the paper's staff before the names ("By Wall Street
#: Journal staff reporters John R. Emshwiller and Rebecca Smith in Los Angeles and Robin
#: Sidel in New York"): too long for a byline line, it reads as a title. The names are the
#: byline: the role words before them and each name's bureau ("in Los Angeles") go.
_STAFF_BYLINE = re.compile(r"^By\s+(?:[^\W\d_][\w.&'’-]*\s+){0,5}?staff\s+"
                           r"(?:reporters?|writers?|correspondents?)\s+(?P<names>[A-Z].*)$")
_BUREAU = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s+and\s|\s*,|\s*$)")


#: A writer's role on the line under a byline ("By NICK LUDINGTON" / "Associated Press
#: Writer", "AP Science Writer", "Reuters Correspondent"): up to ROLE_MAX_WORDS capitalized
#: words ending in a role word. Alone on its line it reads as the story's headline.
ROLE_MAX_WORDS = 5
_BYLINE_ROLE = re.compile(rf"^(?:[A-Z][\w.&'’-]*\s+){{0,{ROLE_MAX_WORDS - 1}}}"
                          r"(?:Writer|Correspondent|Reporter|Editor)$")
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$", re.IGNORECASE)


#: A writer's card flattened to one line: the name, the card's network links glued to it,
#: the writer's role ("Andrew HusbandTwitterNews & Culture Writer"; round 46). The name is
#: two or three capitalised words, its last glued to a network's name.
_GLUED_AUTHOR_CARD = re.compile(
    r"^(?P<name>[A-Z][a-z'’.-]*(?:\s+[A-Z][a-z'’.-]*){1,2})"
    r"(?:(?<=[a-z.])(?:Twitter|Facebook|Instagram|LinkedIn|Email|E-mail|Website|X))+"
    rf"(?P<role>[A-Z][\w&'’-]*(?:\s+(?:&|[A-Z][\w&'’-]*)){{0,{ROLE_MAX_WORDS - 1}}}?\s+"
    r"(?:Writer|Correspondent|Reporter|Editor|Contributor|Columnist))$")


def _author_cards(raws: list[str]) -> list[str]:
    """The lines of a writer's card glued into one (:data:`_GLUED_AUTHOR_CARD`) written as
    the byline they are ("By Andrew Husband, News & Culture Writer")."""
    out = []
    for raw in raws:
        m = _GLUED_AUTHOR_CARD.match(raw.strip()) if raw[:1].isupper() else None
        out.append(f"By {m['name']}, {m['role']}" if m else raw)
    return out


def _byline_roles(raws: list[str]) -> list[str]:
    """The lines with each writer's role (:data:`_BYLINE_ROLE`) joined to the byline above
    it ("By NICK LUDINGTON, Associated Press Writer")."""
    out: list[str] = []
    for raw in raws:
        if out and _BYLINE_ROLE.match(raw.strip()) and _BYLINE.match(out[-1].strip()):
            out[-1] = f"{out[-1].rstrip()}, {raw.strip()}"
        else:
            out.append(raw)
    return out


def _staff_bylines(raws: list[str]) -> list[str]:
    """The lines with each staff byline (:data:`_STAFF_BYLINE`) written as "By NAMES"."""
    out = []
    for raw in raws:
        m = _STAFF_BYLINE.match(raw.strip()) if raw[:3] == "By " else None
        if m is None:
            out.append(raw)
            continue
        names = [n for n in re.split(r"\s*,\s*|\s+and\s+", _BUREAU.sub("", m["names"])) if n]
        out.append("By " + (", ".join(names[:-1]) + " and " if len(names) > 1 else "") + names[-1])
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


#: Two hyphens alone on a line, blank lines around them, text under them: a poster's rule
#: between two pasted stories ("... might now also be empty." / "--" / "TITLE"), too short
#: for a separator's rule (:data:`normalizer.cues.text.SEPARATOR_RE` wants three marks).
#: A signature's delimiter is "-- " (a space after the hyphens, at the post's end): not this.
SHORT_RULE = "--"


def _short_rules(raws: list[str]) -> list[str]:
    """The lines with each short rule (:data:`SHORT_RULE`) between stories written as a
    separator (:data:`SEPARATOR_GAP` blank lines)."""
    out: list[str] = []
    for k, raw in enumerate(raws):
        if raw.lstrip() == SHORT_RULE and 0 < k < len(raws) - 2 and not raws[k - 1].strip() \
                and not raws[k + 1].strip() and any(r.strip() for r in raws[k + 2:]):
            out.extend([""] * SEPARATOR_GAP)
        else:
            out.append(raw)
    return out


#: A newsletter's run-in headline: a paragraph that opens with its item's title in capitals
#: and a full stop, the item's text going on on the same line ("CRAY UNVEILS DOWNSIZED
#: SUPERCOMPUTER.  Cray Research is moving ..."): read as one line, the title is the start
#: of a paragraph and the items run together. RUN_IN_MIN such paragraphs (titles of
#: RUN_IN_MIN_WORDS to RUN_IN_MAX_WORDS words, text of RUN_IN_TEXT_MIN_WORDS or more) make a
#: digest so headed: each title is written as a line of its own over its text. There, a
#: paragraph opening with a title-cased phrase of RUN_IN_TITLE_CASE_MIN_WORDS words or more
#: ("Woman's Online Service Launched. Women's ...") is an item's title too. A wire
#: dateline in capitals ("NEW YORK. ...", :func:`normalizer.stories.split.dateline_of`, a
#: place's name) is no title, and RUN_IN_MIN titles means as many different ones.
RUN_IN_MIN = 3
RUN_IN_MIN_WORDS = 2
RUN_IN_MAX_WORDS = 10
RUN_IN_TEXT_MIN_WORDS = 8
RUN_IN_TITLE_CASE_MIN_WORDS = 3
_RUN_IN = re.compile(r"^(?P<title>[^.!?]{3,120}?[^\s.!?])[.!?]\s+"
                     r"(?P<text>[\"'“(]?[A-Z0-9À-ÖØ-ÞА-ЯЁ].*)$")


def _run_in_title(line: str, title_case: bool) -> tuple[str, str] | None:
    """The title and the text of a paragraph that opens with a run-in title (see
    :data:`RUN_IN_MIN`): in capitals, or with ``title_case`` title-cased; else None."""
    m = _RUN_IN.match(line.strip())
    if m is None or len(m["text"].split()) < RUN_IN_TEXT_MIN_WORDS:
        return None
    words = m["title"].split()
    letters = [c for c in m["title"] if c.isalpha()]
    if not RUN_IN_MIN_WORDS <= len(words) <= RUN_IN_MAX_WORDS or len(letters) < 4:
        return None
    if all(c.isupper() for c in letters):
        place = dateline_of(line.strip()) is not None or is_place(m["title"])
        return None if place else (m["title"], m["text"])
    cased = all(w[0].isupper() for w in words if w[0].isalpha())
    if title_case and cased and len(words) >= RUN_IN_TITLE_CASE_MIN_WORDS:
        return m["title"], m["text"]
    return None


def _run_in_titles(raws: list[str]) -> list[str]:
    """The lines with each run-in title (:data:`RUN_IN_MIN`) written as a line over its
    paragraph; a dump with fewer such titles as it is."""
    titles = [found[0] for r in raws if (found := _run_in_title(r, False)) is not None]
    if len(set(titles)) < RUN_IN_MIN:
        return raws
    out: list[str] = []
    for raw in raws:
        found = _run_in_title(raw, True)
        if found is None:
            out.append(raw)
            continue
        m = _ITEM_SOURCE.search(found[1])
        name = canonical_source(m["name"].strip()) if m else None
        out.extend((_RUN_IN_MARK + found[0], f"{_SOURCE_MARK}{name}\0{found[1]}" if name
                    else found[1]))
    return out


#: A digest item's closing source credit, in brackets at the end of its text ("(SOURCE: WSJ
#: 10/12/93)", "(SOURCE: Newsbytes, 10/28/93)", "(Source: Reuters)"): the outlet the item
#: retells, its story's source where the name is a known outlet's. (The credit stays in
#: the text: it is the item's own line, as a story's closing credit is.)
_ITEM_SOURCE = re.compile(r"\((?:source|quelle|fuente|источник)\s*:\s*"
                          r"(?P<name>[^\W\d_][^(),\d]{1,40}?)\s*(?:,|\d|\))[^()]*\)\s*$",
                          re.IGNORECASE)


#: Marks a run-in title's line in :func:`_run_in_titles` until its block is made: the block
#: opens a story (``notes["unit_start"]``), its items being one story each, however long
#: (a title between two long paragraphs reads as an article's sub-heading otherwise).
_RUN_IN_MARK = "\0run-in\0"
#: ... and an item's text whose closing credit names a known outlet (:data:`_ITEM_SOURCE`):
#: "\0source:NAME\0" before the text, its paragraph's source (``notes["opener_source"]``).
_SOURCE_MARK = "\0source:"


#: A digest item's labelled head: lines "LABEL: value" with the label in capitals, at least
#: HEAD_LABEL_MIN_LINES in a row (a value may wrap onto unlabelled lines under its own),
#: one of them naming the item's title (TITLE_LABELS: "HEADLINE: Lyme-Disease Ruling Raises
#: Liability Issues", "TITLE: Urinary dysfunction in Lyme disease.") and perhaps its source
#: (SOURCE_LABELS: "SOURCE: WALL STREET JOURNAL"). The title, read with its label, was no
#: headline (or its label stayed in it): it is written without its label where it stands
#: and opens a story; the source, a known outlet's, is the story's.
HEAD_LABEL_MIN_LINES = 2
TITLE_LABELS = frozenset({"headline", "title", "titel", "titre", "titolo", "título", "заголовок"})
SOURCE_LABELS = frozenset({"source", "quelle", "fuente", "fonte", "источник"})
_HEAD_LABEL = re.compile(r"^(?P<label>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ-]{1,19}):\s+(?P<value>\S.*)$")


def _labelled_heads(raws: list[str]) -> list[str]:
    """The lines with each labelled head (:data:`HEAD_LABEL_MIN_LINES`) read: its title line
    without its label, opening a story, its known source noted on the first line of its
    text."""
    out: list[str] = []
    k = 0
    while k < len(raws):
        end = k
        labels: dict[int, re.Match[str]] = {}
        while end < len(raws) and raws[end].strip() \
                and ((m := _HEAD_LABEL.match(raws[end].strip())) or labels):
            if m:
                labels[end] = m
            end += 1
        title = next((j for j, m in labels.items() if m["label"].casefold() in TITLE_LABELS),
                     None)
        if len(labels) < HEAD_LABEL_MIN_LINES or title is None:
            out.append(raws[k])
            k += 1
            continue
        source = next((canonical_source(m["value"].strip()) for m in labels.values()
                       if m["label"].casefold() in SOURCE_LABELS), None)
        out.extend(_RUN_IN_MARK + labels[j]["value"].strip() if j == title else raws[j]
                   for j in range(k, end))
        k = end
        while k < len(raws) and not raws[k].strip():
            out.append(raws[k])
            k += 1
        if source and k < len(raws):
            out.append(f"{_SOURCE_MARK}{source}\0{raws[k]}")
            k += 1
    return out


#: A ticker's entry line: its clock time, a separator and the entry's title on one line
#: ("12.31 Uhr: Title", "09:15 – Title", "14h02 : Titre"). Where TIMED_TITLE_MIN such lines
#: stand in a dump, each is written as a clock line over its title line: the time opens the
#: entry (a live blog's clock line) and is no part of its headline.
TIMED_TITLE_MIN = 3
_TIMED_TITLE = re.compile(r"^(?P<clock>(?:[01]?\d|2[0-3])[:.h][0-5]\d)\s*(?:Uhr|h|hrs|horas)?"
                          r"\s*[:–—|-]\s+(?P<title>[^\W\d_][^\n]{10,200})$")


def _timed_title(line: str) -> tuple[str, str] | None:
    """The clock and the title of a ticker's entry line (:data:`_TIMED_TITLE`); a line whose
    rest is a sentence (ends with a full stop) is no title."""
    m = _TIMED_TITLE.match(line.strip())
    if m is None or not m["title"][0].isupper() or m["title"].rstrip().endswith("."):
        return None
    return m["clock"], m["title"].strip()


def _timed_titles(raws: list[str]) -> list[str]:
    """The lines with each ticker's entry line (:data:`TIMED_TITLE_MIN`) written as its clock
    line over its title line; a dump with fewer such lines as it is."""
    found = [_timed_title(raw) for raw in raws]
    if sum(f is not None for f in found) < TIMED_TITLE_MIN:
        return raws
    out: list[str] = []
    for raw, timed in zip(raws, found, strict=True):
        out.extend(timed if timed else (raw,))
    return out


#: A breadcrumb trail glued before the page's title on the headline's line ("Home / Local
#: News / <title>"): two steps or more of a few words each, split by slashes, then a title
#: of TRAIL_TITLE_MIN_WORDS words or more. The sections are no part of the headline.
TRAIL_TITLE_MIN_WORDS = 4
_TRAIL_SPLIT = re.compile(r"\s+/\s+")


def headline_past_trail(headline: str | None) -> str | None:
    """``headline`` without the breadcrumb trail glued before it (:data:`TRAIL_TITLE_MIN_WORDS`;
    each step at most :data:`normalizer.cues.text.BREADCRUMB_PART_MAX_WORDS` words, opening
    with a letter); any other headline as it is ("A / B testing ...", a date "12 / 05 / 2022")."""
    if not headline or " / " not in headline:
        return headline
    *steps, title = _TRAIL_SPLIT.split(headline.strip())
    if len(steps) < 2 or len(title.split()) < TRAIL_TITLE_MIN_WORDS or not title[:1].isupper():
        return headline
    if not all(0 < len(step.split()) <= cues.BREADCRUMB_PART_MAX_WORDS
               and len(step) <= cues.BREADCRUMB_PART_MAX_CHARS and step[:1].isalpha()
               for step in steps):
        return headline
    return title


def headline_past_badge(headline: str | None) -> str | None:
    """``headline`` without the pictograph a site sets before its titles as a badge
    (:data:`normalizer.cues.openers.EMOJI_BADGE_RE`: "🔴 Svelato il WEST GATE ..."); a
    headline of pictographs only as it is."""
    return (openers.EMOJI_BADGE_RE.sub("", headline) or headline) if headline else headline


def headline_shown_plain(headline: str | None, lines: list[str]) -> str | None:
    """``headline`` as the story's own lines show it without the site's name after a bar:
    a page's ``<title>`` line ("What's next for Gaza ...? | CBC News Loaded", a player's
    label glued on) stands over the heading itself ("What's next for Gaza ...?"); the
    heading is the headline. Any other headline as it is."""
    if not headline or " | " not in headline:
        return headline
    plain = headline.rsplit(" | ", 1)[0].strip()
    return plain if plain and plain != headline and any(
        line.strip() == plain for line in lines) else headline


def _unglue_icons(line: str) -> str:
    """The line without the names of an icon font's glyphs glued to its fields
    (:data:`markup.ICON_LIGATURE_RE`: "access_time2019/04/21 11:51 createNeoL／ネオエル" ->
    "2019/04/21 11:51 NeoL／ネオエル"), or set before a control's label
    (:data:`markup.ICON_SPACED_RE`: "bookmark_border Auf die Merkliste"): the date and the
    name are read as the page shows them."""
    spaced = markup.ICON_SPACED_RE.match(line)
    if spaced is not None:
        line = line[spaced.end():]
    icons = list(markup.ICON_LIGATURE_RE.finditer(line))
    if not icons or (len(icons) < 2 and "_" not in icons[0]["icon"]):
        return line
    return markup.ICON_LIGATURE_RE.sub("", line).strip()


def dump_blocks(text: str) -> list[Block]:
    """One block a line; a run of tab-separated rows is one table block (its rows joined
    by newlines), as the HTML path keeps a ``<table>``: a table inside an article is the
    article's, and its rows read one by one look like a menu or a list of dates."""
    blocks: list[Block] = []
    gap = 0
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raws = _timed_titles(_labelled_heads(_run_in_titles(
        _unwrap(_clippings(read_pasted(lines, _wire_opener)), lines))))
    raws = _database_articles(_index_rows(_staff_bylines(_byline_roles(
        _author_cards(_short_rules(raws))))))
    k = 0
    while k < len(raws):
        raw = raws[k]
        k += 1
        run_in = raw.startswith(_RUN_IN_MARK)
        if run_in:
            raw = raw[len(_RUN_IN_MARK):]
        credited = None
        if raw.startswith(_SOURCE_MARK):
            credited, raw = raw[len(_SOURCE_MARK):].split("\0", 1)
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
        line = _unglue_icons(clean_text(raw))
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
        if run_in:
            blocks[-1].notes["unit_start"] = True
        if credited:
            blocks[-1].notes["opener_source"] = credited
        if len(cells) >= TABLE_MIN_CELLS:
            blocks[-1].notes["cells"] = cells
        gap = 0
    return _titles_of_stories(blocks)


#: A post's title that lists its stories' titles, each cut short, parted by a middle dot
#: ("Bundespräsident sieht „Radikalisierung“ · Alleinerziehende"): the parts, and how many
#: lines below the first story's own headline may stand (under the post's byline).
_LISTED_TITLES = re.compile(r"\s+·\s+")
LISTED_TITLE_MAX_CHARS = 60
LISTED_TITLE_REACH = 6
#: The first story's headline run into its text, as an excerpt prints it ("港鐵農曆新年加強服務
#: 為方便乘客於..."): what follows the title is this many words or more.
EXCERPT_TEXT_MIN_WORDS = 30
#: The longest headline read under such a title; a headline closes on no sentence's mark.
LISTED_HEADLINE_MAX_WORDS = 25
_SENTENCE_CLOSE = re.compile(r"[.!?。！？…][\"'”’»)]*\s*$")


#: Where a dateline may open inside an excerpt's one paragraph, after its headline: the
#: first characters read, and the headline's words at least and at most.
RUN_IN_DATELINE_REACH = 300
RUN_IN_HEADLINE_MIN_WORDS = 3
_WORD_START = re.compile(r"\s(?=[A-ZÀ-Þ])")
#: A label before a title shown cut short ("MONTREAL: Canada urged to conceal fetal sex…").
_TITLE_LABEL = re.compile(r"^[^\W\d_][^:]{0,30}:\s+")
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)\s*$")
_INNER_STOP = re.compile(r"[.!?。！？]\s")


def _run_in_datelines(blocks: list[Block]) -> None:
    """An excerpt's one paragraph that runs its story's headline into the dateline that opens
    the story ("Canada urged to conceal fetal sex over abortion fears MONTREAL (AFP) - An
    editorial ..."), under the post's title that shows the headline cut short ("MONTREAL:
    Canada urged to conceal fetal sex…", or a part of a title of several stories): the
    headline is parted from the story, the cut title is the page's furniture."""
    for k in range(1, len(blocks)):
        b, above = blocks[k], blocks[k - 1]
        if b.role == SEP or above.role == SEP or word_count(b.text) < EXCERPT_TEXT_MIN_WORDS \
                or b.notes.get("run_in_title") \
                or word_count(above.text) > LISTED_HEADLINE_MAX_WORDS:
            continue
        key = _TITLE_LABEL.sub("", _CUT_MARK.sub("", _LISTED_TITLES.split(above.text.strip())[0]))
        if len(key.split()) < RUN_IN_HEADLINE_MIN_WORDS or not b.text.startswith(key):
            continue
        for m in _WORD_START.finditer(b.text[:RUN_IN_DATELINE_REACH]):
            head = b.text[:m.start()].strip()
            if len(head) < len(key) or _SENTENCE_CLOSE.search(head):
                continue
            if word_count(head) > LISTED_HEADLINE_MAX_WORDS or _INNER_STOP.search(head):
                break  # (a lead's sentences, cut short over it: no headline)
            if dateline_of(b.text[m.end():]) is not None:
                above.mark(CRUFT, RemovedKind.CHROME)
                above.notes["listed_titles"] = True
                b.notes["run_in_title"] = head
                break


def _whole_part(parts: list[str], rest: str) -> bool:
    """The first of a post title's parts is its story's whole headline, where the excerpt
    runs on after it with ``rest``: a headline's words go on in lower case ("Exponents slam
    New York Times' 'Yoga can" + "damage your body' article ..."), a text opens anew; and
    where the text opens with a capital, a headline cut short is as long as the longest
    part (the parts are cut to one length), a whole one shorter ("港鐵農曆新年加強服務 · Canada
    urged to conceal fetal sex over a" + "為方便乘客...")."""
    first = rest[:1]
    if first.islower():
        return False
    return not first.isupper() or len(parts[0]) < max(map(len, parts))


def _titles_of_stories(blocks: list[Block]) -> list[Block]:
    """A post's title made of its stories' titles (:data:`_LISTED_TITLES`), its first part
    opening a line a few lines below: that line is the first story's own headline, and the
    post's title is the page's furniture. Where the headline runs into the story's text (an
    excerpt's one paragraph), the headline is parted from it. A share bar's "Facebook · X ·
    E-Mail" opens no line below."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if b.role == SEP or "·" not in b.text:
            continue
        parts = _LISTED_TITLES.split(b.text.strip())
        if len(parts) < 2 or any(not p or len(p) > LISTED_TITLE_MAX_CHARS for p in parts) \
                or word_count(parts[0]) < 2:
            continue  # (a one-word part names a section as often: "Europecategory · March 7")
        for o in blocks[i + 1:i + 1 + LISTED_TITLE_REACH]:
            if o.role == SEP or o.text == b.text or not o.text.startswith(parts[0]) \
                    or len(o.text) == len(parts[0]):
                continue
            rest = o.text[len(parts[0]):]
            if word_count(o.text) <= LISTED_HEADLINE_MAX_WORDS \
                    and not _SENTENCE_CLOSE.search(o.text):
                b.mark(CRUFT, RemovedKind.CHROME)  # over the story's own headline
                b.notes["listed_titles"] = True
            elif rest[:1].isspace() and word_count(rest) >= EXCERPT_TEXT_MIN_WORDS \
                    and _whole_part(parts, rest.lstrip()):
                b.mark(CRUFT, RemovedKind.CHROME)
                b.notes["listed_titles"] = True
                o.notes["run_in_title"] = parts[0]
            # (else the part is cut inside the headline, which runs into the text on:
            # "Zelenskyj vädjar efter nya attackerna: ”Kritiskt ...” Trump kan ...", where
            # the headline's end is not told; the post's title stays its nearest)
            break
    _run_in_datelines(blocks)
    for b in blocks:
        title = b.notes.pop("run_in_title", None)
        if title is None:
            out.append(b)
            continue
        out.append(Block(text=title, kind=BlockKind.P, gap=b.gap))
        b.text, b.gap = b.text[len(title):].strip(), 1
        out.append(b)
    return out
