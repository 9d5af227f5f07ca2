"""The ``tagwire`` command's conventions: ``--version``, ``-`` for stdin, ``-v``/``-q``
after the sub-command, ``dedupe`` to stdout, JSON arrays named once, files that are not
pages skipped with their reason, charset evidence weighed, output files locked, lines
of any length read in bounded memory."""
from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from normalizer.cli import parse_args
from normalizer.io.input_files import NotAPage, decode_bytes, read_input
from normalizer.io.jsonl import InputError, OutputLocked, iter_lines, lock_output, open_output

REPO = Path(__file__).resolve().parent.parent
PERMALINK = next((REPO / "sample" / "site" / "2024").rglob("index.html"))
EXAMPLE = REPO / "schemas" / "examples" / "reuters-one-story.json"


def tagwire(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "normalizer", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120)


def example_line() -> str:
    return json.dumps(json.loads(EXAMPLE.read_text(encoding="utf-8"))) + "\n"


# -- version and verbosity ----------------------------------------------------------

def test_version_matches_the_package_metadata(tmp_path: Path) -> None:
    from importlib.metadata import version

    import normalizer

    assert normalizer.__version__ == version("tagwire")
    done = tagwire("--version", cwd=tmp_path)
    assert done.stdout.decode().strip() == f"tagwire {normalizer.__version__}"


def test_verbosity_options_before_and_after_the_sub_command() -> None:
    assert parse_args(["-v", "validate", "x.jsonl"]).verbose == 1
    assert parse_args(["validate", "x.jsonl", "-vv"]).verbose == 2
    assert parse_args(["normalize", "-q", "x.html"]).quiet is True
    assert parse_args(["-q", "dedupe", "x.jsonl"]).quiet is True
    assert parse_args(["dedupe", "x.jsonl"]).quiet is False


def test_the_parser_does_not_load_scrapy() -> None:
    code = ("import sys, normalizer.cli as c; c.build_parser();"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')"
            " or m == 'crawler.cli'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


# -- stdin and stdout ----------------------------------------------------------------

def test_normalize_reads_stdin(tmp_path: Path) -> None:
    done = tagwire("normalize", "-", "--url", "https://blog.example/2024/03/a-post/",
                   cwd=tmp_path, stdin=PERMALINK.read_bytes())
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert record["url"] == "https://blog.example/2024/03/a-post/"
    assert record["stories"]


def test_validate_and_dedupe_read_stdin_and_dedupe_writes_stdout(tmp_path: Path) -> None:
    copy = json.loads(example_line())
    copy["url"] = "https://other.example/2024/03/the-same-story/"
    data = (example_line() + json.dumps(copy) + "\n").encode()
    valid = tagwire("validate", "-", cwd=tmp_path, stdin=data)
    assert valid.returncode == 0
    assert valid.stdout.decode().splitlines()[-1] == "1 file: 2 records, 2 valid, 0 invalid"
    deduped = tagwire("dedupe", "-", cwd=tmp_path, stdin=data)
    assert deduped.returncode == 0, deduped.stderr
    out = [json.loads(line) for line in deduped.stdout.decode().splitlines()]
    assert len(out) == 2
    assert "duplicate_of" not in out[0]["stories"][0]
    assert out[1]["stories"][0]["duplicate_of"]["index"] == 0
    quiet = tagwire("dedupe", "-", "-q", cwd=tmp_path, stdin=data)
    assert quiet.stderr == b""


# -- JSON arrays and long lines ------------------------------------------------------

@pytest.mark.parametrize("layout", ["one line", "pretty"])
def test_a_json_array_is_named_once(tmp_path: Path, layout: str) -> None:
    records = [json.loads(example_line())] * 3
    text = json.dumps(records) if layout == "one line" else json.dumps(records, indent=2)
    (tmp_path / "posts.json").write_text(text, encoding="utf-8")
    for command in ("validate", "dedupe"):
        done = tagwire(command, "posts.json", cwd=tmp_path)
        assert done.returncode == 2
        errors = [line for line in done.stderr.decode().splitlines()
                  if "expects JSON Lines (one record a line)" in line]
        assert len(errors) == 1, done.stderr
        assert done.stdout.decode().count("posts.json:") == 0


def test_a_line_over_the_limit_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    limit = 1 << 20
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(example_line())
        fh.write('{"text": "' + "x" * (32 * limit) + '"}\n')
        fh.write(example_line())
    tracemalloc.start()
    lines = list(iter_lines(path, strict=False, max_line_bytes=limit))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [line.number for line in lines] == [1, 2, 3]
    assert lines[1].error is not None and "longer than 1,048,576 bytes" in str(lines[1].error)
    assert lines[0].record and lines[2].record
    assert peak < 4 * limit  # the 32 MiB line was never held whole
    with pytest.raises(InputError, match="big.jsonl:2: line longer"):
        list(iter_lines(path, max_line_bytes=limit))


def test_validate_reports_an_overlong_line(tmp_path: Path) -> None:
    (tmp_path / "big.jsonl").write_text(example_line() + '"' + "y" * 5000 + '"\n',
                                        encoding="utf-8")
    done = tagwire("validate", "--max-line-bytes", "4000", "big.jsonl", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout.decode().splitlines()[0].startswith(
        "big.jsonl:2: line longer than 4,000 bytes")


# -- files that are not pages --------------------------------------------------------

def test_normalize_skips_what_is_not_a_page_in_a_directory(tmp_path: Path) -> None:
    site = tmp_path / "saved"
    (site / "assets").mkdir(parents=True)
    (site / "post.html").write_bytes(PERMALINK.read_bytes())
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    (site / "feed.xml").write_text('<?xml version="1.0"?><rss><channel/></rss>',
                                   encoding="utf-8")
    (site / "data.json").write_text('{"a": 1}', encoding="utf-8")
    (site / "notes.txt").write_text('[{"posts": 1}]\n', encoding="utf-8")  # JSON in a .txt
    (site / "sitemap.txt").write_text("Sitemap: https://blog.example/sitemap.xml\n",
                                      encoding="utf-8")
    (site / "assets" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (site / "backup.zip").write_bytes(b"PK\x03\x04" + bytes(32))
    done = tagwire("normalize", "saved", "-o", "out.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    skipped = sorted(done.stderr.decode().splitlines())
    assert skipped == [
        "tagwire: saved/assets/logo.png: skipped: not a page: image",
        "tagwire: saved/backup.zip: skipped: not a page: archive",
        "tagwire: saved/data.json: skipped: not a page: JSON data",
        "tagwire: saved/feed.xml: skipped: not a page: XML (feed or sitemap)",
        "tagwire: saved/notes.txt: skipped: not a page: JSON data",
        "tagwire: saved/robots.txt: skipped: not a page: robots.txt (crawler rules)",
        "tagwire: saved/sitemap.txt: skipped: not a page: robots.txt rules",
    ]


def test_a_named_file_that_is_not_a_page_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /\n", encoding="utf-8")
    with pytest.raises(NotAPage, match="robots.txt rules"):
        read_input(tmp_path / "robots.txt")
    done = tagwire("normalize", "robots.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "tagwire: robots.txt: not a page: robots.txt rules"


# -- decoding ------------------------------------------------------------------------

def test_a_stray_byte_keeps_utf8_with_a_replacement_character() -> None:
    text = "<p>Лавров заявил: «переговоры продолжатся».</p>\n" * 20
    data = text.encode("utf-8").replace(b"\xd0\xb7", b"\xd0\xb7\xff", 1)
    notes: list[str] = []
    decoded, encoding = decode_bytes(data, notes)
    assert encoding == "utf-8"
    assert decoded.count("\ufffd") == 1 and decoded.replace("\ufffd", "") == text
    assert notes == ["1 byte sequence(s) not valid UTF-8 (the first at character 11) replaced "
                     "with U+FFFD"]


def test_a_legacy_charset_is_still_detected() -> None:
    text = "Лавров заявил, что переговоры продолжатся на следующей неделе в Женеве. " * 5
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text and encoding == "cp1251"


def test_a_declared_charset_that_does_not_fit_is_reported(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café — naïve</p></body>'
    notes: list[str] = []
    decoded, encoding = decode_bytes(page.encode("utf-8"), notes)
    assert (decoded, encoding) == (page, "utf-8")
    assert notes == ["the page declares charset cp1252 but its bytes are UTF-8: read as UTF-8"]
    lying = '<meta charset="utf-8"><p>' + "Лавров заявил " * 20 + "</p>"
    notes = []
    _, encoding = decode_bytes(lying.encode("cp1251"), notes)
    assert encoding != "utf-8"
    assert notes[0].startswith("the declared charset utf-8 does not fit the bytes")
    (tmp_path / "p.html").write_bytes(PERMALINK.read_bytes().replace(
        b"<head>", b'<head><meta charset="iso-8859-1">', 1).replace(b"</p>", "é</p>".encode(), 1))
    done = tagwire("normalize", "p.html", cwd=tmp_path)
    assert "p.html: warning: the page declares charset cp1252 but its bytes are UTF-8" in \
        done.stderr.decode()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text(codec: str) -> None:
    page = "<html><body><p>Reuters — Лавров заявил, café.</p></body></html>"
    decoded, encoding = decode_bytes(page.encode(codec))
    assert (decoded, encoding) == (page, codec)


# -- output lock ---------------------------------------------------------------------

def test_a_second_writer_of_one_output_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "posts.jsonl"
    out.write_text("earlier\n", encoding="utf-8")
    with open_output(out) as fh:
        fh.write("first\n")
        with (pytest.raises(OutputLocked, match="another tagwire run is writing this file"),
              open_output(out)):
            pass
        done = tagwire("normalize", str(PERMALINK), "-o", str(out), cwd=tmp_path)
        assert done.returncode == 2
        assert done.stderr.decode().splitlines() == [
            f"tagwire normalize: error: {out}: another tagwire run is writing this file "
            "(locked); wait for it or choose another output"]
    assert out.read_text(encoding="utf-8") == "first\n"  # neither truncated nor mixed
    with lock_output(out):
        pass  # released when the first writer closed


def test_gzip_output_still_round_trips(tmp_path: Path) -> None:
    import gzip

    with open_output(tmp_path / "x.jsonl.gz") as fh:
        fh.write(example_line())
    assert gzip.decompress((tmp_path / "x.jsonl.gz").read_bytes()).decode() == example_line()


def test_every_commands_exit_codes_are_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Exit codes"):]
    table = table[:table.index("\n\n", table.index("| command"))]
    from normalizer.cli import COMMANDS

    for name in COMMANDS:
        assert f"`tagwire {name}`" in table, name
