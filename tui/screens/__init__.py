"""One screen per file."""

from __future__ import annotations

from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen
from tui.screens.coverage import CoverageScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.help import HelpScreen
from tui.screens.home import HomeScreen
from tui.screens.judgements import JudgementsScreen
from tui.screens.search import SearchScreen

__all__ = [
    "CaseListScreen",
    "CaseScreen",
    "CoverageScreen",
    "EvidenceEditorScreen",
    "HelpScreen",
    "HomeScreen",
    "SearchScreen",
    "JudgementsScreen",
]
