"""The normalizer's steps, each on small realistic snippets (the spec, as tables).

Cleaning decides what is story text, metadata or cruft; splitting finds where pasted
stories begin; attribution names source, byline, dateline and credits; dates and
language are read per story. The snippets are invented, in the shapes wire copy takes
in English, German, French, Spanish and Russian.
"""
from __future__ import annotations

import pytest

from normalizer.stories.attribute import (
    canonical_source,
    credit_line_names,
    find_source,
    split_names,
)
from normalizer.stories.blocks import CRUFT, IMAGE, META, TEXT, Block
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from normalizer.stories.language import detect_language
from normalizer.stories.split import dateline_of, split, title_like
from normalizer.text.dates import parse_date, split_date_line

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str], **kw) -> list[tuple[str, str]]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks, **kw)
    return [(b.role, b.cruft_kind) for b in blocks]


@pytest.mark.parametrize("line, kind", [
    ("Image may contain: 2 people, people standing", "image_alt"),
    ("L’image peut contenir : une personne, debout", "image_alt"),
    ("Leaders meet in Hanoi, Vietnam, May 2, 2018. REUTERS/Kham", "caption"),
    ("Ministers arrive for the summit JORGE SILVA/REUTERS", "caption"),
    ("Troops near the border. (photo credit: AMIR COHEN / REUTERS)", "caption"),
    ("Officials in Vienna CREDIT: TASS VIA GETTY IMAGES", "caption"),
    ("© AFP/File | The envoy said talks would resume", "caption"),
    ("Foto: dpa", "caption"),
    ("Фото: РИА Новости", "caption"),
    ("© 2018 AFP", "copyright"),
    ("Copyright 2018 The Associated Press. All rights reserved.", "copyright"),
    ("Source: Xinhua", "copyright"),
    ("This article originally appeared in The Guardian.", "copyright"),
    ("— AFP", "copyright"),
    ("(Reuters)", "copyright"),
    ("Read more: Ministers clash over budget", "related_link"),
    ("READ MORE", "related_link"),
    ("Read more at Reuters", "copyright"),  # a link to the rest at the outlet credits it
    ("Continue reading the full story", "related_link"),
    ("Click here to read more", "related_link"),
    ("Weiterlesen auf tagesschau.de", "copyright"),
    ("See also:", "related_link"),
    ("Lesen Sie auch: Streit um den Haushalt", "related_link"),
    ("Lire aussi : La Russie annonce un retrait", "related_link"),
    ("Lea también: La UE estudia sanciones", "related_link"),
    ("Читайте также: Песков прокомментировал заявления", "related_link"),
    ("North Korea Defies the World With Nuclear Ambitions: QuickTake", "promo"),
    ("Sign up for our daily newsletter and get the news in your inbox", "promo"),
    ("You have been granted access, use your keyboard to continue reading.", "paywall"),
    ("Abonnieren Sie jetzt unseren Newsletter!", "paywall"),
    ("Share this:", "chrome"),
    ("Twitter Facebook Email Print", "chrome"),
    ("Tags: Russia, Diplomacy", "chrome"),
])
def test_cruft_lines_are_recognised_by_shape(line, kind):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, kind)


@pytest.mark.parametrize("line", [
    "Russia, all the countries in central Asia, and European nations had signed up to the project, "
    "he said.",
    "“We are ready to take part in facilitating such negotiations,” he said.",
    "The photo agency said it would review its policy.",
    "Readers will see more of the minister's proposals in the coming weeks, he said.",
    "Continue to monitor the situation closely, officials told residents on Sunday.",
    "Readers can sign up to a petition on the council's website, the group said.",
    "(Editing by Clarence Fernandez)",
    "Reporting by Polina Devitt; Writing by Christian Lowe; Editing by Peter Graff",
    "Based on reporting by AP, AFP, and dpa",
    "Yasser Okbi contributed to this report.",
    "‘Not Meaningful’",
])
def test_story_lines_stay_text(line):
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


@pytest.mark.parametrize("line, kind", [
    ("December 11, 2017", "date"),
    ("Monday, December 11th, 2017", "date"),
    ("Last Updated: November 28, 2017 14:59 GMT", "date"),
    ("Updated on", "date"),
    ("Updated 10:32 GMT", "date"),
    ("Aktualisiert um 14.05 Uhr", "date"),
    ("Haaretz — Nov 23, 2017 7:43 AM", "date"),
    ("30. November 2017", "date"),
    ("By Sanjeev Miglani", "byline"),
    ("Von Anna Schmidt und Jan Meyer", "byline"),
])
def test_metadata_lines(line, kind):
    assert roles([PARA, line, PARA2])[1] == (META, kind)


def test_caption_pasted_after_an_image_is_cruft_but_a_sentence_is_not():
    blocks = [Block(text=PARA), Block(text="", kind=IMAGE, role=IMAGE, alt="x"),
              Block(text="China’s Foreign Minister Wang Yi"), Block(text=PARA),
              Block(text="", kind=IMAGE, role=IMAGE), Block(text="The refreshing autumn sky!")]
    classify(blocks)
    assert [(b.role, b.cruft_kind) for b in blocks if b.role != IMAGE] == [
        (TEXT, None), (CRUFT, "caption"), (TEXT, None), (TEXT, None)]


def test_a_dated_caption_sentence_after_an_image_is_cruft():
    blocks = [Block(text=PARA), Block(text="", kind=IMAGE, role=IMAGE),
              Block(text="A general view of Lima after the storm, March 3, 2019."),
              Block(text=PARA2)]
    classify(blocks)
    assert (blocks[2].role, blocks[2].cruft_kind) == (CRUFT, "caption")


def test_alt_text_then_caption_with_credit_are_both_cruft():
    got = roles([PARA, "Soldiers stand atop tanks near the border",
                 "Soldiers stand atop tanks near the border. "
                 "(photo credit: RONEN ZVULUN / REUTERS)", PARA])
    assert got[1:3] == [(CRUFT, "image_alt"), (CRUFT, "caption")]


def test_link_title_after_a_see_also_label_is_cruft():
    got = roles([PARA, "See also:",
                 "Japan-Russia security talks seen symbolic, may only benefit Moscow"])
    assert got[1:] == [(CRUFT, "related_link"), (CRUFT, "related_link")]


def test_archive_page_header_of_a_dump_is_cruft():
    assert roles(["Posts Tagged ‘Lavrov’", "Headline Here", "May 1, 2018", PARA],
                 dump=True)[0] == (CRUFT, "chrome")


# --- Splitting -----------------------------------------------------------------------------

def segments_of(text: str, title: str | None = None):
    blocks = dump_blocks(text)
    classify(blocks, dump=True)
    return split(blocks, title=title)


def test_a_dump_splits_at_title_plus_date_lines():
    text = "\n\n".join(["First Story Headline Here", "May 1, 2018", PARA, PARA2,
                       "Second Story Headline Here", "May 2, 2018", PARA])
    segs = segments_of(text)
    assert [s.headline for s in segs] == ["First Story Headline Here", "Second Story Headline Here"]
    assert [len(s.text_blocks) for s in segs] == [2, 1]


def test_a_heading_after_a_closing_credit_line_starts_a_new_story():
    text = "\n\n".join([PARA, "— With assistance by Jane Doe", "Lavrov: Threats Make Talks Harder",
                        PARA])
    segs = segments_of(text, title="Post Title")
    assert [s.headline for s in segs] == ["Post Title", "Lavrov: Threats Make Talks Harder"]


def test_a_sub_heading_inside_a_story_stays_in_it():
    segs = segments_of("\n\n".join([PARA, "‘Not Meaningful’", PARA2]), title="T")
    assert len(segs) == 1 and "‘Not Meaningful’" in [b.text for b in segs[0].text_blocks]


def test_a_run_of_empty_lines_separates_an_untitled_story():
    segs = segments_of(PARA + "\n\n" + PARA2 + "\n\n\n\n\n" + PARA, title="T")
    assert [s.headline for s in segs] == ["T", None]


def test_a_second_dateline_opens_a_new_untitled_story():
    text = "\n\n".join(["MOSCOW (Reuters) - " + PARA, PARA2, "PARIS (AFP) - " + PARA, PARA2])
    segs = segments_of(text, title="T")
    assert [s.headline for s in segs] == ["T", None]
    assert segs[1].text_blocks[0].text.startswith("PARIS (AFP)")


def test_a_heading_atop_the_post_is_the_story_headline_not_text():
    blocks = [Block(text="Ministers Agree Budget After All-Night Talks", kind="head", level=2),
              Block(text=PARA), Block(text=PARA2)]
    classify(blocks)
    segs = split(blocks, title="Budget deal")
    assert len(segs) == 1 and segs[0].headline == "Budget deal"
    assert [b.text for b in segs[0].text_blocks] == [PARA, PARA2]


def test_a_deck_under_a_headline_is_text_not_a_new_story():
    text = "\n\n".join(["Trump Revealed Operation to Russians", "November 23, 2017",
                        "Trump allegedly disclosed an undercover mission",
                        "Haaretz — Nov 23, 2017 7:43 AM", PARA])
    segs = segments_of(text)
    assert len(segs) == 1 and segs[0].text_blocks[0].text.startswith("Trump allegedly")


@pytest.mark.parametrize("text, expected", [
    ("Russia Urges India to Back China’s Belt and Road", True),
    ("China and Russia Express Pessimism — Can’t Trust the U.S.", True),
    ("Russia rejects US call to cut ties (Dear Donald Trump: Russia is not your friend.)", True),
    (PARA, False),
    ("• Foreign minister ‘not optimistic’", False),
])
def test_title_shape(text, expected):
    block = dump_blocks(text)[0]
    assert title_like(block) is expected


# --- Attribution -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, src", [
    ("NEW DELHI (Reuters) – Russia threw its weight", "NEW DELHI", "Reuters"),
    ("WASHINGTON, Nov 30 (Reuters) - The U.S.", "WASHINGTON", "Reuters"),
    ("THE HAGUE (AFP) – Russia launched", "THE HAGUE", "AFP"),
    ("Berlin (dpa) - Die Bundesregierung", "Berlin", "dpa"),
    ("MADRID, 14 mar (EFE).- Rusia y España", "MADRID", "EFE"),
    ("МОСКВА, 14 мар — РИА Новости. Министр", "МОСКВА", "РИА Новости"),
    ("(Bloomberg) -- Shares rose on Monday", "", "Bloomberg"),
])
def test_datelines(text, place, src):
    m = dateline_of(text)
    assert m.group("place") == place and m.group("src") == src


@pytest.mark.parametrize("name, canonical", [
    ("Reuters", "Reuters"), ("REUTERS", "Reuters"), ("Agence France-Presse", "AFP"),
    ("The AP", "AP"), ("Associated Press", "AP"), ("РИА Новости", "RIA Novosti"),
    ("Jerusalem Post", "The Jerusalem Post"), ("Radio Free Europe/Radio Liberty", "RFE/RL"),
    ("Sanjeev Miglani", None), ("Reuters reporter Anna Smith", None),
])
def test_source_names_are_canonical(name, canonical):
    assert canonical_source(name) == canonical


@pytest.mark.parametrize("line, people, agencies", [
    ("Based on reporting by AP, AFP, and dpa", [], ["AP", "AFP", "dpa"]),
    ("With reporting by Reuters, AFP, and AP", [], ["Reuters", "AFP", "AP"]),
    ("— With assistance by Kambiz Foroohar, Gareth Allan, and Janet Ong",
     ["Kambiz Foroohar", "Gareth Allan", "Janet Ong"], []),
    ("Reporting by Polina Devitt; Writing by Christian Lowe; Editing by Peter Graff",
     ["Polina Devitt", "Christian Lowe"], []),
    ("(Editing by Clarence Fernandez)", [], []),
    ("Additional reporting by Anna Smith in Moscow and John Doe in Kyiv",
     ["Anna Smith", "John Doe"], []),
    ("Yasser Okbi contributed to this report.", ["Yasser Okbi"], []),
])
def test_credit_lines(line, people, agencies):
    assert credit_line_names(line) == (people, agencies)


def test_an_outlet_named_inside_a_label_is_found():
    assert find_source("dpa-infocom, dpa:171130-99-123456/2") == "dpa"


def test_split_names_tells_people_from_agencies():
    assert split_names("Anna Smith, Reuters and AFP") == (["Anna Smith"], ["Reuters", "AFP"])


# --- Dates and language ----------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("December 11, 2017", "2017-12-11"), ("Monday, December 11th, 2017", "2017-12-11"),
    ("NOVEMBER 26, 2017 09:39", "2017-11-26"), ("Haaretz — Nov 23, 2017 7:43 AM", "2017-11-23"),
    ("28.11.2017", "2017-11-28"), ("28 de noviembre de 2017", "2017-11-28"),
    ("28 ноября 2017 г.", "2017-11-28"), ("11. Dezember 2017", "2017-12-11"),
    ("2017-11-28T10:00:00Z", "2017-11-28"), ("Updated on", None), ("February 30, 2017", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_date_line_rest_names_the_source():
    assert split_date_line("Haaretz — Nov 23, 2017 7:43 AM") == (True, "Haaretz")
    assert split_date_line(PARA)[0] is False


@pytest.mark.parametrize("text, lang", [
    (PARA, "en"),
    ("Bundeskanzlerin Angela Merkel ist am Donnerstag zu Gesprächen mit dem französischen "
     "Präsidenten nach Paris gereist.", "de"),
    ("Le président russe a reçu mercredi son homologue turc à Sotchi pour discuter de la "
     "situation en Syrie.", "fr"),
    ("Rusia y España firmaron este jueves en Madrid un acuerdo de cooperación energética "
     "para diez años.", "es"),
    ("Министр иностранных дел России заявил в четверг, что Москва готова к диалогу "
     "с Вашингтоном.", "ru"),
    ("OK.", "und"),
])
def test_language_is_detected_per_story_and_deterministic(text, lang):
    assert detect_language(text) == lang
    assert detect_language(text) == detect_language(text)
