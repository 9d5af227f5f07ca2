"""Round 50: how a city magazine's home page sets its teasers (a theme's "AUTHOR - DATE"
line, title lists over bare dates, a pictograph before a title), how a developers'
magazine frames its article (a breadcrumb over a short title, tags under their label, a
sidebar's latest comments), how tech sites name themselves under their publisher's notice,
and a long caption under its "Photo:" label. Round dumps46's pages (``fixtures/real/dumps``,
SOURCES.md: Milano Città Stato, Zdroják, Tech Monitor, SiliconBeat), older dumps as
guards, and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.attribute import clipping_outlet

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_BODY = ("The council voted on Tuesday to close the old bridge for repairs from next month, "
         "after engineers found cracks in two of its piers.\n\n"
         "Traffic will be sent over the ring road while the work goes on, the council said, "
         "and buses will run more often to make up for the longer way round.\n\n"
         "The repairs are expected to cost about two million and to last until the spring, "
         "when the bridge should open again to cars and bicycles alike.\n\n")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_themes_writer_and_date_line_names_no_source() -> None:
    """"Fabio Marcomin - 29/06/2022" under a teaser's title: a theme's writer and date set
    apart by a dash, not a press clipping's outlet before its date ("Nu.nl 05 januari
    2017", which still names its outlet): the writer is the byline."""
    stories = _stories(_read("milanocittastato-home-2022.txt"))
    assert len(stories) == 7
    assert {s["source"] for s in stories} == {"Milano Città Stato"}
    assert clipping_outlet("Fabio Marcomin - 29/06/2022") is None
    assert clipping_outlet("Nu.nl 05 januari 2017") == "Nu.nl"
    page = ("Bridge to close for repairs\nAnna Rossi - 12/03/2023\n\n" + _BODY
            + "© 2023 Example Town Magazine")
    [story] = _stories(page)
    assert story["source"] != "Anna Rossi -"
    assert story["byline"] == ["Anna Rossi"]  # (the writer, as the line names her)
    assert story["published"] == "2023-03-12"


def test_a_sites_name_in_small_letters_wins_over_its_capitals() -> None:
    """The page spells its address's name "Milano Città Stato" (its masthead, its blurb)
    and "MILANO CITTA’ STATO" (a menu's heading, an apostrophe for the accent): the name
    as written in small letters, the accents folded to match the address."""
    stories = _stories(_read("milanocittastato-home-2022.txt"))
    assert stories[0]["source"] == "Milano Città Stato"


def test_titles_each_over_a_bare_date_are_a_list_of_links() -> None:
    """A "NEWS" box of titles, each over its day alone ("25/06/2022"): links, neither a
    story's headline nor its text; the teaser with its lead after the box keeps its
    title, whatever pictograph the title opens with."""
    stories = _stories(_read("milanocittastato-home-2022.txt"))
    heads = [s["headline"] for s in stories]
    assert "Riparte il FRECCIAROSSA NOTTURNO Milano-Reggio Calabria per l’ESTATE" not in heads
    assert "La RIVOLTA delle province del VENETO: «Draghi sostiene solo Roma»" in heads
    assert not any("BUONO TAXI" in s["text"] for s in stories)
    box = "".join(f"{title}\n{day}/04/2023\n" for title, day in [
        ("Ferry timetable changes for the summer season", "21"),
        ("New cycle lane opens along the river front", "19"),
        ("Library extends its opening hours on weekends", "17"),
        ("Market square to host the spring food festival", "15")])
    page = "Latest\n" + box + "\nBridge to close for repairs\n12/04/2023\n\n" + _BODY
    [story] = _stories(page)
    assert story["headline"] != "Market square to host the spring food festival"
    assert story["text"].startswith("The council voted on Tuesday")


def test_a_pictograph_before_a_title_is_no_part_of_the_headline() -> None:
    """"🔴 Svelato il WEST GATE, ..." (a red dot for news): the headline without it."""
    heads = [s["headline"] for s in _stories(_read("milanocittastato-home-2022.txt"))]
    assert "Svelato il WEST GATE, la NUOVA CITTÀ di Milano" in heads
    assert not any(h.startswith("🔴") for h in heads)
    [story] = _stories("🔥 Bridge to close for repairs\n12/04/2023\n\n" + _BODY)
    assert story["headline"] == "Bridge to close for repairs"


def test_a_short_title_under_a_breadcrumb_ending_with_it_heads_the_article() -> None:
    """"Zdroják » Články » Různé » Ještě k testování" over "Ještě k testování" (three words)
    and the author-and-date line: the page's headline, its standfirst the story's first
    paragraph; the tags set one a line under "Nálepky:" and a sidebar's latest comments
    ("Honza Marek u Testování v PHP ...") are no text and no story."""
    [story] = _stories(_read("zdrojak-jeste-k-testovani-2011.txt"))
    assert story["headline"] == "Ještě k testování"
    assert story["text"].startswith("SEO, MVC, návrhové vzory")
    assert "Programovací jazyky" not in story["text"]
    assert "Honza Marek u" not in story["text"]
    page = ("Home » News » Bridge closes\n\nBridge closes\nNews - Jane Doe - 12.4.2023\n\n"
            + _BODY + "Tags:\nBridges\nTown council\n\n"
            + "Recent Comments\nJohn on Bridge closes\nmaria on Ferry timetable changes\n"
            + "Peter Smith on Library hours\n")
    [story] = _stories(page)
    assert story["headline"] == "Bridge closes"
    assert "Town council" not in story["text"]
    assert "John on" not in story["text"]


def test_a_tech_site_is_named_by_its_masthead_over_its_publishers_notice() -> None:
    """Tech Monitor's name alone over each menu and in its own lines ("Tech Monitor's
    features editor") under "© Copyright 2024 New Statesman Media Group Ltd."; SiliconBeat's
    "About SiliconBeat" ("Silicon Beat", "@siliconbeat") under "Copyright © 2016 Bay Area News
    Group": the site, not the group that publishes it."""
    [story] = _stories(_read("techmonitor-ai-safety-consortium-2024.txt"))
    assert story["source"] == "Tech Monitor"
    [story] = _stories(_read("siliconbeat-vc-women-partners-2016.txt"))
    assert story["source"] == "SiliconBeat"
    page = ("Town Monitor\nHome\nNews\nSport\n\nBridge to close for repairs\nApril 12, 2023\n\n"
            + _BODY + "Town Monitor's reporting covers the county every day.\n"
            "Town Monitor\nHome\nAbout us\n© Copyright 2023 Big Example Media Group Ltd.")
    [story] = _stories(page)
    assert story["source"] == "Town Monitor"


def test_a_long_caption_under_its_photo_label_closed_by_a_credit_is_a_caption() -> None:
    """"Photo: Panelists discuss ... From left to right: ... (Marisa Kendall/ Mercury
    News).": more than sixty words, every person pictured named; a caption still."""
    [story] = _stories(_read("siliconbeat-vc-women-partners-2016.txt"))
    assert "Panelists discuss" not in story["text"]
    assert story["text"].endswith("“These numbers are not strong enough.”")


def test_a_title_opening_with_the_pronoun_i_is_no_names_line() -> None:
    """"I Was a Warehouse Wage Slave" is no pair of names joined by the Czech "a" ("and"):
    it heads Mother Jones's feature, over its standfirst, and the illustration's credit
    under the share bar ("Illustration by Mark Matcho") heads nothing."""
    from normalizer.cues.openers import names_line
    assert not names_line("I Was a Warehouse Wage Slave", min_words=2)
    assert names_line("Jan Novák a Petr Svoboda", min_words=2)
    [story] = _stories(_read("motherjones-warehouse-wage-slave-2012.txt"))
    assert story["headline"] == "I Was a Warehouse Wage Slave"
    assert story["text"].startswith("My brief, backbreaking, rage-inducing")
    assert "Illustration by Mark Matcho" not in story["text"]


def test_a_lists_source_footnote_inside_an_article_neither_ends_nor_names_it() -> None:
    """"Source: Internet Retailer Top 500 Guide" under the "TOP 60" box, the feature's
    paragraphs going on under it: the box's note on its data. The story goes on and its
    source is the magazine's; the "This story ran in the March/April 2012 issue of Mother
    Jones" line under it is the magazine's print notice, no text."""
    [story] = _stories(_read("motherjones-warehouse-wage-slave-2012.txt"))
    assert story["source"] == "Mother Jones"
    assert "Plenty of things can hurt my goals." in story["text"]
    assert "This story ran in" not in story["text"]
    items = "".join(f"{name}\n" for name in (
        "North Bridge", "Old Mill Bridge", "Station Road Bridge", "Harbour Bridge",
        "Castle Bridge", "Market Bridge"))
    page = ("Bridge to close for repairs\nApril 12, 2023\n\n" + _BODY
            + "Bridges in need of repair\n" + items + "Source: County Roads Survey 2022\n\n"
            + "The council said the other bridges would be looked at next year, once the "
              "work on the old bridge is done and the costs are known.\n\n"
            + "Residents who live near the bridges will be told of the work by letter, and "
              "a meeting will be held at the town hall in May.\n\n"
            + "© 2023 Example Town News")
    [story] = _stories(page)
    assert story["source"] != "County Roads Survey 2022"
    assert "once the work on the old bridge is done" in story["text"]


def test_a_loaders_call_to_wait_is_no_text() -> None:
    """"Подгружается следующая новость, подождите" under Slon's report: the page loading
    its next story, as "Loading the next story, please wait"."""
    [story] = _stories(_read("slon-nalogovyj-moratorij-2015.txt"))
    assert "Подгружается" not in story["text"]
    [story] = _stories("Bridge to close for repairs\nApril 12, 2023\n\n" + _BODY
                       + "Loading the next story, please wait...")
    assert "please wait" not in story["text"]


def test_a_benchmarks_name_set_as_a_heading_is_no_dateline() -> None:
    """"STALKER - Call Of Pripyat - Elevé" among Clubic's benchmark sub-headings: a word in
    capitals and a dash, but a short line ending no sentence, so no dateline opening the
    next story; the review stays one story. Its source is the site named after the ©
    sign of its footer's run of links ("Infos légales À Propos Publicité ... © Clubic SAS
    2022"), and its affiliate notice ("... une commission peut être reversée à Clubic") is
    no text."""
    [story, *_] = _stories(_read("clubic-radeon-hd7770-2012.txt"))
    assert "STALKER fait partie de ces titres DirectX 11." in story["text"]
    assert "Bref dans l'état nous ne sommes ni convaincus" in story["text"]
    assert story["source"] == "Clubic"
    assert "liens d'affiliation" not in story["text"]
    page = ("Bridge to close for repairs\nApril 12, 2023\n\n" + _BODY
            + "NORTH BRIDGE - Piers and deck\n\nThe north bridge will be looked at next.\n\n"
            + "About us Contact Advertising Privacy Policy Careers © Example Town News 2023")
    [story] = _stories(page)
    assert "The north bridge will be looked at next." in story["text"]
    assert story["source"] == "Example Town News"


def test_a_link_to_the_sites_rules_and_its_comment_etiquette_are_no_story() -> None:
    """Under Clubic's review: "Lire la charte de confiance" (a link to the site's charter),
    "Soyez toujours courtois dans vos commentaires." (the conduct its comment form asks):
    the page's, heading and making no story; a link to the rules in English too."""
    heads = [s["headline"] for s in _stories(_read("clubic-radeon-hd7770-2012.txt"))]
    assert "Lire la charte de confiance" not in heads
    [story] = _stories("Bridge to close for repairs\nApril 12, 2023\n\n" + _BODY
                       + "Read our community guidelines\n\nPlease be courteous in your comments.")
    assert "community guidelines" not in story["text"]
    assert "courteous" not in story["text"]


def test_a_boxs_label_over_a_teasers_date_is_no_posts_title() -> None:
    """BR24's ticker: "Das könnte Sie auch interessieren" over a teaser's "26.08.2024, 11:29
    Uhr", its title and its lead: the box's label, not the title of a post of the page; the
    title under the date heads the teaser, which that date dates (the live page's day header
    above the box, "Dienstag, 27. August 2024", stays with the entries it closes)."""
    stories = _stories(_read("br24-nahost-ticker-2024.txt"))
    assert "Das könnte Sie auch interessieren" not in [s["headline"] for s in stories]
    [teaser] = [s for s in stories
                if s["headline"] == "Krieg in Israel und Gaza: Nachrichten zur Lage in Nahost"]
    assert teaser["published"] == "2024-08-26"  # (its own date, not the day header above)


def test_an_archive_pictures_label_and_its_day_open_a_caption() -> None:
    """"Archivbild (16.08.2024): Immer wieder kommt es ..." under the page's picture label:
    a caption (the day in brackets credits no agency, as "Hamburg (dpa) -" would), so the
    ticker's title shown twice under it heads its first entry."""
    [story, *_] = _stories(_read("br24-nahost-ticker-2024.txt"))
    assert story["headline"] == "Nahost-Ticker: Palästinenser mutmaßlich von Siedlern erschossen"
    assert "Archivbild" not in story["text"]
    [story] = _stories("Brücke wird gesperrt\n12.04.2023\n\nSymbolbild (03.02.2021): Eine alte "
                       "Brücke über den Fluss.\n\nDer Stadtrat hat am Dienstag beschlossen, die "
                       "alte Brücke ab nächstem Monat für Reparaturen zu sperren.\n\nDer Verkehr "
                       "wird über die Ringstraße umgeleitet, teilte die Stadt mit, und die Busse "
                       "fahren öfter.\n\nDie Arbeiten sollen bis zum Frühjahr dauern.")
    assert "Symbolbild" not in story["text"]


def test_a_card_closed_by_its_new_window_note_is_a_link_no_story() -> None:
    """Under BR24's ticker, cards for the broadcaster's other channels: a title, a blurb and
    "(öffnet in einem neuen Fenster)" alone on its line. The note says the card links off
    the page: the card is a link, no story, and the note heads none."""
    heads = [s["headline"] for s in _stories(_read("br24-nahost-ticker-2024.txt"))]
    assert "BR in der ARD Mediathek" not in heads
    assert "(öffnet in einem neuen Fenster)" not in heads
    [story] = _stories("Bridge to close for repairs\nApril 12, 2023\n\n" + _BODY
                       + "Example Radio Player\n\nListen to all our shows wherever you are, "
                         "live and on demand, on the new player.\n\n(opens in a new window)")
    assert "new player" not in story["text"]
