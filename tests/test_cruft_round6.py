"""Cruft that survives when a story is pasted into a blog post, by shape: the notices a site
prints beside every story (comments closed, the article's age, its machine-read audio, a
privacy consent, an order to get the app, a newsletter's terms, a page that needs a script,
a like button, "about us"), tip lines and a reporter's address closing the story, paywall
blurbs that address the reader in more languages, captions whose credit closes their
sentence or stands on the line above or below, follow lines that address the reader, a
follow button alone, share bars that repeat their verb, keyword lines of lower-cased names,
a list heading in capitals, question titles and section-named labels over related lists,
previous/next links and save, show-all and full-screen controls.

Each shape is tested in several languages, beside the story lines of the same words that
must stay. The lines are invented in the shapes real pages use; none is a line of a gold
set. The last tests run the cleaner over every story of the project's real gold sets,
followed by furniture and by the set's own cruft lines, and check that no story line is
taken out beyond the few known before these rules.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from tests.real_gold import REAL, gold_stories

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str]) -> list[tuple[str, str | None]]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [(b.role, b.cruft_kind) for b in blocks]


def last_role(line: str) -> str:
    """The role of ``line`` pasted after a story's two paragraphs."""
    return roles([PARA, PARA2, line])[2][0]


# --- the site's notices, by two words of one row ----------------------------------------

@pytest.mark.parametrize("line", [
    "Comments are closed for this article.",
    "Die Kommentarfunktion ist derzeit deaktiviert.",
    "Les commentaires sont fermés.",
    "Los comentarios están cerrados.",
    "Kommentarer er lukket for denne artikel.",
    "Komentarze zostały wyłączone.",
])
def test_comments_closed_notices_are_chrome(line):
    assert last_role(line) == CRUFT


@pytest.mark.parametrize("line", [
    "This article is more than 7 years old.",
    "Cet article publié en 2015 pourrait contenir des informations qui ne sont plus à jour.",
    "Dieser Artikel ist älter als ein Jahr und womöglich nicht mehr aktuell.",
    "Este artículo tiene más de 3 años y puede estar desactualizado.",
    "Deze artikel is ouder dan twee jaar.",
])
def test_old_article_notices_are_chrome(line):
    assert last_role(line) == CRUFT


@pytest.mark.parametrize("line", [
    "The audio of this article is AI-generated. Mistakes may occur.",
    "Uppläsningen är AI-genererad och kan innehålla fel.",
    "Diese Audioversion wurde künstlich erzeugt.",
    "Voix de synthèse : cet article est lu par une voix générée par l'IA.",
])
def test_machine_read_audio_notices_are_chrome(line):
    assert last_role(line) == CRUFT


@pytest.mark.parametrize("line", [
    "By signing up you agree to our Terms of Use and Privacy Policy.",
    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
    "En vous inscrivant, vous acceptez notre politique de confidentialité.",
    "Al suscribirte aceptas nuestra política de privacidad.",
])
def test_privacy_consent_lines_are_promos(line):
    assert roles([PARA, PARA2, line])[2] == (CRUFT, "promo")


@pytest.mark.parametrize("line", [
    "Download our app for the latest news",
    "Laden Sie jetzt unsere App herunter!",
    "Haberleri takip etmek için uygulamamızı indirin",
    "समाचार पढ़ने के लिए ऐप डाउनलोड करें",
    "Pobierz aplikację i czytaj wiadomości",
])
def test_orders_to_get_the_app_are_promos(line):
    assert last_role(line) == CRUFT


@pytest.mark.parametrize("line", [
    "Millions of people downloaded the app within a week, the company said.",
    "The approach to downloads has changed since the update.",
])
def test_story_sentences_about_apps_stay(line):
    assert last_role(line) == TEXT


@pytest.mark.parametrize("line", [
    "We send this newsletter once a week; you can unsubscribe at any time.",
    "Der Newsletter erscheint wöchentlich und kann jederzeit abbestellt werden.",
    "Nieuwsbrief: wekelijks in je mailbox, afmelden kan op elk moment.",
])
def test_newsletter_terms_are_promos(line):
    assert last_role(line) == CRUFT


@pytest.mark.parametrize("line", [
    "Please enable JavaScript to watch this video.",
    "Du behöver javascript för att se videon.",
    "Für dieses Video benötigen Sie JavaScript.",
])
def test_a_page_that_needs_a_script_is_chrome(line):
    assert last_role(line) == CRUFT


def test_a_like_button_request_is_chrome():
    assert last_role("기사가 도움이 되셨다면 좋아요를 눌러주세요.") == CRUFT


def test_a_site_telling_the_reader_what_it_is_is_a_promo():
    assert last_role("Vi granskar och ger dig nyheterna på ett sakligt sätt. Mer om oss här.") \
        == CRUFT


@pytest.mark.parametrize("line", [
    "The council closed the comment period on the plan last month.",
    "The article, published in 2015, was cited by the court on Monday.",
    "Speaking about the privacy policy, the minister said she did not agree with it.",
])
def test_story_sentences_naming_the_same_words_stay(line):
    assert last_role(line) == TEXT


# --- tip lines and end matter -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Got a story? Send your tips to news@example.com",
    "Vous avez des informations à nous transmettre? Écrivez à redaction@example.fr.",
    "Hinweise an die Redaktion bitte an tipps@example.de schicken.",
    "歡迎投書，來稿請寄至 editor@example.tw",
])
def test_tip_lines_with_an_address_are_promos(line):
    assert roles([PARA, PARA2, line])[2] == (CRUFT, "promo")


@pytest.mark.parametrize("line", ["reporter@example.co.kr (END)", "name@example.com"])
def test_a_reporters_address_closing_the_story_is_end_matter(line):
    assert last_role(line) == CRUFT


def test_a_story_line_naming_an_address_without_a_request_stays():
    assert last_role("The group said its statement had been sent from info@example.org "
                     "shortly before midnight, according to the police.") == TEXT


# --- paywall blurbs addressing the reader in more languages --------------------------------

@pytest.mark.parametrize("line", [
    "Als abonnee lees je alle artikels. Je moet nog even inloggen.",
    "Som prenumerant får du tillgång till allt. Logga in här.",
    "Jako subskrybent masz dostęp do wszystkiego, twoje konto czeka.",
])
def test_paywall_blurbs_addressing_the_reader_are_cruft(line):
    assert last_role(line) == CRUFT


# --- captions -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Firefighters work at the site of the blast. — © AGENCIA",
    "Politie bij het gerechtsgebouw. — © BELGA",
    "Para wisudawan berfoto bersama usai acara(Dok.Kampus )",
    "The islands were listed for sale last year. (Island Realty Group)",
    "El presidente, durante una rueda de prensa en Madrid, 3 de junio de 2024. (Madrid)",
    "시민들이 15일 서울 광장에서 행진하고 있다. 연합뉴스",
    "후보가 15일 유세에서 인사를 하고 있다. 홍길동 기자",
])
def test_captions_closed_by_their_credit_are_captions(line):
    assert roles([PARA, PARA2, line])[2] == (CRUFT, "caption")


@pytest.mark.parametrize("line", [
    "Police are still investigating the cause of the fire. (dpa)",
    "Police are still investigating the cause of the fire. (AP)",
    "The grant was announced on Friday. (E-2)",
    "He said the talks would continue. The next round is set for May. (Reuters Staff Writer)",
])
def test_sign_offs_and_codes_in_brackets_stay(line):
    assert last_role(line) == TEXT


def test_a_caption_over_its_credit_under_furniture_is_a_caption():
    got = roles([PARA, PARA2, "Advertisement",
                 "The mayor visits the flooded district on Monday.", "Photo: Jane Doe"])
    assert got[3] == (CRUFT, "caption")


def test_a_name_over_a_credit_is_a_caption():
    assert roles([PARA, PARA2, "Stadshuset i Göteborg.", "Foto: Anna Svensson"])[2][0] == CRUFT


def test_a_stories_last_sentence_over_a_credit_line_stays():
    """A page may put a picture's credit right under the story's last paragraph."""
    got = roles([PARA, PARA2, "The bonds will be redeemed in February 2032.",
                 "Photo: Jane Doe/Agency"])
    assert got[2] == (TEXT, None)


def test_a_caption_under_its_credit_line_is_a_caption():
    got = roles([PARA, PARA2, "IMAGO/Agency Press",
                 "Die Ministerin bei einem Termin in Berlin 2019"])
    assert got[3] == (CRUFT, "caption")


def test_a_long_caption_naming_several_people_by_side_is_a_caption():
    line = ("Defence minister John Roe, second left, army chief Mark Poe, left, and the "
            "exercise director General Ann Loe, second right, take part in the opening "
            "ceremony of the annual joint exercises at the officers' club at the army "
            "headquarters in the capital, where delegations from eleven countries met for "
            "the first day of the drills yesterday.")
    assert last_role(line) == CRUFT


def test_a_long_caption_closed_by_a_bracketed_photo_credit_is_a_caption():
    line = ("Displaced families queue for food at a charity kitchen in the north of the "
            "territory on 24 April 2025. According to the relief agency, more than a "
            "million people face acute food shortages, with malnutrition far higher than "
            "before the fighting began. Aid groups say at least two million people have "
            "fled their homes. (Photo: Jane Doe)")
    assert last_role(line) == CRUFT


# --- follow, share and controls -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Add Example News as a preferred source on Google to see more of our stories in your feed.",
    "If you follow us on Facebook or Instagram, find out how you can stay connected with us.",
    "Cek berita lain di Google News dan ikuti WhatsApp channel example.com",
])
def test_follow_lines_addressing_the_reader_or_naming_a_url_are_promos(line):
    assert roles([PARA, PARA2, line])[2] == (CRUFT, "promo")


def test_a_story_sentence_about_a_network_stays():
    assert last_role("The minister said she would follow the debate on Facebook and answer "
                     "questions from voters in the evening.") == TEXT


@pytest.mark.parametrize("line", ["Folgen", "Suivre", "Obserwuj", "+ Follow", "팔로우",
                                  "Del på Facebook Del på e-post", "Gem på læseliste",
                                  "Spara", "Zobrazit vše", "Show all", "Článek",
                                  "Öppna bild i helskärm", "Vollbild"])
def test_buttons_and_controls_alone_are_chrome(line):
    assert last_role(line) == CRUFT


@pytest.mark.parametrize("line", ["Die Folgen waren für die Stadt schwer und teuer.",
                                  "Dela av staden var utan ström i två dagar."])
def test_story_sentences_opening_with_a_button_word_stay(line):
    assert last_role(line) == TEXT


# --- keyword lines, list headings and labels -----------------------------------------------

def test_a_keyword_line_of_lower_cased_names_is_chrome():
    story = ("Jan Kowalski met Anna Nowak in Gdansk on Monday to discuss the port, the "
             "shipyard and the new bridge over the Vistula.")
    got = roles([story, PARA2, "jan kowalski anna nowak gdansk port vistula"])
    assert got[2][0] == CRUFT


def test_a_lower_case_sentence_of_a_blog_stays():
    story = ("Jan Kowalski met Anna Nowak in Gdansk on Monday to discuss the port, the "
             "shipyard and the new bridge over the Vistula.")
    line = ("in the coming days we will share more ideas and plans with you on twitter and "
            "on the blog of jan and anna")
    assert roles([story, PARA2, line, PARA])[2][0] == TEXT


def test_headlines_under_a_capitalised_list_heading_are_a_related_list():
    """The titles go; the heading itself is left to the splitter (see the rule)."""
    got = roles([PARA, PARA2, "HERE'S WHAT YOU NEED TO KNOW ABOUT THE STORM:",
                 "Storm cuts power to thousands along the coast",
                 "Schools closed? What parents need to know, officials say",
                 "Airports reopen after a day of cancellations"])
    assert [r for r, _ in got[3:]] == [CRUFT] * 3


def test_a_capitalised_heading_over_the_storys_own_sentences_stays():
    got = roles([PARA, "HERE'S WHAT ELSE IS GOING ON:", PARA2, PARA])
    assert got[1] == (TEXT, None)


def test_a_question_title_under_a_list_label_is_a_related_link():
    got = roles([PARA, PARA2, "La rédaction vous conseille",
                 "Pourquoi la ville a-t-elle fermé le pont sur la rivière cette semaine ?",
                 "Le maire annonce un nouveau budget pour les écoles de la ville"])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3


@pytest.mark.parametrize("label", ["Politics & Government Latest Articles",
                                   "Sport Related News"])
def test_a_list_label_after_a_sections_name_takes_its_titles(label):
    got = roles([PARA, PARA2, label, "Council approves the budget for next year ...",
                 "Mayor opens the new bridge over the river at dawn"])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3


@pytest.mark.parametrize("line", [
    "PREVIOUS Council approves the budget for next year",
    "Nächster Artikel: Stadtrat beschließt den Haushalt",
    "Article précédent Le maire inaugure le nouveau pont",
])
def test_previous_and_next_links_are_related_links(line):
    assert roles([PARA, PARA2, line])[2] == (CRUFT, "related_link")


# --- nothing true removed: every real gold story ----------------------------------------------

FURNITURE = ["Share this:", "Facebook", "Related", "Another story of the same site today"]
#: Stories with a line the cleaner took out before these rules (each a known failure of an
#: older rule; see tests/test_cruft_round5.py), and how many: these rules must add none.
KNOWN_FURNITURE = {"heldout16/2025/06/05/gulf-of-north-america/#0": 1,
                   "afpbb-nigeria-2018.gold.json#0": 1, "dailymaverick-icj-2025.gold.json#0": 1,
                   "echte-demokratie-blog-2014.gold.json#1": 1,
                   "echte-demokratie-blog-2014.gold.json#6": 1,
                   "echte-demokratie-blog-2014.gold.json#7": 1,
                   "heldout3/2020/10/04/sony-kioxia-huawei/#0": 1,
                   "heldout4/2024/12/23/shinyanga-watu-wanaswa/#0": 1,
                   "heldout7/2016/05/03/emc-leap-virtustream/#0": 1,  # its first measurement
                   "theweek-speedreads-2020.gold.json#2": 1,
                   "heldout19/2012/01/17/canada-fetal-sex-disclosure/#0": 1,  # its first
                   # the eighth held-out set's and dumps8's, at their first measurement
                   "heldout8/2010/01/29/pence-obama-gop-conference/#0": 1,
                   "heldout8/2011/10/24/jordan-king-interview/#0": 1,
                   "heldout8/2016/03/16/korean-art-american-museums/#0": 1,
                   "ap-mexico-economy-2023.gold.json#0": 1, "cbc-sinwar-2024.gold.json#0": 1,
                   "mnd-steel-tariffs-2025.gold.json#0": 1,
                   # the ninth's, at its first measurement (bare section numbers)
                   "heldout9/2020/06/05/buyidao-xin-baguo-lianjun/#0": 3,
                   # dumps9's, at its first measurement (a contact line, a "Here's how." lead)
                   "wired-plaintext-google-2023.gold.json#0": 1,
                   "wired-plaintext-google-2023.gold.json#5": 1,
                   # dumps9b's, at its first measurement (a timetable's tab-separated rows)
                   "hurriyet-teravih-2022.gold.json#0": 27,
                   # the twelfth's batch 2 (heldout12b), at its first measurement: a
                   # sub-heading repeating the opening words of the quote under it
                   "heldout12b/2026/03/22/erzgebirge-practices-staff-shortage/#0": 2,
                   # the thirteenth's batch 2 (heldout13b), at its first measurement: a
                   # summary box and the lead it repeats, read as an image's alt and caption
                   "heldout13b/2012/01/11/ces-las-vegas-four-highlights/#0": 2,
                   # dumps12's, at its first measurement: a live blog entry's football
                   # line-up (names between dashes and commas), read as chrome
                   "444-elo-real-barca-2014.gold.json#2": 1,
                   # dumps13b's, at its first measurement (news databases' result pages):
                   # schedule rows, staff-initials sign-offs, bracketed sub-headings, briefs,
                   # a TV listing line, a credits line, a translator's credit
                   "afp-nexis-syria-2013.gold.json#11": 1, "afp-nexis-syria-2013.gold.json#15": 1,
                   "afp-nexis-syria-2013.gold.json#46": 1, "afp-nexis-syria-2013.gold.json#47": 1,
                   "afp-nexis-syria-2013.gold.json#48": 1, "afp-nexis-syria-2013.gold.json#51": 1,
                   "afp-nexis-syria-2013.gold.json#54": 1, "asahi-kikuzo-1985.gold.json#31": 1,
                   "asahi-kikuzo-1985.gold.json#62": 4, "asahi-kikuzo-1985.gold.json#64": 1,
                   "asahi-kikuzo-1985.gold.json#94": 1, "sz-factiva-jamaika-2017.gold.json#46": 1,
                   "yomiuri-yomidasu-heisei-2018.gold.json#0": 1,
                   "yomiuri-yomidasu-heisei-2018.gold.json#6": 2,
                   "yomiuri-yomidasu-heisei-2018.gold.json#23": 24,
                   "yomiuri-yomidasu-kitachosen-2009.gold.json#34": 1,
                   # dumps14 (a clippings newsletter): a clipping's last line, a sub-heading
                   # after paragraphs cut off with "...", read as a related link
                   "bzk-knipselkrant-2017.gold.json#11": 1,
                   "bzk-knipselkrant-2017.gold.json#26": 1,
                   # dumps14b (a press database's page): photo news naming the people in the
                   # picture, read as a caption
                   "defacto-noen-ostern-2013.gold.json#1": 1,
                   "defacto-noen-ostern-2013.gold.json#4": 1,
                   "defacto-noen-ostern-2013.gold.json#5": 1,
                   # dumps15b (press-database exports), at its first measurement: an agency
                   # credit line on its own ("mit dpa und dapd"), a gadget review's paragraph
                   # about a price, a columnist's bio line
                   "spiegel-nexis-euro-2012.gold.json#0": 1,
                   "spiegel-nexis-euro-2012.gold.json#2": 1,
                   "weltwoche-factiva-pirlo-2012.gold.json#2": 1,
                   # dumps16b (e-mailed press digests), at its first measurement: a newswire
                   # story's closing contact line ("Write to NAME at ADDRESS"), read as a
                   # mail or follow-us line
                   "enron-mentions-martin-0118-2002.gold.json#4": 1,
                   # dumps17 and dumps17b (a Russian e-zine's news columns, a Usenet finance
                   # digest), at their first measurement: a compiler's signature with its credit
                   # ("Б.Н.Н. по материалам агенства NewsByte"), read as a related link; a
                   # background box opening with an agency's label ("Спpавка "PostFactum": ..."),
                   # read as a promo
                   "softpanorama-crime-1991.gold.json#0": 1,
                   "relcom-finance-sng-1993.gold.json#2": 1,
                   # dumps23's, at its first measurement (round 30, kept unseen; the same
                   # on 3073547's code): a match report's broadcasters-by-country list
                   # ("Uruguay, Venezuela: Star+ y ESPN"), a row read as a menu
                   "libero-brighton-united-2022.gold.json#0": 1,
                   # dumps28's, at its first measurement (round 37, older rules): El Sol de
                   # Mazatlán's first paragraph, printed twice by the page, read as an
                   # image's alt text and caption; a Rwandan report's paragraph about the
                   # ceremony's presentations, read as a caption
                   "elsolmazatlan-petroleo-2020.gold.json#0": 2,
                   "rnanews-youth-awards-2020.gold.json#0": 1,
                   # dumps37's, at its first measurement (round 43, kept unseen; older
                   # rules): a Chinese column's bare section numbers "1", "2", "3" on lines
                   # of their own, read as counters
                   "1905-short-video-culture-2024.gold.json#0": 3,
                   # dumps38's, at its first measurement (kept unseen; older rules): a Chinese
                   # story's "……" line ending its list of quoted topics, read as a bare
                   # ellipsis
                   "qdaily-hater-dating-app-2017.gold.json#0": 1,
                   # dumps43's, at its first measurement (kept unseen; older rules): a
                   # politics column's quoted paragraph opening "The big picture:" (a
                   # quoted outlet's label), read as cruft
                   "vanityfair-levin-vaccine-summit-2020.gold.json#0": 1,
                   # dumps45's, at its first measurement (kept unseen; older rules): a
                   # magazine feature's list box footnote "Source: Internet Retailer Top 500
                   # Guide" (a data source's line, not the story's), read as a source label
                   "motherjones-warehouse-wage-slave-2012.gold.json#0": 1}
# (dumps52's daily explainer's tail, its last bullet list's two items and its last paragraph
# closing "(spr/dpa)", read as cruft at the group's first measurement, are its text since
# round 56: two points one under the other under a colon-ended paragraph are its list, and
# an editor's initials with the agency in brackets sign a paragraph, no caption)
# (dumps49's two score sheets of a football fan magazine, the match, its scorers with their
# teams' initials and both line-ups on one line, taken out as captions at the group's first
# measurement, are their teasers' leads since round 53)
# (dumps42's Wuhan portal's closing editor line "【编辑：姚昊】", read as cruft at the group's
# first measurement, is its story's closing credit since round 48)
#: (round 27: the live blog's quoted paragraph "... do not represent the views of our
#: communities ...", read as a site's disclaimer since round 26, is kept: a paragraph opening
#: with a quotation mark is quoted speech, never the site's disclaimer)
#: (the tenth's, the eleventh's, the twelfth's batch 1, the thirteenth's and the
#: fourteenth's first measurements, heldout11, heldout11b, heldout12, heldout13, heldout14 and
#: heldout14b, added none, with the furniture or with their own cruft; so did the fifteenth's,
#: heldout15 and heldout15b, on main 8862faa's code; the sixteenth's, heldout16, on main
#: 63ccd9a's code, added one to KNOWN_FURNITURE: a syndicated column's translator line,
#: "Aus dem Englischen von NAME", read as a related link, an older rule; the nineteenth's,
#: heldout19, on main 8e5283b's code, added one: an AFP paragraph ending "... editorial
#: viewpoints are not necessarily those of the CMA", read as a disclaimer, an older rule)
#: ... and, read as a text dump only, a story that repeats lines of its own lists (a dump's
#: line shown twice is read as a repeated caption or link title: an older rule).
KNOWN_DUMP_ONLY = {"heldout5/2025/01/08/coches-mas-vendidos-espana/#0": 6}
#: ... and, read as a page's blocks only (not as a dump), dumps11b's at its first measurement:
#: a Turkish story's paragraph that repeats most of its lead (a repeated-lead rule).
KNOWN_BLOCKS_ONLY = {"onedio-diyanet-2024.gold.json#0": 1,
                     # dumps13b's, at its first measurement: more schedule and list rows and
                     # staff-initials sign-offs, read as listing rows or signatures
                     "afp-nexis-syria-2013.gold.json#19": 1,
                     "afp-nexis-syria-2013.gold.json#22": 1,
                     "afp-nexis-syria-2013.gold.json#30": 1,
                     "afp-nexis-syria-2013.gold.json#33": 1,
                     "afp-nexis-syria-2013.gold.json#34": 1,
                     "afp-nexis-syria-2013.gold.json#36": 1,
                     "afp-nexis-syria-2013.gold.json#39": 1,
                     "afp-nexis-syria-2013.gold.json#44": 1, "asahi-kikuzo-1985.gold.json#12": 1,
                     "yomiuri-yomidasu-heisei-2018.gold.json#13": 13,
                     # (a year's sports calendar as one story, "【１月】" month heads over
                     # "DD　EVENT　PLACE" rows: round 25's list rules for theme posts, its
                     # caseless titles and dated listings, take 38 more of its rows on the
                     # page path, 134 -> 172; the dump path, which reads this export, the
                     # same)
                     "yomiuri-yomidasu-heisei-2018.gold.json#23": 172,
                     "yomiuri-yomidasu-kitachosen-2009.gold.json#30": 1,
                     "yomiuri-yomidasu-kitachosen-2009.gold.json#34": 14,
                     # dumps15's, at its first measurement: two numbered list items of a
                     # journal article ("2.Identify ...", "5. Apply ...")
                     "factiva-cnui-airpower-2018.gold.json#1": 2,
                     # dumps16b's, at its first measurement: a reporter's bio line closing a
                     # story ("NAME is a CITY-based reporter for SITE."), read as an author box
                     "enron-mentions-martin-0118-2002.gold.json#6": 1,
                     # heldout19's, at its first measurement: a Taiwanese story's last line,
                     # an office's name and web address ("NAME：http://..."), read as a link
                     "heldout19/2012/01/11/lunar-new-year-clinics/#0": 1,
                     # heldout20's, at its first measurement (main 9de39c9): a Swedish
                     # story's quote paragraph repeating a quoted sentence of its bullet
                     # summary, read as a repeat
                     "heldout20/2026/08/02/zelenskyj-vadjar-kritiskt/#0": 1,
                     # dumps23's, at its first measurement (round 30): four more rows of
                     # that broadcasters list, read as links as a page's blocks
                     "libero-brighton-united-2022.gold.json#0": 4,
                     # dumps45's, at its first measurement: three paragraphs of a magazine
                     # feature ("We are surrounded by signs ...", "With an hour left in the
                     # day, ...", "“You’ll feel carpal tunnel start to set in,” ..."), read as
                     # cruft as a page's blocks
                     "motherjones-warehouse-wage-slave-2012.gold.json#0": 3}


def _taken(story: list[str], after: list[str], *, dump: bool) -> int:
    """How many of the story's blocks the cleaner takes out, with ``after`` pasted under it
    (the story's blocks are the first ones: as many as the story alone makes)."""
    n = len(dump_blocks("\n\n".join(story)))
    blocks = dump_blocks("\n\n".join([*story, *after]))
    classify(blocks, dump=dump)
    return sum(b.role == CRUFT for b in blocks[:n])


@pytest.mark.parametrize("dump", [False, True])
def test_no_gold_story_line_is_taken_out_beyond_the_known_ones(dump):
    stories = gold_stories()
    assert len(stories) > 150
    taken = Counter()
    for key, text in stories:
        story = text.split("\n\n")
        n = max(_taken(story, FURNITURE, dump=dump), _taken(story, [], dump=dump))
        if n:
            taken[key] = n
    assert taken == Counter(KNOWN_FURNITURE) + Counter(KNOWN_DUMP_ONLY if dump
                                                       else KNOWN_BLOCKS_ONLY)


#: Records whose story lost a line when followed by the record's own cruft lines (as a
#: pasted post has them) before these rules: these rules must add none.
KNOWN_PASTED = {"heldout3/2020/10/04/sony-kioxia-huawei/": 1,
                "heldout4/2025/01/14/israel-hamas-teisen-goui/": 1,
                "heldout4/2024/12/23/shinyanga-watu-wanaswa/": 1,
                "heldout7/2016/05/03/emc-leap-virtustream/": 1,  # its first measurement
                # the eighth held-out set's, at its first measurement
                "heldout8/2010/01/29/pence-obama-gop-conference/": 1,
                "heldout8/2010/11/13/burmese-dissident-freed/": 1,
                "heldout8/2011/10/24/jordan-king-interview/": 1,
                "heldout8/2016/03/16/korean-art-american-museums/": 1,
                "heldout9/2020/06/05/buyidao-xin-baguo-lianjun/": 3,  # the ninth's, first
                # the twelfth's batch 2, at its first measurement (as in KNOWN_FURNITURE)
                "heldout12b/2026/03/22/erzgebirge-practices-staff-shortage/": 2,
                # the thirteenth's batch 2, at its first measurement (as in KNOWN_FURNITURE)
                "heldout13b/2012/01/11/ces-las-vegas-four-highlights/": 2,
                # the nineteenth's, at its first measurement (as in KNOWN_FURNITURE and
                # KNOWN_BLOCKS_ONLY)
                "heldout19/2012/01/17/canada-fetal-sex-disclosure/": 1,
                "heldout19/2012/01/11/lunar-new-year-clinics/": 1,
                # the twentieth's, at its first measurement (as in KNOWN_BLOCKS_ONLY)
                "heldout20/2026/08/02/zelenskyj-vadjar-kritiskt/": 1}


def test_no_gold_story_line_is_taken_out_by_the_records_own_cruft_after_it():
    """Each story of each site set, then its record's cruft lines as paragraphs (how the
    held-out evaluations paste a story into a post): the cruft rules that read a story's
    tail and neighbours must leave every story line."""
    taken = Counter()
    for gold in sorted(Path(REAL).rglob("gold.jsonl")):
        for raw in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(raw)
            if not rec.get("cruft"):
                continue
            story = [p for st in rec["stories"] for p in st["text"].split("\n\n")]
            n = _taken(story, rec["cruft"], dump=False)
            if n:
                taken[f"{gold.parent.name}{rec['url']}"] = n
    assert taken == Counter(KNOWN_PASTED)


def test_a_list_label_ending_with_an_ellipsis_takes_its_titles():
    got = roles([PARA, PARA2, "Before you leave, here are more stories for you...",
                 "Council approves the budget for next year",
                 "Mayor opens the new bridge over the river at dawn"])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3


def test_a_teaser_lead_cut_by_the_list_under_its_title_is_a_related_link():
    got = roles([PARA, PARA2, "Czytaj więcej",
                 "Rada miasta przyjęła budżet. Burmistrz zapowiada nowe inwestycje",
                 "W poniedziałek rada miasta przyjęła budżet na przyszły rok, a burmistrz "
                 "zapowiedział budowę nowego mostu i dwóch szk..."])
    assert [r for r, _ in got[2:]] == [CRUFT] * 3


@pytest.mark.parametrize("line", [
    "Guter Journalismus hat seinen Preis: Mit unserem Digital-Abo lesen Sie alles.",
    "Met een abonnement lees je alle artikels op onze site.",
])
def test_subscription_offers_addressing_the_reader_are_cruft(line):
    assert last_role(line) == CRUFT
