"""Small inspections written by hand for case17's rules (issue 15): one builder per
rule, each its own inspection, none of its text the demo's or a tester's.

- `graded_against_note`: an area where most cases are graded good on seeing children
  (QP8), two of them with notes of their own that do not bear the grade out, one with
  more strength notes than its one development note, and one case graded below good
  with a strength note of its own (`casesides`, across notes).
- `all_but_noted`: an area where every case's notes go for wishes and feelings, one of
  them with a development note of its own beside two strengths (`tallies.Pool.claim`:
  never "all" beside it).
- `weak_area`: an inadequate area whose notes say, in five different shapes, that
  neglect referrals were not checked (three of those cases escalated), whose leaders'
  notes say they found the gap and have a plan too recent to show, and a good area with
  the same fault in as many cases (`mainfailure`).
"""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFile, Evidence
from tests.export.small import Small

SEEN_WELL = (
    "The guardian met the boy on his own at the youth club twice and once at home before "
    "writing the analysis."
)
NEVER_ALONE = (
    "Every meeting with the twelve-year-old took place in the kitchen with her grandmother "
    "listening; nobody asked to talk to her privately."
)
NEVER_MET = "The adviser wrote the section 7 report from telephone calls with both parents only."
SEEN_ONCE_WELL = "The girl was visited at school and spoke freely once her teacher had left."
SEEN_AGAIN = "A second visit at the family centre gave the boy time alone to draw his two homes."
ONE_SHORT = "The first visit was cut short when the father arrived early to collect him."


def graded_against_note(path: Path) -> tuple[Small, dict[str, str]]:
    """Area 4 (Marches), 2018 framework: eleven private law cases graded good on seeing
    children (QP8), each with `SEEN_WELL`, except W-009, whose only note is `NEVER_MET`
    (a development note), and W-010, which holds `SEEN_WELL` and `NEVER_ALONE` (both ways
    across its notes).  W-011 is graded requires improvement on QP8 with `SEEN_ONCE_WELL`,
    a strength note: its weakness stands.  W-012 is graded good with two strength notes
    (`SEEN_WELL`, `SEEN_AGAIN`) and one development note (`ONE_SHORT`): its notes bear
    the grade out, and it stands."""
    s = Small(path, areas=[("4", "Marches", True)], framework="cafcass-2018")
    ids: dict[str, str] = {}
    for n in range(1, 13):
        ref = f"W-{n:03d}"
        ids[ref] = case = _case(s, "4", "PRIVATE", "S7", ref)
        s.grade(case, "QP8", "requires-improvement" if n == 11 else "good")
        if n == 9:
            ids["never_met"] = s.ev(case, ["QP8"], "development", NEVER_MET)
        elif n == 11:
            s.ev(case, ["QP8"], "strength", SEEN_ONCE_WELL)
        else:
            s.ev(case, ["QP8"], "strength", SEEN_WELL)
    ids["never_alone"] = s.ev(ids["W-010"], ["QP8"], "development", NEVER_ALONE)
    s.ev(ids["W-012"], ["QP8"], "strength", SEEN_AGAIN)
    ids["one_short"] = s.ev(ids["W-012"], ["QP8"], "development", ONE_SHORT)
    return s, ids


def _case(s: Small, area: str, law: str, ctype: str, ref: str, age: str = "10-13") -> str:
    return s.store.put_case(CaseFile(
        ref=ref, area_code=area, law_type=law, case_type=ctype,
        stage="FINAL", age_band=age,  # type: ignore[arg-type]
    ))  # fmt: skip


# Weak area ----------------------------------------------------------------------------
REFERRALS = (
    "Neglect referrals from the health visitor not checked before the letter went to court.",
    "The council's neglect referrals were never checked, so the court heard nothing of them.",
    "Unchecked neglect referrals; the recommendation was made without them.",
    "The letter was filed although neglect referrals had not been checked with the school.",
    "Neglect referrals not checked; the adviser relied on the mother's account of home life.",
)
CONCERN = "Younger sibling left at home alone again since the hearing; referrals never checked."
NOT_SEEN = "The report was filed before the boy was seen, on the father's word alone."
SUPERVISED = "Unaccompanied outings with the uncle continue at weekends, as the order allows."
FOUND_GAP = (
    "The service manager had identified the gap in referral checks herself in the spring "
    "and set up a weekly review of every new case."
)
TOO_EARLY = (
    "A recovery plan for referral checks began last month; it is too early to see a "
    "difference on the files."
)
GOOD_NOTE = "The analysis sets out what each parent can offer and the recommendation follows."


def weak_area(path: Path) -> tuple[Small, dict[str, str]]:
    """2018 framework.  Area 7 (Fenmoor), inadequate: eight private law cases; five
    hold one of `REFERRALS` (initial risk assessment, QP2), three of them with a
    safeguarding note on SW1 that inspectors escalated (`CONCERN`); two others hold
    `NOT_SEEN` (QP8); six, F-003 to F-008, `SUPERVISED` (QP4, development: a state, not work left
    undone).  Its
    leaders' notes: `FOUND_GAP` (LG4, strength) and `TOO_EARLY` (LG4, development).
    Area 5 (Wealdon), good: eight cases, five with the same `REFERRALS` notes, each
    with a strength on analysis."""
    s = Small(path, areas=[("7", "Fenmoor", True), ("5", "Wealdon", True)],
              framework="cafcass-2018")  # fmt: skip
    ids: dict[str, str] = {}
    for area, prefix in (("7", "F"), ("5", "W")):
        for n in range(1, 9):
            ref = f"{prefix}-{n:03d}"
            ids[ref] = case = _case(s, area, "PRIVATE", "S7", ref, age="5-9")
            if n <= 5:
                s.ev(case, ["QP2"], "development", REFERRALS[n - 1])
            if area == "5":
                s.ev(case, ["QP7"], "strength", GOOD_NOTE)
                s.grade(case, "QP7", "good")
    for n in (1, 2, 3):
        ids[f"concern-{n}"] = s.store.put_evidence(Evidence(
            case_id=ids[f"F-{n:03d}"], criteria=["SW1"], source="CASE_FILE",
            polarity="development", text=CONCERN, safeguarding=CONCERN,
            escalation="escalated", escalation_note="Raised with the head of practice.",
        ))  # fmt: skip
    for n in (6, 7):
        s.ev(ids[f"F-{n:03d}"], ["QP8"], "development", NOT_SEEN)
    for n in range(3, 9):
        s.ev(ids[f"F-{n:03d}"], ["QP4"], "development", SUPERVISED)
    ids["found_gap"] = s.about_area("7", ["LG4"], "strength", FOUND_GAP, "INT_MANAGER")
    ids["too_early"] = s.about_area("7", ["LG4"], "development", TOO_EARLY, "QA_AUDIT")
    s.judge("J18-4A", "inadequate", area="7")
    s.judge("J18-4A", "good", area="5")
    return s, ids


# All but noted ------------------------------------------------------------------------
WISHES = (
    "The report gives the girl's own account of where she wants to live and why, in her "
    "words, and weighs it."
)
WISHES_TOO = "The boy's wishes about contact are set out and the adviser explains the weight given."
WISHES_GAP = "His worries about changing school are not mentioned in the report at all."


def all_but_noted(path: Path) -> tuple[Small, dict[str, str]]:
    """2018 framework, Area 3 (Lowmoor): ten ungraded private law cases, each with a
    strength on wishes and feelings (QP3); L-010 also holds `WISHES_TOO` (a second
    strength) and `WISHES_GAP` (a development note)."""
    s = Small(path, areas=[("3", "Lowmoor", True)], framework="cafcass-2018")
    ids: dict[str, str] = {}
    for n in range(1, 11):
        ref = f"L-{n:03d}"
        ids[ref] = case = _case(s, "3", "PRIVATE", "S7", ref)
        s.ev(case, ["QP3"], "strength", WISHES)
    s.ev(ids["L-010"], ["QP3"], "strength", WISHES_TOO)
    ids["gap"] = s.ev(ids["L-010"], ["QP3"], "development", WISHES_GAP)
    return s, ids
