"""Round 41: sources a page gives by its station's call sign, its handles, a © typed as "@",
and not by its buttons. KESQ and KIOW name themselves by their call signs ("KESQ-TV FCC Public
File", "Contact KIOW") beside a network's name ("CBS News Radio"); The Argus' © line names
only its group ("A Gannett Company") while its handles begin with "theargus"; Público's footer
types "@ 2020 PÚBLICO Comunicação Social SA"; the Sun-Times' share buttons ("Share this on
Facebook") are no follow-us lines. Round dumps34's pages (``fixtures/real/dumps``,
SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer import pipeline
from normalizer.cues.text import COPYRIGHT_START_RE, MENU_BUTTON_RE
from normalizer.model import RemovedKind
from normalizer.pipeline import normalize_text
from normalizer.stories import page_sources
from normalizer.stories.blocks import CRUFT
from normalizer.stories.dumps import dump_blocks

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _sources(text: str) -> list[str | None]:
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]


def _blocks(text: str) -> list:
    blocks = dump_blocks(text)
    pipeline.classify(blocks, dump=True)
    return blocks


def test_a_stations_call_sign_names_its_page_over_its_network() -> None:
    assert set(_sources(_read("kesq-coachella-masks-2020.txt"))) == {"KESQ"}
    assert set(_sources(_read("kiow-absentee-ballots-2020.txt"))) == {"KIOW"}


def _chrome(text: str) -> list:
    """The lines of ``text`` as the page's chrome (menus, footer)."""
    blocks = dump_blocks(text)
    for b in blocks:
        b.mark(CRUFT, RemovedKind.CHROME)
    return blocks


def test_a_call_sign_shown_on_one_line_or_in_a_menus_capitals_names_nothing() -> None:
    known = pipeline.known_outlet
    station = _chrome("Contact KXYZ\nNews\nKXYZ Jobs and Internships\n")
    assert page_sources._call_sign(station, known) == "KXYZ"
    partner = _chrome("Our WABE Podcast\nNews\nOur WABE Podcast\n")
    assert page_sources._call_sign(partner, known) is None  # one line, shown twice
    menu = _chrome("WEST\nEAST\nWEST\nSports\n")
    assert page_sources._call_sign(menu, known) is None  # a menu's capitals
    agency = _chrome("KUNA\nNews\nAbout KUNA\n")
    assert page_sources._call_sign(agency, known) is None  # Kuwait's agency, in the table


def test_share_buttons_are_no_follow_us_lines() -> None:
    sources = _sources(_read("chicagosuntimes-federal-judge-2020.txt"))
    assert sources[:2] == ["AP", "AP"]  # "By Associated Press"
    assert set(sources[2:]) == {"Chicago Sun-Times"}  # "Follow Chicago Sun-Times online:"
    buttons = _blocks("Share this on Facebook\nShare this on Twitter\nNews\n")
    assert page_sources._followed_name(buttons) is None


def test_a_follow_call_with_its_pronoun_glued_names_nothing() -> None:
    """"Siguenos en Twitter" is "follow us on Twitter": El Mundo names itself elsewhere."""
    assert set(_sources(_read("elmundo-junts-amnistia-2023.txt"))) == {"El Mundo"}


def test_an_at_sign_before_the_year_is_a_copyright_sign() -> None:
    assert COPYRIGHT_START_RE.match("@ 2020 PÚBLICO Comunicação Social SA")
    assert not COPYRIGHT_START_RE.match("@publico 2020 em revista")  # a handle
    assert _sources(_read("publico-trump-covid-liveblog-2020.txt")) == ["Público"]


def test_a_company_named_after_a_paper_the_table_knows_is_that_paper() -> None:
    page = ("Abrir menu\nÚltimas\n\nCovid-19: Governo prolonga o estado de emergência\n\n"
            "O Governo decidiu prolongar o estado de emergência por mais quinze dias, "
            "anunciou o primeiro-ministro ao fim da tarde.\n\n"
            "A medida será votada no Parlamento na próxima semana.\n\n"
            "@ 2020 PÚBLICO Comunicação Social SA\n")
    assert _sources(page) == ["Público"]


def test_the_brand_a_pages_handles_share_names_it_under_a_groups_notice() -> None:
    assert _sources(_read("theargus-eastbourne-crash-2020.txt")) == ["The Argus"]


def test_a_menus_buttons_and_home_link_atop_the_page_are_no_name() -> None:
    assert MENU_BUTTON_RE.match("Abrir menu") and MENU_BUTTON_RE.match("Menü öffnen")
    assert not MENU_BUTTON_RE.match("Abrir fronteras")
    known = pipeline.known_outlet
    assert page_sources._first_line_name(_blocks("Home\nNews\nWeather\n"), known) is None
    assert page_sources._first_line_name(_blocks("Abrir menu\nAbrir pesquisa\n"), known) is None


def test_a_menus_section_words_name_no_site() -> None:
    """"Sezioni" atop Corriere's page, "Annonces immobilières" / "Annonces légales" in Vosges
    Matin's menus, "Local News" / "Network News" in Echo Eyethu's: none is the source."""
    for name in ("corriere-meloni-trump-2025.txt", "vosgesmatin-incendie-frain-2020.txt",
                 "eyethu-imbali-2025.txt", "libero-brighton-united-2022.txt"):
        assert not {"Sezioni", "Annonces", "News", "Fútbol"} & set(_sources(_read(name)))
    assert page_sources._section_word("Annonces") and page_sources._section_word("News")
    assert not page_sources._section_word("Vosges Matin")
