"""A crawl report a person can open: one self-contained HTML file of charts and tables.

    data = ReportData()
    for record in records:
        data.add(record)
    for entry in rejects:            # lines of a rejects file (optional)
        data.add_reject(entry)
    data.summary = crawl_summary     # the crawl's close summary (optional)
    write_report("report.html", data)

Sections: posts and stories over time; stories by source and by language; cruft removed
by kind; near-duplicates (the wire stories reposted most); rejects and fetch errors;
requests per post. Each chart has a table of its numbers under it.

Charts are Vega-Lite specifications built with Altair; Vega, Vega-Lite and vega-embed
are inlined from the ``vl-convert-python`` package (about 0.9 MB, once per file), so the
page opens offline and loads nothing from any network. Both come with the ``report``
extra. Memory grows with the number of distinct stories (each one's headline is kept
so that the most reposted can be named), not with the text.
"""
from __future__ import annotations

import html
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from normalizer.sinks import MissingExtra

#: Rows shown in the "most reposted" chart and table.
TOP_REPOSTED = 15
#: Most bars in one chart (the biggest); the table under it lists every row.
CHART_ROWS = 25
#: Headlines are cut to this many characters in charts (tables show them whole).
CHART_LABEL_CHARS = 60
#: Headlines kept per story for the reposted table (memory bound per distinct story).
HEADLINE_CHARS = 200
UNKNOWN = "unknown"
#: Options given to vega-embed: SVG marks (inspectable, crisp), no export menu.
EMBED_OPTIONS = {"renderer": "svg", "actions": False}


def _day(value: Any) -> str | None:
    return value[:10] if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value) else None


#: Longest reject reason shown (a reason that is not a schema path is shown whole).
REASON_CHARS = 80


def reject_reason(error: str) -> str:
    """What a reject is grouped by: a schema error's field with indices wildcarded
    (``$.stories[2].text: '' should be ...`` -> ``$.stories[*].text``), else the
    first error itself (``normalizer: no story text found``)."""
    if error.startswith("$"):
        return re.sub(r"\[\d+\]", "[*]", error.split(": ", 1)[0])
    return error if len(error) <= REASON_CHARS else error[: REASON_CHARS - 1] + "\u2026"


@dataclass
class ReportData:
    """Counts gathered one record at a time (see the module doc)."""

    posts: int = 0
    stories: int = 0
    duplicate_stories: int = 0
    posts_by_day: Counter = field(default_factory=Counter)
    stories_by_day: Counter = field(default_factory=Counter)
    stories_by_source: Counter = field(default_factory=Counter)
    stories_by_language: Counter = field(default_factory=Counter)
    removed_by_kind: Counter = field(default_factory=Counter)
    copies: Counter = field(default_factory=Counter)        # (url, index) -> later copies
    originals: dict[tuple[str, int], tuple[str | None, str | None]] = field(
        default_factory=dict)                                 # (url, index) -> headline, source
    rejects: int = 0
    rejects_by_error: Counter = field(default_factory=Counter)
    summary: dict[str, Any] | None = None

    def add(self, record: dict[str, Any]) -> None:
        """Count one (valid) post record."""
        self.posts += 1
        post_day = _day(record.get("published"))
        self.posts_by_day[post_day or UNKNOWN] += 1
        url = record.get("url")
        for story in record.get("stories") or []:
            self.stories += 1
            self.stories_by_day[_day(story.get("published")) or post_day or UNKNOWN] += 1
            self.stories_by_source[story.get("source") or UNKNOWN] += 1
            self.stories_by_language[story.get("language") or "und"] += 1
            dup = story.get("duplicate_of")
            if dup:
                self.duplicate_stories += 1
                self.copies[(dup.get("url"), dup.get("index"))] += 1
            elif isinstance(url, str):
                headline = story.get("headline")
                self.originals[(url, story.get("index"))] = (
                    headline[:HEADLINE_CHARS] if isinstance(headline, str) else None,
                    story.get("source"))
        for item in record.get("removed") or []:
            self.removed_by_kind[item.get("kind") or "other"] += 1

    def add_reject(self, entry: dict[str, Any]) -> None:
        """Count one line of a rejects file (``{"errors": [...], "record": ..., ...}``)."""
        self.rejects += 1
        errors = entry.get("errors") or ["(no reason given)"]
        self.rejects_by_error[reject_reason(str(errors[0]))] += 1

    # -- tables (also what the charts draw) ------------------------------------------
    def timeline(self) -> list[dict[str, Any]]:
        days = sorted(set(self.posts_by_day) | set(self.stories_by_day),
                      key=lambda d: (d == UNKNOWN, d))
        return [{"day": d, "posts": self.posts_by_day[d], "stories": self.stories_by_day[d]}
                for d in days]

    def most_reposted(self, n: int = TOP_REPOSTED) -> list[dict[str, Any]]:
        rows = []
        for (url, index), copies in sorted(self.copies.items(),
                                           key=lambda kv: (-kv[1], str(kv[0]))):
            headline, source = self.originals.get((url, index), (None, None))
            rows.append({"headline": headline or f"{url} story {index}", "source": source,
                         "first_url": url, "index": index, "copies": copies})
        return rows[:n]

    def problems(self) -> list[dict[str, Any]]:
        rows = [{"what": "reject", "reason": reason, "count": n}
                for reason, n in self.rejects_by_error.most_common()]
        errors = (self.summary or {}).get("errors") or {}
        rows += [{"what": "fetch error", "reason": reason, "count": int(n)}
                 for reason, n in sorted(errors.items(), key=lambda kv: (-int(kv[1]), kv[0]))]
        return rows

    def requests(self) -> list[dict[str, Any]] | None:
        s = self.summary
        if not s or s.get("requests") is None:
            return None
        pages = s.get("pages") or {}
        archive, permalink = int(pages.get("archive", 0)), int(pages.get("permalink", 0))
        requests = int(s["requests"])
        return [{"kind": "archive pages", "count": archive},
                {"kind": "permalink pages", "count": permalink},
                {"kind": "other requests (retries, errors, redirects)",
                 "count": max(0, requests - archive - permalink)}]

    def totals(self) -> dict[str, Any]:
        s = self.summary or {}
        return {"posts": self.posts, "stories": self.stories,
                "duplicate_stories": self.duplicate_stories,
                "removed": sum(self.removed_by_kind.values()),
                "rejects": max(self.rejects, int(s.get("rejects") or 0)),
                "fetch_errors": sum(int(v) for v in (s.get("errors") or {}).values()),
                "requests": s.get("requests"), "requests_per_post": s.get("requests_per_post")}


# -- charts ----------------------------------------------------------------------------

def _altair() -> Any:
    # jsonschema imported the way normalizer.contract.schema does it, without the format library
    # that costs seconds at import and that neither the record schema nor altair needs.
    from normalizer.contract.schema import validator

    validator()
    try:
        import altair
    except ImportError:
        raise MissingExtra("the HTML report", "report", "altair") from None
    return altair


def check_available() -> None:
    """:class:`MissingExtra` now, rather than after a whole crawl, if a library is missing."""
    _altair()
    try:
        import vl_convert  # noqa: F401
    except ImportError:
        raise MissingExtra("the HTML report", "report", "vl-convert-python") from None


def _count_axis(alt: Any, largest: int) -> Any:
    """Whole numbers only on count axes (no 0.5 steps when the counts are small)."""
    return alt.Axis(tickMinStep=1, format="d", tickCount=max(1, min(int(largest), 10)))


def _bar(alt: Any, rows: list[dict[str, Any]], category: str, value: str, *,
         title: str, color: str | None = None, label: str | None = None) -> dict[str, Any]:
    """A horizontal bar chart, biggest first."""
    y = alt.Y(f"{label or category}:N", sort="-x", title=None,
              axis=alt.Axis(labelLimit=420))
    largest = max((int(r[value] or 0) for r in rows), default=1)
    enc: dict[str, Any] = {"x": alt.X(f"{value}:Q", title=title,
                                      axis=_count_axis(alt, largest)),
                           "y": y,
                           "tooltip": [f"{category}:N", f"{value}:Q"]}
    if color:
        enc["color"] = alt.Color(f"{color}:N", title=None, legend=alt.Legend(orient="bottom"))
    chart = alt.Chart(alt.Data(values=rows)).mark_bar().encode(**enc)
    return chart.properties(width="container", height=max(60, 22 * len(rows))).to_dict()


def chart_specs(data: ReportData) -> dict[str, dict[str, Any] | None]:
    """The Vega-Lite spec of each section's chart (None where there is nothing to draw)."""
    alt = _altair()
    specs: dict[str, dict[str, Any] | None] = {}
    dated = [r for r in data.timeline() if r["day"] != UNKNOWN]
    if dated:
        long = [{"day": r["day"], "series": series, "count": r[series]}
                for r in dated for series in ("posts", "stories")]
        specs["timeline"] = (
            alt.Chart(alt.Data(values=long)).mark_line(point=True).encode(
                x=alt.X("yearmonthdate(day):T", title=None,
                        axis=alt.Axis(format="%Y-%m-%d", labelAngle=0)),
                y=alt.Y("count:Q", title="per day",
                        axis=_count_axis(alt, max(r["count"] for r in long))),
                color=alt.Color("series:N", title=None, legend=alt.Legend(orient="bottom")),
                tooltip=["day:T", "series:N", "count:Q"])
            .properties(width="container", height=220).to_dict())
    else:
        specs["timeline"] = None
    for key, counter, what in (("sources", data.stories_by_source, "source"),
                               ("languages", data.stories_by_language, "language"),
                               ("removed", data.removed_by_kind, "kind")):
        rows = [{what: k, "count": v} for k, v in counter.most_common(CHART_ROWS)]
        specs[key] = _bar(alt, rows, what, "count", title="stories" if key != "removed"
                          else "items removed") if rows else None
    reposted = data.most_reposted()
    if reposted:
        rows = [{**r, "label": _label(r["headline"], i)} for i, r in enumerate(reposted)]
        specs["duplicates"] = _bar(alt, rows, "headline", "copies", label="label",
                                   title="later copies")
    else:
        specs["duplicates"] = None
    problems = data.problems()
    if problems:
        rows = [{**r, "label": f"{r['what']}: {r['reason']}"}
                for r in sorted(problems, key=lambda r: -r["count"])[:CHART_ROWS]]
        specs["problems"] = _bar(alt, rows, "reason", "count", label="label", color="what",
                                 title="count")
    else:
        specs["problems"] = None
    requests = data.requests()
    specs["requests"] = (_bar(alt, requests, "kind", "count", title="requests")
                         if requests and any(r["count"] for r in requests) else None)
    return specs


def _label(headline: str, i: int) -> str:
    # Vega groups bars by label: a numbered label keeps two equal headlines apart.
    text = headline if len(headline) <= CHART_LABEL_CHARS else \
        headline[: CHART_LABEL_CHARS - 1] + "\u2026"
    return f"{i + 1}. {text}"


def javascript_bundle(spec_version: str | None = None) -> str:
    """Vega, Vega-Lite and vega-embed as one script that defines ``vegaEmbed``."""
    try:
        import vl_convert as vlc
    except ImportError:
        raise MissingExtra("the HTML report", "report", "vl-convert-python") from None
    wanted = None
    if spec_version:
        major_minor = ".".join(spec_version.lstrip("v").split(".")[:2])
        if major_minor in vlc.get_vegalite_versions():
            wanted = major_minor
    # Bundling takes seconds and its result depends only on the versions: kept in the
    # user's cache directory, rebuilt when vl-convert or the Vega-Lite version changes.
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    cache = base / "tagwire" / f"vega-bundle-{_vlc_version()}-vl{wanted or 'default'}.js"
    try:
        return cache.read_text(encoding="utf-8")
    except OSError:
        pass
    # The default snippet defines the globals (the type stub wrongly requires one).
    bundle = vlc.javascript_bundle(vl_version=wanted)  # type: ignore[call-arg]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_text(bundle, encoding="utf-8")
        tmp.replace(cache)
    except OSError:  # a read-only home: bundle every time
        pass
    return bundle


def _vlc_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vl-convert-python")
    except PackageNotFoundError:
        return "unknown"


# -- the page ---------------------------------------------------------------------------

SECTIONS: tuple[tuple[str, str, str], ...] = (
    # (key, heading, what the section shows)
    ("timeline", "Posts and stories over time",
     "Posts by their publication day; stories by their own date, else their post's."),
    ("sources", "Stories by source", "The outlet or agency each story is attributed to."),
    ("languages", "Stories by language", "ISO 639-1 codes; und = undetermined."),
    ("removed", "Cruft removed, by kind",
     "What the normalizer cut out of the posts (captions, credits, promos, ...)."),
    ("duplicates", "Most reposted wire stories",
     "Stories whose later copies (near-duplicates by SimHash) appeared in other posts."),
    ("problems", "Rejects and fetch errors",
     "Records that failed the schema (by the first error's field) and pages that could "
     "not be fetched (from the crawl summary)."),
    ("requests", "Requests per post", "What the crawl fetched to get its posts."),
)

_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2430;
background:#f6f7f9}
header{background:#1d2430;color:#fff;padding:1.2em 2em}header h1{margin:0;font-size:1.5em}
header p{margin:.3em 0 0;color:#c9d1dc}main{max-width:1100px;margin:0 auto;padding:1em 2em}
.totals{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}
.total{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:.6em 1em;min-width:8em}
.total b{display:block;font-size:1.5em}.total span{color:#5b6675;font-size:.9em}
section{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:1em 1.4em;margin:1em 0}
section h2{margin:.1em 0 .2em;font-size:1.2em}section p.note{margin:0 0 .8em;color:#5b6675}
.chart{width:100%;min-height:60px}.table-wrap{max-height:22em;overflow:auto;margin-top:.8em}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{text-align:left;padding:.25em .6em;border-bottom:1px solid #eef0f3;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}td.num,th.num{text-align:right;
font-variant-numeric:tabular-nums}.none{color:#5b6675;font-style:italic}
td a{color:#1f5fbf;word-break:break-all}.chart-error{color:#b00020}
"""

_RUNNER = """
for (const el of document.querySelectorAll("div.chart[data-spec]")) {
  const spec = JSON.parse(document.getElementById(el.dataset.spec).textContent);
  vegaEmbed(el, spec, %s).then(() => { el.dataset.rendered = "1"; })
    .catch((err) => { el.classList.add("chart-error"); el.textContent = "chart failed: " + err;
                      console.error(err); });
}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _table(key: str, columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> str:
    """columns: (field, heading); numeric fields are right-aligned."""
    def cell(row: dict[str, Any], name: str) -> str:
        value = row.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return f'<td class="num" data-field="{name}">{value}</td>'
        if isinstance(value, str) and name.endswith("url"):
            return f'<td data-field="{name}"><a href="{_e(value)}">{_e(value)}</a></td>'
        return f'<td data-field="{name}">{_e(value)}</td>'

    if not rows:
        return f'<p class="none" id="table-{key}">None.</p>'
    numeric = {name for name, _ in columns
               if rows and all(isinstance(r.get(name), (int, float)) for r in rows)}
    head = "".join(f'<th class="{"num" if n in numeric else ""}">{_e(h)}</th>'
                   for n, h in columns)
    body = "".join("<tr>" + "".join(cell(r, n) for n, _ in columns) + "</tr>" for r in rows)
    return (f'<div class="table-wrap"><table class="data" id="table-{key}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def _section_tables(data: ReportData) -> dict[str, str]:
    counted = lambda c, what: [{what: k, "count": v} for k, v in c.most_common()]  # noqa: E731
    requests = data.requests()
    s = data.summary or {}
    tables = {
        "timeline": _table("timeline", [("day", "day"), ("posts", "posts"),
                                        ("stories", "stories")], data.timeline()),
        "sources": _table("sources", [("source", "source"), ("count", "stories")],
                          counted(data.stories_by_source, "source")),
        "languages": _table("languages", [("language", "language"), ("count", "stories")],
                            counted(data.stories_by_language, "language")),
        "removed": _table("removed", [("kind", "kind"), ("count", "items")],
                          counted(data.removed_by_kind, "kind")),
        "duplicates": _table("duplicates", [("headline", "headline"), ("source", "source"),
                                            ("first_url", "first posted at"),
                                            ("index", "story"), ("copies", "later copies")],
                             data.most_reposted()),
        "problems": _table("problems", [("what", "what"), ("reason", "reason"),
                                        ("count", "count")], data.problems()),
    }
    if requests is not None:
        rows = [*requests, {"kind": "requests in all", "count": int(s.get("requests") or 0)},
                {"kind": "posts", "count": int(s.get("posts") or 0)},
                {"kind": "requests per post", "count": s.get("requests_per_post")},
                {"kind": "retries", "count": int(s.get("retries") or 0)}]
        tables["requests"] = _table("requests", [("kind", "what"), ("count", "count")], rows)
    else:
        tables["requests"] = ('<p class="none">No crawl summary was given (a crawl with '
                              '<code>-s REPORT_PATH=</code> includes it; offline, pass '
                              '<code>--summary summary.json</code>).</p>')
    if not data.problems() and data.summary is None:
        tables["problems"] = ('<p class="none">No rejects given, and no crawl summary for '
                              'the fetch errors.</p>')
    return tables


def render_html(data: ReportData, *, title: str = "tagwire crawl report",
                generated_at: datetime | None = None) -> str:
    """The whole page as one string (scripts and data inline)."""
    specs = chart_specs(data)
    spec_version = next((s.get("$schema", "") for s in specs.values() if s), "")
    match = re.search(r"/v(\d+\.\d+)", spec_version)
    bundle = javascript_bundle(match.group(1) if match else None)
    if "</script" in bundle.lower():  # would end the inline script early
        raise RuntimeError("the Vega bundle contains '</script'; cannot inline it")
    tables = _section_tables(data)
    totals = data.totals()
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    total_items = [("posts", "posts"), ("stories", "stories"),
                   ("duplicate_stories", "later copies"), ("removed", "cruft items removed"),
                   ("rejects", "rejected records"), ("fetch_errors", "fetch errors"),
                   ("requests_per_post", "requests per post")]
    totals_html = "".join(
        f'<div class="total"><b id="total-{key}">{_e("-" if totals[key] is None else totals[key])}'
        f"</b><span>{_e(label)}</span></div>" for key, label in total_items)
    parts = []
    for key, heading, note in SECTIONS:
        spec = specs.get(key)
        if spec is not None:
            payload = json.dumps(spec, ensure_ascii=False).replace("</", "<\\/")
            chart = (f'<script type="application/json" id="spec-{key}">{payload}</script>'
                     f'<div class="chart" id="chart-{key}" data-spec="spec-{key}"></div>')
        else:
            chart = '<p class="none">Nothing to chart.</p>'
        parts.append(f'<section id="section-{key}"><h2>{_e(heading)}</h2>'
                     f'<p class="note">{_e(note)}</p>{chart}{tables[key]}</section>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{_e(title)}</title><style>{_STYLE}</style>"
        f"<script>{bundle}</script></head><body>"
        f"<header><h1>{_e(title)}</h1><p>Generated {when} by tagwire.</p></header>"
        f"<main><div class=\"totals\">{totals_html}</div>{''.join(parts)}</main>"
        f"<script>{_RUNNER % json.dumps(EMBED_OPTIONS)}</script></body></html>\n")


def write_report(path: str | Path, data: ReportData, *, title: str = "tagwire crawl report"
                 ) -> Path:
    """Write the page to ``path`` (parent directories created); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    page = render_html(data, title=title)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(target)  # never a half-written report
    return target
