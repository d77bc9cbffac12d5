"""Messages a lead can act on (tester finding 7, third session): a hit names only the
records whose text holds it (not every record behind a paragraph), the same hit in
the same place is listed once, and a refusal counts distinct details."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from exporters.errors import IdentifyingDetailsError
from exporters.identify import Scanner
from exporters.identify.holders import distinct, narrowed
from tests.export import fixture_data

RECORDS = {
    "e1": "Seen alone twice at school; the report explains how her views shaped it.",
    "e2": "The FCA used a three houses exercise; Isla said she wants more time with her dad.",
    "e3": "No record of why the child was not seen before the safeguarding letter.",
    "e4": "Isla's brother was spoken to separately.",
}


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_comment_hit_names_only_the_records_that_hold_it() -> None:
    scanner = Scanner(people=[("Isla Greenwood", "child")])
    comment = "5 of 6 cases · C-001: ‘…Isla said she wants more time with her dad.’"
    (hit,) = scanner.scan(comment, "paragraph 5", field="comment", comment=True,
                          evidence_ids=("e1", "e2", "e3", "e4"))  # fmt: skip
    texts = {rid: " ".join(t.casefold().split()) for rid, t in RECORDS.items()}
    (named,) = narrowed([hit], texts)
    assert named.evidence_ids == ("e2", "e4")
    assert "e1" not in named.message() and "e3" not in named.message()
    # Words that are the draft's own, held by none of the records, name none of them.
    (own,) = narrowed([hit], {"e1": texts["e1"]})
    assert own.evidence_ids == ()


def test_the_same_hit_in_the_same_place_is_listed_once() -> None:
    scanner = Scanner(people=[("Kai Lowther", "child")])
    text = "The FCA saw Kai alone twice. Kai said he wants to stay with his dad in the week."
    hits = scanner.scan(text, "evidence e9", field="text", evidence_ids=("e9",))
    assert [h.text for h in hits] == ["Kai", "Kai"]
    assert [h.text for h in distinct(hits)] == ["Kai"]
    other = scanner.scan("Kai was seen.", "evidence e10", field="text", evidence_ids=("e10",))
    assert len(distinct(hits + other)) == 2  # another record is another place


def test_a_refusal_counts_distinct_details() -> None:
    scanner = Scanner()
    a = scanner.scan("Tyler came to contact.", "evidence.csv: e1", field="text")
    b = scanner.scan("‘I want to see Tyler.’", "sentences.csv: paragraph 5", field="text")
    c = scanner.scan("Call 07700 900123.", "evidence.csv: e2", field="text")
    err = IdentifyingDetailsError(a + b + c + c, what="csv")
    assert "2 details that could identify a child or family, in 3 places" in str(err)
    assert "(1 name, 1 phone number)" in str(err)
    assert len(err.labels) == 3


def test_check_and_identify_list_a_name_written_twice_once(tmp_path: Path) -> None:
    db = fixture_data.build(
        tmp_path / "p.db",
        plant={"text": "The FCA saw Tiegan-Rose alone; Tiegan-Rose said she likes her school."},
    )
    res = _fw("identify", "hits", db)
    lines = [ln for ln in res.output.splitlines() if "Tiegan-Rose" in ln]
    assert len(lines) == 1, res.output
    res = _fw("check", db)
    assert len([ln for ln in res.output.splitlines() if "Tiegan-Rose" in ln]) == 1


def test_a_detail_in_a_judgement_rationale_is_named_as_that_judgement(tmp_path: Path) -> None:
    """A hit at rest in a rationale names its record once, as the judgement it is, never as
    evidence (a lead looking for evidence by that id would find nothing)."""
    db = fixture_data.build(
        tmp_path / "p.db", plant={"rationale": "Strong practice, as Tiegan-Rose's case shows."}
    )
    res = _fw("check", db)
    (line,) = [ln for ln in res.output.splitlines() if "Tiegan-Rose" in ln]
    assert "judgement " in line, res.output
    assert "evidence" not in line, res.output
