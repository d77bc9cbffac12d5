"""A hand-written inspection for voice25's findings (issue 15, tester 24's A3).  None of
the text is the demo's, a tester's or the real report's, and no name below is a real
person's.

`build_late_letters`: three visited areas as in `voice23_inspection` (Northmoor
outstanding, Eastfold good, Rushby requiring improvement).  The judges of Northmoor and
Eastfold praise the reports (`PRAISE`); Rushby's one judges' note (`LATE`) praises the
letters' quality and criticises their lateness, and says what the delay is doing to the
listing of hearings.  Rushby's view must be of the timeliness of reports, never of their
quality nor of joint working.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small
from tests.export.voice23_inspection import AREAS, GRADES

PRAISE = ("The designated family judge said the reports are of a consistently high "
          "standard and the guardians are 'a pleasure to have in court'.")  # fmt: skip
LATE = ("District judges said safeguarding letters reach the court late more often than "
        "not and the section 7 work has slipped; 'good when they arrive' but the delay is "
        "affecting listing.")  # fmt: skip


def build_late_letters(path: Path) -> Small:
    """The inspection the module docstring describes, written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code, weak in (("91", set()), ("92", set()), ("93", {"QP3"})):
        s.cases_noted(code, 10, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for code in ("91", "92"):
        s.about_area(code, ["LGN4"], "strength", PRAISE, "INT_JUDICIARY")
    s.about_area("93", ["LGN4"], "development", LATE, "INT_JUDICIARY")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
