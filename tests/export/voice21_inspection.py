"""A hand-written 2018-framework inspection for what stakeholders' views are drafted
about (issue 15; voice21).  None of the text is the demo's, a tester's or the real
report's, and no name below is a real person's.

Three visited areas of clearly different quality (Larkhill outstanding, Otterbrook good,
Cinder Vale requiring improvement), ten cases each with one note per practice criterion
of `small.STRONG`, and the views of judges, council staff and partner agencies:

- Otterbrook's judges praise "the quality of guardians' advocacy and the early
  safeguarding letters" (`ADVOCACY`): a view of their advocacy, never of "the quality of
  reports", though a second judge criticises the reports' length;
- Cinder Vale's judge and council staff each add what followed from their concern
  ("This means some children wait too long for work to start": `CONSEQUENCE`,
  `HARD_TO_REACH`): their concerns are about the reports and reaching guardians, never
  about delay;
- a circuit judge's note on position statements arriving "the evening before the hearing"
  (`EVENING_BEFORE`): a reservation about timeliness, never about the quality of reports.
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AREAS = [
    ("71", "Larkhill", True),  # outstanding
    ("72", "Otterbrook", True),  # good
    ("73", "Cinder Vale", True),  # requires improvement
]
GRADES = {"71": "outstanding", "72": "good", "73": "requires-improvement"}
WEAKNESSES = {
    "71": [(9, set()), (1, {"QP11"})],
    "72": [(7, set()), (2, {"QP7"}), (1, {"QP5", "QP11"})],
    "73": [(3, set()), (4, {"QP3", "QP7"}), (3, {"QP5", "QP7", "QP11"})],
}

ADVOCACY = (
    "Judges at the Otterbrook family court value the quality of guardians' advocacy and "
    "the early safeguarding letters."
)
LONG_REPORTS = "Recorder: the section 7 reports are long-winded and hard to follow."
CONSEQUENCE = (
    "Spoke with the district judge. She raised the uneven quality of the final analyses "
    "in Cinder Vale. This means some children wait too long for work to start."
)
HARD_TO_REACH = (
    "Council head of service said guardians in Cinder Vale are hard to reach between "
    "hearings. As a result, children wait too long for decisions."
)
EVENING_BEFORE = (
    "A circuit judge on the northern circuit said the guardians' advice is thoughtful "
    "and child-centred, but position statements sometimes come in the evening before "
    "the hearing."
)

# (area, criteria, polarity, source, text): each stakeholder's note about an area.
AREA_VIEWS = [
    ("71", ["QP7"], "strength", "INT_JUDICIARY",
     "DFJ: the final analyses weigh every option and the recommendations are argued "
     "from the evidence."),
    ("71", ["LGN4"], "strength", "INT_LA",
     "Council legal manager: guardians and social workers settle their differences "
     "before the issues resolution hearing."),
    ("72", ["QP7"], "strength", "INT_JUDICIARY", ADVOCACY),
    ("72", ["QP7"], "development", "INT_JUDICIARY", LONG_REPORTS),
    ("72", ["LGN4"], "strength", "INT_LA",
     "IRO manager: the guardians ring before each review and pass on what the child "
     "wants."),
    ("73", ["QP7"], "development", "INT_JUDICIARY", CONSEQUENCE),
    ("73", ["LGN4"], "development", "INT_LA", HARD_TO_REACH),
    ("73", ["LGN5"], "strength", "INT_PARTNER",
     "Health visiting lead: the service passes on risk information the day it is asked."),
]  # fmt: skip

NATIONAL_VIEWS = [
    (["LG2"], "development", "INT_JUDICIARY", EVENING_BEFORE),
    (["LG2"], "strength", "INT_JUDICIARY",
     "Senior family judge: national leaders work with the judiciary on the family court "
     "and share their data openly."),
    (["LG2"], "strength", "INT_JUDICIARY",
     "Designated family judge: Cafcass works closely with the courts and its leaders "
     "answer every letter the judiciary sends."),
]  # fmt: skip


def build(path: Path) -> Small:
    """The inspection written to `path`, open (close it when done)."""
    s = Small(path, areas=AREAS)
    for code, batches in WEAKNESSES.items():
        for n, weak in batches:
            s.cases_noted(code, n, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for area, crits, polarity, source, text in AREA_VIEWS:
        s.about_area(area, crits, polarity, text, source)
    for crits, polarity, source, text in NATIONAL_VIEWS:
        s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "outstanding" if jid != "J18-4" else "good")
    return s


# Judges divided over the whole inspection (tester 20's A1, in notes of my own): the
# timeliness of reports praised three times and criticised once, the quality of reports
# criticised once, and the service's leaders praised once and criticised once, at national
# level.  Their leaders are held both ways: never said as criticised only.
BALANCE_AREA_VIEWS = [
    ("71", ["QP1"], "strength", "INT_JUDICIARY",
     "District judge: section 7 reports from Larkhill arrive on time, every time."),
    ("72", ["QP1"], "strength", "INT_JUDICIARY",
     "Legal adviser: Otterbrook's safeguarding letters are always filed in good time."),
    ("73", ["QP1"], "strength", "INT_JUDICIARY",
     "DFJ: reports in Cinder Vale are timely and the court rarely waits."),
    ("73", ["QP1"], "development", "INT_JUDICIARY",
     "Recorder: the addendum reports are filed late and one final hearing was adjourned."),
    ("72", ["QP7"], "development", "INT_JUDICIARY",
     "Circuit judge: the quality of the final analyses is poor; they restate the "
     "parents' positions."),
]  # fmt: skip
LEADERS_PRAISED = (
    "Senior family judge: the national leaders are open with the judiciary and answer "
    "every letter we send."
)
LEADERS_CRITICISED = (
    "Family division liaison judge: national leaders promise much but the improvement "
    "they promised the courts has been slow."
)


def build_balance(path: Path) -> Small:
    """An inspection whose judges are divided (`BALANCE_AREA_VIEWS`, and their leaders
    held both ways at national level), written to `path`, open."""
    s = Small(path, areas=AREAS)
    for code, batches in WEAKNESSES.items():
        for n, weak in batches:
            s.cases_noted(code, n, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for area, crits, polarity, source, text in BALANCE_AREA_VIEWS:
        s.about_area(area, crits, polarity, text, source)
    s.national(["LG2"], "strength", LEADERS_PRAISED, "INT_JUDICIARY")
    s.national(["LG2"], "development", LEADERS_CRITICISED, "INT_JUDICIARY")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "outstanding" if jid != "J18-4" else "good")
    return s


# A child's own words after a weakness, and the claim's example telling the same child's
# account again (tester 21's A1, in notes of my own): Cinder Vale's girl told an inspector
# nobody asked her what she wanted, and the inspector's note says so too.
CHILD_WORDS = "No one asked me what I wanted. They just said what was going to happen."
CHILD_NOTE = (
    "Phone call with the girl, her carer agreed. She said no one from the service asked "
    "what she wanted before the hearing; the file shows no direct work."
)

CHILD_ON_FILE = (
    "The guardian's own visit note records the girl saying that nobody had asked her what "
    "she wanted; nothing of it reached the report."
)


def build_child(path: Path) -> Small:
    """The inspection (`build`) with Cinder Vale's girl's interview added (`CHILD_NOTE`,
    `CHILD_WORDS`, on the wishes and feelings criterion, QP3; her words also kept on her file,
    `CHILD_ON_FILE`), written to `path`, open."""
    s = build(path)
    s.cases_noted("73", 6, {"QP3"})  # the children's wishes and feelings: weak in most
    case = s.case(area="73", age="14-15")
    s.ev(case, ["QP3"], "development", CHILD_NOTE, source="INT_CHILD", child_words=CHILD_WORDS)
    s.ev(case, ["QP3"], "development", CHILD_ON_FILE, child_words=CHILD_WORDS)
    for crit in ("QP5", "QP7", "QP11"):
        s.ev(case, [crit], "development", WEAK_NOTES[crit])
    return s


WEAK_NOTES = {
    "QP5": "No direct work with the girl is recorded before the report was written.",
    "QP7": "The report repeats both parents' accounts and weighs neither against the risks.",
    "QP11": "No entry on the file for the seven weeks before the final hearing.",
}


def build_escalated(path: Path) -> Small:
    """The inspection (`build`) with more Cinder Vale cases: four weak on case recording
    (QP11), so that it leans against, and two more each weak on one point and carrying a
    safeguarding concern inspectors escalated, one on the analysis in reports (QP7), one
    on case recording (QP11); written to `path`, open."""
    s = build(path)
    s.cases_noted("73", 4, {"QP11"})
    for crit, text, concern in (
        ("QP7", "The report does not weigh the mother's new partner's convictions at all.",
         "The partner's convictions were not shared with the court."),
        ("QP11", "Nothing on the file for six weeks after the bruising was reported.",
         "Unexplained bruising was not followed up with the local authority."),
    ):  # fmt: skip
        case = s.case(area="73")
        s.store.put_evidence(Evidence(
            case_id=case, criteria=[crit], source="CASE_FILE", polarity="development",
            text=text, safeguarding=concern, escalation="escalated",
        ))  # fmt: skip
    return s
