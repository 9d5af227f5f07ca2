"""Cruft left in pasted stories, round 21 (issue 10): a related box of cards cut short
(title, lead cut by an ellipsis, date) and its section labels, a reaction bar's buttons with
their counts, short labels standing between lines taken out, a related label in brackets or
after a box mark, a pointer opened by arrows, a conditional membership appeal, a call to
discover a subscription's perks and its "+ word" list — each kind in several languages,
beside the story lines that must stay. Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify

BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
        "will send thousands of commuters onto a detour through the city centre for a year.")
BODY2 = ("Engineers said the steel beams had rusted faster than expected and that the work "
         "could not wait for the next budget, which the council only sets in the spring.")
JA_BODY = ("市議会は１日、老朽化した橋を修理のため閉鎖することを決めた。"
           "通勤客は一年間、市の中心部を迂回することになる。")


def _blocks(lines: list[str]) -> list[Block]:
    out = [Block(line) for line in lines]
    classify(out)
    return out


def _roles(lines: list[str]) -> list[str]:
    return [b.role for b in _blocks(lines)]


CARDS = {
    "en": ["Mayor opens the new harbour museum to visitors",
           "The harbour museum opened its doors on Saturday after four years of work on the old...",
           "12 May",
           "Storm floods the lower town for the second time",
           "Heavy rain on Sunday night sent water into dozens of cellars along the river and..."],
    "de": ["Neues Hafenmuseum öffnet für Besucher",
           "Das Hafenmuseum hat am Samstag nach vier Jahren Bauzeit seine Türen geöffnet und…",
           "Sturm überflutet zum zweiten Mal die Unterstadt",
           "Starker Regen hat in der Nacht zum Sonntag Dutzende Keller am Fluss unter Wasser…",
           "13.05."],
    "ja": ["港の新しい博物館が開館 市長ら記念式典",
           "港町の新しい博物館が４年の工事を終えて土曜日に開館し、初日から多くの家族連れが訪れた...",
           "5月12日",
           "大雨で下町が再び浸水 川沿いの住宅に被害",
           "日曜日の夜の大雨で川沿いの数十軒の住宅の地下に水が流れ込み、住民らが片付けに追われ..."],
}


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_run_of_cut_cards_goes_whole(lang: str) -> None:
    lines = CARDS[lang]
    body = [JA_BODY] if lang == "ja" else [BODY, BODY2]
    roles = _roles([*body, *lines])
    assert roles == [TEXT] * len(body) + [CRUFT] * len(lines)


def test_the_section_labels_over_a_card_run_among_furniture_go() -> None:
    lines = [JA_BODY, "関連キーワード", "社会", "おすすめ情報", "社会の新着", "記事一覧",
             *CARDS["ja"]]
    roles = _roles(lines)
    assert roles == [TEXT] + [CRUFT] * (len(lines) - 1)


def test_one_cut_paragraph_under_a_subheading_stays() -> None:
    lines = [BODY, "What the engineers found under the bridge",
             "They found rust in every beam and cracks in two of the piers, and then...", BODY2]
    assert _roles(lines) == [TEXT] * 4


def test_clipped_paragraphs_under_short_subheadings_stay() -> None:
    lines = [BODY, "Rusty beams", "They found rust in every beam and cracks in two piers...",
             "No money", "The budget for next year has already been spent on the new road..."]
    assert _roles(lines) == [TEXT] * 5


@pytest.mark.parametrize("buttons", [
    ["Like 3", "Love 0", "Wow 12"],
    ["なるほど！ 0", "大切だね 0", "もやもや… 0", "もっと知りたい 2"],
    ["Gefällt mir 4", "Traurig 0", "Wütend 1"],
])
def test_a_reaction_bar_goes(buttons: list[str]) -> None:
    assert _roles([BODY, *buttons]) == [TEXT] + [CRUFT] * len(buttons)


def test_two_lines_with_a_count_stay() -> None:
    assert _roles([BODY, "Arsenal 2", "Chelsea 1", BODY2]) == [TEXT] * 4


def test_a_label_between_two_lines_taken_out_goes() -> None:
    roles = _roles([JA_BODY, "記事一覧", "新宿区", "コメントを書く"])
    assert roles == [TEXT, CRUFT, CRUFT, CRUFT]


def test_a_subheading_over_its_paragraph_stays() -> None:
    roles = _roles([BODY, "Share on Facebook", "The repairs", BODY2])
    assert roles[2:] == [TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "【関連記事】市長が新しい博物館の計画を発表 来年春に着工へ",
    "【相关阅读】市长宣布新博物馆计划 明年春天动工",
    "■関連記事",
])
def test_a_related_label_in_brackets_or_after_a_box_mark_goes(line: str) -> None:
    assert _roles([JA_BODY, line]) == [TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    ">>> Mehr Gastkommentare",
    "»» Read more on the bridge",
    "→ Alle Artikel zum Thema",
])
def test_a_pointer_opened_by_arrows_goes(line: str) -> None:
    assert _roles([BODY, line, BODY2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Si vous croyez en une information libre et accessible à tous, rejoignez Exemple+.",
    "If you value independent reporting, become a member of Example today.",
    "Wenn Ihnen unabhängiger Journalismus wichtig ist, unterstützen Sie uns mit einem Abo.",
    "Découvrez les nombreux avantages de Exemple+.",
    "Discover all the benefits of Example Premium.",
    "+ rapide, + pratique, + exclusif",
    "+ fast + ad-free",
])
def test_membership_appeals_and_perks_go(line: str) -> None:
    assert _roles([BODY, line, BODY2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "If you believe the forecasts, the river will rise again by the end of the week, the "
    "mayor said on Monday.",
    "The museum wants visitors to discover the history of the harbour and its trade.",
    "Scores rose by + 3 points after the test.",
])
def test_story_lines_of_the_same_words_stay(line: str) -> None:
    assert _roles([BODY, line, BODY2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Tiempo de lectura", "Leestijd: 5", "Journalist", "Periodista",
    "Ähnliche Nachrichten", "Leggi i commenti", "Comparte", "Iniciar sesión",
    "Noch kein Kommentar vorhanden.", "No comments yet", "Aucun commentaire pour l'instant.",
])
def test_page_controls_and_labels_of_more_languages_go(line: str) -> None:
    assert _roles([BODY, line, BODY2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "The minister has made no comments yet on the matter.",
    "Journalist Jane Doe wrote the report for the council.",
    "Min Jun-ho said he would run for the council again.",
])
def test_story_lines_naming_those_words_stay(line: str) -> None:
    assert _roles([BODY, line, BODY2]) == [TEXT, TEXT, TEXT]
