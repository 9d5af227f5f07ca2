"""Only what pyproject.toml cannot say.

``[tool.setuptools.packages.find]`` finds every sub-package of ``normalizer`` and
``crawler`` but cannot see ``normalizer.schemas``: the JSON Schemas live at the top
level (``schemas/``) and ship under that name through ``package-dir`` in pyproject.toml.
Everything else (metadata, package-dir, package data) is in pyproject.toml.
"""
from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["normalizer*", "crawler*"]), "normalizer.schemas"])
