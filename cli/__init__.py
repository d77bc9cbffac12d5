"""The `fieldwork` command line.

`root.py` holds the group, which loads each sub-command's module only when that
command is run (click's documented lazy loading); one flat module per command;
`common.py` holds what they share; `entry.py` is the console script.
"""

from __future__ import annotations
