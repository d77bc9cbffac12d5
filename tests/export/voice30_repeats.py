"""Pairs of drafted sentences written by hand (voice30, tester 29's F15), each pair near
word for word (`sameness`), one in a national section and one in an area's: "same"
says the same thing the same way (the lead is right to say it once), "different" the
same words on different points, "opposite" the same words one way and the other.

Each sentence: (text, role, direction, criteria, evidence ids).
"""

from __future__ import annotations

from typing import Literal

Spec = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
Label = Literal["same", "different", "opposite"]

PAIRS: list[tuple[Label, Spec, Spec]] = [
    # Same: a claim each, the same way, on the same criterion.
    (
        "same",
        (
            "Inspectors found that in most cases the guardian's analysis of risk to the child "
            "is thorough and well evidenced.",
            "claim",
            "for",
            ("QP7",),
            ("n1", "n2"),
        ),
        (
            "In most cases the guardian's analysis of risk to the child is thorough and well "
            "evidenced.",
            "claim",
            "for",
            ("QP7",),
            ("n2",),
        ),
    ),
    (
        "same",
        (
            "Evidence from managers shows weaknesses in how quickly new applications are "
            "allocated to a practitioner.",
            "claim",
            "against",
            ("LG8",),
            ("m1",),
        ),
        (
            "Evidence from practitioners shows weaknesses in how quickly new applications are "
            "allocated to a practitioner.",
            "claim",
            "against",
            ("LG8",),
            ("m2",),
        ),
    ),
    # An opening naming the weaknesses, and an area's weakness on one of them.
    (
        "same",
        (
            "Leadership is mostly good: of the nine aspects inspectors evaluated, six are "
            "strengths and three are weaknesses (among them the oversight of supervision "
            "records by team managers).",
            "headline",
            "",
            ("LG4", "LG8"),
            ("h1",),
        ),
        (
            "Internal audits point to shortfalls in the oversight of supervision records by "
            "team managers.",
            "claim",
            "against",
            ("LG4",),
            ("a1",),
        ),
    ),
    # A balanced claim whose shared words lie on its stronger side.
    (
        "same",
        (
            "Inspectors saw mostly strengths in the way board members scrutinise the figures on "
            "delay, although not consistently.",
            "claim",
            "balanced",
            ("LG3",),
            ("b1",),
        ),
        (
            "Inspectors saw strengths in the way board members scrutinise the figures on delay.",
            "claim",
            "for",
            ("LG3",),
            ("b2",),
        ),
    ),
    # A stakeholders' view (no direction) and a claim, drawn from the same record.
    (
        "same",
        (
            "Family court judges raised concerns about the length of position statements filed "
            "before the first hearing.",
            "views",
            "",
            (),
            ("j1", "j2"),
        ),
        (
            "Magistrates raised concerns about the length of position statements filed before "
            "the first hearing.",
            "views",
            "",
            (),
            ("j2",),
        ),
    ),
    # No direction, no evidence: the words alone say it is the same.
    (
        "same",
        (
            "Team managers hold a weekly meeting to check that every new referral has been read "
            "the same day.",
            "claim",
            "",
            (),
            (),
        ),
        (
            "Team managers hold a weekly meeting to check that every new referral has been read "
            "the same day in the area.",
            "claim",
            "",
            (),
            (),
        ),
    ),
    # Different: one frame, two criteria.
    (
        "different",
        (
            "Inspectors found that, in almost all of the cases with evidence on letters to the "
            "court, the work is sound.",
            "claim",
            "for",
            ("SW2",),
            ("c1",),
        ),
        (
            "Inspectors found that, in almost all of the cases with evidence on contact "
            "arrangements, the work is sound.",
            "claim",
            "for",
            ("QP6",),
            ("c2",),
        ),
    ),
    (
        "different",
        (
            "The quality of supervision notes is largely a strength, though not in every respect.",
            "claim",
            "balanced",
            ("LG5",),
            ("s1",),
        ),
        (
            "The quality of exit interviews is largely a strength, though not in every respect.",
            "claim",
            "balanced",
            ("LG9",),
            ("s2",),
        ),
    ),
    (
        "different",
        (
            "Staff survey results show that most practitioners would recommend the service as a "
            "place to work.",
            "claim",
            "for",
            ("LG5",),
            ("v1",),
        ),
        (
            "Staff survey results show that most practitioners would recommend the service to "
            "a friend.",
            "claim",
            "for",
            ("LG6",),
            ("v2",),
        ),
    ),
    # Neither way can be told, and the records differ: another finding.
    (
        "different",
        (
            "Managers set out a plan to bring the duty rota under one senior practitioner by "
            "the spring.",
            "claim",
            "",
            (),
            ("p1",),
        ),
        (
            "Managers set out a plan to bring the duty rota under one senior practitioner by "
            "the summer.",
            "claim",
            "",
            (),
            ("p2",),
        ),
    ),
    # Opposite: an opening naming a weakness, an area's strength on it.
    (
        "opposite",
        (
            "The leadership of the service is mostly good: of the seven aspects inspectors "
            "evaluated, five are strengths and two are weaknesses (the checks made on agency "
            "staff, and the support offered to newly qualified practitioners in their first year).",
            "headline",
            "",
            ("LG8", "LG5"),
            ("o1",),
        ),
        (
            "Audit findings show strengths in the support offered to newly qualified "
            "practitioners in their first year.",
            "claim",
            "for",
            ("LG5",),
            ("o2",),
        ),
    ),
    (
        "opposite",
        (
            "Performance information shows strengths in the timeliness of safeguarding letters "
            "sent to the court.",
            "claim",
            "for",
            ("SW2",),
            ("t1",),
        ),
        (
            "Performance information shows shortfalls in the timeliness of safeguarding letters "
            "sent to the court.",
            "claim",
            "against",
            ("SW2",),
            ("t2",),
        ),
    ),
    # An area's headline naming a weakness; a national strength on it.
    (
        "opposite",
        (
            "The service children receive in the area is not yet consistently good: although "
            "most of what inspectors found was positive, there are weaknesses in the "
            "preparation of children for their first meeting with the guardian.",
            "headline",
            "",
            ("QP5",),
            ("w1",),
        ),
        (
            "Across the service, the preparation of children for their first meeting with the "
            "guardian is effective.",
            "claim",
            "for",
            ("QP5",),
            ("w2",),
        ),
    ),
    # A balanced claim leaning against, and a strength.
    (
        "opposite",
        (
            "In audits and interviews with managers, inspectors saw more weaknesses than "
            "strengths in the handling of complaints from fathers about contact.",
            "claim",
            "balanced",
            ("LG6",),
            ("k1",),
        ),
        (
            "Complaints records reflect well on the handling of complaints from fathers about "
            "contact.",
            "claim",
            "for",
            ("LG6",),
            ("k2",),
        ),
    ),
    # A stakeholders' view both ways on one subject.
    (
        "opposite",
        (
            "Local authority managers praised the timeliness of the guardian's final analysis "
            "in care proceedings.",
            "views",
            "",
            (),
            ("l1",),
        ),
        (
            "Local authority managers criticised the timeliness of the guardian's final analysis "
            "in care proceedings.",
            "views",
            "",
            (),
            ("l2",),
        ),
    ),
    # Negated: "not yet consistently good" is the weakness.
    (
        "opposite",
        (
            "Work with children who have a disability is not yet consistently good in the "
            "private law cases inspectors read.",
            "headline",
            "",
            (),
            ("d1",),
        ),
        (
            "Work with children who have a disability is good in the private law cases "
            "inspectors read.",
            "headline",
            "",
            (),
            ("d2",),
        ),
    ),
]
