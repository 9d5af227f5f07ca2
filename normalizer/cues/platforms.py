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
# Of those, the ones only an excerpt generator writes (an author's sentence may end in a
# bare ellipsis, never in a bracketed one).
GENERATED_CUT_ENDINGS: tuple[str, ...] = ("[…]", "[...]", "[&hellip;]")

# Where posts never are: page chrome and widgets (class/id tokens and tags).
EXCLUDED_CLASSES: tuple[str, ...] = (
    "sidebar", "widget", "widget-area", "secondary", "comments", "comment", "commentlist",
    "related", "jp-relatedposts", "footer", "site-footer", "menu", "nav-menu", "breadcrumbs",
    "popular-posts", "recent-posts", "sharedaddy", "PopularPosts",
    # related-post blocks inside full-content listings (YARPP, Contextual Related Posts,
    # Related Posts for WP, and the plain names themes give them)
    "yarpp-related", "crp_related", "rp4wp-related-posts", "related-posts", "relatedposts",
    # Joomla's module boxes beside the component's output (its "xhtml" module chrome and
    # the templates' own): latest posts, login forms, shop listings
    "moduletable", "module",
)
EXCLUDED_TAGS: tuple[str, ...] = ("aside", "nav", "footer")

# WordPress's plain permalinks: the home path with the post's id in the query (/?p=123).
PLAIN_PERMALINK_PATHS: tuple[str, ...] = ("/", "/index.php")
PLAIN_PERMALINK_PARAMS: tuple[str, ...] = ("p", "page_id")

# URL paths that are archives or machinery, never a post's permalink.
NON_POST_PATH = re.compile(
    r"""^/(?:$
        |tags?/|tagged/|categor(?:y|ies)/|topics?/|author/|search|page/\d|feed|comments/
        |wp-(?:admin|login|content)   # (tags/, categories/: Hugo, Eleventy, Jekyll taxonomies)
        |(?:image|photoset_iframe|ask|archive|submit)(?:/|$)  # Tumblr machinery beside /post/ID
        |\d{4}/(?:\d{2}/?)?$          # year or month archive
        |\d{4}/\d{2}/\d{2}/?$         # day archive
        |users?/[^/]+/?$              # a member's profile (Drupal's /user/54, /users/name)
        |.*/(?:feed|trackback|page/\d+|embed)/?$
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
    re.compile(r"/(?:tags?|tagged|categor(?:y|ies)|topics?|label)/(?:[^/?#]+/)*?(?P<slug>[^/?#]+)/?"
               r"(?:page/\d+/?)?$"),
)

# og:type values a post's own page declares (Open Graph, schema-minded themes). Some
# static generators (Hexo) declare "article" on listings too, so the page's address must
# also be shaped like a post.
ARTICLE_OG_TYPES: frozenset[str] = frozenset({"article", "blogposting", "newsarticle"})
# Body classes (WordPress body_class, Blogger) saying what kind of page this is.
SINGLE_BODY_CLASSES: tuple[str, ...] = ("single", "single-post", "singular", "item-view", "page")
ARCHIVE_BODY_CLASSES: tuple[str, ...] = (
    "archive", "tag", "category", "blog", "home", "search", "label-view", "feed-view", "paged",
    "page-taxonomy", "page-taxonomy-term",  # Drupal 6/7: a term's page, beside its "page"
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


# -- listings: how posts stand in an archive page, platform by platform --------------
# Read by normalizer.pages.archive. Structure does most of the work (repeated containers
# that each hold one permalink); these tables name what structure cannot tell.

# Links that are a post's permalink though they are not in a heading: Tumblr's
# "Permalink" and date links, Blogger's timestamp link, Hexo's archive list, Ghost's
# cards (a link wrapping the card's heading), Nikola/Jekyll "post-link".
PERMALINK_LINK_CLASSES: tuple[str, ...] = (
    "permalink", "post-date", "post-link", "archive-post-link", "post-card-content-link",
    "timestamp-link", "entry-date", "post-url",
)
# Elements that hold a blog's main listing although their class says "widget": Blogger's
# Blog widget ("widget Blog", id Blog1) and its post list. Chrome tests stop here.
MAIN_LISTING_CLASSES: tuple[str, ...] = ("blog", "blog1", "blog-posts", "post-feed")
# Page chrome beside EXCLUDED_CLASSES: a blog's own header and title, Blogger's pager of a
# single post ("Newer Post" / "Older Post"), share bars.
HEADER_CLASSES: tuple[str, ...] = (
    "site-header", "site-branding", "site-title", "blog-title", "header", "titlewrapper",
    "masthead", "blog-pager", "post-navigation", "nav-links", "navigation", "share",
    "sharing", "share-menu", "post-controls", "featured-posts", "carousel",
)
HEADER_TAGS: tuple[str, ...] = ()  # <header> also heads each post: only its class counts

# A post's thumbnail (the featured image linking to the post) is not its body.
THUMBNAIL_CLASS_RE = re.compile(r"thumb|featured-image|post-image|entry-image", re.IGNORECASE)
# Containers whose view mode says what they show (Drupal's node view modes, Ghost cards).
FULL_CONTAINER_CLASSES: tuple[str, ...] = ("node--view-mode-full",)
# Generated excerpts are cut at one length (Ghost's and WordPress's word counts): on a
# page with at least CUT_PEERS such cuts, one under CUT_SHORT_SHARE of their median length
# whose text ends a sentence before the ellipsis is the whole post shown with it.
CUT_PEERS = 3
CUT_SHORT_SHARE = 0.75
SENTENCE_ENDINGS: tuple[str, ...] = (".", "!", "?", "。", "！", "？")
EXCERPT_CONTAINER_CLASSES: tuple[str, ...] = (
    "node--view-mode-teaser", "node-teaser", "node--teaser", "post-card",
)
# Body elements that are a summary, not the post (beside EXCERPT_CONTENT_CLASSES).
SNIPPET_CLASSES: tuple[str, ...] = (
    "post-snippet", "snippet-item", "post-card-excerpt", "entry-excerpt", "post-summary",
    "entry-summary", "post-excerpt", "excerpt", "summary", "teaser",
    "wp-block-post-excerpt",  # WordPress block themes (Twenty Twenty-Two, -Three)
)
# Link wordings that mean "the rest is on the permalink", wherever they stand in the
# link text (lower case): the MORE_LINK_WORDS plus wordings that end a sentence
# ("“Title” の続きを読む", "La suite de l'article...").
MORE_LINK_PHRASES: tuple[str, ...] = MORE_LINK_WORDS + (
    "la suite", "lire la suite", "seguir leyendo", "continuar leyendo", "続きを読む",
    "阅读全文", "阅读更多", "閱讀全文", "閱讀更多", "继续阅读", "繼續閱讀", "اقرأ المزيد",
    "आगे पढ़ें", "और पढ़ें", "keep reading", "read full", "view post",
)
# Text only a screen reader hears (WordPress's "screen-reader-text", Bootstrap's "sr-only",
# Drupal's "element-invisible", ...): a heading's hidden part ("Title (17 March, 2020)" in
# the Uku theme) is no part of the title it shows.
VISUALLY_HIDDEN_CLASSES: tuple[str, ...] = (
    "screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden",
    "element-invisible", "assistive-text", "screenreader-only", "sr-text",
)
# Link texts that name no post (never a title).
GENERIC_LINK_TEXTS: frozenset[str] = frozenset({
    "permalink", "link", "read more", "more", "continue reading", "comments", "comment",
    "notes", "#", "»", "→", "view post", "embed",
})
# Tumblr: permalinks are /post/ID[/slug]; a Tumblr listing shows posts whole unless a
# "Keep reading" link cuts them.
WHOLE_POST_PERMALINK_RE = re.compile(r"/post/\d{6,}(?:/|$)")

# Date cues inside a listed post, beside LISTED_DATE_XPATHS: class words of date
# elements (German "datum" too) and the shortest text worth reading as a date line.
DATE_CLASS_RE = re.compile(
    r"date|time|posted-on|published|datum|fecha|meta|byline|info", re.IGNORECASE)
DATE_TEXT_MAX = 80
# A listing that prints month and day under a year heading (Hexo archives: "2026",
# then "07-11").
YEAR_HEADING_RE = re.compile(r"^\s*((?:19|20)\d{2})\s*$")
MONTH_DAY_RE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})\s*$")
# A numeric date with its year ("10/26/2016", "26.10.2016"): a line worth sampling for
# the page's day-month order when no element's class says date.
NUMERIC_DATE_RE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b")
# ... or in words ("Aug 21", "21. März"): a short line with a day and no year, read with
# the heading's year by the listing date reader.
WORD_MONTH_DAY_RE = re.compile(r"^(?=.*[^\W\d_])(?!.*\d{3})[^\d]*\b\d{1,2}\b[^\d]*$")
WORD_MONTH_DAY_MAX = 20
# Languages and locales that write numeric dates month first (03/04 is March 4th).
MONTH_FIRST_LOCALES: tuple[str, ...] = ("en-us", "en_us", "en-ph", "en_ph", "fil")
# A listed date more than this many days after the page was read, or this many years
# from the page's other dates, is a misreading: unknown rather than wrong.
FUTURE_TOLERANCE_DAYS = 2
OUTLIER_YEARS = 15

# Sizes the listing reader works with (calibrated on tests/fixtures/real/archives):
# a day header stands right before its posts (Blogger), a year heading before up to a
# year of title-only entries (Hexo);
DAY_HEADER_REACH = 3
YEAR_HEADING_REACH = 60
# a header-classed region holding this many posts is the listing (an unclosed <header>);
LISTING_MIN_POSTS = 3
# a title-only list repeats at least this many items, in these elements;
LIST_MIN_ITEMS = 3
LIST_ITEM_TAGS: tuple[str, ...] = ("li", "tr", "article", "div", "p", "dd", "section")
# a one-paragraph body this short, on a page whose unmarked bodies are all such, is a
# summary (WordPress.com "river", custom excerpts); generated excerpts are one or two
# paragraphs, so an ellipsis after more is the author's own. Behind a bare ellipsis (no
# GENERATED_CUT_ENDINGS), lines a paragraph breaks with LINE_BREAK_TAGS count as blocks too:
# an old post written as one <p> of <br>-broken lines trailing off is the post.
TEASER_MAX_CHARS = 320
EXCERPT_MAX_BLOCKS = 2
LINE_BREAK_TAGS: tuple[str, ...] = ("br",)
# An article page beside cards of other articles (a news site's teasers): a page that
# says nothing of being a listing, whose listed posts show a teaser at most, and that
# holds this many paragraphs of at least ARTICLE_PARAGRAPH_CHARS outside them and its
# chrome is the article, not an archive (two real news pages: 7 and 12 such paragraphs;
# the archives of tests/fixtures/real/archives say they are listings, or have none).
ARTICLE_MIN_PARAGRAPHS = 3
ARTICLE_PARAGRAPH_CHARS = 200
