"""Three real themes no held-out set used before, for ``eval_heldout5.py --platforms``.

Every theme of ``eval_platforms_real.THEMES`` is used by an earlier held-out set, so the
fifth set brings its own: real sites of which the project holds both a tag or category
archive page and a permalink page (``tests/fixtures/real/archives`` and ``posts``, origins
in their ``SOURCES.tsv``) and that no set made a theme of yet:

- ``wp-twentytwentyone``: a WordPress blog in Twenty Twenty-One (a category page, a
  permalink page; date-less permalinks ``/<slug>/``, dates printed "18. January 2022");
- ``ghost-casper``: a Ghost 0.11 blog in Casper (a tag page of excerpts, one page;
  permalinks ``/<slug>/``);
- ``drupal-olivero``: a Drupal 10 site in Olivero (a taxonomy term page of teasers; its
  node pages print the title as the page's ``h1`` outside the article).

They are ``eval_platforms_real.Theme`` entries built on the module the caller loaded
(``themes(mod)``), with the two editors' markup the other platforms lack (``render_ghost``:
Ghost's Koenig cards; ``render_drupal``: CKEditor 5 as Drupal's caption filter prints it),
registered on that module only; ``THEMES`` and the other gates are left as they are.
"""
from __future__ import annotations

import html
from types import ModuleType
from typing import Any

E = html.escape

#: Drupal's node page prints the title once, as the page's ``h1``; the teaser markup the
#: posts are cloned from prints it as the article's ``h2``. On a permalink page of that
#: theme the ``h1`` takes the post's title and the article's ``h2`` goes (see ``patch``).
DRUPAL_PAGE_TITLE = "//h1[contains(@class,'page-title')]"
DRUPAL_ITEM_TITLE = "//article//h2[contains(@class,'node__title')]"
#: Casper's tag page holds excerpts (``section.post-excerpt``, an ``h2`` title link), its
#: post page the post (``section.post-content``, an ``h1`` title): the posts are cloned from
#: the tag page's item, and on a permalink page that item is given the post page's shape.
GHOST_BODY = ".//section[contains(@class,'post-content') or contains(@class,'post-excerpt')]"
GHOST_EXCERPT = "//article//section[contains(@class,'post-excerpt')]"
GHOST_ITEM_TITLE = "//article//h2[contains(@class,'post-title')]"
#: Date metadata in a saved permalink page's head, set to the new post's date.
HEAD_DATES = ("//meta[@property='article:published_time' or @property='article:modified_time'"
              " or @itemprop='datePublished' or @itemprop='dateModified']")


def _img(slug: str, n: int) -> str:
    return f"/images/{slug}-{n}.jpg"


def render_ghost(parts: list[tuple[str, str]], slug: str) -> str:
    """Ghost's editor as Casper prints a post: ``<p>`` paragraphs, ``<h2>`` headline lines,
    image cards with a caption (``kg-card kg-image-card kg-card-hascaption``)."""
    out, n = [], 0
    for kind, text in parts:
        if kind == "more":
            continue  # Ghost has no jump break: the listing shows an excerpt
        if kind == "caption":
            n += 1
            out.append('<figure class="kg-card kg-image-card kg-card-hascaption">'
                       f'<img src="{_img(slug, n)}" class="kg-image" alt="" loading="lazy" '
                       f'width="600" height="400"><figcaption>{E(text)}</figcaption></figure>')
        elif kind == "headline":
            out.append(f'<h2 id="{slug}-{len(out)}">{E(text)}</h2>')
        else:
            out.append(f"<p>{text if kind == 'link' else E(text)}</p>")
    return "\n".join(out)


def render_drupal(parts: list[tuple[str, str]], slug: str) -> str:
    """Drupal 10's CKEditor 5 body as its caption filter prints it: ``<p>`` paragraphs,
    ``<h2>`` headline lines, ``<figure role="group" class="caption caption-img">``."""
    out, n = [], 0
    for kind, text in parts:
        if kind == "more":
            continue  # the teaser is a trimmed summary, not a jump break
        if kind == "caption":
            n += 1
            out.append('<figure role="group" class="caption caption-img">'
                       f'<img src="{_img(slug, n)}" alt="" width="600" height="400" '
                       f'loading="lazy"><figcaption>{E(text)}</figcaption></figure>')
        elif kind == "headline":
            out.append(f"<h2>{E(text)}</h2>")
        else:
            out.append(f"<p>{text if kind == 'link' else E(text)}</p>")
    return "\n".join(out)


def themes(mod: ModuleType) -> list[Any]:
    """The three themes as ``mod.Theme`` entries, their renderers registered on ``mod``
    (a copy of ``eval_platforms_real`` the caller loaded under its own name)."""
    mod.RENDER.setdefault("ghost", render_ghost)
    mod.RENDER.setdefault("drupal", render_drupal)
    theme = mod.Theme
    return [
        theme("wp-twentytwentyone", "wordpress",
              "archives/lgk-twentytwentyone-category-allgemein.html",
              "posts/lgk-hottest-front-end-tools-in-2021.html", "blog.lgkonline.com",
              item="//article[contains(@class,'type-post')]",
              title=".//*[contains(@class,'entry-title')]",
              body=".//div[contains(@class,'entry-content')]", render="wordpress",
              dates=[(".//time[contains(@class,'published')]", "{d}. {M} {Y}")],
              next="//a[contains(concat(' ',@class,' '),' next ')]",
              drop=["//a[@class='page-numbers']", "//span[contains(@class,'dots')]"],
              permalink="/{slug}/", archive_path="/category/wire/",
              page2="/category/wire/page/2/", label="Allgemein"),
        theme("ghost-casper", "ghost",
              "archives/fouriertransformer-ghost-tag-tablesalt.html",
              "posts/fouriertransformer-restarting-the-blog.html", "shakilthakur.com",
              item="//article[contains(concat(' ',@class,' '),' post ')]",
              title=".//*[contains(@class,'post-title')]",
              body=GHOST_BODY, archive_body=".//section[contains(@class,'post-excerpt')]",
              snippet=220,
              render="ghost", dates=[(".//time", "{d} {Mon} {Y}")],
              permalink="/{slug}/", archive_path="/tag/wire/", label="TableSalt"),
        theme("drupal-olivero", "drupal",
              "archives/aspenthorn-drupal-term-events.html",
              "posts/aspenthorn-great-event-chaparral-books.html", "aspenthornpress.com",
              item="//article[contains(@class,'node--type-article')]",
              title=".//h2[contains(@class,'node__title')]",
              body=".//div[contains(@class,'field--name-body')]",
              archive_body=".//div[contains(@class,'field--name-body')]", snippet=300,
              render="drupal",
              dates=[(".//div[contains(@class,'node__meta')]/span", "By admin, {d} {M}, {Y}")],
              permalink="/blog/{slug}/", archive_path="/taxonomy/term/1/",
              label="Events"),
    ]


def patch(mod: ModuleType) -> None:
    """Give permalink pages their post's dates in the head metadata too, and their
    platform's shape where the posts were cloned from the
    listing's item: on ``drupal-olivero`` the page's ``h1`` takes the post's title and the
    teaser's ``h2`` goes (Drupal prints a node's title once, above it); on
    ``ghost-casper`` the excerpt section becomes the post's ``post-content`` and the title
    link an ``h1`` of plain text, as Casper's post page has them. Wraps ``mod._title_tag``
    and ``mod._json_ld`` (their permalink-page calls) on the caller's copy of the module."""
    original = mod._title_tag

    def title_tag(tree, old_title: str, new_title: str, theme) -> None:
        original(tree, old_title, new_title, theme)
        if theme.name == "ghost-casper":
            for section in tree.xpath(GHOST_EXCERPT):
                section.set("class", "post-content")
            for h2 in tree.xpath(GHOST_ITEM_TITLE):
                for child in list(h2):
                    h2.remove(child)
                h2.tag, h2.text = "h1", new_title
            return
        if theme.name != "drupal-olivero":
            return
        for h1 in tree.xpath(DRUPAL_PAGE_TITLE):
            for child in list(h1):
                h1.remove(child)
            h1.text = new_title
        for h2 in tree.xpath(DRUPAL_ITEM_TITLE):
            h2.getparent().remove(h2)

    mod._title_tag = title_tag
    original_ld = mod._json_ld

    def json_ld(tree, post) -> None:
        # The saved permalink pages carry their own post's dates in the head as well
        # (``article:published_time``, ``itemprop=datePublished``); a site shows the
        # post's, as ``_json_ld`` already makes the structured data say.
        original_ld(tree, post)
        if post is None:
            return
        stamp = f"{post.day.isoformat()}T09:30:00+00:00"
        for meta in tree.xpath(HEAD_DATES):
            meta.set("content", post.day.isoformat() if meta.get("itemprop") else stamp)

    mod._json_ld = json_ld
