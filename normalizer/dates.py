"""Date lines: recognising them, and reading the date they carry.

A date line is a block that carries nothing but a date, a time, words such as
"Updated on" or "Last Updated:", and at most a source label ("Haaretz — Nov 23, 2017
7:43 AM"). Recognition is a cheap token test; parsing is left to ``dateparser`` (a
trafilatura dependency) and only runs on the few lines that pass the test.
"""
from __future__ import annotations

import re
from functools import lru_cache

from normalizer.data.cues import DATE_LABEL_ONLY_RE, DATE_LINE_WORDS, MONTHS, WEEKDAYS

_MONTHS = frozenset(MONTHS)
_WEEKDAYS = frozenset(WEEKDAYS)
_FILLER = frozenset(DATE_LINE_WORDS)
_TOKEN = re.compile(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th|er|e|º|\.)?|[^\s\w]", re.UNICODE)
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def split_date_line(text: str) -> tuple[bool, str]:
    """Whether ``text`` is a date line, and what is left once date words are taken out.

    The rest is what a source label would be ("Haaretz —" -> "Haaretz").
    """
    if len(text) > 90:
        return False, text
    if DATE_LABEL_ONLY_RE.match(text):
        return True, ""
    stripped = _NUMERIC_DATE.sub(" ", text)
    has_date = stripped != text
    rest: list[str] = []
    month = digits = False
    for tok in _TOKEN.findall(stripped):
        low = tok.lower().rstrip(".")
        if low in _MONTHS:
            month = True
        elif tok[0].isdigit():
            digits = True
        elif low in _WEEKDAYS or low in _FILLER or tok.lower() in _FILLER:
            pass
        elif not tok[0].isalnum():
            pass
        else:
            rest.append(tok)
    is_date = has_date or (month and digits) or (digits and bool(_YEAR.search(text)) and not rest)
    if not is_date:
        return False, text
    return len(rest) <= 4, " ".join(rest)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD) in a date line, or None."""
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return "-".join(m.groups())
    import dateparser  # costly import, only when a date line is met

    cleaned = re.sub(r"(?i)\b(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?", " ", text)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"[|—–]", " ", cleaned)
    candidates = [cleaned]
    # keep only the date-ish part: from the first month/digit to the last digit
    m = re.search(r"(?i)([^\W\d_]+\.?\s+)?\d{1,4}.*\d", cleaned)
    if m:
        candidates.insert(0, m.group(0))
    for cand in candidates:
        try:
            dt = dateparser.parse(cand, settings={"PREFER_DAY_OF_MONTH": "first",
                                                  "REQUIRE_PARTS": ["year", "month"],
                                                  "RETURN_AS_TIMEZONE_AWARE": False})
        except Exception:  # dateparser raises assorted errors on odd input
            dt = None
        if dt is not None and 1990 <= dt.year <= 2100:
            return dt.date().isoformat()
    return None
