"""pages17 (issue 10, heldout12/heldout12b): two shapes of real pages the twelfth held-out
set showed.

- A thin fast-pass body: Blick's CMS wraps each paragraph in ``div.styled-tags``, which
  trafilatura's fast pass deletes by its class word ("tags") before choosing, leaving it
  only the article's furniture (a subtitle, a gallery's counters, a feedback link). The
  full mode's body (another part of the page, with many times the sentence words) is
  taken (``extract.THIN_BODY_GAIN``); a short post whose fast body is its whole text
  keeps it.
- A heading in the page's ``<main>``: il Fatto's ``<body class="... no-sidebar">`` over
  a page of many ``<article>`` elements does not make the article's ``<h1>`` chrome
  (``dom.heading_outside_post``), so the ``<h1>`` is the headline, not the shorter
  ``<title>`` written for search engines."""
from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from normalizer.pages.dom import heading_outside_post
from normalizer.pipeline import normalize_page
from normalizer.stories import extract as extract_module
from normalizer.stories.extract import extract

_REAL = Path(__file__).parent / "fixtures" / "real"
_BLICK = (_REAL / "heldout12b" / "site" / "2026" / "03" / "22"
          / "erzgebirge-practices-staff-shortage" / "index.html")
_FATTO = (_REAL / "heldout12" / "site" / "2026" / "04" / "20" / "bayern-champions-treble"
          / "index.html")


def test_thin_fast_body_gives_way_to_the_article():
    blocks = extract(_BLICK.read_bytes()).blocks
    texts = [b.text for b in blocks if b.text]
    # the article's opening paragraph and a sub-heading's paragraph are read
    assert any(t.startswith("Der Fachkräftemangel ist längst kein abstraktes Thema mehr.")
               for t in texts)
    assert any(t.startswith("Dabei ist der dringende Bedarf klar definiert.") for t in texts)
    # (and the feedback link is no longer the story's only line)
    assert sum(len(t.split()) for t in texts) > 200


def test_short_post_keeps_its_fast_body(monkeypatch):
    # a short post (under MENU_MIN_WORDS words), alone or beside a box of more sentences:
    # the full mode is asked, and the blocks are those the fast pass gave
    post = ("<main><article><h1>Harbour wall to be rebuilt</h1><p>The council voted on "
            "Tuesday to rebuild the old wall after the winter storms broke it.</p>"
            "</article></main>")
    box = ("<div class='more'><h2>Elsewhere</h2><p>A long story of other things, told at "
           "length with many sentences. It goes on. And on. It has nothing to do with the "
           "wall at all. Readers of this box read it often, the site says. More and more "
           "lines follow here.</p></div>")
    pages = [f"<html><head><title>Harbour wall</title></head><body>{post}{more}</body></html>"
             for more in ("", box)]
    asked = [[(b.kind, b.text) for b in extract(page).blocks] for page in pages]
    assert all(any(t.startswith("The council voted on Tuesday") for _k, t in blocks)
               for blocks in asked)
    monkeypatch.setattr(extract_module, "_thin_body", lambda body: False)
    assert asked == [[(b.kind, b.text) for b in extract(page).blocks] for page in pages]


def test_h1_in_main_under_a_layout_body_class_is_the_headline():
    records = normalize_page(_FATTO.read_bytes(), "https://www.ilfattoquotidiano.it/x/")
    assert records[0]["stories"][0]["headline"].startswith(
        "Il Bayern Monaco campione con 109 gol in 30 partite")


def test_layout_class_above_main_is_no_chrome_but_a_nav_in_main_is():
    doc = lxml_html.fromstring(
        "<html><body class='no-sidebar'><main><article><header class='post__header'>"
        "<h1>Title</h1></header></article><article><h2>Other</h2></article>"
        "<nav><h1 id='crumb'>Crumb</h1></nav></main></body></html>")
    h1 = doc.xpath("//article//h1")[0]
    assert not heading_outside_post(h1)
    assert heading_outside_post(doc.get_element_by_id("crumb"))
    outside = lxml_html.fromstring(
        "<html><body><div class='sidebar'><h1>Box</h1></div><main><p>x</p></main></body></html>")
    assert heading_outside_post(outside.xpath("//h1")[0])
