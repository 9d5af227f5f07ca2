"""Furniture pasted as plain paragraphs, of the kinds the sixth held-out set showed (issue
10; the rules were written after seeing that set's failures): a gallery's picture label
with its counter ("View [3/10]"), an agency desk's initials alone on the last line
("ab/cde/fg"), a caption closed by a bracket saying who sent or made its video or photo, a
pointer "» READ ON THE SITE: <title>", "For more on X, please visit Y", a prompt to comment
alone in brackets, a follow line with the verbs "acompanhe"/"siga"/"sigue", and a lead
opened by the site's domain ("example.com, PLACE - ...") kept as the story's lead.

Each shape is tested in several languages, beside story lines of the same shape that must
stay. The lines are invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, IMAGE, TEXT, Block
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


@pytest.mark.parametrize("line", [
    "Browser 7.0b1 [1/8]", "Neue Startseite im Browser [2/8]", "La nueva barra (Windows) [3/12]",
    "Вид главного меню [4/9]", "Menu principale (5/6)",
])
def test_gallery_labels_with_counters_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "The vote passed by 12 to 3 [12/3].",  # a sentence, and the counter runs past its total
    "The shares rose in the session (see table 2/4) after the report on Monday.",
])
def test_counters_in_story_lines_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", ["ap/kam/bfi/an/eg", "jm/mb", "sr/ll/dg"])
def test_desk_initials_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", ["km/h", "and/or were the words", "Ap/Kam"])
def test_slash_words_stay(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Protesters gather in the square. (Video sent to our team by one of the protesters)",
    "A banner on the bridge. (One of the marchers sent us this photo.)",
    "Les manifestants devant la mairie. (Vidéo envoyée par un lecteur)",
    "Los vecinos cortan la carretera (Vídeo enviado por un lector).",
    "Die Straße nach dem Sturm. (Foto von einem Leser zugesandt)",
])
def test_captions_with_a_media_credit_bracket_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "I gave it a custom paint job (pictures coming soon).",
    "He posted the clip on his channel (watch the video).",
    ("The council met on Monday to discuss the flooding in the lower town. Residents "
     "described water rising to the first floor within an hour. Engineers said the old "
     "drains could not cope. The mayor spoke later. (Video sent to our team by a reader)"),
])
def test_story_lines_with_a_media_bracket_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    ">> READ ON THE OBSERVERS: Migrants cross the jungle on foot",
    "» Lire sur Le Site : Les migrants traversent la jungle",
    "Leia no Jornal: Migrantes atravessam a selva",
    "Baca di Situs Kami: Migran menyeberangi hutan",
])
def test_read_on_pointers_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Read on: the rest of the report explains why the plan failed.",
    "He read on the radio: a statement from the ministry about the talks.",
])
def test_read_sentences_stay(line: str) -> None:
    out = roles([PARA, line, PARA2])
    assert out[0] == TEXT and out[2] == TEXT
    assert out[1] == TEXT or line.startswith("Read on:")


@pytest.mark.parametrize("line", [
    "For more on news and sport from around the country please visit Example News.",
    "Para más noticias de la región, visite Ejemplo Noticias.",
    "Pour plus d'actualités, rendez-vous sur Exemple Info.",
])
def test_more_visit_promos_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "For more information, please visit our website: http://summer-school.example.org/",
    "For more than a decade, residents have asked the council to visit the site.",
])
def test_more_sentences_and_addresses_stay(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "(puedes comentar esta información más abajo)", "(Add a comment below)",
    "[Kommentieren Sie diesen Artikel unten]",
])
def test_bracketed_comment_prompts_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


def test_comment_word_in_a_story_bracket_stays() -> None:
    line = ("(The ministry declined to comment on the report when asked on Monday by "
            "reporters from three newspapers in the capital.)")
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "📲 Confira as últimas notícias 📲 Acompanhe a Rádio Exemplo no Facebook e no Instagram",
    "Siga a Rádio Exemplo no Instagram e no Twitter",
    "Sigue a Ejemplo Diario en Facebook e Instagram",
])
def test_follow_lines_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


def test_site_dateline_lead_after_a_picture_stays() -> None:
    # a lead closing with a date would read as a wire caption under the picture; the
    # site's domain and the place in capitals before it make it the story's dateline
    lead = ("example.com, JAKARTA - Anggota DPR mendorong pemerintah agar melanjutkan "
            "kebijakan pembatasan kegiatan masyarakat sampai 17 Agustus 2021.")
    blocks = [Block(text="", role=IMAGE, alt="A photo"), *dump_blocks("\n\n".join([lead, PARA]))]
    classify(blocks)
    assert [b.role for b in blocks[1:]] == [TEXT, TEXT]
    plain = ("Anggota DPR mendorong pemerintah agar melanjutkan kebijakan pembatasan "
             "kegiatan masyarakat sampai 17 Agustus 2021.")
    blocks = [Block(text="", role=IMAGE, alt="A photo"), *dump_blocks("\n\n".join([plain, PARA]))]
    classify(blocks)
    assert blocks[1].role == CRUFT  # the same line without the dateline: a dated caption
