"""No module a reader cannot hold in their head (about 500 lines): the product's and
the tests', which the next engineer reads as much.

Data files (TOML, JSON, wording) are exempt: they are read, not followed. A module
listed in ``OVER_LIMIT`` is known to be over and is named so that it shrinks rather
than grows; adding to the list needs a reason in the commit (it is empty now).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cli", "tui", "exporters", "demo", "store", "templates", "bench", "tests")
LIMIT = 500
OVER_LIMIT: dict[str, int] = {}


def _product_modules() -> dict[str, int]:
    sizes: dict[str, int] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            sizes[rel] = len(path.read_text(encoding="utf-8").splitlines())
    return sizes


def test_no_product_module_is_over_the_limit() -> None:
    sizes = _product_modules()
    assert len(sizes) > 50, "the packages were not found"
    too_long = {rel: n for rel, n in sizes.items() if n > OVER_LIMIT.get(rel, LIMIT)}
    assert too_long == {}, f"split these modules (limit {LIMIT} lines): {too_long}"
