"""Splitting rule of round dumps18 (``normalizer/stories/split.py``): a run of title lines
with no body under any of them (a slider of course titles, a related list) opens no story,
and the bold headline after it opens the next one. The shape came from heldout12b's
WordPress post holding The Economic Times' story and the next one, with the page's
course slider pasted between them; here a made-up post in that shape, and the shapes
next to it that must not move (a headline over its deck, a story's sub-headings)."""
from __future__ import annotations

import normalizer
from normalizer.model import PostMeta

P1 = ("The council met on Monday evening to discuss the plan, which would add four new "
      "lines to the network and extend the night service to the outer districts.")
P2 = ("Opponents said the money would be better spent on repairing the roads that the "
      "winter storms had damaged, and asked for a study of the traffic first.")
Q1 = ("Der Hafen von Kiel meldet für das erste Halbjahr einen neuen Rekord bei den "
      "Passagieren, vor allem wegen der vielen Kreuzfahrtschiffe im Sommer.")
Q2 = ("Die Stadt will nun die Anleger am Ostufer erweitern und sucht dafür Geld aus dem "
      "Landeshaushalt, wie der Bürgermeister am Montag sagte.")
SLIDER = ["Learn Data Analysis with Python: A Course for Beginners",
          "By - Jane Roe, Data Scientist and Trainer",
          "Basics of Cloud Computing: Servers, Storage and Networks",
          "Project Management Essentials for Team Leaders",
          "Digital Marketing Strategies for Small Online Shops",
          "Mastering Spreadsheet Formulas: A Hands-On Workshop"]
SECOND = "Kieler Hafen meldet Rekord bei Kreuzfahrtgästen"


def _post(lines: list[str], bold: set[str]) -> str:
    return "\n".join(f"<p><strong>{t}</strong></p>" if t in bold else f"<p>{t}</p>"
                     for t in lines)


def _stories(html: str) -> list[dict]:
    meta = PostMeta(url="http://example.org/2025/03/02/council-tram-lines/",
                    title="Council backs plan for four new tram lines")
    return normalizer.normalize_content(html, meta)["stories"]


def test_title_run_opens_no_story_and_the_next_headline_does():
    html = _post([P1, P2, *SLIDER, SECOND, Q1, Q2], bold={SECOND})
    stories = _stories(html)
    assert [s["headline"] for s in stories] == ["Council backs plan for four new tram lines",
                                                 SECOND]
    assert stories[0]["text"] == f"{P1}\n\n{P2}"
    assert stories[1]["text"] == f"{Q1}\n\n{Q2}"


def test_two_title_lines_are_a_deck_not_a_list():
    """A story's own headline and deck under the post's title: fewer than a run."""
    html = _post([P1, P2, "Harbour news in brief", "A record summer for the port",
                  SECOND, Q1, Q2], bold={SECOND})
    stories = _stories(html)
    assert stories[0]["text"].startswith(P1)


def test_sub_headings_of_one_story_stay_in_it():
    """Bold sub-headings between paragraphs of one story open nothing."""
    html = _post([P1, "What the plan holds", P2, "Who pays for it",
                  P1.replace("Monday", "Tuesday")], bold={"What the plan holds", "Who pays for it"})
    stories = _stories(html)
    assert len(stories) == 1
