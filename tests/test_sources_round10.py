"""Sources, bylines and datelines by shape, round 10.

- **A media group's copyright line names the company, not the site.** Under "© <Group>
  <Country> S.A." the page's own title is the one outlet its chrome names ("E-mail:
  redaktion@<title's address>") that the page names again elsewhere; where the chrome names
  no outlet the table knows, the one site of the group's network list ("<name>.pl" links
  alone on their lines) whose bare name also stands alone on a line (the masthead).
- **A dateline opened by the site's address inside the story text** ("<address>, PLACE -
  ..."): the place is the dateline, the site the source (the pattern is the page credit
  reader's, ``cues.credits.SITE_DATELINE_RE``).
- **A writer then an agency with no separator** ("<Person> <Agency>") gives the byline its
  writer as well as the source its agency, in a byline line and in an author slot the
  extractor drops.
- **An outlet's name in another script** (BBC in Burmese letters) is the canonical name the
  gold format lists.

Each text is written for this test; no sentence of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import canonical_source, person_and_agency, person_then_agency
from normalizer.model import AttributionHint
from normalizer.pipeline import _hint_attribution, normalize_page, normalize_text
from normalizer.stories.attribute import byline_names, site_dateline

_STORY_DE = (
    "Stadtrat beschließt neue Radwege entlang der Alzette bis zum Sommer\n"
    "Die Gemeinde will bis zum Sommer drei neue Abschnitte bauen lassen und die Kreuzungen "
    "sicherer machen.\n"
    "Maria Beispiel\n10:15\nTeilen\n"
    "Der Gemeinderat hat am Montagabend mit großer Mehrheit beschlossen, entlang der Alzette "
    "drei neue Radwege anzulegen, die den Norden der Stadt mit dem Zentrum verbinden sollen.\n"
    "Die Arbeiten sollen im Frühjahr beginnen und bis zum Sommer abgeschlossen sein, wie die "
    "Bürgermeisterin nach der Sitzung erklärte; die Kosten liegen bei rund zwei Millionen "
    "Euro.\n"
    "Anwohner hatten seit Jahren mehr Platz für Radfahrer gefordert, weil die bestehenden "
    "Wege an mehreren Stellen abrupt enden und Kinder auf der Straße fahren müssen.\n"
    "Die Opposition stimmte ebenfalls zu, verlangte aber eine bessere Beleuchtung der Strecke "
    "und regelmäßige Kontrollen der Geschwindigkeit der Autos in den angrenzenden Straßen.\n"
)


def _sources(text: str) -> list[str | None]:
    return [s["source"] for s in normalize_text(text, "file:///dump.txt")["stories"]]


# --- A media group's copyright line ---------------------------------------------------------
def _group_page(contact: str, holder: str) -> str:
    return ("Menü\nE-PaperNewsletterRätsel\nAbonnementLogin\nLuxemburgPolitikSportWort+\n"
            "Sport\n" + _STORY_DE
            + "Mehr Artikel der Woche finden Sie auf wort.lu und in unserer App.\n"
            f"Adresse\n{contact}\nAbonnementKontaktCookies & TrackingDatenschutzImpressum\n"
            "Rubriken\nWort+LuxemburgPolitikInternationalMeinungSport\nAndere Titel\n"
            f"Luxembourg TimesContactoVirgule\n{holder}\n")


def test_title_named_by_the_chrome_under_a_groups_copyright_line():
    page = _group_page("E-mail: redaktion@wort.lu", "©2025 Mediahuis Luxembourg S.A. "
                       "All rights reserved")
    assert _sources(page) == ["Luxemburger Wort"]


def test_groups_copyright_line_with_no_title_named_stays_the_groups():
    # the contact line names no outlet and no network list is shown: nothing to prefer
    page = _group_page("E-mail: redaktion@example.org", "©2025 Mediahuis Luxembourg S.A. "
                       "All rights reserved")
    assert _sources(page) == ["Mediahuis Luxembourg"]


_STORY_PL = (
    "Ceny mieszkań w dużych miastach wzrosły trzeci kwartał z rzędu\n\n"
    "Według najnowszych danych ceny mieszkań w największych miastach wzrosły w trzecim "
    "kwartale o kilka procent w porównaniu z poprzednim okresem, a popyt nadal przewyższa "
    "podaż.\n\n"
    "Analitycy zwracają uwagę, że wzrost napędzają przede wszystkim kredyty hipoteczne, "
    "których udzielono więcej niż przed rokiem, oraz rosnące koszty budowy nowych osiedli.\n\n"
    "Deweloperzy zapowiadają kolejne inwestycje, ale ostrzegają, że brak gruntów w centrach "
    "miast może w przyszłym roku ograniczyć liczbę nowych mieszkań na rynku.\n\n"
)


def _network_page(masthead: str) -> str:
    return ("Reklama\n\n• northwind.pl\n\n• eastwind.pl\n\n• Newsletter\n\n• Notowania\n\n"
            + _STORY_PL + f"Reklama\n\n{masthead}\n\n• Eastwind.pl\n\n• Southwind.pl\n\n"
            "• Northwind.pl\n\n• Kontakt\n\nZapisz się na Newsletter\n\n"
            "Copyright Infor Biznes Sp. z o.o.\n\n• RSS\n")


def test_masthead_of_the_groups_network_list():
    assert _sources(_network_page("Northwind")) == ["Northwind"]


def test_masthead_naming_no_site_of_the_list_leaves_the_group():
    assert _sources(_network_page("Westwind")) == ["Infor Biznes"]


# --- A site dateline inside the story --------------------------------------------------------
@pytest.mark.parametrize("paragraph, expected", [
    ("tidewater.no, OSLO - The coastal ferry between the two towns ran again on Tuesday.",
     ("OSLO", "tidewater.no")),
    ("news.example.com, SAN JOSE — The council voted on Monday to close the old bridge.",
     ("SAN JOSE", "news.example.com")),
])
def test_site_dateline(paragraph, expected):
    assert site_dateline(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "Readers of tidewater.no, the coast's site, wrote in - twice, about the ferry times.",
    "tidewater.no, OSLO - short.",  # no paragraph after it
    "tidewater.no, the coast's site - the ferry between the two towns ran again on Tuesday.",
])
def test_no_site_dateline(paragraph):
    assert site_dateline(paragraph) is None


def test_site_dateline_in_a_dumped_story():
    text = ("Ferry service resumes after storm closes fjord crossings\n\n"
            "tidewater.no, OSLO - The coastal ferry between the two towns ran again on "
            "Tuesday after three days of storms kept the boats in harbour, the operator "
            "said.\n\nPassengers waited for hours at the quay as the first boat left at noon, "
            "and more crossings were added for the evening.\n")
    story = normalize_text(text, "file:///dump.txt")["stories"][0]
    assert (story["source"], story["dateline"]) == ("tidewater.no", "OSLO")


# --- A writer then an agency -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Jane Roe Reuters", ("Jane Roe", "Reuters")),
    ("Jane Q. Roe Bloomberg", ("Jane Q. Roe", "Bloomberg")),
    ("Jane Roe", None),
    ("Jane Kurier", None),  # a name ending in a word that is no agency's whole name
])
def test_person_and_agency(text, expected):
    assert person_and_agency(text) == expected
    assert person_then_agency(text) == (expected[1] if expected else None)


def test_byline_line_splits_writer_from_agency():
    assert byline_names("Jane Roe Reuters") == (["Jane Roe"], ["Reuters"])
    assert byline_names("Jane Roe") == (["Jane Roe"], [])


def test_author_slot_the_extractor_drops_gives_the_writer():
    hints = [AttributionHint(cue="article__author", text="Jane Roe Bloomberg", in_story=False)]
    found = _hint_attribution(hints)
    assert (found["source"], found["byline"]) == ("Bloomberg", ["Jane Roe"])
    alone = _hint_attribution([AttributionHint(cue="article__author", text="Jane Roe",
                                               in_story=False)])
    assert "byline" not in alone and "source" not in alone


# --- Names in other scripts ------------------------------------------------------------------
def test_bbc_in_burmese_letters_is_bbc():
    assert canonical_source("ဘီဘီစီ") == "BBC"


# --- A writer's name before a separator and the date, under the standfirst -----------------
_PARAS = (
    "<p>The county's officers were called to a warehouse on the edge of town late on Tuesday "
    "after neighbours reported smoke rising from its roof, the statement said.</p>"
    "<p>Nobody was hurt, and the damage is put at several thousand euros according to the "
    "first estimate of the fire brigade, which stayed on the site through the night.</p>"
    "<p>The cause of the fire is not yet known; investigators are expected to visit the "
    "building again on Thursday morning with experts from the insurer.</p>"
)


def _byline(slot: str) -> list[str]:
    page = ("<html><head><meta charset='utf-8'><title>Warehouse fire</title></head><body>"
            "<main><article><h1>Warehouse fire on the edge of town</h1>"
            "<h4>A warehouse burned on the edge of town on Tuesday night; nobody was hurt.</h4>"
            f"<div class='row'>{slot}</div><div class='entry'>{_PARAS}</div></article></main>"
            "</body></html>")
    return normalize_page(page, "https://northwind.example/2023/fire/")[0]["stories"][0][
        "byline"]


def test_name_before_separator_and_date_is_the_byline():
    slot = ("<span style='float:left'>Jane Roe &nbsp;|</span>"
            "<span class='tarih'>05.04.2025 - Updated: 05.04.2025</span>")
    assert _byline(slot) == ["Jane Roe"]


@pytest.mark.parametrize("slot", [
    "<span>Jane Roe &nbsp;|</span><span>Share this story</span>",  # no date after it
    "<span>Reuters |</span><span>05.04.2025</span>",  # an outlet, no writer
    "<span>Jane Roe</span><span>05.04.2025</span>",  # no separator
])
def test_no_byline_before_the_date(slot):
    assert _byline(slot) == []


# --- A section label written as an outlet's name in the page's own case ----------------------
def _teasers(label: str) -> list[str | None]:
    teaser = ("{title}\n\n{title}\n\n{lead}\n\n04 de mayo de 2022\n\n" + label + "\n\n")
    items = [("Revocan la condena en la causa por la venta de un auto usado",
              "Resolución de la Cámara de Casación Penal sobre el caso"),
             ("El Congreso aprobó la ley de presupuesto para el próximo año",
              "La votación terminó en la madrugada tras un largo debate"),
             ("Los precios de los alimentos subieron otra vez en abril",
              "El índice de la canasta básica marcó un nuevo récord mensual")]
    text = "".join(teaser.format(title=t, lead=lead) for t, lead in items)
    return _sources(text)


def test_section_label_in_the_pages_case_is_no_outlet():
    assert "El País" not in _teasers("El país")


def test_attribute_section_cased():
    from normalizer.stories.attribute import _section_cased

    assert _section_cased("El país", "El País")
    assert not _section_cased("El País", "El País")
    assert not _section_cased("EL PAÍS", "El País")
    assert not _section_cased("reuters", "Reuters")  # one word: a credit in lower case
    assert not _section_cased("La Repubblica", "la Repubblica")  # raised at the start


# --- Datelines that name the agency first; a Chinese reporter's bracket ---------------------
def test_agency_first_dateline():
    from normalizer.stories.attribute import agency_first_dateline

    assert agency_first_dateline("(ANSA) - ROMA, 28 LUG - Il consiglio comunale ha approvato "
                                 "ieri sera il nuovo piano per il traffico.") == ("ROMA", "ANSA")
    assert agency_first_dateline("(Photo) - ROMA, the city at night, seen from the hill "
                                 "above the river.") is None
    assert agency_first_dateline("(ANSA) - ROMA, 28 LUG - short") is None


def test_reporter_bracket():
    from normalizer.stories.attribute import reporter_bracket

    assert reporter_bracket("〔記者王小明／台北報導〕市政府今天宣布新的公車路線。") == (
        "台北", ["王小明"])
    assert reporter_bracket("【记者王小明、李四/北京报道】今天市政府宣布新的公交线路。") == (
        "北京", ["王小明", "李四"])
    assert reporter_bracket("〔編輯部〕市政府今天宣布新的公車路線。") is None


def test_follow_buttons_word_after_the_writer():
    from normalizer.stories.attribute import split_names

    assert split_names("Jane Roe  Follow") == (["Jane Roe"], [])
    assert split_names("Jane Roe Folgen, John Doe") == (["Jane Roe", "John Doe"], [])


def test_unlabelled_byline_line_writer_then_dash():
    text = ("Kesehatan\n\nPeneliti temukan cara baru mendeteksi stroke lebih awal di rumah\n\n"
            "Jane Roe - northwindHealth\n\nKamis, 02 Nov 2023 20:59 WIB\n\n"
            "Para peneliti mengumumkan cara baru untuk mendeteksi gejala stroke lebih awal, "
            "yang dapat dilakukan oleh keluarga pasien di rumah tanpa alat khusus.\n\n"
            "Metode itu diuji pada ratusan pasien selama dua tahun dan hasilnya dinilai cukup "
            "menjanjikan oleh para dokter yang terlibat dalam penelitian tersebut.\n")
    story = normalize_text(text, "file:///dump.txt")["stories"][0]
    assert story["byline"] == ["Jane Roe"]
