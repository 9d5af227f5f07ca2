"""Fixtures shared by every test module (keep this file small).

Component-specific fixtures live in their own modules (e.g. ``tests/fixtures_http.py``)
and are pulled in with ``pytest_plugins`` or plain imports where they are used.

- ``repo_root``: the checkout's root (``pyproject.toml`` lives there).
- ``shared_dir``: ``../shared`` beside the checkout (seeds, devset, eval); tests that
  need it are skipped, with a message, where it is absent (e.g. a fresh clone).
- ``tagwire_cmd``: argv prefix that runs the CLI in a subprocess with this very
  interpreter (the venv's), e.g. ``subprocess.run([*tagwire_cmd, "validate", path])``.
- ``no_proxy_env``: clears the proxy variables so that HTTP clients in the test
  (and subprocesses given ``os.environ``) can only reach 127.0.0.1 directly.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
pytest_plugins = ["tests.fixtures_postgres"]  # postgres_server, postgres_url

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
              "all_proxy", "ALL_PROXY")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir(repo_root: Path) -> Path:
    shared = repo_root.parent / "shared"
    if not shared.is_dir():
        pytest.skip(f"../shared is absent (looked for {shared}); this test scores against it")
    return shared


@pytest.fixture(scope="session")
def tagwire_cmd() -> list[str]:
    return [sys.executable, "-m", "normalizer"]


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
