"""The data contract: schemas/post.schema.json, its examples, and how errors are told."""
from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from normalizer.contract import schema as contract
from normalizer.contract.compiled import compile_check
from normalizer.contract.schema import format_error, load_schema, record_errors

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "schemas" / "examples").glob("*.json"))


def example(name: str) -> dict[str, Any]:
    path = next(p for p in EXAMPLES if p.stem == name)
    return json.loads(path.read_text(encoding="utf-8"))


# -- the schema itself ------------------------------------------------------------

def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert jsonschema.validators.validator_for(schema) is jsonschema.Draft202012Validator
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"].startswith("https://")


def test_schema_versions() -> None:
    versions = load_schema()["properties"]["schema_version"]["enum"]
    assert versions == ["1.0", "1.1"]
    from normalizer.model import SCHEMA_VERSION

    assert versions[-1] == SCHEMA_VERSION, "new records carry the newest version"


def _formats(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["format"]} if isinstance(node.get("format"), str) else set()
        return found.union(*(_formats(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_formats(v) for v in node))
    return set()


def test_validator_checks_every_format_the_schema_uses() -> None:
    """normalizer.contract.schema hides jsonschema's unused format libraries (import cost): the
    formats the schema does use must still be checked, not just annotated."""
    used = _formats(load_schema())
    assert used == {"uri", "date", "date-time"}
    assert used <= set(contract.validator().format_checker.checkers)
    assert contract.validator() is contract.validator(), "compiled once"


# -- examples ---------------------------------------------------------------------

def test_examples_cover_the_documented_cases() -> None:
    records = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES}
    assert any(len(r["stories"]) == 1 and r["stories"][0]["source"] == "Reuters"
               for r in records.values())
    assert any(len(r["stories"]) >= 2 for r in records.values())
    assert any(r["language"] == "de" for r in records.values())
    assert any(r["url"].startswith("file://") and r["fetched_at"] is None
               for r in records.values())
    assert any(s.get("duplicate_of") for r in records.values() for s in r["stories"])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_validates(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record_errors(record) == []
    assert contract.is_valid(record)
    jsonschema.validate(record, load_schema(), format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_word_counts_and_indices_are_consistent(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    for i, story in enumerate(record["stories"]):
        assert story["index"] == i
        assert story["word_count"] == len(story["text"].split())
        assert "\n\n\n" not in story["text"]


# -- bad records: each kind fails with the message a user can act on ---------------

def _set(path: list[Any], value: Any) -> Callable[[dict], None]:
    def mutate(record: dict) -> None:
        node = record
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return mutate


def _delete(path: list[Any]) -> Callable[[dict], None]:
    def mutate(record: dict) -> None:
        node = record
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


LANG_HINT = ("is not a language code: expected ISO 639-1 (two lowercase letters, "
             "e.g. 'en', 'de') or 'und'")
DATE_HINT = ("should be null, a date (YYYY-MM-DD) or an RFC 3339 date-time "
             "(e.g. '2024-03-05T14:30:00Z')")

# (case, mutation of the two-stories example, the one expected error line)
BAD_RECORDS = [
    ("missing field", _delete(["title"]),
     "$.title: required field is missing"),
    ("missing story field", _delete(["stories", 1, "text"]),
     "$.stories[1].text: required field is missing"),
    ("wrong type", _set(["stories", 0, "word_count"], "57"),
     "$.stories[0].word_count: '57' should be integer, got string"),
    ("wrong type, nullable", _set(["author"], 42),
     "$.author: 42 should be string or null, got integer"),
    ("bad date", _set(["published"], "14/11/2024"),
     f"$.published: '14/11/2024' {DATE_HINT}"),
    ("impossible date", _set(["stories", 0, "published"], "2024-02-30"),
     f"$.stories[0].published: '2024-02-30' {DATE_HINT}"),
    ("date-time without zone", _set(["fetched_at"], "2024-11-15T02:14:55"),
     "$.fetched_at: '2024-11-15T02:14:55' is not an RFC 3339 date-time: expected e.g. "
     "'2024-03-05T14:30:00Z' (a time zone offset is required)"),
    ("empty text", _set(["stories", 1, "text"], ""),
     "$.stories[1].text: '' should be non-empty"),
    ("whitespace text", _set(["stories", 1, "text"], " \n\n "),
     "$.stories[1].text: ' \\n\\n ' should be non-empty"),
    ("empty headline", _set(["stories", 0, "headline"], ""),
     "$.stories[0].headline: '' should be non-empty (use null when unknown)"),
    ("bad language code", _set(["language"], "english"),
     f"$.language: 'english' {LANG_HINT}"),
    ("upper-case language code", _set(["stories", 1, "language"], "EN"),
     f"$.stories[1].language: 'EN' {LANG_HINT}"),
    ("bad fingerprint", _set(["stories", 0, "fingerprint"], "12ab"),
     "$.stories[0].fingerprint: '12ab' is not a fingerprint: expected 16 lowercase hex "
     "digits (a 64-bit SimHash)"),
    ("relative url", _set(["url"], "/2024/11/post.html"),
     "$.url: '/2024/11/post.html' should be an absolute URI with a scheme "
     "(e.g. 'https://...' or 'file:///...')"),
    ("unknown schema version", _set(["schema_version"], "2.0"),
     "$.schema_version: '2.0' is not a known schema_version: expected one of '1.0', '1.1'"),
    ("unknown removed kind", _set(["removed", 0, "kind"], "banner"),
     "$.removed[0].kind: 'banner' is not a known kind: expected one of 'caption', "
     "'credit', 'image_alt', 'related_link', 'promo', 'paywall', 'chrome', 'copyright', "
     "'metadata', 'other'"),
    ("no stories", _set(["stories"], []),
     "$.stories: should have at least 1 story"),
    ("unexpected field", _set(["subtitle"], "x"),
     "$.subtitle: unexpected field (not in the schema; site-specific fields go under "
     "'extra')"),
    ("negative index", _set(["stories", 1, "index"], -1),
     "$.stories[1].index: -1 should be >= 0"),
    ("empty tag", _set(["tags", 1], ""),
     "$.tags[1]: '' should be non-empty"),
    ("duplicate_of without index", _delete(["stories", 1, "duplicate_of", "index"]),
     "$.stories[1].duplicate_of.index: required field is missing"),
]


@pytest.mark.parametrize("case, mutate, expected", BAD_RECORDS, ids=[c[0] for c in BAD_RECORDS])
def test_bad_record_fails_with_expected_message(case: str, mutate: Callable, expected: str) -> None:
    record = example("two-stories")
    mutate(record)
    assert not contract.is_valid(record)
    assert [format_error(e) for e in record_errors(record)] == [expected]
    assert not jsonschema.Draft202012Validator(
        load_schema(), format_checker=jsonschema.FormatChecker()).is_valid(record)


def test_every_error_of_a_record_is_reported_in_document_order() -> None:
    record = example("two-stories")
    record["language"] = "xx-YY"
    record["stories"][1]["text"] = ""
    record["stories"][0]["fingerprint"] = "nope"
    del record["removed"]
    paths = [e.path for e in record_errors(record)]
    assert paths == ["$.language", "$.removed", "$.stories[0].fingerprint", "$.stories[1].text"]


def test_error_kinds_and_generic_paths_for_summaries() -> None:
    record = example("two-stories")
    record["stories"][1]["text"] = ""
    (error,) = record_errors(record)
    assert (error.kind, error.generic_path) == ("empty", "$.stories[*].text")
    assert error.as_dict() == {"path": "$.stories[1].text", "message": "'' should be non-empty",
                               "kind": "empty"}


@pytest.mark.parametrize("value, kind", [([], "array"), ("text", "string"), (None, "null"),
                                         (3, "integer")])
def test_a_line_that_is_not_an_object(value: Any, kind: str) -> None:
    assert [format_error(e) for e in record_errors(value)] == [
        f"$: should be a JSON object (one post record per line), got {kind}"]


def test_long_values_are_shortened_in_messages() -> None:
    record = example("two-stories")
    record["language"] = "x" * 500
    (error,) = record_errors(record)
    assert len(error.message) < 200 and "..." in error.message


def test_version_1_0_records_stay_valid() -> None:
    record = example("reuters-one-story")
    record["schema_version"] = "1.0"
    assert record_errors(record) == []


# -- the compiled fast check agrees with jsonschema --------------------------------

def _mutations(rng: random.Random, record: Any) -> Any:
    """Change one random node of ``record`` to something plausible or wrong."""
    nodes: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in list(node):
                nodes.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for i in range(len(node)):
                nodes.append((node, i))
                walk(node[i])
    walk(record)
    parent, key = rng.choice(nodes)
    replacements = [None, "", " ", "x", "en", "und", "EN", "2024-02-29", "2023-02-29",
                    "2024-03-05T10:00:00Z", "2024-03-05T10:00:00", "2024-03-05 10:00:00+01:00",
                    "https://example.org/a", "file:///tmp/a", "example.org", "0123456789abcdef",
                    "0123456789ABCDEF", 0, -1, 1.0, 1.5, 65, True, False, [], [""], ["AP"], {},
                    {"url": "https://a.example/", "index": 0}, "caption", "banner", "1.0"]
    action = rng.random()
    if action < 0.15 and isinstance(parent, dict):
        del parent[key]
    elif action < 0.2 and isinstance(parent, dict):
        parent[rng.choice(["extra", "bogus", "duplicate_of", "distance"])] = rng.choice(
            replacements)
    else:
        parent[key] = copy.deepcopy(rng.choice(replacements))
    return record


def test_compiled_check_agrees_with_jsonschema_on_mutated_records() -> None:
    rng = random.Random(20240305)
    reference = jsonschema.Draft202012Validator(load_schema(),
                                                format_checker=jsonschema.FormatChecker())
    fast = compile_check(load_schema())
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    outcomes = {True: 0, False: 0}
    for _ in range(3000):
        record = copy.deepcopy(rng.choice(bases))
        for _ in range(rng.choice([1, 1, 2])):
            record = _mutations(rng, record)
        expected = reference.is_valid(record)
        assert fast(record) is expected, json.dumps(record)[:400]
        assert (record_errors(record) == []) is expected
        outcomes[expected] += 1
    assert min(outcomes.values()) > 300, outcomes  # both sides were exercised


@pytest.mark.parametrize(("path", "value"), [
    (("url",), "http://exa mple.com/"), (("url",), "ht tp://x"), (("url",), "urn:isbn:1"),
    (("url",), "https://é.example/ü"), (("url",), "http://a.example/%zz"),
    (("archive_url",), "not a uri"), (("fetched_at",), "2024-01-01T10:00:00"),
    (("fetched_at",), "2024-02-30T10:00:00Z"), (("fetched_at",), "2024-01-01 10:00:00Z"),
    (("fetched_at",), "2024-01-01T24:00:00Z"), (("fetched_at",), "2024-01-01t10:00:00z"),
    (("published",), "2024-02-30"), (("published",), "2024-02-29"), (("published",), "20240101"),
    (("published",), "2024-W01-1"), (("stories", 0, "published"), "2023-02-29"),
])
def test_compiled_check_agrees_on_format_edge_cases(path: tuple, value: str) -> None:
    reference = jsonschema.Draft202012Validator(load_schema(),
                                                format_checker=jsonschema.FormatChecker())
    record = copy.deepcopy(json.loads(EXAMPLES[0].read_text(encoding="utf-8")))
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert compile_check(load_schema())(record) is reference.is_valid(record)


def test_compiled_check_refuses_a_schema_it_cannot_compile() -> None:
    with pytest.raises(ValueError):
        compile_check({"type": "object", "properties": {"a": {"pattern": "(unclosed"}}})


def test_installed_layout_ships_schema_and_commands(repo_root: Path, tmp_path: Path) -> None:
    """Build the package as a wheel would lay it out (setuptools build_py, offline) and run
    the CLI from there, away from the checkout."""
    lib = tmp_path / "lib"
    build = subprocess.run(
        [sys.executable, "setup.py", "-q",
         "egg_info", "--egg-base", str(tmp_path), "build_py", "--build-lib", str(lib)],
        cwd=repo_root, capture_output=True, text=True)
    if build.returncode != 0:
        pytest.skip(f"setuptools build_py unavailable: {build.stderr.strip()[-300:]}")
    assert (lib / "normalizer" / "schemas" / "post.schema.json").is_file()
    assert (lib / "normalizer" / "cli" / "validate.py").is_file()
    assert (lib / "normalizer" / "stories" / "split.py").is_file()  # sub-packages found, not listed
    assert sorted(p.name for p in (lib / "normalizer" / "schemas" / "examples").glob("*.json")) \
        == sorted(p.name for p in EXAMPLES)
    env = {"PYTHONPATH": str(lib), "PATH": "/usr/bin:/bin"}
    where = subprocess.run([sys.executable, "-c",
                            "from normalizer.contract.schema import schema_path; "
                            "print(schema_path())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(lib)
    shipped = lib / "normalizer" / "schemas" / "examples" / EXAMPLES[0].name
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(json.loads(shipped.read_text(encoding="utf-8"))) + "\n")
    run = subprocess.run([sys.executable, "-c",
                          "import sys, normalizer.cli.validate as v, argparse;"
                          "p = argparse.ArgumentParser(); v.add_arguments(p);"
                          "sys.exit(v.run(p.parse_args(sys.argv[1:])))", str(data)],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "1 file: 1 record, 1 valid, 0 invalid"


def test_fresh_process_checks_formats_without_the_slow_iri_library() -> None:
    code = ("import json, sys; from normalizer.contract.schema import validator, record_errors;"
            "print(json.dumps({'checkers': sorted(validator().format_checker.checkers),"
            " 'iri_lib_loaded': 'rfc3987_syntax' in sys.modules,"
            " 'kinds': [e.kind for e in record_errors({'fetched_at': '2024-03-05T10:00'})"
            "           if e.path == '$.fetched_at']}))")
    out = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                    text=True, check=True).stdout)
    assert {"uri", "date", "date-time"} <= set(out["checkers"])
    assert out["iri_lib_loaded"] is False
    assert out["kinds"] == ["format"]


def test_readme_documents_every_field(repo_root: Path) -> None:
    readme = (repo_root / "schemas" / "README.md").read_text(encoding="utf-8")
    schema = load_schema()
    fields = (set(schema["properties"]) | set(schema["$defs"]["story"]["properties"])
              | set(schema["$defs"]["removed"]["properties"]))
    missing = sorted(f for f in fields if f"| `{f}` |" not in readme)
    assert not missing, f"schemas/README.md lacks rows for {missing}"
    for kind in schema["$defs"]["removed"]["properties"]["kind"]["enum"]:
        assert f"`{kind}`" in readme
