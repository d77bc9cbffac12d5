"""What practice did for a child, in the key findings (issue 15, tester 28:
an outstanding law type's key finding gave only a tally, "a strength in all of the cases
inspectors could assess", where the 2018 report says what the practice achieves for
children).

For each law type whose practice judgement is graded outstanding (not provisionally),
the first key finding stating strengths of its cases (the strongest practice, a law
type's own strengths, its grade's reasons) is followed by an example of what that
practice did for a child: a strength note of one of the law type's cases, on a criterion
the finding states, one of whose sentences states a consequence (`support.toml`
`consequence_cues`: "as a result", "so that", "has helped") and names a child, said as the body's examples
are (`examples.example`: a finding that reads alone, never used twice, never from a case
whose own notes go against it).  Nothing is said where no such note is recorded.

Likewise, for each law type whose practice judgement is graded inadequate, the first
key finding stating weaknesses of its cases (the law types' grades, the safeguarding
weaknesses said of its cases) is followed by an example of what the weak practice meant
for a child: a development note of one of the law type's cases, on a criterion the
finding states, one of whose sentences states a consequence, or that a child was left
at risk or harmed (key_findings.toml [impact] `harm_cues`), and names a child (kf30: an
inadequate public law judgement whose notes said children were left at risk read as a
list of tallies).  Nothing is said where no such note is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.casethemes import Scene, Theme, grade_rank
from exporters.draft.examples import example
from exporters.draft.fitting import Target
from exporters.draft.impact import for_a_child, harm_cues
from exporters.draft.sections import recorded_grade
from exporters.model import Sentence

OUTSTANDING = 1  # the grade rank of outstanding
INADEQUATE = 4
_STRENGTHS = ("strongest", "strongest_law", "law")  # the findings on practice strengths
# The findings on weaknesses an inadequate law type's impact may follow.
_WEAKNESSES = ("law", "safeguarding", "escalated", "weakest")


def add_impact(sc: Scene, found: Sequence[Theme]) -> None:
    """Append to a finding on an outstanding law type's strengths an example of what the
    practice did for a child (see the module docstring), once for each such law type."""
    d = sc.data
    done: set[int] = set()
    for law, jid in sc.body.laws.items():
        grade, provisional = recorded_grade(d, d.judgement(jid))
        rank = None if provisional else grade_rank(d, grade)
        if rank not in (OUTSTANDING, INADEQUATE) or law not in sc.laws:
            continue
        side, names = ("strength", _STRENGTHS) if rank == OUTSTANDING else ("weakness", _WEAKNESSES)
        for k, t in enumerate(found):
            if k in done or t.side != side or t.name not in names:
                continue
            if (t.law and t.law != law) or (side == "weakness" and not _of_law(sc, t, law)):
                continue
            said = _example(sc, law, t)
            if said is not None:
                t.sentences.append(said)
                done.add(k)
                break


def _of_law(sc: Scene, t: Theme, law: str) -> bool:
    """Whether every case finding `t` rests on is of law type `law` (a finding said of
    that law type's cases, or the law types' finding, whose first sentence is the worst
    grade's: `gradethemes.law_themes`)."""
    d = sc.data
    if t.name == "law":
        return True
    cases = {d.case[i] for s in t.sentences for r in s.evidence_ids
             if (i := d.index_of.get(r)) is not None}  # fmt: skip
    cases.discard(None)
    return bool(cases) and all(d.case_law[k] == law for k in cases if k is not None)


def _example(sc: Scene, law: str, t: Theme) -> Sentence | None:
    """An example of what a finding's practice did for a child of law type `law`, or None."""
    d = sc.data
    pool = sc.laws[law]
    support = d.words.support
    crits = [c for s in t.sentences for c in s.criteria]
    text = t.sentences[0].text
    strength = t.side == "strength"
    polarity = "strength" if strength else "development"
    harm = () if strength else harm_cues()
    for crit in dict.fromkeys(crits):
        tally = pool.tally(crit)
        cases = set(tally.pos if strength else tally.neg)
        if not cases:
            continue
        notes = [i for i in pool.records(crit, polarity) if d.case[i] in cases]
        texts = d.texts(notes)
        telling = [i for i in notes if for_a_child(support, texts[i].text, harm)]
        if not telling:
            continue
        ctx = sc.ctx
        said = example(
            pool, telling, ctx.used, ctx.voice, leads=d.words.example_leads,
            key=f"{ctx.key}|impact|{law}", target=Target(crit, polarity, law, text),
        )  # fmt: skip
        if said is not None:
            said.criteria = [crit]
            return said
    return None
