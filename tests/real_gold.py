"""Every story of every hand-labelled real gold set in the project, for tests that must
hold on all of them (a cleaner rule may remove no line of a real story)."""
from __future__ import annotations

import json
from pathlib import Path

REAL = Path(__file__).parent / "fixtures" / "real"


def gold_stories() -> list[tuple[str, str]]:
    """(name, text) of each story: the sites' ``gold.jsonl`` records, then the dumps'
    ``*.gold.json`` files, in a stable order."""
    out = []
    for gold in sorted(REAL.rglob("gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for n, st in enumerate(rec.get("stories", [])):
                out.append((f"{gold.parent.name}{rec.get('url')}#{n}", st["text"]))
    for gold in sorted(REAL.rglob("*.gold.json")):
        for n, st in enumerate(json.loads(gold.read_text(encoding="utf-8"))["stories"]):
            out.append((f"{gold.name}#{n}", st["text"]))
    return out
