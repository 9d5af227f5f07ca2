"""Near-duplicate stories inside a crawl: the same wire story reposted in two posts is
written twice, the later copy with ``duplicate_of`` pointing at the first (schema 1.1);
with a Redis index the first copy may come from an earlier crawl of another site."""
from __future__ import annotations

import copy
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from httpserver import serve
from sitegen import make_posts, write_site
from test_crawl import crawl

from crawler.pipelines import dedupe_index
from normalizer.contract.schema import record_errors
from normalizer.dedupe.index import FingerprintIndex, RedisFingerprintIndex
from tests.fixtures_redis import redis_client, redis_url  # noqa: F401 -- fixtures


@pytest.fixture(autouse=True)
def _no_shared_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TAGWIRE_REDIS_URL", raising=False)


def reposting_site(root: Path, *, seed: int, story_from: tuple | None = None,
                   tag: str = "Diplomacy") -> tuple[dict, list]:
    """A full-content archive of 8 posts where post 6 reposts post 1's first story
    (or ``story_from``: (posts, i) of another site, reposted in post 2)."""
    posts = make_posts(8, seed=seed)
    if story_from is None:
        posts[6].stories = [copy.deepcopy(posts[1].stories[0])]
    else:
        other, i = story_from
        posts[2].stories = [copy.deepcopy(other[i].stories[0])]
    return write_site(root, posts, theme="kubrick", per_page=3, full=True, tag=tag), posts


def marked(records: list[dict]) -> list[tuple[str, int, dict]]:
    return [(r["url"], s["index"], s["duplicate_of"]) for r in records
            for s in r["stories"] if "duplicate_of" in s]


def test_a_reposted_story_is_marked_as_a_copy_of_the_first(tmp_path: Path) -> None:
    manifest, _ = reposting_site(tmp_path / "site", seed=11)
    copies = {manifest["posts"][1]["url"], manifest["posts"][6]["url"]}
    with serve(tmp_path / "site") as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest['start'])}",
                  "-s", "NORMALIZE_WORKERS=2")
    assert c.rc == 0, c.log
    assert len(c.records) == 8 and not c.rejects
    [(url, index, dup)] = marked(c.records)
    # Which copy is "first" is the order the posts finished in; either way, one points
    # at the other.
    assert {urlsplit(url).path, urlsplit(dup["url"]).path} == copies
    assert (index, dup["index"]) == (0, 0) and dup["distance"] <= 3
    assert all(record_errors(record) == [] for record in c.records)
    assert next(r for r in c.records if r["url"] == url)["schema_version"] == "1.1"
    assert c.summary["duplicate_stories"] == 1 and c.summary["records_with_duplicates"] == 1
    assert "1 of them copies of an earlier story" in c.log


def test_dedupe_can_be_switched_off(tmp_path: Path) -> None:
    manifest, _ = reposting_site(tmp_path / "site", seed=11)
    with serve(tmp_path / "site") as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest['start'])}",
                  "-s", "DEDUPE_ENABLED=0", "-s", "NORMALIZE_WORKERS=0")
    assert c.rc == 0, c.log
    assert len(c.records) == 8 and marked(c.records) == []
    assert c.summary["duplicate_stories"] == 0


@pytest.mark.redis
def test_with_redis_a_later_crawl_marks_copies_of_an_earlier_crawls_story(
        tmp_path: Path, redis_url: str, redis_client) -> None:
    first_manifest, first_posts = reposting_site(tmp_path / "a", seed=21, tag="Energy")
    second_manifest, _ = reposting_site(tmp_path / "b", seed=22, tag="Trade",
                                        story_from=(first_posts, 4))
    shared = ["-s", f"DEDUPE_REDIS_URL={redis_url}"]
    with serve(tmp_path / "a") as a:
        (tmp_path / "run-a").mkdir()
        first = crawl(tmp_path / "run-a", "-a", f"url={a.url(first_manifest['start'])}", *shared)
        original = a.url(first_manifest["posts"][4]["url"])
    with serve(tmp_path / "b") as b:
        (tmp_path / "run-b").mkdir()
        second = crawl(tmp_path / "run-b", "-a", f"url={b.url(second_manifest['start'])}",
                       *shared)
        repost = b.url(second_manifest["posts"][2]["url"])
    assert first.rc == second.rc == 0, second.log
    # Site a reposts its own post 1 in post 6: one copy within the first crawl.
    assert len(marked(first.records)) == 1
    # Site b: post 2 reposts site a's post 4, a copy across crawls.
    assert [(url, dup["url"], dup["index"]) for url, _, dup in marked(second.records)] == [
        (repost, original, 0)]
    assert second.summary["duplicate_stories"] == 1
    assert all(record_errors(r) == [] for r in second.records)
    assert redis_client.hlen("tagwire:fingerprints:stories") > 0


@pytest.mark.parametrize(("settings", "env", "kind"), [
    ({}, {}, FingerprintIndex),
    ({"DEDUPE_ENABLED": False}, {}, type(None)),
    ({"REDIS_URL": "redis://127.0.0.1:1/0"}, {}, RedisFingerprintIndex),
    ({}, {"TAGWIRE_REDIS_URL": "redis://127.0.0.1:1/0"}, RedisFingerprintIndex),
    ({"DEDUPE_REDIS_URL": "redis://127.0.0.1:1/0"}, {}, RedisFingerprintIndex),
    ({"REDIS_URL": "redis://127.0.0.1:1/0", "DEDUPE_ENABLED": False}, {}, type(None)),
])
def test_which_index_the_settings_choose(monkeypatch: pytest.MonkeyPatch, settings: dict,
                                         env: dict, kind: type) -> None:
    from scrapy.settings import Settings

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert type(dedupe_index(Settings(settings))) is kind
