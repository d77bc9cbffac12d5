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

Pydantic's plugins are switched off for the process: a plugin (an observability tool,
say) would see every validated record, and case data about children must not leave the
laptop.  It also spares scanning every installed package's entry points (about 2 ms).
"""

from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    """Run the `fieldwork` command."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    gc.disable()
    try:
        from tui import cli

        if cli.opens_workbench(sys.argv[1:]):
            import tui.app  # noqa: F401  (Textual: the larger part of the workbench's start)
    finally:
        gc.freeze()
        gc.enable()
    cli.main()
