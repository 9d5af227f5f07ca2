"""Sources of news-database records (round dsrc20, ``normalizer/stories/attribute.py``): a
record's field block names the publication it was clipped from (the line under its date,
over the publication's code), never the database's name atop the export nor the publishing
house's © line; an agency in the record's author field is the story's source; a publishing
house's © holder names its paper where the outlets table knows it."""
from __future__ import annotations

import normalizer
from normalizer.stories.attribute import house_paper

PROSE = [
    "Der Stadtrat hat am Dienstag sechs Stunden lang über den neuen Haushalt beraten, "
    "ohne sich auf einen gemeinsamen Entwurf für die Schulen einigen zu können.",
    "Die Opposition verlangte eine Untersuchung der Ausgaben des vergangenen Jahres. Der "
    "Bürgermeister kündigte an, in der kommenden Woche einen neuen Vorschlag vorzulegen.",
    "Nach Angaben aus dem Rathaus soll der Haushalt ungefähr so groß ausfallen wie im "
    "Vorjahr, die Gewerkschaften kündigten dennoch Proteste vor dem Rathaus an.",
]


def _record(n: int, title: str, author: str, paper: str, code: str, holder: str) -> list[str]:
    """An invented Factiva-like record: numbered title, author, length, date, the paper, its
    code, the language, the publishing house's © line, the prose, the document id."""
    return [f"{n}) {title}", author, f"{400 + 17 * n} Wörter", "3 March 2015", paper, code,
            "Deutsch",
            f"Copyright 2015. {holder}", *PROSE, f"Dokument {code}0020150303eb3300001"]


def _export(records: list[list[str]]) -> list[dict]:
    lines = ["Factiva", "Dow Jones", "Politik"] + [line for r in records for line in r]
    return normalizer.normalize_text("\n\n".join(lines), "file:///export.txt")["stories"]


def test_the_field_under_the_date_names_the_publication_as_printed() -> None:
    stories = _export([
        _record(1, "Streit um den Haushalt", "Anna Beispiel", "Der Musterbote Online",
                "MUSBO", "Musterbote Verlags AG"),
        _record(2, "Neuer Anlauf im Rathaus", "Bernd Probe", "Der Musterbote Online",
                "MUSBO", "Musterbote Verlags AG"),
        _record(3, "Proteste vor dem Rathaus", "Clara Muster", "Der Musterbote Online",
                "MUSBO", "Musterbote Verlags AG"),
    ])
    assert len(stories) == 3
    assert {s["source"] for s in stories} == {"Der Musterbote Online"}


def test_the_database_name_atop_the_export_is_never_the_source() -> None:
    stories = _export([_record(1, "Streit um den Haushalt", "Anna Beispiel", "beispiel.de",
                               "BSPDE", "Beispiel Medien GmbH & Co. KG")])
    assert [s["source"] for s in stories] == ["beispiel.de"]


def test_an_agency_in_the_author_field_is_the_source() -> None:
    stories = _export([_record(1, "Streit um den Haushalt", "dpa", "Der Musterbote",
                               "MUSBO", "Musterbote Verlags AG")])
    assert [s["source"] for s in stories] == ["dpa"]


def test_no_length_field_no_field_block() -> None:
    """A page's date, a section and a shouted label are no record's fields."""
    lines = ["Streit um den Haushalt", "3 March 2015", "Lokales", "SPORT", *PROSE]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///page.txt")["stories"]
    assert all(s["source"] != "Lokales" for s in stories)


def test_a_publishing_house_names_its_paper() -> None:
    assert house_paper("Spiegel Verlag Rudolf Augstein GMBH & CO KG") == "Der Spiegel"
    assert house_paper("Verlag Der Tagesspiegel GmbH") == "Tagesspiegel"
    assert house_paper("Guardian Newspapers Limited") == "The Guardian"


def test_a_house_whose_paper_the_table_does_not_know_names_none() -> None:
    assert house_paper("Musterbote Verlags AG") is None
    assert house_paper("Reuters") is None
    assert house_paper("Acme Publishing Ltd") is None


def test_the_canadian_broadcaster_is_named_as_its_stories_credit_it() -> None:
    """CBC's stories are credited "CBC News" (its usual name as a news outlet); a bare
    "CBC" credit is the same outlet."""
    from normalizer.cues.outlets import canonical_source

    assert canonical_source("CBC") == "CBC News"
    assert canonical_source("CBC News") == "CBC News"


POLISH = [
    "Wśród najczęstszych chorób układu oddechowego są astma i przewlekły nieżyt nosa. Jak "
    "powiedział w rozmowie z PAP prof. Jan Przykładowy z kliniki w Warszawie, chorych przybywa.",
    "Lekarze radzą, by unikać dymu tytoniowego i częściej przebywać na świeżym powietrzu, "
    "zwłaszcza w miastach, gdzie powietrze jest najbardziej zanieczyszczone.",
]


def test_a_polish_story_told_to_the_agency_credits_the_agency() -> None:
    from normalizer.stories.attribute import agency_telling
    from normalizer.stories.blocks import Block

    assert agency_telling([Block(text=POLISH[0])]) == "PAP"
    assert agency_telling([Block(text="– powiedziała PAP rzeczniczka szpitala.")]) == "PAP"


def test_a_polish_conversation_with_no_agency_credits_none() -> None:
    from normalizer.stories.attribute import agency_telling
    from normalizer.stories.blocks import Block

    assert agency_telling([Block(text="Jak powiedział w rozmowie z Onetem minister.")]) is None
    assert agency_telling([Block(text="Jak powiedział nam wczoraj rzecznik.")]) is None


def test_a_pasted_polish_story_told_to_pap_is_pap_s() -> None:
    story = normalizer.normalize_text("\n\n".join(POLISH), "file:///post.txt")["stories"][0]
    assert story["source"] == "PAP"
