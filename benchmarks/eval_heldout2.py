#!/usr/bin/env python3
"""Score tagwire on the second held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout2.py [--json] [--failures] [--platforms] [--keep DIR]
                                       [--shared DIR]

The set (``tests/fixtures/real/heldout2``, origins in its ``SOURCES.md``) is real news pages
in languages and from outlets the project's other gold sets do not hold, and text dumps of
real pages that carry several articles one after another, all labelled by hand in the
format of ``../shared/eval/FORMAT.md`` before tagwire was run on them. It measures how
the rules carry to content they were not made from, so its figures are a floor to keep,
never a target to tune against sentence by sentence.

The run is ``benchmarks/eval_real_stories.py``'s (``tagwire normalize`` on every permalink
page and every dump, plain trafilatura as the reference, ``score.py`` for both). On top of
the scores, ``--failures`` lists, per post or dump, what differs from the gold by kind:
story split (count of stories), headline, source, language, date, cruft lines leaked
verbatim, gold paragraphs missing from the output, and output paragraphs the gold does
not hold. ``--platforms`` also puts the set's stories into real Blogger, Tumblr and
WordPress themes with ``benchmarks/eval_platforms_real.py``'s machinery (its editor,
renderers, sites, crawl and offline routes, pointed at this set's gold instead of the
real-stories gold) and prints that benchmark's table for them. Exit 0 whatever the
scores (the gate is ``tests/test_gate_heldout2.py``); 1 if a ``tagwire normalize`` call or
a crawl failed; 2 if ``../shared`` is missing.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout2"
SHOWN = ["posts_recall", "story_p", "story_r", "story_f1", "text_p", "text_r", "text_f1",
         "cruft_leak", "headline_acc", "source_acc", "language_acc", "date_acc"]
#: A gold paragraph counts as missing when less than this share of its tokens is in the
#: output story; an output paragraph counts as extra when less than this share of its
#: tokens is in the gold story.
COVER = 0.5
#: The real themes the stories are put into with ``--platforms``: one a platform.
PLATFORM_THEMES = ("blogger-zxce3", "tumblr-custom", "wp-twentyseventeen")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def evaluate(shared: Path, work: Path, gold: Path = GOLD) -> dict:
    """Scores of both systems (groups site, dumps, all) and where the predictions are."""
    real = _load("eval_real_stories", REPO / "benchmarks" / "eval_real_stories.py")
    result = real.evaluate(shared, work, gold)
    result["predictions"]["tagwire_dumps"] = str(work / "tagwire-dumps")
    return result


def platforms(shared: Path, work: Path, gold: Path = GOLD,
              themes: tuple[str, ...] = PLATFORM_THEMES, *, do_crawl: bool = True
              ) -> tuple[dict, ModuleType]:
    """The set's stories in real platform themes, crawled and normalized offline, scored:
    ``eval_platforms_real.evaluate``'s result (runs, failures, routes, problems), with
    ``totals`` per route added, and that module (for its ``table``)."""
    # its own module name: the patched copy never stands in for the platforms gate's
    mod = _load("eval_platforms_real_heldout2",
                REPO / "benchmarks" / "eval_platforms_real.py")
    stories = mod.load_stories(gold / "gold.jsonl")
    mod.load_stories = lambda path=None: stories  # the same machinery, this set's stories
    # in the order given: the stories are dealt to the themes in that order
    chosen = [t for name in themes for t in mod.THEMES if t.name == name]
    result = mod.evaluate(shared, work, chosen, do_crawl=do_crawl)
    result["totals"] = {route: mod.totals(result, [n for n in result["runs"]
                                                   if n.endswith("/" + route)])
                        for route in ("crawl", "offline") if any(
                            n.endswith("/" + route) for n in result["runs"])}
    return result, mod


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n")
            if line.strip()]


def _share(part: Counter, whole: Counter) -> float:
    size = sum(part.values())
    return sum((part & whole).values()) / size if size else 1.0


def diagnose(score: ModuleType, name: str, gold: dict, pred: dict | None,
             with_date: bool) -> list[dict]:
    """The failures of one unit (a post or a dump), each a dict with its kind."""
    if pred is None:
        return [{"unit": name, "kind": "not found"}]
    out: list[dict] = []

    def add(kind: str, **detail: object) -> None:
        out.append({"unit": name, "kind": kind, **detail})

    gstories, pstories = gold["stories"], pred.get("stories", [])
    pairs = score.match_stories([score.tokens(s["text"]) for s in gstories],
                                [score.tokens(s.get("text", "")) for s in pstories])
    if len(gstories) != len(pstories) or len(pairs) != len(gstories):
        add("story split", expected=len(gstories), produced=len(pstories), matched=len(pairs),
            produced_headlines=[s.get("headline") for s in pstories])
    for i, j in pairs:
        g, p = gstories[i], pstories[j]
        label = g.get("headline") or f"story {i + 1}"
        for key, norm in score.NORMS.items():
            if g.get(key) is not None and norm(p.get(key)) != norm(g[key]):
                add(key, story=label, expected=g[key], produced=p.get(key))
        pbag = Counter(score.tokens(p.get("text", "")))
        gbag = Counter(score.tokens(g["text"]))
        missing = [para for para in g["text"].split("\n\n")
                   if _share(Counter(score.tokens(para)), pbag) < COVER]
        extra = [para for para in p.get("text", "").split("\n\n")
                 if para.strip() and _share(Counter(score.tokens(para)), gbag) < COVER]
        if missing:
            add("text missing", story=label, paragraphs=missing)
        if extra:
            add("text extra", story=label, paragraphs=extra)
    for i, g in enumerate(gstories):
        if all(i != a for a, _ in pairs):
            add("story missed", story=g.get("headline") or f"story {i + 1}",
                text=g["text"][:160])
    paras = {para for s in pstories for para in score.paragraphs(s.get("text", ""))}
    leaked = [line for line in gold.get("cruft", [])
              if (f := score.fold(line)) and (f in paras or (len(f.split()) >= 5
                                                          and any(f in q for q in paras)))]
    if leaked:
        add("cruft leaked", lines=leaked)
    if (with_date and gold.get("published")
            and (pred.get("published") or "")[:10] != gold["published"][:10]):
        add("date", expected=gold["published"], produced=pred.get("published"))
    return out


def failures(shared: Path, gold: Path, site: Path, dumps: Path) -> list[dict]:
    """Every failure of tagwire's predictions on the set, post by post then dump by dump."""
    score = _load("score", shared / "eval" / "score.py")
    found: list[dict] = []
    by_path: dict[str, dict] = {}
    for rec in _read_jsonl(site):
        by_path.setdefault(score.url_path(rec["url"]), rec)
    gold_site = gold / "gold.jsonl"
    if gold_site.is_file():
        for g in _read_jsonl(gold_site):
            found += diagnose(score, g["url"], g, by_path.get(score.url_path(g["url"])), True)
    for g_path in sorted((gold / "dumps").glob("*.gold.json")):
        stem = g_path.name[: -len(".gold.json")]
        p_path = dumps / f"{stem}.jsonl"
        preds = _read_jsonl(p_path) if p_path.is_file() else []
        found += diagnose(score, f"dumps/{stem}.txt", json.loads(g_path.read_text("utf-8")),
                          preds[0] if preds else None, False)
    return found


def table(result: dict) -> str:
    groups = [g for g in ("site", "dumps", "all") if g in result["tagwire"]]
    cols = [(s, g) for g in groups for s in ("tagwire", "trafilatura")]
    lines = [f"{'metric':<14}" + "".join(f"{s[:8] + '/' + g:<19}" for s, g in cols)]
    for metric in SHOWN:
        cells = []
        for system, group in cols:
            m = result[system][group][metric]
            v = m["value"]
            cells.append("n/a" if v is None else f"{v:.3f} {m['num']}/{m['den']}")
        lines.append(f"{metric:<14}" + "".join(f"{c:<19}" for c in cells))
    return "\n".join(lines)


def show_failures(found: list[dict]) -> str:
    kinds = Counter(f["kind"] for f in found)
    lines = ["failures by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())]
    for f in found:
        detail = {k: v for k, v in f.items() if k not in ("unit", "kind")}
        lines.append(f"- {f['unit']}: {f['kind']}: {json.dumps(detail, ensure_ascii=False)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(GOLD), help="the gold set folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--failures", action="store_true", help="list every failure by kind")
    ap.add_argument("--platforms", action="store_true",
                    help="also run the stories in real Blogger, Tumblr and WordPress themes")
    ap.add_argument("--keep", metavar="DIR", help="write predictions to DIR and keep them")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    args = ap.parse_args(argv)
    shared, gold = Path(args.shared), Path(args.gold)
    if not (shared / "eval" / "score.py").is_file():
        print(f"eval_heldout2: {shared}: no eval/score.py here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-heldout2-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(shared, work, gold)
        preds = result["predictions"]
        result["failures"] = failures(shared, gold, Path(preds["tagwire_site"]),
                                      Path(preds["tagwire_dumps"]))
        if args.platforms:
            plat_work = work / "platforms"
            plat_work.mkdir(exist_ok=True)
            plat, plat_mod = platforms(shared, plat_work, gold)
            result["platforms"] = plat
            result["problems"] += plat["problems"]
        if not args.keep:
            result.pop("predictions")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(table(result))
        if args.failures:
            print(show_failures(result["failures"]))
        if args.platforms:
            print("\nthe same stories in real platform themes (eval_platforms_real):")
            print(plat_mod.table(result["platforms"]))
    for problem in result["problems"]:
        print(f"eval_heldout2: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
