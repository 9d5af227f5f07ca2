"""Two stories pasted in one post whose first story's heading repeats the post's title:
the second story's headline, the one later line of the same shape (an ``<h2>`` in the
block editor, a ``<p><strong>`` in the classic one), opens the next story even where the
first story ends with a tail of short pasted lines (a tag label, a related title, "read
in full", a share button), once a lead paragraph follows it.

The shape is that of the third held-out set's stories in a real WordPress (tests/
fixtures/real/heldout3, ``benchmarks/eval_heldout3.py --wordpress``): a Russian agency
story then an Arabic one, a Chinese one then a Catalan one opening with a handle. The
texts here are written for the test.
"""
from __future__ import annotations

import pytest

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

RU_HEAD = "Новый участок кольцевой дороги открывается для движения"
RU_BODY = ("МОСКВА, 29 июня. /ТАСС/. Движение по новому участку кольцевой автодороги "
           "откроется в понедельник, сообщили в госкомпании, которая строит трассу.",
           "Участок длиной около двадцати километров позволит разгрузить вылетные "
           "магистрали и сократить время в пути для жителей области.",
           "Строительство трассы началось несколько лет назад, ее полная длина превысит "
           "триста километров, а открыть ее целиком планируют в следующем году.")
RU_TAIL = ("Теги", "В городе открылся новый парк", "Читать полностью")
AR_HEAD = "الوزارة تعلن تسجيل حالات جديدة في البلاد"
AR_BODY = ("أعلنت وزارة الصحة اليوم الثلاثاء تسجيل حالات جديدة في عدد من المحافظات، "
           "مشيرة إلى أن جميع الحالات تخضع للرعاية الطبية اللازمة في مستشفيات العزل.",
           "وأوضح المتحدث الرسمي للوزارة أن الفرق الطبية تتابع المخالطين وتجري الفحوص "
           "اللازمة لهم وفق الإرشادات المعتمدة من منظمة الصحة العالمية.")
ZH_HEAD = "立委批評藝人發言 呼籲公眾人物更加謹慎"
ZH_BODY = ("藝人日前在節目中的一段發言引起社會輿論關注，立委今天在臉書發文表示，"
           "公眾人物發表言論時應該更加自律與謹慎，避免造成誤解。",
           "對此，藝人晚間受訪時回應，節目原意是鼓勵大家往正面看，希望外界不要曲解。")
ZH_TAIL = ("讚", "【熱門點閱】", "編輯部推薦")
CA_HEAD = "@CiutatConfinada continua amb més propostes"
CA_BODY = ("Aquesta tarda es podrà seguir en directe una nova sessió de música pel canal "
           "del compte, que ja porta una setmana d'activitat a les xarxes socials.",
           "Els propers dies s'aniran donant a conèixer més iniciatives i propostes.")


def _post(editor: str, first: tuple, second: tuple) -> dict:
    """The post as the editor saves it: each story's headline line, then its paragraphs,
    the first story's pasted tail after them."""
    (head1, body1, tail1), (head2, body2) = first, second

    def head(text: str) -> str:
        return f"<h2>{text}</h2>" if editor == "blocks" else f"<p><strong>{text}</strong></p>"

    html = head(head1) + "".join(f"<p>{p}</p>" for p in (*body1, *tail1)) \
        + head(head2) + "".join(f"<p>{p}</p>" for p in body2)
    return normalize_content(html, PostMeta(url="https://blog.example/2020/06/29/post/",
                                            title=head1))


@pytest.mark.parametrize("editor", ["blocks", "classic"])
@pytest.mark.parametrize(("first", "second"), [
    ((RU_HEAD, RU_BODY, RU_TAIL), (AR_HEAD, AR_BODY)),
    ((ZH_HEAD, ZH_BODY, ZH_TAIL), (CA_HEAD, CA_BODY)),
])
def test_the_second_headline_after_a_tail_of_short_lines_opens_a_story(editor, first, second):
    stories = _post(editor, first, second)["stories"]
    assert [s["headline"] for s in stories] == [first[0], second[0]]
    assert stories[1]["text"].startswith(second[1][0])


@pytest.mark.parametrize("editor", ["blocks", "classic"])
def test_a_same_shaped_line_over_a_short_line_stays_in_the_story(editor):
    """A line of the heading's shape over a line or two of chrome ("Today on ...",
    "Please wait...") is no story's headline: a story opens with a lead paragraph."""
    stories = _post(editor, (RU_HEAD, RU_BODY, ()),
                    ("Сегодня на сайте", ("Подождите...",
                                          "Функция временно недоступна. Попробуйте позже.",
                                          "Пожалуйста, повторите попытку через пару минут.",
                                          "Спасибо! Теперь проверьте почту на своем телефоне, "
                                          "чтобы скачать наше новое приложение.")))[
        "stories"]
    assert len(stories) == 1
