"""Story boundaries, round 8: a capitals label over a list of other stories' titles, ending
a wire story pasted into a post with no rule around it, goes with the list.

The shape is AP's "HERE'S WHAT YOU NEED TO KNOW ...:" under a story pasted into a blog
post (the third held-out set in a real WordPress), written here with invented text.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

_BODY = ("<p>LIMA, Peru (AP) — The council voted on Tuesday to rebuild the old harbour wall "
         "after the winter storms broke it in three places.</p>"
         "<p>Work should start in the spring, a spokesman for the port said, and last a year.</p>"
         "<p>Fishermen said the delay had cost them most of the season.</p>")
_LIST = ("<p>HERE'S WHAT ELSE TO READ ABOUT THE COAST:</p>"
         "<p>— Storm season ends early on the northern beaches</p>"
         "<p>— Ferry operator adds a second boat for the summer</p>"
         "<p>— Lifeboat crews train new volunteers in the bay</p>")


def _record(body: str, title: str = "Council votes to rebuild harbour wall") -> dict:
    meta = PostMeta(url="https://news.example/2021/03/02/harbour-wall/", title=title)
    return normalize_content(body, meta)


def test_a_caps_label_over_removed_titles_ending_the_story_is_cruft():
    follow = "<p>Follow our coverage at https://news.example/hub/coast</p>"
    record = _record(_BODY + _LIST + follow)
    stories = record["stories"]
    assert len(stories) == 1
    text = stories[0]["text"]
    assert "HERE'S WHAT ELSE" not in text and "Storm season" not in text
    assert text.startswith("LIMA, Peru (AP)")
    removed = {r["text"]: r["kind"] for r in record["removed"]}
    assert removed["HERE'S WHAT ELSE TO READ ABOUT THE COAST:"] == "related_link"


def test_a_caps_label_over_the_storys_own_paragraphs_stays():
    """A section label of the story itself: what it heads is the story's prose."""
    body = (_BODY + "<p>WHAT THE MAYOR SAID:</p>"
            "<p>The mayor said the town would pay a third of the cost and ask the region for "
            "the rest, as it did when the old wall was last repaired in 1998.</p>"
            "<p>She said the work would not close the beach during the summer.</p>")
    text = _record(body)["stories"][0]["text"]
    assert "WHAT THE MAYOR SAID:" in text


def test_story_prose_after_a_caps_labelled_list_stays():
    """Titles under the label, then the story going on: the list sits inside the story,
    whose paragraphs after it are kept (the rule reads only a list ending the story)."""
    more = ("<p>The harbour master said the wall had protected the fishing fleet for ninety "
            "years and that the new one would be built of stone from the same quarry.</p>"
            "<p>He said the council had promised a wider walkway for visitors.</p>"
            "<p>Boats would use the north quay while the work went on, he added.</p>")
    text = _record(_BODY + _LIST + more)["stories"][0]["text"]
    assert "ninety years" in text and text.endswith("he added.")
