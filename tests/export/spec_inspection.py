"""Small inspections written by hand for the tests of specific wordings and examples
(`test_spec_*.py`, issue 15): each builder writes the notes an inspector might have
written, in their own words, through the public Store API (`tests/export/small.py`);
nothing here comes from the demo generator.

- `not_seen_alone`: an area where most of the children found poorly seen were not seen
  alone, each note saying so in its own way ("never on his own", "with her mother in the
  room"), and one child seen only once, briefly.
- `seen_differently`: the same number of weak cases, each weak for a different reason.
- `oversight_not_recorded`: an area whose files show no management oversight, each note
  putting it in other words ("no sign the case was overseen", "no supervision recorded").
- `national_from_one_area`: a national sample whose cases are all from areas not
  visited, each strength on direct work in one area.
- `observed_child`: a child's words recorded on an observation and on a practitioner's
  account, and one child's own words from an interview with the child.
"""

from __future__ import annotations

from pathlib import Path

from tests.export.small import Small

# Children not seen alone, in the ways inspectors put it.
NOT_ALONE = [
    "The girl (9) was seen twice at her mother's flat with her mother present both times; "
    "she was never seen on her own.",
    "The FCA only met the boy with his father in the room and did not see him alone before "
    "writing the report.",
    "The twins were seen together at the contact centre with their grandmother sitting in; "
    "neither child was seen by themselves.",
    "The children's guardian saw the boy at the foster home with the carer present and made "
    "no arrangement to see him alone.",
    "The teenager was spoken to on the phone while her father listened; she was not seen "
    "alone at school or anywhere else.",
]
SEEN_ONCE = "The boy was seen once, for twenty minutes, the day before the report was filed."
# Children seen well, in the ways inspectors put it.
SEEN_WELL = [
    "The FCA saw him alone at school and again at each parent's home, and wrote up what he "
    "said each time.",
    "The guardian met the girl on her own three times, once at her request after a hard "
    "contact session.",
    "The boy was seen alone at the family centre and with each parent; the visits are "
    "written up in detail.",
    "The practitioner saw both sisters separately at school, so that each could talk freely.",
    "The children's guardian saw the baby at home with the foster carer and watched the "
    "carer settle her after a bottle.",
    "The FCA saw the girl on her own at school and then with her father at contact.",
    "The reporting officer saw the boy alone twice and explained what the order would mean.",
]
# Weak in different ways: no two notes share a fault.
DIFFERENT = [
    "The boy was seen once, for twenty minutes, the day before the report was filed.",
    "The girl was not visited at all; the report relies on the school's account of her.",
    "The twins were seen once at the office, three months before the final hearing, and not since.",
    "The FCA saw the teenager in a busy contact centre waiting room where others could hear.",
    "The baby has not been seen by the guardian since the placement changed in March.",
]
# Files with no management oversight, in the ways inspectors put it.
NO_OVERSIGHT = [
    "No management oversight is recorded on the file at any point, including when the "
    "recommendation changed.",
    "There is no sign on the file that the case was overseen by a manager before the report "
    "was filed.",
    "No supervision of the case is recorded; the manager's name appears only on the allocation.",
    "Management oversight is not recorded at the point the plan changed after the police "
    "disclosure.",
    "Nothing on file shows that a manager oversaw the work or reviewed the report before it "
    "went to court.",
]
OVERSIGHT_WELL = [
    "The manager's oversight is recorded at allocation and before filing, with clear "
    "direction on what the analysis needed.",
    "Management oversight on the file sets out what work is needed and by when, and is "
    "followed up.",
    "The practice supervisor's oversight is recorded after each hearing and gives clear "
    "direction on next steps.",
    "The team manager recorded her oversight before the report was filed and asked for the "
    "risk analysis to be expanded.",
    "Management direction is recorded at each key decision, including the change of "
    "recommendation.",
]


def not_seen_alone(path: Path, weak: list[str] | None = None) -> Small:
    """Area 6: 12 cases on seeing children (QP8), seven seen well and five not; four of
    the five not seen alone (`NOT_ALONE`), one seen only briefly (`weak`: the five weak
    notes, instead)."""
    s = Small(path)
    for text in SEEN_WELL:
        s.ev(s.case(), ["QP8"], "strength", text)
    for text in weak or [*NOT_ALONE[:4], SEEN_ONCE]:
        s.ev(s.case(), ["QP8"], "development", text)
    s.judge("J18-4A", "requires-improvement", area="6")
    return s


def oversight_not_recorded(path: Path) -> Small:
    """Area 6: ten cases on management oversight on children's files (QPN4), five with
    none recorded (`NO_OVERSIGHT`) and five with it (`OVERSIGHT_WELL`)."""
    s = Small(path)
    for text in OVERSIGHT_WELL:
        s.ev(s.case(), ["QPN4"], "strength", text)
    for text in NO_OVERSIGHT:
        s.ev(s.case(), ["QPN4"], "development", text)
    s.judge("J18-4A", "requires-improvement", area="6")
    return s


# Direct work (QP5) done well, each note saying what was done and what it gave the child.
DIRECT_WORK = [
    "The FCA used a three houses exercise with the girl, which showed that she worried most "
    "about her father's drinking.",
    "Direct work used a feelings chart and a walk to the shops, and the boy then talked "
    "about missing his sister.",
    "The guardian used drawings with the twins, and the court heard that both wanted to "
    "stay at their school.",
    "The guardian's direct work with the teenager used a timeline of her moves, which she "
    "asked to keep.",
    "Sentence-completion cards helped the boy say that he wanted more time with his grandparents.",
    "The FCA used a wishes and feelings booklet with the girl over two visits, and she "
    "chose what went in it.",
]


def national_from_one_area(path: Path) -> Small:
    """A national sample: six private law cases on direct work (QP5), all strengths, in
    Area 7 (not visited); Area 6 is visited and has no case on it."""
    s = Small(path, areas=[("6", "Wessex", True), ("7", "Fenland", False)])
    for text in DIRECT_WORK:
        s.ev(s.case(area="7"), ["QP5"], "strength", text)
    s.judge("J18-1", "good")
    return s


# A strength on listening to children (QP9), with what the child said recorded in the
# child's-words field: by an inspector who watched a session, by a practitioner telling
# inspectors what the child had said, and by the child.
OBSERVED_WORDS = (
    "OBS_PRACTICE",
    "Observed the FCA's session at school: the guardian listened to the boy and wrote down "
    "what he wanted the judge to know.",
    "I want to keep going to my football club on Saturdays",
)
PRACTITIONER_WORDS = (
    "INT_PRACTITIONER",
    "The guardian told inspectors that she listened to the girl over three visits and "
    "checked that the report said what the girl wanted.",
    "I want the judge to know I like living with Nan",
)
OWN_WORDS = (
    "INT_CHILD",
    "Spoke with the girl, with consent: she said her guardian listened to her and told the "
    "judge what she wanted.",
    "She listened to me and told the judge what I wanted",
)


def observed_child(path: Path, with_own: bool = True) -> Small:
    """Area 6: seven cases on listening to children (QP9), all strengths, one with a
    child's words on an observation, one on a practitioner's account and (`with_own`)
    one from an interview with the child."""
    s = Small(path)
    quoted = [OBSERVED_WORDS, PRACTITIONER_WORDS] + ([OWN_WORDS] if with_own else [])
    for source, text, words in quoted:
        s.ev(s.case(age="10-13"), ["QP9"], "strength", text, source=source, child_words=words)
    for k in range(7 - len(quoted)):
        s.ev(s.case(age="10-13"), ["QP9"], "strength",
             f"The FCA listened carefully to the child on {k + 2} visits and the report says "
             "what the child wanted and why.")  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    return s


# Notes on direct work whose first sentence only says the work was good.
RESTATING = [
    "Direct work with the child was of a good standard and was effective.",
    "The direct work the practitioner did with the child was good and effective throughout.",
    "Practitioners' direct work with the child was effective and of a good standard.",
]


def restating_examples(path: Path) -> Small:
    """Area 6: six cases on direct work (QP5), all strengths: three notes that only say
    the work was good (`RESTATING`), in the first cases by reference, then three saying
    what was done and what it gave the child (`DIRECT_WORK`)."""
    s = Small(path)
    for text in [*RESTATING, *DIRECT_WORK[:3]]:
        s.ev(s.case(), ["QP5"], "strength", text)
    s.judge("J18-4A", "good", area="6")
    return s
