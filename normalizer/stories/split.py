"""Splitting: where one pasted story ends and the next begins.

A post pastes stories one after another. A new story starts at a headline-like line
(a heading, a bold line, or in a dump a title-shaped line) when something confirms it:
a date or byline line right after it, a dateline paragraph right after it, the previous
story having ended (a credit line such as "(Editing by ...)", a copyright label), a
separator before it, or nothing of the current story read yet. Without such a
confirmation a heading is a sub-heading and stays in the text. A story without a
headline starts after a separator, after an ended story, or at a dateline paragraph in
the middle of another story.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.cues.markup import TITLE_SEPARATORS
from normalizer.cues.outlets import canonical_source, find_source, outlet_name
from normalizer.model import BlockKind, MetaKind, RemovedKind
from normalizer.stories.blocks import (
    CRUFT,
    HEADLINE,
    IMAGE,
    META,
    SEP,
    TEXT,
    Block,
    fold,
    word_count,
)
from normalizer.stories.clean import is_prose as clean_is_prose
from normalizer.stories.clean import is_sentence
from normalizer.stories.language import TURN_MIN_PARAGRAPHS, TURN_SAMPLE_CHARS, language_turns
from normalizer.text.dates import parse_date, split_date_line

TITLE_MAX_WORDS = 30
# (a handle or hashtag's capital counts: "@VallsConfinat continua amb ...")
_CAP_WORD = re.compile(r"^[\"'“‘(]*[@#]?[A-ZÀ-ÞА-ЯЁ0-9]")
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s")


@dataclass
class Segment:
    """The blocks of one story, in order, metadata and cruft included."""

    headline: str | None = None
    blocks: list[Block] = field(default_factory=list)
    ended: bool = False            # a closing credit line or copyright label was met

    # The text blocks found so far, kept up to date as blocks are added (see text_blocks).
    _texts: list[Block] = field(default_factory=list, init=False, repr=False, compare=False)
    _scanned: int = field(default=0, init=False, repr=False, compare=False)
    _last: Block | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text_blocks(self) -> list[Block]:
        """The story-text blocks, in order (do not modify the list).

        The splitter reads this once a block; rebuilt on every read it made a page of
        many short paragraphs quadratic (a 1 MB page: 97 s). Blocks are only appended,
        or popped off the end, while a segment is built, so only the blocks added since
        the last read are scanned; anything else (fewer blocks, another last block)
        rescans from the start."""
        blocks, seen = self.blocks, self._scanned
        if seen > len(blocks) or (seen and blocks[seen - 1] is not self._last):
            self._texts, seen = [], 0
        if seen < len(blocks):
            self._texts.extend(b for b in blocks[seen:] if b.role == TEXT)
            self._scanned, self._last = len(blocks), blocks[-1]
        return self._texts


    def reread(self) -> None:
        """Forget the text blocks found so far (a block's role was changed)."""
        self._texts, self._scanned, self._last = [], 0, None


@dataclass(frozen=True)
class Dateline:
    """A dateline read by :mod:`normalizer.cues.openers`' shapes, with its outlet named
    canonically; answers ``group``/``groupdict`` as a match of the main table does."""

    place: str | None
    src: str
    when: str | None = None

    def group(self, name: str) -> str | None:
        return self.groupdict()[name]

    def groupdict(self) -> dict:
        return {"place": self.place, "src": self.src, "when": self.when}


def known_outlet(name: str | None) -> str | None:
    """The canonical outlet ``name`` names, in any script (or None)."""
    if not name:
        return None
    return canonical_source(name.strip())


def find_outlet(text: str) -> str | None:
    """The first outlet named anywhere in ``text``, in any script ("© 2014 Cable News
    Network. ..." -> CNN)."""
    return find_source(text)


#: The old wire dateline, no bracket: "ABU DHABI, Dec 23, Reuter - ", "SAN FRANCISCO, April
#: 14, Reuter - " (Reuters' copy until the 1990s). The month-and-day between the commas tells
#: it from a place, a person's name and a dash ("BERLIN, Peter Reuter - "); the agency's
#: old name is a whole-credit alias of the outlets table ("=Reuter"), read as a whole name
#: only, never inside a sentence ("a Reuter correspondent").
WIRE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w.'’ -]{1,40}?),\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?),\s*(?P<src>[A-Z][\w.]{1,20}?)\s*(?:--|[-–—])\s+(?=\S)")
_MONTH_WORDS = frozenset(cues.MONTHS)


# Datelines whose shape names an outlet the table need not know (where the shape alone is
# strong enough to read the name as an outlet's):
_CAPS = r"[A-ZÀ-ÞА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ]"
OUTLET_DATELINE_RES = (
    # "ПЕТРОПАВЛОВСК. КАЗИНФОРМ – ...": a place and an agency in capitals, a full stop
    # between them, a dash after
    re.compile(rf"^(?P<place>{_CAPS}[{_CAPS[1:-1]}\s-]{{1,30}}?)\.\s+"
               rf"(?P<src>{_CAPS}[{_CAPS[1:-1]}\s-]{{1,25}}?)\s+[–—-]\s+(?=\S)"),
    # "प्रयागराज, जेएनएन। ...": a place, a comma, the agency's abbreviation and the danda
    # of Devanagari and Bengali
    re.compile(r"^(?P<place>[\u0900-\u09ff][^,।\n]{1,30}?),\s*(?P<src>[\u0900-\u09ff]{2,12})"
               r"\s*।\s*(?=\S)"),
    # "[부산=스포츠조선 선수민 기자] ...": a Korean bracket, the place, "=", the outlet, the
    # reporter ("[엔터미디어=정덕현의 이슈공감]", an outlet and a column, names no reporter)
    re.compile(r"^\[(?P<place>[^\]=\s]{1,12})\s*=\s*(?P<src>[^\]\s]{2,15})"
               r"(?:\s+[\uac00-\ud7af]{2,4}){0,3}\s*(?:기자|특파원)\s*\]\s*(?=\S)"),
    # "ABU DHABI, Dec 23, Reuter - ": the old wire dateline (:data:`WIRE_DATELINE_RE`)
    WIRE_DATELINE_RE,
)
#: Names such a dateline gives that are a desk or a kind, no outlet ("प्रयागराज, जागरण
#: संवाददाता।" is a correspondent's line; "संवाददाता" correspondent, "ब्यूरो" bureau).
NOT_DATELINE_OUTLETS = frozenset(("संवाददाता", "ब्यूरो", "डेस्क", "एजेंसी", "एजेंसियां",
                                  "প্রতিনিধি", "ডেস্ক", "সংবাদদাতা"))


#: What a line needs before a dateline pattern can match it, by pattern: pairs of
#: (characters, limit), each met when one of the characters is in the line, and where
#: ``limit`` is a number, the first of them stands within ``limit`` characters of the
#: start, whitespace right before it not counted (the pattern's bounded opening, maybe
#: ``\s*``, then that character). The patterns' lazy openings try every length up to
#: forty characters on every paragraph; these tests (one possessive pattern a dateline
#: pattern: :func:`_precheck`) cost a fraction of that. Each pair is read off its pattern;
#: tests/test_speed10.py checks them on the project's real text and on built lines.
_DASHES = "-–—"
DATELINE_NEEDS: dict[re.Pattern[str], tuple[tuple[str, int | None], ...]] = {
    OUTLET_DATELINE_RES[0]: ((".", 31), (_DASHES, None)),
    OUTLET_DATELINE_RES[1]: ((",", 31), ("।", None)),
    OUTLET_DATELINE_RES[2]: (("[", 0), ("=", None)),
    cues.DATELINE_RES[0]: (("(", None), (")", None)),
    cues.DATELINE_RES[1]: ((_DASHES, None),),
    cues.DATELINE_RES[2]: ((",", 31), (_DASHES, None), (".", None)),
    cues.DATELINE_RES[3]: (("(", 0), (")", None)),
    cues.DATELINE_RES[4]: (("v", 41),),  # (the "v" of " via ")
    cues.DATELINE_RES[5]: ((".", 41), (_DASHES, None)),
    openers.DATELINE_RES[0]: (("BPV", 0), ("(", None), (")", None)),
    openers.DATELINE_RES[1]: (("(", 41), (")", None)),
    openers.DATELINE_RES[2]: (("(", 41), (")", None)),
    openers.DATELINE_RES[3]: (("【[", 0), ("】]", None)),
    openers.DATELINE_RES[4]: ((",[", 41), ("(", None), (")", None)),
    openers.DATELINE_RES[5]: ((",", 41), ("/", None)),
    openers.DATELINE_RES[6]: (("月", None), ("日", None)),
    openers.DATELINE_RES[7]: (("【", 0), ("】", None)),
    openers.DATELINE_RES[8]: (("(（", 0), ("=", None)),
    openers.DATELINE_RES[9]: ((",", 31), (_DASHES, None)),
    openers.DATELINE_RES[10]: ((":" + _DASHES, 31),),
    OUTLET_DATELINE_RES[3]: ((",", 41), (_DASHES, None)),
}


def _precheck(needs: tuple[tuple[str, int | None], ...]) -> re.Pattern[str]:
    """One pattern that matches at the start of a line that has all of ``needs``
    (possessive runs of the other characters: a scan in C that never tries a run again)."""
    parts = []
    for chars, limit in needs:
        cls = "".join(re.escape(c) for c in chars)
        run = "*+" if limit is None else f"{{0,{limit}}}+"
        space = "" if limit is None else r"\s*"
        parts.append(f"(?=[^{cls}]{run}{space}[{cls}])")
    return re.compile("".join(parts))


_PRECHECKS = {rx: _precheck(needs).match for rx, needs in DATELINE_NEEDS.items()}
#: The dateline patterns in the order they are tried, each with its precheck.
_OUTLET_DATELINES = tuple((rx, _PRECHECKS[rx]) for rx in OUTLET_DATELINE_RES)
_MAIN_DATELINES = tuple((rx, _PRECHECKS[rx]) for rx in cues.DATELINE_RES)
_OTHER_DATELINES = tuple((rx, _PRECHECKS[rx]) for rx in openers.DATELINE_RES)


def _outlet_dateline(text: str) -> Dateline | None:
    for rx, may in _OUTLET_DATELINES:
        if may(text) is None:
            continue
        m = rx.match(text)
        if m is None:
            continue
        if rx is WIRE_DATELINE_RE:
            found = _wire_dateline(m)
            if found is not None:
                return found
            continue
        src = m.group("src").strip()
        if src in NOT_DATELINE_OUTLETS:
            continue
        name = known_outlet(src)
        if name is None and len(src.split()) == 1:  # ("WASHINGTON. THE PRESIDENT –": words)
            name = outlet_name(src)
        if name:
            return Dateline(place=m.group("place").strip(), src=name)
    return None


def dateline_of(text: str):
    """The dateline ``text`` opens with, in any table's shape; a dash the page's bytes
    turned into a quotation mark after it is read as the dash (:data:`openers.BROKEN_DASH_RE`)."""
    found = _dateline_of(text)
    if found is None and openers.BROKEN_DASH_RE.match(text):
        found = _dateline_of(openers.BROKEN_DASH_RE.sub(openers.BROKEN_DASH_FIX, text, count=1))
    return found


def _dateline_of(text: str):
    if text[:1].isupper() or text[:1] in "[" or "\u0900" <= text[:1] <= "\u09ff":
        found = _outlet_dateline(text)  # (before the bare place's "PLACE. AGENCY –")
        if found is not None:
            return found
    for rx, may in _MAIN_DATELINES:
        if may(text) is None:
            continue
        m = rx.match(text)
        if m:
            return _dated_bracket(m) or m
    # Other scripts and shapes: only where the bracketed or leading name is an outlet.
    for rx, may in _OTHER_DATELINES:
        if may(text) is None:
            continue
        m = rx.match(text)
        if m:
            src = known_outlet(m.group("src"))
            if src:
                place = openers.PLACE_CUT_RE.sub("", (m.group("place") or "").strip()) or None
                return Dateline(place=place, src=src, when=m.groupdict().get("when"))
    return None


def _dated_bracket(m: re.Match[str]) -> Dateline | None:
    """The dateline whose brackets hold its date and time, not an outlet ("PARIS (Sep 30,
    1996 1:24 p.m. EDT) - ...", a wire story as a news site reposted it): its place and its
    date, no source (the bracket names none; the story's © line or sign-off may)."""
    src = m.groupdict().get("src")
    if not src or not any(c.isdigit() for c in src) or m.groupdict().get("when"):
        return None
    if parse_date(src) is None or not split_date_line(src)[0]:
        return None
    return Dateline(place=m.group("place"), src="", when=src)


def _wire_dateline(m: re.Match[str]) -> Dateline | None:
    """The old wire dateline "PLACE, Mon D, Reuter - " (:data:`WIRE_DATELINE_RE`), where its
    date opens with a month's name and its name is an outlet the table knows."""
    if m.group("when").split()[0].rstrip(".").lower() not in _MONTH_WORDS:
        return None
    src = known_outlet(m.group("src"))
    if src is None:
        return None
    return Dateline(place=m.group("place").strip(), src=src, when=m.group("when"))


#: Letters every line :data:`cues.CONTRIBUTED_RE` matches holds, lower-cased (of its
#: "contributed"/"contributes": no letter but their capitals folds to these three under
#: IGNORECASE), and the word :data:`cues.CONTRIBUTED_BARE_RE` ends with, as written. A
#: line without them is not searched (most paragraphs: their lazy names try every length).
CONTRIBUTED_LETTERS = "ntr"
CONTRIBUTED_BARE_WORD = "contributed"


def is_story_end(block: Block) -> bool:
    if block.role == TEXT:
        text = block.text
        if cues.STORY_END_RE.match(text):
            return True
        if CONTRIBUTED_LETTERS not in text.lower():
            return False
        return bool(cues.CONTRIBUTED_RE.match(text) or (CONTRIBUTED_BARE_WORD in text
                                                        and cues.CONTRIBUTED_BARE_RE.match(text)))
    # A teaser's source line (a feed's "Reuters · 13 mins ago") ends no story; the post's
    # fields shown again under it do (the provider's box follows, clean._repeated_date_lines).
    return block.role == CRUFT and ((block.cruft_kind == RemovedKind.COPYRIGHT
                                     and "source_line" not in block.notes)
                                    or "fields_again" in block.notes)


#: How many paragraphs of a story may stand above a republication notice that ends no
#: story (see :func:`_notice_under_lead`).
NOTICE_UNDER_LEAD_TEXTS = 1


def _notice_under_lead(block: Block, current: Segment) -> bool:
    """``block`` is a republication notice ("This article was published on guardian.co.uk
    on Saturday ... and a version appeared on p26 of the Observer") pasted right under the
    first paragraph of a story that retells another paper's (heldout19: ANI's dateline
    lead, the Observer's notice, then the Observer's text): a notice after one paragraph
    credits the copy that follows, it ends no story (a story's own notice closes its body)."""
    return block.role == CRUFT and len(current.text_blocks) <= NOTICE_UNDER_LEAD_TEXTS \
        and bool(current.text_blocks) and openers.REPUBLISHED_RE.match(block.text) is not None


#: Lines a writer's handle or e-mail may take between a credit under a standfirst and the
#: date under it (:func:`_credit_over_date`).
CREDIT_DATE_GAP = 1
#: Lines (the desk's place, a caption) a credit under a standfirst's date may stand above
#: the body it heads (:func:`_credit_over_date`).
CREDIT_BODY_REACH = 3


#: Lines of a story's header, none a sentence (a standfirst and a video's caption, La Voz
#: de Galicia's), that a credit over the body's date may stand under
#: (:func:`_credit_over_date`).
CREDIT_HEADER_TEXTS = 2


def _credit_over_date(blocks: list[Block], i: int, current: Segment) -> bool:
    """The credit line at ``i`` ("Redacción Confidencial", "Efe") stands under the story's
    first paragraph (its standfirst; or under :data:`CREDIT_HEADER_TEXTS` lines that end no
    sentence) and over the date line that dates the body under it, with perhaps the
    writer's handle between ("@confidencial_ni"), or under the date and over the body: the
    byline of the copy below, not a sign-off closing the story."""
    texts = current.text_blocks
    if not texts or blocks[i].role != CRUFT or (len(texts) > 1 and (
            len(texts) > CREDIT_HEADER_TEXTS or any(is_sentence(t.text) for t in texts))):
        return False
    at = next((k for k in range(i - 1, max(-1, i - 1 - CREDIT_BODY_REACH), -1)
               if blocks[k].role not in (IMAGE, SEP) and not blocks[k].notes.get("signoff")),
              None)  # (past another credit line above it: the desk's place)
    if at is not None and (blocks[at].role == META or _between_credits(blocks, at)) \
            and _date_alone(blocks[at]):
        # (or under the date that dates the standfirst, over the body: Hindustan Times'
        # "Updated: Apr 26, 2020" / "HT Correspondent" / its place / a caption / text)
        body = next((b for b in blocks[i + 1:i + 2 + CREDIT_BODY_REACH]
                     if b.role not in (IMAGE, SEP, CRUFT)), None)
        return body is not None and body.role == TEXT and _body_line(body.text)
    below = [b for b in blocks[i + 1:i + 4 + CREDIT_DATE_GAP] if b.role not in (IMAGE, SEP)]
    for k, b in enumerate(below[:CREDIT_DATE_GAP + 1]):
        if _date_alone(b):
            # (a date alone the page's rhythm took for chrome, "04.05.2022", dates it too;
            # a byline may stand under it, over the body: "Por Agencia EFE")
            after = [a for a in below[k + 1:]
                     if not (a.role == CRUFT and a.cruft_kind == RemovedKind.CHROME)]
            # (past the share button under it: "Partager")
            if after and cues.BYLINE_RE.match(after[0].text):
                after = after[1:]
            return bool(after) and _body_line(after[0].text)
        if openers.TRANSLATED_FROM_RE.match(b.text):
            continue  # ("The Wall Street Journal" / "Traduit de l’anglais" / date)
        if b.words > 1 or b.role == META:
            return False
    return False


def _between_credits(blocks: list[Block], at: int) -> bool:
    """The bare date at ``at`` stands between two credit lines ("Agencia EFE" /
    "04.05.2022" / "Por Agencia EFE"): the head of the copy under them. (A record's bare
    date under a divider heads the next record.)"""
    over = next((b for b in reversed(blocks[:at]) if b.role != IMAGE), None)
    return over is not None and bool(over.notes.get("signoff"))


def _date_alone(b: Block) -> bool:
    """A date line, or a date alone that the page's rhythm took for chrome ("04.05.2022")."""
    return (b.role == META and b.cruft_kind == MetaKind.DATE) \
        or (b.role == CRUFT and split_date_line(b.text) == (True, ""))


def _body_line(text: str) -> bool:
    """A paragraph of a story's body: prose, or one sentence of a paragraph's length."""
    return clean_is_prose(text) or (word_count(text) >= CREDIT_BODY_MIN_WORDS and is_sentence(text))


#: Words of one sentence that make it a body's paragraph under a credit (:func:`_body_line`).
CREDIT_BODY_MIN_WORDS = 15


#: Where one sentence ends inside a line and the next begins (after a word of three
#: letters or more: "U.S. and U.K." break nothing). A headline holds one such break at
#: most ("Why? Because ..."); a line with this many is sentences, not a title.
_SENTENCE_BREAK = re.compile(r"\w{3,}[.!?…]\s+\S")
TITLE_MAX_BREAKS = 2
#: The characters that end a sentence in :data:`_SENTENCE_BREAK`: a line with fewer of
#: them than :data:`TITLE_MAX_BREAKS` has fewer breaks, and is not searched.
_BREAK_ENDS = (".", "!", "?", "…")
#: A trailing aside in brackets ("(Dear Donald ...)"), read off a title's end.
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


#: Quotation marks and brackets that may close a headline after its "!" or "?".
_CLOSING_QUOTES = "\"'”’»」』) "
_OPENING_QUOTES = "\"'“‘«„「『‹›»"


def title_like(block: Block) -> bool:
    """Shaped like a headline: short, starts with a capital, not a running sentence."""
    text = block.text
    if block.kind == BlockKind.ITEM or not (2 <= block.words <= TITLE_MAX_WORDS) \
            or not _CAP_WORD.match(text):
        return False
    # (only a line whose last visible character closes a bracket can end in an aside)
    core = _TRAILING_ASIDE.sub("", text) if text.rstrip().endswith(")") else text
    if sum(map(core.count, _BREAK_ENDS)) >= TITLE_MAX_BREAKS \
            and len(_SENTENCE_BREAK.findall(core)) >= TITLE_MAX_BREAKS:
        return False  # "New to X? It's an app ... easily. Deposit ...": an offer's sentences
    # (a quoted cry or question closing the title: "... : «Je me fiche ... du gouvernement!»";
    # not a line that is all a quote, a dialogue's: "Was machst du hier?")
    bare = core if core.lstrip()[:1] in _OPENING_QUOTES else core.rstrip(_CLOSING_QUOTES)
    if not is_sentence(core) or core.endswith(("U.S.", "U.K.", "U.N.", "E.U.")) \
            or bare.endswith("?"):
        return True
    if bare.endswith("!") and not _INNER_SENTENCE_END.search(bare):
        return True  # one exclamation ("Tach auch!"), not a reader's call of two sentences
    # Title Case lines ending in a period are still titles ("... Can't Trust the U.S.").
    words = [w for w in core.split() if len(w) > 3]
    caps = sum(1 for w in words if _CAP_WORD.match(w))
    return len(words) >= 3 and caps / len(words) >= 0.7 and core.count(". ") == 0


def _next_roles(blocks: list[Block], i: int, n: int = 3) -> list[Block]:
    out = []
    for j in range(i + 1, len(blocks)):  # not blocks[i + 1:]: a copy a block is quadratic
        b = blocks[j]
        if b.role in (IMAGE,) or (b.role == CRUFT and b.cruft_kind != RemovedKind.COPYRIGHT):
            continue
        out.append(b)
        if len(out) >= n:
            break
    return out


#: A "Label: value" line ("Pages: 80", "ISBN-10: 3942795116", "Sprache: Deutsch"): a
#: product's or a book's details, never a headline when it stands among others of its kind.
_DATA_LINE = re.compile(r"^[^\W\d_][^:：.!?]{0,30}[:：]\s*\S.{0,40}(?<![.!?])$")
DATA_LABEL_MAX_WORDS = 3
#: Lines of that shape around a line (itself included, within DATA_BOX_REACH lines either
#: side) that make a box of details.
DATA_BOX_MIN = 3
DATA_BOX_REACH = 3


def _is_data_line(text: str) -> bool:
    return bool(_DATA_LINE.match(text)) \
        and word_count(re.split(r"[:：]", text, maxsplit=1)[0]) <= DATA_LABEL_MAX_WORDS


def _in_data_box(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a "Label: value" line among others (a details box)."""
    if not _is_data_line(blocks[i].text):
        return False
    near = [b for b in blocks[max(0, i - DATA_BOX_REACH):i + DATA_BOX_REACH + 1] if b.role != SEP]
    return sum(_is_data_line(b.text) for b in near) >= DATA_BOX_MIN


def _caps_section(b: Block, current: Segment) -> bool:
    """A line in capitals under a separator is the next section of the story above when
    that story already holds a line of the same shape in its text (AP's "___" between
    sections headed "WHO IS THE FRONT-RUNNER?", "HOW WILL OBAMA PLAY?"): a pasted story's
    headline is not shaped as the story above's sub-headings."""
    if not _is_caps_line(b):
        return False
    return any(t is not b and _is_caps_line(t) and _shape(t) == _shape(b)
               for t in current.text_blocks)


def _is_caps_line(b: Block) -> bool:
    letters = [c for c in b.text if c.isalpha()]
    return len(letters) >= 4 and b.text.isupper() and b.words <= TITLE_MAX_WORDS // 2 \
        and not is_sentence(b.text.rstrip("?!"))


#: A bold headline that ends with a date ("BBC: Premier League restart on 17 July") is read
#: as a date line; it is a headline where the words beside its date are at least this many.
DATED_HEADLINE_MIN_WORDS = 3


def _dated_headline(b: Block) -> bool:
    """A bold, title-shaped line the cleaner took for a date line for the date it ends
    with: words enough besides the date, none of them a byline's or a label's."""
    if b.role != META or b.cruft_kind != MetaKind.DATE or not b.bold or not title_like(b):
        return False
    is_date, rest = split_date_line(b.text)
    return is_date and word_count(rest) >= DATED_HEADLINE_MIN_WORDS \
        and not cues.BYLINE_RE.search(b.text) and not re.search(r"(?i)\b(?:by|von|par|por)\b",
                                                                  b.text)


#: An embedded video's card inside an article: its title set as a heading that is all one
#: link, over an info line of the video's date with its running time set right against
#: the year ("Aug. 24, 2020" and "02:09" in two spans: "Aug. 24, 202002:09"). A page's own
#: date line sets a time of day apart from the year (a space, "at", a comma); only two
#: fields laid side by side glue them. Inside a story of at least EMBED_MIN_PARAGRAPHS
#: that has not ended (an archive of video teasers opens each card after one blurb at
#: most), the card is the story's furniture, not the next story.
_GLUED_RUNNING_TIME = re.compile(r"(?:19|20)\d\d\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*$")
EMBED_MIN_PARAGRAPHS = 3


def _embedded_card(blocks: list[Block], i: int, current: Segment, after_sep: bool) -> bool:
    """Block ``i`` is the title of an embedded video card (see
    :data:`_GLUED_RUNNING_TIME`) in the middle of the story ``current``."""
    b = blocks[i]
    if not b.link_only or b.role != TEXT or after_sep or current.ended \
            or len(current.text_blocks) < EMBED_MIN_PARAGRAPHS:
        return False
    nxt = _next_roles(blocks, i, 1)
    return bool(nxt) and nxt[0].role == META and nxt[0].cruft_kind == MetaKind.DATE \
        and bool(_GLUED_RUNNING_TIME.search(nxt[0].text))


#: A date line naming a span of days ("October 18-20, 2022", "18–20 June") dates an
#: event (a conference promo between a story's paragraphs: its label, a call to action,
#: the dates, the place), not a story: a story is published on one day, so such a line
#: confirms no headline above it. (Not inside a numeric date: "2022-10-18".)
_DAY_RANGE = re.compile(r"(?<![\d:/.\-–—])\d{1,2}\s*[-–—]\s*\d{1,2}(?![\d:/.\-–—])")


def _event_date(b: Block) -> bool:
    """A plain date line of an event (see :data:`_DAY_RANGE`); not a bold headline ending
    with its story's dates ("Championships set for July 15-24": :func:`_dated_headline`)."""
    return b.role == META and b.cruft_kind == MetaKind.DATE and b.kind != BlockKind.HEAD \
        and not b.bold and bool(_DAY_RANGE.search(b.text))


def _event_place(blocks: list[Block], i: int) -> bool:
    """The sign-off-shaped place line ("Philadelphia, PA") at ``i`` is the place under an
    event's dates (:func:`_event_date`), not the close of the story around the promo."""
    if not blocks[i].notes.get("signoff"):
        return False
    above = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].role != IMAGE), None)
    return above is not None and _event_date(above)


def _confirmed_headline(blocks: list[Block], i: int, current: Segment, after_sep: bool) -> bool:
    b = blocks[i]
    if b.role != TEXT or is_story_end(b) or _closing_credit(b) or b.notes.get("section_label"):
        return False                             # (a line that ends a story opens none)
    strong_shape = b.kind == BlockKind.HEAD or b.bold
    if not (strong_shape or title_like(b)):
        return False
    if b.kind != BlockKind.HEAD and b.words > TITLE_MAX_WORDS:
        return False
    if _in_data_box(blocks, i):
        return False                             # "Pages: 80" among a book's details
    if current.headline is not None and not current.text_blocks:
        return False                             # a deck under a headline, not a new story
    nxt = _next_roles(blocks, i)
    first = nxt[0] if nxt else None
    if first is None:
        return False
    if first.role == META and first.cruft_kind == MetaKind.BYLINE and b.folded in first.folded:
        return False                             # the author's name atop "By <name>"
    if first.role == META and not cues.TWEET_SIGNOFF_RE.match(first.text) \
            and not _event_date(first):
        return True                              # a date, "Updated", byline line follows
    if first.role == TEXT and dateline_of(first.text) and (strong_shape or title_like(b)) \
            and not _caps_label(b):  # ("HERE'S WHAT ELSE IS HAPPENING:" over an item)
        return True
    if not title_like(b) and not (strong_shape and not is_sentence(b.text)):
        return False
    if not current.text_blocks:                  # nothing read yet: this is the first title
        return first.role == TEXT
    if strong_shape and first.role == TEXT and _title_run(current):
        return True                              # no story above: a list of titles
    if current.ended or after_sep:
        return first.role == TEXT and not (after_sep and not current.ended
                                           and _caps_section(b, current))
    return strong_shape and first.role == TEXT \
        and len(current.text_blocks) >= TURN_MIN_PARAGRAPHS and _language_turn(blocks, i, current)


#: Under its headline a story has read at most this many lines (a paper's-name line, a
#: kicker) when a name over the date line is its byline.
BYLINE_UNDER_HEADLINE_MAX_LINES = 2


#: Notes that make a line a heading whatever its words (a dump's record head, a feed's
#: item, a heading ending with its date: normalizer.stories.rhythm and the loop of split).
_HEAD_NOTES = ("unit_start", "record_head", "live_item", "dated_headline", "opens_body")


#: Words a section's label or a breadcrumb under a headline has at most ("Charleroi",
#: "Charleroi Actu").
SECTION_LABEL_MAX_WORDS = 3


def _label_under_title(blocks: list[Block], i: int, current: Segment, after_sep: bool) -> bool:
    """A section's label or breadcrumb ("Charleroi Actu") over the date line, under a
    title-shaped line with only such labels between: the line above is the headline
    (however long: "Il brise le couvre-feu ... : «Je me fiche ... du gouvernement!»"),
    the labels its furniture. The date confirms the label (:func:`_confirmed_headline`)
    only because it stands nearer."""
    b = blocks[i]
    if b.role != TEXT or current.headline is not None or not current.text_blocks \
            or word_count(b.text) > SECTION_LABEL_MAX_WORDS:
        return False
    head, *labels = current.text_blocks
    # (a deck's sentence over the title, "Wechsel JG ... folgt X als Gemeinderätin.", is no
    # headline over a label: the title under it is short)
    return word_count(head.text) > SECTION_LABEL_MAX_WORDS and title_like(head) \
        and not head.text.rstrip().endswith(".") \
        and all(word_count(t.text) <= SECTION_LABEL_MAX_WORDS for t in labels) \
        and _confirmed_headline(blocks, i, current, after_sep)


#: Words a title over its deck has at least (:func:`_deck_under_kicked_title`).
DECKED_TITLE_MIN_WORDS = 4


def _deck_under_kicked_title(blocks: list[Block], i: int, current: Segment,
                             after_sep: bool) -> bool:
    """The line at ``i``, confirmed as a headline by the date line under it, is the deck
    of the title right above it, which a section's kicker heads ("Mundo" / "Israel comenzó
    su asalto ...: “Es un área urbana densa y compleja”" / "El Teniente General ... lo
    confirmó ...: “...”, precisó" / the date, Infobae's): a deck no shorter than its
    title, neither ending a sentence. The title heads the story; the deck is its
    standfirst."""
    b = blocks[i]
    if b.role != TEXT or i < 2 or len(current.text_blocks) < 2 \
            or any(b.notes.get(k) for k in _HEAD_NOTES):
        return False
    title, kicker = current.text_blocks[-1], current.text_blocks[-2]
    return blocks[i - 1] is title and blocks[i - 2] is kicker \
        and kicker.folded.strip(" :|") in cues.SECTION_NAMES \
        and not is_sentence(title.text) and not is_sentence(b.text) \
        and DECKED_TITLE_MIN_WORDS <= word_count(title.text) <= word_count(b.text) \
        and _confirmed_headline(blocks, i, current, after_sep)


def _head_with(current: Segment, head: Block, furniture: list[Block]) -> None:
    """``head`` heads ``current`` after all, the ``furniture`` read beside it (a title
    taken for a deck, a section's label) chrome."""
    for t in furniture:
        t.mark(CRUFT, RemovedKind.CHROME)
    head.mark(HEADLINE)
    current.headline = head.text
    current.reread()


def _byline_under_headline(blocks: list[Block], i: int, current: Segment) -> bool:
    """A person's name alone on a plain line (:func:`openers.person_name`), with the date
    line right under it, while the story under a headline has no prose yet ("The Daily
    Observer (Banjul)" / headline / "Omar Wally" / "17 January 2012"): the story's byline,
    not the next story's headline. (After a story's body, a name over a date may head the
    next story: that one is left to :func:`_confirmed_headline`.)"""
    b = blocks[i]
    if b.role != TEXT or b.kind == BlockKind.HEAD or b.bold or current.headline is None \
            or any(b.notes.get(k) for k in _HEAD_NOTES) \
            or len(current.text_blocks) > BYLINE_UNDER_HEADLINE_MAX_LINES \
            or any(_is_prose(t) for t in current.text_blocks) \
            or not openers.person_name(b.text):
        return False
    under = _next_roles(blocks, i, 1)
    return bool(under) and under[0].role == META and under[0].cruft_kind == MetaKind.DATE


def _title_run(current: Segment) -> bool:
    """All ``current`` read is a run of title lines (:data:`TITLE_BOX_MIN_LINES` or more,
    each title-shaped, none a sentence): a slider's or a related list's links under a
    title-shaped line, no story's body, so a heading after them opens the next story
    (the run itself is folded away as chrome, :func:`_fold_chrome_segments`)."""
    texts = current.text_blocks
    return len(texts) >= TITLE_BOX_MIN_LINES \
        and all(title_like(b) and not is_sentence(b.text) for b in texts)


def _language_turn(blocks: list[Block], i: int, current: Segment) -> bool:
    """The heading at ``i`` stands between the story above, in one language, and prose in
    another (:func:`normalizer.stories.language.language_turns`): a sub-heading is
    written in its story's language, so this one opens the next story."""
    above = (t.text for t in reversed(current.text_blocks) if t.kind != BlockKind.HEAD)
    below: list[str] = []
    size = 0
    for j in range(i + 1, len(blocks)):
        nb = blocks[j]
        if nb.role != TEXT:
            continue
        if nb.kind == BlockKind.HEAD or nb.bold \
                or (size >= TURN_SAMPLE_CHARS and len(below) >= TURN_MIN_PARAGRAPHS):
            break
        below.append(nb.text)
        size += len(nb.text)
    return language_turns(above, below)


#: A paragraph longer than this after a closing credit line is the story going on (the
#: credit line was quoted mid-story), not the next story: one-line notes ("Editing by X")
#: are well under it, the first paragraph of a story well over it.
STORY_RESUMES_MIN_WORDS = 12


def _carried_over(current: Segment) -> list[Block]:
    """The metadata and cruft after the last text of ``current`` (a copyright label
    stays: it closes the story). Taken off ``current``."""
    carried: list[Block] = []
    while current.blocks and current.blocks[-1].role in (META, CRUFT, IMAGE) \
            and current.blocks[-1].cruft_kind != RemovedKind.COPYRIGHT \
            and not current.blocks[-1].notes.get("closes_unit"):  # a teaser's own date
        carried.insert(0, current.blocks.pop())
    return carried


#: A date line after a story's last text moves above the next story when at most this many
#: lines of metadata and furniture stand between it and the next headline (a blog's date
#: header right above the post's title, perhaps with its byline or a label).
CARRIED_DATE_MAX_UNDER = 3


#: Lines of a card's closing furniture (its "more" link, counters) at least between its
#: text and a bare date line, for the date to be the next card's (:func:`_card_date_above`);
#: at most so many (a footer's run of dated boxes is no card's furniture), none a date.
CARD_FURNITURE_MIN = 2
CARD_FURNITURE_MAX = 10


def _later_date_past_box(carried: list[Block], k: int) -> bool:
    """Another date line stands under ``carried[k]`` with a box's label between them (a
    live page's day header, "Dienstag, 27. August 2024", then "Das könnte Sie auch
    interessieren" over a teaser's own "26.08.2024, 11:29 Uhr"): the later one dates the
    next headline; the first stays with the story it closes."""
    later = [j for j in range(k + 1, len(carried))
             if carried[j].role == META and carried[j].cruft_kind == MetaKind.DATE]
    return bool(later) and any(cues.RELATED_LABEL_ONLY_RE.match(carried[j].text)
                               for j in range(k + 1, later[-1]))


def _card_date_above(carried: list[Block], k: int) -> bool:
    """``carried[k]`` is a bare date line taken for chrome right above the next headline,
    with the story's closing furniture between it and the story's last text ("Leer más",
    "Comentarios", "5800 lecturas", then "04/12/2020 - 07:53" over the next card's title):
    a card's date stands next to what it dates, and here that is the title under it, not
    the text the furniture closed."""
    b = carried[k]
    return CARD_FURNITURE_MIN <= k <= CARD_FURNITURE_MAX and k == len(carried) - 1 \
        and b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME \
        and all(c.role == CRUFT for c in carried[:k]) and split_date_line(b.text) == (True, "") \
        and not any(split_date_line(c.text) == (True, "") for c in carried[:k])


def _next_segment(segments: list[Segment], current: Segment,
                  headline: str | None) -> Segment:
    """Close ``current`` and return the segment a story headed ``headline`` opens (a
    paywall badge a page's text glued to its start dropped: :data:`openers.GLUED_BADGE_RE`).

    ``current`` goes to ``segments`` when it holds story text. Date lines after its last
    text stand above the next story (Blogger's date headers come before the title): they
    move with it, unless the story's closing furniture stands under them
    (:data:`CARRIED_DATE_MAX_UNDER`); so does a card's bare date line right above the
    headline, under the story's closing furniture (:func:`_card_date_above`). A segment of
    metadata only joins the previous story, or, before any story, the next one."""
    if headline:
        headline = openers.GLUED_BADGE_RE.sub("", headline, count=1)
    if current.text_blocks:
        carried = _carried_over(current)
        # (a date line with the story's closing furniture under it, "IAR | dodane 2011-12-28"
        # over its caption, tags and related links, closes this story: it stays; a date
        # the page's rhythm or the post's own date placed is where they put it)
        keep = [b for k, b in enumerate(carried)
                if not (b.role == META and b.cruft_kind == MetaKind.DATE
                        and (len(carried) - 1 - k <= CARRIED_DATE_MAX_UNDER
                             or b.notes.get("story_date"))
                        and not _later_date_past_box(carried, k))
                and not _card_date_above(carried, k)]
        current.blocks.extend(keep)
        segments.append(current)
        return Segment(headline=headline, blocks=[b for b in carried if b not in keep])
    if current.blocks and segments:
        segments[-1].blocks.extend(current.blocks)
    elif current.blocks:
        # nothing but metadata so far (e.g. a date line under the post title): carry it
        return Segment(headline=headline or current.headline, blocks=current.blocks)
    return Segment(headline=headline)


#: Lines above the post's title repeated on the page (a section label "TECH", the page's
#: address, "Print Article") are its header's chrome when they are this short in all.
HEADER_CHROME_MAX_WORDS = 12


def _repeats_post_title(b: Block, current: Segment, segments: list[Segment],
                        folded_title: str | None) -> bool:
    """The first text line is the post's title again (after a few header lines that hold
    no prose, which become chrome, or after teaser cards, :func:`_teaser_cards`, which
    become related links), or after the story's own first paragraph, a dateline's."""
    if b.role != TEXT or folded_title is None or segments or fold(b.text) != folded_title:
        return False
    above = current.text_blocks
    if not above:
        return True
    if len(above) == 1 and above[0].kind == BlockKind.P and dateline_of(above[0].text):
        return True  # the story's first paragraph, which the page's markup set above its
        # title (an old newspaper's template closing its body after that paragraph)
    header = [t for t in above if not _title_crumb(t, folded_title)]
    if sum(t.words for t in header) > HEADER_CHROME_MAX_WORDS \
            or any(is_sentence(t.text) or t.kind == BlockKind.HEAD for t in header):
        if b.kind == BlockKind.HEAD and _teaser_cards(current.blocks):
            kind = RemovedKind.RELATED_LINK
        elif b.kind == BlockKind.HEAD and b.level == 1 \
                and _teaser_cards(current.blocks, NOTICE_CARDS):
            kind = RemovedKind.CHROME  # a notice over the page's <h1> title
        else:
            return False
        for t in current.blocks:  # (the cards' headings too)
            if t.role in (TEXT, HEADLINE):
                t.mark(CRUFT, kind)
    else:
        for t in list(above):
            t.mark(CRUFT, RemovedKind.CHROME)
    current.reread()
    return True


#: Teaser cards above the post's title repeated as a heading (a portal's boxes over its
#: article: "China's Olympic school" over one line of its teaser): at least this many
#: headings, ...
TEASER_CARDS_MIN = 2
#: ... each over at most one paragraph of at most this many words.
TEASER_CARD_MAX_WORDS = 60
#: Over a title repeated in an ``<h1>``, the page's own headline, one such card is enough:
#: a site's notice set at the top of ``<body>`` (a cookie or privacy-policy banner: a
#: heading over one paragraph), not the story, which starts under its ``<h1>``.
NOTICE_CARDS = 1


def _teaser_cards(blocks: list[Block], least: int = TEASER_CARDS_MIN) -> bool:
    """``blocks`` are teaser cards only, at least ``least`` of them (see
    :data:`TEASER_CARDS_MIN`): headings, each with at most one short paragraph under it
    (pictures and cruft between)."""
    headings = 0
    under = TEASER_CARD_MAX_WORDS + 1  # (no paragraph before the first heading)
    for t in blocks:
        if t.role not in (TEXT, HEADLINE):
            continue
        if t.kind == BlockKind.HEAD:
            headings, under = headings + 1, 0
        elif under or t.words > TEASER_CARD_MAX_WORDS:
            return False
        else:
            under = t.words or 1
    return headings >= least


def _title_as_deck(b: Block, current: Segment, segments: list[Segment],
                   folded_title: str | None) -> bool:
    """The post's title is the story's deck, a sentence right under a heading that is no
    sentence: a magazine's template sets its headline in an ``<h2>`` and its deck in the
    ``<h1>`` the title is read from ("Jobs the Jerk" over "Walter Isaacson's new biography
    ... doesn't explain what made him tick."). The heading is the headline, the deck stays
    the story's first paragraph, and the few header lines above the heading (a section's
    kicker: :data:`HEADER_CHROME_MAX_WORDS`) are chrome."""
    if b.role != TEXT or folded_title is None or segments or fold(b.text) != folded_title \
            or not is_sentence(b.text) or not current.blocks:
        return False
    above = current.text_blocks
    if not above or current.blocks[-1] is not above[-1]:
        return False  # (the heading right above the title, nothing between)
    head, header = above[-1], above[:-1]
    return head.kind == BlockKind.HEAD and not is_sentence(head.text) \
        and head.words < b.words and head.words <= TITLE_MAX_WORDS \
        and sum(t.words for t in header) <= HEADER_CHROME_MAX_WORDS \
        and all(t.kind != BlockKind.HEAD for t in header)


#: A breadcrumb's last crumb is the post's title, often cut short ("World / News /
#: Russian Prime Minister ... Can Be"): a line above the title that starts it and holds
#: at least this share of it is that crumb, no prose of the header.
TITLE_CRUMB_MIN_SHARE = 0.5


def _title_crumb(b: Block, folded_title: str) -> bool:
    return b.kind == BlockKind.ITEM and len(b.folded) >= TITLE_CRUMB_MIN_SHARE \
        * len(folded_title) and folded_title.startswith(b.folded.rstrip(" .…"))


def _own_headline_under_title(b: Block, current: Segment) -> bool:
    """A heading atop the content, under the post's title: the story's own headline (not
    one right under a byline line of names then their role: a Korean paper's headline
    stands over it, the summary heading under it, "박준석 기자 외 1명")."""
    return b.role == TEXT and (b.kind == BlockKind.HEAD or (b.bold and _headline_shaped(b))) \
        and current.headline is not None and not current.text_blocks \
        and b.words <= TITLE_MAX_WORDS and not _under_byline(current)


def _under_byline(current: Segment) -> bool:
    """The segment's last block is a byline line of names then their role (the cleaner's
    ``role_byline``; "By Jane Doe" over a pasted headline is an editor's kicker line)."""
    last = current.blocks[-1] if current.blocks else None
    return last is not None and last.role == META and last.cruft_kind == MetaKind.BYLINE \
        and bool(last.notes.get("role_byline"))


#: One question and nothing before it that ends a sentence: a headline that asks
#: ("開戰車的女人：我是如何突破軍隊「天花板」？"), in any script's question mark, as
#: :func:`title_like` takes a capitalised line ending with "?".
_ONE_QUESTION = re.compile(r"^[^.!?…。！？؟]+[" + "".join(cues.QUESTION_MARKS) + r"]\s*$")


#: An editor's title made of the story's headline: a short label before it ("Hamburg: ",
#: "News: ", a place, a section or an outlet of this many words at most) and/or its
#: first words cut short with an ellipsis ("… dauern…"). The heading under such a title,
#: which the title's words open, is the story's own headline. At least this many
#: characters of the headline must stand in the title (a label over two words names no
#: headline).
TITLE_LABEL_MAX_WORDS = 3
TITLE_CUT_MIN_CHARS = 10
_TITLE_LABEL = re.compile(r"^(?P<label>[^:：]{1,40})[:：]\s*(?P<rest>\S.*)$")


def _title_cut_from(title: str | None, b: Block) -> bool:
    """``title`` is ``b``'s text under a short label, or cut short (see
    :data:`TITLE_LABEL_MAX_WORDS`): the editor's title over the story's own headline."""
    if not title:
        return False
    core = cues.ELLIPSIS_END_RE.sub("", title)
    cut = core != title
    label = _TITLE_LABEL.match(core)
    if label is not None and len(label.group("label").split()) <= TITLE_LABEL_MAX_WORDS:
        core = label.group("rest")
    elif not cut:
        return False
    want = fold(core)
    return len(want) >= TITLE_CUT_MIN_CHARS and (
        b.folded == want or (cut and b.folded.startswith(want)))


def _headline_shaped(b: Block) -> bool:
    """:func:`title_like`, or in a script without capitals (Chinese, Japanese, Arabic,
    Thai ...) a line that is no sentence, or one question (:data:`_ONE_QUESTION`)."""
    if title_like(b):
        return True
    first = next((c for c in b.text if c.isalnum()), "")
    return bool(first) and first.isalpha() and first.lower() == first.upper() \
        and b.kind != BlockKind.ITEM and 2 <= b.words <= TITLE_MAX_WORDS \
        and (not is_sentence(b.text) or _ONE_QUESTION.match(b.text) is not None)


#: Labels that stand over a story's headline or open its body, naming its genre, never
#: its headline ("Analysis", "EXCLUSIVE", "Eine Kolumne von ...", "Gastbeitrag"), by
#: language; matched as the whole line (case, a trailing colon or bar aside) or as the
#: word a "by" line names ("Ein Kommentar von X", "A column by X", "Une chronique de X").
KICKER_WORDS = frozenset(w.casefold() for w in (
    # en
    "analysis", "news analysis", "exclusive", "opinion", "commentary", "comment", "editorial",
    "op-ed", "oped", "column", "guest column", "guest post", "guest essay", "essay", "review",
    "interview", "breaking", "breaking news", "update", "updated", "live", "live updates",
    "explainer", "fact check", "factcheck", "feature", "perspective", "viewpoint",
    "special report", "investigation", "in depth", "in-depth", "first person", "long read",
    "the big read", "obituary", "satire", "sponsored", "sponsored content", "advertisement",
    "promoted", "podcast", "letter", "letters", "letter to the editor", "profile", "q&a",
    # de
    "analyse", "kommentar", "kolumne", "gastbeitrag", "gastkommentar", "meinung", "exklusiv",
    "hintergrund", "reportage", "porträt", "glosse", "leitartikel", "eilmeldung", "liveblog",
    "faktencheck", "rezension", "kritik", "erklärstück", "gastautor", "gastautorin",
    "standpunkt", "pro und contra", "anzeige", "werbung",
    # fr
    "tribune", "éditorial", "chronique", "entretien", "exclusif", "point de vue",
    "décryptage", "enquête", "critique", "billet", "récit", "témoignage", "idées",
    # es, pt, it
    "análisis", "opinión", "columna", "entrevista", "exclusiva", "crónica", "reportaje",
    "última hora", "en directo", "verificación", "análise", "opinião", "coluna", "exclusivo",
    "crônica", "reportagem", "artigo", "analisi", "editoriale", "commento", "intervista",
    "esclusiva", "opinione", "rubrica", "inchiesta", "l'analisi", "il commento",
    # nl, nordic, fi, pl, cs, tr, ru, uk
    "opinie", "commentaar", "achtergrond", "recensie", "analys", "krönika", "kronikk",
    "klumme", "ledare", "leder", "debatt", "debat", "intervju", "analyysi", "kommentti",
    "kolumni", "pääkirjoitus", "mielipide", "analiza", "komentarz", "felieton", "opinia",
    "wywiad", "publicystyka", "analýza", "komentář", "glosa", "rozhovor", "názor", "analiz",
    "yorum", "görüş", "köşe yazısı", "röportaj", "özel haber", "анализ", "мнение",
    "комментарий", "колонка", "интервью", "эксклюзив", "репортаж", "аналітика", "думка",
    # zh, ja, ko, ar
    "评论", "評論", "社论", "社論", "观点", "觀點", "独家", "獨家", "专访", "專訪", "时评",
    "時評", "社説", "解説", "独自", "コラム", "インタビュー", "論説", "사설", "칼럼", "분석",
    "단독", "인터뷰", "기고", "해설", "تحليل", "رأي", "مقال رأي", "حصري", "افتتاحية", "مقابلة",
))
#: "Eine Kolumne von Nils Pickert", "A column by Jane Doe", "By Jane Doe", "Von X": a
#: kicker word (or nothing) and a writer's name after the language's "by".
_KICKER_BY = re.compile(
    r"^(?:(?i:eine?|an?|the|une?|una?|uno|um|uma|ein|een)\s+)?(?P<word>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+)?"
    r"\s+)?(?:von|by|par|de|por|di|door|av|af|od|от|від)\s+"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w'’.-]+|de|da|van|von|der|le|la)){0,4})$")
#: A label in capitals over a headline is short ("EXCLUSIVE", "WORLD NEWS").
KICKER_CAPS_MAX_WORDS = 2


def is_kicker(b: Block) -> bool:
    """A kicker or label line, not a headline: a genre word of :data:`KICKER_WORDS`, a
    "by" line ("Eine Kolumne von X"), or a word or two in capitals."""
    text = b.text.strip().rstrip(":：|-–—· ").strip()
    if not text:
        return False
    if text.casefold() in KICKER_WORDS:
        return True
    m = _KICKER_BY.match(text)
    if m and (m.group("word") is None or m.group("word").strip().casefold() in KICKER_WORDS):
        return True
    text = re.sub(r"\s*\([^()]*\)$", "", text)  # "MP3-DOWNLOAD (01:00 h)": a label's aside
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) <= KICKER_CAPS_MAX_WORDS and len(letters) >= 3 and text.isupper() \
        and all(c.isupper() for c in letters)


#: A heading numbered as a section ("1 Introduction", "2.1 Setup", "IV. Results"): the
#: first section of the story, never its headline.
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.)\s+\S")


def _opens_body_as_headline(b: Block) -> bool:
    """The heading under the post's title is the story's own headline when the page's
    markup shows it opening the post's body, the title standing outside that body
    (:func:`normalizer.pages.permalink.content_heading`; a post's content alone opens
    with it), and it is shaped as a headline: not a numbered section, not a sentence (a
    news site's deck opening its body ends as one)."""
    return bool(b.notes.get("opens_body")) \
        and not _SECTION_NUMBER.match(b.text) and _headline_shaped(b)


def _credits_picture(blocks: list[Block], i: int) -> bool:
    """A copyright label right under a picture ("© Alfa Romeo F1 Team") is the picture's
    credit: the story goes on below it."""
    b = blocks[i]
    if b.role != CRUFT or b.cruft_kind != RemovedKind.COPYRIGHT:
        return False
    prev = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].role != SEP), None)
    return prev is not None and (prev.role == IMAGE or prev.cruft_kind == RemovedKind.CAPTION)


#: A separator opens an untitled story only under a story of at least this many
#: paragraphs: a lone paragraph of prose above it is the story's lead, which some
#: editors set apart with blank lines, and the text below goes on with the same story.
#: (An untitled story opening with its dateline is the next one however short the story
#: above; a lone line that is no prose, "Order Reprints", is chrome above the story.)
SEPARATED_STORY_MIN_PARAGRAPHS = 2


#: A pull quote: a quotation block of at most PULL_QUOTE_MAX_WORDS whose first
#: :data:`normalizer.cues.text.PULL_QUOTE_MIN_WORDS` words stand, in the same order, in a
#: paragraph of the story (the sentence it lifts out, set apart between rules, often with
#: its speaker's name under it).
PULL_QUOTE_MAX_WORDS = 60
_WORD = re.compile(r"\w+")


def _words_of(b: Block) -> str:
    """The block's words, folded, one space apart and at both ends (for a run's search)."""
    return " " + " ".join(_WORD.findall(b.folded)) + " "


def _mark_pull_quotes(blocks: list[Block]) -> None:
    """Note the pull quotes of a story (see :data:`PULL_QUOTE_MAX_WORDS`): a line repeated
    from the text, which opens no story of its own after the rule set above it."""
    quotes = [b for b in blocks if b.kind == BlockKind.QUOTE and b.role == TEXT
              and b.words <= PULL_QUOTE_MAX_WORDS]
    if not quotes:
        return
    texts = [(b, _words_of(b)) for b in blocks if b.role == TEXT and b.kind != BlockKind.QUOTE]
    for q in quotes:
        words = _WORD.findall(q.folded)
        if len(words) < cues.PULL_QUOTE_MIN_WORDS:
            continue
        run = " " + " ".join(words[:cues.PULL_QUOTE_MIN_WORDS]) + " "
        if any(run in text for _, text in texts):
            q.notes["pull_quote"] = True


def _starts_unheaded_story(b: Block, current: Segment, after_sep: bool) -> bool:
    """Story text that begins the next story without a headline: after a separator (see
    :data:`SEPARATED_STORY_MIN_PARAGRAPHS`) or a closing line, or a second dateline
    paragraph. A pull quote repeating the story's text (:func:`_mark_pull_quotes`) never
    does."""
    if b.notes.get("pull_quote"):
        return False
    if after_sep and len(texts := current.text_blocks) < SEPARATED_STORY_MIN_PARAGRAPHS \
            and texts and not current.ended and _is_prose(texts[-1]) \
            and not dateline_of(b.text):
        after_sep = False
    # A feed item that opens with its outlet's name (normalizer.stories.rhythm) too.
    ends = after_sep or current.ended or bool(b.notes.get("opens_story"))
    return bool(current.text_blocks and ends) \
        or (len(current.text_blocks) >= 2 and _opens_story(b, current))


#: A review roundup quotes several outlets, each quotation followed by its credit line
#: ("[Engadget]" linked to the review, "— Wired"): at least this many such credits, naming
#: at least ROUNDUP_MIN_OUTLETS different outlets, each under a quotation of at most
#: ROUNDUP_QUOTE_MAX_WORDS that opens with no dateline, make the post one roundup whose
#: credits close quotations, not stories. (Stories pasted whole into quotation blocks, one
#: credit each, are longer, fewer, or open with their datelines.)
ROUNDUP_MIN_CREDITS = 3
ROUNDUP_MIN_OUTLETS = 2
ROUNDUP_QUOTE_MAX_WORDS = 250
#: The roundup's writer speaks too: a paragraph of at least this many words outside the
#: quotations (stories pasted whole as quotations, one after another, have none).
ROUNDUP_OWN_PROSE_MIN_WORDS = 8
#: A credit line in brackets of its own ("[ PC World]"): the roundup's credit where the
#: outlets table and the sign-off shapes do not know the name.
_BRACKET_CREDIT = re.compile(r"^\s*\[\s*[^\[\]]{2,40}?\s*\]\s*$")


def _quote_above(blocks: list[Block], i: int) -> list[Block] | None:
    """The quotation blocks right above block ``i`` (separators passed over), or None."""
    run: list[Block] = []
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if b.role == SEP:
            continue
        if b.kind != BlockKind.QUOTE or b.role != TEXT:
            break
        run.insert(0, b)
    return run or None


def _mark_quote_credits(blocks: list[Block]) -> None:
    """Note the credits of a roundup's quotations (see :data:`ROUNDUP_MIN_CREDITS`)."""
    found: list[Block] = []
    for i, b in enumerate(blocks):
        credit = (b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT) \
            or (b.role == TEXT and bool(_BRACKET_CREDIT.match(b.text)))
        if not credit or b.kind == BlockKind.QUOTE or b.words > 6:
            continue
        quote = _quote_above(blocks, i)
        if quote is None or sum(q.words for q in quote) > ROUNDUP_QUOTE_MAX_WORDS \
                or dateline_of(quote[0].text):
            continue
        found.append(b)
    own_prose = any(b.role == TEXT and b.kind == BlockKind.P and is_sentence(b.text)
                    and b.words >= ROUNDUP_OWN_PROSE_MIN_WORDS for b in blocks)
    if own_prose and len(found) >= ROUNDUP_MIN_CREDITS \
            and len({b.folded.strip(" []()—–-") for b in found}) >= ROUNDUP_MIN_OUTLETS:
        for b in found:
            b.notes["quote_credit"] = True


#: A rolling story (AP's "The Latest"): one headline over items, each opening with a
#: dateline of its own that names no outlet ("LONDON — ..."), separated by rule lines and
#: with no headline of their own. At least this many such items make the rules the
#: story's own dividers, not boundaries between stories (pasted wire stories, one after
#: another, carry their agency in the dateline or a headline each).
ROLLING_MIN_ITEMS = 4


#: Characters :data:`openers.CREDITED_CAPTION_RE` cannot match without: each of its shapes
#: holds a dash before "Picture by", a bracket with a colon in it, a slash or a copyright
#: sign. (Tested in tests/test_speed9.py on the project's real text.)
CREDITED_CAPTION_DASHES = ("-", "—", "–")
#: ... or the word a courtesy credit opens with ("Courtesy of X", "Cortesía de X").
CREDITED_CAPTION_WORDS = ("ourtesy", "ortesía", "ortesia", "OURTESY", "ORTESÍA", "ORTESIA")


def credited_caption(text: str) -> bool:
    """``openers.CREDITED_CAPTION_RE.match(text)``, asked only of a line that holds one of
    the characters it needs: its lazy scan tries its shapes at every character of every
    paragraph of a page, and most paragraphs hold none of them."""
    if not ("/" in text or "©" in text or "@" in text or ("(" in text and ":" in text)
            or any(dash in text for dash in CREDITED_CAPTION_DASHES)
            or any(word in text for word in CREDITED_CAPTION_WORDS)):
        return False
    m = openers.CREDITED_CAPTION_RE.match(text)
    if m is None or m.group("photographer") is None:
        return m is not None
    # (a mailbox after a name credits the picture where it spells that name's surname,
    # "Jose A Iglesias jiglesias@...": a sentence that ends on a contact does not)
    surname = re.sub(r"\W+", "", m.group("photographer").split()[-1].casefold())
    return len(surname) >= 3 and surname in m.group("mailbox").casefold()


#: The heading over a page's reader comments, as a short label on a comment word's stem
#: ("Comentar", "Comments (12)", "12 Kommentare", "Commentaires", "Комментарии"): the
#: stem, not the whole word, since the box's heading is a noun on one site and a verb
#: ("Comentar", "Kommentieren") on the next.
_COMMENTS_LABEL = re.compile(
    r"^\s*(?:\d+\s+)?(?:comment|coment|koment|komment|коммент|комент|yorum|reactie)\w*"
    r"\s*[(\[]?\s*\d*\s*[)\]]?\s*:?\s*$", re.IGNORECASE)
#: Stems of a comment box's label set as a plain line ("Opinie (36)", "Reakcje (12)",
#: "Reacciones (5)", "Hozzászólások (8)", "Comments (12)"): there, only with the comments'
#: count in brackets, since a plain "Opinie" or "Reactions" also titles a section or a
#: paragraph of the story.
COUNTED_COMMENTS_STEMS = ("comment", "coment", "koment", "komment", "коммент", "комент",
                          "yorum", "reactie", "opini", "reakc", "reacci", "réaction",
                          "reaction", "diskus", "diskuz", "hozzászól")
_COUNTED_COMMENTS_LABEL = re.compile(
    r"^\s*(?:" + "|".join(COUNTED_COMMENTS_STEMS) + r")\w*\s*[(\[]\s*\d+\s*[)\]]\s*:?\s*$",
    re.IGNORECASE)
#: A plain counted label heads the comments only where the first comment's date line
#: follows within this many blocks (pictures passed over: the box's vote counts stand
#: between) and the story's prose stands above it (a "Comments (3)" link in a page's
#: header stands above the story).
COUNTED_LABEL_DATE_REACH = 4
COUNTED_LABEL_PROSE_ABOVE = 2
#: Date lines (a comment's "Hace 28 minutos", "12.03.2014 10:15") under that heading that
#: make what follows it the readers' comments, not the story going on.
COMMENT_THREAD_MIN_DATES = 2


def _comments_heading(b: Block) -> bool:
    """A comments heading or bold line (:data:`_COMMENTS_LABEL`)."""
    return (b.kind == BlockKind.HEAD or b.bold) and bool(_COMMENTS_LABEL.match(b.text))


def _counted_comments_label(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a plain comments label with its count ("Opinie (36)", see
    :data:`_COUNTED_COMMENTS_LABEL`) under the story's prose, the first comment's date line
    close under it (:data:`COUNTED_LABEL_DATE_REACH`)."""
    b = blocks[i]
    if b.kind != BlockKind.P or not _COUNTED_COMMENTS_LABEL.match(b.text):
        return False
    under = [k for k in blocks[i + 1:] if k.role != IMAGE][:COUNTED_LABEL_DATE_REACH]
    if not any(k.role == META and k.cruft_kind == MetaKind.DATE for k in under):
        return False
    prose = sum(1 for k in blocks[:i] if k.role == TEXT and _is_prose(k))
    return prose >= COUNTED_LABEL_PROSE_ABOVE


def _mark_comment_threads(blocks: list[Block]) -> None:
    """Take out a page's reader comments kept with its article: under a comments heading
    (:data:`_COMMENTS_LABEL`, set as a heading or a bold line, or a plain label with the
    comments' count, :func:`_counted_comments_label`), the box's rules and the
    comments themselves, each with its date line, up to the next heading. One of them
    would open a headless story of its own, the rules stay as paragraphs; only where
    :data:`COMMENT_THREAD_MIN_DATES` date lines follow (an opinion piece's "Comment"
    kicker has none)."""
    for i, b in enumerate(blocks):
        if b.words > 3 or not (_comments_heading(b) or _counted_comments_label(blocks, i)):
            continue
        end = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind == BlockKind.HEAD
                    or blocks[j].notes.get("unit_start")), len(blocks))
        dates = sum(1 for j in range(i + 1, end)
                    if blocks[j].role == META and blocks[j].cruft_kind == MetaKind.DATE)
        if dates < COMMENT_THREAD_MIN_DATES:
            continue
        for j in range(i, end):
            if blocks[j].role == TEXT:
                blocks[j].mark(CRUFT, RemovedKind.CHROME)
            blocks[j].notes["comments"] = True
        return


def _mark_credited_captions(blocks: list[Block]) -> None:
    """A caption pasted as a paragraph with its picture's credit closing it ("... — ©
    BELGA", "... — Picture by X"): cruft, never a headline opening a story of its own
    (:data:`openers.CREDITED_CAPTION_RE`)."""
    for b in blocks:
        if b.role == TEXT and b.kind == BlockKind.P and credited_caption(b.text):
            b.mark(CRUFT, RemovedKind.CAPTION)


def _bare_dateline(text: str) -> bool | None:
    """True where ``text`` opens with a dateline naming no outlet, False where its
    dateline names one, None where it has none."""
    m = dateline_of(text)
    if m is None:
        return None
    return not m.groupdict().get("src")


def _caps_label(b: Block) -> bool:
    """A short line in capitals ending with a colon: it introduces what follows."""
    text = b.text.rstrip()
    return text.endswith((":", "：")) and b.words <= TITLE_MAX_WORDS // 2 and text.isupper()


def _mark_rolling_items(blocks: list[Block]) -> None:
    """Note the rules of a rolling story (see :data:`ROLLING_MIN_ITEMS`): they open no
    story; a label line ending with a colon under one ("HERE'S WHAT ELSE IS
    HAPPENING:") is a section label of the story, no headline; over title lines only, up
    to the next rule, it heads a list of other stories ("HERE'S WHAT YOU NEED TO KNOW
    ...:"), which is cruft."""
    rules: list[Block] = []
    labels: list[int] = []
    others: list[int] = []  # sections that open with neither a dateline nor a label
    items = 0
    for i, b in enumerate(blocks):
        if b.role != SEP or b.notes.get("inside_post"):
            continue
        at = next((j for j in range(i + 1, len(blocks))
                   if blocks[j].role in (TEXT, HEADLINE, SEP)), None)
        if at is None or blocks[at].role == SEP:
            continue
        nxt = blocks[at]
        rules.append(b)
        if _caps_label(nxt):
            labels.append(at)
            under = _next_roles(blocks, at, 1)  # (the item the label introduces)
            if not under or under[0].role != TEXT:
                continue
            nxt = under[0]
        bare = _bare_dateline(nxt.text)
        if bare is False:
            return  # an item naming its agency: pasted wire stories
        if bare:
            items += 1
            continue
        if nxt.kind == BlockKind.HEAD or nxt.bold or (
                title_like(nxt) and (lead := _next_roles(blocks, at, 1))
                and lead[0].role == TEXT and _bare_dateline(lead[0].text) is not None):
            return  # an item with a headline of its own
        if nxt is blocks[at]:
            others.append(at)
    if items >= ROLLING_MIN_ITEMS:
        for b in rules:
            b.notes["rolling"] = True
        for at in labels:
            blocks[at].notes["section_label"] = True
            _mark_story_list(blocks, at, blocks[at], RemovedKind.RELATED_LINK)
        for at in others:
            _mark_story_list(blocks, at - 1, None, RemovedKind.CHROME)


def _mark_story_list(blocks: list[Block], at: int, label: Block | None,
                     kind: RemovedKind) -> None:
    """The lines after ``at`` up to the next rule (and their ``label``) are a list of other
    stories or a promo ("Follow our coverage at ...") where those lines are short: none
    opens with a dateline, none is longer than a headline. A label whose lines the cleaner
    has already taken as cruft (the titles of a list under it) heads nothing of the story
    either: it goes with them."""
    lines: list[Block] = []
    removed = 0
    for b in blocks[at + 1:]:
        if b.role == SEP:
            break
        if b.role == TEXT:
            if b.words > TITLE_MAX_WORDS or _bare_dateline(b.text) is not None:
                return
            lines.append(b)
        elif b.role == CRUFT:
            removed += 1
    if not lines and not (label is not None and removed):
        return
    for b in (*([label] if label is not None else []), *lines):
        b.mark(CRUFT, kind)


#: Titles the cleaner took as other stories' links, right under a label in capitals, that
#: make the label that list's (:func:`_mark_caps_lists`) ...
CAPS_LIST_MIN_TITLES = 2
#: ... and the most short lines after the list, up to the next story or the post's end (a
#: "Follow our coverage at <address>" line), for the list to end the story.
CAPS_LIST_TAIL_MAX_LINES = 2
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S", re.IGNORECASE)


def _mark_caps_lists(blocks: list[Block]) -> None:
    """A label in capitals ending with a colon ("HERE'S WHAT YOU NEED TO KNOW ...:") right
    over titles the cleaner already took as other stories' links, ending a story with no
    rule around it (a wire story pasted into a post; the rules of a rolling story are read
    by :func:`_mark_rolling_items`) where no more than a few short lines follow the list up
    to the next headline or the post's end (no sentence, or a web address): the label is
    the list's, not the story's. A story's own list under its label is text (the cleaner
    leaves it), so its label stays. (The lines after the list are left as they are: an
    agency's "Follow AP's coverage at ..." there may be the only line naming the story's
    source, and the source reading counts only a few removed lines after the story.)"""
    for i, b in enumerate(blocks):
        if b.role != TEXT or not _caps_label(b):
            continue
        j, titles = i + 1, 0
        while j < len(blocks) and blocks[j].role in (CRUFT, IMAGE):
            titles += blocks[j].cruft_kind == RemovedKind.RELATED_LINK
            j += 1
        if titles < CAPS_LIST_MIN_TITLES:
            continue
        rest: list[Block] = []
        for after in blocks[j:]:
            if after.role in (SEP, HEADLINE) or (after.role == TEXT and (
                    after.kind == BlockKind.HEAD or after.bold)):
                break  # (the next story)
            if after.role == TEXT:
                rest.append(after)
        if len(rest) > CAPS_LIST_TAIL_MAX_LINES or any(
                r.words > TITLE_MAX_WORDS or _bare_dateline(r.text) is not None
                or (is_sentence(r.text) and not _WEB_ADDRESS.search(r.text)) for r in rest):
            continue
        b.mark(CRUFT, RemovedKind.RELATED_LINK)


#: A run of at least this many paragraphs in a row, each cut off by the page ("... as
#: global investors awaited for ...", "... to cheer up people in…"), that ends the story
#: (no paragraph of it follows: the post ends, or a heading or bold line comes next) is a
#: box of other articles' excerpts, however long they are (:func:`_mark_excerpt_runs`):
#: a story's paragraphs end their sentences, and one cut-off line alone may be its own.
EXCERPT_RUN_MIN = 3
#: ... of excerpts of at most this many words each: a teaser box cuts its excerpts to a
#: line or two (15 to 30 words in the held-out pages); an archive page's post excerpts,
#: cut at WordPress's 55 words ("... made me want to do my…"), are the posts themselves.
EXCERPT_MAX_WORDS = 40


def _cut_off_paragraph(b: Block) -> bool:
    """A short text paragraph (or list item) the page cut off with "..." or "…" (see
    :data:`EXCERPT_MAX_WORDS`), not one of a dump's units (the rhythm's teaser leads are
    stories, as the dumps' gold labels them)."""
    return b.role == TEXT and b.kind in (BlockKind.P, BlockKind.ITEM) and not b.bold \
        and b.words <= EXCERPT_MAX_WORDS \
        and openers.TRUNCATED_TITLE_RE.search(b.text) is not None \
        and not any(b.notes.get(k) for k in ("lead", "unit_start", "opens_story"))


def _mark_excerpt_runs(blocks: list[Block]) -> None:
    """Mark the runs of cut-off paragraphs that end a story (:data:`EXCERPT_RUN_MIN`) as
    related links, once some prose of the story stands above them. Pictures, captions and
    other cruft may stand between the excerpts (a teaser box's thumbnails)."""
    run: list[Block] = []
    prose_above = False
    for b in (*blocks, None):
        if b is not None and b.role != TEXT:
            continue
        if b is not None and _cut_off_paragraph(b):
            if prose_above:
                run.append(b)
            continue
        ends_story = b is None or b.kind == BlockKind.HEAD or b.bold
        if len(run) >= EXCERPT_RUN_MIN and ends_story:
            for r in run:
                r.mark(CRUFT, RemovedKind.RELATED_LINK)
        run = []
        if b is not None:
            prose_above = prose_above or is_sentence(b.text)


#: A live feed (a paper's "fil info", a "Liveticker"): this many entries at least, each a
#: heading or a whole-bold line that opens with its clock time (the notations are rows of
#: :data:`openers.LIVE_CLOCK_RES`: "8h47 - Title", "08:47", "8.47 Uhr", "14時05分") with prose
#: right under it. Each entry is a story headed by its line less the time. Fewer such
#: lines are a story's own timeline; a heading with no time (a sub-heading, a bold
#: question of an interview, "Update 14:05") opens no entry.
LIVE_FEED_MIN_ENTRIES = 3
#: ... the title after the time of this many words at least ("14h05 - Suite" is a label).
LIVE_TITLE_MIN_WORDS = 2


def _live_head(b: Block) -> str | None:
    """The title of a live feed entry's opening line ``b`` (its text less the clock time),
    or None when ``b`` is no heading or bold line opening with a time."""
    if b.role != TEXT or not (b.kind == BlockKind.HEAD or b.bold) or b.words > TITLE_MAX_WORDS:
        return None
    rest = openers.clock_opener(b.text)
    return rest if rest and word_count(rest) >= LIVE_TITLE_MIN_WORDS else None


def _entry_body(blocks: list[Block], start: int, end: int) -> list[Block]:
    """The text lines of the entry opening at ``start``: up to ``end`` or the first heading
    or bold line without a time (where the feed ends, or an entry's own sub-heading)."""
    body: list[Block] = []
    for b in blocks[start + 1:end]:
        if b.role != TEXT:
            continue
        if b.kind == BlockKind.HEAD or b.bold:
            break
        body.append(b)
    return body


def _entry_prose(b: Block) -> bool:
    """A line of an entry's prose: a sentence, or longer than a title (a paragraph that
    ends on a closing quote, "... chargées. »")."""
    return (is_sentence(b.text) and b.words >= PROSE_SENTENCE_MIN_WORDS) \
        or b.words > TITLE_MAX_WORDS or clean_is_prose(b.text)


def _mark_live_feed(blocks: list[Block]) -> None:
    """Note the entries of a live feed (:data:`LIVE_FEED_MIN_ENTRIES`) with ``live_item``
    (the headline: the line less its time): each opens a story. An entry whose lines
    under its time are all titles, none a sentence ("9h00 - The morning's news" over
    "> Title" links), is the feed's box of links to other entries and pages: cruft."""
    heads = [(i, rest) for i, b in enumerate(blocks) if (rest := _live_head(b))]
    if len(heads) < LIVE_FEED_MIN_ENTRIES:
        return
    prose: list[tuple[int, str]] = []
    boxes: list[list[Block]] = []
    for n, (i, rest) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(blocks)
        body = _entry_body(blocks, i, end)
        if any(_entry_prose(c) for c in body):
            prose.append((i, rest))
        elif body:
            boxes.append([blocks[i], *body])
    if len(prose) < LIVE_FEED_MIN_ENTRIES:
        return
    for i, rest in prose:
        blocks[i].notes["live_item"] = rest
        blocks[i].notes["opens_story"] = True
    for box in boxes:
        for c in box:
            c.mark(CRUFT, RemovedKind.RELATED_LINK)


#: A news ticker: at least this many items in a row, each a time line over one paragraph
#: ("vor 16 Stunden" / "Weitere Absagen in der Oberliga Nord: ..."). Each item is a story
#: of its own with no headline, never the report above it going on.
TICKER_MIN_ITEMS = 3
#: A time line of a ticker is at most this many words ("vor 16 Stunden", "12:41").
TICKER_TIME_MAX_WORDS = 4
#: Once the run has its items, a plain line of at most this many words in a time line's
#: place is one too ("gestern": a day the date reader does not know).
TICKER_LOOSE_TIME_MAX_WORDS = 2


def _ticker_time(b: Block, items: int) -> bool:
    """A ticker's time line (:data:`TICKER_MIN_ITEMS`), ``items`` items read above it."""
    if b.role == META and b.cruft_kind == MetaKind.DATE:
        return b.words <= TICKER_TIME_MAX_WORDS
    return items >= TICKER_MIN_ITEMS and b.role == TEXT and b.kind == BlockKind.P \
        and b.words <= TICKER_LOOSE_TIME_MAX_WORDS and not is_sentence(b.text)


def _mark_ticker_items(blocks: list[Block]) -> None:
    """Note the time lines of a news ticker (:data:`TICKER_MIN_ITEMS`): runs of a time line
    over one paragraph of prose, again and again, nothing else between."""
    shown = [k for k, b in enumerate(blocks) if b.role not in (IMAGE, SEP)]
    k = 0
    while k < len(shown) - 1:
        run: list[int] = []
        j = k
        while j + 1 < len(shown) and _ticker_time(blocks[shown[j]], len(run)) \
                and blocks[shown[j + 1]].role == TEXT and _is_prose(blocks[shown[j + 1]]):
            run.append(shown[j])
            j += 2
        if len(run) >= TICKER_MIN_ITEMS:
            for t in run:  # (opening a story, no fold joins its item to the one above)
                blocks[t].notes["ticker_time"] = blocks[t].notes["opens_story"] = True
            k = j
        else:
            k += 1


def _title_part_headings(blocks: list[Block], title: str | None) -> frozenset[str]:
    """A post's title that joins its stories' headlines ("Headline one · Headline two"):
    the headings (or bold lines) that read as its parts, where at least two parts are
    headings of the post. Each opens a story, whatever confirms it or not. (A title of
    one headline and the site's name matches one heading at most.)"""
    parts = {fold(p).rstrip(" .…") for p in TITLE_SEPARATORS.split(title or "") if p.strip()}
    if len(parts) < 2:
        return frozenset()

    def part(b: Block) -> str | None:  # (the title's last part may be cut short)
        return next((p for p in parts if b.folded == p or (
            b.folded.startswith(p) and len(p) >= TITLE_CRUMB_MIN_SHARE * len(b.folded))), None)

    found = {b.folded: part(b) for b in blocks
             if b.role == TEXT and (b.kind == BlockKind.HEAD or b.bold)}
    found = {k: v for k, v in found.items() if v is not None}
    return frozenset(found) if len(set(found.values())) >= 2 else frozenset()


def _mark_trailing_labels(blocks: list[Block]) -> None:
    """Headings after the post's last text line, each over lines the cleaner took out or
    pictures only (a news page's "Latest Videos" thumbnails and "Most Active" lists under
    the story), label those boxes: chrome, no sub-heading of the story (a sub-heading has
    text under it)."""
    under = 0  # lines taken out (and pictures) below, up to the next heading
    for b in reversed(blocks):
        if b.role == SEP:
            continue
        if b.role in (CRUFT, IMAGE):
            under += 1
        elif b.role == TEXT and b.kind == BlockKind.HEAD and under \
                and b.words <= HEADER_CHROME_MAX_WORDS and not b.notes:
            b.mark(CRUFT, RemovedKind.CHROME)
            under = 0
        else:
            return


def split(blocks: list[Block], title: str | None = None) -> list[Segment]:
    """Group classified blocks into story segments. A block noted ``opens_body`` is the
    heading the post's body opens with (see :func:`_opens_body_as_headline`)."""
    segments: list[Segment] = []
    current = Segment(headline=title or None)
    after_sep = False
    folded_title = fold(title) if title else None
    repeat_at = -1  # the one later line shaped as the heading atop the post (_shape_repeat)
    repeat_seen = -1  # where the body repeats the post's title, if it does
    lead_words = 0  # the words the paragraph under that repeat must have
    _mark_quote_credits(blocks)
    _mark_rolling_items(blocks)
    _mark_caps_lists(blocks)
    _mark_credited_captions(blocks)
    _mark_comment_threads(blocks)
    _mark_pull_quotes(blocks)
    _mark_excerpt_runs(blocks)
    _mark_trailing_labels(blocks)
    _mark_live_feed(blocks)
    _mark_ticker_items(blocks)
    title_heads = _title_part_headings(blocks, title)
    record: Segment | None = None  # the segment a database record's head line opened

    for i, b in enumerate(blocks):
        if b.notes.get("outside"):  # a dump's chrome around its stories (rhythm)
            continue
        if b.role == SEP:
            # (a divider inside a post of an archive of whole posts opens no story, nor
            # the rule closing a pull quote's box)
            after_sep = after_sep or not (b.notes.get("inside_post") or b.notes.get("rolling")
                                          or (current.blocks and current.blocks[-1].notes.get(
                                              "pull_quote")))
            continue
        if b.notes.get("ticker_time"):
            # a ticker's item (:func:`_mark_ticker_items`): its time line opens a story
            # with no headline; a loose "gestern" in the run is that item's date too
            if current.text_blocks:
                current = _next_segment(segments, current, None)
            if b.role == TEXT:
                b.mark(META, MetaKind.DATE)
            current.blocks.append(b)
            after_sep = False
            continue
        if b.notes.get("record_head"):
            # A database record's head line (rhythm): the record, and its story, start here;
            # the first heading under it (past a kicker) heads the story this opens.
            if current.text_blocks:
                current = _next_segment(segments, current, None)
            record = current
        if _title_as_deck(b, current, segments, folded_title):
            # the story's headline, the last line read; the title above, its deck
            _head_with(current, current.text_blocks[-1], current.text_blocks[:-1])
            current.blocks.append(b)
            continue
        if _repeats_post_title(b, current, segments, folded_title):
            b.mark(HEADLINE)
            current.headline = b.text
            repeat_seen = i
            if b.kind == BlockKind.HEAD or b.bold:  # the title as the content's own heading
                repeat_at = _shape_repeat(blocks, i)
                lead_words = STORY_PROSE_MIN_WORDS  # (its repeat over a lead paragraph only)
            continue
        if b.notes.get("opens_body") and b.role == TEXT and current.headline is not None \
                and not current.text_blocks and is_kicker(b):
            b.mark(HEADLINE)  # a kicker opening the post's body, over the story's headline
            by = _KICKER_BY.match(b.text.strip().rstrip(":：|-–—· "))
            if by:
                b.notes["kicker_by"] = by.group("name")  # "Eine Kolumne von X": the writer
            nxt = next((blocks[j] for j in range(i + 1, len(blocks)) if blocks[j].role == TEXT),
                       None)
            if nxt is not None and (nxt.kind == BlockKind.HEAD or nxt.bold):
                nxt.notes["opens_body"] = True  # the headline under it opens the body then
            current.blocks.append(b)
            continue
        if _own_headline_under_title(b, current):
            b.mark(HEADLINE)  # the story's own headline, repeated under the post's title
            b.notes["own_heading"] = True
            if repeat_seen >= 0 and all(blocks[j].role in (IMAGE, META, CRUFT)
                                        for j in range(repeat_seen + 1, i)):
                b.notes["under_title"] = True  # (right under the title's own repeat)
            if not segments and (_opens_body_as_headline(b) or _title_cut_from(
                    current.headline, b)) \
                    and len(_shape_repeats(blocks, i)) <= 1:  # (more: an article's sections)
                current.headline = b.text
            current.blocks.append(b)
            repeat_at = _shape_repeat(blocks, i)
            continue
        if b.role == META and current.text_blocks and _dated_headline(b) \
                and _after_furniture(blocks, i) and (under := _next_roles(blocks, i, 1)) \
                and under[0].role == TEXT:
            # The same, right under the furniture the cleaner took out after the story
            # above (a share label): what stands between the stories is no line of either.
            b.notes["dated_headline"] = True
        if b.notes.get("dated_headline"):
            b.mark(TEXT)  # the next story's bold headline, ending with a date (see below)
        elif b.role == TEXT and not (b.kind == BlockKind.HEAD or b.bold) \
                and (ahead := _next_roles(blocks, i, 2)) and len(ahead) == 2 \
                and _dated_headline(ahead[0]) and ahead[1].role == TEXT \
                and _confirmed_headline(blocks, i, current, after_sep):
            # A plain line confirmed by the "date line" under it, which is a bold headline
            # ending with a date: that line opens the story; the plain one stays above.
            ahead[0].notes["dated_headline"] = True
            current.blocks.append(b)
            after_sep = False
            continue
        if _label_under_title(blocks, i, current, after_sep):
            _head_with(current, current.text_blocks[0], [*current.text_blocks[1:], b])
            current.blocks.append(b)
            continue
        if _byline_under_headline(blocks, i, current):
            b.mark(META, MetaKind.BYLINE)  # the writer's name between headline and date
            if all(word_count(t.text) <= SECTION_LABEL_MAX_WORDS for t in current.text_blocks):
                for t in current.text_blocks:  # a section's label over it ("Charleroi")
                    t.mark(CRUFT, RemovedKind.CHROME)
                current.reread()
            current.blocks.append(b)
            continue
        if _deck_under_kicked_title(blocks, i, current, after_sep):
            # the title right above heads a story of its own, the kicker over it chrome,
            # this line (the deck) its standfirst
            decked = current.text_blocks[-1]
            current.text_blocks[-2].mark(CRUFT, RemovedKind.CHROME)
            current.blocks.remove(decked)
            current.reread()
            current = _next_segment(segments, current, decked.text)
            decked.mark(HEADLINE)
            current.blocks += [decked, b]
            after_sep = False
            continue
        if b.role == TEXT and not b.notes.get("unit_start") \
                and _embedded_card(blocks, i, current, after_sep):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)  # an embedded video's title
            b.notes["embedded_card"] = True
            current.blocks.append(b)
            continue
        # A unit of the page's rhythm (normalizer.stories.rhythm) opens a story at its head.
        if b.role == TEXT and (b.notes.get("unit_start") or b.notes.get("dated_headline")
                               or b.notes.get("live_item")
                               or (i == repeat_at
                                   and _repeat_opens_story(blocks, i, current, lead_words,
                                                           after_story=bool(segments)))
                               or _confirmed_headline(blocks, i, current, after_sep)
                               or (b.folded in title_heads and bool(current.text_blocks))):
            b.mark(HEADLINE)
            named = b.notes.get("live_item") or b.text  # (a feed entry's: less its time)
            if current is record and not current.text_blocks:
                # (the record's own title, under a kicker taken for a heading: the kicker
                # is the story's first line, as under any other title)
                for k in current.blocks:
                    if k.role == HEADLINE:
                        k.mark(TEXT)
                current.headline = named
            elif current.text_blocks or current.headline is not None:
                current = _next_segment(segments, current, named)
            else:
                current.headline = named
                current.ended = False  # a page header's sign-off ends no story yet
            current.blocks.append(b)
            after_sep = False
            continue
        reporting = openers.REPORTING_FROM_RE.match(b.text) if b.role == TEXT else None
        if reporting and len(current.text_blocks) <= 1:  # (under a byline's name)
            b.mark(CRUFT, RemovedKind.METADATA)  # "Reporting from Kyiv": the dateline
            b.notes["dateline"] = reporting.group("place")
            current.blocks.append(b)
            continue
        if b.role == TEXT:
            if _starts_unheaded_story(b, current, after_sep) \
                    and not (after_sep and not current.ended and _caps_section(b, current)):
                closing = next((c for c in reversed(current.blocks) if c.role != IMAGE
                                and not (c.role == CRUFT
                                         and c.cruft_kind != RemovedKind.COPYRIGHT)),
                               None)  # (share labels, captions under the label passed over)
                current = _next_segment(segments, current, None)
                if closing is not None and closing.cruft_kind == RemovedKind.COPYRIGHT:
                    b.notes["after_copyright"] = True  # (see _after_copyright)
            after_sep = False
        current.blocks.append(b)
        if is_story_end(b) and not _credits_picture(blocks, i) and not b.notes.get("quote_credit") \
                and not _event_place(blocks, i) and not _notice_under_lead(b, current) \
                and not _credit_over_date(blocks, i, current):
            current.ended = True
        elif b.role == TEXT and b.words > STORY_RESUMES_MIN_WORDS and current.ended:
            current.ended = False
    if current.text_blocks or not segments:
        segments.append(current)
    elif current.blocks:
        segments[-1].blocks.extend(current.blocks)
    segments = _fold_chrome_lead(segments)
    segments = _fold_chrome_segments(segments)
    segments = _fold_tail_segments(segments)
    segments = _fold_decks_above(segments)
    _parallel_first_headline(segments, title_heads)
    _deck_under_title(segments)
    _sign_feed_entries(segments)
    return segments


def _sign_feed_entries(segments: list[Segment]) -> None:
    """A live feed's entries (``live_item``) are the page's own, written under the one
    sign-off the page shows above the feed ("Par Les Echos" under its title): that line
    signs each entry that shows none of its own (attribution reads it at the entry's end)."""
    first = next((n for n, seg in enumerate(segments)
                  if any(b.notes.get("live_item") for b in seg.blocks)), None)
    if first is None:
        return
    signs = [b for seg in segments[:first] for b in seg.blocks if b.role == CRUFT
             and b.cruft_kind == RemovedKind.COPYRIGHT and b.notes.get("signoff")]
    if len(signs) != 1:
        return
    for seg in segments[first:]:
        if any(b.notes.get("live_item") for b in seg.blocks) \
                and not any(b.notes.get("signoff") for b in seg.blocks):
            seg.blocks.append(signs[0])


def _fold_decks_above(segments: list[Segment]) -> list[Segment]:
    """A segment of nothing but a standfirst the rhythm saw printed above its record's
    headline (``notes["deck_above"]``, :func:`normalizer.stories.rhythm._mark_headed_records`)
    goes into the headed segment after it: the story's first paragraph, not a story."""
    out: list[Segment] = []
    for k, seg in enumerate(segments):
        texts = seg.text_blocks
        nxt = segments[k + 1] if k + 1 < len(segments) else None
        if seg.headline is None and texts and all(b.notes.get("deck_above") for b in texts) \
                and nxt is not None and nxt.headline is not None:
            nxt.blocks[:0] = seg.blocks
            nxt.reread()
            continue
        out.append(seg)
    return out


def _deck_under_title(segments: list[Segment]) -> None:
    """In a post of one story, a heading right under the body's repeat of the post's title
    that did not become the story's headline is its deck (a news page's ``<h2>``
    standfirst under the ``<h1>`` headline: "Justices: ... Moot"): a line of the story's
    text, not metadata. (A bold paragraph there is a byline as often: "执笔/…". With a
    second story after it, it may be the first story's own headline:
    :func:`_parallel_first_headline` decides.)"""
    if len(segments) != 1:
        return
    segment = segments[0]
    for b in segment.blocks:
        if b.notes.get("under_title") and b.role == HEADLINE and b.kind == BlockKind.HEAD \
                and b.text != segment.headline:
            b.mark(TEXT)
            segment.reread()
            return


#: A story has at least one paragraph that reads as prose: a sentence, or a line of at
#: least this many words. Lines after a story with none ("4 Min Read", "Slideshow ( 15
#: images )", "Share this: Facebook | X", "作者︱NAME", "分享到：微信 微博") are the page's
#: chrome, not a story of their own.
STORY_PROSE_MIN_WORDS = 8
#: ... and a sentence of fewer words than this is a control's message, not prose ("기사
#: URL이 복사되었습니다." under a reporter's sign-off: "the article's URL was copied").
PROSE_SENTENCE_MIN_WORDS = 4
#: Paragraphs the story above must hold before a repeat of the opening heading's shape
#: (:func:`_shape_repeat`) opens the next story: a sub-heading comes sooner than that.
REPEAT_MIN_PARAGRAPHS = 3


#: Fewer words than this in all the text under a headline is no story either: a paywall
#: box ("Noch 10 Gratis-Artikel diesen Monat." over a date, then "Guter Journalismus
#: kostet Geld. ...") under a title-shaped line. The shortest real story (a brief) is
#: longer. (Untitled short segments, a photo blog's lines between pictures, stay text.)
STORY_MIN_WORDS = 20


def _is_prose(b: Block) -> bool:
    """A line that reads as prose (see :data:`STORY_PROSE_MIN_WORDS`)."""
    return (is_sentence(b.text) and b.words >= PROSE_SENTENCE_MIN_WORDS) \
        or b.words >= STORY_PROSE_MIN_WORDS


def _has_prose(segment: Segment) -> bool:
    if segment.headline is not None \
            and sum(b.words for b in segment.text_blocks) < STORY_MIN_WORDS:
        return False
    return any(_is_prose(b) for b in segment.text_blocks)


def _fold_chrome_lead(segments: list[Segment]) -> list[Segment]:
    """A first segment with no prose (a text-tools list, "Font:" / "+" / "-", under the
    page's title), followed by an untitled story (one that opened at its dateline), is
    no story: its lines are chrome and its headline is the next story's. So is a first
    segment of a section's label alone above the story's own heading ("Regionalnachrichten"
    over ``<h2>``: short lines, :data:`HEADER_CHROME_MAX_WORDS` words in all, none a
    sentence) when the page's title holds the story's headline: the story keeps its own."""
    if len(segments) < 2:
        return segments
    first, then = segments[0], segments[1]
    if not first.text_blocks or _has_prose(first) \
            or any(b.notes.get("unit_start") or b.notes.get("opens_story")
                   for b in first.blocks):  # a teaser, a feed's item
        return segments
    deck = _standfirst_headline(then)
    if deck is not None:  # the page's deck opens no story: the story is untitled below it
        deck.mark(TEXT)
        then.headline = None
        then.reread()
    if then.headline is not None and (
            first.headline is None or fold(then.headline) not in fold(first.headline)
            or sum(b.words for b in first.text_blocks) > HEADER_CHROME_MAX_WORDS
            or any(is_sentence(b.text) for b in first.text_blocks)):
        return segments
    for b in first.text_blocks:
        b.mark(CRUFT, RemovedKind.CHROME)
    if then.headline is None:
        then.headline = first.headline
    then.blocks[:0] = first.blocks
    then.reread()
    return segments[1:]


def _standfirst_headline(seg: Segment) -> Block | None:
    """The block that heads ``seg`` when it is the standfirst the extractor put back
    under the page's headline (``notes["standfirst"]``, set by
    :func:`normalizer.stories.extract._with_lead` and its kin): a page's deck, one line of
    the story under the page's title, read as a headline because it is short and has no
    full stop ("Cowen's move caps week of ... to brink of collapse"). It heads no story of
    its own."""
    for b in seg.blocks:
        if b.role == HEADLINE and b.text == seg.headline:
            return b if b.notes.get("standfirst") else None
    return None


def _cut_off(seg: Segment) -> bool:
    """Every text line of ``seg`` is cut off by the page ("... off the coast of …"), and
    short (:data:`TAIL_MAX_WORDS` in all): a picture's caption or a teaser under a button
    label ("View photo"), not a story; a story's paragraphs end their sentences. A
    dump's teaser lead (the rhythm's ``lead``: a portal's "... come the start of the…"
    under its headline) is a story however it ends, as every dump's gold labels it."""
    texts = seg.text_blocks
    return bool(texts) and sum(b.words for b in texts) <= TAIL_MAX_WORDS \
        and all(openers.TRUNCATED_TITLE_RE.search(b.text) and not b.notes.get("lead")
                for b in texts)


#: A segment under a plain line (no heading, not bold) of at least this many lines of
#: text, no more than one of them ending as a sentence, is a box of titles the page set
#: after the story ("More on Sports from Europe": a title and its one-sentence blurb; a
#: webinar's title, its sentence and a tag line), not a story: a story's paragraphs end
#: their sentences, and a pasted story's headline is set apart as a heading or in bold.
TITLE_BOX_MIN_LINES = 3


def _title_box(seg: Segment) -> bool:
    """``seg`` is a box of titles under a plain line (see :data:`TITLE_BOX_MIN_LINES`)."""
    head = next((b for b in seg.blocks if b.role == HEADLINE), None)
    texts = seg.text_blocks
    return head is not None and head.kind == BlockKind.P and not head.bold \
        and len(texts) >= TITLE_BOX_MIN_LINES \
        and sum(1 for b in texts if is_sentence(b.text)) <= 1


def _fold_chrome_segments(segments: list[Segment]) -> list[Segment]:
    """A segment after the first with no prose is chrome (share bars, read-time and
    slideshow labels, an author tag), and so is one of cut-off lines only
    (:func:`_cut_off`) or a box of titles (:func:`_title_box`): its lines become cruft
    of the story above. A unit of a dump's rhythm (a portal's teaser: headline, kicker)
    is left as it is, and so are closing credits alone (an editor's line under the
    story's original title, :func:`_fold_tail_segments` gives it back to its story)."""
    out: list[Segment] = []
    for seg in segments:
        if out and seg.text_blocks and (not _has_prose(seg) or _cut_off(seg)
                                        or _title_box(seg)) \
                and not _credits_only(seg) \
                and not any(b.notes.get("unit_start") or b.notes.get("opens_story")
                            for b in seg.blocks):  # a teaser, a feed's item
            for b in seg.blocks:
                if b.role in (TEXT, HEADLINE):
                    b.mark(CRUFT, RemovedKind.CHROME)
            out[-1].blocks.extend(seg.blocks)
            continue
        out.append(seg)
    return out


#: An untitled segment after a story, with no dateline, of no more words than this, is no
#: story of its own when it closes with a credit line (AP's "___" rule, a correction note,
#: "X contributed to this report": the notes that end the story above) or follows a
#: related-list label (that list's teaser). An untitled story pasted after another is
#: longer, has a dateline, or neither closes nor follows a list that way.
TAIL_MAX_WORDS = 60


def _after_copyright(seg: Segment, then: Segment | None) -> bool:
    """An untitled segment of at most :data:`TAIL_MAX_WORDS` right under the copyright
    label that closed the story above, ending the post or followed by a headed story: the
    page's footer going on ("All rights of the publication are reserved by X.
    Reproduction without ...", "Republication only with the source's consent.") or the
    source page's own "recommended" lines pasted with the story; longer only where it is
    a picture list (:func:`_picture_list`) or a list of titles (:func:`_title_list`)."""
    return (then is None or then.headline is not None) and seg.headline is None \
        and bool(seg.blocks) and seg.blocks[0].role == TEXT \
        and seg.blocks[0].notes.get("after_copyright", False) \
        and (sum(b.words for b in seg.text_blocks) <= TAIL_MAX_WORDS or _picture_list(seg)
             or _title_list(seg)) \
        and not _has_dateline(seg)


#: A run of at least this many lines, none of them a sentence, most of them (see
#: :data:`TITLE_LIST_SHORT_SHARE`) no longer than :data:`TITLE_LIST_LINE_MAX_WORDS`, is a
#: list of headlines (a "more news" box: "更多 新聞速報" over ten short titles, then the
#: rest of the box flattened into one line of titles), not a story's text: a story's
#: paragraphs end like sentences.
TITLE_LIST_MIN_LINES = 5
TITLE_LIST_LINE_MAX_WORDS = 12
TITLE_LIST_SHORT_SHARE = 0.75


def _title_list(seg: Segment) -> bool:
    """Every text line of ``seg`` is a phrase, not a sentence, and most are headline-short
    (see :data:`TITLE_LIST_MIN_LINES`): a teaser list's titles, however many words the
    list holds in all."""
    texts = seg.text_blocks
    if len(texts) < TITLE_LIST_MIN_LINES \
            or any(is_sentence(b.text) or clean_is_prose(b.text) for b in texts):
        return False
    short = sum(1 for b in texts if b.words <= TITLE_LIST_LINE_MAX_WORDS)
    return short >= TITLE_LIST_MIN_LINES and short >= TITLE_LIST_SHORT_SHARE * len(texts)


#: Items of a list, each beside a picture of its own, that make a segment the page's
#: teaser box ("CNBC HIGHLIGHTS": a thumbnail and a one-line blurb per story) however many
#: words they hold: a story's text is paragraphs, not only list items.
PICTURE_LIST_MIN_ITEMS = 3


def _picture_list(seg: Segment) -> bool:
    """Every text line of ``seg`` is a list item, with a picture between each and the next
    (see :data:`PICTURE_LIST_MIN_ITEMS`)."""
    texts = seg.text_blocks
    if len(texts) < PICTURE_LIST_MIN_ITEMS or any(b.kind != BlockKind.ITEM for b in texts):
        return False
    item_above = seen_picture = False
    for b in seg.blocks:
        if b.role == IMAGE:
            seen_picture = True
        elif b.role == TEXT:
            if item_above and not seen_picture:
                return False  # two items with no picture between them
            item_above, seen_picture = True, False
    return True


#: A heading over at least this many paragraphs, each under a time or date line of its
#: own ("Acum 15 minute", "16:20"), is a list of dated teasers (an aggregator's "other
#: news from X" block), not a story: a story's paragraphs follow one another.
TEASER_LIST_MIN = 4
#: Lines this short between a teaser's date line and its paragraph ("#", the outlet's
#: name) are the teaser's own furniture.
TEASER_FURNITURE_MAX_WORDS = 2


def _dated_teasers(seg: Segment) -> bool:
    """Every paragraph of ``seg`` stands under a date or time line (see
    :data:`TEASER_LIST_MIN`)."""
    dated = prose = 0
    under_date = False
    for b in seg.blocks:
        if b.role == META and b.cruft_kind == MetaKind.DATE \
                or b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME \
                and split_date_line(b.text)[0]:
            under_date = True
        elif b.role == TEXT and b.words > TEASER_FURNITURE_MAX_WORDS:
            prose += 1
            dated += under_date
            under_date = False
    return prose >= TEASER_LIST_MIN and dated == prose


def _closing_credit(b: Block) -> bool:
    """A closing credit beyond the main table's shapes (:data:`openers.CLOSING_CREDIT_RE`:
    "X reported from P. Y and Z contributed to this report from Q."; an interviewer's
    :data:`openers.INTERVIEW_CREDIT_RE`): it ends the story above, so it heads no story,
    and a short untitled segment holding it is that story's tail, not a story."""
    return b.role == TEXT and bool(openers.CLOSING_CREDIT_RE.match(b.text)
                                   or openers.INTERVIEW_CREDIT_RE.match(b.text))


def _credits_only(seg: Segment) -> bool:
    """Every text line of ``seg`` is a closing credit (:func:`_closing_credit`): the tail of
    the story above (its editor's line under its original title, "原标题：..." / "责任编辑:
    X", round 48), neither chrome nor the page's leftovers."""
    return all(_closing_credit(b) for b in seg.text_blocks)


def _story_goes_on(above: Segment, seg: Segment) -> bool:
    """The untitled ``seg`` (no dateline) is the rest of the story ``above``, cut by a
    divider (a picture's rule): ``above`` never closed (no credit line, no copyright
    label) and ``seg`` closes with a credit line ("The Associated Press contributed to
    this report."), the close ``above`` lacks. A story pasted after another, untitled,
    comes after the other's close or has a dateline of its own."""
    texts = seg.text_blocks
    return not above.ended and bool(texts) \
        and (is_story_end(texts[-1]) or _closing_credit(texts[-1])) \
        and not any(is_story_end(b) or _closing_credit(b) for b in above.text_blocks)


#: A teaser line of a "more news" box flattened with no break between its title and its
#: summary ("... κεφαλαιακή ενίσχυση της ΤράπεζαςΤο διοικητικό συμβούλιο ..."): a word of
#: this many lower-case letters at least glued to a capital (a quote mark may stand
#: between), after a title of this many words at least. An untitled segment after a story
#: whose lines are glued so, most of them and this many at least, is that box, not a
#: story (heldout14's ΑΠΕ-ΜΠΕ page: its "more news" read as a second story; one of its
#: four titles ends in capitals, "ΔΣ", and shows no glue).
GLUED_TEASER_TITLE_WORDS = 3
GLUED_TEASER_TAIL_LETTERS = 2
GLUED_TEASERS_MIN = 2
_GLUE_QUOTES = "\"'«»“”„"


def _glued_teaser(text: str) -> bool:
    for w in text.split()[GLUED_TEASER_TITLE_WORDS - 1:]:
        for j in range(GLUED_TEASER_TAIL_LETTERS - 1, len(w) - 1):
            nxt = w[j + 1] if w[j + 1] not in _GLUE_QUOTES else w[j + 2:j + 3]
            if nxt.isupper() and j + 1 >= GLUED_TEASER_TAIL_LETTERS \
                    and w[j + 1 - GLUED_TEASER_TAIL_LETTERS:j + 1].isalpha() \
                    and w[j + 1 - GLUED_TEASER_TAIL_LETTERS:j + 1].islower():
                return True
    return False


def _glued_teasers(seg: Segment) -> bool:
    texts = seg.text_blocks
    glued = sum(_glued_teaser(b.text) for b in texts)
    return glued >= GLUED_TEASERS_MIN and glued * 2 > len(texts)


def _leftovers(above: Segment, seg: Segment, then: Segment | None) -> bool:
    """An untitled segment of at most :data:`TAIL_MAX_WORDS`, ending the post, under a
    story that closed with its credit line (or holding, with the furniture between it and
    the story's last line, more lines the cleaner took out than it left: a site's footer
    after a divider, its affiliate note and "follow us" lines, a promo box's pieces),
    whose lines are mostly no sentences (a
    "Star" label, a video's title, a caption): the page's leftovers, not a story. Lines
    the cleaner already took out after the story's close count among the non-sentences,
    so the answer does not depend on which of them it knew."""
    texts = seg.text_blocks
    removed = sum(1 for b in seg.blocks if b.role == CRUFT)
    for b in reversed(above.blocks):  # (the furniture between the story's close and seg)
        if b.role in (TEXT, HEADLINE):
            break
        removed += b.role == CRUFT
    # (a site's promo box after the story's furniture, its sentence cut into pieces at its
    # links, "cars," "bikes,and" "news, day after day. Follow us ...", holds fewer lines
    # than the furniture around it: no story)
    if then is not None or seg.headline is not None or not texts \
            or not (above.ended or removed > len(texts)) \
            or sum(b.words for b in texts) > TAIL_MAX_WORDS or _has_dateline(seg) \
            or any(b.role == HEADLINE or b.notes.get("unit_start") or b.notes.get("opens_story")
                   for b in seg.blocks):
        return False
    prose = sum(1 for b in texts if is_sentence(b.text) and b.words >= PROSE_SENTENCE_MIN_WORDS)
    return prose * 2 < len(texts) + removed


def _fold_tail_segments(segments: list[Segment]) -> list[Segment]:
    """Short untitled segments that end the story above or follow its related-list label
    (see :data:`TAIL_MAX_WORDS`) join that story; a list's teaser lines are cruft. So do
    a list of dated teasers under a heading (:func:`_dated_teasers`) and the footer under
    the closing copyright label (:func:`_after_copyright`). The story's closing credits
    alone are its tail, not leftovers: its editor's line under its original title's
    ("原标题：..." / "责任编辑: X", round 48)."""
    out: list[Segment] = []
    for n, seg in enumerate(segments):
        then = segments[n + 1] if n + 1 < len(segments) else None
        if out and seg.text_blocks and not _credits_only(seg) \
                and (_after_copyright(seg, then) or _leftovers(out[-1], seg, then)
                     or (seg.headline is None and _glued_teasers(seg))
                     or (seg.headline is not None and _dated_teasers(seg))):
            kind = RemovedKind.CHROME if seg.headline is None else RemovedKind.RELATED_LINK
            for b in seg.blocks:
                if b.role in (TEXT, HEADLINE):
                    b.mark(CRUFT, kind)
            out[-1].blocks.extend(seg.blocks)
            continue
        texts = seg.text_blocks
        if not out or not texts or seg.headline is not None \
                or any(b.role == HEADLINE or b.notes.get("unit_start")
                       or b.notes.get("opens_story") for b in seg.blocks) \
                or _has_dateline(seg) or (sum(b.words for b in texts) > TAIL_MAX_WORDS
                                          and not _story_goes_on(out[-1], seg)):
            out.append(seg)
            continue
        last = next((b for b in reversed(out[-1].blocks) if b.role != IMAGE), None)
        teaser = last is not None and last.cruft_kind == RemovedKind.RELATED_LINK
        if not teaser and not any(is_story_end(b) or _closing_credit(b) for b in texts):
            out.append(seg)
            continue
        if teaser:
            for b in texts:
                b.mark(CRUFT, RemovedKind.RELATED_LINK)
        out[-1].blocks.extend(seg.blocks)
    return out


def _shape(b: Block) -> tuple:
    return (b.kind, b.level, b.bold)


def _shape_repeats(blocks: list[Block], i: int) -> list[int]:
    """The positions of the later lines shaped as the heading at ``i`` (same tag, level
    and boldness)."""
    shape = _shape(blocks[i])
    return [j for j in range(i + 1, len(blocks))
            if blocks[j].role == TEXT and (blocks[j].kind == BlockKind.HEAD or blocks[j].bold)
            and _shape(blocks[j]) == shape and len(blocks[j].text) > 1]  # ("讚": bold of nothing)


def _shape_repeat(blocks: list[Block], i: int) -> int:
    """The position of the one later line shaped as the heading atop the post at ``i``
    (same tag, level and boldness, title-shaped), or -1. A post of two stories pasted
    alike repeats its first story's heading shape once, at the second's headline; a
    shape seen more often than that is the story's sub-headings."""
    later = _shape_repeats(blocks, i)
    if len(later) != 1 or not _headline_shaped(blocks[later[0]]):  # (any script)
        return -1
    return later[0]


#: Cruft after a story's text that ends it: a share bar, a promo or a paywall's box (a
#: caption, an alt text or a "Read also" link stands inside a story too).
_END_FURNITURE = (RemovedKind.CHROME, RemovedKind.PROMO, RemovedKind.PAYWALL)


def _furniture_since_text(current: Segment) -> bool:
    """Page furniture (:data:`_END_FURNITURE`) stands after the last text of ``current``."""
    for b in reversed(current.blocks):
        if b.role == TEXT:
            return False
        if b.role == CRUFT and b.cruft_kind in _END_FURNITURE:
            return True
    return False


def _after_furniture(blocks: list[Block], i: int) -> bool:
    """The line right above ``i`` (pictures passed over) is cruft: the furniture after a
    story, where a plain line of it left as text would have confirmed the headline at
    ``i`` (see the dated headlines in :func:`split`)."""
    prev = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].role != IMAGE), None)
    return prev is not None and prev.role == CRUFT


def _repeat_opens_story(blocks: list[Block], i: int, current: Segment,
                        lead_words: int = 0, *, after_story: bool = False) -> bool:
    """The repeat of the opening heading's shape opens the next story when the story
    above has had paragraphs enough, has ended (a copyright notice or closing credit came
    after its text, or a share bar or promo the cleaner took out: a short story's end)
    or is in another script, and story text follows it, of at least ``lead_words`` words
    where the heading atop the post is the post's title again (a line of that shape over
    a line of chrome, "Please wait...", opens none). ``after_story``: the story under the
    heading atop the post is closed already, so the repeat is no sub-heading of it (what
    came between, however short, is judged as a segment of its own)."""
    nxt = _next_roles(blocks, i, 1)
    return bool(nxt) and nxt[0].role == TEXT and nxt[0].words >= lead_words and (
        len(current.text_blocks) >= REPEAT_MIN_PARAGRAPHS or current.ended or after_story
        or _furniture_since_text(current)
        or _main_script(blocks[i].text) != _main_script(
            " ".join(t.text for t in current.text_blocks)))


#: Scripts that write one language family's text together (Japanese mixes kanji and kana).
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK"}
#: Letters read to tell a text's script.
SCRIPT_SAMPLE_LETTERS = 200


def _main_script(text: str) -> str | None:
    """The script most of the text's first letters are written in ("LATIN", "GREEK",
    "CJK", "CYRILLIC", ...), by the letters' Unicode names. A sub-heading is written in
    its article's script; a heading in another script than the story above opens another
    story, however short the one above (a pasted Greek news item, then a Japanese one)."""

    counts: dict[str, int] = {}
    seen = 0
    for c in text:
        if not c.isalpha():
            continue
        name = unicodedata.name(c, "").split(" ", 1)[0]
        group = _SCRIPT_GROUPS.get(name, name)
        counts[group] = counts.get(group, 0) + 1
        seen += 1
        if seen >= SCRIPT_SAMPLE_LETTERS:
            break
    return max(counts, key=counts.__getitem__) if counts else None


def _parallel_first_headline(segments: list[Segment],
                             title_heads: frozenset[str] = frozenset()) -> None:
    """The heading atop a post of several stories is the first story's own headline when
    the next story's headline has the same shape (same tag level, same boldness), or when
    it is one of the headlines the post's title joins (:func:`_title_part_headings`).

    In a post of one story it stays a deck under the post's title: a real page's h2
    under its h1 is a standfirst ("Governor says ..."), a kicker or the first section's
    heading as often as an editor's repeat of the story's own headline, and shape cannot
    tell them apart."""
    if len(segments) < 2:
        return
    own = next((b for b in segments[0].blocks if b.notes.get("own_heading")), None)
    if own is not None and own.folded in title_heads:
        segments[0].headline = own.text
        return
    nxt = next((b for b in segments[1].blocks if b.role == HEADLINE), None)
    if own is not None and nxt is not None and (own.kind, own.level, own.bold) == (
            nxt.kind, nxt.level, nxt.bold) \
            and _opening_headings(segments[0]) == _opening_headings(segments[1]):
        segments[0].headline = own.text


def _opening_headings(segment: Segment) -> int:
    """How many heading lines open ``segment`` before its first paragraph (pictures,
    metadata and cruft passed over). Two stories pasted alike open alike: a first story
    opening with two headings in a row (a news page's standfirst in two ``<h2>`` lines
    under its ``<h1>``) over a second story opening with one is no parallel."""
    count = 0
    for b in segment.blocks:
        if b.role in (IMAGE, META, CRUFT, SEP):
            continue
        if b.kind != BlockKind.HEAD and not b.bold:
            break
        count += 1
    return count


def _has_dateline(segment: Segment) -> bool:
    return any(dateline_of(b.text) for b in segment.text_blocks[:2])


#: A line opening with a bare place and a dash is a heading, not a dateline paragraph,
#: when it holds at most this many words and ends no sentence.
DATELINE_HEADING_MAX_WORDS = 8


def _opens_story(block: Block, current: Segment) -> bool:
    """A dateline paragraph in the middle of a story opens the next one (a story has one
    dateline). A dateline naming its agency ("PARIS (AFP) -") is enough; a bare place
    ("KYIV —") only counts when the current story had no dateline of its own."""
    if block.notes.get("interview"):
        return False  # (an interview's question, "Paper: ...?": see rhythm._interview_answers)
    m = dateline_of(block.text)
    if m is None:
        return False
    if m.groupdict().get("src"):
        return True
    # (a bare place over a short line with no sentence's end is a sub-heading's shape:
    # "STALKER - Call Of Pripyat - Elevé", a benchmark's name, no dateline paragraph)
    return not _has_dateline(current) and not (
        word_count(block.text) <= DATELINE_HEADING_MAX_WORDS and not is_sentence(block.text))
