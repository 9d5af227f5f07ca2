"""The page's rhythm in a text dump: chrome around the stories, repeated teasers, openers
in other scripts, sources from layout. Texts below are invented, shaped like real pages."""
from __future__ import annotations

import pytest

import normalizer
from normalizer.stories.blocks import Block
from normalizer.stories.rhythm import is_prose, is_title, weight
from normalizer.stories.split import dateline_of, find_outlet, known_outlet


@pytest.mark.parametrize("text, expected", [
    ("Four plain English words", 4),
    ("香港行政长官在立法会接受质询并向市民道歉", 6),           # 20 CJK characters, 3 a word
    ("ผู้สื่อข่าวได้รับแจ้งจากนาย", 5),                       # Thai, 5 characters a word
    ("Python 3.6 ist da", 4),
])
def test_weight_counts_unspaced_scripts_by_characters(text, expected):
    assert weight(text) == expected


@pytest.mark.parametrize("text, prose, title", [
    ("The minister said on Monday that talks would resume next week.", True, False),
    ("Ministers meet to discuss the grain deal in Ankara", False, True),
    ("Will the grain deal hold?", False, True),              # a short question is a headline
    ("Home | World | Business | Sport | Culture", False, True),
    (("Home | World | Business | Sport | Culture | Travel | Weather | Video | Podcasts | "
      "Newsletters | Games | Puzzles | Obituaries | Jobs | Cars | Homes"), False, False),
    ("Министр заявил, что переговоры возобновятся на следующей неделе.", True, False),
    ("وقال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.", True, False),
])
def test_prose_and_title_shapes(text, prose, title):
    block = Block(text=text)
    assert is_prose(block) is prose
    assert is_title(block) is title


@pytest.mark.parametrize("line, place, src", [
    ("NEW DELHI (Reuters) - The minister said", "NEW DELHI", "Reuters"),
    ("Frankfurt/Main (dpa) - Der Minister sagte", "Frankfurt/Main", "dpa"),
    ("KABUL (Afghanistan) (AFP) - Officials said", "KABUL", "AFP"),
    ("By Jane Doe JAKARTA (Reuters) - Countries stepped up", "JAKARTA", "Reuters"),
    ("القاهرة، مصر (CNN) -- قال الوزير", "القاهرة", "CNN"),
    ("【6月18日 AFP】ナイジェリア北東部で", None, "AFP"),
    ("رويترز: قال الوزير", None, "Reuters"),
    ("ТАСС: министр заявил", None, "TASS"),
])
def test_datelines_in_other_scripts_and_shapes(line, place, src):
    m = dateline_of(line)
    assert m is not None
    assert (m.group("place") or None) == place
    assert known_outlet(m.groupdict()["src"]) == src


def test_a_colon_after_an_unknown_name_is_no_dateline():
    assert dateline_of("Kategorie : Gesellschaft, Kultur") is None
    assert dateline_of("Note: the minister said") is None


def test_outlets_in_copyright_lines():
    assert find_outlet("© 2014 Cable News Network. Turner Broadcasting System, Inc.") == "CNN"
    assert find_outlet("Copyright Thomson Reuters 2014") == "Reuters"


FEED = "\n".join([
    'Front page',
    '• Home',
    '• World',
    '• Business',
    '• Sport',
    '• Weather',
    '',
    'Grain deal talks to resume in Ankara next week',
    ('Ministers from four countries will meet on Tuesday to discuss'
     ' extending the grain corridor, officials said.'),
    'Wire Agency 12 mins ago',
    'SaveRemove',
    '',
    'Central bank raises its key rate by half a point',
    ('The bank raised its benchmark rate for the third time this'
     ' year, citing stubborn inflation in services.'),
    'Reuters 20 mins ago',
    'SaveRemove',
    '',
    'Storm closes ports along the northern coast',
    ('Harbour authorities closed three ports on Sunday as winds'
     ' reached 120 km an hour along the coast.'),
    'AFP',
    'SaveRemove',
    '',
    'Museum returns looted bronzes to their city',
    ('The museum handed over twelve bronze plaques in a'
     " ceremony attended by the city's governor."),
    'Daily Courier',
    'SaveRemove',
    '',
    '• Terms',
    '• Privacy',
    '• Help',
    '© 2024 Example Media Group. All rights reserved.',
    '',
])


def test_a_feed_of_leads_gives_one_story_a_lead_with_its_source_line():
    record = normalizer.normalize_text(FEED, "file:///feed.txt")
    stories = record["stories"]
    assert [s["headline"] for s in stories] == [
        "Grain deal talks to resume in Ankara next week",
        "Central bank raises its key rate by half a point",
        "Storm closes ports along the northern coast",
        "Museum returns looted bronzes to their city",
    ]
    assert [s["source"] for s in stories] == ["Wire Agency", "Reuters", "AFP", "Daily Courier"]
    assert all(s["text"].count("\n\n") == 0 and s["text"].endswith(".") for s in stories)
    removed = {r["text"] for r in record["removed"]}
    assert {"Home", "Front page", "SaveRemove", "Reuters 20 mins ago"} <= removed


PORTAL = "\n".join([
    'Example Daily',
    'Politics',
    'Budget vote delayed after late-night talks collapse',
    'Budget vote delayed after late-night talks collapse',
    'Coalition partners failed to agree on spending cuts',
    '04 May 2022',
    'Photo: the finance ministry (Source: Agency)',
    'VIDEO',
    'Floods cut off villages in the south',
    'Rescue teams reach two valleys by helicopter',
    '04 May 2022',
    'Court orders new hearing in land dispute',
    'Court orders new hearing in land dispute',
    'Judges found the first ruling ignored key evidence',
    '04 May 2022',
    'Contact | Imprint | Privacy | Advertise | Jobs',
    '',
])


def test_teasers_closed_by_a_date_line_are_stories_where_the_shape_repeats():
    stories = normalizer.normalize_text(PORTAL, "file:///portal.txt")["stories"]
    assert [(s["headline"], s["text"]) for s in stories] == [
        ("Budget vote delayed after late-night talks collapse",
         "Coalition partners failed to agree on spending cuts"),
        ("Floods cut off villages in the south", "Rescue teams reach two valleys by helicopter"),
        ("Court orders new hearing in land dispute",
         "Judges found the first ruling ignored key evidence"),
    ]
    assert all(s["published"] == "2022-05-04" for s in stories)


ARTICLE = "\n".join([
    'Example Times',
    '• News',
    '• Opinion',
    '• Sport',
    '• Culture',
    'Ministers agree to extend the grain corridor',
    'By Jane Doe',
    'May 2, 2024',
    '• Share',
    '• Tweet',
    '• Email',
    'A ship loaded with grain leaves the port. (Photo: Agency)',
    ('ANKARA (Reuters) - Ministers from four countries agreed on Thursday to'
     ' extend the grain corridor for another year, officials said.'),
    ('The deal, reached after two days of talks, keeps'
     ' shipping lanes open through the winter.'),
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Related',
    '• Markets rise after the deal',
    '• Farmers welcome the extension',
    '© 2024 Example Times. All rights reserved.',
    '',
])


def test_an_article_page_keeps_its_menus_and_footer_out_of_the_story():
    record = normalizer.normalize_text(ARTICLE, "file:///article.txt")
    (story,) = record["stories"]
    assert story["headline"] == "Ministers agree to extend the grain corridor"
    assert story["source"] == "Reuters" and story["dateline"] == "ANKARA"
    assert story["byline"] == ["Jane Doe"]
    assert story["text"].startswith("ANKARA (Reuters) - Ministers")
    assert story["text"].endswith("(Reporting by Jane Doe; Editing by John Roe)")
    for chrome in ("Example Times", "News", "Share", "Markets rise after the deal"):
        assert chrome not in story["text"]


def test_language_is_detected_on_each_story():
    text = ("Weltnachrichten\n\n"
            "Minister einigen sich auf Verlängerung des Getreidekorridors\n\n"
            "Die Minister aus vier Ländern haben sich am Donnerstag darauf geeinigt, den "
            "Getreidekorridor um ein weiteres Jahr zu verlängern, teilten Beamte mit.\n\n"
            "Ministers agree to extend the grain corridor\n\n"
            "Ministers from four countries agreed on Thursday to extend the grain corridor "
            "for another year, officials said on Thursday evening.\n\n"
            "Les ministres prolongent le corridor céréalier\n\n"
            "Les ministres de quatre pays ont convenu jeudi de prolonger le corridor "
            "céréalier pour une année supplémentaire, ont indiqué des responsables.\n")
    stories = normalizer.normalize_text(text, "file:///mixed.txt")["stories"]
    assert [s["language"] for s in stories] == ["de", "en", "fr"]


PERSIAN_FEED = "\n".join([
    'خبرها',
    '',
    ('ایسنا: وزیر امور خارجه روز دوشنبه گفت که مذاکرات هفته آینده در'
     ' ژنو از سر گرفته می\u200cشود و هیئت ایرانی آماده است.'),
    '',
    ('ایسنا: بانک مرکزی اعلام کرد نرخ تورم در ماه گذشته کاهش'
     ' یافته و قیمت\u200cها در بازار ثابت مانده است.'),
    '',
    ('ایسنا: سازمان هواشناسی برای روزهای آینده در استان\u200cهای'
     ' شمالی هشدار بارش شدید باران صادر کرد.'),
    '',
    ('ایسنا: تیم ملی فوتبال برای دیدار دوستانه هفته آینده'
     ' راهی ترکیه شد و تمرینات خود را آغاز کرد.'),
    '',
])


def test_a_feed_whose_items_open_with_the_outlets_name():
    stories = normalizer.normalize_text(PERSIAN_FEED, "file:///fa.txt")["stories"]
    assert len(stories) == 4
    assert all(s["text"].startswith("ایسنا:") for s in stories)
    # The outlets table knows the agency by its own script's name; it is named as the
    # story writes it (only the world's agencies keep their Latin name in any script).
    assert {s["source"] for s in stories} == {"ایسنا"}
    assert {s["language"] for s in stories} == {"fa"}


FULL_TEXT_FEED = "\n".join([
    '',
    'خبر أول عن المحادثات',
    '',
    ('بدأ وزراء الخارجية اليوم جولة جديدة من المحادثات في جنيف'
     ' حول الاتفاق النووي وسط آمال بتحقيق تقدم.'),
    '',
    'وقال مسؤولون إن الجولة ستستمر ثلاثة أيام وإن الوفود ستناقش مسودة جديدة للاتفاق.',
    '',
    'الوسوم: جنيف، الاتفاق النووي',
    '',
    '© 2012 صحيفة المثال',
    '',
    'خبر ثان عن الاقتصاد',
    '',
    ('أعلن البنك المركزي اليوم خفض سعر الفائدة الرئيسي بنصف'
     ' نقطة مئوية لدعم النمو الاقتصادي المتباطئ.'),
    '',
    ('وأضاف البنك في بيان أن التضخم ما زال تحت السيطرة'
     ' وأن الأسواق استقبلت القرار بارتياح.'),
    '',
    'الوسوم: البنك المركزي، الفائدة',
    '',
    '© 2012 صحيفة المثال',
    '',
])


def test_a_full_text_feed_splits_after_each_copyright_line_in_any_script():
    stories = normalizer.normalize_text(FULL_TEXT_FEED, "file:///ar.txt")["stories"]
    assert [s["headline"] for s in stories] == ["خبر أول عن المحادثات", "خبر ثان عن الاقتصاد"]
    assert all(s["text"].count("\n\n") == 1 for s in stories)


@pytest.mark.parametrize("text, source", [
    ("The Daily Example can reveal that the ministry ignored three warnings.", "The Daily Example"),
    ("Ministers met on Tuesday. The Courier has learned that no deal was signed.", "The Courier"),
    ("Courier exclusive: the ministry ignored three warnings before the flood.", "Courier"),
])
def test_a_papers_own_reporting_names_its_source(text, source):
    dump = (f"Ministry ignored flood warnings\n\n{text}\n\n"
            "Officials declined to comment on the report.\n")
    (story,) = normalizer.normalize_text(dump, "file:///own.txt")["stories"]
    assert story["source"] == source


def test_a_more_link_under_an_excerpt_is_chrome():
    dump = ("Ministry ignored flood warnings\n\nOfficials said on Tuesday that three warnings "
            "had been ignored before the flood.\n\n(more…)\n")
    record = normalizer.normalize_text(dump, "file:///more.txt")
    assert "(more…)" not in record["stories"][0]["text"]
    assert "(more…)" in {r["text"] for r in record["removed"]}


def _paywalled_page(with_lost_headline: bool) -> str:
    """A news page flattened with several articles, each under the same access notice and
    followed by the same subscription box (invented wording, the shape of a real page)."""
    notice = "Access granted for today, scroll down to keep on reading."
    offer = ["Read the Gazette for less this winter.", "$1 a week for the first year.",
             "Learn more"]
    bodies = [
        ("Flood Barriers Hold as River Peaks in the Old Town",
         ["The river crested overnight just below the top of the new barriers, officials said.",
          "Residents who had been moved to schools were allowed home on Sunday morning.",
          "Anna Berg contributed reporting."]),
        ("Council Votes to Keep the Night Trams Running",
         ["The city council voted on Monday to keep the night trams running through spring.",
          "The service had been due to stop in March because of a shortfall in the budget."]),
        ("Harbor Ferry Returns After a Month of Repairs",
         ["The harbor ferry returned to service on Tuesday after a month in the dry dock.",
          "Passengers lined up before dawn to take the first crossing of the day."]),
    ]
    lines = ["The Daily Gazette 2024-12-18 12:10:34", ""]
    for k, (title, paras) in enumerate(bodies):
        if not (with_lost_headline and k == 2):
            lines += [title, ""]
        lines += [notice, ""]
        for p in paras:
            lines += [p, ""]
        for o in offer:
            lines += [o, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("lost", [False, True])
def test_a_notice_repeated_under_each_headline_marks_the_articles(lost):
    record = normalizer.normalize_text(_paywalled_page(lost), "file:///gazette.txt")
    stories = record["stories"]
    assert len(stories) == 3
    expected = ["Flood Barriers Hold as River Peaks in the Old Town",
                "Council Votes to Keep the Night Trams Running",
                None if lost else "Harbor Ferry Returns After a Month of Repairs"]
    assert [s["headline"] for s in stories] == expected
    # The page's recurring lines are cruft in every story; the credit line stays.
    for s in stories:
        assert "Access granted" not in s["text"] and "$1 a week" not in s["text"]
        assert "Learn more" not in s["text"]
    assert stories[0]["text"].endswith("Anna Berg contributed reporting.")
    # No agency is credited: the stories are the publisher's, named on the first line.
    assert {s["source"] for s in stories} == {"The Daily Gazette"}


AGENCY_PAGE = "\n\n".join([
    "خبرگزاری نمونه",
    "العربیه",
    "English",
    "صفحه اصلی › اقتصاد › بورس",
    "بازار سرمایه در سه ماه رشد کرد",
    "۲ تیر ۱۳۹۹ - ۱۲:۰۹",
    ("خبرگزاری نمونه - رئیس سازمان بورس اعلام کرد که ورود نقدینگی به بازار سرمایه"
     " در سه ماه نخست سال از کل سال گذشته بیشتر بوده است."),
    ("به گزارش خبرنگار اقتصادی، وی افزود که شفافیت بازار و نظارت بر معاملات"
     " در این مدت بهتر شده و باید ادامه پیدا کند."),
    "صندوق تازه برای تامین مالی",
    ("رئیس سازمان بورس گفت که مقررات صندوق تازه تصویب و ابلاغ شده است تا"
     " شرکت‌ها بتوانند از این راه سرمایه جذب کنند."),
    "لینک کوتاه:",
    "سایر اخبار مهم",
    "قیمت سکه و طلا در بازار افزایش یافت",
    "خبرگزاری نمونه",
    "© - Example News Agency",
])


def test_a_single_story_opening_with_its_agency_name_takes_that_name():
    (story,) = normalizer.normalize_text(AGENCY_PAGE, "file:///agency.txt")["stories"]
    # The breadcrumb is navigation, not the headline; the language menu credits no one.
    assert story["headline"] == "بازار سرمایه در سه ماه رشد کرد"
    assert story["source"] == "خبرگزاری نمونه"
    # The sub-heading's paragraph under the article's last one continues the article.
    assert story["text"].endswith("سرمایه جذب کنند.")


def test_a_story_opening_with_a_newspaper_that_wrote_it_credits_the_newspaper():
    page = AGENCY_PAGE.replace("خبرگزاری نمونه - ", "روزنامه مثال نوشت:")
    (story,) = normalizer.normalize_text(page, "file:///paper.txt")["stories"]
    assert story["source"] == "روزنامه مثال"


def _blog_archive() -> str:
    """A blog's archive page flattened: header and menu, three whole posts (title, date
    line, paragraphs, a "Posted in" line), then a sidebar listing the same titles."""
    posts = [
        ("Notes from the river camp", "Posted on 3 May 2013 by anna",
         ["We walked along the river for two days and met the people who had built the camp.",
          "Most of them had come from the towns upstream after the mills closed last year.",
          "They asked us to write down what they need, and we promised to come back soon."]),
        ("Why the library should stay open", "Posted on 20 April 2013 by anna",
         ["The council wants to close the library in the spring to save a little money.",
          "Readers have collected more than two thousand names against the plan so far.",
          "The meeting on Thursday is open to everyone who wants to speak about it."]),
        ("A letter to our neighbours", "Posted on 2 April 2013 by tom",
         ["Dear neighbours, the garden at the corner belongs to all of us who care for it.",
          "We are planting beans and flowers this weekend and would love to see you there.",
          "Bring gloves if you have them; we have tools and tea for everyone who comes."]),
    ]
    lines = ["Our Street Blog", "Notes from a small street", "• Home", "• About", "• Contact"]
    for title, date, paras in posts:
        lines += [title, date, *paras, "Posted in General | Leave a comment"]
    lines += ["Recent posts", *[f"• {t}" for t, _, _ in posts], "Search for:", "Our Street Blog"]
    return "\n\n".join(lines)


def test_an_archive_of_whole_posts_gives_one_story_a_post_under_its_title():
    stories = normalizer.normalize_text(_blog_archive(), "file:///blog.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Notes from the river camp", "Why the library should stay open",
        "A letter to our neighbours"]
    assert all(s["text"].count("\n\n") == 2 for s in stories)  # three paragraphs each
    assert not any("Posted in" in s["text"] or "Recent posts" in s["text"] for s in stories)


@pytest.mark.parametrize("text, prose", [
    ("Minister says the talks will resume in...", False),        # a link's title, cut short
    ("6 اصابات جديدة بالفيروس في الصين…", False),
    ("How new technology and data-driven business models can help the retail trade "
     "cut the waste it produces every single day …", True),      # a teaser's excerpt
])
def test_a_line_cut_short_is_a_title_unless_it_is_an_excerpt(text, prose):
    assert is_prose(Block(text=text)) is prose


def test_a_books_details_box_is_no_headline():
    dump = "\n\n".join([
        "A fashion blog between two covers",
        "The blog has now been published as a book, illustrated by its two authors.",
        "Hardcover: 80 pages",
        "Publisher: Example Books",
        "Edition: 1 (27 May 2013)",
        "Language: English",
        "ISBN-10: 3942795116",
        "The book is a parody of the fashion world and of the cult around fashion bloggers.",
        "Its heroine tells us in short, sharp entries what is in and where to be seen.",
    ])
    (story,) = normalizer.normalize_text(dump, "file:///book.txt")["stories"]
    assert story["headline"] == "A fashion blog between two covers"
    assert story["text"].endswith("where to be seen.")


def test_the_publisher_is_read_from_a_footer_with_an_address_and_stray_lines_stay_out():
    dump = "\n\n".join([
        "Council keeps the night trams running",
        "The city council voted on Monday to keep the night trams running through spring.",
        "The service had been due to stop in March because of a shortfall in the budget.",
        "Riders had collected thousands of names against the plan over the winter months.",
        ("The mayor said the money would come from the parking fund, which had more left at the"
         " end of last year than the council had expected when it drew up the budget."),
        ("Trade unions welcomed the vote and said that night workers in the hospitals and the"
         " bakeries of the city depended on the trams to get to work and home again."),
        "Sites & Partners", "e-Newspaper", "Public notices", "Events calendar", "Careers",
        "Services", "Advertise with us", "Contact us", "RSS feeds",
        "© Copyright 2020 The Example Star, 12 Main St. Tucson, AZ | Terms of Use",
        "Get up-to-the-minute news sent straight to your device.",
        "Notifications", "Settings",
    ])
    (story,) = normalizer.normalize_text(dump, "file:///star.txt")["stories"]
    assert story["source"] == "The Example Star"
    assert "Settings" not in story["text"] and "Notifications" not in story["text"]


def test_a_list_of_headlines_after_the_article_makes_no_story():
    article = [
        "Stock exchange draws record inflows",
        ("The head of the stock exchange said on Monday that more money had flowed into the"
         " market in three months than in the whole of last year."),
        ("He said that the market had become more transparent and that supervision of trading"
         " had improved, and that this work would go on."),
    ]
    latest = [  # long titles, no sentence among them, one of them a question
        "Minister answers critics of the fuel price plan / prices to stay the same until spring",
        "Parliament committee meets the central bank governor over the currency",
        ("Why do the neighbours refuse to talk about the new pipeline and the water it would"
         " need in the dry months of the summer?"),
        "Farmers ask for help after the late frost destroyed much of the harvest in the north",
    ]
    dump = "\n\n".join([*article, "Latest in Economy", *latest])
    (story,) = normalizer.normalize_text(dump, "file:///latest.txt")["stories"]
    assert story["headline"] == article[0]
    assert story["text"].count("\n\n") == 1
