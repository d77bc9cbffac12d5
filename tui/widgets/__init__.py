"""Reusable widgets, one per file."""

from __future__ import annotations

from tui.widgets.criteria_picker import CriteriaPicker

__all__ = [
    "CriteriaPicker",
]
