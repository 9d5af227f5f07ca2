"""An article page flattened to text: its sidebar and footer, the controls atop it, the
site's name, rulers inside posts. Texts below are invented, shaped like real pages."""
from __future__ import annotations

import normalizer

_BODY = "\n\n".join(
    f"The council met again on Monday to discuss the harbour plan, meeting {i}, and the "
    "members agreed to publish the full budget before the end of the month." for i in range(5))

_CHROME = "\n\n".join(["Share this:", "• Twitter", "• Facebook", "Like this:", "Related",
                       "Leave a Reply", "Enter your comment here...", "Name (required)",
                       "Website", "Cancel", "Notify me of new posts via email.", "Archives",
                       "• Sign up", "• Log in", "• Entries feed", "• Comments feed",
                       "Imprint", "Categories", "Culture", "Politics", "Travel", "Tags",
                       "Meta", "Blogroll", "Search for:"])


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///page.txt")["stories"]


def test_sidebar_boxes_after_a_long_run_of_chrome_are_no_stories() -> None:
    sidebar = "\n\n".join([
        "Follow Harbourblog by Email",
        "Enter your email address to follow this blog and receive notifications of new posts.",
        "Harbourblog on Twitter", "My Tweets", "Copyright notice",
        "Where content on this site was not written by its owner, the rights of third "
        "parties are respected and their content is marked as such.",
        "Follow Harbourblog", "Blog directory - the big list of harbour blogs",
        "This slideshow requires JavaScript.",
        "Create a free website or blog at WordPress.com."])
    text = (f"Harbourblog\n\nHarbour plan moves ahead after a long debate\n\n"
            f"October 20, 2013\n\n{_BODY}\n\n{_CHROME}\n\n{sidebar}\n")
    stories = _stories(text)
    assert [s["headline"] for s in stories] == ["Harbour plan moves ahead after a long debate"]
    assert "slideshow" not in stories[0]["text"] and "email address" not in stories[0]["text"]
    assert stories[0]["source"] == "Harbourblog"  # the name its follow-us lines share


def test_a_teaser_linking_to_its_article_stays_a_story() -> None:
    text = (f"Harbour plan moves ahead after a long debate\n\nOctober 20, 2013\n\n{_BODY}\n\n"
            + "\n\n".join(["Share this:", "• Twitter", "• Facebook", "Trending", "Banking",
                           "A cashier counts notes at a bank counter in the city"])
            + "\n\nBanks need reforms and more autonomy, minister says\n\n"
            "The minister told reporters that the state banks needed several reforms and more "
            "autonomy, on the sidelines of a two-day banking retreat.  Full Article\n\n"
            "• Banks prepare a reform plan\n\nFollow us\n\n• Facebook\n\n• Twitter\n")
    stories = _stories(text)
    assert [s["headline"] for s in stories] == [
        "Harbour plan moves ahead after a long debate",
        "Banks need reforms and more autonomy, minister says"]


def test_the_pages_controls_atop_it_make_no_story() -> None:
    text = ("Skip to main content\n\nYou have permission to edit this article.\n\n"
            + "\n\n".join(["Edit Close", "Subscribe", "Sign in", "Manage account", "Logout",
                           "News", "Sports", "Opinion"])
            + f"\n\nHarbour plan moves ahead after a long debate\n\nUpdated Oct 20, 2013\n\n"
            f"{_BODY}\n")
    stories = _stories(text)
    assert [s["headline"] for s in stories] == ["Harbour plan moves ahead after a long debate"]


def test_an_authors_ruler_inside_a_post_opens_no_story() -> None:
    posts = []
    for n, title in enumerate(["Dear people of the harbour", "Why the plan matters",
                               "What comes next for the harbour"]):
        posts.append(f"{title}\n\nPublished on {n + 10} July 2013 by harbourblog\n\n{_BODY}\n\n"
                     "==============================\n\n"
                     f"{_BODY.replace('council', 'board')}\n\nPosted in General | 1 Comment")
    stories = _stories("Harbourblog\n\n" + "\n\n".join(posts) + "\n")
    assert [s["headline"] for s in stories] == [
        "Dear people of the harbour", "Why the plan matters", "What comes next for the harbour"]
    assert all("board" in s["text"] for s in stories)
