"""A small local web server for crawl tests and benchmarks: serves a directory on
127.0.0.1 (ephemeral port) and scripts a few misbehaviours a real site has.

    python tests/httpserver.py ROOT [--flaky PATH=N] [--slow PATH=SECONDS] [--delay S]

- ``--flaky /p/=2``: the first 2 requests for /p/ answer 500, later ones the file;
- ``--slow /p/=5``: /p/ answers after 5 s (a timeout test);
- ``--delay 0.2``: every HTML page answers after 0.2 s (a slow site, for resume tests);
- ``GET /__hits__``: JSON ``{path: count}`` of the requests served so far (query strings
  kept), so tests can check what a crawler fetched;
- query strings are otherwise ignored (``/p/?share=x`` is /p/), as on WordPress.

It prints ``PORT <n>`` on its first line of stdout. :func:`serve` runs it in a
subprocess (its own process, so it does not share the GIL with the test) and yields
the base URL.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


class ScriptedHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    flaky: dict[str, int] = {}
    slow: dict[str, float] = {}
    delay: float = 0.0
    hits: Counter = Counter()
    lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: tests read /__hits__ instead

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/__hits__":
            with self.lock:
                body = json.dumps(dict(self.hits)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        with self.lock:
            self.hits[self.path] += 1
            failures_left = self.flaky.get(path, 0)
            if failures_left:
                self.flaky[path] = failures_left - 1
        if path in self.slow:
            time.sleep(self.slow[path])
        elif self.delay and (path.endswith("/") or path.endswith(".html")):
            time.sleep(self.delay)
        if failures_left:
            self.send_error(500, "scripted failure")
            return
        super().do_GET()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("root")
    p.add_argument("--flaky", action="append", default=[], metavar="PATH=N")
    p.add_argument("--slow", action="append", default=[], metavar="PATH=SECONDS")
    p.add_argument("--delay", type=float, default=0.0)
    p.add_argument("--port", type=int, default=0)
    args = p.parse_args(argv)
    ScriptedHandler.flaky = {k: int(v) for k, v in (s.rsplit("=", 1) for s in args.flaky)}
    ScriptedHandler.slow = {k: float(v) for k, v in (s.rsplit("=", 1) for s in args.slow)}
    ScriptedHandler.delay = args.delay
    handler = partial(ScriptedHandler, directory=args.root)
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 128
    with ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"PORT {server.server_address[1]}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


class Served:
    """A running server: ``base`` URL, ``hits()`` and the process."""

    def __init__(self, proc: subprocess.Popen, port: int) -> None:
        self.proc = proc
        self.port = port
        self.base = f"http://127.0.0.1:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self) -> dict[str, int]:
        with urllib.request.urlopen(self.base + "/__hits__", timeout=10) as resp:
            return json.loads(resp.read())


@contextlib.contextmanager
def serve(root: str | Path, *, flaky: dict[str, int] | None = None,
          slow: dict[str, float] | None = None, delay: float = 0.0) -> Iterator[Served]:
    """Serve ``root`` in a subprocess for the duration of the ``with`` block."""
    cmd = [sys.executable, str(Path(__file__).resolve()), str(root), "--delay", str(delay)]
    cmd += [f"--flaky={k}={v}" for k, v in (flaky or {}).items()]
    cmd += [f"--slow={k}={v}" for k, v in (slow or {}).items()]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"test server did not start: {line!r}")
        yield Served(proc, int(line.split()[1]))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(main())
