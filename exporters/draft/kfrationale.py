"""The points of practice a national judgement's recorded rationale names as weaknesses
(tester 26's F12): the key findings of a service requiring improvement offered initial
risk assessment as a strength "in every area visited" (58 of 70 cases), while the
safeguarding grade's rationale said that checks and risk assessments were late or
missing in a minority of cases, the reason the grade was not good.  A strength key
finding leaves such a point out (`practicethemes.practice_themes`).

The rationale is read clause by clause: it is cut at full stops, semicolons and colons
and at words that turn a sentence ("but", "although": `key_findings.toml`, [rationale]
`turns`); a clause holding one of the `weak_cues` ("late", "missing", "not", "uneven")
names as weaknesses the criteria of that judgement whose topic it speaks of
(`relevance.on_topic_note`).  A criterion a clause with no such cue also speaks of
("relationships with children are often strong, but frequent changes of guardian ...")
is named both ways: the lead credits it as well, and it stays a strength.  The overall
judgement's rationale sums the others up and is not read, nor an area's.
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.casethemes import wording
from exporters.draft.data import DraftData
from exporters.draft.relevance import on_topic_note


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern a rationale is cut at, and the pattern of a weakness cue."""
    w = wording()["rationale"]
    turns = "|".join(re.escape(t) for t in sorted(w["turns"], key=len, reverse=True))
    cues = "|".join(re.escape(c) for c in sorted(w["weak_cues"], key=len, reverse=True))
    cut = re.compile(rf"[.;:!?]|\b(?:{turns})\b", re.IGNORECASE)
    cue = re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.IGNORECASE)
    return cut, cue


def clauses(rationale: str) -> list[tuple[str, bool]]:
    """A rationale's clauses, each with whether it states a weakness (holds a cue)."""
    cut, cue = _patterns()
    parts = [p.strip(" ,") for p in cut.split(rationale)]
    return [(p, bool(cue.search(p))) for p in parts if p]


def named_weak(data: DraftData) -> frozenset[str]:
    """The criteria that the recorded rationale of a national judgement (not the overall
    one) they inform names as weaknesses, and never as anything else (see the module
    docstring)."""
    out: set[str] = set()
    fw = data.framework
    for jdef in fw.judgements:
        j = data.judgement(jdef.id)
        if jdef.overall or jdef.scope != "national" or j is None or not j.grade:
            continue
        parts = clauses(j.rationale)
        if not any(weak for _p, weak in parts):
            continue
        for c in fw.criteria:
            if jdef.id not in c.judgements:
                continue
            said = {weak for p, weak in parts if on_topic_note(data, c.id, p)}
            if said == {True}:
                out.add(c.id)
    return frozenset(out)
