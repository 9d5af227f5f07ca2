"""Near-duplicate stories: which earlier story is this one a copy of?

Stories are compared by their 64-bit SimHash (:mod:`normalizer.dedupe.fingerprint`); two
stories within ``max_distance`` differing bits (default 3) are copies, and the one
seen first is the original. Later copies get ``duplicate_of`` (schema 1.1); first
copies get no such field.

Finding near neighbours without comparing against every story uses the pigeonhole
trick: cut the 64 bits into ``max_distance + 1`` bands; two fingerprints that differ
in at most ``max_distance`` bits agree exactly on at least one band. So each index
keeps, per band, the fingerprints having each band value, and a lookup only checks
the stories sharing a band value with the new one. Only first copies are stored, so
memory grows with the number of distinct stories, not of records.

:class:`FingerprintIndex` lives in memory (``tagwire dedupe``, a single crawl);
:class:`RedisFingerprintIndex` lives in Redis, shared by every crawl process, with
the check-and-add done by one Lua script so that two workers seeing the same story
at once cannot both become its first copy.
"""
from __future__ import annotations

import logging
import re
from typing import Any, NamedTuple, Protocol

from normalizer.dedupe.fingerprint import hamming
from normalizer.model import SCHEMA_VERSION

logger = logging.getLogger(__name__)

DEFAULT_MAX_DISTANCE = 3
DEFAULT_REDIS_PREFIX = "tagwire:fingerprints"
_HEX = re.compile(r"^[0-9a-f]{16}$")


class Match(NamedTuple):
    """The first copy a story duplicates, and how many bits apart they are."""

    url: str
    index: int  # type: ignore[assignment]  # the story's index (shadows tuple.index)
    distance: int


def band_slices(max_distance: int) -> list[tuple[int, int]]:
    """(shift, width) of each band: ``max_distance + 1`` near-equal bands over 64 bits."""
    if not 0 <= max_distance <= 15:
        raise ValueError(f"max distance must be between 0 and 15, not {max_distance}")
    n = max_distance + 1
    out, shift = [], 0
    for i in range(n):
        width = 64 // n + (1 if i < 64 % n else 0)
        out.append((shift, width))
        shift += width
    return out


def _parse(fp_hex: str) -> int:
    if not isinstance(fp_hex, str) or not _HEX.match(fp_hex):
        raise ValueError(f"not a fingerprint (16 lowercase hex digits): {fp_hex!r}")
    return int(fp_hex, 16)


class Index(Protocol):
    def check_and_add(self, fp_hex: str, url: str, index: int) -> Match | None: ...


class FingerprintIndex:
    """In-memory near-duplicate index of first copies (see the module docstring)."""

    def __init__(self, max_distance: int = DEFAULT_MAX_DISTANCE) -> None:
        self.max_distance = max_distance
        self._bands = band_slices(max_distance)
        self._buckets: list[dict[int, list[int]]] = [{} for _ in self._bands]
        self._stories: list[tuple[int, str, int]] = []  # (fingerprint, url, index), by arrival

    def __len__(self) -> int:
        return len(self._stories)

    def lookup(self, fp_hex: str) -> Match | None:
        """The nearest first copy within ``max_distance`` (earliest on a tie), or None."""
        fp = _parse(fp_hex)
        best: tuple[int, int] | None = None  # (distance, seq)
        for (shift, width), buckets in zip(self._bands, self._buckets, strict=True):
            for seq in buckets.get((fp >> shift) & ((1 << width) - 1), ()):
                d = (fp ^ self._stories[seq][0]).bit_count()
                if d <= self.max_distance and (best is None or (d, seq) < best):
                    best = (d, seq)
        if best is None:
            return None
        _, url, index = self._stories[best[1]]
        return Match(url, index, best[0])

    def add(self, fp_hex: str, url: str, index: int) -> None:
        fp = _parse(fp_hex)
        seq = len(self._stories)
        self._stories.append((fp, url, index))
        for (shift, width), buckets in zip(self._bands, self._buckets, strict=True):
            buckets.setdefault((fp >> shift) & ((1 << width) - 1), []).append(seq)

    def check_and_add(self, fp_hex: str, url: str, index: int) -> Match | None:
        """The first copy this story duplicates; or None, and it is now a first copy.

        A story that is itself the stored first copy (same url and index, e.g. a
        record read twice) is not its own duplicate: None.
        """
        match = self.lookup(fp_hex)
        if match is None:
            self.add(fp_hex, url, index)
            return None
        if (match.url, match.index) == (url, index):
            return None
        return match


# One round trip, atomic: scan the candidates of each band, else store the story.
# KEYS: the story's band sets (one per band), the stories hash, the arrival counter.
# ARGV: fingerprint (hex), max distance, url, index.
_CHECK_AND_ADD_LUA = """
local n = #KEYS - 2
local fp = ARGV[1]
local maxd = tonumber(ARGV[2])
local function popcount(x)
  local c = 0
  while x ~= 0 do x = bit.band(x, x - 1); c = c + 1 end
  return c
end
local function distance(a, b)
  local d = 0
  for i = 1, 16, 4 do
    d = d + popcount(bit.bxor(tonumber(string.sub(a, i, i + 3), 16),
                             tonumber(string.sub(b, i, i + 3), 16)))
  end
  return d
end
local best, bestd, bestseq = nil, 65, nil
local seen = {}
for i = 1, n do
  local members = redis.call('SMEMBERS', KEYS[i])
  for _, m in ipairs(members) do
    if not seen[m] then
      seen[m] = true
      local d = distance(fp, m)
      if d <= maxd then
        local story = cjson.decode(redis.call('HGET', KEYS[n + 1], m))
        if d < bestd or (d == bestd and story[3] < bestseq) then
          best, bestd, bestseq = story, d, story[3]
        end
      end
    end
  end
end
if best then
  return {best[1], best[2], bestd}
end
local seq = redis.call('INCR', KEYS[n + 2])
redis.call('HSET', KEYS[n + 1], fp, cjson.encode({ARGV[3], tonumber(ARGV[4]), seq}))
for i = 1, n do
  redis.call('SADD', KEYS[i], fp)
end
return false
"""


class RedisFingerprintIndex:
    """The near-duplicate index in Redis, shared by several crawl processes.

    Keys, under ``prefix``: ``<prefix>:band<i>:<value>`` sets of fingerprints,
    ``<prefix>:stories`` a hash fingerprint -> [url, index, arrival number],
    ``<prefix>:seq`` the arrival counter. Nothing expires: clear a finished
    crawl's index with :meth:`clear`.
    """

    def __init__(self, client: Any, max_distance: int = DEFAULT_MAX_DISTANCE,
                 prefix: str = DEFAULT_REDIS_PREFIX) -> None:
        self.client = client
        self.max_distance = max_distance
        self.prefix = prefix
        self._bands = band_slices(max_distance)
        self._script = client.register_script(_CHECK_AND_ADD_LUA)
        self._tail_keys = [f"{prefix}:stories", f"{prefix}:seq"]

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisFingerprintIndex:
        import redis  # optional dependency: tagwire[redis]

        return cls(redis.Redis.from_url(url), **kwargs)

    def __len__(self) -> int:
        return int(self.client.hlen(f"{self.prefix}:stories"))

    def check_and_add(self, fp_hex: str, url: str, index: int) -> Match | None:
        """As :meth:`FingerprintIndex.check_and_add`, atomically across processes."""
        fp = _parse(fp_hex)
        keys = [f"{self.prefix}:band{i}:{(fp >> s) & ((1 << w) - 1):x}"
                for i, (s, w) in enumerate(self._bands)]
        found = self._script(keys=keys + self._tail_keys,
                             args=[fp_hex, self.max_distance, url, int(index)])
        if not found:
            return None
        match = Match(_text(found[0]), int(found[1]), int(found[2]))
        if (match.url, match.index) == (url, index):
            return None
        return match

    def clear(self) -> int:
        """Delete this index's keys; returns how many were deleted."""
        keys = list(self.client.scan_iter(match=f"{self.prefix}:*", count=1000))
        return int(self.client.delete(*keys)) if keys else 0


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def mark_duplicates(record: dict, index: Index) -> int:
    """Mark the record's stories that copy an earlier story; returns how many.

    Later copies get ``duplicate_of: {url, index, distance}`` (and the record
    ``schema_version`` 1.1, where the field was added); first copies carry no
    ``duplicate_of`` (a stale one from an earlier run is removed).
    """
    url = record.get("url")
    if not isinstance(url, str) or not url:
        raise ValueError("record has no url")
    marked = 0
    for story in record.get("stories") or ():
        fp = story.get("fingerprint")
        if not isinstance(fp, str) or not _HEX.match(fp):
            raise ValueError(f"story {story.get('index')!r} of {url} has no valid fingerprint: "
                             f"{fp!r}")
        match = index.check_and_add(fp, url, int(story.get("index", 0)))
        story.pop("duplicate_of", None)
        if match is not None:
            story["duplicate_of"] = {"url": match.url, "index": match.index,
                                     "distance": match.distance}
            record["schema_version"] = SCHEMA_VERSION
            marked += 1
    return marked


__all__ = ["DEFAULT_MAX_DISTANCE", "FingerprintIndex", "Match", "RedisFingerprintIndex",
           "band_slices", "hamming", "mark_duplicates"]
