"""Dump shapes, round 10 (issue 10): lists at a page's foot read as stories, and a
publisher's company read as the page's name. Each rule reads a shape of the dump, never a
sentence: links sharing a note after a comma ("X, opens new tab"), bylines glued to their
label ("byJane Doe"), a gallery's counters of one total ("3 of 12 |"), a sponsored kicker
over a teaser, a logo's "der"/"of the", and a © company under a masthead the page repeats.
Invented text of these shapes, and the real pages of the round (``tests/fixtures/real/
dumps``, origins in its ``SOURCES.md``), go through :func:`normalizer.pipeline.normalize_text`.
"""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import GALLERY_COUNTER_RE, SPONSORED_KICKER_RE
from normalizer.pipeline import normalize_text
from normalizer.stories.rhythm import _link_note

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_ARTICLE = [
    "Harbour wall rebuilt after the winter storms",
    "",
    "The council voted on Tuesday to rebuild the old harbour wall after the winter storms "
    "broke it in three places, and work should start in the spring.",
    "",
    "Fishermen said the delay had cost them most of the season, and several boats were sold "
    "before the summer because their owners could not wait any longer.",
    "",
    "The harbour master said the new wall would be higher than the old one and would have a "
    "wider quay for the boats that land their catch there every morning.",
    "",
]


def _stories(rows: list[str]) -> list[dict]:
    return normalize_text("\n".join(rows), "https://coast.example/harbour")["stories"]


def _real(name: str) -> dict:
    text = (DUMPS / f"{name}.txt").read_text(encoding="utf-8")
    return normalize_text(text, f"https://example.org/{name}")


def test_link_note_is_a_lower_case_tail_after_a_comma():
    assert _link_note("Westlaw, opens new tab") == "opens new tab"
    assert _link_note("Harbour wall rebuilt, council says") == "council says"
    assert _link_note("Paris, France") is None  # a place: capitalised
    assert _link_note("No comma here") is None


def test_products_with_a_repeated_link_note_are_no_stories():
    """A footer's product list, each "NAME, opens new tab" over one sentence, is links."""
    rows = list(_ARTICLE) + ["Our products", ""]
    for name, blurb in (("Tidewatch", "The leading service for tide tables and harbour charts."),
                        ("Quaybook", "Book a berth in any harbour of the coast in a minute."),
                        ("Netcount", "Count the catch of a whole fleet from one screen."),
                        ("Saillog", "Keep the log of every boat of the fleet in one place.")):
        rows += [f"{name}, opens new tab", "", blurb, ""]
    stories = _stories(rows)
    assert [s["headline"] for s in stories] == ["Harbour wall rebuilt after the winter storms"]
    assert "Book a berth" not in stories[0]["text"]


def test_related_cards_with_glued_bylines_are_no_stories():
    rows = list(_ARTICLE) + ["Related Posts", ""]
    for title, by, date in (("Ferry timetable changes for the summer", "byBy JOHN SMITH",
                             "September 27, 2021"),
                            ("Town band wins the county contest again", "byFrom OUR Reporter",
                             "October 3, 2021"),
                            ("Lifeboat crew rescue two walkers", "byJane Doe", "May 11, 2022")):
        rows += ["• News", "", title, "", by, "", date, ""]
    stories = _stories(rows)
    assert [s["headline"] for s in stories] == ["Harbour wall rebuilt after the winter storms"]
    assert "byBy" not in stories[0]["text"] and "byJane" not in stories[0]["text"]


def test_gallery_counters():
    assert GALLERY_COUNTER_RE.match("1 of 12 |")
    assert GALLERY_COUNTER_RE.match("3 / 12")
    assert GALLERY_COUNTER_RE.match("2 von 12")
    assert not GALLERY_COUNTER_RE.match("1 of 12 boats sank")


def test_a_gallery_between_headline_and_text_is_no_story():
    """Counters, captions and "Read More" links: the pictures', not a story of their own."""
    rows = ["Harbour wall rebuilt after the winter storms", ""]
    for n in range(1, 6):
        rows += [f"{n} of 5 |", "", f"A fishing boat number {n} lands its catch at the old "
                 "harbour wall on a grey morning, Tuesday, Sept. 3, 2024.", "", "Read More", ""]
    rows += _ARTICLE[2:]
    stories = _stories(rows)
    assert len(stories) == 1
    assert "fishing boat number" not in stories[0]["text"]
    assert "of 5 |" not in (stories[0]["headline"] or "")


def test_sponsored_kickers():
    assert SPONSORED_KICKER_RE.match("Materiał Promocyjny")
    assert SPONSORED_KICKER_RE.match("Sponsored content")
    assert SPONSORED_KICKER_RE.match("Contenido patrocinado")
    assert not SPONSORED_KICKER_RE.match("Advertisement")  # an ad slot, perhaps in an article
    assert not SPONSORED_KICKER_RE.match("Sponsored events drew large crowds this year.")


def test_a_sponsored_teaser_among_teasers_is_no_story():
    rows = ["Coast Portal", ""]
    teasers = [("Politics", "Council votes to rebuild the harbour wall",
                "The council voted on Tuesday to rebuild the old harbour wall after the storms."),
               ("Sponsored", "Insure your boat before the winter storms",
                "Our policies cover every boat of the fleet against the storms of the winter."),
               ("Politics", "Mayor opens the new ferry terminal",
                "The mayor opened the new ferry terminal on Friday in front of a large crowd."),
               ("Politics", "Fishermen ask for a wider quay at the harbour",
                "Fishermen asked the council on Monday for a wider quay at the old harbour.")]
    for kicker, head, lead in teasers:
        rows += [kicker, "", head, "", lead, ""]
    heads = [s["headline"] for s in _stories(rows)]
    assert "Insure your boat before the winter storms" not in heads
    assert "Mayor opens the new ferry terminal" in heads


def test_logo_of_a_group_and_a_company_under_a_repeated_masthead():
    """"Logo der SRG SSR" names the group behind SRF; "© ... Tanzania Standard Newspapers
    Limited" the company behind the "Daily News" its page shows alone eight times."""
    srf = _real("srf-drusen-2025")
    assert {s["source"] for s in srf["stories"]} == {"SRF"}
    daily = _real("dailynews-tz-lindi-2019")
    assert [s["source"] for s in daily["stories"]] == ["Daily News"]


def test_real_footer_lists_are_no_stories():
    reuters = [s["headline"] for s in _real("reuters-tno-2024")["stories"]]
    assert not any("opens new tab" in (h or "") for h in reuters)
    rzecz = _real("rzeczpospolita-niemcy-2025")["stories"]
    assert len(rzecz) == 6
    ap = [s["headline"] for s in _real("ap-campaigns-2024")["stories"]]
    assert not any((h or "").endswith("of 12 |") for h in ap)


def test_who_is_who_captions():
    from normalizer.cues.openers import names_caption
    assert names_caption("Board members (from left): Ann Lee, Bob Stone, Carl May, Dora Penn")
    assert names_caption("Vorstand (v.l.n.r.): Anna Maier, Bernd von Stein, Carla Ruf und Ida Ott")
    assert not names_caption("Board members: Ann Lee, Bob Stone, Carl May, Dora Penn")  # no order
    assert not names_caption("Voters (in three states): the polls open at eight, close at six")


def test_a_who_is_who_caption_under_the_headline_is_no_headline():
    rows = ["Harbour club turns thirty", "", "Board members (from left): Ann Lee, Bob Stone, "
            "Carl May, Dora Penn, Emil Hart", ""] + _ARTICLE[2:]
    stories = _stories(rows)
    assert len(stories) == 1
    assert "Ann Lee" not in (stories[0]["headline"] or "") and "Ann Lee" not in stories[0]["text"]


def test_a_reproduction_notice_under_a_footer_label_is_no_story():
    rows = list(_ARTICLE) + ["About the Coast Times digital edition", "", "• Site policy", "",
                             "• Help", "", "Coast Times Inc. No reproduction without permission."]
    stories = _stories(rows)
    assert [s["headline"] for s in stories] == ["Harbour wall rebuilt after the winter storms"]
    assert "No reproduction" not in stories[0]["text"]


def test_the_sites_blurb_under_about_us_is_no_story():
    rows = list(_ARTICLE) + ["Ferry timetable changes for the summer", "",
                             "September 27, 2023", "", "Contact us", "", "About us", "",
                             "Coast Times is a small weekly newspaper that aims to bring the news "
                             "of the harbour towns to the people of the coast.", "",
                             "Copyright © 2025 Coast Times. All rights reserved."]
    stories = _stories(rows)
    assert all("small weekly newspaper" not in s["text"] for s in stories)


def test_a_rule_over_the_closing_credit_keeps_it_with_its_story():
    rows = list(_ARTICLE) + ["___", "", "Doe reported from Dover and Roe from Deal. Coast Press "
                             "writers Ann Lee in Folkestone, Kent, and Bob Stone in Hythe, Kent, "
                             "and Carl May in Rye, Sussex, contributed to this report."]
    stories = _stories(rows)
    assert len(stories) == 1
    assert stories[0]["text"].rstrip().endswith("contributed to this report.")
