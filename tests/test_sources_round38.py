"""Round 38: a page's name where its © line names the company behind it or nothing, and
the page names itself in a shape of its own. Round dumps29's pages (``fixtures/real/dumps``,
SOURCES.md): Trinidad Express's footer credits "Caribbean Communications Network. One
Caribbean Media." and its timeline is "Tweets by expressupdates" with no display name;
el Nuevo Herald has no © line, opens with its section "Negocios", labels its cards "Acceso
Miami", and names itself in its app ("El Nuevo Herald App") and its footer's links."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import PUBLISHING_HOUSE_RE
from normalizer.cues.text import SITE_FOLLOW_RES
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _sources(text: str) -> set[str | None]:
    return {s["source"] for s in normalize_text(text, _URL)["stories"]}


def _app_name(line: str) -> str | None:
    m = SITE_FOLLOW_RES[-1].match(line)
    return m.group("name") if m else None


def test_a_communications_company_is_the_house_behind_a_site() -> None:
    assert PUBLISHING_HOUSE_RE.search(" Caribbean Communications Network")
    assert PUBLISHING_HOUSE_RE.search(" Example Communications")
    assert not PUBLISHING_HOUSE_RE.search(" Caribbean Network News")


def test_an_app_named_after_the_site_names_it_a_store_or_a_call_does_not() -> None:
    assert _app_name("El Nuevo Herald App") == "El Nuevo Herald"
    assert _app_name("La Tribuna App") == "La Tribuna"
    for line in ["iOS App", "Android App", "Download the App", "Get News App",
                 "Get The Local App", "Apple App Store"]:
        assert _app_name(line) is None, line


def test_a_timeline_handle_names_the_site_by_the_line_its_brand_closes() -> None:
    """"Tweets by expressupdates": "Trinidad Express" is the one line of the page that
    closes on the handle's brand word ("DAILY EXPRESS" is the menu's, in capitals;
    "Express Classifieds" opens with it)."""
    text = _read("trinidadexpress-debe-charged-2022.txt")
    assert _sources(text) == {"Trinidad Express"}
    # Without the timeline the page names itself nowhere it can be read: the company
    # behind it is what remains, not a menu's "Express" product.
    assert _sources(text.replace("Tweets by expressupdates\n", "")) == {
        "Caribbean Communications Network"}


def test_a_site_with_no_copyright_line_is_named_by_its_app() -> None:
    text = _read("elnuevoherald-negocios-miami-2022.txt")
    assert _sources(text) == {"El Nuevo Herald"}
    # the app alone is not enough: the page must name the site on two more lines
    thin = "\n".join(line for line in text.splitlines()
                     if "Nuevo Herald" not in line or line == "El Nuevo Herald App")
    assert "El Nuevo Herald" not in _sources(thin)


def test_a_group_holder_gives_way_to_the_logo_under_a_shouted_banner() -> None:
    """East Bay Times (round dumps31): "Copyright © 2020 MediaNews Group, Inc.", a
    company the page names nowhere else; its logo's "East Bay Times" stands atop the page
    under a notification banner shouted in capitals and the banner's close button "X"."""
    text = _read("eastbaytimes-bolivia-stranded-2020.txt")
    assert _sources(text) == {"East Bay Times", "AP"}  # (a teaser's "NEW YORK (AP) —")
    # an ad's label atop a page is no name either ("Reklama" over Forsal's menus)
    assert "Reklama" not in _sources(_read("forsal-godzina-2021.txt"))


def test_an_agency_under_the_headline_that_the_captions_credit_is_the_pictures() -> None:
    """AiF (round dumps31): "Reuters" alone under the headline, over the first paragraph,
    where a caption below credits "Фото: Reuters": the lead picture's credit, not the
    story's source. Without the caption's credit the line signs the story as before."""
    text = _read("aif-francia-terakt-2020.txt")
    assert "Reuters" not in _sources(text)
    assert _sources(text.replace("Фото: Reuters\n", "Фото: архив\n")) == {"Reuters"}
