"""Draft report sections from the evidence: pure functions from `Store` reads to a
`ReportModel`.

`load(store)` reads everything the draft needs once (a `DraftData`); the `draft_*`
functions turn it into sections without touching the database again, so the drafting
logic can be tested on hand-built data and the whole report costs one pass over the
evidence.

How a finding is drafted
------------------------
Evidence is grouped by *theme* (leadership, partners, practice, workforce: see
`wording.theme_of`, by criterion and then by source).  Within a theme each criterion is
tallied over the sampled cases: a case counts for a criterion when its grading is good or
better (or, with no grading, it has strength evidence and none against), and against it
when graded below good (or it has only development evidence).  The share picks the
proportion word (`wording.proportion_word`); the figures behind it go in the sentence's
`basis` and so into the Word comment.  Evidence about an area or the organisation rather
than one case is summarised without a proportion, naming its sources.  Each claim is
followed by its impact on children, examples are paraphrased from evidence text, the
child's own words are quoted in single quotes, and stakeholders are quoted by role only.
Weaknesses are gathered into a closing paragraph that opens with "However,".
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import compress

from exporters.model import (
    Footnote,
    FootnoteRef,
    Paragraph,
    ReportModel,
    Section,
    Sentence,
    Table,
)
from exporters.wording import (
    DEVELOPMENT_IMPACT,
    EXAMPLE_LEADS,
    FAMILY_QUOTE_SOURCES,
    GLOSSARY,
    HEADLINES,
    HOWEVER,
    NATIONAL_HEADLINES,
    PARTNER_QUOTE_SOURCES,
    PARTNER_SOURCES,
    PHRASES,
    PRACTICE_HEADLINES,
    QUOTE_PHRASE,
    QUOTE_SENTENCE,
    QUOTE_SURVEY,
    SMALL_SAMPLE,
    STAKEHOLDER_GROUPS,
    STAKEHOLDER_QUOTE_SOURCES,
    THEMES,
    NumberStyle,
    capitalise,
    join_list,
    number_text,
    phrase_for,
    pick,
    proportion_word,
    speaker,
    tally,
    theme_of,
)
from store.framework import Framework, JudgementDef
from store.models import (
    ROLE_LABELS,
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
MAX_PARAGRAPHS = 6
MIN_PARAGRAPHS = 3
MAX_SENTENCES = 8
MAX_CLAIMS = 3

THEME_TITLES = {
    "leadership": "Leadership and impact",
    "partners": "Partners",
    "practice": "Quality of practice",
    "workforce": "Workforce",
    "development": "Areas for development",
    "placeholder": "To be drafted",
}

SOURCE_NOUNS: dict[str, str] = {
    "CASE_FILE": "case files",
    "CASE_DISCUSSION": "case discussions",
    "OBS_PRACTICE": "observed practice",
    "OBS_COURT": "court observations",
    "OBS_SUPERVISION": "observed supervision",
    "OBS_TEAM_MTG": "observed team meetings",
    "INT_CHILD": "children",
    "INT_PARENT_CARER": "parents and carers",
    "INT_PRACTITIONER": "practitioners",
    "INT_MANAGER": "managers",
    "INT_JUDICIARY": "judges",
    "INT_LA": "local authority staff",
    "INT_PARTNER": "partner agencies",
    "SURVEY_USER": "the survey of children and families",
    "SURVEY_STAFF": "the staff survey",
    "PERF_DATA": "performance information",
    "QA_AUDIT": "internal audits",
    "PLR": "performance and learning reviews",
    "COMPLAINTS": "complaints",
    "BOARD_PAPERS": "board papers",
}


@dataclass
class DraftOptions:
    """What the lead chooses when exporting."""

    start_number: int = 1
    number_style: NumberStyle = "words-below-10"
    footnotes: bool = True


@dataclass
class DraftData:
    """Everything a draft is counted from, read from the store once.

    Evidence is held as columns (`store.report_data.EvidenceColumns`): index i is one
    record, and the draft works with these indices.  The text of the few records used
    as examples is read from the store when a section asks for it (`texts`), so draft
    while the store is open.
    """

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
    area_by_code: dict[str, StoredArea] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.case_by_id = {c.id: c for c in self.cases}
        self.area_by_code = {a.code: a for a in self.areas}
        # Cases are numbered 1, 2, ... in reference order (0: no case), and the draft
        # counts with these small ints: the set operations of every tally are on ints,
        # not 36-character ids.  A case id with no case row (a case deleted after its
        # evidence was recorded) is numbered after them and stands for itself as its
        # reference; it has no area or law type.
        self.case_id_of = ["", *(c.id for c in self.cases)]  # case number -> case id
        self.case_ref = ["", *(c.ref for c in self.cases)]  # case number -> reference
        self.case_area: list[str | None] = [None, *(c.area_code for c in self.cases)]
        number = {cid: k for k, cid in enumerate(self.case_id_of)}

        def numbered(case_ids: list[str]) -> list[int]:
            try:
                return list(map(number.__getitem__, case_ids))
            except KeyError:
                for cid in case_ids:
                    if cid not in number:
                        number[cid] = len(self.case_id_of)
                        self.case_id_of.append(cid)
                        self.case_ref.append(cid)
                        self.case_area.append(None)
                return list(map(number.__getitem__, case_ids))

        self._in_areas: dict[tuple[str, str | None], dict[str, list[int]]] = {}
        col = self.columns
        self.ids = col.ids
        self.case = numbered(col.case_ids)  # each record's case number (0: none)
        self.source = col.sources
        self.polarity = col.polarities
        self.crits = col.criteria
        self.by_criterion = col.by_criterion
        n = len(col.ids)
        # Each record's case reference ("" for none).  (map and compress keep these
        # whole-column passes in C.)
        self.ref = list(map(self.case_ref.__getitem__, self.case))
        self.cases_in_area: dict[str, set[int]] = defaultdict(set)
        self.cases_of_law: dict[str, set[int]] = defaultdict(set)
        for k, c in enumerate(self.cases, start=1):
            self.cases_in_area[c.area_code].add(k)
            self.cases_of_law[c.law_type].add(k)
        # Evidence about an area (no case), by area, and about the organisation.
        self.area_level: dict[str, list[int]] = defaultdict(list)
        self.national: list[int] = []
        no_case = compress(range(n), map(operator.not_, self.case))
        for i, own in zip(no_case, col.area_codes, strict=True):
            (self.area_level[own] if own else self.national).append(i)
        # Per criterion: its records of each polarity, the cases with any evidence, and
        # the cases that count for it and against it over the whole inspection (a
        # section's tally is these cut down to its own cases: see `Pool.case_tally`).
        case = self.case
        strength = list(map("strength".__eq__, self.polarity))
        development = list(map("development".__eq__, self.polarity))
        self.cases_with: dict[str, set[int]] = {}
        self.of_polarity: dict[tuple[str, str], list[int]] = {}
        strength_cases: dict[str, set[int]] = {}
        development_cases: dict[str, set[int]] = {}
        for crit, members in self.by_criterion.items():
            st = list(compress(members, map(strength.__getitem__, members)))
            dv = list(compress(members, map(development.__getitem__, members)))
            self.of_polarity[(crit, "strength")] = st
            self.of_polarity[(crit, "development")] = dv
            self.cases_with[crit] = set(map(case.__getitem__, members)) - {0}
            strength_cases[crit] = set(map(case.__getitem__, st)) - {0}
            development_cases[crit] = set(map(case.__getitem__, dv)) - {0}
        self.evidenced_cases = set(case) - {0}
        # The cases graded good or better, graded below good, and graded at all (a grade
        # outside the scale counts neither way).
        rank = {g.code: g.rank for g in self.framework.grades}
        graded: dict[str, set[int]] = defaultdict(set)
        graded_good: dict[str, set[int]] = defaultdict(set)
        graded_weak: dict[str, set[int]] = defaultdict(set)
        graded_case = numbered([g.case_id for g in self.gradings])
        for g, k in zip(self.gradings, graded_case, strict=True):
            graded[g.criterion_id].add(k)
            if g.grade in rank:
                good = rank[g.grade] <= GOOD_RANK
                (graded_good if good else graded_weak)[g.criterion_id].add(k)
        # A case counts for a criterion when graded good or better (or, ungraded, it has
        # strength evidence and none against), and against it when graded below good
        # (or, ungraded, it has development evidence).
        self.cases_for: dict[str, set[int]] = {}
        self.cases_against: dict[str, set[int]] = {}
        empty: set[int] = set()
        for crit in [*self.by_criterion, *graded]:
            done = graded.get(crit, empty)
            strong = strength_cases.get(crit, empty)
            weak = development_cases.get(crit, empty)
            self.cases_for[crit] = graded_good.get(crit, empty) | (strong - weak - done)
            self.cases_against[crit] = graded_weak.get(crit, empty) | (weak - done)
        wanted = {*PARTNER_SOURCES, "PLR"}  # the sources a paragraph sums up
        self.by_source: dict[str, list[int]] = defaultdict(list)
        for i in compress(range(n), map(wanted.__contains__, self.source)):
            self.by_source[self.source[i]].append(i)
        self._texts: dict[int, EvidenceText] = {t.at: t for t in col.child_words}
        self._texts.update((t.at, t) for t in col.quotable)

        def content(t: EvidenceText) -> tuple[str, str, str, str]:
            return (t.text, t.child_words, self.ref[t.at], t.id)

        # In order of content, so the same record is chosen in every copy of the data.
        self.child_words = [t.at for t in sorted(col.child_words, key=content)]
        self.quotable = [t.at for t in sorted(col.quotable, key=content)]

    def __len__(self) -> int:
        return len(self.ids)

    def in_areas(self, criterion: str, polarity: str | None) -> dict[str, list[int]]:
        """A criterion's records (of one polarity) about cases, by the case's area, in
        order (worked out once, for the area sections)."""
        key = (criterion, polarity)
        got = self._in_areas.get(key)
        if got is None:
            every = self.by_criterion.get(criterion, []) if polarity is None else (
                self.of_polarity.get(key, []))  # type: ignore[arg-type]  # fmt: skip
            got = {}
            area_of, case = self.case_area, self.case
            for i in every:
                area = area_of[case[i]]
                if area is not None:
                    if area in got:
                        got[area].append(i)
                    else:
                        got[area] = [i]
            self._in_areas[key] = got
        return got

    def texts(self, indices: Iterable[int]) -> dict[int, EvidenceText]:
        """The words of the given records (read from the store once each)."""
        wanted = [i for i in indices if i not in self._texts]
        if wanted:
            if self.store is None:
                raise RuntimeError("This draft's store is closed; draft while it is open.")
            got = self.store.evidence_texts([self.ids[i] for i in wanted])
            for i in wanted:
                t = got.get(self.ids[i])
                self._texts[i] = t if t else EvidenceText(self.ids[i], "", "")
        return self._texts

    def text(self, i: int) -> str:
        return self.texts((i,))[i].text

    def judgement(self, judgement_id: str, area_code: str | None = None) -> StoredJudgement | None:
        for j in self.judgements:
            if j.judgement_id == judgement_id and j.area_code == area_code:
                return j
        return None

    # The full records, for the CSV export (read when first asked for).
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
        if ev.area_code:
            return ev.area_code
        case = self.case_by_id.get(ev.case_id or "")
        return case.area_code if case else None


def load(store: Store, progress: Callable[[str], None] | None = None) -> DraftData:
    """Read what a draft counts from the store: a few whole-table reads of short fields,
    not one model per evidence record."""
    say = progress or (lambda _msg: None)
    say("Reading cases")
    cases = store.case_facts()
    say("Reading evidence")
    columns = store.evidence_columns(quote_sources=STAKEHOLDER_QUOTE_SOURCES)
    say("Reading gradings and judgements")
    return DraftData(
        framework=store.framework,
        inspection=store.inspection(),
        areas=store.areas(),
        cases=cases,
        columns=columns,
        gradings=store.grading_facts(),
        judgements=store.judgements(),
        inspectors=store.inspectors(),
        store=store,
    )


# Tallies ------------------------------------------------------------------------------


class Pool:
    """The evidence behind one section: the records of a set of cases (`case_ids`, case
    numbers: see `DraftData`) and records about an area or the organisation rather than
    a case (`wide`)."""

    def __init__(
        self,
        data: DraftData,
        case_ids: set[int],
        wide: Sequence[int],
        key: str,
        area: str | None = None,
    ):
        """`area`: set when `case_ids` are exactly the cases of that area (records are
        then taken from `DraftData.in_areas`)."""
        self.data = data
        self.area = area
        self.case_ids = case_ids
        self.wide = wide
        self.key = key
        self.wide_by_criterion: dict[str, list[int]] = defaultdict(list)
        crits = data.crits
        for i in wide:
            for c in crits[i]:
                self.wide_by_criterion[c].append(i)
        self._wide_set = set(wide)
        # The sample: cases in the pool with at least one piece of evidence.
        self.sample_size = len(case_ids & data.evidenced_cases)
        self._themes: dict[str, str] = {}
        self._tallies: dict[str, tuple[list[int], list[int]]] = {}
        self._records: dict[tuple[str, str | None], list[int]] = {}

    def criteria(self) -> list[str]:
        """The criteria with evidence in this pool."""
        d = self.data
        return [c for c in d.by_criterion
                if c in self.wide_by_criterion or not self.case_ids.isdisjoint(d.cases_with[c])]  # fmt: skip

    def has(self, i: int) -> bool:
        """Whether record i is part of this pool."""
        c = self.data.case[i]
        return c in self.case_ids if c else i in self._wide_set

    def records(self, criterion: str, polarity: str | None = None) -> list[int]:
        """The pool's records on a criterion (of one polarity), in order."""
        if (criterion, polarity) not in self._records:
            self._records[(criterion, polarity)] = self._select(criterion, polarity)
        return self._records[(criterion, polarity)]

    def _select(self, criterion: str, polarity: str | None) -> list[int]:
        d = self.data
        every = d.by_criterion.get(criterion, []) if polarity is None else (
            d.of_polarity.get((criterion, polarity), []))  # fmt: skip
        case, cases = d.case, self.case_ids
        if self.area is not None:
            mine = list(d.in_areas(criterion, polarity).get(self.area, ()))
        elif cases:
            mine = list(compress(every, map(cases.__contains__, map(case.__getitem__, every))))
        else:
            mine = []
        wide = self.wide_by_criterion.get(criterion, [])
        if polarity is not None:
            pol = d.polarity
            wide = [i for i in wide if pol[i] == polarity]
        return sorted(mine + wide) if mine and wide else mine or list(wide)

    def of_sources(self, sources: Iterable[str]) -> list[int]:
        """The pool's records from the given sources, in order."""
        d, cases = self.data, self.case_ids
        wanted = set(sources)
        mine = [i for s in wanted for i in d.by_source.get(s, ()) if d.case[i] in cases]
        wide = [i for i in self.wide if d.source[i] in wanted]
        return sorted(mine + wide)

    def theme(self, criterion: str) -> str:
        """The theme of a criterion's evidence in this pool (by its commonest source)."""
        if criterion not in self._themes:
            main = ""
            if criterion not in PHRASES:  # otherwise the phrase decides (`theme_of`)
                evs = self.records(criterion)
                src = self.data.source
                main = Counter(src[i] for i in evs).most_common(1)[0][0] if evs else ""
            self._themes[criterion] = theme_of(criterion, main)
        return self._themes[criterion]

    def refs(self, cases: Iterable[int]) -> list[str]:
        """The references of the given cases (numbers), sorted."""
        return sorted(map(self.data.case_ref.__getitem__, cases))

    def case_tally(self, criterion: str) -> tuple[list[int], list[int]]:
        """(cases for, cases against) for one criterion over the sample: a case counts
        for the criterion when graded good or better (or, ungraded, it has strength
        evidence and none against) and against it when graded below good (or, ungraded,
        it has development evidence)."""
        if criterion not in self._tallies:
            d, cases = self.data, self.case_ids
            empty: set[int] = set()
            # Cut down from the whole inspection's (the same as working the rule out
            # over `cases`: intersection distributes over union and difference).
            pos = d.cases_for.get(criterion, empty) & cases
            neg = d.cases_against.get(criterion, empty) & cases
            self._tallies[criterion] = (list(pos), list(neg))
        return self._tallies[criterion]

    def wider(self, criterion: str) -> tuple[list[int], list[int]]:
        """Evidence about the area or organisation (not one case): (strengths, developments)."""
        pol = self.data.polarity
        evs = self.wide_by_criterion.get(criterion, [])
        return ([i for i in evs if pol[i] == "strength"],
                [i for i in evs if pol[i] == "development"])  # fmt: skip


def _sources_phrase(data: DraftData, evidence: Iterable[int]) -> str:
    src = data.source
    codes = [c for c, _ in Counter(src[i] for i in evidence).most_common(3)]
    nouns = [SOURCE_NOUNS.get(c, c.lower().replace("_", " ")) for c in codes]
    if not nouns:
        return "the evidence"
    if len(nouns) == 1:
        return nouns[0]
    return ", ".join(nouns[:-1]) + " and " + nouns[-1]


def _sentence(
    text: str,
    evs: Sequence[int],
    pool: Pool,
    *,
    case_refs: list[str] | None = None,
    criteria: list[str] | None = None,
    **extra: object,
) -> Sentence:
    """A sentence traced to the evidence records `evs`: their ids, case references,
    criteria and source types (the case references and criteria given instead when the
    claim names its own: a tally's cases, the criterion tallied)."""
    d = pool.data
    ids, ref, crits, src = d.ids, d.ref, d.crits, d.source
    if case_refs is None:
        case_refs = sorted(set(map(ref.__getitem__, evs)) - {""})
    if criteria is None:
        criteria = sorted(set().union(*map(crits.__getitem__, evs)))
    return Sentence(
        text=text,
        evidence_ids=list(map(ids.__getitem__, evs)),
        case_refs=case_refs,
        criteria=criteria,
        sources=sorted(set(map(src.__getitem__, evs))),
        **extra,  # type: ignore[arg-type]
    )


# Evidence text into report prose -----------------------------------------------------

_QUOTE = re.compile(r"(?:^|(?<=[\s(:]))[‘'\"“]([^\"“”]{12,160}?)[’'\"”](?=[\s.,;:!?)]|$)")
# Before a quotation: words saying that someone said it (in the same sentence).
_SAID = re.compile(
    r"\b(?:said|says|saying|told|tells|commented|comments|remarked|added|wrote|writes|"
    r"put it|summed up|described|describes|called|calls|explained|feel|feels|felt)\b"
    r"[^.!?]{0,80}$|:\s*$",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(r"\b(?:described|describes|called|calls)\b[^.!?]{0,60}\bas\s*$|"
                        r"\b(?:called|calls)\b[^.!?]{0,40}$", re.IGNORECASE)  # fmt: skip
_WORDS = re.compile(r"[A-Za-z’']+")
# Sentences that record what the inspector did or where a note came from, not a finding.
_WORKING_NOTE = re.compile(
    r"^(?:Read|Re-read|Talked|Spoke|Speaking|Discussed|Shadowed|Interview(?:ed)?|Phone|"
    r"Telephone|Case discussion|Case file|Case record|File audit|File read|File reviewed|"
    r"Court observation|Observed|Observation|Focus group|Met|Meeting|Visited|Looked|"
    r"Checked|Noted|Note|Raised|Confirmed|Consistent|Matches|Cross-checked|Triangulat\w*|"
    r"For triangulation|Read alongside|Seen again|Similar to|Worth|Follow(?:ed)? up|"
    r"See also|In discussion|Sampled|Tracked|To check|Query|Also|Ask)\b"
    r"|\b(?:confirmed this|agreed with this|reading of the file|when interviewed|"
    r"area feedback|who agreed|in this team|in the report|other cases)\b",
    re.IGNORECASE,
)
# A sentence needing the one before it ("It kept the focus ...", "This means ...").
_NEEDS_CONTEXT = re.compile(
    r"^(?:It|This|These|That|Those|They|He|She|His|Her|Their|Both|However|But|And|So)\b"
)
# A sentence saying what the practice meant for the child (kept after the example).
_IMPACT = re.compile(
    r"^(?:As a result|Consequently|This means|This meant|This gave|This made sure|"
    r"This helped|This kept|It kept the focus|The impact for the)\b"
)
_CHILD = re.compile(
    r"\b(?:child|children|child's|children's|young (?:person|people)|young person's|baby|"
    r"infant|toddler|teenager|boy|girl|siblings?)\b",
    re.IGNORECASE,
)


def _as_clause(text: str) -> str | None:
    """A finding from evidence text, fit to follow "For example,": the first sentence
    that reads as a report sentence (8 to 40 words; not a label, a working note or a
    sentence that leans on the one before), with the next sentence when it says what
    this meant for the child ("As a result, the child felt listened to.").

    Inspectors' notes often open with a label ("Case discussion with the guardian.")
    and end with working notes ("Confirmed with the practice supervisor."); text with
    no finding is not used at all.
    """
    sentences = _split_sentences(text)
    for k, sentence in enumerate(sentences):
        head = sentence.split(":", 1)
        if len(head) == 2 and len(head[0].split()) <= 6:
            rest = head[1].strip()
            if not rest[:1].isupper():
                continue  # a label and a fragment ("Case record, stage: final hearing.")
            sentence = rest  # a label ("Area dashboard: Leaders track ...")
        if not sentence[:1].isupper() or sentence.endswith("?"):
            continue  # a working note ("case file read in full.") or a question
        if _WORKING_NOTE.search(sentence) or _NEEDS_CONTEXT.match(sentence):
            continue
        if re.search(r"\b(?:I|we|me|my|our)\b", sentence):
            continue  # the inspector's own voice
        if _QUOTE.search(sentence):
            continue  # someone's words: quoted by role (`_stakeholder_quote`), not paraphrased
        if not 8 <= len(_WORDS.findall(sentence)) <= 40:
            continue
        first = sentence.split(" ", 1)[0]
        if not (first.isupper() and len(first) > 1) and first != "Cafcass":
            sentence = sentence[0].lower() + sentence[1:]
        if sentence[-1] not in ".!":
            sentence += "."
        after = sentences[k + 1] if k + 1 < len(sentences) else ""
        if (
            _IMPACT.match(after)
            and _CHILD.search(after)
            and not _WORKING_NOTE.search(after)
            and len(_WORDS.findall(sentence + " " + after)) <= 55
        ):
            sentence += " " + after
        return sentence
    return None


@dataclass
class Used:
    """What a section (or a whole report) has already drawn on: records, and the wording
    of examples and quotations (the same note is often recorded on several cases)."""

    records: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)


EXAMPLE_BATCH = 12  # candidates whose text is read at a time
EXAMPLE_ROUNDS = 4

# Where an example is best drawn from, by paragraph: practice is illustrated by a case
# (a file, observed practice, a discussion with the practitioner), leadership and the
# workforce by evidence about the service.
_CASE_WORK = frozenset({"CASE_FILE", "OBS_PRACTICE", "CASE_DISCUSSION", "OBS_COURT"})


def _tiers(d: DraftData, evs: list[int], theme: str) -> list[list[int]]:
    """Candidates for an example, best placed first."""
    case = d.case
    about_a_case = list(map(case.__getitem__, evs))  # case numbers: 0 for none
    wide = list(compress(evs, map(operator.not_, about_a_case)))
    cases = list(compress(evs, about_a_case))
    if theme in ("leadership", "workforce"):
        return [wide, cases]
    is_work = list(map(_CASE_WORK.__contains__, map(d.source.__getitem__, cases)))
    work = list(compress(cases, is_work))
    other = list(compress(cases, map(operator.not_, is_work)))
    return [work, other, wide]


def _example(
    evs: Iterable[int],
    pool: Pool,
    key: str,
    used: Used,
    theme: str,
    lead: str | None = None,
    avoid: str = "",
) -> Sentence | None:
    """An example sentence from one of `evs` (not mentioning `avoid`), preferring one that says what happened
    for a child (see `_as_clause` for what reads as a finding).

    Records are taken by `_tiers`, then by case reference (or, for records about the
    service, by source), a few at a time: only their text is read, and records that
    rank equally are taken in order of their text, so the same evidence gives the same
    example in every copy of the database.
    """
    d = pool.data
    candidates = dict.fromkeys(evs)
    for i in used.records:
        candidates.pop(i, None)
    for tier in _tiers(d, list(candidates), theme):
        order = d.ref if tier and d.case[tier[0]] else d.source
        at = order.__getitem__
        ranked = sorted(tier, key=at)
        start = 0
        for _round in range(EXAMPLE_ROUNDS):
            if start == len(ranked):
                break
            # The next EXAMPLE_BATCH records and every record ranked equal to the last.
            last = at(ranked[min(start + EXAMPLE_BATCH, len(ranked)) - 1])
            end = bisect.bisect_right(ranked, last, lo=start, key=at)
            batch = ranked[start:end]
            start = end
            texts = d.texts(batch)
            batch.sort(key=lambda i: (order[i], texts[i].text, d.ids[i]))
            fallback: tuple[int, str] | None = None
            for i in batch:
                clause = _as_clause(texts[i].text)
                if clause is None or clause in used.texts:
                    continue
                if avoid and avoid in clause.lower():
                    continue
                if _CHILD.search(clause):
                    return _use_example(pool, key, used, i, clause, lead)
                fallback = fallback or (i, clause)
            if fallback:
                return _use_example(pool, key, used, *fallback, lead)
    return None


def _use_example(
    pool: Pool, key: str, used: Used, i: int, clause: str, lead: str | None
) -> Sentence:
    d = pool.data
    used.records.add(i)
    used.texts.add(clause)
    leads = EXAMPLE_LEADS if d.case[i] else EXAMPLE_LEADS[::2]
    opener = lead or pick(leads, key, d.text(i))
    return _sentence(f"{opener} {clause}", [i], pool, basis="Paraphrased from evidence")


def _child_words(pool: Pool, used: Used) -> Sentence | None:
    d = pool.data
    for i in d.child_words:
        if i in used.records or not pool.has(i):
            continue
        words = " ".join(d.texts((i,))[i].child_words.split()).strip(" '\"‘’“”")
        if not words or len(words.split()) > 40 or words in used.texts:
            continue
        used.records.add(i)
        used.texts.add(words)
        if words[-1] not in ".!?":
            words += "."
        lead = pick(
            ("In the words of one child,", "As one child put it,", "One child said,"), pool.key
        )
        return _sentence(f"{lead} ‘{words}’", [i], pool, quote=True, basis="The child's words")
    return None


def _stakeholder_quote(pool: Pool, used: Used, sources: frozenset[str]) -> Sentence | None:
    """A stakeholder's own words about the service, quoted by role: from an interview
    with a judge, local authority or partner (or, for practice, a parent, carer or the
    survey of families), recorded as a strength, where the note says the speaker said
    it.  Practitioners' and managers' words are evidence about their own work and are
    never quoted as a view of the service."""
    d = pool.data
    for i in d.quotable:
        if i in used.records or d.source[i] not in sources or not pool.has(i):
            continue
        if d.polarity[i] != "strength":
            continue
        text = d.texts((i,))[i].text
        for m in _QUOTE.finditer(text):
            before = text[: m.start()]
            if not _SAID.search(before):
                continue  # a quoted phrase from a record, not someone's words
            quote = " ".join(m.group(1).split()).rstrip(".,;: ")
            if quote in used.texts:
                continue  # the same words recorded twice: quoted once in a report
            who = speaker(d.source[i], text)
            if quote[:1].isupper() and len(quote.split()) >= 5:
                form = QUOTE_SURVEY if d.source[i] == "SURVEY_USER" else QUOTE_SENTENCE
                line = form.format(Who=capitalise(who), quote=quote + ".")
            elif _DESCRIBED.search(before):
                line = QUOTE_PHRASE.format(Who=capitalise(who), quote=quote)
            else:
                continue
            used.records.add(i)
            used.texts.add(quote)
            return _sentence(
                line if line.endswith((".", "’")) else line + ".",
                [i],
                pool,
                quote=True,
                basis=f"Quoted by role ({who}) from evidence",
            )
    return None


# Paragraph builders -------------------------------------------------------------------


@dataclass
class Claim:
    """One criterion's finding in a pool: a case tally or wider evidence."""

    criterion: str
    theme: str
    pos: list[int]  # case numbers
    neg: list[int]
    wider_pos: list[int]
    wider_neg: list[int]

    @property
    def total(self) -> int:
        return len(self.pos) + len(self.neg)

    @property
    def weight(self) -> int:
        return self.total + len(self.wider_pos) + len(self.wider_neg)


def _claims(pool: Pool, theme: str) -> list[Claim]:
    fw = pool.data.framework
    out: list[Claim] = []
    for crit in pool.criteria():
        if pool.theme(crit) != theme:
            continue
        pos, neg = pool.case_tally(crit)
        wp, wn = pool.wider(crit)
        claim = Claim(crit, theme, pos, neg, wp, wn)
        if claim.weight:
            out.append(claim)
    known = {c.id: i for i, c in enumerate(fw.criteria)}
    return sorted(out, key=lambda c: (-c.weight, known.get(c.criterion, 999), c.criterion))


def _criterion_text(fw: Framework, crit: str) -> str:
    try:
        return fw.criterion(crit).text
    except KeyError:
        return crit


def _by_case(fw: Framework, claim: Claim) -> bool:
    """Whether a claim may be put as a share of the sampled cases ("In most cases, ...").

    Practice findings may.  Findings on leadership criteria (in any paragraph:
    leadership, workforce or partners) are judged from evidence about the service as a
    whole (interviews, board papers, performance information), so "in many cases, senior
    managers ..." would misstate them: they are said of the service, with the case tally
    kept in the comment.
    """
    try:
        group = fw.criterion(claim.criterion).group
    except KeyError:
        return False
    return not group.upper().startswith("L")


def _strength_sentences(pool: Pool, claim: Claim, key: str, first: bool) -> list[Sentence]:
    fw = pool.data.framework
    ph = phrase_for(claim.criterion, _criterion_text(fw, claim.criterion))
    evs = pool.records(claim.criterion, "strength")
    case = pool.data.case
    out: list[Sentence] = []
    if claim.total >= 2 and len(claim.pos) >= len(claim.neg) and _by_case(fw, claim):
        word = proportion_word(len(claim.pos), claim.total)
        basis = f"{tally(len(claim.pos), claim.total)} with a view on {claim.criterion}"
        if claim.total < SMALL_SAMPLE:
            basis += " (small sample: check the word)"
        if ph.subject and pick(("a", "b"), key, claim.criterion) == "a":
            text = f"{capitalise(word)} {ph.subject} {ph.predicate}."
        else:
            text = f"In {word} cases, {ph.clause}."
        pos = set(claim.pos)
        ev_ids = list(compress(evs, map(pos.__contains__, map(case.__getitem__, evs))))
        out.append(_sentence(text, ev_ids, pool, basis=basis, case_refs=pool.refs(claim.pos),
                             criteria=[claim.criterion]))  # fmt: skip
    elif not _by_case(fw, claim) and claim.total >= 2 and len(claim.pos) >= len(claim.neg):
        # A leadership or workforce finding: said of the service, not as a share of cases;
        # the tally stays in the comment.
        pos_or_none = {*claim.pos, 0}  # 0: no case
        backing = list(compress(evs, map(pos_or_none.__contains__, map(case.__getitem__, evs))))
        src = _sources_phrase(pool.data, backing)
        form = pick(
            ("Evidence from {src} shows that {clause}.", "Inspectors found that {clause}."),
            key,
            claim.criterion,
        )
        basis = (
            f"{tally(len(claim.pos), claim.total)} with a view on {claim.criterion}, and "
            f"{len(claim.wider_pos)} strength and {len(claim.wider_neg)} development records "
            "about the service"
        )
        sent = _sentence(form.format(src=src, clause=ph.clause), backing, pool, basis=basis,
                         criteria=[claim.criterion])  # fmt: skip
        out.append(sent)
    elif len(claim.wider_pos) > len(claim.wider_neg) or (claim.wider_pos and first):
        src = _sources_phrase(pool.data, claim.wider_pos)
        form = pick(
            ("Evidence from {src} shows that {clause}.", "Inspectors found that {clause}.",
             "{Clause}."),
            key,
            claim.criterion,
        )  # fmt: skip
        text = form.format(src=src, clause=ph.clause, Clause=capitalise(ph.clause))
        out.append(
            _sentence(
                text,
                claim.wider_pos,
                pool,
                basis=f"{len(claim.wider_pos)} strength and {len(claim.wider_neg)} development "
                f"records about the service on {claim.criterion}",
            )
        )
    else:
        return []
    out.append(
        Sentence(text=ph.impact, criteria=[claim.criterion], basis="Impact of the claim above")
    )
    return out


def _theme_paragraph(
    pool: Pool, theme: str, used: Used, lead: list[Sentence] | None = None
) -> Paragraph | None:
    sentences = list(lead or [])
    claims = _claims(pool, theme)
    drafted: list[Claim] = []
    for claim in claims:
        if len(drafted) >= MAX_CLAIMS:
            break
        new = _strength_sentences(pool, claim, f"{pool.key}|{theme}", first=not sentences)
        if new:
            # Keep one impact sentence per two claims so the paragraph does not repeat itself.
            if len(drafted) % 2 == 1:
                new = new[:1]
            sentences += new
            drafted.append(claim)
    if theme == "partners":
        quote = _stakeholder_quote(pool, used, PARTNER_QUOTE_SOURCES)
        d = pool.data
        stake = pool.of_sources(sorted(PARTNER_SOURCES))
        if stake:
            pos = [i for i in stake if d.polarity[i] == "strength"]
            present = {d.source[i] for i in pos}
            groups = [g for src, gs in STAKEHOLDER_GROUPS.items() if src in present for g in gs]
            if len(pos) * 2 >= len(stake) and groups:
                who = join_list(groups)
                sentences.insert(
                    len(lead or []),
                    _sentence(
                        f"{capitalise(who)} value the contribution that practitioners and "
                        "managers make to children's cases.",
                        pos,
                        pool,
                        basis=f"{len(pos)} of {len(stake)} records from stakeholders are strengths",
                    ),
                )
        if quote:
            sentences.append(quote)
    if theme == "practice":
        words = _child_words(pool, used)
        if words:
            sentences.append(words)
        family = _stakeholder_quote(pool, used, FAMILY_QUOTE_SOURCES)
        if family and len(sentences) < MAX_SENTENCES - 1:
            sentences.append(family)
    plr: list[int] = []
    if theme == "workforce":
        d = pool.data
        plr = [i for i in pool.of_sources(["PLR"]) if d.polarity[i] == "strength"]
        if plr:
            sentences.append(
                _sentence(
                    "Regular performance and learning reviews help practitioners to reflect on "
                    "the quality of their work with children.",
                    plr,
                    pool,
                    basis=f"{len(plr)} strength records from performance and learning reviews",
                )
            )
    if len(sentences) - len(lead or []) >= 1 and len(sentences) < MAX_SENTENCES:
        # An example of what the paragraph claims: strength evidence on its claims.
        strengths = [i for c in drafted for i in pool.records(c.criterion, "strength")]
        if theme == "workforce" and plr:  # summed up above; an example would repeat it
            strengths = [i for i in strengths if pool.data.source[i] != "PLR"]
        avoid = "performance and learning review" if plr else ""
        ex = _example(strengths, pool, f"{pool.key}|{theme}", used, theme, avoid=avoid)
        if ex:
            sentences.append(ex)
    if len(sentences) <= len(lead or []) and not lead:
        return None
    return Paragraph(theme=theme, sentences=sentences[:MAX_SENTENCES])


def _development_paragraph(pool: Pool, used: Used) -> Paragraph | None:
    fw = pool.data.framework
    case = pool.data.case
    weak: list[tuple[int, str, list[int], list[int]]] = []
    for crit in pool.criteria():
        _pos, neg = pool.case_tally(crit)
        _wp, wn = pool.wider(crit)
        if neg or wn:
            weak.append((len(neg) + len(wn), crit, neg, wn))
    if not weak:
        return None
    weak.sort(key=lambda w: (-w[0], w[1]))
    sample = max(pool.sample_size, 1)
    sentences: list[Sentence] = []
    for i, (_n, crit, neg, wn) in enumerate(weak[:3]):
        ph = phrase_for(crit, _criterion_text(fw, crit))
        against = {*neg, 0}  # 0: no case
        dev = pool.records(crit, "development")
        evs = list(compress(dev, map(against.__contains__, map(case.__getitem__, dev))))
        if neg:
            word = proportion_word(len(neg), sample)
            basis = f"{tally(len(neg), sample)} sampled with a weakness on {crit}"
            if i == 0:
                text = pick(HOWEVER, pool.key).format(prop=word, weak=ph.weak)
            else:
                text = pick(
                    (
                        "In {prop} cases, {weak}.",
                        "Inspectors also found {prop} cases where {weak}.",
                    ),
                    pool.key,
                    crit,
                ).format(prop=word, weak=ph.weak)
            sent = _sentence(text, evs, pool, basis=basis, case_refs=pool.refs(neg),
                             criteria=[crit])  # fmt: skip
        else:
            opener = "However, inspectors found" if i == 0 else "Inspectors also found"
            src = _sources_phrase(pool.data, wn)
            sent = _sentence(
                f"{opener} from {src} that, at times, {ph.weak}.",
                wn,
                pool,
                basis=f"{len(wn)} development records about the service on {crit}",
            )
        sentences.append(sent)
        if i == 0:
            ex = _example(evs, pool, f"{pool.key}|dev", used, "development", lead="For example,")
            if ex:
                sentences.append(ex)
    sentences.append(
        Sentence(
            text=pick(DEVELOPMENT_IMPACT, pool.key),
            basis="Impact of the weaknesses above",
            criteria=sorted({c for _n, c, _neg, _wn in weak[:3]}),
        )
    )
    return Paragraph(theme="development", sentences=sentences[:MAX_SENTENCES])


def _placeholder(theme: str, where: str) -> Paragraph:
    return Paragraph(
        theme="placeholder",
        sentences=[
            Sentence(
                text=f"[Add findings about {theme} in {where}: no evidence on this theme is "
                "recorded yet.]",
                basis="No evidence recorded",
            )
        ],
    )


def _judgement_lead(data: DraftData, jdef: JudgementDef | None, area_code: str | None,
                    key: str, kind: str) -> list[Sentence]:  # fmt: skip
    """The opening sentences: a headline matched to the grade, then the lead's rationale."""
    if jdef is None:
        return []
    j = data.judgement(jdef.id, area_code)
    grade = j.grade if j else None
    rid = j.id if j else ""
    basis = f"Judgement {jdef.id}" + (f" (Area {area_code})" if area_code else "")
    out: list[Sentence] = []
    if grade is None:
        out.append(
            Sentence(
                text="[Headline to follow when the judgement is made.]",
                basis=basis + ": not yet judged",
            )
        )
    else:
        options = HEADLINES.get(grade, HEADLINES["good"])
        if kind in ("private", "public"):
            options = PRACTICE_HEADLINES.get(grade, PRACTICE_HEADLINES["good"])
        elif kind in ("leadership", "local"):
            options = NATIONAL_HEADLINES.get(grade, NATIONAL_HEADLINES["good"])
        out.append(
            Sentence(
                text=pick(options, key).format(law=f"{kind} law"),
                basis=f"{basis}: {data.framework.grade(grade).label}",
                evidence_ids=[rid] if rid else [],
            )
        )
    if j and j.rationale.strip():
        for part in _split_sentences(j.rationale):
            out.append(
                Sentence(
                    text=part,
                    basis=f"{basis}: the rationale recorded with the grade",
                    evidence_ids=[rid],
                )  # fmt: skip
            )
    return out


def _split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z‘'\"])", " ".join(text.split()))
    out = []
    for p in parts:
        p = p.strip()
        if p:
            out.append(p if p[-1] in ".!?’'\"" else p + ".")
    return out


def _assemble(
    paragraphs: list[Paragraph | None], where: str, minimum: int = MIN_PARAGRAPHS
) -> list[Paragraph]:
    """Keep 3 to 6 paragraphs: fold thin ones into their neighbour, pad with placeholders."""
    kept: list[Paragraph] = []
    for p in paragraphs:
        if p is None or not p.sentences:
            continue
        if kept and len(p.sentences) < 2 and p.theme != "development":
            merged = kept[-1].sentences + p.sentences
            kept[-1] = kept[-1].model_copy(update={"sentences": merged[:MAX_SENTENCES]})
            continue
        kept.append(p)
    missing = [t for t in ("quality of practice", "partnership working", "the workforce")
               if t not in {THEME_LABEL.get(p.theme, "") for p in kept}]  # fmt: skip
    while len(kept) < minimum and missing:
        kept.insert(len(kept) - (1 if kept and kept[-1].theme == "development" else 0),
                    _placeholder(missing.pop(0), where))  # fmt: skip
    return kept[:MAX_PARAGRAPHS]


THEME_LABEL = {"practice": "quality of practice", "partners": "partnership working",
               "workforce": "the workforce"}  # fmt: skip


# Sections -----------------------------------------------------------------------------


def area_judgement(fw: Framework) -> JudgementDef | None:
    """The framework's per-area judgement, if it has one (the 2021 framework does not)."""
    return next((j for j in fw.judgements if j.scope == "area"), None)


def area_heading(data: DraftData, code: str) -> str:
    area = data.area_by_code[code]
    jdef = area_judgement(data.framework)
    if jdef is None:
        return f"Findings in {area.name} (Area {code})"
    j = data.judgement(jdef.id, code)
    return data.framework.heading_for(jdef.id, j.grade if j else None, area.name, code)


def draft_area_section(data: DraftData, code: str, used: Used | None = None) -> Section:
    """The findings section for one visited area, numbered from 1 (see `number`).

    `used`: what earlier sections of the same report quoted, so that no example, child's
    words or stakeholder's quotation is repeated (a new one for a section on its own)."""
    if code not in data.area_by_code:
        from store.errors import NotFoundError

        known = ", ".join(a.code for a in data.areas if a.visited) or "none"
        raise NotFoundError(f"There is no service area {code!r} (visited areas: {known}).")
    area = data.area_by_code[code]
    pool = Pool(data, data.cases_in_area.get(code, set()), data.area_level.get(code, []),
                key=f"area|{code}", area=code)  # fmt: skip
    jdef = area_judgement(data.framework)
    used = Used() if used is None else used
    lead = _judgement_lead(data, jdef, code, pool.key, "area")
    paras = [
        _theme_paragraph(pool, "leadership", used, lead=lead or None),
        _theme_paragraph(pool, "partners", used),
        _theme_paragraph(pool, "practice", used),
        _theme_paragraph(pool, "workforce", used),
        _development_paragraph(pool, used),
    ]
    j = data.judgement(jdef.id, code) if jdef else None
    return Section(
        kind="area",
        heading=area_heading(data, code),
        level=2,
        judgement_id=jdef.id if jdef else None,
        area_code=code,
        grade=j.grade if j else None,
        paragraphs=_assemble(paras, f"{area.name}"),
    )


def _judgement_kind(jdef: JudgementDef) -> str:
    t = (jdef.title + " " + jdef.heading).lower()
    if "private law" in t:
        return "private"
    if "public law" in t:
        return "public"
    if "local services" in t:
        return "local"
    return "leadership"


def draft_judgement_section(
    data: DraftData, jdef: JudgementDef, used: Used | None = None
) -> Section:
    """A national judgement's section: its heading sentence and findings (`used` as for
    `draft_area_section`)."""
    kind = _judgement_kind(jdef)
    linked = {c.id for c in data.framework.criteria if jdef.id in c.judgements}
    used = Used() if used is None else used
    wide: list[int]
    cases: set[int] = set()
    if kind in ("private", "public"):
        cases = data.cases_of_law.get("PRIVATE" if kind == "private" else "PUBLIC", set())
        crits = data.crits
        wide = [i for i in data.national if not linked.isdisjoint(crits[i])]
    elif kind == "local":
        wide = sorted(i for evs in data.area_level.values() for i in evs)
    else:
        wide = data.national
    pool = Pool(data, cases, wide, key=f"judgement|{jdef.id}")
    lead = _judgement_lead(data, jdef, None, pool.key, kind)
    if kind == "local":
        lead += _local_services_summary(data)
    if cases:
        paras = [
            Paragraph(theme="leadership", sentences=lead) if lead else None,
            _theme_paragraph(pool, "practice", used),
            _theme_paragraph(pool, "partners", used),
            _development_paragraph(pool, used),
        ]
    else:
        paras = [
            _theme_paragraph(pool, "leadership", used, lead=lead or None),
            _theme_paragraph(pool, "partners", used),
            _theme_paragraph(pool, "workforce", used),
            _development_paragraph(pool, used),
        ]
    j = data.judgement(jdef.id)
    return Section(
        kind="judgement",
        heading=data.framework.heading_for(jdef.id, j.grade if j else None),
        level=2,
        judgement_id=jdef.id,
        grade=j.grade if j else None,
        paragraphs=_assemble(paras, "this judgement", minimum=1),
    )


def _local_services_summary(
    data: DraftData, style: NumberStyle = "words-below-10"
) -> list[Sentence]:
    jdef = area_judgement(data.framework)
    visited = [a for a in data.areas if a.visited]
    if not visited:
        return []
    out = [
        Sentence(
            text=f"This judgement draws on the sample of cases from across the country and on "
            f"visits to {number_text(len(visited), style)} service areas.",
            basis=f"{len(visited)} visited areas recorded",
        )
    ]
    if jdef:
        counts: Counter[str] = Counter()
        for a in visited:
            j = data.judgement(jdef.id, a.code)
            if j and j.grade:
                counts[j.grade] += 1
        if counts:
            parts = [f"{number_text(n, style)} {'is' if n == 1 else 'are'} {data.framework.grade(g).heading}"
                     for g, n in sorted(counts.items(), key=lambda kv: data.framework.grade(kv[0]).rank)]  # fmt: skip
            joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
            out.append(
                Sentence(
                    text=f"Of the areas visited, {joined}. The national judgement is made on "
                    "all of the evidence and is not an average of the area grades.",
                    basis="Area judgements: "
                    + ", ".join(f"{g} {n}" for g, n in sorted(counts.items())),
                )
            )
    return out


# The whole report ---------------------------------------------------------------------


def _fmt_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B %Y')}"


def inspection_dates(data: DraftData) -> list[str]:
    """The inspection's own dates as written in the report (allowed by the check)."""
    return [
        d for d in (_fmt_date(data.inspection.start_date), _fmt_date(data.inspection.end_date)) if d
    ]


def draft_report(data: DraftData, options: DraftOptions | None = None) -> ReportModel:
    """The whole draft, in the report's order."""
    opts = options or DraftOptions()
    fw = data.framework
    org = data.inspection.organisation
    sections: list[Section] = []
    overall = next((j for j in fw.judgements if j.overall), None)
    national = [j for j in fw.judgements if j.scope == "national" and not j.overall]
    oj = data.judgement(overall.id) if overall else None
    grade_label = fw.grade(oj.grade).heading if oj and oj.grade else "[not yet judged]"

    # Overall judgement and the judgement table.
    rows = []
    for jdef in ([overall] if overall else []) + national:
        j = data.judgement(jdef.id)
        rows.append([jdef.title, fw.grade(j.grade).label if j and j.grade else "Not yet judged"])
    heading = fw.heading_for(overall.id, oj.grade if oj else None) if overall else (
        f"Inspection of {org}")  # fmt: skip
    sections.append(
        Section(
            kind="overall",
            heading=heading,
            judgement_id=overall.id if overall else None,
            grade=oj.grade if oj else None,
            intro=[
                Paragraph(
                    kind="plain",
                    sentences=[
                        Sentence(
                            text=f"The services {org} provides meet the requirements for a "
                            f"judgement of {grade_label}."
                            if oj and oj.grade
                            else f"[Add the overall judgement about {org} when it is made.]",
                            basis=f"Judgement {overall.id}" if overall else "",
                            evidence_ids=[oj.id] if oj else [],
                        )
                    ],
                )
            ],
            table=Table(header=["Judgement", "Grade"], rows=rows),
        )
    )

    quoted = Used()  # across the report: no example or quotation is used twice
    judgement_sections = [draft_judgement_section(data, j, quoted) for j in national]
    visited = [a for a in data.areas if a.visited]
    area_sections = [draft_area_section(data, a.code, quoted) for a in visited]

    # Summary of key findings: one bullet per judgement, from its opening findings.
    bullets = []
    for sec in judgement_sections:
        first = [s for p in sec.paragraphs[:2] for s in p.sentences
                 if not s.text.startswith("[") and not s.quote and "Paraphrased" not in s.basis]  # fmt: skip
        if first:
            bullets.append(Paragraph(kind="bullet", theme="summary", sentences=first[:4]))
    sections.append(
        Section(
            kind="summary",
            heading="Summary of key findings",
            intro=[
                Paragraph(
                    kind="plain",
                    sentences=[
                        Sentence(
                            text=f"{org} is judged {grade_label} overall. The main reasons are set out below."
                            if oj and oj.grade
                            else f"[Add the reasons for the overall judgement about {org}.]",
                            basis="Overall judgement",
                        )
                    ],
                )
            ],  # fmt: skip
            paragraphs=bullets,
        )
    )

    # What needs to improve: from weaknesses across the whole inspection.
    sections.append(
        Section(
            kind="improve",
            heading=f"What does {org} need to improve?",
            paragraphs=_improvements(data),
        )
    )

    # Information about the organisation: the editable note.
    note = data.inspection.organisation_note.strip()
    org_paras = [
        Paragraph(
            kind="numbered",
            boilerplate=True,
            sentences=[Sentence(text=s) for s in _split_sentences(block)],
        )  # fmt: skip
        for block in re.split(r"\n\s*\n", note)
        if block.strip()
    ] or [
        Paragraph(
            kind="numbered",
            theme="placeholder",
            sentences=[
                Sentence(
                    text=f"[Add information about {org}: its functions, demand "
                    "for its services and previous inspections.]"
                )
            ],  # fmt: skip
        )
    ]
    sections.append(
        Section(kind="organisation", heading=f"Information about {org}", paragraphs=org_paras)
    )

    sections.append(Section(kind="judgements", heading=f"Inspection judgements about {org}"))
    for sec in judgement_sections:
        sections.append(sec)
        if _judgement_kind(fw.judgement(sec.judgement_id or "")) == "local":
            sections.extend(area_sections)
            area_sections = []
    sections.extend(area_sections)  # frameworks without a local-services judgement

    sections.append(_inspection_section(data, opts))
    report = ReportModel(
        title=data.inspection.title,
        subtitle=_dates_line(data),
        sections=sections,
        warnings=_warnings(sections),
        labels=_labels(data),
    )
    return finish(report, opts)


def _labels(data: DraftData) -> dict[str, str]:
    return {s.code: s.label for s in data.framework.sources}


def _dates_line(data: DraftData) -> str:
    start, end = _fmt_date(data.inspection.start_date), _fmt_date(data.inspection.end_date)
    if start and end:
        return f"Inspection dates: {start} to {end}"
    return "Inspection dates: [add the dates of the inspection]"


def _improvements(data: DraftData) -> list[Paragraph]:
    wide = sorted([*data.national, *(i for evs in data.area_level.values() for i in evs)])
    pool = Pool(data, set(range(1, len(data.cases) + 1)), wide, key="improve")
    fw = data.framework
    ranked = []
    for crit in pool.criteria():
        _pos, neg = pool.case_tally(crit)
        _wp, wn = pool.wider(crit)
        if neg or wn:
            ranked.append((len(neg) + len(wn), crit, neg, wn))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    out = []
    for n, crit, neg, wn in ranked[:5]:
        ph = phrase_for(crit, _criterion_text(fw, crit))
        evs = pool.records(crit, "development")
        sent = _sentence(ph.improve, evs, pool, criteria=[crit],
                         basis=f"Weaknesses on {crit} in {len(neg)} cases and {len(wn)} "
                         f"records about services ({n} in all)")  # fmt: skip
        out.append(Paragraph(kind="bullet", theme="improve", sentences=[sent]))
    if not out:
        out.append(Paragraph(kind="bullet", theme="placeholder", sentences=[Sentence(
            text="[Add what needs to improve: no development evidence is recorded yet.]")]))  # fmt: skip
    return out


def _inspection_section(data: DraftData, opts: DraftOptions) -> Section:
    style = opts.number_style
    seen = set(data.case) - {0}
    law = Counter(data.cases[k - 1].law_type for k in sorted(seen) if k <= len(data.cases))
    fw = data.framework
    parts = [f"{number_text(n, style)} in {fw.law_type_label(lt).lower()}"
             for lt, n in sorted(law.items(), key=lambda kv: -kv[1])]  # fmt: skip
    visited = [a for a in data.areas if a.visited]
    team = [i for i in data.inspectors if i.active]
    roles = Counter(i.role for i in team)
    hmi = sum(n for r, n in roles.items() if r in ("lead", "deputy-lead", "team-inspector"))
    bullets = [
        f"Inspectors scrutinised {number_text(len(seen), style)} children's cases"
        + (f": {', '.join(parts[:-1]) + ' and ' + parts[-1] if len(parts) > 1 else parts[0]}." if parts else "."),
        f"Inspectors visited {number_text(len(visited), style)} service areas"
        + (": " + "; ".join(f"{a.name} (Area {a.code})" for a in visited) + "." if visited else "."),
        "Inspectors read case files, observed practice and spoke to children, parents and "
        "carers, practitioners, managers, judges and partner agencies.",
        f"The inspection was carried out under the {data.inspection.statutory_basis}.",
        f"The inspection team comprised {number_text(hmi, style)} inspectors"
        + (f", supported by {number_text(len(team) - hmi, style)} specialist colleagues." if len(team) > hmi else "."),
    ]  # fmt: skip
    rank = {r: i for i, r in enumerate(ROLE_LABELS)}
    rows = [[ROLE_LABELS.get(i.role, i.role), i.name]
            for i in sorted(team, key=lambda i: (rank.get(i.role, 9), i.name))]  # fmt: skip
    return Section(
        kind="inspection",
        heading="Information about this inspection",
        # The bullets first, then the team (the table follows a section's intro).
        intro=[
            Paragraph(kind="bullet", boilerplate=True, sentences=[Sentence(text=b)])
            for b in bullets
        ],
        table=Table(header=["The inspection team", "Name"], rows=rows),
    )


def _warnings(sections: list[Section]) -> list[str]:
    out = []
    for sec in sections:
        for p in sec.paragraphs:
            for s in p.sentences:
                if "small sample" in s.basis:
                    out.append(f"{sec.heading}: '{s.text[:60]}…' rests on a small sample.")
                if s.text.startswith("["):
                    out.append(f"{sec.heading}: placeholder to complete: {s.text}")
    return out


# Numbering and footnotes --------------------------------------------------------------


def finish(report: ReportModel, opts: DraftOptions) -> ReportModel:
    """Number the numbered paragraphs from `opts.start_number`, continuing through the
    document, and define glossary terms in a footnote at their first use."""
    n = opts.start_number
    for p in report.paragraphs():
        if p.kind == "numbered":
            p.number = n
            n += 1
        else:
            p.number = None
        p.footnotes = []
    report.footnotes = []
    if not opts.footnotes:
        return report
    pending = list(GLOSSARY)
    for p in report.paragraphs():
        if p.boilerplate or not pending:
            continue
        text = p.text
        for term in list(pending):
            m = re.search(term.pattern, text, flags=re.IGNORECASE)
            if m is None:
                continue
            number = len(report.footnotes) + 1
            report.footnotes.append(
                Footnote(number=number, key=term.key, term=term.term, text=term.text)
            )
            p.footnotes.append(FootnoteRef(offset=m.end(), number=number, key=term.key))
            pending.remove(term)
        p.footnotes.sort(key=lambda f: f.offset)
    return report


def draft_area(data: DraftData, code: str, options: DraftOptions | None = None) -> ReportModel:
    """One visited area's findings section as a document of its own."""
    opts = options or DraftOptions()
    section = draft_area_section(data, code)
    report = ReportModel(sections=[section], warnings=_warnings([section]), labels=_labels(data))
    return finish(report, opts)


def themes() -> tuple[str, ...]:
    """The paragraph themes of an area section, in order (for help text and tests)."""
    return (*THEMES, "development")
