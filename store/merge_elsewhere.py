"""Work merged onto a case someone else now holds (tester 12, F9: an inspector off sick
wrote one more note in her own file on a case the lead had since given to a colleague;
the merge said "1 new" and nothing more).

The work is kept and counts like any other (nothing is lost or refused); the merge
report names it, so the lead can tell the case's new holder, whose file gets it at
their next merge.  Only work by team inspectors is named: the lead and deputies write
on any case as part of their role.  In a team inspector's file only the cases its holder
holds are named (tester 16, F6: every inspector was told, at each merge back, to "tell
the case's holder" about a colleague's work they had never seen).
"""

from __future__ import annotations

from collections import Counter

from store.history import HistoryMixin
from store.minimise import holder as file_holder
from store.models import LEAD_ROLES, counted

SHOWN = 3
"""Cases named in the sentence; the rest are counted."""

_WORK = """
    SELECT DISTINCT CASE v.tbl WHEN 'evidence' THEN 'note' ELSE 'grading' END, v.rid, c.ref,
        a.name, COALESCE(h.name, 'someone else'), c.inspector_id
    FROM temp.fw_incoming v
    JOIN main.cases c ON c.id = json_extract(v.data, '$.case_id')
    JOIN main.inspectors a ON a.id = v.author
    LEFT JOIN main.inspectors h ON h.id = c.inspector_id
    WHERE v.tbl IN ('evidence', 'grading') AND NOT v.deleted
    AND c.inspector_id IS NOT NULL AND c.inspector_id != v.author
    AND (EXISTS (SELECT 1 FROM main.evidence e WHERE v.tbl = 'evidence' AND e.id = v.rid)
         OR EXISTS (SELECT 1 FROM main.gradings g WHERE v.tbl = 'grading' AND g.id = v.rid
                    AND g.grade IS NOT NULL))
    AND a.role NOT IN ({lead_roles})
""".format(lead_roles=", ".join(f"'{r}'" for r in sorted(LEAD_ROLES)))
"""Each note or grading a version this merge brings (`temp.fw_incoming`, while the merge
runs) was written to by a team inspector on a case another inspector holds: (kind,
record, case reference, author, holder).  Read from the versions that arrive, not the
working rows: a grading in conflict shows one side, perhaps the holder's (tester 28, F9:
a changed grading by the case's former holder was merged, in conflict, and not named);
and only from them, so the work stays bounded by what the file brings.  Only work that
stands after the merge: a note deleted or a grade cleared since is nothing to tell the
holder about (tester 30, F9)."""


class MergeElsewhereMixin(HistoryMixin):
    """`_elsewhere_note`: the merge report's sentence on work by one inspector merged
    onto a case another now holds."""

    def _elsewhere_note(self) -> str | None:
        """One sentence naming the cases this merge brought a team inspector's notes or
        gradings to while another inspector holds them (None when there are none)."""
        found: Counter[tuple[str, str, str, str]] = Counter()
        holders: set[str] = set()
        team_file = file_holder(self.conn) is not None
        for what, _, ref, author, name, holder_id in self.conn.execute(_WORK):
            if team_file and holder_id != self.me_id:
                continue  # another's case: the lead tells its holder (tester 16, F6)
            found[(author, ref, name, what)] += 1
            holders.add(holder_id)
        if not found:
            return None
        per_case: dict[tuple[str, str, str], list[str]] = {}
        for (author, ref, holder, what), n in sorted(found.items()):
            per_case.setdefault((author, ref, holder), []).append(counted(n, what))
        shown = "; ".join(
            f"{' and '.join(work)} by {author} on {ref}, now held by {holder}"
            for (author, ref, holder), work in list(per_case.items())[:SHOWN]
        ) + (f"; and {len(per_case) - SHOWN} more cases" if len(per_case) > SHOWN else "")
        if holders == {self.me_id}:  # the holder's own file: it has the work now
            return (f"Work merged now is by another inspector on cases you hold ({shown}): "
                    "it is kept and counts, here in your file.")  # fmt: skip
        return (
            f"Work merged now is on cases another inspector holds ({shown}): it is kept and "
            "counts; tell the case's holder, whose file gets it at their next merge."
        )
