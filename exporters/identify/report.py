"""Scanning a drafted report: every sentence of body text (quotes included), headings,
table cells, footnotes and the comment text of each paragraph, and the area sections
that rest on too few children to stay anonymous.
"""

from __future__ import annotations

from collections.abc import Iterable

from exporters.identify.scanner import ALLOWED_IN_COMMENTS, Hit, Scanner
from exporters.model import Paragraph, ReportModel

MIN_CHILDREN_PER_AREA = 3
"""An area section drawing on fewer children than this may identify them."""


def _where(p: Paragraph, heading: str) -> str:
    if p.number is not None:
        return f"paragraph {p.number}"
    if heading:
        return f"‘{heading[:50]}’"
    return f"the paragraph beginning ‘{' '.join(p.text.split()[:6])}…’"


class _Collector:
    """Hits in document order, each (kind, text, where, field) once."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self._seen: set[tuple[str, str, str, str]] = set()

    def keep(self, hit: Hit) -> None:
        key = (hit.kind, hit.text.lower(), hit.where, hit.field)
        if key not in self._seen:
            self._seen.add(key)
            self.hits.append(hit)

    def add(self, hits: Iterable[Hit]) -> None:
        for hit in hits:
            self.keep(hit)


def scan(
    report: ReportModel,
    scanner: Scanner,
    *,
    comments: bool = True,
    comment_texts: Iterable[tuple[Paragraph, str]] = (),
    comment_parts: Iterable[tuple[Paragraph, list[list[str]]]] = (),
) -> list[Hit]:
    """Every identifying detail in the draft, in document order.

    Comments are given either whole (`comment_texts`) or as lines of parts
    (`comment_parts`, from `docx_writer.comment_lines`).  Case references are allowed
    in comments; every other kind is a hit wherever it is."""
    out = _Collector()
    for text in (report.title, report.subtitle):
        out.add(scanner.scan(text, "the title", field="title"))
    for section in report.sections:
        head = section.heading[:50]
        out.add(scanner.scan(section.heading, f"heading ‘{head}’", field="heading"))
        if section.table:
            team = {" ".join(n.split()) for n in scanner.staff}
            for row in section.table.rows:
                for cell in row:
                    if " ".join(cell.split()) in team:
                        continue  # the team's own names, from the team list (tester 36's F12)
                    out.add(scanner.scan(cell, f"table in ‘{head}’", field="table"))
        for p in (*section.intro, *section.paragraphs):
            where = _where(p, section.heading)
            for s in p.sentences:
                field = "quote" if s.quote else "body"
                out.add(scanner.scan(s.text, where, field=field, evidence_ids=s.evidence_ids))
                out.add(_staff(scanner, s.text, where, field, s.evidence_ids))
        out.add(_small_area(section.area_code, section.heading, section.paragraphs))
    for fn in report.footnotes:
        out.add(scanner.scan(fn.text, f"footnote {fn.number}", field="footnote"))
    if comments:
        for p, text in comment_texts:
            ids = tuple(p.evidence_ids)
            out.add(scanner.scan(text, _where(p, ""), field="comment", evidence_ids=ids,
                                 comment=True))  # fmt: skip
        for p, lines in comment_parts:
            ids = tuple(p.evidence_ids)
            for line in lines:
                for part in line:
                    hits = scanner.scan(part, _where(p, ""), field="comment", evidence_ids=ids,
                                        comment=True)  # fmt: skip
                    out.add(h for h in hits if h.kind not in ALLOWED_IN_COMMENTS)
    return out.hits


def _staff(
    scanner: Scanner, text: str, where: str, field: str, evidence_ids: Iterable[str]
) -> list[Hit]:
    """Staff and judges named beside their role in the report's own text (a note may
    name them; a report names no one: `NameFinder.staff_named`)."""
    ids = tuple(evidence_ids)
    return [Hit(f.kind, text[f.start : f.end], where, ids, field, f.note, f.start, f.end)
            for f in scanner.finder.staff_named(text)]  # fmt: skip


def _small_area(code: str | None, heading: str, paragraphs: list[Paragraph]) -> list[Hit]:
    """An area section whose findings rest on fewer than three children."""
    if code is None or not paragraphs:
        return []
    refs = {r for p in paragraphs for s in p.sentences for r in s.case_refs}
    if 0 < len(refs) < MIN_CHILDREN_PER_AREA:
        return [
            Hit(
                "jigsaw",
                f"Area {code}",
                f"heading ‘{heading[:50]}’",
                field="heading",
                note=f"the section's findings rest on {len(refs)} sampled "
                f"case{'' if len(refs) == 1 else 's'}; with fewer than "
                f"{MIN_CHILDREN_PER_AREA} the children in them could be recognised",
            )
        ]
    return []
