"""Small file systems for tests of a full disk (mounting one needs root; a test
that cannot is skipped, saying why)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(size_kb: int) -> Iterator[Path]:
    """A folder on a tmpfs of `size_kb` (needs root; the test is skipped otherwise)."""
    mount = Path(tempfile.mkdtemp(prefix="fw-small-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("cannot mount a small file system here (not root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
        mount.rmdir()


def fill(folder: Path, leave_kb: int) -> None:
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize - leave_kb * 1024
    if free > 0:
        (folder / "filler").write_bytes(b"\0" * free)
