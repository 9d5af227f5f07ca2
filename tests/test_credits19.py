"""Credits beside the headline (round credits19): a portal's meta line or author box that
stands above the ``<h1>``, or under it where the header window does not reach, names the
story's agency.

- a meta line "<date> , <desk initials> | <AGENCY>" above the headline;
- a meta line "<AGENCY> | <label> <date>" under it;
- an author box holding only an agency's name;
- never a name that is no news agency, nor the agency on its own site.
"""
from __future__ import annotations

import pytest

from normalizer.pages.credits import title_credit
from normalizer.pages.permalink import parse_html
from normalizer.pipeline import normalize_page

_BODY = ("<p>Rada miejska przyjęła w poniedziałek nowy plan budowy dróg w regionie na "
         "najbliższe pięć lat, po długiej debacie z udziałem mieszkańców i radnych.</p>"
         "<p>Plan zakłada remont trzydziestu kilometrów dróg gminnych i budowę dwóch nowych "
         "mostów na rzece, co ma skrócić dojazd do centrum miasta o kwadrans.</p>"
         "<p>Opozycja zapowiada, że będzie się przyglądać wydatkom, a pierwsze przetargi mają "
         "zostać ogłoszone jeszcze przed końcem zimy, jak podał urząd miasta.</p>")
_TITLE = "Rada miasta przyjęła nowy plan budowy dróg"


def _page(above: str = "", under: str = "", body: str = _BODY) -> str:
    return (f"<html><head><title>{_TITLE} - Portal</title></head><body>"
            f"<div class='header'><div class='meta'>{above}</div><h1>{_TITLE}</h1></div>"
            f"<div class='lead'>{under}</div>"
            f"<div id='content'><div class='contentBody'>{body}</div></div></body></html>")


def _source(html: str, url: str = "https://portal.example.pl/wiadomosci/plan-drog,1.html"
            ) -> str | None:
    return normalize_page(html, url)[0]["stories"][0]["source"]


@pytest.mark.parametrize("above, under, agency", [
    ("3 sty 12 21:28 , <span>JS</span> | <span>PAP</span>", "", "PAP"),
    ("", "<span class='auth'><small>IAR<span> | </span><span>dodane 2011-12-28 "
         "(16:57)</span></small></span>", "IAR"),
    ("", "<div id='gazeta_article_author'>PAP</div><div>23.09.2011</div>", "PAP"),
])
def test_a_credit_line_beside_the_headline_names_the_agency(above: str, under: str,
                                                             agency: str) -> None:
    assert _source(_page(above, under)) == agency


@pytest.mark.parametrize("above, under", [
    ("3 sty 12 21:28 , <span>JS</span> | <span>Kraj</span>", ""),  # a rubric, no agency
    ("", "<div class='note'>PAP</div>"),  # the agency alone, but in no author box
    ("Przeczytaj też: PAP | 3 sty 12 21:28 i wiele innych wiadomości dnia", ""),
])
def test_no_agency_where_the_line_has_not_the_shape(above: str, under: str) -> None:
    tree = parse_html(_page(above, under))
    assert title_credit(tree, _TITLE) is None


def test_the_agency_on_its_own_site_is_not_its_source() -> None:
    own = "https://www.reuters.com/world/plan-drog-idUS1"
    html = _page("3 sty 12 21:28 , <span>JS</span> | <span>Reuters</span>").replace(
        "</title>", f"</title><link rel='canonical' href='{own}'>")
    assert title_credit(parse_html(html), _TITLE) is None
