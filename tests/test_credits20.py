"""Sources on real pages (round credits20, issue 10).

- a copyright notice run into the story's closing paragraph (its own line joined to the one
  above by a ``<br>``: "Translated by X Copyright: Syndicate, 2025") names its holder, where
  the outlets table knows it; a notice of a person or a company, a picture's credit and a
  notice alone on its line (the page's footer) do not count here;
- the Swiss agency is named as its stories sign it, "SDA" ("sda", "SDA/abc", "Keystone-SDA");
- a linked site's bare address beside the headline ("(example.com)") is the outlet the
  story's opening names in words, where the address is that name's letters.

Every line is invented for this test.
"""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import (
    address_named_in,
    canonical_source,
    outlet_name,
    run_in_copyright,
)
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page

_BODY = [
    "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Herbst "
    "zu sanieren, nachdem Gutachter schwere Schäden an den Pfeilern gefunden hatten.",
    "Die Arbeiten sollen rund zwei Millionen Franken kosten und werden zum grössten Teil vom "
    "Kanton bezahlt, wie der Gemeinderat in einer Mitteilung schrieb.",
    "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Industriegebiet "
    "geführt, Fussgänger können eine Behelfsbrücke benutzen.",
]


def _story(paras: list[str]) -> dict:
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2025/06/05/post/", title="Ein Post"))
    assert len(rec["stories"]) == 1
    return rec["stories"][0]


@pytest.mark.parametrize("paragraph, holder", [
    ("Aus dem Englischen von Erika Muster Copyright: Project Syndicate, 2025", "Project Syndicate"),
    ("Translated by Jane Roe © Project Syndicate 2024", "Project Syndicate"),
    ("The talks resume on Monday. (c) AFP", "AFP"),
    ("Die Gespräche gehen am Montag weiter. © 2023 Reuters", "Reuters"),
])
def test_a_notice_run_into_the_closing_paragraph_names_its_holder(paragraph: str,
                                                                  holder: str) -> None:
    assert run_in_copyright(paragraph) == holder


@pytest.mark.parametrize("paragraph", [
    "© 2025 Project Syndicate",                        # alone on its line: the cleaner's
    "Das Bild zeigt die Brücke. Foto: © Reuters",      # a picture's credit
    "Übersetzt von Erika Muster © Erika Muster 2025",  # a person's notice
    "Sie verletzten das Copyright der Firma.",         # the word in running text
])
def test_no_outlet_from_other_notices(paragraph: str) -> None:
    assert run_in_copyright(paragraph) is None


def test_a_syndicated_column_is_sourced_by_its_notice_under_the_translator() -> None:
    story = _story([*_BODY, "<em>Aus dem Englischen von Erika Muster</em><br>"
                            "<em>Copyright: Project Syndicate, 2025</em></p><h2>Die Autorin</h2>"
                            "<p>Erika Muster (*1960) lehrt Politik an einer Universität und "
                            "schreibt Kolumnen."])
    assert story["source"] == "Project Syndicate"


def test_a_staff_story_closing_with_a_translator_line_has_no_source() -> None:
    story = _story([*_BODY, "<em>Aus dem Englischen von Erika Muster</em></p><h2>Die Autorin</h2>"
                            "<p>Erika Muster (*1960) lehrt Politik an einer Universität und "
                            "schreibt Kolumnen."])
    assert story["source"] is None


@pytest.mark.parametrize("credit", [
    "SDA", "sda", "Keystone-SDA", "Schweizerische Depeschenagentur"])
def test_the_swiss_agency_is_named_sda(credit: str) -> None:
    assert canonical_source(credit) == "SDA"


def test_an_end_line_with_the_desk_initials_names_sda() -> None:
    assert outlet_name("SDA/abc") == "SDA"
    assert _story([*_BODY, "SDA/abc"])["source"] == "SDA"


@pytest.mark.parametrize("address, opening, named", [
    ("latimes.com", "Shops are closing early. The Los Angeles Times reports: the malls ...",
     "Los Angeles Times"),
    ("latimes.com", "Shops are closing early, a report says.", None),   # no name in words
    ("example-news.com", "The Los Angeles Times reports: ...", None),   # another site's
    ("reuters.com", "Reuters reports: ...", None),  # an address the table knows stays its own
])
def test_a_bare_address_is_the_outlet_the_opening_names(address: str, opening: str,
                                                        named: str | None) -> None:
    assert address_named_in(address, opening) == named


def test_an_aggregators_linked_address_beside_the_headline() -> None:
    title = "Shops Close Early As Malls Empty"
    html = ("<html><head><title>" + title + "</title></head><body><article>"
            f"<h1>{title}</h1><span class='story-source'><a href='https://www.latimes.com/x'>"
            "(latimes.com)</a></span><div class='body'>"
            "<p>An anonymous reader quotes a report: malls are emptying. The Los Angeles Times "
            "reports: shop owners across the county close their doors two hours earlier than "
            "last year, blaming fewer visitors and higher energy bills for the change.</p>"
            "<p>Landlords say they will offer lower rents to keep the tenants they have, while "
            "the county plans a campaign to bring shoppers back before the holidays.</p>"
            "<p>The trade association expects more closures in spring if the numbers of "
            "visitors do not recover by the end of the year, its spokeswoman said.</p>"
            "</div></article></body></html>")
    story = normalize_page(html, "https://news.example.org/story/25/12/19/1/shops")[0]["stories"][0]
    assert story["source"] == "Los Angeles Times"


_EN_BODY = [
    "The county council voted on Tuesday to rebuild the old bridge over the river by the "
    "autumn, after engineers found deep cracks in two of its piers.",
    "The work will cost about two million dollars, most of it paid by the state, the council "
    "said in a statement released after the vote.",
    "Traffic will be sent through the industrial park while the bridge is closed, and people "
    "on foot can use a temporary footbridge.",
]


@pytest.mark.parametrize("bio, source", [
    # the writer's bio run into the disclaimer above it, the outlet before the role
    ("This column does not reflect the opinion of the board.John Roe is a Bloomberg Opinion "
     "columnist. He teaches economics.", "Bloomberg"),
    ("John Roe is a Reuters correspondent based in Ottawa.", "Reuters"),
    ("John Roe is a Senior Staff writer.", None),                # a title, no outlet
    ("Jane Poe is a Bloomberg Opinion columnist.", None),        # another person's bio
])
def test_the_writers_bio_naming_the_outlet_before_the_role(bio: str, source: str | None) -> None:
    assert _story(["By John Roe", *_EN_BODY, bio])["source"] == source
