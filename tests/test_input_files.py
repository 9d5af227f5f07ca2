"""Reading input files: what is HTML, what is text, which charset, what is refused."""
from __future__ import annotations

import codecs

import pytest

from normalizer.io.input_files import (
    InputFileError,
    declared_charset,
    decode_bytes,
    read_input,
    sniff_kind,
)


@pytest.mark.parametrize("content, kind", [
    ("<!DOCTYPE html>\n<html><head><title>t</title></head><body></body></html>", "html"),
    ("\n  <!-- saved by a browser -->\n<html lang='en'><body><p>x</p></body></html>", "html"),
    ("<?xml version='1.0' encoding='utf-8'?>\n<html><body><p>x</p></body></html>", "html"),
    ("<div class='entry'><p>MOSCOW (Reuters) - ...</p></div>", "html"),
    ("Posts Tagged 'Lavrov'\n\nA headline\n\nDecember 11, 2017\n\nBy Jane Doe\n", "text"),
    ("Prices rose 3% as x < y and y > z were reported.\n", "text"),
    ("A title\n\nSome text with <b>one</b> tag and <i>another</i> pasted in.\n", "text"),
    ("A pasted fragment\n<p>one</p>\n<p>two</p>\n<p>three</p>\n<p>four</p><br>\n", "html"),
    # a dump whose post pasted an ad's markup as text: three tagged lines among many
    ("Title\n\n" + "A paragraph of the story.\n\n" * 12
     + '<a href="http://ad.example/1"><img src="http://ad.example/b1"></a>\n' * 3, "text"),
])
def test_kind_is_told_by_content(content, kind):
    assert sniff_kind(content) == kind


@pytest.mark.parametrize("head, charset", [
    (b'<meta charset="windows-1251">', "cp1251"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1' />", "cp1252"),
    (b'<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=utf-8">', "utf-8"),
    (b'<meta charset="no-such-charset">', None),
    (b"<html><head><title>none</title></head>", None),
])
def test_declared_charset(head, charset):
    assert declared_charset(head) == charset


KOI8 = '<meta charset="koi8-r"><p>Привет, мир</p>'
FRENCH = ('<meta charset="utf-8"><p>Le président a déclaré mercredi que la région '
          "recevrait une aide d'urgence après les inondations qui ont touché des "
          "milliers de foyers. « Nous serons là », a-t-il ajouté.</p>")


@pytest.mark.parametrize("data, text", [
    ("Grüße aus Köln".encode(), "Grüße aus Köln"),
    (codecs.BOM_UTF8 + "Grüße".encode(), "Grüße"),
    ("Grüße aus Köln".encode("utf-16"), "Grüße aus Köln"),
    (KOI8.encode("koi8-r"), KOI8),
    # declared wrongly as UTF-8, really windows-1252: detection takes over
    (FRENCH.encode("cp1252"), FRENCH),
])
def test_bytes_are_decoded_by_evidence(data, text):
    assert decode_bytes(data)[0] == text


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (bytes(range(1, 9)) * 200, "binary file"),
])
def test_binary_bytes_are_refused(data, reason):
    with pytest.raises(InputFileError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file (only whitespace)"),
])
def test_empty_files_are_refused(tmp_path, content, reason):
    path = tmp_path / "f.txt"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as err:
        read_input(path)
    assert str(err.value) == reason


def test_size_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>x</p>" * 1000)
    with pytest.raises(InputFileError, match=r"too large: 0\.0 MB, the limit is 0\.0 MB"):
        read_input(path, max_bytes=100)
    assert read_input(path, max_bytes=0).kind == "html"
