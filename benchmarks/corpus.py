"""Real pages for the benchmarks, and a paired timer that cannot flatter either side.

Page sets (each a folder in the AEB layout: ``html/<id>.html.gz`` or ``.html`` plus an
optional ``ground-truth.json`` mapping each id to its ``url``; any other folder is read
recursively for ``*.html``, ``*.htm`` and ``*.html.gz``):

- ``aeb``: the article-extraction benchmark in ``../shared/bench/aeb`` (181 real news
  pages); absent on a machine without ``../shared``, and then skipped with a message.
- ``real``: the project's real saved pages, ``tests/fixtures/real/`` (pages of many
  kinds from real sites, with their sources recorded beside them). The benchmarks read
  them as files; they import nothing from ``tests/``.

:func:`paired` times two functions on the same pages, alternating which runs first page
by page and repetition by repetition (whichever runs second finds the page's string and
the allocator warm, which is worth 10 % on these pages), and reports the median of the
per-page ratios and the ratio of the totals, each with its spread over the repetitions,
and the machine's load average before and after (other work on the machine slows the
two sides alike only on average: a loaded machine widens the spread).
"""
from __future__ import annotations

import contextlib
import gc
import gzip
import json
import os
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
REAL_FIXTURES = REPO / "tests" / "fixtures" / "real"
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


@dataclass(frozen=True)
class Page:
    """One saved page: its id within its set, the URL it was saved from, its markup."""

    name: str
    url: str
    html: str

    @property
    def kb(self) -> float:
        return len(self.html.encode("utf-8")) / 1024


def read_markup(path: Path) -> str:
    """A saved page as text (UTF-8; undecodable bytes replaced, as both sides get the
    same string)."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in HTML_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def load_folder(folder: Path, limit: int | None = None) -> list[Page]:
    """Every page under ``folder``, sorted by name; URLs from ``ground-truth.json``
    when the folder has one (the AEB layout), else a made-up ``https://example.org/``
    address named after the file (never a site root, which would read as an archive)."""
    gold_file = folder / "ground-truth.json"
    urls: dict[str, str] = {}
    if gold_file.is_file():
        with gold_file.open(encoding="utf-8") as fh:
            urls = {k: (v.get("url") or "") for k, v in json.load(fh).items()}
    files = sorted(p for p in folder.rglob("*")
                   if p.is_file() and p.name.lower().endswith(HTML_SUFFIXES))
    pages = []
    for path in files:
        # In the AEB layout a page is named by its id, as its scorer expects.
        name = _stem(path) if urls else str(path.relative_to(folder).with_name(_stem(path)))
        url = urls.get(_stem(path)) or f"https://example.org/saved/{name}.html"
        pages.append(Page(name, url, read_markup(path)))
        if limit and len(pages) >= limit:
            break
    return pages


def aeb_folder(shared: Path = DEFAULT_SHARED) -> Path | None:
    folder = shared / "bench" / "aeb"
    return folder if (folder / "ground-truth.json").is_file() else None


def page_sets(names: Iterable[str], *, shared: Path = DEFAULT_SHARED,
              real: Path = REAL_FIXTURES, limit: int | None = None,
              say: Callable[[str], None] = print) -> dict[str, list[Page]]:
    """The named page sets that exist here; each missing one is named in a message."""
    sets: dict[str, list[Page]] = {}
    for name in names:
        if name == "aeb":
            folder = aeb_folder(shared)
            if folder is None:
                say(f"skipping AEB: {shared / 'bench' / 'aeb'} is absent (it lives in "
                    "../shared beside the repository)")
                continue
        elif name == "real":
            folder = real
            if not folder.is_dir():
                say(f"skipping the real set: {folder} is absent")
                continue
        else:
            folder = Path(name)
            if not folder.is_dir():
                say(f"skipping {name}: not a folder")
                continue
        pages = load_folder(folder, limit)
        if not pages:
            say(f"skipping {name}: no saved pages in {folder}")
            continue
        sets[name] = pages
    return sets


def load_average() -> tuple[float, float, float] | None:
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - no load average on this platform
        return None


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def paired(pages: list[Page], sides: dict[str, Callable[[Page], object]], *,
           repeat: int = 5, reference: str | None = None) -> dict:
    """Time each side on every page ``repeat`` times, alternating the order.

    Page ``i`` of repetition ``r`` runs the sides in their given order when ``i + r``
    is even, reversed otherwise, so each side runs first on half the pages of every
    repetition and on each page half the time. ``reference`` (default: the last side)
    is the denominator of the ratios. A side that raises is timed all the same (its
    error counted): it did the work.
    """
    names = list(sides)
    reference = reference or names[-1]
    others = [n for n in names if n != reference]
    for page in pages[:3]:  # warm-up: imports, lazily built tables, first-call caches
        for run in sides.values():
            with contextlib.suppress(Exception):  # counted below, in the timed runs
                run(page)
    seconds = {n: [[0.0] * len(pages) for _ in range(repeat)] for n in names}
    errors = {n: 0 for n in names}
    load_before = load_average()
    clock = time.perf_counter
    for r in range(repeat):
        gc.collect()
        for i, page in enumerate(pages):
            order = names if (i + r) % 2 == 0 else names[::-1]
            for name in order:
                run = sides[name]
                start = clock()
                try:
                    run(page)
                except Exception:  # counted and reported, not fatal
                    errors[name] += 1
                seconds[name][r][i] = clock() - start
    load_after = load_average()
    out: dict = {
        "pages": len(pages), "repeat": repeat, "reference": reference,
        "median_page_kb": round(statistics.median(p.kb for p in pages), 1),
        "load_before": [round(x, 2) for x in load_before] if load_before else None,
        "load_after": [round(x, 2) for x in load_after] if load_after else None,
        "cpus": os.cpu_count(), "errors": dict(errors),
        "sides": {},
    }
    for name in names:
        totals = [sum(rep) for rep in seconds[name]]
        out["sides"][name] = {
            "ms_per_page": round(1000 * statistics.median(totals) / len(pages), 2),
            "ms_per_page_range": [round(1000 * min(totals) / len(pages), 2),
                                  round(1000 * max(totals) / len(pages), 2)],
        }
    for name in others:
        # Per page: median over repetitions of each side, then the ratio; its median and
        # quartiles over pages. Per repetition: the median page ratio and the ratio of
        # the totals, whose range over repetitions is the spread.
        page_ratios = [statistics.median(seconds[name][r][i] for r in range(repeat))
                       / max(statistics.median(seconds[reference][r][i] for r in range(repeat)),
                             1e-9) for i in range(len(pages))]
        rep_page_medians = [statistics.median(
            seconds[name][r][i] / max(seconds[reference][r][i], 1e-9)
            for i in range(len(pages))) for r in range(repeat)]
        rep_totals = [sum(seconds[name][r]) / max(sum(seconds[reference][r]), 1e-9)
                      for r in range(repeat)]
        out["sides"][name].update({
            "median_page_ratio": round(statistics.median(page_ratios), 3),
            "page_ratio_quartiles": [round(_quantile(page_ratios, 0.25), 3),
                                     round(_quantile(page_ratios, 0.75), 3)],
            "median_page_ratio_range": [round(min(rep_page_medians), 3),
                                        round(max(rep_page_medians), 3)],
            "total_ratio": round(statistics.median(rep_totals), 3),
            "total_ratio_range": [round(min(rep_totals), 3), round(max(rep_totals), 3)],
        })
    return out


def format_paired(title: str, result: dict, target: float | None = None) -> str:
    """The paired result as a few readable lines."""
    ref = result["reference"]
    load = result["load_before"], result["load_after"]
    lines = [f"{title}: {result['pages']} pages (median {result['median_page_kb']} KB), "
             f"{result['repeat']} repetitions, order alternating per page and repetition; "
             f"load average {load[0][0] if load[0] else '?'} -> "
             f"{load[1][0] if load[1] else '?'} on {result['cpus']} CPUs"]
    for name, side in result["sides"].items():
        lo, hi = side["ms_per_page_range"]
        line = f"  {name:<28} {side['ms_per_page']:>7.1f} ms/page ({lo:.1f}-{hi:.1f})"
        if result["errors"].get(name):
            line += f"  {result['errors'][name]} page runs raised"
        lines.append(line)
    for name, side in result["sides"].items():
        if name == ref:
            continue
        q1, q3 = side["page_ratio_quartiles"]
        a, b = side["median_page_ratio_range"]
        c, d = side["total_ratio_range"]
        verdict = ""
        if target is not None:
            worst = max(side["median_page_ratio"], side["total_ratio"])
            verdict = f"  target <= {target}: {'met' if worst <= target else 'NOT met'}"
        lines.append(f"  {name} / {ref}: median page {side['median_page_ratio']:.2f} "
                     f"(quartiles {q1:.2f}-{q3:.2f}; per repetition {a:.2f}-{b:.2f}), "
                     f"totals {side['total_ratio']:.2f} ({c:.2f}-{d:.2f}){verdict}")
    return "\n".join(lines)
