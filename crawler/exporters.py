"""Feed exporters: a CSV of posts whose nested fields are JSON text, not Python reprs;
JSON Lines written straight from the record.

Scrapy's ``CsvItemExporter`` writes a list of dicts (a record's ``stories``,
``removed``) as ``str(value)`` -- ``[{'index': 0, ...}]`` -- which no CSV reader can
turn back into data. :class:`JsonCsvItemExporter` writes lists and dicts as JSON
(UTF-8 kept readable), so ``json.loads(cell)`` gives the value back. Registered for
``-o posts.csv`` by ``FEED_EXPORTERS`` in ``crawler/settings.py``.

:class:`RecordJsonLinesExporter` (``-O posts.jsonl``): Scrapy's JSON Lines exporter
first copies every item field by field through its serializers, which for a record (a
plain dict of JSON values, no serializers, no ``FEED_EXPORT_FIELDS``) gives the same
dict back; it encodes the record itself, byte for byte the same line.
"""
from __future__ import annotations

import json
from typing import Any

from scrapy.exporters import CsvItemExporter, JsonLinesItemExporter
from scrapy.utils.python import to_bytes


class JsonCsvItemExporter(CsvItemExporter):
    """CSV feed whose list and dict cells are JSON text."""

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        if isinstance(value, (list, tuple, dict)):
            return json.dumps(value, ensure_ascii=False)
        return super().serialize_field(field, name, value)


class RecordJsonLinesExporter(JsonLinesItemExporter):
    """Scrapy's JSON Lines exporter without the field-by-field copy of plain dicts."""

    def export_item(self, item: Any) -> None:
        if type(item) is not dict or self.fields_to_export is not None \
                or self.export_empty_fields:
            return super().export_item(item)
        self.file.write(to_bytes(self.encoder.encode(item) + "\n", self.encoding))
        return None
