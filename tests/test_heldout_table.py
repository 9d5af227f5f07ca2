"""The held-out table keeps every set's first figures beside today's: the first figures
(``benchmarks/heldout_first.tsv``) are the honest measure, so each row there must name a
set that still has its scoring script or dump group, and a figure not reported at first
reads as unknown, never as zero."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def ht(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    import heldout_table

    return heldout_table


def test_every_first_figure_names_a_set_that_is_still_scored(ht, monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    import eval_real_dumps

    first = ht.first_figures()
    page_sets = set(ht.page_sets())
    dump_groups = set(eval_real_dumps.HELD_OUT_ROUNDS)
    for (name, part) in first:
        assert part in ht.PART_ORDER, (name, part)
        if name.startswith("heldout"):
            assert name in page_sets, name
        else:
            assert part == "dumps" and name in dump_groups, name


def test_first_figures_are_scores_or_unknown(ht):
    for key, row in ht.first_figures().items():
        for metric in ht.METRICS:
            value = row[metric]
            assert value is None or 0.0 <= value <= 1.0, (key, metric, value)


def test_page_sets_sort_by_their_number_then_batch(ht):
    sets = ht.page_sets()
    assert sets.index("heldout2") < sets.index("heldout10") < sets.index("heldout11")
    assert sets.index("heldout11") + 1 == sets.index("heldout11b")


def test_a_cell_shows_first_then_now_and_an_unreported_first_as_now_alone(ht):
    now = {("heldout99", "pages"): {"story": 0.9, "text": 0.95, "cruft": 0.01,
                                     "headline": 1.0, "source": None, "language": 1.0,
                                     "date": 1.0, "trafilatura_text": 0.9}}
    first = {("heldout99", "pages"): {"when": "abc1234", "story": 0.5, "text": 0.8,
                                       "cruft": 0.2, "headline": None, "source": None,
                                       "language": 1.0, "date": 0.5}}
    row = ht.table(now, first).splitlines()[-1]
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[:3] == ["heldout99", "pages", "abc1234"]
    assert cells[3] == "0.500 → 0.900"
    assert cells[4] == "0.800 → 0.950 (trafilatura 0.900)"
    assert cells[6] == "1.000"          # no first figure: today's alone
    assert cells[7] == ""               # neither: empty, not 0


def test_a_dump_group_is_dated_by_its_stories(ht):
    block = {"story_f1": {"value": 0.8}, "date_acc": {"value": None},
             "story_date_acc": {"value": 0.75}}
    assert ht._scores(block)["date"] == 0.75
