"""Issue 15, the last independent audit: a judge's remark about the organisation's
leaders, recorded as national evidence and tagged with a private law criterion as well
as a leadership one, was quoted in the private law practice section (through the
national notes linked to the judgement, `sections.LinkedPool`).  A national note is used
in a section only where its criteria and its subject fit it (`national.fitting`): a
note about the leaders is the leadership section's; a note on practice stays with the
practice sections; a note about leaders with no leadership criterion is not lost.

On a small inspection written here, and on the hand-written inspection.
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import DraftOptions, draft_report, load
from exporters.draft.sections import judgement_pool
from exporters.model import ReportModel, Section
from tests.export.small import STRONG, Small
from tests.fixtures.handwritten import build

LEADERS = (
    "The judge said the organisation's leaders and the chief executive have listened to "
    "the court and now meet the designated family judges every quarter."
)
ON_TIME = (
    "The national performance report shows nine in ten section 7 reports filed on the "
    "date the court set, and the rest within a week."
)
PLAN = "Senior leaders have a clear plan for reducing delay in private law cases."


def _inspection(tmp_path: Path) -> tuple[Small, dict[str, str]]:
    s = Small(tmp_path / "fit.db", areas=[("6", "Wessex", True), ("7", "Mercia", True)])
    for area in ("6", "7"):
        for law in ("PRIVATE", "PUBLIC"):
            for k in range(8):
                case = s.case(area, law)
                for crit, text in STRONG.items():
                    s.ev(case, [crit], "strength", f"{text} ({area}{law}{k})")
    ids = {
        # the audit's case: a leadership criterion and the private law one
        "leaders": s.national(["LG2", "LGS2"], "strength", LEADERS, "INT_JUDICIARY"),
        # on delay and on performance management: the delay point is practice's
        "on_time": s.national(["QP1", "LG3"], "strength", ON_TIME, "PERF_DATA"),
        # about leaders, but tagged with a practice criterion only: nowhere else to go
        "plan": s.national(["QP1"], "strength", PLAN, "INT_MANAGER"),
    }
    for jid in ("J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    for area in ("6", "7"):
        s.judge("J18-4A", "good", area=area)
    return s, ids


def _section(report: ReportModel, jid: str) -> Section:
    return next(
        sec for sec in report.sections if sec.judgement_id == jid and sec.kind == "judgement"
    )


def _text(sec: Section) -> str:
    return " ".join(s.text for p in sec.paragraphs for s in p.sentences)


def _ids(sec: Section) -> set[str]:
    return {i for p in sec.paragraphs for s in p.sentences for i in s.evidence_ids}


def test_a_note_about_leaders_is_said_in_leadership_not_in_private_law(tmp_path: Path) -> None:
    s, ids = _inspection(tmp_path)
    try:
        data = load(s.store)
        report = draft_report(data, DraftOptions())
        private, public, leadership = (_section(report, j) for j in ("J18-1", "J18-2", "J18-3"))
        # Before: "One judge told inspectors that the organisation's leaders ..." in the
        # private law section, and "judges praised the service's leaders" in both law types'.
        for sec in (private, public):
            assert ids["leaders"] not in _ids(sec), sec.heading
            assert "chief executive" not in _text(sec)
            assert "leaders" not in _text(sec).replace("Senior leaders", ""), _text(sec)
        assert ids["leaders"] in _ids(leadership)
        assert "chief executive" in _text(leadership)
        # The pools: the practice note stays; the note about leaders with only a practice
        # criterion is not lost; the leadership note is in the leadership pool only.  Both
        # practice notes name private law ("section 7 reports", "private law cases"): they
        # are the private law section's, never public law's (law15, `national.other_laws`).
        for jid in ("J18-1", "J18-2"):
            jdef = data.framework.judgement(jid)
            pool, _kind, _law = judgement_pool(data, jdef)
            held = {data.ids[i] for i in pool.wide}
            mine = jid == "J18-1"
            assert (ids["on_time"] in held, ids["plan"] in held) == (mine, mine)
            assert ids["leaders"] not in held
        pool, _kind, _law = judgement_pool(data, data.framework.judgement("J18-3"))
        assert ids["leaders"] in {data.ids[i] for i in pool.wide}
    finally:
        s.close()


def test_the_handwritten_inspection_keeps_its_national_notes_on_practice(tmp_path: Path) -> None:
    """The hand-written inspection's national audit of reports ("diversity 'not
    relevant' or blank in 31% ... Leaders have issued guidance") is about the reports
    first: it stays in the practice sections, in private law's only, since section 7
    reports are private law's (law15, `national.other_laws`)."""
    from store.store import Store

    path = tmp_path / "hw.db"
    build(path)
    store = Store.open(path)
    try:
        data = load(store)
        texts = data.texts(data.national)
        audit = next(i for i in data.national if "National audit of 200" in texts[i].text)
        for jid in ("J18-1", "J18-2"):
            pool, _kind, _law = judgement_pool(data, data.framework.judgement(jid))
            assert (audit in pool.wide) == (jid == "J18-1")
    finally:
        store.close()
