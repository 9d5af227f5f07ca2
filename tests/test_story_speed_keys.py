"""Shortcuts of the story side's text keys give the answers of the full computations they
replace (issue 14), on every real saved page (``tests/fixtures/real``): a picture's key
read from a short prefix of a text before a longer one, and the folded text of a block
made by splitting and joining instead of a regular expression's substitution."""
from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path

from normalizer.pages.permalink import parse_html
from normalizer.stories import blocks, extract

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for p in REAL.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz")))
_WS = re.compile(r"\s+")


def _texts() -> list[str]:
    """The texts of the text elements of every real saved page, and their prefixes cut at
    every length around those the keys read."""
    assert len(PAGES) > 600, "the real saved pages are missing"
    texts: set[str] = set()
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is None:
            continue
        for el in tree.iter(*extract._TEXT_TAGS):
            text = extract._text(el)
            texts.add(text)
            for cut in range(40, 200, 7):
                texts.add(text[:cut])
    return sorted(texts)


TEXTS = _texts()


def _whole_key(text: str) -> str:
    return extract._NON_WORD.sub("", text.lower())[:extract._KEY_CHARS]


def test_picture_keys_from_prefixes_are_the_keys_of_whole_texts() -> None:
    assert len(TEXTS) > 100_000
    assert [extract._key(t) for t in TEXTS] == [_whole_key(t) for t in TEXTS]
    greek = "Ο ΠΡΩΘΥΠΟΥΡΓΟΣ ΕΙΠΕ ΟΤΙ Η ΧΩΡΑ ΘΑ ΑΝΤΕΞΕΙ ΤΙΣ ΠΙΕΣΕΙΣ ΚΑΙ ΘΑ ΒΓΕΙ ΙΣΧΥΡΟΤΕΡΗ ΑΠΟ"
    for cut in range(len(greek)):  # a final sigma depends on what follows it
        assert extract._key(greek[:cut]) == _whole_key(greek[:cut])


def test_page_events_keys_are_the_keys_of_whole_texts() -> None:
    checked = 0
    for path in PAGES[::3]:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is None:
            continue
        events = extract._PageEvents(tree)
        while events._read(64):
            pass
        want = []
        for el in tree.iter("img", *extract._TEXT_TAGS):
            if el.tag == "img":
                want.append(("", el.get("alt") or ""))
            elif key := _whole_key(extract._text(el)):
                want.append((key, ""))
        assert events.events == want, path.name
        checked += len(events.events)
    assert checked > 10_000


def test_folding_by_split_and_join_is_the_substitution() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert all(_WS.fullmatch(c) for c in spaces)
    assert not any(_WS.fullmatch(chr(c)) for c in range(sys.maxunicode + 1)
                   if not chr(c).isspace())
    samples = TEXTS[::5] + [f" a{s}b{s}{s}c\u00a0d {s}" for s in spaces]
    assert [blocks.fold(t) for t in samples] == [_old_fold(t) for t in samples]
    assert blocks.fold("  Il  a dit « oui »\n— et\u2003non ") == 'il a dit " oui " - et non'


def _old_fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        for typographic, plain in blocks._QUOTES:
            text = text.replace(typographic, plain)
    return _WS.sub(" ", text).strip().lower()
