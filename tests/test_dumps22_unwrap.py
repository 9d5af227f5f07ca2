"""A text pasted hard-wrapped with both indented and flush-left paragraphs (an e-zine that
retells a story in its own words, then pastes a wire story indented): the flush-left
paragraphs are joined back too, though the indented ones, once joined, run longer than
any wrap."""
from normalizer.stories.dumps import _unwrap

WRAP = ("word " * 15).strip()  # 74 characters: a full line of a 74-column wrap


def _text() -> list[str]:
    flush = [WRAP, WRAP, "the end of the first paragraph.", ""] * 6
    indented = ["      " + WRAP, "  " + WRAP, "  the end of an indented one.", ""] * 2
    return flush + indented


def test_flush_left_paragraphs_join_when_the_indented_ones_were_joined_first() -> None:
    pasted = _text()
    # as read_pasted leaves it: each indented paragraph one long line
    read = pasted[:24] + [" ".join(pasted[24:27]), "", " ".join(pasted[28:31]), ""]
    out = [r for r in _unwrap(read, pasted) if r.strip()]
    assert out[0] == f"{WRAP} {WRAP} the end of the first paragraph."
    assert len(out) == 8  # six flush-left paragraphs and the two indented ones, apart


def test_a_mail_post_is_measured_as_read() -> None:
    pasted = ["From: someone@example.org", "Subject: a pasted story", ""] + _text()
    read = pasted[3:27] + [" ".join(pasted[27:30]), "", " ".join(pasted[31:34]), ""]
    assert _unwrap(read, pasted) == read
