"""Shared fixtures.  Data and config folders always point into tmp_path."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import gc
import itertools
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings

from store.framework import Framework, load_framework
from store.store import Store

# Hypothesis: a modest default for every run, and `slow` for the big run
# (HYPOTHESIS_PROFILE=slow pytest ...).  Tests scale their example counts from the
# loaded profile's max_examples, so one switch makes every property test bigger.
_COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("default", max_examples=25, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("slow", max_examples=250, **_COMMON)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

if TYPE_CHECKING:
    from tests.fixtures.handwritten import Fixture

pytest_plugins = ["tests.endgc"]  # the end of a test process (see there)

T = TypeVar("T")

# Bytecode is kept for the test run even where PYTHONDONTWRITEBYTECODE is set (it is on
# the shared development machine).  Without it every pytest worker compiles and rewrites
# the asserts of every test module again (about 7 s of CPU a worker, two thirds of the
# collection), and every `fieldwork` or `python -c` process a test starts compiles the
# modules it imports.  The files go to __pycache__/ folders git ignores; nothing a test
# checks depends on them.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


# Temporary files in memory.  Every save the product makes is an SQLite commit with
# synchronous=FULL and every merge backup is fsync'd: on a disk that is a wait for the
# disk (a core idle), thousands of times a run, and long ones on a shared machine.  On a
# RAM file system an fsync returns at once; what the tests assert (the data, the files,
# what survives a killed process, which the page cache holds either way) is the same.
# So the run's temporary folders (pytest's tmp_path and the tests' own `tempfile`
# folders) go to /dev/shm when it is there with room to spare, unless TMPDIR says where
# they go.  Passed tests' folders are removed as they finish, and a passing run's
# whole folder at its end (tmp_path_retention_policy in pyproject.toml), so memory is
# not left holding them.
_ROOM = 4 << 30  # bytes free on the RAM file system and in memory: a whole run uses ~1 GB


def _in_memory_temp() -> str | None:
    """/dev/shm if the run's temporary folders may go there (see above), else None."""
    shm = "/dev/shm"
    if os.environ.get("TMPDIR") or not os.access(shm, os.W_OK | os.X_OK):
        return None
    fs = os.statvfs(shm)
    if fs.f_bavail * fs.f_frsize < _ROOM:
        return None
    with contextlib.suppress(OSError, ValueError, StopIteration):
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        line = next(x for x in meminfo if x.startswith("MemAvailable:"))
        if int(line.split()[1]) * 1024 < _ROOM:
            return None
    return shm


tempfile.tempdir = _in_memory_temp() or tempfile.tempdir


# The cyclic garbage collector, set for a test process that builds a thousand apps and
# databases.  With the interpreter's default (a young collection every 700 new
# objects), the many objects a Textual app makes set off a full collection of the whole
# heap (every module pytest and the tests imported) every few Pilot tests: about a fifth
# of their CPU time.  So a young collection every 500,000 objects, and what exists once
# the tests are collected (modules, the tests themselves) is moved out of the
# collector's way with `gc.freeze()`, as the `fieldwork` command does at start
# (cli/entry.py).  At 50,000 (sixteenth session) most of a Pilot test's app outlived
# several young collections and was walked again by the middle generation's (0.6 to
# 0.7 CPU-s of 12.5 on test_flows and test_inspector_day); at 500,000 most of it is
# garbage by its first collection, and the collector's time there is 1.25 to 1.6 CPU-s
# down to about 0.95 (gc.callbacks), for about 15 MB more a worker; the export and store
# tests make little cyclic garbage and are unchanged.  Cycles are still collected; only
# how often changes.  Both are the documented `gc` API; a test that counts what is held
# weakly (tests/tui/test_hangup.py) collects first.
gc.set_threshold(500_000, 10, 10)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep what collection made (modules, test items) out of later full collections."""
    gc.collect()
    gc.freeze()


FIRST = ("slow", "tmux", "soffice")
"""Markers of the tests that take many seconds each: they run first.  `make test` splits
the tests in order between its parallel workers (`--dist worksteal`), so a module's tests
stay on one worker (its module fixtures made once, no worker waiting on the other's
shared template), and a worker that runs out takes the other's last tests: the long
ones, at the front, are never what a worker is left with at the end."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests first (a stable sort, so every xdist worker collects the same order)."""
    items.sort(key=lambda item: not any(item.get_closest_marker(m) for m in FIRST))


_PRIVATE = ("FIELDWORK_DATA_DIR", "FIELDWORK_CONFIG_FILE")
_HOMES = itertools.count()


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder under which a test that has no tmp_path of its own is given a home."""
    return tmp_path_factory.mktemp("homes")


@contextlib.contextmanager
def private_home(home: Path) -> Iterator[None]:
    """The data and config folders pointed into `home` while the body runs: for each
    test (`_private_dirs`), and for set-up a module's tests share, which pytest makes
    before any test's own fixtures (see `_private_dirs`)."""
    saved = {name: os.environ.get(name) for name in _PRIVATE}
    os.environ["FIELDWORK_DATA_DIR"] = str(home / "data")
    os.environ["FIELDWORK_CONFIG_FILE"] = str(home / "config" / "config.toml")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture(autouse=True)
def _private_dirs(request: pytest.FixtureRequest, _homes: Path) -> Iterator[None]:
    """No test reads or writes the real user data or config folders: both point into
    the test's tmp_path, or, for a test that asks for no tmp_path, into a folder of its
    own that is made only if the product writes there (making a tmp_path for each of the
    thousands of tests that never use one was about a millisecond of CPU each).  A
    module- or session-scoped fixture is made before this one: one that runs commands
    or opens the workbench does it inside `private_home` of its own folder."""
    if "tmp_path" in request.fixturenames:
        home: Path = request.getfixturevalue("tmp_path")
    else:
        home = _homes / str(next(_HOMES))
    with private_home(home):
        yield


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A new inspection with no areas or cases, issued to its lead."""
    path = tmp_path / "empty.db"
    created(
        path, load_framework("cafcass-2018"), title="Test inspection", lead="Ruth Okafor"
    ).close()
    return path


@pytest.fixture
def empty_store(empty_db: Path) -> Iterator[Store]:
    store = Store.open(empty_db)
    yield store
    store.close()


def shared_template(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], object]
) -> Path:
    """A database that `build(path)` writes once per test run, shared by the parallel
    workers (pytest-xdist) of that run: the first to ask builds it under a lock, the
    others wait for it.  Tests only read it, or take a `_private_copy`."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # this run's folder, above each worker's own
    folder = root / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / name
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            partial = folder / f"{name}.partial"
            partial.unlink(missing_ok=True)
            build(partial)
            os.replace(partial, path)
    return path


def shared_value(
    tmp_path_factory: pytest.TempPathFactory, name: str, compute: Callable[[Path], T]
) -> T:
    """What `compute(folder)` returns, computed once per test run and shared by the
    parallel workers as a pickle beside the templates (`shared_template`): for a draft
    or other result that a module's tests only read, which a module-scoped fixture would
    compute again in each worker the module's tests are handed to.  `folder` is the
    run's own, for any file the value names (a .docx the tests read back)."""

    def write(path: Path) -> None:
        folder = path.parent / f"{name}.files"
        folder.mkdir(exist_ok=True)
        path.write_bytes(pickle.dumps(compute(folder)))

    value: T = pickle.loads(shared_template(tmp_path_factory, name, write).read_bytes())
    return value


def demo600(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 600-case demo `make run` writes (seed 2018), its numbers in
    `demo600-stats.json` beside it, written once per test run: the demo tests and the
    export tests of the demo's size all read this one file (writing a second seed was
    about 5 CPU-s a run, and drafting it 5 more)."""
    import dataclasses
    import json

    from demo import write_demo

    def write(path: Path) -> None:
        stats = write_demo(path, cases=600, seed=2018)
        (path.parent / "demo600-stats.json").write_text(json.dumps(dataclasses.asdict(stats)))

    return shared_template(tmp_path_factory, "demo600.db", write)


_CREATED: dict[tuple[str, tuple[tuple[str, object], ...]], Path] = {}


def created(path: Path, framework: Framework, **info: Any) -> Store:
    """`Store.create(path, framework, **info)` for a test that needs one new inspection
    to write to, made once a process for each framework and set of details and copied
    to `path` (a few milliseconds of copying and opening, where making the schema again
    is about ten).  The copy is the file `Store.create` made, byte for byte: every copy
    of one process has the same inspection, replica and lead ids, so a test that needs
    two inspections told apart makes them with `Store.create` itself."""
    key = (framework.model_dump_json(), tuple(sorted(info.items())))
    made = _CREATED.get(key)
    if made is None or not made.exists():
        folder = Path(tempfile.mkdtemp(prefix="fw-created-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        made = folder / "created.db"
        Store.create(made, framework, **info).close()  # the last close leaves no -wal
        _CREATED[key] = made
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    shutil.copy2(made, path)
    return Store.open(path)


def _private_copy(template: Path, tmp_path: Path, name: str) -> Path:
    """A copy of a database built once per session, for one test to change as it likes
    (templates are written once; each test gets its own file in its own tmp_path)."""
    path = tmp_path / name
    shutil.copy2(template, path)
    return path


def _opened(path: Path) -> Iterator[Store]:
    """The store on `path`, closed when the test is done."""
    store = Store.open(path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default-seed demo with 150 cases, written once per test session."""
    from demo import write_demo

    return shared_template(
        tmp_path_factory,
        "demo.db",
        lambda path: write_demo(path, cases=150, inspectors=10, seed=2018),
    )


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    return _private_copy(_demo_template, tmp_path, "demo.db")


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    yield from _opened(demo_db)


# Inspections written by hand (tests/fixtures/), independent of the demo generator ------


@pytest.fixture(scope="session")
def handwritten() -> Fixture:
    """The hand-written inspection as data: the ground truth to compare a database with."""
    from tests.fixtures.handwritten import HANDWRITTEN, read_fixture

    return read_fixture(HANDWRITTEN)


def _built(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """tests/fixtures/NAME/ built into a database once per test run."""
    from tests.fixtures.handwritten import HERE, build

    return shared_template(tmp_path_factory, f"{name}.db", lambda path: build(path, HERE / name))


@pytest.fixture(scope="session")
def _handwritten_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, "handwritten")


@pytest.fixture
def handwritten_db(_handwritten_template: Path, tmp_path: Path) -> Path:
    """A private copy of the hand-written inspection: three visited areas (8 outstanding,
    3 good, 12 requires improvement), 44 cases, 300 evidence notes."""
    return _private_copy(_handwritten_template, tmp_path, "handwritten.db")


@pytest.fixture
def handwritten_store(handwritten_db: Path) -> Iterator[Store]:
    yield from _opened(handwritten_db)


@pytest.fixture(scope="session")
def _snapshot_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, "snapshot")


@pytest.fixture
def snapshot_db(_snapshot_template: Path, tmp_path: Path) -> Path:
    """A private copy of the tiny fixed inspection for SVG snapshots (6 cases, 11 notes)."""
    return _private_copy(_snapshot_template, tmp_path, "snapshot.db")


@pytest.fixture
def snapshot_store(snapshot_db: Path) -> Iterator[Store]:
    yield from _opened(snapshot_db)
