"""Attribution: who published a story, who wrote it, where and when.

``source`` is set only where the story names its publisher explicitly: a dateline
"(Reuters)", a copyright label "© 2017 AFP", a source line "Haaretz — Nov 23, 2017",
"Source: Xinhua", "This article originally appeared in ...", a sign-off "— AFP". The
outlet is read from the credit's shape, known to the outlets table or not ("(KXAN)",
"Quelle: MDR THÜRINGEN/ls"): :func:`normalizer.cues.outlets.outlet_name` gives one name
an outlet; sign-offs and copyright lines, which name people and companies too, must
look like an outlet. Photo credits name the photo agency, not the story's, and are not
used. ``credits`` are the agencies of a
"Based on reporting by ..." line; the people there, in "By ..." lines, "Reporting by X;
Writing by Y" lines and "X contributed to this report" go to ``byline`` (editors do not).
"""
from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher
from typing import Any

from normalizer.cues import credits as credit_cues
from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.cues.openers import COLON_DATELINE_RE, PHOTO_LABEL_RE
from normalizer.cues.outlets import (  # noqa: F401 (re-exported)
    PHOTO_SERVICES,
    SOURCE_LABEL_ALONE_RE,
    TRAILING_BRACKET_SIGNOFF_RE,
    address_in_words,
    agency_tagline,
    as_credited,
    as_written,
    canonical_source,
    cjk_from_label_source,
    cjk_news_lead,
    cjk_notice_source,
    date_line_label_source,
    find_source,
    is_control_line,
    is_data_provider,
    is_end_mark,
    is_release_service,
    origin_notice,
    outlet_name,
    outlet_span,
    person_and_agency,
    role_outlet,
    script_of,
    signoff_source,
    slot_value_source,
    trailing_label_source,
    web_edition,
    wire_names,
    wire_of_site,
    wire_services,
    with_agencies,
)
from normalizer.model import BlockKind, MetaKind, RemovedKind
from normalizer.stories.blocks import CRUFT, HEADLINE, META, SEP, TEXT
from normalizer.stories.page_sources import is_media_group
from normalizer.stories.split import Segment, dateline_of
from normalizer.text.dates import UPDATED_LINE_RE, parse_date, split_date_line, yearless_day_near
from normalizer.text.places import is_place

# --- Names ---------------------------------------------------------------------------------
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)\s*", re.I)
_ROLE_PART = re.compile(
    r"(?P<role>additional reporting|reporting|writing|written|editing|edited|compiled|"
    r"translated|research|graphics|production|with additional reporting|with reporting|"
    r"with assistance|with contributions?|based on reporting|based on reports)"
    r"\s+(?:by|from)\s+(?P<names>[^;()]+)",
    re.I,
)
_PERSON = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*"
                     r"(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*|de|da|van|von|der|al|el|bin|le|la)){1,4}$")
_NOT_WRITER_ROLES = ("editing", "edited", "translated", "graphics", "production")
# Closing lines that credit agencies without a "by": "(Con información de AFP, EFE y
# Reuters)", "Mit Material von dpa", "Avec AFP", "With information from AP".
_AGENCY_CREDIT = re.compile(
    r"^[\s(\[—–-]*(?:con\s+informaci[oó]n\s+de|com\s+informa[cç][oõ]es\s+d[aoe]s?|"
    r"with\s+(?:additional\s+)?information\s+from|(?:with\s+)?inputs?\s+from|"
    r"mit\s+material\s+(?:von|der|des)|"
    r"avec|d['’]apr[eè]s|по\s+материалам|na\s+podstawie(?:\s+informacji)?(?:\s+z)?"
    r"(?:\s+agencji)?|z\s+agencji|com\s+ag[eê]ncias?|con\s+agencias?)\s+(?P<names>[^;()]+)",
    re.I,
)
# A short closing line that names agencies only: "(With AFP)", "(Avec AFP et Reuters)",
# "Com Reuters": agencies credited, people never read from it.
_WITH_AGENCIES = re.compile(r"^[\s(\[—–-]*(?:with|avec|mit|con|com|z|с)\s+"
                            r"(?P<names>[^;()]{2,60}?)[\s)\].]*$", re.I)
WITH_AGENCIES_MAX_WORDS = 8

COPYRIGHT_HOLDER_RE = credit_cues.COPYRIGHT_HOLDER_RE
# Source-like labels that give the original's title, not its publisher ("原标题：...").
ORIGINAL_TITLE_LABELS = ("原标题", "原標題", "原題", "original title", "originaltitel")
# The groups of the copyright table that hold a name after a label ("Source: X",
# "This article originally appeared in X"): an outlet named so may be any name.
_NAMED_GROUPS = ("label", "orig", "orig2", "orig3")
ORIGINAL_TITLE_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, ORIGINAL_TITLE_LABELS)) + r")\s*[:：︱|｜]", re.I)


def split_names(text: str) -> tuple[list[str], list[str]]:
    """People and agencies in a list of names ("AP, AFP, and dpa"; "X in Moscow and Y")."""
    people: list[str] = []
    agencies: list[str] = []
    text = re.sub(r"\s+in\s+[A-Z][\w .'-]*?(?=\s*(?:,|;|\band\b|&|$))", "",
                  text.strip().rstrip("."))
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .,:;—–-\u00a0")
        if not part:
            continue
        head, _, last = part.rpartition(" ")
        if head and last.casefold() in credit_cues.FOLLOW_BUTTON_WORDS:
            part = head.strip()  # "Jane Doe Follow": the button's word after the name
        source = as_credited(part, canonical_source(part))  # (named as credited)
        if source is not None:
            if source not in agencies:
                agencies.append(source)
            continue
        part = writer_of(part) or ""
        if _PERSON.match(part) and part not in people:
            people.append(part)
    return people, agencies


#: The words of a name that name no person (a section's, a desk's, a theme's).
_NOT_NAME_WORDS = credit_cues.BYLINE_NOT_NAME_WORDS | credit_cues.SLOT_NOT_NAME_WORDS
_TRADES = frozenset(cues.BIO_TRADES) | frozenset(f"{t}s" for t in cues.BIO_TRADES)


def writer_of(part: str) -> str | None:
    """The person a byline's part names, its trade and outlet taken off: "Aerospace Writer
    Marcia Dunn" is Marcia Dunn, "Fox News’ Jessica Napoli" and "Kelli Miller WebMD Health
    News" name their writers; None for a part naming no person ("Tech Industry", "CNN
    Business", "CNN Editor-at-large", "Poetic Themes": a section, a desk, a theme's credit;
    a place the table knows)."""
    words = part.split()
    trade = max((i for i, w in enumerate(words) if w.casefold().strip(".,") in _TRADES),
                default=None)
    if trade is not None:  # "Aerospace Writer Marcia Dunn": the name after the trade
        words = words[trade + 1:]
    name = " ".join(words)
    outlet = outlet_span(name)
    if outlet is not None:  # the outlet before ("Fox News’ X") or after ("X WebMD Health News")
        start, end = outlet
        if start == 0:
            name = re.sub(r"^[’'`s]*\s*", "", name[end:])
        elif end >= len(name.rstrip(" .")):
            name = name[:start]
        name = name.strip(" ,.-–—|")
    words = name.split()
    if not words or any(w.casefold().strip(".,") in _NOT_NAME_WORDS for w in words) \
            or is_place(name):
        return None
    return name


def byline_names(text: str) -> tuple[list[str], list[str]]:
    """(people, outlets) of a byline: "Rob Picheta, CNN", "Jane Doe, Premium Times": an
    outlet after the writer's name is the story's publisher, known to the table or shaped
    like an outlet (a person's name is not); an outlet "with agencies" ("tagesschau.de mit
    Agenturen", "Le Monde avec AFP") is the outlet."""
    joined = with_agencies(text)
    if joined:
        return [], [joined[0]]
    people, agencies = split_names(text)
    if agencies:
        return people, agencies
    if len(people) == 1 and (joined_agency := person_and_agency(people[0])
                             or person_and_agency(text.strip(" .,;"))):
        # "Narayana Kocherlakota Bloomberg" (split_names kept the writer: the agency is read
        # off the byline as written)
        return [joined_agency[0]], [joined_agency[1]]
    for part in re.split(r"\s*[,;]\s*", text.strip())[1:]:
        words = part.strip(" .").split()
        if words and words[-1].casefold() in _TRADES:
            # "Jon King, News Reporter", "Jane Doe, Senior Correspondent": the writer's
            # role, shaped like a name; an outlet only where the table knows the words
            # before the trade ("Jane Doe, BBC Correspondent")
            outlet = canonical_source(" ".join(words[:-1])) if len(words) > 1 else None
            if outlet:
                return [p for p in people if p != part.strip(" .")], [outlet]
            continue
        outlet = outlet_name(part, strict=True)
        if outlet:
            return [p for p in people if p != part.strip(" .")], [outlet]
    return people, agencies


_DOMAIN_RE = re.compile(r"^[^\W_][\w-]{1,30}\.(?:[a-z]{2,4}|[A-Z]{2,4})(?:\.[a-z]{2}|\.[A-Z]{2})?$")


def _written_as_outlet(line: str) -> bool:
    """A bare line names its outlet as the outlet writes itself: the whole line ("AFP"), or
    the line with a newsroom's or kind's word ("Redacción EFE", "Agencia EFE"), not a
    menu's section that happens to share a name in another case ("El mundo")."""
    found = canonical_source(line.strip())
    return found is not None and found in (line.strip(), find_source(line))


def _section_cased(line: str, name: str) -> bool:
    """A bare line that is an outlet's name of several words with one of its capitals in
    lower case ("El país", "El mundo" for El País, El Mundo): a section's label in the
    page's own style, not the outlet's credit (which keeps its capitals, or is all
    capitals)."""
    text = line.strip(" .")
    if " " not in text or text.casefold() != name.casefold() or text.isupper():
        return False
    # a capital of the name lowered ("país" for "País"), not a lowered word raised at the
    # line's start ("La Repubblica" for "la Repubblica")
    return any(w[:1].isupper() and t[:1].islower()
               for w, t in zip(name.split(), text.split(), strict=False))


#: How a byline line's people and the outlet after them stand apart: a bar, a bullet, a
#: spaced dash or slash ("Jane Doe | Reuters", "Jane Doe - Reuters", "Jane Doe / EFE").
_BYLINE_PARTS_RE = re.compile(r"\s*[|•]\s*|\s+[-–—/]\s+")
#: An agency in brackets after the people ("Par Jane Doe (AFP)", "Di Mario Rossi (ANSA)").
_BRACKETED_AGENCY_RE = re.compile(r"\s*[(\[](?P<name>[^()\[\]]{2,30})[)\]]\s*$")


def _byline_line(names: str) -> tuple[list[str], list[str]]:
    """(people, outlets) of a byline line's names: "Jane Doe, Reuters"; after a bar the
    parts name no people but may name the outlet ("Jane Doe | Reuters | 5 Jan 2023")."""
    first, *rest = _BYLINE_PARTS_RE.split(names)
    bracket = _BRACKETED_AGENCY_RE.search(first)  # "Jane Doe (AFP)"
    if bracket and canonical_source(bracket["name"]):
        first, rest = first[:bracket.start()], [bracket["name"], *rest]
    people, agencies = byline_names(first)
    if not agencies:
        agencies = [o for o in map(canonical_source, rest[:2]) if o][:1]
    return people, agencies


def credit_line_names(text: str) -> tuple[list[str], list[str]]:
    """(people, agencies) named by a closing credit line, editors left out."""
    people: list[str] = []
    agencies: list[str] = []
    m = cues.CONTRIBUTED_RE.match(text) or _AGENCY_CREDIT.match(text)
    if m:
        return split_names(m.group("names"))
    for part in _ROLE_PART.finditer(text):
        if part.group("role").lower() in _NOT_WRITER_ROLES:
            continue
        p, a = split_names(part.group("names"))
        people += [x for x in p if x not in people]
        agencies += [x for x in a if x not in agencies]
    return people, agencies


_DATE_WORDS = frozenset(w.casefold() for w in (*cues.MONTHS, *cues.WEEKDAYS))


def _dateline_place(place: str | None, when: str | None) -> str | None:
    """The dateline's place as printed, its region included ("NAPA COUNTY, Calif.",
    "HOUSTON, Texas"); a date after the comma ("WASHINGTON, Nov 30") is no part of it."""
    place = (place or "").strip().rstrip("-–— ")  # "SAN FRANCISCO--(BUSINESS WIRE)--"
    when = (when or "").strip()
    if place and when and not any(ch.isdigit() for ch in when) \
            and not any(w.casefold().strip(".,") in _DATE_WORDS for w in when.split()):
        return f"{place}, {when}"
    return place or None


#: The fewest words of a paragraph that opens with a dateline naming an outlet the table does
#: not know: a shorter line is a list's item or a label ("Portugal (Group B): 8th
#: appearance"), no story's first paragraph.
DATELINE_PARAGRAPH_MIN_WORDS = 8
#: How alike a bracketed name and the word before it are when the bracket glosses the word
#: (its spelling in another script or language: "Теразие (Теразије)"), 0..1.
GLOSS_SIMILARITY = 0.7


def _dateline_credit(text: str, place: str | None, src: str) -> bool:
    """The bracket of a dateline-shaped opening credits an outlet: one the table knows, or
    an unknown name opening a paragraph of prose that does not merely gloss the place."""
    if canonical_source(src) is not None:
        return True
    if len(text.split()) < DATELINE_PARAGRAPH_MIN_WORDS:
        return False
    place = (place or "").strip()
    if place and len(place.split()) == 1 and len(src.split()) == 1:
        alike = SequenceMatcher(None, place.casefold(), src.strip().casefold()).ratio()
        if alike >= GLOSS_SIMILARITY:
            return False
    return True


def _colon_dateline(place: str, rest: str) -> bool:
    """A capital place and a colon open the story's prose, not a label, a letter's
    salutation or a quoted name over a headline in capitals."""
    return place.upper() not in openers.NOT_PLACE_LABELS \
        and place.split()[0].upper() not in openers.NOT_PLACE_FIRST_WORDS \
        and len(rest.split()) >= openers.COLON_DATELINE_MIN_WORDS and not rest.isupper()


def agency_credit(text: str) -> list[str]:
    """The agencies a short closing line credits ("(With AFP)", "Com informações da
    Reuters", "Na podstawie informacji z agencji PAP"); [] for other lines."""
    m = _AGENCY_CREDIT.match(text) or _WITH_AGENCIES.match(text)
    return split_names(m.group("names"))[1] if m else []


#: The fewest words of the paragraph a closing sign-off stands under: shorter lines kept after
#: it (a tag's name, a "Follow" button pasted with the story) do not end the story's prose.
CLOSING_PROSE_MIN_WORDS = 6


def _closing_signoff(segment: Segment) -> str | None:
    """A sign-off under the story's last paragraph that the cleaner took for a photo
    credit ("(jw/dpa)", "AFP/dpa/fa", "via Reuters"): no picture stands above it, so it
    credits the story."""
    blocks = segment.blocks
    # (looked for from the end: the words of the story's other paragraphs are not counted)
    last_text = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].role == TEXT
                      and len(blocks[i].text.split()) >= CLOSING_PROSE_MIN_WORDS),
                     None)  # (short lines after it, a tag's or a button's, end no story)
    if last_text is None:
        last_text = next((i for i in range(len(blocks) - 1, -1, -1)
                          if blocks[i].role == TEXT), None)
    if last_text is None:
        return None
    for i in range(last_text + 1, len(blocks)):
        b = blocks[i]
        if b.kind == BlockKind.IMAGE:
            return None
        if b.role == CRUFT and b.cruft_kind == RemovedKind.CAPTION \
                and blocks[i - 1].kind != BlockKind.IMAGE and not _PHOTOGRAPHER_RE.search(b.text) \
                and not PHOTO_LABEL_RE.search(b.text):
            found = signoff_source(b.text)
            found = None if is_end_mark(found) else found
            if found:
                return found
    return None


def _tag_list_item(blocks: list, i: int) -> bool:
    """Whether ``blocks[i]`` is an item of a list of the page's chrome, items of it standing
    right above ("• Marktbericht", "• Börse", "• DAX", "• Dow Jones": the story's tags): a
    sign-off stands alone under the text, so a name there is a tag's (a stock index, a
    topic), not the story's credit."""
    if blocks[i].kind != BlockKind.ITEM:
        return False
    above = next((b for b in reversed(blocks[:i]) if b.role != SEP), None)
    return above is not None and above.kind == BlockKind.ITEM and above.role == CRUFT


def _pictures_notice(blocks: list, i: int, holder: str) -> bool:
    """Whether the copyright notice ``blocks[i]`` of ``holder`` closes a picture's caption
    that credits the same holder ("... (Φωτογραφία: Reuters" then "Copyright Reuters", the
    photo's copyright box pasted with its caption): the picture's notice, not the story's."""
    prev = next((b for b in reversed(blocks[:i]) if b.role != SEP and b.text.strip()), None)
    name = holder.strip(" .,").casefold()
    return prev is not None and prev.role == CRUFT and prev.cruft_kind == RemovedKind.CAPTION \
        and len(name) > 1 and name in prev.text.casefold()


# A photographer named after the agency ("REUTERS/Adnan Abidi", "AP Photo/Jane Doe") or
# before it ("Carolyn Kaster / AP": a whole line of a capitalised first and last name, then
# the bar): a picture's credit, wherever it stands; a sign-off names the editor by
# initials ("jw/dpa").
_PHOTOGRAPHER_RE = re.compile(r"/\s*[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ]|(?i:\bphoto\b)"
                              r"|^\s*[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’.-]+)+\s*/\s*\w+\s*$")


# A Chinese or Korean story's writers in brackets at its end ("……的城！（评论员 罗博 萧海川）",
# "（新华社记者 王五）", "(홍길동 기자)"): the roles that name writers, before (Chinese) or
# after (Korean) the names. An editor ("责任编辑") or photographer ("摄") is no writer.
CJK_WRITER_ROLES = ("记者", "記者", "评论员", "評論員", "通讯员", "通訊員", "特约记者",
                    "特約記者", "实习生", "實習生", "特派员", "特派員")
KOREAN_WRITER_ROLES = ("기자", "특파원", "객원기자")
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
_HANGUL_NAME = r"[\uac00-\ud7af]{2,4}"
_CJK_BYLINE_RE = re.compile(
    r"[（(]\s*[^（）()]{0,12}?(?:" + "|".join(CJK_WRITER_ROLES) + r")\s*"
    rf"(?P<names>{_HAN_NAME}(?:[\s、，,]+{_HAN_NAME}){{0,5}})\s*[）)]\s*[。.]?\s*$")
_KOREAN_BYLINE_RE = re.compile(
    rf"[（(]\s*(?:[^()=]{{1,12}}=\s*)?(?P<names>{_HANGUL_NAME}(?:[\s·,]+{_HANGUL_NAME}){{0,3}})"
    r"\s*(?:" + "|".join(KOREAN_WRITER_ROLES) + r")\s*[）)]\s*[.]?\s*$")


def cjk_closing_byline(segment: Segment) -> list[str]:
    """The writers a Chinese or Korean story names in brackets at its end, in its last
    paragraph or on a line of its own (kept in the text or taken out as a credit)."""
    tail = [b for b in segment.blocks if b.role == TEXT
            or (b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT)][-2:]
    for b in reversed(tail):
        m = _CJK_BYLINE_RE.search(b.text) or _KOREAN_BYLINE_RE.search(b.text)
        if m:
            return [n for n in re.split(r"[\s、，,·]+", m.group("names")) if n]
    return []


def _not_release(name: str | None) -> str | None:
    """``name``, unless a press-release service's (its tag carried the release; the issuer
    is the source: :func:`issuer_source`)."""
    return None if is_release_service(name) else name


def issuer_source(segment: Segment) -> str | None:
    """The issuer a press release names in its own credit line, kept in the text or taken
    out ("Original-Content von: Polizei Steinfurt, übermittelt durch news aktuell",
    "Original content by: X", "SOURCE Acme Corp"): the release's source."""
    for b in segment.blocks:
        if b.role not in (TEXT, CRUFT) or len(b.text.split()) > openers.CREDIT_LINE_MAX_WORDS:
            continue
        m = openers.ORIGINAL_CONTENT_RE.match(b.text) or openers.ISSUER_LINE_RE.match(b.text)
        if m:
            found = _not_release(outlet_name(m.group("name")))
            if found:
                return found
    return None


#: The opening paragraphs read for an agency naming itself as the teller.
AGENCY_TELLS_PARAGRAPHS = 3


#: The most words of an agency's name read after a told-to agency's marker.
AGENCY_NAME_MAX_WORDS = 3


def agency_telling(blocks: list) -> str | None:
    """The agency a story's opening names as its teller ("Как передает Укринформ", "передает
    корреспондент МИА «Казинформ»") or as the one it was told to ("Об этом ИА REGNUM ...
    сообщили", "powiedział w rozmowie z PAP"), when the outlets table knows it as an agency."""
    for b in blocks:
        for m in openers.AGENCY_TELLS_RE.finditer(b.text):
            found = canonical_source(m.group("name"))
            if found and found in wire_names() and not is_release_service(found):
                return found
        for m in itertools.chain(credit_cues.AGENCY_TOLD_RE.finditer(b.text),  # "Об этом ИА"
                                 credit_cues.AGENCY_INTERVIEW_RE.finditer(b.text)):  # "z PAP"
            words = m.group("name").split()
            found = next((o for k in range(min(len(words), AGENCY_NAME_MAX_WORDS), 0, -1)
                          if (o := canonical_source(" ".join(words[:k]))) in wire_names()), None)
            if found and not is_release_service(found):
                return found
        report = openers.REPORT_OF_RE.match(b.text) or _glued_dispatch(b.text)
        found = find_source(report.group("clause")) if report else None
        if found:
            return found
    return None


def quoted_report(blocks: list) -> str | None:
    """The outlet a summary quotes as reporting the story ("The Los Angeles Times reports:
    \"...\"", :data:`credit_cues.REPORTS_QUOTE_RE`), when the outlets table knows it: a link
    blog's or an aggregator's repost of that outlet's story."""
    for b in blocks:
        for m in credit_cues.REPORTS_QUOTE_RE.finditer(b.text):
            words = m.group("name").split()
            for k in range(len(words)):  # ("... developers. The Los Angeles Times": its end)
                found = canonical_source(" ".join(words[k:]))
                if found:
                    return _not_release(as_written(as_credited(" ".join(words[k:]), found),
                                                   [b.text]))
    return None


def outlet_told(blocks: list) -> str | None:
    """The outlet the story's people speak to, in a Chinese or Arabic story
    (:data:`credit_cues.OUTLET_TOLD_RES`: "告诉《中国日报》", "قال ... لبي بي سي"), when the
    outlets table knows it: an outlet's own copy names itself so."""
    for b in blocks:
        for rx in credit_cues.OUTLET_TOLD_RES:
            for m in rx.finditer(b.text):
                words = m.group("name").split()
                for k in range(min(len(words), credit_cues.OUTLET_TOLD_MAX_WORDS), 0, -1):
                    name = " ".join(words[:k])
                    found = canonical_source(name)
                    if found and not is_release_service(found):
                        return as_written(found, [name])
    return None


#: How far into a paragraph a Chinese agency's dispatch bracket is looked for behind a lead-in
#: glued before it (a table layout's label and the headline, run into the paragraph).
GLUED_DISPATCH_MAX_CHARS = 80


def _glued_dispatch(text: str) -> re.Match[str] | None:
    """The dispatch bracket of a Chinese-language agency ("（中央社記者NAME台北11日電）",
    :data:`openers.REPORT_OF_RE`) where a short lead-in stands glued before it ("| 社會生活 |
    | |\nHEADLINE （中央社記者...電）..."): the bracket's formula is the agency's own, whatever
    stands before it. Only a full-width bracket among the paragraph's first characters."""
    at = text.find("（", 1, GLUED_DISPATCH_MAX_CHARS)
    return openers.REPORT_OF_RE.match(text[at:]) if at > 0 else None


#: A closing sign-off at the end of the story's last paragraph ("... on August 11-21. —
#: AFP"), read for an outlet the table knows.
TRAILING_SIGNOFF_RE = re.compile(r"[.!?\"”»)]\s+[—–]+\s*(?P<name>[^—–.!?]{2,30}?)\s*\.?$")



#: Where a wire dateline's place and day end: the agency's bracket or the dash before the
#: text ("Vienna, Austria, Jan 21 (AP) --", "BONN, Jan 8 (Reuters) -"), within this many
#: characters of the paragraph's start.
_DATELINE_HEAD_END = re.compile(r"\s*\(|\s+[-–—]{1,2}\s")
DATELINE_HEAD_MAX_CHARS = 60


def dateline_day_near(text: str, near: str) -> str | None:
    """The day a paragraph's opening wire dateline names without a year ("Vienna, Austria,
    Jan 21 (AP) --"), in the year that sets it on or just before ``near`` (the date of the
    message or story over it): :func:`normalizer.text.dates.yearless_day_near` on the
    dateline's place and day only, never on the story's words after it."""
    head = _DATELINE_HEAD_END.split(text[:DATELINE_HEAD_MAX_CHARS], 1)
    return yearless_day_near(head[0], near) if len(head) > 1 else None


def trailing_signoff(blocks: list, *, brackets: bool = True) -> str | None:
    """The outlet that signs off at the end of the last paragraph ("... — AFP", and with
    ``brackets`` "... Trump. (ANSA)."): where the agency closes its copy, no other credit
    is printed. (In a dump a clipping's record line names the paper that printed the story
    and counts first: :func:`bracket_signoff` is read after it.)"""
    if not blocks:
        return None
    m = TRAILING_SIGNOFF_RE.search(blocks[-1].text)
    if m:
        return _not_release(canonical_source(m.group("name")))
    return bracket_signoff(blocks) if brackets else None


#: A story's last paragraph that is its paper's name and home city in brackets alone, an
#: aggregator's credit of the paper that printed it ("The Daily Observer (Banjul)", "Vanguard
#: (Lagos)"): the name as printed, the city one to three capitalised words.
PAPER_AND_CITY_RE = re.compile(r"^\s*(?P<name>[^\W\d_][^()\d]{2,40}?)\s*\((?P<city>[A-ZÀ-Þ]"
                               r"[\w'’.-]*(?:\s+[\w'’.-]+){0,2})\)\s*$")


def paper_and_city(blocks: list) -> str | None:
    """The paper the story's last paragraph names with its city alone
    (:data:`PAPER_AND_CITY_RE`): the paper the aggregator's page carries the story from, over
    the aggregator's own notice around it ("Distributed by AllAfrica Global Media"). Only a
    name in an outlet's shape (a person's name is not); None for other last paragraphs."""
    m = PAPER_AND_CITY_RE.match(blocks[-1].text) if blocks else None
    if m is None:
        return None
    return _not_release(outlet_name(m.group("name"), strict=True))


def bracket_signoff(blocks: list) -> str | None:
    """An outlet the table knows in brackets closing the last paragraph ("... (dpa)"), or
    the paragraph before a lead-in to what the page embeds ("Nachfolgendes VIDEO zeigt
    ...:"): the agency's copy ended there, the site's own line follows it."""
    if not blocks:
        return None
    text = blocks[-1].text
    m = TRAILING_BRACKET_SIGNOFF_RE.search(text)
    if m is None and len(blocks) > 1 and text.rstrip().endswith((":", "：")):
        m = TRAILING_BRACKET_SIGNOFF_RE.search(blocks[-2].text)
    return _not_release(canonical_source(m.group("name"))) if m else None


#: The agency dateline of Russian- and Ukrainian-language wires: the place in capitals, the
#: day and month, the agency, each closed by a full stop ("КИЕВ. 3 декабря. УНН. Парламент
#: ...", "МОСКВА. 5 января. ИНТЕРФАКС - ..."): the agency is the source. The name is at most
#: a few capitalised words.
AGENCY_DOT_DATELINE_RE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_\s-]*(?:[\s-][^\W\d_]+){0,2})\.\s+"
    r"(?P<when>\d{1,2}\s+[^\W\d_]{3,12})\.?\s+"
    r"(?P<src>[^\W\d_](?:[^.!?,:;\n]|\.(?=[^\W\d_]{2,6}\s))"  # ("INTERFAX.RU -": its site)
    r"{1,30}?)\s*(?:\.|\s[-–—])\s+(?=\S)")
AGENCY_DOT_NAME_MAX_WORDS = 3


def agency_dot_dateline(text: str) -> tuple[str, str] | None:
    """(place, outlet) of an agency dateline "КИЕВ. 3 декабря. УНН. ...", or None. The
    place is in capitals, or the agency is a wire the table knows ("Москва. 4 января.
    INTERFAX.RU - ...")."""
    m = AGENCY_DOT_DATELINE_RE.match(text)
    if m is None:
        return None
    src = _regional_wire(m.group("src").strip())
    if not m.group("place").isupper() and canonical_source(src) not in wire_names():
        return None  # ("Москва. 4 января. INTERFAX.RU - ...": a wire the table knows)
    words = src.split()
    if len(words) > AGENCY_DOT_NAME_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return None
    found = canonical_source(src) or outlet_name(src)
    if not found or m.group("place").upper() in openers.NOT_PLACE_LABELS:
        return None
    return m.group("place"), found


def _regional_wire(src: str) -> str:
    """A wire's regional service named by the wire's name and its region, joined by a hyphen
    ("ИНТЕРФАКС-ЦЕНТР", "ИНТЕРФАКС-ЮГ"): the wire's name where the table knows it as a wire
    and not the whole name (it knows "Interfax-Ukraine"); ``src`` itself otherwise."""
    head = src.split("-", 1)[0]
    if head != src and canonical_source(src) is None and canonical_source(head) in wire_names():
        return head
    return src


#: How many of a story's last paragraphs are read for an origin notice (a feed's footer ends
#: the post's last paragraph; lines pasted after it may stand below).
ORIGIN_NOTICE_BLOCKS = 3


#: How many credit lines after the story's last paragraph (captions not counted) are read for
#: an origin notice.
ORIGIN_NOTICE_AFTER = 6


def _closing_blocks(segment: Segment) -> list:
    """The story's last paragraphs and the credit lines under them, last first: where an
    origin notice stands (a feed's footer, a print-edition line)."""
    blocks = segment.blocks
    last = max((i for i, b in enumerate(blocks) if b.role == TEXT), default=None)
    if last is None:
        return []
    after = [b for b in itertools.takewhile(  # (a related story's line and what follows it,
        lambda b: b.cruft_kind != RemovedKind.RELATED_LINK, blocks[last + 1:])  # its own
             if b.role in (CRUFT, META)  # feed footer, are other posts'; pictures' captions
             and b.cruft_kind != RemovedKind.CAPTION][:ORIGIN_NOTICE_AFTER]  # pasted under it)
    return [*after[::-1], *segment.text_blocks[-ORIGIN_NOTICE_BLOCKS:][::-1]]


#: How far into a paragraph a Chinese wired dateline's mark is looked for ("新华网长春12月9日电").
DATELINE_WIRE_READ = 24
#: The mark closing a Chinese agency's opener ("新华社北京1月5日电": "wired"): a story's,
#: never a picture's (whose credit reads "新华社记者X摄").
CJK_WIRED_MARKS = "电電讯訊"
#: A mark's qualifier before it: a special dispatch ("专电", "專電").
CJK_WIRED_QUALIFIERS = "专專"


def _wired_mark_at(text: str, at: int) -> bool:
    """Whether a Chinese agency's wired mark (its qualifier before it or not) stands at
    ``at`` in ``text`` (see :data:`CJK_WIRED_MARKS`)."""
    if text[at:at + 1] in CJK_WIRED_QUALIFIERS:
        at += 1
    return at < len(text) and text[at] in CJK_WIRED_MARKS


#: How far into a paragraph of a script written without spaces a joined line's end (a
#: space) is looked for before an agency's opener (see :func:`joined_wire_opener`).
JOINED_OPENER_READ = 80


def joined_wire_opener(text: str) -> tuple[str | None, str] | None:
    """(place, agency) of a Chinese agency's opener that follows lines joined into the
    story's first paragraph ("图表：... 新华社记者 曲振东 编制 新华网长春１２月９日电（记者...）",
    "即時新聞 | 字型： | 貧血 小心大腸癌上身 【11:25】 〔中央社〕58歲..."): prose of these
    scripts has no spaces, so a space within the paragraph's first characters ends a
    joined line (a chart's caption, the headline, a toolbar), and a wired dateline or an
    agency's bracket opening what follows opens the story; None for other paragraphs."""
    if text.lstrip()[:1] < credit_cues.UNSPACED_SCRIPT_START:
        return None
    for m in re.finditer(r"\s+", text[:JOINED_OPENER_READ]):
        piece = text[m.end():]
        if (bracketed := agency_bracket_opener(piece)):
            return None, bracketed
        d = dateline_of(piece)
        found = d.groupdict() if d else {}
        when, src = found.get("when"), found.get("src")
        at = piece.find(when) + len(when) if when and src else -1
        if src and at > 0 and _wired_mark_at(piece, at):
            agency = wire_of_site(src) or canonical_source(src)
            if agency in wire_names():
                return (found.get("place") or None), agency
    return None


def captioned_wire_opener(segment: Segment) -> tuple[str | None, str] | None:
    """(place, agency) of a Chinese agency's opener the cleaner took for a picture's caption,
    standing above the story's first paragraph under its picture ("新华社美国拉斯韦加斯1月10日电
    综述：..."): the wire's mark names the story's teller; None where no such line stands
    there."""
    for b in segment.blocks:
        if b.role == TEXT:
            return None
        if b.role != CRUFT or b.cruft_kind != RemovedKind.CAPTION:
            continue
        m = dateline_of(b.text)
        found = m.groupdict() if m else {}
        when, src = found.get("when"), found.get("src")
        at = b.text.find(when) + len(when) if when and src else -1
        if at > 0 and _wired_mark_at(b.text, at) \
                and (agency := canonical_source(src)) in wire_names():
            return (found.get("place") or None), agency
    return None


def courtesy_source(segment: Segment) -> str | None:
    """The wire agency a courtesy line right under the story's last paragraph names
    (:data:`credit_cues.COURTESY_RE`: "Dzięki uprzejmości: PAP - Nauka w Polsce"), no picture
    between; None elsewhere (a picture's courtesy line stands under the picture)."""
    blocks = segment.blocks
    last = max((i for i, b in enumerate(blocks) if b.role == TEXT), default=None)
    after = next((b for b in blocks[last + 1:] if b.role != SEP), None) \
        if last is not None else None
    m = credit_cues.COURTESY_RE.match(after.text) \
        if after is not None and after.kind != BlockKind.IMAGE else None
    if m is None:
        return None
    name = re.split(r"\s+[-–—|/]\s+|\s*,\s*", m.group("name"))[0]
    found = canonical_source(name)
    return found if found in wire_names() else None


#: A one-word name set apart from the date by a bullet or a bar at a date line's start
#: ("Székelyhon • 2021. május 08., szombat", "Alfahir.hu | 2011. január 1."): a card's site.
_BULLETED_NAME_RE = re.compile(r"^\s*(?P<name>[^\W\d_][\w.-]{2,30})\s*[•·|｜]\s*\S")


def bulleted_site(line: str, rest: str) -> str | None:
    """The site a date line names by one word before a bullet or a bar (a person's name has
    two words: "Pál Tamás • DATE" names a writer), not a place the table knows nor a
    control; None for other lines."""
    m = _BULLETED_NAME_RE.match(line)
    if m is None or m.group("name") != rest.strip() or not rest[:1].isupper() \
            or is_place(rest) or is_control_line(rest) or outlet_name(rest) is None:
        return None
    return rest.strip()  # (as the card writes it: "YAHOO著數", "Alfahir.hu")


def bulleted_agency(line: str) -> str | None:
    """The wire agency a date line names before its bar ("IAR | dodane 2011-12-28 (16:57)",
    the line under an agency's story on a portal), one the table knows; None elsewhere."""
    m = _BULLETED_NAME_RE.match(line)
    found = canonical_source(m.group("name")) if m else None
    return found if found in wire_names() else None


def opening_label_source(text: str) -> str | None:
    """The outlet a source label names on the first line of the story's first paragraph,
    the line joined to the prose under it ("Πηγή: ΑΠΕ 22/12/11-18:44 |" then a line break
    and the text: a layout table's cells read as one paragraph), or None."""
    head, sep, _ = text.partition("\n")
    head = head.strip(" |\u00a0")
    m = cues.COPYRIGHT_RE.match(head) if sep and len(head) <= CREDIT_LINE_MAX_CHARS else None
    if m is None or not m.group("label"):
        return None
    return signoff_source(head)


#: The longest first line of a paragraph read for a source label over the prose.
CREDIT_LINE_MAX_CHARS = 60
#: How many of the story's first paragraphs are read so (a layout table's date bar and
#: breadcrumb rows may come first).
OPENING_LABEL_PARAGRAPHS = 3


def carried_from(segment: Segment, carrier: str) -> str | None:
    """The outlet a portal's story is carried from, where the story's opening credit is the
    portal's own web address ("TRIBUNNEWS.COM - ..."): a source label or an origin notice
    under it naming another outlet ("Sumber: Tribun Padang", "Artikel ini telah tayang di
    TribunPadang.com ..."), the last first; None where none names another."""
    for b in _closing_blocks(segment):
        found = origin_notice(b.text)
        if found is None and b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT \
                and b.notes.get("signoff") and not PHOTO_LABEL_RE.search(b.text):
            found = signoff_source(b.text)
            if found and _squashed(found) == _squashed(b.text):
                found = None  # a bare agency's name signing ("ANTARA"): a credit, the
                # portal's story stays its own; a labelled line ("Sumber: X") names the origin
        if found and not is_end_mark(found) and _squashed(found) != _squashed(carrier) \
                and not is_release_service(found):
            return found
    return None


def _squashed(name: str) -> str:
    """A name without case, spaces, dots and a web address's ending ("TribunPadang.com" and
    "Tribun Padang" alike)."""
    return re.sub(r"\.(?:com|co|net|org|id|[a-z]{2})$|[\W_]", "", name.casefold())


def writer_bio_source(blocks: list, byline: list[str]) -> str | None:
    """The outlet a bio line of the story's own writer says the writer reports for ("Jane Doe
    is a reporter for BuzzFeed News ...": :data:`credit_cues.WRITER_BIO_RE`), or None: the
    name must be one of ``byline`` (another person's bio names their outlet, not this
    story's publisher). Without a byline, a name alone on a line of the story's (its writer's
    line over the date, read as chrome: "Alex Malcolm" / "13-May-2024") stands for one
    (round 44)."""
    if not byline:
        byline = [b.text.strip() for b in blocks if openers.person_name(b.text)]
    if not byline:
        return None
    for b in blocks:
        m = credit_cues.WRITER_BIO_RE.match(b.text) if " is " in b.text[:60] else None
        if m and m.group("name") in byline:
            outlet = m.group("outlet").strip(" .")
            known = canonical_source(outlet)
            return as_credited(outlet, known) if known else outlet_name(outlet, strict=True)
    for b in blocks:
        for m in credit_cues.WRITER_BIO_OUTLET_FIRST_RE.finditer(b.text):
            if m.group("name") in byline and (known := _bio_outlet(m.group("outlet"))):
                return known
    return None


def _bio_outlet(words: str) -> str | None:
    """The outlet the table knows that a bio's capitalised words before the role name, its
    desk's word aside ("Bloomberg Opinion": Bloomberg); None for other words (a title)."""
    known = canonical_source(words)
    if known is None and words.rsplit(None, 1)[-1] in credit_cues.BIO_DESK_WORDS:
        words = words.rsplit(None, 1)[0]
        known = canonical_source(words)
    return as_credited(words, known) if known else None


def labelled_apart(blocks: list) -> str | None:
    """The outlet a source label alone on its line names in the next line ("Источник:"
    then "УНН", "المصدر:" then "(أبوظبي - البيان)"): the page's source slot pasted with
    the story."""
    for b, nxt in zip(blocks, blocks[1:], strict=False):
        if SOURCE_LABEL_ALONE_RE.match(b.text):
            found = slot_value_source(nxt.text)
            if found and not is_data_provider(found):
                return _not_release(found)
    return None


def date_line_credit(text: str) -> tuple[str | None, str] | None:
    """(place, outlet) of a dateline's credit standing as a line of its own, no prose after
    it ("MOSCOW, April 10 (RIA Novosti)", often the last line of an agency's own page): the
    bracket names the outlet as a dateline's does; None for other date lines ("May 3, 2021
    (updated)"). The bracket may stand first, before a date alone
    (:data:`credit_cues.DATE_LINE_LEAD_CREDIT_RE`)."""
    m = credit_cues.DATE_LINE_CREDIT_RE.match(text)
    lead = None if m else credit_cues.DATE_LINE_LEAD_CREDIT_RE.match(text)
    if lead is not None and split_date_line(lead.group("when")) != (True, ""):
        lead = None  # "(Updated) Tuesday's match report": no date alone after the bracket
    m = m or lead
    if m is None:
        return None
    src = m.group("src")
    found = as_credited(src, canonical_source(src)) or outlet_name(src, strict=True)
    if not found or is_end_mark(found):
        return None
    if lead is not None:  # "(People's Daily Online) 11:35, November 23, 2022": no place
        return None, found
    place = m.group("place").strip()
    return (None if place.casefold() in _DATE_WORDS else place), found


def site_dateline(text: str) -> tuple[str, str] | None:
    """(place, site) of a dateline opened by the site's own web address ("tidewater.no,
    OSLO - ..."; :data:`credit_cues.SITE_DATELINE_RE`, the page's credit reader's pattern):
    the site credits the story it opens."""
    if credit_cues.SITE_DATELINE_MARK not in text[:credit_cues.SITE_DATELINE_READ]:
        return None
    m = credit_cues.SITE_DATELINE_RE.match(text[:credit_cues.SITE_DATELINE_READ * 2] + " ") \
        or credit_cues.SITE_OPENER_RE.match(text[:credit_cues.SITE_DATELINE_READ])
    if m is None or len(text.split()) < DATELINE_PARAGRAPH_MIN_WORDS \
            or m.group("place").casefold() in credit_cues.SITE_OPENER_NOT_PLACES \
            or m.group("place").strip().upper() in openers.NOT_PLACE_LABELS:
        return None
    name = m.group("name")
    return m.group("place").strip(" .'’-"), as_credited(name, canonical_source(name)) or name


def agency_first_dateline(text: str) -> tuple[str, str] | None:
    """(place, outlet) of a dateline naming the agency first ("(AGENCY) - ROMA, 28 LUG -
    ..."), the agency one the table knows or shaped as one."""
    if not text.lstrip().startswith("("):
        return None
    m = credit_cues.AGENCY_FIRST_DATELINE_RE.match(text)
    if m is None or len(text.split()) < DATELINE_PARAGRAPH_MIN_WORDS \
            or m.group("place").strip().upper() in openers.NOT_PLACE_LABELS:
        return None
    src = m.group("src").strip()
    found = as_credited(src, canonical_source(src)) or outlet_name(src, strict=True)
    return (m.group("place").strip(" .'’-"), found) if found else None


def _joined_places_dateline(text: str) -> tuple[Any, str, str] | None:
    """(dateline match, the joined places as printed, the text read) of a dateline whose
    place is places joined by slashes ("HONG KONG/GUANGZHOU, Jan. 15 (Xinhua) -- ..."; see
    :data:`credit_cues.JOINED_PLACES_RE`): matched with its first place alone."""
    j = credit_cues.JOINED_PLACES_RE.match(text)
    if j is None:
        return None
    read = text[:j.start("rest")] + text[j.end("rest"):]
    m = dateline_of(read)
    return (m, j.group(0).strip(), read) if m is not None else None


def date_agency_dateline(text: str) -> tuple[str, str] | None:
    """(place, outlet) of a wire dateline naming the agency after the date, no bracket
    ("ABU DHABI, Dec 23, Reuter - ..."; :data:`credit_cues.DATE_AGENCY_DATELINE_RE`): the
    word before the date must be a month's, the agency one the table knows."""
    m = credit_cues.DATE_AGENCY_DATELINE_RE.match(text)
    if m is None or len(text.split()) < DATELINE_PARAGRAPH_MIN_WORDS \
            or m.group("when").split()[0].rstrip(".").casefold() not in _DATE_WORDS:
        return None
    found = canonical_source(m.group("src"))
    return (m.group("place").strip(" .'’-"), found) if found else None


def cjk_wire_lead(text: str) -> str | None:
    """The wire agency a Chinese lead reports ("法新社消息称，...": AFP; see
    :data:`normalizer.cues.credits.CJK_WIRE_LEAD_RE`), the agency one the table knows."""
    m = credit_cues.CJK_WIRE_LEAD_RE.match(text[:credit_cues.CJK_WIRE_LEAD_READ])
    found = canonical_source(m.group("name")) if m else None
    return found if found in wire_names() else None


def agency_bracket_opener(text: str) -> str | None:
    """The agency a bracket opening a Chinese-language story names ("〔中央社〕58歲...": the
    Central News Agency; :data:`credit_cues.AGENCY_BRACKET_OPENER_RE`), one the table
    knows as a wire service; None for other openings."""
    if not text[:1] or text.lstrip()[:1] not in credit_cues.REPORTER_BRACKET_OPENERS:
        return None
    m = credit_cues.AGENCY_BRACKET_OPENER_RE.match(text)
    found = canonical_source(m.group("name")) if m else None
    return found if found in wire_names() else None


def reporter_bracket(text: str) -> tuple[str, list[str]] | None:
    """(place, writers) of a Chinese-language reporter's bracket opening the story
    ("〔記者NAME／PLACE報導〕")."""
    if not text[:1] or text.lstrip()[:1] not in credit_cues.REPORTER_BRACKET_OPENERS:
        return None
    m = credit_cues.REPORTER_BRACKET_RE.match(text)
    if m is None:
        return None
    names = [n for n in credit_cues.REPORTER_NAMES_SPLIT_RE.split(m.group("names").strip())
             if n]
    return (m.group("place").strip(), names) if names else None


def paper_reporter_bracket(text: str) -> tuple[str, str, list[str]] | None:
    """(paper, place, writers) of a paper's own reporter's bracket opening the story
    ("【台灣醒報記者NAME台北報導】"; :data:`credit_cues.PAPER_REPORTER_BRACKET_RE`), for a
    paper the table knows (a bracket of unknown words before 記者 is no credit)."""
    if not text[:1] or text.lstrip()[:1] not in credit_cues.REPORTER_BRACKET_OPENERS:
        return None
    m = credit_cues.PAPER_REPORTER_BRACKET_RE.match(text)
    paper = canonical_source(m.group("paper")) if m else None
    if m is None or paper is None:
        return None
    names = [n for n in credit_cues.REPORTER_NAMES_SPLIT_RE.split(
        (m.group("names") or m.group("names2")).strip()) if n]
    return (paper, (m.group("place") or m.group("place2")).strip(), names)


#: How many of the story's first paragraphs are read for a relay's lead (a page's toolbar
#: labels, "意见反馈" "新闻地图" "历史回顾", may stand above it as text).
RELAYED_LEAD_PARAGRAPHS = 5


def relayed_paper(text: str) -> str | None:
    """The paper a relay's Chinese lead says it carries ("东方网1月11日消息：据《新闻晨报》报道":
    新闻晨报; :data:`credit_cues.RELAYED_PAPER_LEAD_RE`), or None."""
    m = credit_cues.RELAYED_PAPER_LEAD_RE.match(text[:credit_cues.RELAYED_PAPER_LEAD_READ])
    return outlet_name(m.group("name")) if m else None


def bar_dateline(text: str) -> tuple[str, str] | None:
    """(place, outlet) of a dateline that names the outlet before a bar ("TOKIO taz | Im
    Café ...", "BERLIN taz |"): the place in capitals, the outlet's name, the bar, the prose.
    The outlet is one the table knows, or a name shaped as one."""
    m = credit_cues.BAR_DATELINE_RE.match(text)
    if m is None or len(text.split()) < DATELINE_PARAGRAPH_MIN_WORDS:
        return None
    src = m.group("src")
    found = as_credited(src, canonical_source(src)) or outlet_name(src, strict=True)
    if not found or m.group("place").upper() in openers.NOT_PLACE_LABELS:
        return None
    return m.group("place"), found


#: How a byline's tail left alone on its line starts: the separator between the writer's name
#: and the outlet (", ET Bureau|", "| Reuters", "/ EFE"), the name taken off above it.
BYLINE_TAIL_MARKS = ",|/·•"
#: The most words such a tail holds: the outlet's name and its desk's word.
BYLINE_TAIL_MAX_WORDS = 4


def byline_tail_source(text_blocks: list) -> str | None:
    """The outlet a byline's tail names where the extractor left it as the story's first line
    (", ET Bureau|" under "By J Vignesh"): a separator first, then a name the outlets table
    knows, a few words at most; None for other lines."""
    if not text_blocks:
        return None
    text = text_blocks[0].text.strip()
    if not text or text[0] not in BYLINE_TAIL_MARKS \
            or len(text.split()) > BYLINE_TAIL_MAX_WORDS:
        return None
    name = text.strip(" " + BYLINE_TAIL_MARKS)
    return as_credited(name, canonical_source(name)) if name else None


# --- Per story -------------------------------------------------------------------------------

def role_line_source(text_blocks: list) -> str | None:
    """The outlet the table knows named by a byline list's role line kept among the story's
    first paragraphs ("Role, بي بي سي نيوز": BBC); see
    :data:`normalizer.cues.credits.ROLE_LINE_RE`."""
    for tb in text_blocks[:credit_cues.ROLE_LINE_PARAGRAPHS]:
        if len(tb.text) > credit_cues.ROLE_LIST_MAX_CHARS:
            continue
        m = credit_cues.ROLE_IN_LINE_RE.search(tb.text)
        words = m.group("name").split() if m else []
        for n in range(len(words), 0, -1):  # the longest start the table knows
            name = " ".join(words[:n])
            if known := role_outlet(name):
                return as_credited(name, known)
    return None


#: The most letters of a writer's initials standing for the avatar in an author box.
AVATAR_INITIALS_MAX = 3


def _avatar_initials(blocks: list, i: int) -> bool:
    """``blocks[i]`` is a writer's initials in capitals, the avatar of the author box whose
    name stands on a line next to it ("PA" over "Povilas Aleksandravičius, professor"),
    or the headline's (a column's "NAME. Title"): no credit, though an agency may share
    the letters (PA)."""
    text = blocks[i].text.strip()
    if not (2 <= len(text) <= AVATAR_INITIALS_MAX and text.isalpha() and text.isupper()):
        return False
    for near in (*blocks[i + 1:i + 2], *blocks[max(0, i - 1):i]):
        words = near.text.split()[:len(text)]
        if len(words) == len(text) and all(w[:1] == c for w, c in zip(words, text, strict=True)):
            return True
    return False


#: In a dump, a line of the story's header that is a date alone ("2026-01-08 | 12:42", "08:22,
#: 24.11.2020"), taken for chrome, dates the story where it stands under the headline before
#: this many paragraphs of the story (a lead may come first); further down it is a teaser's.
DUMP_DATE_TEXTS = 2


#: A news database's record line over each of its stories: the record's number, then the
#: story's date, then its title, edition, page and length ("6 2009.01.11 ［社説］... 東京朝刊
#: 三面 03頁 1748字 04段": Yomidasu; "00101 1985年01月10日 朝刊 １外 007 01215文字": Kikuzo).
RECORD_LINE_RE = re.compile(r"^\s*\d{1,6}\s+(?=(?:19|20)\d\d\s*[./年-]\s*\d)")
#: How much of a record line after its number holds its date.
RECORD_DATE_CHARS = 12


def record_line_date(text: str) -> str | None:
    """The date a news database's record line gives its story (:data:`RECORD_LINE_RE`), or
    None for other lines."""
    m = RECORD_LINE_RE.match(text)
    return parse_date(text[m.end():m.end() + RECORD_DATE_CHARS]) if m else None


#: A clipping's line under its headline in a press-clippings export: the outlet, then the
#: day it printed the story and nothing else ("Nu.nl 05 januari 2017", "Radio 1 05 januari
#: 2017", "NRC Handelsblad 04-1-2017").
_CLIPPING_LINE_RE = re.compile(
    r"^\s*(?P<name>[^\W\d_][^\d|:/•·,()]{0,40}?(?:\s\d{1,3})?)\s+"
    r"\d{1,2}(?:\s+[^\W\d_]{3,12}\.?\s+|[-./]\d{1,2}[-./])(?:19|20)\d\d\s*$")
_DAY_WORDS = frozenset(w.casefold() for w in (*cues.MONTHS, *cues.WEEKDAYS))
#: The most words a clipping line's outlet has.
CLIPPING_NAME_MAX_WORDS = 4
#: Dashes a post's meta line sets between its writer and its date; a clipping's outlet
#: runs into its date with a space only.
_META_SEPARATORS = ("-", "\u2013", "\u2014")


def clipping_outlet(line: str) -> str | None:
    """The outlet a clipping's date line names before the date (:data:`_CLIPPING_LINE_RE`),
    as printed, where it is shaped as a name (an address, or capitalised words besides an
    article: "de Volkskrant") and no place, control or month; None for other lines."""
    m = _CLIPPING_LINE_RE.match(line)
    name = m.group("name").strip() if m else ""
    words = name.split()
    if name.endswith(_META_SEPARATORS):
        return None  # "Fabio Marcomin - 29/06/2022": a theme's writer and date, set apart
    if not name or len(words) > CLIPPING_NAME_MAX_WORDS or is_place(name) \
            or is_control_line(name) or split_date_line(name)[0]:
        return None
    if _DOMAIN_RE.match(name) or canonical_source(name):
        return name  # "Nu.nl", "ANP", "de Volkskrant": as the line prints it
    # else two words or more, capitalised (an article aside), none a day's or a month's
    # name: one word is a section's or a place's as often ("Politik", "Amsterdam")
    if len(words) < 2 or sum(w[:1].isupper() or w[:1].isdigit() for w in words) < len(words) - 1 \
            or any(w.casefold() in _DAY_WORDS for w in words):
        return None
    return name


def _right_under_headline(blocks: list, i: int) -> bool:
    """Whether the block ``i`` comes right after the segment's headline (separators aside)."""
    before = [b for b in blocks[:i] if b.role != SEP]
    return bool(before) and before[-1].role == HEADLINE


#: Names run together by semicolons without a space ("ABC;El Pais;El Mundo"): a news
#: database's list of the sources a search covered, which names no one story's source.
_SOURCES_LIST_RE = re.compile(r"\w;\w")


def record_source(segment: Segment) -> str | None:
    """The publication a news database's record line names (:data:`normalizer.cues.credits.
    RECORD_SOURCE_RES`), as the line prints it: the story's source over any credit its text
    or the export's chrome gives (the database, its folder, a rubric). A record line above
    the story's text first; else a tagged source field further down (an export's field block
    the splitter left under the text). None where no line is one."""
    later = None
    text_seen = False
    for b in segment.blocks:
        text_seen = text_seen or b.role == TEXT
        if b.role == TEXT or len(b.text) > credit_cues.RECORD_SOURCE_MAX_CHARS:
            continue
        for k, rx in enumerate(credit_cues.RECORD_SOURCE_RES):
            m = rx.match(b.text)
            name = m.group("name").strip(" .,;") if m else ""
            if not name or is_control_line(name) or name.casefold() in cues.CHROME_WORDS:
                continue
            if not text_seen:
                return name
            if k == len(credit_cues.RECORD_SOURCE_RES) - 1 and later is None:
                later = name  # (only the tagged field: a field line is the record's own)
    return later


def record_byline_wire(segment: Segment) -> str | None:
    """The wire agency a database record's byline field names above the story's text
    ("BYLINE: By KURT SCHORK, --(Reuter)"; :data:`credit_cues.RECORD_BYLINE_RE`): the agency
    filed the story the record's publication printed. None where the field names no wire
    (a paper's own writer, a syndicate the table does not know as an agency)."""
    for b in segment.blocks:
        if b.role == TEXT:
            return None
        m = credit_cues.RECORD_BYLINE_RE.match(b.text)
        if m is None:
            continue
        names = cues.BYLINE_RE.match(m.group("names"))
        _, agencies = _byline_line(names.group("names") if names else m.group("names"))
        return next((a for a in agencies if a in wire_names()), None)
    return None


def _author_field_wire(fields: list) -> str | None:
    """A wire service the lines under a record's headline name alone, up to its date line:
    the record's author field crediting the agency ("epd"). None where none does."""
    for b in itertools.takewhile(lambda b: not (b.role == META
                                                and b.cruft_kind == MetaKind.DATE), fields):
        name = canonical_source(b.text.strip())
        if name and name in wire_names():
            return name
    return None


def record_field_source(segment: Segment) -> str | None:
    """The publication a database record's field block names (:data:`normalizer.cues.
    credits.RECORD_CODE_RE`): the line right under the record's date whose next line is the
    publication's code, as the line prints it ("Der Tagesspiegel Online" over "TAGON"), over
    the database's own name atop the export ("Dow Jones") and the publisher's © line
    ("Weltwoche Verlags AG"). An agency in the record's author field, between the headline
    and the date ("epd"), wrote the story the paper printed: that agency is its source.
    None where the head holds no length field or no such lines."""
    head = [b for b in itertools.takewhile(lambda b: b.role != TEXT, segment.blocks)
            if b.role != SEP]
    if not any(credit_cues.RECORD_LENGTH_RE.match(b.text.strip()) for b in head):
        return None
    for date, name, code in zip(head, head[1:], head[2:], strict=False):
        text = name.text.strip()
        if date.role == META and date.cruft_kind == MetaKind.DATE \
                and date.notes.get("story_date") \
                and credit_cues.RECORD_CODE_RE.match(code.text.strip()) \
                and 0 < len(text) <= credit_cues.RECORD_FIELD_NAME_MAX_CHARS \
                and not credit_cues.RECORD_CODE_RE.match(text) \
                and not credit_cues.RECORD_LENGTH_RE.match(text) \
                and not split_date_line(text)[0] and not is_control_line(text) \
                and credit_cues.LETTER_RE.search(text):  # (a share count: "520")
            under = next((k for k, b in enumerate(head) if b.role == HEADLINE), len(head))
            return _author_field_wire(head[under + 1:]) or text
    return None


def house_paper(holder: str) -> str | None:
    """The paper a publishing house's © holder names (:data:`normalizer.cues.credits.
    PUBLISHING_HOUSE_RE`): "Spiegel Verlag Rudolf Augstein GmbH & Co KG" -> Der Spiegel,
    "Verlag Der Tagesspiegel GmbH" -> Tagesspiegel; the house is not the story's source, its
    paper is. Only a name the outlets table knows; None for other holders."""
    name = credit_cues.COMPANY_FORMS_RE.sub("", holder.strip(" .,")).strip(" .,")
    m = credit_cues.PUBLISHING_HOUSE_RE.search(name)
    if m is None:
        return None
    before, after = name[:m.start()].strip(" .,-"), name[m.end():].strip(" .,-")
    return canonical_source(before) if before else (canonical_source(after) if after else None)


#: An export's © line over the story's text ("© 2013 DIE SUEDOSTSCHWEIZ - All rights
#: reserved."): the holder, up to the first dash, bar, dot or comma.
_EXPORT_HOLDER_RE = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?"
                               r"(?P<holder>[^\W\d_][^-–—|.,;]{1,60}?)\s*(?:[-–—|.,;]|$)", re.I)
#: Letters a capitalised © holder spells out ("SUEDOSTSCHWEIZ" for "Südostschweiz").
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe",
                              "å": "aa"})


def _spelled(name: str) -> str:
    """``name`` folded as a capitalised © line spells it: case, umlauts, spaces gone."""
    return "".join(name.casefold().translate(_SPELLED_OUT).split())


def header_holder_line(segment: Segment) -> str | None:
    """A header line above the story's text that the © line there spells again (a
    database's record: "Die Südostschweiz", then "© 2013 DIE SUEDOSTSCHWEIZ - All rights
    reserved"): the publication as its own line prints it, not as the © line capitalises
    it, nor the database's names above the record. None where no line is spelled so."""
    head = list(itertools.takewhile(lambda b: b.role != TEXT, segment.blocks))
    holders = {_spelled(m.group("holder")) for b in head
               if b.role == CRUFT and (m := _EXPORT_HOLDER_RE.match(b.text))}
    holders.discard("")
    if not holders:
        return None
    return next((b.text.strip() for b in head if b.role == CRUFT
                 and not _EXPORT_HOLDER_RE.match(b.text) and _spelled(b.text) in holders), None)


#: How many words a name the pasted chrome gives may have (a name, not a sentence).
CHROME_NAME_MAX_WORDS = 5


def _known_outlet(name: str, *, canonical: bool = False) -> str | None:
    """The outlet the table knows ``name`` as, or its first words name ("g1 Piauí": the
    outlet's regional page), as written unless ``canonical`` (a photo desk's short name,
    "CBC", is not how its stories are credited); a name written in another script than the
    table's ("Коммерсантъ", not "Kommersant") is kept as written all the same."""
    name = name.strip(" .,:;!?()[]")
    if not name or len(name.split()) > CHROME_NAME_MAX_WORDS:
        return None
    words = name.split()
    for n in range(len(words), 0, -1):
        if (found := canonical_source(" ".join(words[:n]))):
            written = " ".join(words[:n])
            if canonical and script_of(written) == script_of(found):
                return found
            return as_credited(written, found) or found
    return None


def _photo_desk(text: str) -> str | None:
    """The outlet a picture's credit names as its photo desk ("(Paula Duhatschek/CBC)",
    "Photo : Radio-Canada", "Фото: Илья Московец © URA.RU"): a news outlet the table knows
    (or whose first words it knows: "BBC NEWS CHINESE"), or a web address after
    "©"; never a wire or a picture service (their pictures run in everyone's stories)."""
    names: list[str] = []
    held = False  # a holder after "©" may be a web address the table does not know
    written = False
    if (m := credit_cues.PHOTO_DESK_RE.search(text)):
        names = [p.strip() for p in (m.group("inner") or m.group("whole")).split("/")]
    elif (j := credit_cues.CJK_PHOTO_DESK_RE.search(text)):
        names, written = [j.group("name")], True  # named as the note writes it: "澎湃新闻"
    elif (c := credit_cues.PHOTO_CREDIT_LINE_RE.match(text)):
        names = [p.strip() for p in re.split(r"[/,]", c.group("holder"))]
    elif (h := credit_cues.PHOTO_HOLDER_RE.search(text)) \
            and credit_cues.PHOTO_LABEL_IN_LINE_RE.search(text):
        names, held = [h.group("name")], True
    found = {o for n in names
             if (o := _known_outlet(n, canonical=not written)
                 or (n if held and _DOMAIN_RE.match(n) else None))}
    found = {o for o in found if o not in wire_names() and o not in PHOTO_SERVICES}
    return found.pop() if len(found) == 1 else None


def pasted_chrome_source(blocks: list) -> str | None:
    """The outlet the page's own notices name, pasted with the story into a post and taken
    out by the cleaner: a notice that links out are not the site's ("The BBC is not
    responsible for the content of external sites"), a promo asking to follow it ("Acompanhe
    o g1 no Instagram") or to read it in its app ("avec l'application du Figaro"), its photo
    desk in a picture's credit ("(Paula Duhatschek/CBC)"), its
    appeal to readers ("The Springfield Times, as low as $2 a week", "to make X available
    to everyone": :data:`credit_cues.OUTLET_APPEAL_RES`).
    Read only where nothing in the story names a source, and only where every such line
    names the same outlet: two names are two sites' chrome."""
    found: set[str] = set()
    for b in blocks:
        if b.role not in (CRUFT, TEXT):
            continue
        text = " ".join(b.text.split())
        # (the notice's shape is no story's sentence: read it where the cleaner kept it too)
        name = next((m.group("name") for rx in credit_cues.EXTERNAL_SITES_NOTICE_RES
                     if (m := rx.search(text))), None)
        if b.role != CRUFT and name is None:
            continue
        if name is None and (m := credit_cues.OUTLET_FOLLOW_RE.search(text)):
            # "... من البيان عبر غوغل نيوز", "一起加入上報Telegram"
            name = m.group("name") or m.group("name2") or m.group("name3")
        if name is None and (m := credit_cues.OUTLET_APP_RE.search(text)):
            name = m.group("name") or m.group("name2")  # "... avec l'application du Figaro"
            if m.group("du") and _known_outlet(f"Le {name}"):
                name = f"Le {name}"
        outlet = _known_outlet(name) if name else None
        if name is None and outlet is None and (m := next(
                (m for rx in credit_cues.OUTLET_APPEAL_RES if (m := rx.search(text))), None)):
            # an appeal names the site it keeps going, in an outlet's shape if not known
            outlet = _known_outlet(m.group("name")) or outlet_name(m.group("name"), strict=True)
        if outlet is None and b.cruft_kind in (RemovedKind.CAPTION, RemovedKind.CREDIT,
                                               RemovedKind.COPYRIGHT, RemovedKind.IMAGE_ALT):
            outlet = _photo_desk(text)
        if outlet is not None:
            found.add(outlet)
    return found.pop() if len(found) == 1 else None


#: Words of the desk's place after a wire's name on a date line ("EFE Barcelona").
DESK_PLACE_MAX_WORDS = 2


def _wire_desk(rest: str) -> tuple[str, str] | None:
    """(wire, place) where a date line's words other than its date are a wire's name in
    capitals and the place of its desk, capitalised ("EFE Barcelona" of Ara's "EFE
    Barcelona Actualitzada el 13/02/2017 13:18"): the wire is the story's source, the
    place its dateline."""
    words = rest.split()
    if not 2 <= len(words) <= 1 + DESK_PLACE_MAX_WORDS or not words[0].isupper():
        return None
    wire = canonical_source(words[0])
    if wire is None or wire not in wire_names():
        return None
    place = " ".join(words[1:])
    if not all(w[:1].isupper() and w[1:].islower() for w in words[1:]) \
            or canonical_source(place) is not None:
        return None
    return wire, place


def _byline_outlet(line: str) -> str | None:
    """The outlet a byline's date line names after the writer ("by Spencer S. Hsu, The
    Washington Post, Posted: July 18, 2020"): the outlet :func:`_byline_line` reads after
    the writer's name; None on other lines."""
    m = cues.BYLINE_RE.match(line)
    outlets = _byline_line(m["names"])[1] if m else []
    return outlets[0] if outlets else None


def _signed_date(text: str) -> bool:
    """A date line one of whose bar-parted pieces is a byline ("Accueil | Par Loïc Le Clerc |
    30 septembre 2018"): the story's own date line, its writer's; a bare date over a
    headline may be a teaser's above it."""
    return any(cues.BYLINE_RE.match(part.strip()) for part in text.split("|")[1:-1]) \
        or bool(cues.BYLINE_RE.match(text.split("|")[0].strip()) and "|" in text)


def attribute(segment: Segment, *, date_lines_are_story_dates: bool = True) -> dict:
    """Source, credits, byline, dateline and published for one story segment. In a dump
    (``date_lines_are_story_dates`` false: only the date lines the splitter marked as the
    story's count), the story's date is the first in its header, under its headline
    (:data:`DUMP_DATE_TEXTS`), over one above the headline (a page's today: "Wednesday, 3
    December" over the breadcrumb) or deep in the text ("Auflage: 1 (27. Mai 2013)"); a
    bare date line taken for chrome dates the story where no date line does."""
    source = dateline = published = None
    carried = False  # a release service's tag opened the story
    credits: list[str] = []
    byline: list[str] = []
    text_blocks = segment.text_blocks
    for tb in text_blocks[:2]:  # a standfirst may stand above the dateline paragraph
        first = agency_first_dateline(tb.text)  # "(AGENCY) - ROMA, 28 LUG - ..."
        if first:
            dateline, source = first[0], _not_release(first[1])
            break
        m, joined, read = dateline_of(tb.text), None, tb.text
        if m is None and (found := _joined_places_dateline(tb.text)):
            m, joined, read = found  # "HONG KONG/GUANGZHOU, Jan. 15 (Xinhua) -- ..."
        if m:
            when, src = m.groupdict().get("when"), m.groupdict().get("src")
            if not src and when and canonical_source(when):  # "JAKARTA, KOMPAS.com -"
                when, src = None, when
            place = m.group("place")
            if not src and place and _DOMAIN_RE.search(place) and outlet_name(place):
                # "TRIBUNNEWS.COM - Berikut ...": no place; "TEMPO.CO, Jakarta - ...": the
                # outlet's address first, then the place (a date there is no place)
                place, src = (None, place) if not when or _dateline_place(
                    "x", when) == "x" else (when, place)
                when = None
            dateline = _dateline_place(place, when)
            if joined and dateline == (place or "").strip():
                dateline = joined
            if src and not _dateline_credit(read, place, src):
                src = None  # "Portugal (Group B): Eighth appearance", "Теразие (Теразије) –"
            if src and when and any(c in tb.text[:DATELINE_WIRE_READ]
                                    for c in CJK_WIRED_MARKS):
                src = wire_of_site(src) or src  # "新华网长春12月9日电": Xinhua's wire
            if src:
                source = _not_release(outlet_name(src))  # "Hörstel (ots) -": a carrier's tag
                carried = source is None and is_release_service(outlet_name(src))
            break
        agency = agency_dot_dateline(tb.text)  # "КИЕВ. 3 декабря. УНН. Парламент ..."
        agency = agency or bar_dateline(tb.text)  # "TOKIO taz | Im Café ..."
        agency = agency or site_dateline(tb.text)  # "tidewater.no, OSLO - ..."
        agency = agency or date_agency_dateline(tb.text)  # "ABU DHABI, Dec 23, Reuter - ..."
        if agency:
            dateline, source = agency[0], _not_release(agency[1])
            break
        lead = cjk_news_lead(tb.text)  # "证券时报e公司讯，..."
        if lead:
            source = _not_release(lead)
            break
        bracketed = agency_bracket_opener(tb.text)  # "〔中央社〕58歲..."
        if bracketed:
            source = bracketed
            break
        paper = paper_reporter_bracket(tb.text)  # "【台灣醒報記者NAME台北報導】"
        if paper:
            source, dateline, byline = paper[0], paper[1], list(paper[2])
            break
        reporter = reporter_bracket(tb.text)  # "〔記者NAME／PLACE報導〕"
        if reporter:
            dateline, byline = reporter[0], list(reporter[1])
            break
        m = COLON_DATELINE_RE.match(tb.text)  # "ISLAMABAD: The ...", "BANGKOK: Ein ..."
        if m and _colon_dateline(m.group("place").strip(), tb.text[m.end():]):
            dateline = m.group("place").strip()
            break
    if source is None and dateline is None and (wired := captioned_wire_opener(segment)):
        dateline, source = wired  # "新华社美国拉斯韦加斯1月10日电 ..." taken for a caption
    if source is None and dateline is None and text_blocks \
            and (wired := joined_wire_opener(text_blocks[0].text)):
        dateline, source = wired  # "图表：... 编制 新华网长春１２月９日电（记者...）"
    if source is None and text_blocks:  # "Πηγή: ΑΠΕ 22/12/11-18:44 |" atop the first paragraph
        source = _not_release(next((o for tb in text_blocks[:OPENING_LABEL_PARAGRAPHS]
                                    if (o := opening_label_source(tb.text))), None))
    # the opening credit is a web address ("TRIBUNNEWS.COM - "): a portal's, which may carry
    # a sister paper's story (see :func:`carried_from`)
    by_address = source is not None and _DOMAIN_RE.match(source) is not None
    if text_blocks and (wire := cjk_wire_lead(text_blocks[0].text)):
        credits.append(wire)  # "法新社消息称，...": the agency the story reports
    if source is None and text_blocks:  # "（刊于《半月谈》...）", "The post X appeared first on Y"
        source = _not_release(next((o for b in _closing_blocks(segment)
                                    if (o := origin_notice(b.text))), None))
        # the magazine's web edition as a line of the story names it ("FRIDAYデジタル")
        source = source and (web_edition(source, [b.text for b in segment.blocks
                                                  if b.role != TEXT]) or source)
    if dateline is None:  # a line of its own above the text ("Reporting from Kyiv")
        dateline = next((b.notes["dateline"] for b in segment.blocks if "dateline" in b.notes),
                        None)
    date_seen = 0
    text_seen = False
    headline_seen = texts_after_headline = 0
    header_date = chrome_date = None  # a dump's: see DUMP_DATE_TEXTS
    dated_at: int | None = None  # the story's date line over its headline, signed by its writer
    by_notice = False  # the source is a copyright notice's holder
    by_date_site = False  # the source is the site a date line names
    for i, b in enumerate(segment.blocks):
        text_seen = text_seen or b.role == TEXT
        headline_seen = headline_seen or b.role == HEADLINE
        if b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT \
                and _avatar_initials(segment.blocks, i):
            continue  # "PA" over "Povilas Aleksandravičius, ...": the writer's avatar
        texts_after_headline += headline_seen and b.role == TEXT
        in_header = headline_seen and texts_after_headline < DUMP_DATE_TEXTS
        if not date_lines_are_story_dates and b.role == CRUFT and (in_header or not text_seen) \
                and b.cruft_kind == RemovedKind.CHROME and chrome_date is None \
                and split_date_line(b.text) == (True, ""):
            chrome_date = (parse_date(b.text), in_header)  # "2026-01-08 | 12:42", chrome's
        if not date_lines_are_story_dates and b.role == CRUFT and not text_seen \
                and chrome_date is None and (day := record_line_date(b.text)):
            chrome_date = (day, in_header)  # "6 2009.01.11 ［社説］... 東京朝刊 三面 03頁 1748字"
        if source is None and b.role == CRUFT and b.cruft_kind == RemovedKind.CAPTION \
                and (label_source := date_line_label_source(b.text)):
            # "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: NAME": cut for its "Foto:"
            # (under a section label the post kept, "ESPORTE": the line's shape is enough)
            source = _not_release(label_source)
            continue
        if not text_seen and b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT \
                and (m := cues.BYLINE_RE.match(b.text)):
            # "Von Anna Schmidt, dpa", "By AFP" above the story, taken out as a credit
            people, agencies = _byline_line(m.group("names"))
            byline += [p for p in people if p not in byline]
            source = source or _not_release(agencies[0] if agencies else None)
            continue
        if not text_seen and b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT \
                and cues.COPYRIGHT_RE.match(b.text) is None \
                and not _written_as_outlet(b.text):
            # A bare name above the story not written as the outlet writes it: a menu's
            # section ("El mundo"), not the credit a line "AFP" or "Redacción EFE" gives.
            continue
        if b.role == META and b.cruft_kind == MetaKind.BYLINE:
            m = cues.BYLINE_RE.match(b.text)
            if m is None and i and cues.BYLINE_LABEL_ALONE_RE.match(segment.blocks[i - 1].text):
                # "Von" / "Felix Schwarz": the label's line over the names' (round 32)
                m = cues.BYLINE_RE.match(segment.blocks[i - 1].text.strip().rstrip(":：")
                                         + " " + b.text)
            if m:
                people, agencies = _byline_line(m.group("names"))
                byline += [p for p in people if p not in byline]
                if source is None and agencies:
                    source = _not_release(agencies[0])
            elif (am := cues.BYLINE_ADDRESS_RE.match(b.text)) is not None:
                # "AFP/The Local - x@y", "Jane Doe | jane@paper.com": the names before the
                # address; of "AGENCY/Outlet" the wire is the story's source (round 32)
                parts = [p.strip() for p in am.group("names").split("/") if p.strip()]
                people, agencies = _byline_line(parts[0]) if len(parts) == 1 else ([], [
                    a for p in parts if (a := canonical_source(p))])
                byline += [p for p in people if p not in byline]
                if source is None and agencies:
                    source = _not_release(agencies[0])
            elif not byline and (_BYLINE_PARTS_RE.search(b.text) or "," in b.text or (
                    openers.person_name(b.text)
                    and not cues.BYLINE_LABEL_ALONE_RE.match(b.text))):  # (not "Story By")
                # no label: "Jane Doe - Outlet", the writer's name then a dash (a line the
                # cleaner took for a byline); the people before the dash are its writers,
                # and an outlet of the table after it the story's source ("Galo Ramírez |
                # El Sol de México" on a sister paper's page; "Toni McAllister, Patch Staff":
                # a comma; a name alone over the date, round 44)
                people, agencies = _byline_line(b.text)
                byline += people
                if source is None and agencies:
                    source = _not_release(agencies[0])
        elif b.role == META and b.cruft_kind == MetaKind.DATE:
            date_seen += 1
            is_date, rest = split_date_line(b.text)
            if "fields_by" in b.notes:  # "Posted By: NAME on: DATE In: ...": no source
                rest = ""
                if b.notes["fields_by"] not in byline and openers.person_name(
                        b.notes["fields_by"]):
                    byline.append(b.notes["fields_by"])
            if rest and source is None:
                # (a card's site on its date line over the story, not one after its text)
                source = _not_release(as_credited(rest, canonical_source(rest)) or (
                    bulleted_site(b.text, rest) if not text_seen else None)
                    or cjk_from_label_source(rest)  # "本文来源于新华社 2012年01月11日 15:48"
                    or bulleted_agency(b.text)  # "IAR | dodane 2011-12-28 (16:57)"
                    or _byline_outlet(b.text))
                by_date_site = source is not None
            if rest and b.text.strip().startswith(rest) and rest not in byline \
                    and b.text.strip()[len(rest):].lstrip().startswith(_META_SEPARATORS) \
                    and openers.person_name(rest):
                byline.append(rest)  # "Fabio Marcomin - 29/06/2022": a theme's writer line
            if rest and source is None and not date_lines_are_story_dates and not text_seen \
                    and b.notes.get("story_date") and _right_under_headline(segment.blocks, i):
                source = _not_release(clipping_outlet(b.text))  # "Nu.nl 05 januari 2017"
                by_date_site = source is not None
            if rest and source is None and (desk := _wire_desk(rest)):
                source, dateline = desk[0], dateline or desk[1]
            if source is None and (credit := date_line_credit(b.text)):
                # "MOSCOW, April 10 (RIA Novosti)": the dateline's credit on a line of its own
                source = _not_release(credit[1])
                dateline = dateline or credit[0]
            if dated_at is not None and UPDATED_LINE_RE.search(b.text):
                # "Article mis à jour le 7 janvier 2020." under the standfirst, the story
                # dated over its headline ("Accueil | Par X | 30 septembre 2018"): the day
                # the story was changed, not the day it came out. (Alone under a headline,
                # an "updated" line is the story's only date: "ACTUALIZADO 19 de abril".)
                continue
            if published is None and (date_lines_are_story_dates or b.notes.get("story_date")):
                published = parse_date(b.text)
                dated_at = i if published is not None and not headline_seen \
                    and _signed_date(b.text) else None
            if not date_lines_are_story_dates and in_header and header_date is None \
                    and b.notes.get("story_date"):
                header_date = parse_date(b.text)
        elif b.notes.get("quote_credit"):
            continue  # a roundup's credit of the outlet it quotes, not the story's source
        elif b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT and source is not None \
                and b.notes.get("signoff") and not PHOTO_LABEL_RE.search(b.text):
            # "TEMPO.CO, Jakarta - ..." closed by "ANTARA": the story's own credit named its
            # outlet; an agency signing under it is credited, not the publisher
            signer = signoff_source(b.text)
            if signer and signer in wire_names() and signer != source \
                    and signer not in credits and not is_release_service(signer):
                credits.append(signer)
        elif b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT and source is None \
                and b.notes.get("signoff") and _tag_list_item(segment.blocks, i):
            continue  # "• DAX" then "• Dow Jones": a list of the story's tags names an index
        elif b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT and source is None \
                and b.notes.get("signoff"):
            # "— AFP", "Source: X", "via X", "republished from X"; "[사진=JTBC]" is a picture's
            source = None if PHOTO_LABEL_RE.search(b.text) else signoff_source(b.text)
            source = None if is_end_mark(source) else _not_release(source)  # "— ENDS"
            if source is not None and _section_cased(b.text, source):
                source = None  # "El país" under a teaser's date: the section, not El País
            if source is not None and source in credits:
                # "The Associated Press contributed to this report." then "AP": the story
                # names the agency a contributor, so its bare name under the story repeats
                # that credit (or a picture's), and is not the publisher
                source = None
        elif b.role == CRUFT and b.cruft_kind in (RemovedKind.CAPTION, RemovedKind.CREDIT) \
                and source is None and (m := credit_cues.TEXT_CREDIT_IN_LINE_RE.search(b.text)) \
                and (known := _known_outlet(m.group("name"))):
            # "... Text: F.A.Z. Bildmaterial: dapd": the text's credit in a credits line the
            # cleaner took for a caption, over a © line under it ("© Frankfurter Allgemeine
            # Zeitung GmbH"), as the credit writes it
            source = _not_release(known)
        elif b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT and source is None \
                and b.notes.get("house_name"):
            source = b.notes["source_line"]  # the site's name in capitals, as its footer spells it
        elif b.role == CRUFT and b.cruft_kind == RemovedKind.COPYRIGHT and source is None \
                and not ORIGINAL_TITLE_RE.match(b.text):
            m = cues.COPYRIGHT_RE.match(b.text)
            if m is None:  # a long notice: "© 2022, Site.com. This article is ... LAW."
                m = COPYRIGHT_HOLDER_RE.match(b.text)
            holder = next((g for g in m.groups() if g), "") if m else b.text
            # "Source: X" names a source; a copyright holder or a sign-off may be a person
            labelled = bool(m and any(m.groupdict().get(g) for g in _NAMED_GROUPS))
            if not labelled and _pictures_notice(segment.blocks, i, holder):
                continue  # "(Φωτογραφία: Reuters" then "Copyright Reuters": the picture's box
            if labelled and is_data_provider(holder):
                continue  # "Źródło: Statista.com" under a chart credits its figures
            if labelled and _SOURCES_LIST_RE.search(holder):
                continue  # "Source: ABC;El Pais;El Mundo": a database search's sources
            if not labelled and is_media_group(holder):
                continue  # "Copyright Infor Biznes Sp. z o.o.": the group behind the site
            trailing = trailing_label_source(b.text)  # "© ... Źródło: rp.pl"
            if trailing:
                source = _not_release(trailing)
                continue
            source = _not_release(house_paper(holder) or outlet_name(holder, strict=not labelled)
                                  or find_source(holder) or cjk_notice_source(b.text))
            by_notice = source is not None
        elif b.role == TEXT and (cues.STORY_END_RE.match(b.text)
                                 or cues.CONTRIBUTED_RE.match(b.text)):
            people, agencies = credit_line_names(b.text)
            byline += [p for p in people if p not in byline]
            credits += [a for a in agencies if a not in credits]
        elif b.role in (TEXT, CRUFT) and len(b.text.split(None, WITH_AGENCIES_MAX_WORDS)) \
                <= WITH_AGENCIES_MAX_WORDS:  # (the words counted up to what is asked)
            credits += [a for a in agency_credit(b.text) if a not in credits]
    if chrome_date and chrome_date[1]:  # under the headline: over a date line further away
        published = header_date or chrome_date[0] or published
    else:
        published = header_date or published or (chrome_date[0] if chrome_date else None)
    if source is None:
        source = _not_release(_closing_signoff(segment))
    if source is None or by_date_site:
        # "Dzięki uprzejmości: PAP - Nauka w Polsce" under the text: the agency that lent the
        # story, over a site on a date line above it (the story before's "PTI | 03:01 PM")
        source = courtesy_source(segment) or source
    if source is None:
        source = issuer_source(segment)
    if source is None and carried:  # "Northwind Traders Inc. (NYSE: NWT) today announced"
        m = openers.TICKER_ISSUER_RE.search(text_blocks[0].text) if text_blocks else None
        source = outlet_name(m.group("name")) if m else None
    if source is None:
        source = agency_telling(text_blocks[:AGENCY_TELLS_PARAGRAPHS])
    if source is None:  # 'The Los Angeles Times reports: "..."' in a summary's opening
        source = quoted_report(text_blocks[:AGENCY_TELLS_PARAGRAPHS])
    if source is None:  # "多名外国专家告诉《中国日报》", "قال ... لبي بي سي"
        source = outlet_told(text_blocks)
    if source is None:
        source = trailing_signoff(text_blocks, brackets=date_lines_are_story_dates)
    if source is None:  # "The Daily Observer (Banjul)" closing the story
        source = paper_and_city(text_blocks)
    if source is None:
        source = labelled_apart(segment.blocks)
    if source is None:
        source = _not_release(byline_tail_source(text_blocks))  # ", ET Bureau|"
    if source is None:
        source = _not_release(role_line_source(text_blocks))  # "Role, BBC News"
    if source is None or by_notice:
        # "Associated Press writer X contributed", "Follow AP's coverage at": the agency's own
        # tagline inside the story names its teller, over a distributor's copyright notice
        # pasted under it ("© 2026 The Canadian Press" on a site that runs AP's copy)
        source = next((a for b in _closing_blocks(segment) if (a := agency_tagline(b.text))),
                      None) or source
    if by_address and source is not None:
        source = _not_release(carried_from(segment, source)) or source
    # "东方网1月11日消息：据《新闻晨报》报道": the paper, not its relay (a toolbar's labels
    # may stand above the lead as text)
    relayed = next((p for tb in text_blocks[:RELAYED_LEAD_PARAGRAPHS]
                    if (p := relayed_paper(tb.text))), None)
    source = _not_release(relayed) or source
    source = as_written(source, [b.text for b in segment.blocks])  # "Казинформ", not Kazinform
    # "Источник: radiovesti.ru" under a story that names 'Радио "Вести ФМ"': Вести ФМ
    source = address_in_words(source, [tb.text for tb in text_blocks]) or source
    # a database's record names the publication the story was clipped from: over the
    # database's own names (its signature, its folder) and a credit inside the clipping
    source = record_byline_wire(segment) or record_source(segment) \
        or record_field_source(segment) or header_holder_line(segment) or source
    if not byline:
        byline = cjk_closing_byline(segment)
    if not byline:  # a kicker naming the writer ("Eine Kolumne von X", "A column by X")
        byline = next(([b.notes["kicker_by"]] for b in segment.blocks if "kicker_by" in b.notes),
                      [])
    if source is None:  # "Jane Doe is a reporter for BuzzFeed News." under Jane Doe's story
        source = _not_release(writer_bio_source(segment.blocks, byline))
    if source is None and date_lines_are_story_dates:
        # a post's pasted chrome ("告知: BBC 不对外来网站内容负责"); a dump has its page source
        source = _not_release(pasted_chrome_source(segment.blocks))
    return {"source": source, "credits": credits, "byline": byline, "dateline": dateline,
            "published": published}
