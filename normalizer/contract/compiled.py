"""The schema's yes/no check, compiled: jsonschema-rs, with python-jsonschema for messages.

Almost every record tagwire writes or reads is valid, so what matters for speed is the
answer "valid or not?". python-jsonschema walks the schema keyword by keyword for every
record (well under 1,000 records/s on tagwire's records); jsonschema-rs, a maintained
Rust implementation of draft 2020-12 with format checking, answers the same question
an order of magnitude faster than ``json.loads`` takes to read the record. Only a record
it rejects goes to python-jsonschema (see :mod:`normalizer.contract.schema`), which
stays the authority on what is wrong and how to say it: a record counts as invalid only
when python-jsonschema finds an error.

``tests/test_schema.py`` checks that the two agree on thousands of mutated records and
on the edge cases of the formats the schema uses. Two differences are known, both
values RFC 3339 allows and python-jsonschema's format checkers refuse: a leap second
("23:59:60") and the year 0000; jsonschema-rs accepts them.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]


def compile_check(schema: dict[str, Any]) -> Check:
    """A function ``record -> bool``: whether ``record`` follows ``schema``.

    Formats are asserted (``format: uri``, ``date``, ``date-time``), as the python
    validator with its ``FormatChecker`` does. Raises ``ImportError`` when
    jsonschema-rs is not installed and ``ValueError`` when it cannot compile the schema;
    the caller then falls back to python-jsonschema alone (slower, never wrong).
    """
    import jsonschema_rs

    try:
        validator = jsonschema_rs.validator_for(schema, validate_formats=True)
    except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError) as exc:
        raise ValueError(f"jsonschema-rs cannot compile the schema: {exc}") from exc
    return validator.is_valid
