"""Key findings say only what their evidence bears out (issue 15): "in both private and
public law" only where each law type's own cases bear the finding out, and no strength
counted from a few cases while a note the count leaves out goes against it.

Each inspection is written by hand in the test (`tests.export.small`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import STRONG, WEAK, Small

BOTH = "in both private and public law"


def _summary(s: Small) -> list[str]:
    report = draft_report(load(s.store))
    s.close()
    sec = next(x for x in report.sections if x.kind == "summary")
    return [x.text for p in sec.paragraphs for x in p.sentences]


def _seen(s: Small, law: str, strong: int, weak: int) -> None:
    for k in range(strong + weak):
        case = s.case(law=law)
        crit = "QP5"
        s.ev(case, [crit], "strength" if k < strong else "development",
             (STRONG if k < strong else WEAK)[crit])  # fmt: skip


def test_both_law_types_only_when_each_bears_it_out(tmp_path: Path) -> None:
    """Direct work strong in 7 of 8 private law cases and 2 of 4 public law cases: most
    of the twelve, but not most of the public law ones (and four are too few to say),
    so the key finding names no law type."""
    s = Small(tmp_path / "t.db")
    _seen(s, "PRIVATE", 7, 1)
    _seen(s, "PUBLIC", 2, 2)
    summary = _summary(s)
    assert summary, summary
    assert not [t for t in summary if BOTH in t], summary


def test_both_law_types_said_when_both_bear_it_out(tmp_path: Path) -> None:
    """Strong in 5 of 6 cases of each law type: the vast majority of each and of the
    twelve, so said of both."""
    s = Small(tmp_path / "t.db")
    _seen(s, "PRIVATE", 5, 1)
    _seen(s, "PUBLIC", 5, 1)
    summary = _summary(s)
    assert [t for t in summary if BOTH in t], summary


def test_an_inspection_of_private_law_only_never_says_both(tmp_path: Path) -> None:
    """Every case private law: no key finding says "in both private and public law"."""
    s = Small(tmp_path / "t.db")
    _seen(s, "PRIVATE", 9, 1)
    summary = _summary(s)
    assert summary, summary
    assert not [t for t in summary if BOTH in t], summary


SHARED = "Shared the school's concerns with the social worker the same week, with consent."
UNANSWERED = "The social worker said emails to the guardian went unanswered for weeks ({})."


def _sharing(path: Path, cases: int, contrary: int) -> list[str]:
    s = Small(path)
    _seen(s, "PRIVATE", 6, 0)
    for k in range(cases):
        s.ev(s.case(), ["QP12"], "strength", f"{SHARED} Visit {k + 1}.")
    for k in range(contrary):
        s.ev(s.case(), ["QP12"], "development", UNANSWERED.format(f"case {k + 1}"), "INT_LA")
    return _summary(s)


def _on_sharing(summary: list[str]) -> list[str]:
    return [t for t in summary if "information" in t.lower()]


def test_a_strength_from_two_cases_is_no_key_finding(tmp_path: Path) -> None:
    """Information sharing good in two case files: fewer than the framework's
    `min_cases`, so no key finding says it; in six, the key findings say it."""
    assert not _on_sharing(_sharing(tmp_path / "a.db", 2, 0))
    assert _on_sharing(_sharing(tmp_path / "b.db", 6, 0))


def test_a_strength_is_not_a_key_finding_against_uncounted_notes(tmp_path: Path) -> None:
    """Information sharing good in six case files, while local authority staff on four
    other cases say emails went unanswered (notes the case count leaves out): counted
    with them the strength no longer carries, and no key finding says the sharing is
    good."""
    summary = _sharing(tmp_path / "c.db", 6, 4)
    assert not _on_sharing(summary), summary
