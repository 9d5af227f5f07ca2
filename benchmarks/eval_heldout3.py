#!/usr/bin/env python3
"""Score tagwire on the third held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout3.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout3``, origins in its ``SOURCES.md``) is real news pages
from news agencies, wire stories republished by other outlets and national outlets, in
languages and scripts no other gold set of the project holds (Arabic, Persian, Chinese,
Hungarian, Czech, Romanian, Catalan, Indonesian, Tagalog, Finnish, ...), labelled by hand
in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on them. Like the
second held-out set it measures how the rules carry to content they were not made from:
its figures are a floor to keep, never a target to tune against sentence by sentence.

The machinery is ``benchmarks/eval_heldout2.py``'s, imported, not copied: the same run
(``tagwire normalize`` on every permalink page, plain trafilatura as the reference,
``score.py`` for both), the same failure listing by kind, and with ``--platforms`` the
same stories put into real platform themes with ``eval_platforms_real.py``'s machinery;
only the set and the themes differ. The themes (``PLATFORM_THEMES``) are ones the second
set's run does not use, so the two sets together cover more real theme markup.
``--wordpress`` also pastes the stories into posts of a real WordPress and crawls it by
``eval_wordpress_real.py``'s quick runs (``benchmarks/heldout_common.py``). Exit 0
whatever the scores (the gate is ``tests/test_gate_heldout3.py``); 1 if a ``tagwire
normalize`` call or a crawl failed; 2 if ``../shared`` (or, with ``--wordpress``,
WordPress) is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_heldout2 as common  # noqa: E402  (the held-out machinery, shared)
import heldout_common  # noqa: E402

DEFAULT_SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout3"
#: The real themes the stories are put into with ``--platforms``, none of them the second
#: held-out set's (``eval_heldout2.PLATFORM_THEMES``); each takes seven stories
#: (``eval_platforms_real.SHAPE``), in this order, so five themes hold the set's 30 (the
#: first five stories come round again in the last theme).
PLATFORM_THEMES = ("blogger-unexpecteduser", "tumblr-optica", "wp-flow14", "blogger-lafuite",
                   "blogger-pythoninsider")


def evaluate(shared: Path, work: Path, gold: Path = GOLD) -> dict:
    """Scores of both systems (groups site, all) and where the predictions are."""
    return common.evaluate(shared, work, gold)


def platforms(shared: Path, work: Path, gold: Path = GOLD,
              themes: tuple[str, ...] = PLATFORM_THEMES, *, do_crawl: bool = True):
    """The set's stories in this set's real platform themes, crawled and scored
    (``eval_heldout2.platforms`` with other themes)."""
    return common.platforms(shared, work, gold, themes, do_crawl=do_crawl)


def wordpress(shared: Path, work: Path, gold: Path = GOLD):
    """The set's stories in a real WordPress, crawled and scored
    (``heldout_common.wordpress``)."""
    return heldout_common.wordpress(shared, work, gold, name="eval_wordpress_real_heldout3")


#: The ``--platforms`` help line.
PLATFORMS_HELP = "also run the stories in real Blogger, Tumblr and WordPress themes"


def main(argv: list[str] | None = None) -> int:
    return heldout_common.main(argv, name="eval_heldout3", doc=__doc__, gold=GOLD,
                               evaluate=evaluate, platforms=platforms, wordpress=wordpress,
                               platforms_help=PLATFORMS_HELP)


if __name__ == "__main__":
    sys.exit(main())
