"""What the QA reader sees beside a claim: which side each excerpt is on, and the cases
whose own notes disagree on the criterion.  Inspections written by hand in each test.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small


def test_each_excerpt_in_the_margin_says_which_side_it_is_on(tmp_path: Path) -> None:
    """A claim's comment shows its counter-examples as such: the QA reader is not left
    to take "The FCA had not spoken to the child" as support for a strength."""
    s = Small(tmp_path / "t.db")
    for k in range(6):
        s.ev(s.case(), ["QP3"], "strength",
             f"The report explains what the child wants and why, in her own words ({k}).")  # fmt: skip
    for k in range(3):
        s.ev(s.case(), ["QP3"], "development",
             f"The FCA had not spoken to the child before writing the report ({k}).")  # fmt: skip
    report = draft_report(load(s.store))
    s.close()
    sentences = [x for sec in report.sections for p in sec.paragraphs for x in p.sentences
                 if "QP3" in x.criteria and x.excerpts]  # fmt: skip
    assert sentences
    for x in sentences:
        for e in x.excerpts:
            side = "against" if "had not spoken" in e else "for"
            if x.direction == side:  # on the sentence's own side: no label needed
                assert ", for: " not in e and ", against: " not in e, e
            else:
                assert f", {side}: " in e, (x.direction, e)
    # The strength claim's counter-examples are labelled.
    assert any(", against: " in e for x in sentences for e in x.excerpts)


def test_a_case_whose_notes_disagree_is_flagged_for_the_qa_reader(tmp_path: Path) -> None:
    """One case's notes say screening was complete and that a police check had not come
    back; the inspector graded it good.  The claim it counts towards says so."""
    s = Small(tmp_path / "t.db")
    for k in range(5):
        s.ev(s.case(), ["QP2"], "strength",
             f"Screening was complete and both parents were interviewed before the hearing ({k}).")  # fmt: skip
    split = s.case()
    s.ev(split, ["QP2"], "strength", "Screening was complete before the first hearing.")
    s.ev(split, ["QP2"], "development",
         "The police check on the mother's new partner had not come back before the hearing.")  # fmt: skip
    s.grade(split, "QP2", "good")
    ref = "T-006"  # Small numbers its cases in order: this is the sixth
    report = draft_report(load(s.store))
    s.close()
    claims = [x for sec in report.sections for p in sec.paragraphs for x in p.sentences
              if x.role == "claim" and "QP2" in x.criteria]  # fmt: skip
    assert claims
    for x in claims:
        assert "notes disagree in a case" in x.flags, x
        assert f"notes disagree in {ref}" in x.basis, x.basis
