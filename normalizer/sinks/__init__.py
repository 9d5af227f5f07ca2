"""Where records go besides JSON Lines: a database, flat story tables, an HTML report.

- :mod:`normalizer.sinks.database` -- posts, stories, removed cruft and tags in SQLite
  or PostgreSQL (SQLAlchemy Core; extra ``tagwire[db]``), written idempotently;
- :mod:`normalizer.sinks.exports` -- one row a story as CSV, JSON Lines or Parquet
  (extra ``tagwire[parquet]``);
- :mod:`normalizer.sinks.report` -- one self-contained HTML page of charts and tables
  about a crawl (extra ``tagwire[report]``).

Each optional library is imported only by the module that needs it, and a missing one
is reported as :class:`MissingExtra`, whose message names the extra to install.
"""
from __future__ import annotations


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message says which extra brings it."""

    def __init__(self, what: str, extra: str, module: str) -> None:
        self.extra = extra
        super().__init__(f"{what} needs the '{module}' package: "
                         f"pip install 'tagwire[{extra}]'")
