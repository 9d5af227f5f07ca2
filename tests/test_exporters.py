"""``crawler.exporters.RecordJsonLinesExporter`` writes the bytes Scrapy's JSON Lines
exporter writes, for real records and with the feed options that change them."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from scrapy.exporters import JsonLinesItemExporter

from crawler.exporters import RecordJsonLinesExporter
from crawler.items import page_item
from crawler.records import WARM_UP_ITEM, make_record

FIXTURES = Path(__file__).parent / "fixtures" / "normalizer"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    page = (FIXTURES / "modern-two-stories.html").read_text(encoding="utf-8")
    made = [make_record(page_item("https://blog.example/2024/03/two-stories/", page,
                                  archive_url=None, tag=None)),
            make_record(WARM_UP_ITEM)]
    assert all(outcome.ok for outcome in made), [outcome.errors for outcome in made]
    return [outcome.record for outcome in made if outcome.record is not None]


def export(cls: type[JsonLinesItemExporter], items: list[dict], **kwargs: Any) -> bytes:
    out = io.BytesIO()
    exporter = cls(out, **kwargs)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue()


@pytest.mark.parametrize("options", [
    {"encoding": "utf-8"},                       # tagwire's FEED_EXPORT_ENCODING
    {},                                          # Scrapy's default: ASCII escapes
    {"encoding": "utf-8", "fields_to_export": ["url", "title", "stories"]},
    {"encoding": "utf-8", "indent": 2},
])
def test_the_same_lines_as_scrapys_exporter(records: list[dict], options: dict) -> None:
    ours = export(RecordJsonLinesExporter, records, **options)
    assert ours == export(JsonLinesItemExporter, records, **options)
    assert ours.count(b"\n") >= len(records)
