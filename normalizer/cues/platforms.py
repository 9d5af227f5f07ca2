"""Cues for reading archive pages: which elements hold posts, titles, bodies, dates, and
where the next (older) page is.

Kept as data so that a new theme or wording touches this file only; read by
``normalizer.pages.archive``. Groups come from the markup of WordPress' bundled themes
(Kubrick "default", Twenty Ten .. Twenty Twenty-Four), the common Blogger layouts
(Simple, Awesome Inc., Contempo, Soho) and the wordings of their translations.
Class tokens match whole class names case-insensitively (``entry`` matches
``class="entry"`` but not ``class="entry-meta"``).
"""
from __future__ import annotations

import re

# Class/id tokens of elements that wrap one post in a listing, most specific first.
POST_CONTAINER_CLASSES: tuple[str, ...] = (
    "post-outer", "hentry", "type-post", "post", "blog-post", "entry", "article", "post-item",
)
POST_CONTAINER_TAGS: tuple[str, ...] = ("article",)

# Class tokens of the element that holds a post's body, by priority.
CONTENT_CLASSES: tuple[str, ...] = (
    "entry-content", "post-body", "post-content", "entry-summary", "post-entry",
    "article-content", "entry-body", "post-excerpt", "excerpt", "entry", "storycontent",
    "content",
)
# Body classes that by themselves mean "this is an excerpt".
EXCERPT_CONTENT_CLASSES: tuple[str, ...] = (
    "entry-summary", "post-summary", "post-excerpt", "excerpt", "summary",
)

# Links that mean "the rest of this post is on its permalink": by class ...
# Links that title a post in a listing: in a heading, or marked rel=bookmark.
TITLE_LINKS_XPATH = ("//h1//a[@href] | //h2//a[@href] | //h3//a[@href] | //h4//a[@href]"
                     " | //a[@rel='bookmark'][@href]")
# A "read more" element anywhere in a listed body marks an excerpt.
READ_MORE_CLASSES: tuple[str, ...] = ("jump-link", "more-link", "read-more")
MORE_LINK_CLASSES: tuple[str, ...] = (
    "more-link", "read-more", "readmore", "more", "jump-link", "continue-reading",
)
# ... and by wording (lowercase; matched at the start of the link text).
MORE_LINK_WORDS: tuple[str, ...] = (
    "continue reading", "read more", "read the rest", "more »", "more...", "more…",
    "(more", "weiterlesen", "mehr lesen", "lire la suite", "continuer la lecture",
    "leer más", "seguir leyendo", "continua a leggere", "leggi tutto", "verder lezen",
    "читать далее", "далее", "continuar lendo", "ler mais",
)
# Endings of a body's text that mark a truncated excerpt.
TRUNCATION_ENDINGS: tuple[str, ...] = ("[…]", "[...]", "[&hellip;]", "…", "...")

# Where posts never are: page chrome and widgets (class/id tokens and tags).
EXCLUDED_CLASSES: tuple[str, ...] = (
    "sidebar", "widget", "widget-area", "secondary", "comments", "comment", "commentlist",
    "related", "jp-relatedposts", "footer", "site-footer", "menu", "nav-menu", "breadcrumbs",
    "popular-posts", "recent-posts", "sharedaddy", "PopularPosts",
)
EXCLUDED_TAGS: tuple[str, ...] = ("aside", "nav", "footer")

# URL paths that are archives or machinery, never a post's permalink.
NON_POST_PATH = re.compile(
    r"""^/(?:$
        |tag/|category/|topics?/|author/|search|page/\d|feed|comments/|wp-(?:admin|login|content)
        |\d{4}/(?:\d{2}/?)?$          # year or month archive
        |\d{4}/\d{2}/\d{2}/?$         # day archive
        |.*/(?:feed|trackback|page/\d+)/?$
        |.*\.(?:xml|php|jpe?g|png|gif|css|js)$)""",
    re.VERBOSE,
)

# Date elements inside a post container (XPath, by priority); values are parsed in order.
LISTED_DATE_XPATHS: tuple[str, ...] = (
    ".//time/@datetime",
    ".//abbr[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@title",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@datetime",
    ".//*[@itemprop='datePublished']/@content",
    ".//*[@itemprop='datePublished']/@datetime",
)
LISTED_DATE_TEXT_XPATHS: tuple[str, ...] = (
    ".//*[contains(@class, 'date') or contains(@class, 'posted-on') "
    "or contains(@class, 'timestamp') or contains(@class, 'published') or contains(@class, 'time')]",
    ".//small",
    ".//*[contains(@class, 'meta') or contains(@class, 'byline') or contains(@class, 'info')]",
)
# Blogger (and some themes) put one date header above the posts of a day.
DATE_HEADER_XPATH = (
    "preceding::*[contains(concat(' ', normalize-space(@class), ' '), ' date-header ')][1]"
)

# Author, categories and tags inside a post container.
AUTHOR_XPATHS: tuple[str, ...] = (
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]//*[contains(@class, 'fn')]",
    ".//a[@rel='author']",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' post-author ')]"
    "//*[contains(@class, 'fn') or @itemprop='name']",
    ".//*[@itemprop='author']//*[@itemprop='name']",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]",
)
# "By X" / "Posted by X" / "von X" before an author's name in a listing.
AUTHOR_PREFIX_RE = re.compile(r"^(?:by|posted by|von|par|por)\s+", re.IGNORECASE)
CATEGORY_XPATH = ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]"
TAG_XPATHS: tuple[str, ...] = (
    ".//a[@rel='tag']",
    ".//*[contains(@class, 'post-labels')]//a",
    ".//*[contains(@class, 'tags-links')]//a",
)

# Pagination: the next *older* page of an archive.
NEXT_LINK_XPATHS: tuple[str, ...] = (
    "//link[@rel='next']/@href",
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href",
    "//a[@id='Blog1-older-link' or contains(@class, 'blog-pager-older-link')]/@href",
    "//a[contains(concat(' ', normalize-space(@class), ' '), ' next ') "
    "and contains(@class, 'page-numbers')]/@href",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' nav-previous ')]//a/@href",
    "//a[contains(@class, 'older')]/@href",
    "//a[contains(@class, 'next')]/@href",
)
# Link wordings (lowercase, arrows and quotes stripped) for the older page.
NEXT_LINK_WORDS: tuple[str, ...] = (
    "older entries", "older posts", "older post", "previous entries", "next page", "next",
    "older", "more posts", "load more", "ältere beiträge", "ältere einträge", "nächste seite",
    "articles plus anciens", "articles précédents", "page suivante", "entradas anteriores",
    "entradas más antiguas", "página siguiente", "articoli meno recenti", "articoli precedenti",
    "oudere berichten", "старые записи", "предыдущие записи", "следующая страница",
    "postagens mais antigas", "mensagens antigas",
)
# Wordings that point the other way: never the older page.
NEWER_LINK_WORDS: tuple[str, ...] = (
    "newer", "neuere", "plus récents", "más recientes", "più recenti", "новые", "home",
)
PAGE_N = re.compile(r"/page/(\d+)/?$")

# Page headings that name the archive's tag: the group "name" is the tag.
TAG_HEADING_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"^posts tagged\s*[‘'\"“«]?(?P<name>.+?)[’'\"”»]?$",
    r"^(?:tag|category|label|topic)\s+archives?\s*:\s*(?P<name>.+)$",
    r"^(?:tag|category|label|topic|schlagwort|kategorie|étiquette|catégorie|etiqueta|categoría)"
    r"\s*:\s*(?P<name>.+)$",
    r"^archive for the\s*[‘'\"“]?(?P<name>.+?)[’'\"”]?\s*category$",
    r"^showing posts with (?:the )?label\s+(?P<name>.+?)\.?(?:\s+show all posts)?$",
    r"^(?:posts|articles) (?:in|under|filed under)\s*[‘'\"“]?(?P<name>.+?)[’'\"”]?$",
))
TAG_HEADING_XPATHS: tuple[str, ...] = (
    "//*[contains(@class, 'pagetitle') or contains(@class, 'page-title') "
    "or contains(@class, 'archive-title') or contains(@class, 'status-msg-body')]",
    "//h1 | //h2",
)
# Archive URL shapes: the tag slug is the group "slug".
TAG_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/search/label/(?P<slug>[^/?#]+)"),
    re.compile(r"/(?:tag|category|topics?|label)/(?:[^/?#]+/)*?(?P<slug>[^/?#]+)/?(?:page/\d+/?)?$"),
)

# Body classes (WordPress body_class, Blogger) saying what kind of page this is.
SINGLE_BODY_CLASSES: tuple[str, ...] = ("single", "single-post", "singular", "item-view", "page")
ARCHIVE_BODY_CLASSES: tuple[str, ...] = (
    "archive", "tag", "category", "blog", "home", "search", "label-view", "feed-view", "paged",
)

# Query parameters that never change which post a URL names.
DROP_QUERY_PARAMS: frozenset[str] = frozenset({
    "share", "replytocom", "fbclid", "gclid", "msclkid", "amp", "m", "shared", "ref",
    "nb", "mc_cid", "mc_eid", "_ga", "preview",
})
DROP_QUERY_PREFIXES: tuple[str, ...] = ("utm_", "__twitter", "hss_")


# -- page shapes the pipeline tests before running the archive parser -----------

# Containers a listing repeats, one per post (WordPress, Blogger, most blog themes): an
# <article>, a class naming "post", or a class containing "hentry" or "post-outer".
# lxml preselects the candidates by substring (a normalize-space() token test in XPath
# costs a millisecond a page); the token test is done on the few candidates.
POST_CONTAINER_TAGS = ("article",)
POST_CONTAINER_CLASS_TOKENS = ("post",)
POST_CONTAINER_CLASS_PARTS = ("hentry", "post-outer")
POST_CONTAINER_PRESELECT = (
    "//article | //*[contains(@class, 'post') or contains(@class, 'hentry')]")


# Paths of listing pages (tag, category, date and search archives, their /page/N/).
ARCHIVE_PATH_RE = re.compile(
    r"^/?$|/(?:tag|tags|category|categories|label|topics?|author|archives?|search)/|/page/\d+/?$"
    r"|^/\d{4}/(?:\d{2}/)?(?:\d{2}/)?$|/search/label/",
    re.IGNORECASE,
)
