"""`tagwire normalize FILE... [--url URL] [-o OUT] [--rejects PATH]`: its input and output.

What the command promises, whatever the normalizer's algorithm does with the content:
HTML and text told apart by content; bytes decoded by BOM, <meta charset>, UTF-8, then
detection; file:// URLs unless --url; every record valid against the schema or sent to
the rejects file with its errors; a bad file costs one line on stderr naming it, and the
other files are still processed; exit 0 / 1 / 2.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import normalizer
from normalizer.cli import main
from normalizer.contract.schema import record_errors

PAGES = Path(__file__).parent / "fixtures" / "pages"
PERMALINK = PAGES / "wp_permalink_reuters.html"
DUMP = PAGES / "dump_two_stories.txt"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


@pytest.fixture
def tagwire(capsys, monkeypatch, tmp_path):
    """Run ``tagwire normalize ...`` in-process (cwd = tmp_path) and capture its output."""
    monkeypatch.chdir(tmp_path)

    def run(*argv: str | Path) -> Run:
        code = main(["normalize", *map(str, argv)])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def all_text(record: dict) -> str:
    return "\n\n".join(story["text"] for story in record["stories"])


# -- good input ---------------------------------------------------------------------

def test_permalink_page_gives_one_valid_record_with_its_file_uri(tagwire):
    run = tagwire(PERMALINK)
    assert run.code == 0, run.stderr
    assert run.error_lines == []
    [record] = run.records
    assert record["url"] == PERMALINK.resolve().as_uri()
    assert record_errors(record) == []
    assert "Norway will let container lines from China" in all_text(record)


def test_text_dump_gives_one_record_holding_its_stories(tagwire):
    run = tagwire(DUMP)
    assert run.code == 0, run.stderr
    [record] = run.records
    assert record["url"] == DUMP.resolve().as_uri()
    assert record_errors(record) == []
    text = all_text(record)
    assert "Norway will let container lines" in text
    assert "Finland and Sweden will pool their state icebreakers" in text


def test_url_option_names_the_page(tagwire):
    url = "https://harbourwire.example/2019/03/14/norway-to-open-arctic-port/"
    run = tagwire(PERMALINK, "--url", url)
    assert run.code == 0, run.stderr
    assert [r["url"] for r in run.records] == [url]


@pytest.mark.parametrize("argv, message", [
    ([PERMALINK, DUMP, "--url", "https://example.org/a/"], "--url needs exactly one FILE (got 2)"),
    ([PAGES, "--url", "https://example.org/a/"], "--url needs one FILE, not a directory"),
    ([PERMALINK, "--url", "/2019/03/14/norway/"], "--url must be an absolute URL"),
    ([PERMALINK, "-j", "0"], "-j/--jobs must be at least 1"),
])
def test_usage_errors_exit_2_before_reading_anything(tagwire, tmp_path, argv, message):
    run = tagwire(*argv, "-o", tmp_path / "out.jsonl")
    assert run.code == 2
    [line] = run.error_lines
    assert line.startswith(f"tagwire normalize: error: {message}"), line
    assert not (tmp_path / "out.jsonl").exists()


def test_output_file_holds_only_schema_valid_records(tagwire, tmp_path):
    out = tmp_path / "out" / "posts.jsonl"
    run = tagwire(PERMALINK, DUMP, PAGES / "cp1251_meta.html", PAGES / "latin1_no_meta.txt",
                  "-o", out)
    assert run.code == 0, run.stderr
    assert run.stdout == ""
    records = read_jsonl(out)
    assert len(records) == 4
    assert [record_errors(r) for r in records] == [[]] * 4
    assert not (tmp_path / "out" / "posts.rejects.jsonl").exists()


@pytest.mark.parametrize("name, kind", [
    ("saved-dump.html", "text"),     # a text dump saved with an .html name
    ("saved-page.txt", "html"),      # an HTML page saved with a .txt name
    ("no-extension", "html"),
])
def test_html_and_text_are_told_apart_by_content_not_name(tagwire, tmp_path, monkeypatch,
                                                          name, kind):
    source = DUMP if kind == "text" else PERMALINK
    target = tmp_path / name
    shutil.copyfile(source, target)
    calls = []
    real_page, real_text = normalizer.normalize_page, normalizer.normalize_text

    def spy_page(html, url, **kw):
        calls.append("html")
        return real_page(html, url, **kw)

    def spy_text(text, url):
        calls.append("text")
        return real_text(text, url)

    monkeypatch.setattr(normalizer, "normalize_page", spy_page)
    monkeypatch.setattr(normalizer, "normalize_text", spy_text)
    run = tagwire(target)
    assert run.code == 0, run.stderr
    assert calls == [kind]


@pytest.mark.parametrize("fixture, encoding, phrase", [
    ("cp1251_meta.html", "declared windows-1251", "Рыболовецкие предприятия Мурманской области"),
    ("latin1_no_meta.txt", "undeclared latin-1", "un nouveau quai destiné à l'assemblage"),
])
def test_non_utf8_bytes_are_decoded(tagwire, fixture, encoding, phrase):
    run = tagwire(PAGES / fixture)
    assert run.code == 0, f"{encoding}: {run.stderr}"
    [record] = run.records
    assert phrase in all_text(record), encoding


def test_utf16_with_byte_order_mark_is_decoded(tagwire, tmp_path):
    page = tmp_path / "utf16.html"
    page.write_bytes(PERMALINK.read_text(encoding="utf-8").encode("utf-16"))
    run = tagwire(page)
    assert run.code == 0, run.stderr
    assert "Norway will let container lines" in all_text(run.records[0])


def test_dump_with_no_blank_lines_is_still_normalized(tagwire):
    run = tagwire(PAGES / "dump_no_blank_lines.txt")
    assert run.code == 0, run.stderr
    [record] = run.records
    assert record_errors(record) == []
    text = all_text(record)
    assert "Norway will let container lines" in text
    assert "Finland and Sweden will pool their state icebreakers" in text


def test_directory_is_searched_for_pages_and_dumps(tagwire, tmp_path):
    folder = tmp_path / "saved"
    (folder / "sub").mkdir(parents=True)
    shutil.copyfile(PERMALINK, folder / "sub" / "b.htm")
    shutil.copyfile(DUMP, folder / "a.txt")
    (folder / "notes.md").write_text("not picked up", encoding="utf-8")
    run = tagwire(folder)
    assert run.code == 0, run.stderr
    assert [Path(r["url"]).name for r in run.records] == ["a.txt", "b.htm"]


def test_parallel_jobs_give_the_same_records_in_input_order(tagwire, tmp_path):
    files = [PERMALINK, DUMP, PAGES / "cp1251_meta.html", PAGES / "latin1_no_meta.txt",
             PAGES / "dump_no_blank_lines.txt"]
    one = tagwire(*files, "-o", tmp_path / "one.jsonl")
    two = tagwire(*files, "-j", "2", "-o", tmp_path / "two.jsonl")
    assert (one.code, two.code) == (0, 0), one.stderr + two.stderr
    assert read_jsonl(tmp_path / "one.jsonl") == read_jsonl(tmp_path / "two.jsonl")


# -- bad input: one line naming the file, the others still processed ------------------

def make_huge_page(path: Path, size: int = 20_000_000) -> Path:
    """A 20 MB permalink page: the fixture's page with its story repeated."""
    html = PERMALINK.read_text(encoding="utf-8")
    head, _, tail = html.partition('<div class="entry">')
    paragraph = ("<p>Shipping analysts said demand would depend on insurance costs and on "
                 "Russian rules that require icebreaker escorts for much of the passage.</p>\n")
    with path.open("w", encoding="utf-8") as fh:
        fh.write(head + '<div class="entry">\n')
        for _ in range(size // len(paragraph) + 1):
            fh.write(paragraph)
        fh.write(tail)
    return path


BAD_INPUTS = [  # file (or how to make it), what the error line must say
    ("empty.txt", "empty file"),
    ("binary_image.html", "binary file"),
    ("no_text.html", None),   # no story text: the line names the file, the reason may vary
    ("does-not-exist.html", "no such file"),
    ("huge", "too large"),
]


@pytest.mark.parametrize("bad, reason", BAD_INPUTS, ids=[b for b, _ in BAD_INPUTS])
def test_bad_file_gets_one_line_and_the_others_are_processed(tagwire, tmp_path, bad, reason):
    bad_path = make_huge_page(tmp_path / "huge.html") if bad == "huge" else PAGES / bad
    out = tmp_path / "out.jsonl"
    run = tagwire(PERMALINK, bad_path, DUMP, "-o", out)
    assert run.code == 1
    [line] = run.error_lines
    assert line.startswith(f"tagwire: {bad_path}: "), line
    if reason:
        assert reason in line
    records = read_jsonl(out)
    assert [r["url"] for r in records] == [PERMALINK.resolve().as_uri(), DUMP.resolve().as_uri()]


def test_size_limit_can_be_raised(tagwire, tmp_path):
    small_limit = tagwire(PERMALINK, "--max-bytes", "1000")
    assert small_limit.code == 1
    assert "too large" in small_limit.stderr
    assert tagwire(PERMALINK, "--max-bytes", str(10 * PERMALINK.stat().st_size)).code == 0


def test_real_process_exit_code_and_stderr(tmp_path):
    """The installed entry point, as a user runs it: exit status and stderr lines."""
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "normalizer", "normalize", str(PAGES / "empty.txt"),
         str(PERMALINK), "-o", str(out)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"tagwire: {PAGES / 'empty.txt'}: empty file"]
    assert len(read_jsonl(out)) == 1


# -- records that fail validation go to the rejects file -----------------------------

@pytest.fixture
def blank_first_story(monkeypatch):
    """Make the normalizer return a record whose first story text is empty: invalid."""
    real_page = normalizer.normalize_page

    def broken(html, url, **kw):
        records = real_page(html, url, **kw)
        for record in records:
            record["stories"][0]["text"] = ""
        return records

    monkeypatch.setattr(normalizer, "normalize_page", broken)


def test_invalid_record_goes_to_rejects_with_its_errors(tagwire, tmp_path, blank_first_story):
    out = tmp_path / "posts.jsonl"
    run = tagwire(PERMALINK, DUMP, "-o", out)
    assert run.code == 1
    rejects = tmp_path / "posts.rejects.jsonl"
    [entry] = read_jsonl(rejects)
    assert entry["record"]["url"] == PERMALINK.resolve().as_uri()
    assert "$.stories[0].text: '' should be non-empty" in entry["errors"]
    assert entry["source"] == str(PERMALINK)
    [line] = run.error_lines
    assert line.startswith(f"tagwire: {PERMALINK}: record 1 rejected")
    assert str(rejects) in line
    assert [r["url"] for r in read_jsonl(out)] == [DUMP.resolve().as_uri()]


def test_rejects_path_can_be_chosen(tagwire, tmp_path, blank_first_story):
    chosen = tmp_path / "audit" / "bad.jsonl"
    run = tagwire(PERMALINK, "-o", tmp_path / "out.jsonl", "--rejects", chosen)
    assert run.code == 1
    assert len(read_jsonl(chosen)) == 1
    assert not (tmp_path / "out.rejects.jsonl").exists()


def test_rejects_go_to_the_working_directory_when_output_is_stdout(tagwire, tmp_path,
                                                                  blank_first_story):
    run = tagwire(PERMALINK)
    assert run.code == 1
    assert run.records == []
    assert len(read_jsonl(tmp_path / "rejects.jsonl")) == 1


def test_clean_run_leaves_no_rejects_file(tagwire, tmp_path):
    assert tagwire(PERMALINK, "-o", tmp_path / "out.jsonl").code == 0
    assert not (tmp_path / "out.rejects.jsonl").exists()


# -- progress --------------------------------------------------------------------------

class TerminalStderr:
    """A stand-in for a terminal's stderr (isatty() is true) that keeps what is written."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_with_many_files(tagwire, monkeypatch, tmp_path):
    files = [DUMP] * 6
    quiet = tagwire(*files, "-o", tmp_path / "a.jsonl")
    assert quiet.code == 0 and quiet.stderr == ""
    terminal = TerminalStderr()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["normalize", *map(str, files), "-o", str(tmp_path / "b.jsonl")]) == 0
    assert "6/6" in "".join(terminal.parts)
    terminal.parts.clear()
    assert main(["normalize", str(DUMP), "-o", str(tmp_path / "c.jsonl")]) == 0
    assert "".join(terminal.parts) == ""
