"""A dump's page name is never one of its controls (patch sources15/01): a pager's glued
words atop the page give way to the name under them, and a media group's © holder to
the outlet the page's own lines name. Shapes from real dumps (dumps7 Detay Kıbrıs,
dumps11b SportoweFakty)."""
from __future__ import annotations

from normalizer.pipeline import normalize_text

_STORY = "\n\n".join(
    f"Kurtarma ekipleri yıkılan binalarda çalışmalarını sürdürüyor, bu {i}. paragraf yeterince "
    "uzun bir haber metni olarak yazıldı ve okunuyor." for i in range(5))


def test_a_pager_atop_the_page_is_not_its_name() -> None:
    text = (f"ÖncekiSonraki\n\nDetay Kıbrıs\n\nYıkılan binalar ve kurtarma çalışmaları\n\n"
            f"30 Ekim 2020\n\n{_STORY}\n")
    rec = normalize_text(text, "dump.txt")
    assert rec["stories"][0]["source"] == "Detay Kıbrıs"


def test_a_groups_holder_gives_way_to_the_outlet_the_page_names() -> None:
    story = "\n\n".join(
        f"Hiszpańskie media piszą o występie napastnika w meczu ligowym, akapit {i} z "
        "wystarczającą liczbą słów dla artykułu." for i in range(5))
    text = (f"wyniki\n\nHiszpanie mówią jednym głosem o występie\n\n13 maja 2024\n\n{story}\n\n"
            "Źródło artykułu: WP SportoweFakty\n\nOdpowiedz\n\nOdpowiedz\n\nOdpowiedz\n\n"
            "SportoweFakty\n\n© 1995-2024 Grupa WP\n")
    rec = normalize_text(text, "dump.txt")
    assert rec["stories"][0]["source"] == "WP SportoweFakty"


def test_a_brands_decoration_in_its_copyright_line_is_no_part_of_its_name() -> None:
    text = (f"Élő közvetítés\n\nA Real Madrid kezdője megvan\n\n2014. március 23.\n\n{_STORY}\n\n"
            "© 2021 - !!444!!! - Magyar Jeti Zrt.\n")
    rec = normalize_text(text, "dump.txt")
    assert rec["stories"][0]["source"] == "444"
