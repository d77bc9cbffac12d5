"""What the key finding on an area graded below good names (`areathemes.below`; tester
25's A2): its main failings by weight, not two of them by the order of their ids.

Area 7, inadequate, failed in every one of its 12 cases on following up safeguarding
concerns, analysis, seeing children and managers' oversight on the file, and its own
performance records put agency staff at 38%; its key finding named safeguarding (the
concerns escalated), analysis and seeing children, and left out the oversight (cut at
the `[limits] nouns` count by its criterion id, though it weighed as much as the two
named) and the staffing.  Now:

- the area's weak practice (`areathemes._area_points`, in their order) up to `nouns`,
  and after them each further point that weighs as much as the last one named (as
  many cases against), up to `[limits] area_nouns`;
- and the weightiest weakness its own records about the service show (leadership and
  workforce findings said as weaknesses, on the framework's `material_cases` records
  or more, not stated in another finding), said after the cases' points in a clause of
  its own (`[frames] area_service`).
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.casethemes import Scene, wording
from exporters.draft.data import DraftData
from exporters.draft.subjects import weakness_words
from exporters.draft.tallies import Claim, Pool, same_point

SERVICE_THEMES = ("leadership", "workforce")


def named_points(ranked: Sequence[Claim]) -> list[Claim]:
    """Of an area's weak points, in their order (`ranked`), those its key finding
    names: the first `[limits] nouns`, then each one after them with as many cases
    against as the last named, up to `[limits] area_nouns`."""
    lim = wording()["limits"]
    most, more = lim["nouns"], lim["area_nouns"]
    out = list(ranked[:most])
    for c in ranked[most:more]:
        if not out or len(out[-1].tally.neg) != len(c.tally.neg):
            break
        out.append(c)
    return out


def service_failing(sc: Scene, pool: Pool, points: Sequence[Claim] = ()) -> Claim | None:
    """The weightiest weakness an area's own records about the service show: a finding
    on its leadership or workforce (`SERVICE_THEMES`) said as a weakness (not balanced:
    two records each way are no failing) on the framework's `material_cases` records or
    more, whose point neither another finding
    nor the area's own `points` state (managers' oversight of practice is the point of
    management oversight on the files: `tallies.same_point`); None where there is none."""
    d = sc.data
    said = set(sc.ctx.stated) | {c.criterion for c in points}
    found = [
        c for c in pool.claims()
        if not c.by_cases and c.theme in SERVICE_THEMES and c.direction == "against"
        and c.tally.weight >= d.rules.material_cases
        and said.isdisjoint(same_point(c.criterion))
    ]  # fmt: skip
    if not found:
        return None
    return max(found, key=lambda c: (c.tally.weight, c.criterion))


def with_service(data: DraftData, text: str, claim: Claim | None) -> str:
    """An area's finding with the failing its own records show added before the full
    stop (`[frames] area_service`); the finding as it is where there is none."""
    if claim is None:
        return text
    # What its own development records speak of ("practitioners' workloads"), as the
    # area's section says it (`subjects.weakness_words`), not the criterion's noun.
    what = weakness_words(data, claim, claim.tally.wide_neg).about_what
    clause = str(wording()["frames"]["area_service"]).format(noun=what)
    return text[:-1] + clause + text[-1]
