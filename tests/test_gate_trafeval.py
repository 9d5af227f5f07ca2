"""Gate: tagwire loses nothing against plain trafilatura on trafilatura's own evaluation set.

Runs ``benchmarks/bench_trafeval.py`` on ``tests/fixtures/real/trafeval`` (430 of the 990
real pages trafilatura's authors annotated with snippets the main text must and must not
contain): plain ``trafilatura.extract`` and tagwire's ``normalize_page`` (its stories
joined), scored in the same run with the set's own snippet metric. tagwire's F1 must be
at least trafilatura's. Skipped where the set is absent (a checkout without its fixtures).
"""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "fixtures" / "real" / "trafeval"

if not (DATA / "evaldata.json").is_file():
    pytest.skip(f"trafilatura evaluation-set gate skipped: no evaldata.json in {DATA}",
                allow_module_level=True)

pytestmark = pytest.mark.gate


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_trafeval",
                                                  REPO / "benchmarks" / "bench_trafeval.py")
    module = importlib.util.module_from_spec(spec)
    # Registered by name: its worker processes receive its page function by that name.
    sys.modules["bench_trafeval"] = module
    spec.loader.exec_module(module)
    return module


def test_tagwire_f1_is_not_below_trafilatura_on_its_evaluation_set():
    bench = _load_bench()
    result = bench.run_bench(DATA, jobs=min(2, os.cpu_count() or 1))
    assert result["pages"] == 430
    trafilatura, tagwire = result["rows"]["trafilatura"], result["rows"]["tagwire"]
    # Both sides saw every snippet of every page.
    for row in (trafilatura, tagwire):
        assert row["tp"] + row["fn"] + row["fp"] + row["tn"] > 2 * result["pages"]
    worst = "; ".join(f"{d['file']} lost {d['tagwire_lost']} leaked {d['tagwire_leaked']}"
                      for d in result["diff"][:5] if d["gain"] < 0)
    assert tagwire["f1"] >= trafilatura["f1"], (
        f"trafilatura evaluation-set F1: tagwire {tagwire['f1']:.4f} "
        f"(P {tagwire['precision']:.3f}, R {tagwire['recall']:.3f}) < trafilatura "
        f"{trafilatura['f1']:.4f} (P {trafilatura['precision']:.3f}, "
        f"R {trafilatura['recall']:.3f}); pages that raised in tagwire: "
        f"{len(result['errors']['tagwire'])}; furthest below: {worst}")
