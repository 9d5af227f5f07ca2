"""Round 32: lines of real pages a dump carries around its story (dumps24, now seen): a
comment form's options, a share bar's tweet and mail buttons, a byline broken over two
lines, a byline holding its writer's address, the publisher's company line over the
story's headline."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues import text as cues
from normalizer.model import MetaKind, RemovedKind
from normalizer.pipeline import normalize_text
from normalizer.stories.blocks import CRUFT, META
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
_TITLE = "Council approves new bridge over the river"
_BODY = [
    "The town council approved plans for a new footbridge over the river on Tuesday, "
    "ending a debate that had lasted more than three years and divided the two wards on "
    "either bank of the water.",
    "Work is due to begin in the spring and should take about eighteen months, the "
    "council's engineer said, with the old ferry running until the bridge opens to the "
    "public in the autumn of next year.",
]


def _classified(lines: list[str]):
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks, dump=True)
    return {b.text: b for b in blocks}


def _record(lines: list[str]) -> dict:
    return normalize_text("\n\n".join(lines), _URL)


def test_a_comment_forms_options_are_chrome_in_several_languages() -> None:
    options = [
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of follow-up comments by email.",
        "Notify me of new posts by email.",
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
        "commentaire.",
        "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
        "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que "
        "comente.",
    ]
    blocks = _classified([_TITLE, *_BODY, "Leave a Reply", *options])
    assert all(blocks[o].role == CRUFT and blocks[o].cruft_kind == RemovedKind.CHROME
               for o in options)


def test_a_sentence_about_notifying_by_email_is_a_storys() -> None:
    line = ("The council said it would notify me and other residents by email once the "
            "comment period on the bridge plans had closed.")
    assert not cues.COMMENT_OPTIONS.found(line, len(line.split()))


def test_a_share_bars_tweet_mail_and_correction_buttons_are_chrome() -> None:
    bar = ["Compartir", "Compartir articulo", "Twittear", "Imprimir", "Enviar por mail",
           "Rectificar"]
    blocks = _classified([_TITLE, _BODY[0], *bar, _BODY[1]])
    assert [blocks[w].role for w in bar] == [CRUFT] * len(bar)


def test_a_byline_broken_over_two_lines_is_metadata_and_names_the_writer() -> None:
    for label in ("Autor:", "Von", "By"):
        lines = [_TITLE, label, "Yuniel Labacena Romero", "April 27, 2022", *_BODY]
        blocks = _classified(lines)
        assert blocks[label].role == META and blocks[label].cruft_kind == MetaKind.BYLINE
        assert blocks["Yuniel Labacena Romero"].cruft_kind == MetaKind.BYLINE
        story = _record(lines)["stories"][0]
        assert story["byline"] == ["Yuniel Labacena Romero"]
        assert "Yuniel" not in story["text"]


def test_a_label_over_a_sentence_is_no_byline() -> None:
    blocks = _classified([_TITLE, "By", "The end of the month, the works should begin.",
                          *_BODY])
    assert blocks["By"].cruft_kind != MetaKind.BYLINE


def test_a_byline_with_its_writers_address_is_metadata_and_credits_the_wire() -> None:
    lines = [_TITLE, "AFP/The Local - [email protected]", "Published: 28 Apr, 2020", *_BODY]
    blocks = _classified(lines)
    assert blocks["AFP/The Local - [email protected]"].cruft_kind == MetaKind.BYLINE
    story = _record(lines)["stories"][0]
    assert story["headline"] == _TITLE
    assert story["source"] == "AFP"


def test_a_captions_photographers_handle_is_still_a_caption() -> None:
    caption = ("A garda watches over an empty-looking city centre on Tuesday "
               "(Image: @GardaTraffic)")
    blocks = _classified([_TITLE, _BODY[0], caption, _BODY[1]])
    assert blocks[caption].role == CRUFT and blocks[caption].cruft_kind == RemovedKind.CAPTION


def test_the_publishers_company_line_over_the_story_is_no_headline() -> None:
    """The address block atop the page and again in its footer: its first line, a company's
    name with its legal form, is no headline however often the page shows it."""
    body = [*_BODY,
            "The mayor said the bridge would be named after a local teacher who had "
            "campaigned for it for many years before her death last winter.",
            "Residents will be asked to vote on the design of the railings in a poll that "
            "opens next month at the town hall and online.",
            "Engineers will survey the riverbed over the summer before the first piles are "
            "driven, and the towpath will close for six weeks while they work."]
    header = "\n".join(["The Courier", "About Us", "Contact Us", "Advertise with us",
                        "Get The Courier App"])
    address = "\n".join(["Valley Courier Media AB", "Main Street 43", "113 25 Springfield",
                         "Sweden"])
    article = "\n".join(["bridges", _TITLE, "Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr "
                         "2020 08:11 CET", "Share", "Add a comment",
                         "The old ferry on its last crossing. Photo: Jane Doe/AFP", *body])
    footer = "\n".join(["More", "About Us", "Valley Courier Media AB", "Main Street 43"])
    record = normalize_text("\n\n".join([header, address, article, footer]), _URL)
    assert [s["headline"] for s in record["stories"]] == [_TITLE]


def test_a_title_over_a_long_deck_heads_the_article() -> None:
    """A headline over a deck with no full stop, a caption, a credit and the date under the
    deck (the top of a Honduran daily's article, dumps24): the upper line is the headline,
    the deck the article's first text."""
    lines = _DUMPS.joinpath("elheraldo-chapo-joh-2022.txt").read_text(encoding="utf-8") \
        .split("\n")
    top = next(k for k, line in enumerate(lines) if line.startswith("Honduras"))
    title, deck = lines[top + 1], lines[top + 2]
    story = normalize_text("\n".join(lines[top:top + 16]), _URL)["stories"][0]
    assert story["headline"] == title
    assert story["text"].startswith(deck)


def test_a_kicker_over_a_headline_does_not_head_it() -> None:
    kicker = "Bridges of the valley"
    headline = ("The town council approves the new footbridge over the river after three years "
                "of debate between the wards")
    lines = ["Home", "News", kicker, headline, "By Mary Major", "26.04.2022", *_BODY]
    story = _record(["\n".join(lines)])["stories"][0]
    assert story["headline"] != kicker


def test_an_embedded_posts_caption_is_no_story_text() -> None:
    caption = "You won't believe what I did today ➡️ Swipe for the madness #bridges #council"
    shared = "A post shared by jane doe (@jane.doe) on Apr 27, 2020 at 9:24am PDT"
    blocks = _classified([_TITLE, _BODY[0], "View this post on Instagram", caption, shared,
                          _BODY[1]])
    assert [blocks[line].role for line in ("View this post on Instagram", caption, shared)] \
        == [CRUFT] * 3
    assert blocks[_BODY[1]].role != CRUFT


def test_a_line_after_an_embeds_label_with_no_shared_line_stays() -> None:
    blocks = _classified([_TITLE, _BODY[0], "View this post on Instagram", _BODY[1]])
    assert blocks[_BODY[1]].role != CRUFT


def test_a_line_of_telephone_numbers_is_chrome_a_score_line_is_not() -> None:
    phones = "Contact: 624-6456; 225-8452; 225-8458 or 225-8491."
    scores = "The score was 2-1, 3-0 and 4-2."
    blocks = _classified([_TITLE, _BODY[0], _BODY[1], scores, phones])
    assert blocks[phones].role == CRUFT and blocks[phones].cruft_kind == RemovedKind.CHROME
    assert blocks[scores].role != CRUFT


def test_a_sites_call_for_its_readers_comments_is_chrome() -> None:
    call = "Feel free to send us your comments and/or criticisms."
    blocks = _classified([_TITLE, *_BODY, call])
    assert blocks[call].role == CRUFT


def test_a_label_over_a_captions_words_is_no_byline() -> None:
    """"Autor:" over a picture's caption in a related box: the caption's words are no names."""
    caption = "Italian fighter jets at the air base in Malbork"
    blocks = _classified([_TITLE, *_BODY, "Autor:", caption])
    assert blocks[caption].cruft_kind != MetaKind.BYLINE
