"""d16fix3: the old wire dateline and pasted-dump shapes of real Usenet and e-mail dumps."""
from __future__ import annotations

from normalizer.stories.dumps import _clippings, _staff_bylines
from normalizer.stories.split import dateline_of
from normalizer.text.wrapped import drop_advisories


def test_old_wire_dateline_credits_reuters() -> None:
    """"PLACE, Mon D, Reuter - ": Reuters' old dateline, no bracket, names Reuters."""
    for line in ("ABU DHABI, Dec 23, Reuter - Gulf Arab states met on Tuesday.",
                 "SAN FRANCISCO, April 14, Reuter - Nineteen people sued the league."):
        found = dateline_of(line)
        assert found is not None and found.group("src") == "Reuters"
    assert dateline_of("NICOSIA, Dec 26, Reuter - Iran said.").group("place") == "NICOSIA"


def test_old_wire_dateline_reads_known_agencies() -> None:
    """The same shape with an agency the outlets table knows."""
    found = dateline_of("CAIRO, Jan. 5, UPI - The minister said.")
    assert found is not None and found.group("src") == "UPI"


def test_reuter_as_a_surname_is_no_credit() -> None:
    """Without the month and day between the commas "Reuter" is a name, not the wire."""
    found = dateline_of("BERLIN, Peter Reuter - said the mayor.")
    assert found is None or found.groupdict().get("src") != "Reuters"
    assert dateline_of("He said, Peter 5, Reuter - nothing.") is None


_CLIPPINGS = """Some words of the poster about what follows here, and why it matters.

Town Mourns Its Dead :

"Refugees said hundreds died in the attack. Of seven bodies seen
 here today, two were children."
 Jane Roe
 The Washington Post, 2/28/92

Village Burned in New Unrest:

"Guerillas attacked a village and burned it to the ground on Tuesday,
 television reported." (Reuters)
 Daily News, 2/12/92

Raid Leaves Many Dead:

"About 1,000 of the town's people were killed in Tuesday's attack,
 officials said."
 John Doe (Reuters)
 The Washington Times, 3/2/92
"""


def test_press_clippings_are_one_story_each() -> None:
    """A clipping list: title with a colon, quoted excerpt, reporter, "Paper, M/D/YY": each
    clipping its own article, the closing line its date and (without an agency) its source."""
    lines = _clippings(_CLIPPINGS.split("\n"))
    heads = [k for k, line in enumerate(lines) if line in (
        "Town Mourns Its Dead", "Village Burned in New Unrest", "Raid Leaves Many Dead")]
    assert len(heads) == 3
    first = lines[heads[0]:heads[1]]
    assert first[:4] == ["Town Mourns Its Dead", "By Jane Roe", "1992-02-28", "The Washington Post"]
    assert 'Refugees said hundreds died in the attack. Of seven bodies seen here today, ' \
           'two were children."' in first[5]
    assert lines[heads[1] + 1:heads[1] + 3] == ["1992-02-12", "Reuters"]  # the excerpt's credit
    assert lines[heads[2] + 1:heads[2] + 4] == ["By John Doe", "1992-03-02", "Reuters"]
    assert lines[0].startswith("Some words of the poster")  # what is no clipping stays


def test_two_closing_lines_make_no_clipping_list() -> None:
    """Fewer than three clippings: the text is left as it is."""
    text = _CLIPPINGS.split("\n")[:16]
    assert _clippings(text) == text


def test_editors_advisory_is_dropped() -> None:
    """"(Eds: ...)" on a wire story's top is a note to the desks: no title, no text."""
    lines = ["TITLE OF THE STORY", "", " (Eds: updates with end of summit details, quotes) ",
             "    ABU DHABI, Dec 23, Reuter - Gulf states met."]
    assert drop_advisories(lines) == [lines[0], "", lines[3]]
    kept = ["He said (Eds: a word) was wrong, and more.", "(EDS note without colon)"]
    assert drop_advisories(kept) == kept


def test_staff_byline_keeps_the_names() -> None:
    """"By PAPER staff reporters NAMES" (too long for a byline line): the names, without the
    role words and the bureaus, as a byline "By A, B and C"."""
    lines = ["By Daily Planet staff reporters Ann Lee and Bo Kim in Paris and Cy Ng in Rome",
             "By Ann Lee, staff writer", "By staff writers Ann Lee, Bo Kim and Cy Ng"]
    assert _staff_bylines(lines) == ["By Ann Lee, Bo Kim and Cy Ng", lines[1],
                                     "By Ann Lee, Bo Kim and Cy Ng"]
