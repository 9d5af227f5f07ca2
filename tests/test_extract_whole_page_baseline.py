"""Where trafilatura's fast pass gives up, its full mode is asked.

trafilatura's last resort (its baseline) returns the page's whole text as one paragraph,
one line an element: menus, the article, the lists beside it. On a Chinese portal page
(the ninth held-out set's Securities Times brief, a real saved page) the fast pass did so,
and the words-by-spaces menu check could not tell: the story came out as the whole page
and matched no gold story. The full mode, which compares trafilatura with readability and
jusText, finds the article there.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from normalizer.pipeline import normalize_page
from normalizer.stories.extract import _whole_page_text

PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout9" / "site" / "2019" / "09"
        / "26" / "wujian-gonggao-zhongbiao" / "index.html")


def test_the_whole_page_in_one_paragraph_is_the_baseline():
    lines = "\n".join(f"Menu item {i}" for i in range(40))
    assert _whole_page_text(etree.fromstring(f"<body><p>{lines}</p></body>"))
    assert not _whole_page_text(etree.fromstring("<body><p>One.</p><p>Two.</p></body>"))


def test_a_portal_page_the_fast_pass_gave_up_on_gives_its_article_not_its_menus():
    [record] = normalize_page(PAGE.read_bytes(), "https://example.org/2019/09/26/brief/")
    [story] = record["stories"]
    assert "证券时报e公司讯" in story["text"]
    assert "扫描上方二维码" not in story["text"]  # the app-download box of the page's menu
    assert "为你推荐" not in story["text"]  # the recommended list after the article
