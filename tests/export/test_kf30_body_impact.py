"""Issue 15, kf30 (task 2; tester 29: "no sentence in the body says what a finding means
for children"): a law type's section says at least once what the practice it describes
meant for a child, by an example from its own cases' notes, where a note records it;
nothing where none does (`impact.add_impact_example`).

On kf30's hand-written 2021 service (`kf30_inspection.build`): two public law notes on
concerns not followed up say a child was left at risk (`HARMED`); with `impact`, a
private law note on a child's wishes says what the report did for her (`WISHES_IMPACT`).
Before, neither law type's section used them: its examples said only what was done.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export.kf30_inspection import HARMED, UNSAFE, WISHES_IMPACT, build


def _report(tmp_path: Path, **kw: Any) -> ReportModel:
    s = build(tmp_path / "kf30.db", **kw)
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _section(report: ReportModel, jid: str) -> list[Sentence]:
    sec: Section = next(x for x in report.sections if x.judgement_id == jid)
    return [s for p in sec.paragraphs for s in p.sentences]


def _claim_before(said: list[Sentence], k: int) -> Sentence:
    return next(s for s in reversed(said[:k]) if s.role == "claim")


def test_an_inadequate_sections_weakness_says_what_it_meant_for_a_child(tmp_path: Path) -> None:
    said = _section(_report(tmp_path), "J21-2")
    texts = [s.text for s in said]
    told = [k for k, s in enumerate(said) if s.role == "example" and "left at risk" in s.text]
    assert told, texts
    k = told[0]
    # One of the notes saying so, in its own words, traced to it, after the weakness on
    # following up concerns for a child's safety that it illustrates.
    assert any(UNSAFE[n].split(",")[0].lower() in said[k].text.lower() for n in HARMED), texts
    assert said[k].evidence_ids, said[k]
    claim = _claim_before(said, k)
    assert claim.criteria == ["SW1"] and claim.direction in ("against", "balanced"), claim
    # Before any strength the section states (its weaknesses come first).
    firsts = [j for j, s in enumerate(said) if s.role == "claim" and s.direction == "for"]
    assert all(k < j for j in firsts), texts


def test_a_strength_says_what_it_did_for_a_child(tmp_path: Path) -> None:
    said = _section(_report(tmp_path, impact=True), "J21-1")
    texts = [s.text for s in said]
    told = [
        k for k, s in enumerate(said) if s.role == "example" and "kept her at her school" in s.text
    ]
    assert told, texts
    assert WISHES_IMPACT.split(",")[0][4:].lower() in said[told[0]].text.lower(), texts
    claim = _claim_before(said, told[0])
    assert claim.criteria == ["QP3"], claim


def test_no_impact_is_said_where_no_note_records_one(tmp_path: Path) -> None:
    report = _report(tmp_path, harm=False)
    for jid in ("J21-1", "J21-2"):
        texts = [s.text for s in _section(report, jid)]
        assert not any("left at risk" in t or "as a result" in t for t in texts), texts
        assert not any(t.startswith("In another case") for t in texts), texts
