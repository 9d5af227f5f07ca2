"""Round 30's speed changes: the collector's work, not the records.

A full collection walks every object the collector tracks; after the first record the
loaded tables are frozen out of it (``pipeline._settle_heap``). The walks that read
trafilatura's output leave no cyclic garbage behind (a nested function calling itself
is a reference cycle made on every call)."""
from __future__ import annotations

import gc

from lxml import etree

from normalizer import pipeline
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


_STORY = ("The town council met on Tuesday to discuss the new bridge over the river. "
          "Members agreed that the old crossing could no longer carry the traffic of "
          "the growing market, and asked the engineers for a plan by the spring.\n\n"
          "The mayor said the work would start next year if the budget allowed it, "
          "and that the ferry would run in the meantime for those who need it.")


def test_the_heap_is_frozen_once_a_record_is_built(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_heap_settled", False)
    gc.unfreeze()
    try:
        record = pipeline.normalize_text(_STORY, "http://example.com/a")
        assert record["stories"]
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        pipeline.normalize_text(_STORY, "http://example.com/b")
        assert gc.get_freeze_count() == 0  # once a process: not again
    finally:
        gc.unfreeze()
