"""A corpus of stakeholders' notes written by hand for voice29 (issue 15, tester 29's F5:
"LFJB chair: HoP drives board's work on PLO timeliness; Cafcass data used to target
delay." was drafted as the chair speaking well of "the timeliness of the service's
requests to them").  Partners, judges and local authority staff speak of timeliness,
boards, leaflets, requests and updates; each note says which subjects the draft may
say it is about (its recorded side, in the draft's words for the speaker's group) and
which it must never say, because the note's own words do not hold them (a keyword such
as "timeliness" is not a topic).  None of the text is the demo's, a tester's or the real
report's; no name below is a real person's.
"""

from __future__ import annotations

from typing import NamedTuple


class Note(NamedTuple):
    source: str
    polarity: str
    text: str
    may: frozenset[str]  # what the draft may say the note's view is about
    never: frozenset[str]  # what it must never say the note is about, either way
    must: frozenset[str]  # what it must say (the note's own topic, where the draft has it)


S, D = "strength", "development"
J, LA, P = "INT_JUDICIARY", "INT_LA", "INT_PARTNER"

LEAD_T = "the service's leadership of the board's work on timeliness"
LEAD = "the service's leadership of the board's work"
BOARD = "the service's part in the local family justice board"
TIMELY = "the timeliness of reports"
TIMELY_P = "the timeliness of the service's requests to them"
INFORMED_P = "how well the service keeps them informed"
INFORMED_C = "how well the service keeps the court informed"
SHARE_P = "how the service shares information with them"
DELAY = "the service's work to tackle delay"
JOINT = "joint working with the service"
REPORTS = "the quality of reports"
RISK = "the response to risks to children"
CHALLENGE = "the challenge practitioners bring to cases"
CHECKS = "the safeguarding checks before the first hearing"
LEADERS = "the service's leaders"
WORK = "practitioners' work"


def _n(
    source: str, polarity: str, text: str, may: set[str], never: set[str],
    must: set[str] | None = None,
) -> Note:  # fmt: skip
    return Note(source, polarity, text, frozenset(may), frozenset(never), frozenset(must or ()))


NOTES: list[Note] = [
    # The service leading a board's work: its leadership of that work, never the
    # timeliness of anything it sends the board.
    _n(
        P,
        S,
        "LFJB chair: the head of practice leads the board's work on timeliness in care "
        "cases and shares the figures openly.",
        {LEAD_T, LEADERS},
        {TIMELY_P, TIMELY},
        {LEAD_T},
    ),
    _n(
        P,
        S,
        "Chair of the family justice board said Cafcass drives the board's work and "
        "brings its own data to every meeting.",
        {LEAD, BOARD},
        {TIMELY_P, TIMELY},
        {LEAD},
    ),
    _n(
        P,
        S,
        "LFJB chair: Cafcass attends every board meeting and contributes well.",
        {BOARD},
        {TIMELY_P, TIMELY, LEAD, LEAD_T},
    ),
    # "Timeliness" with nothing the service sends or writes: no requests, no reports.
    _n(
        P,
        S,
        "Health visitor lead: timeliness has improved this year and Cafcass joins the "
        "strategy meetings.",
        {JOINT, RISK},
        {TIMELY_P, TIMELY},
    ),
    _n(
        P,
        D,
        "Probation manager: timeliness of the pre-sentence liaison has slipped since the summer.",
        {JOINT},
        {TIMELY_P, TIMELY},
    ),
    _n(
        J,
        S,
        "DFJ: PLO timeliness here is the best on the circuit; the guardian keeps every "
        "case to 26 weeks.",
        {DELAY},
        {TIMELY, TIMELY_P},
    ),
    _n(
        J,
        D,
        "District judge: hearings start late because the FCA arrives late to court.",
        {WORK},
        {TIMELY, TIMELY_P, REPORTS},
    ),
    _n(
        J,
        S,
        "DFJ: Cafcass in this area 'the best I have worked with'; timely, reliable.",
        set(),
        {TIMELY, TIMELY_P},
    ),
    _n(
        LA,
        D,
        "Team manager said the service's timeliness is poor and nobody updates us.",
        {INFORMED_P},
        {TIMELY, TIMELY_P},
    ),
    _n(
        LA,
        S,
        "LA legal: timeliness in proceedings has improved; joint working with the "
        "guardians is strong.",
        {JOINT, DELAY},
        {TIMELY, TIMELY_P},
    ),
    # A request named: the timeliness of the service's requests may be said.
    _n(
        P,
        D,
        "Police DV coordinator: requests for police checks reach us late, often the "
        "day before the hearing.",
        {TIMELY_P, CHECKS, SHARE_P},
        {TIMELY},
    ),
    _n(
        P,
        S,
        "School safeguarding lead: Cafcass asks for information in good time, never "
        "at the last minute.",
        {TIMELY_P, SHARE_P},
        {TIMELY},
    ),
    _n(
        P,
        S,
        "CAMHS lead: Cafcass referrals arrive promptly and are well written.",
        {TIMELY_P, RISK},
        {TIMELY},
    ),
    # Kept informed only where the note says someone was told, or was not.
    _n(
        P,
        D,
        "Housing officer said nobody told them the outcome of the hearing.",
        {INFORMED_P},
        {TIMELY_P},
        {INFORMED_P},
    ),
    _n(
        P,
        S,
        "Refuge manager: the leaflets for mothers are clear and in plain English.",
        {REPORTS},
        {INFORMED_P, TIMELY_P},
    ),
    _n(
        J,
        S,
        "Magistrates' chair: the court is kept informed of any change, quickly.",
        {INFORMED_C},
        {TIMELY},
        {INFORMED_C},
    ),
    # Something the service writes or files named: the timeliness of reports.
    _n(
        J,
        S,
        "HHJ: guardians file on time and the analyses are careful.",
        {TIMELY, REPORTS},
        {TIMELY_P},
        {TIMELY},
    ),
    _n(
        J,
        D,
        "Lay justices said reports are balanced but too often filed late.",
        {TIMELY},
        {TIMELY_P},
        {TIMELY},
    ),
    _n(
        LA,
        D,
        "IRO manager: position statements come the night before the review.",
        {TIMELY},
        {TIMELY_P},
        {TIMELY},
    ),
    _n(
        LA,
        S,
        "Head of service: guardians are timely in responding to our care plans and "
        "challenge drift.",
        {CHALLENGE, TIMELY},
        {TIMELY_P},
    ),
]
