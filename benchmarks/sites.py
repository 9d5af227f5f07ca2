"""A quiet static HTTP server on 127.0.0.1 for the crawl benchmarks.

The benchmarks crawl generated sites (:mod:`sitegen`) served from a folder; they need
nothing of the test server's scripted failures, so this is the standard library's
threading server with request logging off. It runs in its own process: in a thread of
the benchmark it would share a GIL with the benchmark's own sampling and, measured,
slow the crawl down.

    python benchmarks/sites.py FOLDER     # prints "PORT n", serves until killed
"""
from __future__ import annotations

import contextlib
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    # Keep-alive, as real servers do: a new connection per request costs a crawl of
    # excerpt archives more than half its speed.
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # the base's name
        pass


class Served:
    """A running server: its ``base`` URL and ``url(path)``."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        #: CPU seconds the server used, known once the ``with`` block has ended
        self.cpu_seconds: float | None = None

    def url(self, path: str) -> str:
        return self.base + path


@contextlib.contextmanager
def serve(root: str | Path) -> Iterator[Served]:
    """Serve the folder ``root`` on a free port for the duration of the ``with`` block."""
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), str(root)],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        served = Served(int(line.split()[1]))
        yield served
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    if out.startswith("CPU "):
        served.cpu_seconds = float(out.split()[1])


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: sites.py FOLDER", file=sys.stderr)
        return 2
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=args[0]))
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    # SIGTERM (the benchmark is done with it) ends serve_forever; then say what the
    # server cost: it shares the machine's cores with the crawl it serves.
    signal.signal(signal.SIGTERM, _stop)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"CPU {usage.ru_utime + usage.ru_stime:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
