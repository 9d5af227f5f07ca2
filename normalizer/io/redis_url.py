"""Where tagwire finds its Redis, and how a URL with credentials (Redis, a database) is
shown in logs.

The crawler (distributed crawl, shared fingerprint index) and ``tagwire enqueue`` read
the same environment variable; it is defined here once, in the library that both import.
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

#: Environment variable naming the Redis of a distributed crawl (as ``-s REDIS_URL``).
REDIS_URL_ENV = "TAGWIRE_REDIS_URL"


def redact_url(url: str) -> str:
    """The URL without its password, for logs (the user name stays: it helps debugging
    and is no secret)."""
    parts = urlsplit(url)
    if parts.password:
        host = parts.hostname or ""
        netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
