#!/usr/bin/env python3
"""The first page of a fresh process: what normalizing costs before anything is warm.

    python benchmarks/bench_coldstart.py [--languages en,de,fr] [--json]

For each language, a real page in that language (its ``<html lang>``, from the AEB
pages and the project's real pages) is normalized in a new Python process, which
reports the time of its imports (``normalizer`` and the libraries it calls, as a
worker process does at start), of the first ``normalize_page`` call and of a second
call on the same page (everything warm). Lazy loading inside the libraries
(langdetect's profiles, trafilatura's and htmldate's tables, dateparser's locale data
when htmldate calls it) lands on the first page; the target is a first page under
0.5 s in each language. A second language in the same process is timed too: a
library that loads data per language would show it there.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from corpus import DEFAULT_SHARED, REAL_FIXTURES, Page, page_sets

TARGET_FIRST_PAGE_S = 0.5
_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2})", re.IGNORECASE)

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import normalizer
import normalizer.pipeline, trafilatura, trafilatura.metadata, htmldate, langdetect
t1 = time.perf_counter()
pages = json.loads(sys.stdin.read())
out = {"import_s": t1 - t0, "pages": []}
for html, url in pages:
    a = time.perf_counter()
    try:
        normalizer.normalize_page(html, url)
        error = None
    except Exception as exc:  # reported, not fatal
        error = f"{type(exc).__name__}: {exc}"
    out["pages"].append({"seconds": time.perf_counter() - a, "error": error})
print(json.dumps(out))
"""


def by_language(pages: list[Page]) -> dict[str, list[Page]]:
    found: dict[str, list[Page]] = {}
    for page in pages:
        m = _LANG.search(page.html[:5000])
        if m:
            found.setdefault(m.group(1).lower(), []).append(page)
    return found


def child(pages: list[Page]) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(
        [(p.html, p.url) for p in pages]), capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"bench_coldstart: child failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--languages", default="en,de,fr",
                    help="comma-separated languages (default en,de,fr)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--real", type=Path, default=REAL_FIXTURES)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    say = (lambda m: print(m, file=sys.stderr)) if args.json else print
    sets = page_sets(["aeb", "real"], shared=args.shared, real=args.real, say=say)
    pool = by_language([p for pages in sets.values() for p in pages])
    langs = [x for x in args.languages.split(",") if x]
    rows = []
    for i, lang in enumerate(langs):
        if not pool.get(lang):
            say(f"skipping {lang}: no saved page in that language here")
            continue
        page = pool[lang][0]
        other_lang = next((x for x in langs[i + 1:] + langs[:i] if pool.get(x)), None)
        pages = [page, page] + ([pool[other_lang][0]] if other_lang else [])
        result = child(pages)
        rows.append({"language": lang, "page": page.name, "kb": round(page.kb, 1),
                     "import_s": round(result["import_s"], 3),
                     "first_page_s": round(result["pages"][0]["seconds"], 3),
                     "warm_page_s": round(result["pages"][1]["seconds"], 3),
                     "then_language": other_lang,
                     "then_first_page_s": (round(result["pages"][2]["seconds"], 3)
                                           if other_lang else None),
                     "errors": [p["error"] for p in result["pages"] if p["error"]]})
    met = bool(rows) and all(r["first_page_s"] < TARGET_FIRST_PAGE_S for r in rows)
    out = {"rows": rows, "target_first_page_s": TARGET_FIRST_PAGE_S, "target_met": met,
           "load": [round(x, 2) for x in os.getloadavg()]}
    if args.json:
        print(json.dumps(out))
    else:
        print(f"first page of a fresh process (load average {out['load'][0]}):")
        for r in rows:
            then = (f"; then a {r['then_language']} page {r['then_first_page_s']:.3f} s"
                    if r["then_language"] else "")
            print(f"  {r['language']}  {r['page'][:40]:40} {r['kb']:>6} KB  import "
                  f"{r['import_s']:.2f} s, first page {r['first_page_s']:.3f} s, same page "
                  f"again {r['warm_page_s']:.3f} s{then}")
        print(f"target: first page < {TARGET_FIRST_PAGE_S} s: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
