"""The story's headline is the heading the page shows over it; a Bosnian or Serbian story is
not Croatian because no page says so; a post that prints no date takes its pasted
dateline's day within its permalink's month.

Real pages: the fourth held-out set (tests/fixtures/real/heldout4: Rzeczpospolita,
Investment Executive, Kommersant; MIT, see its SOURCES.md), the third
(tests/fixtures/real/heldout3: The Hutchinson News; Apache-2.0), the second
(tests/fixtures/real/heldout2: a Bosnian page; Apache-2.0), and saved blog theme pages
(tests/fixtures/real/posts, see its SOURCES.tsv). The small pages and sentences are
written for the test.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

import normalizer
from normalizer.pages.dom import heading_outside_post
from normalizer.pages.permalink import page_info, parse_html
from normalizer.stories.language import detect_language, south_slavic_standard

REAL = Path(__file__).parent / "fixtures" / "real"


def _info(path: Path, url: str | None = None):
    return page_info(parse_html(path.read_bytes()), url)


def _held_out(set_name: str, path: str) -> Path:
    return REAL / set_name / "site" / path.strip("/") / "index.html"


# --- headline: the page's visible heading over the story ----------------------------------

def test_the_h1_that_twitter_and_json_ld_name_wins_over_a_different_og_title():
    # og:title is a social teaser the page never shows; the h1, twitter:title and the
    # JSON-LD headline are the story's title
    info = _info(_held_out("heldout4", "/2026/04/19/iran-druga-runda-rozmow-usa/"))
    assert info.title.startswith("Iran zrezygnował z drugiej rundy rozmów z USA.")


def test_a_sidebar_menu_heading_is_not_the_headline():
    # the page's og:title has no content attribute; "Tools" heads a sidebar box in <aside>,
    # the story's h1 stands in its article's header ("base-article__header")
    info = _info(_held_out("heldout4", "/2022/10/11/imf-dims-outlook-2023/"))
    assert info.title == "IMF dims outlook for 2023 global economy amid Ukraine war"


def test_the_short_h1_its_og_title_repeats_wins_over_the_seo_title():
    # <title> and meta name=title are an SEO line sharing no word with the h1; og:title
    # and twitter:title repeat the h1: it is no site-wide default title
    info = _info(_held_out("heldout4", "/2025/05/14/putin-anvar-ibragim-tron/"))
    assert info.title == "Легкий троннинг"


def test_the_article_h1_wins_over_meta_titles_left_from_an_older_story():
    # a live page: its meta titles still name the story's earlier version
    info = _info(_held_out("heldout3", "/2020/11/23/latest-spain-vaccination/"))
    assert info.title == "The Latest: Spain's vaccination plan to kick off in January"


def test_a_login_boxs_heading_is_not_the_headline():
    # Jamaica Observer: the page's only h1 is "Log In" over a login form
    path = "/2022/04/26/woman-attacks-inspector/"
    info = _info(REAL / "stories" / "site" / path.strip("/") / "index.html")
    assert info.title == "Woman attacks female inspector with stone at police station"


def test_a_hidden_page_title_h1_is_not_the_headline():
    page = ("<html><head><title>News - Institute</title><meta property='og:title' "
            "content='Sediment bacteria breathe iron'></head><body><section>"
            "<h1 class='pagetitle hidden'>News</h1><div class='header'><h1>Sediment bacteria "
            "breathe iron</h1></div><p>Researchers found that the bacteria in lake sediments "
            "use iron minerals to breathe when oxygen runs out.</p></section></body></html>")
    assert page_info(parse_html(page), None).title == "Sediment bacteria breathe iron"


def _trafeval(name: str):
    import gzip

    markup = gzip.decompress((REAL / "trafeval" / "html" / f"{name}.html.gz").read_bytes())
    return page_info(parse_html(markup), None)


def test_a_blogs_name_as_its_only_h1_is_not_the_headline():
    # <title> "Time 4 talks » Blog Archiv » <post title>": the h1 is the site's part of it
    assert _trafeval("archive.org.time4talks.com.kinos").title \
        == "Weitere Digitalisierung der Schweizer Kinos"


def test_a_pages_one_h1_naming_what_its_title_names_is_the_headline():
    # no article element, no class: the h1 over the story, its <title> an SEO line
    page = ("<html><head><title>Ohio State closes Santonio Holmes investigation - NCAA "
            "Football - Sports</title></head><body><table><tr><td><h1>OSU closes Holmes "
            "investigation</h1><p>The university said on Friday it found no evidence that "
            "the former receiver took money from an agent while he played.</p></td></tr>"
            "</table></body></html>")
    assert page_info(parse_html(page), None).title == "OSU closes Holmes investigation"


def test_an_h1_that_runs_on_past_the_title_into_its_date_is_not_taken():
    page = ("<html><head><title>Fans return to the stadiums | Regional League</title>"
            "<meta property='og:title' content='Fans return to the stadiums'></head><body>"
            "<div class='article'><h1>Fans return to the stadiums <span>02.02.2022</span> "
            "<span>League, Press</span></h1><p>For the first time in two years the clubs "
            "of the region may fill their halls again, the league said.</p></div>"
            "</body></html>")
    assert page_info(parse_html(page), None).title == "Fans return to the stadiums"


def test_the_blogs_name_in_the_masthead_h1_stays_out_of_the_headline():
    # Tumblr: the page's only h1 is the blog's name in the masthead <header>
    info = _info(REAL / "posts" / "toffeemilkshake-post-140324490777.html")
    assert info.title == ("Artists Covertly Scan Bust of Nefertiti and Release the Data "
                          "for Free Online")


@pytest.mark.parametrize("name, title", [
    ("fouriertransformer-restarting-the-blog.html", "Restarting the blog"),
    ("flow14-kc-design-week.html", "KC Design Week"),
    ("lafuite-le-premier-chapitre-est-acheve.html", "Le premier chapitre est achevé!"),
])
def test_blog_pages_with_a_site_title_h1_keep_the_posts_title(name, title):
    assert _info(REAL / "posts" / name).title == title


def _element(markup: str, xpath: str):
    return lxml_html.fromstring(markup).xpath(xpath)[0]


def test_headings_in_navigation_side_boxes_and_footers_are_outside_the_post():
    page = ("<html><body><nav><h2>Sections</h2></nav><aside><h2>Tools</h2></aside>"
            "<article><p>x</p></article><footer><h2>About us</h2></footer></body></html>")
    for text in ("Sections", "Tools", "About us"):
        assert heading_outside_post(_element(page, f"//h2[.='{text}']"))


def test_an_articles_own_header_is_not_the_pages_masthead():
    page = ("<html><body><div class='site-header'><h1>Paper</h1></div><article>"
            "<header class='doc_header'><h1>Story title</h1></header><p>x</p></article>"
            "</body></html>")
    assert not heading_outside_post(_element(page, "//article//h1"))
    assert heading_outside_post(_element(page, "//div[@class='site-header']/h1"))


def test_a_header_class_outside_any_article_is_still_the_masthead():
    page = ("<html><body><div class='page-header'><h1>Paper</h1></div>"
            "<div class='story'><h1>Story</h1></div></body></html>")
    assert heading_outside_post(_element(page, "//div[@class='page-header']/h1"))


# --- language: Bosnian and Serbian without a declaration ---------------------------------

def test_the_bosnian_page_without_its_lang_attribute_is_still_bosnian():
    # a theme that declares nothing (or English) around the pasted story: the detector's
    # "hr" is mended by the story's own words (porodice; "želim da vas obavijestim")
    path = "/2020/10/26/eprs-direktor-koronavirus/"
    markup = _held_out("heldout2", path).read_text(encoding="utf-8")
    markup = re.sub(r'(<html[^>]*?)\slang="[^"]*"', r"\1", markup, count=1)
    [record] = normalizer.normalize_page(markup, "http://127.0.0.1" + path)
    assert record["stories"][0]["language"] == "bs"


CROATIAN = ("Tijekom prošlog tjedna tisuće građana okupilo se na trgu, a obitelji s djecom "
            "došle su iz cijele županije. Gradonačelnik je rekao da će tvrtka do kraja "
            "listopada dovršiti radove na sveučilištu i u kazalištu.")
BOSNIAN = ("Tokom prošle sedmice hiljade građana okupilo se na trgu, a porodice s djecom "
           "došle su iz cijelog kantona. Načelnik je rekao da želi da firma do kraja "
           "oktobra završi radove na univerzitetu i u pozorištu.")
SERBIAN = ("Tokom prošle nedelje hiljade građana okupilo se na trgu, a porodice sa decom "
           "došle su iz celog okruga. Predsednik opštine je rekao da želi da firma do kraja "
           "oktobra završi radove na univerzitetu i u pozorištu.")


def test_croatian_text_stays_croatian():
    assert south_slavic_standard(CROATIAN) is None
    assert detect_language(CROATIAN) == "hr"


def test_ijekavian_text_in_bosnian_words_is_bosnian():
    assert south_slavic_standard(BOSNIAN) == "bs"


def test_ekavian_text_in_serbian_words_is_serbian():
    assert south_slavic_standard(SERBIAN) == "sr"


def test_one_eastern_word_in_croatian_text_does_not_move_it():
    text = CROATIAN + " Porodica je zahvalila svima."
    assert south_slavic_standard(text) is None


def test_serbian_cyrillic_is_serbian_whatever_the_detector_answered():
    text = ("Председник је рекао да ће влада већ сутра донети одлуку о томе, између "
            "осталог и о ценама струје и гаса за домаћинства.")
    assert detect_language(text) == "sr"


def test_russian_and_macedonian_stay_themselves():
    assert detect_language("Президент заявил, что правительство уже завтра примет "
                           "решение об этом, в том числе о ценах на электричество.") == "ru"
    assert detect_language("Претседателот рече дека владата веќе утре ќе донесе одлука "
                           "за тоа, меѓу другото и за цените на струјата.") == "mk"


def _first_story_language(set_name: str, path: str) -> str:
    html = _held_out(set_name, path).read_bytes()
    [record] = normalizer.normalize_page(html, "http://127.0.0.1" + path)
    return record["stories"][0]["language"]


def test_an_isizulu_page_declared_english_is_isizulu_not_swahili():
    # Isolezwe: click letters (mgwaqo, abaphoqeleke) Swahili never writes, and isiZulu's
    # own little words (ukuthi, uma)
    assert _first_story_language("heldout4", "/2025/11/08/amaphara-ethekwini-umgwaqo/") == "zu"


def test_a_swahili_page_stays_swahili():
    assert _first_story_language("heldout4", "/2024/12/23/shinyanga-watu-wanaswa/") == "sw"


def test_swahili_naming_xi_jinping_and_iraq_stays_swahili():
    text = ("Rais Xi Jinping wa China na Waziri Mkuu wa Iraq walikutana leo jijini Dar es "
            "Salaam kujadili biashara na uwekezaji kati ya nchi hizo mbili, kwa mujibu wa "
            "taarifa ya serikali iliyotolewa jana jioni.")
    assert detect_language(text) == "sw"


# --- date: a dated dateline under a month-only permalink ---------------------------------

THEME = REAL / "posts" / "zxce3-the-monkey-house.html"  # Blogger: prints no post date


def _pasted(body: str) -> bytes:
    """The theme's page with ``body`` as its post and no comments (a comment's date is
    not the post's; the benchmark's theme pages carry none either)."""
    markup = THEME.read_text(encoding="utf-8")
    markup = re.sub(r"<div class=\"comment-thread toplevel-thread\">.*", "", markup)
    start = markup.index("<div class='post-body entry-content'")
    start = markup.index(">", start) + 1
    end = markup.index("<div style='clear: both;'></div>", start)
    return (markup[:start] + body + markup[end:]).encode("utf-8")


STORY = ("<p>Pasqua dirige Samp-Milan</p><p>(ANSA) - ROMA, 28 LUG - Sarà Ghersini "
         "l'arbitro di Cagliari-Juventus, in campo domani sera alle 21.45.</p>"
         "<p>Lazio-Brescia è stata affidata a Massimi.</p>")


def test_the_theme_page_prints_no_date_of_its_own():
    assert page_info(parse_html(_pasted("<p>Nothing dated here at all.</p>")),
                     "https://zxce3.blogspot.com/2020/07/story.html").published is None


def test_a_dateline_day_in_the_permalinks_month_dates_the_post():
    info = page_info(parse_html(_pasted(STORY)),
                     "https://zxce3.blogspot.com/2020/07/ghersini-cagliari-juve.html")
    assert info.published == "2020-07-28"


def test_a_dateline_day_of_another_month_is_not_taken():
    info = page_info(parse_html(_pasted(STORY)),
                     "https://zxce3.blogspot.com/2020/08/ghersini-cagliari-juve.html")
    assert info.published is None


def test_without_a_month_in_the_permalink_the_dateline_gives_no_date():
    info = page_info(parse_html(_pasted(STORY)),
                     "https://zxce3.blogspot.com/ghersini-cagliari-juve.html")
    assert info.published is None


# --- date: a UTC time and the local time the page prints for it ---------------------------

def test_a_utc_time_printed_in_eastern_time_dates_the_post_on_the_local_day():
    page = ("<html><head><title>Banks</title></head><body><article><h1>Banks warn the "
            "government</h1><time itemprop='datePublished' datetime='2015-11-13T00:01:00.001Z'"
            ">November 12, 2015 — 7:01 PM EST</time><p>The lobby group said on Thursday "
            "that the banks needed urgent action to stay in the city.</p></article>"
            "</body></html>")
    assert page_info(parse_html(page), None).published == "2015-11-12"


@pytest.mark.parametrize("printed, day", [
    ("Nov 12, 2015, 7:01 PM ET", "2015-11-12"),     # a generic zone: either of its two
    ("November 12, 2015 — 7:31 PM EST", None),       # another instant: not this one's
    ("November 12, 2015 — 7:01 PM XYZ", None),       # a zone the table does not know
])
def test_a_printed_local_time_names_the_day_only_for_the_same_instant(printed, day):
    from normalizer.text.dates import local_day

    assert local_day("2015-11-13T00:01:00Z", [printed]) == day
