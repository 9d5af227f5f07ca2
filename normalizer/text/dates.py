"""Date lines: recognising them, and reading the date they carry.

A date line is a block that carries nothing but a date, a time, words such as
"Updated on" or "Last Updated:", and at most a source label ("Haaretz — Nov 23, 2017
7:43 AM"). Recognition is a cheap token test; parsing reads the few usual shapes of a date line
with the month names of several languages.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from functools import lru_cache

from normalizer.cues.text import (
    DATE_LABEL_ONLY_RE,
    DATE_LINE_WORDS,
    MONTH_NAMES_BY_NUMBER,
    MONTHS,
    SEASON_WORDS,
    WEEKDAYS,
)
from normalizer.text.months import (
    ARABIC_MONTH_NAMES_BY_NUMBER,
    CYRILLIC_MONTH_NAMES_BY_NUMBER,
    CYRILLIC_WEEKDAYS,
    LATIN_WEEKDAYS,
    MARKED_SCRIPT_MONTH_NAMES_BY_NUMBER,
    PERSIAN_DATE_LINE_WORDS,
    PERSIAN_SOLAR_MONTHS,
    PERSIAN_WEEKDAYS,
)
from normalizer.text.months import MONTH_NAMES_BY_NUMBER as MORE_MONTH_NAMES

#: The Arabic letters a Persian page may type for the Persian yeh and kaf ("ارديبهشت"),
#: folded to the Persian ones before a Persian date is read.
_PERSIAN_FOLD = str.maketrans("يكى", "یکی")


def _both_spellings(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` as written with the Persian letters and with the Arabic ones a page may
    type for them (:data:`_PERSIAN_FOLD`), each letter either way ("يکشنبه")."""
    from itertools import product

    spelled: set[str] = set()
    for word in words:
        choices = [{c, "ي"} if c == "ی" else {c, "ك"} if c == "ک" else {c} for c in word]
        spelled.update("".join(letters) for letters in product(*choices))
    return frozenset(spelled)


_MONTHS = frozenset(MONTHS) | frozenset(n for rows in (MORE_MONTH_NAMES,
                                                       CYRILLIC_MONTH_NAMES_BY_NUMBER)
                                        for row in rows for n in row) \
    | frozenset(n.split()[0] for row in ARABIC_MONTH_NAMES_BY_NUMBER for n in row) \
    | _both_spellings(tuple(n for row in PERSIAN_SOLAR_MONTHS for n in row))
_WEEKDAYS = frozenset(WEEKDAYS) | frozenset(CYRILLIC_WEEKDAYS) | frozenset(LATIN_WEEKDAYS) \
    | _both_spellings(PERSIAN_WEEKDAYS)
_SEASONS = frozenset(SEASON_WORDS)
#: Words a line dated by a season may hold besides (the writer's name: "Patrick Iber ▪
#: Summer 2022").
SEASON_LINE_MAX_REST = 2
_FILLER = frozenset(DATE_LINE_WORDS) | _both_spellings(PERSIAN_DATE_LINE_WORDS)
_TOKEN = re.compile(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th|er|e|º|\.)?|[^\s\w]", re.UNICODE)
# Where a year-first ISO date may start: at a word's edge, or glued to a Chinese name before
# it where its time follows (" 谢若含2017-03-01 14:27:02": the writer, then when).
_ISO_START = r"(?:\b|(?<=[\u3400-\u9fff])(?=\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}))"
_MONTH_FIGS = r"(?:0?[1-9]|1[0-2])"
_DAY_FIGS = r"(?:0?[1-9]|[12]\d|3[01])"
_NUMERIC_DATE = re.compile(_ISO_START + r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
                           r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
                           # Japan's "2019/04/21 11:51", with its clock (a slashed date
                           # alone may open a note: "2026/08/02 新增：...")
                           r"|\b(?:19|20)\d\d/[01]?\d/[0-3]?\d\s+[0-2]?\d:[0-5]\d\b"
                           r"|\b[0-3]?\d-[01]?\d-(?:19|20)\d\d(?=\s*[,•·|]?\s*\d{1,2}[:h]\d{2}\b)"
                           r"|\b[1۱][34۳۴]\d\d/\d{1,2}/\d{1,2}\b"  # Persian "۱۴۰۳/۰۸/۱۲"
                           # Korea's "2022.06.22 17:11", year first, the month and day in
                           # two figures, then the clock (a teaser's "Név | 2019.04.02.,
                           # kedd 10:30" stays no date line, round 22)
                           r"|\b(?:19|20)\d\d\.[01]\d\.[0-3]\d(?=\s+[0-2]?\d:[0-5]\d\b)"
                           # a line that is only a dashed date with a two-digit year
                           # ("06-13-22" over Fast Company's kicker)
                           r"|^\s*(?:" + _MONTH_FIGS + "-" + _DAY_FIGS + "|" + _DAY_FIGS + "-"
                           + _MONTH_FIGS + r")-\d{2}\s*$")
# Numeric dates year first with dots: Korean and Hungarian "2024. 5. 13." / "2020. 08.
# 18.", "2024.03.31". Not glued to a word before it: "Nuomonės2024.03.31" is a section's
# label over a headline, which a dump's reader would take for a byline under one. (Slashed
# "2018/6/19" is read in listings only: a line of notes opening "2026/08/02 新增：..." is
# text, not a caption's date.)
_YMD_NUMERIC = re.compile(
    r"(?<![^\W_])(?P<y>(?:19|20)\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?!\d|:|\.\d)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# East Asian dates: "2018年9月18日", "2021년 6월 15일".
_CJK_YMD = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# ... and, on a line that holds such a date, its clock and a yearless day of its update
# ("2025年1月14日 01時28分 (1月14日 01時40分更新)": the day and time it was published and
# updated, no words of a sentence).
_CJK_CLOCK_OR_DAY = re.compile(r"\d{1,2}\s*[時시]\s*\d{1,2}\s*[分분]"
                               r"|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")


# -- relative dates ("2 hours ago") ---------------------------------------------------------

#: How pages say how long ago something was published, one row a language: (language, the
#: phrase with ``{n}`` for the number and ``{unit}`` for a unit word of that row, its unit
#: words). A relative date names no day without the page's own date, so a line that is only
#: such a phrase (perhaps with a label: "Updated 15 hrs ago", "Holiday / 19 mins ago") is a
#: date line whose date is unknown: metadata, never a headline or story text, and
#: :func:`parse_date` gives None for it. Gathered from news sites' own wording; abbreviations
#: as the sites print them.
RELATIVE_DATE_PHRASES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("en", r"{n}\s*{unit}\s+ago", ("seconds?", "secs?", "minutes?", "mins?", "m", "hours?",
                                   "hrs?", "h", "days?", "d", "weeks?", "wks?", "months?",
                                   "years?", "yrs?")),
    ("es", r"hace\s+{n}\s*{unit}", ("segundos?", "minutos?", "min", "horas?", "h", "d[ií]as?",
                                    "semanas?", "mes(?:es)?", "años?")),
    ("pt", r"h[áa]\s+{n}\s*{unit}(?:\s+atr[áa]s)?", ("segundos?", "minutos?", "min", "horas?",
                                                     "h", "dias?", "semanas?", "m[êe]s(?:es)?",
                                                     "anos?")),
    ("pt", r"{n}\s*{unit}\s+atr[áa]s", ("minutos?", "horas?", "dias?", "semanas?")),
    ("fr", r"il\s+y\s+a\s+{n}\s*{unit}", ("secondes?", "minutes?", "min", "mn", "heures?", "h",
                                          "jours?", "j", "semaines?", "mois", "ans?", "années?")),
    ("de", r"vor\s+{n}\s*{unit}", ("Sekunden?", "Sek\\.?", "Minuten?", "Min\\.?", "Stunden?",
                                   "Std\\.?", "Tagen?", "Wochen?", "Monaten?", "Jahren?")),
    ("it", r"{n}\s*{unit}\s+fa", ("secondi", "minuti?", "min", "ore", "ora", "giorni?",
                                  "settimane?", "mesi?", "anni?")),
    ("nl", r"{n}\s*{unit}\s+geleden", ("seconden", "minuten?", "min", "uur", "u", "dagen",
                                       "dag", "weken", "week", "maanden?", "jaar")),
    ("pl", r"{n}\s*{unit}\s+temu", ("sekund[ya]?", "minut[ya]?", "min\\.?", "godzin[ya]?",
                                    "godz\\.?", "dni", "dzień", "tygodni[ea]?", "miesięcy",
                                    "miesiące?", "lat[a]?", "rok")),
    # (a video's age in years as portals write it too: "Před 8 roky", "před 1 rokem")
    ("cs", r"před\s+{n}\s*{unit}", ("sekundami", "minutami", "minutou", "hodinami", "hodinou",
                                    "dny", "dnem", "týdny", "týdnem", "měsíci", "měsícem",
                                    "lety", "roky", "rokem")),
    ("sk", r"pred\s+{n}\s*{unit}", ("sekundami", "minútami", "minútou", "hodinami", "hodinou",
                                    "dňami", "dňom", "týždňami", "týždňom", "mesiacmi",
                                    "mesiacom", "rokmi", "rokom")),
    ("ru", r"{n}\s*{unit}\s+назад", ("секунд[уы]?", "минут[уы]?", "мин\\.?", "час(?:а|ов)?",
                                     "ч\\.?", "дн(?:я|ей)", "день", "недел[юиь]", "месяц(?:а|ев)?",
                                     "год(?:а)?", "лет")),
    ("uk", r"{n}\s*{unit}\s+тому", ("секунд[иу]?", "хвилин[иу]?", "хв\\.?", "годин[иу]?",
                                    "год\\.?", "дн(?:і|ів)", "день", "тижн(?:і|ів|ень)",
                                    "місяц(?:і|ів|ь)", "рок(?:и|ів)?")),
    ("tr", r"{n}\s*{unit}\s+önce", ("saniye", "dakika", "dk\\.?", "saat", "sa\\.?", "gün",
                                    "hafta", "ay", "yıl")),
    ("sv", r"(?:för\s+)?{n}\s*{unit}\s+sedan", ("sekunder", "minuter", "min", "timmar?",
                                                "tim", "dagar", "dag", "veckor", "vecka",
                                                "månader", "år")),
    ("da", r"for\s+{n}\s*{unit}\s+siden", ("sekunder", "minutter", "min\\.?", "timer?",
                                           "t\\.?", "dage", "dag", "uger", "uge", "måneder",
                                           "år")),
    ("ro", r"acum\s+{n}\s*{unit}", ("secunde", "minute", "minut", "min", "ore", "oră", "zile",
                                    "zi", "săptămâni", "luni", "ani")),
    ("hu", r"{n}\s*{unit}", ("perce", "órája", "napja", "hete", "hónapja", "éve")),
    ("el", r"πριν\s+(?:από\s+)?{n}\s*{unit}", ("λεπτά", "λεπτό", "ώρες", "ώρα", "ημέρες",
                                               "μέρες", "εβδομάδες", "μήνες", "χρόνια")),
    ("id", r"{n}\s*{unit}\s+(?:yang\s+)?lalu", ("detik", "menit", "jam", "hari", "minggu",
                                                 "bulan", "tahun")),
    ("vi", r"{n}\s*{unit}\s+trước", ("giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm")),
    # (Arabic: "منذ" and "قبل", "since" and "before": "قبل 12 دقيقة" under a list's title)
    ("ar", r"(?:منذ|قبل)\s+{n}\s*{unit}", ("ثوان[ٍي]?", "دقائق", "دقيقة", "ساعات", "ساعة",
                                        "أيام", "يوم", "أسابيع", "أسبوع", "أشهر", "شهر",
                                        "سنوات", "سنة")),
    ("ar", r"(?:منذ|قبل)\s+{unit}", ("دقيقتين", "ساعتين", "يومين", "أسبوعين", "شهرين", "سنتين")),
    ("fa", r"{n}\s*{unit}\s+(?:پیش|قبل)", ("ثانیه", "دقیقه", "ساعت", "روز", "هفته", "ماه",
                                            "سال")),
    ("hr", r"(?:prije|pre)\s+{n}\s*{unit}", ("sekund[ei]?", "minut[ae]?", "min", "sata?", "sati",
                                      "dana?", "tjedna?", "sedmic[ae]", "mjesec[ai]?",
                                      "mesec[ai]?", "godin[aeu]")),
    ("sr", r"пре\s+{n}\s*{unit}", ("секунд[еи]?", "минут[аe]?", "сата?", "сати", "дана?",
                                     "недељ[аеу]", "месец[аи]?", "годин[аеу]")),
    ("he", r"לפני\s+{n}\s*{unit}", ("שניות", "דקות", "שעות", "ימים", "שבועות", "חודשים",
                                    "שנים")),
    ("hi", r"{n}\s*{unit}\s+पहले", ("सेकंड", "मिनट", "घंटे", "घंटा", "दिन", "सप्ताह", "महीने",
                                   "साल")),
    ("zh", r"{n}\s*{unit}前", ("秒", "秒钟", "分钟", "分鐘", "小时", "小時", "天", "周", "週",
                               "个月", "個月", "年")),
    ("ja", r"{n}\s*{unit}前", ("秒", "分", "時間", "日", "週間", "か月", "ヶ月", "年")),
    ("ko", r"{n}\s*{unit}\s*전", ("초", "분", "시간", "일", "주", "개월", "년")),
    ("th", r"{n}\s*{unit}\s*(?:ที่แล้ว|ก่อน)", ("วินาที", "นาที", "ชั่วโมง", "ชม\\.", "วัน",
                                                "สัปดาห์", "เดือน", "ปี")),
)
#: The number of a relative date: digits of any script (not glued to a word's digits before
#: it), or the words for "a"/"one" that pages write instead ("an hour ago", "hace un día").
_RELATIVE_NUMBER = (r"(?:(?<!\d)\d{1,3}|(?<![^\W\d_])(?:an?|one|un[ae]?|uno|um[a]?|ein(?:er|em)?|"
                    r"jeden|jedną|одну|один|одна|bir|ett?|en|o)(?![^\W\d_]))")


def _relative_re() -> re.Pattern[str]:
    # A phrase opening with its number may follow a word with no space ("Reuters13 mins ago");
    # one opening with a word starts a word.
    parts = [("" if phrase.startswith("{n}") else r"(?<![^\W\d_])")
             + phrase.format(n=_RELATIVE_NUMBER, unit="(?:" + "|".join(units) + ")")
             for _lang, phrase, units in RELATIVE_DATE_PHRASES]
    return re.compile("(?:" + "|".join(parts) + r")(?![^\W\d_])", re.IGNORECASE)


_RELATIVE = _relative_re()
# What every relative phrase holds: its number with a unit word after it, of any row (or,
# for the Arabic dual, its unit), and where the row's phrase goes on with a space or ends
# there, no letter right after the unit. Searched first: a number alone is in most short
# lines ("a", "one", a figure), a number before a unit word in few, and the whole pattern
# costs ten times as much on a line where it finds nothing.
def _relative_needs() -> re.Pattern[str]:
    apart: list[str] = []  # units of rows whose phrase has no letter right after the unit
    glued: list[str] = []
    alone: list[str] = []
    for _lang, phrase, group in RELATIVE_DATE_PHRASES:
        if "{n}" not in phrase:
            alone.extend(group)
            continue
        assert "{n}\\s*{unit}" in phrase, phrase  # (what this precheck reads)
        after = phrase.split("{unit}", 1)[1]
        ends = after == "" or after.startswith(("\\s+", "(?:\\s+"))
        (apart if ends else glued).extend(group)
    return re.compile(
        f"{_RELATIVE_NUMBER}\\s*(?:(?:{'|'.join(apart)})(?![^\\W\\d_])|{'|'.join(glued)})"
        f"|{'|'.join(alone)}", re.IGNORECASE)


_RELATIVE_NEEDS = _relative_needs()


#: A line that is only a time of day ("6:14 a.m.", "14:05 Uhr", "10.20 h"): a date line with
#: no day, as a list of the day's stories prints it under each headline.
_CLOCK_ONLY = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}[.h]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h))"
    r"(?:\s*(?:gmt|utc|et|est|edt|cet|cest|bst|msk|pst|pdt|ist|jst|uhr))?\s*$",
    re.IGNORECASE)


#: How pages name the day of a story published lately, by the day's word and its time of day
#: ("heute, 18:00 Uhr", "gestern, 17:35 Uhr", "Today 6:14 pm", "ayer, 10:30"), one row a
#: language: (language, the words for today and the days before it). Like a relative date,
#: such a line names no day without the page's own date: metadata, never story text.
RELATIVE_DAY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("en", ("today", "yesterday")),
    ("de", ("heute", "gestern", "vorgestern")),
    ("es", ("hoy", "ayer", "anteayer")),
    ("fr", ("aujourd'hui", "aujourd’hui", "hier", "avant-hier")),
    ("it", ("oggi", "ieri")),
    ("pt", ("hoje", "ontem")),
    ("nl", ("vandaag", "gisteren")),
    ("pl", ("dzisiaj", "dziś", "wczoraj")),
    ("cs", ("dnes", "včera")),
    ("sv", ("idag", "i dag", "igår", "i går")),
    ("da", ("i dag", "i går")),
    ("tr", ("bugün", "dün")),
    ("ru", ("сегодня", "вчера")),
    ("uk", ("сьогодні", "вчора")),
)
#: The word that may join the day's word to its time ("today at 6:14", "hier à 18h").
#: (Not Russian's "в": "Вчера в 10:15" stamps a reader's comment more often than a story.)
RELATIVE_DAY_JOINS = ("at", "um", "a las", "à", "alle", "às", "om", "kl.", "kl")
_RELATIVE_DAY_CLOCK = re.compile(
    r"^\s*(?:" + "|".join(sorted({re.escape(w).replace("\\ ", r"\s+")
                                   for _lang, words in RELATIVE_DAY_WORDS for w in words},
                                  key=len, reverse=True))
    + r")\s*,?\s*(?:(?:" + "|".join(re.escape(w) for w in RELATIVE_DAY_JOINS) + r")\s+)?"
    r"(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*h)(?:\s*[ap]\.?\s?m\.?|\s*uhr|\s*h)?\s*$",
    re.IGNORECASE)


def relative_date(text: str) -> bool:
    """Whether ``text`` says how long ago (:data:`RELATIVE_DATE_PHRASES`): a date that no
    day can be read from."""
    return bool(_RELATIVE_NEEDS.search(text) and _RELATIVE.search(text))


_ASCII_DIGIT = re.compile("[0-9]")


def _named_ymd(text: str) -> str:
    """``text`` without its year-first dotted date (:data:`_YMD_NUMERIC`: "박상우 2024. 5.
    13. 12:52", a writer's name beside it) where the date is a real day and at most one
    word stands beside it: a name in any script, written in capitals or not (a Korean
    portal's writer). Two words may be a sentence's ("Version 2024.1.5 released today"),
    or a byline's with its day ("Laky Zoltán | 2018.08.03., péntek 12:14"), which a
    listing's teaser carries: neither is read as a date line by this shape."""
    m = _YMD_NUMERIC.search(text)
    if m is None or _valid(int(m["y"]), int(m["m"]), int(m["d"])) is None:
        return text
    rest = text[:m.start()] + " " + text[m.end():]
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return rest if len(words) <= 1 else text


def has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``: what the date-line
    test counts as one, superscripts and circled numbers too); a line without one is no
    date line but for a label or a relative date."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


def split_date_line(text: str) -> tuple[bool, str]:
    """Whether ``text`` is a date line, and what is left once date words are taken out.

    The rest is what a source label would be ("Haaretz —" -> "Haaretz").
    """
    if len(text) > 90:
        return False, text
    if DATE_LABEL_ONLY_RE.match(text):
        return True, ""
    numbered = has_digit(text)
    if numbered and _CLOCK_ONLY.match(text):
        return True, ""  # "6:14 a.m." under a headline: the time of a day the page implies
    if numbered and _DATE_AND_PAGE.match(text):
        return True, ""  # "26-11-2011, p.26": a press database's date and its paper's page
    if numbered and _RELATIVE_DAY_CLOCK.match(text):
        return True, ""  # "heute, 18:00 Uhr" under a teaser: today's or yesterday's time
    if _RELATIVE_NEEDS.search(text) and _RELATIVE.search(text):
        # "Hace 13 horas", "Holiday / 19 mins ago", "Yahoo Movies UK32 mins ago": what is
        # left beside the phrase is a label or a source, as beside a date.
        words = [w for w in _RELATIVE.sub(" ", text).split()
                 if w.lower().strip(":") not in _FILLER and any(c.isalnum() for c in w)]
        if len(words) <= 4:
            return True, " ".join(words).strip(" /|·•-–—,:")
    if not numbered:  # no date, no number of a day or a year: most short lines of a page
        return False, text
    stripped = _CJK_YMD.sub(" ", _NUMERIC_DATE.sub(" ", _named_ymd(text)))
    if stripped != text and _CJK_YMD.search(text):
        stripped = _CJK_CLOCK_OR_DAY.sub(" ", stripped)
    has_date = stripped != text
    if not text.isascii() and _MARKED_SCRIPT.search(stripped):  # "26 अक्टूबर 2018"
        stripped, found = _MARKED_SCRIPT_DATE.subn(" ", unicodedata.normalize("NFC", stripped))
        has_date = has_date or found > 0
    rest: list[str] = []
    month = digits = season = False
    for tok in _TOKEN.findall(stripped):
        low = tok.lower().rstrip(".")
        if low in _MONTHS:
            month = True
        elif low in _SEASONS and tok[:1].isupper() and _YEAR.search(text):
            month = season = True  # (or an issue's season and year: "Summer 2022")
        elif (glued := _glued_month(tok)) is not None:
            month = True
            rest.append(glued)
        elif tok[0].isdigit():
            digits = True
        elif low in _WEEKDAYS or low in _FILLER or tok.lower() in _FILLER or not tok[0].isalnum():
            pass
        else:
            rest.append(tok)
    is_date = has_date or (month and digits) or (digits and bool(_YEAR.search(text)) and not rest)
    if not is_date or (season and not has_date and len(rest) > SEASON_LINE_MAX_REST):
        # (a season beside more than a writer's name: a heading, "3 Emacspeak And Advice —
        # Fall 1994")
        return False, text
    if rest and not has_date and _has_prose_word(text) \
            and not _CLOCK.search(text) and parse_date(text) is None:
        # a day and a month alone, among words of a sentence: a headline or a teaser that
        # names a day ("КЪСМЕТЧЕ за 15 октомври според зодията", "قیمت روز خودرو در ۲۱
        # اردیبهشت"), not a date line, whose yearless form holds only names beside the
        # date ("SEOUL, Aug. 20 (Yonhap) --", "ROMA, 28 LUG -", "iShop 14 Dec")
        return False, text
    return len(rest) <= 4 or _FILED_UNDER.match(text) is not None, " ".join(rest)


#: The sections a teaser was filed under, listed before its date ("In News, Portugal,
#: Property, Europe - 22 Sep 2023, 16:02"): capitalised items of one to three words parted
#: by commas (three or more), then a dash or a bar and the date. A label however many its
#: items, as a section's name is; read as one word of the rest.
_FILED_ITEM = r"[A-ZÀ-Þ][\w'’.]*(?:\s+(?:&|[A-ZÀ-Þ][\w'’.]*)){0,2}"
_FILED_UNDER = re.compile(
    rf"^\s*(?:[^\W\d_]{{1,4}}\s+)?{_FILED_ITEM}(?:\s*,\s*{_FILED_ITEM}){{2,}}\s*[-–—|·•]\s*\d")


#: A line that is a day in figures and the page a paper printed the story on, nothing else,
#: as a press database heads its records ("26-11-2011, p.26", "02.04.2013 Seite: 23"): an
#: abbreviation or a word for "page" and its number beside the date. (With a name beside
#: them, "Trouw / 21-06-2013 / pagina 004", the line is the record's credit, its source's.)
_DATE_AND_PAGE = re.compile(
    r"^\s*(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})\s*[,;/|·–—-]?\s*"
    r"(?:pp?|pg|pag|page|pagina|página|seite|s|blz|str|side|sida|sivu)\.?:?\s*"
    r"\d{1,4}(?:\s*-\s*\d{1,4})?\s*$", re.IGNORECASE)


def _has_prose_word(text: str) -> bool:
    """Whether ``text`` holds a word of a sentence rather than a name or a label: a word
    of letters only (not "mobile_60x90_phone", an ad's picture beside its date), no month,
    weekday or filler word, and all lower-case ("за", "kitchen") or of a script without
    capitals (Persian, Urdu), where no word reads as a name."""
    for word in text.split():
        word = word.strip(_PUNCTUATION)
        if not word.isalpha() or (low := word.lower()) in _FILLER or low in _MONTHS \
                or low in _WEEKDAYS:
            continue
        if word.islower() or not any(c.isupper() or c.islower() for c in word):
            return True
    return False


_PUNCTUATION = ".,:;!?()[]{}\"'«»„“”‘’-–—/|·•…"


# A clock on a date line ("15 октомври, 14:30"): a yearless day with one is a date line.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


_MONTH_NUMBER = {name: num for rows in (MONTH_NAMES_BY_NUMBER, MORE_MONTH_NAMES,
                                        CYRILLIC_MONTH_NAMES_BY_NUMBER)
                 for num, names in enumerate(rows, start=1) for name in names}
#: A word glued to the next one's capital ("Associated PressApril 28, 2023"): a byline run
#: into its date by the flattening of a page.
GLUED_CAPITAL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def _glued_month(word: str) -> str | None:
    """The word before a month name glued to it ("PressApril" -> "Press"), else None: the
    month starts with a capital right after a lower-case letter."""
    parts = GLUED_CAPITAL.split(word)
    if len(parts) < 2 or parts[-1].lower().rstrip(".") not in _MONTH_NUMBER:
        return None
    return "".join(parts[:-1])
_WORD_DATE = re.compile(
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th|er|\.|º)?,?\s+(?:de\s+|di\s+)?(?P<m1>[^\W\d_]{3,12})\.?,?\s+"
    r"(?:del?\s+)?(?P<y1>\d{4})"  # ("9 de febrero del 2017", El Periódico's)
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    # year first: Hungarian "2021. április 29.", Lithuanian-style "2021 m. balandžio 29 d."
    r"|(?P<y3>\d{4})\.?\s+(?P<m3>[^\W\d_]{3,12})\.?\s+(?P<d3>\d{1,2})\b"
    # joined by hyphens: a cricket site's "13-May-2024", an Oracle-style "05-JAN-2015" (round 44)
    r"|(?<![\w-])(?P<d4>\d{1,2})-(?P<m4>[^\W\d_]{3,9})-(?P<y4>\d{4})(?![\w-])",
    re.UNICODE,
)
# Day, month, year in figures: "28.11.2017", "28/11/2017", and with hyphens "21-06-2013" (a
# Dutch clipping service's credit line), where both separators are the same hyphen, so that a
# range or a code ("12-3-2013-4") is not read.
_DMY = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b"
                  r"|(?<![\d-])(?P<hd>\d{1,2})-(?P<hm>\d{1,2})-(?P<hy>\d{4})(?![\d-])")


#: The earliest year a date line is read with: a figure shaped like an older date is more
#: often something else (a law's, a founding year, a product's number) than a story's day.
EARLIEST_YEAR = 1990
#: ... and where the date spells its own units ("1985年01月10日", year, month, day marks),
#: which no other figure does: a news database's archive of older papers (Asahi's Kikuzo
#: lists 1985's stories so).
EARLIEST_YEAR_MARKED = 1870
#: A year before :data:`EARLIEST_YEAR` (and from :data:`EARLIEST_YEAR_MARKED`): what asks
#: :func:`parse_date` to read a line again for a date that can be nothing else.
_OLD_YEAR = re.compile(r"(?<!\d)(?:18[7-9]\d|19[0-8]\d)(?!\d)")
# Year-first figures with a two-digit month and day and nothing between them but a dot or a
# hyphen ("1987.01.07", "1986-01-31"): a database's column of dates, which no law's, model's
# or founding year's figure is shaped like.
_PADDED_YMD = re.compile(r"(?<![\d.-])(?:18[7-9]\d|19[0-8]\d)([.-])\d{2}\1\d{2}(?![\d.-]?\d)")


def _arabic_date_re() -> re.Pattern[str]:
    names = sorted((n for row in ARABIC_MONTH_NAMES_BY_NUMBER for n in row), key=len,
                   reverse=True)
    name = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"
    # "8 فيفري 2019", "04 آب/اغسطس 2013", "4 آب (أغسطس) 2013": day, month (perhaps with
    # its other name after a slash or in brackets), year
    return re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{name})"
                      rf"(?:\s*/\s*{name}|\s*\(\s*{name}\s*\))?\s*[،,]?\s+(?P<y>\d{{4}})(?!\d)")


_ARABIC_DATE = _arabic_date_re()
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_ARABIC_MONTH = {" ".join(name.split()): num
                 for num, row in enumerate(ARABIC_MONTH_NAMES_BY_NUMBER, start=1) for name in row}


def _arabic_date(text: str) -> str | None:
    """The first date with an Arabic month name (:data:`ARABIC_MONTH_NAMES_BY_NUMBER`)
    in ``text``, else None: names of two words and of two letters (``آب``), which
    :data:`_WORD_DATE` does not read."""
    if not _ARABIC_LETTER.search(text):
        return None
    for m in _ARABIC_DATE.finditer(text):
        if found := _valid(int(m["y"]), _ARABIC_MONTH[" ".join(m["m"].split())], int(m["d"])):
            return found
    return None


def _marked_script_date_re() -> re.Pattern[str]:
    names = sorted({unicodedata.normalize("NFC", n)
                    for row in MARKED_SCRIPT_MONTH_NAMES_BY_NUMBER for n in row},
                   key=len, reverse=True)
    # day, month, year: "26 अक्टूबर 2018", "২৬ অক্টোবর ২০১৮" (digits of any script); the
    # name ends where a space or a comma follows it, not inside a longer word
    return re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(map(re.escape, names))})"
                      rf"(?=[\s,])\s*,?\s+(?P<y>\d{{4}})(?!\d)")


_MARKED_SCRIPT_DATE = _marked_script_date_re()
# A letter of the scripts of :data:`MARKED_SCRIPT_MONTH_NAMES_BY_NUMBER`: Devanagari to
# Tamil, and Burmese.
_MARKED_SCRIPT = re.compile("[\u0900-\u0bff\u1000-\u109f]")
_MARKED_SCRIPT_MONTH = {unicodedata.normalize("NFC", name): num
                        for num, row in enumerate(MARKED_SCRIPT_MONTH_NAMES_BY_NUMBER, start=1)
                        for name in row}


def _marked_script_date(text: str, earliest: int = EARLIEST_YEAR) -> str | None:
    """The first date in ``text`` with a month name of a script whose words carry vowel
    signs (:data:`~normalizer.text.months.MARKED_SCRIPT_MONTH_NAMES_BY_NUMBER`), else
    None: :data:`_WORD_DATE`'s letters stop at the first sign. The text is read composed
    (NFC), as the table is, whichever way a page typed a letter with its dot."""
    if text.isascii() or not _MARKED_SCRIPT.search(text):
        return None
    for m in _MARKED_SCRIPT_DATE.finditer(unicodedata.normalize("NFC", text)):
        if found := _valid(int(m["y"]), _MARKED_SCRIPT_MONTH[m["m"]], int(m["d"]), earliest):
            return found
    return None


def _persian_date_re() -> re.Pattern[str]:
    names = sorted((n for row in PERSIAN_SOLAR_MONTHS for n in row), key=len, reverse=True)
    year = r"(?P<y{n}>[1۱١][34۳۴٣٤]\d\d)"
    # "۲۱ اردیبهشت ۱۳۹۹", "24 اردیبهشت 1403 ساعت 09:05"; numeric, year first: "۱۴۰۳/۰۸/۱۲"
    return re.compile(
        rf"(?<!\d)(?P<d1>\d{{1,2}})\s*(?P<m1>{'|'.join(names)})(?![^\W\d_])\s*[،,]?\s*"
        rf"{year.format(n=1)}(?!\d)"
        rf"|(?<!\d){year.format(n=2)}\s?[/.-]\s?(?P<m2>\d{{1,2}})\s?[/.-]\s?(?P<d2>\d{{1,2}})(?!\d)")


_PERSIAN_DATE = _persian_date_re()
_PERSIAN_MONTH = {name: num for num, row in enumerate(PERSIAN_SOLAR_MONTHS, start=1)
                  for name in row}
# What a Persian date holds: a year of the solar calendar's 13th or 14th century (1921-2121).
_PERSIAN_YEAR = re.compile(r"(?<!\d)[1۱١][34۳۴٣٤]\d\d(?!\d)")


def _jalali_year(digits: str) -> bool:
    """Whether a year of four digits is one of the Persian solar calendar (1300-1499, the
    Gregorian 1921-2121): no news page dates its stories in the Gregorian 14th century."""
    return 1300 <= int(digits) < 1500


def _persian_date(text: str) -> str | None:
    """The first Persian solar (Jalali) date in ``text``, as a Gregorian ISO date, else
    None: a day, a month of :data:`~normalizer.text.months.PERSIAN_SOLAR_MONTHS` and a
    year, or the numbers year first. The calendar is converted by ``persiantools``,
    imported only here (the first Persian date a process meets pays its 7 ms)."""
    if not _PERSIAN_YEAR.search(text):
        return None
    for m in _PERSIAN_DATE.finditer(text.translate(_PERSIAN_FOLD)):
        if m["m1"]:
            y, month, d = int(m["y1"]), _PERSIAN_MONTH[m["m1"]], int(m["d1"])
        else:
            y, month, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        if found := _from_jalali(y, month, d):
            return found
    return None


def _from_jalali(y: int, m: int, d: int) -> str | None:
    """The Gregorian ISO date of day ``d`` of month ``m`` of Jalali year ``y``, if a day."""
    from persiantools.jdatetime import JalaliDate

    try:
        return _valid(*JalaliDate(y, m, d).to_gregorian().timetuple()[:3])
    except (ValueError, TypeError):
        return None


def _word_date(m: re.Match[str], earliest: int = EARLIEST_YEAR) -> str | None:
    """The date a :data:`_WORD_DATE` match names, if its month word is a month."""
    word = m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4")
    month = _MONTH_NUMBER.get(word.lower().rstrip("."))
    if not month and m.group("m2"):  # "PressApril 28, 2023"
        month = _MONTH_NUMBER.get(GLUED_CAPITAL.split(word)[-1].lower().rstrip("."))
    if not month:
        return None
    return _valid(int(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")), month,
                  int(m.group("d1") or m.group("d2") or m.group("d3") or m.group("d4")), earliest)


def _valid(y: int, m: int, d: int, earliest: int = EARLIEST_YEAR) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat() if earliest <= y <= 2100 else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD) in a date line, or None.

    Date lines come in a few shapes ("December 11, 2017", "11 December 2017",
    "NOVEMBER 26, 2017 09:39", "Nov 23, 2017 7:43 AM", "28.11.2017", "28-11-2017", "2017-11-28",
    "28 de noviembre de 2017", "28 ноября 2017 г.", "2024. 5. 13."), read with the month names of
    :mod:`normalizer.cues.text`. A general date parser that tries every locale costs
    hundreds of milliseconds a line; these shapes cost microseconds.
    """
    found = _read_date(text, EARLIEST_YEAR)
    if found is None and _OLD_YEAR.search(text) and (
            _PADDED_YMD.search(text) or _only_date_words(text)):
        # a year before 1990 where the date can be nothing else: a line that is only a date
        # ("January 31, 1986" over a press database's record, "Friday, 31 January 1986"),
        # or figures shaped only as a date are ("1 1987.01.07 <headline>", a listing's row)
        found = _read_date(text, EARLIEST_YEAR_MARKED)
    return found


def _only_date_words(text: str) -> bool:
    """Whether every word of a short ``text`` is a date's: figures, month and weekday names,
    a date line's words ("Published", "Updated"), marks; what a line that is only a date
    holds (the tokens :func:`split_date_line` reads, none left over)."""
    if len(text) > 90:
        return False
    for tok in _TOKEN.findall(text):
        low = tok.lower().rstrip(".")
        if not (tok[0].isdigit() or not tok[0].isalnum() or low in _MONTHS
                or low in _WEEKDAYS or low in _FILLER or tok.lower() in _FILLER):
            return False
    return True


#: A year-first ISO date where :data:`_ISO_START` lets one start.
_ISO_YMD = re.compile(_ISO_START + r"(\d{4})-(\d{2})-(\d{2})")


def _read_date(text: str, earliest: int) -> str | None:
    """The first date of :func:`parse_date`'s shapes in ``text`` of year ``earliest`` or
    later (East Asian dates that mark their units: from :data:`EARLIEST_YEAR_MARKED`)."""
    m = _ISO_YMD.search(text)
    if m and not _jalali_year(m.group(1)):  # (a Persian "1399-04-02": below)
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)), earliest)
    if m := _CJK_YMD.search(text):  # "2020年2月19日", "2021년 6월 15일"
        return _valid(int(m[1]), int(m[2]), int(m[3]), EARLIEST_YEAR_MARKED)
    for m in _WORD_DATE.finditer(text):
        found = _word_date(m, earliest)
        if found:
            return found
    if found := _arabic_date(text) or _persian_date(text) or _marked_script_date(text, earliest):
        return found
    if m := _YMD_NUMERIC.search(text):
        return _valid(int(m["y"]), int(m["m"]), int(m["d"]), earliest)
    if m := _DMY.search(text):
        y, mo, d = int(m["y"] or m["hy"]), int(m["m"] or m["hm"]), int(m["d"] or m["hd"])
        if mo > MONTHS_IN_YEAR >= d and "/" in m[0]:
            mo, d = d, mo  # "01/18/2002": an American month first, as only it can be read
        return _valid(y, mo, d, earliest)
    if m := _YMD_SLASH_LINE.match(text):
        return _valid(int(m[1]), int(m[2]), int(m[3]), earliest)
    return _short_year_date(text)


#: The longest line read for a date with a two-digit year: a credit or reference line, not
#: a sentence, where "1.12.90" may be anything.
SHORT_YEAR_LINE_MAX = 90
#: A two-digit year below this is of the 2000s, from it of the 1900s ("89" -> 1989).
SHORT_YEAR_PIVOT = 70
# Two figures and a two-digit year, with the same dot or slash between them, as a paper's
# credit or a database's reference line of the 1980s and 1990s dates a story ("Известия
# 15.10.89", "REFERENCE: 04/15/93, pB1"): not part of a longer run of figures (a version
# "1.10.12.3", an address).
_SHORT_YEAR = re.compile(r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)"
                         r"(?P<y>\d{2})(?!\d|[./]\d)")


#: ... or with dashes, on a line that holds the date alone ("06-13-22": a magazine's date
#: line over its kicker; among words, figures so dashed are as often a score or a range).
_SHORT_YEAR_DASHED_LINE = re.compile(r"\s*(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{2})\s*")


def _short_year_day(yy: int, month: int, day: int) -> str | None:
    """The day of a two-figure year ``yy``, in the century :data:`SHORT_YEAR_PIVOT` picks;
    such a date can be nothing else, so years before :data:`EARLIEST_YEAR` count."""
    return _valid((1900 if yy >= SHORT_YEAR_PIVOT else 2000) + yy, month, day,
                  EARLIEST_YEAR_MARKED)


def _short_year_date(text: str) -> str | None:
    """The date of a short line that writes its year in two figures (:data:`_SHORT_YEAR`),
    else None. Europe writes the day first ("15.10.89"), America the month ("04/15/93",
    and a byline's "11.03.17" for 3 November too), with either mark: the date is read only where one
    figure is above :data:`MONTHS_IN_YEAR`, so that it names its month whichever way it is
    written. The year is of the century :data:`SHORT_YEAR_PIVOT` picks; such a date can be
    nothing else, so the years before :data:`EARLIEST_YEAR` are read as marked dates are."""
    if len(text) > SHORT_YEAR_LINE_MAX:
        return None
    dashed = _SHORT_YEAR_DASHED_LINE.fullmatch(text)
    for m in ([dashed] if dashed else []) + list(_SHORT_YEAR.finditer(text)):
        a, b = int(m["a"]), int(m["b"])
        if (a > MONTHS_IN_YEAR) == (b > MONTHS_IN_YEAR):
            continue  # both could be the month (or neither): no reading is sure
        day, month = (a, b) if a > MONTHS_IN_YEAR else (b, a)
        return _short_year_day(int(m["y"]), month, day)
    for m in _SHORT_YEAR_WORDS.finditer(text):  # "Publié le 27 Mar 20 à 9:21"
        named = _MONTH_NUMBER.get(m["m"].lower().rstrip("."))
        if named is not None:
            return _short_year_day(int(m["y"]), named, int(m["d"]))
    return None


# ... or a day, a month's name and a two-digit year ("27 Mar 20 à 9:21", actu.fr's
# publication line), closing the line or followed by its clock; not a clock's hour ("27
# Mar 20:15"), nor a count ("le 3 mai 12 personnes").
_SHORT_YEAR_WORDS = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s+(?P<m>[^\W\d_]{3,9}\.?)\s+(?P<y>\d{2})"
    r"(?=\s*$|\s*[,|–—-]|\s+(?:à|at|um|a\s+las|alle|om|kl\.?)\s|\s+\d{1,2}[:h.]\d{2})")


#: The languages whose dotted dates always write the day first ("8.5.12" is 8 May 2012 in
#: a German byline): an ambiguous dotted date of a story in one of them is read so.
DAY_FIRST_LANGUAGES = frozenset({
    "de", "fr", "it", "es", "pt", "nl", "da", "sv", "nb", "no", "fi", "pl", "cs", "sk", "hu",
    "ro", "hr", "sr", "sl", "bg", "ru", "uk", "el", "tr", "et", "lv", "lt", "is",
})


def day_first_short_date(text: str) -> str | None:
    """The date of a short line whose dotted two-figure year leaves day and month both
    possible ("von Klaus-Peter Schöppner, 8.5.12"), read day first: only for a story in a
    language of :data:`DAY_FIRST_LANGUAGES` (the caller's to know; :func:`parse_date`
    reads no such date, a dotted American byline writing the month first)."""
    if len(text) > SHORT_YEAR_LINE_MAX:
        return None
    for m in _SHORT_YEAR.finditer(text):
        if m["sep"] != ".":
            continue
        return _short_year_day(int(m["y"]), int(m["b"]), int(m["a"]))
    return None


#: The months of a year: a slashed date whose second figure is above it writes the month
#: first, as American papers do ("Salon.com, 01/18/2002").
MONTHS_IN_YEAR = 12


# A line that is a slashed date year first and perhaps its clock, nothing else: Nikkei's
# "2018/6/19 5:50" under a headline. (Not a slashed date opening a line of text:
# "2026/08/02 新增：..." is a note's, read in listings only, :data:`_YMD_SLASH`.) The clock
# may follow a dash and carry its half of the day: "2020/12/25 - 1:59 صباحًا" (a.m.), an
# Egyptian daily's line (round 35). With its clock, the date may head a line of the post's
# fields: "2019/04/21 11:51 NeoL／ネオエル 生活・趣味" (its provider and section, round 46).
_YMD_SLASH_LINE = re.compile(r"\s*((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})"
                             r"(?:\s+(?:[-–|]\s*)?\d{1,2}:\d{2}(?::\d{2})?"
                             r"(?:\s*(?:[ap]\.?m\.?|صباح\S{0,2}|مساء\S{0,2}))?(?:\s+\S.*)?)?\s*$",
                             re.IGNORECASE)


# A day and a month without a year, as a wire dateline writes them ("ROMA, 28 LUG -",
# "SEOUL, Aug. 20 (Yonhap) --", "MADRID, 14 de enero (EFE).-").
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<d1>\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+|di\s+)?(?P<m1>[^\W\d_]{3,12})"
    r"|(?<![^\W\d_])(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?!\d)",
    re.UNICODE,
)


def day_in_month(text: str, year: int, month: int) -> str | None:
    """The ISO date a yearless "day month" (or "month day") in ``text`` names, where its
    month is ``month``: the year comes from elsewhere (a permalink's ``/2020/07/``), and a
    day of another month is not taken for it."""
    for m in _DAY_MONTH.finditer(text):
        name = (m["m1"] or m["m2"]).lower().rstrip(".")
        if _MONTH_NUMBER.get(name) == month:
            return _valid(year, month, int(m["d1"] or m["d2"]))
    return None


#: A yearless day is taken in the year that puts it at most this many days after the date
#: it is read beside (a message sent on 3 January about "Dec 30" wrote of the year before).
YEARLESS_AFTER_DAYS = 7


def yearless_day_near(text: str, near: str) -> str | None:
    """The ISO date of the first yearless "Month Day" (or "Day Month") in ``text``, in the
    year that sets it on or just before ``near`` (an ISO date: the message's or issue's own
    date): a wire dateline writes no year ("Vienna, Austria, Jan 21 (AP) --"), the mail
    that carried it does. None when ``text`` has no such day or ``near`` is no date."""
    try:
        anchor = _dt.date.fromisoformat(near)
    except ValueError:
        return None
    for m in _DAY_MONTH.finditer(text):
        month = _MONTH_NUMBER.get((m["m1"] or m["m2"]).lower().rstrip("."))
        if month is None:
            continue
        day = int(m["d1"] or m["d2"])
        for year in (anchor.year, anchor.year - 1):
            found = _valid(year, month, day)
            if found and (_dt.date.fromisoformat(found) - anchor).days <= YEARLESS_AFTER_DAYS:
                return found
        return None
    return None


_TIMESTAMP = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
                        r"\s*(Z|[+-]\d{2}:?\d{2})\s*$")


def _instant(value: str) -> _dt.datetime | None:
    m = _TIMESTAMP.match(value)
    if not m:
        return None
    zone = "+00:00" if m[3] == "Z" else m[3] if ":" in m[3] else f"{m[3][:3]}:{m[3][3:]}"
    try:
        return _dt.datetime.fromisoformat(f"{m[1]}T{m[2]}{zone}")
    except ValueError:
        return None


def local_day(first: str, others: list[str]) -> str | None:
    """The day of ``first`` where the site writes it: a page that gives its post's time in
    UTC ("2022-04-22T05:46:58+00:00") and the same instant in its own zone elsewhere
    ("2022-04-21T23:46:58-06:00") published it on the local day. None when ``first`` is
    not a UTC timestamp or no other value is the same instant in another zone."""
    at = _instant(first)
    if at is None or at.utcoffset() != _dt.timedelta(0):
        return None
    for other in others:
        local = _instant(other)
        if local is not None and local.utcoffset() != _dt.timedelta(0) \
                and abs((local - at).total_seconds()) <= 60:
            return local.date().isoformat()
    for other in others:  # a date line the page prints: "November 12, 2015 — 7:01 PM EST"
        if day := _printed_day_of(other, at):
            return day
    return None


#: Time zone abbreviations a printed date line ends its time with, and their offsets from
#: UTC in hours (a generic one, "ET", stands for either of its two).
ZONE_OFFSETS: dict[str, tuple[float, ...]] = {
    "EST": (-5,), "EDT": (-4,), "ET": (-5, -4), "CST": (-6,), "CDT": (-5,), "CT": (-6, -5),
    "MST": (-7,), "MDT": (-6,), "MT": (-7, -6), "PST": (-8,), "PDT": (-7,), "PT": (-8, -7),
    "GMT": (0,), "UTC": (0,), "BST": (1,), "CET": (1,), "CEST": (2,), "MEZ": (1,),
    "MESZ": (2,), "EET": (2,), "EEST": (3,), "MSK": (3,), "IST": (5.5,), "WIB": (7,),
    "HKT": (8,), "SGT": (8,), "JST": (9,), "KST": (9,), "AEST": (10,), "AEDT": (11,),
    "NZST": (12,), "NZDT": (13,),
}
_PRINTED_CLOCK = re.compile(
    r"(?<!\d)(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<half>[AaPp])?\.?\s*(?:[Mm]\.?)?\s*"
    r"(?P<zone>[A-Z]{2,4})\b")


def _printed_day_of(line: str, at: _dt.datetime) -> str | None:
    """The local day a printed date line gives for the instant ``at`` (UTC): the line
    names a day, a clock time and its zone (:data:`ZONE_OFFSETS`), and in that zone they
    are the same instant, to the minute."""
    if len(line) > 120 or not has_digit(line):
        return None
    m = _PRINTED_CLOCK.search(line)
    if m is None or m["zone"] not in ZONE_OFFSETS:
        return None
    day = parse_date(line)
    if day is None:
        return None
    hour = int(m["h"]) % 12 + (12 if (m["half"] or "").lower() == "p" else 0) \
        if m["half"] else int(m["h"])
    if hour > 23 or int(m["m"]) > 59:
        return None
    for offset in ZONE_OFFSETS[m["zone"]]:
        zone = _dt.timezone(_dt.timedelta(hours=offset))
        local = _dt.datetime.fromisoformat(day).replace(hour=hour, minute=int(m["m"]),
                                                        tzinfo=zone)
        if abs((local - at).total_seconds()) <= 60:
            return day
    return None


def parse_any_date(value: str, languages: list[str] | None = None) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date attribute or a short date text, else None.

    The usual shapes (ISO, month names in the languages of :mod:`normalizer.text.dates`,
    numeric day-month-year) are read by :func:`parse_date`; other
    wordings go to ``dateparser`` (milliseconds a call) with a full date required."""
    value = value.strip()
    if not value or len(value) > 80:
        return None
    if found := parse_date(value):
        return found
    if not re.search(r"\d{4}", value):
        return None
    import dateparser  # slow to import; only for wordings the fast paths do not read

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(value, languages=languages or None, settings=settings)
    except Exception:
        parsed = None
    return parsed.date().isoformat() if isinstance(parsed, _dt.datetime) else None


# -- dates printed in listings ------------------------------------------------------------

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_YMD_SLASH = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")
# WordPress' zh/ja "15 6 月, 2021" (day, month, year), which a general parser reads as
# "six months ago"; East Asian year-first dates: :data:`_CJK_YMD`.
_CJK_DMY = re.compile(r"\b(\d{1,2})\s+(\d{1,2})\s*月\s*,?\s*(\d{4})")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def numeric_date_order(texts: list[str], locale: str = "") -> str:
    """Whether the numeric dates of one page are day first ("dmy") or month first
    ("mdy"): a number above 12 in either place decides for the whole page; otherwise the
    page's locale does (``en-US`` and a few others write the month first)."""
    from normalizer.cues.platforms import MONTH_FIRST_LOCALES

    for text in texts[:400]:
        for m in _NUMERIC.finditer(text):
            first, second = int(m[1]), int(m[2])
            if first > 12 >= second:
                return "dmy"
            if second > 12 >= first:
                return "mdy"
    return "mdy" if locale.replace("_", "-").lower() in MONTH_FIRST_LOCALES else "dmy"


def parse_listing_date(text: str, order: str = "dmy") -> str | None:
    """The ISO date a listing prints for a post, or None.

    Reads ISO dates, month-name dates in the languages of :mod:`normalizer.cues.text`,
    East Asian dates and numeric dates in the page's ``order`` ("dmy" or "mdy", from
    :func:`numeric_date_order`). Never guesses: wordings these shapes do not cover
    ("5 minutes ago") give None rather than today's date."""
    if not text or len(text) > 240:
        return None
    if (m := _ISO.search(text)) and not _jalali_year(m[1]):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _CJK_YMD.search(text):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _CJK_DMY.search(text):
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    if (m := _YMD_SLASH.search(text)) and not _jalali_year(m[1]):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    for m in _WORD_DATE.finditer(text):
        if found := _word_date(m):
            return found
    if found := _arabic_date(text) or _persian_date(text) or _marked_script_date(text):
        return found
    if m := _NUMERIC.search(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        day, month = (second, first) if order == "mdy" else (first, second)
        return _valid(year, month, day)
    return None


# -- dates a page prints for its reader, not for its post ----------------------------------

#: Labels of the day a page was printed or viewed ("Printed on", "Gedruckt am",
#: "Wydrukowano:", "Imprimé le"): a print-only header carries today's date, which date
#: finders take for the post's. Lower-case stems, matched at a label's start.
PRINTED_LABELS = (
    "printed", "print date", "date printed", "gedruckt", "druckdatum", "ausgedruckt",
    "wydrukowano", "data wydruku", "imprimé", "imprime le", "date d'impression", "impreso",
    "fecha de impresión", "impresso", "data de impressão", "stampato", "data di stampa",
    "afgedrukt", "geprint", "vytištěno", "vytlačené", "tulostettu", "utskrivet", "udskrevet",
    "utskrevet", "nyomtatva", "yazdırıldı", "распечатано", "дата печати", "надруковано",
    "打印时间", "打印日期", "印刷日", "인쇄",
)
_PRINTED_RE = re.compile(r"^\s*(?:" + "|".join(map(re.escape, PRINTED_LABELS)) + r")\b",
                         re.IGNORECASE)
# What a text starting with a label starts with: one of the labels' first letters (in any
# case, as the label pattern reads them). Asked first: the pattern's alternatives are tried
# one by one at every text of the page (4-5 ms a page), and few texts start so.
_PRINTED_START = re.compile(
    r"\s*[" + "".join(sorted({re.escape(label[0]) for label in PRINTED_LABELS})) + "]",
    re.IGNORECASE)
# How much of the label's element is read for the date (a label and a date, not prose).
PRINTED_LINE_MAX = 120


def printed_dates(tree) -> set[str]:
    """The days a page labels as when it was printed ("Wydrukowano: 2021-05-11 22:22"):
    never the post's date. (The page's texts are read as strings, a label only at a text's
    start; the few labels found are then looked up as nodes, which costs more a text.)"""
    days: set[str] = set()
    labels = {text for text in tree.itertext()
              if len(text) <= PRINTED_LINE_MAX and _PRINTED_START.match(text)
              and _PRINTED_RE.match(text)}
    for label in labels:
        for node in tree.xpath("//text()[. = $label]", label=label):
            owner = node.getparent()
            if owner is None:
                continue
            if node.is_tail:  # "<br/>Printed on <b>11.05.2021</b>": the date follows
                nxt = owner.getnext()
                line = str(node) + " " + ("".join(nxt.itertext()) if nxt is not None else "")
            else:
                line = "".join(owner.itertext())
            day = parse_date(" ".join(line.split())[:PRINTED_LINE_MAX])
            if day:
                days.add(day)
    return days


#: A date line that gives the day a story was changed, not the day it came out ("Updated
#: Nov 20, 2015", "Aktualisiert am ...", "mis à jour le ..."): never the story's date.
UPDATED_LINE_RE = re.compile(
    r"\b(?:updated?|modified|last\s+edited|aktualisiert|geändert|mis\s+à\s+jour|actualizad[oa]|"
    r"actualitza(?:da|t)|atualizad[oa]|aggiornat[oa]|bijgewerkt|zaktualizowano|обновлено|изменено|güncellendi|"
    r"diperbarui|cập\s+nhật)\b|更新|수정", re.IGNORECASE)
#: Years a machine date may stand before the day a story prints under its headline and
#: still be a date of the story: one older is the site's own (a "dc.created" of the site's
#: launch on every page).
SITE_DATE_YEARS = 5
#: A date line in a language whose month names tagwire does not read ("11 Tetor, 2019",
#: "Tetor 11, 2019"): a day, a word and a year. Under a headline it is the story's date
#: line all the same: a later date line there belongs to something else.
UNREAD_DATE_LINE_RE = re.compile(
    r"^\W*(?:\d{1,2}\.?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\b")
