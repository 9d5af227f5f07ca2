"""Credits printed around a story's body: where a page names the story's outlet outside
its paragraphs, as data read by :mod:`normalizer.pages.credits`.

News pages credit an agency or an outlet in the article's own header or footer in a few
shapes beyond the "Source:" label: a byline slot naming an outlet instead of a person
("Af Ritzau", "Door: NU.nl", "Par AFP", "Przez PAP"), the agency's name alone on a line
of the header ("Укринформ" under the title, in a slot classed "publisher"), an
aggregator's date line ending with the provider ("2月15日（土）7時0分　オリコン", "March 3,
2020 | Reuters"), and the agency only in markup (a logo linking the agency's site in the
author slot; a JSON-LD ``author`` that is a news agency). A person's name in a byline is a
byline, never a source; a picture credit ("Beeld:", "Foto:") never names the story's
source. Outlet names themselves are rows of the outlets table
(:mod:`normalizer.cues.outlets`); the shapes here only say where a name stands.
"""
from __future__ import annotations

import re

#: The word a byline opens with, in the languages of the pages tagwire reads: "By",
#: German "Von", French "Par", Spanish and Portuguese "Por", Italian "Di", Dutch "Door",
#: Danish "Af", Swedish and Norwegian "Av", Polish "Przez", Russian and Bulgarian "От" /
#: "Автор", Ukrainian "Від", Czech/Slovak "Autor", Hungarian "Írta", Turkish "Yazan",
#: Finnish "Kirjoittanut", Croatian/Bosnian/Serbian "Piše", Slovene "Avtor", Albanian
#: "Nga", Greek "Από" / "Του", Romanian "De", Catalan "Per", Indonesian/Malay "Oleh",
#: Vietnamese "Theo", Arabic "بقلم", Hebrew "מאת", Persian "نویسنده", Japanese "文",
#: Korean "글", Chinese "作者"/"文". A short line that is one of these and a name; the name
#: gives the source only where it is an outlet (see :data:`BYLINE_LINE_MAX_CHARS`).
BYLINE_LABELS: tuple[str, ...] = (
    "by", "written by", "von", "par", "por", "di", "door", "af", "av", "przez",
    "от", "від", "автор", "автори", "авторы", "autor", "autorzy", "autorka", "autore",
    "autori", "autora", "auteur", "auteurs", "author", "authors", "írta", "szerző", "yazan",
    "yazar", "kirjoittanut", "kirjoittaja", "piše", "пише", "avtor", "autorius", "autors",
    "nga", "από", "του", "της", "de", "per", "oleh", "theo", "bởi",
    "بقلم", "كتب", "מאת", "نویسنده", "نوشته", "文", "글", "作者", "记者", "記者", "撰文",
    # a text's credit ("Text: dpa", "Текст: РИА Новости", "Texto: Lusa", "Tekst: PAP")
    "text", "texte", "texto", "testo", "tekst", "teksti", "текст", "szöveg",
    # the reporter's slot under Indonesian stories ("Reporter : X", "Redaktur & Reporter : X",
    # "Penulis: X"; the editor's alone, "Redaktur : X", is no byline)
    "reporter", "redaktur & reporter", "penulis", "wartawan",
)
#: How a byline's people and their agency stand apart without a comma, in the author slot
#: ("Jane Doe | Reuters | 5 Jan 2023", "Jane Doe - ANSA", "Jane Doe / EFE"), and how many
#: parts after the people are read for the agency.
BYLINE_PARTS_RE = re.compile(r"\s+[|｜•·/–—-]\s+")
BYLINE_PARTS_READ = 2
#: How long a byline line may be: a label, a name (an outlet's or people's).
BYLINE_LINE_MAX_CHARS = 80
#: A byline line: label, an optional colon (or a bar), the name. Without a colon ("Af
#: Ritzau") the name must be one the outlets table knows: a blog's "by World News Today"
#: names its poster.
BYLINE_LINE_RE = re.compile(
    r"^\s*(?P<label>" + "|".join(map(re.escape, sorted(BYLINE_LABELS, key=len, reverse=True)))
    + r")(?:\s*(?P<colon>[:：︱|｜])\s*|\s+)(?P<name>\S.*?)\s*\.?\s*$", re.IGNORECASE)

#: The label of a byline list's role item, in a node of its own before the role ("Role, " +
#: "BBC中文记者" in the "Article Information" list the BBC's services print in English
#: whatever their language): a role that is an outlet the table knows (its reporter, its
#: newsroom) is the story's source; any other ("Senior correspondent") names none. The list
#: kept as the story's own lines gives "Role, بي بي سي نيوز" in one line: the name after.
ROLE_LINE_RE = re.compile(r"^\s*(?:role|rôle|rol|función|funzione|funktion)\s*[,:：]"
                          r"\s*(?P<name>.{0,40}?)\s*$", re.IGNORECASE)
#: ... and the list's items kept run together in one line ("Author, 李雨梦 Role, BBC中文记者
#: X,": the author, the role, the link's label): the words after the role's label, the
#: longest start of them the table knows is the outlet.
ROLE_IN_LINE_RE = re.compile(r"(?:^|\s)(?:role|rôle|rol|función|funzione|funktion)\s*[,:：]\s*"
                             r"(?P<name>\S+(?:\s+\S+){0,4})", re.IGNORECASE)
#: How long a line holding the role's list may be.
ROLE_LIST_MAX_CHARS = 120
#: How many of a story's first paragraphs a kept role line may stand in.
ROLE_LINE_PARAGRAPHS = 3

#: Labels of a picture credit: the name after them is a photographer or photo agency,
#: never the story's source ("Beeld: Pro Shots", "Foto: Ritzau Scanpix").
PHOTO_LABELS: tuple[str, ...] = (
    "beeld", "foto", "fotos", "photo", "photos", "picture", "image", "images", "bild",
    "bilder", "kuva", "fotografia", "fotografía", "zdjęcie", "фото", "світлина", "φωτο",
    "φωτογραφία", "fotoğraf", "写真", "사진", "图", "圖", "illustration", "grafik",
)
PHOTO_LABEL_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, PHOTO_LABELS)) + r")\b", re.IGNORECASE)

#: Class or id words of an element that holds the story's publisher or provider
#: (``<div class="newsPublisher">``, ``<span class="source">``, ``class="provider"``,
#: ``class="agency"``): a short name there is the story's source.
PUBLISHER_SLOT_RE = re.compile(
    r"(?:publisher|provider|agency|agencia|agence|agentur|news-?source|article-?source|"
    r"story-?source)", re.IGNORECASE)
#: ... unless it is a picture's slot ("image-source", "photo-agency").
PICTURE_SLOT_RE = re.compile(r"(?:image|img|photo|foto|picture|caption|media-copyright)",
                             re.IGNORECASE)
#: Class or id words (lower case) of the author slot, where an agency's logo linking its site stands
#: for its name (``<div class="author"><a class="agency-link" href="http://br.reuters.com/">
#: <img alt=""></a>``).
AUTHOR_SLOT_WORDS: tuple[str, ...] = ("author", "byline", "autor", "auteur", "signature")
#: How many links before the post's first paragraph are looked at for the author slot's.
AUTHOR_SLOT_LINKS = 30
#: Words the author slot prints beside its writers' names that no person's name holds (an
#: author box's "About Jane Doe", "Jane Doe's Picture", a desk's "Telegraph Sport", an
#: organisation's "European Space Agency"); the press's trades ("Senior Contributor", "AP
#: Sports Writer") are :data:`normalizer.cues.text.BIO_TRADES`.
SLOT_NOT_NAME_WORDS = frozenset(("about", "more", "picture", "photo", "image", "avatar",
                                 "profile", "contact", "sport", "sports", "agency", "desk",
                                 "staff", "team", "news", "editorial", "redaktion", "redacción",
                                 # a city's news section ("Charleroi Actu"), round 44
                                 "actu", "actus"))
#: Class words of an element inside the author slot that holds no name: the writer's place
#: ("c-signature__location": "São Paulo"), role or date (a bio's sentences are too long to
#: be read as names).
SLOT_NOT_NAME_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:location|place|city|date|time|role|job)"
                                    r"(?:$|[\s_-])", re.IGNORECASE)
#: Path words of a link that names a provider page of an aggregator ("/provider/ori/",
#: "/source/reuters", "/publications/...", "/media/..."): the link's text is the provider.
PROVIDER_HREF_RE = re.compile(r"/(?:provider|providers|source|sources|publisher|publishers|"
                              r"publications?|agency|agencies|media|medium|cp)/", re.IGNORECASE)
#: A date written in figures at the start of a line ("2025/1/14 21:17", "14.01.2025"): the
#: line beside an outlet's name under the headline is its date ("毎日新聞" then
#: "2025/1/14 21:17（最終更新 1/14 21:17）": the outlet credits the story as "Haaretz — Nov
#: 23, 2017" does).
NUMERIC_DATE_START_RE = re.compile(r"^\s*(?:(?:19|20)\d\d\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*"
                                   r"\d{1,2}|\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)?\d\d)(?!\d)")
#: Class words of a credit element that the extractor takes out as a picture's credit before
#: page credits are read (``<p class="credit">JIJI</p>`` under a headline): held with the
#: element it stood in (:func:`normalizer.pages.credits.held_credits`), it credits the
#: story when it stood in the post's header with no picture beside it.
HELD_CREDIT_CLASS_RE = re.compile(r"(?:^|[\s_-])credits?(?:$|[\s_-])", re.IGNORECASE)
#: How long a name alone on a header line may be.
NAME_LINE_MAX_CHARS = 40

#: An aggregator's date line: date and time, then the provider's name after a space
#: (often a full-width one): "2月15日（土）7時0分　オリコン", "2020年2月15日 7:00 共同通信".
CJK_DATE_PROVIDER_RE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(][^）)]{1,3}[）)])?\s*"
    r"(?:\d{1,2}\s*(?:時|:)\s*\d{1,2}\s*分?)?[\s\u3000]+(?P<name>\S.{0,30}?)\s*$")
#: Separators between a date line and the provider it names ("March 3, 2020 | Reuters",
#: "03.03.2020 - dpa").
DATE_PROVIDER_SEPARATORS = ("|", "｜", "·", "•", "—", "–", " - ", "/", "\u3000")
#: Class words of a share bar. Some CMSs print the article's credit line inside its share
#: row (NU.nl's ``<div class="attribution-share">``): for credits read by position, a
#: share bar is still the article's own, unlike sidebars, related lists and comments.
SHARE_BAR_WORDS_RE = re.compile(r"(?:^|(?<=[\s_-]))(?:share|sharing|social)(?=$|[\s_-])",
                                re.IGNORECASE)
#: How many text nodes after the post's first paragraph (a standfirst), up to its second,
#: are read as the header too: a byline block often stands under the standfirst.
LEAD_NODES = 12

# --- Slots read where the shapes above name nothing (pages.credits.slot_credit) ---------
#: A source label alone in its element, its value in the next one ("<span>المصدر:</span>
#: <li>(أبوظبي - البيان)</li>", "<b>Source:</b> <span>Reuters</span>"): the labels of
#: :data:`normalizer.cues.openers.SOURCE_LABELS` with their colon and nothing after.
#: (Built from that table by :mod:`normalizer.pages.credits`.)
SOURCE_LABEL_ALONE_TAIL = r"\s*[:：︱|｜]\s*$"
#: A source slot's value "(Place - Outlet)" ("(أبوظبي - البيان)", "(Abu Dhabi - WAM)"):
#: the outlet is the name after the dash; a value without that shape is the name itself.
PLACE_OUTLET_RE = re.compile(r"^\(?\s*(?P<place>[^()\-–—]{2,30}?)\s+[-–—]\s+"
                             r"(?P<name>[^()\-–—]{2,40}?)\s*\)?$")
#: How long a source slot's value may be.
SLOT_VALUE_MAX_CHARS = 50
#: An aggregator's item line naming its provider first, as a link, then the date
#: ("Unica.md, 20 septembrie 2020 16:20"): the provider's name before the comma.
PROVIDER_DATE_SEPARATORS = (", ", " | ", " · ", " - ")
#: Page metadata naming the story's writer: a news agency named there, on a page that is
#: not the agency's own, is the story's source (a newspaper printing AP's story with
#: ``<meta name="author" content="The Associated Press">``).
AUTHOR_META_NAMES = ("author", "article:author", "dc.creator", "byl")
#: Page metadata holding the story's credit line as the page prints it under the byline
#: (``<meta name="creditline" content="From Tuesday's Globe and Mail">``): a print-day
#: credit or an outlet the table knows there is the story's source.
CREDIT_META_NAMES = ("creditline", "credit-line", "credit_line")

# --- An outlet's byline "with agencies" ----------------------------------------------------
#: The words joining an outlet's name to the agencies its story draws on, in bylines and
#: sign-offs ("Le Monde avec AFP", "tagesschau.de mit Agenturen", "EL PAÍS con agencias",
#: "Al Jazeera and news agencies", "Guardian staff and agencies", "NOS met ANP", "SVT och
#: TT", "Rzeczpospolita z agencjami", "ТАСС и агентства"): the outlet is the story's
#: source, the agencies named are its credits.
WITH_AGENCIES_JOINS: tuple[str, ...] = (
    "with", "and", "avec", "et", "mit", "und", "con", "y", "com", "e", "met", "en", "och",
    "og", "med", "ja", "sekä", "z", "ze", "a", "i", "и", "с", "та", "і", "ve", "ile", "és",
    "și", "cu", "kai", "και", "dan", "bersama", "na", "me", "sa", "s",
)
#: Words that name agencies in general, after such a join ("agencies", "Agenturen",
#: "agences de presse", "news agencies", "wires"): no outlet's name, the join's outlet
#: is the source.
AGENCIES_WORDS: tuple[str, ...] = (
    "agencies", "news agencies", "wire services", "wires", "wire reports", "agency reports",
    "agences", "agences de presse", "agence", "agenturen", "nachrichtenagenturen", "agentur",
    "agencias", "agencias de noticias", "agência", "agências", "agências de notícias",
    "agenzie", "agenzie di stampa", "agentschappen", "persbureaus", "agencjami", "agencje",
    "agencji", "agentury", "agenturami", "agentúrami", "ügynökségek", "ügynökségi",
    "ajanslar", "ajanslarla", "byråer", "nyhetsbyråer", "nyhetsbyråerna", "nyhedsbureauer",
    "bureauer", "toimistot", "uutistoimistot", "агентства", "агентствами", "агенції",
    "агенціями", "agenții", "agențiile", "agencije", "agencijama", "πρακτορεία",
    "kantor berita", "wakala", "वार्ता", "एजेंसियां", "एजेंसी", "通讯社", "通信社", "통신사",
    "وكالات", "خبرگزاری‌ها",
)


# --- A dateline's credit on a line of its own ----------------------------------------------
#: A dateline and its bracketed credit alone on a line, no prose after it ("MOSCOW, April 10
#: (RIA Novosti)", "KYIV, 3 March (Ukrinform)."): an agency's own page closes or opens its
#: story so; the bracket names the outlet (read as a dateline's bracket is). The place in
#: capitals, a comma, a date of a few words with a figure, the bracket last.
DATE_LINE_CREDIT_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_.' -]{1,30}?),\s+(?P<when>[^()\d]{0,20}\d[^()]{0,20}?)\s*"
    r"[(\[](?P<src>[^()\[\]\d]{2,40})[)\]]\s*[.—–-]*\s*$")
#: The outlet's bracketed name BEFORE the date on a line of its own, under the headline
#: ("(People's Daily Online) 11:35, November 23, 2022"): the date left after it must be a
#: date line alone (:func:`normalizer.text.dates.split_date_line`).
DATE_LINE_LEAD_CREDIT_RE = re.compile(
    r"^\s*[(\[](?P<src>[^()\[\]\d]{2,40})[)\]]\s*(?P<when>[^()\[\]]{0,40}\d[^()\[\]]{0,40})$")
#: A dateline naming the outlet before a bar, German papers' opener ("TOKIO taz | Im Café
#: ...", "BERLIN taz | Die ..."): the place in capitals (up to three words), the outlet's
#: name (up to three words, no bar), the bar, the prose.
BAR_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'.-]+(?:[ -][^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'.-]+){0,2})"
    r"\s+(?P<src>[^\s|｜]{2,25}(?:\s[^\s|｜]{2,25}){0,2}?)\s+[|｜]\s+(?=\w)")

# --- An outlet signing in the author slot (heldout6's credit slots) -------------------------
#: What follows an outlet's name in the author slot before the date or the next credit
#: ("CBC News · Posted: ...", "De Graiul Maramureşului - 25 februarie 2022"): the name
#: before it is the slot's signature, not a sentence.
SLOT_NAME_SEPARATORS = "·•|-–—"
#: A copyright line in the author slot naming its holder in quotes ("© Служба новостей
#: «URA.RU»": the news service of URA.RU): the quoted name is the outlet.
SLOT_QUOTED_HOLDER_RE = re.compile(
    r"^\s*(?:©|ⓒ|\([cC]\))\s*[^«»\"“”„]{0,40}?[«\"“„](?P<name>[^«»\"“”„]{2,40})[»\"”“]\s*$")
#: A dateline opened by the site's own web address, then the place in capitals and a dash
#: ("jpnn.com, JAKARTA - ..."): the site credits the story (the page's credit reader), and
#: the paragraph is the story's lead, never a picture's caption (the cleaner). One pattern
#: for both: the address (``name``) in any case, the place in Latin or Cyrillic capitals.
SITE_DATELINE_RE = re.compile(
    r"^\s*(?P<name>[^\W_][\w-]{1,30}(?:\.[\w-]{2,30})?\.[A-Za-z]{2,6})\s*,\s*"
    r"(?P<place>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,40}?)\s*(?:--|[-–—])\s")
SITE_DATELINE_MARK = "."  # in every line the pattern above finds: tested first
#: ... its place in title case, the mark after it lost when the page was flattened (a
#: portal's "Liputan6.com, Jakarta Kabar bahagia ...": the place is one word, and the
#: story's first word, capitalised, follows it; round 44).
SITE_OPENER_RE = re.compile(
    r"^\s*(?P<name>[^\W_][\w-]{1,30}(?:\.[\w-]{2,30})?\.[A-Za-z]{2,6})\s*,\s*"
    r"(?P<place>[A-ZÀ-Þ][^\W\d_]{2,20})\s+(?=[A-ZÀ-Þ])")
#: Words after the comma that are a company's legal form, no place ("Amazon.com, Inc.").
SITE_OPENER_NOT_PLACES = frozenset(("inc", "ltd", "llc", "plc", "corp", "co", "limited"))
#: How many characters of a paragraph are read for a site dateline.
SITE_DATELINE_READ = 80
#: An agency's dateline that names the agency first, then the place in capitals and the day
#: ("(AGENCY) - ROMA, 28 LUG - ..."): the bracket credits the story, the place is its
#: dateline. Read where the paragraph opens with a bracket only.
AGENCY_FIRST_DATELINE_RE = re.compile(
    r"^\s*\((?P<src>[^()\d]{2,30})\)\s*(?:--|[-–—])\s*"
    r"(?P<place>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,40}?)\s*,\s*\d{1,2}\s+[^\W\d_]{3,12}\.?"
    r"(?:\s+\d{4})?\s*(?:--|[-–—])\s")
#: A wire dateline naming the agency after the date, no bracket ("ABU DHABI, Dec 23, Reuter -
#: Gulf Arab states ...", the wires' style of the 1980s and 1990s as Usenet and newsletters
#: relayed them): the place in capitals, the month's word and the day, the agency, a dash.
#: The agency is read only where the outlets table knows it (a whole credit).
DATE_AGENCY_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}?)\s*,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"\s*,\s*(?P<src>[A-Z][\w.&]{1,20}(?:\s+[A-Z][\w.&]{1,20}){0,2})\s*(?:--|[-–—])\s+\S")
#: A dateline whose place is two or more places joined by slashes ("HONG KONG/GUANGZHOU, Jan.
#: 15 (Xinhua) -- ...", a dispatch filed from two cities): the first place stands for all of
#: them when the dateline's shapes are matched, and the dateline keeps them all as printed.
JOINED_PLACES_RE = re.compile(
    r"^\s*(?P<first>[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}?)"
    r"(?P<rest>(?:\s?/\s?[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}?)+)(?=\s*[,(])")
#: A Chinese-language reporter's bracket opening the story ("〔記者NAME／PLACE報導〕",
#: "【记者NAME/PLACE报道】"): the writer is the byline, the place the dateline.
REPORTER_BRACKET_RE = re.compile(
    r"^\s*[〔［【\[（(](?:記者|记者)(?P<names>[^／/〕］】\])）)]{2,24})[／/]"
    r"(?P<place>[^／/〕］】\])）)\s]{1,12}?)(?:報導|报道|電|电)[〕］】\])）)]")
REPORTER_BRACKET_OPENERS = "〔［【[（("
#: A paper's own reporter's bracket opening the story, the paper's name first and no slash
#: between the writer and the place ("【台灣醒報記者NAME台北報導】"): the paper is the story's
#: source (read for a paper the table knows), the writer its byline, the place its dateline.
#: Without a slash the writer is a two- or three-character name and the place the two
#: characters before 報導 (台北, 高雄); with one it is as :data:`REPORTER_BRACKET_RE`.
PAPER_REPORTER_BRACKET_RE = re.compile(
    r"^\s*[〔［【\[](?P<paper>[\u4e00-\u9fff]{2,8}?)(?:記者|记者)"
    r"(?:(?P<names>[\u4e00-\u9fff]{2,3})(?P<place>[\u4e00-\u9fff]{2})|(?P<names2>[^／/〕］】\]]{2,24})"
    r"[／/](?P<place2>[^／/〕］】\]\s]{1,12}?))(?:報導|报道)[〕］】\]]")
#: A relay's opening that names the paper it carries in title brackets, after its own
#: "SITE DATE消息：" ("东方网1月11日消息：据《新闻晨报》报道，..."): the paper is the story's
#: source, the relay site only carried it (as heldout18's World Journal relaying AFP).
RELAYED_PAPER_LEAD_RE = re.compile(
    r"^[\s\u3000]*(?:[^，,。：:《》]{1,20}?(?:消息|讯|訊)\s*[：:，,]\s*)?(?:据|據)\s*"
    r"《(?P<name>[^《》]{2,12})》\s*(?:报道|報導|报导|報道|消息)")
#: How many characters of a lead are read for that relay opening.
RELAYED_PAPER_LEAD_READ = 48
#: An agency's name alone in a bracket opening a Chinese-language story ("〔中央社〕58歲...",
#: "【中新社】..."): the outlet the table knows there credits the story (a whole-line bracket
#: is a sign-off, read elsewhere).
AGENCY_BRACKET_OPENER_RE = re.compile(
    r"^\s*[〔［【\[（(](?P<name>[\u3040-\u30ff\u3400-\u9fff]{2,8})[〕］】\])）)]\s*(?=\S)")
#: How the writers in that bracket are listed ("甲、乙").
REPORTER_NAMES_SPLIT_RE = re.compile(r"\s*[、,，]\s*")
#: A follow button's word pasted after the writer's name on a byline line ("By Jane Doe
#: Follow"): not part of the name.
FOLLOW_BUTTON_WORDS = frozenset(("follow", "folgen", "suivre", "seguir", "segui", "volg",
                                 "følg", "följ", "obserwuj", "takip et", "seuraa"))

#: A newspaper's credit for the day's print edition a web story comes from ("From
#: Tuesday's Globe and Mail", "From Saturday's Times"): the paper is the story's source.
PRINT_DAY_CREDIT_RE = re.compile(
    r"^\s*From\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|this\s+week)['’]s\s+"
    r"(?:print\s+edition\s+of\s+(?:the\s+)?)?(?P<name>[^\W\d_][\w&.' -]{1,60}?)\s*$",
    re.IGNORECASE)


#: A writer's bio line under the story naming the outlet the writer reports for ("Jane Doe is
#: a reporter for BuzzFeed News and is based in Los Angeles.", "John Roe is a senior
#: correspondent at Example Times."): the writer's name, a reporter's role, "for"/"at", the
#: outlet. Read only where the name is one of the story's bylines (the writer of this story
#: reports for that outlet). "X is an editor of Y" or a columnist's bio naming a book names
#: no publisher of the story.
WRITER_ROLE_WORDS = ("reporter", "correspondent", "staff writer", "writer", "journalist",
                     "staff reporter", "news reporter", "bureau chief",
                     # an editor at or for the outlet works there ("an associate editor at
                     # ESPNcricinfo", round 44); "an editor of" a book names no employer
                     "editor")
WRITER_BIO_RE = re.compile(
    r"^\s*(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+is\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(WRITER_ROLE_WORDS, key=len, reverse=True))
    + r")\s+(?:for|at|with)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
    r"(?=[\s,.;]|$)")


#: The same bio with the outlet before the role ("Jane Doe is a Bloomberg Opinion columnist.",
#: "Jane Doe is a Reuters correspondent"), the writer's sentence also run into the line
#: before it ("... and its owners.Jane Doe is ..."), and a columnist too: the outlet runs
#: the column. The outlet's words may end in its desk's (:data:`BIO_DESK_WORDS`); read only
#: for an outlet the table knows (capitalised words before a role are a title as often:
#: "a Senior Staff writer").
WRITER_BIO_OUTLET_FIRST_RE = re.compile(
    r"(?:^|(?<=[.!?])\s*)(?P<name>[A-Z][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+is\s+"
    r"(?:an?|the)\s+(?P<outlet>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+(?:senior\s+)?(?:"
    + "|".join(sorted((*WRITER_ROLE_WORDS, "columnist"), key=len, reverse=True)) + r")\b")
#: A desk's word closing an outlet's name in a writer's bio ("Bloomberg Opinion").
BIO_DESK_WORDS = ("Opinion", "Opinions", "View", "Views", "Ideas")


#: How many characters of a Chinese lead are read for the agency it reports.
CJK_WIRE_LEAD_READ = 20
#: A Chinese lead that opens on the agency it reports ("法新社消息称，..." = "AFP reports
#: that ...", "据路透社报道，...", "路透社報導稱："): the agency is credited, the outlet that
#: writes the story stays its source. The verbs of reporting that follow the agency's name.
CJK_WIRE_LEAD_VERBS = ("消息称", "消息稱", "报道称", "報導稱", "报道", "報導", "报导", "報道")
CJK_WIRE_LEAD_RE = re.compile(
    r"^[\s\u3000]*(?:据|據)?\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*(?:"
    + "|".join(sorted(CJK_WIRE_LEAD_VERBS, key=len, reverse=True)) + r")\s*[，,：:]")


# --- Lines that are no site's name (the page's controls, read where a page's name is looked for)
#: A control's word opening a line ("ABONNIEREN SIE UNSEREN NEWSLETTER", "Odpowiedz" under each
#: reader comment, "Reply", "Subscribe now"): a button's or a call's, never a site's name.
#: (dumps11b: SportoweFakty's reply buttons; dumps10: Tageblatt's newsletter call.)
CONTROL_WORDS = frozenset((
    "reply", "odpowiedz", "antworten", "répondre", "responder", "rispondi", "antwoorden",
    "yanıtla", "cevapla", "ответить", "відповісти", "odpovědět", "odpovedať", "svara", "svar",
    "comment", "comments", "kommentieren", "kommentare", "commenter", "comentar", "commenta",
    "komentuj", "komentarze", "subscribe", "abonnieren", "abonnez-vous", "abonnez", "abonner",
    "suscríbete", "suscribirse", "iscriviti", "abbonati", "assine", "prenumeruj", "zapisz",
    "zasubskrybuj", "abone", "подписаться", "підписатися", "berlangganan", "share", "teilen",
    "partager", "compartir", "condividi", "udostępnij", "paylaş", "поделиться", "print",
    "drucken", "imprimer", "imprimir", "stampa", "drukuj", "download", "herunterladen",
    "télécharger", "descargar", "scarica", "pobierz", "like", "gefällt", "polub", "beğen",
))
#: The first letter of a script written without spaces between words (CJK radicals, kana,
#: ideographs, hangul).
UNSPACED_SCRIPT_START = "\u2e80"
#: How a control's label ends in a script written without spaces: a button that goes back or
#: up ("検索一覧画面へ戻る", back to the result list; "このページのＴＯＰへ", to this page's top;
#: "返回首页"; "목록으로 돌아가기"). Its first word is the whole label, so
#: :data:`CONTROL_WORDS` cannot see it; read on a short line only, folded NFKC ("ＴＯＰ").
CONTROL_ENDINGS = ("戻る", "もどる", "トップへ", "topへ", "先頭へ", "返回", "돌아가기")
CONTROL_STARTS = ("返回",)
#: The longest such label (characters).
CONTROL_LABEL_MAX_CHARS = 20
#: A pager's words ("Önceki" / "Sonraki", "Previous" / "Next"): a line of nothing but these,
#: spaced or glued together ("ÖncekiSonraki", "« Prev Next »"), is a pager's, no name.
PAGER_WORDS = frozenset((
    "previous", "prev", "next", "older", "newer", "back", "önceki", "sonraki", "zurück",
    "weiter", "vorherige", "nächste", "précédent", "précédente", "suivant", "suivante",
    "anterior", "siguiente", "precedente", "successivo", "successiva", "poprzedni",
    "poprzednia", "następny", "następna", "предыдущая", "следующая", "назад", "далее",
    "vorige", "volgende", "föregående", "nästa", "forrige", "neste", "næste", "edellinen",
    "seuraava", "előző", "következő", "předchozí", "další", "sebelumnya", "selanjutnya",
    "berikutnya", "trước", "sau", "前へ", "次へ", "上一页", "下一页", "上一篇", "下一篇", "이전", "다음",
))
#: A breadcrumb's mark ending a line or standing between its parts ("Home>>", "Home › World",
#: "Startseite > Politik"): the line is a path of sections, no name.
BREADCRUMB_RE = re.compile(r"(?:>>|[»›>])\s*$|\s[»›>]\s")
#: How a name glues two pager words without a space ("ÖncekiSonraki"): a lower letter, then
#: a capital.
GLUED_WORDS_RE = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÞĞİŞÖÜА-ЯЁ])")


# --- Bylines that name no person ------------------------------------------------------------
#: Words that stand in no person's name but in a section's, a desk's, a site's tagline or a
#: theme's credit taken for a byline ("Tech Industry", "Tech Insider", "CNN Business",
#: "Poetic Themes"): a byline holding one names no writer. (With
#: :data:`SLOT_NOT_NAME_WORDS`.)
BYLINE_NOT_NAME_WORDS = frozenset((
    "tech", "technology", "industry", "insider", "business", "politics", "science", "health",
    "culture", "entertainment", "lifestyle", "opinion", "world", "markets", "economy",
    "themes", "theme", "media", "digital", "online", "newsroom", "bureau", "magazine",
    "editor-at-large", "wire", "services",
))


# --- A courtesy credit under the story --------------------------------------------------------
#: Labels thanking the outlet that lent the story ("Dzięki uprzejmości: PAP - Nauka w Polsce",
#: "Courtesy of Reuters"): under the story's last paragraph, with no picture between, the
#: agency named is the story's teller (a picture's courtesy line stands under the picture).
COURTESY_LABELS = ("dzięki uprzejmości", "by courtesy of", "courtesy of", "courtesy",
                   "mit freundlicher genehmigung von", "mit freundlicher genehmigung",
                   "avec l'aimable autorisation de", "por cortesía de", "por cortesia de",
                   "per gentile concessione di", "met dank aan")
COURTESY_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, sorted(COURTESY_LABELS, key=len, reverse=True)))
    + r")\s*:?\s*(?P<name>[^\W\d_][^:()]{1,60}?)\s*[.]?\s*$", re.IGNORECASE)
#: The codes of a site's language switch, alone on a line in capitals ("HU", "EN | DE"):
#: a control atop the page, no name (dumps12b: the Budapest Beacon's "HU").
LANGUAGE_SWITCH_CODES = frozenset((
    "en", "hu", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "cs", "sk", "ro", "bg", "hr",
    "sr", "sl", "nl", "sv", "da", "no", "fi", "et", "lv", "lt", "el", "tr", "ar", "fa", "he",
    "zh", "ja", "ko", "vi", "th", "id", "ms", "ca", "eu", "gl",
))
#: A broadcaster's band and frequency alone on a line ("AM 870", "FM 100.1", "98.5 FM"): the
#: station's dial in a radio network's header (a network lists its stations so), no site's
#: name (dumps27: Radio Nacional's header opens with its capital's "AM 870").
FREQUENCY_LINE_RE = re.compile(
    r"^\s*(?:(?:AM|FM|MW|DAB\+?)\s*\d{2,4}(?:[.,]\d{1,2})?(?:\s*(?:MHz|kHz))?"
    r"|\d{2,4}(?:[.,]\d{1,2})?\s*(?:MHz|kHz\s*)?(?:AM|FM))\s*$", re.IGNORECASE)
#: Who a follow-us line asks to be followed when it names no one ("Follow us on X",
#: "Folgen Sie uns", "Suivez-nous"): a name ending in one is never a site's, and a line of
#: two words or more ending in one ("Alertez-nous", "Contact us") is a call to the reader.
FOLLOW_PRONOUNS = frozenset({"us", "uns", "nous", "-nous", "nos", "noi", "ci", "nas", "nós",
                             "ons", "oss", "os", "me", "mich", "moi"})
#: ... and the calls that glue the pronoun to the verb ("Síguenos en Twitter", "Seguici su
#: Facebook"): no name either.
FOLLOW_US_WORDS = frozenset({"síguenos", "siguenos", "síganos", "siganos", "seguinos",
                             "seguínos", "seguici", "suivez-nous", "siga-nos", "sigam-nos",
                             "segue-nos", "folgt", "sledujte", "obserwuj"})
#: A letter: a line without one ("7°", "16+", "+7 353") is a reading, a rating or a phone
#: number, never a name (a magazine may be one letter: "W").
LETTER_RE = re.compile(r"[^\W\d_]")

# --- Copyright notices ------------------------------------------------------------------------
#: The holder of a copyright notice that goes on after its first sentence ("© 2022,
#: BreakingBelizeNews.com. This article is the copyrighted property of ...", "© Copyright
#: 2012 Associated Press. All rights reserved. This material may not be published ...":
#: the sign and the word both).
COPYRIGHT_HOLDER_RE = re.compile(
    r"^\s*(?:©|ⓒ|\(c\)|copyright\b)\s*(?:[©ⓒ]|copyright\b)?\s*(?:(?:19|20)\d\d\s*[,–-]?\s*)*"
    r"(?P<holder>[^.|;]{2,60}?(?:\.[a-z]{2,6})?)\s*[.|;]", re.I)


# --- An agency told the news -------------------------------------------------------------------
#: An agency a story's opening names as the one it was told to, the way Russian-language
#: agencies write it ("Об этом ИА REGNUM сегодня, 4 января, сообщили в мэрии": "this was told
#: to the news agency REGNUM"; "Про це агенції X повідомили"): the agency's marker (ИА, МИА,
#: "агентству"), then its name. The counterpart of the teller's formula of
#: :data:`normalizer.cues.openers.AGENCY_TELLS_RE` ("Как передает X"); read only for an agency
#: the outlets table knows, only where nothing else credits the story.
AGENCY_TOLD_RE = re.compile(
    r"(?:^|[.!?]\s+)(?i:об\s+этом|про\s+це)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:МИА|ИА|агентству|агентства|агенції|агентству)\s+[«\"“]?"
    r"(?P<name>[^\W\d_][^,.;:«»\"“”()\n]{1,40})")

#: The same in Polish, where an agency's own copy names itself as the one spoken to ("Jak
#: powiedział w rozmowie z PAP prof. X", "– powiedziała PAP rzeczniczka", "poinformował PAP"):
#: "in a conversation with", or a verb of saying, then the agency's name. Read like
#: :data:`AGENCY_TOLD_RE`: only an agency the outlets table knows, only where nothing else
#: credits the story.
AGENCY_INTERVIEW_RE = re.compile(
    r"(?:^|[\s,(–—-])(?:w\s+rozmowie\s+z|(?:powiedzia|poinformowa|przekaza|oświadczy)"
    r"(?:ł|ła|li|ły)(?:\s+w\s+rozmowie\s+z)?)\s+(?P<name>[^\W\d_][^\W\d_.-]{1,14})"
    r"(?=[\s,.;:)]|$)")

# --- A news database's record line ---------------------------------------------------------
#: The line a news database's export prints over each record, naming the publication the
#: record was clipped from among the record's other fields; that publication is the story's
#: source, never the database, the export's folder or the section field beside it. Shapes
#: (round 19, dumps14/14b), each read as the line prints the name:
#: - fields apart by slashes, the publication right before the record's date (a clipping
#:   service's "Trouw / 21-06-2013 / pagina 004 / (handmatig geknipt)", after a kind
#:   field in "Eigen artikel / NRCnext / 21-06-2013 / ()");
#: - the publication in quotes, then its issue and "vom" and the date (APA DeFacto's
#:   '"Der Standard" vom 02.04.2013 Seite: 1 Ressort: SEITE 1', '"NÖ Nachrichten" Nr.
#:   14/2013 vom 02.04.2013 Seite: 23');
#: - a tagged field line whose tag is a source field's (:data:`RECORD_SOURCE_TAGS`:
#:   Integrum's "^ИС: Московские новости").
RECORD_SOURCE_TAGS = ("ИС",)
RECORD_SOURCE_RES = (
    re.compile(r"^\s*(?:[^/\n]{1,40}\s/\s)?(?P<name>[^\W\d_][^/\n]{0,60}?)\s/\s"
               r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\s/"),
    re.compile(r'^\s*["„“”](?P<name>[^"„“”\n]{2,60})["“”]\s+(?:Nr\.\s*\S{1,20}\s+)?'
               r"(?:vom|von)\s+\d{1,2}\.\s*\d{1,2}\.\s*(?:19|20)\d\d\b"),
    re.compile(r"^\s*\^(?:" + "|".join(map(re.escape, RECORD_SOURCE_TAGS)) + r")\s*:\s*"
               r"(?P<name>[^\W\d_][^\n]{0,60}?)\s*$"),
)
#: How far (in characters) a record line runs: longer lines are text that quotes one.
RECORD_SOURCE_MAX_CHARS = 160

#: A news database's byline field ("BYLINE: By KURT SCHORK, --(Reuter)", LexisNexis): a wire
#: agency it names after the writer filed the story the record's publication printed, and
#: is the story's source over that publication.
RECORD_BYLINE_RE = re.compile(r"^\s*BYLINE\s*:\s*(?P<names>\S.{0,120}?)\s*$")

# --- A news database's field block -----------------------------------------------------------
#: A database export's record head prints its fields one to a line (Factiva: the headline,
#: the author, the length, the date, the publication, the publication's code, the page, the
#: language, the © line). The publication is the line right under the record's date whose
#: next line is the database's code of that publication: a run of capital letters alone
#: ("Der Tagesspiegel Online" over "TAGON", "bild.de" over "BILDE", "Weltwoche" over
#: "WELTW"). Read only in a head that also holds a length field (:data:`RECORD_LENGTH_RE`), so
#: a page's date, section and shouted label ("SPORT") are not taken for one.
RECORD_CODE_RE = re.compile(r"^[A-Z]{3,8}$")
#: A record's length field: a count and its unit ("1285 Wörter", "556 words", "8165 字"); not
#: a share counter's thousands or millions ("1k", "2M").
RECORD_LENGTH_RE = re.compile(r"^(?:\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?![kKmM]$)[^\W\d_]{1,12}\.?$")
#: The longest publication line of a record's field block.
RECORD_FIELD_NAME_MAX_CHARS = 60

# --- A publishing house's © line ---------------------------------------------------------------
#: Words that make a © holder the publishing house of a paper, not the paper ("Spiegel Verlag
#: Rudolf Augstein GmbH & Co KG", "Verlag Der Tagesspiegel GmbH", "Weltwoche Verlags AG",
#: "Guardian Newspapers Limited"): the paper is the name on the house word's one side
#: (before it, else after it) where the outlets table knows that name.
PUBLISHING_HOUSE_RE = re.compile(
    r"(?:^|\s)(?:verlag|verlags|verlagsgruppe|verlagshaus|zeitungsverlag|publishing|"
    r"publications|newspapers)(?=\s|$)", re.I)
#: A company's legal forms at the end of a © holder, any number of them ("GmbH & Co KG").
COMPANY_FORMS_RE = re.compile(
    r"(?:[\s,&]+(?:gmbh|ag|kg|co|inc|ltd|llc|plc|limited|sa|s\.a|bv|nv|ab|as|oy)\.?)+\s*$", re.I)

# --- The outlet a post's pasted chrome names ---------------------------------------------------
# An editor who pastes a story into a post pastes the page's notices with it; the cleaner
# takes them out, but the outlet they name is the page's own, so where nothing in the story
# credits a source, these name it (read by ``attribute.pasted_chrome_source``).
#: The notice's own label before it ("告知:", "Note:"), when it has one.
_NOTICE_LABEL = r"^\s*(?:[^\W\d_]{2,12}\s*[:：]\s*)?"
#: A site's notice that the pages it links to are not its own ("The BBC is not responsible
#: for the content of external sites", "告知: BBC 不对外来网站内容负责"): the name it clears
#: is the site's. A feed's notice that names a third party ("... provided by an independent
#: third party and Channel 4 is not responsible ...") runs longer than a name.
EXTERNAL_SITES_NOTICE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(_NOTICE_LABEL + r"(?:the\s+)?(?P<name>[^\W\d_][^:：.!?]{0,40}?)"
               r"\s+(?:is|are)\s+not\s+responsible\s+for\s+the\s+content\s+of\s+"
               r"(?:external|third[-\s]party|other)\s", re.I),
    re.compile(_NOTICE_LABEL + r"(?:la\s+|el\s+)?(?P<name>[^\W\d_][^:：.!?]{0,40}?)"
               r"\s+no\s+(?:se\s+hace|es)\s+responsable\s+del?\s+(?:los\s+)?contenidos?\s+de\s+"
               r"(?:los\s+)?sitios\s+(?:web\s+)?externos", re.I),
    re.compile(_NOTICE_LABEL + r"(?:a\s+|o\s+)?(?P<name>[^\W\d_][^:：.!?]{0,40}?)"
               r"\s+não\s+(?:se\s+responsabiliza|é\s+responsável)\s+pelo\s+conteúdo\s+de\s+"
               r"(?:sites|páginas)\s+externos", re.I),
    re.compile(_NOTICE_LABEL + r"(?P<name>[^\W\d_][^:：.!?]{0,40}?)"
               r"\s+не\s+нес[её]т\s+ответственност\w*\s+за\s+содержание\s+"
               r"(?:внешних|сторонних|других)\s", re.I),
    re.compile(r"^\s*(?:[^\W\d_]{2,4}\s*[:：]\s*)?(?P<name>[^\s:：，,]{2,30}?)\s*"
               r"不[对對](?:外[来來]|外部|其他)?(?:网站|網站|网页|網頁)(?:的)?内容[负負][责責]"),
)
#: A promo asking the reader to follow a named outlet on a network ("Follow BBC News on
#: Twitter", "Acompanhe o g1 no Instagram", "Suivez Le Monde sur Facebook"), in the line
#: or after an emoji or sentence before it; "us" names no one. The name may carry its
#: abbreviation and its tagline after a bar ("Follow Khaama Press (KP) | Afghan News Agency
#: on Twitter"): the outlet is the name before them. In Arabic the promo asks to follow
#: the news "from" the outlet "via" the network ("تابعوا أخبار الإمارات من البيان عبر غوغل
#: نيوز"): the name between the two (group ``name2``). In Chinese the promo asks to join or
#: follow the outlet's account, the name glued to the network's ("一起加入上報Telegram"):
#: group ``name3``.
_FOLLOW_NETWORKS = (r"(?:facebook|instagram|twitter|x|youtube|whatsapp|telegram|tiktok|linkedin|"
                    r"threads|bluesky|google\s+news)\b")
_FOLLOW_NETWORKS_AR = r"(?:غوغل\s+نيوز|جوجل\s+نيوز|فيسبوك|تويتر|إنستغرام|انستغرام|يوتيوب|تلغرام|تيليجرام|واتساب)"
OUTLET_FOLLOW_RE = re.compile(
    r"(?:^|[\s.!📲👉➡]\s*)(?:follow|acompanhe|siga|sigue|síguenos|suivez|folgen\s+sie|folge|segui)"
    r"\s+(?:o\s+|a\s+|the\s+|el\s+|la\s+|le\s+|il\s+)?(?P<name>[^\W\d_][\w.'’-]*"
    r"(?:\s+[\w.'’-]+){0,3}?)(?:\s*\([A-Z]{2,6}\))?(?:\s*[|–—]\s*[^|\n]{1,40}?)?"
    r"\s+(?:on|no|na|en|sur|auf|su|em)\s+(?:o\s+|el\s+)?" + _FOLLOW_NETWORKS +
    r"|(?:^|\s)(?:تابعوا|تابعونا|تابع)\s+(?:\S+\s+){0,4}?من\s+(?P<name2>\S+(?:\s+\S+){0,2}?)"
    r"\s+(?:عبر|على)\s+" + _FOLLOW_NETWORKS_AR +
    r"|(?:加入|追蹤|追踪|關注|关注|訂閱|订阅)(?P<name3>[^\W\d_a-zA-Z]{2,8}?)(?:的)?(?:官方)?\s*"
    r"(?:telegram|line|facebook|instagram|youtube|臉書|脸书|微博|微信|公眾號|公众号)", re.I)
#: ... or a promo for the outlet's own app ("Suivez les informations sur la guerre en
#: Ukraine avec l'application du Figaro", "Read more in the BBC News app", "Jetzt in der
#: Tagesschau-App"): the app is the outlet's, named before or after the word ("du" is "de
#: Le": the outlet "Le Figaro").
OUTLET_APP_RE = re.compile(
    r"\bl['’]appli(?:cation)?\s+(?:(?P<du>du)|de\s+la|de\s+l['’]|des|de)\s*"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,3})"
    r"|\b(?:the|die|der)\s+(?P<name2>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)[\s-]+app\b", re.I)
#: The page's own appeals to its readers, naming the outlet they keep going: a subscription
#: offer ("The best journalism in the state? The Springfield Times, as low as $2 a week.") and
#: a plea for support ("It means we can continue to make Metro Gazette available to
#: everyone."); the name is a known outlet's or in an outlet's shape. "us", "our journalism"
#: name no one.
OUTLET_APPEAL_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?:^|[.!?]\s+)(?P<name>[^\W\d_][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}?)\s*[,:–—-]\s*"
               r"(?:as\s+low\s+as|for\s+(?:just|only|as\s+little\s+as))\s+[$€£]\s?\d", re.I),
    re.compile(r"\b(?:keep|make|making|keeping)\s+(?P<name>[^\W\d_][\w.&'’-]*"
               r"(?:\s+[\w.&'’-]+){0,4}?)\s+(?:available|free|open|accessible)\s+"
               r"(?:to|for)\s+(?:everyone|everybody|all)\b", re.I),
)
#: A credits line that names the text's source beside the pictures' ("Das Gespräch führte
#: X. Text: F.A.Z. Bildmaterial: dapd, picture-alliance", "Texte : AFP | Photos : ..."): the
#: name after the text's label, up to the next label, bar or the line's end. Read where the
#: outlets table knows it (a caption's "Text: the mayor's letter" names no one).
TEXT_CREDIT_IN_LINE_RE = re.compile(
    r"(?:^|[.;|]\s+)(?:text|texte|texto|testo|tekst|teksti|текст|szöveg)\s*:\s*"
    r"(?P<name>[^\W\d_][^:;|]{1,40}?)(?=\s+[^\W\d_]{3,20}\s*:|\s*[;|]|\s*$)", re.I)
#: A picture's credit naming the photographer and the outlet's photo desk, in brackets
#: closing a caption ("... (Paula Duhatschek/CBC)", "(Photo: CNA/Gaya Chandramohan)") or
#: as a whole line ("David Unwin/Stuff"): the parts between the slashes.
PHOTO_DESK_RE = re.compile(r"(?:\((?:[^\W\d_]{2,12}\s*:\s*)?(?P<inner>[^()/]{2,40}(?:/[^()/]{2,40})+)"
                           r"\)\s*$|^\s*(?P<whole>[^\W\d_][^()/:]{1,40}(?:/[^()/:]{2,40})+)\s*$)")
#: ... or a labelled picture credit whose holder closes it after "©" ("Фото: Илья
#: Московец © URA.RU").
PHOTO_HOLDER_RE = re.compile(r"©\s*(?P<name>[^\W_][\w.'’ -]{1,30}?)\s*$")
#: ... its label anywhere in the line, glued to the caption's last word too ("...
#: добровольцемФото: ...").
PHOTO_LABEL_IN_LINE_RE = re.compile(r"(?:" + "|".join(map(re.escape, PHOTO_LABELS)) + r")\s*:",
                                    re.IGNORECASE)
#: ... or a line that is only a labelled picture credit ("Photo : Radio-Canada", "Фото: Дмитрий
#: Азаров, Коммерсантъ", "图像来源， BBC NEWS CHINESE"): its holder's parts (between slashes
#: and commas).
PHOTO_CREDIT_LINE_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, PHOTO_LABELS)) + r"|图像来源|圖像來源|图片来源|圖片來源)"
    r"\s*[:：，,]\s*(?P<holder>[^()\n]{2,60}?)\s*$", re.IGNORECASE)
#: ... or a Chinese note that the pictures are the outlet's reporter's ("本文图片除特别标注外，
#: 均为澎湃新闻记者NAME 图": unless marked, the pictures are by the outlet's reporter).
CJK_PHOTO_DESK_RE = re.compile(r"(?:图片|圖片|照片)[^。]{0,12}?(?:均为|均為|均由|为|為|由)"
                               r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:摄影)?(?:记者|記者)")

# --- A source label among a date line's segments (heldout20) -------------------------------
#: What parts the segments of a metadata line under the headline ("22/11/2020 - 04:30 -
#: Fonte: Agência Brasil - Foto: NAME/CLUB", "20.04.2026 | Kaynak: AA"): a dash or a bar
#: with spaces around it. The segments before a labelled one must be the date alone.
DATE_LINE_SEGMENTS_RE = re.compile(r"\s+[-–—|｜]\s+")
#: How long such a line may be.
DATE_LINE_LABEL_MAX_CHARS = 150

# --- A portal's copyright notice under the story it carries (heldout20) -----------------
#: How many text nodes under the story's last paragraph are read for the notice a portal
#: prints under every paper's story it carries ("Copyright ⓒ OUTLET. All rights
#: reserved."): the byline box ("OUTLET email@domain") and the notice come right after it.
PORTAL_NOTICE_NODES = 4
#: ... the byline box naming the outlet with its mail address ("뉴스타파 webmaster@newstapa.org").
OUTLET_MAIL_RE = re.compile(r"^[^\s@]{2,30}(?:\s[^\s@]{2,30}){0,2}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")

# --- An outlet opening the post's title (round 24, the themes' pasted posts) ----------------
#: An aggregator's post title that opens with the outlet whose story it reposts, then a colon
#: ("AP: IMF dims outlook for 2023", "Agência Brasil: Goiás supera Palmeiras"): the editor's
#: credit, where the pasted story prints none of its own. Read only for an outlet the
#: outlets table knows ("Analysis:", "Lavrov:", "Moscow:" open titles too), never the page's
#: own outlet, and only for a post of one story (a roundup's title names its first story).
TITLE_OUTLET_RE = re.compile(r"^\s*(?P<name>[^\W\d_][^:：|\n]{1,40}?)\s*[:：]\s+\S")
#: ... an outlet the table does not know, where the editor's title is the outlet, a colon and
#: the story's own headline (or its first words, cut with "…"), the headline printed again
#: under it: "ConservativeHQ: Beware Soros's …" over "Beware Soros's "Rented Evangelicals"".
#: The name is then no part of the headline ("Lavrov: We will respond" is the headline
#: itself), and is read only in an outlet's shape (an organisation word, a CJK outlet's
#: ending, an acronym, a domain, or one joined word of two capitalised parts, "BuzzFeed",
#: "ConservativeHQ"), never where the story's opening names it (a dateline's place:
#: "YANGON: Burmese dissident…" over "YANGON, Myanmar — ..."). How many letters of the
#: headline the title must repeat, at least:
RETITLED_HEADLINE_MIN_CHARS = 12
#: ... how much of the story's text is its opening, where a dateline's place stands.
RETITLED_OPENING_CHARS = 80
#: ... one joined word of capitalised parts, the first of four letters or more ("McDonald",
#: "DeSantis", "MacArthur" are people's names).
JOINED_OUTLET_WORD_RE = re.compile(r"[A-Z][a-z]{3,}(?:[A-Z][A-Za-z]*)+")

# --- An outlet quoted as reporting (round 24) --------------------------------------------------
#: A summary's formula for the outlet it quotes, opening the quotation with a colon: "The Los
#: Angeles Times reports: "...", "Ars Technica writes: '...'" (the way link blogs and
#: Slashdot-style aggregators repost a story): the story is that outlet's. Read only in the
#: story's opening paragraphs, for an outlet the table knows, where nothing else credits it.
REPORTS_QUOTE_RE = re.compile(
    r"(?:^|[.!?…]\s+|[.!?…][\"”’]\s+)(?P<name>[^\W\d_][\w.&'’ -]{1,40}?)\s+"
    r"(?:reports|writes|explains|notes)\s*:\s*[\"“‘'«]")

# --- An outlet told the news, in Chinese and Arabic (round 24) ---------------------------------
#: The outlet a story's people speak to, the way an outlet's own copy names itself as the one
#: told (the counterpart of :data:`AGENCY_TOLD_RE` and :data:`AGENCY_INTERVIEW_RE`): Chinese
#: "告诉《中国日报》" ("told China Daily"), "接受《X》记者采访" ("interviewed by X's reporter"),
#: "对《X》记者表示" ("said to X's reporter"); Arabic "قال ... لبي بي سي" ("said to the BBC",
#: the preposition glued to the name) after a verb of saying or "التعليق" (to comment). Read
#: only for an outlet the table knows, only in the story's text, where nothing else credits it.
OUTLET_TOLD_RES = (
    re.compile(r"(?:告诉|告訴)《(?P<name>[^《》\n]{2,12})》"),
    re.compile(r"接受《(?P<name>[^《》\n]{2,12})》(?:记者|記者)?(?:的)?(?:专访|專訪|采访|採訪)"),
    re.compile(r"(?:对|對|向)《(?P<name>[^《》\n]{2,12})》(?:记者|記者)?(?:表示|说|說|透露)"),
    re.compile(r"(?:قال|قالت|وقال|وقالت|يقول|تقول|صرح|صرّح|أكد|أضاف|التعليق)"
               r"[^.!?؟\n]{0,120}?(?<!\w)لـ?\s?(?P<name>[\u0600-\u06ff][\u0600-\u06ff ]{1,30})"),
)
#: How many words of an Arabic name after the glued preposition are tried, longest first.
OUTLET_TOLD_MAX_WORDS = 4
