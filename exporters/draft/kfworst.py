"""The first key finding of a service with a law type judged inadequate: the worst
judgement and its main reason, first, in one sentence (issue 15, tester 30: the summary
opened "Safeguarding practice is not yet strong enough", the words of a grade requiring
improvement, and said "Practice in public law is judged to be inadequate" in the middle of
a 100-word bullet, after the private law list; the 2018 report's summary leads with the
overall judgement's reason in one plain sentence).

The main reason is a failure to keep children safe where it is found in most of the law
type's own cases: a criterion on keeping children safe (`safety.safety_criteria`) against
in more than half of at least the framework's `min_cases` cases of the law type with a
view, the most cases against first (`main_reason`).  The law type's finding then opens
"Practice in public law is judged to be inadequate: in most of the public law cases
inspectors could assess, safeguarding concerns are not followed up well enough." (`lead`,
`key_findings.toml` [frames] `law_inadequate_reason`), its other weaknesses in a sentence
after it ([frames] `law_inadequate_more`, `law_inadequate_more_widespread`).  With no such
failure, the law type's finding opens on its grade and its weaknesses, as before.

The finding comes first of all (`kforder.place`), and the safeguarding finding no longer
says the same point of the same cases (`without_lead`): what it says of the other cases
and the concerns escalated stays, after it.
"""

from __future__ import annotations

from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    grade_rank,
    material_against,
    wording,
)
from exporters.draft.concentration import share
from exporters.draft.kffaults import as_found
from exporters.draft.lowcoverage import with_base
from exporters.draft.safety import safety_criteria
from exporters.draft.sameness import fresh_wordings
from exporters.draft.sections import recorded_grade
from exporters.draft.tallies import Claim
from exporters.draft.words import capitalise, join_list

INADEQUATE = 4  # the grade rank of inadequate


def main_reason(sc: Scene, law: str) -> Claim | None:
    """The failure to keep children safe a law type's grade rests on above all: a
    criterion on keeping children safe against in more than half of at least
    `min_cases` of the law type's cases with a view, the most cases against; None where
    there is none (see the module docstring)."""
    d = sc.data
    pool = sc.laws.get(law)
    if pool is None:
        return None
    safe = set(safety_criteria(d.framework))
    found = [c for c in pool.claims() if c.criterion in safe and c.by_cases
             and 2 * len(c.tally.neg) > c.tally.views >= d.rules.min_cases]  # fmt: skip
    return max(found, key=lambda c: (len(c.tally.neg), c.tally.views), default=None)


def inadequate(sc: Scene, law: str) -> bool:
    """Whether law type `law`'s national judgement is graded inadequate (not provisional)."""
    d = sc.data
    jid = sc.body.laws.get(law)
    if jid is None:
        return False
    grade, provisional = recorded_grade(d, d.judgement(jid))
    return not provisional and grade_rank(d, grade) == INADEQUATE


def reason_clause(sc: Scene, law: str, c: Claim) -> str:
    """The main reason as the key findings say a weakness of a law type's cases: "in most
    of the public law cases inspectors could assess, safeguarding concerns are not
    followed up well enough" (`[frames] share`, with its base where few cases have a
    view: `lowcoverage.with_base`)."""
    label = f"{sc.data.framework.law_type_label(law).lower()} "
    frame = str(wording()["frames"]["share"])
    lead = with_base(c.tally, frame.format(share=share(sc, c.tally), law=label, in_area=""),
                     c.words.noun, label, "")  # fmt: skip
    options = c.words.weakness_general or c.words.weakness
    fresh = fresh_wordings(sc.ctx.voice.said, options)
    return lead + as_found(sc, c, c.tally.neg, fresh[0] if fresh else c.words.noun)


def without_lead(sc: Scene, guard: list[Theme], laws: list[Theme]) -> list[Theme]:
    """The safeguarding findings without the point the inadequate law type's finding
    opens on (`main_reason`): a claim on its criterion said of that law type's cases is
    dropped; one said of all the cases is said of the other law types' cases where they
    fail too ("In the majority of the private law cases inspectors could assess, ..."),
    else only the concerns escalated it names; a finding left with no sentence is
    dropped."""
    said = {(t.law, c.criterion) for t in laws if t.law and inadequate(sc, t.law)
            and (c := main_reason(sc, t.law)) is not None}  # fmt: skip
    if not said:
        return guard
    out = []
    escalated = str(wording()["frames"]["escalated"][0]).split("{", 1)[0]
    for t in guard:
        kept = []
        for s in t.sentences:
            if s.text.startswith(escalated):  # the concerns escalated alone: kept
                kept.append(s)
                continue
            point = next(
                ((law, c) for law, c in sorted(said) if s.role == "claim" and c in s.criteria),
                None,
            )
            if point is None:
                kept.append(s)
            elif (text := _elsewhere(sc, s.text, *point)) is not None:
                s.text = text[0]
                s.basis = "; ".join(x for x in (text[1], s.basis) if x)
                kept.append(s)
        t.sentences = kept
        if kept:
            out.append(t)
    return out


def _elsewhere(sc: Scene, text: str, law: str, crit: str) -> tuple[str, str] | None:
    """A safeguarding claim on `crit` said of all the cases, said of the law types other
    than `law` whose own cases fail on it in most of them, with the concerns escalated it
    names after it; the concerns alone where no other law type fails; None where it says
    nothing else (said of `law`'s cases, or of no law type and naming no concern), with
    the comment's line on the cases it now counts."""
    d = sc.data
    labels = {x: d.framework.law_type_label(x).lower() for x in sc.laws}
    if any(f"{label} cases" in text for label in labels.values()):
        return None  # said of one law type's cases: `law`'s (its finding says it) or another's
    head = str(wording()["frames"]["escalated_also"]).split("{", 1)[0]
    alone = ". " + str(wording()["frames"]["escalated"][0]).split("{", 1)[0]  # its own sentence
    at = text.find(head) if head in text else text.find(alone)
    tail = text[at:-1] if at >= 0 else ""
    parts, lines = [], []
    for other, pool in sc.laws.items():
        c = pool.claim(crit)
        if other == law or c is None or not c.by_cases or not material_against(d, c):
            continue
        if 2 * len(c.tally.neg) > c.tally.views >= d.rules.min_cases:
            parts.append(reason_clause(sc, other, c))
            lines.append(cases_line(c.tally, labels[other]))
    if parts:
        return capitalise(join_list(parts)) + tail + ".", "; ".join(lines)
    if tail:  # "Inspectors found safeguarding concerns in 41 cases ..."
        return capitalise(
            tail.removeprefix("; ").removeprefix(". ").replace(" also ", " ", 1)
        ) + ".", ""
    return None
