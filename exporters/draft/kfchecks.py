"""The checks a section's sentence carries for the lead, carried into the key findings
on the same point (issue 15, tester 11's second audit: listening to children was marked
"[Check before use: the note behind this may not be about listening to children]" in
two areas, and the key finding "Practice is also weak in listening to children", drawn
from the same notes, was not).

A key finding stating a criterion that a section's sentence marks as perhaps tagged
wrongly (`claims._checked`, `coverage`: none of its notes speaks of the criterion's
topic, `relevance.off_topic`) carries the same marker, the same flag for the QA
reader's view, and a line in its comment, where it rests on a note so marked: never a
finding drawn from other notes on the criterion (tester 35's A4: the national
leadership's strengths in the response to diversity, from notes on interpreters and a
Traveller liaison, carried the marker of one area's two notes against it).

A note marked so in one section is marked wherever else a claim counts it
(`carry_note_marks`, tester 13's claim 5: "direct work with each child is of a good
standard" in all ten cases counted a note on an assessment of the grandparents, marked
in its area's one-case sentence; the national sentence carried no marker and no flag).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from exporters.draft.casethemes import wording
from exporters.draft.data import DraftData
from exporters.model import Flag, Section, Sentence

TAGGED: Flag = "may be tagged wrongly"


def tag_marks(data: DraftData, body: Iterable[Section]) -> dict[str, dict[str, set[str]]]:
    """The body's markers of notes perhaps tagged wrongly, by the criterion each is
    about (the one whose noun it names, else each criterion of its sentence), each with
    the records of the sentences it marks."""
    head, _, tail = data.words.text["tag_marker"].partition("{noun}")
    pattern = re.compile(re.escape(head) + r"(.+?)" + re.escape(tail))
    out: dict[str, dict[str, set[str]]] = {}
    for sec in body:
        for s in (s for p in sec.paragraphs for s in p.sentences if TAGGED in s.flags):
            for m in pattern.finditer(s.text):
                named = [c for c in s.criteria
                         if data.words.criterion(data.framework, c).noun == m[1]]  # fmt: skip
                for c in named or s.criteria:
                    out.setdefault(c, {}).setdefault(m[0], set()).update(s.evidence_ids)
    return out


def _rests_on(s: Sentence, records: set[str]) -> bool:
    """Whether a finding rests on any of `records` (one naming no records may)."""
    return not s.evidence_ids or not records or not records.isdisjoint(s.evidence_ids)


def carry_marks(data: DraftData, findings: Sequence[Sequence[Sentence]],
                body: Iterable[Section]) -> None:  # fmt: skip
    """Each key finding's sentence on a criterion the body marks as perhaps tagged
    wrongly, marked the same (`tag_marks`), flagged, and its comment saying so."""
    marks = tag_marks(data, body)
    if not marks:
        return
    for s in (s for ss in findings for s in ss if s.role in ("claim", "headline")):
        mine = {c: [m for m, recs in marks.get(c, {}).items()
                    if m not in s.text and _rests_on(s, recs)] for c in s.criteria}  # fmt: skip
        crits = [c for c in s.criteria if mine[c]]
        new = list(dict.fromkeys(m for c in crits for m in mine[c]))
        if not new:
            continue
        s.text = " ".join([s.text, *new])
        if TAGGED not in s.flags:
            s.flags = [*s.flags, TAGGED]
        line = (
            f"a section's notes on {', '.join(crits)} may be tagged wrongly: check their criteria"
        )
        s.basis = f"{s.basis}; {line}" if s.basis else line


def _marked_notes(data: DraftData, body: Sequence[Section]) -> dict[tuple[str, str], str]:
    """The notes a section's sentence marks as perhaps tagged wrongly (`claims._checked`:
    none of its notes speaks of its criterion's topic), by criterion and record id, with
    the case reference each is on."""
    head = data.words.text["tag_marker"].partition("{noun}")[0]
    out: dict[tuple[str, str], str] = {}
    index = data.index_of
    for sec in body:
        for s in (s for p in sec.paragraphs for s in p.sentences if TAGGED in s.flags):
            if head not in s.text:
                continue  # a marker carried here (`carry_note_marks`) is not carried again
            for c in s.criteria:
                for r in s.evidence_ids:
                    if (i := index.get(r)) is not None and data.case[i]:
                        out[(c, r)] = data.ref[i]
    return out


def carry_note_marks(data: DraftData, body: Sequence[Section]) -> None:
    """Each claim in the body that counts a note another sentence marks as perhaps
    tagged wrongly (`_marked_notes`), marked for the lead ([marks] `counted_tag`),
    flagged for the QA reader's view, and its comment naming the cases: the lead who
    is told in one section that a note may not be about direct work is told so
    wherever it is counted."""
    marked = _marked_notes(data, body)
    if not marked:
        return
    marks = wording()["marks"]
    for sec in body:
        for s in (s for p in sec.paragraphs for s in p.sentences):
            if s.role != "claim" or TAGGED in s.flags:
                continue
            for c in s.criteria:
                refs = sorted({ref for r in s.evidence_ids if (ref := marked.get((c, r)))})
                if not refs:
                    continue
                noun = data.words.criterion(data.framework, c).noun
                one = len(refs) == 1
                mark = marks["counted_tag" if one else "counted_tags"].format(noun=noun)
                s.text = f"{s.text} {mark}"
                s.flags = [*s.flags, TAGGED]
                line = (f"the note{'' if one else 's'} on {', '.join(refs)} counted here "
                        f"{'is' if one else 'are'} marked in another section as perhaps not "
                        f"about {noun}: check {'its' if one else 'their'} criteria")  # fmt: skip
                s.basis = f"{s.basis}; {line}" if s.basis else line
                break
