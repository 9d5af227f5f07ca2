"""Round 10: a heading between runs of prose in two languages (a post pasting an Albanian
story, then an Italian one) opens the next story, read by
:func:`normalizer.stories.language.language_turns`.

Real material only: the stories of the sixth held-out set (``tests/fixtures/real/heldout6``),
read from its gold file at run time, never copied here."""
from __future__ import annotations

import json
from pathlib import Path

from normalizer.stories import language

HELDOUT6 = Path(__file__).parent / "fixtures" / "real" / "heldout6"


def _paragraphs(slug: str) -> list[str]:
    """The paragraphs of the held-out story whose page is at ``slug``."""
    with (HELDOUT6 / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            post = json.loads(line)
            if post["url"].rstrip("/").endswith(slug):
                return post["stories"][0]["text"].split("\n\n")
    raise AssertionError(f"no held-out story at {slug}")


ALBANIAN = "manchester-sulm-plagosen"
ITALIAN = "media-russi-guerra-mosca"
ENGLISH = "bali-nine-lawrence-freed"


def test_albanian_story_then_italian_story_turns() -> None:
    above = list(reversed(_paragraphs(ALBANIAN)))  # nearest the heading first
    below = _paragraphs(ITALIAN)
    assert language.language_turns(above, below)
    assert language.language_turns(list(reversed(below)), list(reversed(above)))


def test_one_story_either_side_of_its_sub_heading_does_not_turn() -> None:
    for slug in (ITALIAN, ENGLISH, ALBANIAN):
        paragraphs = _paragraphs(slug)
        half = len(paragraphs) // 2
        assert half >= language.TURN_MIN_PARAGRAPHS, slug
        assert not language.language_turns(reversed(paragraphs[:half]), paragraphs[half:]), slug


def test_a_lone_paragraph_or_a_few_words_below_never_turn() -> None:
    above = list(reversed(_paragraphs(ALBANIAN)))
    italian = _paragraphs(ITALIAN)
    # one paragraph (a company's "about us" box under a story) is no run of prose
    assert not language.language_turns(above, italian[:1])
    # two paragraphs of a few words each are too short to tell
    short = [" ".join(p.split()[:5]) for p in italian[:2]]
    assert sum(len(p.split()) for p in short) < language.TURN_MIN_WORDS
    assert not language.language_turns(above, short)


def test_the_detector_is_asked_only_when_few_words_are_shared(monkeypatch) -> None:
    asked: list[str] = []
    detect = language.detect_language

    def counting(text: str) -> str:
        asked.append(text)
        return detect(text)

    monkeypatch.setattr(language, "detect_language", counting)
    english = _paragraphs(ENGLISH)
    half = len(english) // 2
    assert not language.language_turns(reversed(english[:half]), english[half:])
    assert asked == []  # one story's halves share their words: no detector call
    assert language.language_turns(reversed(_paragraphs(ALBANIAN)), _paragraphs(ITALIAN))
    assert len(asked) == 2
    assert all(len(text) <= language.TURN_SAMPLE_CHARS for text in asked)


# --- with the round's split.py and extract.py diffs (branch page10-lead) ----------------

def _records(*parts: str) -> list[dict]:
    from normalizer.pipeline import normalize_page

    page = HELDOUT6.joinpath("site", *parts, "index.html")
    return normalize_page(page.read_bytes(), "http://example.org/" + "/".join(parts) + "/")


def test_amp_page_empty_paragraphs_closing_a_container_keep_the_whole_story() -> None:
    # Oneindia's AMP page: "<p></p><p><strong></strong></p>" after the lead's container
    # made a separator there, and trafilatura stopped at the lead (two blocks: enough)
    stories = _records("2020", "06", "28", "aap-amit-shah-delhi-corona")[0]["stories"]
    assert len(stories) == 1
    text = stories[0]["text"]
    for paragraph in _paragraphs("aap-amit-shah-delhi-corona"):
        assert paragraph[-40:] in text


def test_blank_lines_under_a_lone_lead_open_no_story() -> None:
    # Naibaat's AMP page: "<p>&nbsp;</p><p>&nbsp;</p>" under its one-paragraph lead
    [record] = _records("2022", "04", "08", "sanha-murree-commissioner-summoned")
    assert len(record["stories"]) == 1
    assert record["stories"][0]["headline"] == record["title"]
    assert len(record["stories"][0]["text"].split("\n\n")) == 3


def test_template_empty_paragraphs_around_embeds_separate_nothing() -> None:
    # France 24 Observers: "<p></p>" runs around every photo and video, "<h2>" quotes
    [record] = _records("2019", "08", "27", "african-migrants-mexico-protest")
    assert len(record["stories"]) == 1
    assert record["stories"][0]["word_count"] > 900


def _post(body: str) -> str:
    return ("<html><head><title>Two stories</title></head><body><article>"
            f"<h1>Two stories</h1><div class='entry-content'>{body}</div></article>"
            "</body></html>")


def _html_paragraphs(slug: str) -> str:
    import html

    return "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(slug))


def test_an_editors_blank_lines_still_separate_two_stories() -> None:
    from normalizer.pipeline import normalize_page

    blank = "<p>\u00a0</p><p>\u00a0</p>"
    page = _post(_html_paragraphs(ENGLISH) + blank + _html_paragraphs("foreclosure-activity"
                                                                      "-dips-california"))
    [record] = normalize_page(page, "http://example.org/2026/12/01/two-stories/")
    assert len(record["stories"]) == 2
    # the same run of paragraphs holding nothing is a template's: no separator
    page = page.replace(blank, "<p></p><p></p>")
    [record] = normalize_page(page, "http://example.org/2026/12/01/two-stories/")
    assert len(record["stories"]) == 1


def test_a_heading_between_two_languages_opens_the_next_story() -> None:
    # Ghost's Casper theme: a post pasting the Albanian story, then the Italian one, each
    # under its own h2 headline line, nothing else between them
    import html

    from normalizer.pipeline import normalize_page

    with (HELDOUT6 / "gold.jsonl").open(encoding="utf-8") as fh:
        gold = {json.loads(line)["url"].strip("/").rsplit("/", 1)[-1]: json.loads(line)
                for line in fh}
    body = "".join(f"<h2>{html.escape(gold[slug]['stories'][0]['headline'])}</h2>"
                   + _html_paragraphs(slug) for slug in (ALBANIAN, ITALIAN))
    [record] = normalize_page(_post(body), "http://example.org/2026/12/01/two-stories/")
    assert [s["language"] for s in record["stories"]] == ["sq", "it"]
    assert record["stories"][1]["headline"] == gold[ITALIAN]["stories"][0]["headline"]
