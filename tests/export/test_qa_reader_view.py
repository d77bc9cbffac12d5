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
    back; the inspector graded it good.  Its notes do not bear the grade out, so it is
    counted neither way (`casesides`, case17), and each claim whose tally holds it says
    so; a key finding resting only on the other cases does not claim it."""
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
              if x.role == "claim" and "QP2" in x.criteria and sec.kind != "summary"]  # fmt: skip
    assert claims
    for x in claims:
        assert "notes disagree in a case" in x.flags, x
        assert f"notes disagree in {ref}" in x.basis, x.basis
        assert "mixed in 1" in x.basis and ref not in x.case_refs, (x.basis, x.case_refs)
    summary = [x for sec in report.sections if sec.kind == "summary"
               for p in sec.paragraphs for x in p.sentences if "QP2" in x.criteria]  # fmt: skip
    assert all(ref not in x.case_refs for x in summary), summary


def test_the_export_puts_a_disputed_grade_first_and_counts_small_samples(tmp_path: Path) -> None:
    """The lead's terminal after `export area`: the disagreement with the grade first,
    the claims resting on a small sample in one line, not one line each."""
    from click.testing import CliRunner

    from cli.root import cli

    s = Small(tmp_path / "t.db")
    for crit, strong, weak in (
        ("QP3", "The report sets out what the boy wants and why.", "The child's wishes are not in the report."),
        ("QP5", "Direct work used drawings to help her talk.", "No direct work is recorded."),
        ("QP7", "The analysis weighs each option for the child.", "The report lists events without analysis."),
    ):  # fmt: skip
        for k in range(4):  # four cases each, fewer than the framework's min_cases
            s.ev(s.case(), [crit], "development" if k < 2 else "strength",
                 weak if k < 2 else strong)  # fmt: skip
    s.judge("J18-4A", "outstanding", area="6")
    s.close()
    res = CliRunner().invoke(cli, ["export", "area", str(tmp_path / "t.db"), "--area", "6",
                                   "-o", str(tmp_path / "a.docx")])  # fmt: skip
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith(("warning:", "note:"))]
    assert lines[0].startswith("warning:") and "disagrees with the grade" in lines[0], lines
    small = [ln for ln in lines if "small sample" in ln]
    assert len(small) == 1 and "sentences rest on a small sample" in small[0], lines


def test_a_qa_refusal_names_the_whole_heading_and_only_the_record_holding_it(
    tmp_path: Path,
) -> None:
    import pytest

    from exporters.errors import IdentifyingDetailsError
    from exporters.qa import export_qa

    s = Small(tmp_path / "t.db")
    ids = [s.ev(s.case(), ["QP3"], "strength",
                f"The report sets out clearly what the child wants and why ({k}).")
           for k in range(5)]  # fmt: skip
    planted = s.ev(s.case(), ["QP3"], "strength",
                   "The report sets out clearly what she wants; her mother is on 07700 900123.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    with pytest.raises(IdentifyingDetailsError) as err:
        export_qa(s.store, tmp_path / "qa.csv")
    s.close()
    hits = [h for h in err.value.hits if "900123" in h.text]
    assert hits
    for h in hits:
        assert h.evidence_ids == (planted,), h.evidence_ids
        assert not set(ids) & set(h.evidence_ids)
        assert (
            h.where.endswith("’")
            and "…" not in h.where
            and len(h.where) > 52
            or (h.where.count("‘") == 1)
        ), h.where
