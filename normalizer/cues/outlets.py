"""Outlets and agencies tagwire can name: one table, and the lookups that read it.

One :class:`Outlet` per canonical name, with the spellings that identify it in text
(``aliases``), whether it is a wire service (``wire``: credited in "Based on reporting
by AP, AFP" lines, and named by closing lines such as "Mit Material von dpa" / "Avec
AFP"), and how photo desks spell it in picture credits (``photo``: "REUTERS/Adnan
Abidi"). Aliases are matched as whole words, case-sensitively when they are short
all-caps acronyms ("AP", "AFP": "ap" is a word of several languages) and
case-insensitively otherwise. The canonical names follow the evaluation format
(agencies by their usual abbreviation, other outlets by their usual name with the
article).

To teach tagwire a new outlet, add a row here: attribution, credits, sign-offs, story
end lines and photo credits all read this table (``tests/test_where_things_live.py``
proves it). Photo services that are not news outlets (Getty, EPA, pool photographers)
are in ``PHOTO_SERVICES`` below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Outlet:
    """A news outlet or agency, as it is named in posts."""

    name: str                      # canonical name (the record's ``source`` / ``credits``)
    aliases: tuple[str, ...]       # spellings that name it in text
    wire: bool = False             # a wire service: credited rather than a writer
    photo: tuple[str, ...] = ()    # spellings in photo credits ("REUTERS/…", "AP Photo/…")


OUTLETS: tuple[Outlet, ...] = (
    # Wire services
    Outlet("Reuters", ("Reuters", "REUTERS", "Thomson Reuters"), wire=True, photo=("REUTERS", "Reuters")),
    Outlet("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press"), wire=True, photo=("AFP",)),
    Outlet("AP", ("AP", "Associated Press", "The Associated Press"), wire=True, photo=("AP", "AP Photo")),
    Outlet("Bloomberg", ("Bloomberg", "Bloomberg News"), wire=True, photo=("BLOOMBERG", "Bloomberg")),
    Outlet("RFE/RL", ("RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe", "Radio Liberty"), wire=True),
    Outlet("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur"), wire=True, photo=("DPA", "dpa")),
    Outlet("TASS", ("TASS", "Tass", "ITAR-TASS", "ТАСС"), wire=True, photo=("TASS",)),
    Outlet("RIA Novosti", ("RIA Novosti", "RIA", "РИА Новости"), wire=True, photo=("RIA NOVOSTI",)),
    Outlet("Interfax", ("Interfax", "Интерфакс"), wire=True),
    Outlet("Xinhua", ("Xinhua", "XINHUA", "Xinhua News Agency"), wire=True, photo=("XINHUA", "Xinhua")),
    Outlet("Kyodo", ("Kyodo", "Kyodo News"), wire=True, photo=("KYODO", "Kyodo")),
    Outlet("Yonhap", ("Yonhap", "Yonhap News Agency"), wire=True, photo=("YONHAP", "Yonhap")),
    Outlet("EFE", ("EFE", "Agencia EFE"), wire=True, photo=("EFE",)),
    Outlet("ANSA", ("ANSA",), wire=True, photo=("ANSA",)),
    Outlet("UPI", ("UPI", "United Press International"), wire=True, photo=("UPI",)),
    Outlet("Anadolu", ("Anadolu", "Anadolu Agency", "AA"), wire=True, photo=("ANADOLU",)),
    Outlet("PTI", ("PTI", "Press Trust of India"), wire=True),
    Outlet("AAP", ("AAP", "Australian Associated Press"), wire=True, photo=("AAP",)),
    Outlet("KNA", ("KNA", "Katholische Nachrichten-Agentur"), wire=True),
    Outlet("epd", ("epd",), wire=True),
    Outlet("Europa Press", ("Europa Press",), wire=True),
    Outlet("Sputnik", ("Sputnik",), wire=True, photo=("SPUTNIK", "Sputnik")),
    Outlet("Ukrinform", ("Ukrinform",), wire=True),
    Outlet("Kyiv Independent", ("Kyiv Independent", "The Kyiv Independent")),
    # Newspapers, magazines, broadcasters
    Outlet("The Telegraph", ("The Telegraph", "Telegraph", "The Daily Telegraph", "Daily Telegraph")),
    Outlet("Newsweek", ("Newsweek",)),
    Outlet("Haaretz", ("Haaretz",)),
    Outlet("The Jerusalem Post", ("The Jerusalem Post", "Jerusalem Post", "JPost")),
    Outlet("The Times of Israel", ("The Times of Israel", "Times of Israel")),
    Outlet("The New York Times", ("The New York Times", "New York Times", "NYT")),
    Outlet("The Washington Post", ("The Washington Post", "Washington Post")),
    Outlet("The Wall Street Journal", ("The Wall Street Journal", "Wall Street Journal", "WSJ")),
    Outlet("Financial Times", ("Financial Times", "The Financial Times", "FT")),
    Outlet("The Guardian", ("The Guardian", "Guardian")),
    Outlet("The Independent", ("The Independent",)),
    Outlet("The Times", ("The Times",)),
    Outlet("The Economist", ("The Economist",)),
    Outlet("Politico", ("Politico", "POLITICO")),
    Outlet("Axios", ("Axios",)),
    Outlet("CNN", ("CNN",)),
    Outlet("BBC", ("BBC", "BBC News")),
    Outlet("NPR", ("NPR",)),
    Outlet("ABC News", ("ABC News",)),
    Outlet("CBS News", ("CBS News",)),
    Outlet("NBC News", ("NBC News",)),
    Outlet("Fox News", ("Fox News",)),
    Outlet("Sky News", ("Sky News",)),
    Outlet("Al Jazeera", ("Al Jazeera", "Al-Jazeera", "Aljazeera")),
    Outlet("Euronews", ("Euronews",)),
    Outlet("France 24", ("France 24", "FRANCE 24")),
    Outlet("Deutsche Welle", ("Deutsche Welle", "DW")),
    Outlet("Der Spiegel", ("Der Spiegel", "Spiegel", "SPIEGEL")),
    Outlet("Die Zeit", ("Die Zeit", "ZEIT ONLINE")),
    Outlet("Frankfurter Allgemeine", ("Frankfurter Allgemeine", "FAZ")),
    Outlet("Süddeutsche Zeitung", ("Süddeutsche Zeitung",)),
    Outlet("Le Monde", ("Le Monde",)),
    Outlet("Le Figaro", ("Le Figaro",)),
    Outlet("El País", ("El País", "El Pais")),
    Outlet("El Mundo", ("El Mundo",)),
    Outlet("Kommersant", ("Kommersant", "Коммерсантъ")),
    Outlet("The Moscow Times", ("The Moscow Times", "Moscow Times")),
    Outlet("Meduza", ("Meduza",)),
    Outlet("South China Morning Post", ("South China Morning Post", "SCMP")),
    Outlet("The Japan Times", ("The Japan Times", "Japan Times")),
    Outlet("The Hindu", ("The Hindu",)),
    Outlet("Times of India", ("Times of India", "The Times of India")),
    Outlet("Voice of America", ("Voice of America", "VOA")),
)

#: Photo desks and picture services that are not news outlets, as photo credits spell them
#: (the outlets' own spellings are their rows' ``photo``).
PHOTO_SERVICES: tuple[str, ...] = (
    "EPA", "EPA-EFE", "GETTY IMAGES", "Getty Images", "Getty", "POOL", "Pool", "KCNA",
    "picture alliance", "picture-alliance", "SIPA", "NurPhoto", "SHUTTERSTOCK", "Shutterstock",
    "IMAGO", "imago", "Alamy", "ABACA", "ZUMA", "PA", "PA Wire", "KREMLIN", "Kremlin",
    "WIKIMEDIA", "Wikimedia Commons", "Flickr", "iStock",
)


def wire_services() -> tuple[str, ...]:
    """The canonical names of the wire services."""
    return tuple(o.name for o in OUTLETS if o.wire)


def photo_credit_names() -> tuple[str, ...]:
    """Every spelling a photo credit may use: the outlets' and the picture services'."""
    return tuple(s for o in OUTLETS for s in o.photo) + PHOTO_SERVICES


# A story's sign-off naming its source on a line of its own: "— AFP", "(Reuters)",
# "-- Bloomberg", "Reuters/AFP". At most this many words.
SIGNOFF_RE = re.compile(r"^[\s(\[—–-]*(?P<name>[^()\[\]—–]{2,40}?)[\s)\]—–.-]*$")
SIGNOFF_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[re.Pattern[str], str]]:
    """Every alias as a whole-word pattern, longest first (built on first use, so a table
    extended before the first lookup is read whole)."""
    rows = []
    for outlet in OUTLETS:
        canonical = outlet.name
        for alias in outlet.aliases:
            flags = 0 if (alias.isupper() and len(alias) <= 5) or alias.islower() else re.IGNORECASE
            rx = re.compile(r"(?<![\w/])" + re.escape(alias) + r"(?![\w/])", flags)
            rows.append((len(alias), rx, canonical))
    rows.sort(key=lambda r: -r[0])
    return [(rx, canonical) for _, rx, canonical in rows]


@lru_cache(maxsize=2048)
def canonical_source(name: str) -> str | None:
    """The canonical outlet for ``name`` when the whole of it names one ("Reuters", "The AP")."""
    name = re.sub(r"^(?:the\s+)?", "", name.strip(" .,:;|—–-()"), flags=re.I)
    for rx, canonical in _aliases():
        m = rx.search(name)
        if m and len(name) - (m.end() - m.start()) <= 4:
            return canonical
    return None


def find_source(text: str) -> str | None:
    """The first outlet named anywhere in ``text``."""
    best = None
    for rx, canonical in _aliases():
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canonical)
    return best[1] if best else None


def signoff_source(text: str) -> str | None:
    """The outlet a sign-off line names ("— AFP", "(Reuters)"), or None."""
    if len(text.split()) > SIGNOFF_MAX_WORDS:
        return None
    m = SIGNOFF_RE.match(text)
    if not m:
        return None
    first = re.split(r"\s*[/,&]\s*|\s+and\s+", m.group("name"))[0]
    return canonical_source(first)
