"""Everything a draft is counted from, read from the store once (`load`).

Evidence is held as columns (`store.report_data.EvidenceColumns`): index i is one
record, and the draft works with these indices.  Cases are numbered 1, 2, ... in
reference order (0: no case) and every tally is a set of these small ints.  The text of
the few records a draft quotes or excerpts is read from the store when first asked for
(`texts`), so draft while the store is open.

The tally rule (one rule, one denominator, both directions)
-----------------------------------------------------------
A sampled case has a *view* on a criterion when it is graded on it on the four-point
scale, or, ungraded, has strength or development evidence on it.  It counts

- *for* the criterion when graded good or better, or, ungraded, when its strength
  evidence outweighs its development evidence;
- *against* it when graded below good, or, ungraded, when its development evidence
  outweighs its strengths;
- *mixed* when, ungraded, the two are equal.

A *hedged* note (`support.toml` [hedged]: a plan not yet in effect, or an effect it is
too early to see: "a new tracker is in place but it is too early to see its impact")
is neutral: it counts neither for nor against, whatever polarity it was recorded with.
A case whose only evidence on a criterion is hedged has no view on it (it is not
mixed: the note says nothing yet either way), and the comment says how many hedged
notes there are ("1 note says it is too early to tell").  Hedged notes are found once
per draft (`hedged`): the full-text index gives the few strength notes holding one of
the cues (`Store.strengths_saying`), and only their texts are read and checked.

Only the inspectors' own evidence on a case is weighed: a note of what a stakeholder
told inspectors (a judge, the local authority, a partner agency, a parent or carer, the
survey of families: `drafting.toml` `partner_quotes` and `family_quotes`) is their view,
said as theirs, and never makes a case count for or against a criterion; but a note
that a child was made to interpret for an adult in the family is a fact of the case,
whoever told it, and is weighed as the inspectors' own (`interpreting`).  A note that
reads as one its author already had on the same case (or area), with the same finding
and source, is counted once (`nearcopies`).

A case graded "not applicable" or "not enough evidence" has no view.  Every share the
draft states, for or against, is of the cases with a view (for + against + mixed).

Safeguarding escalations
------------------------
A note may carry a safeguarding concern that inspectors escalate to senior managers,
with its status ("needs-escalation": still open; "escalated").  `escalations` holds
them by record index; a section states how many of its cases were escalated and how
many were still open, by count alone (`exporters.draft.coverage`).

Which cases a section counts
----------------------------
An area's section counts the area's own sample (`AREA_SAMPLE`: sampled, tracked,
thematic or substitute cases), never a case of the national sample, one not in any
sample, or one replaced by a substitute, even when someone recorded evidence on it.
The national sections count every case read (with evidence or a grade) except a
replaced one: the national sample is theirs.
"""

from __future__ import annotations

import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress

from exporters.draft import identityaside, interpreting, nearcopies
from exporters.draft.words import Words, words
from store.framework import DraftingRules, Framework
from store.models import (
    StoredArea,
    StoredEvidence,
    StoredGrading,
    StoredInspection,
    StoredInspector,
    StoredJudgement,
)
from store.report_data import CaseFact, EvidenceColumns, EvidenceText, GradingFact
from store.store import Store

GOOD_RANK = 2  # a grading of rank 1 or 2 (outstanding, good) counts for a criterion
AREA_SAMPLE = frozenset({"area-sampled", "area-tracked", "thematic", "substitute"})


@dataclass
class DraftOptions:
    """What the lead chooses when exporting."""

    start_number: int = 1
    footnotes: bool = True


@dataclass
class DraftData:
    """Everything a draft is counted from (see the module docstring)."""

    framework: Framework
    inspection: StoredInspection
    areas: list[StoredArea]
    cases: list[CaseFact]
    columns: EvidenceColumns
    gradings: list[GradingFact]
    judgements: list[StoredJudgement]
    inspectors: list[StoredInspector]
    store: Store | None = None
    case_by_id: dict[str, CaseFact] = field(default_factory=dict)
    # Safeguarding concerns inspectors flagged to escalate to senior managers: evidence
    # id -> status ("needs-escalation": still open; "escalated").
    escalation_status: dict[str, str] = field(default_factory=dict)
    # Each one's concern as the inspector recorded it for senior managers (`concerns`).
    escalation_concern: dict[str, str] = field(default_factory=dict)
    area_by_code: dict[str, StoredArea] = field(default_factory=dict)
    # The strength notes that may be hedged (`Store.strengths_saying`), checked here.
    hedge_candidates: list[EvidenceText] = field(default_factory=list)
    # Notes written twice by one inspector: (copy id, earlier id) (`nearcopies`).
    written_twice: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words: Words = words()
        self.rules: DraftingRules = self.words.rules(self.framework)
        self.framework_ids = frozenset(c.id for c in self.framework.criteria)
        # each criterion's place in the framework, to list criteria in its order
        self.criterion_rank = {c.id: k for k, c in enumerate(self.framework.criteria)}
        self.case_by_id = {c.id: c for c in self.cases}
        self.area_by_code = {a.code: a for a in self.areas}
        self._number_cases()
        self._index_records()
        self._texts: dict[int, EvidenceText] = {}
        self._read_all = False  # every record's words read (`texts`)
        self._leave_out_identity()
        self.copies, self.copied_on = nearcopies.count_once(self, self.written_twice)
        self._find_hedged()
        self._tally_criteria()
        # The escalations, by record index (a deleted record's is not counted).
        at = self.index_of if self.escalation_status else {}
        self.escalations: dict[int, str] = {
            at[rid]: status for rid, status in self.escalation_status.items()
            if rid in at and status != "none"
        }  # fmt: skip
        col = self.columns
        self._texts.update(self._hedge_texts)
        self._texts.update((t.at, t) for t in col.child_words)
        self._texts.update((t.at, t) for t in col.quotable)

        def content(t: EvidenceText) -> tuple[str, str, str, str]:
            return (t.text, t.child_words, self.ref[t.at], t.id)

        # In order of content, so the same record is chosen in every copy of the data.
        self.child_words = [t.at for t in sorted(col.child_words, key=content)]
        self.quotable = [t.at for t in sorted(col.quotable, key=content)]
        self.conflicted = set(col.conflicted)

    def notes_in_conflict(self, cases: Set[int], criteria: Iterable[str]) -> list[str]:
        """The ids of the notes in conflict on these cases (by number) and criteria: a
        sentence that counts the cases rests on them whichever side the working copy
        shows (tester 13: a note shown with the other side's finding counted for a
        sentence that did not cite it, and the export went out)."""
        wanted = set(criteria)
        return [self.ids[i] for i in sorted(self.conflicted)
                if self.case[i] in cases and wanted.intersection(self.crits[i])]  # fmt: skip

    def _number_cases(self) -> None:
        """Number the cases 1, 2, ... by reference.  A case id with no case row (a case
        deleted after its evidence was recorded) is numbered after them and stands for
        itself as its reference; it has no area, law type or age."""
        self.case_id_of = ["", *(c.id for c in self.cases)]  # case number -> case id
        self.case_ref = ["", *(c.ref for c in self.cases)]  # case number -> reference
        self.case_area: list[str | None] = [None, *(c.area_code for c in self.cases)]
        self.case_law = ["", *(c.law_type for c in self.cases)]
        self.case_age = ["unknown", *(c.age_band for c in self.cases)]
        self.case_conflict = {k for k, c in enumerate(self.cases, start=1) if c.conflict}
        self._number = {cid: k for k, cid in enumerate(self.case_id_of)}
        self.cases_in_area: dict[str, set[int]] = defaultdict(set)  # the area's sample
        self.cases_of_law: dict[str, set[int]] = defaultdict(set)
        self.replaced: set[int] = set()
        self.national_sample: set[int] = set()  # drawn for the national sample
        for k, c in enumerate(self.cases, start=1):
            if c.sample == "national":
                self.national_sample.add(k)
            if c.sample in AREA_SAMPLE:
                self.cases_in_area[c.area_code].add(k)
            if c.sample == "replaced":
                self.replaced.add(k)
            else:
                self.cases_of_law[c.law_type].add(k)
        # The cases the national sections count: every case but a replaced one.
        self.national_cases = set(range(1, len(self.cases) + 1)) - self.replaced

    def numbered(self, case_ids: list[str]) -> list[int]:
        """The case numbers of the given case ids (numbering unknown ones)."""
        number = self._number
        try:
            return list(map(number.__getitem__, case_ids))
        except KeyError:
            for cid in case_ids:
                if cid not in number:
                    number[cid] = len(self.case_id_of)
                    self.case_id_of.append(cid)
                    self.case_ref.append(cid)
                    self.case_area.append(None)
                    self.case_law.append("")
                    self.case_age.append("unknown")
            return list(map(number.__getitem__, case_ids))

    def _index_records(self) -> None:
        col = self.columns
        self._in_areas: dict[tuple[str, str | None], dict[str, list[int]]] = {}
        self.ids = col.ids
        self.case = self.numbered(col.case_ids)  # each record's case number (0: none)
        self.source = col.sources
        self.polarity = col.polarities
        self.crits = col.criteria
        self.by_criterion = col.by_criterion
        n = len(col.ids)
        self.ref = list(map(self.case_ref.__getitem__, self.case))
        # Evidence about an area (no case), by area, and about the organisation.
        self.area_level: dict[str, list[int]] = defaultdict(list)
        self.national: list[int] = []
        no_case = compress(range(n), map(operator.not_, self.case))
        self.record_area: dict[int, str] = {}
        for i, own in zip(no_case, col.area_codes, strict=True):
            (self.area_level[own] if own else self.national).append(i)
            if own:
                self.record_area[i] = own
        wanted = {*self.words.partner_sources, "PLR"}
        self.by_source: dict[str, list[int]] = defaultdict(list)
        for i in compress(range(n), map(wanted.__contains__, self.source)):
            self.by_source[self.source[i]].append(i)
        self.evidenced_cases = set(self.case) - {0}

    def _leave_out_identity(self) -> None:
        """Notes about a child's identity only, tagged with a safeguarding criterion, are
        left out of it (`identityaside`): `aside` (record -> criteria), `aside_on`."""
        self.aside = {} if self.store is None else identityaside.set_aside(
            self, lambda ix: {i: t.text for i, t in self.texts(ix).items()})  # fmt: skip
        self.aside_on: dict[str, list[int]] = defaultdict(list)
        if self.aside:
            self.crits = list(self.crits)
            self.by_criterion = {c: list(v) for c, v in self.by_criterion.items()}
        for i, left in sorted(self.aside.items()):
            self.crits[i] = tuple(c for c in self.crits[i] if c not in left)
            for c in left:
                self.by_criterion[c].remove(i)
                self.aside_on[c].append(i)

    def _find_hedged(self) -> None:
        """The strength notes that are hedged (see the module docstring), by record
        index, and by criterion in order."""
        at = self.index_of if self.hedge_candidates else {}
        hedged = self.words.support.hedged
        self._hedge_texts = {
            at[t.id]: t._replace(at=at[t.id]) for t in self.hedge_candidates if t.id in at
        }
        self.hedged = {i for i, t in self._hedge_texts.items() if hedged(t.text)}
        self.hedged_on: dict[str, list[int]] = defaultdict(list)
        for i in sorted(self.hedged):
            for c in self.crits[i]:
                self.hedged_on[c].append(i)

    def _tally_criteria(self) -> None:
        """Each criterion's cases for, against and mixed over the whole inspection (a
        section's tally is these cut down to its own cases: see `tallies.Pool`)."""
        case = self.case
        theirs = {*self.words.partner_quotes, *self.words.family_quotes}
        self.own = [s not in theirs for s in self.source]  # the inspectors' own evidence
        for i in interpreting.told_by_others(self, self.own):  # a fact, not a view (case36)
            self.own[i] = True
        strength = list(map("strength".__eq__, self.polarity))
        development = list(map("development".__eq__, self.polarity))
        hedged = self.hedged
        counted = [o and i not in hedged for i, o in enumerate(self.own)]  # weighed
        own = counted.__getitem__
        self.of_polarity: dict[tuple[str, str], list[int]] = {}
        self.cases_with: dict[str, set[int]] = {}
        weights: dict[str, tuple[Counter[int], Counter[int]]] = {}
        for crit, members in self.by_criterion.items():
            st = list(compress(members, map(strength.__getitem__, members)))
            dv = list(compress(members, map(development.__getitem__, members)))
            self.of_polarity[(crit, "strength")] = st
            self.of_polarity[(crit, "development")] = dv
            self.cases_with[crit] = set(map(case.__getitem__, members)) - {0}
            weights[crit] = (
                Counter(case[i] for i in st if own(i)),
                Counter(case[i] for i in dv if own(i)),
            )
        rank = {g.code: g.rank for g in self.framework.grades}
        graded: dict[str, set[int]] = defaultdict(set)
        good: dict[str, set[int]] = defaultdict(set)
        weak: dict[str, set[int]] = defaultdict(set)
        self.grading_conflict: dict[tuple[int, str], str] = {}
        for g, k in zip(self.gradings, self.numbered([g.case_id for g in self.gradings]),
                        strict=True):  # fmt: skip
            graded[g.criterion_id].add(k)
            if g.grade in rank:
                (good if rank[g.grade] <= GOOD_RANK else weak)[g.criterion_id].add(k)
            if g.conflict:
                self.grading_conflict[(k, g.criterion_id)] = g.id
        # Cases graded on each criterion: any grade, good or better, below good.
        self.graded, self.graded_good, self.graded_weak = graded, good, weak
        self.read_cases = self.evidenced_cases.union(*graded.values())  # with evidence or a grade
        self.cases_for: dict[str, set[int]] = {}
        self.cases_against: dict[str, set[int]] = {}
        self.cases_mixed: dict[str, set[int]] = {}
        self.cases_split: dict[str, set[int]] = {}
        empty: Counter[int] = Counter()
        for crit in dict.fromkeys([*self.by_criterion, *graded]):
            st_n, dv_n = weights.get(crit, (empty, empty))
            done = graded.get(crit, set())
            ungraded = (set(st_n) | set(dv_n)) - done - {0}
            self.cases_for[crit] = good.get(crit, set()) | {
                k for k in ungraded if st_n[k] > dv_n[k]
            }
            self.cases_against[crit] = weak.get(crit, set()) | {
                k for k in ungraded if dv_n[k] > st_n[k]
            }
            self.cases_mixed[crit] = {k for k in ungraded if st_n[k] == dv_n[k]}
            # Cases whose own notes disagree on the criterion: notes on both sides, or a
            # grading against the only side its notes are on.  The tally takes the
            # grading (or the larger side); the QA view shows the disagreement.
            noted = (set(st_n) | set(dv_n)) - {0}
            self.cases_split[crit] = {
                k for k in noted
                if (st_n[k] and dv_n[k])
                or (k in good.get(crit, ()) and not st_n[k])
                or (k in weak.get(crit, ()) and not dv_n[k])
            }  # fmt: skip

    def __len__(self) -> int:
        return len(self.ids)

    def in_areas(self, criterion: str, polarity: str | None) -> dict[str, list[int]]:
        """A criterion's records (of one polarity) about cases in an area's sample, by
        the case's area, in order (worked out once, for the area sections)."""
        key = (criterion, polarity)
        got = self._in_areas.get(key)
        if got is None:
            every = self.by_criterion.get(criterion, []) if polarity is None else (
                self.of_polarity.get((criterion, polarity), []))  # fmt: skip
            got = defaultdict(list)
            area_of, case = self.case_area, self.case
            for i in every:
                area = area_of[case[i]]
                if area is not None and case[i] in self.cases_in_area.get(area, ()):
                    got[area].append(i)
            self._in_areas[key] = got = dict(got)
        return got

    def texts(self, indices: Iterable[int]) -> dict[int, EvidenceText]:
        """The words of the given records.  The first asked for that is not held already
        reads every record's words, in one pass over the table: a whole report's draft
        asks for about half of them (9,372 of the 600-case demo's 19,212), and looked up
        by id in the 250 batches it asks in they cost twice as much."""
        wanted = [i for i in indices if i not in self._texts]
        if wanted:
            if self.store is None:
                raise RuntimeError("This draft's store is closed; draft while it is open.")
            if not self._read_all:
                self._read_all = True
                held, at = self._texts, self.index_of
                for rid, t in self.store.evidence_texts().items():
                    i = at.get(rid)
                    if i is not None and i not in held:
                        held[i] = t
            for i in wanted:  # a record deleted since the draft's data was read
                self._texts.setdefault(i, EvidenceText(self.ids[i], "", ""))
        return self._texts

    def text(self, i: int) -> str:
        """The text of record i."""
        return self.texts((i,))[i].text

    def judgement(self, judgement_id: str, area_code: str | None = None) -> StoredJudgement | None:
        """The recorded judgement (national, or for one area), if any."""
        for j in self.judgements:
            if j.judgement_id == judgement_id and j.area_code == area_code:
                return j
        return None

    @cached_property
    def index_of(self) -> dict[str, int]:
        """Each record's index (as `ids` holds them) by its id, built once per draft."""
        return {rid: i for i, rid in enumerate(self.ids)}

    @cached_property
    def evidence(self) -> list[StoredEvidence]:
        """Every evidence record with its provenance (for the CSV export)."""
        if self.store is None:
            raise RuntimeError("This draft's store is closed.")
        return self.store.all_evidence()

    @cached_property
    def stored_gradings(self) -> list[StoredGrading]:
        """Every grading with its rationale (for the CSV export)."""
        if self.store is None:
            raise RuntimeError("This draft's store is closed.")
        return self.store.all_gradings()

    def area_of(self, ev: StoredEvidence) -> str | None:
        """The area an evidence record is about: its own, or its case's."""
        if ev.area_code:
            return ev.area_code
        case = self.case_by_id.get(ev.case_id or "")
        return case.area_code if case else None


def case_gradings(fw: Framework, facts: list[GradingFact]) -> list[GradingFact]:
    """The grades given on criteria a case can be graded against: a grade on a case
    against a criterion about the service (the organisation's leaders, its partners) is
    no finding on that case, and the draft never counts it (tester 31, F11: one case's
    grade on LGS2 was drafted as what stakeholders said)."""
    from exporters.gradable import case_criteria

    gradable = set(case_criteria(fw))
    return [g for g in facts if g.criterion_id in gradable]


def load(store: Store, progress: Callable[[str], None] | None = None) -> DraftData:
    """Read what a draft counts from the store: a few whole-table reads of short fields,
    not one model per evidence record."""
    say = progress or (lambda _msg: None)
    say("Reading cases")
    cases = store.case_facts()
    say("Reading evidence")
    columns = store.evidence_columns(quote_sources=words().quote_sources)
    hedge_candidates = store.strengths_saying(words().support.hedge_cues)
    say("Reading gradings and judgements")
    escalated = store.escalations(open_only=False)
    return DraftData(
        framework=store.framework,
        inspection=store.inspection(),
        areas=store.areas(),
        cases=cases,
        columns=columns,
        gradings=case_gradings(store.framework, store.grading_facts()),
        judgements=store.judgements(),
        inspectors=store.inspectors(),
        store=store,
        escalation_status={e.id: e.escalation for e in escalated},
        escalation_concern={e.id: e.safeguarding for e in escalated},
        hedge_candidates=hedge_candidates,
        written_twice=store.written_twice(),
    )
