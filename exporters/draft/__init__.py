"""Draft report sections from the evidence: pure functions from `Store` reads to a
`ReportModel` (`exporters.model`).

`load(store)` reads everything a draft counts from once (`data.DraftData`); the rest
turns it into sections without touching the database again (except to read the text of
the few records it quotes), so the drafting can be tested on hand-built inspections.

The modules, in the order the evidence flows through them:

- `words`: the vocabulary, read from `templates/frameworks/wording/*.toml`;
- `data`: the facts a draft counts from, and the tally rule;
- `tallies`: a section's evidence (`Pool`), each criterion's tally and claim;
- `agreement`: whether a section's evidence agrees with its grade (`grade_check`), and
  `gradecheck.grade_check_for`, the same check for a grade a lead is choosing;
- `trace`: sentences traced to their records, and the report-wide memory that keeps
  any sentence, example or quotation from being used twice;
- `claims`: a claim put into words; `examples`: examples, children's words and
  stakeholders' quotations;
- `paragraphs`: one builder per theme; `sections`: judgement and area sections;
  `front`: the other parts of the report, and `improvements`: what needs to
  improve; `document`: the whole draft.
"""

from __future__ import annotations

from exporters.draft.areagroups import area_groups
from exporters.draft.data import DraftData, DraftOptions, load
from exporters.draft.document import conflicted, draft_area, draft_report, repeated_share
from exporters.draft.front import inspection_dates
from exporters.draft.gradecheck import GradeCheck, grade_check_for, grade_hint

__all__ = [
    "DraftData",
    "DraftOptions",
    "GradeCheck",
    "area_groups",
    "conflicted",
    "draft_area",
    "draft_report",
    "grade_check_for",
    "grade_hint",
    "inspection_dates",
    "load",
    "repeated_share",
]
