"""Reading an input file for ``tagwire normalize``: size limit, binary check, charset, kind.

Files on disk come from anywhere (saved pages, flattened dumps, a colleague's export),
so nothing about them is trusted: the size is checked before anything is read, bytes
are decoded by evidence (byte-order mark, then the page's own ``<meta charset>``, then
strict UTF-8, then ``charset_normalizer``'s guess), and HTML is told from text by what
the content looks like, not by the file's extension. Every refusal is an
:class:`InputFileError` whose message is one line and says what is wrong, so the CLI can
print ``tagwire: FILE: reason`` and go on with the next file.
"""
from __future__ import annotations

import codecs
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

# 10 MB: the largest blog permalink page we have seen is well under 1 MB; trafilatura
# itself silently gives up on documents above its MAX_FILE_SIZE (20,000,000 bytes), so a
# limit below that one turns a silent empty result into a clear refusal.
DEFAULT_MAX_BYTES = 10_000_000

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# How much of the file is looked at to find a <meta charset>, to sniff the kind and to
# judge whether it is binary.
HEAD_BYTES = 8192

# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)

# WHATWG: a page that declares latin-1 / ascii is decoded as windows-1252 by every browser.
CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                   "us-ascii": "cp1252", "ascii": "cp1252", "x-user-defined": "cp1252"}

# A file starting (after comments and whitespace) with one of these is an HTML document.
HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|"
    r"article|main|section|div|p|h[1-6]|figure|ul|ol|table|header|nav|span|a|img|br|link|"
    r"script|style)\b",
    re.IGNORECASE | re.DOTALL,
)
# Otherwise, a fragment with many block tags is still HTML (a post's content as pasted).
HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|img|h[1-6]|li|ul|ol|figure|strong|em|b|i)\b[^>]*>",
                      re.IGNORECASE)
HTML_TAGS_FOR_FRAGMENT = 5
#: ... on at least this share of its non-blank lines: a text dump may carry a few lines of
#: pasted markup (an ad's ``<a href=...><img ...></a>`` copied as text into a post) and
#: stays a text dump; a fragment of markup has its tags all over.
HTML_TAG_LINES_SHARE = 0.25

# Control characters that never appear in text files (everything below 0x20 but tab,
# newline, carriage return, form feed; and DEL). A few are tolerated (stray bytes in old
# pages); above this share of the sampled characters the file is treated as binary.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01


# UTF-16 without a byte-order mark: text in a Latin or Cyrillic script has a NUL in every
# other byte (the high byte of each code unit). Above this share of NULs at the odd (LE)
# or even (BE) offsets of the head, and below the other share, the file is UTF-16.
UTF16_NUL_SHARE = 0.3
UTF16_OTHER_NUL_SHARE = 0.05

# A file that is valid UTF-8 but for a few stray bytes is UTF-8 with a damaged byte, not a
# legacy charset: at most this many invalid sequences, or one per this many correctly
# encoded non-ASCII characters, are replaced with U+FFFD (and reported).
UTF8_STRAY_BYTES = 3
UTF8_VALID_PER_STRAY = 50

# Single-byte charsets a page may declare while its bytes are really UTF-8 (a template
# copied from an old site): valid UTF-8 with non-ASCII characters is read as UTF-8.
SINGLE_BYTE_CHARSETS = ("cp1252", "iso8859", "latin", "cp125", "koi8", "mac-", "cp437")

# Files in a saved site that are not pages: by name, then by suffix; each is skipped with
# its reason when a directory is searched.
NOT_PAGE_NAMES = {
    "robots.txt": "robots.txt (crawler rules)",
    "ads.txt": "ads.txt (advertising sellers)",
    "humans.txt": "humans.txt (site credits)",
    "security.txt": "security.txt (contact file)",
    "manifest.json": "JSON data",
}
NOT_PAGE_SUFFIXES = {
    **dict.fromkeys((".json", ".jsonl", ".ndjson", ".geojson", ".webmanifest"), "JSON data"),
    **dict.fromkeys((".xml", ".rss", ".atom", ".rdf", ".xsl", ".xsd"), "XML (feed or sitemap)"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".ico",
                     ".svg", ".tif", ".tiff", ".heic"), "image"),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar"),
                    "archive"),
    **dict.fromkeys((".css", ".scss", ".less"), "style sheet"),
    **dict.fromkeys((".js", ".mjs", ".map", ".ts"), "script"),
    **dict.fromkeys((".woff", ".woff2", ".ttf", ".otf", ".eot"), "font"),
    **dict.fromkeys((".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".mov", ".avi"),
                    "audio or video"),
    **dict.fromkeys((".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".csv"), "document"),
}
# The content of a text file that is not meant for reading: robots.txt rules, JSON, XML.
ROBOTS_LINE = re.compile(r"^\s*(?:user-agent|disallow|allow|sitemap|crawl-delay)\s*:",
                         re.IGNORECASE | re.MULTILINE)
XML_START = re.compile(r"\A\s*<\?xml\b|\A\s*<(?:rss|feed|urlset|sitemapindex|rdf:RDF)\b",
                       re.IGNORECASE)
JSON_START = re.compile(r"\A\s*[\[{]")

STDIN = "-"


class InputFileError(Exception):
    """A file that cannot be normalized; ``str(err)`` is the one-line reason."""


class NotAPage(InputFileError):
    """A file that is readable but not a page or a dump (robots.txt, JSON, XML, ...)."""


@dataclass(frozen=True)
class InputFile:
    """A decoded input file: its text, what kind of content it holds, and how it was read."""

    path: Path
    text: str
    kind: str  # "html" or "text"
    encoding: str
    #: What the reader noticed and the user should hear (a damaged byte, a wrong charset).
    warnings: tuple[str, ...] = field(default=())


def not_page_reason(path: str | Path) -> str | None:
    """Why a file found in a directory is not a page to normalize, by its name alone."""
    p = Path(path)
    name = p.name.lower()
    if name in NOT_PAGE_NAMES:
        return f"not a page: {NOT_PAGE_NAMES[name]}"
    reason = NOT_PAGE_SUFFIXES.get(p.suffix.lower())
    return f"not a page: {reason}" if reason else None


def not_page_content(text: str) -> str | None:
    """Why decoded text is not a page or a dump meant for reading, if it is not."""
    head = text[:HEAD_BYTES]
    if XML_START.match(head) and not re.search(r"<html\b", head, re.IGNORECASE):
        return "not a page: XML (feed or sitemap)"
    if JSON_START.match(head):
        import json

        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            return "not a page: JSON data"
    lines = [line for line in head.splitlines() if line.strip()
             and not line.lstrip().startswith("#")]
    if lines and len(ROBOTS_LINE.findall(head)) >= max(1, len(lines) * 0.8):
        return "not a page: robots.txt rules"
    return None


def read_input(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
               data: bytes | None = None) -> InputFile:
    """Read, check and decode one file; raise :class:`InputFileError` with the reason.

    ``-`` reads standard input; ``data`` gives bytes already read (stdin read once by
    the caller, for worker processes that cannot read it)."""
    if data is not None or str(path) == STDIN:
        if data is None:
            data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes else -1)
        if max_bytes and len(data) > max_bytes:
            raise InputFileError(f"too large: more than {max_bytes / 1e6:.1f} MB "
                                 "(see --max-bytes)")
        return _decoded(Path(str(path)), data)
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputFileError("is a directory")
        if max_bytes and size > max_bytes:
            raise InputFileError(
                f"too large: {size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.1f} MB "
                "(see --max-bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError("no such file") from None
    except PermissionError:
        raise InputFileError("permission denied") from None
    except IsADirectoryError:
        raise InputFileError("is a directory") from None
    except OSError as err:
        raise InputFileError(f"cannot read: {err.strerror or err}") from None
    if max_bytes and len(data) > max_bytes:  # the file grew since stat()
        raise InputFileError(f"too large: more than {max_bytes / 1e6:.1f} MB (see --max-bytes)")
    return _decoded(path, data)


def _decoded(path: Path, data: bytes) -> InputFile:
    warnings: list[str] = []
    text, encoding = decode_bytes(data, warnings)
    if not text.strip():
        raise InputFileError("empty file" if not data else "empty file (only whitespace)")
    kind = sniff_kind(text)
    if kind == "text":
        reason = not_page_content(text)
        if reason:
            raise NotAPage(reason)
    return InputFile(path=path, text=text, kind=kind, encoding=encoding,
                     warnings=tuple(warnings))


def decode_bytes(data: bytes, warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode by evidence: BOM, UTF-16 shape, declared charset, UTF-8 (a few stray bytes
    replaced), then a detector's guess. What the user should know (a replaced byte, a
    declared charset that does not fit) is appended to ``warnings``."""
    notes: list[str] = warnings if warnings is not None else []
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError as err:
                raise InputFileError(f"not valid {encoding} despite its byte-order mark "
                                     f"(byte {err.start})") from None
    head = data[:HEAD_BYTES]
    utf16 = utf16_without_bom(head)
    if utf16:
        try:
            return _checked(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the NUL check below decides
    if b"\x00" in head:
        raise InputFileError("binary file (NUL bytes), not HTML or text")
    declared = declared_charset(head)
    utf8_notes: list[str] = []
    utf8_text = _utf8(data, utf8_notes)
    if declared:
        single_byte = declared.startswith(SINGLE_BYTE_CHARSETS)
        if single_byte and utf8_text is not None and not utf8_notes and not data.isascii():
            notes.append(f"the page declares charset {declared} but its bytes are UTF-8: "
                         "read as UTF-8")
            return _checked(utf8_text), "utf-8"
        try:
            return _checked(data.decode(declared)), declared
        except UnicodeDecodeError as err:
            notes.append(f"the declared charset {declared} does not fit the bytes "
                         f"(byte {err.start}): read as "
                         + ("UTF-8" if utf8_text is not None else "detected"))
    if utf8_text is not None:
        notes.extend(utf8_notes)
        return _checked(utf8_text), "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputFileError("binary file or unknown charset: not decodable as text")
    return _checked(str(best)), best.encoding


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the head has the NUL pattern of UTF-16 text."""
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul >= UTF16_NUL_SHARE and even_nul <= UTF16_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even_nul >= UTF16_NUL_SHARE and odd_nul <= UTF16_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _utf8(data: bytes, notes: list[str]) -> str | None:
    """The bytes as UTF-8: strictly, or with a few stray bytes replaced by U+FFFD (noted);
    None when too much of it is not UTF-8 (a legacy charset)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_non_ascii = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    if stray <= UTF8_STRAY_BYTES or stray * UTF8_VALID_PER_STRAY <= valid_non_ascii:
        first = text.index("\ufffd")
        notes.append(f"{stray} byte sequence(s) not valid UTF-8 (the first at character "
                     f"{first}) replaced with U+FFFD")
        return text
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag, if Python knows it."""
    match = META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    name = CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        logger.info("unknown declared charset %r; ignored", name)
        return None


def sniff_kind(text: str) -> str:
    """``"html"`` when the content is markup (a document or a fragment), else ``"text"``."""
    head = text[:HEAD_BYTES]
    if HTML_START.match(head):
        return "html"
    sample = text[: HEAD_BYTES * 8]
    if len(HTML_TAG.findall(sample)) >= HTML_TAGS_FOR_FRAGMENT:
        lines = [line for line in sample.splitlines() if line.strip()]
        tagged = sum(1 for line in lines if HTML_TAG.search(line))
        if tagged >= HTML_TAG_LINES_SHARE * len(lines):
            return "html"
    return "text"


def _checked(text: str) -> str:
    """Refuse text full of control characters: a binary file, whatever it decoded as."""
    sample = text[:HEAD_BYTES]
    if "\x00" in sample:
        raise InputFileError("binary file (NUL characters), not HTML or text")
    if sample and len(CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise InputFileError("binary file (control characters), not HTML or text")
    return text
