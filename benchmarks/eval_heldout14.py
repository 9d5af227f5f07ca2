#!/usr/bin/env python3
"""Score tagwire on the fourteenth held-out set, beside plain trafilatura.

    python benchmarks/eval_heldout14.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout14``, origins in its ``SOURCES.md``) is real news pages
of 2011-2012 a multilingual text-extraction corpus saved as raw HTML, every one of them
agency copy or an agency's own site: two Russian agencies' own pages (datelines naming the
agency, standfirsts, a photo credit, other stories with summaries), the Greek news agency's
own page (copyright and subscription lines), a Polish weekly's PAP story (a sign-off line,
an advert label inside the text), three Chinese pages (a China News Service story, a Xinhua
report whose dateline names its reporters, a Taiwanese paper's CNA story in traditional
characters) and an Australian broadcaster's AFP story. Labelled by hand in the format of
``../shared/eval/FORMAT.md`` before tagwire was run on them; its figures are a floor to
keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout14")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout14.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout14")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
