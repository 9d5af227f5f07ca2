"""Story text that trafilatura leaves out of real news pages, put back from the page's
structure: the standfirst (lead, deck, perex, preamble) that a news page sets between its
headline and its body, in an element of its own.

The pages are the project's real saved pages (held-out sets, origins in their
``SOURCES.md``). Each test says what a reader of the page sees: this page's lead paragraph
opens its story; this box between the headline and the body (a hidden message bar, a
newsletter sign-up, a byline, a caption) does not. The last shapes are written in the
markup real pages use, with invented words.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.pipeline import normalize_page
from normalizer.stories.extract import extract

REAL = Path(__file__).parent / "fixtures" / "real"
BASE = "http://127.0.0.1:8000"


def story_paragraphs(group: str, path: str) -> list[str]:
    html = (REAL / group / "site" / path.strip("/") / "index.html").read_text(encoding="utf-8")
    records = normalize_page(html, BASE + path)
    return [p for s in records[0]["stories"] for p in s["text"].split("\n\n")]


# (set, page, the opening words of the standfirst, where it stands on the page)
LEADS = [
    # ORF: <div class="story-lead"><p class="story-lead-text"><strong>...</strong>
    ("heldout4", "/2024/11/22/bondi-justizministerin-gaetz/",
     "Der designierte US-Präsident Donald Trump hat nach dem Rückzug"),
    # LSM: <div class="article__lead"> under the <h1>, a sibling of the body
    ("heldout4", "/2021/01/03/norvegija-zemes-nogruvums/",
     "Norvēģijas glābšanas komanda četras dienas pēc tam"),
    # Expressen: <div class="article__preamble"> of three short paragraphs
    ("heldout4", "/2025/10/23/lundsberg-elever-atalas/",
     "Eleverna på privatskolan Lundsberg trängde på natten in"),
    # Sputnik Arabic: <div class="b-article__lead"><p>
    ("heldout3", "/2020/03/17/misr-corona-30-isaba/",
     "أعلنت وزارة الصحة والسكان المصرية"),
    # a WordPress news theme: <div class="enews-article-lead"> inside the entry, with a
    # promo line from above the headline first in trafilatura's output
    ("heldout3", "/2020/06/04/tortenelmi-magyarorszag/",
     "Száz évvel ezelőtt, 1920. június 4-én"),
    # Yle: a plain <p> right under the <h1> in the article's header, two sentences
    ("heldout3", "/2020/09/02/metsateollisuus-marin/",
     "Metsäjohtajat tapasivat Marinin keskiviikkona."),
    # a German regional paper: <p class="teasertext ..."> (a class word with an ending)
    ("stories-heldout", "/2022/01/25/bernal-intensivstation/",
     "Bogotá (dpa) - Gebrochene Wirbelsäule"),
]


@pytest.mark.parametrize(("group", "path", "opening"), LEADS,
                         ids=[p.strip("/").rsplit("/", 1)[-1] for _, p, _ in LEADS])
def test_the_standfirst_opens_the_story(group, path, opening):
    paragraphs = story_paragraphs(group, path)
    assert paragraphs[0].startswith(opening)
    assert sum(p.startswith(opening) for p in paragraphs) == 1  # once, not twice


def test_every_paragraph_of_a_preamble_of_short_paragraphs_is_kept():
    paragraphs = story_paragraphs("heldout4", "/2025/10/23/lundsberg-elever-atalas/")
    assert paragraphs[1] == "I sovrummen slog de skolkamraterna med skärp."
    assert paragraphs[2].startswith("Nu åtalas fem elever")


def test_a_hidden_message_bar_between_headline_and_body_is_not_a_standfirst():
    # Global News: <div class="c-messageBar ... is-hidden"> holds a sentence addressed to
    # readers from one social network; the page hides it from everybody else.
    paragraphs = story_paragraphs("heldout4", "/2026/05/24/kyiv-oreshnik-ballistic-missile/")
    assert not any("from Instagram or Facebook" in p for p in paragraphs)
    assert paragraphs[0].startswith("Russia used the powerful hypersonic Oreshnik")


BODY = "".join(
    f"<p>{s}</p>" for s in (
        "The council voted on Tuesday to close the old bridge to lorries from next month, "
        "after engineers found cracks in two of its supports.",
        "Residents have been asked to use the ring road while repairs are planned, and "
        "the bus company said its routes would not change.",
        "A final decision on the bridge's future is expected before the end of the year, "
        "the council's transport committee said in a statement.",
    ))


def page(between: str) -> str:
    """A news article: a headline, ``between`` it and the body, then the body."""
    return ("<html><head><title>Old bridge to close to lorries</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<main><article><header><h1>Old bridge to close to lorries</h1>"
            f"{between}</header><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact us</p></footer></body></html>")


def first_paragraph(html: str) -> str:
    return next(b.text for b in extract(html, "https://news.example/bridge").blocks if b.text)


DECK = ("Engineers found cracks in two supports of the bridge, which carries about "
        "twelve thousand vehicles a day.")


@pytest.mark.parametrize("markup", [
    f"<p class='article-dek'>{DECK}</p>",
    f"<div class='c-entry-summary'>{DECK}</div>",
    f"<div class='articleStandfirst'><p>{DECK}</p></div>",
    f"<p class='perex'>{DECK}</p>",
])
def test_a_deck_named_by_its_class_opens_the_text(markup):
    assert first_paragraph(page(markup)) == DECK


def test_an_unnamed_first_line_of_two_sentences_under_the_headline_opens_the_text():
    lead = "Engineers found cracks in two supports. The bridge carries twelve thousand cars."
    assert first_paragraph(page(f"<p>{lead}</p>")) == lead


@pytest.mark.parametrize("markup", [
    # a newsletter box
    "<div class='signupMessage'><p>Get breaking news alerts and special reports. The news "
    "that matters, delivered weekday mornings.</p></div>",
    # a messenger promo
    "<div class='fb-send-to-messenger-container'>Chat with us in Facebook Messenger. Find "
    "out what's happening in the world as it unfolds.</div>",
    # a byline with its date
    "<p class='article__meta'>By Jane Roe and John Doe on Monday, November 18th, 2019 at "
    "11:08 a.m.</p>",
    # a picture's caption named in camel case
    "<div class='InlineImage-imageEmbedCaption'>The mayor, centre, speaks to residents on "
    "the bridge. The crossing opened in 1931.</div>",
    # a hidden box
    "<div hidden><p>Readers who reach us from another site should know this. It will be "
    "changing soon.</p></div>",
    # a list of teasers
    "<ul><li>Another story about the town that readers liked a lot last week.</li></ul>",
])
def test_boxes_between_headline_and_body_are_not_taken(markup):
    assert first_paragraph(page(markup)).startswith("The council voted on Tuesday")


def test_an_unnamed_single_sentence_under_the_headline_is_not_taken():
    # one sentence with no class saying what it is: a kicker, a caption, a label; the
    # first line alone is taken only when it holds two sentences
    line = "The bridge over the river has carried traffic since it opened in nineteen-thirty."
    assert first_paragraph(page(f"<p>{line}</p>")).startswith("The council voted on Tuesday")


# --- teaser cards: a link that wraps a whole card (title, date, teaser paragraph) ---------

def test_most_popular_teaser_cards_are_not_story_text():
    # Taipei Times: <li><a href=...><div><h1 class="bf2">title</h1><div class="date_list">
    # <p><font class="red">KICKER: </font>teaser ...</p></div></a></li> in a box under the
    # article; trafilatura keeps the teasers' paragraphs
    paragraphs = story_paragraphs("heldout4", "/2024/10/16/kamandag-war-games-manila/")
    assert paragraphs[0].startswith("Thousands of US and Filipino troops")
    for kicker in ("FIVE-YEAR WINDOW?", "RESILIENCE:", "REACTION TO LAI:"):
        assert not any(p.startswith(kicker) for p in paragraphs)


def test_an_advertorial_card_and_its_linked_title_go_together():
    # HBL: a sponsored card after the article: <h2><a>title</a></h2> then
    # <a href=...><p>teaser</p></a>
    paragraphs = story_paragraphs("heldout2", "/2020/05/28/premier-league-omstart/")
    assert paragraphs[0].startswith("Den 17 juni spelas det återigen Premier League")
    assert not any(p.startswith("Aktia") or p.startswith("De flesta finländare")
                   for p in paragraphs)


def card_page(own_card: bool) -> str:
    card = ("<li><a href='/other'><h3>Bridge to close</h3><p>The council voted on Tuesday "
            "to close the old bridge to lorries from next month, after engineers found "
            "cracks in two of its supports.</p></a></li>")
    return ("<html><head><title>Old bridge to close to lorries</title></head><body><main>"
            "<article><h1>Old bridge to close to lorries</h1>"
            f"<div class='article-body'>{BODY}</div></article>"
            f"<aside><ul>{card if own_card else ''}</ul></aside></main></body></html>")


def texts(html: str) -> list[str]:
    return [b.text for b in extract(html, "https://news.example/bridge").blocks
            if b.text and b.role == "text"]


def test_a_story_paragraph_also_shown_in_a_teaser_card_stays():
    # the page's own story teased in a card elsewhere: the paragraph stands outside a
    # card too, so it is the story's
    assert texts(card_page(True))[0].startswith("The council voted on Tuesday")


# --- sub-headings trafilatura drops from a body it keeps ---------------------------------

def test_an_interviews_questions_set_as_headings_stay_before_their_answers():
    # FAZ: the questions are <h3> between the answers' <p>s; trafilatura drops them
    paragraphs = story_paragraphs("heldout5", "/2011/04/09/stewart-brand-ihr-deutschen-allein/")
    question = "Und was passiert mit dem Atommüll, den wir vergraben?"
    assert question in paragraphs
    answer = paragraphs[paragraphs.index(question) + 1]
    assert answer.startswith("Viele Atomkraftgegner sehen darin ein Problem")


# --- a page whose article its scripts render ----------------------------------------------

def test_a_script_rendered_page_gives_the_article_its_json_ld_states():
    # SCMP: the saved page shows a headline, a picture's caption and "READ FULL ARTICLE";
    # the article's text is in the JSON-LD's articleBody (and a script's state)
    import gzip

    path = REAL / "trafeval" / "html" / "scmp.com.playbook.html.gz"
    html = gzip.decompress(path.read_bytes()).decode("utf-8")
    (record,) = normalize_page(html, "https://www.scmp.com/comment/opinion/article/playbook")
    text = " ".join(s["text"] for s in record["stories"])
    assert "almost insulting to Hongkongers" in text
    assert not text.startswith("Taiwanese President Tsai Ing-wen speaks during")  # caption


def test_a_link_post_with_no_text_is_still_refused():
    # a WordPress "link" post: the title, "Direct link", the date, the category; nothing
    # the author wrote, so no story (the page's JSON-LD states no article body either)
    from normalizer.pipeline import NormalizeError

    html = (REAL / "posts" / "lgk-hottest-front-end-tools-in-2021.html").read_text("utf-8")
    with pytest.raises(NormalizeError, match="no story text"):
        normalize_page(html, "https://blog.example/hottest-front-end-tools-in-2021/")
