"""``benchmarks/bench_stages.py`` times normalize_page stage by stage: each stage's own
time is its time less that of the stages it calls, every stage it names is found where
the pipeline looks it up, and the caches the stages share are emptied between the
benchmarks' repetitions (pages met as new pages)."""
from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_stages  # noqa: E402


def test_a_stage_is_charged_its_own_time_not_that_of_the_stages_it_calls() -> None:
    clock = bench_stages.StageClock()

    def inner() -> None:
        time.sleep(0.02)

    timed_inner = clock.wrap(inner, "inner")

    def outer() -> None:
        time.sleep(0.01)
        timed_inner()

    clock.wrap(outer, "outer")()
    assert clock.calls == {"inner": 1, "outer": 1}
    assert clock.wall["inner"] >= 0.02
    assert 0.01 <= clock.wall["outer"] < 0.02  # (the inner stage's 20 ms not counted twice)


def test_every_stage_is_found_where_the_pipeline_looks_it_up() -> None:
    for module_name, name, _ in bench_stages.STAGES:
        assert callable(getattr(importlib.import_module(module_name), name, None)), name


def test_the_stages_shared_answers_are_emptied_as_the_pages_caches() -> None:
    from bench_normalize import PAGE_CACHE_MIN_SIZE

    from normalizer.pages import permalink
    from normalizer.stories import extract

    for cached in (extract._key, permalink._date_line_day):
        assert cached.cache_info().maxsize >= PAGE_CACHE_MIN_SIZE
