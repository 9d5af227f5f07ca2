"""The record model and the schema agree: one place per enum, tied by these tests.

Adding a kind of removed line means a member of ``RemovedKind`` and the same value in
``schemas/post.schema.json``; a new schema version means ``SCHEMA_VERSION`` and the
schema's enum. Either half alone fails here.
"""
from __future__ import annotations

import json
import typing
from pathlib import Path

from normalizer.model import SCHEMA_VERSION, BlockRole, PostRecord, RemovedKind, Story


def _schema(repo_root: Path) -> dict:
    return json.loads((repo_root / "schemas" / "post.schema.json").read_text(encoding="utf-8"))


def test_removed_kinds_are_the_schemas(repo_root: Path) -> None:
    schema = _schema(repo_root)
    kinds = schema["$defs"]["removed"]["properties"]["kind"]["enum"]
    assert [k.value for k in RemovedKind] == kinds


def test_schema_version_is_the_schemas_newest(repo_root: Path) -> None:
    versions = _schema(repo_root)["properties"]["schema_version"]["enum"]
    assert versions[-1] == SCHEMA_VERSION


def test_record_and_story_types_name_the_schemas_fields(repo_root: Path) -> None:
    schema = _schema(repo_root)
    assert set(typing.get_type_hints(PostRecord)) == set(schema["properties"])
    assert PostRecord.__required_keys__ == set(schema["required"])
    story = schema["$defs"]["story"]
    assert set(typing.get_type_hints(Story)) == set(story["properties"])
    assert Story.__required_keys__ == set(story["required"])


def test_enum_members_serialise_as_their_strings() -> None:
    """Records hold enum members or their values alike: JSON sees the same text."""
    assert json.dumps({"kind": RemovedKind.CAPTION}) == json.dumps({"kind": "caption"})
    assert BlockRole.CRUFT == "cruft"
