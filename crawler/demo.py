"""``make demo``: crawl the bundled sample site, served on 127.0.0.1, the way a user would.

Serves ``sample/site`` on an ephemeral port, runs ``scrapy crawl tagarchive -a url=...
-O out/posts.jsonl`` as a subprocess from the repository root, then prints the close
summary and where the output went. Needs no internet.
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

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "sample" / "site"
START = "/tag/diplomacy/"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    out = REPO / "out"
    out.mkdir(exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{START}"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "tagarchive", "-a", f"url={url}",
           "-O", "out/posts.jsonl",
           "-s", "STORIES_PATH=out/stories.jsonl", "-s", "REJECTS_PATH=out/rejects.jsonl",
           "-s", "SUMMARY_PATH=out/summary.json",
           # A local server needs no politeness delay; real sites keep the defaults.
           "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING"]
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    print(f"tagwire demo: crawling {url}\n  $ scrapy crawl tagarchive -a url={url} "
          "-O out/posts.jsonl", flush=True)
    try:
        rc = subprocess.run(cmd, cwd=REPO, env=env).returncode
    finally:
        server.shutdown()
    summary_file = out / "summary.json"
    if rc != 0 or not summary_file.exists():
        print(f"tagwire demo: the crawl failed (exit code {rc})", file=sys.stderr)
        return rc or 1
    print("\nsummary:\n" + format_summary(json.loads(summary_file.read_text(encoding="utf-8"))))
    print("\noutput:\n  out/posts.jsonl     one post record a line (schemas/post.schema.json)"
          "\n  out/stories.jsonl   one story a line, with its post's url, title and date"
          "\n  out/summary.json    the summary above"
          + ("\n  out/rejects.jsonl   records that failed validation, with the reasons"
             if (out / "rejects.jsonl").exists() else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
