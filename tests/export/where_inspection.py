"""A hand-written inspection of five visited areas, built in the test
through the public Store API (`tests.export.small`): case recording weak in most cases
in two of the areas (Areas 2 and 4) and hardly anywhere else, and the analysis in reports
weak in a few cases in every area; the rest strong.  For the key findings that say where
a weakness is (issue 15, from the last independent audit of an exported draft: a
national share stated when the cases against were in two of the five areas)."""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("1", "Northfield", True), ("2", "Eastmarsh", True), ("3", "Southdown", True),
         ("4", "Westvale", True), ("5", "Highmoor", True), ("7", "Lowbridge", False)]  # fmt: skip
# Each visited area's cases, and how many of them are weak on case recording (QP11: 17 of
# 18 in Areas 2 and 4, 2 of 18 elsewhere) and on analysis (QP7: about half in every area).
CASES = {"1": 6, "2": 9, "3": 6, "4": 9, "5": 6}
RECORDING_WEAK = {"1": 1, "2": 9, "3": 1, "4": 8, "5": 0}
ANALYSIS_WEAK = {"1": 3, "2": 5, "3": 3, "4": 5, "5": 3}
GRADES = {"1": "good", "2": "requires-improvement", "3": "good", "4": "requires-improvement",
          "5": "good"}  # fmt: skip


# Safeguarding concerns (SW1) not followed up in three cases each of Areas 2 and 4 and
# followed up in one of Area 2's and in three cases of each other area.
SAFEGUARDING_WEAK = {"1": 0, "2": 3, "3": 0, "4": 3, "5": 0}
SAFEGUARDING_MET = {"1": 3, "2": 1, "3": 3, "4": 0, "5": 3}


def where_inspection(path: Path, recording: dict[str, int] | None = None) -> Small:
    """The inspection, open, judged to require improvement: `CASES` in each visited area,
    each with a note on direct work, wishes and feelings, analysis and case recording
    (`Small.cases_noted`), and safeguarding notes on some (`SAFEGUARDING_WEAK`,
    `SAFEGUARDING_MET`); `recording` in place of `RECORDING_WEAK`."""
    s = Small(path, areas=AREAS)
    for code, weak_records in (recording or RECORDING_WEAK).items():
        for k in range(CASES[code]):
            weak = {"QP11"} if k < weak_records else set()
            # Analysis weak in the last cases of the area, so that both weaknesses fall
            # on the same case only where the numbers make them.
            if k >= CASES[code] - ANALYSIS_WEAK[code]:
                weak.add("QP7")
            (case,) = s.cases_noted(code, 1, weak=weak)
            if k < SAFEGUARDING_WEAK[code]:
                s.ev(case, ["SW1"], "development", "The school's report of bruising was not "
                     f"passed to the local authority for {k + 6} days.")  # fmt: skip
            elif k < SAFEGUARDING_WEAK[code] + SAFEGUARDING_MET[code]:
                s.ev(case, ["SW1"], "strength", "The practitioner shared the new concern with "
                     f"the local authority the same day and it held a strategy meeting "
                     f"{k + 1} days later.")  # fmt: skip
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    for code, grade in GRADES.items():
        s.judge("J18-4A", grade, area=code)
    return s
