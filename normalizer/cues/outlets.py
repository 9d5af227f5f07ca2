"""Outlets and agencies tagwire can name, with the spellings that identify them.

One row per canonical name: ``(canonical, aliases)``. Aliases are matched as whole
words, case-sensitively when they are short all-caps acronyms ("AP", "AFP": "ap" is a
word of several languages) and case-insensitively otherwise. The canonical names follow
``../shared/eval/FORMAT.md`` (agencies by their usual abbreviation, other outlets by
their usual name with the article). To teach tagwire a new outlet, add a row here.

``AGENCIES`` lists the wire services: the names that may appear in a "Based on reporting
by ..." line as credits (other names there are people, and go to the byline).
"""
from __future__ import annotations

import re
from functools import lru_cache

from normalizer.cues import text as cues

SOURCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Wire services
    ("Reuters", ("Reuters", "REUTERS", "Thomson Reuters")),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press")),
    ("AP", ("AP", "Associated Press", "The Associated Press")),
    ("Bloomberg", ("Bloomberg", "Bloomberg News")),
    ("RFE/RL", ("RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe", "Radio Liberty")),
    ("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur")),
    ("TASS", ("TASS", "Tass", "ITAR-TASS", "ТАСС")),
    ("RIA Novosti", ("RIA Novosti", "RIA", "РИА Новости")),
    ("Interfax", ("Interfax", "Интерфакс")),
    ("Xinhua", ("Xinhua", "XINHUA", "Xinhua News Agency")),
    ("Kyodo", ("Kyodo", "Kyodo News")),
    ("Yonhap", ("Yonhap", "Yonhap News Agency")),
    ("EFE", ("EFE", "Agencia EFE")),
    ("ANSA", ("ANSA",)),
    ("UPI", ("UPI", "United Press International")),
    ("Anadolu", ("Anadolu", "Anadolu Agency", "AA")),
    ("PTI", ("PTI", "Press Trust of India")),
    ("AAP", ("AAP", "Australian Associated Press")),
    ("KNA", ("KNA", "Katholische Nachrichten-Agentur")),
    ("epd", ("epd",)),
    ("Europa Press", ("Europa Press",)),
    ("Sputnik", ("Sputnik",)),
    ("Ukrinform", ("Ukrinform",)),
    ("Kyiv Independent", ("Kyiv Independent", "The Kyiv Independent")),
    # Newspapers, magazines, broadcasters
    ("The Telegraph", ("The Telegraph", "Telegraph", "The Daily Telegraph", "Daily Telegraph")),
    ("Newsweek", ("Newsweek",)),
    ("Haaretz", ("Haaretz",)),
    ("The Jerusalem Post", ("The Jerusalem Post", "Jerusalem Post", "JPost")),
    ("The Times of Israel", ("The Times of Israel", "Times of Israel")),
    ("The New York Times", ("The New York Times", "New York Times", "NYT")),
    ("The Washington Post", ("The Washington Post", "Washington Post")),
    ("The Wall Street Journal", ("The Wall Street Journal", "Wall Street Journal", "WSJ")),
    ("Financial Times", ("Financial Times", "The Financial Times", "FT")),
    ("The Guardian", ("The Guardian", "Guardian")),
    ("The Independent", ("The Independent",)),
    ("The Times", ("The Times",)),
    ("The Economist", ("The Economist",)),
    ("Politico", ("Politico", "POLITICO")),
    ("Axios", ("Axios",)),
    ("CNN", ("CNN",)),
    ("BBC", ("BBC", "BBC News")),
    ("NPR", ("NPR",)),
    ("ABC News", ("ABC News",)),
    ("CBS News", ("CBS News",)),
    ("NBC News", ("NBC News",)),
    ("Fox News", ("Fox News",)),
    ("Sky News", ("Sky News",)),
    ("Al Jazeera", ("Al Jazeera", "Al-Jazeera", "Aljazeera")),
    ("Euronews", ("Euronews",)),
    ("France 24", ("France 24", "FRANCE 24")),
    ("Deutsche Welle", ("Deutsche Welle", "DW")),
    ("Der Spiegel", ("Der Spiegel", "Spiegel", "SPIEGEL")),
    ("Die Zeit", ("Die Zeit", "ZEIT ONLINE")),
    ("Frankfurter Allgemeine", ("Frankfurter Allgemeine", "FAZ")),
    ("Süddeutsche Zeitung", ("Süddeutsche Zeitung",)),
    ("Le Monde", ("Le Monde",)),
    ("Le Figaro", ("Le Figaro",)),
    ("El País", ("El País", "El Pais")),
    ("El Mundo", ("El Mundo",)),
    ("Kommersant", ("Kommersant", "Коммерсантъ")),
    ("The Moscow Times", ("The Moscow Times", "Moscow Times")),
    ("Meduza", ("Meduza",)),
    ("South China Morning Post", ("South China Morning Post", "SCMP")),
    ("The Japan Times", ("The Japan Times", "Japan Times")),
    ("The Hindu", ("The Hindu",)),
    ("Times of India", ("Times of India", "The Times of India")),
    ("Voice of America", ("Voice of America", "VOA")),
)

#: Wire services: credited agencies rather than writers.
AGENCIES: frozenset[str] = frozenset({
    "Reuters", "AFP", "AP", "Bloomberg", "RFE/RL", "dpa", "TASS", "RIA Novosti", "Interfax",
    "Xinhua", "Kyodo", "Yonhap", "EFE", "ANSA", "UPI", "Anadolu", "PTI", "AAP", "KNA", "epd",
    "Europa Press", "Sputnik", "Ukrinform",
})


def _alias_pattern() -> list[tuple[re.Pattern, str]]:
    rows = []
    for canonical, aliases in SOURCES:
        for alias in aliases:
            flags = 0 if (alias.isupper() and len(alias) <= 5) or alias.islower() else re.IGNORECASE
            rows.append((len(alias), re.compile(r"(?<![\w/])" + re.escape(alias) + r"(?![\w/])", flags), canonical))
    rows.sort(key=lambda r: -r[0])
    return [(rx, canonical) for _, rx, canonical in rows]


_ALIASES = _alias_pattern()


@lru_cache(maxsize=2048)
def canonical_source(name: str) -> str | None:
    """The canonical outlet for ``name`` when the whole of it names one ("Reuters", "The AP")."""
    name = re.sub(r"^(?:the\s+)?", "", name.strip(" .,:;|—–-()"), flags=re.I)
    for rx, canonical in _ALIASES:
        m = rx.search(name)
        if m and len(name) - (m.end() - m.start()) <= 4:
            return canonical
    return None


def find_source(text: str) -> str | None:
    """The first outlet named anywhere in ``text``."""
    best = None
    for rx, canonical in _ALIASES:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canonical)
    return best[1] if best else None


def signoff_source(text: str) -> str | None:
    """The outlet a sign-off line names ("— AFP", "(Reuters)"), or None."""
    if len(text.split()) > cues.SIGNOFF_MAX_WORDS:
        return None
    m = cues.SIGNOFF_RE.match(text)
    if not m:
        return None
    first = re.split(r"\s*[/,&]\s*|\s+and\s+", m.group("name"))[0]
    return canonical_source(first)
