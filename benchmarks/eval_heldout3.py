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

import argparse
import json
import sys
import tempfile
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(GOLD), help="the gold set folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--failures", action="store_true", help="list every failure by kind")
    ap.add_argument("--platforms", action="store_true",
                    help="also run the stories in real Blogger, Tumblr and WordPress themes")
    ap.add_argument("--wordpress", action="store_true",
                    help="also paste the stories into a real WordPress and crawl it")
    ap.add_argument("--keep", metavar="DIR", help="write predictions to DIR and keep them")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    args = ap.parse_args(argv)
    shared, gold = Path(args.shared), Path(args.gold)
    if not (shared / "eval" / "score.py").is_file():
        print(f"eval_heldout3: {shared}: no eval/score.py here", file=sys.stderr)
        return 2
    plat_mod = wp_mod = None
    with tempfile.TemporaryDirectory(prefix="tagwire-heldout3-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(shared, work, gold)
        preds = result["predictions"]
        result["failures"] = common.failures(shared, gold, Path(preds["tagwire_site"]),
                                             Path(preds["tagwire_dumps"]))
        if args.platforms:
            plat_work = work / "platforms"
            plat_work.mkdir(exist_ok=True)
            plat, plat_mod = platforms(shared, plat_work, gold)
            result["platforms"] = plat
            result["problems"] += plat["problems"]
        if args.wordpress:
            wp_work = work / "wordpress"
            wp_work.mkdir(exist_ok=True)
            try:
                wp, wp_mod = wordpress(shared, wp_work, gold)
            except Exception as exc:  # the benchmark's WordPressUnavailable, by its module
                if type(exc).__name__ != "WordPressUnavailable":
                    raise
                print(f"eval_heldout3: no WordPress: {exc}", file=sys.stderr)
                return 2
            result["wordpress"] = wp
            result["problems"] += wp["problems"]
        if not args.keep:
            result.pop("predictions")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(common.table(result))
        if args.failures:
            print(common.show_failures(result["failures"]))
        if plat_mod is not None:
            print("\nthe same stories in real platform themes (eval_platforms_real):")
            print(plat_mod.table(result["platforms"]))
        if wp_mod is not None:
            print("\nthe same stories in a real WordPress (eval_wordpress_real, quick runs):")
            print(wp_mod.table(result["wordpress"]))
    for problem in result["problems"]:
        print(f"eval_heldout3: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
