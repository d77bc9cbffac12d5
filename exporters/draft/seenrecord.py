"""The notes on seeing children alone set beside the cases' own record (tester 35's A16).

Each case holds a "Seen alone" field that its inspector sets (yes, no, not appropriate).
A section may say that in most of its cases children are not seen as often, or in the
way, their needs require, counted from the notes and gradings (the tally rule), while the
same cases' own field says the child was seen alone in most of them.  (Where the notes
count most cases for, a weakness in a few is no such contradiction, and is left alone.)  Either the notes
or the field is wrong, or the notes speak of something else (seen too late, too
briefly); the draft does not choose.  The tally is unchanged; the sentence's comment says
"the cases' own record says seen alone in N of M" (M: the cases it counts against whose
field says yes or no) and the QA view flags it, where the field says yes in most of
them (`mark`).

The criterion is the framework's on seeing children alone: the one whose text speaks of
children "seen alone" (every Cafcass framework has one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exporters.model import Flag, ReportModel, Sentence
from store.models import counted

if TYPE_CHECKING:
    from exporters.draft.data import DraftData

FLAG: Flag = "case record disagrees"
WORDS = "seen alone"
"""What the criterion on seeing children alone says, in the framework's text."""
FEWEST = 2
"""Cases whose record says seen alone, at the fewest, for the comment to say so."""
SAID = ("yes", "no")
"""The field's values that say either way ("not-appropriate" and "unknown" do not)."""


def _criteria(d: DraftData) -> frozenset[str]:
    return frozenset(c.id for c in d.framework.criteria if WORDS in c.text.casefold())


def line(d: DraftData, s: Sentence, criterion: str, record: dict[str, str]) -> str:
    """The comment's note where `s` counts more cases against `criterion` than for it and
    most of those against say, in their own record, that the child was seen alone; ""
    otherwise."""
    against = {d.case_ref[k] for k in d.cases_against.get(criterion, ())}
    good = {d.case_ref[k] for k in d.cases_for.get(criterion, ())}
    if len(against.intersection(s.case_refs)) <= len(good.intersection(s.case_refs)):
        return ""  # the notes say the weakness of a few cases only
    said = [record[r] for r in s.case_refs if r in against and record.get(r) in SAID]
    alone = said.count("yes")
    if alone < FEWEST or 2 * alone <= len(said):
        return ""
    return (
        f"the cases' own record says seen alone in {alone} of {len(said)} (of the "
        f"{counted(len(said), 'case')} counted against here whose 'Seen alone' field says yes "
        f"or no): check the notes or the field"
    )


def mark(d: DraftData, report: ReportModel) -> None:
    """Say, in the comment of every sentence counting cases against seeing children alone,
    where those cases' own record says seen alone in most of them, and flag it."""
    wanted = _criteria(d)
    if not wanted:
        return
    record = {c.ref: c.seen_alone for c in d.cases}
    for sec in report.sections:
        for _where, p in sec.labelled():
            for s in p.sentences:
                if s.direction not in ("against", "balanced") or FLAG in s.flags:
                    continue
                for criterion in wanted.intersection(s.criteria):
                    said = line(d, s, criterion, record)
                    if said:
                        s.flags.append(FLAG)
                        s.basis = "; ".join(filter(None, (s.basis, said)))
                        break
