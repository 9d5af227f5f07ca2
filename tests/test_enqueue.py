"""tagwire enqueue: seeds for scrapy-redis workers go into a real Redis, bad URLs never do."""
from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from normalizer.cli.enqueue import DEFAULT_KEY, url_problem
from tests.fixtures_redis import redis_client, redis_url  # noqa: F401 (fixtures)


def tagwire(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "TAGWIRE_REDIS_URL"}
    return subprocess.run([sys.executable, "-m", "normalizer", "enqueue", *args],
                          capture_output=True, text=True, env={**base, **(env or {})})


def test_the_default_key_is_the_one_the_tagarchive_spider_reads() -> None:
    assert DEFAULT_KEY == "tagarchive:start_urls"


@pytest.mark.parametrize("url", [
    "http://blog.example/tag/reuters/",
    "https://news-aggregator.example/search/label/AFP?max-results=20",
    "HTTPS://Blog.Example:8080/category/world/page/2/",
    "http://127.0.0.1:8000/tag/x/",
])
def test_good_archive_urls_pass(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(("url", "problem"), [
    ("ftp://blog.example/tag/x/", "is not http or https (scheme 'ftp')"),
    ("blog.example/tag/x/", "is not http or https (scheme 'missing')"),
    ("/tag/x/", "is not http or https (scheme 'missing')"),
    ("http://", "has no host"),
    ("https:///tag/x", "has no host"),
    ("http://blog.example/tag/x y/", "contains whitespace"),
    ("", "is empty"),
    ("http://blog.example:99999/", "is not a valid URL"),
])
def test_bad_urls_are_refused_with_the_reason(url: str, problem: str) -> None:
    assert (url_problem(url) or "").startswith(problem)


@pytest.mark.redis
def test_enqueue_pushes_the_urls_in_order(redis_client: Any, redis_url: str) -> None:
    urls = ["https://a.example/tag/reuters/", "http://b.example/search/label/AFP"]
    done = tagwire("--redis-url", redis_url, *urls)
    assert done.returncode == 0, done.stderr
    assert "pushed 2 URL(s) to tagarchive:start_urls" in done.stderr
    assert [u.decode() for u in redis_client.lrange(DEFAULT_KEY, 0, -1)] == urls


@pytest.mark.redis
def test_enqueue_reads_the_redis_url_from_the_environment_and_takes_another_key(
        redis_client: Any, redis_url: str) -> None:
    done = tagwire("--key", "other:start_urls", "https://a.example/tag/x/",
                   env={"TAGWIRE_REDIS_URL": redis_url})
    assert done.returncode == 0, done.stderr
    assert redis_client.lrange("other:start_urls", 0, -1) == [b"https://a.example/tag/x/"]
    assert redis_client.llen(DEFAULT_KEY) == 0


@pytest.mark.redis
def test_one_bad_url_pushes_nothing_and_names_it(redis_client: Any, redis_url: str) -> None:
    done = tagwire("--redis-url", redis_url, "https://a.example/tag/x/", "ftp://b.example/x")
    assert done.returncode == 2
    assert "'ftp://b.example/x' is not http or https" in done.stderr
    assert "nothing pushed" in done.stderr
    assert redis_client.llen(DEFAULT_KEY) == 0


def test_no_redis_url_is_a_clear_error() -> None:
    done = tagwire("https://a.example/tag/x/")
    assert done.returncode == 2
    assert "no Redis URL: give --redis-url or set TAGWIRE_REDIS_URL" in done.stderr


def test_unreachable_redis_is_a_clear_error() -> None:
    done = tagwire("--redis-url", "redis://127.0.0.1:1/0", "https://a.example/tag/x/")
    assert done.returncode == 2
    assert "cannot push to Redis at redis://127.0.0.1:1/0" in done.stderr
