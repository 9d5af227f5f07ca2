"""A dump of mails that carried wire stories: the mail's date dates what it carries, and a
wire dateline's yearless day ("Vienna, Jan 21 (AP) --") takes the year of the dates above it.
Each text is written for this test in the shape of a 1990s mailing-list post."""
from __future__ import annotations

from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date, yearless_day_near
from normalizer.text.wrapped import drop_headers

_BODY = ("officials said on the day, adding that the talks would resume within the week "
         "after both sides had consulted their governments at home.")


def _mail(date: str, *datelines: str) -> str:
    stories = [f"Headline number {n} about the talks\n\n{line} {_BODY}\n\n"
               f"The second paragraph of story {n} says more about the talks and their "
               "outcome, as the agency reported.\n" for n, line in enumerate(datelines, 1)]
    return (f"From: someone@example.org\nDate: {date}\nTo: list@example.org\n"
            "Subject: Fwd: talks\n\n\n\n" + "\n\n\n".join(stories))


def test_a_mail_header_date_with_a_two_digit_year_is_read_as_rfc_822_wrote_it() -> None:
    lines = drop_headers(["From: a@example.org", "Date: Mon, 22 Jan 96 15:30:07 PST",
                          "Subject: x", "", "Text"])
    # (the date line is left as the mail wrote it where the date reader reads its two-digit
    # year, round 39, and as its ISO day where only the mail parser does)
    assert parse_date(lines[0]) == "1996-01-22"


def test_a_yearless_day_falls_on_or_just_before_the_date_beside_it() -> None:
    assert yearless_day_near("Vienna, Jan 21", "1996-01-22") == "1996-01-21"
    assert yearless_day_near("MOSCOW, Dec 30", "1997-01-03") == "1996-12-30"  # the year before
    assert yearless_day_near("SANTA CLARA, Calif.", "1993-09-09") is None     # no day named
    assert yearless_day_near("Vienna, Jan 21", "not a date") is None


def test_each_wire_story_of_a_mail_is_dated_by_its_own_dateline_in_the_mails_year() -> None:
    rec = normalize_text(_mail("Mon, 22 Jan 96 15:30:07 PST", "Vienna, Austria, Jan 21 (AP) --",
                               "Vienna, Austria, Jan. 22 (Reuter) -"), url="file:///mail.txt")
    assert [s["published"] for s in rec["stories"]] == ["1996-01-21", "1996-01-22"]


def test_a_dateline_without_a_day_keeps_the_mails_date() -> None:
    rec = normalize_text(_mail("Thu, 9 Sep 93 20:06:54 EDT", "SANTA CLARA, Calif. (UPI) --"),
                         url="file:///mail.txt")
    assert [s["published"] for s in rec["stories"]] == ["1993-09-09"]
