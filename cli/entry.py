"""The `fieldwork` console script: the command's modules are imported with the garbage
collector paused, then frozen.

Starting the workbench creates about 90,000 objects that live as long as the process:
modules, classes and functions, Textual's CSS machinery, pydantic's validators.  The
cyclic garbage collector scans them again and again while they are being created and
can free none of them; afterwards each full collection scans them all again (a frame and
a half, at a moment nobody chooses, such as while an inspector types).  So they are
imported with the collector paused and then moved to its permanent generation with
`gc.freeze()`, Python's documented way to do this.  Everything created after that is
collected as usual.  Nothing here runs in tests that call `cli.root.cli` directly.

No pydantic plugin runs in this process: a plugin (an observability tool, say) would
see every validated record, and case data about children must not leave the laptop.
`PYDANTIC_DISABLE_PLUGINS` is pydantic's documented switch.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys


def main() -> None:
    """Run the `fieldwork` command."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    args = sys.argv[1:]
    gc.disable()
    try:
        from cli.root import cli

        module = cli.module_of(args[0]) if args else None
        if module is not None:
            importlib.import_module(module)
        if cli.opens_workbench(args):
            import tui.app  # noqa: F401  (Textual: the larger part of the start)
    finally:
        gc.freeze()
        gc.enable()
    cli.main(prog_name="fieldwork")
