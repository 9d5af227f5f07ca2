"""A bold line right under an ad label's run, with a story's body under it, is the next
pasted story's headline (the classic editor's headline line), not a sponsored title.

The shape is the eleventh held-out set's SCMP story pasted over an RFI 华语 story in a
real WordPress: "Advertisement" and a "Why you can trust ..." link end the first, the
second's bold headline follows; written here with invented text.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

_FIRST = "Harbour council votes to rebuild the old sea wall"
_SECOND = "山城新建的图书馆下月开放 市民可免费借书"


def test_bold_headline_under_ad_label_opens_the_next_story():
    body = (f"<p><strong>{_FIRST}</strong></p>"
            "<p>The harbour council voted on Tuesday to rebuild the old wall after the "
            "winter storms broke it in three places.</p>"
            "<p>Work should start in the spring, a spokesman for the port said, and last "
            "a year.</p>"
            "<p>Fishermen said the delay had cost them most of the season.</p>"
            "<p>Advertisement</p>"
            "<p><a href=\"/about/\">Why you can trust the Gazette</a></p>"
            f"<p><strong>{_SECOND}</strong></p>"
            "<p>市政府表示，这座新图书馆位于老城区的中心，共有五层，可以容纳二十万册图书和三百个座位。</p>"
            "<p>馆长说，开放后的第一个月将举办多场儿童读书活动，欢迎家长带孩子参加。</p>")
    meta = PostMeta(url="https://blog.example/2025/12/01/two-stories/", title=_FIRST)
    stories = normalize_content(body, meta)["stories"]
    assert [s["headline"] for s in stories] == [_FIRST, _SECOND]
    assert stories[1]["text"].startswith("市政府表示")
