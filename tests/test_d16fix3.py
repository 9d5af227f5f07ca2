"""d16fix3: the old wire dateline and pasted-dump shapes of real Usenet and e-mail dumps."""
from __future__ import annotations

from normalizer.stories.split import dateline_of


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
