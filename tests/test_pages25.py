"""A site's notices are not the story: bars the reader closes, and a paywall's gate.

A news page shows notices over any article: a privacy or cookie bar, a bar offering the
site in another language, each with an icon that closes it; and under a paywalled
story, a box offering to sign up or to log in, with the offer's own lines ("Register
and you get ...", "* Print subscribers read free"). trafilatura cannot tell them from
the story's lines and keeps them; on a one-paragraph story they outweigh the story.

Their lines are marked as chrome in the extraction, found by the markup's shape: a box
holding, as its own child, a link or button named to close it and saying nothing (an
icon); the box nearest to both a sign-up and a log-in link (told by their addresses),
with the short lines around them. A box holding the headline, the story's paragraphs,
a paragraph of a story's length, or too many words is never such a notice.
Invented pages.
"""
from __future__ import annotations

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.extract import NOTICE_BOX_MAX_WORDS, extract

STORY = [
    "A fire destroyed a tyre shop in the east of the city early on Saturday morning, "
    "and seven people living above the shop were led out by firefighters before dawn.",
    "One woman aged sixty-two could not escape the flames and died at the scene, the "
    "fire department said, adding that the cause of the fire was still being studied.",
]
PRIVACY = ("This site uses cookies to give you a better reading experience. "
           "By closing this window you accept our privacy policy.")
LANGUAGE = ("Your browser does not seem to read this language. "
            "Would you like to go to our English website?")
OFFER = ["Register with City Plus and you get", "the digital edition every morning",
         "unlimited articles for members"]
NOTE = "* Print subscribers register for free with their subscriber number."


def _close(cls: str = "closeBtn close-notice") -> str:
    return f"<button class='{cls}' aria-label='close'><i class='icon-x'></i></button>"


def _bars() -> str:
    return (f"<div class='site-msg'><div>{PRIVACY}</div>{_close()}</div>"
            f"<div class='lang-offer'><div id='lang-en'>{LANGUAGE}</div>"
            f"{_close('closeBtn close-language')}</div>")


def _page(story: list[str], *, before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in story)
    return ("<html><head><title>Fire at a tyre shop</title></head><body>"
            f"<div class='top'>{before}</div><article><h1>Fire at a tyre shop</h1>"
            f"<div class='paragraph'>{body}{after}</div></article></body></html>")


def _gate(extra: str = "") -> str:
    items = "".join(f"<dd>{line}</dd>" for line in OFFER[1:])
    return ("<div class='gate'><div class='container'>"
            "<p class='txt'><span>This article is for members.</span><br>"
            "<span>Subscribers of the paper register for free.</span></p>"
            "<div class='narrow'><div class='buttons'>"
            "<a href='/service/register' class='btn'>Register</a>"
            "<a href='/service/login' class='btn'>Log in to read on</a></div>"
            f"<dl class='checkmark'><dt>{OFFER[0]}</dt>{items}</dl></div>"
            f"<p class='note'>{NOTE}</p>{extra}</div></div>")


TITLE = "Fire at a tyre shop"


def _roles(markup: str) -> dict[str, str]:
    """Each extracted line with its role (but the headline's)."""
    return {b.text: b.role for b in extract(markup).blocks if b.text and b.text != TITLE}


def test_closable_bars_lines_are_chrome_and_the_story_stays() -> None:
    roles = _roles(_page(STORY, after=_bars()))
    assert [line for line, role in roles.items() if role == TEXT] == STORY
    assert roles.get(PRIVACY) == CRUFT
    assert not any(PRIVACY in line or LANGUAGE in line
                   for line, role in roles.items() if role == TEXT)


def test_a_bar_closed_by_a_button_is_chrome() -> None:
    bar = (f"<section class='notice'><p>{PRIVACY}</p>"
           "<button class='btn-dismiss' type='button'><svg></svg></button></section>")
    roles = _roles(_page(STORY, after=bar))
    assert roles.get(PRIVACY, CRUFT) == CRUFT
    assert [line for line, role in roles.items() if role == TEXT] == STORY


def test_a_close_control_that_says_something_closes_no_notice() -> None:
    box = (f"<div class='site-msg'><p>{PRIVACY}</p>"
           "<button class='close'>Close this story</button></div>")
    roles = _roles(_page(STORY, after=box))
    assert roles.get(PRIVACY) == TEXT


def test_a_closable_box_holding_the_story_is_kept() -> None:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<html><head><title>Fire at a tyre shop</title></head><body>"
            "<div class='overlay'><h1>Fire at a tyre shop</h1>"
            f"<div class='paragraph'>{body}</div>{_close()}</div></body></html>")
    roles = _roles(page)
    assert [roles.get(p) for p in STORY] == [TEXT, TEXT]


def test_a_long_closable_panel_is_kept() -> None:
    long = " ".join(STORY * 3)
    assert len(long.split()) > NOTICE_BOX_MAX_WORDS
    panel = f"<div class='panel'><p>{long}</p>{_close()}</div>"
    roles = _roles(_page([], after=panel))
    assert roles.get(long) == TEXT


def test_a_paywall_gate_lines_are_chrome() -> None:
    roles = _roles(_page(STORY, after=_gate()))
    assert [roles.get(p) for p in STORY] == [TEXT, TEXT]
    for line in (*OFFER, NOTE):
        assert roles.get(line, CRUFT) == CRUFT, line
    assert [line for line, role in roles.items() if role == TEXT] == STORY


def test_sign_up_and_log_in_links_far_apart_make_no_gate() -> None:
    page = _page(STORY, before="<a href='/login'>Log in</a>",
                 after=f"<p>{NOTE}</p><p><a href='/subscribe'>Subscribe</a></p>")
    assert _roles(page).get(NOTE) == TEXT


def test_a_gate_never_takes_a_paragraph_of_a_story_s_length() -> None:
    paragraph = " ".join(STORY)
    roles = _roles(_page([], after=_gate(extra=f"<p>{paragraph}</p>")))
    assert roles.get(paragraph) == TEXT
