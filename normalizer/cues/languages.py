"""Languages the detector cannot name, as data (read by :mod:`normalizer.stories.language`).

langdetect knows 55 languages. Text in a script none of them is written in gets a wrong
answer, not "und" (Armenian comes out as Estonian); text in a language close to one it
knows gets the neighbour (Bosnian comes out as Croatian). Two tables mend that:

- :data:`SCRIPTS`: scripts written by one language the detector lacks, by code point
  range. A story whose letters are mostly in one of them is in that language; the
  detector is not asked.
- :data:`RELATIVES`: a language the detector lacks, and the close languages it answers
  for it. Where a page declares such a language (``<html lang="bs-BA">``) and the
  detector answers one of its relatives for a story, the page's declaration decides:
  the detector cannot tell them apart, the page's authors can.
- :data:`SCRIPT_NEEDED`: languages the detector may answer for text that lacks the
  script they are always written with (Traditional Chinese read as Korean, whose profile
  holds Hanja n-grams, though the text has no Hangul).
- :data:`QUOTES`: quotation marks whose spans are left out of the text the language is
  told on (a Tagalog story quoting English statements is Tagalog).
"""
from __future__ import annotations

#: (ISO 639-1 code, inclusive code point ranges) of scripts used by one language the
#: detector has no profile for. (Ethiopic is Amharic's and Tigrinya's; Amharic is by far
#: the larger press.)
SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("hy", ((0x0530, 0x058F), (0xFB13, 0xFB17))),                  # Armenian
    ("ka", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),  # Georgian
    ("am", ((0x1200, 0x139F), (0x2D80, 0x2DDF))),                  # Ethiopic
    ("km", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),                  # Khmer
    ("lo", ((0x0E80, 0x0EFF),)),                                   # Lao
    ("my", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),  # Myanmar
    ("si", ((0x0D80, 0x0DFF),)),                                   # Sinhala
    ("bo", ((0x0F00, 0x0FFF),)),                                   # Tibetan
    ("dv", ((0x0780, 0x07BF),)),                                   # Thaana (Dhivehi)
    ("or", ((0x0B00, 0x0B7F),)),                                   # Odia
    ("mn", ((0x1800, 0x18AF),)),                                   # Mongolian script
)

#: Share of a story's letters that must be in one script of :data:`SCRIPTS`.
SCRIPT_SHARE = 0.5

#: Declared language -> the detector's answers that stand for it (its close relatives
#: among the detector's profiles). Only languages the detector has no profile for.
RELATIVES: dict[str, frozenset[str]] = {
    "bs": frozenset({"hr", "sl", "mk"}),
    "sr": frozenset({"hr", "sl", "mk", "bg", "ru"}),
    "be": frozenset({"ru", "uk"}),
    "kk": frozenset({"ru", "uk", "bg", "mk"}),
    "ky": frozenset({"ru", "uk", "bg", "mk"}),
    "tg": frozenset({"ru", "uk", "bg", "mk"}),
    "az": frozenset({"tr"}),
    "ms": frozenset({"id"}),
    "gl": frozenset({"pt", "es"}),
    "lb": frozenset({"de", "nl"}),
    "fy": frozenset({"nl"}),
    "nb": frozenset({"da", "sv"}),
    "nn": frozenset({"da", "sv"}),
}

#: A declared code written the detector's way: Norwegian Bokmål and Nynorsk are "no".
DECLARED_AS = {"nb": "no", "nn": "no"}

#: Languages the detector has profiles for and confuses with each other on little text (a
#: two-sentence Danish lead read as Norwegian, a Dutch line as Afrikaans, a Slovak one as
#: Czech). A story shorter than the detector's calibrated sample that it gave a close
#: kin of the language of the rest of its post is in the rest's language
#: (:func:`~normalizer.stories.language.stories_too_short_take_the_posts`).
CLOSE_KIN: tuple[frozenset[str], ...] = (
    frozenset({"da", "no", "sv"}),
    frozenset({"cs", "sk"}),
    frozenset({"hr", "sl", "bs", "sr"}),
    frozenset({"ru", "uk", "bg", "mk", "be"}),
    frozenset({"id", "ms", "tl"}),
    frozenset({"nl", "af"}),
    frozenset({"es", "ca", "gl"}),
    frozenset({"pt", "gl"}),
)


#: The detector's code -> the code point ranges of a script text in that language always
#: holds. Where the detector's first answer is one of these and the sample has none of
#: the script's letters, the answer is impossible and the next one is taken: Korean is
#: written with Hangul (Hanja alone never makes a Korean story), Japanese with kana.
#: Pure Han text is Chinese.
SCRIPT_NEEDED: dict[str, tuple[tuple[int, int], ...]] = {
    "ko": ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),  # Hangul
    "ja": ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),  # hiragana, katakana
}

#: (opening, closing) quotation marks whose spans are others' words: a story's language
#: is that of its writer's own words, not that of what it quotes (Taglish: Tagalog
#: narration around English statements). A span left open runs to the paragraph's end
#: (a quote over several paragraphs opens each one without closing it). CJK corner
#: brackets are not here: in Chinese they quote Chinese as often as not.
QUOTES: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “ ”
    ("\u201e", "\u201c"),  # „ “
    ("\u00ab", "\u00bb"),  # « »
)

#: The writer's own words must be at least this share of the sample's letters for the
#: quotes to be left out; a story that is mostly quotes is told by them.
OWN_WORDS_SHARE = 0.2


# --- Bosnian, Serbian and Croatian where no page declares which --------------------------


def _words(text: str) -> frozenset[str]:
    """A table of words written as running text, one space or line end between words."""
    return frozenset(text.split())

#
# The detector has one profile for the western South Slavic standards, Croatian ("hr"):
# Bosnian and Serbian (Latin) text comes out as Croatian. Where the page does not declare
# the language (a theme's ``lang="en"``), the standards' own words tell them apart: each
# has words and forms the others do not write. Counted on the whole story, as whole
# lower-cased words; a story is moved off "hr" only when the eastern words outnumber the
# Croatian ones clearly (:data:`EAST_MIN`, :data:`EAST_OVER_WEST`).

#: Words of standard Croatian that Bosnian and Serbian write otherwise (tko/ko,
#: tisuća/hiljada, tjedan/sedmica, obitelj/porodica, the Croatian month names, ...).
CROATIAN_WORDS = _words("""
tko netko nitko itko svatko tisuća tisuće tisuću tisućama tjedan tjedna tjednu tjedno
tjedana obitelj obitelji obiteljski obiteljske obiteljskog kruh kruha vlak vlaka vlakom
zrakoplov zrakoplova zrakoplovom glazba glazbe glazbu glazbeni glazbena nogomet nogometa
nogometni nogometna nogometaša sveučilište sveučilišta sveučilištu kazalište kazališta
povijest povijesti povijesni povijesne znanost znanosti znanstveni znanstvenici tvrtka
tvrtke tvrtki tvrtku točno točka izvješće izvješća izvješću tijekom
siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja lipanj
lipnja srpanj srpnja kolovoz kolovoza rujan rujna listopad listopada studeni studenog
studenoga prosinac prosinca europski europske europska europskoj europu europi europe
priopćenje priopćio priopćila veleposlanik veleposlanstvo zapovjednik tisak plaća
plaće mirovina mirovine umirovljenik umirovljenici kava suradnja suradnje suradnji suradnju
vjerojatno
""")

#: Words of standard Bosnian and Serbian (and Montenegrin) that Croatian writes otherwise.
EASTERN_WORDS = _words("""
ko hiljadu hiljada hiljade hiljadama sedmica sedmice sedmicu sedmično
porodica porodice porodicu porodici porodični porodičnih hljeb hleb voz voza vozom fudbal
fudbala fudbalski fudbalska fudbalera univerzitet univerziteta univerzitetu pozorište
pozorišta historija historije historiji istorija istorije istoriji nauka nauke
naučni naučnici tačno tačka kancelarija kancelarije izvještaj izvještaja izveštaj
izveštaja tokom januar januara februar februara mart april aprila jun juna
juni jul jula juli avgust avgusta septembar septembra oktobar oktobra novembar novembra
decembar decembra evropski evropske evropska evropskoj evropu evropi evrope uopšte
saopćenje saopćio saopćila saopštenje saopštio saopštila ambasador ambasada ambasade
komandant štampa plata penzija penzije penzioner penzioneri kafa kahva lahko opština
opštine opštini takođe saradnja saradnje saradnji saradnju vjerovatno verovatno
bezbjednost bezbjednosti bezbednost bezbednosti spoljni spoljnih spoljne inostranstvu
""")

#: A verb of wanting or being able followed by "da" and a present tense ("želim da vas
#: obavijestim", "može da"): how Bosnian and Serbian say what Croatian says with an
#: infinitive. Each counts as one eastern word.
EAST_DA_VERBS = _words("""
želim želi želimo žele željela želio želeo mogu može možemo mogla mogao moram mora moramo
moraju trebalo hoću hoće hoćemo namjerava namerava pokušava počeo počela
""")

#: Serbian's ekavian forms (vreme, mesto, deca), and the ijekavian forms Bosnian,
#: Montenegrin and Croatian write for them (vrijeme, mjesto, djeca): eastern text with more
#: ekavian than ijekavian forms is Serbian, otherwise Bosnian (the largest ijekavian press
#: of the east; the detector has no profile for any of them).
EKAVIAN_WORDS = _words("""
vreme vremenu mesto mesta mestu deca dece deci dete deteta reč reči reka reke cena cene
gde negde lep lepo lepa predsednik predsednika predsedniku mleko beli belo dve pesma
pesme nedelja nedelje nedelju posle uvek poslednji poslednje poslednjih telo tela deo
celo ceo cela celog hteo videti razumeti želeo svetski svetske
""")
IJEKAVIAN_WORDS = _words("""
vrijeme mjesto mjesta mjestu djeca djece djeci dijete djeteta riječ riječi rijeka rijeke
cijena cijene gdje negdje lijep lijepo lijepa predsjednik predsjednika predsjedniku
mlijeko bijeli bijelo dvije pjesma pjesme nedjelja nedjelje nedjelju poslije uvijek
posljednji posljednje posljednjih tijelo tijela dio cijelo cijeli cijela cijelog htio
vidjeti razumjeti želio svijet svijeta svjetski svjetske
""")

#: Eastern words a story needs, at least, to be moved off Croatian, and how many times
#: its Croatian words they must outnumber.
EAST_MIN = 2
EAST_OVER_WEST = 2

#: Serbian's own Cyrillic letters (ђ, ћ and capitals): Macedonian writes ѓ, ќ for them,
#: Russian, Ukrainian and Bulgarian neither. Cyrillic text with at least
#: :data:`SERBIAN_LETTERS_MIN` of them is Serbian, whichever Cyrillic language the
#: detector answered.
SERBIAN_LETTERS = "\u0452\u045b\u0402\u040b"
SERBIAN_LETTERS_MIN = 2
CYRILLIC_RELATIVES = frozenset({"mk", "bg", "ru", "uk"})
#: Serbian Cyrillic without ђ or ћ in the sample comes out as Macedonian (141 of 277 real
#: samples): the two standards' little words tell them apart (Serbian "је", "у", "су",
#: "који"; Macedonian "е", "во", "со", "дека"). A sample read as Macedonian is Serbian
#: where at least :data:`SERBIAN_WORDS_MIN` of its words are Serbian's and they
#: outnumber the Macedonian ones.
SERBIAN_CYRILLIC_WORDS = _words("је у су са као из који која које био била није код али због када")
MACEDONIAN_WORDS = _words("е во со го ја ги дека тоа кои кој ќе според беше тој таа тие")
SERBIAN_WORDS_MIN = 2


# --- isiZulu and isiXhosa, which the detector reads as Swahili ---------------------------
#
# The detector has no profile for the Nguni languages and answers Swahili for them. Its
# answer is impossible where the text writes letters Swahili's spelling never does (q, x,
# c without h: the click consonants; hl, dl, bh), and the Nguni languages' own little
# words then say which one it is.

#: A word spelt as Swahili never spells one: a click letter (q, x, c not before h) or
#: one of the Nguni digraphs hl, dl, bh.
NGUNI_SPELLING = r"\b\w*(?:q|x|c(?!h)|hl|dl|bh)\w*\b"
#: Words so spelt a text needs before the detector's "sw" is ruled out.
NGUNI_SPELLING_MIN = 2
#: Each Nguni language's frequent little words that the other does not use (isiZulu
#: "ukuthi", "futhi", "uma", "lapho"; isiXhosa "ukuba", "kwaye", "xa", "apho"). Grown from
#: the words of one half of lingua's 1,000 real test sentences a language (pemistahl/
#: lingua-go, Apache-2.0, kept outside the project) found in one language's sentences at
#: least six times as often as in the other's, topic words left out; measured on the
#: other half (see ``tests/test_language_tables.py``).
NGUNI_WORDS: dict[str, frozenset[str]] = {
    "zu": _words("ukuthi futhi uma lapho manje noma lokhu kanti kusho ngokusho kanye ngakho "
                 "lapha khona ngoba lokho kahle kufanele kukhona njengoba bese lezi kusukela "
                 "abaningi yini"),
    "xh": _words("ukuba kwaye xa apho ngoku okanye yaye kananjalo kuba ngokuba nokuba emva nto "
                 "ezi eli esi kunye enye umntu eyona apha utshilo akukho kufuneka koko kweli "
                 "kokuba ixesha ziya oko ngoko kakuhle kwakunye"),
}
#: Little words of one of them a text needs to be named so.
NGUNI_WORDS_MIN = 1
#: The detector answers other languages than Swahili for Nguni text too (English where a
#: story names an English institution, Estonian for a short one): text is taken for
#: Nguni whatever the detector said where, besides the spelling, nearly all its words end
#: in a vowel (Bantu words do; English at most 0.57 of a sample's words, Italian, which
#: writes c and x too, up to 0.94 in the project's gold stories) and a word writes its
#: prefix before a capital ("uMnu", "eThekwini", "KwaZulu", "weLANGA": the Nguni and
#: Sotho spelling of a class or locative prefix before a name, which Italian never writes).
NGUNI_VOWEL_FINAL_SHARE = 0.8
#: Words of at least three letters a sample needs before its vowel-final share is read.
NGUNI_WORDS_COUNTED_MIN = 8
NGUNI_PREFIXED_NAME = r"\b[a-z]{1,4}[A-Z][a-z]"
#: The language named where the text is Nguni and its little words do not tell which:
#: isiZulu, the larger of the two (about 12 million first-language speakers against 8
#: million; the larger press) -- a better answer than the detector's Swahili, which is
#: certainly wrong for such text.
NGUNI_DEFAULT = "zu"


# --- Languages told by letters the detector's profiles never write -----------------------
#
# The detector answers its nearest profile for a language it lacks: Icelandic comes out
# as Norwegian, Azerbaijani as Turkish, Kazakh and Belarusian as Russian or Ukrainian.
# Each of these languages writes letters none of the detector's languages writes
# (Icelandic þ, Azerbaijani ə, Kazakh ә ғ қ ң ө ұ ү һ, Belarusian ў); a story written
# with them is in the language whose own letters it uses. Measured on 300-character
# samples of real sentences (pemistahl/lingua-go's test data, Apache-2.0, kept outside
# the tree): Icelandic 294 samples read as no/sv/hu/et/da before, Azerbaijani 292 as
# Turkish, Kazakh 285 and Belarusian 285 as Russian/Ukrainian, Mongolian 282 as Russian.

#: (ISO 639-1 code, the letters of its alphabet that no profile of the detector writes,
#: all the accented Latin letters it writes or "" for a Cyrillic alphabet), lower case.
#: Several languages share some (Kazakh, Kyrgyz, Tatar and Bashkir all write ң ө ү): the
#: story's own letters decide (:func:`~normalizer.stories.language.letter_language`: the
#: language whose letters cover most of those present and leave fewest out; a tie goes to
#: the smaller alphabet). A Latin-script language is ruled out where the story writes
#: accented letters its alphabet lacks (:data:`LETTER_FOREIGN_SHARE`): Turkish text read
#: in the wrong code page writes "þ" and "ð" for ş and ğ, beside its own ç and ü, which
#: Icelandic never writes.
LETTER_LANGUAGES: tuple[tuple[str, str, str], ...] = (
    ("is", "þð", "áéíóúýþðæö"),             # Icelandic (Faroese's ð too: the larger press)
    ("az", "ə", "çəğıöşü"),                 # Azerbaijani (schwa)
    ("mt", "ħġċ", "ċġħżàèìòùî"),            # Maltese
    ("ha", "ƙɗɓ", "ƙɗɓ"),                   # Hausa (hooked letters)
    ("uz", "ʻ", "ʻ"),                       # Uzbek Latin (oʻ, gʻ with the turned comma)
    ("kk", "әғқңөұүһ", ""),                 # Kazakh Cyrillic
    ("ky", "ңөү", ""),                      # Kyrgyz
    ("tt", "әҗңөүһ", ""),                   # Tatar
    ("ba", "әғҙҡңөҫүһ", ""),                # Bashkir
    ("tg", "ғӣқӯҳҷ", ""),                   # Tajik
    ("uz", "ўқғҳ", ""),                     # Uzbek Cyrillic
    ("be", "ў", ""),                        # Belarusian (short u)
    ("mn", "өү", ""),                       # Mongolian Cyrillic
    ("", "ҕҥөһү", ""),                      # Sakha: no two-letter code; the detector's answer stays
)
#: The share of a story's accented Latin letters that may lie outside a Latin-script
#: language's alphabet (a foreign name) before that language is ruled out.
LETTER_FOREIGN_SHARE = 0.1
#: How many of those letters a sample needs, at least, and the share of its words that
#: must hold one: a Russian story naming "Қазақстан" once, an English one quoting an
#: Icelandic name, stays in its language.
LETTER_MIN = 3
LETTER_WORD_SHARE = 0.05


# --- Malay, which the detector reads as Indonesian ----------------------------------------
#
# The detector's Indonesian profile answers for Malay. The two standards spell some
# everyday words differently (kerana/karena, bahawa/bahwa, iaitu/yaitu, wang/uang) and
# use different words for some institutions (kerajaan/pemerintah, polis/polisi,
# mahkamah/pengadilan); counted as whole lower-cased words, as for Bosnian and Serbian.

#: Words standard Malay writes where Indonesian writes another.
MALAY_WORDS = _words("""
kerana bahawa iaitu wang sahaja polis antarabangsa mahkamah pelbagai baharu semalam
kakitangan syarikat pejabat cukai setiausaha peratus menerusi selepas memandangkan
manakala teksi universiti kempen mesyuarat jawatankuasa perlembagaan parlimen encik
""")
#: Words Indonesian writes where Malay writes another.
INDONESIAN_WORDS = _words("""
karena bahwa yaitu uang polisi internasional pengadilan pemerintah kemarin perusahaan
pajak sekretaris persen setelah mobil universitas kampanye konstitusi nggak bisa
""")
#: Malay words a story needs, at least, and how many times its Indonesian words they must
#: outnumber, to be moved off Indonesian.
MALAY_MIN = 2
MALAY_OVER_INDONESIAN = 1

#: Belarusian read as Russian or Ukrainian where its ў is missing from the sample: it
#: writes і, which Russian never does, beside ы or э, which Ukrainian never does. At least
#: this many of each (measured on the 285 Belarusian samples: 36 had no ў).
BELARUSIAN_I = "і"
BELARUSIAN_RUSSIAN = "ыэё"
BELARUSIAN_MIN = 3


# --- Latin-script languages the detector lacks, told by their little words ---------------
#
# Irish comes out as English (216 of 307 real samples), Basque as Indonesian, Dutch,
# Slovene, ... : no letter of theirs is foreign to the detector's languages, but their
# most frequent little words are their own. A sample is named so where at least
# :data:`WORD_LANGUAGE_SHARE` of its words are in one row (measured on lingua-go's test
# sentences, kept outside the tree, and on the detector's 55 languages' samples there).

#: (ISO 639-1 code, its frequent little words no language of the detector writes as often).
WORD_LANGUAGES: tuple[tuple[str, frozenset[str]], ...] = (
    ("ga", _words("agus bhí tá atá sé sí nó ach leis chun féin raibh ní eile í faoi iad ná "
                  "nuair siad amach féidir mór seo ag bhfuil níl don ina freisin nach beidh")),
    ("eu", _words("eta ere dira zen izan baina hau egin dute duen zuen beste bere "
                  "honek ditu dago zuten dituzte zituen edo baino")),
)
WORD_LANGUAGE_SHARE = 0.1
#: And at least this many of them: two short words a German lead shares with Irish ("AG",
#: "nach" in a one-sentence lead of fourteen words) tell no Irish.
WORD_LANGUAGE_MIN_WORDS = 3
