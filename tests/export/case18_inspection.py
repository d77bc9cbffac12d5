"""Small inspections written by hand for case18's rules (issue 15), none of their text
the demo's or a tester's.

- `ungraded_areas`: a 2021-framework inspection (no area is graded) with a weak area
  whose heaviest weakness is not about safeguarding: the child's wishes and feelings
  fall short in all ten cases, while three safeguarding points fall short in five or six
  of them each; a few small-sample strengths; five of its notes say, in the notes' own
  shorthand, that the child was not visited at home.  And a strong area whose practice
  is sound in nine of its ten cases on case planning.
- `beyond_the_area`: an area whose only note on a leadership point speaks of the other
  areas and of the inspection as a whole.
"""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFile, Evidence
from tests.export.small import Small

# The weak area (Area 2, Saltmarsh) ------------------------------------------------------
WISHES_SHORT = (
    "The boy's view of moving to his aunt's is summed up in one line and never weighed.",
    "Nothing on the file says what the girl herself wants from contact with her father.",
    "The guardian recorded the parents' positions in full but left out the child's own.",
    "Her worries about changing school are missing from the analysis altogether.",
    "The report repeats the social worker's account of the children's views word for word.",
    "No one went back to the boy after he said he was scared of the new placement.",
    "The child's drawings were filed but their meaning for the plan is not discussed.",
    "What the teenager wanted was gathered after the recommendation had been written.",
    "The twins' different wishes are run together as if they had said the same thing.",
    "The toddler's routines and attachments are not described from her point of view.",
)
RISK_SHORT = (
    "The police disclosure about the stepfather was filed without any view on what it meant."
)
RISK_WELL = (
    "The first risk screen named the stepfather's history and set out who would keep her safe."
)
COURT_SHORT = "The position statement gives the court no independent view of the care plan."
COURT_WELL = "The final analysis weighs both placements and tells the court plainly which is safer."
CONCERN_SHORT = "A fresh referral from the school sat for a fortnight before anybody acted on it."
CONCERN_WELL = "When the school rang with new worries the guardian spoke to the council that day."
HOME_NOT_VISITED = (
    "Home not visited before the report was filed.",
    "The family home was never visited; the guardian met the mother at the office only.",
    "Placement not visited, so the carers' account stood unchecked.",
    "Home not visited although the court had asked about its condition.",
    "The child was seen at school; the home was not visited at any point.",
)
DIRECT_WELL = "The guardian used a life-story book with the girl over three sessions."
DIRECT_SHORT = "Direct work was planned but the sessions were cancelled twice and not rebooked."

# The strong area (Area 8, Brackenfield) ------------------------------------------------
PLAN_WELL = "The plan for the next hearing sets out who does what, by when, for this child."
PLAN_SHORT = "The plan was copied from the last hearing and no longer fits the boy's needs."
WISHES_WELL = (
    "The girl's own account of where she wants to live is set out in her words and weighed."
)


def _case(s: Small, area: str, ref: str, law: str = "PUBLIC", age: str = "10-13") -> str:
    ctype = {"PRIVATE": "S7", "PUBLIC": "S31"}[law]
    return s.store.put_case(CaseFile(
        ref=ref, area_code=area, law_type=law, case_type=ctype,
        stage="FINAL", age_band=age,  # type: ignore[arg-type]
    ))  # fmt: skip


def ungraded_areas(path: Path) -> tuple[Small, dict[str, str]]:
    """2021 framework (no area judgement).  Area 2 (Saltmarsh), ten public law cases
    S-001 to S-010: each holds one of `WISHES_SHORT` (QP3, development); six fall short
    on initial risk assessment (QP2: `RISK_SHORT`, the other four `RISK_WELL`), five on
    the advice to the court (SW2) and five on following up safeguarding concerns (SW1),
    the rest strong; S-001 to S-005 each hold one of `HOME_NOT_VISITED` (QP2,
    development), S-002's concern escalated; three cases hold a note on direct work
    (QP5), two strong.  Area 8 (Brackenfield), ten public law cases B-001 to B-010:
    nine strong on case planning (QP6) and one not; seven strong on wishes and feelings
    (QP3) and three not."""
    s = Small(path, areas=[("2", "Saltmarsh", True), ("8", "Brackenfield", True)],
              framework="cafcass-2021")  # fmt: skip
    ids: dict[str, str] = {}
    for n in range(1, 11):
        ref = f"S-{n:03d}"
        ids[ref] = case = _case(s, "2", ref)
        s.ev(case, ["QP3"], "development", WISHES_SHORT[n - 1])
        s.ev(case, ["QP2"], *(("development", RISK_SHORT) if n <= 6 else ("strength", RISK_WELL)))
        s.ev(case, ["SW2"], *(("development", COURT_SHORT) if n % 2 else ("strength", COURT_WELL)))
        s.ev(
            case,
            ["SW1"],
            *(("development", CONCERN_SHORT) if n > 5 else ("strength", CONCERN_WELL)),
        )
        if n <= 5:
            ids[f"home-{n}"] = s.ev(case, ["QP2"], "development", HOME_NOT_VISITED[n - 1])
        if n in (8, 9, 10):
            s.ev(
                case,
                ["QP5"],
                *(("development", DIRECT_SHORT) if n == 8 else ("strength", DIRECT_WELL)),
            )
    ids["concern"] = s.store.put_evidence(Evidence(
        case_id=ids["S-002"], criteria=["SW1"], source="CASE_FILE", polarity="development",
        text="The mother's new partner moved in; no checks were made.",
        safeguarding="A new adult in the home with no checks made.",
        escalation="escalated", escalation_note="Raised with the service manager.",
    ))  # fmt: skip
    for n in range(1, 11):
        ref = f"B-{n:03d}"
        ids[ref] = case = _case(s, "8", ref)
        s.ev(case, ["QP6"], *(("strength", PLAN_WELL) if n <= 9 else ("development", PLAN_SHORT)))
        s.ev(
            case,
            ["QP3"],
            *(("strength", WISHES_WELL) if n <= 7 else ("development", WISHES_SHORT[n - 1])),
        )
    return s, ids


# Escalated on the failure's own notes (Area 3, Quarrybank) -------------------------------
SCREENING = (
    "Domestic abuse not screened before the first hearing; the father's caution was missed.",
    "The mother's account of the assaults was never screened, and contact went ahead.",
    "Domestic abuse not screened although the police log was on the file.",
    "Unscreened domestic abuse: the safety plan rests on the father's word.",
    "Domestic abuse was not screened at any stage; the boy's fear of his father is noted only.",
    "Domestic abuse not screened, so the risk to the younger child was not weighed.",
)
SCREENING_CONCERN = "Contact goes ahead with a parent named in three police call-outs."


def escalated_failure(path: Path) -> tuple[Small, dict[str, str]]:
    """2018 framework.  Area 3 (Quarrybank), graded inadequate: eight private law cases
    Q-001 to Q-008; Q-001 to Q-006 each hold one of `SCREENING` (initial risk
    assessment, QP2, development), carrying a safeguarding concern inspectors escalated
    (`SCREENING_CONCERN`), and Q-007 and Q-008 a strength on it."""
    s = Small(path, areas=[("3", "Quarrybank", True)], framework="cafcass-2018")
    ids: dict[str, str] = {}
    for n in range(1, 9):
        ref = f"Q-{n:03d}"
        ids[ref] = case = _case(s, "3", ref, law="PRIVATE", age="5-9")
        if n <= 6:
            ids[f"screen-{n}"] = s.store.put_evidence(Evidence(
                case_id=case, criteria=["QP2"], source="CASE_FILE", polarity="development",
                text=SCREENING[n - 1], safeguarding=SCREENING_CONCERN,
                escalation="escalated", escalation_note="Passed to the head of service.",
            ))  # fmt: skip
        else:
            s.ev(case, ["QP2"], "strength", RISK_WELL)
    s.judge("J18-4A", "inadequate", area="3")
    return s, ids


# Beyond the area (Area 6, Harrowdale; Area 5, Quarrybank) ---------------------------------
AUDIT_COMPARED = (
    "The team manager's audit of this file graded it good and found the same gaps as "
    "inspectors, which was not so for the audits read in Quarrybank last week."
)
AUDIT_BY_CODE = (
    "The service's audit of this case was accurate and picked up the drift, unlike the "
    "audit of a similar case in Area 5."
)
WISHES_HEARD = "The boy's wish to stay at his school is set out in his own words and weighed."


def beyond_the_area(path: Path) -> tuple[Small, dict[str, str]]:
    """2021 framework.  Area 6 (Harrowdale): eight private law cases H-001 to H-008,
    each strong on wishes and feelings (QP3: `WISHES_HEARD`); H-001 holds
    `AUDIT_COMPARED` (learning from audits, LG7, strength) and H-002 `AUDIT_BY_CODE`
    (performance management, LG3, strength): each the one note on its criterion, each
    comparing this area's audits with another area's.  Area 5 (Quarrybank), four
    cases with the same wishes note."""
    s = Small(path, areas=[("6", "Harrowdale", True), ("5", "Quarrybank", True)],
              framework="cafcass-2021")  # fmt: skip
    ids: dict[str, str] = {}
    for area, prefix, n_cases in (("6", "H", 8), ("5", "Q", 4)):
        for n in range(1, n_cases + 1):
            ref = f"{prefix}-{n:03d}"
            ids[ref] = case = _case(s, area, ref, law="PRIVATE")
            s.ev(case, ["QP3"], "strength", WISHES_HEARD)
    ids["compared"] = s.ev(ids["H-001"], ["LG7"], "strength", AUDIT_COMPARED)
    ids["by_code"] = s.ev(ids["H-002"], ["LG3"], "strength", AUDIT_BY_CODE)
    return s, ids


# What the participle keeps (Area 4, Lowfield; Area 7, Stonebridge) -----------------------
LATE_RISK = (
    "Risk not assessed in time; the police log came after the first hearing.",
    "The father's history was known, but risk was not assessed in time for the hearing.",
    "Risk not assessed in time, so the interim order rested on the mother's account.",
    "Risk has not been assessed in time in this case, as the screening sat unread.",
    "Risk not assessed in time. The school's worries reached the file a month late.",
)
NOT_TOLD = (
    "The court was not told why the plan changed, and the boy's view is missing.",
    "The magistrates were given the plan, but the court was not told why the plan changed.",
    "Court not told why the plan changed; the statement just restates it.",
    "The court is not told why the plan changed; the girl's view is absent too.",
)
NOT_REVIEWED = "Risk not reviewed after the father moved back in over the summer."
REPORT_THIN = "The analysis repeats the chronology and weighs none of the options for the girl."


def what_is_kept(path: Path) -> tuple[Small, dict[str, str]]:
    """2021 framework, two areas weighing against, each with eight cases,
    all weak on analysis in reports (QP7: `REPORT_THIN`).  Area 4 (Lowfield): L-001
    to L-005 hold one of `LATE_RISK` (QP2), risk assessed, but late; L-006 to L-008
    are private law cases strong on it (`RISK_WELL`), so the law types differ, L-006
    also holding `NOT_REVIEWED` (risk not reviewed: another failure).  Area 7
    (Stonebridge): T-001 to T-004 hold one of `NOT_TOLD` (SW2), what the court was
    not told."""
    s = Small(path, areas=[("4", "Lowfield", True), ("7", "Stonebridge", True)],
              framework="cafcass-2021")  # fmt: skip
    ids: dict[str, str] = {}
    for area, prefix, crit, notes in (("4", "L", "QP2", LATE_RISK), ("7", "T", "SW2", NOT_TOLD)):
        for n in range(1, 9):
            ref = f"{prefix}-{n:03d}"
            private = area == "4" and n > len(notes)
            ids[ref] = case = _case(s, area, ref, law="PRIVATE" if private else "PUBLIC")
            s.ev(case, ["QP7"], "development", REPORT_THIN)
            if n <= len(notes):
                s.ev(case, [crit], "development", notes[n - 1])
            elif private:
                s.ev(case, ["QP2"], "strength", RISK_WELL)
    # Risk left unreviewed is another failure than risk assessed late.
    ids["not_reviewed"] = s.ev(ids["L-006"], ["QP2"], "development", NOT_REVIEWED)
    return s, ids


# Said with "no" (Area 9, Fellside) -------------------------------------------------------
NO_SCREENING = (
    "Violence was raised at the first call, but no screening tool used.",
    "No screening tool used; the father's account was taken at face value.",
    "The mother disclosed violence and no screening tool was used.",
    "No screening tool used although the police had attended twice.",
    "Police call-outs listed in the bundle; no screening tool used and no plan made.",
)
NO_TO_WHOM = "No referral made to the health visitor about the baby's weight."


def said_with_no(path: Path) -> tuple[Small, dict[str, str]]:
    """2021 framework.  Area 9 (Fellside): eight public law cases, all weak on analysis
    in reports (QP7: `REPORT_THIN`); F-001 to F-005 each hold one of `NO_SCREENING`
    (initial risk assessment, QP2, development), and F-006 to F-008 `NO_TO_WHOM`."""
    s = Small(path, areas=[("9", "Fellside", True)], framework="cafcass-2021")
    ids: dict[str, str] = {}
    for n in range(1, 9):
        ref = f"F-{n:03d}"
        ids[ref] = case = _case(s, "9", ref)
        s.ev(case, ["QP7"], "development", REPORT_THIN)
        s.ev(case, ["QP2"], "development", NO_SCREENING[n - 1] if n <= 5 else NO_TO_WHOM)
    return s, ids
