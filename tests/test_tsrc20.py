"""Sources of stories pasted into blog posts (round 20, ``normalizer/stories/attribute.py``
``pasted_chrome_source``): an editor pastes the page's own notices with the story, the
cleaner takes them out, and where nothing in the story credits a source the outlet they
name is its source: a notice that the sites it links to are not its own, a promo asking the
reader to follow it on a network, its photo desk in a picture's credit. A wire's or a
picture service's name in a photo credit credits the picture only, two outlets named by
such lines name none, and a credit in the story always wins."""
from __future__ import annotations

from normalizer.pipeline import normalize_page
from normalizer.stories.attribute import _photo_desk

PROSE = [
    "The city council debated the new budget for six hours on Tuesday without agreeing on a "
    "common draft for the schools, officials said after the meeting ended late at night.",
    "The opposition demanded an inquiry into last year's spending. The mayor said he would "
    "present a new proposal next week and asked both sides to meet before the vote.",
    "According to the town hall, the budget should be about as large as last year's, but "
    "the unions still announced protests in front of the building for Friday morning.",
    "Teachers said the schools had waited three years for the new roof and that the "
    "classrooms on the top floor had been closed twice this winter because of leaks.",
]


def _post(*, before: tuple[str, ...] = (), after: tuple[str, ...] = (), caption: str = ""
          ) -> dict:
    """An invented blog post: a title, the pasted paragraphs, a caption after the first,
    and the pasted page's lines after the text."""
    paras = list(before) + PROSE[:1] + ([] if not caption else [caption]) + PROSE[1:] \
        + list(after)
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><title>Council fails to agree on budget</title></head><body>"
            f"<article><h1>Council fails to agree on budget</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    records = normalize_page(html, "https://blog.example.org/2024/03/council-budget/")
    assert len(records) == 1
    return records[0]


def _source(record: dict) -> str | None:
    return record["stories"][0]["source"]


def test_a_notice_that_external_sites_are_not_the_sites_names_the_outlet() -> None:
    record = _post(after=("The BBC is not responsible for the content of external sites.",))
    assert _source(record) == "BBC"


def test_the_notice_in_chinese_names_it_too() -> None:
    assert _source(_post(after=("告知: BBC 不对外来网站内容负责",))) == "BBC"


def test_a_third_partys_feed_notice_names_no_outlet() -> None:
    line = ("These news feeds are provided by an independent third party and Channel 4 is not "
            "responsible or liable to you for their content.")
    assert _source(_post(after=(line,))) is None


def test_a_promo_to_follow_the_outlet_names_it() -> None:
    assert _source(_post(after=("Follow The Guardian on Twitter for more news.",))) \
        == "The Guardian"
    assert _source(_post(after=("Follow us on Twitter",))) is None


def test_the_photo_desk_of_a_news_outlet_in_a_caption() -> None:
    assert _photo_desk("Councillors leave the hall on Tuesday. (Jane Roe/CBC)") == "CBC News"
    assert _photo_desk("Photo : Radio-Canada") == "Radio-Canada"
    assert _photo_desk("Councillors in the hall.Фото: Иван Петров © MESTO.RU") == "MESTO.RU"


def test_a_wires_or_a_picture_services_photo_credits_the_picture_only() -> None:
    assert _photo_desk("Councillors leave the hall. (John Doe/Reuters)") is None
    assert _photo_desk("Photo: AFP") is None
    assert _photo_desk("Photo: Getty Images/John Doe") is None
    assert _photo_desk("Photo: Jane Roe") is None


def test_two_outlets_in_the_pasted_lines_name_none() -> None:
    assert _source(_post(after=("The BBC is not responsible for the content of external sites.",
                                "Follow The Guardian on Twitter for more news.",))) is None


def test_a_credit_in_the_story_wins() -> None:
    record = _post(before=("LONDON (Reuters) - " + PROSE[0],),
                   after=("The BBC is not responsible for the content of external sites.",))
    assert _source(record) == "Reuters"


def test_a_chinese_note_that_the_pictures_are_the_outlets_reporters() -> None:
    assert _photo_desk("本文图片除特别标注外，均为澎湃新闻记者张三 图") == "澎湃新闻"
    assert _photo_desk("图片为新华社记者张三摄") is None  # a wire's picture


def test_a_photo_desk_in_its_own_script_is_named_as_written() -> None:
    assert _photo_desk("Фото: Дмитрий Азаров, Коммерсантъ") == "Коммерсантъ"
