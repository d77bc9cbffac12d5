"""What the Judgements screen shows of each judgement, read from the store in one go:
its grade and rationale, and the evidence balance and case gradings behind it
(`Store.judgement_balances`, one grouped read however many cases there are)."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.framework import Framework
from store.models import CoverageCell
from store.store import Store


@dataclass(frozen=True)
class JudgementRow:
    """One judgement (for one area, if it is made per area) as the list shows it."""

    judgement_id: str
    title: str
    area_code: str | None
    area_name: str
    grade: str | None
    rationale: str
    set_by: str
    conflict: bool
    note: str
    criteria: int
    balance: CoverageCell
    case_gradings: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The row's key in the list: judgement id and area."""
        return f"{self.judgement_id}|{self.area_code or ''}"

    @property
    def neutral(self) -> int:
        """Items that are neither a strength nor an area for development."""
        b = self.balance
        return max(b.evidence - b.strengths - b.developments, 0)


def judgement_rows(store: Store) -> list[JudgementRow]:
    """Every judgement, per visited area where it is made per area."""
    fw = store.framework
    stored = {(j.judgement_id, j.area_code): j for j in store.judgements()}
    areas = [(a.code, a.name) for a in store.areas(visited_only=True)]
    balances = {(b.judgement_id, b.area_code): b for b in store.judgement_balances()}
    rows: list[JudgementRow] = []
    for jdef in fw.judgements:
        criteria = sum(1 for c in fw.criteria if jdef.id in c.judgements)
        places: list[tuple[str | None, str]] = list(areas) if jdef.scope == "area" else [(None, "")]
        for code, name in places:
            j = stored.get((jdef.id, code))
            b = balances.get((jdef.id, code))
            rows.append(
                JudgementRow(
                    judgement_id=jdef.id,
                    title=jdef.title,
                    area_code=code,
                    area_name=name,
                    grade=j.grade if j else None,
                    rationale=j.rationale if j else "",
                    set_by=store.display_name(j.meta.updated_by) if j else "",
                    conflict=bool(j and j.meta.conflict),
                    note=jdef.note,
                    criteria=criteria,
                    balance=b.evidence if b else CoverageCell(),
                    case_gradings=dict(b.case_gradings) if b else {},
                )
            )
    return rows


def gradings_text(fw: Framework, counts: dict[str, int]) -> str:
    """The case-grading distribution in framework order, e.g. `Good 20 · Inadequate 2`."""
    order = fw.grading_codes()
    codes = sorted(counts, key=lambda c: order.index(c) if c in order else len(order))
    return " · ".join(f"{fw.grading_label(c)} {counts[c]}" for c in codes)
