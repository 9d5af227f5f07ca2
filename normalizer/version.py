"""tagwire's version, said once: in pyproject.toml.

An installed tagwire reads it from its package metadata; a checkout that was never
installed (``python -m normalizer`` from the source tree) reads pyproject.toml beside the
package. Either way ``tagwire --version`` and ``normalizer.__version__`` agree with what
pip reports.
"""
from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "tagwire"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        with PYPROJECT.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


__version__ = version()
