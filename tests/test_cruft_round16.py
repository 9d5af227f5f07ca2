"""Pasted cruft of four more kinds (issue 10, round 16), each read by its shape or by a
table of words in many languages (``normalizer.cues.text``):

- a long comment policy (a hundred words and more): the reader's rules of conduct, comment
  words again and again, the site or the reader named, and a word of moderation;
- the reader's rights over the data a form collects, or who controls that data (a term of
  data-protection law, personal data named, the reader addressed);
- the programme a story goes with ("This article accompanies the programme ...");
- the print issue a story ran in, named under it.

Each kind is tested between two story paragraphs, beside story lines of a like shape that
must stay. The lines are invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

EN = ("The minister said on Tuesday that talks would resume next week, adding that both "
      "sides had agreed to keep the channel open despite the tensions in the region.")
EN2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
       "meeting of deputy ministers was being prepared for early next month.")

LONG_POLICY_EN = (
    "Dear reader, comments on this site are open from 8 am to 10 pm and close three days "
    "after a story is published. Each comment may run to 1,000 characters, and every user may "
    "post up to 100 comments a week. We set these limits to keep the debate useful for all. "
    "Please follow the terms of use of our site: no insults, no accusations without proof, and "
    "stay on the subject of the story. Comments are published once they have been read and "
    "approved by our moderators, except those of users on the trusted list. Using several "
    "accounts is not allowed. Please report any technical problem to our support desk.")
LONG_POLICY_DE = (
    "Liebe Leserinnen und Leser, Kommentare sind bei uns von 7 bis 22 Uhr möglich und werden "
    "drei Tage nach Erscheinen eines Artikels geschlossen. Ein Kommentar darf höchstens 1000 "
    "Zeichen lang sein. Bitte halten Sie sich an unsere Regeln: keine Beleidigungen, keine "
    "unbelegten Vorwürfe, bleiben Sie beim Thema des Artikels. Alle Kommentare werden von "
    "der Redaktion gelesen und erst danach freigeschaltet. Mehrere Konten für eine Person "
    "sind nicht erlaubt. Technische Probleme melden Sie bitte unserem Support, damit wir "
    "Ihre Kommentare weiter schnell prüfen können.")


def role_of(line: str) -> str:
    """The role the cleaner gives ``line`` standing between two story paragraphs."""
    blocks = dump_blocks("\n\n".join((EN, line, EN2)))
    classify(blocks)
    assert [b.text for b in blocks][1] == line
    assert blocks[0].role == TEXT and blocks[2].role == TEXT
    return blocks[1].role


@pytest.mark.parametrize("line", [
    LONG_POLICY_EN,
    LONG_POLICY_DE,
    # the reader's data rights and the data's controller
    "You have a right of access, rectification, erasure and portability of the personal data "
    "concerning you. To use these rights, please send your request through our form.",
    "Vous disposez d'un droit d'accès, de rectification et d'effacement des données vous "
    "concernant, que vous pouvez exercer par notre formulaire.",
    "Die über dieses Formular übermittelten Daten verarbeitet der Verlag als verantwortliche "
    "Stelle mit Ihrer Einwilligung; Sie haben ein Recht auf Auskunft und Berichtigung.",
    "I dati inviati con questo modulo sono trattati dal titolare del trattamento con il tuo "
    "consenso per inviarti le nostre notizie.",
    "Los datos que nos facilitas serán tratados por el responsable del tratamiento; puedes "
    "ejercer tus derechos de acceso, rectificación y supresión.",
    # the programme a story goes with
    "Dieser Beitrag begleitet die Sendung Abendjournal, Radio 1, 3. März 2024.",
    "This article accompanies the programme Science Weekly, broadcast on 4 May 2024.",
    "Cet article accompagne l'émission Le Journal, diffusée le 2 avril.",
    # the print issue named under the story
    "Este contenido se ha publicado en el número de mayo de la revista en papel, que puedes "
    "descargar aquí",
    "This article appears in the June print edition of the magazine.",
])
def test_notices_go(line: str) -> None:
    assert role_of(line) == CRUFT


@pytest.mark.parametrize("line", [
    # a story's long paragraph about a network's comments and their moderation
    "The platform said it had removed 2 million comments in the quarter, up from 1.4 million, "
    "and that its moderators approved most comments within an hour. Critics said the policy "
    "was applied unevenly: comments attacking officials stayed up for days, while comments "
    "from activists were removed within minutes. The company said its rules were the same for "
    "all users and that it would publish a report on its moderation practices next month. "
    "Regulators in Brussels have asked for details of how comments are reviewed, the number of "
    "moderators employed in each language and the share of decisions made by software.",
    # a story about data-protection law addresses no one
    "Under the regulation, users have a right of access and rectification of their personal "
    "data, the commission said.",
    "Die Behörde verlangt die Löschung der Daten bis Ende Juni, teilte ein Sprecher mit.",
    # a story about a programme and about print
    "The broadcast accompanies the launch of a new season, the station said on Monday.",
    "Der Beitrag wurde in der Sendung am Sonntag ausgestrahlt und löste heftige Kritik aus.",
    "The newspaper ended its print edition in 2019 and now publishes only online.",
])
def test_story_lines_stay(line: str) -> None:
    assert role_of(line) == TEXT


STORY_END = ("The club said the coach would stay until the end of the season, and that talks on "
             "a new contract would begin in the summer.")
TITLES = ["Coach says the squad is ready for the final after a long season",
          "Injured striker returns to training two weeks ahead of schedule",
          "Fans queue overnight for tickets to the cup final in the capital",
          "League confirms new calendar with fewer games in the winter break"]


@pytest.mark.parametrize("label", [
    "Articoli su Calcio", "Toutes les infos sur Football", "Mehr zu Fußball",
    "More on Football", "Todas las noticias sobre Fútbol", "Dai BLOG", "From the blog",
])
def test_titles_under_a_topic_label_go(label: str) -> None:
    """A related list's label naming its topic with no colon, and the titles under it to
    the post's end."""
    blocks = dump_blocks("\n\n".join((EN, STORY_END, label, *TITLES)))
    classify(blocks)
    assert [b.role for b in blocks] == [TEXT, TEXT] + [CRUFT] * (1 + len(TITLES))


@pytest.mark.parametrize("line", [
    "Mehr zu den Hintergründen",
    "Alles über Nacht geändert.",
    "More about Joe Biden's plans for the economy in his second term in office",
])
def test_lines_like_a_topic_label_stay(line: str) -> None:
    assert role_of(line) == TEXT


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    assert [b.text for b in blocks] == lines
    return [b.role for b in blocks]


def test_a_bio_under_its_about_label_goes() -> None:
    """"About Jane" over a line opening with Jane's name, at the post's end: the bio box."""
    bio = ("Jane writes for the paper since 2019. She covers privacy and hacking and edits "
           "the weekly reading tips.")
    assert roles([EN, EN2, "About Jane", bio]) == [TEXT, TEXT, CRUFT, CRUFT]
    assert roles([EN, EN2, "Über den Autor", "Er schreibt seit 2019 über Datenschutz."]) \
        == [TEXT, TEXT, CRUFT, CRUFT]


def test_a_heading_over_another_subject_stays() -> None:
    """"About Berlin" over a paragraph that does not open with the name is the story's."""
    line = "The city has grown by a fifth since 2000, the statistics office said on Monday."
    assert roles([EN, EN2, "About Berlin", line]) == [TEXT, TEXT, TEXT, TEXT]


def test_teasers_ending_with_a_bare_more_link_go() -> None:
    """A listing's teasers (title, lead ending with its bare "more" link) after the story."""
    lines = [EN, EN2,
             "Before the summit: Will Europe agree on a ceasefire plan?",
             "Leaders of a dozen countries meet on Sunday to discuss guarantees for Kyiv. mehr",
             "After the clash: What the White House wants now",
             "The row in the Oval Office leaves allies unsure of the next steps. more"]
    assert roles(lines) == [TEXT, TEXT] + [CRUFT] * 4


def test_a_paragraph_ending_with_more_as_a_word_stays() -> None:
    line = "Prices rose again in March, and economists expect more."
    assert role_of(line) == TEXT


@pytest.mark.parametrize("line", [
    # a link's text closed by its "(new window)" note
    "Want to know more about how we work? Read our journalistic standards (new window)",
    "Vous voulez nous écrire? Écrivez-nous en toute confidentialité (nouvelle fenêtre)",
    # a digest offered, its name late in the line
    "News, analysis, features: twice a day, get our briefing of the day's top stories.",
    "Nouvelles, reportages et chroniques : chaque soir, recevez l'essentiel de l'actualité.",
    # a subscription's perks, and an order to add the site to the home screen
    "Ad-free reading, exclusive stories, summaries and more.",
    "Zéro publicité, contenus exclusifs, lecture avancée et plus encore.",
    "Add our site to your home screen and never miss a story!",
    "Ajoutez notre site à votre écran d'accueil !",
    # the site's disclosure that it earns from its links
    "FTC: We use income earning affiliate links.",
    "When you buy through a link on this page, we may earn a commission.",
    "Dieser Artikel enthält Affiliate-Links: kaufen Sie darüber ein, erhalten wir eine Provision.",
    # an error report request addressing readers as "ihr"
    "Habt ihr einen Fehler im Text entdeckt? Dann weist uns gern darauf hin.",
])
def test_page_lines_go(line: str) -> None:
    assert role_of(line) == CRUFT


@pytest.mark.parametrize("line", [
    "The company said its new window factory (the largest in the region) would open in May.",
    "Advertisers fled the platform, which went ad-free in 2021, analysts said.",
    "The phone's home screen was redesigned to add widgets, the company said on Tuesday.",
    "Retailers pay bloggers a commission on sales made through affiliate links, the report said.",
    "Le ministre recevra un résumé du rapport la semaine prochaine.",
])
def test_story_lines_like_page_lines_stay(line: str) -> None:
    assert role_of(line) == TEXT


@pytest.mark.parametrize("line", [
    "Photo courtesy of Jane Doe/State University.",
    "| Credit: getty images",
    "Blokując reklamy, nie pozwalasz nam tworzyć wartościowych treści.",
    "By blocking ads you prevent us from paying our reporters. Please turn off your ad blocker.",
    "听新闻，按这里!",
    "Click here to listen",
])
def test_credits_and_controls_go(line: str) -> None:
    assert role_of(line) == CRUFT


@pytest.mark.parametrize("line", [
    "Credit/debit card fees rose sharply this year, the central bank said.",
    "Photos by Reuters showed the damage to the bridge.",
    "Listen, the minister said, we will not give in to pressure.",
])
def test_story_lines_like_credits_stay(line: str) -> None:
    assert role_of(line) == TEXT


def test_an_excerpt_ending_with_read_more_stays() -> None:
    """One paragraph ending "... Read more…" is a blog excerpt's own (an archive page's
    post), not a listing's teaser: teasers are read by their "more" link two or more."""
    excerpt = ("A long time without writing, I know. But here I am again with a few lines and "
               "some personal news. Read more…")
    assert roles(["Ended a chapter and starting a new one", excerpt]) == [TEXT, TEXT]


def test_titles_ending_with_their_date_in_uncased_scripts_go() -> None:
    """A related list whose titles end with the day they ran, in a script without capitals
    (Persian, Arabic, Chinese): the list of titles, as in Latin script."""
    fa = ["بررسی تازه درباره خواب و حافظه در بزرگسالان 16 آذر 1403",
          "باتری جدید برای خودروهای برقی در راه است 15 آذر 1403",
          "کتابی درباره تاریخ علم در ایران منتشر شد 14 آذر 1403"]
    zh = ["香港新机场跑道启用，航班量将大增 2025年11月28日",
          "台风过后多区停电，政府呼吁市民节约用电 2025年11月29日",
          "新学年大学收生人数创新高 2025年11月30日"]
    assert roles([EN, EN2, *fa]) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]
    assert roles([EN, EN2, *zh]) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]


def test_a_players_label_goes() -> None:
    assert role_of('Play video, "Why the fire spread so fast", Duration 9,35') == CRUFT


@pytest.mark.parametrize("line", [
    "FOR IMMEDIATE RELEASE",
    "Ссылки по теме:",
    "This is an automated news feed. The contents have not been selected or edited by Example.",
    "(This story has not been edited by Example staff and is auto-generated from a syndicated "
    "feed.)",
    "Wire content is the intellectual property of Example Limited. Any copying, republication "
    "or redistribution of its content is expressly prohibited without its prior written consent.",
])
def test_release_labels_feed_notes_and_wire_notices_go(line: str) -> None:
    assert role_of(line) == CRUFT


def test_titles_with_their_day_and_time_in_brackets_go() -> None:
    titles = ["Νέα μελέτη για τον ύπνο και τη μνήμη (30/12 - 20:06)",
              "Οι γάτες και οι αλλεργίες στους ενήλικες (28/12 - 14:08)",
              "Τα ωμέγα-3 και ο εγκέφαλος των ηλικιωμένων (27/12 - 09:15)"]
    assert roles([EN, EN2, *titles]) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]


@pytest.mark.parametrize("line", [
    "The paper said republication of the letter had been approved by the family.",
    "The match (30/12) drew a record crowd, the club said.",
])
def test_story_lines_like_notices_stay(line: str) -> None:
    assert role_of(line) == TEXT


def test_a_line_naming_its_own_feed_stays() -> None:
    """A colophon's sentence about the site's feed is no feed's disclaimer."""
    line = ("Web standards matter to this site: its markup validates as HTML 5, its layout "
            "uses valid CSS, and its syndicated feed is valid Atom.")
    assert role_of(line) == TEXT
