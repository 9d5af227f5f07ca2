"""Paragraph shapes and caption markup of real blog platforms, as blocks.

- A Blogger classic-editor body is runs of text ended by two ``<br>`` (or each run in a
  ``<span>``, text pasted from a news site): one paragraph a run, so that a cruft line
  among them is a line of its own and is cleaned; a single break after a sentence end
  ends a paragraph too; a break inside a sentence, between lines that end no sentence (a
  list of dates) or in a text wrapped by hand at a width is a space.
- A Tumblr reblog holds the whole reblogged post in a ``<blockquote>``: a block a
  paragraph of it, never one block of all of them; a tweet's signature line stays on
  its line.
- Captions set by markup under a picture: the lone text cell of Blogger's caption table,
  a paragraph all in italics under a Tumblr figure; a credit line in italics stays a credit.

The pages are real saved pages (``tests/fixtures/real``, origins in its ``SOURCES``);
where a test needs a shape the page lacks, the page's own post body is rewritten in the
platform's markup, with lines invented in the shapes real posts use.
"""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from normalizer.pages.dom import text_of
from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import CRUFT, IMAGE, TEXT, Block, clean_text
from normalizer.stories.clean import classify
from normalizer.stories.extract import extract

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
BLOGGER = REAL / "archives" / "pythoninsider-blogger-post.html"
BLOGGER_URL = "http://blog.python.org/2016/12/python-360-is-now-available.html"
BLOGGER_CAPTIONS = REAL / "posts" / "lafuite-le-premier-chapitre-est-acheve.html"
TUMBLR_REBLOG = REAL / "posts" / "toffeemilkshake-post-140324490777.html"
TUMBLR_URL = "http://blog.toffeemilkshake.co.uk/post/140324490777/"
HAND_WRAPPED = REAL / "stories" / "site" / "2019" / "10" / "16" / "meta-programming-defadvice" \
    / "index.html"

PARAS = [
    "The regional council approved the new budget on Tuesday after a debate that lasted "
    "well into the night, officials said.",
    "The plan raises spending on schools and roads by four percent, while cutting the "
    "administration's own costs for the second year in a row.",
    "Opposition members said the figures rested on optimistic forecasts and voted against "
    "it, but the governing coalition held its majority.",
    "A final vote on the tax measures that go with the budget is expected next month, "
    "when the council meets again.",
]
COPYRIGHT = "© 2020 Example Press. All Rights Reserved. This material may not be published."
SHARE = "Share this: Facebook | X | WhatsApp"


def _blogger_page(body: str) -> str:
    """The real Blogger page with its post body replaced by ``body``."""
    html = BLOGGER.read_text(encoding="utf-8")
    start = html.index("<div class='post-body entry-content'>")
    start = html.index(">", start) + 1
    end = html.index("<div style='clear: both;'></div>", start)
    return html[:start] + body + html[end:]


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.role != IMAGE]


def _story_paragraphs(html: str, url: str) -> list[str]:
    records = normalize_page(html, url)
    return [p for rec in records for st in rec["stories"] for p in st["text"].split("\n\n")]


@pytest.mark.parametrize("run", ["{}", '<span style="font-family: Arial;">{}</span>'],
                         ids=["bare runs", "runs in spans"])
def test_blogger_double_break_body_is_a_paragraph_a_run(run: str) -> None:
    lines = [*PARAS, COPYRIGHT, SHARE]
    body = '<div dir="ltr" style="text-align: left;" trbidi="on">\n' + "<br />\n<br />\n".join(
        run.format(line) for line in lines) + "<br />\n<br />\n</div>"
    html = _blogger_page(body)
    assert _texts(extract(html, BLOGGER_URL).blocks)[:len(lines)] == lines
    paragraphs = _story_paragraphs(html, BLOGGER_URL)
    assert paragraphs[:len(PARAS)] == PARAS
    assert COPYRIGHT not in paragraphs and SHARE not in paragraphs


def test_a_jump_break_between_the_two_breaks_is_still_one_boundary() -> None:
    """Blogger's "read more" anchor (an empty link) sits between the two breaks."""
    body = (f'<div dir="ltr">{PARAS[0]}<br />\n<br />\n<a name="more"></a>\n'
            + "<br />\n<br />\n".join(PARAS[1:]) + "</div>")
    assert _texts(extract(_blogger_page(body), BLOGGER_URL).blocks)[:len(PARAS)] == PARAS


def test_single_break_after_a_sentence_ends_a_paragraph() -> None:
    body = (f"<div>{PARAS[0]}<br />{PARAS[1]}<br /><br />"
            + "<br /><br />".join(PARAS[2:]) + "</div>")
    assert _texts(extract(_blogger_page(body), BLOGGER_URL).blocks)[:4] == PARAS


def test_lines_without_sentence_ends_stay_one_paragraph() -> None:
    """A list of dates or places typed a line each: alone, each line would look like a
    date line or a link title to the cleaner; together they stay the story's text."""
    dates = ["June 9 – Riverside Amphitheatre, Springfield", "June 10 – Harbour Arena, Portville",
             "June 14 – City Hall Park, Lakeside"]
    body = ("<div>" + "<br /><br />".join(PARAS[:2]) + "<br /><br />" + "<br />".join(dates)
            + "<br /><br />" + "<br /><br />".join(PARAS[2:]) + "</div>")
    assert " ".join(dates) in _texts(extract(_blogger_page(body), BLOGGER_URL).blocks)


def test_single_break_inside_a_sentence_is_a_space() -> None:
    broken = PARAS[0].replace("after a debate", "after a<br />debate") \
        .replace("night, officials", "night,<br />Officials")
    body = "<div>" + "<br /><br />".join([broken, *PARAS[1:]]) + "</div>"
    assert _texts(extract(_blogger_page(body), BLOGGER_URL).blocks)[0] \
        == PARAS[0].replace("night, officials", "night, Officials")


def test_text_wrapped_by_hand_keeps_its_paragraphs() -> None:
    """A real Blogger post exported from a text editor: lines broken at a width by
    ``<br />``, sentences ending mid-line. Each ``<p>`` stays one block."""
    html = HAND_WRAPPED.read_text(encoding="utf-8")
    page = lxml.html.fromstring(html)
    wrapped = [clean_text(text_of(p)) for p in page.iter("p") if len(p.findall("br")) >= 3]
    assert wrapped, "the page's paragraphs are wrapped with <br />"
    texts = _texts(extract(html, "https://emacspeak.blogspot.com/").blocks)
    for para in wrapped:
        assert para in texts


def test_tumblr_reblog_quote_is_a_block_a_paragraph() -> None:
    """The real reblog: every paragraph of the quoted post is a block of its own."""
    html = TUMBLR_REBLOG.read_text(encoding="utf-8")
    page = lxml.html.fromstring(html)
    quote = page.xpath("//blockquote[preceding-sibling::p/a[@class='tumblr_blog']]")[0]
    paragraphs = [clean_text(text_of(p)) for p in quote.iter("p")]
    long = [p for p in paragraphs if len(p.split()) >= 12]
    assert len(long) >= 8
    texts = _texts(extract(html, TUMBLR_URL).blocks)
    for para in long:
        assert para in texts
    # and the story is the post's paragraphs, not one line of them all
    assert len(_story_paragraphs(html, TUMBLR_URL)) >= len(long)


def test_tweet_quote_keeps_its_signature_line() -> None:
    tweet = ("Honoured to have spoken at today's opening of the new library, a great day for "
             "the town. https://t.co/abcdEFGH12")
    sign = "— Jane Example (@jane_example) January 7, 2020"
    body = ("<div>" + "<br /><br />".join(PARAS[:2]) + "</div>"
            f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{tweet}</p>'
            f'<p>{sign.replace("January 7, 2020", "<a href=x>January 7, 2020</a>")}</p>'
            "</blockquote><div>" + "<br /><br />".join(PARAS[2:]) + "</div>")
    assert f"{tweet} {sign}" in _texts(extract(_blogger_page(body), BLOGGER_URL).blocks)


def _captions(html: str, url: str) -> tuple[list[str], list[str]]:
    records = normalize_page(html, url)
    removed = [r["text"] for rec in records for r in rec["removed"] if r["kind"] == "caption"]
    return [p for rec in records for st in rec["stories"]
            for p in st["text"].split("\n\n")], removed


def test_blogger_caption_table_is_a_caption_even_as_a_sentence() -> None:
    """The real post's caption tables (``tr-caption-container``: a picture row, a caption
    row), their captions typed as full sentences, the first before any text."""
    html = BLOGGER_CAPTIONS.read_text(encoding="utf-8")
    html = re.sub(r'(<td class="tr-caption"[^>]*>)(.*?)(</td>)',
                  lambda m: m.group(1) + m.group(2).strip().rstrip(".") + "." + m.group(3),
                  html, flags=re.S)
    page = lxml.html.fromstring(html)
    # (the caption tables laid out side by side in a table of their own aside)
    captions = [clean_text(text_of(td)) for td in page.xpath("//td[@class='tr-caption']")
                if td.xpath("ancestor::table[1]//img") and not td.xpath("ancestor::table[2]")]
    assert len(captions) >= 5 and all(c.endswith(".") for c in captions)
    url = "http://www.lafuiteautourdumonde.com/2013/06/le-premier-chapitre-est-acheve.html"
    paragraphs, removed = _captions(html, url)
    # (a caption's own line breaks are left out by trafilatura: compared without spaces)
    removed, paragraphs = [_squash(t) for t in removed], [_squash(t) for t in paragraphs]
    for caption in captions:
        assert _squash(caption) in removed
        assert not any(_squash(caption) in p for p in paragraphs)
    assert len(paragraphs) >= 5  # the story itself stays


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _tumblr_italic_captions(caption_of: dict[str, str]) -> str:
    """The real Tumblr post with its figure captions (typed there in ``<small>``) typed
    in italics, as editors without a caption field do."""
    html = TUMBLR_REBLOG.read_text(encoding="utf-8")
    return re.sub(r"(</figure>)<p><small>(.*?)</small></p>",
                  lambda m: f"{m.group(1)}<p><i>{caption_of.get(m.group(2), m.group(2))}</i></p>",
                  html)


def test_italic_paragraph_under_a_tumblr_figure_is_a_caption() -> None:
    caption = "Nora Al-Badri and Jan Nikolai Nelles with the 3D bust in Cairo"
    sentence = f"{caption} last year."
    html = _tumblr_italic_captions({caption: sentence})
    paragraphs, removed = _captions(html, TUMBLR_URL)
    assert sentence in removed
    assert sentence not in paragraphs


def test_italic_prose_and_credits_under_a_picture_stay_what_they_are() -> None:
    """Two sentences in italics under the lead picture are a standfirst; a credit line
    in italics under it is still read as a credit, not dropped as a caption."""
    standfirst = ("The council passed its budget after a long night of debate. Opposition "
                  "members said the forecasts behind it were far too optimistic.")
    credit = "Quelle: Example Rundfunk/ls"
    for line in (standfirst, credit):
        blocks = extract(_blogger_page(
            '<div class="separator"><a href="/a.jpg"><img src="/a.jpg" width="600" /></a></div>'
            f"<p><i>{line}</i></p>" + "".join(f"<p>{p}</p>" for p in PARAS)), BLOGGER_URL).blocks
        classify(blocks)
        (block,) = [b for b in blocks if b.text == line]
        assert block.italic
        if line == standfirst:
            assert block.role == TEXT
        else:
            assert not (block.role == CRUFT and block.cruft_kind == "caption")


def test_pull_quote_table_under_a_picture_stays_text() -> None:
    """A one-cell table under a picture without caption markup is a pull quote (a news
    site's layout), not the picture's caption."""
    quote = ("“If the council keeps to this plan, the town will have its new school by the "
             "autumn of next year,” the mayor said.")
    body = ('<div class="separator"><a href="/a.jpg"><img src="/a.jpg" width="600" /></a></div>'
            f'<table width="40%" align="right"><tr><td class="pullquote">{quote}</td></tr>'
            "</table>" + "".join(f"<p>{p}</p>" for p in PARAS))
    blocks = extract(_blogger_page(body), BLOGGER_URL).blocks
    classify(blocks)
    (block,) = [b for b in blocks if b.text == quote]
    assert block.role == TEXT
