"""How well and how fast near-duplicate stories are found, on generated reposts.

Builds the corpus of :mod:`dedupe_variants` (invented wire stories, the variants
reposting blogs make of them, and hard negatives), fingerprints every document and
reports, for Hamming thresholds 2..5:

- pairs: precision and recall over all pairs of documents (a pair is a true
  duplicate when both are copies of the same story);
- stream: what ``tagwire dedupe`` does, reading the documents in a shuffled order
  through :class:`FingerprintIndex`: a mark is right when it points to a copy of the
  same story; recall is over the documents that are not the first of their story;
- recall by kind of variant (original vs variant) at the default threshold, and
  the same figures with equal feature weights (no lead weighting) for comparison;
- speed: stories/s of ``simhash_hex`` and, as the same-run reference, of a plain
  BLAKE2b digest of the same texts; index check-and-add rate in memory (and in Redis
  with ``--redis``, which starts a throw-away redis-server like the tests do).

Usage: ``python benchmarks/bench_dedupe.py [--stories 400] [--seed 7] [--redis]``
"""
from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from dedupe_variants import build_corpus

import normalizer.dedupe.fingerprint as fingerprint
from normalizer.dedupe.index import FingerprintIndex

ROOT = Path(__file__).resolve().parent.parent

THRESHOLDS = (2, 3, 4, 5)


def pair_counts(docs: list, fps: list[int]) -> tuple[Counter, Counter]:
    """Histogram of distances of true-duplicate pairs and of other pairs (capped at 16)."""
    same: Counter = Counter()
    other: Counter = Counter()
    for i in range(len(docs)):
        fi, ci = fps[i], docs[i].cluster
        for j in range(i + 1, len(docs)):
            d = min((fi ^ fps[j]).bit_count(), 16)
            (same if docs[j].cluster == ci else other)[d] += 1
    return same, other


def stream(docs: list, fps: list[int], max_distance: int) -> tuple[float, float, int, int]:
    """(precision, recall, marked, copies) of marking through the index in doc order."""
    index = FingerprintIndex(max_distance)
    cluster_of: dict[str, int] = {}
    seen: set[int] = set()
    marked = right = copies = 0
    for d, fp in zip(docs, fps, strict=True):
        url = f"doc:{d.doc_id}"
        cluster_of[url] = d.cluster
        if d.cluster in seen:
            copies += 1
        seen.add(d.cluster)
        m = index.check_and_add(f"{fp:016x}", url, 0)
        if m is not None:
            marked += 1
            right += cluster_of[m.url] == d.cluster
    return right / marked if marked else 1.0, right / copies if copies else 1.0, marked, copies


def by_variant(docs: list, fps: list[int], max_distance: int) -> dict[str, tuple[int, int, float]]:
    """variant -> (within max_distance of its original, count, median distance)."""
    original = {d.cluster: fp for d, fp in zip(docs, fps, strict=True) if d.variant == "original"}
    dists: dict[str, list[int]] = defaultdict(list)
    for d, fp in zip(docs, fps, strict=True):
        if d.variant != "original" and d.cluster in original:
            dists[d.variant].append((fp ^ original[d.cluster]).bit_count())
    return {k: (sum(x <= max_distance for x in v), len(v), statistics.median(v))
            for k, v in sorted(dists.items())}


def report_quality(title: str, docs: list, fps: list[int]) -> None:
    same, other = pair_counts(docs, fps)
    n_same = sum(same.values())
    print(f"\n{title}")
    print("  max dist | pairs: precision  recall | stream: precision  recall  (marked/copies)")
    for t in THRESHOLDS:
        tp = sum(v for d, v in same.items() if d <= t)
        fp_ = sum(v for d, v in other.items() if d <= t)
        sp, sr, marked, copies = stream(docs, fps, t)
        print(f"  {t:8d} |        {tp / max(tp + fp_, 1):6.3f}  {tp / n_same:6.3f} |"
              f"         {sp:6.3f}  {sr:6.3f}  ({marked}/{copies})")
    nearest_other = min(d for d, v in other.items() if v)
    print(f"  closest pair of different stories: {nearest_other} bits "
          f"({other[nearest_other]} pairs); different-story pairs <= 5 bits: "
          f"{sum(v for d, v in other.items() if d <= 5)} of {sum(other.values()):,}")
    print("  recall at 3 by variant (original vs copy; median distance):")
    for name, (ok, n, med) in by_variant(docs, fps, 3).items():
        print(f"    {name:14s} {ok:4d}/{n:<4d} {ok / n:6.3f}   median {med:g}")


def timed(fn, texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--redis", action="store_true", help="also time the Redis index")
    args = ap.parse_args(argv)

    docs = build_corpus(args.stories, seed=args.seed)
    kinds = Counter("original" if d.variant == "original" else
                    "hard negative" if d.variant.startswith("hard") else "variant" for d in docs)
    words = [len(d.text.split()) for d in docs if d.variant == "original"]
    print(f"corpus: {len(docs)} documents: {dict(kinds)}; story length {min(words)}-"
          f"{max(words)} words (median {statistics.median(words):g}); seed {args.seed}")

    texts = [d.text for d in docs]
    fps = [int(fingerprint.simhash_hex(t), 16) for t in texts]
    report_quality(f"lead-weighted shingles (lead {fingerprint.LEAD_WORDS} words, half-life "
                   f"{fingerprint.HALF_LIFE_WORDS}) -- the shipped fingerprint", docs, fps)

    shipped = fingerprint._WEIGHTS
    fingerprint._WEIGHTS = [fingerprint.MAX_WEIGHT] * 100_000
    try:
        flat = [int(fingerprint.simhash_hex(t), 16) for t in texts]
    finally:
        fingerprint._WEIGHTS = shipped
    report_quality("equal weights (for comparison)", docs, flat)

    print("\nspeed (best of 3, this run):")
    sim = timed(fingerprint.simhash_hex, texts)
    blake = timed(lambda t: hashlib.blake2b(t.encode(), digest_size=8).hexdigest(), texts)
    print(f"  simhash_hex       {sim:10,.0f} stories/s")
    print(f"  blake2b of text   {blake:10,.0f} stories/s  (simhash = {sim / blake:.3f}x)")
    try:
        from normalizer import normalize_text
        sample = texts[:300]
        norm = timed(lambda t: normalize_text(t, "file:///bench/post.txt"), sample, repeat=1)
        print(f"  normalize_text    {norm:10,.0f} posts/s    (fingerprinting is "
              f"{100 * norm / sim:.1f}% of its time per one-story post)")
    except Exception as exc:  # the normalizer is optional context here
        print(f"  normalize_text    not measured: {exc}")
    hexes = [f"{fp:016x}" for fp in fps]
    rng = random.Random(1)
    many = [f"{rng.getrandbits(64):016x}" for _ in range(100_000)] + hexes
    index = FingerprintIndex(3)
    t0 = time.perf_counter()
    for i, h in enumerate(many):
        index.check_and_add(h, f"doc:{i}", 0)
    print(f"  memory index      {len(many) / (time.perf_counter() - t0):10,.0f} check-and-adds/s "
          f"({len(index):,} stories stored)")
    if args.redis:
        import redis
        from redis_server import redis_server

        from normalizer.dedupe.index import RedisFingerprintIndex
        with redis_server() as url:
            client = redis.Redis.from_url(url)
            rindex = RedisFingerprintIndex(client)
            sample = many[:20_000]
            t0 = time.perf_counter()
            for i, h in enumerate(sample):
                rindex.check_and_add(h, f"https://blog.example/post/{i}/", 0)
            rate = len(sample) / (time.perf_counter() - t0)
            mem = client.info("memory")["used_memory"] - client.info("memory").get(
                "used_memory_startup", 0)
            print(f"  redis index       {rate:10,.0f} check-and-adds/s (one client); "
                  f"{mem / len(rindex):,.0f} bytes of Redis memory per stored story")
    return 0


if __name__ == "__main__":
    sys.exit(main())
