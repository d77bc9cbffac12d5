"""A hand-written inspection for the issue 15 findings on the draft's voice (hedged notes,
stakeholders' views, the survey, the local services' summary): `build(path)` writes it
through the public Store API.  Every note is written here by hand; none comes from the
demo generator.

- Area 4 (Northfield): five sampled cases on children's wishes and feelings (QP3):
  two plain strengths, one case whose only note is a plan it is too early to judge,
  two weaknesses; partner agencies, every one of their notes positive; judges, one
  positive note and two critical; local authority staff, one note of each kind; one
  note from the survey of children and families.
- Area 7 (Eastmoor): three sampled cases; the survey of children and families, three
  strength notes about the area, and one quoting a young person's written words.
- No case of the national sample is read: the local services' summary may say only
  that it draws on visits to the two areas.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

AREAS = [("4", "Northfield", True), ("7", "Eastmoor", True)]

HEDGED = (
    "A new tracker for children's wishes has been set up by the practice manager, but "
    "it is too early to see its impact on what reports say."
)
PLAIN = (
    "The report sets out what the boy wants in his own words and explains how much "
    "weight the court should give them."
)
WEAK = "The report records the mother's account at length and nothing of what the girl wants."

PARTNERS = (
    "A school safeguarding lead told inspectors that the family court adviser rang her "
    "before the hearing and used what she said about the child's attendance.",
    "A health visitor said the guardian's visits were well planned and that she was kept "
    "informed of each step in the proceedings.",
    "The manager of a domestic abuse service said that advisers refer families to her "
    "service promptly and share the safety plan with her team.",
)
JUDGES = (
    "A district judge said that section 7 reports in the area are clear, well argued and "
    "arrive on the day they are due.",
    "A circuit judge told inspectors that reports are often filed late and that hearings "
    "have been adjourned as a result.",
    "A magistrate said that the analysis in reports is thin and that the recommendations "
    "do not always follow from the evidence.",
)
LOCAL_AUTHORITY = (
    "A local authority team manager said that guardians challenge care plans constructively "
    "and visit children in their placements before the final hearing.",
    "A local authority social worker told inspectors that the guardian did not return her "
    "calls for three weeks before the issues resolution hearing.",
)
ONE_SURVEY = (
    "One mother wrote in the survey that the family court adviser listened to both parents "
    "and explained the recommendation to her before the hearing."
)
SURVEY_QUOTE = (
    "One young person wrote in the survey: ‘My guardian came to see me at school and "
    "told the judge what I really wanted.’"
)
SURVEY = (
    "Parents who answered the survey said that the family court adviser explained the "
    "process to them clearly and kept them informed.",
    "Several young people wrote in the survey that their guardian listened to them and "
    "told the court what they wanted.",
    "Carers responding to the survey said that the adviser returned their calls quickly "
    "and explained what would happen at court.",
)


def build(path: Path) -> Path:
    """Write the inspection (see the module docstring) to `path`."""
    s = Small(path, areas=AREAS)
    for text in (PLAIN, PLAIN.replace("boy", "girl")):
        s.ev(s.case("4"), ["QP3"], "strength", text)
    s.ev(s.case("4"), ["QP3"], "strength", HEDGED)
    for k in range(2):
        s.ev(s.case("4"), ["QP3"], "development", WEAK.replace("girl", ("girl", "boy")[k]))
    s.cases_noted("4", 3, weak=set())
    for text in PARTNERS:
        s.about_area("4", ["LGN4"], "strength", text, "INT_PARTNER")
    for k, text in enumerate(JUDGES):
        s.about_area("4", ["LGN4"], "strength" if k == 0 else "development", text,
                     "INT_JUDICIARY")  # fmt: skip
    for k, text in enumerate(LOCAL_AUTHORITY):
        s.about_area("4", ["LGN4"], ("strength", "development")[k], text, "INT_LA")
    s.about_area("4", ["LG6"], "strength", ONE_SURVEY, "SURVEY_USER")
    s.cases_noted("7", 3, weak=set())
    for text in SURVEY:
        s.about_area("7", ["LG6", "QPN1"], "strength", text, "SURVEY_USER")
    s.about_area("7", ["QPN1"], "strength", SURVEY_QUOTE, "SURVEY_USER")
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for code, _name, _visited in AREAS:
        s.judge("J18-4A", "good", area=code)
    s.close()
    return path
