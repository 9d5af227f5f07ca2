"""The story fingerprint: a 64-bit SimHash that reposted copies share and other stories don't."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from normalizer.dedupe.fingerprint import hamming, simhash_hex

# An invented wire story (no real event): nine paragraphs, ~300 words.
STORY = "\n\n".join((
    'FRANKFURT, March 4 (Reuters) - Halden Steel reported a 14% fall in quarterly profit '
    "on Tuesday, missing analysts' forecasts as demand for steel plate from carmakers "
    'weakened in Germany and France.',
    'Shares in the group fell 6.2% in early trading, their biggest one-day drop since '
    'October, after the company also lowered its outlook for the full year.',
    '"We have seen softer demand across our European markets and we do not expect that to'
    ' change before the summer," chief executive Ingrid Berg told reporters on a '
    'conference call.',
    'The company now expects operating profit of between 1.1 billion and 1.3 billion '
    'euros, down from a previous range of 1.4 billion to 1.6 billion euros.',
    'Analysts polled by LSEG had on average expected net income of 212 million euros for '
    'the quarter, against the 187 million euros the company reported.',
    'Halden said it would cut about 1,200 jobs at its plants in Duisburg and Linz as part'
    ' of a plan to save 300 million euros a year by 2027.',
    'Energy costs, which soared after 2022, eased in the period but remained about a '
    'third higher than before the crisis, the company said.',
    'The IG Metall union said it would oppose any plant closures and called for talks '
    'with management next week.',
    'Halden, which employs about 41,000 people worldwide, sold its Swedish tube unit last'
    ' year to a private equity group for an undisclosed sum.',
))

OTHER_STORY = "\n\n".join((
    'NAIROBI, June 11 (Reuters) - At least 23 people were killed and dozens injured when '
    'flash floods swept through villages near Nakuru in western Kenya on Sunday, '
    'officials said.',
    'Rescuers searched through mud and debris for survivors, while the Kenya Red Cross '
    'said more than 400 families had lost their homes.',
    '"We are doing everything we can to reach the people who are still trapped," regional'
    ' commissioner Samuel Mensah said at a news conference.',
    'Forecasters warned that more heavy rain was expected over the next three days across'
    ' the Rift Valley.',
))

# Same topic and much shared wording as STORY, but another company and other figures.
SAME_TOPIC_STORY = "\n\n".join((
    'DUISBURG, April 9 (Reuters) - Marlow Steel reported a 9% rise in quarterly profit on'
    " Wednesday, beating analysts' forecasts as demand for steel plate from shipbuilders "
    'picked up in Italy and Spain.',
    'Shares in the group rose 3.8% in early trading, after the company also raised its '
    'outlook for the full year.',
    '"We have seen solid demand across our southern European markets and we expect that '
    'to continue into the summer," chief executive Marco Bianchi told reporters on a '
    'conference call.',
    'The company now expects operating profit of between 0.8 billion and 0.9 billion '
    'euros, up from a previous range of 0.6 billion to 0.7 billion euros.',
    'Halden, which employs about 41,000 people worldwide, sold its Swedish tube unit last'
    ' year to a private equity group for an undisclosed sum.',
))


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def curly(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append("\u2019" if ch == "'" else ch)
    return "".join(out)


SAME_FINGERPRINT = {
    "curly quotes and apostrophes": curly(STORY),
    "non-breaking spaces and en dash": STORY.replace(" - ", " \u2013 ").replace(", ", ",\u00a0"),
    "single newlines, CRLF and stray spaces": "  " + STORY.replace("\n\n", "\r\n ") + "\n\n",
    "two paragraphs joined": STORY.replace("Germany and France.\n\n", "Germany and France. "),
    "upper case dateline lowered": STORY.replace("FRANKFURT", "Frankfurt"),
    "read-more line appended": STORY + "\n\nRead more: https://www.reuters.com/business/halden/",
    "source line appended": STORY + "\n\nSource: Reuters",
    "credited photo caption first": "A worker at the Halden Steel plant in Duisburg, Germany, "
        "March 1, 2024. REUTERS/Wolfgang Rattay/File Photo\n\n" + STORY,
    "AP-style caption after the lead": "\n\n".join(
        paragraphs(STORY)[:1] + ["Workers leave the plant in Linz, Austria. (AP Photo/Lena Weber)"]
        + paragraphs(STORY)[1:]),
}

NEAR_COPIES = {
    **SAME_FINGERPRINT,
    "last paragraph cut": "\n\n".join(paragraphs(STORY)[:-1]),
    "last three paragraphs cut": "\n\n".join(paragraphs(STORY)[:-3]),
    "curly quotes, caption and last paragraph cut": curly(
        "Photo: Getty Images\n\n" + "\n\n".join(paragraphs(STORY)[:-1])),
}


def test_fingerprint_is_16_lowercase_hex_digits_and_deterministic() -> None:
    fp = simhash_hex(STORY)
    assert re.fullmatch(r"[0-9a-f]{16}", fp)
    assert simhash_hex(STORY) == fp
    assert simhash_hex(OTHER_STORY) != fp


@pytest.mark.parametrize("variant", sorted(SAME_FINGERPRINT))
def test_formatting_and_furniture_do_not_change_the_fingerprint(variant: str) -> None:
    assert hamming(simhash_hex(SAME_FINGERPRINT[variant]), simhash_hex(STORY)) == 0


@pytest.mark.parametrize("variant", sorted(NEAR_COPIES))
def test_reposted_copies_are_within_three_bits(variant: str) -> None:
    assert hamming(simhash_hex(NEAR_COPIES[variant]), simhash_hex(STORY)) <= 3


@pytest.mark.parametrize("other", [OTHER_STORY, SAME_TOPIC_STORY], ids=["unrelated", "same-topic"])
def test_different_stories_are_far_apart(other: str) -> None:
    assert hamming(simhash_hex(other), simhash_hex(STORY)) > 10


def test_fingerprint_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = ("import sys; from normalizer.dedupe.fingerprint import simhash_hex; "
            "print(simhash_hex(sys.stdin.read()))")
    fps = set()
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code], input=STORY, capture_output=True,
                              text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
                              encoding="utf-8")
        fps.add(done.stdout.strip())
    assert fps == {simhash_hex(STORY)}


def test_empty_and_tiny_texts_still_get_a_fingerprint() -> None:
    assert simhash_hex("") == "0" * 16
    assert re.fullmatch(r"[0-9a-f]{16}", simhash_hex("Brief."))
    assert simhash_hex("Two words") != simhash_hex("Other words")


@pytest.mark.parametrize(("a", "b", "bits"), [
    ("0000000000000000", "0000000000000000", 0),
    ("0000000000000000", "0000000000000001", 1),
    ("ffffffffffffffff", "0000000000000000", 64),
    ("f0f0f0f0f0f0f0f0", "0f0f0f0f0f0f0f0f", 64),
    ("8000000000000001", "0000000000000000", 2),
])
def test_hamming_counts_differing_bits(a: str, b: str, bits: int) -> None:
    assert hamming(a, b) == bits == hamming(b, a)


@pytest.mark.parametrize("bad", ["", "123", "0000000000000000ff", "ABCDEF0123456789",
                                 "xyz" * 5 + "0"])
def test_hamming_rejects_what_is_not_a_fingerprint(bad: str) -> None:
    with pytest.raises(ValueError, match="not a fingerprint"):
        hamming(bad, "0" * 16)
