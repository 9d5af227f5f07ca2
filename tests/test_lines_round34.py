"""Round 34: an aggregator's tag archive saved as text (the held-out themes' archive
dumps, real theme pages holding real reposted stories). It shows its posts whole, one under
another, each followed by its own comment form, share bar and category line: the second
post, far below the first one's last paragraph where an article's page turns to its
sidebar, is a post of its own, not a sidebar's box. Each post's featured picture leaves its
alt line ("Thumbnail for this post about ...") between the title and the text: the
picture's, never the headline. An interview's two speakers alternate ("Андреев: ...",
"Брюн: ..."): one story, not a feed of outlets' items. A footer's © notice in a person's
name names no source."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///archive.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
#: The held-out themes' archive dump (``fixtures/real/archives/flattened``, SOURCES.md).
_REAL = (Path(__file__).parent / "fixtures" / "real" / "archives" / "flattened"
         / "lgk-twentytwentyone-heldout21-p2.txt")
_INTERVIEW = (Path(__file__).parent / "fixtures" / "real" / "archives" / "flattened"
              / "lgk-twentytwentyone-heldout19-p1.txt")
_RBI = ("RBI Prescribes Five-pillared Approach 'GUARD' to Deal With Cybersecurity Threats in "
        "Urban Co-op Banks")


def test_an_archives_next_post_shown_whole_below_the_first_ones_chrome_is_a_story() -> None:
    """A real archive page flattened (the held-out themes' WordPress category page, its
    posts holding real reposted stories): the second post, eight paragraphs under its
    headline past the first post's captions, comment form, share bar, date and categories,
    is a story with its headline and text, not a sidebar's box dropped as chrome; its
    "Recommended For You" titles stay out."""
    record = normalize_text(_REAL.read_text(encoding="utf-8"), _URL)
    by_headline = {s["headline"]: s for s in record["stories"]}
    rbi = by_headline.get(_RBI)
    assert rbi is not None, list(by_headline)
    assert rbi["text"].startswith("The technology vision document, which was formalised")
    assert "Use of information technology by banks has grown rapidly" in rbi["text"]
    assert "Gigi Hadid" not in rbi["text"]
    assert all(_RBI not in s["text"] for s in record["stories"])


def test_a_posts_featured_picture_alt_line_is_the_pictures_not_the_headline() -> None:
    """"Thumbnail for this post about hacking Piskel" under each post's title (Twenty
    Twenty-One's featured image, its alt shown as text): taken out as the picture's alt,
    and the title above it heads the post's story."""
    record = normalize_text(_INTERVIEW.read_text(encoding="utf-8"), _URL)
    headlines = [s["headline"] for s in record["stories"]]
    assert headlines[0] == "Canada urged to conceal fetal sex over abortion fears"
    assert "Цены на алкоголь привяжут к градусам" in headlines
    assert not any(h and h.startswith("Thumbnail for") for h in headlines)
    assert {r["kind"] for r in record["removed"] if r["text"].startswith("Thumbnail for")} \
        == {"image_alt"}


def test_an_interviews_two_speakers_alternating_are_one_story() -> None:
    """A radio interview pasted as a post: the host's lines ("Андреев: ...") each over the
    guest's answer ("Брюн: ...") are the interview's, like the answers: one story under the
    post's title, not a story at each of the host's lines."""
    record = normalize_text(_INTERVIEW.read_text(encoding="utf-8"), _URL)
    interview = [s for s in record["stories"]
                 if s["headline"] == "Цены на алкоголь привяжут к градусам"]
    assert len(interview) == 1
    text = interview[0]["text"]
    assert "Андреев: А чего мы этим добьёмся?" in text
    assert "Брюн: Я не торговец алкогольной продукцией." in text
    assert all(s["headline"] is not None for s in record["stories"])


def test_small_print_under_a_copyright_line_ends_at_the_next_posts_title() -> None:
    """Under a post's "Copyright © 2012 The Daily Observer." the syndicator's small print
    ("To contact the copyright holder ...", "AllAfrica aggregates ...") is chrome though
    the next post follows it: the small print ends at that post's title."""
    record = normalize_text(_INTERVIEW.read_text(encoding="utf-8"), _URL)
    assert not any("AllAfrica aggregates" in s["text"] or "To contact the copyright holder"
                   in (s["headline"] or "") + s["text"] for s in record["stories"])


def test_a_box_of_titles_with_run_in_leads_in_that_place_stays_the_sidebars() -> None:
    """A blog's "Top Beiträge & Seiten" box far below its post, each line a book's title, a
    colon and its blurb ("Das Wort zum Mord: Wie schreibe ...", buchperlen's real page): a
    list of links however long, never a post of its own."""
    text = (_DUMPS / "buchperlen-blog-post-2013.txt").read_text(encoding="utf-8")
    stories = normalize_text(text, _URL)["stories"]
    assert len(stories) == 1
    assert "Das Wort zum Mord" not in stories[0]["text"]
    assert "Morgendunkel" not in stories[0]["headline"]


def test_a_database_records_deck_under_its_header_opens_no_story() -> None:
    """A news database's export (Factiva, Korean; a real excerpt): a record's deck under its
    header (headline, author, "439 words", date, copyright) is long like a post, but the
    record's headline above opened its story: the deck makes no story of its own."""
    text = (_DUMPS / "chosun-factiva-geojeol-2018.txt").read_text(encoding="utf-8")
    headlines = [s["headline"] for s in normalize_text(text, _URL)["stories"]]
    assert "美北, 카펠라 호텔(싱가포르 센토사섬)서 4시간 경호협의… 2층엔 검은 가림막" in headlines
    assert "北, 김정은 신변 안전에 최우선 센토사섬 다리 통제땐 경호 용이" not in headlines


def _ghost_archive(holder: str, site: str) -> str:
    """A Ghost blog's archive page as text (Casper's footer: "© 2017 <holder>")."""
    return "\n\n".join([
        "Skip to content", site, "Council approves new bridge over the river",
        "The town council approved plans for a new footbridge over the river on Tuesday, "
        "ending a debate that had lasted more than three years.",
        "Work is due to begin in the spring and should take about eighteen months, the "
        "council's engineer said on Tuesday evening.",
        "Page 1 of 1", f"© 2017 {holder}", "Proudly created with Ghost"])


def test_a_footers_notice_in_a_persons_name_names_no_source() -> None:
    """"© 2017 Shakil Thakur" under a blog's posts (a real Ghost theme's footer, the
    held-out themes' archive dumps): the blogger's own notice, a person's name that the
    page shows nowhere else, so no outlet: the stories that name none keep no source
    rather than the blogger's name."""
    stories = normalize_text(_ghost_archive("Shakil Thakur", "TableSalt"), _URL)["stories"]
    assert [s["source"] for s in stories] == [None]


def test_a_footers_notice_in_the_sites_own_name_still_names_the_source() -> None:
    """The same footer in the name the site's masthead shows: the page's own name, the
    source of the stories that name none."""
    text = _ghost_archive("Bay Lantern", "Bay Lantern")
    assert [s["source"] for s in normalize_text(text, _URL)["stories"]] == ["Bay Lantern"]
