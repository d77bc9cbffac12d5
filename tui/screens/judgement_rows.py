"""What the Judgements screen shows of each judgement: its grade and rationale (a few
small reads, whatever the number of cases: the list shows at once), and the evidence
balance and case gradings behind it (`Store.judgement_balances`, two reads over the
evidence and the gradings, half a second of CPU at 6,000 cases: the screen reads them
after showing the list, and fills the balances in with `with_balances`); the list's
cells, fitted to the terminal's width; the messages the screen's workers post."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rich.text import Text
from textual.message import Message

from store.framework import Framework
from store.models import CoverageCell, JudgementBalance, counted
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
    balance: CoverageCell | None
    """The evidence behind it (None: not read yet)."""
    case_gradings: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The row's key in the list: judgement id and area."""
        return f"{self.judgement_id}|{self.area_code or ''}"

    @property
    def neutral(self) -> int:
        """Items that are neither a strength nor an area for development."""
        b = self.balance
        return max(b.evidence - b.strengths - b.developments, 0) if b else 0


def judgement_rows(store: Store) -> list[JudgementRow]:
    """Every judgement, per visited area where it is made per area, with its grade and
    rationale; the balances are not read (see `with_balances`)."""
    fw = store.framework
    stored = {(j.judgement_id, j.area_code): j for j in store.judgements()}
    areas = [(a.code, a.name) for a in store.areas(visited_only=True)]
    names = {p.id: p.name for p in store.inspectors()}
    rows: list[JudgementRow] = []
    for jdef in fw.judgements:
        criteria = sum(1 for c in fw.criteria if jdef.id in c.judgements)
        places: list[tuple[str | None, str]] = list(areas) if jdef.scope == "area" else [(None, "")]
        for code, name in places:
            j = stored.get((jdef.id, code))
            rows.append(
                JudgementRow(
                    judgement_id=jdef.id,
                    title=jdef.title,
                    area_code=code,
                    area_name=name,
                    grade=j.grade if j else None,
                    rationale=j.rationale if j else "",
                    set_by=names.get(j.meta.updated_by, j.meta.updated_by) if j else "",
                    conflict=bool(j and j.meta.conflict),
                    note=jdef.note,
                    criteria=criteria,
                    balance=None,
                )
            )
    return rows


def practice_laws(store: Store) -> dict[str, str]:
    """Each practice judgement's law type (private law practice: PRIVATE), from the
    draft's wording data: only its own cases' evidence and gradings inform it."""
    from exporters.draft.words import words  # (read when the balances are)

    w = words()
    kinds = {j.id: w.judgement_kind(j) for j in store.framework.judgements}
    return {j: w.kind_law_types[k] for j, k in kinds.items() if k in w.kind_law_types}


def with_balances(rows: list[JudgementRow], balances: list[JudgementBalance]) -> list[JudgementRow]:
    """The rows with their evidence balance and case gradings filled in."""
    found = {(b.judgement_id, b.area_code): b for b in balances}
    out = []
    for r in rows:
        b = found.get((r.judgement_id, r.area_code))
        out.append(
            replace(
                r,
                balance=b.evidence if b else CoverageCell(),
                case_gradings=dict(b.case_gradings) if b else {},
            )
        )
    return out


def balance_cells(row: JudgementRow) -> tuple[str, str, str, str]:
    """The list's strengths, developments, neutral and sources cells ("…" until read)."""
    b = row.balance
    if b is None:
        return ("…", "…", "…", "…")
    return (str(b.strengths), str(b.developments), str(row.neutral), str(b.sources))


COLUMNS = (
    ("Judgement", "judgement"), ("Grade", "grade"), ("Str", "strengths"),
    ("Dev", "developments"), ("Neu", "neutral"), ("Src", "sources"),
)  # fmt: skip
"""The list's columns (label, key): the evidence's strengths, areas for development,
neutral items and kinds of source, in words in the form below."""


def list_cells(
    fw: Framework, rows: dict[str, JudgementRow], width: int
) -> list[tuple[str, list[Text | str]]]:
    """Each row's key and cells in the list, fitted to `width` columns: what it is
    (its title; for one made per area, the area, after the title if the framework has
    several such judgements), its grade in words, and its balance (`balance_cells`).
    Only the first is cut to fit ("…"); the form below shows the judgement whole."""
    per_area = sum(1 for j in fw.judgements if j.scope == "area")
    cells: list[list[Text | str]] = []
    for r in rows.values():
        area = f"Area {r.area_code}: {r.area_name}"
        title = r.title if not r.area_code else area if per_area == 1 else f"{r.title}: {area}"
        grade = fw.grade(r.grade).label if r.grade else "not yet judged"
        cells.append(
            [
                title,
                Text(grade, style="" if r.grade else "dim italic")
                if not r.conflict
                else Text(f"{grade} (conflict)", style="bold red"),
                *balance_cells(r),
            ]
        )
    others = sum(
        max([len(h), *(len(c[i]) for c in cells)]) for i, (h, _) in enumerate(COLUMNS) if i
    )
    room = max(16, width - others - 2 * len(COLUMNS) - 2)  # cell padding, scroll bar
    for c in cells:
        title = str(c[0])
        c[0] = title if len(title) <= room else title[: room - 1] + "…"
    return list(zip(rows, cells, strict=True))


def balance_text(row: JudgementRow) -> str:
    """The evidence behind a judgement, in words (markup), for the form."""
    b = row.balance
    if row.criteria == 0:
        return "No criterion informs this judgement directly: it is drawn from the others."
    if b is None:
        return "Reading the evidence behind it…"
    if b.evidence == 0:
        return "No evidence yet against the criteria that inform it."
    where = f"in area {row.area_code}" if row.area_code else "across the inspection"
    return (
        f"Evidence {where}: {counted(b.evidence, 'item')} from "
        f"{counted(b.sources, 'kind')} of source ({counted(b.cases, 'case')}): "
        f"[green]{counted(b.strengths, 'strength')}[/], "
        f"[yellow]{counted(b.developments, 'area')} for development[/], {row.neutral} neutral."
    )


def gradings_text(fw: Framework, counts: dict[str, int]) -> str:
    """The case-grading distribution in framework order, e.g. `Good 20 · Inadequate 2`."""
    order = fw.grading_codes()
    codes = sorted(counts, key=lambda c: order.index(c) if c in order else len(order))
    return " · ".join(f"{fw.grading_label(c)} {counts[c]}" for c in codes)


# What the screen reads and saves, as messages; the grade list's values -------------------
NOT_JUDGED = "__not_judged__"
"""The grade Select's value for "not yet judged" (the judgement's grade is None)."""


class JudgementsLoaded(Message):
    """Every judgement with its grade and evidence balance, read in a worker."""

    def __init__(self, rows: list[JudgementRow]) -> None:
        super().__init__()
        self.rows = rows


class BalancesLoaded(Message):
    """The evidence balance of every judgement, read in a worker after the list."""

    def __init__(self, balances: list[JudgementBalance]) -> None:
        super().__init__()
        self.balances = balances


class JudgementSaved(Message):
    """A judgement's grade and rationale were committed."""

    def __init__(self, key: str, grade: str | None, rationale: str) -> None:
        super().__init__()
        self.key = key
        self.grade = grade
        self.rationale = rationale


def grade_options(fw: Framework) -> list[tuple[str, str]]:
    """The Select's options: the four grades, best first, then "not yet judged"."""
    return [(fw.grade(code).label, code) for code in fw.grade_codes()] + [
        ("Not yet judged", NOT_JUDGED)
    ]
