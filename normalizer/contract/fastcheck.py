"""A compiled yes/no check for the schema, so validating millions of records is cheap.

jsonschema walks the schema keyword by keyword for every record (building a child
validator per keyword and resolving every ``$ref`` through ``referencing``); on
tagwire's records that tops out well under 1,000 records/s. Almost every record is
valid, so :mod:`normalizer.contract.schema` asks this module first ("valid or not?") and only
hands the rare invalid record to jsonschema, which stays the authority for what is
wrong and how to say it.

:func:`compile_schema` turns a schema into nested closures. It supports exactly the
keywords ``post.schema.json`` uses, with jsonschema's semantics for each (``integer``
excludes booleans, ``pattern`` is ``re.search``, formats go through the same
``FormatChecker``). Any other keyword raises :class:`Unsupported`; the caller then
uses jsonschema alone, so a schema change can make validation slower but never
wrong. ``tests/test_schema.py`` checks the two agree on thousands of mutated records.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

# Keywords that only annotate: they never make an instance invalid.
ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description",
                         "examples", "default", "deprecated", "readOnly", "writeOnly"})


class Unsupported(ValueError):
    """The schema uses a keyword (or a form of one) this compiler does not know."""


def _is_integer(x: Any) -> bool:
    return (isinstance(x, int) and not isinstance(x, bool)) or (
        isinstance(x, float) and x.is_integer())


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


TYPE_CHECKS: dict[str, Check] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
}


# JSON types that are exactly one Python type (``bool`` is not an ``int`` here because
# neither "integer" nor "number" is in this table).
PLAIN_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}

# Object keywords compiled together by ``object_check``.
_FOLDED = frozenset({"properties", "required", "additionalProperties"})


def _always(x: Any) -> bool:
    return True


def _never(x: Any) -> bool:
    return False


def _all_of(checks: list[Check]) -> Check:
    """AND of checks, unrolled for the usual small counts (no generator per call)."""
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda x: a(x) and b(x)
    if len(checks) == 3:
        a, b, c = checks
        return lambda x: a(x) and b(x) and c(x)
    if len(checks) == 4:
        a, b, c, d = checks
        return lambda x: a(x) and b(x) and c(x) and d(x)
    return lambda x: all(c(x) for c in checks)


def compile_schema(schema: Any, format_checker: Any = None) -> Check:
    """Return ``check(instance) -> bool`` for ``schema`` (local ``$ref`` only)."""
    return _Compiler(schema, format_checker).compile(schema)


class _Compiler:
    def __init__(self, root: Any, format_checker: Any) -> None:
        self.root = root
        self.format_checker = format_checker
        self.refs: dict[str, Check] = {}

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise Unsupported(f"schema must be an object or boolean, got {schema!r}")
        checks: list[Check] = []
        for keyword, value in schema.items():
            if keyword in ANNOTATIONS or keyword in _FOLDED:
                continue
            method = getattr(self, "kw_" + keyword.lstrip("$"), None)
            if method is None:
                raise Unsupported(f"keyword {keyword!r}")
            check = method(value, schema)
            if check is not None:
                checks.append(check)
        if _FOLDED.intersection(schema):
            checks.append(self.object_check(schema))
        return _all_of(checks)

    # -- keywords (each returns a check, or None when it only annotates) --

    def object_check(self, schema: dict) -> Check:
        """``properties``, ``required`` and ``additionalProperties`` as one pass over the
        instance's keys (the hot loop: every record and every story goes through it)."""
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        props = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        required = tuple(schema.get("required", ()))
        extra = self.compile(schema["additionalProperties"]) \
            if "additionalProperties" in schema else None

        def check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            for name in required:
                if name not in x:
                    return False
            for key, value in x.items():
                sub = props.get(key)
                if sub is None:
                    if extra is not None and not extra(value):
                        return False
                elif not sub(value):
                    return False
            return True
        return check

    def kw_ref(self, ref: str, _schema: dict) -> Check:
        if not ref.startswith("#"):
            raise Unsupported(f"non-local $ref {ref!r}")
        if ref in self.refs:
            return self.refs[ref]
        # A placeholder while compiling, so a recursive schema compiles without looping;
        # only a recursive reference keeps the indirection.
        cell: list[Check] = []
        self.refs[ref] = lambda x: cell[0](x)
        cell.append(self.compile(self._resolve(ref)))
        self.refs[ref] = cell[0]
        return cell[0]

    def _resolve(self, ref: str) -> Any:
        node = self.root
        for token in ref[1:].split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def kw_type(self, types: Any, _schema: dict) -> Check:
        names = [types] if isinstance(types, str) else list(types)
        unknown = set(names) - set(TYPE_CHECKS)
        if unknown:
            raise Unsupported(f"type {sorted(unknown)}")
        if set(names) <= set(PLAIN_TYPES):
            py_types = tuple(PLAIN_TYPES[n] for n in names)
            return lambda x: isinstance(x, py_types)
        checks = [TYPE_CHECKS[n] for n in names]
        return lambda x: any(c(x) for c in checks)

    def kw_enum(self, values: list, _schema: dict) -> Check:
        if not all(isinstance(v, str) for v in values):
            raise Unsupported("enum of non-strings")  # JSON equality rules differ from ==
        allowed = frozenset(values)
        return lambda x: isinstance(x, str) and x in allowed

    def kw_const(self, value: Any, schema: dict) -> Check:
        return self.kw_enum([value], schema)

    def kw_items(self, items: Any, _schema: dict) -> Check:
        if not isinstance(items, (dict, bool)):
            raise Unsupported("items as a list (draft 2019 and older)")
        sub = self.compile(items)

        def check(x: Any) -> bool:
            if isinstance(x, list):
                for v in x:
                    if not sub(v):
                        return False
            return True
        return check

    def kw_minItems(self, n: int, _schema: dict) -> Check:
        return lambda x: not isinstance(x, list) or len(x) >= n

    def kw_maxItems(self, n: int, _schema: dict) -> Check:
        return lambda x: not isinstance(x, list) or len(x) <= n

    def kw_minLength(self, n: int, _schema: dict) -> Check:
        return lambda x: not isinstance(x, str) or len(x) >= n

    def kw_maxLength(self, n: int, _schema: dict) -> Check:
        return lambda x: not isinstance(x, str) or len(x) <= n

    def kw_pattern(self, pattern: str, _schema: dict) -> Check:
        search = re.compile(pattern).search
        return lambda x: not isinstance(x, str) or search(x) is not None

    def kw_format(self, fmt: str, _schema: dict) -> Check | None:
        if self.format_checker is None or fmt not in self.format_checker.checkers:
            return None  # an annotation only, as in jsonschema
        conforms = self.format_checker.conforms
        return lambda x: conforms(x, fmt)

    def kw_minimum(self, n: float, _schema: dict) -> Check:
        return lambda x: not _is_number(x) or x >= n

    def kw_maximum(self, n: float, _schema: dict) -> Check:
        return lambda x: not _is_number(x) or x <= n

    def kw_anyOf(self, subs: list, _schema: dict) -> Check:
        compiled = [self.compile(s) for s in subs]
        return lambda x: any(c(x) for c in compiled)
