"""A hand-written inspection under the 2021 framework (no area grades) of a service whose
private law practice and leadership are inadequate (issue 15, kf28: tester 27's A15).
None of its text is the demo's, a tester's or the real report's.

Four visited areas, six private law cases each, with one note per case on each of the
six points of `NOTES`.  In Ashcombe (91), Bramwell (92) and Corrie (93) about half of
the findings go against, by turns; in Dalby (94) none does, unless `unsafe` is set: then
five of Dalby's six cases show concerns for the child's safety not followed up (SW1),
so that Dalby, though still far stronger than the others, does not bear out a good
grade (safeguarding fails in most of its cases on one aspect).
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [
    ("91", "Ashcombe", True),
    ("92", "Bramwell", True),
    ("93", "Corrie", True),
    ("94", "Dalby", True),
]

NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # criterion: (strength texts, development texts)
    "QP8": (
        (
            "The adviser met the girl by herself at her childminder's and noted her answers.",
            "Each of the twins was visited separately at school before the report.",
        ),
        (
            "The boy was only ever met with his stepfather in the room.",
            "There is no sign on the file that the child was visited at all.",
        ),
    ),
    "QP3": (
        (
            "The report sets out in the child's own phrases what she hopes for at weekends.",
            "What the boy wants about staying over at his dad's is clear and used in the advice.",
        ),
        (
            "The report says nothing of what the girl herself would like to happen.",
            "The boy's wishes are summed up in half a line and not weighed.",
        ),
    ),
    "QP2": (
        (
            "Checks with the police and the council were back and weighed before the first hearing.",
            "The early assessment names the drinking at home and what it means for the child.",
        ),
        (
            "The letter to court went without any police check being returned.",
            "The early assessment missed the mother's account of being threatened.",
        ),
    ),
    "SW1": (
        (
            "A worry raised by the school was passed to children's services the same day.",
            "When the father made a threat, the adviser told the council and the court at once.",
        ),
        (
            "A disclosure by the child at interview was not passed on to anyone for a month.",
            "The adviser knew of a new assault but did not tell children's services.",
        ),
    ),
    "QP7": (
        (
            "The analysis weighs each parent's offer against the risks and the advice follows from it.",
            "The report explains plainly why more time with the father is safe for now.",
        ),
        (
            "The report lists events but does not say what they mean for the child.",
            "The recommendation is not explained by anything in the analysis.",
        ),
    ),
    "QPN4": (
        (
            "The manager's note sets out what must be done before the report and by when.",
            "Supervision on the file challenged the adviser's first view of the risk.",
        ),
        (
            "No manager has written anything on the file since it was allocated.",
            "The manager signed the report off without comment on the missing checks.",
        ),
    ),
}


def one_good_area(path: Path, unsafe: bool = False) -> Small:
    """The inspection the module docstring describes (`unsafe`: Dalby's concerns for
    children's safety mostly not followed up)."""
    s = Small(path, areas=AREAS, framework="cafcass-2021")
    n = 0
    for code, _name, _v in AREAS:
        for j in range(6):
            n += 1
            case = s.case(area=code, law="PRIVATE", age=("5-9", "10-13", "14-15")[n % 3])
            for k, (crit, (good, weak)) in enumerate(NOTES.items()):
                dalby = unsafe and crit == "SW1" and j < 5
                bad = dalby if code == "94" else (j + k) % 2 == 0
                texts = weak if bad else good
                s.ev(case, [crit], "development" if bad else "strength", texts[n % len(texts)])
    s.judge("J21-1", "inadequate")
    s.judge("J21-2", "requires-improvement")
    s.judge("J21-3", "inadequate")
    return s
