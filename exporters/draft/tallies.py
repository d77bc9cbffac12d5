"""Tallies: the evidence behind one section (`Pool`), each criterion's count for and
against (`Tally`), the direction a claim takes (`Claim`), and shares in words
(`share_words`, `balanced_words`); whether a section's evidence agrees with its grade
is `exporters.draft.agreement`.

One rule and one denominator for both directions (see `exporters.draft.data`): a
section's tally on a criterion is the whole inspection's cases for, against and mixed,
cut down to the section's cases; shares are of the cases with a view.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress
from typing import Literal

from exporters.draft import casepractice, measured, tallyline
from exporters.draft.casesides import not_all, overruled
from exporters.draft.data import DraftData
from exporters.draft.evenword import even_word, minority_word
from exporters.draft.fitting import is_stakeholder
from exporters.draft.leaderscase import files_only
from exporters.draft.wording import wording_table
from exporters.draft.words import (
    CriterionWords,
    counts_instead,
    number_text,
    of_form,
    proportion_word,
)
from store.framework import DraftingRules

Direction = Literal["for", "against", "balanced"]


@cache
def case_links() -> dict[str, str]:
    """Which practice criterion each finding said of the service answers to, from the
    case files (`case_criterion` in `criteria.toml`: the leaders' management oversight
    to management oversight on children's files)."""
    raw = wording_table("criteria.toml")
    return {
        k: str(v["case_criterion"]) for k, v in raw.items()
        if isinstance(v, dict) and v.get("case_criterion")
    }  # fmt: skip


def same_point(criterion: str) -> frozenset[str]:
    """The criteria a finding on `criterion` makes the same point as: itself, and the
    finding said of the service and the practice criterion whose case files it answers
    to (`case_links`: managers' oversight of practice, counted with the case files on
    management oversight, is one point with them).  A section states each point once."""
    links = case_links()
    return frozenset({criterion, links.get(criterion, criterion),
                      *(k for k, v in links.items() if v == criterion)})  # fmt: skip


@dataclass(frozen=True)
class Tally:
    """One criterion's count in a section: cases for, against and mixed (case numbers)
    and records about the service rather than a case (record indices)."""

    criterion: str
    pos: tuple[int, ...]
    neg: tuple[int, ...]
    mixed: tuple[int, ...]
    wide_pos: tuple[int, ...]
    wide_neg: tuple[int, ...]
    # For a finding said of the service: the case files' tally on the practice criterion
    # it answers to (`case_criterion` in criteria.toml, or its own), counted with it.
    files: Tally | None = None
    # Hedged notes on the criterion (`DraftData.hedged`: too early to tell), in the
    # section's cases or about the service: neutral, in none of the counts above.
    hedged: tuple[int, ...] = ()
    # Cases counted neither way because one of their own notes (tagged with another
    # criterion too, or on this one against its grade) goes against how they would count
    # here (`casesides`); in `mixed`.
    held: tuple[int, ...] = ()
    sampled: int = 0  # the sampled cases in the section's scope (`lowcoverage.sparse`)
    base: str = "sampled"  # what `sampled` counts: "read" for a national section (F12)
    # Cases with only someone else's view on the criterion (a parent's, a judge's), counted
    # neither way: (case reference, source label) (`tallyline.others`, tester 32's F8).
    others: tuple[tuple[str, str], ...] = ()

    @property
    def views(self) -> int:
        """Cases with a view on the criterion: the denominator of every share."""
        return len(self.pos) + len(self.neg) + len(self.mixed)

    @property
    def weight(self) -> int:
        """How much evidence the finding rests on (cases, records and case files)."""
        files = self.files.views if self.files else 0
        return self.views + len(self.wide_pos) + len(self.wide_neg) + files

    @property
    def files_against(self) -> bool:
        """Whether the case files the finding answers to go against it: more of their
        cases with a view are against than for."""
        return self.files is not None and len(self.files.neg) > len(self.files.pos)

    def line(self, about_cases: bool) -> str:
        """The tally as the comment and the QA view show it (`tallyline.line`)."""
        return tallyline.line(self, about_cases)


@dataclass(frozen=True)
class Claim:
    """What a section can say about one criterion, and which way."""

    words: CriterionWords
    tally: Tally
    direction: Direction
    lean: Literal["for", "against"]  # the larger side
    by_cases: bool  # stated as a share of the sampled cases
    small: bool  # fewer cases with a view than the framework's min_cases
    # For a claim about cases: the section's own evidence about its area or the
    # organisation on the same point that goes the other way (`Pool.contrary`).
    contrary: tuple[int, ...] = ()

    @property
    def criterion(self) -> str:
        return self.tally.criterion

    @property
    def theme(self) -> str:
        return self.words.theme

    @property
    def against_weight(self) -> float:
        """How material the weakness is: cases or records against."""
        t = self.tally
        return len(t.neg) + len(t.wide_neg)


class Pool:
    """The evidence behind one section: the records of a set of cases (`case_ids`, case
    numbers) and records about an area or the organisation rather than a case (`wide`)."""

    def __init__(
        self,
        data: DraftData,
        case_ids: set[int],
        wide: Sequence[int],
        key: str,
        areas: tuple[str, ...] = (),
    ):
        """`areas`: set when `case_ids` are exactly the cases of those areas (records are
        then taken from `DraftData.in_areas`)."""
        self.data = data
        self.areas = areas
        self.case_ids = case_ids
        self.wide = list(wide)
        self.key = key
        self.wide_by_criterion: dict[str, list[int]] = defaultdict(list)
        crits = data.crits
        for i in self.wide:
            for c in crits[i]:
                self.wide_by_criterion[c].append(i)
        self._wide_set = set(self.wide)
        # The section's sample: an area's sampled cases, or the cases read nationally.
        self.sample_size = len(case_ids) if areas else len(case_ids & data.read_cases)
        self.base = "sampled" if areas else "read"  # what `sample_size` counts
        self._tallies: dict[str, Tally] = {}
        self._records: dict[tuple[str, str | None], list[int]] = {}
        # An area's recurring minor weaknesses, said beside their strength although
        # under the framework's `material_share` (`areaminor.minor_weaknesses`).
        self.minor: frozenset[str] = frozenset()

    def criteria(self) -> list[str]:
        """The criteria with evidence or gradings in this pool."""
        d = self.data
        seen = dict.fromkeys([*d.by_criterion, *d.cases_for, *d.cases_against])
        return [
            c for c in seen
            if c in self.wide_by_criterion or not self.case_ids.isdisjoint(d.cases_with.get(c, ()))
            or not self.case_ids.isdisjoint(d.cases_for.get(c, ()))
            or not self.case_ids.isdisjoint(d.cases_against.get(c, ()))
        ]  # fmt: skip

    def has(self, i: int) -> bool:
        """Whether record i is part of this pool."""
        c = self.data.case[i]
        return c in self.case_ids if c else i in self._wide_set

    def holds_concern(self, i: int) -> bool:
        """Whether record i's escalated safeguarding concern is this section's to count
        (a national section's may be another's: `judgementpool.LinkedPool`)."""
        return self.has(i)

    def records(self, criterion: str, polarity: str | None = None) -> list[int]:
        """The pool's records on a criterion (of one polarity), in order."""
        key = (criterion, polarity)
        if key not in self._records:
            self._records[key] = self._select(criterion, polarity)
        return self._records[key]

    def _select(self, criterion: str, polarity: str | None) -> list[int]:
        d = self.data
        every = d.by_criterion.get(criterion, []) if polarity is None else (
            d.of_polarity.get((criterion, polarity), []))  # fmt: skip
        if self.areas:
            by_area = d.in_areas(criterion, polarity)
            mine = sorted(i for a in self.areas for i in by_area.get(a, ()))
        elif self.case_ids:
            cases, case = self.case_ids, d.case
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

    def refs(self, cases: Iterable[int]) -> list[str]:
        """The references of the given cases (numbers), sorted."""
        return sorted(map(self.data.case_ref.__getitem__, cases))

    def tally(self, criterion: str) -> Tally:
        """The criterion's tally over this pool's cases and records."""
        if criterion not in self._tallies:
            d, cases = self.data, self.case_ids
            empty: set[int] = set()
            from exporters.draft.ownview import views_only  # ownview imports claims, then this

            pol, hedged = d.polarity, d.hedged | views_only(d)  # kf30: a view is no record
            wide = self.wide_by_criterion.get(criterion, [])
            held = overruled(d).get(criterion, frozenset()) & cases  # `casesides`
            pos = d.cases_for.get(criterion, empty) & cases
            neg = d.cases_against.get(criterion, empty) & cases
            mixed = d.cases_mixed.get(criterion, empty) & cases
            others = tallyline.others(d, self.records(criterion), pos | neg | mixed)
            self._tallies[criterion] = Tally(
                criterion, tuple(sorted(pos - held)), tuple(sorted(neg - held)),
                tuple(sorted(mixed | held & (pos | neg))),
                tuple(i for i in wide if pol[i] == "strength" and i not in hedged),
                tuple(i for i in wide if pol[i] == "development"),
                hedged=tuple(i for i in d.hedged_on.get(criterion, ()) if self.has(i)),
                held=tuple(sorted(held & (pos | neg))), sampled=self.sample_size, base=self.base,
                others=others,
            )  # fmt: skip
        return self._tallies[criterion]

    def files(self, criterion: str, about: str) -> Tally | None:
        """The case files' tally that a finding said of the service answers to: on the
        practice criterion linked to it (`case_criterion` in criteria.toml: management
        oversight and tackling weaknesses answers to management oversight on children's
        files) or, for a practice criterion said of the service, its own; over the
        section's cases, or, for a section of records only, the cases of the areas they
        are about (the whole national sample for records about the organisation).  None
        when there is no such criterion or no case has a view on it."""
        d = self.data
        linked = case_links().get(criterion) or (criterion if about == "cases" else "")
        if not linked or linked not in d.framework_ids:
            return None
        cases = self.case_ids or self._records_cases()
        empty: set[int] = set()
        files = Tally(
            linked, tuple(sorted(d.cases_for.get(linked, empty) & cases)),
            tuple(sorted(d.cases_against.get(linked, empty) & cases)),
            tuple(sorted(d.cases_mixed.get(linked, empty) & cases)), (), (),
        )  # fmt: skip
        return files if files.views else None

    def _records_cases(self) -> set[int]:
        """The sampled cases of the areas this pool's records are about; every case of
        the national sample when none of them is about an area."""
        d = self.data
        areas = {d.record_area[i] for i in self.wide if i in d.record_area}
        if not areas:
            return d.national_cases
        return set().union(*(d.cases_in_area.get(a, set()) for a in areas))

    def claim(self, criterion: str) -> Claim | None:
        """What this pool can say about a criterion, or None when nothing is material.

        A finding said of the service counts the case files it answers to (`files`)
        first, with its own records, and never leans to the strength where those files
        go against it: with enough of them (the framework's `min_cases`) it leans to the
        weakness, and a strength is at most balanced (said with its gaps)."""
        d = self.data
        w = d.words.criterion(d.framework, criterion)
        t = self.tally(criterion)
        if w.about == "cases":
            t = not_all(d, t)  # never "all" beside a case's own note against (casesides)
        by_cases = w.about == "cases" and t.views > 0
        files = None if by_cases else self.files(criterion, w.about)
        if files is not None:
            t = replace(t, files=files)
        # A claim about the service is drafted on its hedged notes too, where they are
        # all it has: `service.standing` takes them off its strength side, and says
        # them, if at all, as they stand (never as a strength).
        hedged = [i for i in t.hedged if not d.case[i]]
        if by_cases:
            pos, neg, total = len(t.pos), len(t.neg), t.views
        elif w.about == "cases":
            # Practice with no case to count, said of the service: only from the
            # inspectors' own evidence; a stakeholder's view of practice is theirs to say
            # (`stakeholders.views`), never the inspectors' finding.
            pos = sum(not is_stakeholder(d.words, d.source[i]) for i in (*t.wide_pos, *hedged))
            neg = sum(not is_stakeholder(d.words, d.source[i]) for i in t.wide_neg)
            total = pos + neg
        else:
            pos = len(t.pos) + len(t.wide_pos) + len(hedged)
            neg = len(t.neg) + len(t.wide_neg)
            total = pos + neg + len(t.mixed)
        if files is not None:  # the case files first, then the records about the service
            pos, neg = len(files.pos) + pos, len(files.neg) + neg
            total += files.views
        direction = _direction(pos, neg, total, d.rules)
        if direction is None:
            return None
        if direction == "for" and criterion in self.minor:
            direction = "balanced"
        # A claim about the service with as much against it as for it leans against:
        # the draft never asserts a service-level strength its evidence does not carry.
        lean: Literal["for", "against"] = (
            "for" if pos > neg or (by_cases and pos == neg) else "against"
        )
        if t.files_against:  # nor one that the case files go against
            if files is not None and files.views >= d.rules.min_cases:
                lean = "against"
            if direction == "for":
                direction = "balanced"
        return files_only(d, casepractice.as_practice(d, Claim(
            w, t, direction, lean, by_cases, by_cases and t.views < d.rules.min_cases,
            self.contrary(criterion, lean) if by_cases else (),
        )))  # fmt: skip  # leaders' oversight from case files: the work on such cases

    def escalated(self, criterion: str) -> dict[int, str]:
        """The cases counted against a criterion (case number -> escalation status) whose
        own development note on it carries a safeguarding concern inspectors escalated to
        senior managers or found to escalate ("needs-escalation", kept over "escalated"
        on the same case: it is still to do)."""
        d = self.data
        against = set(self.tally(criterion).neg)
        found: dict[int, str] = {}
        for i in self.records(criterion, "development"):
            status = d.escalations.get(i)
            k = d.case[i]
            if status and k in against and d.own[i] and self.holds_concern(i):
                found[k] = status if found.get(k) in (None, "escalated") else found[k]
        return found

    def contrary(self, criterion: str, lean: str) -> tuple[int, ...]:
        """The inspectors' own records about the section's area (or the organisation),
        not a case, on the point of a claim about cases (`same_point`: observed
        supervision tagged with managers' oversight answers to management oversight on
        the files) that go the other way from its case tally (`lean`), where they are
        material: at least the framework's `material_cases` of them (one observation is
        an anecdote, as one case is; in an area's section, one measure over many cases
        on the point, the area's performance data or audit, is not:
        `measured.outweighs`, tester 26's A2 #14), and more of them than such records
        agreeing with the tally (the area's own evidence leans the other way).  The rule
        is the same both ways: a weakness observation or the area's audits found is not
        hidden behind the case files, nor a strength they found.  Stakeholders' views are not counted
        (their own sentence says them), nor a hedged note (too early to tell)."""
        d = self.data
        wide = {i for c in same_point(criterion) for i in self.wide_by_criterion.get(c, ())}
        mine = [i for i in sorted(wide) if d.own[i] and i not in d.hedged]
        other = "development" if lean == "for" else "strength"
        against = tuple(i for i in mine if d.polarity[i] == other)
        agree = sum(d.polarity[i] == ("strength" if lean == "for" else "development") for i in mine)
        # An area's one figure over many cases (performance data, an audit) is no anecdote.
        t = self.tally(criterion)
        enough = len(against) >= d.rules.material_cases or bool(
            self.areas and measured.outweighs(d, t, criterion, against)
        )
        return against if enough and len(against) > agree else ()

    def weighs_against(self) -> bool:
        """Whether the pool's case files weigh against: more cases against than for
        across its criteria.  A section with no grade to follow (a framework with no
        area judgement) puts its weaknesses first then (tester 13, 2013 framework: the
        weakest area opened on a one-case strength and left safeguarding to the end)."""
        tallies = [c.tally for c in self.claims() if c.by_cases]
        return sum(len(t.neg) for t in tallies) > sum(len(t.pos) for t in tallies)

    def claims(self) -> list[Claim]:
        """Every material claim in the pool, the most evidence first."""
        order = self.data.criterion_rank
        out = [c for c in map(self.claim, self.criteria()) if c is not None]
        return sorted(
            out, key=lambda c: (-c.tally.weight, order.get(c.criterion, 999), c.criterion)
        )


def material(count: int, total: int, rules: DraftingRules) -> bool:
    """A side worth stating: at least the framework's `material_cases` and
    `material_share` of the total, or its `material_floor_share` of the total."""
    if count <= 0 or total <= 0:
        return False
    share = count / total
    return (
        count >= rules.material_cases and share >= rules.material_share
    ) or share >= rules.material_floor_share


def _direction(pos: int, neg: int, total: int, rules: DraftingRules) -> Direction | None:
    pm, nm = material(pos, total, rules), material(neg, total, rules)
    if pm and nm:
        return "balanced"
    if pm:
        return "for"
    if nm:
        return "against"
    return None


def share_words(rules: DraftingRules, count: int, total: int) -> str:
    """`count` of `total` as the draft says a share: the framework's proportion word
    before "the" ("most of the", "a small number of the"), or, below the framework's
    `min_cases` (or its band's: `words.counts_instead`), the counts ("two of the
    four", "all three of the")."""
    if counts_instead(rules, count, total):
        if count == total > 1:
            return f"all {number_text(total)} of the"
        return f"{number_text(count)} of the {number_text(total)}"
    word = proportion_word(rules, count, total)
    return "none of the" if word == "no" else f"{of_form(word)} the"


def balanced_words(rules: DraftingRules, pos_n: int, neg_n: int, total: int) -> tuple[str, str]:
    """The proportion words for the two sides of one balanced sentence, consistent with
    each other: beside a word that says a majority (a band from half upwards: "most",
    "the vast majority of"), the smaller side's word is one whose band lies wholly
    below half ("most ... some", never "most ... many", which an inspector reads as
    more than every case taken together).  Where the framework's word for the smaller
    side reaches half ("many", from 35%: only beside "the majority of"), it is said as
    a minority ([balance] `minority`, the inspectorate's word for 15-49%), never
    stepped down to a band below its share (tester 13: "some" said of 32 of 72 cases,
    44%); the comment keeps the counts."""
    pos = proportion_word(rules, pos_n, total)
    neg = proportion_word(rules, neg_n, total)
    bands = rules.proportion_bands
    at = {b.word: k for k, b in reversed(list(enumerate(bands)))}
    if pos_n == neg_n and pos in at and _reaches_half(rules, at[pos]) and 2 * pos_n < total:
        return even_word(pos_n, total)  # never "Many ... as many others" (tester 20's A7)
    if pos not in at or neg not in at or pos_n == neg_n:
        return pos, neg
    major, minor = (pos, neg) if pos_n > neg_n else (neg, pos)
    if bands[at[major]].at_least < 0.5:
        return pos, neg
    if _reaches_half(rules, at[minor]):
        minor = minority_word()  # "many" reaches up to "the majority of"
    return (major, minor) if pos_n > neg_n else (minor, major)


def _reaches_half(rules: DraftingRules, k: int) -> bool:
    """Whether the framework's `k`th proportion band reaches above half: its word
    ("many") may be said of as many as the other side's ("the majority of")."""
    return (rules.proportion_bands[k - 1].at_least if k else 1.0) > 0.5


def majority(rules: DraftingRules, pos_n: int, neg_n: int) -> Literal["for", "against", "even"]:
    """Which side a finding with `pos_n` for and `neg_n` against is said as: the larger
    side where the smaller is a minority in the framework's own words (its proportion
    word's band lies wholly below half, as `balanced_words` makes it beside a
    majority: 26 for and 4 against is "most ... though a few", never "a mixed
    picture"); "even" near an even split, where the words would call the smaller side
    "many" (eight and seven, two and two)."""
    if pos_n == neg_n:
        return "even"
    major, minor = max(pos_n, neg_n), min(pos_n, neg_n)
    if minor:
        word = proportion_word(rules, minor, major + minor)
        bands = rules.proportion_bands
        k = next((k for k, b in enumerate(bands) if b.word == word), None)
        if k is None or _reaches_half(rules, k):
            return "even"
    return "for" if pos_n > neg_n else "against"
