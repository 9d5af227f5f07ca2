"""heldout19's repost shapes (round 20, h19fix2): a person's name alone on a line between
a story's headline and its date line is the story's byline, not a second story's
headline. All lines invented."""
from __future__ import annotations

from normalizer.cues.openers import person_name
from normalizer.pipeline import normalize_page

_URL = "https://portal.example/2024/05/02/ferry-fares-rise/"
_TITLE = "Norway: Ferry Fares to Rise By a Tenth in Spring"
_BODY = [
    "The operator of the coastal routes said on Tuesday the fares would rise by a tenth in "
    "spring, to pay for two new boats and the repair of the piers on the northern islands.",
    "Islanders said the fares were already the highest in the country and that many "
    "families would have to think twice before visiting the mainland.",
    "The council will vote on the new fares at its meeting next month, the operator said.",
]


def _stories(head: str) -> list[dict]:
    body = "".join(f"<p>{line}</p>" for line in _BODY)
    page = (f"<html><head><title>{_TITLE}</title></head><body><article>{head}{body}"
            "</article></body></html>")
    return normalize_page(page, _URL)[0]["stories"]


def test_a_name_between_the_headline_and_its_date_is_the_byline() -> None:
    stories = _stories(f'<p class="publisher">The Coastal Herald (Bergen)</p><h1>{_TITLE}</h1>'
                       '<p class="reporter">Kari Nordmann</p><p class="date">2 May 2024</p>')
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    assert "Kari Nordmann" not in stories[0]["text"]
    assert _BODY[-1] in stories[0]["text"]


def test_a_name_over_a_date_after_a_story_body_still_heads_the_next_story() -> None:
    # (after a body a short title-shaped line over a date opens the next story as before)
    second = ("<p>Harbour Strike</p><p>3 May 2024</p>"
              + "".join(f"<p>{line}</p>" for line in _BODY))
    page = (f"<html><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
            + "".join(f"<p>{line}</p>" for line in _BODY) + second + "</article></body></html>")
    stories = normalize_page(page, _URL)[0]["stories"]
    assert [s["headline"] for s in stories] == [_TITLE, "Harbour Strike"]


def test_a_person_name_is_two_to_four_capitalised_words() -> None:
    assert person_name("Omar Wally")
    assert person_name("Ana de la Torre")
    assert not person_name("Madonna")                       # one word: may be a subject
    assert not person_name("Ferry fares rise")              # a lower-case word
    assert not person_name("Ganz Auto-verrückt")            # a hyphened common word
    assert not person_name("UN REPORT")                     # capitals: a label
    assert not person_name("Two Boats in 2024")             # a digit
