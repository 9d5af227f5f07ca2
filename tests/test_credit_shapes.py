"""The credit shapes the world's wires and outlets use, in many languages, and the credits
a page prints around its post's body (its own header and footer).

Each case is a shape, written for this test (no sentence of a gold set): a dateline
opening the story, a closing credit line under it, a credit line outside the paragraphs
the extractor keeps, a print header's date.
"""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from normalizer.cues.outlets import canonical_source, outlet_name, signoff_source
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page
from normalizer.text.dates import printed_dates

_BODY = [
    "The government announced new measures on Tuesday to support small businesses hit by "
    "rising energy costs, officials said.",
    "The package includes tax relief and direct grants, and it will be debated in parliament "
    "next week according to the ministry.",
    "Opposition parties criticised the plan as too little and too late, saying that many "
    "firms had already closed their doors.",
]


def _story(opening: str | None = None, ending: str | None = None) -> dict:
    paras = [f"{opening} {_BODY[0]}" if opening else _BODY[0], *_BODY[1:]]
    if ending:
        paras.append(ending)
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2023/01/05/post/", title="A post"))
    assert len(rec["stories"]) == 1
    return rec["stories"][0]


@pytest.mark.parametrize("opening, source, place", [
    ("NEW DELHI, Jan 5 (PTI)", "PTI", "NEW DELHI"),                  # no dash after the bracket
    ("New Delhi [India], January 5 (ANI):", "ANI", "New Delhi"),     # a country in brackets
    ("Jerusalem, 5. Januar (KNA)", "KNA", "Jerusalem"),
    # a release service carried the release, its issuer is the source (test_sources_release)
    ("NEW YORK, Jan. 5, 2023 /PRNewswire/ --", None, "NEW YORK"),
    ("TORONTO, Jan. 5, 2023 (GLOBE NEWSWIRE) --", None, "TORONTO"),
    ("МОСКВА, 5 января. /ТАСС/.", "TASS", "МОСКВА"),                 # TASS's slashes
    ("新华社北京1月5日电", "Xinhua", "北京"),                              # the Chinese opener
    ("BEIJING, Jan. 5 (Xinhua) --", "Xinhua", "BEIJING"),
    ("ISTANBUL (AA) -", "Anadolu Ajansı", "ISTANBUL"),
    ("Madrid, 5 ene (EFE).-", "EFE", "Madrid"),
    ("LONDON, Jan 5 (REUTERS) -", "Reuters", "LONDON"),
])
def test_a_dateline_names_its_agency(opening: str, source: str | None, place: str) -> None:
    story = _story(opening=opening)
    assert (story["source"], story["dateline"]) == (source, place)


@pytest.mark.parametrize("ending, source", [
    ("المصدر: رويترز", "Reuters"),          # labelled, in Arabic
    ("Sursa: Agerpres", "Agerpres"),        # Romanian
    ("Forrás: MTI", "MTI"),                 # Hungarian
    ("Källa: TT", "TT"),
    ("출처: 연합뉴스", "Yonhap"),
    ("via Reuters", "Reuters"),
    ("(jw/dpa)", "dpa"),                    # an editor's initials and the agency
    ("SOURCE: AL JAZEERA AND NEWS AGENCIES", "Al Jazeera"),
    ("This article is republished from The Conversation under a Creative Commons license. "
     "Read the original article.", "The Conversation"),
    ("Originally published by Global Voices.", "Global Voices"),
    ("Copyright © 2023 Thomson Reuters", "Reuters"),
])
def test_a_closing_credit_names_the_source(ending: str, source: str) -> None:
    story = _story(ending=ending)
    assert story["source"] == source
    assert ending not in story["text"]  # a credit line is no story text


@pytest.mark.parametrize("ending, credits", [
    ("(With AFP)", ["AFP"]),
    ("Com informações da Reuters", ["Reuters"]),
    ("Na podstawie informacji z agencji PAP", ["PAP"]),
    ("Mit Material von dpa und AFP", ["dpa", "AFP"]),
])
def test_a_closing_line_credits_agencies(ending: str, credits: list[str]) -> None:
    story = _story(ending=ending)
    assert story["credits"] == credits
    assert story["source"] is None  # credited material, not the story's publisher


@pytest.mark.parametrize("line", [
    "Source: Getty Images",       # a picture service, not an outlet
    "Source: the ministry",       # a phrase
    "via email",
    "– David Dunkley",            # a person's sign-off
    "Latest News",
    "Posted on Tuesday 15 October 2019 at 09:11 by Jane Roe.",  # a blog's own meta line
])
def test_lines_that_name_no_outlet(line: str) -> None:
    assert not signoff_source(line)


@pytest.mark.parametrize("credited", ["AP Photo", "AFP PHOTO", "Jane Doe Staff"])
def test_a_photo_desk_or_a_person_is_no_outlets_name(credited: str) -> None:
    assert canonical_source(credited) is None


@pytest.mark.parametrize("credited, name", [
    ("Thomson Reuters", "Reuters"), ("REUTERS", "Reuters"), ("Reuters News", "Reuters"),
    ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
    ("The Associated Press", "AP"), ("Associated Press", "AP"),
    ("DPA", "dpa"), ("Deutsche Presse-Agentur", "dpa"),
    ("PRNewswire", "PR Newswire"), ("BUSINESS WIRE", "Business Wire"),
    ("Интерфакс-Украина", "Interfax"), ("ТАСС", "TASS"), ("新华社", "Xinhua"),
    ("Press Association", "Press Association"),  # a name of its time stays that name
    ("Reuters Staff", "Reuters"), ("AFP Staff Writer", "AFP"), ("dpa-Redaktion", "dpa"),
    ("Agence France-Presse (AFP)", "AFP"),       # a name and its abbreviation
])
def test_an_outlet_has_one_name_however_credited(credited: str, name: str) -> None:
    assert canonical_source(credited) == name
    assert outlet_name(f"© 2023 {credited}. All rights reserved.") == name


@pytest.mark.parametrize("ending", ["[사진=JTBC, 이매진아시아]", "(Foto: dpa)", "写真：共同"])
def test_a_pictures_credit_under_the_story_is_not_its_source(ending: str) -> None:
    assert _story(ending=ending)["source"] is None


def test_a_short_label_and_a_colon_is_no_outlets_opener() -> None:
    # "WP: ..." opens a list item about wallpapers, not a wire story of Wirtualna Polska
    assert _story(opening="WP: The Orville.")["source"] is None


def _page(article: str, aside: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>Ein Titel | Sender</title></head><body>"
            f"<main><article><h1>Ein Titel</h1>{article}</article>{aside}</main></body></html>")


_PARAS = "".join(f"<p>Die Feuerwehr konnte am Morgen mehrere Menschen retten, Absatz {i} mit "
                 "genug Wörtern für eine ganze Geschichte aus der Stadt.</p>" for i in range(5))


def test_a_source_line_in_the_articles_footer_names_the_source() -> None:
    page = _page(f"<div class='text'>{_PARAS}</div><footer class='contentFooter'>"
                 "<p class='byline'>Quelle: hr-info.de/ab</p></footer>")
    rec = normalize_page(page, "https://example.org/a/")[0]
    assert rec["stories"][0]["source"] == "hr-info.de"


def test_a_source_line_by_the_title_names_the_source() -> None:
    page = ("<html><head><meta charset='utf-8'></head><body><div class='header'>"
            "<div class='h-title'>一个标题</div><div class='h-info'><span>2020-02-19</span>"
            "<span>来源： 半月谈</span></div></div><div class='main'>"
            + "".join(f"<p>第{i}段。这是一个足够长的段落，讲述了城市里发生的事情和人们的生活。</p>"
                      for i in range(6))
            + "</div></body></html>")
    rec = normalize_page(page, "https://example.org/a/")[0]
    assert rec["stories"][0]["source"] == "半月谈"


def test_a_source_line_in_a_sidebar_is_not_the_storys() -> None:
    page = _page(f"<div class='text'>{_PARAS}</div>",
                 aside="<aside class='sidebar'><p>Quelle: Anderes Blatt</p></aside>")
    rec = normalize_page(page, "https://example.org/a/")[0]
    assert rec["stories"][0]["source"] is None


def test_a_sites_own_copyright_is_not_the_storys_source() -> None:
    page = _page(f"<div class='text'>{_PARAS}</div><p>© 2023 Mein kleiner Blog</p>")
    rec = normalize_page(page, "https://example.org/a/")[0]
    assert rec["stories"][0]["source"] is None


@pytest.mark.parametrize("markup, day", [
    ("<p class='print-date'>Wydrukowano: <time>2021-05-11 22:22</time></p>", "2021-05-11"),
    ("<div>Gedruckt am 11.05.2021</div>", "2021-05-11"),
    ("<div>Printed on May 11, 2021</div>", "2021-05-11"),
    ("<p>Published on May 11, 2021</p>", None),
])
def test_a_print_headers_date_is_known(markup: str, day: str | None) -> None:
    tree = lxml_html.fromstring(f"<html><body>{markup}</body></html>")
    assert printed_dates(tree) == ({day} if day else set())


def test_a_print_headers_date_is_not_the_posts() -> None:
    page = ("<html><head><meta charset='utf-8'></head><body><article>"
            "<div class='print-header'><p>Wydrukowano: <time>2021-05-11 22:22:17</time></p></div>"
            "<h1>Tytuł</h1><ul><li><time>2021-04-29 17:13</time></li></ul>"
            + "".join(f"<p>Parlament przyjął umowę, akapit {i} z wystarczającą liczbą słów do "
                      "opowieści o handlu.</p>" for i in range(5))
            + "</article></body></html>")
    rec = normalize_page(page, "https://example.org/a/")[0]
    assert rec["published"] == "2021-04-29"


def test_og_article_published_time_dates_the_post() -> None:
    page = ("<html><head><meta charset='utf-8'>"
            "<meta property='og:article:published_time' content='2020-01-19T12:25:36Z'/>"
            "<meta property='og:article:modified_time' content='2020-01-20T09:49:32Z'/>"
            "<meta name='REVISION_DATE' content='2020-01-20T09:49:32Z'/></head><body><article>"
            "<h1>A title</h1>" + "".join(f"<p>{p}</p>" for p in _BODY) + "</article></body></html>")
    rec = normalize_page(page, "https://example.org/a/")[0]
    assert rec["published"][:10] == "2020-01-19"


@pytest.mark.parametrize("opening, place", [
    ("NAPA COUNTY, Calif. (KGO) --", "NAPA COUNTY, Calif."),   # the region is the place's
    ("HOUSTON, Texas (AP) —", "HOUSTON, Texas"),
    ("WASHINGTON, Nov 30 (Reuters) -", "WASHINGTON"),         # a date is not
    ("ISLAMABAD: The", "ISLAMABAD"),                            # a capital place and a colon
    ("UPDATE: The", None),                                      # a label is no place
])
def test_a_datelines_place_as_printed(opening: str, place: str | None) -> None:
    assert _story(opening=opening)["dateline"] == place


def test_labelled_bylines_around_the_body_name_the_writer() -> None:
    header = _page(f"<p class='meta'>Von: Jana Beispiel | 31.10.23</p><div>{_PARAS}</div>")
    footer = _page(f"<div>{_PARAS}</div><div class='author-box'><span>Auteur:</span> "
                   "<span>Anna Musterová</span></div>")
    for page, writer in ((header, "Jana Beispiel"), (footer, "Anna Musterová")):
        rec = normalize_page(page, "https://example.org/a/")[0]
        assert rec["stories"][0]["byline"] == [writer]


def test_an_editors_label_and_a_blogs_by_line_name_no_writer() -> None:
    editor = _page(f"<p>作者：</p><p>责任编辑：肖春芳</p><div class='text'>{_PARAS}</div>")
    poster = _page(f"<p class='entry-meta'>by John Poster</p><div class='text'>{_PARAS}</div>")
    for page in (editor, poster):
        assert normalize_page(page, "https://example.org/a/")[0]["stories"][0]["byline"] == []


@pytest.mark.parametrize("meta, under, day", [
    ("2019-05-07T17:00:52+02:00", "12.10.2015, 19:16 Uhr", "2015-10-12"),  # a later rendering
    # A time zone: the machine's UTC time falls on the next day; the post is dated on the day
    # it prints under its headline, as readers (and every hand-labelled set) date it.
    ("2019-11-19T01:48:03Z", "November 18, 2019 at 2:26 PM HST", "2019-11-18"),
])
def test_the_date_under_the_heading_beats_a_much_later_page_date(meta: str, under: str,
                                                                   day: str) -> None:
    page = ("<html><head><meta charset='utf-8'>"
            f"<meta itemprop='dateCreated' content='{meta}'></head><body><div class='article'>"
            f"<h1>Ein Titel</h1><div class='date'>{under}</div>"
            + "".join(f"<p>{p}</p>" for p in _BODY) + "</div></body></html>")
    assert normalize_page(page, "https://example.org/a/")[0]["published"][:10] == day


# --- Closing credits in Chinese, Japanese and Korean shapes --------------------------------
_CJK_BODY = {
    "zh": ["记者今天从有关部门获悉，全国春耕生产正有序推进，各地农业部门加强技术指导。",
           "据介绍，今年以来各地积极落实各项惠农政策，农资供应充足，价格总体稳定。"],
    "ja": ["政府は１日、新たな経済対策を閣議決定した。総額は約２０兆円規模となる見通しだ。",
           "首相は記者会見で「国民生活を守るため全力を尽くす」と述べた。"],
    "ko": ["정부는 1일 새로운 경제 대책을 발표했다. 총액은 약 20조 원 규모로 "
           "물가 대응을 중심으로 한다.",
           "총리는 기자회견에서 국민 생활을 지키기 위해 최선을 다하겠다고 말했다."],
}


def _cjk_story(lang: str, last: str) -> dict:
    paras = [*_CJK_BODY[lang], last]
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2023/01/05/post/", title="A post"))
    assert len(rec["stories"]) == 1
    return rec["stories"][0]


@pytest.mark.parametrize("lang, last, source", [
    ("zh", "（新华社）", "Xinhua"),
    ("zh", "（来源：人民日报）", "人民日报"),      # a label inside full-width brackets
    ("zh", "本文来源：澎湃新闻", "澎湃新闻"),            # "this article's source"
    ("zh", "【南方日报】", "南方日报"),                   # not in the table: its name's ending
    ("zh", "（新华社记者 王五）", "Xinhua"),             # the agency's reporter
    ("ja", "（共同）", "Kyodo"),
    ("ja", "（時事）", "Jiji"),
    ("ja", "【共同】", "Kyodo"),
    ("ko", "(연합뉴스)", "Yonhap"),
    ("ko", "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>", "Yonhap"),   # a copyright notice
    ("ko", "(매일경제)", "Maeil Business"),  # its usual English name (FORMAT.md)
])
def test_a_cjk_closing_credit_names_the_source_and_leaves_the_text(lang, last, source):
    story = _cjk_story(lang, last)
    assert story["source"] == source
    assert last not in story["text"]


@pytest.mark.parametrize("last", ["（完）", "（全文完）", "（未完待续）", "（组图）", "（拍手）",
                                  "（本报讯）", "（一）", "【编者按】", "（记者 张三）"])
def test_a_bracketed_cjk_line_that_is_no_outlet_names_no_source(last):
    """End and continuation marks, picture labels, a section number, an applause note and
    a reporter's credit are no outlet's (a reporter's credit names the writer)."""
    story = _cjk_story("zh", last)
    assert story["source"] is None


@pytest.mark.parametrize("lang, last, names", [
    ("zh", "（记者 张三 李四）", ["张三", "李四"]),
    ("zh", "（评论员 罗博）", ["罗博"]),
    ("ko", "(홍길동 기자)", ["홍길동"]),
])
def test_a_bracketed_cjk_writer_credit_is_the_byline(lang, last, names):
    assert _cjk_story(lang, last)["byline"] == names


def test_a_writer_credit_at_the_end_of_the_last_paragraph_is_the_byline():
    story = _cjk_story("zh", "这是最后一段，记者们仍在现场继续采访当地居民。（评论员 罗博 萧海川）")
    assert story["byline"] == ["罗博", "萧海川"]


@pytest.mark.parametrize("credit, name", [
    ("Copyright © 2015, Eklektix, Inc.", "Eklektix"),           # a year and a company suffix
    ("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지", "Entermedia.co.kr"),
    ("SOURCE: Al Jazeera News", "Al Jazeera"),                   # a known name and a kind
])
def test_outlets_beyond_the_table_are_read_from_the_credits_shape(credit, name):
    assert outlet_name(credit.split(":", 1)[-1] if credit.startswith("SOURCE") else credit,
                       strict=True) == name


def test_tl_dr_is_no_sign_off():
    """"TL;DR" reads as "TL" and DR (the Danish broadcaster) joined as credits are."""
    assert signoff_source("TL;DR") is None


@pytest.mark.parametrize("ending", ["— ENDS", "(END)", "(VIDEO)", "(UPDATE)", "— OK", "— CEO"])
def test_an_end_mark_or_a_label_in_capitals_names_no_source(ending):
    """Shaped as a sign-off in capitals, but an end mark or a label: no outlet."""
    assert _story(ending=ending)["source"] is None


@pytest.mark.parametrize("opening, ending, source", [
    ("Lusaka, Jan 5 (ZAMPA) –", None, "Zampa"),        # an acronym not in the table ...
    (None, "— ZAMPA", "Zampa"),                        # ... gets one spelling either way
    ("HARARE, Jan 5 (New Ziana) –", None, "New Ziana"),
    (None, "© 2023 Nation Media Group", "Nation Media Group"),
])
def test_an_outlet_beyond_the_table_keeps_one_spelling(opening, ending, source):
    assert _story(opening=opening, ending=ending)["source"] == source


def test_with_inputs_from_credits_the_agency():
    assert _story(ending="(With inputs from IANS)")["credits"] == ["IANS"]


@pytest.mark.parametrize("text, place, source", [
    ("АЛМАТЫ. КАЗИНФОРМ – Правительство одобрило новый план по поддержке малого бизнеса.",
     "АЛМАТЫ", "Kazinform"),                                # capitals, a full stop, a dash
    ("КИЕВ. УНН – Правительство одобрило новый план.", "КИЕВ", "УНН"),   # not in the table
    ("लखनऊ, जेएनएन। सरकार ने छोटे व्यापारियों की मदद के लिए नई योजना को मंजूरी दी।",
     "लखनऊ", "जेएनएन"),                                     # the danda after the agency
    ("[서울=매일스포츠 홍길동 기자] 정부는 새로운 경제 대책을 발표했다.", "서울", "매일스포츠"),
])
def test_a_dateline_shape_names_an_outlet_beyond_the_table(text, place, source):
    from normalizer.stories.split import dateline_of

    m = dateline_of(text)
    assert m is not None and (m.group("place"), m.group("src")) == (place, source)


@pytest.mark.parametrize("text", [
    "लखनऊ, जागरण संवाददाता। सरकार ने नई योजना को मंजूरी दी।",    # a correspondent, no outlet
    "WASHINGTON. THE PRESIDENT – said on Monday that he would sign.",
])
def test_a_dateline_shape_naming_a_desk_or_words_names_no_outlet(text):
    from normalizer.stories.split import dateline_of

    m = dateline_of(text)
    assert m is None or not m.groupdict().get("src")


def test_a_korean_copyright_notice_names_its_publisher():
    story = _cjk_story("ko", "Copyrights ⓒ 매일스포츠. 무단 전재 및 재배포 금지")
    assert story["source"] == "매일스포츠"
    assert "무단" not in story["text"]


@pytest.mark.parametrize("line, name", [("Mehr Infos.", None), ("Al Jazeera News", "Al Jazeera")])
def test_a_known_name_and_a_kind_names_the_outlet_unless_the_name_is_a_word(line, name):
    """"Mehr" names the Iranian agency only as a whole credit: "Mehr Infos." is a link."""
    assert signoff_source(f"— {line}" if name else line) == name


def test_a_phrase_in_brackets_after_a_word_in_capitals_names_no_outlet():
    """"APINSIDER(prices start at just $2,199 with code)": a price aside, not "(Reuters)"."""
    assert outlet_name("prices start at just $2") is None
