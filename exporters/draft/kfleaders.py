"""The points of the national leadership a lead's rationale gives as the reasons for its
grade, for its key finding (issue 15, tester 35's A4: a good leadership's one reason was
the response to diversity, while the rationale read "clear strategy, good engagement
with the judiciary, learning from audits and complaints", each point borne out by board
papers, a senior judge's interview and the service's audits).

The rationale is cut into clauses at full stops, semicolons and colons and at words that
turn a sentence (`key_findings.toml` [rationale] `turns`, "not yet" being no turn), each
clause weak where it holds a weak cue (`weak_cues`), and each clause into its points at
commas and "and".  A point names a criterion of the judgement where it shares a word
with a record about the service on it on the grade's side and speaks of the criterion's
topic (`relevance.on_topic_note`), or shares two words with those records ("a clear plan
from the board" and the board's plan for the year): the lead's words and the evidence
agree on what the point is.  A point names one criterion: the one sharing most of its
words, on its topic before one not, then the one with the most records.  `servicethemes.leaders_by_criteria` names these first, in the rationale's
order, each borne out by a record at least and leaning the grade's way, then the
strongest of the others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from exporters.draft.casethemes import wording
from exporters.draft.data import DraftData
from exporters.draft.relevance import on_topic_note, stems

_POINTS = re.compile(r",|\band\b|\bas well as\b", re.IGNORECASE)
# Words of the grade, never what a point is about ("good engagement", "clear strategy"),
# and of who does it ("the board and senior leaders have ..."): the board a rationale
# names is the service's own, never by that word alone the family justice board.
_GRADE_WORDS = stems(
    "good strong clear effective effectively positive robust board boards leaders leader "
    "senior managers manager service organisation staff team teams"
)


def _clauses(rationale: str) -> list[tuple[str, bool]]:
    """The rationale's clauses, each with whether it states a weakness."""
    w = wording()["rationale"]
    turns = [t for t in w["turns"] if t != "yet"]  # "not yet effective" is one clause
    cut = re.compile(
        r"[.;:!?]|\b(?:" + "|".join(re.escape(t) for t in turns) + r")\b", re.IGNORECASE
    )
    cues = "|".join(re.escape(c) for c in sorted(w["weak_cues"], key=len, reverse=True))
    cue = re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.IGNORECASE)
    parts = [p.strip(" ,") for p in cut.split(rationale)]
    return [(p, bool(cue.search(p))) for p in parts if p]


def named(data: DraftData, jid: str, side: str, records: Mapping[str, Sequence[int]]) -> list[str]:
    """The criteria (keys of `records`: each with its records about the service on
    `side`) that judgement `jid`'s rationale names as points on `side` ("strength" or
    "weakness"), in the order it names them (see the module docstring)."""
    j = data.judgement(jid)
    if j is None or not j.rationale:
        return []
    texts = {c: [data.texts(list(recs))[i].text for i in recs] for c, recs in records.items()}
    own = {c: set().union(*(stems(t) for t in ts)) - _GRADE_WORDS for c, ts in texts.items()}
    out: list[str] = []
    for clause, weak in _clauses(j.rationale):
        if weak != (side == "weakness"):
            continue
        for point in (p.strip() for p in _POINTS.split(clause)):
            words = stems(point) - _GRADE_WORDS
            if not words:
                continue
            # One criterion a point: the one sharing most of its words, on its topic
            # before one not, then the one with the most records.
            found = []
            for c in records:
                shared = len(words & own[c]) if c not in out else 0
                topic = bool(shared) and on_topic_note(data, c, point)
                if topic or shared > 1:
                    found.append((-shared, not topic, -len(records[c]), c))
            if found:
                out.append(min(found)[-1])
    return out
