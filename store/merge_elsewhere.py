"""Work merged onto a case someone else now holds (tester 12, F9: an inspector off sick
wrote one more note in her own file on a case the lead had since given to a colleague;
the merge said "1 new" and nothing more).

The work is kept and counts like any other (nothing is lost or refused); the merge
report names it, so the lead can tell the case's new holder, whose file gets it at
their next merge.  Only work by team inspectors is named: the lead and deputies write
on any case as part of their role.
"""

from __future__ import annotations

from collections import Counter

from store.history import HistoryMixin
from store.models import LEAD_ROLES, counted

SHOWN = 3
"""Cases named in the sentence; the rest are counted."""

_WORK = """
    SELECT 'note', x.case_id, x.updated_by FROM main.evidence x
    JOIN main.merge_change m ON m.rid = x.id AND m.tbl = 'evidence'
    WHERE m.merge_id = ? AND m.what IN ('new', 'changed') AND x.case_id IS NOT NULL
    UNION ALL
    SELECT 'grading', x.case_id, x.updated_by FROM main.gradings x
    JOIN main.merge_change m ON m.rid = x.id AND m.tbl = 'grading'
    WHERE m.merge_id = ? AND m.what IN ('new', 'changed')
"""


class MergeElsewhereMixin(HistoryMixin):
    """`_elsewhere_note`: the merge report's sentence on work by one inspector merged
    onto a case another now holds."""

    def _elsewhere_note(self, merge_id: int | None) -> str | None:
        """One sentence naming the cases this merge brought a team inspector's notes or
        gradings to while another inspector holds them (None when there are none)."""
        people = {
            pid: (name, role)
            for pid, name, role in self.conn.execute("SELECT id, name, role FROM main.inspectors")
        }
        cases = {
            cid: (ref, holder)
            for cid, ref, holder in self.conn.execute(
                "SELECT id, ref, inspector_id FROM main.cases"
            )
        }
        found: Counter[tuple[str, str, str, str]] = Counter()
        for what, case_id, author in self.conn.execute(_WORK, (merge_id, merge_id)):
            ref, holder = cases.get(case_id, (None, None))
            by = people.get(author)
            if not ref or not holder or holder == author or by is None or by[1] in LEAD_ROLES:
                continue
            found[(by[0], ref, people.get(holder, ("someone else",))[0], what)] += 1
        if not found:
            return None
        per_case: dict[tuple[str, str, str], list[str]] = {}
        for (author, ref, holder, what), n in sorted(found.items()):
            per_case.setdefault((author, ref, holder), []).append(counted(n, what))
        shown = "; ".join(
            f"{' and '.join(work)} by {author} on {ref}, now held by {holder}"
            for (author, ref, holder), work in list(per_case.items())[:SHOWN]
        ) + (f"; and {len(per_case) - SHOWN} more cases" if len(per_case) > SHOWN else "")
        return (
            f"Work merged now is on cases another inspector holds ({shown}): it is kept and "
            "counts; tell the case's holder, whose file gets it at their next merge."
        )
