"""The lead's note on sentences repeated across area sections names them (independent
tester, session 10: "16% ... also appear in another area's section", yet no sentence was
repeated word for word, and the note did not say which it meant: they were near
repeats).  On area sections written here."""

from __future__ import annotations

from exporters.draft.document import repeated_sentences
from exporters.model import Paragraph, ReportModel, Section, Sentence


def _area(heading: str, *texts: str) -> Section:
    return Section(kind="area", heading=heading, level=2, paragraphs=[
        Paragraph(sentences=[Sentence(text=t, role="claim") for t in texts])])  # fmt: skip


def test_near_and_exact_repeats_are_named_with_their_sections() -> None:
    shared = "Managers check the quality of reports before they are filed with the court."
    report = ReportModel(sections=[
        _area("Area 4: Fenland", shared, "Guardians visit children at home and at school.",
              "Letters to the court in private law cases are clear and timely."),
        _area("Area 7: Solent", shared.replace("Managers", "Team managers"),
              "Work with local partners to reduce delay is well established here."),
        _area("Area 12: Weald", "Children say they understand why decisions were made."),
    ])  # fmt: skip
    repeated, total = repeated_sentences(report)
    assert total == 6
    assert {h for h, _ in repeated} == {"Area 4: Fenland", "Area 7: Solent"}
    assert all("quality of reports" in t for _, t in repeated)
