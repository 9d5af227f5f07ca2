"""A real PostgreSQL for the tests: Debian's server binaries, started once per session.

Registered in ``tests/conftest.py`` with ``pytest_plugins``. Fixtures:

- ``postgres_server`` (session): a private cluster in a temporary directory, listening
  only on a unix socket there (no TCP port to collide with); skipped with the reason
  where the binaries are missing (``apt-get install postgresql``). ``initdb`` refuses
  to run as root, so as root the cluster belongs to the ``postgres`` system user.
- ``postgres_url``: a fresh, empty database on that server for each test, as a
  ``postgresql://`` URL (tagwire maps it to psycopg 3).
"""
from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

#: Where Debian puts the server binaries (newest first); PG_BINDIR overrides.
BINDIR_GLOB = "/usr/lib/postgresql/*/bin"
SUPERUSER = "tagwire"
PORT = 5432  # only names the socket file; nothing listens on TCP


class PostgresUnavailable(Exception):
    pass


@dataclass
class PostgresServer:
    socket_dir: Path
    port: int

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"


def _bindir() -> Path:
    if os.environ.get("PG_BINDIR"):
        candidates = [Path(os.environ["PG_BINDIR"])]
    else:
        candidates = sorted(Path("/").glob(BINDIR_GLOB.lstrip("/")),
                            key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                            reverse=True)
    for bindir in candidates:
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    raise PostgresUnavailable("PostgreSQL server binaries not found (Debian: apt-get install "
                              "postgresql; or set PG_BINDIR)")


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


@contextlib.contextmanager
def postgres_cluster() -> Iterator[PostgresServer]:
    bindir = _bindir()
    owner = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' user "
                                      "to own the cluster") from None
        if not shutil.which("runuser"):
            raise PostgresUnavailable("running as root and runuser is missing")
        owner = "postgres"
    root = Path(tempfile.mkdtemp(prefix="tagwire-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if owner:
        for path in (root, sock):
            shutil.chown(path, owner)
    run = lambda cmd: subprocess.run(_as_owner(cmd, owner), capture_output=True,  # noqa: E731
                                     text=True, timeout=120)
    try:
        init = run([str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--no-sync", "--locale=C"])
        if init.returncode:
            raise PostgresUnavailable(f"initdb failed: {init.stderr.strip()[-500:]}")
        options = (f"-c listen_addresses='' -c unix_socket_directories={sock} -p {PORT} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        start = run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"),
                     "-o", options, "-w", "-t", "60", "start"])
        if start.returncode:
            log = (root / "server.log").read_text(errors="replace")[-800:] \
                if (root / "server.log").exists() else ""
            raise PostgresUnavailable(f"pg_ctl start failed: {start.stderr.strip()} {log}")
        try:
            yield PostgresServer(sock, PORT)
        finally:
            run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        with postgres_cluster() as server:
            yield server
    except PostgresUnavailable as exc:
        pytest.skip(f"no real PostgreSQL for this test: {exc}")


_database_numbers = itertools.count(1)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new empty database for this test."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (tagwire[db])")
    name = f"test_{os.getpid()}_{next(_database_numbers)}"
    with psycopg.connect(postgres_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.url(name)
