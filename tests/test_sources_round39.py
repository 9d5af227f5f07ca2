"""Round 39: a page's name where its chrome repeats words that are no name, and its ©
line names a house or is set in capitals. Round dumps30's and dumps33's pages
(``fixtures/real/dumps``, SOURCES.md): Los Tiempos prints "Ver más" under each card, a
menu of "Guía ..." lines and "Copyright © 2022 Editorial Canelas"; Bondy Blog's footer
shouts "© 2019 BONDY BLOG TOUS DROITS RESERVES"; Raw Story's is "Raw Story Media, Inc.";
El Sol de Mazatlán's section kicker opens the page and heads each teaser."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import COMPANY_SUFFIX_RE, PUBLISHING_HOUSE_RE, RIGHTS_RESERVED_RE
from normalizer.cues.outlets import canonical_source
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _sources(text: str) -> set[str | None]:
    return {s["source"] for s in normalize_text(text, _URL)["stories"]}


def test_a_house_named_word_first_is_a_company() -> None:
    assert PUBLISHING_HOUSE_RE.search("Editorial Canelas")
    assert PUBLISHING_HOUSE_RE.search("Éditions Example")
    assert PUBLISHING_HOUSE_RE.search("Example Verlag")
    assert not PUBLISHING_HOUSE_RE.search("Los Tiempos")


def test_under_a_house_the_footer_line_naming_an_outlet_alone_names_the_site() -> None:
    """No "Ver" from the cards' "Ver más", no "Guía" from one menu's run of lines: the
    footer's "Los Tiempos" over "Staff", under "Editorial Canelas"; the lead article
    credits the national agency under its headline."""
    text = _read("lostiempos-golpe-juicio-2022.txt")
    assert _sources(text) == {"ERBOL", "Los Tiempos"}
    # With the footer's line gone, nothing names the site: no word of the chrome does.
    assert _sources(text.replace("\nLos Tiempos\n", "\n")) == {"ERBOL", None}


def test_french_rights_in_capitals_lose_their_accents_and_still_reserve() -> None:
    assert RIGHTS_RESERVED_RE.search("© 2019 BONDY BLOG TOUS DROITS RESERVES")
    assert RIGHTS_RESERVED_RE.search("© Example, tous droits réservés")
    sources = _sources(_read("bondyblog-paris8-greve-2020.txt"))
    assert {s.casefold() for s in sources if s} == {"bondy blog"}
    assert None not in sources


def test_a_house_word_goes_with_the_legal_form_after_its_comma() -> None:
    assert COMPANY_SUFFIX_RE.search("Raw Story Media, Inc.")
    assert COMPANY_SUFFIX_RE.sub("", "Raw Story Media, Inc.") == "Raw Story"
    assert COMPANY_SUFFIX_RE.sub("", "Example Media Ltd") == "Example"
    assert _sources(_read("rawstory-inauguration-celebrities-2016.txt")) == {"Raw Story"}


def test_a_section_kicker_atop_the_page_and_over_its_teasers_names_no_site() -> None:
    """El Sol de Mazatlán's "Finanzas" opens the page and stands over each teaser."""
    assert "Finanzas" not in _sources(_read("elsolmazatlan-petroleo-2020.txt"))
    line = "Precio del petróleo mexicano cae a un mínimo de 18 años"
    head = "Diario Ejemplo\n\nNoticias del día\n\n"
    page = head + "\n\n".join(f"Finanzas\n\n{line} {n}\n\nTexto de la nota número {n} con "
                              "varias palabras más para que sea una nota." for n in range(3))
    assert "Finanzas" not in _sources("Finanzas\n\n" + page)


def test_national_agencies_of_bolivia_and_poland_are_in_the_table() -> None:
    assert canonical_source("ERBOL") == "ERBOL"
    assert canonical_source("ISBnews") == "ISBnews"
    assert canonical_source("Agencia de Noticias Fides") == "ANF"
