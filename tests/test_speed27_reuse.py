"""Work done once, not on every page, and read only as far as the answer needs.

- trafilatura's stand-ins (:func:`quick_xpaths.quick_xpaths`) are built once and given
  again while trafilatura holds the same objects; a changed trafilatura name (another
  version, a test's stand-in) builds them again, so what is swapped in is always what
  :func:`quick_xpaths._swaps` would build now.
- The page measure's bound (:func:`quick_xpaths.page_text_bound`) is never below the
  measure, and the bound by the text's words is never above the bound by its length.
- A story's names test (:func:`language._names_only`) reads its words up to the most a
  list of names has: the answer is the one of all its words.
"""
from __future__ import annotations

import re

import pytest
import trafilatura.core
from trafilatura.baseline import html2txt

from normalizer.pages.permalink import parse_html
from normalizer.stories import language, quick_xpaths


def _swapped_names() -> list[tuple[object, str, object]]:
    with quick_xpaths.quick_xpaths():
        return [(module, name, getattr(module, name))
                for module, name, _, _ in quick_xpaths._active]


def test_the_stand_ins_are_built_once_for_the_same_trafilatura(
        monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    original = quick_xpaths._swaps

    def counted() -> list:
        built.append(1)
        return original()

    monkeypatch.setattr(quick_xpaths, "_swaps", counted)
    monkeypatch.setattr(quick_xpaths, "_built", None)
    first = _swapped_names()
    again = _swapped_names()
    assert len(built) == 1
    assert first and [(m, n) for m, n, _ in first] == [(m, n) for m, n, _ in again]
    assert all(a is b for (_, _, a), (_, _, b) in zip(first, again, strict=True))


def test_a_changed_trafilatura_name_builds_them_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quick_xpaths, "_built", None)
    _swapped_names()
    original = trafilatura.core.html2txt

    def other(content: object, clean: bool = True) -> str:
        return original(content, clean)  # type: ignore[arg-type]

    monkeypatch.setattr(trafilatura.core, "html2txt", other)
    swaps = {(m, n): old for m, n, old, _ in quick_xpaths._current_swaps()}
    assert swaps == {(m, n): old for m, n, old, _ in quick_xpaths._swaps()}
    assert swaps[(trafilatura.core, "html2txt")] is other  # (what a call puts back)
    monkeypatch.setattr(trafilatura.core, "html2txt", original)
    swaps = {(m, n): old for m, n, old, _ in quick_xpaths._current_swaps()}
    assert swaps[(trafilatura.core, "html2txt")] is original
    _swapped_names()
    assert trafilatura.core.html2txt is original


PAGES = [
    # whitespace between tags: the words' bound drops it, the length's counts it
    "<html><body>\n    <div>\n      <p>one two</p>\n    </div>\n    <div>   </div>"
    "\n  </body></html>",
    # a deleted script and footer with their tails, blocks glued to words
    "<html><body><p>a</p>b<script>var x = 1;</script>c<footer>gone away</footer>d"
    "<div>e<p>f</p>g</div></body></html>",
    # control characters and tabs
    "<html><body><p>\x01one\t\t two \x07</p>\n\n<p>three</p></body></html>",
    # one word, no body
    "<html><p>alone</p></html>",
]


@pytest.mark.parametrize("markup", PAGES)
def test_the_words_bound_lies_between_the_measure_and_the_length_bound(markup: str) -> None:
    tree = parse_html(markup)
    assert tree is not None
    words_bound = quick_xpaths.page_text_bound(tree)
    length_bound = quick_xpaths.page_text_bound(tree, at_most=float("inf"))
    assert len(html2txt(tree)) <= words_bound <= length_bound


def test_the_length_bound_answers_where_it_is_low_enough() -> None:
    tree = parse_html("<html><body>\n\n\n<p>one two</p>\n\n\n</body></html>")
    assert tree is not None
    length_bound = quick_xpaths.page_text_bound(tree, at_most=float("inf"))
    assert quick_xpaths.page_text_bound(tree, at_most=length_bound) == length_bound
    assert quick_xpaths.page_text_bound(tree, at_most=length_bound - 1) \
        == quick_xpaths.page_text_bound(tree) < length_bound


def _names_only_of_all_words(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return False
    if len(words) >= language.NAMES_STORY_MAX_WORDS:  # (round 53: a long line-up's opening)
        words = words[:language.NAMES_STORY_MAX_WORDS]
        return sum(1 for w in words if w[0].isupper()) >= language.NAMES_LIST_SHARE * len(words)
    return sum(1 for w in words if w[0].isupper()) >= language.NAMES_SHARE * len(words)


TEXTS = [
    "",
    "12 - 3",
    "Diego López - Carvajal, Pepe, Ramos, Marcelo - Modrić, Kroos",
    "Ana Bela Carla Dora Eva " * 4 + "Fe",  # 21 names: a line-up
    "Ana Bela Carla Dora Eva " * 5,  # 25 names: a long line-up (its opening read)
    "Ana Bela Carla Dora Eva " * 60,
    "the council met on Tuesday and Wednesday to discuss the budget " * 30,
    "Ana Bela Carla Dora Eva " * 4 + "and some words",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_names_test_reads_as_far_as_it_needs(text: str) -> None:
    assert language._names_only(text) == _names_only_of_all_words(text)


def test_elements_of_a_tag_are_kept_while_their_parent_is_in_the_tree() -> None:
    from normalizer.pages.dom import PageIndex

    tree = parse_html("<html><body><ul id='gone'><li>a</li><li>b</li></ul>"
                      "<ul><li>c</li><li>d</li></ul><p>x</p><div><p>y</p></div></body></html>")
    assert tree is not None
    index = PageIndex(tree)
    gone = tree.get_element_by_id("gone")
    gone.getparent().remove(gone)
    tree.find(".//div").remove(tree.find(".//div/p"))
    assert [el.text for el in index.with_tags(frozenset({"li"}))] == ["c", "d"]
    assert [el.text for el in index.with_tags(frozenset({"p", "li"}))] == ["c", "d", "x"]
    assert [el.text for el in index.with_tags(frozenset({"li"}), lambda el: el.text != "c")] \
        == ["d"]
    assert index.with_tags(frozenset({"html"})) == [tree]
    assert all(index.attached(el) == (el in index.with_tags(frozenset({el.tag})))
               for el in index.elements)
