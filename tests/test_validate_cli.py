"""`tagwire validate` and `tagwire schema`, run as a user runs them (a subprocess) and
in-process through ``normalizer.cli.main``: exit codes 0/1/2 and what they print."""
from __future__ import annotations

import gzip
import importlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from normalizer import cli

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "schemas" / "examples").glob("*.json"))


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture(params=["subprocess", "in-process"])
def tagwire(request: pytest.FixtureRequest, tagwire_cmd: list[str], tmp_path: Path,
            capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    """``tagwire(*argv, stdin=b"...")`` -> Result, run from ``tmp_path``."""
    monkeypatch.chdir(tmp_path)

    def in_subprocess(*argv: str, stdin: bytes = b"") -> Result:
        proc = subprocess.run([*tagwire_cmd, *argv], input=stdin, capture_output=True,
                              cwd=tmp_path, timeout=120)
        return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())

    def in_process(*argv: str, stdin: bytes = b"") -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return in_subprocess if request.param == "subprocess" else in_process


def records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]


def jsonl(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.jsonl"
    path.write_text(jsonl(records()), encoding="utf-8")
    return path


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    """Line 2: empty text in story 1 and a bad language; line 4: no title."""
    recs = records()
    two = next(r for r in recs if len(r["stories"]) == 2)
    recs.remove(two)
    two["stories"][1]["text"] = ""
    two["language"] = "english"
    recs.insert(1, two)
    del recs[3]["title"]
    path = tmp_path / "bad.jsonl"
    path.write_text(jsonl(recs), encoding="utf-8")
    return path


def summary(result: Result) -> str:
    lines = [ln for ln in result.out.splitlines() if ln.startswith(tuple("0123456789"))]
    assert lines, result.out
    return lines[0]


# -- exit codes and output ---------------------------------------------------------

def test_good_file_is_valid(tagwire: Runner, good: Path) -> None:
    result = tagwire("validate", good.name)
    assert result.code == 0, result
    assert result.out == "1 file: 4 records, 4 valid, 0 invalid\n"
    assert result.err == ""


def test_bad_file_lists_every_error_then_a_summary(tagwire: Runner, bad: Path) -> None:
    result = tagwire("validate", bad.name)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[:3] == [
        "bad.jsonl:2: $.language: 'english' is not a language code: expected ISO 639-1 "
        "(two lowercase letters, e.g. 'en', 'de') or 'und'",
        "bad.jsonl:2: $.stories[1].text: '' should be non-empty",
        "bad.jsonl:4: $.title: required field is missing",
    ]
    assert lines[3] == "1 file: 4 records, 2 valid, 2 invalid"
    assert lines[4] == "top error kinds:"
    assert {ln.split()[1] + " " + ln.split()[2] for ln in lines[5:]} == {
        "pattern $.language", "empty $.stories[*].text", "missing $.title"}


def test_quiet_prints_only_the_summary(tagwire: Runner, bad: Path) -> None:
    result = tagwire("validate", "-q", bad.name)
    assert result.code == 1
    assert result.out.splitlines()[0] == "1 file: 4 records, 2 valid, 2 invalid"


def test_malformed_line_names_line_and_column_and_the_rest_is_still_checked(
        tagwire: Runner, tmp_path: Path, good: Path) -> None:
    lines = good.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"schema_version": "1.1", "url": }')
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = tagwire("validate", path.name)
    assert result.code == 2
    assert result.out.splitlines()[0] == "broken.jsonl:3:34: not JSON: Expecting value"
    assert summary(result) == "1 file: 4 records, 4 valid, 0 invalid, 1 line not JSON"


def test_not_utf8_is_unreadable(tagwire: Runner, tmp_path: Path) -> None:
    (tmp_path / "latin1.jsonl").write_bytes('{"title": "Müller"}\n'.encode("latin-1"))
    result = tagwire("validate", "latin1.jsonl")
    assert result.code == 2
    assert result.out.splitlines()[0] == "latin1.jsonl:1:13: not UTF-8: byte 0xfc"


def test_gzip_input(tagwire: Runner, tmp_path: Path, good: Path, bad: Path) -> None:
    (tmp_path / "good.jsonl.gz").write_bytes(gzip.compress(good.read_bytes()))
    (tmp_path / "bad.jsonl.gz").write_bytes(gzip.compress(bad.read_bytes()))
    assert tagwire("validate", "good.jsonl.gz").code == 0
    result = tagwire("validate", "bad.jsonl.gz")
    assert result.code == 1
    assert "bad.jsonl.gz:2: $.stories[1].text: '' should be non-empty" in result.out.splitlines()


def test_gzip_is_recognised_by_content_not_name(tagwire: Runner, tmp_path: Path,
                                                good: Path) -> None:
    (tmp_path / "posts.jsonl").write_bytes(gzip.compress(good.read_bytes()))
    assert tagwire("validate", "posts.jsonl").code == 0


def test_not_gzip(tagwire: Runner, tmp_path: Path, good: Path) -> None:
    (tmp_path / "fake.jsonl.gz").write_bytes(good.read_bytes())
    result = tagwire("validate", "fake.jsonl.gz")
    assert result.code == 2
    assert ("tagwire: error: fake.jsonl.gz: not a gzip file (the name ends in .gz but the "
            "content is not gzip-compressed)") in result.err
    assert summary(result) == "1 file: 0 records, 0 valid, 0 invalid, 1 file unreadable"


def test_truncated_gzip(tagwire: Runner, tmp_path: Path, good: Path) -> None:
    data = gzip.compress(good.read_bytes() * 50)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    result = tagwire("validate", "cut.jsonl.gz")
    assert result.code == 2
    assert "tagwire: error: cut.jsonl.gz: corrupt or truncated gzip data" in result.err


def test_missing_file_does_not_stop_the_others(tagwire: Runner, good: Path) -> None:
    result = tagwire("validate", "nowhere.jsonl", good.name)
    assert result.code == 2
    assert "tagwire: error: nowhere.jsonl: no such file" in result.err
    assert summary(result) == "2 files: 4 records, 4 valid, 0 invalid, 1 file unreadable"


def test_directory_is_unreadable(tagwire: Runner, tmp_path: Path) -> None:
    (tmp_path / "adir").mkdir()
    result = tagwire("validate", "adir")
    assert result.code == 2
    assert "adir: is a directory" in result.err


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"], ids=["empty", "blank lines"])
def test_empty_file_is_valid_with_a_warning(tagwire: Runner, tmp_path: Path,
                                            content: bytes) -> None:
    (tmp_path / "empty.jsonl").write_bytes(content)
    result = tagwire("validate", "empty.jsonl")
    assert result.code == 0
    assert "tagwire: warning: empty.jsonl: empty, no records" in result.err
    assert result.out == "1 file: 0 records, 0 valid, 0 invalid\n"


def test_stdin(tagwire: Runner, good: Path, bad: Path) -> None:
    assert tagwire("validate", "-", stdin=good.read_bytes()).code == 0
    result = tagwire("validate", "-", stdin=gzip.compress(bad.read_bytes()))
    assert result.code == 1
    assert "<stdin>:4: $.title: required field is missing" in result.out.splitlines()
    empty = tagwire("validate", "-", stdin=b"")
    assert empty.code == 0 and "<stdin>: empty" in empty.err


def test_json_format(tagwire: Runner, bad: Path, good: Path) -> None:
    result = tagwire("validate", "--format", "json", bad.name, good.name, "missing.jsonl")
    assert result.code == 2
    report = json.loads(result.out)
    assert report["exit_code"] == 2
    assert (report["records"], report["valid"], report["invalid"]) == (8, 6, 2)
    assert report["errors_total"] == 3 and report["errors_truncated"] is False
    assert report["errors"][1] == {
        "file": "bad.jsonl", "line": 2, "column": None, "path": "$.stories[1].text",
        "kind": "empty", "message": "'' should be non-empty"}
    assert {(t["kind"], t["path"], t["count"]) for t in report["top_errors"]} == {
        ("pattern", "$.language", 1), ("empty", "$.stories[*].text", 1),
        ("missing", "$.title", 1)}
    assert [f["file"] for f in report["files"]] == ["bad.jsonl", "good.jsonl", "missing.jsonl"]
    assert report["files"][2]["error"] == "missing.jsonl: no such file"


def test_json_format_all_valid(tagwire: Runner, good: Path) -> None:
    result = tagwire("validate", "--format", "json", good.name)
    assert result.code == 0
    assert json.loads(result.out)["errors"] == []


def test_max_errors_caps_the_listing_not_the_count(tagwire: Runner, bad: Path) -> None:
    result = tagwire("validate", "--max-errors", "1", bad.name)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("bad.jsonl:2: $.language:")
    assert lines[1] == "... 2 more errors not listed (--max-errors)"
    report = json.loads(tagwire("validate", "--format", "json", "--max-errors", "2",
                                bad.name).out)
    assert len(report["errors"]) == 2 and report["errors_truncated"] is True


def test_a_line_that_is_not_an_object(tagwire: Runner, tmp_path: Path) -> None:
    (tmp_path / "list.jsonl").write_text('[1, 2]\n"text"\n', encoding="utf-8")
    result = tagwire("validate", "list.jsonl")
    assert result.code == 1
    assert result.out.splitlines()[:2] == [
        "list.jsonl:1: $: should be a JSON object (one post record per line), got array",
        "list.jsonl:2: $: should be a JSON object (one post record per line), got string"]


# -- tagwire schema ------------------------------------------------------------

def test_schema_prints_the_shipped_schema(tagwire: Runner, repo_root: Path) -> None:
    result = tagwire("schema")
    assert result.code == 0
    assert result.out == (repo_root / "schemas" / "post.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_path_and_version(tagwire: Runner) -> None:
    path = tagwire("schema", "--path")
    assert path.code == 0 and Path(path.out.strip()).name == "post.schema.json"
    assert Path(path.out.strip()).is_file()
    assert tagwire("schema", "--version").out == "1.1\n"


# -- the CLI as a whole ----------------------------------------------------------

@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_command_has_help(name: str) -> None:
    try:
        module = importlib.import_module(cli.COMMANDS[name])
    except ModuleNotFoundError as exc:
        if exc.name != cli.COMMANDS[name]:
            raise
        pytest.skip(f"{cli.COMMANDS[name]} is not written yet")
    assert isinstance(module.HELP, str) and module.HELP.strip()
    assert "\n" not in module.HELP.strip(), "HELP is one line"
    assert module.__doc__ and module.__doc__.strip(), "the docstring is the --help description"
    assert callable(module.add_arguments) and callable(module.run)


def test_validate_help(tagwire: Runner) -> None:
    result = tagwire("validate", "--help")
    assert result.code == 0
    assert "--format" in result.out and "exit" in result.out.lower()


def test_parse_args_never_reads_sys_argv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["tagwire", "--no-such-option"])
    args = cli.parse_args(["validate", "x.jsonl"])
    assert args.command == "validate" and args.files == ["x.jsonl"]
