#!/usr/bin/env python3
"""Real stories in real Blogger, Tumblr and WordPress themes: crawled and normalized, scored.

    python benchmarks/eval_platforms_real.py [--json OUT] [--keep DIR] [--shared DIR]
                                             [--themes a,b] [--no-crawl] [--no-offline]

The held-out sets others measure include a Blogger site and WordPress themes the project
never saw. This builds such sites from real saved pages: each theme in ``THEMES`` is a
real archive page (a Blogger label page, a Tumblr tag page, a WordPress tag or category
page) and a real permalink page of the same site, saved by their owners' mirrors
(``tests/fixtures/real/archives`` and ``posts``, origins in their ``SOURCES.tsv``; what is
used here and how is in ``tests/fixtures/real/platforms/SOURCES.md``). Their listed
posts are replaced by posts holding real stories from the real-stories gold
(``tests/fixtures/real/stories/gold.jsonl``: headline, paragraphs, credits, captions and
cruft lines as the real pages have them), one or two stories a post, in the HTML the
platform's editor produces (``render_*`` below: Blogger's ``post-body`` with ``<br>``
line breaks or ``<div>`` lines, ``<b>`` headline lines and ``tr-caption-container``
captions; Tumblr text posts and reblogs; WordPress paragraphs and ``wp-caption``
figures), with the theme's own title, date and pager markup kept and rewritten.

Each theme becomes a static site (``benchmarks/sites.py``) with two archive pages linked
by the theme's own older-posts link (one where the theme's page shows none), crawled
with ``scrapy crawl tagarchive -a url=<archive>``; its permalink pages are also
normalized offline (``normalizer.pipeline.normalize_page``, what ``tagwire normalize``
runs). Both are scored with ``../shared/eval/score.py`` against a gold written from the
stories' gold (``FORMAT.md``: the post's path, title and date, its stories' gold records
in order, the cruft lines pasted into it).

The post title and the expected headline: a one-story post is titled with the story's
own headline (as aggregator editors do, and as the held-out gold takes it: the story's
own headline, not the blog's ``<title>``); every other one-story post also repeats that
headline as its first line (bold), one (``RETITLED``) has an editor's title of its own
over the story's headline line, and a two-story post has an editor's title with each
story opening on its own headline line. The gold headline is always the story's own.

Prints a row of metrics per theme and route (``crawl``, ``offline``), then every failure:
post, what was expected, what came out. Exit 0 whatever the scores (the gate is
``tests/test_gate_platforms_real.py``); 1 if a crawl failed; 2 if ``../shared`` is missing.
"""
from __future__ import annotations

import argparse
import copy
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_SHARED = REPO.parent / "shared"
REAL = REPO / "tests" / "fixtures" / "real"
STORIES_GOLD = REAL / "stories" / "gold.jsonl"
SHOWN = ("posts_recall", "duplicate_posts", "story_f1", "text_f1", "cruft_leak",
         "headline_acc", "source_acc", "language_acc", "date_acc")
TARGETS = {"story_f1": (">=", 0.95), "text_f1": (">=", 0.98), "cruft_leak": ("<=", 0.03),
           "headline_acc": (">=", 0.90), "source_acc": (">=", 0.90),
           "language_acc": ("==", 1.0)}
E = html.escape

# --------------------------------------------------------------------------- themes

#: Month and weekday names for the themes' date lines, by language.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


#: What a listing shows where a post has its "read more" break: Blogger's jump link, and
#: Tumblr's (its text posts' "Keep reading" paragraph).
BLOGGER_MORE = ('\n<div class="jump-link">\n<a href="{href}#more" title="{title}">Read more »'
                '</a>\n</div>')
TUMBLR_MORE = ('\n<p class="read_more_container"><a href="{href}" class="read_more">'
               'Keep reading</a></p>')


@dataclass
class Theme:
    """One real theme: where its pages are and how its markup holds a post.

    XPaths of ``item`` are absolute; the others are relative to an item. ``proto`` says
    which saved page gives the item markup for both pages where the site's own archive
    shows no post of the right kind (a Tumblr home page of photo posts) or where one of
    the two pages was not saved: the other is then the same template with that item
    (a Blogger item page is its label page's template holding one post)."""

    name: str
    platform: str
    archive: str                  # fixture path under tests/fixtures/real
    post: str                     # the same, for the permalink page
    host: str                     # the site's original host, its links made local
    item: str
    title: str
    body: str
    render: str                   # render_* function suffix
    archive_body: str | None = None   # the listing's body where it differs (a snippet)
    snippet: int = 0              # > 0: the listing shows this many characters and "…"
    dates: list[tuple[str, str]] = field(default_factory=list)  # (xpath, format)
    lang: str = "en"
    next: str | None = None       # the archive's older-posts link
    add_next: str | None = None   # where to add one (Blogger's pager div) when it has none
    drop: list[str] = field(default_factory=list)  # archive chrome to remove
    proto: str = "archive"        # which page's item is the model
    derived: str | None = None    # "archive" or "post": made from the other page
    permalink: str = "/{Y}/{mm}/{slug}/"
    archive_path: str = "/tag/wire/"
    page2: str = "/tag/wire/page/2/"
    title_format: str | None = None  # <title> of a derived page
    more: bool = False            # a "read more" break in some posts (1st, 3rd, 5th)
    more_link: str = BLOGGER_MORE  # what the listing shows in its place
    label: str | None = None      # the saved archive's own label, tag or category name
    day_group: str | None = None  # where an item holds more posts of its day (Blogger)
    day_unit: str | None = None   # one post inside it


#: Blogger's classic layouts group a day's posts: one ``date-outer`` (date header), its
#: ``date-posts`` holding a ``post-outer`` a post.
BLOGGER_DAYS: dict[str, Any] = {"day_group": ".//div[contains(@class,'date-posts')]",
                                "day_unit": ".//div[contains(@class,'post-outer')]"}

THEMES: list[Theme] = [
    Theme("blogger-lafuite", "blogger", "archives/lafuite-blogger-label-bali.html",
          "posts/lafuite-le-premier-chapitre-est-acheve.html", "www.lafuiteautourdumonde.com",
          item="//div[contains(concat(' ',@class,' '),' date-outer ')]",
          title=".//*[contains(@class,'post-title')]",
          body=".//div[contains(@class,'post-body')]", render="blogger_br",
          dates=[(".//h2[@class='date-header']/span", "{W} {d} {M} {Y}")], lang="fr",
          next="//a[contains(@class,'blog-pager-older-link')]",
          permalink="/{Y}/{mm}/{slug}.html", archive_path="/search/label/wire/",
          page2="/search/label/wire/page/2/", more=True, label="Bali", **BLOGGER_DAYS),
    Theme("blogger-zxce3", "blogger", "archives/zxce3-label-html.html",
          "posts/zxce3-the-monkey-house.html", "zxce3.blogspot.com",
          item="//div[contains(concat(' ',@class,' '),' post-outer ')]",
          title=".//*[contains(@class,'post-title')]",
          body=".//div[contains(@class,'post-body')]", render="blogger_div",
          archive_body=".//div[contains(@class,'post-snippet')]", snippet=150,
          next="//a[contains(@class,'blog-pager-older-link')]",
          permalink="/{Y}/{mm}/{slug}.html", archive_path="/search/label/wire/",
          page2="/search/label/wire/page/2/", label="HTML"),
    Theme("blogger-pythoninsider", "blogger", "archives/pythoninsider-blogger-post.html",
          "archives/pythoninsider-blogger-post.html", "blog.python.org", derived="archive",
          item="//div[contains(concat(' ',@class,' '),' date-outer ')]",
          title=".//*[contains(@class,'post-title')]",
          body=".//div[contains(@class,'post-body')]", render="blogger_br",
          dates=[(".//h2[@class='date-header']/span", "{W}, {M} {d}, {Y}")],
          next="//a[contains(@class,'blog-pager-older-link')]",
          drop=["//div[@class='comments' or @id='comments']"],
          proto="post", permalink="/{Y}/{mm}/{slug}.html",
          archive_path="/search/label/wire/", page2="/search/label/wire/page/2/",
          title_format="Python Insider: {title}", more=True, **BLOGGER_DAYS),
    Theme("blogger-unexpecteduser", "blogger", "archives/unexpecteduser-blogger-year-2011.html",
          "archives/unexpecteduser-blogger-year-2011.html", "unexpecteduser.blogspot.de",
          derived="post",
          item="//div[contains(concat(' ',@class,' '),' date-outer ')]",
          title=".//*[contains(@class,'post-title')]",
          body=".//div[contains(@class,'post-body')]", render="blogger_div",
          dates=[(".//h2[@class='date-header']/span", "{W}, {M} {d}, {Y}")],
          add_next="//div[@id='blog-pager']",
          permalink="/{Y}/{mm}/{slug}.html", archive_path="/search/label/wire/",
          page2="/search/label/wire/page/2/", title_format="Old Blog: {title}",
          **BLOGGER_DAYS),
    Theme("tumblr-custom", "tumblr", "archives/toffeemilkshake-tumblr-home.html",
          "posts/toffeemilkshake-post-140324490777.html", "blog.toffeemilkshake.co.uk",
          item="//article[contains(concat(' ',@class,' '),' post ')]",
          title="./h2", body=".//div[contains(@class,'body-text')]", render="tumblr",
          dates=[("./p[1]", "{W}, {M} {d}, {Y}")],
          next="//a[@class='next']", drop=["//a[@class='jump-page']"], proto="post",
          permalink="/post/{id}/{slug}/", archive_path="/tagged/wire/",
          page2="/tagged/wire/page/2/", more=True, more_link=TUMBLR_MORE),
    Theme("tumblr-optica", "tumblr", "archives/toffeemilkshake-tumblr-tagged-london.html",
          "archives/toffeemilkshake-tumblr-tagged-london.html", "blog.toffeemilkshake.co.uk",
          derived="post",
          item="//article[contains(@class,'not-page')]",
          title=".//h2[contains(@class,'title')]", body=".//div[contains(@class,'body-text')]",
          render="tumblr_reblog",
          dates=[(".//a[contains(@class,'post-date')]", "{Mon} {d}{ord}, {Y}")],
          next="//a[@class='next']", permalink="/post/{id}/{slug}/",
          archive_path="/tagged/wire/", page2="/tagged/wire/page/2/",
          title_format="ʇoɟɟǝǝɯıןʞsɥɐʞǝ — {title}", label="London"),
    Theme("wp-twentyseventeen", "wordpress", "archives/berlinchan-category-diary.html",
          "posts/berlinchan-back-with-honor.html", "archived-blog.berlinchan.com",
          item="//article[contains(@class,'type-post')]",
          title=".//*[contains(@class,'entry-title')]",
          body=".//div[contains(@class,'entry-content')]", render="wordpress",
          dates=[(".//time[contains(@class,'published')]", "{Y}-{mm}-{dd}")],
          next="//a[contains(@class,'next')]",
          permalink="/{Y}/{mm}/{slug}/", label="日记"),
    Theme("wp-flow14", "wordpress", "archives/flow14-tag-video.html",
          "posts/flow14-kc-design-week.html", "www.flow14.com",
          item="//article[contains(@class,'type-post')]",
          title=".//*[contains(@class,'entry-title')]",
          body=".//div[contains(@class,'entry-content')]", render="wordpress",
          dates=[(".//time[contains(@class,'published')]", "{Mon} {d}, {y}")],
          permalink="/{Y}/{slug}/", label="video"),
]

#: Posts a theme's site holds, by how many stories each carries; the first PAGE1 are on
#: the first archive page.
SHAPE = (1, 2, 1, 1, 2)
PAGE1 = 3
#: Posts (by index) whose one story the editor retitled ("Place: first words of the
#: headline…"); the story's own headline opens the body, and is the expected headline.
RETITLED = (3,)

#: The editor's own lines, one wording a language (as eval_wordpress_real's editor).
READ_MORE = {"de": "Lesen Sie auch:", "en": "Read more:", "es": "Lee también:",
             "fr": "À lire aussi :", "pl": "Czytaj także:", "pt": "Leia mais:", "zh": "延伸阅读：",
             "ru": "Читайте также:", "cs": "Čtěte také:", "fi": "Lue myös:"}
SHARE = {"de": "Teilen: Facebook · X · E-Mail", "en": "Share this: Facebook | X | WhatsApp",
         "es": "Compartir en: Facebook, X, WhatsApp", "fr": "Partager : Facebook, X, e-mail",
         "pl": "Udostępnij: Facebook, X", "pt": "Compartilhe: Facebook, WhatsApp",
         "zh": "分享到：微信 微博", "ru": "Поделиться: VK, Telegram", "cs": "Sdílet: Facebook, X",
         "fi": "Jaa: Facebook, X"}
#: The blogs a Tumblr reblog quotes (its "name:" line is cruft).
REBLOGGED = ("newswire-daily", "worldwirefeed", "agencyreposts")


# --------------------------------------------------------------------------- stories

def load_stories(path: Path = STORIES_GOLD) -> dict[str, dict]:
    """The stories' gold records by the last segment of their url, in file order."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: invalid JSON: {exc}") from None
        out[rec["url"].strip("/").split("/")[-1]] = rec
    return out


def _wp_editor():
    """eval_wordpress_real, whose editor's choices are reused: which cruft lines are
    captions and which go mid-story (hand-made tables; stories it lacks get none), the
    dates of posts whose stories carry none, and which cruft lines were mostly a link on
    the real page (pasted as that link here too)."""
    spec = importlib.util.spec_from_file_location(
        "eval_wordpress_real", REPO / "benchmarks" / "eval_wordpress_real.py")
    if spec is None or spec.loader is None:
        raise SystemExit("eval_platforms_real: benchmarks/eval_wordpress_real.py missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fallback_dates(wp) -> dict[str, str]:
    """Story key -> the date eval_wordpress_real gives a post of that story alone."""
    return {keys[0]: day for _slug, _t, keys, *_rest, day in wp.POSTS if day}


def story_parts(key: str, rec: dict, *, headline: bool, wp, href: str
                ) -> tuple[list[tuple[str, str]], list[str]]:
    """A story as (kind, text) parts, and its cruft lines in pasting order. Kinds:
    headline, para, link (HTML: a line that was mostly a link on the real page),
    caption, more (the jump break after the first paragraph). A "By" line follows the
    headline where the story names its authors (eval_wordpress_real's wording)."""
    st = rec["stories"][0]
    caps = [c for n, c in enumerate(rec["cruft"]) if n in wp.CAPTIONS.get(key, ())]
    mids = [c for n, c in enumerate(rec["cruft"]) if n in wp.MID.get(key, ())]
    links = wp.link_parts(rec)
    # A real page's box and its two lines were labelled as three cruft lines (the box's
    # text is the two lines joined); an editor pastes the two lines once.
    fold = [" ".join(c.split()) for c in rec["cruft"]]
    boxes = {a + " " + b for a, b in zip(fold, fold[1:], strict=False)}

    def pasted(line: str) -> tuple[str, str]:
        if line in links:
            return ("link", wp._linked(line, links[line], href))
        return ("para", line)

    rest = [c for c in rec["cruft"] if c not in caps and c not in mids
            and " ".join(c.split()) not in boxes]
    parts: list[tuple[str, str]] = []
    if headline:
        parts.append(("headline", st["headline"]))
    if st["byline"] and st["language"] in wp.BYLINE:
        parts.append(("para", wp.BYLINE[st["language"]].format(", ".join(st["byline"]))))
    paras = st["text"].split("\n\n")
    for n, para in enumerate(paras):
        if n == 0 and caps:
            parts.append(("caption", caps[0]))
        elif n and n % 3 == 0 and n // 3 < len(caps):
            parts.append(("caption", caps[n // 3]))
        if n == 2:
            parts.extend(pasted(line) for line in mids)
        parts.append(("para", para))
    parts.extend(pasted(line) for line in rest)
    return parts, caps + mids + rest


# --------------------------------------------------------------------------- renderers

def _h(kind: str, text: str) -> str:
    """A part's HTML: a link part is HTML already."""
    return text if kind == "link" else E(text)


def _img(slug: str, n: int) -> str:
    return f"/images/{slug}-{n}.jpg"


def render_blogger_br(parts: list[tuple[str, str]], slug: str) -> str:
    """Blogger's classic editor: one text run a paragraph ended by ``<br />`` twice,
    ``<b>`` headline lines, captions in a ``tr-caption-container`` table, the jump
    break as ``<a name="more"></a>``."""
    out, n = ['<div dir="ltr" style="text-align: left;" trbidi="on">'], 0
    for kind, text in parts:
        if kind == "more":
            out.append('<a name="more"></a>')
        elif kind == "caption":
            n += 1
            out.append('<table align="center" cellpadding="0" cellspacing="0" '
                       'class="tr-caption-container" style="margin-left: auto; '
                       'margin-right: auto; text-align: center;"><tbody>\n<tr><td '
                       f'style="text-align: center;"><a href="{_img(slug, n)}" '
                       'imageanchor="1" style="margin-left: auto; margin-right: auto;">'
                       f'<img border="0" height="400" src="{_img(slug, n)}" width="600" />'
                       '</a></td></tr>\n<tr><td class="tr-caption" style="text-align: '
                       f'center;">{E(text)}</td></tr>\n</tbody></table>')
        elif kind == "headline":
            out.append(f"<b>{E(text)}</b><br />\n<br />")
        else:
            out.append(f"{_h(kind, text)}<br />\n<br />")
    out.append("</div>")
    return "\n".join(out)


def render_blogger_div(parts: list[tuple[str, str]], slug: str) -> str:
    """Blogger's newer editor: a ``<div>`` a line, ``<div><br /></div>`` between
    paragraphs, ``<b>`` headline lines, images in a ``separator`` div with the caption
    table."""
    out, n = [], 0
    for kind, text in parts:
        if kind == "more":
            out.append('<a name="more"></a>')
        elif kind == "caption":
            n += 1
            out.append('<table align="center" cellpadding="0" cellspacing="0" '
                       'class="tr-caption-container" style="margin-left: auto; '
                       'margin-right: auto;"><tbody><tr><td style="text-align: center;">'
                       f'<a href="{_img(slug, n)}" style="margin-left: auto; margin-right: '
                       f'auto;"><img border="0" data-original-height="400" '
                       f'data-original-width="600" height="400" src="{_img(slug, n)}" '
                       'width="600" /></a></td></tr><tr><td class="tr-caption" '
                       f'style="text-align: center;">{E(text)}</td></tr></tbody></table>')
        elif kind == "headline":
            out.append(f"<div><b>{E(text)}</b></div><div><br /></div>")
        else:
            out.append(f"<div>{_h(kind, text)}</div><div><br /></div>")
    return "".join(out)


def _tumblr_parts(parts: list[tuple[str, str]], slug: str) -> list[str]:
    out, n = [], 0
    for kind, text in parts:
        if kind == "more":
            out.append("<!-- more -->")
        elif kind == "caption":
            n += 1
            out.append('<figure class="tmblr-full" data-orig-height="400" '
                       f'data-orig-width="600"><img src="{_img(slug, n)}" alt="image" '
                       'data-orig-height="400" data-orig-width="600" width="500" '
                       f'height="333"/></figure><p><i>{E(text)}</i></p>')
        elif kind == "headline":
            out.append(f"<h2>{E(text)}</h2>")
        else:
            out.append(f"<p>{_h(kind, text)}</p>")
    return out


def render_tumblr(parts: list[tuple[str, str]], slug: str) -> str:
    """A Tumblr text post: ``<p>`` paragraphs, ``<h2>`` headings, an image as a
    ``tmblr-full`` figure with its caption typed as the next (italic) paragraph."""
    return "\n".join(_tumblr_parts(parts, slug))


def render_tumblr_reblog(parts: list[tuple[str, str]], slug: str) -> str:
    """A reblogged text post: the quoted blog's name line, then its post in a
    blockquote (Tumblr's legacy reblog markup). The name line is cruft."""
    who = REBLOGGED[len(slug) % len(REBLOGGED)]
    return (f'<p><a class="tumblr_blog" href="https://{who}.tumblr.com/post/1/{slug}">'
            f"{who}</a>:</p>\n<blockquote>" + "".join(_tumblr_parts(parts, slug))
            + "</blockquote>")


def reblog_line(slug: str) -> str:
    return f"{REBLOGGED[len(slug) % len(REBLOGGED)]}:"


def render_wordpress(parts: list[tuple[str, str]], slug: str) -> str:
    """WordPress' classic editor as a theme prints it: ``<p>`` paragraphs, ``<h2>``
    headline lines, ``wp-caption`` figures."""
    out, n = [], 0
    for kind, text in parts:
        if kind == "more":
            out.append(f'<p><span id="more-{len(slug)}"></span></p>')
        elif kind == "caption":
            n += 1
            out.append(f'<figure style="width: 600px" class="wp-caption aligncenter">'
                       f'<img loading="lazy" src="{_img(slug, n)}" alt="" width="600" '
                       f'height="400" /><figcaption class="wp-caption-text">{E(text)}'
                       "</figcaption></figure>")
        elif kind == "headline":
            out.append(f"<h2>{E(text)}</h2>")
        else:
            out.append(f"<p>{_h(kind, text)}</p>")
    return "\n".join(out)


RENDER = {"blogger_br": render_blogger_br, "blogger_div": render_blogger_div,
          "tumblr": render_tumblr, "tumblr_reblog": render_tumblr_reblog,
          "wordpress": render_wordpress}


# --------------------------------------------------------------------------- posts

@dataclass
class Post:
    slug: str
    title: str
    day: date
    path: str
    body: str            # the whole post
    teaser: str | None   # what the listing shows before a jump break, or None
    text: str            # plain text, for snippets
    gold: dict


def assign(stories: dict[str, dict], themes: list[Theme]) -> dict[str, list[list[str]]]:
    """Story keys for each theme's posts: every story once in order, then again from
    the start where the themes hold more."""
    keys = list(stories)
    out: dict[str, list[list[str]]] = {}
    i = 0
    for t in themes:
        posts = []
        for size in SHAPE:
            posts.append([keys[(i + k) % len(keys)] for k in range(size)])
            i += size
        out[t.name] = posts
    return out


def _fmt_date(day: date, pattern: str, lang: str) -> str:
    ordinal = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10,
                                                                            "th")
    return pattern.format(W=WEEKDAYS[lang][day.weekday()], M=MONTHS[lang][day.month - 1],
                          Mon=MONTHS["en"][day.month - 1][:3], d=day.day, dd=f"{day.day:02d}",
                          mm=f"{day.month:02d}", Y=day.year, y=f"{day.year % 100:02d}",
                          ord=ordinal)


def build_posts(theme: Theme, stories: dict[str, dict], keys: list[list[str]],
                wp) -> list[Post]:
    posts: list[Post] = []
    render = RENDER[theme.render]
    for i, group in enumerate(keys):
        recs = [stories[k] for k in group]
        sts = [r["stories"][0] for r in recs]
        lang = sts[0]["language"]
        if len(group) == 1 and i in RETITLED:
            words = sts[0]["headline"].split()
            place = sts[0]["dateline"] or sts[0]["source"] or "News"
            title = f"{place}: {' '.join(words[:6])}" + ("…" if len(words) > 6 else "")
            slug = group[0]
        elif len(group) == 1:
            title = sts[0]["headline"]
            slug = group[0]
        else:
            title = " · ".join(s["headline"].split(":")[0][:40].strip() for s in sts)
            slug = f"{group[0]}-and-more"
        parts: list[tuple[str, str]] = []
        cruft: list[str] = []
        for k, (key, rec) in enumerate(zip(group, recs, strict=True)):
            p, c = story_parts(key, rec, headline=len(group) > 1 or i % 2 == 1, wp=wp,
                               href=f"/related/{i}/")
            if k == 0 and theme.more and i % 2 == 0:
                first = next(n for n, (kind, _) in enumerate(p) if kind == "para")
                p.insert(first + 1, ("more", ""))
            parts += p
            cruft += c
        if i % 2:
            line = f"{READ_MORE.get(lang, 'Read more:')} {posts[0].title if posts else title}"
            parts.append(("para", line))
            cruft.append(line)
        if i % 3 == 0:
            parts.append(("para", SHARE.get(lang, SHARE["en"])))
            cruft.append(SHARE.get(lang, SHARE["en"]))
        if theme.render == "tumblr_reblog":
            cruft.insert(0, reblog_line(slug))
        first_day = next((r["published"] for r in recs if r["published"]),
                         fallback_dates(wp).get(group[0]))
        day = (date.fromisoformat(first_day) if first_day
               else date(2022, 3, 1) + timedelta(days=7 * i))
        path = theme.permalink.format(Y=day.year, mm=f"{day.month:02d}", slug=slug,
                                      id=180000000000 + 7919 * (i + 1) + len(theme.name))
        body = render(parts, slug)
        teaser = None
        if any(kind == "more" for kind, _ in parts):
            cut = parts[:[kind for kind, _ in parts].index("more")]
            teaser = render(cut, slug)
        text = " ".join(t for kind, t in parts if kind in ("para", "headline"))
        gold = {"url": path, "title": title, "published": day.isoformat(),
                "stories": sts, "cruft": list(dict.fromkeys(cruft))}
        posts.append(Post(slug, title, day, path, body, teaser, text, gold))
    return posts


# --------------------------------------------------------------------------- pages

def _parse(path: Path) -> etree._ElementTree:
    return lxml.html.parse(str(path), parser=lxml.html.HTMLParser(encoding="utf-8"))


def _one(el, xpath: str, what: str, theme: Theme):
    found = el.xpath(xpath)
    if not found:
        raise SystemExit(f"eval_platforms_real: theme {theme.name}: no {what} ({xpath})")
    return found[0]


def _set_html(el, markup: str) -> None:
    """Replace an element's children with ``markup``."""
    for child in list(el):
        el.remove(child)
    el.text = "\n"
    frag = lxml.html.fragments_fromstring(markup) if markup.strip() else []
    for piece in frag:
        if isinstance(piece, str):
            if len(el):
                el[-1].tail = (el[-1].tail or "") + piece
            else:
                el.text += piece
        else:
            el.append(piece)


def _localize(root, host: str) -> None:
    """Links to the site's own host become site-relative (the served copy is the site);
    no page of the copy points a crawler outside 127.0.0.1 through its own host."""
    pattern = re.compile(rf"^(?:https?:)?//{re.escape(host)}")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "action"):
            value = el.get(attr)
            if value and pattern.match(value):
                el.set(attr, pattern.sub("", value) or "/")


def _fill(item, theme: Theme, post: Post, *, listing: bool) -> None:
    """Put ``post`` into a copy of the theme's item markup."""
    title_el = _one(item, theme.title, "title element", theme)
    # the old post's permalink: its title link, or on an item page (whose title is not a
    # link) its timestamp or other bookmark link
    old_links = {a.get("href") for a in title_el.iter("a") if a.get("href")}
    old_links |= {a.get("href") for a in item.xpath(".//a[@rel='bookmark'][@href]")}
    links = list(title_el.iter("a"))
    for child in list(title_el):
        title_el.remove(child)
    if links or listing:
        a = etree.SubElement(title_el, "a", href=post.path)
        a.text = post.title
        title_el.text = "\n"
        a.tail = "\n"
    else:
        title_el.text = f"\n{post.title}\n"
    # other links to the old post (timestamps, comment counts, share menus) follow it
    for a in item.iter("a"):
        href = a.get("href") or ""
        for old in old_links:
            if old and href.startswith(old):
                a.set("href", post.path + href[len(old):])
    for xpath, pattern in theme.dates:
        for el in item.xpath(xpath):
            for child in list(el):
                el.remove(child)
            el.text = _fmt_date(post.day, pattern, theme.lang)
            if el.get("datetime"):
                el.set("datetime", f"{post.day.isoformat()}T09:30:00+00:00")
    for abbr in item.xpath(".//abbr[@title]"):
        if re.match(r"\d{4}-\d\d-\d\d", abbr.get("title") or ""):
            abbr.set("title", f"{post.day.isoformat()}T09:30:00-05:00")
    for meta in item.xpath(".//meta[@itemprop='description' or @itemprop='image_url']"):
        meta.getparent().remove(meta)
    body_xpath = theme.archive_body if listing and theme.archive_body else theme.body
    body = _one(item, body_xpath, "body element", theme)
    if listing and theme.snippet:
        body.text = post.text[:theme.snippet].rsplit(" ", 1)[0] + "…"
        for child in list(body):
            body.remove(child)
    elif listing and post.teaser is not None:
        _set_html(body, post.teaser + theme.more_link.format(href=E(post.path),
                                                             title=E(post.title)))
    else:
        _set_html(body, post.body)


def _items(tree, theme: Theme):
    return [el for el in tree.xpath(theme.item)]


def _proto(tree, theme: Theme):
    """The first item that has a title and a body: the model for every post."""
    for el in _items(tree, theme):
        if el.xpath(theme.title) and el.xpath(theme.body):
            return el
    raise SystemExit(f"eval_platforms_real: theme {theme.name}: no item with a title and "
                     f"a body ({theme.item})")


def _replace_items(tree, theme: Theme, proto, posts: list[Post], *, listing: bool) -> None:
    items = _items(tree, theme)
    if not items:
        raise SystemExit(f"eval_platforms_real: theme {theme.name}: no items ({theme.item})")
    anchor = items[0]
    parent = anchor.getparent()
    at = parent.index(anchor)
    placed: list[tuple[Post, Any]] = []
    for post in posts:
        clone = copy.deepcopy(proto)
        clone.tail = "\n"
        _fill(clone, theme, post, listing=listing)
        if theme.day_group and theme.day_unit and placed and placed[-1][0].day == post.day:
            # Blogger prints a day's posts under one date header
            box = _one(placed[-1][1], theme.day_group, "day group", theme)
            box.append(_one(clone, theme.day_unit, "post in a day group", theme))
            continue
        parent.insert(at + len(placed), clone)
        placed.append((post, clone))
    for el in items:
        if el.getparent() is not None:
            el.getparent().remove(el)


def _title_tag(tree, old_title: str, new_title: str, theme: Theme) -> None:
    for el in tree.xpath("//title"):
        text = el.text or ""
        if theme.title_format:
            el.text = theme.title_format.format(title=new_title)
        elif old_title and old_title in text:
            el.text = text.replace(old_title, new_title)
        else:
            el.text = new_title
    for meta in tree.xpath("//meta[@property='og:title' or @name='twitter:title']"):
        meta.set("content", new_title)
    for meta in tree.xpath("//meta[@property='og:description' or @name='description' or "
                           "@name='twitter:description' or @property='og:url' or "
                           "@property='og:image']"):
        meta.getparent().remove(meta)


def _json_ld(tree, post: Post | None) -> None:
    """Structured data of the old post (Tumblr's ``SocialMediaPosting``, a theme's
    ``BlogPosting``) made the new post's; on a listing, removed."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue
        if not isinstance(data, dict) or not (
                {"datePublished", "headline", "itemListElement"} & set(data)):
            continue
        if post is None or "itemListElement" in data:
            script.getparent().remove(script)
            continue
        data.pop("image", None)
        for key in ("datePublished", "dateModified"):
            if key in data:
                data[key] = f"{post.day.isoformat()}T09:30:00-05:00"
        for key, value in (("headline", post.title), ("url", post.path),
                           ("articleBody", post.text[:300] + "...")):
            if key in data:
                data[key] = value
        script.text = json.dumps(data, ensure_ascii=False)


#: Where an archive page names its label, tag or category (then "wire").
LABEL_PLACES = ("//title | //h1[contains(@class,'page-title')] "
                "| //div[contains(@class,'status-msg')]//b")


def _relabel(tree, theme: Theme) -> None:
    if not theme.label:
        return
    for el in tree.xpath(LABEL_PLACES):
        if el.text and theme.label in el.text:
            el.text = el.text.replace(theme.label, "wire")
    for meta in tree.xpath("//meta[@property='og:title']"):
        meta.set("content", (meta.get("content") or "").replace(theme.label, "wire"))


def _canonical(tree, path: str) -> None:
    """The page's canonical link and ``og:url`` name its new address."""
    for link in tree.xpath("//link[@rel='canonical']"):
        link.set("href", path)
    for meta in tree.xpath("//meta[@property='og:url']"):
        meta.set("content", path)


def _text(el) -> str:
    return " ".join(el.text_content().split())


def build_site(theme: Theme, posts: list[Post], root: Path) -> list[str]:
    """Write the theme's site under ``root``; the archive paths, first first."""
    archive_file, post_file = REAL / theme.archive, REAL / theme.post
    proto = copy.deepcopy(_proto(_parse(post_file if theme.proto == "post" else archive_file),
                                 theme))
    for post in posts:
        tree = _parse(post_file)
        items = _items(tree, theme)
        titled = [t for el in items for t in el.xpath(theme.title)]
        old_title = _text(titled[0]) if titled else ""
        _replace_items(tree, theme, proto, [post], listing=False)
        _title_tag(tree, old_title, post.title, theme)
        _json_ld(tree, post)
        _canonical(tree, post.path)
        _pager(tree, theme, None, single=True)
        _localize(tree.getroot(), theme.host)
        _write(root, post.path, tree)
    pages = [posts[:PAGE1], posts[PAGE1:]] if (theme.next or theme.add_next) else [posts]
    paths = [theme.archive_path, theme.page2][:len(pages)]
    for n, (page_posts, path) in enumerate(zip(pages, paths, strict=True)):
        tree = _parse(archive_file)
        _replace_items(tree, theme, proto, page_posts, listing=True)
        _json_ld(tree, None)
        for xpath in theme.drop:
            for el in tree.xpath(xpath):
                el.getparent().remove(el)
        _pager(tree, theme, paths[n + 1] if n + 1 < len(paths) else None, single=False)
        if theme.title_format:
            for el in tree.xpath("//title"):
                el.text = theme.title_format.format(title="wire")
        _relabel(tree, theme)
        _canonical(tree, path)
        _localize(tree.getroot(), theme.host)
        _write(root, path, tree)
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return paths


def _pager(tree, theme: Theme, next_path: str | None, *, single: bool) -> None:
    """The older-posts link: to ``next_path``, or removed (the last page, a permalink
    page's link to an older post is left to the theme)."""
    links = tree.xpath(theme.next) if theme.next else []
    if single:
        if theme.derived == "post":  # a permalink page has no older-posts link
            for a in links:
                a.getparent().remove(a)
        return
    if theme.derived == "archive":  # an item page's "Older Post" link, on a label page
        for a in links:
            a.text = "Older Posts"
            a.set("title", "Older Posts")
    if next_path is None:
        for a in links:
            a.getparent().remove(a)
        return
    if links:
        for a in links:
            a.set("href", next_path)
        return
    if theme.add_next:
        pager = _one(tree, theme.add_next, "pager", theme)
        span = etree.SubElement(pager, "span", id="blog-pager-older-link")
        a = etree.SubElement(span, "a", href=next_path, id="Blog1_blog-pager-older-link",
                             title="Older Posts")
        a.set("class", "blog-pager-older-link")
        a.text = "Older Posts"


def _write(root: Path, path: str, tree) -> None:
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>"))


def build_sets(work: Path, themes: list[Theme]) -> dict[str, Path]:
    """One gold set (``site/``, ``gold.jsonl``, ``START``) a theme, under ``work``."""
    stories = load_stories()
    wp = _wp_editor()
    plan = assign(stories, themes)
    out = {}
    for theme in themes:
        folder = work / theme.name
        site = folder / "site"
        site.mkdir(parents=True, exist_ok=True)
        posts = build_posts(theme, stories, plan[theme.name], wp)
        paths = build_site(theme, posts, site)
        (folder / "START").write_text(paths[0] + "\n", encoding="utf-8")
        with open(folder / "gold.jsonl", "w", encoding="utf-8") as fh:
            for post in posts:
                fh.write(json.dumps(post.gold, ensure_ascii=False) + "\n")
        out[theme.name] = folder
    return out


# --------------------------------------------------------------------------- run, score

def crawl(url: str, out: Path) -> list[dict]:
    """``scrapy crawl tagarchive`` on the archive: the records it wrote."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("TAGWIRE_REDIS_URL", None)
    cmd = [sys.executable, "-m", "scrapy", "crawl", "tagarchive", "-a", f"url={url}",
           "-O", str(out), "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
           "-s", "TELNETCONSOLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
           "-s", f"REJECTS_PATH={out.with_suffix('.rejects.jsonl')}"]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 5):
        raise RuntimeError(f"crawl {url} failed ({proc.returncode}): "
                           f"{proc.stderr.strip()[-2000:]}")
    if not out.exists():
        return []
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]


def offline(folder: Path, base: str, out: Path) -> list[dict]:
    """Each permalink page normalized from the file, as ``tagwire normalize`` does.

    A page the normalizer refuses is reported with its file and reason and scored as
    missed, as the CLI sends it to the rejects file: one bad page must not hide the
    figures of the others."""
    from normalizer.pipeline import NormalizeError, normalize_page

    records = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        path = json.loads(line)["url"]
        file = folder / "site" / path.lstrip("/")
        if path.endswith("/"):
            file = file / "index.html"
        try:
            records += normalize_page(file.read_bytes(), base + path)
        except NormalizeError as exc:
            print(f"eval_platforms_real: {file.relative_to(folder)}: refused: {exc}",
                  file=sys.stderr)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    return records


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"eval_platforms_real: {shared / 'eval' / 'score.py'}: not loadable")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(shared: Path, gold: Path, pred: Path) -> dict:
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold",
                           str(gold), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise RuntimeError(f"score.py failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout)["groups"]["site"]


def failures(sc, folder: Path, records: list[dict], run: str,
             kinds: dict[str, dict[tuple, list[str]]]) -> None:
    """Adds this run's failures to ``kinds``: kind -> (post, expected, found) -> runs."""
    golds = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x]
    by_path: dict[str, dict] = {}
    for rec in records:
        by_path.setdefault(sc.url_path(rec["url"]), rec)
    for g in golds:
        post = g["url"]
        pred = by_path.get(sc.url_path(g["url"]))
        if pred is None:
            kinds["post not found"][(post,)].append(run)
            continue
        gs, ps = g["stories"], pred.get("stories") or []
        if len(ps) != len(gs):
            heads = " / ".join(str(s.get("headline"))[:40] for s in ps)
            kinds["story count"][(post, f"{len(gs)} gold", f"{len(ps)} found: {heads}")
                                 ].append(run)
        pairs = sc.match_stories([sc.tokens(s["text"]) for s in gs],
                                 [sc.tokens(s.get("text") or "") for s in ps])
        for i, j in pairs:
            gst, pst = gs[i], ps[j]
            for key in ("headline", "source", "language"):
                if gst[key] is None:
                    continue
                if sc.NORMS[key](pst.get(key)) != sc.NORMS[key](gst[key]):
                    kinds[key][(post, str(gst[key])[:70], str(pst.get(key))[:70])].append(run)
        paras = {p for s in ps for p in sc.paragraphs(s.get("text") or "")}
        for line in g["cruft"]:
            f = sc.fold(line)
            if f in paras or (len(f.split()) >= 5 and any(f in p for p in paras)):
                kinds["cruft leak"][(post, line[:90])].append(run)
        # story text lost or added (token recall/precision of the post under 0.9)
        gt = Counter(t for s in gs for t in sc.tokens(s["text"]))
        pt = Counter(t for s in ps for t in sc.tokens(s.get("text") or ""))
        common = sum((gt & pt).values())
        r = common / sum(gt.values()) if gt else 1.0
        p = common / sum(pt.values()) if pt else 1.0
        if r < 0.95 or p < 0.95:
            kinds["text"][(post, f"recall {r:.3f}", f"precision {p:.3f}")].append(run)
        if (pred.get("published") or "")[:10] != g["published"]:
            kinds["date"][(post, g["published"], str(pred.get("published")))].append(run)


def route_differences(sc, crawled: list[dict], offline_: list[dict]) -> list[str]:
    """Posts whose crawled record differs from the offline one (one path, one result):
    story count, a headline or source, or the story text (token F1 < 0.98)."""
    other = {sc.url_path(r["url"]): r for r in offline_}
    wp = _wp_editor()
    out = []
    for rec in crawled:
        path = sc.url_path(rec["url"])
        twin = other.get(path)
        if twin is None:
            continue
        diffs = wp.record_differences(sc, rec, twin)
        if diffs:
            out.append(f"{path}: crawl vs offline: " + "; ".join(diffs))
    return out


def evaluate(shared: Path, work: Path, themes: list[Theme] | None = None, *,
             do_crawl: bool = True, do_offline: bool = True) -> dict[str, Any]:
    """Build, crawl and normalize each theme's site, score each route.
    Returns {"runs": {theme/route: metrics}, "failures", "routes", "problems"}: routes
    lists the posts whose records differ between the crawl and the offline run."""
    from benchmarks.sites import serve

    themes = THEMES if themes is None else themes
    sc = _scorer(shared)
    sets = build_sets(work, themes)
    result: dict[str, Any] = {"runs": {}, "problems": [], "platform": {}, "routes": []}
    kinds: dict[str, dict[tuple, list[str]]] = defaultdict(lambda: defaultdict(list))
    for theme in themes:
        folder = sets[theme.name]
        result["platform"][theme.name] = theme.platform
        start = (folder / "START").read_text().strip()
        by_route: dict[str, list[dict]] = {}
        with serve(folder / "site") as served:
            if do_crawl:
                name = f"{theme.name}/crawl"
                out = work / f"{theme.name}-crawl.jsonl"
                try:
                    records = crawl(served.url(start), out)
                except RuntimeError as exc:
                    result["problems"].append(f"{name}: {exc}")
                else:
                    result["runs"][name] = score(shared, folder, out)
                    failures(sc, folder, records, name, kinds)
                    by_route["crawl"] = records
            if do_offline:
                name = f"{theme.name}/offline"
                out = work / f"{theme.name}-offline.jsonl"
                records = offline(folder, served.base, out)
                result["runs"][name] = score(shared, folder, out)
                failures(sc, folder, records, name, kinds)
                by_route["offline"] = records
        if len(by_route) == 2:
            result["routes"] += [f"{theme.name} {d}" for d in
                                 route_differences(sc, by_route["crawl"], by_route["offline"])]
    result["failures"] = {kind: [{"what": list(k), "runs": v} for k, v in items.items()]
                          for kind, items in kinds.items()}
    return result


def totals(result: dict, names: list[str]) -> dict[str, float | None]:
    out = {}
    for m in SHOWN:
        num = sum(result["runs"][n][m].get("num", 0) for n in names)
        den = sum(result["runs"][n][m].get("den", 0) for n in names)
        out[m] = num / den if den else None
    return out


def table(result: dict) -> str:
    head = f"{'run':<34}" + "".join(f"{m.replace('_acc', '').replace('posts_', ''):>10}"
                                   for m in SHOWN)
    lines = [head, "-" * len(head)]

    def row(label: str, values: dict) -> str:
        cells = []
        for m in SHOWN:
            v = values[m]
            cells.append("n/a" if v is None else (f"{v:.3f}" if isinstance(v, float)
                                                 else str(v)))
        return f"{label:<34}" + "".join(f"{c:>10}" for c in cells)

    for name, metrics in result["runs"].items():
        lines.append(row(name, {m: metrics[m]["value"] for m in SHOWN}))
    groups: dict[str, list[str]] = defaultdict(list)
    for name in result["runs"]:
        theme, route = name.split("/")
        groups[f"{result['platform'][theme]}/{route}"].append(name)
        groups[f"all/{route}"].append(name)
    lines.append("-" * len(head))
    for label, names in sorted(groups.items()):
        lines.append(row(label + " (micro)", totals(result, names)))
    lines.append("targets: " + ", ".join(f"{m} {op} {v}" for m, (op, v) in TARGETS.items()))
    lines.append("\nroutes that disagree (crawl vs offline):")
    lines += [f"  {d}" for d in result.get("routes", [])] or ["  none"]
    for kind, items in result["failures"].items():
        lines.append(f"\n{kind}:")
        for item in sorted(items, key=lambda x: (x["what"][0], -len(x["runs"]))):
            lines.append(f"  {' | '.join(item['what'])}  [{', '.join(item['runs'])}]")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--keep", type=Path, help="write the sites, gold and predictions to DIR")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--themes", help="only these themes (comma-separated names)")
    ap.add_argument("--no-crawl", action="store_true", help="only normalize offline")
    ap.add_argument("--no-offline", action="store_true", help="only crawl")
    ap.add_argument("--build-only", type=Path, metavar="DIR",
                    help="only write the gold sets to DIR (one folder a theme)")
    a = ap.parse_args(argv)
    themes = THEMES
    if a.themes:
        wanted = a.themes.split(",")
        unknown = set(wanted) - {t.name for t in THEMES}
        if unknown:
            ap.error(f"unknown themes {sorted(unknown)}; known: "
                     f"{', '.join(t.name for t in THEMES)}")
        themes = [t for t in THEMES if t.name in wanted]
    if a.build_only:
        build_sets(a.build_only, themes)
        return 0
    if not (a.shared / "eval" / "score.py").is_file():
        print(f"eval_platforms_real: {a.shared}: no eval/score.py here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-platforms-") as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(a.shared, work, themes, do_crawl=not a.no_crawl,
                          do_offline=not a.no_offline)
    print(table(result))
    if a.json:
        a.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    for problem in result["problems"]:
        print(f"eval_platforms_real: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
