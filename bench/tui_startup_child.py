"""Child process for bench_tui.py: start an app headless, exit once it is interactive,
print `seconds_since_process_start peak_rss_kib`.

    python bench/tui_startup_child.py bare
    python bench/tui_startup_child.py ours DB
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

    Bare().run(headless=True)


def run_ours(db: str) -> None:
    """Fieldwork, opening on the case list; exits once the first page is on screen."""
    from store.store import Store
    from tui.app import make_app
    from tui.screens.case_list import CaseListScreen
    from tui.settings import Settings

    store = Store.open(db)
    app = make_app(store, Settings(start_screen="cases"))

    def check() -> None:
        if any(isinstance(s, CaseListScreen) and s.loaded > 0 for s in app.screen_stack):
            app.call_after_refresh(app.exit)

    app.call_later(lambda: app.set_interval(0.002, check))
    app.run(headless=True)
    store.close()


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
