"""A hand-written inspection for voice29's findings on lifted shorthand (issue 15, tester
29's F6, A11): national notes whose figures are written in an inspector's shorthand
("mgrs", "&", "NW") and a workforce lead's two vacancy figures.  None of the text is
the demo's, a tester's or the real report's; no name below is a real person's.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("71", "Northmoor", True), ("72", "Eastfold", True), ("73", "Rushby", True)]

SURVEY = ("Staff survey: 84% say mgrs support & challenge them; 70% would recommend the "
          "service as an employer.")  # fmt: skip
VACANCY = "Workforce lead: vacancy rate 7% nationally, 15% in NW; agency use rising."
NATIONAL = [
    (["LG5"], "strength", "SURVEY_STAFF", SURVEY),
    (["LG8"], "development", "INT_MANAGER", VACANCY),
    (["LG8"], "development", "INT_PRACTITIONER",
     "Practitioners said caseloads have risen since the spring and cover is thin."),
    (["LG8"], "development", "SURVEY_STAFF",
     "Staff survey: 52% of practitioners say their caseload is too high."),
]  # fmt: skip


def build(path: Path) -> Small:
    """The inspection, written to `path`; the caller closes it."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    for area, _name, _visited in AREAS:
        s.cases_noted(area, 8, {"QP3"} if area == "73" else set())
    for crits, polarity, source, text in NATIONAL:
        s.national(crits, polarity, text, source)
    for jid, grade in (("J13-0", "good"), ("J13-1", "requires-improvement"), ("J13-2", "good"),
                       ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade)
    return s
