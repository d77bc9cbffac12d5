"""A hand-written 2018 inspection for kf32's tests (issue 15, session 32), written by kf32
in its own words (none of it the demo's, a tester's or the real report's): a service
requiring improvement whose public law practice requires improvement for reasons another
key finding states of other cases (tester 31's A18).

Three visited areas (Ashby 41, good; Brill 42, requires improvement; Cotton 43,
inadequate), each with four private law and four public law cases (24 cases).

- Private law requires improvement: the first assessment of risk falls short in six of its
  eight cases outside Cotton (`PV_RISK_POOR`), a weakness of private law alone.
- Seeing children falls short in every Cotton case, private and public, and in two public
  law cases elsewhere (`SEEN_WEAK`): Cotton's finding names it, and it is also public law's
  weightiest weakness, six of its ten cases with a view.
- Public law's managers' oversight falls short in three of its ten cases (`OVERSEEN_POOR`),
  a minority its section calls a strength; its case recording in five of 12
  (`RECORDS_POOR`).
- `seen`: the public law cases whose children are not seen as they need to be (at most
  six, taken in order from `SEEN_WEAK`; the others with a note are seen well); with
  `seen=SPREAD` the weakness is a minority of public law's cases spread across the
  areas, and Cotton's private law children are seen well.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("41", "Ashby", True), ("42", "Brill", True), ("43", "Cotton", True)]
GRADES = {
    "J18-0": "requires-improvement", "J18-1": "requires-improvement",
    "J18-2": "requires-improvement", "J18-3": "requires-improvement",
    "J18-4": "requires-improvement",
}  # fmt: skip
AREA_GRADES = {"41": "good", "42": "requires-improvement", "43": "inadequate"}

# Public law case n sits in area AREAS[n % 3]: Cotton's are 2, 5, 8 and 11.
SEEN_WEAK = (2, 5, 8, 11, 0, 4)  # then seen well: 1, 3, 6, 7 (9 and 10 have no note)
SEEN_NOTED = (0, 1, 2, 3, 4, 5, 6, 7, 8, 11)
SPREAD = (0, 4, 8, 10)  # a minority across the areas (with `SEEN_NOTED` + 10)
OVERSEEN_POOR = (1, 6, 10)  # of ten public law cases with a note on oversight
RECORDS_POOR = (0, 4, 8, 9, 10)  # of the 12 public law cases
PV_RISK_POOR = (0, 1, 3, 4, 6, 7)  # private law cases outside Cotton (n % 3 != 2)

SEEN_BADLY = (
    "The boy was seen once, in the family kitchen with his mother listening.",
    "Nobody met the girl on her own; the only visit was at the contact centre.",
    "The guardian relied on the social worker's visits and never saw the toddler.",
    "The children were seen together for twenty minutes and not asked anything alone.",
    "The only meeting with the girl was by video, her father beside her.",
    "The teenager asked to speak alone and the guardian did not arrange it.",
)
SEEN_WELL = (
    "The guardian saw the girl alone at school and again at her foster home.",
    "The boy was visited three times, once on his own at the park he chose.",
    "Each child was seen alone, at a pace that suited their age.",
    "The guardian met the baby at home and watched her with each carer.",
)
OVERSIGHT = (
    "The team manager's note sets out the risks and what the guardian should do first.",
    "No manager has looked at the file since the case was allocated.",
)
RECORDS = (
    "Each visit is written up on the day, with what the child said.",
    "The file stops in March; three later visits are not written up.",
)
PV_RISK = (
    "The police and council checks were weighed before the first hearing.",
    "The letter to the court went before the police checks had come back.",
)
PV_WISHES = "The report gives the child's wishes in her own words and explains them."
PV_SEEN_BADLY = "The officer spoke to the boy by telephone only, with his father on the line."
PV_SEEN_WELL = "The officer met the girl alone at school before writing the report."


def build(
    path: Path,
    *,
    seen: tuple[int, ...] = SEEN_WEAK,
    leaders: tuple[tuple[str | None, list[str], str, str, str], ...] = (),
    grades: dict[str, str] | None = None,
) -> Small:
    """The inspection, open (see the module docstring); `leaders`: notes about the
    service or an area (area code or None, criteria, polarity, text, source:
    `kf32_leaders`); `grades`: national judgements in place of those of `GRADES`."""
    s = Small(path, areas=AREAS, framework="cafcass-2018")
    noted = SEEN_NOTED if seen == SEEN_WEAK else (*SEEN_NOTED, 10)
    for n in range(12):
        code = AREAS[n % 3][0]
        case = s.case(area=code, law="PRIVATE", age=("5-9", "10-13")[n % 2])
        _private(s, case, n, code, unseen=seen != SPREAD)
    for n in range(12):
        code = AREAS[n % 3][0]
        case = s.case(area=code, law="PUBLIC", age=("2-4", "10-13")[n % 2])
        if n in noted:
            weak = n in seen
            text = SEEN_BADLY[seen.index(n) % 6] if weak else SEEN_WELL[n % 4]
            s.ev(case, ["QP8"], "development" if weak else "strength", text)
        if n != 11:
            s.ev(case, ["QPN4"], *_side(OVERSIGHT, n in OVERSEEN_POOR))
        s.ev(case, ["QP11"], *_side(RECORDS, n in RECORDS_POOR))
    for area, crits, polarity, text, source in leaders:
        if area is None:
            s.national(crits, polarity, text, source)
        else:
            s.about_area(area, crits, polarity, text, source)
    for jid, grade in (GRADES | (grades or {})).items():
        s.judge(jid, grade)
    for code, grade in AREA_GRADES.items():
        s.judge("J18-4A", grade, area=code)
    return s


def _side(texts: tuple[str, str], poor: bool) -> tuple[str, str]:
    """A note's polarity and text: the second of `texts` where the work is `poor`."""
    return ("development", texts[1]) if poor else ("strength", texts[0])


def _private(s: Small, case: str, n: int, code: str, *, unseen: bool) -> None:
    """Private law case number `n` (0-11) in area `code`; `unseen`: Cotton's children
    are not seen as they need to be."""
    s.ev(case, ["QP3"], "strength", PV_WISHES)
    cotton = code == "43"
    weak = cotton and unseen
    s.ev(case, ["QP8"], *(("development", PV_SEEN_BADLY) if weak else ("strength", PV_SEEN_WELL)))
    if not cotton:
        s.ev(case, ["QP2"], *_side(PV_RISK, n in PV_RISK_POOR))
