"""Progress through a set of cases: how many of their criteria are graded, which cases
are not started, and in which the child has not been seen (or it is not recorded).

`progress(inspector_id)` counts one inspector's allocation; `progress(None)` counts
every case the team works on (the lead's view of the team).  Home shows it.

Which cases count (`IN_WORK`): a case in a sample (sampled, tracked, thematic, a
substitute), and a case of the organisation's list that someone holds (the national
sample is read from it).  A case only on the list, drawn for no sample and held by
nobody, is not work not started: it is not work.  A case a substitute replaced is not
inspected, though it keeps its inspector; so it is not among the cases anyone holds
either (`cases_held`, for `fieldwork team` and the team screen).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from store.connection import StoreBase, reading

IN_WORK = "c.sample <> 'replaced' AND (c.sample <> 'national' OR c.inspector_id IS NOT NULL)"
"""SQL (cases as `c`): the cases the team works on (see the module's docstring)."""

HELD = "c.sample <> 'replaced'"
"""SQL (cases as `c`), beside `c.inspector_id = ?`: the cases someone holds to inspect."""

EXAMPLES = 6
"""How many case references each list carries (the counts are always whole)."""


class Progress(BaseModel):
    """Progress through a set of cases."""

    cases: int = 0
    criteria: int = 0
    """Criteria to grade: for each case, the criteria a case can be graded against."""
    graded: int = 0
    """Criteria graded (a grade or an option such as "not applicable")."""
    complete: int = 0
    in_progress: int = 0
    not_started: int = 0
    not_started_refs: list[str] = []
    """The first few cases not started, by reference."""
    child_not_seen: int = 0
    child_not_seen_refs: list[str] = []
    """The first few cases where the child was not seen, by reference."""
    child_seen_unknown: int = 0
    """Cases where whether the child was seen is not recorded."""


class ProgressMixin(StoreBase):
    """Progress through an inspector's cases, or everyone's."""

    @reading
    def progress(self, inspector_id: str | None, criteria: Sequence[str] | None = None) -> Progress:
        """Progress through `inspector_id`'s cases (None: every case), counting the
        `criteria` a case can be graded against (`exporters.gradable.case_criteria`;
        None: every criterion of the framework)."""
        where, params = (
            (f"WHERE c.inspector_id = ? AND {HELD}", (inspector_id,))
            if inspector_id
            else (f"WHERE {IN_WORK}", ())
        )
        out = Progress()
        known = tuple(criteria if criteria is not None else (c.id for c in self.framework.criteria))
        marks = ",".join("?" * len(known))
        rows = self.conn.execute(
            "SELECT c.ref, c.status, c.child_seen, (SELECT count(DISTINCT g.criterion_id) "
            "FROM gradings g WHERE g.case_id = c.id AND g.grade IS NOT NULL AND g.grade <> '' "
            f"AND g.criterion_id IN ({marks})) FROM cases c {where} ORDER BY c.ref",
            (*known, *params),
        ).fetchall()
        for ref, status, seen, graded in rows:
            out.cases += 1
            out.graded += graded
            if status == "complete":
                out.complete += 1
            elif status == "in-progress":
                out.in_progress += 1
            else:
                out.not_started += 1
                _note(out.not_started_refs, ref)
            if seen is None:
                out.child_seen_unknown += 1
            elif not seen:
                out.child_not_seen += 1
                _note(out.child_not_seen_refs, ref)
        out.criteria = out.cases * len(known)
        return out

    @reading
    def cases_held(self) -> dict[str, int]:
        """How many cases each inspector holds to inspect (a case a substitute replaced
        is not held); inspectors holding none are left out."""
        rows = self.conn.execute(
            f"SELECT c.inspector_id, count(*) FROM cases c WHERE c.inspector_id IS NOT NULL "
            f"AND {HELD} GROUP BY c.inspector_id"
        ).fetchall()
        return {inspector: n for inspector, n in rows}

    def work_recorded(self) -> dict[str, int]:
        """How many notes and gradings each person recorded (by who made them); people
        who recorded none are left out.  Someone who left the team keeps theirs."""
        rows = self.conn.execute(
            "SELECT who, count(*) FROM (SELECT created_by AS who FROM evidence "
            "UNION ALL SELECT created_by FROM gradings) GROUP BY who"
        ).fetchall()
        return {who: n for who, n in rows}


def _note(refs: list[str], ref: str) -> None:
    if len(refs) < EXAMPLES:
        refs.append(ref)
