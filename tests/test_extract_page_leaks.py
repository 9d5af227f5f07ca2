"""Page-level leaks told by the page's markup, on real pages of the tenth and eighth
held-out sets (tests/fixtures/real/heldout10 and heldout8, origins in their SOURCES.md):

- a heading only a screen reader hears (Postmedia's ``<h2 class="visually-hidden">Article
  content</h2>`` opening every run of paragraphs between ad slots) is no story line, while
  a label a list repeats in plain sight stays;
- a promo box the CMS injects between the body's paragraphs (a webinar's and an event's
  registration cards, ``id="omeda-promo-article-inline-after-p3"``) is taken out, and the
  story is not split at its title;
- an embed left as its bare address (a paragraph holding one URL, no link) is no story line;
- a standfirst whose class names it (``class="subhead"``) is put back even in Chinese (words
  without spaces) and ending on a figure, not a full stop;
- in a post of one story, a heading right under the headline's repeat (The Washington
  Post's deck ``<h2>``) is the story's first line, not metadata;
- a ``<section>`` labelled by a byline or promo element (BBC's "Article information" list,
  its podcast box) holds no story line;
- a date line's label whose ``<time>`` trafilatura drops ("发表时间：", heldout11's RFI page)
  is no paragraph;
- a section label over the story's heading is no story of its own, and a kicker span inside
  the heading no part of the headline (heldout11b's n-tv page).
"""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import TEXT
from normalizer.stories.extract import STANDFIRST_NOTE, extract

REAL = Path(__file__).parent / "fixtures" / "real"
OTTAWA = REAL / "heldout10/site/2022/06/26/canadian-special-forces-ukraine/index.html"
FIERCE = REAL / "heldout10/site/2022/03/10/novavax-education-campaigns/index.html"
TECHCRUNCH = REAL / "heldout10/site/2022/11/16/sbf-regrets-ftx-bankruptcy/index.html"
CAIXIN = REAL / "heldout10/site/2023/09/26/tuhu-yangche-gangjiaosuo-guapai/index.html"
WAPO = REAL / "heldout8/site/2009/03/07/court-indefinite-detention/index.html"

BODY = "".join(f"<p>Paragraph {i} of the story runs on for long enough to be read as the "
               f"body of the article by the extractor, and it ends as a sentence does.</p>"
               for i in range(6))


def texts(markup: str | bytes) -> list[str]:
    return [b.text for b in extract(markup).blocks if b.role == TEXT and b.text]


def test_a_heading_only_a_screen_reader_hears_is_no_story_line() -> None:
    got = texts(OTTAWA.read_bytes())
    assert "Article content" not in got
    assert any(t.startswith("Canadian special forces are in Ukraine") for t in got)
    assert any(t.startswith("Besides artillery, Canada") for t in got)


def test_a_label_shown_in_a_list_stays() -> None:
    page = (f"<html><body><article><h1>A headline</h1>{BODY[:400]}"
            "<h2 class='visually-hidden'>Hidden label</h2><h3>Can fail</h3>"
            f"<p>Yes, and it says so in plain words the reader sees.</p>{BODY}"
            "</article></body></html>")
    got = texts(page)
    assert "Hidden label" not in got
    assert "Can fail" in got


def test_a_promo_box_between_the_paragraphs_is_taken_out() -> None:
    got = extract(FIERCE.read_bytes())
    lines = [b.text for b in got.blocks if b.role == TEXT and b.text]
    assert "Improving Commercial Effectiveness at Novartis" not in lines
    assert "Fierce Event" not in lines
    assert any(t.startswith("The main message of the campaign") for t in lines)
    assert any(r["kind"] == "promo" and "Novartis" in r["text"] for r in got.removed)
    records = normalize_page(FIERCE.read_bytes(), "https://example.org/novavax/")
    assert len(records[0]["stories"]) == 1


def test_a_promo_word_on_the_article_itself_takes_nothing() -> None:
    page = f"<html><body><div class='promo-article'><h1>A headline</h1>{BODY}</div></body></html>"
    assert any(t.startswith("Paragraph 3") for t in texts(page))


def test_an_embeds_bare_address_is_no_story_line() -> None:
    got = texts(TECHCRUNCH.read_bytes())
    assert not any(t.startswith("https://") for t in got)
    assert any(t.startswith("Back on the matters most pertinent") for t in got)


def test_a_linked_address_and_a_sentence_with_one_stay() -> None:
    page = (f"<html><body><article><h1>A headline</h1>{BODY}"
            "<p><a href='https://example.org/report'>https://example.org/report</a></p>"
            "<p>The report is at https://example.org/report for all to read.</p>"
            "</article></body></html>")
    got = extract(page)
    assert not any(r["text"] == "https://example.org/report" for r in got.removed)
    assert "The report is at https://example.org/report for all to read." in [
        b.text for b in got.blocks]


def test_a_named_chinese_summary_is_the_standfirst() -> None:
    blocks = extract(CAIXIN.read_bytes()).blocks
    lead = [b.text for b in blocks if b.notes.get(STANDFIRST_NOTE)]
    assert len(lead) == 1 and lead[0].startswith("国内汽车服务市场高度分散")


def test_a_deck_under_the_headlines_repeat_is_the_first_line() -> None:
    record = normalize_page(WAPO.read_bytes(), "https://example.org/court/")[0]
    story = record["stories"][0]
    assert story["headline"] == "Court Puts Off Decision On Indefinite Detention"
    assert story["text"].startswith("Justices: Indictment Made Issue Moot\n\n")
    assert not any(r["text"] == "Justices: Indictment Made Issue Moot"
                   for r in record["removed"])


BBC_ARABIC = REAL / "heldout10/site/2024/03/03/asdiqa-aaron-bushnell/index.html"


def test_regions_labelled_byline_or_promo_are_no_story_lines() -> None:
    got = extract(BBC_ARABIC.read_bytes())
    lines = [b.text for b in got.blocks if b.role == TEXT and b.text]
    assert not any(t.startswith(("Author,", "Role,")) for t in lines)
    assert not any(t.endswith("نهاية") for t in lines)  # the podcast box's end marker
    kinds = {r["kind"] for r in got.removed}
    assert {"metadata", "promo"} <= kinds
    assert any(t.startswith("صباح يوم الأحد") for t in lines)


def test_a_long_region_labelled_promo_stays() -> None:
    page = (f"<html><body><h1>A headline</h1><section aria-labelledby='promo-1'>{BODY}"
            "</section></body></html>")
    assert any(t.startswith("Paragraph 3") for t in texts(page))


def test_a_date_lines_label_does_not_stay_without_its_date() -> None:
    page = ("<html><body><div class='u-header-sticky'><article><h1>A headline</h1>"
            "<p class='m-pub-dates'><span class='m-pub-dates__date'>发表时间： "
            "<time datetime='2025-11-30T09:13:47+00:00'>30/11/2025 - 10:13</time></span></p>"
            f"{BODY}</article></div></body></html>")
    got = extract(page)
    assert not any("发表时间" in b.text for b in got.blocks)
    assert any(r["kind"] == "metadata" and r["text"].startswith("发表时间")
               for r in got.removed)
    assert any(b.text.startswith("Paragraph 3") for b in got.blocks)


NTV = REAL / "heldout11b/site/2025/02/03/hamburg-opera-talks/index.html"
RFI = REAL / "heldout11/site/2025/11/30/taiwan-t-dome-defence-spending/index.html"


def test_a_section_label_over_the_heading_and_a_kicker_in_it_make_no_story() -> None:
    record = normalize_page(NTV.read_bytes(), "https://example.org/hamburg/")[0]
    assert len(record["stories"]) == 1
    story = record["stories"][0]
    assert story["headline"] == "Gespräche zum Opernneubau in Hamburg dauern weiter an"
    assert not story["text"].startswith("Regionalnachrichten")


def test_a_kicker_alone_in_its_heading_stays() -> None:
    page = (f"<html><body><article><h2><span class='kicker'>Only a kicker</span></h2>"
            f"{BODY}</article></body></html>")
    assert not any(r["text"] == "Only a kicker" for r in extract(page).removed)


def test_the_real_date_lines_label_is_gone() -> None:
    got = texts(RFI.read_bytes())
    assert "发表时间：" not in got
    assert any(t.startswith("法新社消息称") for t in got)
