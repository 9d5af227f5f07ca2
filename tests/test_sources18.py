"""Sources of news databases' exports (round sources18, dumps14/14b): a record's own line
names the publication the story was clipped from, and that publication is the story's
source, as the line prints it, never the database, the export's folder or a rubric.

- a clipping service's record line, fields apart by slashes with the publication before
  the date ("Trouw / 21-06-2013 / pagina 004 / (handmatig geknipt)");
- APA DeFacto's record line, the publication in quotes then "vom" and the date;
- Integrum's tagged source field ("^ИС: Московские новости");
- a Nexis export's "Source:" field listing its search's sources is no story's source;
- a press-clippings export's line under the headline, the outlet then the day
  ("Nu.nl 05 januari 2017");
- Factiva's header, the publication alone on a line the © line spells again in capitals.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.cues.credits import RECORD_SOURCE_MAX_CHARS, RECORD_SOURCE_RES
from normalizer.model import RemovedKind
from normalizer.pipeline import normalize_text
from normalizer.stories.attribute import clipping_outlet, header_holder_line, record_source
from normalizer.stories.blocks import Block, BlockRole
from normalizer.stories.split import Segment

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _record_name(line: str) -> str | None:
    return next((m.group("name") for rx in RECORD_SOURCE_RES if (m := rx.match(line))), None)


@pytest.mark.parametrize("line, name", [
    ("Trouw / 21-06-2013 / pagina 004 / (handmatig geknipt)", "Trouw"),
    ("de Volkskrant / 21-06-2013 / pagina 20,20 / (BZK / handmatig geknipt)", "de Volkskrant"),
    ("Eigen artikel / NRCnext / 21-06-2013 / ()", "NRCnext"),  # (after the record's kind)
    ('"Der Standard" vom 02.04.2013 Seite: 1 Ressort: SEITE 1', "Der Standard"),
    ('"NÖ Nachrichten" Nr. 14/2013 vom 02.04.2013 Seite: 23 Ressort: Lokales', "NÖ Nachrichten"),
    ("^ИС: Московские новости", "Московские новости"),
    ("^РБ: КУЛЬТУРА", None),  # the rubric's field names no publication
    ("Trouw, 21-06-2013", None),  # no record's fields: a date line
    ("Bron: Alle bronnen", None),
    ("He said / 21-06-2013 was the day", None),
])
def test_a_record_line_names_its_publication(line: str, name: str | None) -> None:
    assert len(line) <= RECORD_SOURCE_MAX_CHARS
    assert _record_name(line) == name


def _sources(dump: str) -> list[tuple[str | None, str | None]]:
    record = normalize_text(dump, "file:///export.txt")
    return [(s["headline"], s["source"]) for s in record["stories"]]


_LEADS = (
    "De minister van wonen wil dit jaar tienduizend huurwoningen meer laten bouwen dan vorig "
    "jaar. Dat zei hij gisteren in de Tweede Kamer, waar de oppositie om een plan had gevraagd.",
    "Gemeenten krijgen volgend jaar honderd miljoen euro extra voor de jeugdzorg. Het kabinet "
    "komt daarmee tegemoet aan de klachten van wethouders over de tekorten in hun begroting.",
    "Het waterschap verhoogt de heffing voor huishoudens met vier procent. Het geld is nodig "
    "voor het versterken van de dijken langs de rivier, zegt de dijkgraaf.",
)
CLIPPINGS = "\n\n".join((
    "Mijn map", "Bron: Alle bronnen",
    "Minister wil meer huurwoningen bouwen",
    "Het Dagblad van het Noorden / 21-06-2013 / pagina 004 / (handmatig geknipt)", _LEADS[0],
    "Gemeenten krijgen meer geld voor jeugdzorg",
    "de Stentor / 20-06-2013 / pagina 0011 / (handmatig geknipt)", _LEADS[1],
    "Waterschap verhoogt de heffing",
    "Het Dagblad van het Noorden / 20-06-2013 / pagina 002 / (handmatig geknipt)", _LEADS[2],
)) + "\n"


def test_a_clippings_record_line_is_the_storys_source_not_the_exports_folder() -> None:
    assert _sources(CLIPPINGS) == [
        ("Minister wil meer huurwoningen bouwen", "Het Dagblad van het Noorden"),
        ("Gemeenten krijgen meer geld voor jeugdzorg", "de Stentor"),  # (as printed)
        ("Waterschap verhoogt de heffing", "Het Dagblad van het Noorden"),
    ]


def _segment(*lines: tuple[str, BlockRole]) -> Segment:
    blocks = []
    for text, role in lines:
        b = Block(text)
        b.mark(role, RemovedKind.CHROME if role == BlockRole.CRUFT else None)
        blocks.append(b)
    return Segment(headline=None, blocks=blocks)


CRUFT, TEXT = BlockRole.CRUFT, BlockRole.TEXT


def test_a_factiva_records_publication_is_the_line_its_copyright_spells_again() -> None:
    segment = _segment(("Factiva", CRUFT), ("Die Bergzeitung", CRUFT), ("BERGZ", CRUFT),
                       ("© 2013 DIE BERGZEITUNG - All rights reserved.", CRUFT),
                       ("Der Stadtrat hat gestern über das neue Hallenbad gestritten.", TEXT))
    assert header_holder_line(segment) == "Die Bergzeitung"  # (as its line prints it)
    umlauts = _segment(("Die Südostschweiz", CRUFT),
                       ("© 2013 DIE SUEDOSTSCHWEIZ - All rights reserved.", CRUFT),
                       ("Der Stadtrat hat gestern gestritten.", TEXT))
    assert header_holder_line(umlauts) == "Die Südostschweiz"
    # under the text, a © line is the page's, and a © line alone names no line
    assert header_holder_line(_segment(("Die Bergzeitung", CRUFT), ("Text.", TEXT),
                                       ("© 2013 DIE BERGZEITUNG", CRUFT))) is None
    assert header_holder_line(_segment(("© 2013 DIE BERGZEITUNG", CRUFT),
                                       ("Text.", TEXT))) is None


def test_a_tagged_source_field_under_the_text_is_read_where_none_is_above() -> None:
    segment = _segment(("^ДТ: 09.02.1994", CRUFT), ("Текст статьи.", TEXT),
                       ("^ИС: Московские новости", CRUFT), ("^РБ: МОНИТОР", CRUFT))
    assert record_source(segment) == "Московские новости"
    dated = _segment(("Trouw / 21-06-2013 / pagina 004 / ()", CRUFT), ("Tekst.", TEXT),
                     ("Het Parool / 21-06-2013 / pagina 3 / ()", CRUFT))
    assert record_source(dated) == "Trouw"  # (a record line under the text is the next's)
    assert record_source(_segment(("Tekst.", TEXT),
                                  ("Het Parool / 21-06-2013 / pagina 3 / ()", CRUFT))) is None


@pytest.mark.parametrize("dump, headline, source", [
    ("bzk-werkmap-2013", "Asscher heeft haast met banenplannen", "Trouw"),
    ("bzk-werkmap-2013", "Hogere huur voor groene huizen", "de Volkskrant"),
    ("bzk-werkmap-2013", "6,5 mld euro voor isolatie huurhuizen", "NRC Handelsblad"),
    ("suedostschweiz-factiva-svp-2013", "Laut Rechtsprofessoren liegt die SVP falsch",
     "Die Südostschweiz"),
    ("integrum-moskovskie-novosti-1994", "НЕГРЫ-АНТИСЕМИТЫ", "Московские новости"),
    # the export's "Source: ABC;El Pais;El Mundo" lists its search's sources: the record's
    # "ABC" under "1 of 240 DOCUMENTS" names the story's
    ("abc-nexis-senado-2008", "Carretero disputará el liderazgo de ERC a Carod y Puigcercós",
     "ABC"),
])
def test_real_exports_credit_the_publication_of_each_record(dump: str, headline: str,
                                                            source: str) -> None:
    found = _sources((DUMPS / f"{dump}.txt").read_text(encoding="utf-8"))
    assert (headline, source) in found
    assert not any(s in ("Werkmap", "Factiva", "Dow Jones") for _, s in found)


@pytest.mark.parametrize("line, outlet", [
    ("Nu.nl 05 januari 2017", "Nu.nl"),  # (as printed, not the table's NU.nl)
    ("Radio 1 05 januari 2017", "Radio 1"),
    ("Antillaans Dagblad 05 januari 2017", "Antillaans Dagblad"),
    ("NRC Handelsblad 04-1-2017", "NRC Handelsblad"),
    ("ANP 04 januari 2017", "ANP"),  # one word: the table knows it
    ("Politik 05.01.2017", None),  # one word the table does not know: a section
    ("Zaterdag 4 januari 2017", None),
    ("Posted on 4 January 2017", None),
    ("Last updated 4 January 2017", None),
    ("Nu.nl 05 januari 2017 | 12:30", None),  # more than the day after it
])
def test_a_clippings_date_line_names_its_outlet_before_the_day(line: str,
                                                               outlet: str | None) -> None:
    assert clipping_outlet(line) == outlet


def test_a_clippings_outlet_line_under_the_headline_is_its_source() -> None:
    dump = "\n\n".join((
        "Knipselkrant", "Inhoud",
        "Minister wil meer huurwoningen bouwen", "Nu.nl 05 januari 2017", _LEADS[0],
        "Gemeenten krijgen meer geld voor jeugdzorg", "Radio 1 05 januari 2017", _LEADS[1],
        "Waterschap verhoogt de heffing", "Cobouw.nl 4 januari 2017", _LEADS[2],
    )) + "\n"
    assert [source for _, source in _sources(dump)] == ["Nu.nl", "Radio 1", "Cobouw.nl"]
