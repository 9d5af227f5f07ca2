"""Attribution and language of stories pasted into a blog's post (round sources16): the
credit lines a story carries once its page is gone (heldout13b's agency stories in the
platform themes and WordPress). A photo's copyright box under its caption is the picture's;
a Chinese meta line's "本文来源于X" names the story's source; a courtesy line under the text
names the agency over a site's name on a date line above the headline (the story before's
line, split off with the next headline); a short line-up of names takes its post's language."""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import cjk_from_label_source
from normalizer.pipeline import normalize_page
from normalizer.stories.language import stories_too_short_take_the_posts

_EL = "".join(f"<p>Η περιοχή θεωρείται ασφαλής σύμφωνα με τις υγειονομικές αρχές της χώρας, "
              f"παράγραφος {i} με αρκετές λέξεις για να είναι μέρος της ιστορίας.</p>"
              for i in range(4))
_ZH = "".join(f"<p>今年的展会上，多家厂商展示了新一代的平板电脑和智能电视产品，业内人士认为这些产品"
              f"将成为市场的热点，第{i}段的文字足够长。</p>" for i in range(4))
_PL = "".join(f"<p>Konferencja zorganizowana w stolicy dotyczyła sytuacji chorych na rynku "
              f"pracy, akapit {i} z wystarczającą liczbą słów do opowieści.</p>"
              for i in range(4))
_EN = "".join(f"<p>The state government began the work in the villages today, officials "
              f"said, paragraph {i} with enough words to be part of the story.</p>"
              for i in range(4))


def _post(body: str) -> dict:
    html = ("<html><head><title>A blog</title></head><body><article><h1>Post</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    return normalize_page(html, "https://blog.example.org/2012/01/05/post/")[0]


def test_a_copyright_box_under_a_photo_caption_is_the_pictures() -> None:
    rec = _post(f"<h2>Η Λακωνία είναι ασφαλής</h2>{_EL}"
                "<p>Η περιοχή του ποταμού στη Λακωνία (Φωτογραφία: Reuters</p>"
                "<p>Copyright Reuters</p><p>health.in.gr, ΑΠΕ</p>")
    assert rec["stories"][0]["source"] == "ΑΠΕ-ΜΠΕ"  # (the agency as the line writes it)


@pytest.mark.parametrize("line, name", [
    ("本文来源于新华社 我要评论", "Xinhua"),
    ("文章来源于新华社", "Xinhua"),
    ("本文来源于网络", None),  # "the internet": no outlet
    ("来源：新华社", None),  # the colon's label is read elsewhere
])
def test_a_chinese_comes_from_credit_names_the_outlet(line: str, name: str | None) -> None:
    assert cjk_from_label_source(line) == name


def test_a_chinese_dated_comes_from_line_under_the_story_names_its_source() -> None:
    rec = _post(f"<h2>国际消费电子展四大看点</h2>{_ZH}"
                "<p>本文来源于新华社 2012年01月11日 15:48 我要评论（0）</p><p>分享到：</p>")
    assert rec["stories"][0]["source"] == "Xinhua"


def test_a_courtesy_line_outweighs_a_site_on_a_date_line_above_the_headline() -> None:
    rec = _post(f"<h2>Culling begins in the villages</h2>{_EN}"
                "<p>PTI | 03:01 PM,Jan 12,2012</p>"
                f"<h2>Chorzy na rynku pracy</h2>{_PL}"
                "<p>Dzięki uprzejmości: PAP - Nauka w Polsce</p>")
    sources = [s["source"] for s in rec["stories"]]
    assert sources[-1] == "PAP"


def test_a_short_line_up_takes_its_posts_language() -> None:
    stories = [{"language": "hu", "word_count": 160, "text": "Hosszú magyar szöveg " * 40},
               {"language": "es", "word_count": 17,
                "text": "Diego López - Carvajal, Pepe, Ramos, Marcelo - Modric, Xabi, Di María"},
               {"language": "en", "word_count": 12,
                "text": "the short story in another language is kept as it was read"}]
    stories_too_short_take_the_posts(stories)  # type: ignore[arg-type]
    assert [s["language"] for s in stories] == ["hu", "hu", "en"]


def test_a_feed_footer_under_a_related_story_is_that_posts_not_the_storys() -> None:
    rec = _post(f"<h2>A burger for the national day</h2>{_EN}"
                "<p>Source: The Straits Times © SPH Media Limited. Permission required for "
                "reproduction</p><p>Latest stories</p>"
                "<p><a href='https://food.example.com/stalls/'>Food stalls join the reopened "
                "court</a></p><p>The post Food stalls join the reopened court appeared first "
                "on FoodBlog.com.</p>")
    assert rec["stories"][0]["source"] == "The Straits Times"


def test_a_wired_chinese_agency_keeps_its_english_name_beside_its_sites_label() -> None:
    # "中新社PLACE日电" opens the text; the date line's "来源：中国新闻网" is the agency's site
    rec = _post("<h2>马来西亚发行新年邮票</h2>"
                "<p>2012年01月12日 18:35　来源：中国新闻网　参与互动(0)</p>"
                "<p>中新社吉隆坡1月12日电 马来西亚国家邮政局12日公开限量发行了一套新年邮票。</p>"
                f"{_ZH}")
    assert rec["stories"][0]["source"] == "China News Service"


@pytest.mark.parametrize("opening, agency", [
    ("〔中央社〕58歲婦女1年多前開始貧血", "Central News Agency"),
    ("（中新社）北京消息", "China News Service"),
    ("〔記者王五／台北報導〕今天", None),  # a reporter's bracket: a byline
    ("（图）照片说明", None),
])
def test_an_agency_in_a_bracket_opening_a_chinese_story_credits_it(opening: str,
                                                                   agency: str | None) -> None:
    from normalizer.stories.attribute import agency_bracket_opener
    assert agency_bracket_opener(opening) == agency


def test_an_agencys_site_in_a_wired_dateline_names_the_agency() -> None:
    from normalizer.cues.outlets import wire_of_site
    assert wire_of_site("Xinhuanet") == "Xinhua"  # 新华网 is 新华社's site
    assert wire_of_site("The New York Times") is None
    rec = _post("<h2>吉林境内车祸</h2>"
                "<p>新华网长春12月9日电（记者张三 李四）据吉林省有关部门最新提供的消息，"
                f"车祸造成多人受伤。</p>{_ZH}")
    assert rec["stories"][0]["source"] == "Xinhua"


@pytest.mark.parametrize("line, agency", [
    ("IAR | dodane 2011-12-28 (16:57)", "IAR"),
    ("PAP | 2012-01-01 12:00", "PAP"),
    ("Alfahir.hu | 2011. január 1.", None),  # a site, read where it heads a card
    ("Pál Tamás • 2021. május 08.", None),  # a writer
])
def test_an_agency_before_a_date_lines_bar_is_named(line: str, agency: str | None) -> None:
    from normalizer.stories.attribute import bulleted_agency
    assert bulleted_agency(line) == agency


@pytest.mark.parametrize("text, language", [
    # two words shared with Irish's little words ("AG", "nach") in a German lead
    ("Die Nord Stream 2 AG, die Schweizer Eigentümergesellschaft der neuen Ostsee-Pipeline "
     "nach Russland, ist offenbar insolvent.", "de"),
    ("Bhí an aimsir go maith agus tá sé ag éirí níos fearr, ach ní raibh siad sásta leis.",
     "ga"),
])
def test_a_short_lead_is_irish_only_by_more_than_two_little_words(text: str,
                                                                  language: str) -> None:
    from normalizer.stories.language import detect_language
    assert detect_language(text) == language
