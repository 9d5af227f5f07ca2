"""The furniture of Chinese, Japanese and Korean news sites pasted with their stories, by kind
(round 18, cjk18): the account box's and the comment form's buttons, its confirmations and
its report form, share and save buttons, a count after its label, a members-only or
registration notice, a note that the story is past its time, a newsletter box, and who
stands where in a caption ("（中）", "（左一）").

Each kind is tested in more than one language, beside story sentences of the same words
that must stay. The lines are invented in the shapes such pages use; none is a line of a
gold set.
"""
from __future__ import annotations

import pytest

from normalizer.cues.text import StemsAtWordStart
from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

JA = ("県警によると、男性は１２日午後、市内の自宅で倒れているのが見つかり、病院に運ばれたが"
      "死亡が確認された。警察は事件と事故の両面で調べている。")
JA2 = ("市の担当者は記者会見で「原因を早急に調べ、再発防止に努めたい」と述べ、住民への説明会を"
       "来週開く方針を明らかにした。")
ZH = ("市政府表示，該路段今天上午發生連環車禍，造成三人受傷送醫，警方已封鎖現場並調查事故原因，"
      "預計傍晚前恢復通車。")
ZH2 = ("交通局長在記者會上說，將檢討路口號誌設計，並在下週提出改善方案，以避免類似事故再次發生。")
KO = ("경찰에 따르면 사고는 12일 오후 시내 교차로에서 발생했으며 부상자 3명은 인근 병원으로 "
      "옮겨져 치료를 받고 있다.")
KO2 = "시 관계자는 기자회견에서 신호 체계를 재검토하고 다음 주 개선안을 발표하겠다고 밝혔다."

STORIES = {"ja": (JA, JA2), "zh": (ZH, ZH2), "ko": (KO, KO2)}


def last_role(line: str, lang: str) -> str:
    """The role of ``line`` pasted after a story's two paragraphs in ``lang``."""
    blocks = dump_blocks("\n\n".join([*STORIES[lang], line]))
    classify(blocks)
    assert len(blocks) == 3
    return blocks[2].role


def story_roles(lines: list[str], lang: str) -> list[str]:
    """The roles of a story's paragraphs, ``lines`` among them, in ``lang``."""
    blocks = dump_blocks("\n\n".join([STORIES[lang][0], *lines, STORIES[lang][1]]))
    classify(blocks)
    return [b.role for b in blocks]


# --- buttons, dialogs and labels, a line made of them --------------------------------------

@pytest.mark.parametrize(("line", "lang"), [
    ("新規登録", "ja"), ("ログインする", "ja"), ("メールで送る", "ja"),
    ("リンクをコピーする", "ja"), ("キャンセル 投稿する", "ja"), ("キャンセル 削除する", "ja"),
    ("コメントを削除しますか？", "ja"),
    ("削除しました。", "ja"), ("投稿を受け付けました。", "ja"), ("管理者へ報告", "ja"),
    ("もっとみる 12件", "ja"), ("記事一覧", "ja"), ("コメント機能利用規約", "ja"),
    ("免費註冊", "zh"), ("複製連結", "zh"), ("取消 發送", "zh"), ("訂閱", "zh"), ("欄位空白", "zh"),
    ("查看更多", "zh"), ("회원가입", "ko"), ("취소 삭제", "ko"), ("링크 복사", "ko"),
])
def test_buttons_and_dialogs_of_cjk_sites_are_cruft(line, lang):
    assert last_role(line, lang) == CRUFT


# --- members-only and registration notices ----------------------------------------------------

@pytest.mark.parametrize(("line", "lang"), [
    ("この記事は会員限定です。", "ja"),
    ("ご利用には会員登録が必要です。", "ja"),
    ("記事をあとで読むには会員登録が必要です。会員の方のみご利用いただけます。", "ja"),
    ("有料会員に登録してコメントを書く。", "ja"),
    ("ログインして続きを読む", "ja"),
    ("本文為付費會員專屬內容，請登入後閱讀。", "zh"),
    ("此文章为会员专享，开通付费会员即可阅读全文。", "zh"),
    ("이 기사는 유료회원 전용입니다.", "ko"),
])
def test_members_only_notices_are_cruft(line, lang):
    assert last_role(line, lang) == CRUFT


@pytest.mark.parametrize("line", [
    "同クラブの会員は約３００人で、記者の取材に「活動を続けたい」と話した。",
    "新聞各社は紙面で事故の経緯を詳しく伝え、市民の関心も高まっている。",
], ids=["club-members", "newspapers"])
def test_story_sentences_naming_members_or_articles_stay_ja(line):
    assert story_roles([line], "ja") == [TEXT, TEXT, TEXT]


def test_story_sentences_naming_members_or_articles_stay_zh():
    line = "該協會會員多達三百人，協會表示將在下月出版新聞通訊，說明活動成果。"
    assert story_roles([line], "zh") == [TEXT, TEXT, TEXT]


# --- a story past its time ------------------------------------------------------------------

@pytest.mark.parametrize(("line", "lang"), [
    ("この記事は掲載期間が終了しました。", "ja"),
    ("您所瀏覽的新聞已過查詢時效。", "zh"),
    ("이 기사는 게재 기간이 만료되었습니다.", "ko"),
])
def test_expired_story_notices_are_cruft(line, lang):
    assert last_role(line, lang) == CRUFT


def test_a_story_of_a_notice_period_stays():
    line = "同社は募集の掲載期間を延長し、応募者の数を見て判断するとしている。"
    assert story_roles([line], "ja") == [TEXT, TEXT, TEXT]


# --- newsletter boxes -----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "lang"), [
    ("訂閱本社國際新聞電子報", "zh"),
    ("感謝您訂閱本社電子報", "zh"),
    ("メールマガジンで最新ニュースをお届けします", "ja"),
    ("뉴스레터 구독하기", "ko"),
])
def test_newsletter_boxes_are_cruft(line, lang):
    assert last_role(line, lang) == CRUFT


def test_a_story_sentence_on_subscriptions_without_a_newsletter_stays():
    line = "市民の新聞購読は減り続け、市は図書館での閲覧を勧めている。"
    assert story_roles([line], "ja") == [TEXT, TEXT, TEXT]


# --- who stands where in a caption ------------------------------------------------------------

@pytest.mark.parametrize(("line", "lang"), [
    ("記者会見で頭を下げる山田太郎社長（中央）ら経営陣", "ja"),
    ("式典に出席した鈴木一郎市長（右端）", "ja"),
    ("市長陳大明（左一）與議員視察施工現場", "zh"),
])
def test_captions_naming_where_people_stand_are_cruft(line, lang):
    assert last_role(line, lang) == CRUFT


# --- a teaser cut above a paywall's notice, in a page flattened to text ------------------------

def test_a_teaser_over_a_paywall_notice_is_the_story_in_a_dump():
    """A lone lead with no headline found above it is a sentence of chrome, unless a
    paywall's notice stands right under it (its cut last line between): the site cut the
    story there."""
    from normalizer.pipeline import normalize_text
    lead = ("県警によると、男性は１２日午後、市内の自宅で倒れているのが見つかり、病院に運ばれたが"
            "死亡が確認された。警察は事件と事故の両面で調べており、近所の住民から話を聞いている。"
            "市は来週、住民向けの説明会を開く方針だ。")
    menu = ["• トップ", "• 速報", "• 政治", "• 経済", "• 国際", "• スポーツ", "• 社会"]
    text = "\n\n".join([
        *menu, "保存", "共有", lead, "その後の調べでは…",
        "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        "今すぐ登録", "ログイン", *menu,
    ])
    stories = normalize_text(text, "https://example.jp/a")["stories"]
    assert [s["text"] for s in stories] == [lead + "\n\nその後の調べでは…"]


def test_a_row_of_only_cjk_words_finds_nothing_in_a_line_of_latin_letters() -> None:
    # no word of the row is spelt in ASCII: the quick ASCII pattern must match nothing
    # (an empty alternation once matched every line, "• 12:05 p.m." read as a paywall)
    stems = StemsAtWordStart(["会員限定", "有料会員", "로그인 후"])
    for line in ("• 12:05 p.m.", "Members only", "plain ascii line", "café au lait"):
        assert not stems.search(line)
    assert stems.search("この記事は会員限定です")
