"""Notes about a child's identity filed under safeguarding (tester 28's A3).

An inspector may tag a note on a child's culture, religion, ethnicity, language,
disability or the work on their identity with the criterion on keeping children safe
(`safety.safety_criteria`; not the rest of the framework's safeguarding group: the
advice to the court, representation and information for families may rightly speak of
a child's identity, an interpreter or a letter in plain language) ("The report
explains the boy's faith and what church means to him", under following up
safeguarding concerns).  Counted there, it made a case followed up, or not followed up,
on safeguarding that the note does not speak of.  Such a note is left out of the
safeguarding criteria's tallies, claims and examples (it still counts on its other
criteria), unless it also speaks of risk, harm, a concern, a referral, protection or the
like, or carries a safeguarding concern for escalation: then it is about safeguarding
and stays counted.  The comment on the criterion's claim in a section says how many of
its notes were left out and why, with their cases (`line`), and the QA view flags the
sentence ("identity note left out").  The cues are data
(`identity_aside.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.safety import safety_criteria
from exporters.draft.wording import wording_table
from exporters.model import Flag
from store.models import counted

if TYPE_CHECKING:
    from exporters.draft.data import DraftData

FLAG: Flag = "identity note left out"


@cache
def _cues(key: str) -> re.Pattern[str]:
    """A whole-word pattern for `identity_aside.toml`'s `key` (a trailing "*" stands for
    any ending: "relig*")."""
    raw = wording_table("identity_aside.toml")[key]
    parts = [re.escape(c.rstrip("*")) + (r"\w*" if c.endswith("*") else "") for c in raw]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


def about_identity_only(text: str) -> bool:
    """Whether a note speaks of the child's identity or diversity and of no risk, harm,
    concern, referral or protection."""
    return bool(_cues("identity").search(text)) and not _cues("risk").search(text)


def set_aside(
    d: DraftData, texts: Callable[[Iterable[int]], dict[int, str]]
) -> dict[int, tuple[str, ...]]:
    """The notes on a case tagged with a criterion on keeping children safe
    (`safety.safety_criteria`: following up safeguarding concerns) that are about the
    child's identity only (`about_identity_only`) and carry no safeguarding concern for
    escalation: record index -> the safeguarding criteria they are left out of."""
    guard = safety_criteria(d.framework)
    concerns = set(d.escalation_status)
    tagged = sorted({i for c in guard for i in d.by_criterion.get(c, ()) if d.case[i]
                     and d.ids[i] not in concerns})  # fmt: skip
    if not tagged:
        return {}
    said = texts(tagged)
    return {
        i: tuple(c for c in d.crits[i] if c in guard)
        for i in tagged
        if about_identity_only(said[i])
    }


def line(d: DraftData, criterion: str, has: Callable[[int], bool]) -> str:
    """The comment's note on the notes of a section (`has`) left out of `criterion`'s
    tally ("1 note about the child's identity left out: it does not speak of
    safeguarding (T-004)"); "" where there are none."""
    left = [i for i in d.aside_on.get(criterion, ()) if has(i)]
    if not left:
        return ""
    n = len(left)
    refs = ", ".join(sorted({d.ref[i] for i in left})[:3]) + (", ..." if n > 3 else "")
    return (f"{counted(n, 'note')} about the child's identity left out: not about safeguarding "
            f"({refs})")  # fmt: skip
