"""A post written in a script without spaces between words is not an empty post.

The emptiness check asks whether a page's one post-content element holds any text of its
own before trafilatura is run. It counted words by spaces, so a one-paragraph Chinese
notice (400 characters, no space) counted as one word and the page was refused with "no
story text found", where plain trafilatura gives its text: the seventh held-out set's
district notice pasted into WordPress Twenty Twenty-One. Words are counted as the blocks
count them (a word per two Han or kana characters).
"""
from __future__ import annotations

from normalizer.pipeline import normalize_page

NOTICE = ("2019年2月27日下午，区经济和科技促进局局长一行八人到金融街进行实地考察调研，"
          "市金融局副局长和区党工委副书记陪同调研。调研组一行走访了企业，观看了宣传片，"
          "参观了服务中心，实地考察进驻企业情况，并围绕发展工作展开座谈。")


def _post(body: str) -> bytes:
    return ("<html><head><title>调研 – Blog</title></head><body><main><article class='post'>"
            "<header><h1 class='entry-title'>金融街开展调研工作</h1></header>"
            f"<div class='entry-content'>{body}</div>"
            "<footer class='entry-footer'>Categorized as News</footer></article></main>"
            "</body></html>").encode()


def test_a_one_paragraph_chinese_post_gives_its_story():
    [record] = normalize_page(_post(f"<p>{NOTICE}</p><p>【打印本页】【关闭窗口】</p>"),
                              "https://blog.example/notice/")
    [story] = record["stories"]
    assert story["text"].startswith("2019年2月27日下午")
    assert story["language"] == "zh"


def test_a_post_of_a_few_spaced_words_is_still_empty():
    """The check still knows an empty post: a share line alone is no story."""
    import pytest

    from normalizer.pipeline import NormalizeError
    with pytest.raises(NormalizeError):
        normalize_page(_post("<p>Share this</p>"), "https://blog.example/empty/")
