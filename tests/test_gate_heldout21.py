"""Gate: tagwire on the twenty-first held-out set (real REPOST pages never drawn on).

Runs ``benchmarks/eval_heldout21.py`` on ``tests/fixtures/real/heldout21`` (six real pages
of 2020-2023, six sites no other set holds, in four languages, every one a REPOST of a wire
agency's story credited in the site's own way -- Noticiero Digital carrying EFE, La Gazzetta
del Mezzogiorno carrying ANSA, Diario Libre carrying AP, Moneycontrol and News18 carrying PTI,
Ostbelgien Direkt carrying dpa; labelled by hand before tagwire was run on them, origins in
its ``SOURCES.md``) and scores the output with ``../shared/eval/score.py``. One test per
metric. The floors are the FIRST measured figures (a hair below, for rounding), so they catch
regressions; the same stories are also put into the fifth set's real themes
(``benchmarks/themes_heldout5.py``) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian packages are
absent), crawled, and floored the same way. They are raised when the code gets better,
never lowered. The set is for measuring: a rule written for one of its sentences would make
it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("twenty-first held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement (6
#: pages: 2 es, 2 en, it, de; on main 0a64f15's code, before any change reached it), a hair
#: below for rounding: story 1.0 (12/12), text 0.981 (plain trafilatura 0.978), cruft 0.016
#: (1/62), headline 1.0 (6/6), source 0.667 (4/6), language 1.0 (6/6), date 1.0 (6/6).
FLOORS = [
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.98),  # a standfirst dropped, author-box and promo lines kept
    ("cruft_leak", "<=", 0.017),  # the site's own video line after the agency's "(dpa)"
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.99),  # raised (round 22: closing "(ANSA)." and "(dpa)" signs)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first measured
#: 0.003 above it (0.981 against 0.978), so not below it.
TRAFILATURA_GAP = 0.0


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 1.0,
#: text 0.986 (offline 0.986), cruft 0.181, headline 1.0, source 0.381, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.98),  # a second story's labels, captions and tags after a story
    ("cruft_leak", "<=", 0.19),  # tags, section labels and captions pasted as paragraphs
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.56),  # raised in round 22 (0.571); the PTI credits, a second story's
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 1.0, text 0.981, cruft 0.152, headline 1.0, source 0.333, language 1.0, date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.975),
    ("cruft_leak", "<=", 0.16),  # tags, breadcrumbs, comment-box labels after a story
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.33),  # the closing agency signs, the PTI credits kept outside text
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout21(HeldoutGate, InRealWordPress):
    """The twenty-first set: pages, themes and WordPress posts."""

    SET = "heldout21"
