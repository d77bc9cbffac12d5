"""Where a weakness's cases against are concentrated, for the key findings
(`safeguardthemes.py`, `practicethemes.py`): one law type ("public law cases"), or one
visited area ("in Area 11"), said with that law type's (area's) own share; otherwise all
the cases with a view, the share of them all.  One finding counts by one measure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from exporters.draft.casethemes import SMALL, Scene, cases_line
from exporters.draft.sections import area_name
from exporters.draft.tallies import Claim, Tally, share_words
from exporters.draft.words import count_of, counts_instead


def share(sc: Scene, t: Tally, side: str = "against") -> str:
    """How many of the cases with a view go against (`side` "for": for): the
    framework's proportion word ("most of the"), or below its `min_cases` the counts
    ("two of the three", "both")."""
    rules = sc.data.rules
    n, views = len(t.pos if side == "for" else t.neg), t.views
    if counts_instead(rules, n, views):
        return count_of(n, views).removesuffix(" cases")
    return share_words(rules, n, views)


Where = tuple[str, str, Tally]  # law type words, area words, the tally said


def where(sc: Scene, c: Claim) -> tuple[Where, list[str]]:
    """Where a weakness's cases against are concentrated: one law type ("public law "), or
    one area (" in Area 11"), with that law type's (area's) own tally, where the
    framework's `concentrated_share` of the cases against are there and its own cases
    lean against; else all the cases ("", "", the tally).  With the tallies it rests on."""
    d = sc.data
    t = c.tally
    conc = d.rules.concentrated_share
    by_law = Counter(d.case_law[k] for k in t.neg)
    top_law, n_law = by_law.most_common(1)[0] if by_law else ("", 0)
    by_area = Counter(d.case_area[k] for k in t.neg)
    lines = [cases_line(t)]
    if len(sc.laws) > 1 and top_law in sc.laws and n_law >= conc * len(t.neg):
        lt = sc.laws[top_law].tally(c.criterion)
        if len(lt.neg) > len(lt.pos):
            law = f"{d.framework.law_type_label(top_law).lower()} "
            return (law, "", lt), [*lines, cases_line(lt, law.strip())]
    if len(sc.areas) > 1:
        for codes, pool in sc.areas.items():
            at = pool.tally(c.criterion)
            n = sum(by_area[x] for x in codes)
            if n >= conc * len(t.neg) and len(at.neg) > len(at.pos):
                name = area_name(d, codes)
                return ("", f" in {name}", at), [*lines, cases_line(at, name)]
    return ("", "", t), lines


Measured = tuple[Claim, str, str, Tally]  # a claim, its law type and area words, its tally


def one_measure(sc: Scene, claims: Sequence[Claim]) -> tuple[list[Measured], list[str]]:
    """The weaknesses of one finding, each with where it is concentrated (`where`) and
    the tally its share is of, by one measure: where all are concentrated in the same
    law type (area), that law type's (area's) cases; otherwise all the cases with a
    view.  With the comment's line for each (as `_weak_clauses`)."""
    found = [where(sc, c) for c in claims]
    places = {(law, area) for (law, area, _t), _l in found}
    out: list[Measured] = []
    lines: list[str] = []
    for c, ((law, area, mine), said) in zip(claims, found, strict=True):
        if len(places) > 1:
            law, area, mine, said = "", "", c.tally, said[:1]
        if counts_instead(sc.data.rules, len(mine.neg), mine.views):
            said = [*said[:-1], said[-1] + SMALL]
        out.append((c, law, area, mine))
        lines.append("; ".join(said))
    return out, lines
