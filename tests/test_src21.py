"""Sources of wire dispatches relayed in text dumps (round 21, ``normalizer/stories/
attribute.py`` ``date_agency_dateline``): the wires of the 1980s and 1990s, as Usenet
groups and newsletters relayed them, print the agency after the date with no bracket
("ABU DHABI, Dec 23, Reuter - ..."), and Reuters then signed as "Reuter". The place is the
dateline, the agency the story's source; the agency is read only where the outlets table
knows it, the word before the day only where it is a month's, and "Reuter" names Reuters
only as a whole credit, never as a surname in running text."""
from __future__ import annotations

from normalizer.cues.outlets import canonical_source
from normalizer.pipeline import normalize_text
from normalizer.stories.attribute import date_agency_dateline

BODY = ("Gulf Arab states ended a three-day summit on Wednesday with a call on the "
        "neighbouring country to withdraw from the disputed islands, officials said, and "
        "asked the leaders to meet again before the end of next year to agree on the plan.")


def test_agency_after_the_date_is_the_source_and_the_place_the_dateline() -> None:
    assert date_agency_dateline(f"ABU DHABI, Dec 23, Reuter - {BODY}") == ("ABU DHABI", "Reuters")
    assert date_agency_dateline(f"SAN FRANCISCO, April 14, Reuters - {BODY}") \
        == ("SAN FRANCISCO", "Reuters")
    assert date_agency_dateline(f"NICOSIA, Dec. 26, AFP -- {BODY}") == ("NICOSIA", "AFP")


def test_no_month_or_unknown_name_or_short_line_names_no_source() -> None:
    assert date_agency_dateline(f"LONDON, Team 5, Reuter - {BODY}") is None
    assert date_agency_dateline(f"LONDON, Dec 23, Smith Jones - {BODY}") is None
    assert date_agency_dateline("LONDON, Dec 23, Reuter - Talks ended.") is None


def test_reuter_is_a_whole_credit_only() -> None:
    assert canonical_source("Reuter") == "Reuters"
    assert date_agency_dateline(f"The mayor Ernst Reuter said on Dec 23 that {BODY}") is None


def test_relayed_wire_dump_credits_each_dispatch() -> None:
    dump = "\n".join([
        "GULF LEADERS END SUMMIT", "",
        f"    ABU DHABI, Dec 23, Reuter - {BODY}",
        f"    {BODY}", "",
        " REUTER YA DYA DJG", "", "",
    ])
    record = normalize_text(dump, "file:///dump.txt")
    sources = [s["source"] for s in record["stories"]]
    assert sources and set(sources) == {"Reuters"}
    assert record["stories"][0]["dateline"] == "ABU DHABI"


def test_dateline_of_places_joined_by_a_slash_credits_its_agency() -> None:
    dump = "\n".join([
        "Travellers catch the first train", "",
        f"HONG KONG/GUANGZHOU, Jan. 15 (Xinhua) -- {BODY}", "",
        f"{BODY}", "",
    ])
    story = normalize_text(dump, "file:///dump.txt")["stories"][0]
    assert story["source"] == "Xinhua"
    assert story["dateline"] == "HONG KONG/GUANGZHOU"


def _record(byline: str) -> str:
    """An invented news-database record: the publication, the date, the headline, the
    record's fields, the text."""
    return "\n".join([
        "1 of 12 DOCUMENTS", "", "The Irish Times", "", "June 17, 1995, CITY EDITION", "",
        "Shelling intensifies around the city", "", byline, "", "SECTION: FRONT PAGE; Pg. 1",
        "", "LENGTH: 760 words", "", "DATELINE: SARAJEVO", "", BODY, "", BODY, "",
    ])


def test_wire_in_a_database_byline_field_is_the_source_over_the_publication() -> None:
    story = normalize_text(_record("BYLINE: By KURT SCHORK, --(Reuter)"),
                           "file:///dump.txt")["stories"][0]
    assert story["source"] == "Reuters"


def test_writer_alone_in_a_database_byline_field_leaves_the_publication() -> None:
    story = normalize_text(_record("BYLINE: By MARY SMITH"), "file:///dump.txt")["stories"][0]
    assert story["source"] == "The Irish Times"
