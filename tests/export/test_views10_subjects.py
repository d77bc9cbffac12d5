"""What a stakeholder's view is about must be what the note is about and fit who says
it (issue 15, an independent tester):

- a local authority manager praising guardians for spotting drift in the council's own
  plans praised the service's challenge, not "the service's work to tackle delay": a
  problem word the service is said to pick up, flag or challenge names the challenge it
  brings ([view_scrutiny] in `voices.toml`), unless the speaker is the one raising it;
- a partner agency complaining that the service's requests reach them at the last
  minute was said to have "concerns about the timeliness of reports": partner agencies
  are asked for information and receive referrals, they are sent no reports, so a
  subject about reports or court work is never said of them (`heard_from` of each
  [[view_subject]]): it is said as the subject their relation gives it, or not at all.

Every note below is written here, in inspectors' shorthand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.regard import about
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

DELAY = "the service's work to tackle delay"
CHALLENGE = "challenge"


def _views(s: Small, area: str = "6") -> Sentence:
    s.judge("J18-4A", "requires-improvement", area=area)
    report: ReportModel = draft_area(load(s.store), area)
    s.close()
    (views,) = [x for p in report.paragraphs() for x in p.sentences if x.role == "views"]
    return views


def _clause(text: str, group: str) -> str:
    for clause in re.split(r"; |, while |: |, and (?=judges|magistrates|local|partner)", text):
        if group in clause.lower():
            return clause
    raise AssertionError(f"{group!r} is not named in {text!r}")


SCRUTINY = [
    "LA service manager: guardians quick to pick up drift in our permanence plans.",
    "IRO manager: the guardian flagged delay in the sibling assessments before we had.",
    "LA head of service: FCAs always challenge us when care planning starts to drift.",
]


@pytest.mark.parametrize("text", SCRUTINY)
def test_a_problem_the_service_picks_up_is_its_challenge(text: str) -> None:
    said = about(text, "strength")
    assert said and DELAY not in said[:1], said
    assert CHALLENGE in said[0], said


def test_the_service_s_own_delay_is_still_delay() -> None:
    for text in (
        "LA social worker: we waited five weeks for the guardian's first visit.",
        "Judge: cases drift because the adviser's work starts so late.",
    ):
        said = about(text, "development")
        assert "challenge" not in " ".join(said), (text, said)


def test_a_problem_the_speaker_flags_is_not_the_service_s_challenge() -> None:
    said = about("LA legal: we flag drift to the FCA and hear nothing back.", "development")
    assert "challenge" not in " ".join(said), said


def test_local_authority_praise_for_spotting_drift_is_said_as_challenge(tmp_path: Path) -> None:
    s = Small(tmp_path / "drift.db")
    s.cases_noted("6", 3, weak=set())
    for text in SCRUTINY[:2]:
        s.about_area("6", ["LGN4"], "strength", text, "INT_LA")
    views = _views(s)
    la = _clause(views.text, "local authority staff")
    assert "delay" not in la, views.text
    assert CHALLENGE in la, views.text


PARTNERS_LATE = (
    "Police DV unit: Cafcass check requests come in on a Friday for a Monday deadline.",
    "School DSL: asked for attendance info at the last minute, twice this term.",
)


def test_partners_are_never_said_to_judge_reports(tmp_path: Path) -> None:
    s = Small(tmp_path / "partners.db")
    s.cases_noted("6", 3, weak=set())
    for text in PARTNERS_LATE:
        s.about_area("6", ["LGN4"], "development", text, "INT_PARTNER")
    s.about_area("6", ["LGN4"], "development",
                 "DJ: position statements filed late, hearings lost.", "INT_JUDICIARY")  # fmt: skip
    s.about_area("6", ["LGN4"], "development",
                 "HHJ: s.7 reports arrive the night before.", "INT_JUDICIARY")  # fmt: skip
    views = _views(s)
    partners = _clause(views.text, "partner agencies")
    assert "report" not in partners and "court" not in partners, views.text
    # Judges, who are sent the reports, still are.
    assert "timeliness of reports" in _clause(views.text, "judges"), views.text
