"""Small 2021-framework inspections written by hand for case16's rules (issue 15): one
builder per rule, each its own inspection, none of its text the demo's or a tester's.

- `one_way`: a case graded good on analysis whose own note, tagged with analysis and
  the advice to the court, says the first analysis only echoed the council; the advice
  has no other evidence on that case (`exporters.draft.casesides`).
- `law_apart`: three areas where every public law case falls short on analysis and
  every private law case does well, more of the latter (`arealaw.plain_frames`).
- `no_finding`: notes about an area's team meetings, one whose first sentence only
  describes and whose second finds fault, one that finds none at all, and a council
  manager's complaint in plain words (`onesource.finds_fault`).
- `rare_alone`: one area whose sample holds one secure accommodation case, with a note
  on it about self-harm, and one area with two (`rarealone.py`).
"""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFile
from tests.export.small import Small

# One way ------------------------------------------------------------------------------
SOUND = "The report weighs each risk to the boy against his father's progress and reasons it out."
SOUND_TOO = "The final report sets out each option for the girl and explains the recommendation."
ECHOED = (
    "The first analysis repeats the council's view on threshold in three lines and never "
    "weighs the grandmother's offer of care."
)
ADVICE_GOOD = "The court was told plainly which order would serve the child and why."


def one_way(path: Path) -> tuple[Small, dict[str, str]]:
    """Area 5 (Fenland): eight public law cases all graded good on analysis (QP7); case
    F-001 also holds `ECHOED`, a development note on QP7 and SW2, its only evidence on
    the advice to the court; F-002 is the other case with a view on the advice (good).
    Case F-003 is graded below good on seeing children (QP8) while a strength note of its
    own speaks of seeing the child and of wishes (QP8 and QP3): its weakness stands."""
    s = Small(path, areas=[("5", "Fenland", True)], framework="cafcass-2021")
    ids: dict[str, str] = {}
    for n in range(1, 9):
        case = _case(s, "5", "PUBLIC", "S31", f"F-{n:03d}")
        ids[f"F-{n:03d}"] = case
        s.grade(case, "QP7", "good")
        s.ev(case, ["QP7"], "strength", SOUND if n % 2 else SOUND_TOO)
    ids["echoed"] = s.ev(ids["F-001"], ["QP7", "SW2"], "development", ECHOED)
    ids["advice"] = s.ev(ids["F-002"], ["SW2"], "strength", ADVICE_GOOD)
    s.grade(ids["F-003"], "QP8", "requires-improvement")
    ids["seen_praise"] = s.ev(
        ids["F-003"], ["QP8", "QP3"], "strength",
        "The girl was seen at her foster home and her wishes about contact are set out.",
    )  # fmt: skip
    for n in (4, 5, 6):
        s.ev(ids[f"F-{n:03d}"], ["QP8"], "strength",
             "The boy was seen alone at school before the report was written.")  # fmt: skip
    return s, ids


# Law types apart ----------------------------------------------------------------------
PUBLIC_WEAK = (
    "The guardian's analysis restates the local authority's case and reaches no view of "
    "its own on the plan."
)
PRIVATE_GOOD = "The section 7 report weighs what each parent offers and the recommendation follows."


def law_apart(path: Path) -> Small:
    """Areas 2 (Weald), 4 (Broads) and 7 (Peaks): in each, three public law cases fall
    short on analysis (QP7) and five private law cases do well."""
    s = Small(path, areas=[("2", "Weald", True), ("4", "Broads", True), ("7", "Peaks", True)],
              framework="cafcass-2021")  # fmt: skip
    for area in ("2", "4", "7"):
        for n in range(3):
            case = _case(s, area, "PUBLIC", "S31", f"P{area}-{n:03d}")
            s.ev(case, ["QP7"], "development", PUBLIC_WEAK)
        for n in range(5):
            case = _case(s, area, "PRIVATE", "S7", f"V{area}-{n:03d}")
            s.ev(case, ["QP7"], "strength", PRIVATE_GOOD)
    return s


# No finding ---------------------------------------------------------------------------
DESCRIBED_THEN_FAULT = (
    "Team meeting in the family team was about rotas and annual leave. Casework not raised."
)
ONLY_DESCRIBED = "The team meeting in the court team covered the office move and the new rota."
COUNCIL_HARD = "Council service manager said IROs find it hard to reach guardians between hearings."


def no_finding(path: Path) -> tuple[Small, dict[str, str]]:
    """Area 3 (Downs): a team meeting note whose first sentence describes and whose second
    finds fault (LG5, development).  Area 8 (Vale): a team meeting note that describes
    only (LG5, development), and a council manager's complaint (LGS1, development).  Each
    area has four private law cases with a strength on analysis, so that it has a
    section of findings."""
    s = Small(path, areas=[("3", "Downs", True), ("8", "Vale", True)], framework="cafcass-2021")
    ids: dict[str, str] = {}
    for area in ("3", "8"):
        for n in range(4):
            case = _case(s, area, "PRIVATE", "CAO", f"D{area}-{n:03d}")
            s.ev(case, ["QP7"], "strength", PRIVATE_GOOD)
    ids["described_then_fault"] = s.about_area(
        "3", ["LG5"], "development", DESCRIBED_THEN_FAULT, "OBS_TEAM_MTG"
    )
    ids["only_described"] = s.about_area(
        "8", ["LG5"], "development", ONLY_DESCRIBED, "OBS_TEAM_MTG"
    )
    ids["council_hard"] = s.about_area("8", ["LGS1"], "development", COUNCIL_HARD, "INT_LA")
    return s, ids


# Rare alone ---------------------------------------------------------------------------
SECURE_HARM = (
    "Secure accommodation: the girl cut herself twice in the unit and the guardian did not "
    "tell the court."
)
SECURE_OK = "Secure accommodation: the guardian visited the unit weekly and kept the court told."
SECURE_LATE = (
    "Secure accommodation: the boy's distress in the unit was recorded but the guardian did "
    "not ask for a review."
)


def rare_alone(path: Path) -> tuple[Small, dict[str, str]]:
    """Area 1 (Fells): five public law care cases and one secure accommodation case (S25)
    whose note, on the secure accommodation criterion (LGS3) and safeguarding (SW1), is
    `SECURE_HARM`.  Area 6 (Moors): five care cases and two secure accommodation cases."""
    s = Small(path, areas=[("1", "Fells", True), ("6", "Moors", True)], framework="cafcass-2021")
    ids: dict[str, str] = {}
    for area in ("1", "6"):
        for n in range(5):
            case = _case(s, area, "PUBLIC", "S31", f"R{area}-{n:03d}")
            s.ev(case, ["SW1"], "strength",
                 "Police and council checks were chased and on file before the first hearing.")  # fmt: skip
            s.ev(case, ["QP7"], "strength", SOUND)
    alone = _case(s, "1", "PUBLIC", "S25", "R1-100")
    ids["alone"] = alone
    ids["harm"] = s.ev(alone, ["LGS3", "SW1"], "development", SECURE_HARM)
    for n in range(2):
        pair = _case(s, "6", "PUBLIC", "S25", f"R6-10{n}")
        s.ev(pair, ["LGS3", "SW1"], "development" if n else "strength",
             SECURE_LATE if n else SECURE_OK)  # fmt: skip
    return s, ids


def _case(s: Small, area: str, law: str, ctype: str, ref: str, age: str = "14-15") -> str:
    return s.store.put_case(CaseFile(
        ref=ref, area_code=area, law_type=law, case_type=ctype,
        stage="FINAL", age_band=age,  # type: ignore[arg-type]
    ))  # fmt: skip


SECURE_NATIONAL = (
    "The guardian did not tell the court that the girl had harmed herself twice in "
    "secure accommodation."
)
CHECKS_LATE = "Police checks were not chased before the first hearing and arrived after it."


def rare_named(path: Path) -> tuple[Small, dict[str, str]]:
    """Safeguarding (SW1) falls short in public law: Area 1 (Fells) samples one secure
    accommodation case (A1-000, first by reference), whose note `SECURE_NATIONAL` names
    the kind and speaks of the girl, and three care cases; Area 6 (Moors) three care
    cases; every other note is `CHECKS_LATE`.  The weakness is counted in the public law
    section, where the test places an example naming an area."""
    s = Small(path, areas=[("1", "Fells", True), ("6", "Moors", True)], framework="cafcass-2021")
    ids: dict[str, str] = {}
    alone = _case(s, "1", "PUBLIC", "S25", "A1-000")
    ids["secure"] = s.ev(alone, ["SW1"], "development", SECURE_NATIONAL)
    for area in ("1", "6"):
        for n in range(1, 4):
            case = _case(s, area, "PUBLIC", "S31", f"A{area}-{n:03d}")
            s.ev(case, ["SW1"], "development", CHECKS_LATE)
    return s, ids
