"""The generated-site builder, for the tests that crawl a site of thousands of posts.

It lives in ``benchmarks/sitegen.py`` (the crawl benchmarks build their archives with
it too, and benchmarks import nothing from ``tests/``); the tests import it by this
name.
"""
from __future__ import annotations

from benchmarks.sitegen import (  # noqa: F401 -- re-exported for the tests
    FIXTURE_SITES,
    Post,
    Story,
    make_posts,
    write_fixture,
    write_site,
)
