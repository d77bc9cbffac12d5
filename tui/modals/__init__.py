"""Modal screens: they collect an answer and dismiss with it."""

from __future__ import annotations

from tui.modals.assign import AssignDialog, AssignRequest
from tui.modals.confirm import ConfirmModal
from tui.modals.drafts import DraftChoice, DraftRecoveryModal
from tui.modals.export import ExportDialog, ExportProgressScreen, ExportRequest
from tui.modals.grade import GradeChoice, GradeModal
from tui.modals.leave_editor import LeaveEditorModal

__all__ = [
    "AssignDialog",
    "AssignRequest",
    "ConfirmModal",
    "DraftChoice",
    "DraftRecoveryModal",
    "GradeChoice",
    "GradeModal",
    "LeaveEditorModal",
    "ExportDialog",
    "ExportProgressScreen",
    "ExportRequest",
]
