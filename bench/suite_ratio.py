"""Issue 18's own measure of the test suite: today's pytest run of `make test` against the
suite as it was when the issue was filed, both on this machine, one after the other in
turn (docs/performance.md, "The test suite").  Seconds measured on another machine, or
at another hour of a shared one, do not compare; a ratio of runs taken in turn does.

The issue was filed at commit cc963786 (2026-11-23): `exporters/draft.py` 1,517 lines,
`store/demo.py` 1,831, `store/merge.py` 924, `store/base.py` 680, a 509-line
`bench/README.md`, 79 calls of `Store.open` in tests and bench, as its text says.  That
checkout gets a venv of its own the way its own Makefile makes one, and its suite runs
the way its own `make test` ran pytest (serially, `pytest -q`); today's runs as today's
`make test` runs it (`pytest -q -n 2*cores --dist worksteal`):

    git worktree add --detach /tmp/orig cc963786
    make -C /tmp/orig .venv/.installed-stamp
    .venv/bin/python -m bench.suite_ratio /tmp/orig --runs 2      # the wall-time ratio
    .venv/bin/python -m bench.suite_ratio /tmp/orig --asserts     # the assertions

Both checkouts get their bytecode first (as today's `make bytecode` makes it), so each
run is a warm run of the same kind; the runs then alternate, the original first in the
odd pairs and today's first in the even ones, so a drift in the machine's load falls on
both.  For each run: pytest's own summary (passed, failed, skipped and its "in N s"),
the wall time of the whole process, the CPU of the process and every process it waited
for (`os.wait4`), and the load average before and after.

`--cpu` loads `bench/suite_cpu.py` into both (the original through a copy of it on
`PYTHONPATH`), so that each run also says each test's CPU and blocked time, which a busy
machine inflates less than the wall time: `bench.suite_predict` then plays each run again
on a quiet machine's cores (the original's as one worker:
`python -m bench.suite_predict LOGS/original-0.cpu 2 1`).  On a loaded machine the
serial original gets a smaller share of the cores than today's four workers, so its wall
time grows more with the load than today's, and a ratio of loaded runs favours today's.

`--asserts` counts the assertions of each suite two ways: the `assert` statements and
`pytest.raises`/`pytest.warns` calls written in its `tests/` folder, and the `assert`
statements executed and passed in one whole run (pytest's `pytest_assertion_pass`
hook, with the rewritten test modules kept apart under `PYTHONPYCACHEPREFIX`, so the
normal bytecode is not touched).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PRODUCT = ("store", "tui", "exporters", "cli", "demo", "templates", "bench", "tests")
SUMMARY = re.compile(r"^=*\s*(?P<counts>\d+ \w+.*) in (?P<seconds>[\d.]+)s\b")
COUNT = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected)")

PLUGIN = """
import os

_PASSED = 0


def pytest_assertion_pass(item, lineno, orig, expl):
    global _PASSED
    _PASSED += 1


def pytest_sessionfinish(session):
    out = os.environ["SUITE_ASSERTS_OUT"]
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(f"{out}.{worker}", "w") as file:
        file.write(str(_PASSED))
"""


@dataclass
class Run:
    """One whole pytest run."""

    suite: str
    wall: float
    cpu: float
    pytest_seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    load_before: float = 0.0
    load_after: float = 0.0
    exit_code: int = 0


def _env() -> dict[str, str]:
    """The environment of a run: bytecode written and read (a shared machine may set
    PYTHONDONTWRITEBYTECODE, which today's conftest undoes for itself and the
    original's does not)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def commands(original: Path, today: Path) -> dict[str, tuple[Path, list[str]]]:
    """Each suite's checkout and the pytest command its own `make test` runs."""
    workers = 2 * (os.cpu_count() or 1)
    return {
        "original": (original, [str(original / ".venv/bin/python"), "-m", "pytest", "-q"]),
        "today": (
            today,
            [str(today / ".venv/bin/python"), "-m", "pytest", "-q"]
            + ["-n", str(workers), "--dist", "worksteal"],
        ),
    }


def prepare(checkout: Path) -> None:
    """The checkout's bytecode: its modules compiled and its test modules rewritten."""
    python = str(checkout / ".venv/bin/python")
    folders = [name for name in PRODUCT if (checkout / name).is_dir()]
    for argv in (["compileall", "-q", "-j", "0", *folders], ["pytest", "-q", "--collect-only"]):
        subprocess.run(
            [python, "-m", *argv], cwd=checkout, env=_env(), stdout=subprocess.DEVNULL, check=True
        )


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def summary(text: str) -> tuple[dict[str, int], float]:
    """The counts and seconds of pytest's last summary line in `text`."""
    for line in reversed(text.splitlines()):
        found = SUMMARY.match(line.strip())
        if found:
            counts = {
                word.rstrip("s") if word.startswith("error") else word: int(n)
                for n, word in COUNT.findall(found["counts"])
            }
            return counts, float(found["seconds"])
    return {}, float("nan")


def run(suite: str, checkout: Path, argv: list[str], log: Path, env: dict[str, str]) -> Run:
    """Run one suite once, its output to `log`; its times from outside."""
    before = _load()
    with log.open("w") as out:
        began = time.monotonic()
        child = subprocess.Popen(argv, cwd=checkout, env=env, stdout=out, stderr=out)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - began
    counts, seconds = summary(log.read_text(errors="replace"))
    return Run(
        suite=suite,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        pytest_seconds=seconds,
        counts=counts,
        load_before=before,
        load_after=_load(),
        exit_code=os.waitstatus_to_exitcode(status),
    )


def plugin(name: str, text: str, env: dict[str, str]) -> list[str]:
    """A pytest plugin both suites can load: `text` written as module `name` in a new
    folder put on `env`'s PYTHONPATH; the arguments that load it."""
    folder = Path(tempfile.mkdtemp(prefix="suite-ratio-plugin-"))
    (folder / f"{name}.py").write_text(text)
    env["PYTHONPATH"] = str(folder)
    return ["-p", name]


def timed(suite: str, checkout: Path, argv: list[str], log: Path, cpu: bool) -> Run:
    """One run; with `cpu`, each test's CPU written beside `log` (`bench/suite_cpu.py`),
    a serial run's file named as a first worker's, as `bench.suite_predict` reads."""
    env = _env()
    if cpu:
        argv = argv + plugin("suite_cpu_plugin", (HERE / "bench/suite_cpu.py").read_text(), env)
        env["SUITE_CPU_OUT"] = str(log.with_suffix(".cpu"))
    done = run(suite, checkout, argv, log, env)
    serial = log.with_suffix(".cpu.main.json")
    if cpu and "-n" not in argv and serial.exists():
        serial.rename(log.with_suffix(".cpu.gw0.json"))
    return done


def _row(r: Run) -> str:
    counts = ", ".join(f"{n} {word}" for word, n in r.counts.items())
    return (
        f"{r.suite:8}  wall {r.wall:7.1f} s  pytest {r.pytest_seconds:7.1f} s  "
        f"CPU {r.cpu:7.1f} s  load {r.load_before:5.2f} -> {r.load_after:5.2f}  "
        f"exit {r.exit_code}  {counts}"
    )


def compare(original: Path, runs: int, out: Path, cpu: bool) -> list[Run]:
    """`runs` pairs, alternating which suite goes first; print each run and the ratios."""
    suites = commands(original, HERE)
    for checkout, _ in suites.values():
        prepare(checkout)
    done: list[Run] = []
    for pair in range(runs):
        order = ["original", "today"] if pair % 2 == 0 else ["today", "original"]
        for suite in order:
            checkout, argv = suites[suite]
            done.append(timed(suite, checkout, argv, out / f"{suite}-{pair}.log", cpu))
            print(_row(done[-1]), flush=True)
    ratios = []
    for pair in range(runs):
        both = {r.suite: r for r in done[2 * pair : 2 * pair + 2]}
        ratios.append(both["today"].wall / both["original"].wall)
        print(f"pair {pair}: today / original wall = {ratios[-1]:.3f}")
    print(f"median ratio {statistics.median(ratios):.3f} over {runs} pairs")
    (out / "runs.json").write_text(json.dumps([asdict(r) for r in done], indent=1))
    return done


def written(checkout: Path) -> dict[str, int]:
    """The assertions written in a checkout's tests/: `assert` statements, and calls of
    pytest.raises and pytest.warns (each asserts that something is raised or warned)."""
    asserts = raises = 0
    for path in sorted((checkout / "tests").rglob("*.py")):
        if "__snapshots__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Assert):
                asserts += 1
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("raises", "warns")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "pytest"
            ):
                raises += 1
    return {"assert statements": asserts, "pytest.raises/warns": raises}


def executed(suite: str, checkout: Path, argv: list[str], out: Path) -> int:
    """The `assert` statements of test modules executed and passed in one whole run."""
    env = _env()
    argv = argv + plugin("suite_asserts_plugin", PLUGIN, env)
    folder = Path(env["PYTHONPATH"])
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["SUITE_ASSERTS_OUT"] = str(folder / "passed")
    argv += ["-o", "enable_assertion_pass_hook=true"]
    print(_row(run(suite, checkout, argv, out / f"{suite}-asserts.log", env)), flush=True)
    return sum(int(part.read_text()) for part in folder.glob("passed.*"))


def count(original: Path, out: Path) -> None:
    """Print each suite's assertions, written and executed."""
    for suite, (checkout, argv) in commands(original, HERE).items():
        print(f"{suite}: {written(checkout)}", flush=True)
        print(f"{suite}: {executed(suite, checkout, argv, out)} asserts passed", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("original", type=Path, help="checkout of cc963786 with its .venv")
    parser.add_argument("--runs", type=int, default=2, help="pairs of runs (default 2)")
    parser.add_argument("--asserts", action="store_true", help="count assertions instead")
    parser.add_argument("--cpu", action="store_true", help="each test's CPU too (suite_cpu)")
    parser.add_argument("--out", type=Path, help="folder for the logs (default: a new one)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="suite-ratio-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"logs in {out}", flush=True)
    if args.asserts:
        count(args.original.resolve(), out)
    else:
        compare(args.original.resolve(), args.runs, out, args.cpu)


if __name__ == "__main__":
    main()
