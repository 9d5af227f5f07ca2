"""Generate aggregator-blog sites (invented content) as static files, for tests,
benchmarks and the demo.

A site is a tag archive of N posts, M a page, in one of three themes as the real ones
render them: ``kubrick`` (WordPress' classic default theme, full posts), ``modern``
(a Twenty-something WordPress theme: ``article.post``, ``entry-summary`` excerpts with
"Continue reading"), ``blogger`` (a Blogger label page: ``post-outer``, date headers,
"Read more »" jump links, "Older Posts"). Every post reposts one or two wire stories
(Reuters, AFP, AP) with a photo caption and credit, a "Read more:" link and share
buttons; every post also has a permalink page with share/related/comment chrome.

    python benchmarks/sitegen.py OUT_DIR --posts 2000 --per-page 10 --theme kubrick

:func:`write_site` returns (and writes as ``manifest.json``) what a crawler should find.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# --------------------------------------------------------------------------- content

PLACES = [("MOSCOW", "Russia", "Russian"), ("BRUSSELS", "Belgium", "Belgian"),
          ("TOKYO", "Japan", "Japanese"), ("NAIROBI", "Kenya", "Kenyan"),
          ("BRASILIA", "Brazil", "Brazilian"), ("ANKARA", "Turkey", "Turkish"),
          ("JAKARTA", "Indonesia", "Indonesian"), ("LIMA", "Peru", "Peruvian"),
          ("OSLO", "Norway", "Norwegian"), ("HANOI", "Vietnam", "Vietnamese"),
          ("WARSAW", "Poland", "Polish"), ("CAIRO", "Egypt", "Egyptian")]
FIRST = ["Anton", "Maria", "Kenji", "Amina", "Lucas", "Selin", "Dewi", "Carlos", "Ingrid",
         "Minh", "Tomasz", "Leila", "Pieter", "Grace", "Omar", "Hana"]
LAST = ["Veller", "Sorensen", "Takeda", "Odhiambo", "Ferreira", "Aydin", "Santoso", "Quispe",
        "Haugen", "Tranh", "Nowicki", "Mansour", "de Vries", "Mwangi", "Haddad", "Kobayashi"]
ROLES = ["Foreign Minister", "Finance Minister", "Defence Minister", "Prime Minister",
         "central bank governor", "Energy Minister", "Trade Minister"]
TOPICS = [
    ("grain export deal", "sign a grain export deal", "shipments through the Black Sea"),
    ("gas pipeline", "resume work on a gas pipeline", "supplies to southern Europe"),
    ("border talks", "hold new border talks", "the disputed northern crossing"),
    ("interest rate", "raise its benchmark interest rate", "inflation running near 9 percent"),
    ("sanctions", "extend sanctions", "banks and shipping firms"),
    ("fishing quotas", "cut fishing quotas", "cod stocks in the north"),
    ("rail link", "fund a high-speed rail link", "the coastal freight corridor"),
    ("nuclear talks", "return to nuclear talks", "inspections at two reactor sites"),
]
SENTENCES = [
    "{official} said on {weekday} that {country} was ready to {action}, a step that would "
    "affect {detail}.",
    "The announcement came after two days of talks in {city2} that officials described as "
    "difficult but constructive.",
    "{adj} officials have long argued that {detail} should be settled before any wider "
    "agreement is reached.",
    "“We are not going to accept conditions that were written without us,” {last} told "
    "reporters after the meeting.",
    "Analysts said the move could unsettle markets that had priced in a slower approach to "
    "{topic}.",
    "A spokesman for the government declined to comment on the timetable, saying details "
    "would be published later this month.",
    "Opposition lawmakers criticised the plan, saying it had been agreed without a vote in "
    "parliament.",
    "Trade between the two countries fell by a fifth last year, according to customs data.",
    "The {topic} has been a point of friction since 2019, when a previous round of talks "
    "collapsed over {detail}.",
    "Diplomats in {city2} said a final text could be ready before the end of the year if "
    "both sides keep to the current schedule.",
    "{official} is due to travel to {city2} next week for a regional summit.",
    "Officials said about 40 experts would work on the technical questions over the coming "
    "weeks.",
]
AGENCIES = {
    "Reuters": {"dateline": "{city} (Reuters) – ", "credit": "REUTERS/{photog}",
                "end": "(Reporting by {a}; Editing by {b})"},
    "AFP": {"dateline": "{city} (AFP) – ", "credit": "AFP PHOTO / {photog}",
            "end": "© {year} AFP"},
    "AP": {"dateline": "{city} (AP) — ", "credit": "(AP Photo/{photog})",
           "end": "Associated Press writer {a} in {city2} contributed to this report."},
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Story:
    source: str
    headline: str
    byline: str | None
    paragraphs: list[str]
    caption: str
    read_more: tuple[str, str]


@dataclass
class Post:
    slug: str
    title: str
    published: date
    stories: list[Story]
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    empty: bool = False   # a post with no text at all (the normalizer must reject it)

    @property
    def path(self) -> str:
        d = self.published
        return f"/{d:%Y/%m/%d}/{self.slug}/"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_story(rng: random.Random, day: date, source: str | None = None) -> Story:
    city, country, adj = rng.choice(PLACES)
    city2 = rng.choice([p[0].title() for p in PLACES if p[0] != city])
    topic, action, detail = rng.choice(TOPICS)
    source = source or rng.choice(list(AGENCIES))
    official = f"{adj} {rng.choice(ROLES)} {_name(rng)}"
    slots = {"official": official, "last": official.split()[-1], "country": country,
             "action": action, "detail": detail, "topic": topic, "city2": city2, "adj": adj,
             "weekday": WEEKDAYS[day.weekday()]}
    picked = [SENTENCES[0]] + rng.sample(SENTENCES[1:], rng.randint(5, 8))
    paragraphs = [s.format(**slots) for s in picked]
    style = AGENCIES[source]
    paragraphs[0] = style["dateline"].format(city=city) + paragraphs[0]
    paragraphs.append(style["end"].format(a=_name(rng), b=_name(rng), year=day.year,
                                          city2=city2))
    headline = f"{country} to {action} amid row over {detail}"
    caption = (f"{official} speaks during a news conference in {city.title()}, "
               f"{day:%B} {day.day}, {day.year}. " + style["credit"].format(photog=_name(rng)))
    return Story(source=source, headline=headline[0].upper() + headline[1:],
                 byline=_name(rng) if source != "AFP" else None, paragraphs=paragraphs,
                 caption=caption, read_more=(f"{country} weighs {topic} as talks resume",
                                             f"https://news.example.org/{rng.randrange(10**6)}"))


def make_posts(n: int, *, seed: int = 7, newest: date = date(2024, 3, 28),
               empty_every: int = 0) -> list[Post]:
    """``n`` posts, newest first, one every day or two; 1 in 4 reposts two stories."""
    rng = random.Random(seed)
    posts, day, seen = [], newest, set()
    for i in range(n):
        stories = [make_story(rng, day)]
        if rng.random() < 0.25:
            stories.append(make_story(rng, day))
        slug = stories[0].headline.lower()
        slug = "".join(c if c.isalnum() else "-" for c in slug)[:60].strip("-")
        while slug in seen:
            slug += f"-{len(seen)}"
        seen.add(slug)
        cats = sorted({rng.choice(["World", "Europe", "Asia", "Markets", "Energy"])})
        posts.append(Post(slug=slug, title=stories[0].headline, published=day, stories=stories,
                          categories=cats, tags=sorted({"Diplomacy", rng.choice(
                              ["Sanctions", "Energy", "Trade", "Security"])}),
                          empty=bool(empty_every) and i % empty_every == empty_every - 1))
        if i % 2:
            day -= timedelta(days=1)
    return posts


# --------------------------------------------------------------------------- HTML

E = html.escape


def story_html(story: Story, index: int, post: Post) -> str:
    img = f"/wp-content/uploads/{post.published:%Y/%m}/{post.slug}-{index}.jpg"
    parts = []
    if index:
        parts.append(f"<h3>{E(story.headline)}</h3>")
    parts.append(
        f'<div class="wp-caption aligncenter" style="width: 610px"><img src="{img}" '
        f'alt="{E(story.caption.split(".")[0])}" width="600" height="400" />'
        f'<p class="wp-caption-text">{E(story.caption)}</p></div>')
    if story.byline:
        parts.append(f"<p>By {E(story.byline)}</p>")
    parts.extend(f"<p>{E(p)}</p>" for p in story.paragraphs)
    title, href = story.read_more
    parts.append(f'<p><strong>Read more:</strong> <a href="{href}">{E(title)}</a></p>')
    return "\n".join(parts)


def content_html(post: Post) -> str:
    if post.empty:
        return ""
    return "\n".join(story_html(s, i, post) for i, s in enumerate(post.stories))


def excerpt_text(post: Post) -> str:
    if post.empty:
        return ""
    words = post.stories[0].paragraphs[0].split()[:40]
    return " ".join(words)


def share_html(post: Post, base: str = "") -> str:
    url = base + post.path
    links = "".join(
        f'<li><a rel="nofollow" class="share-{s}" href="{url}?share={s}&amp;nb=1">'
        f"<span>{s.title()}</span></a></li>" for s in ("twitter", "facebook", "email"))
    return (f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
            f'<ul>{links}</ul></div>')


def permalink_chrome(post: Post, others: list[Post]) -> str:
    related = "".join(f'<div class="jp-relatedposts-post">'
                      f'<h4 class="jp-relatedposts-post-title">'
                      f'<a href="{o.path}">{E(o.title)}</a></h4></div>' for o in others[:3])
    comments = (f'<div id="comments" class="comments-area"><h3>2 Responses</h3>'
                f'<ol class="commentlist">'
                f'<li class="comment"><p>Thanks for posting this.</p>'
                f'<a rel="nofollow" class="comment-reply-link" '
                f'href="{post.path}?replytocom=101#respond">'
                f"Reply</a></li></ol></div>")
    return (share_html(post) + f'<div id="jp-relatedposts" class="jp-relatedposts">'
            f'<h3 class="jp-relatedposts-headline">Related</h3>{related}</div>' + comments)


def _terms(post: Post) -> tuple[str, str]:
    cats = ", ".join(f'<a href="/category/{c.lower()}/" rel="category tag">{E(c)}</a>'
                     for c in post.categories)
    tags = ", ".join(f'<a href="/tag/{t.lower()}/" rel="tag">{E(t)}</a>' for t in post.tags)
    return cats, tags


def _page(title: str, body_class: str, inner: str, site: str, lang: str = "en-US") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="UTF-8" />'
            f"<title>{E(title)} | {E(site)}</title></head>\n"
            f'<body class="{body_class}">\n<div id="page"><div id="header"><h1>'
            f'<a href="/">{E(site)}</a></h1></div>\n{inner}\n'
            f'<div id="sidebar" class="widget-area"><div class="widget widget_recent_entries">'
            f'<h2 class="widgettitle">Recent Posts</h2><ul><li><a href="/about/">About</a></li>'
            f"</ul></div></div>\n"
            f'<div id="footer"><p>{E(site)} is proudly powered by WordPress</p></div></div>\n'
            f"</body>\n</html>\n")


# Kubrick ------------------------------------------------------------------------------

def kubrick_post(post: Post, full: bool) -> str:
    cats, tags = _terms(post)
    d = post.published
    body = content_html(post) if full else (
        f"<p>{E(excerpt_text(post))} […]</p>"
        f'<a href="{post.path}#more-1" class="more-link">'
        f'Read the rest of this entry &raquo;</a>')
    return (f'<div class="post type-post hentry" '
            f'id="post-{zlib.crc32(post.slug.encode()) % 99999}">\n'
            f'<h2><a href="{post.path}" rel="bookmark" title="Permanent Link to {E(post.title)}">'
            f"{E(post.title)}</a></h2>\n"
            f"<small>{WEEKDAYS[d.weekday()]}, {d:%B} {d.day}{_ordinal(d.day)}, {d.year}</small>\n"
            f'<div class="entry">\n{body}\n</div>\n'
            f'<p class="postmetadata">Tags: {tags}<br /> Posted in {cats} | '
            f'<a href="{post.path}#comments">2 Comments &#187;</a></p>\n</div>\n')


def _ordinal(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def kubrick_archive(posts: list[Post], tag: str, older: str | None, newer: str | None,
                    full: bool) -> str:
    nav = (f'<div class="navigation"><div class="alignleft">'
           f'{f"<a href={older!r}>&laquo; Older Entries</a>" if older else ""}</div>'
           f'<div class="alignright">'
           f'{f"<a href={newer!r}>Newer Entries &raquo;</a>" if newer else ""}'
           f"</div></div>")
    inner = (f'<div id="content" class="narrowcolumn">\n'
             f'<h2 class="pagetitle">Posts Tagged &#8216;{E(tag)}&#8217;</h2>\n{nav}\n'
             + "".join(kubrick_post(p, full) for p in posts) + nav + "</div>")
    return inner


# Modern -------------------------------------------------------------------------------

def modern_post(post: Post, full: bool, single: bool = False) -> str:
    cats, tags = _terms(post)
    d = post.published
    title = (f'<h1 class="entry-title">{E(post.title)}</h1>' if single else
             f'<h2 class="entry-title">'
             f'<a href="{post.path}" rel="bookmark">{E(post.title)}</a></h2>')
    if full:
        body = f'<div class="entry-content">\n{content_html(post)}\n</div>'
    else:
        body = (f'<div class="entry-summary">\n<p>{E(excerpt_text(post))} &hellip; '
                f'<a href="{post.path}" class="more-link">Continue reading<span '
                f'class="screen-reader-text"> &#8220;{E(post.title)}&#8221;</span></a></p>\n</div>')
    return (f'<article id="post-{zlib.crc32(post.slug.encode()) % 99999}" class="post type-post '
            f'status-publish format-standard hentry entry">\n<header class="entry-header">{title}'
            f'<div class="entry-meta"><span class="posted-on">Posted on <a href="{post.path}" '
            f'rel="bookmark"><time class="entry-date published" datetime="{d.isoformat()}'
            f'T08:30:00+00:00">{d:%B} {d.day}, {d.year}</time></a></span>'
            f'<span class="byline"> by <span class="author vcard"><a class="url fn n" '
            f'href="/author/desk/">Wire Desk</a></span></span></div></header>\n{body}\n'
            f'<footer class="entry-footer"><span class="cat-links">Posted in {cats}</span> '
            f'<span class="tags-links">Tagged {tags}</span></footer>\n</article>\n')


def modern_archive(posts: list[Post], tag: str, older: str | None, newer: str | None,
                   full: bool) -> str:
    links = ""
    if older:
        links += f'<div class="nav-previous"><a href="{older}">Older posts</a></div>'
    if newer:
        links += f'<div class="nav-next"><a href="{newer}">Newer posts</a></div>'
    nav = (f'<nav class="navigation posts-navigation" role="navigation">'
           f'<h2 class="screen-reader-text">'
           f'Posts navigation</h2><div class="nav-links">{links}</div></nav>')
    return (f'<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">'
            f"Tag: <span>{E(tag)}</span></h1></header>\n"
            + "".join(modern_post(p, full) for p in posts) + nav + "</main>")


# Blogger ------------------------------------------------------------------------------

def blogger_path(post: Post) -> str:
    return f"/{post.published:%Y/%m}/{post.slug}.html"


def blogger_post(post: Post, full: bool) -> str:
    d = post.published
    url = blogger_path(post)
    if full or post.empty:
        body = content_html(post)
    else:
        body = (f"<p>{E(post.stories[0].paragraphs[0])}</p>\n"
                f'<div class="jump-link"><a href="{url}#more" title="{E(post.title)}">'
                f"Read more &#187;</a></div>")
    labels = ", ".join(f'<a href="/search/label/{t}" rel="tag">{E(t)}</a>' for t in post.tags)
    return (f'<div class="post-outer"><div class="post hentry uncustomized-post-template" '
            f'itemscope="itemscope" itemtype="http://schema.org/BlogPosting">\n'
            f'<h3 class="post-title entry-title" itemprop="name">'
            f'<a href="{url}">{E(post.title)}</a></h3>\n'
            f'<div class="post-header"><div class="post-header-line-1"></div></div>\n'
            f'<div class="post-body entry-content" itemprop="description articleBody">\n{body}\n'
            f'<div style="clear: both;"></div></div>\n'
            f'<div class="post-footer"><div class="post-footer-line post-footer-line-1">'
            f'<span class="post-author vcard">Posted by <span class="fn" itemprop="author">'
            f'<span itemprop="name">Wire Desk</span></span></span> '
            f'<span class="post-timestamp">at '
            f'<a class="timestamp-link" href="{url}" rel="bookmark" '
            f'title="permanent link"><abbr class="published" itemprop="datePublished" '
            f'title="{d.isoformat()}T09:15:00+01:00">9:15 AM</abbr></a></span></div>'
            f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: '
            f"{labels}</span></div></div>\n</div></div>\n")


def blogger_archive(posts: list[Post], tag: str, older: str | None, newer: str | None,
                    full: bool) -> str:
    by_day: dict[date, list[Post]] = {}
    for p in posts:
        by_day.setdefault(p.published, []).append(p)
    days = "".join(
        f'<div class="date-outer"><h2 class="date-header"><span>{WEEKDAYS[d.weekday()]}, {d:%B} '
        f'{d.day}, {d.year}</span></h2><div class="date-posts">'
        + "".join(blogger_post(p, full) for p in ps) + "</div></div>\n"
        for d, ps in by_day.items())
    pager = '<div class="blog-pager" id="blog-pager">'
    if newer:
        pager += (f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" '
                  f'href="{newer}" id="Blog1-newer-link" title="Newer Posts">'
                  f'Newer Posts</a></span>')
    if older:
        pager += (f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" '
                  f'href="{older}" id="Blog1-older-link" title="Older Posts">'
                  f'Older Posts</a></span>')
    pager += '<a class="home-link" href="/">Home</a></div>'
    return (f'<div class="main-inner"><div class="status-msg-wrap">'
            f'<div class="status-msg-body">'
            f"Showing posts with label <b>{E(tag)}</b>. "
            f"<a href=\"/\">Show all posts</a></div></div>"
            f'<div class="blog-posts hfeed">\n{days}</div>{pager}</div>')


THEMES = {"kubrick": kubrick_archive, "modern": modern_archive, "blogger": blogger_archive}


# --------------------------------------------------------------------------- site

def write_site(root: str | Path, posts: list[Post], *, theme: str = "kubrick",
               per_page: int = 10, full: bool = True, tag: str = "Diplomacy",
               site: str = "Wire Digest", loop: bool = False,
               robots_disallow: int = 0) -> dict:
    """Write the archive pages, permalink pages and robots.txt under ``root``.

    ``loop``: the last archive page's "older" link points back to the first page.
    ``robots_disallow``: that many posts (every 3rd) are disallowed in robots.txt."""
    root = Path(root)
    blogger = theme == "blogger"
    post_path = blogger_path if blogger else (lambda p: p.path)
    if blogger:
        first = f"/search/label/{tag}/"

        def page_path(n: int) -> str:
            return first if n == 1 else f"/search/label/{tag}/older/{n}/"
    else:
        first = f"/tag/{tag.lower()}/"

        def page_path(n: int) -> str:
            return first if n == 1 else f"{first}page/{n}/"
    pages = [posts[i:i + per_page] for i in range(0, len(posts), per_page)] or [[]]
    render = THEMES[theme]
    for n, chunk in enumerate(pages, start=1):
        older = page_path(n + 1) if n < len(pages) else (first if loop else None)
        newer = page_path(n - 1) if n > 1 else None
        inner = render(chunk, tag, older, newer, full)
        if blogger:
            for p in chunk:  # Blogger's permalinks end in .html; point the theme's at them
                inner = inner.replace(f'href="{p.path}', f'href="{post_path(p)}')
        body_class = "loading" if blogger else (
            f"archive tag tag-{tag.lower()}" + (" paged" if n > 1 else ""))
        _write(root, page_path(n), _page(f"{tag}", body_class, inner, site))
    for i, p in enumerate(posts):
        others = posts[i + 1:i + 4]
        if theme == "modern":
            inner = (f'<main id="main">{modern_post(p, True, single=True)}'
                     f'{permalink_chrome(p, others)}</main>')
        else:
            inner = (f'<div id="content" class="widecolumn"><div class="post hentry" id="post-1">'
                     f"<h2>{E(p.title)}</h2><div class=\"entry\">\n{content_html(p)}\n"
                     f"{permalink_chrome(p, others)}</div></div></div>")
        if blogger:
            for o in [p, *others]:
                inner = inner.replace(f'href="{o.path}', f'href="{post_path(o)}')
        body_class = "loading item-view" if blogger else "single single-post"
        _write(root, post_path(p), _page(p.title, body_class, inner, site))
    disallowed = [post_path(p) for p in posts[2::3][:robots_disallow]]
    robots = ("User-agent: *\nDisallow: /wp-admin/\n"
              + "".join(f"Disallow: {d}\n" for d in disallowed))
    (root / "robots.txt").write_text(robots, encoding="utf-8")
    manifest = {
        "start": first, "theme": theme, "full": full, "per_page": per_page,
        "pages": [page_path(n) for n in range(1, len(pages) + 1)],
        "robots_disallowed": disallowed,
        "posts": [{"url": post_path(p), "title": p.title, "published": p.published.isoformat(),
                   "stories": len(p.stories), "empty": p.empty,
                   "sources": [s.source for s in p.stories]} for p in posts],
    }
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def _write(root: Path, path: str, text: str) -> None:
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


#: The saved fixture sites under tests/fixtures/sites/ (regenerate: sitegen.py --fixtures).
FIXTURE_SITES: dict[str, dict] = {
    "wp-kubrick-full": dict(n=20, seed=1, theme="kubrick", per_page=10, full=True,
                            tag="Sanctions", site="Wire Digest"),
    "wp-modern-excerpts": dict(n=12, seed=2, theme="modern", per_page=5, full=False,
                               tag="Energy", site="The Energy Desk"),
    "blogger-label": dict(n=7, seed=3, theme="blogger", per_page=3, full=False,
                          tag="Trade", site="Trade Wire Blog"),
    "wp-loop": dict(n=9, seed=4, theme="kubrick", per_page=4, full=True, loop=True,
                    tag="Security", site="Loop Watch"),
    "wp-robots": dict(n=6, seed=5, theme="modern", per_page=10, full=False, robots_disallow=2,
                      tag="Diplomacy", site="Polite Reader"),
    "wp-empty-post": dict(n=3, seed=6, theme="kubrick", per_page=10, full=True, empty_every=2,
                          tag="Markets", site="Sparse Notes"),
}
#: The demo's bundled site, sample/site/ (regenerate: sitegen.py --sample sample/site).
SAMPLE_SITE = dict(n=8, seed=22, theme="kubrick", per_page=5, full=True, tag="Diplomacy",
                   site="Wire Digest")


def write_fixture(name: str, root: str | Path) -> dict:
    spec = dict(SAMPLE_SITE if name == "sample" else FIXTURE_SITES[name])
    posts = make_posts(spec.pop("n"), seed=spec.pop("seed"), empty_every=spec.pop("empty_every", 0))
    return write_site(root, posts, **spec)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Generate an aggregator-blog tag archive.")
    p.add_argument("out")
    p.add_argument("--posts", type=int, default=20)
    p.add_argument("--per-page", type=int, default=10)
    p.add_argument("--theme", choices=sorted(THEMES), default="kubrick")
    p.add_argument("--excerpts", action="store_true", help="list excerpts, not full posts")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--fixtures", action="store_true",
                   help="(re)write every site of FIXTURE_SITES under OUT")
    p.add_argument("--sample", action="store_true", help="write the demo's site to OUT")
    a = p.parse_args(argv)
    if a.sample:
        m = write_fixture("sample", a.out)
        print(f"sample: {len(m['posts'])} posts on {len(m['pages'])} pages")
        return 0
    if a.fixtures:
        for name in FIXTURE_SITES:
            m = write_fixture(name, Path(a.out) / name)
            print(f"{name}: {len(m['posts'])} posts on {len(m['pages'])} pages")
        return 0
    m = write_site(a.out, make_posts(a.posts, seed=a.seed), theme=a.theme,
                   per_page=a.per_page, full=not a.excerpts)
    print(f"{len(m['posts'])} posts on {len(m['pages'])} pages; start at {m['start']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
