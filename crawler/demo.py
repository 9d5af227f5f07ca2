"""``make demo`` / ``python -m crawler.demo``: crawl the bundled sample site, served on
127.0.0.1, the way a user would.

Serves the invented blog (``sample/site`` in a checkout; shipped in the package as
``crawler/sample/site``) on an ephemeral port, runs ``tagwire crawl URL -o
out/posts.jsonl ...`` as a subprocess in the current directory, then prints the close
summary and where the output went. Works from a checkout and from an installed
package alike, writes where the user stands (``./out``), and needs no internet.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.extensions import format_summary

PACKAGE = Path(__file__).resolve().parent
#: Where the sample site is: shipped inside the package, or at the checkout's top level.
SITE_PLACES = (PACKAGE / "sample" / "site", PACKAGE.parent / "sample" / "site")
START = "/tag/diplomacy/"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def sample_site() -> Path:
    for place in SITE_PLACES:
        if (place / "robots.txt").is_file():
            return place
    raise FileNotFoundError("the sample site is missing from this installation")


def main(out: Path | None = None) -> int:
    out = out or Path.cwd() / "out"
    try:
        site = sample_site()
    except FileNotFoundError as exc:
        print(f"tagwire demo: error: {exc}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{START}"
    rel = os.path.relpath(out)
    cmd = [sys.executable, "-m", "normalizer", "crawl", url, "-o", f"{rel}/posts.jsonl",
           "--stories", f"{rel}/stories.jsonl", "--rejects", f"{rel}/rejects.jsonl",
           "--summary", f"{rel}/summary.json", "-q",
           # A local server needs no politeness delay; real sites keep the defaults.
           "-s", "AUTOTHROTTLE_ENABLED=0"]
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    print(f"tagwire demo: crawling {url}\n  $ tagwire crawl {url} -o {rel}/posts.jsonl",
          flush=True)
    try:
        rc = subprocess.run(cmd, env=env).returncode
    finally:
        server.shutdown()
    summary_file = out / "summary.json"
    if rc != 0 or not summary_file.exists():
        print(f"tagwire demo: the crawl failed (exit code {rc})", file=sys.stderr)
        return rc or 1
    print("\nsummary:\n" + format_summary(json.loads(summary_file.read_text(encoding="utf-8"))))
    print(f"\noutput:\n  {rel}/posts.jsonl     one post record a line (tagwire schema)"
          f"\n  {rel}/stories.jsonl   one story a line, with its post's url, title and date"
          f"\n  {rel}/summary.json    the summary above"
          + (f"\n  {rel}/rejects.jsonl   records that failed validation, with the reasons"
             if (out / "rejects.jsonl").exists() else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
