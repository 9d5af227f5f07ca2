"""The held-out gates, written once: each gate file states its set and its floors.

Every held-out set is gated the same way: ``benchmarks/eval_<set>.py`` scores tagwire on the
set's permalink pages (beside plain trafilatura) with ``../shared/eval/score.py``, then the
same stories are put into real platform themes and into posts of a real WordPress, crawled
and scored again; each metric has a floor, set a hair below its first measured figure and
raised when the code gets better, never lowered. The real dumps of a round are gated by
``benchmarks/eval_real_dumps.py``'s group of that round the same way. The gate files were
copies of one another bar their tables; the tests now live here, once, as the bases a gate
file's one class inherits, and the file says only what differs: the set (or round), its
floor tables with their history, and the tolerance against trafilatura, as module constants
the class reads:

    FLOORS = [("story_f1", ">=", 0.98), ...]                # the permalink pages
    PLATFORM_FLOORS = [...]                                 # the stories in real themes
    WORDPRESS_FLOORS = [...]                                # ... in a real WordPress

    class TestHeldout3(HeldoutGate, InRealWordPress):
        SET = "heldout3"

A floor row is ``(metric, comparison, value)``, the comparison ``">="`` or ``"<="`` (for
``cruft_leak``). Each row is one test, named by its metric. Gate files call
``skip_without_shared`` first: the gates are skipped where ``../shared`` (the measuring
material beside the repository) is absent; CI has it.
"""
from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest

from tests.services.wordpress import missing_packages

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
#: Where the held-out sets' folders live (``<set>/gold.jsonl``, ``<set>/site/``).
SETS = REPO / "tests" / "fixtures" / "real"

#: ``(metric, comparison, value)``: one floor, one test.
Floor = tuple[str, str, float]


def skip_without_shared(gate: str) -> None:
    """Skip the calling gate module where ``../shared`` has no scorer (call at import)."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"{gate} skipped: no eval/score.py in {SHARED} (the shared measuring "
                    "material beside the repository)", allow_module_level=True)


def load_benchmark(name: str, *, register: bool = True) -> ModuleType:
    """``benchmarks/<name>.py`` as a module (registered under ``name`` where its dataclasses
    need to find their module)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def check(shown: str, value: float | None, op: str, floor: float) -> None:
    """``value`` is measured and on the right side of ``floor``; ``shown`` names it."""
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, f"{shown}; floor {op} {floor}"


def _ids(rows: list[Floor]) -> list[str]:
    return [metric for metric, _, _ in rows]


class _Gate:
    """What every gate class shares: its settings are its module's constants, and the floor
    tables among them become the parameters of the tests that take ``metric, op, floor``
    (each such test names the table it reads, ``_reads``)."""

    pytestmark: ClassVar[list[pytest.MarkDecorator]] = [pytest.mark.gate]

    @classmethod
    def setting(cls, name: str, default: Any = None) -> Any:
        """The class's own ``name`` where it sets one (a module holding two rounds), else
        the gate module's constant ``name`` (``default`` where it has none)."""
        if name in vars(cls):
            return vars(cls)[name]
        return getattr(sys.modules[cls.__module__], name, default)

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        table = getattr(metafunc.function, "table", None)
        if table is not None:
            rows = self.setting(table)
            assert rows, f"{type(self).__module__}: no {table} table"
            metafunc.parametrize("metric, op, floor", rows, ids=_ids(rows))


def _reads(table: str):
    """Mark a test as parametrized by the floor table ``table`` of its gate's module."""
    def mark(fn):
        fn.table = table
        return fn
    return mark


class HeldoutGate(_Gate):
    """A held-out set's permalink pages and the same stories in real themes.

    ``SET`` names the set (its folder and its ``benchmarks/eval_<SET>.py``). Its module's
    ``FLOORS`` hold over the pages (group "site"); ``TRAFILATURA_GAP`` (0 where absent) is
    how far the pages' text F1 may stay below plain trafilatura's; ``PLATFORM_FLOORS`` hold
    over the stories in the themes ``PLATFORM_THEMES`` (the fifth set's real themes, all of
    them where absent), crawled, micro over the themes."""

    SET: ClassVar[str]

    @classmethod
    def benchmark(cls) -> ModuleType:
        return load_benchmark(f"eval_{cls.SET}")

    @classmethod
    def gold(cls) -> Path:
        return SETS / cls.SET

    @pytest.fixture(scope="class")
    @classmethod
    def result(cls, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
        out = cls.benchmark().evaluate(SHARED, tmp_path_factory.mktemp(cls.SET),
                                       cls.gold())
        assert out["problems"] == [], "tagwire normalize failed on a held-out page or dump"
        return out

    @_reads("FLOORS")
    def test_pages_floor(self, result, metric, op, floor):
        m = result["tagwire"]["site"][metric]
        check(f"site {metric} = {m['value']} ({m.get('num')}/{m.get('den')})", m["value"],
              op, floor)

    def test_every_post_is_found_once(self, result):
        for group in ("site", "dumps") if isinstance(self, WithDumps) else ("site",):
            scores = result["tagwire"][group]
            assert scores["posts_recall"]["value"] == 1.0, f"{group}: {scores['posts_recall']}"
            assert scores["duplicate_posts"]["value"] == 0, (
                f"{group}: {scores['duplicate_posts']}")

    def test_pages_text_not_below_plain_trafilatura(self, result):
        ours = result["tagwire"]["site"]["text_f1"]["value"]
        ref = result["trafilatura"]["site"]["text_f1"]["value"]
        gap = self.setting("TRAFILATURA_GAP", 0.0)
        assert ours >= ref - gap, (
            f"held-out pages: tagwire text_f1 {ours:.3f} < trafilatura's {ref:.3f} - {gap}")

    @pytest.fixture(scope="class")
    @classmethod
    def platform_totals(cls, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
        work = tmp_path_factory.mktemp(f"{cls.SET}-platforms")
        themes = cls.setting("PLATFORM_THEMES")
        if themes is None:
            out, _mod = cls.benchmark().platforms(SHARED, work, cls.gold())
        else:
            out, _mod = cls.benchmark().platforms(SHARED, work, cls.gold(), themes)
        assert out["problems"] == [], f"crawl failed: {out['problems']}"
        return out["totals"]["crawl"]

    @_reads("PLATFORM_FLOORS")
    def test_in_platform_themes_floor(self, platform_totals, metric, op, floor):
        check(f"platforms crawl {metric} = {platform_totals[metric]}",
              platform_totals[metric], op, floor)


class InRealWordPress:
    """With ``HeldoutGate``: the same stories pasted into posts of a real WordPress
    (``heldout_common.wordpress``: every third post two stories, every cruft line a
    paragraph after its story), crawled by ``eval_wordpress_real``'s five quick runs; the
    module's ``WORDPRESS_FLOORS`` hold micro over the runs. Skipped where the Debian packages
    of a real WordPress are absent."""

    SET: ClassVar[str]
    benchmark: Any
    gold: Any

    @pytest.fixture(scope="class")
    @classmethod
    def wordpress_totals(cls, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
        missing = missing_packages()
        if missing:
            pytest.skip(f"no real WordPress for this test: missing Debian packages: "
                        f"{' '.join(missing)} (tests/services/install-debian-packages.sh)")
        out, _mod = cls.benchmark().wordpress(
            SHARED, tmp_path_factory.mktemp(f"{cls.SET}-wordpress"), cls.gold())
        assert out["problems"] == [], f"crawl failed: {out['problems']}"
        return out["totals"]

    @_reads("WORDPRESS_FLOORS")
    def test_in_real_wordpress_floor(self, wordpress_totals, metric, op, floor):
        check(f"wordpress {metric} = {wordpress_totals[metric]}", wordpress_totals[metric],
              op, floor)


class WithDumps:
    """With ``HeldoutGate``: the set also holds text dumps (group "dumps", scored by the
    same ``evaluate``); the module's ``DUMP_FLOORS`` hold over them, and each dump is found
    once."""

    @_reads("DUMP_FLOORS")
    def test_dumps_floor(self, result, metric, op, floor):
        m = result["tagwire"]["dumps"][metric]
        check(f"dumps {metric} = {m['value']} ({m.get('num')}/{m.get('den')})", m["value"],
              op, floor)


def shared_tmp_dir(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """``name`` in a temporary directory of this session that its pytest-xdist workers
    share (their base temporary directories' parent), or in this process's own where the
    tests run in one process. Not created."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name


#: tagwire's records of every real dump, made once a session for all the rounds' gates.
_DUMP_PREDICTIONS: dict[str, Any] = {}


def dump_predictions(module: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """tagwire's predictions over all the real dumps (``eval_real_dumps``'s run), made by
    the first test that needs them and read by the others: each round scores its own group.
    Made once a session even on several workers (a few minutes of normalizing): the first
    worker makes them under a file lock, in a directory the workers share, and a second
    worker waits for them there."""
    if "pred" not in _DUMP_PREDICTIONS:
        work = shared_tmp_dir(tmp_path_factory, "real-dumps")
        with open(f"{work}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            made = work / "problems.json"
            if not made.exists():
                _pred, problems = module.tagwire_predictions(work)
                made.write_text(json.dumps(problems), encoding="utf-8")
            problems = json.loads(made.read_text(encoding="utf-8"))
        assert problems == [], f"tagwire normalize failed on a real dump: {problems}"
        _DUMP_PREDICTIONS["pred"] = work / "tagwire"
    return _DUMP_PREDICTIONS["pred"]


class RealDumpsGate(_Gate):
    """A round of held-out real dumps (``tests/fixtures/real/dumps``, the round's section
    of its ``SOURCES.md``), scored as ``benchmarks/eval_real_dumps.py --groups`` does for
    the group ``ROUND``; the module's ``FLOORS`` hold over that group (``story_date_acc``:
    the stories' own dates)."""

    ROUND: ClassVar[str]

    @pytest.fixture(scope="class")
    @classmethod
    def row(cls, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
        module = load_benchmark("eval_real_dumps", register=False)
        work = tmp_path_factory.mktemp(f"real-{cls.ROUND}")
        pred = dump_predictions(module, tmp_path_factory)
        members = module.groups()[cls.ROUND]
        assert len(members) == len(module.HELD_OUT_ROUNDS[cls.ROUND]), (
            f"a {cls.ROUND} page is missing")
        alone = work / "gold"
        (alone / "dumps").mkdir(parents=True)
        for name in members:
            (alone / "dumps" / f"{name}.gold.json").write_bytes(
                (module.DUMPS / f"{name}.gold.json").read_bytes())
        scored = module.score(SHARED, alone, pred)
        scored["story_date_acc"] = module.story_dates(SHARED, pred, members)
        return scored

    @_reads("FLOORS")
    def test_floor(self, row, metric, op, floor):
        m = row[metric]
        check(f"{self.ROUND} {metric} = {m['value']} ({m.get('num')}/{m.get('den')})",
              m["value"], op, floor)
