"""Near-duplicate marking: the banded index (memory and Redis), mark_duplicates, tagwire dedupe."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from normalizer.contract.schema import record_errors
from normalizer.dedupe.fingerprint import simhash_hex
from normalizer.dedupe.index import (
    FingerprintIndex,
    Match,
    RedisFingerprintIndex,
    band_slices,
    mark_duplicates,
)
from tests.fixtures_redis import redis_client, redis_url  # noqa: F401 (fixtures)
from tests.test_fingerprint import OTHER_STORY, SAME_TOPIC_STORY, STORY, curly, paragraphs


def flip(fp_hex: str, bits: list[int]) -> str:
    value = int(fp_hex, 16)
    for b in bits:
        value ^= 1 << b
    return f"{value:016x}"


def random_fps(n: int, seed: int, min_gap: int = 12) -> list[str]:
    """n random fingerprints, pairwise more than ``min_gap`` bits apart."""
    rng = random.Random(seed)
    out: list[int] = []
    while len(out) < n:
        v = rng.getrandbits(64)
        if all((v ^ o).bit_count() > min_gap for o in out):
            out.append(v)
    return [f"{v:016x}" for v in out]


# -- the bands ------------------------------------------------------------------------

@pytest.mark.parametrize("max_distance", [0, 1, 2, 3, 4, 5, 7])
def test_bands_are_one_more_than_the_distance_and_cover_64_bits(max_distance: int) -> None:
    bands = band_slices(max_distance)
    assert len(bands) == max_distance + 1
    assert sum(width for _, width in bands) == 64
    assert [shift for shift, _ in bands] == [sum(w for _, w in bands[:i])
                                             for i in range(len(bands))]


def test_max_distance_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 15"):
        FingerprintIndex(16)


# -- index semantics, the same for memory and Redis ----------------------------------

@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def make_index(request: pytest.FixtureRequest) -> Callable[..., Any]:
    if request.param == "memory":
        return FingerprintIndex
    client = request.getfixturevalue("redis_client")
    return lambda max_distance=3: RedisFingerprintIndex(client, max_distance)


def test_first_copy_is_none_later_copies_point_to_it(make_index: Callable[..., Any]) -> None:
    index = make_index()
    base = "0123456789abcdef"
    assert index.check_and_add(base, "https://a.example/p1", 0) is None
    assert index.check_and_add(flip(base, [0, 17, 63]), "https://b.example/p2", 1) == \
        Match("https://a.example/p1", 0, 3)
    assert index.check_and_add(flip(base, [5, 6, 7, 8]), "https://c.example/p3", 0) is None
    assert len(index) == 2  # only first copies are stored


def test_the_nearest_first_copy_wins_and_the_earliest_on_a_tie(
        make_index: Callable[..., Any]) -> None:
    index = make_index()
    a = "00000000000000ff"
    b = flip(a, [8, 9, 10, 11])  # 4 bits from a: both are first copies
    assert index.check_and_add(a, "https://x.example/a", 0) is None
    assert index.check_and_add(b, "https://x.example/b", 0) is None
    assert index.check_and_add(flip(b, [8]), "https://x.example/c", 0) == \
        Match("https://x.example/b", 0, 1)  # 3 from a, 1 from b
    assert index.check_and_add(flip(a, [8, 9]), "https://x.example/d", 0) == \
        Match("https://x.example/a", 0, 2)  # 2 from each: the earlier one


def test_reading_the_first_copy_again_does_not_make_it_its_own_duplicate(
        make_index: Callable[..., Any]) -> None:
    index = make_index()
    assert index.check_and_add("00000000ffffffff", "https://a.example/p", 2) is None
    assert index.check_and_add("00000000ffffffff", "https://a.example/p", 2) is None
    assert index.check_and_add("00000000ffffffff", "https://a.example/p", 3) == \
        Match("https://a.example/p", 2, 0)


@pytest.mark.parametrize("max_distance", [2, 3, 5])
def test_every_fingerprint_within_the_distance_is_found_and_none_beyond(
        make_index: Callable[..., Any], max_distance: int) -> None:
    """The pigeonhole guarantee, checked on random flips of 0..max_distance+2 bits."""
    rng = random.Random(max_distance)
    index = make_index(max_distance)
    fps = random_fps(60, seed=max_distance, min_gap=2 * max_distance + 6)
    for i, fp in enumerate(fps):
        assert index.check_and_add(fp, f"https://s.example/{i}", 0) is None
    for i, fp in enumerate(fps):
        for n_bits in range(max_distance + 3):
            near = flip(fp, rng.sample(range(64), n_bits))
            found = index.check_and_add(near, f"https://t.example/{i}-{n_bits}", 0)
            if n_bits <= max_distance:
                assert found == Match(f"https://s.example/{i}", 0, n_bits)
            else:
                assert found is None or found.url.startswith("https://t.example/")


# -- mark_duplicates ------------------------------------------------------------------

def post(url: str, *texts: str) -> dict[str, Any]:
    """A schema-valid 1.0 post record holding the given story texts."""
    return {
        "schema_version": "1.0", "url": url, "archive_url": None, "site": url.split("/")[2],
        "tag": "business", "title": "A post", "published": "2024-03-04", "author": None,
        "categories": [], "tags": [], "language": "en", "fetched_at": None, "removed": [],
        "stories": [{
            "index": i, "headline": None, "source": "Reuters", "credits": [], "byline": [],
            "dateline": None, "published": None, "language": "en", "text": text,
            "word_count": len(text.split()), "fingerprint": simhash_hex(text),
        } for i, text in enumerate(texts)],
    }


def test_mark_duplicates_marks_later_copies_and_leaves_first_copies_alone() -> None:
    index = FingerprintIndex()
    first = post("https://blog-a.example/2024/03/steel/", OTHER_STORY, STORY)
    later = post("https://blog-b.example/halden-profit/", SAME_TOPIC_STORY,
                 curly("\n\n".join(paragraphs(STORY)[:-1])) + "\n\nRead more at Reuters")
    assert mark_duplicates(first, index) == 0
    assert mark_duplicates(later, index) == 1
    assert all("duplicate_of" not in s for s in first["stories"])
    assert "duplicate_of" not in later["stories"][0]
    assert later["stories"][1]["duplicate_of"] == {
        "url": "https://blog-a.example/2024/03/steel/", "index": 1, "distance": 0}
    assert later["schema_version"] == "1.1"
    assert record_errors(first) == [] and record_errors(later) == []


def test_the_same_story_twice_in_one_post_is_a_duplicate_of_its_first_telling() -> None:
    record = post("https://blog.example/p/", STORY, "Photo: Reuters\n\n" + STORY)
    assert mark_duplicates(record, FingerprintIndex()) == 1
    assert record["stories"][1]["duplicate_of"]["index"] == 0


def test_a_stale_mark_is_removed_when_the_story_is_now_a_first_copy() -> None:
    record = post("https://blog.example/p/", STORY)
    record["stories"][0]["duplicate_of"] = {"url": "https://gone.example/", "index": 0}
    mark_duplicates(record, FingerprintIndex())
    assert "duplicate_of" not in record["stories"][0]


def test_a_story_without_a_fingerprint_is_an_error_naming_the_post() -> None:
    record = post("https://blog.example/p/", STORY)
    del record["stories"][0]["fingerprint"]
    with pytest.raises(ValueError, match=r"story 0 of https://blog.example/p/ has no valid"):
        mark_duplicates(record, FingerprintIndex())


# -- tagwire dedupe, end to end ------------------------------------------------------

def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def tagwire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "normalizer", *args], capture_output=True,
                          text=True, encoding="utf-8")


CAPTIONED = "A worker at the plant in Duisburg. REUTERS/Wolfgang Rattay\n\n" + curly(STORY)


def variant_files(tmp_path: Path) -> tuple[Path, Path]:
    one = write_jsonl(tmp_path / "one.jsonl", [
        post("https://a.example/1/", STORY),
        post("https://b.example/2/", OTHER_STORY, CAPTIONED),
    ])
    two = write_jsonl(tmp_path / "two.jsonl", [
        post("https://c.example/3/", SAME_TOPIC_STORY),
        post("https://d.example/4/", "\n\n".join(paragraphs(OTHER_STORY)[:-1])),
    ])
    return one, two


def test_dedupe_cli_marks_copies_across_files_and_keeps_every_record(tmp_path: Path) -> None:
    one, two = variant_files(tmp_path)
    out = tmp_path / "out" / "deduped.jsonl"
    done = tagwire("dedupe", str(one), str(two), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "4 records, 5 stories, 2 duplicates, 3 distinct" in done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == ["https://a.example/1/", "https://b.example/2/",
                                           "https://c.example/3/", "https://d.example/4/"]
    marks = [(r["url"], s["index"], s.get("duplicate_of")) for r in records for s in r["stories"]]
    assert marks == [
        ("https://a.example/1/", 0, None),
        ("https://b.example/2/", 0, None),
        ("https://b.example/2/", 1, {"url": "https://a.example/1/", "index": 0, "distance": 0}),
        ("https://c.example/3/", 0, None),
        ("https://d.example/4/", 0, {"url": "https://b.example/2/", "index": 0,
                                     "distance": marks[4][2]["distance"]}),
    ]
    assert marks[4][2]["distance"] <= 3
    assert all(record_errors(r) == [] for r in records)


def test_dedupe_cli_with_distance_zero_marks_only_identical_fingerprints(tmp_path: Path) -> None:
    one, two = variant_files(tmp_path)
    out = tmp_path / "deduped.jsonl"
    done = tagwire("dedupe", str(one), str(two), "-o", str(out), "--max-distance", "0")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(s.get("duplicate_of") is None or s["duplicate_of"]["distance"] == 0
               for r in records for s in r["stories"])


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", r"bad\.jsonl:2:2: not JSON"),
    ("[1, 2]", r"bad\.jsonl:2: not a post record"),
    (json.dumps({"url": "https://x.example/", "stories": [{"index": 0, "fingerprint": "zz"}]}),
     r"bad\.jsonl:2: story 0 of https://x\.example/ has no valid fingerprint"),
])
def test_dedupe_cli_names_file_and_line_of_bad_input(tmp_path: Path, line: str,
                                                     message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(post("https://a.example/1/", STORY)) + "\n" + line + "\n",
                   encoding="utf-8")
    done = tagwire("dedupe", str(bad), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert re.search(message, done.stderr), done.stderr


def test_dedupe_cli_missing_input_is_an_error(tmp_path: Path) -> None:
    done = tagwire("dedupe", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 2 and "nope.jsonl" in done.stderr


# -- Redis: shared between runs and processes ---------------------------------------

@pytest.mark.redis
def test_dedupe_cli_runs_sharing_redis_see_each_others_stories(
        tmp_path: Path, redis_client: Any, redis_url: str) -> None:
    one, two = variant_files(tmp_path)
    first = tagwire("dedupe", str(one), "-o", str(tmp_path / "o1.jsonl"), "--redis-url", redis_url)
    second = tagwire("dedupe", str(two), "-o", str(tmp_path / "o2.jsonl"), "--redis-url", redis_url)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    out2 = [json.loads(x) for x in (tmp_path / "o2.jsonl").read_text().splitlines()]
    assert out2[1]["stories"][0]["duplicate_of"]["url"] == "https://b.example/2/"
    assert "duplicate_of" not in out2[0]["stories"][0]
    assert redis_client.hlen("tagwire:fingerprints:stories") == 3


def test_dedupe_cli_unreachable_redis_is_a_clear_error(tmp_path: Path) -> None:
    one, _ = variant_files(tmp_path)
    done = tagwire("dedupe", str(one), "-o", str(tmp_path / "o.jsonl"),
                   "--redis-url", "redis://127.0.0.1:1/0")
    assert done.returncode == 2
    assert "cannot use Redis at redis://127.0.0.1:1/0" in done.stderr


WORKER = textwrap.dedent("""
    import json, sys
    import redis
    from normalizer.dedupe.index import RedisFingerprintIndex
    url, name, path = sys.argv[1:4]
    client = redis.Redis.from_url(url, socket_timeout=None)  # blocks below (redis-py 8: 5 s)
    index = RedisFingerprintIndex(client)
    items = json.load(open(path))
    client.rpush("ready", name)
    client.blpop(["go:" + name], timeout=30)  # both start together
    out = []
    for fp, story_url in items:
        m = index.check_and_add(fp, story_url, 0)
        out.append([story_url, None if m is None else m.url])
    print(json.dumps(out))
""")


@pytest.mark.redis
def test_two_processes_adding_at_once_make_each_story_first_exactly_once(
        tmp_path: Path, redis_client: Any, redis_url: str) -> None:
    rng = random.Random(5)
    stories = random_fps(300, seed=5)
    procs = []
    for name in ("w1", "w2"):
        # Each worker sees every story, as itself or a copy 1 bit off, in its own order
        # (so the two copies are at most 2 bits apart: always the same story).
        items = [(flip(fp, rng.sample(range(64), rng.randint(0, 1))), f"https://{name}.example/{i}")
                 for i, fp in enumerate(stories)]
        rng.shuffle(items)
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(items))
        procs.append(subprocess.Popen([sys.executable, "-c", WORKER, redis_url, name, str(path)],
                                      stdout=subprocess.PIPE, text=True))
    # A blocking pop longer than redis-py 8's default 5 s socket timeout needs its own
    # client without one (a loaded machine can take longer than 5 s to start a worker).
    waiter = type(redis_client).from_url(redis_url, socket_timeout=None)
    for _ in procs:
        assert waiter.blpop(["ready"], timeout=60) is not None
    waiter.close()
    redis_client.rpush("go:w1", 1)
    redis_client.rpush("go:w2", 1)
    results = []
    for proc in procs:
        stdout, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        results.extend(json.loads(stdout))
    assert len(results) == 600
    firsts = {u for u, dup in results if dup is None}
    by_story: dict[str, list[tuple[str, str | None]]] = {}
    for u, dup in results:
        by_story.setdefault(u.rsplit("/", 1)[1], []).append((u, dup))
    for i, pair in by_story.items():
        first = [u for u, dup in pair if dup is None]
        assert len(first) == 1, (i, pair)  # exactly one worker won the story
        assert [dup for u, dup in pair if dup is not None] == first
    assert len(firsts) == 300 == redis_client.hlen("tagwire:fingerprints:stories")
