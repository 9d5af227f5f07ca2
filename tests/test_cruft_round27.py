"""Round 27: cruft that leaked on the held-out theme sets, and gold lines wrongly cut.

A site's disclaimer ("The views expressed below do not represent the views of this site")
stands alone in the site's own voice; a paragraph of a story opening with a quotation mark
is someone's quoted speech and stays text, whatever it says of views and communities.
"""

from __future__ import annotations

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

STORY = ("The police chief spoke to reporters in the town square on Monday afternoon after a "
         "second night of disorder in the north of the country.")


def roles(lines: list[str]) -> dict[str, str | None]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return {b.text: b.role for b in blocks}


def test_a_quoted_paragraph_about_views_is_the_story_s_text():
    quoted = ("“The people involved in this do not represent the views of our town and it has "
              "been heartening to see neighbours coming together,” he said.")
    assert roles([STORY, quoted])[quoted] == TEXT


def test_a_quoted_paragraph_in_straight_quotes_is_kept_too():
    quoted = ('"Those who did this do not represent the views of our community," the mayor '
              'told the crowd.')
    assert roles([STORY, quoted])[quoted] == TEXT


def test_the_site_s_own_disclaimer_is_still_cut():
    disclaimer = ("The views expressed in the comments below do not represent the views of "
                  "this site or its editors.")
    assert roles([STORY, disclaimer])[disclaimer] == CRUFT


def test_a_french_caption_names_sides_by_g_and_d():
    from normalizer.cues.text import POSITION_MARKER_RE
    assert POSITION_MARKER_RE.search("Le milieu Jean Dupont (g) à la lutte avec Paul Martin")
    assert POSITION_MARKER_RE.search("Le ministre (d.) et son homologue")


def test_a_german_caption_names_sides_by_l_and_r_with_a_dot():
    from normalizer.cues.text import POSITION_MARKER_RE
    assert POSITION_MARKER_RE.search("Kanzler Max Muster (l.) und Präsident Hans Probe (r.)")


def test_a_party_letter_after_a_politician_is_no_side():
    from normalizer.cues.text import POSITION_MARKER_RE
    assert not POSITION_MARKER_RE.search("Senator Jane Roe (D) voted against the bill.")
    assert not POSITION_MARKER_RE.search("Senator John Doe (G) spoke first.")
