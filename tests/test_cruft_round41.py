"""Round 41: boilerplate of real pages. A "Most Read" box whose lines run each title into its
lead, a sign-up box's pitch between its offer and its form (the Chicago Sun-Times), a theme's
trail of categories split by slashes and its bio of the writer who "joined" the station (KESQ),
a trail with no marks that opens with the link home (O Papel). Round dumps34's pages
(``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.clean import _breadcrumb

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def test_a_most_read_box_set_tight_under_its_label_is_no_text() -> None:
    article = _stories(_read("chicagosuntimes-federal-judge-2020.txt"))[0]
    for line in ("Aurora man gets 11 years", "104 shot, 14 fatally", "Know about breaking news"):
        assert line not in article["text"]


_PARAGRAPHS = ("The council met on Tuesday to discuss the new budget for the coming year, "
               "which includes funds for roads.\n\n"
               "Members voted five to two in favour of the plan after a long debate about "
               "the costs of the new bridge.\n\n")


def test_paragraphs_under_a_label_on_a_page_without_blank_lines_stay() -> None:
    lines = ["Budget passes after long debate", "",
             "The council met on Tuesday to discuss the new budget for the coming year.",
             "Most Read",
             "Members voted five to two in favour of the plan after a long debate.",
             "The mayor said the bridge would be finished by the end of next year.",
             "Opponents said the costs of the new bridge were far too high for the town."]
    text = _stories("\n".join(lines) + "\n")[0]["text"]
    assert "Opponents said the costs" in text


def test_a_paragraph_under_a_promo_with_no_form_stays() -> None:
    page = ("Budget passes after long debate\n\n" + _PARAGRAPHS
            + "Sign up for our newsletter\n\n"
            "The mayor said the bridge would be finished by the end of next year, and "
            "thanked the members for their work.\n\n"
            "Opponents said the costs of the new bridge were far too high for the town.\n")
    assert "The mayor said the bridge" in _stories(page)[0]["text"]


def test_trails_of_categories_and_from_home_are_breadcrumbs() -> None:
    assert _breadcrumb("News / News Headlines / Top Stories")
    assert not _breadcrumb("Police say the suspect / victim relationship is unclear")
    assert not _breadcrumb("input / output")
    assert _breadcrumb("Início Variedades Caderno 01 Quintal dentro do apê: três dicas para "
                       "integrar a varanda à sala...")
    assert not _breadcrumb("Home is where the heart is.")


def test_a_writers_box_telling_when_they_joined_is_no_text() -> None:
    [story] = _stories(_read("kesq-coachella-masks-2020.txt"))
    assert "joined the KESQ News Channel 3" not in story["text"]
    assert "News / News Headlines" not in story["text"]
    assert story["text"].endswith("do your part to flatten the curve,” he said.")


def test_a_short_line_closed_by_a_links_call_is_the_sites() -> None:
    """Corriere's account box: "Per verificare clicca qui" heads no story."""
    headlines = [s["headline"] for s in _stories(_read("corriere-meloni-trump-2025.txt"))]
    assert "Per verificare clicca qui" not in headlines
    page = ("Budget passes after long debate\n\n" + _PARAGRAPHS
            + "To renew your subscription click here\n")
    assert "click here" not in _stories(page)[0]["text"]
    story = ("Police warn of fake parcel texts\n\nThe messages urge people to follow a link "
             "and pay a small fee. Officers said no one should click here or there on such "
             "links, and that banks never ask for details by text.\n\n" + _PARAGRAPHS)
    assert "no one should click here" in _stories(story)[0]["text"]
