"""Round 30: a round-up's titled items read as stories of their own (its announcement
over them, its date on each); an article read whole across its own boxes (a newsletter
sign-up, bookmark buttons, readers' comments, a teaser glued into a paragraph); a share
bar's words in other languages."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.cues.text import ROUNDUP_RE, SIGNUP_FORM
from normalizer.pipeline import normalize_text
from normalizer.text.dates import split_date_line

# --- a round-up of titled items ------------------------------------------------------------

_ITEMS = [
    ("Town library opened a seed bank",
     ["The town library now lends seeds as well as books, the council said on Monday, and "
      "has already given out four hundred packets to gardeners from every part of the town "
      "since the scheme began quietly at the start of the month.",
      "Borrowers are asked to bring back seeds from their harvest next autumn, so that the "
      "collection grows every year, and the librarians will hold a workshop on saving seeds "
      "for anyone who has never tried it before."]),
    ("Volunteers cleared the river banks",
     ["More than two hundred volunteers spent Saturday clearing plastic from the banks of "
      "the river, filling ninety bags by the afternoon and finding two bicycles, a shopping "
      "trolley and a sofa among the reeds near the old mill.",
      "The group plans to meet again in the spring, when the water is lower and the banks "
      "are easier to reach, and it hopes that the council will lend it a boat and a trailer "
      "for the heavier rubbish."]),
    ("A bakery began giving away its unsold bread",
     ["A family bakery on the high street now gives its unsold loaves to a food bank every "
      "evening instead of throwing them away, about thirty loaves a day, collected by a "
      "volunteer driver who takes them across town before the food bank closes.",
      "The owner said it had been the customers' idea: several of them had asked what "
      "happened to the bread left on the shelves at closing time, and nobody liked the "
      "answer that it was thrown away."]),
]


def _roundup(announcement: str, *, credits: bool) -> str:
    lines = ["Home", "News", "Good things that happened this week",
             "Words by Jane Smith November 2, 2023", "Share:", "",
             "A seed bank, a clean river and free bread, plus more good news from the town.",
             "", announcement]
    for title, paragraphs in _ITEMS:
        lines += [title, ""]
        for p in paragraphs:
            lines += [p, ""]
        if credits:
            lines += ["Image: Town Photo Club", ""]
    lines += ["Get our newsletter", "About us", "Contact"]
    return "\n".join(lines)


@pytest.mark.parametrize("credits", [False, True])
def test_a_round_ups_titled_items_are_stories_under_their_titles(credits: bool) -> None:
    """The label over the first title says the run below is a round-up: each titled item
    is a story, headed by its title, with its own paragraphs only (a title right under a
    picture's credit is no caption there), and each carries the round-up's date."""
    stories = normalize_text(_roundup("This week's good news roundup", credits=credits),
                             "file:///page.txt")["stories"]
    items = {s["headline"]: s for s in stories}
    for title, paragraphs in _ITEMS:
        assert title in items
        assert items[title]["text"] == "\n\n".join(paragraphs)
        assert items[title]["published"] == "2023-11-02"
    assert all("roundup" not in s["text"] for s in stories)


def test_without_an_announcement_the_same_run_is_one_articles_sub_headings() -> None:
    """The same titled sections under a plain paragraph are an article's sub-headings."""
    text = _roundup("The town had a good week, its people say, and here is why.",
                    credits=False)
    headlines = [s["headline"] for s in normalize_text(text, "file:///page.txt")["stories"]]
    assert not any(title in headlines for title, _ in _ITEMS)


@pytest.mark.parametrize("line", [
    "This week's good news roundup", "Anbei einige Veranstaltungstipps für einen Dienstag.",
    "Die Kurzmeldungen des Tages", "En bref", "Notizie in breve", "News in brief",
    "Kort nieuws", "W skrócie",
])
def test_a_line_that_announces_a_round_up(line: str) -> None:
    assert ROUNDUP_RE.search(line)


@pytest.mark.parametrize("line", [
    "The minister was brief in her remarks.", "Tipping point for the climate",
    "The round of talks ended on Friday.",
])
def test_a_line_that_announces_no_round_up(line: str) -> None:
    assert not ROUNDUP_RE.search(line)


# --- a share bar ------------------------------------------------------------------------------

def test_a_share_bar_with_its_share_via_and_print_buttons_is_no_headline() -> None:
    """"Facebook X WhatsApp Telegram Teilen via E-Mail Drucken" is the page's buttons."""
    text = "\n".join([
        "Bahnhof wird ab Montag umgebaut", "Facebook X WhatsApp Telegram Teilen via E-Mail Drucken",
        "", "Der Bahnhof der Stadt wird ab Montag für zwei Jahre umgebaut, teilte die Bahn am "
        "Freitag mit. Die Züge halten während der Arbeiten weiter.", "",
        "Die Bauarbeiten kosten nach Angaben der Bahn rund zwölf Millionen Euro und sollen den "
        "Bahnhof barrierefrei machen.", ""])
    (story,) = normalize_text(text, "file:///page.txt")["stories"]
    assert story["headline"] == "Bahnhof wird ab Montag umgebaut"
    assert "Drucken" not in story["text"]


# --- an article's own boxes: newsletter sign-up, bookmarks, readers' comments ---------------

_COURT = [
    "The court in the harbour town sentenced the preacher on Thursday to six months, "
    "suspended, for a post that praised an attack, the prosecutor's office said in a statement.",
    "He had been arrested at the airport on Monday night on his way back from a pilgrimage, "
    "and was tried the same week under the fast-track procedure for such offences.",
    "His lawyer said he had deleted the post as soon as he understood how it could be read, "
    "and that he had always called for peace in his sermons and on his page.",
]


def _court_page(box: list[str], tail: list[str] = ()) -> str:
    lines = ["Société", "Preacher given suspended sentence for praising attack", "",
             "Par Jane Smith", "", "Publié le 02/11/2023 à 15h57", "",
             "Ajouter à mes favoris", "", "L'article a été ajouté à vos favoris", "",
             _COURT[0], ""]
    lines += box
    lines += ["", _COURT[1], "", _COURT[2], ""]
    lines += tail
    return "\n".join(lines)


_NEWSLETTER_BOX = [
    "Le journal du soir", "", "Tous les soirs à 18h", "",
    "Recevez l’information analysée et décryptée par la rédaction.", "",
    "Votre adresse email", "", "Votre adresse email n'est pas valide", "",
    "Veuillez renseigner votre adresse email", "", "Merci !",
    "Votre inscription a bien été prise en compte avec l'adresse email :", "",
]


def test_a_newsletter_box_inside_the_article_leaves_it_one_story() -> None:
    """The box's name, its hour, its call and its form's messages stand between two
    paragraphs: none heads a story, none is text, and the bookmark button's confirmation
    is no headline either."""
    (story,) = normalize_text(_court_page(_NEWSLETTER_BOX), "file:///page.txt")["stories"]
    assert story["headline"] == "Preacher given suspended sentence for praising attack"
    assert story["text"] == "\n\n".join(_COURT)


_COMMENTS = [
    "Commentaires (3)", "reader_one 02-11-2023 • 16h43", "", "And when does he start again?",
    "", "Lire plus", "Signaler", "reader two 02-11-2023 • 16h41", "",
    "Nobody reads the posts before sharing them, that is the whole problem here.", "",
    "Lire plus", "Signaler", "Third Reader 02-11-2023 • 16h40", "", "Fair sentence.", "",
    "Lire plus", "Signaler", "Voir les commentaires suivants",
]


def test_readers_comments_under_the_article_are_no_stories() -> None:
    """Each comment's name and date line under a "Signaler" button is no clipping's source
    line under its title: the comments stay the page's."""
    stories = normalize_text(_court_page([], _COMMENTS), "file:///page.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Preacher given suspended sentence for praising attack"]
    assert "reader" not in stories[0]["text"]


def test_a_day_with_hyphens_before_its_time_is_a_date_line() -> None:
    """"02-11-2023 • 16h43" and "Dzisiaj, 02-11-2023 13:29" are date lines; a bare
    "20-06-2013" inside a table of contents' row, with no time, is left as it was."""
    assert split_date_line("Dekisefouton 02-11-2023 • 16h43") == (True, "Dekisefouton")
    assert split_date_line("Dzisiaj, 02-11-2023 13:29") == (True, "Dzisiaj")
    assert split_date_line("Eigen artikel / ANP / 20-06-2013 / ()")[0] is False


def test_a_read_also_teaser_glued_at_a_paragraphs_head_is_cut_off() -> None:
    """"À LIRE AUSSI <title>" run into the paragraph's first sentence, with no space
    ("...du pogromC'est") or before a quote ("... nazie « Vous ..."): the teaser goes, the
    paragraph stays."""
    glued = [
        "À LIRE AUSSI Guerre au Proche-Orient : les images du massacreC'est ce que "
        "viendront confirmer, tour à tour, quatre fidèles de la mosquée cités par la défense.",
        "À LIRE AUSSI Massacre du 7 octobre : comment ses défenseurs parlent « Vous devez le "
        "juger sans céder à la passion et à la pression », plaide son avocate devant le juge.",
    ]
    (story,) = normalize_text(_court_page(["\n\n".join(glued)]), "file:///page.txt")["stories"]
    assert "LIRE AUSSI" not in story["text"] and "massacre" not in story["text"]
    assert "C'est ce que viendront confirmer" in story["text"]
    assert "« Vous devez le juger sans céder" in story["text"]


@pytest.mark.parametrize("line", [
    "Veuillez renseigner votre adresse email", "Your email address is not valid",
    "Bitte geben Sie Ihre E-Mail-Adresse ein",
])
def test_a_sign_up_forms_field_messages(line: str) -> None:
    assert SIGNUP_FORM.found(line, len(line.split()))


def test_a_story_naming_an_address_is_no_form() -> None:
    line = "Police gave an email address for tips and asked witnesses to come forward."
    assert not SIGNUP_FORM.found(line, len(line.split()))


# --- a page's chrome read as its title or its name -------------------------------------------

_PARAGRAPHS_IT = [
    "A New York il grande orologio della piazza è diventato un conto alla rovescia: mostra "
    "gli anni che restano per ridurre le emissioni prima che il danno sia irreversibile.",
    "Gli artisti che lo hanno ideato dicono che vogliono ricordare a tutti, ogni giorno, "
    "quanto poco tempo rimane per agire, e sperano che altre città facciano lo stesso.",
]


def test_a_breadcrumb_with_arrows_to_the_pages_long_title_is_no_headline() -> None:
    """"Home → Section → <the title>" over the title: the trail is chrome however long its
    last step, and the title under it heads the story."""
    title = "Il grande orologio del clima ha iniziato a scorrere sette anni per agire"
    text = "\n".join(["Ricette ↓", "Home", "Notizie", "",
                      f"Home → Notizie dal mondo → {title}", title, "",
                      _PARAGRAPHS_IT[0], "", _PARAGRAPHS_IT[1], ""])
    (story,) = normalize_text(text, "file:///page.txt")["stories"]
    assert story["headline"] == title
    assert story["source"] != "Ricette ↓"  # (a menu's button atop the page names no site)


@pytest.mark.parametrize("line", ["Un avis, un commentaire ?",
                                  "Défiler les accès rapides vers la droite"])
def test_a_form_heading_or_a_carousels_button_is_chrome(line: str) -> None:
    """Even between two paragraphs of the story, the line is the page's controls."""
    text = "\n".join(["Il grande orologio del clima", "", _PARAGRAPHS_IT[0], "", line, "",
                      _PARAGRAPHS_IT[1]])
    record = normalize_text(text, "file:///page.txt")
    (story,) = record["stories"]
    assert story["text"] == "\n\n".join(_PARAGRAPHS_IT)
    assert {"kind": "chrome", "text": line} in record["removed"]


def test_a_round_ups_intro_is_headed_by_the_pages_title() -> None:
    """The intro over the round-up's announcement (a real page: Positive News' weekly
    round-up, dumps22): the page's title heads it and its standfirst, shown above the
    byline and again under the share bar, is its text; the twelve items follow."""
    path = Path(__file__).parent / "fixtures/real/dumps/positivenews-week-roundup-2023.txt"
    stories = normalize_text(path.read_text(encoding="utf-8"), path.as_uri())["stories"]
    assert stories[0]["headline"] == (
        "What went right this week: the good news you should know about")
    assert stories[0]["text"].startswith("The UK U-turned on deep-sea mining")
    assert "\n" not in stories[0]["text"]
    assert len(stories) == 13 and stories[1]["headline"] == (
        "The UK U-turned in support of ocean conservation")
