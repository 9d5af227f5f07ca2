"""Credits printed around the body: the outlet a news page names outside the story's
paragraphs, by the line's position or in its markup (``normalizer.pages.credits``, shapes
in ``normalizer.cues.credits``).

The pages are real: the second held-out set's saved news pages
(``tests/fixtures/real/heldout2``, origins and licence in its ``SOURCES.md``), read whole,
and excerpts of their markup (the header and footer lines as the pages print them) around
paragraphs, to show what each rule takes and what it leaves.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from normalizer.pages import credits
from normalizer.pipeline import normalize_page

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout2" / "site"


def _source_of(path: str) -> str | None:
    page = (SITE / path / "index.html").read_bytes()
    return normalize_page(page, f"https://example.org/{path}/")[0]["stories"][0]["source"]


# --- The spec, on whole real pages --------------------------------------------------------
@pytest.mark.parametrize(("path", "source"), [
    # a byline slot under the standfirst names the agency: "Af Ritzau" (Danish "by")
    ("2020/01/02/norwegian-737-max", "Ritzau"),
    # the article footer's byline names the outlet itself: "Door: NU.nl", beside the
    # picture credit "Beeld: Pro Shots" (a photo agency, never the source)
    ("2020/09/26/verstappen-derde-training", "NU.nl"),
    # the agency's name alone under the headline, in the header's publisher slot
    ("2020/09/20/metro-miner-sud", "Укринформ"),
    # an aggregator's date line ends with the provider, linked to its provider page
    ("2020/02/15/yoda-yuki-photobook", "オリコン"),
    # only markup names the agency: its logo linking its site in the author slot
    ("2020/03/14/ira-sancoes-coronavirus", "Reuters"),
])
def test_a_credit_around_the_body_names_the_source(path: str, source: str) -> None:
    assert _source_of(path) == source


# --- Excerpts of those pages: what each rule takes and leaves ---------------------------
_PARAS = (
    "<p>Norwegian-aktien har fået en flyvende start på 2020 efter Boeing-aftaler om "
    "erstatning for flyveforbud.</p>"
    "<p>Aktien i Norwegian stiger torsdag formiddag med over 13 procent på Oslo-børsen, "
    "efter at flere medier har beskrevet Boeing-aftaler om erstatning.</p>"
    "<p>Det sker efter, at Turkish Airlines i sidste uge oplyste, at selskabet har indgået en "
    "aftale med Boeing om erstatning for tab i forbindelse med flytypen.</p>")


def _page(header: str = "", footer: str = "", head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><article>"
            "<div class='headline'>Forstærket håb om 737 MAX-erstatning løfter Norwegian-aktie"
            f"</div>{header}<div class='text'>{_PARAS}</div>{footer}</article></body></html>")


def _source(page: str) -> str | None:
    return normalize_page(page, "https://example.org/a/")[0]["stories"][0]["source"]


def test_a_byline_naming_an_outlet_gives_the_source() -> None:
    header = ("<div class='created_and_author'><div class='created_at'>Erhverv - 02. januar "
              "2020 kl. 10:21</div><div class='author'>Af Ritzau</div></div>")
    assert _source(_page(header)) == "Ritzau"
    footer = ("<div class='block article-footer'><div class='block-wrapper'>"
              "<div class='attribution-share'><div class='attribution'><span class='author'>"
              "Door: NU.nl</span><span class='media-copyright'>Beeld: Pro Shots</span>"
              "</div></div></div></div>")
    assert _source(_page(footer=footer)) == "NU.nl"


@pytest.mark.parametrize(("line", "byline"), [
    # no colon: a header's "by" line may name a blog's poster, but in the author slot
    # (class "author") it names the story's writer
    ("Af Jens Hansen", ["Jens Hansen"]),
    ("Af: Jens Hansen", ["Jens Hansen"]), ("Door: Jan de Vries", ["Jan de Vries"]),
    ("Przez: Jan Kowalski", ["Jan Kowalski"]), ("Nga: Arben Gashi", ["Arben Gashi"]),
])
def test_a_persons_byline_is_no_source(line: str, byline: list[str]) -> None:
    story = normalize_page(_page(f"<div class='author'>{line}</div>"),
                           "https://example.org/a/")[0]["stories"][0]
    assert (story["source"], story["byline"]) == (None, byline)


@pytest.mark.parametrize("line", ["Beeld: Pro Shots", "Foto: Kyrre Lien/Ritzau Scanpix",
                                  "Foto: Ritzau Scanpix"])
def test_a_picture_credit_is_never_the_source(line: str) -> None:
    assert _source(_page(f"<div class='image_photographer'>{line}</div>")) is None


def test_a_blogs_own_name_is_no_source() -> None:
    # an outlet-shaped name the outlets table does not know, which is the site's own
    head = "<meta property='og:site_name' content='Nordic Aviation News'>"
    page = _page("<div class='author'>By: Nordic Aviation News</div>", head=head)
    assert _source(page) is None
    # an archived copy's own site is the archived page's ("Autor: przepisy.pl" there)
    head = ("<link rel='canonical' href='https://web.archive.org/web/20200808063632/"
            "https://www.przepisy.pl/przepis/pierogi'>")
    assert _source(_page("<p class='author'>Autor: przepisy.pl</p>", head=head)) is None
    # the same line on a page of another site credits that outlet, by its shape
    page = _page("<div class='author'>By: Nordic Aviation News</div>")
    assert _source(page) == "Nordic Aviation News"
    # without a colon only a known outlet counts: "by World Aviation News" names a poster
    assert _source(_page("<div class='author'>by World Aviation News</div>")) is None


def test_a_name_alone_in_the_header_is_a_known_outlet_or_in_the_publisher_slot() -> None:
    assert _source(_page("<div class='newsMetaBlock'><span>Ritzau</span></div>")) == "Ritzau"
    publisher = "<div class='newsPublisher'><span>Укринформ</span></div>"
    assert _source(_page(publisher)) == "Укринформ"
    # an unknown name alone elsewhere in the header is a kicker or a section, no credit
    assert _source(_page("<div class='kicker'><span>Erhverv</span></div>")) is None


def test_a_date_line_ends_with_its_provider() -> None:
    linked = ("<p class='date'>2月15日（土）7時0分\u3000<a href='/provider/ori/'>オリコン</a></p>")
    assert _source(_page(linked)) == "オリコン"
    assert _source(_page("<p class='date'>2 January 2020 | Ritzau</p>")) == "Ritzau"
    # an unlinked name the table does not know after a date line: a writer, not a provider
    assert _source(_page("<p class='date'>2月15日（土）7時0分\u3000山田太郎</p>")) is None


_UOL_AUTHOR = ("<div class='author has-image'><a href='http://br.reuters.com/' "
               "class='agency-link'><img src='https://example.org/reuters.gif' alt='' "
               "class='img-agency'></a><p class='p-author time'>14/03/2020 16h15</p></div>")


def test_an_agency_only_in_markup_is_credited_off_its_own_site() -> None:
    assert _source(_page(_UOL_AUTHOR)) == "Reuters"
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":'
          '"Organization","name":"Reuters"},"publisher":{"@type":"Organization","name":'
          '"UOL"}}</script>')
    assert _source(_page(head=ld)) == "Reuters"
    # the agency's own site: its JSON-LD publisher or its address is the agency
    own = ld.replace('"UOL"', '"Reuters"')
    assert _source(_page(head=own)) is None
    tree = lxml_html.fromstring(_page(_UOL_AUTHOR, head="<link rel='canonical' "
                                      "href='https://www.reuters.com/article/x'>"))
    assert credits.markup_credit(tree) is None


def test_a_person_as_the_json_ld_author_is_no_source() -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":'
          '"Person","name":"Hassan Rouhani"},"publisher":{"name":"UOL"}}</script>')
    assert _source(_page(head=ld)) is None
