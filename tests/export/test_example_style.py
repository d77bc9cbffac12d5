"""Tester 14 claim 14: an example pasted in note-speak, "In one case, no record the child
was seen in the 5 weeks the case was open to Cafcass."  A note's finding is now put in the
report's style (`examples.in_report_style`): "there is no record that ...", and a count of
one to nine before a unit of time or a visit in words.  On notes written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.examples import in_report_style
from tests.export.small import Small


def test_note_speak_reads_as_report_prose() -> None:
    assert in_report_style("no record the girl was seen in the 6 weeks before the hearing.") == (
        "there is no record that the girl was seen in the six weeks before the hearing."
    )
    assert in_report_style("no record that checks were made.") == (
        "there is no record that checks were made."
    )
    assert in_report_style("no record of where or when the boy was seen.") == (
        "there is no record of where or when the boy was seen."
    )
    assert in_report_style("the hearing was put back 1 week and then 3 days.") == (
        "the hearing was put back one week and then three days."
    )
    # Figures of ten and more, decimals, and counts of other things stay as written.
    for kept in ("the report was 12 days late.", "filed 2.5 weeks late.",
                 "2 reports were late.", "no recorded reason for the delay."):  # fmt: skip
        assert in_report_style(kept) == kept


def test_an_example_drawn_from_such_a_note_reads_as_prose(tmp_path: Path) -> None:
    s = Small(tmp_path / "s.db", framework="cafcass-2021")
    try:
        notes = [
            "No record the boy was seen in the 5 weeks the case was open to the service.",
            "No record the girl was seen before the report; 7 weeks passed with no visit.",
            "No record the child was seen at all during the 4 weeks of the case.",
        ]
        for text in notes:
            case = s.case("6", "PRIVATE")
            s.ev(case, ["QP8"], "development", text)
        case = s.case("6", "PRIVATE")
        s.ev(case, ["QP8"], "strength", "The boy was seen alone at school and at home.")
        report = draft_report(load(s.store))
    finally:
        s.close()
    examples = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "example"]
    from_notes = [t for t in examples if "record" in t]
    assert from_notes, examples  # the weakness is illustrated from one of the notes
    for t in from_notes:
        assert "there is no record that" in t, t
        assert not any(f" {d} weeks" in t for d in "4578"), t
