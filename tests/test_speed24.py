"""The sampling profile of ``benchmarks/bench_profile.py``: each sample is charged to the
innermost frame of tagwire's code, apart where a library's Python code ran below it."""
from __future__ import annotations

import collections
import sys
from pathlib import Path
from types import CodeType, FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_profile  # noqa: E402


def _outer_frame_of_inner() -> tuple[FrameType, CodeType]:
    def inner() -> FrameType:
        return sys._getframe()

    def outer() -> FrameType:
        return inner()

    return outer(), outer.__code__


def test_a_sample_in_our_own_code_is_charged_to_that_code() -> None:
    frame, _ = _outer_frame_of_inner()
    found = bench_profile.charge(frame, ours=lambda code: code.co_name == "inner")
    assert found == (frame.f_code, False)


def test_a_sample_in_a_library_is_charged_to_the_frame_of_ours_that_called_it() -> None:
    frame, outer = _outer_frame_of_inner()
    found = bench_profile.charge(frame, ours=lambda code: code.co_name == "outer")
    assert found == (outer, True)


def test_a_sample_outside_our_code_is_charged_to_nothing() -> None:
    frame, _ = _outer_frame_of_inner()
    assert bench_profile.charge(frame, ours=lambda code: False) is None


def test_the_normalizers_code_is_ours_and_a_librarys_is_not() -> None:
    import normalizer.stories.blocks as blocks

    assert bench_profile.is_tagwire(blocks.word_count.__code__)
    assert not bench_profile.is_tagwire(collections.Counter.most_common.__code__)
    assert bench_profile.code_key(blocks.word_count.__code__).startswith(
        "normalizer/stories/blocks.py:")


def test_the_sampler_counts_every_sample_and_charges_ours() -> None:
    sampler = bench_profile.Sampler()
    frame = sys._getframe()
    sampler(0, frame)
    sampler(0, None)
    assert sampler.samples == 2
    assert sum(sampler.own.values()) + sum(sampler.via_library.values()) == 0


def test_the_table_gives_each_function_its_share_of_the_pages_time() -> None:
    code = test_the_table_gives_each_function_its_share_of_the_pages_time.__code__
    lines = bench_profile.table(collections.Counter({code: 25}), samples=100,
                                ms_per_sample=0.4, top=5)
    assert len(lines) == 1
    assert "25.0 %" in lines[0] and "10.00 ms" in lines[0]
