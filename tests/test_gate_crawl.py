"""Gate: crawl ../shared/devset/site served on 127.0.0.1 end to end, score the output with
../shared/eval/score.py. Skipped (with the reason) where ../shared is absent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import serve
from test_crawl import crawl

pytestmark = pytest.mark.gate


@pytest.fixture(scope="module")
def scores(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    devset = shared_dir / "devset"
    start = (devset / "START").read_text(encoding="utf-8").strip()
    work = tmp_path_factory.mktemp("gate")
    with serve(devset / "site") as server:
        c = crawl(work, "-a", f"url={server.url(start)}")
    assert c.rc == 0, c.log
    proc = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold",
                           str(devset), "--pred", str(work / "posts.jsonl"), "--json"],
                          capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout)
    print(json.dumps(result["groups"]["site"], indent=1))
    return {k: v["value"] for k, v in result["groups"]["site"].items()}


def test_crawl_finds_every_devset_post_once(scores: dict) -> None:
    assert scores["posts_recall"] == 1.0
    assert scores["duplicate_posts"] == 0


def test_crawl_reaches_the_normalizer_targets_end_to_end(scores: dict) -> None:
    """The normalizer's dev-set targets, measured through the crawler."""
    failed = {k: scores[k] for k, ok in {
        "story_f1": scores["story_f1"] >= 0.95,
        "text_f1": scores["text_f1"] >= 0.99,
        "cruft_leak": scores["cruft_leak"] <= 0.02,
        "headline_acc": scores["headline_acc"] >= 0.9,
        "source_acc": scores["source_acc"] >= 0.9,
        "language_acc": scores["language_acc"] == 1.0,
        "date_acc": scores["date_acc"] >= 0.95,
    }.items() if not ok}
    assert not failed, f"below target: {failed}"
