"""A hand-written 2018 inspection for case34's tests (issue 15; tester 33's "Draft audit":
an outstanding area opened as a good one, A10; the good area whose weakness the lead
wanted said plainly, A12 and A14; a weak area's joined findings said "(two to four
cases each)", case33's "Left"; "courts hear about risks to children in time" beside
two escalated concerns, A13; a child's praise of being listened to in the area where
most children's views were poorly gathered, A17).

Every note here was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report.  The weaker area's cause is not
tester 33's (interpreters): here reports are late because agency staff keep leaving.

- Kestrel (61), outstanding, 14 cases: delay, analysis and wishes and feelings strong in
  (almost) every case; case recording weak in six of them, a weakness worth stating.
- Marsh (62), good, 14 cases: analysis strong throughout; safeguarding followed up well
  in 13 cases, but inspectors escalated concerns on two (one filed under safeguarding,
  one under seeing the child); children's wishes and
  feelings poorly gathered in eight of eleven (one of the three strong notes holds a
  girl's praise of her worker's listening); reports late in six of the cases read on
  delay, each note naming agency staff who left; two notes on the area's managers: they
  know of it and have done nothing.  The lead's rationale says why the area is good
  rather than outstanding: late reports, because of agency turnover.
- Reed (64), requires improvement, 12 cases sampled, few read on each point and every
  one weak: seeing children (four cases), direct work (three), information sharing
  (three) and recording (two).
- Heron (63), outstanding, a control: strong on every point in every case, safeguarding
  among them, with no concern escalated.
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AGES = ("5-9", "10-13", "14-15", "10-13")

# Kestrel (61).
KESTREL_GOOD = {
    "QP1": "Work started the week the case was allocated and the report went in on the day set",
    "QP7": "The analysis weighs each option against what this child needs, and says why",
    "QP3": "The child's wishes are set out in her own words and the reasons explained",
}
KESTREL_WEAK_RECORDS = "Visits are not written up for weeks and the file lags behind the work"
KESTREL_SLIP = "The analysis repeats the parents' positions without weighing them"

# Marsh (62).
SAFE = (
    "Police and council checks were chased before the first hearing so that the court "
    "knew of the risk to the child in time"
)
ESCALATED = (
    (
        "The mother told the FCA of a new assault at the second visit; two weeks on, no "
        "referral had been made to children's services.",
        "A disclosure of a new assault was not referred to children's services.",
    ),
    (
        "Seen once, at school; the father's new partner has a caution for violence, the "
        "worker has not told anyone and contact goes on at his flat.",
        "Contact continues at a home where a violent adult lives, unassessed.",
    ),
)
WISHES_POOR = (
    "The report gives what the child said in one line and never asks who shaped it",
    "The boy's wishes are taken from his mother's statement, not from him",
    "Views gathered once in the car park, ten minutes, nothing recorded of how he felt",
    "The girl's fears about the move are not in the report at all",
)
WISHES_GOOD = "The worker met the girl three times and set out her wishes and the reasons for them"
PRAISE = "She really listened to me and wrote it all down."
ANALYSIS = "The report weighs the risks and the options clearly and reaches a reasoned view"
LATE = (
    "Report filed three weeks late; the agency FCA left in week four and nobody picked the "
    "case up until the court chased it.",
    "Third agency worker on the case in five months; each started again and the report "
    "was a month late.",
    "Agency practitioner left without a handover, so the report missed the date the court set.",
    "The report was late after the agency worker moved on and the case sat unallocated "
    "for a fortnight.",
    "Two agency FCAs in turn, neither stayed; the hearing was put back for the report.",
    "Late report: the agency worker's contract ended mid-case and no one took it over.",
)
ON_TIME = "Report filed on the day the court set, by the same practitioner throughout"
MANAGER_NOTES = (
    "The service manager knows reports run late when agency staff leave, but there is no "
    "handover rule and nothing has changed since the spring.",
    "Team manager said turnover of agency workers is the main cause of late reports; no "
    "plan to reduce it and it is not on the risk register.",
)
KESTREL_RATIONALE = "Outstanding: timely, child-centred work; the files lag behind the visits."
MARSH_RATIONALE = (
    "Good, not outstanding: reports were too often filed late because agency staff kept "
    "leaving mid-case, and managers knew of it but had not acted."
)


def _kestrel(s: Small) -> None:
    """Area 61 (module docstring)."""
    for k in range(14):
        case = s.case(area="61", law="PRIVATE" if k % 2 else "PUBLIC", age=AGES[k % 4])
        for crit, text in KESTREL_GOOD.items():
            if crit == "QP7" and k == 13:
                s.ev(case, [crit], "development", f"{KESTREL_SLIP}.")
                continue
            s.ev(case, [crit], "strength", f"{text}, visit {k + 1}.")
        weak = k < 6
        s.ev(case, ["QP11"], "development" if weak else "strength",
             f"{KESTREL_WEAK_RECORDS}, visit {k + 1}." if weak
             else f"The file is up to date and shows why each step was taken, visit {k + 1}.")  # fmt: skip


def _escalated(s: Small, case: str, crits: list[str], text: str, concern: str) -> None:
    s._note(Evidence(
        case_id=case, criteria=crits, source="CASE_FILE", polarity="development", text=text,
        safeguarding=concern, escalation="escalated",
        escalation_note="Raised with the head of practice the same day.",
    ))  # fmt: skip


def _marsh(s: Small) -> None:
    """Area 62 (module docstring)."""
    cases = [s.case(area="62", law="PRIVATE" if k % 3 else "PUBLIC", age=AGES[k % 4])
             for k in range(14)]  # fmt: skip
    for k in range(13):
        s.ev(cases[k], ["SW1"], "strength", f"{SAFE}, visit {k + 1}.")
    _escalated(s, cases[13], ["SW1"], *ESCALATED[0])
    _escalated(s, cases[12], ["QP8"], *ESCALATED[1])
    for k in range(8):
        s.ev(cases[k], ["QP3"], "development", f"{WISHES_POOR[k % 4]}, visit {k + 1}.")
    for k in range(8, 11):
        words = PRAISE if k == 9 else ""
        source = "INT_CHILD" if k == 9 else "CASE_FILE"
        s.ev(cases[k], ["QP3"], "strength", f"{WISHES_GOOD}, visit {k + 1}.", source, words)
    for k in range(14):
        s.ev(cases[k], ["QP7"], "strength", f"{ANALYSIS}, visit {k + 1}.")
    for k, text in enumerate(LATE):
        s.ev(cases[k + 2], ["QP1"], "development", text)
    for k in range(8, 14):
        s.ev(cases[k], ["QP1"], "strength", f"{ON_TIME}, visit {k + 1}.")
    for text in MANAGER_NOTES:
        s.about_area("62", ["LG4"], "development", text, "INT_MANAGER")


def _heron(s: Small) -> None:
    """Area 63 (module docstring)."""
    for k in range(12):
        case = s.case(area="63", law="PRIVATE" if k % 2 else "PUBLIC", age=AGES[k % 4])
        for crit, text in KESTREL_GOOD.items():
            s.ev(case, [crit], "strength", f"{text}, file {k + 1}.")
        s.ev(case, ["SW1"], "strength", f"{SAFE}, file {k + 1}.")


# Reed (64).
REED_WEAK = {
    "QP8": (
        "Seen once, in the car with the foster carer there; never on his own.",
        "The girl was spoken to by phone only before the report went in.",
        "Both brothers were seen together at contact, neither alone.",
        "The baby's needs were taken from the health visitor; nobody from the service visited.",
    ),
    "QP11": (
        "Nothing written on the file for seven weeks after the first visit.",
        "The visit notes are undated and two are missing altogether.",
    ),
    "QP5": (
        "No direct work with the child beyond a short chat at school.",
        "No direct work done with the boy himself; the report quotes his teacher.",
        "Direct work was one worksheet, never talked through with the girl.",
    ),
    "QP12": (
        "The school's concerns were never passed to the local authority.",
        "Police information was not shared with the guardian before the hearing.",
        "The GP's letter about the mother's health never reached the guardian.",
    ),
}


def _reed(s: Small) -> None:
    """Area 64 (module docstring)."""
    cases = [s.case(area="64", law="PUBLIC" if k % 2 else "PRIVATE", age=AGES[k % 4])
             for k in range(12)]  # fmt: skip
    k = 0
    for crit, texts in REED_WEAK.items():
        for text in texts:
            s.ev(cases[k], [crit], "development", text)
            k += 1


def build(path: Path) -> Small:
    """The three areas (module docstring), graded, with the national judgements.  The
    caller closes it."""
    areas = [("61", "Kestrel", True), ("62", "Marsh", True), ("63", "Heron", True),
             ("64", "Reed", True)]  # fmt: skip
    s = Small(path, areas=areas)
    _kestrel(s)
    _marsh(s)
    _heron(s)
    _reed(s)
    s.judge("J18-4A", "outstanding", area="61", rationale=KESTREL_RATIONALE)
    s.judge("J18-4A", "good", area="62", rationale=MARSH_RATIONALE)
    s.judge("J18-4A", "outstanding", area="63")
    s.judge("J18-4A", "requires-improvement", area="64")
    s.judge("J18-1", "good")
    s.judge("J18-4", "outstanding")
    return s
