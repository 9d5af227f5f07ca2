"""Page buttons and labels pasted into a blog post as plain paragraphs (round 22, themes22).

On a page the markup says what is chrome; pasted into a post, a Korean portal's buttons
("X 구독하기", "언론사홈 바로가기"), a share box's copied-link notice, a section label
closed by the bar of its header, a "Reprodução/X" screenshot credit and a share line
naming the "publication" are plain lines. Each is read by its shape or a table row; a
story's lines of the same look stay.
"""
from __future__ import annotations

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

STORY = ("The council voted on Tuesday to extend the night bus service to all districts "
         "of the city, the transport office said in a statement.")
KO_STORY = "시의회는 화요일 심야버스 운행을 모든 구로 확대하는 안을 의결했다고 교통국이 밝혔다."


def _roles(lines: list[str]) -> list[str]:
    """The roles of the lines as paragraphs of a page."""
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


def test_a_korean_button_call_closing_a_short_line_is_chrome() -> None:
    for call in ("네이버에서 시민일보 구독하기", "시민일보 후원하기", "시민일보 언론사홈 바로가기",
                 "시민일보 헤드라인 더보기", "SNS 보내기", "본문듣기 시작"):
        assert _roles([KO_STORY, call]) == [TEXT, CRUFT], call


def test_a_korean_story_line_ending_as_a_sentence_stays() -> None:
    line = "시민들은 매달 소식지를 받아 보기 위해 구청에 편지를 보내기 시작했다."
    assert _roles([KO_STORY, line, KO_STORY]) == [TEXT, TEXT, TEXT]
    assert _roles([KO_STORY, "시민과 함께 김치 담그기", KO_STORY]) == [TEXT, TEXT, TEXT]


def test_a_share_boxs_copied_link_notice_is_chrome() -> None:
    for notice in ("Link copied!", "Copy link thành công", "Lien copié", "链接已复制"):
        assert _roles([STORY, notice]) == [TEXT, CRUFT], notice


def test_a_label_closed_by_a_lone_bar_is_chrome() -> None:
    assert _roles([STORY, "Nyheter |"]) == [TEXT, CRUFT]


def test_a_table_row_or_a_story_line_with_bars_stays() -> None:
    assert _roles([STORY, "| Name | Votes |", STORY]) == [TEXT, TEXT, TEXT]
    assert _roles([STORY, "Votes | Seats |", STORY]) == [TEXT, TEXT, TEXT]


def test_a_reproduction_credit_is_a_caption_but_the_word_in_prose_stays() -> None:
    story = ("O governo anunciou nesta terça-feira um novo plano para o transporte público "
             "da capital, segundo a secretaria.")
    assert _roles([story, "Reprodução/iG Minas Gerais"]) == [TEXT, CRUFT]
    assert _roles([story, "Reproducción: Twitter"]) == [TEXT, CRUFT]
    assert _roles([story, "Reprodução assistida cresce no país", story]) == [TEXT, TEXT, TEXT]


def test_a_share_line_naming_the_publication_is_chrome() -> None:
    story = ("O governo anunciou nesta terça-feira um novo plano para o transporte público "
             "da capital, segundo a secretaria.")
    assert _roles([story, "Compartilhe essa publicação"]) == [TEXT, CRUFT]


def test_a_comment_call_opening_with_a_greeting_is_chrome() -> None:
    story = ("O governo anunciou nesta terça-feira um novo plano para o transporte público "
             "da capital, segundo a secretaria.")
    assert _roles([story, "Olá, deixe seu comentário."]) == [TEXT, CRUFT]
    assert _roles([STORY, "Hi, leave your comment!"]) == [TEXT, CRUFT]
    # a greeting quoted in a story's line is no call
    assert _roles([STORY, "Hello, she said, and left.", STORY]) == [TEXT, TEXT, TEXT]
