#!/usr/bin/env python3
"""Score tagwire on the fourth held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout4.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout4``, origins in its ``SOURCES.md``) is real news pages
from outlets no other gold set holds, taken from the test data of extraction projects the
other sets do not draw on: national agencies on their own sites, wire stories republished by
other outlets, an aggregator's repost and national outlets' own pages, in languages the
rules were least made from (Turkish, Korean, Hindi, Swahili, Japanese, Polish, ...),
labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on
them. Like the second and third held-out sets it measures how the rules carry to content
they were not made from: its figures are a floor to keep, never a target to tune against
sentence by sentence.

The machinery is ``benchmarks/eval_heldout2.py``'s and ``benchmarks/heldout_common.py``'s,
imported, not copied: the same run (``tagwire normalize`` on every permalink page, plain
trafilatura as the reference, ``score.py`` for both), the same failure listing by kind,
with ``--platforms`` the same stories put into real platform themes
(``eval_platforms_real.py``'s machinery) and with ``--wordpress`` into posts of a real
WordPress (``eval_wordpress_real.py``'s quick runs). Every real theme the project holds is
already used by the second or third set, so ``PLATFORM_THEMES`` reuses some, in an order
that deals this set's stories to other themes than theirs first. Exit 0 whatever the scores
(the gate is ``tests/test_gate_heldout4.py``); 1 if a ``tagwire normalize`` call or a crawl
failed; 2 if ``../shared`` (or, with ``--wordpress``, WordPress) is missing.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_heldout2 as common  # noqa: E402  (the held-out machinery, shared)
import heldout_common  # noqa: E402

NAME = "eval_heldout4"
DEFAULT_SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout4"
#: The real themes the stories are put into with ``--platforms``; each takes seven stories
#: (``eval_platforms_real.SHAPE``), in this order. All eight themes of
#: ``eval_platforms_real.THEMES`` are used by the second or third set already: these are
#: reused, one of each platform first (the second set's Blogger, Tumblr and WordPress
#: themes, which the third set does not use), then two of the third set's.
PLATFORM_THEMES = ("blogger-zxce3", "tumblr-custom", "wp-twentyseventeen", "wp-flow14",
                   "blogger-lafuite")


def evaluate(shared: Path, work: Path, gold: Path = GOLD) -> dict:
    """Scores of both systems (groups site, all) and where the predictions are."""
    return common.evaluate(shared, work, gold)


def platforms(shared: Path, work: Path, gold: Path = GOLD,
              themes: tuple[str, ...] | None = None, *, do_crawl: bool = True
              ) -> tuple[dict, ModuleType]:
    """The set's stories in real platform themes, crawled and scored
    (``eval_heldout2.platforms``); by default as many of ``PLATFORM_THEMES`` as it takes
    for every story to reach one (seven stories a theme)."""
    if themes is None:
        count = sum(len(json.loads(line)["stories"]) for line in
                    (gold / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                    if line.strip())
        themes = PLATFORM_THEMES[:max(1, min(len(PLATFORM_THEMES), -(-count // 7)))]
    return common.platforms(shared, work, gold, themes, do_crawl=do_crawl)


def wordpress(shared: Path, work: Path, gold: Path = GOLD) -> tuple[dict, ModuleType]:
    """The set's stories in a real WordPress, crawled and scored
    (``heldout_common.wordpress``)."""
    return heldout_common.wordpress(shared, work, gold, name="eval_wordpress_real_heldout4")


#: The ``--platforms`` help line.
PLATFORMS_HELP = "also run the stories in real Blogger, Tumblr and WordPress themes"


def main(argv: list[str] | None = None) -> int:
    return heldout_common.main(argv, name="eval_heldout4", doc=__doc__, gold=GOLD,
                               evaluate=evaluate, platforms=platforms, wordpress=wordpress,
                               platforms_help=PLATFORMS_HELP)


if __name__ == "__main__":
    sys.exit(main())
