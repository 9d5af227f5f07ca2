"""Text e-zines and newsletters: rule-wrapped titles, right-aligned credit blocks, Cyrillic
words hyphenated at a line's end.

Invented lines in the shapes of a DOS-era e-zine's news column (titles between runs of "*" or
"=", the source and date pushed to the right margin under each story, typographic
hyphenation in hard-wrapped Russian text).
"""
from __future__ import annotations

from normalizer.stories.dumps import dump_blocks
from normalizer.text.wrapped import (
    EDGE_GAP,
    credit_blocks,
    join_wrapped,
    read_pasted,
    rule_titles,
)

#: Two items of a news column, each under a rule-wrapped title, each closed by a credit block;
#: paragraphs open on an indented line and go on flush left.
COLUMN = [
    "********************** Новый завод в Минске ************************",
    "********************* Сборка начнется весной ************************",
    "",
    "    Фирма объявила о строительстве завода по сборке персональных ком-",
    "пьютеров. Первые машины сойдут с конвейера в апреле будущего года.",
    "    Стоимость проекта оценивается в сорок миллионов долларов, из кото-",
    "рых половину вложит иностранный партнер фирмы.",
    "",
    "                                           По материалам агентства,",
    "                                           Правда, 3.04.91",
    "",
    "=== КОНФЕРЕНЦИЯ ПО СЕТЯМ ПЕРЕДАЧИ ДАННЫХ ПРОЙДЕТ ===",
    "======================== в Киеве ========================",
    "",
    "    Участники обсудят вопросы подключения к международным сетям и ус-",
    "ловия работы почтовых узлов в 32-",
    "разрядных системах.",
    "                                                          Труд, 5.04.91",
]


def test_rule_wrapped_title_is_a_story_edge_and_its_deck_is_left_out():
    out = rule_titles(COLUMN)
    first = out.index("Новый завод в Минске")
    assert out[first - EDGE_GAP:first] == [""] * EDGE_GAP
    assert not any("Сборка начнется" in line for line in out)


def test_rule_wrapped_title_goes_on_over_a_lower_case_line():
    out = rule_titles(COLUMN)
    assert "КОНФЕРЕНЦИЯ ПО СЕТЯМ ПЕРЕДАЧИ ДАННЫХ ПРОЙДЕТ в Киеве" in out


def test_title_ending_a_sentence_takes_no_lower_case_line():
    lines = ["**** Поиски работы усложняются: ****", "**** никто не принимает ****",
             "", "Текст.", "", "**** Другая заметка ****", "", "Текст."]
    out = rule_titles(lines)
    assert "Поиски работы усложняются:" in out
    assert not any("никто" in line for line in out)


def test_a_lone_rule_wrapped_line_is_left_as_it_is():
    lines = ["---------- Text of forwarded message ----------", "", "Body line."]
    assert rule_titles(lines) == lines


def test_rules_without_a_letter_are_no_titles():
    lines = ["*" * 40, "*** 1991 ***", "", "Body.", "=" * 40, "=== 12 ==="]
    assert rule_titles(lines) == lines


def test_right_aligned_credit_block_is_one_line():
    out = credit_blocks(COLUMN)
    assert "                                           По материалам агентства, Правда, 3.04.91" \
        in out
    assert not any(line.strip() == "Правда, 3.04.91" for line in out)


def test_a_single_right_aligned_line_and_a_separator_stay():
    lines = ["Текст заметки.", "", "                          Известия, 9.09.89",
             "                          * * *", "", "Другая заметка."]
    assert credit_blocks(lines) == lines


def test_right_aligned_lines_after_a_right_aligned_block_are_no_credit():
    lines = ["                          ЗАГОЛОВОК", "                          ПОДЗАГОЛОВОК", ""]
    assert credit_blocks(lines) == lines


def test_cyrillic_hyphenation_at_a_line_end_is_rejoined():
    assert join_wrapped("персональных ком-", "пьютеров.") == "персональных компьютеров."
    assert join_wrapped("в 32-", "разрядных системах.") == "в 32-разрядных системах."
    assert join_wrapped("работы почтовых", "узлов") == "работы почтовых узлов"


def test_latin_hyphen_at_a_line_end_is_kept_with_its_space():
    assert join_wrapped("a well-", "known maker") == "a well- known maker"


def test_column_reads_as_two_stories_under_their_titles():
    texts = [b.text for b in dump_blocks("\n".join(COLUMN))]
    assert "Новый завод в Минске" in texts
    assert "КОНФЕРЕНЦИЯ ПО СЕТЯМ ПЕРЕДАЧИ ДАННЫХ ПРОЙДЕТ в Киеве" in texts
    assert any(t.startswith("Фирма объявила") and "персональных компьютеров. Первые" in t
               for t in texts)
    assert any("условия работы почтовых узлов в 32-разрядных системах." in t for t in texts)
    assert "По материалам агентства, Правда, 3.04.91" in texts


def test_text_without_the_shapes_reads_as_before():
    lines = ["Headline", "", "A paragraph of text.", "", "Another one."]
    assert read_pasted(lines) == lines
