"""The page's chrome at the edges of trafilatura's body, and the contributors' line after it.

trafilatura's node (or its full mode's fallback) takes in what stands beside the story in
the same container: a navigation crumb above it (Walla!'s "News" link), a share bar and a
"Related Information" box below it (The Globe and Mail), the comment and hot-post boxes
(Xinhua), a channel list (Sina). Such a line is marked chrome when every element of the
page that holds it stands in chrome apart from the story's own containers. The story's
lines stay. A "X contributed reporting ..." line set in an author box after a pager
(The New York Times) is put back as the story's last line.

Real pages of the eighth and ninth held-out sets (origins and licences in their SOURCES.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from normalizer.model import BlockKind, RemovedKind
from normalizer.stories.blocks import CRUFT, TEXT, word_count
from normalizer.stories.extract import _menu_words, _sentence_words, extract

REAL = Path(__file__).parent / "fixtures" / "real"
GLOBE = REAL / "heldout8/site/2010/03/09/ottawa-vacant-positions-cuts/index.html"
NYT = REAL / "heldout8/site/2010/11/13/burmese-dissident-freed/index.html"
WALLA = REAL / "heldout9/site/2024/03/03/rosh-hamemshala-bitel-diyun/index.html"
XINHUA = REAL / "heldout9/site/2019/12/10/faguo-dabagong-jiaotong/index.html"
SINA = REAL / "heldout9/site/2019/11/25/gongyuan-laowai-liaobude/index.html"


def _blocks(path: Path):
    return [b for b in extract(path.read_bytes(), None).blocks if b.text]


def _chrome(blocks) -> list[str]:
    return [b.text for b in blocks if b.role == CRUFT and b.cruft_kind == RemovedKind.CHROME]


def _story(blocks) -> list[str]:
    return [b.text for b in blocks if b.role == TEXT and b.kind == BlockKind.P]


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_share_bar_and_related_box_after_the_story_are_chrome():
    blocks = _blocks(GLOBE)
    chrome = _chrome(blocks)
    assert any(t.startswith("Share with friends") for t in chrome)
    assert "Print or License" in chrome
    # (the box's heading over its list of links to other stories: a related-links label
    # since the teaser lists are read, chrome before; out of the story either way)
    related = [b.text for b in blocks if b.role == CRUFT
               and b.cruft_kind == RemovedKind.RELATED_LINK]
    assert "Related Information" in chrome + related
    # the story's last paragraph stays, and nothing of it became chrome
    story = _story(blocks)
    assert story[-1].startswith("“Since November 2008")
    assert not any(t in chrome for t in story)
    assert len(story) >= 15


def test_a_crumb_link_above_a_news_flash_is_chrome_the_flash_stays():
    blocks = _blocks(WALLA)
    first = next(b for b in blocks if b.role == TEXT)
    assert first.kind == BlockKind.P and first.words > 12  # the flash itself, not "News"
    assert "חדשות" in _chrome(blocks)


@pytest.mark.parametrize("path,box_line", [(XINHUA, "新闻评论"), (SINA, "新媒体实验室")])
def test_boxes_after_a_chinese_story_are_chrome(path: Path, box_line: str):
    blocks = _blocks(path)
    chrome = _chrome(blocks)
    assert box_line in chrome
    story = _story(blocks)
    assert len(story) >= 5 and not set(story) & set(chrome)


def test_the_contributors_line_after_a_pager_ends_the_story():
    blocks = _blocks(NYT)
    story = _story(blocks)
    line = next(t for t in story if "contributed reporting" in t)
    at = story.index(line)
    # right after the body's last paragraph, before the pager's "Next Page"
    assert story[at - 1].startswith("And the United Nations secretary general")
    assert all(not t.endswith(".") for t in story[at + 1:])


# --- words without spaces are counted as the blocks count them --------------------------

def _body(lines: list[str]) -> etree._Element:
    body = etree.Element("body")
    for line in lines:
        etree.SubElement(body, "p").text = line
    return body


def test_a_chinese_menu_is_read_as_a_menu():
    """Twenty channel links of four Han characters each: 40 words as the blocks count
    them, each a line with no sentence's end; with the story lines of a real page around
    them, the body is no menu (sentences), while the channels alone are one."""
    channels = ["国内新闻", "国际新闻", "财经频道", "体育频道", "娱乐频道", "科技频道",
                "教育频道", "军事频道", "汽车频道", "房产频道", "旅游频道", "健康频道",
                "文化频道", "读书频道", "游戏频道", "女性频道", "视频频道", "图片频道",
                "专题频道", "博客频道", "微博频道", "论坛频道", "社区频道", "时尚频道",
                "公益频道", "佛教频道", "彩票频道", "天气频道"]
    assert sum(word_count(c) for c in channels) >= 50
    assert _menu_words(_body(channels)) is not None
    story = [b.text for b in _blocks(XINHUA) if b.role == TEXT and b.words > 30]
    assert _menu_words(_body(story + channels[:6])) is None
    words, in_sentences = _sentence_words(_body(story))
    assert words == sum(word_count(t) for t in story) and in_sentences == words
