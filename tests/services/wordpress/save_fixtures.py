"""Save what the real WordPress answers as unit-test fixtures (``tests/fixtures/wordpress/``).

    python -m tests.services.wordpress.save_fixtures [OUT_DIR]

Starts the test WordPress with 12 posts, five a page, and saves archive pages (their heads
hold the REST and feed discovery links), REST answers with their paging headers, feeds
(full text and summaries, RSS and Atom, pretty and plain URLs) and the refusals a crawler
must fall back from. The host and port are replaced by ``wp.test`` so the files do not
depend on the run. Blogger feeds cannot be captured from a local server; they are written
in Blogger's published format (GData Atom and its ``alt=json`` mapping) from the same
fixture posts, and SOURCES says so.
"""
from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from tests.services.wordpress import WordPressSite, get, wordpress_site

REPO = Path(__file__).resolve().parents[3]
HOST = "http://wp.test"


def _save(out: Path, name: str, site: WordPressSite, url: str,
          keep_headers: tuple[str, ...] = ()) -> None:
    status, headers, body = get(url)
    text = body.decode("utf-8").replace(site.url, HOST).replace(
        site.url.replace("/", "\\/"), HOST.replace("/", "\\/"))
    # WordPress writes its own feed's self link without the port: normalise that too.
    text = text.replace("http://127.0.0.1/", HOST + "/")
    (out / name).write_text(text, encoding="utf-8")
    meta = {"url": url.replace(site.url, HOST), "status": status,
            "headers": {k: v.replace(site.url, HOST) for k, v in headers.items()
                        if k.lower() in keep_headers or k.lower() in ("content-type", "link")}}
    (out / (name + ".meta.json")).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def _blogger(site: WordPressSite, out: Path) -> None:
    """A Blogger label feed (Atom and alt=json) of the same posts, in Blogger's format."""
    posts = site.tagged("diplomacy")[:5]
    base = "https://wirewatch.blogspot.com"
    entries_json, entries_atom = [], []
    for n, p in enumerate(posts):
        _, _, body = get(site.url + f"/?rest_route=/wp/v2/posts/{p.id}&_fields=content")
        content = json.loads(body)["content"]["rendered"].replace(site.url, base)
        link = f"{base}/{p.date:%Y/%m}/{p.slug[:40]}.html"
        stamp = p.date.strftime("%Y-%m-%dT%H:%M:00.000-08:00")
        labels = ["Diplomacy", *[t.title() for t in p.tags if t != "diplomacy"]]
        post_id = f"tag:blogger.com,1999:blog-7001.post-{9000 + n}"
        summary_only = n == 4  # Blogger's "short" feed setting gives a summary only
        body_key = "summary" if summary_only else "content"
        text = content if not summary_only else content.split("</p>")[0] + "</p>"
        entries_json.append({
            "id": {"$t": post_id}, "published": {"$t": stamp}, "updated": {"$t": stamp},
            "category": [{"scheme": "http://www.blogger.com/atom/ns#", "term": t} for t in labels],
            "title": {"type": "text", "$t": p.title},
            body_key: {"type": "html", "$t": text},
            "link": [{"rel": "replies", "type": "text/html", "href": link + "#comment-form"},
                     {"rel": "alternate", "type": "text/html", "href": link, "title": p.title}],
            "author": [{"name": {"$t": "Wire Desk"}, "email": {"$t": "noreply@blogger.com"}}],
        })
        cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{escape(t)}'/>"
                       for t in labels)
        entries_atom.append(
            f"<entry><id>{post_id}</id><published>{stamp}</published><updated>{stamp}</updated>"
            f"{cats}<title type='text'>{escape(p.title)}</title>"
            f"<{body_key} type='html'>{escape(text)}</{body_key}>"
            f"<link rel='alternate' type='text/html' href='{link}' title='{escape(p.title)}'/>"
            f"<author><name>Wire Desk</name><email>noreply@blogger.com</email></author></entry>")
    feed_url = f"{base}/feeds/posts/default/-/Diplomacy"
    next_url = f"{feed_url}?alt=json&start-index=6&max-results=5"
    doc = {"version": "1.0", "encoding": "UTF-8", "feed": {
        "xmlns": "http://www.w3.org/2005/Atom",
        "id": {"$t": "tag:blogger.com,1999:blog-7001"},
        "title": {"type": "text", "$t": "Wire Watch"},
        "link": [{"rel": "alternate", "type": "text/html", "href": base + "/"},
                 {"rel": "next", "type": "application/atom+xml", "href": next_url}],
        "generator": {"version": "7.00", "uri": "http://www.blogger.com", "$t": "Blogger"},
        "openSearch$totalResults": {"$t": str(len(site.tagged("diplomacy")))},
        "openSearch$startIndex": {"$t": "1"}, "openSearch$itemsPerPage": {"$t": "5"},
        "entry": entries_json}}
    (out / "blogger-label.json").write_text(json.dumps(doc), encoding="utf-8")
    atom = ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
            "<id>tag:blogger.com,1999:blog-7001</id><title type='text'>Wire Watch</title>"
            f"<link rel='alternate' type='text/html' href='{base}/'/>"
            f"<link rel='next' type='application/atom+xml' "
            f"href='{escape(feed_url + '?start-index=6&max-results=5')}'/>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
            f"<openSearch:totalResults>{len(site.tagged('diplomacy'))}</openSearch:totalResults>"
            + "".join(entries_atom) + "</feed>")
    (out / "blogger-label.atom").write_text(atom, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else REPO / "tests" / "fixtures" / "wordpress"
    out.mkdir(parents=True, exist_ok=True)
    paging = ("x-wp-total", "x-wp-totalpages")
    with wordpress_site(12, per_page=5, per_feed=5) as site:
        tag = site.terms["post_tag"]["diplomacy"]
        fields = ("_fields=id,link,date,date_gmt,modified_gmt,title,content,author,tags,"
                  "categories,_links,_embedded&_embed=author,wp:term")
        _save(out, "tt1-tag-pretty.html", site, site.tag_url("diplomacy"))
        _save(out, "rest-posts-tag.json", site,
              f"{site.url}/wp-json/wp/v2/posts?tags={tag}&per_page=5&{fields}", paging)
        _save(out, "rest-tags-slug.json", site,
              f"{site.url}/wp-json/wp/v2/tags?slug=diplomacy&_fields=id,name,slug,link")
        _save(out, "feed-rss2-full.xml", site, site.tag_url("diplomacy") + "feed/")
        _save(out, "feed-atom-full.xml", site, site.tag_url("diplomacy") + "feed/atom/")
        site.configure(per_page=5, per_feed=5, permalinks="plain", theme="twentytwentytwo")
        _save(out, "tt2-tag-plain.html", site, site.tag_url("diplomacy"))
        _save(out, "rest-posts-plain.json", site,
              f"{site.url}/?rest_route=/wp/v2/posts&tags={tag}&per_page=5&page=2&{fields}", paging)
        _save(out, "feed-rss2-plain-page2.xml", site,
              f"{site.url}/?tag=diplomacy&feed=rss2&paged=2")
        _blogger(site, out)
        site.configure(per_page=5, per_feed=5, feed_excerpt=True, rest="401",
                       theme="twentytwentythree")
        _save(out, "feed-rss2-excerpt.xml", site, site.tag_url("diplomacy") + "feed/")
        _save(out, "rest-401.json", site, f"{site.url}/wp-json/wp/v2/posts?tags={tag}")
        _save(out, "tt3-category-rest401.html", site, site.category_url("europe"))
        site.configure(per_page=5, per_feed=5, rest="404", feeds="off")
        _save(out, "rest-404.json", site, f"{site.url}/wp-json/wp/v2/posts?tags={tag}")
        _save(out, "tt1-author-rest404-nofeeds.html", site, site.author_url("lmarsh"))
        _save(out, "feed-off.txt", site, site.tag_url("diplomacy") + "feed/")
    print(f"saved fixtures to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
