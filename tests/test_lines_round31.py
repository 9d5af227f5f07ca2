"""Round 31: a dump's publisher named where its © line ends with the web agency's credit,
where its chrome names it beside a menu word as often, or by a name of several words; a
live blog's clock-and-writer lines are never story text."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.page_sources import _name_phrase, _page_word

_URL = "file:///page.txt"
_ARTICLE = [
    "Council approves new bridge over the river",
    "By Jane Smith April 21, 2022",
    "The town council approved plans for a new footbridge over the river on Tuesday, "
    "ending a debate that had lasted more than three years and divided the two wards on "
    "either bank of the water.",
    "Work is due to begin in the spring and should take about eighteen months, the "
    "council's engineer said, with the old ferry running until the bridge opens to the "
    "public in the autumn of next year.",
]


def _page(footer: list[str]) -> str:
    return "\n\n".join(["Read ePaper", *_ARTICLE, "Leave a Comment", "About Us", *footer])


def test_a_copyright_lines_web_agency_credit_is_not_the_publisher() -> None:
    """"<Site> Copyright © 2022 Developed by <Agency>": the site holds the rights, the
    agency built the site; the stories that name no source are the site's."""
    record = normalize_text(_page(["Valley Courier Copyright © 2022 Developed by Pixel Works "
                                   "Labs"]), _URL)
    assert [s["source"] for s in record["stories"]] == ["Valley Courier"]


def test_the_same_line_without_the_agency_credit_names_the_same_publisher() -> None:
    record = normalize_text(_page(["Valley Courier Copyright © 2022"]), _URL)
    assert [s["source"] for s in record["stories"]] == ["Valley Courier"]


_LINES = ["Clube Folha", "Clube Folha do Vale", "Folha do Vale", "Sobre a Folha do Vale",
          "Acompanhe a Folha do Vale nas redes sociais", "Folha do Vale", "Minha Folha",
          "Opinião da Folha", "Clube de vantagens", "Clube de descontos"]


def test_a_name_of_several_words_is_read_around_its_edge_word() -> None:
    """The word that opens or closes the chrome's lines heads the site's name of several
    words, which stands alone on lines and inside others."""
    assert _name_phrase("Folha", _LINES) == "Folha do Vale"


def test_an_edge_word_alone_is_its_own_name() -> None:
    assert _name_phrase("Correio", ["Correio Afro", "Só se vê no Correio"]) == "Correio"


def test_of_two_edge_words_the_site_is_the_one_the_page_names_as_a_name() -> None:
    """"Folha" and "Clube" close in the chrome's count: the page names "Folha" on more
    lines, and as part of a name ("Folha do Vale"), so it is the site's word."""
    assert _page_word(["Folha", "Clube"], _LINES) == "Folha"


def test_a_menu_word_named_often_but_never_in_a_name_is_not_taken() -> None:
    lines = ["Fútbol", "Fútbol Internacional", "Fútbol Peruano", "Más Fútbol", "Internacional"]
    assert _page_word(["Fútbol", "Internacional"], lines) is None


def test_else_the_word_its_own_address_starts_with() -> None:
    """"Correio" and "Bahia" named as often: the page's handle and e-mail address
    ("@correio24horas", "redacao@correio24horas.com.br") start with "Correio"."""
    lines = ["Correio Afro", "Bahia", "Clube Correio", "Notícias da Bahia",
             "@correio24horas", "redacao@correio24horas.com.br"]
    assert _page_word(["Correio", "Bahia"], lines) == "Correio"


def _live_blog() -> str:
    entries = [
        ("12:50Jane Smith", "Ferry crossings suspended for the evening",
         "The harbour company said the last ferry of the day had been cancelled because of "
         "the wind, and passengers were told to take the coastal road instead of waiting."),
        ("12:37Jane Smith", "Schools to close early on Friday",
         "All schools in the county will close at noon on Friday so that pupils can get home "
         "before the storm reaches the coast in the afternoon, the council said."),
        ("12:20John Brown", "Lunch?",
         "A cafe on the seafront will stay open for takeaway only while the storm lasts, and "
         "another near the station is doing the same until the weekend."),
        ("12:05John Brown", "Trains running with delays",
         "Trains on the coastal line are running up to forty minutes late because of fallen "
         "branches near the tunnel, which crews expect to clear within two hours."),
        ("11:48John Brown", "Power cuts reported in the north of the town",
         "Around two thousand homes lost power this morning after a line came down near the "
         "reservoir; engineers are on site and hope to restore supply by the evening."),
    ]
    lines = ["Storm LIVE: updates from the coast", "By Jane Smith", "Updated 12:50, 6 OCT 2020"]
    for clock, title, text in entries:
        lines += [clock, title] + ([text] if text else [])
    return "\n\n".join(lines)


def test_a_live_blogs_clock_and_writer_lines_are_never_text() -> None:
    """"12:37Jane Smith" opens an entry; an entry whose title is one word ("Lunch?") is
    read into the entry before it, and its clock line stays out of that story's text."""
    record = normalize_text(_live_blog(), _URL)
    texts = "\n\n".join(s["text"] for s in record["stories"])
    assert "Schools to close early" in " ".join(s["headline"] or "" for s in record["stories"])
    for clock in ("12:50Jane Smith", "12:37Jane Smith", "12:20John Brown", "12:05John Brown"):
        assert clock not in texts


# --- a French regional daily's dialogs and picture controls ---------------------------------

_DIALOG = ["Malheureusement, nous n’avons pas pu envoyer cet article. Merci de réessayer "
           "ultérieurement.", "Merci, l’article a bien été envoyé.", "Fermer",
           "Chargement en cours…", "Vous souhaitez partager cet article :",
           "Si vous souhaitez ajouter plusieurs destinataires, séparez les adresses email par "
           "des virgules.", "Votre message (facultatif)"]
_TITLE = "À Nantes, la ville ouvre une nouvelle bibliothèque au bord de la Loire"
_BODY = ["La ville de Nantes a inauguré samedi une nouvelle bibliothèque de quartier sur les "
         "bords de la Loire, après trois ans de travaux et un chantier souvent retardé par les "
         "crues de l’hiver dernier.",
         "Le bâtiment accueillera aussi une salle d’exposition et un café, ouverts tous les "
         "jours de la semaine, a précisé la mairie, qui espère attirer les familles du "
         "quartier voisin.",
         "Les habitants avaient demandé ce projet depuis longtemps : l’ancienne bibliothèque, "
         "installée dans une école, était trop petite pour les quelque trente mille livres "
         "que la ville voulait y ranger.",
         "La mairie prévoit déjà une deuxième phase, avec un jardin de lecture sur le toit, "
         "si le budget de l’an prochain le permet, et des horaires élargis le dimanche pour "
         "les étudiants."]


_CAPTION = ("Sur le quai de la Loire, la nouvelle bibliothèque et son café, vus depuis le "
            "pont. De gauche à droite : la salle de lecture, le café et l’école. | DR")


def _french_page() -> str:
    lines = [*_DIALOG, "Accueil", "Pays de la Loire", _TITLE, _BODY[0],
             _CAPTION, "Voir en plein écran",
             "fermer", _CAPTION,
             "Ouest Loire Recueilli par Jean DUPONT. Publié le 02/11/2023 à 14h49",
             "Abonnez-vous", "Partager", *_BODY[1:], "Mentions légales", "Contact"]
    return "\n\n".join(lines)


def test_a_share_by_mail_dialog_and_a_fullscreen_button_are_chrome() -> None:
    """The dialog's messages and fields and the picture's "Voir en plein écran" button
    are neither stories nor headlines: one story, headed by its title."""
    (story,) = normalize_text(_french_page(), _URL)["stories"]
    assert story["headline"] == _TITLE
    for line in [*_DIALOG, "Voir en plein écran"]:
        assert line not in story["text"]


def test_a_byline_and_date_line_under_the_articles_picture_dates_it() -> None:
    """"Publié le 02/11/2023 à 14h49" on the byline's line under the picture, below the
    first paragraph: the story's date."""
    (story,) = normalize_text(_french_page(), _URL)["stories"]
    assert story["published"] == "2023-11-02"


# --- the page's own letters ------------------------------------------------------------------

def test_letters_unicode_keeps_out_of_composition_stay_as_the_page_writes_them() -> None:
    """Bengali's "ড়" (U+09DC) and Hindi's "ज़" (U+095B) are whole letters on the page; NFC
    would take them apart (U+09A1 U+09BC), and the story's words would no longer be the
    page's."""
    from normalizer.stories.blocks import clean_text
    for word in ("\u09ac\u09be\u09dc\u09bf", "\u095b\u093f\u0932\u093e"):  # বাড়ি, ज़िला
        assert clean_text(word) == word


def test_a_letter_typed_with_its_accent_apart_is_composed() -> None:
    from normalizer.stories.blocks import clean_text
    assert clean_text("cafe\u0301 cre\u0300me") == "café crème"


def test_a_list_item_marked_optional_is_no_form_field() -> None:
    """A how-to's "Other small decorative items (optional)" is an item of its list of
    materials: only a field the reader fills in ("Votre message (facultatif)") is chrome."""
    from normalizer.cues.text import CHROME_RE
    assert CHROME_RE.match("Votre message (facultatif)")
    assert CHROME_RE.match("Your name (optional)")
    assert not CHROME_RE.match("Other small decorative items (optional)")


def test_an_e_paper_call_and_an_empty_comment_sections_call_are_no_text() -> None:
    """"Read our ePaper. Fast. Factual. Free." offers the paper's edition; "Start the
    discussion." asks for the first comment: neither is the story's."""
    text = "\n\n".join([*_ARTICLE, "Read our ePaper. Fast. Factual. Free.", "Leave a Comment",
                        "Start the discussion.", "About Us"])
    (story,) = normalize_text(text, _URL)["stories"]
    assert "ePaper" not in story["text"] and "discussion" not in story["text"]


_CORK = Path(__file__).parent / "fixtures" / "real" / "dumps" / "corkbeo-level3-live-2020.txt"


def test_a_title_over_its_standfirst_heads_the_article() -> None:
    """A deck with no full stop under the title is title-shaped too (the Irish live blog's
    "The country avoided Level 5 last night, but NPHET have warned it may be down the
    line"); with the byline and date under it, it is the article's standfirst, its first
    text, and the title heads the article."""
    lines = [line for line in _CORK.read_text(encoding="utf-8").splitlines() if line.strip()]
    k = lines.index("Level 3 LIVE from Cork as Ireland adapts to incoming coronavirus "
                    "restrictions")
    title, deck = lines[k], lines[k + 1]
    stories = normalize_text(_CORK.read_text(encoding="utf-8"), _URL)["stories"]
    assert stories[0]["headline"] == title
    assert stories[0]["text"].startswith(deck)


def test_a_breadcrumb_trail_glued_before_the_title_is_no_part_of_the_headline() -> None:
    """"Home / Local News / <title>" on the headline's line: the sections go, the title
    heads; a headline with a slash of its own stays as it is."""
    from normalizer.stories.dumps import headline_past_trail
    title = "Council approves new bridge over the river"
    assert headline_past_trail(f"Home / Local News / {title}") == title
    assert headline_past_trail("A / B testing shows the new layout keeps readers") \
        == "A / B testing shows the new layout keeps readers"
    text = "\n\n".join(["Read ePaper", f"Home / Local News / {title}", *_ARTICLE[1:],
                        "About Us", "Valley Courier Copyright © 2022"])
    (story,) = normalize_text(text, _URL)["stories"]
    assert story["headline"] == title


def test_a_comment_forms_invitation_and_moderation_notice_are_chrome() -> None:
    """"Partagez votre opinion avec les autres membres du ..." and the notice that the
    reader may no longer comment under the moderation rules: the form's, not the story's."""
    lines = ["Partagez votre opinion avec les autres membres du Courrier.",
             "Vous ne pouvez plus réagir aux articles suite à la soumission de contributions "
             "ne répondant pas à la charte de modération du Courrier."]
    text = "\n\n".join([_TITLE, *_BODY, *lines, "Mentions légales"])
    (story,) = normalize_text(text, _URL)["stories"]
    assert not any(line in story["text"] for line in lines)


def test_a_controls_class_name_glued_to_its_label_is_chrome() -> None:
    """"lead-art-block.fullscreen-enterExpand": a picture's expand button whose style class
    the page let through as text; a hyphenated word of a story ("well-known") is none."""
    from normalizer.cues.text import CLASS_GLUED_LABEL_RE
    assert CLASS_GLUED_LABEL_RE.match("lead-art-block.fullscreen-enterExpand")
    assert not CLASS_GLUED_LABEL_RE.match("well-known")
    assert not CLASS_GLUED_LABEL_RE.match("state-of-the-art")
