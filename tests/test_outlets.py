"""The outlets table and reading outlets it does not know from the shape of their credit."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalizer.cues import outlets
from normalizer.cues.outlets import (
    OutletTableError,
    canonical_source,
    find_source,
    outlet_name,
    read_table,
    signoff_source,
)


def test_the_bundled_table_is_large_and_many_scripted() -> None:
    names = {o.name for o in outlets.OUTLETS}
    assert len(names) >= 300
    spellings = [a for o in outlets.OUTLETS for a in o.aliases]
    scripts = {"Cyrillic": "а", "CJK": "新", "Arabic": "ا", "Hebrew": "ה", "Greek": "Α",
               "Hangul": "연", "Kana": "通"}
    for script, sample in scripts.items():
        assert any(sample in s for s in spellings), f"no {script} spelling in the table"
    assert len(set(outlets.wire_services())) >= 100


@pytest.mark.parametrize("credit, name", [
    ("Reuters", "Reuters"), ("REUTERS", "Reuters"), ("Thomson Reuters", "Reuters"),
    ("Agence France-Presse", "AFP"), ("The Associated Press", "AP"), ("ТАСС", "TASS"),
    ("新华社", "Xinhua"), ("연합뉴스", "Yonhap"), ("Kyodo News", "Kyodo"),
])
def test_known_spellings_name_the_canonical_outlet(credit: str, name: str) -> None:
    assert canonical_source(credit) == name
    assert outlet_name(credit) == name


@pytest.mark.parametrize("credit, name", [
    ("dpa/lno", "dpa"),             # regional desk after the agency
    ("KNA/iz", "KNA"),
    ("KXAN", "KXAN"),               # call letters stay as they are
    ("fn-press", "fn-press"),       # a lower-case agency name too
    ("MDR THÜRINGEN/ls", "MDR Thüringen"),
    ("HawaiiNewsNow", "Hawaii News Now"),
    ("Copyright 2023 Nexstar Media Inc. All rights reserved.", "Nexstar Media"),
    ("OBSERVER ONLINE", "Observer Online"),
])
def test_credits_name_their_outlet_known_or_not(credit: str, name: str) -> None:
    assert outlet_name(credit) == name


def test_an_unknown_name_keeps_one_spelling() -> None:
    assert outlet_name("RUPTLY NEWS") == outlet_name("Ruptly News") == "Ruptly News"


@pytest.mark.parametrize("line, source", [
    ("— AFP", "AFP"), ("(Reuters)", "Reuters"), ("-- Bloomberg", "Bloomberg"),
    ("— KXAN", "KXAN"), ("– David Dunkley", None), ("— The Editors", None),
])
def test_signoffs_name_outlets_not_people(line: str, source: str | None) -> None:
    assert signoff_source(line) == source


def test_common_words_are_not_outlets_in_running_text() -> None:
    assert find_source("Mehr als hundert Menschen kamen, die Welt schaute zu") is None
    assert find_source("It is Time to go, said the Associated Press") == "AP"
    assert canonical_source("Time") == "Time"  # as a whole credit it is the magazine


def test_a_bad_user_table_is_named_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "mine.tsv"
    bad.write_text("name\tkind\tcountry\taliases\tphoto\nRuptly\twire\tRU\t\t\n", encoding="utf-8")
    with pytest.raises(OutletTableError, match=r"mine\.tsv:2: kind"):
        read_table(bad)


def test_a_users_file_extends_the_table(tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("Ruptly\tagency\tRU\tRUPTLY | Руптли\tRUPTLY\n"
                    "Reuters\tagency\tGB\tРейтерс\t\n", encoding="utf-8")
    probe = ("import json; from normalizer.cues import outlets as o; print(json.dumps(["
             "o.canonical_source('Руптли'), 'Ruptly' in o.wire_services(), "
             "o.canonical_source('Рейтерс'), o.canonical_source('Thomson Reuters')]))")
    env = {**os.environ, "TAGWIRE_OUTLETS": str(mine)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, check=True)
    assert json.loads(done.stdout) == ["Ruptly", True, "Reuters", "Reuters"]


@pytest.mark.parametrize("credit", ["Russland", "USA", "Myanmar", "Россия", "中国", "EE.UU.",
                                    "Agency", "News", "— Agency"])
def test_places_and_generic_words_are_no_outlets(credit: str) -> None:
    # "Rostow (Russland) -" is a dateline's place in brackets, "— Agency" no one's name
    assert outlet_name(credit) is None
    assert signoff_source(credit) is None


@pytest.mark.parametrize("credit, name", [
    ("网易科学人栏目组 胖胖", "网易科学人"),  # a desk and a person follow the outlet
    ("半月谈", "半月谈"),
    ("Thomson Reuters", "Reuters"),
    ("REUTERS", "Reuters"),
    ("Agence France-Presse", "AFP"),
])
def test_credit_names_are_normalized(credit: str, name: str) -> None:
    assert outlet_name(credit) == name


def test_a_long_cjk_phrase_is_no_outlet() -> None:
    assert outlet_name("他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人") is None
