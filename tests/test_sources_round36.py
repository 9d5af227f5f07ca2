"""Round 36: a site's name where its footer gives no holder of its own. Reach plc's sites
sign "© 2020 a Reach plc subsidiary": the holder says it is one of a group's sites, so it
names the group behind the site, never the site, and the site's name is read from its
chrome as under a group's own © line. DominicanToday's footer has no © line at all, only
"DominicanToday.com - The Dominican Republic News Source in English": the site's address
before its tagline names it. (Real dumps in ``fixtures/real/dumps``, SOURCES.md.)"""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import GROUP_MEMBER_RE, PUBLISHING_HOUSE_RE, RIGHTS_RESERVED_RE
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _sources(name: str, text: str | None = None) -> set[str | None]:
    text = text if text is not None else (_DUMPS / name).read_text(encoding="utf-8")
    return {s["source"] for s in normalize_text(text, _URL)["stories"]}


def test_a_holder_that_says_it_is_a_groups_site_names_the_group() -> None:
    """The shapes of a group member's notice, in capitals or not; a name alone, a company
    named "The X Company" and a brand after an article ("A BAON") are no such notice."""
    for notice, group in [("a Reach plc subsidiary", "Reach plc"),
                          ("A Gannett Company", "Gannett"),
                          ("Part of the USA TODAY Network", "USA TODAY"),
                          ("a division of Example Media", "Example Media"),
                          ("Example Holdings subsidiary", "Example Holdings")]:
        m = GROUP_MEMBER_RE.match(notice)
        assert m is not None, notice
        assert next(g for g in m.groups() if g) == group
    for holder in ["Andrew Smith", "A BAON", "The Example Company", "Fox News"]:
        assert GROUP_MEMBER_RE.match(holder) is None, holder


def test_the_mirrors_live_page_is_the_mirrors_not_a_subsidiarys() -> None:
    """The Mirror's live blog: its footer "©2024 a Reach plc subsidiary"; its chrome
    offers "Subscribe to Daily Mirror and Sunday Mirror newspapers". The stories are the
    paper's, named as the outlets table names it, by its usual name "The Mirror" (round
    45; one entry quotes a wire, PA, and is credited to it)."""
    assert _sources("mirror-riots-live-2024.txt") - {"PA"} == {"The Mirror"}


def test_a_group_members_notice_never_becomes_a_source() -> None:
    """CorkBeo's live blog signs "© 2020 a Reach plc subsidiary" twice and its chrome names
    no outlet the table knows: the stories get the group's name, not the notice's words."""
    sources = _sources("corkbeo-level3-live-2020.txt")
    assert sources and not any(s and s.startswith("a ") for s in sources)


def test_a_footers_web_address_before_its_tagline_names_the_site() -> None:
    """DominicanToday's page: no © line; its footer "DominicanToday.com - The Dominican
    Republic News Source in English" over its street address. Every story is the site's,
    as the address is written; without the line the page names no source."""
    assert _sources("dominicantoday-iberojet-2022.txt") == {"DominicanToday.com"}
    text = (_DUMPS / "dominicantoday-iberojet-2022.txt").read_text(encoding="utf-8")
    cut = text.replace("DominicanToday.com - The Dominican Republic News Source in English", "")
    assert _sources("", cut) == {None}


def test_a_copyright_line_of_years_alone_has_its_holder_on_the_line_below() -> None:
    """The Togolese Republic's portal ends "Copyright © 1997-2020" over "République
    Togolaise": the line under a © line of sign and years alone is its holder. A rights
    phrase ("© Riproduzione riservata") is no such line: it reserves, it names no years."""
    assert _sources("republicoftogo-chan-2020.txt") == {"République Togolaise"}
    text = (_DUMPS / "republicoftogo-chan-2020.txt").read_text(encoding="utf-8")
    moved = text.replace("Copyright © 1997-2020\nRépublique Togolaise",
                         "République Togolaise\nCopyright © 1997-2020")
    assert _sources("", moved) == {None}


def test_some_rights_reserved_names_no_holder() -> None:
    """El Mostrador's footer "© 2019 - Algunos derechos reservados.": some rights
    reserved (a Creative Commons notice) is a rights phrase like all rights reserved, so
    "Algunos" is no holder. The page's first line "El Mostrador, el primer diario digital
    de Chile." gives its name before its tagline, a name the page prints alone again."""
    for notice in ["Algunos derechos reservados", "Some rights reserved",
                   "Certains droits réservés", "Einige Rechte vorbehalten"]:
        assert RIGHTS_RESERVED_RE.search(notice), notice
    assert _sources("elmostrador-congreso-constitucion-2022.txt") == {"El Mostrador"}


def test_a_first_lines_name_before_its_tagline_needs_the_name_alone_elsewhere() -> None:
    """Without "El Mostrador" alone on a line of its own, the first line's words before
    its comma are no name: a first line "Santiago, Chile" or a sentence would be none."""
    text = (_DUMPS / "elmostrador-congreso-constitucion-2022.txt").read_text(encoding="utf-8")
    alone = [line for line in text.splitlines() if line.strip() == "El Mostrador"]
    assert alone
    cut = "\n".join(line for line in text.splitlines() if line.strip() != "El Mostrador")
    assert "El Mostrador" not in _sources("", cut)


def test_a_company_named_after_its_title_gives_the_title_atop_the_page() -> None:
    """Listín Diario's page opens "Listin Diario" and ends "Copyright © 2016 EDITORA
    LISTIN DIARIO, S.A.": the company is named after its paper, and the page's first line
    is the paper's name. A menu's "El Mundo es Así" (a section) names no site over it."""
    assert _sources("listindiario-lidom-miniaturas-2020.txt") == {"Listin Diario"}


def test_a_holder_is_read_without_the_slash_and_the_word_copyright_in_other_scripts() -> None:
    """"Copyright 2021 Kaieteur News / All rights reserved | A GxMedia Website Solution.":
    the slash before the rights phrase is no part of the name. Bengali writes the word
    copyright in its own letters ("কপিরাইট © 2010-2021 ukbdnews.com | ..."): it is no part
    of the holder either."""
    assert _sources("kaieteur-essequibo-hunter-2022.txt") == {"Kaieteur News"}
    assert _sources("ukbdnews-mp-brother-2020.txt") == {"ukbdnews.com"}


def test_a_copyright_line_read_as_a_date_still_names_its_holder_after_the_sign() -> None:
    """Juventud Rebelde's footer "21 de octubre del 1965 | ISSN 1563-8340: Copyright 2022 ©
    Juventud Rebelde" opens with the paper's founding day, so it reads as a date line; the
    holder is what follows the © sign, not the menu of the group's other papers (Granma)."""
    assert _sources("juventudrebelde-bloque-mayo-2022.txt") == {"Juventud Rebelde"}


def test_the_pages_name_is_given_in_the_script_of_its_stories() -> None:
    """The Yomiuri's Japanese page signs "© The Yomiuri Shimbun." but its chrome writes
    "読売新聞" again and again, and its stories are Japanese: the page's name is written in
    their script, as a story's credit is (the outlets table holds both spellings). A Russian
    e-zine's Izvestia copy is Известия."""
    assert _sources("yomiuri-korea-martial-law-2024.txt") == {"読売新聞"}
    assert _sources("softpanorama-izvestia-1990.txt") == {"Известия"}


def test_a_name_the_page_never_writes_in_its_stories_script_stays_as_found() -> None:
    """Without any Japanese spelling of its name in its chrome, the Yomiuri's page keeps
    the name its © line gives: the table's spelling is used only where the page writes it."""
    text = (_DUMPS / "yomiuri-korea-martial-law-2024.txt").read_text(encoding="utf-8")
    sources = _sources("", text.replace("読売新聞", "同社"))
    assert sources == {"The Yomiuri Shimbun"}


def test_a_holder_ending_with_its_houses_word_is_the_company_not_the_site() -> None:
    """heise online's text-browser dump ends "Copyright © 2015 Heise Medien": "Medien"
    (media), like "Verlag" or "Publishing", names a publishing house; the site is the name
    its chrome repeats, "heise online" (one teaser credits "heise.de" itself)."""
    sources = _sources("heise-fairphone-lynx-2015.txt")
    assert "heise online" in sources and "Heise Medien" not in sources
    for holder in ["Heise Medien", "Example Verlag", "Example Publishing", "Example Médias"]:
        assert PUBLISHING_HOUSE_RE.search(holder), holder
    for holder in ["Social Media", "Der Spiegel", "Zeit Online"]:
        assert not PUBLISHING_HOUSE_RE.search(holder), holder


def test_a_name_closing_a_rights_line_or_a_company_before_its_notice_link_names_the_site() -> None:
    """Campo Grande News ends "Todos os direitos reservados. As notícias veiculadas ... dos
    autores. Campo Grande News": the rights phrase, a disclaimer, then the name. Business
    Standard's Hindi page ends "Business Standard Private Ltd. Copyright & Disclaimer
    feedback@...": the company (an Indian "Private Ltd."), then the link to its notice."""
    assert _sources("campograndenews-adolescente-2022.txt") == {"Campo Grande News"}
    assert _sources("bshindi-niryat-2020.txt") == {"Business Standard"}
