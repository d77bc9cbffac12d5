"""A law type's key finding in sentences a reader can take in (issue 15; case32's and
closing32's leftover: tester 31's "Practice in private law is judged to require
improvement: the weaknesses inspectors found include ..." ran to 81 words over three
reasons, each with its share and base, and tester 32's private law finding to 79).

The finding's first sentence gives the grade and as many of its reasons as fit in
`LONG` words (one at least, and reasons with one share, named together, never parted);
the others follow in a sentence of their own
(`key_findings.toml` [frames] `law_good_more`, `law_below_more`: "Weaknesses in private
law also include ..."), each reason still with its share and base.  A finding on a law
type judged inadequate says its further reasons in its own words ("Inspectors also found
serious weaknesses in ..."), and its widespread and main-reason shapes are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.casethemes import (
    Scene,
    Side,
    Theme,
    cases_line,
    choose_text,
    fold,
    make_theme,
    own_records,
    wording,
)
from exporters.draft.concentration import Measured, share
from exporters.draft.practicethemes import items

LONG = 50
"""The most words the grade's sentence holds with its reasons, where it has several."""


def parted(
    sc: Scene, found: Sequence[Measured], kind: str, frame: str, fill: dict[str, str]
) -> tuple[list[Measured], list[Measured]]:
    """`found` (the reasons, the weightiest first) as the reasons the grade's sentence
    names (in `frame`, filled with `fill`) and those a second sentence names; all in the
    first where it holds them in `LONG` words, or where `frame` has no second sentence."""
    found = list(found)
    if len(found) < 2 or f"{frame}_more" not in wording()["frames"]:
        return found, []
    first = str(wording()["frames"][frame][0])
    side = "for" if kind == "strong" else "against"
    said = [(share(sc, t, side), law, area) for _c, law, area, t in found]
    # Only between points said apart: a run with one share is named together (`items`).
    ends = [k for k in range(1, len(found)) if said[k - 1] != said[k]] + [len(found)]
    k = ends.pop()
    while ends and len(first.format(**fill, items=items(sc, found[:k], kind)).split()) > LONG:
        k = ends.pop()
    return found[:k], found[k:]


def more_text(sc: Scene, rest: Sequence[Measured], kind: str, frame: str, law: str) -> str:
    """The second sentence of a law type's finding: its other reasons (`parted`)."""
    label = sc.data.framework.law_type_label(law).lower()
    return choose_text(sc, wording()["frames"][f"{frame}_more"], f"key|more|{law}",
                       law=label, Law=label.capitalize(), items=items(sc, rest, kind))  # fmt: skip


def law_finding(
    sc: Scene, side: Side, frame: str, fill: dict[str, str], found: Sequence[Measured],
    law: str, head: str,
) -> Theme:  # fmt: skip
    """A law type's finding on its reasons `found` in `frame` (`fill`: its law type and
    grade), in one sentence or two (`parted`), each traced to its own reasons' records
    and cases; `head`, the comment's opening ("Judgement J21-1: Good")."""
    kind = "strong" if side == "strength" else "weak"
    first, rest = parted(sc, found, kind, frame, fill)
    text = choose_text(sc, wording()["frames"][frame], f"key|law|{law}", **fill,
                       items=items(sc, first, kind) if first else "")  # fmt: skip
    t = _said(sc, side, text, first, head, fill["law"])
    if rest:
        t = fold(t, _said(sc, side, more_text(sc, rest, kind, frame, law), rest, "", fill["law"]))
    return t


def _said(
    sc: Scene, side: Side, text: str, found: Sequence[Measured], head: str, label: str
) -> Theme:
    """One sentence of a law type's finding, traced to its reasons' records and cases."""
    points = [c for c, *_x in found]
    cases = [k for c in points for k in (c.tally.pos if side == "strength" else c.tally.neg)]
    crits = [c.criterion for c in points]
    basis = "; ".join([*([head] if head else []), *(cases_line(c.tally, label) for c in points)])
    polarity = "strength" if side == "strength" else "development"
    return make_theme(sc, side, "law", text, own_records(sc, crits, set(cases), polarity),
                      crits=crits, basis=basis, cases=cases)  # fmt: skip
