"""The story side's shortcuts give the answers of the slower paths they replace.

Each shortcut taken for speed (issue 14) is pinned here to what it stands for, on the
project's real saved pages and text dumps (``tests/fixtures/real``): element texts
serialized by libxml2 against lxml's text iterator, picture keys from whole texts
against the bounded reading, the menu test's early exit against the whole count,
trafilatura's options made once against those ``bare_extraction`` makes from its
keyword arguments, and the language detector's text and ranking against langdetect's
own ``Detector``.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from trafilatura.settings import Extractor

from normalizer.pages.permalink import parse_html
from normalizer.stories import extract, language

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories") for p in (REAL / sub).glob("*.html"))
DUMPS = sorted((REAL / "dumps").glob("*.txt"))


def _trees(step: int = 1) -> list[etree._Element]:
    assert PAGES, "the real saved pages are missing"
    return [tree for path in PAGES[::step] if (tree := parse_html(path.read_bytes())) is not None]


def _bodies(step: int = 2) -> list[etree._Element]:
    """trafilatura's bodies of the saved pages, as the extractor asks for them."""
    bodies = []
    for tree in _trees(step):
        extract.preprocess(tree)
        body = extract._trafilatura_body(tree, False, fast=True)
        if body is not None:
            bodies.append(body)
    assert len(bodies) > 10
    return bodies


def test_element_text_is_lxmls_text_iterator() -> None:
    checked = 0
    for root in _trees(2) + _bodies():
        for el in root.iter(etree.Element):
            assert extract._text(el) == "".join(el.itertext())
            checked += 1
    assert checked > 10_000
    odd = etree.fromstring("<p>a<!--c-->b<?pi x?>c<x>d<y/>e</x>f\u00a0<z>\U0001f600</z></p>")
    for el in odd.iter(etree.Element):
        assert extract._text(el) == "".join(el.itertext())


@pytest.mark.parametrize("budget", [extract._SERIALIZE_BUDGET, 0, 3_000])
def test_picture_keys_of_whole_texts_are_the_bounded_keys(
        budget: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the page's budget, with none, and running out halfway through a page."""
    monkeypatch.setattr(extract, "_SERIALIZE_BUDGET", budget)
    checked = 0
    for tree in _trees(2):
        events = extract._PageEvents(tree)
        for el in tree.iter(*extract._TEXT_TAGS):
            assert events._key_of(el) == extract._element_key(el)
            checked += 1
    assert checked > 1000


def _menu_words_whole(body: etree._Element) -> int | None:
    """The menu test as it reads with every line of the body counted."""
    words, in_sentences = extract._sentence_words(body)
    return words if words >= extract.MENU_MIN_WORDS \
        and in_sentences < extract.MENU_SENTENCE_SHARE * words else None


def test_menu_test_stopping_early_answers_as_the_whole_count() -> None:
    bodies = _bodies(1)
    rnd = random.Random(14)
    for _ in range(40):  # bodies of menu lines with a few sentences among them
        body = etree.Element("body")
        for _ in range(rnd.randint(5, 60)):
            p = etree.SubElement(body, "p")
            p.text = rnd.choice(["Home", "World news", "Sport and more", "Contact us",
                                 "The minister said so on Tuesday.", "Read this: now",
                                 "Line one\nline two.", "Our archive ..."])
        bodies.append(body)
    answers = [extract._menu_words(body) for body in bodies]
    assert answers == [_menu_words_whole(body) for body in bodies]
    assert any(a is None for a in answers) and any(a is not None for a in answers)


@pytest.mark.parametrize("fast, fragment", [(True, False), (False, False), (True, True),
                                            (False, True)])
def test_trafilatura_options_made_once_are_those_of_the_keywords(fast: bool,
                                                                 fragment: bool) -> None:
    """The options the extractor hands trafilatura are, field by field, those
    ``bare_extraction`` makes from the keyword arguments the extractor passed before."""
    made = extract._trafilatura_options(fast, fragment)
    want = Extractor(output_format="xml", fast=fast, precision=False, recall=fragment,
                     comments=False, formatting=True, links=True, images=False, tables=True,
                     dedup=False, lang=None, url=None, with_metadata=False,
                     only_with_metadata=False, author_blacklist=None, url_blacklist=None,
                     date_params=None)
    for name in Extractor.__slots__:
        assert getattr(made, name) == getattr(want, name), name


def test_trafilatura_body_with_the_options_is_the_body_with_the_keywords() -> None:
    compared = 0
    for tree in _trees(4):
        extract.preprocess(tree)
        for fast in (True, False):
            doc = trafilatura.bare_extraction(
                tree, url=None, include_formatting=True, include_images=False,
                include_links=True, include_tables=True, include_comments=False,
                with_metadata=False, favor_recall=False, fast=fast, output_format="xml")
            want = None if doc is None or doc.body is None else etree.tostring(doc.body)
            got = extract._trafilatura_body(tree, False, fast=fast)
            assert (None if got is None else etree.tostring(got)) == want
            compared += want is not None
    assert compared > 10


def _samples() -> list[str]:
    """Story samples of every real dump (many languages and scripts), and awkward ones:
    addresses, mail addresses, space runs, Vietnamese marks, Latin among other letters."""
    assert DUMPS, "the real text dumps are missing"
    texts = [path.read_text(encoding="utf-8") for path in DUMPS]
    samples = [t[i:i + language.SAMPLE_CHARS] for t in texts for i in (0, 900, 2500)]
    samples += [
        "See https://example.org/a?b=c&d=e and mail me at someone@example.org today  now",
        "Tin   tức Việt Nam: Thủ tướng nói ho\u0300a bi\u0300nh   hôm nay.",
        "Москва NEWS: президент сказал TASS, что переговоры продолжатся в Женеве.",
        "北京 Reuters 外交部 AP 周二 表示 谈判 将 在 日内瓦 恢复",
        "ǅemal ẞtraße [brackets] ^carets^ `ticks` _under_ \\ back",
    ]
    return samples


def test_detector_text_is_langdetects() -> None:
    factory = language._detector_factory()
    for sample in _samples():
        detector = factory.create()
        detector.append(sample)
        detector.cleaning_text()
        assert language._detector_text(sample) == detector.text, sample


def test_top_language_is_langdetects_first() -> None:
    factory = language._detector_factory()
    detector = factory.create()
    langs = factory.langlist
    rnd = random.Random(14)
    cases = [[0.0] * len(langs), [0.1] * len(langs), [1.0 / len(langs)] * len(langs)]
    for _ in range(200):
        probs = [rnd.choice([0.0, 0.05, 0.1, 0.3, 0.3, 0.5, rnd.random()]) for _ in langs]
        cases.append(probs)
    for probs in cases:
        ranked = detector._sort_probability(probs)
        assert language._top_language(langs, probs) == (ranked[0].lang if ranked else None)


def test_detected_languages_of_real_samples() -> None:
    """The whole detection, langdetect's Detector doing the preparing and the ranking as
    before, gives the answers of the shortcut path."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = language._detector_factory()
    for sample in _samples()[::2]:
        if language._script_language(sample) is not None \
                or language.letter_language(sample) is not None:
            continue  # (a script or letters the detector lacks: named by the tables, not it)
        detector = factory.create()
        detector.n_trial = language.TRIALS
        detector.append(sample)
        detector.cleaning_text()
        early = not language._CJK.search(sample)
        try:
            # (CJK text is read as the detector reads it in detect_language: _cjk_text)
            probs = language._probabilities(factory, language._cjk_text(detector.text),
                                            language.TRIALS, early_exit=early)
        except LangDetectException:
            assert language.detect_language(sample) == language.UNDETERMINED
            continue
        ranked = detector._sort_probability(probs)
        code = ranked[0].lang if ranked else "unknown"
        if code in language._NEEDED and not language._NEEDED[code].search(sample):
            # (a language always written in a script the sample lacks is ruled out: Korean
            # with no Hangul, the detector's pick for a menu of short Traditional Chinese words)
            ruled_out = {c for c, s in language._NEEDED.items() if not s.search(sample)}
            code = language._without(factory.langlist, probs, ruled_out) or "unknown"
        code = code.split("-")[0].lower()
        want = code if len(code) == 2 and code.isalpha() else language.UNDETERMINED
        shaped = language.nguni_shaped(sample)
        if want == "sw" or shaped:  # (the detector's one Bantu profile, or Nguni-shaped
            # text it gave another language: the Nguni tables refine it)
            want = language.nguni_language(sample) \
                or (language.table.NGUNI_DEFAULT if want != "sw" or shaped else want)
        if sum(1 for ch in sample if ch.isalpha()) >= language.MIN_LETTERS:
            assert language.detect_language(sample) == want, sample


def test_trafilatura_options_are_made_anew_on_a_new_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The options hold today's date as the latest a page may bear: a process running past
    midnight must not keep yesterday's (its pages of the new day would read as future)."""
    import datetime
    import types

    tomorrow_date = datetime.date.today() + datetime.timedelta(days=1)
    clock = types.SimpleNamespace(date=types.SimpleNamespace(today=lambda: tomorrow_date))
    today = extract._trafilatura_options(True, False)
    monkeypatch.setattr(extract, "datetime", clock)
    tomorrow = extract._trafilatura_options(True, False)
    assert tomorrow is not today
    assert extract._trafilatura_options(True, False) is tomorrow
