"""Gate: tagwire loses nothing against plain trafilatura on a broad set of real pages.

Runs ``benchmarks/bench_broad.py``'s comparison on ``tests/fixtures/real/broad`` (94 real
pages of many kinds and languages with their true main text): plain ``trafilatura.extract``
and tagwire's ``normalize_page`` (its stories joined), scored in the same run with
``../shared/bench/aeb_score.py`` (the AEB metric). tagwire's F1 must be at least
trafilatura's. Skipped where ``../shared`` (the scorer) is absent.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

if not (SHARED / "bench" / "aeb_score.py").is_file():
    pytest.skip(f"broad-set gate skipped: no bench/aeb_score.py in {SHARED} "
                "(the shared measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate


def _load_bench_broad():
    spec = importlib.util.spec_from_file_location("bench_broad",
                                                  REPO / "benchmarks" / "bench_broad.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tagwire_f1_is_not_below_trafilatura_on_the_broad_set(tmp_path):
    result = _load_bench_broad().run_bench(SHARED, tmp_path)
    assert result["pages"] == 94
    trafilatura, tagwire = result["rows"]["trafilatura"], result["rows"]["tagwire"]
    worst = ", ".join(f"{row['id']} {row['tagwire']:.2f}<{row['trafilatura']:.2f}"
                      for row in result["worst"] if row["tagwire"] < row["trafilatura"])
    assert tagwire["f1"] >= trafilatura["f1"], (
        f"broad-set F1: tagwire {tagwire['f1']:.4f} (P {tagwire['precision']:.3f}, "
        f"R {tagwire['recall']:.3f}) < trafilatura {trafilatura['f1']:.4f} "
        f"(P {trafilatura['precision']:.3f}, R {trafilatura['recall']:.3f}); "
        f"pages that raised in tagwire: {len(result['errors']['tagwire'])}; "
        f"furthest below: {worst}")
