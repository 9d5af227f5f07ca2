"""The credits pass's shortcuts (issue 14) give the answers of the searches they replace.

``held_credits`` skips a page whose class attributes, lower-cased, hold no
:data:`~normalizer.pages.credits.HELD_CREDIT_PIECE`; the author slot's words are found
by one pattern. Each is checked against the rule it stands for, on Python's own case
rules and on small pages built to reach the corners.
"""
from __future__ import annotations

import re
import sys

from lxml import html as lxml_html

from normalizer.cues import credits as credit_cues
from normalizer.pages import credits
from normalizer.pages.dom import PageIndex


def _matched_case_blind(letter: str, flags: int) -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1)
            if not 0xD800 <= c <= 0xDFFF and re.fullmatch(letter, chr(c), flags)]


def test_held_credit_piece_is_in_every_match_lowered() -> None:
    """Every character the class pattern takes for a letter of the piece lower-cases to
    that letter, and the pattern cannot match without the piece: a page without it in
    its lower-cased classes has no credit class."""
    flags = credit_cues.HELD_CREDIT_CLASS_RE.flags
    for letter in credits.HELD_CREDIT_PIECE:
        chars = _matched_case_blind(letter, flags)
        assert letter in chars and letter.upper() in chars
        assert all(c.lower() == letter for c in chars), letter
    assert credits.HELD_CREDIT_PIECE in credit_cues.HELD_CREDIT_CLASS_RE.pattern


def _held(markup: str) -> list[str]:
    tree = lxml_html.fromstring(markup)
    return [text for _, _, text in credits.held_credits(PageIndex(tree))]


def _held_slow(markup: str) -> list[str]:
    """``held_credits`` as it was, every class attribute searched."""
    tree = lxml_html.fromstring(markup)
    out = []
    for el in tree.iter():
        classes = el.get("class")
        if not classes or not credit_cues.HELD_CREDIT_CLASS_RE.search(classes) \
                or el.getparent() is None or next(el.iter(*credits._PICTURE_TAGS), None):
            continue
        text = " ".join("".join(el.itertext()).split())
        if text and len(text) <= credit_cues.NAME_LINE_MAX_CHARS:
            out.append(text)
    return out


def test_held_credits_as_the_full_search() -> None:
    pages = [
        "<html><body><h1>T</h1><p class='Photo-CREDIT'>JIJI</p><p>x</p></body></html>",
        "<html><body><h1>T</h1><p class='credits'>Kyodo</p></body></html>",
        "<html><body><p class='credıt'>JIJI</p><p class='İcredit x'>AP</p></body></html>",
        "<html><body><p class='discredited'>no</p><p class='lead'>x</p></body></html>",
        "<html><body><p>no classes at all</p></body></html>",
    ]
    for markup in pages:
        assert _held(markup) == _held_slow(markup), markup
    assert _held(pages[0]) == ["JIJI"]
    assert _held(pages[3]) == []


def _near_slow(owner) -> bool:
    import itertools

    return any(
        any(w in f"{el.get('class') or ''} {el.get('id') or ''}".lower()
            for w in credit_cues.AUTHOR_SLOT_WORDS)
        or (el.tag == "a" and credits.WRITER_HREF_RE.search(el.get("href") or ""))
        or el.get("itemprop") in ("author", "creator")
        for el in (owner, *itertools.islice(owner.iterancestors(), 2)))


def test_author_slot_near_as_the_word_search() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div class='Post-BYLINE'><span><b>Af Ritzau</b></span></div>"
        "<div id='AUTHORBOX'><p>x</p></div><div class='a'><div class='b'><div class='c'>"
        "<div><p>deep</p></div></div></div></div><a href='/writer/x/'><i>y</i></a>"
        "<div itemprop='creator'><span>z</span></div><div class='autor-K'><p>k</p></div>"
        "<div class='sign' id='ature'><p>split</p></div></body></html>")
    answers = [credits._author_slot_near(el) for el in tree.iter()]
    assert answers == [_near_slow(el) for el in tree.iter()]
    assert any(answers) and not all(answers)


def _outside_slow(el) -> bool:
    if el is None:
        return True
    for anc in (el, *el.iterancestors()):
        if not isinstance(anc.tag, str) or anc.tag in credits.NOT_POST_TAGS:
            return True
        if anc.tag == "main":
            continue
        words = credit_cues.SHARE_BAR_WORDS_RE.sub(" ", f"{anc.get('class') or ''} "
                                                        f"{anc.get('id') or ''}")
        if words.strip() and credits.NOT_POST_CLASS_RE.search(words):
            return True
    return False


def test_outside_post_placed_as_the_full_search() -> None:
    """The kept class-and-id answers give the walk's answer, share bars counted in."""
    tree = lxml_html.fromstring(
        "<html><body><main class='sidebar'><article><div class='share-bar'><p>AFP</p>"
        "</div><div class='related-posts'><p>x</p></div><div id='comments'><p>y</p></div>"
        "<div class=''><p>z</p></div></article></main><nav><p>n</p></nav>"
        "<footer><p>f</p></footer><aside class='widget'><p>w</p></aside></body></html>")
    answers = [credits._outside_post_placed(el) for el in tree.iter("p")] * 2
    assert answers == [_outside_slow(el) for el in tree.iter("p")] * 2
    assert any(answers) and not all(answers)


def test_author_meta_values_as_the_xpath() -> None:
    """The head's author metas read directly give the XPath's values, in its order."""
    pages = [
        "<html><head><meta name='AUTHOR' content='AFP'><meta name='byl' content=''>"
        "<meta name='Author' content=' Reuters '><meta name='dc.Creator' content='dpa'>"
        "<meta name='autKor' content='x'><meta name='author'><meta property='author' "
        "content='p'><!-- c --></head><body><meta name='author' content='body'></body>"
        "</html>",
        "<html><body><p>no head</p></body></html>",
        "<html><head><meta name='article:author' content='https://x.example/a'></head>"
        "<head><meta name='author' content='second'></head></html>",
    ]
    for markup in pages:
        tree = lxml_html.fromstring(markup)
        for el in (tree, *tree.iter("p", "meta")):
            assert credits._author_meta_values(el) == [
                str(v) for v in credits._AUTHOR_META_XPATH(el)], markup
    assert credits._author_meta_values(lxml_html.fromstring(pages[0]))[:2] == ["AFP", ""]


def test_author_meta_values_on_real_pages() -> None:
    import gzip
    from pathlib import Path

    from normalizer.pages.permalink import parse_html

    real = Path(__file__).parent / "fixtures" / "real"
    pages = sorted(p for p in real.rglob("*") if p.name.endswith((".html", ".html.gz")))
    assert len(pages) > 150, "the real saved pages are missing"
    found = 0
    for path in pages:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is None:
            continue
        values = credits._author_meta_values(tree)
        assert values == [str(v) for v in credits._AUTHOR_META_XPATH(tree)], path.name
        found += bool(values)
    assert found > 10
