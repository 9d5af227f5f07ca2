"""The crawl report as a person sees it: a crawl with ``-s REPORT_PATH=`` of a generated
site (reposted stories, empty posts that are rejected, a permalink that is gone), the
page opened in real headless Chromium (Debian's ``chromium`` and ``chromium-driver``,
driven by Selenium): no console errors, nothing loaded from anywhere, every chart drawn,
and the numbers on the page equal to the records'."""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from httpserver import serve
from sitegen import make_posts, write_site
from test_crawl import crawl

from normalizer.sinks.report import CHART_ROWS

pytest.importorskip("altair", reason="altair is not installed (tagwire[report])")
pytest.importorskip("vl_convert", reason="vl-convert-python is not installed (tagwire[report])")

BROWSER_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-extensions",
                 "--window-size=1200,1000")
CHARTS = ("timeline", "sources", "languages", "removed", "duplicates", "problems", "requests")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver",
                                    reason="selenium is not installed (tagwire[test])")
    from selenium.webdriver.chrome.service import Service

    chromium = next(filter(None, map(shutil.which, ("chromium", "chromium-browser",
                                                    "google-chrome"))), None)
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("no headless browser: Debian's chromium and chromium-driver are needed "
                    "(tests/services/install-debian-packages.sh)")
    profile = tempfile.mkdtemp(prefix="tagwire-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*BROWSER_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One crawl with REPORT_PATH: 14 posts, 2 of them empty (rejected), post 1's first
    story reposted in posts 9 and 11, post 3's permalink gone (a 404)."""
    root = tmp_path_factory.mktemp("report")
    posts = make_posts(14, seed=31, empty_every=7)
    for i in (9, 11):
        posts[i].stories = [copy.deepcopy(posts[1].stories[0])]
    manifest = write_site(root / "site", posts, theme="modern", per_page=5, full=False,
                          tag="Diplomacy")
    gone = manifest["posts"][3]["url"]
    shutil.rmtree(root / "site" / gone.strip("/"))
    with serve(root / "site") as server:
        c = crawl(root, "-a", f"url={server.url(manifest['start'])}",
                  "-s", f"REPORT_PATH={root / 'report.html'}", "-s", "NORMALIZE_WORKERS=0")
    assert c.rc == 0, c.log
    return {"root": root, "crawl": c, "report": root / "report.html", "gone": gone}


def open_report(browser: Any, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # forget an earlier page's messages
    browser.get(path.as_uri())
    WebDriverWait(browser, 30).until(lambda d: d.execute_script(
        "return [...document.querySelectorAll('div.chart')]"
        ".every(e => e.dataset.rendered === '1' || e.classList.contains('chart-error'))"))


def table(browser: Any, key: str) -> list[dict[str, str]]:
    return browser.execute_script("""
        const t = document.getElementById('table-' + arguments[0]);
        if (!t || t.tagName !== 'TABLE') return [];
        return [...t.querySelectorAll('tbody tr')].map(tr => Object.fromEntries(
            [...tr.querySelectorAll('td')].map(td => [td.dataset.field, td.textContent])));
    """, key)


def counted(rows: list[dict[str, str]], key: str, value: str = "count") -> dict[str, int]:
    return {r[key]: int(r[value]) for r in rows}


def test_the_report_renders_offline_without_errors(crawled: dict, browser: Any) -> None:
    page = crawled["report"].read_text(encoding="utf-8")
    markup = re.sub(r"(<script[^>]*>).*?</script>", r"\1</script>", page, flags=re.S)
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link[^>]+href=", markup), \
        "self-contained: nothing to fetch"
    assert 0.5e6 < len(page) < 2e6  # the Vega bundle once, and the data
    open_report(browser, crawled["report"])
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []
    assert browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)") == []
    drawn = browser.execute_script("""
        return Object.fromEntries([...document.querySelectorAll('div.chart')].map(e => [
            e.id.replace('chart-', ''),
            {rendered: e.dataset.rendered === '1',
             bars: e.querySelectorAll('g.mark-rect.role-mark path').length,
             points: e.querySelectorAll('g.mark-symbol.role-mark path').length,
             svg: e.querySelectorAll('svg').length}]));
    """)
    assert sorted(drawn) == sorted(CHARTS)
    assert all(d["rendered"] and d["svg"] == 1 for d in drawn.values()), drawn
    for key in ("sources", "languages", "removed", "duplicates", "problems"):
        assert drawn[key]["bars"] == min(len(table(browser, key)), CHART_ROWS) > 0, key
    assert drawn["requests"]["bars"] == 3
    assert drawn["timeline"]["points"] == 2 * len(table(browser, "timeline"))


def test_a_chart_screenshot_is_not_empty(crawled: dict, browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    open_report(browser, crawled["report"])
    chart = browser.find_element(By.ID, "chart-sources")
    browser.execute_script("arguments[0].scrollIntoView()", chart)
    drawn = chart.screenshot_as_png
    browser.execute_script("arguments[0].querySelector('svg').style.visibility = 'hidden'",
                           chart)
    blank = chart.screenshot_as_png
    assert drawn[:8] == b"\x89PNG\r\n\x1a\n"
    # The same box with the chart hidden is one flat colour: a PNG compresses it to little.
    assert drawn != blank and len(drawn) > 3 * len(blank)
    (tmp_path / "report.png").write_bytes(browser.get_screenshot_as_png())


def test_the_numbers_shown_are_the_records(crawled: dict, browser: Any) -> None:
    c = crawled["crawl"]
    records, rejects, summary = c.records, c.rejects, c.summary
    stories = [s for r in records for s in r["stories"]]
    assert len(records) == 11 and len(rejects) == 2  # 14 posts: 2 empty, 1 gone
    open_report(browser, crawled["report"])
    totals = browser.execute_script("""
        return Object.fromEntries([...document.querySelectorAll('[id^=total-]')].map(
            e => [e.id.slice(6), e.textContent]));
    """)
    assert totals == {
        "posts": str(len(records)), "stories": str(len(stories)),
        "duplicate_stories": str(sum(1 for s in stories if s.get("duplicate_of"))),
        "removed": str(sum(len(r["removed"]) for r in records)),
        "rejects": "2", "fetch_errors": "1",
        "requests_per_post": str(summary["requests_per_post"])}
    assert counted(table(browser, "sources"), "source") == Counter(s["source"] for s in stories)
    assert counted(table(browser, "languages"), "language") == Counter(
        s["language"] for s in stories)
    assert counted(table(browser, "removed"), "kind") == Counter(
        item["kind"] for r in records for item in r["removed"])
    timeline = table(browser, "timeline")
    assert counted(timeline, "day", "posts") == Counter(r["published"][:10] for r in records)
    assert counted(timeline, "day", "stories") == Counter(
        (s["published"] or r["published"])[:10] for r in records for s in r["stories"])
    copies = Counter((s["duplicate_of"]["url"], str(s["duplicate_of"]["index"]))
                     for s in stories if s.get("duplicate_of"))
    assert sorted(copies.values()) == [2]  # one story, reposted twice after its first post
    assert {(r["first_url"], r["index"]): int(r["copies"])
            for r in table(browser, "duplicates")} == copies
    problems = table(browser, "problems")
    assert sum(int(r["count"]) for r in problems if r["what"] == "reject") == 2
    assert [(r["reason"], r["count"]) for r in problems if r["what"] == "fetch error"] == [
        ("http_404", "1")]
    requests = {r["kind"]: float(r["count"]) for r in table(browser, "requests")}
    assert requests["archive pages"] == summary["pages"]["archive"] == 3
    assert requests["permalink pages"] == summary["pages"]["permalink"]
    assert requests["requests in all"] == summary["requests"]
    assert requests["requests per post"] == summary["requests_per_post"] == pytest.approx(
        summary["requests"] / summary["posts"], abs=1e-3)


def test_the_offline_report_says_the_same(crawled: dict, tagwire_cmd: list[str]) -> None:
    root = crawled["root"]
    out = root / "offline.html"
    proc = subprocess.run([*tagwire_cmd, "report", str(root / "posts.jsonl"),
                           "--rejects", str(root / "rejects.jsonl"),
                           "--summary", str(root / "summary.json"), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr

    def numbers(page: str) -> dict[str, str]:
        found = dict(re.findall(r'id="total-([a-z_]+)">([^<]*)<', page))
        found.update(re.findall(r'id="(table-[a-z]+)"[^>]*>(.*?)</table>', page, re.S))
        return found

    crawl_page = numbers(crawled["report"].read_text(encoding="utf-8"))
    assert len(crawl_page) == 7 + 7
    assert numbers(out.read_text(encoding="utf-8")) == crawl_page
    summary = json.loads((root / "summary.json").read_text(encoding="utf-8"))
    assert summary["errors"] == {"http_404": 1}


def test_a_chart_draws_the_biggest_rows_and_its_table_all() -> None:
    from normalizer.sinks.report import ReportData, _section_tables, chart_specs

    data = ReportData()
    story = {"index": 0, "headline": "H", "language": "en", "text": "T", "published": None}
    for i in range(CHART_ROWS + 15):
        data.add({"url": f"https://b.example/{i}/", "published": "2024-03-01",
                  "stories": [{**story, "source": f"Outlet {i:02d}"}] * (1 + i % 3),
                  "removed": []})
    values = chart_specs(data)["sources"]["data"]["values"]
    assert len(values) == CHART_ROWS
    assert {v["count"] for v in values} == {3, 2}  # the biggest first
    assert _section_tables(data)["sources"].count("<tr>") == 1 + CHART_ROWS + 15
