"""Sources on pages of outlets the rules were not made from: general credit shapes.

- **Naming.** A credit written as the outlet's web address names the outlet so ("Quelle:
  spiegel.de" gives spiegel.de, "— KOMPAS.com" gives Kompas.com), never cut at its ending;
  a wire service's address still gives the agency ("Source: reuters.com": Reuters). An
  outlet credited by a shorter or longer form of the table's name keeps the form it was
  credited by ("Japan Times Staff Writers": Japan Times), another spelling of the same name
  folds to the table's ("Pagina 12": Página/12). The Turkish national agency is Anadolu
  Ajansı, however it is credited ("(AA)", "Anadolu Agency").
- **With agencies.** An outlet's byline or sign-off "with agencies", in many languages
  ("Par Le Monde avec AFP", "Von tagesschau.de mit Agenturen", "Por EL PAÍS con agencias",
  "By Al Jazeera Staff and news agencies"), names the outlet; people "with agencies" name
  no outlet.
- **Page slots.** An outlet signing in the story's author slot, alone or with its desk's
  initials (under the story too); an outlet the table knows beside the story's date under
  the headline (FORMAT's "Haaretz — Nov 23, 2017"), as the page writes it; an outlet after
  the people of a byline behind a spaced slash; a byline above a long run of empty nodes
  (icons, share bars) between it and the first paragraph; a credit element the extractor
  takes out as a picture's credit, read where it stood (in the header, no picture beside
  it).
- **Near misses give no source**: a person in the author slot, a person "with agencies",
  the site's logo link beside a date, a credit element beside a picture, a photo label in
  the author slot, an outlet's address in running text.
- **The table** knows more national agencies, and a user's file still extends it: the
  shapes above read a user's outlet too.

Each case is a shape written for this test, no sentence of a gold set.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalizer.cues.outlets import canonical_source, outlet_name, signoff_source, with_agencies
from normalizer.pipeline import normalize_page

_PARAS = (
    "<p>The county's officers were called to a warehouse on the edge of town late on Tuesday "
    "after neighbours reported smoke rising from its roof, the statement said.</p>"
    "<p>Nobody was hurt, and the damage is put at several thousand euros according to the "
    "first estimate of the fire brigade, which stayed on the site through the night.</p>"
    "<p>The cause of the fire is not yet known; investigators are expected to visit the "
    "building again on Thursday morning with experts from the insurer.</p>"
)


def _page(header: str = "", footer: str = "", *, before_title: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>Warehouse fire</title></head><body>"
            "<header><a href='/'>Northwind Times</a></header>"
            f"<main><article class='story'>{before_title}"
            f"<header class='story-head'><h1>Warehouse fire on the edge of town</h1>{header}"
            f"</header><div class='story-body'>{_PARAS}</div>{footer}</article></main>"
            "<footer><p>© 2023 Northwind Media Group</p></footer></body></html>")


def _source(page: str) -> str | None:
    return normalize_page(page, "https://northwind.example/2023/fire/")[0]["stories"][0]["source"]


# --- Naming ------------------------------------------------------------------------------
@pytest.mark.parametrize("credit, name", [
    ("Quelle: spiegel.de", "spiegel.de"),        # de: the outlet's address, as credited
    ("Fuente: infobae.com", "infobae.com"),      # es
    ("— KOMPAS.com", "Kompas.com"),              # id: in capitals, written as its name is
    ("Bron: LWN.net", "LWN.net"),                # nl: an outlet the table does not know
    ("Źródło: NU.nl", "NU.nl"),                  # pl: an outlet whose name is its address
    ("Source: reuters.com", "Reuters"),          # a wire service's address: the agency
    ("Источник: interfax.ru", "Interfax"),       # ru: the same
    ("jw, derStandard.at/APA", "derStandard.at"),  # a desk's initials, the address, an agency
    ("Source: Le Parisien.fr", "Le Parisien.fr"),  # a brand's name of several words
])
def test_an_address_names_the_outlet_as_credited(credit: str, name: str) -> None:
    assert signoff_source(credit) == name


@pytest.mark.parametrize("credit, name", [
    ("Japan Times Staff Writers", "Japan Times"),   # a shorter form of "The Japan Times"
    ("Pagina 12", "Página/12"),                     # another spelling folds to the table's
    ("Anadolu Agency", "Anadolu Ajansı"),
    ("AA", "Anadolu Ajansı"),
    ("(F.A.Z.)", "F.A.Z."),     # the abbreviation the paper signs with (its last dot its own)
])
def test_a_credit_keeps_the_form_of_the_name_it_wrote(credit: str, name: str) -> None:
    assert outlet_name(credit) == name


# --- With agencies -----------------------------------------------------------------------
@pytest.mark.parametrize("byline, source", [
    ("Par Le Monde avec AFP", "Le Monde"),               # fr
    ("Par Le Monde avec agences", "Le Monde"),
    ("Von tagesschau.de mit Agenturen", "tagesschau.de"),  # de
    ("Por EL PAÍS con agencias", "El País"),             # es
    ("By Al Jazeera Staff and news agencies", "Al Jazeera"),  # en
    ("Door NOS met ANP", "NOS"),                          # nl
])
def test_an_outlet_with_agencies_in_the_byline_slot_is_the_source(byline: str,
                                                                  source: str) -> None:
    assert _source(_page(f"<div class='byline'>{byline}</div>")) == source


@pytest.mark.parametrize("line, outlet, agencies", [
    ("Northwind Gazette and AFP", "Northwind Gazette", ["AFP"]),
    ("Guardian staff and agencies", "The Guardian", []),
    ("SVT och TT", "SVT", ["TT"]),                        # sv
    ("Rzeczpospolita z agencjami", "Rzeczpospolita", []),  # pl
])
def test_with_agencies_gives_the_outlet_and_its_agencies(line: str, outlet: str,
                                                         agencies: list[str]) -> None:
    assert with_agencies(line) == (outlet, agencies)
    assert signoff_source(f"— {line}") == outlet


@pytest.mark.parametrize("line", [
    "Jane Doe with agencies",        # people, no outlet
    "Jane Doe and John Roe",
    "Reuters and AFP",               # agencies only: the first named is read elsewhere
    "Peace and security",            # words
])
def test_no_outlet_with_agencies(line: str) -> None:
    assert with_agencies(line) is None


@pytest.mark.parametrize("byline, source", [
    ("By Jane Doe - Reuters", "Reuters"),            # a spaced dash
    ("Par Jeanne Martin (AFP)", "AFP"),              # fr: the agency in brackets
    ("Di Mario Rossi (ANSA)", "ANSA"),               # it
    ("Von Anna Schmidt / dpa", "dpa"),               # de: a spaced slash
])
def test_a_byline_line_above_the_story_names_the_agency_after_its_people(byline: str,
                                                                         source: str) -> None:
    assert _source(_page(f"<p>{byline}</p>")) == source


# --- Page slots --------------------------------------------------------------------------
@pytest.mark.parametrize("slot, source", [
    # an outlet alone in the signature slot
    ("<div class='m-signature'><span itemprop='name'>Deutsche Welle</span></div>",
     "Deutsche Welle"),
    # the outlet beside the story's date, as the page writes it (ja, ko)
    ("<div class='meta'><span>北海道新聞</span> <time datetime='2025-03-01'>2025年3月1日 "
     "10:00</time></div>", "北海道新聞"),
    ("<ul class='articletag'><li>北海道新聞</li><li>2025/3/1 10:00</li></ul>", "北海道新聞"),
    ("<div class='meta'><span>매일경제</span><span>2025.05.15 10:00</span></div>",
     "Maeil Business"),  # a Korean paper by its usual English name (FORMAT.md)
    # people, then their outlet behind a spaced slash
    ("<p class='byline'>By Jane Doe and John Roe / Japan Times Staff Writers</p>",
     "Japan Times"),
    # people and their agency apart without a comma, in the author slot
    ("<div class='author'>Jane Doe | Reuters | 5 Jan 2023</div>", "Reuters"),
    ("<div class='author'>Giulia Rossi - ANSA</div>", "ANSA"),
    # a text's credit label (ru, de)
    ("<div class='byline'>Текст: РИА Новости</div>", "RIA Novosti"),
    ("<div class='byline'>Text: dpa</div>", "dpa"),
])
def test_an_outlet_in_a_header_slot_is_the_source(slot: str, source: str) -> None:
    assert _source(_page(slot)) == source


def test_an_outlet_signing_under_the_story_is_the_source() -> None:
    footer = "<div class='story-footer'><div class='byline'><p>jw, derStandard.at/" \
             "<a href='/agenturen'>Agenturen</a></p></div></div>"
    assert _source(_page(footer=footer)) == "derStandard.at"


def test_a_byline_above_many_empty_nodes_is_read() -> None:
    icons = "".join("<span class='icon'><svg><g> </g></svg> </span>" for _ in range(60))
    header = f"<div class='byline'>Par Le Monde avec AFP</div><div class='share'>{icons}</div>"
    assert _source(_page(header)) == "Le Monde"


def test_a_credit_element_under_the_headline_is_read_where_it_stood() -> None:
    # the extractor takes the element out as a picture's credit; it stood in the header
    assert _source(_page("<p class='credit'>KYODO</p>")) == "Kyodo"


@pytest.mark.parametrize("header", [
    # a person in the author slot: a byline
    "<div class='m-signature'><span itemprop='name'>Jane Doe</span></div>",
    # a photo label in the author slot
    "<div class='author'>Photo: Reuters</div>",
    # the site's logo link beside a date
    "<div class='meta'><a href='/'>Northwind Times</a><span>2025/3/1 10:00</span></div>",
    # a credit element beside its picture
    "<div class='media'><img src='/a.jpg' alt=''><p class='credit'>KYODO</p></div>",
    # people with agencies in the byline
    "<div class='byline'>By Jane Doe with agencies</div>",
    # people and a place apart, no agency
    "<div class='author'>Jane Doe | London | 5 Jan 2023</div>",
])
def test_near_misses_give_no_source(header: str) -> None:
    assert _source(_page(header)) is None


def test_an_outlets_address_in_running_text_is_no_source() -> None:
    text = "<p>Readers of spiegel.de and infobae.com were told of the fire first, the " \
           "statement said, and the brigade thanked them for their calls.</p>"
    assert _source(_page(footer=text)) is None


# --- The table ---------------------------------------------------------------------------
@pytest.mark.parametrize("spelling, name", [
    ("Agência Angola Press", "ANGOP"), ("Namibia Press Agency", "NAMPA"),
    ("Caribbean News Agency", "CANA"), ("Libyan News Agency", "LANA"),
    ("Agence burkinabè de presse", "ABP"), ("ไทยรัฐ", "Thai Rath"),
])
def test_the_table_knows_more_national_agencies_and_outlets(spelling: str, name: str) -> None:
    assert canonical_source(spelling) == name


def test_a_users_outlet_is_read_by_the_new_shapes(tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("Northwind Courier\toutlet\tXX\tNorthwind | The Northwind Courier\t\n",
                    encoding="utf-8")
    probe = ("import json; from normalizer.cues import outlets as o; print(json.dumps(["
             "o.signoff_source('Quelle: northwind.co.uk'), "
             "o.signoff_source('— Northwind Courier avec AFP'), "
             "o.outlet_name('The Northwind Courier Staff')]))")
    env = {**os.environ, "TAGWIRE_OUTLETS": str(mine)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, check=True)
    assert json.loads(done.stdout) == ["northwind.co.uk", "Northwind Courier",
                                       "The Northwind Courier"]
