"""Issue 15, tester 13 (first audit, claim 10): on a 2013-framework inspection the
national leadership section printed a raw template placeholder, "The internal audit
inspectors read and the record from interviews with {group} show weaknesses in ...":
drafting.toml's [evidence_nouns] name the judiciary's interviews "interviews with
{group}", and the few-records register put the noun into its counted phrase without
filling it.  Every path that names a source fills the group as the notes name it
(`sourcenames.with_group`), and no drafted sentence holds a brace.

On a small 2013-framework inspection written here (national judiciary notes on LGN1 and
LGS3, as the tester's were), on every hand-written inspection and on the demo.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export.small import Small

BRACE = re.compile(r"[{}]")


def _braced(report: ReportModel) -> list[str]:
    """Every drafted sentence or comment line of `report` that holds a brace."""
    out = []
    for p in report.paragraphs():
        for s in p.sentences:
            out += [t for t in (s.text, *s.notes) if BRACE.search(t)]
    return out


def _leadership_2013(tmp_path: Path) -> ReportModel:
    """A 2013-framework inspection whose national leadership evidence is a few records,
    two of them interviews with the judiciary: a magistrates' bench chair's criticism of
    recommendations (LGN1, beside an internal audit's and against a manager's account),
    and a circuit judge's praise of guardians in secure accommodation cases (LGS3, beside
    one case file)."""
    s = Small(tmp_path / "t13.db", framework="cafcass-2013")
    s.national(["LGN1"], "development", "The service's own audit of forty reports found the "
               "recommendations did not follow from the analysis in a third of them.", "QA_AUDIT")  # fmt: skip
    s.national(["LGN1"], "development", "Chair of the magistrates' bench: the advice in reports "
               "is uneven and the recommendation sometimes ignores the evidence set out.",
               "INT_JUDICIARY")  # fmt: skip
    s.national(["LGN1"], "strength", "Head of practice: every report is read by a manager "
               "before it is filed and the reading is recorded.", "INT_MANAGER")  # fmt: skip
    s.national(["LGS3"], "strength", "Circuit judge: guardians in secure accommodation "
               "applications are well prepared and know the young person's history.",
               "INT_JUDICIARY")  # fmt: skip
    case = s.case(law="PUBLIC", age="14-15")
    s.ev(case, ["QP7", "LGS3"], "strength", "The guardian's analysis of the secure "
         "accommodation application weighs each risk and the alternatives to it.")  # fmt: skip
    for jid, grade in (("J13-0", "requires-improvement"), ("J13-1", "requires-improvement"),
                       ("J13-2", "good"), ("J13-3", "requires-improvement")):  # fmt: skip
        s.judge(jid, grade, rationale="Recorded for the test.")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_the_judiciary_is_named_as_the_notes_name_it_in_a_2013_leadership_section(
    tmp_path: Path,
) -> None:
    """The leadership section says who was interviewed (magistrates for the bench
    chair's note, judges for the circuit judge's) and prints no placeholder."""
    report = _leadership_2013(tmp_path)
    assert _braced(report) == []
    lead = next(sec for sec in report.sections if sec.judgement_id == "J13-3")
    said = " ".join(s.text for p in lead.paragraphs for s in p.sentences)
    assert "magistrates" in said, said
    on_lgn1 = [s.text for p in lead.paragraphs for s in p.sentences if "LGN1" in s.criteria]
    assert on_lgn1, said


def test_no_drafted_sentence_on_a_hand_written_inspection_holds_a_brace(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    for name, report in handwritten_reports.items():
        assert _braced(report) == [], name


def test_no_drafted_sentence_on_the_demo_holds_a_brace(
    demo_drafts: tuple[ReportModel, ReportModel],
) -> None:
    for report in demo_drafts:
        assert _braced(report) == []
