"""The normalizer's fast paths give the answers of the slow ones they replace.

Each shortcut taken for speed (issue 14) is checked here against what it stands for, on
the project's real saved pages (``tests/fixtures/real``): the page index against lxml's
XPath, the bounded picture keys against the whole text's, the archive pre-check against
the archive parser, the parser against trafilatura's ``load_html``, and the language
detector's loop against langdetect's own n-grams.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.utils import load_html

from normalizer.cues import markup
from normalizer.pages import archive, permalink
from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import _required_words, parse_html
from normalizer.pipeline import _archive_listing
from normalizer.stories import extract, language
from normalizer.stories.blocks import fold, word_count

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories") for p in (REAL / sub).glob("*.html"))


def _pages(step: int = 1) -> list[Path]:
    assert PAGES, "the real saved pages are missing"
    return PAGES[::step]


@pytest.mark.parametrize("path", _pages(3), ids=lambda p: p.name)
def test_page_index_answers_as_lxml(path: Path) -> None:
    """Every XPath the page readers send through the index gives lxml's results: all on
    the tree as parsed, the class tests also after the extractor took captions and tag
    lines out (it adds only class-less separator paragraphs, which the index does not
    see: the tag lists are asked before it runs)."""
    tree = parse_html(path.read_bytes())
    index = PageIndex(tree)
    assert permalink._title_texts(tree) == [str(t) for t in tree.xpath("//title/text()")]
    by_class = [markup.POST_CONTENT_PRESELECT, "//*[contains(@class, 'post')]"]
    exprs = [*markup.TITLE_XPATHS, *markup.PAGE_DATE_XPATHS, markup.PAGE_AUTHOR_META_XPATH,
             markup.PAGE_AUTHOR_XPATH, "//a[contains(concat(' ', @rel, ' '), ' tag ')]",
             "//*[contains(concat(' ', @class, ' '), ' post ')]",
             "//*[contains(@class, 'entry')]//*[contains(@class, 'a')] | //h1 | //h2",
             markup.HEADING_XPATH, "//p | //img", "//article//h1", "//title/text()",
             "//abbr[@title]/@title", "(//h1)[1]/following::p[1]",
             "//*[contains(concat(' ', normalize-space(@class), ' '), ' post ')]//h2[1]",
             *by_class]
    for stage in ("as parsed", "after preprocess"):
        if stage == "after preprocess":
            extract.preprocess(tree)
            exprs = by_class
        for expr in exprs:
            want = [str(v) if isinstance(v, str) else v for v in tree.xpath(expr)]
            got = [str(v) if isinstance(v, str) else v for v in index.select(expr)]
            assert got == want, (stage, expr)
            if stage == "as parsed":  # asked twice while the tree stays as it is
                with index.unchanging():
                    assert index.select(expr) == index.select(expr) == got, expr


def test_index_mentions_and_required_words() -> None:
    tree = parse_html(b"<html><body><a rel='author' href='/a'>A</a>"
                      b"<div class='byline'>B</div></body></html>")
    index = PageIndex(tree)
    assert index.mentions("author") and index.mentions("byline")
    assert not index.mentions("vcard")
    assert _required_words(markup.PAGE_AUTHOR_XPATH) == {"author"}
    # A branch without a token test: no shortcut, the XPath always runs.
    assert _required_words("//a[contains(concat(' ', @rel, ' '), ' author ')]"
                           " | //*[@itemprop='author']") == frozenset()


@pytest.mark.parametrize("path", _pages(2), ids=lambda p: p.name)
def test_parser_builds_trafilaturas_tree(path: Path) -> None:
    data = path.read_bytes()
    for markup_in in (data, data.decode("utf-8", "replace")):
        assert etree.tostring(parse_html(markup_in)) == etree.tostring(load_html(markup_in))


def test_parser_refuses_what_trafilatura_refuses() -> None:
    for markup_in in ("", "plain text, no markup"):
        assert (parse_html(markup_in) is None) == (load_html(markup_in) is None)


def test_picture_keys_read_from_a_prefix_are_the_whole_texts() -> None:
    def whole(text: str) -> str:
        return re.sub(r"\W+", "", text.lower())[:extract._KEY_CHARS]

    checked = 0
    for path in _pages(2):
        tree = parse_html(path.read_bytes())
        for el in tree.iter(*extract._TEXT_TAGS):
            text = "".join(el.itertext())
            assert extract._element_key(el) == whole(text) == extract._key(text)
            checked += 1
    assert checked > 1000
    for text in ("ΟΔΟΣ ΑΘΗΝΩΝ " * 20, " \n" * 300 + "abc", "İstanbul " * 30):
        assert extract._key(text) == whole(text)


def test_json_ld_read_as_trafilatura_reads_it() -> None:
    """tagwire's JSON-LD step (scripts found by tag, whitespace out in one split) gives
    ``trafilatura.metadata.extract_meta_json``'s metadata, and its minifying the text of
    trafilatura's pattern, on the saved pages and on awkward strings."""
    from trafilatura import metadata as tm

    def fields(doc: tm.Document) -> dict:
        return {k: v for k, v in doc.as_dict().items() if not k.endswith("body")}

    read = 0
    for path in _pages():
        tree = parse_html(path.read_bytes())
        if not tree.xpath("//script[@type='application/ld+json']"):
            continue
        read += 1
        want = fields(tm.extract_meta_json(tree, tm.examine_meta(tree)))
        assert fields(permalink._json_ld(tm.examine_meta(tree), PageIndex(tree))) == want
        for script in tree.iter("script"):
            if script.text:
                assert permalink._minified(script.text) == tm.JSON_MINIFY.sub(r"\1", script.text)
    assert read >= 5
    for text in ('{ "a" : "b c" ,\n "d": [1, 2] }', '"a\\" x " y', '"a\\\nb" c d',
                 ' x "unterminated y z', '"" "\\"" q', '\t"\\\\" "x\\"y" '):
        assert permalink._minified(text) == tm.JSON_MINIFY.sub(r"\1", text), text


def _pictures_placed_reading_everything(blocks: list, tree: etree._Element) -> list:
    """The picture placement as it reads: every event of the page first, then for each
    block a scan for the first event at or after the last one matched."""
    events = []
    for el in tree.iter("img", *extract._TEXT_TAGS):
        if el.tag == "img":
            events.append(("", el.get("alt") or ""))
        elif key := extract._element_key(el):
            events.append((key, ""))
    if not any(not key for key, _ in events):
        return blocks
    out: list = []
    pos = 0
    for b in blocks:
        key = extract._key(b.text) if b.role != extract.IMAGE else ""
        j = None
        if len(key) >= extract._MIN_KEY_CHARS:
            j = next((i for i in range(pos, len(events)) if events[i][0].startswith(key)), None)
        if j is not None:
            start = pos
            if not out:
                start = j
                while start > 0 and not events[start - 1][0]:
                    start -= 1
            out += [extract.Block(text="", kind=extract.BlockKind.IMAGE,
                                  alt=extract.clean_text(alt), role=extract.IMAGE)
                    for key_i, alt in events[start:j] if not key_i]
            pos = j + 1
        out.append(b)
    return out


def test_pictures_placed_reading_only_what_the_blocks_need() -> None:
    """Reading the page's events only as far as the blocks need places the pictures where
    reading them all does, on the saved pages."""
    import trafilatura

    placed = 0
    for path in _pages(2):
        tree = parse_html(path.read_bytes())
        extract.preprocess(tree)
        doc = trafilatura.bare_extraction(tree, include_formatting=True, include_links=True,
                                          include_comments=False, fast=True,
                                          output_format="xml")
        if doc is None or doc.body is None:
            continue
        blocks = extract.body_to_blocks(doc.body)
        got = extract._with_pictures(blocks, tree)
        want = _pictures_placed_reading_everything(blocks, tree)
        assert [(b.kind, b.text, b.alt) for b in got] == [(b.kind, b.text, b.alt) for b in want]
        placed += sum(b.role == extract.IMAGE for b in got)
    assert placed > 20


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_archive_precheck_never_hides_a_listing(path: Path) -> None:
    """Where the archive parser finds a listing, the page-level pre-check lets it run, on
    the normalizer's tree as on the archive parser's own."""
    html = path.read_text(encoding="utf-8", errors="replace")
    for url in ("https://example.org/saved/post.html", "https://example.org/tag/x/"):
        if _archive_listing(html, url) is not None:
            assert archive.may_be_listing(parse_html(html), url)
            root = etree.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html), archive._PARSER)
            assert archive.may_be_listing(root, url)


def test_language_loop_is_langdetects() -> None:
    """Same n-grams as langdetect's ``_extract_ngrams``, on texts of several scripts."""
    factory = language._detector_factory()
    texts = ["The minister said on Tuesday that talks would resume in Geneva.",
             "Der Minister sagte am Dienstag, die Gespräche würden in Genf fortgesetzt.",
             "Министр заявил во вторник, что переговоры возобновятся в Женеве.",
             "外交部长周二表示，谈判将在日内瓦恢复。", "NATO AND THE EU SAID SO, IN CAPITALS",
             "Ştiri din România: ţara şi oraşul, ș and ț"]
    for text in texts:
        detector = factory.create()
        detector.append(text)
        detector.cleaning_text()
        assert language._ngrams(detector.text, detector.word_lang_prob_map) \
            == detector._extract_ngrams()
    assert language.detect_language(texts[1]) == "de"
    assert language.detect_language(texts[2]) == "ru"


def test_fold_and_word_count_shortcuts() -> None:
    import unicodedata

    quotes = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                            "’": "'", "‚": "'", "′": "'", "–": "-", "—": "-"})
    for text in ("Plain ASCII  text\twith  spaces", "‘Quoted’ — “text” «here» ⁗ ＡＢＣ",
                 "\u2034 triple prime"):
        slow = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(quotes))
        assert fold(text) == slow.strip().lower()
    assert word_count("three plain words") == 3
    assert word_count("中文字符 abc") == 3


def test_page_info_takes_the_index_or_builds_one() -> None:
    path = _pages()[0]
    tree = parse_html(path.read_bytes())
    with_index = permalink.page_info(tree, "https://example.org/p", PageIndex(tree))
    assert with_index == permalink.page_info(tree, "https://example.org/p")
