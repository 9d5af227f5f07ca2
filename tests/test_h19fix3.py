"""heldout19's repost shapes (round 21, h19fix3): a run of teaser items after the story --
each another page's title as a link, the paper and date or teaser paragraphs beside it, at
most a "read more" link to the same page -- is neither the story's text nor a story of its
own, and its box's heading goes with it. All lines invented."""
from __future__ import annotations

from lxml.html import fragment_fromstring

from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import parse_html
from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import CRUFT, Block
from normalizer.stories.extract import _mark_teaser_lists, _teaser_item

_URL = "https://portal.example/2024/05/02/ferry-fares-rise/"
_TITLE = "渡輪春季加價一成"
_BODY = [
    "渡輪公司周二表示，離島航線票價將於春季上調一成，以支付兩艘新船及北部碼頭的維修費用。",
    "島上居民表示，票價已是全港最高，不少家庭往返市區前要三思。",
    "渡輪公司說，議會將於下月會議上表決新票價。",
]
_TEASERS = [
    ("碼頭工人反對夜班罷工", "海港日報 - 2024年5月1日星期三上午7:08",
     "【海港日報專訊】北部碼頭工人周三停工，抗議公司宣布夏季延長夜班時間，工會指已談判多次 ..."),
    ("新學年延後一周開課", "晨報 - 2024年4月30日星期二上午6:19",
     "【晨報專訊】教育局表示，新學年將延後一周於八月開課，此前家長投訴首周天氣過熱，學童不適 ..."),
    ("海灣大橋六年後通車", "海港日報 - 2024年4月29日星期一上午6:08",
     "【海港日報專訊】海灣大橋周一正式通車，距離動工已經六年，較路政署承諾的日期遲了兩年 ..."),
]


def _page(after: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in _BODY)
    return (f"<html><head><title>{_TITLE}</title></head><body><div class='main'>"
            f"<h1>{_TITLE}</h1><div class='content'>{body}{after}</div></div></body></html>")


def _stories(after: str) -> list[dict]:
    return normalize_page(_page(after), _URL)[0]["stories"]


def _most_popular(items: list[tuple[str, str, str]]) -> str:
    cards = "".join(
        f"<li><div class='txt'><a href='/2024/{n}/story-{n}.html'>{title}</a>"
        f"<cite>{paper}</cite></div><div class='preview'><p>{teaser}</p></div></li>"
        for n, (title, paper, teaser) in enumerate(items))
    return (f"<div class='box'><div class='hd'><h3>最熱門新聞</h3></div>"
            f"<div class='bd'><ul>{cards}</ul><a href='/popular/'>更多熱門新聞 »</a></div></div>")


def test_a_most_read_box_of_teaser_cards_is_no_part_of_the_story() -> None:
    stories = _stories(_most_popular(_TEASERS))
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    text = stories[0]["text"]
    assert all(line in text for line in _BODY)
    for title, paper, teaser in _TEASERS:
        assert title not in text and paper not in text and teaser[:40] not in text
    assert "最熱門新聞" not in text


def _see_also(items: list[tuple[str, str, str]]) -> str:
    # (as an old page sets them: each item a <div> inside a <p>, which ends the <p>)
    return "<h3>其他新聞：</h3>" + "".join(
        f"<p><div class='found'><a href='/news_{n}.html'><img src='/i/{n}.jpg'></a>"
        f"<a href='/news_{n}.html'><strong>{title}</strong></a><br><br>{teaser}<br>"
        f"{teaser} ..... <a href='/news_{n}.html'>閱讀全文...</a></div></p>"
        for n, (title, _, teaser) in enumerate(items))


def _marked(after: str, lines: list[str]) -> list[bool]:
    """Which of ``lines`` (the story's blocks as the page's extraction would give them)
    the teaser-list rule takes for related links."""
    tree = parse_html(_page(after))
    blocks = [Block(text=line) for line in lines]
    _mark_teaser_lists(blocks, PageIndex(tree))
    return [b.role == CRUFT for b in blocks]


def test_a_see_also_run_with_read_more_links_is_taken_line_by_line() -> None:
    title, _, teaser = _TEASERS[1]
    lines = [*_BODY, "其他新聞：", title, teaser, f"{teaser} ..... 閱讀全文..."]
    assert _marked(_see_also(_TEASERS), lines) == [False] * len(_BODY) + [True] * 4


def test_a_block_holding_the_whole_run_is_taken_too() -> None:
    joined = "其他新聞： " + " ".join(f"{t} {x} {x} ..... 閱讀全文..." for t, _, x in _TEASERS)
    assert _marked(_see_also(_TEASERS), [*_BODY, joined]) == [False] * len(_BODY) + [True]


def test_the_box_of_a_most_read_run_goes_with_it() -> None:
    title, paper, teaser = _TEASERS[0]
    lines = [*_BODY, "最熱門新聞", f"{title} {paper} {teaser}", "更多熱門新聞 »"]
    assert _marked(_most_popular(_TEASERS), lines) == [False] * len(_BODY) + [True] * 3


def test_two_teaser_items_are_no_run() -> None:
    title, paper, teaser = _TEASERS[0]
    assert _marked(_most_popular(_TEASERS[:2]), [*_BODY, f"{title} {paper} {teaser}"]) \
        == [False] * (len(_BODY) + 1)


def test_two_linked_items_are_no_teaser_run() -> None:
    # (one or two items with a link at their head may be a list of the story's own)
    listed = "".join(f"<li><a href='/2024/{n}/'>{title}</a>：{teaser}</li>"
                     for n, (title, _, teaser) in enumerate(_TEASERS[:2]))
    page = _page("").replace("</div></div>", f"<ul>{listed}</ul></div></div>", 1)
    text = normalize_page(page, _URL)[0]["stories"][0]["text"]
    assert _TEASERS[0][0] in text and _TEASERS[1][0] in text


def test_a_teaser_item_is_a_title_link_first_and_one_page_linked() -> None:
    card = ("<li><a href='/s/1.html'><img src='/1.jpg'></a><a href='/s/1.html'>Harbour strike"
            "</a><cite>Morning Post - 1 May</cite><p>Dock workers stopped work ...</p>"
            "<a href='/s/1.html'>Read more</a></li>")
    assert _teaser_item(fragment_fromstring(card)) == "/s/1.html"
    # a line that opens with words of its own, not with the link
    assert _teaser_item(fragment_fromstring(
        "<li>Read <a href='/s/1.html'>Harbour strike</a> in the Post</li>")) is None
    # links to two pages: a line of the story's own naming its sources
    assert _teaser_item(fragment_fromstring(
        "<li><a href='/a/'>The report</a> and <a href='/b/'>its annex</a> say so</li>")) is None
    # a link alone: a plain link list, left to the link-density rules
    assert _teaser_item(fragment_fromstring("<li><a href='/s/1.html'>Harbour strike</a></li>")) \
        is None


# --- a page title's tail naming the section the story was filed under ---------------------

_CN_TITLE = "区长一行到金融街开展调研工作"
_CN_BODY = "".join(f"<p>{line}</p>" for line in (
    "三月五日上午，区长一行到金融街开展调研工作，详细了解街区的建设和招商情况。",
    "区长指出，金融街要继续做好服务，吸引更多的企业入驻，推动地方经济发展。",
    "调研组还参观了街区的展览馆，并与入驻企业代表进行了座谈交流。"))


def _cn_headline(title: str, keywords: str) -> str | None:
    page = (f"<html><head><title>{title}</title><meta name='keywords' content='{keywords}'>"
            f"</head><body><table><tr><td>{_CN_BODY}</td></tr></table></body></html>")
    return normalize_page(page, "https://news.example.cn/2019/03/06/diaoyan/")[0]["title"]


def test_a_section_keyword_after_a_space_leaves_the_chinese_headline() -> None:
    assert _cn_headline(f"{_CN_TITLE} 东区办事处_示例网", "示例网,专题报道,东区办事处") == _CN_TITLE


def test_a_tail_that_is_no_whole_keyword_stays() -> None:
    assert _cn_headline(f"{_CN_TITLE} 东区_示例网", "示例网,专题报道,东区办事处") \
        == f"{_CN_TITLE} 东区"
