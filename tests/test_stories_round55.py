"""Round 55: a national paper's page of 2008 (a wire report under a long section menu, its
font-size and print controls, its tool box, a poll and an ad box of sponsored links, then
the paper's boxes of teasers: each a section's label, a title with its lead, and titles
alone), its © line naming only the company behind it. Round dumps51's page
(``fixtures/real/dumps``, SOURCES.md: The Australian), and invented pages of the same
shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.blocks import Block
from normalizer.stories.clean import is_chrome

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
_AUSTRALIAN = "theaustralian-stocks-open-higher-2008.txt"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


_MENU = ["Business", "Markets & Economics", "Mining & Energy", "Banking & Finance",
         "Legal Affairs", "Wealth", "Property", "Opinion", "Features", "Politics"]
_BODY = [
    "THE city's harbour bridge will close for repairs from next month, the transport "
    "department said on Sunday, after engineers found cracks in two of its cables.",
    "The work is expected to take six weeks and will cost about $12 million, the department "
    "said in a statement.",
    "Buses will replace the trains that cross the bridge during the closure, and ferries "
    "will run every ten minutes at the morning and evening peaks.",
]


def _article(*tail: str) -> str:
    """A paper's article page: its section menu running into the headline, the font-size and
    print controls under it, the date, three paragraphs, the agency's sign-off."""
    lines = ["Site Navigation", "", *_MENU, "Harbour bridge to close for repairs",
             "Font Size: Decrease Increase", "Print Page: Print", "", "September 21, 2008", ""]
    for p in _BODY:
        lines += [p, ""]
    lines += ["- AAP", "", *tail, "", "Copyright 2008 Example Media. All times AEST."]
    return "\n".join(lines) + "\n"


def test_the_font_size_and_print_controls_are_chrome_not_the_headline() -> None:
    """"Font Size: Decrease Increase" and "Print Page: Print" under the headline (the last
    line of the section menu above it): the page's controls, so the line over them heads
    the report; "Story Tools" over the share links is their box's heading."""
    for line in ("Font Size: Decrease Increase", "Print Page: Print", "Story Tools",
                 "Article tools"):
        assert is_chrome(Block(text=line)), line
    assert not is_chrome(Block(text="Tax increase to fund the new hospital"))
    stories = _stories(_article("Story Tools", "Share This Article", "Email To A Friend"))
    assert [(s["headline"], s["source"]) for s in stories] \
        == [("Harbour bridge to close for repairs", "AAP")]
    real = _stories(_read(_AUSTRALIAN))
    assert real[0]["headline"] == "Local stocks likely to open higher"
    assert not any(s["headline"] in ("Font Size: Decrease Increase", "Story Tools")
                   for s in real)


_ADS = [("Hurry up & enter to WIN a mower", "to mow, clean, or maintain your home. Entries "
         "close midnight on Sunday"),
        ("Spring sales event", "Our premier sales event is on now. Events like this rarely "
         "strike twice."),
        ("The new wagon is here", "Explore the features. Click here for more info"),
        ("Singapore & Hanoi", "6-night fly stay package from $2,213pp")]


def test_an_ad_boxs_titles_and_taglines_are_no_story() -> None:
    """Under "Advertisement", pairs of lines parted by blank lines, each a sponsored link's
    title and its tagline ("Jaguar XF is here" / "Explore the features. Click here for more
    info"): the ads' lines, though a tagline is a sentence or two; no story of them."""
    box = ["Advertisement"]
    for title, tagline in _ADS:
        box += [title, tagline, ""]
    stories = _stories(_article(*box))
    assert [s["headline"] for s in stories] == ["Harbour bridge to close for repairs"]
    assert not any(tagline in stories[0]["text"] for _, tagline in _ADS)
    real = _stories(_read(_AUSTRALIAN))
    assert not any("Click here for more info" in (s["headline"] or "") + s["text"]
                   for s in real)
    # (one pair is no box: a heading and its first line under an ad label stay the page's)
    second = ("Engineers first saw the cracks in August, when divers checked the bridge's "
              "footings, and the department asked two firms to report on them.")
    lone = _stories(_article("Advertisement", "Cracks were found weeks ago, engineers say",
                             "By Jane Walker", "", second, "", second.replace("August", "May")))
    assert "Cracks were found weeks ago, engineers say" in [s["headline"] for s in lone]


def _boxes(label: str = "The World") -> str:
    """A paper's boxes of teasers: a label, a title with its lead, two titles alone."""
    boxes = [
        ("Business", "Investment bank era ends on Wall St", "Suzy Jagger GOLDMAN Sachs and "
         "Morgan Stanley have abandoned their status as investment banks in a move marking "
         "the end of an era."),
        (label, "Aso chosen as Japan's next PM", "CONSERVATIVE Taro Aso was upbeat about "
         "becoming Japan's prime minister as the ruling party prepared to pick a leader."),
        ("The Nation", "Harbour terminal evacuated after breach", "Natasha Bita THE city's "
         "domestic terminal was evacuated this afternoon after three passengers slipped "
         "through security screening."),
        ("Opinion", "Rudd's control issues", "Glenn Milne Canberra is gripped by policy "
         "paralysis because the PM won't let ministers get on with their jobs."),
    ]
    lines = ["In The Daily Paper Today"]
    for n, (box, title, lead) in enumerate(boxes):
        lines += [box, title, "", lead, "", f"Second title of box number {n + 1} here",
                  f"Third title of box number {n + 1} there"]
    lines += ["Register |", "Subscribe |", "Contact Us", "", "Copyright 2008 Example Media."]
    return "\n".join(lines) + "\n"


def test_a_short_title_under_its_boxs_section_label_heads_its_lead() -> None:
    """"Opinion" / "Rudd's control issues" / lead: the short title right over the lead, under
    the box's label, heads it, not the longer title alone of the box above it."""
    stories = _stories(_boxes())
    assert "Rudd's control issues" in [s["headline"] for s in stories]
    real = {s["headline"]: s["text"] for s in _stories(_read(_AUSTRALIAN))}
    assert real["Rudd's control issues"].startswith("Glenn Milne Canberra")


def test_an_outlets_name_labelling_the_next_box_is_no_sign_off() -> None:
    """"The Nation" (an outlet the table knows) over the next box's title, under the box
    above's two titles alone: that box's label, as "The World" and "Opinion" label the
    others, and no sign-off of the story above."""
    sources = {s["headline"]: s["source"] for s in _stories(_boxes())}
    assert sources["Aso chosen as Japan's next PM"] != "The Nation"
    real = {s["headline"]: s["source"] for s in _stories(_read(_AUSTRALIAN))}
    assert real["Aso chosen as Japan's next PM"] == "The Australian"


def test_a_section_word_of_a_sister_sites_address_names_no_source() -> None:
    """A © line naming only the company behind the paper ("Copyright 2008 News Limited"),
    a network bar naming a sister site ("NEWS.com.au Network") and menus saying "Breaking
    News": "News" is no site's name; the outlet the page's own lines name ("The
    Australian" atop it, "In The Australian Today") is its stories' source."""
    real = _stories(_read(_AUSTRALIAN))
    teasers = [s for s in real if s["headline"] != "Local stocks likely to open higher"]
    assert len(teasers) == 8
    assert {s["source"] for s in teasers} == {"The Australian"}
    assert real[0]["source"] == "AAP"  # (its own sign-off, "- AAP")


_PAPERS = (("NSW", "Valley Herald", "Metro works to close the city line for a year",
            "TENS of thousands of commuters face transport chaos while the new line is "
            "built, the state government said yesterday."),
           ("Queensland", "Coast Mail", "Rail guard assaulted in workshop break-in",
            "A SECURITY guard has been bitten and punched after disturbing a burglar at a "
            "rail workshop west of the city."),
           ("Victoria", "Bay Courier", "Naughty corners are bad for children, expert says",
            "A MELBOURNE expert says naughty corners in bedrooms are inappropriate because "
            "they shame and humiliate children."))


def _portal(close: str = "More news at {}") -> str:
    """A network portal's boxes of its state papers' stories: the state, the paper's tab,
    a title and its lead, three titles alone, the link to the paper's own pages."""
    lines = ["Select your state to view your local news here:", ""]
    for state, paper, title, lead in _PAPERS:
        lines += [state, "", f"• {paper}", "", title, "", lead, ""]
        lines += [f"• {paper} title number {n} of the box" for n in range(1, 4)]
        lines += [f"• {close.format(paper)}", ""]
    lines += ["Copyright 2009 Example Media. All times AEST."]
    return "\n".join(lines) + "\n"


def test_a_box_closed_by_its_link_to_a_papers_pages_is_that_papers() -> None:
    """Each box of a network's portal closed by "More news at The Daily Telegraph", "More
    news at AdelaideNow": the box's story with a lead is that paper's, known to the table
    or not (as the link writes it where the table does not know it); where the links name
    two papers at least."""
    sources = {s["headline"]: s["source"] for s in _stories(_portal())}
    assert [sources.get(title) for _, _, title, _ in _PAPERS] \
        == [paper for _, paper, _, _ in _PAPERS]
    # (a box's other link, "More national news", names no paper)
    plain = {s["headline"]: s["source"] for s in _stories(_portal("More national news {}"))}
    assert not any(plain.get(title) == paper for _, paper, title, _ in _PAPERS)
    real = {s["headline"]: s["source"] for s in _stories(_read("newscomau-home-2010.txt"))}
    assert real["QR security guard assaulted"] == "The Courier-Mail"
    assert real["Craypot crackpots in hoax emergency"] == "AdelaideNow"
    assert real["Fears for missing pair as floods rise"] == "NT News"


def test_newsbytes_dateline_abbreviation_names_newsbytes() -> None:
    """Newsbytes News Network's datelines credit it by its initials, "RANGOON, BURMA, 1996
    SEP 27 (NB) --": a row of the outlets table (an alias read only as a whole credit, "NB"
    being other things' initials too)."""
    text = ("Burma bans unlicensed modems\n\n"
            "RANGOON, BURMA, 1996 SEP 27 (NB) -- Burma has made owning, using, importing or "
            "borrowing a modem without official permission a crime punishable by up to 15 "
            "years in prison, the country's state radio said this week.\n\n"
            "The law also covers fax machines, officials said in a statement read on the "
            "evening news.\n")
    assert [s["source"] for s in _stories(text)] == ["Newsbytes"]
    real = _stories(_read("cypherpunks-netfreedom-roundup-1996.txt"))
    assert "NB" not in {s["source"] for s in real}


def test_a_cards_slot_naming_the_sites_own_newsroom_leaves_the_pages_name() -> None:
    """Cards whose slot under the title names their agency or the site's own newsroom
    ("EFE | Abril 19, 2022", "Redacción | Abril 19, 2022"): the newsroom is no outlet, its
    cards are the site's own (the page's name), the agency's are the agency's."""
    cards = [("EFE", "Netflix pierde 200.000 suscriptores y sus beneficios se estancan"),
             ("Redacción", "Atrapan a dos pandilleros que acechaban en Santa Ana"),
             ("EFE", "Astrónomos descubren las micronovas, un nuevo tipo de explosión"),
             ("Redacción", "El Gobierno anuncia nuevas obras para la carretera del litoral")]
    lines = ["Noticias Hoy", "Nacionales", "Internacionales", ""]
    for n, (slot, title) in enumerate(cards):
        lines += [title, "", f"{slot} | Abril {19 + n}, 2022", "",
                  f"Según el informe publicado el martes, la medida número {n + 1} entrará en "
                  "vigor el próximo mes y afectará a miles de personas en todo el país.", ""]
    lines += ["© 2022 Noticias Hoy. Todos los derechos reservados."]
    sources = [s["source"] for s in _stories("\n".join(lines) + "\n")]
    assert sources == ["EFE", "Noticias Hoy", "EFE", "Noticias Hoy"]
    real = {s["headline"]: s["source"] for s in _stories(_read("diario1-carceles-ley-2022.txt"))}
    assert real["¿Haaland al Manchester City?"] == "Diario1"


def test_a_media_groups_site_is_named_by_its_links_to_more_of_its_stories() -> None:
    """Under a media group's © line ("© 2021 Condé Nast"), the name the page's links to more
    of its own stories repeat ("More Great Stories From Vanity Fair", "More from Vanity
    Fair") is the site's: its story's source, not the group's."""
    body = ("The president said on Tuesday that the vaccine summit would go ahead, though "
            "the companies invited to it had said they would not take part in the event.")
    text = "\n".join([
        "Vanity Fair", "", "Donald Trump holds a vaccine summit without the companies", "",
        "By Bess Levin", "December 8, 2020", "", body, "",
        body.replace("Tuesday", "Wednesday"), "", "More Great Stories From Vanity Fair", "",
        "A royal wedding, revisited", "", "More from Vanity Fair", "", "Contact", "",
        "© 2021 Condé Nast. All rights reserved."]) + "\n"
    assert [s["source"] for s in _stories(text)] == ["Vanity Fair"]
    real = _stories(_read("vanityfair-levin-vaccine-summit-2020.txt"))
    assert [s["source"] for s in real] == ["Vanity Fair"]


def test_a_closing_thanks_for_supporting_the_site_names_it() -> None:
    """An affiliate note closing "... we receive a commission. Thank you for supporting The
    Atlantic." on a page with no © line: the site thanked, named on other lines of the page
    too ("The Atlantic Daily"), is the story's source; a thanks for supporting "local
    journalism in our county" names no one."""
    body = ("The wedding planner said the bride's family spent more on flowers than most "
            "couples spend on the whole day, and asked that the bill be kept quiet.")

    def page(thanks: str) -> str:
        return "\n".join([
            "Skip to content", "", "The Harbour Review Daily", "",
            "Get our editors' guide to what matters, from The Harbour Review, every weekday.",
            "", "Confessions of a wedding planner", "", "By Jane Doe", "June 16, 2023", "",
            body, "", body.replace("flowers", "music"), "",
            "When you buy a book using a link on this page, we receive a commission. "
            + thanks]) + "\n"
    assert {s["source"] for s in _stories(page(
        "Thank you for supporting The Harbour Review."))} == {"The Harbour Review"}
    assert {s["source"] for s in _stories(page(
        "Thank you for supporting local journalism in our county."))} == {None}
    real = _stories(_read("atlantic-wedding-planner-2023.txt"))
    assert [s["source"] for s in real] == ["The Atlantic"]


def _domain_page(name_lines: list[str]) -> str:
    body = ("Doctors at the city's two public hospitals said on Monday they would stop work "
            "next week unless the government delivered the protective equipment it promised.")
    return "\n".join([*name_lines, "", "Doctors threaten to down tools over equipment", "",
                      "March 23, 2020", "", body, "", body.replace("Monday", "Tuesday"), "",
                      "• Contact us", "• Privacy Policy", "• Terms of use", "",
                      "© Copyright 2015 - Harbourwire.com"]) + "\n"


def test_a_domain_holder_is_named_as_the_page_writes_it_most() -> None:
    """"© Copyright 2015 - ZimEye.com" under three lines naming "ZimEye": the site's name as
    the page writes it most, its bare name; where the page writes its address more often,
    the address."""
    bare = _stories(_domain_page(["Harbourwire", "Support Harbourwire", "About Harbourwire"]))
    assert {s["source"] for s in bare} == {"Harbourwire"}
    dotted = _stories(_domain_page(["Harbourwire.com", "Support Harbourwire.com"]))
    assert {s["source"] for s in dotted} == {"Harbourwire.com"}
    real = _stories(_read("zimeye-doctors-covid-2020.txt"))
    assert [s["source"] for s in real] == ["ZimEye"]
