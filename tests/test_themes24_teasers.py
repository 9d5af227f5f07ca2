"""Other stories' teasers and labels a blogger pastes after a story, round 24: teasers cut
short (a title cut by an ellipsis, its lead, the lead's last word broken off before the
listing's "read the story" call), a listing's items each a stamped title ("Title Outlet -
3 hours ago") over its lead, the article's type label ("Новость", "Gastkommentar") and the
paper a portal carries with its town ("The Daily Observer (Banjul)") right above the
page's furniture. Each goes; a story's own lines of the same look stay. Every line is
invented."""
from __future__ import annotations

from normalizer.stories.blocks import CRUFT, META, TEXT, Block
from normalizer.stories.clean import classify

RU_BODY = ("Городской совет во вторник решил закрыть старый мост на ремонт, и тысячам "
           "водителей придется целый год ездить в объезд через центр города.")
RU_BODY2 = ("Мэр сказал, что работы начнутся весной и закончатся до следующей зимы, если "
            "подрядчик уложится в сроки и в бюджет, утвержденный советом.")
EN_BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
           "will send thousands of commuters onto a detour through the city centre for a year.")
EN_BODY2 = ("The mayor said work would start in the spring and end before next winter if the "
            "contractor kept to the schedule and the budget the council approved.")
DE_BODY = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren, "
           "und Tausende Pendler müssen nun einen langen Umweg durch die Innenstadt fahren.")
ZH_BODY = ("市議會周二決定封閉舊橋進行維修，數以千計的司機須在一年內繞道市中心行駛，"
           "交通預料更為擠塞。")


def _roles(lines: list[str]) -> list[str]:
    out = [Block(line) for line in lines]
    classify(out)
    return [b.role for b in out]


def test_cut_teasers_after_the_story_go() -> None:
    """Two teasers, each a cut title, a paragraph or two of its lead and the lead's last
    word broken off before "Читать новость...": every line of both goes."""
    lines = [RU_BODY, RU_BODY2, "Смотрите также:",
             "Мэр пообещал открыть новую библиотеку до конца...",
             "Новая библиотека откроется в старом здании вокзала, сообщили в мэрии города.",
             "Строители уже начали работы, а первые книги привезут в мар..... Читать новость...",
             "Кто построит новый стадион?...",
             "Городской совет выбрал трех подрядчиков, которые поборются за право стро..... "
             "Читать новость..."]
    assert _roles(lines) == [TEXT, TEXT] + [CRUFT] * 6


def test_one_cut_teaser_is_an_excerpt_and_stays() -> None:
    """One such teaser alone may be the blogger's own excerpt: it stays."""
    lines = [RU_BODY, "Кто построит новый стадион?...",
             "Городской совет выбрал трех подрядчиков, которые поборются за право стро..... "
             "Читать новость..."]
    assert _roles(lines) == [TEXT, TEXT, TEXT]


def test_a_story_ending_read_more_under_its_own_title_stays() -> None:
    """Paragraphs closed by "... Read more" under titles that are not cut are a blog's
    excerpts, not teasers of this shape."""
    lines = ["A new library for the old station", EN_BODY,
             "Builders have started and the first books arrive in Ma... Read more",
             "Who will build the stadium?", EN_BODY2,
             "The council picked three firms that will compete to bu... Read more"]
    assert _roles(lines).count(TEXT) >= 4


def test_stamped_listing_items_go_with_their_leads() -> None:
    lines = [ZH_BODY, "最熱門新聞",
             "市區新橋下月通車 駕駛者可節省時間 晨報 - 12小時前",
             "【晨報專訊】市區新橋下月通車，運輸署表示，駕駛者往返兩區可節省約十五分鐘車程。",
             "舊區重建計劃展開 居民憂租金上升 晚報 - 2012年1月11日",
             "【晚報專訊】舊區重建計劃昨日正式展開，不少居民擔心區內租金會因而上升，要求政府跟進。",
             "更多熱門新聞 »"]
    roles = _roles(lines)
    assert roles[0] == TEXT and roles[2:6] == [CRUFT] * 4


def test_a_dated_byline_over_a_story_stays() -> None:
    """A byline and its age over a story's paragraphs is no listing item: the story goes on
    under its first paragraph."""
    lines = ["Jane Doe - 3 hours ago", EN_BODY, EN_BODY2,
             "John Roe - 2 hours ago", EN_BODY2, EN_BODY]
    roles = _roles(lines)
    assert roles[1] == roles[2] == roles[4] == roles[5] == TEXT
    assert roles[0] in (TEXT, META)


def test_type_label_above_the_furniture_goes() -> None:
    assert _roles([RU_BODY, RU_BODY2, "Новость", "Поделиться: VK, Telegram"]) \
        == [TEXT, TEXT, CRUFT, CRUFT]
    assert _roles([DE_BODY, "Gastkommentar", "Artikel teilen"]) == [TEXT, CRUFT, CRUFT]


def test_carried_paper_and_town_above_the_furniture_goes() -> None:
    assert _roles([EN_BODY, EN_BODY2, "The Evening Courier (Accra)", "Share:"]) \
        == [TEXT, TEXT, CRUFT, CRUFT]


def test_type_label_inside_the_story_stays() -> None:
    """A word like a type label between two of the story's paragraphs is its sub-heading."""
    assert _roles([DE_BODY, "Analyse", DE_BODY]) == [TEXT, TEXT, TEXT]


def test_translator_credit_above_a_type_label_stays() -> None:
    """The label is the page's, under the story's last line: the lines above it, the
    translator's credit among them, are the story's."""
    lines = [DE_BODY, "Aus dem Englischen von Erika Muster", "Gastkommentar", "Artikel teilen"]
    assert _roles(lines) == [TEXT, TEXT, CRUFT, CRUFT]


KO_BODY = "시의회는 화요일 낡은 다리를 보수하기 위해 1년 동안 폐쇄하기로 결정했다고 밝혔다."


def test_box_closed_by_its_see_more_button_goes() -> None:
    """A box's label, its titles and leads, and the "see more" button naming the label."""
    lines = [KO_BODY, "구독하기", "오늘신문 헤드라인", "시장 선거 사전투표율 역대 최고",
             "새 다리 개통 앞두고 교통 대책 발표",
             "시는 새 다리 개통을 앞두고 버스 노선을 조정하는 교통 대책을 발표했다.",
             "오늘신문 헤드라인 더보기"]
    assert _roles(lines) == [TEXT] + [CRUFT] * 6


def test_see_more_with_no_label_above_leaves_the_story() -> None:
    lines = [KO_BODY, "시장은 공사가 봄에 시작해 내년 겨울 전에 끝날 것이라고 말했다.",
             "오늘신문 헤드라인 더보기"]
    assert _roles(lines)[:2] == [TEXT, TEXT]


ES_BODY = ("El Banco Central informó este martes que la deuda externa total aumentó en 884 "
           "millones de dólares respecto a 2020, debido al aumento de la deuda pública.")
ES_BODY2 = ("Los desembolsos en 2021 fueron de 2.662 millones de dólares, de los cuales la mitad "
            "provino de acreedores privados, de acuerdo con la información.")


def test_story_between_two_read_calls_is_no_box() -> None:
    """"Lea:" over a linked title and "Lea más:" under the story's paragraphs are two calls
    to read other stories, not a box's label and its "see more" button: the story stays
    (a real Blogger paste of an EFE story, platforms gate)."""
    lines = [ES_BODY, "Lea:", "Consejo Permanente de OEA aborda este miércoles confiscación",
             ES_BODY2, ES_BODY, "Lea más:", "Juan Carlos Ortega propone legalizar la marihuana"]
    roles = _roles(lines)
    assert roles[3:5] == [TEXT, TEXT]


def test_portal_tools_and_section_note_go() -> None:
    lines = [KO_BODY, "본문 요약봇", "기사원문", "이 기사는 언론사에서 경제 섹션으로 분류했습니다.",
             "기사 섹션 분류 안내"]
    assert _roles(lines) == [TEXT] + [CRUFT] * 4
