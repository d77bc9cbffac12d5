"""Hand-written inspections for case28's tests (issue 15: repetition; tester 27's A13).

Every note here was written for these tests, in words of their own: none comes from
the demo generator, a tester's database or the real report.

- `build_escalations`: eight areas of the West Country (81 to 88), under the 2013
  framework (no area grades), six cases each; in every area inspectors escalated
  safeguarding concerns on two, three or four cases (the counts repeat between areas,
  as they do on a real inspection).  Each area's section says its own count; no two
  areas may say it in the same words but the number; with `open_in`, some of each
  area's concerns are recorded as still to be escalated.
"""

from __future__ import annotations

from pathlib import Path

from store.models import Evidence
from tests.export.small import Small

AGES = ("2-4", "5-9", "10-13", "14-15")

AREAS = (
    ("81", "Bodmin"), ("82", "Camborne"), ("83", "Dartmoor"), ("84", "Exmoor"),
    ("85", "Frome"), ("86", "Glastonbury"), ("87", "Honiton"), ("88", "Ilfracombe"),
)  # fmt: skip

# Concerns inspectors found and passed on, one per escalated case of an area.
MISSED = (
    "The grandmother said the stepfather hits the boy; no referral to children's services was made.",
    "A police callout for a fight at the house was on the checks but nobody followed it up.",
    "The girl told her teacher she was scared to go home; the file shows no action on it.",
    "The mother's new partner has a record for violence and the FCA did not tell the council.",
)
FOLLOWED = (
    "The FCA rang the council the same afternoon about the school's worry and noted the reply.",
    "Police checks came back with an old incident and the FCA asked the council about it at once.",
    "A health visitor's concern about the child's weight was passed on and chased within a week.",
    "When the boy spoke of a knife at home, the FCA made a referral the same day.",
)
WISHES = "The report gives the child's own view of the two homes and what she hopes for."
OVERSIGHT = "The team manager has checked the plan and set a date to look at it again."

# How many cases each area escalated (two areas share each count).
ESCALATED = (2, 3, 4, 2, 3, 4, 2, 3)


def _concern(s: Small, case: str, text: str, status: str) -> None:
    """A safeguarding note on `case` whose concern inspectors escalated (`status`
    "escalated") or have still to escalate ("needs-escalation")."""
    s.store.put_evidence(Evidence(
        case_id=case, criteria=["SW1"], source="CASE_FILE", polarity="development", text=text,
        safeguarding=text, escalation=status,  # type: ignore[arg-type]
        escalation_note="Raised with the head of service before the team left."
        if status == "escalated" else "",
    ))  # fmt: skip


def build_escalations(path: Path, open_in: int = 0) -> Small:
    """The eight areas, each with six cases, the last `open_in` escalated cases of each
    area still to be escalated; the caller closes it."""
    s = Small(path, areas=[(c, n, True) for c, n in AREAS], framework="cafcass-2013")
    for a, ((code, _name), escalated) in enumerate(zip(AREAS, ESCALATED, strict=True)):
        for k in range(6):
            case = s.case(area=code, law="PRIVATE", age=AGES[(a + k) % 4])
            if k < escalated:
                status = "needs-escalation" if k >= escalated - open_in else "escalated"
                _concern(s, case, MISSED[(a + k) % 4], status)
            else:
                s.ev(case, ["SW1"], "strength", FOLLOWED[(a + k) % 4])
            s.ev(case, ["QP3"], "strength", WISHES)
            s.ev(case, ["QPN4"], "strength", OVERSIGHT)
    return s


# Tester 27's A13: an area whose files weigh for it, its risk assessment unsound in
# half of its cases.
RISK_SOUND = (
    "Police and council checks were back before the first hearing and the letter weighs them.",
    "The screening call with the mother drew out the history of violence and it is in the letter.",
    "The FCA spotted a previous child protection plan in the checks and told the court.",
)
RISK_MISSED = (
    "The letter to court went without the police checks, so the father's caution was not known.",
    "Only the mother was spoken to at screening; the risks the father posed were never asked about.",
    "An earlier referral about neglect sat in the council's reply and the letter did not mention it.",
)
SAFE_FOLLOWED = (
    "The school's worry about a bruise went to the council the same day, with a note of the call.",
    "When the girl said her uncle frightened her, the FCA made a referral and checked it was received.",
)
ANALYSIS = "The report weighs what each parent offers against what the boy needs and says why."
PLANNED = "The plan for the work sets out who will be seen, by when, and what the court needs."


def build_risk_split(path: Path, unsound: int) -> Small:
    """Wychwood (91), under the 2021 framework (no area grade), eight cases whose files
    weigh for it: safeguarding concerns followed up well in all, analysis and planning
    sound in all; the first assessment of risk unsound in `unsound` of six cases with a
    finding on it.  The caller closes it."""
    s = Small(path, areas=[("91", "Wychwood", True)], framework="cafcass-2021")
    for k in range(8):
        case = s.case(area="91", law="PRIVATE", age=AGES[k % 4])
        s.ev(case, ["SW1"], "strength", SAFE_FOLLOWED[k % 2])
        if k < 6:
            weak = k < unsound
            s.ev(case, ["QP2"], "development" if weak else "strength",
                 (RISK_MISSED if weak else RISK_SOUND)[k % 3])  # fmt: skip
        s.ev(case, ["QP7"], "strength", ANALYSIS)
        s.ev(case, ["QP6"], "strength", PLANNED)
    return s


# case27's note on tester 27's Areas 9, 10 and 13: an area's one note of its figures,
# tagged with the use of performance information, about something else ("enquiry", not
# "check": "check" is one of the criterion's own words, for checking the figures).
FIGURES_ELSEWHERE = (
    "Area figures: every police enquiry was back before the first hearing this quarter; "
    "no agency staff in post."
)
FIGURES_USED = (
    "Managers review the area's dashboard each week and act on what it shows about late reports."
)
IN_COURT = (
    "In court the guardian gave calm, clear oral evidence that kept the hearing on the child."
)


def build_area_figures(path: Path) -> Small:
    """Yarnton (92) and Zeals (93), 2021 (no area grades), six sound cases each; each
    area has one performance data note tagged with the use of performance information
    (LG3): Yarnton's about police checks and staffing (none of LG3's subjects), Zeals'
    about managers using the figures; Zeals also has a court observation on work with
    the courts (LG2) that names none of that criterion's subjects.  The caller closes
    it."""
    s = Small(path, areas=[("92", "Yarnton", True), ("93", "Zeals", True)],
              framework="cafcass-2021")  # fmt: skip
    for area in ("92", "93"):
        for k in range(6):
            case = s.case(area=area, law="PRIVATE", age=AGES[k % 4])
            s.ev(case, ["SW1"], "strength", SAFE_FOLLOWED[k % 2])
            s.ev(case, ["QP7"], "strength", ANALYSIS)
    s.about_area("92", ["LG3"], "strength", FIGURES_ELSEWHERE, "PERF_DATA")
    s.about_area("93", ["LG3"], "strength", FIGURES_USED, "PERF_DATA")
    s.about_area("93", ["LG2"], "strength", IN_COURT, "OBS_COURT")
    return s


# Tester 28's A2: safeguarding written about only where something was wrong.
RISK_FOLLOWED = "The council was told of the father's threats the day they came to light."
LATE_CHECK = "The police check came back the day before the hearing, too late to be weighed."


def build_few_views(path: Path, with_view: int, short_in: int) -> Small:
    """Ulverscroft (94), 2018, judged good, twelve cases with analysis and wishes and
    feelings sound in all; safeguarding written about on `with_view` of them,
    `short_in` of those falling short (late checks), the rest followed up well.  The
    caller closes it."""
    s = Small(path, areas=[("94", "Ulverscroft", True)])
    for k in range(12):
        case = s.case(area="94", law="PRIVATE", age=AGES[k % 4])
        if k < with_view:
            short = k < short_in
            s.ev(case, ["SW1"], "development" if short else "strength",
                 LATE_CHECK if short else RISK_FOLLOWED)  # fmt: skip
        s.ev(case, ["QP7"], "strength", ANALYSIS)
        s.ev(case, ["QP3"], "strength", WISHES)
    s.judge("J18-4A", "good", area="94")
    return s
