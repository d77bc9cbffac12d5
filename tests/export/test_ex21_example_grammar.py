"""An example in the body reads as a sentence of the report (tester 20's A4: "For
example, no evidence the family court adviser (FCA) spoke to both parents ...", "To
illustrate, the report is clear and concise, recommendations follow from the analysis.",
"For example, chief executive and senior leaders have ...").

On ex21's own corpus of inspector notes (`tests/export/ex21_notes.py`, 60 and more, as
notes are typed: fragments, shorthand, comma splices, "no evidence ..." openings, bare
role nouns): every sentence the draft would take as an example reads as a report
sentence by this test's own reading (a verb, no shorthand, no abbreviation the glossary
cannot spell out, no bare role noun or "no ..." opening, no comma splice), and a few
notes are checked word for word: made grammatical by a general rule, or left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.examples import finding
from exporters.draft.glossary import working_terms
from exporters.draft.sections import area_pool
from exporters.draft.tallies import Pool
from exporters.draft.words import words
from exporters.model import ReportModel
from tests.export.ex21_notes import NOTES
from tests.export.small import Small

# This test's own reading of a sentence, independent of the drafting's word lists.
SHORTHAND = re.compile(
    r"\b[a-z]/[a-z]?|\?|&|\+|\s-\s|\b\d+x\b|\bx\d+\b|\b(?:mins?|wks?|hrs?|yrs?|mgmt|recs|"
    r"re|sep|ok|tbc|asap|approx|etc|w)\b",
    re.IGNORECASE,
)
VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|should|may|must|"
    r"saw|met|made|gave|told|said|spoke|wrote|kept|found|knew|felt|went|drew|sought|"
    r"[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\b"
)
# A role or record noun a note opens with and the report never does without an article.
BARE_OPENERS = frozenset({
    "guardian", "manager", "report", "child", "mother", "father", "court", "judge",
    "practitioner", "chief", "adviser", "supervisor", "worker", "analysis", "recommendation",
    "no", "not",
})  # fmt: skip
# After a comma, a second clause with nothing joining it ("..., recommendations follow").
SPLICE = re.compile(
    r", (?:however\b|(?!there )(?:the |a |an )?[a-z]+s? (?:is|are|was|were|has|have|had|follows?|"
    r"weighed|recorded|noted|seen)\b)"
)
LEADS = ("For example, ", "To illustrate, ", "In one case, ")


def _known_capitals() -> set[str]:
    """Every abbreviation the glossary can spell out, and the words written in capitals."""
    w = words()
    terms = (*w.terms, *working_terms())
    out = {f for t in terms for f in (t.short, t.short_plural) if f}
    return out | set(w.known_capitals)


def problems(example: str) -> list[str]:
    """What keeps `example` (with its lead) from reading as a sentence of the report."""
    found = []
    lead = next((x for x in LEADS if example.startswith(x)), "")
    rest = re.sub(r"^in Area \w+, ", "", example[len(lead) :])  # a national section's
    if not example[:1].isupper():
        found.append("no capital")
    if not example.endswith("."):
        found.append("no full stop")
    first = rest.split(" ", 1)[0]
    if lead and first[:1].isupper() and first.strip(",") not in _known_capitals():
        found.append(f"a capital after the lead: {first}")
    if first.lower() in BARE_OPENERS:
        found.append(f"opens on a bare '{first}'")
    if not VERB.search(rest):
        found.append("no verb")
    if m := SHORTHAND.search(rest):
        found.append(f"shorthand {m.group(0)!r}")
    for caps in re.findall(r"\b[A-Z][A-Za-z]*[A-Z]+[a-z]*\b", rest):
        base = re.sub(r"[’']s$|s$", "", caps)
        if caps not in _known_capitals() and base not in _known_capitals():
            found.append(f"abbreviation not in the glossary: {caps}")
    if m := SPLICE.search(rest):
        found.append(f"comma splice: {m.group(0)!r}")
    return found


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    s = Small(tmp_path_factory.mktemp("ex21") / "n.db")
    s.ev(s.case(), ["QP8"], "strength", "The guardian met the boy at school before the hearing.")
    try:
        yield area_pool(load(s.store), ("6",))[0]
    finally:
        s.close()


def _example(pool: Pool, text: str) -> str | None:
    found = finding(pool, text)
    return None if found is None else "For example, " + " ".join(x for x in found if x)


def test_the_corpus_is_large_and_messy() -> None:
    """60 notes and more, many of them not sentences a report could print."""
    assert len(NOTES) >= 60
    assert len({t for _c, _p, t in NOTES}) == len(NOTES)


def test_every_example_the_corpus_gives_reads_as_a_sentence(pool: Pool) -> None:
    used, bad = 0, []
    for _crit, _pol, text in NOTES:
        example = _example(pool, text)
        if example is None:
            continue
        used += 1
        if found := problems(example):
            bad.append((example, found))
    assert not bad, "\n".join(f"{e}  <- {p}" for e, p in bad)
    assert used >= 20, used  # the rule leaves out what cannot be a sentence, not everything


def test_the_reader_s_test_catches_what_tester_20_found() -> None:
    """This test's own reading flags the sentences tester 20 found in the draft."""
    for example in (
        "For example, no evidence the family court adviser (FCA) spoke to both parents.",
        "To illustrate, the report is clear and concise, recommendations follow from the analysis.",
        "For example, chief executive and senior leaders have a clear understanding.",
        "For example, the guardian saw child 3x at school w/ mum.",
    ):
        assert problems(example), example


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "No evidence the child's wishes were sought before the position statement was filed.",
            "there is no evidence that the child's wishes were sought before the position "
            "statement was filed.",
        ),
        (
            "No evidence that the team manager reviewed the risk assessment after the police "
            "disclosure.",
            "there is no evidence that the team manager reviewed the risk assessment after the "
            "police disclosure.",
        ),
        (
            "No record of any direct work with the child during the eight months of proceedings.",
            "there is no record of any direct work with the child during the eight months of "
            "proceedings.",
        ),
        (
            "No analysis of the impact of domestic abuse on the child, despite two police "
            "call-outs.",
            "there is no analysis of the impact of domestic abuse on the child, despite two "
            "police call-outs.",
        ),
        (
            "Analysis is strong, the risks from the father's drinking are weighed against the "
            "benefits of contact.",
            "the analysis is strong, and the risks from the father's drinking are weighed "
            "against the benefits of contact.",
        ),
        (
            "Chief executive and senior leaders meet the family judiciary every quarter and "
            "know the pressures on the courts.",
            "the chief executive and senior leaders meet the family judiciary every quarter and "
            "know the pressures on the courts.",
        ),
        (
            "The analysis weighs each realistic option for the child and explains why the plan "
            "is the right one.",
            "the analysis weighs each realistic option for the child and explains why the plan "
            "is the right one.",
        ),
    ],
)
def test_a_note_is_made_a_sentence_by_a_general_rule(pool: Pool, note: str, expected: str) -> None:
    found = finding(pool, note)
    assert found is not None and found[0] == expected, found


@pytest.mark.parametrize(
    "note",
    [
        "Report is clear and concise, options weighed in turn, recommendation follows.",
        "Report is long, analysis is short, recommendation is not explained.",
        "Manager agreed the plan, however no rationale recorded.",
        "Manager signed off the report the same day. No evidence of challenge or of the "
        "quality assurance that should have caught the mistakes.",
        "Child's voice absent from the analysis?? check w/ FCA",
        "Guardian saw child 3x at foster home, good rapport evident from notes.",
        # Tester 21's A1: a sentence whose subject the note left out.
        "Girl met the FCA once. Says nobody from Cafcass asked her what she wanted to happen.",
        "Was seen once at the office, and the report does not say why she was not seen at home.",
        "Told the guardian she felt safe at her aunt's house and wanted to stay there.",
    ],
)
def test_a_note_no_rule_can_mend_is_left_out(pool: Pool, note: str) -> None:
    assert finding(pool, note) is None


def test_the_drafted_areas_examples_read_as_sentences(tmp_path: Path) -> None:
    """The whole corpus as the evidence of three areas, each note on a case of its own:
    every example the drafted report prints reads as a sentence."""
    areas = [("6", "Wessex", True), ("7", "Mercia", True), ("8", "Anglia", True)]
    s = Small(tmp_path / "a.db", areas=areas)
    for k, (crit, pol, text) in enumerate(NOTES):
        s.ev(s.case(area=areas[k % 3][0]), [crit], pol, text)
    for code, _name, _visited in areas:
        s.judge("J18-4A", "requires-improvement", area=code)
    report: ReportModel = draft_report(load(s.store))
    s.close()
    examples = [x.text for p in report.paragraphs() for x in p.sentences if x.role == "example"]
    assert len(examples) >= 4, examples
    bad = [(e, f) for e in examples if (f := problems(e))]
    assert not bad, bad
