"""Which notes about the organisation (national evidence) a national judgement's section
may use (issue 15): those whose criteria and subject fit the section.

Criteria: the framework links one of the note's criteria to the judgement (a note is
counted on those criteria only: `judgementpool.LinkedPool`).  Subject: in a practice or law
type's section, a note whose words are most about the organisation's leaders ("the
judge said the leaders and the chief executive have listened to the court") is the
leadership sections', even where it is also tagged with a practice criterion, wherever
one of its criteria is linked to a leadership judgement; a note with no such criterion
stays where its criteria put it, so that nothing is lost.  The subjects and kinds are
data (`drafting.toml` [national_fit]); what a note is most about is `regard.subjects`.

Law type: a note whose words name one law type and not another is that law type's
section's (`other_laws`); one tagged with a criterion of the other law type's judgement
is counted, in every section, on that criterion's twin for the law type it names
(`retagged`: the criterion linked to the same judgements with the one it names in the
other's place; the 2018 and 2021 frameworks' LGS1, public law applications, and LGS2,
private law applications; `judgementpool.judgement_pool`).  "Private law:
first hearings adjourned for want of safeguarding letters", tagged with public law
applications, was dropped from the public law section and said in no law section.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from exporters.draft import regard
from exporters.draft.data import DraftData
from exporters.draft.tables import drafting_table
from exporters.draft.viewparts import names_law
from store.framework import JudgementDef


@cache
def _rules() -> tuple[frozenset[str], frozenset[str]]:
    """(the judgement kinds about practice, the subjects that belong to leadership)."""
    raw = drafting_table("national_fit")
    return frozenset(raw["practice_kinds"]), frozenset(raw["leadership_subjects"])


def practice_kinds() -> frozenset[str]:
    """The judgement kinds about practice ([national_fit] `practice_kinds`)."""
    return _rules()[0]


def leadership_criteria(data: DraftData) -> frozenset[str]:
    """The criteria the framework links to a judgement that is not about practice (the
    leadership of the organisation, of local services)."""
    practice, _ = _rules()
    w = data.words
    kinds = {j.id: w.judgement_kind(j) for j in data.framework.judgements}
    return frozenset(
        c.id for c in data.framework.criteria
        if any(kinds.get(j, "") not in practice for j in c.judgements)
    )  # fmt: skip


def about_leaders(data: DraftData, i: int) -> bool:
    """Whether record `i`'s words are most about the organisation's leaders (its first
    subject, `regard.subjects`, is one of `leadership_subjects`)."""
    _, subjects = _rules()
    named = regard.subjects(data.texts((i,))[i].text)
    return bool(named) and named[0] in subjects


def leadership_notes(data: DraftData, records: Iterable[int]) -> set[int]:
    """Of `records`, those the leadership sections say rather than a practice or law
    type's: one of its criteria is linked to a leadership judgement
    (`leadership_criteria`) and its words are most about the leaders (`about_leaders`)."""
    theirs, crits = leadership_criteria(data), data.crits
    return {i for i in records if not theirs.isdisjoint(crits[i]) and about_leaders(data, i)}


def fitting(data: DraftData, jdef: JudgementDef, linked: frozenset[str]) -> list[int]:
    """The notes about the organisation that the judgement's section uses: each carrying
    a criterion in `linked` (those the framework links to the judgement) and, in a
    practice or law type's section, none that is the leadership sections' to say
    (`leadership_notes`; see the module docstring), and, in a law type's, none that is
    another law type's (`other_laws`)."""
    crits = data.crits
    mine = [i for i in data.national if not linked.isdisjoint(crits[i])]
    kind = data.words.judgement_kind(jdef)
    practice, _ = _rules()
    if kind not in practice:
        return mine
    leaders = leadership_notes(data, mine) | other_laws(data, mine, kind)
    return [i for i in mine if i not in leaders]


def retagged(data: DraftData) -> dict[int, tuple[str, str]]:
    """The notes about the organisation tagged with a criterion of one law type's
    judgement whose words name another law type and not that one, each with the
    criterion it is tagged with and its twin for the law type it names (`twins`): the
    criterion it is counted on in every section the twin is linked to, and in no
    section on the law type it is tagged with."""
    w, fw = data.words, data.framework
    law_of = {
        j.id: law for j in fw.judgements if (law := w.kind_law_types.get(w.judgement_kind(j), ""))
    }
    pairs = twins(data)
    recs = [i for i in data.national if any(c in pairs for c in data.crits[i])]
    if not recs:
        return {}
    texts = data.texts(recs)
    out = {}
    for i in recs:
        text = texts[i].text
        for c in sorted(data.crits[i]):
            for theirs, twin in pairs.get(c, {}).items():
                if names_law(data, text, law_of[theirs]) and not any(
                    names_law(data, text, law) for j, law in law_of.items() if j != theirs
                ):
                    out[i] = (c, twin)
    return out


def twins(data: DraftData) -> dict[str, dict[str, str]]:
    """Each criterion linked to exactly one law type's judgement, with its twin for each
    other law type's judgement: the one criterion linked to the same judgements with
    that one in the first's place (LGS1, public law applications, and LGS2, private law
    applications, both also the leadership's)."""
    fw, w = data.framework, data.words
    laws = {j.id for j in fw.judgements if w.kind_law_types.get(w.judgement_kind(j), "")}
    by_links: dict[frozenset[str], list[str]] = {}
    for c in fw.criteria:
        by_links.setdefault(frozenset(c.judgements), []).append(c.id)
    out: dict[str, dict[str, str]] = {}
    for c in fw.criteria:
        js = frozenset(c.judgements)
        mine = js & laws
        if len(mine) != 1:
            continue
        for other in laws - js:
            found = by_links.get((js - mine) | {other}, [])
            if len(found) == 1:
                out.setdefault(c.id, {})[other] = found[0]
    return out


def other_laws(data: DraftData, records: Iterable[int], kind: str) -> set[int]:
    """Of `records` (notes about the organisation), those a section of judgement kind
    `kind` on one law type leaves to another's (issue 15, tester 14 claim 9): their
    words name another law type and never this one (`viewparts.names_law`: the law
    type's own name, "Private law: checks late in 29% of cases", or its cues).  Such a
    note is said, or marked as not drafted, in the section of the law it names, never
    as a finding about this one.  None in a section on no one law type."""
    law = data.words.kind_law_types.get(kind, "")
    if not law:
        return set()
    others = [lt for lt in data.words.law_cues if lt != law]
    recs = list(records)
    texts = data.texts(recs)
    return {
        i for i in recs
        if not names_law(data, texts[i].text, law)
        and any(names_law(data, texts[i].text, lt) for lt in others)
    }  # fmt: skip
