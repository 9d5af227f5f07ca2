"""Gate: general extraction is not worse than trafilatura's on the AEB benchmark.

Runs ``benchmarks/bench_aeb.py``'s comparison (181 real news pages): plain
``trafilatura.extract`` and tagwire's ``normalize_page`` (its stories joined), both
scored in the same run with ``../shared/bench/aeb_score.py``. tagwire's F1 must be at
least trafilatura's. Takes about half a minute. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

if not (SHARED / "bench" / "aeb" / "ground-truth.json").is_file() or \
        not (SHARED / "bench" / "aeb_score.py").is_file():
    pytest.skip(f"AEB gate skipped: no bench/aeb/ground-truth.json and bench/aeb_score.py in "
                f"{SHARED} (the shared measuring material beside the repository)",
                allow_module_level=True)

pytestmark = pytest.mark.gate


def _load_bench_aeb():
    spec = importlib.util.spec_from_file_location("bench_aeb", REPO / "benchmarks" / "bench_aeb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tagwire_f1_is_not_below_trafilatura_on_aeb(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))  # bench_aeb's sibling modules
    result = _load_bench_aeb().run_bench(SHARED, tmp_path)
    assert result["pages"] == 181
    trafilatura, tagwire = result["rows"]["trafilatura"], result["rows"]["tagwire"]
    assert tagwire["f1"] >= trafilatura["f1"], (
        f"AEB F1: tagwire {tagwire['f1']:.4f} (P {tagwire['precision']:.3f}, "
        f"R {tagwire['recall']:.3f}) < trafilatura {trafilatura['f1']:.4f} "
        f"(P {trafilatura['precision']:.3f}, R {trafilatura['recall']:.3f}); "
        f"pages that raised in tagwire: {len(result['errors']['tagwire'])}")
