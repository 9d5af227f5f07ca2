"""Round 9's speed shortcuts (issue 14) give the answers of what they replace.

:meth:`normalizer.stories.extract._PageEvents.find` looks a key of a length with no table
of its own up among the events sharing its first characters, tested one by one (and
builds the key length's table once such a run grows long). Either way it must name the
event the full rule names: the first one at or after the place asked whose key starts
with the key. Checked on the pictures' and text elements' keys of every real saved page
in the project that has a picture, against a scan of all the page's events.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from normalizer.stories import extract

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for p in REAL.rglob("*") if p.suffix in (".html", ".htm") and p.is_file())
#: Key lengths asked: the shortest placed, ones between, and the whole key.
LENGTHS = (extract._MIN_KEY_CHARS, 11, 17, 29, extract._KEY_CHARS - 1, extract._KEY_CHARS)


def _trees():
    for path in PAGES:
        tree = html.fromstring(path.read_bytes())
        if next(tree.iter("img"), None) is not None:
            yield path, tree


def _all_events(tree) -> list[tuple[str, str]]:
    page = extract._PageEvents(tree)
    while page._read(10**9):
        pass
    return page.events


def _scan(events: list[tuple[str, str]], key: str, pos: int) -> int | None:
    """The full rule, event by event."""
    return next((i for i in range(pos, len(events)) if events[i][0].startswith(key)), None)


@pytest.mark.parametrize("run", [extract._PREFIX_RUN, 1, 0])
def test_find_names_the_scans_event(monkeypatch, run) -> None:
    monkeypatch.setattr(extract, "_PREFIX_RUN", run)  # (0 and 1: the table built at once)
    asked = found = pages = 0
    for path, tree in _trees():
        events = _all_events(tree)
        keys = sorted({k[:n] for k, _ in events if k for n in LENGTHS if len(k) >= n})
        if not keys:
            continue
        pages += 1
        # The blocks' walk: increasing places, one events reader for the page; keys asked
        # at the start, past an event that has them, and past the page's end.
        page = extract._PageEvents(tree)
        for pos in (0, len(events) // 3, len(events)):
            for key in keys[:: max(1, len(keys) // 60)]:
                want = _scan(events, key, pos)
                got = page.find(key, pos)
                assert got == want, (path.name, key, pos)
                asked += 1
                found += got is not None
    assert pages >= 10 and asked > 1000 and 0 < found < asked, (pages, asked, found)


def test_credited_caption_precheck_never_misses() -> None:
    """The characters :func:`split.credited_caption` asks for first are in every line the
    full pattern matches: on every line of the project's real text and on lines built
    around the pattern's own shapes."""
    from normalizer.cues import openers
    from normalizer.stories import split
    from tests.test_clean_speed_prechecks import REAL_LINES, _built_lines

    built = _built_lines(["Verlinden in Brussel.", "— © BELGA", "(Photo: Jane Doe)",
                          "Picture by Yusof Mat Isa", "- Foto von Max Muster",
                          "mbl.is/Atli Steinn", "Ljósmynd/Aðsend", "The minister spoke",
                          "Courtesy of Jane Doe"],
                         4000, 9)
    lines = REAL_LINES + built
    # (a name and a mailbox closing the line credit a picture only where the mailbox
    # spells the name: the function asks that after the pattern, round 38)
    def plain(x: str) -> bool:
        m = openers.CREDITED_CAPTION_RE.match(x)
        return m is not None and m.group("photographer") is None

    full = [x for x in lines if plain(x)]
    assert len(full) >= 20  # (the lines reach the pattern's shapes)
    missed = [x for x in full if not split.credited_caption(x)]
    assert not missed, missed[:5]
    assert all(split.credited_caption(x) == plain(x) for x in lines[::7]
               if not openers.CREDITED_CAPTION_RE.match(x) or plain(x))
