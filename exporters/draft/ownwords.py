"""A team's own criterion, named by its framework file (tester 36's F8: a criterion the
built-in wording does not know was drafted with its whole text where a noun phrase goes,
"the weaknesses inspectors found include children's identity, culture, language and
faith are understood and reflected in ...").  A criterion's `phrase` in the framework
file ("work on children's identity and culture") is what the draft calls its practice.
"""

from __future__ import annotations

from exporters.draft.words import CriterionWords
from store.framework import Framework


def own_words(framework: Framework, criterion_id: str, service: bool) -> CriterionWords | None:
    """The wording of a criterion from its framework file's `phrase` (None without one)."""
    try:
        phrase = framework.criterion(criterion_id).phrase.strip().rstrip(".")
    except KeyError:
        return None
    if not phrase:
        return None
    return CriterionWords(
        criterion_id, "leadership" if service else "practice", "service" if service else "cases",
        phrase, (f"{phrase} is good",), (f"{phrase} falls short",), (), (),
        f"Improve {phrase}, so that each child's needs are met.",
        strength_general=(f"{phrase} is good",), weakness_general=(f"{phrase} falls short",),
    )  # fmt: skip
