"""Round 8: languages the detector lacks, and a page's headline among several candidates.

Real material only: the Icelandic dump (mbl.is, in the project's real dumps) and the
held-out F.A.Z. page (a hidden "entry-title" in a sidebar's web slice, and a second
``<h1>`` in a ``<noscript>`` box)."""
from __future__ import annotations

from pathlib import Path

import lxml.html

from normalizer.pages.permalink import page_info
from normalizer.stories import language

REAL = Path(__file__).parent / "fixtures" / "real"


def test_icelandic_dump_is_icelandic_not_norwegian() -> None:
    text = (REAL / "dumps" / "mbl-vottar-2025.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if len(p) > 150]
    assert paragraphs, "the dump holds no paragraph long enough for a sample"
    assert language.detect_language(language.language_sample(paragraphs)) == "is"
    assert language.letter_language(paragraphs[0]) == "is"


def test_letters_name_the_language_and_a_quoted_name_does_not() -> None:
    # a Russian sentence naming Kazakhstan once in Kazakh: still Russian by the detector
    assert language.letter_language(
        "Президент сказал журналистам в Астане, что переговоры о «Қазақстан» продолжатся "
        "на следующей неделе в Женеве и в Москве.") is None
    # Turkish read in the wrong code page writes þ and ð, beside its ç and ü
    assert language.letter_language("Çocuklar þehirde büyük bir ðenlik için toplandý ve "
                                    "müzik dinlediler; öðretmenler de geldi.") is None


def test_belarusian_and_serbian_cyrillic_words() -> None:
    assert language.belarusian("Гэта быў вельмі цікавы дзень і мы былі ў горадзе і "
                               "бачылі шмат новага і цікавага ў музеі")
    assert not language.belarusian("Це був дуже цікавий день і ми були в місті і бачили "
                                   "багато нового")
    assert language.serbian_words("Он је рекао да су сви били у граду који је велики")
    assert not language.serbian_words("Тој рече дека сите беа во градот со пријателите")


def test_faz_headline_is_the_shown_h1_not_a_sidebar_slice_title() -> None:
    page = (REAL / "heldout5" / "site" / "2011" / "04" / "09"
            / "stewart-brand-ihr-deutschen-allein" / "index.html")
    tree = lxml.html.fromstring(page.read_bytes())
    info = page_info(tree, "http://example.org/2011/04/09/stewart-brand-ihr-deutschen-allein/")
    assert info.title == "„Ihr Deutschen steht allein da“"


def _info(*parts: str):
    page = REAL.joinpath("heldout5", "site", *parts, "index.html")
    tree = lxml.html.fromstring(page.read_bytes())
    return page_info(tree, "http://example.org/" + "/".join(parts) + "/")


def test_printed_day_under_the_headline_over_machine_dates() -> None:
    # "Nov 12, 2015, 3:43 PM ET" under the headline, a "Date" meta of the 13th (UTC)
    assert _info("2015", "11", "12", "devils-owner-helicopter-soccer").published == "2015-11-12"
    # a release's dateline "April 29, 2015" under a "datePublished" of its re-publication
    assert _info("2015", "04", "29", "atlantic-merchant-social-quant").published \
        == "2015-04-29"
    # a related list's dated teasers under the headline are not the story's date line
    assert _info("2012", "08", "03", "knight-trading-loss-cracks").published == "2012-08-03"


def test_relative_date_lines_in_south_slavic() -> None:
    from normalizer.text.dates import split_date_line

    for line in ("prije 26 minuta", "pre 3 sata", "пре 2 дана"):
        assert split_date_line(line) == (True, ""), line
    assert split_date_line("prije rata")[0] is False


def _info6(*parts: str):
    page = REAL.joinpath("heldout6", "site", *parts, "index.html")
    tree = lxml.html.fromstring(page.read_bytes())
    return page_info(tree, "http://example.org/" + "/".join(parts) + "/")


def test_body_template_class_is_no_site_mark() -> None:
    # Corriere's <body class="... brand-(none)">: its story <h1> is no logo
    info = _info6("2022", "03", "07", "media-russi-guerra-mosca")
    assert info.title is not None and info.title.startswith("Cosa raccontano i media russi")


def test_date_line_in_the_story_header_and_unread_months() -> None:
    # "10/01/2023 • 20:49" under the <h1> in the article's own <header>, a machine date of 2024
    assert _info6("2023", "01", "10", "rocinha-prisao-preventiva").published == "2023-01-10"
    # "11 Tetor, 2019" (Albanian months) ends the search: a later "22 Mars, 2018" is another's
    assert _info6("2019", "10", "11", "manchester-sulm-plagosen").published == "2019-10-11"


def test_date_line_above_the_headline_over_a_site_wide_date() -> None:
    # VnExpress prints "Thứ sáu, 2/5/2014 | 08:54 GMT+7" over its <h1>; its only machine
    # date is the site's "dc.created" of 2001 on every page
    assert _info("2014", "05", "02", "khanh-ly-vieng-mo-trinh-cong-son").published \
        == "2014-05-02"


def test_date_line_in_a_blog_posts_body_is_the_pasted_storys() -> None:
    from normalizer.pages.dom import PageIndex
    from normalizer.pages.permalink import _printed_day

    html = ("<html><body><article><h1 class='entry-title'>Two stories</h1>"
            "<div class='entry-content'><p>December 6, 2012</p><p>" + "Text. " * 50
            + "</p></div></article></body></html>")
    index = PageIndex(lxml.html.fromstring(html))
    assert _printed_day("2012-12-10T08:00:00", "Two stories", index) == "2012-12-10T08:00:00"
