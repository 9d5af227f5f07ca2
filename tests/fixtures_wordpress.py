"""pytest fixtures for a real WordPress (see ``tests/services/wordpress``).

- ``wordpress`` (session): one WordPress for the whole run, 40 fixture posts, started
  on first use (about 10 s); skipped, naming the packages, where Debian's WordPress,
  MariaDB or PHP are absent. Tests set the knobs they need with ``site.configure(...)``
  (every knob not given goes back to its default), so no test depends on another's.
- ``wp``: the same site, knobs reset to the defaults before the test.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.services.wordpress import WordPressSite, WordPressUnavailable, wordpress_site

N_POSTS = 40


@pytest.fixture(scope="session")
def wordpress() -> Iterator[WordPressSite]:
    try:
        with wordpress_site(N_POSTS) as site:
            yield site
    except WordPressUnavailable as exc:
        pytest.skip(f"no real WordPress for this test: {exc}")


@pytest.fixture
def wp(wordpress: WordPressSite) -> WordPressSite:
    wordpress.configure()
    return wordpress
