"""Boxes the page names as no part of the story stay out of it, in the site's language.

A readers' comment thread named in the site's language ("stgOpinie" with its
"opOpinia" items, "komentarze", "comentarios") is read by trafilatura as more of the
story, or as more stories: its comment prunes know only names holding "comment". A
tag list named "tagi" or "etiquetas" (a label and a few links) and a pull quote
("pullquote", "highlight highlight--quote") are the page's furniture too. Each is
taken out at extraction by its name and its shape (a thread: a form's text area or
several items named alike; a tag list: short, mostly links; a pull quote: a few
lines). A box so named that holds the story (an opinion column's
``<div class="opinie">`` around its paragraphs) is kept. Invented pages, and one real
page of the held-out sets (its comment thread read from its own markup).
"""
from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import TEXT
from normalizer.stories.extract import _drop_with_dividers, extract

STORY = [
    "The council of the small coastal town voted on Tuesday evening to rebuild the old "
    "harbour wall that the winter storms had broken in three places last year.",
    "The work is to begin in the spring and should last about eighteen months, the mayor "
    "told reporters after the vote, adding that the region would pay half of the cost.",
    "Fishermen had asked for the repair for years, saying that their boats were no longer "
    "safe in the harbour when the wind turned to the north during the long nights.",
    "A local engineering firm drew up the plans, which keep the wall's original stones "
    "where they can still be used and add a new concrete core behind them for strength.",
]
COMMENTS = [
    "I have lived here for forty years and this wall has never been repaired properly, "
    "so I will believe it when I see the first stones being moved into place by them.",
    "Another waste of the taxpayers' money while the roads of the villages around the "
    "town are full of holes and nobody on the council seems to care about any of it.",
    "Good news at last for the fishermen, who have waited far too long for this.",
]
TAGS = ["harbour", "council", "storms", "fishermen"]
PULL = "Our boats were no longer safe in the harbour when the wind turned north"

REAL = Path(__file__).parent / "fixtures" / "real" / "heldout14b" / "site" / "2011" / "12" \
    / "28" / "bethlehem-monks-brawl" / "index.html"


def _page(after: str = "", *, around: str = "<div class='article-body'>{story}</div>",
          inside: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY[:2]) + inside \
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            "<h1>Harbour wall to be rebuilt</h1>"
            f"{around.format(story=story)}{after}</body></html>")


def _thread(box: str, item: str) -> str:
    items = "".join(f"<div class='{item}'><span class='nick'>reader{n}</span>"
                    f"<p>{c}</p></div>" for n, c in enumerate(COMMENTS))
    return f"<div class='{box}'><h3>Opinie ({len(COMMENTS)})</h3>{items}</div>"


def _text_lines(markup: str) -> list[str]:
    return [b.text for b in extract(markup).blocks if b.role == TEXT and b.text]


def test_a_comment_thread_named_in_polish_stays_out() -> None:
    ex = extract(_page(_thread("opOpinie", "opOpinia")))
    lines = [b.text for b in ex.blocks if b.role == TEXT and b.text]
    assert all(p in lines for p in STORY)
    assert not any(c in lines for c in COMMENTS)
    assert any(r["kind"] == "chrome" and COMMENTS[2] in r["text"] for r in ex.removed)


def test_a_comment_thread_named_in_spanish_stays_out_and_is_audited() -> None:
    ex = extract(_page(_thread("comentarios-lista", "comentario")))
    lines = [b.text for b in ex.blocks if b.text]
    assert not any(c in lines for c in COMMENTS)
    assert any(COMMENTS[0] in r["text"] for r in ex.removed)


def test_a_comment_form_alone_is_a_thread() -> None:
    form = ("<div class='komentarze'><form><p>Dodaj komentarz do tego artykułu, prosimy "
            "o kulturę wypowiedzi i szacunek dla innych czytelników serwisu.</p>"
            "<textarea name='body'></textarea></form></div>")
    lines = _text_lines(_page(form))
    assert all(p in lines for p in STORY)
    assert not any("komentarz" in line for line in lines)


def test_one_box_named_opinion_without_a_thread_is_kept() -> None:
    # a column's box named "opinie" with no text area and no items named alike: no thread
    box = f"<div class='opinie-box'><p>{COMMENTS[0]}</p></div>"
    lines = _text_lines(_page(inside=box))
    assert COMMENTS[0] in lines


def test_an_article_whose_body_sits_in_a_box_named_opinion_is_kept() -> None:
    # an opinion column: the story's paragraphs inside "opinie", readers' items beside
    around = ("<div class='opinie'><div class='opinie-tekst'>{story}</div>"
              "<div class='opinie-autor'>Jan Kowalski</div>"
              "<div class='opinie-data'>12.01.2012</div></div>")
    lines = _text_lines(_page(around=around))
    assert all(p in lines for p in STORY)


def test_a_long_comment_does_not_pass_for_the_article() -> None:
    # one reader's comment of more paragraphs than the story's (lines apart by <br>)
    story = "<br><br>".join(STORY)
    long_one = "".join(f"<p>{c}</p>" for c in COMMENTS * 2)
    items = f"<div class='komentarz'>{long_one}</div><div class='komentarz'><p>+1</p></div>"
    page = ("<html><body><h1>Harbour wall to be rebuilt</h1>"
            f"<div class='tresc'>{story}</div><div class='komentarze'>{items}</div>"
            "</body></html>")
    ex = extract(page)
    assert any(COMMENTS[0] in r["text"] for r in ex.removed)
    assert not any(COMMENTS[1] in b.text for b in ex.blocks)


def test_a_tag_list_named_in_polish_stays_out() -> None:
    links = ", ".join(f"<a href='/tag/{t}'>{t}</a>" for t in TAGS)
    ex = extract(_page(f"<div class='tagi'><span>TAGI:</span> {links}</div>"))
    lines = [b.text for b in ex.blocks if b.role == TEXT and b.text]
    assert all(p in lines for p in STORY)
    assert any(r["text"] == "TAGI: " + ", ".join(TAGS) for r in ex.removed)
    assert not any(t in lines or f"{t}," in lines for t in TAGS)
    assert "TAGI:" not in lines


def test_a_box_named_tags_that_reads_as_prose_is_kept() -> None:
    # mostly text, not links: whatever its name, not a list of tags
    box = f"<div class='etiquetas'><p>{COMMENTS[0]} <a href='/x'>more</a></p></div>"
    lines = _text_lines(_page(inside=box))
    assert any(COMMENTS[0] in line for line in lines)


def test_a_pull_quote_stays_out() -> None:
    quote = (f"<div class='content_component highlight highlight--quote'><h3>{PULL}</h3>"
             "<p class='author_name'>Jan Pescador</p>"
             "<p class='author_role'>Chairman of the fishermen's guild</p></div>")
    lines = _text_lines(_page(inside=quote))
    assert all(p in lines for p in STORY)
    assert PULL not in lines
    assert "Chairman of the fishermen's guild" not in lines


def test_a_long_quote_box_is_the_story_and_kept() -> None:
    # a quoted statement of several sentences set in a box: more than a pull quote
    long_quote = " ".join(STORY[1:])
    box = f"<blockquote class='quote highlighted'><p>{long_quote}</p></blockquote>"
    lines = _text_lines(_page(inside=box))
    assert any(STORY[1] in line for line in lines)


def test_a_real_comment_section_is_dropped() -> None:
    # a Polish portal's page: its readers' thread (the items named "opOpinia") is no
    # part of the story, its article (lines apart by <br>, no <p>) is kept
    markup = REAL.read_bytes()
    page = lxml_html.fromstring(markup)
    items = page.xpath("//div[@class='opOpinia']//div[@class='opTresc']/p[1]")
    comments = [" ".join(p.text_content().split()) for p in items]
    assert len(comments) >= 10
    body = page.xpath("//div[@id='intertext1']")[0]
    first = " ".join(next(t for t in body.itertext() if t.strip()).split())
    blocks = [b.text for b in extract(markup).blocks if b.text]
    assert any(first[:60] in b for b in blocks)
    assert not any(c[:60] in b for c in comments for b in blocks)


def test_a_lone_pull_quote_in_large_type_is_kept() -> None:
    # no speaker set apart: a sentence of the story in large type (Medium's pull quote)
    quote = f"<blockquote class='graf--pullquote pullquote'>{PULL}.</blockquote>"
    lines = _text_lines(_page(inside=quote))
    assert f"{PULL}." in lines


def test_the_divider_that_set_a_pull_quote_apart_goes_with_it() -> None:
    # <hr> then the quote card: with the card gone, a bare divider between two
    # paragraphs of one story would read as a separator between two pasted stories
    quote = (f"<hr class='c-divider'/><blockquote class='b-article-body__pullquote'>"
             f"<p>{PULL}</p><span class='b-article-body__citation'>— "
             "<span>Jan Pescador</span></span></blockquote>")
    records = normalize_page(_page(inside=quote), "https://example.org/2025/harbour-wall/")
    stories = [s for r in records for s in r["stories"]]
    assert len(stories) == 1
    assert stories[0]["headline"] == "Harbour wall to be rebuilt"
    assert all(p in stories[0]["text"] for p in STORY)
    assert PULL not in stories[0]["text"]


def test_a_divider_with_text_between_it_and_the_box_stays() -> None:
    root = lxml_html.fromstring("<div><p>one</p><hr/>tail words<aside class='x'>box</aside>"
                                "<p>two</p><hr/></div>")
    _drop_with_dividers(root.find("aside"))
    assert [el.tag for el in root] == ["p", "hr", "p", "hr"]
    assert "tail words" in root.text_content()


def test_dividers_right_before_and_after_the_box_go_with_it() -> None:
    root = lxml_html.fromstring("<div><p>one</p><hr/><aside>box</aside><hr/><p>two</p></div>")
    _drop_with_dividers(root.find("aside"))
    assert [el.tag for el in root] == ["p", "p"]
