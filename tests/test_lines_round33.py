"""Round 33: lines of real pages a dump carries inside its story (dumps25, now seen): a
story's own list of points under its colon line, a sentence that only points at a link,
a picture's illustration label beside its agency credit, a headline closed by a country's
dotted initials."""
from __future__ import annotations

from pathlib import Path

from normalizer.model import RemovedKind
from normalizer.pipeline import normalize_text
from normalizer.stories.blocks import CRUFT, Block
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks
from normalizer.stories.rhythm import is_title
from normalizer.stories.split import dateline_of

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
_TITLE = "Council approves new bridge over the river"
_BODY = [
    "The town council approved plans for a new footbridge over the river on Tuesday, "
    "ending a debate that had lasted more than three years and divided the two wards on "
    "either bank of the water.",
    "Work is due to begin in the spring and should take about eighteen months, the "
    "council's engineer said, with the old ferry running until the bridge opens to the "
    "public in the autumn of next year.",
]
_POINTS = [
    "Cyclists and walkers to share one lane",
    "Lighting along the whole span after dark",
    "A lift at each end for prams and wheelchairs",
    "No lorries on the approach roads during works",
]


def _record(text: str) -> dict:
    return normalize_text(text, _URL)


def _classified(lines: list[str]):
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks, dump=True)
    return {b.text: b for b in blocks}


def test_a_storys_list_of_points_under_its_colon_line_stays_in_the_story() -> None:
    """A paragraph, "The plans include:", points one under another, a paragraph again: the
    points are the story's (they end no sentence, as a list of other stories' titles do,
    but the colon line between paragraphs introduces them)."""
    text = "\n\n".join([_TITLE, "March 23, 2020", _BODY[0], "The plans include:",
                        "\n".join(_POINTS), _BODY[1]])
    stories = _record(text)["stories"]
    assert len(stories) == 1
    assert all(p in stories[0]["text"] for p in ["The plans include:", *_POINTS])
    assert stories[0]["headline"] == _TITLE


def test_a_list_of_other_stories_under_a_related_label_is_still_cruft() -> None:
    """The same points under "Read more:" are a box of links, not the story's list."""
    text = "\n\n".join([_TITLE, "March 23, 2020", _BODY[0], "Read more:",
                        "\n".join(_POINTS), _BODY[1]])
    story = _record(text)["stories"][0]
    assert not any(p in story["text"] for p in _POINTS)


def test_a_sentence_pointing_at_a_link_is_the_links_label() -> None:
    lines = ["For more figures on the works across the county, you may visit this link",
             "Los detalles del proyecto pueden consultarse en el siguiente enlace:",
             "Toutes les informations sont disponibles sur ce lien."]
    blocks = _classified([_TITLE, _BODY[0], *lines, _BODY[1]])
    assert all(blocks[line].role == CRUFT and blocks[line].cruft_kind == RemovedKind.RELATED_LINK
               for line in lines)


def test_a_sentence_about_a_link_that_is_not_pointing_at_one_stays() -> None:
    line = "Engineers said the missing link in the network was this link."
    question = "Who will pay for the bridge and this link?"
    blocks = _classified([_TITLE, _BODY[0], line, question, _BODY[1]])
    assert blocks[question].role != CRUFT
    long_line = ("The council's engineer told residents at the meeting on Tuesday evening that "
                 "the old ferry and the road bridge upstream would stay open while the works "
                 "went on, and that the whole plan could be read at this link")
    assert _classified([_TITLE, _BODY[0], long_line])[long_line].role != CRUFT


def test_an_illustration_label_beside_an_agency_credit_does_not_split_the_story() -> None:
    """"EFE" alone over "IMAGEN DE REFERENCIA" between a standfirst and the body credits a
    reference picture: no sign-off ending the story, no headline of a second one."""
    text = "\n\n".join([_TITLE, "April 19, 2022", _BODY[0], "EFE\nIMAGEN DE REFERENCIA",
                        _BODY[1], _BODY[0].replace("Tuesday", "Wednesday")])
    stories = _record(text)["stories"]
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    assert "IMAGEN" not in stories[0]["text"]


def test_illustration_labels_alone_are_captions_in_several_languages() -> None:
    for label in ("Symbolbild", "FILE PHOTO", "(Foto de archivo)", "Imagen referencial"):
        text = "\n\n".join([_TITLE, "April 19, 2022", _BODY[0], label, _BODY[1]])
        stories = _record(text)["stories"]
        assert len(stories) == 1, label
        assert label not in stories[0]["text"], label


def test_a_headline_closed_by_dotted_initials_opens_its_teaser() -> None:
    """Teasers of a section page, one closed by "EE.UU.": still a headline, not the
    previous teaser's last sentence."""
    teasers = [
        ("La actriz de cine es tratada en un hospital de la ciudad",
         "La actriz, de 74 años, está siendo tratada en el hospital de la ciudad."),
        ("Posponen la hora de la extradición del expresidente a EE.UU.",
         "El expresidente, de 53 años, es el primer exgobernante extraditado por la justicia."),
        ("Evacúan el Capitolio por precaución al acercarse un avión",
         "La policía ordenó este miércoles la evacuación inmediata de todo el edificio."),
    ]
    text = "\n\n".join(f"{h}\n\nEFE | Abril 21, 2022\n\n{lead}" for h, lead in teasers)
    heads = [s["headline"] for s in _record(text)["stories"]]
    assert heads == [h for h, _ in teasers]
    for head in ("Posponen la extradición del expresidente a EE.UU.", "Troops return to U.S.",
                 "Pakistan takes its case to the U.N."):
        assert is_title(Block(text=head)), head
    assert not is_title(Block(text="The troops went back to the base."))


def test_a_login_boxs_password_lines_are_chrome_in_several_languages() -> None:
    lines = ["Forgot your password? Get help", "Un mot de passe vous sera envoyé par email.",
             "¿Olvidaste tu contraseña?", "Passwort vergessen?", "Esqueci minha senha"]
    blocks = _classified([_TITLE, *_BODY, *lines])
    assert all(blocks[line].role == CRUFT for line in lines)


def test_a_story_about_stolen_passwords_keeps_its_sentence() -> None:
    line = "Hackers stole the passwords of two million customers, the bank said on Monday."
    assert _classified([_TITLE, _BODY[0], line, _BODY[1]])[line].role != CRUFT


def test_a_long_question_over_its_byline_and_date_heads_the_story() -> None:
    """A headline that asks, long enough to read as a paragraph, over "Par" / a name / a
    date and share buttons: the story's headline, not a menu's line far above it."""
    question = ("Le conseil municipal accusé de retard : vers la construction du nouveau pont "
                "sur la rivière avant la fin de l'année ?")
    lines = ["Accueil", "News", "Dossier : les routes de la région et leur entretien depuis "
             "dix ans", "Interviews", "Région", "Sport", "Justice", question, "Par",
             "Marie Dupont", "-", "4 novembre 2020", "Facebook", "Twitter", *_BODY]
    story = _record("\n".join(lines[:-2]) + "\n\n" + "\n\n".join(_BODY))["stories"][0]
    assert story["headline"] == question


def test_a_line_of_links_to_the_sites_own_pages_is_chrome_and_no_teaser() -> None:
    """"HOME ABOUT US ADVERTISING CONTACT" under the site's tagline and over its "Last
    update" line: navigation, not a story made of tagline and menu."""
    for line in ("HOME ABOUT US ADVERTISING CONTACT", "Inicio | Quiénes somos | Contacto",
                 "Startseite · Über uns · Impressum · Datenschutz"):
        blocks = _classified([_TITLE, _BODY[0], line])
        assert blocks[line].role == CRUFT, line
    page = (_DUMPS / "dominicantoday-iberojet-2022.txt").read_text(encoding="utf-8")
    assert "HOME ABOUT US ADVERTISING CONTACT" in page
    heads = [s["headline"] for s in _record(page)["stories"]]
    assert "Noticias de la República Dominicana" not in heads  # (the site's tagline)


def test_a_headline_naming_the_sites_pages_is_no_menu() -> None:
    line = "Contact the home team about advertising"
    story = _record("\n\n".join([line, "May 10, 2022", *_BODY]))["stories"][0]
    assert story["headline"] == line


def test_a_long_notice_opening_with_the_copyright_sign_is_the_sites() -> None:
    notice = ("© 2015. Daily Bridge All Rights Reserved. Any use of the contents of "
              "dailybridge.example such as reproduction, distribution or links on the "
              "Internet, in whole or in part, may only be made with the prior written "
              "authorisation of Daily Bridge; for information write to the editor at "
              "contact@dailybridge.example.")
    assert len(notice.split()) > 40
    blocks = _classified([_TITLE, *_BODY, notice])
    assert blocks[notice].cruft_kind == RemovedKind.COPYRIGHT


def test_a_paragraph_opening_with_the_word_copyright_is_still_a_storys() -> None:
    line = ("Copyright lawyers say the council's use of the old ferry's photographs on its "
            "website could cost it a fine, and that the town should have asked the family "
            "that owns them before printing them on every poster about the bridge, which it "
            "did not do at any point during the three years of debate about the plans.")
    assert _classified([_TITLE, _BODY[0], line, _BODY[1]])[line].role != CRUFT


def test_the_last_card_of_an_agency_list_ends_where_the_pages_footer_begins() -> None:
    """Cards credited "EFE | date" read as clipping records; the last one (a video card
    with no lead) takes no text from the footer under the page's menus."""
    cards = [(f"Title number {n} of the agency list about the bridge", f"EFE | Abril {n}, "
              "2022", f"La obra número {n} del puente avanza según el calendario previsto. "
              "Los vecinos celebran la noticia.") for n in range(10, 15)]
    menus = [f"Menu {n}" for n in range(12)]
    footer = ("Carretera al Puerto kilómetro 12, Centro Comercial La Joya, local 44. La "
              "redacción atiende de lunes a viernes. Teléfono: (503) 2204-4500.")
    text = "\n\n".join([*("\n\n".join(card) for card in cards),
                        "Zona multimedia\n\nzmultimedia | Abril 20, 2022",
                        "\n".join(menus), footer])
    stories = _record(text)["stories"]
    assert not any("Carretera" in s["text"] for s in stories)
    assert [s["headline"] for s in stories][:5] == [c[0] for c in cards]


def test_a_link_marked_free_to_read_is_a_promo() -> None:
    lines = ["The latest news about the bridge works in the county (paywall-free)",
             "Alle Nachrichten zum Brückenbau im Überblick (kostenlos)"]
    blocks = _classified([_TITLE, _BODY[0], *lines, _BODY[1]])
    assert all(blocks[line].cruft_kind == RemovedKind.PROMO for line in lines)
    quote = "The mayor said the new crossing would be open to everyone (free of charge)."
    assert _classified([_TITLE, _BODY[0], quote, _BODY[1]])[quote].role != CRUFT


def test_a_place_and_a_period_dash_is_a_dateline_not_an_outlet() -> None:
    """The Spanish-language press's "Santo Domingo.- " / "CARACAS.-": the place is the
    story's dateline; initials with the dash ("U.S.-China") are none."""
    assert dateline_of("CARACAS.- El gobierno anunció este martes nuevas medidas.") is not None
    assert dateline_of("U.S.-China talks resume in Geneva after a year") is None
    lead = ("Santo Domingo.- Health authorities announced Wednesday that the measures remain "
            "unchanged and the public must protect its own health, officials said.")
    story = _record("\n\n".join([_TITLE, "April 13, 2022", lead, _BODY[1]]))["stories"][0]
    assert story["dateline"] == "Santo Domingo"
    assert story["source"] != "Santo Domingo."
