"""Round 46: how a page shows a post's fields, its writer and its provider. ガジェット通信
writes its date, provider and section with an icon font's names glued to them
("access_time2019/04/21 11:51 createNeoL／ネオエル folder生活・趣味"), shows the line again under
the story over the provider's box (its name, its blurb, "ウェブサイト: http://..."), and ends
the story on a price with no full stop; UPROXX flattens its writer's card to one line
("Andrew HusbandTwitterNews & Culture Writer"); 読売新聞 lists a teaser's title over its
date far above a promotion. Round dumps39's pages and a page of the earlier dumps
(``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.dumps import dump_blocks
from normalizer.text.dates import parse_date, split_date_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_an_icon_fonts_names_glued_to_the_fields_are_no_part_of_them() -> None:
    line = "access_time2019/04/21 11:51 createNeoL／ネオエル folder生活・趣味"
    assert [b.text for b in dump_blocks(line)] == ["2019/04/21 11:51 NeoL／ネオエル 生活・趣味"]
    # one plain word glued to a capital is no icon: "createNew" alone stays as written
    assert [b.text for b in dump_blocks("createNew projects")] == ["createNew projects"]


def test_a_slashed_date_with_its_clock_heads_a_line_of_the_posts_fields() -> None:
    assert split_date_line("2019/04/21 11:51 NeoL／ネオエル 生活・趣味")[0]
    assert parse_date("2019/04/21 11:51 NeoL／ネオエル 生活・趣味") == "2019-04-21"
    # a slashed date alone opening a note is no date line
    assert not split_date_line("2026/08/02 新增：abc")[0]
    assert parse_date("2026/08/02 新增：abc") is None


def test_the_fields_shown_again_end_the_story_over_the_providers_box() -> None:
    [story] = _stories(_read("getnews-cutpen-newspaper-pen-2019.txt"))
    assert story["published"] == "2019-04-21"
    text = story["text"]
    # the story's last paragraph, a price with no full stop, is kept
    assert text.rstrip().endswith("850円（税抜き）")
    for line in ("NeoL／ネオエルの記事一覧をみる", "都市で暮らす女性のためのカルチャーWebマガジン",
                 "ウェブサイト"):
        assert line not in text


def test_a_boxs_blurb_over_its_web_sites_line_is_no_story() -> None:
    body = ("Bridge to close for repairs\n\nMay 7, 2024\n\n"
            "The council voted on Tuesday to close the old bridge for repairs until spring.\n\n"
            "Drivers will be sent along the river road while the work goes on, officials said.\n\n"
            "The repairs are expected to cost about two million dollars, the city said.\n\n")
    box = ("River Weekly\n\n"
           "A magazine for the people of the valley. News, walks and recipes every week.\n\n"
           "Website: https://river.example.org/\n")
    [story] = _stories(body + box)
    assert "The repairs are expected" in story["text"]
    assert "A magazine for the people" not in story["text"]
    # a story's own last paragraph over a web site's line, paragraphs above it, is kept
    [kept] = _stories(body + "Website: https://bridge.example.org/\n")
    assert "The repairs are expected" in kept["text"]


def test_a_writers_card_glued_into_one_line_is_the_byline() -> None:
    [story] = _stories(_read("uproxx-giuliani-secretary-of-state-2016.txt"))
    assert story["byline"] == ["Andrew Husband"]
    assert "HusbandTwitter" not in story["text"]
    assert story["text"].startswith("Longtime Donald Trump advocate")


def test_a_teasers_title_over_its_date_closes_no_box_of_a_story_far_above() -> None:
    stories = _stories(_read("yomiuri-korea-martial-law-2024.txt"))
    heads = [s["headline"] for s in stories]
    # "暗かった昭和の..." over "2024/11/30 10:00 恋愛＆結婚 発言小町まとめ", another teaser's
    # title and date under it, and a coupon's line 40 lines below: no story
    assert not any(h and h.startswith("暗かった昭和") for h in heads)
    assert not any("ヤマダデンキ" in s["text"] for s in stories)
