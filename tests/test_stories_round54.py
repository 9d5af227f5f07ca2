"""Round 54: a web portal's front page (boxes of its services' stories under their labels,
then a feed of other outlets' cards, each its outlet's name over its title, its age and its
lead, closed by a comments button) and a tabloid's story whose house name fills the
author's slot under an ad label. Round dumps50's pages (``fixtures/real/dumps``,
SOURCES.md: Seznam.cz, New York Daily News), and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues import text as cues
from normalizer.pipeline import normalize_text
from normalizer.text.dates import split_date_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _sources(text: str) -> dict[str, str]:
    """Each story's source by its headline, no-break spaces read as spaces."""
    return {s["headline"].replace("\xa0", " "): s["source"] for s in _stories(text)}


def _lead(topic: str) -> str:
    return (f"The council said on Thursday that {topic} would be decided at its next "
            "meeting, after residents asked for more time to read the plans. The mayor "
            "told reporters the vote would go ahead in any case.")


_CARDS = (
    ("Reuters", "Harbour bridge repairs to start in spring", "the bridge repairs"),
    ("Metro Daily", "Night buses return to the old town routes", "the night buses"),
    ("City Wire", "Library opens a second reading room downtown", "the reading room"),
    ("Valley Post", "Farmers market moves to the station square", "the market's move"),
)


def _feed(button: str = "Comments") -> str:
    lines = ["Home", "News", "Sport", ""]
    for hours, (outlet, title, topic) in enumerate(_CARDS, start=2):
        lines += [outlet, title, f"{hours} hours ago", _lead(topic), f" {button}", ""]
    lines += ["About us", "Contact"]
    return "\n".join(lines) + "\n"


def test_a_comments_button_under_every_card_heads_no_comments() -> None:
    """" Komentáře" closing each of a portal's cards is the card's button, not the heading
    of the page's comments: the cards under the first are stories, not readers' comments
    (Seznam.cz: 49 cards, 2 of them read before)."""
    stories = _stories(_feed())
    assert [s["headline"] for s in stories] == [title for _, title, _ in _CARDS]
    assert all("Comments" not in s["text"] for s in stories)
    seznam = _stories(_read("seznam-homepage-2023.txt"))
    assert len(seznam) >= 50
    assert all("Komentáře" not in s["text"] for s in seznam)


def test_the_line_over_each_cards_title_names_its_outlet() -> None:
    """Each card's outlet on a line of its own over its title, its age under the title
    ("Novinky" / title / "Před 8 hodinami" / lead): the card's source, known to the table
    or not, where one name of the feed is known; the boxes over the feed name theirs on
    the label over their first title."""
    assert [s["source"] for s in _stories(_feed())] == [outlet for outlet, _, _ in _CARDS]
    seznam = _sources(_read("seznam-homepage-2023.txt"))
    assert seznam["Oděsa čelila masivnímu ruskému náletu"] == "Novinky"
    assert seznam["Mexiko opakovaně nevpustilo Čechy na své území"] == "Česká justice"
    assert seznam["Útočníci zbili na ulici v Praze muže. Zásahovka jim rozbila mercedes"] \
        == "Novinky.cz"  # ("Novinky.cz: Krimi": the section after the colon dropped)
    # (the next card's outlet under a card, "Deník N", is no sign-off of the card above)
    assert seznam["VIDEO: Ukrajinci použili „kamikaze“ vozítka. Na tanky Rusů útočí dálkově"] \
        == "Echo24"


def test_a_section_kicker_over_each_title_names_no_outlet() -> None:
    """Where no name over the titles is an outlet the table knows, the lines are the
    page's kickers ("Politics", "Business"), not sources: the page's own name stands."""
    page = _feed().replace("Reuters", "Politics").replace("Metro Daily", "Business") \
        .replace("City Wire", "Culture").replace("Valley Post", "Food")
    page += "© 2024 The Harbour Herald\n"
    assert {s["source"] for s in _stories(page)} == {"The Harbour Herald"}


def test_a_cards_promo_shaped_title_over_its_age_heads_its_lead() -> None:
    """"VIDEO: ..." over the card's age and lead, under its outlet's name, is the card's
    headline (elsewhere a promo line); under another headline it stays a promo."""
    page = _feed().replace("Night buses return", "VIDEO: Night buses return")
    stories = _stories(page)
    assert "VIDEO: Night buses return to the old town routes" in [s["headline"] for s in stories]
    article = ("City council approves the budget\n\nVIDEO: Watch the council vote\n"
               "March 3, 2024\n\n" + _lead("the budget") + "\n\n" + _lead("the levy") + "\n")
    [story] = _stories(article)
    assert story["headline"] == "City council approves the budget"


def test_a_cards_title_with_a_label_and_a_comma_is_no_tag_line() -> None:
    """"Komentář: Hanba Vám, prezidente Pavle…" over its age and lead reads like a tag line
    ("Label: a, b"), but a tag line stands over no date and lead: the card's headline."""
    page = _feed().replace("Library opens a second reading room downtown",
                           "Comment: Shame on you, mister mayor…")
    assert "Comment: Shame on you, mister mayor…" in [s["headline"] for s in _stories(page)]
    seznam = _sources(_read("seznam-homepage-2023.txt"))
    assert seznam["Komentář: Hanba Vám, prezidente Pavle…"] == "FinTag"


def test_relative_ages_in_years_are_date_lines_in_czech_and_slovak() -> None:
    """A video card's age, "Před 8 roky •", "před 1 rokem", "pred 2 rokmi": date lines
    (a day no one can read), never the card's headline (Seznam.cz: three videos' heads)."""
    for line in ("Před 8 roky •", "před 1 rokem", "Před 2 týdny", "pred 2 rokmi",
                 "Pred 5 hodinami"):
        assert split_date_line(line)[0], line
    seznam = [s["headline"] for s in _stories(_read("seznam-homepage-2023.txt"))]
    assert "Kočka a obří tarantule" in seznam
    assert not any(h.startswith("Před") for h in seznam)


def test_a_notice_or_link_to_skip_a_box_is_chrome() -> None:
    """The screen reader's "Následují automaticky nekonečně načítané články. Zde je můžete
    přeskočit." and the link "Skok před automaticky načítané články.", "Skip past
    newsletter promotion": the page's, no story's lead or text."""
    for line in ("Následují automaticky nekonečně načítané články. Zde je můžete přeskočit.",
                 "Skok před automaticky načítané články.", "Skip past newsletter promotion",
                 "More stories follow. You can skip them here."):
        assert cues.SKIP_NOTICE_RE.search(line), line
    assert not cues.SKIP_NOTICE_RE.search(
        "Pupils who skip over breakfast learn less, a study says.")
    seznam = _stories(_read("seznam-homepage-2023.txt"))
    assert not any("přeskočit" in s["text"] or "Skok před" in s["text"] for s in seznam)
    assert "Automaticky nekonečně načítané články" not in [s["headline"] for s in seznam]


def test_a_list_of_links_glued_into_one_line_is_chrome() -> None:
    """Trending searches flattened into one line, each item's first word run into the last
    word of the one before ("Právě se hledáDolany nehodaMarkéta Pekarová AdamováFC ..."):
    the page's menu, no story's headline. Code with camelCase names is not such a line."""
    glued = ("Trending nowHarbour bridgeNight busesCity budgetOpera seasonFarmers marketCup "
             "finalCouncil vote")
    page = f"{glued}\n\nPort traffic doubles in a year\n\n{_lead('the port plan')}\n"
    [story] = _stories(page)
    assert story["headline"] == "Port traffic doubles in a year"
    assert "Trending" not in story["text"]
    seznam = [s["headline"] for s in _stories(_read("seznam-homepage-2023.txt"))]
    assert not any(h.startswith("Právě se hledá") for h in seznam)


def test_the_house_name_in_capitals_under_the_byline_is_its_source_not_its_headline() -> None:
    """Under an ad label, the kicker, the headline, "By Meg Wagner", "NEW YORK DAILY NEWS"
    (the paper in the author's slot, as its © line names it), the date, then a first
    paragraph of one short sentence: the headline is the title over the byline, the source
    the paper, and no sponsored link is read under the ad label."""
    [story] = _stories(_read("nydailynews-michelle-obama-hope-2016.txt"))
    assert story["headline"] == ("Michelle Obama suggests America has lost hope since "
                                 "Donald Trump’s election")
    assert story["source"] == "New York Daily News"
    assert story["published"] == "2016-12-16"
    assert "NEW YORK DAILY NEWS" not in story["text"]
    page = ("Advertisement\nCity\nHarbour bridge repairs to start in spring\nBy Ann Lee\n"
            "HARBOUR HERALD TODAY\nMarch 3, 2024 at 9:10 am\n\nThe bridge will close.\n\n"
            + _lead("the bridge repairs") + "\n\nCopyright © 2024, Harbour Herald Today\n")
    [story] = _stories(page)
    assert story["headline"] == "Harbour bridge repairs to start in spring"
    assert story["source"] == "Harbour Herald Today"
