"""A real, throw-away ``redis-server`` for tests: 127.0.0.1, a free port, no persistence.

No fake: the Redis-backed parts (fingerprint index, seeds, scrapy-redis frontier)
are tested against the server they will meet. ``find_redis_server()`` looks on
PATH and, failing that, installs Debian's ``redis-server`` package with apt-get
(CI runs as root; ``.ci/run`` also installs it up front). Where that is impossible
the caller skips with the reason.

Usable on its own too: ``python benchmarks/redis_server.py`` starts one and prints its URL.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

APT_PACKAGE = "redis-server"
START_TIMEOUT_S = 10.0


class RedisUnavailable(RuntimeError):
    """redis-server is not installed and could not be installed."""


def _apt_install() -> str:
    if shutil.which("apt-get") is None:
        return "apt-get not found"
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return "not root, cannot apt-get install"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", APT_PACKAGE]
    done = subprocess.run(install, env=env, capture_output=True, text=True)
    if done.returncode != 0:  # package lists may be missing on a fresh image
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True)
        done = subprocess.run(install, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        return f"apt-get install {APT_PACKAGE} failed: {done.stderr.strip()[-300:]}"
    return ""


def find_redis_server(install: bool = True) -> str:
    """Path of redis-server, installing the Debian package if needed and allowed."""
    path = shutil.which("redis-server")
    if path:
        return path
    why = "redis-server not on PATH"
    if install:
        problem = _apt_install()
        path = shutil.which("redis-server")
        if path:
            return path
        why += f"; {problem or 'still missing after apt-get install'}"
    raise RedisUnavailable(why)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server(install: bool = True) -> Iterator[str]:
    """Run a private redis-server; yields its URL (``redis://127.0.0.1:PORT/0``)."""
    binary = find_redis_server(install)
    with (tempfile.TemporaryDirectory(prefix="tagwire-redis-") as workdir,
          open(Path(workdir) / "redis.log", "wb") as log_file):
        port = free_port()
        proc = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
             "--appendonly", "no", "--dir", workdir, "--daemonize", "no",
             "--protected-mode", "yes", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=log_file,
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while not _ping(port):
                if proc.poll() is not None or time.monotonic() > deadline:
                    log = (Path(workdir) / "redis.log").read_text(errors="replace")
                    raise RedisUnavailable(f"redis-server did not start on port {port}: "
                                           f"{log.strip()[-300:]}")
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    with redis_server() as url:
        print(url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
