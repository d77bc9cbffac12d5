"""An abbreviation is written out once, at its first use in the document, and used as
the abbreviation after (tester 20's A7: "local authority (LA)" written out in paragraphs
20 and 24, "family court adviser (FCA)" in 17 and 27); an area's export, a document of
its own, writes out its own.

On an inspection written here, in this test's own words: three visited areas whose
notes and interviews speak of family court advisers and the local authority, drafted
whole, exported to Word and read back.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from exporters.docx_writer import write_docx
from exporters.draft import draft_area, draft_report, load
from exporters.draft.glossary import spell_out_once, working_terms
from exporters.draft.words import Term, words
from exporters.model import Paragraph, ReportModel, Section, Sentence
from tests.export.small import Small

AREAS = [("6", "Wessex", True), ("7", "Mercia", True), ("8", "Anglia", True)]
STRONG = (
    "The FCA saw the boy alone at school and wrote down what he said about each home.",
    "The FCA met the girl twice and used drawings to help her talk about her father.",
    "The FCA visited the twins at their grandmother's house and saw each of them alone.",
)
WEAK = (
    "The FCA did not see the child before writing the report for the first hearing.",
    "No record shows that the FCA saw the boy on his own at any point in the case.",
)
LA_VIEW = (
    "Local authority managers said that the guardians share information promptly and "
    "challenge the care plans well."
)


def _terms() -> tuple[Term, ...]:
    return (*words().terms, *working_terms())


def _inspection(path: Path) -> Small:
    s = Small(path, areas=AREAS)
    for code, _name, _visited in AREAS:
        for k in range(8):
            text = (STRONG if k < 5 else WEAK)[k % (3 if k < 5 else 2)]
            s.ev(s.case(area=code), ["QP8"], "strength" if k < 5 else "development",
                 f"{text[:-1]}, in case {k + 1}.")  # fmt: skip
        s.about_area(code, ["LG4"], "strength", LA_VIEW, "INT_LA")
        s.judge("J18-4A", "good", area=code)
    return s


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, ReportModel, Path]:
    folder = tmp_path_factory.mktemp("ex21abbr")
    s = _inspection(folder / "a.db")
    data = load(s.store)
    whole, area = draft_report(data), draft_area(data, "8")
    s.close()
    return whole, area, write_docx(whole, folder / "whole.docx")


def _written_out(text: str, term: Term) -> list[str]:
    forms = "|".join(re.escape(f) for f in (term.short_plural, term.short) if f)
    return re.findall(r" \((?:" + forms + r")(?:[’']s?)?\)", text)


def _bare(text: str, term: Term) -> list[re.Match[str]]:
    forms = "|".join(re.escape(f) for f in (term.short_plural, term.short) if f)
    return [m for m in re.finditer(r"\b(?:" + forms + r")\b", text)
            if text[m.start() - 2 : m.start()] != " ("]  # fmt: skip


def _shorts() -> list[Term]:
    return [t for t in _terms() if t.short or t.short_plural]


def test_each_abbreviation_is_written_out_once_in_the_word_document(
    drafted: tuple[ReportModel, ReportModel, Path],
) -> None:
    """Read back from Word: each abbreviation written out at most once, before any use
    of it alone, and at least one used in more than one section (so the rule is met,
    not missed)."""
    whole, _area, path = drafted
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    used_again = 0
    for t in _shorts():
        written = _written_out(text, t)
        assert len(written) <= 1, (t.short, written)
        bare = _bare(text, t)
        if bare:
            assert written, (t.short, text[bare[0].start() - 80 : bare[0].end()])
            assert text.index(written[0]) < bare[0].start(), t.short
        sections = [sec for sec in whole.sections if any(
            _bare(p.text, t) or _written_out(p.text, t) for p in (*sec.intro, *sec.paragraphs))]  # fmt: skip
        used_again += len(sections) > 1
    assert used_again, "no abbreviation is used in two sections: the test proves nothing"


def test_an_area_s_export_writes_out_its_own(
    drafted: tuple[ReportModel, ReportModel, Path],
) -> None:
    """Area 8's export, a document of its own, writes out each abbreviation it uses at
    its first use there, though the whole report wrote it out in an earlier area."""
    whole, area, _path = drafted
    text = " ".join(p.text for p in area.paragraphs())
    shown = [t for t in _shorts() if _bare(text, t) or _written_out(text, t)]
    assert shown
    for t in shown:
        assert len(_written_out(text, t)) == 1, (t.short, text)
    # ... and its sentences are the report's, but for the abbreviations written out.
    [in_whole] = [sec for sec in whole.sections if sec.area_code == "8"]
    mine = [s.text for p in in_whole.paragraphs for s in p.sentences]
    alone = [s.text for p in area.paragraphs() for s in p.sentences]
    assert len(mine) == len(alone)
    for ours, theirs in zip(mine, alone, strict=True):
        if ours != theirs:
            assert any(_written_out(theirs, t) for t in shown), (ours, theirs)


def test_later_sections_keep_the_abbreviation() -> None:
    """Two sections each using "FCA": the first writes it out, the second keeps "FCA"."""
    first = Section(kind="area", heading="One", paragraphs=[Paragraph(kind="numbered", sentences=[
        Sentence(text="The FCA saw the boy alone.")])])  # fmt: skip
    second = Section(kind="area", heading="Two", paragraphs=[Paragraph(kind="numbered",
        sentences=[Sentence(text="Each FCA had a plan, and the family court advisers met.")])])  # fmt: skip
    spell_out_once([first, second], _terms())
    assert first.paragraphs[0].sentences[0].text == (
        "The family court adviser (FCA) saw the boy alone."
    )
    assert second.paragraphs[0].sentences[0].text == (
        "Each FCA had a plan, and the family court advisers met."
    )
