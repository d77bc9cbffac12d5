"""A hand-written 2013 inspection for case30's tests (issue 15; tester 29's A15 and F11).

Every note here was written for these tests, in words of their own: none comes from the
demo generator, a tester's database or the real report.

`build_three_areas`: the 2013 framework judges no area, so each area's section has no
headline and opens on whatever its draft puts first.  Three areas of 13 cases each:

- Fellgate (41), strong: direct work with children sound in nine cases, information
  shared well in seven, the rest mostly strong; safeguarding followed up in two of four
  cases with a view (two fall short); management oversight seen on two files; about the
  area, the head of practice's grip on performance (LG4, an interview with a manager) and
  an observed supervision (QPN4), an audit of identity work and a practitioners' group.
- Brackenmoor (42), ordinary: children's wishes and feelings understood in six of eight
  cases (its largest finding), analysis sound in five of eight, risk assessed well in
  four of six; information sharing short in three of five (one for, one mixed); delay
  avoided in three of six; a court observation and a manager's account of vacancies.
- Saltmarsh (43), weak: information sharing short in six of nine, direct work in five of
  seven, safeguarding in three of four, oversight on the files in four of five; analysis
  sound in five of seven; about the area, weak oversight (LG4, QPN4) and high workloads.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AGES = ("2-4", "5-9", "10-13", "14-15")

# Fellgate (41).
DIRECT_WORK = (
    "The guardian used drawings over three visits to learn how the boy sees each home.",
    "A life-story book made with the girl helped her say who matters most to her.",
    "The FCA met the twins separately at school and used a scaling tool with each.",
    "Play sessions at the contact centre gave the toddler's guardian a clear sense of him.",
    "The guardian wrote to the teenager between visits and she answered in her own letters.",
    "Direct work with a worry monster let the seven-year-old name what frightens him.",
    "The FCA took the boy bowling, and he talked freely about his father on the way.",
    "Sessions with the sisters used a timeline they drew together of their moves.",
    "A feelings thermometer helped the girl explain how contact with her mother goes.",
)
SHARED_WELL = (
    "The guardian sent the council her note of the hearing the same afternoon.",
    "The school was told of the contact plan before term started, with the mother's consent.",
    "Police and health visitor were both updated after the FCA's home visit.",
    "The IRO had the guardian's analysis a week before the looked-after review.",
    "Information from the GP was shared with the council and recorded on the file.",
    "The guardian passed on the nursery's observations to the social worker promptly.",
    "The FCA shared the safety plan with the refuge and the council the day it was agreed.",
)
FELL_OTHER = {
    "QP1": "The report was filed on the date the court set, with no need for more time.",
    "QP7": "The analysis weighs the grandmother's offer against the child's bond with his mother.",
    "QP11": "Every contact with the family is written up within a day of it happening.",
    "QP3": "The letter says plainly what the boy wants and why, and what he fears.",
}
FELL_WEAK = {
    "QP1": "The report was filed two weeks late after the FCA's leave was not covered.",
    "QP7": "The recommendation is given without weighing the options put to the court.",
    "QP11": "Visits in March are missing from the record and were written up from memory.",
    "QP3": "The girl's view is given in one line and not explored.",
}
SAFE_GOOD = (
    "The FCA rang the council the day the mother disclosed new violence and logged the reply.",
    "Police checks raised a caution; the FCA asked for a strategy discussion at once.",
)
SAFE_SHORT = (
    "A referral about a new partner waited nine days before anyone chased the council.",
    "The father's threats in the screening call were not passed to children's services.",
)
FELL_OVERSIGHT = (
    "The practice supervisor's note sets out what to explore at the next visit and by when.",
    "Managers signed off the analysis after asking the FCA to revisit the contact risks.",
)
HOP_GRIP = (
    "Head of practice meets team managers weekly on performance, dip samples ten files a "
    "month and acts on them: timeliness of welfare reports rose after she changed allocation."
)
SUPERVISION_SEEN = (
    "Supervision observed: the manager challenged the FCA's recommendation and kept the "
    "child's daily life at the centre of the discussion."
)

# Brackenmoor (42).
HEARD = (
    "The report gives the girl's wishes in her own words and what lies behind them.",
    "The boy's views on living with his father are set out and weighed in the advice.",
    "The guardian explains what the toddler's behaviour at contact says about his feelings.",
    "The teenager's wish to stay at her school is recorded and shapes the recommendation.",
    "The FCA checked the child's views twice, months apart, and notes how they changed.",
    "The letter says what the children want and why each of them wants it.",
)
NOT_HEARD = (
    "The report repeats the mother's account of what the boy wants without seeing him.",
    "The girl's wishes are not recorded, although she asked to speak to the FCA.",
)
ANALYSIS_SOUND = (
    "The analysis sets the father's progress against the risks that remain, clearly.",
    "Each option for the child is weighed, and the recommendation follows from it.",
    "The report explains why the risk from the mother's partner has reduced.",
    "The guardian's analysis weighs the sibling bond against the need for a quick move.",
    "The recommendation rests on a clear account of the child's needs and each parent.",
)
ANALYSIS_WEAK = (
    "The report lists events but never says what they mean for the child.",
    "The recommendation does not follow from the concerns the report itself raises.",
    "Risks named in the checks are not weighed anywhere in the analysis.",
)
RISK_GOOD = (
    "Screening picked up the history of violence and the FCA planned the work around it.",
    "Checks were read before the first hearing and the risks set out in the letter.",
    "The first assessment named the drinking and asked for a test before contact.",
    "The early risk assessment used the domestic abuse tool and explains its scores.",
)
RISK_WEAK = (
    "The first assessment did not ask about the police callouts on the checks.",
    "Risk was judged low at screening without speaking to the mother alone.",
)
SHARE_SHORT = (
    "The school was not told of the injunction, although the boy is collected there.",
    "The council heard of the new partner only from the mother, weeks later.",
    "The guardian did not pass the health visitor's concerns on to the social worker.",
)
SHARE_OK = "The FCA shared the contact plan with the council and the school the same week."
DELAY_OK = (
    "The report was filed on time and the final hearing went ahead as planned.",
    "The case moved to a final order within the timetable set at the first hearing.",
    "The guardian's early work meant the court could decide without more assessments.",
)
DELAY_LATE = (
    "The report was a month late and the hearing had to be put back.",
    "A second expert was asked for late, adding ten weeks to the case.",
    "The case waited six weeks for allocation before any work began.",
)
COURT_SEEN = (
    "Court observation: the FCA's advice at the first hearing was brief, focused on the "
    "child and accepted by the bench."
)
VACANCIES = (
    "Service manager: three FCA posts unfilled and agency staff covering; some caseloads over 25."
)

# Saltmarsh (43).
SALT_SHARE_SHORT = (
    "The council was never told of the father's release from prison.",
    "The guardian kept the school's concerns to herself until the final hearing.",
    "The police were not asked for an update before the report went in.",
    "Health information arrived but was not passed to the local authority.",
    "No one told the nursery about the contact arrangements agreed in court.",
    "The new address of the mother's partner was not shared with children's services.",
)
SALT_DIRECT_SHORT = (
    "The child was seen once, briefly, and there is no direct work on the file.",
    "No work was done with the boy to find out how he feels about contact.",
    "The girl was only seen with her father present, and no tools were used.",
    "Direct work was planned twice and cancelled both times.",
    "The FCA relied on the social worker's direct work and did none of her own.",
)
SALT_SAFE_SHORT = (
    "A disclosure at school was not followed up with the council for a fortnight.",
    "The police log of an assault at the house was never read by the FCA.",
    "The guardian did not act when the mother said the child had been hit.",
)
SALT_OVERSIGHT_SHORT = (
    "No manager has looked at the file since it was allocated four months ago.",
    "Supervision notes on the file are a list of dates with nothing about the child.",
    "The manager signed off the report without comment despite obvious gaps.",
    "There is no record of any management decision at the key points of the case.",
)
SALT_WEAK_LEAD = (
    "Head of practice in post three months; knows supervision is irregular and has no "
    "plan yet to check the quality of files."
)
SALT_SUPERVISION = (
    "Supervision observed: a run through the caseload with no reflection and nothing "
    "said about any child's experience."
)
SALT_LOAD = "Practitioners' group: caseloads of thirty and more, and supervision often cancelled."


def _fellgate(s: Small) -> None:
    """Area 41, strong (module docstring)."""
    for k in range(13):
        case = s.case(area="41", law="PRIVATE" if k % 3 else "PUBLIC", age=AGES[k % 4])
        if k < 9:
            s.ev(case, ["QP5"], "strength", DIRECT_WORK[k])
        if k < 7:
            s.ev(case, ["QP12"], "strength", SHARED_WELL[k])
        if 2 <= k < 8:  # six cases each on delay, analysis and recording; one falls short
            for crit in ("QP1", "QP7", "QP11"):
                weak = k == 7
                s.ev(case, [crit], "development" if weak else "strength",
                     (FELL_WEAK if weak else FELL_OTHER)[crit])  # fmt: skip
        if 3 <= k < 8:  # five cases on wishes and feelings, one short
            weak = k == 3
            s.ev(case, ["QP3"], "development" if weak else "strength",
                 (FELL_WEAK if weak else FELL_OTHER)["QP3"])  # fmt: skip
        if 8 <= k < 12:  # four cases on safeguarding: two followed up, two not
            good = k < 10
            s.ev(case, ["SW1"], "strength" if good else "development",
                 SAFE_GOOD[k - 8] if good else SAFE_SHORT[k - 10])  # fmt: skip
        if k in (11, 12):
            s.ev(case, ["QPN4"], "strength", FELL_OVERSIGHT[k - 11])
    s.about_area("41", ["LG4"], "strength", HOP_GRIP, "INT_MANAGER")
    s.about_area("41", ["QPN4"], "strength", SUPERVISION_SEEN, "OBS_SUPERVISION")
    s.about_area("41", ["LG5"], "strength",
                 "Practitioners' group: supervision monthly and reflective; workloads "
                 "kept to about eighteen.", "INT_PRACTITIONER")  # fmt: skip
    s.about_area("41", ["LG9"], "strength",
                 "Area audit of identity work: most reports consider the child's heritage "
                 "and faith well.", "QA_AUDIT")  # fmt: skip


def _brackenmoor(s: Small) -> None:
    """Area 42, ordinary (module docstring)."""
    for k in range(13):
        case = s.case(area="42", law="PRIVATE" if k % 3 else "PUBLIC", age=AGES[k % 4])
        if k < 8:
            heard = k < 6
            s.ev(case, ["QP3"], "strength" if heard else "development",
                 HEARD[k] if heard else NOT_HEARD[k - 6])  # fmt: skip
        if 2 <= k < 10:
            sound = k < 7
            s.ev(case, ["QP7"], "strength" if sound else "development",
                 ANALYSIS_SOUND[k - 2] if sound else ANALYSIS_WEAK[k - 7])  # fmt: skip
        if 4 <= k < 10:
            good = k < 8
            s.ev(case, ["QP2"], "strength" if good else "development",
                 RISK_GOOD[k - 4] if good else RISK_WEAK[k - 8])  # fmt: skip
        if 8 <= k < 13:  # information sharing: three short, one sound, one mixed
            if k < 11:
                s.ev(case, ["QP12"], "development", SHARE_SHORT[k - 8])
            elif k == 11:
                s.ev(case, ["QP12"], "strength", SHARE_OK)
            else:
                s.ev(case, ["QP12"], "strength", "Checks were shared with the council on time.")
                s.ev(case, ["QP12"], "development", "The school heard nothing of the order.")
        if 7 <= k < 13:
            late = k >= 10
            s.ev(case, ["QP1"], "development" if late else "strength",
                 DELAY_LATE[k - 10] if late else DELAY_OK[k - 7])  # fmt: skip
    s.about_area("42", ["QP7"], "strength", COURT_SEEN, "OBS_COURT")
    s.about_area("42", ["LG8"], "development", VACANCIES, "INT_MANAGER")


def _saltmarsh(s: Small) -> None:
    """Area 43, weak (module docstring)."""
    for k in range(13):
        case = s.case(area="43", law="PRIVATE" if k % 3 else "PUBLIC", age=AGES[k % 4])
        if k < 9:
            short = k < 6
            s.ev(case, ["QP12"], "development" if short else "strength",
                 SALT_SHARE_SHORT[k] if short else SHARED_WELL[k - 6])  # fmt: skip
        if 2 <= k < 9:
            short = k < 7
            s.ev(case, ["QP5"], "development" if short else "strength",
                 SALT_DIRECT_SHORT[k - 2] if short else DIRECT_WORK[k])  # fmt: skip
        if 9 <= k < 13:
            short = k < 12
            s.ev(case, ["SW1"], "development" if short else "strength",
                 SALT_SAFE_SHORT[k - 9] if short else SAFE_GOOD[0])  # fmt: skip
        if 4 <= k < 9:
            short = k < 8
            s.ev(case, ["QPN4"], "development" if short else "strength",
                 SALT_OVERSIGHT_SHORT[k - 4] if short else FELL_OVERSIGHT[0])  # fmt: skip
        if 6 <= k < 13:
            sound = k < 11
            s.ev(case, ["QP7"], "strength" if sound else "development",
                 ANALYSIS_SOUND[k - 6] if sound else ANALYSIS_WEAK[k - 11])  # fmt: skip
    s.about_area("43", ["LG4"], "development", SALT_WEAK_LEAD, "INT_MANAGER")
    s.about_area("43", ["QPN4"], "development", SALT_SUPERVISION, "OBS_SUPERVISION")
    s.about_area("43", ["LG8"], "development", SALT_LOAD, "INT_PRACTITIONER")


def build_three_areas(path: Path) -> Small:
    """Fellgate (41, strong), Brackenmoor (42, ordinary) and Saltmarsh (43, weak), 2013
    (module docstring), with the national judgements recorded.  The caller closes it."""
    s = Small(path, framework="cafcass-2013",
              areas=[("41", "Fellgate", True), ("42", "Brackenmoor", True),
                     ("43", "Saltmarsh", True)])  # fmt: skip
    _fellgate(s)
    _brackenmoor(s)
    _saltmarsh(s)
    s.national(["LG1"], "strength", "Chief executive: priorities for the year agreed with the "
               "board and known to staff.", "INT_MANAGER")  # fmt: skip
    s.judge("J13-0", "good")
    s.judge("J13-1", "requires-improvement")
    s.judge("J13-2", "good")
    s.judge("J13-3", "good")
    return s
