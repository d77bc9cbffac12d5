"""A hand-written 2018-framework inspection for what stakeholders' notes are said to be
about and for a stakeholder said once in an area's paragraph (issue 15; voice20).  None
of the text is the demo's or a tester's, and no name below is a real person's.

Three visited areas of clearly different quality (Kestrel Vale outstanding, Harrowdale
good, Saltmarsh requiring improvement), each ten cases with one note per practice
criterion of `small.STRONG`, and the views of judges, council staff, reviewing officers
and partner agencies about each area and the organisation:

- Harrowdale's circuit judge finds the final analyses far too long and hard to follow:
  a view of how long and clear reports are, never of delay (`LONG_AND_UNCLEAR`);
- Saltmarsh's district judge raised concern about late filing; said once in the area's
  paragraph, by the views sentence, never again in other words (`LATE_FILING`);
- Saltmarsh's council head of service finds guardians allocated late: a concern about
  allocation, not about reports (`LATE_ALLOCATION`);
- the designated family judge's praise of national leaders, recorded on two criteria,
  is said once in the national leadership section.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [
    ("61", "Kestrel Vale", True),  # outstanding
    ("62", "Harrowdale", True),  # good
    ("63", "Saltmarsh", True),  # requires improvement
]
GRADES = {"61": "outstanding", "62": "good", "63": "requires-improvement"}
# How many cases of ten in each area are weak on which practice criteria.
WEAKNESSES = {
    "61": [(9, set()), (1, {"QP11"})],
    "62": [(7, set()), (2, {"QP7"}), (1, {"QP5", "QP11"})],
    "63": [(3, set()), (4, {"QP3", "QP7"}), (3, {"QP5", "QP7", "QP11"})],
}

LONG_AND_UNCLEAR = (
    "Circuit judge: the final analyses run far too long, the reasoning is hard to follow "
    "and the recommendation is buried on the last page."
)
LATE_FILING = (
    "The district judge raised concern about late filing of section 7 reports; two final "
    "hearings were put back by a month."
)

LATE_ALLOCATION = (
    "Council head of service said that guardians are allocated late to pre-proceedings "
    "cases, so the first family meeting goes ahead without one."
)

# (area, criteria, polarity, source, text): each stakeholder's note about an area.
AREA_VIEWS = [
    ("61", ["QP7"], "strength", "INT_JUDICIARY",
     "HHJ at the care centre: the guardians' analyses are sharp and every recommendation "
     "is argued from the evidence."),
    ("61", ["LGN4"], "strength", "INT_LA",
     "Council head of service: guardians and social workers meet before each issues "
     "resolution hearing, so disagreements are settled early."),
    ("61", ["SW3"], "strength", "INT_LA",
     "Call with an IRO: the guardian rang before every review and passed on what the "
     "child wanted."),
    ("62", ["QP7"], "development", "INT_JUDICIARY", LONG_AND_UNCLEAR),
    ("62", ["QP7"], "strength", "INT_JUDICIARY",
     "District judge: reports are well reasoned and keep to what the children need."),
    ("62", ["LGN4"], "strength", "INT_LA",
     "Council legal manager: the guardians challenge weak care plans and say so early."),
    ("63", ["LG2"], "development", "INT_JUDICIARY", LATE_FILING),
    ("63", ["LGN4"], "development", "INT_LA",
     "IRO: guardians seldom reply to emails before looked-after reviews."),
    ("63", ["QP1"], "development", "INT_LA", LATE_ALLOCATION),
    ("63", ["LGN5"], "strength", "INT_PARTNER",
     "Police safeguarding lead: risk information comes from the service the same day."),
]  # fmt: skip

NATIONAL_VIEWS = [
    (["LG2", "LGN4"], "strength", "INT_JUDICIARY",
     "Designated family judge: national leaders bring data to the family justice council "
     "and act on what the judiciary raises."),
]  # fmt: skip


def build(path: Path, late_filing: str = LATE_FILING) -> Small:
    """The inspection written to `path`, open (close it when done); `late_filing`: the
    words of Saltmarsh's district judge's note."""
    s = Small(path, areas=AREAS)
    for code, batches in WEAKNESSES.items():
        for n, weak in batches:
            s.cases_noted(code, n, weak)
        s.judge("J18-4A", GRADES[code], area=code)
    for area, crits, polarity, source, text in AREA_VIEWS:
        s.about_area(area, crits, polarity, late_filing if text == LATE_FILING else text, source)
    for crits, polarity, source, text in NATIONAL_VIEWS:
        s.national(crits, polarity, text, source)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "outstanding" if jid != "J18-4" else "good")
    return s
