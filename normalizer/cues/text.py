"""Phrase lists and patterns that tell story text from cruft and metadata.

Kept as data, grouped by concept, so a new kind of caption or a new wording of a promo
is added in one place. Each group says where its wordings come from. Patterns are
written for the shapes of the cue (a label at the start of a line, a credit at its end),
not for sentences of any one page; the sets tagwire is measured on use other outlets,
languages and wordings.

Conventions: ``*_RE`` are compiled regular expressions matched against one block's
whitespace-folded text; ``*_WORDS`` are tuples of lower-case tokens.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from normalizer.cues.outlets import photo_credit_names, wire_services

_I = re.IGNORECASE
#: A word's start: after no letter or digit, or after a Han character or kana (Chinese and
#: Japanese run their words together: "内容仅供参考" holds "仅供参考" after "容").
WORD_START = r"(?<![^\W\u3040-\u30ff\u3400-\u9fff])"
#: ... and its end, before no letter or digit or before a Han character or kana.
WORD_END = r"(?![^\W\u3040-\u30ff\u3400-\u9fff])"


def one_of(words: Iterable[str], *, flags: int = 0,
           before: Callable[[str], str] = lambda w: "",
           after: Callable[[str], str] = lambda w: "") -> str:
    """The alternation of ``words`` (escaped, longest first), factored by first letter:
    ``s(?:ubscribe|ign up)|n(?:ewsletter)``; ``before(w)`` and ``after(w)`` stand before
    and after each word (its lookbehind and lookahead).

    Why: Python's regex engine tries an alternation's branches one by one at every
    position it tests, and under IGNORECASE it cannot skip a branch by its first letter:
    300 words cost 300 tests a position. Factored, it tests each first letter once and
    enters only the words that open with it. The matches are the same: a word matches
    only where its first letter stands, words whose first letters differ never match at
    one position (letters the engine takes for one another under ``flags``, "i" and "ı",
    share a group, unfactored), and each group keeps the longest-first order, so the word
    the flat alternation picks is the one picked.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not all(ordered):
        raise ValueError("an empty word would match everywhere")
    keys: list[str] = []  # first letters, one per group, in the order first met
    group_of: dict[str, int] = {}
    for w in ordered:
        first = w[0]
        if first not in group_of:
            same = [group_of[k] for k in keys
                    if re.fullmatch(re.escape(k), first, flags)
                    or re.fullmatch(re.escape(first), k, flags)]
            group_of[first] = same[0] if same else len(keys)
            keys.append(first)
    groups: dict[int, list[str]] = {}
    for w in ordered:
        groups.setdefault(group_of[w[0]], []).append(w)
    branches = []
    for members in groups.values():
        heads = {before(w) for w in members}
        if len(heads) > 1:
            raise ValueError(f"words opening alike need one lookbehind: {members[:3]}")
        head = heads.pop()
        if len({w[0] for w in members}) == 1:
            rest = "|".join(re.escape(w[1:]) + after(w) for w in members)
            branches.append(f"{head}{re.escape(members[0][0])}(?:{rest})")
        else:
            branches.append(head + "(?:" + "|".join(re.escape(w) + after(w) for w in members) + ")")
    return "|".join(branches)

def spaced_one_of(words: Iterable[str], *, flags: int = 0,
                  after: Callable[[str], str] = lambda w: "") -> str:
    """:func:`one_of` with each space inside a word matching any run of white space
    ("read more" in "read\u00a0 more"): the tables' words of several words as pages print
    them."""
    return one_of(words, flags=flags, after=after).replace("\\ ", r"\s+")


@cache  # asked for each letter of every word: the same few letters again
def _ascii_class(char: str, flags: int) -> str:
    """The lower-case ASCII characters ``char`` matches under ``flags`` (a space: any run
    of whitespace, as the patterns that replace an escaped space read it); ""
    when it matches none ("ş" never stands in ASCII text, "ı" stands for "i")."""
    if char == " ":
        return r"\s+"
    found = sorted({a.lower() for a in map(chr, range(128))
                    if re.fullmatch(re.escape(char), a, flags)})
    if not found:
        return ""
    return re.escape(found[0]) if len(found) == 1 else "[" + "".join(map(re.escape, found)) + "]"


class StemsAtWordStart:
    """"Does one of ``words`` stand in this line, opening at a word's start?" (the pattern
    of :func:`one_of` after a lookbehind for a non-word character, spaces in a word read
    as runs of whitespace, under IGNORECASE) answered most cheaply. The engine tries every first letter of an alternation
    at every position of the line; in lines of ASCII text (most lines) only the words
    whose every letter can stand in ASCII text can match, fewer first letters, and in the
    lower-cased line without IGNORECASE each letter test is one comparison: a few times
    quicker, the same answer (each word's letters become the ASCII letters they match,
    lower-cased; lower-casing ASCII text changes no word boundary or space). Other lines
    ask the full pattern."""

    def __init__(self, words: Iterable[str], flags: int = re.IGNORECASE) -> None:
        words = tuple(words)
        self.pattern = re.compile(WORD_START + "(?:" + spaced_one_of(words, flags=flags) + ")", flags)
        groups: dict[str, list[str]] = {}
        for w in sorted(set(words), key=lambda w: (-len(w), w)):
            parts = [_ascii_class(c, flags) for c in w]
            if all(parts):
                groups.setdefault(parts[0], []).append("".join(parts[1:]))
        # (no word that ASCII letters spell, as in a row of Japanese or Chinese words: an
        # empty alternation would match in every line, so nothing matches)
        self.ascii_pattern = re.compile(r"(?<!\w)(?:" + "|".join(
            f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items()) + ")"
            if groups else r"(?!)")
        # Typographic quotes, dashes and spaces make most lines of English text non-ASCII.
        # Read as spaces, they change no answer where every word left out of the ASCII
        # pattern holds a letter no ASCII letter matches (a line where such a word stands
        # keeps that letter: it stays outside ASCII); a space may only add a match (of a
        # word with a space in it), and the letters the ASCII words match stay.
        self._spaces_first = all(
            any(c.isalnum() and not _ascii_class(c, flags) for c in w)
            for w in words if not all(_ascii_class(c, flags) for c in w))
        self._flags = flags
        # The words left out of the ASCII pattern, and by the set of characters outside
        # ASCII of a line otherwise ASCII, those of them that could stand in such a line.
        self._others = tuple(sorted({w for w in words
                                     if not all(_ascii_class(c, flags) for c in w)}))
        # ... and each one's letters outside ASCII, in order, once each (the letters a
        # line's marks must match: its ASCII letters always can)
        self._others_letters = tuple(tuple(dict.fromkeys(c for c in w if not _ascii_class(c, flags)))
                                     for w in self._others)
        self._others_by_marks: dict[frozenset[str], re.Pattern[str] | None] = {}

    def search(self, text: str) -> bool:
        if text.isascii():
            return self.ascii_pattern.search(text.lower()) is not None
        spaced = _spaced_ascii(text)  # (a line still outside ASCII is searched as it is: a
        if spaced is not None:  # word may hold a vowel sign, no \w)
            found = self.ascii_pattern.search(spaced) is not None
            if self._spaces_first:
                return found
            # A line of ASCII words between quotes, dashes or odd spaces (most lines of
            # English text), asked without reading its words under IGNORECASE (the full
            # pattern's way: four times slower). A word of the ASCII pattern stands in it
            # where the pattern finds it in the line with those marks read as no space
            # (found in the spaced line first: a word with a space may have been found
            # across a dash there); any other word only where each of its letters outside
            # ASCII matches a character of the line (a few words). The same answer.
            if found and self.ascii_pattern.search(_marked_ascii(text)) is not None:
                return True
            others = self._others_among(frozenset(text).difference(_ASCII_CHARS))
            return others is not None and others.search(text) is not None
        return self.pattern.search(text) is not None

    def _others_among(self, marks: frozenset[str]) -> re.Pattern[str] | None:
        """The pattern of the words left out of the ASCII pattern that could stand in a line
        whose characters outside ASCII are ``marks`` (each of their own characters outside
        ASCII matches one of them), or None when no word could."""
        if marks in self._others_by_marks:
            return self._others_by_marks[marks]
        flags = self._flags
        # (each letter asked of the marks once, not once a word holding it: a table of
        # words of one script repeats its letters over hundreds of words)
        matched: dict[str, bool] = {}

        def matches(c: str) -> bool:
            found = matched.get(c)
            if found is None:
                found = matched[c] = any(_same_letter(c, m, flags) for m in marks)
            return found

        fits = [w for w, letters in zip(self._others, self._others_letters, strict=True)
                if all(map(matches, letters))]
        found = re.compile(WORD_START + "(?:" + spaced_one_of(fits, flags=flags) + ")", flags) if fits else None
        if len(self._others_by_marks) < _MARK_SETS_MAX:
            self._others_by_marks[marks] = found
        return found


#: How many sets of characters outside ASCII each :class:`StemsAtWordStart` keeps the
#: pattern of (a page's lines hold a few: quotes, dashes, no-break spaces).
_MARK_SETS_MAX = 512
_ASCII_CHARS = frozenset(map(chr, range(128)))


@cache
def _same_letter(char: str, other: str, flags: int) -> bool:
    """``char`` of a pattern matches ``other`` under ``flags``."""
    return re.fullmatch(re.escape(char), other, flags) is not None


#: Characters outside ASCII that are no word characters: quotes, dashes, odd spaces, marks.
_NON_ASCII_NON_WORD = re.compile(r"[^\w\x00-\x7f]")


_NON_ASCII_SPACE = re.compile(r"[^\S\x00-\x7f]")


def _marked_ascii(text: str) -> str:
    """A line :func:`_spaced_ascii` reads as ASCII, lower-cased, its spaces outside ASCII
    read as spaces and its other marks outside ASCII as a NUL (no letter, no space, as
    "—" is neither)."""
    return _NON_ASCII_NON_WORD.sub("\0", _NON_ASCII_SPACE.sub(" ", text)).lower()


@lru_cache(maxsize=4096)
def _spaced_ascii(text: str) -> str | None:
    """``text`` lower-cased with :data:`_NON_ASCII_NON_WORD` read as spaces, where that
    leaves it ASCII; else None. (Several tables' stems are looked for in one line: the
    line is spaced once.)"""
    spaced = _NON_ASCII_NON_WORD.sub(" ", text)
    return spaced.lower() if spaced.isascii() else None


# --- Agencies and photo services as they appear in photo credits ----------------------
# Upper-case house styles of photo desks: "REUTERS/Adnan Abidi", "JORGE SILVA/REUTERS",
# "RONALD ZAK/POOL/REUTERS", "AFP PHOTO / JOHN MACDOUGALL", "(AP Photo/Evan Vucci)".
PHOTO_AGENCIES = photo_credit_names()  # from the outlets table
#: "Photo" as a credit label says it, in the languages of the stories met (a label, then a
#: colon and a name: "Kuva: Lehtikuva", "Zdjęcie: PAP", "Fotografía: EFE").
PHOTO_LABELS = ("photo", "image", "picture", "foto", "bild", "photograph", "crédit photo",
                "фото", "kuva", "zdjęcie", "fotografía", "imagen", "immagine", "imagem",
                "snímek", "fotografie", "billede", "bilde", "sursa foto", "φωτογραφία",
                "beeld", "kép", "fotó", "fotoğraf", "resim", "gambar", "ảnh", "зображення",
                "εικόνα", "borítókép", "címlapkép", "nyitókép", "illustration")
_PHOTO_WORDS = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in PHOTO_LABELS)
_PHOTO_ALT = "|".join(sorted((re.escape(a) for a in PHOTO_AGENCIES), key=len, reverse=True))

# "Symbolic picture" and "archive picture" labels, in the languages of the sets and their
# neighbours: a caption says its picture is not of the event ("... (Symbolbild).").
ILLUSTRATION_LABELS = (
    "illustration", "illustrative photo", "illustrative image", "stock photo", "stock image",
    "file image", "archive photo", "archive image", "symbolbild", "symbolfoto", "archivbild",
    "archivfoto", "foto: archiv", "bild: archiv", "image d'illustration", "photo d'illustration",
    "photo d'archives", "photo d'archive", "image d'archives", "foto de archivo",
    "imagen de archivo", "foto ilustrativa", "imagen ilustrativa", "foto de arquivo",
    "imagen de referencia", "imagen referencial", "foto de referencia", "foto referencial",
    "imagem de referência", "foto de referência", "imagem ilustrativa de referência",
    "reference image", "reference photo",
    "imagem de arquivo", "imagem ilustrativa", "foto d'archivio", "immagine d'archivio",
    "foto di repertorio", "foto illustrativa", "zdjęcie ilustracyjne", "zdjęcie archiwalne",
    "ilustrační foto", "ilustrační snímek", "ilustrační obrázek", "archivní foto",
    "archivní snímek", "ilustračné foto", "archívne foto", "arkistokuva", "kuvituskuva",
    "arkivbild", "arkivfoto", "illustrationsbild", "archieffoto", "archiefbeeld",
    "illustratiebeeld", "архивное фото", "фото из архива", "иллюстративное фото",
    "иллюстрация", "архівне фото", "ілюстративне фото", "arşiv fotoğrafı", "temsili fotoğraf",
    "foto ilustrasi", "ảnh minh họa", "ảnh tư liệu", "资料图", "資料圖", "资料图片", "資料圖片",
    "示意图", "示意圖", "資料写真", "イメージ写真", "자료사진", "참고사진", "資料照", "资料照",
)
_ILLUSTRATION = "|".join(re.escape(w).replace("'", "['’]").replace("\\ ", r"\s+")
                         for w in sorted(ILLUSTRATION_LABELS, key=len, reverse=True))
#: ... alone on its line (perhaps in brackets): the caption of the picture beside it, never
#: a headline (a Salvadoran daily's "EFE" / "IMAGEN DE REFERENCIA" under its standfirst).
ILLUSTRATION_ONLY_RE = re.compile(
    r"^\s*[(\[]?\s*(?:" + _ILLUSTRATION + r")\s*[)\]]?\s*[.:]?\s*$", _I)

# Photo credits of Chinese, Japanese and Korean pages (the desks' own shapes, as data):
# the photographer's credit at a caption's end, "新华社记者 X 摄", "（记者 X 摄）", "X／摄"
# ("摄" = "shot by": after a reporter's title, in brackets, or after a space or slash, never
# the verb "拍摄" of a sentence, which ends with "。"); and a label, a separator and a name:
# "摄影：X", "图片来源：X", "图/X", "写真＝X", "撮影・X", "사진=X", "사진 제공=X".
CJK_PHOTO_LABELS = ("摄影", "攝影", "图片来源", "圖片來源", "图片", "圖片", "图源", "圖源", "供图",
                    "供圖", "图", "圖", "照片来源", "照片來源", "照片", "写真提供", "写真", "撮影",
                    "画像提供", "画像", "사진 제공", "사진제공", "사진", "촬영")
# "taken from" and "screenshot" in a bracket closing a caption: "（取自X臉書）", "（翻攝自X）".
CJK_TAKEN_FROM = ("取自", "翻攝", "翻摄", "截自", "截圖", "截图", "圖取自", "图取自")
CJK_REPORTER_TITLES = ("摄影记者", "攝影記者", "记者", "記者", "通讯员", "通訊員", "特约记者",
                       "特約記者", "카메라기자")
#: A photographer's title after the name that closes a caption ("고영권 기자", "张三 记者").
CAPTION_CREDIT_TITLES = ("기자", "특파원", *CJK_REPORTER_TITLES)
_CJK_LABELS = "|".join(re.escape(w).replace("\\ ", r"\s*")
                       for w in sorted(CJK_PHOTO_LABELS, key=len, reverse=True))
_CJK_TITLES = "|".join(sorted(CJK_REPORTER_TITLES, key=len, reverse=True))
_CJK_SHOT = r"(?:摄|攝)(?:影)?"
#: "Picture" closing a caption after the name, as "摄" does ("…记者段彦超 图", "… 小花母亲供图",
#: round 12), and the words opening a line that says where the pictures come from
#: ("图片均来自网络", "本文图片来源于网络": the pictures are from the internet).
CJK_PICTURE_CREDITS = ("供图", "供圖", "图", "圖")
CJK_FROM_WORDS = ("来自", "來自", "来源于", "來源於", "源自", "选自", "選自", "均来自", "均來自",
                  "皆来自", "皆來自", "均为", "均為", "来源", "來源")
#: ... perhaps after the place of the picture: in the story ("本文图片来源于网络"), atop it
#: ("题图来自 Hater", "头图来自视觉中国": the title picture), on the cover.
CJK_PICTURE_PLACES = ("本文", "文中", "文内", "文內", "题", "題", "头", "頭", "封面")
_CJK_PICTURED = "|".join(CJK_PICTURE_CREDITS)
#: "Provided by" closing a Japanese or Chinese caption after its giver, in brackets or
#: after "＝" ("……技官（警視庁提供）": the police's picture; "（受访者提供）").
CJK_PROVIDED = ("提供",)
_CJK_PROVIDED = "|".join(CJK_PROVIDED)
#: The agencies a Japanese desk credits after "＝" at a caption's end ("……警察官ら＝ＡＰ"),
#: in full-width and plain letters: a wire's picture. (A Japanese story's sentence ends with
#: "。"; a headline that parts its clauses with "＝" goes on in words, not an agency's name.)
CJK_DESK_CREDITS = ("ＡＰ", "ＡＦＰ", "ＡＦＰ時事", "ＥＰＡ", "ＥＰＡ時事", "ＵＰＩ", "ＡＮＳＡ",
                    "AP", "AFP", "EPA", "UPI", "ロイター", "共同", "時事", "新華社", "聯合",
                    "タス", "ゲッティ", "Getty", "ＡＰ＝共同", "ロイター＝共同", "ＡＦＰ＝時事")
_CJK_DESKS = "|".join(sorted(CJK_DESK_CREDITS, key=len, reverse=True))
_CJK_CREDIT = (
    rf"(?:{_CJK_TITLES})\s*[^\s，。；：、（）()]{{1,12}}(?:\s+[^\s，。；：、（）()]{{1,6}})?"
    rf"\s*(?:{_CJK_SHOT}|{_CJK_PICTURED})\s*[）)]?\s*$"            # 新华社记者 才扬 摄
    rf"|(?<=[\s/／。])[^\s，。；：、（）()/／]{{1,12}}?\s*[/／]?\s*(?:{_CJK_PICTURED})\s*$"  # 。 X供图
    rf"|^\s*(?:{'|'.join(CJK_PICTURE_PLACES)})?(?:{_CJK_LABELS})(?:{'|'.join(CJK_FROM_WORDS)})"  # 图片均来自网络
    rf"|[（(][^（）()。]{{0,8}}(?:截图|截圖|截屏|截圖自|截图自)[^（）()]{{0,20}}[）)]\s*[。.]?\s*$"  # （视频截图）
    rf"|的[^\s，。；：、（）()]{{0,4}}?(?:截图|截圖|截屏)\s*[。.]?\s*$"  # ……的报道截图。 (round 48)
    rf"|[（(][^（）()。]{{1,24}}?(?<!拍)\s*{_CJK_SHOT}\s*[）)]\s*[。.]?\s*$"   # （张三 摄）
    rf"|(?<=[\s/／])[^\s，。；：、（）()/／]{{1,12}}\s*[/／]?\s*{_CJK_SHOT}\s*$"     # … 张三／摄
    rf"|(?:^|(?<=[\s（(【\[/／|｜▲△]))(?:{_CJK_LABELS})\s*[:：=＝/／・]\s*[^\s:：=＝]"  # 摄影：X
    rf"|[（(](?:{'|'.join(CJK_TAKEN_FROM)})[^（）()]{{0,30}}[）)]\s*[。.]?\s*$"  # （取自X臉書）
    rf"|＝[^＝。]{{0,40}}?\d{{1,4}}\s*[年月日][^＝。]{{0,20}}$"  # 国旗＝同国で2019年5月
    rf"|[（(][^（）()。]{{1,24}}?{_CJK_PROVIDED}[）)]\s*$"  # ……技官（警視庁提供）
    rf"|＝\s*(?:{_CJK_DESKS})\s*$"  # ……警察官ら＝ＡＰ
    rf"|＝[^＝。\s]{{1,16}}(?:撮影|{_CJK_PROVIDED})\s*$"  # ……＝川口正峰撮影
)
# A photo credit somewhere in a line: the strongest caption cue. Kept as three patterns,
# each asked only of lines holding its marks (has_photo_credit in normalizer.stories.clean);
# PHOTO_CREDIT_RE is their union, what they answer together: the credits of Latin and
# Cyrillic lines, the desks' Chinese, Japanese and Korean credits above, and the
# abbreviated credits below.
_LATIN_CREDIT = r"""
        (?:\b(?:ALT))\s*/\s*\S              # REUTERS/Adnan Abidi, AP Photo/X
      | \S\s*/\s*(?:ALT)\b\s*[)\]]?\s*[.]?$  # JORGE SILVA/REUTERS (at the end)
      | \b(?i:via)\s+(?:ALT)\b              # KCNA VIA REUTERS, TASS via Getty Images
      | \b(?i:WORDS)\s*
            (?i:credit|courtesy|by)?\s*[:©]\s*[A-ZÀ-ÞА-ЯЁ(]   # Photo credit: X, Photo: X, Kuva: X
      | \b(?i:credits?)\s*:\s*[A-ZÀ-ÞА-ЯЁ]            # CREDIT: KCNA VIA REUTERS
      | \b(?i:WORDS)\s*:\s*(?i:ILLUSTRATIONS)\b       # Foto: ilustrační foto X
      | ,\s*(?i:ILLUSTRATIONS)\s*[/|]\s*\S            # Name, zdjęcie ilustracyjne / Źródło: X
      | [(\[]\s*(?i:photo|foto|image|picture)\b[^)\]]*[)\]]?$ # (photo credit: RONEN ZVULUN / REUTERS), [Photo: x/Getty Images]
      | ^\s*©\s*\S[^|]{0,40}\|                     # © AFP | caption, © AFP/File | ...
      | \b(?:ALT)\s+(?:PHOTO|Photo|photo)\b # AFP PHOTO / X
      | \b(?:ALT)\s+(?i:WORDS)\s*/\s*\S     # AP Foto/X, EFE Foto/X (the word in the desk's language)
      | (?<=\S)\s+[/|]\s*(?i:WORDS)\b                      # ... / Фото X, | Photo X
            (?:\s*(?i:credit|courtesy|by)?\s*[:©]\s*|\s+)[^/.!?。]{1,60}$
      | (?<=[^\W\d_])/\s+(?i:WORDS)\s+                  # ... de Oro/ Foto Pedro L. Gil
            [A-ZÀ-ÞĀ-Ž](?:[^/.!?。]|(?<=\b[A-ZÀ-ÞĀ-Ž])\.){1,59}$
      | (?<=[.!?”"])\s*[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3}\s*/\s*
            [A-ZÀ-ÞĀ-Ž][\w'’.-]+\s*$                      # ...keskiviikkona.Name Name / Lehtikuva
      | [—–]\s*(?:[A-Z][\w.&'’-]*\s+){1,3}(?:pic|pix|picture|photo)\.?\s*$   # — AFP pic
      | (?<=[.!?”"»)])\s*[—–|-]?\s*[©ⓒ]\s*[^©ⓒ.!?]{1,40}$     # caption. — © BELGA
      | (?<=[.!?”"»])\s*\(\s*[©ⓒ]\s*[^()©ⓒ.!?]{1,40}\)\s*$   # caption. (©Adobe Stock)
      | (?<=[.!?”"»])\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w.'’-]*){0,3}   # caption. EFE | Outlet
            (?:\s+\|\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,3})?
            \s+\|\s+[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,3}\s*\.?\s*$
      | \(\s*(?i:dok|dokumentasi|courtesy|credit)\b\.?[^()]{0,40}\)\s*[.]?\s*$  # ...(Dok.IGI )
      | (?<=[.!?”"»])\s+(?i:WORDS)\s*:\s*[^\s.!?:][^.!?:]{0,40}$  # ... Reaktoren. Foto: dapd
      | (?<=[.!?”"»])\s+(?:FILE\s+)?PHOTOS?\s+BY\s+[A-Z][A-Z0-9\s.'’/&-]{1,60}$  # ... PHOTO BY X
"""
# A caption's credit in brackets closing it, whatever its length ("... are internally
# displaced. (Photo: Haitham Imad)"): the label and a colon, then a name.
PHOTO_BRACKET_END_RE = re.compile(
    r"[.!?”\"]\s*\(\s*(?:" + spaced_one_of(PHOTO_LABELS, flags=_I)
    + r")s?\s*(?:credit)?\s*:\s*[^()]{2,80}\)\s*\.?\s*$", _I)
# Credits of desks that put the word for "photo" after the name, abbreviated (Lithuanian
# "BNS nuotr.", "E. Name/LRT nuotr."; "nuotr." = "nuotrauka", photo), or open with the
# abbreviation ("Nuotr. X", Polish "Fot. X"): asked only of lines whose first or last
# characters hold one of PHOTO_ABBREVIATIONS.
PHOTO_ABBREVIATIONS = ("nuotr.", "nuotrauka", "fot.")
_ABBREVIATED_CREDIT = (r"\S\s*(?i:nuotr\.|nuotrauka)\s*$"
                       r"|^\s*(?i:nuotr|fot)\.\s*:?\s*[A-ZÀ-ÞĀ-Ž]")
PHOTO_CREDIT_RE = re.compile(
    "(?:" + _LATIN_CREDIT.replace("ALT", _PHOTO_ALT).replace("WORDS", _PHOTO_WORDS)
    .replace("ILLUSTRATIONS", _ILLUSTRATION)
    + "|" + _CJK_CREDIT + "|" + _ABBREVIATED_CREDIT + ")", re.VERBOSE)
# ... the three parts: the Latin credits with their word lists factored by first letter
# (one_of: the same matches, found sooner), the Chinese, Japanese and Korean ones only in
# a line holding one of CJK_CREDIT_MARKS (each of them holds "摄"/"攝" or one of
# CJK_PHOTO_LABELS, and each label one of these), and the abbreviated ones.
PHOTO_CREDIT_LATIN_RE = re.compile(
    _LATIN_CREDIT.replace("ALT", one_of(PHOTO_AGENCIES))
    .replace("WORDS", spaced_one_of(PHOTO_LABELS, flags=_I))
    .replace("ILLUSTRATIONS", _ILLUSTRATION), re.VERBOSE)
PHOTO_CREDIT_CJK_RE = re.compile(_CJK_CREDIT, re.VERBOSE)
CJK_CREDIT_MARKS = ("摄", "攝", "图", "圖", "照片", "写真", "撮影", "画像", "사진", "촬영", "取自", "截自",
                    "＝", *CJK_PROVIDED)
CJK_CREDIT_MARKS_RE = re.compile("|".join(CJK_CREDIT_MARKS))
PHOTO_ABBREVIATION_RE = re.compile(_ABBREVIATED_CREDIT)
# What every credit the pattern above finds holds, tested first (the pattern costs tens
# of microseconds a line; most lines hold none of these): a slash or ©, a bar between
# spaces ("EFE | Confidencial"), "via" or "photo", a colon or opening bracket and another
# of its branches' words, or a character every Chinese, Japanese or Korean credit holds
# (each of CJK_PHOTO_LABELS holds one).
PHOTO_CREDIT_MARKS = ("/", "©", "ⓒ", " | ", "摄", "攝", "图", "圖", "照片", "写真", "撮影", "画像", "사진", "촬영",
                      "取自", "截自", "＝", *CJK_PROVIDED)
PHOTO_CREDIT_MARKS_RE = re.compile("|".join(map(re.escape, PHOTO_CREDIT_MARKS)))  # one scan
PHOTO_CREDIT_WORDS = ("via", "photo")
PHOTO_CREDIT_END_WORDS = ("pic", "pix", "picture")  # "— AFP pic": the last word of the line
#: What closes a picture's caption after its sentence when the picture was given or taken
#: from an archive, bare ("... redesigned from the ground up. Supplied", "... 2019. File
#: photo", "... in Wien. Archivbild"): words no story's sentence is followed by.
CAPTION_SOURCE_WORDS = frozenset((
    "supplied", "supplied image", "supplied photo", "image supplied", "photo supplied",
    "handout", "handout photo", "file", "file photo", "file image", "stock image",
    "archive", "archive photo", "archivbild", "archivfoto", "symbolbild", "archivo",
    "foto de archivo", "imagen de archivo", "cedida", "foto cedida", "divulgação",
    "photo d'archive", "foto d'archivio", "archieffoto", "zdjęcie archiwalne",
))
PHOTO_CREDIT_LABEL_MARKS = (":", "(", "|")  # ("| Image |": a label between bars)
PHOTO_CREDIT_LABEL_WORDS = (*{w.split()[-1] for w in PHOTO_LABELS} - {"photo"}, "credit", "dok",
                            "courtesy")
PHOTO_CREDIT_WORD_RE = re.compile("|".join(PHOTO_CREDIT_WORDS), _I)
PHOTO_CREDIT_LABEL_RE = re.compile(one_of(PHOTO_CREDIT_LABEL_WORDS, flags=_I), _I)  # (factored)

# A story's closing credit of an editor's initials and the agency ("aja/PAP", "kk/PAP",
# "jw/dpa"): the agency's sign-off, not a photo credit although it has the shape of one.
EDITOR_INITIALS_RE = re.compile(r"^\s*[a-zà-ÿ]{1,5}(?:\s*[/,]\s*[a-zà-ÿ]{1,5})*\s*/\s*\S+\s*$")

# A bare photo label line: "Foto: dpa", "Photo: AFP", "Bild: picture alliance", "Фото: ТАСС".
PHOTO_LABEL_RE = re.compile(
    # (German names the picture's source in one word: "Bildquelle: Getty Images")
    r"^(?:photos?|fotos?|bild(?:er)?|bildquelle|bildnachweis|fotoquelle|images?|pictures?|"
    r"crédits?\s+photo|"
    + _PHOTO_WORDS + ")"
    r"\s*(?:credit|courtesy)?\s*[:©/]\s*\S"
    # (round 16: a bare "Credit:" label, after the bar a caption ends with: "| Credit: X")
    r"|^(?:\|\s*)?credits?\s*:\s*\S",
    _I,
)
# ... or the label, a word for "by" or "courtesy of", then a capitalised name ("Photograph
# by British Geological Survey", "Image courtesy of Flickr user X", "Bild von X", "Foto door
# X", "Фото от X"), or a credit "via" a source ("Credit via X"): round 12, such credits
# pasted as lines of their own. No sentence ("Photos by Reuters showed ..." is a story's),
# at most PHOTO_LABEL_MAX_WORDS words.
PHOTO_BY_WORDS = ("by", "courtesy of", "courtesy", "via", "von", "par", "door", "av", "af",
                  "przez", "від", "от", "tarafından", "oleh", "credit", "credits")
PHOTO_BY_RE = re.compile(
    r"^(?:" + _PHOTO_WORDS + r")s?\s+(?:" + spaced_one_of(PHOTO_BY_WORDS, flags=_I)
    + r")\s+(?-i:[A-ZÀ-ÞА-ЯЁ])|^credits?\s+via\s+\S", _I)
PHOTO_LABEL_MAX_WORDS = 15
#: ... which may end with a full stop after "courtesy of" and the name ("Photo courtesy of
#: Jane Doe/University.", round 16): no story's sentence opens "Photo courtesy of".
PHOTO_COURTESY_RE = re.compile(
    r"^(?:" + _PHOTO_WORDS + r")s?\s+courtesy\s+of\s+[^.!?]+\.?\s*$", _I)
# A screenshot's credit, "Screenshot: X" or "Tangkapan layar TVRI" ("screen capture" and
# the like in the languages of the sets and their neighbours), as a short line of its own.
SCREENSHOT_LABELS = (
    "screenshot", "screen shot", "screen grab", "screengrab", "screen capture",
    "tangkapan layar", "captura de pantalla", "captura de tela", "capture d'écran",
    "bildschirmfoto", "zrzut ekranu", "snímek obrazovky", "snímka obrazovky", "képernyőkép",
    "captură de ecran", "ekran görüntüsü", "kuvakaappaus", "skärmdump", "skjermdump",
    "schermafbeelding", "скриншот", "скріншот", "ảnh chụp màn hình", "لقطة شاشة", "スクリーンショット",
    "화면 캡처",
)
SCREENSHOT_LABEL_RE = re.compile(
    r"^\s*(?:" + spaced_one_of(SCREENSHOT_LABELS, flags=_I) + r")(?!\w)", _I)
SCREENSHOT_LINE_MAX_WORDS = 8
# Portuguese and Spanish desks credit a picture taken from elsewhere (a screenshot, a
# social network's post) as a "reproduction" of its owner's: "Reprodução/iG Minas Gerais",
# "Reproducción: Twitter". The word, then a slash or colon and the owner (round 22,
# themes22); at most SCREENSHOT_LINE_MAX_WORDS words ("Reprodução assistida ..." is prose).
REPRODUCTION_CREDIT_RE = re.compile(r"^\s*(?:reprodu[çc][ãa]o|reproducci[óo]n)\s*[/:]\s*\S", _I)

# Image alt text shown as text: Facebook's automatic alt ("Image may contain: 1 person")
# and its translations, and the generic "Image:"/"Photo:" labels of screen-reader text.
IMAGE_ALT_RE = re.compile(
    r"""^(?:
        (?:image|photo|picture)\s+(?:may\s+contain|might\s+contain|could\s+contain)
      | no\s+photo\s+description\s+available
      | (?:l[’']image\s+peut\s+contenir|bild\s+könnte|möglicherweise\s+ein\s+bild)
      | (?:la\s+imagen\s+puede\s+contener|puede\s+ser\s+una\s+imagen)
      | (?:на\s+изображении|может\s+быть\s+изображение)
        # a picture's size in pixels before its caption, as its loader prints it ("651x366
        # Radar situat a un pòrtic de l'A-2 ...", Ara's)
      | \s*\d{2,4}\s?[x×]\s?\d{2,4}\s+[^\W\d_]
    )""",
    re.VERBOSE | _I,
)
#: An alt text describing the picture, set where the picture was: a lower-case line naming
#: what it shows ("illustration of tower of appetizers", "photo of a man at a desk"), no
#: sentence's end (a story's line opens with a capital).
DESCRIBED_PICTURE_RE = re.compile(
    r"^(?:an?\s+)?(?:illustrations?|photos?|photographs?|images?|pictures?|drawings?|"
    r"screenshots?|collage)\s+(?:of|showing|shows)\s+[^.!?]*$")
DESCRIBED_PICTURE_MAX_WORDS = 40

# A theme's alt text for a post's featured image, shown as text where the picture is not
# ("Thumbnail for this post about X", "Featured image for X", "Beitragsbild", "Imagen
# destacada"): the post's picture, between its title and its text, over no caption (round
# 34: a real Twenty Twenty-One blog's archive page, where it was taken for the headline).
FEATURED_IMAGE_ALT_RE = re.compile(
    r"""^(?:
        (?:post\s+)?thumbnail\s+(?:for|of)\s
      | featured\s+image(?:\s+(?:for|of)\s|\s*$)
      | (?:vorschaubild|beitragsbild)(?:\s+(?:für|zu|von)\s|\s*$)
      | miniature\s+(?:de|du|pour)\s
      | image[mn]\s+destacada(?:\s+(?:de|para)\s|\s*$)
      | immagine\s+in\s+evidenza(?:\s+(?:di|per)\s|\s*$)
    )""",
    re.VERBOSE | _I,
)

# --- Copyright and source labels (cruft; they also name the story's source) -----------
# "© 2017 AFP", "(c) Reuters 2017", "Copyright 2017 The Associated Press. All rights
# reserved.", "Source: Xinhua", "Quelle: kathpress", "来源：新华社", "出品︱网易科学人"
# (a desk's credit), "原标题：..." (the original's title), "This article originally
# appeared in The Guardian".
# A copyright notice, whatever follows it ("... All rights reserved. This material may
# not be published, broadcast, rewritten or redistributed.").
#: The "@" a footer types for the © sign before its year ("@ 2020 PÚBLICO Comunicação
#: Social SA"): a notice, not a handle (a handle is never a bare year).
COPYRIGHT_AT = r"@\s?(?=(?:19|20)\d{2}\b)"
COPYRIGHT_START_RE = re.compile(r"^\s*(?:[©ⓒⒸ]|\(c\)\s|" + COPYRIGHT_AT + r"|copyrights?\b)", _I)
# "All rights reserved" and "no reproduction without permission", in the languages of the
# sets and their neighbours: a line of at most COPYRIGHT_MAX_WORDS words holding one is the
# site's notice wherever its © stands ("RIPRODUZIONE RISERVATA © Copyright X", "Copyrights
# ⓒ X. 무단 전재 및 재배포 금지", "版权所有 未经授权不得转载").
RESERVED_PHRASES = (
    "all rights reserved", "reproduction prohibited", "reproduction forbidden",
    # (round 16: a wire's notice, "Any copying, republication or redistribution of X content
    # ... is expressly prohibited", without a © sign)
    "republication or redistribution",
    "alle rechte vorbehalten", "tous droits réservés", "reproduction interdite",
    "todos los derechos reservados", "prohibida su reproducción", "prohibida la reproducción",
    "todos os direitos reservados", "proibida a reprodução", "riproduzione riservata",
    "tutti i diritti riservati", "wszelkie prawa zastrzeżone", "všechna práva vyhrazena",
    "všetky práva vyhradené", "alle rechten voorbehouden", "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes", "alle rettigheter reservert", "kaikki oikeudet pidätetään",
    "minden jog fenntartva", "toate drepturile rezervate", "με την επιφύλαξη παντός δικαιώματος",
    "все права защищены", "усі права захищені", "всі права захищені", "tüm hakları saklıdır",
    "hak cipta dilindungi", "bảo lưu mọi quyền", "sva prava zadržana", "vse pravice pridržane",
    "visos teisės saugomos", "visas tiesības aizsargātas", "kõik õigused kaitstud",
    "כל הזכויות שמורות", "جميع الحقوق محفوظة", "सर्वाधिकार सुरक्षित", "版权所有", "版權所有",
    "未经授权不得转载", "未經授權不得轉載", "禁止转载", "禁止轉載", "無断転載", "無断複製",
    "無断転載を禁じます", "무단 전재", "무단전재", "재배포 금지", "재배포금지",
    "permission required for reproduction", "reproduction requires permission",
    "reproduction without permission",
    # (round 18: a reproduction ban of more languages, without "all rights reserved":
    # "Απαγορεύεται η αναπαραγωγή ...", "(... 未經授權，不得轉載。)")
    "απαγορεύεται η αναπαραγωγή", "απαγορεύεται η αναδημοσίευση", "перепечатка запрещена",
    "перепечатка без разрешения", "копирование запрещено", "передрук заборонено",
    "przedruk zabroniony", "kopiowanie zabronione", "nachdruck verboten", "不得转载", "不得轉載",
    "严禁转载", "嚴禁轉載",
)
RESERVED_RE = re.compile(r"(?<![\w(“\"'«„‘])(?:" + one_of(RESERVED_PHRASES, flags=_I).replace("\\ ", r"\s*")
                         + r")", _I)
# Every phrase holds one of these strings (tested first on the folded line, as stem_text
# folds it: one scan in C; pinned in tests/test_clean_fast_paths.py).
RESERVED_MARKS = ("rights", "republication", "rechte", "droits", "derechos", "direitos", "diritti", "riservat",
                  "reprodu", "prawa", "práva", "prava", "rechten", "rättigheter", "rettighe",
                  "oikeudet", "jog", "drepturile", "δικαιώματ", "права", "hakla", "hak cipta",
                  "quyền", "pravice", "teisės", "tiesības", "õigused", "הזכויות", "الحقوق",
                  "सर्वाधिकार", "版权", "版權", "转载", "轉載", "無断", "무단", "재배포",
                  "αναπαραγωγ", "αναδημοσίευσ", "перепечатк", "копирован", "передрук",
                  "przedruk", "kopiowan", "nachdruck")
RESERVED_MARKS_RE = re.compile("|".join(map(re.escape, RESERVED_MARKS)))
#: ... not quoted nor in brackets, on a line with a copyright sign or word or on a short
#: line of its own: a sentence about licences ("... Copyright (all rights reserved) ...")
#: names the phrase, it signs nothing.
RESERVED_LINE_MAX_WORDS = 12
COPYRIGHT_SIGNS = ("©", "ⓒ", "Ⓒ", "℗")  # in the line as it is (folding makes "ⓒ" a "c")
COPYRIGHT_WORDS = ("(c)", "copyright", "republication")  # in the folded line
# "All rights reserved" and its translations: a copyright notice's, never a photo credit's.
RIGHTS_RE = re.compile(r"rights|rechte|droits|derechos|direitos|diritti|prawa|práva|rettigheder|"
                       r"rättigheter|rettigheter|oikeudet|jogok|drepturile|права|版权|版權|著作権|저작권",
                       _I)
COPYRIGHT_MAX_WORDS = 40
#: ... a line opening with the sign itself and a year or a name ("© 2015. Diario1 Derechos
#: Reservados. Cualquier modalidad de uso ... escriba a contacto@diario1.com."): the
#: site's notice up to this many words, its terms of reuse after it (no story's paragraph
#: opens with the sign; the word may open one: "Copyright lawyers say ...").
COPYRIGHT_SIGN_START_RE = re.compile(r"^\s*[©ⓒⒸ]\s*(?:\d{4}|[^\W\d_])")
COPYRIGHT_SIGNED_MAX_WORDS = 80
#: A © line with the holder's name before the sign, nothing after but the year ("Breaking
#: Soup Copyright © 2020.", "Example News © 2021"): a footer's notice of a few words.
COPYRIGHT_NAME_FIRST_RE = re.compile(
    r"^\s*[A-ZÀ-Þ][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}\s+(?:copyright\s*)?[©ⓒⒸ]\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*[.,]?\s*$", _I)
#: A wire's long rights notice ("X content is the intellectual property of X. Any copying,
#: republication or redistribution of X content ... is expressly prohibited ...", round 19:
#: ninety words with its trademarks): longer than a copyright line, its ban among its first
#: words (a story quoting such a ban opens with its own news).
LEGAL_NOTICE_MAX_WORDS = 120
LEGAL_NOTICE_LEAD_WORDS = 20
# The labels of a source line ("Source: Xinhua", "Источник:", "来源："), in COPYRIGHT_RE below
# with the source's name, and alone on a line (SOURCE_LABEL_ALONE_RE: the name is on the
# next line, or nowhere).
SOURCE_LABELS = r"""(?:sources?|quelle|fuente|fonte|źródło|zdroj|bron|kilde|källa|lähde|πηγή|kaynak|
            источник|джерело|по\s+материалам|за\s+матеріалами|来源|來源|出品|出处|出處|原标题|原標題|出典|출처)"""
SOURCE_LABEL_ALONE_RE = re.compile(r"^\s*" + SOURCE_LABELS + r"\s*[:：︱|｜]\s*$", re.VERBOSE | _I)
COPYRIGHT_RE = re.compile(
    r"""^(?:
        (?:©|\(c\)|copyright\b\s*(?:©)?)\s*(?:\d{4}\s*[,-]?\s*)?(?P<holder>[^|]{1,60}?)
            \s*(?:\d{4})?\s*[.,]?\s*(?:all\s+rights\s+reserved\.?)?
      | \s*SOURCE_LABELS
            \s*[:：︱|｜]\s*(?P<label>(?:[^.。]|\.(?=[a-z]{2,6}\b)){1,60}?)[.。]?  # (dots of domains)
      | (?:this\s+(?:article|story|piece|report)\s+(?:was\s+)?(?:originally|first)\s+
            (?:appeared|published|ran)\s+(?:in|on|at|by)\s+(?P<orig>.{1,80}?))\.?
      | (?:originally\s+published\s+(?:in|on|at|by)\s+(?P<orig2>.{1,80}?))\.?
      | (?:republished\s+(?:with\s+permission\s+)?(?:from|courtesy\s+of)\s+(?P<orig3>.{1,80}?))\.?
    )$""".replace("SOURCE_LABELS", SOURCE_LABELS),
    re.VERBOSE | _I,
)

# The word "copyright" of other languages, opening a short line that names the holder
# ("Πνευματικά Δικαιώματα Euronews", "Prawa autorskie X"; round 14): the holder is at most
# COPYRIGHT_NAMED_MAX_WORDS words opening with a capital or a figure, no sentence after it
# ("Prawa autorskie do filmu należą do ..." is a story's).
COPYRIGHT_WORDS_OTHER = (
    "πνευματικά δικαιώματα", "prawa autorskie", "urheberrecht", "auteursrecht",
    "droits d'auteur", "derechos de autor", "direitos autorais", "direitos de autor",
    "diritti d'autore", "autorská práva", "autorské práva", "tekijänoikeus", "upphovsrätt",
    "ophavsret", "opphavsrett", "szerzői jog", "drepturi de autor", "авторское право",
    "авторські права", "telif hakkı", "hak cipta", "bản quyền", "זכויות יוצרים", "حقوق النشر",
    "حقوق الطبع", "حق نشر", "版权", "版權", "著作権", "저작권",
)
COPYRIGHT_NAMED_MAX_WORDS = 4
#: The first letters of those words (folded): a line opening with none is not asked.
COPYRIGHT_NAMED_FIRSTS = frozenset(w[0] for w in COPYRIGHT_WORDS_OTHER)
COPYRIGHT_NAMED_RE = re.compile(
    r"^\s*(?i:" + spaced_one_of(COPYRIGHT_WORDS_OTHER, flags=_I)
    + r")\s*[:©]?\s*(?:\d{4}\s*)?(?P<holder>[A-ZÀ-ÞΑ-ΩА-ЯЁ0-9\u0590-\u06ff\u3040-\u9fff\uac00-\ud7af]"
    + r"[^.!?。]{0,60}?)\s*$")

# --- Fact boxes by their heading --------------------------------------------------------
# The heading of a fact box (background set beside the story: "Fakta om fødselsdepresjon",
# "Fakten zum Thema", "Facts about X", "Factbox"), which a page marks by its class
# (normalizer.stories.extract.FACT_BOX_WORDS) and a post pasting the story loses: the
# words that open such a heading, alone or before "om"/"zu"/"about" and what it is about,
# or before a colon. Read only in a story's tail, after its related links or promo (a
# wire's "Factbox: ..." story opens with the word as its headline).
FACT_BOX_HEADS = (
    "fakta", "faktaboks", "faktarute", "faktaruta", "faktaruutu", "faktat", "fakten",
    "faktenbox", "faktencheck", "facts", "fact box", "factbox", "fact file", "fakty",
    "feiten", "факты", "datos clave", "les faits", "i fatti",
)
FACT_BOX_ABOUT = ("om", "zu", "zum", "zur", "über", "about", "on", "o", "over", "sur", "su",
                  "sobre", "о", "kring", "omkring")
FACT_BOX_LABEL_RE = re.compile(
    r"^\s*(?:" + one_of(FACT_BOX_HEADS, flags=_I).replace("\\ ", r"\s+") + r")"
    r"(?:\s*:.*|\s+(?:" + one_of(FACT_BOX_ABOUT, flags=_I) + r")\s+\S.*)?$", _I)
#: ... a heading of at most this many words, with no sentence's full stop.
FACT_BOX_LABEL_MAX_WORDS = 7

# --- Related links, "read more", "see also" ------------------------------------------
# Labels that introduce a link to another article, in the languages tagwire meets.
RELATED_LABELS: tuple[str, ...] = (
    "read more", "read also", "also read", "see also", "related", "related articles",
    "related stories", "related coverage", "more on this", "more on this story",
    "related links", "verwandte links", "liens connexes", "enlaces relacionados",
    "links correlati", "links relacionados", "gerelateerde links", "powiązane linki",
    "связанные ссылки", "tautan terkait", "liên kết liên quan", "related content",
    "more from", "recommended", "further reading", "you may also like", "don't miss",
    # (round 18: a section's list and a ticker's label, "More news in this category")
    "you may like to read", "you might like to read", "more news in this category",
    "more in this category", "news flash",
    "watch", "listen", "click here", "more:", "top stories",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "siehe auch",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite", "sur le même sujet",
    "weitere informationen", "mehr informationen", "more information", "more info",
    "lea también", "lee también", "leer más", "te puede interesar", "ver también", "relacionado",
    "lea", "lea más", "lee", "lee más", "más información", "leia também", "leia mais", "veja também",
    "leggi anche", "leggi", "czytaj także", "czytaj też", "czytaj więcej", "zobacz też",
    "zobacz także", "přečtěte si také", "čtěte také", "lees ook", "läs också", "les også",
    "相关阅读", "延伸阅读", "推荐阅读", "相關閱讀", "延伸閱讀", "関連記事", "관련기사",
    # (round 48: a trade site's two boxes of glued titles and blurbs under its story)
    "相关推荐", "相關推薦", "相关文章", "相關文章", "您可能感兴趣的文章", "你可能感兴趣的文章",
    "您可能感興趣的文章", "你可能感興趣的文章",
    # section headings over lists of other stories
    "latest news", "more news", "latest stories", "últimas noticias", "más noticias",
    "mas noticias", "otras noticias", "neueste artikel", "weitere nachrichten",
    "dernières actualités", "à la une", "últimas notícias", "mais notícias",
    "ultime notizie", "najnowsze", "последние новости", "最新新闻", "最新消息",
    "читайте также", "см. также", "смотрите также", "по теме", "подробнее",
    "related topics", "temas relacionados", "noticias relacionadas", "artículos relacionados",
    "notas relacionadas", "verwandte themen", "ähnliche artikel", "articles similaires",
    "ähnliche nachrichten", "mehr ähnliche nachrichten", "similar news", "noticias similares",
    "notizie simili", "nouvelles similaires",
    "sujets associés", "articoli correlati", "notizie correlate", "matérias relacionadas",
    "contenido relacionado", "le puede interesar", "le podría interesar", "más sobre",
    "schon gelesen", "auch lesen", "lesen sie hier", "empfohlene beiträge", "empfohlene artikel",
    "weitere themen", "weitere artikel", "weitere artikel zum thema", "weitere beiträge",
    "das könnte sie auch interessieren", "das könnte dich auch interessieren",
    "das thema könnte dich auch interessieren", "dowiedz się więcej", "przeczytaj też",
    "przeczytaj także", "zobacz również", "czytaj również",
    "vea también", "vea además", "lea además", "puedes ver", "mira también", "mira", "mire",
    # more languages: Finnish, Czech/Slovak, Scandinavian, Dutch, Portuguese, Italian,
    # Romanian, Turkish, Hungarian, Greek, Ukrainian, Indonesian, Vietnamese, Hindi, Arabic,
    # Hebrew, Chinese, Japanese, Korean
    "lue myös", "lue lisää", "lue seuraavaksi", "katso myös", "katso video", "podívejte se",
    "přečtěte si", "čtěte též", "prečítajte si", "čítajte aj", "läs mer", "läs även",
    "se även", "se också", "læs også", "læs mere", "se også", "les mer", "les også",
    "lees meer", "lees verder", "zie ook", "bekijk ook", "saiba mais", "confira", "leia",
    "veja", "vedi anche", "guarda anche", "leggi di più", "potrebbe interessarti",
    "citește și", "citeste si", "vezi și", "vezi si", "ayrıca okuyun", "ilgili haberler",
    "devamını oku", "kapcsolódó", "olvasd el", "διαβάστε επίσης", "δείτε επίσης",
    "читайте також", "дивіться також", "baca juga", "simak juga", "xem thêm", "đọc thêm",
    "tin liên quan", "यह भी पढ़ें", "ये भी पढ़ें", "और पढ़ें", "اقرأ أيضا", "اقرأ أيضاً",
    "اقرأ المزيد", "קראו גם", "עוד בנושא", "更多阅读", "相关新闻", "相關新聞", "阅读更多",
    "あわせて読みたい", "合わせて読みたい", "관련 뉴스", "함께 보면 좋은 기사",
    # and more: Portuguese, Swedish, Dutch, Bosnian/Croatian/Serbian, Greek without its
    # accents (as menus print it), Japanese
    # one story's link, "Related Story: <title>" (ABC), and "other materials" / "more
    # news" headings over a list of other stories (Russian, Ukrainian, Greek; round 15)
    "related story", "related article", "related video", "другие материалы",
    "другие статьи", "інші матеріали", "інші статті", "περισσότερες ειδήσεις",
    "περισσοτερες ειδησεις", "άλλες ειδήσεις", "αλλες ειδησεις",
    "relacionadas", "relacionados", "läs mer om", "lees", "lees meer over", "više o",
    "više o temi", "pročitajte i", "pročitajte još", "vezane vijesti", "povezane vijesti",
    "διαβαστε επισης", "δειτε επισης", "σχετικα αρθρα", "σχετικά άρθρα", "関連記事（外部サイト）",
    "関連ニュース",
    # isiZulu and isiXhosa "read another story here", "read also" (round 10b)
    "funda olunye udaba lapha", "funda olunye udaba", "funda nalokhu", "funda futhi",
    "funda kabanzi", "funda nale", "funda ngakumbi",
    # "news on the topic" and "related articles" headings of more languages (Russian,
    # Ukrainian, Bulgarian, Serbian/Croatian, Slovene, Czech, Slovak, Polish, Albanian,
    # Lithuanian, Latvian, Estonian, Hungarian, Romanian, Turkish, Greek, Finnish,
    # Scandinavian, Dutch, Armenian, Georgian, Persian, Arabic, Hebrew)
    "новости по теме", "статьи по теме", "материалы по теме", "похожие новости",
    "другие новости", "новини за темою", "новини по темі", "схожі новини", "інші новини",
    # a section's list label ("Other news of the section", "All news of the section";
    # round 19)
    "другие новости раздела", "все новости раздела", "інші новини розділу",
    "усі новини розділу", "всі новини розділу", "more news from this section",
    "other news in this section", "all news in this section",
    "свързани новини", "още по темата", "povezane vesti", "srodne vijesti", "slične vijesti",
    "povezane novice", "související články", "súvisiace články", "powiązane artykuły",
    "podobne artykuły", "lajme të ngjashme", "lexo edhe", "lexo më shumë", "lajme të lidhura",
    "susiję straipsniai", "taip pat skaitykite", "saistītie raksti", "seotud artiklid",
    "kapcsolódó cikkek", "articole similare", "știri similare", "benzer haberler",
    "σχετικές ειδήσεις", "aiheeseen liittyvät", "relaterte artikler", "relaterade artiklar",
    "relaterede artikler", "gerelateerde artikelen", "gerelateerd", "նմանատիպ նորություններ",
    "առնչվող նորություններ", "მსგავსი სიახლეები", "مطالب مرتبط", "أخبار ذات صلة",
    "כתבות נוספות",
    # "more on the same topic" and "look at these stories too" (round 12: a Hebrew flash's
    # topic list under "עוד באותו נושא:", a Turkish page's "Bu Haberlere de Göz Atın")
    "more on this topic", "more on the same topic", "more on the topic", "mehr zum thema",
    "mehr zum gleichen thema", "plus sur ce sujet", "sur le même sujet", "más sobre el tema",
    "más sobre este tema", "mais sobre o assunto", "mais sobre o tema", "altro sull'argomento",
    "sullo stesso argomento", "meer over dit onderwerp", "więcej na ten temat",
    "více k tématu", "viac k téme", "mer om ämnet", "mere om emnet", "mer om temaet",
    "lisää aiheesta", "bővebben a témáról", "mai multe despre subiect", "περισσότερα για το θέμα",
    "більше на тему", "bu konuda daha fazla", "bu haberlere de göz atın", "bunlara da göz atın",
    "lebih lanjut tentang topik ini", "thêm về chủ đề này", "עוד באותו נושא", "עוד על הנושא",
    "المزيد حول الموضوع", "المزيد عن الموضوع", "更多相关报道", "更多相關報導", "同じテーマの記事",
    "관련 주제 기사",
    # ... and "see also", "suggested", "editor's picks", "don't miss", "read:" of more
    # languages (Arabic, Persian, Chinese, Hungarian, Russian, Indonesian, Malay)
    "انظر أيضا", "انظر أيضاً", "الموضوعات المتعلقة", "مواضيع ذات صلة", "اقرأ أيضاً:",
    "اخبار پیشنهادی", "بیشتر بخوانید", "编辑推荐", "編輯部推薦", "编辑部推荐", "編輯推薦",
    "推薦閱讀", "延伸閱讀", "熱門新聞", "热门新闻", "ezt ne hagyja ki", "ne hagyja ki",
    "kapcsolódó cikkek", "свежие новости раздела", "свежие новости", "читать полностью",
    "baca", "baca selengkapnya", "berita terkait", "artikel terkait", "most popular",
    "推薦", "推荐",
    # "must read", "related content", "most read" and "you may also like" headings of
    # more languages (a list of other stories follows each)
    "must read", "must-read", "must watch", "recent stories", "recent news", "recent articles", "相关内容", "相關內容", "与内文相关的链接",
    "與內文相關的連結", "most read", "most viewed", "most shared",
    "meistgelesen", "meistgelesene artikel", "les plus lus", "les plus populaires",
    "lo más leído", "lo más visto", "más leídas", "mais lidas", "più letti", "i più letti",
    "najczęściej czytane", "najpopularniejsze", "nejčtenější", "najčítanejšie",
    "legolvasottabb", "a legolvasottabb", "luetuimmat", "mest lästa", "mest leste", "mest læste",
    "meest gelezen", "cele mai citite", "en çok okunanlar", "самое читаемое", "самые читаемые",
    "найпопулярніше", "найчитаніше", "τα πιο δημοφιλή", "terpopuler", "paling banyak dibaca",
    "đọc nhiều nhất", "הכי נקראים", "الأكثر تصفحاً", "الأكثر تصفحا", "الأكثر قراءة",
    "الأكثر مشاهدة", "پربازدیدترین", "پربازدیدترین ها", "最多阅读", "最多閱讀", "热门文章",
    "熱門文章", "人気記事", "많이 본 뉴스", "ezek is érdekelhetnek", "ez is érdekelheti",
    "önt is érdekelheti", "további cikkek", "vous aimerez aussi", "ti potrebbe interessare",
    "może cię zainteresować", "mohlo by vás zajímat", "mohlo by vás zaujímať",
    "du kanske också gillar", "s-ar putea să te intereseze", "ilginizi çekebilir",
    "вам может быть интересно", "вас може зацікавити", "bạn có thể quan tâm", "قد يعجبك أيضا",
    "قد يهمك أيضا", "قد يهمك", "אולי יעניין אותך", "猜你喜欢", "你可能感兴趣", "おすすめ記事",
    "추천 기사", "related news", "ilgili konular", "이 기사와 관련된 기사", "관련 기사",
    "la rédaction vous conseille", "مقالات ذات صلة", "before you go", "before you leave",
    "ämnen i artikeln", "aiheeseen liittyvää", "verwandte artikel",
    # "more to read" over a list of other stories (round 11)
    "more to read", "related posts", "related post", "plus à lire", "más para leer",
    "mehr lesen", "mais para ler",
    # "more related content", "related reports", "other news", "hot reads", "latest from
    # the section", "recommended article", "read these posts too" (round 13: Chinese,
    # Polish, Persian lists pasted after the story)
    "more related content", "more related stories", "更多相关内容", "更多相關內容", "相关主题内容",
    "相關主題內容", "相关报道", "相關報導", "相关报导", "其他新闻", "其他新聞", "热读", "熱讀",
    "najnowsze z działu", "więcej z działu", "polecany artykuł", "polecane artykuły",
    "این نوشته‌ها را هم بخوانید", "این نوشته ها را هم بخوانید", "مطالب پیشنهادی",
    "latest from the section", "mehr aus dem ressort", "plus de la rubrique",
    "ссылки по теме", "материалы по теме", "статьи по теме",
    # a site's blog posts listed under its story (round 16: "Dai BLOG")
    "from the blog", "from our blogs", "dai blog", "dal blog", "dai nostri blog", "aus dem blog",
    "aus den blogs", "vom blog", "du blog", "des blogs", "del blog", "de los blogs", "do blog",
    "dos blogs", "uit de blogs", "z blogów", "z blogu", "из блогов", "з блогів",
)


def _arabic_spellings(words: Iterable[str]) -> tuple[str, ...]:
    """Each word, and the spellings Arabic pages print it in besides: without its short
    vowels ("أيضاً" as "أيضا"), its alefs bare of hamza ("اقرأ أيضا" as "اقرا ايضا"), and a
    word's first bare alef written with the hamza below ("إقرأ أيضاً", met in round 35's
    Sada El Balad page). One table, every spelling."""
    out = list(words)
    for w in list(out):
        if not any("\u0600" <= c <= "\u06ff" for c in w):
            continue
        plain = "".join(c for c in w if not "\u064b" <= c <= "\u0652")
        bare = plain.translate(_HAMZA_ALEFS)
        below = re.sub(r"(?<!\S)ا", "إ", plain)
        out += [plain, bare, below, re.sub(r"(?<!\S)ا", "إ", w)]
    return tuple(dict.fromkeys(out))


_HAMZA_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
RELATED_LABELS = _arabic_spellings(RELATED_LABELS)
#: ... and labels read only as a whole line ("Latest" over a list; "Latest: ..." may open a
#: story's own headline).
RELATED_LABELS_ALONE = ("latest", "latest articles", "recent", "recent posts")
#: ... and words that are a list's label only as the whole line, its colon aside ("ALSO"
#: over other stories' titles; "Also on the agenda:" is a story's line).
RELATED_LABELS_BARE = frozenset(("also", "aussi", "también", "auch", "anche", "também", "ook",
                                 "także", "тоже", "также",
                                 # a list of links' label alone ("Links:", round 14)
                                 "links", "weblinks", "external links", "useful links",
                                 "liens", "liens utiles", "enlaces", "enlaces de interés",
                                 "collegamenti", "link utili", "linki", "odkazy", "ссылки",
                                 "посилання", "bağlantılar", "tautan", "links externos"))
RELATED_RE = re.compile(
    r"^[\s>»•*\-–—\[(]*(?:" + one_of(RELATED_LABELS, flags=_I)
    + r")(?:(?<=:)|\s*(?::|：|»|>|\||-|–|—|\.\.\.|…))",
    _I,
)
#: A bare "Read:" before the title, The Atlantic's ("Read: The uncontrollable rise of
#: wedding sprawl"): a related link's label as "Read more:" is; "Read" alone is a teaser's
#: button, no label.
READ_LABEL_RE = re.compile(r"^\s*read\s*:(?=\s*\S)", _I)
#: ... a label over several titles run into one line, each after a bullet ("READ MORE: *
#: Title one * Title two * Title three"): at least RELATED_BULLETS_MIN bullets, the line
#: at most RELATED_BULLETED_MAX_WORDS words.
RELATED_BULLET_RE = re.compile(r"\s[*•·▪►]\s")
RELATED_BULLETS_MIN = 2
RELATED_BULLETED_MAX_WORDS = 90
# A label glued to the title it points to, with no colon: "Читайте також <Title>", "До
# теми<Title>", "See also <Title>" (the label and the link were two elements). Only labels
# of two words or more, or of an unspaced script: a one-word label ("Lee", "Mira", "Watch")
# opens names and sentences too. The title opens with a capital, a figure or a quote.
# The label may stand in the brackets or after the box mark a page sets it in (round 19:
# "【関連記事】Title", "■ Lesen Sie auch Title").
RELATED_GLUED_EXTRA = ("до теми", "зверніть увагу", "по темі", "на тему", "також читайте",
                       "новини по темі", "вас може зацікавити", "обратите внимание",
                       "читайте по теме", "ещё по теме", "еще по теме", "больше по теме",
                       "вас может заинтересовать")
RELATED_GLUED_LABELS = tuple(
    w for w in (*RELATED_LABELS, *RELATED_GLUED_EXTRA)
    if " " in w.strip(" :") or re.match("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", w))
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽΑ-ΩА-ЯЁЄІЇЎҐ"
RELATED_GLUED_RE = re.compile(
    r"^[\s>»•*\-–—■◆▶●]*(?:[【〔［\[]\s*)?(?:" + one_of(RELATED_GLUED_LABELS, flags=_I)
    + rf")(?:\s*[】〕］\]])?\s*(?=(?-i:[„“\"«'(]?[{_UPPER}0-9\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))", _I)
# A label on a line of its own ("See also:", "READ MORE", "Related", "Weitere
# Informationen zum Coronavirus in Thüringen:") announces that the next short line is a
# link title.
# ... or naming the topic a list's titles share, with no colon ("Articoli su Sport", "Toutes
# les infos sur ChatGPT", "Mehr zu Corona"; round 16): a label of TOPIC_LABELS and a
# topic of at most TOPIC_LABEL_MAX_WORDS words opening with a capital or a figure, no
# end mark (a story's line "More on that later." has one).
TOPIC_LABELS = (
    "more on", "more about", "all the news on", "all news on", "all stories on",
    "more stories on", "more articles on", "all articles on", "toutes les infos sur",
    "toute l'actu sur", "toute l’actu sur", "toute l'actualité sur", "toute l’actualité sur",
    "toutes les actus sur", "tous les articles sur", "nos articles sur", "plus d'infos sur",
    "plus d’infos sur", "articles sur", "articoli su", "altri articoli su",
    "tutti gli articoli su", "tutte le notizie su", "altre notizie su", "notizie su",
    "mehr zu", "mehr über", "alles zu", "alles über", "alle artikel zu", "alle artikel über",
    "alle nachrichten zu", "weitere artikel zu", "más sobre", "más noticias sobre",
    "todas las noticias sobre", "noticias sobre", "artículos sobre", "todo sobre",
    "mais sobre", "todas as notícias sobre", "notícias sobre", "tudo sobre", "meer over",
    "alles over", "artikelen over", "meer nieuws over", "więcej o", "wszystko o",
    "artykuły o", "więcej na temat", "více o", "vše o", "články o", "mer om", "mere om",
    "alt om", "allt om", "artiklar om", "artikler om", "все новости о", "ещё о", "еще о",
    "больше о", "все новини про", "більше про",
)
TOPIC_LABEL_MAX_WORDS = 4
RELATED_LABEL_ONLY_RE = re.compile(
    r"^[\s>»•*\-–—■◆▶●]*(?:(?:" + one_of((*RELATED_LABELS, *RELATED_LABELS_ALONE), flags=_I)
    + r")(?:\s*[:：»>|\-–—.…?!]*|\s[^.!?。]{0,60}[:：]|[,\s][^.!?。]{0,60}(?:\.\.\.|…))"
    + r"|(?:" + spaced_one_of(TOPIC_LABELS, flags=_I)
    + rf")\s+(?-i:[„“\"«'(]?[{_UPPER}0-9])[^\s.!?。:：]*(?:\s+[^\s.!?。:：]+)"
    + "{0," + str(TOPIC_LABEL_MAX_WORDS - 1) + r"})\s*$",
    _I,
)
# ... or ending a short line after a section's name ("Politics & Government Latest
# Articles", "World Related News"): labels of two words or more only (a line ending
# "Watch" or "Lee" is a name). At most RELATED_LABEL_END_MAX_WORDS words.
RELATED_LABEL_END_RE = re.compile(
    r"\s(?:" + spaced_one_of([w for w in (*RELATED_LABELS, *RELATED_LABELS_ALONE)
                              if len(w.split()) >= 2], flags=_I)
    + r")\s*[:：]?\s*$", _I)
RELATED_LABEL_END_MAX_WORDS = 6
# ... or a section box's heading closed by a lone "»", its link to the section ("Top
# Stories »", "港聞頭條 »", "更多熱門新聞 »"; round 21): a short line (at most
# SECTION_MORE_MAX_WORDS words, SECTION_MORE_MAX_CHARS characters) with no other
# guillemet (a quote closed by "»" opened one: "« ... »", "»...»").
SECTION_MORE_RE = re.compile(r"^[^«»\n]+?\s?»\s*$")
SECTION_MORE_MAX_WORDS = 4
SECTION_MORE_MAX_CHARS = 30
# A page's breadcrumb trail pasted as a line ("网易 > 新闻中心 > 滚动新闻 > 正文", "首頁>港聞>",
# "Home › News › World"; round 21): short parts split by ">" or "›", two splits at least (or
# one closing the line), each part at most BREADCRUMB_PART_MAX_WORDS words, no sentence.
BREADCRUMB_SPLIT_RE = re.compile(r"\s*[>›]\s*")
#: ... or a trail with no marks between its steps: the link home, then capitalised steps,
#: ending with the post's title cut short ("Início Variedades Caderno 01 Quintal dentro do
#: apê: três dicas para integrar a varanda à sala...").
HOME_TRAIL_RE = re.compile(r"^\s*(?i:home|início|inicio|accueil|startseite|portada|главная|"
                           r"strona główna|inizio)\s+[A-ZÀ-Þ]\S*\s+[A-ZÀ-Þ0-9].{0,200}(?:\.{3}|…)\s*$")
#: ... or a theme's trail of categories split by spaced slashes ("News / Top Stories / X").
CATEGORY_TRAIL_SPLIT_RE = re.compile(r"\s+/\s+")
BREADCRUMB_MARKS = ">›"
BREADCRUMB_PART_MAX_WORDS = 3
BREADCRUMB_PART_MAX_CHARS = 24
BREADCRUMB_MAX_PARTS = 7
# A page's title pasted as a related link: the headline, then two or more short parts
# (section, kind, outlet) split by pipes ("Headline of another story | UK | News | Outlet").
# The headline is at least PIPE_TITLE_HEAD_MIN_WORDS words; each part after it at most
# PIPE_TITLE_PART_MAX_WORDS, opening with a capital or a figure (a table's row, "Name |
# Age | City", has no headline before its parts).
# A related item's kicker run straight into its title, as a theme flattens the two spans
# ("... in Japan22.000 Soldaten ...", '... über Fukushima"Hier gibt es ...',
# "... VorwürfeDie Regierung ..."): three lower-case letters or more, then without a
# space a figure, an opening quote before a letter, or a capital before a lower-case
# letter. (Names written in camel case, "WordPress", have it too: read in a run of such
# lines only, GLUED_TITLES_MIN_LINES.)
GLUED_KICKER_RE = re.compile(
    r"[a-zß-öø-ÿа-яё]{3}(?:\d|[\"„“«](?=[^\W\d_])|[A-ZÀ-ÖØ-ÞА-ЯЁ](?=[a-zß-öø-ÿа-яё]))")
GLUED_TITLES_MIN_LINES = 2
PIPE_TITLE_HEAD_MIN_WORDS = 4
PIPE_TITLE_PART_MAX_WORDS = 4
PIPE_TITLE_RE = re.compile(
    r"^(?P<head>[^|]+?)(?:\s\|\s+(?=[^\W_])(?-i:[^\W_a-zß-ÿ])[^|]*?){2,}\s*$", _I)
# The link to the site's previous or next story, its label then its title ("PREVIOUS
# Cost-of-living adjustment ...", "Nächster Artikel: ...", "Article précédent ..."): a line
# of at most RELATED_LINE_MAX_WORDS words that is no sentence. The English labels only in
# capitals before a capitalised word, or before "article", "story", "post" ("Next week"
# opens a sentence).
PREV_NEXT_LABELS = (
    "previous article", "next article", "previous story", "next story", "previous post",
    "next post", "vorheriger artikel", "nächster artikel", "voriger artikel",
    "article précédent", "article suivant", "artículo anterior", "siguiente artículo",
    "próximo artículo", "artigo anterior", "próximo artigo", "articolo precedente",
    "articolo successivo", "vorig artikel", "volgend artikel", "poprzedni artykuł",
    "następny artykuł", "předchozí článek", "další článek", "předchozí", "edellinen artikkeli",
    "seuraava artikkeli", "föregående artikel", "nästa artikel", "forrige artikel",
    "næste artikel", "forrige sak", "neste sak", "предыдущая статья", "следующая статья",
    "попередня стаття", "наступна стаття", "önceki haber", "sonraki haber",
    "artikel sebelumnya", "artikel selanjutnya", "bài trước", "bài tiếp theo", "המאמר הקודם",
    "المقال السابق", "المقال التالي", "上一篇", "下一篇", "前の記事", "次の記事", "이전 기사",
    "다음 기사", "이전글", "다음글",
)
PREV_NEXT_RE = re.compile(
    r"^[\s«‹<←]*(?:(?-i:PREVIOUS|NEXT|PREV)\s+(?=(?-i:[A-Z][a-z]))|(?:"
    + spaced_one_of(PREV_NEXT_LABELS, flags=_I)
    + r")\s*[:：»›>→-]?\s*(?=\S))", _I)
# Short pointer lines without a label's colon: "Read more at Reuters", "Continue reading
# the full story", "Click here to read more", "See the original article", "Weiterlesen
# auf tagesschau.de", "Lire la suite", "Leer más", "Читать далее". At most
# RELATED_POINTER_MAX_WORDS words.
def _romanian_cedillas(words: Iterable[str]) -> tuple[str, ...]:
    """Each word, and its spelling with the cedilla letters "ş", "ţ" that Romanian pages
    still print for the comma-below "ș", "ț" (both are met: one table, both spellings)."""
    out = list(words)
    out += [w.replace("ș", "ş").replace("ț", "ţ") for w in out if "ș" in w or "ț" in w]
    return tuple(dict.fromkeys(out))


# ... the same pointers in more languages ("read the whole story", "read on"), opening the
# line. (The labels of a list of the site's other stories, "More from X", are
# normalizer.cues.openers.MORE_FROM_RE.)
RELATED_POINTER_PHRASES = _romanian_cedillas((
    "citește toată știrea", "citește tot articolul", "citește mai mult", "citeste toata stirea",
    "citește continuarea", "lue koko juttu", "lue koko artikkeli", "olvassa tovább",
    "tovább a cikkre", "teljes cikk", "czytaj dalej", "czytaj całość", "čtěte dále",
    "číst dál", "čítajte ďalej", "läs hela artikeln", "les hele saken", "læs hele artiklen",
    "leia a matéria completa", "leia a notícia completa", "continua a leggere", "leggi tutto",
    "lees het hele artikel", "lees het volledige artikel", "читать полностью", "читати далі",
    "читайте повністю", "детальніше", "διαβάστε περισσότερα", "διαβάστε ολόκληρο",
    "ادامه مطلب", "اقرأ التفاصيل", "המשך לקרוא", "阅读全文", "閱讀全文", "全文を読む",
    "続きを読む", "기사 전문 보기", "devamını okuyun", "haberin devamı",
))
RELATED_POINTER_RE = re.compile(
    r"^[\s>»•*\-–—]*(?:(?:read|see|view|click|tap|continue|keep)\b.{0,60}\b(?:more|full|story|article|"
    r"original|here|report|coverage|source|list)\b|(?:read|continue reading|full story|more)\s+(?:at|on|from|in)\s+\S"
    r"|weiterlesen|mehr dazu|mehr lesen|lire la suite|leer más|seguir leyendo|читать далее|"
    r"подробнее на|" + one_of(RELATED_POINTER_PHRASES, flags=_I) + r")",
    _I,
)
RELATED_POINTER_MAX_WORDS = 12
# A line ending with arrows points to another page ("Watch the channel online >>>", "Mehr
# Videos →"): at most RELATED_POINTER_MAX_WORDS words. (One "»" closes a French quote.)
POINTER_ARROWS_RE = re.compile(r"\s(?:>{2,}|»{2,}|›{2,}|→|➜|➤|⇒)\s*$")
#: ... or opening it ("&gt;&gt;&gt; Mehr Gastkommentare", "»» Read more on the case"; round 19).
POINTER_ARROWS_LEAD_RE = re.compile(r"^\s*(?:>{2,}|»{2,}|›{2,}|→|➜|➤|⇒)\s*[^\W_]")
#: ... the last characters such a line can have, spaces aside (tested first: the pattern
#: is tried at every position of a line).
POINTER_ARROWS = ">»›→➜➤⇒"
#: A link's pointing triangle after a title ("Pixel foldable tipped to ... without a hole...
#: ►"), which no sentence ends with: a title's length.
POINTER_TRIANGLES = "►▶▸"
POINTER_TRIANGLE_MAX_WORDS = 25
#: A line ending by pointing at the link the flattening took away ("For more figures, you
#: may visit this link", "... consulte este enlace", "... sur ce lien"): without its link
#: the line tells the reader nothing; it is the link's label, never the story's sentence.
POINTER_LINK_END_PHRASES = (
    "this link", "the following link", "the link below", "this link below", "este enlace",
    "el siguiente enlace", "el enlace", "este link", "neste link", "nesse link", "ce lien",
    "le lien suivant", "le lien ci-dessous", "diesem link", "folgenden link", "questo link",
    "seguente link", "deze link", "onderstaande link", "tym linkiem", "tego linku",
    "этой ссылке", "по ссылке", "цим посиланням", "за посиланням", "tautan ini",
    "tautan berikut", "bu bağlantı", "bu linkten")
POINTER_LINK_END_RE = re.compile(
    r"\b(?:" + spaced_one_of(POINTER_LINK_END_PHRASES, flags=_I) + r")\s*[.:!]?\s*$", _I)

# Promo lines that name a series or explainer rather than the story ("...: QuickTake",
# "Explainer: ...", "LIVE: ...", "VIDEO: ...").
PROMO_LINK_RE = re.compile(
    r"(?::\s*(?:quicktake|explainer|factbox|timeline|live updates?|the big take)\s*$)"
    r"|^(?:video|watch|live|podcast|explainer|factbox|quiz|gallery|photos|in pictures)\s*:"
    # a link to an interactive map or chart ("Interactiu especial: el mapa amb ...", Ara's)
    r"|^(?:interactive|interactiu|interactivo|interactif|interattivo|interaktiv)"
    r"(?:\s+[^\W\d_]+)?\s*:",
    _I,
)
PROMO_LINK_MARK = ":"  # in every line the pattern above finds: tested first
#: A link to the site's free coverage, its access in brackets after the title ("The latest
#: news about the outbreak in Sweden (paywall-free)", "... (kostenlos)"): a promo, the
#: bracket being what no headline or sentence of a story closes with.
FREE_ACCESS_LINK_RE = re.compile(
    r"\((?:paywall[- ]free|free to read|free access|no paywall|free for all readers|"
    r"open access|kostenlos|frei lesbar|ohne paywall|gratuit|en accès libre|acceso libre|"
    r"gratis|sin muro de pago|acesso livre|accesso libero|gratuito)\)\s*$", _I)

# --- Promos, newsletters, paywalls, follow-us -----------------------------------------
# Words that, in a short line addressed to the reader, mark it as a promo or paywall
# line. Collected from newspaper paywall and newsletter boxes (NYT, Telegraph, Haaretz,
# Spiegel, Le Monde, El País).
PROMO_WORDS = (
    "subscribe", "subscriber", "subscribers", "subscription", "newsletter", "newsletters",
    "epaper", "e-paper", "e-edition",  # (round 31: "Read our ePaper. Fast. Factual. Free.")
    "sign up", "signup", "sign in", "log in", "login", "register", "inbox", "unlock",
    "free trial", "premium", "paywall", "granted access", "continue reading", "keep reading",
    "follow us", "follow @", "download our app", "download the app", "get the app",
    "our latest coverage", "support our journalism", "support independent journalism",
    "donate", "become a member", "membership", "advertisement", "sponsored", "promoted",
    "abonnieren", "abonnement", "abonnent", "newsletter", "anmelden", "registrieren",
    "jetzt lesen", "weiterlesen", "s'abonner", "abonnez-vous", "abonné", "inscrivez-vous",
    "suscríbete", "suscribirse", "suscriptor", "regístrate", "inicia sesión",
    "подпишитесь", "подписаться", "подписка", "рассылка", "подписывайтесь",
    # subscribe, newsletter and paywall words of more languages (Finnish, Scandinavian,
    # Dutch, Italian, Portuguese, Catalan, Polish, Czech, Slovak, Hungarian, Romanian,
    # South Slavic, Bulgarian, Ukrainian, Greek, Turkish, Indonesian, Arabic, Hebrew)
    "uutiskirje", "uutiskirjeet", "uutiskirjeitä", "uutiskirjeen", "uutiskirjeemme", "tilaa",
    "tilaamaan", "tilaajaksi", "prenumerera", "prenumerant", "nyhetsbrev", "nyhetsbrevet",
    "abonner", "abonnér", "nyhedsbrev", "abonneer", "abonneren", "nieuwsbrief", "iscriviti",
    "abbonati", "abbonamento", "assine", "assinante", "inscreva-se",
    "subscriu-te", "butlletí", "subskrybuj", "prenumerata", "newslettera", "předplatné",
    "odebírejte", "predplatné", "odoberajte", "hírlevél", "hírlevelünkre", "iratkozzon",
    "előfizetés", "abonează-te", "aboneaza-te", "abonați-vă", "pretplatite", "pretplata",
    "naročite", "абонирайте", "підпишіться", "підписатися", "розсилку", "εγγραφείτε",
    "abone", "bültenimize", "berlangganan", "langganan", "اشترك", "اشتركوا",
    "النشرة البريدية", "النشرة الإخبارية", "הירשמו", "ניוזלטר", "piesakies", "pierakstieties",
    "užsisakykite", "prenumeruokite", "tellige", "abonnee", "abonnees", "inloggen",
    # a paywall's offer ("Never miss a story", "Choose the plan that's right for you")
    "never miss a story", "choose the plan", "choose your plan", "digital access",
    # the same words inflected (Turkish, Finnish: a suffix per case) and in Hindi
    "abonelik", "aboneler", "abonelere", "abonelerimize", "aboneliği", "tilaajat", "tilaajille",
    "subskrybent", "subskrybenci", "subskrypcja", "subskrypcję", "subskrypcji", "abo", "abos",
    "लॉगिन", "सब्सक्राइब", "सदस्यता", "मेंबरशिप", "प्रीमियम",
    # a comparison portal's call to action in an ad ("Vergleichen Sie jetzt ...")
    "vergleichen sie jetzt", "jetzt vergleichen", "compare now", "compare prices now",
    "comparez maintenant", "compara ahora", "confronta ora", "vergelijk nu", "nu vergelijken",
    "porównaj teraz", "porovnejte nyní", "vertaa nyt", "jämför nu", "sammenlign nu",
    "sammenlign nå", "сравните сейчас", "şimdi karşılaştır", "bandingkan sekarang",
    "latest news updates",
    # a paywall's button and offer in French ("Je m'abonne", "2 mois pour 1€ sans
    # engagement", round 26)
    "je m'abonne", "je m’abonne", "sans engagement",
)
PROMO_RE = re.compile(r"(?<!\w)(?:" + one_of(PROMO_WORDS, flags=_I) + r")(?!\w)", _I)
# Tested first (see WordKeys, below): a line the pattern finds a promo word in holds every
# run of that word's letters as a word of its own ("sign up": "sign" and "up"), so one run
# of each (its longest) is a key; most lines hold none.
PROMO_KEY_RUNS = tuple(max(re.findall(r"\w+", w), key=len) for w in PROMO_WORDS)
# Lines that address the reader: promos and paywalls do, news stories rarely do in a
# short line. (Asked only of a line holding a promo word.) The reader's "you" and the
# site's "our" in the languages of the promo words: Dutch "je"/"jouw"/"uw", Scandinavian
# "du"/"dig"/"din", German "du"/"dein", Polish, Czech, Portuguese, Italian, Turkish,
# Indonesian, Finnish, Hungarian, Romanian, Greek, Ukrainian, Hebrew, Arabic, Hindi, CJK.
READER_WORDS = (
    "you", "your", "you’re", "you're", "our", "we’ll", "we'll", "sie", "ihr", "ihre", "unser",
    "vous", "votre", "nos", "notre", "tu", "usted", "nuestro", "nuestra", "вы", "ваш", "наш",
    "je", "jij", "jouw", "uw", "onze", "du", "dig", "din", "dina", "ditt", "deg", "dine", "vår",
    "våra", "vores", "dich", "dir", "dein", "deine", "euch", "ty", "twój", "twoje", "wasz",
    "nasz", "vy", "váš", "vaše", "náš", "você", "vocês", "seu", "sua", "nosso", "nossa", "tuo",
    "tua", "vostro", "nostro", "sen", "siz", "senin", "sizin", "anda", "kamu", "kami", "sinä",
    "sinun", "te", "ön", "tău", "voi", "εσείς", "σας", "ви", "твій", "наш", "אתה", "אתם",
    "أنت", "لك", "आप", "您", "你", "あなた", "당신", "여러분",
    # "please" and the polite imperative, addressed to the reader as well
    "please", "bitte", "por favor", "per favore", "lütfen", "proszę", "prosím", "kérjük",
    "करें", "पढ़ें", "पढ़िए", "पाएं", "पायें",
)
READER_ADDRESS_RE = re.compile(
    r"(?<!\w)(?:" + one_of(READER_WORDS, flags=_I) + r")(?!\w|\.\w)|[!]|\bhere\b"
    r"|^\(?(?:get|join|sign|follow|download|subscribe|click|tap|learn|try|support|want|catch)\b",
    _I,
)
# Promo line length limit, in words: a longer block is a paragraph that merely mentions
# a newsletter.
PROMO_MAX_WORDS = 40
#: A magazine's print issue on sale, a line opening so ("IN EDICOLA A ROMA DA VENERDI 11 E
#: IN TUTTA ITALIA ...", "Jetzt am Kiosk", "Now on newsstands"): the publisher's promo when
#: shouted in capitals or no longer than NEWSSTAND_MAX_WORDS (a story may say a book is
#: "in edicola da domani" in its prose).
NEWSSTAND_RE = re.compile(
    r"^\s*(?:(?:oggi|ora|adesso|da\s+\w+)\s+)?in\s+edicola\b|^\s*(?:jetzt\s+)?(?:neu\s+)?am\s+kiosk\b|"
    r"^\s*(?:now\s+)?on\s+(?:sale\s+at\s+)?newsstands\b|^\s*(?:actuellement\s+)?en\s+kiosque\b|"
    r"^\s*(?:ya\s+)?en\s+(?:tu\s+)?quiosco\b|^\s*(?:já\s+)?nas\s+bancas\b", _I)
NEWSSTAND_MAX_WORDS = 8
#: The site's ask under the article, opening with whether the reader liked it or read this
#: far ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns ...", "Si llegaste
#: hasta acá...", "喜欢这篇文章？去 App 商店搜 ..."): a promo, never the story's line.
LIKED_ARTICLE_RE = re.compile(
    r"^\s*(?:¿\s*)?(?:(?:did\s+you\s+|you\s+)?(?:like|enjoy|love)(?:d)?\s+this\s+"
    r"(?:article|story|post|piece)\s*\?|enjoyed\s+this\s+(?:article|story|post)\s*\?|"
    r"if\s+you(?:['’]ve|\s+have)\s+(?:read|made\s+it|got)\s+this\s+far|"
    r"hat\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen|"
    r"(?:vous\s+avez\s+aimé|tu\s+as\s+aimé)\s+cet\s+article|cet\s+article\s+vous\s+a\s+plu|"
    r"(?:te|le)\s+gust[óo]\s+(?:este|esta)\s+(?:artículo|nota)|si\s+llegaste\s+hasta\s+(?:acá|aquí)|"
    r"ti\s+è\s+piaciut[oa]\s+(?:questo|quest['’]|l['’])\s*articolo|"
    r"gostou\s+(?:deste|desta)\s+(?:artigo|matéria|reportagem)|vond\s+je\s+dit\s+artikel|"
    r"(?:вам\s+)?понравилась\s+(?:эта\s+)?статья|podobał\s+ci\s+się\s+(?:ten\s+)?artykuł|"
    r"喜欢这篇文章|喜歡這篇文章)", _I)
LIKED_ARTICLE_MAX_WORDS = 60

# --- Share / like / comment chrome ------------------------------------------------------
#: An ad's label of more languages, alone on its line ("إعلان", "تبلیغ متنی": a text ad):
#: chrome, and an ad label (AD_LABELS: the story may go on under it). Round 13.
AD_LABELS_MORE = ("reklam", "iklan", "quảng cáo", "إعلان", "اعلان", "تبلیغ", "تبلیغات",
                  "تبلیغ متنی", "विज्ञापन", "اشتہار", "פרסומת", "โฆษณา", "廣告")
# Short lines made only of these words (WordPress Jetpack, AddToAny, Blogger share bars).
CHROME_WORDS = frozenset((
    # a photo gallery's controls flattened under its captions (round 38: "Show Caption",
    # "of" between the counter's figures, "Expand", over East Bay Times' byline)
    "show caption", "hide caption", "show captions", "hide captions", "expand", "collapse",
    "of",
    # a link to the site's forum under a story (round 23: "vaya al foro")
    "go to the forum", "to the forum", "vaya al foro", "ir al foro", "ve al foro",
    "zum forum", "ins forum", "vai al forum", "aller au forum", "ir para o fórum",
    "naar het forum", "przejdź do forum", "перейти на форум", "foruma git",
    # a list of tags' label alone (round 23: "Temas" over a story's topics)
    "temas", "themen", "argomenti", "tematy", "témata", "onderwerpen", "tópicos",
    "konular", "теми", "темы", "topik", "ämnen", "emner", "aiheet",
    # a link that lets a keyboard skip to the text, and a page's font-size controls
    # (round 15: "Skocz do tekstu", "Μεγαλύτερη γραμματοσειρά")
    "skip to content", "skip to main content", "skip to text", "skip to article",
    "skip to navigation", "skip to main navigation", "skip to primary navigation",
    "skip to search", "skip to footer", "skip to sidebar",
    "zum inhalt springen", "zum inhalt", "aller au contenu", "aller au contenu principal",
    "saltar al contenido", "ir al contenido", "ir para o conteúdo", "vai al contenuto",
    "naar inhoud springen", "skocz do tekstu", "przejdź do treści", "přejít k obsahu",
    "перейти к содержанию", "перейти к тексту", "перейти до змісту", "μετάβαση στο περιεχόμενο",
    "larger font", "smaller font", "font size", "text size", "larger text", "smaller text",
    "schrift vergrößern", "schrift verkleinern", "schriftgröße", "taille du texte",
    "tamaño de letra", "tamaño del texto", "dimensione del testo", "rozmiar czcionki",
    "μεγαλύτερη γραμματοσειρά", "μικρότερη γραμματοσειρά", "μέγεθος γραμματοσειράς",
    "размер шрифта", "увеличить шрифт", "уменьшить шрифт", "字体大小", "字體大小",
    # (round 55) the font-size control's buttons and the print link's label after their
    # labels ("Font Size: Decrease Increase", "Print Page: Print")
    "decrease", "increase", "print page", "print this page",
    # (round 55) the heading of a story's tool box, over its share and e-mail links
    "story tools", "article tools", "page tools",
    # (round 18) the font-size control with its sizes ("調整字體︰大 中 小"), a read-aloud
    # widget's name line ("... Text To Speech") and a recommend control with its counter
    "调整字体", "調整字體", "字体", "字體", "字号", "字號", "大 中 小", "大中小",
    "text to speech", "text-to-speech", "προτείνετέ το", "προτείνετε το", "recommend this",
    "recommend", "empfehlen", "recommander", "recomendar", "consiglia", "poleć", "polecam",
    "rate this", "rate this article", "rate this story", "oceń", "oceń artykuł",
    # (round 18) a font-size control of three letters ("A A A"), a player's transcript,
    # embed and download controls, and a sponsor's slot label
    "a a a", "a+ a-", "a- a+", "μέγεθος γραμμάτων", "transcript", "toggle more options",
    "embed", "download", "sponsor message",
    "artikel bewerten", "bewerten", "noter cet article", "valorar", "valuta l'articolo",
    "оценить", "оценить статью", "оцінити",
    # (round 29) a rating widget's prompt over its stars
    "oceń jakość naszego artykułu", "oceń jakość artykułu", "rate the quality of this article",
    "rate the quality of our article", "how would you rate this article",
    "bewerten sie diesen artikel", "évaluez cet article", "valora este artículo",
    "valuta questo articolo", "ohodnoťte článek", "beoordeel dit artikel",
    # a player's call to listen to the story, a jump to the readers' comments and the
    # page's other versions (round 15: "Ακούστε την είδηση", "IDŹ DO OPINII", "Версия для
    # PDA")
    "listen to this article", "listen to this story", "listen to the article",
    "listen to the story", "écouter l'article", "escuchar la noticia", "escuchar el artículo",
    "ascolta l'articolo", "ouvir a notícia", "posłuchaj artykułu", "odsłuchaj artykuł",
    "прослушать статью", "послушать новость", "ακούστε την είδηση", "ακούστε το άρθρο",
    "go to comments", "jump to comments", "zu den kommentaren", "aller aux commentaires",
    "ir a los comentarios", "vai ai commenti", "przejdź do komentarzy", "idź do opinii",
    "перейти к комментариям", "μετάβαση στα σχόλια", "version for pda", "pda version",
    "версия для pda",
    # a press release's label (round 16)
    "for immediate release", "zur sofortigen veröffentlichung", "pour diffusion immédiate",
    "para publicación inmediata", "para divulgação imediata", "per la pubblicazione immediata",
    "voor onmiddellijke publicatie", "do natychmiastowej publikacji",
    "share", "share this", "share this:", "shares", "tweet", "twitter", "x", "facebook",
    "email", "e-mail", "print", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
    "google plus", "google+", "linked in",  # (share buttons' names spelt apart: Ara's)
    "social sharing",  # (the share bar's label: CBC's)
    "més", "mes",  # (Catalan's "more" of the share bar, its accent dropped or not)
    "tumblr", "pocket", "vk", "like", "like this", "like this:", "likes", "loading", "loading...",
    "comment", "comments", "leave a comment", "leave a reply", "reply", "more", "related",
    "copy link", "save", "bookmark", "messenger", "skype", "mail", "teilen", "partager",
    "compartir", "поделиться", "click to share on twitter", "click to share on facebook",
    "click to email this to a friend", "click to print", "opens in new window",
    "share on facebook", "share on twitter", "share via email", "follow", "subscribe",
    # a share bar's "share via" and print buttons in other languages ("Facebook X WhatsApp
    # Telegram Teilen via E-Mail Drucken", round 30)
    "share via", "teilen via", "partager via", "compartir vía", "compartir via",
    "condividi via", "drucken", "imprimer", "imprimir", "stampa", "drukuj", "afdrukken",
    # a carousel's scroll buttons (round 30, Le Parisien's "Défiler les accès rapides vers
    # la droite")
    "défiler les accès rapides vers la droite", "défiler les accès rapides vers la gauche",
    "défiler vers la droite", "défiler vers la gauche", "scroll right", "scroll left",
    "nach rechts scrollen", "nach links scrollen", "desplazar a la derecha",
    "desplazar a la izquierda", "scorri a destra", "scorri a sinistra",
    # a reader's comment's buttons: report it, answer it (round 30, Le Point's "Signaler")
    "signaler", "signaler un abus", "signaler ce commentaire", "report abuse",
    "report comment", "report this comment", "kommentar melden", "missbrauch melden",
    "denunciar", "denunciar abuso", "segnala", "segnala abuso", "zgłoś", "zgłoś naruszenie",
    "répondre", "responder", "rispondi", "antworten", "odpowiedz", "beantwoorden",
    "advertisement", "anzeige", "publicité", "publicidad", "реклама", "sponsored",
    # (an ad slot's label alone on its line between a theme post's paragraphs, round 25)
    "advertisements", "werbung",
    # share networks and messengers (Western, Russian, Chinese, Japanese, Korean)
    "flipboard", "xing", "threads", "bluesky", "mastodon", "viber", "sms", "odnoklassniki",
    "одноклассники", "вконтакте", "wechat", "weibo", "qq", "qzone", "douban", "微信", "微博",
    "新浪微博", "腾讯微博", "qq空间", "豆瓣", "朋友圈", "人人网", "kakaotalk", "kakao", "naver",
    "hatena", "はてブ", "copy url", "copy the link",
    # "share", "shared", "tweet", "print", "send", "comment" in other languages
    "share this article", "share this story", "share article", "share story", "shared",
    "teilen:", "artikel teilen", "beitrag teilen", "geteilt", "mal geteilt", "drucken",
    "versenden", "senden", "link kopieren", "kommentare", "kommentar", "twittern",
    "partager", "partager sur", "partagé", "imprimer", "envoyer", "copier le lien",
    "commentaires", "compartir en", "compartido", "compartidos", "imprimir", "enviar",
    "copiar enlace", "copiar link", "comentarios", "compartilhe", "compartilhar",
    "compartir artículo", "compartir articulo", "compartir nota", "compartir noticia",
    "partager l'article", "partager l’article", "condividi articolo", "condividi l'articolo",
    "compartilhar artigo", "compartilhar matéria", "compartilhar notícia",
    "twittear", "tuitear", "enviar por mail", "enviar por email", "enviar por e-mail",
    "enviar por correo", "envoyer par mail", "envoyer par e-mail", "per e-mail senden",
    "invia per email", "invia per e-mail", "rectificar", "report an error", "report error",
    "reportar error", "reportar un error", "signaler une erreur", "fehler melden",
    "segnala un errore",
    "compartilhado", "partilhar", "partilhe", "comentários", "condividi", "condivisioni",
    "stampa", "commenti", "delen", "deel", "afdrukken", "udostępnij", "udostępnienia",
    "drukuj", "komentarze", "sdílet", "sdílení", "tisk", "komentáře", "zdieľať", "jaa",
    "tulosta", "kommentit", "dela", "skriv ut", "paylaş", "yazdır", "yorumlar",
    "megosztás", "nyomtatás", "distribuie", "distribuiți", "distribuiţi", "κοινοποίηση",
    # a link to the picture's full size, alone (no caption beside it, unlike ENLARGE_LABELS)
    "click for larger image", "click for larger photo", "view larger image", "add to blog",
    # a photo viewer's opening control, alone ("Lihat Foto" over Kompas's pictures; the line
    # beside it may be the story's last, so it takes no caption with it, unlike ENLARGE_LABELS)
    "lihat foto", "see photo", "view photo", "view photos", "ver foto", "ver fotos",
    "voir la photo", "voir les photos", "foto ansehen", "fotos ansehen", "xem ảnh", "사진 보기",
    "写真を見る", "查看图片", "смотреть фото",
    # a podcast's or a file's download link left alone (round 11)
    "right click here to download", "click here to download", "right-click to download",
    "download mp3", "download the podcast", "download episode", "download this episode",
    "herunterladen", "télécharger", "descargar", "scarica", "baixar", "поширити", "поделиться:",
    "печать", "комментарии", "отправить", "分享", "分享到", "分享至", "转发", "收藏", "评论",
    "打印", "分享到：", "シェア", "ツイート", "共有", "공유", "공유하기", "bagikan", "chia sẻ",
    "शेयर", "مشاركة", "שתפו", "teilen auf", "condividi su", "compartilhe no",
    "compartilhar no", "udostępnij na", "sdílet na", "delen op", "dela på",
    # counters and reading-time labels beside them ("0x geteilt", "Slideshow ( 15 images )",
    # "4 Min Read", "3 Min. Lesezeit")
    # a picture's or a player's placeholder left alone ("Image", "Anhören": listen to it)
    "image", "image:", "photo:", "foto:", "bild:", "anhören", "artikel anhören", "vorlesen",
    "artikel vorlesen", "listen to this article", "listen to article", "écouter l'article",
    "écouter cet article", "escuchar artículo", "escuchar este artículo", "ascolta l'articolo",
    "ouvir artigo", "ouvir este artigo", "posłuchaj artykułu", "luister naar dit artikel",
    "lyssna på artikeln", "слушать статью", "прослушать статью",
    "views", "reads", "images", "photos", "pictures", "slides", "slideshow", "gallery",
    "photo gallery", "min read", "minute read", "minutes read", "mins read", "read time",
    "reading time", "min.", "min lesezeit", "lesezeit", "aufrufe", "bilder", "fotos", "galerie",
    "bildergalerie", "vues", "temps de lecture", "min de lectura",
    # (round 19: "Tiempo de lectura: 6 min")
    "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania",
    "lukuaika", "lästid", "lesetid", "okuma süresi",
    # (round 47: "Lesedauer etwa 2 Min")
    "lesedauer",
    # a bookmark button ("Auf die Merkliste", "Zur Merkliste")
    "auf die merkliste", "zur merkliste", "merken",
    # a print view's and an overview's links ("zum Nachrichtenüberblick Druckversion")
    "druckversion", "druckansicht", "zum nachrichtenüberblick", "zur übersicht",
    # (round 20) a media card's bare label ("Video" over a clip's title), and a comment
    # button glued to its counter ("0Comenta", "3 Commenta")
    "video", "vídeo", "vidéo", "videó", "wideo", "видео", "відео", "comenta", "commenta",
    "comentar", "commenter", "kommentieren",
    "min de leitura", "visitas", "visualizações", "просмотры",
    # share, like, comment and show-more controls of more languages (Dutch, Danish, Italian,
    # Ukrainian, Korean, Japanese, Chinese) and the ad labels beside them
    "delen via", "delen via e-mail", "reacties", "send til din ven", "del artiklen",
    "suggerisci", "altri", "stampa articolo", "поділитися", "поділитися новиною", "partners",
    "promoted", "reklame",
    "показати всі", "приховати", "поширити новину", "공유", "페이스북", "트위터", "카카오스토리",
    "카카오톡", "네이버블로그", "구글플러스", "밴드", "더보기", "공유 더보기", "좋아요", "url",
    "url공유", "기사", "100자평", "댓글", "写真を拡大", "画像を拡大", "拡大", "シェアする",
    "いいね", "点赞", "partner", "sponsored content", "reklama", "mainos", "annons",
    "advertentie", "pubblicità", "publicidade", "διαφήμιση", "광고", "広告", "广告",
    "просмотров", "阅读", "浏览",
    # share, print, like, copy-link and tag labels of Arabic, Persian, Chinese, Russian
    # pages, and a gallery's controls
    "طباعة", "فيسبوك", "تويتر", "لينكدين", "واتساب", "انسخ الرابط", "نسخ الرابط", "شارك",
    "اشتراک گذاری", "چاپ", "列印", "打印本页", "讚", "赞", "用line傳送", "line", "複製連結",
    "复制链接", "теги", "tags", "вернуться к списку",
    "partner content",
    # a gallery's and a page's controls printed as lines ("Caption", "Close", "点击", "页首":
    # "click", "top of the page")
    "caption", "点击", "keywords", "topics", "sujets", "sommaire", "afficher plus", "voir plus",
    "show more", "ver más", "mehr anzeigen", "näytä lisää", "visa mer", "pokaż więcej",
    "zobrazit více", "daha fazla göster", "tampilkan lebih banyak", "إظهار المزيد", "annonce",
    "etiquetas", "etichette", "tagit", "taggar", "címkék", "etichete", "etiketler", "תגיות",
    "السابق", "التالي", "précédent", "suivant", "anterior", "siguiente", "kopiera länk",
    "kopioi linkki", "kopírovat odkaz", "skopiuj link", "linki kopyala", "salin tautan",
    "kopēt saiti", "nukopijuoti nuorodą", "copiar link", "copia link", "kopieer link", "點擊",
    "页首", "頁首", "返回页首", "返回頁首", "回到顶部", "返回顶部", "回到頂部", "返回頂部", "ページの先頭へ",
    # "load more", "not interested" and "close the window" controls
    "load more", "mehr laden", "charger plus", "cargar más", "carregar mais", "carica altro",
    "daha fazla yükle", "загрузить ещё", "завантажити ще", "muat lebih banyak", "加载更多",
    "加載更多", "查看更多", "不感兴趣", "不感興趣", "关闭窗口", "關閉窗口", "もっと見る", "더 보기",
    # a follow button alone (to follow the author or the topic), in more languages
    "folgen", "suivre", "seguir", "segui", "volgen", "följ", "følg", "seuraa", "obserwuj",
    "sledovat", "sledujte", "követés", "urmărește", "ακολουθήστε", "подписаться", "стежити",
    "takip et", "ikuti", "theo dõi", "עקבו", "متابعة", "تابع", "フォロー", "팔로우", "关注", "關注",
    "+ folgen", "+ follow", "+ suivre",
    # save-for-later and show-all controls, and a content type's label alone ("Článek")
    "gem på læseliste", "gem artikel", "læseliste", "spara artikel", "läslista", "spara",
    "lägg till i läslistan", "save for later", "read later", "save article", "später lesen",
    "artikel merken", "merken", "lire plus tard", "sauvegarder", "guardar artículo",
    "salva articolo", "bewaar", "lees later", "uložit", "uložit článek", "tallenna",
    "lagre artikkel", "kaydet", "simpan", "сохранить", "зберегти", "あとで読む", "後で読む",
    "zobrazit vše", "show all", "alle anzeigen", "tout afficher", "ver todo", "mostra tutto",
    "alles tonen", "pokaż wszystko", "näytä kaikki", "visa alla", "vis alle",
    "показать все", "tümünü göster", "lihat semua", "xem tất cả", "عرض الكل", "查看全部",
    "すべて表示", "전체보기", "článek", "článok", "artikel", "artykuł", "artículo", "articolo",
    "artigo", "статья", "makale",
    # a comment, like or favourite control as a line ("View comments", "gefällt mir.",
    # "Dieser Artikel ..." over its "gefällt mir"), and a pager's bare "Next"
    "view comments", "show comments", "read comments", "see comments", "comments (0)",
    "see all comments", "view all comments", "show all comments", "read all comments",
    "show more comments", "load more comments", "view more comments", "see more comments",
    "leggi i commenti", "kommentare lesen", "lire les commentaires", "leer comentarios",
    "ler comentários", "lees reacties", "czytaj komentarze", "comparte", "iniciar sesión",
    "inicia sesión", "accedi", "se connecter",
    # a byline card's bare trade label ("Journalist" under the name's link; round 19)
    "journalist", "journaliste", "periodista", "giornalista", "jornalista", "dziennikarz",
    "dziennikarka", "журналист",
    "share or comment on this article", "share or comment", "kommentare anzeigen",
    "voir les commentaires", "ver comentarios", "mostra commenti", "bekijk reacties",
    "pokaż komentarze", "zobrazit komentáře", "näytä kommentit", "visa kommentarer",
    "yorumları göster", "lihat komentar", "xem bình luận", "показать комментарии",
    "gefällt mir", "j'aime", "me gusta", "mi piace", "vind ik leuk", "lubię to", "tykkää",
    "gilla", "synes godt om", "liker", "curtir", "beğen", "мне нравится", "подобається",
    "suka", "thích", "dieser artikel", "this article", "cet article", "este artículo",
    "questo articolo", "dit artikel", "ten artykuł", "tento článek", "tämä artikkeli",
    "denna artikel", "denne artikel", "este artigo", "bu makale", "этот материал",
    "artikel ini", "bài viết này", "next", "weiter", "nächste", "suivante", "próximo",
    "próxima", "successivo", "volgende", "następny", "další", "seuraava", "nästa", "næste",
    "sonraki", "далее", "selanjutnya", "tiếp theo", "star", "favorite", "favourite",
    "favorit", "favori", "favorito", "preferito", "ulubione", "oblíbené", "suosikki",
    "избранное", "shares", "comments", "likes",
    # an article's tool box label ("Artikel-Services") and "comment" of more languages
    "artikel-services", "artikel-tools", "article tools", "article services",
    "outils de l'article", "herramientas del artículo", "strumenti dell'articolo",
    "komentar", "komentari", "bình luận", "yorum", "yorum yap", "kommentoi", "kommentera",
    # "print" and the printable version's link of more languages, and a pager's "next page"
    # (round 12: "Printer-friendly version", "הדפסה", "Next Page »")
    "printer-friendly version", "printer friendly version", "print version", "printable version",
    "print this page", "druckversion", "druckansicht", "version imprimable", "imprimer la page",
    "versión para imprimir", "versione stampabile", "versão para impressão", "printversie",
    "wersja do druku", "verze pro tisk", "verzia na tlač", "utskriftsvänlig version",
    "tulostettava versio", "nyomtatható változat", "версия для печати", "версія для друку",
    "yazdırılabilir sürüm", "versi cetak", "bản in", "גרסת הדפסה", "הדפסה", "הדפס",
    "نسخه چاپی", "ارسال به دوستان",  # fa: print version, send to friends (round 16)
    "نسخة للطباعة", "印刷", "印刷する", "인쇄", "인쇄하기", "cetak", "प्रिंट", "друк", "udskriv",
    "εκτύπωση", "tipărește", "printează", "štampaj", "ispis", "natisni", "spausdinti",
    "打印此页", "列印本頁", "打印本頁", "打印文章", "next page", "previous page", "nächste seite",
    "vorherige seite", "page suivante", "page précédente", "página siguiente", "página anterior",
    "próxima página", "pagina successiva", "pagina precedente", "volgende pagina",
    "następna strona", "poprzednia strona", "další strana", "následující stránka",
    "seuraava sivu", "nästa sida", "næste side", "neste side", "következő oldal",
    "pagina următoare", "следующая страница", "предыдущая страница", "наступна сторінка",
    # a pager's bare "previous" / "next" (feminine, for "page" / "news"; round 19), and
    # a tool row's "send us news" and "copy to (your) blog" buttons beside "print version"
    # ("версия для печати | сообщить новость | копировать в блог")
    "previous", "предыдущая", "следующая", "предыдущий", "следующий", "попередня",
    "наступна", "vorherige", "poprzednia", "następna",
    "сообщить новость", "прислать новость", "повідомити новину", "send us a tip",
    "send a news tip", "submit a news tip", "копировать в блог", "скопировать в блог",
    "копіювати в блог", "copy to blog", "copy to your blog", "blog this",
    # ... its "send to a friend" button and Catalan's words of the row ("20 Comentaris
    # Envia a un amic Imprimeix", Ara's)
    "send to a friend", "email to a friend", "e-mail to a friend", "enviar a un amigo",
    "envía a un amigo", "envia a un amic", "enviar a un amic", "envoyer à un ami",
    "invia a un amico", "enviar a um amigo", "enviar para um amigo", "an einen freund senden",
    "wyślij znajomemu", "comentaris", "imprimeix", "imprimir notícia",
    # ... and its "send a letter to the editor" button ("Envía una carta del lector")
    "envía una carta del lector", "envía una carta al director", "enviar carta al director",
    "escribe una carta al director", "envia una carta del lector", "envia una carta al director",
    "send a letter to the editor", "write a letter to the editor", "submit a letter to the editor",
    "leserbrief schreiben", "einen leserbrief schreiben", "écrire au courrier des lecteurs",
    "scrivi una lettera al direttore", "invia una lettera al direttore",
    "envie uma carta do leitor", "escreva ao diretor", "schrijf een lezersbrief",
    # a send form's notes printed as lines: its required-fields note and its sent notice
    # ("Pola oznaczone * są wymagane.", "Wiadomość została wysłana."; round 19)
    "fields marked * are required", "fields marked with * are required",
    "required fields are marked *", "pflichtfelder sind mit * markiert",
    "mit * markierte felder sind pflichtfelder", "les champs marqués * sont obligatoires",
    "los campos marcados con * son obligatorios", "i campi contrassegnati con * sono obbligatori",
    "pola oznaczone * są wymagane", "pola oznaczone * są obowiązkowe",
    "поля, отмеченные *, обязательны для заполнения", "your message has been sent",
    "message sent", "ihre nachricht wurde gesendet", "nachricht gesendet",
    "votre message a été envoyé", "message envoyé", "su mensaje ha sido enviado",
    "mensaje enviado", "messaggio inviato", "wiadomość została wysłana",
    "wiadomość wysłana", "сообщение отправлено", "ваше сообщение отправлено",
    "sonraki sayfa", "önceki sayfa", "halaman berikutnya", "trang sau", "trang tiếp",
    "העמוד הבא", "الصفحة التالية", "下一页", "上一页", "下一頁", "上一頁", "次のページ", "다음 페이지",
    # an audio player's controls and state printed as lines ("Play", "Pause", "Listening",
    # "听新闻": listen to the news), and a tag list's label alone ("Related tags", "相关标签")
    # (round 13: a Chinese site's read-aloud widget and tag box pasted after the story)
    "play", "pause", "listening", "abspielen", "wiedergabe", "lecture",
    "reproducir", "pausa", "riproduci", "reproduzir", "afspelen", "odtwórz", "přehrát",
    "toista", "spela upp", "воспроизвести", "пауза", "відтворити", "oynat", "duraklat",
    "putar", "jeda", "phát", "tạm dừng", "تشغيل", "إيقاف مؤقت", "پخش", "توقف", "播放", "暂停",
    "暫停", "正在播放", "正在听", "正在聽", "听新闻", "聽新聞", "收听", "收聽", "再生", "一時停止",
    "재생", "일시정지", "related tags", "verwandte tags", "tags associés",
    "etiquetas relacionadas", "tag correlati", "powiązane tagi", "связанные теги",
    "ilgili etiketler", "الوسوم ذات الصلة", "برچسب‌ها", "相关标签", "相關標籤", "标签", "標籤",
    "関連タグ", "タグ", "관련 태그", "태그", *AD_LABELS_MORE,
    # (round 14, issue 10: widgets pasted after the story) a copied-link notice and the
    # copy control ("Link copied!"), "comments" in Greek, a table of contents' label
    # ("Spis treści"), a poll's label ("Sonda", "Umfrage"), a feedback control ("Send us
    # your feedback"), a follow bar's label before its icons ("Folgen auf:", which the
    # follow rule's verbs miss: "Folgen" is a noun too), and
    # WordPress's comment form heading with its cancel link ("Leave a Reply Cancel reply")
    "link copied", "link copied!", "copied!", "link kopiert", "link kopiert!", "lien copié",
    "lien copié !", "enlace copiado", "link copiado", "link copiato", "link gekopieerd",
    "link skopiowany", "odkaz zkopírován", "ссылка скопирована", "посилання скопійовано",
    "bağlantı kopyalandı", "σύνδεσμος αντιγράφηκε", "σύνδεσμος αντιγράφηκε!", "αντιγραφή συνδέσμου",
    "تم نسخ الرابط", "لینک کپی شد", "链接已复制", "已复制链接", "連結已複製", "リンクをコピーしました",
    "σχόλια", "σχόλιο", "fb",
    "table of contents", "contents", "inhaltsverzeichnis", "inhalt", "spis treści",
    "table des matières", "tabla de contenidos", "índice de contenidos", "indice dei contenuti",
    "sumário", "inhoudsopgave", "obsah", "obsah článku", "sisällys", "sisällysluettelo",
    "innehåll", "innehållsförteckning", "indholdsfortegnelse", "tartalomjegyzék", "cuprins",
    "содержание", "зміст", "içindekiler", "daftar isi", "mục lục", "πίνακας περιεχομένων",
    "περιεχόμενα", "תוכן עניינים", "جدول المحتويات", "فهرست مطالب", "目录", "目錄", "目次", "목차",
    "poll", "umfrage", "sondage", "encuesta", "sondaggio", "sonda", "peiling", "enquete",
    "ankieta", "anketa", "kysely", "omröstning", "afstemning", "szavazás", "опрос",
    "опитування", "anket", "jajak pendapat", "δημοσκόπηση", "סקר", "استطلاع", "نظرسنجی",
    "投票", "アンケート", "설문", "설문조사",
    "feedback", "your feedback", "send us your feedback", "send feedback", "give feedback",
    "ihr feedback", "feedback geben", "feedback senden", "votre avis", "donnez votre avis",
    "envoyer un commentaire", "tu opinión", "enviar comentarios", "il tuo feedback",
    "uw feedback", "twoja opinia", "wyślij opinię", "отзыв", "оставить отзыв",
    "folgen auf", "zur merkliste hinzufügen", "merkliste", "add to reading list",
    "add to my list", "minuten", "minutes",
    "cancel reply", "leave a reply cancel reply", "antworten abbrechen", "annuler la réponse",
    "cancelar respuesta", "cancelar resposta", "annulla risposta", "reactie annuleren",
    "anuluj pisanie odpowiedzi", "отменить ответ", "yanıtı iptal et", "batalkan balasan",
    "دیدگاهتان را بنویسید", "لغو پاسخ", "إلغاء الرد", "取消回复", "取消回覆", "返信をキャンセル",
    # a page still loading ("Loading..." of more languages)
    "加载中", "加载中...", "页面加载中", "页面加载中...", "載入中", "載入中...", "読み込み中",
    "読み込み中...", "로딩 중", "cargando...", "chargement...", "wird geladen...",
    "caricamento...", "carregando...", "ładowanie...", "загрузка...",
    "chargement en cours", "cargando", "carregando", "caricamento", "caricamento in corso",
    "wird geladen", "ładowanie", "загрузка", "loading, please wait",
    # Chinese, Japanese and Korean sites' buttons and dialogs (round 18, cjk18): the account
    # box ("新規登録", "ログインする"), share and save buttons ("メールで送る", "复制链接"), the
    # comment form's buttons, its confirmations and its report form ("キャンセル 投稿する",
    # "削除しました。", "報告する理由"), the newsletter box's button and its empty-field
    # warning, a section's list labels ("記事一覧"); a line made of them and nothing else
    "新規登録", "会員登録", "会員登録する", "無料会員登録", "ログイン", "ログインする",
    "ログアウト", "注册", "註冊", "登录", "登錄", "登入", "免费注册", "免費註冊", "회원가입",
    "로그인", "로그아웃", "メールで送る", "メールで共有", "リンクをコピー", "リンクをコピーする",
    "はてなブックマーク", "ポスト", "复制链接", "複製連結", "複製鏈接", "링크 복사", "링크복사",
    "コメントを書く", "コメントを投稿", "キャンセル", "投稿する", "削除する", "送信する",
    "閉じる", "報告する", "管理者へ報告", "報告する理由", "内容の詳細", "もっとみる",
    "もっと見る", "コメントを投稿しますか?", "コメントを削除しますか?", "削除しますか?",
    "削除しました。", "送信しました。", "投稿しました。", "投稿を受け付けました。", "取消",
    "删除", "刪除", "发送", "發送", "关闭", "關閉", "查看更多", "举报", "檢舉", "취소", "삭제",
    "닫기", "더보기", "신고", "訂閱", "订阅", "立即訂閱", "立即订阅", "欄位空白", "栏位空白",
    "購読する", "구독", "구독하기", "記事一覧", "おすすめ情報", "関連キーワード", "新闻列表",
    "新聞列表", "기사 목록", "コメント機能利用規約", "利用規約", "评论规则", "評論規則",
    "留言規則", "댓글 운영원칙", "件",  # (a count's unit: "もっとみる 23件")
    # the notice a share box flashes once its link is copied, pasted with the box's lines
    # (round 22, themes22: "Copy link thành công", "Link copied!")
    "link copied", "link copied!", "copied to clipboard", "copied to clipboard!",
    "link kopiert", "link kopiert!", "lien copié", "lien copié !", "enlace copiado",
    "link copiado", "link copiato", "link skopiowany", "ссылка скопирована",
    "copy link thành công", "sao chép thành công", "đã sao chép", "đã sao chép liên kết",
    "링크가 복사되었습니다", "링크가 복사되었습니다.", "복사되었습니다", "链接已复制", "已复制链接",
    "复制成功", "複製成功", "已複製連結", "リンクをコピーしました",
    # a Korean portal's reading tools over an article it carries, pasted as lines (round
    # 24, themes24: "본문 요약봇", "기사원문"), and a Japanese page's follow button
    "본문 요약봇", "요약봇", "기사원문", "기사 원문", "텍스트 음성 변환 서비스 사용하기",
    "기사 섹션 분류 안내", "pick 안내", "본문듣기", "글자 크기 변경", "인쇄하기",
    # ... its summary box's advice and its font-size slider's help (Daum's: "To understand
    # the whole context, reading the article is advised", "Move the blue circle left or
    # right to change the font size")
    "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다",
    "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다",
    "カテゴリーをフォローする", "フォローする", "フォロー",
))
# A Korean button's call closing a short line, the verb last as its nominal form: "subscribe"
# ("네이버에서 X 구독하기"), "support" ("X 후원하기"), "go to" ("X 언론사홈 바로가기"), "see
# more" ("X 헤드라인 더보기"), "recommend", "apply", "send" ("SNS 보내기"), "start
# listening" ("본문듣기 시작"). A page's buttons pasted as lines (round 22, themes22); at
# most BUTTON_CALL_MAX_WORDS words, no sentence (a story's line ends in "-다.").
BUTTON_CALL_ENDS = ("구독하기", "후원하기", "바로가기", "더보기", "추천하기", "신청하기", "보내기",
                    "듣기 시작")
BUTTON_CALL_MAX_WORDS = 5
# A Japanese portal's button to a provider's or a writer's list of articles, its name
# before the call ("NeoL／ネオエルの記事一覧をみる", "X の記事一覧へ"; round 46): a longer name
# than a Korean call's, at most LIST_CALL_MAX_WORDS words (two characters a word).
LIST_CALL_ENDS = ("の記事一覧をみる", "の記事一覧を見る", "の記事一覧へ", "の記事をもっと見る",
                  "の記事をもっとみる")
LIST_CALL_MAX_WORDS = 15
# The same words found inside a line: "Share this: Facebook | X | WhatsApp" is made of
# them. Words of spaced scripts stand between non-letters; Chinese and Japanese ones
# may touch ("分享到微信").
#: Kana and han: the scripts written with no space between words (hangul parts its words).
KANA_HAN = "\u3040-\u30ff\u3400-\u9fff"
_UNSPACED = KANA_HAN + "\uac00-\ud7af"
_UNSPACED_START = re.compile(f"[{_UNSPACED}]")


#: A control's style class read out as text, glued to its label ("lead-art-block.fullscreen-
#: enterExpand": a picture's expand button whose class name the page let through): a word of
#: three lower-case parts or more joined by dots or hyphens, the capitalised label after it.
CLASS_GLUED_LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*(?:[-.][a-z0-9_]+){2,}[A-Z][a-z]{2,12}$")

CHROME_PHRASE_RE = re.compile(one_of(
    CHROME_WORDS, flags=_I,
    before=lambda w: "" if _UNSPACED_START.match(w) else r"(?<![^\W_])",
    after=lambda w: "" if _UNSPACED_START.match(w[-1]) else r"(?![^\W_])"), _I)
# The filler a line of chrome words may hold besides them: separators and counters
# ("0x", "( 15 )", "1.2k", "|", "·"), and the brackets round Chinese buttons ("【打印本页】
# 【关闭窗口】": print, close the window).
#: A subscription's perks as a bare list of "+ word" items ("+ rapide, + pratique, +
#: exclusif", "+ fast + ad-free"; round 19): at least two items, nothing else.
PLUS_LIST_RE = re.compile(r"^\s*\+\s*[^\W\d_][\w-]*(?:\s*[,;/|·]?\s*\+\s*[^\W\d_][\w-]*)+\s*[.!]?\s*$")
CHROME_FILLER_RE = re.compile(r"[\s|·•,./:：︰()\[\]【】〔〕［］「」（）–—-]+|\d[\d.,]*\s*[x×k]?(?!\w)", _I)
# Tested first, since the two patterns above cost a tenth of a millisecond a line: in a
# line made of chrome words and filler, every run of letters and digits is a run of a
# chrome word (CHROME_RUN_RE) or a counter's (CHROME_COUNTER_RUN_RE: "12", "0x", "1.2k",
# "15 x"), as the words are matched between non-letters. Not where the words may touch
# (CHROME_TOUCHING_RE: unspaced scripts; U+0345, a mark the engine takes for the letter
# iota under IGNORECASE): such lines get the whole test.
CHROME_RUN_RE = re.compile(one_of(
    {run for w in CHROME_WORDS for run in re.findall(r"[^\W_]+", w)}, flags=_I), _I)
CHROME_COUNTER_RUN_RE = re.compile(r"\d*[xk]?", _I)
CHROME_TOUCHING_RE = re.compile(f"[\u0345{_UNSPACED}]")
#: A tag cloud of an unspaced script flattened to one line ("動画 KDDI NTTドコモ ソフトバンク
#: ..."): at least SPACED_TAGS_MIN words parted by spaces, each short, on a line of kana
#: or han with none of the script's sentence marks. Its sentences put no space
#: between words; a space parts only a run of Latin letters from the rest.
SPACED_TAGS_MIN = 12
SPACED_TAG_MAX_CHARS = 16
SPACED_TAGS_SCRIPT_RE = re.compile(f"[{KANA_HAN}]")  # (Korean parts its words)
SPACED_TAGS_SENTENCE_MARKS = "。．！？!?、，,；;：:「」『』（）()"
#: A page's furniture that flattening keeps, by its shape: a print view's footer ("This
#: article was printed from http://..."), a download link's label naming the file's type
#: in brackets ("Big Media, Episode 38 (MP4a format)", "Annual report (PDF, 2 MB)"), a
#: sign-up form's reassurance ("Your information is safe and secure.", "We will never
#: share your email").
PRINTED_FROM_RE = re.compile(
    r"^\s*(?:this\s+(?:article|story|page|post)\s+(?:was\s+|is\s+)?printed\s+from|printed\s+"
    r"from|gedruckt\s+von|imprimé\s+depuis|impreso\s+desde|stampato\s+da)\s*:?\s*(?P<url>\S+)", _I)
FILE_LINK_RE = re.compile(
    r"\(\s*(?:mp3|mp4a?|m4a|aac|ogg|wav|pdf|docx?|xlsx?|pptx?|epub|zip)\b"
    r"(?:\s+(?:format|file|version|audio|video))?(?:\s*[,;]\s*[\d.,]+\s*[kmg]i?b)?\s*\)\s*$", _I)
FILE_LINK_MAX_WORDS = 12
FORM_ASSURANCE_RE = re.compile(
    r"^\s*(?:your\s+(?:information|info|e-?mail(?:\s+address)?|data|details|personal\s+data)\s+"
    r"(?:is|are|will\s+be|stays?)\s+(?:(?:100%|always|completely|totally)\s+)?(?:safe|secure|"
    r"protected|private|kept\s+private|never\s+(?:shared|sold))|we\s+(?:respect\s+your\s+privacy|"
    r"(?:will\s+)?never\s+(?:share|sell|spam)|hate\s+spam)|"
    # and its answers once sent ("Thank you for signing up to X. You will receive a
    # verification email shortly.", "There was a problem. Please refresh the page and try
    # again.")
    r"thank\s+you\s+for\s+(?:signing\s+up|subscribing|registering)\b.{0,60}?\byou\s+will\s+"
    r"receive|(?:there\s+was\s+a\s+problem|something\s+went\s+wrong)[.!]?\s+please\s+"
    r"(?:refresh|reload|try\s+again))\b", _I)
FORM_ASSURANCE_MAX_WORDS = 18
# Lines of blog furniture that flattened pages keep: WordPress post footers ("Posted in
# X | Leave a comment", "Bookmark the permalink", "« Previous Entry"), Blogger's ("Posted
# by X at 10:15 AM", "No comments:", "Email ThisBlogThis!Share to Twitter", "Labels:",
# "Older Posts Home", "Subscribe to: Posts (Atom)") and share bars.
CHROME_RE = re.compile(
    # a link to the site's rules, alone on its line ("Lire la charte de confiance", "Read
    # our community guidelines", "Consulta la política de comentarios")
    r"^(?:read|see|view|lire|voir|consultez|consulter|lea|leer|consulta|leggi|lesen\s+sie|"
    r"zur|zu\s+den)\s+(?:our|the|la|notre|nos|les|nuestra|nuestras|las|la\s+nostra|le|"
    r"unsere|die)\s+(?:[^\W\d_]+\s+){0,2}?(?:charte|charter|guidelines|policy|rules|"
    r"politique|règles|política|normas|regole|richtlinien|regeln|netiquette)"
    r"(?:\s+[^\W\d_]+){0,3}\s*[.»>]?\s*$|"
    # a loader's message while the next item comes, closed by its call to wait ("Loading
    # the next story, please wait", "Подгружается следующая новость, подождите")
    r"^(?:loading|chargement|cargando|carregando|caricamento|wird\s+geladen|ładowanie|"
    r"подгружается|загружается|загрузка|завантажується)\b[^.!?]{0,60}?[,.…\s]\s*"
    r"(?:please\s+wait|veuillez\s+patienter|patientez|espere|aguarde|attendere|bitte\s+warten|"
    r"proszę\s+czekać|подождите|зачекайте)\s*[.…!]*\s*$|"
    # a live blog's pointer to its updates under it ("Follow along with the latest updates
    # below.", "THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.", "We'll bring you
    # all of today's updates ... in our live blog below."; round 51): the updates or the blog
    # named, the line closing on where they are ("... drops below one" is a headline's)
    r"^(?=.{0,200}$)(?=.*\b(?:updates?|live\s*blog|live\s+coverage|ticker|mises?\s+à\s+jour|"
    r"actualizaciones|aggiornamenti|liveticker)\b)"
    r".*(?:\bbelow|\bscroll\s+down(?:\s+for\s+[^.!]{0,40})?|ci-dessous|más\s+abajo|"
    r"qui\s+sotto|weiter\s+unten)\s*[.!:…]*\s*$|"
    # a live blog's closing lines, its writers signing off ("Thanks for following our live
    # blog throughout the day.", "We are logging off for the night but we will be back from
    # 7am ...", "Damit beenden wir unseren Liveblog", "Ce direct est à présent terminé";
    # round 52): the blog's, no entry's ("signing off on" a deal approves it)
    r"^(?=.{0,200}$)(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+(?:following|reading|"
    r"joining\s+us|staying\s+with\s+us)\b.*\b(?:live\s*blog|live\s+coverage|live\s+updates|"
    r"our\s+coverage)\b.*$|"
    r"^(?=.{0,200}$)(?:we(?:'re|’re|\s+are|\s+will\s+be|'ll\s+be|’ll\s+be)|i(?:'m|’m|\s+am))\s+"
    r"(?:now\s+)?(?:logging|signing)\s+off(?!\s+on\b).*$|"
    r"^(?=.{0,200}$)(?:damit|hiermit)\s+(?:beenden|schließen)\s+wir\s+(?:unseren|den|diesen)\s+"
    r"(?:live-?blog|live-?ticker|newsblog|newsticker|ticker)\b.*$|"
    r"^(?=.{0,200}$)(?:(?:ce|notre)\s+direct\s+est\s+(?:à\s+présent\s+|désormais\s+|maintenant\s+)?"
    r"(?:terminé|clos)|(?:c'est\s+la\s+)?fin\s+de\s+(?:ce|notre)\s+direct)\b.*$|"
    r"^(?=.{0,200}$)(?:aquí|así)\s+(?:termina|concluye|finaliza)\s+(?:nuestra|esta)\s+"
    r"(?:cobertura|transmisión)\b.*$|"
    # a pointer to the site's coverage of the story's subject, behind a link ("Follow our
    # full coverage of the coronavirus pandemic here.", "Lesen Sie hier unsere ganze
    # Berichterstattung"; round 52): the site's own coverage, the line closing on "here"
    r"^(?=.{0,160}$)(?:follow|read|see|find|get|for)\s+(?:all\s+(?:of\s+)?)?(?:our|more\s+of\s+our)"
    r"\s+(?:full\s+|complete\s+|latest\s+|live\s+|ongoing\s+)?coverage\b.*\bhere\s*[.!]?\s*$|"
    r"^(?=.{0,160}$)(?:lesen|finden)\s+sie\s+hier\s+(?:unsere|die)\s+(?:ganze|gesamte|"
    r"komplette|aktuelle)?\s*berichterstattung\b.*$|"
    # the publisher's credit atop a local site ("Product of Caxton Local Media", "Ein Produkt
    # der X GmbH"; round 51)
    r"^(?:an?\s+)?(?:product|produkt|produit|producto|produto|prodotto)\s+(?:of|von|der|des|"
    r"de|da|do|di|del)\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4}"
    r"\s*\.?\s*$|"
    # a subscription offer run into its button ("Special offer: Midterm elections package.3
    # months for $10. Subscribe"; round 51)
    r"^(?:special\s+offer|limited\s+offer|offre\s+spéciale|sonderangebot|angebot|"
    r"oferta\s+especial|offerta\s+speciale)\s*:.{0,120}?(?:subscribe|abonnieren|abonnez-vous|"
    r"s'abonner|suscríbete|suscribirse|abbonati|assine)\s*[.!»>]?\s*$|"
    # a read-aloud player's call, the reader tired of reading ("¿Cansado de leer?Haz click y
    # te la leemos nosotros", "Tired of reading? Let us read it to you"; round 51)
    r"^¿?\s*(?:cansad[oa]s?\s+de\s+leer|tired\s+of\s+reading|keine\s+lust\s+zu\s+lesen|"
    r"marre\s+de\s+lire|stanc[oa]\s+di\s+leggere)\s*\?.{0,80}$|"
    # an embedded player's consent box's label, the platform named ("Datenschutzhinweis für
    # Youtube", "Privacy notice for Twitter"; round 51: :data:`EMBED_CONSENT`)
    r"^(?:datenschutzhinweis|datenschutz-hinweis|hinweis\s+zum\s+datenschutz|privacy\s+notice|"
    r"privacy\s+note|avis\s+de\s+confidentialité|aviso\s+de\s+privacidad)\s+(?:für|zu|for|"
    r"pour|para)\s+(?:youtube|vimeo|twitter|x|instagram|tiktok|facebook|spotify|soundcloud|"
    r"podcasts?|videos?)(?:-videos?)?\s*$|"
    # a reading time with a word between its label and its count ("Lesedauer etwa 2 Min",
    # "Reading time: about 3 minutes"; round 47)
    r"^(?:lesedauer|lesezeit|reading\s+time|temps\s+de\s+lecture|tiempo\s+de\s+lectura)"
    r"\s*:?\s*(?:etwa|ca\.|about|approx\.|environ|unos)\s+\d{1,3}\s*(?:min\.?|minuten|"
    r"minutes|minutos|mins?)\s*$|"
    # a form's field the reader fills in, marked optional ("Votre message (facultatif)",
    # "Your name (optional)"; a how-to's "Other small items (optional)" is a list's item)
    r"^(?:(?:your|votre|vos|ton|ta|tes|ihre?|deine?|tu|tus|su|sus|seu|sua|teu|tua|il tuo|"
    r"la tua|uw|je|din|ditt|dina|twój|twoja|twoje)\s[^.!?\n]{1,30}\((?:optional|facultatif|"
    r"facultative|optionnel|optionnelle|opcional|facoltativo|freiwillig|optioneel|valgfri|"
    r"valfritt|opcjonalnie)\)\s*:?$|"
    r"click to (?:share|email|print)|share on |share via |share to |posted in[: ]|filed under[: ]|"
    r"tags?:|categories?:|tagged:|labels?:|schlagwörter:|étiquettes?:|etiquetas?:|теги:|метки:|"
    r"keywords?:|"  # (an English keyword label over tags of any script, round 25)
    r"\d+(?:(?:[.,]\d)?[km])?\s+(?:comments?|responses?|likes?|shares?)\b|"
    r"be the first to like|no comments?\b|"
    r"be the first to (?:write |post |leave |add )?(?:a )?comment\b|"
    r"(?:previous|next|older|newer) (?:post|posts|article|entry|entries)\b|[«‹←]\s*(?:previous|older)|"
    r"posted by\b.{0,80}?\b(?:at|on|um|à|a las)\b|email this|blogthis|subscribe to:\s*(?:posts|comments)|"
    r"post a comment|links to this post|bookmark the permalink|this entry was posted|"
    r"leave a (?:comment|reply)|you can follow any responses|home$|"
    # links to a newsroom's standards and programme notes: "Our Standards: The Thomson
    # Reuters Trust Principles.", "Dieses Thema im Programm: MDR THÜRINGEN - Das Radio |
    # ...", "Publikacja dostępna na stronie: https://..."
    r"our standards:|dieses thema im programm:|publikacja dostępna na stronie:|"
    # a reading-time label and its minutes, alone ("Tiempo de lectura: 6 min", round 20)
    r"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|tempo de leitura|leestijd|czas czytania|lukuaika|lästid|lesetid|"
    r"okuma süresi|время чтения|час читання)\s*[:：]?\s*(?:ca\.\s*)?\d+\s*"
    r"(?:min(?:ute[ns]?|utos|uti|uty|uter|uut)?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|dk|dakika)\.?\s*$|"
    # keyword and tag labels of Chinese, Russian, Arabic and Persian pages; a Persian
    # agency's end-of-item marker ("انتهای پیام/ی", "end of message/<editor>")
    r"關鍵字[:：]|关键字[:：]|關鍵詞[:：]|关键词[:：]|標籤[:：]|标签[:：]|ключевые слова:|"
    r"كلمات مفتاحية|برچسب ها|انتهای پیام|"
    # the tag label of more languages before the post's tags (round 12: "Etiketler: ...")
    r"(?:etiketler|etichette|tagit|taggar|tagi|štítky|nálepky|címkék|cimkék|emneord|stikkord|"
    r"trefwoorden|palavras-chave|palabras clave|mots-clés|stichwörter|schlagworte|"
    r"avainsanat|słowa kluczowe|klíčová slova|kľúčové slová|cuvinte cheie|λέξεις-κλειδιά|"
    r"ετικέτες|мітки|ключові слова|теги|anahtar kelimeler|kata kunci|từ khóa|תגיות|"
    r"الوسوم|الكلمات المفتاحية|टैग|タグ|태그)\s*[:：])",
    _I,
)

# A link list's line, pasted under its label ("Online:" / "Name: http://..."), or a bare
# address alone ("http://pictures.example.com", a picture desk's under its copyright): a
# name of a few words and a colon at most before an address, nothing after it. In a
# story's tail (after its furniture) such a line is the list's, not the story's pointer
# ("Follow our coverage at https://...", a sentence round its address, stays). Round 18.
LINK_LINE_RE = re.compile(r"^\s*(?:[^\W\d_][^:：\n]{0,60}[:：]\s*)?(?:https?://|www\.)\S+\s*$", _I)

# A Chinese, Japanese or Korean story's end mark after its last sentence ("...查处。完",
# "。（完）", "다. (끝)"): the paragraph ends as a sentence does. Round 18.
CJK_END_MARK_RE = re.compile(r"[。！？.」』”][\s(（〔\[]*(?:完|终|終|끝|おわり)[\s)）〕\]]*$")

# The field lines a news database's export prints round each story (Nexis, Factiva,
# ProQuest; round 18, dumps13b): a field's name in capitals and its value ("LENGTH: 239
# words", "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newswire"), the story's length alone
# ("254 words"). The export's document number ("Document SDDZ...") is left to the dump's
# rhythm, which reads it as the entry's end (taken out here, it split a story). The story's
# metadata, never its text; the names are the exports' own, case and all (a
# story's "LANGUAGE: ..." in capitals would be a table's, and tables are no paragraphs).
EXPORT_FIELD_NAMES = (
    "LENGTH", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENT-TYPE", "JOURNAL-CODE", "ACC-NO",
    "GRAPHIC", "SUBJECT", "GEOGRAPHIC", "ORGANIZATION", "PERSON", "TICKER", "INDUSTRY",
    "COMPANY", "CITY", "STATE", "COUNTRY", "DISTRIBUTION", "SERIES", "DOCUMENT-ID",
    "CORRECTION-DATE", "PUBLICATION", "DOCUMENT TYPE", "PUBLICATION TYPE", "SOURCE TYPE",
    "PROQUEST DOCUMENT ID", "DOCUMENT URL", "ISSN", "DATABASE",
)
EXPORT_FIELD_MAX_WORDS = 12
EXPORT_FIELD_RE = re.compile(
    r"^\s*(?:(?:" + one_of(EXPORT_FIELD_NAMES) + r")\s*:\s*\S"
    r"|\d{1,3}(?:[,.]\d{3})?\s+(?i:words|wörter|mots|palabras|parole|palavras|woorden|słów)\s*$)")
EXPORT_FIELD_MARKS = ":0123456789"  # one of them in every line the pattern finds: tested first

# --- Embedded posts, spam, list lines ----------------------------------------------------
# Embedded social posts shown inline. A whole tweet (its text, then its sign-off line
# "— Name (@handle) January 7, 2020", TWEET_SIGNOFF_RE below) is a quote the story shows:
# text (the sign-off is not a date line, nor the end of a story). A tweet cut down to a phrase and its picture
# link with no sign-off ("Highlights from the win ⬇️ pic.twitter.com/x") is a teaser, and
# Instagram's "A post shared by" label is chrome.
TWEET_PICTURE_END_RE = re.compile(r"\bpic\.twitter\.com/\w+\s*$", _I)
TWEET_PICTURE_MARK = "/"  # in every line the pattern above finds: tested first
EMBED_RE = re.compile(
    r"^(?:a\s+post\s+shared\s+by|ein\s+beitrag\s+geteilt\s+von|une\s+publication\s+partagée\s+par|"
    r"una\s+publicación\s+compartida\s+por)\b",
    _I,
)
#: A line of telephone numbers after a label ("Contact: 624-6456; 225-8452 or 225-8491.",
#: "Tel.: +49 30 1234-0 / -99"; round 32): the site's switchboard, never a story's line.
PHONE_LIST_RE = re.compile(
    r"^\s*(?:[^\W\d_][\w .'’-]{0,24}[:：]\s*)?\+?\(?\d[\d ()-]{4,}\d"
    r"(?:\s*(?:[;,/|]|\b(?:or|and|o|y|ou|et|oder|und|of|en)\b)\s*\+?\(?\d[\d ()-]{4,}\d){2,}\s*\.?\s*$",
    _I)
PHONE_LIST_MAX_WORDS = 30
#: An embedded post's opening label ("View this post on Instagram", its translations): the
#: lines between it and the post's "A post shared by" line (at most EMBED_CAPTION_MAX_LINES)
#: are the embedded post's own caption, not the story's (round 32, a Swedish site's AFP story).
EMBED_OPEN_RE = re.compile(
    r"^(?:view\s+this\s+(?:post|photo|video)\s+on\s+instagram|voir\s+cette\s+publication\s+sur"
    r"\s+instagram|diesen\s+beitrag\s+auf\s+instagram\s+ansehen|ver\s+esta\s+publicaci[oó]n\s+en"
    r"\s+instagram|visualizza\s+questo\s+post\s+su\s+instagram|bekijk\s+dit\s+bericht\s+op"
    r"\s+instagram|ver\s+essa\s+foto\s+no\s+instagram|ver\s+esta\s+foto\s+no\s+instagram|"
    r"zobacz\s+ten\s+post\s+na\s+instagramie)\s*$", _I)
EMBED_CAPTION_MAX_LINES = 4
# --- A real page's widgets pasted as lines (round 19) ----------------------------------------
#: The placeholder Cloudflare prints for an address it hides ("[email protected]"), alone on
#: its line or after a short label ("Email: [email protected]"): the reporter's box, never a
#: story's line (inside a sentence the placeholder stands for a quoted address: kept).
PROTECTED_ADDRESS_RE = re.compile(
    r"^\s*(?:[^\W\d_][\w .'’-]{0,24}[:：]\s*)?\[\s*email\s+protected\s*\]\s*$", _I)
#: A byline with its writer's address: names (a person, or "AGENCY/Outlet"), a dash or bar,
#: the address ("AFP/The Local - [email protected]", "Jane Doe | jane@paper.com"; round 32).
BYLINE_ADDRESS_RE = re.compile(
    r"^(?P<names>[^\W\d_][^@\[\]|–—-]{1,60}?)\s*[-–—|,]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)*"
    r"\.[a-z]{2,}|\[\s*email\s+protected\s*\])\s*$", _I)
BYLINE_ADDRESS_MAX_WORDS = 8
#: A player's "Embed" box: the line opens with the HTML of an embedded frame or script
#: (after at most a short label), the code the reader copies, never a story's words.
EMBED_CODE_RE = re.compile(
    r"^\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:：]?\s*)?<(?:iframe|script|embed|object|video|audio)\b"
    # (round 21: an ad network's banner code pasted as text, '<a href="http://..."
    # target="_top"><img src="http://...">': a link's or picture's raw tag opens the line)
    r"|^\s*<(?:a\s+href|img\s+src)\s*=\s*[\"']",
    _I)
#: The words of listening, a listen call's and a player's (Latin ones as stems: "écout"
#: is "écouter" and "écoutez").
LISTEN_CALL_WORDS = (
    "listen", "hören", "anhören", "écout", "escuch", "ouvir", "ascolt", "luister", "lyssna",
    "słuchaj", "posłuchaj", "слушать", "слухати", "dinle", "dengar", "nghe", "听", "聽",
    "聆听", "聆聽", "音声", "듣기",
)
#: The words an audio player's row is labelled with ("Listen · 3:51 3:51", "Écouter 2:30",
#: "Play 0:00 / 3:51"): the listening words of the listen call and of playing.
PLAYER_WORDS = (*LISTEN_CALL_WORDS, "play", "audio", "podcast", "lire", "abspielen",
                "reproducir", "reproduzir", "riproduci", "afspelen", "odtwórz", "přehrát",
                "spela upp", "afspil", "spill av", "toista", "lejátszás", "redă", "воспроизвести",
                "відтворити", "oynat", "putar", "phát", "播放", "再生", "재생")
#: The row itself: a player's word, then its times (m:ss or h:mm:ss) and nothing else.
PLAYER_ROW_RE = re.compile(
    r"^\s*(?:" + one_of(PLAYER_WORDS, flags=_I) + r")\w*\s*[·•|:：,-]?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:/|of|·|-)?\s*)?){1,3}\s*$", _I)
#: The programme an audio story was heard on, its player's label ("Heard on All Things
#: Considered", "As heard on Morning Edition", "Gehört in der Sendung X"): the label's
#: words open a short line with no sentence end (a story's "heard on the radio that ..."
#: goes on as a sentence).
HEARD_ON_LABELS = ("heard on", "as heard on", "as aired on", "aired on", "gehört in",
                   "gehört bei", "entendu sur", "entendu dans", "diffusé dans", "escuchado en",
                   "emitido en", "ouvido no", "ouvido na", "ascoltato su", "ascoltato a",
                   "gehoord in", "gehoord bij", "usłyszane w", "hört i", "hørt i", "услышано в",
                   "прозвучало в")
HEARD_ON_RE = re.compile(r"^\s*(?:" + one_of(HEARD_ON_LABELS, flags=_I) + r")\s+\S", _I)
HEARD_ON_MAX_WORDS = 8
#: A comment's title closed by its score, as Slashcode threads print it ("Re: Guaranteed
#: jobs? (Score:2)", "What could go wrong? (Score:3, Interesting)"), and its author's line
#: with the user's number ("by name ( 1311177 ) writes:"): a comment's head, never a
#: story's line.
COMMENT_SCORE_RE = re.compile(
    r"\(\s*(?:score|punkte|punktzahl|note|puntuación|pontuação|punteggio|wynik|очки)\s*:"
    r"\s*-?\d+(?:\s*,\s*[^\W\d_][\w-]*)?\s*\)\s*$", _I)
COMMENT_AUTHOR_RE = re.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|przez|от)\s+\S[^()]{0,60}\(\s*\d+\s*\)\s*"
    r"(?:writes|wrote|says|schreibt|schrieb|écrit|escribe|escreve|scrive|schrijft|skriver|"
    r"pisze|пишет|пише)?\s*:?\s*$", _I)
#: The lines of a comment's text under its head, at most (a comment's line or two, closed
#: by the next comment's head or the thread's controls).
COMMENT_BODY_MAX_LINES = 2
COMMENT_BODY_MAX_WORDS = 120
#: The controls a thread prints under each reader's comment, alone on a line ("Ответить",
#: "Пожаловаться": reply, report; round 20): read by the comment run, never alone.
COMMENT_ACTIONS = (
    "reply", "report", "report abuse", "flag", "antworten", "melden", "répondre", "signaler",
    "responder", "denunciar", "reportar", "rispondi", "segnala", "reageren", "beantwoorden",
    "odpowiedz", "zgłoś", "ответить", "пожаловаться", "відповісти", "поскаржитися",
    "回复", "回覆", "举报", "舉報", "返信", "通報",
)
COMMENT_ACTION_RE = re.compile(
    r"^\s*[\[(]?\s*(?:" + one_of(COMMENT_ACTIONS, flags=_I) + r")\s*[\])]?\s*$", _I)
#: The verb a thread prints between a reader's name and the comment, alone on a line
#: ("комментирует материал", "отвечает", "says:", "schreibt:"; round 20).
COMMENT_VERBS = (
    "комментирует материал", "комментирует", "отвечает", "коментує матеріал", "коментує",
    "відповідає", "says", "writes", "wrote", "replies", "replied", "schreibt", "antwortet",
    "a écrit", "écrit", "répond", "escribe", "responde", "scrive", "risponde", "schrijft",
    "pisze", "odpowiada", "пишет",
)
COMMENT_VERB_RE = re.compile(
    r"^\s*(?:" + one_of(COMMENT_VERBS, flags=_I) + r")\s*[:：]?\s*$", _I)
#: A comment run: at most this many lines from one comment's verb line to the controls
#: closing it (a time, a "#" anchor, the text, its votes), of at most this many words;
#: and at least this many such comments in a row.
COMMENT_UNIT_MAX_LINES = 8
COMMENT_UNIT_MAX_WORDS = 150
COMMENT_RUN_MIN = 2
#: The reader's name above the verb line: at most this many words.
COMMENT_NAME_MAX_WORDS = 3
# Letters of one script dressed in another's look-alikes ("Аdvеrtіѕе wіth ..." with
# Cyrillic а, е, і, ѕ among Latin letters): spam written to slip past ad filters. A word
# mixing the two scripts is never a word of a story.
MIXED_SCRIPT_WORD_RE = re.compile(
    r"(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])[A-Za-z\u0400-\u04ff]{2,}")
# The two scripts, each tested first: a line without a letter of both has no mixed word
# (the pattern above tries its lookaheads at every position of every line).
LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
CYRILLIC_LETTER_RE = re.compile(r"[\u0400-\u04ff]")
# What stands between the terms of a category or tag line: "A, B, C", "A · B · C", "标签、".
TERM_SEPARATORS = ",，、;|·•"
TERM_SEPARATOR_RE = re.compile(rf"\s*[{re.escape(TERM_SEPARATORS)}]\s*")
# Opening words that only a photo's caption uses: "In this photo dated ...", "In this Jan.
# 5, 2017 file photo, ...", "In this image made from video ...", "This handout picture
# released by ...". (A blogger's "In this photo I ..." goes on otherwise.)
_PICTURE = r"(?:photos?|images?|pictures?|photographs?|frame\s+grabs?|screen\s*(?:shots?|grabs?)|handout)"
_PICTURED = (r"(?:dated|taken|provided|released|made|obtained|shot|distributed|shows?|from|"
             r"courtesy|supplied|posted|issued)")
# Chinese, Japanese and Korean captions open with "the picture shows" or a caption label:
# "图为…" ("pictured: ..."), "上图：…", "图注：…", "图片说明：…", "写真は…", "사진설명=…"
# (a story's paragraph never opens so; "图中…", which may describe a chart, is not here).
CJK_CAPTION_OPENERS = ("图为", "圖為", "图片为", "圖片為", "上图为", "上圖為", "下图为", "下圖為",
                       "左图为", "右图为", "图注", "圖注", "图说", "圖說", "图片说明", "圖片說明",
                       "上图：", "上圖：", "下图：", "下圖：", "写真は", "写真説明", "사진설명",
                       "사진 설명")
# ... and a bracketed label naming the picture, "【写真】…", "【表紙カット】…", "【图】…",
# "[사진] …": a picture's caption in a Japanese, Chinese or Korean page.
CJK_PICTURE_WORDS = ("写真", "画像", "カット", "動画", "图", "圖", "照片", "视频", "사진", "영상")
CAPTION_OPENER_RE = re.compile(
    rf"^(?:[【\[［〔][^】\]］〕]{{0,8}}(?:{'|'.join(CJK_PICTURE_WORDS)})[^】\]］〕]{{0,8}}[】\]］〕]"
    rf"|(?:file\s*[-–—:]\s*)?in\s+(?:this|these)\s+(?:\S+\s+){{0,5}}?{_PICTURE}\s*(?:,|{_PICTURED}\b)"
    rf"|(?:this|these)\s+(?:\S+\s+){{0,3}}?{_PICTURE}\s+{_PICTURED}\b"
    rf"|[（(【\[]?\s*(?:{'|'.join(map(re.escape, CJK_CAPTION_OPENERS))})"
    # (an archive or symbolic picture's label, its day perhaps, then the caption: "Archivbild
    # (16.08.2024): Immer wieder kommt es ...", "Symbolbild: ...")
    rf"|(?:{_ILLUSTRATION})\s*(?:\([^()]{{1,30}}\))?\s*:\s*\S)",
    _I,
)

# --- Story endings: credit lines that close a story (kept as story text) ---------------
# Reuters "(Editing by ...)", "Reporting by X; Editing by Y", RFE/RL "With reporting by",
# "Based on reporting by", Bloomberg "— With assistance by", "X contributed to this
# report", German "Mit Material von dpa", French "Avec AFP", Spanish "Con información de".
_WIRE = "|".join(sorted((re.escape(a) for a in wire_services()), key=len, reverse=True))
STORY_END_RE = re.compile(
    rf"""^[\s(\[—–-]*(?:
        (?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written|translated|
            research|graphics|production)\s+by\b
      | with\s+(?:additional\s+)?(?:reporting|assistance|contributions?|information)\s+(?:by|from)\b
      | based\s+on\s+(?:reporting|reports)\s+(?:by|from)\b
      | compiled\s+from\s+ | contributing\s*: | with\s+(?:\S+\s+){{0,2}}(?:wires?|wire\s+services?|agencies)\s*$
      | mit\s+material\s+(?:von|der|des)\b | mit\s+(?:agenturen|{_WIRE})\b
      | avec\s+(?:{_WIRE}|agences)\b | d['’]après\s+(?:{_WIRE})\b
      | con\s+información\s+de\b | (?:redacción|edición)\s+de\b | \(?reportaje\s+de\b
      | по\s+материалам\b
    )""",
    re.VERBOSE | _I,
)
CONTRIBUTED_RE = re.compile(
    r"^(?P<names>.{2,120}?)\s+(?:contributed|contributes)\s+(?:"
    r"(?:to\s+)?(?:this|the)\s+(?:report|story|article)\.?"
    # "X contributed reporting from Kyiv, Y from London and Z from Istanbul."
    r"|(?:additional\s+)?(?:reporting|research)\b[^.!?]{0,300}\.?)\s*$",
    _I,
)
# AP's contributor line under the story's last rule: names, each perhaps "in <Place>",
# and the bare verb ("X in Frankfurt, Germany, and Y in Paris contributed."). Every word
# but the joining ones is capitalized, so a sentence ending "... all contributed." is not.
CONTRIBUTED_BARE_RE = re.compile(r"^(?:[A-Z][\w'’.-]*,?\s+|(?:in|and|from|at)\s+){2,30}"
                                 r"contributed\.?$")

# --- Metadata lines: bylines, dates --------------------------------------------------
#: The labels of a Chinese article's metadata line, its fields one after another ("时间：
#: 2024.05.11 来源：光明日报 作者：南帆 分享到："): the date, the source, the writer, the
#: editor, the share buttons' label. A short line made of these fields only, one of them a
#: date, is the story's date line, not its text (round 44).
CJK_FIELD_LABELS = ("时间", "時間", "日期", "发布时间", "發佈時間", "发布日期", "發佈日期", "发表时间",
                    "發表時間", "更新时间", "更新時間", "来源", "來源", "作者", "编辑", "編輯",
                    "责任编辑", "責任編輯", "责编", "責編", "记者", "記者", "分享到", "字号", "字號")
CJK_FIELD_RE = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(
    sorted(CJK_FIELD_LABELS, key=len, reverse=True)) + r")\s*[：:]")
CJK_FIELDS_MIN = 2
CJK_FIELDS_MAX_CHARS = 80
# ... and the author credits of Chinese and Japanese pages: "作者︱NAME", "文/NAME", "记者：NAME".
BYLINE_RE = re.compile(
    # ("Por qué ...", "De acuerdo con ...", "Par ailleurs": a sentence; names are capitalised)
    r"^(?:(?:by|written\s+by|story\s+by|автор:?|text:?|words:?)\s+|(?:von|par|por|de|(?-i:di)|autor:?|autora:?)\s+(?-i:(?![a-zß-öø-ÿ]))"
    r"|(?:作者|文|撰文|记者|記者|编辑|編輯|责编|責編|责任编辑|責任編輯|编译|編譯|文字|筆者|著者)"
    r"\s*[:：︱|｜/／]\s*)(?P<names>[^\s].{1,100}?)\s*$",
    _I,
)
#: A byline's label alone on its line, the names on the next ("Autor:" / "Yuniel Labacena
#: Romero", "By" / "Jane Doe"; round 32, a Cuban daily's dump): the two lines are one byline
#: broken in two by the page's markup.
BYLINE_LABEL_ALONE_RE = re.compile(
    r"^(?:by|written\s+by|story\s+by|author|autor|autora|autores|auteur|autore|von|par|por|text|texto|texte|"
    r"words|reporter|reportaje|redacción|redação|автор|авторы)\s*[:：]?\s*$", _I)
#: The names under it are a short line with no sentence's end, every word capitalised but
#: the joining words and particles (:data:`normalizer.cues.openers.NAME_JOINERS`,
#: :data:`~normalizer.cues.openers.NAME_PARTICLES`).
BYLINE_NAMES_MAX_WORDS = 8
# A line naming the paper's own correspondent or envoy and no one ("DALLA NOSTRA
# CORRISPONDENTE", "De notre envoyée spéciale à Kyiv", "From our own correspondent"): the
# byline's role, set between the standfirst and the dateline; never a headline.
CORRESPONDENT_LINES = (
    "dalla nostra corrispondente", "dal nostro corrispondente", "dai nostri corrispondenti",
    "dalla nostra inviata", "dal nostro inviato", "dai nostri inviati",
    "de notre correspondant", "de notre correspondante", "de nos correspondants",
    "de notre envoyé spécial", "de notre envoyée spéciale", "de nos envoyés spéciaux",
    "from our correspondent", "from our own correspondent", "from our special correspondent",
    "from our staff correspondent", "from our foreign correspondent",
    "de nuestro corresponsal", "de nuestra corresponsal", "desde nuestro corresponsal",
    "de nuestro enviado especial", "de nuestra enviada especial",
    "do nosso correspondente", "da nossa correspondente", "do nosso enviado especial",
    "von unserem korrespondenten", "von unserer korrespondentin", "von unserem reporter",
    "von unserer reporterin", "van onze correspondent", "od naszego korespondenta",
    "od naszej korespondentki", "от нашего корреспондента", "від нашого кореспондента",
)
CORRESPONDENT_LINE_RE = re.compile(
    r"^\s*(?:" + spaced_one_of(CORRESPONDENT_LINES, flags=_I) + r")"
    r"(?:\s+(?:in|a|à|au|en|em|aus|w|в|у)\s+\S+(?:\s+\S+){0,2})?\s*[.:]?\s*$", _I)
#: A theme's labelled fields line under a post's title: its writer, its day and the
#: sections it is filed in, each after its label, the labels perhaps glued to the field
#: before them as the flattened page runs them together ("Posted By: Hannah Curranon: March
#: 02, 2022In: Education, Lifestyle, Local News"; round 51): the post's date line, its
#: writer named in it.
POSTED_FIELDS_MAX_WORDS = 30
POSTED_FIELDS_RE = re.compile(
    r"^\s*(?:posted|written|published)\s+by\s*:\s*(?P<name>[^\W\d_][^:|]{1,60}?)\s*"
    r"(?:on|am|le|el|em)\s*:\s*(?P<date>[^:|]{6,40}?)"
    r"(?:\s*(?:in|filed\s+under|categor(?:y|ies))\s*:\s*[^:|]{0,120})?\s*$", _I)
#: A line crediting the paper's staff or the wires with the story, no writer named ("From
#: staff and wire reports", "From The Tribune staff reports", "Times staff and wire
#: reports", "Compiled from wire reports", "From news services"; round 51): the byline's
#: credit, set between the headline and the text; never a headline.
_REPORTS_BY = r"(?i:staff|wire|news[-\s]services?|agency|agencies|press)"
STAFF_REPORTS_LINE_RE = re.compile(
    r"^\s*(?:(?i:compiled\s+from|from)\s+(?i:the\s+)?)?(?:[A-Z][\w.&'’-]*\s+){0,4}?"
    rf"(?:{_REPORTS_BY}\s+(?i:and|&)\s+)?{_REPORTS_BY}\s+(?i:reports?)\s*\.?\s*$"
    r"|^\s*(?i:(?:compiled\s+)?from\s+(?:wire|news)\s+services)\s*\.?\s*$")
# A Korean byline line: the writers' names, each with the role after it, and "외 N명" ("and
# N others") closing it ("박준석 기자", "박준석 기자 외 1명", "김철수·이영희 기자", "홍길동
# 특파원"), alone on its line under the headline: the story's writers, not its text.
KOREAN_BYLINE_LINE_RE = re.compile(
    r"^\s*[\uac00-\ud7af]{2,4}(?:\s*[·,]\s*[\uac00-\ud7af]{2,4}){0,3}\s+"
    r"(?:기자|특파원|객원기자|선임기자|전문기자|논설위원)(?:\s+외\s*\d{1,2}\s*명)?\s*$")
# Separators pasted between stories: "* * *", "⁂", "———", "###".
SEPARATOR_RE = re.compile(r"^\s*(?:[*⁂•·~#_=—–-]\s*){3,}$|^\s*⁂\s*$")

#: A wire photo's caption dates what it shows with the weekday and the whole date, year
#: and all, inside its sentence ("... outside a meeting of the Las Vegas Stadium Authority
#: on Thursday, April 20, 2017."; AP's style): a story's sentence names the day alone.
CAPTION_FULL_DATE_RE = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
    r"(?:19|20)\d\d\b")

# --- Dates --------------------------------------------------------------------------------
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "jänner", "mär", "okt", "dez", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "sept", "déc", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
# Month names by number, for reading dates (English, German, French, Spanish, Russian).
MONTH_NAMES_BY_NUMBER = (
    ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "января", "январь", "янв"),
    ("february", "feb", "februar", "février", "févr", "fevrier", "febrero", "февраля", "февраль", "фев"),
    ("march", "mar", "märz", "mär", "maerz", "mars", "marzo", "марта", "март", "мар"),
    ("april", "apr", "avril", "avr", "abril", "abr", "апреля", "апрель", "апр"),
    ("may", "mai", "mayo", "мая", "май"),
    ("june", "jun", "juni", "juin", "junio", "июня", "июнь", "июн"),
    ("july", "jul", "juli", "juillet", "juil", "julio", "июля", "июль", "июл"),
    ("august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "сентября", "сентябрь", "сен"),
    ("october", "oct", "oktober", "okt", "octobre", "octubre", "октября", "октябрь", "окт"),
    ("november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноя"),
    ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
     "декабря", "декабрь", "дек"),
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
# ... and Arabic's, with and without the hamza a page may drop ("الاحد 12 / 04 / 2020 21:29"
# over a listing's title).
WEEKDAYS += ["الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
             "الخميس", "الجمعة", "السبت"]
# Words that may stand around a date on a date line: "Updated on", "Last Updated:",
# "Published", "Posted", "at", time zones.
DATE_LINE_WORDS = ["updated", "updated:", "update", "last", "published", "posted", "on", "at", "by", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "et", "est", "edt", "cet", "cest", "bst", "msk", "pst", "pdt", "ist", "jst", "z", "de", "del", "of", "the", "le", "la", "el", "am", "um", "uhr", "h", "aktualisiert", "veröffentlicht", "stand", "publié", "mis", "à", "jour", "publicado", "actualizado", "обновлено", "опубликовано", "г.", "года"]
# ... and the labels of other languages' date lines ("입력 2020.08.27 20:27", "Atualizado em",
# "Pubblicato il", "Opublikowano", "Uppdaterad", "Julkaistu", "配信", "发布时间").
DATE_LINE_WORDS += [
    "atualizado", "atualização", "publicado", "aggiornato", "pubblicato",
    "actualitzat", "actualitzada", "publicat", "publicada",  # (Catalan: Ara's)
    "opublikowano", "zaktualizowano", "aktualizacja", "gepubliceerd",
    "bijgewerkt", "publicerad", "uppdaterad", "publicerat",
    "julkaistu", "päivitetty", "publisert", "oppdatert", "udgivet", "opdateret",
    "publikováno", "aktualizováno", "aktualizace", "yayınlanma", "güncelleme", "tarihi",
    "оновлено", "опубліковано", "ενημερώθηκε", "δημοσιεύθηκε", "입력", "수정", "기사입력",
    "최종수정", "등록", "업데이트", "승인", "발행", "게재", "配信", "更新", "公開", "掲載",
    "投稿", "发布", "發布", "发布时间", "發布時間", "更新时间", "更新時間",
    # (a Chinese WordPress theme's "published on" over each post's dates: "发布于 2020-02-18")
    "发布于", "發布於", "发表于", "發表於", "更新于", "更新於",
    # the clock's word before the time in Norwegian, Danish, Swedish and Finnish ("mandag
    # 5. august kl. 14:47", "klo 12.30")
    "kl", "klo",
]
#: A season with its year names a quarterly's issue on its date line ("Patrick Iber ▪
#: Summer 2022"): a date line, whose day the page does not print.
SEASON_WORDS = (
    "spring", "summer", "fall", "autumn", "winter", "frühling", "frühjahr", "sommer",
    "herbst", "printemps", "été", "automne", "hiver", "primavera", "verano", "otoño",
    "invierno", "estate", "autunno", "inverno", "verão", "outono", "lente", "zomer",
    "najaar", "herfst",
)
# Lines that say "Updated" with no date: metadata too.
DATE_LABEL_ONLY_RE = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|aktualisiert|mis\s+à\s+jour|actualizado|обновлено)"
    r"(?:\s+(?:on|at|am|um|le|à|el|a\s+las))?\s*:?"
    r"(?:\s*\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:gmt|utc|et|est|edt|cet|cest|bst|msk|uhr))?)?"
    r"\s*$",
    _I,
)

# --- Datelines ----------------------------------------------------------------------------
# "NEW DELHI (Reuters) –", "WASHINGTON, Nov 30 (Reuters) -", "THE HAGUE (AFP) –",
# "Berlin (dpa) -", "Madrid, 24 nov (EFE).-", "Wiesbaden (KNA/iz). ", AP's "MOSCOW (AP) —",
# and the source-less
# "KYIV, Ukraine —"; Russian agencies' "МОСКВА, 24 ноя — РИА Новости."
_PLACE_CAPS = r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\- ]{1,40}?"
_PLACE_TITLE = r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+(?:[ -](?:[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+|am|an|de|del|la|le|sur)){0,3}"
DATELINE_RES = (
    re.compile(
        rf"^(?P<place>{_PLACE_CAPS}|{_PLACE_TITLE})(?:,\s*(?P<when>[^()]{{1,40}}?))?\s*"
        r"\((?P<src>[^()]{2,40})\)\s*(?:[-–—:]+|\.-|\.—|\.(?=\s))\s*"
    ),
    re.compile(r"^(?P<place>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\-]+(?: [A-ZÀ-ÞА-ЯЁ.'’\-]+){0,3})"
               r"(?:,\s*(?P<when>[A-Z][\w.]*(?: [\w.]+){0,2}))?\s*[-–—]+\s+(?=\S)"),
    re.compile(r"^(?P<place>[А-ЯЁ][А-ЯЁ\- ]{2,30}),\s*(?P<when>\d{1,2}\s+\w+\.?)\s*[-–—]\s*"
               r"(?P<src>[^.]{2,30})\.\s+"),
    # Bloomberg's place-less "(Bloomberg) -- ", EFE's "(EFE).- ".
    re.compile(r"^(?P<place>)\((?P<src>[A-Z][^()]{1,30})\)\s*(?:--|[-–—]|\.-|\.—)\s*(?=\S)"),
    # A story one outlet took from another: "KVELLER via JTA — " (the source is the one
    # it came through).
    re.compile(r"^(?P<place>)(?P<orig>[A-Z][\w'’.&\- ]{1,40}?)\s+via\s+"
               r"(?P<src>[A-Z][\w/.&\- ]{1,30}?)\s*(?:--|[-–—])\s*(?=\S)"),
    # The Spanish-language press's place and ".-" ("Santo Domingo.- ", "CARACAS.-", the
    # dash glued to the period; never initials: "U.S.-China" holds periods in its name).
    re.compile(rf"^(?P<place>{_PLACE_TITLE}|[A-ZÀ-ÞÑ][A-ZÀ-ÞÑ'’ ]{{2,30}}?)\.[-–—]\s*(?=\S)"),
)


# --- Captions by shape ---------------------------------------------------------------------
# Position markers of people in a photo and "file photo" labels: caption-only shapes.
# Where a person stands in the picture, spelled out in the languages of the sets and their
# neighbours ("(a l'esquerra)", "(z lewej)", "(t.v.)", "(vlevo)", "(يسار)", "（左）").
# Abbreviations that also name a party in a story's text ("(vas.)" is Finland's Left
# Alliance, "(V)" Sweden's) are not here.
SIDE_LABELS = (
    "from left", "far left", "far right", "second left", "second right", "l to r", "l-r",
    "von links", "v.l.", "v.l.n.r.", "au centre", "de g. à d.", "izquierda", "derecha",
    "a la izquierda", "a la derecha", "al centro", "à esquerda", "à direita", "ao centro",
    "a sinistra", "a destra", "da sinistra", "a l'esquerra", "a la dreta", "al mig",
    "z lewej", "z prawej", "od lewej", "w środku", "vlevo", "vpravo", "uprostřed", "zleva",
    "vľavo", "uprostred", "zľava", "balra", "jobbra", "középen", "balról", "în stânga",
    "în dreapta", "stânga", "dreapta", "solda", "sağda", "ortada", "soldan", "kiri", "kanan",
    "ki-ka", "bên trái", "bên phải", "αριστερά", "δεξιά", "στο κέντρο", "в центре",
    "ліворуч", "праворуч", "зліва", "в центрі", "lijevo", "desno", "u sredini", "levo",
    "kairėje", "dešinėje", "pa kreisi", "pa labi", "vasakul", "paremal", "midden",
    "vasemmalla", "oikealla", "keskellä", "t.v.", "t.h.", "till vänster", "till höger",
    "i mitten", "til venstre", "til høyre", "til højre", "يسار", "يمين", "من اليسار", "משמאל",
    "מימין", "左", "右", "左から", "왼쪽", "오른쪽", "가운데",
    # who stands where in a Chinese, Japanese or Korean caption ("清水理事長（中）ら",
    # "（右から2人目）", "（左一）"; round 18, cjk18)
    "中央", "右から", "左端", "右端", "中间", "中間", "左一", "左二", "左三", "右一",
    "右二", "右三",
)
_SIDES = one_of(SIDE_LABELS, flags=_I).replace("'", "['’]").replace("\\ ", r"\s+")
#: (A French caption's "(g)" and "(d)", gauche and droite, lower-case only: "(D)" and "(G)"
#: name a party after a politician's name; a German one's "(l.)" and "(r.)", with a dot.)
POSITION_MARKER_RE = re.compile(
    r"[(（](?:(?-i:[gd])\.?|[lrc]\.|"
    r"l|r|c|left|right|centre|center|front|back|top|bottom|\d(?:st|nd|rd|th)\s+[lr]|"
    r"2nd\s+left|2nd\s+right|file|file photo|archive|archives|links|rechts|mitte|"
    r"à\s+gauche|à\s+droite|izq\.?|dcha\.?|слева|справа|" + _SIDES + "|" + _ILLUSTRATION
    + r")[)）]",
    _I,
)
#: A person's name, then the side they stand on spelled out ("Darío X (a l'esquerra) se
#: suma ...", "Jan Novák (vlevo) a ..."): a caption even when it reads as one sentence
#: (a story names where people stand in no paragraph of its own).
SIDE_AFTER_NAME_RE = re.compile(
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁΑ-Ω][\w'’.-]+\s*[(（](?:left|right|centre|center|links|rechts|"
    r"à\s+gauche|à\s+droite|слева|справа|" + _SIDES + r")[)）]", _I)
#: Where people stand, between commas as wire captions write it ("X, second left, and Y
#: attend ..."): a caption's marker too (asked of lines holding ", " and one of the words).
COMMA_SIDE_RE = re.compile(
    r",\s+(?:(?:second|third|far)\s+(?:from\s+)?(?:left|right)|(?:from\s+)?left|right|"
    r"centre|center|l-r|top|bottom)\s*,", _I)
COMMA_SIDE_WORDS = ("left", "right", "centre", "center", "l-r", "top", "bottom")
#: Every marker opens with one of these brackets (tested first).
POSITION_MARKER_OPENERS = ("(", "（")
#: ... standing last in its line, a full stop after it at most: the line is a caption even
#: when it ends like a sentence ("Die Kinder waren noch klein (Symbolbild).").
MARKER_AT_END_RE = re.compile(POSITION_MARKER_RE.pattern + r"\s*[.。]?\s*$", _I)

# --- Page headers of flattened archive pages ----------------------------------------------
# "Posts Tagged ‘Lavrov’", "Tag Archives: X", Blogger's "Showing posts with label X".
ARCHIVE_HEADER_RE = re.compile(
    r"^(?:posts?\s+tagged|tag\s+archives?|tag\s*:|category\s*:|category\s+archives?|"
    r"archive\s+for|archives?\s*:|browsing\s+tag|showing\s+posts\s+with\s+label|"
    r"posts?\s+filed\s+under|schlagwort|archiv\s+für|étiquette|archives?\s+de|etiqueta|"
    r"archivo\s+de|метка|архив\s+рубрики|записи\s+с\s+меткой)",
    _I,
)

#: A promo line that asks the reader to pay or log in is a paywall notice, not a promo.
PAYWALL_WORDS_RE = re.compile(
    r"(?i)subscri|granted access|continue reading|log ?in|sign in|paywall|abonn|suscri|подпис")

#: An embedded tweet's sign-off ("— Name (@handle) January 7, 2020"): a quotation's
#: credit inside a story, never a byline or date line that confirms a headline above it.
TWEET_SIGNOFF_RE = re.compile(r"^\s*[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)")
#: The line an embedded Facebook post signs with, its page and its day ("Posted by X on
#: Thursday, March 26, 2020", "Publiée par X sur Jeudi 26 mars 2020"): the line above it
#: is the post's text, shown in a frame, not the story's.
FACEBOOK_SIGNOFF_RE = re.compile(
    r"^\s*(?:posted\s+by|publiée?\s+par|publicado\s+por|publicada\s+por|pubblicato\s+da|"
    r"gepostet\s+von|geplaatst\s+door)\s+\S.{0,80}?\s+(?:on|sur|en|el|il|am|op|em)\s+"
    r"\S.{0,40}?\b(?:19|20)\d{2}\s*$", _I)

#: Possessives a page's own menus open with ("Nos rubriques", "Nos services", "Our
#: Network", "Unsere Angebote"): the word that opens most of its chrome's lines there is
#: the site speaking of itself, never its name.
POSSESSIVE_WORDS = frozenset((
    "our", "nos", "notre", "nuestro", "nuestros", "nuestra", "nuestras", "nosso", "nossos",
    "nossa", "nossas", "nostro", "nostri", "nostra", "nostre", "unser", "unsere", "unserer",
    "unseren", "onze", "ons", "nasz", "nasza", "nasze", "naši", "naše", "наш", "наша", "наше",
    "наши", "наші", "vores", "vår", "våra", "våre", "meidän", "mūsų", "noastre", "noştri",
))

#: Words a page's controls open with ("Select Country Site", "Skip to main content",
#: "Sign in"): a line opening with one is the interface's, never the site's name.
SITE_UI_WORDS = frozenset((
    "select", "choose", "skip", "search", "sign", "log", "login", "menu", "navigation",
    "register", "subscribe", "toggle", "open", "close", "go", "jump", "switch", "change",
    # (a social button atop the page, "Follow", over the menu: Fast Company's)
    "follow",
    "suche", "anmelden", "registrieren", "rechercher", "connexion", "buscar", "iniciar",
))
#: A menu's heading for the site's sections ("Sezioni", "Rubriques"), its classifieds
#: ("Annonces immobilières", "Annonces légales") or its sports ("Fútbol Internacional"): a
#: word the chrome repeats that names no site.
SECTION_MENU_WORDS = frozenset((
    "sections", "sezioni", "secciones", "seções", "secções", "rubriques", "rubriken", "ressorts",
    "rubriche", "sekcje", "rubriky", "разделы", "rubrieken", "annonces", "anzeigen", "anuncios",
    "classifieds", "clasificados", "classificados", "annunci", "ogłoszenia",
    # a sports page's sections ("Fútbol Internacional", "Fútbol Peruano")
    "fútbol", "futbol", "futebol", "football", "fußball", "calcio", "soccer", "voetbal",
    "piłka", "basketball", "baloncesto", "basquete", "tennis", "tenis",
))
#: A menu's or search box's button ("Abrir menu", "Fermer le menu", "Menü öffnen", "Open
#: search", "All Sections"): the interface's, never the site's name.
MENU_BUTTON_RE = re.compile(
    r"^\s*(?:(?:open|close|abrir|fechar|cerrar|ouvrir|fermer|apri|chiudi|openen|sluiten)"
    r"(?:\s+(?:o|a|el|la|le|il|het|the))?\s+(?:menu|menú|menü|pesquisa|búsqueda|recherche|"
    r"ricerca|zoeken|search|navigation|navegação|navegación)|(?:menü|suche|navigation)\s+"
    r"(?:öffnen|schließen)"
    r"|(?:all|todas\s+las|todas\s+as|toutes\s+les|alle|tutte\s+le)\s+(?:sections|secciones|"
    r"seções|secções|rubriques|rubriken|ressorts|sezioni|categories|categorías|categorias))\s*$",
    _I)
#: The links to a site's own pages that its header or footer strings on one line ("HOME
#: ABOUT US ADVERTISING CONTACT", "Inicio | Quiénes somos | Contacto"): a line made of
#: SITE_PAGE_LINKS_MIN of these or more, and nothing else, is the site's navigation.
SITE_PAGE_LINKS = frozenset((
    "home", "homepage", "about", "about us", "contact", "contact us", "contacts", "advertise",
    "advertising", "advertise with us", "privacy", "privacy policy", "terms", "terms of use",
    "terms of service", "terms & conditions", "terms and conditions", "careers", "jobs", "sitemap", "site map", "faq", "help", "rss",
    "newsletter", "subscribe", "archive", "archives", "team", "our team", "staff", "masthead",
    "inicio", "portada", "contacto", "contáctanos", "publicidad", "publicítate",
    "quiénes somos", "nosotros", "aviso legal", "política de privacidad", "accueil",
    "à propos", "qui sommes-nous", "nous contacter", "publicité", "mentions légales",
    "infos légales", "cgu", "cgv", "confidentialité", "recrutement", "plan du site",
    "startseite", "über uns", "kontakt", "impressum", "datenschutz", "werbung", "mediadaten",
    "início", "quem somos", "contato", "fale conosco", "anuncie", "chi siamo", "contatti",
    "pubblicità", "over ons", "adverteren", "o nas", "kontakty", "reklama", "главная",
    "о нас", "контакты", "реклама", "hakkımızda", "iletişim", "reklam", "tentang kami",
    "kontak", "iklan",
))
SITE_PAGE_LINKS_MIN = 3
SITE_PAGE_LINK_MAX_WORDS = max(len(w.split()) for w in SITE_PAGE_LINKS)


def site_page_links(words: list[str]) -> tuple[int, int]:
    """The site's own page links (:data:`SITE_PAGE_LINKS`) that folded ``words`` hold run
    together, read greedily, the longest link first, a word no link opens passed over:
    (how many links, how many of the words they cover)."""
    links = covered = k = 0
    while k < len(words):
        size = next((n for n in range(SITE_PAGE_LINK_MAX_WORDS, 0, -1)
                     if " ".join(words[k:k + n]) in SITE_PAGE_LINKS), 0)
        links, covered, k = links + bool(size), covered + size, k + max(size, 1)
    return links, covered
#: The site's app, named after it ("El Nuevo Herald App", "La Tribuna App"); not a store's
#: or a platform's ("iOS App", "Android App", "Apple App Store"), not a call ("Download the
#: App", "Get News App": a verb or a small word opens it). German puts its article before
#: the name and joins the word ("Die Eishockey NEWS-App").
SITE_APP_RE = re.compile(
    r"^(?!(?:ios|android|apple|google|iphone|ipad|mobile|windows|huawei|amazon|"
    r"get|download|install|open|try|use|our|the|news|weather|(?:die|der|das)\s+apps?)\b)"
    r"(?:(?:die|der|das)\s+)?"
    r"(?P<name>[^\W\d_][^|•:,()]{1,40}?)(?:\s+|-)(?:app|apps)\s*$", _I)
#: A North American broadcaster's call sign ("KESQ", "KIOW-FM", "WGN-TV", "CFRB"): four
#: capitals in the bands the US (K, W) and Canada (CF, CH, CI, CJ, CK) are given, with its
#: service's suffix. A station's site names itself by it in its chrome ("Contact KIOW").
CALL_SIGN_RE = re.compile(r"(?<![\w.-])(?P<sign>[KW][A-Z]{3}|C[FHIJK][A-Z]{2})"
                          r"(?:-(?:TV|FM|AM|DT|LD|CD))?(?![\w.])")
#: Follow-us lines that name the site ("Buchperlen auf Twitter", "Follow Buchperlen",
#: "Folge Buchperlen", "Suivez X sur Facebook"), and its app line: the name they share is
#: the site's.
SITE_FOLLOW_RES = (
    # (the button's verb in the infinitive too: "Suivre Regards sur Twitter", "Seguir ...";
    # a row of icons headed "Follow Chicago Sun-Times online:")
    re.compile(r"^(?:follow|folge|folgen sie|suivez|suivre|siga|seguí|sigue|seguir|segui|volg)"
               r"\s+(?P<name>[^\W\d_][^|•:]{1,40}?)(?:\s+(?:on|auf|sur|en)\s+\w+|\s+online)?\s*:?\s*$",
               _I),
    re.compile(r"^(?P<name>[^\W\d_][^|•:]{1,40}?)\s+(?:on|auf|sur|en|bei)\s+(?:twitter|x|facebook|"
               r"linkedin|instagram|tumblr|youtube|mastodon|bluesky|threads)\s*$", _I),
    SITE_APP_RE,
)
#: An embedded timeline's heading ("Tweets by @HatawTabloid", "Tweets de X", "Tweets von X"):
#: the site's own account, its handle ``handle``.
TIMELINE_HEADING_RE = re.compile(
    r"^\s*(?:tweets|posts)\s+(?:by|de|von|di|por|door|od|от|från|af)\s+@?(?P<handle>\w{2,30})\s*$",
    _I)
#: Times a follow-us line must name the site before it is taken for its name.
SITE_FOLLOW_MIN = 2

# --- Site controls: error reports and app notices -------------------------------------------
# A news site's "report an error" control, pasted with the story: a button's label on a
# line of its own, in many languages (the sets meet stories in twenty; a site of any of
# them has one). Whole-line labels (ERROR_REPORT_LABELS_RE) and the request beside them,
# "Found an error? Let us know", "Pokud jste v článku zaznamenali chybu ..., dejte nám
# vědět", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter": a line of at most
# ERROR_REPORT_MAX_WORDS words holding a word for an error (ERROR_WORDS) and a request to
# the reader (ERROR_REQUESTS). A story's sentence about an error asks nobody to tell "us".
ERROR_REPORT_LABELS = (
    "report typos and corrections to", "send corrections to", "report errors to",
    "report an error", "report error", "report a typo", "report a mistake", "report a problem",
    "report an issue", "report a correction", "suggest a correction", "submit a correction",
    "send a correction", "request a correction", "found an error?", "found a typo?",
    "spotted an error?", "spotted a mistake?", "spot an error?", "see an error?",
    "fehler melden", "fehler gefunden?", "tippfehler melden", "korrektur melden",
    "signaler une erreur", "signaler une coquille", "vous avez repéré une erreur ?",
    "reportar un error", "reportar error", "informar de un error", "¿encontraste un error?",
    "reportar erro", "comunicar erro", "encontrou um erro?", "segnala un errore",
    "segnala errore", "hai trovato un errore?", "zgłoś błąd", "zgłoś literówkę",
    "znalazłeś błąd?", "nahlásit chybu", "nahlásit chybu v článku", "našli jste chybu?",
    "nahlásiť chybu", "našli ste chybu?", "meld een fout", "fout gezien?", "fout melden",
    "rapportera fel", "anmäl fel", "hittat ett fel?", "rapporter en feil", "meld feil",
    "rapporter fejl", "ilmoita virheestä", "löysitkö virheen?", "hiba bejelentése",
    "hibát találtál?", "raportează o eroare", "semnalează o greșeală",
    "αναφορά σφάλματος", "сообщить об ошибке", "нашли ошибку?", "повідомити про помилку",
    "знайшли помилку?", "hata bildir", "hata bildirin", "laporkan kesalahan", "báo lỗi",
    "prijavi grešku", "prijavite grešku", "javi napako", "pranešti apie klaidą",
    "ziņot par kļūdu", "teata veast", "דווחו על טעות", "الإبلاغ عن خطأ", "त्रुटि की रिपोर्ट करें",
    "报告错误", "我要纠错", "纠错", "報告錯誤", "我要糾錯", "糾錯", "誤りを報告", "誤字・脱字を報告",
    "오류 신고", "오류신고", "기사 오류 제보",
)
# ... and the site's other controls printed as a line: write to the newsroom, send the
# story to a friend, print it.
SITE_CONTROL_LABELS = (
    "write to the editor", "write to the newsroom", "contact the newsroom", "send to a friend",
    "email to a friend", "print this article", "print article", "an die redaktion",
    "schreiben sie der redaktion", "artikel versenden", "artikel drucken",
    "écrire à la rédaction", "envoyer à un ami", "imprimer l'article", "escribir a la redacción",
    "enviar a un amigo", "imprimir artículo", "escreva para a redação", "enviar para um amigo",
    "scrivi alla redazione", "invia a un amico", "stampa l'articolo", "napisz do redakcji",
    "wyślij znajomemu", "napište redakci", "poslat známému", "schrijf de redactie",
    "stuur door naar een vriend", "skriv till redaktionen", "tipsa en vän", "skriv til redaktionen",
    "send til en ven", "kirjoita toimitukselle", "írjon a szerkesztőségnek", "scrie redacției",
    "γράψτε στη σύνταξη", "написать в редакцию", "написати в редакцію", "editöre yaz",
    "kirim ke teman", "gửi cho bạn bè", "写信给编辑", "联系编辑", "編集部へのお問い合わせ",
    "기사 제보", "제보하기",
    # (round 21: the comments' and bookmarks' controls of a pasted page, "Читать комментарии
    # к статье...", "Добавить в закладки и поделиться с друзьями:")
    "read comments", "read the comments", "читать комментарии", "читать комментарии к статье",
    "читати коментарі", "читати коментарі до статті", "lire les commentaires",
    "leer los comentarios", "leer comentarios", "kommentare lesen", "leggi i commenti",
    "ler comentários", "czytaj komentarze", "查看评论", "查看評論", "add to bookmarks",
    "bookmark and share", "добавить в закладки", "добавить в закладки и поделиться с друзьями",
    "додати в закладки", "zu favoriten hinzufügen", "ajouter aux favoris", "añadir a favoritos",
    "aggiungi ai preferiti", "dodaj do zakładek", "加入书签", "加入書籤",
    # (round 30: the bookmark button's confirmation, "L'article a été ajouté à vos favoris")
    "l'article a été ajouté à vos favoris", "l’article a été ajouté à vos favoris",
    "article added to your bookmarks", "added to your bookmarks", "added to your favourites",
    "added to your favorites", "saved to your reading list", "added to your reading list",
    "der artikel wurde zu ihren favoriten hinzugefügt", "zu ihren favoriten hinzugefügt",
    "zur merkliste hinzugefügt", "artículo añadido a favoritos", "añadido a favoritos",
    "articolo aggiunto ai preferiti", "aggiunto ai preferiti", "artigo adicionado aos favoritos",
    "adicionado aos favoritos", "dodano do zakładek", "ajouter à mes favoris",
    "add to my favourites", "add to my favorites", "zu meinen favoriten hinzufügen",
    "añadir a mis favoritos", "aggiungi ai miei preferiti", "adicionar aos meus favoritos",
    # the audio player's and the viewer's controls
    "listen to this article", "listen to article", "listen to the article", "lyssna på artikeln",
    "lyssna på artikel", "artikel anhören", "artikel vorlesen", "écouter cet article",
    "écouter l'article", "escuchar artículo", "escuchar este artículo", "ouvir artigo",
    "ouvir este artigo", "ascolta l'articolo", "posłuchaj artykułu", "poslechněte si článek",
    "kuuntele artikkeli", "lytt til artikkelen", "lyt til artiklen", "luister naar dit artikel",
    "cikk meghallgatása", "ascultă articolul", "слушать статью", "прослухати статтю",
    "makaleyi dinle", "dengarkan artikel", "nghe bài viết", "استمع إلى المقال", "기사 듣기",
    "exit full screen", "exit fullscreen", "vollbild beenden", "quitter le plein écran",
    "salir de pantalla completa", "выйти из полноэкранного режима", "вийти з повноекранного режиму",
    "kļūda rakstā?", "klaida straipsnyje?", "viga artiklis?",
    # write to the story's reporter (round 12: "פנייה לכתב/ת", "contact the reporter")
    "contact the reporter", "contact the author", "contact the writer", "email the reporter",
    "email the author", "write to the author", "write to the reporter", "autor kontaktieren",
    "kontakt zum autor", "schreiben sie dem autor", "contacter l'auteur", "écrire à l'auteur",
    "contactar al autor", "escribir al autor", "contatar o autor", "fale com o autor",
    "contatta l'autore", "scrivi all'autore", "neem contact op met de auteur",
    "kontakt med författaren", "kontakt forfatteren", "ota yhteyttä toimittajaan",
    "napisz do autora", "kontaktujte autora", "napište autorovi", "írjon a szerzőnek",
    "contactează autorul", "επικοινωνία με τον συντάκτη", "связаться с автором", "написать автору",
    "зв'язатися з автором", "написати автору", "yazara ulaşın", "yazara yaz", "hubungi penulis",
    "liên hệ tác giả", "פנייה לכתב", "פנייה לכתב/ת", "פנייה לכתבת", "כתבו לכתב", "راسل الكاتب",
    "تواصل مع الكاتب", "لکھاری سے رابطہ", "联系作者", "聯繫作者", "联系记者", "聯繫記者", "記者に連絡",
    "기자에게 문의", "기자에게 메일",
)
# ... and the comment form's call to the reader ("Add a new comment", "Szólj hozzá!",
# "إضافة تعليق جديد", "Skomentuj"), a button's label on a line of its own.
COMMENT_CALLS = (
    # a call that asks (round 23: "Would you like to comment on this article?"; the line is
    # the whole call, its question mark read as a form's label's end)
    "would you like to comment on this article", "would you like to comment",
    "want to comment on this article", "comment on this article", "comment on this story",
    "¿quieres comentar?", "¿quiere comentar?", "möchten sie kommentieren",
    "voulez-vous commenter", "vuoi commentare", "quer comentar", "chcesz skomentować",
    "add a comment", "add comment", "add new comment", "add a new comment", "write a comment",
    "post a comment", "post comment", "have your say", "kommentieren", "kommentar schreiben",
    "jetzt kommentieren", "ajouter un commentaire", "commenter", "réagir", "comenta",
    "comentar", "añadir comentario", "deja tu comentario", "deixe seu comentário",
    "deixe um comentário", "comente", "commenta", "lascia un commento", "skomentuj",
    "dodaj komentarz", "napište komentář", "přidat komentář", "pridať komentár", "reageer",
    "plaats een reactie", "kommentera", "skriv en kommentar", "kommenter", "kommentoi",
    "jätä kommentti", "szólj hozzá", "hozzászólok", "comentează", "adaugă un comentariu",
    "lasă un comentariu", "σχολιάστε", "прокомментировать", "оставить комментарий",
    "добавить комментарий", "коментувати", "залишити коментар", "додати коментар",
    "yorum yap", "yorum yaz", "tulis komentar", "beri komentar", "viết bình luận",
    "הוסף תגובה", "הוסיפו תגובה", "إضافة تعليق", "إضافة تعليق جديد", "أضف تعليق", "أضف تعليقا",
    "أضف تعليقاً", "اضف تعليق", "اضف تعليقا", "ارسال نظر", "نظر دهید", "टिप्पणी करें",
    "发表评论", "發表評論", "添加评论", "我要评论", "我要評論", "コメントする", "댓글 쓰기", "댓글쓰기",
    # (round 21: the comment form's call with "your", "Оставить свой комментарий...",
    # "Escribe tu comentario")
    "leave your comment", "write your comment", "post your comment", "add your comment",
    # (round 45: a call down to the comments under the story, "Scroll down to comment
    # below.", "Let us know in the comments")
    "scroll down to comment", "scroll down to comment below", "comment below",
    "leave a comment below", "leave your comment below", "let us know in the comments",
    "tell us in the comments", "share your thoughts in the comments",
    "sound off in the comments",
    # (round 31: the empty comment section's call, "Start the discussion.")
    "start the discussion", "start the conversation", "inicie a discussão",
    "inicia la conversación", "lancez la discussion", "starte die diskussion",
    "laissez un commentaire", "laissez votre commentaire", "écrivez votre commentaire",
    "escribe tu comentario", "escribe un comentario", "deja un comentario",
    # (round 30: the form's heading as a question, "Un avis, un commentaire ?")
    "un avis, un commentaire", "un commentaire", "votre avis", "your thoughts", "ihre meinung",
    "lascia il tuo commento", "schreiben sie einen kommentar",
    "оставить свой комментарий", "оставьте свой комментарий", "оставьте комментарий",
    "напишите комментарий", "залиште коментар", "我要留言", "发表您的评论", "發表您的評論",
)
# ... a form's call may open by greeting the reader ("Olá, deixe seu comentário.", "Hi,
# leave a comment!"): a greeting and a comma before the label (round 22, themes22).
READER_GREETINGS = ("hi", "hello", "hey", "olá", "oi", "hola", "hallo", "bonjour", "salut",
                    "ciao", "cześć", "ahoj", "hej", "hei", "привет", "merhaba", "xin chào", "halo")
# ... or by asking the reader a short question ("What do you think? Scroll down to comment
# below.", round 45).
ERROR_REPORT_LABELS_RE = re.compile(
    r"^[\s>»•*\-–—|\[(]*(?:(?:" + one_of(READER_GREETINGS, flags=_I) + r")\s*[,!]\s*"
    r"|[^\W\d_][^.!?\n]{0,30}\?\s+)?(?:"
    + one_of((*ERROR_REPORT_LABELS, *SITE_CONTROL_LABELS, *COMMENT_CALLS), flags=_I)
    # (the desk's address after the label: "Report typos and corrections to:
    # corrections@rawstory.com.")
    + r")[\s.!?:：|\])]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s.]*)?$", _I)
ERROR_WORDS = (
    "error", "errors", "typo", "typos", "mistake", "inaccuracy", "chybu", "chyby", "chyba",
    "překlep", "preklep", "fehler", "tippfehler", "erreur", "coquille", "faute", "errata",
    "errore", "refuso", "erro", "błąd", "błędy", "literówkę", "fout", "typfout", "fel", "kļūda",
    "stavfel", "feil", "fejl", "virhe", "virheen", "kirjoitusvirhe", "hibát", "hiba", "eroare",
    "greșeală", "σφάλμα", "λάθος", "ошибку", "ошибка", "опечатку", "опечатка", "помилку",
    "помилка", "hata", "kesalahan", "lỗi", "grešku", "napako", "klaidą", "kļūdu", "viga",
    "טעות", "خطأ", "त्रुटि", "错误", "錯誤", "错别字", "錯別字", "誤字", "脱字", "誤り", "오류", "오타",
)
ERROR_WORDS_RE = re.compile(r"(?<!\w)(?:" + one_of(ERROR_WORDS, flags=_I) + r")(?!\w)", _I)
ERROR_REQUESTS = (
    "let us know", "tell us", "contact us", "notify us", "email us", "write to us",
    "please report", "report it", "ctrl+enter", "ctrl + enter", "contact form",
    "dejte nám vědět", "dejte nám", "napište nám", "kontaktního formuláře", "dajte nám vedieť",
    "teilen sie uns", "lassen sie es uns wissen", "schreiben sie uns", "melden sie",
    "sagen sie uns", "faites-le nous savoir", "faites-nous", "signalez-le", "écrivez-nous",
    "contactez-nous", "háganoslo saber", "avísenos", "infórmenos", "escríbanos", "díganos",
    "avise-nos", "informe-nos", "escreva-nos", "fatecelo sapere", "segnalatecelo",
    "segnalacelo", "scriveteci", "daj nam znać", "dajcie nam znać", "napisz do nas",
    "laat het ons weten", "laat ons weten", "mail ons", "låt oss veta", "meddela oss",
    "gi oss beskjed", "giv os besked", "kerro meille", "ilmoita meille", "jelezd nekünk",
    "írj nekünk", "anunțați-ne", "scrieți-ne", "ενημερώστε μας", "сообщите нам",
    "напишите нам", "выделите", "повідомте нам", "напишіть нам", "виділіть",
    "bize bildirin", "bize yazın", "beritahu kami", "hubungi kami", "báo cho chúng tôi",
    "javite nam", "sporočite nam", "praneškite mums", "informējiet mūs", "andke meile teada",
    "הודיעו לנו", "דווחו לנו", "כתבו לנו", "ספרו לנו", "أخبرنا", "راسلنا", "اكتب لنا", "请告诉我们", "請告訴我們", "告知我们", "お知らせください", "알려주세요",
    "제보해",
    # (German addressing readers as "ihr" or "du", and formal "point it out to us", round 16)
    "weist uns", "weisen sie uns", "weise uns", "schreibt uns", "schreib uns", "sagt uns",
    "lasst es uns wissen", "lass es uns wissen", "gebt uns bescheid", "gib uns bescheid",
)
ERROR_REQUESTS_RE = re.compile(r"(?<!\w)(?:" + one_of(ERROR_REQUESTS, flags=_I) + r")(?!\w)", _I)
ERROR_REPORT_MAX_WORDS = 30
# A link's text for screen readers, closed by the note that it opens a new window ("...
# Consultez nos normes (nouvelle fenêtre)", "(opens in a new window)", round 16): a line
# of at most NEW_WINDOW_MAX_WORDS words so closed is the page's link, never a story's.
NEW_WINDOW_NOTES = (
    "new window", "opens in a new window", "opens in new window", "opens in a new tab",
    "opens in new tab", "external link", "nouvelle fenêtre", "s'ouvre dans une nouvelle fenêtre",
    "nouvel onglet", "neues fenster", "öffnet in neuem fenster", "öffnet in einem neuen fenster",
    "öffnet in neuem tab", "externer link", "nueva ventana", "se abre en una nueva ventana",
    "nova janela", "abre em nova janela", "nuova finestra", "si apre in una nuova finestra",
    "nieuw venster", "opent in nieuw venster", "nowe okno", "otwiera się w nowym oknie",
    "nové okno", "nytt fönster", "nyt vindue", "nytt vindu", "uusi ikkuna", "új ablak",
    "fereastră nouă", "новое окно", "откроется в новом окне", "нове вікно", "yeni pencere",
    "jendela baru", "cửa sổ mới", "新窗口", "新視窗", "新しいウィンドウ", "새 창",
)
NEW_WINDOW_RE = re.compile(
    r"[(\[（]\s*(?:" + spaced_one_of(NEW_WINDOW_NOTES, flags=_I)
    + r")\s*[)\]）]\s*$", _I)
NEW_WINDOW_MAX_WORDS = 30
# A widget's failure message: the page's control telling the reader it failed and to try
# again ("Es ist ein Fehler aufgetreten, bitte versuchen Sie es später noch einmal",
# "Something went wrong. Please check your entries and try again.", "Teknisk fejl",
# "Forsøg igen senere.", "Prøv igen", "Ingen internetforbindelse"; round 52): a failure
# (WIDGET_FAILURES) and a call to retry (RETRY_CALLS) in a line of at most
# WIDGET_FAILURE_MAX_WORDS words, or either alone on its line (a retry call, "later" after
# it, of at most RETRY_LINE_MAX_WORDS). A story's "The flight could not leave because of
# a technical error" asks the reader to try nothing.
WIDGET_FAILURES = (
    "something went wrong", "an error occurred", "an error has occurred", "technical error",
    "no internet connection", "es ist ein fehler aufgetreten", "ein fehler ist aufgetreten",
    "technischer fehler", "keine internetverbindung", "une erreur est survenue",
    "une erreur s'est produite", "erreur technique", "ha ocurrido un error",
    "se ha producido un error", "error técnico", "si è verificato un errore",
    "errore tecnico", "ocorreu um erro", "erro técnico", "er is iets misgegaan",
    "er is een fout opgetreden", "wystąpił błąd", "błąd techniczny", "произошла ошибка",
    "техническая ошибка", "сталася помилка", "teknisk fejl", "ingen internetforbindelse",
    "något gick fel", "tekniskt fel", "noe gikk galt", "teknisk feil", "bir hata oluştu",
    "teknik hata", "terjadi kesalahan",
)
RETRY_CALLS = (
    "try again", "prøv igen", "forsøg igen", "versuchen sie es noch einmal",
    "versuchen sie es später noch einmal", "versuchen sie es erneut",
    "versuchen sie es später erneut", "réessayez", "veuillez réessayer", "inténtalo de nuevo",
    "inténtelo de nuevo", "vuelve a intentarlo", "riprova", "riprovare", "tente novamente",
    "tente de novo", "probeer het opnieuw", "probeer het later opnieuw", "spróbuj ponownie",
    "попробуйте ещё раз", "попробуйте еще раз", "попробуйте позже", "спробуйте ще раз",
    "försök igen", "prøv igjen", "tekrar deneyin", "yeniden deneyin", "coba lagi",
)
WIDGET_FAILURE_RE = re.compile(WORD_START + "(?:" + spaced_one_of(WIDGET_FAILURES, flags=_I)
                               + ")" + WORD_END, _I)
RETRY_CALL_RE = re.compile(WORD_START + "(?:" + spaced_one_of(RETRY_CALLS, flags=_I) + ")"
                           + WORD_END, _I)
#: ... either alone on its line: the line is only it, "please" before and "later" after.
WIDGET_FAILURE_LINE_RE = re.compile(
    r"^\s*(?:please\s+|bitte\s+)?(?:" + spaced_one_of((*WIDGET_FAILURES, *RETRY_CALLS), flags=_I)
    + r")(?:\s+(?:later|senere|später|plus\s+tard|más\s+tarde|più\s+tardi|później|позже|"
    r"mais\s+tarde|senare|daha\s+sonra))?\s*[.!…]*\s*$", _I)
WIDGET_FAILURE_MAX_WORDS = 25
RETRY_LINE_MAX_WORDS = 5
#: Both tables' words in one cheap test: a line with none of them stops there.
WIDGET_FAILURE_OR_RETRY = StemsAtWordStart((*WIDGET_FAILURES, *RETRY_CALLS))
# The request of a site's error-report control, in any language: it names the keys.
CTRL_ENTER_RE = re.compile(r"ctrl\s*\+\s*enter")
#: A screen reader's notice that the box below may be skipped ("Následují automaticky
#: nekonečně načítané články. Zde je můžete přeskočit.", "You can skip them here."), and the
#: link that skips it: the page's chrome in a line of at most SKIP_NOTICE_MAX_WORDS words.
SKIP_NOTICE_RE = re.compile(
    # (or the link itself: "Skip past newsletter promotion", "Skok před automaticky
    # načítané články")
    r"^\s*(?:skip\s+(?:past|over|before|after)|skok\s+(?:na|před|za|k)|přeskočit\s+(?:na|k)|"
    r"preskočiť\s+(?:na|k)|überspringen\s*:)\s|"
    r"\b(?:you\s+(?:can|may)\s+skip\s+(?:them|it|this|these)|"
    r"(?:můžete|můžeš)\s+(?:(?:je|ho|to|jej)\s+)?přeskočit|"
    r"(?:môžete|môžeš)\s+(?:(?:ich|ho|to)\s+)?preskočiť|"
    r"(?:können|kannst)\s+(?:sie|es|du|ihn)\s+(?:(?:hier|diese)\s+)?überspringen|"
    r"(?:możesz|możecie)\s+(?:(?:je|go|to)\s+)?pominąć|"
    r"vous\s+pouvez\s+(?:les|le|la)\s+ignorer|"
    r"(?:puedes|puede)\s+(?:saltarlos|saltarlas|saltarlo|omitirlos|omitirlo))\b", _I)
SKIP_NOTICE_MAX_WORDS = 15
#: The name a link to more stories ends with: up to four words, the first not in lower-case
#: letters ("The Daily Telegraph", "VARIETY"; "the author" names no one), a pointer after it.
_LINKED_NAME = (r"(?P<name>(?!(?-i:[a-z]))[^\W\d_][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3})"
                r"\s*[»›→>]?\s*$")
#: A link to more of a site's own stories naming it ("More from Vanity Fair", "More Great
#: Stories From Vanity Fair", "MORE FROM VARIETY"): ``name`` is the site's, or a section's.
MORE_FROM_RE = re.compile(r"^\s*more\s+(?:[\w’'-]+\s+){0,2}?from\s+" + _LINKED_NAME, _I)
#: The link closing a box of an outlet's teasers to its own pages ("More news at The Daily
#: Telegraph", "More stories from Reuters", "Mehr Nachrichten von X", "Plus d'actualités
#: sur X"): the box's chrome, naming the outlet (``name``) whose stories the box shows.
MORE_AT_OUTLET_RE = re.compile(
    r"^\s*[•·]?\s*(?:more\s+(?:news|stories|headlines|articles)\s+(?:at|from|on|in)|"
    r"mehr\s+(?:nachrichten|news|artikel|meldungen)\s+(?:bei|von|aus|auf)|"
    r"plus\s+d['’](?:actualités|actus|articles|infos)\s+(?:sur|de|du|chez)|"
    r"más\s+(?:noticias|artículos)\s+(?:en|de)|mais\s+(?:notícias|artigos)\s+(?:em|n[oa]|d[oa])|"
    r"altre\s+notizie\s+(?:su|da|d[ai]|del)|meer\s+nieuws\s+(?:op|van|bij)|"
    r"więcej\s+(?:wiadomości|informacji|artykułów)\s+(?:w|na|z))\s+" + _LINKED_NAME, _I)
# The cheap test first (see word_keys): a line whose words include none of ERROR_WORDS
# holds no error word, so most lines stop at it; the labels are whole short lines, matched
# only on lines of at most ERROR_REPORT_LABEL_MAX_WORDS words.
ERROR_REPORT_LABEL_MAX_WORDS = 10

# A notice to readers of the site's app or player ("If you're on the X News app, click
# here to watch live", "Tap here to listen", "Wenn Sie die App nutzen, klicken Sie hier"):
# a pointer, then an order to click or tap, in the languages above. At most
# APP_NOTICE_MAX_WORDS words.
CLICK_HERE = (
    "click here", "tap here", "click to watch", "tap to watch", "click to listen",
    "tap to listen", "klicken sie hier", "hier klicken", "tippen sie hier", "cliquez ici",
    "appuyez ici", "haga clic aquí", "haz clic aquí", "pulse aquí", "pincha aquí",
    "clique aqui", "toque aqui", "clicca qui", "kliknij tutaj", "kliknij tu",
    "klikněte zde", "klikněte sem", "kliknite sem", "klik hier", "tik hier", "klicka här",
    "trykk her", "klik her", "napsauta tästä", "klikkaa tästä", "kattints ide",
    "faceți clic aici", "πατήστε εδώ", "κάντε κλικ εδώ", "нажмите здесь", "нажмите сюда",
    "натисніть тут", "buraya tıklayın", "klik di sini", "nhấn vào đây", "bấm vào đây",
    "点击这里", "點擊這裡", "点此", "こちらをクリック", "여기를 클릭",
    # the polite and plural forms of more languages
    "kattintson ide", "kliknite ovde", "kliknite ovdje", "kliknite tukaj", "spauskite čia",
    "klikk her", "fes clic aquí", "cliqueu aquí", "clic aquí", "apasă aici", "apăsați aici",
    "click aici", "dați click aici", "натисніть сюди", "кликнете тук", "tıklayın", "klik disini",
    "اضغط هنا", "انقر هنا", "اینجا کلیک کنید", "לחצו כאן", "यहां क्लिक करें", "यहाँ क्लिक करें",
    "点击此处", "點擊此處", "點此", "ここをクリック",
)
APP_NOTICE_RE = re.compile(
    r"^(?:(?:if|wenn|falls|si|se|jeśli|pokud|als|om|jos|ha|dacă|αν|если|якщо|eğer|jika|nếu)"
    r"\b[^.!?。]{1,100}?[,，]\s*)?(?:" + one_of(CLICK_HERE, flags=_I) + r")(?!\w)", _I)
APP_NOTICE_MAX_WORDS = 25
#: ... or a link's call closing a short line, its purpose before it ("Per verificare clicca
#: qui", "To renew your subscription click here", "Für mehr Infos hier klicken"): at most
#: CLICK_CALL_MAX_WORDS words.
CLICK_CALL_RE = re.compile(r"(?<!\w)(?:" + one_of(CLICK_HERE, flags=_I) + r")\s*[.!:»>]*\s*$", _I)
CLICK_CALL_MAX_WORDS = 8



def stem_text(folded: str) -> str:
    """A folded line as its words are compared with a table's keys (:func:`word_keys`):
    the dotless "ı" as "i", the dot of "İ" (lower-cased "i̇") dropped, and the final "ς" as
    "σ", since the patterns' IGNORECASE takes them for one letter and ``str.lower`` does
    not."""
    if folded.isascii():
        return folded
    return folded.replace("ı", "i").replace("\u0307", "").replace("ς", "σ")

# --- Comment sections and CMS notices ---------------------------------------------------
# The heading of a page's comment section, in many languages: after it, at a post's end,
# come the comment policy and the form's words ("We welcome a lively debate ..."), the
# site's, not the story's (see normalizer.stories.clean._comment_section). Plural forms
# only: "Kommentar", "Comment" label an opinion piece, "Discussion" a paper's section.
COMMENT_HEADINGS: tuple[str, ...] = (
    "comments", "reader comments", "join the conversation", "join the discussion",
    "leave a comment", "leave a reply", "kommentare", "leserkommentare",
    "kommentarer", "kommentit", "commentaires", "comentarios", "comentários",
    "commenti", "komentarze", "komentáře", "komentáre", "komentari", "komentarji", "reacties",
    "hozzászólások", "hozzászólás", "comentarii", "σχόλια", "комментарии", "коментарі",
    "коментари", "yorumlar", "komentar", "bình luận", "תגובות", "تعليقات", "टिप्पणियाँ",
    "评论", "評論", "留言", "网友评论", "コメント", "댓글",
    # WordPress's Arabic "Leave a comment" / "Leave a reply" (round 35)
    "اترك تعليقاً", "اترك تعليقا", "اترك رداً", "أضف تعليقاً", "أضف تعليق",
)
COMMENT_HEADINGS = _arabic_spellings(COMMENT_HEADINGS)
COMMENT_HEADING_RE = re.compile(
    r"^\s*(?:" + one_of(COMMENT_HEADINGS, flags=_I) + r")\s*(?:\(\s*\d+\s*\)|\d+)?\s*[:：]?\s*$",
    _I)
#: ... or a comment heading joined to its service's or site's name by a hyphen
#: ("NUjij-reacties", "Facebook-Kommentare"): a line of its own, the page's.
COMMENT_BRANDED_RE = re.compile(
    r"^\s*[^\W_][\w.]{0,24}[-‐‑]\s?(?:" + one_of(COMMENT_HEADINGS, flags=_I)
    + r")\s*(?:\(\s*\d+\s*\)|\d+)?\s*[:：]?\s*$", _I)
#: At most this many lines, of at most this many words in all, after the heading to the
#: post's end: a policy note and a form's labels; real comments are not in the post's text.
COMMENT_TAIL_MAX_LINES = 3
COMMENT_TAIL_MAX_WORDS = 120
#: A comment thread's heading with its count, a few words after the heading word allowed
#: ("Комментарии к новости (11)", "Comments on this story (4)"; round 20): a thread
#: when a comment's verb line or controls follow within COMMENT_THREAD_LOOK lines.
COMMENT_THREAD_HEAD_RE = re.compile(
    r"^\s*(?:" + one_of(COMMENT_HEADINGS, flags=_I)
    + r")(?:\s+[^\W\d_][\w-]*){0,3}\s*\(\s*\d+\s*\)\s*[:：]?\s*$", _I)
COMMENT_THREAD_LOOK = 3

# Notices a CMS or a plugin prints in place of a widget, for the site's admins or readers
# whose browser lacks something ("This error message is only visible to WordPress admins",
# "Error: No connected account.", "Please enable JavaScript to view the comments"): a line
# of at most CMS_NOTICE_MAX_WORDS words holding one of these is the page's, never a story's.
CMS_NOTICES = (
    "only visible to wordpress admins", "only visible to admins", "only visible to administrators",
    "no connected account", "enter an api key", "connect an account", "invalid api key",
    "feed settings page", "please enable javascript", "enable javascript to view",
    "javascript is disabled", "javascript must be enabled", "your browser does not support",
    "your browser doesn't support", "update your browser", "upgrade your browser",
    "this video is unavailable", "this content is not available in your", "powered by disqus",
    "comments powered by", "bitte aktivieren sie javascript", "javascript deaktiviert",
    "ihr browser unterstützt", "veuillez activer javascript", "votre navigateur ne supporte pas",
    "por favor habilite javascript", "activa javascript", "tu navegador no soporta",
    "seu navegador não suporta", "attiva javascript", "il tuo browser non supporta",
    "włącz javascript", "включите javascript", "ваш браузер не поддерживает",
)
CMS_NOTICE_RE = re.compile(r"(?<!\w)(?:" + one_of(CMS_NOTICES, flags=_I) + r")(?!\w)", _I)
CMS_NOTICE_MAX_WORDS = 30
# Every notice holds one of these words (tested first, see word_keys).
CMS_NOTICE_KEYS = ("admins", "administrators", "account", "api", "javascript", "browser",
                   "navigateur", "navegador", "unavailable", "available", "disqus", "powered", "settings",
                   "unterstützt", "браузер")

# A teaser of another article: its lead, then the date and time it was published, as
# listings print them ("... Klarar sig familjen? 9.4.2020 - 00.00", "... 14/03/2020 20h38").
# A story's paragraph never ends with a bare time stamp after its last sentence.
TEASER_STAMP_RE = re.compile(
    r"(?:[.!?…\"”»]|\.\.\.)\s+(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
    r"\s*(?:[-–—,|·]\s*)?(?:\d{1,2}[:.h]\d{2}|\d{1,2}h)\s*(?:uhr|h)?\s*$", _I)

# ... or its lead, then the listing's bare "more" link after the lead's last sentence ("...
# gemeinsame Politik möglich. mehr", round 16): a story's paragraph never ends with the
# word alone after its last sentence. (After an ellipsis it closes an excerpt cut short,
# which a dump of a blog's front page holds as a story: "... reported by ... More »".)
TEASER_MORE_WORDS = (
    "more", "read more", "mehr", "weiterlesen", "plus", "lire la suite", "la suite", "más",
    "leer más", "leia mais", "continua", "leggi tutto", "więcej", "czytaj dalej", "meer",
    "lees meer", "läs mer", "les mer", "læs mere", "lue lisää", "více", "подробнее", "далее",
    "детальніше", "devamı", "selengkapnya", "xem thêm", "更多", "阅读全文", "閱讀全文",
)
# ... the link perhaps followed by the teaser's kind and day, which a pasted listing runs
# on into the same line ("... möglich. mehr analyse 02.03.2025", round 15).
TEASER_MORE_RE = re.compile(r"(?<!\.\.)[.!?\"”»]\s+(?:" + spaced_one_of(TEASER_MORE_WORDS, flags=_I)
                            + r")\s*[»›>…]*(?:\s+(?:[^\W\d_]+\s+)?\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))?\s*$", _I)


class WordKeys:
    """The cheap test before a pattern of many words: the pattern finds only whole words
    (its words stand between non-word characters), so a line none of whose words is one
    of ``keys`` holds none of its matches. Compared with the line's words, folded as the
    pattern's IGNORECASE folds letters (:func:`stem_text`); a key that is not one run of
    word characters (Devanagari's vowel signs are not) is looked for as a string."""

    def __init__(self, keys: Iterable[str]) -> None:
        folded = {stem_text(" ".join(k.split()).lower()) for k in keys}
        self.words = frozenset(k for k in folded if WORD_RE.fullmatch(k))
        self.strings = tuple(sorted(folded - self.words))

    def found_in(self, words: Iterable[str], folded: str) -> bool:
        if not self.words.isdisjoint(words):
            return True
        return bool(self.strings) and any(k in folded for k in self.strings)


WORD_RE = re.compile(r"\w+")


def line_words(folded: str) -> list[str]:
    """The words of a folded line, as :class:`WordKeys` compares them."""
    return WORD_RE.findall(stem_text(folded))


ERROR_KEYS = WordKeys(ERROR_WORDS)
PROMO_KEYS = WordKeys(PROMO_KEY_RUNS)
CMS_NOTICE_WORD_KEYS = WordKeys(CMS_NOTICE_KEYS)
SITE_CONTROL_KEYS = WordKeys((*ERROR_WORDS, *CMS_NOTICE_KEYS))  # either: one test first


#: A line saying the article goes on below an ad slot or a video ("Story continues
#: below", "This advertisement has not loaded yet, but your article continues below.",
#: "Dalsza część artykułu pod materiałem wideo", "Lesen Sie nach der Anzeige weiter"):
#: what stands around it is one article (normalizer.stories.rhythm reads it so).
ARTICLE_CONTINUES_RE = re.compile(
    r"\b(?:(?:story|article|text|reading)\s+continues\s+(?:below|after)|"
    r"continue\s+reading\s+(?:below|after\s+the\s+(?:ad|advertisement))|"
    r"artikel\s+(?:wird\s+)?(?:unter|nach)\s+der\s+(?:werbung|anzeige)\s+(?:fortgesetzt|weiter)|"
    r"(?:weiterlesen|lesen\s+sie\s+(?:hier\s+)?weiter)\s+nach\s+der\s+(?:werbung|anzeige)|"
    r"lesen\s+sie\s+nach\s+der\s+(?:werbung|anzeige)\s+weiter|"
    r"dalsza\s+część\s+artykułu\s+pod\s+(?:materiałem|reklamą)|"
    r"(?:el\s+)?artículo\s+continúa\s+(?:abajo|debajo|después|tras)|"
    r"l['’]article\s+continue\s+(?:ci-dessous|après|sous)|la\s+suite\s+(?:de\s+l['’]article\s+)?après\s+(?:la\s+|cette\s+)?publicité|"
    r"(?:l['’]articolo\s+)?continua\s+(?:a\s+leggere\s+)?(?:dopo|sotto)\s+(?:la\s+)?pubblicità|"
    r"pokračování\s+článku\s+pod\s+reklamou|článek\s+pokračuje\s+pod\s+reklamou|"
    r"(?:het\s+)?artikel\s+gaat\s+(?:verder\s+)?(?:onder|na)\s+de\s+(?:advertentie|video)|"
    r"(?:a\s+matéria|o\s+artigo|a\s+reportagem)\s+continua\s+(?:após|abaixo|depois))", re.IGNORECASE)

#: A line announcing a round-up of short titled items under it ("This week's good news
#: roundup", "Anbei einige Veranstaltungstipps für ...", "En bref", "Notizie in breve"):
#: the items are stories of their own, not the sub-headings of one article
#: (normalizer.stories.rhythm reads the run of titled items under it so). Words that name
#: a collection of items, never a topic: a page's own sections are no round-up.
ROUNDUP_RE = re.compile(
    r"\b(?:round-?ups?|in\s+brief|news\s+briefs|briefly\s+noted|"
    r"[^\W\d_]*tipps|kurzmeldungen|in\s+kürze|im\s+überblick|wochenrückblick|"
    r"en\s+bref|brèves|tour\s+d['’]horizon|idées\s+de\s+sorties|"
    r"en\s+breve|breves|in\s+breve|brevi|em\s+resumo|resumo\s+da\s+semana|"
    r"kort\s+nieuws|in\s+het\s+kort|nieuwsoverzicht|w\s+skrócie|i\s+korthet|kortnytt)\b",
    re.IGNORECASE)


# Labels of a page's ads and sponsored links ("PARTNER", "Anzeige", "Sponsored"): the
# headline-shaped lines right under one are the sponsor's links (read by
# normalizer.stories.clean._link_after_label; each is also a chrome word above).
AD_LABELS = frozenset((
    "partner", "partners", "sponsored", "sponsored content", "advertisement", "anzeige",
    "publicité", "publicidad", "publicidade", "pubblicità", "reklama", "reklame", "annons", "annonce",
    "mainos", "advertentie", "διαφήμιση", "реклама", "promoted", "광고", "広告", "广告",
    *AD_LABELS_MORE,
))


#: An ad's paragraph signed as one at its end: a dash, an asterisk or a bracket before an
#: ad label ("… Click here to get your quotes. — *ad.", "… (Anzeige)", "… [Sponsored]"):
#: the paragraph is the advertiser's however long (read by normalizer.stories.clean.
#: _ad_signed). The label is one of :data:`AD_LABELS` or of :data:`AD_SIGN_SHORT_LABELS`,
#: words too short or too common to stand alone as a chrome line.
AD_SIGN_END_RE = re.compile(
    r"(?:[—–-]\s*\*?|\*|[(\[])\s*(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*[)\]]?\s*[.!]?\s*$")
AD_SIGN_SHORT_LABELS = frozenset(("ad", "ads", "werbung", "advertorial", "sponsor"))

# --- Furniture at a story's end, by shape (read by normalizer.stories.clean) -------------
# A section's label alone in CJK brackets ("【熱門點閱】", "【上報徵稿】", "〔編輯推薦〕"):
# the page's, never a story's line (a caption opens with such a label and goes on).
BRACKET_LABEL_RE = re.compile(r"^\s*[【〔［][^】〕］]{1,12}[】〕］]\s*$")
BRACKET_LABEL_OPENERS = "【〔［"
# A post's tags shown as links with their hash sign: "# Finansų ministerija", "#Brexit
# #EU": lines whose every term opens with "#" or that are one "#"-opened term of a few
# words (TAG_LINE_MAX_WORDS), no sentence in them. In a text dump only the first kind: a
# dump's "# Title" may be a markdown heading.
HASHTAGS_RE = re.compile(r"^\s*#[^\W_][\w-]*(?:[\s,]+#[^\W_][\w-]*)+\s*$")
TAG_TERM_RE = re.compile(r"^\s*#\s?[^\W\d_][^\s#.!?。]*(?:\s+[^\s#.!?。]+){0,3}\s*$")
TAG_LINE_MAX_WORDS = 4
# ... and a line of at least two "#" terms of a few words each ("#NK #Rodong Sinmun #joint
# drill"), no sentence end in it.
HASHTAG_TERMS_RE = re.compile(r"^\s*#[^\W_][^#.!?。]{0,40}(?:#[^\W_][^#.!?。]{0,40})+$")
# A photo caption's own stamp: the photographer's e-mail, then the day between slashes,
# as Korean sports desks print it ("... 잠실=최문영 기자 name@example.com /2020.08.20/"); a
# story's last paragraph may end with its reporter's e-mail, never with such a stamp.
CAPTION_STAMP_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*/\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\s*/?\s*$")
CAPTION_STAMP_MARK = "@"  # in every line the pattern above finds: tested first
# The label a page prints for screen readers before a picture's, a video's or a clip's
# caption or credit, then a comma, in the language editions of a world service ("Image
# source, Getty Images", "Image caption, ...", "图像来源， X", "مصدر الصورة، X", "Подпись к
# фото, ..."): the line is that caption or credit, never a story's (round 13: pasted after
# the story by the themes). Only with the comma the label carries: "Crédito: ..." may open
# a finance story's line. A label alone ("التعليق على الصورة،") is the caption's on the
# next line.
SCREEN_READER_CAPTION_LABELS = (
    "image source", "image caption", "image copyright", "media caption", "video caption",
    "audio caption", "图像来源", "图像加注文字", "视频加注文字", "音频加注文字", "图片来源",
    "圖像來源", "圖像加註文字", "視頻加註文字", "音頻加註文字", "影片加註文字", "圖片來源",
    "مصدر الصورة", "صدر الصورة", "التعليق على الصورة", "التعليق على الفيديو", "التعليق على المقطع الصوتي",
    "منبع تصویر", "توضیح تصویر", "توضیح ویدیو", "توضیح ویدئو", "تصویر کا ذریعہ",
    "تصویر کا کیپشن", "ویڈیو کیپشن", "автор фото", "подпись к фото", "подпись к видео",
    "источник изображения", "підпис до фото", "підпис до відео", "джерело фото",
    "fuente de la imagen", "pie de foto", "título del video", "título del vídeo", "crédito",
    "legenda da foto", "legenda do vídeo", "crédit photo", "légende image", "légende vidéo",
    "source image", "fotoğraf kaynağı", "fotoğraf altı yazı", "video açıklaması",
    "इमेज स्रोत", "इमेज कैप्शन", "वीडियो कैप्शन", "sumber gambar", "keterangan gambar",
    "keterangan video", "nguồn hình ảnh", "chụp lại hình ảnh", "chụp lại video",
    "chanzo cha picha", "maelezo ya picha", "maelezo ya video", "画像提供", "画像説明", "動画説明",
    "사진 출처", "사진 설명", "영상 설명", "autor fotografije", "potpis ispod fotografije",
)
# ... or, without the comma, the English label a page prints over the caption of every
# language edition ("Image caption တရားစွဲခံထားရတဲ့ ...", "Media caption ...", "Photo
# copyright ..."): two words no sentence opens with ("Image source code ..." may).
SCREEN_READER_CAPTION_RE = re.compile(
    r"^\s*(?:(?:" + one_of(SCREEN_READER_CAPTION_LABELS, flags=_I).replace("\\ ", r"\s*")
    + r")\s*[,，،]|(?:image|media|video|audio|photo)\s+(?:caption|copyright)\b"
    # (round 16: the player's label of every edition, "Play video, "<title>", <duration>")
    r"|play\s+(?:video|audio|media)\s*[,，،]\s*\S)", _I)
# The marker a page prints for screen readers where a box it lets a reader skip ends: "End
# of" and the box's label ("Most read" ... "End of Most read", "Skip Instagram post" ...
# "End of Instagram post"; "结尾 …", "… نهاية"), before or after the label as the language
# writes it. Every line from the box's label (or the "Skip ..." line naming it) down to
# the marker is the box's: its titles, a consent notice, its buttons (round 13).
BOX_END_WORDS = (
    "end of", "ende von", "ende des", "ende der", "fin de", "fin du", "fin des", "fim de",
    "fim do", "fim da", "final de", "fine di", "einde van", "koniec", "konec", "конец",
    "кінець", "slut på", "sonu", "akhir dari", "akhir", "kết thúc", "hết",
    "mwisho wa", "结尾", "結尾", "结束", "結束", "終わり", "끝", "نهاية", "پایان", "اختتام",
    "समाप्त", "अंत",
)
_BOX_END = spaced_one_of(BOX_END_WORDS, flags=_I)
BOX_END_RE = re.compile(rf"^\s*(?:{_BOX_END})\s*(?P<head>\S.*?)\s*$|"
                        rf"^\s*(?P<tail>\S.*?)\s*(?:{_BOX_END})\s*$", _I)
#: The box's label is this short; its lines between label and marker at most this many.
SKIP_BOX_LABEL_MAX_WORDS = 6
SKIP_BOX_MAX_LINES = 12
#: The "Skip ..." line over the box names its label with at most this many more words.
SKIP_BOX_EXTRA_WORDS = 4
# The mark a Chinese page sets before a picture's caption ("△ 系统架构图", "▲ 活动现场";
# round 14), read on lines of Chinese script only (a Korean story lists with "▲").
CAPTION_OPENING_MARKS = ("△", "▲")
# A question's closing mark in the scripts of the sets (Latin and Cyrillic "?", the
# full-width "？" of Chinese and Japanese, Arabic and Persian "؟", Greek ";" is a semicolon
# too and left out): after a story's furniture a question is a poll's or a title's.
QUESTION_MARKS = ("?", "？", "؟")
# A line cut short by an ellipsis ("... Maszyna nie ro…", a teaser's; "Hamburg: Gespräche
# zum …", an editor's title made of a headline's first words).
ELLIPSIS_END_RE = re.compile(r"\s*(?:\.{3}|…)\s*$")
# ... and an exclamation of at most EXCLAMATION_MAX_WORDS words is a widget's slogan (a
# blog's sign-off, "Have a great start of the week!", is longer), a line closed by a colon
# of at most LABEL_COLON_MAX_WORDS words a widget's label ("Copy the link below:").
EXCLAMATION_MARKS = ("!", "！")
EXCLAMATION_MAX_WORDS = 4
LABEL_COLON_MAX_WORDS = 8
# A post's tags printed one a line between its share bar and a list of other stories'
# headlines are at most this many lines (round 14: "Estados Unidos", "Historia", "URSS").
TAGS_UNDER_BAR_MAX = 8
# The control that enlarges a picture, printed as a line ("写真を拡大", "Enlarge this
# image", "Bild vergrößern"): the short line beside it is the picture's caption.
ENLARGE_LABELS = (
    "enlarge", "enlarge image", "enlarge photo", "enlarge this image", "view larger",
    "click to enlarge", "zoom", "bild vergrößern", "vergrößern", "agrandir", "agrandir l'image",
    "ampliar", "ampliar imagen", "ampliar foto", "ingrandisci", "ingrandisci foto",
    "powiększ", "powiększ zdjęcie", "zvětšit", "vergroten", "förstora", "forstørr", "suurenna",
    "nagyítás", "mărește", "μεγέθυνση", "увеличить", "увеличить фото", "збільшити",
    "büyüt", "perbesar", "phóng to", "写真を拡大", "画像を拡大", "拡大", "拡大する", "放大",
    "点击放大", "點擊放大", "查看大图", "확대", "사진 확대", "크게 보기", "이미지 확대보기", "확대보기",
    # a picture shown full screen
    "öppna bild i helskärm", "visa i helskärm", "helskärm", "fullskärm", "vis i fuld skærm",
    "fuld skærm", "fullskjerm", "vis i fullskjerm", "full screen", "fullscreen", "view fullscreen",
    "vollbild", "im vollbild anzeigen", "plein écran", "pantalla completa", "tela cheia",
    "schermo intero", "volledig scherm", "pełny ekran", "na celou obrazovku", "koko näyttö",
    "teljes képernyő", "ecran complet", "πλήρης οθόνη", "на весь экран", "на весь екран",
    "tam ekran", "layar penuh", "toàn màn hình", "מסך מלא", "ملء الشاشة", "全屏", "全螢幕",
    "全画面", "전체화면", "전체 화면",
    # ... with the verb ("Voir en plein écran": round 31's French regional daily)
    "voir en plein écran", "afficher en plein écran", "view full screen", "view in full screen",
    "ver en pantalla completa", "ver em tela cheia", "visualizza a schermo intero",
    "im vollbild ansehen", "im vollbild öffnen", "bekijk volledig scherm",
    "zobacz na pełnym ekranie", "открыть на весь экран",
    # ... or in the page's gallery ("Open this photo in gallery:", The Globe and Mail's,
    # over each picture's caption; round 52)
    "open this photo in gallery", "open photo in gallery", "open image in gallery",
    "open in gallery", "view in gallery", "in galerie öffnen", "ouvrir dans la galerie",
    "abrir en la galería", "apri nella galleria",
)
ENLARGE_RE = re.compile(r"^(?:\[\+\]|[\s\[(【])*(?:" + one_of(ENLARGE_LABELS, flags=_I)
                        + r")[\s\])】.:…]*$", _I)
#: The control run into its caption after a slash ("Enlarge / Pellet of LK-99 being
#: repelled by a magnet.", Ars Technica's): the caption's line.
ENLARGE_SLASH_RE = re.compile(r"^\s*(?:" + one_of(ENLARGE_LABELS, flags=_I)
                              + r")\s+/\s+(?P<caption>\S.*)$", _I)
#: The longest label of the table, in words: a longer line is no control's.
ENLARGE_LABEL_MAX_WORDS = max(len(label.split()) for label in ENLARGE_LABELS)
#: A caption beside the control is this short.
ENLARGE_CAPTION_MAX_WORDS = 30
#: A control written with this mark ("[+] Enlarge") stands over its picture: its credit
#: and caption follow it, and the line before it is the story's.
ENLARGE_OVER_MARKS = ("[+]",)
# A news agency's or video exchange's name standing alone as a line after a story, as
# video players credit their clip ("ENEX", "APTN", "EBU"): one upper-case token.
AGENCY_TOKEN_RE = re.compile(r"^\s*[A-ZÀ-ÞА-ЯЁ]{2,8}(?:[-/][A-ZÀ-ÞА-ЯЁ]{2,8})?\s*$")


# --- Share and follow lines of any language, by their words ----------------------------------
# A share control printed as a line: a verb "share" opening it ("Jaa artikkeli
# Facebookissa", "Podziel się", "Shpërndaje në", "Partager sur WhatsApp"), then only the
# thing shared, a preposition and networks' names (in any case ending: "Twitterissä",
# "na Facebooku"). At most SHARE_LINE_MAX_WORDS words.
SHARE_VERBS = _romanian_cedillas((
    "share", "share on", "share via", "jaa", "dela", "del", "deel", "delen", "teilen",
    "partager", "partagez", "compartir", "compartilhe", "compartilhar", "partilhe", "partilhar",
    "condividi", "udostępnij", "podziel się", "sdílej", "sdílet", "zdieľaj", "zdieľať",
    "ossza meg", "megosztás", "distribuie", "trimite", "paylaş", "bagikan", "chia sẻ",
    "поделиться", "поделитесь", "поділитися", "поділіться", "сподели", "podijeli", "podeli",
    "deli", "dalintis", "dalīties", "iesaki", "jaga", "shpërndaje", "shpërndaj", "shpërndajeni",
    "κοινοποιήστε", "μοιραστείτε", "שתפו", "שתף", "شارك", "شاركوا", "مشاركة", "اشتراک گذاری",
))
#: What a share line may name besides the verb: the thing shared and a preposition.
SHARE_OBJECTS = frozenset((
    "this", "it", "article", "story", "post", "news", "the", "artikkeli", "artikkelin", "juttu",
    "artikel", "artikeln", "artiklen", "artikkel", "l'article", "cet", "article:", "el",
    "artículo", "la", "noticia", "esta", "artigo", "notícia", "l'articolo", "articolo",
    "artykuł", "článek", "článok", "cikket", "cikk", "articolul", "știrea", "ştirea",
    "haberi", "haber", "ini", "berita", "bài", "viết", "статью", "новость", "новину", "статтю",
    "lajmin", "lajmi", "άρθρο", "το", "bu", "haberi", "šo", "rakstu", "المقال", "الخبر", "مقاله", "خبر", "on", "via", "to", "with",
    # a post called a "publication" or "report" ("Compartilhe essa publicação", round 22)
    "essa", "esse", "este", "publicação", "publicación", "publication", "pubblicazione",
    "matéria", "reportagem",
    "in", "auf", "über", "per", "sur", "par", "en", "por", "no", "na", "su", "em", "på", "op",
    "në", "на", "в", "через", "у", "ile", "di", "trên", "على", "عبر", "في", "به", "در", "se",
))
#: The first letters of networks' and messengers' names, matched at a word's start (the
#: word may go on with a case ending: "Facebookissa", "Twitterze", "WhatsAppie").
NETWORK_STEMS = (
    "facebook", "twitter", "whatsap", "telegram", "linkedin", "pinterest", "reddit", "tumblr",
    "messenger", "viber", "e-mail", "email", "mail", "sähköpost", "e-post", "epost", "e-posta",
    "correo", "courriel", "poczt", "vkontakt", "вконтакт",
    "одноклассник", "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "x",
    "фейсбук", "твиттер", "телеграм", "فيسبوك", "تويتر", "واتساب", "تلغرام", "تيليجرام",
    "فیسبوک", "توییتر", "تلگرام", "واتس",
)
#: ... or closing it, in the languages that put the verb last ("Bu haberi paylaşın").
SHARE_VERBS_LAST = frozenset(("paylaşın", "paylaş", "paylaşabilirsiniz", "シェア", "공유하기"))
SHARE_LINE_MAX_WORDS = 6
SHARE_VERB_RE = re.compile(r"^[\s>»•*|]*(?:" + one_of(SHARE_VERBS, flags=_I) + r")(?!\w)", _I)
NETWORK_WORD_RE = re.compile(r"^(?:" + one_of(NETWORK_STEMS, flags=_I) + r")", _I)

# A follow-us or join-us line: a verb asking the reader to follow the site, opening the line,
# and a network's name in it ("تابعوا أخبار الإمارات من البيان عبر غوغل نيوز", "Kövessen
# minket a Facebookon", "Síguenos en Instagram", "Читайте нас в Telegram"). At most
# FOLLOW_LINE_MAX_WORDS words; a story's sentence about a follower names no network so.
FOLLOW_VERBS = (
    "follow", "follow us", "like us", "join us", "find us", "connect with us", "add", "folgen sie",
    "folge uns", "folgt uns", "suivez", "suivez-nous", "rejoignez-nous", "síguenos", "siga-nos",
    "segue-nos", "acompanhe", "siga", "sigue", "seguici", "seguiteci", "obserwuj", "śledź", "sledujte", "sleduj", "volg ons",
    "volg", "följ", "følg", "seuraa", "kövessen", "kövess", "urmărește", "urmăriți",
    "ακολουθήστε", "подписывайтесь", "следите", "читайте нас", "підписуйтесь", "стежте",
    "слідкуйте", "takip edin", "ikuti", "theo dõi", "تابعوا", "تابعنا", "تابع", "تابعونا",
    "دنبال کنید", "ما را دنبال کنید", "עקבו", "फॉलो करें",
    # "like us" (round 18: "Polub X na Facebooku")
    "polub", "polub nas", "polubcie nas", "zalajkuj", "лайкните", "вподобайте",
)
NETWORK_NAMES = (
    "facebook", "twitter", "instagram", "youtube", "telegram", "whatsapp", "tiktok",
    "linkedin", "google news", "google", "threads", "mastodon", "bluesky", "vkontakte", "viber",
    "snapchat", "pinterest", "flipboard", "вконтакте", "дзен", "телеграм", "фейсбук",
    "غوغل نيوز", "جوجل نيوز", "فيسبوك", "تويتر", "إنستغرام", "انستغرام", "يوتيوب", "تلغرام",
    "تيليجرام", "واتساب", "اینستاگرام", "تلگرام", "توییتر",
    # the Chinese, Japanese and Korean networks and official accounts (round 12: "欢迎扫描…
    # 二维码关注…官方微信", scan the QR code and follow the official WeChat)
    "微信", "微博", "公众号", "公眾號", "抖音", "快手", "今日头条", "小红书", "哔哩哔哩", "二维码",
    "二維碼", "카카오톡", "카카오스토리", "네이버 블로그",
)
FOLLOW_LINE_MAX_WORDS = 14
FOLLOW_VERB_RE = re.compile(r"^[\s>»•*|]*(?:" + one_of(FOLLOW_VERBS, flags=_I) + r")(?!\w)", _I)
#: ... or anywhere in a line of at most FOLLOW_ADDRESSED_MAX_WORDS words that addresses the
#: reader (READER_ADDRESS_RE), or that is no sentence and at most FOLLOW_LINE_MAX_WORDS
#: long; the verbs here include the site's "us" or are orders ("connect with us", "ikuti").
FOLLOW_ANYWHERE = (*FOLLOW_VERBS, "connect with us", "stay connected", "folge uns", "folgen sie uns",
                   "suivez-nous", "síguenos", "seguici", "volg ons", "følg os", "följ oss",
                   "obserwuj nas", "sledujte nás", "bizi takip edin", "ikuti kami", "ikuti",
                   # (Chinese: "follow" with the site's or the reader's word, a bare
                   # "关注" is also "pay attention to")
                   "欢迎关注", "歡迎關注", "关注我们", "關注我們", "请关注", "請關注", "扫码关注",
                   "掃碼關注", "欢迎扫描", "歡迎掃描", "扫描二维码", "掃描二維碼", "长按识别",
                   "扫描上方二维码", "掃描上方二維碼", "扫描下方二维码", "掃描下方二維碼",
                   "長按識別", "讚好", "赞好", "like我們", "like我们", "フォローしてください", "팔로우하세요", "구독하세요")
FOLLOW_VERB_ANYWHERE_RE = re.compile(WORD_START + "(?:" + one_of(FOLLOW_ANYWHERE, flags=_I)
                                     + ")" + WORD_END, _I)
FOLLOW_ADDRESSED_MAX_WORDS = 25
FOLLOW_BARE_MAX_WORDS = 20
#: A follow promo put as a question to the reader ("Folgst du schon X auf Whatsapp?", "Do
#: you follow X on Instagram?"): the verb asked of "you", one row a language (round 25,
#: a Swiss paper's line between a story's paragraphs). A line that ends with "?", names a
#: network (NETWORK_NAMES) and holds one of these, at most FOLLOW_LINE_MAX_WORDS long; a
#: story's question about who follows whom names a third person, not "you".
FOLLOW_QUESTIONS = (
    # en
    r"do\s+you\s+(?:already\s+)?follow", r"are\s+you\s+(?:already\s+)?(?:following|subscribed)",
    r"have\s+you\s+(?:already\s+)?(?:followed|subscribed)",
    # de
    r"folgst\s+du", r"folgen\s+sie\s+(?:uns\s+)?(?:schon|bereits)", r"abonnierst\s+du",
    r"hast\s+du\s+(?:\S+\s+){0,4}abonniert",
    # fr
    r"(?:vous\s+)?suivez-vous", r"tu\s+(?:nous\s+)?suis\s+(?:déjà|deja)", r"es-tu\s+abonné",
    r"êtes-vous\s+abonné",
    # es, pt, it
    r"(?:ya\s+)?(?:nos\s+)?sigues", r"(?:ya\s+)?(?:nos\s+)?sigue\s+usted", r"(?:você\s+)?já\s+(?:nos\s+)?segue",
    r"(?:ci\s+)?segui\s+già", r"ci\s+segui",
    # nl, pl
    r"volg\s+je", r"volgt\s+u", r"(?:czy\s+)?(?:już\s+)?(?:nas\s+)?obserwujesz",
)
FOLLOW_QUESTION_RE = re.compile(r"(?<!\w)(?:" + "|".join(FOLLOW_QUESTIONS) + r")(?!\w)", _I)
#: The pitch right under such a question ("... Abonniere den Whatsapp-Kanal von X und du
#: bekommst ..."): a line naming a network, at most this many words, goes with it.
FOLLOW_PITCH_MAX_WORDS = 60
NETWORK_NAME_RE = re.compile(WORD_START + "(?:" + one_of(NETWORK_NAMES, flags=_I) + r")", _I)

# --- Comment policies and the site's disclaimers --------------------------------------------
# The note a site prints over its readers' comments ("We welcome a lively debate ... read
# our community guidelines", "ترحب شبكة ... بالنقاش ... إرشادات الاستخدام"): a line of at most
# POLICY_LINE_MAX_WORDS words naming comments (COMMENT_WORDS), a rule or policy
# (POLICY_WORDS) and the site or its reader (SITE_WORDS). A story about a network's
# comment policy names no "our site" nor "you".
COMMENT_WORDS = (
    "comment", "comments", "commenting", "commenters", "kommentar", "kommentare",
    "kommentaren", "commentaire", "commentaires", "comentario", "comentarios", "comentário",
    "comentários", "commento", "commenti", "komentarz", "komentarze", "komentáře", "komentáre",
    "kommentarer", "kommentit", "reacties", "hozzászólások", "hozzászólás", "comentarii",
    "σχόλια", "комментарии", "комментариев", "коментарі", "коментарів", "yorumlar", "yorum",
    "komentar", "bình luận", "תגובות", "التعليقات", "تعليقات", "تعليق", "نظرات", "评论",
    "評論", "留言", "コメント", "댓글",
)
POLICY_WORDS = (
    "guidelines", "policy", "policies", "terms", "rules", "moderation", "moderated",
    "netiquette", "richtlinien", "nutzungsbedingungen", "regeln", "règles", "charte",
    "modération", "normas", "reglas", "política", "moderación", "diretrizes", "regras",
    "regole", "moderazione", "regulamin", "zasady", "moderacja", "pravidla", "regels",
    "riktlinjer", "regler", "säännöt", "szabályzat", "reguli", "κανόνες", "правила",
    "модерация", "kurallar", "kebijakan", "aturan", "quy định", "הנחיות", "إرشادات", "سياسة",
    "شروط", "قوانين", "规则", "規則", "条款", "規約", "ガイドライン", "규칙", "정책",
    # (the conduct asked: "Soyez toujours courtois dans vos commentaires.")
    "courteous", "civil", "respectful", "courtois", "courtoise", "respectueux", "cortés",
    "respetuoso", "cortese", "höflich", "règlement", "réglement", "reglamento", "regulamento",
)
SITE_WORDS = (
    "we", "our", "us", "you", "your", "please", "site", "website", "wir", "unsere", "ihre",
    "bitte", "nous", "notre", "vous", "votre", "vos", "nuestro", "nuestra", "usted", "nosso", "nossa",
    "nostro", "nostra", "nasz", "nasze", "prosimy", "náš", "naše", "onze", "vår", "våra",
    "meidän", "oldalunk", "nostru", "мы", "наш", "наши", "ваш", "ми", "наш", "kami", "anda",
    "chúng tôi", "אנו", "האתר", "موقع", "الموقع", "ننصحك", "نرجو", "سایت", "本站", "本网",
    "本網", "サイト", "사이트",
)
POLICY_LINE_MAX_WORDS = 80
# A long policy (round 16: a hundred words and more, "Dear reader, comments are published
# from 9 to 20 ... avoid insults ... comments are published once read and approved"): the
# reader's rules of conduct, read by the same three words and, beside them, comment words
# at least POLICY_LONG_MIN_COMMENT_WORDS times and a word of moderation (approval before
# publication) from POLICY_MODERATION_WORDS; a story's long paragraph about a network's
# moderation names no "you" or "our site" in one line with those.
POLICY_LONG_MAX_WORDS = 220
POLICY_LONG_MIN_COMMENT_WORDS = 3
POLICY_MODERATION_WORDS = (
    "approved", "approval", "moderated", "moderators", "reviewed before", "genehmigt",
    "freigeschaltet", "freischaltung", "moderiert", "approuvés", "approuvé", "validés",
    "modérés", "aprobados", "aprobación", "moderados", "aprovados", "aprovação", "approvati",
    "approvazione", "moderati", "zatwierdzone", "zatwierdzeniu", "moderowane", "schváleny",
    "goedgekeurd", "gemodereerd", "godkända", "godkendt", "godkjent", "hyväksytty",
    "jóváhagyás", "aprobate", "одобрены", "модерации", "схвалені", "модерації", "onaylandıktan",
    "disetujui", "được duyệt", "יאושרו", "الموافقة", "审核", "審核", "承認", "승인",
)
POLICY_MODERATION_RE = re.compile(
    r"(?<!\w)(?:" + spaced_one_of(POLICY_MODERATION_WORDS, flags=_I) + r")", _I)
#: ... and in a line longer than a promo (PROMO_MAX_WORDS), one of these stems first: the
#: comment words of the commonest spellings (a long policy note is met in few languages).
COMMENT_STEMS = ("comment", "kommentar", "coment", "komentar", "تعليق", "коммент")
#: A disclaimer is a line of at most this many words.
DISCLAIMER_MAX_WORDS = 40
COMMENT_WORD_RE = re.compile(r"(?<!\w)(?:" + one_of(COMMENT_WORDS, flags=_I) + r")", _I)
POLICY_WORD_RE = re.compile(r"(?<!\w)(?:" + one_of(POLICY_WORDS, flags=_I) + r")", _I)
SITE_WORD_RE = re.compile(r"(?<!\w)(?:" + one_of(SITE_WORDS, flags=_I) + r")(?!\w)", _I)
# The site's disclaimer over what others wrote ("The views expressed below do not reflect
# those of this site", "الآراء الواردة أدناه لا تعبر عن رأي موقع ..."): one of these phrases
# and one of SITE_WORDS or a word for "below" or "the author" (a story quoting a denial,
# "the remarks do not reflect the views of the government", has neither).
DISCLAIMER_PHRASES = (
    "do not necessarily reflect", "does not necessarily reflect", "do not reflect the views",
    "do not represent the views", "are solely those of", "are those of the author",
    "لا تعبر عن رأي", "لا تعبر بالضرورة", "لا يعبر عن رأي", "لا تعكس", "تعكس وجهات نظر أصحابها",
    "geben nicht die meinung", "spiegeln nicht", "ne reflètent pas", "n'engagent que",
    "no reflejan", "no necesariamente reflejan", "não refletem", "non riflettono",
    "nie odzwierciedlają", "nie muszą odzwierciedlać", "nemusí vyjadřovat",
    "не обязательно отражают", "не отражают", "может не совпадать с мнением",
    "може не збігатися з позицією", "не відображають", "yansıtmayabilir", "yansıtmaz",
    "nem feltétlenül tükrözik", "tidak mencerminkan",
    # a feed's provider disclaimed (round 11: "These news feeds are provided by an
    # independent third party and X is not responsible or liable to you for the same")
    "is not responsible or liable", "not responsible for the content", "übernimmt keine haftung",
    "n'est pas responsable du contenu", "no se hace responsable",
    # a syndicated feed's note (round 16: "This is an automated news feed. The contents have
    # not been selected or edited by X", "... has not been edited by X staff and is
    # auto-generated from a syndicated feed")
    "automated news feed", "have not been selected or edited", "has not been edited by",
    "auto-generated from a syndicated feed",
    # a guest column's note (round 18: "Guest columns ... need not reflect the view of the
    # editors", "... do not necessarily represent ..."): the editors named (SELF words)
    "nicht der meinung der", "nicht die meinung der", "nicht unbedingt die meinung",
    "nicht zwingend die meinung", "nicht notwendigerweise die meinung",
    "do not necessarily represent", "does not necessarily represent",
    "not necessarily those of", "n'engagent pas la rédaction", "n’engagent pas la rédaction",
    "no coinciden necesariamente", "no representan necesariamente",
    "non rappresentano necessariamente", "non riflettono necessariamente",
    "não representam necessariamente",
)
DISCLAIMER_SELF_WORDS = ("below", "author", "authors", "editorial", "unten", "ci-dessous",
                         "abajo", "abaixo", "sotto", "poniżej", "níže", "hieronder",
                         "ниже", "нижче", "aşağıda", "alatt", "أدناه", "أصحابها", "الكاتب",
                         "redaktion", "rédaction", "redacción", "redação", "redazione",
                         "redakcji", "redakce", "редакции", "редакції", "szerkesztőség",
                         "third party", "third-party", "dritter", "dritten", "tiers", "terceros",
                         "feed")
#: A paragraph opening with one of these is quoted speech inside a story ("“The people
#: involved ... do not represent the views of our communities ...”, said the chief"): a
#: site's disclaimer stands alone in its own voice, never in quotation marks.
DISCLAIMER_QUOTE_OPENERS = ('"', "“", "„", "«", "»", "‘", "‚", "”", "「", "『", "‹")
DISCLAIMER_RE = re.compile(one_of(DISCLAIMER_PHRASES, flags=_I), _I)
DISCLAIMER_SELF_RE = re.compile(
    r"(?<!\w)(?:" + one_of((*SITE_WORDS, *DISCLAIMER_SELF_WORDS), flags=_I) + r")(?!\w)", _I)
#: The cheap tests first (see WordKeys): a line none of whose words is one of these holds
#: no comment word, no disclaimer (the longest word of each phrase is its key).
COMMENT_KEYS = WordKeys(COMMENT_WORDS)
DISCLAIMER_KEYS = WordKeys(max(re.findall(r"\w+", w), key=len) for w in DISCLAIMER_PHRASES)


# --- The site's notices around a story, by two words of a row (round 6) ---------------------
# A notice the site prints beside every story names a subject ("comments", "this article",
# "the audio", "privacy policy", "the app") and says something of it ("are closed", "is more
# than 5 years old", "is AI-generated", "you agree", "download"). Each row below is one kind:
# SUBJECT stems (matched at a word's start, so compounds and case endings count:
# "Kommentarfunktionalität", "Ljuduppspelningen", "uygulamasını"), STATE stems anywhere in
# the line, the line at most MAX_WORDS words and, where a story's sentence could name both
# ("the paper closed comments on its site"), the subject among the line's first LEAD words
# (a notice opens with what it is about). Many languages a row; no sentence of any page.
class SiteNotice:
    """One kind of site notice (see above): its two stem lists compiled once."""

    def __init__(self, kind: str, subject: Iterable[str], state: Iterable[str], *,
                 max_words: int, lead: int | None = None, whole: Iterable[str] = (),
                 addressed: bool = False) -> None:
        self.kind = kind
        self.max_words = max_words
        self.lead = lead
        self.addressed = addressed
        whole = tuple(whole)  # (short subjects are whole words: "app" is no "approach")
        self.state = tuple(state)
        self.subject_re = re.compile(WORD_START + "(?:" + spaced_one_of(
            (*subject, *whole), flags=_I,
            after=lambda w: r"(?!\w)" if w in whole else "") + ")", _I)
        self.state_re = re.compile(WORD_START + "(?:" + spaced_one_of(self.state, flags=_I) + ")", _I)

    def found(self, text: str, words: int) -> bool:
        """The line is this kind of notice. A line addressing the reader (READER_ADDRESS_RE)
        may name its subject anywhere ("Für dieses Video benötigen Sie JavaScript"); a row
        marked ``addressed`` needs that address (a consent is the reader's: "you agree")."""
        if words > self.max_words or self.state_re.search(text) is None:
            return False
        reader = READER_ADDRESS_RE.search(text) is not None
        if self.addressed and not reader:
            return False
        head = " ".join(text.split()[:self.lead]) if self.lead and not reader else text
        return self.subject_re.search(head) is not None


#: Comments are closed or switched off ("Die Kommentarfunktion ist deaktiviert", "Comments
#: are closed", "Les commentaires sont fermés", "Kommentarer er lukket").
COMMENTS_CLOSED_SUBJECT = (
    "comment", "kommentar", "kommentti", "kommentoin", "commentaire", "comentario", "comentário",
    "comentari", "commento", "commenti", "komentarz", "komentář", "komentár", "komentar",
    "reactie", "reageren", "hozzászól", "σχόλι", "коммент", "комент", "yorum", "bình luận",
    "תגוב", "تعليق", "التعليق", "评论", "評論", "留言", "コメント", "댓글",
)
COMMENTS_CLOSED = SiteNotice("comments closed", subject=COMMENTS_CLOSED_SUBJECT, state=(
    "closed", "disabled", "turned off", "switched off", "deactivated", "not available",
    "geschlossen", "deaktiviert", "abgeschaltet", "ausgeschaltet", "nicht verfügbar", "fermé",
    "désactivé", "clos", "cerrad", "desactivad", "deshabilitad", "fechad", "desativad",
    "encerrad", "chius", "disattivat", "disabilitat", "zamknięt", "wyłączon", "uzavřen",
    "vypnut", "uzatvoren", "gesloten", "uitgeschakeld", "stängd", "avstängd", "lukket",
    "lukkede", "deaktiver", "stengt", "suljettu", "suljetaan", "lezárt", "kikapcsol",
    "închis", "dezactivat", "κλειστ", "απενεργοποι", "закрыт", "отключен", "закрит",
    "вимкнен", "kapalı", "kapatıl", "ditutup", "dinonaktifkan", "đã đóng", "סגור", "مغلق",
    "معطل", "关闭", "關閉", "締め切", "닫혔", "닫힌", "중단",
), max_words=14, lead=3)
#: The story is old ("This article is more than 5 years old", "Prenez note que cet article
#: publié en 2017 pourrait contenir des informations qui ne sont plus à jour").
#: What a notice about the story calls it ("this article", "Artikel", "本文").
ARTICLE_WORDS = (
    "this article", "this story", "this content", "this page", "article", "artikel", "artikkel",
    "artikkeli", "artiklen", "artikeln", "artículo", "artigo", "articolo", "artykuł", "článek",
    "článok", "cikk", "articol", "άρθρο", "стать", "матеріал", "материал", "makale", "haber",
    "berita", "bài viết", "המאמר", "הכתבה", "المقال", "المادة", "文章", "本文", "記事", "기사",
    "beitrag", "bericht", "nota", "notícia", "noticia", "notizia",
)
ARTICLE_AGE = SiteNotice("article age", subject=ARTICLE_WORDS, state=(
    "years old", "year old", "older than", "out of date", "outdated", "no longer up to date",
    "no longer current", "plus à jour", "obsolète", "ancien", "nicht mehr aktuell", "älter als",
    "veraltet", "jahre alt", "desactualizad", "obsolet", "desatualizad", "non più aggiornat",
    "non è più attual", "verouderd", "niet meer actueel", "ouder dan", "jaar oud", "äldre än",
    "år gammal", "inte längre aktuell", "ældre end", "år gammel", "ikke længere aktuel",
    "eldre enn", "ikke lenger aktuell", "vuotta vanha", "vanhentun", "starszy niż",
    "nieaktualn", "starší než", "neaktuáln", "zastaral", "régebbi", "elavult", "mai vechi",
    "învechit", "παλαιότερ", "ξεπερασμέν", "старше", "устарел", "неактуальн", "застаріл",
    "yıldan eski", "güncel olmayabilir", "güncelliğini", "kedaluwarsa", "tidak lagi",
    "không còn", "ישן", "قديم", "قديمة", "过时", "過時", "年以上前", "古い", "오래된",
), max_words=30, lead=6)
#: An article's audio is machine-read ("Ljuduppspelningen är AI-genererad", "Diese
#: Audioversion wurde künstlich erzeugt", "Listen: AI-generated voice").
AI_AUDIO = SiteNotice("ai audio", whole=("lyd", "voz", "voce", "stem", "hlas", "ses"), subject=(
    "audio", "ljud", "voice", "stimme", "vorlese", "voix", "röst",
    "stemme", "ääni", "głos", "голос", "uppspelning", "uppläsning", "oplæsning", "opplesning",
    "voorlezing", "afspilning", "avspilling",
    "playback", "listen", "lyssna", "lytt", "hören", "anhören", "écout", "escuch", "ouvir",
    "ascolt", "luister", "kuuntele", "posłuchaj", "poslech", "слуша", "слухати", "dinle",
    "dengar", "nghe", "音声", "음성", "듣기", "听", "聽", "podcast", "narrat", "read aloud",
    "text-to-speech", "tekst-til-tale", "音频", "音頻", "语音", "語音",
), state=(
    "ai-generated", "ai generated", "generated by ai", "ai-genererad", "ai-genereret",
    "ai-generert", "ai-gegenereerd", "ki-generiert", "ki generiert", "mit ki", "von einer ki",
    "künstlich", "généré par l'ia", "généré par une ia", "générée par l'ia", "voix de synthèse",
    "synthetic", "synthetisch", "generado por ia", "generada por ia", "gerado por ia",
    "gerada por ia", "generato dall'ia", "generata dall'ia", "sintetic", "syntetisk",
    "tekoäly", "sztuczn", "umělou inteligenc", "umělá inteligence", "искусственн", "штучн",
    "синтез", "yapay zeka", "kecerdasan buatan", "trí tuệ nhân tạo", "בינה מלאכותית",
    "الذكاء الاصطناعي", "人工智能", "人工智慧", "合成音声", "ai音声", "인공지능", "ai 음성",
    "ai-stemme", "ai-röst", "ai voice", "ai-voice", "ai生成", "ai 生成", "ai合成", "ai 合成",
    "ai制作", "ai製作", "ai产生", "ai產生", "generated by an ai", "generated using ai",
    "generated with ai", "created by ai", "created by an ai", "produced by ai",
), max_words=16, lead=4)
#: The reader agrees to the site's privacy policy ("By providing your email address, you
#: ... agree to ... Privacy Policy", "Mit der Anmeldung akzeptieren Sie die
#: Datenschutzerklärung").
PRIVACY_CONSENT = SiteNotice("privacy consent", subject=(
    "privacy", "datenschutz", "confidentialité", "données personnelles", "privacidad",
    "privacidade", "riservatezza", "privacybeleid", "privacyverklaring", "integritet",
    "personuppgift", "personvern", "privatliv", "persondata", "tietosuoja", "prywatności",
    "danych osobowych", "osobních údajů", "osobných údajov", "adatvédel", "confidențialitate",
    "απορρήτου", "конфиденциальност", "персональных данных", "конфіденційн", "gizlilik",
    "kişisel veri", "privasi", "quyền riêng tư", "פרטיות", "الخصوصية", "隐私", "隱私", "個人情報",
    "개인정보",
), addressed=True, state=(
    "agree", "accept", "consent", "akzeptier", "zustimm", "einverstanden", "einwillig",
    "accepte", "acceptez", "consen", "acepta", "aceptas", "concord", "aceit", "accett",
    "acconsent", "akkoord", "ga je akkoord", "godkänn", "accepter", "samtyk", "godtar",
    "hyväksy", "akceptuj", "zgadzasz", "wyrażasz zgodę", "souhlas", "elfogad", "hozzájárul",
    "accepți", "acord", "αποδέχ", "συναιν", "соглаша", "согласи", "приймаєте", "погоджу",
    "kabul", "onay", "menyetujui", "setuju", "đồng ý", "מסכים", "מאשר", "توافق", "الموافقة",
    "同意", "동의",
    # (round 19: the data a form takes "will be processed in accordance with our Privacy
    # Policy", the reader told how, not asked to agree)
    "processed in accordance", "be processed", "verarbeitet", "traitées conformément",
    "traitées selon", "tratados de acuerdo", "tratados conforme", "trattati in conformità",
    "verwerkt in overeenstemming", "przetwarzane zgodnie", "zpracovány v souladu",
    "behandlas i enlighet", "обрабатываются в соответствии", "обробляються відповідно",
    "işlenecektir", "diproses sesuai",
), max_words=45)
#: Get the site's app ("Download the X app", "NTV uygulamasını indirin", "ऐप डाउनलोड करने के
#: लिए QR स्कैन करें"): short, and an order, not a story's sentence about an app.
APP_DOWNLOAD = SiteNotice("app download", whole=("app", "apps", "appen", "appi"), subject=(
    "application", "appli", "aplicación", "aplicativo", "applicazione",
    "aplikacj", "aplikac", "sovellu", "alkalmazás", "aplicați", "uygulama", "приложени",
    "додаток", "застосунок", "aplikasi", "ứng dụng", "ऐप", "एप", "تطبيق", "אפליקציה", "应用",
    "應用", "客户端", "アプリ", "앱",
), state=(
    "download", "install", "qr", "herunterladen", "installieren", "télécharg", "installez",
    "herunter", "descarg", "instala", "baixe", "baixar", "scarica", "pobierz", "stáhn", "stiahn", "lataa",
    "ladda ner", "last ned", "hent", "downloaden", "letölt", "descarcă", "κατεβάστε",
    "скача", "завантаж", "indir", "unduh", "tải", "डाउनलोड", "स्कैन", "حمّل", "حمل", "تحميل",
    "הורידו", "下载", "下載", "ダウンロード", "다운로드", "설치",
), max_words=25)
#: A newsletter box's terms: how often it comes, that one may leave it ("We send this
#: newsletter about once a week; you can unsubscribe at any time", "Šo vēstkopu mēs
#: izsūtīsim aptuveni reizi nedēļā ar iespēju ... atteikties").
NEWSLETTER_TERMS = SiteNotice("newsletter terms", subject=(
    "newsletter", "mailing list", "nyhetsbrev", "nyhedsbrev", "nieuwsbrief", "infolettre",
    "lettre d'information", "boletín", "boletim", "uutiskirje", "hírlevél", "biuletyn",
    "zpravodaj", "buletin", "рассылк", "розсилк", "bülten", "vēstkop", "naujienlaišk",
    "uudiskiri", "ניוזלטר", "النشرة", "电子报", "電子報", "メルマガ", "メールマガジン", "뉴스레터",
    # (a regional site's box: "Every day we'll send you a roundup email ...", "Simply pop
    # your email into the box ... direct to your inbox", "You can unsubscribe from this
    # service at any time"; round 51)
    "roundup email", "round-up email", "your email", "this service",
), state=(
    "once a week", "every week", "weekly", "daily", "every day", "unsubscribe", "opt out",
    "at any time", "wöchentlich", "täglich", "einmal pro woche", "abmelden", "jederzeit",
    "chaque semaine", "quotidien", "désinscri", "à tout moment", "cada semana", "semanal",
    "diari", "darse de baja", "en cualquier momento", "semanalmente", "cancelar", "a qualquer",
    "settimanal", "quotidian", "disiscriv", "in qualsiasi momento", "wekelijks", "dagelijks",
    "uitschrijven", "afmelden", "op elk moment", "varje vecka", "veckovis", "avsluta",
    "när som helst", "hver uge", "ugentlig", "afmeld", "hver uke", "ukentlig", "avmeld",
    "viikoittain", "päivittäin", "peru", "milloin tahansa", "hetente", "naponta", "leiratkoz",
    "co tydzień", "codziennie", "wypisać", "w każdej chwili", "týdně", "denně", "odhlásit",
    "kdykoli", "săptămânal", "zilnic", "dezabona", "еженедельн", "ежедневн", "отписаться",
    "в любой момент", "щотижн", "щоденн", "відписатися", "haftalık", "günlük", "istediğiniz zaman",
    "reizi nedēļā", "katru dienu", "atteikties", "jebkurā brīdī", "kartą per savaitę",
    "atsisakyti", "bet kada", "kord nädalas", "loobuda", "פעם בשבוע", "להסיר", "أسبوعيا",
    "إلغاء الاشتراك", "每周", "每週", "退订", "退訂", "毎週", "配信停止", "매주", "수신 거부",
    "to your inbox",
), max_words=30)
#: A sign-up form's e-mail field and its messages ("Veuillez renseigner votre adresse
#: email", "Your email address is not valid", "Votre inscription a bien été prise en compte
#: avec l'adresse email :"; round 30): the field named, addressed to the reader, with a
#: form's order, its check or its confirmation. A story names an address in a sentence
#: about someone else's ("Police gave an email address for tips").
SIGNUP_FORM = SiteNotice("sign-up form", subject=(
    "email address", "e-mail address", "adresse email", "adresse e-mail", "adresse mail",
    "adresse électronique", "e-mail-adresse", "emailadresse", "dirección de correo",
    "dirección de email", "dirección de e-mail", "indirizzo email", "indirizzo e-mail",
    "endereço de email", "endereço de e-mail", "adres e-mail", "adres email", "e-mailadres",
    "e-postadress", "e-postadresse", "e-mailadresse", "sähköpostiosoite",
), state=(
    "enter", "valid", "invalid", "required", "confirm", "registered", "been added",
    "renseign", "saisi", "prise en compte", "pris en compte", "eingeben", "ungültig",
    "gültig", "erforderlich", "bestätig", "geben sie", "introduce", "válid", "obligatori", "inserisci",
    "insira", "digite", "wpisz", "podaj", "poprawn", "vul", "ongeldig", "geldig", "ange",
    "ogiltig", "syötä",
), max_words=20, addressed=True)
#: The page needs a script to show something ("Du trenger javascript for å se video",
#: "Please enable JavaScript to watch this video").
NEEDS_SCRIPT = SiteNotice("needs script", subject=("javascript", "js"), state=(
    "need", "requir", "enable", "turn on", "trenger", "behöver", "kræver", "krever", "benötig",
    "brauch", "aktivier", "nécessit", "activ", "necesit", "habilit", "requer", "ativ",
    "richied", "abilit", "vereist", "nodig", "inschakel", "wymag", "włącz", "vyžaduj",
    "povol", "zapn", "vaati", "salli", "szükség", "engedélyez", "necesit", "απαιτ",
    "ενεργοποι", "требует", "нужен", "включите", "потрібен", "увімкн", "gerek",
    "etkinleştir", "memerlukan", "aktifkan", "cần", "bật", "צריך", "יש לאפשר", "يتطلب",
    "تفعيل", "需要", "启用", "啟用", "有効", "필요", "활성화",
), max_words=20, lead=4)
#: A request to press the like button ("이 기사가 마음에 들었다면, 좋아요를 눌러주세요", "Wenn
#: Ihnen der Artikel gefällt, drücken Sie auf Gefällt mir").
LIKE_REQUEST = SiteNotice("like request", subject=(
    "like button", "hit like", "click like", "좋아요", "いいね", "gefällt mir", "j'aime",
    "me gusta", "mi piace", "curtir", "polub", "tykkää", "gilla", "synes godt om",
    "нравится", "подобається", "beğen", "点赞", "點讚", "按讚",
), state=(
    "press", "click", "tap", "hit", "눌러", "누르", "押して", "押す", "drück", "klick", "cliqu",
    "puls", "clique", "prem", "klikn", "napsauta", "klicka", "tryk", "нажм", "натисн",
    "tıkla", "klik", "按", "点击", "點擊",
), max_words=15)
#: The reader asked to share the article ("Was this article interesting? Share it!", "Czy ten
#: artykuł był ciekawy? Podziel się nim!", "Hat Ihnen der Artikel gefallen? Teilen Sie
#: ihn!"): the article named among the first words, an order to share it (round 13).
SHARE_REQUEST = SiteNotice("share request", subject=ARTICLE_WORDS, state=(
    "share it", "share this", "please share", "podziel się", "teilen sie", "teile ihn",
    "teile es", "partagez", "partage-le", "compártelo", "compártela", "comparte", "condividilo",
    "condividila", "compartilhe", "partilhe", "deel het", "deel dit", "dela den", "dela gärna",
    "del den", "del gerne", "jaa se", "sdílejte", "zdieľajte", "поделитесь", "поділіться",
    "paylaşın", "paylaş", "bagikan", "hãy chia sẻ", "שתפו", "شاركه", "شاركها", "分享给", "分享給",
    "转发给", "轉發給", "シェアして", "공유해",
), max_words=20, lead=6)
#: When the programme a story comes from airs, with where to catch up on it ("X's Escape from
#: the Deep is broadcast on Friday at 1100 GMT. Or listen again on iPlayer", "Die Sendung
#: läuft am Sonntag, danach in der Mediathek") (round 11): a catch-up phrase, which no story
#: sentence about a broadcast holds, and a word of a programme or a station.
BROADCAST_TIMES = SiteNotice("broadcast times", subject=(
    "broadcast", "programme", "program", "radio", "tv", "television", "channel", "podcast",
    "episode", "series", "sendung", "folge", "émission", "programa", "programma", "emisión",
    "trasmissione", "audycj", "uitzending",
), state=(
    "listen again", "watch again", "catch up on", "catch up with", "iplayer", "on demand",
    "in der mediathek", "in der ard-mediathek", "in der zdf-mediathek", "en replay", "en rediffusion",
    "à la demande", "a la carta", "bajo demanda", "on demand su", "in replica", "em reprise",
    "terugkijken", "terugluisteren",
), max_words=40)
#: A market desk's disclaimer: the story is no investment advice ("This article does not
#: constitute investment advice", "声明：…仅供参考，不构成实质性投资建议", round 12), in the
#: languages of the sets and their neighbours. A story about advice ("the bank gave no
#: investment advice") lacks the denial's words.
INVESTMENT_DISCLAIMER = SiteNotice("investment disclaimer", subject=(
    "investment advice", "financial advice", "investment recommendation", "anlageberatung",
    "anlageempfehlung", "anlagerat", "conseil en investissement", "recommandation d'investissement",
    "conseil financier", "asesoramiento financiero", "recomendación de inversión",
    "consejo de inversión", "asesoría de inversión", "recomendação de investimento",
    "aconselhamento financeiro", "consulenza finanziaria", "consiglio di investimento",
    "raccomandazione di investimento", "beleggingsadvies", "financieel advies",
    "porady inwestycyjnej", "rekomendacji inwestycyjnej", "investiční doporučení",
    "investiční poradenství", "investeringsrådgivning", "sijoitusneuvontaa", "befektetési tanács",
    "recomandare de investiții", "επενδυτική συμβουλή", "инвестиционной рекомендацией",
    "инвестиционным советом", "інвестиційною порадою", "yatırım tavsiyesi", "saran investasi",
    "lời khuyên đầu tư", "ייעוץ השקעות", "המלצה להשקעה", "نصيحة استثمارية", "توصية استثمارية",
    "投资建议", "投資建議", "投资依据", "投資依據", "投资意见", "投資意見", "投資助言", "投資勧誘",
    "투자 권유", "투자 조언",
), state=(
    "not constitute", "does not constitute", "do not constitute", "not intended as",
    "should not be construed", "for information only", "for informational purposes",
    "stellt keine", "stellen keine", "keine anlageberatung", "ne constitue", "ne constituent",
    "no constituye", "no constituyen", "não constitui", "não constituem", "non costituisce",
    "non costituiscono", "vormt geen", "is geen", "nie stanowi", "nie stanowią",
    "nepředstavuje", "není", "utgör inte", "udgør ikke", "utgjør ikke", "ei ole", "nem minősül",
    "nu constituie", "δεν αποτελεί", "не является", "не являются", "не є", "değildir",
    "bukan merupakan", "không phải là", "אינו מהווה", "אינה מהווה", "אין לראות", "لا يشكل",
    "لا تشكل", "不构成", "不構成", "仅供参考", "僅供參考", "不作为", "不作為", "ではありません",
    "아닙니다",
), max_words=60)
#: Where the story ran in the paper, with its page ("A version of this article appeared in
#: print on March 17, 2016, on page F14 of the New York edition", "Dieser Artikel erschien
#: auf Seite 3", round 12): the story named, and the page it ran on (a story may say that
#: it "first appeared in the printed edition": its own line, tests/test_cruft_round7.py).
PRINT_EDITION = SiteNotice("print edition", subject=(
    *ARTICLE_WORDS, "contenido", "conteúdo", "contenu", "contenuto", "inhalt",
), state=(
    # (round 16: the issue named as the paper one, "Este contenido se ha publicado en el
    # número de junio ... en papel", "appears in the July print edition"; a story's "erschien
    # zuerst in der gedruckten Ausgabe" names no page and no paper issue: its own line)
    "print edition", "édition papier", "version papier", "en papel", "edizione cartacea",
    "papieren editie", "wydaniu papierowym",
    # (a magazine's own: "This story ran in the March/April 2012 issue of Mother Jones")
    "ran in the",
    "appeared in print on", "appears in print on", "erschien auf seite", "erschien in der "
    "printausgabe auf seite", "paru en page", "publié en page", "publicado en la página",
    "apareció en la página", "publicado na página", "pubblicato a pagina", "uscito a pagina",
    "verscheen op pagina", "ukazał się na stronie", "vyšel na straně", "опубликован на странице",
    "опубліковано на сторінці", "sayfasında yayımlandı", "dimuat di halaman",
), max_words=45, lead=6)
#: The rest of the article is for subscribers or members ("本文共计1561字 订阅后继续阅读":
#: subscribe to read on; "会员可畅读全文": members read the full text; "Dieser Artikel ist
#: nur für Abonnenten"): Chinese, Japanese and Korean paywalls, whose lines the promo words
#: (read by spaced words) miss, and the same of spaced scripts (round 13).
PAYWALL_NOTICE = SiteNotice("paywall", subject=(
    *ARTICLE_WORDS, "全文", "阅读", "閱讀", "阅览", "閱覽", "续读", "續讀", "続き", "전문",
    "full text", "full story", "volltext", "texte intégral", "texto completo", "testo completo",
    "pełny tekst", "celý článek", "полный текст", "повний текст", "tam metin", "teks lengkap",
), state=(
    "订阅", "訂閱", "会员", "會員", "登录后", "登錄後", "登入後", "付费", "付費", "解锁", "解鎖",
    "購読", "会員限定", "有料会員", "구독", "유료회원", "subscribers only", "for subscribers",
    "members only", "nur für abonnenten", "für abonnenten", "réservé aux abonnés",
    "exclusivo para suscriptores", "solo para suscriptores", "exclusivo para assinantes",
    "riservato agli abbonati", "alleen voor abonnees", "tylko dla subskrybentów",
    "pouze pro předplatitele", "только для подписчиков", "лише для передплатників",
    "sadece abonelere", "khusus pelanggan", "chỉ dành cho",
), max_words=30, lead=6)
#: The reader is asked to turn off an ad blocker ("Wyłącz AdBlock i odśwież stronę", "Bitte
#: deaktivieren Sie Ihren Werbeblocker", "请关闭广告拦截"): round 13.
AD_BLOCK = SiteNotice("ad block", subject=(
    "adblock", "ad block", "ad-block", "ad blocker", "ad-blocker", "werbeblocker",
    "bloqueur de pub", "bloqueador de anuncios", "bloqueador de publicidad",
    "bloqueador de anúncios", "blocco degli annunci", "blocco pubblicit", "advertentieblokk",
    "adblokk", "blokad reklam", "blokowanie reklam", "blokując reklam", "blokování reklam",
    "блокировщик рекла", "блокувальник рекла", "reklam engelle", "pemblokir iklan",
    "chặn quảng cáo", "חוסם פרסומות", "مانع الإعلانات", "广告拦截", "廣告攔截", "广告屏蔽",
    "廣告封鎖", "広告ブロック", "광고 차단",
), state=(
    "disable", "turn off", "switch off", "whitelist", "deaktivier",
    "ausschalt", "abschalt", "désactiv", "desactiv", "desativ", "disattiv", "disabilit",
    "uitschakel", "uitzetten", "wyłącz", "odśwież", "vypn", "deaktiv", "отключ", "вимкн",
    "devre dışı", "kapat", "nonaktifkan", "matikan", "tắt", "כבו", "تعطيل", "أوقف", "关闭",
    "關閉", "关掉", "關掉", "停用", "無効", "オフ", "해제", "끄",
    # (round 16: blocking ads keeps the site from its work, "Blokując reklamy, nie
    # pozwalasz nam tworzyć ...": the reader told what the blocker costs the site)
    "pozwalasz nam", "nie pozwalasz", "you prevent us", "you stop us", "stops us from",
    "keeps us from", "hinderst du uns", "hindern sie uns", "vous nous empêchez",
    "nos impides", "nos impide", "ci impedisci", "nos impede", "weerhoud je ons",
    "не даёте нам", "не даєте нам",
), max_words=30)
#: A player that failed to show its video ("We apologize, but this video has failed to
#: load.", "Das Video konnte nicht geladen werden", "Try refreshing your browser"; round
#: 14: a video player's message pasted after the story).
MEDIA_FAILED = SiteNotice("media failed", subject=(
    "video", "player", "media", "clip", "vidéo", "vídeo", "filmik", "wideo", "видео", "відео",
    "视频", "視頻", "影片", "動画", "동영상", "browser", "navigateur", "navegador", "przeglądark",
), state=(
    "failed to load", "try refreshing", "konnte nicht geladen", "n'a pas pu être chargé", "impossible de charger", "no se pudo cargar", "no se ha podido cargar",
    "não foi possível carregar", "impossibile caricare", "kon niet worden geladen",
    "nie udało się załadować", "nie można odtworzyć", "не удалось загрузить",
    "не вдалося завантажити", "yüklenemedi", "加载失败", "載入失敗", "無法載入", "読み込めません",
    "로드할 수 없", "odśwież przeglądarkę", "actualiza tu navegador", "actualisez",
), max_words=25)
#: The reader's count of articles read this month, a metered site's or a membership box's
#: opener ("You have read 3 of your 5 free articles this month", "Vous avez lu 0 articles sur
#: X ce mois-ci", round 15): the articles named, a month or "free articles", and the reader
#: addressed (a story's "the article ran this month" addresses no one).
READING_METER = SiteNotice("reading meter", subject=ARTICLE_WORDS, state=(
    "this month", "free article", "ce mois-ci", "ce mois", "articles gratuits",
    "diesen monat", "in diesem monat", "kostenlose artikel", "kostenlosen artikel",
    "gratis-artikel", "este mes", "artículos gratuitos", "este mês", "artigos gratuitos",
    "questo mese", "articoli gratuiti", "deze maand", "gratis artikel", "w tym miesiącu",
    "darmowych artykuł", "tento měsíc", "tomto měsíci", "denna månad", "denne måned",
    "tässä kuussa", "ebben a hónapban", "luna aceasta",
    "в этом месяце", "цього місяця", "bu ay", "ücretsiz makale", "bulan ini", "tháng này",
    "本月", "本月已", "今月", "이번 달", "무료 기사",
), max_words=20, lead=6, addressed=True)
#: A summary box's note that a machine wrote it ("Résumé par IA, vérifié par X", "Diese
#: Zusammenfassung wurde mit KI erstellt", "AI-generated summary", round 15): a summary
#: named among the first words (anywhere in a line addressing the reader) and made by AI
#: (the AI words of the machine-read audio's row, and the French and other "by/with AI").
SUMMARY_WORDS = (
    "summary", "summaries", "key points", "résumé", "synthèse", "points clés", "zusammenfassung",
    "das wichtigste in kürze", "resumen", "resumo", "riassunto", "sintesi", "samenvatting",
    "sammanfattning", "sammendrag", "resumé", "podsumowanie", "streszczenie", "shrnutí",
    "zhrnutie", "yhteenveto", "tiivistelmä", "összefoglal", "rezumat", "σύνοψη", "περίληψη",
    "краткое содержание", "резюме", "підсумок", "özet", "ringkasan",
    "tóm tắt", "סיכום", "ملخص", "摘要", "要点", "要點", "要約", "요약", "자동요약",
)
AI_SUMMARY = SiteNotice("ai summary", subject=SUMMARY_WORDS, state=(
    *AI_AUDIO.state, "par ia", "par l'ia", "par l’ia", "par une ia", "grâce à une ia",
    "grâce à l'ia", "grâce à l’ia", "avec l'ia", "avec l’ia", "durch ki", "mithilfe von ki",
    "mit hilfe von ki", "mit künstlicher intelligenz", "ki-gestützt", "con ia", "con la ia",
    "con l'ia", "con l’ia", "dall'ia", "dall’ia", "por ia", "pela ia", "com ia", "met ai",
    "door ai", "przez ai", "za pomocą ai", "pomocí ai", "pomocou ai", "med ai",
    "ai-assisted", "ai assisted", "with ai", "by ai", "using ai",
    # (a portal's machine summary box: "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한
    # 결과입니다.", Daum's; round 51)
    "자동요약", "自动摘要", "自動摘要", "自動要約", "automatically summari", "automatic summary",
    "automatisch zusammengefasst", "automatisch erstellt", "résumé automatique",
    "resumen automático", "riassunto automatico",
), max_words=40, lead=4)
#: A digest offered to the reader ("Recevez tous les soirs un résumé de l'actu", "Get our
#: briefing every morning", round 15): an order to receive it (no verb a story's "the
#: ministry receives a summary" shares) and the digest named among the first words.
DIGEST_OFFER = SiteNotice("digest offer", subject=(
    *SUMMARY_WORDS, "digest", "briefing", "l'essentiel", "l’essentiel", "récap", "recap",
    "das wichtigste", "lo esencial", "l'essenziale", "l’essenziale", "het belangrijkste",
), state=(
    "recevez", "get our", "erhalten sie", "bekommen sie", "reciba", "receba", "ricevi",
    "ricevete", "obdržíte", "dostávejte", "kapja", "primiți", "получайте", "отримуйте",
    "קבלו", "احصل", "احصلوا", "订阅", "訂閱", "받아보세요",
), max_words=25, lead=12)
#: A membership appeal: the site's work or journalism named, and the reader asked to support
#: it or told it stays open to all ("... three good reasons to support our work:", "we keep
#: our journalism open to everyone", round 15), in a short line addressing the reader (the
#: work named as whole words: "our workers" is no appeal's).
MEMBERSHIP_APPEAL = SiteNotice("membership appeal", subject=(), whole=(
    "our work", "our journalism", "our newsroom", "our reporting", "notre travail",
    "notre journalisme", "notre rédaction", "unsere arbeit", "unseren journalismus",
    "unsere redaktion", "nuestro trabajo", "nuestro periodismo", "nossa redação",
    "nosso trabalho", "nosso jornalismo", "il nostro lavoro", "il nostro giornalismo", "ons werk",
    "onze journalistiek", "naszą pracę", "nasze dziennikarstwo", "naši práci", "vårt arbete",
    "vår journalistik", "vores arbejde", "vores journalistik", "vårt arbeid", "työtämme",
    "munkánkat", "munkánk", "munca noastră", "jurnalismul nostru", "нашу работу",
    "нашу журналистику", "нашу роботу", "нашу журналістику", "çalışmalarımızı",
    "gazeteciliğimizi", "kerja kami", "jurnalisme kami",
), state=(
    "support", "soutenir", "soutenez", "ouvert à tous", "accessible à tous", "open to all",
    "open to everyone", "free for everyone", "free for all", "unterstütz", "für alle zugänglich",
    "für alle offen", "frei zugänglich", "apoy", "apoi", "abierto a todos", "aberto a todos",
    "sostene", "sosteni", "aperto a tutti", "steun", "toegankelijk voor iedereen", "wesprz",
    "wspier", "podpoř", "podpor", "stöd", "støt", "tuke", "támogas", "sprijin", "поддерж",
    "підтрима", "destekle", "dukung",
), max_words=30, lead=4, addressed=True)
#: A subscription's perks listed (round 16: "Zéro publicité, fonctions avancées de lecture,
#: contenus exclusifs et plus encore."): no ads first, and exclusive content beside it.
SUBSCRIBER_PERKS = SiteNotice("subscriber perks", subject=(
    "ad-free", "ad free", "no ads", "no advertising", "without ads", "zéro publicité",
    "zéro pub", "sans publicité", "sans pub", "werbefrei", "ohne werbung", "keine werbung",
    "sin publicidad", "sin anuncios", "sem publicidade", "sem anúncios", "senza pubblicità",
    "zero pubblicità", "reclamevrij", "zonder reclame", "bez reklam", "bez reklamy",
    "utan reklam", "uden reklamer", "uten reklame", "mainokseton", "reklámmentes",
    "fără reclame", "без рекламы", "без реклами", "reklamsız", "tanpa iklan", "无广告", "無廣告",
    "広告なし", "광고 없",
), state=(
    "exclusi", "exklusiv", "esclusiv", "ekskluzyw", "exkluzivn", "eksklusiv", "eksklusiiv",
    "yksinoikeu", "exkluzív", "эксклюзив", "ексклюзив", "özel içerik", "eksklusif", "独家",
    "獨家", "限定", "독점",
), max_words=30, lead=3)
#: An order to add the site to the phone's home screen ("Ajoutez X à votre écran d'accueil
#: !", "Add X to your home screen", round 16), addressing the reader.
HOME_SCREEN = SiteNotice("home screen", subject=(
    "home screen", "homescreen", "écran d'accueil", "écran d’accueil", "startbildschirm",
    "homebildschirm", "pantalla de inicio", "schermata home", "schermata iniziale",
    "tela inicial", "ecrã principal", "beginscherm", "startscherm", "ekran główny",
    "ekranu głównego", "plochu", "hemskärm", "startskærm", "startskjerm", "aloitusnäyttö",
    "kezdőképernyő", "ecranul principal", "главный экран", "домашний экран",
    "головний екран", "ana ekran", "layar utama", "màn hình chính", "主屏幕", "主畫面",
    "ホーム画面", "홈 화면",
), state=(
    "add", "ajout", "hinzufüg", "füg", "añad", "agreg", "aggiung", "adicion", "acrescent",
    "voeg", "dodaj", "přidej", "lägg till", "tilføj", "legg til", "lisää", "add hozzá",
    "adaug", "добав", "додай", "ekle", "tambahkan", "thêm", "添加", "加入", "追加", "추가",
), max_words=25, addressed=True)
#: A shop's button closing a row of a price box pasted into an article (a table's row: "1 |
#: Xbox Wireless Controller | 53,99 EUR | Bei Amazon ansehen"): the shop named after the
#: language's "view/buy on", at the row's end.
SHOP_NAMES = ("amazon", "ebay", "otto", "mediamarkt", "saturn", "walmart", "best buy", "target",
              "fnac", "cdiscount", "idealo", "alza", "allegro", "bol.com", "zalando")
_SHOPS = "|".join(re.escape(n).replace("\\ ", r"\s+") for n in SHOP_NAMES)
SHOP_BUTTON_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?:bei|auf)\s+(?:{_SHOPS})\s+(?:ansehen|kaufen|bestellen)"
    rf"|(?:view|buy|shop|see|check(?:\s+(?:the\s+)?price)?)\s+(?:it\s+)?(?:on|at)\s+(?:{_SHOPS})"
    rf"|(?:voir|acheter)\s+sur\s+(?:{_SHOPS})|(?:ver|comprar)\s+en\s+(?:{_SHOPS})"
    rf"|(?:vedi|compra)\s+su\s+(?:{_SHOPS})|(?:bekijk|koop)\s+(?:op|bij)\s+(?:{_SHOPS})"
    rf"|(?:zobacz|kup)\s+na\s+(?:{_SHOPS}))\s*[›»>→]?\s*$", re.IGNORECASE)
#: A price in a row of such a box ("53,99 EUR", "€ 127,99", "$49.99").
PRICE_RE = re.compile(r"(?:[€$£]\s*\d[\d.,]*|\d[\d.,]*\s*(?:EUR|€|USD|\$|GBP|£|CHF|zł|Kč|kr))")

#: The site's disclosure that it earns from its links ("FTC: We use income earning affiliate
#: links", "When you buy through a link on this page, we receive a commission", "Enthält
#: Affiliate-Links: kaufen Sie, erhalten wir eine Provision", round 16): links named, and
#: the site earning from them in the first person (a story about affiliate links says "they"
#: or names the firm).
AFFILIATE_DISCLOSURE = SiteNotice("affiliate disclosure", subject=(
    "affiliate", "link", "links", "partnerlink", "partner-link", "liens", "lien", "enlace",
    "enlaces", "collegament",
    "linki", "odkaz", "länk", "lenke", "lenker", "linkit", "linkek", "legătur", "ссылк",
    "посилан", "bağlantı", "tautan", "liên kết", "链接", "連結", "リンク", "링크",
), state=(
    "we use", "we earn", "we may earn", "we receive", "we may receive", "we get", "we may get",
    "earns us", "wir erhalten", "erhalten wir", "bekommen wir", "wir bekommen",
    "verdienen wir", "nous percevons", "nous touchons", "nous recevons", "nous pouvons percevoir",
    "recibimos", "podemos recibir", "ganamos", "riceviamo", "potremmo ricevere",
    "recebemos", "podemos receber", "otrzymujemy", "możemy otrzymać", "ontvangen wij",
    "ontvangen we", "vi får", "får vi", "vi tjener", "saamme", "kapunk", "primim",
    # (the commission named as the site's, passive: "une commission peut être reversée à
    # Clubic", "a commission may be paid to us")
    "une commission peut", "a commission may",
    "мы получаем", "ми отримуємо", "kazanırız", "kami menerima", "chúng tôi nhận",
), max_words=45)
#: A player's call to listen, pasted as a line ("听新闻，按这里!", "Click here to listen",
#: "Hier klicken zum Anhören", round 16): a word of listening and a "click here".
LISTEN_CALL = SiteNotice("listen call", subject=LISTEN_CALL_WORDS, state=(
    "click here", "tap here", "press here", "hier klicken", "klicken sie hier", "cliquez ici",
    "appuyez ici", "haga clic aquí", "pulse aquí", "clique aqui", "clicca qui", "klik hier",
    "kliknij tutaj", "нажмите здесь", "натисніть тут", "buraya tıklayın", "klik di sini",
    "nhấn vào đây", "按这里", "按這裡", "点这里", "點這裡", "点击这里", "點擊這裡",
    "여기를 누르", "여기를 클릭",
), max_words=12)
#: The programme a story goes with, named under it ("Dieser Beitrag begleitet die Sendung X,
#: Ö1, 25. Oktober 2025", "This article accompanies the programme X", round 16): the story
#: named first and the verb of going with a broadcast (a broadcast's row above needs a
#: catch-up phrase this note lacks).
PROGRAMME_NOTE = SiteNotice("programme note", subject=ARTICLE_WORDS, state=(
    "begleitet die sendung", "begleitet die sendungen", "begleitet die radiosendung",
    "begleitet die fernsehsendung", "ergänzt die sendung", "accompanies the programme",
    "accompanies the program", "accompanies the broadcast", "accompanies the episode",
    "accompagne l'émission", "accompagne l’émission", "acompaña el programa",
    "acompaña la emisión", "acompanha o programa", "accompagna la trasmissione",
    "accompagna il programma", "hoort bij de uitzending", "begeleidt de uitzending",
    "towarzyszy audycji", "doprovází pořad", "hör till programmet", "hører til programmet",
    "сопровождает передачу", "супроводжує передачу",
), max_words=25, lead=3)
#: The reader's rights over the data a form collects, or who controls that data ("You have
#: a right of access, rectification, erasure and portability ...", "Les données ... sont
#: destinées à X, en sa qualité de responsable de traitement", round 16): personal data
#: named, a term of data-protection law (a right or the controller), and the reader
#: addressed (a story on the law, "users may ask for rectification of their data",
#: addresses no one).
DATA_RIGHTS = SiteNotice("data rights", subject=(
    "personal data", "your data", "données", "personendaten", "personenbezogen", "daten",
    "datos", "dati", "dados", "gegevens", "dane", "danych", "údaj", "personuppgift",
    "persondata", "personoplysning", "personopplysning", "henkilötie", "adat", "datele",
    "данны", "дані", "даних", "verileri", "kişisel veri", "information you", "informations",
), whole=("data",), state=(
    "right of access", "right to access", "rectification", "right to erasure", "erasure",
    "portability", "data controller", "controller of", "droit d'accès", "droit d’accès",
    "effacement", "portabilité", "responsable de traitement", "responsable du traitement",
    "auskunftsrecht", "recht auf auskunft", "berichtigung", "löschung", "datenübertragbarkeit",
    "verantwortliche stelle", "verantwortlicher im sinne", "derecho de acceso",
    "rectificación", "supresión", "portabilidad", "responsable del tratamiento",
    "direito de acesso", "retificação", "rectificação", "portabilidade",
    "responsável pelo tratamento", "diritto di accesso", "rettifica", "portabilità",
    "titolare del trattamento", "recht op inzage", "rectificatie", "overdraagbaarheid",
    "verwerkingsverantwoordelijke", "prawo dostępu", "sprostowania", "przenoszenia danych",
    "administratorem danych", "administrator danych", "právo na přístup", "opravu",
    "přenositelnost", "správce osobních", "rätt till tillgång", "rättelse",
    "dataportabilitet", "personuppgiftsansvarig", "berigtigelse", "dataansvarlig",
    "retting", "behandlingsansvarlig", "oikaisu", "siirrettävyys", "rekisterinpitäjä",
    "helyesbítés", "hordozhatóság", "adatkezelő", "rectificare", "portabilitate",
    "operator de date", "исправлени", "переносимост", "оператор персональных",
    "düzeltme", "taşınabilirlik", "veri sorumlusu",
), max_words=100, addressed=True)
#: A paywall's order to unlock the story ("Unlock this article — plus in-depth analysis
#: ...", "Débloquez cet article", "Diesen Artikel freischalten", round 19): the story named
#: among the line's first words and the verb of unlocking (a story's "the court unlocked
#: the files" names no article).
UNLOCK_CALL = SiteNotice("paywall", subject=(
    *ARTICLE_WORDS, "the full article", "the full story", "cet article", "l'article",
    "l’article", "dieser artikel", "diesen artikel", "este artículo", "este artigo",
    "questo articolo", "dit artikel", "ten artykuł", "tento článek", "эту статью", "цю статтю",
    "全文",
), state=(
    "unlock", "débloque", "débloquez", "freischalt", "desbloque", "desbloqueie", "sblocca",
    "ontgrendel", "odblokuj", "odemkněte", "odomknite", "lås upp", "lås op", "lås opp",
    "oldja fel", "deblochează", "разблокир", "розблокуй", "kilidini aç", "mở khóa", "解锁",
    "解鎖", "잠금 해제",
), max_words=25, lead=3)
#: A paywall's condition for reading on ("To read the rest of this story subscribe to X.",
#: "Pour lire la suite, abonnez-vous", "Um weiterzulesen, registrieren Sie sich", round
#: 19): the line opens with reading on and asks the reader to subscribe, log in or join.
READ_ON_CALL = SiteNotice("paywall", subject=(
    "to read the rest", "to read the full", "to continue reading", "to keep reading",
    "to read more of", "pour lire la suite", "pour continuer à lire", "pour lire l'article",
    "pour lire l’article", "um weiterzulesen", "um den artikel", "um diesen artikel",
    "um den ganzen artikel", "para seguir leyendo", "para continuar leyendo", "para leer el",
    "para continuar lendo", "para ler o", "per continuare a leggere", "per leggere il",
    "per leggere l'articolo", "om verder te lezen", "om het artikel", "aby czytać dalej",
    "aby przeczytać", "pro pokračování", "chcete-li číst", "för att läsa vidare",
    "för att fortsätta läsa", "for at læse videre", "for å lese videre", "lukeaksesi",
    "a cikk folytatásához", "pentru a citi", "чтобы продолжить чтение", "чтобы читать дальше",
    "чтобы прочитать", "щоб продовжити читання", "щоб прочитати", "okumaya devam etmek için",
    "untuk membaca", "để đọc tiếp",
), state=(
    "subscribe", "subscription", "log in", "sign in", "sign up", "become a member",
    "abonnez", "abonnement", "abonnier", "abonnent", "registrier", "anmeld", "einlogg",
    "connectez", "suscríb", "suscripción", "inicia sesión", "assine", "assinatura", "abbonat",
    "abbonament", "accedi", "abonneer", "zaloguj", "zasubskrybuj", "wykup",
    "předplať", "přihlas", "prenumerera", "logga in", "abonner", "tilaa", "kirjaudu",
    "fizessen elő", "jelentkezz be", "abonează", "autentifică", "подпиш", "оформите подписку",
    "войдите", "передплат", "увійдіть", "abone ol", "giriş yap", "berlangganan",
    "đăng ký", "đăng nhập",
), max_words=25, lead=6)
#: The note that a section is an archive no longer written ("This is the home of X's blog,
#: which ran from 2009-2025. For our current coverage please visit ...", "Ce blog n'est plus
#: mis à jour", round 19): the blog or section named, its run over or its pages no longer
#: updated, and the reader sent on ("our", "please": a story about a closed blog addresses
#: no one).
ARCHIVED_SECTION = SiteNotice("archived section", subject=(
    "blog", "section", "archive", "site", "page", "column", "rubri", "archiv", "sección",
    "sezione", "rubriek", "sekcja", "sekce", "раздел", "розділ", "bölüm",
), state=(
    "which ran from", "that ran from", "no longer updated", "no longer being updated",
    "is no longer active", "current coverage", "our current", "nicht mehr aktualisiert",
    "wird nicht mehr", "n'est plus mis à jour", "n’est plus mis à jour", "n'est plus alimenté",
    "n’est plus alimenté", "ya no se actualiza", "já não é atualizad", "não é mais atualizad",
    "non è più aggiornat", "wordt niet meer bijgewerkt", "nie jest już aktualizowan",
    "již není aktualizován", "uppdateras inte längre", "opdateres ikke længere",
    "oppdateres ikke lenger", "больше не обновляется", "більше не оновлюється",
    "artık güncellenmiyor",
), max_words=45, lead=8, addressed=True)
#: A comment thread's disclaimer ("The following comments are owned by whoever posted them.
#: We are not responsible for them in any way.", "Die Kommentare geben nicht die Meinung
#: der Redaktion wieder", round 19): comments named, and disowned by the site.
COMMENT_DISCLAIMER = SiteNotice("comment disclaimer", subject=COMMENTS_CLOSED_SUBJECT, state=(
    "owned by whoever posted", "whoever posted them", "not responsible for them",
    "are the responsibility of", "do not reflect the views", "do not necessarily reflect",
    "geben nicht die meinung", "nicht die meinung der redaktion", "ne reflètent pas",
    "n'engagent que leurs auteurs", "n’engagent que leurs auteurs", "no reflejan",
    "son responsabilidad de", "não refletem", "são de responsabilidade", "non riflettono",
    "sono responsabilità", "weerspiegelen niet", "nie odzwierciedlają", "nie ponosi",
    "neodrážejí", "återspeglar inte", "afspejler ikke", "gjenspeiler ikke",
    "не отражают", "не несет ответственности", "не відображають", "yansıtmaz",
    "sorumluluğu yazarına", "tidak mencerminkan",
), max_words=40, lead=8)
#: The comment form's condition ("You must be logged in to post a comment.", "Musisz się
#: zalogować, by dodać komentarz.", "Sie müssen angemeldet sein, um einen Kommentar
#: abzugeben", round 19): comments named among the first words, logging in or
#: registering, and the reader addressed (a story's "users log in to comment" addresses no
#: one).
COMMENT_LOGIN = SiteNotice("comment login", subject=COMMENTS_CLOSED_SUBJECT, state=(
    "logged in", "log in", "login", "sign in", "signed in", "registered", "eingeloggt",
    "einloggen", "angemeldet", "anmelden", "connecté", "connecter", "identifié",
    "identificado", "iniciar sesión", "registrado", "conectado", "logado", "registad",
    "effettuare il login", "loggato", "registrato", "ingelogd", "inloggen", "aangemeld",
    "zalogowa", "zarejestr", "přihlášen", "přihlásit", "prihlásen", "inloggad", "logga in",
    "logget ind", "logget inn", "kirjautun", "bejelentkez", "autentificat", "conectat",
    "авториз", "войти", "зарегистр", "увійти", "зареєстр", "giriş yap", "oturum aç",
    "đăng nhập", "ログイン", "登录", "登入", "登錄", "로그인",
), max_words=30, lead=10, addressed=True)
#: A comment form's invitation and its moderation notice (round 31, dumps22's French weekly:
#: "Partagez votre opinion avec les autres membres du Point.", "Vous ne pouvez plus réagir
#: aux articles suite à la soumission de contributions ne répondant pas à la charte de
#: modération"): the reader's comment or opinion, and sharing it or the moderation rules.
COMMENT_RULES = SiteNotice("comment rules", subject=(
    *COMMENTS_CLOSED_SUBJECT, "réagir", "contribution", "opinion", "opinião", "opinión",
    "opinione", "meinung",
), state=(
    "charte de modération", "modération", "moderation", "moderación", "moderação",
    "moderazione", "community guidelines", "house rules", "netiquette", "partagez votre",
    "share your", "teilen sie ihre", "comparte tu", "compartilhe sua", "condividi la tua",
    "deel je", "deel uw",
    # (round 32: a site's call for the readers' letters, "Feel free to send us your comments
    # and/or criticisms.")
    "send us your", "envoyez-nous vos", "envoyez-nous votre", "envíenos sus", "envíanos tus",
    "envie-nos", "schicken sie uns", "senden sie uns", "inviateci", "stuur ons je",
    "stuur ons uw",
), max_words=30, lead=10, addressed=True)
#: A share-by-e-mail dialog's lines (round 31's French regional daily: "Vous souhaitez partager
#: cet article :", "Merci, l'article a bien été envoyé.", "Si vous souhaitez ajouter plusieurs
#: destinataires, séparez les adresses email par des virgules."): the story or its
#: recipients, and sending it, sent, or the addresses to fill in.
SHARE_BY_MAIL = SiteNotice("share by mail", subject=(
    *ARTICLE_WORDS, "destinataire", "recipient", "empfänger", "destinatario", "destinatário",
    "destinatari", "odbiorc", "ontvanger", "mottagar",
), state=(
    "envoy", "been sent", "be sent", "could not send", "couldn't send", "partager cet",
    "partager l", "séparez", "separate the", "trennen sie", "gesendet", "versendet",
    "verschickt", "enviado", "enviada", "inviato", "inviata", "wysłan", "verzonden",
    "verstuurd", "skickad", "email", "e-mail", "courriel",
), max_words=20, lead=8)
#: A comment form's options under its fields (WordPress's and its translations': "Save my
#: name, email, and website in this browser for the next time I comment.", "Notify me of
#: follow-up comments by email.", "Notify me of new posts by email."; round 32, a Guyanese
#: daily's dump): the reader's comment, name or the site's new posts, and keeping them in
#: the browser or being told of them.
COMMENT_OPTIONS = SiteNotice("comment options", subject=(
    *COMMENTS_CLOSED_SUBJECT, "new posts", "new articles", "neue beiträge", "nouveaux articles",
    "nuevas entradas", "nueva entrada", "novas publicações", "novos posts", "nuovi articoli",
    "nieuwe berichten", "nowych wpisach", "nowe wpisy", "my name", "mon nom", "meinen namen",
    "mi nombre", "meu nome", "il mio nome", "mijn naam", "moje dane",
), state=(
    "notify me", "save my name", "in this browser", "prévenez-moi", "enregistrer mon nom",
    "dans le navigateur", "benachrichtige mich", "in diesem browser", "guarda mi nombre",
    "en este navegador", "recibir un email", "recibir un correo", "notifique-me", "avise-me",
    "salvar meu nome", "neste navegador", "avvisami", "salva il mio nome", "in questo browser",
    "stuur mij", "bewaar mijn naam", "in deze browser", "powiadom mnie", "zapisz moje dane",
    "w tej przeglądarce",
), max_words=25, lead=12)
#: A login box's lines about the reader's password ("Forgot your password? Get help", "Un
#: mot de passe vous sera envoyé par email.", round 33, dumps25's Guinean site): the
#: password, and its being forgotten, reset or sent (a story about stolen passwords says
#: "stolen", "leaked", "hacked", none of these).
LOGIN_BOX = SiteNotice("login box", subject=(
    "password", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "wachtwoord",
    "lösenord", "passord", "adgangskode", "salasana", "hasło", "heslo", "jelszó", "parolă",
    "пароль", "şifre", "şifreni", "kata sandi", "mật khẩu", "パスワード", "密码", "密碼", "비밀번호",
    # ... or the one-time code mailed for it, resent ("Didn't get the code? Resend email",
    # Daily Maverick's)
    "the code", "one-time pin", "one time pin", "verification code", "login code",
    "el código", "le code", "den code", "il codice", "o código", "de code",
), state=(
    "resend", "didn't get", "didn't receive", "did not receive", "reenviar", "renvoyer",
    "erneut senden", "rinvia", "opnieuw versturen",
    "forgot", "forgotten", "lost your", "reset", "recover", "will be sent", "be e-mailed",
    "be emailed", "oublié", "sera envoyé", "récupér", "réinitialis", "olvid", "se te enviará",
    "se le enviará", "recupera", "restablecer", "vergessen", "zurücksetzen", "zugeschickt",
    "wird ihnen", "esquec", "redefinir", "será enviada", "dimenticat", "recupero",
    "verrà inviata", "vergeten", "herstel", "glömt", "glemt", "unohtu", "zapomnia",
    "nie pamiętasz", "zapomněl", "elfelejt", "ai uitat", "забыли", "восстанов", "забули",
    "unuttu", "lupa", "quên", "忘れ", "忘记", "忘記", "잊으",
), max_words=15)
#: An embedded player's or post's consent box: the platform's content is shown only when
#: the reader lets it set its cookies ("An dieser Stelle möchten wir Ihnen ein
#: Youtube-Video zeigen. ... Youtube setzt durch das Einbinden und Abspielen Cookies ...",
#: "To view this content, you need to accept third-party cookies"; round 51): the
#: platform or the external content named, and cookies or tracking, the reader addressed.
EMBED_CONSENT = SiteNotice("embed consent", subject=(
    "youtube", "vimeo", "twitter", "instagram", "tiktok", "facebook", "spotify",
    "soundcloud", "podcast", "video", "vídeo", "vidéo", "embed", "eingebettet",
    "externe inhalt", "externen inhalt", "externer inhalt", "external content",
    "third-party content", "contenu externe", "contenu tiers", "contenido externo",
    "contenuto esterno", "conteúdo externo", "externe inhoud", "extern innehåll",
    "eksternt indhold", "eksternt innhold", "treści zewnętrzn", "externí obsah",
), addressed=True, state=(
    "cookie", "tracked", "getracked", "getrackt", "tracking",
), max_words=70)
#: A widget's content held back by the reader's privacy settings or ad blocker ("Dieser
#: Inhalt von Outbrain kann aufgrund Ihrer Datenschutz-Einstellungen nicht geladen werden",
#: "(Falls dieser Link nicht funktioniert, müssen Sie ggf. Ihre Adblocker-Einstellungen
#: anpassen.)"): the content or its link named, and the settings that hold it back.
BLOCKED_CONTENT = SiteNotice("blocked content", subject=(
    "dieser inhalt", "this content", "ce contenu", "este contenido", "questo contenuto",
    "este conteúdo", "deze inhoud", "dieser link", "this link", "ce lien", "este enlace",
), state=(
    "datenschutz-einstellung", "datenschutzeinstellung", "privacy settings",
    "privacy preferences", "adblock", "ad blocker", "ad-blocker",
    "paramètres de confidentialité", "configuración de privacidad",
    "impostazioni sulla privacy", "privacy-instellingen",
), max_words=30)
#: A subscriber's gift-link box: articles given to friends, the recipient reading free
#: ("Hver måned kan du give adgang til 5 låste artikler.", "Du har givet 0 ud af 0 låste
#: artikler.", "Modtageren kan frit læse artiklen uden at logge ind.", "Artiklen kunne ikke
#: gives videre ...", Jyllands-Posten's; "You have 5 gift articles left this month"): an
#: article word and the giving, in the box's own wording.
GIFT_ARTICLE = SiteNotice("gift article", subject=(*ARTICLE_WORDS, "artikler"), state=(
    "give adgang", "givet", "give flere", "gives videre", "frit læse", "gift article",
    "gift link", "gift this", "gifted", "to gift", "free to read", "read it for free",
    "verschenken", "verschenkt", "geschenkte", "offrir cet", "offrez cet", "article offert",
    "regalar este", "regala este", "regala questo", "regalare questo", "presentear",
    "ge bort", "gi bort", "dela ut", "cadeau",
), max_words=20)
SITE_NOTICES: tuple[SiteNotice, ...] = (BLOCKED_CONTENT,
                COMMENTS_CLOSED, ARTICLE_AGE, AI_AUDIO, PRIVACY_CONSENT, APP_DOWNLOAD,
                NEWSLETTER_TERMS, NEEDS_SCRIPT, LIKE_REQUEST, BROADCAST_TIMES,
                INVESTMENT_DISCLAIMER, PRINT_EDITION, PAYWALL_NOTICE, AD_BLOCK, SHARE_REQUEST,
                MEDIA_FAILED, READING_METER, AI_SUMMARY, DIGEST_OFFER, MEMBERSHIP_APPEAL,
                DATA_RIGHTS, PROGRAMME_NOTE, SUBSCRIBER_PERKS, HOME_SCREEN,
                AFFILIATE_DISCLOSURE, LISTEN_CALL, UNLOCK_CALL, READ_ON_CALL, ARCHIVED_SECTION,
                COMMENT_DISCLAIMER, COMMENT_LOGIN, SIGNUP_FORM, SHARE_BY_MAIL, COMMENT_RULES,
                COMMENT_OPTIONS, LOGIN_BOX, EMBED_CONSENT, GIFT_ARTICLE)
#: A Chinese, Japanese or Korean site's note that a story or a feature is for members
#: ("この記事は会員限定です。", "ご利用には会員登録が必要です。", "建議您加入付費會員"; round
#: 18, cjk18): the story, its reading or the feature named, and members-only, paid
#: membership or registering to it (a story's sentence names a club's "会員" or a
#: newspaper's "記事", not both with these). Sentences too: these notices are polite ones.
#: Paid membership in Chinese only as a call to join it ("加入付費會員"): a story may count
#: a service's paid members and name its reading features in one sentence.
MEMBERS_ONLY_CJK = SiteNotice("paywall", subject=(
    "記事", "文章", "新聞", "新闻", "ニュース", "기사", "뉴스", "続き", "全文", "ご利用", "利用",
    "コメント", "閲覧", "瀏覽", "浏览", "阅读", "閱讀",
    # a reader's feature held for members: clipping or bookmarking the story ("スクラップは
    # 会員限定です")
    "スクラップ", "ブックマーク", "クリップ", "收藏", "스크랩",
), state=(
    "会員限定", "会員登録", "会員の方のみ", "会員向け", "有料会員", "有料デジタル会員",
    "読み放題", "ログインして", "加入付費會員", "加入付费会员", "開通付費會員",
    "开通付费会员", "會員專屬", "会员专属", "会员专享",
    "會員專享", "会员可", "會員可", "회원 전용", "회원전용", "유료 회원", "유료회원", "로그인 후",
), max_words=40)
#: A Chinese, Japanese or Korean site's note that the story is off line or past its time
#: ("この記事は掲載期間が終了しました", "您所瀏覽的新聞已過查詢時效"; round 18, cjk18).
ARTICLE_EXPIRED_CJK = SiteNotice("article age", subject=(
    *ARTICLE_WORDS, "新聞", "新闻", "ニュース", "뉴스", "ページ", "页面", "頁面",
), state=(
    "掲載期間が終了", "掲載期間を過ぎ", "公開期間が終了", "已過查詢時效", "已过查询时效",
    "查詢時效", "查询时效", "게재 기간이 만료", "게재기간이 만료",
), max_words=40)
#: A Chinese, Japanese or Korean newsletter box ("訂閱中央社國際新聞電子報", "メールマガジンで
#: 最新情報をお届け"; round 18, cjk18): the newsletter named and subscribing to it or its
#: delivery.
NEWSLETTER_CALL_CJK = SiteNotice("newsletter terms", subject=(
    "電子報", "电子报", "メルマガ", "メールマガジン", "ニュースレター", "뉴스레터",
), state=(
    "訂閱", "订阅", "購読", "登録", "お届け", "配信", "구독", "신청", "받아보",
), max_words=30)
#: A membership appeal on a condition (round 19: "Si vous croyez en un web gratuit ...,
#: rejoignez X+", "If you value independent journalism, become a member"): the condition
#: opens the line, addressed to the reader, and the line asks to join, support or subscribe.
CONDITIONAL_APPEAL = SiteNotice("membership appeal", subject=(
    "if you believe", "if you value", "if you like", "if you enjoy", "if you appreciate",
    "si vous croyez", "si vous aimez", "si vous appréciez", "si vous tenez à",
    "wenn sie an", "wenn ihnen", "wenn du an", "wenn dir", "si crees", "si usted cree",
    "si valoras", "si te gusta", "se você acredita", "se você valoriza", "se credi",
    "se ti piace", "se apprezzi", "als je gelooft", "als u gelooft", "jeśli wierzysz",
    "jeśli cenisz",
), state=(
    "join", "become a member", "become a subscriber", "subscribe", "support", "rejoignez",
    "abonnez", "soutenez", "devenez", "werden sie", "werde", "unterstütz", "abonnier",
    "únete", "suscríbete", "hazte", "apóya", "apoya", "assine", "apoie", "junte-se",
    "torne-se", "abbonati", "sostien", "diventa", "word lid", "steun", "abonneer",
    "dołącz", "wesprzyj", "zasubskrybuj",
), max_words=40, lead=4, addressed=True)
#: A call to discover a subscription's perks ("Découvrez les nombreux avantages de X+",
#: "Discover all the benefits of X Premium", round 19): the call opens a short line.
PERKS_CALL = SiteNotice("subscriber perks", subject=(
    "découvrez", "discover", "entdecken sie", "entdecke", "descubre", "descubra", "scopri",
    "ontdek", "odkryj", "objevte",
), state=(
    "avantages", "advantages", "benefits", "perks", "vorteile", "ventajas", "beneficios",
    "vantagens", "benefícios", "vantaggi", "voordelen", "korzyści", "výhody",
), max_words=10, lead=1)
#: No comment yet under the story ("Noch kein Kommentar vorhanden.", "No comments yet",
#: "Aucun commentaire pour l'instant"; round 19): the comments named among the first words.
NO_COMMENTS_YET = SiteNotice("comments closed", subject=COMMENTS_CLOSED_SUBJECT, state=(
    "no comments yet", "no comments so far", "noch kein", "noch keine", "bisher kein",
    "bisher keine", "aucun commentaire", "pas encore de commentaire", "todavía no hay",
    "aún no hay", "sin comentarios", "ancora nessun", "nessun commento", "nog geen",
    "geen reacties", "brak komentarzy", "ainda não há", "sem comentários", "ещё нет",
    "еще нет", "пока нет", "henüz yorum", "belum ada",
), max_words=10, lead=4)
#: How to get the rights to reprint or share the story ("企業での記事共有や会議資料への転載・
#: 複製、注文印刷などをご希望の方は、リンク先をご覧ください。", "未经授权不得转载", "Reprints
#: and permissions", "Nachdruckrechte erwerben"; round 28): the story or its content named
#: and the rights' own words, a phrase no story's sentence about reprinting uses.
REPRINT_RIGHTS = SiteNotice("reprint rights", subject=(
    *ARTICLE_WORDS, "記事", "本文", "内容", "內容", "コンテンツ", "content", "inhalt",
    "contenu", "contenido", "conteúdo", "contenuto", "treść", "obsah", "기사",
), state=(
    "転載・複製", "無断転載", "注文印刷", "転載許可", "转载请注明", "轉載請註明",
    "未经授权不得转载", "未經授權不得轉載", "reprints and permissions", "reprints & permissions",
    "reprint rights", "presentation-ready copies", "nachdruckrechte", "droits de reproduction",
    "derechos de reproducción", "무단 전재", "무단전재",
), max_words=40)
#: A call to one who does not subscribe yet ("— Not a subscriber? Join Vanity Fair to
#: receive full access to VF.com ...", "Pas encore abonné ? Abonnez-vous", round 49): the
#: question opens the line, the line asks to join or subscribe.
NOT_SUBSCRIBED_CALL = SiteNotice("subscription call", subject=(
    "not a subscriber", "not yet a subscriber", "not a member", "not yet a member",
    "pas encore abonné", "pas encore abonnée", "pas abonné", "no eres suscriptor",
    "aún no eres suscriptor", "todavía no eres suscriptor", "noch kein abonnent",
    "noch keine abonnentin", "noch nicht abonniert", "non sei abbonato", "non sei ancora abbonato",
    "ainda não é assinante", "não é assinante", "nog geen abonnee",
), state=CONDITIONAL_APPEAL.state, max_words=40, lead=5)
SITE_NOTICES = (*SITE_NOTICES, MEMBERS_ONLY_CJK, ARTICLE_EXPIRED_CJK, NEWSLETTER_CALL_CJK,
                CONDITIONAL_APPEAL, PERKS_CALL, NO_COMMENTS_YET, REPRINT_RIGHTS,
                NOT_SUBSCRIBED_CALL)
# Every row's state words in one test (StemsAtWordStart), and the longest line any row
# takes: a line outside both is no notice of any row, found in one search instead of one a
# row.
SITE_NOTICE_STATES = StemsAtWordStart(w for n in SITE_NOTICES for w in n.state)
SITE_NOTICE_MAX_WORDS = max(n.max_words for n in SITE_NOTICES)
# The site telling the reader what it is, with a pointer to its "about us" page ("... gives
# you the latest news in an objective way. More about us here."): a line of at most
# ABOUT_US_MAX_WORDS words holding one of these and addressing the reader (READER_ADDRESS_RE).
ABOUT_US = (
    "about us", "more about us", "who we are", "über uns", "mehr über uns", "à propos de nous",
    "qui sommes-nous", "quiénes somos", "sobre nosotros", "quem somos", "sobre nós",
    "chi siamo", "over ons", "om oss", "mer om oss", "om os", "mere om os", "meistä",
    "rólunk", "o nas", "o nás", "despre noi", "σχετικά με εμάς", "о нас", "про нас",
    "hakkımızda", "tentang kami", "về chúng tôi", "אודותינו", "من نحن", "关于我们", "關於我們",
    "私たちについて", "회사소개",
)
ABOUT_US_RE = re.compile(r"(?<!\w)(?:" + one_of(ABOUT_US, flags=_I) + r")(?!\w)", _I)
ABOUT_US_STEMS = StemsAtWordStart(ABOUT_US)  # (asked first: most lines stop there)
ABOUT_US_MAX_WORDS = 40
#: Both tables' words in one test, and the longest line either takes: a line where the one
#: search finds none is neither the site's notice nor its "about us" (most lines stop there,
#: in one scan instead of two).
SITE_NOTICE_OR_ABOUT_US = StemsAtWordStart(
    (*ABOUT_US, *(w for n in SITE_NOTICES for w in n.state)))
SITE_NOTICE_OR_ABOUT_US_MAX_WORDS = max(SITE_NOTICE_MAX_WORDS, ABOUT_US_MAX_WORDS)

# A tip line: the newsroom's address and a request to send it news ("Send your stories to
# news@example.com", "Vous avez des renseignements ...? Vous pouvez joindre X par courriel
# à ...", "來稿請寄至 editor@..."): an e-mail address and one of TIP_WORDS in a line of at
# most TIP_LINE_MAX_WORDS words. A reporter's address alone, with an end mark
# ("name@agency.co.kr (END)"), is the story's end matter.
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", _I)
TIP_WORDS = (
    "send", "email us", "e-mail us", "contact", "tip", "tips", "tipoff", "story idea",
    "submit", "submission", "reach", "write to", "get in touch", "envoy", "joindre", "contact",
    "écrivez", "faire parvenir", "renseignements", "schick", "senden", "sende", "schreiben",
    "hinweis", "kontakt", "envíe", "envía", "envie", "escríba", "escrib", "escreva", "contacte",
    "scriv", "invia", "inviate", "segnala", "stuur", "mail ons", "skicka", "tipsa", "mejla",
    "lähetä", "vinkk", "wyślij", "napisz", "pošlete", "napište", "küld", "írjon", "trimite",
    "scrie", "στείλ", "отправ", "пиши", "присыла", "напиш", "надсила", "gönder", "yazın",
    "ihbar", "kirim", "hubungi", "gửi", "liên hệ", "שלחו", "أرسل", "راسل", "投書", "投稿",
    "來稿", "来稿", "寄至", "爆料", "请寄", "請寄", "情報提供", "제보", "보내",
)
TIP_WORD_RE = re.compile(r"(?<!\w)(?:" + spaced_one_of(TIP_WORDS, flags=_I)
                         + ")", _I)
TIP_LINE_MAX_WORDS = 50
END_MATTER_RE = re.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[(\[]?\s*(?:END|끝)\s*[)\]]?)?\s*$",
                           _I)

# --- Pasted cruft of the sixth held-out set's kinds (issue 10) ------------------------------
# Written after seeing heldout6's failures; each is a shape or a table row in many languages,
# never a line of its gold.

#: A box's link to its owner's web site, a label and the address alone ("Website:
#: http://www.neol.jp/", "ウェブサイト: ...", "Homepage: www.example.org"; round 46): the
#: box of a writer or of the magazine that provided the story, whose blurb stands above it.
WEBSITE_LINE_RE = re.compile(
    r"^\s*(?:website|web\s+site|web|homepage|home\s+page|site\s+web|sitio\s+web|webseite|"
    r"internetseite|sito\s+web|ウェブサイト|ホームページ|公式サイト|网站|網站|官网|官網|웹사이트|"
    r"홈페이지)\s*[:：]\s*(?:https?://|www\.)\S+\s*$", _I)
#: A place's fact box inside an article, set tight, one field a line ("18th Street
#: Distillery" / "5417 Oakley Ave. #1, Hammond, Indiana" / "(219) 937-6103" /
#: "18thstreetdistillery.com"): its telephone number alone on a line, and its web address
#: alone on a line (round 47). The box holds at most FACT_BOX_MAX_LINES lines.
FACT_BOX_PHONE_RE = re.compile(r"^\s*(?:\+\d{1,3}\s*)?\(?\d{2,4}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\s*$")
FACT_BOX_WEB_RE = re.compile(
    r"^\s*(?:https?://)?(?:www\.)?[^\W_][\w-]{0,62}(?:\.[\w-]{1,62})*\.[a-z]{2,6}/?\s*$", _I)
FACT_BOX_MAX_LINES = 6

#: How many paragraphs above such a line are read for the box's blurb, and its longest.
WEBSITE_BLURB_REACH = 2
WEBSITE_BLURB_MAX_WORDS = 80

#: A gallery's picture label closed by its counter ("Name of the view [3/10]", "(3/10)").
GALLERY_COUNTER_RE = re.compile(r"[\[(]\s*(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3})\s*[\])]\s*$")
GALLERY_LABEL_MAX_WORDS = 15

#: An agency desk's initials, slash-joined lowercase tokens of 2-4 letters alone on a line
#: ("ab/cde/fg"): the editors' sign-off under a wire story, no story text.
DESK_INITIALS_MAX_WORDS = 8  # (however a slash splits the words)
DESK_INITIALS_RE = re.compile(r"^\s*[a-zà-ÿ]{2,4}(?:\s?/\s?[a-zà-ÿ]{2,4}){1,7}\s*$")

#: A caption written as a plain paragraph closes with a bracket telling where its picture or
#: video came from ("... (Video sent to us by a reader)", "... (One of them sent us this
#: photo.)"): the bracket opens or closes with one of these words.
MEDIA_WORDS = (
    "video", "videos", "photo", "photos", "picture", "pictures", "footage", "image", "images",
    "vidéo", "vidéos", "vídeo", "vídeos", "foto", "fotos", "imagen", "imágenes", "imagem",
    "imagens", "immagine", "immagini", "filmato", "bild", "bilder", "aufnahme", "zdjęcie",
    "wideo", "nagranie", "фото", "видео", "відео", "світлина", "φωτογραφία", "βίντεο",
    "fotoğraf", "görüntü", "gambar", "rekaman", "ảnh", "clip",
)
_MEDIA = one_of(MEDIA_WORDS, flags=_I)
MEDIA_TAIL_RE = re.compile(
    r"\((?:(?:" + _MEDIA + r")\b[^()]{0,100}|[^()]{0,100}\b(?:" + _MEDIA + r")[.!]?)\)\s*\.?\s*$",
    _I)
#: ... and says who made or sent it ("by", "sent", "courtesy", in the languages of the sets):
#: "(pictures coming soon)" closing a blogger's sentence is no credit.
MEDIA_SOURCE_WORDS = (
    "by", "sent", "sends", "courtesy", "credit", "filmed", "shot", "taken", "provided",
    "supplied", "submitted", "shared", "via", "por", "enviado", "enviada", "enviados", "cedido",
    "cedida", "cortesía", "cortesia", "par", "envoyé", "envoyée", "envoyées", "envoyés",
    "transmis", "transmise", "von", "zugesandt", "geschickt", "di", "inviato", "inviata",
    "inviate", "girato", "przesłane", "przesłał", "przesłała", "nadesłane", "autor",
    "от", "прислал", "прислала", "прислали", "снял", "сняла", "надіслав", "надіслала",
    "oleh", "dikirim", "kiriman", "dari",
)
MEDIA_SOURCE_RE = re.compile(r"(?<!\w)(?:" + one_of(MEDIA_SOURCE_WORDS, flags=_I) + r")(?!\w)", _I)
MEDIA_TAIL_MIN_WORDS = 3  # in the bracket: "(Video by Name)"; a bare "(video)" is a link
MEDIA_CAPTION_MAX_WORDS = 40

#: A pointer to the site's own related story, labelled with the site's name ("» READ ON THE
#: SITE: <title>", "Lire sur X : ..."): a verb of reading, a name, a colon, a title.
READ_ON_LABELS = (
    "read on", "read more on", "read it on", "see on", "watch on", "lire sur",
    "à lire sur", "a lire sur", "voir sur", "leer en", "lea en", "lee en", "ver en", "leia no",
    "leia na", "leia em", "veja no", "veja na", "leggi su", "guarda su", "lesen sie auf",
    "lesen sie bei", "mehr bei", "czytaj na", "czytaj w", "читайте на", "читайте в",
    "baca di", "baca juga di",
)
READ_ON_RE = re.compile(
    r"^[\s>»›•*\-–—]*(?:" + spaced_one_of(READ_ON_LABELS, flags=_I)
    + r")\s+[^:\n]{1,50}?\s*:\s*\S", _I)
READ_ON_MAX_WORDS = 30

#: "For more on X, please visit Y": a promo line pointing to the site, in the languages of
#: the sets (the line opens with "for more" and sends the reader to a place by name: a line
#: with an address is an announcement's own, "For more information, visit our website: ...").
MORE_VISIT_RE = re.compile(
    r"^\s*(?:for\s+more\s+(?:on|news|stories|updates)\b.{0,100}?\b(?:visit|go\s+to|head\s+to|check\s+out|log\s+on\s+to)"
    r"|para\s+(?:más|mais)\b.{0,100}?\b(?:visite|visita|acesse|accede|entra\s+en|entre\s+em)"
    r"|pour\s+plus\b.{0,100}?\b(?:visitez|rendez-vous)"
    r"|für\s+mehr\b.{0,100}?\b(?:besuchen)"
    r"|per\s+(?:saperne\s+di\s+)?(?:più|altre)\b.{0,100}?\b(?:visita|visitate))\b", _I)
MORE_VISIT_MAX_WORDS = 25
ADDRESS_IN_LINE_RE = re.compile(r"https?://|www\.|\w@\w|\b[\w-]+\.[a-z]{2,6}/", _I)

#: A prompt to comment, alone in brackets ("(comment on this story below)"): the site's.
COMMENT_PROMPT_MAX_WORDS = 12
COMMENT_CALL_RE = re.compile(r"(?<!\w)(?:" + one_of(COMMENT_CALLS, flags=_I) + r")(?!\w)", _I)

# --- Pasted credits and calls (issue 10, round 10) --------------------------------------
#: A short caption that is no sentence, closed by a bracket naming where its picture came
#: from: a social network ("Name (Instagram Name)") or names joined by slashes with a
#: network or an agency among them ("Name (AGENCY/Facebook/Name)"). At most
#: SOURCE_BRACKET_MAX_WORDS words; a story's sentence ends with its full stop.
SOURCE_BRACKET_MAX_WORDS = 12
SOURCE_BRACKET_RE = re.compile(r"\(\s*(?P<inner>[^()]{2,60}?)\s*\)\s*$")
#: A credit's label glued to the caption's last word (no space: "...добровольцемФото: X",
#: "...the crowdPhoto: X"): a capitalised label right after three lower-case letters
#: (a product's "iPhoto:" has one), then a colon and a name. No sentence glues a label so.
GLUED_LABEL_RE = re.compile(
    r"(?<=[a-zà-ÿа-яё]{3})(?:" + "|".join(sorted(
        {w[:1].upper() + w[1:] for w in PHOTO_LABELS if " " not in w and w.isalpha()},
        key=len, reverse=True)) + r")\s*:\s*[A-ZÀ-ÞА-ЯЁ]")
#: "In <Site> | <title>": a pointer to a sister site's article (the "In" of the languages
#: of the sets, then one to three capitalised words naming the site, then a bar).
SITE_POINTER_INS = ("in", "en", "em", "dans", "auf", "bei", "su", "na", "di", "op", "på")
SITE_POINTER_RE = re.compile(
    r"^\s*(?:" + one_of(SITE_POINTER_INS, flags=_I) + r")\s+"
    r"[A-ZÀ-ÞА-ЯЁ][\w.'’-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w.'’-]*){0,2}\s*\|\s*\S", _I)
SITE_POINTER_MAX_WORDS = 30
#: A call to watch (or read) more glued after a story: a "watch"/"see" verb and "video" in a
#: short line ("Yuk, Simak Juga Video ini!", "Watch the video:", "Tonton videonya"), in the
#: languages of the sets and their neighbours. At most WATCH_CALL_MAX_WORDS words.
WATCH_VERBS = (
    "watch", "see", "simak", "tonton", "saksikan", "lihat", "schauen sie", "sehen sie",
    "regardez", "voir", "mira", "mire", "vea", "assista", "veja", "confira", "guarda",
    "bekijk", "kijk", "zobacz", "obejrzyj", "podívejte", "katso", "titta", "izle",
    "izleyin", "смотрите", "посмотрите", "дивіться", "xem", "देखें", "देखिए", "شاهد",
)
VIDEO_WORDS = ("video", "videos", "vídeo", "vídeos", "videonya", "videó", "wideo", "видео",
               "відео", "वीडियो", "فيديو", "ვიდეო")
WATCH_CALL_MAX_WORDS = 8
#: ... ending as a call does, with "!", a colon or an arrow pointing at the player (a
#: product page's "Watch videos & view photos" is a feature, no call).
WATCH_CALL_ENDS = "!:↓⬇👇"
WATCH_VERB_RE = re.compile(r"(?<!\w)(?:" + one_of(WATCH_VERBS, flags=_I) + r")(?!\w)", _I)
VIDEO_WORD_RE = re.compile(r"(?<!\w)(?:" + one_of(VIDEO_WORDS, flags=_I) + r")(?!\w)", _I)
#: A sign-up call for alerts or a newsletter as a short line with no sentence's end ("Get
#: reporter alerts", "Get daily National news", "Receive breaking news alerts"): a verb of
#: getting, up to three words, then what is sent.
ALERT_CALL_RE = re.compile(
    r"^\s*(?:get|receive|recevez|erhalten\s+sie|recibe|receba|ricevi|dapatkan)\s+"
    r"(?:\S+\s+){0,3}(?:alerts?|news|updates|headlines|newsletters?|alertes|alertas|avisos"
    r"|notifiche|benachrichtigungen|notifikasi)\s*$", _I)
ALERT_CALL_MAX_WORDS = 6
#: A newsletter box's other lines (round 30, Le Point's "Le journal du soir" box in the
#: text): when it comes, a line of nothing else ("Tous les soirs à 18h", "Every morning at
#: 7am", "Jeden Freitag"), and the order to receive it ("Recevez l'information analysée et
#: décryptée par la rédaction"), the imperative opening the line (a story says "receives",
#: "a reçu"), at most NEWSLETTER_BOX_MAX_WORDS.
NEWSLETTER_BOX_RE = re.compile(
    r"^\s*(?:(?:tous\s+les|chaque)\s+(?:soirs?|matins?|jours|midis?|semaines?|lundis?|mardis?|"
    r"mercredis?|jeudis?|vendredis?|samedis?|dimanches?)|"
    r"every\s+(?:morning|evening|day|weekday|week|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|jede[nr]?\s+(?:morgen|abend|tag|woche|werktag|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag)|(?:todos\s+los|cada)\s+(?:días|mañanas|noches|"
    r"tardes|semanas?|lunes|martes|miércoles|jueves|viernes|sábados|domingos)|"
    r"ogni\s+(?:giorno|mattina|sera|settimana|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica)|(?:todas\s+as|todos\s+os)\s+(?:manhãs|noites|dias|semanas))"
    r"(?:\s+(?:à|at|um|a\s+las|alle|às|vers|from|dès)\s+\d{1,2}(?:[:.h]\d{2})?\s*"
    r"(?:h|uhr|am|pm|a\.m\.|p\.m\.)?)?\s*$"
    r"|^\s*(?:recevez|receive|recibe|reciba|receba|ricevi|erhalten\s+sie|otrzymuj|ontvang)\s", _I)
NEWSLETTER_BOX_MAX_WORDS = 20
#: A print edition's section label over a web copy ("from the print edition | Science"),
#: and a blog-share or next-read label alone: page furniture a pasted story carries.
PRINT_EDITION_RE = re.compile(
    r"^\s*(?:from\s+the\s+print\s+edition|aus\s+der\s+(?:print|zeitungs)ausgabe"
    r"|dans\s+l[’']édition\s+imprimée|de\s+la\s+edición\s+impresa|dalla\s+edizione\s+cartacea)"
    r"\s*(?:[|:·•-]|$)", _I)
#: A photo label before a bar instead of a colon ("Imagen | Name, Name"), a line of its own.
PHOTO_LABEL_BAR_RE = re.compile(
    r"^\s*(?:" + spaced_one_of(PHOTO_LABELS, flags=_I) + r")s?\s*\|\s*\S", _I)
#: A picture's credit that is one word or two of its own, no label ("Reprodução" = a
#: screen grab, "Divulgação" = a handout): a line of nothing else credits a picture.
CREDIT_WORDS_ALONE = frozenset((
    "reprodução", "reproducao", "divulgação", "divulgacao", "arquivo pessoal", "reproducción",
    "handout", "courtesy photo", "handout photo", "foto de divulgação",
))
#: The description of a video a "watch the video" call points to, under the call at the end
#: of a story (the player is gone; its title or summary stays), is at most this long.
WATCH_CAPTION_MAX_WORDS = 60
#: ... glued after a story's last sentence in one paragraph ("... said. (ab/jpnn) Yuk,
#: Simak Juga Video ini!"): the call is what follows the last sentence's end or sign-off.
WATCH_CALL_TAIL_RE = re.compile(r"(?<=[.!?)…”\"])\s+(?P<call>[^\s.!?()][^.!?()]{2,80}[!:↓⬇👇])\s*$")
#: A follow line whose networks were icons: the verb opens it and a preposition is left
#: with no network after it ("Follow X on , become a fan on", "Suivez-nous sur").
FOLLOW_ORPHAN_RE = re.compile(
    r"\s(?:on|auf|sur|en|su|em|no|na|op|på|di|в|на)\s*(?:,|$)", _I)
#: A writer's or the site's accounts pasted as a line of their own: a network's name and
#: a handle, nothing else ("Twitter: @name", "Instagram @a | X: @b") (round 11).
NETWORK_HANDLES_RE = re.compile(
    r"^\s*(?:(?:" + one_of((*NETWORK_NAMES, "x"), flags=_I)
    + r")\s*[:：]?\s*@[\w.]{1,30}\s*[|·•,/]?\s*)+$", _I)

# --- Pasted credits, calls and lists by shape (issue 10, round 10b) ----------------------------
#: A photo credit pasted alone as a paragraph, its picture gone: a person's name then the
#: agency after a slash ("Name Name/Agency SMI"), or in brackets the photographer then
#: the paper ("(Name Name / For The Paper)") or a studio named by its trade word. Asked
#: only of lines of at most PASTED_CREDIT_MAX_WORDS words holding "/" or opening with "(".
PASTED_CREDIT_MAX_WORDS = 8
#: The trade words a studio's credit ends with, in the languages of the sets.
STUDIO_WORDS = ("photography", "photographie", "photos", "fotografie", "fotografía",
                "fotografia", "fotografi", "studio", "fotostudio", "фотография",
                "фотостудия", "imaging", "images", "pictures")
_CAP = r"[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’.-]*"
PASTED_CREDIT_RE = re.compile(
    rf"^(?:{_CAP}(?:\s+{_CAP}){{1,3}}\s*/\s*{_CAP}(?:\s+[\w&.-]+){{0,2}}"  # Name Name/Icon SMI
    # an agency's web address then the photographer ("afp.com/Name Name", round 25)
    rf"|[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{{2,6}}\s*/\s*{_CAP}(?:\s+{_CAP}){{1,3}}"
    rf"|\(\s*{_CAP}(?:\s+{_CAP}){{1,3}}\s*/\s*(?:(?i:for)\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}\s*\)"
    rf"|\(\s*[^()]{{2,50}}?\s(?i:" + "|".join(STUDIO_WORDS) + r")\s*\))\s*$")
#: A caption run on into its picture's credit, an agency's name in capitals after a
#: lower-case word of five letters or more with no full stop between ("... con su libro
#: de memorias AP"; round 14): the agency's name must be an outlet of the table. A word
#: as short as "de", "do", "to", "and" or "with" before the name makes it part of the
#: sentence ("a opinião do UOL", "by Reuters, AFP, and AP": a story's credit line). At
#: least AGENCY_TAIL_MIN_WORDS words (a heading "Interview with AP" is shorter).
AGENCY_TAIL_RE = re.compile(
    r"(?<=\s)[^\W\d_A-ZÀ-Þ][^\W\d_]{4,}\s+(?P<agency>[A-ZÀ-ÞА-ЯЁ]{2,8})\s*$")
AGENCY_TAIL_MIN_WORDS = 5
#: A credit label this cleaner's other rules leave: "Crédito:" before slash-joined credits
#: ("Crédito: Reprodução/TV"), at most PASTED_CREDIT_MAX_WORDS words.
CREDIT_LABEL_LINE_RE = re.compile(
    r"^\s*(?i:cr[ée]ditos?|credits?|kredit|crediti|crédits?|créditos? (?:da )?foto|"
    r"fotocredit|bildnachweis|credito)\s*:\s*\S[^.!?]{0,60}$")
#: A call to write in, cut where the address was a link ("Questions? Comments? Email us
#: at"): the phrases such a call ends with, as folded text (lower case, accents kept).
CONTACT_CALL_ENDS = (
    "email us at", "e-mail us at", "write to us at", "contact us at", "mail us at",
    "reach us at", "schreiben sie uns an", "mailen sie uns an", "écrivez-nous à",
    "contactez-nous à", "escríbenos a", "contáctanos en", "scrivici a", "scriveteci a",
    "escreva para nós em", "fale conosco em", "napisz do nas na", "schrijf ons op",
    "mail ons op", "skriv till oss på", "напишите нам на", "пишите нам на",
    "напишіть нам на", "hubungi kami di", "kirim email ke",
)
CONTACT_CALL_MAX_WORDS = 10
#: A donation appeal inside a story's body: a first-person call for help ...
APPEAL_US_PHRASES = (
    "help us", "support us", "donate to us", "give us a hand", "offer us a hand",
    "unterstützen sie uns", "helfen sie uns", "soutenez-nous", "aidez-nous", "apóyanos",
    "ayúdanos", "apoia-nos", "apoie-nos", "sostienici", "aiutaci", "wesprzyj nas", "steun ons",
    "stöd oss", "støtt oss", "поддержите нас", "підтримайте нас", "dukung kami", "bantu kami",
    # the reader asked to give, the site unnamed (round 38: KUT's "please consider making
    # a donation to support it. Your gift pays for ... Thanks for donating today.")
    "consider making a donation", "consider donating", "consider a donation",
    "consider making a gift", "thanks for donating", "thank you for donating",
    "considera hacer una donación", "considere fazer uma doação")
APPEAL_US_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, APPEAL_US_PHRASES)) + r")\b", _I)
#: ... looked for first by their stems (the full pattern tries its every phrase under
#: IGNORECASE at every position of a paragraph; the stems read most lines as lower-cased
#: ASCII, and find every line the pattern finds).
APPEAL_US_STEMS = StemsAtWordStart(APPEAL_US_PHRASES)
#: ... and at least APPEAL_GIVING_MIN of these giving words (a charity's call quoted in a
#: story names one; the site's own appeal names the gift, its size and the way to pay).
APPEAL_GIVING_RE = re.compile(
    r"[$€£]\s?\d+|\d+\s?[€£]|\b(?:gift|donat\w*|contribution|paypal|patreon|spende\w*"
    r"|donación|donaciones|aportación|doação|contribuição|donazione"
    r"|contributo|darowizn\w*|wpłat\w*|пожертвовани\w*|донат\w*|donasi|sumbangan)\b", _I)
APPEAL_GIVING_MIN = 3
APPEAL_MAX_WORDS = 140
#: A related list whose titles each open with the day they ran ("08/01/2014 Title of a
#: story"): a numeric date, then a title with no sentence end ...
DATED_TITLE_RE = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\s+\S")
DATED_TITLE_MAX_WORDS = 25
#: ... in a run of at least this many lines. The same list with the day after each title
#: ("Title May 03, 2010 601 comments »", "Title Monday, Mar. 08, 2010 10:24AM EST"): the
#: line ends in a date, once a counter of the item's replies and a "more" arrow after it
#: are taken off (DATED_TITLE_TAIL_RE). A lone arrow line between such titles (the more
#: link of a group) goes with them.
DATED_TITLE_RUN_MIN = 3
#: ... or the day and time in brackets after the title ("Title (30/12 - 20:06)", round 16).
DATED_TITLE_STAMP_RE = re.compile(
    r"\s\(\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[-–,]?\s*\d{1,2}[:.]\d{2}\s*\)\s*$")
DATED_TITLE_TAIL_RE = re.compile(
    r"(?:\s+\d[\d,.]*\s+(?i:comments?|replies|responses|views|shares|likes))?\s*[»›→]*\s*$")
#: The characters such a tail ends with, besides a space: an arrow, or the last letter of a
#: counter's word in any case ("ſ" is an "s" to IGNORECASE). A line ending otherwise has no
#: tail to take off, and the pattern, tried at its every position, is not asked.
DATED_TITLE_TAIL_ENDS = "»›→sStTſ"
#: A caption printed with its label ("Legende: ... SRF", "Bildlegende: ..."): the label
#: opens the line, a colon after it. Asked only of lines up to CAPTION_LABEL_MAX_WORDS.
CAPTION_LABEL_RE = re.compile(
    r"^\s*(?i:legende|bildlegende|bildunterschrift|légende|leyenda|didascalia|legenda|caption"
    r"|photo caption|bildtext|kuvateksti|onderschrift|подпись к фото|λεζάντα)\s*:\s*\S")
CAPTION_LABEL_MAX_WORDS = 45

# --- The printed page's marks in an export (issue 10, round 20) --------------------------------
#: A press database keeps marks of the printed page that are no story text: the jump to
#: or from another page ("Fortsetzung von Seite 11", "Continued on page A4", "Suite en
#: page 3", "（２面に続く）"), a picture, chart or table the export left out ("◇Title＝表略",
#: "[Table omitted]", "(Grafik nicht dargestellt)"), and the upper-case field naming the
#: page's graphic ("GRAPHIC: Photo ...", "GRAFIK: ..."). Each is a whole line's shape.
_PAGE_JUMPS = (
    r"fortsetzung\s+(?:von|auf)\s+seite", r"continued\s+(?:from|on)\s+page",
    r"suite\s+(?:de\s+la\s+page|en\s+page|page)", r"viene\s+de\s+(?:la\s+)?p[áa]gina",
    r"contin[úu]a\s+en\s+(?:la\s+)?p[áa]gina", r"segue\s+a\s+pagina",
    r"continua\s+(?:da|a)\s+pagina", r"vervolg\s+(?:van|op)\s+pagina",
    r"ciąg\s+dalszy\s+na\s+stronie", r"продолжение\s+на\s+стр(?:анице|\.)?",
)
_FIGURE_WORDS = (r"tables?|graphics?|charts?|photos?|images?|illustrations?|maps?|grafik(?:en)?"
                 r"|tabellen?|fotos?|bild(?:er)?|karten?|tableaux?|graphiques?|tablas?|gráficos?"
                 r"|tabelle|grafici|tabellen|afbeelding(?:en)?")
_FIGURE_LEFT_OUT = (r"omitted|not\s+(?:shown|included|reproduced|available)"
                    r"|nicht\s+(?:dargestellt|übernommen|abgebildet|verfügbar)"
                    r"|non\s+(?:reproduite?s?|disponibles?)|omis(?:es?)?|omitid[oa]s?"
                    r"|omess[oaie]|weggelaten|niet\s+opgenomen")
PRINT_MARK_RE = re.compile(
    r"^[\s►▶→>»(\[（]*(?i:" + "|".join(_PAGE_JUMPS) + r")\s*[A-Z]?\d+[A-Z]?\s*[)\]）.]?\s*$"
    r"|^[\s（(＝→]*[\d０-９]+面(?:に続く|から続く|から)[）)]?\s*$"
    r"|^\s*[(\[]?(?i:continued|fortsetzung|vervolg|продолжение)[)\]]?\s*$"
    r"|^.{0,40}?(?:[＝=]|[（(])\s*(?:表|図|写真|グラフ|地図|図表)略[）)]?\s*$"
    r"|^\s*[\[(]\s*(?i:" + _FIGURE_WORDS + r")\s+(?i:" + _FIGURE_LEFT_OUT + r")\s*[\])]\s*$"
    r"|^(?:GRAPHICS?|GRAFIK|GRAPHIQUES?|GRÁFICO|GRAFICO):\s+\S"
    # (round 23) a Korean paper's print-page mark alone on its line: "5면", "A12면"
    r"|^\s*[A-Z]?\d{1,2}면\s*$",
)
#: Words of a line :data:`PRINT_MARK_RE` is asked of (a printed page's marks are short;
#: the graphic field may list a few pictures).
PRINT_MARK_MAX_WORDS = 25


# --- Pull quotes and writers' bios pasted as paragraphs (issue 10, round 11) ------------------
#: A pull quote repeats at least this many words of the story's body (a shorter repeat may
#: be a phrase the story says twice): in a post's paragraphs and in a flattened page alike.
PULL_QUOTE_MIN_WORDS = 8
#: The dashed attribution under a pull quote ("— Name, chief executive of X"): a dash, then
#: a name; at most PULL_QUOTE_CREDIT_MAX_WORDS words.
PULL_QUOTE_CREDIT_RE = re.compile(r"^\s*[—–―-]{1,2}\s*[^\W\d_]")
PULL_QUOTE_CREDIT_MAX_WORDS = 12
#: A writer's bio at a story's end: the writer's name (two to four words opening with
#: capitals or initials), a verb of the bio, and within a few words a trade of the press
#: ("Jane Doe is a breaking news reporter for X", "Juan Pérez es periodista", "Marie
#: Dupont est journaliste", "Max Muster ist Redakteur"). The trades of the languages of
#: the sets; a story's sentence about a reporter stays unless it stands at the post's end.
BIO_VERBS = ("is", "was", "has been", "is currently", "serves as", "works as",
             "es", "fue", "est", "était", "ist", "war", "é", "foi", "è", "jest", "is een")
BIO_TRADES = (
    "reporter", "journalist", "correspondent", "writer", "editor", "columnist", "contributor",
    "producer", "photographer", "photojournalist", "author", "blogger", "freelancer",
    "periodista", "corresponsal", "redactor", "redactora", "columnista", "editora", "editor",
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur",
    "chroniqueuse", "reporter", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "journalistin", "autor", "autorin", "jornalista", "repórter", "correspondente",
    "giornalista", "corrispondente", "cronista", "dziennikarz", "dziennikarka", "verslaggever",
)
#: ... or, for the writer the post's byline names, a verb of a beat or of a bio alone ("Jane
#: Doe covered Silicon Valley for The Times' business section before ...", "Jane Doe is
#: director of ...").
BIO_BEAT_VERBS = ("covers", "covered", "writes about", "writes for", "wrote for",
                  "reports on", "reported on", "has covered", "has written",
                  # (round 38: "Sarah Moreno cubre temas de negocios, ...")
                  "cubre", "escribe sobre", "escribe para", "couvre", "écrit pour",
                  "berichtet über", "schreibt für", "cobre", "escreve para", "si occupa di",
                  "scrive per",
                  # (round 41: "Madison Weil joined the KESQ News Channel 3 ... in June 2018")
                  "joined", "has joined", "rejoined", "joins", "a rejoint", "rejoint",
                  "se unió a", "ingressou", "entrou para", "kam zu", "ist seit",
                  # (round 49: "Patrick Iber teaches history at ...")
                  "teaches", "taught", "enseigne", "enseña", "insegna", "ensina", "lehrt")
BIO_TRADE_WITHIN_WORDS = 8
_BIO_NAME = rf"(?P<name>(?:[{_UPPER}][\w'’-]*\.?\s+){{1,3}}[{_UPPER}][\w'’-]+)"
BIO_RE = re.compile(
    rf"^\s*{_BIO_NAME}\s+(?:" + one_of(BIO_VERBS) + r")\s+(?:\S+\s+){0,"
    + str(BIO_TRADE_WITHIN_WORDS) + r"}?(?i:" + one_of(BIO_TRADES, flags=_I) + r")s?(?!\w)")
BIO_BEAT_RE = re.compile(
    rf"^\s*{_BIO_NAME}\s+(?:" + one_of((*BIO_BEAT_VERBS, *BIO_VERBS)) + r")\s")
#: The label a bio box prints over the bio ("About Jane", "Über Sunny", "À propos de
#: l'auteur", round 16): "about" and a name of one to three capitalized words, or the
#: writer named by their trade (ABOUT_WRITER_TRADES). The line under it is the bio when it
#: opens with that name (any line, under "About the author").
ABOUT_WORDS = ("about", "über", "à propos de", "a propos de", "sobre", "acerca de",
               "informazioni su", "over", "om", "tietoja", "despre", "hakkında", "о", "про",
               "об")
ABOUT_WRITER_TRADES = ("the author", "the writer", "the reporter", "den autor", "die autorin",
                       "der autor", "l'auteur", "l’auteur", "l'autrice", "l’autrice",
                       "el autor", "la autora", "o autor", "a autora", "l'autore", "l’autore",
                       "de auteur", "de schrijver", "författaren", "forfatteren", "autorze",
                       "autorovi", "авторе", "автора")
ABOUT_WRITER_TRADES_MORE = ("the authors", "die autoren", "les auteurs", "los autores",
                            "gli autori", "os autores", "de auteurs")
_WRITER_TRADE = "(?i:" + spaced_one_of((*ABOUT_WRITER_TRADES, *ABOUT_WRITER_TRADES_MORE),
                                       flags=_I) + ")"
ABOUT_WRITER_RE = re.compile(
    r"^\s*(?:(?i:" + spaced_one_of(ABOUT_WORDS, flags=_I) + r")\s+(?:"
    r"(?P<trade>" + _WRITER_TRADE + r")"
    rf"|(?P<name>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{0,2}}))"
    r"|(?P<bare>" + _WRITER_TRADE + r"))\s*:?\s*$")
#: ... the writer named by their trade alone, as a bio box's heading ("Die Autorin", "The
#: author", "L'auteur", round 18: no "about"): the line under it is the bio only when it
#: opens with a name (BIO_NAME_RE) and tells at most this many sentences.
BARE_WRITER_LABEL_MAX_SENTENCES = 2
BIO_NAME_RE = re.compile(rf"^\s*{_BIO_NAME}(?!\w)")



# --- A page's section and trail furniture pasted after a story (issue 10, round 23) -------
#: The common names of a news site's sections, read as a line of their own (its case,
#: spaces and end marks aside): a page prints its section's label over the headline, and
#: a paste carries it after the story ("Internacional", "Topnews", "Mondo"). Only a line
#: after the story's last paragraph is taken (a story's own sub-heading may be one word).
SECTION_NAMES = frozenset((
    "news", "top news", "topnews", "top stories", "latest news", "breaking news", "world",
    "world news", "international", "national", "politics", "business", "economy", "sports",
    "sport", "culture", "entertainment", "science", "technology", "tech", "health", "opinion",
    "local", "nation", "markets", "lifestyle",
    # a culture site's sections (round 46: "Music" atop UPROXX's menu)
    "music", "movies", "film", "films", "tv", "television", "arts", "books", "travel",
    "food", "style", "fashion", "gaming", "games", "digital", "video", "videos", "photos",
    "internacional", "nacional", "mundo",
    "política", "economía", "deportes", "cultura", "sociedad", "espectáculos", "noticias",
    "actualidad", "economia", "esportes", "notícias", "mondo", "italia e mondo", "cronaca",
    "politica", "esteri", "spettacoli", "attualità", "welt", "inland", "ausland", "politik",
    "wirtschaft", "kultur", "panorama", "nachrichten", "aktuell", "regional", "monde",
    "politique", "économie", "société", "actualités", "international", "wereld",
    "binnenland", "buitenland", "economie", "nieuws", "świat", "kraj", "polityka",
    "gospodarka", "wiadomości", "svět", "domácí", "zahraničí", "ekonomika", "zprávy",
    "мир", "в мире", "политика", "экономика", "общество", "новости", "спорт", "світ",
    "новини", "dünya", "gündem", "ekonomi", "siyaset", "spor", "dunia", "nasional",
    "internasional", "berita", "världen", "inrikes", "utrikes", "nyheter", "verden",
    "innenriks", "utenriks", "国际", "國際", "国内", "國內", "财经", "財經", "体育", "體育",
    "要闻", "要聞", "国際", "政治", "経済", "社会", "국제", "정치", "경제", "사회",
    "주요뉴스", "주요 뉴스", "정치일반", "사회일반", "경제일반", "국제일반", "tin tức",
    "thời sự", "thế giới", "kinh tế", "xã hội", "sức khỏe", "sức khoẻ", "thể thao",
    "văn hóa", "giải trí", "pháp luật", "giáo dục",
))
#: An outlet's name and its section, parted by a guillemet or an arrow, as a portal
#: prints its trail ("News18 »business", "Outlet > World"): the part after the mark is one
#: of SECTION_NAMES, the part before it at most OUTLET_SECTION_MAX_WORDS words.
OUTLET_SECTION_RE = re.compile(r"^\s*(?P<outlet>[^»>›\s][^»>›]*?)\s*[»>›]\s*(?P<section>[^»>›]+?)\s*$")
OUTLET_SECTION_MAX_WORDS = 3
#: "You are here" labels opening a breadcrumb trail pasted as a line ("you are here:
#: HomeNewsBusiness", "Sei in", "Sie sind hier:"), in the sets' languages and their
#: neighbours: the label and what follows it, at most BREADCRUMB_LABEL_MAX_WORDS words.
BREADCRUMB_LABELS = (
    "you are here", "you're here", "sei in", "sei qui", "ti trovi in", "estás en",
    "usted está en", "está en", "você está aqui", "você está em", "sie sind hier",
    "sie befinden sich hier", "sie befinden sich", "vous êtes ici", "vous êtes dans",
    "u bent hier", "jesteś tutaj", "jesteś w", "nacházíte se", "jste zde", "вы здесь",
    "вы находитесь", "ви тут", "ви знаходитесь", "buradasınız", "şu an buradasınız",
    "anda di sini", "anda berada di", "du är här", "du er her", "olet tässä",
)
BREADCRUMB_LABEL_RE = re.compile(
    r"^\s*(?:" + spaced_one_of(BREADCRUMB_LABELS, flags=_I) + r")\s*(?:[:：»>›]|$|\s)", _I)
BREADCRUMB_LABEL_MAX_WORDS = 12
#: A compact date beside the site's bare web address, a theme's stamp pasted as a line
#: ("20200516 https://www.site.com"): a date of figures and an address with no path.
DATE_ADDRESS_RE = re.compile(
    r"^\s*(?:\d{8}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s+(?:https?://)?(?:www\.)?"
    r"[\w-]+(?:\.[\w-]+)+/?\s*$")


# --- Teasers cut short, pasted after a story (issue 10, round 24) ------------------------
#: A listing's "read the story" call closing a teaser's lead cut short: the lead's last
#: word broken off by dots or an ellipsis, then the call ("... о привычках и пов.....
#: Читать новость...", "... the council de... Read full story »"). A story's paragraph is
#: never cut inside a word before such a call; a blog's excerpt is, but under its own
#: title, which is not cut (see ``stories.clean._cut_teasers``).
CUT_MORE_WORDS = (
    *TEASER_MORE_WORDS, "read full story", "read the full story", "read the story",
    "full story", "continue reading", "keep reading", "read article", "read the article",
    "lire l'article", "lire la suite de l'article", "leggi l'articolo", "leggi di più",
    "seguir leyendo", "leer la noticia", "ver más", "ler mais", "continuar lendo",
    "ler a notícia", "weiter", "zum artikel", "mehr lesen", "artikel lesen", "lees verder",
    "czytaj więcej", "czytaj całość", "číst dále", "читать новость", "читать далее",
    "читать полностью", "читать дальше", "читать статью", "читать", "подробности",
    "читати далі", "читати новину", "детальніше", "devamını oku", "haberin devamı",
    "baca selengkapnya", "đọc tiếp", "続きを読む", "繼續閱讀", "继续阅读",
    "詳細", "全文",
)
CUT_MORE_END_RE = re.compile(
    r"[^\W_]\s?(?:\.{2,}|…)[.…]*\s*(?:" + spaced_one_of(CUT_MORE_WORDS, flags=_I)
    + r")\s*(?:\.{2,}|…|[»›>→])*\s*$", _I)
#: The teaser's title above its lead, cut short as the listing prints it: an ellipsis at
#: its end ("Кто убил Лору Палмер?...", "В Челябинске, парень убил свою ...").
CUT_TITLE_END_RE = re.compile(r"(?:\.{3,}|…[.…]*)\s*$")

# --- Labels a paste carries after a story's last paragraph (issue 10, round 24) ---------
#: The type of article a page labels its story with, read as a line of its own right
#: above the page's furniture (see ``stories.clean._tail_label_shaped``): "Новость",
#: "Gastkommentar", "Press digest". (The genre words over a headline are the splitter's
#: ``KICKER_WORDS``; these are the labels a page prints by its story's foot too.)
ARTICLE_TYPE_LABELS = frozenset((
    "news", "news story", "article", "press digest", "press review", "media review",
    "comment", "commentary", "opinion", "guest column", "guest post", "analysis", "editorial",
    "новость", "новина", "статья", "стаття", "обзор прессы", "огляд преси", "мнение",
    "комментарий", "колонка", "аналитика", "nachricht", "meldung", "artikel", "presseschau",
    "kommentar", "gastkommentar", "gastbeitrag", "meinung", "analyse", "kolumne",
    "revue de presse", "article", "tribune", "chronique", "éditorial", "noticia", "notícia",
    "artículo", "artigo", "revista de prensa", "opinión", "opinião", "columna", "notizia",
    "articolo", "rassegna stampa", "commento", "opinione", "editoriale", "bericht",
    "persoverzicht", "opinie", "wiadomość", "artykuł", "przegląd prasy", "komentarz", "opinia",
    "zpráva", "článek", "komentář", "haber", "makale", "yorum", "berita", "artikel opini",
))
#: A newspaper's name with its town in brackets, as a portal credits the paper it carries
#: ("The Daily Observer (Banjul)", "Vanguard (Lagos)"): capitalised words, then one to
#: three capitalised words in brackets, nothing else.
OUTLET_PLACE_RE = re.compile(
    r"^\s*(?:The\s+)?[A-ZÀ-Þ][\w.'’&-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’&-]*|of|de|du|la|el|y|and|&)){0,4}"
    r"\s*\(\s*[A-ZÀ-Þ][\w'’.-]+(?:[\s-]+[A-ZÀ-Þ][\w'’.-]+){0,2}\s*\)\s*$")

#: A box's "see more" button naming the box's label ("뉴스타파 헤드라인 더보기", "More Top
#: Stories", "Mehr Schlagzeilen"): the label before or after one of these calls. With the
#: label alone on a line above it, everything between the two is the box (see
#: ``stories.clean._closed_boxes``).
BOX_MORE_CALLS = ("더보기", "더 보기", "more", "see more", "view more", "show more", "mehr",
                  "plus de", "voir plus", "ver más", "más", "altri", "więcej", "ещё", "еще",
                  "もっと見る", "もっとみる", "查看更多", "更多")
#: ... at most this many lines between the label and its button.
BOX_MAX_LINES = 16
#: A Korean portal's note on the section the outlet filed the article in ("이 기사는 언론사에서
#: 사회 섹션으로 분류했습니다."), pasted with the portal's reading tools.
SECTION_FILED_RE = re.compile(r"^\s*이 기사는 언론사에서 \S.{0,20}? 섹션으로 분류했습니다\.?\s*$")
