"""Start-up benchmark: `fieldwork DB` against Harlequin on the same database file.

Each start is a fresh process on Textual's headless driver, timed from spawn to the
first frame that shows the file's content: for us, the case list's first page; for
Harlequin (`harlequin -a sqlite DB`, the SQL IDE for the terminal, built on the same
Textual), its data catalog listing the database's tables.  A bare Textual app (header,
one static, footer) is timed beside them as the floor every Textual app pays.  The
three are interleaved, STARTS rounds after one warm-up round each; the table shows
medians.  The target (issue 18): ours under half of Harlequin's.

Harlequin is installed from PyPI, pinned, into a bench-only venv
(`~/.cache/fieldwork-bench/harlequin`, or FIELDWORK_BENCH_VENV) the first time this runs; it is never a dependency of
Fieldwork, and nothing else here reaches the network.  Harlequin keeps its catalog
cache and settings in a folder of this run (HOME and the XDG folders point there), so
the warm-up start fills its cache and the timed starts are its best case.

Run with `.venv/bin/python bench/bench_startup.py` or `make bench`.  Set
FIELDWORK_BENCH_DIR to a folder to keep (and reuse) the generated demo databases.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo import write_demo  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).with_name("startup_child.py")
HARLEQUIN = "harlequin==2.17.0"
HARLEQUIN_VENV = Path(
    os.environ.get("FIELDWORK_BENCH_VENV", Path.home() / ".cache" / "fieldwork-bench" / "harlequin")
)
HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"
STARTS = 7


def harlequin_python() -> Path:
    """The bench venv's Python, with Harlequin installed (installed now if missing)."""
    python = HARLEQUIN_VENV / "bin" / "python"
    stamp = HARLEQUIN_VENV / f".installed-{HARLEQUIN}"
    if not stamp.exists():
        print(f"  installing {HARLEQUIN} into {HARLEQUIN_VENV} (once) ...", flush=True)
        venv.create(HARLEQUIN_VENV, with_pip=True, clear=True)
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", HARLEQUIN],
            capture_output=True, text=True,
        )  # fmt: skip
        if pip.returncode:
            sys.exit(f"pip could not install {HARLEQUIN}:\n{pip.stderr}")
        subprocess.run([str(python), "-m", "compileall", "-q", str(HARLEQUIN_VENV)], check=False)
        stamp.touch()
    return python


def demo(folder: Path, cases: int) -> Path:
    """The seed-2018 demo with this many cases (reused if already in the folder)."""
    path = folder / f"demo-{cases}-2018.db"
    if not path.exists():
        stats = write_demo(path, cases=cases, seed=2018)
        print(f"  wrote {path.name}: {stats.summary()}", flush=True)
    return path


def start(python: Path, args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int]:
    """One child process: seconds from spawn to its content on screen, peak RSS (KiB)."""
    t = time.monotonic()  # the child reports on the same system-wide clock
    out = subprocess.run(
        [str(python), str(CHILD), *args],
        capture_output=True, text=True, check=True, env=env, cwd=cwd,
    ).stdout  # fmt: skip
    interactive, _, peak = out.split()[-3:]
    return float(interactive) - t, int(peak)


def bench(db: Path, label: str, harlequin: Path, home: Path) -> None:
    """Median start-up and peak memory of ours, Harlequin's and the bare app's."""
    settings = db.with_name("bench-settings.toml")  # the inspector's settings file
    settings.write_text('start_screen = "cases"\n', encoding="utf-8")
    env = {**os.environ, "FIELDWORK_CONFIG_FILE": str(settings), "TEXTUAL_DRIVER": HEADLESS}
    hq_env = {
        **env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
    }  # fmt: skip
    who = {
        "ours": (Path(sys.executable), ["ours", str(db)], env),
        "harlequin": (harlequin, ["harlequin", str(db)], hq_env),
        "bare": (Path(sys.executable), ["bare"], env),
    }
    runs: dict[str, list[tuple[float, int]]] = {name: [] for name in who}
    for rounds in (1, STARTS):  # a warm-up round, then the timed ones
        runs = {name: [] for name in who}
        for _ in range(rounds):
            for name, (python, args, e) in who.items():
                runs[name].append(start(python, args, e, home))
    ms = {n: statistics.median(r[0] for r in runs[n]) * 1000 for n in who}
    mib = {n: statistics.median(r[1] for r in runs[n]) / 1024 for n in who}
    print(
        f"start-up, {label:<12} ours {ms['ours']:6.0f} ms   harlequin {ms['harlequin']:6.0f} ms"
        f"   bare Textual app {ms['bare']:5.0f} ms   ours/harlequin {ms['ours'] / ms['harlequin']:4.2f}"
        f"   under half: {'yes' if ms['ours'] < ms['harlequin'] / 2 else 'NO'}",
        flush=True,
    )
    print(
        f"peak memory, {label:<9} ours {mib['ours']:6.1f} MiB harlequin {mib['harlequin']:6.1f} MiB"
        f" bare Textual app {mib['bare']:5.1f} MiB",
        flush=True,
    )


def main() -> None:
    for package in ("store", "tui", "exporters", "cli"):  # bytecode, as `make run` does
        compileall.compile_dir(ROOT / package, quiet=1)
    harlequin = harlequin_python()
    keep = os.environ.get("FIELDWORK_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        home = Path(tmp) / "harlequin-home"
        home.mkdir()
        for cases, label in ((600, "600 cases"), (6000, "6,000 cases")):
            bench(demo(folder, cases), label, harlequin, home)


if __name__ == "__main__":
    main()
