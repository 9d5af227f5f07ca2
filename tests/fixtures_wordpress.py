"""pytest fixtures for a real WordPress (see ``tests/services/wordpress``).

- ``wordpress`` (session): one WordPress for the whole run, 40 fixture posts, started
  on first use (about 10 s); skipped, naming the packages, where Debian's WordPress,
  MariaDB or PHP are absent (and failing, not skipped, if they are there but it does not
  start). Tests set the knobs they need with ``site.configure(...)``
  (every knob not given goes back to its default), so no test depends on another's.
- ``wp``: the same site, knobs reset to the defaults before the test.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.services.wordpress import WordPressSite, missing_packages, wordpress_site

N_POSTS = 40


@pytest.fixture(scope="session")
def wordpress() -> Iterator[WordPressSite]:
    missing = missing_packages()
    if missing:
        pytest.skip(f"no real WordPress for this test: missing Debian packages: "
                    f"{' '.join(missing)} (tests/services/install-debian-packages.sh)")
    # With the packages there, a WordPress that does not start is a failure, not a skip.
    with wordpress_site(N_POSTS) as site:
        yield site


@pytest.fixture
def wp(wordpress: WordPressSite) -> WordPressSite:
    wordpress.configure()
    return wordpress
