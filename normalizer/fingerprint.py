"""64-bit SimHash of a story's normalized text (placeholder; being written)."""
from __future__ import annotations

import hashlib


def simhash_hex(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
