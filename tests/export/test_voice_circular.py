"""A partner agency's view of joint working is not said as "partner agencies praised
joint working with partners" (circular: an independent tester's draft)."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_area, load
from tests.export.small import Small


def test_partners_praise_joint_working_without_naming_themselves(tmp_path: Path) -> None:
    s = Small(tmp_path / "partners.db")
    s.about_area("6", ["LGN4"], "strength", "The local domestic abuse service said joint "
                 "working with the guardians is close and referrals are acted on quickly.",
                 "INT_PARTNER")  # fmt: skip
    s.about_area("6", ["LGN4"], "strength", "A health visitor lead said the team's joint "
                 "working on pre-proceedings cases is the best it has been.",
                 "INT_PARTNER")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    body = " ".join(x.text for p in report.paragraphs() for x in p.sentences)
    assert "joint working" in body, body
    assert "joint working with partners" not in body, body
