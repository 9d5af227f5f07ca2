"""Markup cues: the class names and XPaths that say what a block of a page is.

Captions and photo credits, attribution blocks (byline, dateline, source), regions that
are never the post (comments, sidebars, share bars), and where a post's own title and
date stand, in the themes and CMSs tagwire meets (WordPress classic and block themes,
Blogger, newspaper CMSs). Read by :mod:`normalizer.stories.extract`.
"""
from __future__ import annotations

import re

from normalizer.cues.platforms import VISUALLY_HIDDEN_CLASSES

# Class or id tokens of caption and photo-credit elements (WordPress, Gutenberg, Blogger,
# newspaper CMSs). Matched against whole class tokens and id prefixes.
CAPTION_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:wp-caption-text|caption|figcaption|image-caption|photo-caption|"
    r"credit|credits|photo-credit|image-credit|tr-caption|media-caption|img-caption|"
    r"img-desc|image-desc)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Attribution blocks trafilatura throws away by design; read before extraction.
ATTRIBUTION_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:byline|author|dateline|source|article-source|story-source|timestamp|"
    r"posted-on|published|entry-date|date)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Regions that are never the post: comments, sidebars, footers, navigation, boxes of other
# stories ("relate-news", "recommend_news" on Chinese portals). (Not "breadcrumb": see
# TRAIL_RE.)
OUTSIDE_POST_TOKENS = (
    "comments?", "commentlist", "respond", "sidebar", "widget", "footer", "nav", "navigation",
    "menu", "header", "related?", "jp-relatedposts", "sharedaddy", "share", "sharing", "social",
    "recommend(?:ed|ations?)?",
)
# The trail of the site's sections above a post ("breadcrumbs-box" inside ``<main>``): never
# the post, but a CMS also names the article's own element after it ("url-breadcrumb"), so
# it is read only of the elements apart from those that hold the story (the body's edges).
TRAIL_RE = re.compile(r"(?:^|[\s_-])breadcrumbs?(?:$|[\s_-])", re.IGNORECASE)
# ... except the post's own header: Twenty Twenty-One's ``<header class="entry-header">``
# holds the post's ``<h1 class="entry-title">``, which is the post, not the page's header.
POST_OWN_PREFIXES = ("entry", "post", "article")
POST_OWN_PARTS = ("header",)
_OWN = "".join(rf"(?<!{p}[-_])" for p in POST_OWN_PREFIXES)
OUTSIDE_POST_RE = re.compile(
    r"(?:^|[\s_-])(?:"
    + "|".join(rf"{_OWN}{t}" if t in POST_OWN_PARTS else t for t in OUTSIDE_POST_TOKENS)
    + r")(?:$|[\s_-])",
    re.IGNORECASE,
)
# Attributes besides class and id in which a CMS names the part of the article an element
# is (The Guardian's ``data-gu-name="standfirst"``, "headline", "body"; components'
# ``data-component``): read with the class words where a part's name is asked. (Not
# ``data-testid``: its "article-teaser" names a listing's card.)
NAMING_ATTRIBUTES = ("data-gu-name", "data-component")
# Tag / category link paragraphs inside the entry ("Tags: a, b, c"): links and short
# labels or commas between them. A paragraph of prose with a keyword linked to its tag
# page (news sites do that) has a run of its own text longer than a label.
TAG_LINE_TEXT_MAX_CHARS = 40
TAG_LINKS_XPATH = (
    ".//p[.//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"
    f" and not(text()[string-length(normalize-space()) > {TAG_LINE_TEXT_MAX_CHARS}])]")


# Where a post's own title stands, most specific first (WordPress classic and block
# themes, Blogger, generic article markup).
TITLE_XPATHS = (
    "//meta[@property='og:title']/@content",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-title ')]",
    "//article//h1",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post ')]//h2[1]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ')]//h2[1]",
)
# Where a post's own publication date stands, most explicit first: article metadata,
# machine-readable dates in the post's markup (schema.org, Drupal's Dublin Core RDFa, the
# time in the one article's header), Blogger's date header, Kubrick's "This entry was
# posted on Monday, December 11th, 2017".
PAGE_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    # Drupal's RDFa: a date field's and the node's "submitted" date (Dublin Core)
    "//*[@property='dc:date']/@content",
    "//*[@property='dc:date dc:created']/@content",
    "//time[contains(@class, 'published') or contains(@class, 'entry-date')]/@datetime",
    "//abbr[contains(@class, 'published')]/@title",
    # a WordPress block theme's post-date block (twentytwentytwo/-three print it under
    # the content: "Posted <time> in ..."), not a query loop's, which dates a teaser
    "//*[contains(@class, 'wp-block-post-date')"
    " and not(ancestor::*[contains(@class, 'wp-block-post-template')])]//time/@datetime",
    # the machine-readable time in the header of the page's one <article> (HTML's own
    # markup of the article's heading part: its date, unclassed, as Numerama's
    # "<header><div class='article-header'>...<time datetime=...>"); a page of several
    # articles is a listing, whose first header dates a teaser
    "//article[count(//article) = 1]//header//time/@datetime",
    "//*[contains(@class, 'date-header')]",
    "//*[contains(@class, 'postmetadata')]",
)


# The blog author of a permalink page: the page's meta author, else a rel=author link
# or an author vcard (outside the comments: comment authors wear the same markup).
PAGE_AUTHOR_META_XPATH = "//meta[@name='author']/@content"
PAGE_AUTHOR_XPATH = ("//a[contains(concat(' ', @rel, ' '), ' author ')] | "
                     "//*[contains(concat(' ', @class, ' '), ' author ')]"
                     "//*[contains(@class, 'fn')]")
# The comments region, by class or id (an author link there is a commenter's).
COMMENTS_RE = re.compile(r"comment|respond", re.IGNORECASE)
# An inline style that hides the element (the page's text flattener, the headline's and
# the standfirst's "is it shown" tests all read it).
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Class tokens of text only a screen reader hears: the themes' visually-hidden classes
# (``cues.platforms.VISUALLY_HIDDEN_CLASSES``) and the news CMSs' "off-screen" ones (BBC's
# ``<span class="off-screen">From the section </span>``, "Image copyright"; Amazon's
# "a-offscreen"; "vf-offscreen-text"): a token equal to one, or ending in ``-`` and one
# (but Tailwind's "not-sr-only", which shows it again).
# No reader sees such text, so it is no line of a story (a section label, a link's
# "(opens in a new tab)"). The plain "hidden" classes are not here: a script shows what
# they hide (a menu, a "read more" fold).
SCREEN_READER_CLASSES = frozenset((*VISUALLY_HIDDEN_CLASSES, "off-screen", "offscreen",
                                   "offscreen-text"))
SCREEN_READER_CLASS_RE = re.compile(
    r"(?:^|\s)(?:[\w-]*-)?(?<!not-)(?:" + "|".join(sorted(map(re.escape, SCREEN_READER_CLASSES), key=len,
                                          reverse=True)) + r")(?:$|\s)",
    re.IGNORECASE)
# React's streamed server rendering sends each late part of a page inside a hidden
# ``<div hidden id="S:n">`` and a script of the page moves it into its place at once: the
# reader sees that text, so the ``hidden`` attribute of such a holder does not hide it.
STREAMED_PART_ID_RE = re.compile(r"S:[0-9a-z]+\Z")

TITLE_SEPARATORS = re.compile(r"\s+(?:[|«»·•]|[-–—]|::)\s+")
# A title that is the post's own heading with the site's name before or after it ("Post
# title - Site", "Blog Name: Post title", "Title › site.at", "标题 _频道 _网站"): what stands
# between the heading and the site's name.
TITLE_AFFIX_START_RE = re.compile(r"^\s*(?:[|«»·•›‹:/_]|[-–—]{1,2}|::)")
# After the page's one main heading (its ``<h1>``), a comma parts it from the site's name
# too ("Post title, IBN Live News"); after a smaller heading a comma may go on the title.
TITLE_H1_AFFIX_START_RE = re.compile(r"^,\s")
TITLE_AFFIX_END_RE = re.compile(r"(?:[|«»·•›‹:/_]|[-–—]{1,2}|::)\s*$")
# Where a page shows its headings.
HEADING_XPATH = "//h1|//h2|//h3"
#: HTML's heading elements.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


# The element that holds a blog post's own content (WordPress classic and block themes,
# Blogger: an entry inside a post container). When a page has exactly one and it holds
# no text, the post is empty: what trafilatura would return instead is the furniture.
# An element with one of the content classes inside one with a container class; lxml
# preselects candidates by substring (class tokens tested in XPath cost a millisecond
# a page on nested containers).
POST_CONTAINER_CLASSES = frozenset({"hentry", "type-post", "post"})
POST_CONTENT_CLASSES = frozenset({"entry", "entry-content"})
POST_CONTENT_PRESELECT = "//*[contains(@class, 'entry')]"
EMPTY_CONTENT_MAX_WORDS = 3
# A reader's gate: the box that offers a story's reader to sign up and to log in (a
# paywall's "subscribe / log in to read on" box) holds a link of each kind, told by the
# last words of its address ("/service/regist", "/abonnement", "/login", "/connexion").
# Its lines are the site's offer, never the story's.
SIGN_UP_HREF_RE = re.compile(
    r"(?:^|[/?&=._-])(?:regist(?:er|ration)?|sign-?up|subscribe|subscription|abonn\w*|"
    r"abo|suscri\w*|abbonati|abbonamento|assinatura|prenumer\w*|tilaa)(?:$|[/?&=.#_-])",
    re.IGNORECASE,
)
LOG_IN_HREF_RE = re.compile(
    r"(?:^|[/?&=._-])(?:log-?in|sign-?in|anmelden|connexion|se-connecter|iniciar-sesion|"
    r"accedi|entrar|logowanie|kirjaudu|inloggen)(?:$|[/?&=.#_-])",
    re.IGNORECASE,
)

# An icon font's ligatures: Material Icons draws "access_time" as a clock, but a page's text
# copied where the font never loaded (a browser's select-all, innerText) keeps the name,
# glued to the field it marks ("access_time2019/04/21 11:51 createNeoL／ネオエル
# folder生活・趣味"). The names of the icons that mark a post's date, author, section, tags,
# views and comments; one is read as an icon only glued to a figure, a capital or a letter
# of another script, and only on a line that holds a name with an underscore or two names.
ICON_LIGATURES = (
    "access_time", "access_alarm", "schedule", "today", "event", "date_range",
    "calendar_today", "calendar_month", "update", "history", "create", "edit", "person",
    "person_outline", "account_circle", "face", "folder", "folder_open", "local_offer",
    "label", "label_outline", "bookmark", "bookmark_border", "visibility", "remove_red_eye",
    "comment", "chat_bubble", "chat_bubble_outline", "mode_comment", "forum", "share",
    "place", "location_on", "favorite", "favorite_border", "thumb_up", "timer", "watch_later",
    "headset", "headphones", "volume_up", "play_arrow", "print", "mail_outline",
)
_ICON_NAMES = "|".join(sorted(ICON_LIGATURES, key=len, reverse=True))
ICON_LIGATURE_RE = re.compile(r"(?:(?<=\s)|^)(?P<icon>" + _ICON_NAMES + r")(?=[\dA-Z]|[^\x00-\x7f])")
#: ... and a glyph's name of two words joined by "_" set before a control's label with a
#: space, opening the line ("bookmark_border Auf die Merkliste", "chat_bubble 0 Kommentare",
#: "business_center KARRIERE"): no word of any language is so written; or a glyph's name
#: of the list above so set ("headset Vorlesen": a line opens in lower case, with a
#: capital or a figure after its first word, no other way; round 47).
ICON_SPACED_RE = re.compile(
    r"^\s*(?P<icon>[a-z]+(?:_[a-z]+)+|" + _ICON_NAMES + r")\s+(?=[\dA-Z]|[^\x00-\x7f])")
