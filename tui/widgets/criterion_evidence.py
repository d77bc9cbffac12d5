"""The grading tab's detail pane: for the highlighted criterion, its whole wording, the
grade and the whole rationale, and this case's strengths and areas for development on
it, one short excerpt each (strengths first).

The grid above it shows one line per criterion; this pane is where an inspector reads
what they are grading against before pressing `g`.
"""

from __future__ import annotations

from textual.widgets import Static

from store.framework import Framework
from store.models import StoredEvidence, StoredGrading, counted
from tui.markup import escape

ORDER = {"strength": 0, "development": 1}
"""Strengths first, then areas for development, then neutral notes."""
MARKS = {
    "strength": ("+", "Strength", "green"),
    "development": ("−", "Development", "yellow"),
}


def notes_on(criterion_id: str, evidence: list[StoredEvidence]) -> list[StoredEvidence]:
    """This case's notes on a criterion: strengths first, then areas for development,
    then neutral notes, each group in the order they were recorded."""
    notes = [ev for ev in evidence if criterion_id in ev.criteria]
    return sorted(notes, key=lambda ev: (ORDER.get(ev.polarity, 2), ev.meta.created_at))


def tally(notes: list[StoredEvidence]) -> str:
    """`+2 −1` (strengths, areas for development); empty when there are none."""
    plus = sum(1 for ev in notes if ev.polarity == "strength")
    minus = sum(1 for ev in notes if ev.polarity == "development")
    other = len(notes) - plus - minus
    parts = [f"+{plus}" if plus else "", f"−{minus}" if minus else "", f"·{other}" if other else ""]
    return " ".join(p for p in parts if p)


def excerpt(text: str, width: int) -> str:
    """The text on one line, cut to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(1, width - 1)].rstrip() + "…"


def note_line(ev: StoredEvidence, source: str, width: int) -> str:
    """One note as one line of markup: its mark, finding, source and an excerpt."""
    sign, word, colour = MARKS.get(ev.polarity, ("·", "Neutral", "default"))
    head = f"{sign} {word} · {source}: "
    body = excerpt(ev.text, max(12, width - len(head)))
    return f"[{colour}]{sign} {word}[/] · {escape(source)}: {escape(body)}"


def describe(
    fw: Framework,
    criterion_id: str,
    grading: StoredGrading | None,
    evidence: list[StoredEvidence],
    width: int,
) -> str:
    """The pane's markup for one criterion of one case, for a pane `width` cells wide."""
    criterion = fw.criterion(criterion_id)
    lines = [f"[b]{criterion.id}[/b] {escape(criterion.text)}"]
    if grading is not None and grading.grade:
        rationale = " ".join(grading.rationale.split())
        lines.append(
            f"[b]Grade: {escape(fw.grading_label(grading.grade))}[/b]. "
            + (f"Rationale: {escape(rationale)}" if rationale else "[dim]No rationale yet.[/]")
        )
    else:
        lines.append("[dim]Not graded yet: g grades it.[/]")
    notes = notes_on(criterion_id, evidence)
    if not notes:
        lines.append("[dim]No evidence in this case on this criterion yet.[/]")
        return "\n".join(lines)
    plus = sum(1 for ev in notes if ev.polarity == "strength")
    minus = sum(1 for ev in notes if ev.polarity == "development")
    lines.append(
        f"Evidence in this case: {counted(plus, 'strength')}, "
        f"{counted(minus, 'area for development', 'areas for development')}"
        + (f", {len(notes) - plus - minus} neutral" if len(notes) > plus + minus else "")
    )
    lines += [note_line(ev, fw.source_label(ev.source), width) for ev in notes]
    return "\n".join(lines)


class CriterionEvidence(Static):
    """The detail pane under the grading grid (scrolls when the notes do not fit)."""

    DEFAULT_CSS = """
    CriterionEvidence {
        height: 33%; min-height: 4; padding: 0 1; overflow-y: auto;
        background: $boost;
    }
    """

    def show(
        self,
        fw: Framework,
        criterion_id: str,
        grading: StoredGrading | None,
        evidence: list[StoredEvidence],
    ) -> None:
        """Show one criterion of the case (its notes cut to the pane's width)."""
        width = max(30, self.size.width - 4 if self.size.width else 76)  # padding, scrollbar
        self.update(describe(fw, criterion_id, grading, evidence, width))
