"""How stories open and sign off in other scripts and page layouts: data read by the
splitter (datelines and feed openers).

Gathered from the real dump corpus (``tests/fixtures/real/dumps``) and issue 16's
examples of news feeds in Persian, Arabic and German: outlets write their names in
their own scripts ("(CNN) --" after an Arabic place, "【6月18日 AFP】" in Japanese),
datelines carry a country in brackets ("CITY (Country) (AGENCY) -") or a place with a
slash ("Frankfurt/Main (dpa) -"), a byline may stand before the dateline on the same
line ("By NAME PLACE (Reuters) -"), and feeds open an item with the outlet's name and a
colon ("ایسنا: ...", "PLACE: Outlet -").

Outlet names, in every script and as © lines spell them, are rows of the one outlets
table (:mod:`normalizer.cues.outlets`, ``outlets.tsv``); the shapes here only say where
a name stands.
"""
from __future__ import annotations

import re

_PLACE_ANY = r"[^\W\d_][^()\n\d]{0,40}?"
#: Datelines beyond the Latin capitals the main table knows. Each names ``place`` and
#: ``src`` (the outlet, checked against the outlets table by the caller).
DATELINE_RES = (
    # "By Jane Doe NEW DELHI (Reuters) -": a byline before the dateline
    re.compile(r"^(?:By|BY|Por|Von|Par)\s+(?P<byline>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
               r"\s+(?P<place>[A-Z][A-Z.'’\- ]{1,40}?)\s*(?:\((?P<country>[^()]{2,30})\)\s*)?"
               r"\((?P<src>[^()]{2,40})\)\s*(?:--|[-–—:])\s*(?=\S)"),
    # "Frankfurt/Main (dpa) -", "NEW YORK (Country) (Reuters) -", "دمشق، سوريا (CNN) --"
    # (a dash a page's bytes turned into a quote is restored before: see BROKEN_DASH_RE)
    re.compile(rf"^(?P<place>{_PLACE_ANY})\s*(?:\((?P<country>[^()]{{2,30}})\)\s*)?"
               r"\((?P<src>[^()]{2,40})\)\s*(?:--|[-–—:]|\.-)\s*(?=\S)"),
    # "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) It is ...": the outlet that
    # ran it, a slash, and the agency it came from, then the date: the agency is the source
    re.compile(r"^(?P<place>[^\W\d_][^()\n\d]{1,40}?)\s*\((?:[^()/]{1,40}/\s*)?"
               r"(?P<src>[^()/\d]{2,30}?)\s*[-–—,]\s*(?P<when>[^()]{0,30}\d[^()]{0,20})\)\s*(?=\S)"),
    # "【6月18日 AFP】": the Japanese and Chinese wire opener
    re.compile(r"^[【\[](?P<when>[^】\]]{0,20}?)\s*(?P<src>[A-Za-z/ ]{2,20})[】\]]\s*(?P<place>)"),
    # "NEW DELHI, Jan 5 (PTI) The ...", "New Delhi [India], January 5 (ANI): ...",
    # "Jerusalem, 5. Januar (KNA) Die ...": the Indian and German agencies' bracket with
    # no dash after it (a date before the bracket tells it from a name and an aside)
    re.compile(r"^(?P<place>[A-ZÀ-Þ][\w.'’ -]{1,40}?)(?:\s*\[(?P<country>[^\[\]]{2,30})\])?,"
               r"\s*(?P<when>[^()\[\]]{1,30}?\d[^()\[\]]{0,20}?)\s*\((?P<src>[^()]{2,30})\)"
               r"\s*[:\-–—]?\s*(?=[A-ZÀ-Þ\"“‘'])"),
    # "NEW YORK, Jan. 5, 2023 /PRNewswire/ -- ", "МОСКВА, 5 января. /ТАСС/. ": the press
    # release wires' and TASS's slashes
    re.compile(r"^(?P<place>[^\W\d_][^/()\n\d]{1,40}?),\s*(?P<when>[^/()\n]{1,40}?)[.,]?\s*"
               r"/(?P<src>[^/\n]{2,40})/\s*[.:]?\s*(?:--|[-–—])?\s*(?=\S)"),
    # "新华社北京1月5日电", "中新网上海1月5日电": the Chinese agencies' opener ("专电", a
    # special dispatch: "新華網南京１月１７日專電")
    re.compile(r"^(?P<src>[\u4e00-\u9fff]{2,5}?[社网網])(?P<place>[\u4e00-\u9fff]{2,8}?)"
               r"(?P<when>\d{1,2}月\d{1,2}日)[专專]?[电電讯訊]"),
    # "【共同】", "【ソウル共同】": the Japanese agencies' bracket
    re.compile(r"^【(?P<place>[\u3040-\u30ff\u4e00-\u9fff]{0,10}?)(?P<src>共同|時事|ロイター|"
               r"AFP|AP|新華社|聯合|連合)】"),
    # "(서울=연합뉴스) 홍길동 기자 =": the Korean agencies' bracket, place and outlet
    re.compile(r"^[(（](?P<place>[\uac00-\ud7af\w ]{1,12}?)\s*=\s*(?P<src>[^()（）=]{2,20}?)\s*[)）]"),
    # "JAKARTA, KOMPAS.com -", "Tehran, IRNA -": a place, a comma and the outlet
    re.compile(r"^(?P<place>[^\W\d_][^,:()\n\d]{1,30}?),\s*(?P<src>[^\W\d_][^,:()\n]{1,30}?)"
               r"\s*(?:--|[-–—])\s+(?=\S)"),
    # "ایسنا: ...", "PLACE: Outlet -": an outlet's name and a colon, in any script
    re.compile(r"^(?:(?P<place>[^\W\d_][^:()\n]{1,30}?)\s*:\s*)?"
               r"(?P<src>[^\W\d_][^:()\n\-–—]{1,30}?)\s*(?::|\s[-–—])\s+(?=\S)"),
)

#: A dash a page's bytes turned into a quotation mark after a dateline ("LONDON " AstraZeneca
#: says ...", "VENICE, Italy (AP) " The ..."): every dateline table reads the line with the
#: dash restored (the same length, so a match's ends stand for the line as written).
BROKEN_DASH_RE = re.compile(r'^([^"“”\n]{2,60}?\S) " (?=\S)')
BROKEN_DASH_FIX = r"\1 — "

#: The place of a dateline stops at a comma in any script ("دمشق، سوريا" -> "دمشق").
PLACE_CUT_RE = re.compile(r"\s*[,،、]\s*.*$")

#: The labels of a Chinese story's editors, one a line under its last paragraph: the
#: chief editor, the editor, the proof-reader, the reviewer (see :data:`CLOSING_CREDIT_RE`).
EDITOR_LABELS = ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "校对", "校對", "审核",
                 "審核", "编审", "編審", "审校", "審校")
#: The labels of a compiled story's sources in brackets at its end ("综合整理自", "compiled
#: from"; "资料来源", "material's sources").
COMPILED_FROM_LABELS = ("综合整理自", "綜合整理自", "综合编译自", "綜合編譯自", "综合自", "綜合自",
                        "编译自", "編譯自", "资料来源", "資料來源", "素材来源", "素材來源")

#: Credit lines that close a story beyond the main table's shapes ("Yurii Shyvala
#: contributed reporting.", "Additional reporting by ..."): story text, kept with the story
#: when a page's chrome follows it.
CLOSING_CREDIT_RE = re.compile(
    r"^(?:.{2,240}?\s+contributed\s+(?:reporting|research|to\s+this\s+(?:report|story))"
    r"(?:\s+from\s+.{2,60})?\.?"
    r"|[(\[]?(?:additional\s+|with\s+|based\s+on\s+)?(?:reporting|writing|editing)\s+by\s+.{2,200}?"
    r"[)\]]?\.?"
    r"|[(\[]?with\s+assistance\s+from\s+.{2,200}?[)\]]?\.?"
    # a Chinese story's editors after its last paragraph, the "(Editing by ...)" of its
    # papers ("责任编辑：李跃群", "校对：刘威", "(责编：牛镛、岳弘彬)", "【编辑：姚昊】"; round 48);
    # a writer's label ("记者：", "作者：") heads a story instead
    rf"|\s*[(（【\[]?\s*(?:{'|'.join(EDITOR_LABELS)})\s*[:：]\s*[^\s:：][^:：()（）【】]{{0,40}}?"
    r"[)）】\]]?"
    # ... and the outlets it was compiled from, in brackets ("(综合整理自澎湃新闻、智东西、雷锋网
    # 等)", "（资料来源：参考消息、海外网等）"), its "Based on reporting by ..."
    rf"|\s*[(（]\s*(?:{'|'.join(COMPILED_FROM_LABELS)})\s*[:：]?\s*[^()（）]{{2,80}}[)）]"
    r")\s*$",
    re.IGNORECASE)

#: An interview's closing credit, the interviewer named on a line of its own ("Das Gespräch
#: führte X.", "Die Fragen stellte X.", "Propos recueillis par X", "Entrevista realizada por
#: X", "Interview conducted by X"): it ends the story above and never heads one.
INTERVIEW_CREDIT_RE = re.compile(
    r"^[(\[]?\s*(?:das\s+(?:gespräch|interview)\s+führten?|die\s+fragen\s+stellten?"
    r"|interview\s+(?:conducted\s+)?by|propos\s+recueillis\s+par|entretien\s+réalisé\s+par"
    r"|entrevista\s+(?:realizada\s+)?por|intervista\s+(?:a\s+cura\s+)?di"
    r"|entrevista\s+feita\s+por|interview\s+afgenomen\s+door|het\s+gesprek\s+voerde"
    r"|rozmowę\s+przeprowadził[ao]?|беседовал[аи]?)\s+.{2,80}?[)\]]?\.?\s*$",
    re.IGNORECASE)

#: A newspaper's own reporting, named in its first lines: "The Telegraph can reveal",
#: "X has learned", "X exclusive:" -> the source is X.
OWN_REPORTING_RE = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:can\s+(?:now\s+)?reveal|has\s+learned|has\s+learnt|understands)\b"
    r"|^(?P<excl>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+exclusive\s*:")
#: A blog's "read the rest" link under an excerpt: chrome wherever it stands.
MORE_LINK_RE = re.compile(r"^[(\[]?\s*(?:more|read\s+more|weiterlesen|leer\s+más|lire\s+la\s+suite|"
                          r"читать\s+далее|ادامه\s+مطلب|المزيد|mehr|ver\s+noticia|"
                          r"ver\s+más|devamı|selengkapnya)"
                          r"\s*(?:…|\.\.\.)?\s*[)\]]?\s*[»›→]?$",
                          re.IGNORECASE)

#: Words that name a kind of outlet at the head of its name, in the scripts of the corpus:
#: a story opening "<kind> <name> -" or "<kind> <name> wrote:" credits that outlet even
#: when the outlets table does not know it ("خبرگزاری آریا - ...", "روزنامه جوان نوشت: ...").
OUTLET_KIND_RE = re.compile(
    r"^(?:خبرگزاری|روزنامه|هفته[\u200c ]?نامه|پایگاه\s+خبری|شبکه|وكالة|وکالة|صحيفة|جريدة|موقع|قناة"
    r"|news\s+agency|agencia|agence|nachrichtenagentur|zeitung|tageszeitung)\s+\S",
    re.IGNORECASE)
#: "<Outlet> wrote:" / "reported:" at the head of a story, in the corpus's languages.
OPENER_VERB_RE = re.compile(
    r"^(?P<name>[^\W\d_][^:：()\n]{1,40}?)\s+(?:نوشت|گزارش\s+داد|كتبت|كتب|ذكرت|أفادت"
    r"|schreibt|berichtet|meldet|writes|reports|reported)\s*[:：]\s*(?=\S)")

#: A press review's opener: the paper's name in quotation marks, perhaps its kind, and
#: "writes" ("«Հրապարակ» թերթը գրում է.", "Газета «Ведомости» пишет:", "„Bild“ schreibt:").
#: The quoted name is the story's source, as the page writes it.
_PRESS_KINDS = (r"газета|журнал|издание|агентство|видання|թերթը|թերթ|կայքը|"
                r"newspaper|daily|magazine|paper|zeitung|blatt|gazeta|dziennik|tygodnik|"
                r"journal|quotidien|diario|periódico|giornale|quotidiano|gazete|gazetesi|"
                r"noviny|deník|lapja|napilap|вестник|вестникът")
_PRESS_VERBS = (r"пишет|сообщает|пише|повідомляє|съобщава|գրում\s+է|հաղորդում\s+է|"
                r"writes|reports|schreibt|berichtet|meldet|écrit|rapporte|escribe|informa|"
                r"scrive|riporta|pisze|donosi|informuje|yazıyor|yazdı|píše|uvádí|írja")
QUOTED_OPENER_RE = re.compile(
    rf"^(?:(?:{_PRESS_KINDS})\s+)?[«„“\"](?P<name>[^«»„“”\"\n]{{2,40}})[»“”\"]\s+"
    rf"(?:(?:{_PRESS_KINDS})\s+)?(?:{_PRESS_VERBS})\s*[.:：]\s*(?=\S)", re.IGNORECASE)

#: Verbs of saying that end a quote's attribution ("او افزود: ...", "he added: ...",
#: "وأضاف: ...", "sagte er: ..."): a paragraph opening "<speaker> <verb>:" quotes a person,
#: it never names a feed's outlet, however often it recurs. Matched against the last word
#: of the would-be outlet name (lower-cased), in the languages of the news tagwire reads.
SPEECH_VERBS = frozenset((
    # fa
    "افزود", "گفت", "کرد", "داد", "نمود", "شد", "است", "اظهارداشت",
    # ar
    "قال", "وقال", "أضاف", "وأضاف", "تابع", "وتابع", "أكد", "وأكد", "أوضح", "وأوضح", "قالت",
    "وقالت", "أضافت", "وأضافت",
    # en, de, fr, es, pt, it, nl, tr, id, ru, uk
    "said", "says", "added", "adds", "told", "stated", "explained", "continued",
    "sagte", "sagt", "fügte", "erklärte", "betonte", "a déclaré", "déclare", "ajoute", "ajouté",
    "dijo", "añadió", "agregó", "afirmó", "disse", "afirmou", "acrescentou", "ha detto",
    "ha aggiunto", "zei", "voegde", "dedi", "ekledi", "kata", "katanya", "menambahkan",
    "сказал", "сказала", "добавил", "добавила", "заявил", "заявила", "сказав", "додав", "заявив",
))
SPEECH_PRONOUNS = frozenset(("او", "وی", "هو", "هي", "he", "she", "er", "elle",
                             "él", "ella", "ele", "ela", "lui", "lei", "hij", "zij", "он", "она"))


def quote_attribution(name: str) -> bool:
    """``name`` (the words before a colon) is a speaker and a verb of saying, or a bare
    pronoun: a quote's attribution, not an outlet's name."""
    words = name.casefold().split()
    if not words:
        return False
    return words[-1] in SPEECH_VERBS or " ".join(words[-2:]) in SPEECH_VERBS \
        or words[0] in SPEECH_PRONOUNS


#: A section's label over a list of other items from the same publisher or desk ("Weitere
#: Meldungen: Polizei Steinfurt", "More from Reuters", "Más noticias de Zulia", "Ещё
#: материалы", "Berita Lainnya"): chrome, never a story's headline. The label may stand
#: alone or name the desk after a colon. (The "see also" labels are
#: :data:`normalizer.cues.text.RELATED_LABELS`.)
MORE_FROM_RE = re.compile(
    r"^\s*(?:(?:weitere\s+(?:meldungen|nachrichten|artikel|beiträge)|mehr\s+(?:meldungen|nachrichten)"
    r"|more\s+(?:stories|news)|other\s+(?:stories|news)|m[áa]s\s+(?:noticias|notas)|otras\s+noticias"
    r"|autres\s+(?:articles|actualités)|altre\s+notizie|altri\s+articoli|mais\s+not[íi]cias"
    r"|outras\s+not[íi]cias|meer\s+(?:nieuws|berichten)|ander\s+nieuws|więcej\s+wiadomości"
    r"|inne\s+wiadomości|другие\s+новости|ещё\s+материалы|еще\s+материалы|інші\s+новини"
    r"|berita\s+lainnya|diğer\s+haberler|tin\s+khác"
    # Romanian (with the cedilla letters too), Hungarian, Czech, Slovak, Polish, Scandinavian,
    # Finnish, Greek
    r"|alte\s+(?:[șş]tiri|articole)|mai\s+multe\s+[șş]tiri|további\s+(?:cikkek|hírek)"
    r"|další\s+(?:články|zprávy)|ďalšie\s+(?:články|správy)|więcej\s+artykułów"
    r"|fler\s+(?:artiklar|nyheter)|flere\s+(?:artikler|nyheder|nyheter)|lisää\s+uutisia"
    r"|περισσότερα\s+άρθρα"
    r"|أخبار\s+أخرى|اخبار\s+دیگر|سایر\s+اخبار|اخبار\s+پیشنهادی|مطالب\s+مرتبط"
    r"|更多新闻|更多新聞|その他のニュース)"
    r"\s*(?:[:：»›>]\s*[^.!?。]{0,40})?"
    # the same labels naming the desk with a preposition ("More from Reuters")
    r"|(?:more\s+(?:stories\s+|news\s+|articles\s+|releases\s+)?from|latest\s+from|also\s+from"
    r"|weitere\s+meldungen\s+(?:von|aus)|m[áa]s\s+(?:noticias|notas|art[íi]culos)\s+de"
    r"|alte\s+[șş]tiri\s+(?:de|din)|mai\s+multe\s+de\s+la|további\s+(?:cikkek|hírek)"
    r"|plus\s+d['’](?:articles|actualités|infos)\s+de|المزيد\s+من)"
    r"\s+(?:[^.!?。]|\.(?=[a-z]{2,6}\b)){1,40})\s*$",  # (the dot of a domain: "Unica.md")
    re.IGNORECASE)


#: The names of the roles ARIA gives a page's live regions and landmarks ("status",
#: "alert", "navigation"): a flattened page may print one alone on a line where a widget
#: stood empty (a status bar atop it). Such a line names nothing: no site's name.
ARIA_ROLE_WORDS = frozenset((
    "status", "alert", "alertdialog", "banner", "complementary", "contentinfo", "dialog",
    "log", "main", "marquee", "navigation", "region", "search", "timer", "tooltip",
))


#: A page's account controls atop it, in any language ("Not logged in", "Log in now",
#: "ログイン今なら…ポイント", "登录", "로그인", "ورود به حساب"): chrome, however long the offer
#: glued to them.
ACCOUNT_LINE_RE = re.compile(
    r"^\s*(?:not\s+logged\s+in|log\s*in\b|sign\s+in\b|sign\s+up\b|create\s+an\s+account"
    r"|anmelden\b|einloggen\b|connexion\b|se\s+connecter|connectez-vous\b|identifiez-vous\b"
    r"|s'identifier\b|iniciar\s+sesi[óo]n|entrar\b|inloggen\b|zaloguj\b|logowanie\b"
    r"|log\s+ind\b|logga\s+in\b|logg\s+inn\b|kirjaudu\b|bejelentkezés\b|přihlásit\b"
    r"|accedi\b|войти\b|вход\b|увійти\b|giriş\s+yap|masuk\b|đăng\s+nhập"
    r"|ログイン|新規登録|登录|登入|注册|註冊|로그인|회원가입|ورود\b|تسجيل\s+الدخول)",
    re.IGNORECASE)


#: A pager's link to the next or previous page or article ("Next page: Security>>", "«
#: Previous article", "Nächste Seite", "Página siguiente"): chrome.
PAGER_RE = re.compile(
    r"^\s*[«‹<]*\s*(?:next|previous|prev|older|newer)\s+(?:page|article|story|post|entry)\b"
    r"|^\s*[«‹<]*\s*(?:nächste|vorherige)\s+(?:seite|artikel)\b"
    r"|^\s*[«‹<]*\s*(?:página|artículo)\s+(?:siguiente|anterior)\b"
    r"|^\s*[«‹<]*\s*(?:page|article)\s+(?:suivante|précédente)\b", re.IGNORECASE)


#: A story's source named inside its date or meta line, after the line's other fields:
#: "新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报" (CJK "manuscript source:"
#: labels), and a Japanese aggregator's "CNET Japan 3/9(木) 18:45配信" (outlet, date,
#: "delivered"). Read where the story names no source of its own.
INLINE_SOURCE_RES = (
    re.compile(r"(?:^|\s)(?:稿件来源|稿件來源|新闻来源|新聞來源|来源|來源|出处|出處|出典|출처)\s*[:：]\s*"
               r"(?P<name>[^\s:：()（）]{2,20})\s*$"),
    re.compile(r"^(?P<name>[^\d\s][^\n]{1,30}?)\s+\d{1,2}/\d{1,2}\s*[(（][^)）]{1,3}[)）]\s*"
               r"\d{1,2}:\d{2}\s*配信\s*$"),
)


#: A teaser's lead that ends with a link to the whole article ("... told reporters.  Full
#: Article", "... Weiterlesen »"): a story's teaser, never a box of the page's sidebar.
TEASER_END_RE = re.compile(r"(?:\s|^)(?:full\s+(?:article|story)|read\s+more|continue\s+reading|"
                           r"weiterlesen|mehr\s+lesen|lire\s+la\s+suite|leer\s+más|"
                           r"читать\s+далее)\s*(?:…|\.\.\.)?\s*[»›→]?\s*$", re.IGNORECASE)

#: A dateline on a line of its own, as newspapers print it under the byline ("Reporting
#: from Idlib City, Syria", "Reporting from Kyiv"): the story's dateline, not its text.
REPORTING_FROM_RE = re.compile(
    r"^(?i:reporting|reported|written)\s+from\s+(?P<place>[A-ZÀ-Þ][^.!?;:]{1,60}?)\s*\.?$")

# --- Closing credit lines that name the story's source -------------------------------------
#: Labels that name a story's source before a colon, in the languages of the news tagwire
#: reads ("Source: Xinhua", "Quelle: dpa", "المصدر: رويترز", "Sursa: Agerpres", "Nguồn:
#: VnExpress"). The copyright table of :mod:`normalizer.cues.text` knows some of them too;
#: these are read wherever a line is short enough to be a credit. In brackets ("(Fuente:
#: Télam)") the label is a picture's credit more often than the story's.
SOURCE_LABELS = (
    "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "font",
    "źródło", "zdroj", "zdroje", "bron", "kilde", "källa", "lähde", "πηγή", "kaynak",
    "источник", "по материалам", "джерело", "за матеріалами", "крыніца", "izvor", "извор", "източник", "sursa", "sursă",
    "forrás", "šaltinis", "avots", "allikas", "vir", "burimi", "iturria", "heimild",
    "المصدر", "مصدر", "منبع", "ماخذ", "מקור", "स्रोत", "সূত্র", "sumber", "nguồn", "ที่มา",
    "pinagmulan", "chanzo", "来源于", "來源於", "来源", "來源", "出处", "出處", "出品", "出典", "출처", "via",
)
#: A box's heading over the name of the paper a story was taken from, and that paper's
#: blurb ("Source de l’article" / "The Wall Street Journal (New York)" / "C’est la bible
#: des milieux d’affaires ..."; round 47): a press review's credit of its original.
ARTICLE_SOURCE_HEADING_RE = re.compile(
    r"^\s*(?:source\s+de\s+l[’']article|source\s+of\s+the\s+(?:article|story)|"
    r"(?:original\s+)?article\s+source|quelle\s+des\s+artikels|fuente\s+del\s+art[ií]culo|"
    r"fonte\s+dell[’']articolo|fonte\s+do\s+artigo|bron\s+van\s+het\s+artikel)\s*[:：]?\s*$",
    re.IGNORECASE)
#: A note that the story was translated, alone on its line ("Traduit de l’anglais",
#: "Translated from the Spanish by X", "Aus dem Englischen übersetzt"): the story's
#: metadata, no sentence of it.
TRANSLATED_FROM_RE = re.compile(
    r"^\s*(?:traduit\s+de\s+l[’'][^\W\d_]+|traduit\s+du\s+[^\W\d_]+|"
    r"translated\s+from\s+(?:the\s+)?[A-Z][^\W\d_]+|traducido\s+del\s+[^\W\d_]+|"
    r"traduzido\s+do\s+[^\W\d_]+|tradotto\s+dall?[’']?\s*[^\W\d_]+|"
    r"(?:aus\s+dem\s+[^\W\d_]+\s+übersetzt|übersetzt\s+aus\s+dem\s+[^\W\d_]+))"
    r"(?:\s+(?:par|by|por|von|da)\s+[^\W\d_][^.!?]{0,60})?\s*\.?\s*$", re.IGNORECASE)
#: The longest blurb under an article-source box's paper, in paragraphs.
ARTICLE_SOURCE_BLURB_REACH = 5

LABELLED_CREDIT_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, SOURCE_LABELS)) + r")\s*[:：︱|｜]\s*"
    r"(?P<name>(?:[^.。:：()]|\.(?=[a-z]{2,6}\b)){1,60}?)\s*[.。]?\s*$", re.IGNORECASE)  # (domains)
#: "via Reuters", "(via AP)": the story came through that outlet.
VIA_CREDIT_RE = re.compile(r"^\s*[(\[—–-]*\s*(?:via|vía|über)\s+(?P<name>[^.()\[\]]{2,40}?)"
                           r"\s*[)\]]?\s*\.?\s*$", re.IGNORECASE)
#: "This article is republished from The Conversation under a Creative Commons license",
#: "Originally published by X", "Dieser Artikel erschien zuerst bei X", "Publicado
#: originalmente en X", "Article publié initialement sur X", "Впервые опубликовано в X":
#: the outlet the story was first published by. The name ends at a clause or a sentence.
#: (A blog's "Posted on <date> by <name>" is its own meta line, not a credit.) Also a feed's
#: footer "The post <title> appeared first on <Site>.", "Read the original article on X",
#: "Dit artikel verscheen eerder in X", "Artikel ini telah tayang di X dengan judul ...",
#: "Read the entire article here: X".
REPUBLISHED_RE = re.compile(
    r"^\s*[(\[]?\s*(?:"
    r"(?:this\s+(?:article|story|piece|post|report|column|essay)\s+"
    r"(?:is|was|has\s+been|first|originally)?\s*(?:first|originally)?\s*)?"
    r"(?:originally\s+|first\s+)?(?:re)?(?:published|appeared|ran)\s+(?:first\s+|originally\s+)?(?:here\s+)?"
    r"(?:with\s+(?:the\s+)?permission\s+)?(?:from|by|on|in|at|courtesy\s+of)"
    r"|(?:originally|first)\s+posted\s+(?:on|at|in|by)"
    r"|the\s+post\s+.{1,200}?\s+appeared\s+first\s+on"  # a feed's footer: the site's post
    r"|read\s+the\s+original\s+(?:article|story|post)\s+(?:on|at|in)"
    r"|(?:dit\s+(?:artikel|stuk|bericht)\s+)?(?:verscheen|is\s+verschenen)\s+"
    r"(?:eerder|eerst|oorspronkelijk)\s+(?:in|op|bij)"
    r"|artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+(?:di|pada)"
    # an excerpt's link to the rest on the original site: "Lire la suite sur X"
    r"|(?:read\s+(?:the\s+)?(?:more|rest|full\s+(?:article|story))|continue\s+reading)\s+(?:at|on)"
    # ... or a colon before the address ("Read the entire article here: comicbook.com")
    r"|read\s+(?:the\s+)?(?:entire|whole|complete|full)\s+(?:article|story|post|report)"
    r"(?:\s+here)?\s*:"
    r"|lire\s+la\s+suite\s+(?:sur|dans)|weiterlesen\s+(?:auf|bei|im)|leer\s+m[aá]s\s+en"
    r"|leggi\s+(?:tutto|l['’]articolo(?:\s+completo)?)\s+su|czytaj\s+(?:więcej|dalej)\s+(?:na|w)"
    r"|lees\s+(?:verder|meer)\s+(?:op|bij)|читать\s+(?:далее|полностью)\s+на"
    r"|(?:dieser\s+(?:artikel|beitrag|text)\s+)?(?:erschien|ist)\s+(?:zuerst|ursprünglich)"
    r"(?:\s+erschienen)?\s+(?:bei|in|auf|im)|erstveröffentlichung\s*:"
    r"|(?:(?:este|esta)\s+\w+\s+)?(?:fue\s+)?publicad[oa]\s+originalmente\s+(?:en|por)"
    r"|(?:cet\s+article\s+a\s+été\s+)?(?:publié|publiée|paru)e?\s+(?:initialement|originellement|"
    r"d['’]abord|à\s+l['’]origine)\s+(?:sur|dans|par)"
    r"|(?:cet\s+article\s+)?(?:est\s+)?paru\s+(?:dans|sur)"
    r"|(?:questo\s+articolo\s+è\s+stato\s+)?pubblicato\s+(?:originariamente|originalmente|per\s+"
    r"la\s+prima\s+volta)\s+(?:su|da|in)"
    r"|(?:(?:est[ea]|a|o)\s+)?(?:\w+\s+)?(?:foi\s+)?publicad[oa]\s+originalmente\s+(?:em|no|na|"
    r"por|pel[oa])"
    r"|(?:статья\s+)?(?:впервые|первоначально)\s+опубликован[аоы]?\s+(?:в|на)"
    r"(?:\s+сайте|\s+портале)?"
    r"|(?:artykuł\s+)?(?:pierwotnie|oryginalnie)\s+(?:ukazał\s+się|opublikowan[oy])\s+(?:w|na)"
    r")\s+(?P<name>(?:[^.,;:()]|\.(?=[a-z]{2,6}\b)){2,60}?)"
    r"(?:\s+(?:under|with|and|on|as|at|unter|bajo|sous|sotto|sob|под|pod|dengan|met)\s.*|\s*(?:[,;:()]|\.(?![a-z]{2,6}\b)).*)?$",
    re.IGNORECASE)
#: The longest closing credit line read for its outlet (a republication notice runs long).
CREDIT_LINE_MAX_WORDS = 30
#: A press release's closing line naming its issuer, as release services print it (PR
#: Newswire's "SOURCE Acme Corp", in capitals, no colon; "Original-Content von: X" is
#: ORIGINAL_CONTENT_RE below): the release's source, whatever the service's tag said.
ISSUER_LINE_RE = re.compile(r"^\s*SOURCE\s+(?P<name>[^\W\d_][^:;()\n]{1,60}?)\s*$")
#: Stock exchanges whose ticker follows an issuer's name in a release's first sentence.
TICKER_EXCHANGES = ("NYSE", "NYSE American", "NYSE MKT", "NASDAQ", "Nasdaq", "NasdaqGS",
                    "NasdaqGM", "NasdaqCM", "TSX", "TSX-V", "TSXV", "CSE", "LSE", "AIM", "ASX",
                    "NZX", "OTC", "OTCQX", "OTCQB", "OTC Pink", "OTC Markets", "FWB", "Xetra",
                    "SIX", "Euronext", "HKEX", "SGX", "JSE", "BSE", "NSE", "TYO", "TSE", "KRX")
#: The issuer of a press release, named before its ticker in the first sentence ("Northwind
#: Traders Inc. (NYSE: NWT) today announced"): read when a release service carried it.
TICKER_ISSUER_RE = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z&][\w&'’.-]*|of|and|de|du|der)){0,5}),?\s*"
    r"\((?:" + "|".join(map(re.escape, sorted(TICKER_EXCHANGES, key=len, reverse=True)))
    + r")\s*[:：]\s*[A-Z0-9.]{1,12}")
#: An agency naming itself as the teller in a story's first paragraphs, the way Russian- and
#: Ukrainian-language agencies do ("Как передает Укринформ, ...", "..., передает
#: корреспондент МИА «Казинформ».", "Об этом передает X", "Як передає Укрінформ, ..."): read
#: only for an agency the outlets table knows, and only where nothing else credits the story.
#: The Persian agencies' opening formula "به گزارش <outlet>، ..." ("according to the report
#: of", often "به گزارش خبرنگار ... <outlet> از <city>،"): the clause up to the first comma
#: names the reporting outlet; read only for an outlet the table knows. The Chinese-language
#: agencies' dispatch bracket opening a story is the same formula ("（中央社記者NAME台北19日電）",
#: "（中央社台北19日綜合外電報導）", "（法新社巴黎19日電）"): an agency's name ending in 社 or
#: 網/网 (as the outlets table spells it), any reporter, place and day, and a closing
#: 電/电 ("dispatch") or 報導/报道 ("report") before the bracket ends: the clause is the name.
#: (The unbracketed "新华社北京1月5日电" and "【6月18日 AFP】" are datelines: DATELINE_RES.)
_DISPATCH_CLOSE = r"[^（）()\n]{0,30}?(?:[电電]|[報报][導导道])\s*[）)]"
REPORT_OF_RE = re.compile(
    r"^\s*(?:(?P<persian>به\s+گزارش\s+)|[（(])"
    r"(?P<clause>(?(persian)[^،,:\n]{2,120}|[\u4e00-\u9fff]{1,5}?[社网網](?=" + _DISPATCH_CLOSE
    + r")))")
AGENCY_TELLS_RE = re.compile(
    r"(?:^|,\s*|[.!?]\s+)(?:(?i:как|як|об\s+этом|про\s+це)\s+)?(?:передает|передаёт|передає)\s+"
    r"(?:(?:собственный\s+|власний\s+)?(?:корреспондент|кореспондент)\s+)?"
    r"(?:(?:МИА|ИА|агентства|агентство|агенції)\s+)?[«\"“]?"
    r"(?P<name>[^\W\d_][^,.;:«»\"“”()\n]{1,40}?)[»\"”]?\s*(?=[,.;]|$)")
#: Words that make a bracketed credit a picture's ("[사진=JTBC]", "(Foto: dpa)", "写真：共同"):
#: never the story's sign-off.
PHOTO_LABEL_RE = re.compile(
    r"(?i:\b(?:photos?|fotos?|bild|bilder|image|images|imagen|imagem|immagine|picture|pic|"
    r"фото|снимка|zdjęcie|kuva)\b)|사진|写真|图片|圖片|照片|صورة|عکس")

#: A caption whose picture's credit closes the line, in the shapes the cleaner's caption
#: markers leave: "... — Picture by Yusof Mat Isa", "... (Photo: Haitham Imad)", "...
#: Ljósmynd/Aðsend", "... Photo VM /Eric NURDIN" (the paper's initials and the
#: photographer), "... mbl.is/Atli Steinn Guðmundsson" (the site's photo desk and the
#: photographer), "Verlinden tijdens de coronacrisis. — © BELGA", "... WalletHub. Jose A
#: Iglesias jiglesias@elnuevoherald.com" (the photographer and the mailbox that spells his
#: name: :func:`normalizer.stories.split.credited_caption` checks it), "... with them.
#: Courtesy of Dylan Tinsley and Hannah Phalen" (a gallery's captions, East Bay Times).
#: (Not "... doctors say. (Name/Canadian Press)": the papers' own copy closes a paragraph
#: so, and their labels keep it as text.) The caption's sentence
#: before it is no paragraph of the story, and no headline of one.
_CREDIT_NAME = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
_CREDIT_PERSON = r"[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*){0,3}"
CREDITED_CAPTION_RE = re.compile(
    rf"\S.{{10,}}?(?:\s[—–-]\s*(?i:picture|photo|pic|foto|bild)\s+(?i:by|von|de|par|door|av)\s+"
    rf"{_CREDIT_NAME}"
    rf"|\s\((?i:photo|foto|picture|pic|bild|fotó|kuva)\s*:\s*[^()]{{2,60}}\)"
    rf"|[.!?]\s+(?i:ljósmynd|fotó|foto|photo|снимка|kuva)(?:\s+[A-Z]{{1,6}})?\s*/\s*{_CREDIT_PERSON}"
    rf"|[.!?]\s+[\w-]{{2,30}}\.[a-z]{{2,3}}/{_CREDIT_PERSON}"
    rf"|[.!?]\s+[—–-]\s*©\s*{_CREDIT_NAME}"
    rf"|[.!?]\s+(?P<photographer>{_CREDIT_PERSON})\s+(?P<mailbox>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+"
    rf"|[.!?]\s+(?i:(?:photo\s+)?courtesy\s+of|cortes[ií]a\s+de)\s+{_CREDIT_PERSON}"
    rf"(?:\s+(?:and|y|&)\s+{_CREDIT_PERSON})?)\s*$")

#: A paywall badge a page's text glued to the start of a teaser's title, with no space
#: ("PremiumFLF, Medien, ...", "Premium„Hat mein Leben verändert“", "PlusDie Stadt ..."):
#: no word of the headline.
GLUED_BADGE_RE = re.compile(r"^(?:Premium|PREMIUM|Plus|PLUS|Abo|ABO|Exklusiv|Exclusive|"
                            r"Exclusief|Exclusivo|Esclusivo|Member|Members)\+?"
                            r"(?=[A-ZÀ-ÞĀ-Ž„“\"«‚‘])")

#: A pictograph a site sets before a title as its badge, then a space ("🔴 Svelato il WEST
#: GATE ...", a red dot for news): no word of the headline, and the title's shape is read
#: after it. (Arrows and bullets, "▶ Video", stand before links and stay.)
EMOJI_BADGE_RE = re.compile(r"^(?:[\U0001F000-\U0001FAFF][\uFE0F\u200D]?)+\s+")

#: A line that is only a picture's credit label ("Cortesía", "Courtesy", "Foto", "File photo"):
#: the photo above or below it credited, no sentence of a story.
PHOTO_CREDIT_LABEL_RE = re.compile(
    r"^\s*(?:cortes[ií]a|courtesy|foto(?:graf[ií]a)?|photo|file\s+photo|foto\s+de\s+archivo|"
    r"imagen\s+de\s+archivo|crédito|credit|crédit\s+photo|bildquelle)\s*[:.]?\s*$",
    re.IGNORECASE)

#: How a news agency's photo caption opens when the picture is an old one ("FILE - Former
#: President ...", "FILE PHOTO: ...", "ARCHIVO - ..."): a caption, never a story's paragraph.
FILE_CAPTION_RE = re.compile(r"^(?:FILE(?:\s+PHOTO)?|ARCHIVO|ARCHIV|ARCHIVES|ARQUIVO)\s*[-–—:]\s+\S")
#: A teaser's title cut short by its box ("Israeli strikes pound Gaza City, where ... …").
TRUNCATED_TITLE_RE = re.compile(r"\S\s*(?:…|\.\.\.)\s*$")

#: A place in capitals and a colon opening a story ("ISLAMABAD: The ...", "NEW DELHI: ...",
#: "BANGKOK: Ein ..."), as South Asian and some German-language papers write datelines; read
#: for the dateline only (the labels below open lines the same way and are no places).
COLON_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\-]{2,}(?: [A-ZÀ-ÞА-ЯЁ.'’\-]{2,}){0,2}):\s+"
    r"(?=[\"“„«A-ZÀ-ÞА-ЯЁ])")
NOT_PLACE_LABELS = frozenset((
    "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS",
    "PHOTO", "LISTEN", "READ", "READ MORE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION",
    "CLARIFICATION", "ANALYSIS", "OPINION", "COMMENTARY", "INTERVIEW", "LIVE", "ALERT",
    "WARNING", "SPOILER", "FACT CHECK", "FACT-CHECK", "REVIEW", "EDITORIAL", "ADVERTISEMENT",
    "SPONSORED", "PROMOTED", "RELATED", "MORE", "ALSO READ", "SEE ALSO", "SOURCE", "SOURCES",
    "UPDATE 2", "EILMELDUNG", "AKTUALISIERUNG", "EXKLUSIV", "KOMMENTAR", "ANZEIGE", "ÚLTIMA HORA",
    "URGENTE", "EXCLUSIVA", "OPINIÓN", "MISE À JOUR", "EXCLUSIF", "ALERTE", "ESCLUSIVO",
    "AGGIORNAMENTO", "СРОЧНО", "ОБНОВЛЕНО", "МОЛНИЯ", "PILNE", "AKTUALIZACJA", "FAQ", "TL;DR",
    "Q", "A", "PS", "P.S.", "NB", "N.B.", "ICYMI", "PSA", "RIP", "LOL", "OMG", "FYI", "EDIT",
))
#: First words of labels that open letters, replies and interviews ("DEAR ABBY:", "RE:").
NOT_PLACE_FIRST_WORDS = frozenset(("DEAR", "RE", "FW", "FWD", "EDIT", "UPDATE", "ANSWER",
                                   "QUESTION", "LIEBE", "LIEBER", "CHER", "CHÈRE", "QUERIDO",
                                   "QUERIDA"))
#: A dateline opens prose: at least this many words follow it, not all in capitals (a
#: quoted name over a headline in capitals, "MAGALY MEDINA: ME ESCAPÉ ...", is no dateline).
COLON_DATELINE_MIN_WORDS = 8


#: Words that join authors' names in a byline written without "By" ("Isabel Caro, Rocío
#: Latorre y José Miguel Wilson", "Anna Roth und Max Weber"): and in the languages of the
#: corpora, and the particles names carry in lower case ("de", "van", "von", "al").
NAME_JOINERS = frozenset((
    "and", "&", "y", "e", "et", "und", "i", "и", "ve", "en", "og", "och", "és", "a", "ja",
))
NAME_PARTICLES = frozenset((
    "de", "del", "da", "dos", "das", "di", "van", "von", "der", "den", "le", "la", "al", "el",
    "bin", "ibn", "ben", "du", "zu",
))
#: A names line holds this many names at most, each of at most this many words.
NAMES_LINE_MAX_NAMES = 6
#: ... and of full names (first and last names, two capitalised words each at least),
#: which no list of places or words is as long as: a report's ten authors ("Daphna
#: Bassok, Lauren Bauer, ..., and Kenneth K. Wong", under a related box's title).
NAMES_LINE_MAX_FULL_NAMES = 12
NAME_MAX_WORDS = 4


def person_name(text: str) -> bool:
    """One person's name alone on a line ("Omar Wally", "Ana de la Torre"): two to
    :data:`NAME_MAX_WORDS` words, each a capitalised word of letters or a name particle, no
    digit, no closing period, each part of a hyphened word capitalised too ("Jean-Pierre",
    not "App-gefahren"). Alone it may be a headline's subject; where it stands (under
    a headline, over the date line) says it is a byline."""
    words = text.strip().split()
    return 2 <= len(words) <= NAME_MAX_WORDS and words[0][:1].isupper() \
        and not text.isupper() and not words[-1].endswith(".") and all(
            _NAME_WORD_RE.match(w) and (all(part[:1].isupper() for part in w.split("-"))
                                        or w.lower() in NAME_PARTICLES)
            for w in words)


_NAME_WORD_RE = re.compile(r"^[^\W\d_][\w.'’]*(?:-[^\W\d_][\w.'’]*)*$")


def names_line(text: str, min_words: int = 1) -> bool:
    """A line that is only two or more people's names joined by commas and "and" words: a
    byline without its "By" (one name alone may be a headline's subject, so two at least).
    ``min_words``: the fewest capitalised words a name must have (2: first and last names,
    so "Rheine, Verkehrsunfallflucht" is no names line; particles, "van", "la", aside)."""
    joiners = "|".join(re.escape(w) for w in sorted(NAME_JOINERS, key=len, reverse=True))
    # (a serial comma before the last joiner: "Jon Valant, and Kenneth K. Wong")
    chunks = [c for c in re.split(r"\s*[,;]\s*(?:(?:" + joiners + r")\s+)?|\s+(?:" + joiners
                                  + r")\s+", text.strip().rstrip("."), flags=re.IGNORECASE) if c]
    if not 2 <= len(chunks) <= NAMES_LINE_MAX_FULL_NAMES:
        return False
    if len(chunks) > NAMES_LINE_MAX_NAMES:
        min_words = max(min_words, 2)  # (that many: full names only)
    for chunk in chunks:
        words = chunk.split()
        # (a particle is no name's word: "la Lidom" after the joiner "en" is no name)
        capitalised = [w for w in words if w[:1].isupper() and w[:1].isalpha()]
        if words[:1] == ["I"]:
            return False  # the pronoun: "I Was a Warehouse Wage Slave" ("a" a Czech "and")
        if not min_words <= len(capitalised) or len(words) > NAME_MAX_WORDS or any(
                not (w[:1].isupper() and w[:1].isalpha()) and w.lower() not in NAME_PARTICLES
                for w in words):
            return False
    return True


#: A link to the story in another language, alone on its line ("Lee esta historia en
#: español.", "Read this story in Spanish", "Lire cet article en anglais", "Read in
#: English"): the page's, never a paragraph of the story.
OTHER_LANGUAGE_LINK_RE = re.compile(
    r"^\s*(?:read|lee|leer|lea|lire|lisez|lesen\s+sie|leggi|leia|ler)\s+"
    r"(?:(?:this|the)\s+(?:story|article|report)\s+|(?:esta|la)\s+(?:historia|nota|noticia)\s+"
    r"|(?:cet|l')\s*article\s+|(?:diesen|den)\s+artikel\s+|(?:questo|l')\s*articolo\s+"
    r"|(?:esta|a)\s+(?:matéria|notícia|reportagem)\s+)?"
    r"(?:in|en|auf|em)\s+(?:english|spanish|french|german|portuguese|italian|chinese|arabic|"
    r"español|inglés|francés|alemán|portugués|chino|anglais|espagnol|allemand|"
    r"englisch|spanisch|französisch|deutsch|inglese|spagnolo|francese|tedesco|"
    r"inglês|espanhol|francês|alemão)\s*[.!]?\s*$", re.IGNORECASE)

#: A promotion's button glued to the end of its line ("... प्राप्त करें सारी आवश्यक वस्तुएं
#: Click Here", "Hammarsdale Junction-Mall Feature CLICK HERE", "TO SUBSCRIBE CLICK HERE"):
#: the button's words in title case or capitals, a story's sentence writes "click here".
CLICK_BUTTON_END_RE = re.compile(
    r"(?:^|\s|-)(?:Click Here|CLICK HERE|(?i:click\s+on\s+the\s+(?:image|picture|banner)|"
    r"κάντε\s+κλικ\s+στην\s+εικόνα|κλικ\s+στην\s+εικόνα|klicken\s+sie\s+auf\s+das\s+bild|"
    r"cliquez\s+sur\s+l['’]image|haga\s+clic\s+en\s+la\s+imagen|clicca\s+sull['’]immagine|"
    r"clique\s+na\s+imagem))\s*[!.»>]*\s*$")
#: An advertiser's line closed by its telephone number ("ΑΦΟΙ Κ. ... Πτολεμαΐδα τηλ:
#: 2463022326", "... Tel. 030 1234567"): a business's card in the page's ad box, no
#: headline; at most :data:`AD_PHONE_LINE_MAX_WORDS` words, a name before the number.
AD_PHONE_END_RE = re.compile(
    r"(?<!\w)(?:tel|tél|τηλ|phone|ph|tlf|тел|telefon|telefono|teléfono)\.?\s*[:.]?\s*"
    r"\+?\d[\d\s-]{6,}\d\s*$", re.IGNORECASE)
AD_PHONE_LINE_MAX_WORDS = 16
#: A site's description of itself for search engines, printed in its footer ("Get all
#: India News in Hindi related to live update of ... Stay updated with us for all breaking
#: news ...", "Read the latest and breaking Hindi news on example.com. Get live Hindi news
#: ..."): a call to the reader to get, read or stay with the news, naming "news" at least
#: SITE_BLURB_NEWS_MIN times and the latest or breaking news.
SITE_BLURB_RE = re.compile(r"^\s*(?:get|read|stay|catch|follow|find)\b.*\b(?:latest|breaking)\b",
                           re.IGNORECASE)
SITE_BLURB_NEWS_RE = re.compile(r"\bnews\b", re.IGNORECASE)
SITE_BLURB_NEWS_MIN = 3

#: How long an article takes to read, printed under its headline ("Tiempo de lectura: 8
#: minutos", "5 min read", "Ten tekst przeczytasz w mniej niż minutę"), or to listen to (an
#: audio player's button and its length, "Artikel zum Hören•2 Min", "Listen to article
#: 5:32"): the page's, never a headline or story text. Wordings of news sites in the
#: corpora's languages.
READING_TIME_RE = re.compile(
    r"^\s*(?:(?:listen\s+to\s+(?:this\s+)?(?:article|story)|artikel\s+(?:zum\s+hören|anhören)|"
    r"écouter\s+(?:l['’]\s*|cet\s+)article|escuchar\s+(?:el\s+)?(?:artículo|noticia)|"
    r"ascolta\s+(?:l['’]\s*)?articolo|ouvir\s+(?:o\s+)?(?:artigo|texto)|artikel\s+beluisteren|"
    r"posłuchaj\s+artykułu|lyt\s+til\s+artiklen|lyssna\s+på\s+artikeln|"
    r"послушать\s+статью|makaleyi\s+dinle)\s*[•·|:,\-–—]?\s*\d{1,3}(?:[:.]\d{2})?\s*"
    r"(?:min(?:ute)?s?|minuten|minutos|minuti|minut|мин)?\.?"
    r"|(?:reading\s+time|read\s+time|lesezeit|lesedauer|tiempo\s+de\s+lectura|"
    r"temps\s+de\s+lecture|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|czas\s+czytania|"
    r"время\s+чтения|okuma\s+süresi|läsetid|læsetid|lesetid|lukuaika)\s*:?\s*"
    r"(?:(?:ca\.|approx\.?|about|unos|environ|circa|około)\s*)?\d*\s*\S*\s*"
    r"|\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minut)\.?\s+(?:read|lesen|de\s+lectura|"
    r"de\s+lecture|di\s+lettura|de\s+leitura|czytania|чтения|okuma)"
    r"|ten\s+tekst\s+przeczytasz\b.*|lectura\s+de\s+\d+\s+minutos?)\s*$",
    re.IGNORECASE)

#: Abbreviations that end a headline with a period ("... for Wed. after Cold Wave Alert
#: Tues."): a short line ending with one is no sentence. Weekdays, months and titles.
HEADLINE_ABBREVIATIONS = frozenset((
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep",
    "gen", "col", "lt", "sgt", "dr", "mr", "mrs", "ms", "st", "vs", "jr", "sr", "prof",
))

#: The heading of a page's reader comments ("Komentarze(9)", "Comments", "12 Kommentare",
#: "Deja un comentario", "Visitor comments Add your comment", a widget's "Recent comments
#: on our stories.."): what follows, where comment dates repeat, is no story.
COMMENTS_HEADER_RE = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|kommentare?|comentarios?|commentaires?|commenti|"
    r"coment[aá]rios?|komentarze?|komentáře|комментарии|коментарі|yorumlar|reacties|"
    r"reader\s+comments|leave\s+a\s+(?:comment|reply)|deja\s+un\s+comentario|"
    r"laisser\s+un\s+commentaire|schreibe?\s+einen\s+kommentar|wyślij\s+komentarz|"
    r"comenta|comentá|comente|commenta|commentez|kommentieren|skomentuj|"
    r"(?:visitor|visitors['’]?|reader|readers['’]?|user|users['’]?)\s+comments?"
    r"(?:\s+(?:add|post|leave)\s+(?:your|a)\s+comment)?|"
    r"recent\s+comments(?:\s+on\s+(?:our|the)\s+(?:stories|posts|articles))?\s*\.{0,3}|"
    # (a sidebar's latest comments: "Nejnovější komentáře", "Derniers commentaires")
    r"(?:latest|newest|neueste|letzte|derniers|últimos|ultimi|najnowsze|nejnovější|"
    r"poslední|najnovšie|legújabb|последние|останні)\s+(?:comments|kommentare|commentaires|"
    r"comentarios|comentários|commenti|komentarze|komentáře|komentáre|hozzászólások|"
    r"комментарии|коментарі)|"
    # (Chinese, Japanese, Korean: "热门评论 10条", "观察员评论 4条", "评论(0)", "コメント",
    # "댓글 3개"; round 48)
    r"[\u4e00-\u9fff]{0,4}?(?:评论|評論|跟帖|留言)|コメント|댓글)"
    r"\s*[(\[（]?\s*\d*\s*(?:条|條|件|개)?\s*[)\]）]?\s*[:：]?\s*$",
    re.IGNORECASE)
#: A line of a sidebar's latest comments under their heading: the commenter (one to three
#: words), the word for "on", the post's title ("Honza Marek u Testování v PHP ...", "John
#: on Hello world!", WordPress's Recent Comments widget in its languages).
RECENT_COMMENT_LINE_RE = re.compile(
    r"^\s*\S+(?:\s+\S+){0,2}?\s+(?:on|u|zu|bei|sur|à|en|su|em|no|na|w|op|a|к|в|на|di)\s+\S")
#: ... at least this many in a row under the heading.
RECENT_COMMENTS_MIN = 2

#: The button under a page's shown comments that fetches the rest ("Show more comments",
#: "Load more comments", "Weitere Kommentare laden"): between a comments heading and it
#: stand readers' comments, dated or not.
COMMENTS_MORE_RE = re.compile(
    r"^\s*(?:(?:show|load|view|see|read)\s+(?:more|older|earlier|previous)\s+(?:comments|"
    r"replies)|more\s+comments|weitere\s+kommentare(?:\s+(?:laden|anzeigen))?|mehr\s+kommentare|"
    r"plus\s+de\s+commentaires|(?:ver|cargar)\s+más\s+comentarios|altri\s+commenti|"
    r"(?:ver|carregar)\s+mais\s+comentários|więcej\s+komentarzy|meer\s+reacties|"
    r"(?:查看|加载)?更多评论|더\s*많은\s*댓글)\s*[(\[]?\s*\d*\s*[)\]]?\s*$",
    re.IGNORECASE)
#: Lines between a comments heading and that button.
COMMENTS_MORE_REACH = 400
#: A reader's comment signed under it with a label ("Posted by: Florida CPA, 27 Sep 2011 |
#: 15:22"): the label says the name is a commenter's, so the name may be a longer one
#: ("Cliff Beacham California CPA") than an unlabelled name-and-date line's.
COMMENT_SIGNATURE_RE = re.compile(r"^\s*(?:posted|submitted|written)\s+by\s*:", re.IGNORECASE)
COMMENT_SIGNATURE_MAX_WORDS = 6


#: "All rights reserved" in the languages of news sites: a footer line that says it names
#: the site's owner ("Todos los Derechos Reservados. Noticia al Dia ©2019") even where it
#: carries no © sign. (French set in capitals drops its accents: "TOUS DROITS RESERVES";
#: the English phrase is read misspelt too: "All Rights Resered".)
RIGHTS_RESERVED_RE = re.compile(
    r"(?:some|algunos|alguns|certains|alcuni|einige|sommige)\s+(?:rights|derechos|direitos|"
    r"droits|diritti|rechte|rechten)\s+(?:reserved|reservados|r[ée]serv[ée]s|riservati|vorbehalten|"
    r"voorbehouden)|all\s+rights\s+res\w*|todos\s+los\s+derechos\s+reservados|derechos\s+reservados|"
    r"todos\s+os\s+direitos\s+reservados|direitos\s+reservados|tous\s+droits\s+r[ée]serv[ée]s|"
    r"alle\s+rechte\s+vorbehalten|tutti\s+i\s+diritti\s+riservati|riproduzione\s+riservata|"
    r"alle\s+rechten\s+voorbehouden|wszelkie\s+prawa\s+zastrzeżone|все\s+права\s+защищены|"
    r"всі\s+права\s+захищені|tüm\s+hakları\s+saklıdır|alla\s+rättigheter\s+förbehållna|"
    r"alle\s+rettigheder\s+forbeholdes|kaikki\s+oikeudet\s+pidätetään|"
    r"(?:(?:جميع|كافة)\s+)?الحقوق\s+محفوظة|تمامی\s+حقوق|版权所有|著作権|無断転載|"
    r"무단\s*전재",
    re.IGNORECASE)

#: What leads the holder's name after an Arabic rights phrase ("الحقوق محفوظة لمؤسسة أخبار
#: اليوم": "rights reserved to the foundation Akhbar El Yom"): the preposition "to" (joined
#: to the next word, or set apart by a tatweel, "لـ") and the kind of holder (foundation,
#: company, newspaper, site, portal, group), which no outlet's name as the page writes it
#: begins with. A bare "ل" is taken only before such a word ("لبنان" keeps its letter).
HOLDER_KINDS = ("مؤسسة", "شركة", "جريدة", "صحيفة", "موقع", "بوابة", "مجموعة")
HOLDER_LEAD_RE = re.compile(
    r"^\s*(?:لـ\s*|ل(?=(?:" + "|".join(HOLDER_KINDS) + r")\s))?"
    r"(?:(?:" + "|".join(HOLDER_KINDS) + r")\s+)?")

#: A footer's notice without the © sign or a rights phrase: the year, a dash or bar, and
#: the site's name, alone on the line ("2020 - HSB Noticias", "2012–2024 | Example"); the
#: name is ``name``. (A name then a year, "Example 2020", is as often an event's: not read.)
YEAR_NOTICE_RE = re.compile(
    r"^\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+[-–—|·•]\s+"
    r"(?P<name>[^\W\d_][^.!?:;,]{1,40}?)\s*$")

#: A company's legal form after a site's name in its © line ("The Week Publications Inc.",
#: "Infor Biznes Sp. z o.o."): the site's name is what stands before it.
COMPANY_SUFFIX_RE = re.compile(
    r"\s*,?\s+(?:(?:publications?|publishing|media|group|holdings?|verlag|editora|editorial)"
    r"\s*,?\s+)?(?:(?:private|pvt\.?)\s+)?(?:inc|ltd|llc|plc|gmbh|ag|kg|sas|sasu|sarl|eurl|s\.?a|s\.?l|s\.?p\.?a|s\.?r\.?l|sp(?:\.\s*(?:z\s*o\.?\s*o|[jkp]))?|"
    r"b\.?v|n\.?v|oy|ab|as|a/s|co|corp|corporation|limited|company)\.?\s*$",
    re.IGNORECASE)

#: The house's word alone after a © holder's name, no legal form after it ("Patch Media",
#: "Example Group", "Example Publishing"): where the page names the site by the name alone
#: on several lines ("About Patch", "Contact Patch", "Patch Staff"), that name is the
#: site's and the holder its company's (round 44).
HOUSE_WORD_RE = re.compile(r"\s+(?:media|group|publishing|publications|network|networks|"
                           r"digital|interactive|holdings|"
                           # (a think tank's: "The Brookings Institution" over "Support
                           # Brookings")
                           r"institution|institute|foundation)\s*$", re.IGNORECASE)
#: ... on this many lines at least, the name as the holder writes it, without the word.
HOUSE_STEM_MIN_LINES = 3

#: A © holder that ends with its house's word ("Heise Medien", "Example Mediengruppe",
#: "Example Verlag", "Example Publishing", "Caribbean Communications Network"): a company
#: named as such, though it carries no legal form; the site goes by another name (heise
#: online, Trinidad Express). Spanish, Portuguese, French and Italian put the word first
#: ("Editorial Canelas", behind Los Tiempos).
PUBLISHING_HOUSE_RE = re.compile(
    r"\s(?:medien|mediengruppe|(?:media|news)\s+group|médias|verlag|verlagsgruppe|publishing|"
    r"publications|kiadó|wydawnictwo|communications(?:\s+network)?)\s*$"
    r"|^\s*(?:editorial|editora|ediciones|edições|éditions|edizioni|wydawnictwo)\s+[^\W\d_]",
    re.IGNORECASE)

#: A © holder that describes the site as one of a group's ("© 2020 a Reach plc subsidiary",
#: "A Gannett Company", "Part of the X Network", "a division of X"): it names the company
#: behind the site, never the site; ``group``, ``name`` or ``owner`` is the group.
GROUP_MEMBER_RE = re.compile(
    r"^\s*(?:(?:part|a\s+(?:member|division|unit))\s+of\s+(?:the\s+)?(?P<group>[^\W\d_]"
    r"[^.!?:;,]{1,40}?)(?:\s+(?:network|group|family))?"
    r"|an?\s+(?P<name>[^\W\d_][^.!?:;,]{1,40}?)\s+(?:subsidiary|company|brand|division)"
    r"|(?P<owner>[^\W\d_][^.!?:;,]{1,40}?)\s+subsidiary)\s*$",
    re.IGNORECASE)

#: A footer line naming the site and its publisher ("A BAON kiadója a Mediaworks Hungary
#: Zrt.", "X is published by Y", "X wird herausgegeben von Y", "X est édité par Y", "X es
#: editado por Y"), perhaps after the sign and year ("© 2012 X is a publication of Y"):
#: the site is ``name``, the company after it is only its publisher. Without the sign, the
#: line names the site where the company it names holds the page's © ("Android Central is
#: part of Future US Inc, an international media group" over "© Future US, Inc. ...").
SITE_PUBLISHER_RE = re.compile(
    r"^\s*(?:©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?)?(?:(?:a|az)\s+)?"
    r"(?P<name>[^\W\d_][^,;|©]{1,40}?)\s+(?:kiadója\b"
    r"|is\s+(?:published|owned)\s+by\b|is\s+an?\s+(?:publication|product|brand)\s+of\b"
    r"|is\s+(?:a\s+)?part\s+of\b|wird\s+(?:herausgegeben|verlegt)\s+von\b"
    r"|est\s+(?:édité|publié)e?\s+par\b|es\s+(?:editad|publicad)[oa]\s+por\b"
    r"|é\s+(?:editad|publicad)[oa]\s+por\b|è\s+(?:edit|pubblicat)[oa]\s+da\b)",
    re.IGNORECASE)

#: A press portal's line naming whose release a page carries ("Original-Content von: Polizei
#: Steinfurt, übermittelt durch news aktuell"): that organisation is the stories' source.
ORIGINAL_CONTENT_RE = re.compile(
    r"^\s*(?:original[- ]content\s+(?:von|from|de|by)|contenido\s+original\s+de|"
    r"contenu\s+original\s+de|conteúdo\s+original\s+de|contenuto\s+originale\s+di)"
    r"\s*:?\s*(?P<name>[^,;|]{2,60}?)"
    r"\s*(?:[,;|].*)?$",
    re.IGNORECASE)

#: A word about comments, in a line under a comments heading: the box's notice ("Los
#: comentarios en esta sección son exclusivos para suscriptores"), not a story's sentence.
COMMENT_WORD_RE = re.compile(
    r"\b(?:comment|comentari|commentair|comentári|comment|komentar|kommentar|коммент|комент|"
    r"yorum|reactie)\w*", re.IGNORECASE)
#: Lines under a comments heading read for such a notice.
COMMENT_NOTICE_LINES = 2

#: A sponsored teaser's kicker, a line of its own over the sponsor's headline and blurb in a
#: list of teasers: the unit under it is an ad, never a story. Only labels that mean paid
#: content; a bare "Advertisement" / "Anzeige" / "Reklama" marks an ad slot that may stand
#: inside an article, above its next paragraph.
SPONSORED_KICKER_RE = re.compile(
    r"^\s*(?:sponsored(?:\s+(?:content|post|story))?|paid\s+(?:content|post|partnership)|"
    r"partner\s+content|promoted(?:\s+content)?|advertorial|in\s+partnership\s+with\b.{0,40}|"
    r"gesponsert|sponsored\s+by\s+\S.{0,40}|publireportage|publi-?reportage|"
    r"contenu\s+(?:sponsorisé|partenaire)|contenido\s+patrocinado|conteúdo\s+patrocinado|"
    r"contenuto\s+sponsorizzato|contenuto\s+promozionale|gesponsorde?\s+inhoud|"
    r"materiał\s+(?:promocyjny|partnera|sponsorowany)|artykuł\s+sponsorowany|"
    r"obsah\s+partnera|komerční\s+sdělení|sponzorováno|"
    r"партнерский\s+материал|партнёрский\s+материал|на\s+правах\s+рекламы|"
    r"спонсорский\s+материал)\s*:?\s*$", re.IGNORECASE)

#: An ad's own head in a feed of cards: an ad label glued to the advertiser's name by a
#: dot ("Ad•BuzzDaily Winners", "Anzeige · Name", "廣告•X"): the card under it is the ad's
#: (see normalizer.stories.rhythm._mark_ad_cards). The label alone is read by cues'
#: AD_LABELS; only "Ad" is added here, a word too short to stand in that table.
AD_CARD_HEAD_RE = re.compile(r"^\s*(?P<label>[^\W\d_][^•·|]{0,24}?)\s*[•·]\s*\S")
AD_CARD_LABELS = frozenset(("ad", "ads"))

#: A photo gallery's counter, a line of its own over each picture's caption ("1 of 12 |",
#: "3 / 12", "2 von 12", "4 z 12", "5 de 12", "6 sur 12", "7 di 12", "8 van 12").
GALLERY_COUNTER_RE = re.compile(
    r"^\s*(?:photo|image|bild|foto|zdjęcie)?\s*(?P<n>\d{1,3})\s*(?:of|/|von|z|de|sur|di|van|av|af|из)"
    r"\s*(?P<total>\d{1,3})\s*[|:.]?\s*$", re.IGNORECASE)

#: The courtesy titles a paper puts before a person's surname ("Mr Yousaf", "Frau Merkel",
#: "Mme Borne"): a surname so written is a person's, not a sub-heading's word (round 47).
COURTESY_TITLES = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame",
                   "Herr", "Frau", "M.", "Mme", "Mlle", "Sr.", "Sra.", "Signor", "Signora")

#: A group photo's caption naming who stands where: a label of up to four words, the
#: order in brackets ("(von li nach re)", "(from left)", "(l-r)"), a colon and then
#: names only, :data:`NAMES_CAPTION_MIN` or more ("Board members (from left): Ann Lee,
#: Bob Stone, ..."). The bracket is the caption's mark: a list of names in an article's
#: sentence has no order of standing to give.
NAMES_CAPTION_RE = re.compile(
    r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*\([^()]{1,40}\)\s*[:：]\s+(?P<names>.+?)\.?$")
NAMES_CAPTION_SPLIT_RE = re.compile(r"\s*[,;]\s*|\s+(?:und|and|et|y|e|i|en|og|och|a)\s+")
NAMES_CAPTION_NAME_RE = re.compile(
    r"^[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:von|van|de|der|den|da|di|du|la|le|del|dos|"
    r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*)){0,3}$")
NAMES_CAPTION_MIN = 4


def names_caption(text: str) -> bool:
    """``text`` is a group photo's who-is-who caption (:data:`NAMES_CAPTION_RE`)."""
    m = NAMES_CAPTION_RE.match(text.strip())
    if m is None:
        return False
    names = [n for n in NAMES_CAPTION_SPLIT_RE.split(m.group("names")) if n]
    return len(names) >= NAMES_CAPTION_MIN and all(NAMES_CAPTION_NAME_RE.match(n) for n in names)

#: A footer's notice that forbids copying, a line of its own with no © or year ("Nikkei
#: Inc. No reproduction without permission.", "無断転載を禁じます"): the page's small print,
#: never a story's text.
REPRODUCTION_NOTICE_RE = re.compile(
    r"\bno\s+reproduction\s+without\s+(?:prior\s+)?(?:written\s+)?permission\b|"
    r"\breproduction\s+(?:in\s+whole\s+or\s+in\s+part\s+)?without\s+(?:prior\s+)?(?:written\s+)?"
    r"permission\s+is\s+(?:strictly\s+)?prohibited\b|無断転載を禁じます|無断転載禁止|"
    r"reproduction\s+interdite|vervielfältigung\s+nur\s+mit\s+genehmigung",
    re.IGNORECASE)

#: A publication's legal imprint, the footer lines its country's press law asks for: its
#: registration ("Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 57534", "Registrazione
#: Tribunale di Roma n. 123/2001", "Commission paritaire n° 0123"), its founder, publisher
#: and responsible editor, its ISSN, its company number. A short line opening so is the
#: page's small print; :data:`IMPRINT_MIN_LINES` of them close together are its imprint.
IMPRINT_LINE_RE = re.compile(
    r"^\s*(?:свидетельство\s+о\s+регистрации|зарегистрировано\b|учредител[ьи]\b|"
    r"главный\s+редактор\b|регистрационный\s+номер|номер\s+свидетельства|"
    r"свідоцтво\s+про\s+(?:державну\s+)?реєстрацію|засновник\b|головний\s+редактор\b|"
    r"registrazione\s+(?:presso\s+il\s+)?tribunale|reg\.?\s+trib\.|autorizzazione\s+(?:del\s+)?"
    r"tribunale|direttore\s+responsabile\b|testata\s+(?:giornalistica\s+)?registrata|"
    r"p\.\s?iva\b|partita\s+iva\b|directeur\s+de\s+(?:la\s+)?publication\b|"
    r"commission\s+paritaire|n°\s*cppap|dépôt\s+légal\b|depósito\s+legal\b|"
    r"director\s+responsable\b|v\.\s?i\.\s?s\.\s?d\.\s?p\.|verantwortlich\s+(?:i\.\s?s\.\s?d\.|im\s+sinne)|"
    r"issn\b|cnpj\b|redaktor\s+naczelny\b|wydawca\s*:|editor[- ]in[- ]chief\s*:|"
    r"registered\s+in\s+(?:england|scotland|ireland)|registered\s+office\b|"
    r"company\s+(?:registration\s+)?(?:number|no\.?)\b|"
    # Bengali and Hindi mastheads: the editor, publisher and offices ("সম্পাদক:- ...",
    # "প্রকাশক:- ...", "বাণিজ্যিক কার্যালয়: ...", "संपादक: ...")
    r"(?:নির্বাহী\s+|ব্যবস্থাপনা\s+|ভারপ্রাপ্ত\s+|প্রধান\s+)?সম্পাদক\s*(?:ও\s+প্রকাশক\s*)?[:ঃ]|"
    r"প্রকাশক\s*[:ঃ]|(?:বার্তা|বাণিজ্যিক|প্রধান)[^:ঃ\n]{0,30}কার্যাল\S{0,3}\s*[:ঃ]|"
    r"(?:प्रधान\s+|कार्यकारी\s+)?संपादक\s*[:ः]|प्रकाशक\s*[:ः])", re.IGNORECASE)
#: The line that heads a Russian or Ukrainian imprint with the publication's registered
#: name ("Сетевое издание «МК в Оренбурге» oren.mk.ru"), or an Italian one ("Testata
#: giornalistica «X»"): the page's own name, ``name``.
IMPRINT_NAME_RE = re.compile(
    r"^\s*(?:сетевое\s+издание|интернет-издание|электронное\s+(?:периодическое\s+)?издание|"
    r"мережеве\s+видання|інтернет-видання|testata\s+giornalistica)\s+"
    r"[«\"„“](?P<name>[^«»\"“”„]{2,40})[»\"“”]", re.IGNORECASE)
#: The longest imprint line (words: "Зарегистрировано Федеральной службой по надзору в
#: сфере связи, ... (Роскомнадзор)."), the imprint lines that make one, and how many lines
#: may stand between two of them.
IMPRINT_LINE_MAX_WORDS = 20
IMPRINT_MIN_LINES = 3
IMPRINT_REACH = 3

#: A footer's label over the site's blurb ("About us", "Über uns", "À propos"): the
#: paragraph under it describes the site, never a story.
ABOUT_LABEL_RE = re.compile(
    r"^\s*(?:about(?:\s+us)?|who\s+we\s+are|über\s+uns|wir\s+über\s+uns|à\s+propos(?:\s+de\s+nous)?|"
    r"qui\s+sommes-nous\s*\??|acerca\s+de(?:\s+nosotros)?|quiénes\s+somos|sobre\s+(?:nós|nosotros)|"
    r"quem\s+somos|chi\s+siamo|o\s+nas|over\s+ons|om\s+oss|om\s+os|о\s+нас|hakkımızda|"
    r"tietoa\s+meistä|关于我们|關於我們|会社概要)\s*:?\s*$", re.IGNORECASE)
#: How many paragraphs under such a label are the blurb.
ABOUT_BLURB_LINES = 2
#: A footer's link to the site's page about itself, naming the site ("About The Verge",
#: "Über tagesschau.de", "À propos de Mediapart", "マイナビニュースについて", "关于财新网"): where a
#: © line names the company behind the site ("Copyright © Mynavi Corporation"), the name of
#: the link is the site's (round 46). "About us" and its kind name no one
#: (:data:`ABOUT_LABEL_RE`). The footer's heading over the site's own links, "More from The
#: Scotsman" (round 47), names it the same way (a writer's "More from X" is a byline's).
ABOUT_SITE_RE = re.compile(
    r"^\s*(?:(?:about|über|à\s+propos\s+d[eu']\s*|acerca\s+de|sobre|a\s+proposito\s+di|"
    r"over|om|o|more\s+from)\s+(?P<name>[^\W\d_][^|•:()]{1,40}?)|关于(?P<zh>[^\W\d_]\w{1,15})|"
    r"(?P<ja>[^\W\d_][^|•:()\s]{1,20}?)について)\s*$", re.IGNORECASE)

#: A site's name as its own lines write it: one to four capitalised words ("Der
#: Landesspiegel", "The Atlantic"), ``name``; capitals asked even where the pattern using it
#: ignores case.
_SITE_NAME = r"(?P<name>(?-i:[A-ZÀ-Þ])[\w.'’&-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w.'’&-]*){0,3})"

#: The site's description of itself in its footer: its name, then that it is a newspaper,
#: a news site or a registered publication ("Der Landesspiegel ist eine Online-Zeitung in
#: Liechtenstein.", "Vegolosi.it è una testata giornalistica registrata presso il
#: Tribunale di Milano ...", "The Daily Planet is an independent newspaper serving ...";
#: round 51): the name is the site's, ``name`` (an article or a determiner before it
#: dropped). The kind closes a run of at most three words after the article.
SELF_DESCRIBED_RE = re.compile(
    r"^\s*(?:(?:the|der|die|das|la|il|lo|el|le|les|o|a)\s+)?"
    + _SITE_NAME + r"\s+"
    r"(?:is|ist|è|es|est|é|jest|je|er|är|on)\s+"
    r"(?:(?:an?|eine?|una?|une|um|uma|un)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:newspaper|news\s+(?:site|website|portal|outlet|organi[sz]ation|magazine)|online\s+newspaper|"
    r"online-zeitung|zeitung|tageszeitung|wochenzeitung|nachrichtenportal|nachrichtenseite|"
    r"online-magazin|magazin|testata(?:\s+giornalistica)?|quotidiano|giornale|rivista|"
    r"periódico|diario|revista|portal\s+de\s+noticias|jornal|quotidien|journal|hebdomadaire|"
    r"magazine|daily|weekly|dagblad|krant|tidning|avis|gazeta|dziennik|noviny)\b", re.IGNORECASE)
#: A notice thanking the reader for supporting the site by its name, closing a footer's or
#: an affiliate note's line ("... we receive a commission. Thank you for supporting The
#: Atlantic.", "Merci de soutenir Le Monde."): ``name`` is the site's (round 55).
THANKED_SITE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:thank\s+you|thanks)\s+for\s+(?:supporting|reading)|"
    r"merci\s+de\s+soutenir|gracias\s+por\s+apoyar\s+a|grazie\s+per\s+sostenere|"
    r"obrigad[oa]\s+por\s+apoiar\s+[oa])\s+", re.IGNORECASE)
_THANKED_NAME = re.compile(_SITE_NAME + r"\s*[.!]?\s*$")


def thanked_site(text: str) -> str | None:
    """The site a closing thanks names (:data:`THANKED_SITE_RE`): the capitalised words
    after it, up to the line's end; None where other words follow ("... supporting local
    journalism in our county")."""
    for m in THANKED_SITE_RE.finditer(text):
        name = _THANKED_NAME.match(text, m.end())
        if name:
            return name.group("name").rstrip(".")
    return None


# A live feed's entry opens with its clock time, in the notations papers print it. Each
# row reads the time at the line's start and names the title after it ``rest``; a dash, a
# colon, a middle dot or a bar may stand between. Hours run to 23, minutes to 59 ("2:1",
# "1.500" are no clock).
_HOUR = r"(?:[01]?\d|2[0-3])"
_ZONE = r"(?:\s*(?:GMT|UTC|CET|CEST|MEZ|MESZ|BST|ET|EST|EDT|PT|PST|PDT|IST|JST|KST|MSK|HKT|SGT)(?!\w))?"
_AFTER_CLOCK = r"\s*(?:[-–—:：·•|]\s*)?(?P<rest>\S.*)$"
LIVE_CLOCK_RES = (
    # "8h47 - Title", "14h05 : Title": the French clock
    re.compile(rf"^{_HOUR}h[0-5]\d{_ZONE}{_AFTER_CLOCK}"),
    # "08:47 Title", "8:47 Uhr: Title", "10:15 AM · Title", "10:15 a.m. ET - Title"
    re.compile(rf"^{_HOUR}:[0-5]\d(?:\s*[AaPp]\.?\s?[Mm]\.?|\s*(?:Uhr|hs?|horas?|ч\.?)(?!\w))?"
               rf"{_ZONE}{_AFTER_CLOCK}"),
    # "8.47 Uhr Title", "8.47 h - Title", "8.47 - Title": the dotted clock with its unit or a
    # dash after it (a bare "8.47 Title" may be a section's number)
    re.compile(rf"^{_HOUR}\.[0-5]\d(?:\s*(?:Uhr|h|hs|horas?|ч\.?)(?!\w){_ZONE}{_AFTER_CLOCK}"
               r"|\s*[-–—·•|]\s*(?P<rest2>\S.*)$)"),
    # "14時05分 Title", "14時5分：Title": the Japanese and Chinese clock
    re.compile(rf"^{_HOUR}[時时][0-5]?\d分{_AFTER_CLOCK}"),
    # "14시 05분 Title": the Korean clock
    re.compile(rf"^{_HOUR}시\s*[0-5]?\d분{_AFTER_CLOCK}"),
)


def clock_opener(text: str) -> str | None:
    """What follows the clock time ``text`` opens with (:data:`LIVE_CLOCK_RES`), or None
    when it opens with none: a live feed entry's title under its time."""
    text = text.strip()
    for rx in LIVE_CLOCK_RES:
        m = rx.match(text)
        if m:
            return (m.group("rest") if m.groupdict().get("rest") else m.group("rest2")).strip()
    return None
