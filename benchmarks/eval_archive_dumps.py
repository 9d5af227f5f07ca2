#!/usr/bin/env python3
"""Real stories in real themes' tag archives, flattened to text dumps and normalized.

    python benchmarks/eval_archive_dumps.py [--sets platforms,heldout19,...] [--failures]
                                            [--keep DIR] [--json] [--shared DIR]

A text dump in the wild is often an aggregator's tag archive saved as text: every post on
the page, one after another, with the theme's header, sidebar and footer around them (the
dev set's dump is one). The held-out sets' themes build such archives from real stories
(``eval_platforms_real``'s eight real Blogger, Tumblr and WordPress themes with the
real-stories gold; ``themes_heldout5``'s three themes with a held-out set's gold). Each
archive page that shows its posts whole is flattened with ``tagwire flatten`` (as a user
would) and normalized with ``tagwire normalize``; the page's gold is the stories of the
posts it shows, with their cruft. A page showing excerpts (some story's text partly on
the page, :data:`WHOLE_SHARE`) is no dump of its stories and is skipped, counted.

Scored with ``../shared/eval/score.py`` per set and over all; the theme's chrome around
the posts is in no gold line, so what of it leaks lowers text precision. Skipped with
exit 2 where ``../shared`` is absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import DEFAULT_SHARED  # noqa: E402
from eval_real_dumps import run_cli, score  # noqa: E402  (tagwire in-process; score.py's dumps group)

#: The held-out sets run by default: the eight real themes of ``eval_platforms_real``
#: ("platforms") and the sets whose stories differ most in language and outlet.
DEFAULT_SETS = ("platforms", "heldout19", "heldout20", "heldout21", "heldout22")
#: A story's paragraph is on an archive page when this share of its words is on the
#: flattened page; a story with less than ABSENT_SHARE of its words there is not shown.
WHOLE_SHARE = 0.9
ABSENT_SHARE = 0.2
#: A page whose every story shows less than this share of its words is a page of
#: excerpts (Ghost's and Drupal's listings), left out unless ``--excerpts``.
EXCERPT_SHARE = 0.5
SHOWN = ("story_f1", "text_p", "text_r", "text_f1", "cruft_leak", "headline_acc",
         "source_acc", "language_acc")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def build(set_name: str, work: Path) -> dict[str, Path]:
    """The set's theme sites under ``work``: one folder a theme (``site/``, ``gold.jsonl``,
    ``START``), as the set's ``--platforms`` run builds them."""
    if set_name == "platforms":
        mod = _load("eval_platforms_real_dumps", REPO / "benchmarks" / "eval_platforms_real.py")
        return mod.build_sets(work, mod.THEMES)
    gold = REPO / "tests" / "fixtures" / "real" / set_name
    if not (gold / "gold.jsonl").is_file():
        raise SystemExit(f"eval_archive_dumps: {gold}: no gold.jsonl (unknown set {set_name!r})")
    mod = _load(f"eval_platforms_real_dumps_{set_name}",
                REPO / "benchmarks" / "eval_platforms_real.py")
    import themes_heldout5

    stories = mod.load_stories(gold / "gold.jsonl")
    mod.load_stories = lambda path=None: stories
    themes = themes_heldout5.themes(mod)
    themes_heldout5.patch(mod)
    return mod.build_sets(work, themes)


def archive_pages(folder: Path) -> list[Path]:
    """The theme's archive pages, in order: its START page, then its older pages."""
    start = (folder / "START").read_text(encoding="utf-8").strip().strip("/")
    first = folder / "site" / start / "index.html"
    older = sorted((folder / "site" / start / "page").glob("*/index.html"),
                   key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    return [p for p in [first, *older] if p.is_file()]


_WORD = re.compile(r"\w+")


def _share_on_page(text: str, page_words: set[str]) -> float:
    words = [w.casefold() for w in _WORD.findall(text)]
    return sum(w in page_words for w in words) / len(words) if words else 1.0


def _shown_text(text: str, dump: str, lines: list[str], page_words: set[str]) -> str:
    """The part of a story's text the page shows: each paragraph on the page whole, or
    the line that cuts it short (an excerpt's last line, its ellipsis off), up to the first
    paragraph the page does not show."""
    shown = []
    for para in text.split("\n\n"):
        if _share_on_page(para, page_words) >= WHOLE_SHARE:
            shown.append(para)
            continue
        head = para[:PREFIX_CHARS]
        cut = next((ln for ln in lines if len(ln) >= PREFIX_CHARS and para.startswith(
            ln[:PREFIX_CHARS]) and head in dump), None)
        if cut is not None:
            shown.append(_CUT_END.sub("", cut).strip())
        break
    return "\n\n".join(shown)


#: An excerpt's cut paragraph is found by its first this many characters.
PREFIX_CHARS = 30
_CUT_END = re.compile(r"\s*(?:\[?(?:\.{3}|…)\]?|Read more\s*»?)\s*$")


def page_gold(dump: str, posts: list[dict], *, excerpts: bool = False) -> dict | None:
    """The gold of one flattened archive page: the stories of the posts it shows, in the
    page's order, each with the text the page shows of it (a post cut short by the theme
    keeps its paragraphs up to the cut, :func:`_shown_text`), with the cruft lines the
    page shows; None where it shows no story, or (unless ``excerpts``) where every story
    shows less than :data:`EXCERPT_SHARE` of its words (a theme's page of excerpts: its
    teasers cut to a line or two are a listing, scored with ``--excerpts``)."""
    page_words = {w.casefold() for w in _WORD.findall(dump)}
    lines = [ln.strip() for ln in dump.splitlines() if ln.strip()]
    found: list[tuple[int, list[dict]]] = []
    cruft: list[str] = []
    shares: list[float] = []
    for post in posts:
        stories = []
        for story in post["stories"]:
            share = _share_on_page(story["text"], page_words)
            if share < ABSENT_SHARE:
                continue
            shares.append(share)
            text = _shown_text(story["text"], dump, lines, page_words)
            if text:
                stories.append({**story, "text": text})
        if not stories:
            continue
        at = min(dump.find(s["text"][:PREFIX_CHARS]) % (len(dump) + 1) for s in stories)
        found.append((at, stories))
        cruft += [c for c in post.get("cruft", []) if " ".join(c.split()) in " ".join(dump.split())]
    if not found or (not excerpts and max(shares) < EXCERPT_SHARE):
        return None  # (a page of excerpts only: a listing of teasers, not of stories)
    stories = [s for _, sts in sorted(found, key=lambda x: x[0]) for s in sts]
    return {"stories": stories, "cruft": list(dict.fromkeys(cruft))}


def make_dumps(set_name: str, work: Path, gold_dir: Path, *, excerpts: bool = False
               ) -> tuple[list[str], list[str]]:
    """Each whole-post archive page of the set's themes flattened into ``gold_dir/dumps``
    with its gold: the dumps' names, and the pages skipped (with why)."""
    made, skipped = [], []
    for theme, folder in build(set_name, work / set_name).items():
        posts = [json.loads(x) for x in (folder / "gold.jsonl").read_text(
            encoding="utf-8").splitlines() if x.strip()]
        for n, page in enumerate(archive_pages(folder), 1):
            name = f"{set_name}-{theme}-p{n}"
            txt = gold_dir / "dumps" / f"{name}.txt"
            code, err = run_cli(["flatten", "-q", str(page), "-o", str(txt)])
            if code:
                skipped.append(f"{name}: flatten failed: {err.strip()}")
                continue
            gold = page_gold(txt.read_text(encoding="utf-8"), posts, excerpts=excerpts)
            if gold is None:
                skipped.append(f"{name}: shows no story" if excerpts
                               else f"{name}: shows no story, or excerpts")
                txt.unlink()
                continue
            (gold_dir / "dumps" / f"{name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            made.append(name)
    return made, skipped


def evaluate(shared: Path, work: Path, sets: list[str], *, excerpts: bool = False) -> dict:
    """Dumps made, normalized and scored: per set and over all."""
    every = work / "gold-all"
    (every / "dumps").mkdir(parents=True, exist_ok=True)
    pred = work / "pred"
    pred.mkdir(parents=True, exist_ok=True)
    result: dict = {"sets": {}, "skipped": [], "problems": [], "dumps": {}}
    for set_name in sets:
        gold = work / f"gold-{set_name}"
        (gold / "dumps").mkdir(parents=True, exist_ok=True)
        made, skipped = make_dumps(set_name, work / "sites", gold, excerpts=excerpts)
        result["skipped"] += skipped
        result["dumps"][set_name] = made
        for name in made:
            code, err = run_cli(["normalize", "-q", str(gold / "dumps" / f"{name}.txt"),
                                 "-o", str(pred / f"{name}.jsonl")])
            if code:
                result["problems"].append(f"{name}.txt: exit {code}: {err.strip()}")
            for suffix in (".txt", ".gold.json"):
                shutil.copy(gold / "dumps" / f"{name}{suffix}", every / "dumps")
        if made:
            result["sets"][set_name] = score(shared, gold, pred)
    if any(result["dumps"].values()):
        result["sets"]["all"] = score(shared, every, pred)
    result["work"] = str(work)
    return result


def _cell(m: dict) -> str:
    return "n/a" if m["value"] is None else f"{m['value']:.3f}"


def table(result: dict) -> str:
    lines = [f"{'set':<12}{'dumps':>6}  " + "".join(f"{m[:10]:<11}" for m in SHOWN),
             "-" * (20 + 11 * len(SHOWN))]
    for name, row in result["sets"].items():
        count = sum(map(len, result["dumps"].values())) if name == "all" \
            else len(result["dumps"][name])
        lines.append(f"{name:<12}{count:>6}  " + "".join(f"{_cell(row[m]):<11}" for m in SHOWN))
    lines += [f"skipped: {s}" for s in result["skipped"]]
    return "\n".join(lines)


def failures(shared: Path, result: dict) -> str:
    """Every failure by kind (``eval_heldout2``'s diagnosis) over all dumps."""
    heldout2 = _load("eval_heldout2", REPO / "benchmarks" / "eval_heldout2.py")
    gold = Path(result["work"]) / "gold-all"
    (gold / "none.jsonl").write_text("", encoding="utf-8")  # no site posts here
    found = heldout2.failures(shared, gold, gold / "none.jsonl", Path(result["work"]) / "pred")
    return heldout2.show_failures(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS),
                    help="comma-separated: 'platforms' and held-out set names "
                         f"(default {','.join(DEFAULT_SETS)})")
    ap.add_argument("--failures", action="store_true", help="list every failure by kind")
    ap.add_argument("--excerpts", action="store_true",
                    help="also score the pages that show only excerpts of their posts")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep dumps, gold and predictions")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the shared folder (default: ../shared beside the repository)")
    a = ap.parse_args(argv)
    if not (a.shared / "eval" / "score.py").is_file():
        print(f"eval_archive_dumps: {a.shared}: no eval/score.py here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-archive-dumps-") as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(a.shared, work, a.sets.split(","), excerpts=a.excerpts)
        if a.json:
            print(json.dumps(result, ensure_ascii=False, indent=1))
        else:
            print(table(result))
        if a.failures:
            print(failures(a.shared, result))
    for problem in result["problems"]:
        print(f"eval_archive_dumps: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
