"""Sources of stories pasted into blog themes (round 26, issue 10).

An editor's title may credit the outlet before the story's own headline: "Outlet: the
headline's first words…" over the headline printed again under it names the outlet, known
to the outlets table or not, when the name is in an outlet's shape. A kicker that is part
of the headline itself ("Lavrov: We will respond"), a dateline's place ("YANGON: ..." over
"YANGON, Myanmar — ...") or a label ("Analysis:") names none.

The page's own appeals to its readers, pasted with the story, name the outlet they keep
going: a subscription offer ("The Springfield Times, as low as $2 a week") and a plea for
support ("... to make Metro Gazette available to everyone"); "our journalism" names no one.
"""
from __future__ import annotations

from normalizer.pipeline import normalize_page

PROSE = [
    "The city council debated the new budget for six hours on Tuesday without agreeing on a "
    "common draft for the schools, officials said after the meeting ended late at night.",
    "The opposition demanded an inquiry into last year's spending. The mayor said he would "
    "present a new proposal next week and asked both sides to meet before the vote.",
    "According to the town hall, the budget should be about as large as last year's, but "
    "the unions still announced protests in front of the building for Friday morning.",
    "Teachers said the schools had waited three years for the new roof and that the "
    "classrooms on the top floor had been closed twice this winter because of leaks.",
]
HEADLINE = "Council fails to agree on budget for the schools"


def _post(title: str, *, headline: str = HEADLINE, opening: str = "",
          after: tuple[str, ...] = ()) -> str | None:
    """The source of an invented blog post's one story: the editor's ``title`` over the
    story's ``headline`` printed again as a heading, its paragraphs (``opening`` before
    the first) and the pasted page's lines ``after`` them."""
    paras = ([opening + PROSE[0]] if opening else PROSE[:1]) + PROSE[1:] + list(after)
    body = f"<h2>{headline}</h2>" + "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><title>{title} – My Blog</title></head><body>"
            f"<article><h1 class='entry-title'>{title}</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    records = normalize_page(html, "https://blog.example.org/2024/03/council-budget/")
    assert len(records) == 1
    return records[0]["stories"][0]["source"]


def test_an_editors_title_crediting_an_unknown_outlet_over_the_headline() -> None:
    assert _post("CouncilWatch: Council fails to agree on budget…") == "CouncilWatch"
    assert _post("Metro Gazette: Council fails to agree on budget for the schools") \
        == "Metro Gazette"
    cjk = "市议会未能就学校预算达成一致"
    assert _post(f"城市晚报: {cjk}", headline=cjk) == "城市晚报"


def test_a_title_whose_words_after_the_colon_are_not_the_headlines_names_none() -> None:
    assert _post("CouncilWatch: Budget talks collapse") is None
    # the kicker is the headline's own
    assert _post("Metro Gazette: Council fails to agree on budget",
                 headline="Metro Gazette: Council fails to agree on budget") is None


def test_a_label_a_person_or_the_datelines_place_before_the_colon_names_none() -> None:
    assert _post("Analysis: Council fails to agree on budget…") is None
    assert _post("DeSantis: Council fails to agree on budget…") is None
    assert _post("SPRINGFIELD: Council fails to agree on budget…",
                 opening="SPRINGFIELD, Ill. — ") is None


def _pasted(*lines: str) -> str | None:
    """The source the story's pasted chrome names: the story's paragraphs, then ``lines``
    the cleaner took out as promos."""
    from normalizer.model import RemovedKind
    from normalizer.stories.attribute import pasted_chrome_source
    from normalizer.stories.blocks import CRUFT, TEXT, Block

    blocks = []
    for text, role in [(p, TEXT) for p in PROSE] + [(line, CRUFT) for line in lines]:
        b = Block(text=text)
        b.mark(role, RemovedKind.PROMO if role == CRUFT else None)
        blocks.append(b)
    return pasted_chrome_source(blocks)


def test_a_subscription_offer_pasted_under_the_story_names_the_outlet() -> None:
    assert _pasted("The best journalism in the state? The Springfield Times, as low as $2 "
                   "a week.") == "The Springfield Times"
    assert _pasted("Subscribe now for just $1 a week.") is None


def test_a_plea_for_support_names_the_outlet_it_keeps_going() -> None:
    assert _pasted("Your contribution keeps us independent. It means we can continue to "
                   "make Metro Gazette available to everyone. Thank you.") == "Metro Gazette"
    assert _pasted("Help us keep our journalism free for all.") is None


def test_a_story_crediting_its_source_keeps_it_over_the_appeal() -> None:
    offer = "The best journalism in the state? The Springfield Times, as low as $2 a week."
    assert _post(HEADLINE, opening="SPRINGFIELD (AP) — ", after=(offer,)) == "AP"
