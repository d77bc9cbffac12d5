"""A corpus of stakeholders' notes written by hand for voice25 (issue 15, tester 24's
A3): judges, local authority staff and partner agencies (police, health, schools) who
praise one thing and criticise another in the same note, often joined by "but", with a
phrase of their own in quotation marks, or a consequence said after the view ("the delay
is affecting listing").  Each note says which subjects it criticises and which it
praises, as a reader of the note would say them in the draft's words (`voices.toml`
[[view_subject]], said for the speaker's group); the draft may name fewer, never one the
note does not hold that way.  None of the text is the demo's, a tester's or the real
report's; no name below is a real person's.
"""

from __future__ import annotations

from typing import NamedTuple


class Note(NamedTuple):
    source: str
    polarity: str
    text: str
    criticised: frozenset[str]
    praised: frozenset[str]


S, D = "strength", "development"
J, LA, P = "INT_JUDICIARY", "INT_LA", "INT_PARTNER"

REPORTS = "the quality of reports"
TIMELY = "the timeliness of reports"
TIMELY_P = "the timeliness of the service's requests to them"  # said so of partners
DELAY = "the service's work to tackle delay"
JOINT = "joint working with the service"
RESPOND = "how quickly practitioners respond"
CHALLENGE = "the challenge practitioners bring to cases"
SHARE_P = "how the service shares information with them"
INFORMED_P = "how well the service keeps them informed"
RISK = "the response to risks to children"
WORK = "practitioners' work"
LEADERS = "the service's leaders"
ALLOCATION = "how quickly cases are allocated"


def _n(source: str, polarity: str, text: str, against: set[str], for_: set[str]) -> Note:
    return Note(source, polarity, text, frozenset(against), frozenset(for_))


NOTES: list[Note] = [
    # Late things the service writes: the criticism is their timeliness, the praise
    # ("good when they arrive") their quality; what the delay is doing ("affecting
    # listing", "delaying listing") is what followed, not joint working.
    _n(J, D, "Two district judges told us safeguarding letters often come in late and the "
             "section 7 work has slipped; 'fine once it lands' but the delay is affecting "
             "listing.", {TIMELY, DELAY}, {REPORTS}),
    _n(J, D, "District judges: the letters to court are late more often than not; 'good "
             "when they arrive', but it is affecting how hearings are listed.",
       {TIMELY}, {REPORTS}),
    _n(J, D, "The bench said the addendum reports are late and this is causing "
             "adjournments; the analysis itself is sound.", {TIMELY}, {REPORTS}),
    _n(J, D, "The judges praised the reports' analysis but said safeguarding letters are "
             "late, which is delaying listing of first hearings.", {TIMELY}, {REPORTS}),
    _n(J, D, "DJ: the section 7 reports are thorough but routinely filed late, which is "
             "holding up final hearings.", {TIMELY}, {REPORTS}),
    _n(J, D, "Magistrates' legal adviser: position statements 'excellent when we get "
             "them', but too many come in on the morning of the hearing.",
       {TIMELY}, {REPORTS}),
    _n(J, S, "HHJ: guardians' final analyses are first class, though one or two have been "
             "filed late this term.", {TIMELY}, {REPORTS}),
    _n(J, D, "The DFJ said the court reports are late and the knock-on effect on the "
             "listing office is real, though the quality is high.", {TIMELY}, {REPORTS}),
    # Local authorities.
    _n(LA, D, "LA legal team said the case analyses are balanced but late, and the delay "
              "is affecting their court timetables.", {TIMELY, DELAY}, {REPORTS}),
    _n(LA, D, "Head of service: relationships with the guardians are good but position "
              "statements arrive the night before, which makes planning hard.",
       {TIMELY}, {JOINT}),
    _n(LA, D, "Team manager: 'really helpful challenge' from the FCAs, but emails often "
              "go unanswered for a week.", {RESPOND}, {CHALLENGE}),
    _n(LA, S, "LA director: Cafcass 'a real partner'; joint work on pre-proceedings is "
              "strong, though reports are sometimes late.", {TIMELY}, {JOINT}),
    _n(LA, D, "Council solicitor said the letters are late, which is leading to "
              "adjourned hearings; 'we have no quarrel with what is in them'.",
       {TIMELY}, {REPORTS}),
    # Partner agencies: police, health, schools.
    _n(P, D, "Police DA lead said Cafcass checks requests are clear but replies to the "
             "police are slow.", {RESPOND}, {SHARE_P}),
    _n(P, D, "Health visitor team: the FCA was kind with the mother, but nobody told the "
             "health visitor about the hearing.", {INFORMED_P}, set()),
    _n(P, D, "School safeguarding lead: the letters asking for information are clear, "
             "though the deadlines given are too short.", {TIMELY_P}, {SHARE_P}),
    _n(P, S, "CAMHS manager: referrals from Cafcass are well written and timely; the only "
             "gripe is the lack of feedback afterwards.", {INFORMED_P}, {RISK, TIMELY_P}),
    _n(P, D, "Designated nurse said information requests are late and often missing the "
             "child's date of birth, but the staff are polite.", {SHARE_P, TIMELY_P},
       {WORK}),
    _n(P, D, "Head teacher: the FCA's visit to the school was handled well but the school "
             "was not told of the outcome.", {INFORMED_P}, {WORK}),
]  # fmt: skip
