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


# (criterion, note): Rushby's weak cases, as an inspector types them: a section 7 report
# in shorthand, contractions (`build_shorthand`).  Every example the draft takes from
# them says its words in full.
SHORTHAND = [
    ("QP7", "The s7 report didn't weigh the father's drinking against the benefits of "
            "contact for the girl."),
    ("QP7", "The analysis in the S7 wasn't finished before the hearing, so the court had "
            "no recommendation to consider."),
    ("QP3", "The guardian couldn't say what the boy wanted from contact because he was "
            "never asked on his own."),
]  # fmt: skip


def build_shorthand(path: Path) -> Small:
    """Three areas as `build_late_letters`, Rushby's ten cases weak on the analysis and
    on wishes and feelings and noted as `SHORTHAND` says; written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code in ("91", "92"):
        s.cases_noted(code, 10, set())
        s.judge("J18-4A", GRADES[code], area=code)
        s.about_area(code, ["LGN4"], "strength", PRAISE, "INT_JUDICIARY")
    s.judge("J18-4A", GRADES["93"], area="93")
    for _k in range(10):
        case = s.case(area="93")
        for crit, text in SHORTHAND:
            s.ev(case, [crit], "development", text)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s


# Each area's stakeholders (`build_partners`): (source, polarity, note), one person each,
# in every area alike but Rushby's judges; the police lead's note and the council's
# name only what the views sentence says of them.
PARTNERS = [
    ("INT_LA", "strength", "The council's head of service said the guardians' challenge "
                           "is robust and fair."),
    ("INT_PARTNER", "strength", "The police safeguarding lead said joint working with "
                                "Cafcass is good."),
]  # fmt: skip


def build_partners(path: Path) -> Small:
    """Three areas as `build_late_letters`, each with its judges' view (Rushby's
    `LATE`, the others' `PRAISE`) and `PARTNERS`' notes about the area; written to
    `path`, open."""
    s = Small(path, areas=AREAS)
    for code, weak in (("91", set()), ("92", set()), ("93", {"QP3"})):
        s.cases_noted(code, 10, weak)
        s.judge("J18-4A", GRADES[code], area=code)
        bench = ("development", LATE) if code == "93" else ("strength", PRAISE)
        s.about_area(code, ["LGN4"], bench[0], bench[1], "INT_JUDICIARY")
        for source, polarity, text in PARTNERS:
            s.about_area(code, ["LGN4"], polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    return s
