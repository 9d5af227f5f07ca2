"""A Chinese paper's website, named after it ("<paper>网": "site"), is the paper.

Credits on Chinese portals name the paper's site ("来源：证券时报网"), where the paper is the
outlet; a site whose name is its own ("人民网", People's Daily Online; "环球网") keeps it,
and a name the table knows is spelled as the credit writes it.
"""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import outlet_name


@pytest.mark.parametrize("credit, outlet", [
    ("证券时报网", "证券时报"),         # a paper's site, the paper unknown to the table
    ("北京青年报网", "北京青年报"),
    ("澎湃新闻网", "澎湃新闻"),         # known to the table (The Paper), as credited
    ("中国日报网", "China Daily"),      # a spelling the table holds whole
])
def test_a_papers_site_is_the_paper(credit, outlet):
    assert outlet_name(credit) == outlet


@pytest.mark.parametrize("credit", ["人民网", "环球网", "财经网"])
def test_a_site_named_as_itself_keeps_its_name(credit):
    assert outlet_name(credit) == credit
