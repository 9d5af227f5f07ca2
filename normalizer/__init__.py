"""tagwire's normalizer: a plain library (it never imports Scrapy).

Entry points, one per kind of input; each returns post records (dicts) that follow
``schemas/post.schema.json``:

- :func:`normalize_page` -- a full HTML page and its URL: a post's permalink page
  (one record) or an archive page that shows several full posts (one record each);
- :func:`normalize_content` -- a post's content HTML as a crawler hands it over,
  with the metadata the crawler already knows;
- :func:`normalize_text` -- a page flattened to text (a "dump"): one record holding
  all its stories.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from normalizer.version import __version__ as __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:  # pragma: no cover
    from normalizer.pages.archive import parse_archive
    from normalizer.pipeline import (
        NormalizeError,
        PostMeta,
        normalize_content,
        normalize_page,
        normalize_text,
    )


def __getattr__(name: str):
    """Import the pipeline (and trafilatura) on first use, so ``tagwire validate`` and
    other light commands don't pay for it."""
    if name == "parse_archive":
        from normalizer.pages.archive import parse_archive

        return parse_archive
    if name in __all__:
        from normalizer import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'normalizer' has no attribute {name!r}")

__all__ = [
    "NormalizeError", "PostMeta", "normalize_content", "normalize_page", "normalize_text",
    "parse_archive",
]
