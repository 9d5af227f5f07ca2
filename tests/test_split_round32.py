"""Round 32: a date line that closes a story stays with it. A date line after a story's
last paragraph moves above the next story only when it stands right over it (a blog's
date header); with the story's closing furniture under it (its caption, tags, related
links) it is that story's own line, and the next story's credit names the next source."""
from __future__ import annotations

from normalizer.pipeline import normalize_page

_PL = ("<p>Mnisi sprawujący pieczę nad grotą pobili się podczas sprzątania świętego miejsca, "
       "a policja przez długi czas przywracała spokój, używając pałek.</p>"
       "<p>Bazylika jest najstarszym kościołem w Ziemi Świętej i zarządzają nią wspólnie "
       "duchowni trzech kościołów, którzy regularnie się o nią spierają.</p>")
_EN = ("<h2>Study finds no better odds using three embryos</h2><p>By Maria Cheng</p>"
       "<p>LONDON—A new study of fertility treatment found that women who get three or more "
       "embryos have no better odds of having a baby than those who get just two.</p>"
       "<p>They also have a greater chance of risky multiple births, the researchers said in "
       "the journal on Friday.</p>"
       "<p>© Copyright 2012 Associated Press. All rights reserved.</p>")


def _stories(between: list[str]) -> list[dict]:
    body = "<h2>Mnisi pobili się w grocie</h2>" + _PL + "".join(
        f"<p>{line}</p>" for line in between) + _EN
    page = (f"<html><head><title>Two stories</title></head><body><article><h1>Two stories</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    return normalize_page(page, "https://blog.example/two-stories/")[0]["stories"]


def test_a_date_line_over_the_storys_closing_furniture_stays_with_it() -> None:
    stories = _stories(["IAR | dodane 2011-12-28 (16:57)",
                        "fot. AFP / Jan Kowalski Mnisi w grocie", "IDŹ DO OPINII", "REKLAMA",
                        "TAGI: mnisi, grota, bójka", "Przeczytaj też"])
    assert [s["source"] for s in stories] == ["IAR", "AP"]
    assert stories[0]["published"] == "2011-12-28"


def test_a_date_header_right_over_the_next_story_still_dates_it() -> None:
    stories = _stories(["Labels: mnisi, grota", "Wednesday, December 28, 2011"])
    assert stories[1]["published"] == "2011-12-28"
