"""Story boundaries, round 7: lines that end a story or sit above it open no story.

Shapes seen on the fifth held-out set (a wire story's closing credit under its rule, an
interviewer's credit over a quote box, a text-tools list over a dateline story), written
here with invented text.
"""
from __future__ import annotations

from normalizer.cues.openers import CLOSING_CREDIT_RE, INTERVIEW_CREDIT_RE
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

_BODY = ("<p>LIMA, Peru (AP) — The council voted on Tuesday to rebuild the old harbour wall "
         "after the winter storms broke it in three places.</p>"
         "<p>Work should start in the spring, a spokesman for the port said, and last a year.</p>"
         "<p>Fishermen said the delay had cost them most of the season.</p>")


def _stories(body: str, title: str = "Council votes to rebuild harbour wall") -> list[dict]:
    meta = PostMeta(url="https://news.example/2021/03/02/harbour-wall/", title=title)
    return normalize_content(body, meta)["stories"]


def test_a_credit_with_a_place_after_the_rule_ends_the_story():
    credit = ("Ana Cruz reported from Lima, Peru. Associated Press writers Tom Hale and "
              "Li Wen contributed to this report from Quito.")
    stories = _stories(_BODY + f"<p>___</p><p>{credit}</p>")
    assert len(stories) == 1
    assert stories[0]["headline"] == "Council votes to rebuild harbour wall"
    assert stories[0]["text"].endswith("contributed to this report from Quito.")


def test_an_interviewers_credit_heads_no_story():
    body = (_BODY + "<p>Das Gespräch führte Karl Berger.</p><p>Text: Die Zeitung</p>"
            "<table><tr><td>Gewinner</td><td>in %</td></tr><tr><td>Alpha AG</td>"
            "<td>+1,10%</td></tr><tr><td>Beta SE</td><td>+0,80%</td></tr></table>")
    stories = _stories(body)
    assert len(stories) == 1
    assert stories[0]["headline"] == "Council votes to rebuild harbour wall"


def test_interview_credits_in_several_languages():
    for line in ("Das Gespräch führte Karl Berger.", "Die Fragen stellte Eva Roth.",
                 "Propos recueillis par Jean Dupont", "Entrevista realizada por Ana Ruiz.",
                 "Interview conducted by Sam Lee."):
        assert INTERVIEW_CREDIT_RE.match(line), line
    for line in ("Das Gespräch dauerte zwei Stunden und endete ohne Ergebnis.",
                 "Interview with the mayor"):
        assert not INTERVIEW_CREDIT_RE.match(line), line
    assert CLOSING_CREDIT_RE.match("Li Wen contributed to this report from Quito.")


def test_a_text_tools_list_over_a_dateline_story_is_chrome():
    body = "<ul><li>Font:</li><li>+</li><li>-</li></ul>" + _BODY
    stories = _stories(body)
    assert len(stories) == 1
    assert stories[0]["headline"] == "Council votes to rebuild harbour wall"
    assert "Font:" not in stories[0]["text"]


def test_a_button_label_over_a_cut_off_caption_after_an_ended_story_is_chrome():
    body = (_BODY + "<p>(Reporting by Ana Cruz; Editing by Tom Hale)</p><p>View photo</p>"
            "<p>A diver holds up a large silver fish he caught with a spear gun while "
            "swimming off the rocky coast of …</p>")
    stories = _stories(body)
    assert len(stories) == 1
    assert "View photo" not in stories[0]["text"] and "silver fish" not in stories[0]["text"]


def test_the_rest_of_an_unclosed_story_after_a_rule_closing_with_a_credit_joins_it():
    long = ("The harbour master said the wall had protected the fishing fleet for ninety "
            "years and that the new one would be built of stone from the same quarry, "
            "with a wider walkway for visitors and a light at its end, once the council "
            "had found the money for the second half of the work next year.")
    body = (_BODY + "<hr/>" + f"<p>{long}</p><p>{long.replace('ninety', 'eighty')}</p>"
            "<p>The Associated Press contributed to this report.</p>")
    stories = _stories(body)
    assert len(stories) == 1
    assert stories[0]["text"].endswith("The Associated Press contributed to this report.")
    assert "eighty years" in stories[0]["text"]


def test_label_and_caption_leftovers_under_a_closed_story_are_no_story():
    body = (_BODY + "<p>The Associated Press contributed to this report.</p><p>Star</p>"
            "<p>WATCH Mayor Walks Along the Old Harbour Wall</p>"
            "<p>The harbour wall is pictured in a spring photo.</p>")
    stories = _stories(body)
    assert len(stories) == 1
    assert stories[0]["text"].endswith("The Associated Press contributed to this report.")
