"""A tag archive saved as text whose posts each repost stories: the post's title lists its
stories' titles cut short and parted by middle dots ("Bundespräsident sieht „Radikalisierung“ ·
Alleinerziehende"), an excerpt runs its story's headline into the story's first words or
into its dateline ("Canada urged to conceal fetal sex over abortion fears MONTREAL (AFP) -
..."), and the theme prints one notice atop every post ("Fog & Fireflies has released
today! ..."). Read before, the post's title or the notice headed the story, and a post
whose title named no story ran into the one above (``benchmarks/eval_archive_dumps.py``:
headline_acc 0.756 -> 0.835 over its 29 dumps, round 46)."""
from __future__ import annotations

from normalizer.pipeline import normalize_text
from normalizer.stories.dumps import dump_blocks

NOTICE = ("Our new book has been released today! Join us at the town library on Friday, or "
          "find a copy anywhere books are sold online!")
LEAD = ("The regional council voted on Tuesday to close the old harbour bridge for a year of "
        "repairs, sending thousands of commuters onto a long detour through the town centre "
        "while the work goes on, the council said in a statement.")
MORE = ("The mayor said the work would begin in the spring and end before the next winter if "
        "the contractor kept to the schedule and to the budget the council approved.")


def _stories(lines: list[str]) -> list[dict]:
    return normalize_text("\n\n".join(lines) + "\n", "file:///archive.txt")["stories"]


def _post(date: str, *lines: str) -> list[str]:
    return [f"By admin, {date}", *lines, "Tags", "• Events"]


def test_a_post_title_of_its_stories_titles_gives_way_to_the_first_storys_own() -> None:
    title = "Harbour bridge to close for a year of repairs after inspection"
    stories = _stories(["My Blog", "Home",
                        *_post("6 January, 2012", "Harbour bridge to close for a y · Ferry fares",
                               "par André", title, LEAD, MORE)])
    assert [s["headline"] for s in stories] == [title]


def test_a_whole_headline_run_into_its_excerpt_is_parted_from_it() -> None:
    body = ("為方便乘客於農曆新年期間外出，港鐵列車服務和部份輕鐵路綫於大除夕晚將會提供通宵服務。"
            "鑑於農曆新年前的周六，會有較多市民外出購物或參加聚會，荃灣綫和觀塘綫特別於午飯和晚飯時間"
            "加強服務。除此之外，港島綫和將軍澳綫的列車亦會提早於下午三時開始繁忙時段運作。")
    blocks = dump_blocks("\n\n".join([
        "12 Jan 2012 on Blog", "港鐵農曆新年加強服務 · Canada urged to conceal fetal sex over a",
        f"港鐵農曆新年加強服務 {body}"]))
    assert [(b.text[:10], b.role.value) for b in blocks] == [
        ("12 Jan 201", "text"), ("港鐵農曆新年加強服務", "cruft"), ("港鐵農曆新年加強服務", "text"),
        (body[:10], "text")]


def test_a_headline_cut_short_in_the_title_is_not_parted_inside_its_words() -> None:
    # "... 'Yoga can" + "damage your body' article ...": the headline goes on in lower case
    excerpt = ("Exponents slam New York Times' 'Yoga can damage your body' article, saying "
               "the piece misreads the practice " + LEAD)
    stories = _stories(["My Blog", "15 Jan 2012 on Blog",
                        "Exponents slam New York Times' 'Yoga can · Gambia", excerpt,
                        "Page 1 of 1"])
    assert all(s["headline"] != "Exponents slam New York Times' 'Yoga can" for s in stories)


def test_a_headline_run_into_its_dateline_heads_the_story_under_its_cut_title() -> None:
    excerpt = ("Canada urged to conceal fetal sex over abortion fears MONTREAL (AFP) - An "
               "editorial in a major Canadian medical journal urges doctors to conceal the "
               "gender of a fetus from all pregnant women until 30 weeks, to stop abortions.")
    stories = _stories(["My Blog", "Home",
                        *_post("17 January, 2012", NOTICE,
                               "MONTREAL: Canada urged to conceal fetal sex…", excerpt)])
    [story] = stories
    assert story["headline"] == "Canada urged to conceal fetal sex over abortion fears"
    assert story["text"].startswith("MONTREAL (AFP) - An editorial")
    assert story["source"] == "AFP"


def test_a_themes_notice_atop_every_post_heads_no_story() -> None:
    titles = ["Harbour bridge to close for a year of repairs",
              "Ferry company adds crossings during the closure",
              "Town centre braces for detour traffic",
              "Shops on the detour expect more customers"]
    lines = ["My Blog", "Home"]
    for day, title in zip((6, 11, 12, 17), titles, strict=True):
        lines += _post(f"{day} January, 2012", NOTICE, title, f"{LEAD} (Post of the {day}th.)",
                       f"{MORE} ({day} January.)")
    stories = _stories(lines)
    assert [s["headline"] for s in stories] == titles
    assert all("has been released today" not in s["text"] for s in stories)
