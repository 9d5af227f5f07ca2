"""Round 57: a news agency's article under a long menu (its headline quoting a question,
its date, a tag and its dateline over the text), newspapers' agency reports (the agency
in the byline block over the body's date, or on the date line with its desk's place), a
report whose body stands under a tool row and a related box; and general rows and shapes
met beside them (a login box's code line, a portal's reading tools, a title with its deck
under a kicker, a headline over its copy stripped of its marks, a gift-link box). Round
dumps53's pages (``fixtures/real/dumps``, SOURCES.md: Ara, Europa Press, La Voz de
Galicia, El Periódico), older real dumps, and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.text import GIFT_ARTICLE
from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


_MENU = ["Portada", "Nacional", "Internacional", "Economía", "Deportes", "Servicios",
         "Servicios de la Agencia", "Especiales", "Sorteo del Niño 2017",
         "Sorteo de Navidad 2016", "Comparte en Facebook", "Comparte en Twitter"]
_AGENCY_ARTICLE = "\n".join(_MENU + [
    "",
    "agencia/sociedad",
    "El alcalde promete mano dura contra los incendios: \"¿Cómo se puede quemar un monte así?\"",
    "123456.1.644.368.20170213142414",
    "Actualizado 13/02/2017 17:48:46 CET",
    "Medio Ambiente",
    "",
    "SEVILLA, 13 Feb. (EFE) -",
    "",
    "El alcalde de la ciudad ha anunciado este lunes un plan de vigilancia de los montes "
    "tras los incendios de la semana pasada, que quemaron más de cien hectáreas.",
    "",
    "\"No vamos a permitir que esto se repita\", ha dicho en rueda de prensa, en la que ha "
    "pedido a los vecinos que avisen de cualquier fuego que vean.",
    "",
    "Últimas noticias",
    "",
]) + "\n"


def test_a_headline_over_its_date_is_the_article_s_not_the_menu_s_last_title() -> None:
    """A headline under a menu whose last items are titles of three words and more, its
    date line (past an item's number) under it, then a tag and the dateline over the
    first paragraph: the article's headline, however it ends (here on a question quoted
    after a colon), never one more link of the menu's run, nor the menu's last title."""
    [story] = _stories(_AGENCY_ARTICLE)
    assert story["headline"].startswith("El alcalde promete mano dura contra los incendios")
    assert story["text"].startswith("El alcalde de la ciudad ha anunciado")
    assert story["dateline"] == "SEVILLA"


def test_europa_press_s_headline_quoting_the_pope_s_question() -> None:
    """Round dumps53's Europa Press page: its headline, not the menu's "Lotería de Navidad
    2016"."""
    [story] = _stories(_read("europapress-papa-pederastas-2017.txt"))
    assert story["headline"] == ("El Papa garantiza severidad extrema contra pederastas: "
                                 "\"¿Cómo un cura puede llegar a causar tanto mal?\"")
    assert story["source"] == "Europa Press"


_REGIONAL_PAGE = "\n".join([
    "Portada", "Galicia", "España", "Internacional", "Deportes", "Cultura",
    "Toggle navigation", "El Faro del Norte", "España",
    "La fiscalía pide cárcel para el alcalde por el contrato de basuras",
    "En un escrito presentado este lunes, el ministerio público acusa al regidor de "
    "adjudicar el servicio de recogida de basuras a una empresa de su cuñado sin concurso",
    "El alcalde niega las acusaciones en el pleno del martes y dice que recurrirá la "
    "petición de la fiscalía ante el juzgado Vídeo Norte TV",
    "0",
    "Facebook 0 Twitter 0 Comentarios 0",
    "El Faro del Norte",
    "Efe",
    "Madrid 13/02/2017 16:24 h",
    "",
    "La fiscalía ha pedido cuatro años de cárcel para el alcalde por adjudicar el contrato "
    "de recogida de basuras a una empresa de la que es socio su cuñado.",
    "",
    "El escrito de acusación recoge que el contrato se firmó sin concurso y por un precio "
    "muy superior al de mercado, según los informes de los técnicos municipales.",
    "",
    "El alcalde ha dicho que recurrirá y que todo se hizo conforme a la ley.",
    "",
    "Comentarios",
    "Enviar comentario",
    " © Copyright EL FARO DEL NORTE S.A.",
    "Aviso Legal",
]) + "\n"


def test_an_agency_s_name_over_the_body_s_date_credits_the_story_under_its_header() -> None:
    """A bare agency name ("Efe") over the date line of the body, under a header whose
    lines end no sentence (the standfirst and a video's caption): the agency credits the
    story, it does not end one and leave the body headless; the page's name set among
    those lines as its © line's company is called ("El Faro del Norte" over "© Copyright
    EL FARO DEL NORTE S.A.") is its masthead, no text."""
    [story] = _stories(_REGIONAL_PAGE)
    assert story["headline"] == "La fiscalía pide cárcel para el alcalde por el contrato de basuras"
    assert story["source"] == "EFE"
    assert story["published"] == "2017-02-13"
    assert "El Faro del Norte" not in story["text"]
    assert story["text"].rstrip().endswith("conforme a la ley.")


def test_la_voz_de_galicia_s_efe_report_is_one_story_credited_to_efe() -> None:
    """Round dumps53's La Voz de Galicia page: one story (two before: its body headless
    under "Efe"), credited to EFE."""
    [story] = _stories(_read("lavozdegalicia-punica-murcia-2017.txt"))
    assert story["source"] == "EFE"
    assert story["headline"] == ("El juez atribuye al presidente de Murcia los delitos de "
                                 "fraude y cohecho")
    assert "La Voz de Galicia" not in story["text"]


_DAILY_PAGE = "\n".join([
    "Portada", "Política", "Economía", "Internacional", "Deportes", "Gente", "Opinión",
    "Barcelona", "Tecnología", "Cultura", "Televisión", "Motor",
    "El Ayuntamiento aprueba el presupuesto con los votos de la oposición",
    "El equipo de gobierno pacta con dos grupos de la oposición un aumento del gasto en "
    "vivienda social y dos nuevas escuelas infantiles para los barrios del norte",
    "Facebook", "Twitter", "Más", "LinkedIn",
    "",
    "Comentarios0",
    "",
    "Cuerpo de letra",
    "Aumentar",
    "Disminuir",
    "Imprimir noticia",
    "",
    "Envía una carta del lector",
    "",
    "Noticias relacionadas",
    "La oposición pide más dinero para las escuelas infantiles del distrito",
    "El alcalde presenta las cuentas del próximo año ante los vecinos",
    "",
    "REDACCIÓN / BARCELONA",
    "",
    "Jueves, 9 de febrero del 2017 - 10:28 CET",
    "",
    "El pleno del Ayuntamiento ha aprobado este jueves el presupuesto del próximo año con "
    "los votos del equipo de gobierno y de dos grupos de la oposición.",
    "",
    "Las cuentas prevén un aumento del veinte por ciento del gasto en vivienda social y "
    "la construcción de dos nuevas escuelas infantiles en los barrios del norte.",
    "",
    "TEMAS", "Ayuntamiento", "Presupuestos",
]) + "\n"


def test_a_daily_s_body_under_a_related_box_goes_on_the_story_above_the_box() -> None:
    """A headline and its standfirst, the tool row ("Imprimir noticia", "Envía una carta
    del lector": buttons, no headline), a box of related titles under its label
    ("Noticias relacionadas"), the desk's line and the date, then the body: one story,
    headed by its headline and dated by the date under the box; neither the button nor
    the box's last title heads the body."""
    [story] = _stories(_DAILY_PAGE)
    assert story["headline"] == ("El Ayuntamiento aprueba el presupuesto con los votos de "
                                 "la oposición")
    assert story["text"].startswith("El equipo de gobierno pacta")
    assert "El pleno del Ayuntamiento ha aprobado" in story["text"]
    assert story["published"] == "2017-02-09"


def test_a_spanish_date_with_del_before_its_year() -> None:
    """"9 de febrero del 2017" (El Periódico's, "del" before the year) as "de 2017"."""
    assert parse_date("Jueves, 9 de febrero del 2017 - 10:28 CET") == "2017-02-09"
    assert parse_date("26 de abril del 2022") == "2022-04-26"


def test_el_periodico_s_report_is_one_story_under_its_own_headline() -> None:
    """Round dumps53's El Periódico page: its report one story under its headline (the
    body was a story of its own under "Envía una carta del lector"), dated."""
    stories = _stories(_read("elperiodico-ana-mato-gurtel-2017.txt"))
    assert [s["headline"] for s in stories] == [
        "La exministra Ana Mato tendrá que comparecer el lunes en el juicio de la 'Gürtel'"]
    assert stories[0]["published"] == "2017-02-09"
    assert "La exministra de Sanidad Ana Mato tendrá que declarar" in stories[0]["text"]


_CATALAN_PAGE = "\n".join([
    "Portada", "Política", "Societat", "Economia", "Esports", "Cultura", "Opinió", "Blogs",
    "Cartellera", "Hemeroteca", "Publicitat", "Publicitat",
    "Tres nous carrils bici connecten els barris del nord amb el centre de la ciutat",
    "",
    "Els nous trams s'han obert aquest matí al passeig del riu i a la carretera vella, i "
    "sumen set quilòmetres de recorregut protegit en els dos sentits de la marxa",
    "",
    "EFE Girona Actualitzada el 13/02/2017 13:18",
    "",
    "Twitter Facebook 0",
    "Google Plus Linked In",
    "Mes",
    "",
    "12 Comentaris Envia a un amic Imprimeix",
    "",
    " 651x366 Un ciclista al nou carril del passeig./ ACN "
    "Un ciclista al nou carril del passeig./ ACN",
    "",
    "L'Ajuntament ha obert aquest dilluns tres nous carrils bici que connecten els barris del "
    "nord amb el centre, amb un recorregut total de set quilòmetres separat del trànsit.",
    "",
    "Interactiu especial: el mapa amb tots els carrils bici de la ciutat",
    "",
    "Els tres carrils que s'han obert avui són:",
    "",
    "El del passeig del riu, de tres quilòmetres, que arriba fins a l'estació.",
    "El de la carretera vella, de dos quilòmetres, en tots dos sentits de la marxa.",
    "",
    "Segons l'Ajuntament, la xarxa arribarà als quaranta quilòmetres abans de l'estiu.",
    "",
    "Contingut relacionat",
    "",
    "© EL DIARI Avís legal | Contacte",
]) + "\n"


def test_a_wire_s_name_and_its_desk_s_place_on_the_date_line_credit_the_story() -> None:
    """"EFE Girona Actualitzada el 13/02/2017 13:18": a wire's name in capitals and its
    desk's place on the date line (Catalan's "Actualitzada el" a date line's word): the
    wire is the story's source, the place its dateline, the day its date. The tool row
    ("12 Comentaris Envia a un amic Imprimeix", "Google Plus Linked In", "Mes"), the
    picture's size in pixels before its caption, and the link to an interactive map
    ("Interactiu especial: ...") are no text."""
    [story] = _stories(_CATALAN_PAGE)
    assert story["source"] == "EFE"
    assert story["dateline"] == "Girona"
    assert story["published"] == "2017-02-13"
    text = story["text"]
    for cruft in ("Comentaris", "651x366", "Interactiu", "Google Plus", "\n\nMes\n\n"):
        assert cruft not in text, cruft
    assert text.startswith("Els nous trams s'han obert")
    assert "Els tres carrils que s'han obert avui són:" in text


def test_ara_s_efe_report() -> None:
    """Round dumps53's Ara page: credited to EFE (was the site's address, "ara.cat"),
    its dateline Barcelona, its tool row and picture's size line no text."""
    [story] = _stories(_read("ara-radars-tram-2017.txt"))
    assert (story["source"], story["dateline"]) == ("EFE", "Barcelona")
    assert "Comentaris" not in story["text"] and "651x366" not in story["text"]


def test_a_login_box_s_resend_the_code_line_heads_no_story() -> None:
    """A login box's one-time code line ("Didn't get the code? Resend email") is the box's,
    like its password lines: no headline over the box's next sentence, no story (Daily
    Maverick's page in round 5's dumps: two stories, the first of them this box)."""
    stories = _stories(_read("dailymaverick-icj-2025.txt"))
    assert [s["headline"] for s in stories] == [
        "Legal opinion expected after ICJ concludes hearings on Israel’s aid obligations in Gaza"]


_DECKED_PAGE = "\n".join([
    "Últimas Noticias", "Deportes", "Tecnología", "Entretenimiento", "Newsletters",
    "BienvenidoPor favor, ingresa a tu cuenta.",
    "REGISTRARMEINICIAR SESIÓN",
    "Mundo",
    "El gobierno anuncia un plan de reconstrucción de las zonas del sur tras las inundaciones "
    "de la semana pasada: “Nadie quedará atrás”",
    "La ministra de Vivienda lo presentó en una conferencia de prensa en la capital: “Habrá "
    "ayudas directas para cada una de las familias afectadas”, aseguró",
    "02 Nov, 2023 11:08 a.m. EST",
    "Compartir",
    "",
    "El gobierno presentó este jueves un plan de reconstrucción de las zonas afectadas por "
    "las inundaciones de la semana pasada, con ayudas directas para las familias.",
    "",
    "La ministra dijo que las primeras ayudas llegarán antes de fin de mes y que se "
    "reconstruirán los puentes y las carreteras dañadas por el agua.",
    "",
    "Temas Relacionados",
]) + "\n"


def test_a_kicked_title_over_its_deck_and_date_heads_the_story() -> None:
    """A section's kicker ("Mundo"), the title, then its deck over the date line (no
    shorter than the title, neither ending a sentence): the title heads the story and the
    deck is its standfirst, under a login box's line read as a heading (Infobae's page in
    dumps19: the deck was the headline, the title the text of the login line's story)."""
    [story] = [s for s in _stories(_DECKED_PAGE) if "El gobierno presentó" in s["text"]]
    assert story["headline"].startswith("El gobierno anuncia un plan de reconstrucción")
    assert story["text"].startswith("La ministra de Vivienda lo presentó")
    assert "Mundo" not in story["text"]
    assert story["published"] == "2023-11-02"


def test_a_portal_s_summary_advice_and_font_slider_help_and_a_share_bar_label_are_chrome(
) -> None:
    """Daum's summary box's advice ("전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.") and
    its font-size slider's help, lines of the portal's reading tools, are no text and head
    no story (Dailian's article on Daum in dumps10b was two stories); CBC's share bar's
    label "Social Sharing" is no text."""
    stories = _stories(_read("daum-dailian-jigeomjang-2024.txt"))
    assert len(stories) == 1
    for name in ("daum-dailian-jigeomjang-2024.txt", "daum-newsis-kanghyungwook-2024.txt"):
        for story in _stories(_read(name)):
            assert "본문 보기를 권장합니다" not in story["text"]
            assert "글자크기 설정" not in story["text"]
    assert all("Social Sharing" not in s["text"] for s in _stories(_read("cbc-sinwar-2024.txt")))


_COPIED_HEADLINE_PAGE = "\n".join([
    "GÜNDEMDÜNYAEKONOMİSPORYAŞAMYAZARLAR", "", "Arama", "", "GİRİŞ", "",
    "HABERLERGündem Haberleri", "",
    "ANKARA HAVA DURUMU: Ankara'da yarın kar yağacak mı? Meteoroloji uyardı",
    "",
    "#Hava Durumu#Ankara#Kar",
    "",
    "TwitterLinkedinFlipboardLinki KopyalaYazı Tipi",
    "",
    "ANKARA HAVA DURUMU: Ankarada yarın kar yağacak mı Meteoroloji uyardı",
    "",
    "Ocak 12, 2022 13:31",
    "",
    "TwitterLinkedinFlipboardE-postaLinki KopyalaYazı Tipi",
    "",
    "Ankara'da yarın kar yağacak mı sorusunun cevabı, Meteoroloji Genel Müdürlüğü'nün bu "
    "sabah yaptığı açıklamayla belli oldu: kentin kuzeyinde yoğun kar bekleniyor.",
    "",
    "Meteoroloji, sürücülerin yola çıkmadan önce zincir ve kış lastiği gibi önlemleri "
    "almalarını ve yetkililerin uyarılarını dikkate almalarını istedi.",
    "",
]) + "\n"


def test_a_headline_over_its_copy_stripped_of_its_marks_is_the_story_s() -> None:
    """The headline as printed ("... Ankara'da yarın kar yağacak mı? ..."), then its copy
    without apostrophe and question mark over the date line: the headline is the printed
    one, the copy no text (Hürriyet's page in dumps9b took the copy)."""
    [story] = _stories(_COPIED_HEADLINE_PAGE)
    assert story["headline"] == ("ANKARA HAVA DURUMU: Ankara'da yarın kar yağacak mı? "
                                 "Meteoroloji uyardı")
    assert "Ankarada yarın" not in story["text"]
    assert story["text"].startswith("Ankara'da yarın kar yağacak mı sorusunun cevabı")


def test_a_gift_link_box_s_lines_are_a_notice_not_a_story_s_sentences() -> None:
    """A subscriber's gift-link box: the articles given and left, the recipient reading
    free, the giving failed (Jyllands-Posten's box in dumps9b made two stories); a story's
    sentence about a gift or an article is none."""
    for line in ("Hver måned kan du give adgang til 5 låste artikler.",
                 "Du har givet 0 ud af 0 låste artikler.",
                 "Modtageren kan frit læse artiklen uden at logge ind.",
                 "Artiklen kunne ikke gives videre grundet en teknisk fejl.",
                 "You have 5 gift articles left to give this month.",
                 "Dieser Artikel wurde Ihnen geschenkt: verschenken Sie ihn weiter."):
        assert GIFT_ARTICLE.found(line, len(line.split())), line
    for line in ("The minister received a gift, the article says.",
                 "Das Gericht verwies auf Artikel 3 des Grundgesetzes."):
        assert not GIFT_ARTICLE.found(line, len(line.split())), line
    headlines = [s["headline"] for s in _stories(_read("jyllandsposten-damsgaard-2023.txt"))]
    assert "Giv adgang til en ven" not in headlines
