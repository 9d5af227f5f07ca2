"""Round 20's real archive pages, labelled by hand before tagwire was run on them.

Eight pages of ``tests/fixtures/real/archives`` carry ``"set": "round20"`` in the gold:
WordPress's Twenty Twenty theme (a month archive, a category page and a tag page whose
older page is linked only from the pager), a German WordPress card grid (date and title per
card, no text), and four single posts or articles that carry many ``hentry`` teaser blocks
(WordPress's Herald, Hello Elementor and Gridlove themes, SPIP 3.2) and so look like
listings. All eight were read fully right when first measured; these tests keep them so.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from normalizer import parse_archive

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "real" / "archives"
ROUND = "round20"


def _scorer():
    path = ROOT / "benchmarks" / "eval_archives.py"
    spec = importlib.util.spec_from_file_location("eval_archives", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_archives", module)
    spec.loader.exec_module(module)
    return module


def _gold() -> dict[str, dict]:
    lines = (CORPUS / "gold.jsonl").read_text("utf-8").splitlines()
    return {rec["page"]: rec for rec in map(json.loads, lines) if rec.get("set") == ROUND}


GOLD = _gold()
LISTINGS = sorted(name for name, rec in GOLD.items() if rec["is_archive"])
SINGLE_POSTS = sorted(name for name, rec in GOLD.items() if not rec["is_archive"])


def test_the_round_holds_listings_and_look_alike_single_posts_with_recorded_origins() -> None:
    with (CORPUS / "SOURCES.tsv").open(encoding="utf-8") as fh:
        sources = {row["page"]: row for row in csv.DictReader(fh, delimiter="\t")}
    assert len(LISTINGS) == 4 and len(SINGLE_POSTS) == 4
    for name, rec in GOLD.items():
        row = sources[name]
        assert row["url"] == rec["url"] and row["origin_repo"] and len(row["commit"]) == 40
        assert row["is_archive"] == str(rec["is_archive"])


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_is_read_as_its_gold(name: str) -> None:
    """Every post in page order with its title, date and excerpt-or-full, and the older
    page, as read by hand from the page."""
    score = _scorer().score_page(GOLD[name], CORPUS)
    assert score.archive_ok and not score.misses and not score.extras, score
    assert not score.wrong, score.wrong
    assert score.next_ok


def test_a_tag_page_without_rel_next_follows_its_pager() -> None:
    """Twenty Twenty's paged tag archive names its older page only in the pager's link."""
    name = "burgoblog-twentytwenty-tag-ryan-adams-page-2.html"
    html = (CORPUS / name).read_bytes()
    assert b'rel="next"' not in html
    page = parse_archive(html, GOLD[name]["url"])
    assert page.next_url == "https://burgoblog.com/tag/ryan-adams/page/3/"


def test_excerpts_cut_by_the_generator_are_excerpts() -> None:
    """A month archive whose every body ends in WordPress's "[…]" lists excerpts only."""
    name = "burgoblog-twentytwenty-month-2008-03.html"
    page = parse_archive((CORPUS / name).read_bytes(), GOLD[name]["url"])
    assert len(page.posts) == 8
    assert all(post.is_excerpt for post in page.posts)


@pytest.mark.parametrize("name", SINGLE_POSTS)
def test_single_post_among_hentry_teasers_lists_nothing(name: str) -> None:
    """An article page whose related-post teasers are marked up as ``hentry`` blocks is
    one post, not a listing of them."""
    page = parse_archive((CORPUS / name).read_bytes(), GOLD[name]["url"])
    assert not page.is_archive
    assert _scorer().score_page(GOLD[name], CORPUS).archive_ok
