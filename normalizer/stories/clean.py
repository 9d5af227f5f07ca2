"""Cleaning: decide, block by block, what is story text, metadata or cruft.

Rules read the patterns of :mod:`normalizer.cues.text` and look at a block's neighbours
(a caption follows an image or its alt text; a link title follows "See also:"). They
mark blocks (:meth:`Block.mark`); nothing is deleted here, so the record can list what
was removed and why. Headlines are decided later, by the splitter, which needs the
story boundaries.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from normalizer.cues import credits as credit_cues
from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.cues.outlets import (
    NEWSROOM_SUFFIXES,
    SIGNOFF_MAX_WORDS,
    canonical_source,
    newsroom_of,
    signoff_source,
)
from normalizer.model import BlockKind, BlockRole, MetaKind, RemovedKind
from normalizer.stories.blocks import CRUFT, IMAGE, META, SEP, TEXT, Block, fold
from normalizer.text.dates import has_digit, parse_date, relative_date, split_date_line

# A sentence's end: its mark, closing quotes or brackets (German „...“ closes with “, French
# with »), then perhaps an emoji or emoticon a blogger signs off with ("Nun gut… 😀").
_CLOSERS = "\"'”“’‘»«›‹)\\]」』"
_EMOJI = r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]|[:;]-?[)(DPp]|<3)"
# Full stops of other scripts: "।" (Devanagari, Bengali), "۔" (Urdu), "؟" (Arabic), "։"
# (Armenian), "።" (Ethiopic).
_SENTENCE_END = re.compile(rf"[.!?…;:。！？।॥۔؟։።][{_CLOSERS}]*(?:\s*{_EMOJI})*\s*$")
_EMOJI_END = re.compile(rf"\w[{_CLOSERS}]*\s*{_EMOJI}+\s*$")
#: The characters :data:`_EMOJI` ends with: an emoji's (matched one character at a time)
#: or an emoticon's last one.
_EMOJI_CHAR = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_EMOTICON_ENDS = ")(DPp3"
# Where one sentence ends and the next begins inside a line: an end mark after a word of
# two letters or more, then an opening capital ("... verheimlichen. Dann wurde ...").
_BREAK_MARKS = ".!?…।۔؟։።"
_SENTENCE_BREAK = re.compile(rf"(?<=\w\w)[{_BREAK_MARKS}][{_CLOSERS}]*\s+(?=[„“\"'«‹(]?[^\W\d_])")
#: One of its marks: a line without any is one sentence at most (found in one C scan;
#: the break's pattern tries its lookbehind at every position).
_BREAK_MARK = re.compile(f"[{_BREAK_MARKS}]")
CAPTION_MAX_WORDS = 60
# A line opening as only captions do ("In this photo dated ...") is one up to this many
# words (wire captions tell the story of the picture at length, with its credit).
CAPTION_OPENER_MAX_WORDS = 140
# A dated sentence right after an image is its caption up to this many words.
CAPTION_DATED_MAX_WORDS = 40
# ... when the date stands among its last this many words ("..., March 3, 2019." ends it).
CAPTION_DATE_TAIL_WORDS = 8
# A line of two sentences of at least this many words each is prose, never a caption.
PROSE_SENTENCE_MIN_WORDS = 3


# A reference marker after a sentence: "... the planet. [M1]", "... said.[3]".
_REFERENCE_MARK = re.compile(r"\s*\[[^\]\s]{1,6}\]\s*$")


@lru_cache(maxsize=4096)
def is_sentence(text: str) -> bool:
    """Ends like a sentence (the usual end of a story paragraph), a reference mark aside;
    a line of prose a blogger ends with an emoji instead of a full stop counts too.
    (Asked of one line by several rules here and by the splitter: answered once.)"""
    if text.rstrip()[-1:] == "]":  # (the mark's pattern scans the whole line: asked only
        text = _REFERENCE_MARK.sub("", text)  # of a line that can end with it)
    if _SENTENCE_END.search(text):
        return True
    last = text.rstrip()[-1:]  # (an emoji or an emoticon's last character ends the line)
    return bool(last) and (last in _EMOTICON_ENDS or _EMOJI_CHAR.match(last) is not None) \
        and _EMOJI_END.search(text) is not None


@lru_cache(maxsize=4096)
def is_prose(text: str) -> bool:
    """Two sentences or more of :data:`PROSE_SENTENCE_MIN_WORDS` words each: a paragraph,
    whatever its last character. Captions and link titles are one phrase (a wire caption's
    credit is read by its own cue before this is asked). (Asked of a line by the
    extractor, several rules here and the splitter: on the AEB pages 3,394 times of 1,450
    lines, 1,492 of the asks of a line without a sentence's mark. Answered once, and such
    a line at once.)"""
    if _BREAK_MARK.search(text) is None:
        return False  # (one part, one sentence at most)
    sentences = [part for part in _SENTENCE_BREAK.split(text)
                 if len(part.split()) >= PROSE_SENTENCE_MIN_WORDS
                 and any(map(str.isalpha, part))]
    return len(sentences) >= 2


def _finder(strings: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """Whether a line holds one of ``strings`` (``any(s in line for s in strings)``), as one
    compiled search of their alternation: one call where ``any`` steps through a generator,
    string by string (a few such tests are asked of every line)."""
    if not all(strings):
        raise ValueError("an empty string is in every line")
    return re.compile("|".join(map(re.escape, strings))).search


def is_promo(block: Block) -> bool:
    if block.words > cues.PROMO_MAX_WORDS \
            or cues.PROMO_KEYS.words.isdisjoint(_line_words(block.folded)) \
            or not cues.PROMO_RE.search(block.text):  # (the keys first: most lines stop there)
        return False
    return bool(cues.READER_ADDRESS_RE.search(block.text)) or block.link_only \
        or block.words <= PROMO_BARE_MAX_WORDS


def is_chrome(block: Block) -> bool:
    if cues.CHROME_RE.match(block.text):
        return True
    low = block.folded.strip(" :.|·•…")  # (which leaves no space at its end)
    if low[-1:] in _PAGER_ARROWS:
        low = _PAGER_ARROW_END.sub("", low)
    if low in cues.CHROME_WORDS:
        return True
    if block.words > CHROME_LINE_MAX_WORDS and _worded_more_than(low, CHROME_LINE_MAX_WORDS):
        return False
    if _DIGIT.search(low):
        low = _GLUED_COUNTER.sub(r"\1 ", low)  # "98shares": a counter glued to its word
    # Made of chrome words and phrases ("Share this: Facebook | X | WhatsApp", "0x geteilt",
    # "Slideshow ( 15 images )", "分享到：微信 微博"), separators and counters, nothing else
    # (a line of bare punctuation or figures is chrome too).
    return bool(block.text.strip()) and _chrome_runs_only(low) \
        and not cues.CHROME_FILLER_RE.sub("", cues.CHROME_PHRASE_RE.sub(" ", low))


#: A pager's arrow after its word ("Next >", "Next Page »", which the folded line reads as
#: a straight quote), read away before the chrome words are looked for (round 12); a line
#: of a bare arrow is left to the related-list rules.
_PAGER_ARROW_END = re.compile(r"(?<=\w)\s*[>»›\"]+\s*$")
_PAGER_ARROWS = '>»›"'
_DIGIT = re.compile(r"\d")
_RUN = re.compile(r"[^\W_]+")
#: A counter run straight into the word it counts ("98shares", "12comments").
_GLUED_COUNTER = re.compile(r"(?<![^\W_])(\d[\d.,]*)(?=[^\W\d_])")


def _worded_more_than(low: str, most: int) -> bool:
    """The line has more than ``most`` words, its bare separators left out: a tool row's
    bars ("версия для печати | сообщить новость | копировать в блог", round 19) count as
    no words. (Counted only as far as ``most`` and one: a story's paragraph has a hundred
    words, each a search, where the first nine tell.)"""
    count = 0
    for token in low.split():
        if _RUN.search(token):
            count += 1
            if count > most:
                return True
    return False


def _chrome_runs_only(low: str) -> bool:
    """Every run of letters and digits of the line could be a chrome word's or a
    counter's (see :data:`normalizer.cues.text.CHROME_RUN_RE`): the cheap half of
    :func:`is_chrome`'s last test, which most lines fail at their first word."""
    if cues.CHROME_TOUCHING_RE.search(low):
        return True
    return all(_chrome_run(run) for run in _RUN.findall(low))


@lru_cache(maxsize=4096)
def _chrome_run(run: str) -> bool:
    return bool(cues.CHROME_RUN_RE.fullmatch(run) or cues.CHROME_COUNTER_RUN_RE.fullmatch(run))


def _after_image(blocks: list[Block], i: int) -> bool:
    """The block comes right after an image (an alt-text line may stand between). (The
    block right above, read by index: asked of every line by two passes, a generator's
    making cost more than the test.)"""
    if i < 1:
        return False
    prev = blocks[i - 1]
    return prev.role == IMAGE or (
        prev.role == CRUFT and prev.cruft_kind == RemovedKind.IMAGE_ALT
        and not prev.notes.get("featured_image"))


def _caption_shaped(block: Block) -> bool:
    """Short and not a sentence, or carrying a caption-only marker; never a story's lead
    ("Hamburg (dpa/lno) – ..." after the story's photo)."""
    if block.kind in (BlockKind.HEAD, BlockKind.ITEM) or block.words > CAPTION_MAX_WORDS:
        return False
    if _dateline_lead(block.text):
        return False
    if _has_marker(block.text):
        return True
    if is_prose(block.text):
        return False  # two sentences or more: a paragraph that follows a picture
    if block.words <= CAPTION_DATED_MAX_WORDS and _dated_at_end(block.text):
        return True  # wire captions say when the photo was taken: "..., May 2, 2018."
    return not is_sentence(block.text) \
        and not block.text.lower().startswith(("http://", "https://", "www."))


def _has_marker(text: str) -> bool:
    """:data:`normalizer.cues.text.POSITION_MARKER_RE` finds a marker (asked only of lines
    with a bracket: the pattern holds some eighty labels)."""
    return _MARKER_OPENER_IN(text) is not None and cues.POSITION_MARKER_RE.search(text) is not None


_MARKER_OPENER_IN = _finder(cues.POSITION_MARKER_OPENERS)


def _dated_at_end(text: str) -> bool:
    """A date among the line's last words, where a wire caption puts the day the photo was
    taken ("... in Moscow, May 2, 2018."); a sentence announcing an event names its day
    in the middle ("... on 5 February 2020 from 7 pm at the cafe.")."""
    tail = " ".join(text.split()[-CAPTION_DATE_TAIL_WORDS:])
    return has_digit(tail) and bool(parse_date(tail))  # (no date is read without a figure)


#: The dateline patterns that can read a source (the others never answer yes below).
_SOURCED_DATELINE_RES = tuple(rx for rx in cues.DATELINE_RES if "src" in rx.groupindex)


@lru_cache(maxsize=4096)
def _dateline_lead(text: str) -> bool:
    """Opens with a dateline that credits an outlet: "Wiesbaden (KNA/iz). ..."."""
    for rx in _SOURCED_DATELINE_RES:
        m = rx.match(text)
        if m and any(c.isalpha() for c in m.groupdict().get("src") or ""):
            return True  # (a day in brackets credits no one: "Archivbild (16.08.2024): ...")
    # "example.com, PLACE - ...": the site's own domain before the place
    return credit_cues.SITE_DATELINE_MARK in text[:40] \
        and credit_cues.SITE_DATELINE_RE.match(text + " ") is not None


# --- Thresholds (words unless said otherwise) ---------------------------------------------
# Each bounds a line-shaped cue so that a story paragraph that happens to match the
# pattern stays text: the cue's line is short, the paragraph is not. The values are the
# ones the rules have carried since they were written (they were inline numbers); the
# comment says what each must let through. A change is checked by the tables of
# tests/test_normalizer_steps.py and by the dev-set and AEB gates.

#: "© 2017 AFP. All rights reserved. This material may not be published..." is one line;
#: a paragraph quoting a copyright is longer.
COPYRIGHT_LINE_MAX_WORDS = 25
#: "Read more: <a headline>" is a label and a headline (headlines run to about 20 words).
RELATED_LINE_MAX_WORDS = 30
#: A sentence pointing at a link (cues.POINTER_LINK_END_RE) is one line of at most this
#: many words: a paragraph ending so says more than where to click.
POINTER_LINE_MAX_WORDS = 25
#: "Subscribe to our newsletter (link)": a promo link line; longer lines are prose.
PROMO_LINK_MAX_WORDS = 20
#: A whole-link line that is not a sentence: a headline link (3 to 25 words); shorter is
#: navigation ("Home", "Next"), already chrome when it is chrome.
LINK_TITLE_MIN_WORDS = 3
LINK_TITLE_MAX_WORDS = 25
#: "By Sanjeev Miglani and Humeyra Pamuk, Reuters": a byline line, never a paragraph.
BYLINE_MAX_WORDS = 12
#: A "heading" this long that ends like a sentence is a paragraph in heading markup (a
#: standfirst); headlines are shorter and end without a full stop.
HEADING_SENTENCE_MIN_WORDS = 20
#: Share of a post's text words, under pictures and shaped like captions, above which
#: the post is told picture by picture and those lines are its text.
PHOTO_ESSAY_SHARE = 0.3
#: ... told under at least this many pictures (one captioned photo is a caption).
PHOTO_ESSAY_MIN_PICTURES = 3
#: A line repeated in one post is alt text, a caption or a link title from this length on
#: (shorter repeats are words such as "Advertisement", left to the other rules).
REPEATED_LINE_MIN_WORDS = 4
#: ... save, in a dump, the first copy where it heads its article: its byline or date
#: line under it, then a paragraph of this many words or more, within
#: :data:`REPEATED_HEAD_GAP` lines of at most :data:`REPEATED_HEAD_GAP_MAX_WORDS` words each
#: (a byline, the writer's address, a date). The page's headline stands once over its text
#: and again below in its "More in ..." list.
REPEATED_HEAD_MIN_WORDS = 15
REPEATED_HEAD_GAP = 3
REPEATED_HEAD_GAP_MAX_WORDS = 12
#: ... and single words besides, a share bar's and its counters' ("Síguenos", "520",
#: "SHARES", "1k", "Visto"), up to this many lines in all.
REPEATED_HEAD_REACH = 12
#: An alt text and its caption share at least this many characters of their start.
ALT_PREFIX_MIN_CHARS = 15
#: ... and the caption adds at most this many words to the alt text (its credit).
CAPTION_CREDIT_MAX_WORDS = 15
#: A standfirst repeated by the body's first paragraph has at least this many words.
LEAD_MIN_WORDS = 10
#: A flattened archive page's header ("Posts Tagged 'Lavrov'") is a short line.
PAGE_HEADER_MAX_WORDS = 12
#: A promo line without a reader address or a link ("Sign up today") is this short.
PROMO_BARE_MAX_WORDS = 8
#: A line made only of chrome words ("Share | Tweet | Email | Print") is this short.
CHROME_LINE_MAX_WORDS = 8
#: A tweet cut to its text and picture link ("... pic.twitter.com/x") is this short.
EMBED_MAX_WORDS = 80
#: Words mixing Latin letters with Cyrillic look-alikes: from this many, the line is spam
#: dressed to slip past ad filters (a stray mixed word is a typo).
MIXED_SCRIPT_MIN_WORDS = 3
#: A line of short comma-separated terms with no sentence in it ("Corona & die Folgen,
#: Debatte, Deutschland, Politik") is the post's category or tag list: at least this many
#: terms (one fewer when every term is a link), each at most TERM_MAX_WORDS words, at
#: least TERM_LIST_MIN_BARE of them a single word (a list of people's names is not).
TERM_LIST_MIN_ITEMS = 4
TERM_MAX_WORDS = 4
TERM_LIST_MIN_BARE = 2


#: A line that only credits a picture ("Fotos: Name/123RF", "© Cover Media") is this short;
#: the caption typed just before it, at most CAPTION_BEFORE_CREDIT_MAX_WORDS (wire captions
#: run to about 40 words; a longer line is the story's paragraph).
CREDIT_LINE_MAX_WORDS = 8
CAPTION_BEFORE_CREDIT_MAX_WORDS = 40


#: A teaser of another article (its lead and a time stamp) is at most this long.
TEASER_MAX_WORDS = 120


#: Headline-shaped paragraphs right under a label of its own ("Relacionadas", "See also")
#: are its list of other stories, up to this many (a longer run is the post's own).
RELATED_TITLES_MAX = 5


#: Headline-shaped lines after a post's last sentence are titles of other stories (a
#: related list pasted without its label) when there are at most this many of them; a
#: longer run of such lines is the post's own (a poem, a list of places).
TRAILING_TITLES_MAX = 2
#: ... each of at least this many words (a shorter one is a sign-off: "XX, Die Redaktion").
TRAILING_TITLE_MIN_WORDS = 4


class _Mark(NamedTuple):
    role: BlockRole
    kind: RemovedKind | MetaKind | None = None


# --- First pass: each line by its own shape, first rule that matches wins -------------------

def _separator(b: Block, alts: set[str]) -> _Mark | None:
    return _Mark(SEP) if cues.SEPARATOR_RE.match(b.text) else None


def _image_alt(b: Block, alts: set[str]) -> _Mark | None:
    if cues.FEATURED_IMAGE_ALT_RE.match(b.text):
        b.notes["featured_image"] = True  # (the post's title follows it, no caption)
        return _Mark(CRUFT, RemovedKind.IMAGE_ALT)
    if cues.IMAGE_ALT_RE.match(b.text) or (b.folded in alts and b.kind != BlockKind.HEAD) \
            or (b.text[:1].islower() and b.words <= cues.DESCRIBED_PICTURE_MAX_WORDS
                and cues.DESCRIBED_PICTURE_RE.match(b.text)):
        # a heading that repeats its picture's alt text is still the page's heading
        return _Mark(CRUFT, RemovedKind.IMAGE_ALT)
    return None


#: A paragraph's closing bracket after its last sentence: an editor's initials and the
#: agency there ("(spr/dpa)", "(jw/AFP)") sign the story off, where a caption's bracket
#: names its photographer ("(Kay Nietfeld/dpa)").
_SIGNED_TAIL = re.compile(r"(?<=[.!?])\s*\((?P<credit>[^()]{2,30})\)\s*$")


def _photo_caption(b: Block, alts: set[str]) -> _Mark | None:
    size, text = b.words, b.text
    if size > CAPTION_OPENER_MAX_WORDS:  # (the longest caption any test below takes)
        return None
    if cues.EDITOR_INITIALS_RE.match(text) or _dateline_lead(text):
        return None  # "aja/PAP": a sign-off; "Hamburg (dpa/lno) – ...": a story's lead
    tail = _SIGNED_TAIL.search(text)
    if tail and cues.EDITOR_INITIALS_RE.match(tail["credit"]):
        return None  # "... zu vermitteln. (spr/dpa)": a story's last paragraph, signed
    if ("@" in text or "protected" in text) and cues.BYLINE_ADDRESS_RE.match(text):
        return None  # names, then their address: a byline ("AFP/The Local - x@y"), no credit
    if (size <= CAPTION_MAX_WORDS and has_photo_credit(text)) or \
            (cues.PHOTO_LABEL_RE.match(text) and has_photo_credit(text)) or \
            cues.CAPTION_OPENER_RE.match(text) or cues.SCREEN_READER_CAPTION_RE.match(text) or \
            (size <= cues.PHOTO_LABEL_MAX_WORDS and cues.PHOTO_LABEL_RE.match(text)) or \
            (size <= cues.PHOTO_LABEL_MAX_WORDS and cues.PHOTO_BY_RE.match(text)
             and (not is_sentence(text) or cues.PHOTO_COURTESY_RE.match(text))) or \
            (size <= cues.SCREENSHOT_LINE_MAX_WORDS
             and (cues.SCREENSHOT_LABEL_RE.match(text)
                  or cues.REPRODUCTION_CREDIT_RE.match(text))) or \
            (size <= CAPTION_MAX_WORDS and cues.CAPTION_STAMP_MARK in text
             and cues.CAPTION_STAMP_RE.search(text)) or \
            (size <= CAPTION_DATED_MAX_WORDS and _credit_after_sentence(text)) or \
            (size <= CAPTION_DATED_MAX_WORDS and _labelled_credit_at_end(text)) or \
            (size <= CAPTION_DATED_MAX_WORDS and _bare_credit_at_end(text)) or \
            (")" in text[-3:] and cues.PHOTO_BRACKET_END_RE.search(text)):
        # (a wire caption may run long: "... displaced. (Photo: Name)" closes it; so may
        # one under its label that names everyone pictured, "Photo: Panelists discuss ...
        # From left to right: ... (Marisa Kendall/ Mercury News).")
        return _Mark(CRUFT, RemovedKind.CAPTION)
    return None


#: What closes a picture's caption after its one sentence: a name in brackets ("... listed
#: for sale. (Bespoke Real Estate)", "..., 21 de mayo de 2025. (Jerusalén)"), or an outlet
#: of the table or a photographer with a reporter's title, bare ("... 연설하고 있다. 연합뉴스",
#: "... 올리고 있다. 고영권 기자"). Up to CREDIT_TAIL_MAX_WORDS words.
_BRACKET_TAIL = re.compile(r"(?<=[.!?。])\s*\((?P<name>[^\W\d_][^()]{0,40})\)\s*$")
_BARE_TAIL = re.compile(r"(?<=[.。])\s+(?P<name>[^\s.!?。()]+(?:\s+[^\s.!?。()]+){0,2})\s*$")
CREDIT_TAIL_MAX_WORDS = 4


def _credit_after_sentence(text: str) -> bool:
    """One sentence, then a credit that no story sentence ends with (see
    :data:`_BRACKET_TAIL`): a name of capitalised words in brackets that is no outlet of
    the table (a story may end "... (AP)", its agency's sign-off), or a bare outlet or a
    photographer's name and title after the full stop."""
    if "(" in text[-45:]:
        m = _BRACKET_TAIL.search(text)
        if m is None:
            return False
        name = m.group("name").strip()
        words = name.split()
        return len(words) <= CREDIT_TAIL_MAX_WORDS and not any(map(str.isdigit, name)) \
            and any(map(str.islower, name)) \
            and all(w[0].isupper() for w in words if w[0].isalpha()) \
            and canonical_source(name) is None and not is_prose(text[:m.start()]) \
            and is_sentence(text[:m.start()])
    if text.rstrip()[-1:] in ".!?。" or ("." not in text and "。" not in text):
        return False  # (no full stop for the bare credit to follow)
    m = _BARE_TAIL.search(text)
    if m is None or is_prose(text[:m.start() + 1]):
        return False
    name = m.group("name")
    return name.endswith(cues.CAPTION_CREDIT_TITLES) or (
        _script_of(name) not in ("LATIN", "") and canonical_source(name) is not None)


#: A caption's credit after its words with no sentence end between, as Austrian and
#: German pages print it ("Das Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant"):
#: a copyright sign after a word, then a holder of a few words with no figure (a year
#: makes it a copyright notice, which its own rule reads).
_SIGN_TAIL = re.compile(r"(?<=[^\W\d_])\s+[©ⓒ]\s*(?P<name>[^\W\d_][^©ⓒ.!?\d|/]{0,40})$")
#: ... and the caption's words before it, at least (a bare "Copyright © X" is a notice,
#: as is "X Copyright © X": the word before the sign).
SIGN_TAIL_MIN_WORDS = 3
_COPYRIGHT_WORD_END = re.compile(r"copyright\s*$", re.IGNORECASE)
#: The bare word after a caption's sentence saying the picture was given or is an
#: archive's (:data:`normalizer.cues.text.CAPTION_SOURCE_WORDS`).
_SOURCE_WORD_TAIL = re.compile(
    r"(?<=[.!?。])\s+(?P<word>[^\W\d_][^\s.!?]*(?:\s+[^\s.!?]+){0,2})\s*$")


def _bare_credit_at_end(text: str) -> bool:
    """A caption whose credit closes it with no label: a holder after a copyright sign
    (:data:`_SIGN_TAIL`) or a word saying the picture was supplied or is an archive's
    after the sentence (:data:`_SOURCE_WORD_TAIL`). No story's paragraph ends so."""
    if "©" in text[-45:] or "ⓒ" in text[-45:]:
        m = _SIGN_TAIL.search(text)
        return m is not None and len(m.group("name").split()) <= CREDIT_TAIL_MAX_WORDS \
            and len(text[:m.start()].split()) >= SIGN_TAIL_MIN_WORDS \
            and not _COPYRIGHT_WORD_END.search(text[:m.start()])
    m = _SOURCE_WORD_TAIL.search(text[-40:])
    return m is not None and m.group("word").casefold() in cues.CAPTION_SOURCE_WORDS


def caption_credited(text: str) -> bool:
    """The line holds a picture's credit (:func:`has_photo_credit`) or closes on a bare
    one (:func:`_bare_credit_at_end`): a caption with its credit, not a paragraph."""
    return has_photo_credit(text) or _bare_credit_at_end(text)


#: The credit closing a caption after its sentences, opened by its label and a colon
#: ("... 通过聆讯。图：Qilai Shen/视觉中国", "... Rede in Küssnacht. Foto: Name/Agency").
_LABELLED_TAIL = re.compile(r"(?<=[.!?。！？])\s*(?P<credit>[^\W\d_]{1,12}\s*[:：]\s*\S[^.!?。]*)$")


def _labelled_credit_at_end(text: str) -> bool:
    """A caption's sentence or sentences, then a labelled photo credit of at most
    :data:`CREDIT_LINE_MAX_WORDS` words that reads as a credit line of its own
    (:func:`has_photo_credit`): a story's paragraph ends with no picture's credit (round
    26: a caption pasted as a paragraph, its credit glued on)."""
    if ":" not in text[-60:] and "：" not in text[-60:]:
        return False
    m = _LABELLED_TAIL.search(text)
    if m is None or not m.start():
        return False
    credit = m.group("credit")
    return len(credit.split()) <= CREDIT_LINE_MAX_WORDS and has_photo_credit(credit) \
        and (cues.PHOTO_LABEL_RE.match(credit) is not None
             or cues.PHOTO_CREDIT_LABEL_RE.match(credit) is not None
             or credit.startswith(cues.CJK_PHOTO_LABELS))


@lru_cache(maxsize=4096)
def has_photo_credit(text: str) -> bool:
    """:data:`normalizer.cues.text.PHOTO_CREDIT_RE` finds a credit in the line; asked
    only of lines holding what every such credit holds
    (:data:`normalizer.cues.text.PHOTO_CREDIT_MARKS` and the rest). In ASCII text the
    words are found in the lower-cased line (the same as the patterns' IGNORECASE there).
    (Asked of a line by the caption rules and again by the fingerprint's furniture test:
    on the AEB pages 4,195 times of 3,384 lines. Answered once.)"""
    if _abbreviated_credit(text):
        return True
    if cues.PHOTO_CREDIT_MARKS_RE.search(text):
        return _credit_found(text)
    labelled = _CREDIT_LABEL_MARK_IN(text) is not None
    if text.isascii():
        low = text.lower()
        hint = _CREDIT_WORD_IN(low) is not None or (
            labelled and any(w in low for w in cues.PHOTO_CREDIT_LABEL_WORDS))
    else:
        hint = (_CREDIT_WORD_IN(_dotted_i_lower(text)) is not None if _CREDIT_WORDS_PLAIN
                else bool(cues.PHOTO_CREDIT_WORD_RE.search(text))) or (
            labelled and bool(cues.PHOTO_CREDIT_LABEL_RE.search(text)))
    return (hint or text.rstrip(" .").endswith(cues.PHOTO_CREDIT_END_WORDS)) \
        and _credit_found(text)


_CREDIT_LABEL_MARK_IN = _finder(cues.PHOTO_CREDIT_LABEL_MARKS)
_CREDIT_WORD_IN = _finder(cues.PHOTO_CREDIT_WORDS)
#: The lower-case ASCII letters no character outside ASCII matches under IGNORECASE but
#: "i" (which "İ" and "ı" match), "k" (the Kelvin sign) and "s" (the long s);
#: tests/test_clean_speed18.py reads all of Unicode to show it.
CASE_PLAIN_LETTERS = frozenset("abcdefghjlmnopqrtuvwxyz")
#: The credit words are made of those letters and "i": in a line outside ASCII,
#: ``PHOTO_CREDIT_WORD_RE`` (IGNORECASE, its every word tried at every position: four
#: times slower) finds one where the line, its dotted and dotless capital and small "i"
#: read as "i", then lower-cased, holds one (lower-casing turns no other character
#: into one of those letters, and "İ" alone into two characters).
_CREDIT_WORDS_PLAIN = all(set(w) <= CASE_PLAIN_LETTERS | {"i"} for w in cues.PHOTO_CREDIT_WORDS)


def _dotted_i_lower(text: str) -> str:
    """``text`` lower-cased, "İ" and "ı" read as "i" first (see :data:`_CREDIT_WORDS_PLAIN`)."""
    return text.replace("İ", "i").replace("ı", "i").lower()


def _credit_found(text: str) -> bool:
    """What :data:`normalizer.cues.text.PHOTO_CREDIT_RE` answers, asked part by part: the
    Latin credits, the CJK ones only in a line with a CJK credit's mark, the abbreviated
    ones only where the line's edges hold the abbreviation (the whole pattern tries its
    every branch at every position of a long line: hundreds of microseconds)."""
    return cues.PHOTO_CREDIT_LATIN_RE.search(text) is not None or (
        cues.CJK_CREDIT_MARKS_RE.search(text) is not None
        and cues.PHOTO_CREDIT_CJK_RE.search(text) is not None) or _abbreviated_credit(text)


def _abbreviated_credit(text: str) -> bool:
    """A credit with "photo" abbreviated after the name or before it ("BNS nuotr.",
    "Fot. PAP", :data:`normalizer.cues.text.PHOTO_ABBREVIATIONS`): looked for only where
    the line's last or first characters hold the abbreviation (the pattern's only places)."""
    edges = (text.lstrip()[:6] + " " + text.rstrip()[-9:]).lower()
    return _ABBREVIATION_IN(edges) is not None \
        and cues.PHOTO_ABBREVIATION_RE.search(text) is not None


_ABBREVIATION_IN = _finder(cues.PHOTO_ABBREVIATIONS)


def _copyright(b: Block, alts: set[str]) -> _Mark | None:
    if (cues.COPYRIGHT_RE.match(b.text) and b.words <= COPYRIGHT_LINE_MAX_WORDS) or \
            (cues.COPYRIGHT_START_RE.match(b.text) and b.words <= cues.COPYRIGHT_MAX_WORDS) or \
            (b.words <= cues.COPYRIGHT_SIGNED_MAX_WORDS
             and cues.COPYRIGHT_SIGN_START_RE.match(b.text)) or \
            cues.COPYRIGHT_NAME_FIRST_RE.match(b.text) or \
            _reserved_notice(b) or _copyright_named(b):
        return _Mark(CRUFT, RemovedKind.COPYRIGHT)
    return None


def _copyright_named(b: Block) -> bool:
    """The word "copyright" of another language and the holder's name, nothing else
    (:data:`normalizer.cues.text.COPYRIGHT_NAMED_RE`)."""
    if b.words > 3 + cues.COPYRIGHT_NAMED_MAX_WORDS \
            or b.folded[:1] not in cues.COPYRIGHT_NAMED_FIRSTS:
        return False
    m = cues.COPYRIGHT_NAMED_RE.match(b.text)
    return m is not None and len(m["holder"].split()) <= cues.COPYRIGHT_NAMED_MAX_WORDS


def _reserved_notice(b: Block) -> bool:
    """"All rights reserved" or "no reproduction" in any of the languages of
    :data:`normalizer.cues.text.RESERVED_PHRASES`, wherever the © stands in the line."""
    size = b.words
    if size > cues.COPYRIGHT_MAX_WORDS or (
            size > cues.RESERVED_LINE_MAX_WORDS
            and _COPYRIGHT_SIGN_IN(b.text) is None and _COPYRIGHT_WORD_IN(b.folded) is None):
        return False
    return cues.RESERVED_MARKS_RE.search(cues.stem_text(b.folded)) is not None \
        and cues.RESERVED_RE.search(b.text) is not None


_COPYRIGHT_SIGN_IN = _finder(cues.COPYRIGHT_SIGNS)
_COPYRIGHT_WORD_IN = _finder(cues.COPYRIGHT_WORDS)


def _chrome(b: Block, alts: set[str]) -> _Mark | None:
    if b.words == 1 and cues.CLASS_GLUED_LABEL_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if is_chrome(b) or (b.words <= 2 and any(h in b.text for h in "-‐‑")
                        and cues.COMMENT_BRANDED_RE.match(b.text)) \
            or (b.words <= 2 and cues.SOURCE_LABEL_ALONE_RE.match(b.text)) or _share_line(b) \
            or (b.text.lstrip()[:1] == "+" and cues.PLUS_LIST_RE.match(b.text) is not None) \
            or _button_call(b) or _bar_closed_label(b) or _trail_line(b) or _glued_menu(b) \
            or _site_pages_line(b) or _furniture_line(b) or _spaced_tags(b):
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None


def _furniture_line(b: Block) -> bool:
    """A print view's footer, a download link's label, a form's reassurance
    (:data:`normalizer.cues.text.PRINTED_FROM_RE` and the two after it)."""
    return (b.words <= cues.FILE_LINK_MAX_WORDS and b.text.rstrip().endswith(")")
            and cues.FILE_LINK_RE.search(b.text) is not None) \
        or (b.words <= cues.FORM_ASSURANCE_MAX_WORDS
            and cues.FORM_ASSURANCE_RE.match(b.text) is not None) \
        or cues.PRINTED_FROM_RE.match(b.text) is not None


_NAV_SEPARATORS = re.compile(r"[|•·/]+")


def _site_pages_line(b: Block) -> bool:
    """A line of links to the site's own pages and nothing else ("HOME ABOUT US
    ADVERTISING CONTACT"; :data:`normalizer.cues.text.SITE_PAGE_LINKS`), read greedily,
    the longest link first: at least :data:`normalizer.cues.text.SITE_PAGE_LINKS_MIN`."""
    if not cues.SITE_PAGE_LINKS_MIN <= b.words <= 3 * cues.SITE_PAGE_LINKS_MIN * 2:
        return False
    words = _NAV_SEPARATORS.sub(" ", b.folded).split()
    links, covered = cues.site_page_links(words)
    if covered < len(words) or links < cues.SITE_PAGE_LINKS_MIN:
        return False
    b.notes["site_pages"] = True  # (no teaser's lead either: the rhythm reads the note)
    return True


#: A site's menu flattened with its items glued into one "word" ("PRINT EDITION
#: CLASSIFIEDSPROPERTIESNEWSLETTERCAREERS...", "ClassifiedsPropertiesNewsletterCareers"):
#: a run of at least GLUED_MENU_MIN_CAPITALS capital letters, or of capitalised words run
#: together (GLUED_MENU_MIN_HUMPS capitals after a small letter inside one word; a name
#: such as "McDonaldsGate" has two). No headline's or sentence's word is either.
GLUED_MENU_MIN_CAPITALS = 30
GLUED_MENU_MIN_HUMPS = 4
GLUED_MENU_MAX_WORDS = 12
_CAPITALS_RUN = re.compile(rf"[^\W\d_a-zß-ÿ]{{{GLUED_MENU_MIN_CAPITALS},}}")
_HUMPS = re.compile(rf"(?:[^\W\d_]*?[a-zß-ÿ][A-ZÀ-Þ]){{{GLUED_MENU_MIN_HUMPS}}}")
_LONG_WORD = re.compile(rf"\S{{{2 * GLUED_MENU_MIN_HUMPS + 8},}}")


#: A list of links glued into one line, each item's first word run into the last word of
#: the item before ("Právě se hledáDolany nehodaMarkéta Pekarová AdamováFC Baník
#: Ostrava..."): at least GLUED_LIST_MIN_HUMPS different words with a capital after a small
#: letter, one word in GLUED_LIST_WORDS_PER_HUMP or more, in a line of at most
#: GLUED_LIST_MAX_WORDS.
GLUED_LIST_MIN_HUMPS = 5
GLUED_LIST_WORDS_PER_HUMP = 3
GLUED_LIST_MAX_WORDS = 60


def _humped(word: str) -> bool:
    """A capital right after a small letter inside ``word``, in any cased script."""
    return any(a.islower() and c.isupper() for a, c in zip(word, word[1:], strict=False))


def _glued_list(b: Block) -> bool:
    """A line of links glued together (:data:`GLUED_LIST_MIN_HUMPS`), no sentence."""
    if not GLUED_LIST_MIN_HUMPS <= b.words <= GLUED_LIST_MAX_WORDS or is_sentence(b.text):
        return False
    # (letters only: no code's names; each glue once: a table row's "DirectX 11 DirectX
    # 11.1 ..." repeats one product's name)
    humps = len({w for w in b.text.split() if w.isalpha() and _humped(w)})
    return humps >= GLUED_LIST_MIN_HUMPS and humps * GLUED_LIST_WORDS_PER_HUMP >= b.words


def _glued_menu(b: Block) -> bool:
    """A short line with no sentence end holding a menu's items glued into one word
    (:data:`GLUED_MENU_MIN_CAPITALS`), or a longer one holding a list's items each glued
    to the next (:func:`_glued_list`): the page's navigation, never its headline."""
    if b.words > GLUED_MENU_MAX_WORDS or _LONG_WORD.search(b.text) is None:
        return _glued_list(b)
    return (_CAPITALS_RUN.search(b.text) is not None or any(
        _HUMPS.match(w) is not None for w in b.text.split() if len(w) >= 2 * GLUED_MENU_MIN_HUMPS
    )) and not is_sentence(b.text)


def _spaced_tags(b: Block) -> bool:
    """A tag cloud of an unspaced script on one line (:data:`normalizer.cues.text.SPACED_TAGS_MIN`
    short words, no sentence mark, half of them or more in kana or han): "動画 KDDI NTTドコモ
    ソフトバンク ... 経済 Apple"."""
    if b.text.count(" ") < cues.SPACED_TAGS_MIN - 1:
        return False  # (most lines: a count, before any split)
    words = b.text.split()
    return len(words) >= cues.SPACED_TAGS_MIN \
        and all(len(w) <= cues.SPACED_TAG_MAX_CHARS for w in words) \
        and not any(m in b.text for m in cues.SPACED_TAGS_SENTENCE_MARKS) \
        and 2 * sum(cues.SPACED_TAGS_SCRIPT_RE.search(w) is not None for w in words) >= len(words)


def _trail_line(b: Block) -> bool:
    """The page's trail pasted as a line (round 23): a breadcrumb opened by its "you are
    here" label (:data:`normalizer.cues.text.BREADCRUMB_LABEL_RE`, "Sei in", "Sie sind
    hier:"), an outlet's name and its section parted by a guillemet or an arrow ("News18
    »business": :data:`normalizer.cues.text.OUTLET_SECTION_RE`), or a compact date beside
    the site's bare address (:data:`normalizer.cues.text.DATE_ADDRESS_RE`). None is a
    story's line: a label naming where the reader is, a section, a stamp."""
    if b.words > cues.BREADCRUMB_LABEL_MAX_WORDS:
        return False
    text = b.text
    if cues.BREADCRUMB_LABEL_RE.match(text) or cues.DATE_ADDRESS_RE.match(text) \
            or (text.lstrip()[:1] == "이" and cues.SECTION_FILED_RE.match(text)):
        return True  # (and a portal's note on the section it was filed in, round 24)
    if b.words > cues.OUTLET_SECTION_MAX_WORDS + 1 or not _OUTLET_SECTION_MARK_IN(text):
        return False
    m = cues.OUTLET_SECTION_RE.match(text)
    return m is not None and _section_name(m["section"]) \
        and _at_most_words(m["outlet"], cues.OUTLET_SECTION_MAX_WORDS)


_OUTLET_SECTION_MARK_IN = _finder(("»", ">", "›"))


def _section_name(text: str) -> bool:
    """``text`` is one of a news site's common section names
    (:data:`normalizer.cues.text.SECTION_NAMES`), its case and end marks aside."""
    return text.strip(" :：.|»>›·•").casefold() in cues.SECTION_NAMES


def _foot_label(b: Block) -> bool:
    """A label a page prints by its story's foot, pasted right under the story's last
    line (round 24): the article's type (:func:`_type_label`: "Gastkommentar") or the paper
    a portal carries, with its town (:data:`normalizer.cues.text.OUTLET_PLACE_RE`: "The
    Daily Observer (Banjul)")."""
    return (b.words <= TAIL_TAG_MAX_WORDS and _type_label(b.text)) \
        or (b.words <= OUTLET_PLACE_MAX_WORDS and cues.OUTLET_PLACE_RE.match(b.text) is not None)


def _type_label(text: str) -> bool:
    """``text`` is an article type's label (:data:`normalizer.cues.text.
    ARTICLE_TYPE_LABELS`: "Новость", "Gastkommentar"), its case and end marks aside."""
    return text.strip(" :：.|»>›·•").casefold() in cues.ARTICLE_TYPE_LABELS


def _button_call(b: Block) -> bool:
    """A short line closed by a Korean button's call (:data:`normalizer.cues.text.
    BUTTON_CALL_ENDS`: "X 구독하기", "언론사홈 바로가기", "SNS 보내기"), no sentence, or by a
    Japanese button's to a list of articles (:data:`~normalizer.cues.text.LIST_CALL_ENDS`):
    the page's buttons pasted as lines (round 22)."""
    return (b.words <= cues.BUTTON_CALL_MAX_WORDS
            and b.text.rstrip().endswith(cues.BUTTON_CALL_ENDS) and not is_sentence(b.text)) \
        or (b.words <= cues.LIST_CALL_MAX_WORDS and b.text.rstrip().endswith(cues.LIST_CALL_ENDS))


#: A section's label closed by the bar that parted it from the next one in the page's
#: header ("Nyheter |"), a word or a few: no story line ends on a bare bar.
BAR_LABEL_MAX_WORDS = 3


def _bar_closed_label(b: Block) -> bool:
    """A label of :data:`BAR_LABEL_MAX_WORDS` words at most closed by a lone bar, no other
    bar in it (a table row pasted as a line opens with its bar or holds several), opening
    with a letter: a byline's tail left as a line (", ET Bureau|") opens with its comma and
    names the story's outlet."""
    text = b.text.strip()
    return text[-1:] in "|｜" and b.words <= BAR_LABEL_MAX_WORDS + 1 and text[:1].isalpha() \
        and text.count("|") + text.count("｜") == 1


_SHARE_TOKEN_EDGES = " :：|,.·•-–—!"


def _share_line(b: Block) -> bool:
    """A share control as a line, in any language: a verb "share" opening it, then only
    the thing shared, a preposition and networks' names (:data:`normalizer.cues.text.
    SHARE_VERBS`; "Jaa artikkeli Facebookissa", "Podziel się", "Shpërndaje në")."""
    if b.words > cues.SHARE_LINE_MAX_WORDS:
        return False
    m = cues.SHARE_VERB_RE.match(b.text)
    if m is not None:
        rest = b.text[m.end():]
    else:  # the verb last, as SOV languages put it ("Bu haberi paylaşın")
        head, _, last = b.text.rstrip(_SHARE_TOKEN_EDGES).rpartition(" ")
        if last.lower() not in cues.SHARE_VERBS_LAST:
            return False
        rest = head
    for token in rest.split():
        token = token.strip(_SHARE_TOKEN_EDGES).lower()
        if token and token not in cues.SHARE_OBJECTS and not cues.NETWORK_WORD_RE.match(token) \
                and not cues.SHARE_VERB_RE.fullmatch(token):
            return False  # (a bar of two buttons repeats the verb: "Del på X Del på e-post")
    return True


#: A row of the site's network buttons, their names only, one after another ("Facebook
#: Instagram Twitter Youtube Whatsapp Telegram" under "Síguenos"; round 51): at least this
#: many names, each a network's of :data:`normalizer.cues.text.NETWORK_STEMS` written out.
NETWORK_ROW_MIN_NAMES = 3
NETWORK_NAME_MIN_CHARS = 5
NETWORK_NAME_MAX_CHARS = 14  # ("Facebookissa": a case ending; no sentence run into it)


def _network_row(text: str) -> bool:
    tokens = [t for t in (t.strip(_SHARE_TOKEN_EDGES) for t in text.split()) if t]
    return len(tokens) >= NETWORK_ROW_MIN_NAMES and all(
        NETWORK_NAME_MIN_CHARS <= len(t) <= NETWORK_NAME_MAX_CHARS and t.isalpha()
        and cues.NETWORK_WORD_RE.match(t) for t in tokens)


#: The networks a site's note sends its readers' comments to: at least this many named.
COMMENTS_ELSEWHERE_MIN_NETWORKS = 2
#: A question to the reader opening the note ("Zustimmung, Kritik oder Anmerkungen?",
#: "Comments? Questions?"): it ends within this many words.
READER_QUESTION_MAX_WORDS = 6
_OPENING_QUESTION = re.compile(r"^[^.!?]{1,80}\?")


def _comments_elsewhere(text: str) -> bool:
    """A site's note that its comments are on networks, opened by a question to the
    reader ("Zustimmung, Kritik oder Anmerkungen? Kommentare und Diskussionen zu den
    Beiträgen auf CARTA finden sich auf Twitter und auf Facebook."): a comment word and
    :data:`COMMENTS_ELSEWHERE_MIN_NETWORKS` networks. A story's sentence on comments
    posted there asks the reader nothing."""
    m = _OPENING_QUESTION.match(text)
    return m is not None and len(m.group(0).split()) <= READER_QUESTION_MAX_WORDS \
        and cues.COMMENT_WORD_RE.search(text, m.end()) is not None \
        and len({n.casefold() for n in cues.NETWORK_NAME_RE.findall(text)}) \
        >= COMMENTS_ELSEWHERE_MIN_NETWORKS


def _follow_line(b: Block, alts: set[str]) -> _Mark | None:
    """A line asking the reader to follow the site on a network, in any language of
    :data:`normalizer.cues.text.FOLLOW_VERBS` ("Síguenos en Instagram", "تابعوا ... عبر غوغل
    نيوز"): the verb opens it, a network's name is in it; or a line of
    a network's name and a handle alone (:data:`normalizer.cues.text.NETWORK_HANDLES_RE`)."""
    size = b.words
    if size <= cues.FOLLOW_LINE_MAX_WORDS and "@" in b.text \
            and cues.NETWORK_HANDLES_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    if NETWORK_ROW_MIN_NAMES <= size <= cues.FOLLOW_LINE_MAX_WORDS and _network_row(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)  # "Facebook Instagram Twitter Youtube ..."
    if size > cues.FOLLOW_ADDRESSED_MAX_WORDS:
        return None
    if _comments_elsewhere(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if size <= cues.FOLLOW_LINE_MAX_WORDS and b.text.rstrip().endswith("?") \
            and cues.FOLLOW_QUESTION_RE.search(b.text) and cues.NETWORK_NAME_RE.search(b.text):
        b.notes["follow_question"] = True  # (its pitch under it goes too: _follow_pitch)
        return _Mark(CRUFT, RemovedKind.PROMO)
    verb_first = size <= cues.FOLLOW_LINE_MAX_WORDS and cues.FOLLOW_VERB_RE.match(b.text)
    if verb_first and cues.NETWORK_NAME_RE.search(b.text) and not is_prose(b.text):
        # (not an address: "Follow X's coverage at https://..." closes a wire story's part,
        # and a story's part made only of furniture is read as the end of the story)
        return _Mark(CRUFT, RemovedKind.PROMO)
    if verb_first and cues.FOLLOW_ORPHAN_RE.search(b.text) and not is_sentence(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)  # the networks were icons (round 10)
    # longer, or the verb further in: the line addresses the reader ("Add X as a preferred
    # source on Google to see more of our stories in your search results", "If you get X
    # from Instagram ... connect with us"), or is no sentence ("Cek berita ... di Google
    # News dan ikuti WhatsApp channel X")
    if _NETWORK_NAME_AT(b.text) and cues.FOLLOW_VERB_ANYWHERE_RE.search(b.text) \
            and cues.NETWORK_NAME_RE.search(b.text) \
            and (cues.READER_ADDRESS_RE.search(b.text) or (
                size <= cues.FOLLOW_BARE_MAX_WORDS and not is_sentence(b.text))):
        return _Mark(CRUFT, RemovedKind.PROMO)
    return None


#: Whether a network's name may stand in a line: the stems of
#: :data:`normalizer.cues.text.NETWORK_NAMES` at a word's start, found wherever
#: ``NETWORK_NAME_RE`` finds one (its pattern, spaces read as any white space), in the
#: lower-cased line where it is ASCII (see :class:`~normalizer.cues.text.StemsAtWordStart`):
#: asked first, a network's name being the rarer (the verb's pattern, under IGNORECASE,
#: was tried at every position of every line of up to 25 words).
_NETWORK_NAME_AT = cues.StemsAtWordStart(cues.NETWORK_NAMES).search


def _comment_policy(b: Block, alts: set[str]) -> _Mark | None:
    """The note a site prints over its readers' comments (comments, a rule or policy, and
    the site or its reader named in one line), or its disclaimer over what others wrote
    ("The views below do not reflect those of this site"): the page's, in any language of
    the tables in :mod:`normalizer.cues.text`. A paragraph opening with a quotation mark is
    quoted speech inside a story, never the site's disclaimer, which stands alone."""
    size = b.words
    if size > cues.POLICY_LINE_MAX_WORDS:
        return _long_comment_policy(b)
    if size > cues.PROMO_MAX_WORDS:
        # a long line, whose words no rule before has asked for: a comment policy only,
        # looked for by the stems of COMMENT_STEMS first (one scan each, in C); a line
        # quoting someone at length is a story's reported speech ("... in comments to
        # Foreign Policy magazine, which quoted him as saying "[Torture] is a breach of
        # international law ..."), which no site's policy is
        if _COMMENT_STEM_IN(b.folded) is None or _QUOTED_SPEECH.search(b.text):
            return None
        words = _line_words(b.folded)
    else:
        words = _line_words(b.folded)  # (asked by the promo rule before: known already)
    if cues.COMMENT_KEYS.found_in(words, b.folded) and cues.COMMENT_WORD_RE.search(b.text) \
            and cues.POLICY_WORD_RE.search(b.text) and cues.SITE_WORD_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if size <= cues.DISCLAIMER_MAX_WORDS and cues.DISCLAIMER_KEYS.found_in(words, b.folded) \
            and cues.DISCLAIMER_RE.search(b.text) and cues.DISCLAIMER_SELF_RE.search(b.text) \
            and not b.text.lstrip().startswith(cues.DISCLAIMER_QUOTE_OPENERS):
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None


_COMMENT_STEM_IN = _finder(cues.COMMENT_STEMS)
#: A quotation of some length inside a line (:func:`_comment_policy`).
_QUOTED_SPEECH = re.compile(r"[\"“«„][^\"”»“]{40,}[\"”»]")


def _long_comment_policy(b: Block) -> _Mark | None:
    """A comment policy of a hundred words and more (the reader's rules of conduct,
    :data:`normalizer.cues.text.POLICY_LONG_MAX_WORDS`): the three words of a short one,
    comment words again and again, and a word of moderation ("published once approved")."""
    if b.words > cues.POLICY_LONG_MAX_WORDS or _COMMENT_STEM_IN(b.folded) is None \
            or len(cues.COMMENT_WORD_RE.findall(b.text)) < cues.POLICY_LONG_MIN_COMMENT_WORDS:
        return None
    if cues.POLICY_WORD_RE.search(b.text) and cues.SITE_WORD_RE.search(b.text) \
            and cues.POLICY_MODERATION_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None


def _site_control(b: Block, alts: set[str]) -> _Mark | None:
    """The site's "report an error" control and its request to the reader, a notice to
    the readers of its app ("If you're on the X app, click here to watch live"), a link's
    text closed by its "(new window)" note, and a CMS's notice in place of a widget: the
    page's, in any of the languages of the tables in :mod:`normalizer.cues.text`."""
    size = b.words
    if size > cues.ERROR_REPORT_MAX_WORDS:
        return None
    if size <= cues.ERROR_REPORT_LABEL_MAX_WORDS and cues.ERROR_REPORT_LABELS_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if size <= cues.APP_NOTICE_MAX_WORDS and cues.APP_NOTICE_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    if size <= cues.CLICK_CALL_MAX_WORDS and cues.CLICK_CALL_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)  # "Per verificare clicca qui": a link's call
    if size <= cues.NEW_WINDOW_MAX_WORDS and b.text.rstrip()[-1:] in ")]）" \
            and cues.NEW_WINDOW_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)  # a link's text "... (new window)"
    if "ctrl" in b.folded and cues.CTRL_ENTER_RE.search(b.folded):
        return _Mark(CRUFT, RemovedKind.CHROME)  # "Select the text and press Ctrl+Enter"
    if size <= cues.SKIP_NOTICE_MAX_WORDS and cues.SKIP_NOTICE_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)  # "... Zde je můžete přeskočit."
    if size <= cues.WIDGET_FAILURE_MAX_WORDS and _widget_failure(b.text, size):
        return _Mark(CRUFT, RemovedKind.CHROME)
    words = _line_words(b.folded)
    if cues.SITE_CONTROL_KEYS.found_in(words, b.folded):  # most lines stop here
        if cues.ERROR_KEYS.found_in(words, b.folded) and cues.ERROR_WORDS_RE.search(b.text) \
                and cues.ERROR_REQUESTS_RE.search(b.text):
            return _Mark(CRUFT, RemovedKind.CHROME)
        if size <= cues.CMS_NOTICE_MAX_WORDS \
                and cues.CMS_NOTICE_WORD_KEYS.found_in(words, b.folded) \
                and cues.CMS_NOTICE_RE.search(b.text):
            return _Mark(CRUFT, RemovedKind.CHROME)
    return None


def _widget_failure(text: str, size: int) -> bool:
    """A widget's failure message (:data:`normalizer.cues.text.WIDGET_FAILURES`): a failure
    and a call to try again in one short line, or either alone on its line ("Teknisk fejl",
    "Forsøg igen senere.")."""
    if not cues.WIDGET_FAILURE_OR_RETRY.search(text):  # most lines stop here
        return False
    if size <= cues.RETRY_LINE_MAX_WORDS and cues.WIDGET_FAILURE_LINE_RE.match(text):
        return True
    return cues.WIDGET_FAILURE_RE.search(text) is not None \
        and cues.RETRY_CALL_RE.search(text) is not None


#: What each kind of :data:`normalizer.cues.text.SITE_NOTICES` is taken out as.
_NOTICE_KINDS = {"comments closed": RemovedKind.CHROME, "article age": RemovedKind.CHROME,
                 "blocked content": RemovedKind.CHROME,
                 "reprint rights": RemovedKind.CHROME,
                 "ai audio": RemovedKind.CHROME, "privacy consent": RemovedKind.PROMO,
                 "app download": RemovedKind.PROMO, "newsletter terms": RemovedKind.PROMO,
                 "needs script": RemovedKind.CHROME, "like request": RemovedKind.CHROME,
                 "broadcast times": RemovedKind.PROMO,
                 "investment disclaimer": RemovedKind.CHROME, "print edition": RemovedKind.CHROME,
                 "paywall": RemovedKind.PAYWALL, "ad block": RemovedKind.PROMO,
                 "share request": RemovedKind.CHROME, "media failed": RemovedKind.CHROME,
                 "reading meter": RemovedKind.PAYWALL, "ai summary": RemovedKind.CHROME,
                 "digest offer": RemovedKind.PROMO, "membership appeal": RemovedKind.PROMO,
                 "data rights": RemovedKind.PROMO, "programme note": RemovedKind.PROMO,
                 "subscriber perks": RemovedKind.PROMO, "home screen": RemovedKind.PROMO,
                 "subscription call": RemovedKind.PROMO,
                 "affiliate disclosure": RemovedKind.PROMO, "listen call": RemovedKind.CHROME,
                 "archived section": RemovedKind.CHROME,
                 "comment options": RemovedKind.CHROME,
                 "comment disclaimer": RemovedKind.CHROME, "comment login": RemovedKind.CHROME,
                 "sign-up form": RemovedKind.PROMO, "share by mail": RemovedKind.CHROME,
                 "comment rules": RemovedKind.CHROME, "login box": RemovedKind.CHROME,
                 "embed consent": RemovedKind.CHROME, "gift article": RemovedKind.CHROME}


#: A site's contact box: lines (or a table's cells, parted by " | ") that each end with an
#: e-mail address after a short label ("Πληροφορίες για διαφήμιση pzante@example.gr").
_CONTACT_PART_RE = re.compile(r"^[^@]{0,80}?\s[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$",
                              re.IGNORECASE)
_CONTACT_SPLIT_RE = re.compile(r"\s*(?:\n|\s\|\s)\s*")


def _contact_list(text: str) -> bool:
    """A box of two or more contact lines (:data:`_CONTACT_PART_RE`): each a department's
    label and its address, no sentence of a story (a reporter's own address alone is one
    line, read as a tip line or sign-off elsewhere)."""
    parts = [p for p in _CONTACT_SPLIT_RE.split(text.strip()) if p.strip(" |")]
    return len(parts) >= 2 and all(_CONTACT_PART_RE.match(p) for p in parts)


def _site_notice(b: Block, alts: set[str]) -> _Mark | None:
    """A notice the site prints beside every story, by two words of one row of
    :data:`normalizer.cues.text.SITE_NOTICES` (comments closed, the article's age, its
    machine-read audio, a privacy consent, an order to get the app, a programme's
    broadcast times); a tip line (the
    newsroom's e-mail address and a request to send news), or a reporter's address alone
    closing the story. An order to get the app is no sentence, or it addresses the reader
    ("Download our app!"); "Millions downloaded the app." is a story's. So is a paywall's
    line ("订阅后继续阅读"; "会员单位可提前获取全文。" is a story's)."""
    size = b.words
    if "@" in b.text:
        if cues.END_MATTER_RE.match(b.text):
            return _Mark(CRUFT, RemovedKind.CHROME)
        if size <= cues.TIP_LINE_MAX_WORDS and cues.EMAIL_RE.search(b.text) \
                and cues.TIP_WORD_RE.search(b.text):
            return _Mark(CRUFT, RemovedKind.PROMO)
        if _contact_list(b.text):
            return _Mark(CRUFT, RemovedKind.CHROME)
    if size <= cues.PHONE_LIST_MAX_WORDS and b.text.rstrip(". ")[-1:].isdigit() \
            and cues.PHONE_LIST_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.CHROME)  # "Contact: 624-6456; 225-8452 or ..."
    if size > cues.SITE_NOTICE_OR_ABOUT_US_MAX_WORDS \
            or not cues.SITE_NOTICE_OR_ABOUT_US.search(b.text):
        return None
    if size <= cues.ABOUT_US_MAX_WORDS and cues.ABOUT_US_STEMS.search(b.text) \
            and cues.ABOUT_US_RE.search(b.text) \
            and cues.READER_ADDRESS_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    if size > cues.SITE_NOTICE_MAX_WORDS or not cues.SITE_NOTICE_STATES.search(b.text):
        return None
    for notice, states in _NOTICE_STATES:
        if size <= notice.max_words and states.search(b.text) \
                and notice.found(b.text, size) and (
                notice not in (cues.APP_DOWNLOAD, cues.PAYWALL_NOTICE) or not is_sentence(b.text)
                or cues.READER_ADDRESS_RE.search(b.text)):
            return _Mark(CRUFT, _NOTICE_KINDS[notice.kind])
    return None


#: Each row of :data:`normalizer.cues.text.SITE_NOTICES` with its state stems as a
#: :class:`~normalizer.cues.text.StemsAtWordStart` (the row's own ``state_re``, answered as
#: the joint test of every row's states is): a line that passed the joint test holds the
#: state words of a row or two, and each row's own test searched it under IGNORECASE
#: (the rows' loop was half of this rule's time; the answers are the same).
_NOTICE_STATES = tuple((notice, cues.StemsAtWordStart(notice.state))
                       for notice in cues.SITE_NOTICES)


@lru_cache(maxsize=4096)
def _line_words(folded: str) -> list[str]:
    """The line's words, as the tables' keys are compared with them."""
    return cues.line_words(folded)


def _page_widget(b: Block, alts: set[str]) -> _Mark | None:
    """A real page's widget pasted as a line (round 19), by its shape: the placeholder of
    an address Cloudflare hid, a player's embed code, its row of times ("Listen · 3:51"),
    its programme label ("Heard on X"), a comment's head (its title closed by its score,
    its author's line with the user's number), a wire's long rights notice. See the tables of
    :mod:`normalizer.cues.text`."""
    text = b.text
    if "[" in text and cues.PROTECTED_ADDRESS_RE.match(text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if "<" in text and b.words <= EMBED_MAX_WORDS and cues.EMBED_CODE_RE.match(text):
        return _Mark(CRUFT, RemovedKind.OTHER)
    if ":" in text and b.words <= PLAYER_ROW_MAX_WORDS and cues.PLAYER_ROW_RE.match(text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if b.words <= cues.HEARD_ON_MAX_WORDS and cues.HEARD_ON_RE.match(text) \
            and not is_sentence(text):
        return _Mark(CRUFT, RemovedKind.CHROME)
    if _comment_head(b) or _legal_notice(b) or _breadcrumb(text) or _month_grid(b):
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None


#: A month's last day and the latest first day of a calendar grid's first row.
MONTH_LAST_DAYS = (28, 29, 30, 31)
MONTH_GRID_FIRST_DAY_MAX = 7


def _month_grid(b: Block) -> bool:
    """A calendar widget's grid of days pasted as a table (an archive box's "March 2016"
    over "1 2 3 4 / 5 6 7 ... 31"): every cell a figure, each the one before plus one,
    from a first week's day to a month's last day. Dates of no story."""
    if b.kind != BlockKind.TABLE:
        return False
    cells = b.text.split()
    if not cells or not all(c.isdigit() for c in cells):
        return False
    days = [int(c) for c in cells]
    return days[0] <= MONTH_GRID_FIRST_DAY_MAX and days[-1] in MONTH_LAST_DAYS \
        and days == list(range(days[0], days[0] + len(days)))


_BREADCRUMB_MARK_IN = _finder(tuple(cues.BREADCRUMB_MARKS))


def _breadcrumb(text: str) -> bool:
    """A page's breadcrumb trail pasted as a line (round 21: "网易 > 新闻中心 > 滚动新闻 >
    正文", "首頁>港聞>"): short parts split by ">" or "›", two splits at least or one closing
    the line (:data:`normalizer.cues.text.BREADCRUMB_PART_MAX_WORDS`), none a sentence. A
    story's "A > B" compares two things once and goes on. A theme's trail of the post's
    categories split by spaced slashes ("News / News Headlines / Top Stories") is one too,
    three capitalised parts at least (a story's "and / or" is lower-case); so is a trail
    with no marks that opens with the link home and runs on to the post's title, cut
    (:data:`normalizer.cues.text.HOME_TRAIL_RE`)."""
    if len(text) > cues.BREADCRUMB_MAX_PARTS * (cues.BREADCRUMB_PART_MAX_CHARS + 3):
        return False
    if cues.HOME_TRAIL_RE.match(text) and not is_sentence(text.rstrip(".…")):
        return True  # "Início Variedades Caderno 01 Quintal dentro do apê: ... à sala..."
    if _BREADCRUMB_MARK_IN(text) is None:
        steps = cues.CATEGORY_TRAIL_SPLIT_RE.split(text.strip())
        return 3 <= len(steps) <= cues.BREADCRUMB_MAX_PARTS and all(
            step[:1].isupper() and len(step) <= cues.BREADCRUMB_PART_MAX_CHARS
            and _at_most_words(step, cues.BREADCRUMB_PART_MAX_WORDS) and not is_sentence(step)
            for step in steps)
    parts = cues.BREADCRUMB_SPLIT_RE.split(text.strip())
    closed = not parts[-1]
    if closed:
        parts.pop()
    if not 2 <= len(parts) <= cues.BREADCRUMB_MAX_PARTS or (len(parts) < 3 and not closed):
        return False
    return all(part and len(part) <= cues.BREADCRUMB_PART_MAX_CHARS
               and _at_most_words(part, cues.BREADCRUMB_PART_MAX_WORDS)
               and not is_sentence(part) and any(map(str.isalpha, part)) for part in parts)


def _legal_notice(b: Block) -> bool:
    """A wire's long rights notice (:data:`normalizer.cues.text.LEGAL_NOTICE_MAX_WORDS`):
    longer than a copyright line, its reproduction ban among its first words. Chrome, not
    a copyright line: it is printed under the wire's pictures on another agency's story
    and names no source of the story."""
    if not cues.COPYRIGHT_MAX_WORDS < b.words <= cues.LEGAL_NOTICE_MAX_WORDS \
            or _COPYRIGHT_WORD_IN(b.folded) is None:
        return False
    lead = " ".join(b.text.split()[:cues.LEGAL_NOTICE_LEAD_WORDS])
    return cues.RESERVED_RE.search(lead) is not None


#: The longest player row, in words (a label, two times and their separators).
PLAYER_ROW_MAX_WORDS = 8
#: The longest comment title with its score, in words.
COMMENT_HEAD_MAX_WORDS = 16


def _comment_head(b: Block) -> bool:
    """A comment's head as a thread prints it: its title closed by its score ("Re: X
    (Score:2)"), or its author's line with the user's number ("by name ( 1311177 )
    writes:")."""
    return ")" in b.text and b.words <= COMMENT_HEAD_MAX_WORDS and (
        cues.COMMENT_SCORE_RE.search(b.text) is not None
        or cues.COMMENT_AUTHOR_RE.match(b.text) is not None)


def _tweet_signoff(b: Block, alts: set[str]) -> _Mark | None:
    """An embedded tweet's sign-off ("— Name (@handle) January 7, 2020") is the quote's
    own line: text, neither a date line nor a story's closing credit."""
    return _Mark(TEXT) if cues.TWEET_SIGNOFF_RE.match(b.text) else None


def _embed_or_spam(b: Block, alts: set[str]) -> _Mark | None:
    """An embedded post's label, or an ad spelled in look-alike letters."""
    if b.words <= EMBED_MAX_WORDS and cues.EMBED_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.OTHER)
    if not b.text.isascii() and cues.CYRILLIC_LETTER_RE.search(b.text) \
            and cues.LATIN_LETTER_RE.search(b.text) \
            and len(cues.MIXED_SCRIPT_WORD_RE.findall(b.text)) >= MIXED_SCRIPT_MIN_WORDS:
        return _Mark(CRUFT, RemovedKind.PROMO)
    return None


def _term_list(b: Block, alts: set[str]) -> _Mark | None:
    """The post's categories or tags pasted as a line: short terms between commas, no
    sentence, no figures (see :data:`TERM_LIST_MIN_ITEMS`)."""
    if b.kind != BlockKind.P or is_sentence(b.text) or any(map(str.isdigit, b.text)):
        return None
    # as many terms as separators and one (counted first: most lines have two or three)
    if sum(map(b.text.count, cues.TERM_SEPARATORS)) + 1 < TERM_LIST_MIN_ITEMS - b.link_only:
        return None
    terms = [t.strip() for t in cues.TERM_SEPARATOR_RE.split(b.text)]
    if len(terms) < TERM_LIST_MIN_ITEMS - b.link_only or not all(terms):
        return None
    sizes = [len(t.split()) for t in terms]
    if max(sizes) > TERM_MAX_WORDS or sizes.count(1) < TERM_LIST_MIN_BARE:
        return None
    if not b.link_only and not all(t[0].isupper() or not t[0].isalpha() for t in terms):
        return None
    return _Mark(CRUFT, RemovedKind.CHROME)


def _bracket_label(b: Block, alts: set[str]) -> _Mark | None:
    """A section's label alone in CJK brackets ("【熱門點閱】"): chrome. Asked after the
    sign-off rule: "【南方日报】" closing a story names its source."""
    if b.text.lstrip()[:1] in cues.BRACKET_LABEL_OPENERS and b.text.strip() \
            and cues.BRACKET_LABEL_RE.match(b.text) \
            and not openers.CLOSING_CREDIT_RE.match(b.text):  # (not "【编辑：姚昊】", round 48)
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None


def _pasted_furniture(b: Block, alts: set[str]) -> _Mark | None:
    """Furniture pasted as plain paragraphs (issue 10; written after seeing the sixth
    held-out set's failures): a gallery's label with its counter ("View [3/10]"), an agency
    desk's initials alone ("ab/cde/fg"), a caption closed by a bracket telling where its
    video or photo came from, "» READ ON THE SITE: <title>", "For more ... visit X", and a
    prompt to comment alone in brackets. Each is asked only of lines a character test lets
    through (a closing bracket, a slash, a colon, "for"/"para"/...)."""
    text, size = b.text, b.words
    tail = text.rstrip(" .")
    if tail.endswith((")", "]")):
        if size <= cues.GALLERY_LABEL_MAX_WORDS and "/" in tail[-9:] \
                and (m := cues.GALLERY_COUNTER_RE.search(tail)) is not None \
                and 0 < int(m["n"]) <= int(m["of"]) and m.start() > 0:
            return _Mark(CRUFT, RemovedKind.CAPTION)
        if size <= cues.MEDIA_CAPTION_MAX_WORDS and b.kind == BlockKind.P \
                and (m := cues.MEDIA_TAIL_RE.search(text)) is not None \
                and len(m.group().split()) >= cues.MEDIA_TAIL_MIN_WORDS and m.start() > 0 \
                and cues.MEDIA_SOURCE_RE.search(m.group()) is not None \
                and _sentences(text[:m.start()]) <= CAPTION_SENTENCES_MAX:
            return _Mark(CRUFT, RemovedKind.CAPTION)
        if size <= cues.COMMENT_PROMPT_MAX_WORDS and text.lstrip()[:1] in "([" \
                and cues.COMMENT_CALL_RE.search(text) is not None:
            return _Mark(CRUFT, RemovedKind.CHROME)
    if size <= cues.DESK_INITIALS_MAX_WORDS and "/" in text and cues.DESK_INITIALS_RE.match(text):
        return _Mark(CRUFT, RemovedKind.COPYRIGHT)
    if size <= cues.READ_ON_MAX_WORDS and ":" in text and cues.READ_ON_RE.match(text):
        return _Mark(CRUFT, RemovedKind.RELATED_LINK)
    if size <= cues.MORE_VISIT_MAX_WORDS and cues.MORE_VISIT_RE.match(text) \
            and not cues.ADDRESS_IN_LINE_RE.search(text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    return None



def _print_mark(b: Block, alts: set[str]) -> _Mark | None:
    """A mark of the printed page kept by a press database's export (issue 10, round 20):
    the jump to another page, a picture or table the export left out, the page's graphic
    field (:data:`normalizer.cues.text.PRINT_MARK_RE`). No story's sentence is shaped so."""
    if b.words <= cues.PRINT_MARK_MAX_WORDS and cues.PRINT_MARK_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.CAPTION)
    return None


def _translation_note(b: Block, alts: set[str]) -> _Mark | None:
    """"Traduit de l’anglais" alone on its line (:data:`normalizer.cues.openers.
    TRANSLATED_FROM_RE`): a note on the story, no sentence of its."""
    if b.words <= 8 and openers.TRANSLATED_FROM_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.CREDIT)
    return None


def _article_source_boxes(blocks: list[Block]) -> None:
    """A box crediting the paper a story was taken from: its heading (:data:`normalizer.
    cues.openers.ARTICLE_SOURCE_HEADING_RE`, "Source de l’article"), the paper's name under
    it, then the paper's blurb, up to :data:`~normalizer.cues.openers.
    ARTICLE_SOURCE_BLURB_REACH` paragraphs before the next line taken out: no story's text
    (the name is the story's source, read from the heading by the attribution)."""
    for i, b in enumerate(blocks):
        if b.role == META or not openers.ARTICLE_SOURCE_HEADING_RE.match(b.text):
            continue
        box = [o for o in blocks[i + 1:i + 2 + openers.ARTICLE_SOURCE_BLURB_REACH]
               if o.role != SEP]
        if not box or box[0].role != TEXT or box[0].words > 8 or is_sentence(box[0].text):
            continue
        end = next((k for k, o in enumerate(box) if o.role != TEXT), None)
        if end is None:
            continue  # (a box ends where the page's furniture begins again)
        for o in (b, *box[:end]):
            if o.role == TEXT:
                o.mark(CRUFT, RemovedKind.CREDIT)


def _pasted_credit_or_call(b: Block, alts: set[str]) -> _Mark | None:
    """Credits and calls pasted as paragraphs (issue 10, round 10), each by its shape and
    asked only of lines a character or length test lets through: a short caption closed by
    a bracket naming a network or slash-joined sources ("Name (AGENCY/Facebook/Name)"), a
    credit label glued to a caption's last word ("...wordФото: Name"), a photo label before
    a bar ("Imagen | Names"), "In <Site> | <title>", a call to watch a video, a sign-up call
    for alerts, and a print edition's section label."""
    text, size = b.text, b.words
    if size <= cues.SOURCE_BRACKET_MAX_WORDS and b.kind == BlockKind.P \
            and text.rstrip(" .").endswith(")") and _source_bracket(text):
        return _Mark(CRUFT, RemovedKind.CAPTION)
    if size <= 2 * CAPTION_MAX_WORDS and text.rstrip(" .").endswith(")") \
            and _doubled_credited_caption(text):
        return _Mark(CRUFT, RemovedKind.CAPTION)
    if ":" in text and size <= CAPTION_MAX_WORDS and cues.GLUED_LABEL_RE.search(text):
        return _Mark(CRUFT, RemovedKind.CAPTION)
    if "|" in text:
        if size <= cues.PHOTO_LABEL_MAX_WORDS and cues.PHOTO_LABEL_BAR_RE.match(text):
            return _Mark(CRUFT, RemovedKind.CAPTION)
        if size <= cues.SITE_POINTER_MAX_WORDS and cues.SITE_POINTER_RE.match(text) \
                and not is_prose(text):
            return _Mark(CRUFT, RemovedKind.RELATED_LINK)
    if size <= cues.WATCH_CALL_MAX_WORDS and text.rstrip()[-1:] in cues.WATCH_CALL_ENDS \
            and cues.VIDEO_WORD_RE.search(text) and cues.WATCH_VERB_RE.search(text):
        b.notes["watch_call"] = True  # (what follows it to the end: see _after_watch_call)
        return _Mark(CRUFT, RemovedKind.PROMO)
    if size <= 3 and b.folded.strip(" .") in cues.CREDIT_WORDS_ALONE:
        return _Mark(CRUFT, RemovedKind.CAPTION)
    if size <= cues.ALERT_CALL_MAX_WORDS and cues.ALERT_CALL_RE.match(text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    if size <= cues.NEWSLETTER_BOX_MAX_WORDS and cues.NEWSLETTER_BOX_RE.match(text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    if cues.PRINT_EDITION_RE.match(text) and size <= CHROME_LINE_MAX_WORDS:
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None



def _shop_row(b: Block, alts: set[str]) -> _Mark | None:
    """A shop's price box pasted into an article as a table: every row but its header holds
    a price and ends with a shop's button ("1 Xbox Wireless Controller 53,99 EUR Bei Amazon
    ansehen", :data:`normalizer.cues.text.SHOP_BUTTON_RE`): the shop's, no text."""
    if b.kind != BlockKind.TABLE:
        return None
    rows = [r for r in b.text.split("\n") if r.strip()]
    shop = sum(bool(cues.SHOP_BUTTON_RE.search(r) and cues.PRICE_RE.search(r)) for r in rows)
    return _Mark(CRUFT, RemovedKind.PROMO) if shop and shop >= len(rows) - 1 else None


def _pasted_credit_alone(b: Block, alts: set[str]) -> _Mark | None:
    """Credits, calls and appeals pasted as paragraphs that the rules before leave (issue
    10, round 10b), each asked only of lines a character or length test lets through: a
    photo credit alone ("Name Name/Agency", "(Name / For The Paper)", "(Name Studio
    Photography)"), a credit label before slash-joined credits ("Crédito: X/TV"), a call
    to write in cut where its address was a link ("Questions? Email us at"), the site's
    donation appeal (a first-person call for help naming gifts and ways to pay), a
    caption run on into its agency's name (:data:`normalizer.cues.text.AGENCY_TAIL_RE`)
    and a Chinese caption opened by its mark (:data:`normalizer.cues.text.
    CAPTION_OPENING_MARKS`)."""
    text, size = b.text, b.words
    if size <= cues.PASTED_CREDIT_MAX_WORDS and b.kind == BlockKind.P:
        if ("/" in text or text.lstrip()[:1] == "(") and cues.PASTED_CREDIT_RE.match(text):
            return _Mark(CRUFT, RemovedKind.CAPTION)
        if ":" in text and "/" in text and cues.CREDIT_LABEL_LINE_RE.match(text):
            return _Mark(CRUFT, RemovedKind.CAPTION)
    if size <= cues.CAPTION_LABEL_MAX_WORDS and ":" in text[:30] \
            and cues.CAPTION_LABEL_RE.match(text):
        return _Mark(CRUFT, RemovedKind.CAPTION)
    if text.lstrip()[:1] in cues.CAPTION_OPENING_MARKS and size <= CAPTION_MAX_WORDS \
            and _script_of(text.lstrip()[1:]) == "CJK" and not is_prose(text):
        return _Mark(CRUFT, RemovedKind.CAPTION)  # "△ 系统架构图": a caption's mark
    if cues.AGENCY_TAIL_MIN_WORDS <= size <= CAPTION_MAX_WORDS and b.kind == BlockKind.P \
            and text.rstrip()[-1:].isupper() and (m := cues.AGENCY_TAIL_RE.search(text)) \
            and not is_sentence(text) and not is_prose(text) \
            and canonical_source(m["agency"]) is not None:
        return _Mark(CRUFT, RemovedKind.CAPTION)  # "... de memorias AP": a caption's credit
    if size <= cues.CONTACT_CALL_MAX_WORDS \
            and b.folded.rstrip(" :.…").endswith(cues.CONTACT_CALL_ENDS):
        return _Mark(CRUFT, RemovedKind.PROMO)
    if cues.APPEAL_GIVING_MIN <= size <= cues.APPEAL_MAX_WORDS and b.kind == BlockKind.P \
            and cues.APPEAL_US_STEMS.search(text) and cues.APPEAL_US_RE.search(text) \
            and len(set(m.group().casefold() for m in cues.APPEAL_GIVING_RE.finditer(text))) \
            >= cues.APPEAL_GIVING_MIN:
        return _Mark(CRUFT, RemovedKind.PROMO)
    return None


def _doubled_credited_caption(text: str) -> bool:
    """A picture's alt text and its caption pasted as one line: the same words twice, each
    closed by a bracket naming an outlet of the table ("Caption (أسوشيتد برس) Caption
    (أسوشيتد برس)", round 25). A story's sentence does not repeat itself whole."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 or half < 2 or words[:half] != words[half:]:
        return False
    m = cues.SOURCE_BRACKET_RE.search(" ".join(words[:half]))
    return m is not None and canonical_source(m["inner"]) is not None


def _source_bracket(text: str) -> bool:
    """The line's closing bracket names where its picture came from (see
    :data:`normalizer.cues.text.SOURCE_BRACKET_RE`) and the words before it are no
    sentence: a network and a name, or sources joined by slashes with a network or an
    outlet of the table among them."""
    m = cues.SOURCE_BRACKET_RE.search(text.rstrip(" ."))
    if m is None or m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".!?:;,":
        return False
    inner = m["inner"]
    if "/" in inner:  # (a source is a name of a few words: "Meta figures show it" is prose)
        parts = [p.strip() for p in inner.split("/")]
        return all(0 < len(p.split()) <= CAPTION_NAME_MAX_WORDS for p in parts) and any(
            cues.NETWORK_NAME_RE.fullmatch(p) or canonical_source(p) is not None
            for p in parts)
    opening = cues.NETWORK_NAME_RE.match(inner)
    return opening is not None and inner[opening.end():][:1] == " " \
        and all(w[:1].isupper() for w in inner.split())  # "(Instagram Name Name)"

def _signoff(b: Block, alts: set[str]) -> _Mark | None:
    if b.words <= SIGNOFF_MAX_WORDS and signoff_source(b.text):
        b.notes["signoff"] = True  # attribution reads the outlet it names
        return _Mark(CRUFT, RemovedKind.COPYRIGHT)
    return None


def _related_link(b: Block, alts: set[str]) -> _Mark | None:
    text, size = b.text, b.words
    if _label_only(text) \
            or ((cues.RELATED_RE.match(text) or cues.READ_LABEL_RE.match(text))
                and (size <= RELATED_LINE_MAX_WORDS or (
                    size <= cues.RELATED_BULLETED_MAX_WORDS
                    and len(cues.RELATED_BULLET_RE.findall(text)) >= cues.RELATED_BULLETS_MIN))) \
            or (size <= cues.RELATED_POINTER_MAX_WORDS and (
                cues.RELATED_POINTER_RE.match(text) or (
                    text.rstrip()[-1:] in cues.POINTER_ARROWS
                    and cues.POINTER_ARROWS_RE.search(text))
                or (not is_sentence(text) and cues.POINTER_ARROWS_LEAD_RE.match(text)))) \
            or (size <= RELATED_LINE_MAX_WORDS and not is_sentence(text)
                and cues.RELATED_GLUED_RE.match(text)) \
            or (size <= cues.POINTER_TRIANGLE_MAX_WORDS
                and text.rstrip()[-1:] in cues.POINTER_TRIANGLES and not is_prose(text)) \
            or (size <= POINTER_LINE_MAX_WORDS and text.rstrip()[-1:] not in "?\"”»"
                and cues.POINTER_LINK_END_RE.search(text)) \
            or (b.kind == BlockKind.P and not b.bold and size <= cues.RELATED_POINTER_MAX_WORDS
                and openers.MORE_FROM_RE.match(text)) \
            or (size <= RELATED_LINE_MAX_WORDS and not is_sentence(text)
                and cues.PREV_NEXT_RE.match(text)) \
            or (size <= LINK_TITLE_MAX_WORDS and "|" in text and _pipe_title(text)):
        # (a heading "More from X" is left to the splitter, which reads the list under it)
        return _Mark(CRUFT, RemovedKind.RELATED_LINK)
    return None


def _pipe_title(text: str) -> bool:
    """A page's title pasted whole: a headline, then short parts split by pipes (see
    :data:`normalizer.cues.text.PIPE_TITLE_RE`), no sentence at its end."""
    if is_sentence(text) or not cues.PIPE_TITLE_RE.match(text):
        return False
    head, *parts = (p.strip() for p in text.split(" | "))
    return len(head.split()) >= cues.PIPE_TITLE_HEAD_MIN_WORDS and len(parts) >= 2 \
        and all(0 < len(p.split()) <= cues.PIPE_TITLE_PART_MAX_WORDS for p in parts)


def _promo_link(b: Block, alts: set[str]) -> _Mark | None:
    if cues.PROMO_LINK_MARK in b.text and cues.PROMO_LINK_RE.search(b.text) \
            and not is_sentence(b.text) \
            and b.words <= PROMO_LINK_MAX_WORDS:
        return _Mark(CRUFT, RemovedKind.PROMO)
    if b.text.rstrip().endswith(")") and b.words <= PROMO_LINK_MAX_WORDS \
            and cues.FREE_ACCESS_LINK_RE.search(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)
    return None


def _promo_or_paywall(b: Block, alts: set[str]) -> _Mark | None:
    if b.words <= openers.AD_PHONE_LINE_MAX_WORDS and b.text.rstrip()[-1:].isdigit() \
            and (m := openers.AD_PHONE_END_RE.search(b.text)) and b.text[:m.start()].strip():
        # an advertiser's card, its name before its number ("... τηλ: 2463022326"; the
        # site's own "Tel.: ..." line is its contact box's)
        return _Mark(CRUFT, RemovedKind.PROMO)
    if b.words <= cues.PROMO_MAX_WORDS and cues.NEWSSTAND_RE.match(b.text) \
            and (b.words <= cues.NEWSSTAND_MAX_WORDS or b.text.isupper()):
        return _Mark(CRUFT, RemovedKind.PROMO)  # "IN EDICOLA A ROMA DA VENERDI 11 ..."
    if b.words <= cues.LIKED_ARTICLE_MAX_WORDS and cues.LIKED_ARTICLE_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.PROMO)  # "Hat Ihnen dieser Artikel gefallen? ..."
    if not is_promo(b):
        return None
    paywall = cues.PAYWALL_WORDS_RE.search(b.text)
    return _Mark(CRUFT, RemovedKind.PAYWALL if paywall else RemovedKind.PROMO)


def _link_title(b: Block, alts: set[str]) -> _Mark | None:
    if b.link_only and not is_sentence(b.text) and b.kind == BlockKind.P \
            and LINK_TITLE_MIN_WORDS <= b.words <= LINK_TITLE_MAX_WORDS:
        return _Mark(CRUFT, RemovedKind.RELATED_LINK)
    return None


def _date_line(b: Block, alts: set[str]) -> _Mark | None:
    is_date, _rest = split_date_line(b.text)
    return _Mark(META, MetaKind.DATE) \
        if is_date or _cjk_fields_dated(b.text) or _posted_fields(b) else None


def _posted_fields(b: Block) -> bool:
    """A theme's fields line, "Posted By: NAME on: DATE In: SECTIONS" (:data:`normalizer.
    cues.text.POSTED_FIELDS_RE`), its date a day: the story's date line; the writer named
    in it is noted for the byline (``fields_by``)."""
    if b.words > cues.POSTED_FIELDS_MAX_WORDS or ":" not in b.text \
            or (m := cues.POSTED_FIELDS_RE.match(b.text)) is None \
            or parse_date(m.group("date")) is None:
        return False
    b.notes["fields_by"] = m.group("name").strip()
    return True


def _cjk_fields_dated(text: str) -> bool:
    """A Chinese article's metadata line of labelled fields only, one a date ("时间：
    2024.05.11 来源：光明日报 作者：南帆 分享到："; :data:`normalizer.cues.text.
    CJK_FIELD_RE`): the date line, its source and writer read from it as from any. The
    date may open it unlabelled ("2019-09-09 19:32:27 字号：A- A A+ 来源：中新网", round 48)."""
    if len(text) > cues.CJK_FIELDS_MAX_CHARS or ("：" not in text and ":" not in text):
        return False
    pieces = cues.CJK_FIELD_RE.split(text.strip())
    return len(pieces) > cues.CJK_FIELDS_MIN \
        and (not pieces[0].strip() or split_date_line(pieces[0])[0]) \
        and parse_date(text) is not None


def _ad_signed(b: Block, alts: set[str]) -> _Mark | None:
    """A paragraph signed as an ad at its end (:data:`normalizer.cues.text.AD_SIGN_END_RE`):
    pasted promotion however long, never the story's (a story names an ad without a dash,
    an asterisk or a bracket before the label closing its paragraph)."""
    if _closing_letters(b.text).casefold() not in _AD_SIGN_LAST_WORDS:
        return None  # (the pattern's search reads a long paragraph all through)
    found = cues.AD_SIGN_END_RE.search(b.text)
    if found is None:
        return None
    label = found.group("label").casefold()
    if label in cues.AD_LABELS or label in cues.AD_SIGN_SHORT_LABELS:
        return _Mark(CRUFT, RemovedKind.CHROME)
    return None


#: The last words of the ad labels, case-folded: a cheap first test. The label the pattern
#: finds closes the paragraph (only white space, a bracket and a full stop or an
#: exclamation mark after it), and a dash, an asterisk, a bracket or a space stands before
#: its last word: that word is the paragraph's closing run of letters
#: (:func:`_closing_letters`), and it is a label's only where it is one of these.
_AD_SIGN_LAST_WORDS = frozenset(w.split()[-1].casefold()
                                for w in (*cues.AD_LABELS, *cues.AD_SIGN_SHORT_LABELS)
                                if w.split())


def _closing_letters(text: str) -> str:
    r"""The run of letters (the patterns' ``[^\W\d_]``: no digit, no underscore) that
    closes ``text`` once white space, closing brackets, full stops and exclamation marks
    are taken off its end ("" where something else stands there)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in ")].!"):
        end -= 1
    start = end
    while start and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    return text[start:end]


def _export_field(b: Block, alts: set[str]) -> _Mark | None:
    """A news database export's field line (:data:`normalizer.cues.text.EXPORT_FIELD_RE`:
    "LENGTH: 239 words", "254 words"), pasted or dumped: the story's
    metadata, not its text (round 18)."""
    if b.words <= cues.EXPORT_FIELD_MAX_WORDS \
            and any(c in b.text for c in cues.EXPORT_FIELD_MARKS) \
            and cues.EXPORT_FIELD_RE.match(b.text):
        return _Mark(CRUFT, RemovedKind.OTHER)
    return None


def _byline(b: Block, alts: set[str]) -> _Mark | None:
    if cues.BYLINE_RE.match(b.text) and b.words <= BYLINE_MAX_WORDS \
            and not is_sentence(b.text.rstrip(".")):
        return _Mark(META, MetaKind.BYLINE)
    if b.words <= cues.BYLINE_ADDRESS_MAX_WORDS and ("@" in b.text or "protected" in b.text) \
            and (m := cues.BYLINE_ADDRESS_RE.match(b.text)) and m.group("names")[:1].isupper():
        return _Mark(META, MetaKind.BYLINE)  # "AFP/The Local - x@y": names, their address
    if b.words <= BYLINE_MAX_WORDS and (cues.CORRESPONDENT_LINE_RE.match(b.text)
                                         or cues.STAFF_REPORTS_LINE_RE.match(b.text)):
        return _Mark(META, MetaKind.BYLINE)  # "DALLA NOSTRA CORRISPONDENTE": the role alone
    if b.words <= BYLINE_MAX_WORDS and "," in b.text and _desk_signed(b.text):
        return _Mark(META, MetaKind.BYLINE)  # "Toni McAllister, Patch Staff"
    if cues.KOREAN_BYLINE_LINE_RE.match(b.text):  # "박준석 기자 외 1명": names, then the role
        b.notes["role_byline"] = True  # (under the headline: the splitter reads it)
        return _Mark(META, MetaKind.BYLINE)
    return None


def _desk_signed(text: str) -> bool:
    """A writer's name and, after a comma, the newsroom's staff they belong to ("Toni
    McAllister, Patch Staff", "Jane Doe, Staff Writer"; :data:`STAFF_SUFFIXES`): a byline
    without its "By", which over a date line would otherwise head a story of its own (round
    44). A correspondent's line ("Caroline Hawley, BBC diplomatic correspondent") opens an
    analysis box inside the article: the splitter reads it as it did."""
    head, _, tail = text.strip().rpartition(",")
    tail = tail.strip(" .")
    return (openers.person_name(head) or openers.names_line(head, min_words=2)) \
        and _STAFF_END.search(" " + tail) is not None and tail[:1].isupper() \
        and (tail.casefold() in STAFF_SUFFIXES or newsroom_of(tail) is not None)


#: The staff words that sign a writer for their newsroom (of
#: :data:`normalizer.cues.outlets.NEWSROOM_SUFFIXES`).
STAFF_SUFFIXES = tuple(s for s in NEWSROOM_SUFFIXES if s.startswith("staff"))
_STAFF_END = re.compile(r"\s(?:" + "|".join(sorted(STAFF_SUFFIXES, key=len, reverse=True))
                        + r")$", re.IGNORECASE)


#: The first pass, in order: the first rule that marks a line decides it (a photo credit
#: beats a copyright sign, a sign-off beats a related link, and so on). A new kind of
#: line is a cue in :mod:`normalizer.cues.text` and a rule here.
LINE_RULES: tuple[Callable[[Block, set[str]], _Mark | None], ...] = (
    _separator, _tweet_signoff, _image_alt, _photo_caption, _copyright, _chrome,
    _embed_or_spam, _page_widget, _signoff, _bracket_label, _pasted_furniture, _print_mark,
    _pasted_credit_or_call, _pasted_credit_alone, _shop_row,
    _related_link, _site_control, _site_notice, _follow_line, _promo_link, _promo_or_paywall,
    _ad_signed, _comment_policy, _translation_note,
    _link_title, _date_line, _byline, _term_list, _export_field,
)


# --- Second pass: lines decided by the marks around them ------------------------------------

def _label_only(text: str, *, sections: bool = False) -> bool:
    """A related list's label alone on its line (:data:`normalizer.cues.text.
    RELATED_LABEL_ONLY_RE`, :data:`normalizer.cues.text.RELATED_LABELS_BARE`), or closing
    a short line after a section's name (:data:`normalizer.cues.text.RELATED_LABEL_END_RE`);
    with ``sections`` (a page's post, not a dump), a section box's heading closed by a lone
    "»" too (:func:`_section_more`: a dump's "• Top News »" and "read »" stand between its
    stories, whose headlines are no box's titles)."""
    return bool(cues.RELATED_LABEL_ONLY_RE.match(text)) \
        or _bare_label(text.strip(" :：.…")) or (
        _at_most_words(text, cues.RELATED_LABEL_END_MAX_WORDS) and not is_sentence(text)
        and cues.RELATED_LABEL_END_RE.search(text) is not None) \
        or (sections and _section_more(text))


def _section_more(text: str) -> bool:
    """A section box's heading closed by a lone "»", its link to the section (round 21:
    "Top Stories »", "港聞頭條 »"): a short line, no other guillemet, no sentence before
    the mark (:data:`normalizer.cues.text.SECTION_MORE_RE`). Read as a list's label: the
    box's titles follow it."""
    if not text.rstrip().endswith("»") or len(text.strip()) > cues.SECTION_MORE_MAX_CHARS \
            or not _at_most_words(text, cues.SECTION_MORE_MAX_WORDS):
        return False
    head = text.rstrip()[:-1].rstrip()
    return cues.SECTION_MORE_RE.match(text) is not None and any(map(str.isalpha, head)) \
        and not is_sentence(head)


def _bare_label(line: str) -> bool:
    """``line.casefold() in RELATED_LABELS_BARE``, a line longer than the longest label
    passed over uncased: case folding never shortens a text (each character folds to
    one or more), and a story's paragraph was folded whole to be looked up."""
    return len(line) <= _BARE_LABEL_MAX_CHARS and line.casefold() in cues.RELATED_LABELS_BARE


_BARE_LABEL_MAX_CHARS = max(map(len, cues.RELATED_LABELS_BARE), default=0)


def _at_most_words(text: str, most: int) -> bool:
    """``len(text.split()) <= most``, the line split only as far as ``most`` and one words
    (a paragraph's every word is not built to count a short label's)."""
    return len(text.split(None, most)) <= most


def _link_after_label(blocks: list[Block], i: int, *, sections: bool = False) -> bool:
    """A line right after "See also:" / "Read more:" with no sentence end: a link title."""
    b, prev = blocks[i], blocks[i - 1] if i else None
    if not sections and prev is not None and _dated_item_above(blocks, i) \
            and b.words <= LINK_TITLE_MAX_WORDS:  # (a dump's: its blank lines say where)
        return b.kind != BlockKind.HEAD and (_unfinished(b.text) or _headline_like(b))
    if prev is None or prev.role != CRUFT or b.words > LINK_TITLE_MAX_WORDS:
        return False
    if _ad_label(prev) or prev.notes.get("after_ad"):
        # "PARTNER", "Anzeige": the sponsored links under it (a heading under it is the
        # post's own, an advertorial's; so is a bold line over a story's body: the classic
        # editor's heading of the next pasted story)
        return b.kind == BlockKind.P and _headline_like(b) \
            and not (b.bold and _body_follows(blocks, i)) \
            and not (not sections and _dated_head(blocks, i))
    if prev.cruft_kind != RemovedKind.RELATED_LINK:
        return False
    if _label_only(prev.text, sections=sections):
        heading = b.kind == BlockKind.HEAD or b.bold
        return (_unfinished(b.text) or _headline_like(b)) and not (heading and (
            _body_follows(blocks, i) or _script_of(b.text) != _script_of(prev.text)))
    # further down the label's list: a heading there opens the next part of the post (a
    # second pasted story's headline), not one more title of the list
    return bool(prev.notes.get("after_label")) and b.kind != BlockKind.HEAD \
        and (_unfinished(b.text) or (_ELLIPSIS_END.search(b.text) is not None
                                     and not is_prose(b.text)))
        # (under the list's titles, a teaser's lead cut by the list: "... Donalda Tr...")


#: The article's body under a dump's date line: its first paragraph, or the one after a
#: first paragraph of one short sentence, this many lines at most.
HEAD_BODY_LINES = 2
#: How many lines may stand between a dump's headline and its date line: its kicker, its
#: picture's caption, a share button ("TITLE" / "IRELAND" / caption / "SHARE THIS ARTICLE" /
#: "08/11/2023 | 20:26 PM").
HEAD_DATE_REACH = 4


def _dated_head(blocks: list[Block], i: int) -> bool:
    """A dump's line heads the article under it: its date line stands within
    :data:`HEAD_DATE_REACH` lines below, and the first line of text past the date's
    metadata is a paragraph (a long sentence at least). An ad slot's label right over the
    headline ("ADVERTISEMENT" / title / ... / date / paragraph) leaves no sponsored link
    there: sponsored titles stand one under another, with no date and body of their own."""
    seen = 0
    for k in range(i + 1, len(blocks)):
        o = blocks[k]
        if o.role == SEP:
            continue
        if o.role == META and o.cruft_kind == MetaKind.DATE:
            # (the first paragraph may be one short sentence: "Michelle Obama sees despair
            # in America." over the second; HEAD_BODY_LINES)
            bodies = [x for x in blocks[k + 1:k + 1 + 2 * HEAD_BODY_LINES + 2]
                      if x.role not in (SEP, META)][:HEAD_BODY_LINES]
            for n, body in enumerate(bodies):
                if body.role != TEXT or not (n == 0 or is_sentence(bodies[n - 1].text)):
                    return False
                if is_prose(body.text) or (body.words > TAIL_LINE_MAX_WORDS
                                           and is_sentence(body.text)):
                    return True
            return False
        seen += 1
        if seen > HEAD_DATE_REACH:
            return False
    return False


def _dated_item_above(blocks: list[Block], i: int) -> bool:
    """Right above ``blocks[i]``, with no blank line between, a date line under a title of
    a labelled list ("Read also" / title / date / title / date): the list goes on, its
    items dated, and its next title is one more item, no story's headline."""
    if i < 2 or blocks[i].gap or blocks[i - 1].gap:
        return False
    date, item = blocks[i - 1], blocks[i - 2]
    return date.role == META and date.cruft_kind == MetaKind.DATE \
        and item.role == CRUFT and item.cruft_kind == RemovedKind.RELATED_LINK \
        and "after_label" in item.notes


def _script_of(text: str) -> str:
    """The script of the line's first letter ("LATIN", "CYRILLIC", "ARABIC", ...): a
    heading in another script than the list's label over it opens the next pasted story,
    it is no title of that list."""
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, " ").split(" ", 1)[0] if letter else ""


_ELLIPSIS_END = cues.ELLIPSIS_END_RE
#: A title a list cut short: "... Must Prolong 'Brotherly' R ..", "... Sehwag: ..".
_CUT_SHORT = re.compile(r"(?:\s\.{2,}|[^\W\d_]\.{2}|\s…)\s*$")


#: A topic's link closed by its arrow ("Industrie >", "Energie-Krise ›"), one of a list
#: under "Mehr zum Thema:": at most this many words besides the arrow.
ARROW_LINK_MAX_WORDS = 3
_ARROW_END = re.compile(r"[^\W\d_]\s+[>›»]$")


def _arrow_link(b: Block) -> bool:
    """A short line closed by a link's arrow (:data:`ARROW_LINK_MAX_WORDS`): the list under
    the label goes on with the lines of that shape under it."""
    return b.words <= ARROW_LINK_MAX_WORDS + 1 \
        and _ARROW_END.search(b.text.rstrip()) is not None  # (the arrow counts as a word)


def _unfinished(text: str) -> bool:
    """No sentence end, or a title cut short by its list (a sentence's "..." stays one)."""
    return not is_sentence(text) or bool(_CUT_SHORT.search(text))


def _body_follows(blocks: list[Block], i: int) -> bool:
    """The next two lines of text after ``i`` are paragraphs of a story's body (the first
    longer than :data:`TAIL_LINE_MAX_WORDS` words, the second too or a sentence): the
    heading at ``i`` opens the next story of the post, not one more title under a list's
    label (whose titles stand alone or over a teaser, and a teaser is followed by the next
    title, no sentence)."""
    after = [b for b in blocks[i + 1:i + 6] if b.role == TEXT][:2]
    return len(after) == 2 and all(b.kind == BlockKind.P for b in after) \
        and after[0].words > TAIL_LINE_MAX_WORDS \
        and (after[1].words > TAIL_LINE_MAX_WORDS or is_sentence(after[1].text))


def _ad_label(b: Block) -> bool:
    return b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME \
        and b.folded.strip(" :.") in cues.AD_LABELS


#: An ad box under its label ("Advertisement") is a run of pairs, each a sponsored link's
#: title and its one-line tagline with no blank line between ("Jaguar XF is here" /
#: "Explore the features. Click here for more info"): this many pairs at least.
SPONSORED_PAIRS_MIN = 2


def _sponsored_pairs(blocks: list[Block]) -> None:
    """A dump's ad box under its label: blank-parted pairs of lines, a title and its
    tagline (each line as short as a link's title, :data:`LINK_TITLE_MAX_WORDS`), as many
    as follow the label (:data:`SPONSORED_PAIRS_MIN` at least): every line of them is the
    ads', a tagline a sentence or two ("Lexus premier sales event on now. Events like
    this rarely strike twice.") that the label's links above would not take. The run ends
    at the first group of another size (a story's paragraphs stand one to a group). (The
    first pair may stand right under the label, "Advertisement" / title / tagline.)"""
    for i, b in enumerate(blocks):
        if not _ad_label(b):
            continue
        pairs: list[int] = []
        k = i + 1
        while k + 1 < len(blocks) and (blocks[k].gap >= 1 or k == i + 1) \
                and blocks[k + 1].gap == 0 \
                and (k + 2 == len(blocks) or blocks[k + 2].gap >= 1) \
                and all(c.kind == BlockKind.P and c.words <= LINK_TITLE_MAX_WORDS
                        for c in blocks[k:k + 2]):
            pairs.append(k)
            k += 2
        if len(pairs) < SPONSORED_PAIRS_MIN:
            continue
        for k in pairs:
            for c in blocks[k:k + 2]:
                if c.role == TEXT:
                    c.mark(CRUFT, RemovedKind.RELATED_LINK)
                    c.notes["after_ad"] = True


def _headline_like(b: Block) -> bool:
    """A headline of another story: no sentence end, or a short question ("... mu?")."""
    return not is_sentence(b.text) or (
        b.words <= QUESTION_TITLE_MAX_WORDS and b.text.rstrip().endswith(("?", "？"))
        and not is_prose(b.text))


def _titles_under_label(blocks: list[Block], i: int, *, sections: bool = False) -> int:
    """How many lines since the label-only line above line ``i`` were taken as titles."""
    n = 0
    for prev in reversed(blocks[:i]):
        if prev.role != CRUFT or prev.cruft_kind != RemovedKind.RELATED_LINK \
                or _label_only(prev.text, sections=sections):
            break
        n += 1
    return n


#: A question under a list label is another story's headline up to this many words.
QUESTION_TITLE_MAX_WORDS = 16


#: A letter in brackets after a name: a side in a caption ("(L)"), a team's initial in a
#: match report's scorers ("59′ Parolo (L), 62′ Öztekin (G), 72′ Klose (L)"), which name
#: :data:`SCORER_INITIALS_MIN` players or more.
_BRACKETED_LETTER = re.compile(r"\([A-Z]\)")
SCORER_INITIALS_MIN = 3


def _marked_caption(b: Block) -> bool:
    """A short non-sentence line with a position marker ("(L)", "file photo"), or one that
    ends with it, full stop or not ("Die Kinder waren noch klein (Symbolbild)."). A
    match's scorers, each with his team's initial, are no caption."""
    if "(" in b.text and len(_BRACKETED_LETTER.findall(b.text)) >= SCORER_INITIALS_MIN:
        return False
    if b.kind not in (BlockKind.HEAD, BlockKind.ITEM) and b.words <= CAPTION_MAX_WORDS \
            and ", " in b.text and _COMMA_SIDE_WORD_IN(b.folded) is not None \
            and len(cues.COMMA_SIDE_RE.findall(b.text)) >= (
                1 if b.words <= CAPTION_DATED_MAX_WORDS else 2):
        return True  # "X, second left, and Y attend ...": a wire caption (a long one names
        #              two people or more by their side)
    return b.kind not in (BlockKind.HEAD, BlockKind.ITEM) and b.words <= CAPTION_MAX_WORDS \
        and _has_marker(b.text) \
        and (not is_sentence(b.text) or bool(cues.MARKER_AT_END_RE.search(b.text))
             or (b.words <= CAPTION_DATED_MAX_WORDS and not is_prose(b.text)
                 and bool(cues.SIDE_AFTER_NAME_RE.search(b.text))))


_COMMA_SIDE_WORD_IN = _finder(cues.COMMA_SIDE_WORDS)


def _credit_line(b: Block) -> bool:
    """A line that only credits a picture: "Fotos: Name/123RF", "© Cover Media", "Photo:
    AFP" (a copyright line without a year or "rights": a photo's credit, not a notice)."""
    if b.role != CRUFT or b.words > CREDIT_LINE_MAX_WORDS:
        return False
    if b.cruft_kind == RemovedKind.CAPTION:
        return bool(cues.PHOTO_LABEL_RE.match(b.text) or cues.PHOTO_BY_RE.match(b.text)) \
            or has_photo_credit(b.text) \
            or b.folded.strip(" .") in cues.CREDIT_WORDS_ALONE
    return b.cruft_kind == RemovedKind.COPYRIGHT and b.text.lstrip().startswith("©") \
        and not any(map(str.isdigit, b.text)) and not cues.RIGHTS_RE.search(b.text)


def _before_credit(blocks: list[Block], i: int) -> bool:
    """A short caption-shaped line right before a line that only credits a picture: the
    picture's caption, typed as a paragraph where the picture is not (or no longer) beside
    it. A story's closing credit ("(Editing by ...)", "X contributed") stays."""
    b = blocks[i]
    if i + 1 >= len(blocks) or b.words > CAPTION_UNDER_FURNITURE_MAX_WORDS \
            or not _credit_line(blocks[i + 1]) or b.kind in (BlockKind.HEAD, BlockKind.ITEM) \
            or (b.words > CAPTION_BEFORE_CREDIT_MAX_WORDS and not _after_cruft(blocks, i)):
        return False
    if not _caption_shaped(b) and (
            _sentences(b.text) > CAPTION_SENTENCES_MAX or _dateline_lead(b.text)
            or _URL.search(b.text) or not (b.words <= CAPTION_NAME_MAX_WORDS or _after_cruft(
                blocks, i))):
        # a caption of a sentence or two ("Le juge X se retire ...") under other furniture
        # or a picture; right under the story's text, only a name ("Internatskolan X."):
        # the story's last sentence may stand over a credit line its page put there
        return False
    return not (cues.STORY_END_RE.match(b.text) or cues.CONTRIBUTED_RE.match(b.text)
                or cues.EDITOR_INITIALS_RE.match(b.text) or signoff_source(b.text))


#: A caption typed over its picture's credit line tells the picture in at most this many
#: sentences (a paragraph of the story right above a credit has more).
CAPTION_SENTENCES_MAX = 2


#: ... and under other furniture, up to this many words (a wire caption of two sentences).
CAPTION_UNDER_FURNITURE_MAX_WORDS = 50
#: A caption that only names what is shown ("Internatskolan Lundsberg.") is this short.
CAPTION_NAME_MAX_WORDS = 3


def _after_cruft(blocks: list[Block], i: int) -> bool:
    """The line right above ``i`` was taken out (furniture) or is a picture."""
    return i > 0 and blocks[i - 1].role in (CRUFT, IMAGE)


def _sentences(text: str) -> int:
    """How many sentences of :data:`PROSE_SENTENCE_MIN_WORDS` words or more the line holds."""
    return sum(1 for part in _SENTENCE_BREAK.split(text)
               if len(part.split()) >= PROSE_SENTENCE_MIN_WORDS)


def _after_credit(blocks: list[Block], i: int) -> bool:
    """A short line that is no sentence right under a line that only credits a picture
    ("IMAGO/ZUMA Press" / "Bondi und Trump in Florida 2016"): the picture's caption, as
    pages that print the credit first paste it. A bold line there is no caption: it is the
    headline of what follows, set under the story above's closing "© Reuters". Nor is a
    line closing on a colon: it introduces what follows ("阿根廷布宜诺斯艾利斯经济新闻网：",
    a round-up's next paper under the last one's photo and credit; round 48)."""
    b = blocks[i]
    return i > 0 and b.kind == BlockKind.P and not b.bold and _credit_line(blocks[i - 1]) \
        and not b.text.rstrip().endswith((":", "：")) \
        and b.words <= CAPTION_DATED_MAX_WORDS and not is_sentence(b.text) \
        and not is_prose(b.text) and not _story_line(b.text) \
        and not _label_only(b.text) and not _heads_signed_article(blocks, i)


#: Lines under a line under a picture's credit searched for the article's byline and date.
CREDIT_HEAD_REACH = 6


def _heads_signed_article(blocks: list[Block], i: int) -> bool:
    """Under ``blocks[i]``, within :data:`CREDIT_HEAD_REACH` lines and past one standfirst
    at most, a byline line ("Por Agencia EFE") and a date line alone ("04.05.2022"): the
    line is the article's headline, set under its picture's credit ("© Aton"), no caption."""
    prose = 0
    byline = dated = False
    for o in blocks[i + 1:i + 1 + CREDIT_HEAD_REACH]:
        if o.role == SEP:
            continue
        if cues.BYLINE_RE.match(o.text):
            byline = True
        elif split_date_line(o.text) == (True, ""):
            dated = True
        elif is_prose(o.text):
            prose += 1
            if prose > 1:
                return False
        if byline and dated:
            return True
    return False


def _after_reader_label(blocks: list[Block], i: int) -> bool:
    """A caption under its screen-reader label left alone on the line above
    ("التعليق على الصورة،", then the caption): no sentence run past a caption's length."""
    prev = blocks[i - 1] if i else None
    return prev is not None and prev.role == CRUFT and prev.cruft_kind == RemovedKind.CAPTION \
        and blocks[i].words <= CAPTION_MAX_WORDS and prev.words <= 6 \
        and cues.SCREEN_READER_CAPTION_RE.match(prev.text) is not None \
        and cues.SCREEN_READER_CAPTION_RE.sub("", prev.text).strip() == ""


#: What a line's copy may carry before its words that the other copy does not: a stray
#: colon or dash a link's label left (": Boric por expulsión ..." in the text, the title
#: alone in the list under it).
_STRAY_OPENING = " :;,.-–—|•·"


def _shown(b: Block) -> str:
    """The words a line shows, as :func:`_repeated_line` compares copies."""
    return b.folded.lstrip(_STRAY_OPENING)


def _repeated_line(blocks: list[Block], i: int, counts: dict[str, int], dump: bool) -> bool:
    """The same short non-sentence line twice in one post: alt text, captions, link titles.
    (Pages mark link titles by their markup; a dump has only the repetition.) In a dump,
    the first copy over its article's byline and text is the headline
    (:func:`_heads_article`)."""
    b = blocks[i]
    if not (counts.get(_shown(b), 0) > 1 and (dump or b.link_only) and not is_sentence(b.text)
            and b.words >= REPEATED_LINE_MIN_WORDS and b.kind == BlockKind.P):
        return False
    return not dump or not _heads_article(blocks, i) \
        or any(_shown(o) == _shown(b) for o in blocks[:i])


def _heads_article(blocks: list[Block], i: int) -> bool:
    """Under ``blocks[i]``, within :data:`REPEATED_HEAD_GAP` short lines, a byline (a
    byline's or a date's line, the writer's e-mail address) and then a paragraph
    (:data:`REPEATED_HEAD_MIN_WORDS` words, a sentence's end; under the byline, any line
    longer than the gap's of whole sentences: a standfirst). (A name alone is no sign:
    "Das Beteiligungsportal" is two capitalised words too.)"""
    signed = False
    gap = 0
    for o in blocks[i + 1:i + 2 + REPEATED_HEAD_REACH]:
        if o.words >= REPEATED_HEAD_MIN_WORDS or (signed and o.words > REPEATED_HEAD_GAP_MAX_WORDS):
            # (under its date, a shorter standfirst of whole sentences is the text's start)
            return signed and (is_sentence(o.text) or is_prose(o.text))
        if o.words > REPEATED_HEAD_GAP_MAX_WORDS:
            return False
        gap += o.words > 1 or o.role == META  # (a share bar's words count for nothing)
        if gap > REPEATED_HEAD_GAP:
            return False
        signed = signed or o.role == META or cues.EMAIL_RE.search(o.text) is not None \
            or (o.role == CRUFT and _CLOCK.search(o.text) is not None
                and split_date_line(o.text) == (True, ""))  # (a date and clock of bare
        # figures, "31.10.2023 14:08", taken for chrome by its shape: an article's stamp; a
        # listing's teasers print the day alone)
    return False


def _cut_tweet(blocks: list[Block], i: int) -> bool:
    """A tweet's text ending with its picture link and no sign-off line after it: a
    teaser of an embed, not a quote (see :data:`normalizer.cues.text.TWEET_SIGNOFF_RE`)."""
    b = blocks[i]
    if b.words > EMBED_MAX_WORDS or cues.TWEET_PICTURE_MARK not in b.text \
            or not cues.TWEET_PICTURE_END_RE.search(b.text):
        return False
    nxt = next((n for n in blocks[i + 1:] if n.role in (TEXT, META, CRUFT)), None)
    return nxt is None or not cues.TWEET_SIGNOFF_RE.match(nxt.text)


#: A Chinese or Japanese caption pasted as a paragraph right above its picture has fewer
#: letters than this: a line so short gives the picture placer too short a key to find
#: it in the page (``extract._MIN_KEY_CHARS``), so the picture it stood under comes after
#: it (issue 10, round 20: heldout9's "大涧学校。"). A longer clause under a picture may
#: be the story's own (an essay told between pictures), and is left to the shape rules.
CJK_UNPLACED_MAX_CHARS = 7
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: What a caption's one clause never holds: a comma, a quote, a colon, a second
#: sentence's end.
_CJK_NOT_CAPTION = re.compile(r"[，,。！？!?“”「」『』\"：:]")


def _cjk_caption(blocks: list[Block], i: int) -> bool:
    """A Chinese or Japanese caption just above its picture (:data:`CJK_UNPLACED_MAX_CHARS`):
    one clause of Han or kana letters closed by "。", no comma or quote in it. A story's
    paragraph that short says more ("矛盾，在事发第三天爆发。") or is a subheading with
    no full stop ("“塞纸”疑云")."""
    if i + 1 >= len(blocks) or blocks[i + 1].role != IMAGE:
        return False
    b = blocks[i]
    text = b.text.strip()
    if b.kind != BlockKind.P or text[-1:] != "。" or _CJK_NOT_CAPTION.search(text[:-1]):
        return False
    letters = sum(1 for c in text if c.isalnum())
    return 0 < letters <= CJK_UNPLACED_MAX_CHARS and len(_CJK_LETTER.findall(text)) == letters


def _photo_essay(blocks: list[Block]) -> bool:
    """Most of the post's text stands under its pictures (a photo blog, a story told
    picture by picture): those lines are the post, not captions."""
    text_words = under_images = lines = 0
    for i, b in enumerate(blocks):
        if b.role != TEXT:
            continue
        text_words += b.words
        if _after_image(blocks, i) and _caption_shaped(b):
            under_images += b.words
            lines += 1
    return lines >= PHOTO_ESSAY_MIN_PICTURES and under_images > PHOTO_ESSAY_SHARE * text_words


def _names_shaped(text: str) -> bool:
    """People's names: every word capitalised but the joining words and particles
    (:data:`normalizer.cues.openers.NAME_JOINERS`, :data:`~normalizer.cues.openers.
    NAME_PARTICLES`: "Yuniel Labacena Romero", "Ana de la Cruz and Jo Li"), no digit; a
    caption's words ("Włoskie myśliwce w Malborku") are not."""
    words = text.replace(",", " ").split()
    return bool(words) and not any(c.isdigit() for c in text) and all(
        w[:1].isupper() or w.casefold() in openers.NAME_JOINERS
        or w.casefold() in openers.NAME_PARTICLES for w in words)


def _broken_bylines(blocks: list[Block]) -> None:
    """A byline's label alone on its line (:data:`normalizer.cues.text.BYLINE_LABEL_ALONE_RE`:
    "Autor:") over a short line of names that reads as a byline once joined to it: both
    lines are the byline the page's markup broke in two (round 32), the story's metadata,
    neither its text."""
    for i in range(len(blocks) - 1):
        label, names = blocks[i], blocks[i + 1]
        if label.role != TEXT or names.role != TEXT or label.words > 3 \
                or not cues.BYLINE_LABEL_ALONE_RE.match(label.text) \
                or names.words > cues.BYLINE_NAMES_MAX_WORDS or not _names_shaped(names.text) \
                or is_sentence(names.text):
            continue
        if cues.BYLINE_RE.match(label.text.strip().rstrip(":：") + " " + names.text):
            label.mark(META, MetaKind.BYLINE)
            names.mark(META, MetaKind.BYLINE)


def _embedded_post_captions(blocks: list[Block]) -> None:
    """The caption of a social post embedded in the story: the lines between the embed's
    opening label ("View this post on Instagram", :data:`normalizer.cues.text.EMBED_OPEN_RE`)
    and its "A post shared by" line (:data:`normalizer.cues.text.EMBED_RE`), when that line
    closes it within :data:`normalizer.cues.text.EMBED_CAPTION_MAX_LINES` lines: the
    post's owner wrote them, not the story's writer."""
    for i, b in enumerate(blocks):
        if not b.text or b.text[0] not in "VvBbDdZz" or not cues.EMBED_OPEN_RE.match(b.text):
            continue
        inside = [k for k in range(i + 1, min(len(blocks), i + 2 + cues.EMBED_CAPTION_MAX_LINES))
                  if blocks[k].role != SEP]
        end = next((n for n, k in enumerate(inside) if cues.EMBED_RE.match(blocks[k].text)), None)
        if end is None:
            continue
        if b.role == TEXT:
            b.mark(CRUFT, RemovedKind.CHROME)
        for k in inside[:end]:
            if blocks[k].role == TEXT:
                blocks[k].mark(CRUFT, RemovedKind.OTHER)


#: A photographer's name in capitals closing a caption after its last sentence ("...
#: kertoo arpajaislain uudistamisesta. MATTI MATIKAINEN"): two or three words of capitals.
_CAPITALS_TAIL = re.compile(r"(?<=[.!?])\s+(?P<name>[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){1,2})\s*$")
#: ... closing at least this many lines of the page: one photographer's pictures (a story's
#: paragraph may close on a name in capitals once, a button's "READ MORE" is no name).
CAPITALS_CREDIT_MIN_LINES = 2


def _capitals_credit_captions(blocks: list[Block]) -> None:
    """Captions whose photographer's credit closes them in capitals with no label
    (:data:`_CAPITALS_TAIL`), the same name under :data:`CAPITALS_CREDIT_MIN_LINES` lines or
    more: a Nordic paper's pictures ("... joulupöytäliinan. MATTI MATIKAINEN")."""
    tails: dict[str, list[Block]] = {}
    for b in blocks:
        if b.role == TEXT and b.text.rstrip()[-1:].isupper() and b.words <= CAPTION_DATED_MAX_WORDS:
            m = _CAPITALS_TAIL.search(b.text)
            if m and m.group("name").isupper():
                tails.setdefault(m.group("name"), []).append(b)
    for name, lines in tails.items():
        if len(lines) >= CAPITALS_CREDIT_MIN_LINES and not openers.MORE_LINK_RE.match(name) \
                and openers.person_name(name.title()):
            for b in lines:
                b.mark(CRUFT, RemovedKind.CAPTION)


def _in_context(blocks: list[Block], *, dump: bool) -> None:
    counts: dict[str, int] = {}
    for b in blocks:
        if b.role == TEXT:
            counts[_shown(b)] = counts.get(_shown(b), 0) + 1
    essay = _photo_essay(blocks)
    for i, b in enumerate(blocks):
        if b.role != TEXT:
            continue
        if _link_after_label(blocks, i, sections=not dump):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            if dump and _dated_item_above(blocks, i):
                b.notes["dated_item"] = True  # (its date under it confirms no headline)
            # a list goes on: items, links, or (under a label of its own) a run of titles
            under = _titles_under_label(blocks, i, sections=not dump)
            b.notes["after_label"] = b.kind == BlockKind.ITEM or b.link_only or _arrow_link(b) or (
                (_title_shaped(b, inner_stops=True) or _CUT_SHORT.search(b.text) is not None
                 or (is_sentence(b.text) and _headline_like(b)))  # (a title asks: "...?")
                and under < RELATED_TITLES_MAX)
            b.notes["after_ad"] = (_ad_label(blocks[i - 1]) or blocks[i - 1].notes.get(
                "after_ad", False)) and under < RELATED_TITLES_MAX
        elif (not essay and _after_image(blocks, i) and (_caption_shaped(b) or (
                b.caption_markup and b.words <= CAPTION_MAX_WORDS and not is_prose(b.text)))) \
                or (not essay and _cjk_caption(blocks, i)) \
                or _marked_caption(b) or _before_credit(blocks, i) or _after_credit(blocks, i) \
                or _after_reader_label(blocks, i):
            b.mark(CRUFT, RemovedKind.CAPTION)
        elif _repeated_line(blocks, i, counts, dump):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
        elif _cut_tweet(blocks, i):
            b.mark(CRUFT, RemovedKind.OTHER)


#: A post's field line: its date, its clock time and a name or a section beside them
#: ("2019/04/21 11:51 NeoL／ネオエル 生活・趣味").
_CLOCKED_FIELDS = re.compile(r"\b[0-2]?\d:[0-5]\d\b.*[^\W\d_]")
#: ... with at least this many words beside the date's.
REPEATED_FIELDS_MIN_WORDS = 2


def _ticker_days(blocks: list[Block]) -> None:
    """A teaser's day alone under its title ("Συνεδρίαση ..." / "18/03/2016" / its lead),
    a line of bare figures taken for chrome, is its date line where the page's news
    ticker lists the title after that day ("18/03/2016 Συνεδρίαση ..."): a local portal's
    front page, each teaser a story. (A listing's day alone is no date line elsewhere: a
    related list's titles print it too.)"""
    lines = {b.folded for b in blocks if b.folded[:1].isdigit()}
    if not lines:
        return
    for above, b in zip(blocks, blocks[1:], strict=False):
        if b.role == CRUFT and b.folded[:1].isdigit() and above.role == TEXT \
                and f"{b.folded} {above.folded}" in lines and split_date_line(b.text) == (True, ""):
            b.mark(META, MetaKind.DATE)


def _repeated_date_lines(blocks: list[Block]) -> None:
    """A dump's date line with its clock and its fields (:data:`_CLOCKED_FIELDS`), shown
    again under the story as the page repeats the post's fields over its provider's box:
    the copy is the page's furniture, and the story ends above it. (A date alone may date
    two teasers of one day; with the minute and the writer it is one post's.)"""
    seen: set[str] = set()
    for b in blocks:
        if b.role != META or b.cruft_kind != MetaKind.DATE or not _CLOCKED_FIELDS.search(b.text) \
                or len(split_date_line(b.text)[1].split()) < REPEATED_FIELDS_MIN_WORDS:
            continue  # (a database's records of one minute: "March 14, 2013 Thursday 10:31 AM")
        if b.text in seen:
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            b.notes["fields_again"] = True
        seen.add(b.text)


#: The longest name heading a box over its blurb (:func:`_website_boxes`).
BOX_NAME_MAX_WORDS = 6


def _website_boxes(blocks: list[Block]) -> None:
    """A box of the writer or the magazine that provided the story, under it: its name, its
    blurb of a paragraph or two (:data:`normalizer.cues.text.WEBSITE_BLURB_REACH`), its web
    site's line (:data:`~normalizer.cues.text.WEBSITE_LINE_RE`: "NeoL／ネオエル", "都市で暮らす
    女性のためのカルチャーWebマガジン。...", "ウェブサイト: http://www.neol.jp/"). A story's own
    last paragraph over such a line has paragraphs above it, no name."""
    for i, b in enumerate(blocks):
        if b.role == META or not cues.WEBSITE_LINE_RE.match(b.text):
            continue
        blurb: list[Block] = []
        j = i - 1
        while j >= 0 and len(blurb) < cues.WEBSITE_BLURB_REACH and blocks[j].role == TEXT \
                and blocks[j].kind == BlockKind.P \
                and blocks[j].words <= cues.WEBSITE_BLURB_MAX_WORDS \
                and (is_sentence(blocks[j].text) or is_prose(blocks[j].text)):
            blurb.append(blocks[j])
            j -= 1
        name = blocks[j] if blurb and j >= 0 else None
        if name is None or name.words > BOX_NAME_MAX_WORDS or is_sentence(name.text):
            continue
        for o in (b, *blurb, name):
            if o.role == TEXT:
                o.mark(CRUFT, RemovedKind.OTHER)


def _address_boxes(blocks: list[Block]) -> None:
    """A place's fact box set inside a dump's article: a run of short lines set tight (no
    blank line inside, one before and after), at most
    :data:`normalizer.cues.text.FACT_BOX_MAX_LINES`, holding a telephone number alone and a
    web address alone (:data:`~normalizer.cues.text.FACT_BOX_PHONE_RE`,
    :data:`~normalizer.cues.text.FACT_BOX_WEB_RE`): the name, street, phone and site of a
    place the story visits, a card beside the text, not what the story says. A paragraph
    is set apart from it by a blank line; a sentence is no field."""
    n = len(blocks)
    start = 0
    while start < n:
        end = start + 1
        while end < n and blocks[end].role != SEP and not blocks[end].gap:
            end += 1  # [start, end): lines set tight after a blank line
        run = [b for b in blocks[start:end] if b.role != SEP]
        start = end
        if not 3 <= len(run) <= cues.FACT_BOX_MAX_LINES or not run[0].gap \
                or any(is_sentence(b.text) or b.role == META for b in run):
            continue
        if not any(cues.FACT_BOX_PHONE_RE.match(b.text) for b in run) \
                or not any(cues.FACT_BOX_WEB_RE.match(b.text) for b in run):
            continue
        for b in run:
            if b.role == TEXT:
                b.mark(CRUFT, RemovedKind.OTHER)


def classify(blocks: list[Block], *, dump: bool = False) -> None:
    """Mark cruft and metadata blocks in place (see the module docstring): each line by
    its shape (:data:`LINE_RULES`), then by its neighbours, then alt texts by the captions
    they repeat, and in a dump the page's own header."""
    alts = {fold(b.alt) for b in blocks if b.role == IMAGE and b.alt}
    if not dump:
        _glued_watch_calls(blocks)
    _glued_read_also(blocks)
    for b in blocks:
        if b.role != TEXT:
            continue
        if b.kind == BlockKind.HEAD and b.words >= HEADING_SENTENCE_MIN_WORDS \
                and is_sentence(b.text):
            b.kind = BlockKind.P  # a standfirst set in heading markup, not a headline
        if not dump and b.text.rstrip().endswith("»") and _section_more(b.text):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)  # (a page's box heading, see _label_only)
            continue
        for rule in LINE_RULES:
            mark = rule(b, alts)
            if mark is not None:
                b.mark(mark.role, mark.kind)
                break
    if dump:
        _repeated_date_lines(blocks)
        _address_boxes(blocks)
        _ticker_days(blocks)
    _broken_bylines(blocks)
    _article_source_boxes(blocks)
    _embedded_post_captions(blocks)
    _in_context(blocks, dump=dump)
    if dump:
        _sponsored_pairs(blocks)
    _capitals_credit_captions(blocks)
    _follow_pitch(blocks)
    if not dump:  # (a dump's labels glued to titles are read by its rhythm)
        _glued_titles(blocks)
    _teasers(blocks)
    _comment_section(blocks)
    _comment_bodies(blocks)
    _comment_runs(blocks)
    _signed_comments(blocks)
    _comment_thread(blocks)
    _trailing_titles(blocks)
    _tag_lines(blocks, dump=dump)
    _keyword_lines(blocks)
    _caps_list_heading(blocks)
    _beside_enlarge(blocks)
    _dated_titles(blocks)
    _sign_up_pitches(blocks)
    _website_boxes(blocks)
    if not dump:  # (a dump's page furniture is read from its rhythm, after this)
        _headline_cased_runs(blocks)
        _writer_bios(blocks)
        _notice_labels(blocks)
        _teasers_under_label(blocks)
        _cut_cards(blocks)
        _cut_teasers(blocks)
        _stamped_teasers(blocks)
        _dated_title_list(blocks)
        _reader_poll(blocks)
        _closed_boxes(blocks)
        _count_buttons(blocks)
        _sandwiched_labels(blocks)
        _kicker_titles(blocks)
        _story_tails(blocks)
        _fact_boxes(blocks)
        _between_related(blocks)
        _between_furniture(blocks)
        _skip_boxes(blocks)
        _heading_repeated(blocks)
        _after_watch_call(blocks)
    _alt_prefixes(blocks)
    _credits_by_pictures(blocks)
    if dump:
        _page_header(blocks)
    else:  # (after the alt texts: a caption the body repeats is theirs)
        _pull_quotes(blocks)
        _quote_boxes(blocks)




#: The longest "© holder" line read as a picture's credit beside its caption.
PICTURE_COPYRIGHT_MAX_WORDS = 5
#: ... with a paragraph of prose within this many lines under it (the article goes on).
PICTURE_CREDIT_REACH = 6


def _credits_by_pictures(blocks: list[Block]) -> None:
    """A bare "© holder" line (no year, at most :data:`PICTURE_COPYRIGHT_MAX_WORDS` words)
    right above or below a picture's caption or alt text is that picture's credit ("©
    André Schmidt" under an Austrian daily's photo), not the site's notice: the site's
    copyright closes the page, and what a story's reader takes for its end, while a
    picture's credit stands inside the article, which goes on under it."""
    pictures = (RemovedKind.CAPTION, RemovedKind.IMAGE_ALT)
    for i, b in enumerate(blocks):
        if b.role != CRUFT or b.cruft_kind != RemovedKind.COPYRIGHT \
                or b.words > PICTURE_COPYRIGHT_MAX_WORDS or has_digit(b.text) \
                or canonical_source(b.text.strip(" ©ⓒⒸ")) is not None:
            continue  # (an outlet's "© AP" by a picture names the story's wire too)
        near = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        if any(n.role == IMAGE or (n.role == CRUFT and n.cruft_kind in pictures)
               for n in near) and any(n.role == TEXT and is_prose(n.text)
                                      for n in blocks[i + 1:i + 1 + PICTURE_CREDIT_REACH]):
            b.mark(CRUFT, RemovedKind.CAPTION)


def _follow_pitch(blocks: list[Block]) -> None:
    """The line right under a follow promo put as a question ("Folgst du schon X auf
    Whatsapp?", see :data:`normalizer.cues.text.FOLLOW_QUESTION_RE`) that names a network
    too ("... Abonniere den Whatsapp-Kanal von X ...") is the promo's pitch, however long a
    sentence (up to :data:`normalizer.cues.text.FOLLOW_PITCH_MAX_WORDS` words)."""
    for above, b in zip(blocks, blocks[1:], strict=False):
        if above.notes.get("follow_question") and above.role == CRUFT and b.role == TEXT \
                and b.words <= cues.FOLLOW_PITCH_MAX_WORDS and cues.NETWORK_NAME_RE.search(b.text):
            b.mark(CRUFT, RemovedKind.PROMO)


def _dated_titles(blocks: list[Block]) -> None:
    """A related list whose every title opens with the day it ran ("08/01/2014 Title"),
    pasted as paragraphs (issue 10, round 10b): a run of at least
    :data:`normalizer.cues.text.DATED_TITLE_RUN_MIN` such lines with no sentence end. A
    chronology in a story writes sentences after its dates and stays."""
    run: list[Block] = []
    titled = 0  # the run's lines with no sentence end
    for b in [*blocks, None]:
        if b is not None and b.role in (TEXT, META) and b.kind in (BlockKind.P, BlockKind.ITEM) \
                and b.words <= 2 * cues.DATED_TITLE_MAX_WORDS:
            if b.words <= cues.DATED_TITLE_MAX_WORDS and _dated_title(b.text):
                run.append(b)
                titled += 1
                continue
            if run and _dated_sentence(b.text):
                run.append(b)  # (a title written as a sentence or two, "... έως το 26ο χλμ.")
                continue
        if b is not None and run and (
                (b.role == TEXT and not any(c.isalnum() for c in b.text))  # (a lone "»")
                or (b.role == CRUFT and _dated_sentence(b.text))):  # (one read as a caption)
            run.append(b)
            continue
        if titled >= cues.DATED_TITLE_RUN_MIN and titled >= DATED_TITLE_SHARE * len(run):
            for c in run:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)
        run = []
        titled = 0


#: A title's shouted or trailing end ("... ΤΩΡΑ!!!", "... ΠΤΟΛΕΜΑΙΔΑΣ...."): no sentence's.
_SHOUTED_OR_TRAILING = re.compile(r"(?:!+|\.{3,}|…)\s*$")
#: The share of a run of dated lines that must be titles (no sentence end) for the run
#: to be a list: a long one holds a title or two written as sentences, a chronology's
#: lines are sentences all.
DATED_TITLE_SHARE = 0.75


def _dated_sentence(text: str) -> bool:
    """A line opening with its date (:data:`normalizer.cues.text.DATED_TITLE_RE`), its
    end a sentence's or a title's: one of a run of dated titles, the run decides."""
    return text.lstrip()[:1].isdigit() and cues.DATED_TITLE_RE.match(text) is not None


def _dated_title(text: str) -> bool:
    """A related item's line: its date first (:data:`normalizer.cues.text.DATED_TITLE_RE`),
    or last, before a counter and a "more" arrow (``DATED_TITLE_TAIL_RE``); no sentence
    end but a title's exclamation or trailing dots."""
    if _dated_sentence(text):
        # (a title may shout or trail off: "... ΤΩΡΑ!!!", "... ΠΤΟΛΕΜΑΙΔΑΣ....")
        return text.rstrip()[-1:] not in ".!?:;" or _SHOUTED_OR_TRAILING.search(text) is not None
    last = text[-1:]  # (the tail's pattern takes nothing off a line ending otherwise)
    if last == ")" and (m := cues.DATED_TITLE_STAMP_RE.search(text)):
        first = text[:m.start()].lstrip(_OPENING_QUOTES)[:1]
        return first.isalpha() and not first.islower()
    head = cues.DATED_TITLE_TAIL_RE.sub("", text) \
        if last in cues.DATED_TITLE_TAIL_ENDS or last.isspace() else text
    first = head.lstrip(_OPENING_QUOTES)[:1]  # (a capital, or a letter of a script
    return head[-1:].isalnum() and first.isalpha() and not first.islower() \
        and _dated_at_end(head)  # without case: Arabic, Persian, Chinese titles, round 16)


def _after_watch_call(blocks: list[Block]) -> None:
    """The one text line under a call to watch a video (:func:`_pasted_credit_or_call`),
    when nothing but cruft follows it: the video's title or summary, left where the
    player was (issue 10, round 10). A story that goes on after the call keeps its text."""
    for i, b in enumerate(blocks):
        if not b.notes.get("watch_call"):
            continue
        rest = [c for c in blocks[i + 1:] if c.role == TEXT]
        if len(rest) == 1 and rest[0].words <= cues.WATCH_CAPTION_MAX_WORDS \
                and rest[0].kind != BlockKind.ITEM:
            rest[0].mark(CRUFT, RemovedKind.CAPTION)


def _glued_watch_calls(blocks: list[Block]) -> None:
    """A call to watch a video glued after the last sentence of a paragraph (the page put
    it in the paragraph, with the player after it: "... said. (ab/cd) Yuk, Simak Juga Video
    ini!"): cut off as a line of its own, which the line rules then take (issue 10, round
    10). Asked only of paragraphs ending as a call does with a video word near the end."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if b.role != TEXT or b.kind != BlockKind.P or b.text.rstrip()[-1:] not in \
                cues.WATCH_CALL_ENDS or not cues.VIDEO_WORD_RE.search(b.text[-90:]):
            continue
        m = cues.WATCH_CALL_TAIL_RE.search(b.text)
        if m is None or len(m["call"].split()) > cues.WATCH_CALL_MAX_WORDS \
                or not cues.WATCH_VERB_RE.search(m["call"]) \
                or not cues.VIDEO_WORD_RE.search(m["call"]):
            continue
        call = Block(m["call"], kind=BlockKind.P, bold=b.bold, italic=b.italic)
        b.retext(b.text[:m.start()].rstrip())
        blocks.insert(i, call)
        i += 1


#: A related teaser glued at a paragraph's head: its label (:data:`normalizer.cues.text.
#: RELATED_GLUED_RE`), its title of at most READ_ALSO_TITLE_MAX_WORDS words, then the
#: paragraph's first sentence run on without a space ("À LIRE AUSSI Guerre Hamas-Israël :
#: les images insoutenables du pogromC'est ce que ...") or opening with a quote after the
#: title ("... de la rhétorique nazie « Vous devez le juger ... »", round 30); the text
#: after it is prose of at least READ_ALSO_REST_MIN_WORDS.
READ_ALSO_TITLE_MAX_WORDS = 25
READ_ALSO_REST_MIN_WORDS = 12
_READ_ALSO_END = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’])"
                            r"|\s(?=[«“„\"]\s*[A-ZÀ-ÖØ-Þ])")
_OPEN_QUOTE = re.compile(r"[«“„\"]")


def _glued_read_also(blocks: list[Block]) -> None:
    """A related teaser glued at the head of a paragraph (:data:`READ_ALSO_TITLE_MAX_WORDS`)
    cut off as a line of its own, which the line rules then take as a related link; the
    paragraph keeps its own text."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if b.role != TEXT or b.kind != BlockKind.P or b.words <= READ_ALSO_REST_MIN_WORDS:
            continue
        label = cues.RELATED_GLUED_RE.match(b.text)
        if label is None:
            continue
        m = _READ_ALSO_END.search(b.text, label.end())
        if m is None:
            continue
        title, rest = b.text[:m.start()].rstrip(), b.text[m.end():].lstrip()
        if len(title[label.end():].split()) > READ_ALSO_TITLE_MAX_WORDS \
                or _OPEN_QUOTE.search(title[label.end():]) \
                or len(rest.split()) < READ_ALSO_REST_MIN_WORDS or not is_sentence(rest):
            continue
        teaser = Block(title, kind=BlockKind.P, bold=b.bold, italic=b.italic)
        b.retext(rest)
        blocks.insert(i - 1, teaser)
        i += 1


# An address in a line, whole or a bare domain ("... auf der Seite von X: x.de").
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.[a-z]{2,6}\s*$", re.IGNORECASE)


#: Quotes a headline may open with ("«Bargavach Hayastan» ...", "„Nasdaq“ ...").
_OPENING_QUOTES = "„“\"«‹'‘"


def _title_shaped(b: Block, *, inner_stops: bool = False) -> bool:
    """A line shaped like another story's headline: a paragraph of a few words opening
    with a capital, no sentence, no story-ending credit, lead, list introduction, quoted
    person's name in brackets or address (a pointer line, "Follow our coverage at
    https://...", is the story's). ``inner_stops``: a full stop inside the line is allowed
    (a headline of two clauses, "... a new case opened. Tax Service"), asked where the
    line stands in a run of headlines."""
    text = b.text.strip()
    return b.kind == BlockKind.P and TRAILING_TITLE_MIN_WORDS <= b.words <= LINK_TITLE_MAX_WORDS \
        and text.lstrip(_OPENING_QUOTES)[:1].isupper() and not is_sentence(text) \
        and (inner_stops or not is_prose(text)) \
        and not text.endswith((":", "：", ")", "）")) and not _dateline_lead(text) \
        and not cues.STORY_END_RE.match(text) and not cues.CONTRIBUTED_RE.match(text) \
        and not signoff_source(text) and not _URL.search(text)


def _glued_title(b: Block) -> bool:
    """A short paragraph, no sentence, with a kicker run into its title without a space
    (:data:`normalizer.cues.text.GLUED_KICKER_RE`)."""
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= LINK_TITLE_MAX_WORDS \
        and not is_sentence(b.text) and not is_prose(b.text) \
        and cues.GLUED_KICKER_RE.search(b.text) is not None and not _story_line(b.text)


def _glued_word(text: str) -> str:
    """The word holding the first kicker-title joint of ``text`` (as
    :data:`normalizer.cues.text.GLUED_KICKER_RE` finds it), folded, handle marks off."""
    m = cues.GLUED_KICKER_RE.search(text)
    if m is None:
        return ""
    start = text.rfind(" ", 0, m.start()) + 1
    end = text.find(" ", m.end())
    return text[start:end if end >= 0 else len(text)].strip("@#.,:;!?'\"“”«»()").casefold()


def _glued_titles(blocks: list[Block]) -> None:
    """A run of :data:`normalizer.cues.text.GLUED_TITLES_MIN_LINES` lines or more, each a
    related item's kicker glued to its title ("... in Japan22.000 Soldaten ..."), after a
    line of the story's body: a related list a theme flattened (pictures and lines taken
    out already may stand between them). A single such line may be a name written in
    camel case; a run of them is the list, unless two glue the same word: a name the
    story repeats ("@VallsConfinat ..." over "... de VallsConfinat ..."), not kickers."""
    run: list[Block] = []
    body = False

    def close() -> None:
        if body and len(run) >= cues.GLUED_TITLES_MIN_LINES \
                and len({_glued_word(t.text) for t in run}) == len(run):
            for t in run:
                t.mark(CRUFT, RemovedKind.RELATED_LINK)
        run.clear()

    for b in blocks:
        if b.role in (IMAGE, CRUFT):
            continue
        if _glued_title(b):
            run.append(b)
            continue
        close()
        if b.role == TEXT and (b.words > TAIL_LINE_MAX_WORDS or is_prose(b.text)):
            body = True
    close()


def _teasers(blocks: list[Block]) -> None:
    """A paragraph that ends with the date and time a listing prints after a lead
    (:data:`normalizer.cues.text.TEASER_STAMP_RE`), or with its bare "more" link
    (:data:`normalizer.cues.text.TEASER_MORE_RE`), is another article's teaser, and the
    headline-shaped line right above it is that article's title. The "more" link only
    where two paragraphs or more end with it (a listing's teasers; a blog's excerpt that
    ends "... Read more…" is that post's own text)."""
    more = {id(b) for b in blocks if b.role == TEXT and b.kind == BlockKind.P
            and b.words <= TEASER_MAX_WORDS and _more_link_end(b)}
    if len(more) < TEASERS_MORE_MIN:
        more = set()
    for i, b in enumerate(blocks):
        if b.role != TEXT or b.kind != BlockKind.P or b.words > TEASER_MAX_WORDS:
            continue
        if not ((b.text[-1:].isdigit() or b.folded.endswith(("uhr", "h")))
                and cues.TEASER_STAMP_RE.search(b.text)) \
                and id(b) not in more:  # (round 16: "... möglich. mehr")
            continue
        b.mark(CRUFT, RemovedKind.RELATED_LINK)
        prev = next((p for p in reversed(blocks[:i]) if p.role != IMAGE), None)
        if prev is not None and prev.role == TEXT and (
                _title_shaped(prev) or prev.kind == BlockKind.HEAD or prev.link_only
                or (id(b) in more and _question_title(prev))):  # (a title that asks)
            prev.mark(CRUFT, RemovedKind.RELATED_LINK)


#: Teasers read by their "more" link are at least this many in the post.
TEASERS_MORE_MIN = 2
_MORE_ENDS = tuple(w.casefold() for w in cues.TEASER_MORE_WORDS)


def _more_link_end(b: Block) -> bool:
    """The paragraph ends with a listing's bare "more" link after its lead's last sentence
    (:data:`normalizer.cues.text.TEASER_MORE_RE`), its last word looked at first (or its
    last figure: the listing's day after the link)."""
    return (b.folded.rstrip(" »›>…").endswith(_MORE_ENDS) or b.text.rstrip()[-1:].isdigit()) \
        and cues.TEASER_MORE_RE.search(b.text) is not None


def _comment_section(blocks: list[Block]) -> None:
    """The heading of a comment section near the post's end ("Kommentarer", "Comments
    (3)") and the few lines after it to the end: the comment policy and the form's words
    (:data:`normalizer.cues.text.COMMENT_TAIL_MAX_LINES`)."""
    tail: list[Block] = []
    for b in reversed(blocks):
        if (b.role == TEXT or (b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME)) \
                and cues.COMMENT_HEADING_RE.match(b.text):
            if tail and sum(t.words for t in tail) <= cues.COMMENT_TAIL_MAX_WORDS:
                b.mark(CRUFT, RemovedKind.CHROME)
                for t in tail:
                    t.mark(CRUFT, RemovedKind.CHROME)
            return
        if b.role == TEXT:
            tail.append(b)
            if len(tail) > cues.COMMENT_TAIL_MAX_LINES:
                return


def _comment_bodies(blocks: list[Block]) -> None:
    """A comment's text under its head (:func:`_comment_head`, round 19): the line or two
    (:data:`normalizer.cues.text.COMMENT_BODY_MAX_LINES`) between the head and the next
    cruft line or the post's end, a thread pasted under a story. A run closed by a story
    line is left: the story may go on under a pasted head."""
    n = len(blocks)
    for i, b in enumerate(blocks):
        if b.role != CRUFT or not _comment_head(b):
            continue
        j = i + 1
        while j < n and blocks[j].role == TEXT and j - i <= cues.COMMENT_BODY_MAX_LINES:
            j += 1
        body = blocks[i + 1:j]
        if not body or (j < n and blocks[j].role != CRUFT) \
                or sum(t.words for t in body) > cues.COMMENT_BODY_MAX_WORDS:
            continue
        for t in body:
            t.mark(CRUFT, RemovedKind.CHROME)


def _comment_units(blocks: list[Block]) -> list[tuple[int, int]]:
    """The readers' comments a thread prints one by one, each as (first, last) index: a
    verb line (:data:`normalizer.cues.text.COMMENT_VERB_RE`, "комментирует материал"),
    the reader's name just above it when short, and the lines down to the controls that
    close it (:data:`normalizer.cues.text.COMMENT_ACTION_RE`, "Ответить" / "Пожаловаться")
    within :data:`normalizer.cues.text.COMMENT_UNIT_MAX_LINES` lines."""
    n = len(blocks)
    units: list[tuple[int, int]] = []
    i = 0
    while i < n:
        b = blocks[i]
        if b.role == IMAGE or cues.COMMENT_VERB_RE.match(b.text) is None:
            i += 1
            continue
        close = next((k for k in range(i + 1, min(n, i + 1 + cues.COMMENT_UNIT_MAX_LINES))
                      if blocks[k].role != IMAGE
                      and cues.COMMENT_ACTION_RE.match(blocks[k].text) is not None), None)
        if close is None:
            i += 1
            continue
        while close + 1 < n and blocks[close + 1].role != IMAGE \
                and cues.COMMENT_ACTION_RE.match(blocks[close + 1].text) is not None:
            close += 1
        first = i
        if i > 0 and blocks[i - 1].role == TEXT \
                and blocks[i - 1].words <= cues.COMMENT_NAME_MAX_WORDS:
            first = i - 1
        if sum(t.words for t in blocks[first:close + 1] if t.role == TEXT) \
                <= cues.COMMENT_UNIT_MAX_WORDS:
            units.append((first, close))
        i = close + 1
    return units


def _comment_runs(blocks: list[Block]) -> None:
    """A thread of readers' comments pasted under a story (issue 10, round 20): each
    comment a short run of its own, a name, a verb line, a time, the text, its votes and
    the reply and report controls (:func:`_comment_units`). Only when the shape repeats
    (:data:`normalizer.cues.text.COMMENT_RUN_MIN` comments): a story quoting a "says:"
    line once is left; its lines then are the thread's, the text among them too."""
    units = _comment_units(blocks)
    if len(units) < cues.COMMENT_RUN_MIN:
        return
    for first, last in units:
        for t in blocks[first:last + 1]:
            if t.role == TEXT:
                t.mark(CRUFT, RemovedKind.CHROME)


#: A reader's signature under a comment: a short name and the day and clock time it was
#: posted ("gabriel sempéré Le 11 septembre 2018 à 12:57").
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


def _comment_signature(b: Block) -> bool:
    """A comment's signature line (:data:`_CLOCK`): a date line whose words besides the
    date are a name of at most :data:`normalizer.cues.text.COMMENT_NAME_MAX_WORDS` words."""
    if b.role == IMAGE or not _CLOCK.search(b.text):
        return False
    is_date, rest = split_date_line(b.text)
    return is_date and 0 < len(rest.split()) <= cues.COMMENT_NAME_MAX_WORDS


def _signed_comments(blocks: list[Block]) -> None:
    """A thread whose comments each close with the reader's signature (:func:`_comment_
    signature`) and, mostly, the reply control under it ("Répondre"): the text between
    the signatures is the readers', not the story's (regards.fr, round 40). Only where
    :data:`normalizer.cues.text.COMMENT_RUN_MIN` signatures carry a control; the first
    comment is the few lines right above the first signature
    (:data:`normalizer.cues.text.COMMENT_BODY_MAX_LINES`)."""
    shown = [k for k, b in enumerate(blocks) if b.role != IMAGE]
    signed = [n for n, k in enumerate(shown) if _comment_signature(blocks[k])]
    answered = [n for n in signed if n + 1 < len(shown)
                and cues.COMMENT_ACTION_RE.match(blocks[shown[n + 1]].text) is not None]
    if len(answered) < cues.COMMENT_RUN_MIN:
        return
    first, last = answered[0], answered[-1]
    signed = [n for n in signed if first <= n <= last]
    start = first
    while start > 0 and first - start < cues.COMMENT_BODY_MAX_LINES \
            and blocks[shown[start - 1]].role == TEXT \
            and blocks[shown[start - 1]].words <= cues.COMMENT_BODY_MAX_WORDS:
        start -= 1
    for n in range(start, min(last + 2, len(shown))):  # (the last reply control too)
        b = blocks[shown[n]]
        if b.role in (TEXT, META) or n in signed:
            b.mark(CRUFT, RemovedKind.CHROME)


def _comment_thread(blocks: list[Block]) -> None:
    """A comment thread pasted under a story, its heading first (issue 10, round 20): a
    heading with its count (:data:`normalizer.cues.text.COMMENT_THREAD_HEAD_RE`,
    "Комментарии к новости (11)") and a comment's verb line or controls within
    :data:`normalizer.cues.text.COMMENT_THREAD_LOOK` lines below it ("комментирует
    материал", "Ответить"). A paste keeps each label once, so the thread's comments stand
    bare after the first: every line from the heading to the next headline (the next
    story's) is the thread's, the lists the page printed under it too."""
    n = len(blocks)
    for i, b in enumerate(blocks):
        if b.role == IMAGE or cues.COMMENT_THREAD_HEAD_RE.match(b.text) is None:
            continue
        below = [t for t in blocks[i + 1:] if t.role != IMAGE][:cues.COMMENT_THREAD_LOOK]
        if not any(cues.COMMENT_VERB_RE.match(t.text) or cues.COMMENT_ACTION_RE.match(t.text)
                   for t in below):
            continue
        b.mark(CRUFT, RemovedKind.CHROME)
        for t in blocks[i + 1:n]:
            if t.kind == BlockKind.HEAD and t.role == TEXT:
                break
            if t.role == TEXT:
                t.mark(CRUFT, RemovedKind.CHROME)
        return


def _trailing_titles(blocks: list[Block]) -> None:
    """Headline-shaped lines after the post's last sentence: the titles of other stories
    a page listed under this one, pasted without their label or links (see
    :data:`TRAILING_TITLES_MAX`; a longer run when it reads as headlines,
    :func:`_headline_run`). Only after a sentence of the post's own text. First letting
    titles ask a question (:func:`_question_title`: "Razionale o psicopatico? La
    metamorfosi di Putin"), in a run of up to :data:`QUESTION_RUN_MAX` lines that
    :func:`_headline_run` reads as headlines; where that finds none, without them. Read
    at the post's end and, a run that reads as headlines only, above each heading: a
    post of two stories lists the first one's related titles above the second one's
    headline (issue 10, round 15; a line or two closing a section under its heading, "Cocoa
    d. West Shore 61-21", is the story's)."""
    if not _trailing_run(blocks, len(blocks), questions=True):
        _trailing_run(blocks, len(blocks), questions=False)
    for end in (i for i, b in enumerate(blocks) if b.kind == BlockKind.HEAD and b.role == TEXT):
        if not _trailing_run(blocks, end, questions=True, short=False):
            _trailing_run(blocks, end, questions=False, short=False)


def _trailing_run(blocks: list[Block], end: int, *, questions: bool, short: bool = True) -> bool:
    """The trailing titles of ``blocks[:end]`` (see :func:`_trailing_titles`); ``short``:
    also a run of up to :data:`TRAILING_TITLES_MAX` titles that :func:`_headline_run` does
    not read as headlines."""
    run: list[Block] = []
    for i in range(end - 1, -1, -1):
        b = blocks[i]
        if b.role != TEXT:
            continue
        if run and _headline_run(run) and (tags := _tags_under_furniture(blocks, i)):
            for t in run + tags:  # (the post's tags under its share bar, then the titles)
                t.mark(CRUFT, RemovedKind.RELATED_LINK)
            return True
        if _title_shaped(b, inner_stops=True) or (questions and _question_title(b)):
            run.append(b)
            if len(run) > (QUESTION_RUN_MAX if questions else HEADLINE_RUN_MAX):
                return False
            continue
        while run and not _title_shaped(run[-1], inner_stops=True):
            run.pop()  # (the line under the post's last sentence asks: the post's own)
        if b.kind == BlockKind.P and is_sentence(b.text) and (
                (_headline_run(run) and not _introduces_list(b.text)) or (
                short and not questions and len(run) <= TRAILING_TITLES_MAX
                and all(map(_title_shaped, run)))):
            # (a longer run under a line that introduces it, "Here are the places:", is
            # the post's own list)
            for t in run:
                t.mark(CRUFT, RemovedKind.RELATED_LINK)
            return bool(run)
        return False
    return False


def _tags_under_furniture(blocks: list[Block], i: int) -> list[Block]:
    """The run of tag-shaped lines (:func:`_tag_shaped`) ending at line ``i``, when the
    line right above the run is the page's furniture (a share bar, a related list's
    label): the post's tags, as a page prints them between its share bar and a list of
    other stories' headlines (issue 10, round 14). Else nothing."""
    tags: list[Block] = []
    for b in reversed(blocks[:i + 1]):
        if b.role == IMAGE:
            continue
        if b.role == TEXT and _tag_shaped(b) and len(tags) < cues.TAGS_UNDER_BAR_MAX:
            tags.append(b)
            continue
        return tags if tags and _furniture(b) else []
    return []


#: A run of more than TRAILING_TITLES_MAX headline-shaped lines at a post's end is a list
#: of other stories' headlines when it has at most this many lines, each of at least
#: HEADLINE_RUN_MIN_WORDS words (a post's own list names places or things in a few words),
#: none ending with a comma or a semicolon (a poem's lines do) and no two opening with
#: the same word (a post's own list repeats its pattern: "Day 1 ...", "Day 2 ...").
HEADLINE_RUN_MAX = 8
HEADLINE_RUN_MIN_WORDS = 5
#: ... and of at least this many words on average: news headlines run longer than the
#: lines of a verse or of a post's own list ("Roses are red in the garden").
HEADLINE_RUN_MEAN_WORDS = 8
#: ... and one opening word may open two of a list of eight or more ("Le ultime notizie
#: sulla guerra in Ucraina" and "Le ultime notizie ... di martedì"): at most one line in this
#: many (a post's own list repeats its opening in every line).
HEADLINE_RUN_SAME_OPENING_SHARE = 4
#: A run of titles some of which ask questions is read up to this many lines (a related
#: box of a dozen titles; a post's own list of questions is read by the share above).
QUESTION_RUN_MAX = 12


#: Armenian letters: Armenian typed on a Latin keyboard ends sentences with ":" for "։".
_ARMENIAN_END = re.compile(r"[\u0531-\u0587]\W*:\s*$")


def _introduces_list(text: str) -> bool:
    """The line ends with a colon that announces what follows ("Here are the places:"),
    not with an Armenian full stop typed as a colon."""
    return text.rstrip().endswith((":", "：")) and not _ARMENIAN_END.search(text)


def _question_title(b: Block) -> bool:
    """Another story's headline that asks (a question of at most
    :data:`QUESTION_TITLE_MAX_WORDS` words, one phrase), opening with a capital as
    :func:`_title_shaped`'s titles do."""
    text = b.text.strip()
    return b.kind == BlockKind.P and TRAILING_TITLE_MIN_WORDS <= b.words \
        <= QUESTION_TITLE_MAX_WORDS and text.endswith(("?", "？")) \
        and text.lstrip(_OPENING_QUOTES)[:1].isupper() and not is_prose(text) \
        and not _story_line(text)


def _headline_run(run: list[Block]) -> bool:
    """See :data:`HEADLINE_RUN_MAX`; at most a third of the run's titles ask a question
    (a post's closing questions stand under its text, no list's). The openings are
    counted over the run's distinct lines: a title a page listed twice (in its related box
    and again under "More on this story") repeats no pattern of a list of the post's own
    (issue 10, round 15)."""
    if len(run) <= TRAILING_TITLES_MAX:
        return False
    firsts: dict[str, int] = {}
    for line in {b.folded for b in run}:
        first = line.split(maxsplit=1)[0]
        firsts[first] = firsts.get(first, 0) + 1
    questions = sum(1 for b in run if is_sentence(b.text))
    return max(firsts.values()) <= max(1, len(run) // HEADLINE_RUN_SAME_OPENING_SHARE) \
        and 3 * questions <= len(run) \
        and sum(b.words for b in run) >= HEADLINE_RUN_MEAN_WORDS * len(run) and all(
        b.words >= HEADLINE_RUN_MIN_WORDS and not b.text.rstrip().endswith((",", ";", "，"))
        for b in run)


#: Another story's headline in headline case: every word of this many letters or more
#: opens with a capital ("If Mississippi Votes That a Fetus Is Legally a Human, Will Kids
#: Be Able To Vote at Age 17?"), at least TITLE_CASE_MIN_LONG_WORDS of them. No story's
#: sentence is so written, nor a German one (its verbs and adjectives are lower-case).
TITLE_CASE_LONG_WORD = 4
TITLE_CASE_MIN_LONG_WORDS = 4
#: ... at least this many such lines in a row close a story: a related list.
TITLE_CASE_RUN_MIN = 3
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")
_NUMBERED = re.compile(r"\s*\d+[.)]\s")


def _headline_cased(b: Block) -> bool:
    """A paragraph of a few words (at most :data:`LINK_TITLE_MAX_WORDS`, one sentence or
    two: a title and its dek) in headline case (:data:`TITLE_CASE_LONG_WORD`), whatever
    mark ends it. A numbered line ("64. Name, Title of a Book (Place: Publisher, 2018)")
    is the post's own note or list item."""
    if b.role != TEXT or b.kind != BlockKind.P or b.words > LINK_TITLE_MAX_WORDS \
            or _sentences(b.text) > 2 or _story_line(b.text) or _NUMBERED.match(b.text):
        return False
    long_words = [w for w in _WORD_RUN.findall(b.text) if len(w) >= TITLE_CASE_LONG_WORD]
    return len(long_words) >= TITLE_CASE_MIN_LONG_WORDS and all(w[0].isupper() for w in long_words)


def _headline_cased_runs(blocks: list[Block]) -> None:
    """A run of :data:`TITLE_CASE_RUN_MIN` lines or more in headline case
    (:func:`_headline_cased`) closing a story (only pictures and lines taken out after it,
    up to the next heading, metadata line, separator or the post's end), under a line of
    the post's own that is a sentence: the titles of other stories a page listed under
    this one, pasted with it, their sentence marks kept ("... Not Anytime Soon.", "...
    at Age 17?"), which :func:`_trailing_titles` reads as sentences (issue 10, round 26:
    the themes of heldout8)."""
    i = len(blocks) - 1
    while i >= 0:
        b = blocks[i]
        if b.role in (IMAGE, CRUFT):
            i -= 1
            continue
        start = i
        while start >= 0 and (blocks[start].role in (IMAGE, CRUFT)
                              or _headline_cased(blocks[start])):
            start -= 1
        run = [c for c in blocks[start + 1:i + 1] if c.role == TEXT]
        above = blocks[start] if start >= 0 else None
        if len(run) >= TITLE_CASE_RUN_MIN and above is not None and above.role == TEXT \
                and above.kind == BlockKind.P and is_sentence(above.text):
            for c in run:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)
        # on to the line above the next heading, metadata line or separator
        i = start
        while i >= 0 and not (blocks[i].role in (META, SEP) or _heading_shaped(blocks[i])):
            i -= 1
        i -= 1


def _tag_lines(blocks: list[Block], *, dump: bool) -> None:
    """The post's tags shown with their hash signs (:data:`normalizer.cues.text.HASHTAGS_RE`,
    and on a page :data:`normalizer.cues.text.TAG_TERM_RE`): the page's, not the story's."""
    for b in blocks:
        if b.role != TEXT or b.kind != BlockKind.P or not b.text.lstrip().startswith("#"):
            continue
        if cues.HASHTAGS_RE.match(b.text) or cues.HASHTAG_TERMS_RE.match(b.text) or (
                not dump and b.words <= cues.TAG_LINE_MAX_WORDS and cues.TAG_TERM_RE.match(b.text)):
            b.mark(CRUFT, RemovedKind.CHROME)


#: A keyword line is at least this many words, and at least KEYWORD_NAMES_MIN of them are
#: written with a capital elsewhere in the post (names, lower-cased as tag lists print them:
#: "múte b. egede grønland selvstændighed ... donald trump").
KEYWORD_LINE_MIN_WORDS = 3
KEYWORD_LINE_MAX_WORDS = 20
KEYWORD_NAMES_MIN = 2
#: ... and names are at least this share of its words (a lower-case sentence of a blog
#: names a network or two among many small words).
KEYWORD_NAMES_SHARE = 1 / 3
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_][^\W\d_]+")


def _keyword_lines(blocks: list[Block]) -> None:
    """A line of the post's keywords: lower case only, no sentence, and holding names the
    post writes with a capital (a story's lines write names with their capitals; a line of
    verse in lower case names no one the story names)."""
    names: set[str] | None = None
    for b in blocks:
        if b.role != TEXT or b.kind != BlockKind.P \
                or not KEYWORD_LINE_MIN_WORDS <= b.words <= KEYWORD_LINE_MAX_WORDS \
                or b.text != b.text.lower() or b.text == b.text.upper() or is_sentence(b.text):
            continue
        if names is None:
            names = {w.lower() for c in blocks if c.role == TEXT and c is not b
                     for w in _CAPITALISED.findall(c.text) if w[0].isupper()}
        found = {w for w in _CAPITALISED.findall(b.text) if w in names}
        if len(found) >= max(KEYWORD_NAMES_MIN, b.words * KEYWORD_NAMES_SHARE):
            b.mark(CRUFT, RemovedKind.CHROME)


#: A list heading in capitals over other stories' headlines ("HERE'S WHAT YOU NEED TO KNOW
#: ABOUT X:") is at least this many words, with at least CAPS_LIST_MIN_ITEMS headlines
#: under it (a story's own capitalised heading, "HERE'S WHAT ELSE IS HAPPENING:", is
#: followed by its sentences).
CAPS_HEADING_MIN_WORDS = 3
CAPS_LIST_MIN_ITEMS = 2


def _caps_list_heading(blocks: list[Block]) -> None:
    """A line in capitals ending with a colon, over a run of headlines (no sentence, or a
    title cut short or asked): a list of other stories, whose titles are taken out. The
    heading stays a line of the story for the splitter: a wire story's part made only of
    furniture between its "___" rules would read as the story's end, and the part after
    it ("HERE'S WHAT ELSE IS HAPPENING:") as another story."""
    for i, b in enumerate(blocks):
        if b.role != TEXT or b.kind != BlockKind.P or b.words < CAPS_HEADING_MIN_WORDS \
                or b.words > LINK_TITLE_MAX_WORDS or not _introduces_list(b.text) \
                or b.text != b.text.upper() or b.text == b.text.lower():
            continue
        run: list[Block] = []
        for c in blocks[i + 1:]:
            if c.role == IMAGE:
                continue
            if c.role != TEXT or c.kind not in (BlockKind.P, BlockKind.ITEM) \
                    or c.words > LINK_TITLE_MAX_WORDS \
                    or (is_prose(c.text) and is_sentence(c.text)) \
                    or not (_unfinished(c.text) or _headline_like(c)) or _story_line(c.text) \
                    or len(run) >= HEADLINE_RUN_MAX:
                break
            run.append(c)
        if len(run) >= CAPS_LIST_MIN_ITEMS:
            for c in run:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)


def _beside_enlarge(blocks: list[Block]) -> None:
    """A picture's "enlarge" control printed as a line (:data:`normalizer.cues.text.
    ENLARGE_RE`) is chrome, and the short line just before it (or, not a sentence, just
    after it) is the picture's caption."""
    for i, b in enumerate(blocks):
        if b.role == TEXT and "/" in b.text and b.words <= cues.ENLARGE_CAPTION_MAX_WORDS \
                and (m := cues.ENLARGE_SLASH_RE.match(b.text)):
            _slashed_caption(blocks, i, fold(m.group("caption")))
            continue
        if b.role not in (TEXT, CRUFT) or b.words > cues.ENLARGE_LABEL_MAX_WORDS \
                or not cues.ENLARGE_RE.match(b.text):
            continue
        b.mark(CRUFT, RemovedKind.CHROME)
        if b.text.lstrip().startswith(cues.ENLARGE_OVER_MARKS):
            _under_enlarge(blocks, i)
            continue
        if b.text.rstrip().endswith((":", "：")):
            _after_gallery_label(blocks, i)
            continue
        for j, after in ((i - 1, False), (i + 1, True)):
            if not 0 <= j < len(blocks):
                continue
            c = blocks[j]
            if c.role == TEXT and c.kind == BlockKind.P \
                    and c.words <= cues.ENLARGE_CAPTION_MAX_WORDS and not is_prose(c.text) \
                    and not (after and is_sentence(c.text)):
                c.mark(CRUFT, RemovedKind.CAPTION)


def _slashed_caption(blocks: list[Block], i: int, caption: str) -> None:
    """The control run into its caption ("Enlarge / Pellet of LK-99 ...",
    :data:`normalizer.cues.text.ENLARGE_SLASH_RE`) is the caption; the line above it that
    says the same is the picture's alt text, and a short line under it closed by a
    licence in brackets ("Hyun-Tak Kim (CC BY 4.0)") its credit."""
    blocks[i].mark(CRUFT, RemovedKind.CAPTION)
    above = next((o for o in reversed(blocks[:i]) if o.role != SEP), None)
    if above is not None and above.role == TEXT and above.folded == caption:
        above.mark(CRUFT, RemovedKind.IMAGE_ALT)
    under = next((o for o in blocks[i + 1:] if o.role != SEP), None)
    if under is not None and under.role == TEXT and under.words <= CREDIT_LINE_MAX_WORDS \
            and _LICENCE_END.search(under.text):
        under.mark(CRUFT, RemovedKind.CREDIT)


#: A picture's licence closing its credit: "(CC BY 4.0)", "(CC BY-SA 3.0)", "(Public domain)".
_LICENCE_END = re.compile(r"\((?:CC[ -]?(?:BY|0)(?:[ -](?:SA|ND|NC))*(?:[ -]\d\.\d)?|"
                          r"public domain)\)\s*$", re.IGNORECASE)


#: Sentences a caption under a gallery's label holds at most (its credit glued after them).
GALLERY_CAPTION_MAX_SENTENCES = 3


def _after_gallery_label(blocks: list[Block], i: int) -> None:
    """Under a control that opens its picture in the page's gallery, closed by a colon
    ("Open this photo in gallery:"), the next line is the picture's caption, sentences and
    credit (:data:`CAPTION_DATED_MAX_WORDS` words at most); the line above it is the
    page's own (a headline over its picture)."""
    c = next((o for o in blocks[i + 1:] if o.role != SEP), None)
    if c is not None and c.role == TEXT and c.kind == BlockKind.P \
            and c.words <= CAPTION_DATED_MAX_WORDS \
            and _sentences(c.text) <= GALLERY_CAPTION_MAX_SENTENCES:
        c.mark(CRUFT, RemovedKind.CAPTION)


def _under_enlarge(blocks: list[Block], i: int) -> None:
    """Under a control standing over its picture ("[+] Enlarge"), the picture's credit
    (already taken by its shape) and then one line of a sentence or two are its caption
    (issue 10, round 10b); with no credit under it, nothing more is taken."""
    if i + 2 >= len(blocks) or blocks[i + 1].role != CRUFT \
            or blocks[i + 1].cruft_kind != RemovedKind.CAPTION:
        return
    c = blocks[i + 2]
    if c.role == TEXT and c.kind == BlockKind.P and c.words <= cues.ENLARGE_CAPTION_MAX_WORDS \
            and _sentences(c.text) <= 1:
        c.mark(CRUFT, RemovedKind.CAPTION)

#: A line of a story's tail (what follows its last paragraph of body text, up to the next
#: heading, metadata line or the end) is at most this long; longer lines are body text.
TAIL_LINE_MAX_WORDS = 16
#: A lower-case line of at most this many words before the tail's furniture is a tag or
#: a kicker ("εξιχνίαση κλοπής"), never a sign-off (names open with capitals).
TAIL_TAG_MAX_WORDS = 3
#: A paper's name and town in brackets ("The Daily Observer (Banjul)") is this short.
OUTLET_PLACE_MAX_WORDS = 7
_TAIL_TRIGGERS = (RemovedKind.RELATED_LINK, RemovedKind.PROMO, RemovedKind.PAYWALL,
                  RemovedKind.CHROME)
_BOX_TRIGGERS = (RemovedKind.PROMO, RemovedKind.PAYWALL)
#: A newsletter or paywall box's heading ("Newsletters", "Sign up") is this short.
BOX_LABEL_MAX_WORDS = 3


def _box_label(b: Block) -> bool:
    """The heading of a newsletter or paywall box: the short sentences under it are its
    blurb ("Start and end the day well informed."), not the story's."""
    return b.cruft_kind in _BOX_TRIGGERS and b.words <= BOX_LABEL_MAX_WORDS \
        and not is_sentence(b.text)


def _story_tails(blocks: list[Block]) -> None:
    """The furniture a page prints after each story: related lists, share bars, newsletter
    boxes, with the short lines among them that no rule of their own took. Per part of the
    page between headings and metadata lines, after its last line of body text (a line
    longer than :data:`TAIL_LINE_MAX_WORDS` words or of two sentences), once the tail holds
    a related, promo or chrome line (an ad label does not count: the story may go on under
    an ad):

    - after that line, every short line that is not a sentence, and a short sentence
      after a promo or paywall line (a newsletter box's blurb);
    - before it, a short line shaped as no story line is: another story's title
      (:func:`_title_shaped`), a lower-case tag, an agency's name alone
      (:data:`normalizer.cues.text.AGENCY_TOKEN_RE`), or a line between two lines already
      taken out.

    A story's closing credit, a dateline or an address is never taken (:func:`_story_line`).
    """
    start = 0
    for end in range(len(blocks) + 1):
        if end == len(blocks) or blocks[end].role in (META, SEP) or _heading_shaped(blocks[end]):
            # (the line right above a date line stays: the splitter reads it to tell
            # whether the date line is the next story's dated headline)
            stop = end - 1 if end < len(blocks) and blocks[end].role == META else end
            if stop - start > 1:
                _tail(blocks[start:stop])
            start = end + 1


def _heading_shaped(b: Block) -> bool:
    """A heading, or a bold line that is no sentence: where the page's next story (or the
    story's next section) may open."""
    return b.role == TEXT and (b.kind == BlockKind.HEAD or (
        b.bold and b.words <= LINK_TITLE_MAX_WORDS and not is_sentence(b.text)))


def _tail_candidate(b: Block) -> bool:
    """A paragraph (not a list's item: a post's own list may follow a promo-shaped item)
    short enough to be furniture, no story line."""
    return b.role == TEXT and b.kind == BlockKind.P \
        and b.words <= TAIL_LINE_MAX_WORDS and not is_prose(b.text) and not _story_line(b.text)


def _story_line(text: str) -> bool:
    """A line only a story ends with: its closing credit, sign-off, a dateline, a tweet's
    sign-off, or a pointer with an address."""
    return bool(cues.STORY_END_RE.match(text) or cues.CONTRIBUTED_RE.match(text)
                or _dateline_lead(text) or cues.TWEET_SIGNOFF_RE.match(text)
                or _URL.search(text) or signoff_source(text))


def _tail(part: list[Block]) -> None:
    last_body = -1
    for i, b in enumerate(part):
        if b.role == TEXT and (b.kind not in (BlockKind.P, BlockKind.ITEM)
                               or b.words > TAIL_LINE_MAX_WORDS
                               or (is_prose(b.text) and not _teaser_shaped(b.text))):
            last_body = i
    if last_body < 0 and not _furniture(next((b for b in part if b.role != IMAGE and not (
            b.role == CRUFT and b.cruft_kind == RemovedKind.CAPTION)), part[0])):
        return  # (a part that opens with furniture, under a byline or date line, is all
        # tail; the picture's caption over it passed over, round 18)
    tail = part[last_body + 1:]
    _pasted_captions(tail)
    if all(is_sentence(b.text) or b.text.rstrip().endswith(tuple(_BRACKET_CLOSE))
           or cues.CJK_END_MARK_RE.search(b.text) is not None  # ("。完", round 18)
           for b in part[:last_body + 1]
           if b.role == TEXT and b.kind == BlockKind.P and b.words > TAIL_LINE_MAX_WORDS):
        _unpunctuated_tail(tail)  # (a page that punctuates its paragraphs: a blog may not)
    first = next((i for i, b in enumerate(tail) if b.role == CRUFT
                  and b.cruft_kind in _TAIL_TRIGGERS and not _ad_label(b)), None)
    if first is None:
        return
    marks: list[tuple[Block, RemovedKind]] = []
    tags = _tag_run(tail[:first]) >= TAG_RUN_MIN_LINES
    above = part[last_body]  # the story's line the lines above the trigger stand under
    for i in range(first - 1, -1, -1):  # the lines just above it, up to one of the story's
        b = tail[i]
        if b.role != TEXT:
            continue
        if not ((_tail_candidate(b) and (b.words == 1 or not is_sentence(b.text))
                 and ((tags and _tag_shaped(b)) or _tail_label_shaped(tail, i)))
                or _link_list_line(b, named=True)):
            # (a single word is no sentence, even cut with "…": a tag)
            above = b
            break
        marks.append((b, RemovedKind.RELATED_LINK))
        if _foot_label(b):  # (the page's label right under the story's last line: what
            above = next((c for c in reversed(tail[:i]) if c.role == TEXT), above)
            break           # stands above it is the story's, its credits too, round 24)
    if marks and _introduces_list(above.text):
        marks = []  # the post's own list under its line "..., the best sellers were:"
    trigger = tail[first]
    for b in tail[first + 1:]:
        if b.role == CRUFT and b.cruft_kind in _TAIL_TRIGGERS and not _ad_label(b):
            trigger = b
        elif (_tail_candidate(b) and (not is_sentence(b.text) or _box_label(trigger)
                                      or _after_furniture_shaped(b))
              or _tail_teaser(b) or _link_list_line(b)) \
                and not (b.link_only and b.words < LINK_TITLE_MIN_WORDS):
            # (a link of a word or two is navigation: "Next", "Learn more"; as for
            # _link_title, the chrome rules decide it)
            marks.append((b, trigger.cruft_kind))  # type: ignore[arg-type]
    for b, kind in marks:
        b.mark(CRUFT, kind)


def _fact_boxes(blocks: list[Block]) -> None:
    """Right under a story's related links or promo (pictures and captions passed over),
    a fact box's heading (:data:`normalizer.cues.text.FACT_BOX_LABEL_RE`: "Fakta om
    fødselsdepresjon", "Facts about X") opens the box: it and the lines under it, up to
    the next line taken out (the box's "Kilde: ..." source), heading, metadata line or
    separator, are background the page set beside the story, however long its sentences.
    A page marks the box by its class (:data:`normalizer.stories.extract.FACT_BOX_WORDS`);
    a post that pastes the story keeps only its lines (issue 10, round 26: the themes of
    heldout17)."""
    for i, b in enumerate(blocks):
        if not (b.role == TEXT and b.kind == BlockKind.P
                and b.words <= cues.FACT_BOX_LABEL_MAX_WORDS and not is_sentence(b.text)
                and cues.FACT_BOX_LABEL_RE.match(b.text)):
            continue
        above = next((a for a in reversed(blocks[:i]) if a.role != IMAGE and not (
            a.role == CRUFT and a.cruft_kind in (RemovedKind.CAPTION, RemovedKind.IMAGE_ALT))),
            None)
        if above is None or above.role != CRUFT or above.cruft_kind not in _TAIL_TRIGGERS:
            continue
        b.mark(CRUFT, RemovedKind.OTHER)
        for c in blocks[i + 1:]:
            if c.role != TEXT or _heading_shaped(c):
                break
            c.mark(CRUFT, RemovedKind.OTHER)


def _link_list_line(b: Block, *, named: bool = False) -> bool:
    """A link list's line in a story's tail ("Name: http://...", or a bare address after
    the tail's furniture: :data:`normalizer.cues.text.LINK_LINE_RE`), which
    :func:`_story_line` keeps for its address. ``named``: the name and colon are asked
    (above the furniture, a bare address may be the story's last pointer). Round 18."""
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= TAIL_LINE_MAX_WORDS \
        and (not named or ":" in b.text or "：" in b.text) \
        and cues.LINK_LINE_RE.match(b.text) is not None


def _teaser_shaped(text: str) -> bool:
    """A short line of two sentences that is no paragraph of a story: it ends with no
    full stop ("Tragiczny pożar na Podlasiu. Dwie osoby nie żyją", a list's title of two
    clauses), asks ("... do szkoły. Gdzie jest nastolatka?", a title that asks) or is cut
    short by an ellipsis ("... Maszyna nie ro…", a teaser). Such a line in a story's tail
    does not end the story's body there (issue 10, round 14)."""
    text = text.rstrip()
    return not is_sentence(text) or _open_end(text)


def _open_end(text: str) -> bool:
    """``text`` (stripped) ends in a question or is cut short by an ellipsis: a title's or
    a teaser's end, shared by a tail's teasers and the furniture after its bars."""
    return text.endswith(cues.QUESTION_MARKS) or _ELLIPSIS_END.search(text) is not None


def _tail_teaser(b: Block) -> bool:
    """A short line of two sentences shaped as a teaser (:func:`_teaser_shaped`), no
    story line: after the furniture of a story's tail, a related list's title."""
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= TAIL_LINE_MAX_WORDS \
        and is_prose(b.text) and _teaser_shaped(b.text) and not _story_line(b.text)


def _after_furniture_shaped(b: Block) -> bool:
    """After the furniture of a story's tail, a line that is a sentence only by its last
    mark is furniture too: a single word ("Szok!", a list's kicker), a question (a poll's,
    or a title that asks), a short exclamation (a widget's slogan, "天天送上精选好内容！"),
    a short label closed by a colon (a share box's "Copy the link below:": left as text,
    it would read as a line introducing what follows, the next story's headline) or a
    teaser cut short by an ellipsis (issue 10, round 14). A full stop after the furniture
    is left to the box rules (a newsletter's blurb)."""
    text = b.text.rstrip()
    return b.words == 1 or _open_end(text) \
        or (b.words <= cues.EXCLAMATION_MAX_WORDS and text.endswith(cues.EXCLAMATION_MARKS)) \
        or (b.words <= cues.LABEL_COLON_MAX_WORDS and text.endswith((":", "：")))


#: A story's tail holding at least this many captions (read by their credits) holds the
#: post's pictures' captions pasted after the story, one a line (round 12: a Chinese
#: feature's "小花家。", "大涧学校。" under two credited ones); one picture near the story's
#: end may stand over the story's short last lines.
PASTED_CAPTIONS_MIN = 2


def _pasted_captions(tail: list[Block]) -> None:
    """After the first of :data:`PASTED_CAPTIONS_MIN` captions or more in a story's tail
    (what follows its last paragraph of body text), every short line of one sentence or
    none is one more caption (a closing credit or sign-off is never taken:
    :func:`_tail_candidate`)."""
    at = [i for i, b in enumerate(tail)
          if b.role == CRUFT and b.cruft_kind == RemovedKind.CAPTION]
    if len(at) < PASTED_CAPTIONS_MIN:
        return
    for b in tail[at[0] + 1:]:
        if _tail_candidate(b) and _sentences(b.text) <= 1:
            b.mark(CRUFT, RemovedKind.CAPTION)


#: Scripts whose story lines always close with a full stop or a bracket ("。", "！", "）"):
#: Chinese and Japanese. A short line of theirs with neither, after the story's last
#: sentence, is a picture's caption or label (round 12: "活动现场", a scene under a photo).
CLOSED_LINE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA")
#: ... at most this many words (a caption tells the picture in a phrase).
UNPUNCTUATED_CAPTION_MAX_WORDS = 20
_BRACKET_CLOSE = ")）]】」』》〉"


def _unpunctuated_tail(tail: list[Block]) -> None:
    """The lines closing a story's tail (pictures and lines taken out passed over) that
    are short, of a script of :data:`CLOSED_LINE_SCRIPTS`, and end with no full stop,
    bracket or colon: captions (a credit in brackets, "（记者 X）", or a label over a list
    stays; so does any line above a sentence). Asked where every long paragraph above
    ends as a sentence or with a bracket ("…(文/图 X)": the writer's credit closing it); a
    blogger who leaves out full stops writes info lines so: a camp's name, its phone."""
    for b in reversed(tail):
        if b.role in (IMAGE, CRUFT):
            continue
        text = b.text.rstrip()
        if b.role != TEXT or b.kind != BlockKind.P or b.words > UNPUNCTUATED_CAPTION_MAX_WORDS \
                or _script_of(text) not in CLOSED_LINE_SCRIPTS or is_sentence(text) \
                or text.endswith(tuple(_BRACKET_CLOSE)) or _introduces_list(text) \
                or _story_line(text):
            return
        b.mark(CRUFT, RemovedKind.CAPTION)


#: Lines of a word or a few ("Bea", "SHOW-MY", "BEA ALONZO") right above a story's related
#: list or share bar, at least this many in a row, are the post's tags (a story signs off
#: with a name and a place: two lines at most).
TAG_RUN_MIN_LINES = 3


def _tag_shaped(b: Block) -> bool:
    """A word or a few, no sentence (a single word is none, even cut with "…")."""
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= TAIL_TAG_MAX_WORDS \
        and (b.words == 1 or not is_sentence(b.text)) and not _story_line(b.text)


def _tag_run(lines: list[Block]) -> int:
    """How many tag-shaped lines end ``lines`` (pictures passed over)."""
    n = 0
    for b in reversed(lines):
        if b.role == IMAGE:
            continue
        if not _tag_shaped(b):
            break
        n += 1
    return n


def _between_related(blocks: list[Block]) -> None:
    """A headline-sized line between two links of a related list is one more of them,
    even ending as a sentence does ("... حرص می‌خورد!", "Who Wins? ..."): a list's titles
    end as they like."""
    shown = [b for b in blocks if b.role != IMAGE]  # (pictures passed over)
    for i in range(1, len(shown) - 1):
        prev, b, nxt = shown[i - 1], shown[i], shown[i + 1]
        if b.role == TEXT and _list_link(prev) and _list_link(nxt) and b.kind == BlockKind.P \
                and LINK_TITLE_MIN_WORDS <= b.words <= LINK_TITLE_MAX_WORDS \
                and not is_prose(b.text) and not _story_line(b.text):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)


def _between_furniture(blocks: list[Block]) -> None:
    """A run of up to :data:`RELATED_TITLES_MAX` headline-shaped lines (no sentence end,
    see :func:`_title_shaped`) with the page's furniture right above and right below it
    (a share bar, a comment counter, a related list's label): the teasers and picture
    titles of a related box, however long (a story's own line under a share bar ends as
    a sentence, or has a heading, a date or a byline beside it)."""
    shown = [b for b in blocks if b.role != IMAGE]  # (pictures passed over)
    i = 0
    while i < len(shown):
        if not _furniture(shown[i]):
            i += 1
            continue
        j = i + 1
        while j < len(shown) and j - i - 1 < RELATED_TITLES_MAX \
                and shown[j].role == TEXT and not shown[j].bold \
                and _title_shaped(shown[j]) and not is_prose(shown[j].text):
            j += 1
        if j > i + 1 and j < len(shown) and _furniture(shown[j]):
            for b in shown[i + 1:j]:
                b.mark(CRUFT, RemovedKind.RELATED_LINK)
        i = j if j > i + 1 else i + 1


def _skip_boxes(blocks: list[Block]) -> None:
    """A box a page lets screen readers skip, pasted as lines: its label (or the "Skip ..."
    line naming it) up to SKIP_BOX_MAX_LINES lines above the marker that closes it ("End
    of" and the label, :data:`cues.BOX_END_RE`), and every line between them (its titles,
    a consent notice, its buttons). The label is a short line of its own or inside a short
    line that is no sentence ("Skip <label> and continue reading"): a story's heading "End
    of an era" has no such line above it."""
    shown = [b for b in blocks if b.role != IMAGE]  # (pictures passed over)
    for j, end in enumerate(shown):
        if end.role == META or end.words > cues.SKIP_BOX_LABEL_MAX_WORDS + 2:
            continue
        m = cues.BOX_END_RE.match(end.text)
        if m is None:
            continue
        label = fold(m.group("head") or m.group("tail") or "")
        label_words = len(label.split())
        start = None
        for i in range(j - 1, max(-1, j - 1 - cues.SKIP_BOX_MAX_LINES), -1):
            f = shown[i].folded
            if f == label or (label in f and not is_sentence(shown[i].text)
                              and len(f.split()) <= label_words + cues.SKIP_BOX_EXTRA_WORDS):
                start = i  # (the farthest: "Skip <label>" stands over the label)
        if start is None or not 0 < len(label) <= 80 or \
                label_words > cues.SKIP_BOX_LABEL_MAX_WORDS:
            continue
        for b in shown[start:j + 1]:
            if b.role == TEXT:
                b.mark(CRUFT, RemovedKind.RELATED_LINK)


def _furniture(b: Block) -> bool:
    """A line taken out as a share bar, a counter, a related list's line or a promo (an
    ad label aside: the story may go on under an ad)."""
    return b.role == CRUFT and b.cruft_kind in _TAIL_TRIGGERS and not _ad_label(b)


def _list_link(b: Block) -> bool:
    """A line taken for a related list's link (its label alone is not one)."""
    return b.role == CRUFT and b.cruft_kind == RemovedKind.RELATED_LINK \
        and not _label_only(b.text, sections=True)  # (asked of a page's post only)


def _heading_repeated(blocks: list[Block]) -> None:
    """A paragraph repeating a heading of the post after story text under it (the
    picture's caption or a link that repeats the story's headline at its end): no line of
    the story."""
    headings: set[str] = set()
    body_since: set[str] = set()  # headings with a paragraph of body text under them
    for b in blocks:
        if b.role != TEXT:
            continue
        if b.kind == BlockKind.HEAD or b.bold:
            if b.words >= REPEATED_LINE_MIN_WORDS:
                headings.add(b.folded)
        elif headings:
            if b.kind == BlockKind.P and b.folded in body_since:
                b.mark(CRUFT, RemovedKind.RELATED_LINK)
            elif b.words > TAIL_LINE_MAX_WORDS and len(body_since) < len(headings):
                body_since |= headings


#: A pull quote repeats at least :data:`normalizer.cues.text.PULL_QUOTE_MIN_WORDS` words of
#: the story's body and at most this many (a longer repeat is a text the story quotes, then
#: prints).
PULL_QUOTE_MAX_WORDS = 50


def _pull_quotes(blocks: list[Block]) -> None:
    """A sentence of a paragraph that repeats a passage of a longer paragraph of the post,
    after the story's first paragraph of body text and between lines that repeat nothing:
    a pull quote the page set apart (a quote block, or pasted as one more paragraph: its
    quote marks and dashes may differ, so texts are compared as words only), and the
    dashed attribution line right under it (:data:`normalizer.cues.text.
    PULL_QUOTE_CREDIT_RE`). A standfirst the body repeats stands above the body; a
    statement the story quoted and then prints whole repeats in a run of paragraphs; an
    excerpt (cut with "…") is the story's."""
    paras = [b for b in blocks if b.role == TEXT and b.kind in (BlockKind.P, BlockKind.QUOTE)]
    first_body = next((n for n, b in enumerate(paras) if b.words > TAIL_LINE_MAX_WORDS), None)
    if first_body is None:
        return
    counts = [b.words for b in paras]
    texts = [_norm_alt(b) for b in paras]
    # (one text of all paragraphs, a line each: a paragraph found there once, in its own
    # line, repeats no other one, which one search tells)
    every = "\n".join(texts)

    def repeats(n: int) -> bool:
        """Paragraph ``n`` repeats a passage of a longer one set apart from it (a line
        right beside the paragraph it repeats is the story stressing its own words)."""
        count = counts[n]
        if count < cues.PULL_QUOTE_MIN_WORDS or every.count(key := texts[n]) < 2:
            return False
        return any(counts[m] > count and abs(m - n) > 1 and key in texts[m]
                   for m in range(len(paras)))

    after_first = range(first_body + 1, len(paras))
    seen: dict[int, bool] = {}

    def found(n: int) -> bool:
        """:func:`repeats`, asked only of a quote's candidates and their neighbours (every
        pair of paragraphs compared was ~3 % of a page's normalizing)."""
        if n not in after_first:
            return False
        if n not in seen:
            seen[n] = repeats(n)
        return seen[n]

    for n in after_first:
        b = paras[n]
        if not cues.PULL_QUOTE_MIN_WORDS <= b.words <= PULL_QUOTE_MAX_WORDS \
                or "…" in b.text or "..." in b.text \
                or not found(n) or found(n - 1) or found(n + 1) or not is_sentence(b.text):
            continue
        b.mark(CRUFT, RemovedKind.OTHER)
        at = blocks.index(b)
        nxt = next((c for c in blocks[at + 1:] if c.role != IMAGE), None)
        if nxt is not None and nxt.role == TEXT and nxt.kind in (BlockKind.P, BlockKind.QUOTE) \
                and nxt.words <= cues.PULL_QUOTE_CREDIT_MAX_WORDS \
                and cues.PULL_QUOTE_CREDIT_RE.match(nxt.text) and not is_prose(nxt.text):
            nxt.mark(CRUFT, RemovedKind.OTHER)


#: A quote box's quote: its quote mark closing, none opening (the page draws the opening
#: one), and at least this share of its words in one longer paragraph of the post (the
#: box words the story's quote anew: "We all work together to end this" for "We are all
#: working, each of us, to end this").
QUOTE_BOX_SHARE = 0.6
_CLOSING_QUOTES = "”»\"’“«"
_QUOTE_MARKS = "”»\"’“«„‘‚‹›「」"
#: Under the quote, the speaker's name and role, each a line of at most this many words
#: that is no sentence, at most QUOTE_BOX_CREDIT_LINES of them.
QUOTE_BOX_CREDIT_MAX_WORDS = 8
QUOTE_BOX_CREDIT_LINES = 2
_WORD = re.compile(r"\w+")


def _quote_boxes(blocks: list[Block]) -> None:
    """A quote box pasted into the story (round 18, issue 10): a line of
    :data:`normalizer.cues.text.PULL_QUOTE_MIN_WORDS` to :data:`PULL_QUOTE_MAX_WORDS`
    words whose only quote mark closes it, that words near enough what a longer paragraph
    says (:data:`QUOTE_BOX_SHARE`), with the speaker's name and role in short lines under
    it (:func:`_quote_credits`). Set apart (a heading, a bold or quote line) it needs no
    credit; a plain paragraph needs one: a paragraph that closes a quote opened a
    paragraph above is plain text with the story going on under it. A heading of the
    story that quotes opens its quote."""
    paras: list[Block] | None = None
    for i, b in enumerate(blocks):
        text = b.text.rstrip()
        if b.role != TEXT or b.kind not in (BlockKind.P, BlockKind.HEAD, BlockKind.QUOTE) \
                or not text.endswith(tuple(_CLOSING_QUOTES)) \
                or sum(text.count(c) for c in _QUOTE_MARKS) != 1 \
                or not cues.PULL_QUOTE_MIN_WORDS <= b.words <= PULL_QUOTE_MAX_WORDS:
            continue
        credits = _quote_credits(blocks, i)
        if not credits and b.kind == BlockKind.P and not b.bold:
            continue
        if paras is None:  # (asked only when a line is shaped so: rare)
            paras = [c for c in blocks if c.role == TEXT and c.kind == BlockKind.P]
        words = _WORD.findall(b.folded)
        if not any(c.words > b.words and _share_in(words, c) >= QUOTE_BOX_SHARE
                   for c in paras if c is not b):
            continue
        b.mark(CRUFT, RemovedKind.OTHER)
        for c in credits:
            c.mark(CRUFT, RemovedKind.OTHER)


def _quote_credits(blocks: list[Block], i: int) -> list[Block]:
    """The speaker's name and role under the quote at line ``i``: up to
    :data:`QUOTE_BOX_CREDIT_LINES` short lines opening with a capital that are no sentence
    (a line another rule took out already counts)."""
    credits: list[Block] = []
    for c in blocks[i + 1:]:
        if c.role == IMAGE:
            continue
        if len(credits) >= QUOTE_BOX_CREDIT_LINES or c.role not in (TEXT, CRUFT) \
                or c.kind != BlockKind.P or c.words > QUOTE_BOX_CREDIT_MAX_WORDS \
                or is_sentence(c.text) or not c.text.lstrip()[:1].isupper():
            break
        credits.append(c)
    return credits


def _share_in(words: list[str], para: Block) -> float:
    """The share of ``words`` that paragraph ``para`` holds."""
    held = set(_WORD.findall(para.folded))
    return sum(w in held for w in words) / len(words) if words else 0.0


#: A teaser's lead under a title of a related list is at most this long.
TEASER_LEAD_MAX_WORDS = 60
#: ... and such a list holds at least this many titles.
TEASED_TITLES_MIN = 2
#: Lines already taken out that stand for a title in such a list: a related link, and a
#: caption (a title under a picture's credit reads as the picture's caption; round 18).
_TEASED_TITLE_KINDS = (RemovedKind.RELATED_LINK, RemovedKind.CAPTION)


def _teasers_under_label(blocks: list[Block]) -> None:
    """A related list's label (alone on its line, or before a first title: "A lire aussi :
    Title"), then nothing but titles, each with at most one short lead under it ("À lire
    aussi" / title / lead / title / lead), to the post's end or to a heading (where the
    page's next part opens): the whole list goes, leads included (a lead is a sentence,
    which :func:`_link_after_label` leaves). At least :data:`TEASED_TITLES_MIN` titles
    under the label's line: one title and a short paragraph are a pointer and the story
    going on, and so is a paragraph after bare titles (leads stand under most titles or
    none). Pictures and lines already taken out pass over; any other line (a long
    paragraph, a date line) means the story goes on. A share bar's line opens such a list
    only under a story's paragraph: above every paragraph (a section page's feed bar over
    its cards), the titles and leads under it are the page itself."""
    first_paragraph = next((i for i, b in enumerate(blocks)
                            if b.role == TEXT and b.kind == BlockKind.P), len(blocks))
    for i, b in enumerate(blocks):
        if b.role != CRUFT or not (
                (b.cruft_kind == RemovedKind.RELATED_LINK
                 and (_label_only(b.text, sections=True) or cues.RELATED_RE.match(b.text)))
                or (b.cruft_kind == RemovedKind.CHROME and b.words <= BOX_LABEL_MAX_WORDS
                    and i > first_paragraph)):
            continue
        titles, leads, under_title, ended, n_leads = 0, [], False, True, 0
        last_title = False  # the run's last line of text is a title, not a lead
        for c in blocks[i + 1:]:
            if c.role in (IMAGE, CRUFT):
                if c.role == CRUFT and c.cruft_kind in _TEASED_TITLE_KINDS:
                    titles, under_title, last_title = titles + 1, True, True
                continue
            if c.role != TEXT or c.kind != BlockKind.P or (
                    b.cruft_kind == RemovedKind.CHROME and _heading_shaped(c)):
                ended = _heading_shaped(c)  # (under a share bar, a bold line opens a story)
                break
            if _title_shaped(c, inner_stops=True) or _caseless_title(c) or (
                    (c.link_only or (n_leads and not under_title and not is_sentence(c.text)
                                     and c.text.lstrip(_OPENING_QUOTES)[:1].isalnum()))
                # (not a bracketed pointer, "(Read also on: ...)", under the story's end)
                    and c.words <= LINK_TITLE_MAX_WORDS and not is_prose(c.text)):
                # (after a lead, the next title may end as a headline will not:
                # "... от А(H5N1)")
                titles, under_title, last_title = titles + 1, True, True
                leads.append(c)
            elif under_title and c.words <= TEASER_LEAD_MAX_WORDS:
                under_title, n_leads, last_title = False, n_leads + 1, False
                leads.append(c)
            else:
                ended = False
                break
        # A list whose titles carry leads carries one under most of them: one paragraph
        # after three bare titles is the story going on under the box, not a lead; unless
        # titles follow it (kickers and bare titles among titles with leads: a list goes
        # on after its leads, the story does not come back to titles).
        if ended and titles >= TEASED_TITLES_MIN and leads \
                and (n_leads == 0 or 2 * n_leads >= titles
                     or (last_title and titles > TEASED_TITLES_MIN)):
            for c in leads:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)
            _credits_in_list(blocks, i, leads)
            # (and on: a share bar's list and a related label's further down are two)


def _caseless_title(b: Block) -> bool:
    """A title of Chinese or Japanese, scripts with no capitals and no spaces between
    words, where :func:`_title_shaped` cannot ask for a capital: a paragraph of a few words
    that opens with a letter, digit or bracket of its own ("【速報】...", "11月以降...") and
    holds kana or ideographs, no sentence, no story-ending credit. Asked only in a run of
    titles under a related list's label. (Arabic and Hebrew titles, caseless too, are left
    to the rules as they were: their lists read by leads and titles as before.)"""
    text = b.text.strip()
    return b.kind == BlockKind.P and TRAILING_TITLE_MIN_WORDS <= b.words <= LINK_TITLE_MAX_WORDS \
        and _HAN_OR_KANA.search(text) is not None \
        and (text[:1].isalnum() or text[:1] in _CASELESS_OPENERS) \
        and not is_sentence(text) and not is_prose(text) \
        and not text.endswith((":", "：")) and not _dateline_lead(text) \
        and not cues.STORY_END_RE.match(text) and not signoff_source(text) \
        and not _URL.search(text)


_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Brackets and quotes a caseless script's title may open with (a kicker "【速報】", a
#: quotation 「...」, 『...』).
_CASELESS_OPENERS = "【「『〈《［(（\"“«"


def _credits_in_list(blocks: list[Block], label: int, listed: list[Block]) -> None:
    """An outlet's bare name between two titles of a related list (a portal's list: title,
    its outlet, title, its outlet), a title of the list right above it and one of the lines
    just ``listed`` under the label right below: it credits the title above it, not the
    story, so it leaves the sign-offs and is one more line of the list. (An outlet's name
    after the list's last title, over the post's tags, still signs the story.)"""
    shown = [b for b in blocks[label + 1:] if b.role != IMAGE]
    for above, c, below in zip(shown, shown[1:], shown[2:], strict=False):
        if c.role == CRUFT and c.cruft_kind == RemovedKind.COPYRIGHT and c.notes.get("signoff") \
                and above.role == CRUFT and above.cruft_kind == RemovedKind.RELATED_LINK \
                and any(below is b for b in listed):
            c.notes.pop("signoff", None)
            c.mark(CRUFT, RemovedKind.RELATED_LINK)


#: A related box's kicker over each title ("Akcja ratunkowa" / "Pożar domu w X. ..."): a
#: short line of this many words at least and at most (a fixtures list's day, "Friday",
#: over its games is one word) ...
KICKER_MIN_WORDS, KICKER_MAX_WORDS = 2, 4
#: ... in a run of at least this many kicker-and-title pairs.
KICKER_PAIRS_MIN = 3


def _kicker_titles(blocks: list[Block]) -> None:
    """Other stories' titles, each under its kicker, pasted right above the page's
    furniture (a related label, a share bar): a run of at least :data:`KICKER_PAIRS_MIN`
    pairs of a kicker (a short line that is no sentence, or asks) and a title
    (:func:`_kicked_title`: "Pożar domu w X. Policjanci ...", "... Co powiedzą X?").
    A title of many words ends a story's body for :func:`_tail`, so its rules never reach
    the run (issue 10, round 18)."""
    shown = [b for b in blocks if b.role != IMAGE]
    for j, b in enumerate(shown):
        if not _furniture(b):
            continue
        run: list[Block] = []
        i = j - 1
        while i >= 1 and _kicked_title(shown[i]) and _kicker(shown[i - 1]):
            run += [shown[i], shown[i - 1]]
            i -= 2
        kickers = run[1::2]
        firsts = Counter(k.folded.split()[0] for k in kickers)
        if len(kickers) >= KICKER_PAIRS_MIN and 2 * max(firsts.values()) <= len(kickers):
            # (kickers that open alike head a list of the story's own: "At Milan" over
            # each game of a fixtures list)
            for c in run:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)


def _kicked_title(b: Block) -> bool:
    """A title under a kicker: a paragraph of at most :data:`LINK_TITLE_MAX_WORDS` words
    opening with a capital that ends as no paragraph of a story does (no full stop, a
    question: :func:`_teaser_shaped`; no bracket either, as a result's "(2-0)" or a
    name's does, nor an ellipsis: a clipping's paragraphs cut short under their
    sub-headings), no story line."""
    text = b.text.strip()
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= LINK_TITLE_MAX_WORDS \
        and text.lstrip(_OPENING_QUOTES)[:1].isupper() and _teaser_shaped(text) \
        and not text.endswith((")", "）")) and _ELLIPSIS_END.search(text) is None \
        and not _story_line(text)


def _kicker(b: Block) -> bool:
    """A related box's kicker (see :func:`_kicker_titles`)."""
    text = b.text.rstrip()
    return b.role == TEXT and b.kind == BlockKind.P \
        and KICKER_MIN_WORDS <= b.words <= KICKER_MAX_WORDS and text[:1].isupper() \
        and (not is_sentence(text) or text.endswith(cues.QUESTION_MARKS)) \
        and not _story_line(text)


#: A bio under its box's label ("Über Jane" / "Jane schreibt seit ...") is taken above a
#: heading too (another story of the post under it) when it tells at most this many
#: sentences (round 18): the label and the name it repeats tell the box.
LABELLED_BIO_MAX_SENTENCES = 3


def _writer_bios(blocks: list[Block]) -> None:
    """The writers' bios at the post's end, after its last paragraph of body text: a line
    opening with a writer's name and telling their trade (:data:`normalizer.cues.text.
    BIO_RE`), or, for a writer the post's byline names, their beat or any bio verb
    (:data:`normalizer.cues.text.BIO_BEAT_RE`). A story's own sentence about a reporter
    has story text after it. The same above a heading (where a post's next story may
    open, round 12: a bio pasted between two stories), for a bio of one sentence, or of
    :data:`LABELLED_BIO_MAX_SENTENCES` under its box's label (:func:`_about_writer`)."""
    bylines = [b.folded for b in blocks if b.role == META and b.cruft_kind == MetaKind.BYLINE]
    walking, at_end = True, True  # (walking up from the post's end, or from a heading)
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.role == TEXT and b.kind == BlockKind.HEAD:
            walking, at_end = True, False
            continue
        if not walking or b.role != TEXT or b.kind != BlockKind.P:
            continue
        label = _about_writer(blocks, i)
        bio = cues.BIO_RE.match(b.text) is not None or label is not None or (
            (beat := cues.BIO_BEAT_RE.match(b.text)) is not None
            and any(fold(beat.group("name")) in line for line in bylines))
        if bio and (at_end or _sentences(b.text) <= (
                LABELLED_BIO_MAX_SENTENCES if label is not None else 1)):
            b.mark(CRUFT, RemovedKind.OTHER)
            if label is not None:
                label.mark(CRUFT, RemovedKind.OTHER)
        elif (b.words > TAIL_LINE_MAX_WORDS or is_prose(b.text)) \
                and not _title_shaped(b, inner_stops=True):
            # (another story's title under the bio, however long, is passed over: a
            # related list the page printed after it)
            walking = False  # the story's last paragraph of body text


#: A notice's label ("Note:", "Hinweis:", "Aviso:") is a heading or bold line of at most
#: this many words ending with a colon.
NOTICE_LABEL_MAX_WORDS = 2
_LABEL_COLONS = (":", "：")


def _notice_labels(blocks: list[Block]) -> None:
    """The label a page sets over its notice ("Hinweis:" over "Guest columns need not
    reflect the editors' view", round 18): a heading or bold line of at most
    :data:`NOTICE_LABEL_MAX_WORDS` words ending with a colon, right above a line taken out
    as the site's notice (chrome). A label over the story's text stays."""
    for i in range(1, len(blocks)):
        b, prev = blocks[i], blocks[i - 1]
        if b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME and prev.role == TEXT \
                and (prev.kind == BlockKind.HEAD or prev.bold) \
                and prev.words <= NOTICE_LABEL_MAX_WORDS \
                and prev.text.rstrip().endswith(_LABEL_COLONS):
            prev.mark(CRUFT, RemovedKind.CHROME)


def _about_writer(blocks: list[Block], i: int) -> Block | None:
    """The bio box's label right above line ``i`` ("About Jane" over "Jane writes for X
    since 2019 ...", "About the author" over any line; :data:`normalizer.cues.text.
    ABOUT_WRITER_RE`), when line ``i`` is that bio; else None."""
    prev = next((p for p in reversed(blocks[:i]) if p.role != IMAGE), None)
    if prev is None or prev.role != TEXT or prev.words > 5:
        return None
    m = cues.ABOUT_WRITER_RE.match(prev.text)
    if m is None:
        return None
    line = blocks[i].text
    if m.group("bare"):  # ("Die Autorin" over "Jane Doe (*1958) war ...": a name first)
        return prev if cues.BIO_NAME_RE.match(line) \
            and _sentences(line) <= cues.BARE_WRITER_LABEL_MAX_SENTENCES else None
    if not (m.group("trade") or (line.lstrip().startswith(m.group("name"))
                                 and not is_sentence(prev.text))):
        return None
    return prev


def _tail_label_shaped(tail: list[Block], i: int) -> bool:
    b = tail[i]
    if cues.AGENCY_TOKEN_RE.match(b.text) or (
            _title_shaped(b) and not _SENTENCE_BREAK.search(b.text)):
        return True  # (a sentence and its writer's name, "... on Monday. Jane Doe", stays)
    first = next((c for c in b.text if c.isalpha()), "")
    if first.islower() and b.words <= TAIL_TAG_MAX_WORDS:
        return True
    if b.words <= TAIL_TAG_MAX_WORDS and _section_name(b.text):
        return True  # (a section's label the paste carried after the story, round 23)
    if _foot_label(b):
        return True  # (the article's type, "Новость", or the paper carried, round 24)
    before = next((c for c in reversed(tail[:i]) if c.role != IMAGE), None)
    after = next((c for c in tail[i + 1:] if c.role != IMAGE), None)
    return before is not None and after is not None and before.role == after.role == CRUFT \
        and not _ad_label(before) and not _ad_label(after)


def _alt_prefixes(blocks: list[Block]) -> None:
    """A line that repeats the start of the caption next to it is the image's alt text.

    Flattened pages show an image's alt text, then its caption, which often is the alt
    text again plus a credit ("Soldiers on the border" / "Soldiers on the border. (photo
    credit: ...)"), sometimes with other quote marks.
    """
    normalized: dict[int, str] = {}  # by block: a line is compared with both neighbours

    def norm(block: Block) -> str:
        key = id(block)
        if key not in normalized:
            normalized[key] = _norm_alt(block)
        return normalized[key]

    def may_repeat(x: Block, y: Block) -> bool:
        """Their first words, one the start of the other: what one line repeating the
        start of the other needs (tested first: most neighbours open otherwise)."""
        fx, fy = _RUN.search(x.folded), _RUN.search(y.folded)
        return fx is not None and fy is not None \
            and (fx.group().startswith(fy.group()) or fy.group().startswith(fx.group()))

    titles: set[int] = set()  # (a title's copy kept as the headline)
    for i, b in enumerate(blocks):
        if b.role != TEXT or b.words < 3 or id(b) in titles:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.role == TEXT and b.kind == nxt.kind == BlockKind.P \
                and may_repeat(b, nxt):
            a, c = norm(b), norm(nxt)
            if min(len(a), len(c)) >= ALT_PREFIX_MIN_CHARS \
                    and (c.startswith(a) or a.startswith(c)) \
                    and not _lead_repeated(b, nxt):
                b.mark(CRUFT, RemovedKind.IMAGE_ALT)
                if a == c and b.text.strip() == nxt.text.strip() \
                        and nxt.text.strip()[:1].isupper() and not is_sentence(nxt.text) \
                        and not is_prose(nxt.text):
                    # a title shown twice, word for word ("Beyond the Blob" / "Beyond the
                    # Blob": a hero picture's title over the headline): a caption adds to
                    # its picture's alt text, a credit at least; the copy is the headline
                    titles.add(id(nxt))
                    continue
                if nxt.words <= CAPTION_MAX_WORDS:
                    nxt.mark(CRUFT, RemovedKind.CAPTION)
                # else a paragraph that opens with the line (a lead repeated): the text
                continue
        for other in (blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None):
            if other is None or other.role != CRUFT \
                    or other.cruft_kind not in (RemovedKind.CAPTION, RemovedKind.IMAGE_ALT) \
                    or not may_repeat(b, other):
                continue
            a, c = norm(b), norm(other)
            if a and (c.startswith(a) or a.startswith(c)) and b.words <= CAPTION_MAX_WORDS \
                    and min(len(a), len(c)) >= ALT_PREFIX_MIN_CHARS:
                b.mark(CRUFT, RemovedKind.IMAGE_ALT)
                break


def _lead_repeated(b: Block, nxt: Block) -> bool:
    """The second line goes on from the first by more sentences than a credit holds: a
    standfirst the body repeats and continues, both the story's (an alt text's caption
    adds a credit to it, a few words). Asked where the longer line would be taken for a
    caption (a longer one stays text, and the short line above it is its repeat), of a
    first line of a standfirst's length (a headline the body repeats is the headline)."""
    longer, shorter = (nxt, b) if nxt.words > b.words else (b, nxt)
    return longer.words <= CAPTION_MAX_WORDS and shorter.words >= LEAD_MIN_WORDS \
        and is_prose(longer.text) and longer.words - shorter.words > CAPTION_CREDIT_MAX_WORDS


_NON_WORD = re.compile(r"[\W_]+")
# (its characters among ASCII's: all but letters and digits, as a table of bytes)
_ASCII_NON_WORD = bytes(c if chr(c).isalnum() else 32 for c in range(128)) \
    + bytes(range(128, 256))


def _norm_alt(block: Block) -> str:
    """The block's folded text as its words only, one space apart (runs of
    :data:`_NON_WORD` one space). An ASCII text in one C pass over its bytes that turns
    those characters into spaces (the pattern's substitution a run costs ten times as
    much; a string's translate, with its table of characters, three times as much: the
    pull-quote test reads every paragraph so)."""
    text = block.folded
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_NON_WORD).split()).decode("ascii")
    return _NON_WORD.sub(" ", text).strip()


def _page_header(blocks: list[Block]) -> None:
    """Lines of a flattened archive page before its first post: the page's own header."""
    for b in blocks:
        if b.role == TEXT and cues.ARCHIVE_HEADER_RE.match(b.text) \
                and b.words <= PAGE_HEADER_MAX_WORDS:
            b.mark(CRUFT, RemovedKind.CHROME)
            continue
        if b.role in (CRUFT, IMAGE, SEP):
            continue
        break


#: A related box's cards cut short (round 19): each a title, then the first words of its
#: lead cut by an ellipsis ("... wurde am Dienstag...", "…が見つかった..."), then perhaps
#: the card's date. At least this many such cards in a row: one title over one paragraph
#: ending "..." is a story's subheading and its trailing line.
CUT_CARDS_MIN = 2
#: A card's date under its lead: a short line with a figure and no sentence ("1月14日",
#: "14. Jan.", "3h"): at most this many words and characters.
CARD_STAMP_MAX_WORDS, CARD_STAMP_MAX_CHARS = 3, 20
#: Short section labels above such a run, among the box's other furniture (a line taken
#: out above each: "Society" / "Recommended" / "Latest in Society" / "All articles"),
#: go with it: at most this many.
CARD_LABELS_MAX = 2


def _card_title(b: Block) -> bool:
    """A card's title: a line of a few words (a clipping's sub-heading of two or three,
    "Vaker maatregelen", over its cut paragraph is the story's), no sentence, not cut, not
    opening lower-case (Chinese and Japanese have no case: their titles open with any
    character)."""
    text = b.text.strip()
    return b.role == TEXT and b.kind == BlockKind.P \
        and TRAILING_TITLE_MIN_WORDS <= b.words <= LINK_TITLE_MAX_WORDS \
        and not text[:1].islower() and not is_sentence(text) \
        and cues.ELLIPSIS_END_RE.search(text) is None and not _URL.search(text)


def _cut_lead(b: Block) -> bool:
    """A card's lead: a short paragraph cut by an ellipsis at its end."""
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= TEASER_LEAD_MAX_WORDS \
        and cues.ELLIPSIS_END_RE.search(b.text) is not None


def _card_stamp(b: Block) -> bool:
    """A card's date: a short line holding a figure, no sentence (perhaps read as a date
    line already: in a run of cards it is the card's, not the story's)."""
    text = b.text.strip()
    return (b.role == TEXT or (b.role == META and b.cruft_kind == MetaKind.DATE)) \
        and b.words <= CARD_STAMP_MAX_WORDS \
        and len(text) <= CARD_STAMP_MAX_CHARS and has_digit(text) and not is_sentence(text)


def _short_label(b: Block) -> bool:
    """A section's or a list's label: a line of at most :data:`BOX_LABEL_MAX_WORDS`
    words (Chinese and Japanese counted by two characters), no sentence, no figure."""
    text = b.text.strip()
    return b.role == TEXT and b.kind == BlockKind.P and 0 < b.words <= BOX_LABEL_MAX_WORDS \
        and not is_sentence(text) and not has_digit(text) and "，" not in text \
        and "、" not in text and "," not in text


def _cut_cards(blocks: list[Block]) -> None:
    """A run of at least :data:`CUT_CARDS_MIN` cut cards (title, lead cut by an ellipsis,
    perhaps a date line) is a related box: the whole run goes, and up to
    :data:`CARD_LABELS_MAX` short labels right above it standing among lines taken out
    (the box's section labels). Pictures and lines already taken out pass over."""
    seq = [b for b in blocks if b.role != IMAGE]
    p = 0
    while p < len(seq):
        run: list[Block] = []
        q, cards = p, 0
        while q < len(seq):
            c = seq[q]
            if cards and c.role == CRUFT:
                q += 1
            elif cards and _card_stamp(c):
                run.append(c)
                q += 1
            elif q + 1 < len(seq) and _card_title(c) and _cut_lead(seq[q + 1]):
                run += [c, seq[q + 1]]
                cards, q = cards + 1, q + 2
            else:
                break
        if cards < CUT_CARDS_MIN:
            p += 1
            continue
        for c in run:
            c.mark(CRUFT, RemovedKind.RELATED_LINK)
        labels, r = 0, p - 1
        while r > 0 and labels < CARD_LABELS_MAX:
            if seq[r].role == CRUFT:
                r -= 1
            elif _short_label(seq[r]) and seq[r - 1].role == CRUFT:
                seq[r].mark(CRUFT, RemovedKind.RELATED_LINK)
                labels, r = labels + 1, r - 1
            else:
                break
        p = q


#: Teasers of other stories pasted after a story, each its title cut short, a few
#: paragraphs of its lead, the last one cut inside a word before the listing's call
#: ("Кто убил Лору Палмер?..." / lead / "... к..... Читать новость...", round 24): at
#: least this many such teasers on the page (one is an excerpt the blogger cut) ...
CUT_TEASERS_MIN = 2
#: ... each at most this many paragraphs long, its title included.
CUT_TEASER_MAX_PARAGRAPHS = 6


def _cut_teasers(blocks: list[Block]) -> None:
    """A paragraph closed by a lead cut short and a "read the story" call
    (:data:`normalizer.cues.text.CUT_MORE_END_RE`), the paragraphs above it up to a title
    cut by an ellipsis (:data:`normalizer.cues.text.CUT_TITLE_END_RE`) with nothing else
    between, is a teaser of another story: where at least :data:`CUT_TEASERS_MIN` stand
    on the page, every one goes (title, lead and call). A blog's excerpt ends the same
    way, but under a title of its own, which is not cut."""
    seq = [b for b in blocks if b.role != IMAGE]
    units: list[list[Block]] = []
    for j, b in enumerate(seq):
        if not (_paragraph(b) and ("…" in b.text or ".." in b.text)  # (the cut's dots first:
                and b.words <= TEASER_LEAD_MAX_WORDS       # the search is the costly part)
                and cues.CUT_MORE_END_RE.search(b.text)):
            continue
        for i in range(j - 1, max(j - CUT_TEASER_MAX_PARAGRAPHS, -1), -1):
            c = seq[i]
            if not _paragraph(c) or cues.CUT_MORE_END_RE.search(c.text):
                break
            if c.words <= LINK_TITLE_MAX_WORDS and cues.CUT_TITLE_END_RE.search(c.text):
                units.append(seq[i:j + 1])
                break
    if len(units) >= CUT_TEASERS_MIN:
        for unit in units:
            for c in unit:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)


#: A listing's title line stamped with its provider and age is at least this many words
#: before its dash ("Title Outlet - 12小時前"; a byline's "Jane Doe - 2 hours ago" is less).
STAMPED_TITLE_MIN_WORDS = 4
_STAMP_DASH = re.compile(r"\s[-–—]\s")


def _stamped_title(b: Block) -> bool:
    """A listing's title run on with its provider and the day or age it ran after a dash
    ("法院下令恆香總店交吉 明報 - 14小時前", "Title Outlet - 11 January 2012"): no sentence,
    a date (or an age) after the line's last dash."""
    if b.role in (IMAGE, SEP) or b.words > LINK_TITLE_MAX_WORDS or is_sentence(b.text):
        return False
    parts = _STAMP_DASH.split(b.text)
    return len(parts) > 1 \
        and b.words - len(parts[-1].split()) >= STAMPED_TITLE_MIN_WORDS \
        and has_digit(parts[-1]) and (bool(parse_date(parts[-1])) or relative_date(parts[-1]))


def _stamped_teasers(blocks: list[Block]) -> None:
    """A listing pasted after a story, each item its stamped title (:func:`_stamped_title`)
    and its lead right under it, item after item: at least :data:`CUT_TEASERS_MIN` items in
    a row, the run's last lead followed by no paragraph of the story's (round 24). The leads
    go with their titles. A story under a date line goes on past its first paragraph."""
    seq = [b for b in blocks if b.role != IMAGE]
    j = 0
    while j < len(seq):
        run: list[Block] = []
        while j + 1 < len(seq) and _stamped_title(seq[j]) and _paragraph(seq[j + 1]) \
                and seq[j + 1].words <= TEASER_MAX_WORDS and not _stamped_title(seq[j + 1]):
            run += seq[j:j + 2]
            j += 2
        if len(run) >= 2 * CUT_TEASERS_MIN and not (j < len(seq) and _paragraph(seq[j])):
            for c in run:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)
        j += not run


#: A listing pasted under a story, each title under a date line of its own ("قبل 12 دقيقة"
#: / title, "الاحد 12 / 04 / 2020 21:29" / title; round 25): at least this many date lines
#: in a run of titles that ends the post or stands right over the next story's heading ...
DATED_LIST_MIN_DATES = 4
#: ... where at least this share of the run's titles has a date line (a box may print a
#: few undated, its "more" button and the next box's label among them).
DATED_LIST_DATED_SHARE = 0.5


def _dated_title_list(blocks: list[Block]) -> None:
    """A run of titles and date lines (see :data:`DATED_LIST_MIN_DATES`): headline-short
    lines, no sentence, pictures and lines already taken out passing over, with the box
    labels right over its first date line ("آخر الاخبار", "اكثر قراءة": at most
    :data:`BOX_LABEL_MAX_WORDS` words each), under a story's sentence (a page of dated posts
    alone, a blog's home, is no story's tail). The titles and labels are other stories' links:
    a story's own paragraphs end as sentences, and its own date stands over it once."""
    seq = [b for b in blocks if b.role != IMAGE]
    i = 0
    while i < len(seq):
        if not _date_meta(seq[i]) or not any(  # (under a story's paragraph)
                b.role == TEXT and is_sentence(b.text) for b in seq[:i]):
            i += 1
            continue
        start = i
        while start > 0 and seq[start - 1].role == TEXT and seq[start - 1].kind == BlockKind.P \
                and seq[start - 1].words <= BOX_LABEL_MAX_WORDS \
                and not is_sentence(seq[start - 1].text):
            start -= 1
        j, dates, titles = i, 0, []
        while j < len(seq):
            b = seq[j]
            if _date_meta(b):
                dates += 1
            elif b.role == TEXT:
                if b.kind != BlockKind.P or b.words > LINK_TITLE_MAX_WORDS \
                        or is_sentence(b.text) or is_prose(b.text):
                    break
                titles.append(b)
            elif b.role != CRUFT:
                break
            j += 1
        if dates >= DATED_LIST_MIN_DATES and dates >= DATED_LIST_DATED_SHARE * len(titles) \
                and (j == len(seq) or seq[j].role == SEP or _heading_shaped(seq[j])):
            for b in (*seq[start:i], *titles):
                b.mark(CRUFT, RemovedKind.RELATED_LINK)
        i = max(j, i + 1)


#: A reader poll pasted as paragraphs (its radio buttons gone): a question of at most
#: POLL_QUESTION_MAX_WORDS words, then POLL_ANSWERS_MIN to POLL_ANSWERS_MAX answers of at
#: most POLL_ANSWER_MAX_WORDS words each ("Ja, unbedingt.", "Nein.", "Weiss nicht."), with
#: no paragraph of the story after them (round 25).
POLL_QUESTION_MAX_WORDS = 25
POLL_ANSWERS_MIN = 3
POLL_ANSWERS_MAX = 8
POLL_ANSWER_MAX_WORDS = 6


def _reader_poll(blocks: list[Block]) -> None:
    """A reader poll (see :data:`POLL_ANSWERS_MIN`): the question and its answers go, where
    nothing but furniture, a heading or the post's end follows the answers (a story's
    question answered by short lines goes on with its paragraphs; an interview's answers
    are sentences)."""
    seq = [b for b in blocks if b.role != IMAGE]
    for i, q in enumerate(seq):
        if q.role != TEXT or q.kind != BlockKind.P or q.words > POLL_QUESTION_MAX_WORDS \
                or not q.text.rstrip().endswith(("?", "？", "؟")):
            continue
        j = i + 1
        while j < len(seq) and j - i - 1 < POLL_ANSWERS_MAX and seq[j].role == TEXT \
                and seq[j].kind == BlockKind.P and seq[j].words <= POLL_ANSWER_MAX_WORDS \
                and not seq[j].text.rstrip().endswith(("?", "？", "؟", ":")):
            j += 1
        answers = seq[i + 1:j]
        if len(answers) < POLL_ANSWERS_MIN:
            continue
        goes_on = False
        for b in seq[j:]:
            if b.role == SEP or _heading_shaped(b):
                break  # (the next story opens with its heading)
            if b.role == TEXT:
                goes_on = True
                break
        if goes_on:
            continue
        for b in (q, *answers):
            b.mark(CRUFT, RemovedKind.OTHER)


def _date_meta(b: Block) -> bool:
    return b.role == META and b.cruft_kind == MetaKind.DATE


_BOX_MORE_CALLS = tuple(sorted({c.casefold() for c in cues.BOX_MORE_CALLS}, key=len, reverse=True))


def _box_label_of_button(b: Block) -> str | None:
    """The box's label a "see more" button names (:data:`normalizer.cues.text.
    BOX_MORE_CALLS`: "뉴스타파 헤드라인 더보기" names "뉴스타파 헤드라인"), folded; None for
    any other line, and for a call to read a linked story ("Lea más:", "Read more:",
    :data:`normalizer.cues.text.RELATED_RE`): its "more" is the reader's, and the "Lea:"
    above it is another call, not a box's label (the story between the two stays)."""
    low = _folded_label(b)
    if b.words > BOX_LABEL_MAX_WORDS + 2 or not low or cues.RELATED_RE.match(b.text):
        return None
    for call in _BOX_MORE_CALLS:
        if low.endswith(" " + call):
            return low[:-len(call)].strip() or None
        if low.startswith(call + " "):
            return low[len(call):].strip() or None
    return None


def _folded_label(b: Block) -> str:
    """The line folded, its end marks and arrows off, its spaces single."""
    return " ".join(b.folded.strip(" :.|·•…»›>").split())


def _closed_boxes(blocks: list[Block]) -> None:
    """A box of the page pasted whole: its label alone on a line, then its titles and
    leads, then its "see more" button naming the same label ("뉴스타파 헤드라인" / ... /
    "뉴스타파 헤드라인 더보기", round 24), at most :data:`normalizer.cues.text.BOX_MAX_LINES`
    lines apart. The label, the button and everything between go: a story never closes
    with a button repeating one of its own lines."""
    seq = [b for b in blocks if b.role != IMAGE]
    for j, b in enumerate(seq):
        label = _box_label_of_button(b) if b.role in (TEXT, CRUFT) else None
        if label is None:
            continue
        for i in range(j - 1, max(j - cues.BOX_MAX_LINES - 2, -1), -1):
            c = seq[i]
            if c.role == TEXT and (c.kind != BlockKind.P or c.words > TEASER_LEAD_MAX_WORDS):
                break  # (a heading: the page's next part; a paragraph no lead is)
            if c.role in (TEXT, CRUFT) and c.words <= BOX_LABEL_MAX_WORDS + 1 \
                    and _folded_label(c) == label:
                for d in seq[i:j + 1]:
                    if d.role in (TEXT, META):
                        d.mark(CRUFT, RemovedKind.RELATED_LINK)
                if b.role == TEXT:
                    b.mark(CRUFT, RemovedKind.RELATED_LINK)
                break


def _paragraph(b: Block) -> bool:
    """A paragraph still read as the story's text."""
    return b.role == TEXT and b.kind == BlockKind.P


#: A reaction bar's buttons, each a short word and its count on a line ("Like 0", "Wow
#: 12", "なるほど！ 0"): at least this many such lines with only lines taken out between.
COUNT_BUTTONS_MIN = 3
COUNT_BUTTON_MAX_WORDS = 4
_COUNT_BUTTON = re.compile(r"^\s*[^\W\d_][^\d.?。]{0,24}?\s+\d{1,6}\s*$")


def _count_button(b: Block) -> bool:
    return b.role == TEXT and b.kind == BlockKind.P and b.words <= COUNT_BUTTON_MAX_WORDS \
        and _COUNT_BUTTON.match(b.text) is not None


def _count_buttons(blocks: list[Block]) -> None:
    """At least :data:`COUNT_BUTTONS_MIN` lines, each a word or two and a bare count
    (:func:`_count_button`), with only pictures and lines taken out between them: a
    reaction or vote bar, whose buttons go."""
    seq = [b for b in blocks if b.role != IMAGE]
    run: list[Block] = []
    for b in [*seq, None]:
        if b is not None and _count_button(b):
            run.append(b)
        elif b is not None and b.role == CRUFT and run:
            continue
        else:
            if len(run) >= COUNT_BUTTONS_MIN:
                for c in run:
                    c.mark(CRUFT, RemovedKind.CHROME)
            run = []


#: Short labels standing between lines taken out ("Society" between a follow button and
#: its notice; a place's tag between the notice and the comment box): at most this many
#: in a row.
SANDWICHED_LABELS_MAX = 2


#: The shortest and longest pitch a sign-up box prints between its offer and its form, in
#: the form's lines (a field's label) between the pitch and its consent line.
SIGN_UP_PITCH_MIN_WORDS, SIGN_UP_PITCH_MAX_WORDS = 6, 30
SIGN_UP_FORM_MAX_LINES = 2


def _sign_up_pitches(blocks: list[Block]) -> None:
    """A sign-up box's pitch ("Know about breaking news as it happens. We follow the
    stories and update you as they develop."): one short paragraph of sentences
    (:data:`SIGN_UP_PITCH_MAX_WORDS`) right under the box's offer (a promo line, "Sign up
    for the newsletter Breaking News") and over its form, whose consent line (a promo,
    "By signing up, you agree to ...") follows within :data:`SIGN_UP_FORM_MAX_LINES`
    lines taken out. A story's paragraph under an offer goes on with the story."""
    seq = [b for b in blocks if b.role not in (IMAGE, SEP)]
    for i in range(1, len(seq) - 1):
        b = seq[i]
        if b.role != TEXT or not SIGN_UP_PITCH_MIN_WORDS <= b.words <= SIGN_UP_PITCH_MAX_WORDS \
                or not is_sentence(b.text) \
                or seq[i - 1].role != CRUFT or seq[i - 1].cruft_kind != RemovedKind.PROMO:
            continue
        form = seq[i + 1:i + 2 + SIGN_UP_FORM_MAX_LINES]
        end = next((n for n, o in enumerate(form)
                    if not _form_field(o) or o.cruft_kind == RemovedKind.PROMO),
                   None)
        if end is not None and form[end].role == CRUFT \
                and any(o.role == TEXT for o in form[:end]):  # (a field's label between)
            b.mark(CRUFT, RemovedKind.PROMO)


#: A form field's label ("Email (required)", "Your e-mail"): at most this many words.
FORM_FIELD_MAX_WORDS = 3


def _form_field(b: Block) -> bool:
    """A line of a sign-up form: taken out already, or a field's label of a few words
    (:data:`FORM_FIELD_MAX_WORDS`) that is no sentence."""
    return b.role == CRUFT or (b.role == TEXT and b.words <= FORM_FIELD_MAX_WORDS
                               and not is_sentence(b.text))


def _sandwiched_labels(blocks: list[Block]) -> None:
    """One or two short labels (:func:`_short_label`) with a line taken out right above and
    right below them (pictures passed over) are the page's furniture between furniture: a
    story's subheading stands over its paragraph, not over a share bar or a notice."""
    seq = [b for b in blocks if b.role != IMAGE]
    i = 1
    while i < len(seq) - 1:
        if seq[i - 1].role != CRUFT or not _short_label(seq[i]):
            i += 1
            continue
        j = i
        while j < len(seq) and j - i < SANDWICHED_LABELS_MAX + 1 and _short_label(seq[j]):
            j += 1
        if j < len(seq) and j - i <= SANDWICHED_LABELS_MAX and seq[j].role == CRUFT:
            for c in seq[i:j]:
                c.mark(CRUFT, RemovedKind.CHROME)
        i = j + 1
