"""Country names in many languages: what a credit in brackets names when it is no outlet.

A dateline "Rostow (Russland) - ..." has the shape of "NAPA COUNTY, Calif. (KGO) -- ...":
a place, then a name in brackets. The name in brackets is the outlet unless it is a
place, and a table of outlets never tells which (a local station the table does not know
looks like any other word). ``places.tsv`` beside this module lists the countries and a
few unions of the world in the languages of the news tagwire reads, one a line, generated
from the Unicode CLDR territory names that Babel ships (Babel is installed with trafilatura
through courlan; regenerate with ``python -m normalizer.text.places --write``), plus the
abbreviations newsrooms write ("USA", "EE.UU.", "США") from :data:`ABBREVIATIONS`.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("places.tsv")

#: The languages whose country names the table holds (ISO 639-1).
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "hr", "sl", "ro", "hu",
             "el", "tr", "ru", "uk", "bg", "sr", "sv", "da", "nb", "fi", "ar", "fa", "he", "hi",
             "bn", "zh", "ja", "ko", "id", "vi", "th", "sw")
#: Short forms of country names in datelines, which CLDR does not list.
ABBREVIATIONS = ("USA", "U.S.", "U.S.A.", "US", "UK", "U.K.", "UAE", "EU", "DRC", "RDC", "DDR",
                 "BRD", "EEUU", "EE.UU.", "EUA", "РФ", "США", "ОАЭ", "КНР", "ЕС", "PRC", "ROK",
                 "DPRK", "KSA")
# CLDR territory codes that name a country or a union (two letters), not a sub-region.
_UNIONS = ("EU", "UN")


def _generate() -> list[str]:
    """Every country's name in every language of :data:`LANGUAGES`, from Babel's CLDR."""
    from babel import Locale

    names: dict[str, None] = {}
    for lang in LANGUAGES:
        territories = Locale.parse(lang).territories
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and (code not in ("ZZ", "XA", "XB")
                                                      or code in _UNIONS):
                names[name] = None
    return sorted(names)


def write_table(path: Path = TABLE_PATH) -> int:
    """Write the generated table; returns the number of names."""
    names = _generate()
    header = ("# Country names in many languages, generated from the Unicode CLDR data that\n"
              "# Babel ships (Unicode License): python -m normalizer.text.places --write\n")
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    return len(names)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The casefolded names of the table and the abbreviations."""
    names = {_key(line) for line in TABLE_PATH.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return frozenset(names | {_key(a) for a in ABBREVIATIONS})


def _key(name: str) -> str:
    return " ".join(name.split()).strip(" .,;:()[]").casefold()


def is_place(name: str) -> bool:
    """Whether ``name`` is a country's name ("Russland", "USA", "Россия"), not an outlet's."""
    return _key(name) in place_names()


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    if sys.argv[1:] == ["--write"]:
        print(f"{TABLE_PATH.name}: {write_table()} names")
    else:
        print("usage: python -m normalizer.text.places --write", file=sys.stderr)
        sys.exit(2)
