"""What needs to improve: each point rests on evidence about the practice it names,
says the fix that evidence calls for, and the most material weaknesses come first.

The inspections are written by hand in each test, in their own words.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.small import Small


def _points(s: Small) -> list[str]:
    report = draft_report(load(s.store))
    s.close()
    sec = next(x for x in report.sections if x.kind == "improve")
    return [x.text for p in sec.paragraphs for x in p.sentences]


def test_children_not_seen_alone_call_for_seeing_them(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for text in ("The girl was seen once, at the office, with her father in the room.",
                 "The boy has not been seen alone at any point in the proceedings.",
                 "Both children were seen together with their mother in the room.",
                 "The guardian had not met the child before the report was filed."):  # fmt: skip
        s.ev(s.case(), ["QP8"], "development", text)
    points = _points(s)
    assert any(p.startswith("See every child, and see them alone") for p in points), points
    assert not any("Record the reasons for not seeing" in p for p in points), points


def test_missing_reasons_call_for_recording_them(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for text in ("The child was not visited and there is no reason given on the file.",
                 "The file does not record why the child was not seen before the hearing.",
                 "No reason is recorded for seeing the brothers together."):  # fmt: skip
        s.ev(s.case(), ["QP8"], "development", text)
    points = _points(s)
    assert any(p.startswith("Record the reasons for not seeing") for p in points), points


def test_no_plan_at_all_calls_for_a_plan(tmp_path: Path) -> None:
    s = Small(tmp_path / "t.db")
    for text in ("There is no plan for the work with the family after allocation.",
                 "Four months in, the file has no written plan of any kind.",
                 "Work went ahead without a plan for when the child would be seen."):  # fmt: skip
        s.ev(s.case(), ["QP6"], "development", text)
    points = _points(s)
    assert any(p.startswith("Make a plan for the work with each child") for p in points), points
    assert not any(p.startswith("Update case plans") for p in points), points


def test_an_identity_point_says_what_its_note_is_about(tmp_path: Path) -> None:
    """A note that the organisation does not break its figures down by ethnicity calls
    for that analysis, not for reports that consider identity."""
    s = Small(tmp_path / "t.db")
    s.national(["LG9"], "development",
               "Performance reports are not broken down by ethnicity or disability, so leaders "
               "cannot tell whether any group waits longer.", "PERF_DATA")  # fmt: skip
    s.national(["LG9"], "development",
               "The equality group has no data on outcomes for disabled children.", "BOARD_PAPERS")  # fmt: skip
    points = _points(s)
    assert any(p.startswith("Analyse the timeliness and quality of work") for p in points), points
    assert not any("reports to court consider each child's identity" in p for p in points), points


def test_delay_in_many_cases_outranks_one_national_note(tmp_path: Path) -> None:
    """Delay found in 8 of 12 cases is among what needs to improve even when five other
    criteria each have a single record against them (a share of 1 of 1)."""
    s = Small(tmp_path / "t.db")
    for k in range(12):
        late = k < 8
        s.ev(s.case(), ["QP1"], "development" if late else "strength",
             "The report was filed three weeks after the date the court set."
             if late else "The report was filed on the day the court asked for it.")  # fmt: skip
    for crit, text in (
        ("LG1", "The strategy for the next year has not yet been agreed by the board."),
        ("LG6", "Complaints are logged but the themes are not reported to leaders."),
        ("LG7", "Audit actions from last spring are still open."),
        ("LG9", "Reports do not mention the children's heritage or faith."),
        ("LGN3", "The waiting list for commissioned contact services is long."),
        ("LG8", "Six posts in the team are vacant."),
    ):
        s.national([crit], "development", text, "BOARD_PAPERS")
    points = _points(s)
    # Said as the notes bear out: no allocation is recorded, so no "allocating work" (kf34).
    assert points[0].startswith("Reduce avoidable delay"), points
