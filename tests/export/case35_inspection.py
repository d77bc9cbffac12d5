"""A hand-written 2018 inspection for case35's tests (issue 15; tester 34's "Draft audit").

Every note here was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report.

- Alderney (81), inadequate, 8 cases, safeguarding weak in every one.  One note says the
  report left a girl at risk (said in the past): no sentence may say she was "still"
  living with the risk when inspectors read the file (A12).
- Brixham (82), inadequate, 8 cases, safeguarding weak in every one.  One note's own
  words say only what was missed; the concern inspectors escalated on it says the boy
  still stays at weekends where the assaults happened: that risk goes on (A12).
- Coverack (83), good, 8 cases, strong practice.  Its notes on children's identity are
  two: a refugee charity's praise (said in the area's views sentence, so no claim also
  rests on it) and a child's interview whose point is in shorthand ("Seen with Polish
  interpreter - FCA arranged, good.") before a sentence on the family's background
  (their bakery, church on Sundays), which is no example of the service's attention to
  identity (A13).
- Dunster (84), requires improvement, 8 cases, seeing children weak in five.  Two notes,
  in words of their own and from two sources, say a child interpreted for a parent: the
  eldest daughter "used to translate" on a home visit (the file), and a father's account
  that his son "had to interpret for him" about the violence alleged (his interview).
  Two development notes that name a child and an interpreter say nothing of the kind (a
  child seen with the service's interpreter; a girl who "interpreted" a visit as a sign
  she would move).  The section says once that children had to interpret (A14).
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AGES = ("5-9", "10-13", "14-15", "10-13")

# Alderney (81): safeguarding weak throughout.
ALDERNEY_WEAK = (
    "The stepfather's conviction for assault is not in the report; the girl was left at "
    "risk of harm as a result.",
    "Checks with the police were asked for but never came back, and nobody chased them.",
    "The school's worries about bruises were noted on the file and not followed up.",
    "The safeguarding letter was sent without the health visitor's concerns in it.",
    "Nobody asked the council for its records before the first hearing.",
    "A referral from the nursery sat unread on the file for a month.",
    "The mother's account of threats was not checked with anyone.",
    "Risk was scored as low with nothing on the file to support it.",
)

# Brixham (82): safeguarding weak throughout; one concern escalated.
BRIXHAM_WEAK = (
    "The police callout in March is missing from the safeguarding letter.",
    "No local authority checks on the new partner, though the court asked for them.",
    "The worker did not follow up the neighbour's report of shouting at night.",
    "Hospital attendance for a burn was not explored with either parent.",
    "The safeguarding letter repeats the application and adds nothing of its own.",
    "The report does not say how the risk from the uncle was weighed.",
    "The grandmother's warning about drinking was recorded and left there.",
)
BRIXHAM_ESCALATED = (
    "The report says nothing about the assaults at the father's flat.",
    "The boy still stays at his father's flat every weekend, where the assaults happened.",
)


# Coverack (83): good practice; two notes on identity, a judge's criticism.
COVERACK_GOOD = {
    "QP1": "The report was filed on the day the court set",
    "QP3": "The boy's wishes are in the report in his words, with the reasons for them",
    "QP7": "The analysis weighs each option against what the child needs",
}
CHARITY = (
    "The refugee support charity said practitioners always book interpreters and ask each "
    "family about its faith and customs."
)
CHILD_SEEN = (
    "Seen with Polish interpreter - FCA arranged, good. The grandparents run a bakery on "
    "the harbour and the whole family goes to church on Sundays."
)
JUDGE = "The district judge said reports often come in the day before the hearing."


def _coverack(s: Small) -> None:
    """Area 83 (module docstring)."""
    cases = []
    for k in range(8):
        case = s.case(area="83", law="PRIVATE" if k % 2 else "PUBLIC", age=AGES[k % 4])
        for crit, text in COVERACK_GOOD.items():
            s.ev(case, [crit], "strength", f"{text}, file {k + 1}.")
        cases.append(case)
    s.ev(cases[3], ["LG9"], "strength", CHILD_SEEN, "INT_CHILD")
    s.about_area("83", ["LG9"], "strength", CHARITY, "INT_PARTNER")
    s.about_area("83", ["LG2"], "development", JUDGE, "INT_JUDICIARY")


# Dunster (84): seeing children weak; children made to interpret.
DUNSTER_UNSEEN = (
    "Seen once at school for a quarter of an hour before the report went in.",
    "The twins were seen together at the contact centre and never on their own.",
    "No visit to the child at home; the report relies on the mother's account.",
)
DAUGHTER = (
    "Home visit with the mother, whose English is limited; the eldest daughter (14) was "
    "used to translate, including about the police call-outs."
)
FATHER = (
    "Father told us his son, 11, had to interpret for him at the first hearing because "
    "nobody arranged anyone, about the violence he is accused of."
)
NOT_SO = (
    "The child was seen with an interpreter but only for twenty minutes.",
    "The girl interpreted the practitioner's visit as a sign she would have to move.",
)


def _dunster(s: Small) -> list[str]:
    """Area 84 (module docstring)."""
    cases = [s.case(area="84", law="PRIVATE", age=AGES[k % 4]) for k in range(8)]
    for k, text in enumerate(DUNSTER_UNSEEN):
        s.ev(cases[k], ["QP8"], "development", text)
    s.ev(cases[3], ["QP8"], "development", DAUGHTER)
    s.ev(cases[4], ["SW4"], "development", FATHER, "INT_PARENT_CARER")
    s.ev(cases[5], ["QP8"], "development", NOT_SO[0])
    s.ev(cases[6], ["QP5"], "development", NOT_SO[1])
    for k in (5, 6, 7):
        s.ev(cases[k], ["QP8"], "strength", f"Seen alone at home and at school, file {k + 1}.")
    return cases


def _weak_area(s: Small, area: str, texts: tuple[str, ...]) -> list[str]:
    """One case a note, each note a safeguarding weakness."""
    cases = []
    for k, text in enumerate(texts):
        case = s.case(area=area, law="PRIVATE" if k % 2 else "PUBLIC", age=AGES[k % 4])
        s.ev(case, ["SW1"], "development", text)
        cases.append(case)
    return cases


def _escalated(s: Small, case: str, crits: list[str], text: str, concern: str) -> None:
    s._note(Evidence(
        case_id=case, criteria=crits, source="CASE_FILE", polarity="development", text=text,
        safeguarding=concern, escalation="escalated",
        escalation_note="Raised with the service manager that afternoon.",
    ))  # fmt: skip


def build(path: Path) -> Small:
    """The areas of the module docstring, graded.  The caller closes it."""
    areas = [("81", "Alderney", True), ("82", "Brixham", True), ("83", "Coverack", True),
             ("84", "Dunster", True)]  # fmt: skip
    s = Small(path, areas=areas)
    _weak_area(s, "81", ALDERNEY_WEAK)
    _weak_area(s, "82", BRIXHAM_WEAK)
    case = s.case(area="82", law="PRIVATE", age="10-13")
    _escalated(s, case, ["SW1"], *BRIXHAM_ESCALATED)
    s.judge("J18-4A", "inadequate", area="81")
    s.judge("J18-4A", "inadequate", area="82")
    _coverack(s)
    s.judge("J18-4A", "good", area="83")
    _dunster(s)
    s.judge("J18-4A", "requires-improvement", area="84")
    s.judge("J18-1", "inadequate")
    s.judge("J18-2", "inadequate")
    return s
