"""Round 39: what heads a post when its writer's name stands between title and date, a
credit under the standfirst's date, an embedded Facebook post, a bracketed © credit and a
two-digit year. Round dumps33's pages (``fixtures/real/dumps``, SOURCES.md): Raw Story's
posts run title / writer / date; Hindustan Times runs standfirst / date / "HT
Correspondent" / "Hindustan Times, Bhubaneswar" / caption / body; actu.fr embeds a
Facebook post, credits "(©Adobe Stock)" and dates "Publié le 27 Mar 20 à 9:21"."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.text import FACEBOOK_SIGNOFF_RE, PHOTO_CREDIT_RE
from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def test_a_writers_name_between_title_and_date_is_no_headline() -> None:
    stories = _stories(_read("rawstory-inauguration-celebrities-2016.txt"))
    assert [s["headline"] for s in stories] == [
        "These 6 celebrities are refusing to play Trump's inauguration as team scrambles to "
        "secure talent",
        "Chris Christie: FBI's raid on Trump's Palm Beach resort was 'fair game'",
        "Journalist: Is Mark Milley coming clean — or just trying to rehabilitate his image "
        "after Trump administration?",
        "Russian general threatens to bomb nuclear power plant"]


def test_a_name_shaped_title_set_apart_over_its_date_still_heads_its_post() -> None:
    """A German post's title is capitalised as a name is ("Blockupy Nachlese"); set apart
    from the footer line above it by a blank line, it is no writer's byline."""
    headlines = {s["headline"] for s in _stories(_read("echte-demokratie-blog-2014.txt"))}
    assert "Blockupy Nachlese" in headlines


def test_a_credit_under_the_standfirsts_date_heads_the_body() -> None:
    stories = _stories(_read("hindustantimes-odisha-wall-paintings-2020.txt"))
    assert len(stories) == 1
    assert stories[0]["headline"] == \
        "Odisha artist spreads awareness on coronavirus with wall paintings"
    assert "a 32-year-old youth" in stories[0]["text"]


def test_an_embedded_facebook_post_is_the_frames() -> None:
    assert FACEBOOK_SIGNOFF_RE.match("Publiée par Centre Hospitalier sur Jeudi 26 mars 2020")
    assert FACEBOOK_SIGNOFF_RE.match("Posted by Example News on Thursday, March 26, 2020")
    assert not FACEBOOK_SIGNOFF_RE.match("Posted by Example News")
    stories = _stories(_read("actu-cote-basque-dons-2020.txt"))
    assert len(stories) == 1
    assert "#COVID-19" not in stories[0]["text"]
    assert stories[0]["text"].rstrip().endswith("remplir un formulaire.")


def test_a_caption_closing_on_a_bracketed_copyright_credit() -> None:
    assert PHOTO_CREDIT_RE.search("Le CHCB demande le soutien d’entreprises. (©Adobe Stock)")
    assert not PHOTO_CREDIT_RE.search("Le CHCB demande le soutien (© des entreprises) du public")


def test_a_two_digit_year_after_a_months_name() -> None:
    assert parse_date("Publié le 27 Mar 20 à 9:21") == "2020-03-27"
    assert parse_date("Date: Thu, 9 Sep 93 20:06:54 EDT") == "1993-09-09"
    assert parse_date("27 Mar 20:15") is None  # a clock, not a year
    assert parse_date("Le 3 mai 12 personnes") is None  # a count


def test_an_article_printed_twice_back_to_back_keeps_its_first_copy() -> None:
    """El Sol de San Juan del Río prints its report's paragraphs twice, one copy under the
    other; the report is a story (it was lost as a box shown twice), its writer's "Name |
    Outlet" line a byline, not its headline."""
    stories = _stories(_read("elsoldesanjuandelrio-pescadores-2020.txt"))
    first = stories[0]
    assert first["text"].count("Con el objetivo de fortalecer la actividad pesquera") == 1
    assert first["byline"] == ["Rosalía Nieves"]
    assert "|" not in (first["headline"] or "")


def test_a_comment_forms_rules_shown_twice_stay_out_of_the_article() -> None:
    text = _stories(_read("juventudrebelde-bloque-mayo-2022.txt"))[0]["text"]
    assert "No se admitirán ofensas" not in text


def test_a_title_shown_again_as_a_teaser_heads_its_deck_and_the_byline_names_the_outlet() -> None:
    """El Sol de Mazatlán: title / deck / caption / "Galo Ramírez | El Sol de México"; the
    title is shown again in the page's teasers."""
    first = _stories(_read("elsolmazatlan-petroleo-2020.txt"))[0]
    assert first["headline"] == "Precio del petróleo mexicano cae a un mínimo de 18 años"
    assert first["source"] == "El Sol de México"
    assert first["byline"] == ["Galo Ramírez"]
