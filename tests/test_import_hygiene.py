"""store/, exporters/ and demo/ never pull in textual or the TUI (house style, rule 1)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["store", "exporters", "demo"])
def test_headless_packages_do_not_import_textual(package: str) -> None:
    code = (
        f"import importlib, sys; importlib.import_module({package!r}); "
        "import pkgutil, demo, exporters, store\n"
        "for pkg in (store, exporters, demo):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
