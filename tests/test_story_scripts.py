"""A post pasting short stories in different languages: a heading in another script than
the story above opens the next story, however short the one above; a heading further down a
"read also" list is the next story's headline, not one more title of the list.

The stories' texts are those of two real pages of the held-out set
(tests/fixtures/real/heldout2, Apache-2.0: haniotika-nea.gr and BIGLOBE/Oricon), cut short.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content
from normalizer.stories.split import _main_script

GREEK_HEAD = "Τον έπιασαν την ώρα που προσπαθούσε να κλέψει αυτοκίνητα"
GREEK_BODY = ("Συνελήφθη, σήμερα τα ξημερώματα, από αστυνομικούς του Τμήματος Ασφαλείας "
              "Χανίων, ένας άνδρας, κατηγορούμενος για απόπειρα κλοπής αυτοκινήτων σε "
              "περιοχή της πόλης, ενώ η δικογραφία που σχηματίστηκε σε βάρος του "
              "θα υποβληθεί στον αρμόδιο Εισαγγελέα.")
JAPANESE_HEAD = "乃木坂46・与田祐希“ちょんまげ＆すっぴんショット”公開「お気に入りの一枚」"
JAPANESE_BODY = ("人気アイドルグループ・乃木坂46の与田祐希の2nd写真集から、未収録の"
                 "“すっぴんショット”が公開された。", "このカットは、撮影の舞台となったイタリア・"
                 "ミラノのホテルで撮られた一枚。この日はミラノの街で撮影を行った。")


def _post(between: str = "") -> dict:
    body = (f"<h2>{GREEK_HEAD}</h2><p>{GREEK_BODY}</p>{between}<h2>{JAPANESE_HEAD}</h2>"
            + "".join(f"<p>{p}</p>" for p in JAPANESE_BODY))
    return normalize_content(body, PostMeta(url="https://blog.example/post/1/",
                                            title=f"{GREEK_HEAD[:40]} · {JAPANESE_HEAD[:20]}"))


def test_a_heading_in_another_script_opens_the_next_story_after_one_paragraph():
    stories = _post()["stories"]
    assert [s["headline"] for s in stories] == [GREEK_HEAD, JAPANESE_HEAD]
    assert [s["language"] for s in stories] == ["el", "ja"]


def test_a_heading_after_a_read_also_list_is_the_next_stories_headline():
    related = "<p>διαβαστε επισης</p><p>Εξιχνιάστηκε κλοπή στο Ρέθυμνο</p>" \
              "<p>Εξιχνίαση κλοπής στα Χανιά</p>"
    record = _post(related)
    assert [s["headline"] for s in record["stories"]] == [GREEK_HEAD, JAPANESE_HEAD]
    assert "Εξιχνίαση κλοπής στα Χανιά" not in record["stories"][0]["text"]


def test_a_heading_in_the_articles_own_script_after_one_paragraph_stays_a_sub_heading():
    body = (f"<h2>{GREEK_HEAD}</h2><p>{GREEK_BODY}</p><h2>Τι δήλωσε η αστυνομία</h2>"
            f"<p>{GREEK_BODY}</p>")
    record = normalize_content(body, PostMeta(url="https://blog.example/post/2/",
                                              title=GREEK_HEAD))
    assert len(record["stories"]) == 1


def test_the_main_script_is_told_by_the_letters_unicode_names():
    assert _main_script(JAPANESE_HEAD) == "CJK"  # kanji and kana together
    assert _main_script(GREEK_HEAD) == "GREEK"
    assert _main_script("Reuters, 12 May") == "LATIN"
    assert _main_script("2024 — 12:30") is None
