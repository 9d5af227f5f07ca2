"""A picture's credit set in a small heading with a credit class (``<h6 class="credit">``
under the photo, as The New York Times's 2010 template does) is a caption: taken out
before extraction, as a paragraph or span with that class is, never story text."""
from __future__ import annotations

from pathlib import Path

from normalizer.stories.extract import extract

PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout8" / "site" / "2010" / "11"
        / "13" / "burmese-dissident-freed" / "index.html")


def test_heading_with_credit_class_is_a_caption() -> None:
    got = extract(PAGE.read_bytes())
    captions = [r["text"] for r in got.removed if r["kind"] == "caption"]
    assert "European Pressphoto Agency" in captions
    assert not any(b.text == "European Pressphoto Agency" for b in got.blocks)
    assert any(b.text.startswith("YANGON, Myanmar") for b in got.blocks)


def test_heading_with_credit_class_goes_but_other_headings_stay() -> None:
    page = ("<html><body><article><h1>A headline</h1><h2>A deck over the story</h2>"
            "<img src='a.jpg'><h6 class='credit'>Photo Agency</h6>"
            + "".join(f"<p>Paragraph {i} of the story, long enough to be read as prose by "
                      f"the extractor, with a full stop at its end.</p>" for i in range(6))
            + "</article></body></html>")
    got = extract(page)
    assert {"kind": "caption", "text": "Photo Agency"} in got.removed
    assert not any("Photo Agency" in b.text for b in got.blocks)
    assert any(b.text.startswith("Paragraph 0") for b in got.blocks)
