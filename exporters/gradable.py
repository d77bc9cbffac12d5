"""Which criteria a case can be graded against.

The framework file names each criterion's group and the judgements it informs; the
criteria's wording data beside it (`templates/frameworks/wording/criteria.toml`) says
of each whether it is about cases (stated as a share of the sampled cases) or about
the service (leaders, partners, the organisation), and, for a criterion it has no
entry for, the draft reads a leadership group ("LG", "LGN", "LGS") as the service
(`exporters.draft.words.Words.criterion`).  A criterion about the service is judged
from interviews, data and papers, never graded on a case: progress through a case
counts only the criteria about cases, by that same rule.
"""

from __future__ import annotations

from store.framework import Framework


def case_criteria(fw: Framework) -> list[str]:
    """The ids of the criteria a case can be graded against, in framework order."""
    from exporters.draft.words import words  # the wording data, read once per process

    w = words()
    return [c.id for c in fw.criteria if w.criterion(fw, c.id).about == "cases"]
