"""Pasted plain text (Usenet posts, e-mail, old wire copy) -> one paragraph a line.

A dump is read one paragraph a line (:mod:`normalizer.stories.dumps`). Text pasted from a
newsgroup, a mail or a wire terminal was hard-wrapped at a fixed width (~60-80 columns)
and carries its envelope and the wire's routing lines:

* a paragraph opens on an indented line (spaces or a tab) and goes on flush left, with no
  blank line between paragraphs: read line by line, every wrapped piece is a paragraph and
  every opener a headline. :func:`join_indented` joins the pieces back;
* the message's header block ("From: ...", "Subject: ...", "Lines: 142", "X-Folder: ...")
  and the "-----Original Message-----" rule are furniture: :func:`drop_headers` (not yet
  in :func:`read_pasted`, see there);
* a wire slug ("RTw  04/14 2155  HEADLINE": service code, MM/DD, HHMM, title) opens a story
  with its title, and a sign-off ("REUTER AC KG": the agency and its staff's initials)
  closes one: :func:`wire_edges`.

Each reading is a no-op on text without its shape, so other dumps keep their lines.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from email.utils import parsedate_tz

from normalizer.text.dates import parse_date

#: Widest line of a hard-wrapped paste: a terminal or mail reader wraps at 60-80 columns,
#: some pastes leave a few characters over. A text with longer lines was not wrapped.
WRAP_MAX_WIDTH = 100
#: Narrowest common width read as a wrap (narrower text is a list or verse, not a wrap).
WRAP_MIN_WIDTH = 50
#: A line this near the common width (in characters) is full: the paragraph goes on.
WRAP_SLACK = 16
#: Share of the lines a width counts as "common" for: the width is the length that this
#: share of the non-blank lines reach or stay under.
WRAP_QUANTILE = 0.9
#: Indented paragraph openers followed by a flush-left continuation a text needs before its
#: indented lines are read as paragraph starts (one or two could be a quote or an address).
MIN_OPENERS = 3
#: Widest indent of a paragraph opener (a wider one is a centred title or a table).
MAX_INDENT = 8

_INDENT = re.compile(rf"^(?:\t| {{1,{MAX_INDENT}}})(?=\S)")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*\s*$")
_QUOTE = re.compile(r"^> ?")
_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):(?:\s|$)")
#: The rule a mail client puts over a forwarded or replied-to message.
_MAIL_RULE = re.compile(
    r"^\s*-{3,}\s*(?:Original Message|Forwarded (?:message|by\b.*))\s*-{3,}\s*$", re.IGNORECASE)
#: Header field names of an e-mail or a Usenet post (RFC 5322 and RFC 1036, the common
#: extensions, and a mail client's forwarded-message block with its "Sent:"): a run of
#: "Name: value" lines so named is the message's envelope, furniture of a pasted message,
#: never a headline or story text (any case).
HEADER_FIELDS = frozenset((
    "from", "to", "cc", "bcc", "subject", "date", "sender", "sent", "reply-to", "message-id",
    "in-reply-to", "references", "organization", "lines", "newsgroups", "followup-to", "path",
    "distribution", "keywords", "summary", "expires", "approved", "nntp-posting-host",
    "mime-version", "content-type", "content-transfer-encoding", "return-path", "received",
))
#: Prefixes of extension fields ("X-From:", "X-Folder:", "X-Newsreader:").
HEADER_FIELD_PREFIXES = ("x-",)
#: A header block needs this many field lines (one "Subject: x" alone could be a label).
MIN_HEADER_FIELDS = 2

#: A wire terminal's slug: service code (2-4 letters, "RTw", "APn", "UPwe"), MM/DD, HHMM,
#: then the story's title.
_SLUG = re.compile(r"^\s*[A-Z][A-Za-z]{1,3}\s+(?:0[1-9]|1[0-2])/(?:[0-2]\d|3[01])\s+"
                   r"(?:[01]\d|2[0-3])[0-5]\d\s+(?P<title>\S.*?)\s*$")
#: A wire sign-off: the agency's name in capitals then two to five staff initials.
_SIGN_OFF = re.compile(r"^\s*(?:REUTER|REUTERS|AP|UPI|AFP)(?:\s+[A-Z]{1,4}){2,5}\s*$")
#: An editors' advisory on a wire story's top, a line of its own: "(Eds: updates with end of
#: summit details, quotes)", "(EDS: RECASTS lead)", "(Editors: ...)". A note to the desks,
#: neither the story's title nor its text.
_ADVISORY = re.compile(r"^\s*\((?:Eds|EDS|Editors|EDITORS|Editor's note|EDITOR'S NOTE)\s*:"
                       r"[^()]*\)\s*$")
#: Blank lines a slug and a sign-off leave on the story's edge (a dump's separator gap,
#: :data:`normalizer.stories.dumps.SEPARATOR_GAP`).
EDGE_GAP = 3

#: A title wrapped in rules, the heading of a text-only e-zine or newsletter ("**** TITLE
#: ****", "=== TITLE ===", "---- TITLE ----"): a run of one rule character, words with a
#: letter in them, a run of the same character. The runs are this long at least.
RULE_RUN = 3
_RULE_TITLE = re.compile(
    rf"^\s*(?P<rule>[*=~#-])(?P=rule){{{RULE_RUN - 1},}}\s*(?P<title>[^*=~#\s-](?:.*?\S)?)"
    rf"\s*(?P=rule){{{RULE_RUN},}}\s*$")
#: A text needs this many rule-wrapped titles before they are read as its stories' heads
#: (one alone may be a mail client's "---- Text of forwarded message ----" or a section).
MIN_RULE_TITLES = 2

#: A credit block pushed to the right margin under a story ("Известия, 9.09.89", "В. Зайкин,
#: Известия" / "30.12.89", "Newsbytes,17.06.90 -" / "цит. по КомпьютерПресс 90-8 стр.76."):
#: lines indented this far at least (a paragraph opener is indented :data:`MAX_INDENT` at
#: most), up to CREDIT_MAX_LINES of them in a row, closed by a blank line (or an
#: ornament such as "* * *", or the text's end).
CREDIT_INDENT = 24
CREDIT_MAX_LINES = 3


def is_header_field(line: str) -> bool:
    """A "Name: value" line whose name is a mail or news header field's
    (:data:`HEADER_FIELDS`)."""
    m = _FIELD.match(line)
    if m is None:
        return False
    name = m[1].lower()
    return name in HEADER_FIELDS or name.startswith(HEADER_FIELD_PREFIXES)


def _header_date(block: list[str]) -> str:
    """The value of a header block's "Date:" field when it reads as a date, else ""."""
    for line in block:
        m = _FIELD.match(line)
        if m is not None and m[1].lower() == "date":
            value = line[m.end():].strip()
            if parse_date(value) is not None:
                return value
            return _mail_date(value)
    return ""


def _mail_date(value: str) -> str:
    """The ISO day of a mail header's date as RFC 822 wrote it, a two-digit year included
    ("Mon, 22 Jan 96 15:30:07 PST", read as 1996 by the standard library's mail parser, which
    the mail readers of the day followed); "" when it is no such date."""
    parts = parsedate_tz(value)
    if parts is None:
        return ""
    day = f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"
    return day if parse_date(day) is not None else ""


#: A subject that answers or forwards another message ("Re: ...", "Fwd: ...", "FW: ..."):
#: the thread's, never a pasted story's title.
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|fwd?|aw|sv|wg)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def _subject(block: list[str]) -> str:
    """The value of a header block's "Subject:" field, "" where it has none or it answers
    or forwards another message (:data:`_REPLY_SUBJECT`)."""
    for line in block:
        m = _FIELD.match(line)
        if m is not None and m[1].lower() == "subject":
            value = line[m.end():].strip()
            return "" if _REPLY_SUBJECT.match(value) else value
    return ""


def drop_headers(lines: list[str], opens_story: Callable[[str], bool] | None = None
                 ) -> list[str]:
    """The lines without their mail/news header blocks and mail rules: a block is a run of
    :data:`MIN_HEADER_FIELDS` or more header fields (continuation lines, indented, between
    them) at the text's start or after a blank line or a mail rule. The block goes with the
    blank lines after it, so the text around it keeps its gaps (three blank lines are a story
    separator in a dump). A block whose "Date:" field reads as a date leaves that date as a
    line of its own with the blank lines under it: the message's date is the date of the
    story it carries (a post forwarding a wire story under "Date: Thursday April 15, 1993"),
    read there as any date line over a story. A block under the text's first (a message
    the post reposts) whose body's first line ``opens_story`` (a wire dateline: a news
    service's story sent as a message) leaves its subject too, with a story edge
    (:data:`EDGE_GAP` blank lines) before it and its date under it: the subject is the
    story's title ("Subject: Gang hits supply firm" over "SANTA CLARA, Calif. (UPI) --")."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _MAIL_RULE.match(lines[k]):
            k += 1
            continue
        if (not out or not out[-1].strip() or _MAIL_RULE.match(lines[k - 1])) \
                and is_header_field(lines[k]):
            end, fields = k, 0
            while end < len(lines) and lines[end].strip() and (
                    is_header_field(lines[end]) or (end > k and lines[end][:1] in " \t")):
                fields += is_header_field(lines[end])
                end += 1
            if fields >= MIN_HEADER_FIELDS and (end == len(lines) or not lines[end].strip()):
                dated = _header_date(lines[k:end])
                subject = _subject(lines[k:end]) if opens_story is not None \
                    and any(r.strip() for r in out) else ""
                body = next((r for r in lines[end:] if r.strip()), "")
                if subject and opens_story is not None and opens_story(body.strip()):
                    out.extend([""] * EDGE_GAP + [subject, ""] + ([dated] if dated else []))
                elif dated:
                    out.append(dated)  # the message's date dates the story it carries
                else:
                    while end < len(lines) and not lines[end].strip():
                        end += 1  # its blank lines go with it: the gap before it stays the gap
                k = end
                continue
        out.append(lines[k])
        k += 1
    return out


def _width(lines: list[str]) -> int:
    lengths = sorted(len(r.rstrip().expandtabs(8)) for r in lines if r.strip())
    return lengths[int(WRAP_QUANTILE * (len(lengths) - 1))] if lengths else 0


def _unquoted(line: str) -> str:
    return _QUOTE.sub("", line, count=1)


def indent_of(line: str) -> int:
    """The line's indent in columns, tabs expanded to eight."""
    r = line.expandtabs(8)
    return len(r) - len(r.lstrip())


#: A word hyphenated at a line's end in Cyrillic typesetting ("пода-" / "рили"): a lower-case
#: Cyrillic letter before the hyphen, one after it on the next line. A number before the
#: hyphen ("32-" / "разрядной") keeps its hyphen. (Latin text is left as it is: an English
#: line may well end in a compound's own hyphen, "well-" / "known".)
_CYRILLIC_SPLIT = re.compile(r"[а-яё]-$")
_NUMBER_SPLIT = re.compile(r"\d-$")
_CYRILLIC_GOES_ON = re.compile(r"^[а-яё]")


def join_wrapped(last: str, line: str) -> str:
    """Two hard-wrapped lines of one paragraph read as one: with a space between them, or
    none where a word was hyphenated at the line's end (:data:`_CYRILLIC_SPLIT`)."""
    head, tail = last.rstrip(), line.strip()
    if _CYRILLIC_GOES_ON.match(tail):
        if _CYRILLIC_SPLIT.search(head):
            return head[:-1] + tail
        if _NUMBER_SPLIT.search(head):
            return head + tail
    return f"{head} {tail}"


def join_indented(lines: list[str]) -> list[str]:
    """Indented-paragraph hard wrap joined back: a line indented less than the paragraph's
    opener above it (flush left, or at the post's own margin) continues the paragraph when
    the line above is full (near the common width) or, in a paragraph's wrapped tail, does
    not end a sentence (a paste re-wrapped twice leaves a long line and a 1-3 word one).
    Quoted lines ("> ...") are read without their marks and joined among themselves. A text
    with fewer than :data:`MIN_OPENERS` full openers so continued, or whose common width is
    not a wrap's (:data:`WRAP_MIN_WIDTH` - :data:`WRAP_MAX_WIDTH`), is left as it is."""
    bare = [_unquoted(r) for r in lines]
    width = _width(bare)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return lines
    full = width - WRAP_SLACK

    def is_full(r: str) -> bool:
        return len(r.rstrip().expandtabs(8)) >= full

    def opens(a: str, b: str) -> bool:
        return 0 < indent_of(a) <= MAX_INDENT and is_full(a) and bool(b.strip()) \
            and indent_of(b) < indent_of(a)

    if sum(1 for a, b in zip(bare, bare[1:], strict=False) if opens(a, b)) < MIN_OPENERS:
        return lines
    out: list[str] = []
    opener = margin = -1  # indents of the open paragraph's opener and continuation lines
    prev_bare = ""
    for raw, b in zip(lines, bare, strict=True):
        quoted = raw != b
        last_quoted = bool(out) and out[-1] != _unquoted(out[-1])
        ind = indent_of(b) if b.strip() else -1
        if opener >= 0 and 0 <= ind < opener and margin in (-1, ind) and quoted == last_quoted \
                and not is_header_field(b.strip()) \
                and (is_full(prev_bare) or not _SENTENCE_END.search(prev_bare)):
            out[-1] = join_wrapped(out[-1], b)
            margin, prev_bare = ind, b
            continue
        out.append(raw)
        prev_bare = b
        opener, margin = (ind, -1) if 0 < ind <= MAX_INDENT and is_full(b) else (-1, -1)
    return out


#: The wire's © notice under a slug ("Copyright, 1993. The Associated Press. All rights
#: reserved."): the service's furniture between the title and the byline. Left there, it
#: reads as the end of a story (a © line closes one) and parts the title from its text.
_WIRE_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\(c\)|©)", re.IGNORECASE)


def wire_edges(lines: list[str]) -> list[str]:
    """Wire slugs read as their title with a story edge before it (the wire's © notice
    right under the slug, :data:`_WIRE_COPYRIGHT`, left out), sign-offs dropped with an
    edge after them (:data:`EDGE_GAP` blank lines)."""
    if not any(_SLUG.match(r) for r in lines):
        return lines
    out: list[str] = []
    under_slug = False  # only blank lines since a slug
    for raw in lines:
        m = _SLUG.match(raw)
        if m is not None:
            out.extend([""] * EDGE_GAP)
            out.append(m["title"])
        elif _SIGN_OFF.match(raw):
            out.extend([""] * EDGE_GAP)
        elif not (under_slug and _WIRE_COPYRIGHT.match(raw)):
            out.append(raw)
        under_slug = m is not None or (under_slug and not raw.strip())
    return out


def _rule_title(line: str) -> str:
    """The title of a rule-wrapped heading line (:data:`_RULE_TITLE`), "" for any other line."""
    m = _RULE_TITLE.match(line)
    return m["title"] if m is not None and any(c.isalpha() for c in m["title"]) else ""


def rule_titles(lines: list[str]) -> list[str]:
    """Rule-wrapped headings (:data:`_RULE_TITLE`) read as their titles with a story edge
    (:data:`EDGE_GAP` blank lines) before them. A heading run over several such lines is a
    title broken over lines when the next one goes on in lower case after a title that ends
    no sentence ("... заставляют всех" / "думать о преемнике"), else a deck (with its own
    lower-case continuation lines) under the title ("Не только тюльпаны" / "Вирусы
    Датакрайм 1, 2, 3"), which is left out: a banner's deck is neither the head nor the
    story's text. A text with fewer than :data:`MIN_RULE_TITLES` headings keeps its lines."""
    if sum(1 for r in lines if _rule_title(r)) < MIN_RULE_TITLES:
        return lines
    out: list[str] = []
    state = ""  # "title" while the head's title goes on, "deck" once a deck is left out
    for raw in lines:
        title = _rule_title(raw)
        if not title:
            out.append(raw)
            state = ""
        elif not state:
            out.extend([""] * EDGE_GAP)
            out.append(title)
            state = "title"
        elif state == "title" and title[0].islower() and not _SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {title}"
        elif not title[0].islower():
            state = "deck"
    return out


def _credit_line(line: str) -> bool:
    """A line pushed to the right margin (:data:`CREDIT_INDENT`) with a letter or a digit."""
    return indent_of(line) >= CREDIT_INDENT and any(c.isalnum() for c in line)


def credit_blocks(lines: list[str]) -> list[str]:
    """Right-aligned credit blocks under a paragraph (:data:`CREDIT_INDENT`) joined into one
    line: read line by line, the block's second line ("соб.корр. "Известий" в Брюсселе",
    "BYTE, февраль 1992)") stands alone after the story's end and reads as the next
    story's headline. The block follows a paragraph's line (a blank line between at most)
    and is closed by a blank line, a line without a letter or digit, or the text's end."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and end - k < CREDIT_MAX_LINES + 1 and _credit_line(lines[end]):
            end += 1
        above = [r for r in out[-2:] if r.strip()]
        closed = end == len(lines) or not any(c.isalnum() for c in lines[end])
        if 2 <= end - k <= CREDIT_MAX_LINES and closed and above \
                and indent_of(above[-1]) < CREDIT_INDENT:
            out.append(" ".join(r.rstrip() if n == 0 else r.strip()
                                for n, r in enumerate(lines[k:end])))
            k = end
            continue
        out.extend(lines[k:max(end, k + 1)])
        k = max(end, k + 1)
    return out


def read_pasted(lines: list[str], opens_story: Callable[[str], bool] | None = None
                ) -> list[str]:
    """A dump's raw lines without their mail/news envelopes (a dated one leaves its date, a
    reposted story's its subject: :func:`drop_headers` with ``opens_story``) and editors'
    advisories, with their rule-wrapped titles and right-aligned credit blocks, wire slugs
    and sign-offs read and their hard wrap joined (see the module's doc)."""
    return join_indented(wire_edges(credit_blocks(rule_titles(
        drop_advisories(drop_headers(lines, opens_story))))))


def drop_advisories(lines: list[str]) -> list[str]:
    """The lines without the wire's editors' advisories (:data:`_ADVISORY`)."""
    return [raw for raw in lines if not _ADVISORY.match(raw)]
