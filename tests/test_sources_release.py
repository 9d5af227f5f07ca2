"""Sources that are not the name a credit's shape seems to give: a press-release service's
tag (the issuer is the source), a chart's data provider under a "Source:" label, an agency
named in its own script, an agency that names itself as the teller in its first lines.

Each case is a shape written for this test (no sentence of a gold set), plus one real page
of a press portal flattened to text (tests/fixtures/real/heldout2/dumps, see its SOURCES.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.cues import openers
from normalizer.cues.outlets import (
    canonical_source,
    credit_line_source,
    is_data_provider,
    is_release_service,
    outlet_name,
)
from normalizer.cues.text import BYLINE_RE
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_text

_BODY = [
    "The county's officers were called to a warehouse on the edge of town late on Tuesday "
    "after neighbours reported smoke, the statement said.",
    "Nobody was hurt, and the damage is put at several thousand euros according to the first "
    "estimate of the fire brigade.",
    "Witnesses who saw anything are asked to call the local station during office hours, the "
    "officers added in their appeal.",
]


def _story(opening: str | None = None, ending: str | None = None,
           body: list[str] = _BODY) -> dict:
    paras = [f"{opening} {body[0]}" if opening else body[0], *body[1:]]
    if ending:
        paras.append(ending)
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2023/01/05/post/", title="A post"))
    assert len(rec["stories"]) == 1
    return rec["stories"][0]


# --- Press-release services: their tag carried the release --------------------------------
@pytest.mark.parametrize("tag, service", [
    ("ots", "news aktuell"), ("OTS", "news aktuell"), ("PRNewswire", "PR Newswire"),
    ("BUSINESS WIRE", "Business Wire"), ("GLOBE NEWSWIRE", "GlobeNewswire"),
])
def test_a_release_services_tag_is_known_as_one(tag: str, service: str) -> None:
    assert outlet_name(tag) == service
    assert is_release_service(service)
    assert not is_release_service("Reuters") and not is_release_service(None)


@pytest.mark.parametrize("opening, place", [
    ("Greven (ots) -", "Greven"),
    ("NEW YORK, Jan. 5, 2023 /PRNewswire/ --", "NEW YORK"),
    ("TORONTO, Jan. 5, 2023 (GLOBE NEWSWIRE) --", "TORONTO"),
])
def test_a_release_services_dateline_gives_its_place_and_no_source(opening: str,
                                                                   place: str) -> None:
    story = _story(opening=opening)
    assert (story["source"], story["dateline"]) == (None, place)


@pytest.mark.parametrize("opening, ending, issuer", [
    ("Greven (ots) -", "Original-Content von: Kreispolizei Nordheim, übermittelt durch news "
     "aktuell", "Kreispolizei Nordheim"),
    ("NEW YORK, Jan. 5, 2023 /PRNewswire/ --", "SOURCE Northwind Traders",
     "Northwind Traders"),
])
def test_the_issuers_own_credit_names_the_source(opening: str, ending: str,
                                                 issuer: str) -> None:
    assert _story(opening=opening, ending=ending)["source"] == issuer


_RELEASE_BODY = [
    "The company said revenue rose by a fifth in the quarter, helped by strong demand from "
    "retailers in Europe and Asia.",
    "Its chief executive said the outlook for the rest of the year remained positive despite "
    "higher costs.",
    "The shares have gained a third since January, according to the exchange figures.",
]


@pytest.mark.parametrize("opening, issuer, place", [
    ("SAN FRANCISCO--(BUSINESS WIRE)--Northwind Traders Inc. (NYSE: NWT) today announced "
     "that", "Northwind Traders", "SAN FRANCISCO"),
    ("NEW YORK, Jan. 5, 2023 /PRNewswire/ -- The board of Northwind Traders, Inc. (NASDAQ: "
     "NWT) said", "Northwind Traders", "NEW YORK"),
    # an agency's story about a listed company: the agency stays the source
    ("LONDON, Jan 5 (Reuters) - Northwind Traders (NYSE: NWT) said", "Reuters", "LONDON"),
])
def test_a_carried_releases_ticker_names_its_issuer(opening: str, issuer: str,
                                                   place: str) -> None:
    story = _story(opening=opening, body=_RELEASE_BODY)
    assert (story["source"], story["dateline"]) == (issuer, place)


@pytest.mark.parametrize("line, name", [
    ("Original-Content von: Stadtwerke Nordheim, übermittelt durch news aktuell",
     "Stadtwerke Nordheim"),
    ("Original content by: Stadtwerke Nordheim, transmitted by news aktuell",
     "Stadtwerke Nordheim"),
    ("Contenu original de: Ville de Nordheim, transmis par news aktuell", "Ville de Nordheim"),
    ("Contenuto originale di: Comune di Nordheim, trasmesso da news aktuell",
     "Comune di Nordheim"),
])
def test_original_content_labels_in_languages(line: str, name: str) -> None:
    m = openers.ORIGINAL_CONTENT_RE.match(line)
    assert m and m.group("name") == name


def test_the_issuer_line_wants_the_release_services_capitals() -> None:
    assert openers.ISSUER_LINE_RE.match("SOURCE Northwind Traders")
    assert openers.ISSUER_LINE_RE.match("Source of the figures: the ministry") is None


def test_a_press_portals_teasers_take_the_issuer_not_the_tag() -> None:
    """A real press portal page as text: each release opens "Place (ots) -", the page
    names the issuer in "Original-Content von: ..."; no story is credited to the tag."""
    dump = (Path(__file__).parent / "fixtures" / "real" / "heldout2" / "dumps"
            / "presseportal-blaulicht-2020.txt")
    rec = normalize_text(dump.read_text(encoding="utf-8"), "https://example.org/dump.txt")
    sources = {s["source"] for s in rec["stories"]}
    assert sources == {"Polizei Steinfurt"}


# --- A chart's data provider ------------------------------------------------------------
@pytest.mark.parametrize("name", ["Statista", "statista.com", "Statista.com", "Eurostat",
                                  "GUS", "Destatis", "INE", "OECD", "World Bank"])
def test_data_providers_are_known(name: str) -> None:
    assert is_data_provider(name)


@pytest.mark.parametrize("name", ["Reuters", "CBS News", "Statistical News Weekly", ""])
def test_outlets_are_no_data_providers(name: str) -> None:
    assert not is_data_provider(name)


@pytest.mark.parametrize("ending", ["Źródło: Statista.com", "Source: Eurostat", "Quelle: Destatis",
                                    "Fuente: INE"])
def test_a_label_naming_a_data_provider_gives_no_source(ending: str) -> None:
    assert _story(ending=ending)["source"] is None


def test_a_label_naming_an_outlet_still_gives_it() -> None:
    assert credit_line_source("Source: Eurostat") == ""
    assert _story(ending="Quelle: dpa")["source"] == "dpa"


# --- Agencies in their own script get their canonical (Latin) name -----------------------
@pytest.mark.parametrize("spelling, name", [
    ("Укрінформ", "Ukrinform"), ("Казинформ", "Kazinform"),
    ("МИА Казинформ", "Kazinform"), ("ТАСС", "TASS"),
])
def test_an_agency_in_its_own_script_gets_its_canonical_name(spelling: str, name: str) -> None:
    assert canonical_source(spelling) == name


def test_a_name_that_is_also_a_word_names_an_outlet_only_as_written() -> None:
    # "=Mehr" (Mehr News Agency) is the German "more": the lower-case link is no credit
    assert canonical_source("Mehr") == "Mehr"
    assert canonical_source("MEHR") == "Mehr"
    assert canonical_source("mehr") is None


# --- An agency naming itself as the teller ---------------------------------------------
_RU_BODY = [
    "Полиция завершила расследование и направила материалы дела в суд, говорится в "
    "сообщении ведомства.",
    "Подозреваемому грозит до шести лет лишения свободы, уточнили в пресс-службе.",
    "Инцидент произошел летом, тогда движение поездов было остановлено на час.",
]


@pytest.mark.parametrize("paragraph, source", [
    ("Как передает Интерфакс, об этом сообщили в полиции.", "Interfax"),
    ("Как передаёт ТАСС, об этом сообщили в полиции.", "TASS"),
    ("Об этом передает корреспондент МИА «Казинформ».", "Казинформ"),
    ("Як передає Укрінформ, про це повідомили в поліції.", "Укрінформ"),
    ("Он передает привет всем, кто ждал его дома.", None),        # a verb, no agency
])
def test_an_agency_naming_itself_as_the_teller_is_the_source(paragraph: str,
                                                             source: str | None) -> None:
    story = _story(body=[_RU_BODY[0], paragraph, *_RU_BODY[1:]])
    assert story["source"] == source


# --- A byline's label before a sentence --------------------------------------------------
@pytest.mark.parametrize("line, byline", [
    ("Por qué los precios suben otra vez", False), ("De acuerdo con la ministra", False),
    ("Par ailleurs, la ville ferme ses parcs", False), ("Por fin llega la lluvia", False),
    ("Por Juan Pérez", True), ("Par Jeanne Martin", True), ("Von Anna Schmidt", True),
    ("by admin", True), ("By Jane Doe", True),
])
def test_a_bylines_label_wants_a_name_after_it(line: str, byline: bool) -> None:
    assert bool(BYLINE_RE.match(line)) is byline


# --- Dateline-shaped openings that credit no outlet --------------------------------------
@pytest.mark.parametrize("opening, source", [
    # a bracket glossing the word before it, in another script: no outlet
    ("Славия (Славија) – это большая площадь в старом городе, где сходятся семь улиц, и",
     None),
    # an unknown outlet opening prose is still read from its shape
    ("AUSTIN (KNWX) —", "KNWX"),
])
def test_a_bracket_after_the_first_word_credits_an_outlet_only_as_a_dateline(
        opening: str, source: str | None) -> None:
    assert _story(opening=opening)["source"] == source


def test_a_short_list_item_shaped_as_a_dateline_credits_nothing() -> None:
    story = _story(body=["Portugal (Group F): seventh appearance", *_BODY])
    assert story["source"] is None
