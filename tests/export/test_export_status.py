"""An export run at a terminal says what it is doing, and a script reading its output
sees only the result.

An export of a full inspection takes seconds (six to eight on a loaded laptop, tester
33): a prompt that stays silent that long reads as a hang.  At a terminal the command
writes one status line on stderr (drafting, checking, writing section 3 of 9), rewrites
it in place and clears it before the result; on a pipe it writes nothing of the kind.
Run for real, with stderr on a pseudo-terminal, on the hand-written inspection."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

FIELDWORK = Path(sys.executable).with_name("fieldwork")

pytestmark = pytest.mark.skipif(
    not FIELDWORK.exists(), reason="the fieldwork command is not installed in this venv"
)


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "FIELDWORK_DATA_DIR": str(tmp_path / "data"), "NO_COLOR": "1"}


def _run_on_terminal(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    """Run `fieldwork ARGS` with stderr on a pseudo-terminal and stdout on a pipe;
    the exit code, stdout and everything the terminal received."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(FIELDWORK), *args], stdout=subprocess.PIPE, stderr=follower,
        env=_env(tmp_path),
    )  # fmt: skip
    os.close(follower)
    seen = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            proc.kill()
            raise AssertionError("the export wrote nothing to the terminal for two minutes")
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the follower closed: the command ended
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=120)
    os.close(leader)
    return proc.returncode, out.decode(), seen.decode(errors="replace")


@pytest.mark.parametrize("kind", ["report", "qa"])
def test_export_at_a_terminal_says_what_it_is_doing(
    handwritten_db: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.docx"
    code, stdout, terminal = _run_on_terminal(
        ["export", kind, str(handwritten_db), "-o", str(out)], tmp_path
    )
    assert code == 0, terminal
    assert out.exists()
    assert "Drafting the report..." in terminal
    assert "Checking for" in terminal
    # The last status is blanked out with spaces before anything else is written.
    statuses = list(re.finditer(r"\r[^\r\n]*\.\.\. \d+%", terminal))
    assert statuses, terminal
    assert re.match(r" *\r +\r", terminal[statuses[-1].end() :]), terminal[-200:]
    assert f"Wrote {out}" in stdout
    assert "Drafting" not in stdout


def test_export_area_at_a_terminal_names_the_sections_written(
    handwritten_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "area.docx"
    code, _, terminal = _run_on_terminal(
        ["export", "area", str(handwritten_db), "--area", "3", "-o", str(out)], tmp_path
    )
    assert code == 0, terminal
    assert "Writing section 1 of" in terminal


def test_export_on_a_pipe_writes_no_status(handwritten_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    result = subprocess.run(
        [str(FIELDWORK), "export", "report", str(handwritten_db), "-o", str(out)],
        capture_output=True, text=True, env=_env(tmp_path), timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Drafting" not in result.stderr
    assert "\r" not in result.stderr
    assert result.stdout.strip().startswith(f"Wrote {out}")
