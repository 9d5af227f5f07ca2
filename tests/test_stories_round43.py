"""Round 43: a story's timeline of teasers, and a title set apart from its deck. Sporting
News sets 41 "Story Milestones" under its report, each "N  TITLE Weekday Mon D" over a lead,
counting down, the report's own item among them; The Media Line sets its title over the
writer's name and the date, then the deck with no full stop, then the paragraphs. Round
dumps36's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _headlines(text: str) -> list[str | None]:
    return [s["headline"] for s in normalize_text(text, _URL)["stories"]]


_LEADS = ("The club said on Monday that the coach would not return next season after a "
          "losing year.", "The team named its new coach after a long search that took "
          "three weeks in all.", "The league fined the owner for comments he made about "
          "the referees last week.", "Fans gathered outside the stadium to protest the "
          "decision of the board on Friday.")


def _timeline(titles: list[str]) -> str:
    return "Story Milestones\n\n" + "".join(f"{t}\n\n{lead}\n\n"
                                            for t, lead in zip(titles, _LEADS, strict=True))


def test_a_timelines_counter_and_day_are_no_words_of_its_titles() -> None:
    heads = _headlines(_read("sportingnews-raiders-cable-2011.txt"))
    assert "Titans coach Munchak fires offensive coordinator" in heads
    assert "49ers contact McDaniels; ex-Broncos coach not interested" in heads
    assert "Seven more coaches could be fired on Black Monday" in heads
    items = heads[1:]  # (the report's own headline first)
    assert not any(h and h.split()[0].isdigit() for h in items)
    assert not any(h and h.split()[-1].isdigit() for h in items)


def test_the_timelines_item_for_the_article_itself_is_no_story() -> None:
    heads = _headlines(_read("sportingnews-raiders-cable-2011.txt"))
    assert len(heads) == 41
    assert heads.count("Raiders cut ties with Cable") <= 1


def test_counters_counting_by_one_are_taken_off_and_their_glued_days_too() -> None:
    heads = _headlines(_timeline(["4  Coach fired after losing season Monday Jan 3",
                                  "3  Team names new coach Tuesday Jan 4",
                                  "2  Owner fined over referee remarks Friday Jan 7",
                                  "1  Fans protest board decision Saturday Jan 8"]))
    assert heads == ["Coach fired after losing season", "Team names new coach",
                     "Owner fined over referee remarks", "Fans protest board decision"]


def test_figures_out_of_step_are_the_titles_own() -> None:
    heads = _headlines(_timeline(["10 reasons the coach was fired", "3 teams name new coaches",
                                  "49ers fine their owner", "7 fans arrested at protest"]))
    assert heads == ["10 reasons the coach was fired", "3 teams name new coaches",
                     "49ers fine their owner", "7 fans arrested at protest"]


def test_a_title_over_its_writer_and_date_heads_the_deck_under_them() -> None:
    heads = _headlines(_read("themedialine-coronavirus-treatment-2020.txt"))
    assert heads[0] == "Coronavirus Treatment Could Be Ready in ‘Matter of Months’"


def test_cards_whose_leads_close_with_a_read_more_button_are_teasers() -> None:
    heads = _headlines(_read("khaleejtimes-ai-investments-2017.txt"))
    assert heads[0] == "AI investments in UAE to touch Dh33 billion in 2017"
    assert "Mashreq Bank unveils new digital bank in UAE" in heads
    assert "Sip up the frothy goodness" in heads
    assert "Honours, praises for Emirati woman who saved..." in heads  # (cut, as shown)


def test_the_read_more_button_is_no_word_of_the_lead() -> None:
    stories = normalize_text(_read("khaleejtimes-ai-investments-2017.txt"), _URL)["stories"]
    texts = {s["headline"]: s["text"] for s in stories}
    assert texts["Sip up the frothy goodness"] == \
        "No one whips up a good ol' classic milkshake like Keventers"
    assert not any("READ MORE" in t for t in texts.values())


def test_a_boxs_card_for_the_article_itself_is_no_story() -> None:
    heads = _headlines(_read("khaleejtimes-ai-investments-2017.txt"))
    assert "AI investments in UAE to touch Dh33 billion in..." not in heads
    assert len(heads) == 7


def test_only_a_button_in_capitals_is_cut_off_the_lead() -> None:
    from normalizer.stories.blocks import Block
    from normalizer.stories.rhythm import _cut_more_links

    button = Block(text="No one whips up a good ol' classic milkshake like Keventers READ MORE")
    link = Block(text="The only president since Independence was David Granger.... more")
    title = Block(text="Budget news READ MORE")  # (too short for a lead)
    _cut_more_links([button, link, title])
    assert button.text == "No one whips up a good ol' classic milkshake like Keventers"
    assert button.notes.get("more_cut")
    assert link.text.endswith(".... more") and not link.notes.get("more_cut")
    assert title.text == "Budget news READ MORE"


def test_a_bar_of_links_glued_to_their_pipes_is_no_paragraph() -> None:
    stories = normalize_text(_read("sportingnews-raiders-cable-2011.txt"), _URL)["stories"]
    assert not any("Site Map| FAQs" in s["text"] for s in stories)
    assert not any("Content curation and aggregation powered by" in s["text"] for s in stories)


def test_skip_links_atop_the_page_are_chrome() -> None:
    from normalizer.stories.blocks import Block
    from normalizer.stories.clean import is_chrome

    assert is_chrome(Block(text="Skip to main content Skip to navigation"))
    assert is_chrome(Block(text="skip to Main Navigation"))
    assert not is_chrome(Block(text="Skip to the end: the council votes on the budget"))
    heads = _headlines(_read("healthcareitnews-kansas-hie-2012.txt"))
    assert "Skip to main content Skip to navigation" not in heads


def test_a_title_over_a_share_button_heads_the_short_subtitle_its_date_closes() -> None:
    heads = _headlines(_read("healthcareitnews-kansas-hie-2012.txt"))
    assert heads[0] == "Kansas HIE to share data with CDC, population health tracking the goal"
