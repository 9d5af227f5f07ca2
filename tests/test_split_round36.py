"""Round 36: a portal's cards print their date above the title ("04/12/2020 - 07:53",
title, lead, "Leer más sobre ...", "Comentarios", "11974 lecturas"). Read down the page,
each date line follows the previous card's counters: it stands next to the title under it,
and dates that card, not the one the furniture closed. (HSB Noticias' page of the held-out
group dumps26, ``fixtures/real/dumps``, SOURCES.md; its gold dates each card by the date
line above its title.)"""
from __future__ import annotations

import re
from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _dates(text: str) -> dict[str, str | None]:
    return {s["headline"]: s["published"] for s in normalize_text(text, _URL)["stories"]}


def test_a_cards_date_above_its_title_dates_that_card() -> None:
    dates = _dates((_DUMPS / "hsbnoticias-cuadrado-queiroz-2020.txt").read_text(encoding="utf-8"))
    assert dates["Mapa del Coronavirus en Colombia y en el mundo [EN VIVO]"] == "2020-09-05"
    assert dates["Así van vacunas contra el COVID-19: 20 millones de colombianos se "
                 "vacunarían en 2021"] == "2020-12-04"
    assert dates["[VIDEO] Meteorito explotó al entrar en el cielo de Japón"] == "2020-11-30"
    assert dates["Terrible caso de brujería en el Huila: Perro fue masacrado en cementerio "
                 "[FOTOS]"] == "2020-11-19"


def test_a_date_right_under_a_lead_still_closes_its_card() -> None:
    """The other order, title, lead, date: the same page with each card's date line moved
    under its lead. The date follows the lead with no furniture between: it stays the
    card's own, and no card takes the next one's."""
    page = _DUMPS / "hsbnoticias-cuadrado-queiroz-2020.txt"
    lines = page.read_text(encoding="utf-8").split("\n")
    moved: list[str] = []
    k = 0
    while k < len(lines):
        if re.fullmatch(r"\d\d/\d\d/\d{4} - \d\d:\d\d", lines[k]) and k + 2 < len(lines):
            moved += [lines[k + 1], lines[k + 2], lines[k]]
            k += 3
        else:
            moved.append(lines[k])
            k += 1
    dates = _dates("\n".join(moved))
    assert dates["Así van vacunas contra el COVID-19: 20 millones de colombianos se "
                 "vacunarían en 2021"] == "2020-12-04"
    assert dates["[VIDEO] Meteorito explotó al entrar en el cielo de Japón"] == "2020-11-30"
    assert dates["Terrible caso de brujería en el Huila: Perro fue masacrado en cementerio "
                 "[FOTOS]"] == "2020-11-19"
