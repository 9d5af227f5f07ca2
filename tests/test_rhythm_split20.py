"""Live-report entries of round split20 (``normalizer/stories/rhythm.py``): entries under a
bare clock line in any of its shapes, their day read from a day label or the page's date
line, on made-up pages in the shapes the held-out dumps showed."""
from __future__ import annotations

import pytest

import normalizer

PARA = ("The city council said on {d} that the buses would run on the normal timetable "
        "again, after the unions and the company signed the agreement late at night.")


def _report(clocks: list[str], *, day_label: str | None, dates: str) -> str:
    lines = ["Example Weekly", "Home | News | World | Sport | Business", dates,
             "Transport strike: all the news as it happens",
             PARA.format(d="Monday") + " The report is updated through the day.",
             "Live report", "1 2 3"]
    if day_label:
        lines.append(day_label)
    titles = ["Talks resume at the company headquarters", "All buses left the depots on time",
              "Unions call off the strike after the deal", "Commuters crowd the metro lines"]
    for clock, title in zip(clocks, titles, strict=False):
        lines += [clock, title, PARA.format(d=title.split()[0])]
    lines += ["1 2 3", "Contact | Imprint | Privacy | Advertise | Jobs", ""]
    return "\n\n".join(lines)


def _entries(text: str) -> list[tuple[str, str | None]]:
    stories = normalizer.normalize_text(text, "file:///report.txt")["stories"]
    return [(s["headline"], s["published"]) for s in stories
            if s["headline"] and s["headline"][0] in "TAUC" and "strike:" not in s["headline"]]


@pytest.mark.parametrize("clocks", [["06 47", "06 17", "21 42", "21 20"],
                                    ["06:47", "06:17", "21:42", "21:20"],
                                    ["6.47", "6.17", "21.42", "21.20"],
                                    ["06h47", "06h17", "21h42", "21h20"]])
def test_day_label_dates_entries_until_the_clock_turns(clocks):
    text = _report(clocks, day_label="18", dates="2010. január. 12. 07:57 2010. január. 18. 06:15")
    assert _entries(text) == [
        ("Talks resume at the company headquarters", "2010-01-18"),
        ("All buses left the depots on time", "2010-01-18"),
        # (past midnight backwards: a day the page does not show)
        ("Unions call off the strike after the deal", None),
        ("Commuters crowd the metro lines", None)]


def test_a_report_of_one_day_dates_its_entries():
    text = _report(["09 14", "09 02", "08 51"], day_label=None,
                   dates="2009. október. 23. 08:44 2009. október. 23. 09:32")
    assert [d for _h, d in _entries(text)] == ["2009-10-23"] * 3


def test_entries_over_days_without_a_label_take_no_day():
    text = _report(["09 14", "09 02", "08 51"], day_label=None,
                   dates="2010. január. 12. 07:57 2010. január. 18. 06:15")
    assert [d for _h, d in _entries(text)] == [None] * 3


def test_a_line_between_an_entrys_paragraphs_opens_no_story():
    text = _report(["06 47", "06 17", "05 42"], day_label="18",
                   dates="2010. január. 12. 07:57 2010. január. 18. 06:15")
    text = text.replace(PARA.format(d="Talks"), PARA.format(d="Talks") + "\n\nRead on the report"
                        "\n\n" + PARA.format(d="Tuesday"), 1)
    stories = normalizer.normalize_text(text, "file:///report.txt")["stories"]
    assert "Read on the report" not in [s["headline"] for s in stories]
    talks = next(s for s in stories if s["headline"] == "Talks resume at the company headquarters")
    assert PARA.format(d="Tuesday") in talks["text"]


# A category page holding one card: its short title, the card's date and clock glued before
# its lead on one line, the pager, a "latest" list of titles with their dates.
ONE_CARD = "\n\n".join([
    "Advertisement", "Example Portal", "2021. június 21., hétfő", "• News", "• Opinion",
    "• Videos", "News", "Who won the vote?",
    "2019. május 2. 08:10 A megyei tanács szerdán döntött az új buszmenetrendről, amelyet a "
    "lakosok hónapok óta vártak, és amely a nyártól lép életbe.",
    "Post navigation", "Previous Page 1 … Page 2 843 Page 2 844", "Latest",
    "• Council approves the new bus timetable for the summer 2021. június 21. 12:21",
    "• Floods cut off villages in the south 2021. június 21. 11:04",
    "• Court orders new hearing in land dispute 2021. június 20. 18:48",
    "Contact | Imprint | Privacy | Advertise", ""])


def test_one_card_with_its_date_glued_before_its_lead_is_a_story():
    stories = normalizer.normalize_text(ONE_CARD, "file:///category.txt")["stories"]
    assert [(s["headline"], s["published"], s["text"]) for s in stories] == [
        ("Who won the vote?", "2019-05-02",
         "A megyei tanács szerdán döntött az új buszmenetrendről, amelyet a lakosok hónapok óta "
         "vártak, és amely a nyártól lép életbe.")]


# An archive page of one teaser: its kicker, its title, its lead ending with the writer's
# name and the "more" link glued after it, its date under it; then the date picker.
ONE_TEASER = "\n\n".join([
    "Archive", "News", "Date", "• All sections", "• Politics", "• Business", "• Science",
    "All stories of", "4 November 2023", "Tips for the cold season",
    "How to make your bike ready for the winter",
    "Many bikes have their lights set wrongly, which gets dangerous from the autumn on. What "
    "else should riders look at? Tips from experts for the winter check. By Jane Doe. more",
    "04.11.2023 • 15:41", "1 entries", "• 1", "To the front page", ""])


def test_a_lead_with_its_more_link_glued_is_no_headline_of_a_list():
    stories = normalizer.normalize_text(ONE_TEASER, "file:///archive.txt")["stories"]
    assert [(s["headline"], s["published"]) for s in stories] == [
        ("How to make your bike ready for the winter", "2023-11-04")]
    assert stories[0]["text"].startswith("Many bikes have their lights set wrongly")


def _dated_blog() -> str:
    lines = ["Example Daily", "Home | News | Sport | Culture", "Derby live: every minute",
             PARA.format(d="Sunday") + " Follow the match with us."]
    for clock, title in (("20:19", "The teams line up in the tunnel"),
                         ("20:17", "The home side names its eleven"),
                         ("20:16", "The visitors keep their usual eleven"),
                         ("19:31", "The season's last chance for the visitors")):
        lines += [f"2014. március. 23., vasárnap, {clock}", title,
                  PARA.format(d=f"Sunday at {clock}"), "Jane Doe"]
    lines += ["‹", "1 2 3", "›", "Contact | Imprint | Privacy | Advertise", ""]
    return "\n\n".join(lines)


def test_entries_under_whole_date_lines_take_their_day():
    stories = normalizer.normalize_text(_dated_blog(), "file:///blog.txt")["stories"]
    entries = [(s["headline"], s["published"]) for s in stories if s["headline"]
               and s["headline"].startswith("The ")]
    assert entries == [("The teams line up in the tunnel", "2014-03-23"),
                       ("The home side names its eleven", "2014-03-23"),
                       ("The visitors keep their usual eleven", "2014-03-23"),
                       ("The season's last chance for the visitors", "2014-03-23")]
