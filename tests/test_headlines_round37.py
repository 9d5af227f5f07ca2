"""Round 37: an article's headline above a share bar. La Tribuna (round dumps28's held-out
page, ``fixtures/real/dumps``, SOURCES.md) heads its article "Alertan contra fraudes ...",
then the author's initials "MA" over the date, shown twice, then a share bar of single words
and counts ("520", "SHARES", "1k", "Visto"), then the text; the title is listed again
further down under "Te puede interesar". Above the headline, a ticker of titles with their
dates. Its recommended box lists cards of a title, a cut excerpt and a date."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.credits import RECORD_LENGTH_RE
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
_PAGE = "latribuna-fraudes-envios-2022.txt"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def test_the_headline_over_initials_a_date_and_a_share_bar_heads_the_article() -> None:
    article = _stories((_DUMPS / _PAGE).read_text(encoding="utf-8"))[0]
    assert article["headline"] == "Alertan contra fraudes con falsos envíos de productos"
    assert article["published"] == "2022-04-26"  # its own date, not the ticker's
    assert article["text"].startswith("Cuantiosos fraudes están cometiendo")


def test_a_share_count_is_no_publication_and_1k_no_length() -> None:
    """The share bar's "520" over "SHARES" looked like a database record's publication
    over its code; "1k" like its length field ("556 words"). The page's © line names it."""
    assert _stories((_DUMPS / _PAGE).read_text(encoding="utf-8"))[0]["source"] == "La Tribuna"
    assert not RECORD_LENGTH_RE.match("1k") and not RECORD_LENGTH_RE.match("2M")
    assert RECORD_LENGTH_RE.match("556 words") and RECORD_LENGTH_RE.match("8165 字")


def test_cards_of_a_title_over_its_cut_excerpt_are_teasers_with_leads() -> None:
    """Under "Recomendadas Noticias": title, excerpt cut with "...", date, three times. Each
    excerpt under its own title is a teaser's lead, not a box of cut link titles."""
    stories = {s["headline"]: s for s in _stories((_DUMPS / _PAGE).read_text(encoding="utf-8"))}
    teaser = stories["Toman carretera por falta de mantenimiento"]
    assert teaser["text"].startswith("Una importante toma de carreta se registró ayer")
    assert "Se opone a asalto y lo ultiman a tiros" in stories


def test_cut_link_titles_without_titles_of_their_own_stay_links() -> None:
    """The same box with the cards' titles taken out: three cut lines a few lines apart,
    each under a date, are a box of cut link titles, as before; no teaser is read."""
    text = (_DUMPS / _PAGE).read_text(encoding="utf-8")
    for title in ["Toman carretera por falta de mantenimiento\n\n",
                  "Se opone a asalto y lo ultiman a tiros\n\n", "“BOMBAS”\n\n"]:
        text = text.replace(title, "", 1) if title.startswith("“") else text.replace(
            "\n" + title, "\n", 1)
    found = " ".join(s["text"] for s in _stories(text))
    assert "Una importante toma de carreta" not in found


_CARDS = """Portada
Menú

Precio del petróleo mexicano cae a un mínimo de 18 años

El barril de petróleo mexicano de exportación se desplomó 22 por ciento este martes respecto al \
viernes, al cerrar hoy en 18.78 dólares por barril, su nivel más bajo en 18 años.

Con este precio, el promedio en lo que va del año es de 45.88 dólares por barril, debajo de la \
cotización de 49 dólares sobre la cual el gobierno calculó sus ingresos.

Te recomendamos

Local

Crece la opacidad en el Ayuntamiento de la ciudad

En lo que va del año se han registrado 417 solicitudes de información por Transparencia

Salud

Mexicanos crean cápsula para trasladar pacientes con coronavirus

Este diseño creado por ingenieros se inspiró en las cámaras neonatales de los hospitales

Justicia

Por tortura en caso Ayotzinapa la fiscalía detiene a un director

Ezequiel Peña torturó a un sospechoso de haber participado en el secuestro de los estudiantes

Contacto
Aviso de privacidad
"""


def test_cards_of_a_kicker_a_title_and_a_deck_are_teasers() -> None:
    """A portal's cards: a section's name, the title, a deck that ends with no period (so
    reads as a second title). Three in a row are the page's rhythm: each a teaser, the deck
    its lead, the kicker its furniture. (El Sol de Mazatlán's box, round dumps28.)"""
    stories = {s["headline"]: s["text"] for s in _stories(_CARDS)[1:]}
    assert stories == {
        "Crece la opacidad en el Ayuntamiento de la ciudad":
            "En lo que va del año se han registrado 417 solicitudes de información por "
            "Transparencia",
        "Mexicanos crean cápsula para trasladar pacientes con coronavirus":
            "Este diseño creado por ingenieros se inspiró en las cámaras neonatales de los "
            "hospitales",
        "Por tortura en caso Ayotzinapa la fiscalía detiene a un director":
            "Ezequiel Peña torturó a un sospechoso de haber participado en el secuestro de los "
            "estudiantes",
    }
    real = _stories((_DUMPS / "elsolmazatlan-petroleo-2020.txt").read_text(encoding="utf-8"))
    # (its report, found since round 39 where it was lost as a box shown twice, then its
    # nine teasers, one of them the report's own title again)
    assert len(real) == 10 and "Crece opacidad en Ayuntamiento de Mazatlán" in {
        s["headline"] for s in real}


def test_two_kicked_cards_are_no_rhythm() -> None:
    two = _CARDS.replace("Justicia\n\n", "Justicia y más cosas de la ciudad hoy\n\n")
    headlines = {s["headline"] for s in _stories(two)}
    assert "Crece la opacidad en el Ayuntamiento de la ciudad" not in headlines


def test_readers_comments_cut_short_under_their_posts_titles_are_no_teasers() -> None:
    """Global Voices' "Recent comments": a post's title over a reader's comment cut with
    "...", which opens in lower case ("if there was a play that insulted ..."): a box of
    links to the comments, not teasers with leads."""
    text = (_DUMPS / "globalvoices-home-2012.txt").read_text(encoding="utf-8")
    openings = [s["text"][:40] for s in _stories(text)]
    assert not any(o.startswith(("if there was a play", "the inspiration for the women2drive"))
                   for o in openings)
