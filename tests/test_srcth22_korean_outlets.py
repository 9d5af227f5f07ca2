"""A Korean paper credited in Hangul is named by its romanized name (FORMAT.md: the usual
English name of the outlet), as the agencies are."""
from normalizer.cues.outlets import as_credited, canonical_source, credited_in


def test_hangul_credit_gives_the_romanized_name() -> None:
    known = canonical_source("한국일보")
    assert known == "Hankook Ilbo"
    assert as_credited("한국일보", known) == "Hankook Ilbo"


def test_copyright_line_in_hangul_names_the_paper_in_latin() -> None:
    line = "<Copyright ⓒ 한겨레. All rights reserved.>"
    assert credited_in(line, canonical_source("한겨레")) == "The Hankyoreh"
