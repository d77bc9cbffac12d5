"""The one rule for the reason an audited act must give (a redaction, a decision that
a hit of the identifiability check identifies nobody): at least two words, since the
reason stands in the audit trail for what was done.  The store refuses a shorter one;
the command line and the TUI's dialog show the same sentence before they ask it.
"""

from __future__ import annotations

from store.errors import InvalidInputError

MIN_WORDS = 2
"""Words a reason needs at the least."""

ERASED = "the text is erased"
"""Why a redaction is asked for."""
IDENTIFIES_NOBODY = "the hit identifies nobody"
"""Why a decision on an identifiability hit is asked for."""


def reason_problem(reason: str, why: str) -> str | None:
    """The one sentence that says what is wrong with `reason`, or None when it will do.
    `why` finishes "say in a few words why …" (e.g. "the text is erased")."""
    if len(reason.split()) >= MIN_WORDS:
        return None
    return (
        f"The reason {reason.strip()!r} is too short: say in a few words why {why}; "
        "the reason is kept in the audit trail."
    )


def checked_reason(reason: str, why: str) -> str:
    """`reason` stripped, or `InvalidInputError` with `reason_problem`'s sentence."""
    problem = reason_problem(reason, why)
    if problem:
        raise InvalidInputError(problem)
    return reason.strip()
