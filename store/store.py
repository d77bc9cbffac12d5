"""The `Store` facade: the one object the TUI, the CLI and the exporters call."""

from __future__ import annotations

from pathlib import Path

from store.balances import BalancesMixin
from store.caseimport import CaseImportMixin
from store.casejoin import CaseJoinMixin
from store.checks import CheckMixin
from store.decisions import DecisionsMixin
from store.framework import Framework
from store.frameworkchange import FrameworkChangeMixin
from store.merge import MergeMixin
from store.merge_changes import MergeChangesMixin
from store.models import InspectionInfo, Inspector
from store.previous import PreviousMixin
from store.progress import ProgressMixin
from store.queries import QueriesMixin
from store.record_history import RecordHistoryMixin
from store.records import RecordsMixin
from store.redaction import RedactionMixin
from store.report_data import ReportDataMixin
from store.roles import RolesMixin
from store.sampling import SamplingMixin
from store.team import TeamMixin
from store.texts import FreeTextMixin


class Store(
    PreviousMixin,
    RecordsMixin,
    CheckMixin,
    QueriesMixin,
    BalancesMixin,
    CaseImportMixin,
    CaseJoinMixin,
    SamplingMixin,
    MergeMixin,
    MergeChangesMixin,
    ReportDataMixin,
    FreeTextMixin,
    DecisionsMixin,
    RedactionMixin,
    TeamMixin,
    RolesMixin,
    RecordHistoryMixin,
    ProgressMixin,
    FrameworkChangeMixin,
):
    """An open inspection database.

    Open with `Store.open(path)`; create with `Store.create(...)`.  Every public method
    is thread-safe and every write is one transaction.
    """

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open an existing inspection database, applying any pending migrations; a
        merge of several files into it that did not finish is undone first
        (`store.unfinished`: `merge_recovered` says so)."""
        store: Store = super().open(path)
        try:
            store.merge_recovered = store.recover_merge()
        except BaseException:
            store.close()
            raise
        return store

    def work_as(self, name_or_initials: str) -> None:
        """Work as this inspector (`--as`), refused in a file issued to another team
        inspector (`require_own_file`), nothing changed."""
        acting = self.find_inspector(name_or_initials).id
        self.require_own_file(acting)
        self.set_me(acting)

    @classmethod
    def create(
        cls,
        path: str | Path,
        framework: Framework,
        *,
        title: str,
        lead: str,
        lead_initials: str | None = None,
        organisation: str = "Cafcass",
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> Store:
        """A new inspection: the framework, the inspection record and its lead inspector,
        with the database issued to the lead."""
        store: Store = cls.create_empty(path, framework)
        try:
            from store.ids import uuid7

            lead_id = uuid7()
            initials = lead_initials or "".join(w[0] for w in lead.split() if w)[:4].upper()
            store.bulk_create(
                [
                    (
                        store.inspection_id,
                        InspectionInfo(
                            title=title,
                            organisation=organisation,
                            framework_id=framework.id,
                            start_date=start_date,
                            end_date=end_date,
                        ),
                    ),
                    (lead_id, Inspector(name=lead, initials=initials or "L", role="lead")),
                ],
                author=lead_id,
            )
            store.issue_to(lead_id)
            return store
        except BaseException:
            store.close()
            raise
