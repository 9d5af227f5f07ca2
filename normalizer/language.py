"""Language of a story: langdetect, seeded, once per story on a bounded sample.

langdetect is random unless seeded and costs several milliseconds a call, so it runs
once per story (never per paragraph) on at most :data:`SAMPLE_CHARS` characters, and
answers "und" for text too short to tell.
"""
from __future__ import annotations

import re
import threading

SAMPLE_CHARS = 500
MIN_LETTERS = 20
UNDETERMINED = "und"

_lock = threading.Lock()
_ready = False
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def _init() -> None:
    global _ready
    with _lock:
        if not _ready:
            from langdetect import DetectorFactory

            DetectorFactory.seed = 0
            _ready = True


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``, or "und"."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTERS.findall(sample)) < MIN_LETTERS:
        return UNDETERMINED
    _init()
    from langdetect import detect
    from langdetect.lang_detect_exception import LangDetectException

    try:
        code = detect(sample)
    except LangDetectException:
        return UNDETERMINED
    code = code.split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else UNDETERMINED


def post_language(stories: list[dict]) -> str:
    """The language of most of the post's words."""
    weights: dict[str, int] = {}
    for s in stories:
        weights[s["language"]] = weights.get(s["language"], 0) + s["word_count"]
    known = {k: v for k, v in weights.items() if k != UNDETERMINED}
    pool = known or weights
    return max(pool, key=pool.get) if pool else UNDETERMINED
