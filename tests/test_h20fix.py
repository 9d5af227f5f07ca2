"""heldout20's first failures, by shape (round 21): a source label inside the date line, a
portal's copyright notice under the paper's story it carries, a look-alike bar in a sharing
title, a brand-styled h1, a Korean byline line, a Brazilian CMS's deck."""
from __future__ import annotations

from normalizer.cues.text import KOREAN_BYLINE_LINE_RE
from normalizer.pages.credits import _date_line_label
from normalizer.pages.permalink import SITE_MARK_CLASS_RE, _lookalike_bar_cut
from normalizer.pipeline import normalize_page

_BODY = ("<p>O ministério informou nesta terça-feira que a safra de grãos deve crescer "
         "neste ano, puxada pela soja e pelo milho, segundo as estimativas oficiais.</p>"
         "<p>Os produtores esperam preços firmes no mercado externo até o fim do ano, "
         "disse o presidente da associação em entrevista coletiva na capital.</p>"
         "<p>A próxima estimativa será divulgada no mês que vem, com os dados do campo "
         "reunidos pelos técnicos em todas as regiões produtoras do país.</p>")


def _story(html: str, url: str = "https://example.org/noticias/safra-de-graos/") -> dict:
    record = normalize_page(html, url)
    records = record if isinstance(record, list) else [record]
    return records[0]["stories"][0]


def test_a_source_label_segment_of_the_date_line_names_the_agency():
    line = "05/03/2021 - 10:15 - Fonte: Agência Brasil - Foto: Fulano de Tal/Clube"
    assert _date_line_label(line) == "Agência Brasil"
    assert _date_line_label("12.04.2024 | Kaynak: AA") == "Anadolu Ajansı"


def test_a_label_after_words_that_are_no_date_is_no_date_line_credit():
    assert _date_line_label("Brasil - Fonte: Agência Brasil") is None
    assert _date_line_label("05/03/2021 - Foto: Fulano de Tal/Clube") is None


def test_the_date_line_credit_on_a_page():
    html = ("<html><head><title>Safra de grãos deve crescer</title></head><body><article>"
            "<h1>Safra de grãos deve crescer</h1><p class='tagline'>05/03/2021 - 10:15 - "
            "Fonte: Agência Brasil - Foto: Fulano de Tal/Clube</p>" + _BODY
            + "</article></body></html>")
    assert _story(html)["source"] == "Agência Brasil"


def test_a_portals_copyright_notice_under_the_story_names_the_paper():
    html = ("<html><head><title>정부, 내년 예산안 발표 : 네이버 뉴스</title>"
            "<meta property='og:site_name' content='네이버 뉴스'></head><body>"
            "<h2 class='media_end_head_headline'>정부, 내년 예산안 발표</h2>"
            "<div id='contents'><div id='newsct_article'><article id='dic_area'>"
            "정부는 오늘 내년도 예산안을 발표했다. 총지출은 올해보다 늘어난다고 밝혔다."
            "<br><br>기획재정부는 복지와 국방 분야 지출을 늘린다고 설명했다. 재정 적자는 "
            "줄어들 것으로 보인다고 덧붙였다.<br><br>국회는 다음 달부터 예산안 심사에 "
            "들어간다. 여야는 주요 사업을 두고 논쟁을 이어갈 전망이다.</article></div>"
            "<div class='byline'><p><span>새뉴스 desk@saenews.example</span></p></div>"
            "<div class='copyright'><p>Copyright ⓒ 새뉴스. All rights reserved. "
            "무단 전재 및 재배포 금지.</p></div></div></body></html>")
    assert _story(html, "https://n.news.naver.com/article/999/0000000001")["source"] == "새뉴스"


def test_a_lookalike_bar_parts_the_site_and_section_from_the_headline():
    assert _lookalike_bar_cut('여야 "예산안 합의" 또다시 불발-정치ㅣ새일보') \
        == '여야 "예산안 합의" 또다시 불발'
    assert _lookalike_bar_cut("Budget talks fail again │ The Daily") == "Budget talks fail again"
    assert _lookalike_bar_cut("Budget talks fail again - The Daily") == \
        "Budget talks fail again - The Daily"


def test_a_camel_cased_brand_title_style_is_no_logo():
    assert not SITE_MARK_CLASS_RE.search("_title_zg1rt_8 _brandTitle_6ojaq_5 title-large")
    assert SITE_MARK_CLASS_RE.search("site-branding")
    assert SITE_MARK_CLASS_RE.search("navbar-brand")


def test_korean_byline_lines():
    for line in ("박준석 기자", "박준석 기자 외 1명", "김철수·이영희 기자", "홍길동 특파원"):
        assert KOREAN_BYLINE_LINE_RE.match(line), line
    for line in ("기자회견에서 밝혔다", "박준석 기자는 이날 현장을 찾았다."):
        assert not KOREAN_BYLINE_LINE_RE.match(line), line


def test_a_korean_byline_line_is_no_text_and_the_summary_under_it_is():
    html = ("<html><head><title>예산안 심사 또 미뤄져</title>"
            "<meta property='og:title' content='예산안 심사 또 미뤄져'></head><body><article>"
            "<p>박준석 기자 외 1명</p><h2>세 시간 만에 끝난 회의 결론 없이 산회</h2>"
            "<p>국회 예산결산특별위원회는 오늘 오후 회의를 열었으나 결론을 내리지 못하고 "
            "산회했다. 여야는 주요 사업 예산을 두고 이견을 좁히지 못했다.</p>"
            "<p>위원장은 다음 주에 회의를 다시 열겠다고 밝혔다. 정부는 조속한 처리를 "
            "요청했다고 관계자가 전했다.</p><p>예산안 처리 시한은 다음 달 초로, 여야는 "
            "협상을 이어갈 방침이라고 밝혔다.</p></article></body></html>")
    text = _story(html)["text"]
    assert "박준석 기자" not in text
    assert text.startswith("세 시간 만에 끝난 회의")


def test_a_brazilian_cms_deck_under_the_headline_is_story_text():
    html = ("<html><head><title>Safra de grãos deve crescer</title></head><body><main>"
            "<div class='header'><h1>Safra de grãos deve crescer</h1>"
            "<h2 id='noticia-olho'>Produtores esperam recorde puxado pela soja e pelo milho "
            "neste ano</h2></div><div class='share'>Compartilhe</div>"
            "<section><div itemprop='articleBody' id='noticia'>" + _BODY
            + "</div></section></main></body></html>")
    assert _story(html)["text"].startswith("Produtores esperam recorde")


def test_a_sites_own_copyright_notice_under_its_story_credits_no_other_outlet():
    html = ("<html><head><title>Safra de grãos deve crescer - Acme Notícias</title>"
            "<meta property='og:site_name' content='Acme Notícias'></head><body>"
            "<article><h1>Safra de grãos deve crescer</h1>" + _BODY + "</article>"
            "<div class='copyright'><p>© 2021 Acme Interactive Inc. All rights reserved."
            "</p></div></body></html>")
    assert _story(html, "https://acmenoticias.example/safra/")["source"] is None


def test_the_date_line_credit_pasted_into_a_post_names_the_agency():
    from normalizer.model import PostMeta
    from normalizer.pipeline import normalize_content

    body = ("<p>ESPORTE</p><p>05/03/2021 - 10:15 - Fonte: Agência Brasil - Foto: Fulano de "
            "Tal/Clube</p>" + _BODY)
    rec = normalize_content(body, PostMeta(url="https://blog.example/p/1/",
                                           title="Safra de grãos deve crescer"))
    assert [s["source"] for s in rec["stories"]] == ["Agência Brasil"]
    assert "Fonte:" not in rec["stories"][0]["text"]
