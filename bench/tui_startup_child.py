"""Child process for bench_tui.py: start an app, exit once it is interactive, print
`interactive_at exited_main_at peak_rss_kib` (the first two on `time.monotonic()`, the
system-wide clock the parent reads when it spawns this process).

    python bench/tui_startup_child.py bare
    python bench/tui_startup_child.py bare-pydantic
    python bench/tui_startup_child.py ours DB

Both run Textual's headless driver (`TEXTUAL_DRIVER`, set by bench_tui.py), so no
terminal is needed.  Ours runs the `fieldwork` console script's own function
(`tui.entry.main`: click, the settings file, opening the store, the app) with
`fieldwork DB`, as an inspector starts it.  The only addition is a timer that notes the
moment the case list's first page is on screen and exits; it is added to `FieldworkApp`
as `tui.app` is imported, so this script imports nothing of ours before the command does.

`bare-pydantic` is the bare app in a process that first imports pydantic's `BaseModel`
and builds one model, as `tui.entry` runs it (plugins off, the collector paused).  The
design card makes the store's models pydantic, so no workbench can start in less;
bench_tui.py reports it beside the target, to show how much of the 1.5x budget that
import alone takes.
"""

from __future__ import annotations

import importlib.machinery
import resource
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
INTERACTIVE: list[float] = []


def interactive(exit_app: Any) -> None:
    """Note the time the first screen is interactive, then exit the app."""
    INTERACTIVE.append(time.monotonic())
    exit_app()


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
            self.call_after_refresh(interactive, self.exit)

    Bare().run()


def run_bare_pydantic() -> None:
    """The bare app, after the import every store model needs (with the collector
    paused and plugins off, as `tui.entry` imports it)."""
    import gc

    from tui.entry import without_pydantic_plugins  # a few lines: no more of ours

    without_pydantic_plugins()
    gc.disable()
    from pydantic import BaseModel

    gc.enable()

    class Row(BaseModel):  # one model, so pydantic's schema machinery is loaded too
        ref: str

    Row(ref="C-1001")
    run_bare()


def add_exit_timer(module: ModuleType) -> None:
    """Make the app exit once the case list's first page is on screen."""
    app_class = module.FieldworkApp
    mount = app_class.on_mount

    def on_mount(app: Any) -> None:
        mount(app)

        def check() -> None:
            from tui.screens.case_list import CaseListScreen

            if any(isinstance(s, CaseListScreen) and s.loaded > 0 for s in app.screen_stack):
                timer.stop()
                app.call_after_refresh(interactive, app.exit)

        timer = app.set_interval(0.002, check)

    app_class.on_mount = on_mount


class AfterImport:
    """Runs `add_exit_timer` on `tui.app` as soon as the command has imported it.

    A meta path finder needs only `find_spec`; subclassing `importlib.abc.MetaPathFinder`
    would import `importlib.resources` and `tempfile` into both children, which neither
    app needs."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "tui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        execute = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            execute(module)
            add_exit_timer(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def run_ours(db: str) -> None:
    """`fieldwork DB` opening on the case list; exits once the first page is on screen."""
    sys.meta_path.insert(0, AfterImport())
    sys.argv = ["fieldwork", db]
    from tui.entry import main

    try:
        main()
    except SystemExit as exc:
        if exc.code:
            raise


def main() -> None:
    if sys.argv[1] == "bare":
        run_bare()
    elif sys.argv[1] == "bare-pydantic":
        run_bare_pydantic()
    else:
        run_ours(sys.argv[2])
    exited = time.monotonic()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss survives fork+exec (a big parent inflates it); VmHWM is this image's.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    print(f"{INTERACTIVE[0]:.6f} {exited:.6f} {peak}")


if __name__ == "__main__":
    main()
