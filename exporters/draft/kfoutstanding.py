"""The key findings of a service judged outstanding overall read as outstanding (issue
15; tester 33: "Practice is strong in ...", "The national leadership is judged
outstanding: inspectors found strengths in ...", "broadly positive ... with some
reservations" and a small safeguarding shortfall said nothing of why the service was
outstanding rather than good).

- The leaders' finding comes first, with their impact where the evidence shows it:
  every area visited graded good or better ([frames] `leaders_impact`: how many of them
  outstanding), which then replaces the finding that only says so (`areas_good`).
- The strongest practice, where it holds in every area visited with nothing against it
  worth stating, is said as consistently strong ([frames] `strongest_consistent`).
- Everything else stays as chosen, the little that is weaker included, in its place.
"""

from __future__ import annotations

from exporters.draft.casethemes import Scene, Theme, choose_text
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.kfcause import area_causes
from exporters.draft.sections import spread_ranks
from exporters.draft.tallies import material
from exporters.draft.words import number_text
from exporters.model import Sentence

OUTSTANDING = 1  # the rank of an outstanding grade


def outstanding_first(sc: Scene, chosen: list[Theme], rank: int | None) -> list[Theme]:
    """`chosen` as an outstanding service's key findings say them (see the module
    docstring); as it is where the overall grade (`rank`) is not outstanding."""
    if rank != OUTSTANDING:
        return chosen
    _consistent(sc, chosen)
    leaders = next((t for t in chosen if t.name == "leaders" and t.side == "strength"), None)
    if leaders is None:
        return chosen
    impact = _impact(sc)
    if impact is not None:
        # After the grade and its points; a grade with no point of its own keeps its
        # placeholder for the lead's reasons (`themes.with_reasons`).
        leaders.sentences.insert(1, impact)
        # Why a weaker area is not outstanding, where its section finds the cause.
        leaders.sentences[2:2] = area_causes(sc)
        chosen = [t for t in chosen if t.name != "areas"]  # said in the leaders' finding
    return [leaders, *(t for t in chosen if t is not leaders)]


def _impact(sc: Scene) -> Sentence | None:
    """The leaders' impact in every area visited, where each is graded good or better."""
    ranks = spread_ranks(sc.data)
    if len(ranks) < 2 or any(r > 2 for r in ranks):
        return None
    top = sum(r == OUTSTANDING for r in ranks)
    key = "leaders_impact_all" if top == len(ranks) else (
        "leaders_impact_none" if not top else "leaders_impact")  # fmt: skip
    text = choose_text(sc, kf_wording()["frames"][key], "key|leaders_impact",
                       outstanding=number_text(top), visited=number_text(len(ranks)))  # fmt: skip
    basis = f"Areas visited: {top} outstanding, {len(ranks) - top} good, none below good"
    return Sentence(text=text, role="claim", basis=basis, direction="for")


def _throughout(sc: Scene, criteria: list[str]) -> bool:
    """Whether nothing goes against each point in a share worth stating (`material`,
    as a "consistently" headline needs: `headlines.Finding.throughout`)."""
    rules = sc.data.rules
    claims = [sc.ctx.pool.claim(c) for c in criteria]
    return bool(claims) and all(
        c is not None and not material(len(c.tally.neg), c.tally.views, rules) for c in claims
    )


def _consistent(sc: Scene, chosen: list[Theme]) -> None:
    """The strongest practice's finding said as consistently strong where it holds in
    every area visited (its scope, [scope] `every_area` or `both_and_every`) and nothing
    goes against it in a share worth stating (`_throughout`)."""
    w = kf_wording()
    scopes = (str(w["scope"]["every_area"]), str(w["scope"]["both_and_every"]))
    frames = [str(f) for key in ("strongest", "strong_plain") for f in w["frames"][key]]
    openings = [f.split("{items}", 1)[0] for f in frames]
    form = str(w["frames"]["strongest_consistent"])
    for t in chosen:
        if t.name != "strongest" or not t.sentences:
            continue
        s = t.sentences[0]
        head = next((o for o in openings if s.text.startswith(o)), None)
        scope = next((x for x in scopes if s.text.endswith(x + ".")), None)
        if head is None or scope is None or not _throughout(sc, s.criteria):
            continue
        items = s.text[len(head) : -len(scope) - 1]
        s.text = form.format(items=items, scope=scope)
