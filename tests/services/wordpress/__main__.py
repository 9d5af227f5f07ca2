"""``make wordpress``: start the test WordPress for a developer to poke at (Ctrl-C stops).

    python -m tests.services.wordpress [--posts 60] [--port 8080] [--theme twentytwentytwo]
        [--permalinks plain] [--archive full] [--rest 401] [--feeds off] [--feed-excerpt]
        [--posts-file POSTS.json]

``--posts-file``: serve these posts instead of sitegen's (a JSON list as
:func:`tests.services.wordpress.given_spec` takes them, dates as "YYYY-MM-DD HH:MM:SS";
``benchmarks/eval_wordpress_real.py --write-posts`` writes the real stories' posts).
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from datetime import datetime
from pathlib import Path

from tests.services.wordpress import (
    DEFAULT_KNOBS,
    KNOB_VALUES,
    WordPressUnavailable,
    wordpress_site,
)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.services.wordpress",
                                description="Serve a throw-away WordPress on 127.0.0.1.")
    p.add_argument("--posts", type=int, default=60, help="fixture posts to insert (60)")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    for knob in ("theme", "permalinks", "archive", "rest", "feeds"):
        p.add_argument(f"--{knob}", choices=KNOB_VALUES[knob], default=DEFAULT_KNOBS[knob])
    p.add_argument("--feed-excerpt", action="store_true", help="feeds carry summaries only")
    p.add_argument("--posts-file", type=Path, help="serve the posts of this JSON file")
    a = p.parse_args(argv)
    posts = None
    if a.posts_file:
        try:
            posts = json.loads(a.posts_file.read_text(encoding="utf-8"))
            for post in posts:
                post["date"] = datetime.strptime(post["date"], "%Y-%m-%d %H:%M:%S")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"wordpress: {a.posts_file}: not a list of posts: {exc}", file=sys.stderr)
            return 2
    knobs = {k: getattr(a, k) for k in ("theme", "permalinks", "archive", "rest", "feeds")}
    # SIGTERM unwinds like Ctrl-C, so the servers (in sessions of their own) are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"starting WordPress with {len(posts) if posts else a.posts} posts ...", flush=True)
    try:
        with wordpress_site(a.posts, port=a.port or None, feed_excerpt=a.feed_excerpt,
                            posts=posts, **knobs) as site:
            tag = next((t.lower() for p in (posts or []) for t in p.get("tags", [])),
                       "diplomacy")
            print(f"\n  site:     {site.url}/\n  tag:      {site.tag_url(tag)}"
                  f"\n  category: {site.category_url('europe')}"
                  f"\n  REST:     {site.url}/wp-json/wp/v2/posts"
                  f"\n  files:    {site.root} (knobs.json switches the knobs live)"
                  f"\n  knobs:    {site.knobs}\n\nCtrl-C stops it.", flush=True)
            while True:
                time.sleep(3600)
    except WordPressUnavailable as exc:
        print(f"wordpress: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stopped.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
