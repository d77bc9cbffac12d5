"""The demo generator: deterministic, realistic in shape, and free of identifying text."""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli.root import cli
from demo import AREAS, PROTECTED, VISITED, DemoStats, write_demo
from store.models import CaseFilter
from store.store import Store

POSTCODE = re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b")
PHONE = re.compile(r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\+44")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b")
STREET = re.compile(r"\b\d+ [A-Z][a-z]+ (Road|Street|Avenue|Lane|Close|Drive)\b")


def _signature(path: Path) -> dict[str, Any]:
    """Everything a seed decides, without ids or timestamps."""
    store = Store.open(path)
    try:
        refs = {c.id: c.ref for c in (store.case(r.id) for r in store.case_rows(None, 0, 10**6))}
        names = {p.id: p.name for p in store.inspectors()}
        cases = sorted(
            (
                c.ref,
                c.area_code,
                c.law_type,
                c.case_type,
                c.stage,
                c.age_band,
                c.status,
                str(c.child_seen),
                c.seen_alone,
                names.get(c.inspector_id or "", ""),
                c.sample,
                c.notes,
            )
            for c in (store.case(cid) for cid in refs)
        )
        evidence = sorted(
            (
                refs.get(e.case_id or "", ""),
                e.area_code or "",
                tuple(e.criteria),
                e.source,
                e.polarity,
                e.text,
                e.child_words,
                e.safeguarding,
                e.escalation,
                names[e.meta.created_by],
            )
            for e in store.all_evidence()
        )
        gradings = sorted(
            (refs[g.case_id], g.criterion_id, g.grade, g.rationale) for g in store.all_gradings()
        )
        judgements = sorted(
            (j.judgement_id, j.area_code or "", j.grade or "", j.rationale)
            for j in store.judgements()
        )
        areas = [(a.code, a.name, a.visited) for a in store.areas()]
        team = sorted((p.name, p.initials, p.role) for p in store.inspectors())
        protected = sorted(
            (p.name, p.category, refs.get(p.case_id or "", "")) for p in store.protected_names()
        )
    finally:
        store.close()
    return {
        "cases": cases,
        "evidence": evidence,
        "gradings": gradings,
        "judgements": judgements,
        "areas": areas,
        "team": team,
        "protected": protected,
    }


def test_demo_has_the_areas_team_and_sample(demo_store: Store) -> None:
    areas = demo_store.areas()
    assert len(areas) == 17
    assert sorted(a.code for a in areas if a.visited) == sorted(VISITED)
    assert {"15a", "15b"} <= {a.code for a in areas}
    assert demo_store.count_cases() == 150
    team = demo_store.inspectors()
    assert len(team) == 10
    roles = [p.role for p in team]
    assert roles.count("lead") == 1 and roles.count("deputy-lead") == 3
    assert "data-analyst" in roles and "quality-assurance" in roles
    assert len({p.initials for p in team}) == len(team)
    me = demo_store.me()
    assert me is not None and me.role == "lead"


def test_demo_cases_are_consistent_with_the_framework(demo_store: Store) -> None:
    fw = demo_store.framework
    stages = {s.code: set(s.law_types) for s in fw.stages}
    case_types = {c.code: set(c.law_types) for c in fw.case_types}
    rows = demo_store.case_rows(CaseFilter(), 0, 1000)
    refs = [r.ref for r in rows]
    assert len(set(refs)) == len(refs)
    laws = set()
    statuses = set()
    for row in rows:
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{2,19}", row.ref)
        assert row.law_type in stages[row.stage]
        assert row.law_type in case_types[row.case_type]
        laws.add(row.law_type)
        statuses.add(row.status)
        if row.status == "not-started":
            assert row.evidence_count == 0 and row.graded_count == 0
    assert {"PRIVATE", "PUBLIC"} <= laws
    assert statuses == {"not-started", "in-progress", "complete"}
    in_visited = sum(1 for r in rows if r.area_code in VISITED)
    assert in_visited > len(rows) * 0.6
    assert in_visited < len(rows)


def test_demo_evidence_gradings_and_judgements(demo_store: Store) -> None:
    evidence = demo_store.all_evidence()
    assert 25 * 150 <= len(evidence) <= 40 * 150
    about = {e.about for e in evidence}
    assert about == {"case", "area", "national"}
    polarity = [e.polarity for e in evidence]
    # Mostly strengths (an inspection judged good to outstanding overall); weaknesses
    # are concentrated in weaker cases (tests/demo/test_demo_realism.py), so there are
    # fewer of them than neutral notes, but they are there.
    assert polarity.count("strength") > 4 * polarity.count("development") > 0
    assert polarity.count("strength") > 4 * polarity.count("neutral") > 0
    assert any(e.child_words for e in evidence)
    for e in demo_store.escalations(open_only=False):
        assert e.safeguarding and e.case_id
        assert e.escalation in ("needs-escalation", "escalated")
        if e.escalation == "escalated":
            assert e.escalation_note
    codes = set(demo_store.framework.grading_codes())
    gradings = demo_store.all_gradings()
    assert gradings and {g.grade for g in gradings} <= codes
    assert {"good", "outstanding", "requires-improvement"} <= {g.grade for g in gradings}
    for g in gradings[:50]:
        assert g.id == demo_store.grading_id(g.case_id, g.criterion_id)
    judgements = demo_store.judgements()
    assert any(j.area_code for j in judgements) and any(j.grade is None for j in judgements)
    graded_areas = {j.area_code for j in judgements if j.area_code}
    assert 0 < len(graded_areas) < len(VISITED)


@pytest.mark.parametrize("words", ["school", "drawing", "IRO", "delay", '"safeguarding letter"'])
def test_demo_evidence_is_searchable(demo_store: Store, words: str) -> None:
    assert demo_store.search(words)


def test_same_seed_same_content(tmp_path: Path) -> None:
    """Two small demos from one seed (the 150-case demo is the same code, five times
    the writing)."""
    first, again = tmp_path / "first.db", tmp_path / "again.db"
    write_demo(first, cases=30, inspectors=10, seed=2018)
    write_demo(again, cases=30, inspectors=10, seed=2018)
    assert _signature(again) == _signature(first)


def test_different_seeds_differ(tmp_path: Path) -> None:
    write_demo(tmp_path / "a.db", cases=30, seed=1)
    write_demo(tmp_path / "b.db", cases=30, seed=2)
    a, b = _signature(tmp_path / "a.db"), _signature(tmp_path / "b.db")
    assert a["cases"] != b["cases"]
    assert a["evidence"] != b["evidence"]
    assert a["areas"] == b["areas"]


@pytest.mark.slow
def test_large_demo_scales_and_reads_varied(big_demo: tuple[Path, DemoStats]) -> None:
    path, stats = big_demo
    assert stats.cases == 600
    assert 28 * 600 <= stats.evidence <= 38 * 600
    store = Store.open(path)
    try:
        texts = [e.text for e in store.all_evidence()]
    finally:
        store.close()
    assert len(texts) == stats.evidence
    assert len(set(texts)) / len(texts) > 0.95
    sentences = [s for t in texts for s in re.split(r"(?<=[.:])\s+", t)]
    assert len(set(sentences)) > 400


def test_demo_text_never_identifies_anyone(big_demo: tuple[Path, DemoStats]) -> None:
    path, _ = big_demo
    store = Store.open(path)
    try:
        fields = [
            field
            for e in store.all_evidence()
            for field in (e.text, e.child_words, e.safeguarding, e.escalation_note)
        ]
        fields += [g.rationale for g in store.all_gradings()]
        fields += [c.notes for c in (store.case(r.id) for r in store.case_rows(None, 0, 1000))]
        protected = [p.name for p in store.protected_names()]
    finally:
        store.close()
    assert sorted(protected) == sorted(name for name, _ in PROTECTED)
    words = {w for name in protected for w in re.split(r"[\s-]+", name)}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(words))) + r")\b")
    blob = "\n".join(fields)
    assert not pattern.search(blob)
    for rx in (POSTCODE, PHONE, EMAIL, DATE, STREET):
        assert not rx.search(blob), rx.search(blob)
    assert "lorem" not in blob.lower()


def test_demo_file_is_private(demo_db: Path) -> None:
    assert stat.S_IMODE(demo_db.stat().st_mode) == 0o600


@pytest.mark.parametrize("size", [2, 4, 7, 25])
def test_demo_team_sizes(tmp_path: Path, size: int) -> None:
    path = tmp_path / f"team{size}.db"
    stats = write_demo(path, cases=12, inspectors=size, seed=3)
    assert stats.inspectors == size
    store = Store.open(path)
    try:
        team = store.inspectors()
        assert len(team) == size
        assert len({p.initials for p in team}) == size
        assert len({p.name for p in team}) == size
        assert store.count_cases() == 12
    finally:
        store.close()


def test_demo_areas_have_names_and_regions() -> None:
    assert len(AREAS) == 17
    assert len({code for code, _, _ in AREAS}) == 17
    assert all(name and region for _, name, region in AREAS)
    assert set(VISITED) <= {code for code, _, _ in AREAS}


def test_cli_demo_prints_the_summary(tmp_path: Path) -> None:
    path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["demo", str(path), "--cases", "20", "--seed", "5"])
    assert result.exit_code == 0, result.output
    assert "20 cases in 7 visited areas" in result.output
    assert "evidence items" in result.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_demo_refuses_to_overwrite(demo_db: Path) -> None:
    with pytest.raises(Exception, match="already exists"):
        write_demo(demo_db, cases=5)
