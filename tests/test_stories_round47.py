"""Round 47: how a page shows its headline, its fact boxes, its portraits and its name.
BreakingNews.ie sets an ad slot's label right over its headline; The Scotsman sets a kicker
over its headline and its standfirst under it, a portrait's caption (the person's name
alone) between two paragraphs, "All Sections" atop the page and "More from The Scotsman"
in its footer; the Chicago Reader sets a place's name, street, phone and web address
inside its feature; أخبار اليوم's © line reserves its rights "to the foundation Akhbar El
Yom". Round dumps40's pages (``fixtures/real/dumps``, SOURCES.md) and invented pages of
the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_BODY = ("The council voted on Tuesday to close the old bridge for repairs until spring, "
         "after engineers found cracks in two of its piers.\n\n"
         "Drivers will be sent along the river road while the work goes on, officials said "
         "at a meeting on Tuesday night.\n\n"
         "The repairs are expected to cost about two million dollars, the city said in a "
         "statement on its website.\n\n")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_headline_under_an_ad_slots_label_heads_the_article_its_date_line_dates() -> None:
    [story] = _stories(_read("breakingnewsie-martens-sentenced-2023.txt"))
    assert story["headline"] == "Molly and Tom Martens sentenced over death of Jason Corbett"
    page = ("News\nSport\n\nADVERTISEMENT\nCity bridge to close for repairs until spring\n"
            "LOCAL\nSHARE THIS ARTICLE\n08/11/2023 | 20:26 PM\n\n" + _BODY)
    [story] = _stories(page)
    assert story["headline"] == "City bridge to close for repairs until spring"


def test_a_kicked_headline_over_its_standfirst_heads_the_article() -> None:
    [story] = _stories(_read("scotsman-yousaf-whatsapp-2023.txt"))
    assert story["headline"] == ("Humza Yousaf accused of lying to the Scottish Parliament over "
                                 "Covid WhatsApps")
    assert story["text"].startswith("The Scottish Conservatives said the First Minister")


def test_a_portraits_caption_between_two_paragraphs_is_no_text() -> None:
    [story] = _stories(_read("scotsman-yousaf-whatsapp-2023.txt"))
    assert "\nHumza Yousaf\n" not in "\n" + story["text"] + "\n"
    assert "Last week, Mr Yousaf told MSPs" in story["text"]


def test_a_sub_heading_of_capitalised_words_stays_the_storys() -> None:
    """No courtesy title before the last word anywhere: a sub-heading, not a portrait."""
    page = ("Bridge to close for repairs\n\nMay 7, 2024\n\n" + _BODY + "Travel Time\n\n"
            "The detour adds about twenty minutes to the trip, the Travel office said, and "
            "buses will run more often.\n\nThe bridge opened in 1931 and was last repaired "
            "in 1988, records show.\n")
    [story] = _stories(page)
    assert "Travel Time" in story["text"]


def test_a_places_fact_box_inside_the_article_is_no_text() -> None:
    [story] = _stories(_read("chicagoreader-18th-street-distillery-2023.txt"))
    for line in ("5417 Oakley Ave. #1, Hammond, Indiana", "(219) 937-6103",
                 "18thstreetdistillery.com", "6338 N. Clark", "sauceandbread.com"):
        assert line not in story["text"]
    assert "\nSauce and Bread Kitchen\n" not in "\n" + story["text"] + "\n"
    # a paragraph set apart that names a place and its web address stays
    page = ("Bridge to close for repairs\n\nMay 7, 2024\n\n" + _BODY
            + "Details are at example.com or on (555) 123-4567, the city said on Friday.\n")
    [story] = _stories(page)
    assert "Details are at example.com" in story["text"]


def test_the_rights_reserved_to_a_foundation_name_its_paper() -> None:
    [story] = _stories(_read("akhbarelyom-naima-akef-2020.txt"))
    assert story["source"] == "أخبار اليوم"


def test_the_footers_more_from_heading_names_the_site_behind_its_company() -> None:
    [story] = _stories(_read("scotsman-yousaf-whatsapp-2023.txt"))
    assert story["source"] == "The Scotsman"
