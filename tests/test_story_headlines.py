"""Which line is a story's headline, and where one story ends and the next begins, on real
pages: a blog post whose body opens with the pasted story's own headline under the
editor's title (pages of the real WordPress), news pages whose ``<h1>`` is the article's
title with a deck, kicker or first section heading under it, and real stories whose photo
credits, correction notes and related-story teasers must not open stories of their own."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import lxml.html
import pytest

from normalizer.model import PostMeta
from normalizer.pages.permalink import content_heading, parse_html
from normalizer.pipeline import normalize_content, normalize_page, normalize_text

FIX = Path(__file__).parent / "fixtures"
WP = FIX / "wordpress"
STORIES = FIX / "real" / "stories"
DUMPS = FIX / "real" / "dumps"

# The posts of benchmarks/eval_wordpress_real.py saved from the real WordPress: the
# editor's title, and the pasted story's own headline opening the post's body.
WP_POSTS = {
    "steinmeier-bka": ("Steinmeier beim BKA", "bundespraesident-radikalisierung"),
    "muratov-advierte": ("Muratov advierte sobre armas nucleares", "muratov-armas-nucleares"),
}


def _gold(key: str) -> dict:
    for line in (STORIES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["url"].strip("/").split("/")[-1] == key:
            return rec
    raise KeyError(key)


def _real_page(key: str) -> dict:
    rec = _gold(key)
    html = (STORIES / "site" / rec["url"].strip("/") / "index.html").read_bytes()
    return normalize_page(html, "https://example.org" + rec["url"])[0]


@pytest.mark.parametrize("theme", ["twentytwentyone", "twentytwentythree"])
@pytest.mark.parametrize("slug", sorted(WP_POSTS))
def test_a_heading_opening_a_blog_posts_body_is_the_pasted_storys_headline(theme, slug):
    """The editor's title stands in the post's header; the pasted story's own headline
    opens the post's body (``entry-content``): the story takes that headline, the post
    keeps its title."""
    title, story = WP_POSTS[slug]
    html = (WP / f"permalink-{theme}-{slug}.html").read_bytes()
    [rec] = normalize_page(html, f"http://wp.test/{slug}/")
    want = _gold(story)["stories"][0]["headline"]
    assert rec["title"] == title
    assert [s["headline"] for s in rec["stories"]] == [want]
    assert content_heading(parse_html(html)) == want


@pytest.mark.parametrize("slug", sorted(WP_POSTS))
def test_the_same_post_by_its_content_alone_gets_the_same_headline(slug):
    """An archive page showing the post whole, the REST API and a feed give the post's
    body alone, under the title they list: one path, one result."""
    title, story = WP_POSTS[slug]
    page = lxml.html.fromstring((WP / f"permalink-twentytwentyone-{slug}.html").read_bytes())
    [body] = page.xpath("//div[contains(concat(' ', @class, ' '), ' entry-content ')]")
    content = "".join(lxml.html.tostring(child, encoding="unicode") for child in body)
    rec = normalize_content(content, PostMeta(url=f"http://wp.test/{slug}/", title=title))
    assert [s["headline"] for s in rec["stories"]] == [_gold(story)["stories"][0]["headline"]]


@pytest.mark.parametrize("key, under_title", [
    ("washington-native-american-justice", "a standfirst in the article's header"),
    ("rostow-wohnhausbrand", "a second headline in the article's header"),
    ("lockdown-gottesdienste", "a sub-heading box inside the content holding the title"),
    ("alfa-romeo-spaeter-launch-c42", "a standfirst"),
    ("autohaeuser-langsames-anlaufen", "the title with its kicker"),
    ("meta-programming-defadvice", "the first numbered section"),
])
def test_a_news_pages_heading_under_its_title_is_not_the_headline(key, under_title):
    """On a news or article page the ``<h1>`` is the story's title, and the heading under
    it is no headline: it stands beside the title (in the article's header, or in a body
    that holds the title too) or is a numbered section."""
    rec = _real_page(key)
    got, want = rec["stories"][0]["headline"], _gold(key)["stories"][0]["headline"]
    assert got.lower() == want.lower(), under_title  # (the gold's case is the <title>'s)


def test_a_numbered_section_opening_a_posts_body_is_not_its_headline():
    body = ("<h2>1 Introduction</h2>"
            + "<p>Emacs lets a function be wrapped by advice, which runs before or after it, "
              "and this post shows how that works in practice.</p>" * 3)
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/1/",
                                           title="Meta-programming with advice"))
    assert rec["stories"][0]["headline"] == "Meta-programming with advice"


def test_a_bold_first_line_of_a_blogger_post_body_is_its_lead_heading():
    """Blogger: the title in ``h3.post-title`` outside ``div.post-body``; an editor's
    pasted headline as the body's first line, bold, ended by a line break."""
    html = ("<html><body><div class='post hentry'><h3 class='post-title entry-title'>"
            "<a href='/2020/01/x.html'>Blog title</a></h3>"
            "<div class='post-body entry-content'><b>Pasted Story Headline Here</b><br/>"
            "<br/>LONDON (Reuters) - The body of the story.</div></div></body></html>")
    assert content_heading(parse_html(html)) == "Pasted Story Headline Here"
    bold_start = html.replace("</b><br/>", "</b> goes on in plain text<br/>")
    assert content_heading(parse_html(bold_start)) is None


def test_a_photo_credit_under_a_picture_ends_no_story():
    """"© Team" under a picture, then a gallery caption: still the one story."""
    rec = _real_page("alfa-romeo-spaeter-launch-c42")
    assert len(rec["stories"]) == 1
    assert "Vasseur" in rec["stories"][0]["text"]  # the story's last paragraph


def test_aps_correction_note_and_contributors_after_its_rule_stay_in_the_story():
    """AP ends a story with "___", a correction note and "X contributed to this report":
    the story's end, not an untitled story."""
    rec = _real_page("russian-cargo-ship-breaks-up")
    assert len(rec["stories"]) == 1
    assert rec["stories"][0]["text"].endswith("contributed to this report.")
    assert "This version corrects" in rec["stories"][0]["text"]


def test_a_related_lists_teaser_after_the_story_is_no_story():
    rec = _real_page("muratov-armas-nucleares")
    assert len(rec["stories"]) == 1
    assert "Tiffany" not in rec["stories"][0]["text"]


def test_a_paywall_box_under_a_title_shaped_line_is_no_story():
    """A dump: "Noch 10 Gratis-Artikel diesen Monat." over a date line and a three-sentence
    subscription pitch is the page's chrome, not a second story."""
    text = (DUMPS / "rnz-buchpreis-2015.txt").read_text(encoding="utf-8")
    rec = normalize_text(text, "https://www.rnz.de/x")
    assert [s["headline"] for s in rec["stories"]] == [
        json.loads((DUMPS / "rnz-buchpreis-2015.gold.json").read_text())["stories"][0]["headline"]]


def test_a_classic_caption_before_the_pasted_headline_is_passed_over():
    """WordPress's classic ``[caption]`` renders a ``div.wp-caption`` (its text in
    ``p.wp-caption-text``): the bold headline line after it still opens the body."""
    html = ("<html><body><article class='post hentry'><header class='entry-header'>"
            "<h1 class='entry-title'>Editor's title</h1></header><div class='entry-content'>"
            "<div class='wp-caption aligncenter'><img src='/a.jpg' alt=''/>"
            "<p class='wp-caption-text'>A photo caption (Reuters)</p></div>"
            "<p><strong>Pasted Story Headline Here</strong></p><p>Body.</p></div>"
            "</article></body></html>")
    assert content_heading(parse_html(html)) == "Pasted Story Headline Here"


def test_a_sentence_opening_a_posts_body_is_a_deck_not_a_headline():
    """A news site on WordPress may open the body with its deck: a sentence, full stop
    and all, is no headline."""
    body = ("<h2>The council approved the harbour plan on Monday after a long debate, "
            "officials said.</h2>"
            + "<p>The plan, which had been discussed for years, goes ahead with a budget of "
              "four million and a start in the spring.</p>" * 3)
    rec = normalize_content(body, PostMeta(url="https://news.example/harbour/",
                                           title="Harbour plan approved"))
    assert rec["stories"][0]["headline"] == "Harbour plan approved"


def _blogger_post(title: str, body: str) -> bytes:
    """A real Blogger post page (Blogger's classic template, tests/fixtures/real/posts) with
    its post's title and body replaced, as an aggregator's editor would have written them."""
    page = lxml.html.fromstring(
        (FIX / "real" / "posts" / "lafuite-le-premier-chapitre-est-acheve.html").read_bytes())
    [post_body] = page.xpath("//div[contains(concat(' ', @class, ' '), ' post-body ')]")
    for child in list(post_body):
        post_body.remove(child)
    post_body.text = None
    post_body.append(lxml.html.fragment_fromstring(body))
    [heading] = page.xpath("//h3[contains(concat(' ', @class, ' '), ' post-title ')]")
    heading.text = title
    page.find(".//title").text = f"La fuite (autour du monde): {title}"
    for meta in page.xpath("//meta[@property='og:title']"):
        meta.set("content", title)
    return lxml.html.tostring(page, encoding="utf-8")


@pytest.mark.parametrize("shape", [
    "<b>{h}</b><br /><br />{paras}",                                 # bold, line breaks
    "<div><b>{h}</b></div><div><br /></div>{divs}",                   # a line a <div>
    '<span style="font-size: large;"><b>{h}</b></span><br /><br />{paras}',
])
def test_a_pasted_headline_opening_a_blogger_posts_body_is_the_storys(shape):
    """Blogger's post title stands in ``h3.post-title``, outside ``div.post-body`` (inside
    Blogger's "Blog" widget): the bold line opening the body, as Blogger's editor writes it,
    is the story's own headline; the title is the post's, without the blog's name."""
    st = _gold("bundespraesident-radikalisierung")["stories"][0]
    paras = st["text"].split("\n\n")
    body = shape.format(h=st["headline"], paras="<br /><br />".join(paras),
                        divs="".join(f"<div>{p}</div><div><br /></div>" for p in paras))
    html = _blogger_post("Steinmeier beim BKA",
                         f'<div dir="ltr" style="text-align: left;" trbidi="on">{body}</div>')
    [rec] = normalize_page(html, "https://lafuite.example/2021/11/steinmeier-beim-bka.html")
    assert rec["title"] == "Steinmeier beim BKA"
    assert [s["headline"] for s in rec["stories"]] == [st["headline"]]


def test_kubricks_entry_holds_the_post_body():
    """Kubrick (WordPress's old default theme) and its heirs: the title an ``h2`` in
    ``div.post``, the body ``div.entry`` beside it."""
    html = ("<html><body><div class='post hentry'><h2><a href='/p/'>Editor's title</a></h2>"
            "<small>December 11th, 2017</small><div class='entry'>"
            "<p><strong>Pasted Story Headline Here</strong></p><p>Body.</p></div></div>"
            "</body></html>")
    assert content_heading(parse_html(html)) == "Pasted Story Headline Here"


def _story_html(key: str) -> tuple[str, list[str]]:
    st = _gold(key)["stories"][0]
    return st["headline"], st["text"].split("\n\n")


def test_a_blogger_body_of_bare_lines_keeps_its_paragraphs():
    """Blogger's classic editor: bare text parted by ``<br><br>``, no other element.
    trafilatura keeps it as one paragraph; each blank line parts two paragraphs, so a
    cruft line among them is a line of its own again."""
    head, paras = _story_html("eee-sixth-fatality")
    credit = "© 2019 Associated Press. All Rights Reserved."
    body = "<br /><br />".join([*paras, credit])
    html = _blogger_post(head, f'<div dir="ltr" style="text-align: left;" trbidi="on">{body}</div>')
    [rec] = normalize_page(html, "https://lafuite.example/2019/11/eee.html")
    [story] = rec["stories"]
    assert story["text"].split("\n\n") == paras
    assert credit in [r["text"] for r in rec["removed"]]


def test_a_tumblr_reblog_keeps_its_quoted_paragraphs_and_headline():
    """A Tumblr reblog: "name:" over a ``<blockquote>`` holding the reblogged post, its
    headline first. The quote's paragraphs stay paragraphs; the headline opening the
    quoted body is the story's, under the reblogger's own title."""
    head, paras = _story_html("marin-merkel-maataloustuet")
    quote = f"<h2>{head}</h2>" + "".join(f"<p>{p}</p>" for p in paras)
    html = ("<html><head><title>news — News: Marin and Merkel</title></head><body>"
            "<article class='text reblogged'><section class='post'><div class='post-content'>"
            "<h2 class='title'><a href='/post/1/marin/'>News: Marin and Merkel</a></h2>"
            "<div class='body-text'><p><a class='tumblr_blog' href='https://x.tumblr.com/post/1'>"
            f"agencyreposts</a>:</p><blockquote>{quote}</blockquote></div></div></section>"
            "</article></body></html>")
    assert content_heading(parse_html(html)) == head
    [rec] = normalize_page(html, "https://news.example/post/1/marin/")
    assert [s["headline"] for s in rec["stories"]] == [head]
    assert rec["stories"][0]["text"].split("\n\n") == paras
    # An archive page, the API or a feed hands over the same post container.
    [box] = lxml.html.fromstring(html).xpath("//div[@class='post-content']")
    rec = normalize_content(lxml.html.tostring(box, encoding="unicode"),
                            PostMeta(url="https://news.example/post/1/marin/",
                                     title="News: Marin and Merkel"))
    assert [s["headline"] for s in rec["stories"]] == [head]


def test_a_title_the_page_shows_as_it_is_keeps_its_second_storys_headline():
    """An editor's title naming both stories ("A · B") shown as the post's heading: that is
    the title, though a heading inside the post (the first story's) begins with "A"."""
    first, paras1 = _story_html("wuhan-yingxiong-cheng")
    second, paras2 = _story_html("tach-auch")
    title = f"{first} · {second}"
    body = "".join(f"<h2>{head}</h2>" + "".join(f"<p>{p}</p>" for p in paras)
                   for head, paras in ((first, paras1), (second, paras2)))
    html = (f"<html><head><title>blog — {title}</title><meta property='og:title' "
            f"content='{title}'></head><body><article class='post text'><h2 class='title'>"
            f"<a href='/post/2/'>{title}</a></h2><div class='body-text'>{body}</div>"
            "</article></body></html>")
    [rec] = normalize_page(html, "https://blog.example/post/2/")
    assert rec["title"] == title
    assert [s["headline"] for s in rec["stories"]] == [first, second]


def test_a_blog_articles_first_section_heading_is_not_its_headline():
    """A blogger's own article opening with the first of its section headings (the same
    heading shape recurs through the post) keeps the post's title as its headline; a
    pasted story's headline is seen once, or once more at the next story's."""
    raw = gzip.decompress(
        (FIX / "real" / "trafeval" / "html" / "lady50plus.de.sekre.html.gz").read_bytes())
    rec = normalize_page(raw, "https://lady50plus.de/sekre/")[0]
    assert content_heading(parse_html(raw)) == "160 Designerinnen für eine einzige Handtasche"
    assert rec["stories"][0]["headline"] == rec["title"]


# --- Kickers: a label opening the post's body is not the story's headline ------------------
TRAFEVAL = FIX / "real" / "trafeval" / "html"


def _trafeval(name: str) -> bytes:
    return gzip.decompress((TRAFEVAL / f"{name}.html.gz").read_bytes())


@pytest.mark.parametrize("name, kicker", [
    ("pinkstinks.de-Kulturtechnik", "Eine Kolumne von Nils Pickert"),   # a column's byline
    ("mitternachtskabinett.wordpress.com.gentrifizierung", "MP3-DOWNLOAD (01:00 h)"),
])
def test_a_kicker_opening_a_real_posts_body_is_not_its_headline(name, kicker):
    """Real blog pages whose body opens with a kicker in heading markup: the story keeps
    the post's title."""
    raw = _trafeval(name)
    assert content_heading(parse_html(raw)) == kicker
    rec = normalize_page(raw, f"https://example.org/{name}/")[0]
    assert rec["stories"][0]["headline"] == rec["title"] != kicker
    assert kicker not in rec["stories"][0]["text"]


def test_a_columns_kicker_names_its_writer():
    rec = normalize_page(_trafeval("pinkstinks.de-Kulturtechnik"), "https://example.org/p/")[0]
    assert rec["stories"][0]["byline"] == ["Nils Pickert"]


# The other real pages of the fixtures whose body opens with a heading: headlines, decks and
# section headings, none a kicker.
REAL_LEADS = ["doschu.com.solopreneur", "erfolg-magazin.de.konfliktkultur",
              "hr-innovation.org.enterprise", "lady50plus.de.sekre", "maescot.de.schafskunde",
              "natuerliche-jagd.de-seminar", "nowgrenada.com-pm", "sladisworld.wordpress.com.sigma",
              "steinhau.com.zahlen", "thebigbone.wordpress.com.ueberforderung",
              "archive.org.swap-stop.org.shuji", "frau-sabienes.de.konsumsparen"]


@pytest.mark.parametrize("name", REAL_LEADS)
def test_a_real_heading_opening_a_body_is_no_kicker(name):
    from normalizer.stories.blocks import Block
    from normalizer.stories.split import is_kicker

    lead = content_heading(parse_html(_trafeval(name)))
    assert lead and not is_kicker(Block(text=lead, bold=True))


@pytest.mark.parametrize("kicker", ["ANALYSIS", "Analysis:", "EXCLUSIVE", "Opinion |",
                                    "Gastbeitrag", "Ein Kommentar von Anna Schmidt",
                                    "A column by Jane Doe", "By Jane Doe",
                                    "Une chronique de Paul Martin",
                                    "Análisis", "独家", "단독"])
def test_a_kicker_over_a_pasted_headline_gives_way_to_it(kicker):
    """An editor's post whose body opens with a kicker, then the pasted story's headline:
    the story takes the headline under the kicker."""
    body = (f"<p><strong>{kicker}</strong></p><h2>Harbour plan moves ahead after long debate</h2>"
            + "".join(f"<p>The council discussed the harbour again on Monday, paragraph {i}, "
                      "with enough words to be a paragraph of a story.</p>" for i in range(3)))
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/1/", title="Local news"))
    assert [s["headline"] for s in rec["stories"]] == ["Harbour plan moves ahead after long debate"]
    assert kicker.strip(" :|") not in rec["stories"][0]["text"]


@pytest.mark.parametrize("line", ["Heizjacken von Bosch", "Die Leute von Sri Lanka",
                                  "Una solución no violenta para la cuestión mapuche",
                                  "NASA startet eigenen Streaming-Dienst", "Tach auch!",
                                  "FINA Weltmeisterschaften VERSCHOBEN"])
def test_a_headline_is_no_kicker(line):
    from normalizer.stories.blocks import Block
    from normalizer.stories.split import is_kicker

    assert not is_kicker(Block(text=line, bold=True))


# --- Story boundaries: a roundup's credits, AP's sections ------------------------------------
def _quote_para(n: int) -> str:
    return (f"<blockquote><p>The service works well on a fast connection, reviewer {n} said, "
            "though the launch line-up of games is thin and the price is high.</p></blockquote>")


def test_a_roundup_of_credited_quotations_is_one_story():
    """A review roundup: the writer's paragraphs and sub-headings around quotations, each
    credited to its outlet ("[Engadget]", linked): one story, its credits no source."""
    sites = ["Engadget", "CNET", "Wired", "CNET", "PC World"]
    body = "<p>The streaming service launches today, and the first reviews are in.</p>"
    for n, site in enumerate(sites):
        if n == 2:
            body += "<p><strong>The Price Is Not Cheap For What You Get</strong></p>"
        body += _quote_para(n) + f"<p><strong>[</strong><a href='https://x.example/{n}'>" \
            f"<strong>{site}</strong></a><strong>]</strong></p>"
    page = (f"<html><head><title>Early reviews are in</title></head><body><article>"
            f"<h1>Early reviews are in</h1>{body}</article></body></html>")
    rec = normalize_page(page, "https://example.org/reviews/")[0]
    assert len(rec["stories"]) == 1
    assert rec["stories"][0]["source"] is None


def test_pasted_stories_credited_under_quotations_stay_stories():
    """Stories pasted whole as quotations, each with its credit: not a roundup."""
    def para(n: int, i: int) -> str:
        return (f"<p>The council of town {n} discussed the harbour plan again on day {i} and "
                f"{i + 3} residents came to speak against it at length.</p>")

    body = "".join(f"<h2>Story number {n} about the harbour plan</h2><blockquote>"
                   + "".join(para(n, i) for i in range(4)) + f"</blockquote><p>— {site}</p>"
                   for n, site in ((1, "Reuters"), (2, "AFP"), (3, "AP")))
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/2/", title="Three"))
    assert [s["source"] for s in rec["stories"]] == ["Reuters", "AFP", "AP"]


def test_aps_sections_in_capitals_under_rules_stay_in_the_story():
    """AP's explainer: "___" rules between sections headed by questions in capitals."""
    para = ("Candidates met on the debate stage on Wednesday night and answered questions "
            "about health care, the economy and the impeachment inquiry.")
    body = f"<p>WASHINGTON (AP) — {para}</p><p>WHO IS THE FRONT-RUNNER?</p><p>{para}</p>"
    for q in ("HOW WILL OBAMA PLAY?", "WILL THEY BASH THE BILLIONAIRES?", "CAN THEY WIN?"):
        body += f"<p>___</p><p>{q}</p><p>{para}</p>"
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/3/", title="Questions"))
    assert len(rec["stories"]) == 1
    assert "HOW WILL OBAMA PLAY?" in rec["stories"][0]["text"]


@pytest.mark.parametrize("above", ["<p><a href='/tech/'>TECH</a></p>",
                                   "<p>https://news.example/2019/11/19/cat-found/</p>",
                                   "<ul><li>Order Reprints</li><li>Print Article</li></ul>"])
def test_short_header_lines_above_the_repeated_title_are_no_story(above):
    """A section label, the page's address or print links above the article's own title:
    the page's header, not a story of a word before the article."""
    title = "Cat found in New Mexico after going missing in Oregon"
    paras = "".join(f"<p>A cat that had been missing for five years was found on day {i} and "
                    "the shelter said the family would fly out to collect her soon.</p>"
                    for i in range(3))
    page = (f"<html><head><title>{title}</title></head><body><article>{above}<h1>{title}</h1>"
            f"<p>By Jane Doe, November 19, 2019</p>{paras}</article></body></html>")
    rec = normalize_page(page, "https://news.example/cat/")[0]
    assert [s["headline"] for s in rec["stories"]] == [title]
    assert "TECH" not in rec["stories"][0]["text"] and "http" not in rec["stories"][0]["text"]


def test_a_bold_headline_ending_with_a_date_opens_the_next_story():
    """The second pasted story's bold headline ends with a date ("... 17 July"), so it reads
    as a date line; the share line above it (Polish "Share") is no headline."""
    def paras(topic: str) -> str:
        return "".join(f"<p>The council discussed the {topic} again on day {i}, with enough "
                       "words to be a paragraph of a story.</p>" for i in range(3))

    body = ("<p><b>Harbour plan moves ahead after long debate</b></p>" + paras("harbour")
            + "<p>Podziel się</p><p><b>BBC: Premier League restart on 17 July</b></p>"
            + paras("football"))
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/4/", title="Briefs"))
    assert [s["headline"] for s in rec["stories"]] == [
        "Harbour plan moves ahead after long debate", "BBC: Premier League restart on 17 July"]


def test_a_second_pasted_headline_in_a_script_without_capitals_opens_its_story():
    """Two stories pasted alike under headings of one shape, the second in Japanese: the
    repeated heading shape opens the second story in any script."""
    first = "".join(f"<p>The council discussed the harbour plan again on day {i}, with words "
                    "enough to be a paragraph of a story.</p>" for i in range(3))
    second = "".join(f"<p>政府は{i + 1}日、新たな経済対策を閣議決定した。総額は約２０兆円規模となる"
                     "見通しで、物価高への対応を柱とする。</p>" for i in range(3))
    body = (f"<h2>Harbour plan moves ahead after long debate</h2>{first}"
            f"<h2>政府が新たな経済対策を閣議決定</h2>{second}")
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/5/", title="Two"))
    assert [s["headline"] for s in rec["stories"]] == [
        "Harbour plan moves ahead after long debate", "政府が新たな経済対策を閣議決定"]
