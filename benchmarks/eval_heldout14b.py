#!/usr/bin/env python3
"""Score tagwire on the fourteenth held-out set's second batch, beside plain trafilatura.

    python benchmarks/eval_heldout14b.py [--json] [--failures] [--platforms] [--wordpress]
                                         [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout14b``, origins in its ``SOURCES.md``) is the second
batch of the fourteenth held-out set, kept apart so the first batch's figures stay as
measured: real news pages of 2011-2012 a multilingual text-extraction corpus saved as raw
HTML, all agency copy or an agency's own site: a Greek portal's story written from two
agencies' reports (a kicker, a photo's copyright box inside its caption, reader tools), a
Hong Kong portal running a Chinese agency's story in traditional characters, a Polish
portal's radio-agency story (an advert label and a "read on" link inside the text), an
American paper's AP story (an e-mail form, a links list, the copyright line) and a Russian
agency's own page (a partner news box between two paragraphs). Labelled by hand in the
format of ``../shared/eval/FORMAT.md`` before tagwire was run on them; its figures are a
floor to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout14b")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout14b.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout14b")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
