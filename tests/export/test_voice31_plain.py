"""Area paragraphs say some findings in the report's plain voice, the finding first and
its share after it ("Reports are analytical and well reasoned in most cases"), not only
as lists of "X of the Y cases with evidence on Z" (issue 15; tester 30's usefulness
paragraph); consecutive sentences of a paragraph never open alike.  The notes are
written here, for this test; no name is a real person's.
"""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.draft.readable import takes_share
from exporters.draft.trace import opening
from exporters.draft.words import words
from exporters.model import ReportModel
from tests.export.small import STRONG, WEAK, Small

AREAS = [("71", "Fellside", True), ("72", "Lowmarsh", True), ("73", "Brackwater", True)]
GRADES = {"71": "outstanding", "72": "good", "73": "requires-improvement"}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("voice31plain") / "p.db", areas=AREAS)
    weak = {"71": set(), "72": {"QP11"}, "73": {"QP3", "QP7"}}
    for code in ("71", "72", "73"):
        for k in range(12):
            case = s.case(area=code)
            for crit in STRONG:
                # Every third case of a weak point holds the strength, so claims balance.
                bad = crit in weak[code] and k % 3 != 0
                text = (WEAK if bad else STRONG)[crit]
                s.ev(case, [crit], "development" if bad else "strength", f"{text[:-1]} ({k}).")
        s.judge("J18-4A", GRADES[code], area=code)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _claims(report: ReportModel) -> list[str]:
    return [x.text for sec in report.sections if sec.area_code
            for p in sec.paragraphs for x in p.sentences if x.role == "claim"]  # fmt: skip


# A claim said finding first: no count or share, "In", "Of", "On", "Across" or
# "Inspectors" before its verb, and its share in its first clause.
_SHARE_FIRST = re.compile(
    r"^(?:In|Of|On|Across|Inspectors|While|There|Strong|Weak|Practice|The work|Most|All|None|"
    r"Both|Neither|Almost|The vast|The majority|A small|Some|Half|About|Many|One|Two|Three|"
    r"Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d)"
)


def test_some_area_findings_are_said_finding_first(report: ReportModel) -> None:
    claims = _claims(report)
    plain = [c for c in claims
             if not _SHARE_FIRST.match(c) and re.search(r" in [^,;:]*cases", re.split("[,;:]", c)[0])]  # fmt: skip
    assert plain, claims
    for c in plain:  # the share after the finding, never a bracket naming "them" first
        assert not re.search(r"\(in \w+ of them", c), c


def test_consecutive_sentences_of_a_paragraph_open_unlike(report: ReportModel) -> None:
    for sec in report.sections:
        if not sec.area_code:
            continue
        for p in sec.paragraphs:
            said = [x.text for x in p.sentences if x.role == "claim"]
            for a, b in zip(said, said[1:], strict=False):
                assert opening(a) != opening(b), (a, b)


@pytest.mark.parametrize(
    ("wording", "takes"),
    [
        ("reports are analytical and well reasoned", True),
        ("children's wishes and feelings are well captured", True),
        ("practitioners see children as their needs require, and alone where that is right",
         False),
        ("direct work is not good enough (in four of them, no direct work is recorded)", False),
        ("the case plan does not say what work is needed or by when", False),
        ("the file shows who decided what, and why", False),
    ],
)  # fmt: skip
def test_which_wordings_may_be_said_first(wording: str, takes: bool) -> None:
    assert takes_share(wording) is takes


def test_the_frames_saying_the_finding_first_are_data() -> None:
    """For each side, in shares and in counts (`drafting.toml` [frames.cases])."""
    frames = words().frames["cases"]
    for kind, field in (("for", "Strength"), ("against", "Weakness"),
                        ("small_for", "Strength"), ("small_against", "Weakness")):  # fmt: skip
        first = [f for f in frames[kind] if f.startswith("{" + field + "} in ")]
        assert first, kind
