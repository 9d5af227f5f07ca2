"""The page's heading over a ``<title>`` that is that heading plus the site's name, on
real saved pages of the thirteenth held-out set's second batch (tests/fixtures/real/
heldout13b, origins in its SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.pages.permalink import page_info, parse_html

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout13b" / "site"


def _title(rel: str) -> str | None:
    tree = parse_html((SITE / rel / "index.html").read_bytes())
    assert tree is not None
    return page_info(tree, "http://example.org/" + rel + "/").title


@pytest.mark.parametrize(("rel", "heading", "title"), [
    # "<title>Heading - Express.gr</title>", the heading in a layout table's cell: the
    # spaced split names the site's part; the rest is the headline (no split without
    # spaces, the Chinese and Japanese titles' fallback, afterwards)
    ("2011/12/22/breast-implants-eof-guidance",
     "Οδηγίες σε γυναίκες που έκαναν πλαστική στήθους με εμφυτεύματα σιλικόνης",
     " - Express.gr"),
    # "<title>Heading, IBN Live News</title>" over the page's own <h1> "Heading": a comma
    # parts the site's name from the page's main heading
    ("2012/01/12/odisha-bird-flu-culling",
     "Bird flu: Odisha begins culling of poultry birds", ", IBN Live News"),
])
def test_title_with_site_name_gives_way_to_heading(rel: str, heading: str, title: str) -> None:
    page = (SITE / rel / "index.html").read_text(encoding="utf-8", errors="replace")
    assert f"<title>{heading}{title}</title>" in page  # the page's own <title>
    assert _title(rel) == heading
