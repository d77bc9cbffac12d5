"""What the sample held beyond the commonest work, and where it is reported (issue 15,
law15; tester 14's F14).

A lead reading the draft should know which rarer work inspectors read (special
guardianship, placement orders, enforcement, leave to remove or relocation, secure
accommodation, parental orders) and that the draft says nothing of it on its own, and
which cases no judgement counts (under the 2021 framework, adoption: its cases are
counted only in the area sections).  Both are said in "Information about this
inspection", the first with an editable placeholder for findings particular to that
work.  The kinds, their case types and cues, and the sentences are data
(`drafting.toml` [rarer_work]).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from exporters.draft.data import DraftData
from exporters.draft.fitting import has_any_words
from exporters.draft.judgementpool import counted_cases
from exporters.draft.tables import drafting_table
from exporters.draft.words import capitalise, join_list, number_text


@dataclass(frozen=True)
class Kind:
    """A kind of rarer work: its name (one, many), the case types that are it, the kinds
    of Other application the case list names that are it (`CaseFile.application`), and
    the words that place a case of a general type ("Other application") in it."""

    one: str
    many: str
    case_types: frozenset[str]
    cues: tuple[str, ...]
    applications: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rules:
    kinds: tuple[Kind, ...]
    cue_case_types: frozenset[str]
    sampled: str
    sampled_placeholder: str
    unjudged: str
    unjudged_areas: str


@cache
def rules() -> Rules:
    """`drafting.toml` [rarer_work]."""
    raw = drafting_table("rarer_work")
    kinds = tuple(
        Kind(
            k["one"],
            k["many"],
            frozenset(k["case_types"]),
            tuple(k["cues"]),
            frozenset(k.get("applications", ())),
        )
        for k in raw["kinds"]
    )
    return Rules(kinds, frozenset(raw["cue_case_types"]), raw["sampled"],
                 raw["sampled_placeholder"], raw["unjudged"], raw["unjudged_areas"])  # fmt: skip


def _read(data: DraftData) -> list[int]:
    """The case numbers of the cases read (those with records), as the draft counts them."""
    return sorted(k for k in set(data.case) - {0} if k <= len(data.cases))


def kinds_sampled(data: DraftData) -> list[tuple[Kind, int]]:
    """Each kind of rarer work among the cases read, with how many cases are of it (in
    the order of `drafting.toml`; see `case_kinds`)."""
    count = Counter(case_kinds(data).values())
    return [(kind, count[kind]) for kind in rules().kinds if count[kind]]


def case_kinds(data: DraftData) -> dict[int, Kind]:
    """The kind of rarer work of each case read that is of one, by case number: a case is
    of the first kind whose case types hold its own, or, for a case of a general type
    (`cue_case_types`), whose applications hold what the case list named it or, where it
    named none, whose cues the inspectors' notes on it use."""
    r = rules()
    listed = frozenset(t for k in r.kinds for t in k.case_types)
    texts: dict[int, list[str]] = {}
    general = [k for k in _read(data) if data.cases[k - 1].case_type in r.cue_case_types
               and data.cases[k - 1].case_type not in listed]  # fmt: skip
    if general:
        wanted = set(general)
        recs = [i for i, k in enumerate(data.case) if k in wanted]
        said = data.texts(recs)
        for i in recs:
            texts.setdefault(data.case[i], []).append(said[i].text)
    out: dict[int, Kind] = {}
    for k in _read(data):
        case = data.cases[k - 1]
        words = " ".join(texts.get(k, []))
        cued = case.case_type in r.cue_case_types and case.case_type not in listed
        for kind in r.kinds:
            named = case.application in kind.applications if case.application else \
                has_any_words(words, kind.cues)  # fmt: skip
            if case.case_type in kind.case_types or (cued and named):
                out[k] = kind
                break
    return out


def unjudged_laws(data: DraftData) -> list[tuple[str, int]]:
    """The law types of cases read that no national judgement's section counts (under
    the 2021 framework, adoption), with how many cases: their findings are counted only
    in the area sections (and, under a framework grading the areas, in their grades)."""
    counted: set[str] = set()
    for jdef in data.framework.judgements:
        law = counted_cases(data.words, jdef)
        if law == "":
            return []  # a section counting every case read
        if law is not None:
            counted.add(law)
    if not counted:
        return []  # no section counts cases: nothing is left out
    laws = Counter(data.case_law[k] for k in _read(data))
    return [(lt, n) for lt, n in laws.items() if lt and lt not in counted]


def sample_lines(data: DraftData) -> list[tuple[str, str]]:
    """The sentences saying what rarer work the sample held and which cases no judgement
    counts, each with its placeholder ("" for none)."""
    r = rules()
    out: list[tuple[str, str]] = []
    sampled = kinds_sampled(data)
    if sampled:
        items = [f"{number_text(n)} {kind.one if n == 1 else kind.many}" for kind, n in sampled]
        out.append((r.sampled.format(list=join_list(items)), r.sampled_placeholder))
    left = unjudged_laws(data)
    if left:
        fw = data.framework
        cases = [f"{number_text(n)} {fw.law_type_label(lt).lower()} case{'' if n == 1 else 's'}"
                 for lt, n in left]  # fmt: skip
        one = len(left) == 1 and left[0][1] == 1
        said = join_list(cases) if one else "the " + join_list(cases)
        graded = any(j.scope == "area" for j in fw.judgements)  # the areas' grades weigh them
        frame = r.unjudged_areas if graded else r.unjudged
        text = frame.format(Cases=capitalise(said), are="is" if one else "are",
                            them="it" if one else "them")  # fmt: skip
        out.append((text, ""))
    return out
