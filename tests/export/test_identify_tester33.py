"""What a Midlands team's notes say, as `fieldwork evidence add` warns of it (tester 33):
Romanes, the Roma families' language, is no name (F1: "Romanes-speaking gran" was
warned of as a name and "corrected" to "Roanes"); a gurdwara is said and advised as a
place of worship, not as "a boxing club" (F2); a community's Facebook group and a
sibling's pet name in quotes are hits (F6, F9: they left in every export); "Eastern
European", "AfD" and an NHS trust are not (F7); a farm's name is no "short form" of a
child's name, and where a parent picks or packs is a workplace (F8); a pet name "everyone
calls" a child, a picker's employer and a Traveller site by its name are hits (F13).  Sentences written
here, in the shapes of the tester's notes, with other names."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli.root import cli
from exporters.identify import Scanner
from tests.export import fixture_data
from tests.export.corpus import corpus_scanner, found_in


def _add(db: Path, text: str) -> Result:
    return CliRunner().invoke(cli, ["evidence", "add", str(db), "--polarity", "neutral", "--case",
                                    "C-001", "--criteria", "QP8", "--source", "CASE_FILE",
                                    "--text", text])  # fmt: skip


def test_romanes_is_a_language_and_a_gurdwara_a_place_of_worship(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "w.db")
    for clean in ("Romanes-speaking gran present only at the start of the visit.",
                  "Child's words given via a Romanes interp, checked back with her."):  # fmt: skip
        res = _add(db, clean)
        assert res.exit_code == 0 and res.stderr == "", res.output
    res = _add(db, "Her grandad is granthi at Guru Ravidass Gurdwara and she helps at langar.")
    assert res.exit_code == 0, res.output
    lines = res.stderr.splitlines()
    assert "place of worship ‘Guru Ravidass Gurdwara’" in lines[0]
    detail = [ln for ln in lines if "Guru Ravidass Gurdwara" in ln and ln.startswith("  - ")]
    assert detail and "the gurdwara" in detail[0] and "boxing" not in res.stderr


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    """The corpora's inspection, with a family of its own: Boris and Kaloyan Petrov, and
    a list that gives each child's surname alone too ("PETROV, Boris")."""
    return corpus_scanner(("Boris Petrov", "Kaloyan Petrov", "Petrov", "Tyler Stapleton",
                           "Stapleton"), ("EM-0207",))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A community's online group, named (F6, F9: it left in every export)
        ("Mum posted about the case in the 'Romanians in Spalding UK' Facebook group.",
         "club", "Romanians in Spalding UK"),
        ("Dad is admin of the Wisbech Lithuanian Mums WhatsApp group.", "club",
         "Wisbech Lithuanian Mums"),
        # A sibling's pet name in quotes after who they are (F6)
        ("Boris not seen alone. His bro 'Bobi' (11) also not seen.", "name", "Bobi"),
        ("Her nan \"Baba Z\" brings her to contact.", "name", "Baba Z"),
        # Where a parent works, after the work done or a shift (F8)
        ("Dad picks veg at Staples Vegetables farm in summer.", "workplace",
         "Staples Vegetables farm"),
        ("Mum on earlies at Moy Park Anwick (5am-1pm Mon-Fri).", "workplace", "Moy Park Anwick"),
        # F13: a pet name said of who uses it, a picker's farm, a Traveller site by name
        ("His little sister, who everyone calls 'Lulu', was at home.", "name", "Lulu"),
        ("Dad is a picker at Fenland Greens near Holbeach, 6 days a week.", "workplace",
         "Fenland Greens"),
        ("Family's trailer is on pitch 4 at the Marsh Lane Traveller site.", "street-address",
         None),
        ("They live at Sandy Acres caravan park in the summer.", "street-address", None),
    ],
)  # fmt: skip
def test_each_detail_is_a_hit_said_as_what_it_is(
    scanner: Scanner, text: str, kind: str, found: str
) -> None:
    hits = scanner.scan_text(text)
    assert found_in(hits, kind, found), hits


@pytest.mark.parametrize(
    "text",
    [
        # Inspectors' shorthand and NHS bodies (F7)
        "AfD: recording of direct work is thin.",
        "ADs told inspectors the interpreter budget was agreed.",
        "University Hospitals of Leicester NHS Trust sat on the panel.",
        "Children from Eastern European families were too often not seen alone.",
        # A group named in general, and the organisation's own page
        "Many parents use Facebook groups for support.",
        "The Cafcass Facebook page gives advice to parents.",
        # Words in quotes after a relative that are no name
        'Her mum "was upset" after the hearing.',
        "The Council Traveller site has no play area.",
        "Many Traveller sites in the county are run by the council.",
    ],
)
def test_words_that_identify_no_one_stay_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_a_surname_alone_on_the_list_has_no_short_forms(scanner: Scanner) -> None:
    """F8: "Staples", a farm, was said to be "a short form of the first name of a
    protected child": the list's "Stapleton" alone, a surname, had been given a first
    name's short forms."""
    hits = scanner.scan_text("Dad picks veg at Staples Vegetables farm in summer.")
    assert [kind for kind, _ in hits] == ["workplace"]


def test_a_mosque_s_name_is_no_slip_for_a_child_s_name() -> None:
    """Tester 33's re-test of F2: "the Jame Masjid" was "within one letter of" a child's
    name James, and advised as a protected name; it is a place of worship, a club hit."""
    scanner = corpus_scanner(("James Okafor",), ())
    hits = scanner.scan_text("Grandad is imam at the Jame Masjid on Berners St.")
    assert ("club", "Jame Masjid") in hits
    assert not any(kind == "protected-name" for kind, _ in hits)
    assert ("protected-name", "Jame") in scanner.scan_text("Spoke to Jame at school.")
