"""``tagwire crawl`` and ``scrapy crawl tagarchive``: the same exit codes, one line on a
failure, argument errors before the first request; the outcome rules on their own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import Served, serve
from waiting import HANG_SECONDS

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "sample" / "site"
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "TELNETCONSOLE_ENABLED=0", "-s", "RETRY_TIMES=0",
        "-s", "DOWNLOAD_TIMEOUT=10"]


@pytest.fixture(scope="module")
def site() -> Iterator[Served]:
    with serve(SITE) as served:
        yield served


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    e["NO_PROXY"] = e["no_proxy"] = "127.0.0.1,localhost"
    e.pop("TAGWIRE_REDIS_URL", None)
    return e


def tagwire_crawl(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "normalizer", "crawl", *args, *FAST,
                           "-o", str(tmp_path / "posts.jsonl"), "-q",
                           "--rejects", str(tmp_path / "rejects.jsonl")],
                          cwd=tmp_path, env=env(), capture_output=True, text=True,
                          timeout=HANG_SECONDS)


def scrapy_crawl(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "tagarchive",
                           "-a", f"url={url}", *args, *FAST, "-s", "LOG_LEVEL=ERROR",
                           "-O", str(tmp_path / "posts.jsonl"),
                           "-s", f"REJECTS_PATH={tmp_path / 'rejects.jsonl'}"],
                          cwd=REPO, env=env(), capture_output=True, text=True, timeout=HANG_SECONDS)


def lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


# -- the exit codes, through both commands ---------------------------------------------

CASES = [
    # (what, path, extra tagwire options, extra scrapy options, exit code, reason start)
    ("finished with posts", "/tag/diplomacy/", [], [], 0, None),
    ("every start URL failed", "/no/such/tag/", [], [], 4, "every start URL failed (http_404 1)"),
    ("no post found", "/tag/diplomacy/", ["--since", "2099-01-01"], ["-a", "since=2099-01-01"],
     5, "no post found on 1 page(s) read"),
    ("cut short", "/tag/diplomacy/", ["-s", "CLOSESPIDER_PAGECOUNT=1"],
     ["-s", "CLOSESPIDER_PAGECOUNT=1"], 3, "crawl cut short (close reason: closespider_pagecount)"),
]


@pytest.mark.parametrize(("what", "path", "tagwire_args", "scrapy_args", "code", "reason"),
                         CASES, ids=[c[0] for c in CASES])
def test_tagwire_crawl_exit_codes(site: Served, tmp_path: Path, what: str, path: str,
                                  tagwire_args: list[str], scrapy_args: list[str], code: int,
                                  reason: str | None) -> None:
    done = tagwire_crawl(tmp_path, site.url(path), *tagwire_args)
    assert done.returncode == code, done.stderr[-2000:]
    if reason is None:
        assert done.stderr == ""
        assert lines(tmp_path / "posts.jsonl") == 8
    else:
        (line,) = done.stderr.splitlines()
        assert line.startswith(f"tagwire crawl: {reason}"), line


@pytest.mark.parametrize(("what", "path", "tagwire_args", "scrapy_args", "code", "reason"),
                         CASES, ids=[c[0] for c in CASES])
def test_scrapy_crawl_exit_codes_are_the_same(site: Served, tmp_path: Path, what: str,
                                              path: str, tagwire_args: list[str],
                                              scrapy_args: list[str], code: int,
                                              reason: str | None) -> None:
    done = scrapy_crawl(tmp_path, site.url(path), *scrapy_args)
    assert done.returncode == code, done.stderr[-2000:]
    if reason is not None:
        assert done.stderr.splitlines()[-1].startswith(f"tagarchive: {reason}")
    else:
        assert lines(tmp_path / "posts.jsonl") == 8


def test_a_failed_permalink_is_counted_not_fatal(tmp_path: Path) -> None:
    """A 404 among the posts: exit 0, the failure in the summary."""
    import shutil

    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    gone = manifest["posts"][0]["url"]
    shutil.rmtree(root / gone.strip("/"))
    work = tmp_path / "work"
    work.mkdir()
    with serve(root) as served:
        done = tagwire_crawl(work, served.url("/tag/diplomacy/"), "--follow", "always",
                             "--summary", str(work / "summary.json"))
    assert done.returncode == 0, done.stderr[-2000:]
    summary = json.loads((work / "summary.json").read_text(encoding="utf-8"))
    assert summary["errors"] == {"http_404": 1}
    assert summary["posts"] == len(manifest["posts"]) - 1


# -- arguments --------------------------------------------------------------------------

def test_unknown_spider_argument_names_the_closest_before_any_request(
        site: Served, tmp_path: Path) -> None:
    before = site.hits()
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "tagarchive",
                           "-a", f"url={site.url('/tag/diplomacy/')}", "-a", "maxpages=2",
                           "-O", str(tmp_path / "p.jsonl")],
                          cwd=REPO, env=env(), capture_output=True, text=True, timeout=HANG_SECONDS)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "tagarchive: unknown argument 'maxpages': did you mean 'max_pages'? "
        "known: url, urls_file, since, max_pages, follow, via"]
    assert site.hits() == before


def test_bad_spider_argument_value_is_one_line_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "tagarchive",
                           "-a", "url=http://127.0.0.1:9/", "-a", "max_pages=x"],
                          cwd=REPO, env=env(), capture_output=True, text=True, timeout=HANG_SECONDS)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "tagarchive: bad max_pages 'x': expected a whole number >= 1"]


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "yesterday"], "bad since date 'yesterday': expected YYYY-MM-DD"),
    ([], "no start URL"),
    (["-s", "NOEQUALS"], "-s 'NOEQUALS': expected KEY=VALUE"),
    (["ftp://example.org/"], "bad url 'ftp://example.org/'"),
])
def test_tagwire_crawl_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    done = subprocess.run([sys.executable, "-m", "normalizer", "crawl", *args,
                           "-o", str(tmp_path / "p.jsonl")], cwd=tmp_path, env=env(),
                          capture_output=True, text=True, timeout=HANG_SECONDS)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("tagwire crawl: error: ") and message in line, line


def test_the_spider_itself_refuses_an_unknown_argument() -> None:
    from crawler.args import SpiderArgumentError
    from crawler.spiders.tagarchive import TagArchiveSpider

    with pytest.raises(SpiderArgumentError, match="did you mean 'since'"):
        TagArchiveSpider(url="https://blog.example/tag/x/", sinse="2024-01-01")
    spider = TagArchiveSpider(url="https://blog.example/tag/x/", _job="scrapyd-1")
    assert spider.args.urls == ("https://blog.example/tag/x/",)


def test_missing_redis_packages_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from scrapy.settings import Settings

    from crawler.args import SpiderArgumentError, check_spider_arguments

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "scrapy_redis" else real(name, *a))
    with pytest.raises(SpiderArgumentError, match=r"install tagwire\[redis\]"):
        check_spider_arguments({}, Settings({"REDIS_URL": "redis://127.0.0.1:1/0"}))


def test_crawl_options_become_settings_and_spider_arguments() -> None:
    from crawler.cli import crawl_settings, spider_arguments
    from normalizer.cli import parse_args

    args = parse_args(["crawl", "https://a.example/tag/x/", "https://b.example/tag/y/",
                       "--max-pages", "3", "--via", "feed", "--db", "sqlite:///x.db",
                       "--jobdir", "job", "-o", "out.jsonl", "-v",
                       "-s", "USER_AGENT=me", "--user-agent", "not-me"])
    assert spider_arguments(args) == {
        "url": "https://a.example/tag/x/,https://b.example/tag/y/", "max_pages": "3",
        "via": "feed"}
    settings = crawl_settings(args)
    assert settings["DATABASE_URL"] == "sqlite:///x.db"
    assert settings["JOBDIR"] == "job"
    assert settings["USER_AGENT"] == "me"  # -s is the last word
    assert settings["LOG_LEVEL"] == "INFO"
    assert settings.getdict("FEEDS")["out.jsonl"]["overwrite"] is False  # resuming adds
    assert settings["ITEM_PIPELINES"]  # the project's settings, found without scrapy.cfg


def test_a_second_crawl_on_the_same_output_is_refused(tmp_path: Path) -> None:
    from normalizer.io.jsonl import lock_output

    with lock_output(tmp_path / "posts.jsonl"):
        done = tagwire_crawl(tmp_path, "http://127.0.0.1:9/")
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "another tagwire run is writing this file" in line


# -- the outcome rules ------------------------------------------------------------------

def summary(**kw: object) -> dict:
    base = {"finish_reason": "finished", "pages": {"archive": 2, "permalink": 3}, "posts": 5,
            "errors": {}}
    base.update(kw)
    return base


def test_outcome_rules() -> None:
    from crawler.outcome import crawl_outcome

    assert crawl_outcome(summary()).code == 0
    assert crawl_outcome(summary(errors={"http_404": 2})).code == 0
    assert crawl_outcome(summary(finish_reason="shutdown")).code == 3
    assert crawl_outcome(summary(finish_reason=None)).code == 3
    failed = crawl_outcome(summary(pages={"archive": 0, "permalink": 0}, posts=0,
                                   errors={"DNSLookupError": 2}))
    assert (failed.code, failed.message) == (
        4, "every start URL failed (DNSLookupError 2); no page was read")
    assert crawl_outcome(summary(posts=0)).code == 5
    # A distributed worker may find nothing because another worker took it all.
    assert crawl_outcome(summary(posts=0, pages={"archive": 0, "permalink": 0}),
                         distributed=True).code == 0
    assert crawl_outcome(summary(finish_reason="shutdown"), distributed=True).code == 3


# -- stdin and the terminal -------------------------------------------------------------

def test_start_urls_from_stdin_into_a_gzip_feed(site: Served, tmp_path: Path) -> None:
    import gzip

    done = subprocess.run([sys.executable, "-m", "normalizer", "crawl", "--urls-file", "-",
                           *FAST, "-o", "posts.jsonl.gz", "-q"],
                          input=f"# the sample site\n{site.url('/tag/diplomacy/')}\n",
                          cwd=tmp_path, env=env(), capture_output=True, text=True,
                          timeout=HANG_SECONDS)
    assert done.returncode == 0, done.stderr[-2000:]
    records = gzip.decompress((tmp_path / "posts.jsonl.gz").read_bytes()).splitlines()
    assert len(records) == 8


def test_progress_line_on_a_terminal_only(site: Served, tmp_path: Path) -> None:
    """stderr on a pseudo-terminal shows the progress line; -q or a pipe does not."""
    import pty

    def run(*extra: str) -> str:
        leader, follower = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "normalizer", "crawl",
                                 site.url("/tag/diplomacy/"), *FAST, *extra,
                                 "-o", str(tmp_path / "p.jsonl")],
                                cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL,
                                stderr=follower)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=HANG_SECONDS) == 0
        os.close(leader)
        return b"".join(chunks).decode("utf-8", "replace")

    shown = run()
    assert "tagwire crawl: 8 posts, 2 pages, 0 rejected" in shown
    assert "posts/s" in shown and "tagwire crawl: summary" in shown
    assert run("-q") == ""
