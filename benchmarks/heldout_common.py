"""Held-out sets in a real WordPress: ``eval_wordpress_real.py``'s machinery, any gold set.

``eval_wordpress_real.py`` pastes the real-stories gold set into WordPress posts through a
hand-made table (``POSTS``: which stories share a post, editor, "more" cut, headline
lines; ``CAPTIONS``/``MID``: where each cruft line goes). A held-out set is measured
before anyone looks at its failures, so nobody writes such a table for it: ``posts_for``
derives one from the set's order alone (every third post holds two stories, editors and
cuts alternate), with no caption or mid-story placement (every cruft line is pasted as a
paragraph after its story, as the platform-theme run does). The editor's own "read more"
and share lines are the benchmark's wording; a language it has no wording for gets the
English line, as an English-speaking editor would paste. Everything else (the WordPress
service, themes, permalink styles, routes, crawl, scoring, failure listing) is the
benchmark's own, loaded as a separate module so the real-stories gate never sees the
patched copy.

What the WordPress part measures beside the pages part (round 21, on 9de39c9, heldout11
to 19): the REST API, the feed and the themes' HTML (excerpt and full archives, permalink
pages) give the same records of every post (since a block theme's post-date block dates
its plain-permalink pages), so the gap to the pages is the paste, not the route. Every
cruft line (a page's breadcrumbs, comment form, teaser lists) lands in the post as a
paragraph after its story, where on the page its markup set it apart; and the paste
carries only the gold's text and cruft lines, so a source the page names only on a line
that is neither ("Źródło: PAP" under the article, a "【報╱法新社…電】" line over it) or
only by a link in the story text cannot be found in the post: those source misses are
the paste's, and no code can win them back.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
#: Where every held-out set's folder lives (``<name>/gold.jsonl``, ``<name>/site/``).
SETS = REPO / "tests" / "fixtures" / "real"


class _EnglishFallback(dict):
    """The editor lines by language; English where the benchmark has no wording."""

    def __missing__(self, key: str) -> str:
        return self["en"]


def _load_wordpress(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        name, REPO / "benchmarks" / "eval_wordpress_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def posts_for(keys: list[str]) -> list[tuple[str, str | None, list[str], str, bool, bool,
                                             str | None]]:
    """``POSTS`` rows for the stories ``keys``, in order: posts 0, 3, 6, ... take two
    stories (headline lines on), the others one; editors alternate classic/blocks, every
    other post is cut with ``<!--more-->``, every fourth single-story post opens with its
    headline line."""
    rows: list[tuple[str, str | None, list[str], str, bool, bool, str | None]] = []
    i = n = 0
    while i < len(keys):
        take = 2 if n % 3 == 0 and i + 1 < len(keys) else 1
        group = keys[i:i + take]
        slug = group[0] + ("-and-more" if take == 2 else "")
        rows.append((slug, None, group, "classic" if n % 2 == 0 else "blocks",
                     n % 2 == 1, take == 2 or n % 4 == 1, None))
        i += take
        n += 1
    return rows


def wordpress(shared: Path, work: Path, gold: Path, *, quick: bool = True,
              name: str = "eval_wordpress_real_heldout") -> tuple[dict[str, Any], ModuleType]:
    """The set's stories as posts of a real WordPress, crawled by ``eval_wordpress_real``'s
    quick runs (or all of them) and scored: its ``evaluate`` result, with ``totals`` (micro
    over the runs) added, and the module (for its ``table``). Raises the benchmark's
    ``WordPressUnavailable`` where WordPress cannot start."""
    mod = _load_wordpress(name)
    stories = mod.load_stories(gold / "gold.jsonl")  # the benchmark's own reader
    mod.POSTS = posts_for(list(stories))
    mod.CAPTIONS, mod.MID = {}, {}
    mod.READ_MORE = _EnglishFallback(mod.READ_MORE)
    mod.SHARE = _EnglishFallback(mod.SHARE)
    mod.load_stories = lambda path=None: stories
    link_parts = mod.link_parts
    mod.link_parts = lambda rec, root=gold: link_parts(rec, root)
    result = mod.evaluate(shared, work, mod.QUICK if quick else mod.FULL)
    totals: dict[str, float | None] = {}
    for metric in mod.SHOWN:
        num = sum(r[metric].get("num", 0) for r in result["runs"].values())
        den = sum(r[metric].get("den", 0) for r in result["runs"].values())
        if any("den" in r[metric] for r in result["runs"].values()):
            totals[metric] = num / den if den else None
    result["totals"] = totals
    return result, mod


def main(argv: list[str] | None, *, name: str, doc: str, gold: Path,
         evaluate: Callable[[Path, Path, Path], dict],
         platforms: Callable[[Path, Path, Path], tuple[dict, ModuleType]],
         wordpress: Callable[[Path, Path, Path], tuple[dict, ModuleType]],
         platforms_help: str) -> int:
    """The command line every ``eval_heldoutN.py`` shares, written once: score the set
    ``gold`` with that script's ``evaluate`` (tagwire beside plain trafilatura), list the
    failures by kind, and with ``--platforms`` / ``--wordpress`` also run that script's own
    themes and WordPress posts. ``name`` prefixes every message; ``doc`` is the script's
    docstring (its first paragraph is the ``--help`` description). Exit 0 whatever the
    scores (the gates hold the floors); 1 if a ``tagwire normalize`` call or a crawl failed;
    2 if ``../shared`` (or, with ``--wordpress``, WordPress) is missing."""
    import eval_heldout2 as common  # the held-out machinery (scoring, failure listing)

    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--gold", default=str(gold), help="the gold set folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--failures", action="store_true", help="list every failure by kind")
    ap.add_argument("--platforms", action="store_true", help=platforms_help)
    ap.add_argument("--wordpress", action="store_true",
                    help="also paste the stories into a real WordPress and crawl it")
    ap.add_argument("--keep", metavar="DIR", help="write predictions to DIR and keep them")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    args = ap.parse_args(argv)
    shared, gold = Path(args.shared), Path(args.gold)
    if not (shared / "eval" / "score.py").is_file():
        print(f"{name}: {shared}: no eval/score.py here", file=sys.stderr)
        return 2
    shown: list[tuple[str, ModuleType, str]] = []
    prefix = "tagwire-" + name.removeprefix("eval_") + "-"
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(shared, work, gold)
        preds = result["predictions"]
        result["failures"] = common.failures(shared, gold, Path(preds["tagwire_site"]),
                                             Path(preds["tagwire_dumps"]))
        if args.platforms:
            (work / "platforms").mkdir(exist_ok=True)
            plat, plat_mod = platforms(shared, work / "platforms", gold)
            result["platforms"] = plat
            result["problems"] += plat["problems"]
            shown.append(("platforms", plat_mod,
                          "the same stories in real platform themes (eval_platforms_real):"))
        if args.wordpress:
            (work / "wordpress").mkdir(exist_ok=True)
            try:
                wp, wp_mod = wordpress(shared, work / "wordpress", gold)
            except Exception as exc:  # the benchmark's WordPressUnavailable, by its module
                if type(exc).__name__ != "WordPressUnavailable":
                    raise
                print(f"{name}: no WordPress: {exc}", file=sys.stderr)
                return 2
            result["wordpress"] = wp
            result["problems"] += wp["problems"]
            shown.append(("wordpress", wp_mod, "the same stories in a real WordPress "
                          "(eval_wordpress_real, quick runs):"))
        if not args.keep:
            result.pop("predictions")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(common.table(result))
        if args.failures:
            print(common.show_failures(result["failures"]))
        for key, mod, title in shown:
            print(f"\n{title}")
            print(mod.table(result[key]))
    for problem in result["problems"]:
        print(f"{name}: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


#: The ``--platforms`` help line of the sets whose stories go into the fifth set's themes.
PLATFORMS_HELP = "also run the stories in the fifth set's three real themes"


@dataclass(frozen=True)
class HeldoutSet:
    """A held-out set scored the way the sixth and later sets are, named by its folder.

    The sets from the sixth on differ only in their folder (``tests/fixtures/real/<name>``),
    so their scripts were thin copies of one another: this record is that shared script,
    data-driven. ``evaluate`` is ``eval_heldout2``'s (``tagwire normalize`` on every
    permalink page beside plain trafilatura), ``platforms`` the fifth set's three real
    themes (``eval_heldout5.platforms``; no later set adds themes), ``wordpress``
    ``wordpress`` above under a module name of the set's own, and ``main`` the command line
    (``main`` above). An ``eval_heldoutN.py`` is then its docstring and one line."""

    name: str

    @property
    def gold(self) -> Path:
        return SETS / self.name

    def evaluate(self, shared: Path, work: Path, gold: Path | None = None) -> dict:
        """Scores of both systems (groups site, all) and where the predictions are."""
        import eval_heldout2  # the held-out machinery; imported here: it imports this module

        return eval_heldout2.evaluate(shared, work, gold or self.gold)

    def platforms(self, shared: Path, work: Path, gold: Path | None = None,
                  themes: tuple[str, ...] | None = None, *, do_crawl: bool = True
                  ) -> tuple[dict, ModuleType]:
        """The set's stories in the fifth set's real themes (``eval_heldout5.platforms``
        with this set's gold: seven stories a theme, in order), crawled and scored, with
        ``totals`` per route, and the module for its ``table``."""
        import eval_heldout5  # its real themes; imported here: it imports this module

        return eval_heldout5.platforms(shared, work, gold or self.gold, themes,
                                       do_crawl=do_crawl)

    def wordpress(self, shared: Path, work: Path, gold: Path | None = None
                  ) -> tuple[dict, ModuleType]:
        """The set's stories in a real WordPress, crawled and scored (``wordpress``)."""
        return wordpress(shared, work, gold or self.gold,
                         name=f"eval_wordpress_real_{self.name}")

    def main(self, argv: list[str] | None, doc: str) -> int:
        """The set's command line (``main``), ``doc`` being its script's docstring."""
        return main(argv, name=f"eval_{self.name}", doc=doc, gold=self.gold,
                    evaluate=self.evaluate, platforms=self.platforms,
                    wordpress=self.wordpress, platforms_help=PLATFORMS_HELP)
