"""A photo credit is labelled "Photo: Name" in many languages; every label of the table
marks a credit, and the same word inside a sentence does not."""
from __future__ import annotations

import pytest

from normalizer.cues.text import PHOTO_LABEL_RE, PHOTO_LABELS
from normalizer.stories.clean import has_photo_credit


@pytest.mark.parametrize("label", PHOTO_LABELS)
def test_every_label_with_a_name_is_a_photo_credit(label):
    line = f"{label.capitalize()}: Markku Ulander"
    assert has_photo_credit(line)
    assert PHOTO_LABEL_RE.match(line)


@pytest.mark.parametrize("line", [
    "Saksan liittokansleri Angela Merkel keskusteli keskiviikkona Berliinissä. Kuva: Jussi Nukari",
    "Zdjęcie: Radek Pietruszka",
])
def test_a_caption_ending_in_a_labelled_credit_has_one(line):
    assert has_photo_credit(line)


@pytest.mark.parametrize("line", [
    "Die Kuva-Ausstellung wurde am Montag eröffnet und zieht viele Besucher an.",
    "The image of the city has changed over the last decade, officials said.",
])
def test_the_word_in_a_sentence_is_no_credit(line):
    assert not has_photo_credit(line)
