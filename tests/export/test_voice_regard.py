"""How strongly a stakeholder's note praises or criticises, and what about (issue 15:
"the most reliable part of the system here" became "One judge spoke positively").

A corpus of stakeholder notes written for this test (judges, local authority staff,
partner agencies, parents), in the way inspectors jot them down, with negations
("not the most helpful", "never late"), hedges ("generally good", "could be better")
and praise said with a reservation; each with the grade a reader gives it and what it
is about in the draft's words.
"""

from __future__ import annotations

import pytest

from exporters.draft.regard import about as about_of
from exporters.draft.regard import grade, subjects, weigh

# (recorded polarity, note, the grade a reader gives it, what it is about: one of the
# subjects the draft may name first, or None where the note names nothing it has a word for)
CORPUS: list[tuple[str, str, str, str | None]] = [
    # Strong praise
    (
        "strength",
        "DFJ: the service is 'the best it has been in twenty years'; reports arrive on time.",
        "strong_for",
        "the timeliness of reports",
    ),
    (
        "strength",
        "HHJ said she has nothing but praise for the guardians' analysis.",
        "strong_for",
        "the quality of reports",
    ),
    (
        "strength",
        "District judge: FCAs are exceptionally well prepared for hearings.",
        "strong_for",
        "how well prepared practitioners are for court",
    ),
    (
        "strength",
        "LFJB chair said the local manager is an excellent member of the board and "
        "never misses a meeting.",
        "strong_for",
        "the service's part in the local family justice board",
    ),
    (
        "strength",
        "Magistrates' legal adviser: could not fault the safeguarding letters.",
        "strong_for",
        "the quality of reports",  # a letter the service writes for the court (session 10)
    ),
    (
        "strength",
        "IRO said the guardian is outstanding at getting the child's wishes and "
        "feelings in front of the court.",
        "strong_for",
        "how children's wishes and feelings reach the court",
    ),
    # Praise, plain or hedged
    (
        "strength",
        "Judge: reports generally good, the odd one a day late.",
        "for",
        "the quality of reports",
    ),
    (
        "strength",
        "LA team manager said guardians are responsive and return calls the same day.",
        "for",
        "how quickly practitioners respond",
    ),
    (
        "strength",
        "Health visitor lead: joint training with Cafcass has been useful.",
        "for",
        "joint working with the service",
    ),
    (
        "strength",
        "Reports are never late now, the listing officer said.",
        "for",
        "the timeliness of reports",
    ),
    (
        "strength",
        "Head of service: not bad at all on challenge, guardians push us on drift.",
        "for",
        "the challenge practitioners bring to cases",
    ),
    (
        "strength",
        "Mother said the FCA explained the process clearly and she knew what to expect at court.",
        "for",
        "how well families are kept informed",
    ),
    (
        "strength",
        "DJ said the service's leaders are open and quick to act on concerns raised at the board.",
        "for",
        None,
    ),
    # Mixed: praise and criticism in much the same measure
    (
        "development",
        "SW manager: 'some guardians are great, some we never hear from until the final hearing'.",
        "mixed",
        "how quickly practitioners respond",
    ),
    ("strength", "Judge said the analysis is good but reports are often late.", "mixed", None),
    (
        "development",
        "Partner agency: attendance at the board has improved but is still patchy.",
        "mixed",
        "the service's part in the local family justice board",
    ),
    (
        "strength",
        "IRO: helpful when you reach them, but emails can go unanswered for a week.",
        "mixed",
        "how quickly practitioners respond",
    ),
    # Criticism, plain, hedged or negated praise
    (
        "development",
        "The judge said the FCA was not the most helpful in explaining her recommendation.",
        "against",
        None,
    ),
    (
        "development",
        "Magistrates said the safeguarding letters could be better.",
        "against",
        "the quality of reports",
    ),
    (
        "development",
        "LA head of service: guardians rarely consider the children's culture or "
        "religion in their analysis.",
        "against",
        "the attention given to children's culture and identity",
    ),
    (
        "development",
        "Kirklees SW said the guardian was hard to reach; no reply to three emails.",
        "against",
        "how quickly practitioners respond",
    ),
    (
        "development",
        "Father said nobody explained what would happen at the hearing.",
        "against",
        "how well families are kept informed",
    ),
    (
        "development",
        "The judge said reports are not always as analytical as she would like.",
        "against",
        "the quality of reports",
    ),
    (
        "development",
        "Domestic abuse service: joint working is not good enough; referrals go unacknowledged.",
        "against",
        "joint working with the service",
    ),
    (
        "development",
        "Board chair: no senior Cafcass representative at the last two meetings.",
        "against",
        "the service's part in the local family justice board",
    ),
    # Strong criticism
    (
        "development",
        "DJ: 'we are regularly adjourning because reports are late'.",
        "strong_against",
        "the timeliness of reports",
    ),
    (
        "development",
        "HHJ described the quality of the section 7 reports as very poor.",
        "strong_against",
        "the quality of reports",
    ),
    (
        "development",
        "The IRO said it is unacceptable that the guardian has not seen the child in four months.",
        "strong_against",
        None,
    ),
    (
        "development",
        "LA director: delays in allocation are appalling and children wait too long.",
        "strong_against",
        "the service's work to tackle delay",
    ),
    (
        "development",
        "Judge said staffing is chaotic; three FCAs on one case in a year.",
        "strong_against",
        "staffing and workloads",
    ),
]


@pytest.mark.parametrize(("polarity", "note", "expected", "_about"), CORPUS,
                         ids=[f"{c[2]}-{k}" for k, c in enumerate(CORPUS)])  # fmt: skip
def test_each_note_is_graded_as_a_reader_grades_it(
    polarity: str, note: str, expected: str, _about: str | None
) -> None:
    assert grade(note, polarity) == expected, weigh(note)


@pytest.mark.parametrize(("polarity", "note", "_grade", "about"), CORPUS,
                         ids=[f"about-{k}" for k in range(len(CORPUS))])  # fmt: skip
def test_each_note_is_about_what_it_names(
    polarity: str, note: str, _grade: str, about: str | None
) -> None:
    """What the note's praise (a strength) or criticism (a development) is about."""
    if about is None:
        return
    assert about_of(note, polarity)[:1] == [about], (weigh(note), subjects(note))


def test_the_corpus_covers_every_grade_and_polarity() -> None:
    grades = {(c[0], c[2]) for c in CORPUS}
    assert {g for _p, g in grades} == {"strong_for", "for", "mixed", "against", "strong_against"}
    assert ("strength", "mixed") in grades and ("development", "mixed") in grades
    assert len(CORPUS) >= 30


@pytest.mark.parametrize(
    ("plain", "negated"),
    [
        ("The FCA was the most helpful person in the room.", "The FCA was not the most helpful."),
        ("Reports are late.", "Reports are never late."),
        ("There are delays in filing.", "There are no delays in filing."),
        ("She talked down to me.", "She didn't talk down to me."),
    ],
)
def test_a_negation_turns_a_view_the_other_way(plain: str, negated: str) -> None:
    a, b = weigh(plain), weigh(negated)
    assert (a.pos > a.neg) != (b.pos > b.neg), (a, b)
    assert not (b.strong_pos or b.strong_neg)  # a negated view is never a strong one


def test_a_hedge_weakens_and_a_minimiser_weakens_more() -> None:
    plain, hedged, minor = (
        weigh("Reports good."),
        weigh("Reports generally good."),
        weigh("Occasional lateness."),
    )
    assert plain.pos == 1 and hedged.pos == 0.5 and minor.neg == 0.25
    assert not weigh("Reports generally excellent.").strong_pos
    assert weigh("Reports excellent.").strong_pos and weigh("Reports very good.").strong_pos


def test_a_note_with_no_view_words_keeps_its_recorded_polarity() -> None:
    note = "The chair said Cafcass drives the board's agenda."
    assert grade(note, "strength") in ("for", "strong_for")
    assert grade("Met the chair of the local board.", "development") == "against"


def test_each_side_of_a_mixed_note_keeps_its_own_subject() -> None:
    w = weigh("Judge said the analysis is good but reports are often late.")
    assert w.pos_about[:1] == ["the quality of reports"]
    assert w.neg_about[:1] == ["the timeliness of reports"]
