"""The share of area sentences said in another area counts the report's prose, not the
bracketed notes to the lead inside a sentence (issue 15: "at most 10% of sentences
shared with another area"; tester 13's areas shared 10.5% of their sentences, most of
them only by "[Check before use: the note behind this may not be about the quality of
work on applications for leave to remove a child from the jurisdiction]", a note the
lead deletes).  Sentences written here; the measure is `document.repeated_sentences`.
"""

from __future__ import annotations

from exporters.draft import repeated_share
from exporters.model import Paragraph, ReportModel, Section, Sentence

CHECK = ("[Check before use: the note behind this may not be about the quality of work on "
         "applications for leave to remove a child from the jurisdiction]")  # fmt: skip
FIRST = {
    "3": "File evidence shows that the relocation case was weighed with care.",
    "6": "A practice manager's audit praised how the risk of non-return was tested.",
}
SAME = "The designated family judge praised the timeliness of reports in every hearing she sat in."


def _report(area_texts: dict[str, list[str]]) -> ReportModel:
    sections = [
        Section(kind="area", heading=f"Findings in Area {code}", area_code=code,
                paragraphs=[Paragraph(sentences=[Sentence(text=t, role="claim") for t in texts])])
        for code, texts in area_texts.items()
    ]  # fmt: skip
    return ReportModel(title="t", sections=sections)


def test_a_bracketed_note_alone_makes_no_sentence_repeated() -> None:
    report = _report({code: [f"{text} {CHECK}"] for code, text in FIRST.items()})
    assert repeated_share(report) == 0.0


def test_the_same_prose_is_repeated_with_or_without_a_note() -> None:
    report = _report({"3": [FIRST["3"], SAME], "6": [FIRST["6"], f"{SAME} {CHECK}"]})
    assert repeated_share(report) == 0.5  # the judge's sentence in both areas: 2 of 4
