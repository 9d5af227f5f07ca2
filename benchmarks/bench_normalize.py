#!/usr/bin/env python3
"""Speed and memory of ``tagwire normalize`` on realistic permalink pages.

    python benchmarks/bench_normalize.py [--pages 1000] [--memory-sizes 1000,3000] [--json]

1. Generates blog sites with ``tests/sitegen.py`` (invented wire stories reposted with
   captions, credits, read-more links, share/like/related/comment chrome), a third each
   in the Kubrick, modern WordPress and Blogger themes, and takes their permalink pages.
2. Speed, in-process, on the same pages in the same run, alternating page by page:
   ``trafilatura.extract(html)`` alone (default options) against tagwire's
   ``normalizer.normalize_page(html, url)``. Reports pages/s of each and the ratio
   tagwire / trafilatura (the issue's target: at most 2.0x).
3. The CLI end to end (``tagwire normalize DIR -o out.jsonl``: reading, charset, kind,
   normalizing, validating, writing) in a fresh subprocess per size, with its peak RSS
   (``ru_maxrss`` of that child, from ``os.wait4``), at each of ``--memory-sizes``
   pages: memory should not grow with the number of files.

Timing targets live here, as ratios measured in the same run, never in tests.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
THEMES = ("kubrick", "modern", "blogger")
TARGET_RATIO = 2.0

def theme_furniture(seed: int) -> tuple[str, str, str]:
    """Head, top and bottom furniture of a real blog theme, for realistic page weight.

    Generated posts alone weigh about 5 KB; real permalink pages weigh 15 KB (the dev
    set's Kubrick pages) to 115 KB (the median AEB news page): inline CSS and scripts,
    JSON-LD, a navigation menu, sidebar widgets (recent posts, archives, categories, a
    tag cloud, a blogroll), comments and a footer. trafilatura's time grows with that
    weight, so a benchmark without it would overstate what tagwire adds per page.
    """
    rnd = random.Random(seed)
    words = ("Russia Ukraine talks sanctions summit minister border trade energy gas oil "
             "election court protest envoy ceasefire aid budget vote treaty NATO China Iran "
             "Syria Korea Japan India Europe council deal market").split()

    def title(n: int = 7) -> str:
        return " ".join(rnd.choice(words) for _ in range(n)).capitalize()

    css = "\n".join(f".w{i} {{ margin: {i}px; padding: {i % 7}px; color: #{i:06x}; }}" for i in range(400))
    script = "\n".join(f"var cfg{i} = {{id: {i}, name: '{title(3)}', on: {str(i % 2 == 0).lower()}}};"
                       for i in range(150))
    head = (f"<style>{css}</style><script>{script}</script>"
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite",'
            f'"name":"{title(2)}"}}</script>')
    menu = "".join(f'<li class="menu-item"><a href="/category/c{i}/">{title(2)}</a></li>' for i in range(30))
    top = f'<nav class="main-navigation"><ul class="menu">{menu}</ul></nav>'
    recent = "".join(f'<li><a href="/2019/01/{i:02d}/p{i}/">{title()}</a></li>' for i in range(1, 16))
    archives = "".join(f'<li><a href="/20{y}/{m:02d}/">Month {m} 20{y}</a></li>'
                       for y in (17, 18, 19) for m in range(1, 13))
    cats = "".join(f'<li class="cat-item"><a href="/category/c{i}/">{title(2)}</a> ({rnd.randint(1, 90)})</li>'
                   for i in range(20))
    cloud = " ".join(f'<a href="/tag/t{i}/" class="tag-cloud-link" style="font-size:{rnd.randint(8, 22)}pt">'
                     f'{rnd.choice(words)}</a>' for i in range(60))
    comments = "".join(
        f'<li class="comment"><div class="comment-author vcard"><cite class="fn">Reader {i}</cite> says:</div>'
        f'<div class="comment-meta"><a href="#c{i}">January {i}, 2019 at 10:{i:02d} am</a></div>'
        f"<p>{title(18)}.</p></li>" for i in range(1, 7))
    bottom = (f'<div id="comments"><h3>6 Responses</h3><ol class="commentlist">{comments}</ol></div>'
              f'<div id="sidebar" class="widget-area"><ul><li class="widget"><h2>Recent Posts</h2><ul>{recent}</ul></li>'
              f'<li class="widget"><h2>Archives</h2><ul>{archives}</ul></li>'
              f'<li class="widget"><h2>Categories</h2><ul>{cats}</ul></li>'
              f'<li class="widget"><h2>Tags</h2><div class="tagcloud">{cloud}</div></li></ul></div>'
              f'<div id="footer"><p>{title(12)}. Powered by WordPress.</p></div>')
    return head, top, bottom


def furnish(file: Path, seed: int) -> None:
    """Add a real theme's furniture to a generated permalink page, in place."""
    head, top, bottom = theme_furniture(seed)
    text = file.read_text(encoding="utf-8")
    text = text.replace("</head>", head + "</head>", 1)
    text = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + top, text, count=1)
    text = text.replace("</body>", bottom + "</body>", 1)
    file.write_text(text, encoding="utf-8")


def generate_pages(root: Path, count: int, seed: int = 11) -> list[tuple[Path, str]]:
    """Write ``count`` posts' sites under ``root``; return (permalink file, url) pairs."""
    sys.path.insert(0, str(REPO))
    from tests.sitegen import make_posts, write_site

    pages: list[tuple[Path, str]] = []
    per_theme = [count // len(THEMES) + (1 if i < count % len(THEMES) else 0)
                 for i in range(len(THEMES))]
    for i, (theme, n) in enumerate(zip(THEMES, per_theme)):
        site = root / theme
        manifest = write_site(site, make_posts(n, seed=seed + i), theme=theme,
                              site=f"Wire Digest {theme}")
        for post in manifest["posts"]:
            rel = post["url"].lstrip("/")
            file = site / rel if rel.endswith(".html") else site / rel / "index.html"
            furnish(file, seed=len(pages) % 17)
            pages.append((file, f"http://127.0.0.1:8000/{theme}/{rel}"))
    return pages


def time_in_process(pages: list[tuple[Path, str]]) -> dict:
    """trafilatura.extract vs normalize_page on the same pages, alternating."""
    import trafilatura

    import normalizer

    html0 = pages[0][0].read_text(encoding="utf-8")
    trafilatura.extract(html0)                  # warm up both (imports, caches,
    normalizer.normalize_page(html0, pages[0][1])  # langdetect's profiles)
    spent = {"trafilatura": 0.0, "tagwire": 0.0}
    failures = 0
    records = stories = 0
    for file, url in pages:
        html = file.read_text(encoding="utf-8")
        start = time.perf_counter()
        trafilatura.extract(html)
        middle = time.perf_counter()
        try:
            recs = normalizer.normalize_page(html, url)
            records += len(recs)
            stories += sum(len(r["stories"]) for r in recs)
        except normalizer.NormalizeError:
            failures += 1
        end = time.perf_counter()
        spent["trafilatura"] += middle - start
        spent["tagwire"] += end - middle
    n = len(pages)
    return {
        "pages": n, "records": records, "stories": stories, "normalize_errors": failures,
        "trafilatura_s": round(spent["trafilatura"], 2), "tagwire_s": round(spent["tagwire"], 2),
        "trafilatura_pages_per_s": round(n / spent["trafilatura"], 1),
        "tagwire_pages_per_s": round(n / spent["tagwire"], 1),
        "ratio": round(spent["tagwire"] / spent["trafilatura"], 2),
    }


def run_cli_measured(folder: Path, out: Path, jobs: int = 1) -> dict:
    """``tagwire normalize FOLDER`` in a fresh interpreter: wall time and its peak RSS."""
    argv = [sys.executable, "-m", "normalizer", "normalize", str(folder), "-o", str(out)]
    if jobs > 1:
        argv += ["-j", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr_text = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    with out.open(encoding="utf-8") as fh:
        written = sum(1 for line in fh if line.strip())
    return {"wall_s": round(wall, 2), "records_written": written,
            "exit_code": proc.returncode,
            "error_lines": sum(1 for line in stderr_text.splitlines()
                               if line.startswith("tagwire: ")),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}   # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=1000, help="pages for the speed run")
    ap.add_argument("--memory-sizes", default="1000,3000",
                    help="comma-separated page counts for the CLI memory runs")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    sizes = [int(s) for s in args.memory_sizes.split(",") if s.strip()]
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        tmp_path = Path(tmp)
        biggest = max([args.pages, *sizes])
        started = time.perf_counter()
        all_pages = generate_pages(tmp_path / "sites", biggest)
        result["generate_s"] = round(time.perf_counter() - started, 1)
        result["speed"] = time_in_process(spread(all_pages, args.pages))
        result["memory"] = []
        for size in sizes:
            folder = tmp_path / f"cli-{size}"
            folder.mkdir()
            for k, (file, _) in enumerate(spread(all_pages, size)):
                os.link(file, folder / f"{k:05d}.html")
            row = run_cli_measured(folder, tmp_path / f"out-{size}.jsonl")
            row["pages"] = size
            row["pages_per_s"] = round(size / row["wall_s"], 1)
            result["memory"].append(row)
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
    return 0


def spread(pages: list, count: int) -> list:
    """``count`` pages taken evenly across the themes (all of them when count is larger)."""
    if count >= len(pages):
        return pages
    step = len(pages) / count
    return [pages[int(i * step)] for i in range(count)]


def report(result: dict) -> str:
    s = result["speed"]
    verdict = "ok" if s["ratio"] <= TARGET_RATIO else f"over the {TARGET_RATIO}x target"
    lines = [
        f"speed, in-process, {s['pages']} permalink pages ({s['records']} records, "
        f"{s['stories']} stories, {s['normalize_errors']} pages without text):",
        f"  trafilatura.extract      {s['trafilatura_s']:>7.2f} s  "
        f"{s['trafilatura_pages_per_s']:>7.1f} pages/s",
        f"  tagwire normalize_page   {s['tagwire_s']:>7.2f} s  "
        f"{s['tagwire_pages_per_s']:>7.1f} pages/s",
        f"  ratio tagwire / trafilatura: {s['ratio']:.2f}x ({verdict})",
        "CLI end to end (tagwire normalize DIR -o out.jsonl, one process per size):",
    ]
    for row in result["memory"]:
        lines.append(
            f"  {row['pages']:>6} pages  {row['wall_s']:>7.1f} s  "
            f"{row['pages_per_s']:>6.1f} pages/s  "
            f"peak RSS {row['peak_rss_mb']:>6.1f} MB  "
            f"records {row['records_written']}  exit {row['exit_code']}")
    if len(result["memory"]) >= 2:
        a, b = result["memory"][0], result["memory"][-1]
        lines.append(f"  peak RSS at {b['pages']} vs {a['pages']} pages: "
                     f"x{b['peak_rss_mb'] / a['peak_rss_mb']:.2f}")
    lines.append(f"(site generation {result['generate_s']} s)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
