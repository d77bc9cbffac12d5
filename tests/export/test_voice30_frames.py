"""A sentence's subject and predicate follow what the note names (tester 29's A14 and the
re-test of F6): a judge's note that guardians do not attend case management hearings is
about attendance at court hearings, not "meetings and reviews"; a note that caseloads
are manageable is said so ("... show that the workloads are manageable"), never
"Evidence from practitioners shows strengths in the workloads.".  On notes written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, fewrecords, load, regard, subjects
from exporters.model import ReportModel
from tests.export.small import Small

HEARINGS = "attendance at court hearings"
MEETINGS = "attendance at meetings and reviews"
ATTENDING = [
    ("District judge: guardians often don't attend CMH.", HEARINGS),
    ("Judge: the guardian did not attend the IRH and sent no position statement.", HEARINGS),
    ("Magistrates: FCAs rarely attend court with the family.", HEARINGS),
    ("Legal adviser: guardian attended every hearing in the case.", HEARINGS),
    ("Judge: FCA absent from court twice this month.", HEARINGS),
    ("IRO: the guardian did not attend the looked-after review.", MEETINGS),
    ("LA team manager: guardians seldom attend child protection conferences.", MEETINGS),
    ("Social worker: the guardian attended both LAC reviews.", MEETINGS),
]


@pytest.mark.parametrize(("note", "about"), ATTENDING, ids=[n for n, _a in ATTENDING])
def test_attendance_is_at_what_the_note_names(note: str, about: str) -> None:
    assert regard.subjects(note)[0] == about


AREAS = [("61", "Tarnside", True), ("62", "Wealdmoor", True), ("63", "Holmbrook", True)]


NOTE = "Group of 5 FCAs: caseloads manageable (avg 17), supervision reflective & regular, feel trusted."


def _small(path: Path) -> Small:
    s = Small(path, areas=AREAS, framework="cafcass-2013")
    for area, _name, _visited in AREAS:
        s.cases_noted(area, 8, {"QP3", "QP11"} if area == "63" else set())
    s.about_area("61", ["LG8"], "strength", NOTE, "INT_PRACTITIONER")
    for jid, grade in (("J13-0", "good"), ("J13-1", "good"), ("J13-2", "good"),
                       ("J13-3", "good")):  # fmt: skip
        s.judge(jid, grade)
    return s


def _report(path: Path) -> ReportModel:
    s = _small(path)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_workloads_are_said_as_the_note_says_them(tmp_path: Path) -> None:
    report = _report(tmp_path / "workloads.db")
    [sec] = [x for x in report.sections if x.area_code == "61"]
    said = [s.text for p in (*sec.intro, *sec.paragraphs) for s in p.sentences
            if s.criteria == ["LG8"]]  # fmt: skip
    assert said, [s.text for p in sec.paragraphs for s in p.sentences]
    text = " ".join(said)
    assert "manageable" in text, text
    assert "strengths in the workloads" not in text and "in the workloads" not in text, text


def test_every_way_of_saying_the_workloads_gives_them_a_predicate(tmp_path: Path) -> None:
    """Each sentence the draft may choose for the note, not only the one it chose."""
    subject = subjects.note_subject(NOTE, subjects.subjects()["LG8"])
    assert subject is not None and "workloads" in subject.topic
    s = _small(tmp_path / "ways.db")
    try:  # the draft reads the notes' texts from the open file
        d = load(s.store)
        [i] = [k for k in range(len(d.ids)) if d.text(k) == NOTE]
        ways = fewrecords.side_options(d, subject.topic, "for", [i], wordings=subject.strength,
                                       criterion="LG8")  # fmt: skip
    finally:
        s.close()
    assert ways
    for way in ways:
        assert "manageable" in way and "in the workloads" not in way, way
