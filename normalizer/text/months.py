"""Month names of the languages that :mod:`normalizer.cues.text` does not list.

``normalizer.cues.text`` names the months in English, German, French, Spanish and Russian;
this table adds the other languages of the news tagwire reads, in the forms dates are
written in (nominative and genitive where they differ: Polish "29 kwietnia 2021", Czech
"15. března 2021", Ukrainian "15 серпня 2016", Finnish "15. elokuuta 2016"), with their
usual abbreviations. Row ``n`` holds month ``n``. Read by :mod:`normalizer.text.dates`.
"""
from __future__ import annotations

MONTH_NAMES_BY_NUMBER: tuple[tuple[str, ...], ...] = (
    # pt, it, nl, sv/da/nb, pl, cs, sk, hr/sr/sl, ro, hu, tr, fi, uk, id/ms, ca (Croatian
    # "listopad" is October, Polish and Czech November: November wins)
    ("janeiro", "jan", "gennaio", "gen", "januari", "januar", "january", "styczeń", "stycznia",
     "sty", "leden", "ledna", "januára", "januar", "siječanj", "siječnja", "sijecnja", "januara",
     "ianuarie", "ian", "január", "ocak", "tammikuu", "tammikuuta", "січень", "січня", "janvier",
     "gener"),
    ("fevereiro", "fev", "febbraio", "feb", "februari", "februar", "luty", "lutego", "lut",
     "únor", "února", "februára", "veljača", "veljače", "februara", "februarie", "február",
     "şubat", "subat", "helmikuu", "helmikuuta", "лютий", "лютого", "febrer", "pebruari"),
    ("março", "marco", "mar", "marzo", "maart", "mars", "marts", "marzec", "marca", "březen",
     "března", "marec", "marca", "ožujak", "ožujka", "marta", "martie", "március", "mart",
     "maaliskuu", "maaliskuuta", "березень", "березня", "març", "maret"),
    ("abril", "abr", "aprile", "apr", "april", "kwiecień", "kwietnia", "kwi", "duben", "dubna",
     "apríl", "apríla", "travanj", "travnja", "aprila", "aprilie", "április", "nisan",
     "huhtikuu", "huhtikuuta", "квітень", "квітня", "abril"),
    ("maio", "mag", "maggio", "mei", "maj", "maja", "květen", "května", "máj", "mája",
     "svibanj", "svibnja", "maja", "mai", "május", "mayıs", "mayis", "toukokuu", "toukokuuta",
     "травень", "травня", "maig"),
    ("junho", "jun", "giugno", "giu", "juni", "czerwiec", "czerwca", "cze", "červen", "června",
     "jún", "júna", "lipanj", "lipnja", "juna", "iunie", "június", "haziran", "kesäkuu",
     "kesäkuuta", "червень", "червня", "juny"),
    ("julho", "jul", "luglio", "lug", "juli", "lipiec", "lipca", "lip", "červenec", "července",
     "júl", "júla", "srpanj", "srpnja", "jula", "iulie", "július", "temmuz", "heinäkuu",
     "heinäkuuta", "липень", "липня", "juliol"),
    ("agosto", "ago", "augustus", "augusti", "august", "sierpień", "sierpnia", "sie", "srpen",
     "srpna", "augusta", "kolovoz", "kolovoza", "avgusta", "augusta", "august", "augusztus",
     "ağustos", "agustos", "elokuu", "elokuuta", "серпень", "серпня", "agost", "agustus"),
    ("setembro", "set", "settembre", "september", "wrzesień", "września", "wrz", "září",
     "septembra", "rujan", "rujna", "septembar", "septembra", "septembrie", "szeptember",
     "eylül", "eylul", "syyskuu", "syyskuuta", "вересень", "вересня", "setembre"),
    ("outubro", "out", "ottobre", "ott", "oktober", "październik", "października", "paź",
     "říjen", "října", "október", "októbra", "oktobar", "oktobra",
     "octombrie", "ekim", "lokakuu", "lokakuuta", "жовтень", "жовтня", "octubre"),
    ("novembro", "novembre", "november", "listopad", "listopada", "lis", "listopadu",
     "novembra", "studeni", "studenoga", "novembar", "noiembrie", "kasım", "kasim",
     "marraskuu", "marraskuuta", "листопад", "листопада", "novembre", "nopember"),
    ("dezembro", "dez", "dicembre", "dic", "december", "grudzień", "grudnia", "gru",
     "prosinec", "prosince", "decembra", "prosinac", "prosinca", "decembar", "decembrie",
     "aralık", "aralik", "joulukuu", "joulukuuta", "грудень", "грудня", "desembre", "desember"),
)

#: Arabic month names, row ``n`` holding month ``n``: the Levantine and Iraqi names
#: (``كانون الثاني``, ``آب``; two words for four months), the Egyptian and Gulf names taken
#: from the Latin (``يناير``, ``أغسطس``), the Tunisian and Algerian names taken from the
#: French (``جانفي``, ``فيفري``, ``أوت``) and the Moroccan ones (``غشت``, ``شتنبر``), each
#: as pages spell it with and without hamza. Levantine pages often add the Latin-derived
#: name after a slash ("04 آب/اغسطس 2013"); :mod:`normalizer.text.dates` reads both forms.
#: Each row ends with the Urdu name ("12 مئی 2024") and the Persian name of the Gregorian
#: month ("13 مه 2024"), written in the same script and read the same way. (Persian
#: solar-calendar dates, "۲۴ اردیبهشت ۱۴۰۳", need a calendar conversion: not read.)
ARABIC_MONTH_NAMES_BY_NUMBER: tuple[tuple[str, ...], ...] = (
    ("كانون الثاني", "يناير", "جانفي", "جنوری", "ژانویه"),
    ("شباط", "فبراير", "فيفري", "فروری", "فوریه"),
    ("آذار", "اذار", "مارس", "مارچ"),
    ("نيسان", "أبريل", "ابريل", "إبريل", "أفريل", "افريل", "اپریل", "آوریل"),
    ("أيار", "ايار", "مايو", "ماي", "مئی", "مه"),
    ("حزيران", "يونيو", "يونيه", "جوان", "جون", "ژوئن"),
    ("تموز", "يوليو", "يوليه", "جويلية", "يوليوز", "جولائی", "ژوئیه"),
    ("آب", "أغسطس", "اغسطس", "أوت", "اوت", "غشت", "اگست"),
    ("أيلول", "ايلول", "سبتمبر", "شتنبر", "ستمبر", "سپتامبر"),
    ("تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر", "اکتوبر", "اکتبر"),
    ("تشرين الثاني", "نوفمبر", "نونبر", "نومبر", "نوامبر"),
    ("كانون الأول", "كانون الاول", "ديسمبر", "دجنبر", "دسمبر", "دسامبر"),
)
