"""Held-out sets in a real WordPress: ``eval_wordpress_real.py``'s machinery, any gold set.

``eval_wordpress_real.py`` pastes the real-stories gold set into WordPress posts through a
hand-made table (``POSTS``: which stories share a post, editor, "more" cut, headline
lines; ``CAPTIONS``/``MID``: where each cruft line goes). A held-out set is measured
before anyone looks at its failures, so nobody writes such a table for it: ``posts_for``
derives one from the set's order alone (every third post holds two stories, editors and
cuts alternate), with no caption or mid-story placement (every cruft line is pasted as a
paragraph after its story, as the platform-theme run does). The editor's own "read more"
and share lines are the benchmark's wording; a language it has no wording for gets the
English line, as an English-speaking editor would paste. Everything else (the WordPress
service, themes, permalink styles, routes, crawl, scoring, failure listing) is the
benchmark's own, loaded as a separate module so the real-stories gate never sees the
patched copy.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]


class _EnglishFallback(dict):
    """The editor lines by language; English where the benchmark has no wording."""

    def __missing__(self, key: str) -> str:
        return self["en"]


def _load_wordpress(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        name, REPO / "benchmarks" / "eval_wordpress_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def posts_for(keys: list[str]) -> list[tuple[str, str | None, list[str], str, bool, bool,
                                             str | None]]:
    """``POSTS`` rows for the stories ``keys``, in order: posts 0, 3, 6, ... take two
    stories (headline lines on), the others one; editors alternate classic/blocks, every
    other post is cut with ``<!--more-->``, every fourth single-story post opens with its
    headline line."""
    rows: list[tuple[str, str | None, list[str], str, bool, bool, str | None]] = []
    i = n = 0
    while i < len(keys):
        take = 2 if n % 3 == 0 and i + 1 < len(keys) else 1
        group = keys[i:i + take]
        slug = group[0] + ("-and-more" if take == 2 else "")
        rows.append((slug, None, group, "classic" if n % 2 == 0 else "blocks",
                     n % 2 == 1, take == 2 or n % 4 == 1, None))
        i += take
        n += 1
    return rows


def wordpress(shared: Path, work: Path, gold: Path, *, quick: bool = True,
              name: str = "eval_wordpress_real_heldout") -> tuple[dict[str, Any], ModuleType]:
    """The set's stories as posts of a real WordPress, crawled by ``eval_wordpress_real``'s
    quick runs (or all of them) and scored: its ``evaluate`` result, with ``totals`` (micro
    over the runs) added, and the module (for its ``table``). Raises the benchmark's
    ``WordPressUnavailable`` where WordPress cannot start."""
    mod = _load_wordpress(name)
    stories = mod.load_stories(gold / "gold.jsonl")  # the benchmark's own reader
    mod.POSTS = posts_for(list(stories))
    mod.CAPTIONS, mod.MID = {}, {}
    mod.READ_MORE = _EnglishFallback(mod.READ_MORE)
    mod.SHARE = _EnglishFallback(mod.SHARE)
    mod.load_stories = lambda path=None: stories
    link_parts = mod.link_parts
    mod.link_parts = lambda rec, root=gold: link_parts(rec, root)
    result = mod.evaluate(shared, work, mod.QUICK if quick else mod.FULL)
    totals: dict[str, float | None] = {}
    for metric in mod.SHOWN:
        num = sum(r[metric].get("num", 0) for r in result["runs"].values())
        den = sum(r[metric].get("den", 0) for r in result["runs"].values())
        if any("den" in r[metric] for r in result["runs"].values()):
            totals[metric] = num / den if den else None
    result["totals"] = totals
    return result, mod
