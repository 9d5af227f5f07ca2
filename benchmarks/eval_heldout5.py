#!/usr/bin/env python3
"""Score tagwire on the fifth held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout5.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout5``, origins in its ``SOURCES.md``) is real news pages,
nearly all from outlets no other gold set holds (``SOURCES.md`` names the few that another
set also holds), taken from the test data of projects the other sets do not draw on:
agencies on their own sites, wire stories republished by other outlets and aggregators, a
press release on its distribution service and national outlets' own pages (English,
Indonesian, German, French, Korean, Spanish, Vietnamese), labelled by hand in the format of
``../shared/eval/FORMAT.md`` before tagwire was run on them. Like the earlier held-out sets
it measures how the rules carry to content they were not made from: its figures are a floor
to keep, never a target to tune against sentence by sentence.

The machinery is (as for ``eval_heldout4.py``) ``benchmarks/eval_heldout2.py``'s and
``benchmarks/heldout_common.py``'s, imported, not copied: the same run (``tagwire
normalize`` on every permalink page, plain trafilatura as the reference, ``score.py`` for
both), the same failure listing by kind, with ``--wordpress`` the stories pasted into posts
of a real WordPress (``eval_wordpress_real.py``'s quick runs). With ``--platforms`` the
stories go into real themes no earlier set used (``benchmarks/themes_heldout5.py``: a
WordPress Twenty Twenty-One blog, a Ghost Casper blog, a Drupal Olivero site), built and
crawled by ``eval_platforms_real.py``'s machinery on a copy of that module of its own
(its ``THEMES`` are not touched). Exit 0 whatever the scores (the gate is
``tests/test_gate_heldout5.py``); 1 if a ``tagwire normalize`` call or a crawl failed; 2 if
``../shared`` (or, with ``--wordpress``, WordPress) is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_heldout2 as common  # noqa: E402  (the held-out machinery, shared)
import heldout_common  # noqa: E402
import themes_heldout5  # noqa: E402

NAME = "eval_heldout5"
DEFAULT_SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout5"


def evaluate(shared: Path, work: Path, gold: Path = GOLD) -> dict:
    """Scores of both systems (groups site, all) and where the predictions are."""
    return common.evaluate(shared, work, gold)


def platforms(shared: Path, work: Path, gold: Path = GOLD,
              themes: tuple[str, ...] | None = None, *, do_crawl: bool = True
              ) -> tuple[dict, ModuleType]:
    """The set's stories in the real themes of ``themes_heldout5`` (all three by default,
    or those named), crawled and normalized offline, scored: ``eval_platforms_real``'s
    result with ``totals`` per route, and that module (for its ``table``). The module is a
    copy loaded under its own name, so neither its ``THEMES`` nor another gate's copy
    changes; the stories are dealt to the themes in their order (seven a theme)."""
    mod = common._load("eval_platforms_real_heldout5",
                       REPO / "benchmarks" / "eval_platforms_real.py")
    stories = mod.load_stories(gold / "gold.jsonl")
    mod.load_stories = lambda path=None: stories  # the same machinery, this set's stories
    own = themes_heldout5.themes(mod)
    themes_heldout5.patch(mod)
    chosen = [t for t in own if themes is None or t.name in themes]
    result = mod.evaluate(shared, work, chosen, do_crawl=do_crawl)
    result["totals"] = {route: mod.totals(result, [n for n in result["runs"]
                                                   if n.endswith("/" + route)])
                        for route in ("crawl", "offline") if any(
                            n.endswith("/" + route) for n in result["runs"])}
    return result, mod


def wordpress(shared: Path, work: Path, gold: Path = GOLD) -> tuple[dict, ModuleType]:
    """The set's stories in a real WordPress, crawled and scored
    (``heldout_common.wordpress``)."""
    return heldout_common.wordpress(shared, work, gold, name="eval_wordpress_real_heldout5")


#: The ``--platforms`` help line.
PLATFORMS_HELP = "also run the stories in three real themes no earlier set used"


def main(argv: list[str] | None = None) -> int:
    return heldout_common.main(argv, name="eval_heldout5", doc=__doc__, gold=GOLD,
                               evaluate=evaluate, platforms=platforms, wordpress=wordpress,
                               platforms_help=PLATFORMS_HELP)


if __name__ == "__main__":
    sys.exit(main())
