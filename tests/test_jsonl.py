"""normalizer.io.jsonl: streaming JSON Lines input, outputs, and the rejects file."""
from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from normalizer.contract.schema import RecordError
from normalizer.io.jsonl import (
    InputError,
    RejectsWriter,
    dumps_line,
    iter_lines,
    open_output,
    read_records,
    write_record,
)


def test_read_records_plain_and_gzip(tmp_path: Path) -> None:
    text = '{"a": 1}\n\n{"b": "ü"}\n'
    (tmp_path / "x.jsonl").write_text(text, encoding="utf-8")
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(text.encode()))
    for name in ("x.jsonl", "x.jsonl.gz"):
        assert list(read_records(tmp_path / name)) == [{"a": 1}, {"b": "ü"}]
    assert [line.number for line in iter_lines(tmp_path / "x.jsonl")] == [1, 3]


def test_byte_order_mark_and_crlf_are_tolerated(tmp_path: Path) -> None:
    (tmp_path / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"a": 1}\r\n{"a": 2}\r\n')
    assert list(read_records(tmp_path / "bom.jsonl")) == [{"a": 1}, {"a": 2}]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"a": 1}\n')))
    assert list(read_records("-")) == [{"a": 1}]


@pytest.mark.parametrize("content, message", [
    (b'{"a": 1}\n{"a": tru}\n', "bad.jsonl:2:7: not JSON: Expecting value"),
    (b'{"a": 1}\n{"a": 1} {"b": 2}\n', "bad.jsonl:2:10: not JSON: Extra data"),
    (b'{"a": "\xe9t\xe9"}\n', "bad.jsonl:1:8: not UTF-8: byte 0xe9"),
])
def test_bad_lines_name_file_line_and_column(tmp_path: Path, content: bytes,
                                             message: str) -> None:
    (tmp_path / "bad.jsonl").write_bytes(content)
    with pytest.raises(InputError) as exc:
        list(read_records(tmp_path / "bad.jsonl"))
    assert str(exc.value) == str(tmp_path / message)
    lines = list(iter_lines(tmp_path / "bad.jsonl", strict=False))
    assert str(lines[-1].error) == str(tmp_path / message)


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.jsonl: no such file$"):
        list(read_records(tmp_path / "missing.jsonl"))
    (tmp_path / "plain.jsonl.gz").write_text('{"a": 1}\n')
    with pytest.raises(InputError, match="not a gzip file"):
        list(read_records(tmp_path / "plain.jsonl.gz"))
    data = gzip.compress(b'{"a": 1}\n' * 100_000)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[:-20])
    with pytest.raises(InputError, match="corrupt or truncated gzip data after line"):
        list(read_records(tmp_path / "cut.jsonl.gz"))


def test_reading_streams(tmp_path: Path) -> None:
    """The reader holds one line at a time: records come out before the file is read."""
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        for i in range(50_000):
            fh.write(json.dumps({"i": i, "pad": "x" * 100}) + "\n")
    lines = iter_lines(path)
    first = next(lines)
    assert first.record["i"] == 0 and first.number == 1
    lines.close()


def test_open_output_plain_gzip_and_stdout(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with open_output(tmp_path / "deep" / "out.jsonl") as out:
        write_record(out, {"t": "Düsseldorf"})
    assert (tmp_path / "deep" / "out.jsonl").read_text(encoding="utf-8") == \
        '{"t": "Düsseldorf"}\n'
    with open_output(tmp_path / "out.jsonl.gz") as out:
        write_record(out, {"a": 1})
    assert list(read_records(tmp_path / "out.jsonl.gz")) == [{"a": 1}]
    with open_output("-") as out:
        write_record(out, {"a": 2})
    assert capsys.readouterr().out == dumps_line({"a": 2})
    assert not sys.stdout.closed


def test_rejects_file_appears_only_when_something_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "out" / "rejects.jsonl"
    with RejectsWriter(path) as rejects:
        pass
    assert not path.exists() and rejects.count == 0
    with RejectsWriter(path) as rejects:
        rejects.reject({"url": "https://a.example/p"},
                       [RecordError("$.stories[0].text", "'' should be non-empty", "empty")],
                       source="https://a.example/p")
        rejects.reject("not json at all", ["posts.jsonl:3:1: not JSON: Expecting value"],
                       source="posts.jsonl:3")
    assert rejects.count == 2
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == [
        {"errors": ["$.stories[0].text: '' should be non-empty"],
         "record": {"url": "https://a.example/p"}, "source": "https://a.example/p"},
        {"errors": ["posts.jsonl:3:1: not JSON: Expecting value"],
         "record": "not json at all", "source": "posts.jsonl:3"},
    ]


def test_rejects_writer_truncates_a_stale_file_but_appends_after_close(tmp_path: Path) -> None:
    path = tmp_path / "rejects.jsonl"
    path.write_text("stale from an earlier run\n")
    rejects = RejectsWriter(path)
    rejects.reject({"n": 1}, ["x"])
    rejects.close()
    rejects.reject({"n": 2}, ["y"])
    rejects.close()
    assert [json.loads(line)["record"] for line in path.read_text().splitlines()] == [
        {"n": 1}, {"n": 2}]


@pytest.mark.parametrize("name", ["rejects.jsonl", "rejects.jsonl.gz"])
def test_rejects_writer_can_append_to_an_earlier_runs_file(tmp_path: Path, name: str) -> None:
    """A resumed crawl (JOBDIR) keeps the rejects of the run it resumes."""
    path = tmp_path / name
    with RejectsWriter(path) as first:
        first.reject({"n": 1}, ["x"])
    with RejectsWriter(path, append=True) as resumed:
        resumed.reject({"n": 2}, ["y"])
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        assert [json.loads(line)["record"] for line in fh] == [{"n": 1}, {"n": 2}]
