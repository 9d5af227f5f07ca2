"""Routine changes take one place (README, "Where things live"), and these tests prove it.

A news outlet is one row of ``normalizer/cues/outlets.py``: with a row added (and nothing
else), a story whose dateline names the outlet is attributed to it, a "Based on reporting
by" line credits it, its photo desk's credit makes a caption, and "Avec <outlet>" closes a
story. The row is added in a fresh interpreter before the normalizer is imported, the way
an edit of the table would be read.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

_PROBE = '''
import json, sys
import normalizer.cues.outlets as outlets
if sys.argv[1] == "with-row":
    outlets.OUTLETS = outlets.OUTLETS + (
        outlets.Outlet("Ruptly", ("Ruptly",), wire=True, photo=("RUPTLY",)),)
import normalizer
from normalizer.cues import text as cues

TEXT = """Ministers agree to resume grain talks

MOSCOW (Ruptly) – Ministers from both countries agreed on Tuesday to resume talks on grain \\
exports next month, officials said after a meeting in the Russian capital.

Officials meet in Moscow on Tuesday. RUPTLY/Ivan Petrov

The talks had stalled in the spring over shipping insurance, and both sides said a deal on \\
payments was now within reach before the harvest.

Based on reporting by Ruptly and AFP
"""
record = normalizer.normalize_text(TEXT, "https://example.org/post")
story = record["stories"][0]
print(json.dumps({
    "source": story["source"], "credits": story["credits"],
    "captions": [r["text"] for r in record["removed"] if r["kind"] == "caption"],
    "end_line": bool(cues.STORY_END_RE.match("Avec Ruptly")),
}))
'''


def _probe(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def without_row() -> dict:
    return _probe("without-row")


@pytest.fixture(scope="module")
def with_row() -> dict:
    return _probe("with-row")


def test_an_unknown_outlet_is_not_recognised(without_row: dict) -> None:
    assert without_row == {"source": None, "credits": ["AFP"], "captions": [],
                           "end_line": False}


def test_one_outlet_row_is_enough(with_row: dict) -> None:
    assert with_row["source"] == "Ruptly"
    assert with_row["credits"] == ["Ruptly", "AFP"]
    assert with_row["captions"] == ["Officials meet in Moscow on Tuesday. RUPTLY/Ivan Petrov"]
    assert with_row["end_line"] is True
