"""Language of a story: langdetect, seeded, once per story on a bounded sample.

langdetect is random unless seeded and costs milliseconds a call, so it runs once per
story (never per paragraph) on a sample of about :data:`SAMPLE_CHARS` characters of its
longer paragraphs (:func:`language_sample`), with
:data:`TRIALS` sampling trials instead of its default 7, and answers "und" for text
too short to tell.

Calibration: on the dev set, the multilingual fixtures (en, de, fr, es, ru) and the
181 pages of the AEB benchmark (several languages), 300
characters and 3 trials give the same answers as the whole text with 7 trials, at a
quarter of the cost (langdetect's time is its trials times its 55 profiles, plus the
n-gram extraction, which grows with the sample).
"""
from __future__ import annotations

import random
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from typing import Any

from normalizer.cues import languages as table
from normalizer.model import Story

SAMPLE_CHARS = 300
#: Paragraphs shorter than this are passed over for the sample when the story has longer
#: ones: an opening title, a quoted name or a caption in another language would decide
#: the whole story (a German post opening with an English book title).
SAMPLE_PARAGRAPH_MIN = 150
TRIALS = 3
MIN_LETTERS = 20
UNDETERMINED = "und"

_lock = threading.Lock()
_factory = None
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# Han, kana and hangul share n-grams across langdetect's zh, ja and ko profiles: one
# trial is not enough to tell them apart, so such text gets all :data:`TRIALS`.
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Letters of the scripts the detector has no profile for (cues/languages.py), each
# script's pattern, and any of them (one search tells most texts they hold none).
_SCRIPT_PATTERNS = tuple(
    (code, re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"))
    for code, ranges in table.SCRIPTS)
_UNPROFILED = re.compile("|".join(p.pattern for _, p in _SCRIPT_PATTERNS))


def _detector_factory():
    global _factory
    if _factory is None:
        with _lock:
            if _factory is None:
                from langdetect import detector_factory

                detector_factory.init_factory()
                factory = detector_factory._factory
                factory.set_seed(0)  # same as DetectorFactory.seed = 0: deterministic
                _factory = factory
    return _factory


def language_sample(paragraphs: Sequence[str]) -> str:
    """The text to detect a story's language on: its paragraphs of at least
    :data:`SAMPLE_PARAGRAPH_MIN` characters, in order, up to :data:`SAMPLE_CHARS`; the
    whole text where it has none. (Its longest paragraphs would be a worse sample: a
    letter printed in several languages is told by its first.) Quotations are left out
    where the writer's own words remain (:func:`own_words`)."""
    paragraphs = own_words(paragraphs)
    sample: list[str] = []
    size = 0
    for p in paragraphs:
        if len(p) >= SAMPLE_PARAGRAPH_MIN:
            sample.append(p)
            size += len(p)
            if size >= SAMPLE_CHARS:
                break
    return "\n\n".join(sample) if sample else "\n\n".join(paragraphs)


_QUOTED = re.compile("|".join(
    f"{re.escape(a)}[^{re.escape(b)}\n]*(?:{re.escape(b)}|$)" for a, b in table.QUOTES))
_QUOTE_OPENS = re.compile("[" + "".join(re.escape(a) for a, _ in table.QUOTES) + "]")


def own_words(paragraphs: Sequence[str]) -> Sequence[str]:
    """``paragraphs`` with their quotations (:data:`~normalizer.cues.languages.QUOTES`)
    taken out and those left empty dropped: a Tagalog story quoting English statements
    at length is told as English otherwise. Unchanged where nothing is quoted, or where
    the writer's own words are less than :data:`~normalizer.cues.languages.OWN_WORDS_SHARE`
    of the text (a story of quotes is told by them)."""
    if not any(_QUOTE_OPENS.search(p) for p in paragraphs):
        return paragraphs
    kept = [_QUOTED.sub(" ", p).strip() for p in paragraphs]
    kept = [p for p in kept if p]
    if sum(map(len, kept)) < table.OWN_WORDS_SHARE * sum(map(len, paragraphs)):
        return paragraphs
    return kept


#: A story of fewer words than this, most of them capitalized (:data:`NAMES_SHARE`), is a
#: list of names ("Diego López - Carvajal, Pepe, Ramos, Marcelo - ...", a match's line-up
#: in a Hungarian report): the detector reads the names' language, not the story's.
NAMES_STORY_MAX_WORDS = 25
NAMES_SHARE = 0.7
#: A longer story opening with :data:`NAMES_STORY_MAX_WORDS` words of which this share or
#: more are capitalized is a match's line-ups ("Galatasaray (4-2-3-1): Muslera; Denayer,
#: Hakan, ... A disp. Bilal, Yasin, ..."): names all through, no sentence to read.
NAMES_LIST_SHARE = 0.9


def _names_only(text: str) -> bool:
    """Whether ``text`` is short and mostly capitalized words (names, a line-up), or opens
    with nothing but names (:data:`NAMES_LIST_SHARE`). (Asked of every story: its words
    are read up to the most a list of names has, not all of a long story's.)"""
    words = [m[0] for m in islice(_WORD.finditer(text), NAMES_STORY_MAX_WORDS)]
    if not words:
        return False
    share = NAMES_LIST_SHARE if len(words) >= NAMES_STORY_MAX_WORDS else NAMES_SHARE
    return sum(1 for w in words if w[0].isupper()) >= share * len(words)


def _cut_short(text: str) -> bool:
    """Whether ``text`` is one cut-short line ("Het aantal woningverkopen neemt dit jaar
    nog toe,...": a clipping service's item), shorter than :data:`SAMPLE_PARAGRAPH_MIN`:
    too few words for the detector, which reads Afrikaans or German in a Dutch line."""
    text = text.strip()
    return len(text) < SAMPLE_PARAGRAPH_MIN and "\n" not in text and text.endswith(("...", "…"))


def stories_too_short_take_the_posts(stories: Sequence[Story]) -> None:
    """A story too short to tell ("und": a three-word teaser, one line cut short:
    :func:`_cut_short`) or a short list of names (:func:`_names_only`) is in the language
    of the rest of its post, where the rest has one; so is a story shorter than the
    detector's sample that it gave a close kin of the rest's language
    (:data:`~normalizer.cues.languages.CLOSE_KIN`: :func:`_kin_of_the_rest`)."""
    short = [s for s in stories
             if s["language"] == UNDETERMINED or _names_only(s.get("text") or "")
             or _cut_short(s.get("text") or "")]
    if short:
        rest = [s for s in stories if not any(s is t for t in short)]
        language = post_language(rest)
        if language == UNDETERMINED and any(s["language"] == UNDETERMINED for s in short):
            language = post_language(stories)  # (only "und" stories short: as before)
        if language != UNDETERMINED:
            for s in short:
                s["language"] = language
    _kin_of_the_rest(stories)


def _kin_of_the_rest(stories: Sequence[Story]) -> None:
    """A story shorter than :data:`SAMPLE_CHARS` whose language is a close kin of the one
    the post's other stories are in (:data:`~normalizer.cues.languages.CLOSE_KIN`) takes
    theirs: on so little text the detector's choice between close kin is a guess, and a
    post is written in one language far more often than in two of a family."""
    if len(stories) < 3:
        return
    kin_codes = frozenset().union(*table.CLOSE_KIN)
    for story in stories:
        if story["language"] not in kin_codes or len(story.get("text") or "") >= SAMPLE_CHARS:
            continue  # (most stories: the rest's language is not asked)
        rest = [s for s in stories if s is not story]
        language = post_language(rest)
        if language != story["language"] and sum(
                1 for s in rest if s["language"] == language) >= 2 and any(
                story["language"] in kin and language in kin for kin in table.CLOSE_KIN):
            story["language"] = language


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``, or "und"."""
    sample = text[:SAMPLE_CHARS]
    # letters counted up to the threshold, not all of them
    if sum(1 for _ in islice(_LETTERS.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return UNDETERMINED
    if _UNPROFILED.search(sample):
        by_script = _script_language(sample)
        if by_script:
            return by_script
    if _OWN_LETTER.search(sample):
        by_letters = letter_language(sample)
        if by_letters:
            return by_letters
    from langdetect.lang_detect_exception import LangDetectException

    factory = _detector_factory()
    try:
        probabilities = _probabilities(factory, _cjk_text(_detector_text(sample)), TRIALS,
                                       early_exit=not _CJK.search(sample))
    except LangDetectException:
        return UNDETERMINED
    code = _top_language(factory.langlist, probabilities) or _UNKNOWN
    few_kana = code == "ja" and _few_kana(sample)
    if few_kana or (code in _NEEDED and not _NEEDED[code].search(sample)):
        ruled_out = {c for c, script in _NEEDED.items() if not script.search(sample)}
        if few_kana:
            ruled_out.add("ja")
        code = _without(factory.langlist, probabilities, ruled_out) or _UNKNOWN
    code = code.split("-")[0].lower()
    code = word_language(sample) or code
    if code == "hr":  # the detector's one profile for Croatian, Bosnian and Serbian
        code = south_slavic_standard(sample) or code
    elif (code in table.CYRILLIC_RELATIVES and serbian_cyrillic(sample)) \
            or (code == "mk" and serbian_words(sample)):
        code = "sr"
    elif code == "sw" or nguni_shaped(sample):  # (sw: the detector's one Bantu profile)
        code = nguni_language(text) \
            or (table.NGUNI_DEFAULT if code != "sw" or nguni_shaped(sample) else code)
    elif code in ("ru", "uk") and belarusian(sample):
        code = "be"
    elif code == "id":  # the detector's one profile for Indonesian and Malay
        code = malay(sample) or code
    return code if re.fullmatch(r"[a-z]{2}", code) else UNDETERMINED


_WORD = re.compile(r"[^\W\d_]+")

#: A heading between two runs of prose in different languages opens another story (a
#: post pasting an Albanian story, then an Italian one, each under its heading line):
#: :func:`language_turns`. Each run is read on its paragraphs nearest the heading, up to
#: this many characters (the detector's own sample size) ...
TURN_SAMPLE_CHARS = SAMPLE_CHARS * 2
#: ... and counts only with at least this many words in at least this many paragraphs:
#: a short run (a caption, a list of scores, a quoted line, a company's one-paragraph
#: "about us" box under the story) says little about the language of a story.
TURN_MIN_WORDS = 40
TURN_MIN_PARAGRAPHS = 2
#: The detector is asked only where the words of the run below are mostly words the
#: run above never uses: fewer than this share of them (as written, lower-cased, each
#: counted once; sets built in C, tens of microseconds). The two sides of a sub-heading
#: share their language's little words and the story's names; a story in another
#: language shares few (Albanian after Italian: 0.02). Measured on the 530 headings of
#: the AEB and real pages with enough prose either side: 3 fall under it (the lowest
#: 0.0, a list of sports scores; the next 0.07-0.1), each then told by the detector
#: (milliseconds a call).
TURN_SHARED_WORDS_MAX = 0.05


def _run_sample(paragraphs: Iterable[str]) -> str | None:
    """The first :data:`TURN_SAMPLE_CHARS` characters of the paragraphs (nearest the
    heading first), joined, or None where they are fewer than :data:`TURN_MIN_PARAGRAPHS`
    or hold fewer than :data:`TURN_MIN_WORDS` words (words counted by their spaces)."""
    taken: list[str] = []
    size = words = 0
    for p in paragraphs:
        taken.append(p)
        size += len(p)
        words += p.count(" ") + 1
        if size >= TURN_SAMPLE_CHARS and len(taken) >= TURN_MIN_PARAGRAPHS:
            break
    if words < TURN_MIN_WORDS or len(taken) < TURN_MIN_PARAGRAPHS:
        return None
    return "\n\n".join(taken)[:TURN_SAMPLE_CHARS]


def language_turns(above: Iterable[str], below: Iterable[str]) -> bool:
    """Whether the prose ``below`` a heading is in another language than the prose
    ``above`` it (each given nearest the heading first): both runs long enough
    (:data:`TURN_MIN_WORDS`, :data:`TURN_MIN_PARAGRAPHS`), their words mostly different
    (:data:`TURN_SHARED_WORDS_MAX`), and the detector naming two languages for them.
    Text written without spaces between words (Chinese, Japanese, Thai) has too few
    words by that count, and is never read as turning here."""
    after = _run_sample(below)
    before = _run_sample(above) if after is not None else None
    if before is None or after is None:
        return False
    words_after = set(after.lower().split())
    if len(words_after & set(before.lower().split())) >= TURN_SHARED_WORDS_MAX * len(words_after):
        return False
    first, second = detect_language(before), detect_language(after)
    return UNDETERMINED not in (first, second) and first != second


def _words(text: str) -> list[str]:
    """``text``'s words, lower-cased: what the little-word tables below are counted in."""
    return [w.lower() for w in _WORD.findall(text)]


def _counted(words: list[str], little: frozenset[str] | set[str]) -> int:
    """How many of ``words`` are in the table ``little``."""
    return sum(1 for w in words if w in little)


def south_slavic_standard(text: str) -> str | None:
    """"bs" or "sr" for text the detector read as Croatian whose words are Bosnian's or
    Serbian's (:data:`~normalizer.cues.languages.EASTERN_WORDS`, a verb of wanting or
    being able with "da", against :data:`~normalizer.cues.languages.CROATIAN_WORDS`):
    Serbian where its ekavian forms outnumber the ijekavian ones, else Bosnian. None
    where the text reads as Croatian or says too little to tell."""
    words = _words(text)
    west = _counted(words, table.CROATIAN_WORDS)
    east = _counted(words, table.EASTERN_WORDS)
    east += sum(1 for verb, da in zip(words, words[1:], strict=False)
                if da == "da" and verb in table.EAST_DA_VERBS)
    if east < table.EAST_MIN or east <= table.EAST_OVER_WEST * west:
        return None
    ekavian = _counted(words, table.EKAVIAN_WORDS)
    ijekavian = _counted(words, table.IJEKAVIAN_WORDS)
    return "sr" if ekavian > ijekavian else "bs"


# Every letter of :data:`~normalizer.cues.languages.LETTER_LANGUAGES`, either case (one
# search tells most samples they hold none).
_OWN_LETTERS = frozenset("".join(letters for _, letters, _ in table.LETTER_LANGUAGES))
_OWN_LETTER = re.compile("[" + "".join(sorted(_OWN_LETTERS | {c.upper() for c in _OWN_LETTERS}))
                         + "]")


# An accented Latin letter (Latin-1 Supplement to IPA Extensions, and the modifier letter
# Uzbek writes in oʻ and gʻ).
_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u02bb]")


def letter_language(text: str) -> str | None:
    """The language of :data:`~normalizer.cues.languages.LETTER_LANGUAGES` whose own
    letters ``text`` writes (Icelandic þ, Kazakh қ ұ, ...), where it writes at least
    :data:`~normalizer.cues.languages.LETTER_MIN` of them in at least
    :data:`~normalizer.cues.languages.LETTER_WORD_SHARE` of its words: the one whose
    letters cover most of those present and leave fewest out, a tie to the smaller
    alphabet (Kyrgyz ң ө ү within Kazakh's). None otherwise: the detector decides."""
    lower = text.lower()
    found = [c for c in lower if c in _OWN_LETTERS]
    if len(found) < table.LETTER_MIN:
        return None
    words = _WORD.findall(lower)
    holding = sum(1 for w in words if not _OWN_LETTERS.isdisjoint(w))
    if holding < table.LETTER_WORD_SHARE * len(words):
        return None
    present = set(found)
    accented = _ACCENTED.findall(lower)
    best: tuple[int, float] | None = None
    code = None
    for lang, letters, alphabet in table.LETTER_LANGUAGES:
        if alphabet and sum(1 for c in accented if c not in alphabet) \
                > table.LETTER_FOREIGN_SHARE * len(accented):
            continue  # letters its alphabet lacks: another language (or code page)
        own = set(letters)
        score = (len(present & own) - len(present - own), len(present & own) / len(own))
        if present & own and (best is None or score > best):
            best, code = score, lang
    return code or None


def word_language(text: str) -> str | None:
    """The language of :data:`~normalizer.cues.languages.WORD_LANGUAGES` whose little
    words make up at least :data:`~normalizer.cues.languages.WORD_LANGUAGE_SHARE` of
    ``text``'s words (Irish, Basque: the detector has no profile and answers English or
    Indonesian), or None."""
    words = _words(text)
    if not words:
        return None
    for code, little in table.WORD_LANGUAGES:
        if _counted(words, little) >= max(table.WORD_LANGUAGE_SHARE * len(words),
                                          table.WORD_LANGUAGE_MIN_WORDS):
            return code
    return None


def serbian_words(text: str) -> bool:
    """Cyrillic text read as Macedonian whose little words are Serbian's
    (:data:`~normalizer.cues.languages.SERBIAN_CYRILLIC_WORDS` outnumbering
    :data:`~normalizer.cues.languages.MACEDONIAN_WORDS`)."""
    words = _words(text)
    serbian = _counted(words, table.SERBIAN_CYRILLIC_WORDS)
    return serbian >= table.SERBIAN_WORDS_MIN \
        and serbian > _counted(words, table.MACEDONIAN_WORDS)


def belarusian(text: str) -> bool:
    """Cyrillic text writing both Belarusian's і (never Russian's) and ы or э (never
    Ukrainian's), each at least :data:`~normalizer.cues.languages.BELARUSIAN_MIN` times."""
    lower = text.lower()
    return (sum(lower.count(c) for c in table.BELARUSIAN_I) >= table.BELARUSIAN_MIN
            and sum(lower.count(c) for c in table.BELARUSIAN_RUSSIAN) >= table.BELARUSIAN_MIN)


def malay(text: str) -> str | None:
    """"ms" for text the detector read as Indonesian whose words are standard Malay's
    (:data:`~normalizer.cues.languages.MALAY_WORDS` outnumbering
    :data:`~normalizer.cues.languages.INDONESIAN_WORDS`); None otherwise."""
    words = _words(text)
    malay_words = _counted(words, table.MALAY_WORDS)
    if malay_words < table.MALAY_MIN:
        return None
    indonesian = _counted(words, table.INDONESIAN_WORDS)
    return "ms" if malay_words > table.MALAY_OVER_INDONESIAN * indonesian else None


_NGUNI_SPELLING = re.compile(table.NGUNI_SPELLING, re.IGNORECASE)


_NGUNI_PREFIXED_NAME = re.compile(table.NGUNI_PREFIXED_NAME)
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def nguni_shaped(text: str) -> bool:
    """Text shaped as isiZulu or isiXhosa whatever the detector answered for it: spelt as
    Swahili never is, nearly all its words ending in a vowel, and a prefix written before
    a capital (:data:`~normalizer.cues.languages.NGUNI_VOWEL_FINAL_SHARE`)."""
    if not _NGUNI_PREFIXED_NAME.search(text) \
            or len(_NGUNI_SPELLING.findall(text)) < table.NGUNI_SPELLING_MIN:
        return False
    words = _LONG_WORD.findall(text)
    if len(words) < table.NGUNI_WORDS_COUNTED_MIN:
        return False
    vowel_final = sum(1 for w in words if w[-1] in "aeiouAEIOU")
    return vowel_final >= table.NGUNI_VOWEL_FINAL_SHARE * len(words)


def nguni_language(text: str) -> str | None:
    """"zu" or "xh" for text spelt as Swahili never is
    (:data:`~normalizer.cues.languages.NGUNI_SPELLING`: click letters, hl, dl): the one
    whose little words (:data:`~normalizer.cues.languages.NGUNI_WORDS`) the text uses
    more; None where they do not tell (none, or as many of each) or the text is not so
    spelt (:func:`detect_language` then names
    :data:`~normalizer.cues.languages.NGUNI_DEFAULT` for text :func:`nguni_shaped`)."""
    if len(_NGUNI_SPELLING.findall(text)) < table.NGUNI_SPELLING_MIN:
        return None
    words = _words(text)
    counts = {code: _counted(words, little)
              for code, little in table.NGUNI_WORDS.items()}
    best = max(counts, key=lambda code: counts[code])
    if counts[best] < table.NGUNI_WORDS_MIN \
            or sum(1 for c in counts.values() if c == counts[best]) > 1:
        return None
    return best


_SERBIAN_LETTERS = re.compile(f"[{table.SERBIAN_LETTERS}]")


def serbian_cyrillic(text: str) -> bool:
    """Cyrillic text with Serbian's own letters ђ and ћ
    (:data:`~normalizer.cues.languages.SERBIAN_LETTERS`), which no other language the
    detector knows writes."""
    return len(_SERBIAN_LETTERS.findall(text)) >= table.SERBIAN_LETTERS_MIN


_NEEDED = {code: re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")
           for code, ranges in table.SCRIPT_NEEDED.items()}


def _without(langlist: Sequence[str], probabilities: Sequence[float],
             ruled_out: set[str]) -> str | None:
    """The first language once those ``ruled_out`` are (the sample lacks the script each
    is always written in, :data:`~normalizer.cues.languages.SCRIPT_NEEDED`): the others'
    probabilities renormalized, so the threshold stays langdetect's."""
    rest = [0.0 if lang in ruled_out else p
            for lang, p in zip(langlist, probabilities, strict=True)]
    total = sum(rest)
    return _top_language(langlist, [p / total for p in rest]) if total > 0 else None


def _script_language(sample: str) -> str | None:
    """The language of a script the detector lacks (Armenian, Georgian, ...), where most
    of the sample's letters are written in it (:data:`~normalizer.cues.languages.SCRIPTS`):
    the detector would answer some other language for it, never "und"."""
    letters = len(_LETTERS.findall(sample))
    for code, pattern in _SCRIPT_PATTERNS:
        if len(pattern.findall(sample)) >= table.SCRIPT_SHARE * letters:
            return code
    return None


def declared_language(value: str | None) -> str | None:
    """The primary language of a page's ``lang`` attribute ("bs-BA" -> "bs", "en_US" ->
    "en"), or None."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def settle_relatives(stories: Sequence[Story], declared: str | None) -> bool:
    """Where the page declares a language the detector has no profile for and the
    detector answered one of its close relatives for a story (Bosnian read as Croatian),
    the page's declaration names the story's language
    (:data:`~normalizer.cues.languages.RELATIVES`). True when a story changed."""
    relatives = table.RELATIVES.get(declared or "")
    if not relatives:
        return False
    code = table.DECLARED_AS.get(declared or "", declared)
    changed = False
    for story in stories:
        if story["language"] in relatives:
            story["language"] = code
            changed = True
    return changed


# langdetect's Detector, read where tagwire does its work: the text it keeps of what it
# is given (its default length limit), and the probability a language needs to be named.
_MAX_TEXT_LENGTH = 10_000
_PROB_THRESHOLD = 0.1
_UNKNOWN = "unknown"
_SPACE_RUN = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # (langdetect's test: 'A' <= ch <= 'z', the signs between too)
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


def _detector_text(text: str) -> str:
    """The text langdetect's ``Detector.append`` and ``cleaning_text`` leave of ``text``:
    addresses and mail addresses out, Vietnamese marks composed, runs of spaces one
    space; the Latin letters out where other letters outnumber them twice. Done with
    patterns instead of a Python loop a character, and without a Detector, whose
    making seeds a random generator from the system (a tenth of the detection's time).
    (langdetect means to leave its "Latin Extended Additional" block's letters out of
    the count of other letters, but compares its block number with the block's name:
    every letter from U+0300 on counts, as here.)"""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    text = _SPACE_RUN.sub(" ", text[:_MAX_TEXT_LENGTH])
    if 2 * len(_LATIN.findall(text)) < len(_NON_LATIN.findall(text)):
        text = _LATIN.sub("", text)
    return text


#: Han, kana and hangul characters outnumbering the Latin letters of a sample this many
#: times over make it a CJK-language text; its Latin letters (a site's English prompts
#: pasted under a Chinese story, product names) are left out before detection. A CJK
#: character is a syllable or a word, a Latin letter a fraction of one: langdetect, which
#: leaves Latin letters out only where other letters outnumber them twice, reads a
#: Chinese paragraph beside an English "Your browser does not appear to support ..." line
#: as English, its letters giving three n-grams each to a character's two.
CJK_OVER_LATIN = 1.0


def _cjk_text(text: str) -> str:
    """``text`` without its Latin letters where it is mostly CJK characters
    (:data:`CJK_OVER_LATIN`); unchanged otherwise."""
    latin = len(_LATIN.findall(text))
    if latin and len(_CJK.findall(text)) >= CJK_OVER_LATIN * latin:
        return _LATIN.sub("", text)
    return text


#: Japanese prose writes its endings and particles in kana: of the Han and kana characters
#: of the 187 Japanese stories of the AEB, real pages and dumps, kana are 29% to 83% (a
#: sample of 300 characters). A sample with fewer than this share is Chinese text with a
#: Japanese line beside it (a site's "こちらのページは繁体字版です" prompt under a
#: Chinese story), whatever the kana's n-grams weigh with the detector.
JA_KANA_MIN_SHARE = 0.15
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _few_kana(text: str) -> bool:
    """Whether kana are fewer than :data:`JA_KANA_MIN_SHARE` of ``text``'s Han and kana."""
    kana = len(_KANA.findall(text))
    return kana < JA_KANA_MIN_SHARE * (kana + len(_HAN.findall(text)))


def _top_language(langlist: Sequence[str], probabilities: Sequence[float]) -> str | None:
    """langdetect's first language (``Detector._sort_probability``: those above its
    threshold, the most probable first, ties in the profiles' order), or None."""
    best, top = None, _PROB_THRESHOLD
    for lang, p in zip(langlist, probabilities, strict=True):
        if p > top:
            best, top = lang, p
    return best


def _probabilities(factory, text: str, trials: int, *, early_exit: bool) -> list[float]:
    """langdetect's ``Detector._detect_block`` (same draws, same arithmetic) on ``text``
    (:func:`_detector_text`), ``trials`` trials, stopping
    after the first trial when it converged (its top language above langdetect's own
    convergence threshold): the later trials then almost always agree, and each costs
    as much as the first. On the 625 stories of the AEB and real pages this halves the
    time and changes 3 answers: two texts of three or four words and a table of sports
    scores."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    known = factory.word_lang_prob_map
    ngrams = _ngrams(text, known)
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    languages = len(factory.langlist)
    langprob = [0.0] * languages
    rnd = random.Random(factory.seed)  # (a Detector seeds its own so before each text)
    done = 0
    for _ in range(trials):
        prob = [1.0 / languages] * languages  # (no prior map)
        alpha = Detector.ALPHA_DEFAULT + rnd.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weight = alpha / Detector.BASE_FREQ
        # Detector._update_lang_prob and _normalize_prob: the same arithmetic in the same
        # order, as list operations, the n-grams drawn as langdetect draws them (the same
        # index of the same list). It normalizes after the first draw and then after
        # every fifth: the division and the five products between are taken in one
        # pass over the languages (each probability divided, then times its five
        # factors in turn, as six passes do). Its test of the largest normalized value
        # is the largest value divided (a division by a positive number keeps the order).
        draw = rnd.choice
        prob = [p * (weight + q) for p, q in zip(prob, known[draw(ngrams)], strict=False)]
        i = 0
        while True:
            total = sum(prob)
            if max(prob) / total > Detector.CONV_THRESHOLD or i >= Detector.ITERATION_LIMIT:
                prob = [p / total for p in prob]
                break
            r1, r2, r3, r4, r5 = (known[draw(ngrams)] for _ in range(5))
            prob = [p / total * (weight + q1) * (weight + q2) * (weight + q3)
                    * (weight + q4) * (weight + q5)
                    for p, q1, q2, q3, q4, q5 in zip(prob, r1, r2, r3, r4, r5, strict=False)]
            i += 5
        langprob = [a + p for a, p in zip(langprob, prob, strict=True)]
        done += 1
        if early_exit and max(prob) > Detector.CONV_THRESHOLD:
            break
    return [p / done for p in langprob]


# langdetect's NGram.normalize by code point (a str.translate table), and the known
# n-grams of each word met: both bounded (a few MB at most).
_NORMALIZED: dict[int, str] = {}
_NORMALIZED_MAX = 100_000
_WORD_NGRAMS: dict[str, list[str]] = {}
_WORD_NGRAMS_MAX = 50_000


def _ngrams(text: str, known: Mapping[str, Any]) -> list[str]:
    """langdetect's ``Detector._extract_ngrams`` (the same n-grams in the same order),
    word by word: its n-gram window starts afresh after every space, so a word (with
    the space after it, where one follows) gives the same n-grams wherever it stands,
    and those of a word met before (the common words of every story) are looked up,
    not counted again. Its per-character normalization is looked up once per
    character."""
    from langdetect.utils.ngram import NGram

    table = _NORMALIZED
    missing = {ord(ch): NGram.normalize(ch) for ch in set(text) if ord(ch) not in table}
    if missing:
        if len(table) + len(missing) <= _NORMALIZED_MAX:
            table.update(missing)
        else:  # a full table: this text's characters on a copy
            table = {**table, **missing}
    text = text.translate(table)
    found: list[str] = []
    words = text.split(" ")
    last = len(words) - 1
    cache = _WORD_NGRAMS
    for k, word in enumerate(words):
        if not word:
            continue
        if k < last:
            word += " "
        grams = cache.get(word)
        if grams is None:
            grams = _word_ngrams(word, known)
            if len(cache) < _WORD_NGRAMS_MAX:
                cache[word] = grams
        found.extend(grams)
    return found


def _word_ngrams(word: str, known: Mapping[str, Any]) -> list[str]:
    """The n-grams langdetect takes from one normalized word (and the space after it),
    its window starting as after a space: ``NGram.add_char`` and ``get``, inlined."""
    found: list[str] = []
    grams = " "
    capital = False
    for c in word:
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if c == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += c
        if c.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        if c != " " and c in known:
            found.append(c)
        if len(grams) >= 2:
            if grams[-2:] in known:
                found.append(grams[-2:])
            if len(grams) >= 3 and grams in known:
                found.append(grams)
    return found


def post_language(stories: Sequence[Mapping[str, Any]]) -> str:
    """The language of most of the post's words."""
    weights: dict[str, int] = {}
    for s in stories:
        weights[s["language"]] = weights.get(s["language"], 0) + s["word_count"]
    known = {k: v for k, v in weights.items() if k != UNDETERMINED}
    pool = known or weights
    return max(pool, key=lambda lang: pool[lang]) if pool else UNDETERMINED
