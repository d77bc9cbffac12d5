"""The key findings' theme on safeguarding (`themes.py` chooses among the themes): the
safeguarding criteria failing in material numbers of cases, with the concerns inspectors
found to escalate, in one sentence (a failure concentrated in another place than the
first, a law type or some areas, in a sentence of its own: `concentration.one_measure`),
or the concerns escalated alone.  Wording:
`key_findings.toml`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from exporters.draft.areagroups import area_name
from exporters.draft.areathemes import below_good_areas, escalated_in, states_weakness
from exporters.draft.casethemes import (
    Scene,
    Theme,
    cases_line,
    choose_text,
    fold,
    grade_rank,
    make_theme,
    material_against,
    nouns_list,
    own_records,
    safeguarding,
    wording,
)
from exporters.draft.concentration import (
    Measured,
    in_areas,
    located_in_law,
    one_measure,
    share,
    split_law,
    where,
)
from exporters.draft.coverage import escalations
from exporters.draft.kffaults import as_found
from exporters.draft.lowcoverage import with_base
from exporters.draft.safety import safety_criteria
from exporters.draft.sameness import fresh_wordings
from exporters.draft.sections import recorded_grade
from exporters.draft.tallies import Claim, Tally
from exporters.draft.trace import traced
from exporters.draft.words import capitalise, join_list, number_text

INADEQUATE_RANK = 4  # the grade rank of inadequate
LONG_WORDS = 40  # a finding with its concerns escalated, in words, before they go apart


def safeguarding_theme(sc: Scene) -> list[Theme]:
    """The safeguarding criteria failing in material numbers of cases, and the concerns
    inspectors found to escalate, in one sentence: one finding, stated whatever the
    grade (`kept`), and first of all (`urgent`) where a safeguarding criterion fails in
    more than half of at least `min_cases` cases with a view."""
    d, w = sc.data, wording()["frames"]
    guard = safeguarding(d)
    weak = [c for c in sc.claims if c.criterion in guard and c.by_cases and c.tally.neg
            and material_against(d, c)]  # fmt: skip
    weak = [c for c in weak if not _few_in_place(sc, c)]
    weak = [c for c in weak if not _area_says(sc, c, frozenset(x.criterion for x in weak))]
    # Keeping children safe before the rest of the framework's group (the advice to the
    # court, information for families), then by cases against (tester 24's A5).
    safe = safety_criteria(d.framework)
    weak = sorted(weak, key=lambda c: (c.criterion not in safe, -len(c.tally.neg)))
    weak = weak[: wording()["limits"]["nouns"]]
    everyone = list(weak)
    # A weakness concentrated in a law type whose own cases split evenly: said of it,
    # as inconsistent, in a sentence of its own (`_split_theme`), never a national share.
    split = {c.criterion: found for c in weak if (found := split_law(sc, c)) is not None}
    weak = [c for c in weak if c.criterion not in split]
    esc = _escalations(sc)
    evens = _split_theme(sc, [c for c in everyone if c.criterion in split], split)
    if not weak:
        if evens is None:
            return [] if esc is None else [_escalated_alone(sc, *esc)]
        evens.kept = True
        law = next(iter(split.values()))[0]  # the law type the first sentence is of
        return [evens if esc is None else fold(evens, _escalated_alone(sc, *esc, law=law))]
    weak_share = wording()["limits"]["weak_share"]
    wide = any(len(c.tally.neg) >= weak_share * c.tally.views for c in weak)
    theme: Theme | None = None
    # Its sentences likewise, each as `one_measure` orders them.
    groups = sorted(
        one_measure(sc, weak), key=lambda g: safe.isdisjoint(c.criterion for c, *_x in g[0])
    )
    for k, group in enumerate(groups):
        clauses = _weak_clauses(sc, group)
        joined = _joined([x for x, _ in clauses])
        frame = "safeguarding_also" if k else "safeguarding" if wide else "safeguarding_few"
        if frame == "safeguarding" and safe.isdisjoint(c.criterion for c, *_x in group[0]):
            # Headed "safeguarding" only where it is about keeping children safe: letters
            # to children (information for families, in the framework's group on
            # safeguarding and welfare) are said as what they are (tester 18).
            frame = "safeguarding_few"
        if frame == "safeguarding" and _inadequate(sc, group[0][0][1]):
            frame = "safeguarding_inadequate"
        text = choose_text(sc, w[frame], f"key|{frame}", clauses=joined,
                           Clauses=capitalise(joined))  # fmt: skip
        basis = "; ".join(b for _, b in clauses)
        heavy = 0
        # One sentence where the concerns escalated are the same point: a weakness said
        # of all the cases.  One said of a law type or some areas is a share of their
        # cases only, so the concerns (of any case) follow in a sentence of their own
        # (tester 15: a private law concern counted in a public law sentence).
        alone = esc is not None and not k and any(group[0][0][1:3])
        if esc is not None and not k and not alone:
            fill, esc_basis, _records_escalated, heavy = esc
            text = _with_escalations(sc, text, fill)
            basis += "; " + esc_basis
        crits = [c.criterion for c, *_x in group[0]]
        cases = [n for *_x, t in group[0] for n in t.neg]
        said = make_theme(sc, "weakness", "safeguarding", text,
                          own_records(sc, crits, set(cases), "development"),
                          crits=crits, basis=basis, cases=cases)  # fmt: skip
        said.weight += heavy
        c0, law0, area0, t0 = group[0][0]
        where = located_in_law(sc, c0, t0) if law0 and not area0 else None
        said.sentences.extend([where] if where is not None else [])  # kf26, tester 25's A1
        theme = fold(theme, said)
        if alone and esc is not None:
            law = _law_code(sc, group[0][0][1])
            theme = fold(theme, _escalated_alone(sc, *esc, law=law))
    assert theme is not None  # one group at least: `weak` is not empty
    if evens is not None:
        theme = fold(theme, evens)
    theme.urgent = any(2 * len(c.tally.neg) > c.tally.views >= d.rules.min_cases for c in weak)
    theme.kept = True
    return [theme]


def _with_escalations(sc: Scene, text: str, fill: dict[str, str]) -> str:
    """The safeguarding finding with the concerns escalated added before its full stop
    (`escalated_also`), or, where that makes a sentence of more than `LONG_WORDS` words,
    said in a sentence of their own after it (`escalated`; tester 31's finding ran to 61
    words, tester 30's to 46)."""
    w = wording()["frames"]
    joined = text[:-1] + str(w["escalated_also"]).format(**fill) + text[-1]
    if len(joined.split()) <= LONG_WORDS:
        return joined
    after = choose_text(sc, w["escalated"], "key|escalated", **fill)
    return f"{text} {after}"


def _inadequate(sc: Scene, law_words: str) -> bool:
    """Whether the judgement a safeguarding finding is about is graded inadequate: the
    law type's it is said of (`law_words`, "public law "), else the overall judgement
    (where the framework makes one).  Its finding then reads as inadequate, never as
    not yet strong or inconsistent, the words of a grade requiring improvement
    (`[frames] safeguarding_inadequate`, `safeguarding_even_inadequate`)."""
    d = sc.data
    if law_words:
        laws = {f"{d.framework.law_type_label(law).lower()} ": jid
                for law, jid in sc.body.laws.items()}  # fmt: skip
        jids = [laws[law_words]] if law_words in laws else []
    else:  # all the cases: the overall judgement, else each law type's (tester 30)
        jids = [j.id for j in d.framework.judgements if j.overall] or [*sc.body.laws.values()]
    for jid in jids:
        grade, provisional = recorded_grade(d, d.judgement(jid))
        if not provisional and grade_rank(d, grade) == INADEQUATE_RANK:
            return True
    return False


def _few_in_place(sc: Scene, c: Claim) -> bool:
    """Whether a safeguarding weakness would be said of a law type's cases
    (`concentration.where`) resting on fewer than the framework's `min_cases` of them
    with a view, not against in every one of more than `material_cases` (tester 15: "In
    both public law cases ..., the advice the court receives is not good enough", a key
    finding on two cases).  Both of two cases is the law type's section's point, said in
    counts there, not a finding about a national law type; all three is one.  A failure
    in every case of one visited area stays a key finding (`material_against`: that
    area's finding, reader 5)."""
    d = sc.data
    (law, _area, mine), _lines = where(sc, c)
    if not law:
        return False
    return (
        mine.views < d.rules.min_cases and not len(mine.neg) == mine.views > d.rules.material_cases
    )


def _area_says(sc: Scene, c: Claim, weak: frozenset[str]) -> bool:
    """Whether a safeguarding weakness concentrated in one visited area graded below good
    (`concentration.where`) is a point that area's own finding names
    (`areathemes.states_weakness`, the other safeguarding weaknesses `weak` said here):
    said there, once, beside the area's grade (tester 21's A5: "In all four cases ... in
    Area 4, the advice the court receives is not good enough" opened the safeguarding
    finding, just above Area 4's own)."""
    (_law, area, _mine), _lines = where(sc, c)
    found = in_areas(sc, c)
    if not area or found is None or len(found[0]) != 1:
        return False
    codes = found[0][0]
    return codes in below_good_areas(sc) and states_weakness(
        sc, codes, c.criterion, weak - {c.criterion}
    )


def _split_theme(
    sc: Scene, claims: Sequence[Claim], split: dict[str, tuple[str, Tally]]
) -> Theme | None:
    """The safeguarding weaknesses concentrated in a law type whose own cases split about
    evenly (`concentration.split_law`), one sentence for each law type, as the law
    type's section says them ("In public law, practice in following up safeguarding
    concerns is inconsistent: in four of the eight cases inspectors could assess, ...",
    [frames] `safeguarding_even`): balanced, never a national share; none on fewer than
    the framework's `min_cases` cases of that law type with a view."""
    d, w = sc.data, wording()["frames"]
    theme: Theme | None = None
    by_law: dict[str, list[Claim]] = {}
    for c in claims:
        if split[c.criterion][1].views >= d.rules.min_cases:
            by_law.setdefault(split[c.criterion][0], []).append(c)
    for law, mine in by_law.items():
        label = d.framework.law_type_label(law).lower()
        clauses = []
        for k, c in enumerate(mine):
            t = split[c.criterion][1]
            lead = w["share" if k == 0 else "share_again"].format(
                share=share(sc, t), law="", in_area=""
            )
            lead = with_base(t, lead, c.words.noun)
            clauses.append(lead + as_found(sc, c, t.neg, _general(sc, c, "weakness")))
        nouns = nouns_list([c.words.noun for c in mine])
        frame = (
            "safeguarding_even_inadequate" if _inadequate(sc, f"{label} ") else "safeguarding_even"
        )
        text = choose_text(sc, w[frame], f"key|{frame}", law=label,
                           nouns=nouns, clauses=_joined(clauses))  # fmt: skip
        basis = "; ".join(f"{cases_line(c.tally)}; {cases_line(split[c.criterion][1], label)}"
                          for c in mine)  # fmt: skip
        crits = [c.criterion for c in mine]
        cases = [k for c in mine for k in split[c.criterion][1].neg]
        said = make_theme(sc, "weakness", "safeguarding", text,
                          own_records(sc, crits, set(cases), "development"),
                          crits=crits, basis=basis, cases=cases)  # fmt: skip
        # Both sides in about equal measure: the sentence weighs them, it states no side.
        said.sentences[0].direction = "balanced"
        # Where most of its cases against are (kf26, tester 25's A1).
        where = located_in_law(sc, mine[0], split[mine[0].criterion][1])
        said.sentences.extend([where] if where is not None else [])
        theme = fold(theme, said)
    return theme


Escalated = tuple[dict[str, str], str, list[int], int]


def _escalations(sc: Scene) -> Escalated | None:
    """The safeguarding concerns inspectors found to escalate, by count (in one area,
    named, where every case is there): the frame's fill, the comment's line, the
    records and the number of cases; None where there are none, or where the findings on
    the areas below good say them all, with those still to escalate (`said_by_areas`,
    `areathemes.still_open`): never the same concerns counted in two findings."""
    d, w = sc.data, wording()
    esc = escalations(sc.ctx)
    n, k = len(esc.cases), len(esc.open)
    if not n or esc.cases <= said_by_areas(sc):
        return None
    areas = {d.case_area[c] for c in esc.cases}
    where = ""
    if len(areas) == 1 and (code := areas.pop()) and len(sc.areas) > 1:
        where = f" in {area_name(d, (code,))}"
    so_far = w["so_far"]
    if not k:
        said = so_far["one_done" if n == 1 else "all"]
    elif k == n:
        said = so_far["one_open" if n == 1 else "none"]
    else:
        said = so_far["some"].format(open=number_text(k))
    fill = {"cases": f"{number_text(n)} case{'' if n == 1 else 's'}", "where": where,
            "so_far": said}  # fmt: skip
    basis = (f"Safeguarding concerns recorded on {n} case{'' if n == 1 else 's'}{where}; "
             f"{k} not yet escalated")  # fmt: skip
    return fill, basis, esc.records, n


def said_by_areas(sc: Scene) -> set[int]:
    """The cases whose escalated concerns the findings on the areas below good say
    (`areathemes.below`: each visited area graded below good whose own evidence does not
    dispute its grade): the summary says them there, once, not again here."""
    return {k for codes in below_good_areas(sc) for k in escalated_in(sc, codes)[1]}


def _law_code(sc: Scene, law_words: str) -> str:
    """The law type a finding's words name ("private law " -> its code; "" for none)."""
    fw = sc.data.framework
    return next((lt.code for lt in fw.law_types
                 if law_words and f"{fw.law_type_label(lt.code).lower()} " == law_words), "")  # fmt: skip


def _by_law(sc: Scene, records: list[int], law: str) -> str:
    """The cases of some escalated concerns counted by law type, the law type `law` (the
    one the finding before is of) first: "eight private law cases and two public law
    cases" (tester 25's F12: "10 cases" after a private law finding read as private
    law's, whose section says eight)."""
    d = sc.data
    cases = {k for i in records if (k := d.case[i])}
    counts = Counter(d.case_law[k] for k in cases)
    order = sorted(counts, key=lambda lt: (lt != law, -counts[lt], lt))
    parts = []
    for lt in order:
        label = d.framework.law_type_label(lt).lower() if lt else ""
        m = counts[lt]
        noun = f"{label} case{'' if m == 1 else 's'}" if label else f"case{'' if m == 1 else 's'}"
        parts.append(f"{number_text(m)} {noun}")
    return join_list(parts)


def _escalated_alone(
    sc: Scene, fill: dict[str, str], basis: str, records: list[int], n: int, law: str = ""
) -> Theme:
    """The concerns escalated as a finding of their own: counts only, the comment naming
    no case; after a law type's finding (`law`, its code), counted by law type, that one
    first (`_by_law`)."""
    d = sc.data
    if law and len(d.framework.law_types) > 1:
        fill = {**fill, "cases": _by_law(sc, records, law)}
    text = choose_text(sc, wording()["frames"]["escalated"], "key|escalated", **fill)
    crits = sorted({c for i in records for c in d.crits[i]} & safeguarding(d)) or sorted(
        {c for i in records for c in d.crits[i]})  # fmt: skip
    s = traced(text, records, d, role="claim", basis=basis, direction="against",
               criteria=crits, with_excerpts=False)  # fmt: skip
    s.case_refs, s.evidence_ids = [], []  # counts only: the comment names no case
    cases = frozenset(k for i in records if (k := d.case[i]))
    return Theme("weakness", "escalated", n, [s], kept=True, escalated=cases)


def _joined(clauses: Sequence[str]) -> str:
    """Clauses in one sentence: "a, and b" (each clause may hold a comma of its own)."""
    return ", and ".join(clauses) if len(clauses) == 2 else join_list(list(clauses))


def _weak_clauses(sc: Scene, group: tuple[list[Measured], list[str]]) -> list[tuple[str, str]]:
    """The weaknesses of one sentence as the key findings say them ("in most of the public
    law cases inspectors could assess, <weakness>", the second more briefly), with the
    tallies each rests on: weaknesses concentrated in the same place, their shares of
    its cases (`concentration.one_measure`)."""
    out = []
    for k, ((c, law, area, mine), said) in enumerate(zip(*group, strict=True)):
        frame = wording()["frames"]["share" if k == 0 else "share_again"]
        lead = with_base(mine, frame.format(share=share(sc, mine), law=law, in_area=area),
                     c.words.noun, law, area)  # fmt: skip
        out.append((lead + as_found(sc, c, mine.neg, _general(sc, c, "weakness")), said))
    return out


def _general(sc: Scene, c: Claim, side: str) -> str:
    """The criterion's wording true of any strength (weakness) on it, one the report has
    not said yet where one is left (`sameness.fresh_wordings`)."""
    w = c.words
    options = (w.strength_general or w.strength) if side == "strength" else (
        w.weakness_general or w.weakness)  # fmt: skip
    fresh = fresh_wordings(sc.ctx.voice.said, options)
    return fresh[0] if fresh else c.words.noun
