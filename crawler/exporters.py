"""Feed exporters: a CSV of posts whose nested fields are JSON text, not Python reprs.

Scrapy's ``CsvItemExporter`` writes a list of dicts (a record's ``stories``,
``removed``) as ``str(value)`` -- ``[{'index': 0, ...}]`` -- which no CSV reader can
turn back into data. :class:`JsonCsvItemExporter` writes lists and dicts as JSON
(UTF-8 kept readable), so ``json.loads(cell)`` gives the value back. Registered for
``-o posts.csv`` by ``FEED_EXPORTERS`` in ``crawler/settings.py``.
"""
from __future__ import annotations

import json
from typing import Any

from scrapy.exporters import CsvItemExporter


class JsonCsvItemExporter(CsvItemExporter):
    """CSV feed whose list and dict cells are JSON text."""

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        if isinstance(value, (list, tuple, dict)):
            return json.dumps(value, ensure_ascii=False)
        return super().serialize_field(field, name, value)
