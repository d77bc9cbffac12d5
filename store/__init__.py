"""The only package that touches SQLite.  Returns and accepts pydantic models."""

from __future__ import annotations

from store.errors import FieldworkError
from store.framework import Framework, load_framework
from store.store import Store

__all__ = ["FieldworkError", "Framework", "Store", "load_framework"]
