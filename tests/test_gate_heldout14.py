"""Gate: tagwire on the fourteenth held-out set (real pages never drawn on).

Runs ``benchmarks/eval_heldout14.py`` on ``tests/fixtures/real/heldout14`` (real news pages of
2011-2012 a multilingual text-extraction corpus saved as raw HTML, every one agency copy or an
agency's own site: two Russian agencies' own pages, the Greek news agency's own page, a Polish
weekly's PAP story, three Chinese pages (China News Service, Xinhua, a Taiwanese paper's CNA
story in traditional characters) and an Australian broadcaster's AFP story; labelled by hand
before tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
``../shared/eval/score.py``. One test per metric. The floors are the FIRST measured figures
(a hair below, for rounding), so they catch regressions; the same stories are also put into
the fifth set's real themes (``benchmarks/themes_heldout5.py``) with
``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
(``eval_wordpress_real.py``'s, skipped where its Debian packages are absent), crawled, and
floored the same way. They are raised when the code gets better, never lowered. The set is
for measuring: a rule written for one of its sentences would make it worthless. Skipped
where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("fourteenth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement (8
#: pages: ru x2, el, pl, zh x3, en; on main 5b45927's code, before any change reached it), a
#: hair below for rounding: story 0.824 (14/17), text 0.731 (plain trafilatura 0.605), cruft
#: 0.148 (12/81), headline 1.0 (7/7), source 0.571 (4/7), language 1.0 (7/7), date 1.0 (8/8).
FLOORS = [
    ("story_f1", ">=", 0.82),  # a table layout's story missed; "more news" read as a story
    ("text_f1", ">=", 0.725),  # paragraphs joined with a caption; a weather box; a survey
    ("cruft_leak", "<=", 0.15),  # other stories' titles with summaries; a subscription line
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.57),  # an agency's site for the agency; an opening 〔agency〕 missed
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first
#: measured above it (0.731 against 0.605); it may not fall below.
TRAFILATURA_GAP = 0.0


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 0.933,
#: text 0.865 (offline the same), cruft 0.490, headline 1.0, source 0.667, language 1.0,
#: date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.93),  # "more news" titles read as a story
    ("text_f1", ">=", 0.86),
    ("cruft_leak", "<=", 0.495),  # other stories' titles and summaries pasted after a story
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.665),  # the page's outlet given for the agency it credits
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 1.0, text 0.928, cruft 0.128, headline 1.0, source 0.625, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.925),
    ("cruft_leak", "<=", 0.13),
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.62),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout14(HeldoutGate, InRealWordPress):
    """The fourteenth set: pages, themes and WordPress posts."""

    SET = "heldout14"
