"""Reusable widgets, one per file."""

from __future__ import annotations

from tui.widgets.criteria_picker import CriteriaPicker
from tui.widgets.paged_table import PagedTable

__all__ = [
    "CriteriaPicker",
    "PagedTable",
]
