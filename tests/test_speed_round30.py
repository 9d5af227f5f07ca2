"""Round 30's speed changes: the collector's work, not the records.

The walks that read trafilatura's output leave no cyclic garbage behind (a nested
function calling itself is a reference cycle made on every call), so the collector runs
less often."""
from __future__ import annotations

import gc

from lxml import etree

from normalizer.stories.extract import _element_text, _inline_flags


def _collected_after(run) -> int:
    """Objects a collection finds unreachable after ``run()``, the collector off meanwhile."""
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        run()
        return gc.collect()
    finally:
        if was_on:
            gc.enable()


def test_reading_a_block_leaves_no_cyclic_garbage() -> None:
    p = etree.fromstring('<p>Lead <hi rend="#b">bold words</hi> and '
                         '<ref target="x">a <hi rend="#i">link</hi></ref>.</p>')

    def read() -> None:
        for _ in range(50):
            assert _element_text(p) == "Lead bold words and a link."
            assert _inline_flags(p) == (False, False, False)

    assert _collected_after(read) == 0


def test_a_block_all_bold_is_still_read_so() -> None:
    p = etree.fromstring('<p><hi rend="#b">All of it in bold</hi></p>')
    assert _inline_flags(p) == (True, False, False)
    assert _element_text(p) == "All of it in bold"
