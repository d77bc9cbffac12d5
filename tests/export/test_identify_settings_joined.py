"""Settings named without a setting word ("the same nursery, Little Acorns,") and
names joined to a name ("Keeley and Callum were seen together"), on hand-written
corpora (tester finding 1, third session)."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import clean, corpus_scanner, planted


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(
        people=[("Keeley Shaw", "child"), ("Zak Shaw", "child"), ("Donna Shaw", "parent")],
        staff=["Margaret Haigh", "Helen Marsh", "Rajinder Sandhu"],
        areas=["North East (Area 8)", "London South", "Thames Valley", "Tyneside and Northumbria"],
    )


def test_every_planted_setting_and_joined_name_is_caught(scanner: Scanner) -> None:
    paragraphs = planted("corpus_settings_planted.txt")
    kinds = {p.kind for para in paragraphs for p in para.plants}
    assert {"school", "name", "protected"} <= kinds
    missed = []
    for para in paragraphs:
        found = scanner.find(para.text)
        for p in para.plants:
            # A setting whose name is no English word ("Westbrook") may be found as a
            # name first: caught either way.
            want = {"school": {"school", "name"}, "name": {"name", "protected-name"},
                    "protected": {"protected-name"}}[p.kind]  # fmt: skip
            if not any(f.kind in want and f.start <= p.start and p.end <= f.end for f in found):
                missed.append((p.kind, p.text))
    assert missed == []


def test_the_settings_clean_corpus_passes(scanner: Scanner) -> None:
    paragraphs = clean("corpus_settings_clean.txt")
    assert len(paragraphs) >= 20
    assert [(p, scanner.scan_text(p)) for p in paragraphs if scanner.scan_text(p)] == []


def test_the_testers_sentences(scanner: Scanner) -> None:
    text = ("Direct work was thoughtful. The child's half-brother attends the same nursery, "
            "Little Acorns, and the FCA used this to plan visits.")  # fmt: skip
    assert ("school", "Little Acorns") in scanner.scan_text(text)
    hits = scanner.scan_text("Keeley and Callum were seen together.")
    assert [t for _k, t in hits] == ["Keeley", "Callum"]


@pytest.mark.parametrize(
    "text",
    [
        "Keeley and her FCA, Helen Marsh, met at the contact centre.",
        "The FCA saw the child at school and at nursery, Mum said.",
        "Keeley and Mum were seen together at the family centre.",
        "Overall, Keeley was seen alone and her wishes were recorded.",
    ],
)
def test_a_name_does_not_spread_to_the_words_beside_it(scanner: Scanner, text: str) -> None:
    assert [t for _k, t in scanner.scan_text(text)] in ([], ["Keeley"])


def test_the_main_corpora_keep_their_rates() -> None:
    """The new rules add no false alarm to the main clean corpora."""
    sc = corpus_scanner()
    for name in ("corpus_clean.txt", "corpus_heldout_clean.txt", "corpus_heldout2_clean.txt",
                 "corpus_everyday_clean.txt"):  # fmt: skip
        assert [p for p in clean(name) if sc.scan_text(p)] == [], name


def test_a_firm_joined_to_a_name_is_no_second_person(scanner: Scanner) -> None:
    """Tester 26, F14: with a child named Hughes on the list, "Hughes & Co Solicitors"
    gave "Co Solicitors" as "a person's name joined to another name".  The protected
    names are still caught, and a person joined to a name still is."""
    firm = Scanner(people=[("Ellis Hughes", "child"), ("Goodman Ray", "parent")])
    text = (
        "Hughes & Co Solicitors and Goodman Ray, who act for many parents, said reports are fair."
    )
    found = {(f.kind, text[f.start : f.end]) for f in firm.find(text)}
    assert ("protected-name", "Hughes") in found and ("protected-name", "Goodman Ray") in found
    assert not any("Solicitors" in said for _, said in found), found
    joined = scanner.find("Keeley and Callum were seen together at contact.")
    assert [f.kind for f in joined] == ["protected-name", "name"], joined
