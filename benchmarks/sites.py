"""A quiet static HTTP server on 127.0.0.1 for the crawl benchmarks.

The benchmarks crawl generated sites (:mod:`sitegen`) served from a folder; they need
nothing of the test server's scripted failures, so this is the standard library's
threading server in a thread of the benchmark process, with request logging off.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 -- the base's name
        pass


class Served:
    """A running server: its ``base`` URL and ``url(path)``."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"

    def url(self, path: str) -> str:
        return self.base + path


@contextlib.contextmanager
def serve(root: str | Path) -> Iterator[Served]:
    """Serve the folder ``root`` on a free port for the duration of the ``with`` block."""
    handler = partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
