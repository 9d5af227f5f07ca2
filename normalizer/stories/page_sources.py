"""The sources a flattened page shows by its layout: the outlet a teaser's source line or a
desk's credit names, a segment's credit, and the page's own publisher (its masthead, logo,
© holder, address, the word its menus and footer are framed with).

A dump is text without markup, so the publisher is read from the shapes of the chrome
that :mod:`normalizer.stories.rhythm` marked: lines that repeat, that open or close the
page, that a © or an address line holds. Split out of ``rhythm`` (round 32) so that page
reading and publisher reading stay separate modules; the rhythm's shape tests
(:func:`~normalizer.stories.rhythm.is_prose`, :func:`~normalizer.stories.rhythm.is_title`,
:func:`~normalizer.stories.rhythm.weight`) are shared.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from urllib.parse import urlsplit

from normalizer.cues import credits as credit_cues
from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.cues.openers import person_name
from normalizer.cues.outlets import (
    GENERIC_WORDS,
    NEWSROOM_SUFFIXES,
    as_written,
    credited_in,
    has_organisation_word,
    is_control_line,
    is_data_provider,
    script_of,
    wire_services,
)
from normalizer.model import BlockKind, MetaKind, RemovedKind
from normalizer.stories.blocks import CRUFT, HEADLINE, META, SEP, TEXT, Block
from normalizer.stories.rhythm import (
    _DIGIT,
    _SENTENCE_END,
    _WORD,
    HEAD_WINDOW,
    RHYTHM_MIN_UNITS,
    RIGHTS_LINE_MAX_WORDS,
    SITE_NAME_MIN_MENTIONS,
    SOURCE_LINE_MAX_WORDS,
    _as_text,
    is_prose,
    is_title,
    weight,
)
from normalizer.text.dates import split_date_line

#: A source line under a teaser's lead: the outlet's name, perhaps with how long ago.
_SOURCE_LINE = re.compile(r"^(?P<name>[^\d|•·]{2,40}?)\s*(?:\d+\s*(?:mins?|minutes?|hours?|hrs?|h|"
                          r"days?|d)\s+ago)?\s*$", re.IGNORECASE)
#: A site's name: a logo's alt text ("Logo la tercera"), or a short line atop the page.
_LOGO = re.compile(r"^(?:\w+\s+){0,2}logo[:\s]+(?P<name>[^\W_][^()_|]{1,40}?)(?:_\w+)?"
                   r"\s*(?:\(.*\))?$", re.IGNORECASE)
SITE_NAME_MAX_WORDS = 3
#: The article or preposition of a logo's alt text before the name ("Logo der SRG SSR",
#: "Logo of the Times", "Logo de la Nación"): "the logo of", not part of the name.
_LOGO_OF = re.compile(r"^(?:of(?:\s+the)?|der|des|de(?:\s+la|\s+l'|l)?|du|della|del|van|di)\s+",
                      re.IGNORECASE)
#: A masthead: a short line of capitalised words, alone on its line, that the page shows
#: this many times or more (its logo's alt text in the header, menus and footer) and at
#: least twice as often as any other such line.
MASTHEAD_MIN_LINES = 4
MASTHEAD_MARGIN = 2
#: ... or up to this many when the footer names the site again.
SITE_NAME_REPEATED_MAX_WORDS = 6
#: A brand in quotes inside a © line's company name (Polish "Spółka ... "Radio Kielce"
#: S.A.", Russian 'ООО «Газета.Ру»'): a capitalised name of a few words, in the holder's
#: first clause.
_QUOTED_BRAND = re.compile(r"[\"„“«]\s*(?P<name>[A-ZÀ-ÞА-ЯЁ][^\"„“”«»]{1,40}?)\s*[\"”“»]")
#: "by" between the © and its holder.
_COPYRIGHT_BY = re.compile(r"^(?:by|von|par|por|door|di|av|af)\s+", re.IGNORECASE)
#: The end of a clause of a © line (a sentence's period, a semicolon, a bar).
_CLAUSE_END = re.compile(r"(?<=\w\w)\.\s+|\s*[;|]\s*")
#: What to strip from a © line to leave its holder (the word "copyright" in the scripts
#: that write it in their own letters: Bengali, Hindi, Korean, Chinese).
_COPYRIGHT_NOISE = re.compile(
    r"^\s*" + cues.COPYRIGHT_AT
    + r"|[©ⓒⒸ]|\(c\)|copyright|কপিরাইট|कॉपीराइट|कापीराइट|저작권|版权|版權|all rights reserved\.?"
    r"|\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2})?",
    re.IGNORECASE)
#: A year of a © line ("2020", "1997" of "1997-2020").
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: The web agency's credit a © line may end with ("Site Copyright © 2022 Developed by X",
#: "Desenvolvido por X"): who built the site, not who holds it; cut before the holder is read.
_WEB_CREDIT = re.compile(
    r"\s*[-–—|]?\s*\b(?:(?:(?:web\s*)?site\s+|web\s+)?(?:developed|designed|powered|built|"
    r"created|hosted|made|maintained)\s+(?:by|with)|(?:web\s*site|site)\s+by|"
    r"(?:desarrollad[oa]|diseñad[oa]|desenvolvid[oa]|criad[oa]|hospedad[oa])\s+(?:por|pela|pelo)|"
    r"(?:réalisé|conçu|développé|propulsé)\s+par|(?:entwickelt|gestaltet|realisiert)\s+"
    r"(?:von|durch)|(?:realizzato|sviluppato|progettato)\s+da)\b.*$",
    re.IGNORECASE)


#: A meta line that names the story's source after a label is short (:data:`openers.
#: INLINE_SOURCE_RES`): a date, a channel, the label and the name.
INLINE_SOURCE_MAX_WORDS = 30


_BRACKETED = re.compile(r"^\s*[(\[][^()\[\]]{2,40}[)\]]\s*$")


def _unbracket(name: str) -> str:
    """"(afp)" -> "afp": a credit in brackets names the outlet inside them."""
    return name.strip().strip("()[]").strip() if _BRACKETED.match(name) else name


def _known_credit(known, name: str) -> str | None:
    """The outlet a slot's name gives, lower-cased credits too ("(afp)" -> AFP)."""
    bare = _unbracket(name)
    return known(bare) or (known(bare.upper()) if bare.islower() else None)


#: A desk's credit line under a headline's date: a section's label or a writer's name, a
#: dash, the outlet ("Haberler - Anadolu Ajansı", "Sport – Reuters").
_DESK_CREDIT = re.compile(r"^(?P<label>[^\W\d_][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3})\s+[-–—|]\s+"
                          r"(?P<outlet>[^\W\d_][^|]{1,40}?)\s*$")
#: Lines above or below such a line that the article's date or byline stands within.
DESK_CREDIT_REACH = 2


def _mark_desk_credit_lines(blocks: list[Block], known) -> None:
    """A "Label - Outlet" line beside an article's date or byline line names the outlet
    the article is from: its source, never a headline of its own (a known outlet only:
    "Politics - Opinion" names none). Between two of the article's paragraphs it credits
    the picture that stood there instead."""
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    for k, i in enumerate(order):
        b = blocks[i]
        m = _DESK_CREDIT.match(b.text) if b.role in (TEXT, META) else None
        if not m or is_prose(b):
            continue
        outlet = _known_credit(known, m.group("outlet"))
        if outlet is None:
            continue
        near = order[max(0, k - DESK_CREDIT_REACH):k] + order[k + 1:k + 1 + DESK_CREDIT_REACH]
        if not any(blocks[j].role == META and blocks[j].cruft_kind == MetaKind.DATE for j in near):
            continue
        b.notes.pop("unit_start", None)
        if 0 < k < len(order) - 1 and is_prose(blocks[order[k - 1]]) \
                and is_prose(blocks[order[k + 1]]):
            # between two paragraphs, the picture's credit: "Prétexte - Belga" (an
            # illustration's, from the agency's photo desk) under the standfirst
            b.mark(CRUFT, RemovedKind.CAPTION)
            continue
        b.mark(CRUFT, RemovedKind.COPYRIGHT)
        b.notes["source_line"] = outlet


#: A footer line opening with the site's name before a bar or dash ("Deutsche
#: Wirtschaftsnachrichten - Das Unternehmen"), or holding it alone.
_FOOTER_NAME = re.compile(r"^\s*(?P<name>[^\W\d_][^|–—]*?)\s*(?:\s[-–—|]\s.*)?$")


#: The site's name in capitals in the author's slot, as its © line names it: at most this
#: many words ("NEW YORK DAILY NEWS").
HOUSE_NAME_MAX_WORDS = 4


def _mark_house_name_lines(blocks: list[Block]) -> None:
    """A line in capitals among the article's lines that is only the site's name as its
    footer writes it ("DEUTSCHE WIRTSCHAFTSNACHRICHTEN" in the author's slot, "Deutsche
    Wirtschaftsnachrichten - Das Unternehmen" at the foot, :data:`SITE_NAME_MAX_WORDS`
    words at most; or its © line's holder, :data:`HOUSE_NAME_MAX_WORDS`): the house's
    credit for its own article, its source, never the text."""
    footers: dict[str, str] | None = None  # squashed name -> spelling, read once if asked
    holders: dict[str, str] = {}  # ... and the © lines' holders
    companies: set[str] = set()  # ... less their legal form, as the page's name
    for b in blocks:
        if b.role != TEXT or not 0 < weight(b.text) <= HOUSE_NAME_MAX_WORDS \
                or not b.text[:1].isupper() or len(own := _squash(b.text)) < BRAND_MIN_CHARS:
            continue
        if footers is None:
            footers = {}
            for o in blocks:
                if o.role != CRUFT or o.cruft_kind == RemovedKind.CAPTION:
                    continue
                holder = _COPYRIGHT_NOISE.sub(" ", o.text.rsplit("©", 1)[-1]) \
                    if "©" in o.text else None
                if holder is not None:
                    companies.add(_squash(openers.COMPANY_SUFFIX_RE.sub("", holder)))
                if not o.text.isupper() and (m := _FOOTER_NAME.match(o.text)):
                    footers.setdefault(_squash(m.group("name")), m.group("name"))
                    if holder is not None:  # ("Copyright © 2022, New York Daily News")
                        holders.setdefault(_squash(holder), holder.strip(" .,|-"))
        if not b.text.isupper():
            # The page's name in its own spelling among the article's lines, as its ©
            # line's company is called ("La Voz de Galicia" over "Efe" and the date, under
            # "© Copyright LA VOZ DE GALICIA S.A."): the house's masthead, no text; the
            # story's source is the credit under it, else the © line's.
            if own in companies:
                b.mark(CRUFT, RemovedKind.CHROME)
            continue
        spelt = holders.get(own)
        if spelt is None and weight(b.text) <= SITE_NAME_MAX_WORDS:
            spelt = footers.get(own)
        if spelt is not None:
            b.mark(CRUFT, RemovedKind.COPYRIGHT)
            b.notes["source_line"] = spelt
            b.notes["house_name"] = True  # (read as spelt, not as its capitals)


#: Lines above a "read the rest on X" link that the excerpt's last paragraph stands within.
READ_ON_REACH = 2


def _mark_read_on_lines(blocks: list[Block], known) -> None:
    """An excerpt's "Lire la suite sur X" ("Read the rest on X") link right under its last
    paragraph names the site the story is from (its source) and ends the excerpt: the
    lines after it that no title opens are the page's boxes, not the story's."""
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    for k, i in enumerate(order):
        b = blocks[i]
        if b.role == TEXT or weight(b.text) > openers.CREDIT_LINE_MAX_WORDS:
            continue
        m = openers.REPUBLISHED_RE.match(b.text)
        if not m or not any(is_prose(blocks[order[j]])
                            for j in range(max(0, k - READ_ON_REACH), k)):
            continue
        name = m.group("name").strip()
        b.mark(CRUFT, RemovedKind.COPYRIGHT)
        b.notes["source_line"] = known(name) or name
        if not openers.MORE_LINK_RE.search(b.text) and not re.match(
                r"(?i)\W*(?:read|lire|leggi|leer|lees|weiterlesen|czytaj|читать|continue)", b.text):
            continue  # ("Originally published in X" ends no excerpt)
        for j in order[k + 1:]:
            c = blocks[j]
            if c.notes.get("unit_start"):
                break
            if c.role == TEXT:
                c.mark(CRUFT, RemovedKind.RELATED_LINK)
                c.notes.pop("lead", None)


def mark_source_lines(blocks: list[Block], known) -> None:
    """Teasers whose lead is followed by a short line naming an outlet, again and again
    (a feed reader's or portal's "Reuters · 13 mins ago"): that line is the teaser's
    source. ``known(name)`` gives an outlet's canonical name or None; one known name in
    the slot is enough to take every name in it, known or not ("IB Times", "omg")."""
    _mark_desk_credit_lines(blocks, known)
    _mark_house_name_lines(blocks)
    _mark_read_on_lines(blocks, known)
    for b in blocks:  # "... 稿件来源： 河北日报", "CNET Japan 3/9(木) 18:45配信"
        if b.role != TEXT and weight(b.text) <= INLINE_SOURCE_MAX_WORDS:
            for rx in openers.INLINE_SOURCE_RES:
                m = rx.search(b.text)
                if m:
                    b.notes["source_line"] = known(m.group("name")) or m.group("name").strip()
                    break
    _mark_card_source_lines(blocks, known)
    _mark_card_outlet_lines(blocks, known)
    _mark_box_outlet_links(blocks, known)
    slots: list[tuple[int, str]] = []
    for i, b in enumerate(blocks):
        if not b.notes.get("unit_start"):
            continue
        # the line after the unit's first lead
        j = i + 1
        while j < len(blocks) and not (blocks[j].role == TEXT and blocks[j].notes.get("lead")) \
                and not blocks[j].notes.get("unit_start") and j - i <= HEAD_WINDOW:
            j += 1
        k = j + 1
        if k >= len(blocks) or blocks[k].notes.get("unit_start") or blocks[k].role == SEP:
            continue
        line = blocks[k]
        if k + 1 < len(blocks) and blocks[k + 1].kind == "item":
            continue  # a list's label ("More stories"), not a teaser's source
        m = _SOURCE_LINE.match(line.text)
        if m and weight(line.text) <= SOURCE_LINE_MAX_WORDS and line.cruft_kind != "byline" \
                and not openers.MORE_LINK_RE.match(line.text) \
                and not line.text.rstrip().endswith((":", "：")):  # a label: "Rückfragen an:"
            slots.append((k, m.group("name").strip()))
    if len(slots) < RHYTHM_MIN_UNITS or not any(_known_credit(known, n) for _, n in slots):
        return
    # A live blog's entries end with "(reuters)", "(afp)": where the known names are all in
    # brackets, a slot's other lines (an entry's last title, "LEGGI I COMMENTI") are none.
    bracketed = all(_BRACKETED.match(name) for _, name in slots if _known_credit(known, name))
    for k, name in slots:
        if bracketed and not _BRACKETED.match(name):
            continue
        blocks[k].mark(CRUFT, RemovedKind.COPYRIGHT)
        blocks[k].notes["source_line"] = _known_credit(known, name) or _unbracket(name)


def _mark_card_source_lines(blocks: list[Block], known) -> None:
    """A feed's cards headed by their outlet and age ("Outlet · 2 hours ago" right above
    each title, :func:`_card_heads`): that line names the card's source. As for the slot
    under a lead, the shape must recur :data:`RHYTHM_MIN_UNITS` times and one name in it be
    an outlet the table knows."""
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    above: list[tuple[int, str]] = []
    for k in range(1, len(order)):
        line = blocks[order[k - 1]]
        if not blocks[order[k]].notes.get("unit_start") or line.role != META \
                or line.cruft_kind != MetaKind.DATE:
            continue
        name = split_date_line(line.text)[1].strip(" ·|-–—•")
        if name and weight(name) <= SOURCE_LINE_MAX_WORDS \
                and k + 1 < len(order) and blocks[order[k + 1]].role == TEXT:
            above.append((order[k + 1], name))
    if len(above) < RHYTHM_MIN_UNITS or not any(_known_credit(known, n) for _, n in above):
        return
    for j, name in above:  # (on the card's lead: the line above its title may fall in the
        # segment before, and the next card's head line at the end of its own)
        blocks[j].notes["opener_source"] = _known_credit(known, name) or name


def _mark_card_outlet_lines(blocks: list[Block], known) -> None:
    """A portal's feed of other outlets' cards, each its outlet's name on a line of its own
    over the title, the title's age under it ("Novinky" / title / "Před 8 hodinami" /
    lead): that line names the card's source. The shape must recur
    :data:`RHYTHM_MIN_UNITS` times and one name in it be an outlet the table knows, as for
    the slot under a lead (a section's kicker over each title is no outlet)."""
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    above: list[tuple[int, str, int]] = []  # (the lead, the name, its line)
    boxes: list[tuple[int, str, int]] = []  # the same line over a title and its lead, no age
    for k in range(1, len(order) - 2):
        head, line = blocks[order[k]], blocks[order[k - 1]]
        if line.role == META or not (head.notes.get("unit_start") or is_title(head)):
            continue
        # (the outlet's section after a colon: "Novinky.cz: Krimi")
        name = line.text.split(":", 1)[0].strip(" ·|-–—•")
        if not name or weight(line.text) > SOURCE_LINE_MAX_WORDS or _SENTENCE_END.search(name) \
                or split_date_line(name)[0]:
            continue
        age = blocks[order[k + 1]]
        if age.role == TEXT and age.notes.get("lead"):
            boxes.append((order[k + 1], name, order[k - 1]))
            continue
        if age.role != META or age.cruft_kind != MetaKind.DATE:
            continue
        lead = next((order[j] for j in range(k + 2, min(len(order), k + 2 + HEAD_WINDOW))
                     if blocks[order[j]].role == TEXT), None)
        if lead is not None:
            above.append((lead, name, order[k - 1]))
    if len(above) < RHYTHM_MIN_UNITS or not any(_known_credit(known, n) for _, n, _ in above):
        return
    # (where the feed's cards name their outlets so, the portal's boxes over it name theirs
    # on the label over each box's first title: "Novinky" / title / lead)
    for j, name, at in above + boxes:
        blocks[j].notes.setdefault("opener_source", _known_credit(known, name) or name)
        # (the line opens the next card: no sign-off of the card above, "Deník N")
        if blocks[at].notes.pop("signoff", None):
            blocks[at].mark(CRUFT, RemovedKind.CHROME)
        blocks[at].notes.pop("source_line", None)


#: Boxes closed by a link to an outlet's own pages, naming this many outlets at least (a
#: portal of its papers' boxes; one such link under an article points elsewhere).
BOX_LINK_MIN_OUTLETS = 2


def _mark_box_outlet_links(blocks: list[Block], known) -> None:
    """A portal's boxes of its papers' teasers, each closed by its link to the paper's own
    pages (:data:`~normalizer.cues.text.MORE_AT_OUTLET_RE`: "More news at The Daily
    Telegraph", "More news at AdelaideNow"): the box's teaser with a lead (the last unit
    that opens in the box) is that outlet's story, known to the table or not (named as
    :func:`segment_source` names an opener's outlet: the table's name, else the link's).
    Where the links name :data:`BOX_LINK_MIN_OUTLETS` outlets at least."""
    order = [i for i, b in enumerate(blocks) if b.role != SEP]
    links = [(k, m.group("name").strip()) for k, i in enumerate(order)
             if (m := cues.MORE_AT_OUTLET_RE.match(blocks[i].text)) is not None]
    if len({name.casefold() for _, name in links}) < BOX_LINK_MIN_OUTLETS:
        return
    start = 0
    for k, name in links:
        opens = [j for j in range(start, k) if blocks[order[j]].notes.get("unit_start")]
        start = k + 1
        if not opens:
            continue
        for j in range(opens[-1], k):
            if blocks[order[j]].role == TEXT:
                blocks[order[j]].notes.setdefault("opener_source", name)


def segment_source(segment_blocks: list[Block], known=None) -> str | None:
    """The source a source line (:func:`mark_source_lines`) or a feed item's opening
    outlet name gives the segment (canonical where ``known`` knows the name). A line
    naming only the site's own newsroom ("Redacción | Abril 19, 2022" among the cards'
    "EFE | ..."; :data:`NEWSROOM_SUFFIXES`) names no outlet: the page's name stands."""
    for b in segment_blocks:
        if "source_line" in b.notes:
            if b.notes["source_line"].casefold().strip(" .") in NEWSROOM_SUFFIXES:
                continue
            return b.notes["source_line"]
        if "opener_source" in b.notes and b.role == TEXT:
            name = b.notes["opener_source"]
            return (known(name) if known else None) or name
    return None


#: A save stamp after a site's name on a dump's first line: a date, a time.
_STAMP = re.compile(r"\s*\b\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


#: Media groups: a © line or footer that names one names the company behind the site, not
#: the site ("Copyright Diários Associados", "© 2020 Prisma Média"); the page's own name
#: is then read from its lines (:func:`_site_name`). Folded, without accents or suffixes.
MEDIA_GROUPS = frozenset({
    "prisma media", "diarios associados", "infor biznes", "gedi", "gedi gruppo editoriale",
    "gnn - gedi gruppo editoriale", "axel springer", "hubert burda media", "burda",
    "conde nast", "hearst", "gannett", "mondadori", "rcs mediagroup", "vocento",
    "grupo globo", "grupo clarin", "prensa iberica", "ringier", "tamedia", "schibsted",
    "bauer media", "funke mediengruppe", "lagardere", "mediahuis", "dpg media", "news corp",
    "reach plc", "grupo prisa", "prisa", "unidad editorial", "groupe ebra", "ippen media",
    "madsack", "polska press", "agora", "ringier axel springer", "grupo abril",
    "editora globo", "grupo rbs", "nexstar", "nexstar media", "sinclair", "tegna", "gray media",
    "scripps", "lee enterprises", "mcclatchy", "tribune publishing", "alden global capital",
    "srg ssr", "times internet", "bennett coleman", "bennett, coleman", "gremi media",
    "grupa wp", "wirtualna polska media", "gremi", "pmc", "penske", "incisive",
    "dotdash meredith", "valnet", "ziff davis", "alma media", "sanoma", "amedia", "egmont",
    "heise medien",
})
#: A domain-like token in a page's chrome ("Forsal.pl", "prachatai.com"): a site's name.
#: Its name starts the host: never the word after a hyphen ("standard" of
#: "feedback@business-standard.com" named Der Standard for Business Standard's page). A
#: country's second level counts with its ending ("news.com.au", "stuff.co.nz").
_DOMAIN = re.compile(r"(?<![\w.@/-])(?P<name>[^\W\d_][\w-]{2,30})(?P<tld>\.(?:(?:com|co|net|org)\."
                     r"[a-z]{2}|com|net|org|info|news|[a-z]{2}))(?!(?-i:[a-z0-9_])|\.\w)",
                     re.IGNORECASE)
#: A web address's scheme and "www." before the site's name in a © line ...
_SCHEME = re.compile(r"(?<![\w/])https?://(?:www\.)?", re.IGNORECASE)
#: ... right after the sign: the © line names the site by its address.
_ADDRESS_HOLDER = re.compile(r"©\s*https?://", re.IGNORECASE)
#: A word in capitals, an acronym a site may go by ("LRT", "NDTV").
_ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])")
#: The kinds of lines that speak for the site itself (menus, its offers, its ©): captions,
#: credits and related links name other outlets' photos and stories.
SITE_CHROME_KINDS = frozenset({RemovedKind.CHROME, RemovedKind.PROMO, RemovedKind.PAYWALL,
                               RemovedKind.COPYRIGHT})
#: Lines a one-word site name must open or close, and its lead over the next word.
SITE_WORD_MIN_LINES = 4
SITE_WORD_MARGIN = 1.5
#: A line of chrome that writes this many web addresses or more lists other sites (a
#: group's partners), none of them the page's own.
PARTNER_LIST_MIN_ADDRESSES = 3
#: A line of chrome longer than this is a paragraph taken for chrome: it names no site.
SITE_CHROME_MAX_WORDS = 25


def _fold_name(name: str) -> str:
    return openers.COMPANY_SUFFIX_RE.sub("", _unaccented(name.casefold())).strip(" .,|-")


def is_media_group(name: str) -> bool:
    """``name`` is a media group's (see :data:`MEDIA_GROUPS`), perhaps with the country
    of its branch after it ("Mediahuis Luxembourg", "Ringier Axel Springer Polska")."""
    folded = _fold_name(name)
    words = folded.split()
    return folded in MEDIA_GROUPS or any(" ".join(words[:n]) in MEDIA_GROUPS
                                         for n in range(1, len(words)))


#: Marks a brand's name is styled with in its © line ("!!444!!!"): no part of the name.
BRAND_MARKS = "!*~_¡"


#: A newspaper's own archive database, by the name its header shows, and the one paper it
#: holds: an export of it credits that paper (the header names the database, "ヨミダス歴史館",
#: or opens with the database's notices, "News"), never the database itself.
HOUSE_ARCHIVES: tuple[tuple[str, str], ...] = (
    ("ヨミダス", "読売新聞"),  # Yomiuri's archive
    ("聞蔵", "朝日新聞"),  # Asahi's archive (Kikuzo II)
)
#: How many lines atop an export its header (the database's name) may take.
HOUSE_ARCHIVE_LINES_READ = 40
#: The longest header line naming a database (its name, a company's name before it).
HOUSE_ARCHIVE_LINE_MAX_CHARS = 16


def _house_archive_paper(blocks: list[Block]) -> str | None:
    """The paper whose own archive database exported the page: a short header line near
    the top naming the database ("ヨミダス歴史館", "朝日新聞社 聞蔵II"); None elsewhere. A
    long line that names it is a notice ("聞蔵の新機能 ... をリリースしました")."""
    lines = [b for b in blocks if b.role != SEP][:HOUSE_ARCHIVE_LINES_READ]
    for b in lines:
        text = b.text.strip()
        if len(text) > HOUSE_ARCHIVE_LINE_MAX_CHARS:
            continue
        for archive, paper in HOUSE_ARCHIVES:
            if archive in text:
                return paper
    return None


def page_source(blocks: list[Block], known, find) -> str | None:
    """The page's own name: the source of the stories that name none. From its © line,
    logo or first line (:func:`_page_name`), written as the page credits itself where it
    does so by its web address (:func:`_own_address`)."""
    found = _page_name(blocks, known, find)
    return (_own_address(blocks, found) or _spelled_out(blocks, found)
            or _in_page_script(blocks, found)
            or (None if known(found) else _initials_spelled(blocks, found))
            or found) if found else found


#: How many lines atop the page are read for the words a name's initials stand for.
INITIALS_LINE_REACH = 15
_INITIALS = re.compile(r"^(?P<abbr>[A-ZÄÖÜ]{2,5})(?:\s|$)")


def _initials_spelled(blocks: list[Block], name: str) -> str | None:
    """The paper's name in words where the name read opens with its initials ("MZ
    Dessau-Roßlau", its local edition's follow lines): the capitalised words a line atop
    the page opens with, one a letter, whose initials those are ("Mitteldeutsche Zeitung
    Nachrichten aus Sachsen-Anhalt, ...", its logo and tagline). None where no line
    spells them. (Not asked of a name the outlets table knows: "CNN" stays "CNN".)"""
    m = _INITIALS.match(name.strip())
    if m is None:
        return None
    abbr = m.group("abbr")
    for b in [b for b in blocks if b.role != SEP][:INITIALS_LINE_REACH]:
        if b.role == TEXT and is_prose(b):
            continue
        words = b.text.split()[:len(abbr)]
        if len(words) == len(abbr) and all(
                w[:1] == a and w[1:].isalpha() and any(c.islower() for c in w[1:])
                for w, a in zip(words, abbr, strict=True)):
            return " ".join(words)
    return None


def _spelled_out(blocks: list[Block], name: str) -> str | None:
    """The page's name in words where it was read as its web address ("SportingNews.com"
    in the © line): the words the page sets as a line of their own, its masthead and
    labels ("Sporting News"), spelling the address's name, on
    :data:`SITE_NAME_MIN_MENTIONS` lines or more, the spelling written most; else such words
    in capitals inside a line of its chrome. None where ``name`` is no address or the page
    spells it nowhere."""
    m = _DOMAIN.fullmatch(name.strip())
    if not m:
        return None
    own = _squash(m.group("name"))
    counts = Counter(b.text.strip() for b in blocks
                     if len(b.text.split()) >= 2 and _squash(b.text) == own)
    if sum(counts.values()) >= SITE_NAME_MIN_MENTIONS:
        return counts.most_common(1)[0][0]
    # (or a name in capitals inside the page's own chrome, its "About us" blurb: "...
    # and its website The Island Now.")
    # a spelling in small letters over one in capitals: the page's shouting is its style
    # ("I PROGETTI DI MILANO CITTA’ STATO" atop, "Milano Città Stato è un magazine ...")
    spelled = [s for b in blocks if b.role != TEXT
               for run in _CAPITALISED_RUN.findall(b.text) if (s := _spelling(run, own))]
    return next((s for s in spelled if not s.isupper()), spelled[0] if spelled else None)


#: A run of capitalised words ("The Island Now").
_CAPITALISED_RUN = re.compile(r"(?:[A-ZÀ-Þ][\w'’&-]*\s+)+[A-ZÀ-Þ][\w'’&-]*")


def _in_page_script(blocks: list[Block], name: str) -> str | None:
    """The page's own name in the script its stories are written in, where the outlets
    table spells it so and the page's chrome writes that spelling ("読売新聞" on a Japanese
    page whose © line says "The Yomiuri Shimbun"): the naming principle of
    :func:`~normalizer.cues.outlets.as_written` for a story's credit, for the page's name.
    The script is the one most of the page's story lines open in. None where the page
    writes ``name`` itself beyond its © line (its own spelling, however rare), or
    otherwise."""
    scripts = Counter(script_of(b.text) for b in blocks if b.role == TEXT)
    own = scripts.most_common(1)[0][0] if scripts else None
    if own is None or own == script_of(name):
        return None
    said = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    if any(said.search(b.text) for b in blocks if b.role != TEXT and "©" not in b.text):
        return None  # the page names itself so beyond its © line ("YouTube: Prachatai")
    written = as_written(name, [b.text for b in blocks if b.role != TEXT])
    return written if written != name and script_of(written or "") == own else None


def _own_address(blocks: list[Block], name: str) -> str | None:
    """The web address the page writes its own ``name`` as, on lines that hold the address
    alone ("HVG.hu" atop the page and over its stories, where the © line names the
    publisher "HVG Kiadó Zrt."): the naming principle of :func:`as_credited`, an outlet is
    named as its credit prints it, and a site that credits itself by its address is named
    so ("ORF.at", not "ORF"). Only an address whose name is ``name``'s letters (another
    site's address, a shop's "bolt.hvg.hu", names another), on
    :data:`SITE_NAME_MIN_MENTIONS` lines or more; the spelling written most, the first of
    a tie. A bulleted line is a menu's link ("• Example.com", "• Example.at": the site's
    editions), not the page's credit. None where the page writes no such line."""
    own = _squash(name)
    counts: dict[str, int] = {}
    for i, b in enumerate(blocks):
        line = b.text.strip()
        if b.kind == BlockKind.ITEM:
            continue
        m = _DOMAIN.fullmatch(line)
        if m and _squash(m.group("name")) == own and not _share_bar_link(blocks, i):
            counts[line] = counts.get(line, 0) + 1
    if sum(counts.values()) < SITE_NAME_MIN_MENTIONS:
        return None
    return max(counts, key=lambda w: counts[w])


#: A share bar's lines above its short link: this many network names among the lines read.
SHARE_BAR_NETWORKS = 2
SHARE_BAR_REACH = 4


def _share_bar_link(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` closes a share bar ("Facebook", "Twitter", "Flipboard", "Email",
    "uproxx.it"): the short link the bar copies, not the page's credit of itself."""
    return sum(1 for o in blocks[max(0, i - SHARE_BAR_REACH):i]
               if weight(o.text) <= 2 and cues.NETWORK_NAME_RE.match(o.text.strip())) \
        >= SHARE_BAR_NETWORKS


def _page_name(blocks: list[Block], known, find) -> str | None:
    """The page's own name: the source of the stories that name none. From its © line,
    logo or first line (:func:`_page_source`); where that names no one or only the media
    group behind the site (a group of :data:`MEDIA_GROUPS`, or a holder that says it is
    one's: :data:`~normalizer.cues.openers.GROUP_MEMBER_RE`), from the name its chrome
    repeats (:func:`_site_name`). An export of a paper's own archive database credits that
    paper
    (:func:`_house_archive_paper`)."""
    archived = _house_archive_paper(blocks)
    if archived is not None:
        return archived
    found = _page_source(blocks, known, find)
    if found is not None and _section_word(found):
        found = None  # "Sezioni" atop the page, "News" over its menu: no site's name
    if found is not None:  # a brand's decoration in its © line ("© 2021 - !!444!!! - ...")
        found = found.strip(BRAND_MARKS) or found
    if found is not None and is_control_line(found):
        found = None  # "Home>>", "ÖncekiSonraki", "ABONNIEREN SIE ...", "HU": controls
    member = openers.GROUP_MEMBER_RE.match(found) if found is not None else None
    if member:  # "© 2020 a Reach plc subsidiary": the group behind the site, by its name
        found = next(name for name in member.groups() if name).strip()
    first_line = _first_line_name(blocks, known) if found is not None and not member else None
    if not member and (found is None or found == first_line):
        # (a page's first line may be its menu's first item, "KARRIERE")
        masthead = _masthead_line(blocks)
        if masthead is not None:
            return known(masthead) or masthead
    if found is None or member or is_media_group(found):
        site = _site_name(blocks, known, find)
        if site is not None and _section_word(site):
            # ("News": the word of a sister site's address, "NEWS.com.au Network", counted
            # in "Breaking News"; a section's word names no site) the outlet the page's own
            # lines name most ("The Australian" atop it, "In The Australian Today")
            site = _named_outlet(blocks, find) or site
        return site or (
            _printed_site(blocks) if found else None) or (
            _handles_brand(blocks) if found else None) or (
            _group_title(blocks, find) if found else None) or (
            _named_outlet(blocks, find) if found else None) or (
            _linked_site(blocks) if found else None) or _channel_name(blocks) \
            or _addressed_brand(blocks) or _self_described(blocks) \
            or (_mailed_site(blocks) if found else None) or found
    if found == first_line:
        # a page's first line may be a control or an ad's label ("Hopp til innhold",
        # "ANNONCE"): the name its chrome repeats, where the line does not hold it, first
        # (unless the page's © line names the company after it: "EDITORA LISTIN DIARIO,
        # S.A." under "Listin Diario", whose menu's "El Mundo es Así" names no site)
        site = None if _in_notice(blocks, found) else _site_name(blocks, known, find)
        if site and _squash(site) not in _squash(found):
            return site
        if known(found) is None:
            return _self_credited(blocks, known) or found
    return found


#: Mail services whose addresses name no site ("x@gmail.com").
MAIL_SERVICES = frozenset({
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "aol", "icloud",
    "gmx", "web", "mail", "protonmail", "proton", "yandex", "qq", "naver", "daum", "seznam",
    "wp", "o2", "t-online", "orange", "free", "libero", "hushmail", "zoho",
})
#: A writer's address stands alone on its line: this many words.
MAILED_LINE_MAX_WORDS = 1
#: The site's name its writers' address gives is this long at least.
MAILED_NAME_MIN_CHARS = 4
#: A writer's own mailbox: first and last names ("lauri.nurmi@", "j_doe@"), no desk's.
_WRITERS_MAILBOX = re.compile(r"^[^\W\d_]+[._-][^\W\d_]+@")


def _mailed_site(blocks: list[Block]) -> str | None:
    """The site its writers' addresses name, where the © line names only the media group
    behind it ("lauri.nurmi@iltalehti.fi" alone on its line under the story, "© 2021 Alma
    Media Suomi Oy"; a contact line's "E-mail: redaktion@example.org" names no one's):
    the address's domain name, as a line of the page spells it ("Le Monde" for
    "lemonde.fr") or capitalised ("Iltalehti"). A mail service's address names no site."""
    for b in blocks:
        if "@" not in b.text or weight(b.text) > MAILED_LINE_MAX_WORDS:
            continue
        m = cues.EMAIL_RE.fullmatch(b.text.strip())
        if m is None or not _WRITERS_MAILBOX.match(m.group(0)):
            continue  # (a contact line's "E-mail: redaktion@..." is the newsroom's)
        name = m.group(0).rsplit("@", 1)[1].lower().removeprefix("www.").split(".")[0]
        if len(name) < MAILED_NAME_MIN_CHARS or name in MAIL_SERVICES or not name.isalpha():
            continue
        spelt = next((o.text.strip() for o in blocks if o is not b
                      and weight(o.text) <= SITE_NAME_MAX_WORDS and _squash(o.text) == name), None)
        return spelt or name.capitalize()
    return None


def _self_described(blocks: list[Block]) -> str | None:
    """The site its footer describes ("Der Landesspiegel ist eine Online-Zeitung in
    Liechtenstein."; :data:`openers.SELF_DESCRIBED_RE`) or thanks the reader for supporting
    ("... Thank you for supporting The Atlantic."), where another line of the page names
    it too (its logo's line, a date line's "von Landesspiegel"). A story's sentence on
    another paper is the page's text, not its chrome."""
    for b in blocks:
        if b.role != CRUFT:
            continue
        m = openers.SELF_DESCRIBED_RE.match(b.text)
        name = m.group("name").strip() if m else openers.thanked_site(b.text)
        if not name:
            continue
        address = _DOMAIN.fullmatch(name)  # ("Vegolosi.it", "Cerca su Vegolosi")
        own = _squash(address.group("name") if address else name)
        if len(own) >= BRAND_MIN_CHARS and not _section_word(name) and sum(
                own in _squash(o.text) for o in blocks if o is not b) >= ABOUT_SITE_MIN_LINES:
            return name
    return None


#: A brand named with its web address in brackets after it ("... l'offre payante PureMédias
#: (ozap.com)"): up to three capitalised words.
_BRAND_AND_ADDRESS = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ][\w'’&-]*){0,2})\s*\(\s*(?:www\.)?"
    r"[^\W\d_][\w-]{1,30}\.[a-z]{2,6}\s*\)")
#: The brand's name is at least this long, squashed (no initials: "TF1 (tf1.fr)" is one).
BRAND_MIN_CHARS = 4


def _addressed_brand(blocks: list[Block]) -> str | None:
    """The brand the page's chrome names with its web address in brackets, where the chrome
    names it on :data:`SITE_NAME_MIN_MENTIONS` lines or more, accents and case folded
    ("Conditions Générales de l'offre payante PureMédias (ozap.com)", "Puremédias" alone
    over its owner "Webedia", "Puremédias sur mobile", "Abonnez-vous à l’actu Puremedias";
    round 51): a site whose address is not its name (a former name, its owner's) calls
    itself so. Spelled as a line of its own spells it, else as the bracketed line does."""
    chrome = [b.text.strip() for b in blocks
              if b.role == CRUFT and b.cruft_kind in SITE_CHROME_KINDS and "(" in b.text]
    for line in chrome:
        m = _BRAND_AND_ADDRESS.search(line)
        if m is None or len(own := _squash(m.group("name"))) < BRAND_MIN_CHARS:
            continue
        said = [b.text.strip() for b in blocks if b.role == CRUFT
                and weight(b.text) <= SITE_CHROME_MAX_WORDS and own in _squash(b.text)]
        if len(said) >= SITE_NAME_MIN_MENTIONS:
            return next((t for t in said if _squash(t) == own), m.group("name"))
    return None


#: How many lines atop the page are read for a masthead line (:func:`_masthead_line`).
MASTHEAD_LINE_REACH = 10
#: The shortest domain name a masthead line's name may spell.
MASTHEAD_STEM_MIN_CHARS = 4


def _masthead_line(blocks: list[Block]) -> str | None:
    """The site's name on a line atop the page that names it with its web address, parts
    apart by bars ("Oberösterreichische Nachrichten | OÖN | Nachrichten.at", a page's title
    shown in its header): the part whose words end or begin with the address's name (where
    no © line named the site, or only the page's first line did)."""
    lines = [b for b in blocks if b.role != SEP][:MASTHEAD_LINE_REACH]
    for b in lines:
        if b.role == TEXT and b.notes.get("unit_start") or "|" not in b.text:
            continue
        parts = [p.strip() for p in b.text.split("|") if p.strip()]
        if not 2 <= len(parts) <= 4:
            continue
        stems = [m.group("name").casefold() for m in map(_DOMAIN.fullmatch, parts)
                 if m is not None and len(m.group("name")) >= MASTHEAD_STEM_MIN_CHARS]
        for part in parts:
            if _DOMAIN.fullmatch(part) or not part[:1].isupper() \
                    or not 1 <= weight(part) <= SITE_NAME_MAX_WORDS:
                continue
            squashed = _squash(part)
            if any(squashed.endswith(stem) or squashed.startswith(stem) for stem in stems):
                return part
    return None


#: A channel's tagline closing on the site's name ("Indie Music on UPROXX", "NBA on UPROXX",
#: "Travel, Food, And Drinks On UPROXX"): one to three capitalised words after "on".
_ON_SITE = re.compile(r"\s[Oo]n\s+(?P<name>[A-Z][\w.&'’-]+(?:\s+[A-Z][\w.&'’-]+){0,2})\s*$")
#: The chrome lines at least that close on the same name.
CHANNEL_NAME_MIN_LINES = 3


def _channel_name(blocks: list[Block]) -> str | None:
    """The site's name its channels' taglines close on (:data:`_ON_SITE`), on
    :data:`CHANNEL_NAME_MIN_LINES` chrome lines or more; not a network's ("Follow us on
    Twitter", "Watch on YouTube")."""
    counts = Counter(m["name"] for b in blocks if b.role == CRUFT
                     and (m := _ON_SITE.search(b.text)) is not None
                     and not cues.NETWORK_NAME_RE.match(m["name"]))
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= CHANNEL_NAME_MIN_LINES else None


def _printed_site(blocks: list[Block]) -> str | None:
    """The site a print view's footer names by its address ("This article was printed
    from http://www.deadline.com/2013/06/...", :data:`cues.PRINTED_FROM_RE`): the page's
    own, written as a line of the page writes its name alone ("Deadline"), else as the
    address's host without "www."."""
    for b in blocks:
        m = cues.PRINTED_FROM_RE.match(b.text)
        if m is None:
            continue
        url = m.group("url")
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        host = host.removeprefix("www.")
        name = host.split(".")[0]
        if len(name) < 3:
            return None
        alone = next((o.text.strip() for o in blocks if o.folded.strip() == name), None)
        return alone or host
    return None


#: Letters the brand a page's handles share must have at least ("theargus").
HANDLES_BRAND_MIN_CHARS = 5


def _handles_brand(blocks: list[Block]) -> str | None:
    """The site's name its own handles begin with ("@theargusoffers", "@theargusguide":
    "theargus"), as the page writes it in words ("The Argus", on two lines or more), under
    a media group's © line that names the group, not the site ("A Gannett Company"). The
    brand is the longest start two handles or more share; None where the page writes no
    such name."""
    handles = sorted({m.group("name").casefold() for b in blocks if b.role != TEXT
                      for m in _HANDLE.finditer(b.text)})
    starts: Counter[str] = Counter()
    for a, b in zip(handles, handles[1:], strict=False):
        start = os.path.commonprefix([a, b])
        if len(start) >= HANDLES_BRAND_MIN_CHARS:
            starts[start] += 1
    for start, _ in starts.most_common():
        spelled = re.compile(r"\s*".join(re.escape(c) for c in start) + r"(?!\w)", re.IGNORECASE)
        found = Counter(m.group(0) for b in blocks if b.role != TEXT
                        for m in spelled.finditer(b.text)
                        if " " in m.group(0) and m.group(0)[:1].isupper())
        if found and found.most_common(1)[0][1] >= SITE_NAME_MIN_MENTIONS:
            return found.most_common(1)[0][0]
    return None


def _section_word(name: str) -> bool:
    """``name`` is a word of a menu (a section's, "News", "Sezioni"; a kind of outlet,
    "Redacción"; :data:`cues.SECTION_NAMES`, :data:`cues.SECTION_MENU_WORDS`,
    GENERIC_WORDS), never a site's name."""
    folded = name.casefold().strip(" .:|")
    return folded in cues.SECTION_NAMES or folded in cues.SECTION_MENU_WORDS \
        or folded in GENERIC_WORDS


def _in_notice(blocks: list[Block], name: str) -> bool:
    """A © line of the page holds ``name`` (squashed) inside a longer holder: the company
    behind the site, named after the site's title ("Copyright © 2016 EDITORA LISTIN
    DIARIO, S.A." for "Listin Diario")."""
    own = _squash(name)
    return len(own) >= 3 and any(
        b.role == CRUFT and "©" in b.text and own in _squash(b.text) for b in blocks)


#: A story's credit slot: a name, a bullet or bar, then the date ("Site • 2021. május 8.").
_CREDIT_SLOT = re.compile(r"^(?P<name>[^•|·]{2,40}?)\s+[•|·]\s+(?P<rest>.*\d.*)$")


def _self_credited(blocks: list[Block], known) -> str | None:
    """The site a page writes in its stories' credit slots, where its own staff's stories
    carry the site's name before the date as others carry their writer's ("Site • <date>"
    over some teasers, "Writer Name • <date>" over the rest): named so on
    :data:`SITE_NAME_MIN_MENTIONS` lines or more, the only site so named (an outlet of the
    table, or one word the table does not know), no wire service (whose stories the site
    carries). Only where the page's first line is all it names otherwise, and that line is
    no outlet (a flattened page's edition menu, a city: "Town" atop the page)."""
    counts: dict[str, int] = {}
    for b in blocks:
        m = _CREDIT_SLOT.match(b.text.strip())
        if m is None or weight(m.group("name")) > SITE_NAME_MAX_WORDS \
                or not split_date_line(m.group("rest"))[0]:
            continue  # (a score ticker's "RESULT • 1st T20I • Kingston": no date, round 44)
        written = m.group("name").strip()
        # (one word the table may not know: a person's name has two, "Jane Roe • <date>")
        name = known(written) or (written if len(written.split()) == 1
                                   and written[:1].isalpha() else None)
        if name:
            counts[name] = counts.get(name, 0) + 1
    named = [n for n, c in counts.items() if c >= SITE_NAME_MIN_MENTIONS]
    if len(counts) != 1 or not named or named[0] in wire_services():
        return None
    return named[0]


def _named_outlet(blocks: list[Block], find) -> str | None:
    """Under a media group's © line ("Copyright 2018 Times Internet", "© Copyright by GREMI
    MEDIA SA"), the outlet of the table the page's own lines name most, any long (a
    newsletter's "updates from the Times of India", "Źródło: rp.pl"): no wire service, no
    group, no chart's provider; captions, related links and teasers' source lines name
    other outlets. None where the lines name none."""
    counts: dict[str, int] = {}
    for b in blocks:
        if b.role != CRUFT or b.cruft_kind in (RemovedKind.CAPTION, RemovedKind.RELATED_LINK) \
                or "source_line" in b.notes:
            continue
        name = find(b.text)
        if name and name not in wire_services() and not is_media_group(name) \
                and not is_data_provider(name):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


def _linked_site(blocks: list[Block]) -> str | None:
    """Under a media group's © line ("© 2021 Condé Nast"), the name the page's links to
    more of its own stories repeat ("More from Vanity Fair", "More Great Stories From
    Vanity Fair"; :data:`~normalizer.cues.text.MORE_FROM_RE`), written
    :data:`SITE_NAME_MIN_MENTIONS` times or more; no wire service's ("More from Reuters"),
    no section's ("MORE FROM Business")."""
    counts = Counter(m.group("name").strip() for b in blocks if b.role != TEXT
                     and (m := cues.MORE_FROM_RE.match(b.text)) is not None
                     and not _section_word(m.group("name")))
    best = counts.most_common(1)
    if not best or best[0][1] < SITE_NAME_MIN_MENTIONS or best[0][0] in wire_services():
        return None
    return best[0][0]


def _group_title(blocks: list[Block], find) -> str | None:
    """Under a media group's © line ("©2025 Mediahuis Luxembourg S.A."), the title the
    site's own chrome names once ("E-mail: redaktion@title.lu") where the page names it
    again elsewhere (in its stories, "auf title.lu"): the table's outlet named by
    :data:`SITE_NAME_MIN_MENTIONS` lines in all, the chrome's one; None if the chrome
    names more than one (a footer's list of the group's other titles)."""
    named = {find(b.text) for b in blocks if b.role == CRUFT
             and b.cruft_kind in SITE_CHROME_KINDS and weight(b.text) <= SITE_CHROME_MAX_WORDS}
    named = {o for o in named if o and o not in wire_services() and not is_media_group(o)}
    if len(named) > 1:
        return None
    if named:
        title = named.pop()
        hits = sum(find(b.text) == title for b in blocks)  # (rare: a group's © line only)
        return title if hits >= SITE_NAME_MIN_MENTIONS else None
    return _masthead_of_network(blocks)


def _masthead_of_network(blocks: list[Block]) -> str | None:
    """The one site of a group's network list ("Gazetaprawna.pl", "Forsal.pl", links alone
    on their lines) whose bare name also stands alone on a line of the page ("Forsal":
    its masthead), as written there; None for none or several."""
    links = {m.group("name").casefold() for b in blocks if b.role == CRUFT
             and "." in b.text and (m := _DOMAIN.fullmatch(b.text.strip()))}
    if not links:
        return None
    bare = {b.text.strip() for b in blocks if b.role == CRUFT
            and b.text.strip().casefold() in links}
    return bare.pop() if len(bare) == 1 else None


def _site_name(blocks: list[Block], known, find) -> str | None:
    """The name the page's chrome (menus, footer, offers: :data:`SITE_CHROME_KINDS`)
    repeats most among the outlets the table knows and the names of domains
    ("Forsal.pl", "prachatai.com"; a line that is only a domain links elsewhere and
    names nothing). A short line alone is no candidate: menus ("Política")
    and people's names repeat as much. None when no candidate is named
    :data:`SITE_NAME_MIN_MENTIONS` times."""
    sign = _call_sign(blocks, known)
    if sign is not None:  # a station's own call sign, over its network's name ("CBS News")
        return sign
    at = [i for i, b in enumerate(blocks) if b.role == CRUFT and b.cruft_kind in SITE_CHROME_KINDS
          and "source_line" not in b.notes  # (a teaser's "Reuters · 13 mins ago")
          and "record_field" not in b.notes  # (a database record's section field)
          and weight(b.text) <= SITE_CHROME_MAX_WORDS]  # (a paragraph taken for chrome)
    chrome = [blocks[i].text for i in at]
    candidates: dict[str, str] = {}  # folded -> name
    links: set[str] = set()  # lines that are only a domain: a menu's link to another site
    found: dict[str, str] = {}  # line -> the outlet the table reads in it
    for line in chrome:
        addresses = list(_DOMAIN.finditer(line))
        for m in addresses:
            if len(addresses) < PARTNER_LIST_MIN_ADDRESSES:  # ("Partner sites: news.com.au
                # foxsports.com.au homeguru.com.au ...": other sites, not this one)
                candidates.setdefault(m.group("name").casefold(), m.group("name"))
            if m.group(0).strip() == line.strip():
                links.add(line)
        outlet = find(line)
        if outlet and outlet not in wire_services() \
                and not (outlet.isupper() and outlet not in line):
            # (a portal's boxes credit agencies; an outlet named in capitals, "NOS", is
            # not named by the language's word "Nos siga no")
            candidates.setdefault(outlet.casefold(), outlet)
            found[line] = outlet
        for word in _ACRONYM.findall(line):  # "Apie LRT": an outlet the table knows
            outlet = known(word)
            if outlet and outlet not in wire_services():
                candidates.setdefault(word.casefold(), word)
    domains = {m.group("name").casefold() for line in chrome for m in _DOMAIN.finditer(line)}
    best: tuple[int, str] | None = None
    for folded, name in candidates.items():
        if is_media_group(name) or is_data_provider(name) or len(folded) < 3:
            continue  # a group's name, or a chart's data provider ("Źródło: Statista")
        rx = re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")
        # a line names it where its words do, or where the table reads it there
        # ("Repubblica@Scuola" names "la Repubblica")
        # (and a domain's name where a line spells it in words: "The Budapest Beacon" for
        # "budapestbeacon.com", the contact box's address)
        hits = sum(bool(rx.search(line.casefold())) or found.get(line) == name
                   or (folded in domains and _spells(line, folded))
                   for line in chrome if line not in links)
        if hits >= SITE_NAME_MIN_MENTIONS and (best is None or hits > best[0]):
            best = (hits, name)
    if best is None:
        edge = _edge_word(chrome, [k > 0 and i == at[k - 1] + 1 for k, i in enumerate(at)],
                          {b.text for b in blocks if b.kind == BlockKind.ITEM},
                          [b.text for b in blocks if b.kind != BlockKind.ITEM])
        # ("Maverick" opens and closes the menu's lines; "Daily Maverick" is the outlet
        # the footer names once): the name the word is part of
        whole = [name for name in candidates.values() if edge and name != edge
                 and re.search(r"(?<!\w)" + re.escape(edge) + r"(?!\w)", name)]
        if len(whole) == 1:
            return known(whole[0]) or whole[0]
        phrase = _name_phrase(edge, [b.text for b in blocks if b.role != TEXT]) if edge else None
        # (a teaser's link under each card, "Leer Más", "Read more", repeats as a name does)
        return None if phrase is None or openers.MORE_LINK_RE.match(phrase) else phrase
    if known(best[1]):
        return known(best[1])
    if best[1].casefold() not in domains:
        return best[1]
    spelled = [line.strip() for line in chrome if weight(line) <= SITE_NAME_MAX_WORDS
               and line.strip()[:1].isupper() and _spells(line, best[1].casefold(), end=True)]
    return spelled[0] if spelled else _as_written(blocks, best[1])


def _call_sign(blocks: list[Block], known) -> str | None:
    """The call sign a broadcaster's page names itself by (:data:`cues.CALL_SIGN_RE`:
    "Contact KIOW", "KESQ-TV FCC Public File": among words in lower case, not a menu's
    capitals, "WEST"), on :data:`SITE_NAME_MIN_MENTIONS` lines or more outside its stories
    (lines worded apart: a partner's "Our WABE Podcast" shown twice is one) and on more than any
    other sign (a sister station's "KUNA" in the menu); a sign the outlets table knows as
    another outlet's name is none. None where the page names no such sign."""
    lines: dict[str, set[str]] = {}
    for b in blocks:
        if b.role != TEXT and not b.text.isupper():  # (a menu in capitals: "WEST", "KIDS")
            for m in cues.CALL_SIGN_RE.finditer(b.text):
                if known(m.group("sign")) is None:
                    lines.setdefault(m.group("sign"), set()).add(b.folded)
    counts = Counter({sign: len(said) for sign, said in lines.items()})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < SITE_NAME_MIN_MENTIONS \
            or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _spells(line: str, folded: str, *, end: bool = False) -> bool:
    """Two words or more of ``line`` in a row (its last ones with ``end``) spell the
    domain's name ``folded`` ("Budapest Beacon" for "budapestbeacon"); one word that is
    the name is the domain's own spelling, not this."""
    return _spelling(line, folded, end=end) is not None


def _spelling(line: str, folded: str, *, end: bool = False) -> str | None:
    """The words of ``line`` that :func:`_spells` finds spelling ``folded``, or None."""
    words = line.split()
    return next((" ".join(words[a:b])
                 for b in ([len(words)] if end else range(2, len(words) + 1))
                 for a in range(0, b - 1) if _squash(" ".join(words[a:b])) == folded), None)


def _as_written(blocks: list[Block], name: str) -> str:
    """A site's name read from its domain, as the page writes it most: with its domain's
    ending where the page says "mbl.is" more often than "mbl" or where the bare name is a
    menu's word (:func:`_menu_word`), else without; and a
    capitalised spelling over a lower-case one (a link's "prachatai.com" against the
    masthead's "Prachatai"), also where each form is written as often (the title's
    "NewsChittagong24.Com" over the © line's "newschittagong24")."""
    rx = re.compile(r"(?<![\w.@/])" + re.escape(name) + r"(?P<tld>\.[a-z]{2,4}(?:\.[a-z]{2})?)?"
                    r"(?![\w])(?!\.\w)", re.IGNORECASE)
    spellings: dict[str, int] = {}
    for b in blocks:
        for m in rx.finditer(b.text):
            spellings[m.group(0)] = spellings.get(m.group(0), 0) + 1
    full = sum(n for w, n in spellings.items() if "." in w)
    bare = 0 if _menu_word(blocks, name) else sum(n for w, n in spellings.items() if "." not in w)
    forms = [w for w in spellings if ("." in w) == (full > bare) or full == bare]
    if not forms:
        return name
    return max(forms, key=lambda w: (not w.islower(), spellings[w]))


def _menu_word(blocks: list[Block], name: str) -> bool:
    """``name`` stands alone on a bulleted line of the page ("• News"): a menu's entry, a
    word of its sections, not the name a publisher goes by (news.com.au's © holder "News
    Limited", its domain's "news"), which is then written as its domain or chrome has it."""
    folded = name.casefold().strip()
    return bool(folded) and any(b.kind == BlockKind.ITEM and b.folded == folded for b in blocks)


def _edge_word(chrome: list[str], joined: list[bool], items: set[str],
               unlisted: list[str]) -> str | None:
    """The capitalised word that opens or closes the most lines of the chrome ("Gala
    politique", "façon Gala", "Gala sur votre Mobile"): a one-word site name, when it does
    so :data:`SITE_WORD_MIN_LINES` times and clearly more than any other word (a person
    in the news, a menu's verb). Not a menu's word: one whose lines are all bulleted
    entries (``items``: "• Spor Haberleri", "• Ekonomi Haberleri"; "• Veranstaltung
    anmelden"; "• Privacy Policy") and that opens or closes no other line of the page
    (``unlisted``) names the menu's sections or controls (a site's name stands at the edge
    of a line of its own somewhere too: "Gala politique" over its section)."""
    counts: dict[str, int] = {}
    listed: dict[str, int] = {}
    runs: dict[str, int] = {}  # runs of lines, one right under the other, a word edges
    last: set[str] = set()  # the words at the edges of the line right above
    for line, follows in zip(chrome, joined, strict=True):
        words = _WORD.findall(line)
        edges, last = (last if follows else set()), set(words[:1] + words[-1:])
        if len(words) < 2 or _DIGIT.search(line) or line.rstrip()[-1:] in ";," \
                or openers.MORE_LINK_RE.match(line) or cues.SHARE_VERB_RE.match(line) \
                or words[1].casefold() in credit_cues.FOLLOW_PRONOUNS:
            # (a ticker's "Prieš 8 min.", "Il y a 2 h": a time, not a name; a list's clause,
            # "Com palavras de baixo calão;": its first word a preposition; a card's
            # "Ver más" under each teaser; a share button's verb, "Partilhar no Twitter"; a
            # call to the reader, "Follow us on Facebook", "Watch us on Youtube", round 44)
            continue
        for w in {words[0], words[-1]}:
            if w[0].isupper() and len(w) >= 3 and w.casefold() not in cues.POSSESSIVE_WORDS \
                    and not _section_word(w):  # ("Annonces immobilières", "Local News")
                counts[w] = counts.get(w, 0) + 1
                listed[w] = listed.get(w, 0) + (line in items)
                runs[w] = runs.get(w, 0) + (w not in edges)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < SITE_WORD_MIN_LINES:
        return None
    if len(ranked) > 1 and ranked[0][1] < SITE_WORD_MARGIN * ranked[1][1]:
        close = [w for w, n in ranked if n * SITE_WORD_MARGIN > ranked[0][1]]
        word = _page_word(close, [*unlisted, *items])
        if word is None:
            return None
    else:
        word = ranked[0][0]
    if listed[word] == ranked[0][1] and not any(
            (words := _WORD.findall(line)) and word in (words[0], words[-1]) and len(words) > 1
            for line in unlisted):
        return None
    # (nor a word whose lines all stand in one run, one under the other: a menu's entries,
    # "Guía Médica", "Guía Comercial", ...; ``joined``: a chrome line right under the one
    # before)
    return None if runs[word] == 1 else word


#: A handle or an e-mail address the page writes for itself ("@site24", "news@site.ie").
_HANDLE = re.compile(r"(?<!\.)@(?P<name>[^\W_][\w.-]{2,40})")


def _page_word(close: list[str], lines: list[str]) -> str | None:
    """Of chrome's edge words close in count (a regional paper's name beside its region's
    menu, "Correio" and "Bahia"; "Gazeta" and the "Clube" of its club's menu), the one the
    whole page names on clearly more lines (:data:`SITE_WORD_MARGIN`) where it heads or ends
    a name of several words (:func:`_name_phrase`: "Gazeta do Povo"; a menu's "Fútbol" or a
    country's name is named often too, alone), else the one its own addresses and handles
    start with ("@correio24horas", "redacao@correio24horas.com.br"); None where neither
    tells them apart."""
    mentions = {w: sum(bool(re.search(r"(?<!\w)" + re.escape(w.casefold()) + r"(?!\w)",
                                      line.casefold())) for line in lines) for w in close}
    ranked = sorted(mentions.items(), key=lambda kv: -kv[1])
    if ranked[0][1] >= SITE_WORD_MARGIN * ranked[1][1] \
            and _name_phrase(ranked[0][0], lines) != ranked[0][0]:
        return ranked[0][0]
    own = {_squash(m.group("name")) for line in lines for m in _HANDLE.finditer(line)}
    own |= {_squash(line) for line in lines if re.fullmatch(r"[a-z][a-z0-9]{3,30}", line.strip())}
    starting = [w for w in close if any(o.startswith(_squash(w)) for o in own)]
    return starting[0] if len(starting) == 1 else None


#: Lines a site's name of several words must stand alone on, and lines it must be part of.
SITE_PHRASE_ALONE_LINES = 2
SITE_PHRASE_PART_LINES = 2
#: The small words a site's name may hold between its capitalised ones ("Gazeta do Povo").
_NAME_JOINERS = frozenset({"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des",
                           "of", "the", "la", "le", "el", "van", "von", "y", "e", "and", "&"})


def _name_phrase(word: str, lines: list[str]) -> str:
    """The name of several words a one-word site name is the head or tail of ("Gazeta do
    Povo" for "Gazeta"): a line of :data:`SITE_NAME_MAX_WORDS` + 1 words or fewer that
    opens or closes with ``word``, capitalised but for :data:`_NAME_JOINERS`, standing alone on
    :data:`SITE_PHRASE_ALONE_LINES` lines and part of :data:`SITE_PHRASE_PART_LINES` longer
    ones ("Sobre a Gazeta do Povo", "Clube Gazeta do Povo"); the one part of most lines.
    ``word`` itself where no line is so."""
    alone: dict[str, int] = {}
    for line in lines:
        words = line.split()
        if 2 <= len(words) <= SITE_NAME_MAX_WORDS + 1 and word in (words[0], words[-1]) \
                and all(w[:1].isupper() or w in _NAME_JOINERS for w in words) \
                and words[-1] not in _NAME_JOINERS:
            alone[line.strip()] = alone.get(line.strip(), 0) + 1
    best, best_parts = word, 0
    for phrase, n in alone.items():
        if n < SITE_PHRASE_ALONE_LINES:
            continue
        rx = re.compile(r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)")
        parts = sum(bool(rx.search(line.casefold())) for line in lines
                    if line.strip() != phrase)
        if parts >= SITE_PHRASE_PART_LINES and parts > best_parts:
            best, best_parts = phrase, parts
    return best


def _squash(name: str) -> str:
    """``name`` folded with no spaces or dots and no accents on Latin letters ("The Week"
    -> "theweek"; "Milano Città Stato" -> "milanocittastato", as its address and its
    capitals "MILANO CITTA’ STATO" write it)."""
    folded = name.casefold()
    if not folded.isascii():  # (most names are: no letter to fold)
        folded = "".join(unicodedata.normalize("NFD", c)[0] if "\u00c0" <= c <= "\u024f"
                         else c for c in folded)
    return re.sub(r"[\W_]+", "", folded)


def _page_source(blocks: list[Block], known, find) -> str | None:
    """The page's own name from its © line.

    ``known``/``find`` map a name or a text to an outlet; a holder the outlets table does
    not know is kept as the page writes it (its first phrase).
    """
    # The site's logo names it first ("Logo la tercera", "FINAL LOGO NAME_RGB"): a © line
    # may name the company behind the site instead.
    chrome = [b for b in blocks if b.role == CRUFT and b.cruft_kind in ("chrome", "related_link")]
    for b in chrome:
        m = _LOGO.match(b.text)
        if m and weight(m.group("name")) <= SITE_NAME_MAX_WORDS:
            name = _LOGO_OF.sub("", m.group("name")).strip()  # "Logo der SRG SSR"
            return known(name) or name
    for b in blocks:  # the registered name heading its imprint: "Сетевое издание «X»"
        m = openers.IMPRINT_NAME_RE.match(b.text) if b.role != TEXT else None
        if m and weight(m.group("name")) <= SITE_NAME_REPEATED_MAX_WORDS:
            return known(m.group("name")) or m.group("name").strip()
    for b in blocks:  # a press portal's "Original-Content von: <Org>, ..."
        m = openers.ORIGINAL_CONTENT_RE.match(b.text) if b.role != TEXT else None
        if m and weight(m.group("name")) <= SITE_NAME_REPEATED_MAX_WORDS:
            return known(m.group("name")) or m.group("name").strip()
    for b in blocks:  # "A BAON kiadója a Mediaworks Hungary Zrt. © ...": the site, not its
        # publisher (a footer line, wherever widgets taken for stories leave it)
        m = openers.SITE_PUBLISHER_RE.match(b.text) if b.role == CRUFT else None
        if m and weight(m.group("name")) <= SITE_NAME_MAX_WORDS \
                and ("©" in b.text or _holds_rights(blocks, b.text[m.end():])):
            return known(m.group("name")) or m.group("name").strip()
    last_text = max((i for i, b in enumerate(blocks) if b.role == TEXT), default=len(blocks))
    # Only the page's footer speaks for the page: a © line among the stories is a story's.
    footer = blocks[last_text + 1:]
    for at in range(len(footer) - 1, -1, -1):
        b = footer[at]
        if (b.role != CRUFT and not (b.role == META and "©" in b.text)) \
                or "source_line" in b.notes:
            continue  # (a © line opening with the paper's founding day is read as a date)
        notice = openers.YEAR_NOTICE_RE.match(b.text)
        if notice and weight(notice.group("name")) <= SITE_NAME_MAX_WORDS \
                and not is_control_line(notice.group("name")):
            # "2020 - HSB Noticias": a © line without the sign, under the stories
            return known(notice.group("name")) or notice.group("name").strip()
        rights = openers.RIGHTS_RESERVED_RE.search(b.text)
        owner = _COMPANY_THEN_COPYRIGHT.match(b.text)
        if owner and openers.COMPANY_SUFFIX_RE.search(owner.group("name")):
            # "Business Standard Private Ltd. Copyright & Disclaimer feedback@...": the
            # company, then the footer's link to its notice
            name = openers.COMPANY_SUFFIX_RE.sub("", owner.group("name")).strip(" .,|-")
            if 0 < weight(name) <= SITE_NAME_MAX_WORDS:
                return known(name) or name
        if b.cruft_kind != "copyright" and not (rights and ("©" in b.text or "®" in b.text
                                                            or _YEAR.search(b.text))) \
                and not ("©" in b.text and _YEAR.search(b.text)
                         and (weight(b.text) <= RIGHTS_LINE_MAX_WORDS or _links_before(b.text))) \
                and not _ADDRESS_HOLDER.search(b.text):
            continue  # (a footer line that reserves rights and names a year or ©; "2020 © X";
            # or the sign before the site's web address: "© https://theislandnow.com |...")
        if not (rights or re.search(r"©|\(c\)|copyright", b.text, re.IGNORECASE)
                or cues.COPYRIGHT_START_RE.match(b.text)) \
                or ("©" not in b.text and len(b.text.split()) <= 2):  # a box's "Copyright notice"
            continue
        holding = _COPYRIGHT_NOISE.sub(" ", b.text.rsplit("©", 1)[-1]).strip(" .,|-")
        if weight(holding) <= SITE_NAME_MAX_WORDS and is_media_group(holding) \
                and (known(holding) or find(holding) or known(holding.split()[0])) \
                not in (None, holding):
            return holding  # "© 2020 Heise Medien": the group, though the table knows its
            # flagship by the group's word ("Heise"): the page's own name is read by
            # _page_name
        quoted = _QUOTED_BRAND.search(holding)
        if quoted and weight(quoted.group("name")) <= SITE_NAME_MAX_WORDS \
                and not re.search(r"[,;|]", holding[:quoted.start()]):
            # 'Copyright © Polskie Radio Regionalna Rozgłośnia w Kielcach "Radio Kielce"
            # S.A.': the company, the brand it trades as in quotes (only in the holder's
            # first clause: 'Украинская правда, ООО "УП Медиа Плюс"' names the paper first)
            return known(quoted.group("name")) or quoted.group("name").strip()
        found = known(b.text) or find(b.text)
        if found:  # as the line credits it: "© ARD-aktuell / tagesschau.de", tagesschau.de
            return credited_in(b.text, found)
        if not _COPYRIGHT_NOISE.sub(" ", b.text).strip(" .,|-®") \
                and _YEAR.search(b.text):  # the sign and years alone
            below = _holder_below(footer[at + 1:])
            if below:  # "Copyright © 1997-2020" over "République Togolaise"
                return known(below) or below
        # (the holder follows the sign: "21 de octubre del 1965 | ISSN 1563-8340: Copyright
        # 2022 © Juventud Rebelde", the founding day and the ISSN before it)
        after = b.text.rsplit("©", 1)[-1]
        line = after if (b.role == META or _links_before(b.text) or _notice_before(b.text)) \
            and _COPYRIGHT_NOISE.sub(" ", after).strip(" .,|-®") else b.text
        line = line.replace("\u00a0", " ")  # (no-break spaces: "Clubic\u00a0SAS\u00a02022")
        holder = openers.RIGHTS_RESERVED_RE.sub(" ", _COPYRIGHT_NOISE.sub(" ", line))
        holder = openers.HOLDER_LEAD_RE.sub("", holder)  # "لمؤسسة أخبار اليوم"
        holder = _WEB_CREDIT.sub("", holder)
        holder = _SCHEME.sub("", holder)  # "© https://theislandnow.com |Contact Us: ..."
        site_domain = _DOMAIN.match(holder.strip(" .,|-®"))
        if site_domain and not is_data_provider(site_domain.group(0)):
            # "© 2000-2024 Example.com Mobile version Tools ...": the footer's links run on
            # after the site's own address; the address is the holder
            # (as written, as a short holder is below; by its bare name where the page
            # writes that more often, "© Copyright 2015 - ZimEye.com" under three "ZimEye")
            bare = _as_written(blocks, site_domain.group("name"))
            return bare if "." not in bare and not bare.islower() else site_domain.group(0)
        # (the company's legal form may end the holder's first clause, not the line:
        # "Bennett, Coleman & Co. Ltd. For reprint rights: ...")
        company = any(openers.COMPANY_SUFFIX_RE.search(clause.strip(" .,|®"))
                      for clause in _CLAUSE_END.split(holder))
        # (a slash between two names: the site and its company, "mbl.is/Árvakur hf.")
        parts = re.split(r"\s*[|.;,]\s+|\s+[|]\s*|\s+[-–—]\s+|(?<=\w\.\w\w)/(?=\w)",
                         holder.strip(" .,|®"))
        names = [h.strip(" .,|-®/") for h in parts if h.strip(" .,|-®/")]
        holder = names[0] if names else ""
        if len(names) > 1 and openers.COMPANY_SUFFIX_RE.fullmatch(" " + names[1]):
            # ("Raw Story Media, Inc. PO Box ...": the house's word goes with its legal form)
            holder = openers.COMPANY_SUFFIX_RE.sub("", f"{holder}, {names[1]}")
        if rights and len(names) > 1 and not _name_shaped(holder) and _name_shaped(names[-1]):
            # "Todos os direitos reservados. As notícias ... dos autores. Campo Grande News":
            # the rights phrase, the site's disclaimer, then its name closing the line
            holder = names[-1]
        holder = _COPYRIGHT_BY.sub("", holder)  # "© by X", "© von X"
        company = company or openers.COMPANY_SUFFIX_RE.search(holder) is not None \
            or openers.PUBLISHING_HOUSE_RE.search(holder) is not None
        holder = openers.COMPANY_SUFFIX_RE.sub("", holder).strip(" .,|-")
        brand = _brand_before_sign(b.text) if company else None
        if brand:  # "Fast Company & Inc © 2022 Mansueto Ventures, LLC"
            return known(brand) or brand
        paper = _paper_line(blocks, known) if company and not known(holder) else None
        if paper:  # "Copyright 1986 Paper Newspapers Limited" under each "The Paper (London)"
            return paper
        if company and len(holder.split()) > 1 and known(holder.split()[0]):
            # "@ 2020 PÚBLICO Comunicação Social SA": the company named after its paper,
            # an outlet the table knows
            return known(holder.split()[0])
        if company:
            # "Copyright © 2015, Eklektix, Inc." on a page whose chrome names it "LWN.net"
            # (or whose follow-us lines do: "Accountancy Age on Twitter" under "©
            # Incisive Media Investments Limited"): the company behind the site, where the
            # site's own name shares none of it
            # (unless the page names the holder itself on other lines: "Israel-Nachrichten"
            # over "© by Israel Nachrichten Ltd.")
            title = _first_line_name(blocks, known)
            if title and _squash(title) != _squash(holder) and _squash(title) in _squash(holder):
                # "Copyright © 2016 EDITORA LISTIN DIARIO, S.A." under "Listin Diario" atop
                # the page: the company is named after its title, which the page's name is
                return title
            # (the name atop the page last, of two words or more, under a company that is
            # no media group's: a group's titles are read by _page_name; a one-word line
            # atop a page is as often its menu's button, "Menü")
            logo = title if title and len(title.split()) >= 2 and not is_media_group(holder) \
                else None
            site = _site_name(blocks, known, find) or _repeated_masthead(blocks) \
                or _timeline_name(blocks) or _followed_name(blocks) or logo \
                or _footer_outlet(footer, known) or _about_site(blocks, known)
            named = len(holder) >= 3 and sum(_squash(holder) in _squash(o.text)
                                             for o in blocks if o is not b) \
                >= SITE_NAME_MIN_MENTIONS
            if site and _squash(site) not in _squash(holder) \
                    and _squash(holder) not in _squash(site) and not named:
                return site
            if site and _menu_word(blocks, holder):
                return site  # "Copyright 2009 News Limited" over "• News": news.com.au's
        short = _acronym(holder)
        if short and known(short) and sum(bool(re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)",
                                                       o.text)) for o in blocks) \
                >= SITE_NAME_MIN_MENTIONS:
            return known(short)  # "© LBC International" on a page whose chrome says "LBCI"
        if not company and _persons_notice(blocks, b, holder):
            continue  # "© 2017 Shakil Thakur": a blogger's own notice, no outlet's name
        stem = _house_stem(blocks, b, holder)
        if stem:
            return known(stem) or stem  # "© 2024 Patch Media" over "About Patch"
        if 2 <= len(holder) <= 40 and weight(holder) <= 4:
            return _app_named_opening(blocks, holder) or holder
    # No © holder: the name the page's follow-us lines share, else its name atop the page,
    # else the web address its footer gives with its tagline.
    followed = _followed_name(blocks) or _timeline_name(blocks)
    if followed:
        return known(followed) or followed
    return _first_line_name(blocks, known) or _footer_address(blocks, last_text + 1, known) \
        or _bar_credit_outlet(blocks, known)


#: Words before a © sign that name no site: the notice's own ("Copyright", "(c)", "All
#: rights reserved").
_NOTICE_WORDS = re.compile(r"(?i)copyright|\(c\)|rights|reserved|derechos|droits|rechte")


def _brand_before_sign(text: str) -> str | None:
    """The site's name written before the © sign of a line whose holder, after the sign, is
    the company that owns it ("Fast Company & Inc © 2022 Mansueto Ventures, LLC": the
    magazine, then its publisher); None where anything but one short title-shaped name
    stands before the sign (the footer's links, the notice's own words, a year).
    (A legal form closing the name goes: "& Inc".)"""
    before, sign, _after = text.partition("©")
    if not sign or _links_before(text):
        return None
    name = openers.COMPANY_SUFFIX_RE.sub("", before).strip(" .,|-&")
    if not name or _NOTICE_WORDS.search(name) or re.search(r"[|•·/:]|\d", name) \
            or not 1 <= weight(name) <= SITE_NAME_MAX_WORDS:
        return None
    return name if is_title(_as_text(Block(text=name))) else None


#: What a © notice says it covers, before its sign ("This website and its content ©
#: Dissent Magazine 2022").
_NOTICE_SUBJECT = re.compile(r"(?i)^\W*(?:this|the|all|our)\s+(?:web\s*)?(?:site|website|content|"
                             r"contents|material|materials|page|pages)\b")


def _notice_before(text: str) -> bool:
    """Before the line's © sign, only what the notice covers ("This website and its content
    © Dissent Magazine 2022"): no holder's name; the holder is after the sign."""
    return _NOTICE_SUBJECT.match(text.rsplit("©", 1)[0]) is not None


def _links_before(text: str) -> bool:
    """Before the line's © sign, only the footer's links to the site's own pages
    (:data:`cues.SITE_PAGE_LINKS`: "Privacy Policy | Terms & Conditions | © Copyright
    2016, The Political Insider"): the holder is after the sign."""
    before = text.rsplit("©", 1)[0].strip(" |•·-")
    parts = [p for p in re.split(r"\s*[|•·]\s*", before) if p]
    if len(parts) == 1 and "©" in text and not re.search(r"[.!?,;:]", before):
        # (links run together with no bar: "Infos légales À Propos Publicité CGU ... © Clubic
        # SAS 2022", most of them the table's)
        words = before.casefold().split()
        links, covered = cues.site_page_links(words)
        return 2 * covered >= len(words) and links >= cues.SITE_PAGE_LINKS_MIN
    return bool(parts) and "©" in text \
        and all(p.casefold() in cues.SITE_PAGE_LINKS for p in parts)


#: Another line at least names the site an "About X" link names (:func:`_about_site`).
ABOUT_SITE_MIN_LINES = 2


def _about_site(blocks: list[Block], known) -> str | None:
    """The site named by the chrome's link to its page about itself
    (:data:`openers.ABOUT_SITE_RE`: "About The Verge", "マイナビニュースについて"), where
    another line names it too ("マイナビニュース公式SNS"); not "About us", nor a link to a
    page of the site's ("About Advertising"), nor a section's or a writer's name ("More
    from Politics", "More from X" under X's byline), nor a lowercase phrase ("About the
    author")."""
    for b in blocks:
        if b.role != CRUFT or openers.ABOUT_LABEL_RE.match(b.text):
            continue
        m = openers.ABOUT_SITE_RE.match(b.text)
        if m is None:
            continue
        name = (m["name"] or m["zh"] or m["ja"]).strip()
        if name[:1].islower() or name.casefold() in cues.SITE_PAGE_LINKS \
                or weight(name) > SITE_NAME_MAX_WORDS or _section_word(name):
            continue
        if any(name in o.text for o in blocks if o.role == META):
            continue  # ("More from X" under X's byline: the writer's other stories)
        # (its name run together or written apart: "About SiliconBeat", "More Posts in
        # Silicon Beat", "@siliconbeat")
        if sum(_squash(name) in _squash(o.text) for o in blocks) >= ABOUT_SITE_MIN_LINES:
            return known(name) or name
    return None


def _holds_rights(blocks: list[Block], publisher: str) -> bool:
    """The publisher a footer line names (its first word, "Future US Inc, ...": Future) also
    holds a © line of the page."""
    word = re.match(r"\s*(?:the\s+)?([^\W\d_][\w&'’.-]+)", publisher, re.IGNORECASE)
    if word is None:
        return False
    first = re.compile(r"(?<!\w)" + re.escape(word.group(1)) + r"(?!\w)")
    return any(b.role == CRUFT and "©" in b.text and first.search(b.text.split("©", 1)[1])
               for b in blocks)


def _house_stem(blocks: list[Block], line: Block, holder: str) -> str | None:
    """The site's name a © holder carries before its house's word ("Patch Media": Patch),
    where the page's other lines name the site by that name alone, without the word
    (:data:`normalizer.cues.openers.HOUSE_WORD_RE`, on
    :data:`~normalizer.cues.openers.HOUSE_STEM_MIN_LINES` lines at least); else None."""
    stem = openers.HOUSE_WORD_RE.sub("", holder).strip(" .,|-")
    if stem == holder or not stem[:1].isupper():
        return None
    # (the stem with its article first, "The Hindu"; else without it, as "Support
    # Brookings" names "The Brookings Institution")
    bare = re.sub(r"^(?:The|the)\s+", "", stem)
    for name in dict.fromkeys((stem, bare)):
        alone = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)(?!\s+" + re.escape(
            holder[len(stem):].strip()) + r")")
        lines = sum(1 for o in blocks if o is not line and alone.search(o.text))
        if lines >= openers.HOUSE_STEM_MIN_LINES and name[:1].isupper():
            return name
    return None


#: A credit's or byline's outlet after its bar ("Foto: Luis Luévanos | El Sol de San Juan del
#: Río.", "Rosalía Nieves | El Sol de San Juan del Río"): capitalised words, small joining
#: words between them, closing the line.
_BAR_CREDIT_OUTLET = re.compile(
    r"\s\|\s+(?P<outlet>[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|de|del|la|las|los|el|do|"
    r"da|di|du|des|of|the)){1,6}?)\.?\s*$")
#: ... the same outlet in this many credit lines at least: the house its staff work for.
BAR_CREDIT_MIN_LINES = 2


def _bar_credit_outlet(blocks: list[Block], known) -> str | None:
    """The outlet a page's credit lines name after their bar (:data:`_BAR_CREDIT_OUTLET`),
    the same in :data:`BAR_CREDIT_MIN_LINES` lines or more (the photographer's and the
    writer's): the page's own house, where nothing else names it. None otherwise."""
    seen: dict[str, int] = {}
    for b in blocks:
        m = _BAR_CREDIT_OUTLET.search(b.text) if b.text.count("|") == 1 else None
        if m and weight(b.text) <= SITE_NAME_REPEATED_MAX_WORDS * 3:
            outlet = m["outlet"].rstrip(".")
            seen[outlet] = seen.get(outlet, 0) + 1
    named = [o for o, n in seen.items() if n >= BAR_CREDIT_MIN_LINES]
    return (known(named[0]) or named[0]) if len(named) == 1 else None


def _app_named_opening(blocks: list[Block], holder: str) -> str | None:
    """The opening words of a © holder that spell the name the site gives its app ("©
    2022 Eishockeynews Straubing" on a page offering "Die Eishockey NEWS-App": the site is
    Eishockeynews, Straubing its seat), as the holder writes them; None where no app line
    names an opening of it."""
    words = holder.split()
    if len(words) < 2:
        return None
    apps = {_squash(m["name"]) for b in blocks if not (b.role == TEXT and is_prose(b))
            if (m := cues.SITE_APP_RE.match(b.text))}
    for k in range(len(words) - 1, 0, -1):
        if _squash(" ".join(words[:k])) in apps:
            return " ".join(words[:k])
    return None


#: A footer line giving the site's web address and its tagline ("Example.com - The Country's
#: News Source in English"): the address, then a dash or bar, then words.
_ADDRESS_TAGLINE = re.compile(r"^\s*(?P<address>\S+)\s+[-–—|]\s+[^\W\d_]")


def _footer_address(blocks: list[Block], start: int, known) -> str | None:
    """The site's own web address, as its footer writes it before its tagline (a page with
    no © line: "DominicanToday.com - The Dominican Republic News Source in English"); the
    lowest such line of the chrome under the stories. A data provider's address names no
    site. None where the footer (the blocks from ``start``) has no such line."""
    for b in reversed(blocks[start:]):
        m = _ADDRESS_TAGLINE.match(b.text) if b.role == CRUFT else None
        site = _DOMAIN.fullmatch(m.group("address")) if m else None
        if site and not is_data_provider(site.group(0)):
            if known(site.group(0)):
                return known(site.group(0))
            # an address in lower case is a link's spelling ("lazialità.it - Il giornale
            # ..."), not the name: the page's own lines write it ("Abbonati a Lazialità")
            return (_as_written(blocks, site.group("name")) if site.group(0).islower()
                    else site.group(0))
    return None


#: A footer line opening with a company's name and then the word copyright, no sign, no
#: year: the company, then the link to its notice ("X Private Ltd. Copyright & Disclaimer").
_COMPANY_THEN_COPYRIGHT = re.compile(
    r"^(?P<name>[^\W\d_][^©|]{1,60}?\.?)\s+copyright\b(?!\s*(?:©|\d))", re.IGNORECASE)


def _name_shaped(text: str) -> bool:
    """A site's name: :data:`SITE_NAME_MAX_WORDS` words at most, each opening with a
    capital or a digit ("Campo Grande News"), no sentence."""
    words = text.split()
    return 0 < len(words) <= SITE_NAME_MAX_WORDS and all(w[:1].isupper() or w[:1].isdigit()
                                                         for w in words)


def _holder_below(lines: list[Block]) -> str | None:
    """The holder of a © line that gives the sign and years alone: the footer's next line,
    where it is a name (:data:`SITE_NAME_REPEATED_MAX_WORDS` words at most, title-shaped,
    no control, no rights phrase of its own). None otherwise."""
    below = next((o for o in lines if o.role != SEP), None)
    if below is None or below.role != CRUFT or below.kind == BlockKind.ITEM:
        return None
    name = below.text.strip(" .,|-®")
    if not name or weight(name) > SITE_NAME_REPEATED_MAX_WORDS or is_control_line(name) \
            or openers.RIGHTS_RESERVED_RE.search(name) or not is_title(_as_text(below)):
        return None
    return name


#: Words of a © holder that make it a company, though shaped like a person's name
#: ("Prisma Média", "Grupa WP", "Axel Springer Verlag").
HOLDER_COMPANY_WORDS = frozenset((
    "média", "médias", "medien", "group", "groupe", "grupo", "grupa", "gruppe", "gruppo",
    "verlag", "editora", "editorial", "éditions", "edizioni", "ediciones", "publishing",
    "publications", "communications", "holding", "holdings", "studios", "productions",
))


def _persons_notice(blocks: list[Block], line: Block, holder: str) -> bool:
    """The © line's holder is a person (a theme's footer, "© 2017 Shakil Thakur"): shaped
    as a name, and either the page's bylines name them or no word of it stands anywhere
    else on the page (an outlet's name comes back in its masthead, menus and links; a
    company shaped like a name, "Heise Medien", shares a word with "heise online"), and no
    word of it names an organisation ("Valley Courier", :data:`HOLDER_COMPANY_WORDS`) or
    is an acronym ("Grupa WP")."""
    words = holder.split()
    if not person_name(holder) or has_organisation_word(holder) \
            or any(w.isupper() or w.casefold() in HOLDER_COMPANY_WORDS for w in words):
        return False  # ("Valley Courier", "Prisma Média", "Grupa WP": no person's)
    folded = _fold_name(holder)
    if any(b.role == META and b.cruft_kind == MetaKind.BYLINE and folded in _fold_name(b.text)
           for b in blocks):
        return True
    parts = {w.casefold() for w in re.findall(r"\w{3,}", holder)}
    return not any(w in o.text.casefold() for o in blocks if o is not line for w in parts)


#: A place in brackets after a paper's name on its own line ("(London)", "(Dublin)").
_PLACE_AFTER = re.compile(r"\s+\([A-Z][\w .'-]{1,30}\)$")


def _footer_outlet(footer: list[Block], known) -> str | None:
    """The one outlet of the table that a line of the footer names alone ("Los Tiempos"
    heading its about menu, over "Staff" and "Contactos"), read under a © line naming the
    company behind the site ("Editorial Canelas"); None where the footer names none, only
    an agency, or several (a group's sister titles)."""
    names = {known(b.text.strip()) for b in footer
             if b.role == CRUFT and 1 <= weight(b.text) <= SITE_NAME_MAX_WORDS}
    # (the line is the name as the table writes it: "Express Editorial", a desk's line of
    # Trinidad Express's footer, names no outlet "Express")
    lines = {b.text.strip() for b in footer}
    names = {n for n in names if n and n in lines and n not in wire_services()}
    return names.pop() if len(names) == 1 else None


def _paper_line(blocks: list[Block], known) -> str | None:
    """The paper a database export's records name on a line of its own ("The Paper
    (London)" atop each record, its city in brackets, over the record's date): an outlet of
    the table, named alone on :data:`SITE_NAME_MIN_MENTIONS` such lines or more. It wins
    over a © line naming the publishing company (the table does not know "Paper
    Newspapers Limited"); None where the lines name no such outlet or more than one."""
    counts: dict[str, int] = {}
    lines = [b for b in blocks if b.role != SEP]
    for k, b in enumerate(lines[:-1]):
        if lines[k + 1].role != META:
            continue  # the record's head: its paper over its date (a menu's "Paper" is none)
        text = _PLACE_AFTER.sub("", b.text.strip())
        if not 1 <= weight(text) <= SITE_NAME_MAX_WORDS:
            continue
        name = known(text)
        if name:
            counts[name] = counts.get(name, 0) + 1
    named = [n for n, c in counts.items() if c >= SITE_NAME_MIN_MENTIONS]
    return named[0] if len(named) == 1 else None


#: Words of a line under a short one that make it a title the short line is the kicker of
#: (:func:`_repeated_masthead`).
KICKER_TITLE_MIN_WORDS = 5


def _kicker(blocks: list[Block], folded: str) -> bool:
    """The line ``folded`` stands right over a title (:data:`KICKER_TITLE_MIN_WORDS`) at
    least twice on the page: a section's kicker over its teasers, no name of the site."""
    lines = [b for b in blocks if b.role != SEP]
    return sum(b.folded == folded and weight(nxt.text) >= KICKER_TITLE_MIN_WORDS
               for b, nxt in zip(lines, lines[1:], strict=False)) >= 2


def _repeated_masthead(blocks: list[Block]) -> str | None:
    """The name the page repeats alone on a line ("Daily News" eight times: its logo's alt
    text in the header, the menus and the footer; a menu's items are no candidates), under
    a © line naming the company behind it (see :data:`MASTHEAD_MIN_LINES`); None where no
    line stands out so."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    lines = [b for b in blocks if b.role != SEP]
    for k, b in enumerate(lines):
        if k + 1 < len(lines) and (lines[k + 1].role in (TEXT, HEADLINE)
                                   or weight(lines[k + 1].text) >= KICKER_TITLE_MIN_WORDS):
            continue  # a kicker over a teaser's headline ("Polityka", "Local": whatever the
            # title was read as), a section's label
        text = b.text.strip()
        words = text.split()
        if b.role != CRUFT or b.kind == BlockKind.ITEM or _DIGIT.search(text) \
                or b.folded in cues.AD_LABELS or b.folded in cues.CHROME_WORDS \
                or is_control_line(text) \
                or not 1 <= len(words) <= SITE_NAME_MAX_WORDS \
                or not all(w[:1].isupper() for w in words):
            continue
        counts[b.folded] = counts.get(b.folded, 0) + 1
        spelled.setdefault(b.folded, text)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] < MASTHEAD_MIN_LINES:
        # (or alone on a few lines, its logo's over each menu, where the page's own lines
        # name it too: "Tech Monitor's features editor", "Tech Monitor's research ...")
        ranked = sorted(((folded, n + _named_inside(blocks, spelled[folded]))
                         for folded, n in ranked if n >= MASTHEAD_ALONE_MIN_LINES
                         and len(folded.split()) >= 2),  # (one word alone: a menu's, "Home")
                        key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MASTHEAD_MIN_LINES:
        return None
    if len(ranked) > 1 and ranked[0][1] < MASTHEAD_MARGIN * ranked[1][1]:
        return None
    return spelled[ranked[0][0]]


#: A masthead alone on this many lines at least counts the lines that name it inside too.
MASTHEAD_ALONE_MIN_LINES = 2


def _named_inside(blocks: list[Block], name: str) -> int:
    """How many lines of the page name ``name`` inside a longer line of theirs, as a
    possessive or a name in a phrase ("Tech Monitor's features editor"), not alone."""
    said = re.compile(r"(?<!\w)" + re.escape(name) + r"(?![\w-])")
    return sum(b.text.strip() != name and said.search(b.text) is not None for b in blocks)


def _acronym(holder: str) -> str | None:
    """The short name a © holder's brand goes by: its first word, where that is an
    acronym, and the initials of the words after it ("LBC International" -> "LBCI")."""
    words = holder.split()
    if not 2 <= len(words) <= 4 or not (words[0].isupper() and len(words[0]) >= 2):
        return None
    return words[0] + "".join(w[0].upper() for w in words[1:] if w[:1].isalpha())


#: How many lines atop a page are read for its name, where the first are its controls.
FIRST_LINES_READ = 3


#: The arrow a menu's button ends with, pointing at the list it opens ("Ricette ↓").
MENU_ARROWS = "↓▾▼⌄˅⏷"


def _first_line_name(blocks: list[Block], known) -> str | None:
    """The page's name atop it: its first line, where that is title-shaped and short (or
    stamped with the time the page was saved); None for the page's controls."""
    lines = [b for b in blocks if b.role != SEP][:FIRST_LINES_READ]
    # (a pager's or a call's line atop the page, "ÖncekiSonraki": the name under it; a
    # notice shouted in capitals and its close button, "GET BREAKING NEWS IN YOUR
    # BROWSER. CLICK HERE ...", "X", over the logo's "East Bay Times"; an ad's label,
    # "Reklama")
    first = next((b for b in lines if not is_control_line(b.text)
                  and not _shouted_notice(b.text) and b.text.strip() not in CLOSE_BUTTONS
                  and b.folded not in cues.AD_LABELS),
                 None)
    if first is not None and (first.folded.split()[:1]
                              and first.folded.split()[0] in cues.SITE_UI_WORDS
                              or openers.ACCOUNT_LINE_RE.match(first.text)
                              or first.text.strip() in openers.ARIA_ROLE_WORDS
                              or first.folded.strip() in cues.SITE_PAGE_LINKS
                              or cues.MENU_BUTTON_RE.match(first.text)):
        # "Select Country Site", "Skip to main content", "status", "Abrir menu": controls;
        # "Home": the menu's link to the site's own first page
        return None
    if first is not None and first.text.rstrip()[-1:] in MENU_ARROWS:
        return None  # "Ricette ↓": a menu's button that opens its list
    if first is not None and _kicker(blocks, first.folded):
        return None  # "Local" atop the page, its section's name, over each teaser's title too
    if first is not None and first.role == META:
        # The site's name stamped with the time the page was saved ("Site 2024-12-18 12:10").
        name = _STAMP.sub("", first.text).strip(" -|,·")
        if name and name != first.text.strip() and (known(name) or (
                weight(name) <= SITE_NAME_MAX_WORDS and is_title(_as_text(Block(text=name))))):
            return known(name) or name
    if first is not None and first.role == CRUFT and first.kind == "p" \
            and weight(first.text) <= SITE_NAME_REPEATED_MAX_WORDS and is_title(_as_text(first)) \
            and sum(b.folded == first.folded for b in blocks) >= 2 \
            and not any(b.folded == first.folded for b in blocks if b.role == TEXT):
        # a longer name, shown again in the footer: the site's name, not a tagline
        return known(first.text) or first.text.strip()
    if first is not None and first.role == CRUFT and first.kind == "p" \
            and weight(first.text) <= SITE_NAME_MAX_WORDS and is_title(_as_text(first)) \
            and not cues.ARCHIVE_HEADER_RE.match(first.text) \
            and not re.search(r"(?i)\blogo\b|_", first.text):  # "Posts Tagged 'X'", "LOGO_RGB"
        return known(first.text) or _opening_outlet(first.text, known) or first.text.strip()
    if first is not None and first.role == CRUFT and "," in first.text:
        # "El Mostrador, el primer diario digital de Chile.": the name, then its tagline,
        # where the name stands alone on another line of the page too
        name = first.text.split(",", 1)[0].strip()
        if 0 < weight(name) <= SITE_NAME_MAX_WORDS and is_title(_as_text(Block(text=name))) \
                and any(b.text.strip() == name for b in blocks if b is not first):
            return known(name) or name
    return None


#: A close button alone on its line: a banner's "X".
CLOSE_BUTTONS = frozenset(("X", "x", "×", "✕", "✖"))
#: A notice atop a page, in capitals, of this many words at least, closed by a period.
SHOUTED_NOTICE_MIN_WORDS = 4


def _shouted_notice(text: str) -> bool:
    """A banner's notice atop the page, all in capitals and closed by a sentence's end
    ("GET BREAKING NEWS IN YOUR BROWSER. CLICK HERE TO TURN ON NOTIFICATIONS."): no name."""
    text = text.strip()
    return text.isupper() and text[-1:] in ".!" and len(text.split()) >= SHOUTED_NOTICE_MIN_WORDS


def _opening_outlet(line: str, known) -> str | None:
    """The outlet the table knows that a first line's first word names, a product's or a
    section's name after it ("朝日新聞社 聞蔵II": the Asahi's company, then its database),
    as the line writes it; None where the first word names none."""
    words = line.split()
    found = known(words[0]) if len(words) > 1 else None
    return credited_in(line, found) if found else None


def _followed_name(blocks: list[Block]) -> str | None:
    """The name the page's follow-us lines share ("X auf Twitter", "Folge X"), when
    they name it :data:`cues.SITE_FOLLOW_MIN` times or more."""
    names: dict[str, list[str]] = {}
    for b in blocks:
        if b.role == TEXT and is_prose(b) or cues.SHARE_VERB_RE.match(b.text):
            continue  # a share button ("Share this on Facebook") names no site
        for rx in cues.SITE_FOLLOW_RES:
            m = rx.match(b.text)
            if m and weight(m.group("name")) <= SITE_NAME_MAX_WORDS \
                    and m.group("name").split()[-1].casefold() not in credit_cues.FOLLOW_PRONOUNS \
                    and m.group("name").split()[0].casefold() not in credit_cues.FOLLOW_US_WORDS:
                name = m.group("name").strip()
                names.setdefault(name.casefold(), []).append(name)
                break
    best = max(names.values(), key=len, default=[])
    if len(best) >= cues.SITE_FOLLOW_MIN:
        return best[0]
    # One follow-us line ("Sudinfo sur Facebook"): its name, where the page's other lines
    # name it as often as its chrome must name a site ("Applications Sudinfo iPhone-iPad").
    lines = [b.folded for b in blocks if not (b.role == TEXT and is_prose(b))]
    named = []
    for spellings in names.values():
        rx = re.compile(r"(?<!\w)" + re.escape(spellings[0].casefold()) + r"(?!\w)")
        others = sum(bool(rx.search(line)) for line in lines) - len(spellings)
        if others >= SITE_NAME_MIN_MENTIONS:
            named.append((others, spellings[0]))
    return max(named)[1] if named else None


def _timeline_name(blocks: list[Block]) -> str | None:
    """The name an embedded timeline's heading gives the page: its account's display name
    on the line under "Tweets by NacionalCordoba" ("Radio Nacional Córdoba"), where that
    line spells the handle (:func:`_unaccented` and squashed, the handle its whole or its
    end)."""
    order = [b for b in blocks if b.role != SEP]
    for k, b in enumerate(order):
        m = cues.TIMELINE_HEADING_RE.match(b.text)
        if not m:
            continue
        handle = _unaccented(_squash(m.group("handle")))
        for line in order[k + 1:k + 1 + TIMELINE_NAME_REACH]:
            spelled = _unaccented(_squash(line.text))
            if weight(line.text) <= SITE_NAME_MAX_WORDS + 1 and len(handle) >= 4 \
                    and spelled.endswith(handle):
                return line.text.strip()
        return _handle_brand(order, handle)
    return None


#: A label before a name ("YouTube Channel: X", "LINE | X").
_LABELLED = re.compile(r"[:|]")
#: Letters a handle's brand word must have at least ("express" of "expressupdates").
HANDLE_BRAND_MIN_CHARS = 4


def _handle_brand(lines: list[Block], handle: str) -> str | None:
    """The site's name a handle with no display name under it begins with: a line of the
    page, name-shaped (:func:`_name_shaped`, not all capitals: a menu shouts its entries,
    "DAILY EXPRESS"), whose last word opens the handle, the account's brand before its
    suffix ("Trinidad Express" for "expressupdates"); the one such line (spelled the same
    wherever it stands), else None. A labelled line ("YouTube Channel: Prachatai") names
    another account of the site, a list's entry (bulleted) a menu's."""
    found = {b.text.strip() for b in lines
             if b.role != TEXT and b.kind != BlockKind.ITEM and _name_shaped(b.text)
             and not b.text.isupper() and not _LABELLED.search(b.text)
             and len(last := _unaccented(_squash(b.text.split()[-1]))) >= HANDLE_BRAND_MIN_CHARS
             and handle.startswith(last) and len(b.text.split()) >= 2}
    return found.pop() if len(found) == 1 else None


#: Lines under a timeline's heading its account's display name may stand on.
TIMELINE_NAME_REACH = 2


def _unaccented(text: str) -> str:
    """``text`` without its letters' accents ("córdoba" -> "cordoba"), compatibility forms
    folded too (NFKD)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
