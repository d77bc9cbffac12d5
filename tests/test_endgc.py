"""The end of a test process (tests/endgc.py): garbage left when the tests end is still
collected, and an exception its finaliser raises still reported, with what was alive
frozen before pytest's last collections."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LEFT = """
import gc

gc.disable()  # the cycle waits for the end of the run, not for a young collection


class Loud:
    def __del__(self) -> None:
        raise RuntimeError("a finaliser of garbage left at the end")


def test_leaves_a_cycle() -> None:
    loud = Loud()
    loud.me = loud
"""


def test_a_finaliser_s_exception_at_the_end_is_still_reported(tmp_path: Path) -> None:
    (tmp_path / "test_left.py").write_text(LEFT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.endgc",
         "--rootdir", str(tmp_path), str(tmp_path / "test_left.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "1 passed" in done.stdout, done.stdout + done.stderr
    said = done.stdout + done.stderr
    assert "PytestUnraisableExceptionWarning" in said
    assert "RuntimeError: a finaliser of garbage left at the end" in said
