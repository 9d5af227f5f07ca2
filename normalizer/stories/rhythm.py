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

import bisect
import re
import unicodedata
from collections import Counter

from normalizer.cues import credits as credit_cues
from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.cues.outlets import NEWSROOM_SUFFIXES, bracket_signed
from normalizer.model import SEPARATOR_TEXT, BlockKind, MetaKind, RemovedKind
from normalizer.stories.blocks import CRUFT, HEADLINE, META, SEP, TEXT, Block, fold
from normalizer.stories.clean import caption_credited, is_chrome, is_sentence
from normalizer.stories.split import credited_caption, dateline_of
from normalizer.text.dates import (
    _YEAR,
    GLUED_CAPITAL,
    has_digit,
    parse_date,
    relative_date,
    split_date_line,
)
from normalizer.text.wrapped import WRAP_MAX_WIDTH

#: A line of at least this many words is prose whatever its ending (shorter ones without a
#: sentence's end are headlines and link titles, however long they run).
PROSE_WORDS = 20
#: A line ending like a sentence is prose from this many words on (a question from more).
PROSE_SENTENCE_WORDS = 5
PROSE_QUESTION_WORDS = 12
#: A line cut short with "..." under this many words is a link's title in a list; from it
#: on, a teaser's excerpt ("How new technology can help the trade cut its waste ...").
TRUNCATED_TITLE_WORDS = 12
#: A long line without a sentence's end whose words are this much capitalised is a list.
WORD_LIST_CAPITALS = 0.7
#: A line above the page's first paragraph that opens with a control's word
#: (:data:`cues.SITE_UI_WORDS`) and is at most this long is a control, not a headline.
UI_LINE_MAX_WORDS = 5
#: A line with this many "|" or "•" separators is a bar of links.
BAR_SEPARATORS = 3
#: A title line has at most this many words, and a unit's head at least this many (a
#: one- to three-word line over a sentence is a box's label: "Impressum", "Quick Vote").
TITLE_MAX_WORDS = 30
HEAD_MIN_WORDS = 4
#: A paragraph that begins with a headline of at least this many characters below it is
#: a summary of that article.
SUMMARY_MIN_CHARS = 20
#: A line this short between a headline and its lead is a label ("Video", "Share").
LABEL_MAX_WORDS = 3
#: Text lines a unit's head may span above its first prose line (headline, deck), and
#: lines of any kind (dates, bylines, captions, alt text between) it may reach over.
HEAD_WINDOW = 5
HEAD_REACH = 12
#: How far above a story's first paragraph its confirmed headline (a title with a byline
#: or date line under it) may stand, over chrome and captions.
FAR_REACH = 40
#: Lines between two prose lines that still belong to one stretch of content (captions,
#: sub-headings, an advert) rather than separating two stretches.
INNER_GAP = 6
#: Short lines after a unit's last prose line kept with it when they close a story.
TAIL_WINDOW = 2
#: ... and an editor's line read as a byline ("责任编辑: 于文凯") this far under it, past the
#: story's counters, tags and original title that the page sets between (round 48).
EDITOR_TAIL_WINDOW = 4
#: Links a "read also" box right under a story's last line may hold and still leave the
#: line under it in the story's tail (:func:`_box_under`).
READ_ALSO_BOX_LINKS = 2
#: A run of this many list items, short ones, is a menu.
MENU_RUN = 3
MENU_ITEM_MAX_WORDS = 8
#: Units of at most this many prose lines are "short": where they repeat, each is a story.
SHORT_UNIT_PROSE = 2
#: An article this long (words, paragraphs) makes the page an article's page: short
#: units after it that stand alone are boxes of the sidebar or footer.
MAIN_ARTICLE_WORDS = 100
MAIN_ARTICLE_PARAGRAPHS = 3
#: Paragraphs a post (on the median) that make an archive of whole posts (_mark_posts).
POST_MIN_PARAGRAPHS = 2
#: ... and paragraphs a story, on most posts, where each post's date stands above its title
#: (a listing's day heading stands over teasers of a paragraph or two).
DATED_POST_MIN_PARAGRAPHS = 3
#: Lines the cleaner took out that may stand between a post's date line and the title
#: under it (a footer's "Categorized as ..." between the date and the next post).
DATE_TITLE_GAP = 2
#: A list of headlines (_mark_headline_lists): this many lines in a row or more, each of
#: this many words (a label or a name is shorter, a paragraph longer).
HEADLINE_LIST_MIN = 4
HEADLINE_LIST_MIN_WORDS = 3
HEADLINE_LIST_MAX_WORDS = 40
#: A story's last paragraph closed by its agency's tag in brackets ("... geäußert. (dpa)")
#: is this long at least, never one of a list's titles ("... Then Trump Fell for It. (NYT)").
SIGNED_PARAGRAPH_MIN_WORDS = 20
#: A list's run ends at a paragraph this long under a byline right under a title (a
#: teaser's lead under its writer and date).
BYLINED_LEAD_MIN_WORDS = 15
#: An article's page turns to its sidebar and footer where a unit after the article
#: stands more than this many lines below the unit above (see _sidebar_start).
SIDEBAR_GAP = 20
#: A titled unit past that turn this long (paragraphs, words) is a post of its own (an
#: archive page shows its posts whole, each followed by its own chrome), not a box.
ZONE_ARTICLE_PARAGRAPHS = 4
ZONE_ARTICLE_WORDS = 150
#: Above the first headed story, a paragraph with no other this close (in lines) is a
#: widget's sentence ("We don't post anything without your permission."), not a story's.
HEADER_PROSE_GAP = 2
#: A short unit starting this close under the previous unit's last paragraph (its heading
#: the only line between) continues the article (see _drop_lone_boxes).
SUBHEAD_GAP = 1
#: A paragraph of an article's body, not a teaser's lead, from this many words on: a
#: short title-shaped line right between two such paragraphs is the article's sub-heading
#: (see _inner_subheads), where a portal's teasers run title, one-line lead, title.
BODY_PARAGRAPH_WORDS = 35
#: ... and such a sub-heading is this long at most (a teaser's headline under a long lead
#: may run longer).
SUBHEAD_MAX_WORDS = 12
#: In a feed's rhythm, a line under a headline that is no sentence is its lead from this
#: many words on (and when longer than the headline).
FEED_LEAD_MIN_WORDS = 8
#: A shape (headline, lead, date) seen this many times on a page is the page's rhythm.
RHYTHM_MIN_UNITS = 3
#: Lines a card printed lead first may set between its lead and its title (its "Ver más"
#: link, its date; :func:`_card_furniture`).
CARD_FURNITURE_MAX = 2
#: Lines a dated teaser holds at most (caption, label, headline twice, lead).
DATED_UNIT_MAX_LINES = 6
#: A line reserving the rights of its year's owner is this short at most (a longer one is a
#: licence notice with sentences of its own, left to the cleaner).
RIGHTS_LINE_MAX_WORDS = 15
#: Characters that count as one word in scripts written without spaces.
CHARS_PER_WORD = {"CJK": 3, "THAI": 5}
#: A line met this many times on one page is the page's (a paywall notice, an offer, a
#: "Learn more" under each article), never a story's own paragraph.
RECURRING_MIN = 3
#: ... and it marks where the page's articles begin when at least this many of its
#: occurrences stand right under a headline-shaped line (the access line every article
#: of a flattened news page repeats under its headline).
RECURRING_UNDER_TITLE = 2
#: The marker is a sentence of the page's (a notice), not a label repeated under teasers;
#: at least RECURRING_UNDER_TITLE of its occurrences have a headline above and a paragraph
#: below.
RECURRING_MARKER_WORDS = 5

#: Full stops of scripts beyond Latin, CJK and Arabic: "।" "॥" (Devanagari, Bengali), "۔"
#: (Urdu), "։" (Armenian), "።" (Ethiopic), "။" (Myanmar), "។" (Khmer). A paragraph of a
#: language that ends its sentences so is prose, not a title.
FULL_STOPS = "।॥۔։።။។"
_SENTENCE_END = re.compile(rf"[.!?…;:。！？؟{FULL_STOPS}][\"'”’»)\]」』]*\s*$")
_TITLE_END_OK = re.compile(r"[?!؟？！]$")
#: A title closing on a quoted cry or question ("... : «Je me fiche ... du gouvernement!»"),
#: when the line does not open with the quote (a dialogue's line, "Was machst du hier?").
_QUOTED_TITLE_END = re.compile(r"^[^\"'“‘«„「『‹›»].*[?!؟？！][\"'”’»」』]+$")
_QUESTION_END = re.compile(r"[?؟？][\"'”’»)\]」』]*\s*$")
#: ... and a cry: a headline in a list of them may end with "!" ("... في لبنان!").
_CRY_END = re.compile(r"[!！][\"'”’»)\]」』]*\s*$")
#: A short line ending with initials ("Europe's soccer giants holiday in U.S.") ends no
#: sentence: a headline's abbreviation.
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}\s*$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
_BAR = re.compile(r"(?:\s[|•·]|(?<=\w)\|)\s")  # (or a pipe glued to its link: "Site Map| FAQs|")
#: A breadcrumb trail's step ("Home ›› Politik ›› Inland", "News » World"): the page's
#: navigation, never a headline, whatever its length.
_BREADCRUMB = re.compile(r"\s(?:›+|»+|>+|→)\s")
#: A trail of sections joined by bars ("sucesos | Sucesos | Zulia"): three or more parts,
#: each a few words. (A headline with its site's name, "Title | Site", has two.)
_PIPE_SPLIT = re.compile(r"\s+[|｜]\s+")
PIPE_CRUMB_MIN_PARTS = 3
PIPE_CRUMB_MAX_WORDS = 3


def _pipe_crumbs(text: str) -> bool:
    parts = _PIPE_SPLIT.split(text.strip())
    return len(parts) >= PIPE_CRUMB_MIN_PARTS and all(
        0 < len(p.split()) <= PIPE_CRUMB_MAX_WORDS for p in parts)
#: A line with a clock time, or this many numbers, is a date line in any language
#: ("Updated 1207 GMT", "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00"), never a headline.
#: ("15h14": the French clock; a clock's minutes run to 59: "₹1.73 लाख" is an amount.)
_DATEISH = re.compile(r"\b\d{1,2}[:.h][0-5]\d\b(?![.,]\d)")
#: A box's label with its count, "Vos réactions (11)", "Photos (5)": a counter of the
#: page's furniture, never a headline (a year in brackets has four figures and a title).
_COUNTED_LABEL = re.compile(r"^\s*\w+(?:[\s'’]+\w+){0,2}\s*[(\[]\d{1,3}[)\]]\s*:?\s*$")
#: A dropped line with a clock time and a whole date is a date line up to this many words.
DATE_LINE_MAX_WORDS = 15
_NUMBER = re.compile(r"\d+")
#: A quantity written with separators ("14.372,4 millones") is one number.
_QUANTITY = re.compile(r"\d+(?:[.,]\d{3})*(?:,\d+)?")
#: ... and so is a decimal figure ("grew 1.1% in 1st quarter, 3.8% year on year"), in a
#: headline whose byline and date stand under it.
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
DATEISH_NUMBERS = 3
#: ... when the numbers are at least this share of its words: a headline may carry three
#: numbers among its words ("X paid $750 in taxes in 2016, 2017"), a date line is mostly
#: numbers.
DATEISH_NUMBER_SHARE = 0.3


def _numbers_line(text: str, number: re.Pattern[str] = _NUMBER) -> bool:
    """A date line by its numbers: :data:`DATEISH_NUMBERS` or more, making up
    :data:`DATEISH_NUMBER_SHARE` of its words."""
    numbers = len(number.findall(text))
    return numbers >= DATEISH_NUMBERS and numbers >= DATEISH_NUMBER_SHARE * max(1, weight(text))


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


#: A short line that ends with its author in brackets ("Title (Por Name V.)", "Title (By
#: Name)"): an opinion column's title in a list, whatever period the initials end with.
_BYLINE_ASIDE = re.compile(r"\((?:por|by|von|par|di|door|av|af|przez|автор)\s+[^()]{2,50}\)\s*$",
                           re.IGNORECASE)


#: A quotation closed, then a colon: a sentence's end where a colon stands for the full
#: stop (Armenian typed on a Latin keyboard), never a label over a list.
_QUOTE_COLON = re.compile(r"[»”\"]\s*[:：]\s*$")


#: A line opening with a range of two measures ("24°C - 26°C Cloudy. Showers.", "5% - 7%
#: ..."): a row of a weather box or a table of figures, never a story's sentence.
_MEASURE_RANGE = re.compile(r"^\s*[-−]?\d+(?:[.,]\d+)?\s*(?:°\s*[CF]?|%|℃|℉)\s*[-–—/]\s*"
                            r"[-−]?\d+(?:[.,]\d+)?\s*(?:°\s*[CF]?|%|℃|℉)")


def is_prose(block: Block) -> bool:
    """A line stories are made of: long, or a sentence (a question only when long and
    not in title case: a short one is a headline). A bar of links ("Home | World | ...")
    never is."""
    if block.role != TEXT or block.kind == "item":
        return False
    if len(_BAR.findall(block.text)) >= BAR_SEPARATORS or _MEASURE_RANGE.match(block.text) \
            or _link_strip(block.text):
        return False
    n = weight(block.text)
    if block.notes.get("more_cut") and n >= MORE_CUT_LEAD_MIN_WORDS:
        return True  # a teaser's lead, its "READ MORE" link cut off (:func:`_cut_more_links`)
    if n < TRUNCATED_TITLE_WORDS and _TRUNCATED.search(block.text):
        return False  # a link's title cut short ("Minister says talks will..."), no sentence
    if n >= PROSE_WORDS:
        return bool(_SENTENCE_END.search(block.text)) or not _is_word_list(block.text, n)
    if _BYLINE_ASIDE.search(block.text):
        return False  # "Gobierno de ... (Por Juan Pablo Guanipa V.)": a column's title
    if n < PROSE_SENTENCE_WORDS or not _SENTENCE_END.search(block.text) \
            or (block.text.rstrip().endswith((":", "：")) and not _QUOTE_COLON.search(block.text)) \
            or _INITIALS_END.search(block.text) or _abbreviation_end(block.text):
        # a label over a list; "... in U.S."; "... Alert Tues."
        return False
    # (a long question in title case is a headline: "... What Did We Learn from His First
    # Match in Charge?" over its teaser's lead)
    return not _QUESTION_END.search(block.text) \
        or (n >= PROSE_QUESTION_WORDS and not _title_cased(block.text))


#: A country's or a body's dotted initials closing a headline ("... a EE.UU.", "... to U.S.",
#: "... U.N."): capitals, each group of one or two closed by a period.
_DOTTED_INITIALS = re.compile(r"^[(\[\"“«]?(?:[A-ZÀ-Þ]{1,2}\.){2,}$")


def _abbreviation_end(text: str) -> bool:
    """The line ends with an abbreviation's period (:data:`openers.HEADLINE_ABBREVIATIONS`,
    :data:`_DOTTED_INITIALS`), not a sentence's."""
    words = text.rstrip().split()
    return bool(words) and words[-1].endswith(".") \
        and (words[-1].rstrip(".").casefold() in openers.HEADLINE_ABBREVIATIONS
             or _DOTTED_INITIALS.match(words[-1]) is not None)


#: A strip of links flattened onto one line in a script written without spaces: this many
#: space-separated names or more, each of Han or kana characters only and this short at
#: most ("新华每日电讯 经济参考 瞭望 半月谈 ...", "北京 天津 河北 ..."). A headline's phrases
#: run longer; Korean spaces its words, so Hangul is no such name.
LINK_STRIP_MIN_NAMES = 8
LINK_STRIP_NAME_CHARS = 6
_HAN_KANA_NAME = re.compile(rf"[\u3040-\u30ff\u3400-\u9fff]{{1,{LINK_STRIP_NAME_CHARS}}}")


def _link_strip(text: str) -> bool:
    names = text.split()
    return len(names) >= LINK_STRIP_MIN_NAMES and all(_HAN_KANA_NAME.fullmatch(n) for n in names)


def _is_word_list(text: str, size: int | None = None) -> bool:
    """A long line of capitalised words and no sentence: a tag cloud or a list of
    categories run together, not a paragraph (German capitalises nouns, so the share
    is set high). A line of an unspaced script is none: its one long "word" opening with a
    Latin name ("CUTPENは専用ボールペンに...（税抜き）") says nothing by its capital. ``size``:
    the line's :func:`weight`, where the caller has it."""
    spaced = text.split()
    words = [w for w in spaced if w[:1].isalpha()]
    if not words or len(spaced) * 2 < (weight(text) if size is None else size):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals / len(words) >= WORD_LIST_CAPITALS


def is_title(block: Block) -> bool:
    """Shaped like a headline in any script: short, not a list item, not a sentence."""
    if block.role != TEXT or block.kind == "item":
        return False
    n = weight(block.text)
    if not 1 <= n <= TITLE_MAX_WORDS:
        return False
    text = openers.EMOJI_BADGE_RE.sub("", block.text.rstrip())  # ("🔴 Svelato ...")
    if not text or not unicodedata.category(text[0]).startswith(("L", "N", "P")) \
            or _code_line(text) or _link_strip(text):
        return False
    return not _SENTENCE_END.search(text) or bool(_TITLE_END_OK.search(text)) \
        or bool(_QUOTED_TITLE_END.match(text)) or _abbreviation_end(text)


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


#: A line that is only a web address ("https://www.yjc.ir/00Uq3C").
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$|^\s*@[^\W_][\w.]{1,30}\s*$",
                       re.IGNORECASE)  # (or a social handle alone: "@confidencial_ni")

#: A row of buttons flattened without spaces ("TwitterLinkedinFlipboardE-postaLinki
#: KopyalaYazı Tipi"): a word holding this many joins of a lower-case letter to a capital
#: (a name has one, "McDonald", "YouTube"), on a line of at most UI_LINE_MAX_WORDS words.
GLUED_BUTTON_JOINS = 3
_GLUED_JOIN = re.compile(r"[^\W\d_](?<=[a-zß-öø-ÿа-я])(?=[A-ZÀ-ÖØ-ÞА-Я])")


#: ... or a page's tags glued the same way ("#Ramazan#İstanbul Teravih Namazı#..."): a
#: line opening with a hash sign and holding this many.
GLUED_TAGS = 3


#: ... or a box's notice with its close button glued after its last sentence ("The summary
#: was written by ChatGPT and checked by the desk. Close"): a pop-up's or a fold-out box's,
#: never a story's line. The close button's word in the corpora's languages.
CLOSE_BUTTON_WORDS = frozenset((
    "close", "lukk", "luk", "stäng", "sulje", "schließen", "schliessen", "fermer", "cerrar",
    "chiudi", "fechar", "sluiten", "zamknij", "zavřít", "bezárás", "kapat", "закрыть",
    "закрити", "închide",
))
_CLOSED_NOTICE = re.compile(r"[.!?…]\s+(?P<word>[^\W\d_]+)\s*$")


def _closed_notice(text: str) -> bool:
    closed = _CLOSED_NOTICE.search(text)
    return bool(closed and closed.group("word").lower() in CLOSE_BUTTON_WORDS)


def _glued_buttons(text: str) -> bool:
    words = text.split()
    return (len(words) <= UI_LINE_MAX_WORDS
            and any(len(_GLUED_JOIN.findall(w)) >= GLUED_BUTTON_JOINS for w in words)) \
        or (text.startswith("#") and text.count("#") >= GLUED_TAGS)


#: How far below a lone lead a paywall's notice may stand (the lead's cut last line between).
PAYWALL_BELOW_LEAD = 2


def _paywall_cut(blocks: list[Block], order: list[int], at: int) -> list[int] | None:
    """The lines between the line at rank ``at`` and a paywall's notice right under it
    (its cut last line: "その判断は…" over "この記事は会員限定です。"), or None when no
    notice stands there: the line is then a story's teaser, which the site cut where the
    notice begins, not a lone sentence of chrome (cjk18: the notice, read as text before,
    was the prose that kept it)."""
    between: list[int] = []
    for j in order[at + 1:at + 1 + PAYWALL_BELOW_LEAD]:
        b = blocks[j]
        if b.role == CRUFT and b.cruft_kind == RemovedKind.PAYWALL:
            return between
        if b.role != TEXT:
            return None
        between.append(j)
    return None


#: A teaser's "more" link run into the end of its lead, set in capitals as a button
#: ("... like Keventers READ MORE", "... customer... READ MORE"). (A link in lower case,
#: "... David Granger.... more", is read with the lead by the cleaner's and the rhythm's
#: teaser rules: :data:`normalizer.cues.text.TEASER_MORE_RE`, :data:`_GLUED_MORE`.)
_MORE_TAIL = re.compile(r"\s+(?:" + cues.spaced_one_of(cues.CUT_MORE_WORDS, flags=re.I)
                        + r")\s*[»›>→…]*\s*$", re.I)
#: ... on a lead of at least this many words before it.
MORE_CUT_LEAD_MIN_WORDS = 5


def _cut_more_links(blocks: list[Block]) -> None:
    """A listing's teaser lead ending in its "more" link (:data:`_MORE_TAIL`): the link is
    the listing's, no word of the lead, and is cut off; the lead, however cut short
    ("... personalised customer..."), is a teaser's text, never a title (noted
    ``more_cut``, which :func:`is_prose` reads)."""
    for k, b in enumerate(blocks):
        if b.role not in (TEXT, CRUFT) \
                or b.role == CRUFT and b.cruft_kind != RemovedKind.RELATED_LINK:
            continue
        m = _MORE_TAIL.search(b.text)
        if m is None or weight(b.text[:m.start()]) < MORE_CUT_LEAD_MIN_WORDS:
            continue
        if not (m.group(0).strip(" »›>→…").isupper() and weight(m.group(0)) >= 2):
            continue
        b.retext(b.text[:m.start()])
        b.notes["more_cut"] = True
        if b.role == CRUFT:  # (the cleaner's teaser, "Barbecue ... beaches. READ MORE", and
            # its title above: a teaser with a lead, which a page's rhythm reads as a story)
            b.mark(TEXT)
            above = blocks[k - 1] if k else None
            if above is not None and above.role == CRUFT \
                    and above.cruft_kind == RemovedKind.RELATED_LINK and is_title(_as_text(above)):
                above.mark(TEXT)


def mark_page(blocks: list[Block], is_story_end=None) -> None:
    """Mark a flattened page's chrome as cruft and its repeated short units as stories.

    ``is_story_end(block)`` (the splitter's) keeps closing credit lines with their story.
    Blocks the cleaner marked as metadata or separators keep their marks; story text and
    the cruft that a repeated shape shows to be teasers are decided here.
    """
    for i, b in enumerate(blocks[:-1]):  # "___" over the closing credit: the story's rule
        if b.role == SEP and blocks[i + 1].role == TEXT \
                and openers.CLOSING_CREDIT_RE.match(blocks[i + 1].text):
            b.mark(CRUFT, RemovedKind.CHROME)
    _turn_leads_over_titles(blocks)
    _cut_more_links(blocks)
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    # (a photo gallery is the pictures': the rhythm reads the page as if it were not there,
    # so the headline above it stays over the byline and text below it)
    gallery = _mark_galleries(blocks, order)
    order = [i for i in order if i not in gallery]
    boxes = _newsletter_boxes(blocks, order)  # (read as if not there, as a gallery)
    order = [i for i in order if i not in boxes]
    rank = {i: k for k, i in enumerate(order)}  # position among non-separator blocks
    cleaned = [(b.role, b.cruft_kind) for b in blocks]  # the cleaner's reading
    _mark_menus(blocks)
    _mark_bare_newsroom_credits(blocks, order)
    _mark_amount_pickers(blocks, order)
    _mark_prompts_over_buttons(blocks, order)
    _mark_form_blurbs(blocks, order)
    for i in order:
        b = blocks[i]
        if b.role == TEXT and _BREADCRUMB.search(b.text) and (not is_prose(b) or (
                len(_BREADCRUMB.findall(b.text)) >= 2 and not _SENTENCE_END.search(b.text))):
            # (two steps or more, no sentence's end: a trail to the page's own long title,
            # "Home → Notizie dal mondo vegan → ll Climate Clock ha iniziato a scorrere: ...")
            b.mark(CRUFT, RemovedKind.CHROME)
    for j, k in zip(order, order[1:], strict=False):
        # A byline is never shown twice in a row; a teaser's title is (its picture's link
        # and its own): "Por qué las empresas ..." twice is a title, not "By qué ...".
        if blocks[j].role == blocks[k].role == META and blocks[j].cruft_kind == MetaKind.BYLINE \
                and blocks[j].folded == blocks[k].folded and is_title(_as_text(blocks[j])):
            for i in (j, k):
                blocks[i].mark(CRUFT, RemovedKind.RELATED_LINK)
    for i in order:  # "Tiempo de lectura: 8 minutos", "5 min read"; "Next page: X >>";
        # "Lee esta historia en español."
        if blocks[i].role == TEXT and (openers.READING_TIME_RE.match(blocks[i].text)
                                       or openers.PAGER_RE.match(blocks[i].text)
                                       or openers.OTHER_LANGUAGE_LINK_RE.match(blocks[i].text)):
            blocks[i].mark(CRUFT, RemovedKind.CHROME)
        elif blocks[i].role == TEXT and (openers.CLICK_BUTTON_END_RE.search(blocks[i].text)
                                         or _site_blurb(blocks[i].text)):
            blocks[i].mark(CRUFT, RemovedKind.PROMO)  # "... Click Here"; "Get all India News"
        elif blocks[i].role == TEXT and _rights_line(blocks[i].text):
            blocks[i].mark(CRUFT, RemovedKind.COPYRIGHT)  # "® 2020 X Inc., All rights reserved."
        elif blocks[i].role == TEXT and openers.REPRODUCTION_NOTICE_RE.search(blocks[i].text) \
                and weight(blocks[i].text) <= RIGHTS_LINE_MAX_WORDS:
            blocks[i].mark(CRUFT, RemovedKind.COPYRIGHT)  # "X Inc. No reproduction without ..."
    for i in order:  # a line that is only a web address: the page's short link, a share box
        # (or signs only, no letter or figure: a share box's icon, "✉")
        if (blocks[i].role == TEXT and (_URL_LINE.match(blocks[i].text)
                                        or not _ALNUM.search(blocks[i].text))) \
                or (blocks[i].role in (TEXT, CRUFT) and _glued_buttons(blocks[i].text)):
            blocks[i].mark(CRUFT, RemovedKind.CHROME)
    _mark_glued_bylines(blocks, order)
    _mark_noted_links(blocks, order)
    _mark_sponsored_teasers(blocks, order)
    _mark_ad_cards(blocks, order)
    _mark_imprint(blocks, order)
    for k, i in enumerate(order):  # "About us" over the site's blurb
        if blocks[i].role == SEP or not openers.ABOUT_LABEL_RE.match(blocks[i].text):
            continue
        for j in order[k + 1:k + 1 + openers.ABOUT_BLURB_LINES]:
            if not is_prose(blocks[j]):
                break
            blocks[j].mark(CRUFT, RemovedKind.CHROME)
    for i in order:  # "Board members (from left): Ann Lee, Bob Stone, ...": a photo's
        if blocks[i].role in (TEXT, HEADLINE) and openers.names_caption(blocks[i].text):
            blocks[i].mark(CRUFT, RemovedKind.CAPTION)
    for i in order:  # the page's controls atop it ("Skip to main content", "Select ...")
        b = blocks[i]
        if b.role == TEXT and openers.ACCOUNT_LINE_RE.match(b.text):
            b.mark(CRUFT, RemovedKind.CHROME)  # "Not logged in", "ログイン今なら…"
            continue
        if is_prose(b):
            break
        words = b.folded.split()
        if b.role == TEXT and words and words[0] in cues.SITE_UI_WORDS \
                and weight(b.text) <= UI_LINE_MAX_WORDS:
            b.mark(CRUFT, RemovedKind.CHROME)
    _mark_pull_quotes(blocks, order)
    _mark_author_boxes(blocks, order)
    _mark_writer_cards(blocks, order)
    _mark_closing_bios(blocks, order)
    _mark_time_lists(blocks, order)
    _mark_dated_title_pairs(blocks, order)
    _mark_stat_boxes(blocks, order)
    _mark_formula_runs(blocks, order)
    _mark_name_outlet_bylines(blocks, order)
    titled = _mark_titles_repeated_in_body(blocks, order)
    titled.update(_dated_heads(blocks, order))
    recurring = _mark_recurring_lines(blocks, order, is_story_end)
    lists = _story_lists(blocks, order)
    listed = {i for lines in lists.values() for i in lines}
    _mark_labelled_dated_boxes(blocks, order)
    decked = _decks(blocks, order)
    _mark_headline_lists(blocks, order, is_story_end, lists,
                         {i for lines in decked.values() for i in lines})
    _mark_boxed_tight_runs(blocks, order)
    _mark_kicked_title_runs(blocks, order)
    _mark_cut_copies(blocks, order)

    _mark_sandwiched_captions(blocks, order)
    _mark_repeated_labels(blocks, order)
    _mark_tag_lines(blocks, order)
    ranked = _mark_ranked_lists(blocks, order)
    _mark_picture_credits(blocks, order)
    _mark_credits_inside_articles(blocks, order)
    _mark_cards_inside_articles(blocks, order)
    _mark_truncated_teasers(blocks, order)
    for i in order:  # "(more…)" under an excerpt; "mehr" is a link, never a sign-off
        if blocks[i].role in (TEXT, CRUFT) and openers.MORE_LINK_RE.match(blocks[i].text):
            blocks[i].mark(CRUFT, RemovedKind.CHROME)
            blocks[i].notes.pop("signoff", None)
    _mark_repeated_notices(blocks, order)
    heads: dict[int, int] = {}  # lead line -> its title line
    far: set[int] = set()       # leads whose head stands above a box of chrome
    for title, lead, inside in _dated_units(blocks, order):
        if title in ranked or lead in ranked:
            continue
        for i in inside:  # a teaser's photo caption, "VIDEO", a section's label
            if i not in (title, lead) and blocks[i].role == TEXT:
                blocks[i].mark(CRUFT, RemovedKind.CHROME)
        for i in (title, lead):
            blocks[i].mark(TEXT)
        heads[lead] = title
    # A paragraph shown twice (a paywall's teaser, then the article): the story keeps one.
    # (not across a database export's records, :func:`_mark_length_records`: two versions
    # of one wire story share paragraphs, and each version is a story)
    fields = sorted([rank[i] for i in _length_fields(blocks, order)]
                    + [k for k, _end in _field_records(blocks, order)])
    seen_text: dict[str, int] = {}
    copies: list[tuple[int, int]] = []  # (rank of the second copy, first copy)
    for i in order:
        if is_prose(blocks[i]):
            if fields and blocks[i].folded in seen_text and bisect.bisect(
                    fields, rank[seen_text[blocks[i].folded]]) != bisect.bisect(fields, rank[i]):
                seen_text[blocks[i].folded] = i
                continue
            if blocks[i].folded in seen_text:
                blocks[i].mark(CRUFT, RemovedKind.RELATED_LINK)
                copies.append((rank[i], seen_text[blocks[i].folded]))
            seen_text.setdefault(blocks[i].folded, i)
    _drop_boxes_shown_twice(blocks, order, copies)
    heads.update(_feed_leads(blocks, order))
    heads.update(titled)
    heads.update((lead, head) for (lead, head), lines in decked.items()
                 if all(blocks[i].role == TEXT for i in (lead, head, *lines)))
    where: dict[str, list[int]] = {}  # each line's positions (in order)
    for k, i in enumerate(order):
        where.setdefault(blocks[i].folded, []).append(k)
    leads = sorted(({i for i in order if is_prose(blocks[i])} - set(titled.values()))
                   | set(heads), key=lambda i: rank[i])
    if not leads:  # (a mail written in bullet points only: its numbered items still count)
        _mark_export_records(blocks, order)  # (an export whose every text looked like cruft)
        _mark_numbered_items(blocks, order)
        return

    keep: set[int] = set()
    for p in leads:
        if p not in heads:
            head = _head_above(blocks, order, rank[p], where)
            # (a headline right above its lead with its date line over it is as sure)
            # (or over a line holding a whole date that the cleaner took for a repeated
            # link: its source line, shown again below, "NRC / 20-06-2013 / pagina 001")
            # (or over its author's initials over the date: "MA" / "26 abril, 2022 - 8:10 pm")
            confirmed = head is not None and (
                _confirmed(blocks, order, rank[head]) or _over_dated_line(blocks, order, rank[head])
                or _confirmed_over_label(blocks, order, rank[head])
                or (rank[head] == rank[p] - 1 and rank[head] > 0
                    and blocks[order[rank[head] - 1]].role == META
                    and blocks[order[rank[head] - 1]].cruft_kind == MetaKind.DATE))
            if not confirmed and not _PARENTHESISED.fullmatch(blocks[p].text):
                # (a box's note in brackets, "(KHAM stream is only available during
                # sporting events.)", opens no story under a headline far above)
                above = _confirmed_head_far_above(blocks, order, rank[p])
                if above is not None and (head is None or rank[above] < rank[head]):
                    head = above
                    far.add(p)
            if head is not None and head not in ranked and head not in listed \
                    and not blocks[head].notes.get("repeated_notice"):
                blocks[head].mark(TEXT)
                heads[p] = head
                under = order[rank[p] + 1] if rank[p] + 1 < len(order) else None
                if under is not None and _writer_closes(blocks[under]) \
                        and blocks[head].gap == 0 and blocks[p].gap >= 1:
                    # the writer and date under a card's lead, its title stuck under its
                    # kicker and its lead set apart (a trade paper's cards, as _head_above's
                    # "carded" reads them), date that card, not the next
                    blocks[under].notes["closes_unit"] = True
                    blocks[under].notes["story_date"] = True
    for k, p in enumerate(leads):
        keep.add(p)
        if p in far:
            keep.add(heads[p])  # the headline (its byline and date are metadata already)
            # (and the sentences right over the first paragraph, under the box: a standfirst
            # cut with "...", a paragraph of questions, "无法忍受乡村音乐？ ... 不爱自拍？")
            for j in range(rank[p] - 1, rank[heads[p]], -1):
                b = blocks[order[j]]
                if b.role != TEXT or not is_sentence(b.text) \
                        or weight(b.text) < STANDFIRST_MIN_WORDS:
                    break  # (a box's call, "Publiez !", is shorter)
                keep.add(order[j])
        elif p in heads:
            between = [order[j] for j in range(rank[heads[p]], rank[p])]
            keep.update(between)
            _date_from_byline(blocks, between)
            for prev, i in zip(between, between[1:], strict=False):
                b = blocks[i]
                if b.role != TEXT or b.kind == "item":
                    continue
                if _DATEISH.search(b.text) or len(_QUANTITY.findall(b.text)) >= DATEISH_NUMBERS \
                        or (_byline_dated(b.text) and not _SENTENCE_END.search(b.text)):
                    b.mark(META, MetaKind.DATE)  # "Updated 14:00 GMT" in any language
                elif (prev != between[0] or prev in heads) and _person_name(b.text) \
                        and rank[i] + 1 < len(order) and blocks[order[rank[i] + 1]].role == META \
                        and blocks[order[rank[i] + 1]].cruft_kind == MetaKind.DATE:
                    # the writer's name over the date, under the standfirst (or right under
                    # a standfirst that is a lead of its own under the title; round 44): right
                    # under the headline it is left to the splitter, as before
                    b.mark(META, MetaKind.BYLINE)
                elif weight(b.text) <= LABEL_MAX_WORDS and not b.notes.get("deck"):
                    b.mark(CRUFT, RemovedKind.CHROME)  # "Share", "Video", "-" under the headline
                elif not is_prose(b) and blocks[prev].role == META \
                        and (_writer_date_line(blocks[prev]) or (
                            blocks[prev].cruft_kind == MetaKind.DATE
                            and _person_name(blocks[order[rank[prev] - 1]].text))):
                    # the picture's credit or caption under the byline (or under the date
                    # under the writer's name alone)
                    b.mark(CRUFT, RemovedKind.CAPTION)
        # Lines between this lead and the next one, when close: the same content.
        if k + 1 < len(leads) and rank[leads[k + 1]] - rank[p] <= INNER_GAP + 1:
            # (not when the next lead has a head of its own: then what stands between is
            # the links and labels after a teaser, or captions before a sub-heading)
            nxt = leads[k + 1]
            if not (nxt in heads and rank[heads[nxt]] > rank[p]):
                keep.update(order[j] for j in range(rank[p] + 1, rank[nxt]))
                continue
        if is_story_end is not None:
            for j in range(rank[p] + 1, min(len(order), rank[p] + 1 + EDITOR_TAIL_WINDOW)):
                b = blocks[order[j]]
                if j > rank[p] + TAIL_WINDOW and (b.role == TEXT or is_prose(b)):
                    break
                if b.role == TEXT and (is_story_end(b) or openers.CLOSING_CREDIT_RE.match(b.text)):
                    keep.add(order[j])
                elif b.role == META and b.cruft_kind == MetaKind.BYLINE \
                        and openers.CLOSING_CREDIT_RE.match(b.text):
                    # (an editor's line read as a byline, "责任编辑：李跃群", under the last
                    # paragraph, perhaps past its tags and original title: the story's
                    # closing credit, its "(Editing by ...)")
                    b.mark(TEXT)
                    keep.add(order[j])

    for intro, *items in lists.values():  # a kept paragraph's list of points
        if order[rank[intro] - 1] in keep:
            keep.update((intro, *items))
    # A summary that repeats the headline below it (a page's description of its own
    # article, shown above it) is the page's, not a story.
    for k, p in enumerate(leads[:-1]):
        below = [heads[q] for q in leads[k + 1:k + 3] if q in heads and rank[heads[q]] > rank[p]]
        if any(len(blocks[h].folded) >= SUMMARY_MIN_CHARS
               and blocks[p].folded.startswith(blocks[h].folded.rstrip(".")) for h in below):
            keep.discard(p)
            if p in heads and heads[p] not in below:
                keep.discard(heads[p])
                blocks[heads[p]].mark(CRUFT, RemovedKind.CHROME)
    # The page's header: one sentence with no head above, before the first lead that has
    # one (a blog's tagline, a site's blurb above the first headline). More than one is
    # a story whose headline was not found.
    first_headed = next((p for p in leads if p in heads), None)
    before = leads[:leads.index(first_headed)] if first_headed is not None else []
    if len(before) == 1:
        keep.discard(before[0])
    # (a link card inside the article, _mark_twin_title_cards, parts no paragraphs)
    near_rank = {i: k for k, i in enumerate(
        i for i in order if not blocks[i].notes.get("link_card"))}
    for k, p in enumerate(before):  # widgets above the first story: lone sentences
        if not any(abs(near_rank[q] - near_rank[p]) <= HEADER_PROSE_GAP
                   for q in before[max(0, k - 1):k + 2] if q != p):
            keep.discard(p)
    # A lone prose line with no title above and no prose near: a sentence of chrome
    # (a cookie notice, a site's blurb), not a story.
    for k, p in enumerate(leads):
        around = (leads[k - 1] if k else None, leads[k + 1] if k + 1 < len(leads) else None)
        near = [q for q in around
                if q is not None and abs(near_rank[q] - near_rank[p]) <= INNER_GAP + 1]
        if p not in heads and not near:
            cut = _paywall_cut(blocks, order, rank[p])
            if cut is None:
                keep.discard(p)
            else:
                keep.update(cut)  # (the teaser's cut last line: "その判断は…")

    head_ranks = sorted(rank[h] for h in heads.values())
    first_head = head_ranks[0] if head_ranks else None
    second_head = head_ranks[1] if len(head_ranks) > 1 else len(order)
    # (close under the article's first paragraph: an events box's "Pancake Festival, May
    # 27, 2024, 8:00 am" far below a lone article is no date line of its, round 44)
    first_lead = min((rank[p] for p, h in heads.items() if rank[h] == first_head), default=0)
    second_head = min(second_head, first_lead + HEAD_WINDOW + 1)
    for i in order:
        b = blocks[i]
        if b.role == TEXT and i not in keep:
            if first_head is not None and first_head < rank[i] < second_head \
                    and _DATEISH.search(b.text) \
                    and weight(b.text) <= DATE_LINE_MAX_WORDS and _byline_dated(b.text):
                # (a byline and date line under the article's picture, below its first
                # paragraph: "Site Recueilli par NAME. Publié le 02/11/2023 à 14h49")
                b.mark(META, MetaKind.DATE)
                continue
            b.mark(CRUFT, RemovedKind.CHROME)

    for p in leads:
        if blocks[p].role == TEXT:
            blocks[p].notes["lead"] = True
    _mark_units(blocks, order, rank, heads, set(leads))
    _end_card_runs(blocks, order)
    _drop_lone_boxes(blocks, order, rank, heads)
    _drop_settings_units(blocks, order)
    _mark_ended_units(blocks, order, rank, heads, leads, is_story_end)
    for p in leads:  # "The Telegraph can reveal ...": the paper's own reporting
        m = openers.OWN_REPORTING_RE.search(blocks[p].text) if blocks[p].role == TEXT else None
        if m:
            name = (m.group("name") or m.group("excl")).strip()
            blocks[p].notes.setdefault("opener_source", name)
    _mark_outlet_openers(blocks, order)
    _mark_recurring_boundaries(blocks, order, recurring)
    _drop_stranded(blocks, order)
    _mark_posts(blocks, order, cleaned, is_story_end)
    _mark_pictured_posts(blocks, order)
    _mark_new_window_cards(blocks, order)
    _mark_recent_comments(blocks, order)
    _mark_box_footnotes(blocks, order)
    _mark_comments(blocks, order)
    _mark_signed_comments(blocks, order)
    _mark_glued_teasers(blocks, order)
    _mark_tables(blocks, order)
    _mark_label_lists(blocks, order)
    _mark_footer_tail(blocks, order)
    _mark_embedded_tweets(blocks, order)
    _mark_embedded_facebook_posts(blocks, order)
    _drop_section_labels(blocks, order)
    _title_headless_articles(blocks, order)
    _drop_box_labels_as_titles(blocks, order)
    _drop_menu_labels(blocks, order)
    _drop_closed_notices(blocks, order)
    _drop_repeated_lines(blocks, order)
    _mark_timed_entries(blocks, order)
    _drop_menu_teasers(blocks, order)
    _split_kicked_teasers(blocks, order)
    _mark_kicked_decks(blocks, order)
    _mark_labelled_cards(blocks, order)
    _drop_teaser_signoffs(blocks, order)
    _drop_dated_list_tails(blocks, order)
    _mark_after_page_rights(blocks, order)
    _mark_records(blocks, order)
    _mark_length_records(blocks, order)
    _mark_field_records(blocks, order)
    _mark_export_records(blocks, order)
    _mark_outside(blocks, order)
    _take_in_header_date(blocks, order)
    _restore_chrome_dates(blocks, order)
    _note_story_dates(blocks, order)
    _mark_name_run_bylines(blocks, order)
    _date_day_groups(blocks, order)
    _mark_joined_post_titles(blocks, order)
    _drop_dated_listing_items(blocks, order)
    _drop_wrapped_pieces(blocks, order)
    _title_over_standfirst(blocks, order)
    _title_shown_plain(blocks, order)
    _title_bar_over_plain(blocks, order)
    _bar_title_over_headline(blocks, order)
    _mark_captions_under_bylines(blocks, order)
    _mark_wire_captions_over_bylines(blocks, order)
    _mark_portrait_captions(blocks, order)
    _mark_label_split_captions(blocks, order)
    _mark_roundup_items(blocks, order)
    _unnumber_timeline(blocks, order)
    _mark_numbered_items(blocks, order)  # (last: it and the next add lines, which moves
    _put_entry_dates(blocks)                # the indices)


#: Words a place or kicker glued before a title shown again may have ("Frain").
TITLE_PREFIX_MAX_WORDS = 3


def _title_shown_plain(blocks: list[Block], order: list[int]) -> None:
    """A unit's head that is the line right above it with a place or a kicker glued before
    ("Incendie dans une maison : cinq personnes relogées" over "Frain Incendie dans une
    maison : ..."): the page shows the title twice, plain and prefixed; the plain one is
    the headline, the prefixed one its furniture."""
    for k in range(1, len(order)):
        above, b = blocks[order[k - 1]], blocks[order[k]]
        if b.role != TEXT or not b.notes.get("unit_start") or above.role == TEXT \
                or weight(above.text) <= TITLE_PREFIX_MAX_WORDS \
                or not b.folded.endswith(" " + above.folded):
            continue
        words = b.text.split()
        prefix = " ".join(words[:len(words) - len(above.text.split())])
        if not 1 <= weight(prefix) <= TITLE_PREFIX_MAX_WORDS or not prefix[:1].isupper() \
                or not is_title(_as_text(above)):
            continue
        above.mark(TEXT)
        above.notes["unit_start"] = True
        b.notes.pop("unit_start", None)
        b.mark(CRUFT, RemovedKind.CHROME)


#: The words a page's title bar adds after the headline, past its separator ("- Güncel
#: haberler", "| Site Name").
TITLE_BAR_SUFFIX_MAX_WORDS = 4
_TITLE_BAR_SEPARATORS = (" - ", " – ", " — ", " | ")


def _title_bar_over_plain(blocks: list[Block], order: list[int]) -> None:
    """A unit's head holding the line right under it, with a trail's words before it and
    the site's name after a separator ("Haberler Gündem Türkiye'de orman yangınları!
    Yangınlarda son durum! - Güncel haberler" over "Türkiye'de orman yangınları! ..."; the
    page's title bar over its headline; round 51): the plain line is the headline, the
    other its furniture (the order :func:`_title_shown_plain` reads the other way up)."""
    for k in range(len(order) - 1):
        b, under = blocks[order[k]], blocks[order[k + 1]]
        if b.role != TEXT or not b.notes.get("unit_start") or under.role != TEXT \
                or under.notes.get("unit_start") or len(under.folded) >= len(b.folded) \
                or under.folded not in b.folded or not is_title(under):
            continue
        at = b.folded.index(under.folded)
        prefix, suffix = b.folded[:at].strip(), b.folded[at + len(under.folded):]
        bar = suffix.startswith(_TITLE_BAR_SEPARATORS) \
            and weight(suffix) <= TITLE_BAR_SUFFIX_MAX_WORDS + 1
        if weight(prefix) > TITLE_PREFIX_MAX_WORDS or not (bar or (prefix and not suffix)):
            continue
        under.notes["unit_start"] = True
        b.notes.pop("unit_start", None)
        b.mark(CRUFT, RemovedKind.CHROME)


#: Chrome lines a page's bar title and the article's own headline under it may have
#: between them ("Menu", "News").
BAR_TITLE_REACH = 3
#: ... and the share of the bar title's words the headline says too (the same story,
#: worded apart).
BAR_TITLE_SHARED = 0.4


def _bar_title_over_headline(blocks: list[Block], order: list[int]) -> None:
    """A unit's head with only the page's chrome under it ("Menu", "News") and then a
    second title right over the article's byline or date line: the first is the title
    the page's bar shows (its <title>, worded apart from the headline, "Woman seriously
    injured ..." over "Woman hurt ... in Station Street, Eastbourne"), the second the
    article's headline, which opens the unit, where it says many of the bar title's words
    (:data:`BAR_TITLE_SHARED`) in one sentence. A teaser's title has its lead under it, not
    chrome and another title."""
    for k, i in enumerate(order):
        bar = blocks[i]
        if bar.role != TEXT or not bar.notes.get("unit_start") or not is_title(bar):
            continue
        at = _past_furniture(blocks, order, k + 1)
        between = sum(blocks[order[m]].role == CRUFT for m in range(k + 1, at))
        if not 1 <= between <= BAR_TITLE_REACH or at + 1 >= len(order):
            continue
        head, under = blocks[order[at]], blocks[order[at + 1]]
        if head.role != TEXT or head.notes.get("unit_start") or not is_title(head) \
                or under.role != META or under.cruft_kind not in (MetaKind.BYLINE, MetaKind.DATE) \
                or _INNER_STOP.search(head.text):
            continue
        words, said = set(bar.folded.split()), set(head.folded.split())
        if len(words & said) < BAR_TITLE_SHARED * len(words):
            continue  # (a promo between, "New to Versa? It's an app ...": another matter)
        if len(bar.text) > len(head.text) and _bare_words(bar.text) == _bare_words(head.text):
            # the headline as printed over its copy stripped of its marks (Hürriyet's "...
            # kılınacak? İstanbul ..." over "... kılınacak İstanbul ..." and the date): the
            # copy is no text
            head.mark(CRUFT, RemovedKind.CHROME)
            continue
        bar.notes.pop("unit_start", None)
        bar.mark(CRUFT, RemovedKind.CHROME)
        head.notes["unit_start"] = True


def _past_furniture(blocks: list[Block], order: list[int], at: int) -> int:
    """The first position from ``at`` on whose line is neither taken out nor a separator
    (``len(order)`` where none is)."""
    while at < len(order) and blocks[order[at]].role in (CRUFT, SEP):
        at += 1
    return at


#: The longest caption under an article's byline, in words.
BYLINE_CAPTION_MAX_WORDS = 8


def _mark_captions_under_bylines(blocks: list[Block], order: list[int]) -> None:
    """The caption of an article's picture, set under its headline's byline or date line
    and over the page's furniture ("Station Street in Eastbourne" / "0 comment"): a short
    line (:data:`BYLINE_CAPTION_MAX_WORDS`) that ends no sentence, with a line taken out
    under it and then the article's first paragraph. A standfirst is a sentence; a
    sub-heading stands over a paragraph, not over furniture."""
    for k in range(2, len(order) - 2):
        b, meta, head = blocks[order[k]], blocks[order[k - 1]], blocks[order[k - 2]]
        if b.role != TEXT or b.notes.get("unit_start") \
                or weight(b.text) > BYLINE_CAPTION_MAX_WORDS or _SENTENCE_END.search(b.text) \
                or meta.role != META or meta.cruft_kind not in (MetaKind.BYLINE, MetaKind.DATE) \
                or head.role != TEXT or not head.notes.get("unit_start"):
            continue
        under = _past_furniture(blocks, order, k + 1)
        if under > k + 1 and under < len(order) and blocks[order[under]].role == TEXT \
                and is_prose(blocks[order[under]]):
            b.mark(CRUFT, RemovedKind.CAPTION)


#: The longest wire photo's caption over an article's byline, in words.
WIRE_CAPTION_MAX_WORDS = 60


def _mark_wire_captions_over_bylines(blocks: list[Block], order: list[int]) -> None:
    """The caption of an article's picture, set between its headline and its byline or
    date lines, in the wire's style: what the picture shows, dated with the weekday and the
    whole date ("A fan wears a Raiders T-shirt outside a meeting ... on Thursday, April 20,
    2017. The Raiders will move ..." / "From staff and wire reports" / "Published Thursday,
    April 20, 2017"; :data:`normalizer.cues.text.CAPTION_FULL_DATE_RE`; round 51). The
    article's prose begins under the byline; a standfirst dates nothing so."""
    for k in range(1, len(order) - 2):
        b = blocks[order[k]]
        if b.role != TEXT or b.notes.get("unit_start") or weight(b.text) > WIRE_CAPTION_MAX_WORDS \
                or not _SENTENCE_END.search(b.text) or not cues.CAPTION_FULL_DATE_RE.search(b.text):
            continue
        above = k - 1
        while above >= 0 and blocks[order[above]].role == CRUFT:
            above -= 1
        if above < 0 or not blocks[order[above]].notes.get("unit_start") \
                or blocks[order[above]].role != TEXT:
            continue
        under = k + 1
        while under < len(order) and blocks[order[under]].role == META:
            under += 1
        if under > k + 1 and under < len(order) and blocks[order[under]].role == TEXT \
                and is_prose(blocks[order[under]]):
            b.mark(CRUFT, RemovedKind.CAPTION)


#: The longest caption over a photo label alone, and the longest credit under it.
SPLIT_CAPTION_MAX_WORDS = 30
SPLIT_CREDIT_MAX_WORDS = 5


def _mark_label_split_captions(blocks: list[Block], order: list[int]) -> None:
    """A caption broken over three lines by its credit's label, alone on the middle one
    ("Die erste F13 war ... zu Gast." / "Foto:" / "Steinberg"): the label
    (:data:`normalizer.cues.text.PHOTO_LABELS` and a colon) taken out, the sentence right
    above it (one sentence, :data:`SPLIT_CAPTION_MAX_WORDS` words at most) is the
    picture's caption and the short line right under it (:data:`SPLIT_CREDIT_MAX_WORDS`,
    no sentence) its credit, neither the story's text."""
    for k in range(1, len(order) - 1):
        label = blocks[order[k]]
        if label.role != CRUFT or not label.text.rstrip().endswith((":", "：")) \
                or label.folded.strip(" :：") not in cues.PHOTO_LABELS:
            continue
        above, under = blocks[order[k - 1]], blocks[order[k + 1]]
        if under.role not in (TEXT, CRUFT) or weight(under.text) > SPLIT_CREDIT_MAX_WORDS \
                or _SENTENCE_END.search(under.text) or under.notes.get("unit_start"):
            continue
        if under.role == TEXT:
            under.mark(CRUFT, RemovedKind.CAPTION)
        if above.role == TEXT and not above.notes.get("unit_start") \
                and weight(above.text) <= SPLIT_CAPTION_MAX_WORDS and is_sentence(above.text) \
                and not _INNER_STOP.search(above.text):
            above.mark(CRUFT, RemovedKind.CAPTION)


def _mark_portrait_captions(blocks: list[Block], order: list[int]) -> None:
    """A portrait's caption inside an article: one person's name alone on a line
    (:func:`_one_name`, "Humza Yousaf") between two of its paragraphs (past lines taken
    out), a person the article's paragraphs name by a courtesy title and the surname
    (:data:`normalizer.cues.openers.COURTESY_TITLES`: "Mr Yousaf"). Only where
    the page has one such line: names over paragraphs one after another ("Jane Doe" / her
    profile / "John Roe" / his) are a list's sub-headings, not captions."""
    found: list[Block] = []
    for k in range(1, len(order) - 1):
        b = blocks[order[k]]
        if b.role != TEXT or b.notes.get("unit_start") or not _one_name(b.text):
            continue
        before = next((blocks[order[j]] for j in range(k - 1, -1, -1)
                       if blocks[order[j]].role not in (CRUFT, SEP)), None)
        after = _past_furniture(blocks, order, k + 1)
        if before is None or before.role != TEXT or not is_prose(before) \
                or after >= len(order) or blocks[order[after]].role != TEXT \
                or not is_prose(blocks[order[after]]):
            continue
        found.append(b)
        if len(found) > 1:
            return
    if not found:
        return
    b = found[0]
    titled = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, openers.COURTESY_TITLES))
                        + r")\s+" + re.escape(b.text.split()[-1]) + r"(?!\w)")
    if any(o.role == TEXT and o is not b and is_prose(o) and titled.search(o.text)
           for o in (blocks[i] for i in order)):
        b.mark(CRUFT, RemovedKind.CAPTION)


#: How far under an article's standfirst its byline or date line may stand (the page's
#: share and account buttons between).
STANDFIRST_META_REACH = 8


def _title_over_standfirst(blocks: list[Block], order: list[int]) -> None:
    """The page's first unit is its title right over its standfirst, which the rhythm also
    opened a unit at (a deck with no full stop is title-shaped: "The country avoided Level
    5 last night, but NPHET have warned it may be down the line"), and the title heads
    nothing of its own. Where the standfirst is a lead at least as long as the title and
    the article's byline or date stands under it (within :data:`STANDFIRST_META_REACH`
    lines), the title heads the article and the standfirst is its first text. Teasers'
    titles have no byline under the next one's."""
    units = [k for k, i in enumerate(order)
             if blocks[i].role == TEXT and blocks[i].notes.get("unit_start")]
    if units and units[0] > 0:
        _title_over_deck(blocks, order, units[0])
    if len(units) < 2 or units[1] != units[0] + 1:
        return
    title, deck = blocks[order[units[0]]], blocks[order[units[1]]]
    if not deck.notes.get("lead") or weight(deck.text) < weight(title.text) \
            or not is_title(_as_text(title)):
        return
    reach = order[units[1] + 1:units[1] + 1 + STANDFIRST_META_REACH]
    if any(blocks[i].role == TEXT and blocks[i].notes.get("unit_start") for i in reach) \
            or not any(blocks[i].role == META for i in reach):
        return
    deck.notes.pop("unit_start", None)


#: A deck (standfirst) taken for the first unit's head is at least this long.
DECK_MIN_WORDS = 15


#: ... or this long where a kicker stands over the title ("Politics" / title / deck / "By
#: X"): a headline's kicker, not a ticker's last title, stands over it (round 47).
DECK_KICKED_MIN_WORDS = 10


def _kicker_line(b: Block) -> bool:
    """A section's short name over a headline ("Politics"): a line of at most
    :data:`CARD_KICKER_MAX_WORDS` words, no digit, capitalised, no sentence."""
    return b.role in (TEXT, CRUFT) and weight(b.text) <= CARD_KICKER_MAX_WORDS \
        and not _DIGIT.search(b.text) and b.text.strip()[:1].isupper() \
        and not _SENTENCE_END.search(b.text) and not openers.SPONSORED_KICKER_RE.match(b.text)


#: What the title over a deck was taken for: chrome, or a link where the page shows it
#: again as a teaser further down (El Sol de Mazatlán's).
_DECK_TITLE_KINDS = (RemovedKind.CHROME, RemovedKind.RELATED_LINK)


def _title_over_deck(blocks: list[Block], order: list[int], first: int) -> None:
    """The page's first unit opened at a long deck with no full stop ("Los fiscales aseguran
    que ... con millones de dólares"), the title right above it left out as chrome: where the
    title is a headline's line at least half the deck's length and the article's byline or
    date stands under the deck (within :data:`STANDFIRST_META_REACH` lines), the title heads
    the article and the deck is its first text (round 32). A kicker over a headline is
    shorter than half of it; a teaser's title has no byline under the next one's lead. A
    kicker over the title lets a shorter deck be one (:data:`DECK_KICKED_MIN_WORDS`)."""
    if _title_set_apart_over_deck(blocks, order, first) \
            or _title_over_echoed_deck(blocks, order, first):
        return
    title, deck = blocks[order[first - 1]], blocks[order[first]]
    n = weight(deck.text)
    # (a kicker over the title, the line above it no short label of a menu's run)
    kicked = first >= 2 and _kicker_line(blocks[order[first - 2]]) \
        and not (first >= 3 and _kicker_line(blocks[order[first - 3]])) \
        and deck.folded not in title.folded
    if title.role != CRUFT or title.cruft_kind not in _DECK_TITLE_KINDS \
            or n < (DECK_KICKED_MIN_WORDS if kicked else DECK_MIN_WORDS) \
            or _SENTENCE_END.search(deck.text) or not is_title(_as_text(title)) \
            or not _head_long(title.text) or 2 * weight(title.text) < n \
            or weight(title.text) > n or deck.gap >= CARD_EDGE_GAP:
        return
    reach = order[first + 1:first + 1 + STANDFIRST_META_REACH]
    if any(blocks[i].role == TEXT and blocks[i].notes.get("unit_start") for i in reach) \
            or not any(blocks[i].role == META for i in reach):
        return
    _title_heads_deck(title, deck)


def _title_heads_deck(title: Block, deck: Block) -> None:
    """The title, taken for chrome, opens the unit; the deck under it is its first text."""
    title.mark(TEXT)
    title.notes["unit_start"] = True
    deck.notes.pop("unit_start", None)
    deck.notes["lead"] = True


def _title_over_echoed_deck(blocks: list[Block], order: list[int], first: int) -> bool:
    """The page's first unit opened at a subtitle with no full stop, the title right above
    it left out as chrome, and the subtitle shown again word for word a few lines under the
    article's byline or date ("Half-Life mit Raytracing" / "Mod gibt dem 25 Jahr alten
    Shooter neuen Glanz" / "Von Bernd Schneider" / "Dienstag, 25.04.2023 um 18:14 Uhr" /
    "Mod gibt dem 25 Jahr alten Shooter neuen Glanz": a theme's summary box repeating the
    deck; round 51). The page repeats its summary, not its headline's kicker: the title
    heads the article and the subtitle is its first text. A kicker is a section's short
    name (at most :data:`CARD_KICKER_MAX_WORDS` words, "عربي ودولي"), a title is longer."""
    if first < 1 or first + 1 >= len(order):
        return False
    title, deck = blocks[order[first - 1]], blocks[order[first]]
    if title.role != CRUFT or title.cruft_kind not in _DECK_TITLE_KINDS \
            or weight(title.text) <= CARD_KICKER_MAX_WORDS or not is_title(_as_text(title)) \
            or weight(deck.text) <= weight(title.text) or _SENTENCE_END.search(deck.text) \
            or deck.folded in title.folded or deck.gap >= CARD_EDGE_GAP:
        return False
    reach = [blocks[i] for i in order[first + 1:first + 1 + STANDFIRST_META_REACH]]
    metas = [k for k, b in enumerate(reach) if b.role == META]
    if not metas or metas[0] != 0:
        return False  # (the byline or date right under the subtitle)
    past = reach[metas[-1] + 1:]
    if not any(b.role == CRUFT and b.folded == deck.folded for b in past):
        return False
    _title_heads_deck(title, deck)
    return True


#: Lines that may stand between a title and its deck: its writer, its date, a share
#: button (:func:`_title_set_apart_over_deck`).
DECK_APART_MAX_LINES = 2


def _title_set_apart_over_deck(blocks: list[Block], order: list[int], first: int) -> bool:
    """The page's first unit opened at a deck with no full stop, its title left out as
    chrome a line or two above it, across its writer and date ("TITLE" / "Maya Margit" /
    "03/24/2020" / deck) or a share button ("Kansas HIE to share data with CDC, ..." /
    "Tweet" / "Project assists providers with meeting Stage 2 requirements" / "TOPEKA, KS |
    November 28, 2012"): where a whole date stands between them or right under the deck,
    and the two are of a headline's and a deck's lengths (as :func:`_title_over_deck` has
    them) or the title is longer than a subtitle under a button, the title heads the
    article and the deck is its first text. A kicker, a counter ("1 of 262 DOCUMENTS") or
    a menu's line over the headline and its date is shorter than half the headline; section
    kickers, one in capitals, stand over the headline, not between a title and its deck."""
    deck = blocks[order[first]]
    n = weight(deck.text)
    if _SENTENCE_END.search(deck.text) or n < PROSE_SENTENCE_WORDS:
        return False
    for gap in range(1, DECK_APART_MAX_LINES + 1):
        if first - gap - 1 < 0:
            return False
        between = [blocks[order[j]] for j in range(first - gap, first)]
        if not all(b.role in (CRUFT, META) and weight(b.text) <= LABEL_MAX_WORDS
                   for b in between):
            return False
        if gap > 1 and all(_kicker_line(b) for b in between) \
                and any(b.text.isupper() for b in between):
            return False  # section kickers ("UUTISET" / "UutisetPolitiikka") over the headline
        title = blocks[order[first - gap - 1]]
        # (as long as a headline over its deck, :func:`_title_over_deck`; or longer than a
        # short subtitle that its date line closes, a share button between them)
        words = weight(title.text)
        sized = (n >= DECK_MIN_WORDS and words <= n <= 2 * words) \
            or (n < words and all(b.role == CRUFT for b in between))
        # (a notice's sentence over an ad label over the headline, "我司杂志提供免费订阅，...，
        # 我司保留追究其法律责任的权利！", is no title: round 48)
        if title.role != CRUFT or title.cruft_kind not in _DECK_TITLE_KINDS \
                or not is_title(_as_text(title)) or not _head_long(title.text) or not sized \
                or is_prose(_as_text(title)):
            continue
        under = blocks[order[first + 1]] if first + 1 < len(order) else None
        dated = any(_whole_date(b.text) or (b.role == META and b.cruft_kind == MetaKind.DATE)
                    for b in between) or (under is not None and under.role == META
                                          and under.cruft_kind == MetaKind.DATE)
        if not dated:
            return False
        _title_heads_deck(title, deck)
        return True
    return False


#: A newsletter's sign-up box inside an article: its lines are cruft or short labels (at
#: most NEWSLETTER_LABEL_MAX_WORDS: its name, "Le journal du soir"), at most
#: NEWSLETTER_BOX_MAX_LINES of them, one of them its form's e-mail field
#: (:data:`normalizer.cues.text.SIGNUP_FORM`).
NEWSLETTER_LABEL_MAX_WORDS = 6
NEWSLETTER_BOX_MAX_LINES = 16


def _newsletter_boxes(blocks: list[Block], order: list[int]) -> set[int]:
    """The lines of each newsletter box standing between two paragraphs of an article
    (see :data:`NEWSLETTER_BOX_MAX_LINES`): the page's, and read as if it were not there,
    so the paragraphs around it stay one article's and the box's name heads no story."""
    found: set[int] = set()
    for k, i in enumerate(order):
        b = blocks[i]
        if i in found or b.role != CRUFT or b.cruft_kind != RemovedKind.PROMO \
                or not cues.SIGNUP_FORM.found(b.text, weight(b.text)):
            continue
        lo = hi = k
        while lo > 0 and _box_line(blocks[order[lo - 1]]):
            lo -= 1
        while hi + 1 < len(order) and _box_line(blocks[order[hi + 1]]):
            hi += 1
        if hi - lo + 1 > NEWSLETTER_BOX_MAX_LINES or lo == 0 or hi + 1 == len(order) \
                or not (is_prose(blocks[order[lo - 1]]) and is_prose(blocks[order[hi + 1]])):
            continue
        for j in order[lo:hi + 1]:
            if blocks[j].role == TEXT:
                blocks[j].mark(CRUFT, RemovedKind.PROMO)
            found.add(j)
    return found


def _box_line(b: Block) -> bool:
    """A line a newsletter box is made of: cruft, or a short label that is no sentence."""
    return (b.role == CRUFT and not b.notes.get("outside")) or (
        b.role == TEXT and not is_prose(b) and weight(b.text) <= NEWSLETTER_LABEL_MAX_WORDS)


#: A hard-wrapped paragraph's line cut off mid-sentence is this long at least (words): a
#: line of a menu or a list is shorter.
WRAPPED_LINE_MIN_WORDS = 8


def _drop_wrapped_pieces(blocks: list[Block], order: list[int]) -> None:
    """A poster's own paragraph, hard-wrapped and left one line a line (a Usenet post's
    argument around what it pastes: :func:`normalizer.stories.dumps._unwrap`), is chrome
    line by line; where one of its lines goes on in lower case right under a line the
    rhythm took out (no blank line between, a line of :data:`WRAPPED_LINE_MIN_WORDS` words
    or more that ends no sentence: "... between Iraq and Kuwait that" / "led to the
    invasion, as ..."), it is the same paragraph going on, no headline: it and the lines
    under it up to a blank line (a date or credit line closing it too: a quoted photo
    caption's "Paper, 3/6/92") are taken out as the line above was (dumps16: a reply's
    wrapped lines read as titles over leads, six stories where the post pastes one). Only
    lines as long as a wrap's (:data:`normalizer.text.wrapped.WRAP_MAX_WIDTH`) and not
    quoted ("> ...": a quoted line is what the post pastes) are so read."""
    def wrapped(c: Block) -> bool:  # (a quoted line is what the post pastes, not its own)
        return len(c.text) <= WRAP_MAX_WIDTH and not c.text.startswith(">")

    for k in range(1, len(order)):
        b, above = blocks[order[k]], blocks[order[k - 1]]
        if b.role != TEXT or b.gap or not b.text[:1].islower() or above.role != CRUFT \
                or weight(above.text) < WRAPPED_LINE_MIN_WORDS \
                or _SENTENCE_END.search(above.text) or not (wrapped(above) and wrapped(b)):
            continue
        kind = above.cruft_kind or RemovedKind.CHROME
        j = k
        while j < len(order) and blocks[order[j]].role in (TEXT, CRUFT, META) \
                and (j == k or not blocks[order[j]].gap) and wrapped(blocks[order[j]]):
            c = blocks[order[j]]
            if c.role in (TEXT, META):  # (a date or credit line closing it: the paragraph's)
                c.mark(CRUFT, kind)
                c.notes.pop("unit_start", None)
            j += 1


#: Items of a dated listing above a line (date / title, again and again) that make it the
#: listing's next item, not a card of its own.
LISTING_ITEMS_ABOVE = 2


def _drop_dated_listing_items(blocks: list[Block], order: list[int]) -> None:
    """A title under a date line, where the lines above run date / title of a listing the
    cleaner took out (:data:`LISTING_ITEMS_ABOVE` items or more: "قبل 12 دقيقة" / a title
    / "قبل 19 دقيقة" / a title), is that listing's next item, with the short lines under
    it down to the next date or paragraph: no story of its own."""
    for k in range(2 * LISTING_ITEMS_ABOVE + 1, len(order)):
        b = blocks[order[k]]
        if b.role != TEXT or not b.notes.get("unit_start") or not _date_line_over(
                blocks[order[k - 1]]):
            continue
        above = [blocks[order[k - 1 - j]] for j in range(1, 2 * LISTING_ITEMS_ABOVE + 1)]
        if not all(c.role == CRUFT and c.cruft_kind == RemovedKind.RELATED_LINK
                   for c in above[0::2]) or not all(_date_line_over(c) for c in above[1::2]):
            continue
        j = k
        while j < len(order) and blocks[order[j]].role == TEXT \
                and not is_prose(_as_text(blocks[order[j]])):
            blocks[order[j]].notes.pop("unit_start", None)
            blocks[order[j]].mark(CRUFT, RemovedKind.RELATED_LINK)
            j += 1


#: A post that pastes several stories may be titled with their titles joined, each cut
#: short ("Nicaragua cerró 2021 con deuda externa d · Aisha's Salon and Spa chain bans
#: men fro"): parts at least this long, between these marks.
JOINED_TITLE_MARKS = re.compile(r"\s+[·|•]\s+")
JOINED_PART_MIN_CHARS = 8
_CUT_PART_END = re.compile(r"\s*(?:\.{2,}|…)\s*$")


def _mark_joined_post_titles(blocks: list[Block], order: list[int]) -> None:
    """A post's title that joins the titles of the stories it pastes (see
    :data:`JOINED_TITLE_MARKS`): where its first part opens a title-shaped line within
    :data:`HEAD_REACH` lines under it and its last part one further down, the joined line
    is the post's title (metadata), the first story opens at its own full title, the
    second at its own, and a title-shaped line between the post's title and the first
    story's (the theme's thumbnail alt text) is the theme's."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role not in (TEXT, CRUFT, HEADLINE) or b.kind == BlockKind.ITEM \
                or "·" not in b.text and "|" not in b.text and "•" not in b.text:
            continue
        parts = [fold(_CUT_PART_END.sub("", p)) for p in JOINED_TITLE_MARKS.split(b.text)]
        if len(parts) < 2 or any(len(p) < JOINED_PART_MIN_CHARS for p in parts):
            continue

        def opens(j: int, part: str) -> bool:
            c = blocks[order[j]]
            return c.folded.startswith(part) and len(c.folded) >= len(part) \
                and is_title(_as_text(c)) and not is_prose(_as_text(c))

        first = next((j for j in range(k + 1, min(k + 1 + HEAD_REACH, len(order)))
                      if opens(j, parts[0])), None)
        last = next((j for j in range(first + 1, len(order)) if opens(j, parts[-1])),
                    None) if first is not None else None
        if first is None or last is None:
            continue
        b.mark(CRUFT, RemovedKind.METADATA)
        b.notes.pop("unit_start", None)
        for j in range(k + 1, first):
            c = blocks[order[j]]
            c.notes.pop("unit_start", None)
            if c.role == TEXT and not is_prose(_as_text(c)):
                c.mark(CRUFT, RemovedKind.CHROME)
        for j in (first, last):
            blocks[order[j]].mark(TEXT)
            blocks[order[j]].notes["unit_start"] = True


#: Words of a byline that lists its writers' names with no commas between ("Birgit Baumann
#: Anna Giulia Fink Jan Michael Marchart"): two names at least, at most as many as
#: :data:`openers.NAMES_LINE_MAX_NAMES` names of :data:`openers.NAME_MAX_WORDS` words.
NAME_RUN_MIN_WORDS = 4
NAME_RUN_MAX_WORDS = openers.NAMES_LINE_MAX_NAMES * openers.NAME_MAX_WORDS


def _name_run(text: str) -> bool:
    """Only capitalised name words (or name particles), four or more, no digit, no
    sentence's end: writers' names run together, the shape of a byline box's text."""
    words = text.split()
    return NAME_RUN_MIN_WORDS <= len(words) <= NAME_RUN_MAX_WORDS and not text.isupper() \
        and not words[-1].endswith(".") and all(
            _NAME_WORD.match(w) and not w.endswith((".", ":")) and (
                w[:1].isupper() or w in openers.NAME_PARTICLES) for w in words)


def _mark_name_run_bylines(blocks: list[Block], order: list[int]) -> None:
    """The page's first article heads itself title, deck (one prose line), writers, date,
    then the body: a line of names run together (:func:`_name_run`) between the deck and
    the article's date line is its byline, not the title of a second story that would cut
    the article's body from its title and deck."""
    first = next((k for k, i in enumerate(order)
                  if blocks[i].role == TEXT and blocks[i].notes.get("unit_start")), None)
    if first is None or first + 3 >= len(order):
        return
    deck, names, date = (blocks[order[first + j]] for j in (1, 2, 3))
    if deck.role == TEXT and is_prose(deck) and not deck.notes.get("unit_start") \
            and names.role == TEXT and not names.notes.get("unit_start") \
            and (_name_run(names.text) or _one_name(names.text)) \
            and date.role == META and date.cruft_kind == MetaKind.DATE:
        names.mark(META, MetaKind.BYLINE)


def _one_name(text: str) -> bool:
    """One person's name alone on its line: two to :data:`openers.NAME_MAX_WORDS` words,
    each capitalised and in lower case after its first letter ("Per-Erik Ofstad"; not a
    label in capitals), no digit, no mark but a hyphen or an apostrophe inside a word. In
    the byline's place (under the deck, over the date) a writer, as a run of names is."""
    words = text.split()
    return 2 <= len(words) <= openers.NAME_MAX_WORDS and all(
        _NAME_WORD.match(w) and w[:1].isupper() and not w.endswith((".", ":"))
        and w[1:].replace("-", "").replace("'", "").replace("’", "").isalpha()
        and any(c.islower() for c in w[1:]) for w in words)


def _drop_closed_notices(blocks: list[Block], order: list[int]) -> None:
    """A box's notice with its close button glued after it (:func:`_closed_notice`) is the
    box's chrome, whatever rule took it for a unit's title: a fold-out summary box inside an
    article ("The summary was written by ChatGPT ... Close", then "In short" and the
    summary's points) must not open a story that cuts the article in two."""
    for i in order:
        b = blocks[i]
        if b.role in (TEXT, HEADLINE) and _closed_notice(b.text):
            b.mark(CRUFT, RemovedKind.CHROME)
            b.notes.pop("unit_start", None)
            b.notes.pop("lead", None)


#: A date line among the page's first lines, far above its first paragraph (more than
#: HEAD_REACH lines), is the header's day ("Tuesday, November 25 2025" over a local paper's
#: menus), no story's.
PAGE_HEADER_LINES = 3


def _turn_leads_over_titles(blocks: list[Block]) -> None:
    """A run of teasers printed lead first (a box of "more like this" cards whose lead
    stands above the title: lead, title, lead, title ...) is turned title first, so the
    rhythm reads each title over its own lead, not over the next teaser's.

    The run: :data:`RHYTHM_MIN_UNITS` or more (prose line, headline-shaped line) pairs in a
    row, no headline-shaped line right above the first lead and no prose right under the
    last title (a title-first run read one line late would have both); not an interview's
    answers and questions (half the titles or more asking, or a question over the first)."""
    order = [i for i, b in enumerate(blocks) if b.role != SEP]

    def head(k: int) -> bool:  # (a title the page shows twice is a link title already)
        b = blocks[order[k]]
        return (b.role == TEXT or (b.role == CRUFT and b.cruft_kind == RemovedKind.RELATED_LINK)) \
            and is_title(_as_text(b))

    def title_at(k: int) -> int | None:  # the card's title under its lead at ``k``
        # (with lines between, all the card's lines stand in one group, no blank line
        # between them: a live blog's time over the next entry's title stands apart)
        for t in range(k + 1, min(k + 2 + CARD_FURNITURE_MAX, len(order))):
            if head(t) and (t == k + 1 or blocks[order[t]].gap == 0):
                return t
            if not _card_furniture(blocks[order[t]]) or blocks[order[t]].gap:
                return None
        return None

    k = 0
    while k < len(order):
        if not is_prose(blocks[order[k]]) or (k > 0 and head(k - 1) and (
                _head_long(blocks[order[k - 1]].text)
                or _QUESTION_END.search(blocks[order[k - 1]].text))):
            k += 1
            continue
        cards = []  # (lead, title) positions
        end = k
        while end < len(order) and is_prose(blocks[order[end]]) \
                and (t := title_at(end)) is not None:
            cards.append((end, t))
            end = t + 1
        # (an interview's questions under its answers are no teasers' titles)
        questions = sum(bool(_QUESTION_END.search(blocks[order[t]].text)) for _, t in cards)
        if len(cards) >= RHYTHM_MIN_UNITS and 2 * questions < len(cards) \
                and not (end < len(order) and is_prose(blocks[order[end]])):
            for lead, t in cards:  # lead, "Ver más", date, title -> title, date, lead,
                # "Ver más": the date between title and lead, where a card's date stands
                at = order[lead:t + 1]
                gaps = [blocks[i].gap for i in at]
                furniture = [blocks[i] for i in at[1:-1]]
                dates = [b for b in furniture if not openers.MORE_LINK_RE.match(b.text)]
                moved = [blocks[at[-1]], *dates, blocks[at[0]],
                         *(b for b in furniture if b not in dates)]
                for i, b, gap in zip(at, moved, gaps, strict=True):
                    blocks[i] = b
                    b.gap = gap
        k = max(end, k + 1)


def _card_furniture(b: Block) -> bool:
    """A line a teaser card sets between its lead and its title: the link to the story
    ("Ver más") or its date (Los Tiempos: lead / "Ver más" / "03/05/2022" / title)."""
    return openers.MORE_LINK_RE.match(b.text) is not None or (
        b.role in (TEXT, META, CRUFT) and weight(b.text) <= LABEL_MAX_WORDS
        and has_digit(b.text) and split_date_line(b.text)[0])


def _note_story_dates(blocks: list[Block], order: list[int]) -> None:
    """Every date line the rhythm left as a story's metadata dates the story it stands in:
    a dump is the page as the reader saw it, and the date printed under a headline (or
    over its lead) is the date of the story it heads, whether the page holds one article
    or a listing of many. (The pipeline still takes the dates right under titles as the
    post's date too, where they all agree.) Without the note the stories had no date at
    all: dumps8's story dates were 0.29. The header's day is left out, and a database
    record's load or update field is noted ``load_date`` instead: the day the database
    took the record in, not the story's (:data:`LOAD_DATE_LABELS`). It stays a date line,
    where it stands (the record's closing fields), so no line around it reads otherwise."""
    first = next((k for k, i in enumerate(order)
                  if blocks[i].role == TEXT and blocks[i].notes.get("lead")), len(order))
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role == META and b.cruft_kind == MetaKind.DATE and _load_date_field(b.text):
            b.notes["load_date"] = True  # (the record's load date: no story's)
        elif b.role == META and b.cruft_kind == MetaKind.DATE \
                and not (k < PAGE_HEADER_LINES and first - k > HEAD_REACH):
            b.notes["story_date"] = True


#: A page's one article printed with its title and date line in the header, its byline
#: box (names, "Penulis", "Editor"), counters and picture between them and its first
#: paragraph: the date stands this many lines above the first paragraph at most.
HEADER_DATE_REACH = 20
#: Words of the title over such a date line at least (a menu's last entry, "Weather" or
#: "Cek Fakta", is no title; the page's title, which a share box shows too, is taken for
#: a related link).
HEADER_TITLE_MIN_WORDS = 4


def _take_in_header_date(blocks: list[Block], order: list[int]) -> None:
    """A page's date line left outside every story (:func:`_mark_outside`: more than
    :data:`HEAD_WINDOW` lines above the first paragraph) dates the first story when it
    stands right under a title-shaped line taken for a related link's (the share box shows
    the title too; :data:`HEADER_TITLE_MIN_WORDS`), within :data:`HEADER_DATE_REACH` lines
    of that paragraph, not among the page's first lines (the header's day,
    :data:`PAGE_HEADER_LINES`), and no other date line stands between it and the paragraph:
    an article page prints its title, then its date, then the byline box and the picture
    ("Kompas.com - 13/05/2024, 14:04 WIB" under the title, thirteen lines over the lead).
    The lines from it to the paragraph are taken in with it (they are the page's chrome:
    the split keeps them out of the text, as above any story)."""
    first = next((k for k, i in enumerate(order) if blocks[i].role == TEXT), None)
    if first is None:
        return
    for k in range(first - 1, max(PAGE_HEADER_LINES - 1, first - 1 - HEADER_DATE_REACH), -1):
        b = blocks[order[k]]
        if not b.notes.get("outside"):
            if b.role == META and b.cruft_kind == MetaKind.DATE:
                return  # (the story has a date line of its own)
            continue
        if b.role != META or b.cruft_kind != MetaKind.DATE:
            continue
        if split_date_line(b.text)[0] and parse_date(b.text) is not None \
                and _title_taken_for_link(blocks[order[k - 1]]):
            for j in range(k, first):
                blocks[order[j]].notes.pop("outside", None)
        return


def _title_taken_for_link(b: Block) -> bool:
    """A title-shaped line (:data:`HEADER_TITLE_MIN_WORDS`) the cleaner took for a related
    link: the page shows the article's title again (a share box, a "most read" list)."""
    return b.role == CRUFT and b.cruft_kind == RemovedKind.RELATED_LINK \
        and weight(b.text) >= HEADER_TITLE_MIN_WORDS and is_title(_as_text(b))


def _whole_date(text: str) -> bool:
    """Nothing but a day on the line, and a day :func:`parse_date` reads."""
    return split_date_line(text) == (True, "") and parse_date(text) is not None


#: The lines between a live entry's title and its date line at most (its clock, "08:03").
CHROME_DATE_TITLE_REACH = 2


def _restore_chrome_dates(blocks: list[Block], order: list[int]) -> None:
    """A whole date line the cleaner took for chrome (a row's date cell "| 2014.08.29"
    under an entry's title and clock) that stands right over a story's lead, under no
    line of the story's text, is the story's date line: the cleaner reads a line alone,
    and a short line of figures and bars looks like a menu's, but nothing but a day stands
    on it, and its place says whose day it is. (Under a line of text, it would cut the
    story there: the split opens a story at a date line under text.) The title over it,
    past the entry's clock (:data:`CHROME_DATE_TITLE_REACH`), opens the entry's story. So
    does the title over an article's header date with its byline box between the date and
    the lead (:func:`_header_over_lead`), given back from the related links it was taken
    for."""
    for k, i in enumerate(order[:-1]):
        b, below = blocks[i], blocks[order[k + 1]]
        if k == 0 or b.role != CRUFT or b.cruft_kind != RemovedKind.CHROME or "outside" in b.notes:
            continue
        if blocks[order[k - 1]].role != TEXT \
                and below.role == TEXT and below.notes.get("lead") and is_prose(below) \
                and _whole_date(b.text):
            b.mark(META, MetaKind.DATE)
            reach = range(k - 1, max(-1, k - 1 - CHROME_DATE_TITLE_REACH), -1)
            title = next((order[j] for j in reach if blocks[order[j]].role != CRUFT), None)
            if title is not None and blocks[title].role == TEXT and is_title(blocks[title]):
                blocks[title].notes["unit_start"] = True  # (the entry's title opens its story)
        elif _header_over_lead(blocks, order, k):
            b.mark(META, MetaKind.DATE)
            head = blocks[order[k - 1]]
            head.mark(TEXT)
            head.notes["unit_start"] = True


#: The lines of an article's header between its date line and its first paragraph at most:
#: the byline, the section's labels, a reaction button, the picture's caption.
HEADER_DATE_LEAD_REACH = 8


def _header_over_lead(blocks: list[Block], order: list[int], k: int) -> bool:
    """The whole date line at rank ``k`` (taken for chrome) is the header's date of an
    article whose title stands right above it, taken for a related link because the page's
    "most read" list shows it again: a title-shaped line (:data:`HEADER_TITLE_MIN_WORDS`),
    the date, then only lines taken out (byline, labels, caption; at most
    :data:`HEADER_DATE_LEAD_REACH`) down to a lead paragraph of prose. An article page
    prints its title, then its date, its byline box and its picture ("2025/1/21 20:50"
    under the title, the reporter's name, the section, the caption)."""
    if not _title_taken_for_link(blocks[order[k - 1]]) or not _whole_date(blocks[order[k]].text):
        return False
    for j in range(k + 1, min(len(order), k + 2 + HEADER_DATE_LEAD_REACH)):
        c = blocks[order[j]]
        if c.role == TEXT:
            return bool(c.notes.get("lead")) and is_prose(c)
        if c.role != CRUFT:
            return False
    return False


#: A listing that groups its stories by day under day headings ("14 October 2012" over
#: the stories of that day, then "13 October 2012" ...) shows this many headings at least.
DAY_HEADINGS_MIN = 2
#: The end of a listing's page, which closes its last day's group: its pager ("« Previous
#: entries", "Older posts", "Page 1 of 1541").
_LISTING_END = re.compile(
    r"^\W*(?:(?:previous|older|newer|next|more)\s+(?:entries|posts|articles|stories|news)"
    r"|page\s+\d+\s+(?:of|/)\s+\d+)\W*$", re.IGNORECASE)


def _day_headings(blocks: list[Block], order: list[int]) -> list[tuple[int, str]]:
    """The ranks and days of a page's whole date lines (nothing but a day on the line)."""
    return [(k, day) for k, i in enumerate(order)
            if blocks[i].role == META and blocks[i].cruft_kind == MetaKind.DATE
            and blocks[i].notes.get("story_date") and split_date_line(blocks[i].text) == (True, "")
            and (day := parse_date(blocks[i].text)) is not None]


def _opens(b: Block) -> bool:
    return b.role in (TEXT, HEADLINE) and (b.role == HEADLINE or bool(
        b.notes.get("unit_start") or b.notes.get("opens_story")))


def _date_day_groups(blocks: list[Block], order: list[int]) -> None:
    """A listing's day headings date the stories under them (``entry_date``, put under
    each story's opener by :func:`_put_entry_dates`): a home page or an archive that
    shows "14 October 2012" once over that day's stories dates none of them on its own
    lines, and the split gives the heading to the first story only (dumps9b's Global
    Voices home page: 8 stories undated). A page is such a listing where
    :data:`DAY_HEADINGS_MIN` whole date lines or more stand over stories and nothing
    else dates a line between them, their days run one way (newest first, or oldest),
    and one heading at least holds two stories or more: a listing of stories each under
    its own date line is not grouped, and keeps its dates. The last day's group ends at
    the listing's pager (:data:`_LISTING_END`), or holds no more stories than the
    largest group above it."""
    heads = _day_headings(blocks, order)
    if len(heads) < DAY_HEADINGS_MIN:
        return
    days = [d for _, d in heads]
    if len(set(days)) != len(days) or days not in (sorted(days), sorted(days, reverse=True)):
        return
    dated = {k for k, i in enumerate(order)
             if blocks[i].role == META and blocks[i].cruft_kind == MetaKind.DATE}
    pager = next((j for j in range(heads[-1][0] + 1, len(order))
                  if _LISTING_END.match(blocks[order[j]].text)), None)
    groups: list[list[int]] = []
    for n, (k, _) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(order)
        if any(j in dated for j in range(k + 1, end)):
            return  # (another date line: the stories date themselves)
        if n + 1 == len(heads) and pager is not None:
            end = pager
        groups.append([j for j in range(k + 1, end) if _opens(blocks[order[j]])])
    if not all(groups[:-1]) or max(len(g) for g in groups) < 2:
        return
    if pager is None:
        groups[-1] = groups[-1][:max(len(g) for g in groups[:-1])]
    for (_, day), group in zip(heads, groups, strict=True):
        for j in group:
            blocks[order[j]].notes.setdefault("entry_date", day)


#: Labels of a database record's date fields that say when the database loaded or last
#: updated the record, not when the story ran (Nexis' "LOAD-DATE: June 13, 2000" under a
#: 1986 story, its German export's "UPDATE: 12. April 2013"): one row a label, folded.
LOAD_DATE_LABELS = frozenset({
    "load-date", "load date", "update", "updated", "last-updated",  # en (Nexis), de export
    "aktualisiert",  # de
})
_FIELD_LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+)?)\s*[:：]\s*\S")


def _load_date_field(text: str) -> bool:
    """Whether a date line is a record's load or update field (:data:`LOAD_DATE_LABELS`)."""
    m = _FIELD_LABEL.match(text)
    return m is not None and m["label"].casefold() in LOAD_DATE_LABELS


def _rights_line(text: str) -> bool:
    """A line reserving the rights of its year's or its ©'s owner, short: "® 2020 X Inc.,
    All rights reserved.", "© 2023 Reuters. All rights reserved"."""
    return openers.RIGHTS_RESERVED_RE.search(text) is not None \
        and re.search(r"[©®]|\b(?:19|20)\d{2}\b", text) is not None \
        and weight(text) <= RIGHTS_LINE_MAX_WORDS


#: The page's own rights line stands in its footer: this many of the lines right above it
#: (of FOOTER_RIGHTS_ABOVE) are chrome, links and labels, where a story's © line stands
#: right under its last paragraph.
FOOTER_RIGHTS_ABOVE = 5
FOOTER_RIGHTS_CHROME = 3


def _mark_after_page_rights(blocks: list[Block], order: list[int]) -> None:
    """Nothing after the page's last rights line, in its footer, is a story: a consent
    dialog or a cookie banner flattened after the footer ("Manage Consent Preferences",
    a paragraph a cookie), an overlay's text. Its titles over paragraphs looked like
    units (Reuters' CCPA dialog read as a story). A © line that closes a story (its last
    paragraph right above) is the story's, and stories may follow it (a feed)."""
    last = next((k for k in range(len(order) - 1, -1, -1)
                 if blocks[order[k]].role == CRUFT
                 and blocks[order[k]].cruft_kind == RemovedKind.COPYRIGHT
                 and _rights_line(blocks[order[k]].text)), None)
    if last is None or not any(blocks[order[k]].role == TEXT for k in range(last + 1, len(order))):
        return
    above = [blocks[order[k]] for k in range(max(0, last - FOOTER_RIGHTS_ABOVE), last)]
    if sum(b.role == CRUFT for b in above) < FOOTER_RIGHTS_CHROME \
            or not any(blocks[order[k]].role == TEXT for k in range(last)):
        return
    for k in range(last + 1, len(order)):
        b = blocks[order[k]]
        if b.role in (TEXT, HEADLINE):
            b.mark(CRUFT, RemovedKind.CHROME)
            b.notes.pop("unit_start", None)
            b.notes.pop("lead", None)


#: A pull quote: a line of at least :data:`normalizer.cues.text.PULL_QUOTE_MIN_WORDS`
#: words, no sentence, that a paragraph of the page holds word for word further inside it.
#: The line under a pull quote naming its speaker ("Name, role") holds at most this many words.
PULL_QUOTE_SPEAKER_WORDS = 10
_QUOTE_MARKS = "\"'„“”«»‹›‘’「」 "


def _mark_pull_quotes(blocks: list[Block], order: list[int]) -> None:
    """A title-shaped line right under a paragraph, that a long paragraph of the page quotes
    word for word past its opening, is the article's pull quote set large beside it, never
    a headline; the short line under it names its speaker. (A paragraph opening with the
    line is a title repeated over its body, or a teaser glued to its summary: left to their
    rules.)"""
    prose = [blocks[i].folded for i in order if blocks[i].role == TEXT and is_prose(blocks[i])
             and weight(blocks[i].text) >= PROSE_WORDS]
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or is_prose(b) or weight(b.text) < cues.PULL_QUOTE_MIN_WORDS \
                or not k or not is_prose(blocks[order[k - 1]]):
            continue  # (set between two of the article's paragraphs, not over them)
        core = b.folded.strip(_QUOTE_MARKS).rstrip(".!?…")
        if any(p != b.folded and (core in p or _quoted_with_a_cut(core, p))
               and not p.strip(_QUOTE_MARKS).startswith(core) for p in prose):
            b.mark(CRUFT, RemovedKind.OTHER)
            speaker = blocks[order[k + 1]] if k + 1 < len(order) else None
            if speaker is not None and speaker.role in (TEXT, META) and not is_prose(speaker) \
                    and weight(speaker.text) <= PULL_QUOTE_SPEAKER_WORDS:
                speaker.mark(CRUFT, RemovedKind.OTHER)  # "Name, role" under the quote


#: A pull quote may leave out words of the paragraph it quotes, once: its head of this
#: many words or more, then its tail of PULL_QUOTE_TAIL_WORDS or more, at most
#: PULL_QUOTE_CUT_CHARS characters further on (:func:`_quoted_with_a_cut`).
PULL_QUOTE_HEAD_WORDS = 4
PULL_QUOTE_TAIL_WORDS = 3
PULL_QUOTE_CUT_CHARS = 80


def _quoted_with_a_cut(core: str, paragraph: str) -> bool:
    """``core`` is the paragraph's words with one run left out (Bondy Blog's "Je suis
    obligé de donner des cours au black pour vivre dignement" from "... au black et
    j'ajoute des heures de cours pour vivre dignement")."""
    words = core.split()
    for cut in range(PULL_QUOTE_HEAD_WORDS, len(words) - PULL_QUOTE_TAIL_WORDS + 1):
        head = " ".join(words[:cut])
        at = paragraph.find(head)
        if at < 0:
            return False  # (a longer head is not there either)
        end = at + len(head)
        tail = paragraph.find(" " + " ".join(words[cut:]), end)
        if end < tail <= end + PULL_QUOTE_CUT_CHARS:
            return True
    return False


#: A byline whose label is glued to the name ("byJane Doe", "byBy JANE DOE", "byFrom X in
#: Y"): a theme prints its label and the author field with no space between. Lower-case
#: label, capital right after it, a short line: never a sentence.
_GLUED_BYLINE = re.compile(r"^(?:by|von|par|por|door)(?=[A-ZÀ-Þ])\S")
GLUED_BYLINE_MAX_WORDS = 8


def _mark_glued_bylines(blocks: list[Block], order: list[int]) -> None:
    for i in order:
        b = blocks[i]
        if b.role == TEXT and _GLUED_BYLINE.match(b.text) \
                and weight(b.text) <= GLUED_BYLINE_MAX_WORDS and not is_prose(b):
            b.mark(META, MetaKind.BYLINE)


#: A note a site appends to its links' text ("Westlaw, opens new tab"): the same
#: lower-case tail after a comma on this many lines makes them links, never headlines,
#: and the one sentence under such a link (a product's blurb) is the link's.
LINK_NOTE_MIN = 3
LINK_NOTE_MAX_WORDS = 4
_LINK_NOTE = re.compile(r",\s+(?P<note>[^,]{3,40}?)\.?\s*$")


def _link_note(text: str) -> str | None:
    m = _LINK_NOTE.search(text)
    if m is None:
        return None
    note = m.group("note").strip()
    return note if note.islower() and len(note.split()) <= LINK_NOTE_MAX_WORDS else None


def _mark_noted_links(blocks: list[Block], order: list[int]) -> None:
    notes: dict[str, int] = {}
    for i in order:
        note = _link_note(blocks[i].text)
        if note is not None:
            notes[note] = notes.get(note, 0) + 1
    if not any(n >= LINK_NOTE_MIN for n in notes.values()):
        return
    for k, i in enumerate(order):
        b = blocks[i]
        note = _link_note(b.text)
        if note is None or notes[note] < LINK_NOTE_MIN or b.role != TEXT or is_prose(b):
            continue
        b.mark(CRUFT, RemovedKind.RELATED_LINK)
        if k + 1 < len(order) and blocks[order[k + 1]].role == TEXT \
                and is_prose(blocks[order[k + 1]]) \
                and (k + 2 >= len(order) or not is_prose(blocks[order[k + 2]])):
            blocks[order[k + 1]].mark(CRUFT, RemovedKind.RELATED_LINK)


#: A gallery: this many counters of the same total ("1 of 12 |" ... "3 of 12 |").
GALLERY_MIN_COUNTERS = 3


def _mark_galleries(blocks: list[Block], order: list[int]) -> set[int]:
    """A photo gallery flattened: a counter, the picture's caption, a "Read More" link,
    again and again. Its captions read as one-sentence teasers and its counter as their
    headline; they are the pictures', never a story's."""
    totals: dict[str, int] = {}
    marked: set[int] = set()
    for i in order:
        m = openers.GALLERY_COUNTER_RE.match(blocks[i].text)
        if m and int(m.group("n")) <= int(m.group("total")):
            totals[m.group("total")] = totals.get(m.group("total"), 0) + 1
    for k, i in enumerate(order):
        m = openers.GALLERY_COUNTER_RE.match(blocks[i].text)
        if not m or totals.get(m.group("total"), 0) < GALLERY_MIN_COUNTERS:
            continue
        blocks[i].mark(CRUFT, RemovedKind.CAPTION)
        marked.add(i)
        if k + 1 < len(order) and blocks[order[k + 1]].role in (TEXT, HEADLINE) \
                and not openers.GALLERY_COUNTER_RE.match(blocks[order[k + 1]].text):
            blocks[order[k + 1]].mark(CRUFT, RemovedKind.CAPTION)
            marked.add(order[k + 1])
            if k + 2 < len(order) and openers.MORE_LINK_RE.match(blocks[order[k + 2]].text):
                blocks[order[k + 2]].mark(CRUFT, RemovedKind.CHROME)
                marked.add(order[k + 2])
    return marked


#: A sponsored teaser: its kicker, its headline and at most this many lines of blurb.
SPONSORED_BLURB_LINES = 2


#: Lines an ad's card holds under its head at most: its feedback menu ("Why this ad?",
#: its reasons, "Submit", the thanks), then its title and one blurb line.
AD_CARD_MAX_LINES = 14


def _ad_label_line(text: str, glued: bool) -> bool:
    """``text`` opens with an ad label: before a dot (``glued`` False: "Ad•Name"), or
    glued to the ad's title with no space, as a CJK page prints it ("廣告2024香港...")."""
    if not glued:
        m = openers.AD_CARD_HEAD_RE.match(text)
        label = m.group("label").casefold().strip() if m else ""
        return bool(label) and (label in openers.AD_CARD_LABELS or label in cues.AD_LABELS)
    # (a Latin label glued on shows by the title's capital: "AdThe best ...")
    return any(text[:len(label)].casefold() == label and len(text) > len(label)
               and (text[len(label)].isupper() if label[:1] < "\u2e80"
                    else not text[len(label)].isspace())
               for label in (*openers.AD_CARD_LABELS, *cues.AD_LABELS))


def _mark_imprint(blocks: list[Block], order: list[int]) -> None:
    """A publication's legal imprint (:data:`~normalizer.cues.openers.IMPRINT_LINE_RE`:
    its registration, founder, editor in chief, "Сетевое издание «X»"), at least
    :data:`~normalizer.cues.openers.IMPRINT_MIN_LINES` lines close together: the page's
    small print from its first line on, with the notices the law adds under it ("Все права
    на материалы ...", the banned organisations' list), down to the next story's headline
    over its lead. Never a story of its own."""
    hits = [k for k, i in enumerate(order)
            if weight(blocks[i].text) <= openers.IMPRINT_LINE_MAX_WORDS
            and (openers.IMPRINT_LINE_RE.match(blocks[i].text)
                 or openers.IMPRINT_NAME_RE.match(blocks[i].text))]
    start = None
    for a in range(len(hits)):
        z = a
        while z + 1 < len(hits) and hits[z + 1] - hits[z] <= openers.IMPRINT_REACH:
            z += 1
        if z - a + 1 >= openers.IMPRINT_MIN_LINES:
            start = hits[a]
            break
    if start is None:
        return
    for k in range(start, len(order)):
        b = blocks[order[k]]
        if k > start and is_title(b) and k + 1 < len(order) and is_prose(blocks[order[k + 1]]):
            break  # the next story's headline over its lead
        if b.role in (TEXT, HEADLINE):
            b.mark(CRUFT, RemovedKind.COPYRIGHT)
            b.notes.pop("unit_start", None)
            b.notes.pop("lead", None)


def _mark_ad_cards(blocks: list[Block], order: list[int]) -> None:
    """An ad in a feed of cards: its head ("Ad•Name"), its title under the ad's feedback
    menu (the label glued on, "廣告..."; the menu's lines are the recurring chrome the
    rhythm reads later) and the one blurb line under that title, up to the next card's
    date line, or its title right above the head where the page prints it first: the
    advertiser's, never a story (Yahoo's feeds)."""
    for k, i in enumerate(order):
        if blocks[i].role == SEP or not _ad_label_line(blocks[i].text, glued=False):
            continue
        blocks[i].mark(CRUFT, RemovedKind.PROMO)
        above = blocks[order[k - 1]] if k else None
        if above is not None and (above.role == TEXT
                                  or above.cruft_kind == RemovedKind.RELATED_LINK) \
                and _ad_label_line(above.text, glued=True):
            above.mark(CRUFT, RemovedKind.PROMO)  # (the title printed above the head)
            continue
        card: list[int] = []
        for j in order[k + 1:k + 1 + AD_CARD_MAX_LINES]:
            if blocks[j].role == META or _ad_label_line(blocks[j].text, glued=False):
                break  # the next card's date line, or the next ad
            if blocks[j].role == TEXT or blocks[j].cruft_kind == RemovedKind.RELATED_LINK:
                card.append(j)  # (the cleaner may have read the title as a link already)
        # (the title is the last line with the label glued on: the menu's own label,
        # "廣告意見與建議", "ad feedback", stands above it)
        title = next((n for n in range(len(card) - 1, -1, -1)
                      if _ad_label_line(blocks[card[n]].text, glued=True)), None)
        if title is None:
            continue
        blocks[card[title]].mark(CRUFT, RemovedKind.PROMO)
        if title + 1 < len(card) and is_prose(blocks[card[title + 1]]):
            blocks[card[title + 1]].mark(CRUFT, RemovedKind.PROMO)  # the ad's blurb


def _mark_sponsored_teasers(blocks: list[Block], order: list[int]) -> None:
    """A teaser under a sponsored kicker ("Materiał Promocyjny", "Sponsored") in a list of
    teasers: the kicker, the headline under it and its blurb are the sponsor's."""
    for k, i in enumerate(order):
        if not openers.SPONSORED_KICKER_RE.match(blocks[i].text):
            continue
        if k + 1 >= len(order) or is_prose(blocks[order[k + 1]]) \
                or not is_title(_as_text(blocks[order[k + 1]])):
            continue
        # (lines the cleaner took out already keep their reading: "Toggle Menu" is chrome)
        unit = [i, order[k + 1]]
        for j in range(k + 2, min(len(order), k + 2 + SPONSORED_BLURB_LINES)):
            if not is_prose(blocks[order[j]]):
                break
            unit.append(order[j])
        for j in unit:
            if blocks[j].role != CRUFT:
                blocks[j].mark(CRUFT, RemovedKind.PROMO)


#: A line that opens with a short label and a colon ("Security: ...", "Kernel: ..."): an
#: item of a contents list when it stands under others of its shape.
_LABELLED = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+)?\s*[:：]\s+\S")
#: Lines of that shape, taken for cruft, right above a line that make it one of them.
LABEL_LIST_MIN_ABOVE = 2


#: Paragraphs in a row, shown twice, that make a box the page shows twice (a summary
#: box in its mobile and desktop places), and the lines that may stand between them.
BOX_TWICE_MIN_LINES = 2
BOX_TWICE_GAP = 2


#: Words of the paragraphs a page prints twice, back to back, that make them an article
#: printed twice rather than a box (:func:`_drop_boxes_shown_twice`).
ARTICLE_TWICE_MIN_WORDS = 120


def _drop_boxes_shown_twice(blocks: list[Block], order: list[int],
                            copies: list[tuple[int, int]]) -> None:
    """A run of paragraphs shown twice whose second copy no paragraph follows is a box
    the page shows twice (an AI summary above an article), not a paywall's teaser over
    the article it opens: neither copy is story text."""
    if not copies:
        return
    rank = {i: k for k, i in enumerate(order)}  # (only where the page repeats paragraphs)
    if 0 < min(at for at, _ in copies) - max(rank[f] for _, f in copies) \
            <= BOX_TWICE_GAP + 1 \
            and sum(weight(blocks[f].text) for _, f in copies) >= ARTICLE_TWICE_MIN_WORDS:
        return  # (every second copy right under the last first one, an article's length:
        # the article printed twice, El Sol de San Juan del Río's; its first copy is the
        # story. A comment form's rules shown twice are shorter.)
    runs: list[list[tuple[int, int]]] = []
    for at, first in copies:
        if runs and at - runs[-1][-1][0] <= BOX_TWICE_GAP:
            runs[-1].append((at, first))
        else:
            runs.append([(at, first)])
    for run in runs:
        if len(run) < BOX_TWICE_MIN_LINES:
            continue
        after = next((blocks[order[j]] for j in range(run[-1][0] + 1, len(order))
                      if blocks[order[j]].role != SEP), None)
        if after is not None and is_prose(after):
            continue
        top = order.index(run[0][1])
        if any(blocks[order[j]].role == META for j in range(max(0, top - BOX_TWICE_GAP - 1), top)):
            continue  # (a dated post's paragraphs, which another post repeats)
        for _at, first in run:
            blocks[first].mark(CRUFT, RemovedKind.RELATED_LINK)
            blocks[first].notes.pop("lead", None)


def _mark_label_lists(blocks: list[Block], order: list[int]) -> None:
    """The last items of a contents list ("Security: ...; Kernel: ...; Announcements:
    ..."), read as a story's lead because they are long, are the list's, as the items
    above them are: the page's box, not an article."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or not _LABELLED.match(b.text) or k < LABEL_LIST_MIN_ABOVE:
            continue
        above = [blocks[order[j]] for j in range(k - LABEL_LIST_MIN_ABOVE, k)]
        if all(a.role == CRUFT and _LABELLED.match(a.text) for a in above):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            b.notes.pop("opener_source", None)
    for k, i in enumerate(order):  # the list's own label over it ("Inside this week's X")
        b = blocks[i]
        below = [blocks[order[j]]
                 for j in range(k + 1, min(len(order), k + 2 + LABEL_LIST_MIN_ABOVE))]
        if b.role == TEXT and not is_prose(b) and not b.notes.get("unit_start") \
                and len(below) == LABEL_LIST_MIN_ABOVE + 1 \
                and all(c.role == CRUFT and c.cruft_kind != RemovedKind.CHROME
                        and _LABELLED.match(c.text) for c in below):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)


#: Text lines under the page's last © line that are still the footer's when nothing opens
#: a story among them ("Comments and public postings are copyrighted by their creators.").
FOOTER_TAIL_MAX_LINES = 2


def _mark_pictured_posts(blocks: list[Block], order: list[int]) -> None:
    """A post's title over its featured picture's alt line over its text ("Цены на ...",
    "Thumbnail for this post about ...", a paragraph): the title opens a story, as a
    theme's archive page shows each post, even where the rules above took the post for a
    box of the sidebar."""
    for k, i in enumerate(order):
        if not blocks[i].notes.get("featured_image") or not 0 < k < len(order) - 1:
            continue
        title, lead = blocks[order[k - 1]], blocks[order[k + 1]]
        if title.role in (TEXT, CRUFT) and is_title(_as_text(title)) \
                and lead.role == TEXT and is_prose(lead):
            title.mark(TEXT)
            title.notes["unit_start"] = True


def _mark_footer_tail(blocks: list[Block], order: list[int]) -> None:
    """The footer under the page's © line is chrome: a sentence or two there, with no
    headline or story opener, is the site's small print, not a story."""
    last = next((k for k in range(len(order) - 1, -1, -1)
                 if blocks[order[k]].role == CRUFT
                 and blocks[order[k]].cruft_kind == RemovedKind.COPYRIGHT
                 and "©" in blocks[order[k]].text), None)
    if last is None:
        return
    tail = []
    for k in range(last + 1, len(order)):
        b = blocks[order[k]]
        if b.notes.get("unit_start") or b.notes.get("opens_story"):
            break  # (the next post's head: the small print ends above it)
        if b.role == TEXT:
            tail.append(order[k])
    if not tail or len(tail) > FOOTER_TAIL_MAX_LINES:
        return
    for i in tail:
        blocks[i].mark(CRUFT, RemovedKind.COPYRIGHT)


#: A sentence, perhaps followed by its writer's name ("... hates CNN. Peter Weber").
_SIGNED_SENTENCE = re.compile(r"[.!?…](?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}\s*$")
#: Lines above a tweet's sign-off that may be the tweet's text (one paragraph, or a
#: paragraph and its picture link on a line of its own).
TWEET_BODY_LINES = 2


def _mark_embedded_facebook_posts(blocks: list[Block], order: list[int]) -> None:
    """An embedded Facebook post: its sign-off line (:data:`cues.FACEBOOK_SIGNOFF_RE`) and
    the post's text right above it are the frame's, not the story's (actu.fr: "Pays Basque
    #COVID-19 ... appel aux dons<link>" / "Publiée par X sur Jeudi 26 mars 2020")."""
    for k, i in enumerate(order):
        if k == 0 or not cues.FACEBOOK_SIGNOFF_RE.match(blocks[i].text):
            continue
        blocks[i].mark(CRUFT, RemovedKind.CHROME)
        post = blocks[order[k - 1]]
        if post.role in (TEXT, HEADLINE):
            post.mark(CRUFT, RemovedKind.OTHER)
            post.notes.pop("unit_start", None)


def _mark_embedded_tweets(blocks: list[Block], order: list[int]) -> None:
    """An embedded tweet inside a story (:data:`cues.TWEET_SIGNOFF_RE`) is the story's
    text, sign-off and all, when story prose stands right above the tweet: read as a
    short line after the last paragraph, it looked like the page's chrome."""
    for k, i in enumerate(order):
        if not cues.TWEET_SIGNOFF_RE.match(blocks[i].text):
            continue
        blocks[i].notes.pop("unit_start", None)  # (a sign-off opens no story)
        body = [order[j] for j in range(k - 1, max(-1, k - 1 - TWEET_BODY_LINES), -1)
                if not cues.TWEET_SIGNOFF_RE.match(blocks[order[j]].text)]
        above = next((j for j in range(k - 1, max(-1, k - 2 - TWEET_BODY_LINES), -1)
                      if blocks[order[j]].role == TEXT and blocks[order[j]].notes.get("lead")),
                     None)
        if above is None:
            continue
        for j in body:
            if j <= order[above]:
                break
            if blocks[j].role == CRUFT and blocks[j].cruft_kind == RemovedKind.CHROME:
                blocks[j].mark(TEXT)
        if blocks[i].role != TEXT:
            blocks[i].mark(TEXT)
        # the story's closing sentence under its last tweet (signed with the writer's name:
        # "... hates CNN. Peter Weber")
        nxt = blocks[order[k + 1]] if k + 1 < len(order) else None
        if nxt is not None and nxt.role == CRUFT and nxt.cruft_kind == RemovedKind.CHROME \
                and weight(nxt.text) >= PROSE_SENTENCE_WORDS and _SIGNED_SENTENCE.search(nxt.text):
            nxt.mark(TEXT)


#: A byline that names the writer and the outlet's desk ("Vidya Pinandhita - detikHealth",
#: "Jane Doe – Reuters"): two to four capitalised names, a dash, one word or two.
#: ... or a writer's name and the outlet's name, a bar between ("Rosalía Nieves | El Sol de
#: San Juan del Río"): the outlet capitalised but for its joining words.
_NAME_BAR_OUTLET = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,2})\s+\|\s+"
    r"(?P<outlet>[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|de|del|la|las|los|el|do|da|di|"
    r"du|des|of|the)){1,6})\.?\s*$")
#: ... the outlet's name joined by one of these ("El Sol de San Juan del Río"): a bar's
#: other side of capitalised words alone is as often a footer's link ("Your California
#: Privacy Rights | Do Not Sell My Personal Information").
_BAR_OUTLET_JOINER = re.compile(r"\s(?:de|del|of|the|do|da|di|du|des)\s")
_NAME_OUTLET = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3})\s+[-–—]\s+"
                          r"(?P<outlet>[^\W\d_][\w.'’-]{1,30}(?:\s+[\w.'’-]{2,20})?)$")


def _mark_name_outlet_bylines(blocks: list[Block], order: list[int]) -> None:
    """A "Name - Outlet" line right under a title-shaped line, over a date line, is the
    article's byline (the writer, the outlet's desk), not a headline; so is a "Name |
    Outlet" line over the article's first paragraph, where the outlet is a name of
    several words (El Sol de San Juan del Río's "Rosalía Nieves | El Sol de San Juan del
    Río", under its title, deck and caption)."""
    for k in range(1, len(order) - 1):
        b = blocks[order[k]]
        if b.role not in (TEXT, CRUFT):
            continue
        nxt = blocks[order[k + 1]]
        if b.role == TEXT and _NAME_OUTLET.match(b.text):
            if nxt.role == META and nxt.cruft_kind == MetaKind.DATE:
                b.mark(META, MetaKind.BYLINE)
        elif (m := _NAME_BAR_OUTLET.match(b.text)) and is_prose(nxt) \
                and _BAR_OUTLET_JOINER.search(m["outlet"]):
            b.mark(META, MetaKind.BYLINE)


#: A list item that opens with its clock time ("15h14 Emission ...", "09:30 Title"): a
#: "latest" box lists the site's other items so, this many or more in a run.
_TIMED_ITEM = re.compile(r"^\d{1,2}[:.h]\d{2}\s+\S")
#: ... or a ticker's items glued on a line, each title followed by its time ("Title 20:00",
#: "Title 21:22 Title 21:17 ..."): the line ends with a clock time, or holds two or more.
_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?![\d:])")
_CLOCK_END = re.compile(r"\S\s+\d{1,2}:\d{2}\s*$")
GLUED_TICKER_CLOCKS = 2
TIME_LIST_MIN_ITEMS = 3
#: Lines between the items no longer than this are the list's day labels ("Hier").
TIME_LIST_LABEL_WORDS = 2


#: ... or a "most read" list's items, each title cut short and followed by its counters
#: ("Title ... 5512 0": views, comments).
_COUNTED_ITEM = re.compile(r"(?:\.\.\.|…)\s*\d+(?:\s+\d+){0,2}\s*$")


def _timed_item(text: str) -> bool:
    return bool(_TIMED_ITEM.match(text) or _CLOCK_END.search(text)
                or len(_CLOCK.findall(text)) >= GLUED_TICKER_CLOCKS
                or _COUNTED_ITEM.search(text))


def _mark_time_lists(blocks: list[Block], order: list[int]) -> None:
    """A run of lines that open with a clock time, perhaps under day labels, is a list of
    the site's latest items (titles only): chrome, never stories. So is a ticker whose
    items a browser's copy glues on a few lines, each title followed by its time."""
    k = 0
    while k < len(order):
        if not _timed_item(blocks[order[k]].text):
            k += 1
            continue
        run, j = [], k
        while j < len(order):
            b = blocks[order[j]]
            if _timed_item(b.text):
                run.append(j)
            elif weight(b.text) > TIME_LIST_LABEL_WORDS:
                break
            j += 1
        if len(run) >= TIME_LIST_MIN_ITEMS:
            for m in range(run[0], run[-1] + 1):
                if blocks[order[m]].role in (TEXT, META):
                    blocks[order[m]].mark(CRUFT, RemovedKind.RELATED_LINK)
        k = j if j > k else k + 1


#: An external link's card closed by its note alone on a line ("(öffnet in einem neuen
#: Fenster)", "(opens in a new window)"): its title and blurb above, the blurb at most this
#: many words.
LINK_CARD_BLURB_MAX_WORDS = 40
#: ... and the note alone on its line is this short ("(öffnet in einem neuen Fenster)").
NEW_WINDOW_NOTE_MAX_WORDS = 8


def _mark_new_window_cards(blocks: list[Block], order: list[int]) -> None:
    """A card linking off the page (another channel's, a partner's), closed by the note that
    its link opens a new window, alone on its line: the note, the card's blurb and its
    title are the page's link, no story (BR24's "BR in der ARD Mediathek" / "Alle Filme,
    ... Jetzt anschauen!" / "(öffnet in einem neuen Fenster)")."""
    for k, i in enumerate(order):
        note = blocks[i]
        if not cues.NEW_WINDOW_RE.match(note.text.strip()) \
                or weight(note.text) > NEW_WINDOW_NOTE_MAX_WORDS:
            continue
        note.mark(CRUFT, RemovedKind.CHROME)
        note.notes.pop("unit_start", None)
        above = [blocks[j] for j in order[max(0, k - 2):k]]
        if len(above) == 2 and all(b.role in (TEXT, CRUFT) for b in above) \
                and weight(above[1].text) <= LINK_CARD_BLURB_MAX_WORDS \
                and is_title(_as_text(above[0])):
            for b in above:
                b.mark(CRUFT, RemovedKind.RELATED_LINK)
                b.notes.pop("unit_start", None)
                b.notes.pop("lead", None)


#: A box of titles each over its day alone ("Riparte il FRECCIAROSSA ..." / "25/06/2022"):
#: at least this many such pairs in a row. A teaser's lead under its date ends the run.
DATED_PAIRS_MIN = 3


def _mark_dated_title_pairs(blocks: list[Block], order: list[int]) -> None:
    """A list of other stories, each title on its line and its day alone on the next, pair
    after pair (see :data:`DATED_PAIRS_MIN`; titles the page shows elsewhere may already be
    taken out): its titles are links, no story's headline or text. A story's own lines are
    not set over bare dates; a chronology writes its events as sentences."""
    def bare_date(b: Block) -> bool:  # (a day in figures or words, nothing beside it)
        return b.role != TEXT and has_digit(b.text) and split_date_line(b.text) == (True, "") \
            and parse_date(b.text) is not None

    def title(b: Block) -> bool:  # (no date line itself: a timetable's rows are dated)
        return b.role in (TEXT, CRUFT) and b.kind == "p" and not is_prose(b) \
            and HEADLINE_LIST_MIN_WORDS <= weight(b.text) <= HEADLINE_LIST_MAX_WORDS \
            and not split_date_line(b.text)[0]

    k = 0
    while k + 1 < len(order):
        pairs = []
        while k + 1 < len(order) and title(blocks[order[k]]) and bare_date(blocks[order[k + 1]]) \
                and not (k + 2 < len(order) and is_prose(blocks[order[k + 2]])):
            pairs.append(order[k])  # (a title and date over a lead: a story's head)
            k += 2
        if len(pairs) >= DATED_PAIRS_MIN:
            for i in pairs:
                if blocks[i].role == TEXT:
                    blocks[i].mark(CRUFT, RemovedKind.RELATED_LINK)
        k += not pairs


#: A figure a stats box glued to its label ("28,25,140Cases", "24,942 1490Active"): this
#: many in a run make the box. Its label line above ("World") and the sentence under it
#: that repeats its figures ("... cases worldwide are 28,25,140 and ...") are the box's.
_STAT_LINE = re.compile(r"^\d[\d,.\s]*\d?[^\W\d_]{2,}$")
STAT_BOX_MIN = 3
STAT_LABEL_MAX_WORDS = 2
STAT_SUMMARY_FIGURES = 2


def _mark_stat_boxes(blocks: list[Block], order: list[int]) -> None:
    """A stats widget flattened (see :data:`_STAT_LINE`): chrome, never story text."""
    for k, j in _line_runs(blocks, order, _STAT_LINE, STAT_BOX_MIN):
        figures = {f for m in range(k, j) for f in _QUANTITY.findall(blocks[order[m]].text)}
        box = list(range(k, j))
        if k and weight(blocks[order[k - 1]].text) <= STAT_LABEL_MAX_WORDS \
                and not is_prose(blocks[order[k - 1]]):
            box.append(k - 1)
        if j < len(order) and len(set(_QUANTITY.findall(blocks[order[j]].text)) & figures) \
                >= STAT_SUMMARY_FIGURES:
            box.append(j)
        for m in box:
            if blocks[order[m]].role in (TEXT, META):
                blocks[order[m]].mark(CRUFT, RemovedKind.CHROME)


def _line_runs(blocks: list[Block], order: list[int], line: re.Pattern[str],
               least: int) -> list[tuple[int, int]]:
    """The runs of at least ``least`` lines in a row that ``line`` matches, as (first,
    end) ranks in ``order`` (end past the run)."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(order):
        j = k
        while j < len(order) and line.match(blocks[order[j]].text):
            j += 1
        if j - k >= least:
            runs.append((k, j))
        k = j + 1 if j == k else j
    return runs


#: A card linking another article inside the text, under a label the page repeats over
#: each such card ("Frétt af mbl.is" over a title, five times): this many labels at least.
CARD_LABEL_MIN = 3
CARD_LABEL_MAX_WORDS = 5
#: Blank lines that set two stories of a dump apart (a dump's separator gap,
#: :data:`normalizer.stories.dumps.SEPARATOR_GAP`): a card stands under its label closer.
CARD_EDGE_GAP = 3


def _mark_labelled_cards(blocks: list[Block], order: list[int]) -> None:
    """Between two paragraphs of an article, a title line under a short label the page
    shows over every such card (:data:`CARD_LABEL_MIN` times) is a link to another
    article, not a sub-heading (a teaser's title under its kicker opens a story: left).
    A title set apart from the label by a story edge (:data:`CARD_EDGE_GAP` blank lines)
    is no card under it: the short line the text repeats is then a sign-off closing each
    story above ("Б.Н.Н." under every item of an e-zine), and the title opens the next."""
    shown: dict[str, int] = {}
    for i in order:
        shown[blocks[i].folded] = shown.get(blocks[i].folded, 0) + 1
    for k in range(1, len(order) - 2):
        label, title = blocks[order[k]], blocks[order[k + 1]]
        if label.role == TEXT or weight(label.text) > CARD_LABEL_MAX_WORDS \
                or shown.get(label.folded, 0) < CARD_LABEL_MIN:
            continue
        if title.role == TEXT and is_title(title) and not is_prose(title) \
                and not title.notes.get("unit_start") and title.gap < CARD_EDGE_GAP \
                and is_prose(blocks[order[k - 1]]) and is_prose(blocks[order[k + 2]]):
            title.mark(CRUFT, RemovedKind.RELATED_LINK)


#: A run of this many paragraphs or more in a row, three in four of which or more share the
#: same three words, is a list of notices written to one formula (obituaries: "Mély
#: fájdalommal tudatjuk, hogy ..." again and again), not an article: an article's
#: paragraphs do not repeat a phrase so.
FORMULA_RUN_MIN = 8
FORMULA_SHARE = 0.75
#: ... or a shorter run (this many), all sharing four words in a row after a dash or a bar:
#: a list of links each carrying the same site's name ("Title — Site – Tagline | Blog bei
#: Title", pingbacks).
FORMULA_SHORT_RUN_MIN = 4
FORMULA_LONG_GRAM = 4
_LINK_SUFFIX = re.compile(r"\s[—–|]\s")


def _mark_formula_runs(blocks: list[Block], order: list[int]) -> None:
    """Mark the runs of :data:`FORMULA_RUN_MIN` notices as chrome."""
    k = 0
    while k < len(order):
        j = k
        while j < len(order) and blocks[order[j]].role == TEXT and is_prose(blocks[order[j]]) \
                and (j == k or order[j] == order[j - 1] + 1):  # (a ruler between: two posts)
            j += 1
        for size, least, share in ((3, FORMULA_RUN_MIN, FORMULA_SHARE),
                                   (FORMULA_LONG_GRAM, FORMULA_SHORT_RUN_MIN, 1.0)):
            if j - k < least:
                continue
            counts: dict[tuple[str, ...], int] = {}
            for m in range(k, j):
                text = blocks[order[m]].folded
                if size == FORMULA_LONG_GRAM:  # (the site's name after a link's title)
                    text = _LINK_SUFFIX.split(text, maxsplit=1)[1] \
                        if _LINK_SUFFIX.search(text) else ""
                words = _WORD.findall(text)
                for gram in {tuple(words[n:n + size]) for n in range(len(words) - size + 1)}:
                    counts[gram] = counts.get(gram, 0) + 1
            if counts and max(counts.values()) >= share * (j - k):
                for m in range(k, j):
                    blocks[order[m]].mark(CRUFT, RemovedKind.CHROME)
                break
        k = max(j, k + 1)


def _section_label(b: Block) -> bool:
    """A section's label ("Weitere Meldungen: X", "More from X") or a trail of sections
    joined by bars ("sucesos | Sucesos | Zulia"): chrome, never a story's head."""
    return not is_prose(b) and bool(openers.MORE_FROM_RE.match(b.text) or _pipe_crumbs(b.text)
                                    or _BREADCRUMB.search(b.text))


def _title_over_byline(blocks: list[Block], order: list[int], k: int) -> int | None:
    """The headline over the byline a label at rank ``k`` stands under, where no title
    stands under the label: the writer's "More from this author" link under "by NAME",
    the headline over both."""
    j = k - 1
    while j >= 0 and blocks[order[j]].role == META:
        j -= 1
    if j == k - 1 or j < 0:
        return None
    c = blocks[order[j]]
    if c.role == HEADLINE or is_prose(c) or _section_label(c) or is_chrome(c) \
            or not is_title(_as_text(c)) or not _head_long(c.text):
        return None
    return order[j]


def _drop_section_labels(blocks: list[Block], order: list[int]) -> None:
    """A section label read as a unit's head is chrome; the head is the title line under
    it, above the unit's first paragraph (the label stood over the box, the title over
    the article)."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or not _section_label(b):
            continue
        started = b.notes.pop("unit_start", None)
        b.mark(CRUFT, RemovedKind.CHROME)
        if not started:
            continue
        title = None
        for j in range(k + 1, min(len(order), k + 1 + HEAD_REACH)):
            c = blocks[order[j]]
            if is_prose(c):
                break
            if c.role != META and not _section_label(c) and weight(c.text) >= 2 \
                    and is_title(Block(text=c.text, kind=c.kind)) \
                    and not is_chrome(c):  # ("Comments: 9" under the author's "More from")
                title = order[j]
        if title is None:
            title = _title_over_byline(blocks, order, k)
        if title is not None:
            blocks[title].mark(TEXT)
            blocks[title].notes["unit_start"] = True


#: Lines above or below a headline that its date or byline line stands within.
HEADLESS_DATE_REACH = 2
#: A picture's lines under a headline: its caption, its credit, its alt text.
_PICTURE_KINDS = (RemovedKind.CAPTION, RemovedKind.CREDIT, RemovedKind.IMAGE_ALT)


def _title_headless_articles(blocks: list[Block], order: list[int]) -> None:
    """An article whose first paragraph no title opens, under a title line the cleaner
    took for chrome or a repeated link (the page shows its headline twice: a teaser, an
    audio player's or a share bar's title) with its date or byline line beside it: that
    line is the article's headline. Only boxes of chrome may stand between (dates, share
    buttons, a photo and its caption); the nearest such title wins. Over the page's first
    paragraph, a title with only its picture's lines between needs no date beside it."""
    text_ranks = [k for k, i in enumerate(order) if blocks[i].role == TEXT]
    for n, k in enumerate(text_ranks):
        b = blocks[order[k]]
        if not (is_prose(b) and "lead" in b.notes) or b.notes.get("unit_start"):
            continue
        if n and (k - text_ranks[n - 1] <= INNER_GAP + 1
                  or blocks[order[text_ranks[n - 1]]].notes.get("unit_start")):
            continue  # the paragraph goes on a story above it, or its title stands far above
        for j in range(k - 1, max(-1, k - 1 - FAR_REACH), -1):
            c = blocks[order[j]]
            if c.role == TEXT or c.notes.get("closes_unit"):
                break
            if c.role != CRUFT or c.cruft_kind not in ("related_link", "chrome") \
                    or c.notes.get("repeated_notice") or c.notes.get("labelled_box") \
                    or openers.names_line(c.text, min_words=2) \
                    or not is_title(_as_text(c)) or not _head_long(c.text) \
                    or _DATEISH.search(c.text) or _numbers_line(c.text) \
                    or openers.READING_TIME_RE.match(c.text) \
                    or _under_related_label(blocks, order, j):
                continue  # (READING_TIME_RE: an audio player's length)
            near = [blocks[order[m]] for m in range(max(0, j - HEADLESS_DATE_REACH),
                                                      min(len(order), j + HEADLESS_DATE_REACH + 1))
                    if m != j]
            # (or, over the page's first paragraph, with only its picture between: "Office
            # for Budget Responsibility: What is the OBR ...?" / "Getty Images City of London
            # timelapse" / "Getty Images" / the explainer's first paragraph; round 51)
            pictured = n == 0 and k - j > 1 and all(
                blocks[order[m]].role == CRUFT and blocks[order[m]].cruft_kind in _PICTURE_KINDS
                for m in range(j + 1, k))
            if pictured or any((d.role == META and d.cruft_kind in (MetaKind.DATE, MetaKind.BYLINE))
                               or (d.role != TEXT and _DATEISH.search(d.text)) for d in near):
                c.mark(TEXT)
                c.notes["unit_start"] = True
                break


def _under_related_label(blocks: list[Block], order: list[int], j: int) -> bool:
    """The repeated link at rank ``j`` is the last of a box's titles under its label: the
    related links above it, one title or more one under another, go up to "Noticias
    relacionadas" (El Periódico's box between the standfirst and the body): another
    story's title, never the headline of the body under the box. (A box's one title under
    its label, its byline and date under it, heads its teaser's lead: KUT's "Related
    Content".)"""
    for m in range(j - 1, -1, -1):
        c = blocks[order[m]]
        if c.role != CRUFT or c.cruft_kind != RemovedKind.RELATED_LINK:
            return False
        if cues.RELATED_LABEL_ONLY_RE.match(c.text):
            return m < j - 1
    return False


#: Date lines an article's metadata box holds, at least, for a line it shows twice to be
#: the box's label ("We report from Oslo/Paris", above and under the dates).
BOX_LABEL_MIN_DATES = 2


def _drop_box_labels_as_titles(blocks: list[Block], order: list[int]) -> None:
    """A title line that opens a unit right under an article's metadata box (bylines, two
    date lines or more), where the box shows the same line too, is the box's label, not a
    headline: the standfirst above and the paragraphs under it are one article."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or not b.notes.get("unit_start") or is_prose(b):
            continue
        box: list[int] = []
        for j in range(k - 1, -1, -1):
            if blocks[order[j]].role == TEXT:
                break
            box.append(order[j])
        else:
            continue  # (nothing above: the page's first title)
        dates = sum(1 for j in box if blocks[j].role == META
                    and blocks[j].cruft_kind == MetaKind.DATE)
        if dates >= BOX_LABEL_MIN_DATES and any(blocks[j].folded == b.folded for j in box):
            b.notes.pop("unit_start", None)
            b.mark(CRUFT, RemovedKind.CHROME)


#: List items of the page's chrome right under a title-shaped line, at least, that make
#: the line the label of a menu (a language picker's "Translated by ..." over its twenty
#: languages), not a story's title.
MENU_LABEL_ITEMS = 5


def _drop_menu_labels(blocks: list[Block], order: list[int]) -> None:
    """A line that opens a unit between the page's chrome (a control's label above it)
    and a run of :data:`MENU_LABEL_ITEMS` chrome list items or more right under it is that
    menu's label: a story's title stands over its lead or its byline, never over a menu.
    Read as a title it cut the article it stands in two (Daum's language picker, between
    an article's summary box and its body, headed the body "번역beta Translated by ...").
    Only below the page's first text line: above it, a line over the menu is the page's
    masthead, and the rhythm's reading of the header stands."""
    text_seen = False
    for k, i in enumerate(order[1:-1], 1):
        b = blocks[i]
        text_seen = text_seen or blocks[order[k - 1]].role == TEXT
        if b.role != TEXT or not b.notes.get("unit_start") or is_prose(b) or not text_seen:
            continue  # (over the page's first text, a line is the masthead or a title)
        above = blocks[order[k - 1]]
        if above.role != CRUFT or above.cruft_kind != RemovedKind.CHROME:
            continue
        run = 0
        for j in order[k + 1:]:
            if blocks[j].role != CRUFT or blocks[j].cruft_kind != RemovedKind.CHROME \
                    or blocks[j].kind != BlockKind.ITEM:
                break
            run += 1
        if run >= MENU_LABEL_ITEMS:
            b.notes.pop("unit_start", None)
            b.mark(CRUFT, RemovedKind.CHROME)


#: Menu items right above a teaser (past its kicker lines) that make it a mega menu's: a
#: run of this many short link lines or more, none with figures or a "more" link.
MENU_TEASER_RUN = 4
MENU_ITEM_WORDS = 7
MENU_TEASER_KICKERS = 2
#: The most lines a menu's teaser holds (title, kicker, lead, a line or two).
MENU_TEASER_LINES = 5


def _drop_menu_teasers(blocks: list[Block], order: list[int]) -> None:
    """A teaser inside a mega menu (a section's items, then its featured item: title,
    lead, "mehr...", then the next section's items) is the menu's, not a story: right
    above its title (past a kicker line or two) and right under its "more" link stand
    runs of :data:`MENU_TEASER_RUN` menu items. A news teaser stands under the one before
    it, its "more" link, or a box's counters; an article's title has no "more" link."""
    def item(b: Block) -> bool:
        return b.role == CRUFT and b.cruft_kind in ("chrome", "related_link", "image_alt",
                                                    "caption") \
            and weight(b.text) <= MENU_ITEM_WORDS and not _DIGIT.search(b.text) \
            and not openers.MORE_LINK_RE.match(b.text)

    for k, i in enumerate(order):
        if blocks[i].role != TEXT or not blocks[i].notes.get("unit_start"):
            continue
        run = 0
        for j in range(k - 1 - MENU_TEASER_KICKERS, -1, -1):
            if not item(blocks[order[j]]):
                break
            run += 1
        if run < MENU_TEASER_RUN or any(blocks[order[j]].role == TEXT for j in
                                        range(max(0, k - MENU_TEASER_KICKERS), k)):
            continue
        unit, end = [], k + 1
        while end < len(order) and not blocks[order[end]].notes.get("unit_start") \
                and not openers.MORE_LINK_RE.match(blocks[order[end]].text) \
                and end - k <= MENU_TEASER_LINES:
            if blocks[order[end]].role == TEXT:
                unit.append(order[end])
            end += 1
        # (a teaser: a lead or two, closed by its "more" link, and the menu going on)
        closed = end + MENU_TEASER_RUN < len(order) \
            and openers.MORE_LINK_RE.match(blocks[order[end]].text) \
            and sum(item(blocks[order[j]]) for j in range(end + 1, end + 1 + MENU_TEASER_RUN)) \
            >= MENU_TEASER_RUN - 1  # (one item may carry a figure: "Konzept 2030")
        if not closed or sum(is_prose(blocks[j]) for j in unit) > SHORT_UNIT_PROSE:
            continue
        for j in [i, *unit]:
            blocks[j].mark(CRUFT, RemovedKind.CHROME)
            blocks[j].notes.pop("lead", None)
            blocks[j].notes.pop("unit_start", None)


#: The longest kicker line over a teaser's title ("Parkraum-Management", "Eiswelt Stuttgart").
KICKER_MAX_WORDS = 3


#: A card's deck (a lead that is no sentence: "En lo que va del año, se han registrado 417
#: solicitudes de información por Transparencia") has at least this many words, and more
#: than its title.
CARD_DECK_MIN_WORDS = 8
#: Longest kicker of a kicked card (:func:`_mark_kicked_decks`): a section's name.
CARD_KICKER_MAX_WORDS = 2


def _mark_kicked_decks(blocks: list[Block], order: list[int]) -> None:
    """A run of cards of three lines each, kicker, title, deck ("Local" / "Crece opacidad en
    Ayuntamiento de Mazatlán" / "En lo que va del año, se han registrado 417 solicitudes
    ..."), :data:`RHYTHM_MIN_UNITS` cards or more one right after another: each is a
    teaser, its deck the lead, though the deck ends with no period and reads as a second
    title. A kicker is a section's short name with no digit, never a sponsor's label
    ("Sponsored", "Materiał Promocyjny": an advertiser's card); the deck is longer than its
    title. Cards already read keep their reading."""
    def line(k: int) -> Block | None:
        return blocks[order[k]] if k < len(order) else None

    def card(k: int) -> bool:
        kick, title, deck = line(k), line(k + 1), line(k + 2)
        if kick is None or title is None or deck is None:
            return False
        return kick.role in (TEXT, CRUFT) and title.role in (TEXT, CRUFT) \
            and deck.role in (TEXT, CRUFT) and kick.kind != "item" \
            and weight(kick.text) <= CARD_KICKER_MAX_WORDS and not _DIGIT.search(kick.text) \
            and not is_prose(kick) and kick.text.strip()[:1].isupper() \
            and not openers.SPONSORED_KICKER_RE.match(kick.text) \
            and is_title(_as_text(title)) and weight(title.text) >= HEAD_MIN_WORDS \
            and weight(deck.text) >= max(CARD_DECK_MIN_WORDS, weight(title.text) + 1) \
            and not openers.TRUNCATED_TITLE_RE.search(deck.text) \
            and deck.text.strip()[:1].isupper() and deck.kind != "item"

    k = 0
    while k < len(order):
        run: list[int] = []
        while card(k + 3 * len(run)):
            run.append(k + 3 * len(run))
        if len(run) < RHYTHM_MIN_UNITS:
            k += 1
            continue
        for c in run:
            kick, title, deck = (blocks[order[c + n]] for n in range(3))
            if title.notes.get("unit_start") or deck.notes.get("lead"):
                continue
            kick.mark(CRUFT, RemovedKind.CHROME)
            kick.notes.pop("unit_start", None)
            title.mark(TEXT)
            title.notes["unit_start"] = True
            deck.mark(TEXT)
            deck.notes["lead"] = True
            for b in (kick, title, deck):
                b.notes.pop("outside", None)
        k = run[-1] + 3


def _split_kicked_teasers(blocks: list[Block], order: list[int]) -> None:
    """On a page whose teasers open with a kicker (a short label line over the title),
    :data:`RHYTHM_MIN_UNITS` times or more, a kicker and a title right under a short
    teaser's lead, over a lead of their own, open the next teaser, which the reading above
    glued to the one before (a carousel's items in a row)."""
    def kicker(b: Block) -> bool:
        return not is_prose(b) and weight(b.text) <= KICKER_MAX_WORDS \
            and not _DIGIT.search(b.text) and not openers.MORE_LINK_RE.match(b.text)

    kicked = sum(1 for k in range(1, len(order)) if blocks[order[k]].notes.get("unit_start")
                 and blocks[order[k - 1]].role == CRUFT and kicker(blocks[order[k - 1]]))
    if kicked < RHYTHM_MIN_UNITS:
        return
    for k in range(1, len(order) - 2):
        lead, kick, title, nxt = (blocks[order[k - 1]], blocks[order[k]],
                                  blocks[order[k + 1]], blocks[order[k + 2]])
        if not (lead.role == kick.role == title.role == nxt.role == TEXT and is_prose(lead)
                and kicker(kick) and not title.notes.get("unit_start")
                and is_title(_as_text(title)) and weight(title.text) >= 2 and is_prose(nxt)):
            continue
        start = next((j for j in range(k - 1, -1, -1) if blocks[order[j]].notes.get("unit_start")),
                     None)
        if start is None or sum(is_prose(blocks[order[j]]) for j in range(start, k)) \
                > SHORT_UNIT_PROSE:
            continue  # (inside an article: a sub-heading's lines)
        kick.mark(CRUFT, RemovedKind.CHROME)
        title.notes["unit_start"] = True


#: A title shorter than a head (:func:`_head_long`: "Strike is over", "Who won the vote?")
#: heads its paragraph only where its frame holds it: a live blog entry's under its clock
#: line, a card's over the date glued before its lead
#: (:data:`normalizer.stories.dumps.GLUED_DATE_MAX_CHARS`); this many words at least (one
#: word over a paragraph is a label).
SHORT_TITLE_MIN_WORDS = 2
#: A live blog's entry opens with a line that is only its clock time ("16:56", "9.05",
#: "14h32"; a report that sets hours and minutes apart, "06 47": two digits each, a real
#: time).
_CLOCK_LINE = re.compile(r"^\s*(?P<h>[01]?\d|2[0-3])(?:[:.h]|(?<=\d\d) )(?P<m>[0-5]\d)\s*$")
#: A live blog's entry opener with the clock time glued to what the page set beside it: the
#: entry's author or a badge ("21:00Antony Clements-Thrower", "20:42KEY EVENT"), perhaps after
#: the entry's age ("21 mins ago11:48 Jon King", "il y a 5 min 14:02 Marie Dupont"): a short
#: run of capitalised words with no sentence's end, never a title (a title sits on the line
#: below, as under a bare clock line).
_GLUED_CLOCK_LINE = re.compile(
    r"^\s*(?:(?:il y a |vor |hace |há )?\d{1,2}\s*(?:mins?|minutes?|hours?|hrs?|h|min|Min\.?|"
    r"Minuten|Stunden?|minutos?|horas?|heures?)\.?(?: ago)?\s*)?"
    r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\s?"
    r"(?=\S)(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|von|van|der|da|del|la|le)"
    r"(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|von|van|der|da|del|la|le)){0,4}\s*$")


def _clock_opener(text: str) -> re.Match[str] | None:
    """The clock time of a line that opens a live blog's entry: only the time, or the time
    glued to the entry's author or badge (:data:`_GLUED_CLOCK_LINE`)."""
    return _CLOCK_LINE.match(text) or _GLUED_CLOCK_LINE.match(text)


#: The clock time on a page's date line ("27.08.2024, 12:32 Uhr").
_STAMP_CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\b(?![.:]\d)")
#: A live report's day label: a line that is only the day of the month ("18"), standing
#: over the day's first clock line.
_DAY_LINE = re.compile(r"^\s*(?P<d>0?[1-9]|[12]\d|3[01])\.?\s*$")


def _timed_entries(blocks: list[Block], order: list[int],
                   clocks: list[int]) -> list[tuple[int, int]]:
    """The live blog entries under the time lines at ranks ``clocks``: (title rank, end
    rank: the next time line), where a title and a paragraph stand under the time."""
    entries: list[tuple[int, int]] = []
    for n, k in enumerate(clocks):
        end = clocks[n + 1] if n + 1 < len(clocks) else len(order)
        if end - k < 3 or blocks[order[k + 1]].role in (META, SEP) \
                or blocks[order[k + 1]].notes.get("outside") \
                or blocks[order[k]].notes.get("comments"):  # (a comment's signature)
            continue
        title, body = blocks[order[k + 1]], [blocks[order[j]] for j in range(k + 2, end)]
        # (an entry's title may be short: a clock line and a paragraph hold it)
        if is_title(_as_text(title)) and weight(title.text) >= SHORT_TITLE_MIN_WORDS \
                and is_prose(_as_text(body[0])) and not body[0].notes.get("outside"):
            entries.append((k + 1, end))
    return entries


def _mark_timed_entries(blocks: list[Block], order: list[int]) -> None:
    """A live blog: a line that is only a clock time, a title line, the entry's paragraphs,
    again and again. Where :data:`RHYTHM_MIN_UNITS` such entries or more stand, each
    entry's title opens a story and its paragraphs are text, whatever the reading above
    took them for (an entry under the key points' list, a title also listed there). A
    clock time over a title with no paragraph under it is a list's item, no entry."""
    clocks = [k for k, i in enumerate(order) if _clock_opener(blocks[i].text)]
    entries = _timed_entries(blocks, order, clocks)
    if len(entries) < RHYTHM_MIN_UNITS:  # (or under a whole date line with its clock time)
        timed = _timed_entries(blocks, order, [
            k for k, i in enumerate(order) if blocks[i].role == META
            and blocks[i].cruft_kind == MetaKind.DATE and _DATEISH.search(blocks[i].text)
            and parse_date(blocks[i].text)])
        if len(timed) >= RHYTHM_MIN_UNITS:
            entries = timed
    if len(entries) < RHYTHM_MIN_UNITS:
        # (too few to be a live blog's rhythm: an entry the reading above made a story of
        # its own still takes its day)
        _date_timed_entries(blocks, order, [(t, end) for t, end in entries
                                            if blocks[order[t]].notes.get("unit_start")])
        return
    _date_timed_entries(blocks, order, entries)
    for k in clocks:  # (every clock line of the blog opens an entry, kept or not: no text)
        if blocks[order[k]].role == TEXT:
            blocks[order[k]].mark(CRUFT, RemovedKind.CHROME)
    for t, end in entries:
        head = blocks[order[t]]
        if head.role != TEXT:
            head.mark(TEXT)
        head.notes["unit_start"] = True
        for j in range(t + 1, end):  # (the entry's run of paragraphs: the last one's
            b = blocks[order[j]]      # ends where the page's boxes begin)
            if end < len(order):  # (a line between an entry's paragraphs, "Read on", a
                b.notes.pop("unit_start", None)  # sub-heading, opens no story: the next
            if b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME and is_prose(_as_text(b)):
                b.mark(TEXT)
            elif b.role != TEXT:
                break


def _line_dates(text: str) -> list[str]:
    """Every date a date line names, in its order: a live report's line gives the day it
    opened and the day it was last updated ("2019. május 2. 08:10 2019. május 4. 22:15"),
    where :func:`parse_date` reads the first."""
    found: list[str] = []
    for m in re.finditer(r"(?:^|\s)(?=\S)", text):
        d = parse_date(text[m.end():])
        if d and d not in found:
            found.append(d)
    return found


def _date_timed_entries(blocks: list[Block], order: list[int],
                        entries: list[tuple[int, int]]) -> None:
    """The day of a live report's entries, noted on each entry's title as ``entry_date``
    (:func:`_put_entry_dates` puts it under the title as the story's date line). An entry
    under a whole date line takes that line's day. An entry under a bare clock line shows
    only its time; its day is known where a day label ("18") stands over a
    clock line, with the month and year of the page's date line of that day, or where the
    date lines above the entries name one day, twice or more (a report opened and last
    updated that day). An entry with a date line of its own is left to it. The day holds
    down the entries while their clock times keep their order (the newest first, or the
    oldest); where the order turns, the report crossed midnight into a day the page does not
    show, and the entries below it are left undated."""
    if not entries:
        return
    first = entries[0][0] - 1
    lines = [blocks[order[k]].text for k in range(first) if blocks[order[k]].role == META
             and blocks[order[k]].cruft_kind == MetaKind.DATE]
    days = [d for line in lines for d in _line_dates(line)]
    # (one day written twice at least, two years: the report opened and last updated that
    # day; a page's lone date, its day of publishing, says nothing of older entries)
    written = sum(len(_YEAR.findall(line)) for line in lines)
    day = days[0] if written >= 2 and len(set(days)) == 1 else None
    # (the page's first date line with its clock time, "27.08.2024, 12:32 Uhr": the page
    # stamped at that time; newest-first entries from a time at or before it are of its day)
    stamp_days = _line_dates(lines[0]) if day is None and lines else []
    stamp = _STAMP_CLOCK.search(lines[0]) if len(stamp_days) == 1 else None
    last: int | None = None
    step = 0
    for t, end in entries:
        opener = blocks[order[t - 1]]
        if opener.role == META and (whole := parse_date(opener.text)):
            blocks[order[t]].notes["entry_date"] = whole  # (a whole date line's own day)
            continue
        own = next((j for j in range(t + 1, end) if blocks[order[j]].notes.get("unit_start")
                    or (blocks[order[j]].role == META
                        and blocks[order[j]].cruft_kind == MetaKind.DATE)), end)
        if own < end and blocks[order[own]].role == META:
            continue  # (an entry with a date line of its own is dated by it)
        clock = _clock_opener(opener.text)
        if clock is None:
            continue
        minutes = 60 * int(clock["h"]) + int(clock["m"])
        label = _DAY_LINE.match(blocks[order[t - 2]].text) if t >= 2 else None
        if stamp is not None and last is None and label is None \
                and minutes <= 60 * int(stamp["h"]) + int(stamp["m"]):
            day, step = stamp_days[0], -1
        if label:  # (the page's date of that day of the month)
            day = next((d for d in reversed(days) if int(d[8:]) == int(label["d"])), None)
            step = 0
        elif day is not None and last is not None and minutes != last:
            turn = 1 if minutes > last else -1
            if step and turn != step:
                day = None
            step = step or turn
        last = minutes
        if day is not None:
            blocks[order[t]].notes["entry_date"] = day


#: A database export's record line (a news archive's result list, flattened: "N / DATE /
#: TITLE / edition / page / length" in tab-separated cells, :func:`normalizer.stories.dumps
#: .row_cells`) has at least this many cells, one of them a date; where rows of one width
#: recur (:data:`RECURRING_MIN` times or more), each opens an entry. A row the page repeats
#: word for word is the export's furniture instead: the column-header row over each entry
#: ("No. / 発行日 / 朝夕刊 / 面名 / ページ / 文字数"), a search menu's row.
RECORD_MIN_CELLS = 4
#: A record's title is its cell this long at least (in words, :func:`weight`), in a column
#: whose cells differ from row to row; a record without one is titled by the line under it.
RECORD_TITLE_MIN_WORDS = HEAD_MIN_WORDS


def _record_date(cells: tuple[str, ...]) -> str | None:
    return next((c for c in cells if split_date_line(c) == (True, "")), None)


def _mark_records(blocks: list[Block], order: list[int]) -> None:
    """A database export's entries, from its record lines (:data:`RECORD_MIN_CELLS`): each
    record opens a story at its title, the record's date dates it (``entry_date``, put
    under the title by :func:`_put_entry_dates`), and the record line itself is the
    export's metadata. A title in the record (a column of long cells) becomes the line's
    text; else the first line under the record heads the entry, when prose follows it
    (an entry whose text the archive withholds is no story). Rows repeated word for word
    are furniture. Without this the column-header row headed every entry of a Kikuzo
    export and a search menu's row every Yomidasu one (dumps13b's headlines 0.30)."""
    rows = [i for i in order if "cells" in blocks[i].notes]
    if len(rows) < RECURRING_MIN:
        return
    seen: dict[str, int] = {}
    for i in rows:
        seen[blocks[i].folded] = seen.get(blocks[i].folded, 0) + 1
    records: list[int] = []
    for i in rows:
        if seen[blocks[i].folded] >= RECURRING_MIN:
            blocks[i].mark(CRUFT, RemovedKind.CHROME)
            blocks[i].notes.pop("unit_start", None)
        elif len(blocks[i].notes["cells"]) >= RECORD_MIN_CELLS \
                and _record_date(blocks[i].notes["cells"]) is not None:
            records.append(i)
    if len(records) < RECURRING_MIN:
        return
    rank = {i: k for k, i in enumerate(order)}
    ends = [rank[i] for i in records[1:]] + [len(order)]
    entries = sum(any(is_prose(_as_text(blocks[order[k]])) for k in range(rank[i] + 1, end))
                  for i, end in zip(records[:-1], ends, strict=False))
    if entries * 2 <= len(records) - 1:
        return  # (rows one after another: a table whose rows stand apart)
    widths: dict[int, list[tuple[str, ...]]] = {}  # (a record may leave a last cell out)
    for i in records:
        widths.setdefault(len(blocks[i].notes["cells"]), []).append(blocks[i].notes["cells"])
    titled: dict[int, int | None] = {}
    for width, cells in widths.items():
        titled[width] = next((c for c in range(width)
                              if len({row[c] for row in cells}) == len(cells)
                              and _record_date((cells[0][c],)) is None
                              and sum(weight(row[c]) >= RECORD_TITLE_MIN_WORDS for row in cells)
                              * 2 > len(cells)), None)
    for i, end in zip(records, ends, strict=True):
        row = blocks[i].notes["cells"]
        c = titled[len(row)]
        _open_record(blocks, order, rank, i, row[c] if c is not None else None, end)


def _open_record(blocks: list[Block], order: list[int], rank: dict[int, int], i: int,
                 title: str | None, end: int) -> None:
    """Open the entry of the record line ``blocks[i]`` (see :func:`_mark_records`), whose
    entry runs to ``order[end]``: its title (``title``, or the line under the record)
    starts a unit. An entry whose prose the rhythm took for chrome (a lone paragraph) has
    it back when it is a long one (:data:`PROSE_WORDS`); one without prose (the archive
    withholds its text: a one-line notice) is no story, its title the export's."""
    b = blocks[i]
    date = _record_date(b.notes["cells"])
    if title is not None:
        head: int | None = i
        b.retext(title)
    else:
        b.mark(CRUFT, RemovedKind.METADATA)
        head = next((order[k] for k in range(rank[i] + 1, end)
                     if "cells" not in blocks[order[k]].notes
                     and not (blocks[order[k]].role == META
                              and split_date_line(blocks[order[k]].text) == (True, ""))),
                    None)
        if head is None:
            return
    if head is not None and head != i and is_prose(blocks[head]):
        head = None  # (the entry opens with its text: no title line)
    first = rank[head] + 1 if head is not None else rank[i] + 1
    inside = [order[k] for k in range(first, end)]
    body = [j for j in inside if blocks[j].role == TEXT and is_prose(blocks[j])]
    if not body:
        body = [j for j in inside if blocks[j].role == CRUFT
                and blocks[j].cruft_kind == RemovedKind.CHROME
                and is_prose(_as_text(blocks[j])) and weight(blocks[j].text) >= PROSE_WORDS]
        for j in body:
            blocks[j].mark(TEXT)
            blocks[j].notes.pop("outside", None)
    if not body:
        if head is not None and head != i:
            blocks[head].mark(CRUFT, RemovedKind.CHROME)
        return
    for k in range(first, end):  # (one record, one story: its sub-headings open none)
        for note in ("unit_start", "opens_story", "outside"):
            blocks[order[k]].notes.pop(note, None)
    opener = head if head is not None else body[0]
    blocks[opener].mark(TEXT)
    blocks[opener].notes["unit_start" if head is not None else "opens_story"] = True
    blocks[opener].notes.pop("outside", None)
    if date is not None:
        blocks[opener].notes["entry_date"] = date


#: A database export's length field, one a record: a count and its unit, labelled or not
#: ("254 words", "LENGTH: 239 words", "1.450 Wörter"); the same label and unit on
#: :data:`RECURRING_MIN` lines or more make the export's record shape.
_LENGTH_FIELD = re.compile(r"^(?:(?P<label>[^\W\d_]{2,20})\s*[:：]\s*)?"
                           r"(?:\d{1,3}(?:[.,\s]\d{3})+|\d+)\s+(?P<unit>[^\W\d_]{2,12})\.?$")
#: An export's closing line under each record ("Document SDDZ000020171125edbp0006f"): a
#: word and an identifier with digits in it, the word the same on :data:`RECURRING_MIN`
#: lines or more.
_RECORD_ID = re.compile(r"^(?P<word>[^\W\d_]{2,20})\s+(?=\S*\d)[A-Za-z0-9_-]{6,}$")


def _length_key(m: re.Match[str]) -> str:
    return (m["label"] or "").casefold() + " " + m["unit"].casefold()


#: Of an export's length fields, at least this share differ: a length is the record's
#: own (the same "200 mílur" again and again is a section's name; events' distances
#: "Friidrett: 800 meter" repeat; two articles of one length are rare).
LENGTH_DISTINCT_SHARE = 0.8


def _length_fields(blocks: list[Block], order: list[int]) -> list[int]:
    """The export's length fields (:data:`_LENGTH_FIELD`, :data:`LENGTH_DISTINCT_SHARE`)."""
    fields = _shared_lines(blocks, order, _LENGTH_FIELD, _length_key)
    distinct = len({blocks[i].text for i in fields})
    return fields if distinct >= LENGTH_DISTINCT_SHARE * len(fields) else []


def _shared_lines(blocks: list[Block], order: list[int], rx: re.Pattern[str],
                  key) -> list[int]:
    """Lines of ``order`` matching ``rx`` whose ``key`` (a function of the match) the
    commonest is, when :data:`RECURRING_MIN` or more share it."""
    found: dict[str, list[int]] = {}
    for i in order:
        m = rx.match(blocks[i].text) if blocks[i].role != SEP else None
        if m:
            found.setdefault(key(m), []).append(i)
    best = max(found.values(), key=len, default=[])
    return best if len(best) >= RECURRING_MIN else []


#: A record counter atop each record of an export ("1 of 240 DOCUMENTS"): a number, a
#: short word, the total and a word, the same but for the number on :data:`RECURRING_MIN`
#: lines or more.
_RECORD_COUNTER = re.compile(r"^\d+\s+(?P<of>[^\W\d_]{1,6})\s+(?P<total>\d+)\s+"
                             r"(?P<what>[^\W\d_]{2,20})$")
#: A labelled field line in capitals between a record's title and its length field
#: ("SECTION: ESPAÑA").
_CAPS_FIELD = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ-]{2,20}:\s")


def _mark_record_field(b: Block) -> None:
    """A labelled field line of a database record ("BYLINE: By NAME", "RUBRIK: WISSEN;
    S. 114") is the record's metadata: it opens no story and is no headline, whatever
    else its value looks like (dumps15b's Nexis downloads: a byline and a section line
    in capitals each headed a story of their own). A line already read as metadata (an
    author's) keeps its reading."""
    b.notes.pop("unit_start", None)
    if b.role == TEXT:
        b.mark(CRUFT, RemovedKind.METADATA)


def _mark_counted_records(blocks: list[Block], order: list[int], fields: list[int]) -> None:
    """Where a record counter (:data:`_RECORD_COUNTER`) opens each record, it is the
    export's furniture, and the record's title is the line above its length field (past
    labelled field lines in capitals): it opens the story, whatever the lines between the
    counter and the title (the outlet, the date, the edition) look like; the date line
    there dates the record's story (put under the title, :func:`_put_entry_dates`: above
    the title it stood in the record before). (dumps14's Nexis download: each counter
    headed a story.)"""
    counters = _shared_lines(blocks, order, _RECORD_COUNTER,
                             lambda m: f"{m['of']} {m['total']} {m['what']}".casefold())
    if not counters:
        return
    rank = {i: k for k, i in enumerate(order)}
    field_ranks = sorted(rank[i] for i in fields)
    for c in counters:
        blocks[c].mark(CRUFT, RemovedKind.CHROME)
        blocks[c].notes.pop("unit_start", None)
        at = bisect.bisect(field_ranks, rank[c])
        if at == len(field_ranks) or field_ranks[at] - rank[c] > HEAD_REACH:
            continue
        k = field_ranks[at] - 1
        while k > rank[c] and _CAPS_FIELD.match(blocks[order[k]].text):
            k -= 1
        if k <= rank[c]:
            continue
        day = None
        for j in range(rank[c] + 1, k):
            blocks[order[j]].notes.pop("unit_start", None)
            if day is None and blocks[order[j]].role == META \
                    and blocks[order[j]].cruft_kind == MetaKind.DATE:
                day = parse_date(blocks[order[j]].text)
        if day is not None:  # (the record's date over its title dates its story)
            blocks[order[k]].notes.setdefault("entry_date", day)
        for j in range(k + 1, field_ranks[at]):  # (the record's fields under its title)
            _mark_record_field(blocks[order[j]])
        blocks[order[k]].mark(TEXT)
        blocks[order[k]].notes["unit_start"] = True
        blocks[order[k]].notes.pop("outside", None)


def _mark_length_records(blocks: list[Block], order: list[int]) -> None:
    """A database export whose every record carries a length field (Factiva's "254
    words", Nexis' "LENGTH: 239 words": :data:`_LENGTH_FIELD`): the field is the export's
    metadata, never a headline or story text. Where each record also closes with an
    identifier line (:data:`_RECORD_ID`), the lines between that line and the next length
    field are the record's head: a section perhaps, the headline, the author perhaps. The
    headline holds the same place in every head of the export's usual length: the place
    whose lines weigh most, counting no metadata (a byline) and no line the page repeats
    (a section's label); in the first record, which no closing line opens, it stands as
    far above the length field as in the others. (dumps13b's Factiva export, which prints
    each record's section first, and dumps14b's, which prints none: every headline was
    "NNN words".)"""
    fields = _length_fields(blocks, order)
    if not fields:
        return
    for i in fields:
        blocks[i].mark(CRUFT, RemovedKind.METADATA)
        blocks[i].notes.pop("unit_start", None)
    _mark_counted_records(blocks, order, fields)
    closings = set(_shared_lines(blocks, order, _RECORD_ID, lambda m: m["word"].casefold()))
    if not closings:
        return
    for i in closings:
        blocks[i].mark(CRUFT, RemovedKind.METADATA)
    rank = {i: k for k, i in enumerate(order)}
    heads: dict[int, list[int]] = {}  # length field -> the record's head lines
    for i in fields:
        run: list[int] = []
        for k in range(rank[i] - 1, -1, -1):
            if order[k] in closings or order[k] in heads:
                break
            run.insert(0, order[k])
        heads[i] = run
    closed = {i for i in fields if heads[i] and rank[heads[i][0]] > 0
              and order[rank[heads[i][0]] - 1] in closings}
    if not closed:
        return
    opened = [len(heads[i]) for i in closed]
    usual = max(set(opened), key=opened.count)  # the commonest head's length
    # The headline's place in the head: the place whose lines weigh most, a line the page
    # shows once and no metadata (a section's label recurs, a byline is metadata).
    seen: dict[str, int] = {}
    for i in order:
        seen[blocks[i].folded] = seen.get(blocks[i].folded, 0) + 1

    def weighs(j: int) -> int:
        b = blocks[j]
        return 0 if b.role == META or seen[b.folded] > 1 else weight(b.text)

    slot = max(range(usual), key=lambda at: (sum(weighs(heads[i][at]) for i in closed
                                                 if at < len(heads[i])), -at))
    titles: list[int] = []
    for n, i in enumerate(fields):
        run = heads[i]
        at = slot if i in closed else len(run) - usual + slot
        if not 0 <= at < len(run):
            continue
        head = run[at]
        for j in run:
            if j != head and blocks[j].role == TEXT:
                blocks[j].mark(CRUFT, RemovedKind.CHROME)  # the section's label
            blocks[j].notes.pop("unit_start", None)
        blocks[head].mark(TEXT)
        blocks[head].notes["unit_start"] = True
        blocks[head].notes.pop("outside", None)
        titles.append(head)
        end = rank[fields[n + 1]] if n + 1 < len(fields) else len(order)
        for k in range(rank[i] + 1, end):  # (the record's fields under the length)
            b = blocks[order[k]]
            if b.role == TEXT and is_prose(b):
                break
            b.notes.pop("unit_start", None)


    _unnumber_titles(blocks, titles)


#: An export's running number before each record's title ("1) Zu Fuß ...", "2) ...").
_TITLE_NUMBER = re.compile(r"^(?P<n>\d{1,4})\)\s+(?=\S)")


def _unnumber_titles(blocks: list[Block], titles: list[int]) -> None:
    """Where every record title of an export carries the export's running number, one up
    from the title before ("1) TITLE", "2) TITLE" ...: Factiva's German interface), the
    number is the export's, not the headline's: it is taken off. A title list numbered
    otherwise (a "3)" alone, numbers out of step) keeps its text."""
    found = [_TITLE_NUMBER.match(blocks[i].text) for i in titles]
    if len(titles) < RECURRING_MIN or not all(found):
        return
    numbers = [int(m["n"]) for m in found if m]
    if any(b - a != 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return
    for i, m in zip(titles, found, strict=True):
        if m:
            blocks[i].retext(blocks[i].text[m.end():])


#: A timeline's item: its running number before the title (the counter's own cell, run
#: into the line by the flattening: "41  Titans coach Munchak fires ..."), perhaps the
#: item's day glued after the title ("... coordinator Tuesday Feb 8"). Only a run of them
#: counting by one tells a counter from a title's own figure ("49ers hire G.M.").
_COUNTED_TITLE = re.compile(r"^(?P<n>\d{1,3})\s+(?=\S)")
_TRAILING_DAY = re.compile(
    r"\s+(?:" + cues.one_of(cues.WEEKDAYS, flags=re.I) + r")\.?,?\s+(?:"
    + cues.one_of(cues.MONTHS, flags=re.I) + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*$", re.I)


def _unnumber_timeline(blocks: list[Block], order: list[int]) -> None:
    """A story's timeline of teasers ("Story Milestones | 41": each item its number, its
    title and day, then its lead): where :data:`RECURRING_MIN` or more titles over a lead
    carry a counter that steps by one from item to item (up or down), the counter and the
    day glued after the title are the timeline's, no word of the headline: both are taken
    off. (The day, shown without its year, dates nothing.) An item whose title is then the
    page's article's own headline is the timeline's pointer to that article: chrome."""
    items: list[tuple[int, int]] = []  # (block, its number)
    for k, i in enumerate(order[:-1]):
        b = blocks[i]
        m = _COUNTED_TITLE.match(b.text) if b.role in (TEXT, CRUFT) else None
        if m and is_prose(_as_text(blocks[order[k + 1]])) \
                and is_title(Block(text=b.text[m.end():])):
            items.append((i, int(m["n"])))
    run: list[tuple[int, int]] = []
    for item in [*items, (-1, -10)]:
        if run and abs(item[1] - run[-1][1]) == 1 and (
                len(run) == 1 or item[1] - run[-1][1] == run[-1][1] - run[-2][1]):
            run.append(item)
            continue
        if len(run) >= RECURRING_MIN:
            _take_off_counters(blocks, order, [i for i, _n in run])
        run = [item]


def _take_off_counters(blocks: list[Block], order: list[int], titles: list[int]) -> None:
    """:func:`_unnumber_timeline`'s run: each title without its counter and glued day."""
    shown = {blocks[i].folded for i in order if i not in titles}
    rank = {i: k for k, i in enumerate(order)}
    for i in titles:
        b = blocks[i]
        m = _COUNTED_TITLE.match(b.text)
        if m:
            b.retext(_TRAILING_DAY.sub("", b.text[m.end():]))
        if b.folded in shown:  # the timeline's pointer to the page's own article
            lead = order[rank[i] + 1]
            for j in (i, lead):
                blocks[j].mark(CRUFT, RemovedKind.RELATED_LINK)
                blocks[j].notes.pop("unit_start", None)


#: A database report's field line ("^ДТ: 09.02.1994", "^ЗГ: TITLE"): a label, perhaps
#: after a mark, and its value. A run of FIELD_RUN_MIN or more in a row whose labels, in
#: order, the report repeats :data:`RECURRING_MIN` times or more heads each record.
_FIELD_LINE = re.compile(r"^(?P<label>[^\w\s]?[^\W\d_][^\W\d_-]{1,20})\s*[:：]\s*\S")
FIELD_RUN_MIN = 3


def _field_records(blocks: list[Block], order: list[int]) -> list[tuple[int, int]]:
    """The record heads of a database report (:data:`_FIELD_LINE`): each run's first and
    end position in ``order``, when a title line and a paragraph follow it (a run of
    fields closing a record, "LOAD-DATE: / LANGUAGE: / PUBLICATION-TYPE:", is followed by
    a copyright line)."""
    runs: list[tuple[int, int, tuple[str, ...]]] = []
    k = 0
    while k < len(order):
        names: list[str] = []
        j = k
        while j < len(order) and blocks[order[j]].role != SEP \
                and (m := _FIELD_LINE.match(blocks[order[j]].text)):
            names.append(m["label"].casefold())
            j += 1
        if j - k >= FIELD_RUN_MIN:
            runs.append((k, j, tuple(names)))
        k = max(j, k + 1)
    counts: dict[tuple[str, ...], int] = {}
    for _k, _j, seq in runs:
        counts[seq] = counts.get(seq, 0) + 1
    return [(k, j) for k, j, labels in runs
            if counts[labels] >= RECURRING_MIN and j + 1 < len(order)
            and not is_prose(_as_text(blocks[order[j]]))
            and is_prose(_as_text(blocks[order[j + 1]]))]


def _mark_field_records(blocks: list[Block], order: list[int]) -> None:
    """Each record of a database report (:func:`_field_records`) is a story: the title
    under its fields opens it, and the paragraphs down to the next record are its text,
    whatever the rhythm took them for (a report that lists its articles three times
    shows each paragraph three times: each copy is its record's). (dumps14's Integrum
    report: 5 stories for 27, each headed by the record above.)"""
    records = _field_records(blocks, order)
    for n, (k, j) in enumerate(records):
        end = records[n + 1][0] if n + 1 < len(records) else len(order)
        for x in range(k, j):
            blocks[order[x]].notes.pop("unit_start", None)
        blocks[order[k]].notes["record_head"] = True  # (the fields head the record)
        for x in range(k, j):  # (a field's value, "^РБ: МОНИТОР", names no page)
            blocks[order[x]].notes["record_field"] = True
        title = blocks[order[j]]
        title.mark(TEXT)
        title.notes["unit_start"] = True
        title.notes.pop("outside", None)
        for x in range(j + 1, end):
            b = blocks[order[x]]
            b.notes.pop("unit_start", None)
            if b.role == CRUFT and b.cruft_kind in (RemovedKind.CHROME, RemovedKind.RELATED_LINK) \
                    and is_prose(_as_text(b)):
                b.mark(TEXT)
                b.notes.pop("outside", None)


#: A clipping's source line under its title: the outlet (a few words) and the day it ran,
#: the day last ("De Telegraaf 05-1-2017", "NOS 04 Januari 2017"). The day is a date
#: :func:`split_date_line` reads, or day-month-year in figures (which it leaves alone).
_DAY_MONTH_YEAR = re.compile(r"^(?P<d>0?[1-9]|[12]\d|3[01])[-./](?P<m>0?[1-9]|1[0-2])[-./]"
                             r"(?P<y>(?:19|20)\d\d)$")
#: An outlet's name on a line of its own is at most this many words (a teaser's source
#: line, a clipping's source).
SOURCE_LINE_MAX_WORDS = 5
#: A word: a letter, then letters, digits, apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Lines of the page's chrome that must name a candidate before it counts as the site's name.
SITE_NAME_MIN_MENTIONS = 2
CLIPPING_DATE_MAX_WORDS = 3
#: A clipping's text cut short by the service ("... die De Telegra...", perhaps with the
#: link to the whole article glued on): an item of the clipping, however short.
_CUT_TEXT = re.compile(r"(?:\.\.\.|…)\s*(?:https?://\S+)?\s*$")
#: The link to the clipped article, glued after the cut.
_GLUED_LINK = re.compile(r"(?:(?<=\.\.\.)|(?<=…))https?://\S+\s*$")
#: (A cut may stand inside the line: "... de geloofsb...Vervolg: ..." goes on with the
#: article's continuation, cut again.)
_CUT_MARK = re.compile(r"\.\.\.|…")


def _clipping_source(text: str) -> tuple[str, str] | None:
    """The outlet and the ISO day of a clipping's source line (:data:`_DAY_MONTH_YEAR`),
    None for any other line. The outlet is a few words (:data:`SOURCE_LINE_MAX_WORDS`)
    ending in no sentence mark: a sentence with a date at its end is no source line."""
    words = text.split()
    if len(words) > SOURCE_LINE_MAX_WORDS + CLIPPING_DATE_MAX_WORDS \
            or split_date_line(text) == (True, ""):
        return None  # (a date line alone: its weekday, "Friday, December 21, 2018", no outlet)
    for n in range(CLIPPING_DATE_MAX_WORDS, 0, -1):
        if n >= len(words):
            continue
        tail, name = " ".join(words[-n:]), " ".join(words[:-n]).strip(" ·|-–—•,")
        m = _DAY_MONTH_YEAR.match(tail)
        day = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}" if m else (
            parse_date(tail) if split_date_line(tail) == (True, "") else None)
        if day is None:
            continue
        if not name or weight(name) > SOURCE_LINE_MAX_WORDS or _SENTENCE_END.search(name) \
                or _numbers_line(name) or ":" in name or "：" in name:
            return None  # (a sentence; "DATELINE: BEIRUT, March 14": a labelled field)
        return name, day
    return None


def _comment_control(b: Block) -> bool:
    """A reader comment's button or the comments' heading ("Signaler", "Commentaires (6)")
    over the next commenter's name and date: no clipping's title over its source line."""
    return b.folded.strip(" :.|·•…") in cues.CHROME_WORDS \
        or openers.COMMENTS_HEADER_RE.match(b.text) is not None


#: The last clipping's text ends above a run of this many lines or more that hold no
#: text (the page's menus and footer after its list of items): a notice or an address
#: further down is the page's, not the item's.
CLIPPING_TAIL_GAP = 10


def _text_run_end(blocks: list[Block], order: list[int], start: int, end: int) -> int:
    """Where the text from rank ``start`` stops before ``end``: at the first run of
    :data:`CLIPPING_TAIL_GAP` lines with no text line among them."""
    run = 0
    for k in range(start + 1, end):
        run = 0 if blocks[order[k]].role == TEXT else run + 1
        if run >= CLIPPING_TAIL_GAP:
            return k - run + 1
    return end


def _clipping_item(b: Block) -> bool:
    """A clipping's text line: prose, or a line the service cut short (:data:`_CUT_MARK`)."""
    return is_prose(_as_text(b)) or (_CUT_MARK.search(b.text) is not None
                                     and weight(b.text) >= HEAD_MIN_WORDS)


def _mark_clipping_records(blocks: list[Block], order: list[int]) -> None:
    """A clipping service's newsletter: each item a title, its source line (outlet and
    day, :func:`_clipping_source`) right under it, perhaps a kicker or a byline, and the
    item's text, often cut short ("..."). Where :data:`RECURRING_MIN` titles or more stand
    over a source line and text follows, each is a story: the title opens it, the source
    line names its source and dates it, the lines above its first text line are the
    record's fields, and its text runs down to the next item's title, whatever the rhythm
    took it for (short cut lines read as teasers, a title repeated from the newsletter's
    table of contents as a related link). (dumps14's clippings: 6 stories of 51.)"""
    rank = {i: k for k, i in enumerate(order)}
    items: list[tuple[int, int, str, str]] = []  # (title, source line, outlet, day)
    for k in range(1, len(order) - 1):
        line, over = blocks[order[k]], blocks[order[k - 1]]
        if line.kind != BlockKind.P or over.kind != BlockKind.P:
            continue
        found = _clipping_source(line.text)
        if found is None or over.role == META or over.cruft_kind == RemovedKind.METADATA \
                or is_prose(_as_text(over)) or _clipping_source(over.text) \
                or _CUT_TEXT.search(over.text) or weight(over.text) > TITLE_MAX_WORDS \
                or _comment_control(over):
            continue
        items.append((order[k - 1], order[k], *found))
    if len(items) < RECURRING_MIN:
        return
    ends = [rank[t] for t, *_ in items[1:]] + [len(order)]
    # (the last item ends where the page's furniture begins)
    ends[-1] = _text_run_end(blocks, order, rank[items[-1][1]], ends[-1])
    bodies: list[int | None] = []
    for (_t, src, _name, _day), end in zip(items, ends, strict=True):
        bodies.append(next((k for k in range(rank[src] + 1, end)
                            if _clipping_item(blocks[order[k]])), None))
    if sum(found is not None for found in bodies) * 2 <= len(items):
        return
    for (title, src, name, day), end, body in zip(items, ends, bodies, strict=True):
        if body is None:
            continue
        head = blocks[title]
        head.mark(TEXT)
        head.notes["unit_start"] = True
        head.notes["entry_date"] = day
        line = blocks[src]
        line.mark(CRUFT, RemovedKind.METADATA)
        line.notes["source_line"] = name
        for k in range(rank[src], end):
            b = blocks[order[k]]
            for note in ("unit_start", "opens_story", "outside", "lead"):
                b.notes.pop(note, None)
            if k < body and k > rank[src] and b.role == TEXT:
                b.mark(CRUFT, RemovedKind.CHROME)  # a kicker, "Van een onzer verslaggevers"
            elif k >= body and b.role != TEXT and _clipping_item(b):
                b.mark(TEXT)
            link = _GLUED_LINK.search(b.text) if k >= body and b.role == TEXT else None
            if link:  # ("... De Tunesische ...http://...": the link to the whole article)
                b.retext(b.text[:link.start()])
        head.notes.pop("outside", None)


#: A press database's record head, one line atop each record: the outlet (in quotes), the
#: issue and the day, then its labelled fields ('"Daily Post" Nr. 14 vom 02.04.2013
#: Seite: 23 Ressort: Lokales'). A field is a label and its value; the line's last label,
#: shared by :data:`RECURRING_MIN` such lines or more, makes the export's shape.
_HEAD_FIELD = re.compile(r"(?:^|\s)(?P<label>[^\W\d_]{2,20})\s*[:：]\s+\S")
HEAD_FIELD_MAX_WORDS = 6
_QUOTED_OUTLET = re.compile(r"^[\"“„«»](?P<name>[^\"“”„«»]{2,40})[\"”“»«]")


def _record_head(text: str) -> tuple[str, str] | None:
    """(the last field's label, the day) of a record head line (:data:`_HEAD_FIELD`), or
    None: the fields follow the day, and what stands before the first field holds no
    field of its own ("LOAD-DATE: March 5, 2008" is one field, not a head)."""
    fields = list(_HEAD_FIELD.finditer(text))
    if not fields or weight(text) > TITLE_MAX_WORDS or _SENTENCE_END.search(text):
        return None
    before = text[:fields[0].start()]
    if not before.strip() or ":" in before or "：" in before \
            or weight(split_date_line(before)[1]) > SOURCE_LINE_MAX_WORDS:
        return None  # (a headline after its day: "20 May 2021 Chelsea and Liverpool: ...")
    values = [text[m.end() - 1:n.start() if n is not None else len(text)]
              for m, n in zip(fields, [*fields[1:], None], strict=True)]
    if any(weight(v) > HEAD_FIELD_MAX_WORDS for v in values):
        return None
    day = parse_date(before)
    return (fields[-1]["label"].casefold(), day) if day else None


def _teaser_copy(b: Block, nxt: Block) -> bool:
    """``b`` is the first words of ``nxt`` cut short ("ROHRBACH Die SPÖ verteilte..." over
    the whole paragraph): the database's preview of the record's text."""
    m = _TRUNCATED.search(b.text)
    if m is None:
        return False
    start = b.folded.rstrip(".… ")
    return len(start) >= SUMMARY_MIN_CHARS // 2 and nxt.folded.startswith(start) \
        and len(nxt.folded) >= len(start)


#: What the rhythm may take a record's paragraph for: chrome, a related link (a preview
#: shown twice), a caption ("Im Bild, von links: ..." closes a local paper's item).
_RECORD_TEXT_MISREAD = (RemovedKind.CHROME, RemovedKind.RELATED_LINK, RemovedKind.CAPTION)


def _mark_headed_records(blocks: list[Block], order: list[int]) -> None:
    """A press database's export whose every record opens with a head line (outlet, day,
    page and section, :func:`_record_head`): the line is the export's metadata and the
    record opens a story at its first line under it, dated by the head's day and sourced
    by the outlet it quotes. A preview of the record's text right under the head
    (:func:`_teaser_copy`) is the database's, and the record's paragraphs are its text,
    whatever the rhythm took them for. A standfirst over the record's headline leaves the
    headline opening the story's unit, and the day goes under the headline too (its date
    line, :func:`_put_entry_dates`). Lines inside the record that the rhythm saw open a
    story still do (a local paper's page of short items is one record). (dumps14b's APA
    DeFacto exports: the head line read as a headline or a story's text.)"""
    heads: dict[str, list[tuple[int, str]]] = {}
    for i in order:
        found = _record_head(blocks[i].text) if blocks[i].kind == BlockKind.P else None
        if found:
            heads.setdefault(found[0], []).append((i, found[1]))
    records = max(heads.values(), key=len, default=[])
    if len(records) < RECURRING_MIN:
        return
    rank = {i: k for k, i in enumerate(order)}
    ends = [rank[i] for i, _ in records[1:]] + [len(order)]
    for (i, day), end in zip(records, ends, strict=True):
        head = blocks[i]
        head.mark(CRUFT, RemovedKind.METADATA)
        for note in ("unit_start", "opens_story", "lead"):
            head.notes.pop(note, None)
        inside = [order[k] for k in range(rank[i] + 1, end)]
        previewed = len(inside) >= 2 and _teaser_copy(blocks[inside[0]], blocks[inside[1]])
        if previewed:
            blocks[inside[0]].mark(CRUFT, RemovedKind.CHROME)
            blocks[inside[0]].notes.pop("unit_start", None)
            inside = inside[1:]
        for j in inside:
            b = blocks[j]
            if b.role == CRUFT and b.cruft_kind in _RECORD_TEXT_MISREAD and is_prose(_as_text(b)) \
                    and not (b.cruft_kind == RemovedKind.CAPTION and _FIELD_LINE.match(b.text)):
                b.mark(TEXT)  # (a labelled caption, "Bild: ...", stays one)
            b.notes.pop("outside", None)
        if not inside:
            continue
        opener = blocks[inside[0]]
        # (a record opening with its text has no title, and a date line under its lead
        # would make one; a preview over a line longer than a title shows it is the text)
        if is_prose(_as_text(opener)) or (previewed and weight(opener.text) > SUBHEAD_MAX_WORDS):
            opener.notes["opens_story"] = True
            title = blocks[inside[1]] if len(inside) > 2 else None
            if title is not None and not previewed and is_title(_as_text(title)) \
                    and any(is_prose(blocks[j]) for j in inside[2:]):
                # A standfirst printed above the headline ("Wechsel: X folgt Y nach." /
                # "Zwei neue Gemeinderäte" / text): the story's, under its headline.
                opener.notes["deck_above"] = True
                title.mark(TEXT)
                title.notes["unit_start"] = True
                title.notes["entry_date"] = day  # (the record's day, under its headline)
                title.notes.pop("outside", None)
        else:
            opener.notes["unit_start"] = True
            opener.notes["entry_date"] = day
        outlet = _QUOTED_OUTLET.match(head.text)
        if outlet:
            opener.notes["source_line"] = outlet["name"].strip()
        if opener.role != TEXT:
            opener.mark(TEXT)
        _open_pictured_items(blocks, inside, day, outlet["name"].strip() if outlet else None)


#: A print page's item, its text opening with the number of its picture glued to the first
#: word ("3Auch in ... wurden ..."): the number of the photo the layout set beside it.
_PICTURED_ITEM = re.compile(r"^(?P<n>[1-9]\d?)(?=[^\W\d_][^\W\d_])")
PICTURED_ITEMS_MIN = 2


def _pictured_items(blocks: list[Block], inside: list[int]) -> list[int]:
    """The positions in ``inside`` (one record's lines) of a page's pictured items
    (:data:`_PICTURED_ITEM`): at least :data:`PICTURED_ITEMS_MIN` prose lines whose numbers
    run up by one, in the record's order; none when the numbers run any other way."""
    found: list[tuple[int, int]] = []
    for p, j in enumerate(inside):
        m = _PICTURED_ITEM.match(blocks[j].text)
        if m and is_prose(_as_text(blocks[j])) and blocks[j].text[len(m["n"])].isupper():
            found.append((p, int(m["n"])))
    if len(found) < PICTURED_ITEMS_MIN \
            or any(b[1] != a[1] + 1 for a, b in zip(found, found[1:], strict=False)):
        return []
    return [p for p, _n in found]


def _item_title(b: Block) -> bool:
    """``b`` may be a pictured item's title line: a short line, no prose, no sentence."""
    return b.kind == BlockKind.P and not is_prose(_as_text(b)) \
        and weight(b.text) <= SUBHEAD_MAX_WORDS and not _TRUNCATED.search(b.text) \
        and not (_SENTENCE_END.search(b.text) and not _TITLE_END_OK.search(b.text))


def _broken_title(upper: str, lower: str) -> bool:
    """``upper`` and ``lower`` are one title a narrow column broke in two: the break falls
    inside a phrase, so the lower line goes on in lower case ("Neuer Fleischer" / "für den
    Ort") or the upper one, of two words or more, stops on a lower-case word ("Ostergruß
    im" / "Pflegeheim"). A credit or a signature over a whole title is no part of it."""
    words = upper.split()
    return lower.lstrip("?\"'„“«»¿¡")[:1].islower() \
        or (len(words) >= 2 and words[-1].lstrip("?\"'„“«»")[:1].islower())


def _open_pictured_items(blocks: list[Block], inside: list[int], day: str,
                         outlet: str | None) -> None:
    """A local paper's page of short items exported as one record, each item's text
    opening with its picture's number (:func:`_pictured_items`): each item is a story. The
    short title line right above the number (:func:`_item_title`; two when a narrow column
    broke it, :func:`_broken_title`, joined) is its headline and opens it, dated by the
    record's day; an item without one opens with its text. Each item is sourced by the
    record's outlet. (dumps14b's regional weekly: a page of six items read as two stories.)"""
    for p in _pictured_items(blocks, inside):
        top = p
        if p >= 1 and _item_title(blocks[inside[p - 1]]):
            top = p - 1
            if p >= 2 and _item_title(blocks[inside[p - 2]]) \
                    and _broken_title(blocks[inside[p - 2]].text, blocks[inside[p - 1]].text):
                top = p - 2
        for j in inside[top:p + 1]:
            for note in ("unit_start", "opens_story", "outside", "lead", "deck_above"):
                blocks[j].notes.pop(note, None)
        item = blocks[inside[p]]
        if item.role != TEXT:
            item.mark(TEXT)
        opener = blocks[inside[top]]
        if outlet:
            opener.notes["source_line"] = outlet
        if top == p:
            item.notes["opens_story"] = True
            continue
        opener.mark(TEXT)
        opener.notes["unit_start"] = True
        opener.notes["entry_date"] = day
        if p - top > 1:  # (the title broken over two lines: one headline)
            rest = blocks[inside[top + 1]]
            opener.retext(f"{opener.text.rstrip()} {rest.text.strip()}")
            rest.mark(CRUFT, RemovedKind.CHROME)


#: A numbered entry of a report's list of hits ("12. TITLE Outlet; 09.02.1994; 6;"): its
#: number, then a record's title and perhaps the record's fields.
_HIT_LINE = re.compile(r"^\s*\d{1,3}[.)]\s+(?P<rest>\S.*)$")


def _drop_hit_lists(blocks: list[Block], order: list[int]) -> None:
    """A report's list of hits above its records: numbered lines, each opening with the
    title a later line of the report repeats on its own (the record's headline), at
    least :data:`RECURRING_MIN` of them. It is the report's table of contents, no story
    (dumps14's Integrum report: the list led the first story)."""
    later: dict[str, int] = {}  # a line -> its last position
    for k, i in enumerate(order):
        if blocks[i].role in (TEXT, HEADLINE) and not _HIT_LINE.match(blocks[i].text):
            later[blocks[i].folded] = k
    if not later:
        return
    titles = sorted(later, key=len, reverse=True)
    hits: list[int] = []
    for k, i in enumerate(order):
        m = _HIT_LINE.match(blocks[i].text) if blocks[i].role != SEP else None
        if m is None:
            continue
        rest = Block(text=m["rest"]).folded
        if any(rest.startswith(t) and later[t] > k for t in titles
               if weight(t) >= SHORT_TITLE_MIN_WORDS - 1 and len(t) <= len(rest)):
            hits.append(i)
    if len(hits) < RECURRING_MIN:
        return
    for i in hits:
        blocks[i].mark(CRUFT, RemovedKind.CHROME)
        for note in ("unit_start", "opens_story", "lead"):
            blocks[i].notes.pop(note, None)


def _mark_export_records(blocks: list[Block], order: list[int]) -> None:
    """The record shapes of clipping newsletters and press-database exports, read after
    the rhythm (whose teasers and captions they take back as the records' text)."""
    _mark_clipping_records(blocks, order)
    _mark_headed_records(blocks, order)
    _drop_hit_lists(blocks, order)


def _put_entry_dates(blocks: list[Block]) -> None:
    """Under each live report entry's title that :func:`_date_timed_entries` dated, its day
    as a date line of the story's (the record's ``removed`` lists it as the story's
    metadata)."""
    for i in range(len(blocks) - 1, -1, -1):
        day = blocks[i].notes.get("entry_date")
        if day is None or blocks[i].role not in (TEXT, HEADLINE):
            continue
        date = Block(text=day, kind=BlockKind.P, gap=blocks[i].gap)
        date.mark(META, MetaKind.DATE)
        date.notes["story_date"] = True
        blocks.insert(i + 1, date)


#: A table (a dump's tab-separated rows, :func:`normalizer.stories.dumps.dump_blocks`) is
#: an article's when story prose stands this near above and below it (in lines, counting
#: the table's caption lines and other tables between).
TABLE_PROSE_REACH = 6
#: Lines between a table and the prose around it no longer than this are its captions
#: ("Most active developers", "By changesets"): neither a headline nor a byline.
TABLE_CAPTION_MAX_WORDS = 6


def _mark_tables(blocks: list[Block], order: list[int]) -> None:
    """Tables inside an article are its text; their caption lines open no story. (Read
    row by row, a table's "4.2.3 April 2014" lines look like date lines and its "Name 63
    16.6%" rows like a menu, which cut the article in pieces.)"""
    def story_prose(b: Block) -> bool:
        return b.role == TEXT and is_prose(b)

    for k, i in enumerate(order):
        if blocks[i].kind != BlockKind.TABLE:
            continue
        above = next((j for j in range(k - 1, max(-1, k - 1 - TABLE_PROSE_REACH), -1)
                      if story_prose(blocks[order[j]])), None)
        below = next((j for j in range(k + 1, min(len(order), k + 1 + TABLE_PROSE_REACH))
                      if story_prose(blocks[order[j]])), None)
        if above is None or below is None:
            continue
        blocks[i].mark(TEXT)
        for j in (*range(above + 1, k), *range(k + 1, below)):
            b = blocks[order[j]]
            if b.kind == BlockKind.TABLE:
                b.mark(TEXT)
            elif weight(b.text) <= TABLE_CAPTION_MAX_WORDS and not is_prose(b):
                b.mark(CRUFT, RemovedKind.CAPTION)
            elif b.role == CRUFT and is_prose(b):
                b.mark(TEXT)  # a sentence between two tables of the article


def _mark_titles_repeated_in_body(blocks: list[Block], order: list[int]) -> dict[int, int]:
    """Under a date line, a title-shaped line whose next line is a paragraph opening with
    it was read as an image's alt text over its caption; it is a blog post's title, and
    the paragraph its body, which repeats the title first (a post shown whole, as
    Blogger's pages show it). Returns {paragraph: title}."""
    titled: dict[int, int] = {}
    for k in range(1, len(order) - 1):
        above, b, nxt = (blocks[order[k - 1]], blocks[order[k]], blocks[order[k + 1]])
        if above.role == META and above.cruft_kind == MetaKind.DATE \
                and b.role == CRUFT and b.cruft_kind == RemovedKind.IMAGE_ALT \
                and nxt.role == CRUFT and nxt.cruft_kind == RemovedKind.CAPTION \
                and is_title(_as_text(b)) and nxt.folded.startswith(b.folded) \
                and weight(nxt.text) >= PROSE_WORDS and is_prose(_as_text(nxt)):
            b.mark(TEXT)
            nxt.mark(TEXT)
            titled[order[k + 1]] = order[k]
    return titled


#: A story's list of points (:func:`_story_lists`): a line ending with a colon under a
#: paragraph, of at most this many words (a sentence "The measures are:"; a whole paragraph
#: ending with its colon may end by quoting, so it opens a list only over points one right
#: under another), over at least this many points.
LIST_INTRO_MAX_WORDS = 30
STORY_LIST_MIN_ITEMS = 2
_LIST_INTRO = re.compile(r"[:：]\s*$")


def _story_lists(blocks: list[Block], order: list[int]) -> dict[int, tuple[int, ...]]:
    """A story's own list of points, flattened to plain lines ("The measures are:" over
    "Hospitals must scale down to emergency mode", ...): a paragraph, a line ending with
    a colon, lines standing one under another with no blank line between them (a long
    point reads as prose; a date line, a live blog's next entry, ends them), then a
    paragraph again after a blank line (or the next list's colon line). The colon line may
    stand under a sub-heading or a list's last point, or be the paragraph itself ("...
    Konkrete Forderungen der USA umfassen:") where two points at least stand one right
    under another below it (round 56). Its points end no
    sentence, as a list of headlines' titles do; the colon line between paragraphs says
    they are the story's
    (a box of links opens with its label, "Read more:", :data:`cues.RELATED_RE`, and is
    seldom followed by the story's next paragraph). Returns {intro: (intro, *points)}, by
    block index."""
    found: dict[int, tuple[int, ...]] = {}
    points: set[int] = set()
    for k in range(1, len(order) - STORY_LIST_MIN_ITEMS - 1):
        intro = blocks[order[k]]
        if intro.role != TEXT or not _LIST_INTRO.search(intro.text) \
                or weight(intro.text) < 2 \
                or cues.RELATED_RE.match(intro.text) \
                or cues.RELATED_LABEL_ONLY_RE.match(intro.text) \
                or not (is_prose(blocks[order[k - 1]]) or order[k - 1] in points
                        or _subhead_under_prose(blocks, order, k - 1, points)):
            continue
        end = k + 1
        while end < len(order) and blocks[order[end]].role == TEXT \
                and (end == k + 1 or blocks[order[end]].gap == 0) \
                and not _DATEISH.search(blocks[order[end]].text) \
                and not _GLUED_CLOCK_LINE.match(blocks[order[end]].text) \
                and weight(blocks[order[end]].text) <= HEADLINE_LIST_MAX_WORDS:
            end += 1
        stacked = end - k - 1 >= STORY_LIST_MIN_ITEMS + 1 or (
            end - k - 1 >= STORY_LIST_MIN_ITEMS and not blocks[order[k + 2]].gap)
        if weight(intro.text) > LIST_INTRO_MAX_WORDS and not stacked:
            continue  # (a paragraph ending with its colon: only over points one under
            # another, at least two)
        if not stacked:
            end = _quoted_points_end(blocks, order, k)  # (or its points quoted, set apart)
        if end - k - 1 >= STORY_LIST_MIN_ITEMS and end < len(order) \
                and blocks[order[end]].gap and (is_prose(blocks[order[end]])
                                                 or _list_intro(blocks[order[end]])):
            found[order[k]] = tuple(order[k:end])
            points.update(order[k + 1:end])
    return found


def _list_intro(b: Block) -> bool:
    """A line of a story's own words ending with a colon over the next list's points ("The
    measures are:"), right after a list's last point."""
    return b.role == TEXT and _LIST_INTRO.search(b.text) is not None \
        and 2 <= weight(b.text) <= LIST_INTRO_MAX_WORDS \
        and not cues.RELATED_RE.match(b.text) and not cues.RELATED_LABEL_ONLY_RE.match(b.text)


def _subhead_under_prose(blocks: list[Block], order: list[int], k: int,
                         points: set[int]) -> bool:
    """The line at rank ``k`` is a sub-heading set apart between a story's paragraphs (or
    under its list's last point): a title's shape, a blank line before it."""
    return k > 0 and blocks[order[k]].gap > 0 and is_title(blocks[order[k]]) \
        and (is_prose(blocks[order[k - 1]]) or order[k - 1] in points)


#: A point of a story's list given as a quoted phrase, wholly in quotes ("“在飞机上睡觉”",
#: "“Lady Gaga”"): such points may stand apart, a blank line between each, and an
#: ellipsis's line may close them ("……": and so on).
_QUOTED_POINT = re.compile(r"\s*(?:“[^“”]+”|„[^„“”]+“|«[^«»]+»|「[^「」]+」|\"[^\"]+\")\s*")
_ELLIPSIS_LINE = re.compile(r"\s*(?:…+|\.{3,})\s*")


def _quoted_points_end(blocks: list[Block], order: list[int], k: int) -> int:
    """Where the quoted points under the list's intro at ``k`` end (their ellipsis line
    taken with them), or ``k + 1`` where fewer than :data:`STORY_LIST_MIN_ITEMS` + 1 are."""
    end = k + 1
    while end < len(order) and blocks[order[end]].role == TEXT \
            and weight(blocks[order[end]].text) <= HEADLINE_LIST_MAX_WORDS \
            and _QUOTED_POINT.fullmatch(blocks[order[end]].text):
        end += 1
    if end - k - 1 < STORY_LIST_MIN_ITEMS + 1:
        return k + 1
    if end < len(order) and _ELLIPSIS_LINE.fullmatch(blocks[order[end]].text):
        end += 1
    return end


#: A related box under its label (:func:`_mark_labelled_dated_boxes`) is read this many
#: lines down at most, and holds at least this many date lines (its items' dates).
LABELLED_BOX_REACH = 24
LABELLED_BOX_MIN_DATES = 2
#: ... and stands within this many lines under a paragraph of the article.
LABELLED_BOX_ABOVE = 2


def _mark_labelled_dated_boxes(blocks: list[Block], order: list[int]) -> None:
    """A related box set inside an article under its label ("Related Content", right under
    a paragraph), each item a kicker, a title, its writers and its date, up to its last
    date, over the article's next paragraph: every
    line of it is the box's. Left as text, its last title over its date would head the
    paragraph under the box as another story's lead. Only a box holding
    :data:`LABELLED_BOX_MIN_DATES` date lines: a label over undated lines may name the
    story's own list."""
    for k, i in enumerate(order):
        if blocks[i].role == TEXT or not cues.RELATED_LABEL_ONLY_RE.match(blocks[i].text) \
                or not any(blocks[j].role == TEXT and is_prose(blocks[j])
                           for j in order[max(0, k - LABELLED_BOX_ABOVE):k]):
            continue  # (inside an article: its paragraph right above the label)
        span = []
        for j in order[k + 1:k + 1 + LABELLED_BOX_REACH]:
            if (is_prose(blocks[j]) and not openers.names_line(blocks[j].text, min_words=2)) \
                    or cues.RELATED_LABEL_ONLY_RE.match(blocks[j].text):
                break  # (a long line of an item's writers is no paragraph)
            span.append(j)
        else:
            continue  # (no paragraph under the box within reach: the page's own boxes)
        dated = [n for n, j in enumerate(span)
                 if blocks[j].role == META and blocks[j].cruft_kind == MetaKind.DATE]
        if len(dated) >= LABELLED_BOX_MIN_DATES:
            # (the box ends with its last item's date: a sub-heading under it, over the
            # paragraph, is the article's: "El nudo por el estado de excepción ...")
            for j in span[:dated[-1]]:
                if blocks[j].role == TEXT:
                    blocks[j].mark(CRUFT, RemovedKind.RELATED_LINK)
                    blocks[j].notes["labelled_box"] = True


#: An article's deck (:func:`_decks`): lines of sub-titles under its date line, at least
#: this many and at most that many, over its lead and at least this many more paragraphs
#: of prose within :data:`DECK_ARTICLE_REACH` lines (an article, not a teaser); its
#: headline stands within :data:`DECK_HEAD_REACH` lines over the date line.
DECK_MIN_LINES = 2
DECK_MAX_LINES = 8
#: Words a deck's line holds at least, parted by spaces (a phrase of a sub-title, not a
#: label or a name: "نورهان نبيل"), and at most
#: (other stories' headlines listed under a date line are longer: "Lo celebra Farfán y
#: Zambrano: Schalke 04 regresa a lo grande a la Bundesliga").
DECK_LINE_MIN_WORDS = 3
DECK_LINE_MAX_WORDS = 9
DECK_ARTICLE_PARAGRAPHS = 3
DECK_ARTICLE_REACH = 8
DECK_HEAD_REACH = 8
#: Lines of cruft (a photo's caption, its credit) that may stand between a deck and the lead.
DECK_CAPTION_LINES = 3


def _decks(blocks: list[Block], order: list[int]) -> dict[tuple[int, int], tuple[int, ...]]:
    """An article's deck: a few short lines of sub-titles right under its date line (and
    byline), over its lead, perhaps with the lead picture's caption between ("\"경쟁국 사활
    거는데 정부는 뒷짐" / "반도체 생태계, 40년 전보다 열악\"" / "김광교 前 삼성 반도체연구소장
    인터뷰", as Korean dailies set them under the headline; a phrase may run on over two
    lines). Read as a list of other stories' titles they would leave the article headed by
    the deck's last line; they are its text, and the headline over the date line heads it.
    The lead must open an article (:data:`DECK_ARTICLE_PARAGRAPHS` more paragraphs of prose
    close under it): a box of titles under a teaser's date opens none. Returns {(lead,
    headline): deck lines}, by block index; each deck line is noted ``deck``."""
    found: dict[tuple[int, int], tuple[int, ...]] = {}
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != META or b.cruft_kind != MetaKind.DATE:
            continue
        end = k + 1
        while end < len(order) and end - k - 1 < DECK_MAX_LINES + 1:
            line = blocks[order[end]]
            if line.role != TEXT or is_prose(line) or _DATEISH.search(line.text) \
                    or len(line.text.split()) < DECK_LINE_MIN_WORDS \
                    or weight(line.text) > DECK_LINE_MAX_WORDS \
                    or _LIST_INTRO.search(line.text):
                break  # (a label, "szerző:", or a site's name under a live blog's date)
            end += 1
        lines = tuple(order[k + 1:end])
        if not DECK_MIN_LINES <= len(lines) <= DECK_MAX_LINES:
            continue
        at = end
        while at < len(order) and at - end < DECK_CAPTION_LINES and blocks[order[at]].role == CRUFT:
            at += 1
        if at >= len(order) or blocks[order[at]].role != TEXT or not is_prose(blocks[order[at]]):
            continue
        after = [blocks[order[m]]
                 for m in range(at + 1, min(len(order), at + 1 + DECK_ARTICLE_REACH))]
        if sum(o.role == TEXT and is_prose(o) for o in after) < DECK_ARTICLE_PARAGRAPHS:
            continue
        head = None
        for m in range(k - 1, max(-1, k - 1 - DECK_HEAD_REACH), -1):
            o = blocks[order[m]]
            if is_prose(o):
                break
            if o.role in (TEXT, CRUFT) and o.kind == "p" and not _SENTENCE_END.search(o.text) \
                    and is_title(_as_text(o)) and _head_long(o.text) \
                    and (head is None or weight(o.text) > weight(blocks[head].text)):
                head = order[m]
        if head is None:
            continue
        for j in lines:
            blocks[j].notes["deck"] = True
        found[(order[at], head)] = lines
    return found


#: Lines of an article's header (its date, writer, place and share lines, a crumb) that may
#: stand between its headline and its first paragraph (:func:`_prose_under_header`).
ARTICLE_HEADER_REACH = 10


def _prose_under_header(blocks: list[Block], order: list[int], k: int) -> Block | None:
    """The first paragraph under the line at ``order[k]`` where its date line comes first
    under it (past chrome) and nothing but an article's header stands between: lines taken
    as chrome or metadata, a name (:func:`_person_name`), the paragraph right under the
    last of them (Europa Press's headline, its item number, "Actualizado 13/02/2017
    17:48:46 CET", a tag "Papa Francisco", "ROMA, 13 Feb. (EUROPA PRESS) -", the text):
    that line is the article's headline, not the next title of the menu's run above it."""
    dated = False
    above = blocks[order[k]]
    for j in order[k + 1:k + 1 + ARTICLE_HEADER_REACH]:
        b = blocks[j]
        if b.role == META and b.cruft_kind == MetaKind.DATE:
            dated = True
        elif b.role == CRUFT:
            pass
        elif not dated:
            return None
        elif not _person_name(b.text):
            # (right under the header's last line, its date, place or writer: not under a
            # newsletter's box, "CHANGELOG ABONNIEREN" over its consent line)
            return b if above.role == META else None
        above = b
    return None


def _mark_headline_lists(blocks: list[Block], order: list[int], is_story_end=None,
                         lists: dict[int, tuple[int, ...]] | None = None,
                         decks: set[int] | None = None) -> None:
    """A run of :data:`HEADLINE_LIST_MIN` lines or more, none of them ending a sentence
    (a question may: headlines ask; so may a cry on a line with no blank line above it, as
    a ticker's titles stand), is a list of links to other stories ("Latest in
    Politics"), however long its titles: no story is made of it. Copies and labels between
    them do not break the run; a separator, a date line (an article's headline among its
    kicker, date and share lines), a paragraph under a byline (a teaser's writer, "by" /
    "David Gura", and its date over its lead) or a story's closing credit line does; so
    does a story's own list of points (``lists``, :func:`_story_lists`), which is no run. A
    prose line under the run's last title ends it only where no box's label stands between
    ("Aurora man gets 11 years ..." / "Most Read" / a glued title and lead: the list's last
    title, not that lead's head)."""
    run: list[int] = []
    points = {i for lines in (lists or {}).values() for i in lines} | (decks or set())
    bylined = False  # a byline passed since the last line of text

    def close() -> None:
        if len(run) >= HEADLINE_LIST_MIN:
            for i in run:
                blocks[i].mark(CRUFT, RemovedKind.RELATED_LINK)
        run.clear()

    def listed(b: Block) -> bool:
        text = b.text.rstrip()
        if (is_story_end is not None and is_story_end(b)) or openers.CLOSING_CREDIT_RE.match(text):
            return False  # a story's closing credit line ("(Editing by ...)")
        if text[-1:] in ")." and weight(text) >= SIGNED_PARAGRAPH_MIN_WORDS \
                and bracket_signed(text):
            return False  # its last paragraph, the agency's tag after it ("... (dpa)")
        if (m := _GLUED_MORE.match(text)) and openers.MORE_LINK_RE.match(m["more"]) \
                or b.notes.get("more_cut"):
            return False  # a teaser's lead, its "more" link glued after its last sentence
        return b.role == TEXT and b.kind == "p" and not _DATEISH.search(text) \
            and len(_NUMBER.findall(text)) < DATEISH_NUMBERS \
            and HEADLINE_LIST_MIN_WORDS <= weight(text) <= HEADLINE_LIST_MAX_WORDS \
            and (not _SENTENCE_END.search(text) or bool(_QUESTION_END.search(text))
                 or (b.gap == 0 and bool(_CRY_END.search(text))))

    for k, i in enumerate(order):
        b = blocks[i]
        if b.role == META and b.cruft_kind == MetaKind.BYLINE:
            # (right under a title: a "most read" list's writer follows the title's date)
            bylined = bylined or (k > 0 and blocks[order[k - 1]].role == TEXT)
            continue
        if b.role in (CRUFT, META):
            continue
        if bylined and is_prose(b) and weight(b.text) >= BYLINED_LEAD_MIN_WORDS:
            # a teaser's lead under its writer (and date): the title above heads it
            bylined = False
            close()
            continue
        bylined = False
        if i in points:
            close()
            continue
        nxt_at = next((m for m, j in enumerate(order[k + 1:k + 1 + HEAD_WINDOW])
                       if blocks[j].role not in (CRUFT, META)), None)
        nxt = _prose_under_header(blocks, order, k)
        if nxt is None and nxt_at is not None:
            nxt = blocks[order[k + 1 + nxt_at]]
        boxed = nxt_at is not None and any(  # ("Most Read" between: another box's lead)
            cues.RELATED_LABEL_ONLY_RE.match(blocks[j].text)
            for j in order[k + 1:k + 1 + nxt_at] if blocks[j].role == CRUFT)
        if nxt is not None and is_prose(nxt) and not listed(nxt) and not (boxed and listed(b)):
            close()  # a teaser's headline over its lead ends the list
            continue
        if listed(b):
            run.append(i)
            continue
        if run and _category_label(b.text) and nxt is not None and listed(nxt) and k >= 4 \
                and all(_category_label(blocks[order[k - m]].text) for m in (2, 4)) \
                and all(listed(blocks[order[k - m]]) for m in (1, 3)):
            continue  # "Deportes | Fútbol" over each title of the list, label after label
        close()
    close()


#: Lines a box's list under its label ("Most Read") holds at least, one under another.
BOX_TIGHT_RUN_MIN = 3


def _mark_boxed_tight_runs(blocks: list[Block], order: list[int]) -> None:
    """A box's list under its label alone ("Most Read", :data:`cues.RELATED_LABEL_ONLY_RE`):
    :data:`BOX_TIGHT_RUN_MIN` lines or more standing one under another with no blank line
    between them, each its title run into its lead ("104 shot, 14 fatally, over Father's
    Day weekend in Chicago Five children were among ..."), closed by the page's furniture
    (a line taken out) or a blank line. Only on a page that sets its paragraphs apart (most
    prose lines after a blank line): there a tight run is a list's, not a story's
    paragraphs; a dump with no blank lines tells nothing by them."""
    prose = [i for i in order if blocks[i].role == TEXT and is_prose(blocks[i])]
    if not prose or 2 * sum(blocks[i].gap > 0 for i in prose) < len(prose):
        return
    for k, i in enumerate(order):
        label = blocks[i]
        if label.role != CRUFT or not cues.RELATED_LABEL_ONLY_RE.match(label.text):
            continue
        run = []
        for j in order[k + 1:]:
            b = blocks[j]
            if b.role != TEXT or b.gap > 0 or b.notes.get("unit_start"):
                break
            run.append(j)
        end = k + 1 + len(run)
        closed = end >= len(order) or blocks[order[end]].role == CRUFT \
            or blocks[order[end]].gap > 0
        if len(run) >= BOX_TIGHT_RUN_MIN and closed:
            for j in run:
                blocks[j].mark(CRUFT, RemovedKind.RELATED_LINK)


#: A teaser's excerpt cut short ("... County Auditor [...]", "... des Jahres …"), and the
#: words it must hold before the cut to be read as the copy of a paragraph.
_EXCERPT_CUT = re.compile(r"\s*\[\s*(?:\.\.\.|…)\s*\]\s*$|" + cues.ELLIPSIS_END_RE.pattern)
CUT_COPY_MIN_WORDS = 15


def _mark_cut_copies(blocks: list[Block], order: list[int]) -> None:
    """A teaser's excerpt of a story the page prints in full ("There has been a
    tremendous surge ... County Auditor [...]" under the article's own first paragraph):
    a line cut short (:data:`_EXCERPT_CUT`) whose words before the cut, at least
    :data:`CUT_COPY_MIN_WORDS` (more than a title's, cut in a menu), open a longer
    paragraph of the page. The box's copy, no story's lead."""
    texts = [blocks[i] for i in order if blocks[i].role == TEXT]
    at: dict[int, int] = {}  # id(block) -> its position in order, made on first need
    for b in texts:
        m = _EXCERPT_CUT.search(b.text)
        if m is None or b.notes.get("unit_start"):
            continue
        head = fold(b.text[:m.start()]).rstrip()
        if weight(head) < PROSE_SENTENCE_WORDS:
            continue
        fuller = [o for o in texts if o is not b and len(o.folded) > len(head)
                  and o.folded.startswith(head) and is_prose(o)]
        if fuller and (weight(head) >= CUT_COPY_MIN_WORDS
                       or _titled_copy(blocks, order, at, b, fuller)):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
    _mark_cut_copy_cards(blocks, order)


def _titled_copy(blocks: list[Block], order: list[int], at: dict[int, int], cut: Block,
                 fuller: list[Block]) -> bool:
    """A slider's card: its title over a lead cut at a set number of characters, fewer
    words than :data:`CUT_COPY_MIN_WORDS` where a language writes long words (Bengali's
    "নিজস্ব প্রতিবেদক, বান্দরবান ॥ ... সকালে..."), and the same title, written a second
    time, stands within :data:`HEAD_WINDOW` lines over the longer paragraph the lead opens:
    a copy of that teaser, not a story of its own (a headline over its standfirst and the
    text that repeats it is written once). ``at``: the blocks' positions in ``order``, filled
    on the page's first such line."""
    if not at:
        at.update((id(blocks[i]), k) for k, i in enumerate(order))
    k = at.get(id(cut))
    if not k:
        return False
    title = blocks[order[k - 1]]
    for o in fuller:
        j = at.get(id(o))
        if j is not None and any(blocks[order[t]] is not title
                                 and blocks[order[t]].folded == title.folded
                                 for t in range(max(0, j - HEAD_WINDOW), j)):
            return True
    return False


def _opened_line(blocks: list[Block], order: list[int], k: int) -> int | None:
    """The position of the longer line of the page, not cut, that the line at ``k``, cut
    short, opens (its words before the cut, at least :data:`PROSE_SENTENCE_WORDS`)."""
    m = _EXCERPT_CUT.search(blocks[order[k]].text)
    head = fold(blocks[order[k]].text[:m.start()]).rstrip() if m else ""
    if weight(head) < PROSE_SENTENCE_WORDS:
        return None
    return next((j for j, i in enumerate(order) if j != k and blocks[i].role != SEP
                 and len(blocks[i].folded) > len(head) and blocks[i].folded.startswith(head)
                 and not _EXCERPT_CUT.search(blocks[i].text)), None)


def _mark_cut_copy_cards(blocks: list[Block], order: list[int]) -> None:
    """A box's card for the page's own article ("MORE FROM Business" listing it first): its
    title and its lead, both cut short ("AI investments in UAE to touch Dh33 billion
    in..." / "Global spend on cognitive and artificial intelligence solutions..."), open
    the article's headline and its standfirst, which stand near each other (within
    :data:`HEAD_WINDOW` lines): a copy, no story."""
    for k in range(len(order) - 1):
        title, lead = blocks[order[k]], blocks[order[k + 1]]
        if title.role != TEXT or lead.role != TEXT:
            continue
        a = _opened_line(blocks, order, k)
        b = _opened_line(blocks, order, k + 1) if a is not None else None
        if a is not None and b is not None and 0 < b - a <= HEAD_WINDOW:
            for blk in (title, lead):
                blk.mark(CRUFT, RemovedKind.RELATED_LINK)


#: Cards a menu's or box's run of kicked titles holds at least (kicker, title, again).
KICKED_RUN_MIN = 3


def _mark_kicked_title_runs(blocks: list[Block], order: list[int]) -> None:
    """A menu's or box's cards, each its section's kicker over its title and nothing else
    ("Polícia" / "PM prende autor de tráfico ..." / "Polícia" / "Mulher leva três facadas
    em Lagoa da Prata." / "Polícia" / ...): the same short kicker
    (:data:`CARD_LABEL_MAX_WORDS`) over :data:`KICKED_RUN_MIN` lines or more in a row,
    each a title's length and one sentence at most (a title may close with a full stop).
    Links all: a teaser has its lead between its title and the next kicker."""
    k = 0
    while k < len(order) - 1:
        label = blocks[order[k]]
        if weight(label.text) > CARD_LABEL_MAX_WORDS or is_prose(label) or label.role == META \
                or _DATEISH.search(label.text) or not credit_cues.LETTER_RE.search(label.text):
            k += 1  # (a date over each title is a dated list's; "29 °" a forecast's)
            continue
        j = k
        while j + 1 < len(order) and blocks[order[j]].folded == label.folded:
            title = blocks[order[j + 1]]
            if title.folded == label.folded or weight(title.text) > TITLE_MAX_WORDS \
                    or title.role not in (TEXT, CRUFT) \
                    or _SENTENCE_END.search(title.text.rstrip()[:-1]):
                break
            j += 2
        if (j - k) // 2 >= KICKED_RUN_MIN:
            for m in range(k, j, 2):  # (lines taken out already keep their kind)
                if blocks[order[m]].role == TEXT:
                    blocks[order[m]].mark(CRUFT, RemovedKind.CHROME)
                if blocks[order[m + 1]].role == TEXT:
                    blocks[order[m + 1]].mark(CRUFT, RemovedKind.RELATED_LINK)
            k = j
        else:
            k += 1


#: A teaser's "more" link glued after its lead's last sentence ("... for the winter check.
#: By Jane Doe. more"): read with the link, the lead ends like no sentence, yet it is no
#: headline of a list (:func:`_mark_headline_lists`). (An excerpt cut short, "... Surg...
#: Read more", is a list's teaser still.)
_GLUED_MORE = re.compile(r"^(?P<lead>.*[^.…][.!?][\"'”’»)]*)\s+(?P<more>[^\s.!?…]\S*(?:\s+\S+)?)$")


def _category_label(text: str) -> bool:
    """A section's label over a listed title: a few words, or a few short names between
    bars ("Nacionales | sucesos | Sucesos | Zulia")."""
    parts = [p for p in re.split(r"\s*[|•·]\s*", text.strip(" +")) if p]
    return bool(parts) and (weight(text) <= LABEL_MAX_WORDS or (
        len(parts) > 1 and all(weight(p) <= 2 for p in parts)))


#: A settings form's control label ("Darkmode aktivieren:", "Show the ticker:"): a short
#: line ending with a colon. A unit of one sentence with such labels above its title and
#: under its sentence (within this many lines) is one of the form's settings, explained.
_CONTROL_LABEL = re.compile(r"[:：]\s*$")
SETTINGS_REACH = 2


def _control_label(b: Block) -> bool:
    return b.role != SEP and bool(_CONTROL_LABEL.search(b.text)) \
        and weight(b.text) <= UI_LINE_MAX_WORDS


def _drop_settings_units(blocks: list[Block], order: list[int]) -> None:
    """A page's settings form (cookie and tracking choices, dark mode, a ticker) reads as
    title and sentence ("Statistische Analysen der Firma Nielsen / Widerspruch: Es sollen
    keine Daten ... übermittelt werden."); its control labels around the pair
    (:data:`_CONTROL_LABEL`) tell it from a story, which no such labels surround.
    (dumps13's archive page: the settings read as its first story.)"""
    for k, i in enumerate(order[:-1]):
        head, lead = blocks[i], blocks[order[k + 1]]
        if not (head.role == TEXT and head.notes.get("unit_start")
                and lead.role == TEXT and is_prose(lead)):
            continue
        after = order[k + 2:k + 2 + SETTINGS_REACH]
        if any(blocks[j].role == TEXT and is_prose(blocks[j]) for j in after[:1]):
            continue  # (a second paragraph: more than a setting's note)
        if any(_control_label(blocks[j]) for j in order[max(0, k - SETTINGS_REACH):k]) \
                and any(_control_label(blocks[j]) for j in after):
            for b in (head, lead):
                b.mark(CRUFT, RemovedKind.CHROME)
                b.notes.pop("unit_start", None)


def _drop_stranded(blocks: list[Block], order: list[int]) -> None:
    """A short line left as text with no paragraph, lead or unit's head near it (the
    boxes around it were found to be chrome) is the page's too: "Settings" under an
    app's promo."""
    def anchors(b: Block) -> bool:
        return b.role == TEXT and (is_prose(b) or "lead" in b.notes or "unit_start" in b.notes)

    prose = [k for k, i in enumerate(order) if anchors(blocks[i])]
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or anchors(b):
            continue
        at = bisect.bisect_left(prose, k)
        near = [prose[m] for m in (at - 1, at) if 0 <= m < len(prose)]
        if not any(abs(q - k) <= INNER_GAP + 1 for q in near):
            b.mark(CRUFT, RemovedKind.CHROME)


def _post_heads(blocks: list[Block], order: list[int]) -> list[int]:
    """Positions (in ``order``) of the titles of whole posts: a headline-shaped line with
    its date line right under it."""
    heads: list[int] = []
    for k in range(len(order) - 2):
        t, meta = blocks[order[k]], blocks[order[k + 1]]
        if meta.role != META or meta.cruft_kind != MetaKind.DATE or t.role == META \
                or t.kind == "item" or weight(t.text) < 2 or not is_title(_as_text(t)) \
                or t.cruft_kind in ("copyright", "byline", "paywall", "promo") \
                or openers.names_line(t.text) \
                or (k and blocks[order[k - 1]].folded == t.folded):
            continue  # (authors' names over the date; a teaser's title shown twice)
        if heads and k - heads[-1] <= 2:
            continue  # a deck with its source line under the title: the same post
        heads.append(k - 1 if _writer_under_title(blocks, order, k) else k)
    return heads


def _writer_under_title(blocks: list[Block], order: list[int], k: int) -> bool:
    """The line at ``k``, over a post's date line, is its writer's name alone, under the
    post's title (Raw Story: title / "Tana Ganeva" / "December 22, 2016"): the title heads
    the post, the name is its byline. The three lines stand in one group, no blank line
    between: a German post's title over its date ("Blockupy Nachlese") is name-shaped too,
    set apart under the last post's footer."""
    if k == 0 or k + 1 >= len(order) or not _person_name(blocks[order[k]].text) \
            or blocks[order[k]].gap or blocks[order[k + 1]].gap:
        return False
    title = blocks[order[k - 1]]
    return title.role != META and title.kind != "item" and is_title(_as_text(title)) \
        and weight(title.text) > weight(blocks[order[k]].text)


#: A card whose date line stands between title and lead: from its title to the next card's,
#: this many lines at most (the title twice, the date line, a lead of two lines).
CARD_MAX_LINES = 5


def _card_heads(blocks: list[Block], order: list[int], *, date_above: bool = True) -> list[int]:
    """Positions (in ``order``) of the titles of a feed's cards whose date line stands
    ABOVE the title ("Outlet · 2 hours ago" / title / lead): a title-shaped line between a
    date line and a paragraph. Where the page shows this shape more often than the
    title-over-date one of :func:`_post_heads`, the line above each date line (an ad's
    label, the previous card's lead) heads no post: the page is a feed of teasers.

    ``date_above=False``: the cards whose date line (with its author or outlet) stands
    BETWEEN the title and the lead (title / "Oct. 13, 2013 - NAME" / lead, a section's or
    timeline's cards, :func:`_dated_units`). Their lead may be cut short by the page
    (no sentence's end): a line longer than its title under the date counts."""
    heads: list[int] = []
    for k in range(1, len(order) - 1):
        if date_above:
            meta, t, lead = blocks[order[k - 1]], blocks[order[k]], blocks[order[k + 1]]
        else:
            t, meta, lead = blocks[order[k - 1]], blocks[order[k]], blocks[order[k + 1]]
        if meta.role != META or meta.cruft_kind != MetaKind.DATE or t.role == META \
                or t.kind == "item" or weight(t.text) < 2:
            continue
        titled = is_title(_as_text(t)) and not is_prose(_as_text(t))
        if date_above:
            if titled and is_prose(_as_text(lead)):
                heads.append(k)
            continue
        # (a title may end like a sentence, its lead be cut short: the lead is the longer)
        # (and a "lead" with a date line or a paragraph under it is the card's title, the
        # "title" an ad's label or the previous card's: title / date cards, "Ad / outlet ·
        # age / title / lead" cards; a pager's code line is no title)
        longer = weight(lead.text) > max(weight(t.text), HEAD_MIN_WORDS)
        after = blocks[order[k + 2]] if k + 2 < len(order) else None
        prose = is_prose(_as_text(lead))
        lead_ok = prose or (longer and titled and not (after is not None
                                                       and is_prose(_as_text(after))))
        if lead.role == META or lead.kind == "item" or not _signed_date_line(meta.text) \
                or not (titled or (longer and prose)) or not lead_ok or _code_line(t.text) \
                or (after is not None and after.role == META and after.cruft_kind == MetaKind.DATE):
            continue
        heads.append(k - 1)
    if date_above:
        return heads
    # (in a run: each card's title right under the previous card's lead, a box of cards;
    # lone title-date-lead triples are articles' heads and a sidebar's teasers)
    runs: list[list[int]] = []
    for k in heads:
        if runs and k - runs[-1][-1] <= CARD_MAX_LINES:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [k for run in runs if len(run) >= RHYTHM_MIN_UNITS for k in run]


#: What the cleaner took out as the page's furniture: no post's title, whatever its shape.
_FURNITURE = frozenset((RemovedKind.RELATED_LINK, RemovedKind.CHROME, RemovedKind.PROMO,
                        RemovedKind.PAYWALL, RemovedKind.COPYRIGHT))


def _post_heads_under_dates(blocks: list[Block], order: list[int],
                            cleaned: list[tuple]) -> dict[int, int]:
    """Positions (in ``order``) of the titles of whole posts whose date line stands
    ABOVE the title, each with its date line's: a blog's date header ("Friday, December
    21, 2018" / title / paragraphs), or a post's footer date that the next post's title
    follows ("Published 7. October 2020" / "Categorized as ..." / title): a
    headline-shaped line, no sentence, under a date line with at most
    :data:`DATE_TITLE_GAP` lines between that the cleaner took out. (Read the other way
    round, the line above each date, the previous post's share bar or the blog's name,
    would head the next post.)"""
    shapes: dict[str, list[tuple[int, int]]] = {}
    used: set[int] = set()
    for k in range(1, len(order) - 1):
        t = blocks[order[k]]
        j = k - 1
        while j > 0 and k - j <= DATE_TITLE_GAP and cleaned[order[j]][0] == CRUFT:
            j -= 1
        meta = blocks[order[j]]
        if meta.role != META or meta.cruft_kind != MetaKind.DATE or t.role == META \
                or t.kind == "item" or weight(t.text) < 2 or not is_title(_as_text(t)) \
                or is_prose(_as_text(t)) or _date_line_over(t) \
                or t.cruft_kind in ("copyright", "byline", "paywall", "promo") \
                or openers.names_line(t.text) or parse_date(meta.text) is None \
                or cleaned[order[k]][1] in _FURNITURE:
            continue  # (a footer's "Categorized as ..." under its date is no title)
        if j not in used:  # (a date line heads one post: its nearest title)
            used.add(j)
            shapes.setdefault(_date_shape(meta.text), []).append((k, j))
    # (one date format for every post: a blog prints its date header alike; a book's
    # details, a calendar's month and a comment's date over other lines do not)
    found = max(shapes.values(), key=len, default=[])
    if not found:
        return {}
    # (and whole stories under each date: a listing's day heading over several teasers of a
    # paragraph or two, :func:`_date_day_groups`' shape, is no post; a post pasting two
    # stories is)
    ends = [d for _, d in found[1:]] + [len(order)]
    whole = 0
    for (k, _), end in zip(found, ends, strict=True):
        stories = 1 + sum(_opens(blocks[order[j]]) for j in range(k + 1, end - 2))
        paragraphs = sum(cleaned[order[j]][0] == TEXT and is_prose(_as_text(blocks[order[j]]))
                         for j in range(k + 1, end))
        whole += paragraphs >= DATED_POST_MIN_PARAGRAPHS * stories
    return dict(found) if 2 * whole > len(found) else {}


_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _date_shape(text: str) -> str:
    """A date line's format: its numbers and words each one mark ("Friday, December 21,
    2018" and "Wednesday, October 16, 2019" are one shape)."""
    return _LETTERS.sub("a", _DIGITS.sub("0", text.strip()))


def _dates_over_titles(blocks: list[Block], order: list[int], cleaned: list[tuple],
                       under: dict[int, int]) -> bool:
    """Whether the posts' date lines stand over their titles (``under``, the titles under
    the dates, each with its date line's position) rather than under them
    (:func:`_post_heads`): the lines right above the shared date lines (a post may print
    two) are the page's more often than the titles under them (the cleaner's cruft at
    first reading, or a line the page repeats: the previous post's share bar and "Posted
    by" line, the blog's name). Where the two readings share no date line, the one with
    more posts."""
    over = set(_post_heads(blocks, order))
    above = {}  # the line over each title's date lines (a post's second date line too)
    for k, date in under.items():
        j = date
        while j > 0 and blocks[order[j]].role == META:
            j -= 1
        if j in over:
            above[k] = j
    if not above:
        return len(under) > len(over)
    seen: dict[str, int] = {}
    for i in order:
        seen[blocks[i].folded] = seen.get(blocks[i].folded, 0) + 1

    def pages(j: int) -> bool:
        return cleaned[order[j]][0] == CRUFT or seen[blocks[order[j]].folded] > 1

    return sum(map(pages, above.values())) > sum(map(pages, above))


def _whole_posts(blocks: list[Block], order: list[int], cleaned: list[tuple],
                 heads: list[int], starts: list[int], body: int
                 ) -> tuple[list[int], list[list[int]]] | None:
    """Where each post of ``heads`` ends (the next post's first line, of ``starts``: its
    title, or the date line above it) and its paragraphs (from ``body`` lines under its
    title), if the posts are whole (at least :data:`POST_MIN_PARAGRAPHS` paragraphs on
    the lower median, the first within :data:`HEAD_REACH` of the title); None for teasers."""
    ends = [*starts[1:], len(order)]
    bodies = [[j for j in range(k + body, end)
               if cleaned[order[j]][0] == TEXT and is_prose(_as_text(blocks[order[j]]))]
              for k, end in zip(heads, ends, strict=True)]
    # (a post's text starts under its title and date: paragraphs far below, past lists and
    # boxes, are a footer's, not that post's)
    sizes = sorted(len(p) if p and p[0] - k <= HEAD_REACH else 0
                   for k, p in zip(heads, bodies, strict=True))
    if sizes[(len(sizes) - 1) // 2] < POST_MIN_PARAGRAPHS:  # the lower median
        return None
    return ends, bodies


def _mark_posts(blocks: list[Block], order: list[int], cleaned: list[tuple],
                is_story_end=None) -> None:
    """An archive of whole posts (a blog's page, a full-text feed): each post is a title,
    its date line, then paragraphs. Where the page repeats that shape
    :data:`RHYTHM_MIN_UNITS` times with :data:`POST_MIN_PARAGRAPHS` paragraphs a post or
    more (on the median), each title opens a story, even one the cleaner took for a link
    repeated in a sidebar's list of posts, and the posts' paragraphs are story text: the
    teaser rules above are for short units, not for whole posts. What stands above the
    first post is the page's header; the last post ends at its last paragraph (and its
    credit line), what follows is the page's."""
    under = _post_heads_under_dates(blocks, order, cleaned)
    posts = _whole_posts(blocks, order, cleaned, list(under), list(under.values()), 1) \
        if len(under) >= RHYTHM_MIN_UNITS else None
    if posts is not None and _dates_over_titles(blocks, order, cleaned, under):
        heads, ends, bodies, offset = list(under), posts[0], posts[1], 1
        first = next(iter(under.values()))  # (the first post's date line above its title)
    else:
        heads = _post_heads(blocks, order)
        if len(heads) < RHYTHM_MIN_UNITS or len(_card_heads(blocks, order)) > len(heads) \
                or len(_card_heads(blocks, order, date_above=False)) > len(heads):
            return  # (a feed of cards whose date line stands above the title, or between
            # the title shown twice and the lead: the teaser rules)
        posts = _whole_posts(blocks, order, cleaned, heads, heads, 2)
        if posts is None:
            return  # teasers (headline, date, lead): the rules above read them
        ends, bodies, offset = posts[0], posts[1], 2
        first = heads[0]
    counts: dict[str, int] = {}
    for i in order:
        counts[blocks[i].folded] = counts.get(blocks[i].folded, 0) + 1
    kept = _header_story(blocks, order, cleaned, first)
    for j in range(first):
        if j in kept:
            continue
        if blocks[order[j]].role == TEXT:
            blocks[order[j]].mark(CRUFT, RemovedKind.CHROME)
        blocks[order[j]].notes.pop("unit_start", None)
    for k, end, prose in zip(heads, ends, bodies, strict=True):
        if not prose or cues.RELATED_LABEL_ONLY_RE.match(blocks[order[k]].text):
            continue  # (a box's label over a teaser's date, "Das könnte Sie auch
            # interessieren", is no post's title: the title under the date heads it)
        blocks[order[k]].mark(TEXT)
        blocks[order[k]].notes["unit_start"] = True
        if offset == 2 and _writer_under_title(blocks, order, k + 1):
            blocks[order[k + 1]].mark(META, MetaKind.BYLINE)  # (the post's writer)
            blocks[order[k + 1]].notes.pop("unit_start", None)
        last = end - 1
        if end == len(order):  # the last post: its paragraphs, then the page's chrome
            gaps = [a for a, b in zip(prose, prose[1:], strict=False) if b - a > INNER_GAP + 1]
            last = gaps[0] if gaps else prose[-1]
        for i in range(order[k] + 1, order[last]):
            # An author's ruler inside the post ("=====" before its translation) is no
            # boundary; the dump's own story separator ("* * *", blank lines) still is.
            if blocks[i].role == SEP and blocks[i].text != SEPARATOR_TEXT:
                blocks[i].notes["inside_post"] = True
        for j in range(k + offset, last + 1):
            _restore(blocks[order[j]], cleaned[order[j]])
            b = blocks[order[j]]
            if b.role == TEXT and counts[b.folded] >= RECURRING_MIN and not is_prose(b):
                b.mark(CRUFT, RemovedKind.CHROME)  # a line every post ends with ("Posted in")
        for tail, j in enumerate(range(last + 1, end), start=1):
            b = blocks[order[j]]
            b.notes.pop("unit_start", None)
            credit = cleaned[order[j]][0] == TEXT and (
                (is_story_end is not None and is_story_end(b))
                or openers.CLOSING_CREDIT_RE.match(b.text))
            if tail <= TAIL_WINDOW and credit:
                b.mark(TEXT)  # the last post's credit line
            elif b.role == TEXT:
                b.mark(CRUFT, RemovedKind.CHROME)


#: Comment dates (a date line with a time) that make what follows a comments heading the
#: readers' comments.
COMMENT_DATES_MIN = 2


#: A list's footnote naming where its data come from ("Source: Internet Retailer Top 500
#: Guide" under a "TOP 60" box): the label, a colon, a name.
_SOURCE_FOOTNOTE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, openers.SOURCE_LABELS)) + r")\s*[:：]\s*\S", re.IGNORECASE)
#: ... under at least this many short lines (the list's items, of at most that many words).
FOOTNOTE_LIST_MIN = 5
FOOTNOTE_ITEM_MAX_WORDS = 6


def _mark_box_footnotes(blocks: list[Block], order: list[int]) -> None:
    """A list box inside an article closed by its footnote on the data's source (see
    :data:`_SOURCE_FOOTNOTE`), with the article's paragraphs above the list and right under
    the footnote: the box's note, not the story's source line. It neither names the
    story's source nor ends the story (a record's "Source: X" under its text does both)."""
    for k, i in enumerate(order):
        b = blocks[i]
        if k < FOOTNOTE_LIST_MIN or k + 1 >= len(order) or b.role == TEXT \
                or not _SOURCE_FOOTNOTE.match(b.text) or not is_prose(blocks[order[k + 1]]) \
                or blocks[order[k + 1]].role != TEXT:
            continue
        items = [blocks[j] for j in order[k - FOOTNOTE_LIST_MIN:k]]
        if all(weight(c.text) <= FOOTNOTE_ITEM_MAX_WORDS and not is_prose(c) for c in items) \
                and any(blocks[j].role == TEXT and is_prose(blocks[j]) for j in order[:k]):
            b.mark(CRUFT, RemovedKind.OTHER)
            b.notes["box_footnote"] = True


def _mark_recent_comments(blocks: list[Block], order: list[int]) -> None:
    """A sidebar's latest comments under their heading (:data:`openers.COMMENTS_HEADER_RE`):
    lines each naming a commenter and the post commented on
    (:data:`openers.RECENT_COMMENT_LINE_RE`), :data:`openers.RECENT_COMMENTS_MIN` in a
    row at least. Links to the site's posts; no dates tell them apart, as under a story's
    comments."""
    for k, i in enumerate(order):
        if not openers.COMMENTS_HEADER_RE.match(blocks[i].text):
            continue
        run = []
        for j in order[k + 1:]:
            b = blocks[j]
            if weight(b.text) > TITLE_MAX_WORDS or not openers.RECENT_COMMENT_LINE_RE.match(b.text):
                break
            run.append(b)
        if len(run) >= openers.RECENT_COMMENTS_MIN:
            for b in run:
                if b.role == TEXT:
                    b.mark(CRUFT, RemovedKind.RELATED_LINK)


def _mark_comments(blocks: list[Block], order: list[int]) -> None:
    """Under a comments heading (:data:`openers.COMMENTS_HEADER_RE`), up to the next story's
    head, readers' comments: each a name, a date line with its time, the comment, its votes
    and a reply button. Where :data:`COMMENT_DATES_MIN` such dates follow the heading, the
    lines are the page's, not a story's."""
    k = 0
    shapes: list[str] = []  # the shapes of the comments' date lines so far (:func:`_date_shape`)
    buttons = _comment_buttons(blocks, order)
    while k < len(order):
        if not openers.COMMENTS_HEADER_RE.match(blocks[order[k]].text):
            k += 1
            continue
        if blocks[order[k]].folded.strip() in buttons:  # (each teaser's own button: no heading)
            if blocks[order[k]].role == TEXT:
                blocks[order[k]].mark(CRUFT, RemovedKind.CHROME)
            k += 1
            continue
        more = _comments_more(blocks, order, k)
        if more is not None:  # the comments shown, closed by the button that loads the rest
            for j in range(k, more + 1):
                b = blocks[order[j]]
                if b.role in (TEXT, HEADLINE):
                    b.mark(CRUFT, RemovedKind.CHROME)
                b.notes.pop("lead", None)
            k = more + 1
            continue
        end = k + 1
        # (a comment's text right under its commenter's name-and-date line is no story's
        # head, however the rhythm read it: "And when does he start again?"; where the
        # first commenter's line stands right under the heading, COMMENTER_REACH)
        inside = any(_commenter_line(blocks[order[j]])
                     for j in range(k + 1, min(len(order), k + 1 + COMMENTER_REACH)))
        signed = not inside and any(_commenter_line(blocks[order[j]]) for j in range(
            k + 1, min(len(order), k + 1 + SIGNATURE_REACH)))
        if signed:
            # (each comment signed under its text, its title over it: "USA & IFRS??" /
            # the comment / "Posted by: Florida CPA, 27 Sep 2011 | 15:22"; the comments
            # end at the last signature that follows the one before closely)
            last = k
            while end < len(order) and end - last <= SIGNED_COMMENT_MAX_LINES:
                if _commenter_line(blocks[order[end]]):
                    last = end
                end += 1
            end = last + 1
        seen: list[str] = []  # the date lines under this heading
        while not signed and end < len(order):
            b = blocks[order[end]]
            if b.notes.get("unit_start") \
                    and not (inside and _commenter_line(blocks[order[end - 1]])) \
                    and not _comment_dated_head(blocks, order, end, shapes + seen):
                break
            if b.role == META and b.cruft_kind == MetaKind.DATE:
                seen.append(_date_shape(b.text))
            end += 1
        if signed:  # (a signature's date may carry no time: "Bittersweet | Apr 22, 2013")
            dates = sum(_commenter_line(blocks[order[j]]) for j in range(k + 1, end))
        else:
            # (a time in it, or an age, "3小时前", where the first comment's age stands
            # close under the heading: a share bar's "Comentarios" button over an article
            # and its related box's "Hace 3 horas" heads no comments)
            aged = any(relative_date(blocks[order[j]].text)
                       for j in range(k + 1, min(end, k + 1 + FIRST_COMMENT_AGE_REACH)))
            dates = sum(1 for j in range(k + 1, end)
                        if (_DATEISH.search(blocks[order[j]].text)
                            or (aged and relative_date(blocks[order[j]].text)))
                        and split_date_line(blocks[order[j]].text)[0])
        if dates >= COMMENT_DATES_MIN:
            shapes += seen
            for j in range(k, end):
                b = blocks[order[j]]
                if b.role == TEXT:
                    b.mark(CRUFT, RemovedKind.CHROME)
                b.notes.pop("lead", None)
                b.notes.pop("unit_start", None)
                if signed:  # (a signature's date opens no live blog's entry: _timed_entries)
                    b.notes["comments"] = True
        else:  # no comments yet: the heading and the box's notice about commenting
            blocks[order[k]].mark(CRUFT, RemovedKind.CHROME)
            for j in range(k + 1, min(end, k + 1 + openers.COMMENT_NOTICE_LINES)):
                b = blocks[order[j]]
                if b.role == TEXT and openers.COMMENT_WORD_RE.search(b.text):
                    b.mark(CRUFT, RemovedKind.CHROME)
                    b.notes.pop("lead", None)
            end = k + 1
        k = end


#: A comments heading's words on this many lines of a page or more are each teaser's button
#: to its comments (a portal's feed of cards each closed by " Komentáře", an archive's posts
#: each by "Leave a comment"): no heading of the page's comments.
COMMENT_BUTTON_REPEATS = 3


def _comment_buttons(blocks: list[Block], order: list[int]) -> set[str]:
    """The comments-heading lines written :data:`COMMENT_BUTTON_REPEATS` times or more on
    the page, folded: the buttons under its teasers."""
    counts = Counter(blocks[i].folded.strip() for i in order
                     if openers.COMMENTS_HEADER_RE.match(blocks[i].text))
    return {text for text, n in counts.items() if n >= COMMENT_BUTTON_REPEATS}


#: The first comment's age ("3小时前") stands this near under the comments heading where
#: ages count as the comments' dates (:func:`_mark_comments`).
FIRST_COMMENT_AGE_REACH = 4
#: A comment's text that the rhythm read as a story's head stands this near over its date.
COMMENT_HEAD_DATE_REACH = 2


def _comment_dated_head(blocks: list[Block], order: list[int], at: int,
                        shapes: list[str]) -> bool:
    """The head at rank ``at`` under a comments heading is one more comment's text, not the
    next story's: a date line of the same shape as the page's comments' dates above it
    (:func:`_date_shape`: "3小时前" as "40分钟前") stands right under it, and
    :data:`COMMENT_DATES_MIN` such dates came before (round 48: a Chinese page's comments,
    a line of each read as a headline, made five stories)."""
    if len(shapes) < COMMENT_DATES_MIN:
        return False
    for j in range(at + 1, min(len(order), at + 1 + COMMENT_HEAD_DATE_REACH)):
        b = blocks[order[j]]
        if b.role == META and b.cruft_kind == MetaKind.DATE \
                and _date_shape(b.text) in shapes:
            return True
    return False


def _comments_more(blocks: list[Block], order: list[int], k: int) -> int | None:
    """The position of the button that loads more comments (:data:`openers.COMMENTS_MORE_RE`)
    under the comments heading at ``k``, where no story's head stands between them. Only a
    heading under a story's text: a count of comments under the headline ("Comments (27)",
    over the story) heads no comments."""
    for j in range(k - 1, -1, -1):
        b = blocks[order[j]]
        if b.role == TEXT and is_prose(b):
            break
        if b.notes.get("unit_start"):
            return None
    else:
        return None
    for j in range(k + 1, min(len(order), k + 1 + openers.COMMENTS_MORE_REACH)):
        b = blocks[order[j]]
        if b.notes.get("unit_start"):
            return None
        if b.role in (TEXT, CRUFT) and openers.COMMENTS_MORE_RE.match(b.text):
            return j
    return None


#: The first commenter's name-and-date line stands this near under a comments heading
#: (:func:`_mark_comments` then reads the comments' texts under such lines as theirs).
COMMENTER_REACH = 2
#: ... or, where each comment is signed under its text ("Posted by: NAME, DATE", "NAME |
#: DATE"), the first comment's signature stands this near under the heading (its title,
#: its text between), and each next one this near under the one before.
SIGNATURE_REACH = 5
SIGNED_COMMENT_MAX_LINES = 8


def _commenter_line(b: Block) -> bool:
    """A reader's name and the comment's date on one line ("norbert777 02-11-2023 •
    16h43"): a date line whose other words are a name, no label ("Akt.:"), longer where a
    signature's label stands before it (:data:`openers.COMMENT_SIGNATURE_RE`)."""
    if b.role != META or b.cruft_kind != MetaKind.DATE:
        return False
    found, rest = split_date_line(b.text)
    most = openers.COMMENT_SIGNATURE_MAX_WORDS if openers.COMMENT_SIGNATURE_RE.match(b.text) \
        else LABEL_MAX_WORDS
    return found and bool(rest) and ":" not in rest and weight(rest) <= most


#: A reader's comment signed the blog way: "NAME says:" over the comment's date line.
_SAYS = re.compile(r"^[^\W\d_].{0,40}?\s(?:says|said|sagt|schreibt|dit|dice|diz|disse|"
                   r"ha\s+detto|schreef|zegt|pisze|napisał|говорит|пишет)\s*[:：]\s*$",
                   re.IGNORECASE)
#: Lines under a "says:" line its date stands within, and lines after the last one that
#: still belong to its comment (the comment, its reply button).
SAYS_DATE_REACH = 2
SAYS_TAIL = 3


def _mark_signed_comments(blocks: list[Block], order: list[int]) -> None:
    """Readers' comments with no heading the page names ("All Comments 4"): each opens
    with "NAME says:" over its date; :data:`COMMENT_DATES_MIN` of them in a row make the
    run, from the first to the last comment's reply button, the page's, not a story."""
    signed = [k for k, i in enumerate(order) if _SAYS.match(blocks[i].text)
              and any(_DATEISH.search(blocks[order[j]].text) and split_date_line(
                  blocks[order[j]].text)[0] for j in range(k + 1, min(len(order),
                                                                     k + 1 + SAYS_DATE_REACH)))]
    if len(signed) < COMMENT_DATES_MIN:
        return
    for j in range(signed[0], min(len(order), signed[-1] + 1 + SAYS_TAIL)):
        b = blocks[order[j]]
        if b.role == TEXT and (j <= signed[-1] or not b.notes.get("unit_start")):
            b.mark(CRUFT, RemovedKind.CHROME)
            b.notes.pop("lead", None)
            b.notes.pop("unit_start", None)
    # Under the comments, lines no title opens are the page's boxes (a summary, a
    # reading widget): the article ended above the comments.
    for j in range(signed[-1] + 1, len(order)):
        b = blocks[order[j]]
        if b.notes.get("unit_start"):
            break
        if b.role == TEXT:
            b.mark(CRUFT, RemovedKind.CHROME)
            b.notes.pop("lead", None)


def _header_story(blocks: list[Block], order: list[int], cleaned: list[tuple],
                  first: int) -> set[int]:
    """Positions (in ``order``) above the first post that are a story of their own, not
    the page's header: a run of :data:`POST_MIN_PARAGRAPHS` paragraphs or more the
    cleaner kept (no more than :data:`INNER_GAP` lines apart), with the title-shaped line
    right above it as its head. A portal's article stands between its menus and the feed
    of posts under it; the header rule of :func:`_mark_posts` would drop it whole."""
    prose = [j for j in range(first) if cleaned[order[j]][0] == TEXT
             and is_prose(_as_text(blocks[order[j]]))]
    runs: list[list[int]] = []
    for j in prose:
        if runs and j - runs[-1][-1] <= INNER_GAP + 1:
            runs[-1].append(j)
        else:
            runs.append([j])
    kept: set[int] = set()
    for run in runs:
        if len(run) < POST_MIN_PARAGRAPHS:
            continue
        for j in range(run[0], run[-1] + 1):
            _restore(blocks[order[j]], cleaned[order[j]])
            kept.add(j)
        head = run[0] - 1  # (a copy the cleaner took for a repeated link is still the head)
        while head >= 0 and blocks[order[head]].notes.get("featured_image"):
            head -= 1  # (the post's picture between its title and text: its alt text)
        if head >= 0 and is_title(_as_text(blocks[order[head]])):
            blocks[order[head]].mark(TEXT)
            blocks[order[head]].notes["unit_start"] = True
            kept.add(head)
    return kept


def _restore(b: Block, reading: tuple) -> None:
    """A post's line (see _mark_posts): a paragraph the cleaner kept is story text again
    (the teaser rules may have taken it for a box's); other lines keep what the rules
    above made of them (an image's alt text, a "Posted in" line), and open no story."""
    b.notes.pop("unit_start", None)
    if reading[0] == TEXT and is_prose(_as_text(b)):
        b.mark(TEXT)


#: Lines above a glued teaser (:func:`_mark_glued_teasers`) searched for its title.
GLUED_TITLE_WINDOW = 8
#: Copies of the title above it (picture's alt, caption, link) that make the box.
GLUED_TITLE_MIN_COPIES = 2
#: Words of summary after the title, at least.
GLUED_SUMMARY_MIN_WORDS = 5


def _mark_glued_teasers(blocks: list[Block], order: list[int]) -> None:
    """A magazine box flattened with its title shown again and again (the picture's alt
    text, caption and link), a section's label, then the title glued to its summary with
    no space ("TitleSummary sentence ..."): a teaser story of its own, headed by the title,
    whose text is the glued line as the page shows it."""
    for k, i in enumerate(order):
        g = blocks[i]
        above = order[max(0, k - GLUED_TITLE_WINDOW):k]
        copies = [j for j in above if blocks[j].text and g.text.startswith(blocks[j].text)
                  and len(g.text) > len(blocks[j].text)]
        if len(copies) < GLUED_TITLE_MIN_COPIES:
            continue
        title = blocks[copies[-1]].text
        if not g.text[len(title)].isupper() or title[-1].isspace() \
                or weight(g.text[len(title):]) < GLUED_SUMMARY_MIN_WORDS \
                or any(blocks[j].text != title for j in copies) or not is_title(_as_text(
                    blocks[copies[-1]])):
            continue
        head = copies[-1]
        for j in order[rank_of(order, head) + 1:k]:
            if blocks[j].role == TEXT:
                blocks[j].mark(CRUFT, RemovedKind.CHROME)  # the section's label ("Radar")
        for j in copies[:-1]:
            blocks[j].notes.pop("unit_start", None)
        blocks[head].mark(TEXT)
        blocks[head].notes["unit_start"] = True
        g.mark(TEXT)
        g.notes["lead"] = True
        g.notes.pop("signoff", None)


def _box_title(b: Block) -> bool:
    """A title alone in a box of teasers, taken for chrome or a related link: a headline's
    length and shape ("Vote on French troops in Afghanistan"), no label's ("Nation/World")."""
    return b.role == CRUFT and b.cruft_kind in (RemovedKind.CHROME, RemovedKind.RELATED_LINK) \
        and is_title(_as_text(b)) and _head_long(b.text)


def rank_of(order: list[int], i: int) -> int:
    """Position of block ``i`` among ``order``."""
    return bisect.bisect_left(order, i)


def _drop_teaser_signoffs(blocks: list[Block], order: list[int]) -> None:
    """A sign-off line ("ERIC BERGER, ARS TECHNICA") right under another article's teaser
    title (a line taken for a related link) is that teaser's credit, in a list of them: it
    names no source of the story the list stands under. Over the next teaser's title, under
    two titles alone of a box (:func:`_box_title`), an outlet's name is the next box's label
    ("The Nation", a paper's section, where "The World" and "Opinion" label the others)."""
    for k, i in enumerate(order):
        b = blocks[i]
        if not k or not b.notes.get("signoff") or b.role != CRUFT:
            continue
        above = blocks[order[k - 1]]
        if above.role != CRUFT or not is_title(_as_text(above)):
            continue
        if above.cruft_kind == RemovedKind.RELATED_LINK:
            b.notes.pop("signoff")
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
        elif above.cruft_kind == RemovedKind.CHROME and 2 <= k < len(order) - 1 \
                and blocks[order[k + 1]].notes.get("unit_start") \
                and _box_title(above) and _box_title(blocks[order[k - 2]]):
            b.notes.pop("signoff")
            b.mark(CRUFT, RemovedKind.CHROME)


def _mark_outside(blocks: list[Block], order: list[int]) -> None:
    """Note the page's chrome before its first story line and after its last as outside
    every story (``notes["outside"]``): the splitter leaves it out of the segments, so a
    menu entry or a footer's line is read as no story's metadata (a language menu's
    "العربیه" is no credit to Al Arabiya). The few lines right above the first story
    (its date, its byline) and right under the last (its credit, its © line) stay, and
    the fields of a database record heading the first story (``record_head``)."""
    texts = [k for k, i in enumerate(order) if blocks[i].role == TEXT]
    if not texts:
        return
    head = texts[0] - HEAD_WINDOW
    # (a database record's fields head its story, however many: "^ИС: <publication>")
    records = [k for k in range(texts[0]) if blocks[order[k]].notes.get("record_head")]
    for k in range(0, max(0, min([head, *records[-1:]]))):
        blocks[order[k]].notes["outside"] = True
    tail = _box_under(blocks, order, texts[-1] + 1) + TAIL_WINDOW
    foot = _foot_date(blocks, order, texts[0], tail)
    for k in range(tail, len(order)):
        if k != foot:
            blocks[order[k]].notes["outside"] = True


#: Lines under a lone article's tail that its date line may stand within, past its tags,
#: its share and donation lines ("Themen" / tags / "14 August 2022, 15:40" / "Senden").
FOOT_DATE_REACH = 10


def _foot_date(blocks: list[Block], order: list[int], first: int, tail: int) -> int | None:
    """Where a page's one article shows no date line over its text, the first date line
    within :data:`FOOT_DATE_REACH` lines under its tail (Vatican News prints the day under
    the article's tags): that article's date, kept in its segment. A page of several
    units, or an article dated at its head, takes none from its foot."""
    if sum(1 for i in order if blocks[i].notes.get("unit_start")) != 1 or any(
            blocks[i].role == META and blocks[i].cruft_kind == MetaKind.DATE
            for i in order[:first]):
        return None
    return next((k for k in range(tail, min(len(order), tail + FOOT_DATE_REACH))
                 if blocks[order[k]].role == META
                 and blocks[order[k]].cruft_kind == MetaKind.DATE), None)


def _box_under(blocks: list[Block], order: list[int], k: int) -> int:
    """Where the tail window under the last story line starts: at ``k``, or past a
    "read also" box set right there, its label and its one or two links
    (:data:`READ_ALSO_BOX_LINKS`). The credit under such a box is still the story's
    (Do Rzeczy: "Czytaj też:" / a title / "Źródło: ISBnews")."""
    if k >= len(order) or not cues.RELATED_LABEL_ONLY_RE.match(blocks[order[k]].text):
        return k
    links = 0
    while links < READ_ALSO_BOX_LINKS and k + 1 + links < len(order) \
            and blocks[order[k + 1 + links]].notes.get("after_label"):
        links += 1
    return k + 1 + links if links else k


def _mark_recurring_lines(blocks: list[Block], order: list[int],
                          is_story_end=None) -> dict[int, int | None]:
    """Find the line the page repeats under its headlines (:data:`RECURRING_MIN` times or
    more, :data:`RECURRING_UNDER_TITLE` of them right under a headline-shaped line); when
    there is one, every line the page repeats that often is the page's and is marked as
    cruft. Returns each occurrence of such a marker line (its position in ``order``) with
    the headline above it, if any, for :func:`_mark_recurring_boundaries`. A closing
    credit line that repeats ("Editing by X" under several wire stories) stays with its
    story. Pages with no such marker are left as they are: a source line or a label
    repeated under teasers is read by the other rules."""
    counts: dict[str, int] = {}
    for i in order:
        counts[blocks[i].folded] = counts.get(blocks[i].folded, 0) + 1
    recurring = {blocks[i].folded for i in order
                 if counts[blocks[i].folded] >= RECURRING_MIN and blocks[i].folded
                 and not (blocks[i].role == TEXT and (
                     (is_story_end is not None and is_story_end(blocks[i]))
                     or openers.CLOSING_CREDIT_RE.match(blocks[i].text)))}
    at: dict[str, list[int]] = {}
    for k, i in enumerate(order):
        if blocks[i].folded in recurring:
            at.setdefault(blocks[i].folded, []).append(k)
    found: dict[int, int | None] = {}
    for positions in at.values():
        marker = blocks[order[positions[0]]]
        # (no marker: a label, an outlet's name, a date, a "Posted in" line, or a notice
        # the page repeats at each ad slot, "This advertisement has not loaded yet, but
        # your article continues below.": the article goes on under it)
        if marker.role == META or weight(marker.text) < RECURRING_MARKER_WORDS \
                or not _SENTENCE_END.search(marker.text) or marker.cruft_kind == RemovedKind.PROMO:
            continue
        titles = [_title_above(blocks, order, k, recurring) for k in positions]
        opened = sum(t is not None and _prose_below(blocks, order, k, recurring)
                     for k, t in zip(positions, titles, strict=True))
        if opened >= RECURRING_UNDER_TITLE:
            found.update(zip(positions, titles, strict=True))
    if found:
        for i in order:
            if blocks[i].folded in recurring and blocks[i].role == TEXT:
                blocks[i].mark(CRUFT, RemovedKind.CHROME)
    return found


def _title_above(blocks: list[Block], order: list[int], k: int, recurring: set[str]) -> int | None:
    """The headline-shaped line right above ``order[k]``, past metadata, chrome and the
    page's recurring lines only."""
    for j in range(k - 1, max(-1, k - 1 - HEAD_REACH), -1):
        b = blocks[order[j]]
        if b.role == META or b.folded in recurring:
            continue
        if b.role in (TEXT, CRUFT) and b.kind != "item" and weight(b.text) >= 2 \
                and b.cruft_kind != RemovedKind.PROMO \
                and is_title(Block(text=b.text, kind=b.kind)):  # (an ad's head heads no story)
            return order[j]
        return None
    return None


def _prose_below(blocks: list[Block], order: list[int], k: int, recurring: set[str]) -> bool:
    """The next line under ``order[k]`` that is not metadata, cruft or a recurring line
    is a paragraph: the article's body begins there."""
    for j in range(k + 1, min(len(order), k + 1 + HEAD_REACH)):
        b = blocks[order[j]]
        if b.role in (META, CRUFT) or b.folded in recurring:
            continue
        return is_prose(b)
    return False


def _mark_recurring_boundaries(blocks: list[Block], order: list[int],
                               found: dict[int, int | None]) -> None:
    """The page's articles, from its marker line (:func:`_mark_recurring_lines`): the
    headline above each occurrence opens a story; where no headline stands above (the
    flattening lost it), the first paragraph below opens one."""
    for k, t in found.items():
        if t is not None:
            blocks[t].mark(TEXT)
            blocks[t].notes["unit_start"] = True
            continue
        for j in range(k + 1, min(len(order), k + 1 + HEAD_REACH)):
            b = blocks[order[j]]
            if b.role == TEXT and is_prose(b):
                b.notes["opens_story"] = True
                break
            if b.role == TEXT:
                break


#: A post's tags set as one line, "La République en marche, Justice, Emmanuel Macron": at
#: least this many names between commas, each of at most TAG_LINE_NAME_MAX_WORDS words and
#: opening with a capital, and no sentence's end.
TAG_LINE_MIN_NAMES = 3
TAG_LINE_NAME_MAX_WORDS = 4


def _tag_line(text: str) -> bool:
    """See :data:`TAG_LINE_MIN_NAMES`."""
    names = [n.strip() for n in text.split(",")]
    return len(names) >= TAG_LINE_MIN_NAMES and not _SENTENCE_END.search(text) \
        and all(n[:1].isupper() and len(n.split()) <= TAG_LINE_NAME_MAX_WORDS for n in names)


def _mark_tag_lines_shown_twice(blocks: list[Block], order: list[int]) -> None:
    """A tag line (:func:`_tag_line`) or a counted label (:data:`_COUNTED_LABEL`) that the
    page prints twice, over the post's body and under it, is the page's furniture: chrome,
    never a headline between the standfirst and the body (regards.fr, round 40). Printed
    once, such a line may be a story's own list of names."""
    seen: dict[str, int] = {}
    tags = [i for i in order if _tag_line(blocks[i].text) or _COUNTED_LABEL.match(blocks[i].text)]
    # (the other copy may be cruft already; a box's label with its count, "Vos réactions
    # (11)", shown twice beside the tags, is the same furniture)
    for i in tags:
        seen[blocks[i].folded] = seen.get(blocks[i].folded, 0) + 1
    for i in tags:
        if seen[blocks[i].folded] >= 2 and (blocks[i].role == TEXT or (
                blocks[i].role == CRUFT and blocks[i].cruft_kind == RemovedKind.RELATED_LINK)):
            # (the cleaner takes a line shown twice for a related link: it heads no lead)
            blocks[i].mark(CRUFT, RemovedKind.CHROME)


_NEWSROOM_WORDS = frozenset(NEWSROOM_SUFFIXES)
#: A donation box's amount buttons: a sum alone on its line ("5€", "$25", "10 EUR") ...
_AMOUNT_LINE = re.compile(r"^\s*(?:[$€£]\s?\d+(?:[.,]\d\d)?"
                          r"|\d+(?:[.,]\d\d)?\s?(?:[$€£]|EUR|USD|CHF|GBP))\s*$")
#: ... at least this many in a row.
AMOUNT_PICKER_MIN = 3


#: The words of a button under a prompt ("Subscribe", "Sign up").
BUTTON_MAX_WORDS = 2


def _mark_prompts_over_buttons(blocks: list[Block], order: list[int]) -> None:
    """A sentence the page shows twice or more, each time right over the same short button
    ("Find out what's happening in Murrieta with free, real-time updates from Patch." over
    "Subscribe", set inside the article and again under it): a prompt box the layout
    repeats, no story's paragraph, whatever its wording (round 44). A story repeats no
    paragraph over the same label; an article the page prints twice repeats its paragraphs
    under the same lines too, and those copies stay (the lines above each copy must
    differ). The button is a label of :data:`BUTTON_MAX_WORDS` words at most, no figure in
    it (a date line under a teaser's lead is no button)."""
    shown: dict[tuple[str, str], list[int]] = {}
    above: dict[int, str] = {}
    for h, i, k in zip([-1, *order], order, order[1:], strict=False):
        b, button = blocks[i], blocks[k]
        if b.role in (TEXT, CRUFT) and button.role in (TEXT, CRUFT) \
                and weight(button.text) <= BUTTON_MAX_WORDS and not has_digit(button.text) \
                and not _SENTENCE_END.search(button.text) and button.folded != b.folded \
                and weight(b.text) >= PROSE_SENTENCE_WORDS and _SENTENCE_END.search(b.text):
            shown.setdefault((b.folded, button.folded), []).append(i)
            above[i] = blocks[h].folded if h >= 0 else ""
    for copies in shown.values():
        # (not an article the page prints twice, each paragraph over the same lines)
        if len(copies) >= 2 and len({above[i] for i in copies}) == len(copies):
            for i in copies:
                if blocks[i].role == TEXT or blocks[i].cruft_kind == RemovedKind.RELATED_LINK:
                    blocks[i].mark(CRUFT, RemovedKind.PROMO)


#: The words a form's blurb ends with, shared by its sign-in and registration copies
#: (:func:`_mark_form_blurbs`).
FORM_BLURB_TAIL_WORDS = 10


def _mark_form_blurbs(blocks: list[Block], order: list[int]) -> None:
    """The sign-in and registration forms of a site's account box: the same question over
    each ("Are you an IOP member?"), and under it a blurb that differs in its opening only
    ("Sign into your X account to get access to ..." / "Create a X account to get access to
    ..."; the last :data:`FORM_BLURB_TAIL_WORDS` words the same). Both are the page's
    furniture, no teaser and its story: a story's paragraphs under one line twice end alike
    only when they are copies of each other (round 44)."""
    blurbs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for above, i in zip(order, order[1:], strict=False):
        words = cues.WORD_RE.findall(blocks[i].folded)  # (one copy may lack its last stop)
        if blocks[i].role == TEXT and len(words) > FORM_BLURB_TAIL_WORDS:
            key = (blocks[above].folded, " ".join(words[-FORM_BLURB_TAIL_WORDS:]))
            blurbs.setdefault(key, []).append((above, i))
    for copies in blurbs.values():
        if len(copies) < 2 or len({blocks[i].folded.split()[0] for _, i in copies}) < 2:
            continue  # (the same opening: an article printed twice, no form)
        for above, i in copies:
            blocks[i].mark(CRUFT, RemovedKind.PROMO)
            if blocks[above].role == TEXT and weight(blocks[above].text) <= TITLE_MAX_WORDS:
                blocks[above].mark(CRUFT, RemovedKind.CHROME)


def _mark_amount_pickers(blocks: list[Block], order: list[int]) -> None:
    """A donation box: a run of amount buttons (:data:`_AMOUNT_LINE`) and the appeal right
    above them ("Ihr Beitrag hilft, unsere Berichterstattung ... auszubauen" over "5€" /
    "10€" / "20€"), a paragraph of at most :data:`cues.APPEAL_MAX_WORDS` words: the site's
    call for money, no story's text, whatever its wording."""
    for k, run in _line_runs(blocks, order, _AMOUNT_LINE, AMOUNT_PICKER_MIN):
        for j in order[k:run]:
            blocks[j].mark(CRUFT, RemovedKind.PROMO)
        above = blocks[order[k - 1]] if k else None
        if above is not None and above.role == TEXT and above.words <= cues.APPEAL_MAX_WORDS:
            above.mark(CRUFT, RemovedKind.PROMO)


def _mark_bare_newsroom_credits(blocks: list[Block], order: list[int]) -> None:
    """A newsroom's word alone on its line right over a date line ("Redaktion" over "1.
    November 2023 10:29"): the story's credit of no one by name, metadata, not its text."""
    for j, k in zip(order, order[1:], strict=False):
        b, under = blocks[j], blocks[k]
        if b.role == TEXT and b.folded.strip(" .:") in _NEWSROOM_WORDS \
                and under.role == META and under.cruft_kind == MetaKind.DATE:
            b.mark(CRUFT, RemovedKind.METADATA)


def _mark_menus(blocks: list[Block]) -> None:
    pos = 0
    while pos < len(blocks):
        run = _is_menu_run(blocks, pos) if blocks[pos].kind == "item" else 0
        for b in blocks[pos:pos + run]:
            if b.role == TEXT:
                b.mark(CRUFT, RemovedKind.CHROME)
        pos += run or 1


# A word glued to the next one's capital: :data:`normalizer.text.dates.GLUED_CAPITAL`.
_GLUED_CAPITAL = GLUED_CAPITAL


def _byline_dated(text: str) -> bool:
    """A line holding a whole date (day, month, year) once words glued together are
    parted: under a headline, it is the story's byline and date line ("Associated
    PressApril 28, 2023 GMT", "NAME / CITY February 14, 2020"), never its head. A line
    opening with a dash signs a quote or an embedded post ("— NAME (@handle) January 2,
    2020"): the line above it is that post's, no headline."""
    return text[:1].isalnum() and parse_date(_GLUED_CAPITAL.sub(" ", text)) is not None


def _date_from_byline(blocks: list[Block], between: list[int]) -> None:
    """A headline's byline line holding a whole date (:func:`_byline_dated`) dates the story
    where no date line of its own stands between the headline and its lead: the cleaner
    read the line as a byline (an outlet's name opens it, "De Telegraaf / 21-06-2013 /
    pagina 011") or, right under the headline, as a link (where the page shows it twice),
    and neither gives a date. The day is noted on the headline as ``entry_date``
    (:func:`_put_entry_dates` puts it under the headline as a date line); the line itself
    is left as it is, for its writers and its outlet. A table's rows under its header
    (``cells``, :func:`normalizer.stories.dumps.dump_blocks`) are no byline."""
    lines = [blocks[i] for i in between[1:]]
    if any(b.role == META and b.cruft_kind == MetaKind.DATE for b in lines) \
            or "entry_date" in blocks[between[0]].notes or "cells" in blocks[between[0]].notes:
        return
    for k, b in enumerate(lines):
        byline = b.role == META and b.cruft_kind == MetaKind.BYLINE
        link = k == 0 and b.role == CRUFT and b.cruft_kind == RemovedKind.RELATED_LINK \
            and not is_prose(b)
        if (byline or link) and "cells" not in b.notes and _byline_dated(b.text) \
                and not _SENTENCE_END.search(b.text):
            blocks[between[0]].notes["entry_date"] = parse_date(_GLUED_CAPITAL.sub(" ", b.text))
            return


#: A sentence kept over a first paragraph whose headline stands far above (a standfirst,
#: a paragraph of questions) has at least this many words.
STANDFIRST_MIN_WORDS = 6
#: A photo label's line of at least this many words over a date line is a gallery's
#: headline, not a picture's credit ("Photos: First Look at ..."; "Photo: Reuters" is
#: shorter).
GALLERY_HEAD_MIN_WORDS = 6


#: A title set whole in quotation marks ("“BOMBAS”"): a title however short.
_QUOTED_LINE = re.compile(r"[“\"«„][^“”\"«»„]{2,80}[”\"»“]")


#: A headline that quotes a question or a cry after a colon ("El Papa garantiza severidad
#: extrema contra pederastas: "¿Cómo un cura puede llegar a causar tanto mal?"", "... :
#: «Je me fiche ... !»"), shorter than prose's :data:`PROSE_WORDS`.
_QUOTING_TITLE = re.compile(r"^[^\"'“‘«„「『‹›»][^.!?]*[:：]\s*[\"“„«‹「『][^\"“”„«»]+"
                            r"[?!؟？！][\"”»›」』]$")


def _quoting_title(text: str) -> bool:
    """A line shaped as :data:`_QUOTING_TITLE`, asked only over an article's date lines:
    a question closing a sentence of a body is quoted so too, but stands over no date."""
    return weight(text) < PROSE_WORDS and _QUOTING_TITLE.match(text.strip()) is not None


def _head_above(blocks: list[Block], order: list[int], at: int,
                where: dict[str, list[int]] | None = None) -> int | None:
    """The head of the lead at rank ``at``: the longest title line among the few text
    lines above it (a share or video label is shorter than the headline it stands under).
    A title line right above a line holding a whole date (:func:`_byline_dated`) heads the
    lead over that line: the dated line is its byline. The lines above a story edge
    (:data:`CARD_EDGE_GAP` blank lines) are another story's (an e-zine's title with no
    text under it, over the next item's short title)."""
    head, best = None, (False, -HEAD_WINDOW - 1)
    head_rank, head_dated = -1, False
    seen = reach = 0
    under_date = False  # a byline or date line passed, going up
    dated_above: bool | None = None  # ... and one stands above, under no paragraph (asked once)
    for j in range(at - 1, -1, -1):
        b = blocks[order[j]]
        if (is_prose(b) and not (under_date and _quoting_title(b.text))) \
                or seen >= HEAD_WINDOW or reach >= HEAD_REACH:
            break
        if blocks[order[j + 1]].gap >= CARD_EDGE_GAP:
            break  # the line below opened after a story edge: this one is another story's
        if head is None and b.role == META and b.cruft_kind == MetaKind.DATE and j \
                and _fields_line(b.text) and _short_head(blocks[order[j - 1]]):
            # a short headline over the article's line of fields ("短视频与大众文化生产" over
            # "时间：2024.05.11 来源：光明日报 作者：南帆"): ten characters head it (round 44)
            head = order[j - 1]
            break
        if head is not None and b.role == META and b.cruft_kind == MetaKind.DATE:
            # a date over a headline heads the article; above it, other boxes. (A title
            # right over its writer's byline and date heads the lead, though: a headline
            # stands over its byline, and the line under them is the picture's credit,
            # "Office of County Judge Sam Biscoe")
            above = blocks[order[j - 1]] if j else None
            if above is not None and _writer_date_line(b) and above.role == TEXT \
                    and not is_prose(above) and is_title(_as_text(above)) \
                    and _head_long(above.text):
                head = order[j - 1]
            elif j >= 2 and head_rank == j + 1 and _person_name(blocks[order[j - 1]].text) \
                    and not (where is not None and len(where.get(blocks[head].folded, ())) > 1):
                # (or over its writer's name alone, then the date: "Live in your own
                # Jurassic Park ..." / "Katrina Creer" / "21 Jan 2020"; the line under the
                # date, "Can you spot the dinosaurs hiding the garden?", is the picture's;
                # not the headline shown again over the lead)
                title = blocks[order[j - 2]]
                if title.role in (TEXT, CRUFT) and not is_prose(title) \
                        and is_title(_as_text(title)) and _head_long(title.text) \
                        and not title.notes.get("outside"):
                    head = order[j - 2]
            break
        if b.notes.get("closes_unit") or (b.role == META and _closes_link(blocks, order, j)) \
                or openers.MORE_LINK_RE.match(b.text):
            break  # a teaser's date or its "more" link: the lines above are that teaser's
        # (a share bar's single words under the article's date line, "Visto", "1k", count
        # for nothing: the headline stands over the date)
        if b.role == TEXT and weight(b.text) <= 1 and not under_date and dated_above is None:
            dated_above = _date_above(blocks, order, at)
        seen += b.role == TEXT and (weight(b.text) > 1 or under_date or not dated_above)
        reach += b.role in (TEXT, META)
        under_date = under_date or b.role == META
        # A headline shown twice (a teaser link above, the article's title here) was
        # taken by the cleaner for a repeated link title; as a head it is a headline.
        # (the line right above only as the last step of a breadcrumb trail: a plain
        # line right above is an image's alt text over its caption)
        copies = [m for m in range(max(0, j - HEAD_REACH), j)
                  if blocks[order[m]].folded == b.folded]
        # (not a widget's line shown again with the same line over it: "Read next >" over
        # "Next story in Cancel", twice)
        shown_above = any((m < j - 1 and not (m and blocks[order[m - 1]].folded
                                              == blocks[order[j - 1]].folded))
                          or (m > 0 and blocks[order[m]].kind
                              == blocks[order[m - 1]].kind == "item") for m in copies)
        after_label = j > 0 and (blocks[order[j - 1]].notes.get("after_label") is not None
                                 or cues.RELATED_LABEL_ONLY_RE.match(blocks[order[j - 1]].text))
        # (or shown again below, in a list of related links, when its date follows it)
        # (or right above its lead, in a box of teasers the page shows twice)
        # (or, over its byline or date, named again far below: the page's share box or its
        # "now reading" bar names the article's headline)
        again = where is not None and any(m - j > HEAD_REACH for m in where.get(b.folded, ())) \
            and any(blocks[order[m]].role == META for m in range(j + 1, at))
        # (right above: or over a label the page repeats between its teasers' titles and
        # their leads, "Read this post.", and nothing else)
        # (or over the labels every card of the box prints, "Andalucía Información" /
        # "Andalucía": the box's title, shown once or twice)
        labelled = where is not None and j + 1 < at \
            and _card_label_run(blocks, order, where, j + 1, at)
        right_above = j == at - 1 or labelled or (where is not None and all(
            _teaser_label(blocks, order, where, order[m]) for m in range(j + 1, at)))
        twice = where is not None and (right_above or again) \
            and any(abs(m - j) > 1 for m in where.get(b.folded, ()))
        candidate = b.role == TEXT or (
            b.role == CRUFT and b.cruft_kind == "related_link" and not after_label
            and not b.notes.get("link_card") and not b.notes.get("dated_item")
            and not cues.RELATED_POINTER_RE.match(b.text)  # ("View complete list »")
            and not b.notes.get("inline_box")
            and (copies or twice or labelled or _confirmed(blocks, order, j))) or (
            # (a gallery's headline over its date line, "Photos: First Look at Erich Bergen,
            # Charity Angel Dawson, and the Cast of CHICAGO", read as a photo label)
            b.role == CRUFT and b.cruft_kind == RemovedKind.CAPTION
            and weight(b.text) >= GALLERY_HEAD_MIN_WORDS and cues.PHOTO_LABEL_RE.match(b.text)
            and is_title(_as_text(b)) and _confirmed(blocks, order, j)) or (
            # (a feed card's "VIDEO: ..." title right over its age and its lead, under no
            # other headline, its outlet's name at most: the card's headline, no promo line)
            b.role == CRUFT and b.cruft_kind == RemovedKind.PROMO and j == at - 2 and j > 0
            and _card_title(blocks, order, j)
            and not (blocks[order[j - 1]].role == TEXT and _head_long(blocks[order[j - 1]].text))
            and cues.PROMO_LINK_RE.search(b.text) is not None)
        # (a headline under its date line may carry figures: "... deuda de 14.372,4 millones")
        dated = j == at - 1 and j > 0 and blocks[order[j - 1]].role == META \
            and blocks[order[j - 1]].cruft_kind == MetaKind.DATE
        over_byline = head_dated and head_rank == j + 1
        # (a short title over the date its card glued before the lead: SHORT_TITLE_MIN_WORDS)
        carded = j + 1 < at and blocks[order[j + 1]].notes.get("glued_lead") \
            and blocks[order[j + 1]].role == META and weight(b.text) >= SHORT_TITLE_MIN_WORDS
        # (or a short title right over a lead its box cut short: "DAUGHTER CHARGED" over
        # "As Debe grandmother Sita Jagessar was laid to rest yesterday, ... …")
        # (not a label under a longer title: "Fairphone 2 Test" under "Fairphone 2: Das
        # Smartphone fürs gute Gewissen")
        carded = carded or (j == at - 1 and weight(b.text) >= SHORT_TITLE_MIN_WORDS
                            and _TRUNCATED.search(blocks[order[at]].text) is not None
                            and not (j and blocks[order[j - 1]].role == TEXT
                                     and _head_long(blocks[order[j - 1]].text)))
        # (or a short title stuck under its kicker, over a lead set apart that the card's
        # writer and date close: "Marktrundgang" / "Pao de Acucar" / lead / "Heidrun
        # Mittler 17.10.2023", a trade paper's cards)
        carded = carded or (j == at - 1 and j > 0 and b.gap == 0 and blocks[order[at]].gap >= 1
                            and at + 1 < len(order) and _writer_closes(blocks[order[at + 1]]))
        # (or a short title the breadcrumb trail right above ends with: "Zdroják » Články »
        # Různé » Ještě k testování" over "Ještě k testování", the page's own headline)
        carded = carded or (j > 0 and b.role == TEXT and weight(b.text) >= SHORT_TITLE_MIN_WORDS
                            and _trail_ends_with(blocks[order[j - 1]].text, b.text))
        # (or a title set whole in quotation marks, "“BOMBAS”" (a column's name), right over
        # a lead its date line closes: round 51)
        carded = carded or (j == at - 1 and _QUOTED_LINE.fullmatch(b.text.strip()) is not None
                            and at + 1 < len(order) and blocks[order[at + 1]].role == META
                            and blocks[order[at + 1]].cruft_kind == MetaKind.DATE)
        # (or a short title right over its lead, under its box's label, a section's name:
        # "Opinion" / "Rudd's control issues" / lead, under the box above's titles)
        carded = carded or (j == at - 1 and j > 0 and weight(b.text) >= SHORT_TITLE_MIN_WORDS
                            and blocks[order[j - 1]].folded.strip(" :") in cues.SECTION_NAMES)
        # (a title cut short, "Honours, praises for Emirati woman who saved...", right over
        # a lead its "READ MORE" link closed: :func:`_cut_more_links`)
        shape = Block(text=cues.CUT_TITLE_END_RE.sub("", b.text)) \
            if j == at - 1 and blocks[order[at]].notes.get("more_cut") else _as_text(b)
        # (a line in capitals right under a byline is the writer's house, "By Meg Wagner" /
        # "NEW YORK DAILY NEWS": the headline stands over the byline)
        affiliation = b.text.isupper() and j > 0 and blocks[order[j - 1]].role == META \
            and blocks[order[j - 1]].cruft_kind == MetaKind.BYLINE
        if not candidate or affiliation or not is_title(shape) \
                or not (_head_long(b.text) or carded) \
                or openers.names_line(b.text, min_words=2) or _company_line(b.text) \
                or _DATEISH.search(b.text) or _COUNTED_LABEL.match(b.text) \
                or _numbers_line(b.text, _FIGURE if over_byline
                                 else _QUANTITY if dated else _NUMBER):
            continue
        if head is not None and len(b.text) > len(blocks[head].text) \
                and _bare_words(b.text) == _bare_words(blocks[head].text):
            # the headline as printed above its copy stripped of its marks (Hürriyet's
            # "... kılınacak? İstanbul ..." over "... kılınacak İstanbul ..." and its date)
            head, head_rank, head_dated = order[j], j, _byline_dated(b.text)
            continue
        # A line the page names twice (breadcrumb, teaser link) first; then the nearest.
        score = (shown_above or again, -seen)
        if head is None or score > best or (over_byline and not best[0]
                                            and not _byline_dated(b.text)):
            head, best = order[j], score
            head_rank, head_dated = j, _byline_dated(b.text)
    return head


_NOT_WORD = re.compile(r"[\W_]+")


def _bare_words(text: str) -> str:
    """The line's letters and figures only, folded: a headline and its copy stripped of
    apostrophes and question marks read alike."""
    return _NOT_WORD.sub("", text.casefold())


def _fields_line(text: str) -> bool:
    """A date line made of labelled fields, the writer's and the source's among them
    (:data:`normalizer.cues.text.CJK_FIELD_RE`, at least :data:`cues.CJK_FIELDS_MIN`)."""
    return len(cues.CJK_FIELD_RE.findall(text)) >= cues.CJK_FIELDS_MIN


def _short_head(b: Block) -> bool:
    """A title a word shorter than a head must be (:data:`HEAD_MIN_WORDS`), as a Chinese
    headline of ten characters is: a headline only where its date line says so."""
    return b.role == TEXT and not is_prose(b) and is_title(_as_text(b)) \
        and weight(b.text) >= HEAD_MIN_WORDS - 1


def _writer_date_line(b: Block) -> bool:
    """A line giving a story's writer and its date ("By Nadia Hamdan | KUT • Jun 4,
    2020"): a byline's label opening it (:data:`cues.BYLINE_RE`) and a whole date in it.
    Narrower than :func:`_signed_date_line` (any capitalised word beside the date, an
    outlet's too): a date line over a title is a blog's date header, over a byline never."""
    return cues.BYLINE_RE.match(b.text) is not None and _byline_dated(b.text)


def _date_above(blocks: list[Block], order: list[int], at: int) -> bool:
    """A date line stands within :data:`HEAD_REACH` lines above the lead at rank ``at``,
    under no paragraph: the article's head, over the share bar under it."""
    for j in range(at - 1, max(-1, at - 1 - HEAD_REACH), -1):
        if is_prose(blocks[order[j]]):
            return False
        if blocks[order[j]].role == META and blocks[order[j]].cruft_kind == MetaKind.DATE:
            return True
    return False


#: A company's name alone on its line is at most this long ("The Local Europe AB").
COMPANY_LINE_MAX_WORDS = 6


def _company_line(text: str) -> bool:
    """A company's name with its legal form (:data:`normalizer.cues.openers.COMPANY_SUFFIX_RE`,
    written capitalised: "The Local Europe AB", "Mediahuis Ltd"): the publisher's address
    block or its imprint, never a story's headline (round 32)."""
    if weight(text) > COMPANY_LINE_MAX_WORDS:
        return False
    m = openers.COMPANY_SUFFIX_RE.search(text)
    return m is not None and text.split()[-1][:1].isupper()


def _teaser_label(blocks: list[Block], order: list[int], where: dict[str, list[int]],
                  i: int) -> bool:
    """A chrome label the page repeats over its teasers' leads ("Read this post." between
    each title and its lead): :data:`RECURRING_MIN` times or more, and right above a
    paragraph :data:`RECURRING_UNDER_TITLE` times; a phrase, with a word in lower case (the
    author's name of a related card, repeated with its box, is no teaser's label)."""
    b = blocks[i]
    if b.role != CRUFT or b.cruft_kind != RemovedKind.CHROME \
            or not any(w[:1].islower() for w in b.text.split()):
        return False
    seen = where.get(b.folded, ())
    return len(seen) >= RECURRING_MIN and sum(
        m + 1 < len(order) and is_prose(blocks[order[m + 1]]) for m in seen) \
        >= RECURRING_UNDER_TITLE


#: Lines a teaser card's labels run to between its title and its lead (the outlet's and
#: the section's name: "Andalucía Información", "Andalucía").
CARD_LABEL_RUN_MAX = 2


def _card_label_run(blocks: list[Block], order: list[int], where: dict[str, list[int]],
                    lo: int, hi: int) -> bool:
    """The lines at ranks ``lo`` to ``hi`` (a title's, over a lead) are the labels every
    card of a teaser box prints between its title and its lead, in capitals or not (the
    site's and the section's names, "Andalucía Información" / "Andalucía"): chrome, at
    most :data:`CARD_LABEL_RUN_MAX` lines, the same run of lines :data:`RECURRING_MIN`
    times or more on the page, right above a paragraph :data:`RECURRING_UNDER_TITLE`
    times. (A single name repeated so is :func:`_teaser_label`'s only in a phrase: a
    related box's author under each title with no lead under it is no card's label.)"""
    if not 1 <= hi - lo <= CARD_LABEL_RUN_MAX:
        return False  # (asked of every line over a lead: the long gaps leave at once)
    run = [blocks[order[m]] for m in range(lo, hi)]
    if any(b.role != CRUFT or b.cruft_kind != RemovedKind.CHROME or is_prose(b)
                   or not _label_named(b.text) for b in run):
        return False
    folded = [b.folded for b in run]
    starts = [m for m in where.get(folded[0], ()) if m + len(run) < len(order)
              and [blocks[order[m + n]].folded for n in range(len(run))] == folded]
    # (each card its own story: the lines over the runs differ; a widget shown again and
    # again between an article's paragraphs, "The 14 Best Electric Bikes ..." over its
    # writer "Adrienne So", repeats its title with its labels)
    titles = {blocks[order[m - 1]].folded for m in starts if m}
    return len(titles) >= RECURRING_MIN and sum(
        is_prose(blocks[order[m + len(run)]]) for m in starts) >= RECURRING_UNDER_TITLE


def _label_named(text: str) -> bool:
    """A card's label is a name: :data:`CARD_LABEL_MAX_WORDS` words at most, each opening
    with a capital ("Andalucía Información"), no digit or colon (a database's controls,
    "選択部分を辞書で検索：から検索", are no card's label)."""
    words = text.split()
    return 0 < len(words) <= CARD_LABEL_MAX_WORDS and not _DIGIT_OR_COLON.search(text) \
        and all(w[:1].isupper() for w in words)


_DIGIT_OR_COLON = re.compile(r"[\d:：]")


#: A headline of fewer than :data:`HEAD_MIN_WORDS` words is one still when its words are
#: long (German compounds: "POL-ST: Rheine, Verkehrsunfallflucht").
HEAD_MIN_CHARS = 30


def _trail_ends_with(trail: str, title: str) -> bool:
    """``trail`` is a breadcrumb trail (:data:`_BREADCRUMB`) whose last step is ``title``."""
    steps = _BREADCRUMB.split(trail.strip())
    return len(steps) >= 2 and steps[-1].strip().casefold() == title.strip().casefold()


def _head_long(text: str) -> bool:
    n = weight(text)
    return n >= HEAD_MIN_WORDS or (n == HEAD_MIN_WORDS - 1 and len(text.strip()) >= HEAD_MIN_CHARS)


def _feed_leads(blocks: list[Block], order: list[int]) -> dict[int, int]:
    """Leads that are no sentences, in a feed whose rhythm shows them.

    Where a page has a run of teasers (a headline right above a one-line lead, again
    and again), a headline over a longer line that is no sentence ("... inquest result",
    "... Continue reading →") is a teaser too, if the line after it is no other headline.
    """
    pairs = 0
    for k in range(len(order) - 1):
        t, lead = blocks[order[k]], blocks[order[k + 1]]
        if t.role == TEXT and is_title(t) and weight(t.text) >= HEAD_MIN_WORDS and is_prose(lead):
            after = blocks[order[k + 2]] if k + 2 < len(order) else None
            if after is None or not is_prose(after):
                pairs += 1
    if pairs < RHYTHM_MIN_UNITS:
        return {}
    found = {}
    for k in range(len(order) - 1):
        t, lead = blocks[order[k]], blocks[order[k + 1]]
        if not (t.role == lead.role == TEXT and lead.kind == "p" and is_title(t)
                and weight(t.text) >= HEAD_MIN_WORDS and not is_prose(lead)):
            continue
        if weight(lead.text) < FEED_LEAD_MIN_WORDS or weight(lead.text) <= weight(t.text) \
                or _title_cased(lead.text):
            continue  # ("Drone Delivery Sparks Chaos in ...": a second title, not a lead)
        if _LIST_INTRO.search(lead.text) and k + 2 < len(order) \
                and blocks[order[k + 2]].role == TEXT and not is_prose(blocks[order[k + 2]]):
            continue  # (a colon over the points below it: a story's list, no teaser's lead)
        after = blocks[order[k + 2]] if k + 2 < len(order) else None
        if after is not None and after.role == TEXT and weight(after.text) >= HEAD_MIN_WORDS:
            continue
        found[order[k + 1]] = order[k]
    return found


#: A line whose long words nearly all open with a capital is written in title case: a
#: headline, never a teaser's lead ("Drone Delivery Sparks Chaos in Hilarious Sci-Fi Novel").
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_WORDS = 4


def _title_cased(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= TITLE_CASE_MIN_WORDS \
        and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _confirmed(blocks: list[Block], order: list[int], at: int) -> bool:
    """The title at rank ``at`` has its byline or date line right under it (or a line
    holding a whole date that the cleaner left as text: :func:`_byline_dated`)."""
    if at + 1 >= len(order):
        return False
    under = blocks[order[at + 1]]
    return under.role == META or (under.role == TEXT and not is_prose(under)
                                  and not _SENTENCE_END.search(under.text)
                                  and _byline_dated(under.text))


def _over_dated_line(blocks: list[Block], order: list[int], at: int) -> bool:
    """The title at rank ``at`` stands over a short line holding a whole date
    (:func:`_byline_dated`) that the cleaner left as text or took for a link (where the
    page shows it twice): the title's own source and date line."""
    if at + 1 >= len(order):
        return False
    under = blocks[order[at + 1]]
    return (under.role == TEXT or under.cruft_kind == RemovedKind.RELATED_LINK) \
        and not is_prose(under) and "cells" not in under.notes \
        and not _SENTENCE_END.search(under.text) and _byline_dated(under.text)


def _confirmed_over_label(blocks: list[Block], order: list[int], at: int) -> bool:
    """The title at rank ``at`` has its byline or date line under a short label (the
    author's name shown over "By NAME", an avatar's alt text, a section's name)."""
    return at + 2 < len(order) and blocks[order[at + 1]].role in (TEXT, CRUFT) \
        and weight(blocks[order[at + 1]].text) <= LABEL_MAX_WORDS \
        and blocks[order[at + 2]].role == META


def _confirmed_head_far_above(blocks: list[Block], order: list[int], at: int) -> int | None:
    """A headline with its byline or date under it, above a box of chrome (share buttons,
    a photo, related links) that stands between it and the story's first paragraph."""
    found = None  # the topmost: the box may list related stories with their dates
    for j in range(at - 1, max(-1, at - 1 - FAR_REACH), -1):
        b = blocks[order[j]]
        if is_prose(b) or b.notes.get("closes_unit"):
            if _asked_headline(b) and _confirmed(blocks, order, j):
                found = order[j]  # a long question over its byline and date
            break  # (a teaser's date closes it: what stands above is that teaser's)
        if b.role == TEXT and is_title(b) and weight(b.text) >= HEAD_MIN_WORDS \
                and (_confirmed(blocks, order, j) or _confirmed_over_label(blocks, order, j)):
            found = order[j]
            if openers.names_line(b.text) and j and blocks[order[j - 1]].role == TEXT \
                    and is_title(blocks[order[j - 1]]) \
                    and weight(blocks[order[j - 1]].text) >= HEAD_MIN_WORDS:
                found = order[j - 1]  # the headline over its authors' names and date
        elif b.role == TEXT and is_title(b) and weight(b.text) >= HEAD_MIN_WORDS \
                and j + 1 < at and blocks[order[j + 1]].role == CRUFT \
                and _dated(blocks[order[j + 1]]) and not openers.names_line(b.text) \
                and not (j and blocks[order[j - 1]].role == META):
            # another teaser's title over its date, which the cleaner took for a list's
            # ("１２月８日に中学入試体験会..." / "2024/12/03 16:00"): no box of the story's
            # (a line under a byline is the byline's: "Staff Reporters of The Wall Street
            # Journal" over "02/06/2002")
            break
    return found


def _dated(b: Block) -> bool:
    """A date line, whatever it was marked ("2024/12/03 16:00" under a teaser's title)."""
    return has_digit(b.text) and parse_date(b.text) is not None and split_date_line(b.text)[0]


#: A line wholly in brackets: a note.
_PARENTHESISED = re.compile(r"\s*\([^()]+\)\s*")
#: A sentence's end inside a line, before the next sentence's capital.
_INNER_STOP = re.compile(r"[.!?。！？][\"'”’»)]*\s+[A-ZÀ-ÞĀ-Ž]")


def _asked_headline(b: Block) -> bool:
    """A headline that asks, long enough to read as prose (:func:`is_prose`: "Colonel Barry
    accusé pour « vol aggravé » : vers la projection de la vidéo de toute la vérité ?"):
    one question of a headline's length. Taken as the head only over its byline or date
    line (:func:`_confirmed`), which no paragraph stands over."""
    return b.role == TEXT and bool(_QUESTION_END.search(b.text)) \
        and weight(b.text) <= TITLE_MAX_WORDS and not _INNER_STOP.search(b.text)


#: A line of up to this many words that a page shows this many times or more is its
#: layout's (an ad slot's notice under each ad), whatever its shape: no paragraph of a
#: story is shown four times (:func:`_drop_repeated_lines`).
REPEATED_LINE_MAX_WORDS = 8
REPEATED_LINE_MIN = 4


def _mark_repeated_labels(blocks: list[Block], order: list[int]) -> None:
    """A short line the page repeats again and again is a button or a label of its
    layout ("SaveRemove", "Weiterlesen", "VIDEO", "Full Article"), never story text."""
    counts: dict[str, int] = {}
    for i in order:
        b = blocks[i]
        if b.role == TEXT and weight(b.text) <= LABEL_MAX_WORDS:
            counts[b.folded] = counts.get(b.folded, 0) + 1
    for i in order:
        b = blocks[i]
        if b.role == TEXT and counts.get(b.folded, 0) >= RHYTHM_MIN_UNITS \
                and weight(b.text) <= LABEL_MAX_WORDS:
            b.mark(CRUFT, RemovedKind.CHROME)


def _mark_repeated_notices(blocks: list[Block], order: list[int]) -> None:
    """A sentence, however long, the page shows :data:`REPEATED_LINE_MIN` times or more right
    under a date or byline line: a theme's notice atop each post of an archive ("Fog &
    Fireflies has released today! Join me at ..."), the page's layout, neither a story's
    paragraph nor a headline. (A story reposted in several posts repeats its paragraphs,
    none under each post's date; a headline repeated is no sentence.)"""
    atop = [i for above, i in zip(order, order[1:], strict=False)
            if blocks[above].role == META and blocks[i].role == TEXT
            and weight(blocks[i].text) > REPEATED_LINE_MAX_WORDS
            and _SENTENCE_END.search(blocks[i].text)]
    counts = Counter(blocks[i].folded for i in atop)
    for i in atop:
        b = blocks[i]
        if counts[b.folded] >= REPEATED_LINE_MIN and not openers.CLOSING_CREDIT_RE.match(b.text):
            b.mark(CRUFT, RemovedKind.CHROME)
            b.notes["repeated_notice"] = True


def _drop_repeated_lines(blocks: list[Block], order: list[int]) -> None:
    """A line of up to :data:`REPEATED_LINE_MAX_WORDS` words the page shows
    :data:`REPEATED_LINE_MIN` times or more, in stories or out, is its layout's (an ad
    slot's "Don't want to see this? Remove ads"), never a story's paragraph."""
    counts: dict[str, int] = {}
    for i in order:
        if weight(blocks[i].text) <= REPEATED_LINE_MAX_WORDS:
            counts[blocks[i].folded] = counts.get(blocks[i].folded, 0) + 1
    for i in order:
        b = blocks[i]
        if b.role == TEXT and not b.notes.get("unit_start") \
                and counts.get(b.folded, 0) >= REPEATED_LINE_MIN \
                and not openers.CLOSING_CREDIT_RE.match(b.text):  # (each wire story's credit)
            b.mark(CRUFT, RemovedKind.CHROME)
            b.notes.pop("lead", None)


#: A topic-tag line: a short label, a colon, a list of short items ("Tags: Geneva,
#: nuclear deal", "الوسوم: جنيف، الاتفاق النووي", "Schlagwörter : Blog, Mode, ..."). A label
#: with a hyphen is a press office's code over a headline ("POL-ST: Rheine, Unfallflucht").
_TAG_LINE = re.compile(r"^[^\W\d_][^:：.!?\-]{0,24}?\s*[:：]\s*"
                       r"[^,،、.!?]{1,40}(?:\s*[,،、]\s*[^,،、.!?]{1,40})+\s*$")


TAG_MAX_WORDS = 4


#: A ranked box ("most read": 1, title, time, 2, title, time, ...) needs this many numbers.
RANKED_LIST_MIN_ITEMS = 3
#: ... each within this many lines of the one before.
RANKED_ITEM_MAX_LINES = 4


def _mark_ranked_lists(blocks: list[Block], order: list[int]) -> set[int]:
    """A box of ranked teasers: lines that are only the numbers 1, 2, 3 ... in order, each
    over a title (and perhaps its time). Every line of the box is a link to another story,
    the title after the last number too, however much it looks like a headline. Returns
    the box's lines, which head no story."""
    boxed: set[int] = set()
    numbers = [k for k, i in enumerate(order)
               if blocks[i].text.strip().isdigit() and len(blocks[i].text.strip()) <= 2]
    runs: list[list[int]] = []
    for k in numbers:
        value = int(blocks[order[k]].text)
        if runs and value == int(blocks[order[runs[-1][-1]]].text) + 1 \
                and k - runs[-1][-1] <= RANKED_ITEM_MAX_LINES:
            runs[-1].append(k)
        elif value == 1:
            runs.append([k])
    for run in runs:
        if len(run) < RANKED_LIST_MIN_ITEMS:
            continue
        end = run[-1] + 1  # the last item: its title, then its time lines
        while end < len(order) and blocks[order[end]].role == META:
            end += 1
        end += 1
        while end < len(order) and blocks[order[end]].role == META \
                and blocks[order[end]].cruft_kind == MetaKind.DATE:
            end += 1
        for k in range(run[0], min(end, len(order))):
            b = blocks[order[k]]
            boxed.add(order[k])
            if b.role in (TEXT, HEADLINE):
                b.mark(CRUFT, RemovedKind.RELATED_LINK)
    return boxed


#: A dated title list's items above a title, at least this many (each a title the rhythm
#: took for a link, then its date line, perhaps a section's label), make it the list's last.
DATED_LIST_MIN_ITEMS = RHYTHM_MIN_UNITS
#: ... when its unit holds at most this many lines of text (a promo's sentence under it).
DATED_LIST_TAIL_LINES = 1


def _dated_list_items_above(blocks: list[Block], order: list[int], k: int) -> int:
    """How many items of a dated title list (title, date line, perhaps a label) stand
    right above position ``k``, the nearest first."""
    items, j = 0, k - 1
    while j >= 1:
        if blocks[order[j]].role == CRUFT and weight(blocks[order[j]].text) <= LABEL_MAX_WORDS:
            j -= 1  # a section's label over the next title ("Loterias")
        date, title = blocks[order[j]], blocks[order[j - 1]]
        if not (date.role == META and date.cruft_kind == MetaKind.DATE
                and title.role == CRUFT and is_title(_as_text(title))
                and weight(title.text) >= HEAD_MIN_WORDS):
            break
        items += 1
        j -= 2
    return items


def _dated_list_unit(blocks: list[Block], order: list[int], k: int, end: int) -> bool:
    """The unit from position ``k`` to ``end`` is a dated title list from its head on:
    title, date line, again and again (:data:`DATED_LIST_MIN_ITEMS` times at least after
    the head), then no text up to the next unit, each title a short line (a list's title
    may close with a full stop: "Lagopratense de 54 anos tem morte confirmada por
    Covid-19.", which the unit took for the head's lead)."""
    items, j = 0, k
    while j + 1 < end:
        title, date = blocks[order[j]], blocks[order[j + 1]]
        if not (date.role == META and date.cruft_kind == MetaKind.DATE) \
                or title.role not in (TEXT, CRUFT) or weight(title.text) > TITLE_MAX_WORDS \
                or (title.role == TEXT and _SENTENCE_END.search(title.text.rstrip()[:-1])):
            break
        items, j = items + 1, j + 2
    return items > DATED_LIST_MIN_ITEMS \
        and not any(blocks[order[m]].role == TEXT for m in range(j, end))


def _drop_dated_list_tails(blocks: list[Block], order: list[int]) -> None:
    """The last title of a dated title list ("Latest": title, date, title, date, ...) is
    a link like the others, though a line of prose stands below it (the footer's promo,
    "Subscribe and read without limits."): a unit headed by a title with its date line
    under it, right after :data:`DATED_LIST_MIN_ITEMS` such items taken for links, and
    holding no more than :data:`DATED_LIST_TAIL_LINES` lines of text, is the list's."""
    starts = [k for k, i in enumerate(order)
              if blocks[i].role == TEXT and blocks[i].notes.get("unit_start")]
    for n, k in enumerate(starts):
        nxt = k + 1
        if nxt >= len(order) or not (blocks[order[nxt]].role == META
                                     and blocks[order[nxt]].cruft_kind == MetaKind.DATE):
            continue
        end = starts[n + 1] if n + 1 < len(starts) else len(order)
        texts = [order[j] for j in range(nxt, end) if blocks[order[j]].role == TEXT]
        if (len(texts) > DATED_LIST_TAIL_LINES
                or _dated_list_items_above(blocks, order, k) < DATED_LIST_MIN_ITEMS) \
                and not _dated_list_unit(blocks, order, k, end):
            continue
        _drop_unit(blocks, order[k], texts)
        blocks[order[k]].cruft_kind = RemovedKind.RELATED_LINK


#: A numbered item's title: its number, a full stop or a parenthesis, then the title
#: ("1. World's talking about Adani", "2) Why ..."); a newsletter's items count up from 1.
_NUMBERED_TITLE = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<title>\S.*)$")
#: A numbered item's body starts within this many lines under its title (a sub-heading
#: between), and goes on while no more than this many other lines (sub-headings, a
#: label) stand between two of its prose lines.
NUMBERED_BODY_REACH = 3
NUMBERED_BODY_GAP = 2


def _numbered_body(b: Block) -> bool:
    """A line of an item's body: prose, bulleted or not (a newsletter's items are written
    as bullet points), wherever the rhythm has put it so far."""
    return b.role in (TEXT, CRUFT) and b.cruft_kind in (None, RemovedKind.CHROME) \
        and is_prose(Block(text=b.text))


def _numbered_span(blocks: list[Block], order: list[int], k: int, end: int) -> int:
    """Where the body of the numbered title at ``k`` ends (the position after its last
    prose line, before ``end``), or ``k`` when no body stands right under it."""
    last, j = k, k + 1
    while j < end and j - last <= (NUMBERED_BODY_REACH if last == k else NUMBERED_BODY_GAP + 1):
        if _numbered_body(blocks[order[j]]):
            last = j
        j += 1
    return last + 1 if last > k else k


def _mark_numbered_items(blocks: list[Block], order: list[int]) -> None:
    """A newsletter's numbered items ("1. Title", its bullet points and sub-headings, "2.
    Title", ...): each title with prose right under it opens a story of its own, headed by
    its title without the number (it counts the mail's items, no word of the headline),
    its body (bullet points, sub-headings) the story's text. The items must count up from
    1 with no gap, :data:`RANKED_LIST_MIN_ITEMS` of them or more, most with a body (a
    ranked box of links has none: :func:`_mark_ranked_lists`). A title shown twice in a
    row (the mail's plain and typeset copies) heads its item once, as its second copy; an
    item with no prose under it (a quiz's clues, a teaser for the next mail) is no story:
    its title is chrome, and its lines up to the next item with it. The one date line above
    the items (the mail's date) dates each of them: a copy of it is put under each title
    that has none (the record's ``removed`` lists it as each story's metadata)."""
    items: list[tuple[int, int]] = []  # (position in order, number)
    for k, i in enumerate(order):
        b = blocks[i]
        m = _NUMBERED_TITLE.match(b.text) if b.role in (TEXT, CRUFT) and b.kind != "item" \
            else None
        if m and (is_title(Block(text=m.group("title")))
                  or _TRUNCATED.search(m.group("title"))):  # "... only in court, not..."
            items.append((k, int(m.group("n"))))
    runs: list[list[tuple[int, int]]] = []
    for k, n in items:
        if runs and n == runs[-1][-1][1] and k == runs[-1][-1][0] + 1:
            runs[-1].append((k, n))  # the same title again, right under the first copy
        elif runs and n == runs[-1][-1][1] + 1:
            runs[-1].append((k, n))
        elif n == 1:
            runs.append([(k, n)])
    issued: dict[str, list[int]] = {}  # the issue's date line -> the item titles it dates
    for run in runs:
        heads = [k for j, (k, n) in enumerate(run) if j + 1 == len(run) or run[j + 1][1] != n]
        if len(heads) < RANKED_LIST_MIN_ITEMS:
            continue
        bounds = [*heads[1:], len(order)]
        spans = [_numbered_span(blocks, order, k, end) for k, end in zip(heads, bounds,
                                                                         strict=True)]
        if 2 * sum(span > k for k, span in zip(heads, spans, strict=True)) <= len(heads):
            continue
        for k in {k for k, _ in run} - set(heads):
            blocks[order[k]].mark(CRUFT, RemovedKind.CHROME)
        for k, span, end in zip(heads, spans, bounds, strict=True):
            i = order[k]
            if span == k:
                blocks[i].mark(CRUFT, RemovedKind.CHROME)
                if end < len(order):  # (a quiz's clues up to the next item)
                    for j in range(k + 1, end):
                        if blocks[order[j]].role == TEXT:
                            blocks[order[j]].mark(CRUFT, RemovedKind.CHROME)
                continue
            for j in range(k + 1, span):
                b = blocks[order[j]]
                if b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME:
                    b.mark(TEXT)
            m = _NUMBERED_TITLE.match(blocks[i].text)
            assert m is not None
            title = Block(text=m.group("title").strip(), kind=blocks[i].kind,
                          gap=blocks[i].gap, notes=dict(blocks[i].notes))
            title.notes["unit_start"] = True
            blocks[i] = title
        dated = [b for b in (blocks[order[k]] for k in range(run[0][0]))
                 if b.role == META and b.cruft_kind == MetaKind.DATE]
        if len(dated) == 1:  # the issue's date, atop the mail: each item's
            issued[dated[0].text] = [order[k] for k, span in zip(heads, spans, strict=True)
                                     if span > k and not any(
                                         blocks[order[j]].role == META
                                         and blocks[order[j]].cruft_kind == MetaKind.DATE
                                         for j in range(k, span))]
    for text, titles in issued.items():
        for i in sorted(titles, reverse=True):
            date = Block(text=text, kind=BlockKind.P, gap=blocks[i].gap)
            date.mark(META, MetaKind.DATE)
            date.notes.update(story_date=True, issue_date=True)
            blocks.insert(i + 1, date)


#: The names a picture's credit gives (the outlets table's photo credits).
_PICTURE_AGENCIES = frozenset(cues.PHOTO_AGENCIES)


def _mark_picture_credits(blocks: list[Block], order: list[int]) -> None:
    """A picture's credit flattened between an article's standfirst and its body: a lone
    label ("Cortesía", "Foto") and the credit's name shown twice on one line (the image's
    alt text and its caption: "EFE EFE"), or a lone illustration label ("IMAGEN DE
    REFERENCIA", :data:`cues.ILLUSTRATION_ONLY_RE`) with the agency's name alone beside
    it. The name is no sign-off closing the story, and the label no paragraph of it."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role == TEXT and openers.PHOTO_CREDIT_LABEL_RE.match(b.text):
            b.mark(CRUFT, RemovedKind.CREDIT)
            continue
        if b.role == TEXT and cues.ILLUSTRATION_ONLY_RE.match(b.text):
            b.mark(CRUFT, RemovedKind.CAPTION)  # "IMAGEN DE REFERENCIA", "Symbolbild"
            for j in order[max(0, k - 1):k + 2:2]:  # the picture's credit beside it ("EFE")
                if blocks[j].text.strip() in _PICTURE_AGENCIES:
                    blocks[j].notes.pop("signoff", None)
                    blocks[j].mark(CRUFT, RemovedKind.CREDIT)
            continue
        if b.role in (TEXT, CRUFT) and cues.SCREEN_READER_CAPTION_RE.match(b.text):
            b.mark(CRUFT, RemovedKind.CAPTION)  # "Image caption ...", never a headline
            above = blocks[order[k - 1]] if k else None
            if above is not None and above.role == TEXT and not is_prose(above) \
                    and weight(above.text) <= INLINE_CAPTION_MAX_WORDS + 2:
                above.mark(CRUFT, RemovedKind.CREDIT)  # its picture's credit over it
            continue
        if b.role == TEXT and credited_caption(b.text):
            b.mark(CRUFT, RemovedKind.CAPTION)  # "... — Picture by X", "... (Photo: X)"
            continue
        nxt = blocks[order[k + 1]] if k + 1 < len(order) else None
        if b.role == TEXT and nxt is not None and nxt.text.strip() in _PICTURE_AGENCIES \
                and b.text.startswith(nxt.text.strip() + " ") and not is_prose(b):
            # "Getty Images City of London timelapse" over "Getty Images": a picture's alt
            # text opened by its credit, the credit alone under it; never a headline
            b.mark(CRUFT, RemovedKind.CAPTION)
            nxt.mark(CRUFT, RemovedKind.CREDIT)
            continue
        words = b.text.split()
        doubled = len(words) % 2 == 0 and len(words) >= 2 \
            and words[: len(words) // 2] == words[len(words) // 2:]
        if not b.notes.get("signoff") or not (doubled or _headline_above(blocks, order, k)
                                              and _credited_pictures(blocks, b.text)):
            continue
        nxt = next((blocks[j] for j in order[k + 1:] if blocks[j].role != CRUFT), None)
        if nxt is not None and nxt.role == TEXT and is_prose(nxt):
            b.notes.pop("signoff", None)  # the article goes on under its picture
            b.mark(CRUFT, RemovedKind.CREDIT)


#: Lines above a writer's bio their name may stand alone on (the name, then a phone or
#: a handle, then the bio).
AUTHOR_BOX_REACH = 2


def _mark_author_boxes(blocks: list[Block], order: list[int]) -> None:
    """A writer's box set between a page's stories: their name alone on a line, then (a
    phone line or a handle, and) a bio that opens with the name and tells their trade or
    beat ("Sarah Moreno" / "305-376-2217" / "Sarah Moreno cubre temas de negocios, ...":
    :data:`cues.BIO_RE`, :data:`cues.BIO_BEAT_RE`). The bio is the box's, no story's lead."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or not is_prose(b):
            continue
        m = cues.BIO_RE.match(b.text) or cues.BIO_BEAT_RE.match(b.text)
        if m is None:
            continue
        name = m.group("name").strip().casefold()
        box = [blocks[order[j]] for j in range(max(0, k - AUTHOR_BOX_REACH), k)]
        if any(o.folded == name for o in box):
            b.mark(CRUFT, RemovedKind.OTHER)
            for o in box:
                if o.folded == name and o.role == TEXT:
                    o.mark(CRUFT, RemovedKind.OTHER)


#: Lines of a writer's card under their name (:func:`_mark_writer_cards`): their post and
#: their handle, at most this many, each at most this many words.
WRITER_CARD_LINES = 2
WRITER_CARD_LINE_MAX_WORDS = 20


def _mark_writer_cards(blocks: list[Block], order: list[int]) -> None:
    """A writer's card set inside the article: the name its byline gives, alone on a line,
    then their post and their handle ("Bradley D. Marianno" / "Assistant Professor of
    Educational Policy & Leadership - University of Nevada, Las Vegas" / "BradMarianno"),
    between two paragraphs. The post reads as a sub-heading; it is the card's, as the name
    is."""
    bylines = _writer_lines(blocks)
    if not bylines:
        return
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or not openers.person_name(b.text) \
                or not any(line.startswith(b.folded) and line != b.folded for line in bylines):
            continue
        card = []
        for j in order[k + 1:k + 1 + WRITER_CARD_LINES]:
            o = blocks[j]
            if o.role != TEXT or is_prose(o) or weight(o.text) > WRITER_CARD_LINE_MAX_WORDS:
                break
            card.append(j)
        end = k + 1 + len(card)
        if card and end < len(order) and is_prose(blocks[order[end]]):
            for j in (i, *card):
                blocks[j].mark(CRUFT, RemovedKind.OTHER)


#: A bio's opening (:func:`_mark_closing_bios`): a name, then "is a", "is the", "was an"
#: (the post: "Matt Duss is the foreign policy advisor to ..."), or a verb of a beat or a
#: bio other than "is" (:data:`cues.BIO_BEAT_RE`: "Patrick Iber teaches history at ...");
#: not "Amalgamated Bank is suing ...".
_BIO_IS = r"\s+(?:is|was|ist|war|est|es|è|é|fue|foi)\s"
_BIO_IS_RE = re.compile(_BIO_IS)
_BIO_POST = re.compile(_BIO_IS + r"\s*(?:a|an|the|ein|eine|un|une|uno|una|um|uma|il|lo|la|le"
                       r"|el|o)\s")


def _bio_opening(text: str) -> re.Match[str] | None:
    """The name and verb opening a bio (:data:`_BIO_POST`), or None."""
    m = cues.BIO_BEAT_RE.match(text)
    if m is None or not openers.person_name(m.group("name").strip()):
        return None
    rest = text[m.end("name"):]
    return m if _BIO_POST.match(rest) or not _BIO_IS_RE.match(rest) else None


def _writer_lines(blocks: list[Block]) -> list[str]:
    """The page's byline lines, folded (a byline may carry the date: "Bradley D. Marianno
    Thursday, March 25, 2021"), where a writer's card or bio finds its name."""
    return [b.folded for b in blocks
            if b.role == META and b.cruft_kind in (MetaKind.BYLINE, MetaKind.DATE)]


#: The article's next paragraph stands at least this many lines under a run of bios for
#: the run to close the article (:func:`_mark_closing_bios`).
CLOSING_BIO_REACH = 5
#: ... and at least this many lines of the page stand under them.
CLOSING_BIO_FURNITURE = 2


def _mark_closing_bios(blocks: list[Block], order: list[int]) -> None:
    """The writers' bios closing an article: its last paragraphs, each opening with a
    person's name and a bio's verb ("Jim Frawley is a coach, consultant, and the CEO ...",
    "Matt Duss is the foreign policy advisor to ..." / "Patrick Iber teaches history at
    ...": :data:`cues.BIO_BEAT_RE`), one of them naming the writer its byline gives,
    and no paragraph of the article under them (share buttons, ads, the footer follow).
    They are the page's notes on its writers, not the story."""
    writers = _writer_lines(blocks)
    if not writers:
        return
    prose = [k for k, i in enumerate(order) if blocks[i].role == TEXT and is_prose(blocks[i])]
    n = 0
    while n < len(prose):
        run = [n]  # the bio-shaped paragraphs from here, one under another
        while run[-1] + 1 < len(prose) and prose[run[-1] + 1] - prose[run[-1]] <= INNER_GAP + 1:
            run.append(run[-1] + 1)
        # the run's tail of bios, each a name and a verb, read from its end (no bio
        # test of the paragraphs above it)
        names: list[re.Match[str]] = []
        while len(names) < len(run) and (
                bio := _bio_opening(blocks[order[prose[run[-1 - len(names)]]]].text)) is not None:
            names.insert(0, bio)
        start = len(run) - len(names)
        after = prose[run[-1] + 1] if run[-1] + 1 < len(prose) else len(order) + CLOSING_BIO_REACH
        # (the page's furniture under them: a mail or a database's record that ends with
        # its story's note on the writer keeps it, as the story's last line)
        furnished = len(order) - 1 - prose[run[-1]] >= CLOSING_BIO_FURNITURE
        if start < len(run) and start > 0 and after - prose[run[-1]] >= CLOSING_BIO_REACH \
                and furnished \
                and any(bio.group("name").strip().casefold() in line
                        for bio in names for line in writers):
            for m in run[start:]:
                blocks[order[prose[m]]].mark(CRUFT, RemovedKind.OTHER)
        n = run[-1] + 1


_ALNUM = re.compile(r"[^\W_]")


def _site_blurb(text: str) -> bool:
    """A site's description of itself for search engines (:data:`openers.SITE_BLURB_RE`)."""
    return openers.SITE_BLURB_RE.match(text) is not None \
        and len(openers.SITE_BLURB_NEWS_RE.findall(text)) >= openers.SITE_BLURB_NEWS_MIN


def _headline_above(blocks: list[Block], order: list[int], k: int) -> bool:
    """The line right above rank ``k`` is a title line of text (an article's headline)."""
    above = blocks[order[k - 1]] if k else None
    return above is not None and above.role == TEXT and not is_prose(above) \
        and is_title(_as_text(above))


def _credited_pictures(blocks: list[Block], name: str) -> bool:
    """The page's captions credit pictures to ``name`` ("Фото: Reuters", "Photo: AFP"): a
    line of the page labelled as a picture's, ending with the name. Under the headline,
    over the first paragraph, the name alone is then the lead picture's credit (AiF's
    "Reuters"), not the story's source."""
    name = name.strip()
    return any(b.text.rstrip(" .").endswith(name) and b.text.strip() != name
               and openers.PHOTO_LABEL_RE.search(b.text) for b in blocks)


#: The longest picture caption a credit line closes inside an article ("Павел Вовк" over
#: "Источник: Фундация DEJURE"): a name or a short label, no sentence.
INLINE_CAPTION_MAX_WORDS = 6
#: The longest line that is only a card's date and time ("23. 12. 2024 13:31").
CARD_DATE_MAX_WORDS = 5


def _mark_credits_inside_articles(blocks: list[Block], order: list[int]) -> None:
    """A source label ("Источник: X", "Source: X") right under a short caption line, with
    the article's paragraphs going on above and below, is its picture's credit: it ends
    no story and names no source of it (a closing "Source: Xinhua" stands after the last
    paragraph)."""
    for k in range(1, len(order) - 1):
        b, cap = blocks[order[k]], blocks[order[k - 1]]
        if b.role != CRUFT or b.cruft_kind != RemovedKind.COPYRIGHT or "source_line" in b.notes:
            continue
        if cap.role != TEXT or is_prose(cap) or weight(cap.text) > INLINE_CAPTION_MAX_WORDS \
                or _SENTENCE_END.search(cap.text):
            continue
        above = k > 1 and is_prose(blocks[order[k - 2]])
        below = any(is_prose(blocks[order[j]]) for j in range(k + 1, min(len(order), k + 3)))
        if above and below:
            cap.mark(CRUFT, RemovedKind.CAPTION)
            b.mark(CRUFT, RemovedKind.CREDIT)
            b.notes.pop("signoff", None)


def _mark_cards_inside_articles(blocks: list[Block], order: list[int]) -> None:
    """Between two paragraphs of an article, a title line over a line that is only its
    date and time ("Se stigmatem zločinu ...", "23. 12. 2024 13:31") is a card linking
    another article, not a sub-heading (which no date follows); and a short line right
    under a picture's credit ("Foto: X", then "Michal Redl.") is that picture's caption."""
    for k in range(1, len(order) - 2):
        b, nxt = blocks[order[k]], blocks[order[k + 1]]
        if b.role != TEXT or is_prose(b) or not is_prose(blocks[order[k - 1]]) \
                or not is_prose(blocks[order[k + 2]]):
            continue
        # (a date line the cleaner took for the article's own is metadata: no card's)
        if nxt.role == CRUFT and _DATEISH.search(nxt.text) \
                and weight(nxt.text) <= CARD_DATE_MAX_WORDS and is_title(_as_text(b)):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
    _mark_media_cards_inside_articles(blocks, order)
    _mark_labelled_boxes_inside_articles(blocks, order)
    _mark_kicked_cards_inside_articles(blocks, order)
    _mark_twin_title_cards(blocks, order)
    for k in range(1, len(order) - 1):
        b, credit = blocks[order[k]], blocks[order[k - 1]]
        if b.role == TEXT and not is_prose(b) and weight(b.text) <= INLINE_CAPTION_MAX_WORDS \
                and credit.role == CRUFT and credit.cruft_kind in ("caption", "credit") \
                and openers.PHOTO_CREDIT_LABEL_RE.match(credit.text.split(":")[0] + ":") \
                and is_prose(blocks[order[k + 1]]):
            b.mark(CRUFT, RemovedKind.CAPTION)


#: A "read also" box set between an article's paragraphs holds at most this many lines
#: under its label (its titles, their dates).
INLINE_BOX_MAX_LINES = 6


def _mark_labelled_boxes_inside_articles(blocks: list[Block], order: list[int]) -> None:
    """Between two paragraphs of an article, a "read also" box: its label
    (:data:`cues.RELATED_LABEL_ONLY_RE`: "Czytaj również"), then titles, each perhaps over
    its date line, and nothing else but the last title's lead cut short ("... war am 14.
    ..."), the article's next paragraph under the last
    (:data:`INLINE_BOX_MAX_LINES` lines at most). Its titles link other articles: none
    heads the paragraph under the box, which goes on the article above; its dates are the
    linked articles', not this one's."""
    for k in range(1, len(order) - 2):
        label = blocks[order[k]]
        if label.role != CRUFT or not is_prose(blocks[order[k - 1]]) \
                or not cues.RELATED_LABEL_ONLY_RE.match(label.text):
            continue
        end = k + 1
        while end < len(order) and end - k <= INLINE_BOX_MAX_LINES \
                and not is_prose(blocks[order[end]]):
            end += 1
        if end >= len(order) or end - k > INLINE_BOX_MAX_LINES or end == k + 1:
            continue
        cut = blocks[order[end]]  # the last title's lead, cut by the box ("... am 14. ...")
        lead = [cut] if end + 1 < len(order) and cues.ELLIPSIS_END_RE.search(cut.text) \
            and cut.role == TEXT and is_prose(blocks[order[end + 1]]) else []
        box = [blocks[order[j]] for j in range(k + 1, end)]
        dated = [b for b in box if (b.role == META and b.cruft_kind == MetaKind.DATE)
                 or (b.role == CRUFT and weight(b.text) <= CARD_DATE_MAX_WORDS
                     and parse_date(b.text))]
        titles = [b for b in box if b not in dated]
        box += lead
        if not titles or not all(is_title(_as_text(b)) and weight(b.text) >= HEAD_MIN_WORDS
                                 for b in titles):
            continue
        for b in box:
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            b.notes["inline_box"] = True  # (no head, however often the page shows it)


#: A card's section label over its title: at most this many words ("Sur de la Florida").
CARD_LABEL_MAX_WORDS = 4


#: Paragraphs over a kicked card that make it a card inside an article.
CARD_PROSE_ABOVE_MIN = 2


def _mark_kicked_cards_inside_articles(blocks: list[Block], order: list[int]) -> None:
    """Between two paragraphs of an article whose head names its writer (title, byline,
    date), a section's label, a title and a date packed with no blank line between them
    and no byline is a card linking another article ("Sur de la Florida", "El 'tesoro
    dulce argentino' que ...", "02 de febrero de 2022 12:02 PM" inside el Nuevo Herald's
    story), not the next article's head, which has the page's article shape: its
    writer's byline over its date. Cards and all are links; the article goes on under
    them. Only under the article's paragraphs: under the page's first one (a notice in a
    box over the page, "我司杂志提供免费订阅 ...") an ad label, a title and a date are the
    article's head (round 48)."""
    byline_head = any(b.role == META and b.cruft_kind == MetaKind.BYLINE for b in blocks)
    if not byline_head:
        return
    prose_above = 0
    for k in range(1, len(order) - 3):
        prose_above += is_prose(blocks[order[k - 1]])
        label, title, date = (blocks[order[k + n]] for n in range(3))
        if prose_above < CARD_PROSE_ABOVE_MIN \
                or not is_prose(blocks[order[k - 1]]) or not is_prose(blocks[order[k + 3]]) \
                or title.gap or date.gap or label.role not in (TEXT, CRUFT) \
                or is_prose(label) or weight(label.text) > CARD_LABEL_MAX_WORDS \
                or label.text.rstrip()[-1:] in ".:!?" \
                or title.role != TEXT or is_prose(title) or not is_title(_as_text(title)) \
                or not HEAD_MIN_WORDS <= weight(title.text) <= TITLE_MAX_WORDS \
                or date.role != META or date.cruft_kind != MetaKind.DATE:
            continue
        for b in (label, title, date):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            b.notes["link_card"] = True  # (no head: see _head_above)


#: A link card's blurb under its title shown twice (the picture's link, the title's own):
#: one line of at most this many words.
CARD_BLURB_MAX_WORDS = 30
#: Cards this close (ranks between one card's blurb and the next card's first title: the
#: next card right under it, or one paragraph of the article between) are one run.
CARD_RUN_GAP = 2


def _mark_twin_title_cards(blocks: list[Block], order: list[int]) -> None:
    """A title shown twice in a row over one short blurb sentence is a link card (GSMArena's
    round-ups: "Google announces Pixel 8a, starts at $499" twice, "Features Tensor G3
    chip, ..."). A run of such cards with one of them between two paragraphs of prose is
    a round-up's cards inside its article: every card of the run, titles and blurbs, is
    links, the cards trailing the article's last paragraph too. A portal's teasers shown
    so stand between other teasers, never inside a paragraph run, and stay stories."""
    def line_of(k: int) -> bool:
        b = blocks[order[k]]
        return b.role == TEXT or (b.role == CRUFT and b.cruft_kind == RemovedKind.RELATED_LINK)

    cards: list[tuple[int, int]] = []
    k = 0
    while k + 2 < len(order):
        a, b, blurb = (blocks[order[k + n]] for n in range(3))
        if line_of(k) and line_of(k + 1) and a.folded == b.folded and not is_prose(a) \
                and HEAD_MIN_WORDS <= weight(a.text) <= TITLE_MAX_WORDS \
                and blurb.role == TEXT and is_prose(blurb) \
                and weight(blurb.text) <= CARD_BLURB_MAX_WORDS:
            cards.append((k, k + 2))
            k += 3
            continue
        k += 1
    if not cards:
        return
    starts = {c[0] for c in cards}

    def prose_at(k: int) -> bool:
        return 0 <= k < len(order) and blocks[order[k]].role == TEXT \
            and is_prose(blocks[order[k]]) and k not in starts \
            and not any(lo <= k <= hi for lo, hi in cards)

    runs: list[list[tuple[int, int]]] = [[cards[0]]]
    for card in cards[1:]:
        if card[0] - runs[-1][-1][1] <= CARD_RUN_GAP:
            runs[-1].append(card)
        else:
            runs.append([card])
    for run in runs:
        if not any(prose_at(lo - 1) and prose_at(hi + 1) for lo, hi in run):
            continue
        for lo, hi in run:
            for k in range(lo, hi + 1):
                blocks[order[k]].mark(CRUFT, RemovedKind.RELATED_LINK)
                blocks[order[k]].notes["link_card"] = True  # (no head: see _head_above)


#: A media card's lines under its title: its age and its running time ("14 hours ago",
#: "Duration 1:30"), at most this many.
MEDIA_CARD_TIME_LINES = 2


def _mark_media_cards_inside_articles(blocks: list[Block], order: list[int]) -> None:
    """Inside an article (a paragraph above the box's label, the label already read as a
    link: "WATCH | ...:"), a title over its age and running time, then one blurb line, then
    the article's next paragraph or sub-heading: a video's card, not a teaser of the page
    and not text."""
    for k in range(2, len(order) - 2):
        b, label = blocks[order[k]], blocks[order[k - 1]]
        # (the title may already be read as the label's link)
        if not (b.role == TEXT or (b.role == CRUFT and b.cruft_kind == RemovedKind.RELATED_LINK)) \
                or is_prose(b) or not is_title(_as_text(b)) \
                or label.role != CRUFT or label.cruft_kind != RemovedKind.RELATED_LINK \
                or not is_prose(blocks[order[k - 2]]):
            continue
        times = []
        for j in range(k + 1, min(len(order), k + 1 + MEDIA_CARD_TIME_LINES)):
            t = blocks[order[j]]
            if weight(t.text) > CARD_DATE_MAX_WORDS or not (
                    (t.role == META and t.cruft_kind == MetaKind.DATE) or _DATEISH.search(t.text)):
                break
            times.append(j)
        end = k + 1 + len(times)  # the blurb
        if len(times) < MEDIA_CARD_TIME_LINES or end + 1 >= len(order) \
                or not is_prose(blocks[order[end]]):
            continue
        after = blocks[order[end + 1]]  # the article goes on (a paragraph, a sub-heading)
        if not (is_prose(after) or (after.role == TEXT and is_title(after)
                                    and end + 2 < len(order)
                                    and is_prose(blocks[order[end + 2]]))):
            continue
        b.mark(CRUFT, RemovedKind.RELATED_LINK)
        for j in times:
            blocks[order[j]].mark(CRUFT, RemovedKind.CHROME)
        blocks[order[end]].mark(CRUFT, RemovedKind.CAPTION)


#: Lines from one cut-short teaser title to the next in a box of them (title, its
#: picture's caption, next title).
TRUNCATED_TEASER_MAX_GAP = 3
#: ... and the longest such title.
TITLE_MAX_WORDS_CUT = 20


def _mark_truncated_teasers(blocks: list[Block], order: list[int]) -> None:
    """A box of teasers whose titles the box cuts short ("... where tens of thousands …"),
    each with its picture's caption: the titles and what stands between two of them are
    links and captions, whatever their length (but where each cut line is an excerpt of
    :data:`TRUNCATED_TITLE_WORDS` or more under a title of its own: the teasers' leads; a
    reader's comment cut short, opening in lower case, is none). An
    agency's old-photo caption ("FILE - ...") is a caption wherever it stands."""
    cut = [k for k, i in enumerate(order)
           if blocks[i].role != SEP and openers.TRUNCATED_TITLE_RE.search(blocks[i].text)
           and weight(blocks[i].text) <= TITLE_MAX_WORDS_CUT]
    def headed(k: int) -> bool:  # an excerpt under its card's own title, cut or not
        above = blocks[order[k - 1]] if k else None
        return above is not None and weight(blocks[order[k]].text) >= TRUNCATED_TITLE_WORDS \
            and above.role in (TEXT, CRUFT) and is_title(_as_text(above)) \
            and not openers.TRUNCATED_TITLE_RE.search(above.text) \
            and not blocks[order[k]].text.strip()[:1].islower()

    for a, b in zip(cut, cut[1:], strict=False):
        if b - a > TRUNCATED_TEASER_MAX_GAP or (headed(a) and headed(b)) \
                or any(blocks[order[k]].notes.get("more_cut") for k in (a, b)):
            # (cards of a title over its cut excerpt over its date: teasers with leads; an
            # excerpt closed by its "READ MORE" link, :func:`_cut_more_links`, is a lead)
            continue
        for k in range(a, b + 1):
            blk = blocks[order[k]]
            if blk.role == TEXT:
                kind = RemovedKind.RELATED_LINK if k in (a, b) else RemovedKind.CAPTION
                blk.mark(CRUFT, kind)
    for i in order:
        if blocks[i].role == TEXT and openers.FILE_CAPTION_RE.match(blocks[i].text):
            blocks[i].mark(CRUFT, RemovedKind.CAPTION)


def _card_title(blocks: list[Block], order: list[int], k: int) -> bool:
    """``blocks[order[k]]`` stands right over a date line and a paragraph under it."""
    return k + 2 < len(order) and blocks[order[k + 1]].role == META \
        and blocks[order[k + 1]].cruft_kind == MetaKind.DATE and is_prose(blocks[order[k + 2]])


def _mark_tag_lines(blocks: list[Block], order: list[int]) -> None:
    """Topic tags under an article are the page's navigation, not the story's text: a
    labelled line ("Tags: X, Y"), or an unlabelled one printed twice. Not a card's title
    over its age and its lead ("Komentář: Hanba Vám, prezidente Pavle…" / "Před 14
    hodinami" / lead): a headline's label and clauses."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role == TEXT and _TAG_LINE.match(b.text) and not _card_title(blocks, order, k):
            items = re.split(r"\s*[,،、]\s*", re.split(r"[:：]", b.text, maxsplit=1)[1])
            if all(weight(item) <= TAG_MAX_WORDS for item in items):
                b.mark(CRUFT, RemovedKind.CHROME)
    _mark_tags_under_label(blocks, order)
    _mark_tag_lines_shown_twice(blocks, order)


#: A tag label alone on its line ("Tags:", "Nálepky:"; :data:`normalizer.cues.text.CHROME_RE`
#: read with its colon closing the line) has at most this many words.
TAG_LABEL_MAX_WORDS = 2


def _mark_tags_under_label(blocks: list[Block], order: list[int]) -> None:
    """The post's tags set one a line right under their label alone ("Nálepky:" /
    "Programovací jazyky" / "Různé" / ...): each a short line (:data:`TAG_MAX_WORDS` words,
    no sentence), the run tight under the label (no blank line between), up to the first
    line set apart. The page's links to its topics, not the story's text, between the
    standfirst and the body as under the article."""
    for k, i in enumerate(order):
        label = blocks[i]
        if label.role == TEXT or not label.text.rstrip().endswith((":", "：")) \
                or weight(label.text) > TAG_LABEL_MAX_WORDS or not cues.CHROME_RE.match(label.text):
            continue
        for j in order[k + 1:]:
            b = blocks[j]
            if b.role != TEXT or b.gap > 0 or weight(b.text) > TAG_MAX_WORDS \
                    or _SENTENCE_END.search(b.text) or is_prose(b):
                break
            b.mark(CRUFT, RemovedKind.CHROME)


def _mark_sandwiched_captions(blocks: list[Block], order: list[int]) -> None:
    """A line between an image's alt text or caption and a photo credit is a caption
    too ("1 of 4. Authorities monitor ..." between the alt text and "Credit: ...").
    A paragraph of prose between two different whole captions that each close on their
    own credit (two pictures round the article's paragraph) stays the article's: there the
    caption under it is no credit line of its picture (:data:`SANDWICH_CREDIT_MAX_WORDS`),
    nor the caption a gallery repeats round each picture's own (the same opening words)."""
    for k in range(1, len(order) - 1):
        prev, b, nxt = (blocks[order[k - 1]], blocks[order[k]], blocks[order[k + 1]])
        if b.role == TEXT and prev.role == CRUFT and prev.cruft_kind in ("caption", "image_alt") \
                and nxt.role == CRUFT and nxt.cruft_kind == "caption" \
                and not (nxt.words > SANDWICH_CREDIT_MAX_WORDS and is_prose(b)
                         and prev.folded.split()[:SANDWICH_SAME_WORDS]
                         != nxt.folded.split()[:SANDWICH_SAME_WORDS]
                         and caption_credited(prev.text) and caption_credited(nxt.text)):
            b.mark(CRUFT, RemovedKind.CAPTION)


#: The longest credit line (words) under which a paragraph of prose is a picture's caption.
SANDWICH_CREDIT_MAX_WORDS = 8
#: Opening words two captions share when they are one caption a gallery repeats.
SANDWICH_SAME_WORDS = 6


_DIGIT = re.compile(r"\d")
#: Words with figures a code line carries ("a1", "15102"; "iPhone 12 review" has one).
CODE_LINE_MIN_NUMBERS = 2


def _code_line(text: str) -> bool:
    """A line in a cased script that opens in lower case and makes no sentence ("a1 hoge
    zand sgravh : 15102", a pager message's code under an alert's title): a listing's
    raw data, not a teaser's lead (a deck opens with a capital even when no sentence)."""
    first = text.lstrip()[:1]
    return first.islower() and not _SENTENCE_END.search(text) \
        and sum(1 for w in text.split() if _DIGIT.search(w)) >= CODE_LINE_MIN_NUMBERS


def _dated_units(blocks: list[Block], order: list[int]) -> list[tuple[int, int, list[int]]]:
    """Teasers closed by a date or byline line, where the page repeats that shape.

    A portal lists stories as headline, a short lead (a deck, often not a sentence) and
    a date, again and again; the cleaner may have taken the headline for a repeated link
    title. Between two date lines, the lead is the last line and the headline the last
    different line before it. Only a page with :data:`RHYTHM_MIN_UNITS` such units or
    more has the rhythm.
    """
    units: list[tuple[int, int, list[int]]] = []
    cards = _card_units(blocks, order)
    if cards:
        return cards
    closing: list[Block] = []
    last_date = -1
    writers = _writers_over_dates(blocks, order)
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != META:  # a date or a byline closes a teaser
            continue
        inside = [order[j] for j in range(last_date + 1, k)]
        first = last_date < 0
        last_date = k
        lines = [j for j in inside if blocks[j].role in (TEXT, CRUFT) and blocks[j].kind != "item"
                 and blocks[j].cruft_kind not in ("copyright",)
                 and not blocks[j].notes.get("listed_titles")  # (a post's title of its
                 # stories' titles over the first one's own: dumps._titles_of_stories)
                 and not blocks[j].notes.get("repeated_notice")]  # (the theme's notice)
        if first and len(lines) > DATED_UNIT_MAX_LINES and lines[-1] in writers:
            # The page's first teaser, in the shape of the others (its writer over its date):
            # under the page's header, its lines are those below the header's last line of
            # chrome (a menu, a counter of the column above).
            cut = max((n for n, j in enumerate(lines) if blocks[j].role == CRUFT), default=-1)
            lines = lines[cut + 1:]
        if not 2 <= len(lines) <= DATED_UNIT_MAX_LINES:
            continue  # a whole post between two dates is no teaser
        while len(lines) > 2 and blocks[lines[-1]].role == CRUFT \
                and blocks[lines[-1]].cruft_kind == RemovedKind.CHROME \
                and weight(blocks[lines[-1]].text) <= LABEL_MAX_WORDS:
            lines.pop()  # the teaser's button under its lead ("Ver noticia", "Read more")
        if lines and lines[-1] in writers:
            lines.pop()  # its writer's name under its lead, over its date ("Peter Mühlbauer")
        lead = lines[-1]
        if is_chrome(blocks[lead]):
            continue  # a title over its counters ("2 Likes, Comments & Shares") is a link
        above = [j for j in lines[:-1] if blocks[j].folded != blocks[lead].folded]
        title = above[-1] if above else None
        if title is not None and len(above) > 1 and weight(blocks[title].text) <= LABEL_MAX_WORDS \
                and is_prose(_as_text(blocks[lead])):
            title = above[-2]  # the headline over a credit or label line ("Agencias")
        if title is None or not is_title(_as_text(blocks[title])) \
                or (weight(blocks[title].text) < HEAD_MIN_WORDS
                    and not _QUOTED_LINE.fullmatch(blocks[title].text.strip())) \
                or weight(blocks[lead].text) < 2 \
                or _code_line(blocks[lead].text) or blocks[lead].notes.get("site_pages"):
            continue  # (a site's menu line over its "Last update" line is no teaser's lead)
        units.append((title, lead, inside))
        closing.append(b)
    if len(units) < RHYTHM_MIN_UNITS:
        return []
    # A title over its author's name is a teaser with no lead (a link): it shows the
    # page's rhythm, but no story is read from it.
    units = [u for u in units if not _person_name(blocks[u[1]].text)]
    for b in closing:  # (only where the page has the rhythm)
        if b.cruft_kind == "date":
            b.notes["story_date"] = True  # the teaser's own date, below it
        b.notes["closes_unit"] = True
    return units


def _writers_over_dates(blocks: list[Block], order: list[int]) -> set[int]:
    """Writers' names between teasers' leads and their dates ("title / lead / Peter Mühlbauer
    / heute, 17:00 Uhr"), where the page repeats that shape :data:`RHYTHM_MIN_UNITS` times:
    each name is its teaser's furniture, the line above it the lead. (Once or twice, a line
    of capitalised words over a date is as often a box's label: "Broadband Plans" over an
    ad's "18 Dec".)"""
    names: set[int] = set()
    for k in range(3, len(order)):
        if blocks[order[k]].role != META:
            continue
        name, lead, title = (blocks[order[k - n]] for n in (1, 2, 3))
        if name.role == TEXT and _person_name(name.text) and lead.role == TEXT \
                and not _person_name(lead.text) and is_title(_as_text(title)):
            names.add(order[k - 1])
    return names if len(names) >= RHYTHM_MIN_UNITS else set()


def _card_units(blocks: list[Block], order: list[int]) -> list[tuple[int, int, list[int]]]:
    """Cards whose date line stands between title and lead (:func:`_card_heads` with
    ``date_above=False``: "title / title again / 2020. december 21. – 14:13 – NAME / lead"),
    where the page repeats that shape :data:`RHYTHM_MIN_UNITS` times: each card is its
    title and lead, the title's copy above it (its picture's link) chrome. Read as teasers
    closed by their date, the previous card's lead would head each card."""
    heads = _card_heads(blocks, order, date_above=False)
    if len(heads) < RHYTHM_MIN_UNITS:
        return []
    units: list[tuple[int, int, list[int]]] = []
    for n, k in enumerate(heads):
        title = blocks[order[k]]
        twin = [order[k - 1]] if k and blocks[order[k - 1]].folded == title.folded else []
        units.append((order[k], order[k + 2], twin))
        blocks[order[k + 1]].notes["story_date"] = True  # the card's own date
        if n + 1 == len(heads) or heads[n + 1] - k > CARD_MAX_LINES:
            blocks[order[k + 2]].notes["card_run_end"] = True
    return units


def _end_card_runs(blocks: list[Block], order: list[int]) -> None:
    """A run of cards (:func:`_card_units`) ends at its last card's lead: under a line of
    chrome right below it (the pager, "« Previous 1 … 262"), the lines no title opens are
    the page's (a contact box's label and its sentence), not that card's text."""
    for k, i in enumerate(order[:-1]):
        if not blocks[i].notes.get("card_run_end") or blocks[order[k + 1]].role != CRUFT:
            continue
        for j in order[k + 2:]:
            if blocks[j].notes.get("unit_start"):
                break
            if blocks[j].role == TEXT:
                blocks[j].mark(CRUFT, RemovedKind.CHROME)


_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _person_name(text: str) -> bool:
    """One person's name alone on a line ("Zsigmond Enikő", "Ana de la Torre"): two to
    :data:`openers.NAME_MAX_WORDS` words, each capitalised or a name particle
    (:data:`openers.NAME_PARTICLES`), no digit, no sentence: an author's line under a
    teaser's title, never its lead. (Two names or more: :func:`openers.names_line`.)"""
    words = text.strip().split()
    return 2 <= len(words) <= openers.NAME_MAX_WORDS and words[0][:1].isupper() \
        and not text.isupper() and all(
            _NAME_WORD.match(w) and (w[:1].isupper() or w in openers.NAME_PARTICLES)
            for w in words) and not words[-1].endswith(".")


def _box_inside_article(blocks: list[Block], order: list[int], lead: int, title: int) -> bool:
    """Only a box of links to other stories (and its labels and times), or an ad slot
    saying the article goes on below it (:data:`normalizer.cues.text.ARTICLE_CONTINUES_RE`),
    stands between the paragraph at rank ``lead`` and the title at rank ``title``, and the
    title has no date or byline of its own: an article's sub-heading after a "read also"
    box or an ad inside it, not the next story. Not past an empty comment form
    (:func:`_empty_comment_form`)."""
    between = [blocks[order[j]] for j in range(lead + 1, title)]
    # (the box's links may carry their dates: "Hace 3 horas" under each)
    return bool(between) and not _empty_comment_form(between) \
        and all(b.role == CRUFT or (b.role == META and b.cruft_kind == MetaKind.DATE)
                for b in between) \
        and any(b.cruft_kind == RemovedKind.RELATED_LINK
                or cues.ARTICLE_CONTINUES_RE.search(b.text) is not None for b in between) \
        and not _confirmed(blocks, order, title)


def _empty_comment_form(lines: list[Block]) -> bool:
    """A comment form's heading among ``lines`` ("Leave a Reply", "اترك تعليقاً") and no
    reader's comment under it (no line with a clock time and a date): the article ended at
    the form, and a title below it is the page's, no sub-heading after a box. (Where readers
    have commented, :func:`_mark_comments` takes the thread and what follows it.)"""
    return any(cues.COMMENT_HEADING_RE.match(b.text) for b in lines) and not any(
        _DATEISH.search(b.text) and split_date_line(b.text)[0] for b in lines)


def _as_text(block: Block) -> Block:
    """The block as if it were story text (to test its shape whatever it was marked)."""
    return Block(text=block.text, kind=block.kind)


def _dated_heads(blocks: list[Block], order: list[int]) -> dict[int, int]:
    """Teasers shaped title / day alone / lead, at least :data:`RHYTHM_MIN_UNITS` of them
    on the page (a local portal's front: "Συνεχίζεται η Απεργία ..." / "18/03/2016" / "Οι
    μηχανικοί ..."): {lead: title}. A title there may shout or close on a full stop
    ("ΕΡΓΑΤΙΚΗ ΑΛΛΗΛΕΓΓΥΗ-ΑΓΩΝΑΣ ... ΤΩΡΑ!!!") and so read as prose; one sentence at most,
    no longer than a title, it is the head of the lead under its day (figures, not "vor 2
    Stunden"), not a lead. (A comment's "NAME says:" over its date and clock, a ticker's
    items closed by full stops, are no teasers.)"""
    found: dict[int, int] = {}
    for k in range(len(order) - 2):
        t, d, p = (blocks[order[k + j]] for j in range(3))
        if d.role == META and d.cruft_kind == MetaKind.DATE and t.role == TEXT \
                and p.role == TEXT and t.kind != "item" \
                and (is_prose(p) or (is_sentence(p.text) and weight(p.text) > weight(t.text))) \
                and weight(t.text) <= TITLE_MAX_WORDS and not _PLAIN_END.search(t.text) \
                and any(c.isdigit() for c in d.text) \
                and not any(m.group(1).isupper() for m in _SENTENCE_SPLIT.finditer(t.text)) \
                and not _CLOCK.search(d.text) and split_date_line(d.text) == (True, ""):
            found[order[k + 2]] = order[k]
    return found if len(found) >= RHYTHM_MIN_UNITS else {}


#: A sentence's end inside a line, the next sentence's first letter after it (a title's
#: "για … αφορολόγητο" runs on in lower case).
_SENTENCE_SPLIT = re.compile(r"[.!?…]+\s+(\w)")
#: A line's end that no such title has: a sentence's single full stop (a ticker's item,
#: "... abgesagt."), a speaker's colon ("Anna says:").
_PLAIN_END = re.compile(r"(?<!\.)[.:]\s*$")


def _mark_units(blocks: list[Block], order: list[int], rank: dict[int, int],
                heads: dict[int, int], leads: set[int]) -> None:
    """Title lines that open a story of their own: a unit after chrome, and short units
    that follow each other (a portal's or a feed's teasers)."""
    units: list[tuple[int, int]] = []  # (title index, lead lines in the unit)
    inner = _inner_subheads(blocks, order, rank, leads)
    titles = {t for t in set(heads.values()) - inner
              if not _quote_attribution(blocks, order, rank, t)}
    for i in order:
        b = blocks[i]
        if b.role != TEXT:
            continue
        if i in titles:
            units.append((i, 0))
        elif i in leads and units:
            units[-1] = (units[-1][0], units[-1][1] + 1)
    lead_ranks = sorted(rank[i] for i in leads if blocks[i].role == TEXT)
    for title, _n in units:
        k = bisect.bisect_left(lead_ranks, rank[title])  # leads above the title: [:k]
        if not k or (rank[title] - lead_ranks[k - 1] > INNER_GAP + 1
                     and not _box_inside_article(blocks, order, lead_ranks[k - 1], rank[title])):
            blocks[title].notes["unit_start"] = True
        elif rank[title] > 0 and _date_line_over(blocks[order[rank[title] - 1]]) \
                and not _signed_date_line(blocks[order[rank[title] - 1]].text) \
                and not _closes_link(blocks, order, rank[title] - 1):
            blocks[title].notes["unit_start"] = True  # a blog's date line over a post's title
    # Runs of short units (a feed's or a portal's teasers): each opens a story. Two in a
    # row are no rhythm yet (a headline and a caption over a paragraph look the same).
    run: list[int] = []
    for u, (title, n) in enumerate([*units, (-1, 0)]):
        if 0 < n <= SHORT_UNIT_PROSE and not _subhead_of_article(units, u, lead_ranks, rank):
            run.append(title)
            continue
        if len(run) >= RHYTHM_MIN_UNITS:
            for t in run:
                blocks[t].notes["unit_start"] = True
        run = []


#: A round-up (:data:`normalizer.cues.text.ROUNDUP_RE`) holds at least this many titled
#: items; its announcement is a line of at most ROUNDUP_ANNOUNCE_MAX_WORDS, right over
#: the first item's title; an item's title is no longer than a sub-heading
#: (:data:`SUBHEAD_MAX_WORDS`), and between one item's last paragraph and the next
#: item's title stand at most ROUNDUP_GAP lines of furniture (its picture's credit).
ROUNDUP_MIN_ITEMS = 3
ROUNDUP_ANNOUNCE_MAX_WORDS = 30
ROUNDUP_GAP = 3


def _roundup_title(b: Block) -> bool:
    """A round-up item's title: a short line that is no sentence (or trails off: "Speaking
    of climate allies…"), as the story's text or as the caption the cleaner took it for
    under the picture credit closing the item above ("Image: X" / "Cancer researchers
    found an AI ally")."""
    return (b.role == TEXT or (b.role == CRUFT and b.cruft_kind == RemovedKind.CAPTION)) \
        and not b.notes.get("outside") and not is_prose(b) \
        and (is_title(_as_text(b)) or _TRUNCATED.search(b.text) is not None) \
        and weight(b.text) <= SUBHEAD_MAX_WORDS


def _roundup_titles(blocks: list[Block], order: list[int], start: int) -> list[int]:
    """The titles of the round-up's items from rank ``start`` on: each a title over a
    paragraph of prose, the item's paragraphs under it, its furniture after them."""
    titles: list[int] = []
    gap = 0
    k = start
    while k + 1 < len(order):
        b, nxt = blocks[order[k]], blocks[order[k + 1]]
        if b.notes.get("outside"):
            break
        if _roundup_title(b) and nxt.role == TEXT and is_prose(nxt):
            titles.append(order[k])
            gap = 0
        elif b.role == TEXT and is_prose(b) and titles:
            gap = 0
        elif b.role != TEXT and titles and gap < ROUNDUP_GAP:
            gap += 1
        else:
            break
        k += 1
    return titles


def _mark_roundup_items(blocks: list[Block], order: list[int]) -> None:
    """A round-up's items, each a story under its title: a line announcing the round-up
    (:data:`normalizer.cues.text.ROUNDUP_RE`) right over a run of at least
    :data:`ROUNDUP_MIN_ITEMS` titled items. Without the announcement the same run reads as
    an article's sub-headings (_inner_subheads), which is what a long article's are; the
    announcement, when it is only a label and no sentence, is the page's."""
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role not in (TEXT, CRUFT) or b.notes.get("outside") \
                or weight(b.text) > ROUNDUP_ANNOUNCE_MAX_WORDS \
                or not cues.ROUNDUP_RE.search(b.text):
            continue  # (a label the rhythm took for chrome still announces the run)
        titles = _roundup_titles(blocks, order, k + 1)
        if len(titles) < ROUNDUP_MIN_ITEMS:
            continue
        if not is_prose(b):
            b.mark(CRUFT, RemovedKind.CHROME)
        dated = _roundup_date(blocks, order, k)
        _title_roundup_intro(blocks, order, k)
        for t in titles:
            blocks[t].mark(TEXT)
            blocks[t].notes["unit_start"] = True
            if dated is not None:
                blocks[t].notes.setdefault("entry_date", dated)
        return


def _title_roundup_intro(blocks: list[Block], order: list[int], at: int) -> None:
    """The round-up's intro: where the rhythm opened it at its standfirst (a line of prose
    heading a story of no text: "The UK U-turned on deep-sea mining, ... plus more good
    news"), the page's title above it, within :data:`HEAD_REACH` lines of the header's date
    and chrome, opens it and the standfirst is its text."""
    above = [j for j in range(max(0, at - HEAD_WINDOW), at)
             if blocks[order[j]].role == TEXT]
    if len(above) != 1 or not blocks[order[above[0]]].notes.get("unit_start") \
            or not is_prose(blocks[order[above[0]]]):
        return
    for j in range(above[0] - 1, max(-1, above[0] - 1 - HEAD_REACH), -1):
        b = blocks[order[j]]
        if b.notes.get("outside") or b.role == TEXT:
            return
        if b.role == CRUFT and weight(b.text) >= HEAD_MIN_WORDS and is_title(_as_text(b)) \
                and not _is_word_list(b.text) and b.folded != blocks[order[above[0]]].folded:
            # (the tags' line, "Environment Lifestyle Society UK", and the standfirst's
            # copy above it are no title)
            b.mark(TEXT)
            b.notes["unit_start"] = True
            blocks[order[above[0]]].notes.pop("unit_start", None)
            return


def _roundup_date(blocks: list[Block], order: list[int], at: int) -> str | None:
    """The round-up's own date line (its writer's too: "Words by X November 2, 2023"),
    the nearest above its announcement at rank ``at`` within :data:`FAR_REACH` lines of
    its page (no chrome around the page's stories between): each item's, put under its
    title (:func:`_put_entry_dates`)."""
    for k in range(at - 1, max(-1, at - 1 - FAR_REACH), -1):
        b = blocks[order[k]]
        if b.notes.get("outside"):
            return None
        if b.notes.get("entry_date"):
            return b.notes["entry_date"]  # (a date the rhythm found for the page's title)
        if b.role == META and b.cruft_kind == MetaKind.DATE:
            return b.text
    return None


def _date_line_over(b: Block) -> bool:
    """A date line (the cleaner's), or a bare date the cleaner took for a card's chrome
    ("01.03.2022" between a linked story's picture credit and its title, under a market
    report: the card is a story of its own, dumps13)."""
    return (b.role == META and b.cruft_kind == "date") or (
        b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME
        and split_date_line(b.text) == (True, "") and parse_date(b.text) is not None)


def _inner_subheads(blocks: list[Block], order: list[int], rank: dict[int, int],
                    leads: set[int]) -> set[int]:
    """Sub-headings inside an article's body: a short title-shaped line (at most
    :data:`SUBHEAD_MAX_WORDS`) standing right under a body paragraph and right over the
    next one (each at least :data:`BODY_PARAGRAPH_WORDS` long), no date, byline or other
    line between. The article goes on under it ("Gruppe aus fünf Ermittelnden", a
    "question?" heading over its answer): it opens no story. A teaser's title stands under
    a one- or two-line lead, or over a date line."""
    found: set[int] = set()
    for k in range(1, len(order) - 1):
        b = blocks[order[k]]
        if b.role != TEXT or order[k] in leads or is_prose(b) \
                or weight(b.text) > SUBHEAD_MAX_WORDS:
            continue
        above, below = order[k - 1], order[k + 1]
        if all(i in leads and blocks[i].role == TEXT
               and weight(blocks[i].text) >= BODY_PARAGRAPH_WORDS for i in (above, below)):
            found.add(order[k])
        elif all(i in leads and blocks[i].role == TEXT for i in (above, below)) \
                and _LIST_INTRO.search(blocks[below].text) and k + 2 < len(order) \
                and blocks[order[k + 2]].role == TEXT and not is_prose(blocks[order[k + 2]]):
            # (or over a paragraph that introduces the article's list, "Die Kernpositionen
            # des Verteidigungsbündnisses umfassen:" over its points: no teaser's lead ends
            # with a colon over points)
            found.add(order[k])
    return found


def _writer_closes(b: Block) -> bool:
    """A date line naming its writer, set apart under a card's lead: the card's close."""
    return b.role == META and b.cruft_kind == MetaKind.DATE and b.gap >= 1 \
        and _signed_date_line(b.text)


def _signed_date_line(text: str) -> bool:
    """A date line that names its writer or outlet too ("Jane Doe · CBC News · Posted: Aug
    08, 2024 4:00 AM"): the byline and date under a story's headline, closing its head,
    never a blog's date header over the next post's title."""
    rest = split_date_line(text)[1]
    return any(w[:1].isupper() for w in rest.split())


def _closes_link(blocks: list[Block], order: list[int], at: int) -> bool:
    """The date line at rank ``at`` is a linked teaser's, under its title shown twice (the
    picture's link and the title's, in a box of links to other stories, each with its
    date): it opens nothing below it."""
    if at < 2:
        return False
    above, copy = blocks[order[at - 1]], blocks[order[at - 2]]
    return above.cruft_kind == RemovedKind.RELATED_LINK and above.folded == copy.folded \
        and is_title(_as_text(above))


#: A quote's speaker, on the line under it: a person's name, a comma, the role in lower
#: case ("Isabel Reinoso Castillo, directora CUM ...", "Jane Roe, chief executive"), at most
#: this many words in all.
ATTRIBUTION_MAX_WORDS = 14
_ATTRIBUTION = re.compile(r"^[\s—–-]*(?P<name>[^,]{3,60}),\s+(?P<role>\S.*)$")
#: How a quoted paragraph opens or closes (its last quote mark before a final stop).
_QUOTE_OPENERS = "\"“„«‘‚‹「『"
_QUOTE_CLOSE = re.compile(r"[\"”»’›」』][.!?…]?\s*$")


def _quote_attribution(blocks: list[Block], order: list[int], rank: dict[int, int],
                       i: int) -> bool:
    """``blocks[i]`` names the speaker of the quoted paragraph right above it: a person's
    name (:func:`normalizer.cues.openers.person_name`) and a role in lower case, under a
    paragraph that opens or closes with a quote mark. It reads as a title over the next
    paragraph, and a few such lines in a row as a run of teasers; it is the article's."""
    b = blocks[i]
    m = _ATTRIBUTION.match(b.text)
    if m is None or weight(b.text) > ATTRIBUTION_MAX_WORDS or not m.group("role")[:1].islower() \
            or not openers.person_name(m.group("name")) or rank[i] == 0:
        return False
    above = blocks[order[rank[i] - 1]]
    quote = above.text.strip()
    return above.role == TEXT and (quote[:1] in _QUOTE_OPENERS
                                   or _QUOTE_CLOSE.search(quote) is not None)


def _subhead_of_article(units: list[tuple[int, int]], u: int, lead_ranks: list[int],
                        rank: dict[int, int]) -> bool:
    """Unit ``u`` stands right under the last paragraph of a long unit (only its heading
    between): a sub-heading of that article going on, not a teaser of a run."""
    if not 0 < u < len(units) or units[u - 1][1] <= SHORT_UNIT_PROSE:
        return False
    title = units[u][0]
    k = bisect.bisect_left(lead_ranks, rank[title])
    return bool(k) and rank[title] - lead_ranks[k - 1] <= SUBHEAD_GAP


def _drop_lone_boxes(blocks: list[Block], order: list[int], rank: dict[int, int],
                     heads: dict[int, int]) -> None:
    """On an article's page, a short unit after the article that stands alone (no other
    short unit close by) is a sidebar's or footer's box ("Follow us by e-mail" over a
    sentence, a licence notice), not a story: teasers come in runs. Portals, with no
    article that long, keep every unit."""
    titles = set(heads.values())
    # Units in page order: [head or None, leads]. A lead without a head belongs to the
    # unit above when close to its last lead, else stands as a unit of its own.
    units: list[tuple[int | None, list[int]]] = []
    for i in order:
        b = blocks[i]
        if i in titles and b.role == TEXT:
            units.append((i, []))
        elif b.role == TEXT and (i in heads or is_prose(b)):
            last = units[-1] if units else None
            close = last is not None and bool(last[1]) \
                and rank[i] - rank[last[1][-1]] <= INNER_GAP + 1 \
                and not _ended_between(blocks, order, rank[last[1][-1]], rank[i])
            if last is not None and (close or (last[0] is not None and not last[1])):
                last[1].append(i)
            else:
                units.append((None, [i]))
    units = [u for u in units if u[1]]
    if not units:
        return
    sizes = [sum(weight(blocks[i].text) for i in leads) for _, leads in units]
    main = max(range(len(units)), key=sizes.__getitem__)
    if sizes[main] < MAIN_ARTICLE_WORDS or len(units[main][1]) < MAIN_ARTICLE_PARAGRAPHS:
        return

    def start(unit: tuple[int | None, list[int]]) -> int:
        return rank[unit[0]] if unit[0] is not None else rank[unit[1][0]]

    short = [len(leads) <= SHORT_UNIT_PROSE for _, leads in units]
    zone = _sidebar_start(units, main, short, start, rank)
    # (the article closed by its © line right under its last paragraph, "ⓒ 한경닷컴,
    # 무단전재 및 재배포 금지": the short units after it are the page's boxes, however many)
    ending = rank[units[main][1][-1]]
    sealed = _ended_between(blocks, order, ending, min(len(order), ending + 1 + SEALED_REACH)) \
        or any(blocks[order[j]].role == CRUFT and blocks[order[j]].cruft_kind
               == RemovedKind.COPYRIGHT and cues.RESERVED_RE.search(blocks[order[j]].text)
               for j in range(ending + 1, min(len(order), ending + 1 + SEALED_REACH)))
    pictured = _pictured_teasers(blocks, units, main, start, rank) if zone is not None else set()
    for k in range(main + 1, len(units)):
        title, leads = units[k]
        if title is not None and any(u[0] is not None and _same_title(blocks[title].folded,
                                                                      blocks[u[0]].folded)
                                     for u in units[:k]):
            # The article's own title again under it, perhaps with the site's name as in
            # the page's <title> ("Headline - Site": a newsletter or "now reading" box
            # that names it): the page's, not a second copy of the story.
            _drop_unit(blocks, title, leads)
            continue
        teaser = bool(openers.TEASER_END_RE.search(blocks[leads[-1]].text))
        if teaser and title is not None:
            blocks[title].notes["unit_start"] = True  # a teaser of another article
        confirmed = title is not None and _confirmed(blocks, order, rank[title]) \
            and rank[leads[0]] - rank[title] <= HEAD_REACH  # not a related link far above
        if zone is not None and k >= zone:
            # The page's sidebar and footer: boxes of any length, not stories; but a run
            # of pictured teasers there (title, caption, one lead, again and again) is
            # teasers, each its own story, its pictures' captions no text.
            if k in pictured and not sealed:
                if len(leads) > 1:
                    blocks[leads[0]].mark(CRUFT, RemovedKind.CAPTION)
                continue
            if title is not None and _article_of_its_own(blocks, order, rank, title, leads,
                                                         sizes[k]):
                blocks[title].notes["unit_start"] = True
            elif not ((teaser and not sealed) or confirmed or dateline_of(blocks[leads[0]].text)):
                _drop_unit(blocks, title, leads)
            continue
        if not short[k]:
            continue
        near = any(
            main < j < len(units) and short[j]
            and start(units[max(j, k)]) - rank[units[min(j, k)][1][-1]] <= INNER_GAP + 1
            for j in (k - 1, k + 1))
        # A sub-heading and its paragraph right under the article's last paragraph (only
        # the heading between): the article going on, not a box after it.
        # (not under a box's paragraph already taken out: that box's next card)
        follows = start(units[k]) - rank[units[k - 1][1][-1]] <= SUBHEAD_GAP \
            and blocks[units[k - 1][1][-1]].role == TEXT
        # A post of an archive page has its date under its headline or a dateline: a
        # story of its own, however short; a teaser linking to its article too.
        # (a teaser with its writer or date under its lead, "By Steve Greenberg", is a
        # story of the list however the article above closed)
        signed = sealed and any(
            blocks[order[j]].role == META
            and blocks[order[j]].cruft_kind in (MetaKind.BYLINE, MetaKind.DATE)
            for j in range(start(units[k]), min(len(order), rank[leads[-1]] + 2)))
        if ((near or teaser) and (not sealed or signed)) or follows \
                or dateline_of(blocks[leads[0]].text) or confirmed:
            continue
        _drop_unit(blocks, title, leads)


#: Lines under an article's last paragraph its © line may stand within (the writer's
#: sign-off, tags and a subscribe line between) to close it (:func:`_drop_lone_boxes`).
SEALED_REACH = 6


def _article_of_its_own(blocks: list[Block], order: list[int], rank: dict[int, int],
                        title: int, leads: list[int], size: int) -> bool:
    """A titled unit in an article's sidebar zone as long as an article (an archive
    page's next post, shown whole below the first one's comment form and share bar): a
    post of its own, not a sidebar's box, which is never that long. Not a deck under a
    headline with no paragraph between (the nearest text above is a heading; or an
    export's record header stands there, its length field "439 words"), nor a box of
    listed titles each opening its lead with a run-in "Title: ..." (a "Top posts" box)."""
    if len(leads) < ZONE_ARTICLE_PARAGRAPHS or size < ZONE_ARTICLE_WORDS:
        return False
    fields = set(_length_fields(blocks, order))
    for j in range(rank[title] - 1, -1, -1):
        above = blocks[order[j]]
        if order[j] in fields:
            return False  # an export's record: its header (the length field) above
        if above.role == TEXT:
            if above.notes.get("unit_start") or not is_prose(above):
                return False
            break
    run_in = sum(bool(_COLON_RUN_IN.match(blocks[i].text)) for i in leads)
    return run_in * 2 < len(leads)


#: A lead opening with a short title and a colon ("Das Wort zum Mord: Wie ..."): a listed
#: item's, not an article's paragraph.
_COLON_RUN_IN = re.compile(r"^[^:.!?]{2,60}:\s")


def _ended_between(blocks: list[Block], order: list[int], lo: int, hi: int) -> bool:
    """A © line stands between ranks ``lo`` and ``hi``: the story above ended there
    ("©RIPRODUZIONE RISERVATA"), and a paragraph below with no headline is the page's."""
    return any(blocks[order[j]].role == CRUFT
               and blocks[order[j]].cruft_kind == RemovedKind.COPYRIGHT
               and "©" in blocks[order[j]].text for j in range(lo + 1, hi))


def _same_title(line: str, title: str) -> bool:
    """``line`` is ``title``, or ``title`` with a site's name after a dash or a bar."""
    if line == title:
        return True
    return line.startswith(title) and line[len(title):].lstrip()[:1] in ("-", "|", "–", "—")


def _drop_unit(blocks: list[Block], title: int | None, leads: list[int]) -> None:
    for i in (*([title] if title is not None else []), *leads):
        blocks[i].mark(CRUFT, RemovedKind.CHROME)
    if title is None:  # the box's label lines over its paragraph, up to a © line
        i = leads[0] - 1
        while i >= 0 and blocks[i].role in (TEXT, SEP) and not is_prose(blocks[i]):
            if blocks[i].role == TEXT:
                blocks[i].mark(CRUFT, RemovedKind.CHROME)
            i -= 1
    if title is not None:
        blocks[title].notes.pop("unit_start", None)


#: A teaser's picture caption read as a first lead line ("A gym.", "One of X's machines."):
#: a line this short, shorter than the lead under it.
TEASER_CAPTION_MAX_WORDS = 8


def _pictured_teasers(blocks: list[Block], units: list, main: int, start, rank) -> set[int]:
    """Units after the article that run as pictured teasers: titled, close together,
    each one lead, perhaps under its picture's caption (a line of at most
    :data:`TEASER_CAPTION_MAX_WORDS` words, shorter than the lead), at least
    :data:`RHYTHM_MIN_UNITS` in a row. A sidebar's box of teasers is stories (a teaser
    with a lead is); its calculators and offers have no such rhythm."""
    def one_lead(leads: list[int]) -> bool:
        if len(leads) == 1:
            return True
        return len(leads) == 2 and weight(blocks[leads[0]].text) <= TEASER_CAPTION_MAX_WORDS \
            and weight(blocks[leads[0]].text) < weight(blocks[leads[1]].text)

    found: set[int] = set()
    run: list[int] = []
    for k in range(main + 1, len(units) + 1):
        fits = k < len(units) and units[k][0] is not None and one_lead(units[k][1])
        if fits and run and start(units[k]) - rank[units[k - 1][1][-1]] <= INNER_GAP + 1:
            run.append(k)
            continue
        if len(run) >= RHYTHM_MIN_UNITS:
            found.update(run)
        run = [k] if fits else []
    return found


def _sidebar_start(units: list, main: int, short: list[bool], start, rank) -> int | None:
    """Where an article's page turns to its sidebar and footer: the first unit after the
    article that stands more than :data:`SIDEBAR_GAP` lines of chrome below the unit
    above (comment forms, share bars, widget boxes). None where the page goes on with a
    run of teasers after the article (related stories, a portal's sections: titled short
    units close together, most with one lead), which the rules above read."""
    run: list[int] = []
    for k in range(main + 1, len(units) + 1):
        close = k < len(units) and run and start(units[k]) - rank[units[k - 1][1][-1]] \
            <= INNER_GAP + 1
        teaser = k < len(units) and short[k] and units[k][0] is not None
        if teaser and close:
            run.append(k)
            continue
        if len(run) >= RHYTHM_MIN_UNITS \
                and sum(len(units[j][1]) == 1 for j in run) * 3 >= len(run) * 2:
            return None
        run = [k] if teaser else []
    for k in range(main + 1, len(units)):
        if start(units[k]) - rank[units[k - 1][1][-1]] > SIDEBAR_GAP:
            return k
    return None


def _mark_ended_units(blocks: list[Block], order: list[int], rank: dict[int, int],
                      heads: dict[int, int], leads: list[int], is_story_end) -> None:
    """A head after a story's closing line (a © line, "(Editing by ...)") opens the next
    story, in any script: a full-text feed's articles end so, one after another."""
    if is_story_end is None:
        return
    text_leads = [rank[p] for p in leads if blocks[p].role == TEXT]
    for title in set(heads.values()):
        if blocks[title].role != TEXT or blocks[title].notes.get("unit_start"):
            continue
        k = bisect.bisect_left(text_leads, rank[title])
        if not k:
            continue
        between = (blocks[order[j]] for j in range(text_leads[k - 1] + 1, rank[title]))
        if any(is_story_end(b) for b in between):
            blocks[title].notes["unit_start"] = True


#: A feed item's opening: an outlet's name (and perhaps a place) and a colon or dash,
#: in any script ("ایسنا: ...", "تهران - ایرنا - ...", "MOSCOW: Interfax -").
_OPENER = re.compile(r"^(?:(?P<place>[^\W\d_][^:()\n\-–—]{0,30}?)\s*[:\-–—]\s*)?"
                     r"(?P<name>[^\W\d_][^:()\n\-–—]{0,30}?)\s*(?:[:：]\s*[-–—]?|[\-–—])\s+(?=\S)")
OPENER_MAX_WORDS = 3


def _mark_single_openers(blocks: list[Block], order: list[int],
                         lines: list[tuple[int, int]]) -> None:
    """A story's first paragraph that opens with an outlet's name ("Outlet - ...",
    "Outlet :- ...") names its source even once, when the name is plainly an outlet's:
    the page shows it as a line of its own (the site's name in its header or footer), or
    it starts with a word for a kind of outlet (:data:`openers.OUTLET_KIND_RE`)."""
    # (shown twice at least: a header's and a footer's name, not one menu's item, "Coronavirus")
    shown: dict[str, int] = {}
    for i in order:
        if blocks[i].role != TEXT:
            shown[blocks[i].folded] = shown.get(blocks[i].folded, 0) + 1
    standalone = {line for line, n in shown.items() if n >= SITE_NAME_MIN_MENTIONS}
    for k, i in lines:
        if not blocks[i].notes.get("lead") or not _first_lead(blocks, order, k):
            continue
        m = _OPENER.match(blocks[i].text)
        if m is None:
            continue
        name = m.group("name").strip()
        if name.casefold() in standalone or openers.OUTLET_KIND_RE.match(name):
            blocks[i].notes.setdefault("opener_source", name)


def _first_lead(blocks: list[Block], order: list[int], k: int) -> bool:
    """No story paragraph stands between ``order[k]`` and the title or chrome above it."""
    for j in range(k - 1, -1, -1):
        b = blocks[order[j]]
        if b.role == TEXT:
            return not is_prose(b)
        if b.notes.get("unit_start"):
            return True
    return True


_ASKS = re.compile(r"[?？؟]")


def _interview_answers(blocks: list[Block], order: list[int], lines: list[tuple[int, int]]
                       ) -> bool:
    """``lines`` (paragraphs opening with one name and a colon, at their positions in
    ``order``) are an interview's answers, not a feed's leads: the paragraph right above at
    least half of them (the first aside) opens with one other label (:data:`_FIELD_LABEL`)
    and asks a question ("Paper: Why now?" / "Name: Because ..."). A feed's leads have no
    questions between them. The caller notes each answer and question ``interview``: a
    question's label may read as a dateline ("Standard: ..." names a paper), and
    :mod:`normalizer.stories.split` opens no story there. (dumps14b: a printed interview
    split at every answer.)"""
    askers: dict[str, int] = {}
    for k, _i in lines[1:]:
        above = blocks[order[k - 1]] if k else None
        if above is None or above.role != TEXT:
            continue
        m = _FIELD_LABEL.match(above.text)
        if m and _ASKS.search(above.text):
            askers[m["label"].casefold()] = askers.get(m["label"].casefold(), 0) + 1
    own = _FIELD_LABEL.match(blocks[lines[0][1]].text)
    if own is not None:
        askers.pop(own["label"].casefold(), None)
    return bool(askers) and max(askers.values()) * 2 >= len(lines) - 1


#: Of a dialogue's answers, at least this share stands right under a question.
DIALOGUE_QUESTION_SHARE = 0.25


def _dialogue_speakers(blocks: list[Block], order: list[int],
                       found: dict[str, list[tuple[int, int]]]) -> set[str]:
    """The names of an interview's guests: two names or more, each opening
    :data:`RHYTHM_MIN_UNITS` paragraphs or more with a colon ("Weltermann: ...", "Auerbach:
    ..."), whose paragraphs stand in turn, each right under a question with no label
    ("Wie gehen Sie als Arzt mit diesen Ängsten um?") or under another guest's answer, and
    under a question at least :data:`DIALOGUE_QUESTION_SHARE` of the time. A feed's leads
    that name their outlets first ("ایسنا: ...", "ایرنا: ...") stand under no questions."""
    named = {name: lines for name, lines in found.items() if len(lines) >= RHYTHM_MIN_UNITS}
    if len(named) < 2:
        return set()
    turns = {k for lines in named.values() for k, _ in lines}
    asked = 0
    for k in turns:
        above = blocks[order[k - 1]] if k else None
        if above is None or above.role != TEXT:
            return set()
        if k - 1 in turns:
            continue
        if not _ASKS.search(above.text[-2:]):
            return set()
        asked += 1
    return set(named) if asked >= DIALOGUE_QUESTION_SHARE * len(turns) else set()


def _mark_outlet_openers(blocks: list[Block], order: list[int]) -> None:
    """Paragraphs that open with the same outlet's name, again and again, each open a
    story of their own: a feed of leads that names its source first and has no
    headlines ("ایسنا: ..." twenty times). The name is the story's source."""
    found: dict[str, list[tuple[int, int]]] = {}  # name -> (position, block) of its lines
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role != TEXT or not is_prose(b):
            continue
        m = _OPENER.match(b.text)
        if m and openers.quote_attribution(m.group("name")):
            continue  # "او افزود: ..." ("he added:"): a quote, no outlet
        if m and m.group("name").rstrip().endswith(".") and dateline_of(b.text) is not None:
            continue  # "Santo Domingo.- ...": the place's dateline, no outlet
        if m and weight(m.group("name")) <= OPENER_MAX_WORDS:
            found.setdefault(m.group("name").strip().casefold(), []).append((k, i))
        elif not m:
            v = openers.OPENER_VERB_RE.match(b.text)
            q = openers.QUOTED_OPENER_RE.match(b.text)
            if v and openers.OUTLET_KIND_RE.match(v.group("name")) and b.notes.get("lead") \
                    and _first_lead(blocks, order, k):
                b.notes.setdefault("opener_source", v.group("name").strip())
            elif q and b.notes.get("lead") and _first_lead(blocks, order, k):
                b.notes.setdefault("opener_source", q.group("name").strip())
    answered = {k for lines in found.values() if len(lines) >= RHYTHM_MIN_UNITS
                and _interview_answers(blocks, order, lines) for k, _ in lines}
    speakers = _dialogue_speakers(blocks, order, found)
    for name, lines in found.items():
        if len(lines) < RHYTHM_MIN_UNITS:
            _mark_single_openers(blocks, order, lines)
            continue
        asker = sum(k + 1 in answered for k, _ in lines) * 2 > len(lines)
        if asker or name in speakers or _interview_answers(blocks, order, lines):
            # (the interviewer's lines, "Андреев: ...", each over an answer: the same)
            for k, i in lines:  # (each answer and the question over it: one story's text)
                blocks[i].notes["interview"] = True
                if k and _ASKS.search(blocks[order[k - 1]].text):
                    blocks[order[k - 1]].notes["interview"] = True
            continue
        for _, i in lines:
            blocks[i].notes["opens_story"] = True
            m = _OPENER.match(blocks[i].text)
            if m:
                blocks[i].notes["opener_source"] = m.group("name").strip()

