"""The `fieldwork` console script: the command's modules are imported with the garbage
collector paused, then frozen.

Starting the workbench creates about 90,000 objects that live as long as the process:
modules, classes and functions, Textual's CSS machinery, pydantic's validators.  The
cyclic garbage collector scans them again and again while they are being created (about
25 ms of a 300 ms start) and can free none of them; afterwards each full collection
scans them all again (about 24 ms: a frame and a half, at a moment nobody chooses, such
as while an inspector types).  So they are imported with the collector paused and then
moved to its permanent generation with `gc.freeze()`.  Everything created after that is
collected as usual.  Nothing here runs in tests that import `tui.cli` directly.

`fieldwork`, `fieldwork DB` and `fieldwork DB --as NAME` open the workbench without
importing click (`tui.launch`); everything else goes through click (`tui.cli`).

No pydantic plugin runs in this process: a plugin (an observability tool, say) would
see every validated record, and case data about children must not leave the laptop.
See `without_pydantic_plugins`.
"""

from __future__ import annotations

import gc
import os
import sys
import types

PLUGIN_LOADER = "pydantic.plugin._loader"


def without_pydantic_plugins() -> None:
    """Switch pydantic's plugins off, twice over.

    `PYDANTIC_DISABLE_PLUGINS` is pydantic's documented switch.  Pydantic still imports
    its plugin loader when it builds its first validator, and the loader imports
    `importlib.metadata` (with `email`, `zipfile` and `csv`) only to look for plugins'
    entry points: about 10 ms, a twentieth of the workbench's start.  So an empty loader
    takes its place.  If a pydantic release moved the loader, the empty one would go
    unused and the documented switch would still hold (`tests/test_entry.py` checks
    both: no plugin is loaded, and `importlib.metadata` is not imported)."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    if PLUGIN_LOADER not in sys.modules:
        loader = types.ModuleType(PLUGIN_LOADER, "No pydantic plugins (tui.entry).")
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # () : no plugins
        sys.modules[PLUGIN_LOADER] = loader


def main() -> None:
    """Run the `fieldwork` command."""
    without_pydantic_plugins()
    args = sys.argv[1:]
    gc.disable()
    try:
        from tui import launch

        workbench = launch.workbench_request(args)
        if workbench is None:
            from tui import cli

            if cli.opens_workbench(args):
                import tui.app  # noqa: F401  (Textual: the larger part of the start)
        else:
            import tui.app  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()
    if workbench is None:
        cli.main()
    else:
        launch.open_workbench(*workbench)
