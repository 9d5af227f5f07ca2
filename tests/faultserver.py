"""A hostile web server for fault tests: a generated blog on 127.0.0.1 whose pages
misbehave as scripted in a rules file.

    python tests/faultserver.py ROOT [--rules RULES.json] [--robots-status N]
                                     [--other-port P]

Rules map a path (or a path prefix ending in ``*``) to one fault:

- ``{"redirect": URL, "status": 302}``: an HTTP redirect (``{port}`` in URL is this
  server's port, ``{other}`` the ``--other-port``);
- ``{"refresh": URL}``: a page whose ``<meta http-equiv="refresh">`` sends there;
- ``{"endless": {"seed", "n", "per_page", "tag"}}``: ``PREFIX<N>/`` answers, for any N,
  the last archive page of that generated site with an "Older" link to N + 1 (WordPress
  serving its last page for any ``/page/N/``); with ``"from": F``, only for N >= F (the
  pages before are the files);
- ``{"huge": BYTES}``: a page of that many bytes (declared in Content-Length);
- ``{"slow": SECONDS}``: the file, after that long;
- ``{"charset": DECLARED, "encoding": ACTUAL}``: the file re-encoded in ACTUAL, served
  as ``text/html; charset=DECLARED`` (a header that lies).
- ``{"wp_api": {"per_page", "total_pages"}}``: a WordPress REST ``/wp/v2/posts``
  answer for any ``?page=N``: ``per_page`` new posts and ``X-WP-TotalPages`` as given
  (an API that claims 10,000 pages);
- ``{"atom_next": {"per_page"}}``: an Atom feed for any ``?page=N``: ``per_page`` new
  entries and a ``rel="next"`` link to ``?page=N+1``, forever.

``--robots-status 503``: /robots.txt answers that status. ``GET /__hits__``: JSON
``{path: count}`` of the requests served. Prints ``PORT <n>`` first. :func:`serve` runs
it in a subprocess and yields a :class:`~httpserver.Served`. :func:`build_hostile_site`
writes the generated site, its rules and its manifest (each post's expected fate).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
# ... and the checkout's root: tests/sitegen.py re-exports benchmarks/sitegen.py.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from httpserver import Served


class FaultHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    rules: dict[str, dict[str, Any]] = {}
    robots_status = 0
    other_port = 0
    hits: Counter = Counter()
    lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _fill(self, url: str) -> str:
        return url.replace("{port}", str(self.server.server_address[1])).replace(
            "{other}", str(self.other_port))

    def _rule(self, path: str) -> tuple[dict[str, Any] | None, str]:
        if path in self.rules:
            return self.rules[path], ""
        for key, rule in self.rules.items():
            if key.endswith("*") and path.startswith(key[:-1]):
                return rule, path[len(key) - 1:]
        return None, ""

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/__hits__":
            with self.lock:
                body = json.dumps(dict(self.hits)).encode()
            self._send(200, body, "application/json")
            return
        with self.lock:
            self.hits[path] += 1
        if path == "/robots.txt" and self.robots_status:
            self._send(self.robots_status, b"robots.txt unavailable\n", "text/plain")
            return
        rule, rest = self._rule(path)
        if rule is None:
            super().do_GET()
            return
        if "redirect" in rule:
            self._send(int(rule.get("status", 302)), b"",
                       headers={"Location": self._fill(rule["redirect"])})
        elif "refresh" in rule:
            target = self._fill(rule["refresh"])
            body = (f'<html><head><meta http-equiv="refresh" content="0; url={target}">'
                    f"<title>Moved</title></head><body>Moved.</body></html>").encode()
            self._send(200, body)
        elif "endless" in rule and _number(rest) < int(rule["endless"].get("from", 0)):
            super().do_GET()  # a page before the endless ones: the file
        elif "endless" in rule:
            self._send(200, endless_page(rule["endless"], path, rest).encode("utf-8"))
        elif "huge" in rule:
            self._huge(int(rule["huge"]))
        elif "slow" in rule:
            time.sleep(float(rule["slow"]))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                super().do_GET()
        elif "wp_api" in rule:
            spec, page = rule["wp_api"], _page_no(self.path)
            body = json.dumps(api_posts(self._base(), page, int(spec["per_page"])))
            self._send(200, body.encode(), "application/json; charset=UTF-8",
                       {"X-WP-Total": str(int(spec["total_pages"]) * int(spec["per_page"])),
                        "X-WP-TotalPages": str(spec["total_pages"])})
        elif "atom_next" in rule:
            body = atom_page(self._base(), path, _page_no(self.path),
                             int(rule["atom_next"]["per_page"]))
            self._send(200, body.encode(), "application/atom+xml; charset=utf-8")
        elif "charset" in rule:
            text = self._file_text(path)
            self._send(200, text.encode(rule["encoding"]),
                       f"text/html; charset={rule['charset']}")
        else:
            self._send(500, b"unknown rule")

    def _base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _file_text(self, path: str) -> str:
        target = Path(self.directory) / path.lstrip("/")
        if target.is_dir():
            target = target / "index.html"
        return target.read_text(encoding="utf-8")

    def _huge(self, size: int) -> None:
        head = b"<html><head><title>Huge</title></head><body><article>"
        chunk = b"<p>Filler paragraph of a page far too large to be a blog post.</p>\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        sent = 0
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(head)
            sent = len(head)
            while sent < size:
                piece = chunk[:size - sent]
                self.wfile.write(piece)
                sent += len(piece)


def _page_no(raw_path: str) -> int:
    m = re.search(r"[?&](?:page|paged)=(\d+)", raw_path)
    return int(m.group(1)) if m else 1


def _post_html(n: int) -> str:
    """An invented two-paragraph story, different for every ``n``."""
    return (f"<p>Officials in Oslo said on Monday that talks on item {n} would resume "
            f"next week after a pause of several days.</p><p>Delegates from both sides "
            f"expect a draft text on item {n} by the end of the month.</p>")


def api_posts(base: str, page: int, per_page: int) -> list[dict[str, Any]]:
    """Page ``page`` of an endless WordPress REST posts listing (new posts each page)."""
    out = []
    for n in range((page - 1) * per_page + 1, page * per_page + 1):
        out.append({"id": n, "link": f"{base}/api-post/{n}/", "date": "2024-03-01T09:00:00",
                    "title": {"rendered": f"Talks on item {n}"},
                    "content": {"rendered": _post_html(n), "protected": False}})
    return out


def atom_page(base: str, path: str, page: int, per_page: int) -> str:
    """Page ``page`` of an Atom feed whose ``next`` link never ends."""
    from html import escape

    entries = "".join(
        f"<entry><title>Talks on item {n}</title><id>{base}/atom-post/{n}/</id>"
        f'<link rel="alternate" type="text/html" href="{base}/atom-post/{n}/"/>'
        f"<published>2024-03-01T09:00:00Z</published>"
        f'<content type="html">{escape(_post_html(n))}</content></entry>'
        for n in range((page - 1) * per_page + 1, page * per_page + 1))
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Endless feed</title>'
            f'<id>{base}{path}</id><updated>2024-03-01T09:00:00Z</updated>'
            f'<link rel="next" href="{base}{path}?page={page + 1}"/>{entries}</feed>')


def _number(rest: str) -> int:
    m = re.match(r"(\d+)", rest)
    return int(m.group(1)) if m else 0


def endless_page(spec: dict[str, Any], path: str, rest: str) -> str:
    """The generated site's last archive page, whose "Older" link goes to N + 1."""
    from benchmarks.sitegen import _page, kubrick_archive, make_posts

    m = re.match(r"(\d+)", rest)
    n = int(m.group(1)) if m else 2
    posts = make_posts(spec["n"], seed=spec["seed"])
    last = posts[-spec["per_page"]:]
    prefix = path[:len(path) - len(rest)]
    inner = kubrick_archive(last, spec["tag"], f"{prefix}{n + 1}/", f"{prefix}{n - 1}/", True)
    return _page(spec["tag"], f"archive tag tag-{spec['tag'].lower()} paged", inner,
                 "Endless Wire")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("root")
    p.add_argument("--rules")
    p.add_argument("--robots-status", type=int, default=0)
    p.add_argument("--other-port", type=int, default=0)
    args = p.parse_args(argv)
    if args.rules:
        FaultHandler.rules = json.loads(Path(args.rules).read_text(encoding="utf-8"))
    FaultHandler.robots_status = args.robots_status
    FaultHandler.other_port = args.other_port
    ThreadingHTTPServer.daemon_threads = True
    handler = partial(FaultHandler, directory=args.root)
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        print(f"PORT {server.server_address[1]}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


@contextlib.contextmanager
def serve(root: str | Path, rules: str | Path | None = None, *, robots_status: int = 0,
          other_port: int = 0) -> Iterator[Served]:
    """Run the fault server on ``root`` in a subprocess for the ``with`` block."""
    cmd = [sys.executable, str(Path(__file__).resolve()), str(root),
           "--robots-status", str(robots_status), "--other-port", str(other_port)]
    if rules:
        cmd += ["--rules", str(rules)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"fault server did not start: {line!r}")
        yield Served(proc, int(line.split()[1]))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


# --------------------------------------------------------------------------- the site

#: What becomes of each post of the hostile archive, in listing order: the fault its
#: permalink gets, and the fate the crawl must give it.
HOSTILE_POSTS: list[tuple[str, str]] = [
    ("plain", "record"),
    ("redirect_other_host", "offsite"),
    ("redirect_other_port", "offsite"),
    ("refresh_other_host", "offsite"),
    ("redirect_loop", "redirect_loop"),
    ("redirect_same_site", "record"),
    ("huge", "reject"),
    ("slow", "timeout"),
    ("lying_charset", "record"),
    ("slow_to_normalize", "reject"),
    ("plain", "record"),
]
HUGE_BYTES = 12_000_000          # over the crawl's DOWNLOAD_MAXSIZE (10 MB by default)
SLOW_SECONDS = 6.0               # over the tests' DOWNLOAD_TIMEOUT


def build_hostile_site(root: Path) -> dict[str, Any]:
    """Write a Kubrick tag archive of excerpts (one page) whose permalinks misbehave as
    :data:`HOSTILE_POSTS` says; its rules to ``root/rules.json``; returns the manifest
    (``start``, ``posts`` with ``url``, ``fault`` and ``fate``)."""
    from sitegen import make_posts, write_site

    posts = make_posts(len(HOSTILE_POSTS), seed=71)
    manifest = write_site(root, posts, theme="kubrick", per_page=len(posts), full=False,
                          tag="Hostile", site="Hostile Wire")
    rules: dict[str, dict[str, Any]] = {}
    for entry, (fault, fate) in zip(manifest["posts"], HOSTILE_POSTS, strict=True):
        entry.update(fault=fault, fate=fate)
        path = entry["url"]
        if fault == "redirect_other_host":
            rules[path] = {"redirect": "http://localhost:{port}/secret/other-host/"}
        elif fault == "redirect_other_port":
            rules[path] = {"redirect": "http://127.0.0.1:{other}/secret/other-port/"}
        elif fault == "refresh_other_host":
            rules[path] = {"refresh": "http://localhost:{port}/secret/refresh/"}
        elif fault == "redirect_loop":
            rules[path] = {"redirect": path + "loop/"}
            rules[path + "loop/"] = {"redirect": path, "status": 301}
        elif fault == "redirect_same_site":
            moved = path.rstrip("/") + "-moved/"
            src = root / path.lstrip("/") / "index.html"
            (root / moved.lstrip("/")).mkdir(parents=True, exist_ok=True)
            (root / moved.lstrip("/") / "index.html").write_bytes(src.read_bytes())
            rules[path] = {"redirect": moved, "status": 301}
            entry["record_url"] = moved
        elif fault == "huge":
            rules[path] = {"huge": HUGE_BYTES}
        elif fault == "slow":
            rules[path] = {"slow": SLOW_SECONDS}
        elif fault == "lying_charset":
            _add_cyrillic(root / path.lstrip("/") / "index.html")
            rules[path] = {"charset": "utf-8", "encoding": "cp1251"}
        elif fault == "slow_to_normalize":
            _add_short_paragraphs(root / path.lstrip("/") / "index.html", 30_000)
    for secret in ("/secret/other-host/", "/secret/other-port/", "/secret/refresh/"):
        target = root / secret.lstrip("/")
        target.mkdir(parents=True, exist_ok=True)
        (target / "index.html").write_text("<html><body><p>internal</p></body></html>",
                                           encoding="utf-8")
    (root / "rules.json").write_text(json.dumps(rules, indent=1), encoding="utf-8")
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


#: A Russian paragraph (invented) for the lying-charset page: cp1251 bytes read as
#: UTF-8 would be replacement characters.
CYRILLIC = ("Министры иностранных дел встретились в понедельник и договорились "
            "продолжить переговоры на следующей неделе.")


def _add_cyrillic(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    html = html.replace('<div class="entry">', f'<div class="entry">\n<p>{CYRILLIC}</p>', 1)
    page.write_text(html, encoding="utf-8")


def _add_short_paragraphs(page: Path, n: int) -> None:
    html = page.read_text(encoding="utf-8")
    extra = "\n".join(f"<p>Short note {i} of the day.</p>" for i in range(n))
    page.write_text(html.replace('<div class="entry">', f'<div class="entry">\n{extra}', 1),
                    encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
