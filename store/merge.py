"""Merging inspectors' databases (team workflow).  See CONTRIBUTING.md."""

from __future__ import annotations

from store.base import StoreBase


class MergeMixin(StoreBase):
    """Merge, conflicts, resolution and the canonical dump."""
