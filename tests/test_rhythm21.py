"""An article page's date line in its header, and a menu's label inside an article
(``normalizer/stories/rhythm.py``: ``_take_in_header_date``, ``_drop_menu_labels``).

1. A page that prints its one article's title, then its date line, then a byline box
   (names, "Writer", "Editor"), counters and a picture before the first paragraph leaves
   the date line among the header's chrome, outside every story. Right under a title it
   is the article's date, and the article takes it; the header's day at the very top of
   the page is no story's.
2. A title-shaped line over a run of the page's menu items (a language picker: "Translated
   by ...", then twenty languages) is the menu's label: the article around it stays one
   story, under its own headline and date.
Unit tests use invented pages; the real dumps are scored by tests/test_gate_real_dumps*.py.
"""
from __future__ import annotations

import normalizer
from normalizer.model import BlockKind, MetaKind, RemovedKind
from normalizer.stories import rhythm
from normalizer.stories.blocks import CRUFT, META, TEXT, Block, BlockRole

HEADLINE = "Mayor tastes bananas at the village market"
LEAD = ("The mayor of the town tasted bananas sold by traders at the old village market on "
        "Monday, between visits to the stalls to check the prices of rice and cooking oil.")
BODY = [
    "At first the mayor and several council members walked around the market, greeting "
    "the traders and asking about the prices of the goods on their stalls this month.",
    "\"Mister Mayor! Mister Mayor!\" the shoppers shouted as soon as they saw him, and "
    "many of them asked him to stop for a photograph in front of their stalls.",
    "The council said that the prices of most foods had stayed level since the spring, "
    "and that it would keep checking the markets of the province every month.",
]
MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather"]


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def _page(head: list[str]) -> str:
    return "\n\n".join([*MENU, *head, LEAD, *BODY, "Copyright 2024 Example Daily"])


CAPTION = ("The mayor tastes a banana while talking to a trader at the village market on "
           "Monday.")
BOX = ["Anna Berg,", "Tom Reed", "Editorial team", "Anna Berg", "Writer", "Tom Reed",
       "Editor", "7 16", CAPTION, "See photo", CAPTION + " (Photo: Town Hall)", CAPTION]


def _header(title_role: BlockRole, title_kind: RemovedKind | None, title: str) -> list[Block]:
    """The page as the rhythm leaves it: the header's menu, the title (a related link's
    when the share box shows it too), the date line, the byline box and picture, all
    outside every story, then the article's paragraphs."""
    blocks = [Block(text=t) for t in MENU]
    for b in blocks:
        b.mark(CRUFT, RemovedKind.CHROME)
    head = Block(text=title)
    head.mark(title_role, title_kind)
    date = Block(text="Example.com - 13/05/2024, 14:04 WIB")
    date.mark(META, MetaKind.DATE)
    box = [Block(text=t) for t in BOX]
    for b in box:
        b.mark(CRUFT, RemovedKind.CHROME)
    blocks += [head, date, *box]
    for b in blocks[:-3]:
        b.notes["outside"] = True
    return blocks + [Block(text=t) for t in (LEAD, *BODY)]


def _taken_in(blocks: list[Block]) -> bool:
    rhythm._take_in_header_date(blocks, list(range(len(blocks))))
    date = next(b for b in blocks if b.role == META)
    return "outside" not in date.notes


def test_the_date_line_under_the_articles_title_is_taken_into_its_story() -> None:
    assert _taken_in(_header(CRUFT, RemovedKind.RELATED_LINK, HEADLINE))


def test_a_date_line_under_a_menu_entry_stays_the_headers() -> None:
    assert not _taken_in(_header(CRUFT, RemovedKind.CHROME, HEADLINE))
    assert not _taken_in(_header(CRUFT, RemovedKind.RELATED_LINK, "Weather"))


def test_the_articles_own_date_line_is_kept_and_the_headers_left() -> None:
    blocks = _header(CRUFT, RemovedKind.RELATED_LINK, HEADLINE)
    own = Block(text="14/05/2024, 09:00")
    own.mark(META, MetaKind.DATE)
    blocks.insert(len(blocks) - len(BODY) - 1, own)
    assert not _taken_in(blocks)


def test_a_page_with_its_title_over_its_date_line_keeps_one_dated_story() -> None:
    stories = _stories(_page([HEADLINE, "Example.com - 13/05/2024, 14:04 WIB", *BOX[:8]]))
    assert len(stories) == 1
    assert stories[0]["published"] == "2024-05-13"
    assert stories[0]["text"].startswith(LEAD)


LANGUAGES = ["Korean", "English", "Japanese", "Chinese", "Dutch", "German", "Russian",
             "Malay", "Bengali", "Vietnamese", "Spanish", "Arabic", "Italian", "Indonesian",
             "Thai", "Turkish", "Portuguese", "French", "Hindi"]


def _picker_page() -> str:
    """An article whose summary box and body stand apart around the page's reading tools:
    a listen button, a language picker under its label, a font size setting, the body."""
    return "\n\n".join([
        *MENU, HEADLINE, "Anna Berg 2024. 5. 22. 08:37", "Summary", LEAD, BODY[0], "Close",
        "Listen", "Voice settings", *(f"• {v}" for v in ("Male", "Female", "Slow", "Fast")),
        "Play", "Close", "Stop", "Translation settings",
        "Translate beta Translated by Machine Co",
        *(f"• {name}" for name in LANGUAGES), "Close", "Font size",
        "Move the blue circle left or right and the size of the letters changes.", "A",
        *(f"• {v} font" for v in ("Small", "Normal", "Large")), "A", "Close", "Print",
        *BODY[1:], "Copyright 2024 Example Daily"])


def test_a_line_over_a_menu_of_items_is_the_menus_label_not_a_headline() -> None:
    stories = _stories(_picker_page())
    assert [s["headline"] for s in stories] == [HEADLINE]
    assert stories[0]["published"] == "2024-05-22"
    assert BODY[2] in stories[0]["text"]


def _menu(label_above: RemovedKind, items: int) -> list[Block]:
    """An article's paragraph, the page's tools, a unit's title and menu items under it
    (as the rhythm leaves them), then the article's next paragraph."""
    lead = Block(text=LEAD)
    tool = Block(text="Translation settings")
    tool.mark(CRUFT, label_above)
    label = Block(text="Translate beta Translated by Machine Co")
    label.notes["unit_start"] = True
    menu = [Block(text=name, kind=BlockKind.ITEM) for name in LANGUAGES[:items]]
    for b in menu:
        b.mark(CRUFT, RemovedKind.CHROME)
    return [lead, tool, label, *menu, Block(text=BODY[1])]


def _label_kept(blocks: list[Block]) -> bool:
    rhythm._drop_menu_labels(blocks, list(range(len(blocks))))
    label = next(b for b in blocks if b.text.startswith("Translate "))
    return label.role == TEXT and bool(label.notes.get("unit_start"))


def test_a_title_over_the_pages_menu_items_is_the_menus_label() -> None:
    assert not _label_kept(_menu(RemovedKind.CHROME, rhythm.MENU_LABEL_ITEMS))


def test_a_title_over_few_items_or_under_no_chrome_still_opens_a_story() -> None:
    assert _label_kept(_menu(RemovedKind.CHROME, rhythm.MENU_LABEL_ITEMS - 1))
    assert _label_kept(_menu(RemovedKind.RELATED_LINK, rhythm.MENU_LABEL_ITEMS))


def test_a_line_over_a_menu_above_all_text_is_left_to_the_header() -> None:
    assert _label_kept(_menu(RemovedKind.CHROME, rhythm.MENU_LABEL_ITEMS)[1:])
