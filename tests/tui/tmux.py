"""Drive the real `fieldwork` command in a detached tmux session."""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.store import Store

FIELDWORK = Path(sys.executable).with_name("fieldwork")
TIMEOUT = 30.0

needs_tmux = pytest.mark.skipif(
    shutil.which("tmux") is None or not FIELDWORK.exists(),
    reason="tmux is not installed (or the fieldwork command is not in this venv), "
    "so the real terminal cannot be driven",
)


class TmuxSession:
    """One detached tmux session running `fieldwork DB`; closed on `close()`."""

    def __init__(
        self,
        db: Path,
        home: Path,
        width: int = 120,
        height: int = 40,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = f"fw-{uuid.uuid4().hex[:8]}"
        # A socket of its own: a test that closes one session and opens the next must
        # not reach the old server while it is still going away (under load the new
        # session vanished with it).
        self.socket = str(home / f"{self.name}.sock")
        env = {
            "FIELDWORK_DATA_DIR": str(home / "data"),
            "FIELDWORK_CONFIG_FILE": str(home / "config.toml"),
            "TERM": "xterm-256color",
        } | (env or {})
        # -u: pytest-xdist's workers set COLUMNS=80 and LINES=24, which Python's
        # shutil.get_terminal_size (and so Textual) prefers to the pane's real size.
        command = "exec env -u COLUMNS -u LINES " + " ".join(
            f"{k}={shlex.quote(v)}" for k, v in env.items()
        )
        command += f" {shlex.quote(str(FIELDWORK))} {shlex.quote(str(db))}"
        self._tmux(
            "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command
        )
        self._tmux("set-option", "-t", self.name, "remain-on-exit", "on")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", self.socket, *args],
            capture_output=True,
            text=True,
            check=False,
            env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
            | {"TMUX": ""},
        )
        return result.stdout

    def screen(self) -> str:
        """The pane's text now."""
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def styled(self) -> str:
        """The pane now, with the escape sequences of its colours and attributes."""
        return self._tmux("capture-pane", "-p", "-e", "-t", self.name)

    def cursor(self) -> tuple[int, int]:
        """Where the terminal's cursor is in the pane: (column, row), from 0."""
        shown = self._tmux("display-message", "-p", "-t", self.name, "#{cursor_x} #{cursor_y}")
        x, y = shown.split()
        return int(x), int(y)

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> str:
        """Poll the pane until `text` shows; fail with the screen if it never does."""
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{text!r} did not appear within {timeout}s; the screen:\n{shown}")

    def wait_still(self, quiet: float = 0.3, timeout: float = TIMEOUT) -> str:
        """Poll the pane until it has not changed for `quiet` seconds: a list that is
        still filling (the command palette's matches for what was typed) has settled,
        so Enter chooses what shows first (at load 3, Enter reached the palette before
        its matches for "Conflicts" had replaced "Assign cases", and opened that)."""
        deadline = time.monotonic() + timeout
        shown, since = self.screen(), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = self.screen()
            if now != shown:
                shown, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return shown
        raise AssertionError(f"the screen did not settle within {timeout}s:\n{shown}")

    def move_focus(self, *keys: str, timeout: float = TIMEOUT) -> None:
        """Send `keys` that move the focus (Tab, Ctrl+T) and wait until the terminal's
        cursor, which follows the focus, has moved: keys typed next reach the new field
        however slowly the machine runs.  Wait first for what was typed before to show,
        or its echo moves the cursor too."""
        before = self.cursor()
        self.send(*keys)
        deadline = time.monotonic() + timeout
        while self.cursor() == before:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{keys} did not move the cursor; the screen:\n{self.screen()}"
                )
            time.sleep(0.05)

    def send(self, *keys: str) -> None:
        """tmux key names (Enter, C-s, Escape) or literal text with `type`."""
        self._tmux("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        """Type literal text."""
        self._tmux("send-keys", "-t", self.name, "-l", text)

    def close_window(self) -> None:
        """Close the terminal window the app runs in (tmux kills the session: SIGHUP)."""
        self._tmux("kill-session", "-t", self.name)

    def wait_gone(self, text: str, timeout: float = TIMEOUT) -> str:
        """Poll the pane until `text` no longer shows; fail with the screen if it stays."""
        deadline = time.monotonic() + timeout
        shown = self.screen()
        while text in shown:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} still shown after {timeout}s:\n{shown}")
            time.sleep(0.05)
            shown = self.screen()
        return shown

    def focus_text(self) -> None:
        """Ctrl+T: jump to the evidence text, and wait until the editor's line says the
        text has the focus (keys typed sooner went to the field before it)."""
        self.send("C-t")
        self.wait_for("In What you read, saw or heard")

    def choose_finding(self) -> None:
        """Ctrl+F, then Neutral chosen from the finding's list with the keys (the editor
        chooses none for the inspector; the list opens on "Not chosen yet")."""
        self.send("C-f")
        self.wait_for("Area for development")
        self.send("Down", "Down", "Down", "Enter")
        self.wait_for("Finding  Neutral")
        # The choice closes the list and gives the focus back to the finding; under load
        # that can come after a Ctrl+T sent on seeing the choice, taking the focus back
        # from the text (the CI failure of 2026-12-05: the text typed into the finding).
        self.wait_gone("Dismiss menu")

    def open_first_case(self, evidence_count: int) -> None:
        """From start-up: the case list, then the first case (its evidence count shown)."""
        self.wait_for("You are")
        self.send("c")
        self.wait_for("150 · sorted")
        self.send("Enter")
        self.wait_for(f"Evidence ({evidence_count})")

    def start_evidence(self, criterion: str) -> None:
        """In a case: a new evidence item with one criterion and the finding chosen,
        ready for the text."""
        self.send("n")
        self.wait_for("New evidence")
        self.type(criterion)
        self.send("Enter")
        self.wait_for(f"Chosen: {criterion}")
        self.choose_finding()
        self.focus_text()

    def pid(self) -> int:
        """The fieldwork process (the pane runs it directly, via exec)."""
        return int(self._tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def dead(self) -> bool:
        """True once the process in the pane has ended."""
        return self._tmux("display-message", "-p", "-t", self.name, "#{pane_dead}").strip() == "1"

    def wait_dead(self, timeout: float = TIMEOUT) -> None:
        """Poll until the process has ended."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.dead():
                return
            time.sleep(0.05)
        raise AssertionError(f"fieldwork did not exit; the screen:\n{self.screen()}")

    def close(self) -> None:
        """Kill the session (and anything still running in it)."""
        self._tmux("kill-server")


@contextlib.contextmanager
def tmux_session(
    db: Path, home: Path, env: dict[str, str] | None = None, size: tuple[int, int] = (120, 40)
) -> Iterator[TmuxSession]:
    """`fieldwork DB` in a tmux session on its own socket in `home` (`env` added to its
    environment), closed afterwards (whatever the test asserted)."""
    tmux = TmuxSession(db, home, *size, env=env)
    try:
        yield tmux
    finally:
        tmux.close()


def first_case(db: Path) -> tuple[str, int]:
    """The id of the case the case list shows first, and how many evidence items it has."""
    with Store.open(db) as store:
        first = store.case_rows(None, 0, 1)[0]
        return first.id, len(store.evidence_for_case(first.id))
