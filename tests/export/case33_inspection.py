"""A hand-written 2018 inspection for case33's tests (issue 15; tester 32's "Draft audit"
and "Usefulness": the weak Southwark & Lambeth read as a list of "Neither of the two cases
..."; no sentence said what a weakness meant for a child; tester 31's outstanding Area 2
said its manager's monthly audits only as "File evidence and managers' accounts suggest
that the oversight of practice is effective").

Every note here was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report.

- Saltmarsh (51), requires improvement, 16 cases sampled: few cases read on each point,
  and every one of them weak on it: safeguarding (two cases), analysis (four), seeing
  children (three), recording, direct work and listening (two each), delay (three);
  planning mixed.  Two of the notes say what the weakness meant for the child: a girl
  left living with a man the police had warned about, a boy who waited seven weeks
  before anyone from the service saw him.
- Heronsgate (52), good: strengths in every one of the few cases read on wishes and
  feelings, planning, analysis and information sharing (two or three each); one file
  shows good oversight, and its service manager's note says what the oversight is:
  audits every month, each practitioner told the findings within a week.
- Dunmere (53), good, a control: its points rest on enough cases for proportion words.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AGES = ("5-9", "10-13", "14-15", "2-4")

# Saltmarsh (51).
UNSAFE = (
    "Police told the FCA the mother's new partner had a caution for assault; no risk "
    "assessment followed. The girl is still living at home with him visiting most nights.",
    "A school referral about bruising sat on file for a fortnight without a manager's view.",
)
WEAK_ANALYSIS = (
    "The report sets out both parents' positions and stops; it reaches no view on the child.",
    "Recommendation given without weighing what the police checks had shown.",
    "Three pages of family history, one line of analysis at the end.",
    "The options are listed but the report never says which suits the boy and why.",
)
UNSEEN = (
    "The girl was never seen before the report was filed; her views came from her father.",
    "The boy was seen for a few minutes in the waiting room with his mother beside him.",
    "The twins were seen together at home once, with no time with either on their own.",
)
POOR_RECORDS = (
    "Case notes a month behind, no record of the last two home visits.",
    "The chronology stops at allocation; nothing since is written up.",
)
NO_DIRECT = (
    "No direct work with the seven-year-old; the FCA relied on the school's account.",
    "No session with the boy at all before the hearing.",
)
NOT_HEARD = (
    "The girl asked for weekend contact only; the plan sets midweek visits and does not say why.",
    "The young person's request to change school is not mentioned in the recommendation.",
)
LATE = (
    "Not allocated for seven weeks after issue; the boy waited until the week before the "
    "hearing for his first visit.",
    "Report filed eleven days late and the hearing was put back.",
    "Allocation took five weeks; no contact with the family in that time.",
)
PLANNED = (
    "A clear plan for the work, with dates, agreed with the manager at allocation.",
    "The plan for the work was not updated after the first hearing changed the timetable.",
)
SALTMARSH_MANAGER = (
    "Service manager accepted that Saltmarsh has had no file audits since the summer."
)

# Heronsgate (52).
WISHES = (
    "The report gives the girl's wishes in her own words and explains the fears behind them.",
    "The FCA checked the boy's views again after the hearing moved, and recorded the change.",
    "Each of the three siblings' wishes is set out separately and weighed in the analysis.",
)
PLANS = (
    "The plan for the work sets each visit's purpose and date; every one was kept.",
    "The guardian's plan was agreed with the manager and revised when the timetable changed.",
    "Work planned back from the filing date, with time kept for a second visit to the child.",
)
ANALYSIS = (
    "The analysis weighs each parent's proposal against the risks and the boy's needs.",
    "The report explains clearly why the recommendation is the safest one for the girl.",
)
SHARED = (
    "The order was sent to the school and the health visitor the same week.",
    "The FCA passed the new information to the social worker within a day.",
)
ONE_FILE = "The team manager's note challenges the contact plan and the FCA revises it."
HERON_AUDITS = (
    "Heronsgate SM keeps a firm hold on quality: four file audits every month, findings "
    "given to each FCA within a week."
)
ONE_SLIP = "A home visit was written up three weeks late; the rest of the record is prompt."

# Dunmere (53).
DUN_GOOD = {
    "QP3": "The child's wishes and the reasons for them are clear in the report",
    "QP7": "The analysis weighs the options against the child's needs",
}


def _saltmarsh(s: Small) -> None:
    """Area 51 (module docstring)."""
    cases = [s.case(area="51", law="PRIVATE" if k % 4 else "PUBLIC", age=AGES[k % 4])
             for k in range(16)]  # fmt: skip
    for k, text in enumerate(UNSAFE):
        s.ev(cases[k], ["SW1"], "development", text)
    for k, text in enumerate(WEAK_ANALYSIS):
        s.ev(cases[k + 2], ["QP7"], "development", text)
    for k, text in enumerate(UNSEEN):
        s.ev(cases[k + 6], ["QP8"], "development", text)
    for k, text in enumerate(POOR_RECORDS):
        s.ev(cases[k + 9], ["QP11"], "development", text)
    for k, text in enumerate(NO_DIRECT):
        s.ev(cases[k + 11], ["QP5"], "development", text)
    for k, text in enumerate(NOT_HEARD):
        s.ev(cases[k + 13], ["QP9"], "development", text)
    for k, text in enumerate(LATE):
        s.ev(cases[k + 2 * k], ["QP1"], "development", text)
    s.ev(cases[15], ["QP6"], "strength", PLANNED[0])
    s.ev(cases[14], ["QP6"], "development", PLANNED[1])
    s.about_area("51", ["LG4"], "development", SALTMARSH_MANAGER, "INT_MANAGER")


def _heronsgate(s: Small) -> None:
    """Area 52 (module docstring)."""
    cases = [s.case(area="52", law="PRIVATE" if k % 3 else "PUBLIC", age=AGES[k % 4])
             for k in range(14)]  # fmt: skip
    for k, text in enumerate(WISHES):
        s.ev(cases[k], ["QP3"], "strength", text)
    for k, text in enumerate(PLANS):
        s.ev(cases[k + 3], ["QP6"], "strength", text)
    for k, text in enumerate(ANALYSIS):
        s.ev(cases[k + 6], ["QP7"], "strength", text)
    for k, text in enumerate(SHARED):
        s.ev(cases[k + 8], ["QP12"], "strength", text)
    s.ev(cases[10], ["QPN4"], "strength", ONE_FILE)
    s.ev(cases[11], ["QP11"], "development", ONE_SLIP)
    s.about_area("52", ["LG4"], "strength", HERON_AUDITS, "INT_MANAGER")


def _dunmere(s: Small) -> None:
    """Area 53 (module docstring)."""
    for k in range(12):
        case = s.case(area="53", law="PRIVATE" if k % 2 else "PUBLIC", age=AGES[k % 4])
        for crit, text in DUN_GOOD.items():
            s.ev(case, [crit], "strength" if k < 10 else "development", f"{text}, visit {k + 1}.")


def build(path: Path) -> Small:
    """The three areas (module docstring), graded, with the national judgements.  The
    caller closes it."""
    s = Small(path, areas=[("51", "Saltmarsh", True), ("52", "Heronsgate", True),
                           ("53", "Dunmere", True)])  # fmt: skip
    _saltmarsh(s)
    _heronsgate(s)
    _dunmere(s)
    s.judge("J18-4A", "requires-improvement", area="51")
    s.judge("J18-4A", "good", area="52")
    s.judge("J18-4A", "good", area="53")
    s.judge("J18-1", "requires-improvement")
    s.judge("J18-4", "good")
    return s
