"""Round 40: the page's furniture that stood in the stories of rounds dumps32's and dumps33's
pages (``fixtures/real/dumps``, SOURCES.md): readers' comments signed with their day and
time over "Répondre" (Regards), a donation box of amount buttons (eXXpress), "Redaktion"
alone over the date, a teaser copied into the text with a stray colon before it (24
Horas), "Bildquelle: Getty Images" (Lebensmittel Praxis), "Report typos and corrections
to: <address>" (Raw Story)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.text import ERROR_REPORT_LABELS_RE, PHOTO_LABEL_RE
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _record(text: str) -> dict:
    return normalize_text(text, _URL)


def _all_text(record: dict) -> str:
    return "\n\n".join(s["text"] for s in record["stories"])


def test_signed_comments_over_their_reply_controls_are_the_readers() -> None:
    record = _record(_read("regards-macronie-justice-2018.txt"))
    text = _all_text(record)
    assert "très bien vos infos." not in text
    assert "Qu elle belle france" not in text
    assert "Oui sous Hollande" not in text
    assert not any((s["headline"] or "").startswith(("Agriculture", "Qu elle", "Élections"))
                   for s in record["stories"])


def test_one_signed_line_over_a_reply_is_no_thread() -> None:
    """A story quoting one signature and one "Reply" keeps its text: a thread repeats
    the shape (COMMENT_RUN_MIN)."""
    page = ("Nachrichten\n\nDer Stadtrat beschließt den neuen Haushalt für das kommende Jahr\n\n"
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Haushalt für das "
            "kommende Jahr beschlossen, nach einer langen und lebhaften Debatte.\n\n"
            "Die Opposition kritisierte die geplanten Ausgaben für den Straßenbau, der "
            "Bürgermeister verteidigte sie als notwendig für die Stadt.\n\n"
            "anna müller Le 11 septembre 2018 à 12:57\n\nRépondre\n\n"
            "Die Beratungen über den Stellenplan sollen im Frühjahr fortgesetzt werden, "
            "teilte die Verwaltung nach der Sitzung am Abend mit.\n")
    assert "Die Beratungen über den Stellenplan" in _all_text(_record(page))


def test_a_donation_boxs_amounts_and_appeal_are_no_story_text() -> None:
    text = _all_text(_record(_read("exxpress-vanderbellen-festspiele-2023.txt")))
    assert "Ihr Beitrag hilft" not in text
    assert "Jetzt unterstützen!" not in text
    assert "\n5€" not in text and "10€" not in text


def test_a_newsrooms_word_alone_over_the_date_is_no_text() -> None:
    story = _record(_read("exxpress-vanderbellen-festspiele-2023.txt"))["stories"][0]
    assert "Redaktion" not in story["text"].split("\n")
    assert story["published"] == "2023-11-01"


def test_a_teasers_copy_with_a_stray_colon_is_the_same_teaser() -> None:
    text = _all_text(_record(_read("24horas-boric-magallanes-2022.txt")))
    assert "Boric por expulsión de extranjeros con overoles blancos" not in text
    assert "Además de Punta Arenas, Boric se desplazará" in text


def test_a_german_picture_source_label_is_a_credit() -> None:
    assert PHOTO_LABEL_RE.match("Bildquelle: Getty Images")
    assert PHOTO_LABEL_RE.match("Bildnachweis: dpa")
    assert not PHOTO_LABEL_RE.match("Bildquellen sind oft unklar, sagt die Forscherin.")
    text = _all_text(_record(_read("lebensmittelpraxis-paris-schiff-2023.txt")))
    assert "Bildquelle: Getty Images" not in text


def test_a_corrections_address_line_is_the_sites_control() -> None:
    assert ERROR_REPORT_LABELS_RE.match(
        "Report typos and corrections to: corrections@rawstory.com.")
    assert not ERROR_REPORT_LABELS_RE.match(
        "Report typos and corrections to the desk, the editor told staff on Monday.")
    text = _all_text(_record(_read("rawstory-inauguration-celebrities-2016.txt")))
    assert "Report typos and corrections" not in text
