"""Round 53: local news portals' front pages (a slider of cut teasers over the list that
prints them longer, a news ticker of dated titles over teasers that print the day alone,
a calendar box, a masthead of editors in Bengali, advertisers' cards closed by their
telephone numbers) and a site's name read from its web address as the page writes it.
Round dumps49's pages (``fixtures/real/dumps``, SOURCES.md: NewsChittagong24, Lazialità,
EordaiaLive), and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _lead(topic: str) -> str:
    return (f"The council said on Thursday that {topic} would be decided at its next "
            "meeting, after residents asked for more time to read the plans. The mayor "
            "told reporters the vote would go ahead in any case.")


def test_a_lower_case_footer_address_names_the_site_as_its_pages_write_it() -> None:
    """A footer giving the site's web address in lower case before its tagline
    ("lazialità.it - Il giornale dei tifosi Laziali sul web") spells a link, not the name:
    the source is the name as the page's own lines write it ("Abbonati a Lazialità",
    "— Lazialità (@Lazialita1985)")."""
    stories = _stories(_read("lazialita-notizia-del-giorno-2016.txt"))
    assert len(stories) > 10
    assert {s["source"] for s in stories} == {"Lazialità"}
    page = ("HOME\nNEWS & LIVE!\nCalciolive Store\nAbbonati a Calciolive\nCONTATTI\n\n"
            "Lazio and Roma draw in the derby\n\n" + _lead("the stadium plan") + "\n\n"
            "— Calciolive (@calciolive1985) 10 marzo 2016\nCalciolive YouTube Channel\n\n"
            "calciolive.it - Il giornale dei tifosi sul web | Tutti i diritti riservati\n")
    [story] = _stories(page)
    assert story["source"] == "Calciolive"


def test_a_capitalised_address_is_the_name_where_each_form_is_written_as_often() -> None:
    """The title's "NewsChittagong24.Com" and the © line's "newschittagong24", each
    written once: the capitalised spelling is the site's name."""
    stories = _stories(_read("newschittagong24-amader-chattogram-2016.txt"))
    assert {s["source"].casefold() for s in stories} == {"newschittagong24.com"}


def test_a_sliders_cut_teasers_are_copies_of_the_list_that_prints_them_longer() -> None:
    """A slider's cards, each a title over its lead cut at a hundred characters ("...",
    fewer than fifteen words in Bengali), are shown again below with longer leads: each
    story once, its text the longer lead; the calendar box and the masthead's editors
    under them are no story's text."""
    text = _read("newschittagong24-amader-chattogram-2016.txt")
    stories = _stories(text)
    heads = [s["headline"] for s in stories]
    assert len(heads) == len(set(heads)) == 15
    lines = text.splitlines()
    cut, longer = lines[65], lines[133]  # the slider's fourth lead and the list's
    assert cut.endswith("...") and longer.startswith(cut[:-3])
    [bus] = [s for s in stories if s["headline"] == lines[63]]
    assert bus["text"].startswith(longer[:200])
    assert not any("সম্পাদক:-" in s["text"] or "26 27 28" in s["text"] for s in stories)


def test_a_calendar_boxs_grid_of_days_is_no_text() -> None:
    """An archive box's month over its grid of days, pasted as a table ("1 2 3 4" /
    "5 6 7 ... 11" / ... / "26 ... 31"): furniture, never a story's text."""
    page = ("Council delays the stadium vote\n\n" + _lead("the stadium plan") + "\n\n"
            + _lead("the bridge") + "\n\nOld issues of the Example Times\nMarch 2016\n"
            "S\tS\tM\tT\tW\tT\tF\n« Feb\n"
            " \t1\t2\t3\t4\n5\t6\t7\t8\t9\t10\t11\n12\t13\t14\t15\t16\t17\t18\n"
            "19\t20\t21\t22\t23\t24\t25\n26\t27\t28\t29\t30\t31\n\n© 2016 Example Times\n")
    [story] = _stories(page)  # (the box's label over no text heads no story)
    assert story["headline"] == "Council delays the stadium vote"
    assert "12 13 14" not in story["text"] and "31" not in story["text"]


def test_a_bengali_mastheads_editors_are_its_imprint() -> None:
    """The footer's editors, publisher and offices in Bengali ("সম্পাদক:- ...",
    "প্রকাশক:- ...", "বাণিজ্যিক কার্যালয়: ...") are the site's imprint, no story's."""
    from normalizer.cues.openers import IMPRINT_LINE_RE
    for line in ("সম্পাদক:- কাজী আবুল মনসুর। নির্বাহী সম্পাদক:- মির্জা ইমতিয়াজ শাওন।",
                 "প্রকাশক:- পারভেজ মনিরা আকতার।", "संपादक: राम कुमार"):
        assert IMPRINT_LINE_RE.match(line), line
    assert not IMPRINT_LINE_RE.match("সম্পাদকের সঙ্গে বৈঠক করেছেন মেয়র")


def test_a_tickers_titles_head_the_teasers_that_print_their_day_alone() -> None:
    """A local portal lists its news twice: a ticker of titles after their day
    ("18/03/2016 Συνεδρίαση ...") and then the teasers, each title over its day alone and
    its lead, shown again in a box further down. The ticker's day tells the teaser's title
    for a headline (EordaiaLive's council meeting was a link)."""
    stories = _stories(_read("eordaialive-live-news-2016.txt"))
    council = [s for s in stories if s["headline"]
               == "Συνεδρίαση Οικονομικής Επιτροπής της Περιφέρειας Δυτικής Μακεδονίας"]
    assert len(council) == 1
    assert council[0]["text"].startswith("ΘΕΜΑ: 12η Πρόσκληση σε συνεδρίαση")
    titles = ["Council delays the stadium vote", "Bridge repairs to start in May",
              "New bus line links the two hospitals"]
    topics = ["the stadium plan", "the bridge", "the bus line"]
    ticker = "".join(f"18/03/2016 {t}\n" for t in titles)
    teasers = "".join(f"{t}\n18/03/2016\n\n{_lead(p)}\n\n"
                      for t, p in zip(titles, topics, strict=True))
    box = "Popular\n" + "".join(f"{t}\n18/03/2016\n\n" for t in titles)
    stories = _stories("Live News\n" + ticker + "\n" + teasers + box + "\n© 2016 Example\n")
    assert [s["headline"] for s in stories] == titles
    assert all(s["published"] == "2016-03-18" for s in stories)


def test_an_advertisers_card_closed_by_its_telephone_number_is_no_text() -> None:
    """An ad box's card, a business's name and address closed by its number ("ΑΦΟΙ Κ.
    ΚΟΥΓΙΟΥΜΤΖΟΓΛΟΥ ... Πτολεμαΐδα τηλ: 2463022326"), and a call to click the picture
    ("Coffee Brown-Κλικ στην Εικόνα!") are promos; the site's own "Tel.: ..." line stays
    its contact box's chrome."""
    page = ("Council delays the stadium vote\n\n" + _lead("the stadium plan") + "\n\n"
            "Smith Brothers Hardware, 25 Main Street, Springfield tel: 2463022326\n\n"
            "Coffee Corner - Click on the image!\n\n" + _lead("the bridge") + "\n\n"
            "© 2016 Example Times\n")
    [story] = _stories(page)
    assert "Smith Brothers" not in story["text"] and "Click on the image" not in story["text"]
    record = normalize_text(page + "Tel.: +352 54 71 31-1\n", _URL)
    kinds = {r["text"]: r["kind"] for r in record["removed"]}
    card = "Smith Brothers Hardware, 25 Main Street, Springfield tel: 2463022326"
    assert kinds.get(card) == "promo"
    assert kinds.get("Tel.: +352 54 71 31-1") != "promo"


def test_a_match_reports_scorers_with_their_teams_initials_are_no_caption() -> None:
    """A match report's first line names the scorers, each with his team's initial in
    brackets ("Marcatori: 59′ Parolo (L), 62′ Öztekin (G), 72′ Klose (L)"): the report's
    text, though "(L)" marks a side in a caption (Lazialità's two match sheets were lost)."""
    stories = _stories(_read("lazialita-notizia-del-giorno-2016.txt"))
    [sheet] = [s for s in stories if s["headline"].startswith("Lazio-Galatasaray 3-1, il tab")]
    assert "Marcatori: 59′ Parolo (L)" in sheet["text"]
    page = ("City beat United in the derby\n\n12 March 2016\n\n"
            "City-United 3-1   Scorers: 12′ Smith (C), 40′ Jones (U), 66′ Brown (C), "
            "81′ Green (C)   CITY (4-3-3): Hart; Clark, Stone, Walker; Silva, Toure; Aguero. "
            "Subs: Caballero, Kolarov.\n\n" + _lead("the stadium plan") + "\n")
    [story] = _stories(page)
    assert story["text"].startswith("City-United 3-1 Scorers:")


def test_a_line_up_takes_the_language_of_the_pages_other_stories() -> None:
    """A story that is a match's line-ups, names all through ("Galatasaray (4-2-3-1):
    Muslera; Denayer, Hakan, ... A disp. Bilal, Yasin, ..."), longer than a short list of
    names, is in the language of the page's other stories: the detector reads the names'
    (English), not the page's Italian."""
    stories = _stories(_read("lazialita-notizia-del-giorno-2016.txt"))
    assert {s["language"] for s in stories} == {"it"}


def test_a_print_issues_sale_date_is_a_promo() -> None:
    """A magazine's line announcing its print issue on sale ("IN EDICOLA A ROMA DA VENERDI
    11 E IN TUTTA ITALIA DA MARTEDI 15 MARZO !", "Jetzt am Kiosk") is the publisher's promo,
    no story's text; a story saying a book is in the shops in its prose keeps the line."""
    stories = _stories(_read("lazialita-notizia-del-giorno-2016.txt"))
    assert not any("IN EDICOLA" in s["text"] for s in stories)
    page = ("Council delays the stadium vote\n\n" + _lead("the stadium plan") + "\n\n"
            "JETZT AM KIOSK: DIE NEUE AUSGABE MIT ALLEN SPIELEN DER SAISON UND DEM GROSSEN "
            "POSTER!\n\n" + _lead("the bridge") + "\n\n"
            "In edicola da domani il libro del sindaco, che racconta la storia del ponte e "
            "dei lavori che la città aspetta da anni.\n")
    [story] = _stories(page)
    assert "KIOSK" not in story["text"] and "In edicola da domani il libro" in story["text"]


def test_a_tickers_dated_titles_are_a_list_though_some_shout_or_run_on() -> None:
    """A ticker of titles each after its day ("18/03/2016 ..."), some shouting ("...
    ΤΩΡΑ!!!"), trailing off ("... ΠΤΟΛΕΜΑΙΔΑΣ....") or written as a sentence, is one list:
    none of its lines is a story's text (EordaiaLive's ticker was read as a story)."""
    text = _read("eordaialive-live-news-2016.txt")
    ticker = [line for line in text.splitlines()[21:61] if line[:2].isdigit()]
    assert len(ticker) == 40
    stories = _stories(text)
    assert not any(line in s["text"] for s in stories for line in ticker)
    titles = ["Council delays the stadium vote", "Bridge repairs to start in May!!!",
              "New bus line links the two hospitals....", "Schools close early for the "
              "holidays. Parents were told on Friday.", "Market moves to the old square"]
    page = ("Latest\n" + "".join(f"18/03/2016 {t}\n" for t in titles) + "\n"
            "Council delays the stadium vote\n\n12 March 2016\n\n" + _lead("the stadium plan")
            + "\n\n" + _lead("the bridge") + "\n")
    [story] = _stories(page)
    assert story["headline"] == "Council delays the stadium vote"
    assert "18/03/2016" not in story["text"]


def test_teasers_shaped_title_day_lead_are_stories_though_a_title_shouts() -> None:
    """A portal's teasers, each a title over its day alone over its lead, three or more:
    each title heads its lead, though it shouts ("ΕΡΓΑΤΙΚΗ ΑΛΛΗΛΕΓΓΥΗ-... ΤΩΡΑ!!!") and so
    reads as a sentence. A comment's "NAME says:" over its date and clock heads nothing."""
    heads = {s["headline"] for s in _stories(_read("eordaialive-live-news-2016.txt"))}
    assert "ΕΡΓΑΤΙΚΗ ΑΛΛΗΛΕΓΓΥΗ-ΑΓΩΝΑΣ ΓΙΑ ΠΕΝΘΗΜΕΡΟ ΜΕ 5Η ΦΥΛΑΚΗ ΚΑΙ ΣΤΑ ΟΡΥΧΕΙΑ ΤΩΡΑ!!!" in heads
    assert "Δυτική Μακεδονία: Συνάντηση με τον υφυπουργό Υγείας" in heads
    # (a title's "για … αφορολόγητο" runs on in lower case; its lead is one sentence)
    assert "Πτολεμαΐδα: Συλλαλητήριο ΣΕΕΕΝ" in heads
    assert "Προς συμφωνία για … αφορολόγητο 9.333 € και αύξηση φόρων στα εισοδήματα άνω των " \
        "20.000 €!" in heads
    titles = ["Council delays the stadium vote!!!", "Bridge repairs to start in May",
              "Bus line to link the hospitals!"]
    topics = ["the stadium plan", "the bridge", "the bus line"]
    page = "".join(f"{t}\n18 March 2016\n\n{_lead(p)}\n\n"
                   for t, p in zip(titles, topics, strict=True))
    assert [s["headline"] for s in _stories(page + "© 2016 Example\n")] == titles
    comments = "".join(f"{n} says:\nDecember 20, 2016 at 12:3{k} pm\n\n{_lead(p)}\n\n"
                       for k, (n, p) in enumerate(zip(["Anna", "Bob", "Carl"], topics,
                                                      strict=True)))
    stories = _stories("Council delays the stadium vote\n\n" + _lead("the vote") + "\n\n"
                       + "Comments\n\n" + comments)
    assert not any(s["headline"] and s["headline"].endswith("says:") for s in stories)


def test_a_control_run_into_its_caption_after_a_slash_is_the_caption() -> None:
    """Ars Technica's picture: its alt text, then "Enlarge / " run into the caption, then
    its credit closed by a licence ("Hyun-Tak Kim (CC BY 4.0)"): none of them text."""
    [story] = _stories(_read("ars-superconductor-2023.txt"))
    for line in ("Pellet of LK-99 being repelled by a magnet.", "Hyun-Tak Kim (CC BY 4.0)"):
        assert line not in story["text"]
    page = ("Council delays the stadium vote\n\n" + _lead("the stadium plan") + "\n\n"
            "The old bridge at dawn.\n\nEnlarge / The old bridge at dawn.\n\n"
            "Jane Doe (CC BY-SA 4.0)\n\n" + _lead("the bridge") + "\n")
    [story] = _stories(page)
    assert "bridge at dawn" not in story["text"] and "CC BY" not in story["text"]
    assert story["text"].count("The council said") == 2


def test_a_bare_read_label_before_a_title_is_a_link() -> None:
    """The Atlantic's links inside the article, "Read: The uncontrollable rise of wedding
    sprawl", are related links; the illustrations' alt texts in lower case
    ("illustration of tower of appetizers") are no text either."""
    [story] = _stories(_read("atlantic-wedding-planner-2023.txt"))
    assert "Read: The uncontrollable rise of wedding sprawl" not in story["text"]
    assert "illustration of tower of appetizers" not in story["text"]
    page = ("Council delays the stadium vote\n\n" + _lead("the stadium plan") + "\n\n"
            "Read: Why the bridge matters\n\nphoto of the old bridge at dawn\n\n"
            + _lead("the bridge") + "\n")
    [story] = _stories(page)
    assert "Read: Why" not in story["text"] and "photo of the old" not in story["text"]


def test_the_sites_ask_after_the_article_whether_it_was_liked_is_a_promo() -> None:
    """The site's ask under the article, opening with whether the reader liked it or read
    this far ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns ...", "Si
    llegaste hasta acá...", "喜欢这篇文章？去 App 商店搜 好奇心日报 ..."), is a promo."""
    for name, line in (("israelnachrichten-bennett-2021.txt", "Hat Ihnen dieser Artikel"),
                       ("pagina12-home-article-2022.txt", "Si llegaste hasta acá"),
                       ("qdaily-hater-dating-app-2017.txt", "喜欢这篇文章")):
        assert not any(line in s["text"] for s in _stories(_read(name))), name
    page = ("Council delays the stadium vote\n\n" + _lead("the stadium plan") + "\n\n"
            + _lead("the bridge") + "\n\nDid you like this article? Share it with a friend "
            "and support local news.\n")
    [story] = _stories(page)
    assert "Did you like" not in story["text"]


def test_a_picture_services_title_case_credit_is_a_credit() -> None:
    """"Imago/Blaulicht-News.de" under the standfirst credits the picture (the service
    spelt in title case, as German sites print it), as "IMAGO/..." does."""
    stories = _stories(_read("derstandard-kalifat-2024.txt"))
    assert not any("Imago/Blaulicht" in s["text"] for s in stories)
