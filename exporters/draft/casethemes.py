"""What the key findings' themes are made of (`themes.py` chooses among them): the
`Scene` they are drawn from, a `Theme` (one key finding, traced like a body sentence),
the wording (`key_findings.toml`), and which criteria are safeguarding.  The themes
themselves: safeguarding and the concerns escalated (`safeguardthemes.py`), the
strongest and the weakest practice (`practicethemes.py`), an area standing apart
(`areathemes.py`); where a weakness's cases against are concentrated
(`concentration.py`).  What each theme is: `themes.py`'s docstring.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from exporters.draft import identityaside, tallyline
from exporters.draft.claims import Context
from exporters.draft.data import DraftData
from exporters.draft.evensplit import even as even
from exporters.draft.judgementpool import retag
from exporters.draft.lowcoverage import LOW, coverage, has_base, sparse
from exporters.draft.tallies import Claim, Pool, Tally
from exporters.draft.trace import traced
from exporters.draft.wording import wording_table
from exporters.draft.words import join_list
from exporters.model import Sentence

if TYPE_CHECKING:  # stance.py drafts the sections' pools, which import this module
    from exporters.draft.stance import Sections

Side = Literal["strength", "weakness", "views"]
SMALL = " (counts: few cases)"  # a tally said in counts, flagged "small sample"


@cache
def wording() -> dict[str, Any]:
    """`key_findings.toml`: the frames, quotas and limits of the key findings."""
    return wording_table("key_findings.toml")


@dataclass
class Theme:
    """One key finding: which side it is on, what it weighs (the cases and records it
    rests on) and its sentences; `urgent` leads whatever the grade, and `kept` is stated
    whatever the grade's quota."""

    side: Side
    name: str
    weight: int
    sentences: list[Sentence]
    urgent: bool = False
    kept: bool = False  # stated whatever the grade's quota
    # The cases whose safeguarding concerns inspectors escalated that the finding says.
    escalated: frozenset[int] = frozenset()
    grades: int = 1  # how many judgements' grades the finding gives (areas together)
    # A reason the grade rests on said without a criterion (the leaders' central
    # message: `leadersmessage.py`): no placeholder for the reasons.
    reasoned: bool = False
    # The law type a law type's finding is about ("PRIVATE"): its points are said of that
    # law type's cases only, so another law type's finding may state them the other way
    # ("" for any other finding: `themes.one_way`).
    law: str = ""


@dataclass
class Scene:
    """What the themes are drawn from: the summary's context, the claims that may be
    key findings (`national`), each law type's cases and each visited area's evidence."""

    ctx: Context
    claims: list[Claim]
    laws: dict[str, Pool]
    areas: dict[tuple[str, ...], Pool]
    # The sides on which an area visited stands apart from the others ("weakness": one
    # far below them, or inadequate while others are not; `areathemes.apart_sides`).
    apart: frozenset[str] = frozenset()
    # How the body's sections weigh each point (`stance.Sections`): a key finding states
    # a point only the way each section it summarises weighs it.
    sections: Sections | None = None

    @property
    def data(self) -> DraftData:
        return self.ctx.data

    @property
    def body(self) -> Sections:
        """How the body's sections weigh each point (set by `themes.scene`)."""
        assert self.sections is not None
        return self.sections


def everything(data: DraftData, key: str) -> Pool:
    """The whole inspection's evidence: every case read and every record about an area or
    the organisation."""
    wide = sorted([*data.national, *(i for evs in data.area_level.values() for i in evs)])
    # A note naming one law type only, tagged with the other's criterion, is counted on
    # that criterion's twin (`national.retagged`).
    return retag(Pool(data, set(data.national_cases), wide, key=key))


def grade_rank(data: DraftData, grade: str | None) -> int | None:
    """A grade's rank (1 outstanding ... 4 inadequate), None for no grade or one the
    framework does not know."""
    if not grade:
        return None
    try:
        return data.framework.grade(grade).rank
    except (KeyError, ValueError):
        return None


def choose_text(sc: Scene, options: Sequence[str], what: str, **fill: str) -> str:
    """One of the frames, filled in, as the report's voice chooses it (one not said yet
    where one is left)."""
    ctx = sc.ctx
    filled = [o.format(**fill) for o in options]
    return ctx.voice.choose(filled, ctx.key, what, openings=ctx.openings) or filled[0]


def cases_line(t: Tally, label: str = "") -> str:
    """A tally as a key finding's comment gives it ("QP5 (public law): 4 for, 1 against
    of 5")."""
    where = f" ({label})" if label else ""
    low = f"; {coverage(t)}" if sparse(t) else ""  # "low coverage: 12 of 30 sampled ..."
    low += f"; {tallyline.others_part(t)}" if t.others else ""  # tester 32's F8
    return f"{t.criterion}{where}: {len(t.pos)} for, {len(t.neg)} against of {t.views}{low}"


def own_records(sc: Scene, crits: Sequence[str], cases: set[int], polarity: str) -> list[int]:
    """The inspectors' own records of one polarity on the criteria, in the given cases."""
    d, pool = sc.data, sc.ctx.pool
    return [i for c in crits for i in pool.records(c, polarity) if d.case[i] in cases and d.own[i]]


def _few_named(basis: str, most: int = 3) -> str:
    """A comment naming at most `most` of the cases whose notes disagree (a key finding
    counts hundreds of cases: the CSV trace lists them all)."""
    head, sep, named = basis.partition("; notes disagree in ")
    refs = named.split(", ")
    if not sep or len(refs) <= most:
        return basis
    return f"{head}{sep}{', '.join(refs[:most])} and {len(refs) - most} more"


def fold(theme: Theme | None, said: Theme) -> Theme:
    """One finding of several sentences: `said` added to `theme`, or `said` alone."""
    if theme is None:
        return said
    theme.sentences += said.sentences
    theme.weight += said.weight
    return theme


def make_theme(
    sc: Scene, side: Side, name: str, text: str, evs: Sequence[int], *, crits: Sequence[str],
    basis: str, cases: Sequence[int] = (), urgent: bool = False,
) -> Theme:  # fmt: skip
    """A finding of one sentence traced to the records `evs` and the cases counted, its
    criteria remembered as stated, weighed by its cases and records about
    the service."""
    d = sc.data
    direction = {"strength": "for", "weakness": "against"}.get(side, "balanced")
    s = traced(text, list(dict.fromkeys(evs)), d, role="claim", criteria=list(crits),
               basis=basis, direction=direction, cases=cases)  # fmt: skip
    s.basis = _few_named(s.basis)
    if SMALL in basis:
        s.flags = [*s.flags, "small sample"]
    if f"{LOW}: " in basis and has_base(text):  # a share said in counts, with its base
        s.flags = [*s.flags, LOW]
    left = [x for c in crits if (x := identityaside.line(d, c, sc.ctx.pool.has))]
    if left:  # notes about a child's identity, left out of a safeguarding tally
        s.basis += "; " + "; ".join(left)
        s.flags = [*s.flags, identityaside.FLAG]
    sc.ctx.stated.update(crits)
    heavy = len(set(cases)) + sum(1 for i in set(evs) if not d.case[i])
    return Theme(side, name, heavy, [s], urgent)


# Which criteria are safeguarding, and when cases against them are material -----


def safeguarding(data: DraftData) -> set[str]:
    """The framework's safeguarding criteria: those of a group whose name says so."""
    fw = data.framework
    groups = {g for g, name in fw.criterion_groups.items() if "safeguard" in name.lower()}
    return {c.id for c in fw.criteria if c.group in groups}


def material_against(data: DraftData, c: Claim) -> bool:
    """Whether the cases against a claim are enough to state: the framework's
    `material_cases`, or every case with a view on it in one visited area (0 of 3 in an
    area is a finding about that area, however the rest of the sample went)."""
    neg = set(c.tally.neg)
    if len(neg) >= data.rules.material_cases:
        return True
    on = set(c.tally.pos) | set(c.tally.mixed) | neg
    for a in data.areas:
        mine = {k for k in on if data.case_area[k] == a.code}
        if a.visited and len(mine) >= 2 and mine <= neg:
            return True
    return False


def nouns_list(nouns: Sequence[str]) -> str:
    """Nouns in a list, "a, and b" where one holds an "and" of its own; two that open
    with the same words before "of" said once ("the timeliness of reports to court and
    of work on private law applications", never "timeliness" twice)."""
    if len(nouns) == 2:
        (h1, of1, t1), (h2, of2, t2) = (n.partition(" of ") for n in nouns)
        if of1 and of2 and h1.removeprefix("the ") == h2.removeprefix("the ") and " and " not in t1:
            return f"{h1} of {t1} and of {t2}"
    if len(nouns) == 2 and any(" and " in n for n in nouns):
        return ", and ".join(nouns)
    if len(nouns) > 2 and any(" and " in n for n in nouns):  # "a, b and c, and d"
        return ", ".join(nouns[:-1]) + ", and " + nouns[-1]
    return join_list(list(nouns))
