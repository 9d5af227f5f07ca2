"""Outlet names: which outlet a string names, by the aliases of :mod:`normalizer.data.sources`."""
from __future__ import annotations

import re
from functools import lru_cache

from normalizer.data import cues
from normalizer.data.sources import SOURCES


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
