"""Round 40: the stories of round dumps32's pages (``fixtures/real/dumps``, SOURCES.md),
held out in round 39 and worked on now. Regards prints its tags as one line over the body
and under it, with "Vos réactions (11)" beside them, credits a GIF "via GIPHY" and dates
its article over the headline before an "Article mis à jour le ..." line; 24 Horas sets
the headline under the picture's "© Aton" and over "Agencia EFE" / date / "Por Agencia
EFE"; Eishockey News closes with a ticker of untitled items under their times; the trade
paper Lebensmittel Praxis prints cards of a kicker, a short title, a lead set apart and
the writer's name with the date."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.outlets import credit_line_source
from normalizer.pipeline import normalize_text
from normalizer.stories.rhythm import _tag_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


# --- Regards: one article, whatever its furniture ------------------------------------------

def test_a_tag_line_shown_twice_and_a_counted_label_split_no_article() -> None:
    """The tags over the body and "Vos réactions (11)" under them are the page's, never a
    headline between the standfirst and the body; "via GIPHY" under a GIF ends nothing."""
    stories = _stories(_read("regards-macronie-justice-2018.txt"))
    article = stories[0]
    assert article["headline"].startswith("Deux ans et demi en Macronie")
    assert article["text"].startswith("On vous aurait bien fait un top 10")
    assert "S’il fallait ne retenir qu’une seule promesse" in article["text"]
    assert "Le 31 août 2017, M’Jid El Guerrab" in article["text"]  # (under "via GIPHY")
    headlines = {s["headline"] for s in stories}
    assert "La République en marche, Justice, Emmanuel Macron" not in headlines
    assert "Vos réactions (11)" not in headlines


def test_a_tag_line_is_names_between_commas() -> None:
    assert _tag_line("La République en marche, Justice, Emmanuel Macron")
    assert not _tag_line("Paris, London")  # (two names: a place line, a pair)
    assert not _tag_line("Paris, London and Berlin, the capitals, voted.")  # a sentence
    assert not _tag_line("Justice, la réforme, Emmanuel Macron")  # a name in lower case


def test_a_tag_line_printed_once_stays_the_storys() -> None:
    page = ("Portada\n\nTres ciudades votan hoy en la consulta regional\n\n"
            "Los vecinos de las tres ciudades votan hoy en una consulta sobre el nuevo "
            "plan de transporte de la región, que se decide este domingo.\n\n"
            "Madrid, Sevilla, Valencia\n\n"
            "Las urnas abren a las nueve de la mañana y cierran a las ocho de la tarde en "
            "todos los colegios electorales de las tres ciudades.\n")
    stories = _stories(page)
    assert len(stories) == 1
    assert "Madrid, Sevilla, Valencia" in stories[0]["text"]


def test_a_gif_librarys_credit_names_no_source() -> None:
    assert credit_line_source("via GIPHY") == ""
    assert credit_line_source("via Reuters") == "Reuters"
    sources = {s["source"] for s in _stories(_read("regards-macronie-justice-2018.txt"))}
    assert "Giphy" not in sources


def test_a_follow_button_in_the_infinitive_names_the_site() -> None:
    """"Suivre Regards sur Twitter": the site is Regards, not "Suivre Regards"."""
    assert _stories(_read("regards-macronie-justice-2018.txt"))[0]["source"] == "Regards"


def test_an_update_line_under_a_signed_date_line_does_not_date_the_story() -> None:
    """"Accueil | Par Loïc Le Clerc | 30 septembre 2018" over the headline dates the
    article; "Article mis à jour le 7 janvier 2020." under the standfirst only changed it."""
    assert _stories(_read("regards-macronie-justice-2018.txt"))[0]["published"] == "2018-09-30"


def test_an_update_line_alone_still_dates_its_story() -> None:
    """Under a headline with no signed date over it, the "updated" line is the only date:
    "ACTUALIZADO 19 de abril de 2022" (the bare date over the headline is a teaser's),
    "更新时间 2012年12月10日"."""
    herald = {s["headline"]: s for s in _stories(_read("elnuevoherald-negocios-miami-2022.txt"))}
    assert herald["Miami busca ser ‘capital de la sostenibilidad’ y acoge por primera vez "
                  "los Premios Verdes"]["published"] == "2022-04-19"
    assert _stories(_read("bbc-chinese-hongkong-2012.txt"))[0]["published"] == "2012-12-10"


# --- 24 Horas: a headline under its picture's credit -----------------------------------------

def test_a_headline_under_a_pictures_credit_and_over_its_byline_is_no_caption() -> None:
    stories = _stories(_read("24horas-boric-magallanes-2022.txt"))
    assert len(stories) == 1
    story = stories[0]
    assert story["headline"] == ("Segundo viaje oficial fuera de Santiago: Presidente Boric "
                                 "inicia gira por Magallanes este miércoles")
    assert story["source"] == "EFE"
    assert story["published"] == "2022-05-04"
    # "Agencia EFE" / "04.05.2022" / "Por Agencia EFE" between standfirst and body end nothing
    assert story["text"].startswith("El Mandatario se desplazará a Punta Arenas")
    assert "El presidente de Chile, Gabriel Boric, viajará este miércoles" in story["text"]


# --- Eishockey News: a ticker's items ------------------------------------------------------

_REPORT = ("Eishockey\n\nMünchen verliert in Tampere und verpasst das Finale der Liga\n\n"
           "Das Spiel endete mit einem klaren Sieg der Gastgeber, die das Publikum in der "
           "vollen Halle begeisterten und das Finale erreichten.\n\nThomas Beispiel\n\n"
           "Kurznachrichten\n")
_ITEMS = (("vor 2 Stunden", "Die Partie zwischen Hamburg und Essen wurde wegen mehrerer "
           "Corona-Fälle bei den Gästen abgesagt."),
          ("vor 3 Stunden", "Der Verein aus Rosenheim hat seine Bewerbung für die zweite Liga "
           "fristgerecht eingereicht."),
          ("vor 5 Stunden", "Die Saale Bulls aus Halle müssen auch am kommenden Wochenende "
           "wegen der Corona-Fälle pausieren."),
          ("gestern", "Rostock hat das für Mittwoch geplante Nachholspiel in Hamburg wegen "
           "eines Verdachtsfalls abgesagt."))


def test_a_tickers_items_are_stories_of_their_own() -> None:
    page = _REPORT + "".join(f"{t}\n{item}\n" for t, item in _ITEMS) + "Impressum\n"
    stories = _stories(page)
    assert [s["headline"] for s in stories[1:]] == [None] * len(_ITEMS)
    assert [s["text"] for s in stories[1:]] == [item for _t, item in _ITEMS]
    assert "Corona" not in stories[0]["text"]


def test_two_dated_paragraphs_make_no_ticker() -> None:
    """Fewer items than a ticker has (TICKER_MIN_ITEMS): no story is cut at a time line."""
    page = _REPORT + "".join(f"{t}\n{item}\n" for t, item in _ITEMS[:2]) + "Impressum\n"
    assert len(_stories(page)) < 3


def test_eishockey_news_ticker_items_and_their_last_one() -> None:
    stories = _stories(_read("eishockeynews-muenchen-tappara-2022.txt"))
    items = [s for s in stories if s["headline"] is None]
    assert len(items) == 5
    assert items[0]["text"].startswith("Weitere Absagen in der Oberliga Nord")
    # the last item, under "gestern" and over the ad, is no leftover of the page
    assert items[-1]["text"].startswith("Die für Dienstag angesetzte Partie")


# --- Lebensmittel Praxis: a trade paper's cards ----------------------------------------------

def test_cards_with_short_titles_under_their_kickers_take_their_own_titles_and_dates() -> None:
    stories = {s["headline"]: s for s in _stories(_read(
        "lebensmittelpraxis-paris-schiff-2023.txt"))}
    for title, opening, day in (
            ("Pao de Acucar", "Mitten in der 20-Millionen- Metropole", "2023-10-17"),
            ("Akzenta Dortmund", "Bei Akzenta stehen die Zeichen auf Expansion", "2023-08-09"),
            ("Sake", "Braukunst aus Japan", "2023-10-10"),
            ("Moin moin vom Tüten-Meyer", "Wie können Händler umweltbewusster", "2023-10-25")):
        assert stories[title]["text"].startswith(opening), title
        assert stories[title]["published"] == day, title
