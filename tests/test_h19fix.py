"""heldout19's repost shapes (round 20, h19fix): a republication notice under a rewrite's
first paragraph ends no story; a credit given as a web address names the outlet as the
story writes it; a paper's own reporter's bracket and a relay's "据《PAPER》报道" lead credit
the paper. All lines invented; the real pages are scored by ``test_gate_heldout19.py``.
"""
from __future__ import annotations

from normalizer.cues.outlets import address_in_words, outlet_name
from normalizer.pipeline import normalize_page
from normalizer.stories.attribute import paper_reporter_bracket, relayed_paper

_URL = "https://portal.example/2024/05/02/ferry-fares-rise/"
_TITLE = "Ferry fares to rise in spring"


def _stories(body: str) -> list[dict]:
    page = (f"<html><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
            f"{body}</article></body></html>")
    return normalize_page(page, _URL)[0]["stories"]


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


_LEAD = ("Oslo, May 2 (ANI): Ferry fares on the coastal routes will rise by a tenth in "
         "spring, a paper has reported.")
_NOTICE = ("This article was published on weekly.co.uk on Tuesday 1 May 2024 and a version "
           "appeared on p12 of the Main section of the Weekly on Wednesday 2 May 2024.")
_REST = [
    "The operator said the rise would pay for two new boats and the repair of the piers "
    "on the northern islands, which have been closed since the winter storms.",
    "Islanders said the fares were already the highest in the country and that many "
    "families would have to think twice before visiting the mainland.",
    "The council will vote on the new fares at its meeting next month, the operator said.",
]


def test_a_republication_notice_under_the_first_paragraph_ends_no_story() -> None:
    stories = _stories(_paras([_LEAD, _NOTICE, *_REST]))
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    assert stories[0]["source"] == "ANI"
    assert _REST[-1] in stories[0]["text"]
    assert "This article was published" not in stories[0]["text"]


def test_a_domain_credit_names_the_outlet_the_story_writes_in_its_own_letters() -> None:
    text = 'Эти вопросы ведущий обсуждал со слушателями Радио "Вести ФМ".'
    assert address_in_words("radiovesti.ru", [text]) == "Вести ФМ"
    # an address whose outlet the story does not name in other letters stays as credited
    assert address_in_words("rp.pl", ["Rząd przyjął projekt ustawy."]) is None


def test_a_latin_address_of_an_outlet_named_in_other_letters_names_that_outlet() -> None:
    assert outlet_name("tsn.ua") == "ТСН"
    assert outlet_name("radiovesti.ru") == "Вести ФМ"


def test_the_by_material_label_credits_the_outlet_and_leaves_the_text() -> None:
    credit = "По материалам: tsn.ua; Фото: example.info"
    body = [
        "В больнице области хирург ошибся во время операции, сообщили в полиции города.",
        "Следствие проверяет, как врач мог перепутать органы пациентки во время операции.",
        "Родственники женщины подали иск против больницы, суд рассмотрит его в марте.",
        credit,
    ]
    stories = _stories(_paras(body))
    assert stories[-1]["source"] == "ТСН"
    assert credit not in "".join(s["text"] for s in stories)


def test_a_papers_own_reporter_bracket_credits_the_paper() -> None:
    assert paper_reporter_bracket("【台灣醒報記者王小明高雄報導】衛生署今天表示，春節期間") \
        == ("台灣醒報", "高雄", ["王小明"])
    # with a slash between writer and place
    assert paper_reporter_bracket("【台灣醒報記者王小明／台北報導】衛生署今天表示") \
        == ("台灣醒報", "台北", ["王小明"])
    # words the table knows as no paper before 記者: no credit
    assert paper_reporter_bracket("【本報記者王小明高雄報導】衛生署今天表示") is None


def test_a_relays_lead_credits_the_paper_it_names_in_title_brackets() -> None:
    assert relayed_paper("某某网3月2日消息：据《新闻晨报》报道，市区多家医院春节期间") == "新闻晨报"
    assert relayed_paper("据《新闻晨报》报道，市区多家医院春节期间照常开诊") == "新闻晨报"
    # a book's title in brackets is no paper's report
    assert relayed_paper("他在《红楼梦》里读到，春节期间") is None
