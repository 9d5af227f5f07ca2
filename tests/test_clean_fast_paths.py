"""The cleaning and language shortcuts give the answers of the tests they stand before.

Each shortcut taken for speed (issue 14) is checked against the slow test it spares, on
the lines of the project's real text dumps (``tests/fixtures/real/dumps``: news in many
languages and scripts) and on lines built from the cue lists themselves (where the
shortcuts could go wrong: chrome words, counters, case variants the regex engine takes
for one letter, such as "i" and dotless "ı").
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from normalizer.cues import text as cues
from normalizer.stories import clean, language
from normalizer.stories.blocks import Block, fold

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _real_lines() -> list[str]:
    lines = [line.strip() for path in sorted(DUMPS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 1000, "the real text dumps are missing"
    return lines


def _built_lines(words: list[str], count: int, seed: int) -> list[str]:
    """Lines of cue words between separators, counters and stray letters, in upper and
    lower case, some with "ı" for "i" and some cut at their start."""
    rnd = random.Random(seed)
    glue = [" ", " | ", ", ", "", "x ", " 12 ", ": ", ".", "-", "ab", " 1.2k ", "·"]
    lines = []
    for _ in range(count):
        line = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.4:
            line = line.upper()
        if rnd.random() < 0.2:
            line = line.replace("i", "ı")
        if rnd.random() < 0.2:
            line = line[rnd.randint(0, 3):]
        lines.append(line)
    return lines


REAL_LINES = _real_lines()
CUE_WORDS = sorted(cues.CHROME_WORDS | set(cues.PROMO_WORDS) | set(cues.RELATED_LABELS))
LINES = REAL_LINES + [fold(x) for x in REAL_LINES[::5]] + _built_lines(CUE_WORDS, 4000, 14)


def _flat(words, *, before=lambda w: "", after=lambda w: "") -> str:
    """The alternation as it was written before :func:`cues.one_of`: flat, longest first."""
    return "|".join(before(w) + re.escape(w) + after(w)
                    for w in sorted(set(words), key=len, reverse=True))


def _chrome_edges():
    unspaced = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
    return {"before": lambda w: "" if unspaced.match(w) else r"(?<![^\W_])",
            "after": lambda w: "" if unspaced.match(w[-1]) else r"(?![^\W_])"}


@pytest.mark.parametrize("name, flat, longest", [
    ("PROMO_RE", r"(?<!\w)(?:" + _flat(cues.PROMO_WORDS) + r")(?!\w)", None),
    # (the flat chrome list costs a millisecond a line: the short lines it is asked of)
    ("CHROME_PHRASE_RE", _flat(cues.CHROME_WORDS, **_chrome_edges()), clean.CHROME_LINE_MAX_WORDS),
    ("RELATED_RE", r"^[\s>»•*\-–—]*(?:" + _flat(cues.RELATED_LABELS)
     + r")(?:(?<=:)|\s*(?::|：|»|>|\||-|–|—|\.\.\.|…))", None),
])
def test_factored_word_lists_match_as_the_flat_ones(name: str, flat: str,
                                                    longest: int | None) -> None:
    """Factored by first letter, a word list finds the same matches, at the same places,
    as the flat longest-first alternation it replaced."""
    factored, plain = getattr(cues, name), re.compile(flat, re.IGNORECASE)
    # each distinct line once (a third of the short lines recur; the answers are the
    # line's own)
    for line in dict.fromkeys(x for x in LINES if longest is None or len(x.split()) <= longest):
        matches = list(plain.finditer(line))  # (the flat pattern is the slow side: once)
        assert [m.span() for m in factored.finditer(line)] \
            == [m.span() for m in matches], line
        assert factored.sub(" ", line) == _replaced(line, matches)


def _replaced(line: str, matches: list[re.Match[str]]) -> str:
    """``plain.sub(" ", line)`` from the matches ``plain.finditer(line)`` gave: re.sub
    puts the replacement for each of those very matches (the same scan)."""
    out, at = [], 0
    for m in matches:
        out += [line[at:m.start()], " "]
        at = m.end()
    return "".join([*out, line[at:]])


def test_one_of_keeps_letters_the_engine_takes_for_one_together() -> None:
    words = ["ıslak", "ikinci", "izmir", "sms", "ſtraße", "ab", "a"]
    pattern = re.compile(cues.one_of(words, flags=re.IGNORECASE), re.IGNORECASE)
    plain = re.compile(_flat(words), re.IGNORECASE)
    for line in ("ISLAK ikinci", "ıkinci ızmir", "SMS ſms", "STRASSE straße", "aab ab a"):
        assert [m.span() for m in pattern.finditer(line)] \
            == [m.span() for m in plain.finditer(line)]
    with pytest.raises(ValueError):
        cues.one_of(["a", ""])


def _chrome_slow(low: str) -> bool:
    return not cues.CHROME_FILLER_RE.sub("", cues.CHROME_PHRASE_RE.sub(" ", low))


def test_chrome_precheck_never_turns_away_a_chrome_line() -> None:
    """A line the whole test finds made of chrome words passes the run-by-run check
    first; and the check turns away most real lines (it is worth its place)."""
    chrome_lines = _built_lines(sorted(cues.CHROME_WORDS), 6000, 7)
    passed = turned_away = 0
    for line in [fold(x).strip(" :.|·•") for x in chrome_lines + REAL_LINES]:
        if _chrome_slow(line):
            assert clean._chrome_runs_only(line), line
            passed += 1
        elif not clean._chrome_runs_only(line):
            turned_away += 1
    assert passed > 1000
    assert turned_away > 0.8 * len(REAL_LINES)


@pytest.mark.parametrize("line", [
    "Soldiers patrol the border. REUTERS/Adnan Abidi",
    "The summit in Brussels. JOHN THYS/AFP",
    "A satellite image of the site. KCNA VIA REUTERS",
    "Photo credit: Jane Doe", "Foto: Max Muster", "Фото: Иван Петров",
    "CREDIT: KCNA VIA REUTERS", "Crowds at the rally (photo: RONEN ZVULUN / REUTERS)",
    "© AFP | The stadium at night", "AFP PHOTO / JOHN MACDOUGALL",
    "A picture without a credit", "Read the full story at example.org/news",
    "3月2日，市民在公园里赏花。新华社记者 张三 摄", "游客排队入园（李四 摄）", "摄影：王五",
    "（图片来源：示例图库）", "图/示例社", "写真＝ロイター", "사진=예시통신", "这部电影在北京拍摄",
])
def test_photo_credit_precheck_answers_as_the_pattern(line: str) -> None:
    assert clean.has_photo_credit(line) == bool(cues.PHOTO_CREDIT_RE.search(line))


def test_photo_credit_precheck_on_real_lines() -> None:
    found = 0
    for line in LINES:
        expected = bool(cues.PHOTO_CREDIT_RE.search(line))
        assert clean.has_photo_credit(line) == expected, line
        found += expected
    assert found > 0


def test_look_alike_spam_precheck_on_real_and_built_lines() -> None:
    """The rule marks a line as spam exactly when the mixed-script pattern finds enough
    words, the two cheap script tests before it notwithstanding."""
    spam = ["Аdvеrtisе with the lеаding nеws sitе tоdаy", "Вuy chеар wаtсhеs hеrе nоw"]
    for line in spam + LINES:
        mixed = len(cues.MIXED_SCRIPT_WORD_RE.findall(line)) >= clean.MIXED_SCRIPT_MIN_WORDS
        mark = clean._embed_or_spam(Block(text=line), set())
        embed = mark is not None and mark.kind != "promo"
        assert embed or (mark is not None) == mixed, line
    assert clean._embed_or_spam(Block(text=spam[0]), set()) is not None


def test_language_ngrams_word_by_word_are_langdetects() -> None:
    """The n-grams taken word by word (a word met before looked up) are langdetect's own,
    in its order, on samples of every real dump, met twice (the second time from the
    cache), and the loop's probabilities are langdetect's for the same draws."""
    factory = language._detector_factory()
    texts = [path.read_text(encoding="utf-8") for path in sorted(DUMPS.glob("*.txt"))]
    samples = [t[i:i + language.SAMPLE_CHARS] for t in texts for i in (0, 700, 1500)]
    for sample in samples + samples:
        detector = factory.create()
        detector.append(sample)
        detector.cleaning_text()
        assert language._ngrams(detector.text, detector.word_lang_prob_map) \
            == detector._extract_ngrams()
    for sample in samples[::4]:
        theirs = factory.create()
        theirs.append(sample)
        ours = language._detector_text(sample)
        try:
            theirs._detect_block()
        except Exception:  # langdetect finds nothing to tell: neither do we
            with pytest.raises(Exception):  # noqa: B017
                language._probabilities(factory, ours, theirs.n_trial, early_exit=False)
            continue
        assert language._probabilities(factory, ours, theirs.n_trial, early_exit=False) \
            == pytest.approx(theirs.langprob, rel=1e-9, abs=1e-12)


def test_marks_tested_first_are_in_every_line_the_patterns_find() -> None:
    """The colon of a promo link, the slash of a tweet's picture link, a term list's
    separators (one term more than separators): what the rules test before the pattern."""
    lines = LINES + ["VIDEO: The flood in pictures", "Markets today: QuickTake",
                     "Highlights ⬇️ pic.twitter.com/AbC123", "Politik, Wirtschaft · Kultur | Sport"]
    promo = tweet = 0
    for line in lines:
        if cues.PROMO_LINK_RE.search(line):
            assert cues.PROMO_LINK_MARK in line
            promo += 1
        if cues.TWEET_PICTURE_END_RE.search(line):
            assert cues.TWEET_PICTURE_MARK in line
            tweet += 1
        assert len(cues.TERM_SEPARATOR_RE.split(line)) \
            == sum(map(line.count, cues.TERM_SEPARATORS)) + 1
    assert promo >= 2 and tweet >= 1


def test_photo_credit_marks_cover_every_cjk_label() -> None:
    """Each Chinese, Japanese and Korean credit label holds a mark tested first."""
    for label in cues.CJK_PHOTO_LABELS + cues.CJK_REPORTER_TITLES:
        assert any(mark in label + "摄" for mark in cues.PHOTO_CREDIT_MARKS), label


@pytest.mark.parametrize("name, words, keys, share", [
    ("ERROR_WORDS_RE", cues.ERROR_WORDS, cues.ERROR_KEYS, 0.8),
    ("CMS_NOTICE_RE", cues.CMS_NOTICES, cues.CMS_NOTICE_WORD_KEYS, 0.8),
])
def test_key_words_are_in_every_line_the_patterns_find(name, words, keys, share) -> None:
    """The report-an-error and CMS-notice rules ask their patterns only of lines one of
    whose words is a key (:class:`cues.WordKeys`): on real lines and on lines built from
    the tables themselves (upper case, "ı" for "i", glued to separators and counters),
    every line a pattern finds has one; and the keys turn away most real lines."""
    pattern = getattr(cues, name)
    for word in words:
        assert keys.found_in(clean._line_words(fold(word)), fold(word)), word
    built = _built_lines(sorted(words), 3000, 10)
    found = turned_away = 0
    for line in LINES + built:
        folded = fold(line)
        key = keys.found_in(clean._line_words(folded), folded)
        if pattern.search(line):
            assert key, line
            found += 1
        turned_away += not key
    assert found > 500
    assert turned_away > share * len(LINES)


def test_reserved_marks_and_marker_brackets_are_in_every_line_the_patterns_find() -> None:
    """The rights-reserved rule asks its pattern only of lines holding one of
    :data:`cues.RESERVED_MARKS` (folded by :func:`cues.stem_text`), and the caption rules
    ask the position-marker pattern only of lines with a bracket: every line the patterns
    find, real or built from the tables, passes the cheap test first."""
    built = _built_lines(sorted(cues.RESERVED_PHRASES), 3000, 11)
    markers = [f"A line ({w}) here" for w in cues.ILLUSTRATION_LABELS] \
        + [f"行（{w}）" for w in cues.ILLUSTRATION_LABELS]
    reserved = marked = 0
    for line in LINES + built + markers:
        if cues.RESERVED_RE.search(line):
            assert cues.RESERVED_MARKS_RE.search(cues.stem_text(fold(line))), line
            reserved += 1
        if cues.POSITION_MARKER_RE.search(line):
            assert clean._has_marker(line), line
            marked += 1
    assert reserved > 500 and marked > 2 * len(cues.ILLUSTRATION_LABELS)
