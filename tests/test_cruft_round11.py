"""Cruft pasted into a story as plain paragraphs when a page's post is rendered by a real
theme (issue 10, round 11), by shape: a pull quote repeating the body and its dashed
attribution, a writer's bio at the end, a network's handle alone, a related list's label
with the titles and leads under it ("ALSO", "More to Read", "Related Posts", "À lire
aussi"), a label over bullet-joined titles in one line, a "[Related: ...]" line, and a
download link left alone.

Each shape is tested beside story lines of a like shape that must stay. The lines are
invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions in the region.")
QUOTED = ("“We will not spend more than we earn — that would be reckless. Having money in the "
          "bank does not mean we have to use it,” the chief executive said on a call.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")
PARA3 = ("Analysts expect the agreement to be signed before the end of the year, although "
         "several points of the text remain open and could still delay it.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


def test_a_pull_quote_and_its_attribution_go() -> None:
    pull = ("We will not spend more than we earn -- that would be reckless. Having money in "
            "the bank does not mean we have to use it.")
    assert roles([PARA, QUOTED, PARA2, pull, "— Jane Roe, chief executive of Example",
                  PARA3]) == [TEXT, TEXT, TEXT, CRUFT, CRUFT, TEXT]


def test_a_pull_quote_above_the_passage_it_repeats_goes() -> None:
    pull = "Having money in the bank does not mean we have to use it."
    assert roles([PARA, PARA2, pull, PARA3, QUOTED]) == [TEXT, TEXT, CRUFT, TEXT, TEXT]


def test_a_line_right_beside_the_paragraph_it_repeats_stays() -> None:
    line = "Having money in the bank does not mean we have to use it."
    assert roles([PARA, PARA2, QUOTED, line, PARA3])[3] == TEXT


def test_a_statement_quoted_then_printed_whole_stays() -> None:
    one = ("As this concerns a citizen of another country, the government has informed its "
           "embassy of the arrest, as the usual process requires.")
    two = "As this is a live investigation I have no further information on the arrest."
    whole = f"He said: “{one} {two} I will provide a further update in due course.”"
    assert roles([PARA, whole, PARA2, one, two, PARA3]) == [TEXT] * 6


@pytest.mark.parametrize("line", [
    "Having money in the bank … does not mean we have to use it.",  # an excerpt
    "bank does not mean we have to use it",  # no sentence (a list's or a table's line)
])
def test_repeats_of_other_shapes_stay(line: str) -> None:
    assert roles([PARA, QUOTED, PARA2, line, PARA3])[3] == TEXT


def test_an_opening_standfirst_the_body_repeats_stays() -> None:
    standfirst = "Both sides had agreed to keep the channel open despite the tensions."
    assert roles([standfirst, PARA, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("bio", [
    "Jane K. Roe is a breaking news reporter for Example News.",
    "John Doe is an award-winning journalist and the author of several books.",
    "María Pérez es periodista y corresponsal en Bruselas.",
    "Marie Dupont est journaliste au service politique.",
    "Max Muster ist Redakteur im Ressort Wirtschaft.",
])
def test_a_writers_bio_at_the_end_goes(bio: str) -> None:
    assert roles([PARA, PARA2, bio]) == [TEXT, TEXT, CRUFT]


def test_two_bios_at_the_end_go() -> None:
    assert roles([PARA, PARA2, "Jane Roe is a reporter for Example News.",
                  "John Doe is a producer for Example News."]) == [TEXT, TEXT, CRUFT, CRUFT]


@pytest.mark.parametrize("line", [
    "John Doe is a reporter who covered the war for twenty years before he retired.",
    "The minister is a former reporter.",
])
def test_a_sentence_about_a_reporter_in_the_body_stays(line: str) -> None:
    assert roles([PARA, line, PARA2, PARA3]) == [TEXT, TEXT, TEXT, TEXT]


def test_a_beat_bio_goes_only_for_the_bylines_writer() -> None:
    beat = ("Jane Roe covered the technology industry for the paper's business section "
            "before leaving in 2018.")
    assert roles([PARA, PARA2, beat])[-1] == TEXT  # no byline names her
    assert roles(["By Jane Roe", PARA, PARA2, beat])[-1] == CRUFT


@pytest.mark.parametrize("line", [
    "Twitter: @janeroe", "Instagram @example_news | X: @examplenews", "Telegram: @example.news",
])
def test_a_network_handle_alone_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


def test_a_sentence_naming_a_handle_stays() -> None:
    line = "The company said on Twitter, where it posts as @example, that it would appeal."
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("label", ["ALSO", "More to Read", "Related Posts"])
def test_titles_under_a_bare_label_go(label: str) -> None:
    lines = [PARA, PARA2, label, "Regulators open an inquiry into the payment service",
             "Chief executive could get $55 million in severance pay"]
    assert roles(lines) == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]


def test_a_line_opening_with_also_stays() -> None:
    line = "Also on the agenda:"
    assert roles([PARA, line, "Fishing quotas", PARA2])[1] == TEXT


def test_titles_and_leads_under_a_label_go_to_the_end() -> None:
    lines = [PARA, PARA2, "À lire aussi", "Le gouvernement en flagrant délit d’amateurisme ?",
             "Après l’annonce de l’invalidation de la loi, le Premier ministre a été la cible "
             "de l’opposition.", "Le Premier ministre, bouc émissaire",
             "La presse est versatile et les médias sont frivoles, écrit notre éditorialiste."]
    assert roles(lines) == [TEXT, TEXT] + [CRUFT] * 5


def test_a_label_with_the_story_going_on_under_it_keeps_the_story() -> None:
    lines = [PARA, "À lire aussi", "Le gouvernement en flagrant délit d’amateurisme ?",
             PARA2, PARA3]
    assert roles(lines)[3:] == [TEXT, TEXT]


def test_a_label_over_bulleted_titles_in_one_line_goes() -> None:
    line = ("READ MORE: * Candidates invited to pitch for your votes at the town hall "
            "* New deputy mayor named after a long count * Council by-election set for "
            "February following the member's win in the general election")
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


def test_a_related_line_in_brackets_goes() -> None:
    line = "[Related: Storage Giant Set To Attack Rivals With New All-Flash Array]"
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", ["Right Click Here To Download", "Descargar"])
def test_a_download_link_alone_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


def test_a_pull_quote_in_a_quote_block_goes() -> None:
    from normalizer.model import BlockKind
    from normalizer.stories.blocks import Block

    pull = "Having money in the bank does not mean we have to use it."
    blocks = [Block(PARA), Block(PARA2), Block(pull, kind=BlockKind.QUOTE),
              Block("— Jane Roe, chief executive of Example"), Block(PARA3), Block(QUOTED)]
    classify(blocks)
    assert [b.role for b in blocks] == [TEXT, TEXT, CRUFT, CRUFT, TEXT, TEXT]


def test_titles_and_leads_after_a_label_with_its_title_go_up_to_a_heading() -> None:
    from normalizer.model import BlockKind
    from normalizer.stories.blocks import Block

    lines = [Block(PARA), Block(PARA2),
             Block("À lire aussi : Le ministre défend sa réforme devant les députés"),
             Block("Le gouvernement en flagrant délit d’amateurisme ?", link_only=True),
             Block("Après l’annonce de l’invalidation de la loi, le Premier ministre a été la "
                   "cible de l’opposition."),
             Block("Le Premier ministre, bouc émissaire", link_only=True),
             Block("La presse est versatile et les médias sont frivoles, écrit notre "
                   "éditorialiste."),
             Block("À la une du site", kind=BlockKind.HEAD, bold=True)]
    classify(lines)
    assert [b.role for b in lines[:7]] == [TEXT, TEXT] + [CRUFT] * 5


def test_a_pointer_and_the_story_going_on_under_a_heading_stay() -> None:
    from normalizer.model import BlockKind
    from normalizer.stories.blocks import Block

    lines = [Block(PARA), Block("À lire aussi : Le ministre défend sa réforme"),
             Block("Le vote aura lieu mardi, a précisé le président du groupe."),
             Block("Une réforme contestée", kind=BlockKind.HEAD, bold=True), Block(PARA2)]
    classify(lines)
    assert lines[2].role == TEXT and lines[4].role == TEXT


@pytest.mark.parametrize("line", [
    "Radio 4's Voices from the Deep is broadcast on Friday at 1100 GMT. Or listen again "
    "on iPlayer.",
    "Die Sendung läuft am Sonntag um 20.15 Uhr, danach in der Mediathek.",
])
def test_a_programmes_broadcast_times_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


def test_a_story_line_about_a_broadcast_stays() -> None:
    line = "The interview will be broadcast on the channel on Sunday evening, its owner said."
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


def test_a_bio_under_the_story_then_its_broadcast_line_go() -> None:
    lines = [PARA, PARA2, "Jane Roe is the author of Deep Water: a History of Submarines.",
             "Radio 4's Voices from the Deep is broadcast on Friday at 1100 GMT. Or listen "
             "again on iPlayer."]
    assert roles(lines) == [TEXT, TEXT, CRUFT, CRUFT]


def test_the_bylines_writer_with_any_bio_verb_goes() -> None:
    bio = "Jane Roe is director of the data programme at the school of journalism."
    assert roles([PARA, PARA2, bio])[-1] == TEXT  # no byline names her, no press trade
    assert roles(["By Jane Roe", PARA, PARA2, bio])[-1] == CRUFT


def test_a_feed_providers_disclaimer_goes() -> None:
    line = ("These news feeds are provided by an independent third party and the site is "
            "not responsible or liable to you for the same.")
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


def test_a_story_line_on_responsibility_stays() -> None:
    line = "The court found that the operator is not responsible or liable for the crash."
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]
