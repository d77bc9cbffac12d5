"""A corpus of inspector notes written for ex21's example tests, in the way notes are
typed between file reads and interviews: whole sentences, fragments, shorthand,
telegraphic clauses, comma splices, "no evidence ..." openings, bare role nouns with no
article, questions and reminders.  Written by hand for these tests (not the demo's
fragments, not the real report's sentences).

Each note: (criterion, polarity, text).  The criteria are the 2018 framework's practice
criteria the notes are about: QP3 wishes and feelings, QP5 direct work, QP7 analysis in
reports, QP8 seeing children, QP11 case recording, QPN4 management oversight.
"""

from __future__ import annotations

Note = tuple[str, str, str]

NOTES: tuple[Note, ...] = (
    # Wishes and feelings (QP3)
    (
        "QP3",
        "strength",
        "The report sets out in the boy's own words why he wants to stay at his "
        "school and what he would miss about his father.",
    ),
    (
        "QP3",
        "strength",
        "Guardian used a three houses tool and the report quotes what the girl drew in each house.",
    ),
    ("QP3", "strength", "Child's wishes clearly set out, sep section in report, good."),
    (
        "QP3",
        "strength",
        "YP's views were gathered over two visits and the report explains how "
        "much weight they should carry.",
    ),
    (
        "QP3",
        "development",
        "No evidence the child's wishes were sought before the position statement was filed.",
    ),
    ("QP3", "development", "no evidence of the child's views in the s7 report"),
    (
        "QP3",
        "development",
        "Report says what the mother wants for the child but not what the child wants.",
    ),
    ("QP3", "development", "Child's voice absent from the analysis?? check w/ FCA"),
    (
        "QP3",
        "development",
        "The court was told the boy wanted to move but not why, and nothing "
        "explains how his wishes were weighed.",
    ),
    ("QP3", "development", "Wishes & feelings not explored - YP seen once at school for 20 mins."),
    (
        "QP3",
        "strength",
        "The practitioner went back to see the girl after the hearing to explain "
        "what the judge had decided and why.",
    ),
    (
        "QP3",
        "development",
        "FCA did not ask the children what they wanted, report relies on the father's account.",
    ),
    # Direct work (QP5)
    (
        "QP5",
        "strength",
        "Direct work was creative: the guardian used sand trays and a worry "
        "monster with the younger sibling.",
    ),
    (
        "QP5",
        "strength",
        "Practitioner completed a life story book with the boy before the final hearing.",
    ),
    ("QP5", "development", "No direct work recorded, SW relied on school reports."),
    (
        "QP5",
        "development",
        "No record of any direct work with the child during the eight months of proceedings.",
    ),
    ("QP5", "development", "Direct work planned but not done, c/o sickness in the team."),
    (
        "QP5",
        "strength",
        "Family court adviser met the twins separately and used drawings to help "
        "each of them talk about home.",
    ),
    ("QP5", "development", "Direct work limited to one session, no follow up."),
    ("QP5", "strength", "Guardian saw child 3x at foster home, good rapport evident from notes."),
    ("QP5", "development", "Child seen but no direct work tools used; report generic."),
    (
        "QP5",
        "strength",
        "The guardian's direct work helped the young person understand why she could not go home.",
    ),
    (
        "QP5",
        "development",
        "Guardian did not see the baby in placement before recommending the plan to the court.",
    ),
    # Analysis in reports (QP7)
    (
        "QP7",
        "strength",
        "Report is clear and concise, options weighed in turn, recommendation follows.",
    ),
    (
        "QP7",
        "strength",
        "Analysis is strong, the risks from the father's drinking are weighed "
        "against the benefits of contact.",
    ),
    (
        "QP7",
        "strength",
        "The analysis weighs each realistic option for the child and explains "
        "why the plan is the right one.",
    ),
    ("QP7", "development", "Analysis thin. Mostly history."),
    (
        "QP7",
        "development",
        "No analysis of the impact of domestic abuse on the child, despite two police call-outs.",
    ),
    ("QP7", "development", "Recommendation not linked to the analysis."),
    ("QP7", "development", "Report is long, analysis is short, recommendation is not explained."),
    (
        "QP7",
        "strength",
        "Clear analysis of the harm the child has suffered and of the risk of further harm.",
    ),
    (
        "QP7",
        "development",
        "The report repeats the local authority's evidence and adds little analysis of its own.",
    ),
    (
        "QP7",
        "development",
        "Manager signed off the report the same day. No evidence of challenge "
        "or of the quality assurance that should have caught the mistakes.",
    ),
    (
        "QP7",
        "strength",
        "Addendum report updates the analysis after the new assessment and "
        "explains the change in recommendation.",
    ),
    ("QP7", "development", "Analysis ok but recs vague re contact."),
    # Seeing children (QP8)
    (
        "QP8",
        "strength",
        "The child was seen alone at school and at home, and the notes record "
        "what he said each time.",
    ),
    ("QP8", "development", "Not seen alone. Mum present throughout."),
    ("QP8", "development", "No evidence the FCA saw the children before writing the report."),
    ("QP8", "development", "Child not seen for 11 wks during proceedings."),
    ("QP8", "strength", "Guardian visited the boy in his placement four times, twice alone."),
    (
        "QP8",
        "development",
        "There is no record that the girl was seen alone at any point in the proceedings.",
    ),
    ("QP8", "strength", "Seen alone x2, once at contact centre."),
    ("QP8", "development", "Child seen once, at court, on the day of the hearing?"),
    (
        "QP8",
        "strength",
        "The adviser saw the children at their grandmother's home, where they "
        "said they felt safest.",
    ),
    ("QP8", "development", "SW saw child at school but not in the home she is to live in."),
    # Case recording (QP11)
    (
        "QP11",
        "strength",
        "Case records are up to date, and each visit is written up within two days.",
    ),
    (
        "QP11",
        "development",
        "Recording poor, gaps of weeks, case notes don't match the chronology.",
    ),
    ("QP11", "development", "No chronology on file."),
    ("QP11", "strength", "Case summary kept current, key decisions logged with reasons."),
    (
        "QP11",
        "development",
        "Case notes are brief and do not say what was discussed with the "
        "mother or what was agreed.",
    ),
    ("QP11", "development", "TBC - check recording on CMS with the team manager."),
    (
        "QP11",
        "strength",
        "The file is well organised and a new worker could pick up the case from the record alone.",
    ),
    ("QP11", "development", "Records not updated since allocation, 6 wks ago."),
    ("QP11", "development", "No record why the child's name was changed on the file."),
    # Management oversight (QPN4)
    ("QPN4", "development", "No mgmt oversight evident on file."),
    (
        "QPN4",
        "development",
        "Manager's supervision note says 'discussed - no issues' with no reflection on the delay.",
    ),
    (
        "QPN4",
        "strength",
        "Practice supervisor challenged the recommendation and the analysis was "
        "strengthened before filing.",
    ),
    ("QPN4", "development", "Service manager unaware of the case until inspectors raised it."),
    (
        "QPN4",
        "strength",
        "Chief executive and senior leaders visit teams regularly and know the "
        "pressures on practitioners.",
    ),
    (
        "QPN4",
        "development",
        "Supervision infrequent, last recorded 4 months ago, no case direction.",
    ),
    (
        "QPN4",
        "strength",
        "Managers review every case at the 12 week point and record a clear "
        "direction for the practitioner.",
    ),
    (
        "QPN4",
        "development",
        "No evidence that the team manager reviewed the risk assessment "
        "after the police disclosure.",
    ),
    (
        "QPN4",
        "strength",
        "Head of practice audited the case and the actions were followed through within a month.",
    ),
    ("QPN4", "development", "Oversight - none. Escalated to HoP."),
    (
        "QPN4",
        "strength",
        "The team manager's oversight is clear on the file, with reasons "
        "recorded for each decision.",
    ),
    (
        "QPN4",
        "development",
        "Supervision recorded, not reflective, actions carried over month to month.",
    ),
    ("QPN4", "development", "Manager agreed the plan, however no rationale recorded."),
    # Sentences whose subject the note left out (tester 21's A1).
    (
        "QP3",
        "development",
        "Girl met the FCA once. Says nobody from Cafcass asked her what she wanted to happen.",
    ),
    (
        "QP8",
        "development",
        "Was seen once at the office, and the report does not say why she was not seen at home.",
    ),
    (
        "QP8",
        "strength",
        "Told the guardian she felt safe at her aunt's house and wanted to stay there.",
    ),
)
