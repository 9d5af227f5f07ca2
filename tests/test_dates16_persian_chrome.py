"""A Persian news page's tool bar ("نسخه چاپی ارسال به دوستان": print version, send to
friends) between its two date lines is chrome, not the story's headline (dates16's patch
to ``normalizer.cues.text.CHROME_WORDS``; the yjc dump of round 3)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

DUMP = Path(__file__).parent / "fixtures" / "real" / "dumps" / "yjc-yazd-havades-2020.txt"


def test_persian_tool_bar_is_no_headline() -> None:
    record = normalize_text(DUMP.read_text(encoding="utf-8"), "https://www.yjc.ir/")
    story = record["stories"][0]
    assert story["headline"].startswith("از کشف ۷۲ دستگاه موتور قاچاق")
    assert story["published"] == "2020-05-10"  # "۲۱ ارديبهشت ۱۳۹۹"
