"""Round 29: an article read whole across the slots and pictures inside it: ad slots that
say the article goes on below, captions closed by a bare credit, and a paragraph standing
between two pictures' captions."""
from __future__ import annotations

import pytest

from normalizer.cues.text import ARTICLE_CONTINUES_RE
from normalizer.pipeline import normalize_text
from normalizer.stories.clean import caption_credited

# --- ad slots inside an article ------------------------------------------------------------

_SLOT = ["Article content", "Advertisement {n}", "Story continues below",
         "This advertisement has not loaded yet, but your article continues below.",
         "Article content"]
_PARAGRAPHS = [
    "The harbour's old lighthouse has been restored after two years of work, the town said on "
    "Monday, and will shine again from the first of next month.",
    "The tower was built in 1898 and had been dark since a storm cracked its lantern room.",
    "Volunteers raised most of the money, selling calendars and holding a summer fair.",
    "Engineers replaced the glass, the stairs and the copper roof of the lantern.",
    "A small museum on the ground floor will tell the story of the keepers and their families.",
    "Tours start in June and must be booked online, the town's tourism office said.",
]


def _article() -> str:
    lines = ["Travel", "Old lighthouse shines again after two-year restoration",
             "Author of the article:",
             "Jane Smith", "Published Jun 05, 2026", "", _PARAGRAPHS[0], "", _PARAGRAPHS[1], ""]
    for n, (first, second) in enumerate(zip(_PARAGRAPHS[2::2], _PARAGRAPHS[3::2], strict=True),
                                              start=2):
        lines += [s.format(n=n) for s in _SLOT]
        lines += ["The lantern room seen from the harbour. Supplied", "Inside the tower",
                  "", first, "", second, ""]
    lines += ["Share this article in your social network", "Comments"]
    return "\n".join(lines)


def test_an_article_cut_by_ad_slots_that_say_it_continues_below_stays_one_story() -> None:
    """The page repeats its not-loaded notice at each slot, the slot's label ("Advertisement
    2") above it: neither is a story's head, and a sub-heading under the slot goes on the
    article."""
    (story,) = normalize_text(_article(), "file:///page.txt")["stories"]
    assert story["headline"] == "Old lighthouse shines again after two-year restoration"
    for paragraph in _PARAGRAPHS:
        assert paragraph in story["text"]
    assert "Advertisement" not in story["text"] and "Supplied" not in story["text"]


@pytest.mark.parametrize("line", [
    "Story continues below",
    "This advertisement has not loaded yet, but your article continues below.",
    "Dalsza część artykułu pod materiałem wideo", "Lesen Sie nach der Anzeige weiter",
    "Der Artikel wird unter der Werbung fortgesetzt", "L'article continue ci-dessous",
    "El artículo continúa abajo", "Pokračování článku pod reklamou",
])
def test_a_line_saying_the_article_goes_on_below_the_slot(line: str) -> None:
    assert ARTICLE_CONTINUES_RE.search(line)


def test_a_story_that_merely_continues_is_no_such_line() -> None:
    assert not ARTICLE_CONTINUES_RE.search("The search continues below the collapsed bridge.")


# --- captions closed by a bare credit ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Das Wohn- und Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant",
    "Der Schulleiter empfing am Montag nur 14 von 75 Kindern © VS Tristach",
    "More than 330 guest rooms have been redesigned from the ground up. Supplied",
    "Firefighters at the scene on Sunday. File photo",
    "Die Brücke im Sommer 2019. Archivbild",
])
def test_a_caption_closed_by_a_bare_credit_is_credited(line: str) -> None:
    assert caption_credited(line)


@pytest.mark.parametrize("line", [
    "Copyright © Example Media",                       # a notice, not a caption
    "Example Digital Copyright © Example Digital",
    "The report was published in 2019 © 2024 Example",  # a year: a copyright notice
    "He said the food was supplied by the army.",       # "supplied" inside the sentence
])
def test_notices_and_sentences_are_not_credited_captions(line: str) -> None:
    assert not caption_credited(line)


# --- a paragraph between two pictures' captions ------------------------------------------

def test_a_paragraph_between_two_credited_captions_stays_the_articles() -> None:
    lines = ["Schulen im Notbetrieb nach Großbrand", "",
             "Am Samstagabend erhielten tausende Eltern eine Nachricht der Behörden, die "
             "Kinder wegen des Rauchs zu Hause zu lassen.", "",
             "Der Schulleiter empfing am Montag nur 14 von 75 Kindern © VS Tristach",
             "Doch nicht nur die Kinder waren am Montag der Hitze und dem Rauch ausgesetzt, "
             "sondern auch die 80 Bewohner des Pflegeheims, sagte der Verwalter der Heime.",
             "Das Wohn- und Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant",
             "Der Wind habe sich zudem ständig gedreht, sodass es Phasen gab, in denen der "
             "Rauch in die Stadt zog."]
    (story,) = normalize_text("\n".join(lines), "file:///page.txt")["stories"]
    assert "80 Bewohner des Pflegeheims" in story["text"]
    assert "©" not in story["text"]


# --- a menu flattened into one glued word -------------------------------------------------

from normalizer.stories.blocks import CRUFT, Block  # noqa: E402
from normalizer.stories.clean import classify  # noqa: E402


@pytest.mark.parametrize("line", [
    "PRINT EDITION CLASSIFIEDSPROPERTIESNEWSLETTERCAREERSCONTACTSADVERTISELATEST EN",
    "Son Dakika HaberleriBitcoinBorsaBurçlarSpor HaberleriYayın AkışıE-Gazete",
])
def test_a_menu_whose_items_are_glued_into_one_word_is_the_pages_chrome(line: str) -> None:
    blocks = [Block(line), Block("Old lighthouse shines again after two-year restoration"),
              Block(_PARAGRAPHS[0])]
    classify(blocks, dump=True)
    assert blocks[0].role == CRUFT


@pytest.mark.parametrize("line", [
    "iPhoneProMax review: the best camera yet",       # a product's name: three humps
    "BUNDESVERFASSUNGSGERICHT kippt das Wahlgesetz",  # a long word in capitals (24 letters)
    "McDonaldsGate explained",
])
def test_a_headline_with_a_long_or_camel_cased_word_is_no_menu(line: str) -> None:
    blocks = [Block(line), Block(_PARAGRAPHS[0])]
    classify(blocks, dump=True)
    assert blocks[0].role != CRUFT


# --- a photographer's "© Name" inside the article ---------------------------------------

def test_a_photographers_copyright_line_by_a_caption_ends_no_story() -> None:
    """"© André Schmidt" above and below a picture's caption is the picture's credit: the
    article goes on under it (its author, date and body), one story, not two."""
    lines = ["Nur ein Drittel der Kinder kam am Montag in die Schule",
             "Viele Eltern schickten ihre Kinder am Montag nicht in die Schule, weil der Rauch "
             "des Großbrandes über dem Tal lag.",
             "© André Schmidt",
             "Auch im Schulzentrum Nord fanden sich am Montag nur wenige Kinder ein",
             "© André Schmidt",
             "30. Juni 2025, 15:59 Uhr",
             "Am Samstagabend erhielten tausende Eltern eine Nachricht der Behörden. Die Kinder "
             "sollten wegen des Rauchs zu Hause bleiben, hieß es darin.",
             "Der Regelbetrieb soll am Dienstag wieder aufgenommen werden, teilte das Land mit. "
             "Die Messwerte seien wieder unbedenklich."]
    (story,) = normalize_text("\n".join(lines), "file:///page.txt")["stories"]
    assert story["headline"] == lines[0]
    assert "Regelbetrieb" in story["text"] and "©" not in story["text"]


def test_the_sites_copyright_at_the_pages_end_is_still_its_notice() -> None:
    blocks = [Block(_PARAGRAPHS[0]), Block("The lantern room seen from the harbour. Supplied"),
              Block("© Example Harbour Town")]
    classify(blocks, dump=True)
    assert blocks[2].cruft_kind == "copyright"


# --- the sections a teaser was filed under, before its date ----------------------------

from normalizer.text.dates import split_date_line  # noqa: E402


@pytest.mark.parametrize("line", [
    "In News, Portugal, Property, Europe - 22 Sep 2023, 16:02",
    "In News, Portugal, Business, Madeira & Azores - 31 Jan 2025, 15:02",
    "Politics, Europe, World | 12 Aug 2023",
])
def test_a_teasers_sections_listed_before_its_date_make_a_date_line(line: str) -> None:
    assert split_date_line(line)[0]


def test_a_sentence_naming_places_before_a_date_is_no_date_line() -> None:
    line = "Paris, Lyon, Marseille and Nice are the cities to visit - 12 Jan 2025"
    assert not split_date_line(line)[0]


@pytest.mark.parametrize("line", [
    "Oceń jakość naszego artykułu:", "Rate the quality of this article"])
def test_a_rating_widgets_prompt_is_chrome(line: str) -> None:
    blocks = [Block(_PARAGRAPHS[0]), Block(line), Block(_PARAGRAPHS[1])]
    classify(blocks, dump=True)
    assert blocks[1].cruft_kind == "chrome"


def test_the_west_australian_is_named_as_it_prints_itself_not_by_its_domain() -> None:
    from normalizer.cues.outlets import canonical_source
    assert canonical_source("thewest.com.au") == "The West Australian"
    assert canonical_source("The Australian") == "The Australian"  # (another paper)
