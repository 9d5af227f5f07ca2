"""Flat exports: ``tagwire stories`` as CSV, JSON Lines and Parquet (one row a story),
and the crawl's CSV feed of posts with nested fields as JSON text, not Python reprs."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import serve
from test_crawl import crawl

from normalizer.sinks.exports import COLUMN_NAMES, story_rows

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((REPO / "schemas" / "examples").glob("*.json"))


@pytest.fixture
def posts(tmp_path: Path) -> tuple[Path, list[dict]]:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path, records


def expected_rows(records: list[dict]) -> list[dict]:
    return [{"url": r["url"], "title": r["title"], "story_index": s["index"],
             "headline": s["headline"], "source": s["source"], "credits": s["credits"],
             "byline": s["byline"], "language": s["language"], "text": s["text"],
             "word_count": s["word_count"],
             "duplicate_of_url": (s.get("duplicate_of") or {}).get("url")}
            for r in records for s in r["stories"]]


def picked(row: dict) -> dict:
    return {k: row[k] for k in ("url", "title", "story_index", "headline", "source", "credits",
                                "byline", "language", "text", "word_count", "duplicate_of_url")}


def stories(tagwire_cmd: list[str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*tagwire_cmd, "stories", *args], capture_output=True, text=True,
                          timeout=120)


def test_csv_has_one_row_a_story_with_lists_as_json(posts: tuple, tmp_path: Path,
                                                     tagwire_cmd: list[str]) -> None:
    path, records = posts
    out = tmp_path / "stories.csv"
    proc = stories(tagwire_cmd, str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == COLUMN_NAMES
        got = list(reader)
    assert len(got) == sum(len(r["stories"]) for r in records)
    for row in got:
        row["credits"], row["byline"] = json.loads(row["credits"]), json.loads(row["byline"])
        row["story_index"], row["word_count"] = int(row["story_index"]), int(row["word_count"])
        for name in ("title", "headline", "source", "duplicate_of_url"):
            row[name] = row[name] or None  # CSV has no null: an empty cell
    assert [picked(r) for r in got] == expected_rows(records)
    assert any(r["byline"] for r in got), "the fixture has bylines to round-trip"


def test_jsonl_and_parquet_hold_the_same_rows(posts: tuple, tmp_path: Path,
                                              tagwire_cmd: list[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed "
                                                       "(tagwire[parquet])")
    path, records = posts
    for name in ("stories.jsonl.gz", "stories.parquet"):
        proc = stories(tagwire_cmd, str(path), "-o", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
    from normalizer.io.jsonl import read_records

    from_jsonl = list(read_records(tmp_path / "stories.jsonl.gz"))
    table = pq.read_table(tmp_path / "stories.parquet")
    assert tuple(table.column_names) == COLUMN_NAMES
    from_parquet = table.to_pylist()
    assert from_jsonl == from_parquet == [row for r in records for row in story_rows(r)]
    assert [picked(r) for r in from_parquet] == expected_rows(records)


def test_parquet_without_pyarrow_names_the_extra(posts: tuple, tmp_path: Path) -> None:
    path, _ = posts
    # A Python where pyarrow cannot be imported, as on an install without the extra.
    code = ("import sys; sys.modules['pyarrow'] = None; from normalizer.cli import main; "
            f"sys.exit(main(['stories', {str(path)!r}, '-o', {str(tmp_path / 's.parquet')!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "tagwire stories: error: Parquet output needs the 'pyarrow' package: "
        "pip install 'tagwire[parquet]'"]
    assert not (tmp_path / "s.parquet").exists()


def test_an_unknown_suffix_is_refused(posts: tuple, tmp_path: Path,
                                      tagwire_cmd: list[str]) -> None:
    proc = stories(tagwire_cmd, str(posts[0]), "-o", str(tmp_path / "stories.xlsx"))
    assert proc.returncode == 2 and "cannot tell the format" in proc.stderr


def test_crawl_csv_feed_writes_nested_fields_as_json(tmp_path: Path) -> None:
    feed = tmp_path / "posts.csv"
    with serve(REPO / "sample" / "site") as server:
        c = crawl(tmp_path, "-a", f"url={server.url('/tag/diplomacy/')}", "-O", str(feed),
                  "-s", "NORMALIZE_WORKERS=0")
    assert c.rc == 0, c.log
    with feed.open(encoding="utf-8", newline="") as fh:
        got = {row["url"]: row for row in csv.DictReader(fh)}
    assert set(got) == {r["url"] for r in c.records} and len(got) == 8
    for record in c.records:
        row = got[record["url"]]
        for name in ("stories", "removed", "tags", "categories"):
            assert json.loads(row[name]) == record[name], name
        assert row["title"] == record["title"]
