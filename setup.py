"""Only what pyproject.toml cannot say.

``[tool.setuptools.packages.find]`` finds every sub-package of ``normalizer`` and
``crawler`` but cannot see ``normalizer.schemas`` and ``crawler.sample``: the JSON
Schemas and the demo's sample site live at the top level (``schemas/``, ``sample/``)
and ship under those names through ``package-dir`` in pyproject.toml. Their
sub-directories are listed too (as data-only packages), so setuptools builds them
without warning that an importable-looking directory is missing from ``packages``.
"""
from setuptools import find_namespace_packages, find_packages, setup


def data_packages(name: str, where: str) -> list[str]:
    return [name, *(f"{name}.{sub}" for sub in find_namespace_packages(where=where)
                    if sub.replace(".", "").isidentifier())]


setup(packages=[*find_packages(include=["normalizer*", "crawler*"]),
                *data_packages("normalizer.schemas", "schemas"),
                *data_packages("crawler.sample", "sample")])
