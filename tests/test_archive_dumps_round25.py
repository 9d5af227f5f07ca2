"""A blog's tag page saved as text: each post's date stands above its title.

Blogger prints a date header over each post ("Friday, December 21, 2018" / title /
paragraphs / "Posted by ..." / share bar); Chinese WordPress themes print "发布于 DATE"
over the title. Read title-over-date, the line above each date (the previous post's share
bar, the blog's name) headed the next post and the real title went as chrome
(``benchmarks/eval_archive_dumps.py``).
"""
from __future__ import annotations

from normalizer.pipeline import normalize_text
from normalizer.stories.rhythm import _clipping_source
from normalizer.text.dates import split_date_line

PARAGRAPHS = [
    "The regional council voted on Tuesday to close the old harbour bridge for a year of "
    "repairs, sending thousands of commuters onto a long detour through the town centre.",
    "The mayor said the work would begin in the spring and end before the next winter if "
    "the contractor kept to the schedule and to the budget the council approved.",
    "Shop owners along the detour said they expected more customers, while residents of "
    "the narrow streets asked for speed limits and for trucks to be kept out at night.",
    "A spokesman for the ferry company said extra crossings would run at rush hour from "
    "the first week of the closure, and that season tickets would cost less for a year.",
]
TITLES = ["Harbour bridge to close for a year of repairs",
          "Ferry company adds crossings during the closure",
          "Town centre braces for detour traffic"]
DATES = ["Friday, December 21, 2018", "Saturday, March 10, 2018", "Wednesday, October 16, 2019"]
TOWNS = ["Kingsport", "Bellhaven", "Marlow"]
SHARE = "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"


def _blog_page(dates: list[str]) -> str:
    lines = ["My Old Blog", "Home"]
    for date, title, town in zip(dates, TITLES, TOWNS, strict=True):
        body = [f"{p} Officials in {town} confirmed it." for p in PARAGRAPHS]  # (its own)
        lines += [date, title, *body, "Posted by Jane Roe at 9:05 PM No comments:", SHARE]
    lines += ["Newer Posts Home Older Posts", "Subscribe to: Posts (Atom)", "About Me"]
    return "\n\n".join(lines) + "\n"


def test_date_headers_over_titles_head_each_post_with_its_title() -> None:
    record = normalize_text(_blog_page(DATES), "file:///blog.txt")
    assert [s["headline"] for s in record["stories"]] == TITLES
    assert [s["text"].split("Officials in ")[1].split()[0] for s in record["stories"]] == TOWNS
    assert all(SHARE not in s["text"] for s in record["stories"])


def test_a_weekday_date_line_names_no_clipping_source() -> None:
    """A clipping's source line is an outlet and a day; a weekday and a day is a date."""
    assert _clipping_source("Friday, December 21, 2018") is None
    assert _clipping_source("Le Monde, 21 décembre 2018") == ("Le Monde", "2018-12-21")


def test_published_on_in_chinese_is_a_date_label() -> None:
    assert split_date_line("发布于 2020-02-18 2019-08-11") == (True, "")


def test_a_post_titled_with_its_stories_titles_joined_heads_neither_story() -> None:
    """A post pasting two stories, titled with both titles cut short and joined: each
    story opens at its own full title; the joined line is the post's."""
    first, second = TITLES[0], "Ferry company adds crossings during the closure"
    joined = f"{first[:30]} · {second[:30]}"
    body_one = [f"{p} Officials in Kingsport confirmed it." for p in PARAGRAPHS]
    body_two = [f"{p} Officials in Bellhaven confirmed it." for p in PARAGRAPHS]
    lines = ["My Old Blog", joined, "Thumbnail for this post", first, *body_one,
             second, *body_two, "Posted by Jane Roe at 9:05 PM", "About Me"]
    record = normalize_text("\n\n".join(lines) + "\n", "file:///post.txt")
    assert [s["headline"] for s in record["stories"]] == [first, second]
    assert all(joined not in s["text"] and "Thumbnail" not in s["text"]
               for s in record["stories"])


def test_footer_dates_part_the_posts_at_the_next_title() -> None:
    """A theme printing each post's date in its footer (share bar / "Published DATE" /
    "Categorized as ..."): the share bar over the date is the previous post's foot, and
    the title under the footer opens the next post."""
    titles = [*TITLES, "Council sets the budget for the repairs"]
    towns = [*TOWNS, "Easton"]
    dates = ["Published 7. October 2020", "Published 6. December 2020",
             "Published 8. April 2020", "Published 2. May 2020"]
    lines = ["Skip to content", "Blog Projects About"]
    for title, town, date in zip(titles, towns, dates, strict=True):
        lines += [title, *[f"{p} Officials in {town} confirmed it." for p in PARAGRAPHS],
                  "Share on: Facebook, X, WhatsApp", date, "Categorized as News, World"]
    lines += ["Posts navigation", "Proudly powered by WordPress."]
    record = normalize_text("\n\n".join(lines) + "\n", "file:///footer.txt")
    assert [s["headline"] for s in record["stories"]] == titles
    assert [s["text"].split("Officials in ")[1].split()[0] for s in record["stories"]] == towns


def test_a_korean_copyright_sign_is_no_part_of_the_holder() -> None:
    """"Copyright ⓒ 뉴스타파. All rights reserved." credits 뉴스타파 (the circled c Korean
    sites print), not "ⓒ 뉴스타파"."""
    from normalizer.stories.page_sources import _COPYRIGHT_NOISE

    assert _COPYRIGHT_NOISE.sub(" ", "Copyright ⓒ 뉴스타파.").split() == ["뉴스타파."]


def test_a_title_under_a_dated_listing_is_the_listings_next_item() -> None:
    """Under "date / title" items the cleaner took out as a listing, the next dated title
    (and its second line) is one more item, not a story of its own."""
    from normalizer.model import BlockKind, MetaKind, RemovedKind
    from normalizer.stories.blocks import CRUFT, META, TEXT, Block
    from normalizer.stories.rhythm import _drop_dated_listing_items

    def line(text: str, role, kind=None) -> Block:
        b = Block(text=text, kind=BlockKind.P)
        b.mark(role, kind)
        return b

    blocks = [line("قبل 12 دقيقة", META, MetaKind.DATE),
              line("مسلحون يطلقون صواريخ على قواعد عسكرية", CRUFT, RemovedKind.RELATED_LINK),
              line("قبل 19 دقيقة", META, MetaKind.DATE),
              line("مودي في مرمى غضب مزارعي الهند", CRUFT, RemovedKind.RELATED_LINK),
              line("قبل 3 ساعات", META, MetaKind.DATE),
              line("الصين تحكم على هونغ كونغ بالموت", TEXT),
              line("نتائج الانتخابات في المدينة", TEXT)]
    blocks[5].notes["unit_start"] = True
    _drop_dated_listing_items(blocks, list(range(len(blocks))))
    assert [b.role for b in blocks[5:]] == [CRUFT, CRUFT]
    assert not blocks[5].notes.get("unit_start")
