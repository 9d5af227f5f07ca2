"""Live blogs and tickers whose entries open with a clock time glued to something else
(issue 10, round 27): the time glued to the entry's author or badge ("21:00Jane Doe",
"20:42KEY EVENT", "21 mins ago11:48 Jane Doe") over the entry's title, or a ticker's
title on the time's own line ("12.31 Uhr: Title"). The time opens the entry and is its
date, no part of its title: each entry is a story headed by its title. Small invented
pages, the shapes of dumps19's live blogs and ticker."""
from __future__ import annotations

from normalizer.pipeline import normalize_text
from normalizer.stories import rhythm
from normalizer.stories.dumps import _timed_titles

_PARAS = [("The council said on Monday that the works on the bridge would take longer than "
           "planned, and that the road would stay closed until the end of the month."),
          ("Hundreds gathered outside the town hall as the count went on late into the night, "
           "and the police asked both groups to keep their distance from each other."),
          ("The school board met for three hours and agreed that the new building would open "
           "in the autumn, after a year of delays caused by the wet winter."),
          ("Forecasters said the wind had dropped faster than expected overnight, so the "
           "warning for the coast and the hills would end at noon today.")]


def _heads(text: str) -> list[str]:
    return [s["headline"] for s in normalize_text(text, "liveblog")["stories"]]


def test_a_clock_glued_to_an_author_or_a_badge_opens_an_entry():
    for line in ("21:00Jane Doe", "20:42KEY EVENT", "21 mins ago11:48 Jon Smith",
                 "2 hours ago10:05 Jon Smith", "9:05Marie de la Tour"):
        assert rhythm._clock_opener(line), line
    for line in ("10:00 Biden says the plan is good.", "Bridge closed until May",
                 "21:00 and then the mayor spoke to the crowd about the works"):
        assert not rhythm._clock_opener(line), line


def test_each_entry_under_a_glued_clock_line_is_a_story_headed_by_its_title():
    titles = ["Bridge works run late in the old town", "Mayor calls for calm after the vote",
              "School board agrees on the new building", "Storm warning lifted for the north"]
    openers = ["21:00Jane Doe", "20:42KEY EVENT", "20:10Jon Smith", "19:55Jane Doe"]
    text = "Riots live: the latest news\n\n" + "\n".join(
        f"{o}\n{t}\n\n{p}\n\n{p.split(', ')[-1].capitalize()}\n" for o, t, p in
        zip(openers, titles, _PARAS, strict=True))
    heads = _heads(text)
    assert all(t in heads for t in titles)
    assert not any(h in openers for h in heads)


def test_a_tickers_time_is_written_over_its_title():
    lines = ["12.31 Uhr: Zeitung lehnt Aussagen des Ministers ab", "Text.",
             "11.39 Uhr: Mehrere Kinder bei Angriffen getötet", "Text.",
             "10:31 - Farbanschlag auf ein Verlagsgebäude in Berlin", "Text."]
    out = _timed_titles(lines)
    assert out[:3] == ["12.31", "Zeitung lehnt Aussagen des Ministers ab", "Text."]
    assert "10:31" in out and "Farbanschlag auf ein Verlagsgebäude in Berlin" in out


def test_a_lone_timed_line_or_a_timed_sentence_stays_as_written():
    lines = ["12.31 Uhr: Zeitung lehnt Aussagen des Ministers ab", "Text."]
    assert _timed_titles(lines) == lines  # (one such line: no ticker)
    said = ["12.31 Uhr: Der Minister hat am Morgen gesprochen."] * 3
    assert _timed_titles(said) == said  # (a sentence, no title)


def test_entries_before_the_pages_stamped_time_are_of_its_day():
    """A ticker stamped "27.08.2024, 12:32 Uhr" over entries timed 12.31, 11.39, 10.31
    (newest first, none after the stamp): each entry is of the stamp's day."""
    paras = [p.replace("Monday", "Dienstag") for p in _PARAS]
    entries = [("12.31", "Zeitung lehnt Aussagen des Ministers ab"),
               ("11.39", "Mehrere Kinder bei Angriffen getötet"),
               ("10.31", "Farbanschlag auf ein Verlagsgebäude in Berlin")]
    text = "Der Ticker am Dienstag\n\n27.08.2024, 12:32 Uhr\n\n" + "\n".join(
        f"{c} Uhr: {t}\n\n{p}\n" for (c, t), p in zip(entries, paras, strict=False))
    stories = normalize_text(text, "ticker")["stories"]
    dated = {s["headline"]: s.get("published") for s in stories}
    assert all(dated.get(t) == "2024-08-27" for _, t in entries), dated
