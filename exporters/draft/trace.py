"""Sentences traced to their evidence, and the report-wide memory of what has been said.

`traced` builds a `Sentence` from text and the records it rests on: their ids, case
references, criteria, sources, up to three short excerpts with case references (for
the margin comment), and the ids of any record in a merge conflict.

`Voice` chooses among wordings so that no sentence is repeated anywhere in the report
(the report's own voice: an area section never repeats another's sentences), and
`Used` remembers the examples and quotations already drawn on, by record and by text,
so that none is used twice.  Both are shared by every section of one report, drafted in
the report's order; an area exported on its own is cut from the whole report, so its
text is the same as in the report.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache

from exporters.draft.data import DraftData
from exporters.draft.quotations import in_report_marks
from exporters.draft.sameness import RUN, Index, near_same, runs, words_of
from exporters.model import Flag, Sentence, SentenceRole

EXCERPT_WORDS = 14
MAX_EXCERPTS = 3


def stable(*key: str) -> int:
    """A number that depends only on the key (so a draft is the same every time)."""
    return int.from_bytes(hashlib.sha1("|".join(key).encode()).digest()[:4], "big")


@dataclass
class Used:
    """What the report has already drawn on: records, and the wording of examples and
    quotations (the same note is often recorded on several cases).  `near_same`: the
    share of words in common at which two are the same (the framework's
    `near_same_share`); a wording near-verbatim to one drawn on (`sameness`: the same
    note written again with the hearing or the practitioner's title changed) is the
    same too, so that two areas never illustrate a claim with one note in two copies."""

    near_same: float
    records: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)

    words: list[frozenset[str]] = field(default_factory=list)
    runs: list[frozenset[str]] = field(default_factory=list)
    # What `examples.finding` made of each note text read in this draft, and whether each
    # sentence reads on its own: pure functions of the text and the wording, so each is
    # judged once per draft (many claims look at the same records), not once per look.
    findings: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    verdicts: dict[str, bool] = field(default_factory=dict)
    # Each wording asked about (`said`, by its gist): how many of the wordings drawn on
    # it has been compared with and found unlike, or -1 once found said.  What has been
    # drawn on only grows, so a wording said stays said, and one not said is compared
    # only with those drawn on since (the same notes are looked at for many claims).
    compared: dict[str, int] = field(default_factory=dict)

    def take(self, i: int, text: str) -> None:
        self.records.add(i)
        g = gist(text)
        self.texts.add(g)
        self.words.append(frozenset(g.split()))
        self.runs.append(runs(g))

    def seen(self, i: int, text: str) -> bool:
        return i in self.records or self.said(text)

    def said(self, text: str) -> bool:
        """Whether the wording has been used, from any record: the same words, or
        nearly (the same note copied to another case with a detail changed)."""
        g = gist(text)
        since = self.compared.get(g, 0)
        if since < 0 or g in self.texts:
            return True
        mine, n = frozenset(g.split()), len(self.words)
        for w in self.words[since:]:  # words in common against words in either
            common = len(mine & w)
            if common >= self.near_same * (len(mine) + len(w) - common):
                self.compared[g] = -1
                return True
        r = runs(g)
        found = any(near_same(r, other) for other in self.runs[since:])
        self.compared[g] = -1 if found else n
        return found


@lru_cache(maxsize=65536)
def normal(text: str) -> str:
    """Text compared for sameness: lower case, letters and digits only."""
    return " ".join(words_of(text))


_CHILD_NOUNS = re.compile(
    r"\b(?:the |a )?(?:child|baby|infant|toddler|teenager|young person|boy|girl)\b"
)


@lru_cache(maxsize=65536)
def gist(text: str) -> str:
    """Text compared for sameness when the same note is recorded about different
    children: `normal`, with the child named the same way ("so the baby was not left
    waiting" and "so the child was not left waiting" are one example)."""
    return _CHILD_NOUNS.sub("child", normal(text))


@dataclass
class Local:
    """What one section has said and used, by which its sentences are varied within it,
    never by another section's (tester 31's F15: two notes added on one case reworded
    sentences in other sections whose facts had not changed): its connectors and other
    wordings of a few words ("However, "), the frames it has used (`Voice.frame`), and
    the shapes its claims are said in (`shapecount`: `shapes` for their share, `balanced`
    for the least used)."""

    said: set[str] = field(default_factory=set)
    frames: Counter[str] = field(default_factory=Counter)
    shapes: Counter[str] = field(default_factory=Counter)
    balanced: Counter[str] = field(default_factory=Counter)


@dataclass
class Topic:
    """What the report has said on one point (a criterion, a section's headline), by
    which its sentences are kept apart from one another in every section (issue 15: no
    two areas say a point alike) without looking at what is said on other points (F15:
    notes on one criterion never reword another's sentences)."""

    said: set[str] = field(default_factory=set)
    report: Index = field(default_factory=Index)


class Voice:
    """Chooses each sentence's wording so that no sentence is said twice in a report."""

    def __init__(self) -> None:
        self._local: dict[str, Local] = {}
        self._topics: dict[str, Topic] = {}
        self.said: set[str] = set()
        # The sentences said in the area sections and in the whole report, by their runs
        # of words (`sameness`), so that an area's wording is not near-verbatim to
        # another area's, nor any section's to one said before, where another is not.
        self.areas, self.report = Index(), Index()
        # ... and those said in the national judgements' sections, so that one of them
        # never says again what another has said (`attributed.attributed_claim`).
        self.national = Index()
        # The claims about the service said in those sections: by criterion and records,
        # the judgement whose section said each (`attributed.attributed_claim`).
        self.claims: dict[tuple[str, frozenset[int]], str] = {}

    def topic(self, name: str) -> Topic:
        """What the report has said on the point `name` (a key's second part)."""
        got = self._topics.get(name)
        if got is None:
            got = self._topics[name] = Topic()
        return got

    def local(self, section: str) -> Local:
        """What the section whose key is `section` (a `Pool.key`) has said and used."""
        got = self._local.get(section)
        if got is None:
            got = self._local[section] = Local()
        return got

    def choose(
        self,
        options: Sequence[str],
        *key: str,
        openings: set[str] | None = None,
        distinct: bool = False,
    ) -> str | None:
        """The first of `options` not yet said, starting at a place set by `key`, and
        preferring one whose opening words are not in `openings` (the section's so far:
        the chosen one's are added); None when every option has been said.  One
        near-verbatim to none of the report's sentences on the same point so far (`key`'s
        second part: `topic`) is preferred to that (`exporters.draft.sameness`: a
        criterion's wording said in an area is not said again in the key findings); in
        an area section (`key` starting "area|"), one near-verbatim to no area's sentence
        above all; with `distinct`, one near-verbatim to an area's is never chosen (None
        instead).  A few words ("However, ") are said once a section, and the point they
        are kept apart on is the section's own."""
        if not options:
            return None
        start = stable(*key) % len(options)
        ordered = [options[(start + k) % len(options)] for k in range(len(options))]
        local = self.local(key[0] if key else "")
        # A sentence is said once in the report; a few words ("However, ") once in the
        # section, so that their choice is not a rotation over the whole report (F15).
        fresh = [t for t in ordered
                 if normal(t) not in (self.said if len(normal(t).split()) > RUN else local.said)]  # fmt: skip
        if not fresh:
            return None
        area = bool(key) and key[0].startswith("area|")
        short = all(len(normal(t).split()) <= RUN for t in fresh)  # "However, "
        name = key[1] if len(key) > 1 else ""
        topic = self.topic(f"{key[0]}|{name}" if short and key else name)
        text = self._best(fresh, openings, area, topic)
        if area and distinct and self.areas.near(runs(text)):
            return None
        if area:
            self.areas.add(runs(text))
        elif key[0].startswith("judgement|"):
            self.national.add(runs(text))
        topic.report.add(runs(text))
        topic.said.add(normal(text))
        self.report.add(runs(text))
        local.said.add(normal(text))
        self.said.add(normal(text))
        if openings is not None:
            openings.add(opening(text))
        return text

    def _best(self, fresh: list[str], openings: set[str] | None, area: bool, topic: Topic) -> str:
        """The first of `fresh` by, in order: near-verbatim to no other area's sentence
        (in an area section: `area`), near-verbatim to nothing said on the same point in
        the report (`topic`), an opening not in `openings`, and the least of its wording
        said on the point before; the first in `fresh`'s order among equals.  Of the
        other points, only whether a sentence is near-verbatim to an area's is looked
        at (issue 15: areas never read alike), never how much of it they have said
        (tester 31's F15: two notes on one case reworded 16 sentences on other criteria
        whose facts had not changed, each choice ranked against every sentence before).

        The near-verbatim tests cost the most, so the options are walked in the order of
        the cheap keys, and the first near-verbatim to nothing is the one: only when none
        is are the near-verbatim tests made for every option.  An option none of whose
        runs has been said on its point, and near-verbatim to no area's sentence, comes
        first in that order, so the first such with an unused opening is the one,
        without ranking the others.  The options whose opening is used are ranked only
        when none of the others will do."""

        def near(t: str) -> tuple[bool, bool]:
            return area and self.areas.near(runs(t)), topic.report.near(runs(t))

        said: dict[str, int] = {}  # option -> how many of its runs have been said on it

        def shared(t: str) -> int:
            if t not in said:
                said[t] = topic.report.shared(runs(t))
            return said[t]

        taken = set()
        for t in fresh:
            if openings and opening(t) in openings:
                taken.add(t)
            elif not shared(t) and not (area and self.areas.near(runs(t))):
                return t
        walked, nears = [], []
        for group in ([t for t in fresh if t not in taken], [t for t in fresh if t in taken]):
            for t in sorted(group, key=shared):  # stable
                walked.append(t)
                nears.append(near(t))
                if nears[-1] == (False, False):
                    return t
        return walked[nears.index(min(nears))]  # the first of the least near

    def must(self, options: Sequence[str], *key: str) -> str:
        """As `choose`, but when every option has been said, the keyed one anyway."""
        got = self.choose(options, *key)
        if got is not None:
            return got
        return options[stable(*key) % len(options)]

    def frame(self, options: Sequence[str], *key: str) -> str:
        """The one of `options` (frames saying the same thing in different words) used
        least in the section so far (`key`'s first part), so that none is used again
        there while another is left; among equals, the first from a place set by `key`.
        Counted by section, never over the report, so that the views said in one
        section never move another's (F15)."""
        start = stable(*key) % len(options)
        ordered = [options[(start + k) % len(options)] for k in range(len(options))]
        used = self.local(key[0] if key else "").frames
        chosen = min(ordered, key=used.__getitem__)  # the first of the least used
        used[chosen] += 1
        return chosen

    def note(self, text: str) -> None:
        """Remember a sentence said without choosing it (an example, a quotation)."""
        self.said.add(normal(text))


# How many cases a sentence opens on, which does not change its shape: "While one of
# the three cases ..." and "While some of the cases ..." open alike, as do "Of the cases
# sampled" and "Of the four cases".
_HOW_MANY = re.compile(
    r"\b(?:the (?:vast |other )?majority|the other half|a (?:very )?small number|almost all"
    r"|all|most|many|some|half|both|none|no|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|[0-9]+)\b"
)


# A count or proportion word is at most four words ("a very small number"), so a
# sentence's first two words, as `opening` reads them, lie in its first eight words:
# the rest of the sentence is not searched.
_HEAD = 12


@lru_cache(maxsize=65536)
def opening(text: str) -> str:
    """How a sentence opens, as a reader hears it: its first two words, with a count or
    proportion word standing for any ("In most of ..." and "In two of ..." open alike);
    compared to vary how a section's sentences open (`Voice.choose`)."""
    head = " ".join(normal(text).split(" ", _HEAD)[:_HEAD])
    return " ".join(_HOW_MANY.sub("#", head).split()[:2])


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    """The opening of a note, cut to a few words."""
    parts = " ".join(text.split()).split(" ")
    short = " ".join(parts[:words])
    return short + ("…" if len(parts) > words else "")


def excerpt_records(d: DraftData, evs: Sequence[int], skip: Set[int] = frozenset()) -> list[int]:
    """Up to three of the records to excerpt, from different cases where possible,
    leaving out those in `skip` (already quoted in the body or excerpted before)."""
    chosen: list[int] = []
    cases: set[int] = set()
    for i in evs:
        if i in skip or (d.case[i] and d.case[i] in cases):
            continue
        chosen.append(i)
        cases.add(d.case[i])
        if len(chosen) == MAX_EXCERPTS:
            break
    return chosen


SIDES = {"strength": "for", "development": "against"}


def excerpts(
    d: DraftData, evs: Sequence[int], skip: Set[int] = frozenset(), direction: str = ""
) -> list[str]:
    """Up to three short excerpts from the records, each after its case reference (or
    "Area N" / "National"), from different cases where possible.  An excerpt on the
    other side from the sentence's `direction` (or any, for a balanced sentence) says
    which side it is on ("C-104, against: ..."), so that a counter-example is not read
    as support."""
    chosen = excerpt_records(d, evs, skip)
    texts = d.texts(chosen)
    out = []
    for i in chosen:
        side = SIDES.get(d.polarity[i], "")
        label = f", {side}" if side and side != direction else ""
        out.append(f"{d.ref[i] or _where(d, i)}{label}: ‘{excerpt(texts[i].text)}’")
    return out


def trim_excerpts(sentences: Iterable[Sentence], d: DraftData) -> None:
    """Excerpt each record once in the whole report, in document order, and never one
    the body already quotes (an example or quotation shows its case reference instead):
    the margin then adds to what the reader sees rather than repeating it.  A claim's
    excerpts lead with its own side (`own_side`): its records on that side first (those
    excerpted before only where too few are left), and the other side's after them (the
    same way), one at most beside two of its own where the claim is balanced, so that a
    reader checking the claim never sees only counter-examples (tester 12: three 'for'
    excerpts under a claim of six cases against).  A claim whose records have all been excerpted before
    keeps one of them, so that every claim has an excerpt to check it by."""
    sentences = list(sentences)
    index = d.index_of
    shown = {index[r] for s in sentences if s.role in ("example", "quote")
             for r in s.evidence_ids if r in index}  # fmt: skip
    done: set[int] = set()
    for s in sentences:
        if not s.excerpts:
            continue
        evs = [index[r] for r in s.evidence_ids if r in index]
        side = own_side(d, s.direction, evs)
        mine = [i for i in evs if SIDES.get(d.polarity[i]) == side]
        rest = [i for i in evs if i not in mine]
        room = MAX_EXCERPTS - 1 if s.direction == "balanced" and rest else MAX_EXCERPTS
        chosen: list[int] = []
        for pool, skip, most in (
            (mine, shown | done, room), (mine, shown, room),
            (rest, shown | done, MAX_EXCERPTS), (rest, shown, MAX_EXCERPTS),
        ):  # fmt: skip
            chosen += _picked(d, pool, skip | set(chosen), most - len(chosen),
                              {d.case[i] for i in chosen})  # fmt: skip
        chosen = chosen or excerpt_records(d, evs, shown)
        s.excerpts = excerpts(d, chosen, direction=s.direction)
        done.update(chosen)


def own_side(d: DraftData, direction: str, evs: Sequence[int]) -> str:
    """The side a sentence states: its direction, or for a balanced one the side most of
    its records are on (a claim's records are those of the cases it counts), the first
    record's side on a tie (a claim lists its larger side first)."""
    if direction in ("for", "against"):
        return direction
    sides = [SIDES[d.polarity[i]] for i in evs if d.polarity[i] in SIDES]
    if not sides:
        return ""
    pos, neg = sides.count("for"), sides.count("against")
    return sides[0] if pos == neg else ("for" if pos > neg else "against")


def _picked(
    d: DraftData, evs: Sequence[int], skip: Set[int], most: int, cases: Set[int] = frozenset()
) -> list[int]:
    """Up to `most` of the records, leaving out those in `skip`, from different cases
    (and from none of `cases`) where possible."""
    if most <= 0:
        return []
    fresh = [i for i in evs if not (d.case[i] and d.case[i] in cases)]
    return excerpt_records(d, fresh, skip)[:most]


def _where(d: DraftData, i: int) -> str:
    area = d.record_area.get(i)
    return f"Area {area}" if area else "National"


def traced(
    text: str,
    evs: Sequence[int],
    d: DraftData,
    *,
    role: SentenceRole,
    case_refs: list[str] | None = None,
    criteria: list[str] | None = None,
    basis: str = "",
    flags: Iterable[Flag] = (),
    cases: Iterable[int] = (),
    quote: bool = False,
    direction: str = "",
    by_cases: bool = False,
    with_excerpts: bool = True,
) -> Sentence:
    """A sentence traced to the records `evs` (and, for a tally, the cases `cases`
    whose gradings it counts)."""
    ids, ref, crits, src = d.ids, d.ref, d.crits, d.source
    if case_refs is None:
        case_refs = sorted(set(map(ref.__getitem__, evs)) - {""})
    if criteria is None:
        criteria = sorted(set().union(*map(crits.__getitem__, evs))) if evs else []
    conflicts = [ids[i] for i in evs if i in d.conflicted]
    cases = list(cases)
    split = sorted({d.case_ref[k] for k in cases for c in criteria
                    if k in d.cases_split.get(c, ())})  # fmt: skip
    if split:
        flags = [*flags, "notes disagree in a case"]
        basis += f"; notes disagree in {', '.join(split)}"
    for k in cases:
        conflicts += [d.grading_conflict[(k, c)] for c in criteria if (k, c) in d.grading_conflict]
        if k in d.case_conflict:
            conflicts.append(d.case_id_of[k])
    if role not in ("marker", "placeholder"):  # a command to the lead keeps its marks
        text = in_report_marks(text)
    return Sentence(
        text=text,
        evidence_ids=list(map(ids.__getitem__, evs)),
        case_refs=case_refs,
        criteria=criteria,
        sources=sorted(set(map(src.__getitem__, evs))),
        basis=basis,
        quote=quote,
        role=role,
        direction=direction,  # type: ignore[arg-type]
        by_cases=by_cases,
        excerpts=excerpts(d, evs, direction=direction) if with_excerpts and evs else [],
        flags=list(dict.fromkeys(flags)),
        conflicts=list(dict.fromkeys(conflicts)),
    )
