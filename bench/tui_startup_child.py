"""Child process for bench_tui.py: start an app, exit once it is interactive, print
`seconds_since_process_start peak_rss_kib`.

    python bench/tui_startup_child.py bare
    python bench/tui_startup_child.py ours DB

Both run Textual's headless driver (`TEXTUAL_DRIVER`, set by bench_tui.py), so no
terminal is needed.  Ours goes through the `fieldwork DB` command itself (click, the
settings file, opening the store, the app), as an inspector starts it; the only
addition is a timer that exits once the case list's first page is on screen.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

START = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def run_bare() -> None:
    """A bare Textual app: a header, one static and a footer."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(self.exit)

    Bare().run()


def run_ours(db: str) -> None:
    """`fieldwork DB` opening on the case list; exits once the first page is on screen."""
    from tui import cli
    from tui.app import FieldworkApp
    from tui.screens.case_list import CaseListScreen

    mount = FieldworkApp.on_mount

    def on_mount(app: FieldworkApp) -> None:
        mount(app)

        def check() -> None:
            if any(isinstance(s, CaseListScreen) and s.loaded > 0 for s in app.screen_stack):
                app.call_after_refresh(app.exit)

        app.set_interval(0.002, check)

    FieldworkApp.on_mount = on_mount  # type: ignore[method-assign,assignment]
    sys.argv = ["fieldwork", db]
    try:
        cli.main()
    except SystemExit as exc:
        if exc.code:
            raise


def main() -> None:
    if sys.argv[1] == "bare":
        run_bare()
    else:
        run_ours(sys.argv[2])
    elapsed = time.perf_counter() - START
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss survives fork+exec (a big parent inflates it); VmHWM is this image's.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    print(f"{elapsed:.6f} {peak}")


if __name__ == "__main__":
    main()
