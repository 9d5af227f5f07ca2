"""tagwire as a new user gets it: the wheel built from this checkout, installed into a
fresh virtual environment, run from a directory outside the checkout.

Offline and honest: the wheel is built with ``--no-build-isolation`` (the test extra
installs the build backend), installed with ``--no-deps`` into a new venv whose own
site-packages hold only tagwire; its dependencies (Scrapy, trafilatura...) are reached
through a ``.pth`` line naming the project's environment. A path line in a ``.pth`` file
is not itself scanned for ``.pth`` files, so the checkout's editable install is not seen:
the test asserts that the code run is the wheel's.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from httpserver import serve

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "sample" / "site"
#: What the wheel is not built from (the tests stay too: no package of the wheel is in them).
NOT_BUILT = {".git", ".venv", "build", "dist", "out", "__pycache__", ".pytest_cache",
             ".mypy_cache", ".ruff_cache", ".scrapy"}
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with the wheel installed; returns its bin directory."""
    root = tmp_path_factory.mktemp("installed")
    # Built from a copy of the checkout: setuptools writes build/ and tagwire.egg-info/ into
    # the tree it builds, and the tests running beside this one (pytest-xdist) import tagwire
    # from the checkout, whose metadata they would then read half-written.
    source = root / "source"
    shutil.copytree(REPO, source, ignore=lambda d, names: [
        n for n in names if n in NOT_BUILT or n.endswith(".egg-info")
        or (Path(d) == REPO and n == "tests")])
    wheels = root / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(wheels)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    warnings = [line for line in build.stderr.splitlines()
                if "Deprecat" in line or "BuildBackendWarning" in line]
    assert warnings == [], warnings
    (wheel,) = wheels.glob("tagwire-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    purelib = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "tagwire-test-deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]
    return venv / "bin"


def user_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in PROXY_VARS and k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def tagwire(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / "tagwire"), *args], cwd=cwd, env=user_env(),
                          capture_output=True, text=True, timeout=180)


def test_the_installed_code_is_the_wheels(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "python"), "-c",
         "import normalizer, crawler, crawler.cli; print(normalizer.__file__);"
         "print(crawler.cli.__file__)"],
        cwd=tmp_path, env=user_env(), capture_output=True, text=True, check=True)
    for line in where.stdout.split():
        assert Path(line).is_relative_to(installed.parent), line
        assert not Path(line).is_relative_to(REPO), line


def test_version(installed: Path, tmp_path: Path) -> None:
    from importlib.metadata import version

    done = tagwire(installed, tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"tagwire {version('tagwire')}"


def test_crawl_the_sample_site_from_anywhere(installed: Path, tmp_path: Path) -> None:
    manifest = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
    with serve(SITE) as server:
        done = tagwire(installed, tmp_path, "crawl", server.url("/tag/diplomacy/"),
                       "-o", "posts.jsonl", "--summary", "summary.json",
                       "-s", "AUTOTHROTTLE_ENABLED=0")
    assert done.returncode == 0, done.stderr[-3000:]
    records = [json.loads(line) for line in
               (tmp_path / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(manifest["posts"])
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["finish_reason"] == "finished"
    assert summary["records"] == len(records) and summary["rejects"] == 0
    valid = tagwire(installed, tmp_path, "validate", "posts.jsonl")
    assert valid.returncode == 0, valid.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posts.jsonl", "summary.json"]


def test_crawl_of_a_404_start_url_fails_with_one_line(installed: Path, tmp_path: Path) -> None:
    with serve(SITE) as server:
        done = tagwire(installed, tmp_path, "crawl", server.url("/no/such/tag/"),
                       "-o", "posts.jsonl", "-q")
    assert done.returncode == 4
    assert done.stderr.splitlines() == [
        "tagwire crawl: every start URL failed (http_404 1); no page was read"]


def test_demo_runs_from_the_package_and_writes_here(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(installed / "python"), "-m", "crawler.demo"], cwd=tmp_path,
                          env=user_env(), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "out" / "posts.jsonl").stat().st_size > 0
    assert (tmp_path / "out" / "summary.json").is_file()
