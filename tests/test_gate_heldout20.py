"""Gate: tagwire on the twentieth held-out set (real pages in weak languages never drawn on).

Runs ``benchmarks/eval_heldout20.py`` on ``tests/fixtures/real/heldout20`` (seven real pages
of 2020-2026, seven sites no other set holds in five weak languages: three REPOSTS of another
outlet's story credited in the site's own way -- Notícia Exata carrying Agência Brasil, iG
carrying Agência O Globo, Naver carrying 뉴스타파 --, the Turkish agency Anadolu's own site,
and three national outlets' own stories with agency photo credits -- Hankook Ilbo,
Aftonbladet, VnExpress; labelled by hand before tagwire was run on them, origins in its
``SOURCES.md``) and scores the output with ``../shared/eval/score.py``. One test per metric.
The floors are the FIRST measured figures (a hair below, for rounding), so they catch
regressions; the same stories are also put into the fifth set's real themes
(``benchmarks/themes_heldout5.py``) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian packages are
absent), crawled, and floored the same way. They are raised when the code gets better,
never lowered. The set is for measuring: a rule written for one of its sentences would make
it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("twentieth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement (7
#: pages: 2 pt, 2 ko, sv, tr, vi; on main 9de39c9's code, before any change reached it), a
#: hair below for rounding: story 1.0 (14/14), text 0.981 (plain trafilatura 0.965), cruft
#: 0.0 (0/94), headline 0.714 (5/7), source 0.200 (1/5), language 1.0 (7/7), date 1.0 (7/7).
FLOORS = [
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.98),  # (h20fix: 0.981 -> 0.984, the Korean byline, iG's olho)
    ("cruft_leak", "<=", 0.005),
    ("headline_acc", ">=", 0.999),  # (h20fix: the "ㅣ" bar, the brand-styled h1)
    ("source_acc", ">=", 0.59),  # (h20fix: "Fonte:" in the date line, the portal's notice;
    # Hankook's Hangul alias and Anadolu's own site, conventions, left)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first measured
#: 0.016 above it (0.981 against 0.965), so not below it.
TRAFILATURA_GAP = 0.0


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 0.933,
#: text 0.968 (offline 0.967), cruft 0.357, headline 1.0, source 0.400, language 1.0,
#: date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.995),  # (round 24: a portal's closed boxes; 0.933 -> 1.000)
    ("text_f1", ">=", 0.99),  # (round 24: 0.998)
    ("cruft_leak", "<=", 0.01),  # (round 24: 0.194 -> 0.000)
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.72),  # (round 24: 0.733)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.933, text 0.972, cruft 0.237, headline 1.0, source 0.400, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.93),  # a portal's headline list read as one more story
    ("text_f1", ">=", 0.965),
    ("cruft_leak", "<=", 0.24),
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.38),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout20(HeldoutGate, InRealWordPress):
    """The twentieth set: pages, themes and WordPress posts."""

    SET = "heldout20"
