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

#: Month names in Cyrillic beyond Russian's (``normalizer.cues.text``) and Ukrainian's
#: (above): Bulgarian ("15 октомври 2020"), Serbian ("15. октобар 2020", genitive
#: "15. октобра"), Macedonian ("15 октомври 2020", the Bulgarian forms but for "јануари",
#: "мај", "јуни", "јули"), with Bulgarian's usual abbreviations. A headline naming a day
#: ("КЪСМЕТЧЕ за 15 октомври според зодията") is told from a date line by
#: :func:`normalizer.text.dates.split_date_line`, which wants a yearless date line to
#: hold nothing but the date, its clock, filler words and capitalized names (a dateline's
#: place and agency).
CYRILLIC_MONTH_NAMES_BY_NUMBER: tuple[tuple[str, ...], ...] = (
    ("януари", "яну", "јануар", "јануара", "јануари"),
    ("февруари", "фебруар", "фебруара", "февруари"),
    ("март", "марта"),
    ("април", "априла"),
    ("май", "мај", "маја"),
    ("юни", "јун", "јуна", "јуни"),
    ("юли", "јул", "јула", "јули"),
    ("август", "августа"),
    ("септември", "сеп", "септембар", "септембра"),
    ("октомври", "октобар", "октобра"),
    ("ноември", "ное", "новембар", "новембра"),
    ("декември", "децембар", "децембра"),
)
#: Days of the week in the same languages and Ukrainian, lower-cased ("четвъртък, 15
#: октомври 2020"): filler on a date line, never its source.
CYRILLIC_WEEKDAYS: tuple[str, ...] = (
    "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя",  # bg
    "понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља",  # sr
    "четврток", "петок", "сабота", "недела",  # mk
    "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "неділя",  # uk
)

#: Days of the week in more Latin-script languages than ``normalizer.cues.text.WEEKDAYS``
#: holds, lower-cased ("Székelyhon • 2021. május 08., szombat", "wtorek, 5 marca 2024"):
#: filler on a date line, never its source. Hungarian, Polish, Czech, Italian, Portuguese,
#: Dutch, Turkish, Indonesian, Norwegian, Danish, Swedish, Finnish (words that are also
#: common words elsewhere are left out:
#: Turkish "pazar" market, Indonesian "minggu" week).
LATIN_WEEKDAYS: tuple[str, ...] = (
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",  # hu
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",  # pl
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",  # cs
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",  # it
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",  # pt
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",  # nl
    "pazartesi", "salı", "çarşamba", "perşembe", "cumartesi",  # tr
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu",  # id
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",  # no, da
    "måndag", "tisdag", "lördag", "söndag",  # sv (onsdag, torsdag, fredag as above)
    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",  # fi
)

#: Arabic month names, row ``n`` holding month ``n``: the Levantine and Iraqi names
#: (``كانون الثاني``, ``آب``; two words for four months), the Egyptian and Gulf names taken
#: from the Latin (``يناير``, ``أغسطس``), the Tunisian and Algerian names taken from the
#: French (``جانفي``, ``فيفري``, ``أوت``) and the Moroccan ones (``غشت``, ``شتنبر``), each
#: as pages spell it with and without hamza. Levantine pages often add the Latin-derived
#: name after a slash ("04 آب/اغسطس 2013"); :mod:`normalizer.text.dates` reads both forms.
#: Each row ends with the Urdu name ("12 مئی 2024") and the Persian name of the Gregorian
#: month ("13 مه 2024"), written in the same script and read the same way. (Persian
#: solar-calendar dates, "۲۴ اردیبهشت ۱۴۰۳": :data:`PERSIAN_SOLAR_MONTHS`.)
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

#: The months of the Persian solar (Solar Hijri, Jalali) calendar, Iran's and Afghanistan's
#: civil one, in order: "۲۱ اردیبهشت ۱۳۹۹", "2 تیر 1399 - 12:09:08 ب.ظ". Written here with
#: the Persian yeh and kaf; pages often type the Arabic letters (``ي``, ``ك``: "ارديبهشت",
#: "تير"), which :mod:`normalizer.text.dates` folds to these before reading. Mordad is also
#: written Amordad. Years 13xx-14xx: 1300 began in March 1921.
PERSIAN_SOLAR_MONTHS: tuple[tuple[str, ...], ...] = (
    ("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",),
    ("مهر",), ("آبان",), ("آذر",), ("دی",), ("بهمن",), ("اسفند",),
)
#: The days of the week in Persian ("دوشنبه ۲ تیر ۱۳۹۹"), with and without the zero-width
#: non-joiner pages write inside "سه‌شنبه" and "چهارشنبه" (a date line's token reader splits
#: at it, so the two halves are listed too).
PERSIAN_WEEKDAYS: tuple[str, ...] = (
    "شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "سهشنبه", "چهارشنبه", "چهار‌شنبه",
    "پنجشنبه", "پنج‌شنبه", "جمعه", "یک", "سه", "چهار", "پنج",
)
#: Words around a Persian date on a date line ("تاریخ انتشار: ۲۱ اردیبهشت ۱۳۹۹ - ۱۸:۵۹",
#: "24 اردیبهشت 1403 ساعت 09:05", "12:09:08 ب.ظ"): "date", "publication", "hour",
#: "updated", "today", and the halves of ب.ظ / ق.ظ (p.m., a.m.); and the counters a news
#: site's meta line sets beside the date ("کد خبر : 2020984 | 24 اردیبهشت 1403 ساعت 09:05 |
#: 401.7K بازدید | 270 دیدگاه"): "code", "news", "views", "comments". Read with the Persian
#: calendar's names beside the words of ``normalizer.cues.text.DATE_LINE_WORDS``.
PERSIAN_DATE_LINE_WORDS: tuple[str, ...] = (
    "تاریخ", "انتشار", "ساعت", "به‌روزرسانی", "بروزرسانی", "امروز", "ب", "ق", "ظ",
    "کد", "خبر", "بازدید", "دیدگاه",
)

#: Month names of scripts whose words carry vowel signs and other combining marks (Hindi
#: and Marathi in Devanagari, Bengali, Tamil, Burmese): a word of these is no run of
#: letters for a regular expression's ``\w``, so :mod:`normalizer.text.dates` reads them
#: with a pattern of their own ("26 अक्टूबर 2018", "২৬ অক্টোবর ২০১৮", "26 အောက်တိုဘာ 2018").
#: Row ``n`` holds month ``n``; spellings as the news sites of these languages write them
#: (Hindi with and without the nasal's dot: "सितंबर", "सितम्बर").
MARKED_SCRIPT_MONTH_NAMES_BY_NUMBER: tuple[tuple[str, ...], ...] = (
    ("जनवरी", "जानेवारी", "জানুয়ারি", "জানুয়ারী", "ஜனவரி", "ဇန်နဝါရီ"),
    ("फ़रवरी", "फरवरी", "फेब्रुवारी", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "பிப்ரவரி", "ဖေဖော်ဝါရီ"),
    ("मार्च", "মার্চ", "மார்ச்", "மார்ச", "မတ်"),
    ("अप्रैल", "एप्रिल", "এপ্রিল", "ஏப்ரல்", "ဧပြီ"),
    ("मई", "मे", "মে", "மே", "မေ"),
    ("जून", "জুন", "ஜூன்", "ဇွန်"),
    ("जुलाई", "जुलै", "জুলাই", "ஜூலை", "ဇူလိုင်"),
    ("अगस्त", "ऑगस्ट", "আগস্ট", "আগষ্ট", "ஆகஸ்ட்", "ဩဂုတ်", "သြဂုတ်"),
    ("सितंबर", "सितम्बर", "सप्टेंबर", "সেপ্টেম্বর", "செப்டம்பர்", "စက်တင်ဘာ"),
    ("अक्टूबर", "अक्तूबर", "ऑक्टोबर", "অক্টোবর", "அக்டோபர்", "အောက်တိုဘာ"),
    ("नवंबर", "नवम्बर", "नोव्हेंबर", "নভেম্বর", "நவம்பர்", "နိုဝင်ဘာ"),
    ("दिसंबर", "दिसम्बर", "डिसेंबर", "ডিসেম্বর", "டிசம்பர்", "ဒီဇင်ဘာ"),
)
