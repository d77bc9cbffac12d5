"""A hand-written 2018 inspection for case36's tests (issue 15; tester 35's "Draft audit").

Every note here was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report.

`build`: three visited areas, eight cases each.
- Wharfedale (93), requires improvement.  The area's head of practice told one inspector
  that posts are empty and agency staff fill them; the inspector's note of it is in the
  file three times (`HEAD`: twice word for word, once re-typed in other words), beside
  one note of the area's own vacancy figures (`FIGURES`).  Counted as written, one
  interview is three (A12); counted once, one interview and the figures.
  On one case (`TWICE`), a note that the boy's wishes are missing is there twice in
  nearly the same words, beside one note that his wishes are set out: counted once, the
  case is mixed on them, not against.
  Seeing children alone (QP8): six of the eight cases' notes say the child was not seen
  on their own; the case record of five of those six says "seen alone: yes" (A16).
- Yarrow (94), good.  A mother told inspectors that her ten-year-old daughter translated
  for her at the home visit (`MOTHER`, her interview, filed under the child's voice being
  heard, QP9): a child made to interpret, counted against QP9 as the inspectors' own
  finding, not left out as a parent's view.  Two control notes from parents' interviews
  say other things (`PARENTS_OTHER`) and still count neither way.
- Zennor (95), requires improvement: good practice on the rest.

`build_laws`: safeguarding (SW1) in 28 cases over three areas: 22 private law cases, 16
of them against, and six public law cases, five against.  Most cases against are private
law (16 of 21), but public law's own share against (five of six) is higher than private
law's (16 of 22): the key finding names no law type (task 3).  `PRIVATE_WORSE`, the
control: private law worse by count and by share, named.
"""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFile
from tests.export.small import Small

AREAS = [("93", "Wharfedale", True), ("94", "Yarrow", True), ("95", "Zennor", True)]
AGES = ("5-9", "10-13", "14-15", "10-13")

HEAD = (
    "Head of practice says five of the fourteen practitioner posts stand empty and agency "
    "workers cover most of them.",
    "Head of practice says five of the fourteen practitioner posts stand empty and agency "
    "workers cover most of them.",
    "Head of practice: five of fourteen practitioner posts empty, agency workers covering "
    "most of them.",
)
FIGURES = "The area's own staffing return shows a vacancy rate twice the service's average."

NOT_ALONE = (
    "The girl was only ever seen with her father sitting in on the visit.",
    "Both visits took place in the lounge with the mother present throughout.",
    "The boy was met once at the contact centre, with the carer beside him.",
    "No time on his own with the practitioner before the report was written.",
    "The twins were seen together with their grandmother and never separately.",
    "She was seen at school but the teaching assistant stayed in the room.",
)
ALONE = "The practitioner saw the child on his own at school and again at home."
RECORD_ALONE = (True, True, False, True, True, True)
"""For each case of `NOT_ALONE`, whether its record says seen alone: five of six."""

TWICE = (
    "The report does not say what the boy himself wants about moving schools.",
    "The report does not say what the boy wants himself about moving schools.",
)
WISHES = "His drawings of both homes are described in the report in his own words."

MOTHER = (
    "Mother says her ten-year-old daughter translated for her during the practitioner's "
    "home visit, as no interpreter came."
)
PARENTS_OTHER = (
    "Father says the practitioner listened carefully and explained the next steps.",
    "Mother says she was never told when the report would be ready.",
)
YARROW_GOOD = {
    "QP3": "The girl's wishes are set out in her own words with what lies behind them",
    "QP7": "The analysis weighs each parent's plan against what the child needs",
    "QP8": "Seen alone twice, once at home and once at school",
}


def _seen_alone(s: Small, case: str, said: str) -> None:
    """Set the case's own record of the child seen alone ("yes", "no")."""
    stored = s.store.case(case)
    fields = {k: getattr(stored, k) for k in CaseFile.model_fields}
    s.store.put_case(CaseFile(**fields).model_copy(update={"seen_alone": said}), case_id=case)


def _wharfedale(s: Small) -> list[str]:
    cases = [s.case(area="93", law="PRIVATE", age=AGES[k % 4]) for k in range(8)]
    for k, text in enumerate(NOT_ALONE):
        s.ev(cases[k], ["QP8"], "development", text)
        _seen_alone(s, cases[k], "yes" if RECORD_ALONE[k] else "no")
    for case in cases[6:]:
        s.ev(case, ["QP8"], "strength", ALONE)
    for text in HEAD:
        s.about_area("93", ["LG8"], "development", text, "INT_MANAGER")
    s.about_area("93", ["LG8"], "development", FIGURES, "PERF_DATA")
    s.ev(cases[7], ["QP3"], "development", TWICE[0])
    s.ev(cases[7], ["QP3"], "development", TWICE[1])
    s.ev(cases[7], ["QP3"], "strength", WISHES)
    return cases


def _yarrow(s: Small) -> list[str]:
    cases = []
    for k in range(8):
        case = s.case(area="94", law="PUBLIC" if k % 2 else "PRIVATE", age=AGES[k % 4])
        for crit, text in YARROW_GOOD.items():
            s.ev(case, [crit], "strength", f"{text} (file {k + 1}).")
        cases.append(case)
    s.ev(cases[2], ["QP9"], "development", MOTHER, "INT_PARENT_CARER")
    s.ev(cases[3], ["QP9"], "strength", PARENTS_OTHER[0], "INT_PARENT_CARER")
    s.ev(cases[4], ["QP9"], "development", PARENTS_OTHER[1], "INT_PARENT_CARER")
    return cases


def build(path: Path) -> tuple[Small, dict[str, list[str]]]:
    """The areas of the module docstring, judged; with each area's cases by code.  The
    caller closes it."""
    s = Small(path, areas=AREAS)
    cases = {"93": _wharfedale(s), "94": _yarrow(s)}
    cases["95"] = [s.case(area="95", law="PRIVATE", age=AGES[k % 4]) for k in range(8)]
    for k, case in enumerate(cases["95"]):
        s.ev(case, ["QP7"], "strength", f"The recommendation follows from the analysis, file {k}.")
    s.judge("J18-4A", "requires-improvement", area="93")
    s.judge("J18-4A", "good", area="94")
    s.judge("J18-4A", "requires-improvement", area="95")
    return s, cases


UNSAFE = (
    "Police information about a call-out to the home was never asked for.",
    "The health visitor's worry about bruising is not followed up anywhere on the file.",
    "The practitioner learned of the new partner's convictions and told no one.",
    "A referral from the school waited three weeks before anyone read it.",
)
SAFE = "The practitioner passed the school's worry to the local authority the same day."
LAWS = {"PRIVATE": (22, 16), "PUBLIC": (6, 5)}
"""Law type: (cases, cases against on safeguarding)."""
PRIVATE_WORSE = {"PRIVATE": (22, 17), "PUBLIC": (6, 1)}
"""A control: private law worse by count and by share (77 against 17 per cent)."""


def build_laws(path: Path, laws: dict[str, tuple[int, int]] = LAWS) -> Small:
    """`build_laws` of the module docstring (`laws`: law type -> cases, cases against on
    safeguarding): by default safeguarding weak in most of the cases, by count most of
    them private law, by share worse in public law.  The caller closes it."""
    s = Small(path, areas=[("96", "Alston", True), ("97", "Bewcastle", True),
                           ("98", "Crosby", True)])  # fmt: skip
    n = 0
    for law, (total, weak) in laws.items():
        for k in range(total):
            case = s.case(area=("96", "97", "98")[n % 3], law=law, age=AGES[n % 4])
            if k < weak:
                s.ev(case, ["SW1"], "development", UNSAFE[n % 4])
            else:
                s.ev(case, ["SW1"], "strength", SAFE)
            n += 1
    for code in ("96", "97", "98"):
        s.judge("J18-4A", "requires-improvement", area=code)
    return s
