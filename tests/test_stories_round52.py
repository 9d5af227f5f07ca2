"""Round 52: an article's head as business, news and church sites print it (a headline the
teasers below show again, a date and clock of bare figures, section kickers in capitals,
the site's name in capitals where the writer's goes), a wire's tag closing the last
paragraph, topic links closed by arrows, photographers' names in capitals closing
captions, a note sending comments to the networks, a "read also" card's cut lead, and a
lone article's date under its tags. Round dumps48's pages (``fixtures/real/dumps``,
SOURCES.md: Deutsche Wirtschaftsnachrichten, Iltalehti, Vatican News, CARTA), and invented
pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.outlets import bracket_signed
from normalizer.cues.text import CHROME_RE
from normalizer.pipeline import normalize_text
from normalizer.text.dates import day_first_short_date

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_BODY = ("The council voted on Tuesday to close the old bridge for repairs from next month, "
         "after engineers found cracks in two of its piers.\n\n"
         "Traffic will be sent over the ring road while the work goes on, the council said, "
         "and buses will run more often to make up for the longer way round.\n\n"
         "The repairs are expected to cost about two million and to last until the spring, "
         "when the bridge should open again to cars and bicycles alike.\n\n")

_TEASERS = ("POLITICS\nMinisters meet farmers over the price of milk\n12.03.2024\n\n"
            "ECONOMY\nBridge to close for repairs\n12.03.2024\n\n"
            "SPORT\nCity win the derby in extra time\n11.03.2024\n\n"
            "CULTURE\nMuseum opens a new wing for modern art\n11.03.2024\n")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_headline_the_teasers_below_show_again_heads_its_article() -> None:
    """A headline over a date and clock of bare figures ("31.10.2023 14:08") and a short
    standfirst heads the article, though the teasers under it list it again: the first copy
    over its article's date and text is the headline (Deutsche Wirtschaftsnachrichten's
    report was headed by the site's name in the author's slot)."""
    [story] = _stories(_read("dwn-industriestrompreis-2023.txt"))
    assert story["headline"] == "Industriestrompreis: kein Ende der Debatte"
    assert story["text"].startswith("Die Ampel streitet über einen subventionierten Strompreis.")
    assert story["published"] == "2023-10-31"
    page = ("Bridge to close for repairs\n\n12.03.2024 09:15\n"
            "Engineers found cracks in two piers. The work starts next month.\n\n"
            + _BODY + "More news\n\n" + _TEASERS)
    [story] = _stories(page)
    assert story["headline"] == "Bridge to close for repairs"
    assert story["text"].startswith("Engineers found cracks in two piers.")


def test_a_teasers_day_alone_makes_no_headline_of_its_title() -> None:
    """A listing's teaser prints its day alone under its title, no clock: its title shown
    again in a box further down is still the box's link, not an article's head."""
    page = ("Latest\n\nBridge to close for repairs\n\n12.03.2024\n"
            "Engineers found cracks in two piers. The work starts next month.\n\n"
            + _BODY + "More news\n\n" + _TEASERS)
    stories = _stories(page)
    assert all(s["headline"] != "Bridge to close for repairs" for s in stories)


def test_a_last_paragraph_closed_by_its_agencys_tag_is_no_title_of_the_list_under_it() -> None:
    """The story's last paragraph, closed by the agency's tag in brackets ("... skeptisch
    geäußert. (dpa)"), ends no sentence by its last mark, and so had been read as the first
    title of the "Weiterlesen" list under it: it stays the story's text. A list's title
    closed by a paper's name in brackets after a sentence ("... Fell for It. (NYT)") is
    too short to be a story's paragraph."""
    [story] = _stories(_read("dwn-industriestrompreis-2023.txt"))
    assert story["text"].endswith("skeptisch geäußert. (dpa)")
    assert bracket_signed("Die FDP lehnt die Pläne ab, Scholz hat sich skeptisch geäußert. (dpa)")
    assert bracket_signed("La Lazio vince ancora. (ANSA).")
    assert not bracket_signed("He Pretended to Be Trump's Family. Then Trump Fell for It. (Video)")
    assert not bracket_signed("Supreme Court denies the bid (Washington Post)")
    last = ("The council will meet again in April to decide on the tolls, and the mayor said "
            "she hoped the bridge would be open before the summer holidays began. (dpa)\n\n")
    page = ("Bridge to close for repairs\n\nBy Jane Smith\n\nMarch 12, 2024\n\n" + _BODY + last
            + "Read more\nMinisters meet farmers over the price of milk\n"
            "City win the derby in extra time\nMuseum opens a new wing for modern art\n"
            "Trains to run less often over Easter\n")
    [story] = _stories(page)
    assert story["text"].endswith("summer holidays began. (dpa)")


def test_topic_links_closed_by_arrows_go_on_the_list_under_their_label() -> None:
    """Under "Mehr zum Thema:", "Industrie >", "Deutschland >", "Energie-Krise >": each a
    topic's link, closed by its arrow; none is the story's text."""
    [story] = _stories(_read("dwn-industriestrompreis-2023.txt"))
    assert "Deutschland >" not in story["text"]
    assert "Energie-Krise >" not in story["text"]


def test_the_sites_name_in_capitals_in_the_writers_slot_is_the_source() -> None:
    """"DEUTSCHE WIRTSCHAFTSNACHRICHTEN" where the byline goes, the footer's "Deutsche
    Wirtschaftsnachrichten - Das Unternehmen": the house's credit for its own report (its
    source, spelt as the footer spells it), never a headline or a line of the text; the
    agency whose tag closes the last paragraph is credited."""
    [story] = _stories(_read("dwn-industriestrompreis-2023.txt"))
    assert story["source"] == "Deutsche Wirtschaftsnachrichten"
    assert story["credits"] == ["dpa"]  # (its last paragraph's closing "(dpa)")
    assert "DEUTSCHE WIRTSCHAFTSNACHRICHTEN" not in story["text"]
    page = ("Bridge to close for repairs\n\n12.03.2024 09:15\n"
            "Engineers found cracks in two piers. The work starts next month.\n"
            "THE VALLEY COURIER\n" + _BODY
            + "Facebook  |  Twitter  |  Youtube\nThe Valley Courier - The company\n")
    [story] = _stories(page)
    assert story["source"] == "The Valley Courier"
    assert "VALLEY COURIER" not in story["text"]


def test_section_kickers_in_capitals_stand_over_the_headline_not_between_title_and_deck() -> None:
    """A teaser's title, then "UUTISET" and "UutisetPolitiikka" (the section's kickers),
    then the headline over its date line: the kickers head the article's headline; the
    teaser above them is another story's (Iltalehti's report was headed by it)."""
    [story] = _stories(_read("iltalehti-veikkaus-saarikko-2020.txt"))
    assert story["headline"].startswith("Hallitus valmistelee ulkomaille pelaamisen")
    assert not story["text"].startswith("Hallitus valmistelee")


def test_a_photographers_name_in_capitals_closing_captions_makes_them_captions() -> None:
    """Two captions each closed by the same photographer's name in capitals, no label ("...
    joulupöytäliinan. MATTI MATIKAINEN"): both captions, out of the text. A name closing one
    line only, or a button's "READ MORE" however often, is no credit."""
    [story] = _stories(_read("iltalehti-veikkaus-saarikko-2020.txt"))
    assert "MATIKAINEN" not in story["text"]
    caption = "The old bridge seen from the river on Monday. PETER HOLM\n\n"
    page = ("Bridge to close for repairs\n\nMarch 12, 2024\n\n" + caption + _BODY
            + "The mayor at the council's meeting. PETER HOLM\n\n"
            + "The council will meet again in April to decide on the tolls.\n")
    [story] = _stories(page)
    assert "PETER HOLM" not in story["text"]
    assert "The council will meet again in April" in story["text"]


def test_a_note_sending_comments_to_the_networks_is_chrome() -> None:
    """"Zustimmung, Kritik oder Anmerkungen? Kommentare und Diskussionen zu den Beiträgen auf
    CARTA finden sich auf Twitter und auf Facebook.": the site's note under its article, a
    question to the reader, then where comments go. A story's sentence on comments posted
    on two networks asks the reader nothing and stays."""
    [story] = _stories(_read("carta-muss-koalition-2012.txt"))
    assert "Zustimmung, Kritik oder Anmerkungen?" not in story["text"]
    note = ("Questions or criticism? Comments and discussion of our stories are on Twitter "
            "and Facebook.\n\n")
    sentence = ("Comments on Twitter and Facebook were mostly angry, and the council said it "
                "would answer them at its next meeting.\n\n")
    page = "Bridge to close for repairs\n\nMarch 12, 2024\n\n" + _BODY + sentence + note
    [story] = _stories(page)
    assert "Questions or criticism?" not in story["text"]
    assert "Comments on Twitter and Facebook were mostly angry" in story["text"]


def test_a_read_also_cards_cut_lead_goes_with_the_card() -> None:
    """"Lesen Sie auch", the card's date, its title and its lead cut short ("... war am 14.
    ...") between two paragraphs of Vatican News's report: the whole card is a link, the
    lead too; the article goes on under it."""
    [story] = _stories(_read("vaticannews-schick-kolbe-2022.txt"))
    assert "Mit einem Gottesdienst und einer Festveranstaltung" not in story["text"]
    assert "Praktische Solidarität mit den Opfern" in story["text"]


def test_a_lone_articles_date_under_its_tags_dates_it() -> None:
    """Vatican News prints the day under the article's tags, over "Senden" and "Drucken",
    and no date over the article: the page's one article takes it. An article dated at its
    head keeps that date."""
    [story] = _stories(_read("vaticannews-schick-kolbe-2022.txt"))
    assert story["published"] == "2022-08-14"
    tags = "Topics\nBridges\nCouncil\nTraffic\n14 March 2024, 15:40\nSend\nPrint\n"
    [story] = _stories("Bridge to close for repairs\n\n" + _BODY + tags)
    assert story["published"] == "2024-03-14"
    [story] = _stories("Bridge to close for repairs\n\nMarch 12, 2024\n\n" + _BODY + tags)
    assert story["published"] == "2024-03-12"


def test_a_pointer_to_the_sites_coverage_behind_a_link_is_chrome() -> None:
    """"Follow our full coverage of the coronavirus pandemic here.": the site's pointer to
    its own coverage, a link's text, closing the story (a real WordPress theme's page in
    the archive sets); a story's sentence that goes on past "here" stays."""
    pointer = "Follow our full coverage of the coronavirus pandemic here.\n\n"
    page = "Bridge to close for repairs\n\nMarch 12, 2024\n\n" + _BODY + pointer
    [story] = _stories(page)
    assert "Follow our full coverage" not in story["text"]
    assert CHROME_RE.match("Lesen Sie hier unsere ganze Berichterstattung zum Krieg")
    assert not CHROME_RE.match("Follow our coverage at https://apnews.com/hub/elections")
    assert not CHROME_RE.match("We will follow our coverage here with more reports next week "
                               "from the trial in Paris as the case goes on.")


def test_a_widgets_failure_message_is_chrome() -> None:
    """A widget telling the reader it failed and to try again, in any language of the
    table ("Es ist ein Fehler aufgetreten, bitte versuchen Sie es später noch einmal",
    Jyllands-Posten's "Forsøg igen senere.", "Prøv igen", "Ingen internetforbindelse"): the
    page's control, no text. A story's technical error asks the reader to retry nothing."""
    texts = [t for s in _stories(_read("jyllandsposten-damsgaard-2023.txt"))
             for t in s["text"].split("\n\n")]
    for line in ("Forsøg igen senere.", "Prøv igen", "Ingen internetforbindelse"):
        assert line not in texts, line
    failure = "Something went wrong. Please check your entries and try again.\n\n"
    sentence = ("The flight could not leave because of a technical error, the airline said, "
                "and passengers were put up in hotels near the airport.\n\n")
    page = ("Bridge to close for repairs\n\nMarch 12, 2024\n\n" + _BODY + sentence + failure
            + "Try again\n")
    [story] = _stories(page)
    assert "Something went wrong" not in story["text"]
    assert "Try again" not in story["text"]
    assert "because of a technical error" in story["text"]


def test_a_live_blogs_closing_lines_are_chrome() -> None:
    """Cork Beo's live blog signs off ("We are logging off for the night but we will be
    back from 7am ...", "Thanks for following our live blog throughout the day."): the
    blog's lines, no entry's text; so in German, French and Spanish. A minister "signing off
    on" a deal is a story's."""
    texts = [t for s in _stories(_read("corkbeo-level3-live-2020.txt"))
             for t in s["text"].split("\n\n")]
    assert "Thanks for following our live blog throughout the day." not in texts
    for line in ("Damit beenden wir unseren Liveblog für heute.",
                 "Ce direct est à présent terminé.", "Aquí termina nuestra cobertura en vivo.",
                 "We're signing off for tonight."):
        assert CHROME_RE.match(line), line
    assert not CHROME_RE.match("We are signing off on the deal today, the minister said.")


def test_a_gallery_controls_label_heads_the_pictures_caption() -> None:
    """"Open this photo in gallery:" over a picture's caption (The Globe and Mail's): the
    control is chrome and the line under it, sentences and credit, the caption; the
    headline above the picture stays the page's."""
    stories = _stories(_read("globeandmail-business-brief-2024.txt"))
    texts = [t for s in stories for t in s["text"].split("\n\n")]
    assert "Open this photo in gallery:" not in texts
    assert not any(t.startswith("Nvidia and Meta chief executives") for t in texts)
    caption = ("Open this photo in gallery:\n\nThe old bridge seen from the river on Monday. "
               "Engineers found cracks in two piers.Jane Doe/The Valley Courier\n\n")
    [story] = _stories("Bridge to close for repairs\n\nMarch 12, 2024\n\n" + caption + _BODY)
    assert story["headline"] == "Bridge to close for repairs"
    assert "The old bridge seen from the river" not in story["text"]


def test_the_writers_address_names_the_site_where_the_notice_names_its_group() -> None:
    """"lauri.nurmi@iltalehti.fi" under the story, "© 2021 Alma Media Suomi Oy" at the foot:
    the © line names the media group behind the site (a row of the groups' table), and the
    writer's address names the site: Iltalehti. A mail service's address names none."""
    [story] = _stories(_read("iltalehti-veikkaus-saarikko-2020.txt"))
    assert story["source"] == "Iltalehti"
    foot = "\n\nJANE DOE\n\n{}\n\n© 2024 Sanoma Media Finland Oy\n"
    [story] = _stories("Bridge to close for repairs\n\nMarch 12, 2024\n\n" + _BODY
                       + foot.format("jane.doe@valleycourier.fi"))
    assert story["source"] == "Valleycourier"
    [story] = _stories("Bridge to close for repairs\n\nMarch 12, 2024\n\n" + _BODY
                       + foot.format("jane.doe@gmail.com"))
    assert story["source"] != "Gmail"


def test_an_ambiguous_dotted_date_reads_day_first_in_a_day_first_language() -> None:
    """"von Klaus-Peter Schöppner, 8.5.12" under CARTA's headline: a German story's dotted
    date writes the day first, 8 May 2012, though 5 August is as possible by the figures
    alone; an English story's "8.5.12" stays unread (a dotted American byline writes the
    month first)."""
    [story] = _stories(_read("carta-muss-koalition-2012.txt"))
    assert story["published"] == "2012-05-08"
    assert day_first_short_date("von Klaus-Peter Schöppner, 8.5.12") == "2012-05-08"
    assert day_first_short_date("8/5/12") is None
    body = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem nächsten Monat für "
            "Reparaturen zu sperren, nachdem Ingenieure Risse in zwei Pfeilern gefunden haben.\n\n"
            "Der Verkehr wird über die Ringstraße umgeleitet, solange die Arbeiten dauern, und "
            "die Busse sollen öfter fahren, um den längeren Weg auszugleichen.\n\n")
    [story] = _stories("Brücke wird gesperrt\n\nvon Jana Berg, 8.5.12\n\n" + body)
    assert story["published"] == "2012-05-08"
    [story] = _stories("Bridge to close for repairs\n\nBy Jane Doe, 8.5.12\n\n" + _BODY)
    assert story["published"] is None
