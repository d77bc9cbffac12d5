"""Staffing figures written as inspectors write them, said as the report says them
(issue 15; case32's and closing32's leftover: tester 31's Area 2 note "Stable workforce in
Chester: no vacancies, caseloads 18 average, low sickness." held the figures the 2018
report gives an outstanding area, and the draft said only "The service's figures show
strengths in staffing levels", because a figure was only a share or a change).

A clause of a note on the workforce listing its posts and caseloads (`staffing`) is a
figure clause: each of its parts naming vacancies ("no vacancies", "2 FCA vacancies", "2 FCA
vacancies for 6 months"), a rate ("vacancy rate 4%", "agency use 3%"), agency staff among
the posts ("3 of 9 FCAs agency") or an average caseload ("caseloads 18 average",
"caseloads avg 31 per FCA") is said as a clause ("there are no vacancies", "two FCA posts
have been vacant for six months", "the vacancy rate is 4%", "three of the nine FCAs are
agency staff", "caseloads average 31 per FCA"), the parts joined with "and"; a part with
no figure ("low sickness") is left to the claim it follows, unless it says how a
measure is changing ("agency use falling": "agency use is falling").  The
figure sentence then says it after its source (`leadersfigures`: "Performance information
shows that there are no vacancies and caseloads average 18.").
"""

from __future__ import annotations

import re

from exporters.draft.words import join_list, number_text

_VACANT = re.compile(r"^(?P<n>no|\d+)\s+(?P<what>(?:[A-Za-z]+\s+){0,2}?)vacanc(?:y|ies)(?P<rest>\b.*)$",
                     re.IGNORECASE)  # fmt: skip
# "2 FCA vacancies for 6 months": how long the posts have been empty (kf33's leftover).
_VACANT_FOR = re.compile(
    r"^(?P<n>\d+)\s+(?P<what>(?:[A-Za-z]+\s+){0,2}?)vacanc(?:y|ies)\s+(?:for\s+)?(?:over\s+)?"
    r"(?P<t>\d+)\s*(?P<unit>weeks?|wks?|months?|mths?|years?|yrs?)$",
    re.IGNORECASE,
)
_UNITS = {"w": "week", "m": "month", "y": "year"}
# "3 of 9 FCAs agency", "3/9 FCAs are agency staff": agency staff among the posts.
_AGENCY = re.compile(
    r"^(?P<k>\d+)\s*(?:of|/)\s*(?P<n>\d+)\s+(?P<who>[A-Za-z]+)\s+(?:are\s+)?(?:on\s+)?agency"
    r"(?:\s+(?:staff|workers|contracts?))?$",
    re.IGNORECASE,
)
# "vacancy rate 4%", "agency use 3%", "sickness 2.5%": a rate the report says as it is.
_RATE = re.compile(
    r"^(?P<what>vacancy rate|vacancies|agency use|agency staff|agency|sickness(?: absence)?(?: rate)?)"
    r"\s+(?:is\s+|at\s+|of\s+)?(?P<n>\d+(?:\.\d+)?%)$",
    re.IGNORECASE,
)
# "agency use falling": a staffing measure with its change, said with its verb.
_TREND = re.compile(
    r"^(?P<what>vacancy rate|vacancies|agency use|agency staff|sickness(?: absence)?(?: rate)?|turnover)"
    r"\s+(?:is\s+|are\s+)?(?P<trend>falling|rising|reducing|increasing|decreasing|improving)$",
    re.IGNORECASE,
)
_RATE_SAID = {"vacancy rate": "the vacancy rate", "vacancies": "the vacancy rate",
              "agency use": "agency use", "agency staff": "agency use", "agency": "agency use"}  # fmt: skip
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
    if said := _more(part):
        return said
    m = _CASELOADS.match(part)
    if m is not None and re.search(r"\b(?:avg|average)\b", part, re.IGNORECASE):
        rest = re.sub(r"\bagainst\s+target\b", "against a target", m["rest"].strip())
        return f"caseloads average {m['n']}" + (f" {rest}" if rest else "")
    return None


def _more(part: str) -> str:
    """A part naming how long posts have been vacant, agency staff among the posts, or a
    rate, as a clause ("two FCA posts have been vacant for six months", "three of the
    nine FCAs are agency staff", "the vacancy rate is 4%"); "" where it is none of them."""
    m = _VACANT_FOR.match(part)
    if m is not None:
        n, t = int(m["n"]), int(m["t"])
        what = m["what"].strip()
        unit = _UNITS[m["unit"][0].lower()] + ("" if t == 1 else "s")
        posts = f"{what} post" if what else "post"
        if n == 1:
            return f"one {posts} has been vacant for {number_text(t)} {unit}"
        return f"{number_text(n)} {posts}s have been vacant for {number_text(t)} {unit}"
    m = _AGENCY.match(part)
    if m is not None and int(m["k"]) <= int(m["n"]):
        k, n = int(m["k"]), int(m["n"])
        verb = "is" if k == 1 else "are"
        noun = "an agency worker" if k == 1 else "agency staff"
        return f"{number_text(k)} of the {number_text(n)} {m['who']} {verb} {noun}"
    m = _RATE.match(part)
    if m is not None:
        what = m["what"].lower()
        return f"{_RATE_SAID.get(what, 'the sickness rate')} is {m['n']}"
    m = _TREND.match(part)
    if m is not None:
        what = m["what"].lower()
        subject = "turnover" if what == "turnover" else _RATE_SAID.get(what, "sickness absence")
        verb = "are" if what == "vacancies" else "is"
        subject = "vacancies" if what == "vacancies" else subject
        return f"{subject} {verb} {m['trend'].lower()}"
    return ""
