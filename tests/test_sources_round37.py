"""Round 37: a page's name where its first lines, menus and credits offer words that are no
name. The held-out pages of round dumps27 (``fixtures/real/dumps``, SOURCES.md) open with a
weather reading ("7°"), an age rating ("16+"), a radio network's dial ("AM 870"), a call to
the reader ("ALERTEZ-NOUS") and a login form ("Connectez-vous"); their menus open with a
possessive ("Nos rubriques", "Nos services"); a picture's credit names an agency ("Prétexte -
Belga"). Each page names itself elsewhere, once or in a shape of its own: a follow line with
its apps, an embedded timeline's account, a Russian imprint's registered name."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import ACCOUNT_LINE_RE, IMPRINT_LINE_RE, IMPRINT_NAME_RE
from normalizer.cues.outlets import is_control_line
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _sources(text: str) -> set[str | None]:
    return {s["source"] for s in _stories(text)}


def test_a_reading_a_rating_a_dial_or_a_call_is_no_name() -> None:
    for line in ["7°", "16+", "+7 353 243 11 93", "AM 870", "FM 100.1", "98.5 FM",
                 "ALERTEZ-NOUS", "Contact us", "Suivez-nous"]:
        assert is_control_line(line), line
    # a number alone, one letter, a network's name and a Dutch broadcaster's initials are
    # names a page may go by
    for name in ["444", "W", "Radio Nacional Córdoba", "NOS", "AM Best"]:
        assert not is_control_line(name), name


def test_a_login_form_is_an_account_control_in_many_languages() -> None:
    for line in ["Connectez-vous", "Identifiez-vous", "Inloggen", "Zaloguj się", "Logga in",
                 "Увійти"]:
        assert ACCOUNT_LINE_RE.match(line), line
    assert not ACCOUNT_LINE_RE.match("Connexions ferroviaires rétablies")


def test_a_page_opening_with_its_weather_and_a_call_is_named_by_its_follow_line() -> None:
    """Sudinfo: "7°" and "ALERTEZ-NOUS" atop the page, menus opening with "Nos", no ©
    line; the footer's "Sudinfo sur Facebook" is its one follow line, and "Applications
    Sudinfo iPhone-iPad" and "Application Sudinfo Android" name it twice more."""
    text = _read("sudinfo-couvrefeu-mellet-2020.txt")
    assert _sources(text) == {"Sudinfo"}
    # One follow line alone, the page naming it nowhere else, names no site (a page's
    # "Reuters on Twitter" box follows another account than its own); and the menus'
    # possessive is no name either way.
    alone = text.replace("Applications Sudinfo iPhone-iPad\n", "").replace(
        "Application Sudinfo Android\n", "")
    assert _sources(alone) & {"Sudinfo", "Nos"} == set()


def test_an_embedded_timelines_account_names_a_radio_station() -> None:
    """Radio Nacional Córdoba: the header is the network's ("AM 870", its capital's
    station, then the programmes); the station's own name is the display name under its
    embedded timeline's "Tweets by NacionalCordoba", which spells the handle."""
    text = _read("radionacional-calamuchita-2020.txt")
    assert _sources(text) == {"Radio Nacional Córdoba"}
    renamed = text.replace("Radio Nacional Córdoba\n", "Radio Nacional Mendoza\n")
    assert "Radio Nacional Mendoza" not in _sources(renamed)


def test_a_russian_imprint_names_the_site_and_is_no_story() -> None:
    """MK in Orenburg: "16+" atop the page; its footer is the legal imprint press law asks
    for, headed "Сетевое издание «МК в Оренбурге» oren.mk.ru" (the registered name), with
    the registration, founder, editor in chief and the notices under it. The imprint names
    the stories' source and is not a second story."""
    stories = _stories(_read("mk-orenburg-avtomobili-2020.txt"))
    headline = "Оренбургским чиновникам купят еще пять автомобилей"
    assert [s["headline"] for s in stories] == [headline]
    assert stories[0]["source"] == "МК в Оренбурге"
    assert "Роскомнадзор" not in stories[0]["text"]


def test_imprint_lines_in_other_press_laws() -> None:
    for line in ["Registrazione Tribunale di Roma n. 123/2001",
                 "Direttore responsabile: Mario Rossi", "P.IVA 01234567890",
                 "Directeur de la publication : Jean Dupont",
                 "Commission paritaire n° 0123 C 45678", "V.i.S.d.P.: Max Muster",
                 "ISSN 1234-5678", "Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 57534"]:
        assert IMPRINT_LINE_RE.match(line), line
    for line in ["The editor-in-chief said the paper would appeal.",
                 "Il direttore responsabile ha detto che", "Главные новости"]:
        assert not IMPRINT_LINE_RE.match(line), line
    m = IMPRINT_NAME_RE.match("Сетевое издание «МК в Оренбурге» oren.mk.ru")
    assert m and m.group("name") == "МК в Оренбурге"


def test_an_agencys_credit_between_two_paragraphs_credits_the_picture() -> None:
    """Sudinfo's "Prétexte - Belga" stands between the standfirst and the first paragraph:
    the illustration's credit, cut from the text, naming no source. The same line right
    under the date line, above the text, is the story's desk credit: Belga is its source."""
    text = _read("sudinfo-couvrefeu-mellet-2020.txt")
    story, = _stories(text)
    assert story["source"] != "Belga" and "Belga" not in story["text"]
    moved = text.replace("\nPrétexte - Belga\n", "\n").replace(
        "Publié le jeudi 24 Décembre 2020 à 07h47\n",
        "Publié le jeudi 24 Décembre 2020 à 07h47\nPrétexte - Belga\n")
    assert _sources(moved) == {"Belga"}
