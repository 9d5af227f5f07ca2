"""Story boundaries of round split20 (``normalizer/stories/split.py``) on a real page: a
site's promo box after the story, its sentence cut into pieces at its links, is the page's
leftovers, no headline-less second story (heldout10's Electrek page; origin in
``tests/fixtures/real/heldout10/SOURCES.md``)."""
from __future__ import annotations

from pathlib import Path

import normalizer

PAGE = Path(__file__).parent / "fixtures" / "real" / "heldout10" / "site" / "2022" / "05" / "26" \
    / "georgia-solar-panel-factory" / "index.html"


def test_a_promo_box_in_pieces_after_the_story_opens_no_story():
    records = normalizer.normalize_page(
        PAGE.read_bytes(), "https://electrek.co/2022/05/26/georgia-solar-panel-manufacturing/")
    stories = [s for r in records for s in r["stories"]]
    assert len(stories) == 1
    assert stories[0]["headline"].startswith("Georgia gives US solar panel manufacturing")
    assert "day after day" not in stories[0]["text"]  # (the promo's pieces: taken out)
