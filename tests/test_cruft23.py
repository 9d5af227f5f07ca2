"""Cruft left in pasted stories, round 23: the marks of the printed page that a press
database's export keeps (the jump to or from another page, a picture or table the export
left out, the upper-case field naming the page's graphic), in several languages, beside
the story lines that must stay. Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.model import BlockKind, RemovedKind
from normalizer.stories.blocks import CRUFT, IMAGE, TEXT, Block
from normalizer.stories.clean import classify

EN_BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
           "will send thousands of commuters onto a detour through the city centre for a year.")
JA_BODY = ("市議会は火曜日、古い橋を修理のため閉鎖することを決め、"
           "多くの通勤者が一年間迂回することになった。")


def _classified(lines: list[str], *, dump: bool = False) -> list[Block]:
    out = [Block(line) for line in lines]
    classify(out, dump=dump)
    return out


@pytest.mark.parametrize("line", [
    "►Fortsetzung von Seite 11", "Fortsetzung auf Seite 4", "Continued on page A4",
    "(Continued from page 2)", "Suite en page 3", "Suite de la page 12",
    "Viene de la página 5", "Continúa en la página 8", "Segue a pagina 9",
    "Vervolg op pagina 6", "Продолжение на стр. 3",
    "（２面に続く）", "３面から続く",
])
def test_page_jump_goes(line: str) -> None:
    for dump in (False, True):
        out = _classified([EN_BODY, line, EN_BODY], dump=dump)
        assert [b.role for b in out] == [TEXT, CRUFT, TEXT]
        assert out[1].cruft_kind == RemovedKind.CAPTION


@pytest.mark.parametrize("line", [
    "CONTINUED", "(Continued)", "Fortsetzung",
])
def test_bare_continued_goes(line: str) -> None:
    assert [b.role for b in _classified([EN_BODY, line, EN_BODY])] == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Video", "Vídeo", "Vidéo", "Видео",
    "0Comenta", "3 Commenta", "12 Kommentieren",
    "Tiempo de lectura: 6 min", "Tempo de leitura: 2 minutos", "Lesezeit: 3 Minuten",
    "Reading time: 5 minutes", "Temps de lecture : 4 min",
])
def test_card_label_goes(line: str) -> None:
    out = _classified([EN_BODY, line, EN_BODY])
    assert [b.role for b in out] == [TEXT, CRUFT, TEXT]
    assert out[1].cruft_kind == RemovedKind.CHROME


@pytest.mark.parametrize("line", [
    "Video shows the bridge sagging into the river below.",
    "Reading time is five minutes for most people, the study found.",
    "Comenta el alcalde que el puente abrirá en marzo.",
])
def test_card_word_in_sentence_stays(line: str) -> None:
    assert [b.role for b in _classified([EN_BODY, line, EN_BODY])] == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "◇今季の日程＝表略", "◇代表メンバー＝表略", "主な記録（表略）", "◇勝敗表＝図略",
    "[Table omitted]", "(Graphic not shown)", "[Grafik nicht dargestellt]",
    "(Tableau non reproduit)", "[Tabla omitida]",
    "GRAPHIC: Photo, the old bridge at dawn", "GRAFIK: Brücken im Vergleich",
])
def test_left_out_figure_goes(line: str) -> None:
    body = JA_BODY if line[0] in "◇主" else EN_BODY
    for dump in (False, True):
        out = _classified([body, line, body], dump=dump)
        assert [b.role for b in out] == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "The story continued on page 3 of the evening edition, the editor said.",
    "Continued on page 3 was the headline nobody expected.",
    "Grafik: dpa und eigene Recherche zeigen, wie die Brücke altert.",
    "Graphic designers in the city said the new signs were hard to read.",
    "彼は表略を書き直した。",
    "Suite de l'enquête demain, a promis la rédaction.",
    "Table omitted from the report was later found in the archive.",
])
def test_story_line_stays(line: str) -> None:
    body = JA_BODY if line[0] == "彼" else EN_BODY
    out = _classified([body, line, body])
    assert [b.role for b in out] == [TEXT, TEXT, TEXT]


ZH_BODY = ("市议会周二投票决定关闭旧桥进行维修，数千名通勤者将在一年内绕道市中心，"
           "官员说工程预计明年春天完成。")


def _with_picture(line: str) -> list[Block]:
    out = [Block(ZH_BODY), Block(line), Block("", kind=BlockKind.IMAGE, role=IMAGE),
           Block(ZH_BODY)]
    classify(out)
    return out


@pytest.mark.parametrize("line", ["大桥工地。", "市人民医院。", "旧桥的桥墩。", "橋の工事現場。"])
def test_short_cjk_caption_above_its_picture_goes(line: str) -> None:
    out = _with_picture(line)
    assert out[1].role == CRUFT and out[1].cruft_kind == RemovedKind.CAPTION


@pytest.mark.parametrize("line", [
    "矛盾，在事发第三天爆发。",      # a comma: a story's clause
    "他说：“不行。”",              # a quote
    "“塞纸”疑云",                  # a subheading: no full stop
    "工程在去年秋天正式开始了。",    # long enough to have been placed
])
def test_cjk_story_line_above_a_picture_stays(line: str) -> None:
    assert _with_picture(line)[1].role == TEXT


def test_short_cjk_line_without_picture_stays() -> None:
    out = [Block(ZH_BODY), Block("大桥工地。"), Block(ZH_BODY)]
    classify(out)
    assert [b.role for b in out] == [TEXT, TEXT, TEXT]
