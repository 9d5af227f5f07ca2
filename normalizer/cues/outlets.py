"""Outlets and agencies tagwire can name: one table, and the lookups that read it.

The table is data: ``outlets.tsv`` beside this module (a few hundred agencies and major
outlets, names in their own scripts too), extended by the files a user names in
``TAGWIRE_OUTLETS`` (paths separated by ``os.pathsep``; same format; a row whose name is
already known adds its aliases to it). Each row gives the canonical name (the record's
``source`` / ``credits``), whether it is a wire service (credited in "Based on reporting
by AP, AFP" lines and named by closing lines such as "Mit Material von dpa" / "Avec
AFP"), the spellings that name it in text, and how its photo desk is spelt in picture
credits ("REUTERS/Adnan Abidi"). A spelling written ``=Name`` is also a common word or
another thing's name ("=Time", "=PA"): it names the outlet only as a whole credit, never
when found in running text.

An outlet the table does not know is still read from the shape of its credit (a dateline
"(KXAN)", "Source: ...", "© ...", "— ..."): :func:`outlet_name` tidies the credited name
(case, joined words) so that the same outlet always gets the same name.

To teach tagwire a new outlet, add a row to the table or to your own file: attribution,
credits, sign-offs, story end lines and photo credits all read it
(``tests/test_where_things_live.py`` proves it). Photo services that are not news
outlets (Getty, EPA, pool photographers) are in ``PHOTO_SERVICES`` below.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizer.cues import credits as credit_cues
from normalizer.cues import openers
from normalizer.text.places import is_place

#: The bundled table, and the environment variable naming a user's own tables.
TABLE_PATH = Path(__file__).with_name("outlets.tsv")
OUTLETS_ENV = "TAGWIRE_OUTLETS"
_COLUMNS = ("name", "kind", "country", "aliases", "photo", "script")
#: The ``script`` column's value for an outlet named by its canonical name in every script.
ANY_SCRIPT = "any"
_KINDS = ("agency", "outlet", "release")


@dataclass(frozen=True)
class Outlet:
    """A news outlet or agency, as it is named in posts."""

    name: str                      # canonical name (the record's ``source`` / ``credits``)
    aliases: tuple[str, ...]       # spellings that name it in text
    wire: bool = False             # a wire service: credited rather than a writer
    photo: tuple[str, ...] = ()    # spellings in photo credits ("REUTERS/…", "AP Photo/…")
    whole_only: tuple[str, ...] = ()  # spellings that name it only as a whole credit
    country: str = ""              # ISO 3166 code of its home (informative)
    release: bool = False          # a press-release distribution service (see below)
    any_script: bool = False       # named by ``name`` in every script (see as_written)


class OutletTableError(ValueError):
    """A line of an outlets table that cannot be read; the message names file and line."""


def _spellings(cell: str) -> tuple[list[str], list[str]]:
    """(every spelling, those marked ``=``) of a ``" | "``-separated cell."""
    names, whole = [], []
    for part in cell.split("|"):
        part = part.strip()
        if not part:
            continue
        if part.startswith("="):
            part = part[1:].strip()
            whole.append(part)
        names.append(part)
    return names, whole


def read_table(path: Path) -> tuple[Outlet, ...]:
    """The rows of one outlets table (tab-separated; ``#`` starts a comment line)."""
    rows: list[Outlet] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise OutletTableError(f"{path}: cannot read the outlets table: {err}") from err
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0].strip() == "name":
            continue  # the header line
        if len(cells) < 2 or len(cells) > len(_COLUMNS):
            raise OutletTableError(f"{path}:{number}: expected {len(_COLUMNS)} tab-separated "
                                   f"columns ({', '.join(_COLUMNS)}), got {len(cells)}")
        cells += [""] * (len(_COLUMNS) - len(cells))
        names, whole = _spellings(cells[0])
        if len(names) != 1:
            raise OutletTableError(f"{path}:{number}: the name column holds one name, "
                                   f"got {cells[0]!r}")
        kind = cells[1].strip().lower()
        if kind not in _KINDS:
            raise OutletTableError(f"{path}:{number}: kind is one of {', '.join(_KINDS)}, "
                                   f"got {cells[1]!r}")
        aliases, whole_aliases = _spellings(cells[3])
        photo, _ = _spellings(cells[4])
        script = cells[5].strip().lower()
        if script not in ("", ANY_SCRIPT):
            raise OutletTableError(f"{path}:{number}: script is empty or {ANY_SCRIPT!r}, "
                                   f"got {cells[5]!r}")
        name = names[0]
        rows.append(Outlet(name, tuple(dict.fromkeys([name, *aliases])),
                           wire=kind in ("agency", "release"),
                           photo=tuple(photo), whole_only=tuple(whole + whole_aliases),
                           country=cells[2].strip(), release=kind == "release",
                           any_script=script == ANY_SCRIPT))
    return tuple(rows)


def merge(base: tuple[Outlet, ...], extra: tuple[Outlet, ...]) -> tuple[Outlet, ...]:
    """``base`` with ``extra``'s rows: a known name gains the new spellings, others are added."""
    by_name = {o.name: o for o in base}
    for o in extra:
        old = by_name.get(o.name)
        if old is None:
            by_name[o.name] = o
            continue
        by_name[o.name] = Outlet(
            o.name, tuple(dict.fromkeys(old.aliases + o.aliases)), wire=old.wire or o.wire,
            photo=tuple(dict.fromkeys(old.photo + o.photo)),
            whole_only=tuple(dict.fromkeys(old.whole_only + o.whole_only)),
            country=old.country or o.country, release=old.release or o.release,
            any_script=old.any_script or o.any_script)
    return tuple(by_name.values())


def load_outlets(environ: Mapping[str, str] | None = None) -> tuple[Outlet, ...]:
    """The bundled table extended by the user's files (``TAGWIRE_OUTLETS``)."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    outlets = read_table(TABLE_PATH)
    for part in env.get(OUTLETS_ENV, "").split(os.pathsep):
        if part.strip():
            outlets = merge(outlets, read_table(Path(part.strip()).expanduser()))
    return outlets


OUTLETS: tuple[Outlet, ...] = load_outlets()

#: Photo desks and picture services that are not news outlets, as photo credits spell them
#: (the outlets' own spellings are their rows' ``photo``).
PHOTO_SERVICES: tuple[str, ...] = (
    "EPA", "EPA-EFE", "GETTY IMAGES", "Getty Images", "Getty", "POOL", "Pool", "KCNA",
    "picture alliance", "picture-alliance", "SIPA", "NurPhoto", "SHUTTERSTOCK", "Shutterstock",
    "IMAGO", "imago", "Imago", "Alamy", "ABACA", "ZUMA", "PA", "PA Wire", "KREMLIN", "Kremlin",
    "WIKIMEDIA", "Wikimedia Commons", "Flickr", "iStock",
    # the stock and animation libraries a post embeds from ("via GIPHY" under a GIF)
    "GIPHY", "Giphy", "Tenor", "Imgur", "Unsplash", "Pixabay", "Pexels",
)


def wire_services() -> tuple[str, ...]:
    """The canonical names of the wire services."""
    return tuple(o.name for o in OUTLETS if o.wire)


@lru_cache(maxsize=1)
def wire_names() -> frozenset[str]:
    """The canonical names of the wire services, as a set built once (the page-credit
    passes ask it of every page; built on first use, so a table extended before the first
    lookup is read whole)."""
    return frozenset(wire_services())


@lru_cache(maxsize=1)
def _release_services() -> frozenset[str]:
    return frozenset(o.name for o in OUTLETS if o.release)


def is_release_service(name: str | None) -> bool:
    """``name`` (a canonical name) is a press-release distribution service's ("news
    aktuell", whose tag "(ots)" opens every release it carries; "PR Newswire", "Business
    Wire"): the service carried the release, its issuer published it, so the tag is never
    the story's source. The issuer is read from its own credit ("Original-Content von:
    Polizei Steinfurt", "SOURCE Acme Corp"), else from the page."""
    return name is not None and name in _release_services()


#: Providers of statistics and charts (offices of statistics, data portals). A source label
#: naming one ("Źródło: Statista.com", "Source: Eurostat") stands under a chart or a
#: table and credits its figures, not the story: such a label gives no source. Folded, a
#: domain's ending dropped ("statista.com" is Statista). A story by such an office is still
#: credited from another shape (its dateline, its © line).
DATA_PROVIDERS = frozenset((
    "statista", "eurostat", "oecd", "ocde", "world bank", "banco mundial", "banque mondiale",
    "weltbank", "imf", "international monetary fund", "fmi", "iwf", "un data", "undata",
    "unctad", "ilo", "ilostat", "faostat", "our world in data", "ourworldindata",
    "gus", "główny urząd statystyczny", "destatis", "statistisches bundesamt",
    "statistik austria", "bfs", "ine", "instituto nacional de estadística",
    "instituto nacional de estatística", "insee", "istat", "ons",
    "office for national statistics", "bls", "bureau of labor statistics", "census bureau",
    "u.s. census bureau", "us census bureau", "statistics netherlands",
    "statistics canada", "statcan", "australian bureau of statistics",
    "statistics norway", "ssb", "statistics sweden", "scb", "statistics denmark",
    "danmarks statistik", "statistics finland", "tilastokeskus", "elstat", "tüik",
    "turkstat", "rosstat", "росстат", "держстат", "ibge", "indec", "inegi", "dane",
    "国家统计局", "e-stat", "kosis", "통계청", "datawrapper",
    "macrotrends", "tradingeconomics", "trading economics", "knoema", "ceic",
    "johns hopkins university", "worldometer", "worldometers",
))
_DOMAIN_END_RE = re.compile(r"\.(?:com|org|net|info|int|gov|[a-z]{2})$", re.IGNORECASE)


def is_data_provider(name: str | None) -> bool:
    """``name`` is a provider of statistics or charts (:data:`DATA_PROVIDERS`)."""
    if not name:
        return False
    folded = _DOMAIN_END_RE.sub("", " ".join(name.split()).strip(_EDGE)).casefold()
    folded = re.sub(r"^(?:the|www)\s*\.?\s*", "", folded)
    return folded in DATA_PROVIDERS


def is_control_line(name: str | None) -> bool:
    """``name`` is a line of the page's controls, never a site's name: a button's or a call's
    word opening it (:data:`credit_cues.CONTROL_WORDS`: "Odpowiedz", "ABONNIEREN SIE UNSEREN
    NEWSLETTER"), a pager's words alone, spaced or glued ("ÖncekiSonraki", "« Prev Next »"),
    a language switch's codes ("HU", "EN | DE") or a breadcrumb ("Home>>", "Home › World");
    and a line with no letter but for a number alone ("7°", "16+": a weather reading, an
    age rating) or a station's dial ("AM 870")."""
    text = " ".join((name or "").split())
    if not text:
        return False
    if (not credit_cues.LETTER_RE.search(text) and not text.isdigit()) \
            or credit_cues.FREQUENCY_LINE_RE.match(text):
        return True  # (a number alone may be a name: "444")
    calls = re.split(r"[\s-]+", text.casefold().rstrip(_EDGE))
    if len(calls) >= 2 and calls[-1] in credit_cues.FOLLOW_PRONOUNS:
        return True  # "ALERTEZ-NOUS", "Contact us": a call to the reader
    if credit_cues.BREADCRUMB_RE.search(text):
        return True
    words = [w.strip(_EDGE + "«»‹›<>").casefold() for w in text.split()]
    words = [w for w in words if w]
    if words and words[0] in credit_cues.CONTROL_WORDS:
        return True
    if len(text) <= credit_cues.CONTROL_LABEL_MAX_CHARS and text[:1] >= credit_cues.UNSPACED_SCRIPT_START:
        label = unicodedata.normalize("NFKC", text).casefold().replace(" ", "")
        if label.endswith(credit_cues.CONTROL_ENDINGS) \
                or label.startswith(credit_cues.CONTROL_STARTS):
            return True  # "検索一覧画面へ戻る", "このページのＴＯＰへ": a button going back or up
    if text.isupper() and all(w in credit_cues.LANGUAGE_SWITCH_CODES for w in words):
        return True  # "HU", "EN | DE": a language switch
    parts = [p.casefold() for w in text.split() for p in credit_cues.GLUED_WORDS_RE.split(
        w.strip(_EDGE + "«»‹›<>")) if p]
    return bool(parts) and all(p in credit_cues.PAGER_WORDS for p in parts)


def photo_credit_names() -> tuple[str, ...]:
    """Every spelling a photo credit may use: the outlets' and the picture services'."""
    return tuple(s for o in OUTLETS for s in o.photo) + PHOTO_SERVICES


# A story's sign-off naming its source on a line of its own: "— AFP", "(Reuters)",
# "-- Bloomberg", "Reuters/AFP". At most this many words (a bare name) ...
SIGNOFF_RE = re.compile(r"^[\s(\[—–（【〔［<-]*(?P<name>[^()\[\]—–（）【】〔〕［］<>]{2,40}?)"
                        r"[\s)\]—–.。）】〕］>-]*$")
BARE_SIGNOFF_MAX_WORDS = 4
# ... and the longest closing credit line that names an outlet by its shape ("Source: X",
# "via X", "This article is republished from X under ..."): the lines the cleaner asks about.
SIGNOFF_MAX_WORDS = openers.CREDIT_LINE_MAX_WORDS


def _case_sensitive(spelling: str) -> bool:
    """Short all-caps acronyms ("AP": "ap" is a word of several languages) and all-lower
    spellings ("dpa") match with their case; the others in any case."""
    return (spelling.isupper() and len(spelling) <= 5) or spelling.islower()


@dataclass(frozen=True)
class _Index:
    exact: dict[str, str]          # spelling (casefolded unless case-sensitive) -> name
    scan: re.Pattern[str] | None   # every spelling that may be found in running text
    scanned: dict[str, str]        # ... -> name
    # ``scan`` for the spellings that start with a character, by that character: what
    # ``scan.match`` finds at a place is what the one of the character there finds (the
    # same alternatives in the same order, less those that cannot start there)
    scan_from: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Every spelling, for whole-credit lookups and for scans of running text (built on
    first use, so a table extended before the first lookup is read whole). In running
    text a name keeps its case ("die Welt" is "the world")."""
    exact: dict[str, str] = {}
    scanned: dict[str, str] = {}
    for outlet in OUTLETS:
        for spelling in outlet.aliases:
            if spelling in outlet.whole_only:
                # also a common word: named so only as written or in capitals ("Mehr",
                # "MEHR"), never as the word ("mehr" is a German "more" link)
                exact.setdefault(spelling, outlet.name)
                exact.setdefault(spelling.upper(), outlet.name)
                continue
            key = spelling if _case_sensitive(spelling) else spelling.casefold()
            exact.setdefault(key, outlet.name)
            scanned.setdefault(spelling, outlet.name)
    ordered = sorted(scanned, key=len, reverse=True)
    scan = _scan_pattern(ordered) if scanned else None
    by_first: dict[str, list[str]] = {}
    for spelling in ordered:
        by_first.setdefault(spelling[0], []).append(spelling)
    return _Index(exact, scan, scanned,
                  {first: _scan_pattern(group) for first, group in by_first.items()})


def _scan_pattern(spellings: list[str]) -> re.Pattern[str]:
    """Any of ``spellings`` (the first that matches, in their order) as a word of its own."""
    alternation = "|".join(re.escape(k) for k in spellings)
    return re.compile(rf"(?<![\w/])(?:{alternation})(?![\w/])")


@lru_cache(maxsize=1)
def _whole_only() -> frozenset[str]:
    """The spellings that name an outlet only as a whole credit ("Mehr", "Time"), folded:
    "Mehr Infos" is no outlet's name and a kind."""
    return frozenset(w.casefold() for o in OUTLETS for w in o.whole_only)


def is_common_word_name(name: str) -> bool:
    """Whether ``name`` is a spelling the table marks as also a common word ("=idea",
    "=Time", "=Mehr"), written otherwise than in capitals: "Idea: Smaller as better?"
    opens a title with the word, "PA: ..." with the agency's letters."""
    return name.casefold() in _whole_only() and not (len(name) > 1 and name.isupper())


def _exact(name: str) -> str | None:
    index = _index()
    return index.exact.get(name) or index.exact.get(name.casefold())


# (Full-width and CJK brackets too: "（共同）", "【半月谈】", "〔新华社〕", "<연합뉴스>".)
_EDGE = " .,:;|—–-()[]«»\"'“”„\u00a0（）【】〔〕［］〈〉《》<>「」『』\u3000。，：；"


#: What follows an outlet's name when its newsroom signs ("Reuters Staff", "AFP Staff
#: Writer", "dpa-Redaktion", "The Associated Press staff"): the outlet.
NEWSROOM_SUFFIXES = ("staff", "staff writer", "staff writers", "staff reporter",
                     "staff reporters", "reporter", "reporters", "correspondent",
                     "correspondents", "bureau", "web desk", "online desk", "digital desk",
                     "staff report", "editorial", "editorial staff", "newsroom", "news desk",
                     "desk", "redaktion", "online-redaktion", "redacción", "rédaction",
                     "redazione", "redação", "redakcja", "redakce", "редакция", "редакція")
_NEWSROOM_SUFFIX_RE = re.compile(
    r"[\s-]+(?:" + "|".join(map(re.escape, sorted(NEWSROOM_SUFFIXES, key=len, reverse=True)))
    + r")\.?$", re.IGNORECASE)
#: ... and what stands before it ("Redacción EFE", "Redação G1", "Rédaction Le Monde").
NEWSROOM_PREFIXES = ("redacción", "redaccion", "redação", "redacao", "rédaction", "redaktion",
                     "redazione", "redakcja", "redakce", "редакция", "редакція", "newsroom",
                     "news desk", "staff of")
_NEWSROOM_PREFIX_RE = re.compile(
    r"^(?:" + "|".join(map(re.escape, NEWSROOM_PREFIXES)) + r")\s*(?:de\s+|di\s+|:\s*)?",
    re.IGNORECASE)


#: A reporter's word after an outlet's name in a Chinese role, written on without a space
#: ("BBC中文记者": the BBC's Chinese service's reporter). Read in a role slot only
#: (:func:`role_outlet`): a line "新华社记者" alone in a story is its writers' sign, no
#: credit line.
CJK_REPORTER_SUFFIX_RE = re.compile(r"(?<=\S)(?:特约|特約|特派|驻\S{1,4}|駐\S{1,4})?(?:记者|記者)$")


def role_outlet(role: str) -> str | None:
    """The outlet the table knows that a byline list's role names ("BBC News", "BBC中文记者"
    with its reporter's word), or None ("Senior correspondent")."""
    return canonical_source(role) or canonical_source(CJK_REPORTER_SUFFIX_RE.sub("", role))


def newsroom_of(name: str) -> str | None:
    """The newsroom a credit names before or after its desk's words ("Jewish Business News
    Correspondent", "ET Bureau", "Redacción Clarín": the name left), or None where the
    credit holds no such words (a person's name)."""
    bare = " ".join(name.split()).strip(_EDGE)
    for pattern in (_NEWSROOM_SUFFIX_RE, _NEWSROOM_PREFIX_RE):
        desk = pattern.sub("", bare).strip(_EDGE)
        if desk and desk != bare:
            return desk
    return None


#: A site's domain ("infobae.com", "spiegel.de", "Kompas.com"): its name is the outlet's.
_DOMAIN_NAME_RE = re.compile(r"^(?:www\.)?(?P<stem>[^\W_][\w-]{1,30})\.(?:com|net|org|co|info|"
                             r"news|[a-z]{2})(?:\.[a-z]{2})?$", re.IGNORECASE)
_NAME_AND_ABBREVIATION_RE = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^()]{2,12})\)?$")


#: An abbreviation written with dots ("F.A.Z", "S.M.H" once the edges' dots are stripped).
_DOTTED_ABBREVIATION_RE = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")


@lru_cache(maxsize=4096)
def canonical_source(name: str) -> str | None:
    """The canonical outlet for ``name`` when the whole of it names one ("Reuters", "The AP")."""
    name = " ".join(name.split()).strip(_EDGE)
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    found = _exact(name) or _exact(bare)
    if not found and _DOTTED_ABBREVIATION_RE.match(name):
        found = _exact(name + ".")  # "F.A.Z.": the abbreviation's last dot is its own
    if found:
        return found
    desk = _NEWSROOM_SUFFIX_RE.sub("", bare)  # "Reuters Staff", "dpa-Redaktion"
    if desk != bare and (found := _exact(desk.strip(_EDGE))):
        return found
    desk = _NEWSROOM_PREFIX_RE.sub("", bare)  # "Redacción EFE", "Rédaction Le Monde"
    if desk != bare and (found := _exact(desk.strip(_EDGE))):
        return found
    m = _DOMAIN_NAME_RE.match(bare)  # "infobae.com", "spiegel.de": the site's name
    if m and (found := _exact(m["stem"])):
        return found
    words = bare.split()
    rest = " ".join(words[:-1]).strip(_EDGE)
    if len(words) > 1 and words[-1].casefold().strip(_EDGE) in GENERIC_WORDS \
            and rest.casefold() not in _whole_only() and (found := _exact(rest)):
        return found  # "Al Jazeera News", "Yonhap Agency": the known outlet's name and a kind
    m = _NAME_AND_ABBREVIATION_RE.match(bare)  # "Agence France-Presse (AFP)"
    if m and (found := _exact(m["name"])) and found == _exact(m["abbr"]):
        return found
    index = _index()
    m = _scan_near_start(index.scan_from, bare)
    if m and len(bare) - (m.end() - m.start()) <= _SCAN_SPARE:
        return index.scanned[m.group(0)]
    return None


#: The most characters of a credit an outlet's name found in it may leave out ("AFP/dpa"
#: is no name, "(AFP)" is): see :func:`canonical_source`.
_SCAN_SPARE = 4


def _scan_near_start(scan_from: dict[str, re.Pattern[str]], text: str
                     ) -> re.Match[str] | None:
    """``scan.search(text)`` where its answer matters (``scan``: the index's pattern of
    every spelling, ``scan_from`` its parts by first character): a name that leaves at
    most :data:`_SCAN_SPARE` characters of ``text`` out starts within them, and a first
    match that starts later leaves more out. So only those places are tried, in order (a
    ``match`` at a place is what the search finds there; its lookbehind sees the text
    before it), each only against the spellings that start with its character; the
    search tried every place of the text against the thousands of spellings (60% of the
    function's time on new pages), and a match at a place tried each of them."""
    for start in range(min(_SCAN_SPARE + 1, len(text))):
        scan = scan_from.get(text[start])
        m = scan.match(text, start) if scan is not None else None
        if m:
            return m
    return None


# --- An outlet "with agencies" ------------------------------------------------------------
_WITH_AGENCIES_RE = re.compile(
    r"^(?P<outlet>.+?)\s+(?:" + "|".join(map(re.escape, credit_cues.WITH_AGENCIES_JOINS))
    + r")\s+(?P<rest>.+?)[\s.)\]]*$", re.IGNORECASE)
_AGENCIES_WORDS = frozenset(w.casefold() for w in credit_cues.AGENCIES_WORDS)
_OTHER_WORDS_RE = re.compile(r"^(?:other|various|several|the|de|des|les|andere[n]?|weitere[n]?|"
                             r"otras|otros|outras|altre|diverse[n]?)\s+", re.IGNORECASE)


def with_agencies(name: str) -> tuple[str, list[str]] | None:
    """(outlet, agencies) of an outlet's byline or sign-off "with agencies" ("Le Monde avec
    AFP", "tagesschau.de mit Agenturen", "Al Jazeera and news agencies", "EL PAÍS con
    agencias"): the outlet first, then agencies in general or by name only; None for
    other names ("Jane Doe and John Roe", "Reuters and AFP" names agencies only)."""
    m = _WITH_AGENCIES_RE.match(" ".join(name.split()).strip(_EDGE))
    if m is None:
        return None
    rest = _OTHER_WORDS_RE.sub("", m["rest"].strip(_EDGE))
    if rest.casefold() in _AGENCIES_WORDS:
        agencies: list[str] = []
    else:
        parts = [p.strip(_EDGE) for p in _PARTS_RE.split(rest) if p.strip(_EDGE)]
        agencies = [found for p in parts if (found := canonical_source(p)) in wire_names()]
        if not parts or len(agencies) != len(parts):
            return None
    head = m["outlet"].strip(_EDGE)
    labelled = credit_cues.BYLINE_LINE_RE.match(head)  # "Von tagesschau.de mit Agenturen"
    head = labelled["name"].strip(_EDGE) if labelled and labelled["name"] else head
    known = canonical_source(head)
    outlet = as_credited(head, known) if known else outlet_name(head, strict=True)
    if not outlet or (outlet in wire_names() and agencies):
        return None  # ("Reuters and AFP": agencies, first named is read elsewhere)
    return outlet, agencies


# --- A credit written as the outlet's web address -------------------------------------------
#: A credit written as a web address ("ORF.at", "rp.pl", "LWN.net", "News.yam.md",
#: "KOMPAS.com"): the stem, the dots of a multi-part name, the ending.
_WRITTEN_DOMAIN_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<stem>[^\W_][\w-]{0,30}"
                                r"(?: [^\W_][\w-]{0,30}){0,2}"  # ("Le Monde.fr": a brand's name)
                                r"(?:\.[^\W_][\w-]{0,30}){0,2}?)\.(?P<end>com|net|org|co|info|"
                                r"news|[a-z]{2})(?:\.(?P<end2>[a-z]{2}))?$", re.IGNORECASE)


def as_credited(spelling: str, known: str | None) -> str | None:
    """``known`` (the canonical outlet ``spelling`` names), or the web address as credited
    when the credit writes the outlet so: "ORF.at", "rp.pl", "LWN.net" are the names of the
    outlets' sites and are the story's source as written, not cut at their ending to the
    table's "ORF" (the naming convention: an outlet is named as the story writes it). A
    wire service ("reuters.com", "aa.com.tr") and an outlet named alike everywhere (table
    column ``script`` = any) keep their canonical name, and so does an outlet whose own name
    is an address ("NU.nl") or is written in another script than the address ("tsn.ua" is
    ТСН's site, its letters no name of it). An address in capitals is written in the case of its other
    spellings: "KOMPAS.com" gives "Kompas.com"."""
    if known is None:
        return None
    bare = spelling.strip(_EDGE)
    if known in wire_names() or known in _any_script():
        return known
    m = _WRITTEN_DOMAIN_RE.match(bare)
    if m is None or _WRITTEN_DOMAIN_RE.match(known):
        return _spelled(bare, known)
    if script_of(known) != script_of(bare):
        return known  # "tsn.ua" of ТСН: a Latin address of an outlet named in its own letters

    stem = m["stem"]
    if stem.isupper() and len(stem) > 4:  # ("ORF.at" keeps its acronym)
        stem = known if known.casefold() == stem.casefold() else stem.capitalize()
    ending = m["end"] + (f".{m['end2']}" if m["end2"] else "")
    return f"{stem}.{ending.lower() if ending.isupper() else ending}"


#: A web address standing as a word in a line ("© ARD-aktuell / tagesschau.de", "szerző:
#: hvg.hu"), for :func:`credited_in`.
_ADDRESS_IN_LINE_RE = re.compile(r"(?<![\w./@-])(?:www\.)?[^\W_][\w-]{1,30}\.(?:com|net|org|co|"
                                 r"info|news|[a-z]{2})(?:\.[a-z]{2})?(?![\w.-]*\w)")


def credited_in(line: str, known: str | None) -> str | None:
    """``known`` (the canonical outlet a page's own line names: its © line, its footer's
    credit) as that line credits it. The naming principle: an outlet is named as its credit
    prints it; where the line writes the site's web address among other names of the
    outlet ("© ARD-aktuell / tagesschau.de": the broadcaster's newsroom, then the site),
    the address is the site's own name for itself and the page's stories are the site's
    ("tagesschau.de"), as a story's "Quelle: ORF.at" names ORF.at (:func:`as_credited`);
    else the name in the line's script (:func:`as_written`). The first name the line
    holds does not decide: it may be the company or network behind the site."""
    if known is None:
        return None
    for m in _ADDRESS_IN_LINE_RE.finditer(line):
        if canonical_source(m.group(0)) == known:
            return as_credited(m.group(0), known)
    return as_written(known, [line])


def _spelled(spelling: str, known: str) -> str:
    """The table's spelling of ``known`` that the credit wrote, its newsroom's words aside,
    where it is another form of the name: written shorter or longer ("Yomiuri Shimbun Staff
    Writers": "Yomiuri Shimbun", where the table's name is "The Yomiuri Shimbun"), an
    abbreviation the outlet signs with ("Text: F.A.Z.", not "Frankfurter Allgemeine"), the
    brand of its site ("By Mail Online Reporter", not "Daily Mail"). The naming principle:
    an outlet is named as its credit prints it, among the table's spellings, so the record
    says what the page says. ``known`` where the credit wrote the same name in other
    letters (case, accents, spaces and marks: "Pagina 12" is "Página/12"), and for the
    world's agencies (see :func:`as_credited`)."""
    bare = _NEWSROOM_PREFIX_RE.sub("", _NEWSROOM_SUFFIX_RE.sub("", spelling)).strip(_EDGE)
    folded = {bare.casefold()}
    if _DOTTED_ABBREVIATION_RE.match(bare):
        folded.add(bare.casefold() + ".")  # "F.A.Z" for "F.A.Z.": the last dot is its own
    for outlet in _by_name().get(known, ()):
        if any(a.casefold() in folded for a in outlet.whole_only):
            return known  # ("AA" is a word's spelling: the name stays the table's)
        written = next((a for a in outlet.aliases if a.casefold() in folded), None)
        if written and _letters(written) != _letters(known):
            return written
    return known


def _letters(name: str) -> str:
    """``name``'s letters and digits, folded, accents dropped ("Página/12" and "Pagina 12"
    are one spelling of one name; "F.A.Z." and "Frankfurter Allgemeine" are two forms)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Outlet, ...]]:
    return {o.name: (o,) for o in OUTLETS}


def country_of(name: str | None) -> str:
    """The ISO 3166 code of the home of the outlet named ``name`` as the table names it
    (its canonical name), "" where the table has none."""
    found = _by_name().get(name or "")
    return found[0].country if found else ""


@lru_cache(maxsize=1)
def _any_script() -> frozenset[str]:
    return frozenset(o.name for o in OUTLETS if o.any_script)


# --- The name in the script the story credits it in ----------------------------------------
def script_of(text: str) -> str | None:
    """The script of the first letter of ``text`` ("LATIN", "CYRILLIC", "ARABIC", "CJK" for
    Han and kana together, ...), None where it has no letter."""
    for char in text:
        if char.isalpha():
            word = unicodedata.name(char, "UNKNOWN").split()[0]
            return "CJK" if word in ("CJK", "HIRAGANA", "KATAKANA") else word
    return None


@lru_cache(maxsize=1)
def _written() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """For each outlet not named alike in every script (table column ``script``): a scan
    for its spellings in the other scripts than its canonical name's, and those spellings
    in the table's order (the first of a script is its name there). Spellings that are
    also common words ("=Mehr") are not looked for."""
    found: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {}
    for outlet in OUTLETS:
        if outlet.any_script:
            continue
        own = script_of(outlet.name)
        others = tuple(a for a in outlet.aliases if a not in outlet.whole_only
                       and script_of(a) not in (own, None))
        if others:
            alternation = "|".join(map(re.escape, sorted(others, key=len, reverse=True)))
            found[outlet.name] = (re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE),
                                  others)
    return found


def as_written(name: str | None, texts: list[str]) -> str | None:
    """``name`` (a canonical name) as the story's ``texts`` write it in their script: an
    outlet the table names in several scripts is the story's source in the script the story
    credits it in ("МИА «Казинформ»" in a Russian story: Казинформ; Kazinform in an English
    one), the table's first spelling held in what the text wrote, or the script's first
    spelling where the text wrote a short form of it ("ΑΠΕ": ΑΠΕ-ΜΠΕ). Outlets named so in every
    script (the world's agencies: Reuters, AFP, TASS ...; table column ``script`` = any)
    keep their canonical name."""
    entry = _written().get(name) if name else None
    if entry is None:
        return name
    scan, spellings = entry
    for text in texts:
        m = scan.search(text)
        if m:
            written = m.group(0).casefold()
            held = next(s for s in spellings if s.casefold() in written)
            if _WRITTEN_DOMAIN_RE.match(held) and not _WRITTEN_DOMAIN_RE.match(name or ""):
                return name  # "tsn.ua": the site's address, no spelling of ТСН's name
            # a short form of the script's first spelling ("ΑΠΕ" of "ΑΠΕ-ΜΠΕ", "연합" of
            # "연합뉴스") is named by that spelling, the outlet's usual name in the script
            first = next(s for s in spellings if script_of(s) == script_of(held))
            return first if held.casefold() in first.casefold() else held
    return name


def address_named_in(address: str, text: str) -> str | None:
    """The outlet the table knows that ``text`` names in words and whose name is the bare
    web ``address`` the page shows for the story's link ("(latimes.com)" beside an
    aggregator's headline, its summary saying "The Los Angeles Times reports:": its stem's
    letters are those of the spelling "LA Times"), or None. The address is the host of
    a link, not the outlet's credit; the text's naming of the outlet is."""
    m = _DOMAIN_NAME_RE.match(address.strip(_EDGE))
    index = _index()
    if m is None or index.scan is None or canonical_source(address) is not None:
        return None
    stem = _letters(m["stem"])
    for hit in index.scan.finditer(text.replace("\xa0", " ")):
        name = index.scanned[hit.group(0)]
        if any(_letters(s) == stem for o in _by_name().get(name, ()) for s in (o.name, *o.aliases)):
            return name
    return None


def address_in_words(address: str | None, texts: list[str]) -> str | None:
    """The outlet a credit given as a web address names ("Источник: radiovesti.ru") as the
    story's ``texts`` write it in words of another script than the address's ('Радио "Вести
    ФМ"': Вести ФМ), or None. An address is a source as credited (:func:`as_credited`: "rp.pl",
    "ORF.at"), but a story in Cyrillic or Chinese names its outlet in its own letters, and
    the naming convention names an outlet as the story writes it."""
    bare = (address or "").strip(_EDGE)
    if not bare or _WRITTEN_DOMAIN_RE.match(bare) is None:
        return None
    known = canonical_source(bare)
    index = _index()
    if known is None or known == bare or index.scan is None:
        return None
    for text in texts:
        for hit in index.scan.finditer(text.replace("\xa0", " ")):
            if index.scanned[hit.group(0)] == known \
                    and script_of(hit.group(0)) != script_of(bare):
                return as_written(known, [hit.group(0)])
    return None


def outlet_span(text: str) -> tuple[int, int] | None:
    """Where the first outlet named in ``text`` stands (start, end), as
    :func:`find_source` finds it; None for none."""
    index = _index()
    m = index.scan.search(text) if index.scan else None
    return m.span() if m else None


def find_source(text: str) -> str | None:
    """The first outlet named anywhere in ``text`` (spellings that are also common words
    are not looked for). A NO-BREAK SPACE between a name's words is a space
    ("Copyright\xa0©\xa0The\xa0Yomiuri\xa0Shimbun")."""
    index = _index()
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    m = index.scan.search(text) if index.scan else None
    return index.scanned[m.group(0)] if m else None


# --- Outlets the table does not know, read from the shape of their credit ----------------
# Words that make a credited name an organisation rather than a person ("Hawaii News Now",
# "Nexstar Media", "Evangelischer Pressedienst"): matched as whole words or word ends.
ORGANISATION_WORDS = (
    "agency", "agence", "agencia", "agência", "agenzia", "agentur", "agentstvo", "news",
    "nachrichten", "noticias", "notícias", "notizie", "nouvelles", "novosti", "press", "presse",
    "prensa", "imprensa", "stampa", "pressedienst", "dienst", "service", "services", "wire",
    "times", "post", "herald", "tribune", "journal", "gazette", "gazeta", "daily", "weekly",
    "observer", "courier", "kurier", "chronicle", "telegraph", "mail", "express", "standard",
    "star", "sun", "globe", "mirror", "review", "zeitung", "blatt", "anzeiger", "rundschau",
    "diario", "diário", "jornal", "giornale", "corriere", "radio", "tv", "television",
    "télévision", "televisión", "rundfunk", "broadcasting", "network", "media", "médias",
    "online", "magazine", "magazin", "revista", "channel", "kanal", "info", "infos",
)
# Words that name a kind of organisation, no organisation, when they stand alone ("— Agency",
# "Source: news agencies", "(Presse)").
GENERIC_WORDS = ("agency", "agencies", "agence", "agences", "agencia", "agencias", "agência",
                 "agências", "agenzia", "agenzie", "agentur", "agenturen", "news", "nachrichten",
                 "noticias", "notícias", "press", "presse", "prensa", "imprensa", "service",
                 "services", "wire", "wires", "media", "medias", "médias", "online", "info",
                 "infos", "internet", "web", "redaktion", "redacción", "rédaction", "staff",
                 # a label's value naming no one ("Source: Various", "Fuente: Varios")
                 "various", "varios", "varias", "divers", "diverse", "vari", "vários")
# Small words inside names of organisations ("Voice of America", "Agence de Presse").
NAME_CONNECTORS = ("of", "the", "and", "for", "de", "del", "des", "du", "la", "le", "les", "el",
                   "di", "da", "do", "dos", "das", "der", "die", "und", "für", "et", "y", "e")
_ORG_RE = re.compile(r"(?:^|\s|-)(?:" + "|".join(ORGANISATION_WORDS) + r")(?=$|\s|[.,])", re.I)
# Company suffixes a copyright holder carries ("Nexstar Media Inc.").
_COMPANY_SUFFIX_RE = re.compile(
    r"[,\s]+(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|ag|sa|s\.a|spa|s\.p\.a|e\.v|bv|nv|"
    r"oy|ab|as|kg)\.?$", re.I)
_YEARS_RE = re.compile(r"(?:(?:^|\s)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)+(?=[\s,;:]|$)")
_CREDIT_NOISE_RE = re.compile(r"^(?:©|ⓒ|\(c\)|copyright\b|all\s+rights\s+reserved\.?)\s*[©ⓒ]?\s*|"
                              r"\s*all\s+rights\s+reserved\.?.*$", re.I)
_CAMEL_RE = re.compile(r"^(?:[A-Z][a-z]+){3,}$")
_CAMEL_DOMAIN_RE = re.compile(r"^(?:[A-Z][a-z]+){3,}\.[a-z]{2,4}$")
_PARTS_RE = re.compile(r"\s*[/,;&+]\s*|\s+(?:(?i:and|und|et)|y|e|и)\s+")
# A credit that goes on after its name ("Reuters. All rights reserved", "The Conversation.
# Read the original article"): the name ends at the first sentence's end.
_SENTENCE_END_RE = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\.[a-z]{2}))\.\s+"
                              r"(?=[A-ZÀ-Þ\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")


# Words after which a Chinese or Japanese credit names a desk or a person, not the outlet
# ("出品︱网易科学人栏目组 胖胖": the outlet is 网易科学人).
DESK_SUFFIXES = ("栏目组", "欄目組", "编辑部", "編輯部", "编辑组", "报道组", "記者", "记者", "編集部")
_DESK_RE = re.compile("(?:" + "|".join(DESK_SUFFIXES) + ").*$")
# A CJK outlet's name is short: a longer run of CJK letters is a phrase (a title).
CJK_NAME_MAX = 12
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _tidy(name: str) -> str:
    """One spelling for one outlet: "MDR THÜRINGEN" -> "MDR Thüringen", "RUPTLY NEWS" ->
    "Ruptly News", "HawaiiNewsNow" -> "Hawaii News Now"; short all-caps acronyms ("KXAN")
    and lower-case names ("fn-press") stay as they are. A Chinese paper's website named
    after it ("澎湃新闻网", "证券时报网": the name, then "网", site) is the paper; a site whose
    name is its own ("人民网", "环球网") keeps it; so is a Korean paper's company ("대전일보사":
    the name, then "사", company)."""
    name = _COMPANY_SUFFIX_RE.sub("", name.strip(_EDGE)).strip(_EDGE)
    site = name[:-1]
    if name.endswith(CJK_SITE_ENDINGS) and len(site) >= 3 and _cjk_outlet_shape(site) \
            and not site.endswith(CJK_SITE_ENDINGS):
        return site
    if name.endswith(KOREAN_COMPANY_ENDINGS) and len(site) >= 3 and _cjk_outlet_shape(site) \
            and not site.endswith(KOREAN_COMPANY_ENDINGS):
        return site  # "대전일보사": the company publishing 대전일보, named in its © line
    name = _DESK_RE.sub("", name).strip(_EDGE) or name
    words = []
    for word in name.split():
        if _CAMEL_RE.match(word) or _CAMEL_DOMAIN_RE.match(word):  # "BreakingBelizeNews.com"
            word = " ".join(re.findall(r"[A-Z][a-z]+", word.split(".")[0]))
        elif word.isupper() and word.isalpha() and (
                len(word) > 4 or word.lower() in ORGANISATION_WORDS):
            word = word.capitalize()
        words.append(word)
    return " ".join(words)


# Words that make a bracketed CJK closing line something other than an outlet's credit:
# an end or continuation mark ("（完）", "（未完待续）", "（つづく）", "(끝)"), a picture or
# video label ("（组图）"), "this paper"/"this site" ("（本报讯）"), a person's credit
# ("（记者 张三）", "（评论员 X）", "(홍길동 기자)"), a translator's or compiler's note.
CJK_NOT_OUTLET_WORDS = (
    "完", "待续", "待續", "未完", "全文", "图", "圖", "视频", "視頻", "续", "續", "终", "終",
    "つづく", "続く", "おわり", "끝", "계속", "사진", "영상", "本报", "本報", "本刊", "本网",
    "本網", "本台", "本站", "本社", "记者", "記者", "评论员", "評論員", "编辑", "編輯",
    "通讯员", "通訊員", "实习生", "實習生", "摄", "攝", "译", "譯", "作者", "整理", "综合",
    "綜合", "编译", "編譯", "注", "註", "附", "更新", "原题", "原題", "原标题", "原標題",
    "기자", "특파원", "편집", "정리", "번역", "筆者", "編集", "撮影", "翻訳", "文責",
)
#: How the name of a Chinese, Japanese or Korean outlet ends (the CJK counterpart of
#: ORGANISATION_WORDS): "社" agency/paper, "报"/"報" paper, "网"/"網" site, "台" station,
#: "刊"/"誌" magazine, "新闻"/"뉴스"/"ニュース"/"消息" news, "일보"/"신문" daily/paper, "방송"/"放送"
#: broadcasting, "通信"/"통신" wire; a bracketed line of other words ("（拍手）") is no credit.
CJK_ORGANISATION_ENDINGS = (
    "社", "报", "報", "网", "網", "台", "刊", "誌", "志", "新闻", "新聞", "通信", "通讯",
    "通訊", "传媒", "傳媒", "媒体", "媒體", "在线", "在線", "头条", "頭條", "财经", "財經",
    "电视", "電視", "广播", "廣播", "观察", "觀察", "ニュース", "テレビ", "放送", "新聞社",
    "뉴스", "일보", "신문", "방송", "통신", "미디어", "타임스", "경제", "消息",
)
#: ... of them, the one that names a website ("网"/"網", site).
CJK_SITE_ENDINGS = ("网", "網")
#: The word a Korean paper's company adds to the paper's name in its © line ("대전일보사",
#: "매일신문사": 사, company): the paper (대전일보) is the story's outlet.
KOREAN_COMPANY_ENDINGS = ("사",)
#: The most CJK letters an outlet the table does not know has in a bracketed sign-off.
CJK_SIGNOFF_NAME_MAX = 8
_CJK_ONLY_RE = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+$")


def _cjk_outlet_shape(name: str) -> bool:
    """A short run of CJK letters alone, ending as an organisation's name does, no end
    mark or person's credit: a bracketed closing credit names an outlet so ("【南方日报】",
    "（澎湃新闻）", "(매일경제)")."""
    return bool(_CJK_ONLY_RE.match(name)) and 2 <= len(name) <= CJK_SIGNOFF_NAME_MAX \
        and name.endswith(CJK_ORGANISATION_ENDINGS) \
        and not any(w in name for w in CJK_NOT_OUTLET_WORDS)


def has_organisation_word(name: str) -> bool:
    """``name`` holds a word that makes it an organisation's (:data:`ORGANISATION_WORDS`:
    "Valley Courier", "Hawaii News Now"), not a person's."""
    return bool(_ORG_RE.search(name))


def is_generic_name(name: str) -> bool:
    """``name`` is only words that name a kind of organisation ("News", "Agencies", "Press
    Service"; :data:`GENERIC_WORDS`) and the small words between them: no outlet's name (a
    © line's "News Limited" with its company suffix taken off leaves "News")."""
    words = name.split()
    return bool(words) and all(w.lower().strip(".,") in GENERIC_WORDS
                               or w.lower() in NAME_CONNECTORS for w in words)


def _looks_like_outlet(name: str, *, strict: bool) -> bool:
    """A name, not a phrase: a few words, letters first, neither a country ("Rostow
    (Russland) -" is a dateline's place) nor only generic words ("— Agency", "News").
    ``strict`` (a sign-off or a copyright holder, where people are named too) also wants an
    acronym, a domain, a organisation word: "David Dunkley" is a person, "zaznaczył" a verb."""
    words = name.split()
    if not words or len(words) > 6 or len(name) > 50:
        return False
    if not name[0].isalpha() and not (name[0].isdigit() and len(words) > 1
                                      and words[1][:1].isupper()):
        return False  # (a number and a capitalised name: "112 Den Haag", "20 Minutos")
    if re.search(r"[?!$€£%]|\d{5,}|\b(?:19|20)\d\d\b", name) or is_place(name):
        # (a price, a long number, a year; "112 Den Haag", "France 24" are names)
        return False
    if len(words) > 1 and name[0].islower() and "." not in words[0]:
        return False  # "(prices start at just $2,199 with code)": a phrase in brackets
    if len(_CJK_RE.findall(name)) > CJK_NAME_MAX:
        return False
    if is_generic_name(name):
        return False
    if not strict:
        return True
    if _cjk_outlet_shape(name):
        return True  # "半月谈": CJK has no capitals, acronyms or organisation words to show it
    if len(words) > 1 and any(w[0].islower() and w.lower() not in NAME_CONNECTORS for w in words):
        return False  # "Weiterlesen auf tagesschau.de" is a phrase
    if len(words) == 1 and re.fullmatch(r"[A-ZÀ-Þ]{2,6}", name):
        return True  # "KXAN"
    if len(words) == 1 and re.fullmatch(r"[A-ZÀ-Þ]{3,}[a-zß-ÿ]{2,}\w*", name):
        return True  # "ESPNcricinfo": an acronym run into a word, no person's name (round 44)
    if re.search(r"\w\.[a-z]{2,4}$", name):
        return True  # "Elpaís.cr"
    return bool(_ORG_RE.search(name))


@lru_cache(maxsize=4096)
def outlet_name(credit: str, *, strict: bool = False) -> str | None:
    """The outlet a credit names: its canonical name where the table knows it, else the
    name as credited, tidied (so one outlet keeps one spelling); None where the credit
    reads as no outlet. "dpa/lno" and "KNA/iz" name their first agency."""
    text = _SENTENCE_END_RE.split(" ".join(credit.split()), 1)[0]
    text = _CREDIT_NOISE_RE.sub("", text.strip(_EDGE))
    text = _YEARS_RE.sub(" ", text).strip(_EDGE + " ")
    if not text:
        return None
    known = canonical_source(text)
    if known:
        return as_credited(text, known)
    parts = [p.strip(_EDGE) for p in _PARTS_RE.split(text) if p.strip(_EDGE)]
    for part in parts:  # "dpa/lno", "aja/PAP": the part the table knows
        known = canonical_source(part)
        if known:
            return as_credited(part, known)
    if not parts:
        return None
    name = _tidy(parts[0])
    known = canonical_source(name) if name != parts[0] else None  # "新华社记者 X": Xinhua
    if known:
        return as_credited(name, known)
    if strict and (_COMPANY_SUFFIX_RE.search(text)  # "Eklektix, Inc.": a company, no person
                   or re.fullmatch(r"[A-ZÀ-Þ]{2,6}", parts[0])):  # "NAMPA" as "Nampa"
        strict = False
    return name if _looks_like_outlet(name, strict=strict) else None


#: Short lines shaped as joined credits ("TL;DR" reads as "TL" and DR, the Danish
#: broadcaster) that are words of the story: a summary's label.
#: So are a media or update label ("(VIDEO)", "(UPDATE)") and a few short words in
#: capitals ("— OK", "— PS", "— CEO").
NOT_SIGNOFFS = frozenset(("tl;dr", "tl; dr", "tldr", "tl:dr", "update", "updated", "updates",
                          "video", "videos", "photo", "photos", "audio", "podcast", "live",
                          "watch", "listen", "more", "ok", "ps", "pps", "ceo", "faq", "q&a"))
#: A story's end mark ("— ENDS", "(END)", "(FIN)") closes the story as a sign-off does (the
#: cleaner takes it out) but names no outlet (:func:`is_end_mark`).
END_MARKS = frozenset(("end", "ends", "the end", "fin", "fine", "ende", "koniec", "конец",
                       "konec", "slut", "loppu"))


def is_end_mark(name: str | None) -> bool:
    """``name`` (a sign-off's reading) is a story's end mark, no outlet."""
    return name is not None and name.strip(_EDGE).casefold() in END_MARKS
# An outlet the table does not know signs off only behind a dash or in brackets ("— KXAN");
# a bare line ("Latest News") is a heading.
SIGNOFF_MARK_RE = re.compile(r"^\s*(?:[—–(\[（【〔［<]|--?\s)")


# A whole line in brackets, the way Chinese, Japanese and Korean stories close with their
# credit ("（来源：人民日报）", "【共同】", "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>").
_BRACKETED_RE = re.compile(r"^\s*[(（【〔［<〈《]\s*(?P<inner>[^()（）【】〔〕［］<>〈〉《》]{2,80}?)"
                           r"\s*[)）】〕］>〉》]\s*[.。]?\s*$")
#: Words before a source label in Chinese closing lines ("本文来源：X", "文章来源：X",
#: "稿件来源：X"): the label is the same.
SOURCE_LABEL_PREFIXES = ("本文", "文章", "稿件", "新闻", "新聞", "消息", "内容", "內容", "信息")
_SOURCE_LABEL_PREFIX_RE = re.compile(
    r"^\s*(?:" + "|".join(SOURCE_LABEL_PREFIXES) + r")(?=来源|來源|出处|出處)")
#: A copyright holder's notice in Korean and Japanese closing lines ("저작권자 ⓒ 연합뉴스,
#: 무단 전재-재배포 금지", "著作権 ©共同通信"): the holder is the story's outlet.
_NOTICE_RE = re.compile(r"^\s*(?:저작권자|著作権者?|版权所有|版權所有|copyrights?)?\s*[ⓒ©]\s*"
                        r"(?:(?:19|20)\d\d\s*)?(?P<holder>(?:[^,，、.。()（）]|\.(?=\S)){2,40}?)"
                        r"\s*(?:[,，、。]|\.(?:\s|$)|$)", re.IGNORECASE)


def _unwrapped(text: str) -> str:
    """A Chinese, Japanese or Korean closing line without its whole-line brackets and the
    words before its label. (A bracketed "(Fuente: X)" in Latin script stands under a
    picture as often as under a story: it keeps its brackets and is no sign-off.)"""
    m = _BRACKETED_RE.match(text)
    inner = m.group("inner") if m and _CJK_RE.search(text) else text
    return _SOURCE_LABEL_PREFIX_RE.sub("", inner)


def cjk_notice_source(text: str) -> str | None:
    """The publisher a Chinese, Japanese or Korean copyright notice names ("Copyrights ⓒ
    스포츠조선. 무단 전재 및 재배포 금지", "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>"), or
    None: the cleaner may take such a line for a rights notice before it reads as a
    sign-off, and it still credits the story."""
    inner = _unwrapped(text)
    if not _CJK_RE.search(inner) or not _NOTICE_RE.match(inner):
        return None
    return signoff_source(text)


#: A source label opening a bracketed sign-off's name ("(Quelle: APA/sda/dpa)").
_LABEL_START_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, openers.SOURCE_LABELS)) + r")\s*[:：]\s*", re.IGNORECASE)


def signoff_source(text: str) -> str | None:
    """The outlet a sign-off line names ("— AFP", "(Reuters)", "aja/PAP", "— KXAN",
    "（共同）", "【半月谈】", "（来源：人民日报）"), or None (a person's "– David Dunkley",
    "（记者 张三）" names no outlet)."""
    if text.strip(_EDGE).casefold() in NOT_SIGNOFFS:
        return None
    inner = _unwrapped(text)
    notice = _NOTICE_RE.match(inner)
    if notice and _CJK_RE.search(inner):  # "Copyrights ⓒ 스포츠조선. 무단 전재 및 재배포 금지"
        holder = notice.group("holder")  # a notice going on ("무단 전재 ...") is a publisher's
        publisher = notice.end() < len(inner.rstrip()) \
            and bool(_CJK_ONLY_RE.match(holder.replace(" ", "")))
        return outlet_name(holder, strict=not publisher)
    if inner != text:
        shaped = credit_line_source(inner)
        if shaped is not None:
            return shaped or None
    words = len(text.split())
    if words > SIGNOFF_MAX_WORDS:
        return None
    shaped = credit_line_source(text)
    m = SIGNOFF_RE.match(text) if shaped is None else None
    joined = with_agencies(m.group("name")) if m else None  # "— Le Monde avec AFP"
    if joined:
        return joined[0]
    if shaped is not None or words > BARE_SIGNOFF_MAX_WORDS:
        return shaped or None
    if not m:
        return None
    name = m.group("name")
    parts = _PARTS_RE.split(name)
    if len(parts) > 1:  # "(Quelle: APA/sda/dpa)": the agencies from the first (a bracketed
        parts[0] = _LABEL_START_RE.sub("", parts[0])  # "(Fuente: Télam)" alone is a picture's)
    known = as_credited(name, canonical_source(name)) or next(
        (as_credited(p, c) for p in parts if (c := canonical_source(p))), None)
    if known or not SIGNOFF_MARK_RE.match(text):
        return known
    return outlet_name(name, strict=True)


#: "via" before a list of this many names or more ("(Via CNN, Fox News and ABC News)"): the
#: outlets a site's own writer read, as a list of references; the story is the site's.
VIA_LIST_MIN_NAMES = 3
_VIA_LIST_RE = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def credit_line_source(text: str) -> str | None:
    """The outlet a closing credit line names by its shape: a label ("Source: Xinhua",
    "المصدر: رويترز", "Sursa: Agerpres"), "via X", a republication notice ("This article
    is republished from The Conversation under ..."); "" for such a line that names no
    outlet ("Source: own research", "Source: Getty Images"), None for other lines."""
    m = openers.LABELLED_CREDIT_RE.match(text) or openers.REPUBLISHED_RE.match(text)
    strict = False
    if m is None:
        m = openers.VIA_CREDIT_RE.match(text)
        strict = True  # "via Jane Doe" names a person
    if m is None:
        return None
    name = m.group("name").strip()
    if name[:1].islower() and "." not in name and canonical_source(name) is None:
        return ""  # "Source: the ministry", "via email": a phrase
    if strict and len(_VIA_LIST_RE.split(name)) >= VIA_LIST_MIN_NAMES:
        return ""  # "(Via CNN, Fox News and ABC News)": the writer's references, no source
    if _DATE_LIKE_RE.search(name) and canonical_source(name) is None:
        return ""  # "Posted on Tuesday 15 October 2019": a date, no outlet
    found = outlet_name(name, strict=strict)
    if not found or found.casefold() in _PHOTO_SERVICES_FOLDED or is_data_provider(found) \
            or is_data_provider(name):
        return ""  # a picture's or a chart's credit ("Źródło: Statista.com"), no story's
    return found


def date_line_label_source(line: str) -> str | None:
    """The outlet a source label names as one segment of a date line ("22/11/2020 - 04:30 -
    Fonte: Agência Brasil - Foto: NAME/CLUB"): local sites print the agency they carry there,
    between the time and the picture's credit (under the headline; pasted into a post it is
    cut as a picture's caption, for its "Foto:"). Only when the segments before the label are
    a date alone (a sentence with a dash is no such line); None for other lines, or a label
    naming no outlet."""
    from normalizer.text.dates import split_date_line  # (dates reads the cues: imported late)

    if len(line) > credit_cues.DATE_LINE_LABEL_MAX_CHARS:
        return None
    parts = credit_cues.DATE_LINE_SEGMENTS_RE.split(line)
    for i in range(1, len(parts)):
        if openers.LABELLED_CREDIT_RE.match(parts[i]):
            is_date, rest = split_date_line(" - ".join(parts[:i]))
            return (credit_line_source(parts[i]) or None) if is_date and not rest else None
    return None


#: A date or time in a credit's name ("15 October 2019", "3/9", "18:45"): no outlet's name
#: ("112 Den Haag", "France 24" are).
_DATE_LIKE_RE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}\s*[./:-]\s*\d{1,2}|"
                           r"\b\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,}\s*$|^\d+$")
_PHOTO_SERVICES_FOLDED = frozenset(s.casefold() for s in PHOTO_SERVICES)


# --- Origin notices at the end of a story's last paragraph ---------------------------------
#: A feed's footer naming the site a post first appeared on, as blog and SEO plugins print
#: it in the site's language at the end of the post's last paragraph ("The post <title>
#: appeared first on <Site>."; German "Der Beitrag ... erschien zuerst auf", French
#: "L'article ... est apparu en premier sur", Spanish "La entrada ... se publicó primero
#: en", Italian "L'articolo ... proviene da", Portuguese "O post ... apareceu primeiro em",
#: Dutch "Het bericht ... verscheen eerst op", Romanian "Articolul/Post-ul ... apare prima
#: dată în", Polish "Artykuł ... pochodzi z serwisu", Russian "Сообщение ... появились
#: сначала на", Indonesian "Pos ... muncul pertama kali di", Czech "Příspěvek ... se
#: nejdříve objevil na", Swedish "Inlägget ... dök först upp på", Danish "Indlægget ...
#: blev først udgivet på"): the site is the story's origin.
FEED_FOOTER_RE = re.compile(
    r"(?:^|[\s.!?\"”»)])(?:the\s+post|der\s+beitrag|l['’]article|la\s+entrada|l['’]articolo|"
    r"o\s+post|het\s+bericht|post-ul|articolul|artykuł|сообщение|запись|pos|příspěvek|"
    r"inlägget|indlægget)\s+\S.{0,200}?\s+(?:appeared\s+first\s+on|erschien\s+zuerst\s+auf|"
    r"est\s+apparu\s+en\s+premier\s+sur|se\s+publicó\s+primero\s+en|proviene\s+da|"
    r"apareceu\s+primeiro\s+em|verscheen\s+eerst\s+op|apare\s+prima\s+dat[ăa]\s+(?:în|pe)|"
    r"a\s+apărut\s+prima\s+dat[ăa]\s+(?:în|pe)|pochodzi\s+z\s+serwisu|"
    r"появил(?:ись|ось|ся|ась)\s+сначала\s+на|muncul\s+pertama\s+kali\s+di|"
    r"se\s+nejdříve\s+objevil\s+na|dök\s+först\s+upp\s+på|blev\s+først\s+udgivet\s+på)\s+"
    r"(?P<name>\S(?:[^.!?]|\.(?=\w)){0,60}?)\s*[.!]?\s*$", re.IGNORECASE)
#: A Chinese story's closing note naming the periodical it was first printed in
#: ("（刊于《半月谈》2019年第24期）", "（原载《人民日报》）", "（本文原载于《X》）",
#: "（转载自《X》）"): the periodical is the story's origin (a site's "来源：" label names
#: the site that carries it).
CJK_PRINTED_IN_RE = re.compile(
    r"[（(]\s*(?:本文)?(?:原?刊(?:于|於|登于|登於|载于|載於)|原载(?:于)?|原載(?:於)?|"
    r"发表于|發表於|转载自|轉載自|选自|選自)\s*《(?P<name>[^《》]{1,20})》[^（）()]{0,30}[）)]"
    r"\s*[。.]?\s*$")

#: A portal's line under a story it carries from a sister paper, naming the paper's site and
#: then the story's first title (Indonesian "Artikel ini telah tayang di TribunPadang.com
#: dengan judul ...", "Berita ini telah dimuat di X"): the paper is the story's origin.
CARRIED_FROM_RE = re.compile(
    r"^\s*(?:artikel|berita|tulisan|konten)\s+ini\s+(?:telah\s+|sudah\s+)?"
    r"(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)(?:\s+pertama\s+kali)?\s+(?:di|pada)\s+"
    r"(?P<name>\S+(?:\s+\S+){0,2}?)\s*(?:\bdengan\s+judul\b|[.,:]?\s*$)", re.IGNORECASE)

#: A Japanese story's closing note naming the magazine issue it was first printed in
#: ("『FRIDAY』2024年5月10・17日号より", "『週刊文春』4月号より", "「AERA」2024年1月1日号から"):
#: the magazine (in its title brackets) is the story's origin.
JA_PRINTED_ISSUE_RE = re.compile(
    r"^\s*[『「](?P<name>[^』」]{1,30})[』」]\s*[^『』「」]{0,30}?号\s*(?:より|から|掲載)\s*[。.]?\s*$")
#: Words a magazine's or paper's web edition adds to its name ("FRIDAYデジタル", "AERA
#: dot.", "Newsweek Online"): a line that is the origin's name and one of these names the
#: web edition that carries the story, the name its site goes by.
WEB_EDITION_WORDS = ("デジタル", "オンライン", "ウェブ", "電子版", "digital", "online", "web",
                     "dot.", "plus", "+")
WEB_EDITION_MAX_CHARS = 40


def web_edition(name: str, lines: list[str]) -> str | None:
    """The line of ``lines`` that is ``name`` followed by a word of :data:`WEB_EDITION_WORDS`
    ("FRIDAYデジタル" for the magazine FRIDAY), or None."""
    for line in lines:
        text = line.strip()
        if len(text) > WEB_EDITION_MAX_CHARS or not text.casefold().startswith(name.casefold()):
            continue
        rest = text[len(name):].strip().casefold()
        if rest in WEB_EDITION_WORDS:
            return text
    return None


def origin_notice(text: str) -> str | None:
    """The outlet an origin notice at the end of ``text`` names (a feed's footer "The post
    X appeared first on Y", a Chinese "（刊于《X》...）", a Japanese "『X』...号より", a portal's
    "Artikel ini telah tayang di X dengan judul ..."), or None."""
    m = CJK_PRINTED_IN_RE.search(text) or PRINT_EDITION_RE.match(text) \
        or JA_PRINTED_ISSUE_RE.match(text)
    if m:
        return canonical_source(m.group("name")) or m.group("name").strip()
    m = FEED_FOOTER_RE.search(text) or CARRIED_FROM_RE.match(text)
    if m:
        return outlet_name(m.group("name"))
    return run_in_copyright(text)


#: A copyright notice run into the end of a paragraph, its own line joined to the one above
#: (a translator's line, then ``<br>`` and "Copyright: Project Syndicate, 2025"): the sign,
#: "Copyright" or "(c)" after the paragraph's other words (a notice alone on its line is
#: the cleaner's copyright line, read with the page's chrome), the holder, a year before
#: or after it, nothing behind.
RUN_IN_COPYRIGHT_RE = re.compile(
    r"(?:(?<=[^\W\d_]\s)|(?<=[.!?»\"”)]\s))(?:©|ⓒ|\(c\)|(?i:copyright)\b)\s*:?\s*"
    r"(?:(?:19|20)\d\d\s*,?\s*)?(?P<name>[^\W\d_][^\d©:;|()]{1,40}?)"
    r"(?:\s*,?\s*(?:19|20)\d\d)?\s*\.?\s*$")


def run_in_copyright(text: str) -> str | None:
    """The outlet a copyright notice closing ``text`` holds (:data:`RUN_IN_COPYRIGHT_RE`),
    where the outlets table knows it: a syndicate's or an agency's notice under the story
    it lent ("... Aus dem Englischen von X Copyright: Project Syndicate, 2025"). Only a
    known holder: a person's or a company's notice names no outlet; a picture's credit
    ("Foto: © X") is no story's."""
    m = RUN_IN_COPYRIGHT_RE.search(text)
    if m is None or openers.PHOTO_LABEL_RE.search(
            text[max(0, m.start() - PHOTO_LABEL_LOOKBACK):m.start()]):
        return None
    known = canonical_source(m.group("name").strip(_EDGE))
    return as_credited(m.group("name"), known) if known else None


#: How many characters before a run-in copyright notice are read for a picture's label.
PHOTO_LABEL_LOOKBACK = 12


# --- A source label and its value apart -----------------------------------------------------
#: A source label alone in its element or paragraph, its value in the next one ("المصدر:"
#: then "(أبوظبي - البيان)", "Источник:" then "УНН"): the labels of
#: :data:`normalizer.cues.openers.SOURCE_LABELS` with their colon and nothing after.
SOURCE_LABEL_ALONE_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, openers.SOURCE_LABELS)) + ")"
    + credit_cues.SOURCE_LABEL_ALONE_TAIL + "|" + openers.ARTICLE_SOURCE_HEADING_RE.pattern,
    re.IGNORECASE)


def slot_value_source(value: str) -> str | None:
    """The outlet a source label's value names: "(Place - Outlet)" gives the outlet."""
    value = " ".join(value.split())
    if not value or len(value) > credit_cues.SLOT_VALUE_MAX_CHARS:
        return None
    m = credit_cues.PLACE_OUTLET_RE.match(value)
    name = m.group("name") if m else value.strip("() ")
    return as_written(as_credited(name, canonical_source(name)), [name]) or outlet_name(name)


# --- An agency's own site in its wire's dateline ---------------------------------------------
#: The word that ends a Chinese news agency's name ("新华社", "中新社": "agency"), where its
#: web site's name ends with :data:`CJK_SITE_ENDINGS` instead ("新华网", "中新网").
CJK_AGENCY_ENDINGS = ("社",)


def wire_of_site(name: str) -> str | None:
    """The wire agency whose own web site the outlet ``name`` is, by the site's Chinese
    name ("Xinhuanet": "新华网" is "新华社"'s site), or None: a wired dateline the site
    prints ("新华网长春12月9日电") is the agency's wire."""
    for outlet in _by_name().get(name, ()):
        for alias in outlet.aliases:
            if alias[-1:] in CJK_SITE_ENDINGS and len(alias) > 2:
                found = next((c for end in CJK_AGENCY_ENDINGS
                              if (c := canonical_source(alias[:-1] + end)) in wire_names()),
                             None)
                if found:
                    return found
    return None


# --- A Chinese "comes from" credit on a meta line ------------------------------------------
#: A Chinese meta line's credit written as a verb, with no colon ("本文来源于新华社 2012年01月11日
#: 15:48 我要评论（0）": "this article comes from Xinhua", then the date and a comment link):
#: the words of :data:`SOURCE_LABEL_PREFIXES` may stand before it; the name runs to the
#: first space or punctuation.
CJK_FROM_LABEL_RE = re.compile(
    r"^\s*(?:" + "|".join(SOURCE_LABEL_PREFIXES) + r")?(?:来源于|來源於|来源自|來源自)\s*"
    r"(?P<name>[\u3040-\u30ff\u3400-\u9fffA-Za-z][\u3040-\u30ff\u3400-\u9fffA-Za-z.]{1,"
    + str(CJK_NAME_MAX) + r"})(?=\s|[，,。、|｜（(]|$)")


def cjk_from_label_source(text: str) -> str | None:
    """The outlet a Chinese "本文来源于X" credit names (:data:`CJK_FROM_LABEL_RE`), as the table
    knows it or as an outlet's name is shaped; None for other lines."""
    m = CJK_FROM_LABEL_RE.match(text)
    if m is None:
        return None
    name = m.group("name")
    return as_credited(name, canonical_source(name)) or outlet_name(name, strict=True)


# --- A Chinese byline naming the outlet's desk ----------------------------------------------
#: Words of a Chinese newsroom desk or role that follow the outlet's name in a byline slot
#: ("上報快訊／范姜佳鈺": Up Media's flash desk, then the reporter; "自由時報記者X／台北報導",
#: "ETtoday新聞雲記者X／綜合報導"): the name before them is the story's outlet.
CJK_DESK_WORDS = ("快訊", "快讯", "即時", "即时", "新聞雲", "新闻云", "新聞網", "新闻网",
                  "記者", "记者", "特派員", "特派员", "特約記者", "特约记者", "編譯", "编译",
                  "綜合報導", "综合报道", "專題", "专题")
CJK_DESK_BYLINE_RE = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,8}?|[A-Za-z][\w.]{1,20}?)(?:"
    + "|".join(map(re.escape, sorted(CJK_DESK_WORDS, key=len, reverse=True)))
    + r")[^／/|｜\s]{0,8}\s*[／/|｜]\s*\S")


def cjk_desk_outlet(line: str) -> str | None:
    """The outlet a Chinese byline names before its desk or reporter ("上報快訊／范姜佳鈺":
    上報), or None."""
    m = CJK_DESK_BYLINE_RE.match(line)
    if m is None:
        return None
    name = m.group("name")
    return as_written(canonical_source(name), [name]) or name


#: A Chinese story's lead naming the outlet that reports it, then "讯" (news, report) and a
#: comma or colon ("证券时报e公司讯，...": the paper, its desk's name, "讯"; "人民网讯："), or
#: in lenticular brackets opening the lead ("【财新网】9月26日，..."):
#: the outlet is the lead's longest start shaped as an outlet's name. "本报讯" ("this paper
#: reports") names none (:data:`CJK_NOT_OUTLET_WORDS`).
CJK_NEWS_LEAD_RE = re.compile(r"^\s*(?P<lead>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,11}?)讯\s*[，,：:]"
                              # ... or in lenticular brackets opening the lead ("【财新网】9月26日，")
                              r"|^[\s\u3000]*【(?P<bracket>[^【】\s]{2,12})】(?=\S)")


def cjk_news_lead(text: str) -> str | None:
    """The outlet a Chinese lead names before its "讯" (see :data:`CJK_NEWS_LEAD_RE`)."""
    m = CJK_NEWS_LEAD_RE.match(text[:20])
    if m is None:
        return None
    if m.group("bracket"):
        name = m.group("bracket")
        known = canonical_source(name)
        if known:
            return as_written(known, [name])
        return outlet_name(name, strict=True) if _cjk_outlet_shape(name) else None
    lead = m.group("lead")
    for end in range(len(lead), 1, -1):
        known = canonical_source(lead[:end])
        if known or _cjk_outlet_shape(lead[:end]):
            return as_written(known, [lead]) if known else outlet_name(lead[:end], strict=True)
    return None


def ending_source(text: str) -> str | None:
    """The outlet whose known spelling ends ``text`` ("By Jane Doe and John Roe The
    Associated Press": AP), or None."""
    index = _index()
    text = text.strip(_EDGE)
    if index.scan is None:
        return None
    found = None
    for m in index.scan.finditer(text):
        found = index.scanned[m.group(0)] if m.end() == len(text) else found
    return found


# --- An agency's sign-off in brackets closing a paragraph ----------------------------------
#: A sign-off in brackets after the last sentence, as Italian, German and Spanish wires
#: close a story ("... contro i 222 di Donald Trump. (ANSA).", "... Tagesschau“).
#: (dpa)"): read for an outlet the table knows, the brackets holding nothing else.
TRAILING_BRACKET_SIGNOFF_RE = re.compile(
    r"[.!?\"”»“)]\s*\((?P<name>[^()\d\n]{2,30}?)\)\s*\.?$")


def bracket_signed(text: str) -> bool:
    """Whether ``text`` closes on an outlet the table knows in brackets after its last
    sentence ("... skeptisch geäußert. (dpa)"): a story's last paragraph, never a title."""
    m = TRAILING_BRACKET_SIGNOFF_RE.search(text) if text.rstrip()[-1:] in ")." else None
    return m is not None and canonical_source(m.group("name")) is not None


# --- A source label closing a longer credit line -------------------------------------------
#: A source label and its name ending a longer credit line ("© Licencja na publikację ©
#: Wszystkie prawa zastrzeżone Źródło: rp.pl", "All rights reserved. Source: X"): the name
#: is the story's source, as the label alone on its line would give it.
TRAILING_LABEL_RE = re.compile(
    r"(?:^|[\s.;|·])(?:" + "|".join(map(re.escape, openers.SOURCE_LABELS)) + r")\s*[:：]\s*"
    r"(?P<name>[^\W\d_](?:[^.:：;|()]|\.(?=[a-z]{2,6}\b)){1,40}?)\s*\.?\s*$", re.IGNORECASE)


def trailing_label_source(text: str) -> str | None:
    """The outlet a source label ending ``text`` names ("... Źródło: rp.pl"), or None (a
    chart's data provider, a picture service or a phrase names none)."""
    m = TRAILING_LABEL_RE.search(text)
    return (credit_line_source(f"Source: {m.group('name')}") or None) if m else None


#: A newspaper's print-edition line closing a story printed in it ("Газета «Коммерсантъ» №84
#: от 15.05.2025, стр. 1", "Журнал «X» №5"): the paper is the story's origin.
PRINT_EDITION_RE = re.compile(
    r"^\s*(?:Газета|Газ\.|Журнал|Еженедельник|Часопис)\s+[«\"“](?P<name>[^»\"”]{2,40})[»\"”]"
    r"\s*(?:№|N|No\.?)\s*\d+")


# --- An agency's own taglines under its story -----------------------------------------------
#: Lines a wire agency's copy carries under the story, naming the agency as the teller: its
#: writers' contribution credit ("Associated Press writer John Leicester in Paris
#: contributed to this report.", "Reuters reporter X contributed") and its coverage link
#: ("Follow AP's coverage of the pandemic at https://apnews.com/..."), and its notice on
#: what it serves its subscribers (round 24: Anadolu's). Read only for an
#: agency the outlets table knows as one.
AGENCY_TAGLINE_RES = (
    re.compile(r"(?:^[\s—–-]*|(?<=[.!?]\s))(?P<name>[A-Z](?:[\w'’ -]|\.(?=\w)){1,40}?)\s+(?:staff\s+)?"
               r"(?:writers?|reporters?|correspondents?|journalists?|photographers?)\s+\S.{1,200}?"
               r"\s+contributed\b"),  # (a sentence of its own, also after "X reported from P.")
    re.compile(r"^\s*(?:Follow|See|Read)\s+(?P<name>[A-Z][\w.'’ -]{1,30}?)['’]s\s+(?:full\s+)?"
               r"coverage\b.{0,120}?\s(?:at|on)\s+https?://", re.IGNORECASE),
    # its notice on what its subscribers get ("Anadolu Ajansı web sitesinde, AA Haber Akış
    # Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır.":
    # the agency's site shows summaries of the news its wire serves its subscribers)
    re.compile(r"^\s*(?P<name>[^\W\d_][\w.'’ -]{1,40}?)\s+(?:web\s+sitesinde|internet\s+"
               r"sitesinde)\b.{0,160}?\babone(?:ler|lerine|lere)\b", re.IGNORECASE),
)


def agency_tagline(text: str) -> str | None:
    """The agency whose own tagline ``text`` is (see :data:`AGENCY_TAGLINE_RES`), or None."""
    for rx in AGENCY_TAGLINE_RES:
        m = rx.search(text)
        if m:
            found = canonical_source(m.group("name"))
            if found in wire_names():
                return found
    return None


# --- A person's name and an agency's, with no separator -------------------------------------
#: A person's name: two to four words, each starting with a letter, in capitals but for
#: the particles of names ("Maria da Silva", "Ludwig van Beethoven").
_PERSON_NAME_RE = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*$")
NAME_PARTICLES = frozenset(("de", "del", "della", "da", "das", "do", "dos", "di", "du", "la",
                            "le", "van", "von", "der", "den", "ter", "bin", "al", "el", "y"))


def person_then_agency(text: str) -> str | None:
    """The news agency an author slot names after its writer with no separator between
    them ("Narayana Kocherlakota Bloomberg", the syndicated column's credit slot), or None:
    the slot's last words are an agency's whole name the table knows, the words before them
    a person's name (a name ending in a word that is an outlet's, such as "Jane Kurier",
    names no agency). Read on every author slot: whole-name lookups only, no scan."""
    found = person_and_agency(text)
    return found[1] if found else None


def person_and_agency(text: str) -> tuple[str, str] | None:
    """(writer, agency) of :func:`person_then_agency`'s slot: the byline is the person."""
    words = text.split()
    if not 3 <= len(words) <= PERSON_AGENCY_MAX_WORDS or any(c.isdigit() for c in text):
        return None
    whole_only = _whole_only()
    for k in range(min(4, len(words) - 2), 0, -1):
        tail = " ".join(words[-k:]).strip(_EDGE)
        if tail.casefold() in whole_only:
            continue
        agency = _exact(tail) or _exact(re.sub(r"^the\s+", "", tail, flags=re.I))
        if agency is None or agency not in wire_names():
            continue
        head = " ".join(words[:-k]).strip(_EDGE)
        if not head or not _PERSON_NAME_RE.match(head) or not head[0].isupper() \
                or not all(w[0].isupper() or w in NAME_PARTICLES for w in head.split()) \
                or canonical_source(head) is not None:
            return None
        return head, agency
    return None


#: The most words a person's name and an agency's together hold in an author slot.
PERSON_AGENCY_MAX_WORDS = 8
