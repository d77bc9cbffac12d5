"""The case screen's header line: what the case is (an Other application with the kind
the case list named it), who holds it, its place in the sample, the child's brothers and
sisters (one family's file, read once), and, for a case a substitute replaced, that work
recorded on it does not count (tester 15, F8: an inspector went on recording on a
replaced case for weeks)."""

from __future__ import annotations

from typing import Any

from store.casevocab import case_type_named
from store.framework import Framework
from store.models import SAMPLE_LABELS, StoredCase
from store.sampling import replaced_consequence

SEEN = [("Child seen: yes", "yes"), ("Child seen: no", "no"), ("Child seen: unknown", "unknown")]
"""The header's choices for whether the child was seen, and seen alone."""
SEEN_ALONE = [
    ("Seen alone: yes", "yes"),
    ("Seen alone: no", "no"),
    ("Seen alone: not appropriate", "not-appropriate"),
    ("Seen alone: unknown", "unknown"),
]


def case_header(
    c: StoredCase, fw: Framework, inspector: str, replaced_by: str | None,
    siblings: list[str] | None = None,
) -> str:  # fmt: skip
    """The header's markup."""
    line = (
        f"[b]Case {c.ref}[/b] · area {c.area_code} · {fw.law_type_label(c.law_type)} · "
        f"{case_type_named(fw, c.case_type, c.application)} · age {c.age_band} · "
        f"inspector {inspector or 'none'} · {SAMPLE_LABELS.get(c.sample, c.sample)}"
    )
    if siblings:
        line += f" · siblings {', '.join(siblings)}"
    if replaced_by:
        line += (
            f"\n[b]Replaced in the sample by {replaced_by}[/b]: {replaced_consequence(replaced_by)}"
        )
    return line + (f"\n{c.notes}" if c.notes else "")


def seen_value(value: bool | None) -> str:
    """Whether the child was seen, as the header's choice gives it."""
    return "unknown" if value is None else ("yes" if value else "no")


def seen_update(child_seen: bool | None, seen_alone: str, wid: str, value: str) -> dict[str, Any]:
    """The case's fields a change of one of the header's "Child seen" and "Seen alone"
    choices sets: a child seen alone was seen, and a child not seen was not seen alone
    (tester 32, F14: "Seen alone: yes" was kept beside "Child seen: unknown"), so the
    other answer follows where it would say otherwise."""
    if wid == "case-seen" and value != seen_value(child_seen):
        seen = {"yes": True, "no": False}.get(value)
        alone = {"seen_alone": "unknown"} if seen is False and seen_alone == "yes" else {}
        return {"child_seen": seen, **alone}
    if wid == "case-seen-alone" and value != seen_alone:
        return {"seen_alone": value, **({"child_seen": True} if value == "yes" else {})}
    return {}
