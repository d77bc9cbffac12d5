"""An example shows its sentence's point, from a case whose own notes do not go against
it, from a source that suits the sentence's frame, and never opens on someone the
reader has not met; a child's words follow the claim of their own criterion and say
something of its point (reader's report 1, finding 6; report 2, point 4).

Every inspection here is written by hand in the test (`tests.export.small`).  In each,
a decoy sits where the old choice took it (its case is the first by reference, or it
is a record about the area, which a leadership paragraph looked at first), and the
genuine evidence comes after it.
"""

from __future__ import annotations

import re
from pathlib import Path

from exporters.draft import draft_area, load
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

WANTS = [
    "The report sets out what the girl wants, in her own words, and why it matters to her.",
    "The report explains what the boy wants from contact and the reasons he gives for it.",
    "The report records the girl's wishes about school and explains them in the light of her age.",
    "The report conveys what the boy wants and why, in the context of his life at home.",
    "The report sets out the child's wishes and feelings clearly and explains them to the court.",
]
OPENS_ON_A_STRANGER = re.compile(
    r"^(?:For example|To illustrate|In one case), (?:the|she|he|they)\b"
    r"(?! (?:report|analysis|case|file|record|guardian|practitioner|family court adviser|"
    r"FCA|child|young person|girl|boy)\b)"
)


def _sentences(report: ReportModel) -> list[Sentence]:
    return [x for sec in report.sections for p in sec.paragraphs for x in p.sentences]


def _texts(report: ReportModel) -> str:
    return " ".join(x.text for x in _sentences(report))


def test_an_example_shows_what_its_sentence_claims(tmp_path: Path) -> None:
    """Children's wishes reach the court in every case; the first case's child only
    spoke warmly of her guardian, which says nothing of her wishes: never the example."""
    s = Small(tmp_path / "t.db")
    decoy = "The young person spoke warmly of her guardian and of the visits to her school."
    s.ev(s.case(), ["QP3"], "strength", decoy)
    for text in WANTS:
        s.ev(s.case(), ["QP3"], "strength", text)
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    said = _texts(report)
    assert "spoke warmly" not in said, said
    examples = [x.text for x in _sentences(report) if x.role == "example"]
    assert examples and all(re.search(r"\b(?:wants?|wishes)\b", e) for e in examples), said


def test_a_case_whose_own_notes_go_against_the_claim_is_not_its_example(
    tmp_path: Path,
) -> None:
    """Direct work is strong in every case, but in the first case the child was not
    seen for seven weeks (graded requires improvement on seeing children): its direct
    work is not held up as the example of good practice; another case's is."""
    s = Small(tmp_path / "t.db")
    decoy = (
        "The direct work was thoughtful: the guardian used a life story book to help the "
        "girl explain what had happened at home."
    )
    first = s.case()
    s.ev(first, ["QP5"], "strength", decoy)
    s.ev(first, ["QP8"], "development",
         "The guardian had not seen the girl seven weeks after the case was allocated.")  # fmt: skip
    s.grade(first, "QP8", "requires-improvement")
    good = [
        "The practitioner planned direct work around the boy's love of football and let him "
        "set the pace.",
        "Direct work used drawings and a visit to the park to help the girl talk about home.",
        "The FCA adapted the direct work to the boy's autism and used pictures to help him talk.",
        "Direct work tools were suited to the girl's age and helped her talk about her worries.",
    ]
    for text in good:
        case = s.case()
        s.ev(case, ["QP5"], "strength", text)
        s.ev(case, ["QP8"], "strength", "The child was seen alone twice, at school and at home.")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    said = _texts(report)
    assert "life story book" not in said, said
    examples = [x.text for x in _sentences(report) if x.role == "example"]
    assert any("direct work" in e.lower() for e in examples), examples


def test_a_share_of_cases_on_files_is_illustrated_by_a_file(tmp_path: Path) -> None:
    """Oversight is visible on the files of every case; an observed supervision session
    in the area (a record about the area, which the leadership paragraph looked at
    first) is not a file, and "the manager" is no one the reader has met."""
    s = Small(tmp_path / "t.db")
    observed = ("The manager reviewed each case against its plan and challenged the "
                "practitioner's reliance on one parent's account.")  # fmt: skip
    s.about_area("6", ["QPN4"], "strength", observed, "OBS_SUPERVISION")
    files = [
        "The manager's note on the file directs the practitioner to speak to the school "
        "before the report is written.",
        "A manager's decision to extend the work is recorded on the file with clear reasons.",
        "Management oversight on the file is clear at allocation and before the report is filed.",
        "The file shows the manager challenged the draft analysis and the report was changed.",
    ]
    for text in files:
        s.ev(s.case(), ["QPN4"], "strength", text)
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    sentences = _sentences(report)
    said = _texts(report)
    assert "reviewed each case against its plan" not in said, said
    examples = [x.text for x in sentences if x.role == "example"]
    assert examples, said
    assert not [e for e in examples if OPENS_ON_A_STRANGER.match(e)], examples
    assert not [e for e in examples if re.search(r", the manager(?:'s)?\b", e)], examples


def test_a_childs_words_follow_their_own_claim_and_speak_of_its_point(tmp_path: Path) -> None:
    """Two strengths, analysis (QP7) and wishes (QP3).  A child's words tagged with
    wishes but saying only that she can tell her guardian anything are not quoted; the
    words that say what the child wants follow the claim on wishes."""
    s = Small(tmp_path / "t.db")
    decoy_words = "She said I can tell her anything and she won't be cross with me."
    wanted_words = "I want to live with my nan in the week and see Dad at weekends."
    first = s.case()
    s.ev(first, ["QP3"], "strength", "The boy was happy to talk about his guardian's visits.",
         source="INT_CHILD", child_words=decoy_words)  # fmt: skip
    s.ev(first, ["QP7"], "strength",
         "The analysis weighs each option for the boy and the recommendation follows from it.")  # fmt: skip
    second = s.case()
    s.ev(second, ["QP3"], "strength", "The girl told inspectors what she had asked the court for.",
         source="INT_CHILD", child_words=wanted_words)  # fmt: skip
    s.ev(second, ["QP7"], "strength",
         "The analysis weighs the risks of each option and the recommendation follows.")  # fmt: skip
    for text in WANTS[:4]:
        case = s.case()
        s.ev(case, ["QP3"], "strength", text)
        s.ev(case, ["QP7"], "strength",
             "The report analyses the impact of the history on the child and weighs options.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    sentences = _sentences(report)
    said = _texts(report)
    assert "tell her anything" not in said, said
    quotes = [k for k, x in enumerate(sentences) if x.role == "quote" and "nan" in x.text]
    assert quotes, said
    # The nearest claim before the quote is the claim on wishes (QP3).
    k = quotes[0]
    claim = next(x for x in reversed(sentences[:k]) if x.role == "claim")
    assert claim.criteria == ["QP3"], (claim.text, claim.criteria)
