"""Round 30's speed changes: the collector's work, not the records.

The walks that read trafilatura's output leave no cyclic garbage behind (a nested
function calling itself is a reference cycle made on every call), so the collector runs
less often."""
from __future__ import annotations

import gc

from lxml import etree

from normalizer.stories.extract import _element_text, _inline_flags


def _collected_after(run) -> int:
    """Objects a collection finds unreachable after ``run()``, the collector off meanwhile.

    The collector is first run until it finds nothing, since finalizers of earlier
    tests' objects can leave fresh garbage for the next pass; the fewest of three tries
    is taken, since a thread of the test session (a server's, the reactor's) may make
    garbage of its own meanwhile."""
    counts = []
    for _ in range(3):
        for _ in range(10):
            if gc.collect() == 0:
                break
        was_on = gc.isenabled()
        gc.disable()
        try:
            run()
            counts.append(gc.collect())
        finally:
            if was_on:
                gc.enable()
    return min(counts)


READS = 200


def test_reading_a_block_leaves_no_cyclic_garbage() -> None:
    """A walk that made a cycle per call would leave at least one object a read."""
    p = etree.fromstring('<p>Lead <hi rend="#b">bold words</hi> and '
                         '<ref target="x">a <hi rend="#i">link</hi></ref>.</p>')

    def read() -> None:
        for _ in range(READS):
            assert _element_text(p) == "Lead bold words and a link."
            assert _inline_flags(p) == (False, False, False)

    assert _collected_after(read) < READS


def test_a_block_all_bold_is_still_read_so() -> None:
    p = etree.fromstring('<p><hi rend="#b">All of it in bold</hi></p>')
    assert _inline_flags(p) == (True, False, False)
    assert _element_text(p) == "All of it in bold"
