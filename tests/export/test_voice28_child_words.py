"""Voice28's findings (issue 15; tester 27's A11): a child's words said in a sentence of
their own ("Of the children inspectors spoke to, one child said, ‘...’") follow the claim
on the point they speak of and its example, never a claim on something else that
happens to end the paragraph (tester 27's Area 6: the words came after a sentence on
workloads, two sentences after the one on children's wishes).  The inspection is written
here, for this test.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_area, load
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

WISHES = (
    "The letter sets out in the boy's own phrases what he wants from contact with his father.",
    "The report records what the girl hopes for, in her words, and why it matters to her.",
)
ANALYSIS = "The analysis weighs each option for the child and the recommendation follows from it."
THIN = "The report retells the history but does not weigh the risks to the child."
SAID = "She listened to me and wrote down what I said properly."


@pytest.fixture(scope="module")
def area(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """Area 6, eight private law cases: strong on the child's wishes in all, on analysis
    in six; children not seen alone in seven, and the one child who was seen alone says
    she was listened to (words on the seeing-children note, so no claim takes them as
    its own); workloads too high by the staff survey and the figures."""
    s = Small(tmp_path_factory.mktemp("voice28a11") / "a11.db")
    for k in range(8):
        case = s.case(age="10-13")
        s.ev(case, ["QP3"], "strength", f"{WISHES[k % 2]} Checked on visit {k + 1}.")
        s.ev(case, ["QP7"], *(("strength", ANALYSIS) if k < 6 else ("development", THIN)))
        if k == 0:
            s.ev(case, ["QP8"], "strength", "The worker saw the boy alone at his school and "
                 "again at home before writing the report.", source="INT_CHILD",
                 child_words=SAID)  # fmt: skip
        else:
            s.ev(case, ["QP8"], "development",
                 "The worker did not see the child alone before the report was filed.")  # fmt: skip
    s.about_area("6", ["LG8"], "development", "Staff survey: most practitioners in the area say "
                 "their caseloads are too high to do the work well.", "SURVEY_STAFF")  # fmt: skip
    s.about_area("6", ["LG8"], "development", "Performance data show caseloads in the area well "
                 "above the service's own limit.", "PERF_DATA")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    try:
        return draft_area(load(s.store), "6")
    finally:
        s.close()


def _before(sentences: list[Sentence], k: int) -> Sentence:
    """The claim a sentence at `k` follows (past its examples)."""
    return next(s for s in reversed(sentences[:k]) if s.role == "claim")


def test_the_child_s_words_follow_the_claim_on_their_point(area: ReportModel) -> None:
    """The old draft put them after the claim on analysis in reports."""
    for p in area.paragraphs():
        for k, s in enumerate(p.sentences):
            if s.role == "quote" and SAID in s.text:
                claim = _before(p.sentences, k)
                assert claim.criteria == ["QP3"], (claim.text, s.text)
                return
    pytest.fail("the child's words are not said")
