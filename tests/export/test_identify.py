"""The identifiability scanner on hand-written corpora (not the demo): every planted
identifier caught, clean inspection prose left alone; and the cases the issue named."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from exporters.errors import IdentifyingDetailsError
from exporters.export import export_area
from exporters.identify import Scanner, protected
from store.store import Store
from tests.export import fixture_data
from tests.export.corpus import PROTECTED_KINDS, clean, corpus_scanner, measure, planted


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


def test_corpora_are_big_enough() -> None:
    plants = [p for para in planted() for p in para.plants]
    assert len(plants) >= 500
    assert len({p.kind for p in plants}) >= 12
    assert len(clean()) >= 300


def test_recall_and_false_alarms_on_the_corpora(scanner: Scanner) -> None:
    rates = measure(scanner)
    print(rates.table())
    for kind, text, para in rates.missed:
        print(f"missed {kind}: {text!r} in {para!r}")
    for text, hits in rates.false_alarms:
        print(f"false alarm {hits} in {text!r}")
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.recall() >= 0.98
    assert rates.false_alarm_rate() <= 0.02


def test_second_held_out_pair_as_first_scanned(scanner: Scanner) -> None:
    """Written after the first pair had led to its fixes, scanned once, and never used
    to change a rule: 47 identifiers of 15 kinds, all caught (one "six on 19 April"
    reported as a date rather than a date of birth), no false alarm in 44 paragraphs."""
    rates = measure(scanner, held_out=2)
    print(rates.table())
    assert sum(rates.total.values()) >= 45 and len(rates.total) >= 12
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.recall() >= 0.98
    assert rates.false_alarm_rate() <= 0.02


def test_held_out_corpora(scanner: Scanner) -> None:
    """Paragraphs written after the rules were settled.  Their first scan caught all 46
    identifiers and raised 2 false alarms in 40 paragraphs (a practitioner's name one
    letter from a child's, and a court town that is also a given name); both rules
    were then fixed, so this corpus is no longer unseen: the README says so."""
    rates = measure(scanner, held_out=True)
    print(rates.table())
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.recall() >= 0.98
    assert rates.false_alarm_rate() <= 0.02


def test_names_in_capitals_and_the_domains_acronyms(scanner: Scanner) -> None:
    """Names written in capitals (case notes, court forms, pasted emails): 44 planted,
    protected names and their variants all caught; 40 clean paragraphs of acronyms
    (IRO, CAFCASS, LADO, CAMHS, NHS, SGO, EHCP...), notes typed in capitals and the
    team, areas, councils and courts in capitals, none a hit.  Written with the rule,
    so not unseen: the one miss is "CARLTON", a place in the lexicon, which the rule
    reads as a place as it would "Carlton"."""
    rates = measure(scanner, held_out=3)
    print(rates.table())
    assert sum(rates.total.values()) >= 40
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.recall() >= 0.95
    assert rates.false_alarm_rate() <= 0.02


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Tiegan-Rose said she misses her brother.", "name", "Tiegan-Rose"),
        ("Inspectors read that Tiegan-Rose's school had called the police.", "name",
         "Tiegan-Rose"),
        ("Ellie told the guardian she liked school.", "protected-name", "Ellie"),
        ("Kayleig was seen at home.", "protected-name", "Kayleig"),
        ("The child attends Hollybrook Primary with her cousin.", "school", "Hollybrook Primary"),
        ("She has a birthday on 3 March and wanted a party.", "date-of-birth", "3 March"),
        ("The mother's number is 07700 900123.", "phone", "07700 900123"),
        ("The office number, 0161 496 0000, was on the file.", "phone", "0161 496 0000"),
        ("The family moved to M145RT last spring.", "postcode", "M145RT"),
        ("Her NHS number is 943 476 5919.", "nhs-number", "943 476 5919"),
        ("The court file ZE18C01234 was read.", "case-number", "ZE18C01234"),
        ("Mrs Young attended with her solicitor.", "name", "Young"),
        ("Her uncle, Rocco, attended the meeting.", "name", "Rocco"),
        ("She is the only Roma girl at her school in Whitby.", "jigsaw",
         "She is the only Roma girl at her school in Whitby."),
    ],
)  # fmt: skip
def test_the_misses_the_issue_named_are_caught(text: str, kind: str, found: str) -> None:
    scanner = Scanner(
        people=[("Eleanor Price", "child"), ("Kayleigh Brennan", "child")], case_refs=["C-001"]
    )
    assert (kind, found) in scanner.scan_text(text)


def test_the_inspections_own_words_are_not_hits() -> None:
    """Council parties, a lone surname that is a common word, inspectors and
    practitioners in their roles, area headings and criteria text."""
    scanner = Scanner(
        people=[("London Borough of Croydon", "parent"), ("Young", "parent"),
                ("Priya Shah", "other-person"), ("Helen Cole", "child")],
        staff=["Helen Marsh", "Graham Oduya"],
        areas=["London South"],
    )  # fmt: skip
    for text in [
        "The leadership and management of local services in London South (Area 6) is good.",
        "Children and young people are safeguarded and their welfare is promoted.",
        "Young people said that their guardian listened to them.",
        "The London Borough of Croydon values the guardians' challenge.",
        "The lead inspector, Helen Marsh, met the chief executive.",
        "Helen Marsh HMI and Graham Oduya HMI observed practice.",
        "The family court adviser, Priya Shah, explained how she prepared the child.",
        "The team manager in Taunton, Lucy Bramwell, described the new duty system.",
    ]:
        assert scanner.scan_text(text) == [], text


def test_a_single_word_party_name_matches_only_as_a_name() -> None:
    scanner = Scanner(people=[("Young", "parent"), ("Preston", "parent")])
    assert scanner.scan_text("Children and young people are listened to.") == []
    assert scanner.scan_text("The Family Court at Preston praised the reports.") == []
    assert ("protected-name", "Young") in scanner.scan_text("The father, Mr Young, agreed.")
    assert ("protected-name", "Preston") in scanner.scan_text(
        "Preston told the FCA he had stopped."
    )


def test_a_childs_name_beside_a_role_is_still_a_hit() -> None:
    """The role exemption is for professionals: a child's protected name stays a hit."""
    scanner = Scanner(people=[("Kayleigh Brennan", "child")])
    assert scanner.scan_text("The guardian, Kayleigh's FCA, met her.") != []
    assert scanner.scan_text("Her special guardian, Mrs Abernethy, attended.") != []


def test_fuzzy_lookup_does_not_grow_with_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """A misspelling is found by a deletion index: the candidates compared for one word
    stay few whether the list holds 20 names or 2,000."""
    calls: list[int] = []
    real = protected._within_one

    def counted(a: str, b: str) -> bool:
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(protected, "_within_one", counted)
    text = "Brenan and Kaylegh were seen; Ashwroth and Whitcomb were not."
    counts = []
    for n in (20, 2000):
        people = [("Kayleigh Brennan", "child"), ("Tom Ashworth", "child")] + [
            (f"Child{i:04d}x Surname{i:04d}y", "child") for i in range(n)
        ]
        s = Scanner(people=people)
        calls.clear()
        s.scan_text(text)
        counts.append(len(calls))
    assert counts[1] <= counts[0] + 4


PLANTS = {
    "protected-name": ("rationale", "Leaders acted quickly after Kayleigh Brennan's case was reviewed."),
    "name": ("rationale", "The FCA also met the step-father, Clayton Merriweather, at home."),
    "phone": ("rationale", "The manager's mobile, 07700 900123, was shared with parents."),
    "email": ("rationale", "Parents wrote to d.brennan@example.org with concerns."),
    "postcode": ("rationale", "The office near M14 5RT was visited."),
    "street-address": ("rationale", "The family lives at 12 Elm Road."),
    "date-of-birth": ("rationale", "The child, born 14 March 2015, was seen alone."),
    "case-number": ("rationale", "The court file ZE18C01234 was read."),
    "case-reference": ("child_words", "We played games and I said tell them case C-003 was me"),
    "school": ("child_words", "I drew my teachers at Westfield High School"),
    "nhs-number": ("rationale", "Her NHS number, 943 476 5919, was on the report."),
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_planted_identifier_stops_export(kind: str, tmp_path: Path) -> None:
    """Each kind alone stops the export, with its evidence; the command line's handling
    of a stop (exit code 2, the listing, `--allow-identifying`, `check`) is the same for
    every kind, so it is checked once, on all the kinds planted together (below)."""
    field, text = PLANTS[kind]
    db = fixture_data.build(tmp_path / "p.db", plant={field: text})
    out = tmp_path / "a.docx"
    with Store.open(db) as store, pytest.raises(IdentifyingDetailsError) as info:
        export_area(store, "6", out)
    assert kind in {h.kind for h in info.value.hits}
    assert all(h.evidence_ids for h in info.value.hits if h.kind == kind)
    assert not out.exists()
    assert not list(tmp_path.glob(".a.docx*"))


def test_every_planted_kind_is_listed_by_the_cli_and_by_check(tmp_path: Path) -> None:
    """The command line on an inspection with every kind of PLANTS planted at once (the
    rationale's sentences in one rationale, the child's words joined in one quote): exit
    code 2 with each kind listed and its evidence, nothing written; --allow-identifying
    writes; `fieldwork check` reports every kind without exporting."""
    rationale = " ".join(text for field, text in PLANTS.values() if field == "rationale")
    words = ". ".join(text for field, text in PLANTS.values() if field == "child_words")
    db = fixture_data.build(tmp_path / "p.db", plant={"rationale": rationale, "child_words": words})
    out = tmp_path / "a.docx"
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out)])
    assert res.exit_code == 2
    lines = res.output.splitlines()
    for kind, (field, _) in PLANTS.items():  # each on a line, with the record it is in
        held = "(judgement " if field == "rationale" else "(evidence "
        assert any(f": {kind} \u2018" in line and held in line for line in lines), kind
    assert not out.exists()
    res = runner.invoke(cli, ["export", "area", str(db), "--area", "6", "-o", str(out),
                              "--allow-identifying"])  # fmt: skip
    assert res.exit_code == 0 and out.exists()
    res = runner.invoke(cli, ["check", str(db), "--json"])
    assert res.exit_code == 1
    for kind in PLANTS:
        assert f"identifying-{kind}" in res.output, kind


def test_clean_fixture_passes_check(fx_db: Path) -> None:
    res = CliRunner().invoke(cli, ["check", str(fx_db)])
    assert "identifying" not in res.output.lower()


def test_what_a_small_child_calls_a_parent_is_not_a_name() -> None:
    """A baby's or toddler's words ("Mama", "Dada") are quoted in evidence; they are
    words for a parent, not an unknown person's name (found by an independent tester)."""
    scanner = Scanner()
    for text in ("The baby reached for her mother and said \u201cMama\u201d twice.",
                 "At 18 months he says \u201cDada\u201d and \u201cMumma\u201d when he sees them."):  # fmt: skip
        assert [h for h in scanner.scan(text, "note") if h.kind == "name"] == [], text
