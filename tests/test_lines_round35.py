"""Round 35: the news pages of the held-out group dumps26 (htmldate's test pages of 2020,
Spanish and Arabic, saved as text; ``fixtures/real/dumps``, SOURCES.md). A portal's
footer signs "2020 - HSB Noticias" with no © sign, and each of its teasers ends in a
"Leer Más" link: the footer names the site, the link's words never do. A column's headline
stands once over its byline and text and again in the "Más en El Deporte" list below: the
copy over the text is the headline. A quote's speaker under it ("Isabel Reinoso Castillo,
directora ...") is the article's line, not a teaser's title; nor is a caption signed
"/ Foto NAME". An Egyptian daily's "إقرأ أيضاً" (read also) box lists dated titles inside
the article: its second title is no story's headline."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues import text as cues
from normalizer.cues.openers import names_line
from normalizer.pipeline import normalize_text
from normalizer.stories.clean import has_photo_credit
from normalizer.text.dates import parse_date

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(name: str) -> list[dict]:
    return normalize_text((_DUMPS / name).read_text(encoding="utf-8"), _URL)["stories"]


def test_a_footers_year_and_name_line_names_the_site_not_the_teasers_more_link() -> None:
    """HSB Noticias' page: its footer's last line "2020 - HSB Noticias" is a © notice
    without the sign; "Leer Más" under each of eight related teasers repeats like a name
    but is a link's label. Every story of the page is the site's."""
    stories = _stories("hsbnoticias-cuadrado-queiroz-2020.txt")
    assert len(stories) >= 10
    assert {s["source"] for s in stories} == {"HSB Noticias"}


def test_a_more_link_repeated_down_the_page_is_never_its_name() -> None:
    """The same page with its footer line cut: no name is found, and none is made up from
    the repeated "Leer Más" link (a menu's first line, "Principal", stays the fallback)."""
    text = (_DUMPS / "hsbnoticias-cuadrado-queiroz-2020.txt").read_text(encoding="utf-8")
    cut = text.replace("2020 - HSB Noticias", "")
    sources = {s["source"] for s in normalize_text(cut, _URL)["stories"]}
    assert "Leer Más" not in sources


def test_a_headline_shown_again_in_the_more_list_heads_its_article() -> None:
    """Listín Diario's column: the kicker "MINIATURAS DEL BÉISBOL", the headline, the
    writer's name and e-mail address over the text; the kicker and headline again in the
    section's list below. The first copy, over the byline and text, is the headline."""
    stories = _stories("listindiario-lidom-miniaturas-2020.txt")
    assert [s["headline"] for s in stories] == ["Los Grandes Ligas en la Lidom"]
    assert stories[0]["text"].startswith("Es conocido el hecho de que algunos peloteros")


def test_a_headline_with_the_dutch_and_word_is_no_names_line() -> None:
    """"Los Grandes Ligas en la Lidom": "en" joins two names in Dutch, but "la Lidom" is
    no name (its particle is no name's word); two people's names still are a byline."""
    assert not names_line("Los Grandes Ligas en la Lidom", min_words=2)
    assert names_line("Piet de Vries en Jan van Dijk", min_words=2)
    assert names_line("Isabel Caro, Rocío Latorre y José Miguel Wilson", min_words=2)


def test_a_quotes_speaker_and_a_signed_caption_do_not_open_stories() -> None:
    """Tele Pinar's report: under two quoted paragraphs their speakers ("Isabel Reinoso
    Castillo, directora CUM Consolación del Sur"), a portrait's caption signed "/ Foto
    Pedro L. Rodríguez Gil", a sub-heading: one story, as the page has one, its last
    paragraph the report's; the signed caption is taken out."""
    stories = _stories("telepinar-licenciados-2020.txt")
    assert len(stories) == 1
    story = stories[0]
    assert story["headline"].startswith("Licenciados en Educación Primaria")
    assert "Isabel Reinoso Castillo, directora CUM" in story["text"]
    assert story["text"].rstrip().endswith("que comenzará en el mes de septiembre.")
    assert "/ Foto Pedro" not in story["text"]


def test_a_quotes_speaker_under_an_unquoted_paragraph_still_heads_what_follows() -> None:
    """The speaker's shape alone is no rule: under a plain paragraph, a "Name, role" line
    over a run of teasers stays a title (a portal's "Jane Roe, new chief executive" cards)."""
    cards = "\n\n".join(
        f"{name}, {role}\n\n{lead}" for name, role, lead in [
            ("Jane Roe", "new chief executive of Acme",
             "The board named her on Monday after a long search. She starts in May."),
            ("John Doe", "mayor of Springfield",
             "He won the runoff by 300 votes. Turnout was the lowest in decades."),
            ("Mary Major", "coach of the national team",
             "She signed for four years. Her first match is against Brazil in June."),
        ])
    headlines = [s["headline"] for s in normalize_text(cards, _URL)["stories"]]
    assert headlines == ["Jane Roe, new chief executive of Acme", "John Doe, mayor of Springfield",
                         "Mary Major, coach of the national team"]


def test_a_caption_signed_with_a_slash_and_the_photo_word_has_a_credit() -> None:
    assert has_photo_credit("Erik Cruz Rodríguez, graduado con título de Oro/ Foto Pedro L. "
                            "Rodríguez Gil")
    assert not has_photo_credit("and/ photo Sessions are planned.")


def test_a_read_also_box_of_dated_titles_inside_the_article_is_the_boxs() -> None:
    """Sada El Balad: "إقرأ أيضاً" (read also, its alef with the hamza below, its tanween
    written) over two titles each with its date, then the article goes on: the second
    title is the box's, the paragraphs after it the article's. The article ends at the
    empty comment form below it: the channel's blurb past the form is not its text."""
    stories = _stories("sadaelbalad-yousra-corona-2020.txt")
    article = stories[0]
    assert article["headline"].startswith("تركى آل الشيخ بعد إصابة يسرا بكورونا")
    assert "يذكر أن أخر أعمال الفنانة يسرا" in article["text"]
    assert article["published"] == "2020-12-25"
    assert not any((s["headline"] or "").startswith("مصر تكسر حاجز") or "مصر تكسر حاجز" in s["text"]
                   for s in stories)
    assert "قناة صدى البلد قناة مصرية" not in article["text"]


def test_arabic_labels_are_read_in_the_spellings_pages_print() -> None:
    for label in ("إقرأ أيضاً", "اقرأ أيضا", "اقرا ايضا", "إقرأ أيضا:"):
        assert cues.RELATED_LABEL_ONLY_RE.match(label), label
    for heading in ("اترك تعليقاً", "اترك تعليقا"):
        assert cues.COMMENT_HEADING_RE.match(heading), heading


def test_a_slashed_date_with_the_clocks_half_in_arabic_is_read() -> None:
    assert parse_date("2020/12/25 - 1:59 صباحًا") == "2020-12-25"
    assert parse_date("2020/12/25 1:59 PM") == "2020-12-25"
    assert parse_date("2020/12/25") == "2020-12-25"
