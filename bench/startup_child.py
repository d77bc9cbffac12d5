"""Child process for bench_startup.py: start an app, exit once it is interactive, print
`interactive_at exited_main_at peak_rss_kib` (the first two on `time.monotonic()`, the
system-wide clock the parent reads when it spawns this process).

    python bench/startup_child.py bare
    python bench/startup_child.py bare-pydantic
    python bench/startup_child.py ours DB
    HARLEQUIN_VENV/bin/python bench/startup_child.py harlequin DB

All run Textual's headless driver (`TEXTUAL_DRIVER`, set by bench_startup.py), so no
terminal is needed.  Ours runs the `fieldwork` console script's own function
(`cli.entry.main`: click, the settings file, opening the store, the app) with
`fieldwork DB`, as an inspector starts it.  The only addition is a timer that notes the
moment the case list's first page is on screen and exits; it is added to `FieldworkApp`
as `tui.app` is imported, so this script imports nothing of ours before the command does.

`harlequin` runs Harlequin's own console function (`harlequin -a sqlite DB`) in its
bench-only venv, and notes the moment its data catalog first shows the database's
tables (the first catalog it has, from its cache or from the file) and the frame after
it is drawn: the moment Harlequin shows the file's content, as our case list does.

`bare-pydantic` is the bare app in a process that first imports pydantic's `BaseModel`
and builds one model, as the console script runs it (plugins off, the collector
paused): the design card makes the store's models pydantic, so no workbench can start
in less.

Only the standard library is imported at the top: the harlequin child runs in a venv
that has none of our packages.
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
    import os

    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
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
    from cli.entry import main

    try:
        main()
    except SystemExit as exc:
        if exc.code:
            raise


def run_harlequin(db: str) -> None:
    """`harlequin -a sqlite DB`; exits once its data catalog shows the database."""
    from harlequin.components.data_catalog import DataCatalog

    update = DataCatalog.update_database_tree

    def update_database_tree(catalog_widget: Any, catalog: Any) -> None:
        update(catalog_widget, catalog)
        if not INTERACTIVE:
            INTERACTIVE.append(0.0)  # once: the first catalog shown
            app = catalog_widget.app
            app.call_after_refresh(lambda: (INTERACTIVE.__setitem__(0, time.monotonic()),
                                            app.exit()))  # fmt: skip

    DataCatalog.update_database_tree = update_database_tree
    sys.argv = ["harlequin", "--adapter", "sqlite", "--no-download-tzdata", "--locale", "C", db]
    from harlequin.cli import harlequin

    try:
        harlequin()
    except SystemExit as exc:
        if exc.code:
            raise


def main() -> None:
    if sys.argv[1] == "harlequin":
        run_harlequin(sys.argv[2])
    elif sys.argv[1] == "bare":
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
