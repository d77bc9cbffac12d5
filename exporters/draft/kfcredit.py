"""The key finding crediting what a service below good still does well (issue 15,
tester 34's F10: an inadequate service's four key findings were all failures, though its
sections said that children were listened to carefully in all four cases inspectors
could judge and that complaints were answered on time).

A real report on a failing service names its failures first and then, briefly, the
little that is good.  Where the service is below good (`themes.overall_rank`: 3 or 4)
and no key finding chosen is a strength (stakeholders' praise aside: theirs, not a
finding of the inspectors'), one finding is added after all the others,
naming the points its sections themselves state as strengths:

- points of practice whose cases go for them: the section states them one way (the
  claim's direction), on at least the framework's `material_cases` cases, at least
  `MOSTLY` times as many for as against, weighed as a strength by every national
  section holding them (`stance.Sections`), and never a point a judgement's rationale
  names as a weakness or a minority weakness a grade rests on (as the strongest
  practice: `kfrationale.named_weak`, `improvements.minority_reasons`); each said with
  its count and base ("in all four of the cases with evidence on it (of the 57 read)"),
  the most cases first, up to [limits] `nouns`;
- then one point about the service (the leadership's, workforce's or partnerships'
  records, no case) that its section states as a strength, every record on it one way:
  on `material_cases` records or more, or one record of the service's own documents
  ([credit] `sources`: a complaints log, performance data), never one person's word
  and never a hedged strength ("too early to tell": `servicethemes._firm`).

The frame says how few they are for the grade ([credit] by rank: "few strengths" for
an inadequate service), so the finding never softens the failures before it.  None
where no point qualifies.  Wording: `key_findings.toml` [credit].
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import ownview
from exporters.draft.attributed import hedged
from exporters.draft.casethemes import Scene, Theme, cases_line, choose_text, make_theme
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.concentration import share
from exporters.draft.headlines import MOSTLY
from exporters.draft.improvements import minority_reasons
from exporters.draft.kfrationale import named_weak
from exporters.draft.lowcoverage import with_base
from exporters.draft.tallies import Claim, same_point

CREDIT = "credit"
"""The name of the finding (placed last: it is added after the others are chosen)."""


def credit_last(sc: Scene, chosen: list[Theme], rank: int | None) -> list[Theme]:
    """The findings chosen, with the credit of a service below good after them where
    none of them is a strength (see the module docstring)."""
    # Stakeholders' praise is theirs, not a strength inspectors found.
    if rank is None or rank < 3 or any(t.side == "strength" and t.name != "views" for t in chosen):
        return chosen
    theme = _credit(sc, rank)
    if theme is None:
        return chosen
    out = [*chosen, theme]
    most = kf_wording()["limits"]["most"]
    while len(out) > most and (drop := [t for t in out if not (t.kept or t.urgent)]):
        out.remove(drop[-1])
    return out


def _credit(sc: Scene, rank: int) -> Theme | None:
    practice = _practice(sc)
    service = _service(sc)
    if not practice and not service:
        return None
    table = kf_wording()["credit"]
    parts = [with_base(c.tally, str(table["item" if not k else "item_again"]).format(
                 noun=c.words.noun, share=share(sc, c.tally, "for")))
             for k, c in enumerate(practice)]  # fmt: skip
    parts += [c.words.noun for c, _evs in service]
    text = choose_text(sc, table[str(rank)], "key|credit", items=_joined(parts, str(table["join"])))
    cases = [k for c in practice for k in c.tally.pos]
    evs = [i for c in practice for i in sc.ctx.pool.records(c.criterion, "strength")
           if sc.data.case[i] in set(cases) and sc.data.own[i]]  # fmt: skip
    evs += [i for _c, got in service for i in got]
    lines = [cases_line(c.tally) for c in practice]
    lines += [
        f"{c.criterion}: {len(got)} strength, no development on the service" for c, got in service
    ]
    basis = f"a service below good whose other findings credit nothing; stated as strengths in its sections: {'; '.join(lines)}"
    crits = [c.criterion for c in practice] + [c.criterion for c, _evs in service]
    theme = make_theme(sc, "strength", CREDIT, text, evs, crits=crits, basis=basis, cases=cases)
    theme.kept = True  # the few strengths of a failing service are always credited
    return theme


def _joined(parts: Sequence[str], join: str) -> str:
    """The points named in a row: "A, and in B"; "A, in B, and in C" (each may hold a
    comma of its own)."""
    if len(parts) < 2:
        return "".join(parts)
    return ", in ".join(parts[:-1]) + join + parts[-1]


def _weighed_for(sc: Scene, crit: str) -> bool:
    """Whether every national section holding the point weighs it as a strength, and
    one at least does (`stance.Sections`)."""
    got = sc.body.national(crit)
    return "for" in got and sc.body.agree(got, "strength")


def _practice(sc: Scene) -> list[Claim]:
    """The points of practice the sections state as strengths (see the module
    docstring), the most cases for first, then the largest share."""
    d = sc.data
    weak = named_weak(d) | minority_reasons(d)
    found = []
    for c in sc.claims:
        pos, neg = len(c.tally.pos), len(c.tally.neg)
        if not c.by_cases or c.direction != "for" or c.criterion in weak:
            continue
        if pos < d.rules.material_cases or pos < MOSTLY * neg:
            continue
        if not sc.ctx.stated.isdisjoint(same_point(c.criterion)) or not _weighed_for(
            sc, c.criterion
        ):
            continue
        found.append((-pos, -pos / c.tally.views, c.criterion, c))
    return [c for *_k, c in sorted(found, key=lambda x: x[:3])][: kf_wording()["limits"]["nouns"]]


def _service(sc: Scene) -> list[tuple[Claim, list[int]]]:
    """The one point about the service its section states as a strength on records all
    one way (see the module docstring), with those records; the most records first."""
    d, pool = sc.data, sc.ctx.pool
    sources = set(kf_wording()["credit"]["sources"])
    found = []
    for c in sc.claims:
        if (
            c.by_cases
            or c.direction != "for"
            or not sc.ctx.stated.isdisjoint(same_point(c.criterion))
        ):
            continue
        mine = [i for i in pool.records(c.criterion, "strength") if not d.case[i]]
        if any(not d.case[i] for i in pool.records(c.criterion, "development")):
            continue
        firm = _firm(sc, mine)
        enough = len(firm) >= d.rules.material_cases or any(d.source[i] in sources for i in firm)
        if enough and _weighed_for(sc, c.criterion):
            found.append((-len(firm), c.criterion, c, firm))
    return [(c, firm) for *_k, c, firm in sorted(found, key=lambda x: x[:2])][:1]


def _firm(sc: Scene, evs: Sequence[int]) -> list[int]:
    """The records that count: never a hedged strength ("too early to tell"), nor
    someone's word that the figures agree (as `servicethemes._firm`)."""
    d = sc.data
    left = set(hedged(d, list(evs))) | ownview.views_only(d)
    return [i for i in evs if i not in left]
