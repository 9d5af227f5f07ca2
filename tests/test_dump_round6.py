"""Round 6 of the real dumps (issue 10) and the story boundaries it mended.

Eleven real pages flattened by a browser (``tests/fixtures/real/dumps``, round 6 in its
``SOURCES.md``: bg, hu, hy, my and is new to the dumps; a home page of teasers, a stats
widget, a press review), labelled by hand and committed before tagwire ran on them. The
gate below holds the round's floors at its final figures (the first ones, measured with
main's code before any change, are kept beside them: a floor never goes under them), and
raises rounds 3 and 5 where this round's shapes lifted them. The shape tests run the real
dumps through :func:`normalizer.pipeline.normalize_text`, or one rule on the lines it reads;
the boundary tests (a caption closed by "— © BELGA", a reporter's sign-off widget, a
broken dash) run the real held-out lines they were seen on.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from normalizer.cues import openers
from normalizer.model import PostMeta
from normalizer.pipeline import known_outlet, normalize_content, normalize_page, normalize_text
from normalizer.stories import page_sources, rhythm
from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.split import dateline_of, title_like
from tests.heldout_gates import dump_predictions, load_benchmark

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DUMPS = REPO / "tests" / "fixtures" / "real" / "dumps"
HELDOUT4 = REPO / "tests" / "fixtures" / "real" / "heldout4"


def _lines(name: str) -> list[str]:
    return (DUMPS / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def _stories(name: str) -> list[dict]:
    return normalize_text((DUMPS / f"{name}.txt").read_text(encoding="utf-8"), name)["stories"]


# --------------------------------------------------------------------------- the gate

#: Round 6, main's code before any change, with the corrected gold (SOURCES.md: teasers with
#: a lead after an article are stories, as every earlier round labels them; a caption that
#: had been labelled as text).
FIRST = {"story_f1": 0.637, "text_f1": 0.743, "cruft_leak": 0.060, "headline_acc": 0.778,
         "source_acc": 0.056, "language_acc": 0.972}
#: (group, metric, comparison, floor): this round's final figures rounded down (up for
#: cruft_leak); rounds 3 and 5 where this round's shapes raised them (round 3's LWN.net
#: written as the page writes it; round 5's LBCI and LRT read from the chrome).
FLOORS = [
    ("round6", "story_f1", ">=", 0.71),
    ("round6", "text_f1", ">=", 0.89),
    ("round6", "cruft_leak", "<=", 0.03),
    ("round6", "headline_acc", ">=", 0.94),
    ("round6", "source_acc", ">=", 0.43),  # (round 8: a teaser's credit, a publisher line)
    ("round6", "language_acc", ">=", 0.972),
    ("round3", "source_acc", ">=", 0.99),
    ("round5", "text_f1", ">=", 0.98),
    ("round5", "source_acc", ">=", 0.8),
]


def test_final_floors_are_over_the_first_figures():
    for group, metric, op, floor in FLOORS:
        if group == "round6":
            assert floor >= FIRST[metric] if op == ">=" else floor <= FIRST[metric], metric


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """Each group scored as ``eval_real_dumps.evaluate(by_group=True)`` scores it, on the
    records of every dump the other dump gates read too (made once a session)."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"round-6 gate skipped: no eval/score.py in {SHARED}")
    module = load_benchmark("eval_real_dumps", register=False)
    pred = dump_predictions(module, tmp_path_factory)
    return module.score_groups(SHARED, pred, tmp_path_factory.mktemp("round6"))


@pytest.mark.gate
@pytest.mark.parametrize("group, metric, op, floor", FLOORS,
                         ids=[f"{g}-{m}" for g, m, _, _ in FLOORS])
def test_round6_floor(scores, group, metric, op, floor):
    m = scores[group][metric]
    shown = f"{group} {metric} = {m['value']} ({m.get('num')}/{m.get('den')}); floor {op} {floor}"
    assert m["value"] is not None, shown
    assert m["value"] >= floor if op == ">=" else m["value"] <= floor, shown


# --------------------------------------------------------------------------- boundaries

def _heldout4_record(slug: str) -> dict:
    for line in (HELDOUT4 / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if slug in record["url"]:
            return record
    raise AssertionError(slug)


def test_a_caption_closed_by_its_agencys_copyright_opens_no_story():
    """Het Nieuwsblad's captions pasted as paragraphs after the story's © lines ("... — ©
    BELGA"), then its paywall lines, then the next post's headed story: two stories, the
    captions cruft (heldout4's themes opened a third story headed by the caption)."""
    gold = _heldout4_record("verlinden")
    story, cruft = gold["stories"][0], gold["cruft"]
    captions = [c for c in cruft if c.rstrip().endswith("© BELGA") and "—" in c]
    assert captions
    parts = [f"<h2>{html.escape(story['headline'])}</h2>"]
    parts += [f"<p>{html.escape(p)}</p>" for p in story["text"].split("\n\n")]
    parts += [f"<p>{html.escape(c)}</p>" for c in cruft]  # © lines, captions, paywall
    parts += ["<h2>Japan Prime Minister Dodges Criticism During Debate</h2>",
              "<p>TOKYO (AP) — The prime minister on Friday dodged criticism over a fund "
              "scandal during a heated debate with opposition leaders in parliament.</p>",
              "<p>He said the party would reform its rules and restore trust, and promised "
              "a fuller account later this month.</p>"]
    stories = normalize_content("\n".join(parts), PostMeta(url="https://x.invalid/p/"))["stories"]
    assert [s["headline"] for s in stories] == [story["headline"], stories[1]["headline"]]
    assert stories[1]["source"] == "AP"
    paragraphs = {p for s in stories for p in s["text"].split("\n\n")}
    assert not paragraphs & set(captions)
    assert all(openers.CREDITED_CAPTION_RE.match(c) for c in captions)


@pytest.mark.parametrize("line", [
    "A file photograph shows the minister speaking in Shah Alam on November 19. — Picture by "
    "Yusof Mat Isa",
    "Internally displaced people queue for food in Jabalia. (Photo: Haitham Imad)",
    "Mæðgurnar í dómshúsinu í gær, mánudag. Ljósmynd/Aðsend",
    "Frá vinstri: Malín Brand og Eydís Mary. mbl.is/Atli Steinn Guðmundsson",
])
def test_caption_credit_shapes(line):
    assert openers.CREDITED_CAPTION_RE.match(line)


@pytest.mark.parametrize("line", [
    "The minister said the plan is final.",
    "paul.takahashi@chron.com twitter.com/paultakahashi",
    "Laufende Infos bekommen Sie demnächst auf evang.at/faq-corona",
    "Read the whole report at example.org/Reports today.",
])
def test_lines_that_are_no_credited_caption(line):
    assert not openers.CREDITED_CAPTION_RE.match(line)


def test_a_reporters_sign_off_widget_is_no_story():
    """Hankook Ilbo (heldout4): after the article, a separator, the reporter's name with his
    e-mail, "the article's URL was copied" and "newspaper subscription": chrome of the
    story, not a second story."""
    page = next((HELDOUT4 / "site").rglob("lee-jaemyung-honam-tonghap/index.html"))
    records = normalize_page(page.read_bytes(), "https://example.invalid/lee/")
    assert [len(r["stories"]) for r in records] == [1]
    assert "@hankookilbo.com" not in records[0]["stories"][0]["text"]


@pytest.mark.parametrize("text, place, src", [
    ('VENICE, Italy (AP) " The city will open its first', "VENICE", "AP"),
    ('BERLIN (dpa) " Die Regierung hat am Montag', "BERLIN", "dpa"),
    ('LONDON " AstraZeneca says it will', "LONDON", None),
])
def test_a_broken_dash_is_read_by_every_dateline_table(text, place, src):
    """A dash the page's bytes turned into a quote after a dateline: ``dateline_of``
    restores it for every table (one fold, :data:`openers.BROKEN_DASH_RE`), and the match
    stands for the line as written (the restored dash has the quote's length)."""
    m = dateline_of(text)
    assert m is not None
    found = m.groupdict() if hasattr(m, "groupdict") else {"place": m.place, "src": m.src}
    assert (found.get("place") or "").startswith(place)
    if src:
        assert known_outlet(found["src"]) == known_outlet(src)
    else:
        assert not found.get("src")
    assert openers.BROKEN_DASH_RE.sub(openers.BROKEN_DASH_FIX, text).__len__() == len(text)
    assert dateline_of('He said " no way to it') is None


# --------------------------------------------------------------------------- round-6 shapes

def test_full_stops_of_other_scripts_end_prose():
    """Armenian "։" and Myanmar "။" end sentences: a paragraph so written is prose, and the
    press review under NEWS.am's headline is its story (it was all dropped as titles)."""
    for text in ("Ինչպես հայտնի է, նա արշավ էր սկսել ու հաջողել էր անել այդ ամենը։",
                 "သူတို သုံးဦးလုံးဟာ အောက်တိုဘာ ၈ ရက် ရက်စွဲနဲ့ ထုတ်ခဲ့တဲ့ ဂျာနယ် စာမျက်နှာ ရှိတယ်။"):
        b = Block(text=text)
        b.mark(TEXT)
        assert rhythm.is_prose(b), text
    lines = _lines("newsam-hraparak-2020")
    story = next(s for s in _stories("newsam-hraparak-2020") if s["headline"] == lines[62].strip())
    assert story["text"].startswith(lines[67].strip()[:40])


def test_a_quoted_paper_that_writes_is_a_press_reviews_source():
    m = openers.QUOTED_OPENER_RE.match(_lines("newsam-hraparak-2020")[67])
    assert m and m.group("name") == "Հրապարակ"
    assert openers.QUOTED_OPENER_RE.match("Газета «Ведомости» пишет: правительство")
    assert not openers.QUOTED_OPENER_RE.match("«Мы не уйдём», — сказал он вечером.")


def test_a_ticker_glued_on_lines_is_a_time_list():
    """NEWS.am's ticker: items glued by the browser's copy, each title followed by its time
    ("Title 21:22 Title 21:17 ..."), or one title ending with its time: no story."""
    lines = [line for line in _lines("newsam-hraparak-2020")[49:58] if line.strip()]
    assert all(rhythm._timed_item(line) for line in lines)
    assert not rhythm._timed_item("The meeting started at 10:30 and ended without a deal.")
    texts = " ".join(s["text"] for s in _stories("newsam-hraparak-2020"))
    assert lines[0][:30] not in texts


def test_a_most_read_list_with_counters_is_no_story():
    lines = [line for line in _lines("actualno-haskovo-2020")[167:184] if line.strip()]
    assert len(lines) >= 10 and all(rhythm._timed_item(line) for line in lines)
    heads = [s["headline"] for s in _stories("actualno-haskovo-2020")]
    assert not any(h and re.search(r"\d+ 0$", h) for h in heads)


def test_a_stats_widget_is_chrome():
    """NDTV's COVID-19 box under the article ("28,25,140Cases", its label, the sentence
    repeating its figures): none of it is story text."""
    story = _stories("ndtv-hcq-2020")[0]
    assert not re.search(r"^\d[\d,]*(?:Cases|Active|Recovered|Deaths)$", story["text"], re.M)
    assert "total confirmed cases worldwide" not in story["text"]
    assert rhythm._STAT_LINE.match("18,29,648Active")
    assert not rhythm._STAT_LINE.match("2020 was a year of change.")


@pytest.mark.parametrize("name, source", [
    ("mbl-vottar-2025", "mbl.is"),                       # "mbl.is" written 23 times, "mbl" once
    ("actualno-haskovo-2020", "Actualno.com"),           # 5 to 3
    ("lwn-weekly-edition-2015", "LWN.net"),              # 5 to 3
    ("prachatai-news-2019", "Prachatai"),                # fewer with ".com"; the capitalised one
    ("israelnachrichten-bennett-2021", "Israel Nachrichten"),  # "© by X Ltd.", named again
    ("lbci-trump-2026", "LBCI"),                         # "© LBC International", chrome "LBCI"
    ("lrt-judas-2024", "LRT"),                           # "Apie LRT" in the chrome
])
def test_the_pages_name_as_it_writes_it(name, source):
    assert {s["source"] for s in _stories(name)} == {source}


def test_a_media_group_with_its_countrys_name_is_a_group():
    assert page_sources.is_media_group("Mediahuis Luxembourg")
    assert page_sources.is_media_group("Ringier Axel Springer Polska")
    assert not page_sources.is_media_group("Luxemburger Wort")
    assert page_sources._acronym("LBC International") == "LBCI"
    assert page_sources._acronym("Israel Nachrichten") is None


def test_a_badge_glued_to_a_title_is_no_word_of_the_headline():
    heads = {s["headline"] for s in _stories("wort-radsport-2025")}
    glued = [line.strip() for line in _lines("wort-radsport-2025") if line.startswith("Premium")]
    assert sum(line[len("Premium"):] in heads for line in glued) >= 4  # the teasers' titles
    assert not any(h.startswith("Premium") for h in heads)
    assert openers.GLUED_BADGE_RE.sub("", "Premier League title race", count=1) \
        == "Premier League title race"


def test_a_home_pages_teasers_with_authors_in_capitals():
    """WIRED's home page: the authors' line in capitals between a teaser's title and its
    lead is never its headline; two titles in a row are no title and lead."""
    stories = _stories("wired-home-2024")
    heads = [s["headline"] for s in stories]
    assert not any(openers.names_line(h) for h in heads if h)
    lines = _lines("wired-home-2024")
    assert lines[105].strip() in heads  # the buying guide's title over "NAME AND NAME"
    assert not rhythm._title_cased(lines[109])  # its lead, in sentence case
    assert rhythm._title_cased(lines[86])       # a second title, in title case


def test_an_offer_of_several_sentences_over_a_byline_is_no_headline():
    """Malay Mail: an app's offer stands between the caption and the byline; the article
    keeps its own headline and is one story."""
    stories = _stories("malaymail-trips-2024")
    assert len(stories) == 1
    assert stories[0]["headline"] == _lines("malaymail-trips-2024")[61].strip()
    offer = Block(text=_lines("malaymail-trips-2024")[63].strip())
    offer.mark(TEXT)
    assert not title_like(offer)


def test_a_menu_item_is_no_openers_outlet():
    """NDTV's caption "Coronavirus: ..." under the article's date line: "Coronavirus" is a
    menu's item shown once, not the site's name shown in its header and footer."""
    assert _stories("ndtv-hcq-2020")[0]["source"] == "NDTV"


def test_a_credited_caption_is_cruft_in_a_dump():
    blocks = [Block(text=t) for t in (
        "The mayor opened the new bridge on Monday after two years of work on it.",
        "The mayor at the bridge on Monday. — Picture by Ann Lee",
        "Traffic is expected to ease in the city centre from next week onwards.")]
    for b in blocks:
        b.mark(TEXT)
    rhythm._mark_picture_credits(blocks, [0, 1, 2])
    assert [b.role for b in blocks] == [TEXT, CRUFT, TEXT]


def test_a_caps_label_over_a_broken_dash_item_opens_no_story():
    """AP's "The Latest": once the broken dash is read as a dateline everywhere, the label
    "HERE'S WHAT ELSE IS HAPPENING:" over 'LONDON " ...' must not become a headline."""
    parts = ["<h2>The Latest: Spain's vaccination plan to start in January</h2>",
             "<p>MADRID -- The prime minister says a national vaccination plan will begin in "
             "January and reach most of the population by the summer.</p>",
             "<p>He said the vaccine will be given at thousands of places across the country "
             "and that the plan is ready.</p>",
             "<p>HERE'S WHAT ELSE IS HAPPENING:</p>",
             '<p>LONDON " A drug maker says late-stage trials showed its vaccine was highly '
             "effective in preventing the disease.</p>",
             "<p>The results reported Monday are based on an interim analysis of trials in two "
             "countries.</p>"]
    stories = normalize_content("\n".join(parts), PostMeta(url="https://x.invalid/l/"))["stories"]
    assert len(stories) == 1
