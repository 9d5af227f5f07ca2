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

from normalizer.pipeline import NormalizeError, PostMeta, normalize_content, normalize_page, normalize_text

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["NormalizeError", "PostMeta", "normalize_content", "normalize_page", "normalize_text"]
