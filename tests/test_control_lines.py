"""The page's controls are no site's name (round sources15): a button's or a call's word
opening a line, a pager's words alone (spaced or glued), a breadcrumb. Shapes from real
dumps (dumps7 Detay Kıbrıs's "ÖncekiSonraki", dumps10 Tageblatt's newsletter call,
dumps11 People's Daily's "Home>>", dumps11b SportoweFakty's "Odpowiedz")."""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import canonical_source, find_source, is_control_line


@pytest.mark.parametrize("line", [
    "Home>>", "Home › World", "Startseite > Politik", "ÖncekiSonraki", "« Prev Next »",
    "Previous Next", "ABONNIEREN SIE UNSEREN NEWSLETTER", "Odpowiedz", "Reply", "Share",
    "Subscribe now", "HU", "EN | DE",
])
def test_a_control_is_no_name(line: str) -> None:
    assert is_control_line(line)


@pytest.mark.parametrize("line", [
    "Detay Kıbrıs", "Tageblatt", "The Newsletter", "NextGen News", "Shareholder Weekly",
    "Grupa WP", "Reuters", "El País", "Rp.pl", "AP", "Hu", "", None,
])
def test_a_name_is_no_control(line: str | None) -> None:
    assert not is_control_line(line)


@pytest.mark.parametrize("text, outlet", [
    ("Źródło: rp.pl", "Rzeczpospolita"),  # the paper's site, named by its address
    ("Źródło artykułu: WP SportoweFakty", "WP SportoweFakty"),
    ("SportoweFakty", "WP SportoweFakty"),
])
def test_the_table_knows_a_sites_address_and_brand(text: str, outlet: str) -> None:
    assert find_source(text) == outlet or canonical_source(text) == outlet
