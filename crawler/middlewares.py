"""The crawl's guards against hostile sites: where it may go, and why a request ended.

- :class:`SiteGuard` (downloader middleware): every request -- start URLs, links,
  redirect and meta-refresh targets (Scrapy's redirect middlewares hand their new
  request back to the scheduler, so it comes through here again), robots.txt -- must
  stay on the scheme, host and port of the start URL it descends from (``www.`` twins
  count as the same site, and so does an upgrade from http:80 to https:443), or of
  any start URL of the crawl, or a host in
  ``ALLOWED_HOSTS``. A host that resolves to a private, loopback, link-local or
  reserved address is refused unless its start URL itself is such an address (the
  tests crawl 127.0.0.1); the address the connection went to is checked again on the
  response. It also counts every request that ends without a response under a reason
  (``offsite``, ``private_address``, ``too_large``, ``timeout``, ``robots``, ...) in
  ``tagwire/dropped/<reason>``, and a page over ``DOWNLOAD_MAXSIZE`` becomes a reject
  (rejects file, with the reason), so nothing ends at DEBUG level.
- :class:`SiteStamp` (spider middleware): requests a callback yields carry the start
  URL they descend from (``request.meta[ORIGIN_META]``), through Redis and JOBDIR too.
- :class:`Rfc9309RobotsTxt`: Scrapy's robots.txt middleware with RFC 9309's failure
  rules: robots.txt answering 5xx, or unreachable, means "disallow all" for that host;
  4xx means "allow all".
- :class:`QuickMetaRefresh`: Scrapy's ``<meta http-equiv="refresh">`` redirects, with
  a page that cannot hold one let through at once.
- :class:`QuickCookies`: Scrapy's cookies middleware, with a response that sets no
  cookie, and a request without cookies to a jar without any, let through at once.
- :class:`QuickDownloaderStats`: Scrapy's ``downloader/*`` counts of requests and
  responses, their bytes worked out without building the raw request.
- :func:`count_dropped_request` (``request_dropped``, connected by
  :class:`crawler.extensions.CrawlSummary`): a request the scheduler refused is a
  duplicate, or a redirect loop when it came back to a URL of its own redirect chain.
"""
from __future__ import annotations

import ipaddress
import logging
import re
import weakref
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunparse

from scrapy import signals
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.stats import DownloaderStats, get_status_size
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares import referer
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.python import to_bytes
from twisted.internet.defer import Deferred

from crawler.pagination import AHEAD_META

if TYPE_CHECKING:
    from collections.abc import Coroutine

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

log = logging.getLogger(__name__)

#: request.meta: the origin (``scheme://host:port``) of the start URL a request descends
#: from, and whether that start URL's host was a private address.
ORIGIN_META = "tagwire_origin"
ORIGIN_PRIVATE_META = "tagwire_origin_private"
DROPPED = "tagwire/dropped/"
DEFAULT_PORTS = {"http": 80, "https": 443}


class Refused(IgnoreRequest):
    """A request the crawl will not make; ``reason`` names the count it goes to."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def origin(url: str) -> str:
    """``scheme://host:port`` of ``url``, the default port written out, ``www.`` dropped
    (a site and its ``www.`` twin are one site)."""
    return origin_and_host(url)[0]


def origin_and_host(url: str) -> tuple[str, str]:
    """:func:`origin` and :func:`host_of` of ``url``, from one parse of it."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port or DEFAULT_PORTS.get(scheme, 0)
    except ValueError:
        port = -1
    return f"{scheme}://{host.removeprefix('www.')}:{port}", host


def same_site(site: str, start: str) -> bool:
    """``site`` is the start URL's site: the same origin, or its upgrade from http on
    port 80 to https on port 443 (the redirect most blogs answer plain http with)."""
    if site == start:
        return True
    host = start.removeprefix("http://").rsplit(":", 1)
    return start.startswith("http://") and host[-1] == "80" and \
        site == f"https://{host[0]}:443"


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def is_public(ip: str) -> bool:
    """Whether ``ip`` is a global address (not private, loopback, link-local, reserved,
    multicast or unspecified)."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def count(stats: StatsCollector | None, reason: str, n: int = 1) -> None:
    if stats is not None:
        stats.inc_value(DROPPED + reason, n)


def _allowed_hosts(value: Any) -> set[str]:
    if isinstance(value, str):
        value = value.split(",")
    return {str(h).strip().lower().removeprefix("www.") for h in value or () if str(h).strip()}


def reject_request(crawler: Crawler, url: str, reason: str) -> None:
    """Put ``url`` in the rejects file with ``reason`` (through the crawl's
    ``NormalizePipeline``, the file's one writer), and count it as a reject."""
    scraper = getattr(crawler.engine, "scraper", None)
    manager = getattr(scraper, "itemproc", None)
    for pipe in getattr(manager, "middlewares", ()):
        rejects = getattr(pipe, "rejects", None)
        if rejects is not None and hasattr(rejects, "reject"):
            rejects.reject(None, [reason], source=url)
            if crawler.stats is not None:
                crawler.stats.inc_value("tagwire/rejects")
            return
    log.warning("no rejects file in this crawl; %s: %s", url, reason)


class SiteGuard:
    """Keeps the crawl on its sites and counts why requests ended (see the module doc).

    Settings: ``ALLOWED_HOSTS`` (hosts, comma-separated or a list, that any start URL
    may lead to; default none), ``ALLOW_PRIVATE_ADDRESSES`` (default False)."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.allowed_hosts = _allowed_hosts(s.get("ALLOWED_HOSTS"))
        self.allow_private = s.getbool("ALLOW_PRIVATE_ADDRESSES", False)
        self.maxsize = s.getint("DOWNLOAD_MAXSIZE", 0)
        #: origins of the start URLs this worker saw, and whether each is private
        self.starts: dict[str, bool] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteGuard:
        return cls(crawler)

    # -------------------------------------------------------------- requests

    def process_request(self, request: Request) -> Coroutine[Any, Any, None] | None:
        """Checked here and now where no host name has to be resolved (a request of a
        site whose start URL is private, or of a private-address crawl; a refusal
        raised at once); a coroutine, which the chain awaits, only where a name must be
        looked up (a start URL, a public site's request): Scrapy's chain made a
        coroutine of every request's call, some 25 Python calls a request."""
        url = request.url
        if not url.startswith(("http://", "https://")):
            return None
        start = request.meta.get(ORIGIN_META)
        if start is None:
            redirected = request.meta.get("redirect_urls") or []
            if not redirected:  # a start URL (or robots.txt of a site already let through)
                return self._start(request, url)
            start = origin(redirected[0])
        site, host = origin_and_host(url)
        if not same_site(site, start) and site not in self.starts \
                and host.removeprefix("www.") not in self.allowed_hosts:
            raise Refused("offsite", f"offsite: {url} is not on {start} (the start URL's "
                                     "scheme, host and port); set ALLOWED_HOSTS to allow it")
        private_ok = self.allow_private or (
            same_site(site, start) and request.meta.get(ORIGIN_PRIVATE_META)) \
            or self.starts.get(site)
        if not private_ok:
            return self._refuse_private(url, host)
        return None

    async def _start(self, request: Request, url: str) -> None:
        """A start URL: its origin, and whether its host is private, stamped on it."""
        start = origin(url)
        request.meta[ORIGIN_META] = start
        request.meta[ORIGIN_PRIVATE_META] = not await self._public(host_of(url))
        self.starts.setdefault(start, request.meta[ORIGIN_PRIVATE_META])

    async def _refuse_private(self, url: str, host: str) -> None:
        if not await self._public(host):
            raise Refused("private_address", f"private address: {url} resolves to a "
                          "private or loopback address and its start URL does not")

    async def _public(self, host: str) -> bool:
        """Whether ``host`` resolves to a public address (literal IPs are not looked up;
        names through the reactor's resolver, Scrapy's cached ``DNS_RESOLVER``)."""
        try:
            ipaddress.ip_address(host.strip("[]"))
            return is_public(host.strip("[]"))
        except ValueError:
            pass
        if host == "localhost" or host.endswith(".localhost"):
            return False
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor

        try:
            ip = await maybe_deferred_to_future(reactor.resolve(host))  # type: ignore[attr-defined,arg-type]
        except Exception:
            return True  # unresolvable: the download fails and is counted as such
        return is_public(str(ip))

    def process_response(self, request: Request, response: Response) -> Response:
        """Check the address the connection really went to (a name may resolve
        differently at connect time), and the charset the page claims."""
        ip = getattr(response, "ip_address", None)
        if ip is not None and not self.allow_private \
                and not request.meta.get(ORIGIN_PRIVATE_META) \
                and not self.starts.get(origin(request.url)) and not is_public(str(ip)):
            # Raised after the download: process_exception does not see it, so count here.
            count(self.stats, "private_address")
            log.warning("not used (private_address): %s was answered from %s",
                        request.url, ip)
            raise Refused("private_address", f"private address: {request.url} was "
                          f"answered from {ip}")
        return checked_charset(response, self.stats)

    # -------------------------------------------------------------- failures

    def process_exception(self, request: Request, exception: BaseException) -> None:
        """Count a request that ended without a response (after its retries: this
        middleware sits before RetryMiddleware). An archive page requested ahead of its
        turn is counted when its turn comes (the spider calls
        :func:`note_failed_request`): past the archive's end, it never does."""
        if AHEAD_META not in request.meta:
            note_failed_request(self.crawler, request, exception)
        return None


def note_failed_request(crawler: Crawler, request: Request, exception: BaseException) -> None:
    """Count and log a request that ended without a response, by reason; a page over
    ``DOWNLOAD_MAXSIZE`` also becomes a reject."""
    reason = failure_reason(exception)
    count(crawler.stats, reason)
    level = logging.INFO if reason == "robots" else logging.WARNING
    log.log(level, "not fetched (%s): %s: %s", reason, request.url, exception)
    if reason == "too_large":
        maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        reject_request(crawler, request.url, f"page larger than DOWNLOAD_MAXSIZE "
                                             f"({maxsize} bytes): {exception}")


def checked_charset(response: Response, stats: StatsCollector | None = None) -> Response:
    """``response`` decoded with a charset that fits its bytes.

    The charset of the Content-Type header wins in Scrapy, also when it lies (a server
    default of UTF-8 in front of cp1251 pages, ISO-8859-1 in front of UTF-8 ones). When
    the header's charset does not decode the body strictly -- or is a single-byte
    charset while the body is valid UTF-8 with non-ASCII bytes -- the page's own
    ``<meta charset>``, then UTF-8, then a detector's guess are tried; the page is read
    with the first that fits, with a warning naming both (``tagwire/charset/mismatch``)."""
    from scrapy.http import TextResponse
    from w3lib.encoding import (
        html_body_declared_encoding,
        http_content_type_encoding,
        resolve_encoding,
    )

    if not isinstance(response, TextResponse):
        return response
    header = http_content_type_encoding(
        (response.headers.get(b"Content-Type") or b"").decode("latin-1"))
    declared = resolve_encoding(header) if header else None
    if not declared:
        return response
    body = response.body
    if _fits(body, declared) and not (_single_byte(declared) and not body.isascii()
                                      and _fits(body, "utf-8")):
        return response
    candidates = [html_body_declared_encoding(body), "utf-8"]
    chosen = next((c for c in (resolve_encoding(x) for x in candidates if x)
                   if c and c != declared and _fits(body, c)), None)
    if chosen is None:
        chosen = guess_charset(body)
    if stats is not None:
        stats.inc_value("tagwire/charset/mismatch")
    if not chosen:
        log.warning("charset %s declared by %s does not fit its bytes, and no other "
                    "does; read as %s with replacement characters", declared,
                    response.url, declared)
        return response
    log.warning("charset %s declared in the Content-Type of %s does not fit its bytes; "
                "read as %s", declared, response.url, chosen)
    return response.replace(encoding=chosen)


#: Runs of text holding non-ASCII bytes: what a charset detector should weigh. On the
#: whole page, markup outweighs a paragraph of Cyrillic and the guess goes astray
#: (cp1125, cp1250 for a cp1251 page).
_NON_ASCII_RUNS = re.compile(rb"[\x80-\xff][\x80-\xff ,.;:!?\"'()0-9-]*")


def guess_charset(body: bytes) -> str | None:
    """A detector's guess at ``body``'s charset, from its non-ASCII text runs."""
    from charset_normalizer import from_bytes

    runs = b" ".join(_NON_ASCII_RUNS.findall(body))
    best = from_bytes(runs or body).best()
    return best.encoding if best is not None else None


def _fits(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _single_byte(encoding: str) -> bool:
    import codecs

    name = codecs.lookup(encoding).name
    return name.startswith(("cp12", "iso8859", "latin", "koi8", "mac-", "cp437", "cp8"))


def failure_reason(exception: BaseException) -> str:
    """The count a failed download goes to."""
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadCancelledError,
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
    )
    from twisted.internet.error import TimeoutError as TxTimeoutError

    if isinstance(exception, Refused):
        return exception.reason
    if isinstance(exception, IgnoreRequest):
        text = str(exception)
        if "robots.txt" in text:
            return "robots"
        if "redirection" in text:
            return "redirect_loop"
        return "ignored"
    if isinstance(exception, DownloadCancelledError) and "max size" in str(exception):
        return "too_large"
    if isinstance(exception, (DownloadTimeoutError, TxTimeoutError, TimeoutError)):
        return "timeout"
    if isinstance(exception, CannotResolveHostError):
        return "dns"
    if isinstance(exception, DownloadConnectionRefusedError):
        return "connection_refused"
    return "download_error"


def count_dropped_request(crawler: Crawler, request: Request) -> None:
    """``request_dropped``: the scheduler refused ``request`` as seen before. Counted
    as a redirect loop when it returns to a URL of its own redirect chain, else as a
    duplicate (a post reached again, a redirect to a page already fetched)."""
    if AHEAD_META in request.meta:  # counted if its chain asks for it (crawler.pagination)
        return
    if request.meta.get("tagwire_enqueue_failed"):
        count(crawler.stats, "frontier_unreachable")
        log.error("not queued (frontier unreachable): %s", request.url)
        return
    chain = request.meta.get("redirect_urls") or []
    if chain and request.url in chain:
        count(crawler.stats, "redirect_loop")
        log.warning("redirect loop, not fetched: %s (via %s)", request.url, " -> ".join(chain))
    elif chain:
        count(crawler.stats, "duplicate")
        log.info("redirected to a page already crawled: %s -> %s", chain[0], request.url)
    else:
        count(crawler.stats, "duplicate")
        log.debug("already crawled: %s", request.url)


class SiteStamp(BaseSpiderMiddleware):
    """Requests yielded by a callback descend from the same start URL as the response.

    Written as Scrapy's ``get_processed_request`` (one output at a time, items passed
    by), so the crawl's spider middleware chain runs it in one step with Scrapy's own
    request middlewares (crawler/scraper.py, :class:`QuickSpiderMiddlewareManager`)."""

    def get_processed_request(self, request: Request,
                              response: Response | None) -> Request | None:
        if response is not None and ORIGIN_META not in request.meta:
            start = response.meta.get(ORIGIN_META)
            if start is not None:
                request.meta[ORIGIN_META] = start
                request.meta[ORIGIN_PRIVATE_META] = response.meta.get(ORIGIN_PRIVATE_META)
        return request


#: Scrapy's own referrer policies: the referrer each gives a request depends on the
#: response and on the scheme and host part (``netloc``) of the request's URL alone
#: (``tls_protected``, ``origin``, ``potentially_trustworthy``); a policy of a user's
#: own (``REFERRER_POLICY``, ``REFERRER_POLICIES``) may read more of it.
SCRAPY_REFERRER_POLICIES = frozenset({
    referer.NoReferrerPolicy, referer.NoReferrerWhenDowngradePolicy,
    referer.SameOriginPolicy, referer.OriginPolicy, referer.StrictOriginPolicy,
    referer.OriginWhenCrossOriginPolicy, referer.StrictOriginWhenCrossOriginPolicy,
    referer.UnsafeUrlPolicy, referer.DefaultReferrerPolicy})


class QuickReferer(referer.RefererMiddleware):
    """Scrapy's ``RefererMiddleware``, which for every request a callback yields
    chooses the response's policy anew (a new policy object, the response's
    ``Referrer-Policy`` header looked up) and parses both URLs four to six times over
    (``urlparse``, ``urlunparse``): some 70 Python calls a request, the ten requests of
    an archive page of excerpts getting the same ``Referer``. Here the policy is chosen
    once a response, and with one of Scrapy's own policies
    (:data:`SCRAPY_REFERRER_POLICIES`) its referrer worked out once for each scheme and
    host part of the requests' URLs. A request that names its own policy
    (``referrer_policy`` in its meta) goes through Scrapy's own code."""

    def __init__(self, settings: Any = None) -> None:
        super().__init__(settings)
        #: The last response's policy and its referrers by ``(scheme, netloc)``.
        self._last: tuple[weakref.ref[Response], Any, dict[tuple[str, str], str | None]] \
            | None = None

    def get_processed_request(self, request: Request,
                              response: Response | None) -> Request | None:
        if response is None or request.meta.get("referrer_policy") is not None:
            return super().get_processed_request(request, response)
        last = self._last
        if last is None or last[0]() is not response:
            last = self._last = (weakref.ref(response), self.policy(response, request), {})
        _, policy, referrers = last
        if type(policy) in SCRAPY_REFERRER_POLICIES:
            parsed = urlparse_cached(request)
            key = (parsed.scheme, parsed.netloc)
            if key in referrers:
                referrer = referrers[key]
            else:
                referrer = referrers[key] = policy.referrer(response.url, request.url)
        else:
            referrer = policy.referrer(response.url, request.url)
        if referrer is not None:
            request.headers.setdefault("Referer", referrer)
        return request


#: Characters of a page Scrapy looks for a meta refresh in (scrapy.utils.response).
META_REFRESH_SCAN = 4096


class QuickMetaRefresh(MetaRefreshMiddleware):
    """Scrapy's ``MetaRefreshMiddleware``, which for every HTML page works out its base
    URL and reads each ``<meta>`` tag of its first :data:`META_REFRESH_SCAN` characters
    (a fiftieth of the crawl process's time a post on an excerpt archive). A refresh
    is a ``<meta>`` whose attributes say ``refresh`` (w3lib's test), so a page whose
    scanned part does not hold the word in any case has none: it passes untouched, as
    it would have; every other page goes through Scrapy's own check."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:  # spider: unused, as Scrapy's
        if isinstance(response, HtmlResponse) and not request.meta.get("dont_redirect") \
                and "refresh" not in response.text[:META_REFRESH_SCAN].lower():
            return response
        return super().process_response(request, response)


class QuickCookies(CookiesMiddleware):
    """Scrapy's ``CookiesMiddleware``, which on every response wraps request and
    response for the standard library's cookie jar to read their ``Set-Cookie``
    headers (two thirds of the middleware's time on an excerpt archive, whose pages
    set none). The jar finds no cookie in a response without ``Set-Cookie`` or
    ``Set-Cookie2`` (``http.cookiejar.CookieJar.make_cookies``' quick exit) and Scrapy
    then stores and logs nothing: such a response passes untouched, as it would have;
    every other one goes through Scrapy's own code. Likewise a request that carries no
    cookies of its own (``Request.cookies``, a ``Cookie`` header) to a jar that holds
    none: Scrapy would add no ``Cookie`` header to it (its jar finds no cookie to send)
    and change nothing else that shows; it goes on at once (a crawl of a blog that sets
    no cookie spent 4 % of its Python calls a post there). Every other request goes
    through Scrapy's own code."""

    def process_request(self, request: Request, spider: Any = None  # unused, as Scrapy's
                        ) -> Request | Response | None:
        if not request.cookies and b"Cookie" not in request.headers \
                and not getattr(self.jars[request.meta.get("cookiejar")].jar, "_cookies", True):
            return None
        return super().process_request(request)

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:  # spider: unused, as Scrapy's
        headers = response.headers
        if b"Set-Cookie" not in headers and b"Set-Cookie2" not in headers:
            return response
        return super().process_response(request, response)


class QuickDownloaderStats(DownloaderStats):
    """Scrapy's ``DownloaderStats``, the same counts and byte totals, worked out more
    cheaply. Scrapy builds every request's raw HTTP form (``request_httprepr``: path,
    ``Host`` line, every header line joined) only to take its length, and sums a
    response's header sizes through ``Headers.items()``, which looks every name up again
    (``getlist``, ``normkey``); on an excerpt archive the middleware was about a twentieth
    of the crawl process's Python calls. Here the lengths are added up from the parts
    (:func:`request_bytes`, :func:`headers_bytes`): the same numbers."""

    def process_request(self, request: Request, spider: Any = None) -> None:
        stats = self.stats
        stats.inc_value("downloader/request_count")
        stats.inc_value(f"downloader/request_method_count/{request.method}")
        stats.inc_value("downloader/request_bytes", request_bytes(request))

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Response:
        stats = self.stats
        stats.inc_value("downloader/response_count")
        stats.inc_value(f"downloader/response_status_count/{response.status}")
        # Scrapy's sum: body, headers, status line, and two line ends.
        stats.inc_value("downloader/response_bytes", len(response.body) + headers_bytes(
            response.headers) + _status_size(response.status) + 4)
        return response


#: ``(method, netloc)`` pairs whose bytes :func:`request_bytes` keeps (a crawl meets a
#: few hosts; a broad crawl's later ones are worked out every time).
NETLOCS_REMEMBERED = 4096
_NAMED_BYTES: dict[tuple[str, str], int] = {}


def request_bytes(request: Request) -> int:
    """``len(scrapy.utils.request.request_httprepr(request))``, without building it:
    request line, ``Host`` line, the header lines and their end, the body."""
    parsed = urlparse_cached(request)
    path = parsed.path or "/"
    if path.startswith("//"):  # where Python versions' urlunparse differ: ask it
        path = urlunparse(("", "", path, parsed.params, parsed.query, ""))
    else:  # urlunparse's own steps for a path with neither scheme nor host
        if parsed.params:
            path = f"{path};{parsed.params}"
        if parsed.query:
            path = f"{path}?{parsed.query}"
    key = (request.method, parsed.netloc)
    named = _NAMED_BYTES.get(key)
    if named is None:  # the method's and the host name's bytes (the name parsed anew)
        named = len(to_bytes(request.method)) + len(to_bytes(parsed.hostname or b""))
        if len(_NAMED_BYTES) < NETLOCS_REMEMBERED:
            _NAMED_BYTES[key] = named
    size = (named + len(b" ") + len(path.encode()) + len(b" HTTP/1.1\r\n")
            + len(b"Host: ") + len(b"\r\n"))
    headers = request.headers
    if headers:
        size += _raw_headers_bytes(headers) + len(b"\r\n")
    return size + len(b"\r\n") + len(request.body)


def headers_bytes(headers: dict[Any, Any]) -> int:
    """``scrapy.downloadermiddlewares.stats.get_header_size(headers)`` of a Scrapy
    ``Headers``: each value's ``name: value`` and a line end between names (read from
    the dict itself, whose names are stored normalized and values as lists)."""
    size = 0
    for key, values in dict.items(headers):
        if isinstance(values, (list, tuple)):
            for value in values:
                size += len(key) + len(value) + 2
    return size + 2 * (len(headers) - 1)


def _raw_headers_bytes(headers: dict[Any, Any]) -> int:
    """``len(headers.to_string())`` (``w3lib.http.headers_dict_to_raw``): a
    ``name: value`` line a value, joined by line ends."""
    size = lines = 0
    for key, values in dict.items(headers):
        for value in (values,) if isinstance(values, bytes) else \
                values if isinstance(values, (list, tuple)) else ():
            size += len(key) + len(value) + 2
            lines += 1
    return size + 2 * max(lines - 1, 0)


_STATUS_SIZES: dict[int, int] = {}


def _status_size(status: int) -> int:
    """``get_status_size(status)``, kept a status (a crawl meets a handful)."""
    size = _STATUS_SIZES.get(status)
    if size is None:
        size = _STATUS_SIZES[status] = get_status_size(status)
    return size


class DisallowAll:
    """A robots parser that allows nothing (RFC 9309 2.3.1.4: robots.txt unreachable)."""

    def allowed(self, url: str | bytes, user_agent: str | bytes | None) -> bool:
        return False


class Rfc9309RobotsTxt(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware; robots.txt answering 5xx or not reachable at all
    disallows the whole host (RFC 9309 2.3.1.3-4), 4xx allows it (2.3.1.3). A host so
    closed is logged once and counted in ``tagwire/robots/unavailable``.

    A request to a host whose robots.txt is read already is checked at once, with
    Scrapy's own check (``process_request_2``); Scrapy's ``process_request``, a
    coroutine that awaits the host's parser, is left to the rest (the host's first
    request, and those that come while its robots.txt is on its way): two coroutines a
    request, some 20 Python calls, saved."""

    def process_request(  # type: ignore[override]  # a coroutine only where Scrapy's is
            self, request: Request, spider: Any = None  # unused, as Scrapy's
    ) -> Coroutine[Any, Any, None] | None:
        if not request.meta.get("dont_obey_robotstxt") \
                and not request.url.startswith(("data:", "file:")):
            netloc = urlparse_cached(request).netloc
            if netloc in self._parsers:
                parser = self._parsers[netloc]
                if not isinstance(parser, Deferred):
                    self.process_request_2(parser, request)
                    return None
        return super().process_request(request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if 400 <= response.status < 500:
            self._stats.inc_value("robotstxt/response_count")
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._settle(netloc, None)  # no parser: everything allowed
            return
        if response.status >= 500:
            self._stats.inc_value("robotstxt/response_count")
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._closed(netloc, f"robots.txt answered HTTP {response.status}")
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._closed(netloc, f"robots.txt unreachable ({type(exc).__name__}: {exc})")

    def _closed(self, netloc: str, why: str) -> None:
        log.warning("%s on %s: assuming it disallows everything (RFC 9309); no page of "
                    "this host is fetched", why, netloc)
        self._stats.inc_value("tagwire/robots/unavailable")
        self._settle(netloc, DisallowAll())

    def _settle(self, netloc: str, parser: Any) -> None:
        pending: Any = self._parsers[netloc]
        self._parsers[netloc] = parser
        if hasattr(pending, "callback"):
            pending.callback(parser)


def connect_dropped(crawler: Crawler) -> None:
    """Count the requests the scheduler drops (see :func:`count_dropped_request`)."""
    crawler.signals.connect(lambda request, **kw: count_dropped_request(crawler, request),
                            signal=signals.request_dropped, weak=False)
