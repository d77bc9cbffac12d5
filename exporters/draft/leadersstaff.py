"""Staffing figures written as inspectors write them, said as the report says them
(issue 15; case32's and closing32's leftover: tester 31's Area 2 note "Stable workforce in
Chester: no vacancies, caseloads 18 average, low sickness." held the figures the 2018
report gives an outstanding area, and the draft said only "The service's figures show
strengths in staffing levels", because a figure was only a share or a change).

A clause of a note on the workforce listing its posts and caseloads (`staffing`) is a
figure clause: each of its parts naming vacancies ("no vacancies", "2 FCA vacancies") or
an average caseload ("caseloads 18 average", "caseloads avg 31 per FCA") is said as a
clause ("there are no vacancies", "caseloads average 31 per FCA"), the parts joined with
"and"; a part with no figure ("low sickness") is left to the claim it follows.  The
figure sentence then says it after its source (`leadersfigures`: "Performance information
shows that there are no vacancies and caseloads average 18.").
"""

from __future__ import annotations

import re

from exporters.draft.words import join_list, number_text

_VACANT = re.compile(r"^(?P<n>no|\d+)\s+(?P<what>(?:[A-Za-z]+\s+){0,2}?)vacanc(?:y|ies)(?P<rest>\b.*)$",
                     re.IGNORECASE)  # fmt: skip
_CASELOADS = re.compile(
    r"^(?:average\s+)?caseloads?\s+(?:(?:avg|average|of)\s+)?(?P<n>\d+)(?:\s+(?:avg|average))?"
    r"(?P<rest>(?:\s+(?:per|a)\s+[A-Za-z]+)?(?:\s+against\s+(?:a\s+)?target\s+of\s+\d+)?)$",
    re.IGNORECASE,
)


def staffing(clause: str) -> str:
    """`clause` (a note's clause, its label left off) said as the report says staffing
    figures (see the module docstring); "" where no part of it names vacancies or an
    average caseload, or a part with a figure is not one of those."""
    said = []
    for part in (p.strip() for p in re.split(r",|\band\b", clause) if p.strip()):
        got = _part(part)
        if got is None:
            if re.search(r"\d", part):
                return ""  # a figure this reading does not know: left as it was
            continue
        said.append(got)
    return join_list(said) if said else ""


def _part(part: str) -> str | None:
    """One part of a staffing clause as a clause, or None."""
    m = _VACANT.match(part)
    if m is not None and not m["rest"].strip():
        what = m["what"].strip()
        what = f"{what} " if what else ""
        if m["n"].lower() == "no":
            return f"there are no {what}vacancies"
        n = int(m["n"])
        noun = "vacancy" if n == 1 else "vacancies"
        return f"there {'is' if n == 1 else 'are'} {number_text(n)} {what}{noun}"
    m = _CASELOADS.match(part)
    if m is not None and re.search(r"\b(?:avg|average)\b", part, re.IGNORECASE):
        rest = re.sub(r"\bagainst\s+target\b", "against a target", m["rest"].strip())
        return f"caseloads average {m['n']}" + (f" {rest}" if rest else "")
    return None
