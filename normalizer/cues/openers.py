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
    re.compile(rf"^(?P<place>{_PLACE_ANY})\s*(?:\((?P<country>[^()]{{2,30}})\)\s*)?"
               r"\((?P<src>[^()]{2,40})\)\s*(?:--|[-–—:]|\.-)\s*(?=\S)"),
    # "【6月18日 AFP】": the Japanese and Chinese wire opener
    re.compile(r"^[【\[](?P<when>[^】\]]{0,20}?)\s*(?P<src>[A-Za-z/ ]{2,20})[】\]]\s*(?P<place>)"),
    # "ایسنا: ...", "PLACE: Outlet -": an outlet's name and a colon, in any script
    re.compile(r"^(?:(?P<place>[^\W\d_][^:()\n]{1,30}?)\s*:\s*)?"
               r"(?P<src>[^\W\d_][^:()\n\-–—]{1,30}?)\s*(?::|\s[-–—])\s+(?=\S)"),
)

#: The place of a dateline stops at a comma in any script ("دمشق، سوريا" -> "دمشق").
PLACE_CUT_RE = re.compile(r"\s*[,،、]\s*.*$")

#: Credit lines that close a story beyond the main table's shapes ("Yurii Shyvala
#: contributed reporting.", "Additional reporting by ..."): story text, kept with the story
#: when a page's chrome follows it.
CLOSING_CREDIT_RE = re.compile(
    r"^(?:.{2,120}?\s+contributed\s+(?:reporting|research|to\s+this\s+(?:report|story))"
    r"(?:\s+from\s+.{2,60})?\.?"
    r"|[(\[]?(?:additional\s+|with\s+|based\s+on\s+)?(?:reporting|writing|editing)\s+by\s+.{2,200}?"
    r"[)\]]?\.?"
    r"|[(\[]?with\s+assistance\s+from\s+.{2,200}?[)\]]?\.?)\s*$",
    re.IGNORECASE)

#: A newspaper's own reporting, named in its first lines: "The Telegraph can reveal",
#: "X has learned", "X exclusive:" -> the source is X.
OWN_REPORTING_RE = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:can\s+(?:now\s+)?reveal|has\s+learned|has\s+learnt|understands)\b"
    r"|^(?P<excl>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+exclusive\s*:")
#: A blog's "read the rest" link under an excerpt: chrome wherever it stands.
MORE_LINK_RE = re.compile(r"^[(\[]?\s*(?:more|read\s+more|weiterlesen|leer\s+más|lire\s+la\s+suite|"
                          r"читать\s+далее|ادامه\s+مطلب|المزيد)\s*(?:…|\.\.\.)?\s*[)\]]?\s*[»›→]?$",
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

#: A teaser's lead that ends with a link to the whole article ("... told reporters.  Full
#: Article", "... Weiterlesen »"): a story's teaser, never a box of the page's sidebar.
TEASER_END_RE = re.compile(r"(?:\s|^)(?:full\s+(?:article|story)|read\s+more|continue\s+reading|"
                           r"weiterlesen|mehr\s+lesen|lire\s+la\s+suite|leer\s+más|"
                           r"читать\s+далее)\s*(?:…|\.\.\.)?\s*[»›→]?\s*$", re.IGNORECASE)

#: A dateline on a line of its own, as newspapers print it under the byline ("Reporting
#: from Idlib City, Syria", "Reporting from Kyiv"): the story's dateline, not its text.
REPORTING_FROM_RE = re.compile(
    r"^(?i:reporting|reported|written)\s+from\s+(?P<place>[A-ZÀ-Þ][^.!?;:]{1,60}?)\s*\.?$")
