"""The sample of cases: law type, case type, stage, age, status and the quality of the
work in each case, drawn from the quality of its area."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

from demo.slots import choose
from demo.texts import case_tags, texts
from store.framework import Framework
from store.models import AgeBand, CaseFile, CaseStatus, SeenAlone

SampleKind = Literal["national", "area-tracked", "area-sampled", "thematic", "substitute"]

LAW_WEIGHTS = {"PRIVATE": 55, "PUBLIC": 38, "ADOPTION": 5, "OTHER": 2}
CASE_TYPE_WEIGHTS = {
    "CAO": 34,
    "S7": 24,
    "SGL_ONLY": 18,
    "SIO_PSO": 8,
    "R16_4": 9,
    "LEAVE_REMOVE": 4,
    "PARENTAL_ORDER": 3,
    "S31": 62,
    "PLACEMENT": 16,
    "EPO_CAO": 9,
    "S25": 8,
    "HC_DOL": 5,
    "ADOPT_FROM_CARE": 5,
    "ADOPT_STEP_PARENT": 4,
    "ADOPT_INTERCOUNTRY": 1,
    "ADOPT_RELINQUISHED_BABY": 1,
    "OTHER": 1,
}
OWN_LAW: dict[str, tuple[str, ...]] = {"OTHER": ("OTHER",)}
"""Case types the demo draws under these law types only, though they fit others: "Other
application" fits every law type (a special guardianship order in public or private
law), and the demo draws it under law type Other as it always has, so a seed gives the
same inspection."""
STAGES_FOR: dict[str, tuple[str, ...]] = {
    "SGL_ONLY": ("INTAKE", "WTFH", "FHDRA", "CLOSED"),
    "EPO_CAO": ("ISSUE", "CMH", "FINAL", "CLOSED"),
    "S25": ("ISSUE", "FINAL", "POST_ORDER", "CLOSED"),
    "PLACEMENT": ("ISSUE", "CMH", "IRH", "FINAL", "CLOSED"),
}
AGE_WEIGHTS: dict[str, dict[str, int]] = {
    "default": {"0-1": 6, "2-4": 18, "5-9": 34, "10-13": 26, "14-15": 10, "16-17": 4, "unknown": 2},
    "PUBLIC": {"0-1": 22, "2-4": 22, "5-9": 25, "10-13": 18, "14-15": 8, "16-17": 4, "unknown": 1},
    "S25": {"10-13": 15, "14-15": 45, "16-17": 40},
    "HC_DOL": {"10-13": 20, "14-15": 45, "16-17": 35},
    "PLACEMENT": {"0-1": 50, "2-4": 40, "5-9": 10},
    "PARENTAL_ORDER": {"0-1": 80, "2-4": 20},
    "ADOPT_RELINQUISHED_BABY": {"0-1": 1},
    "R16_4": {"5-9": 20, "10-13": 45, "14-15": 25, "16-17": 10},
}
CASE_QUALITY: dict[str, dict[str, int]] = {
    "outstanding": {"outstanding": 56, "good": 40, "requires-improvement": 4},
    "good": {"outstanding": 14, "good": 62, "requires-improvement": 21, "inadequate": 3},
    "requires-improvement": {
        "outstanding": 4,
        "good": 40,
        "requires-improvement": 44,
        "inadequate": 12,
    },
    "inadequate": {"good": 20, "requires-improvement": 45, "inadequate": 35},
}
"""The quality of the work in a case, by the quality of its area's practice.  Cases in
the national sample and in areas not visited are drawn as for a good area."""
SEEN: dict[str, tuple[float, tuple[int, int, int]]] = {
    "outstanding": (0.97, (86, 4, 10)),
    "good": (0.92, (76, 12, 12)),
    "requires-improvement": (0.82, (62, 26, 12)),
    "inadequate": (0.70, (50, 38, 12)),
}
"""By the quality of the work in a case: the chance the child has been seen, and the
weights of seen alone (yes, no, not appropriate) for a child who can talk."""


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    """One key, drawn with the given weights."""
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


@dataclass
class DrawnCase:
    """A case as drawn: the record, who holds it, and the quality of its work."""

    case: CaseFile
    owner: str
    quality: str
    tags: frozenset[str]
    case_id: str = ""


class CaseDrawer:
    """Draws cases that are consistent with the framework (law type, case type, stage)."""

    def __init__(self, fw: Framework, rng: random.Random) -> None:
        self.rng = rng
        law_types = [lt.code for lt in fw.law_types]
        self.types_by_law = {
            lt: {
                ct.code: CASE_TYPE_WEIGHTS.get(ct.code, 1)
                for ct in fw.case_types
                if (not ct.law_types or lt in ct.law_types) and lt in OWN_LAW.get(ct.code, (lt,))
            }
            for lt in law_types
        }
        self.stages_by_law = {
            lt: [s.code for s in fw.stages if not s.law_types or lt in s.law_types]
            for lt in law_types
        }
        self.law_weights = {
            lt: LAW_WEIGHTS.get(lt, 1)
            for lt in law_types
            if self.types_by_law[lt] and self.stages_by_law[lt]
        }
        self.refs: set[str] = set()

    def draw(self, area: str, quality: str, sample: SampleKind, owners: Sequence[str]) -> DrawnCase:
        """One case in `area`, held by one of `owners`."""
        rng = self.rng
        law = weighted(rng, self.law_weights)
        case_type = weighted(rng, self.types_by_law[law])
        allowed = self.stages_by_law[law]
        preferred = [s for s in STAGES_FOR.get(case_type, ()) if s in allowed]
        stage = rng.choice(preferred or allowed)
        ages = AGE_WEIGHTS.get(case_type) or AGE_WEIGHTS.get(law) or AGE_WEIGHTS["default"]
        age = cast(AgeBand, weighted(rng, ages))
        statuses: tuple[CaseStatus, ...] = ("not-started", "in-progress", "complete")
        status = rng.choices(statuses, weights=(15, 55, 30))[0]
        owner = rng.choice(owners)
        ref = self._ref()
        work = weighted(rng, CASE_QUALITY.get(quality, CASE_QUALITY["good"]))
        seen, alone = self._seen(status, case_type, age, work)
        tags = case_tags(law, case_type, age, seen, alone)
        note = choose(rng, texts().phrases["case_notes"], tags).text if rng.random() < 0.3 else ""
        case = CaseFile(
            ref=ref,
            area_code=area,
            law_type=law,
            case_type=case_type,
            stage=stage,
            age_band=age,
            child_seen=seen,
            seen_alone=alone,
            inspector_id=owner,
            status=status,
            sample=sample,
            notes=note,
        )
        return DrawnCase(case, owner, work, tags)

    def _ref(self) -> str:
        while True:
            letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
            ref = f"C-{self.rng.randint(1000, 9999)}-{letters}"
            if ref not in self.refs:
                self.refs.add(ref)
                return ref

    def _seen(
        self, status: str, case_type: str, age: str, work: str
    ) -> tuple[bool | None, SeenAlone]:
        """Whether the child has been seen, and alone: babies and toddlers are not seen
        alone; children are not seen in safeguarding-letter work.  The better the work
        in the case, the likelier a child who can talk was seen, and seen alone."""
        rng = self.rng
        if status == "not-started":
            return None, "unknown"
        if case_type == "SGL_ONLY":
            return False, "not-appropriate"
        p_seen, alone_weights = SEEN.get(work, SEEN["good"])
        if age in ("0-1", "2-4"):
            seen = rng.random() < p_seen
            return seen, "not-appropriate" if seen else "no"
        if rng.random() >= p_seen:
            return False, "no"
        alone = rng.choices(("yes", "no", "not-appropriate"), weights=alone_weights)[0]
        return True, cast(SeenAlone, alone)
