"""A corpus of stakeholders' notes, written by hand for voice21 (issue 15): what judges,
magistrates, council staff and partner agencies told inspectors, in the shapes an
inspector writes them down (a heading naming who spoke, shorthand, a consequence added
after the view, a quality said "of" something), each with the subject its view must be
drafted under, as a reader of the note would say it.  None of the text is the demo's, a
tester's or the real report's; no name below is a real person's.

Each entry: the source (who spoke, `drafting.toml` [stakeholder_groups]), the recorded
polarity, the note, and what its view on that side is about in the draft's words
(`voices.toml` [[view_subject]], as said for the speaker's group).
"""

from __future__ import annotations

from typing import NamedTuple


class Note(NamedTuple):
    source: str
    polarity: str
    text: str
    about: str


S, D = "strength", "development"
J, LA, P = "INT_JUDICIARY", "INT_LA", "INT_PARTNER"

ADVOCACY = "practitioners' advocacy for children"
REPORTS = "the quality of reports"
TIMELY = "the timeliness of reports"
LENGTH = "the length and clarity of reports"
JOINT = "joint working with the service"
RISK = "the response to risks to children"
DELAY = "the service's work to tackle delay"
RESPOND = "how quickly practitioners respond"
SHARE_P = "how the service shares information with them"  # said so of partner agencies
SHARE = "how information is shared with partners"
INFORMED_P = "how well the service keeps them informed"  # said so of partner agencies
PREPARED = "how well prepared practitioners are for court"
WISHES = "how children's wishes and feelings reach the court"
CONSISTENCY = "the consistency of practitioners' work"
ATTEND = "attendance at meetings and reviews"
LEADERS = "the service's leaders"
ALLOCATION = "how quickly cases are allocated"
CHALLENGE = "the challenge practitioners bring to cases"
STAFFING = "staffing and workloads"
IDENTITY = "the attention given to children's culture and identity"
# (The partnership is said so of partner agencies.)
PARTNERSHIP = "the service's part in the local safeguarding arrangements"
IRO = "communication with independent reviewing officers"

NOTES: list[Note] = [
    # A quality said of something: the note is about what it is the quality of.
    Note(
        J,
        S,
        "Judges in the Fenland courts value the quality of guardians' advocacy "
        "and the early safeguarding letters.",
        ADVOCACY,
    ),
    Note(
        J,
        S,
        "The designated family judge praised the quality of the guardians' "
        "advocacy at contested final hearings.",
        ADVOCACY,
    ),
    Note(
        LA,
        S,
        "Heads of service said the quality of joint working with the local team "
        "has improved markedly since the spring.",
        JOINT,
    ),
    Note(
        P,
        D,
        "The police public protection unit said the quality of information "
        "sharing from the service is poor at weekends.",
        SHARE_P,
    ),
    Note(
        J,
        D,
        "Magistrates said the quality of the safeguarding letters they receive "
        "varies from one adviser to the next.",
        REPORTS,
    ),
    Note(
        J,
        S,
        "District judge: the quality of the final analyses is high and the "
        "recommendations are well reasoned.",
        REPORTS,
    ),
    Note(
        J,
        S,
        "Legal adviser said section 7 reports here are of a consistently good quality.",
        REPORTS,
    ),
    Note(
        LA,
        D,
        "The council's principal social worker said the standard of challenge "
        "from guardians at looked-after reviews is weak.",
        CHALLENGE,
    ),
    # Advocacy: speaking up for the child, in the court and beyond.
    Note(
        J,
        S,
        "Circuit judge: guardians advocate strongly for the children and put "
        "their views to the court with real force.",
        ADVOCACY,
    ),
    Note(
        LA,
        S,
        "IRO manager said guardians speak up for children at reviews even "
        "when it is uncomfortable for the council.",
        ADVOCACY,
    ),
    Note(
        J,
        D,
        "Recorder said advocacy for the younger children is weak; the guardian "
        "seldom says what the child needs.",
        ADVOCACY,
    ),
    # Timeliness: reports, statements and letters arriving late, whatever they are.
    Note(
        J,
        D,
        "A circuit judge said the guardians' reports are sound, but their "
        "position statements come in the evening before the hearing.",
        TIMELY,
    ),
    Note(
        J,
        D,
        "District judge: position statements regularly reach the court on the "
        "morning of the hearing.",
        TIMELY,
    ),
    Note(
        J,
        D,
        "Magistrates said safeguarding letters are often filed late, so the "
        "first hearing has to go ahead without them.",
        TIMELY,
    ),
    Note(
        J,
        S,
        "The designated family judge said reports are filed in good time and "
        "she cannot remember an adjournment for a late report this year.",
        TIMELY,
    ),
    # A consequence added after the view says what followed, not what it is about.
    Note(
        J,
        D,
        "Spoke with the district judge. She raised the variable quality of "
        "section 7 analysis in the area. This means some children wait longer for "
        "a decision.",
        REPORTS,
    ),
    Note(
        LA,
        D,
        "Met the council's heads of service. They said guardians are hard to "
        "reach between hearings. As a result, care plans drift.",
        RESPOND,
    ),
    Note(
        J,
        S,
        "Meeting with the magistrates' bench chair. The bench trusts the "
        "advisers' safeguarding checks. Consequently hearings are seldom put back.",
        RISK,
    ),
    Note(
        P,
        S,
        "Health visitor team leader said the FCA rang back the same day about a "
        "baby on a child protection plan. As a result, the court had the health "
        "information at the first hearing.",
        RESPOND,
    ),
    Note(
        J,
        D,
        "Interview with a district judge. Judges find the recommendations in "
        "section 7 reports hard to follow. This leaves parents unsure what is "
        "proposed.",
        LENGTH,
    ),
    # Judges on reports.
    Note(
        J,
        S,
        "Judge: the analysis in the guardian's final report weighed every "
        "option and the order made followed it.",
        REPORTS,
    ),
    Note(
        J,
        D,
        "Magistrates told us the addendum reports repeat the parents' accounts "
        "and give no analysis of the risk.",
        REPORTS,
    ),
    Note(
        J,
        D,
        "DFJ: final analyses run to forty pages and are long-winded; the bench "
        "needs shorter reports.",
        LENGTH,
    ),
    Note(
        J,
        S,
        "Judges described the advisers as well prepared, knowing their cases "
        "in detail when questioned in court.",
        PREPARED,
    ),
    Note(
        J,
        S,
        "The legal adviser said the child's wishes and feelings are always set "
        "out clearly for the bench.",
        WISHES,
    ),
    Note(
        J,
        D,
        "Recorder said it depends on who you get: some guardians are "
        "excellent, others barely engage.",
        CONSISTENCY,
    ),
    Note(
        J,
        D,
        "Judges said delay in the area is getting worse and cases run well beyond 26 weeks.",
        DELAY,
    ),
    Note(
        J,
        D,
        "A district judge said some courts still wait six weeks for a guardian to be allocated.",
        ALLOCATION,
    ),
    Note(
        J,
        S,
        "Senior judiciary said the regional leaders are open with them and act "
        "on what they raise at the family justice board.",
        LEADERS,
    ),
    # Council staff.
    Note(
        LA,
        S,
        "LA head of service positive about the early meetings with guardians in pre-proceedings.",
        JOINT,
    ),
    Note(
        LA,
        D,
        "Team managers said guardians seldom attend child protection "
        "conferences for children in proceedings.",
        ATTEND,
    ),
    Note(
        LA,
        D,
        "IROs said they rarely hear from the guardian between reviews and have "
        "to chase for updates.",
        RESPOND,
    ),
    Note(
        LA,
        S,
        "Service manager said information requests to the local team are answered within the week.",
        SHARE,
    ),
    Note(
        LA,
        S,
        "Council lawyers said guardians challenge weak care plans robustly "
        "and the plans are better for it.",
        CHALLENGE,
    ),
    Note(
        LA,
        D,
        "Head of service said new guardians are not allocated until the "
        "second hearing, which slows planning.",
        ALLOCATION,
    ),
    Note(
        LA,
        S,
        "Reviewing officers said letters from guardians to the IRO are clear "
        "and arrive before each review.",
        IRO,
    ),
    # Partner agencies.
    Note(
        P,
        S,
        "Police safeguarding lead said checks requested by the service are "
        "specific and the turnaround works well.",
        SHARE_P,
    ),
    Note(
        P,
        D,
        "School designated safeguarding leads said they are not told when the "
        "FCA has spoken to a child at school.",
        INFORMED_P,
    ),
    Note(
        P,
        S,
        "Domestic abuse service: FCAs understand coercive control and refer "
        "families to us appropriately.",
        RISK,
    ),
    Note(
        P,
        S,
        "Safeguarding partnership business manager said the local manager "
        "contributes well to multi-agency audits.",
        PARTNERSHIP,
    ),
    Note(
        P,
        D,
        "Youth offending service said the guardian did not consider the "
        "young man's heritage or faith in her report.",
        IDENTITY,
    ),
    Note(
        P,
        D,
        "Interview with the court manager. Advisers on the duty rota often "
        "cannot be reached by the listing office. This means hearings are listed "
        "twice.",
        RESPOND,
    ),
    Note(
        P,
        S,
        "CAMHS clinician said the guardian worked closely with her so that the "
        "child's therapy was not disrupted. This gave the court a full picture.",
        JOINT,
    ),
    Note(
        P,
        D,
        "Health lead said practitioners in the area change too often; one "
        "family had four advisers in a year.",
        STAFFING,
    ),
    Note(
        P,
        D,
        "Women's refuge manager said advisers sometimes arrange meetings "
        "that put mothers at risk of being found.",
        RISK,
    ),
    Note(
        P,
        S,
        "Police lead praised the quality of the service's domestic abuse "
        "screening at the first hearing.",
        RISK,
    ),
    Note(
        P,
        D,
        "Court manager said the service's workloads are so high that duty "
        "advisers are not always at court.",
        STAFFING,
    ),
]
"""Every note, with what its view is about (see the module docstring)."""
