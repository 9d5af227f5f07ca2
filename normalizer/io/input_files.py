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
from dataclasses import dataclass
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

# Control characters that never appear in text files (everything below 0x20 but tab,
# newline, carriage return, form feed; and DEL). A few are tolerated (stray bytes in old
# pages); above this share of the sampled characters the file is treated as binary.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01


class InputFileError(Exception):
    """A file that cannot be normalized; ``str(err)`` is the one-line reason."""


@dataclass(frozen=True)
class InputFile:
    """A decoded input file: its text, what kind of content it holds, and how it was read."""

    path: Path
    text: str
    kind: str  # "html" or "text"
    encoding: str


def read_input(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> InputFile:
    """Read, check and decode one file; raise :class:`InputFileError` with the reason."""
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
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise InputFileError("empty file" if not data else "empty file (only whitespace)")
    return InputFile(path=path, text=text, kind=sniff_kind(text), encoding=encoding)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode by evidence: BOM, declared charset, strict UTF-8, then a detector's guess."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError as err:
                raise InputFileError(f"not valid {encoding} despite its byte-order mark "
                                     f"(byte {err.start})") from None
    head = data[:HEAD_BYTES]
    if b"\x00" in head:
        raise InputFileError("binary file (NUL bytes), not HTML or text")
    declared = declared_charset(head)
    if declared:
        try:
            return _checked(data.decode(declared)), declared
        except UnicodeDecodeError:
            logger.info("declared charset %s does not decode the file; detecting", declared)
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputFileError("binary file or unknown charset: not decodable as text")
    return _checked(str(best)), best.encoding


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
    if len(HTML_TAG.findall(text[: HEAD_BYTES * 8])) >= HTML_TAGS_FOR_FRAGMENT:
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
