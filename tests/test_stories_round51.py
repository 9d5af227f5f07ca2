"""Round 51: how local papers credit their staff and the wires ("From staff and wire
reports", a theme's glued "Posted By: ... on: ... In: ..." line), a wire photo's caption
over the byline, a title over a subtitle the page shows again under its date, an embedded
video's consent box, and a site naming its brand beside its web address. Round dumps47's
pages (``fixtures/real/dumps``, SOURCES.md: Las Vegas Sun, Trussville Tribune,
Hardwareluxx, Puremédias), and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import SELF_DESCRIBED_RE
from normalizer.cues.text import CHROME_RE, POSTED_FIELDS_RE, STAFF_REPORTS_LINE_RE
from normalizer.pipeline import normalize_text

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


def test_a_staff_and_wire_reports_line_is_a_credit_not_a_headline() -> None:
    """"From staff and wire reports" under the headline, over the "Published ..." lines:
    the paper's credit, no story's title (the Las Vegas Sun's report was two stories, the
    second headed by the credit)."""
    [story] = _stories(_read("lasvegassun-raiders-lease-2017.txt"))
    assert story["headline"].startswith("Lease: No rent for Las Vegas Raiders")
    assert story["credits"] == ["AP"]
    assert story["published"] == "2017-04-20"
    for line in ("From staff and wire reports", "From The Tribune staff reports",
                 "Times staff and wire reports", "Compiled from wire reports",
                 "From news services"):
        assert STAFF_REPORTS_LINE_RE.match(line), line
    for line in ("Police reports", "Weather reports", "From the reports"):
        assert not STAFF_REPORTS_LINE_RE.match(line), line
    page = ("Bridge to close for repairs\n\nFrom staff and wire reports\n\n"
            "Published Tuesday, March 14, 2023\n\n" + _BODY)
    [story] = _stories(page)
    assert story["headline"] == "Bridge to close for repairs"
    assert "staff and wire" not in story["text"]


def test_a_wire_photos_caption_over_the_byline_is_no_text() -> None:
    """Between the headline and the credit and date lines, a paragraph telling what a
    picture shows "on Thursday, April 20, 2017" (the wire's caption style): the caption,
    not the story's first paragraph. A standfirst there, dating nothing so, stays text."""
    [story] = _stories(_read("lasvegassun-raiders-lease-2017.txt"))
    assert not story["text"].startswith("A fan wears")
    assert story["text"].startswith("The Oakland Raiders would not pay rent")
    caption = ("Workers inspect a pier of the old bridge on Monday, March 13, 2023. The "
               "bridge will close next month.")
    page = ("Bridge to close for repairs\n\n" + caption + "\n\nBy Jane Doe\n\n"
            "March 14, 2023\n\n" + _BODY)
    [story] = _stories(page)
    assert caption not in story["text"]
    assert story["text"].startswith("The council voted on Tuesday")
    deck = "Engineers found cracks in two piers. The repairs will take until spring."
    [story] = _stories(page.replace(caption, deck))
    assert story["text"].startswith(deck)


def test_a_themes_glued_fields_line_dates_the_post_and_names_its_writer() -> None:
    """"Posted By: Hannah Curranon: March 02, 2022In: Education, ..." (a theme's labels run
    into the fields before them): the post's date line and its writer, and the title above
    it heads the story, not the "From The Tribune staff reports" credit under it."""
    [story] = _stories(_read("trussvilletribune-center-point-scholarships-2022.txt"))
    assert story["headline"] == "Three Center Point students received academic scholarships"
    assert story["byline"] == ["Hannah Curran"]
    assert story["published"] == "2022-03-02"
    m = POSTED_FIELDS_RE.match("Posted By: Hannah Curranon: March 02, 2022In: Education, News")
    assert m is not None and m.group("name").strip() == "Hannah Curran"
    assert POSTED_FIELDS_RE.match("Posted by: Jane Doe on: May 1, 2021") is not None
    assert POSTED_FIELDS_RE.match("Posted by the council on its site") is None
    page = ("Bridge to close for repairs\nPosted By: Jane Doeon: March 14, 2023In: Local News, "
            "Traffic\n\n" + _BODY)
    [story] = _stories(page)
    assert story["headline"] == "Bridge to close for repairs"
    assert story["byline"] == ["Jane Doe"]
    assert story["published"] == "2023-03-14"
    assert not story["source"] or "Posted" not in story["source"]


def test_a_title_over_a_subtitle_shown_again_under_the_date_heads_the_article() -> None:
    """"Half-Life mit Raytracing" over "Mod gibt dem 25 Jahr alten Shooter neuen Glanz",
    the byline and date under them, and the subtitle shown again under the date: the
    subtitle is the page's summary, the title heads the story and the subtitle is its
    first text. A section's short name over the title ("عربي ودولي") is a kicker still."""
    [story] = _stories(_read("hardwareluxx-half-life-raytracing-2023.txt"))
    assert story["headline"] == "Half-Life mit Raytracing"
    assert story["text"].startswith("Mod gibt dem 25 Jahr alten Shooter neuen Glanz")
    assert story["byline"] == ["Bernd Schneider"]
    [story] = _stories(_read("almadina-coronavirus-2020.txt"))
    assert story["headline"] != "عربي ودولي"


def test_an_embedded_videos_consent_box_is_no_text() -> None:
    """"Datenschutzhinweis für Youtube" over "An dieser Stelle möchten wir Ihnen ein
    Youtube-Video zeigen. ... Youtube setzt ... Cookies ...": the player's consent box,
    chrome; a story's sentence on cookies, addressing no reader, stays."""
    [story] = _stories(_read("hardwareluxx-half-life-raytracing-2023.txt"))
    assert "Youtube" not in story["text"]
    assert "Datenschutzhinweis" not in story["text"]
    box = ("Privacy notice for YouTube\n\nWe would like to show you a YouTube video here. "
           "YouTube sets cookies on your computer when it is embedded, which may track you. "
           "Click the play button if you agree.\n\n")
    said = ("Regulators said the video platform had set tracking cookies on millions of "
            "computers without asking, and opened an inquiry on Monday.\n\n")
    [story] = _stories("Bridge to close for repairs\n\nBy Jane Doe\n\n" + _BODY + box + said)
    assert "play button" not in story["text"]
    assert "Privacy notice" not in story["text"]
    assert "Regulators said the video platform" in story["text"]


def test_a_brand_named_beside_its_web_address_names_the_site() -> None:
    """The footer's "Conditions Générales de l'offre payante PureMédias (ozap.com)", with
    "Puremédias" alone, "Puremédias sur mobile" and "Abonnez-vous à l’actu Puremedias": the
    site calls itself Puremédias (its address is an older name), spelled as its own line
    spells it."""
    [story] = _stories(_read("ozap-salut-les-terriens-2017.txt"))
    assert story["source"] == "Puremédias"


def test_a_sites_footer_describing_itself_names_the_page() -> None:
    """"Der Landesspiegel ist eine Online-Zeitung in Liechtenstein." in the footer, the name
    on other lines too (its logo's, "von Landesspiegel 30. Juni 2025"): the page's name;
    "Vegolosi.it è una testata giornalistica registrata ..." over "Cerca su Vegolosi" too.
    A story's sentence about a paper or a journalist names no site."""
    [story] = _stories(_read("landesspiegel-rotary-2025.txt"))
    assert story["source"] == "Landesspiegel"
    [story] = _stories(_read("vegolosi-climate-clock-2020.txt"))
    assert story["source"] == "Vegolosi.it"
    for line, name in (("Der Landesspiegel ist eine Online-Zeitung in Liechtenstein.",
                        "Landesspiegel"),
                       ("The Daily Planet is an independent newspaper serving Metropolis.",
                        "Daily Planet"),
                       ("Vegolosi.it è una testata giornalistica registrata presso il "
                        "Tribunale di Milano", "Vegolosi.it")):
        m = SELF_DESCRIBED_RE.match(line)
        assert m is not None and m.group("name") == name, line
    for line in ("The mayor is a keen reader of the newspaper.",
                 "the paper is a daily read", "Police said the suspect is a journalist."):
        assert SELF_DESCRIBED_RE.match(line) is None, line


def test_a_row_of_network_names_is_chrome() -> None:
    """"Facebook Instagram Twitter Youtube Whatsapp Telegram" under "Síguenos" (a row of
    buttons) is no story's line nor its headline; a Japanese headline opening with a
    network's name is kept."""
    stories = _stories(_read("latribuna-fraudes-envios-2022.txt"))
    assert all("Whatsapp Telegram" not in (s["headline"] or "") + s["text"] for s in stories)
    [story] = _stories("InstagramやTwitterの認証バッチ悪用する攻撃\n\n" + _BODY)
    assert story["headline"] == "InstagramやTwitterの認証バッチ悪用する攻撃"
    page = ("Bridge to close for repairs\n\n" + _BODY
            + "Follow us\nFacebook Instagram Twitter Youtube\n")
    [story] = _stories(page)
    assert "Instagram" not in story["text"]


def test_furniture_lines_atop_or_inside_a_page_are_no_headline() -> None:
    """A publisher's credit atop a local site ("Product of Caxton Local Media"), a
    subscription offer run into its button ("Special offer: ... 3 months for $10.
    Subscribe"), a read-aloud call ("¿Cansado de leer?Haz click y te la leemos nosotros")
    and Daum's machine-summary notice ("자동요약 기사 제목과 ...") are chrome: the Zulu local
    paper's story keeps its own headline."""
    [story] = _stories(_read("eyethu-imbali-2025.txt"))
    assert story["headline"] == "Isihluku kubulawa isaguga eMbali"
    for name, line in (("newrepublic-twitter-2016.txt", "Special offer"),
                       ("andaluciainformacion-imbroda-2020.txt", "Cansado de leer"),
                       ("daum-dailian-jigeomjang-2024.txt", "자동요약")):
        stories = _stories(_read(name))
        assert all(line not in (s["headline"] or "") + s["text"] for s in stories), name
    page = "Product of Example Local Media\nBridge to close for repairs\n\n" + _BODY
    [story] = _stories(page)
    assert story["headline"] == "Bridge to close for repairs"
    [story] = _stories("Product of the year awards go to a bridge\n\n" + _BODY)
    assert story["headline"] == "Product of the year awards go to a bridge"


def test_a_live_blogs_pointer_to_its_updates_and_a_newsletter_boxs_terms_are_chrome() -> None:
    """"Follow along with the latest updates below.", "THIS IS A LIVE BLOG. SCROLL DOWN FOR
    THE LATEST UPDATES." and "We'll bring you all of today's updates ... in our live blog
    below." point at the blog's entries: no entry's text. A regional site's sign-up box,
    "Every day we'll send you a roundup email ..." and "You can unsubscribe from this
    service at any time. ...", is its newsletter's. An update's headline saying "below"
    inside it stays ("... as R number drops below one")."""
    for name, line in (("mirror-riots-live-2024.txt", "Follow along with the latest updates"),
                       ("express-sussex-live-2024.txt", "SCROLL DOWN FOR THE LATEST"),
                       ("corkbeo-level3-live-2020.txt", "in our live blog below"),
                       ("corkbeo-level3-live-2020.txt", "roundup email"),
                       ("corkbeo-level3-live-2020.txt", "unsubscribe from this service")):
        stories = _stories(_read(name))
        assert all(line not in s["text"] for s in stories), (name, line)
    assert not CHROME_RE.match("Coronavirus Ireland update: 444 new cases and eight deaths as "
                               "R number drops below one")
    page = ("Storm live: the latest\n\nFollow along with the latest updates below.\n\n" + _BODY)
    [story] = _stories(page)
    assert "Follow along" not in story["text"]
    assert story["text"].startswith("The council voted on Tuesday")


def test_a_title_over_the_first_paragraph_with_only_its_picture_between_heads_it() -> None:
    """"Office for Budget Responsibility: What is the OBR and what does it do?" (taken for
    chrome, the page shows it twice) over its picture's caption and credit, then the
    explainer's first paragraph, no date line near: the headline, not a headless story."""
    stories = _stories(_read("bbc-obr-explainer-2024.txt"))
    assert stories[0]["headline"] == ("Office for Budget Responsibility: What is the OBR and "
                                      "what does it do?")
    assert stories[0]["text"].startswith("The Office for Budget Responsibility (OBR) monitors")


def test_a_title_bar_over_the_plain_headline_gives_way_to_it() -> None:
    """"Haberler Gündem Türkiye'de orman yangınları! Yangınlarda son durum! - Güncel
    haberler" (a trail's words, the headline, the site's tagline after a dash) over
    "Türkiye'de orman yangınları! Yangınlarda son durum!": the plain line is the headline."""
    stories = _stories(_read("haberturk-aa-yangin-2024.txt"))
    assert stories[0]["headline"] == "Türkiye'de orman yangınları! Yangınlarda son durum!"
    page = ("News Local Bridge to close for repairs - Example Times\n"
            "Bridge to close for repairs\n\n" + _BODY)
    [story] = _stories(page)
    assert story["headline"] == "Bridge to close for repairs"


def test_a_quoted_short_title_over_a_dated_lead_heads_a_teaser() -> None:
    """"“BOMBAS”" (a column's name in quotes) over its lead and "27 abril, 2022": a teaser's
    headline however short, as its neighbours' longer titles are; the box's teasers are
    four stories with the article, the network row under them none."""
    stories = _stories(_read("latribuna-fraudes-envios-2022.txt"))
    assert [s["headline"] for s in stories] == [
        "Alertan contra fraudes con falsos envíos de productos",
        "Toman carretera por falta de mantenimiento", "Se opone a asalto y lo ultiman a tiros",
        "“BOMBAS”"]
