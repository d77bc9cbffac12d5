"""Hand-written inspections for the grade check's materiality (tester 18's F14): what a
good area looks like (mostly good, with some weaknesses) and an outstanding one (strong,
with isolated weaknesses), and the local services' opening that says every visited
area's grade.  None of the text is the demo's or a tester's.

Each area is ten or so cases with one note per practice criterion of `small.STRONG`
(`Small.cases_noted`), plus notes written here on keeping children safe (SW1) and on
information for families (SW4).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import STRONG, WEAK, Small

SAFE = ("A neighbour's call about shouting was checked with the police the same "
        "afternoon and the plan changed that week.")  # fmt: skip
UNSAFE = ("A school's worry about bruising sat unread on the file for a fortnight before "
          "anyone spoke to the family.")  # fmt: skip
TOLD = "The boy had a short letter after each hearing saying what the judge decided."
UNTOLD = "No one wrote to the girl to tell her what had been decided or what came next."

# Near-even: 21 of the 40 findings on practice are weaknesses (QP3 eight of ten, QP5
# six, QP7 four, QP11 three), one case all strengths.
NEAR_EVEN = [(5, {"QP3", "QP5"}), (3, {"QP3", "QP7", "QP11"}), (1, {"QP5", "QP7"}), (1, set())]
# Clearly weak: 28 of 40 (seven cases weak on all four).
CLEARLY_WEAK = [(7, {"QP3", "QP5", "QP7", "QP11"}), (3, set())]


def noted(s: Small, area: str, batches: list[tuple[int, set[str]]]) -> list[str]:
    """Cases in `area`, each batch `n` cases weak on the given criteria (strong on the
    others of `small.STRONG`)."""
    out: list[str] = []
    for n, weak in batches:
        out += s.cases_noted(area, n, weak)
    return out


def on_safety(s: Small, cases: list[str], weak: int) -> None:
    """A note on keeping the child safe (SW1) on each of `cases`: the first `weak` of
    them a weakness, the rest strengths."""
    for k, case in enumerate(cases):
        s.ev(case, ["SW1"], "development" if k < weak else "strength",
             UNSAFE if k < weak else SAFE)  # fmt: skip


def on_letters(s: Small, cases: list[str], weak: int) -> None:
    """A note on information for the child (SW4) on each of `cases`, the first `weak`
    of them a weakness."""
    for k, case in enumerate(cases):
        s.ev(case, ["SW4"], "development" if k < weak else "strength",
             UNTOLD if k < weak else TOLD)  # fmt: skip


def one_area(
    path: Path,
    grade: str,
    batches: list[tuple[int, set[str]]],
    safety: tuple[int, int] = (0, 0),
    letters: tuple[int, int] = (0, 0),
) -> Small:
    """One visited area (Area 6, Wessex) judged `grade`: its cases, and notes on safety
    and on letters on the first cases (`(how many cases, how many weak)`)."""  # fmt: skip
    s = Small(path)
    cases = noted(s, "6", batches)
    on_safety(s, cases[: safety[0]], safety[1])
    on_letters(s, cases[: letters[0]], letters[1])
    s.judge("J18-4A", grade, area="6")
    return s


LOCAL_AREAS = [
    ("21", "Fernleigh", True),  # outstanding: one weak case of three on safety
    ("22", "Holmbrook", True),  # good: 21 of 40 findings weaknesses
    ("23", "Marshgate", True),  # good, planted wrong: weak on everything
    ("24", "Tollcross", True),  # requires improvement: weak on two aspects of four
]


def local_services(path: Path) -> Small:
    """Four visited areas whose grades the local services' opening must say, one of them
    (Marshgate) disputed by its own evidence; the local services judged good."""
    s = Small(path, areas=LOCAL_AREAS)
    strong = noted(s, "21", [(10, set())])
    on_safety(s, strong[:3], 1)
    noted(s, "22", NEAR_EVEN)
    noted(s, "23", [(6, {"QP3", "QP5", "QP7", "QP11"})])
    noted(s, "24", [(6, {"QP7", "QP11"})])
    for code, grade in (("21", "outstanding"), ("22", "good"), ("23", "good"),
                        ("24", "requires-improvement")):  # fmt: skip
        s.judge("J18-4A", grade, area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.national(
        ["LG1"],
        "strength",
        "Minutes show the trustees agreed a short list of "
        "priorities in April and checked each one in October.",
        "BOARD_PAPERS",
    )
    return s


def widely_weak(path: Path, criterion: str) -> Small:
    """Two areas, 24 cases (12 in public law, 12 in private), strong on children's
    wishes and on analysis, with one criterion of the framework's group on safeguarding
    and welfare falling short in two cases of every three: `criterion` "SW4"
    (information for the child: no letter) or "SW1" (keeping the child safe), the other
    strong throughout; everything judged to require improvement."""
    s = Small(path, areas=[("31", "Ashdown", True), ("32", "Brackwater", True)])
    notes = {"SW1": (UNSAFE, SAFE), "SW4": (UNTOLD, TOLD)}
    k = 0
    for area in ("31", "32"):
        for law in ("PUBLIC", "PRIVATE"):
            for _ in range(6):
                case = s.case(area=area, law=law)
                for crit, (weak, strong) in notes.items():
                    bad = crit == criterion and k % 3 != 2
                    s.ev(
                        case, [crit], "development" if bad else "strength", weak if bad else strong
                    )
                for crit in ("QP3", "QP7"):
                    s.ev(case, [crit], "strength", STRONG[crit])
                k += 1
    for code in ("31", "32"):
        s.judge("J18-4A", "requires-improvement", area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "requires-improvement")
    return s


HEARD = "The girl's worries about moving school were put to the court in her own words."
UNHEARD = "The boy asked twice to speak to the judge; neither request is answered on file."
PARENTS = "Both parents were seen separately before the first hearing and the notes are clear."


def weak_area(path: Path) -> Small:
    """One visited area under a framework that grades no area (2021), whose case files
    weigh against: wishes and feelings fall short in all 12 cases and analysis in ten;
    listening to children splits six and six; interviews with parents are strong in
    three of the four cases with a note on them, a small split for."""
    s = Small(path, areas=[("41", "Fellside", True)], framework="cafcass-2021")
    for k in range(12):
        case = s.case(area="41")
        s.ev(case, ["QP3"], "development", WEAK["QP3"])
        s.ev(case, ["QP7"], "development" if k < 10 else "strength",
             WEAK["QP7"] if k < 10 else STRONG["QP7"])  # fmt: skip
        s.ev(case, ["QP9"], "development" if k % 2 else "strength", UNHEARD if k % 2 else HEARD)
        if k < 4:
            s.ev(case, ["QPN2"], "strength" if k < 3 else "development",
                 PARENTS if k < 3 else "Only the mother was spoken to before the hearing.")  # fmt: skip
    return s
