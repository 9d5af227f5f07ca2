"""Database exports read by their record shape (``normalizer/stories/rhythm.py``:
``_mark_records``, ``_mark_length_records``; ``normalizer/stories/dumps.py``: ``row_cells``).

A news database's result page holds many articles one after another, each under a record
its export prints the same way every time: a tab-separated record line ("N / DATE / TITLE /
edition / page / length": Yomidasu; "N / DATE / edition / page / page no. / length" under a
column-header row: Kikuzo II), or a field block around a length field ("NNN words":
Factiva, closed by a "Document ID" line; "LENGTH: NNN words": Nexis). Read as prose pages,
the column-header row or a search menu's row headed every entry, Factiva's "NNN words"
every story, and two versions of one wire story lost their shared paragraphs. Checked on
the real exports of round dumps13b (koheiw/newspapers' test data) and on a real page whose
tab-separated table rows stand apart (a prayer-times table) that must stay one article.
With them, three unit rules of the same round: a linked story's card under a market report
(``_date_line_over``), a settings form (``_drop_settings_units``), and a "more news" box of
titles glued to their summaries (``normalizer/stories/split.py``: ``_glued_teasers``)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import normalizer
from normalizer.stories.blocks import Block
from normalizer.stories.dumps import dump_blocks, row_cells
from normalizer.stories.split import Segment, _glued_teasers

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> tuple[list[dict], list[dict], str]:
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))["stories"]
    path = DUMPS / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    record = normalizer.normalize_text(text, path.as_uri())
    return gold, record["stories"], text


def _rows(text: str) -> set[str]:
    """The export's tab-separated lines, as the blocks hold them (cells joined)."""
    return {b.text for b in dump_blocks(text) if "cells" in b.notes}


def test_row_cells_reads_a_record_line():
    line = "00101\t1985年01月10日\t朝刊\t１外\t007\t01215文字"
    assert row_cells(line) == ("00101", "1985年01月10日", "朝刊", "１外", "007", "01215文字")
    assert row_cells("One line of prose, no tab.") == ()
    # (an ideographic space closing a title cell is no part of the title)
    assert row_cells("1\t2009.01.13\t豪、北朝鮮に２億円の人道支援\u3000\t東京夕刊")[2] \
        == "豪、北朝鮮に２億円の人道支援"


@pytest.mark.parametrize("name", ["asahi-kikuzo-1985", "yomiuri-yomidasu-heisei-2018",
                                  "yomiuri-yomidasu-kitachosen-2009"])
def test_each_record_opens_a_story_under_its_title(name):
    gold, stories, text = _read(name)
    rows = _rows(text)
    assert rows  # (the export's record lines and menu rows are read as rows)
    # no row of the export (column header, search menu, record line) heads a story
    assert not any(s["headline"] in rows for s in stories)
    heads = [s["headline"] for s in stories]
    found = [g for g in gold if g["headline"] in heads]
    assert len(found) >= 0.95 * len(gold)
    assert abs(len(stories) - len(gold)) <= 0.05 * len(gold)


def test_an_entry_whose_text_is_withheld_is_no_story():
    gold, stories, _ = _read("asahi-kikuzo-1985")
    heads = {s["headline"] for s in stories}
    gold_heads = {g["headline"] for g in gold}
    # (four entries print only their title and a one-line notice: no story of their own)
    assert heads <= gold_heads | {None}
    assert len(stories) == len(gold)


def test_factiva_headline_is_the_records_own_not_its_length():
    gold, stories, _ = _read("sz-factiva-jamaika-2017")
    assert not any(s["headline"] and re.fullmatch(r"\d+ words", s["headline"])
                   for s in stories)
    heads = [s["headline"] for s in stories]
    found = [g for g in gold if g["headline"] in heads]
    assert len(found) >= len(gold) - 2
    assert not any(re.search(r"(?m)^(?:\d+ words|Document [A-Za-z0-9]+)$", s["text"])
                   for s in stories)


def test_nexis_versions_of_one_story_keep_their_shared_paragraphs():
    gold, stories, _ = _read("afp-nexis-syria-2013")
    assert len(stories) == len(gold)
    assert not any("LENGTH:" in s["text"] for s in stories)
    # every dispatch opens with its own first paragraph, also where an earlier version of
    # the story printed the same one
    for g, s in zip(gold, stories, strict=True):
        assert s["headline"] == g["headline"]
        assert s["text"].split("\n\n")[0] == g["text"].split("\n\n")[0]


def test_table_rows_apart_are_no_records():
    # a prayer-times table whose dated rows stand a blank line apart, inside one article
    gold, stories, text = _read("hurriyet-teravih-2022")
    assert len([r for r in _rows(text) if re.search(r"\d{2}\.\d{2}\.\d{4}", r)]) >= 3
    assert len(stories) == len(gold)


def test_a_linked_storys_card_under_a_report_is_its_own_story():
    # picture credit, a bare date the cleaner took for the card's chrome, title, lead
    gold, stories, _ = _read("tagesschau-marktbericht-2022")
    assert [s["headline"] for s in stories] == [g["headline"] for g in gold]


def test_a_settings_form_is_no_story():
    # "Statistische Analysen ... / Widerspruch: Es sollen keine Daten ... werden." between
    # the settings form's control labels ("... zeigen:", "... aktivieren:")
    gold, stories, text = _read("tagesschau-archiv-wirtschaft-2022")
    assert "Darkmode aktivieren:" in text
    assert stories[0]["headline"] == gold[0]["headline"]
    assert not any("Widerspruch:" in s["text"] for s in stories)


def _segment(lines: list[str]) -> Segment:
    return Segment(headline=None, blocks=[Block(text=t) for t in lines])


def test_a_more_news_box_glued_title_to_summary_is_no_story():
    # the lines of a Greek agency page's "more news" box (heldout14), title glued to summary
    box = ["Με θέμα την κεφαλαιακή ενίσχυση της ΤράπεζαςΤο διοικητικό συμβούλιο συγκαλεί "
           "γενική συνέλευση στις 30 Απριλίου.",
           "Στις 12 το μεσημέρι στο υπουργείο ΟικονομικώνΚορυφαία στελέχη του οικονομικού "
           "επιτελείου δηλώνουν ότι τα εκκρεμή ζητήματα δεν θα κλείσουν",
           "Διεκόπη η συνεδρίαση του ΔΣΓια την κάλυψη της ιδιωτικής συμμετοχής",
           "Ανακοίνωση του υπουργείου\"Σχετικά δημοσιεύματα είναι παντελώς αναληθή\""]
    assert _glued_teasers(_segment(box))
    # prose with a brand's or a name's inner capital is no such box
    assert not _glued_teasers(_segment([
        "The new iPhone sold well at McDonald's stores across the country this year.",
        "Analysts at JPMorgan said the YouTube numbers were no surprise to anyone.",
        "A third paragraph of the story goes on without any glued words at all."]))
    assert not _glued_teasers(_segment(box[:1]))


def test_factiva_without_a_section_line_takes_the_first_head_line():
    # the Swiss daily's export prints "TITLE / Von AUTHOR / NNN words": no section above
    gold, stories, _ = _read("suedostschweiz-factiva-svp-2013")
    assert [s["headline"] for s in stories] == [g["headline"] for g in gold]


def test_a_hard_wrapped_download_is_read_by_paragraphs_and_counters():
    # Nexis' plain-text download: paragraphs wrapped at 80 columns, "N of 240 DOCUMENTS"
    gold, stories, text = _read("abc-nexis-senado-2008")
    assert max(len(line) for line in text.splitlines()) <= 100
    assert not any(s["headline"] and re.search(r"\bof \d+ DOCUMENTS\b", s["headline"])
                   for s in stories)
    heads = [s["headline"] for s in stories]
    assert sum(g["headline"] in heads for g in gold if g["headline"]) \
        >= len([g for g in gold if g["headline"]]) - 1
    # a paragraph is one paragraph again, not its wrapped lines
    first = next(g for g in gold if g["headline"] == stories[0]["headline"])
    assert stories[0]["text"].split("\n\n")[0] == first["text"].split("\n\n")[0]


def test_icon_letters_after_a_title_are_no_part_of_it():
    # a clipping service's list: "TITLE<TAB>I<TAB>P"
    assert [b.text for b in dump_blocks("Beveiligers genoeg nodig bij Rijk\tI\tP\n")] \
        == ["Beveiligers genoeg nodig bij Rijk"]
    gold, stories, _ = _read("bzk-werkmap-2013")
    heads = {s["headline"] for s in stories}
    assert all(g["headline"] in heads for g in gold)


def test_a_field_report_gives_each_record_its_story():
    # Integrum's report: "^ИС: / ^РБ: / ^НР: / ^ДТ: / ^АВ: / ^ЗГ:" fields, the title, the text;
    # the report shows its nine articles three times, each copy a record of its own
    gold, stories, _ = _read("integrum-moskovskie-novosti-1994")
    headed = [s for s in stories if s["headline"]]
    assert [s["headline"] for s in headed] == [g["headline"] for g in gold]
    for g, s in zip(gold, headed, strict=True):
        assert s["text"].split("\n\n")[0] == g["text"].split("\n\n")[0]
