"""A small 2021-framework inspection written by hand for the law types in the body of
the draft (issue 15, law15): three visited areas of different quality, private and
public law cases in each, adoption and the rarer applications in the sample, and notes
about the organisation that name one law type.

Nothing here is the demo's or an earlier tester's text: each note is written for the
rule it tests.  Midlands (Area 6) fails its private law children (none seen as they
need to be, no sound analysis) while its public law work is good; North (Area 3) is
good in both; Coast (Area 9) is mixed.
"""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFile
from tests.export.small import Small

# Notes about the organisation, each naming one law type in its own words.
PRIVATE_FIGURE = (
    "Private law: the police and council checks were incomplete before the first "
    "hearing in 31% of applications across the country."
)
PUBLIC_FIGURE = (
    "Public law: a guardian was allocated on the day proceedings were issued in 97% of "
    "applications."
)
# A development note on a public law case that is about an enforcement application (a
# private law matter): it must never illustrate a public law sentence.
ENFORCEMENT = (
    "Enforcement application: FCA did not respond when the boy's needs changed after "
    "the last order and the contact arrangements broke down."
)

COAST_FIGURES = "Area figures: only six in ten reports were filed on time this quarter."
COAST_JUDGE = (
    "The designated family judge said the area's reports are timely and always ready for "
    "the hearing."
)
NORTH_FIGURES = "Area figures: nine in ten reports were filed on time this quarter."
NORTH_JUDGE = "The designated family judge said reports are timely and carefully prepared."

SEEN_WELL = "The girl was seen alone at school twice, with drawings used to help her talk."
NOT_SEEN = "No record that the boy was visited or spoken to before the report was filed."
SOUND = "The report weighs each option for the child and its recommendation follows from it."
UNSOUND = "The report lists the history but never says what it means for the child's safety."
NEEDS_WELL = "When the mother moved away the adviser changed the plan for contact at once."
NEEDS_POOR = (
    "The guardian was slow to respond when the girl's needs changed after her mother's new "
    "partner moved into the home."
)


class Built:
    """The inspection and the ids of the notes the tests look for."""

    def __init__(self, small: Small, ids: dict[str, str]) -> None:
        self.small = small
        self.ids = ids


def _case(s: Small, area: str, law: str, ctype: str, ref: str, age: str = "10-13") -> str:
    return s.store.put_case(CaseFile(
        ref=ref, area_code=area, law_type=law, case_type=ctype,
        stage="FINAL", age_band=age,  # type: ignore[arg-type]
    ))  # fmt: skip


def build(path: Path) -> Built:
    s = Small(path, areas=[("3", "North", True), ("6", "Midlands", True), ("9", "Coast", True)],
              framework="cafcass-2021")  # fmt: skip
    ids: dict[str, str] = {}
    n = 0

    def ref(area: str) -> str:
        nonlocal n
        n += 1
        return f"L{area}-{n:03d}"

    # Private law: good in North, failing in Midlands, mixed on the Coast.
    for area, seen_bad, sound_bad in (("3", 0, 0), ("6", 4, 4), ("9", 2, 1)):
        for k in range(4):
            case = _case(s, area, "PRIVATE", "CAO" if k % 2 else "S7", ref(area))
            s.ev(case, ["QP8"], "development" if k < seen_bad else "strength",
                 NOT_SEEN if k < seen_bad else SEEN_WELL)  # fmt: skip
            s.ev(case, ["QP7"], "development" if k < sound_bad else "strength",
                 UNSOUND if k < sound_bad else SOUND)  # fmt: skip
    # Public law: good everywhere, Midlands included.
    for area in ("3", "6", "9"):
        for _ in range(3):
            case = _case(s, area, "PUBLIC", "S31", ref(area))
            s.ev(case, ["QP8"], "strength", SEEN_WELL)
            s.ev(case, ["QP7"], "strength", SOUND)
    # Responding to changes (QPN3) in public law: weak in three cases of five, one of them
    # an enforcement note wrongly placed on a public law case (the first by reference).
    odd = _case(s, "3", "PUBLIC", "OTHER", "L0-000")
    ids["enforcement"] = s.ev(odd, ["QPN3"], "development", ENFORCEMENT)
    s.ev(odd, ["QP8"], "strength", SEEN_WELL)
    for area in ("3", "6"):
        case = _case(s, area, "PUBLIC", "S31", ref(area))
        s.ev(case, ["QPN3"], "strength", NEEDS_WELL)
    for area in ("6", "9"):
        poor = _case(s, area, "PUBLIC", "S31", ref(area))
        s.ev(poor, ["QPN3"], "development", NEEDS_POOR)
    # Adoption and the rarer applications.
    for area, ctype in (("3", "ADOPT_FROM_CARE"), ("6", "ADOPT_STEP_PARENT")):
        case = _case(s, area, "ADOPTION", ctype, ref(area))
        s.ev(case, ["QP7"], "strength", SOUND)
    for area, law, ctype in (("9", "PUBLIC", "PLACEMENT"), ("3", "PRIVATE", "LEAVE_REMOVE")):
        case = _case(s, area, law, ctype, ref(area))
        s.ev(case, ["QP7"], "strength", SOUND)
    # Timeliness in the areas: on the Coast the figures and the judge disagree; in the
    # North they agree.
    ids["coast_figures"] = s.about_area("9", ["LG3"], "development", COAST_FIGURES, "PERF_DATA")
    ids["coast_judge"] = s.about_area("9", ["LG2"], "strength", COAST_JUDGE, "INT_JUDICIARY")
    s.about_area("3", ["LG3"], "strength", NORTH_FIGURES, "PERF_DATA")
    s.about_area("3", ["LG2"], "strength", NORTH_JUDGE, "INT_JUDICIARY")
    # Notes about the organisation naming one law type, on criteria both law types share.
    ids["private_figure"] = s.national(["SW1"], "development", PRIVATE_FIGURE, "PERF_DATA")
    ids["public_figure"] = s.national(["SW3"], "strength", PUBLIC_FIGURE, "PERF_DATA")
    s.judge("J21-1", "requires-improvement")
    s.judge("J21-2", "good")
    s.judge("J21-3", "good")
    return Built(s, ids)
