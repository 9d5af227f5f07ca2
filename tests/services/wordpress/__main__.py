"""``make wordpress``: start the test WordPress for a developer to poke at (Ctrl-C stops).

    python -m tests.services.wordpress [--posts 60] [--port 8080] [--theme twentytwentytwo]
        [--permalinks plain] [--archive full] [--rest 401] [--feeds off] [--feed-excerpt]
"""
from __future__ import annotations

import argparse
import signal
import sys
import time

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
    a = p.parse_args(argv)
    knobs = {k: getattr(a, k) for k in ("theme", "permalinks", "archive", "rest", "feeds")}
    # SIGTERM unwinds like Ctrl-C, so the servers (in sessions of their own) are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"starting WordPress with {a.posts} posts ...", flush=True)
    try:
        with wordpress_site(a.posts, port=a.port or None, feed_excerpt=a.feed_excerpt,
                            **knobs) as site:
            print(f"\n  site:     {site.url}/\n  tag:      {site.tag_url('diplomacy')}"
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
