"""A real, throw-away WordPress for tests, benchmarks and developers: Debian's
``wordpress`` package with its bundled themes, MariaDB on a unix socket in a temporary
directory, PHP's built-in web server on 127.0.0.1. Never a mock: the crawler meets the
HTML, feeds and REST API that WordPress itself writes.

    with wordpress_site(n_posts=60) as site:
        site.configure(theme="twentytwentytwo", permalinks="plain", rest="404")
        site.tag_url("diplomacy")        # http://127.0.0.1:PORT/?tag=diplomacy

Nothing touches the system install: the WordPress code is linked (or copied) into the
temporary directory with its own ``wp-config.php`` and ``wp-content`` (themes linked to
the packaged ones, a must-use plugin holding the test knobs). Nothing reaches the
internet (``WP_HTTP_BLOCK_EXTERNAL``, no updater, no cron, no mail).

The posts are the project's own fixture posts (``tests/sitegen.py``'s wire stories),
written as an editor would: half in the classic editor (``[caption]`` shortcodes,
paragraphs separated by blank lines), half as blocks (``wp:image`` with a figcaption,
``wp:paragraph``), many cut with ``<!--more-->`` after a short teaser, some short, every
one tagged and categorized, two authors.

Knobs (:meth:`WordPressSite.configure`, no reinstall; the must-use plugin reads
``knobs.json`` on every request): ``theme`` (``twentytwentyone`` classic,
``twentytwentytwo`` / ``twentytwentythree`` block themes), ``permalinks`` (``pretty`` =
``/%year%/%monthnum%/%day%/%postname%/`` or ``plain`` = ``?p=N``), ``archive``
(``excerpt`` or ``full``), ``feed_excerpt`` (feeds carry summaries only), ``rest``
(``on``, ``401`` refused but still announced, ``404`` gone, ``html`` a 200 HTML page,
``broken`` JSON cut half-way), ``feeds`` (``on``, ``off``, ``truncated``),
``per_page``, ``per_feed``.

``python -m tests.services.wordpress`` (``make wordpress``) starts one for a developer.
"""
from __future__ import annotations

import html
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from datetime import time as dtime
from pathlib import Path
from urllib.parse import urlencode

from tests.sitegen import Post, Story, make_posts

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
#: Debian's WordPress (package ``wordpress``); TAGWIRE_WORDPRESS_DIR overrides it.
WORDPRESS_DIR = Path(os.environ.get("TAGWIRE_WORDPRESS_DIR", "/usr/share/wordpress"))
THEMES = ("twentytwentyone", "twentytwentytwo", "twentytwentythree")
PACKAGES = ("wordpress", "mariadb-server", "php-cli", "php-mysql",
            *(f"wordpress-theme-{t}" for t in THEMES))
PRETTY = "/%year%/%monthnum%/%day%/%postname%/"
PERMALINKS = {"pretty": PRETTY, "plain": ""}
DEFAULT_KNOBS: dict[str, object] = {
    "theme": "twentytwentyone", "permalinks": "pretty", "archive": "excerpt",
    "feed_excerpt": False, "rest": "on", "feeds": "on", "per_page": 10, "per_feed": 10,
}
KNOB_VALUES: dict[str, tuple] = {
    "theme": THEMES, "permalinks": tuple(PERMALINKS), "archive": ("excerpt", "full"),
    "feed_excerpt": (False, True), "rest": ("on", "401", "404", "html", "broken"),
    "feeds": ("on", "off", "truncated"),
}
START_TIMEOUT_S = 30.0
SITE_TITLE = "Wire Digest"
#: Authors: most posts by the desk, every third by an editor.
USERS = ({"login": "wiredesk", "name": "Wire Desk"}, {"login": "lmarsh", "name": "Lena Marsh"})
#: Categories as sitegen names them; Europe and Asia sit under World (/category/world/europe/).
CATEGORY_PARENTS = {"World": None, "Europe": "world", "Asia": "world", "Markets": None,
                    "Energy": None}


class WordPressUnavailable(RuntimeError):
    """The Debian packages are missing, or WordPress would not start (the message says)."""


# --------------------------------------------------------------------------- content

@dataclass
class SitePost:
    """What a crawler should find for one post (the test oracle)."""
    id: int
    slug: str
    title: str
    date: datetime
    author: str
    tags: list[str]
    categories: list[str]
    sources: list[str]
    editor: str          # "classic" or "blocks"
    more: bool           # content cut with <!--more-->
    short: bool


E = html.escape


def _classic(story: Story, index: int, post: Post, more: bool) -> list[str]:
    """A story as pasted in the classic editor: a [caption] shortcode and paragraphs
    separated by blank lines (wpautop turns them into <p>)."""
    img = f"/wp-content/uploads/{post.published:%Y/%m}/{post.slug}-{index}.jpg"
    parts = [f"<h3>{E(story.headline)}</h3>"] if index else []
    parts.append(f'[caption id="" align="aligncenter" width="600"]<img src="{img}" '
                 f'alt="{E(story.caption.split(".")[0])}" width="600" height="400" /> '
                 f"{E(story.caption)}[/caption]")
    if story.byline:
        parts.append(f"By {E(story.byline)}")
    paragraphs = [E(p) for p in story.paragraphs]
    if more and index == 0:
        paragraphs.insert(1, "<!--more-->")
    parts.extend(paragraphs)
    title, href = story.read_more
    parts.append(f'<strong>Read more:</strong> <a href="{href}">{E(title)}</a>')
    return parts


def _blocks(story: Story, index: int, post: Post, more: bool) -> list[str]:
    """A story as the block editor saves it: an image block with its figcaption, one
    paragraph block a paragraph, a more block after the lead."""
    img = f"/wp-content/uploads/{post.published:%Y/%m}/{post.slug}-{index}.jpg"
    parts = []
    if index:
        parts.append(f'<!-- wp:heading {{"level":3}} -->\n<h3>{E(story.headline)}</h3>\n'
                     "<!-- /wp:heading -->")
    parts.append('<!-- wp:image {"align":"center","sizeSlug":"large"} -->\n'
                 f'<figure class="wp-block-image aligncenter size-large"><img src="{img}" '
                 f'alt="{E(story.caption.split(".")[0])}"/><figcaption class="wp-element-caption">'
                 f"{E(story.caption)}</figcaption></figure>\n<!-- /wp:image -->")
    paragraphs = ([f"By {E(story.byline)}"] if story.byline else []) + [E(p) for p in
                                                                       story.paragraphs]
    title, href = story.read_more
    paragraphs.append(f'<strong>Read more:</strong> <a href="{href}">{E(title)}</a>')
    lead = 2 if story.byline else 1
    for n, text in enumerate(paragraphs):
        if more and index == 0 and n == lead:
            parts.append("<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->")
        parts.append(f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->")
    return parts


def post_variant(i: int) -> tuple[str, bool, bool]:
    """(editor, more, short) of the i-th post: every combination a reader meets."""
    editor = "classic" if i % 4 < 2 else "blocks"
    more = i % 4 in (1, 2)
    short = i % 7 == 3
    return editor, more, short


def wordpress_content(post: Post, i: int) -> str:
    editor, more, short = post_variant(i)
    stories = post.stories
    if short:  # a short post: one story, its first three paragraphs and the credit line
        s = stories[0]
        stories = [Story(s.source, s.headline, s.byline, s.paragraphs[:3] + s.paragraphs[-1:],
                         s.caption, s.read_more)]
    render = _classic if editor == "classic" else _blocks
    sep = "\n\n"
    return sep.join(sep.join(render(s, n, post, more)) for n, s in enumerate(stories))


def site_spec(n_posts: int, seed: int = 11) -> tuple[dict, list[dict]]:
    """The JSON that setup.php installs, and the oracle for each post (without ids)."""
    posts = make_posts(n_posts, seed=seed)
    spec_posts, oracle = [], []
    for i, p in enumerate(posts):
        editor, more, short = post_variant(i)
        when = datetime.combine(p.published, dtime(9 if i % 2 else 18, (i * 7) % 60))
        author = USERS[1]["login"] if i % 3 == 2 else USERS[0]["login"]
        cats = [c.lower() for c in p.categories]
        spec_posts.append({"title": p.title, "slug": p.slug, "content": wordpress_content(p, i),
                           "date": when.strftime("%Y-%m-%d %H:%M:%S"), "author": author,
                           "tags": p.tags, "categories": cats})
        stories = p.stories[:1] if short else p.stories
        oracle.append({"slug": p.slug, "title": p.title, "date": when, "author": author,
                       "tags": [t.lower() for t in p.tags], "categories": cats,
                       "sources": [s.source for s in stories], "editor": editor, "more": more,
                       "short": short})
    spec = {"title": SITE_TITLE, "description": "Wire stories, reposted",
            "admin_email": "admin@example.invalid", "users": list(USERS),
            "categories": [{"name": name, "slug": name.lower(), "parent": parent}
                           for name, parent in CATEGORY_PARENTS.items()],
            "posts": spec_posts}
    return spec, oracle


def given_spec(posts: list[dict]) -> tuple[dict, list[dict]]:
    """The JSON that setup.php installs, and the oracle, for a post list given by the
    caller instead of sitegen's (a benchmark on real stories writes its own posts).

    Each post: ``title``, ``slug``, ``content`` (as the editor saved it), ``date`` (a
    datetime), and optionally ``author`` (a login of ``USERS``; the desk), ``tags``,
    ``categories`` (slugs of ``CATEGORY_PARENTS``; none: WordPress's default),
    ``excerpt`` (a hand-written excerpt), ``sources``, ``editor``, ``more``, ``short``
    (kept in the oracle only)."""
    spec_posts, oracle = [], []
    for n, p in enumerate(posts):
        missing = {"title", "slug", "content", "date"} - set(p)
        if missing:
            raise ValueError(f"given post #{n} ({p.get('slug')!r}): missing {sorted(missing)}")
        author = p.get("author", USERS[0]["login"])
        tags, cats = list(p.get("tags", [])), list(p.get("categories", []))
        spec_posts.append({"title": p["title"], "slug": p["slug"], "content": p["content"],
                           "excerpt": p.get("excerpt", ""),
                           "date": p["date"].strftime("%Y-%m-%d %H:%M:%S"), "author": author,
                           "tags": tags, "categories": cats})
        oracle.append({"slug": p["slug"], "title": p["title"], "date": p["date"],
                       "author": author, "tags": [t.lower() for t in tags], "categories": cats,
                       "sources": list(p.get("sources", [])),
                       "editor": p.get("editor", "classic"), "more": bool(p.get("more")),
                       "short": bool(p.get("short"))})
    oracle.sort(key=lambda o: o["date"], reverse=True)  # newest first, as the site lists them
    spec = {"title": SITE_TITLE, "description": "Wire stories, reposted",
            "admin_email": "admin@example.invalid", "users": list(USERS),
            "categories": [{"name": name, "slug": name.lower(), "parent": parent}
                           for name, parent in CATEGORY_PARENTS.items()],
            "posts": spec_posts}
    return spec, oracle


# --------------------------------------------------------------------------- the site

@dataclass
class WordPressSite:
    url: str                 # http://127.0.0.1:PORT, no trailing slash
    root: Path               # the temporary directory (docroot, database, logs)
    posts: list[SitePost]    # newest first
    terms: dict[str, dict[str, int]]
    users: dict[str, int]
    knobs: dict[str, object] = field(default_factory=lambda: dict(DEFAULT_KNOBS))

    def configure(self, **knobs: object) -> dict[str, object]:
        """Set the knobs (the others back to their defaults); takes effect at once."""
        unknown = set(knobs) - set(DEFAULT_KNOBS)
        if unknown:
            raise ValueError(f"unknown WordPress knob(s): {sorted(unknown)}")
        for name, value in knobs.items():
            if name in KNOB_VALUES and value not in KNOB_VALUES[name]:
                raise ValueError(f"knob {name}={value!r}: expected one of {KNOB_VALUES[name]}")
        self.knobs = {**DEFAULT_KNOBS, **knobs}
        data = {**self.knobs, "permalinks": PERMALINKS[str(self.knobs["permalinks"])]}
        tmp = self.root / "knobs.json.tmp"
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.root / "knobs.json")
        get(self.url + "/")  # the first request after a switch rebuilds the rewrite rules
        return self.knobs

    @property
    def pretty(self) -> bool:
        return self.knobs["permalinks"] == "pretty"

    def _url(self, pretty_path: str, query: dict[str, object], page: int) -> str:
        if self.pretty:
            return self.url + pretty_path + (f"page/{page}/" if page > 1 else "")
        if page > 1:
            query = {**query, "paged": page}
        return f"{self.url}/?{urlencode(query)}"

    def tag_url(self, slug: str, page: int = 1) -> str:
        return self._url(f"/tag/{slug}/", {"tag": slug}, page)

    def category_url(self, slug: str, page: int = 1) -> str:
        parent = CATEGORY_PARENTS.get(slug.title())
        path = f"/category/{parent}/{slug}/" if parent else f"/category/{slug}/"
        return self._url(path, {"cat": self.terms["category"][slug]}, page)

    def author_url(self, login: str, page: int = 1) -> str:
        return self._url(f"/author/{login}/", {"author": self.users[login]}, page)

    def post_url(self, post: SitePost) -> str:
        if self.pretty:
            return f"{self.url}/{post.date:%Y/%m/%d}/{post.slug}/"
        return f"{self.url}/?p={post.id}"

    def tagged(self, slug: str) -> list[SitePost]:
        return [p for p in self.posts if slug in p.tags]


def get(url: str, timeout: float = 30.0) -> tuple[int, dict[str, str], bytes]:
    """GET without any proxy (the site is on 127.0.0.1): (status, headers, body)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def missing_packages() -> list[str]:
    """Which of the Debian packages WordPress needs are absent (empty: all there)."""
    missing = []
    if not (WORDPRESS_DIR / "wp-settings.php").is_file():
        missing.append("wordpress")
    for tool, package in (("mariadbd", "mariadb-server"), ("mariadb-install-db", "mariadb-server"),
                          ("php", "php-cli")):
        if not (shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")):
            missing.append(package)
    if shutil.which("php") and subprocess.run(
            ["php", "-r", "exit(extension_loaded('mysqli') ? 0 : 1);"]).returncode:
        missing.append("php-mysql")
    for theme in THEMES:
        if not (WORDPRESS_DIR / "wp-content" / "themes" / theme).is_dir():
            missing.append(f"wordpress-theme-{theme}")
    return sorted(set(missing))


def _tool(name: str) -> str:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin") or name


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as php -S binds
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _link_or_copy(src: str, dst: str) -> str:
    """Hard links are instant and cost no space; where they are refused (another
    filesystem, protected_hardlinks) the file is copied."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
    return dst


def build_docroot(root: Path, port: int, socket_path: Path) -> Path:
    """A private WordPress tree: the packaged code, our wp-config.php and wp-content."""
    docroot = root / "docroot"
    shutil.copytree(WORDPRESS_DIR, docroot, symlinks=True, copy_function=_link_or_copy,
                    ignore=lambda d, names: [n for n in names if Path(d) == WORDPRESS_DIR
                                             and n in ("wp-config.php", "wp-content")])
    content = docroot / "wp-content"
    for sub in ("themes", "plugins", "mu-plugins", "uploads"):
        (content / sub).mkdir(parents=True)
    for theme in THEMES:
        (content / "themes" / theme).symlink_to(WORDPRESS_DIR / "wp-content" / "themes" / theme)
    shutil.copy(HERE / "tagwire-knobs.php", content / "mu-plugins" / "tagwire-knobs.php")
    url = f"http://127.0.0.1:{port}"
    salts = "".join(f"define('{k}', '{os.urandom(24).hex()}');\n" for k in (
        "AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
        "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"))
    (docroot / "wp-config.php").write_text(f"""<?php
// Written by tests/services/wordpress: a throw-away site on 127.0.0.1.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket_path}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
{salts}define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '{url}/wp-content');
define('TAGWIRE_KNOBS', '{root / "knobs.json"}');
// Nothing leaves 127.0.0.1: no HTTP out, no updates, no cron, no file changes.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('DISALLOW_FILE_MODS', true);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) {{
    define('ABSPATH', __DIR__ . '/');
}}
require_once ABSPATH . 'wp-settings.php';
""", encoding="utf-8")
    return docroot


def _wait(check, proc: subprocess.Popen, what: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not check():
        if proc.poll() is not None or time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise WordPressUnavailable(f"{what} did not start (see {log}): {tail.strip()}")
        time.sleep(0.1)


def _socket_ready(path: Path) -> bool:
    if not path.exists():
        return False
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.connect(str(path))
            return True
        except OSError:
            return False


def _http_ready(url: str) -> bool:
    try:
        return get(url, timeout=5)[0] < 500
    except OSError:
        return False


def _stop(proc: subprocess.Popen) -> None:
    """Stop a server started in its own session, with every process of its group (PHP's
    built-in server forks its PHP_CLI_SERVER_WORKERS, which outlive a lone SIGTERM)."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    with suppress(ProcessLookupError):  # workers that ignored the master's end
        os.killpg(proc.pid, signal.SIGKILL)


@contextmanager
def mariadb(root: Path) -> Iterator[Path]:
    """A private MariaDB server on a unix socket (no TCP); yields the socket path."""
    data, sock, log = root / "db", root / "mysqld.sock", root / "mariadb.log"
    as_root = ["--user=root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    # Durability is worthless for a throw-away database; these make install and inserts fast.
    fast = ["--skip-name-resolve", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0",
            "--innodb-doublewrite=0", "--innodb-buffer-pool-size=32M"]
    done = subprocess.run(
        [_tool("mariadb-install-db"), "--no-defaults", f"--datadir={data}", *as_root,
         "--auth-root-authentication-method=normal", "--skip-test-db", *fast],
        capture_output=True, text=True)
    if done.returncode:
        raise WordPressUnavailable(f"mariadb-install-db failed: {done.stderr.strip()[-500:]}")
    proc = subprocess.Popen(
        [_tool("mariadbd"), "--no-defaults", f"--datadir={data}", f"--socket={sock}",
         "--skip-networking", f"--pid-file={root / 'mariadb.pid'}", f"--log-error={log}",
         *as_root, *fast], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    try:
        _wait(lambda: _socket_ready(sock), proc, "mariadbd", log)
        done = subprocess.run(
            [_tool("mariadb"), "--no-defaults", f"--socket={sock}", "-uroot", "-e",
             "CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"],
            capture_output=True, text=True)
        if done.returncode:
            raise WordPressUnavailable(f"could not create the database: {done.stderr.strip()}")
        yield sock
    finally:
        _stop(proc)


@contextmanager
def wordpress_site(n_posts: int = 60, seed: int = 11, *, workers: int = 4,
                   port: int | None = None, keep: bool = False,
                   posts: list[dict] | None = None,
                   **knobs: object) -> Iterator[WordPressSite]:
    """Install and serve a WordPress with ``n_posts`` fixture posts; yields the site.

    ``workers``: PHP built-in server processes (PHP_CLI_SERVER_WORKERS) so a crawler's
    concurrent requests are served in parallel. ``keep``: leave the directory behind.
    ``posts``: install these posts (see :func:`given_spec`) instead of sitegen's."""
    missing = missing_packages()
    if missing:
        raise WordPressUnavailable("missing Debian packages: " + " ".join(missing)
                                   + " (tests/services/install-debian-packages.sh installs them)")
    if port and not _port_free(port):
        raise WordPressUnavailable(f"port {port} on 127.0.0.1 is already in use")
    tmp = Path(tempfile.mkdtemp(prefix="tagwire-wp-"))
    try:
        port = port or free_port()
        spec, oracle = given_spec(posts) if posts is not None else site_spec(n_posts, seed)
        with mariadb(tmp) as sock:
            docroot = build_docroot(tmp, port, sock)
            (tmp / "site.json").write_text(json.dumps(spec), encoding="utf-8")
            done = subprocess.run(
                ["php", "-d", "display_errors=stderr",
                 "-d", "error_reporting=E_ALL & ~E_DEPRECATED",
                 str(HERE / "setup.php"), str(docroot), str(tmp / "site.json")],
                capture_output=True, text=True)
            if done.returncode:
                raise WordPressUnavailable(f"setup.php failed: {done.stderr.strip()[-800:]}")
            made = json.loads(done.stdout.strip().splitlines()[-1])
            ids = {p["slug"]: p["id"] for p in made["posts"]}
            posts = [SitePost(id=ids[o["slug"]], **o) for o in oracle]
            site = WordPressSite(url=f"http://127.0.0.1:{port}", root=tmp, posts=posts,
                                 terms=made["terms"], users=made["users"])
            log = tmp / "php-server.log"
            env = {**os.environ, "PHP_CLI_SERVER_WORKERS": str(max(1, workers))}
            with open(log, "wb") as log_file:
                server = subprocess.Popen(
                    ["php", "-d", "display_errors=0", "-d", "log_errors=1",
                     "-d", f"error_log={tmp / 'php-errors.log'}", "-d", "memory_limit=256M",
                     "-d", "opcache.enable_cli=1", "-d", "opcache.validate_timestamps=0",
                     "-S", f"127.0.0.1:{port}", "-t", str(docroot), str(HERE / "router.php")],
                    cwd=docroot, env=env, stdout=subprocess.DEVNULL, stderr=log_file,
                    start_new_session=True)
            try:
                _wait(lambda: _http_ready(site.url + "/robots.txt"), server, "php -S", log)
                site.configure(**knobs)
                yield site
            finally:
                _stop(server)
    finally:
        if keep:
            logger.warning("WordPress directory kept: %s", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
