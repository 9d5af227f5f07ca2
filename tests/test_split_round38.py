"""Round 38: cards set inside an article. El Nuevo Herald sets cards linking its other
stories between the paragraphs of the one it prints: a section's label, a title and a date
packed with no blank line between them ("Sur de la Florida", "El 'tesoro dulce argentino'
...", "02 de febrero de 2022 12:02 PM"), where its own head has the writer's byline over
the date; and it credits its pictures with the photographer's name and mailbox ("...
WalletHub. Jose A Iglesias jiglesias@elnuevoherald.com"). (Round dumps29's pages,
``fixtures/real/dumps``, SOURCES.md.)"""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.split import credited_caption

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def test_cards_inside_an_article_are_links_and_the_article_goes_on_under_them() -> None:
    text = (_DUMPS / "elnuevoherald-negocios-miami-2022.txt").read_text(encoding="utf-8")
    first, *rest = _stories(text)
    assert first["headline"].startswith("¿Quiere poner un negocio? Miami le abre sus puertas")
    assert first["published"] == "2022-04-26"
    for paragraph in ["La ciudad más barata en costos de negocios es Winston-Salem",
                      "El condado de Miami-Dade tiene 222,125 negocios",
                      "La llegada constante de inmigrantes ha mantenido"]:
        assert paragraph in first["text"]
    for card in ["El ‘tesoro dulce argentino’", "Sur de la Florida", "Acceso Miami",
                 "02 de febrero de 2022"]:
        assert card not in first["text"]
    # the teaser under the article has the article's shape (byline over date): a story;
    # the cards inside the article head none
    headlines = [s["headline"] for s in rest]
    assert ("Miami busca ser ‘capital de la sostenibilidad’ y acoge por primera vez los "
            "Premios Verdes") in headlines
    assert not any(h.startswith(("El ‘tesoro dulce", "Cómo crear un negocio", "Pionera de"))
                   for h in headlines)


def test_a_packed_card_with_a_byline_is_the_next_article_not_a_link() -> None:
    """A page whose heads carry no byline leaves a packed title and date between
    paragraphs to the rules of the next story's head."""
    para = ("Die Stadt hat am Montag neue Regeln für den Verkehr beschlossen, die ab dem "
            "kommenden Jahr gelten sollen und viele Fahrer betreffen.")
    text = "\n\n".join([
        "Neue Regeln für den Verkehr in der Stadt beschlossen", "12. März 2024 10:15",
        para, para.replace("Montag", "Dienstag"),
        "Region\nZweite Brücke über den Fluss wird gebaut\n13. März 2024 09:00",
        para.replace("Verkehr", "Brückenbau"), para.replace("Stadt", "Gemeinde")])
    headlines = [s["headline"] for s in _stories(text)]
    assert "Zweite Brücke über den Fluss wird gebaut" in headlines


def test_a_caption_closing_on_its_photographer_and_mailbox_is_credited() -> None:
    assert credited_caption("Compradores en Aventura Mall en noviembre del 2021. Miami se "
                            "ubica en segundo lugar. Jose A Iglesias jiglesias@elnuevoherald.com")
    # a sentence that closes on a contact whose mailbox spells another name is no caption
    assert not credited_caption("Para más información sobre el programa escriba a la "
                                "oficina. Oficina Central info@example.org")


def test_a_caption_closing_on_a_courtesy_credit_is_credited() -> None:
    """A gallery's captions (East Bay Times, round dumps31): a courtesy credit after the
    caption's sentence."""
    for caption in [
            "Capo was adopted in Bolivia, complicating his owners efforts to come back. "
            "Courtesy of Dylan Tinsley and Hannah Phalen",
            "Hannah Phalen and her dog Capo in Bolivia. Photo courtesy of Hannah Phalen"]:
        assert credited_caption(caption), caption
    # a paragraph closed by a bracketed "Name/Agency" stays the story's: the papers' own
    # copy ends so, and the labelled sets keep it (heldout15b's Canadian Press story)
    assert not credited_caption("Staying fit may be one of the easiest ways to avoid the "
                                "coronary care unit, doctors say. (Jane Doe/Canadian Press)")
    # a sentence that thanks someone, or brackets an aside, is the story's
    assert not credited_caption("The museum lent the painting. Courtesy of the artist, "
                                "it will hang until May.")
    assert not credited_caption("He said so on Tuesday. (His office later denied it.)")


def test_a_call_to_give_and_a_link_to_another_language_leave_the_story() -> None:
    """KUT (round dumps31): the donation call under the report addresses the reader, not
    "us" ("please consider making a donation ... Your gift pays for ... Thanks for
    donating today."), and a teaser's last line links its Spanish version."""
    from normalizer.cues.openers import OTHER_LANGUAGE_LINK_RE

    text = (_DUMPS / "kut-travis-judge-2020.txt").read_text(encoding="utf-8")
    body = " ".join(s["text"] for s in _stories(text))
    assert "consider making a donation" not in body
    assert "Lee esta historia en español" not in body
    for line in ["Lee esta historia en español.", "Read this story in Spanish",
                 "Lire cet article en anglais", "Read in English"]:
        assert OTHER_LANGUAGE_LINK_RE.match(line), line
    assert not OTHER_LANGUAGE_LINK_RE.match("Read in English, the letter sounds harsher.")


def test_a_promotions_button_and_the_sites_search_blurb_are_no_story() -> None:
    """Amar Ujala (round dumps31): a promotion ending with its "Click Here" button, and the
    footer's description of the site for search engines ("Get all India News in Hindi ...
    Stay updated with us for all breaking news ..."), under a one-story report."""
    from normalizer.cues.openers import CLICK_BUTTON_END_RE

    text = (_DUMPS / "amarujala-gehun-kharid-2020.txt").read_text(encoding="utf-8")
    story, = _stories(text)
    assert story["headline"] == "जिले में 32 क्रय केंद्रों पर गेहूं की खरीद शुरू"
    assert "Click Here" not in story["text"] and "India News" not in story["text"]
    assert CLICK_BUTTON_END_RE.search("TO SUBSCRIBE CLICK HERE")
    assert not CLICK_BUTTON_END_RE.search("To read the full report, click here.")


def test_a_writers_box_between_stories_is_no_story() -> None:
    """El Nuevo Herald (round dumps29): the writer's box under a related card, her name,
    her phone and her bio in Spanish ("Sarah Moreno cubre temas de negocios, ..."), is
    no lead of the card above it; CBC's and Echo Eyethu's boxes leave their stories."""
    text = (_DUMPS / "elnuevoherald-negocios-miami-2022.txt").read_text(encoding="utf-8")
    stories = _stories(text)
    assert not any("cubre temas de negocios" in s["text"] for s in stories)
    assert len(stories) == 2
    cbc = (_DUMPS / "cbc-sinwar-2024.txt").read_text(encoding="utf-8")
    assert "is a producer filing stories" not in _stories(cbc)[0]["text"]


def test_a_line_of_signs_only_is_no_paragraph() -> None:
    """El Nuevo Día (round dumps29) leaves its share box's envelope "✉" under the story;
    a section's divider ("◇", "■", "**") is no paragraph either."""
    text = (_DUMPS / "elnuevodia-mujeres-populares-2022.txt").read_text(encoding="utf-8")
    for story in _stories(text):
        assert not any(p.strip() == "✉" for p in story["text"].split("\n\n"))
