"""What the Judgements screen shows of each judgement: its grade and rationale (a few
small reads, whatever the number of cases: the list shows at once), and the evidence
balance and case gradings behind it (`Store.judgement_balances`, two reads over the
evidence and the gradings, half a second of CPU at 6,000 cases: the screen reads them
after showing the list, and fills the balances in with `with_balances`); the list's
cells, fitted to the terminal's width; the messages the screen's workers post."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rich.cells import cell_len
from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

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
    names = {p.id: p.name for p in store.inspectors()}
    rows: list[JudgementRow] = []
    for place in store.judgement_places():
        jdef, j = fw.judgement(place.judgement_id), place.recorded
        rows.append(
            JudgementRow(
                judgement_id=place.judgement_id,
                title=place.title,
                area_code=place.area_code,
                area_name=place.area_name,
                grade=j.grade if j else None,
                rationale=j.rationale if j else "",
                set_by=names.get(j.meta.updated_by, j.meta.updated_by) if j else "",
                conflict=bool(j and j.meta.conflict),
                note=jdef.note,
                criteria=sum(1 for c in fw.criteria if jdef.id in c.judgements),
                balance=None,
            )
        )
    return rows


def area_sample() -> frozenset[str]:
    """The sample marks of the cases an area's section of the draft counts (the
    export's rule, `exporters.draft.data.AREA_SAMPLE`): a per-area judgement's panel
    counts the same cases."""
    from exporters.draft.data import AREA_SAMPLE  # (read when the balances are)

    return AREA_SAMPLE


def practice_laws(store: Store) -> dict[str, str]:
    """Each practice judgement's law type (private law practice: PRIVATE), from the
    draft's wording data: only its own cases' evidence and gradings inform it."""
    from exporters.draft.words import words  # (read when the balances are)

    w = words()
    kinds = {j.id: w.judgement_kind(j) for j in store.framework.judgements}
    return {j: w.kind_law_types[k] for j, k in kinds.items() if k in w.kind_law_types}


def with_balances(
    rows: list[JudgementRow],
    balances: list[JudgementBalance],
    holdings: dict[str, JudgementBalance] | None = None,
) -> list[JudgementRow]:
    """The rows with their evidence balance and case gradings filled in: a judgement
    made per area with everything its area holds (`Store.area_holdings`, what the
    area's section is drafted from), any other with the evidence on its criteria."""
    found = {(b.judgement_id, b.area_code): b for b in balances}
    out = []
    for r in rows:
        if r.area_code is not None and holdings is not None:
            b = holdings.get(r.area_code)
        else:
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
    ("Judgement", "judgement"), ("Grade", "grade"), ("Strengths", "strengths"),
    ("For development", "developments"), ("Neutral", "neutral"), ("Sources", "sources"),
)  # fmt: skip
"""The list's columns (label, key): the evidence's strengths, areas for development,
neutral items and kinds of source, in words in the form below."""

SHORT_LABELS = ("Judgement", "Grade", "Str", "Dev", "Neu", "Src")
"""The headings where the words leave a judgement too little room (`list_cells`)."""
LEGEND = "Str: strengths · Dev: areas for development · Neu: neutral · Src: kinds of source"
"""What the short headings stand for (the list's tooltip, and said in the form below)."""
MIN_TITLE = 30
"""The judgement's cell is given at least this much room (or its longest title's) before
the headings shorten."""


def list_cells(
    fw: Framework, rows: dict[str, JudgementRow], width: int
) -> tuple[list[str], list[tuple[str, list[Text | str]]]]:
    """The headings and each row's key and cells, fitted to `width` columns: what it is
    (its title; for one made per area, the area, after the title if the framework has
    several such judgements), its grade in words, and its balance (`balance_cells`).
    The headings are words (`COLUMNS`) unless the short ones (`SHORT_LABELS`, with
    `LEGEND` as the list's tooltip; the form below says each count in words) would let
    every judgement show whole where the words would not, or the words would leave a
    judgement less than `MIN_TITLE` columns.  Only the judgement is cut to fit ("…"):
    the form below shows it whole."""
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

    def room(labels: Sequence[str]) -> int:
        others = sum(max([len(h), *(len(c[i]) for c in cells)]) for i, h in enumerate(labels) if i)
        return width - others - 2 * len(labels) - 2  # cell padding, scroll bar

    labels: list[str] = [label for label, _ in COLUMNS]
    longest = max((len(str(c[0])) for c in cells), default=0)
    if room(labels) < min(longest, MIN_TITLE) or room(labels) < longest <= room(SHORT_LABELS):
        labels = list(SHORT_LABELS)
    fits = max(16, room(labels))
    for c in cells:
        title = str(c[0])
        c[0] = title if len(title) <= fits else title[: fits - 1] + "…"
    return labels, list(zip(rows, cells, strict=True))


def fill_table(
    table: DataTable[Text | str], fw: Framework, rows: dict[str, JudgementRow], width: int
) -> None:
    """Put the rows in the list, fitted to `width` (`list_cells`), each column as wide as
    its cells (with automatic widths, Textual kept rows drawn before it measured them
    cut at the headings' widths: docs/performance.md); short headings carry a legend."""
    table.clear(columns=True)
    labels, listed = list_cells(fw, rows, width)
    table.tooltip = LEGEND if labels[2] != COLUMNS[2][0] else None
    for i, (label, (_, key)) in enumerate(zip(labels, COLUMNS, strict=True)):
        wide = max([cell_len(label), *(cell_len(str(cells[i])) for _, cells in listed)])
        table.add_column(label, key=key, width=wide)
    for key, cells in listed:
        table.add_row(*cells, key=key)


def judgement_heading(fw: Framework, row: JudgementRow) -> str:
    """The judgement and its grade as a lead reads them: the subject of the framework's
    heading and the grade after a colon ("The leadership and management of local
    services in Northshire (Area 3): requires improvement", "…: not yet judged"), never
    "is requires improvement".  A heading the framework words otherwise than "… is
    {grade}" (or "are") is kept as it is."""
    code = row.area_code or ""
    bare = fw.heading_for(row.judgement_id, None, row.area_name, code)
    subject = re.sub(r" (is|are) \[not yet judged\]$", "", bare)
    if subject == bare:
        return fw.heading_for(row.judgement_id, row.grade, row.area_name, code)
    return f"{subject}: {fw.grade(row.grade).heading if row.grade else 'not yet judged'}"


def balance_text(row: JudgementRow) -> str:
    """The evidence behind a judgement, in words (markup), for the form: for one made
    per area, everything the area holds; otherwise the evidence on its criteria."""
    b = row.balance
    if row.criteria == 0:
        return "No criterion informs this judgement directly: it is drawn from the others."
    if b is None:
        return "Reading the evidence behind it…"
    if b.evidence == 0:
        if row.area_code:
            return f"No evidence yet in area {row.area_code}."
        return "No evidence yet against the criteria that inform it."
    where = (
        f"Evidence in area {row.area_code} (its cases and its own notes, on every criterion)"
        if row.area_code
        else "Evidence across the inspection on the criteria that inform it"
    )
    return (
        f"{where}: {counted(b.evidence, 'item')} from "
        f"{counted(b.sources, 'kind')} of source ({counted(b.cases, 'case')}): "
        f"[green]{counted(b.strengths, 'strength')}[/], "
        f"[yellow]{counted(b.developments, 'area')} for development[/], {row.neutral} neutral."
    )


def gradings_text(fw: Framework, row: JudgementRow) -> str:
    """The case gradings behind a judgement, as a sentence: the distribution in framework
    order (`Good 20 · Inadequate 2`), for information only."""
    where = "of the area's cases" if row.area_code else "on its criteria"
    counts = row.case_gradings
    if not counts:
        return f"No case gradings {where} yet."
    order = fw.grading_codes()
    codes = sorted(counts, key=lambda c: order.index(c) if c in order else len(order))
    spread = " · ".join(f"{fw.grading_label(c)} {counts[c]}" for c in codes)
    return f"Case gradings {where}, for information only (judged, not averaged): {spread}"


# What the screen reads and saves, as messages; the grade list's values -------------------
NOT_JUDGED = "__not_judged__"
"""The grade Select's value for "not yet judged" (the judgement's grade is None)."""


class JudgementsLoaded(Message):
    """Every judgement with its grade and evidence balance, read in a worker."""

    def __init__(self, rows: list[JudgementRow]) -> None:
        super().__init__()
        self.rows = rows


class BalancesLoaded(Message):
    """The evidence balance of every judgement (and what each area holds), read in a
    worker after the list."""

    def __init__(
        self, balances: list[JudgementBalance], holdings: dict[str, JudgementBalance]
    ) -> None:
        super().__init__()
        self.balances = balances
        self.holdings = holdings


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
