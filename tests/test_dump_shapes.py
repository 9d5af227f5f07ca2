"""Shapes of real news pages flattened to text that are no headline and no story: relative
dates ("Hace 13 horas"), authors' names under a headline, a photo legend shown twice,
reading times, readers' comments, a director's box after the article's © line. The texts
below are invented, shaped like the pages of the real dump corpus."""
from __future__ import annotations

import pytest

import normalizer
from normalizer.cues.openers import READING_TIME_RE, names_line
from normalizer.text.dates import RELATIVE_DATE_PHRASES, parse_date, split_date_line

PARA = ("The regional council approved the new budget on Tuesday after a long debate, "
        "and the mayor said the first works would start in the spring.")
PARA2 = ("Opposition members voted against the plan, saying that the money set aside for "
         "public transport would not be enough to replace the old buses.")
PARA3 = ("The council will meet again next month to discuss the schools, the hospital and "
         "the road that links the two valleys of the province.")
PARA5 = ("A spokesman for the provincial government said the budget was balanced for the "
         "first time in six years and that taxes would not rise before the next election.")
PARA4 = ("Local businesses welcomed the decision, although several shop owners said they "
         "feared months of roadworks in the old town during the summer season.")


@pytest.mark.parametrize("line", [
    "2 hours ago", "Updated 15 hrs ago", "an hour ago", "Hace 13 horas", "hace un día",
    "il y a 3 heures", "vor 2 Stunden", "vor 5 Min.", "3 ore fa", "há 4 horas",
    "2 uur geleden", "2 godziny temu", "před 3 hodinami", "5 минут назад", "3 години тому",
    "2 saat önce", "för 3 timmar sedan", "for 3 timer siden", "acum 3 ore",
    "πριν από 3 ώρες", "3 jam yang lalu", "3 giờ trước", "منذ 3 ساعات", "منذ يومين",
    "۳ ساعت پیش", "לפני 3 שעות", "3 घंटे पहले", "3小时前", "3時間前", "3시간 전",
    "3 ชั่วโมงที่แล้ว",
    "6:14 a.m.", "14:05 Uhr",                     # a time of day alone: no day either
])
def test_relative_dates_are_date_lines_with_no_day(line):
    is_date, rest = split_date_line(line)
    assert is_date and rest == ""
    assert parse_date(line) is None  # the day is unknown without the page's own date


def test_the_relative_date_table_covers_fifteen_languages_or_more():
    assert len({lang for lang, _, _ in RELATIVE_DATE_PHRASES}) >= 15


@pytest.mark.parametrize("line, rest", [
    ("Holiday / 19 mins ago", "Holiday"),          # a section label beside the time
    ("Reuters13 mins ago", "Reuters"),             # a feed's source glued to it
    ("Sports Illustrated / 6 hours ago", "Sports Illustrated"),
])
def test_a_label_beside_a_relative_date_is_left_as_its_source(line, rest):
    assert split_date_line(line) == (True, rest)


@pytest.mark.parametrize("line", [
    "Police arrest man who fled the scene 3 days ago in a stolen car",
    "Inmate dies 2 hours after his execution began",
    PARA,
])
def test_sentences_that_mention_a_time_span_are_no_date_lines(line):
    assert split_date_line(line)[0] is False


@pytest.mark.parametrize("line, expected", [
    ("Ana Ruiz, Pedro Gil y María José Lago", True),
    ("Anna Roth und Max Weber", True),
    ("Ministers meet to discuss the grain deal", False),
    ("Luana Patriolino", False),                   # one name alone may be a headline's subject
])
def test_names_line(line, expected):
    assert names_line(line) is expected


@pytest.mark.parametrize("line", [
    "Tiempo de lectura: 8 minutos", "5 min read", "Lesezeit: 3 Min.", "Temps de lecture : 4 min",
    "Ten tekst przeczytasz w mniej niż minutę",
])
def test_reading_times(line):
    assert READING_TIME_RE.match(line)


def _dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


MENU = ("• Inicio", "• Política", "• Economía", "• Deportes", "• Cultura")

#: An article's head as a Latin American paper prints it: headline, authors with no "Por",
#: how long ago, the reading time, then the photo's legend twice (alt text and caption).
RELATIVE_HEAD = _dump(
    *MENU,
    "Council approves the budget after a long night of debate",
    "Ana Ruiz, Pedro Gil y María José Lago",
    "Hace 13 horas",
    "Tiempo de lectura: 8 minutos",
    "The mayor and the council in the chamber",
    "The mayor and the council in the chamber",
    PARA, PARA2, PARA3,
    "Más sobre",
    "Another story about the province and its roads",
    "Another story about the province and its roads",
    "Hace 3 horas",
    "A second story about the schools of the valley",
    "A second story about the schools of the valley",
    "Hace 5 horas",
    "The question of the hospital remains open",
    PARA.replace("budget", "hospital plan"),
    PARA5,
    *MENU,
)


def test_a_relative_date_is_metadata_and_the_doubled_legend_no_headline():
    record = normalizer.normalize_text(RELATIVE_HEAD, "file:///article.txt")
    assert len(record["stories"]) == 1, [s["headline"] for s in record["stories"]]
    story = record["stories"][0]
    assert story["headline"] == "Council approves the budget after a long night of debate"
    assert story["published"] is None and record["published"] is None  # no day to give
    text = story["text"]
    for line in ("Hace", "Tiempo de lectura", "The mayor and the council in the chamber",
                 "Another story"):
        assert line not in text
    assert PARA in text and "hospital plan" in text  # the article goes on under the box


COMMENTS = _dump(
    *MENU,
    "Council approves the budget after a long night of debate",
    "28 April 2021, 06:29",
    PARA, PARA2, PARA3,
    "Komentarze(3)",
    "wyślij komentarz",
    "reader_one",
    "2021-04-28 11:48:27",
    "I do not think the buses will ever be replaced, the money is never enough for us here.",
    "42",
    "odpowiedz",
    "another reader",
    "2021-04-29 08:44:10",
    "The hospital matters more than the road, and everybody in the valley knows it very well.",
    "16",
    "odpowiedz",
    "reader three",
    "2021-04-29 09:37:47",
    "Why does nobody talk about the schools? They are in a terrible state since many years.",
    "4",
    "odpowiedz",
    *MENU,
)


def test_readers_comments_are_no_story():
    record = normalizer.normalize_text(COMMENTS, "file:///comments.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "Council approves the budget after a long night of debate"]
    text = record["stories"][0]["text"]
    assert "buses will ever" not in text and "terrible state" not in text


BOX_AFTER_END = _dump(
    *MENU,
    "Council approves the budget after a long night of debate",
    "19 February 2020",
    PARA, PARA2, PARA3, PARA4, PARA5,
    "©RIPRODUZIONE RISERVATA",
    "Here goes the director's message, for example:",
    ("\"Everyone has the right to freedom of opinion and expression; this right includes "
     "freedom to hold opinions without interference.\""),
    "Subscribe to the paper",
    *MENU,
)


def test_a_paragraph_after_the_articles_copyright_line_is_the_pages_box():
    record = normalizer.normalize_text(BOX_AFTER_END, "file:///box.txt")
    assert len(record["stories"]) == 1
    assert "freedom of opinion" not in record["stories"][0]["text"]
    assert "director" not in record["stories"][0]["text"]


@pytest.mark.parametrize("footer, source", [
    ("Todos los Derechos Reservados. Diario del Valle ©2019", "Diario del Valle"),
    ("® 2020 The Valley Publications Inc., All rights reserved.", "The Valley"),
    ("Original-Content von: Polizei Talstadt, übermittelt durch news aktuell", "Polizei Talstadt"),
])
def test_a_dump_names_its_publisher_in_its_footer(footer, source):
    page = _dump(*MENU, "Council approves the budget after a long night of debate",
                 "19 February 2020", PARA, PARA2, PARA3, PARA4, PARA5,
                 "Contact", "Terms of use", footer)
    record = normalizer.normalize_text(page, "file:///footer.txt")
    assert [s["source"] for s in record["stories"]] == [source]


@pytest.mark.parametrize("menu, footer, source", [
    # the © names the group behind the site; the menus name the site's domain (as the
    # page writes it: never without its ending here, so with it)
    (("• Valleynews.pl", "• Hillnews.pl", "Newsletter Valleynews.pl"),
     "Copyright Prisma Média - 2020. Todos os direitos reservados.", "Valleynews.pl"),
    (("• Valleynews.pl", "• Hillnews.pl", "Valleynews poleca", "Valleynews TV"),
     "Copyright Prisma Média - 2020. Todos os direitos reservados.", "Valleynews"),
    # no © line at all: the outlet the table knows, named by the menus twice
    (("• La Stampa", "ABBONATI A LA STAMPA"), "Contatti", "La Stampa"),
    # no outlet nor domain: the one word that opens or closes the menus' lines
    (("• Vallée politique", "• Vallée cinéma", "Vallée sur votre mobile"),
     "© 2020 Prisma Média - Tous droits réservés", "Vallée"),
    # a menu's link to another site names no one
    (("• Match.com", "• Weather"), "Contact us", None),
])
def test_a_dump_whose_footer_names_a_group_or_no_one_takes_the_name_its_menus_repeat(
        menu, footer, source):
    page = _dump(*MENU, *menu, "Council approves the budget after a long night of debate",
                 "19 February 2020", PARA, PARA2, PARA3, PARA4, PARA5,
                 "Contact", "Terms of use", *menu, footer)
    record = normalizer.normalize_text(page, "file:///group.txt")
    assert [s["source"] for s in record["stories"]] == [source]


def test_a_media_group_alone_is_kept_when_the_page_names_no_site():
    page = _dump(*MENU, "Council approves the budget after a long night of debate",
                 "19 February 2020", PARA, PARA2, PARA3, PARA4, PARA5,
                 "Contact", "Terms of use", "© 2020 Prisma Média - Tous droits réservés")
    record = normalizer.normalize_text(page, "file:///group-only.txt")
    assert [s["source"] for s in record["stories"]] == ["Prisma Média"]


def test_a_picture_credit_under_the_standfirst_neither_ends_nor_joins_the_story():
    page = _dump(*MENU, "Council approves the budget after a long night of debate",
                 "The council voted the budget at dawn, after eleven hours of debate.",
                 "Cortesía", "EFE EFE",
                 "(EFE).- " + PARA, PARA2, PARA3, PARA4, PARA5, "Contact", "Terms of use")
    record = normalizer.normalize_text(page, "file:///credit.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "Council approves the budget after a long night of debate"]
    text = record["stories"][0]["text"]
    assert "eleven hours" in text and PARA5 in text
    assert "Cortesía" not in text and "EFE EFE" not in text


def test_a_ranked_box_of_most_read_titles_is_no_story():
    ranked = []
    for n, title in enumerate(["Hospital opens a new wing for children",
                               "Teachers ask for better pay in the province",
                               "Farmers expect a good harvest after the rain",
                               "Valley club wins the regional cup after extra time"], 1):
        ranked += [str(n), title, f"hace {n + 6} horas"]
    page = _dump(*MENU, "Council approves the budget after a long night of debate",
                 "19 February 2020", PARA, PARA2, PARA3, PARA4, PARA5, "Lo más leído",
                 *ranked, "Compartir Nota", *MENU,
                 "The only news channel of the valley with news at every hour.")
    record = normalizer.normalize_text(page, "file:///ranked.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "Council approves the budget after a long night of debate"]
    assert "harvest" not in record["stories"][0]["text"]


def test_a_box_of_cut_short_titles_and_their_captions_is_no_story():
    page = _dump(*MENU, "Council approves the budget after a long night of debate",
                 "19 February 2020", PARA, PARA2, PARA3, PARA4, PARA5, "Top Stories",
                 "Hospital opens a new wing for children, with forty beds and …",
                 "FILE - The regional hospital in the valley, on Wednesday, March 3, 2021, "
                 "where the new wing for children opened this week after two years of work.",
                 "Teachers ask for better pay as prices rise across the …",
                 "Teachers of the province march through the capital on Tuesday, asking the "
                 "government for better pay, in a protest that gathered some thousands.",
                 "Farmers expect a good harvest after the heavy rain of …",
                 *MENU)
    record = normalizer.normalize_text(page, "file:///cut.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "Council approves the budget after a long night of debate"]
    assert "province march" not in record["stories"][0]["text"]


def test_a_title_shown_again_and_again_then_glued_to_its_summary_is_a_teaser_story():
    title = "The river and the town"
    glued = title + "A writer walks the valley road and recalls the summers of her childhood"
    page = _dump(*MENU, "Council approves the budget after a long night of debate",
                 "19 February 2020", PARA, PARA2, PARA3, PARA4, PARA5, "Supplements",
                 title, title, title, "Books", glued, *MENU)
    record = normalizer.normalize_text(page, "file:///glued.txt")
    assert [s["headline"] for s in record["stories"]] == [
        "Council approves the budget after a long night of debate", title]
    assert record["stories"][1]["text"] == glued


def _feed_item(time: str, title: str, lead: str, credit: str | None = None) -> list[str]:
    return [time, title, *([credit] if credit else []), lead, "See the story"]


#: A portal's feed copied from the browser: time, headline, perhaps a credit line, a
#: one-sentence lead and a button, again and again; then a list of titles under labels.
FEED = _dump(
    *MENU,
    *_feed_item("3:32 pm", "Mayor says the valley road will open in June",
                "The mayor of the valley said on Wednesday that the new road would open in "
                "June, two months later than planned.", credit="Agencies"),
    *_feed_item("3:29 pm", "Hospital opens a new wing for children",
                "The regional hospital opened a new wing for children on Wednesday, with forty "
                "beds and two operating rooms."),
    *_feed_item("2:43 pm", "Teachers ask for better pay in the province",
                "Teachers of the province asked the government for better pay on Wednesday, "
                "saying that prices had risen by a fifth."),
    *_feed_item("2:42 pm", "Farmers expect a good harvest after the rain",
                "Farmers in the south expect a good harvest this year after the heavy rain of "
                "the spring, the union said."),
    "Sports | Football", "Valley club wins the regional cup after extra time",
    "Culture", "Old theatre reopens its doors with a comedy",
    "News | Region", "New bus line links the two towns of the valley",
    "Culture", "Why does everybody in the valley suddenly want to learn to play the violin?",
    *MENU,
)


def test_a_feed_of_dated_teasers_gives_each_its_headline_and_a_title_list_no_story():
    stories = normalizer.normalize_text(FEED, "file:///feed.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Mayor says the valley road will open in June",      # over its credit line "Agencies"
        "Hospital opens a new wing for children",
        "Teachers ask for better pay in the province",
        "Farmers expect a good harvest after the rain",
    ]
    assert all("See the story" not in s["text"] and "violin" not in s["text"] for s in stories)
    assert all(s["published"] is None for s in stories)    # a time of day names no day
