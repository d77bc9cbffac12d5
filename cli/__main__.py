"""`python -m cli`: the `fieldwork` command."""

from __future__ import annotations

from cli.entry import main

main()
