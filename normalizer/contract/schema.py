"""The data contract: load ``post.schema.json`` and explain why a record breaks it.

Every part of tagwire that writes records (``tagwire normalize``, the crawler's
pipeline) and ``tagwire validate`` go through :func:`record_errors`, so a record is
judged the same way everywhere and its errors read the same everywhere::

    $.stories[2].text: '' should be non-empty

The validator is chosen from the schema's own ``$schema`` (draft 2020-12), gets a
format checker (``uri``, ``date``, ``date-time`` are checked, not just annotated) and
is compiled once per process: building it costs far more than validating a record.

Messages are rewritten from jsonschema's wording into what a user can act on; the
hints for each pattern and format live in the tables below, beside the code that
reads them. Anything not in a table falls back to jsonschema's own message.
"""
from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SCHEMA_FILE = "post.schema.json"


# -- message tables ---------------------------------------------------------------
# What each pattern in post.schema.json means, said to a user. Keyed by the pattern
# string exactly as the schema spells it.
PATTERN_HINTS: dict[str, str] = {
    r"^([a-z]{2}|und)$": "is not a language code: expected ISO 639-1 "
                         "(two lowercase letters, e.g. 'en', 'de') or 'und'",
    r"^[0-9a-f]{16}$": "is not a fingerprint: expected 16 lowercase hex digits "
                       "(a 64-bit SimHash)",
    r"^[A-Za-z][A-Za-z0-9+.-]*:": "should be an absolute URI with a scheme "
                                  "(e.g. 'https://...' or 'file:///...')",
    r"^\d{4}-\d{2}-\d{2}$": "is not a date: expected YYYY-MM-DD",
    # "\S": text that is only whitespace; '' also fails minLength, same message.
    r"\S": "should be non-empty",
}

FORMAT_HINTS: dict[str, str] = {
    "date": "is not a valid date: expected YYYY-MM-DD",
    "date-time": "is not an RFC 3339 date-time: expected e.g. '2024-03-05T14:30:00Z' "
                 "(a time zone offset is required)",
    "uri": "is not a valid absolute URI",
}

# Fields whose values may be null: an empty string there should have been null.
_NULL_WHEN_UNKNOWN = "use null when unknown"

#: ``kind`` values of :class:`RecordError`, for summaries ("top error kinds").
KINDS = ("missing", "unexpected", "type", "empty", "pattern", "format", "enum",
         "too_few", "range", "not_json_object", "other")

_VALUE_REPR_LIMIT = 60


@dataclass(frozen=True)
class RecordError:
    """One reason a record breaks the contract.

    ``path`` is a JSONPath-like location (``$.stories[2].text``); ``kind`` is one of
    :data:`KINDS`; ``message`` is meant for people and starts with the offending
    value where there is one.
    """

    path: str
    message: str
    kind: str = "other"

    @property
    def generic_path(self) -> str:
        """The path with list indices wildcarded (``$.stories[*].text``), for grouping."""
        return re.sub(r"\[\d+\]", "[*]", self.path)

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message, "kind": self.kind}

    def __str__(self) -> str:
        return format_error(self)


def format_error(error: RecordError) -> str:
    """``$.stories[2].text: '' should be non-empty``."""
    return f"{error.path}: {error.message}"


# -- loading ---------------------------------------------------------------------

def schema_path() -> Path:
    """Where ``post.schema.json`` is read from.

    An installed wheel ships it as package data ``normalizer/schemas/`` (mapped from
    the repository's ``schemas/``); an editable install or a plain checkout reads the
    repository's ``schemas/`` beside the package.
    """
    candidates: list[Path] = []
    try:
        from importlib.resources import files

        candidates.append(Path(str(files("normalizer.schemas") / SCHEMA_FILE)))
    except (ModuleNotFoundError, TypeError, ValueError):  # not installed as a wheel
        pass
    package = Path(__file__).resolve().parents[1]  # normalizer/ (this file is in contract/)
    candidates += [package / "schemas" / SCHEMA_FILE, package.parent / "schemas" / SCHEMA_FILE]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"{SCHEMA_FILE} not found (looked in: {', '.join(str(c.parent) for c in candidates)}); "
        "is tagwire installed with its package data?")


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The schema as a dict (read once per process; do not mutate it)."""
    path = schema_path()
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


# Optional format libraries that jsonschema imports eagerly but post.schema.json never
# needs: rfc3987_syntax (format "iri") compiles a Lark grammar at import, ~3 s of CPU
# on every ``tagwire validate``. tests/test_schema.py checks that every format the
# schema uses still has a checker.
_UNUSED_FORMAT_LIBRARIES = ("rfc3987_syntax",)


def _import_jsonschema() -> Any:
    """``import jsonschema`` without the format libraries the schema does not use.

    They are hidden only while jsonschema imports; anyone importing them later gets
    them as usual.
    """
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"]
    hidden = [name for name in _UNUSED_FORMAT_LIBRARIES if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        import jsonschema
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return jsonschema


@lru_cache(maxsize=1)
def _validator() -> Any:
    jsonschema = _import_jsonschema()  # imported here: ``tagwire --help`` should not pay

    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validator() -> Any:
    """The compiled validator (a ``jsonschema`` validator with its format checker)."""
    return _validator()


@lru_cache(maxsize=1)
def _fast_check() -> Callable[[Any], bool]:
    """The compiled yes/no check (jsonschema-rs, see :mod:`normalizer.contract.compiled`);
    python-jsonschema alone where jsonschema-rs is missing or refuses the schema."""
    from normalizer.contract.compiled import compile_check

    try:
        return compile_check(load_schema())
    except (ImportError, ValueError) as exc:
        logger.debug("compiled check unavailable (%s); using jsonschema alone", exc)
        return _validator().is_valid


# -- judging records ------------------------------------------------------------

def is_valid(record: Any) -> bool:
    """True when the record follows the contract (stops at the first error).

    python-jsonschema has the last word on a record the compiled check rejects."""
    return _fast_check()(record) or _validator().is_valid(record)


def record_errors(record: Any) -> list[RecordError]:
    """Every way ``record`` breaks the contract, in document order; [] when valid.

    Validate the dict exactly as it will be written (after any JSON round trip),
    not an intermediate Python object.
    """
    if not isinstance(record, dict):
        return [RecordError("$", f"should be a JSON object (one post record per line), "
                                 f"got {_json_type(record)}", "not_json_object")]
    if _fast_check()(record):
        return []
    v = _validator()  # the authority on what is wrong, and slow: only for bad records
    errors: list[RecordError] = []
    seen: set[tuple[str, str]] = set()
    for error in v.iter_errors(record):
        for rec_error in _explain(error):
            key = (rec_error.path, rec_error.message)
            if key not in seen:
                seen.add(key)
                errors.append(rec_error)
    # A URL without a scheme fails both its pattern and format "uri": say it once.
    patterned = {e.path for e in errors if e.kind == "pattern"}
    errors = [e for e in errors if not (e.kind == "format" and e.path in patterned)]
    errors.sort(key=lambda e: _path_sort_key(e.path))
    return errors


def _path_sort_key(path: str) -> list[Any]:
    # "$.stories[10].text" sorts after "$.stories[2].text"
    return [(0, int(tok)) if tok.isdigit() else (1, tok)
            for tok in re.findall(r"\d+|[^\[\].\d]+", path)]


def json_path(parts: Any) -> str:
    """``['stories', 2, 'text']`` -> ``$.stories[2].text``."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out.append(f".{part}")
        else:
            out.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(out)


def _explain(error: Any) -> Iterator[RecordError]:
    """Turn one jsonschema ``ValidationError`` into one or more :class:`RecordError`."""
    parts = list(error.absolute_path)
    path = json_path(parts)
    keyword = error.validator
    value = error.instance
    if keyword == "required":
        # jsonschema yields one error per missing property; name each at its own path.
        for name in error.validator_value:
            if isinstance(value, dict) and name not in value:
                yield RecordError(json_path([*parts, name]), "required field is missing",
                                  "missing")
    elif keyword == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        for name in value:
            if name not in allowed:
                yield RecordError(json_path([*parts, name]),
                                  "unexpected field (not in the schema; site-specific "
                                  "fields go under 'extra')", "unexpected")
    elif keyword == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        yield RecordError(path, f"{_short(value)} should be {expected}, "
                                f"got {_json_type(value)}", "type")
    elif keyword == "minLength" and error.validator_value == 1:
        hint = _NULL_WHEN_UNKNOWN if _nullable(error.schema) else ""
        yield RecordError(path, _join(f"{_short(value)} should be non-empty", hint), "empty")
    elif keyword == "pattern":
        pattern_hint = PATTERN_HINTS.get(error.validator_value)
        if error.validator_value == r"\S":
            yield RecordError(path, f"{_short(value)} {pattern_hint}", "empty")
        elif pattern_hint:
            yield RecordError(path, f"{_short(value)} {pattern_hint}", "pattern")
        else:
            yield RecordError(path, f"{_short(value)} does not match "
                                    f"{error.validator_value!r}", "pattern")
    elif keyword == "format":
        hint = FORMAT_HINTS.get(error.validator_value,
                                f"is not a valid {error.validator_value}")
        yield RecordError(path, f"{_short(value)} {hint}", "format")
    elif keyword == "enum":
        options = ", ".join(repr(o) for o in error.validator_value)
        name = parts[-1] if parts and isinstance(parts[-1], str) else "value"
        yield RecordError(path, f"{_short(value)} is not a known {name}: expected one of "
                                f"{options}", "enum")
    elif keyword == "anyOf" and _is_date_or_datetime(error.schema):
        yield RecordError(path, f"{_short(value)} should be null, a date (YYYY-MM-DD) or an "
                                f"RFC 3339 date-time (e.g. '2024-03-05T14:30:00Z')",
                          _date_kind(value))
    elif keyword == "minItems":
        what = "story" if parts == ["stories"] else "item"
        yield RecordError(path, f"should have at least {error.validator_value} {what}"
                                f"{'s' if error.validator_value != 1 else ''}", "too_few")
    elif keyword in ("minimum", "maximum"):
        sign = ">=" if keyword == "minimum" else "<="
        yield RecordError(path, f"{_short(value)} should be {sign} {error.validator_value}",
                          "range")
    else:
        yield RecordError(path, error.message, "other")


def _is_date_or_datetime(subschema: Any) -> bool:
    return subschema is load_schema()["$defs"]["date_or_datetime"] or (
        isinstance(subschema, dict)
        and subschema == load_schema()["$defs"]["date_or_datetime"])


def _date_kind(value: Any) -> str:
    return "format" if isinstance(value, str) else "type"


def _nullable(subschema: Any) -> bool:
    t = subschema.get("type") if isinstance(subschema, dict) else None
    return isinstance(t, list) and "null" in t


def _join(message: str, hint: str) -> str:
    return f"{message} ({hint})" if hint else message


_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
               (list, "array"), (dict, "object"), (type(None), "null"))


def _json_type(value: Any) -> str:
    for py_type, name in _JSON_TYPES:
        if isinstance(value, py_type):
            return name
    return type(value).__name__


def _short(value: Any) -> str:
    """A value as it appears in a message: JSON-ish repr, long values cut."""
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = repr(value) if not isinstance(value, (bool, type(None))) else json.dumps(value)
    if len(text) > _VALUE_REPR_LIMIT:
        text = text[: _VALUE_REPR_LIMIT - 3] + "..."
    return text
