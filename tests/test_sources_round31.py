"""Round 31: sources of stories pasted into blog themes (issue 10).

- a promo to follow the outlet names it with its abbreviation and tagline after it
  ("Follow X (XP) | Y News Agency on Twitter"), and in Arabic "follow the news from X
  via Google News", and in Chinese "join X on Telegram";
- a text's credit in a credits line the cleaner took for a caption ("Text: F.A.Z.
  Bildmaterial: dapd") names the source, over the copyright line under it.
"""
from __future__ import annotations


def _pasted(*lines: str) -> str | None:
    """The source a post's pasted chrome names: a paragraph of the story, then ``lines``
    the cleaner took out as chrome."""
    from normalizer.model import RemovedKind
    from normalizer.stories.attribute import pasted_chrome_source
    from normalizer.stories.blocks import CRUFT, TEXT, Block

    blocks = []
    for text, role in [("The council met on Tuesday to vote on the plan, which passed.", TEXT),
                       *((line, CRUFT) for line in lines)]:
        b = Block(text=text)
        b.mark(role, RemovedKind.CHROME if role == CRUFT else None)
        blocks.append(b)
    return pasted_chrome_source(blocks)


def test_a_follow_promo_with_abbreviation_and_tagline_names_the_outlet() -> None:
    assert _pasted("Follow Khaama Press (KP) | Afghan News Agency on Twitter, become a fan "
                   "on Facebook.") == "Khaama Press"
    assert _pasted("Follow BBC News | World on Twitter") == "BBC"


def test_an_arabic_follow_promo_names_the_outlet() -> None:
    assert _pasted("تابعوا أخبار الإمارات من البيان عبر غوغل نيوز") == "البيان"


def test_a_follow_promo_of_us_names_no_one() -> None:
    assert _pasted("Follow us | Daily updates on Twitter") is None
    assert _pasted("تابعونا عبر غوغل نيوز") is None


def test_a_chinese_join_promo_names_the_outlet() -> None:
    assert _pasted("一起加入上報Telegram，新聞不漏接！") == "上報"
    assert _pasted("欢迎关注我们的微信公众号") is None


def test_a_text_credit_in_a_credits_line_names_the_outlet() -> None:
    from normalizer.cues.credits import TEXT_CREDIT_IN_LINE_RE

    m = TEXT_CREDIT_IN_LINE_RE.search("Das Gespräch führte Jane Doe. Text: F.A.Z. "
                                      "Bildmaterial: dapd, picture-alliance / Max Muster")
    assert m is not None and m.group("name") == "F.A.Z."
    m = TEXT_CREDIT_IN_LINE_RE.search("Texte : AFP | Photos : Jean Dupont")
    assert m is not None and m.group("name") == "AFP"


def test_a_text_credit_over_a_copyright_line() -> None:
    from normalizer.model import RemovedKind
    from normalizer.stories.attribute import attribute
    from normalizer.stories.blocks import CRUFT, TEXT, Block
    from normalizer.stories.split import Segment

    seg = Segment(headline="Ein Gespräch")
    for text, role, kind in [
            ("Der Gast spricht über das Wetter und die Stadt, in der er lebt.", TEXT, None),
            ("Das Gespräch führte Jane Doe. Text: F.A.Z. Bildmaterial: dapd", CRUFT,
             RemovedKind.CAPTION),
            ("© Frankfurter Allgemeine Zeitung GmbH 2011. Alle Rechte vorbehalten.", CRUFT,
             RemovedKind.COPYRIGHT)]:
        b = Block(text=text)
        b.mark(role, kind)
        seg.blocks.append(b)
    assert attribute(seg)["source"] == "F.A.Z."
