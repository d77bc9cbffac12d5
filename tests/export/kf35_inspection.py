"""A hand-written 2013 inspection for kf35's tests (issue 15, session 35), written by kf35
in its own words (none of it the demo's, a tester's or the real report's): a service
judged inadequate overall, safeguarding and quality of practice inadequate, leadership
requiring improvement.  Three visited areas (Tarnmoor 8a, Kelby 8b, Ravensholme 8c) and
36 cases read, 30 private law and 6 public law, dealt out in turn across the areas.

- Safeguarding (SW1): concerns not acted on in 24 of the 36 cases.
- Analysis in reports (QP7): weak in 26 of the 36.
- Managers' oversight on the file (QPN4): missing in 20 of the 30 private law cases (two
  thirds) and in all six public law cases: far more private law cases by count, public
  law worse by share (`OVERSIGHT_SHORT`).
- Delay (QP1): reports late in 19 of the 30 private law cases and one of the six public
  law cases: private law worse by count and by share (`LATE_SHORT`).
- Its few strengths: direct work with the child (QP5) done well in the five cases whose
  files record any, and two partners' praise for the service's part in the local family
  justice board (LGN4).
- One case in Kelby (`FAITH`): a practitioner's good work with a child's faith, filed
  under the service's response to diversity (LG9); Tarnmoor's own notes on it are about
  the area (`TARNMOOR_DIVERSITY`).
- Leaders (national notes): senior managers did not know how little oversight there was
  and the regional plan has no targets; the head of practice appointed in the spring
  knows where practice falls short and has a plan with dates, too new to have changed
  anything yet (`NEW_HEAD`).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("8a", "Tarnmoor", True), ("8b", "Kelby", True), ("8c", "Ravensholme", True)]
GRADES = {"J13-0": "inadequate", "J13-1": "inadequate", "J13-2": "inadequate",
          "J13-3": "requires-improvement"}  # fmt: skip
PRIVATE, PUBLIC = 30, 6
OVERSIGHT_SHORT = {"PRIVATE": 20, "PUBLIC": 6}
LATE_SHORT = {"PRIVATE": 19, "PUBLIC": 1}

UNSAFE = (
    "The school told the officer about a new injury and nothing was done before the report went in.",
    "A call-out to the home by the police was on the file; the risk it showed was never assessed.",
    "The mother's disclosure of threats was written up and not passed to the local authority.",
    "Checks on the new partner were asked for but never chased, and the report did not mention him.",
)
SAFE = "The officer told the local authority of the father's release the day she learned of it."
ANALYSIS_WEAK = (
    "The report retells each parent's account but does not weigh what either means for the girl.",
    "No analysis of the violence the children saw; the recommendation does not follow from the facts.",
    "The report copies the social worker's chronology and adds no view of its own.",
)
ANALYSIS_GOOD = "The report sets the options side by side and explains why one suits the boy best."
OVERSIGHT_WEAK = (
    "Nothing from a manager on the file at allocation or before the report was filed.",
    "The manager signed the report off without a word on the gaps in it.",
)
OVERSIGHT_GOOD = "The team manager's note at allocation sets out the risks and what to check first."
LATE = (
    "The report reached the court eleven days after the date it was due.",
    "The letter to the court was sent after the first hearing had already taken place.",
)
ON_TIME = "Each report went to the court on the day it was due."
DIRECT_WORK = (
    "The officer used drawings over two visits to help the boy say what home is like.",
    "A card game let the girl talk about both houses without feeling she was choosing.",
    "Time at the park with the twins let each of them talk on their own about contact.",
    "The officer met the boy at his youth club and used his own words in the report.",
)

# One practitioner's good work with one child's faith, filed under the service's response
# to diversity (LG9), in Kelby (8b): the only note on LG9.
FAITH = "Faith and fasting routine checked w/ mum; officer planned visits round it, good."

# Tarnmoor's own notes on its response to diversity, about the area (not a case).
TARNMOOR_DIVERSITY = [
    ("The community liaison worker said officers ask every family about faith and festivals.", "INT_PARTNER"),
    ("Tarnmoor's diversity audit found identity considered in nine of ten reports.", "QA_AUDIT"),
]  # fmt: skip

NATIONAL = [
    (["LG4"], "development", "INT_MANAGER",
     "Senior managers believed oversight was recorded on most files and were surprised when inspectors showed them it was not."),
    (["LG1"], "development", "BOARD_PAPERS",
     "The regional improvement plan lists aims but has no targets, dates or owners."),
    (["LG3"], "development", "PERF_DATA",
     "Reports filed on time: 58% this year against a target of 90%, with no plan to recover."),
    (["LGN4"], "strength", "INT_PARTNER",
     "The chair of the family justice board said the service leads the board's work on delay well."),
    (["LGN4"], "strength", "INT_PARTNER",
     "A board member from the local authority praised the service's data on cases waiting."),
    (["LG8"], "development", "PERF_DATA",
     "One in four officer posts is vacant and caseloads average 29 against a target of 22."),
]  # fmt: skip
NEW_HEAD = (
    ["LG1"], "strength", "INT_MANAGER",
    "The head of practice appointed in April has a clear view of where practice falls short and a "
    "plan with dates to put it right; too soon to see any change for children.",
)  # fmt: skip


def build(
    path: Path, *, new_head: bool = True, grades: dict[str, str] | None = None, faith: bool = True
) -> Small:
    """The inspection, open (see the module docstring); `new_head`: with the new head of
    practice's note (else the leadership has no strength of its own); `grades`: the
    judgements in place of the module's; `faith`: with `FAITH`, one case's note on the
    service's response to diversity (LG9)."""
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    count = {"PRIVATE": 0, "PUBLIC": 0}
    for n in range(PRIVATE + PUBLIC):
        law = "PUBLIC" if n % 3 == 2 and count["PUBLIC"] < PUBLIC else "PRIVATE"
        if count["PRIVATE"] >= PRIVATE:
            law = "PUBLIC"
        k = count[law]
        count[law] += 1
        case = s.case(area=AREAS[n % 3][0], law=law, age=("5-9", "10-13")[n % 2])
        _case(s, case, n, law, k, faith)
    if faith:
        for text, source in TARNMOOR_DIVERSITY:
            s.about_area("8a", ["LG9"], "strength", text, source)
    for crits, polarity, source, text in [*NATIONAL, *([NEW_HEAD] if new_head else [])]:
        s.national(crits, polarity, text, source)
    for jid, grade in (grades or GRADES).items():
        s.judge(jid, grade)
    return s


def _case(s: Small, case: str, n: int, law: str, k: int, faith: bool) -> None:
    """Case number `n` of all, the `k`th of its law type."""
    if n < 24:
        s.ev(case, ["SW1"], "development", UNSAFE[n % 4])
    else:
        s.ev(case, ["SW1"], "strength", SAFE)
    s.ev(
        case,
        ["QP7"],
        *(("development", ANALYSIS_WEAK[n % 3]) if n < 26 else ("strength", ANALYSIS_GOOD)),
    )
    short = k < OVERSIGHT_SHORT[law]
    s.ev(
        case,
        ["QPN4"],
        *(("development", OVERSIGHT_WEAK[k % 2]) if short else ("strength", OVERSIGHT_GOOD)),
    )
    late = k < LATE_SHORT[law]
    s.ev(case, ["QP1"], *(("development", LATE[k % 2]) if late else ("strength", ON_TIME)))
    if n == 7 and faith:
        s.ev(case, ["LG9", "QP5"], "strength", FAITH)
    if n in (3, 10, 17, 27):
        s.ev(case, ["QP5"], "strength", DIRECT_WORK[(3, 10, 17, 27).index(n)])


# A second inspection, judged outstanding (`outstanding`): 2018 framework, the same three
# areas, 18 cases, strong practice on children's wishes and managers' oversight; judges
# and magistrates strongly praise the service in five notes and one judge, in a sixth,
# praises the reports but notes a few late letters.
OUTSTANDING = {"J18-0": "outstanding", "J18-1": "outstanding", "J18-2": "outstanding",
               "J18-3": "outstanding", "J18-4": "outstanding"}  # fmt: skip
JUDGES = [
    ("strength", "The designated family judge said the reports are excellent and always on time."),
    ("strength", "Magistrates said guardians are outstanding advocates for children."),
    ("strength", "A circuit judge described the analysis as first class and highly reliable."),
    ("strength", "District judges told us the advice is exceptional and trusted."),
    ("strength", "The family court legal adviser said reports are superb and the letters very clear."),
    ("development", "A judge said the reports are thorough, but a few letters came in late."),
]  # fmt: skip
WISHES = "The report gives the girl's wishes in her own words and explains how they were weighed."
OVERSIGHT = (
    "The manager's note at allocation sets the plan, and a later note checks it was followed."
)


def outstanding(path: Path) -> Small:
    """The outstanding inspection, open (see `OUTSTANDING`)."""
    s = Small(path, areas=AREAS, framework="cafcass-2018")
    for n in range(18):
        case = s.case(area=AREAS[n % 3][0], law=("PRIVATE", "PUBLIC")[n % 3 == 2])
        s.ev(case, ["QP3"], "strength", WISHES)
        s.ev(case, ["QPN4"], "strength", OVERSIGHT)
        s.ev(case, ["SW1"], "strength", SAFE)
    for polarity, text in JUDGES:
        s.national(["LG2"], polarity, text, "INT_JUDICIARY")
    for jid, grade in OUTSTANDING.items():
        s.judge(jid, grade)
    for code, _name, _visited in AREAS:
        s.judge("J18-4A", "outstanding", area=code)
    return s
