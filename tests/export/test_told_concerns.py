"""An escalated safeguarding concern resting on one case is said as what happened, once,
with the section's practice (issue 15, tester 12: Area 1's child's disclosure, not
shared with the local authority for five weeks, was said only as "partners are not told
promptly" in the stakeholders' paragraph, and counted again among the escalations).
The inspections are written here by hand (`Small`) and read back from the drafted text.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.models import Evidence
from tests.export.small import Small

CONCERN = "Disclosure of physical harm not shared with the local authority for five weeks."
NOTE = (
    "The girl (14) told her teacher that her mother's partner hit her; the FCA did not "
    "share the school's referral with the LA for five weeks."
)
WHAT = "a disclosure of physical harm was not shared with the local authority for five weeks"


def _escalated(s: Small, case: str, crits: list[str], text: str, concern: str) -> str:
    return s.store.put_evidence(Evidence(
        case_id=case, criteria=crits, source="CASE_FILE", polarity="development",
        text=text, safeguarding=concern, escalation="escalated",
    ))  # fmt: skip


def _area(report: ReportModel) -> Section:
    return next(x for x in report.sections if x.kind == "area")


def _body(section: Section) -> list[tuple[str, Sentence]]:
    return [(p.theme, x) for p in section.paragraphs for x in p.sentences]


def _disclosure(tmp_path: Path, grade: str, others: int = 2) -> Section:
    """Six cases (weak analysis unless graded good), one sharing information well, one
    whose child's disclosure was kept from the local authority (escalated), and `others`
    more cases with a safeguarding concern escalated, recorded as a fragment."""
    s = Small(tmp_path / "t.db")
    s.cases_noted("6", n=6, weak={"QP7"} if grade != "good" else set())
    s.ev(s.case(), ["QP12"], "strength",
         "The practitioner told the school and the health visitor what they needed to know.")  # fmt: skip
    _escalated(s, s.case(), ["QP12", "SW1"], NOTE, CONCERN)
    for _ in range(others):
        _escalated(
            s, s.case(), ["SW1"], "Risk from the new partner; no checks.", "Risk; LA not told."
        )
    s.judge("J18-4A", grade, area="6")
    report = draft_report(load(s.store))
    s.close()
    return _area(report)


def test_the_one_case_concern_is_said_as_what_happened_de_identified(tmp_path: Path) -> None:
    """Graded inadequate: one sentence says what happened, without the child's age or sex,
    says that inspectors escalated it, and names the case in its margin."""
    body = _body(_disclosure(tmp_path, "inadequate"))
    told = [(th, x) for th, x in body if WHAT in x.text.lower()]
    assert len(told) == 1, [x.text for _t, x in body]
    theme, sentence = told[0]
    assert "escalated" in sentence.text and "safeguarding concern" in sentence.text, sentence.text
    assert not re.search(r"\b(girl|her|14)\b", sentence.text, re.I), sentence.text
    assert sentence.case_refs and sentence.direction == "against", sentence
    assert theme in ("development", "practice"), theme  # with the practice, not the partners


def test_the_concern_is_said_once_and_the_others_are_counted_as_others(tmp_path: Path) -> None:
    """Its criterion (information sharing) rests on that case alone: no other sentence
    states it, none says again that it was a safeguarding concern, and the section's
    count of escalations says the two other cases, not three."""
    body = _body(_disclosure(tmp_path, "inadequate"))
    on_sharing = [x.text for _t, x in body if x.role == "claim" and "QP12" in x.criteria]
    assert len(on_sharing) == 1 and WHAT in on_sharing[0].lower(), on_sharing
    texts = [x.text for _t, x in body if x.role != "placeholder"]
    assert not any("This was a safeguarding concern" in t for t in texts), texts
    counts = [t for t in texts if re.search(r"\bcases?\b", t) and "senior managers" in t
              and WHAT not in t.lower()]  # fmt: skip
    assert len(counts) == 1 and "two other cases" in counts[0], counts


def test_alone_the_concern_needs_no_count(tmp_path: Path) -> None:
    """The section's only escalation, told as what happened: no sentence counts it again."""
    body = _body(_disclosure(tmp_path, "requires-improvement", others=0))
    said = [x.text for _t, x in body if "senior managers" in x.text and x.role != "placeholder"]
    assert len(said) == 1 and WHAT in said[0].lower(), said


def test_graded_good_the_concern_is_told_too(tmp_path: Path) -> None:
    """Graded good: the concern is told all the same, never balanced against the case
    that shared information well."""
    body = _body(_disclosure(tmp_path, "good", others=0))
    told = [x for _t, x in body if WHAT in x.text.lower()]
    assert len(told) == 1, [x.text for _t, x in body]
    assert not re.search(r"\b(but|while|although|however)\b", told[0].text, re.I), told[0].text


def test_a_concern_no_sentence_can_tell_is_named_as_one(tmp_path: Path) -> None:
    """A weakness on one case whose note carries an escalated concern, in notes no
    sentence of which reads alone: said as a risk to the child's safety, escalated,
    never among the weaknesses "in one case each"."""
    s = Small(tmp_path / "t.db")
    s.cases_noted("6", n=6, weak={"QP7"})
    _escalated(s, s.case(), ["QP6"], "No plan; dad's partner.", "Plan gap; risk.")
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_report(load(s.store))
    s.close()
    body = [x for _t, x in _body(_area(report))]
    named = [x.text for x in body if "QP6" in x.criteria and x.role == "claim"]
    assert len(named) == 1, [x.text for x in body]
    assert "safety at risk" in named[0] and "escalated" in named[0], named
    assert "each in one case" not in named[0] and "one case each" not in named[0], named
    counts = [x.text for x in body if "senior managers" in x.text and x.role == "fixed"]
    assert not counts, counts  # said by its own sentence, not counted again


def test_on_the_handwritten_inspections_no_escalated_note_is_said_twice(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    """On the inspections written by hand: a note behind an escalation is behind one
    sentence at most of its area's that speaks of escalating it."""
    seen = 0
    for report in handwritten_reports.values():
        for sec in (x for x in report.sections if x.kind == "area"):
            ids: dict[str, int] = {}
            for _t, x in _body(sec):
                if "escalat" in x.text and x.role not in ("placeholder", "marker"):
                    for i in x.evidence_ids:
                        ids[i] = ids.get(i, 0) + 1
            seen += len(ids)
            assert all(n == 1 for n in ids.values()), (sec.heading, ids)
    assert seen
