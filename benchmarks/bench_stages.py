#!/usr/bin/env python3
"""Where a page's time goes, stage by stage: normalize_page's stages on the AEB pages.

    python benchmarks/bench_stages.py [--repeat N] [--limit N] [--json]

``bench_profile.py`` charges CPU samples to functions, and finds them flat (no function
of tagwire's own over ~3 % of a page). The issue's target (normalize at most 1.3x plain
``trafilatura.extract``) asks which *stages* could be skipped or shared, so this times
the stages themselves: each stage of :data:`STAGES` (a function looked up by name where
the pipeline calls it) is wrapped, and its own time (its time less that of the stages
it calls) is added up, wall clock and CPU (``time.process_time``), with the number of
calls. ``trafilatura.extract`` runs on each page beside it, timed the same way, as the
reference of ``bench_aeb.py``. Each repetition meets its pages as new pages
(:func:`bench_normalize.forget_pages` before it), after a warm-up of three pages, as
``bench_aeb.py`` does.

Prints one row a stage: ms a page (wall and CPU) and its share of tagwire's CPU time.
The wrapping adds a microsecond or two a call; the stages' shares, not the total, are
what this is for (the ratio itself is ``bench_aeb.py``'s).
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import importlib
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from bench_normalize import forget_pages
from corpus import DEFAULT_SHARED, load_folder

#: (module, name where the pipeline looks the stage up, label). A stage called through
#: another module's name is listed under that name too (the same label adds up).
STAGES: tuple[tuple[str, str, str], ...] = (
    ("normalizer.pipeline", "parse_html", "parse (lxml, trafilatura's load_html steps)"),
    ("normalizer.pipeline", "PageIndex", "PageIndex (per-tag tables)"),
    ("normalizer.pipeline", "_may_list_posts", "archive test"),
    ("normalizer.pipeline", "_archive_listing", "archive listing"),
    ("normalizer.pipeline", "held_credits", "held credits"),
    ("normalizer.pipeline", "extract", "extract: rest"),
    ("normalizer.stories.extract", "page_info", "page_info: meta, JSON-LD, title, author"),
    ("normalizer.pages.permalink", "_htmldate", "htmldate"),
    ("normalizer.stories.extract", "preprocess", "preprocess (captions, credits out)"),
    ("normalizer.stories.extract", "_trafilatura_body", "trafilatura bare_extraction"),
    ("normalizer.stories.extract", "_chosen_body", "chosen body: rest (detach, checks)"),
    ("normalizer.stories.extract", "_named_away", "named-away article test"),
    ("normalizer.stories.extract", "body_to_blocks", "body -> blocks"),
    ("normalizer.stories.extract", "_with_lead", "standfirst put back"),
    ("normalizer.stories.extract", "_with_subheadings", "subheadings put back"),
    ("normalizer.stories.extract", "_mark_link_cards", "link cards"),
    ("normalizer.stories.extract", "_mark_teaser_lists", "teaser lists"),
    ("normalizer.stories.extract", "_mark_notice_boxes", "notice boxes"),
    ("normalizer.stories.extract", "_mark_chrome_edges", "chrome edges"),
    ("normalizer.stories.extract", "_with_pictures", "pictures placed"),
    ("normalizer.pipeline", "build_record", "build_record: rest"),
    ("normalizer.pipeline", "classify", "classify (cleaning rules)"),
    ("normalizer.pipeline", "split", "split"),
    ("normalizer.stories.attribute", "attribute", "attribute"),
    ("normalizer.pipeline", "detect_language", "language detection"),
    ("normalizer.pipeline", "simhash_hex", "fingerprint (simhash)"),
    ("normalizer.pipeline", "credits_around_body", "credits around the body"),
    ("normalizer.pipeline", "_declared_language", "declared language"),
)
REFERENCE = "trafilatura.extract (reference)"


class StageClock:
    """Own time of each wrapped stage: a stack of the time the stages called below the
    current one took, subtracted from its own."""

    def __init__(self) -> None:
        self.wall: collections.Counter[str] = collections.Counter()
        self.cpu: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()
        self._below: list[list[float]] = []

    def wrap(self, function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.process_time()
            self._below.append([0.0, 0.0])
            try:
                return function(*args, **kwargs)
            finally:
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                below = self._below.pop()
                self.wall[label] += wall - below[0]
                self.cpu[label] += cpu - below[1]
                self.calls[label] += 1
                if self._below:
                    self._below[-1][0] += wall
                    self._below[-1][1] += cpu
        return timed

    def snapshot(self) -> tuple[collections.Counter[str], ...]:
        return self.wall.copy(), self.cpu.copy(), self.calls.copy()

    def restore(self, kept: tuple[collections.Counter[str], ...]) -> None:
        self.wall, self.cpu, self.calls = (counter.copy() for counter in kept)


def install(clock: StageClock) -> list[str]:
    """Wrap every stage of :data:`STAGES`; return those not found (renamed since)."""
    missing = []
    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        function = getattr(module, name, None)
        if function is None:
            missing.append(f"{module_name}.{name}")
            continue
        setattr(module, name, clock.wrap(function, label))
    return missing


def run(repeat: int, limit: int | None) -> dict:
    import trafilatura

    import normalizer

    clock = StageClock()
    missing = install(clock)
    reference = clock.wrap(trafilatura.extract, REFERENCE)
    pages = load_folder(DEFAULT_SHARED / "bench" / "aeb", limit)
    totals: collections.Counter[str] = collections.Counter()
    for _ in range(repeat):
        forget_pages()
        kept = clock.snapshot()
        for page in pages[:3]:  # warm-up: imports, tables built on first use (not counted)
            normalizer.normalize_page(page.html, page.url or "http://localhost/")
            reference(page.html)
        clock.restore(kept)
        for page in pages:
            started = time.process_time()
            with contextlib.suppress(normalizer.NormalizeError):
                normalizer.normalize_page(page.html, page.url or "http://localhost/")
            totals["tagwire"] += time.process_time() - started
            started = time.process_time()
            reference(page.html)
            totals["trafilatura"] += time.process_time() - started
    n = len(pages) * repeat
    stages = {label: {"wall_ms": round(1000 * clock.wall[label] / n, 3),
                      "cpu_ms": round(1000 * clock.cpu[label] / n, 3),
                      "calls": clock.calls[label]}
              for label in sorted(clock.cpu, key=lambda k: -clock.cpu[k])}
    return {"pages": len(pages), "repeat": repeat, "missing": missing,
            "tagwire_cpu_ms": round(1000 * totals["tagwire"] / n, 2),
            "trafilatura_cpu_ms": round(1000 * totals["trafilatura"] / n, 2),
            "stages": stages}


def report(result: dict) -> str:
    tagwire = result["tagwire_cpu_ms"]
    lines = [f"AEB, {result['pages']} pages x {result['repeat']}: tagwire {tagwire:.2f} ms CPU "
             f"a page, trafilatura.extract {result['trafilatura_cpu_ms']:.2f} (ratio of "
             f"totals {tagwire / result['trafilatura_cpu_ms']:.3f})",
             f"{'stage':44} {'wall ms':>8} {'CPU ms':>8} {'% CPU':>6} {'calls':>6}"]
    for label, row in result["stages"].items():
        share = "" if label == REFERENCE else f"{100 * row['cpu_ms'] / tagwire:6.1f}"
        lines.append(f"{label:44} {row['wall_ms']:8.2f} {row['cpu_ms']:8.2f} {share:>6} "
                     f"{row['calls']:6}")
    if result["missing"]:
        lines.append("not found (renamed?): " + ", ".join(result["missing"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    result = run(args.repeat, args.limit)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
