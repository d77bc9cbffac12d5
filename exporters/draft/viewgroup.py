"""A group of stakeholders' view as a section counts it (issue 15; split from
`stakeholders`, which says it): the records from one source's interviews (judges and
magistrates, local authority staff, partner agencies), how strongly each praises or
criticises by its own words (`regard.grade`), the group's balance weighed by those words
(`Group.weights`: a note that praises before its reservation counts partly each way,
tester 16 D6), the kind of clause that balance is said in (`Group.said_as`), and what
each side is about (`weigh`).  `local` says whether a group's view in an area is the
area's own or the service's, said once nationally (`localfacts`, tester 16 D7).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from exporters.draft import localfacts, regard, viewpools
from exporters.draft.data import DraftData
from exporters.draft.perdata import PerData
from exporters.draft.tallies import Pool
from exporters.draft.viewabout import one_voice, said_about
from exporters.draft.viewparts import law_view
from exporters.draft.viewpools import balance_kind, whole_records
from exporters.draft.words import has_words
from store.framework import DraftingRules


@dataclass
class Group:
    """One source's records: its groups as the notes name them, its balance, how strongly
    each record praises or criticises (`regard.grade`) and what about (`regard.weigh`)."""

    names: list[str]
    pos: list[int]
    neg: list[int]
    source: str = ""
    compare: str = ""  # beside the group's whole view (`viewpools.compared`)
    rules: DraftingRules | None = None  # the framework's stakeholder shares
    grades: dict[int, str] = field(default_factory=dict)
    pos_about: list[str] = field(default_factory=list)
    neg_about: list[str] = field(default_factory=list)
    law: str = ""  # the law type its section is on: its records read by their part on it
    one: str = ""  # who gave its one record's view, where one person did (`one_voice`)
    # "pos" or "neg": in a group as much for as against ("even"), the side whose subjects
    # are each held more the other way (`weigh`), said apart ([views] `neg_apart`).
    apart: str = ""
    # How many of `neg_about`'s first subjects name each criticising record's own
    # subject, where its subject is among them (`weigh`, `_cover`).
    neg_cover: int = 1
    # Whether its other side (criticism in a mostly positive view, praise in a mostly
    # critical one) is one person's one note (`weigh`): "although one raised concerns",
    # never "some" (tester 28's A4 #3).
    single: bool = False
    # Whether strong praise with one mixed note may be said as strong praise (`said_as`):
    # only where that note is one person's (`single`), said as theirs.
    strong_one: bool = True

    @property
    def side(self) -> str:
        """for, against or mixed: the side the group's clause says (`said_as`), so that
        the sentence's direction and the QA reader's view say what the clause says."""
        said = self.said_as
        return "for" if said in FOR_KINDS else "against" if said in AGAINST_KINDS else "mixed"

    @property
    def weights(self) -> tuple[int, int]:
        """The praise and criticism the group's records hold by their own words, in
        parts of `WHOLE` a record: a record whose words go both ways (`regard.grade`
        "mixed": "quality generally excellent but 'some letters are late'") counts
        `MIXED_OWN` parts on the side it was recorded and the rest on the other, every
        other record wholly on its side, so that one judge's qualified remark never
        makes a group's view even against another's praise (tester 16, D6).  Only
        shares are compared (`viewpools.balance_kind`), so whole records count the same
        as before."""
        pos = neg = 0
        for i in self.pos:
            own = MIXED_OWN if self.grades.get(i) == "mixed" and self.several else WHOLE
            pos, neg = pos + own, neg + WHOLE - own
        for i in self.neg:
            own = MIXED_OWN if self.grades.get(i) == "mixed" and self.several else WHOLE
            pos, neg = pos + WHOLE - own, neg + own
        return pos, neg

    @property
    def several(self) -> bool:
        """Whether the group rests on more than one record: one record's view is said as
        recorded, qualified by its words (`said_as`)."""
        return len(self.pos) + len(self.neg) > 1

    @property
    def kind(self) -> str:
        """What the group's records say, weighed by their words (`weights`;
        `viewpools.balance_kind`, with the framework's stakeholder shares): "for",
        "against", "mostly_for", "mostly_against" (a clear margin), "even" or
        "divided"."""
        return balance_kind(*self.weights, self.rules)

    @property
    def lean(self) -> str:
        """The group's balance here as `viewpools.lean` says it, by `weights`."""
        return viewpools.lean(*self.weights, self.rules)

    @property
    def said_as(self) -> str:
        """How strongly the group is said to hold its view (`voices.toml` [views]): a
        group all for (or all against) is strong when at least half its records say so
        strongly by their own words, and qualified when any of them also says the other
        thing (but strong where at least half of all its notes praise strongly and the
        other side is one mixed note); other kinds as `kind`; in a narrower pool whose records lean otherwise
        than the group's whole view, how they compare (`viewpools.compared`)."""
        if self.compare:
            return self.compare
        kind = self.kind
        minority = (
            self.neg if kind == "mostly_for" else self.pos if kind == "mostly_against" else []
        )
        if minority and all(self.grades.get(i) == "mixed" for i in minority):
            # Praise strong in at least half of all its notes, one reservation: strong
            # praise, the reservation said as one's (kf35; tester 33: seven judges' notes
            # of strong praise and one mixed were "broadly positive ..., with some
            # reservations").
            strong = sum(self.grades.get(i) == "strong_for" for i in self.pos)
            if (
                kind == "mostly_for" and self.strong_one and len(minority) == 1
                and 2 * strong >= len(self.grades)
            ):  # fmt: skip
                return "strong_for"
            return f"qualified_{kind.removeprefix('mostly_')}"  # its other side: reservations
        if kind not in ("for", "against"):
            return kind
        grades = list(self.grades.values())
        if "mixed" in grades:
            return f"qualified_{kind}"
        strong = sum(g == f"strong_{kind}" for g in grades)
        return f"strong_{kind}" if strong * 2 >= len(grades) else kind


# A record's weight in its group's balance (`Group.weights`), and the part of one whose
# words go both ways counted on the side it was recorded: more than half, so that two
# such notes of praise are still praise.
WHOLE = 3
MIXED_OWN = 2

KINDS = (
    "strong_for",
    "for",
    "qualified_for",
    "mostly_for",
    "more_positive",
    "even",
    "divided",
    "less_positive",
    "mostly_against",
    "qualified_against",
    "strong_against",
    "against",
)  # the order said
FOR_KINDS = frozenset({"strong_for", "for", "qualified_for", "mostly_for", "more_positive"})
AGAINST_KINDS = frozenset(
    {"strong_against", "against", "qualified_against", "mostly_against", "less_positive"}
)


def of_records(pool: Pool, records: list[int], law: str = "") -> list[Group]:
    """The groups whose records these are, each record on the side it goes in a section
    on law type `law` (`viewparts.law_view`), else as recorded."""
    d = pool.data
    w = d.words
    texts = d.texts(records)
    side = {i: law_view(pool, i, law).polarity for i in records}
    out = []
    for source, names in w.stakeholder_groups.items():
        mine = [i for i in records if d.source[i] == source]
        neg = [i for i in mine if side[i] == "development"]
        # A view of a plan not yet in effect ("too early to say") is no positive view.
        pos = [i for i in mine if side[i] == "strength" and i not in d.hedged]
        if not pos and not neg:
            continue
        said = " ".join(texts[i].text for i in pos + neg)
        cued = [n for n in names if n in w.stakeholder_cues]
        named = [n for n in cued if any(has_words(said, c) for c in w.stakeholder_cues[n])]
        plain = [n for n in names if n not in w.stakeholder_cues]
        group = Group(named or plain or list(names[:1]), pos, neg, source, rules=d.rules, law=law)
        group.one = one_voice(pool, (pos + neg)[0]) if len(pos + neg) == 1 else ""
        group.grades = {i: law_view(pool, i, law).view.grade for i in pos + neg}
        out.append(group)
    return out


def weigh(pool: Pool, group: Group) -> None:
    """Each record's grade, and what each side of the group's view is about: the
    subjects its records' words name (`regard.weigh`), the commonest first; for records
    naming none, their criterion's topic where they bear it out (`relevance.borne_out`),
    else the service (`voices.toml` [view_about]).  Counted per subject and direction
    (`viewabout.said_about`): a subject is said on a side only as far as the group's own records
    about it go that way.  In a divided or even group, a side whose first subject more
    of its records take the other way is said apart (`Group.apart`: "praising the
    timeliness of reports, though some criticised it", never one judge's other point as
    the group's criticism: tester 20's key finding)."""
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    praised: Counter[str] = Counter()  # records praising each subject
    criticised: Counter[str] = Counter()  # records criticising it
    for i in [*group.pos, *group.neg]:
        read = law_view(pool, i, group.law).view  # as the section reads it (once per draft)
        group.grades[i] = read.grade
        strength = i in group.pos
        own, other = (pos, neg) if strength else (neg, pos)
        own_n, other_n = (praised, criticised) if strength else (criticised, praised)
        other_about, about = read.other, read.about
        own.update({a: 2 if k == 0 else 1 for k, a in enumerate(about)})  # each note's point first
        own_n.update(dict.fromkeys(about, 1))
        if group.grades[i] == "mixed":  # the other side it also says
            other.update(dict.fromkeys(other_about, 1))
            other_n.update(dict.fromkeys(other_about, 1))
    service = regard.service()
    for counter in (pos, neg):  # the service as a whole only where nothing else is named
        if len(counter) > 1:
            counter.pop(service, None)
    main = "pos" if group.kind in ("for", "mostly_for") else "neg" if group.kind in (
        "against", "mostly_against") else ""  # fmt: skip
    held = 0 if group.compare else pool.data.rules.material_cases  # said both ways
    pos_about = said_about(pos, praised, criticised, main == "pos", main == "", service, neg, held)
    neg_about = said_about(neg, criticised, praised, main == "neg", main == "", service, pos, held)
    group.apart = ""
    if not main and neg_about and criticised[neg_about[0]] < praised[neg_about[0]]:
        group.apart = "neg"  # its point more often praised: "..., though some criticised it"
    elif not main and pos_about and praised[pos_about[0]] < criticised[pos_about[0]]:
        group.apart = "pos"
    if group.kind == "even":  # as much each way: a side with no subject of its own names
        neg_named = [a for a, _n in neg.most_common() if a != service]
        pos_named = [a for a, _n in pos.most_common() if a != service]
        if neg_about == [service] and neg_named:  # its records' ("some criticised the ...")
            neg_about, group.apart = neg_named, "neg"
        elif pos_about == [service] and pos_named:
            pos_about, group.apart = pos_named, "pos"
    group.pos_about = regard.said_of(group.names, pos_about, group.one)  # never "partners
    group.neg_about = regard.said_of(group.names, neg_about, group.one)  # ... partners"
    views = [law_view(pool, i, group.law).view.about for i in group.neg]
    group.neg_cover = _cover(neg_about, views)
    kind = group.said_as
    fewer = group.neg if kind in FOR_KINDS else group.pos if kind in AGAINST_KINDS else []
    group.single = len(fewer) == 1 and bool(one_voice(pool, fewer[0]))
    if kind == "strong_for" and group.neg and not group.single:
        group.strong_one = False  # a reservation held by several: qualified, as before
    apart, group.apart = group.apart, ""
    if apart == "pos" and not group.pos_about:  # its subjects all repeat the group's name
        group.pos_about = regard.said_of(group.names, [service])
    elif apart == "neg" and not group.neg_about:
        group.neg_about = regard.said_of(group.names, [service])
    else:
        group.apart = apart


def _cover(about: list[str], views: list[tuple[str, ...]]) -> int:
    """How many of `about`'s first subjects a side's clause names so that each record on
    the side (`views`: what each is about) is said of a subject it names, where any of
    its subjects is in `about`: two district judges calling reports "a lottery" are
    never said to criticise the timeliness of reports because another judge's note on
    late reports is the group's commonest subject (tester 23's A5)."""
    need = 1
    for view in views:
        at = [about.index(a) for a in view if a in about]
        need = max(need, min(at, default=0) + 1)
    return need


def local(pool: Pool, group: Group) -> bool:
    """Whether what a group told inspectors in an area is the area's own (tester 16, D7:
    every area said that its judges praised the quality of reports, as the whole view
    did): true unless the visited areas share the group's view (`common_views`) and this
    area's is that view, its side and what it is about on that side.  A view the areas
    share is said once, by the national section that says the whole view."""
    common = common_views(pool).get(group.source)
    return common is None or not _alike(pool, group, *common)


def _alike(pool: Pool, group: Group, side: str, about: frozenset[str]) -> bool:
    """Whether `group` says the view (`side`, and a subject among `about`) as its clause
    would say it."""
    weigh(pool, group)
    if group.side != side:
        return False
    mine = group.pos_about if side == "for" else group.neg_about if side == "against" else []
    return set(mine[:1]) <= about


# Each group's view where the visited areas share it (`common_views`), once per draft's
# data.
_COMMON: PerData[str, tuple[str, frozenset[str]]] = PerData()


def common_views(pool: Pool) -> dict[str, tuple[str, frozenset[str]]]:
    """Each stakeholder source's whole view (every record from its interviews,
    `viewpools.whole_records`: the side its clause says and up to two subjects it says
    on that side), by source, where the visited areas share it: at least
    `support.toml` [local] `min_areas` of them have records from the source and at
    least `share` of those say that view (`_alike`)."""
    d = pool.data
    held = _COMMON.of(d)
    if held:
        return held
    held[""] = ("", frozenset())  # worked out, whatever it holds
    most, share = localfacts.local_rules()
    for g in of_records(pool, whole_records(d, sorted(d.words.partner_quotes))):
        weigh(pool, g)
        about = g.pos_about if g.side == "for" else g.neg_about if g.side == "against" else []
        view = (g.side, frozenset(about[:2]))
        areas = [of_records(pool, evs) for evs in _by_area(d, g.source).values()]
        alike = sum(_alike(pool, found[0], *view) for found in areas if found)
        total = sum(1 for found in areas if found)
        if total >= most and alike >= share * total:
            held[g.source] = view
    return held


def _by_area(d: DraftData, source: str) -> dict[str, list[int]]:
    """A stakeholder source's records counted by a visited area's section: about the
    area, or about a case of its own sample, by area."""
    visited = set(localfacts.visited(d))
    out: dict[str, list[int]] = {}
    for i in d.by_source.get(source, ()):
        c = d.case[i]
        area = d.case_area[c] if c else d.record_area.get(i)
        if area in visited and (not c or c in d.cases_in_area.get(area, ())):
            out.setdefault(area, []).append(i)
    return out


# A source's lean over all its records, once per draft's data: every section with
# stakeholders' views asks it of each group (`stakeholders._heard`).  It reads the
# section's pool only through its data: the source's records over the whole inspection
# (`whole_records`), each read as recorded (`law_view` with no law type: `record_view`
# and `_parts_read`, themselves once per draft's data).
_WHOLE: PerData[str, str] = PerData()


def whole_lean(pool: Pool, source: str) -> str:
    """A stakeholder source's lean over all its records (`viewpools.whole_records`),
    weighed by their words as a section's group is (`Group.weights`); "" where it has
    no strength or development record."""
    held = _WHOLE.of(pool.data)
    if source not in held:
        held[source] = _whole_lean(pool, source)
    return held[source]


def _whole_lean(pool: Pool, source: str) -> str:
    d = pool.data
    evs = whole_records(d, [source])
    pos = [i for i in evs if d.polarity[i] == "strength" and i not in d.hedged]
    neg = [i for i in evs if d.polarity[i] == "development"]
    if not pos and not neg:
        return ""
    group = Group([], pos, neg, source, rules=d.rules)
    group.grades = {i: law_view(pool, i, "").view.grade for i in pos + neg}
    return group.lean


def grades_line(group: Group) -> str:
    """How many of a group's records are of each grade ("2 strong praise, 1 mixed")."""
    counts = Counter(group.grades.values())
    return ", ".join(f"{counts[g]} {GRADE_NAMES[g]}" for g in regard.GRADES if counts[g])


GRADE_NAMES = {"strong_for": "strong praise", "for": "praise", "mixed": "mixed",
               "against": "criticism", "strong_against": "strong criticism"}  # fmt: skip
