"""Dump rhythm rules of round dumps8 (``normalizer/stories/rhythm.py``), on made-up pages
in the shapes the held-out dumps showed."""
from __future__ import annotations

import pytest

import normalizer
from normalizer.stories.rhythm import _person_name

# A portal's teasers closed by a date line, where some show their author's name under the
# title instead of a lead (a title-only teaser, a link: no story).
NAMED_TEASERS = "\n".join([
    'Example Daily',
    'Budget vote delayed after late-night talks collapse',
    'Coalition partners failed to agree on spending cuts',
    '04 May 2022',
    'Floods cut off villages in the south',
    'Jane Doe',
    '04 May 2022',
    'Court orders new hearing in land dispute',
    'Judges found the first ruling ignored key evidence',
    '04 May 2022',
    'Choir celebrates its hundredth concert in the old town',
    'Ana de la Torre',
    '04 May 2022',
    'Council approves the new bus timetable for the summer',
    'Riders will see more frequent buses on the coastal line',
    '04 May 2022',
    'Contact | Imprint | Privacy | Advertise | Jobs',
    '',
])


def test_a_title_over_its_authors_name_is_no_story():
    stories = normalizer.normalize_text(NAMED_TEASERS, "file:///portal.txt")["stories"]
    assert [(s["headline"], s["text"]) for s in stories] == [
        ("Budget vote delayed after late-night talks collapse",
         "Coalition partners failed to agree on spending cuts"),
        ("Court orders new hearing in land dispute",
         "Judges found the first ruling ignored key evidence"),
        ("Council approves the new bus timetable for the summer",
         "Riders will see more frequent buses on the coastal line"),
    ]
    assert all(s["published"] == "2022-05-04" for s in stories)


@pytest.mark.parametrize("line, name", [
    ("Zsigmond Enikő", True),
    ("Ana de la Torre", True),
    ("Jean-Luc O'Neill", True),
    ("SIMON HILL", False),               # capitals: a label or a kicker
    ("Rescue teams reach two valleys", False),
    ("Updated 14:00", False),
    ("Jane", False),                     # one word: a name or a section
    ("Ends here.", False),
])
def test_person_name_shape(line, name):
    assert _person_name(line) is name
