"""Lists and promos pasted under a story in a blog theme's post (round 25, heldout22's themes).

- a related list of a portal, its label then titles each followed by its outlet's name
  ("関連記事" / title / "共同通信" / title / "SomeBrandWEB" ...), titles of a script with no
  capitals, is the list's: no second story is made of it, and the outlet named under one of
  its titles is not the story's sign-off;
- Arabic says "N minutes ago" with "قبل" as well as "منذ", and prints a listing's dates with
  the weekday's name ("الخميس 3 / 09 / 2021 10:15"): date lines; a run of titles each under
  such a date line, under a story, is a listing, not the story's text;
- a follow promo put to the reader as a question ("Folgst du schon X auf Whatsapp?") goes,
  and so does its pitch right under it; a story's question about who follows whom stays;
- a tag line labelled "Keyword:" is the page's furniture;
- a picture's alt text and caption pasted as one line, the same words twice, each closed by
  an outlet's name in brackets, is a caption.

Every line is invented for this test.
"""
from __future__ import annotations

import pytest

from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import Block
from normalizer.stories.clean import classify
from normalizer.text.dates import relative_date, split_date_line


def _page(paras: list[str], title: str = "A post") -> dict:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><title>{title} | A Small Blog</title></head><body>"
            f"<header><a href='/'>A Small Blog</a></header><main><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div>"
            f"</article></main><footer>Powered by a blog engine</footer></body></html>")
    return normalize_page(html, "https://small-blog.example/2024/05/02/post/")[0]


_JA_BODY = [
    "市議会は火曜日、老朽化した港の橋を修理のため閉鎖することを決めました。点検で橋脚に深い亀裂が見つかったということです。",
    "工事費はおよそ2億円で、秋まで続く見通しです。市は工事の間、渡し船を運航すると説明しました。",
    "橋を毎日渡る東地区の住民からは、通勤時間が30分延びるとしてバスの増便を求める声が上がっています。",
]
_JA_LIST = [
    "関連記事",
    "港湾局、橋の点検結果を公表",
    "共同通信",
    "【独自】「修理は十年前から必要だった」元技術者が証言",
    "ミナトニュースWEB",
    "フェリー増便へ　運航会社が発表",
    "地方の橋、老朽化進む　全国で点検急ぐ",
    "カイガン新聞",
    "提供元の記事",
    "駅前の再開発計画が決定　商業施設と住宅を整備へ",
    "週末は各地で晴れ　行楽日和に【天気予報】",
    "新しい図書館が来月開館　蔵書は20万冊",
]


def test_a_portals_list_of_titles_and_outlets_is_no_second_story() -> None:
    rec = _page(_JA_BODY + _JA_LIST, "港の橋、修理で閉鎖へ")
    assert len(rec["stories"]) == 1
    text = rec["stories"][0]["text"]
    assert _JA_BODY[2] in text
    for line in _JA_LIST[1:]:
        assert line not in text


def test_an_outlet_under_a_listed_title_is_not_the_storys_signoff() -> None:
    rec = _page(_JA_BODY + _JA_LIST, "港の橋、修理で閉鎖へ")
    assert rec["stories"][0]["source"] != "Kyodo"


@pytest.mark.parametrize("line", ["قبل 12 دقيقة", "قبل 3 ساعات", "قبل ساعتين", "منذ 5 أيام"])
def test_arabic_relative_times(line: str) -> None:
    assert relative_date(line)
    assert split_date_line(line) == (True, "")


@pytest.mark.parametrize("line", ["الخميس 3 / 09 / 2021 10:15", "الاحد 14 / 02 / 2021 08:05",
                                  "الأربعاء 1 / 12 / 2020 19:40"])
def test_arabic_weekday_date_lines(line: str) -> None:
    assert split_date_line(line)[0]


def test_a_sentence_naming_a_weekday_is_no_date_line() -> None:
    assert not split_date_line("الخميس المقبل يبدأ العمل في الجسر الجديد عام 2021")[0]


_AR_BODY = [
    "قرر مجلس المدينة يوم الثلاثاء إغلاق جسر الميناء القديم لإجراء إصلاحات بعد أن عثر "
    "المفتشون على تشققات عميقة في اثنتين من دعاماته.",
    "ومن المتوقع أن تبلغ تكلفة الأعمال نحو مليوني دولار وأن تستمر حتى الخريف، بحسب بيان المجلس.",
]
_AR_LIST = [
    "آخر الاخبار",
    "قبل 7 دقائق", "افتتاح مكتبة جديدة في وسط المدينة",
    "قبل 40 دقيقة", "أمطار غزيرة متوقعة على الساحل",
    "قبل 3 ساعات", "فريق المدينة يفوز بالكأس",
    "الخميس 3 / 09 / 2021 10:15", "ارتفاع أسعار الخضار في الأسواق",
    "الاحد 14 / 02 / 2021 08:05", "إطلاق خط حافلات جديد بين الأحياء",
]


def test_titles_each_under_a_date_line_after_the_story_are_a_listing() -> None:
    rec = _page(_AR_BODY + _AR_LIST, "إغلاق جسر الميناء")
    assert len(rec["stories"]) == 1
    text = rec["stories"][0]["text"]
    assert _AR_BODY[1] in text
    for line in _AR_LIST:
        assert line not in text


def _kinds(lines: list[str]) -> list[str]:
    blocks = [Block(text=t) for t in lines]
    classify(blocks)
    return [b.cruft_kind.value if b.cruft_kind is not None else b.role.value for b in blocks]


_DE_BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke wegen Reparaturen zu "
    "sperren, nachdem Prüfer tiefe Risse in zwei Pfeilern gefunden hatten.",
    "Die Arbeiten sollen rund zwei Millionen Euro kosten und bis zum Herbst dauern, teilte "
    "die Stadt mit.",
]


def test_a_follow_question_and_its_pitch_go() -> None:
    kinds = _kinds([*_DE_BODY, "Folgst du schon Beispielblatt auf Whatsapp?",
                    "Morgens und abends die wichtigsten Meldungen: Abonniere den "
                    "Whatsapp-Kanal von Beispielblatt und du bekommst regelmässig Updates.",
                    "Die Fähre soll in der Zwischenzeit jede halbe Stunde fahren."])
    assert kinds == ["text", "text", "promo", "promo", "text"]


@pytest.mark.parametrize("line", ["Do you already follow Example Daily on Instagram?",
                                  "Suivez-vous déjà Le Petit Exemple sur Telegram ?"])
def test_follow_questions_of_other_languages(line: str) -> None:
    assert _kinds([*_DE_BODY, line])[-1] == "promo"


def test_a_storys_question_about_who_follows_whom_stays() -> None:
    line = "Warum folgen so viele Abgeordnete dem Minister auf Tiktok?"
    assert _kinds([*_DE_BODY, line, _DE_BODY[0]]) == ["text", "text", "text", "text"]


def test_a_keyword_label_line_is_furniture() -> None:
    assert _kinds([*_DE_BODY, "Keywords: Brücke, Hafen, Stadtrat"])[-1] == "chrome"


def test_a_caption_pasted_twice_with_its_outlet_is_a_caption() -> None:
    half = "Arbeiter prüfen einen Pfeiler der alten Hafenbrücke (Reuters)"
    assert _kinds([*_DE_BODY, f"{half} {half}"])[-1] == "caption"
    assert _kinds([*_DE_BODY, f"{half} und mehr {half}"])[-1] != "caption"


_POLL = ["Sollte die Stadt die Brücke ganz neu bauen?", "Ja, unbedingt.", "Nein, zu teuer.",
         "Nur mit Geld vom Bund.", "Weiss nicht."]


def test_a_reader_poll_at_the_storys_end_goes() -> None:
    assert _kinds([*_DE_BODY, *_POLL]) == ["text", "text", *["other"] * len(_POLL)]


def test_a_question_answered_by_short_lines_the_story_goes_on_under_stays() -> None:
    kinds = _kinds([*_DE_BODY, *_POLL, _DE_BODY[0]])
    assert kinds == ["text"] * (len(_POLL) + 3)


def test_an_outlet_after_a_lists_last_title_still_signs_the_story() -> None:
    body = ["The city council voted on Tuesday to close the old harbour bridge for repairs "
            "after inspectors found deep cracks in two of its piers.",
            "The works are expected to cost about two million dollars, the council said."]
    kinds = _kinds([*body, "Related Story: Ferry service to double during bridge works",
                    "Related Story: Inspectors warn of more ageing bridges", "AFP",
                    "Tags: bridges, harbour"])
    assert kinds[-2] == "copyright"
