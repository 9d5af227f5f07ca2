"""The database sink against real databases: an SQLite file and a real PostgreSQL
(started by ``tests/fixtures_postgres.py``). A crawl of the sample site lands there,
a second crawl changes no count, a record that fails the schema never gets in, and
the layout migrates forward from an older version."""
from __future__ import annotations

import copy
import json
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from httpserver import serve
from test_crawl import crawl

sa = pytest.importorskip("sqlalchemy", reason="SQLAlchemy is not installed (tagwire[db])")

from normalizer.sinks.database import (  # noqa: E402 -- after the importorskip
    DatabaseError,
    DatabaseSink,
    _tables_at,
    build_metadata,
    canonical_url,
    create_engine,
    migrate,
)

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "site"
EXAMPLES = sorted((REPO / "schemas" / "examples").glob("*.json"))
TABLES = ("posts", "stories", "removed", "tags")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tagwire.db'}"
    return request.getfixturevalue("postgres_url")


def counts(url: str) -> dict[str, int]:
    with DatabaseSink(url) as db:
        return {t: db.count(t) for t in TABLES}


def rows(url: str, query: str, **params: object) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.text(query), params)]
    finally:
        engine.dispose()


def examples() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_crawl_into_the_database_twice_keeps_one_row_each(db_url: str, tmp_path: Path) -> None:
    for sub in ("one", "two"):
        (tmp_path / sub).mkdir()
    with serve(SAMPLE) as server:
        first = crawl(tmp_path / "one", *_db_args(db_url, server.url("/tag/diplomacy/")))
        after_first = counts(db_url)
        post_ids = rows(db_url, "SELECT url, id FROM posts ORDER BY url")
        second = crawl(tmp_path / "two", *_db_args(db_url, server.url("/tag/diplomacy/")))
    assert first.rc == 0 and second.rc == 0, first.log + second.log
    records = first.records
    assert len(records) == 8 and not first.rejects
    want = {"posts": len(records),
            "stories": sum(len(r["stories"]) for r in records),
            "removed": sum(len(r["removed"]) for r in records),
            "tags": sum(len({("tag", r["tag"]), *(("tags", t) for t in r["tags"]),
                             *(("categories", c) for c in r["categories"])}) for r in records)}
    assert after_first == want
    assert counts(db_url) == want, "a second crawl of the same posts updates, never adds"
    assert rows(db_url, "SELECT url, id FROM posts ORDER BY url") == post_ids
    assert {r["url"] for r in post_ids} == {canonical_url(r["url"]) for r in records}

    # Stories by source: what the records say, through the indexed column.
    by_source = Counter(s["source"] for r in records for s in r["stories"])
    assert len(by_source) >= 2
    with DatabaseSink(db_url) as db:
        for source, n in by_source.items():
            found = db.stories_by_source(source)
            assert len(found) == n
            assert {(f["post_url"], f["story_index"]) for f in found} == {
                (canonical_url(r["url"]), s["index"]) for r in records for s in r["stories"]
                if s["source"] == source}
    # The same in plain SQL, as the README shows it, with a join to the tags.
    tagged = rows(db_url, "SELECT count(DISTINCT p.id) AS n FROM posts p JOIN tags t "
                          "ON t.post_id = p.id WHERE t.name = :tag", tag="Diplomacy")
    assert tagged == [{"n": 8}]
    # The README's SQL runs on this database and counts what the records hold.
    first_query, *others = readme_sql()
    per_day_source = rows(db_url, first_query)
    assert sum(r["stories"] for r in per_day_source) == sum(
        1 for r in records for s in r["stories"] if not s.get("duplicate_of")
        and (s["published"] or r["published"])[:10] >= "2024-03-01")
    for query in others:
        rows(db_url, query)


def readme_sql() -> list[str]:
    """The statements of the README's SQL example."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```sql\n(.*?)```", readme, re.S)
    lines = [line for line in block.splitlines() if not line.startswith("--")]
    return [q.strip() for q in "\n".join(lines).split(";") if q.strip()]


def _db_args(db_url: str, start: str) -> list[str]:
    return ["-a", f"url={start}", "-s", f"DATABASE_URL={db_url}", "-s", "NORMALIZE_WORKERS=0"]


def test_load_refuses_a_record_that_fails_the_schema(db_url: str, tmp_path: Path,
                                                     tagwire_cmd: list[str]) -> None:
    good = examples()
    bad = copy.deepcopy(good[0])
    bad["url"] = "https://blog.example/2024/01/01/broken/"
    bad["stories"][0]["text"] = ""
    posts = write_jsonl(tmp_path / "posts.jsonl", [good[0], bad, *good[1:]])
    proc = subprocess.run([*tagwire_cmd, "load", str(posts), "--db", db_url],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert f"{posts}:2: rejected: $.stories[0].text" in proc.stderr
    [reject] = [json.loads(line) for line in
                (tmp_path / "posts.rejects.jsonl").read_text().splitlines()]
    assert reject["record"]["url"] == bad["url"] and reject["source"] == f"{posts}:2"
    assert counts(db_url)["posts"] == len(good)
    assert rows(db_url, "SELECT id FROM posts WHERE record_url = :u", u=bad["url"]) == []


def test_load_again_updates_in_place(db_url: str, tmp_path: Path,
                                     tagwire_cmd: list[str]) -> None:
    records = examples()
    posts = write_jsonl(tmp_path / "posts.jsonl", records)
    load = [*tagwire_cmd, "load", str(posts), "--db", db_url]
    assert subprocess.run(load, capture_output=True, timeout=120).returncode == 0
    before = counts(db_url)
    changed = copy.deepcopy(records)
    changed[0]["title"] = "A corrected title"
    changed[0]["stories"] = changed[0]["stories"][:1]
    changed[0]["url"] += "?utm_source=feed"  # the same post, spelled differently
    write_jsonl(posts, changed)
    proc = subprocess.run(load, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    after = counts(db_url)
    assert after["posts"] == before["posts"]
    assert after["stories"] == before["stories"] - (len(records[0]["stories"]) - 1)
    [row] = rows(db_url, "SELECT title, story_count FROM posts WHERE url = :u",
                 u=canonical_url(records[0]["url"]))
    assert row == {"title": "A corrected title", "story_count": 1}


def test_the_layout_migrates_forward_keeping_rows(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        assert migrate(engine, target=1) == [1]
        old = _tables_at(build_metadata(), 1)
        assert "duplicate_of_url" not in old.tables["stories"].c
        with engine.begin() as conn:  # a row written by a version-1 tagwire
            post_id = conn.execute(old.tables["posts"].insert().values(
                url="https://old.example/p/", record_url="https://old.example/p/",
                schema_version="1.0", language="en", categories=[], tags=[],
                story_count=1, removed_count=0, loaded_at=sa.func.now())
                .returning(old.tables["posts"].c.id)).scalar_one()
            conn.execute(old.tables["stories"].insert().values(
                post_id=post_id, story_index=0, post_url="https://old.example/p/",
                credits=[], byline=[], language="en", text="Old text.", word_count=2,
                fingerprint="0123456789abcdef"))
        columns = {c["name"] for c in sa.inspect(engine).get_columns("stories")}
        assert "duplicate_of_url" not in columns
    finally:
        engine.dispose()
    with DatabaseSink(db_url) as db:  # opening migrates to the current layout
        db.write_many(examples())
    assert [r["version"] for r in rows(db_url, "SELECT version FROM schema_version "
                                               "ORDER BY version")] == [1, 2]
    assert rows(db_url, "SELECT text, duplicate_of_url FROM stories WHERE post_url = :u",
                u="https://old.example/p/") == [{"text": "Old text.", "duplicate_of_url": None}]
    marked = [(s["duplicate_of"]["url"], s["duplicate_of"]["index"]) for r in examples()
              for s in r["stories"] if s.get("duplicate_of")]
    assert marked
    assert [(r["duplicate_of_url"], r["duplicate_of_index"]) for r in rows(
        db_url, "SELECT duplicate_of_url, duplicate_of_index FROM stories "
                "WHERE duplicate_of_url IS NOT NULL")] == marked


def test_a_newer_layout_is_refused(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(build_metadata().tables["schema_version"].insert().values(
                version=99, record_schema="9.9", description="from the future",
                applied_at=sa.func.now()))
    finally:
        engine.dispose()
    with pytest.raises(DatabaseError, match="layout is version 99, newer than"):
        DatabaseSink(db_url).open()


def test_an_unusable_database_is_named(tmp_path: Path, tagwire_cmd: list[str]) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", examples()[:1])
    for url, message in (
            (f"postgresql://nobody@/x?host={tmp_path}/nowhere", "cannot use the database at"),
            ("mysql://u@h/db", "unsupported database 'mysql'")):
        proc = subprocess.run([*tagwire_cmd, "load", str(posts), "--db", url],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2 and message in proc.stderr, proc.stderr


def test_a_crawl_with_an_unusable_database_stops_before_fetching(tmp_path: Path) -> None:
    with serve(SAMPLE) as server:
        c = crawl(tmp_path, "-a", f"url={server.url('/tag/diplomacy/')}",
                  "-s", f"DATABASE_URL=postgresql://nobody@/x?host={tmp_path}/nowhere")
        hits = server.hits()
    assert c.rc != 0
    assert "cannot use the database at postgresql://nobody@/x" in c.log
    assert not hits and not c.records
