"""Round 56: an online magazine's front page (each teaser a title, a lead, its writer's
name, "heute, 18:00 Uhr" and a comment count; the first under the page's menus), a news
explainer whose lists run under colon-ended paragraphs, a blog post closed by a shop's
price table. Round dumps52's pages (``fixtures/real/dumps``, SOURCES.md: Telepolis,
Merkur, Caschys Blog), and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date, split_date_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_day_word_with_a_clock_time_is_a_date_line_of_no_known_day() -> None:
    """"heute, 18:00 Uhr", "gestern, 17:35 Uhr", "Today at 6:14 pm", "ayer 10:30": a date
    line (metadata, never a story's text) whose day the page alone does not give."""
    for line in ("heute, 18:00 Uhr", "gestern, 17:35 Uhr", "Today at 6:14 pm",
                 "yesterday, 10:00", "ayer 10:30", "hier à 18h30", "včera 14:40"):
        assert split_date_line(line) == (True, ""), line
        assert parse_date(line) is None, line
    for line in ("Heute im Blick: 12:00", "Today 2020 was a good year", "heute"):
        assert not split_date_line(line)[0], line


_TEASERS = [
    ("Stadtrat beschließt neuen Radweg am Fluss",
     "Die Strecke soll bis zum Herbst fertig sein", "Anna Berger", "heute, 18:00 Uhr", "12"),
    ("Bäckerei schließt nach hundert Jahren",
     "Der letzte Inhaber findet keinen Nachfolger", "Peter Mühlbauer", "heute, 15:30 Uhr", "4"),
    ("\"Wir brauchen mehr Lehrer\"",
     "Eltern fordern kleinere Klassen an den Grundschulen", "Jens Mattern",
     "gestern, 17:35 Uhr", "88"),
    ("Neue Buslinie verbindet die Vororte",
     "Ab Montag fährt der Bus alle zwanzig Minuten", "Thomas Pany", "gestern, 09:00 Uhr", "3"),
]


def _front_page() -> str:
    lines = ["Anmelden", "Mein Account", "Politik", "Wirtschaft", "Kultur & Medien", "3 Kommentare",
             "mit Video"]
    for title, lead, writer, when, count in _TEASERS:
        lines += [title, "", lead, "", writer, when, count]
    lines += ["Neuere Ältere", "Impressum", "Copyright © 2020 Example Medien"]
    return "\n".join(lines) + "\n"


def test_each_teaser_of_a_front_page_is_a_story_with_its_lead() -> None:
    """Teasers in one shape again and again (a title, a one-line lead that is no sentence,
    the writer's name, "heute, 18:00 Uhr", a comment count): each is a story, its title the
    headline and its lead the text, even the first right under the page's menus and a
    title in quotation marks of two words; the writer's name and the counts are chrome."""
    stories = _stories(_front_page())
    assert [(s["headline"], s["text"]) for s in stories] \
        == [(title, lead) for title, lead, *_ in _TEASERS]


def test_a_capitalised_box_label_over_an_ad_date_is_no_writer() -> None:
    """Once or twice a line of capitalised words over a date ("Broadband Plans" over an
    ad's "18 Dec") is a box's label, not a teaser's writer: only a page that repeats the
    shape (title, lead, name, date) three times has writers' lines."""
    stories = _stories(_read("smh-female-quota-2010.txt"))
    headlines = [s["headline"] for s in stories]
    assert "Compare all Term Deposits" not in headlines
    assert "Compare all Savings Accounts" not in headlines


def test_the_magazine_front_page_gives_each_dated_teaser_a_story() -> None:
    """Telepolis's front page of 13 November 2020: fifteen dated teasers (title, lead,
    writer, "heute, 18:00 Uhr", comments), each a story with its lead; the first under the
    page's menus and the video column's teaser, two under titles in quotation marks."""
    stories = _stories(_read("telepolis-home-2020.txt"))
    assert len(stories) >= 15
    by_head = {s["headline"]: s["text"] for s in stories}
    assert by_head["\"Wegen\" oder \"mit\" COVID-19?"] \
        == "Die Zahl der Corona-Intensivpatienten steigt weiter dramatisch"
    assert by_head["\"Zunehmend sektenartig\""].startswith("Ernsthafte Gefahr für den Staat")
    assert by_head["Vattenfall-Urteil: Mehr Steuergelder an die Stromkonzerne"] \
        == "Bundesverfassungsgericht gibt Entschädigungs-Klage statt"
    assert not any(s["text"] in ("Thomas Pany", "Peter Mühlbauer") for s in stories)


def test_a_media_groups_copyright_leaves_the_page_named_by_its_own_lines() -> None:
    """"Copyright © 2020 Heise Medien" (a media group, though the outlets table knows its
    flagship by the group's word "Heise") names the company behind the site: the stories
    are the magazine's the page's own lines name ("Hellwach mit Telepolis",
    "Telepolis-Kaffee"), not the flagship's."""
    stories = _stories(_read("telepolis-home-2020.txt"))
    assert {s["source"] for s in stories} == {"Telepolis"}


_EXPLAINER = "\n".join([
    "Talks in Berlin: who wants what in the search for peace?", "",
    "Stand: 13.12.2025, 22:55 Uhr", "",
    "Berlin – Talks on the war open on Sunday in the capital, and the president of the country "
    "arrives on Monday. But who actually wants what in these complex negotiations, and which "
    "of the demands can be met at all?", "",
    "United States: pressure for a quick solution", "",
    "The United States, represented by a special envoy, play a key role in the talks. The "
    "president presses for an agreement and sees the country at a disadvantage on the "
    "battlefield. A plan put forward in November is the basis of the talks. The demands of "
    "the United States include:", "",
    "Willingness to compromise over occupied areas",
    "A possible free economic zone in parts of the east",
    "A limit on the armed forces of about 800,000 soldiers",
    "Europe: security and economic pressure", "",
    "The member states, above all the host of the talks, pursue several goals:", "",
    "Stabilising security in the east of the continent",
    "Using frozen assets as a means of pressure",
    "A faster accession of the country to the union", "",
    "The use of the frozen assets for reconstruction is disputed, with concerns about "
    "retaliation. Several governments have asked for legal guarantees first.", "",
    "NATO: restraint over direct engagement", "",
    "The alliance as an organisation keeps out of the direct talks but plays an important "
    "role in the background. The core positions of the alliance include:", "",
    "No immediate membership for the country in sight",
    "Discussion of alternative security guarantees", "",
    "Bringing all these demands together into a working peace proposal will be a huge task. "
    "The chancellor faces the challenge of mediating between the interests as host. (spr/dpa)",
    "", "Auch interessant", "Impressum",
]) + "\n"


def test_lists_under_colon_ended_paragraphs_stay_in_the_story() -> None:
    """An explainer's points, one under another under a paragraph that ends with a colon
    ("The demands of the United States include:", however long the paragraph, two points
    at least), or under a colon line set under a sub-heading: the story's own list, its
    last point heading nothing; the last paragraph signed "(spr/dpa)" (an editor's initials
    and the agency) is the story's end, no photo's caption. One story."""
    stories = _stories(_EXPLAINER)
    assert len(stories) == 1
    text = stories[0]["text"]
    for line in ("A limit on the armed forces of about 800,000 soldiers",
                 "A faster accession of the country to the union",
                 "Discussion of alternative security guarantees",
                 "The chancellor faces the challenge of mediating between the interests as "
                 "host. (spr/dpa)"):
        assert line in text, line


def test_the_explainer_keeps_its_lists_and_signed_last_paragraph() -> None:
    """Merkur's explainer of 13 December 2025: the points under "Konkrete Forderungen der
    USA umfassen:" and under the sub-headed "Präsident Selenskyj vertritt eine klare
    Position für sein Land:" are its text, and so is its last paragraph, "... (spr/dpa)"; a
    sub-heading between a paragraph and one that introduces the article's list ("NATO:
    Zurückhaltung bei direktem Engagement" over "... umfassen:") opens no story: one story."""
    stories = _stories(_read("merkur-ukraine-verhandlungen-2025.txt"))
    assert [s["headline"] for s in stories] \
        == ["Ukraine-Verhandlungen in Berlin: Wer fordert was im Ringen um Frieden?"]
    text = stories[0]["text"]
    assert "Begrenzung der ukrainischen Streitkräfte auf etwa 800.000 Soldaten" in text
    assert "Starke Sicherheitsgarantien gegen erneute russische Aggression" in text
    assert any("vermitteln. (spr/dpa)" in s["text"] for s in stories)
    # (two points one under the other under "... umfassen:", a paragraph of 23 words)
    assert any("Keine unmittelbare NATO-Mitgliedschaft für die Ukraine in Aussicht\n\n"
               "Diskussion über alternative Sicherheitsgarantien" in s["text"] for s in stories)
    assert "Starke Sicherheitsgarantien gegen erneute russische Aggression" \
        not in [s["headline"] for s in stories]


_POST = [
    "Wer noch einen alten Controller in der Schublade liegen hat, sollte ihn jetzt herauskramen. "
    "Bis zum Jahresende lässt sich das Gamepad noch auf Bluetooth umstellen, danach nicht mehr.",
    "Der Controller wird nun als vollwertiges Eingabegerät erkannt. Das bedeutet, dass Tasten "
    "nicht mehr brachliegen und sich frei belegen lassen.",
]


def _post(*box: str) -> str:
    lines = ["Games / Hardware", "Alter Controller: Voller Support kurz vor Ende der Frist", "",
             "von Carsten Dez. 13, 2025 | Kommentieren", ""]
    for p in _POST:
        lines += [p, ""]
    return "\n".join([*lines, *box, "", "Impressum"]) + "\n"


def test_a_shops_price_table_in_a_post_is_the_shops() -> None:
    """A shop's price box pasted as a table (a header row, then rows each with a price and
    the shop's button, "53,99 EUR Bei Amazon ansehen"): the shop's promo, no text; a table
    of figures without the button is no shop's."""
    table = ["#\tVorschau\tProdukt\tPreis",
             "1\t\tWireless Controller - Carbon Black\t53,99 EUR\tBei Amazon ansehen",
             "2\t\tElite Controller Series 2\t127,99 EUR\tBei Amazon ansehen"]
    stories = _stories(_post(*table))
    assert [s["text"] for s in stories] == ["\n\n".join(_POST)]
    assert any(r["kind"] == "promo" and "Bei Amazon ansehen" in r["text"]
               for r in normalize_text(_post(*table), _URL)["removed"])
    figures = ["Jahr\tUmsatz\tGewinn", "2023\t53,99 EUR\t5 EUR", "2024\t127,99 EUR\t7 EUR"]
    assert not any(r["kind"] == "promo" and "127,99" in r["text"]
                   for r in normalize_text(_post(*figures), _URL)["removed"])


def test_a_partner_links_disclosure_and_a_blocked_widgets_notice_are_no_text() -> None:
    """"Transparenz: In diesem Artikel sind Partnerlinks enthalten ... erhalten wir eine
    kleine Provision" (the site's affiliate disclosure, its links a German compound), and a
    widget held back by the reader's settings ("Dieser Inhalt von Outbrain kann aufgrund
    Ihrer Datenschutz-Einstellungen nicht geladen werden.", "(Falls dieser Link nicht
    funktioniert, müssen Sie ggf. Ihre Adblocker-Einstellungen anpassen.)"): no text."""
    box = ["Transparenz: In diesem Artikel sind Partnerlinks enthalten. Durch einen Klick darauf "
           "gelangt ihr direkt zum Anbieter. Solltet ihr euch dort für einen Kauf entscheiden, "
           "erhalten wir eine kleine Provision. Für euch ändert sich am Preis nichts.", "",
           "Auch interessant", "",
           "Dieser Inhalt von Outbrain kann aufgrund Ihrer Datenschutz-Einstellungen nicht "
           "geladen werden.", "", "Datenschutz-Einstellungen ändern", "",
           "(Falls dieser Link nicht funktioniert, müssen Sie ggf. Ihre "
           "Adblocker-Einstellungen anpassen.)"]
    stories = _stories(_post(*box))
    assert [s["text"] for s in stories] == ["\n\n".join(_POST)]
