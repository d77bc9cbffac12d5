"""Temporary files an export writes beside its target, and those a killed export left.

An export writes its file under a hidden temporary name in the target's folder and
renames it into place only when it is whole and checked, so a half-written file never
bears the real name.  A process killed before the rename leaves that hidden file behind:
a whole draft (children's words in its comments) that the identifiability check had not
yet read back, in a folder that may be shared (tester 27, F6).  Each temporary name
carries the writing process's id, so the next export to the same name removes the files
of processes that are no longer running (on POSIX, where that can be asked without harm;
elsewhere they are left)."""

from __future__ import annotations

import contextlib
import glob
import os
import re
import tempfile
from pathlib import Path


def temp_beside(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """`tempfile.mkstemp` in `folder` under `prefix` and this process's id, after
    removing what killed exports left under the same prefix."""
    sweep(folder, prefix, suffix)
    return tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}-", suffix=suffix, dir=folder)


def sweep(folder: Path, prefix: str, suffix: str) -> list[Path]:
    """Remove the temporary files under `prefix` in `folder` whose process is gone;
    the paths removed."""
    if os.name != "posix":
        return []
    named = re.compile(re.escape(prefix) + r"(\d+)-\w+" + re.escape(suffix))
    removed = []
    for path in folder.glob(f"{glob.escape(prefix)}*{glob.escape(suffix)}"):
        m = named.fullmatch(path.name)
        if m is None or int(m[1]) == os.getpid() or _running(int(m[1])):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    """Whether a process `pid` is running (signal 0 asks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True
