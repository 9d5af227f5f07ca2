"""A database report's records each head their own story (``normalizer/stories/rhythm.py``:
``_mark_field_records`` notes ``record_head`` and ``record_field``; ``normalizer/stories/
split.py`` opens a story at a ``record_head``).

An Integrum report prints each record as a run of tagged fields ("^ИС: <publication>",
"^РБ: <section>", "^ДТ: <day>", "^ЗГ: <title>"), the title and the text. The run used to
end the story above it, so the last record had no source field of its own and took the
page's name, which was read off a section field ("^РБ: МОНИТОР"). A field's value is the
record's, never the page's name. Unit tests use invented lines; the real report of round
dumps14 is checked against its gold.
"""
from __future__ import annotations

import json
from pathlib import Path

import normalizer

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_PROSE = ("Der Gemeinderat hat am Montag nach langer Debatte beschlossen, die alte Brücke "
          "über den Fluss im kommenden Frühjahr abzureißen und durch einen Neubau zu ersetzen.")


def _report(records: list[tuple[str, str, str]]) -> str:
    """An invented report: (publication, section, title) a record, each with two
    paragraphs of text."""
    parts = []
    for n, (outlet, section, title) in enumerate(records):
        second = _PROSE.replace("Montag", "Dienstag")
        parts.append(f"^ИС: {outlet}\n\n^РБ: {section}\n\n^ДТ: 0{n + 1}.02.1994\n\n"
                     f"^ЗГ: {title}\n\n{title}\n\n{_PROSE}\n\n{second}")
    return "\n\n".join(parts) + "\n"


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


RECORDS = [("Abendblatt Nord", "MONITOR", "Neue Brücke für die Altstadt"),
           ("Kurier Süd", "MONITOR", "Streit um den Stadtpark geht weiter"),
           ("Abendblatt Nord", "KULTUR", "Theater öffnet nach dem Umbau"),
           ("Kurier Süd", "MONITOR", "Markt zieht auf den Domplatz")]


def test_each_record_is_a_story_headed_by_its_title():
    stories = _stories(_report(RECORDS))
    assert [s["headline"] for s in stories] == [title for _o, _s, title in RECORDS]


def test_each_record_takes_the_publication_of_its_own_fields():
    stories = _stories(_report(RECORDS))
    assert [s["source"] for s in stories] == [outlet for outlet, _s, _t in RECORDS]


def test_a_section_field_is_never_a_story_source():
    stories = _stories(_report(RECORDS))
    assert not any(s["source"] in ("MONITOR", "KULTUR") for s in stories)


def test_a_record_field_line_stays_out_of_the_story_above():
    stories = _stories(_report(RECORDS))
    for story, (_o, _s, title) in zip(stories[:-1], RECORDS[1:], strict=True):
        assert title not in story["text"]


def test_the_real_report_credits_every_record_to_its_publication():
    path = DUMPS / "integrum-moskovskie-novosti-1994.txt"
    gold = json.loads((DUMPS / "integrum-moskovskie-novosti-1994.gold.json")
                      .read_text(encoding="utf-8"))["stories"]
    stories = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())["stories"]
    assert len(stories) == len(gold)
    assert [s["source"] for s in stories] == [g["source"] for g in gold]
