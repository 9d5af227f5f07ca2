"""A compiled yes/no check for the schema, so validating millions of records is cheap.

jsonschema walks the schema keyword by keyword for every record (building a child
validator per keyword and resolving every ``$ref`` through ``referencing``); on
tagwire's records that tops out well under 1,000 records/s. Almost every record is
valid, so :mod:`normalizer.schema` asks this module first ("valid or not?") and only
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
            return lambda x: True
        if schema is False:
            return lambda x: False
        if not isinstance(schema, dict):
            raise Unsupported(f"schema must be an object or boolean, got {schema!r}")
        checks: list[Check] = []
        for keyword, value in schema.items():
            if keyword in ANNOTATIONS:
                continue
            method = getattr(self, "kw_" + keyword.lstrip("$"), None)
            if method is None:
                raise Unsupported(f"keyword {keyword!r}")
            check = method(value, schema)
            if check is not None:
                checks.append(check)
        if not checks:
            return lambda x: True
        if len(checks) == 1:
            return checks[0]
        return lambda x: all(c(x) for c in checks)

    # -- keywords (each returns a check, or None when it was folded into another) --

    def kw_ref(self, ref: str, _schema: dict) -> Check:
        if not ref.startswith("#"):
            raise Unsupported(f"non-local $ref {ref!r}")
        if ref not in self.refs:
            # Placeholder first, so a recursive schema compiles without looping.
            cell: list[Check] = []
            self.refs[ref] = lambda x: cell[0](x)
            cell.append(self.compile(self._resolve(ref)))
            self.refs[ref] = cell[0]
        resolved = self.refs
        return lambda x: resolved[ref](x)

    def _resolve(self, ref: str) -> Any:
        node = self.root
        for token in ref[1:].split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def kw_type(self, types: Any, _schema: dict) -> Check:
        names = [types] if isinstance(types, str) else list(types)
        try:
            checks = [TYPE_CHECKS[n] for n in names]
        except KeyError as exc:
            raise Unsupported(f"type {exc}") from None
        if len(checks) == 1:
            return checks[0]
        return lambda x: any(c(x) for c in checks)

    def kw_enum(self, values: list, _schema: dict) -> Check:
        if not all(isinstance(v, str) for v in values):
            raise Unsupported("enum of non-strings")  # JSON equality rules differ from ==
        allowed = frozenset(values)
        return lambda x: isinstance(x, str) and x in allowed

    def kw_const(self, value: Any, schema: dict) -> Check:
        return self.kw_enum([value], schema)

    def kw_properties(self, props: dict, _schema: dict) -> Check:
        compiled = [(name, self.compile(sub)) for name, sub in props.items()]

        def check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            for name, sub in compiled:
                if name in x and not sub(x[name]):
                    return False
            return True
        return check

    def kw_required(self, names: list, _schema: dict) -> Check:
        return lambda x: not isinstance(x, dict) or all(n in x for n in names)

    def kw_additionalProperties(self, extra: Any, schema: dict) -> Check:
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        known = frozenset(schema.get("properties", {}))
        sub = self.compile(extra)

        def check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            return all(sub(v) for k, v in x.items() if k not in known)
        return check

    def kw_items(self, items: Any, _schema: dict) -> Check:
        if not isinstance(items, (dict, bool)):
            raise Unsupported("items as a list (draft 2019 and older)")
        sub = self.compile(items)
        return lambda x: not isinstance(x, list) or all(sub(v) for v in x)

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
