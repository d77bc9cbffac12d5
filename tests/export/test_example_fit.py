"""An example illustrates the sentence it follows (issue 15): same criterion, same side,
text about what the sentence claims, a case of the sentence's law type; where nothing
fits, no example.  A stakeholder's view is said as theirs, by role.

Tested on a small inspection written here by hand, with decoys placed where the old
choice would have taken them (their cases are the first by reference): a note tagged
with the claim's criterion and a neighbouring one but about the neighbour, judges'
comments about something else, and notes of the opposite polarity."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.draft.fitting import frames
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

STAKEHOLDERS = {"INT_JUDICIARY", "INT_LA", "INT_PARTNER", "INT_PARENT_CARER", "SURVEY_USER"}
# The roles a stakeholder is said by (`drafting.toml` [[speakers]]), written out here.
ROLES = (
    "one judge", "one magistrate", "the designated family judge",
    "an independent reviewing officer", "a local authority social worker",
    "one local authority manager", "one local authority representative",
    "a representative of a partner agency", "one carer", "one parent or carer", "one parent",
    "one response to the survey of children and families",
    "feedback from the survey of children and families",
)  # fmt: skip


def _attributed() -> re.Pattern[str]:
    """A sentence that says a view as a stakeholder's, by role: one of the frames of
    `voices.toml` with a role and a clause that is not a new sentence."""
    who = "|".join(map(re.escape, ROLES))
    cap = "|".join(re.escape(r[0].upper() + r[1:]) for r in ROLES)
    forms = []
    for frame in (*frames().view, *frames().survey_view):
        pattern = re.escape(frame)
        pattern = pattern.replace(re.escape("{Who}"), f"(?:{cap})")
        pattern = pattern.replace(re.escape("{who}"), f"(?:{who})")
        forms.append(pattern.replace(re.escape("{clause}"), r"(?:[a-z]|[A-Z]{2}|Cafcass\b)"))
    return re.compile("^(?:" + "|".join(forms) + ")")


ATTRIBUTED = _attributed()

DIRECT_WORK = [
    "The guardian used a three houses tool to help the boy talk about each home at his own pace.",
    "The practitioner planned direct work around the girl's interest in drawing and let her set "
    "the pace.",
    "Direct work tools were suited to the young person's age and helped him talk about his "
    "worries.",
    "The FCA adapted the direct work to the girl's autism and used pictures to help her talk.",
]
WEAK_ANALYSIS = [
    "The report described the family's history at length but did not analyse its impact on the "
    "child.",
    "The recommendation did not follow from the analysis, and the options were not weighed.",
    "The report listed events in order without an analysis of the risks each option presented.",
]
PERFORMANCE = (
    "The monthly performance report shows leaders which teams have weaker practice, and "
    "improvement work is targeted at those teams."
)


class Decoys:
    """A hand-written area: strong direct work (QP5), weak analysis (QP7), and leaders'
    use of performance information (LG3), each with decoys."""

    def __init__(self, path: Path, genuine: bool = True) -> None:
        s = self.s = Small(path)
        self.decoys: set[str] = set()
        self.genuine: dict[str, tuple[str, str]] = {}  # id -> (criterion, polarity)
        # Decoy cases first: the old choice took the first case by reference.
        for k in range(2):
            case = s.case()
            self._good(case, "QP5", DIRECT_WORK[k], genuine)
            self._good(case, "QP5", DIRECT_WORK[k + 2], genuine)
            # Tagged with direct work and timeliness, about timeliness.
            self._decoy(case, ["QP5", "QP1"], "strength",
                        "The report was filed on the date set by the court and the case moved "
                        "forward without delay.")  # fmt: skip
            # A judge's comment on the case, about timeliness, tagged with direct work.
            self._decoy(case, ["QP5"], "strength",
                        "The judge said the report was filed on time and was easy to read.",
                        "INT_JUDICIARY")  # fmt: skip
            # The opposite polarity, on the claim's criterion and topic.
            self._decoy(case, ["QP5"], "development",
                        "Direct work with the boy was limited to one short visit and was not "
                        "adapted to his age.")  # fmt: skip
        for k in range(4):
            case = s.case()
            self._good(case, "QP5", DIRECT_WORK[k], genuine, variant=k)
        for k in range(3):
            case = s.case()
            self._good(case, "QP7", WEAK_ANALYSIS[k], genuine, polarity="development")
            self._good(case, "QP7", WEAK_ANALYSIS[(k + 1) % 3], genuine, "development", k)
            self._decoy(case, ["QP7"], "strength",
                        "The report's analysis weighed each option and its recommendation "
                        "followed clearly from it.")  # fmt: skip
            self._decoy(case, ["QP7"], "development",
                        "The judge said the report was filed two days after the date set.",
                        "INT_JUDICIARY")  # fmt: skip
        # A weak case with no note the other way: a case whose own notes disagree on the
        # criterion (the three above) never illustrates it.
        self._good(s.case(), "QP7", WEAK_ANALYSIS[0], genuine, "development", 3)
        case = s.case()
        self._good(case, "QP7", "The report weighed each option for the child against the risks "
                   "and explained its recommendation.", genuine, "strength")  # fmt: skip
        for k in range(3):
            i = s.about_area("6", ["LG3"], "strength",
                             f"The judge said that reports in this area are always filed on "
                             f"time ({k + 1}).", "INT_JUDICIARY")  # fmt: skip
            self.decoys.add(i)
        if genuine:
            i = s.about_area("6", ["LG3"], "strength", PERFORMANCE, "PERF_DATA")
            self.genuine[i] = ("LG3", "strength")
        s.judge("J18-4A", "good", area="6")

    def _good(
        self, case: str, crit: str, text: str, genuine: bool, polarity: str = "strength",
        variant: int = -1,
    ) -> None:  # fmt: skip
        if variant >= 0:
            text = text.replace(
                ".", f" at the {['first', 'second', 'third', 'fourth'][variant]} visit."
            )
        if genuine:
            self.genuine[self.s.ev(case, [crit], polarity, text)] = (crit, polarity)
        else:  # the same side of the tally, in words that illustrate nothing
            self.s.ev(case, [crit], polarity, "Case discussion with the guardian.")

    def _decoy(
        self, case: str, crits: list[str], polarity: str, text: str, source: str = "CASE_FILE"
    ) -> None:
        self.decoys.add(self.s.ev(case, crits, polarity, text, source=source))


def _sentences(report: ReportModel) -> list[Sentence]:
    return [s for p in report.paragraphs() for s in p.sentences]


def _examples_after_claims(report: ReportModel) -> list[tuple[Sentence, Sentence]]:
    """Each example with the claim it follows (impact sentences in between skipped)."""
    out = []
    for p in report.paragraphs():
        claim: Sentence | None = None
        for s in p.sentences:
            if s.role == "claim":
                claim = s
            elif s.role == "example":
                assert claim is not None, s.text
                out.append((claim, s))
    return out


@pytest.mark.parametrize("scope", ["area", "report"])
def test_no_decoy_is_chosen_and_each_example_fits_its_claim(tmp_path: Path, scope: str) -> None:
    fx = Decoys(tmp_path / "decoys.db")
    data = load(fx.s.store)
    report = draft_area(data, "6") if scope == "area" else draft_report(data)
    fx.s.close()
    pairs = _examples_after_claims(report)
    chosen = {i for _c, ex in pairs for i in ex.evidence_ids}
    assert chosen.isdisjoint(fx.decoys), [ex.text for _c, ex in pairs]
    for claim, ex in pairs:
        (rid,) = ex.evidence_ids
        crit, polarity = fx.genuine[rid]
        assert claim.criteria == [crit], (claim.text, ex.text)
        side = {"for": "strength", "against": "development"}
        assert claim.direction in side, claim.text
        assert side[claim.direction] == polarity, (claim.text, ex.text)
    # The genuine examples are found: direct work, weak analysis, performance information.
    illustrated = {fx.genuine[i][0] for i in chosen}
    assert {"QP5", "QP7"} <= illustrated
    if scope == "area":
        # Three of LG3's four notes are judges on filing times, so its sentence is about
        # the timeliness of the work (`subjects`), which the note on leaders' use of the
        # performance report does not illustrate (`subjects.illustrates`): no example.
        [lg3] = [s for s in _sentences(report) if s.role == "claim" and s.criteria == ["LG3"]]
        assert "timeliness" in lg3.text, lg3.text
        assert "LG3" not in illustrated, lg3.text


def test_with_only_decoys_there_is_no_example(tmp_path: Path) -> None:
    """The same tallies, with notes that illustrate nothing in place of the genuine
    ones: the claims are drafted, and no decoy takes an example's place."""
    fx = Decoys(tmp_path / "only.db", genuine=False)
    data = load(fx.s.store)
    area, report = draft_area(data, "6"), draft_report(data)
    fx.s.close()
    for model in (area, report):
        claims = {c for s in _sentences(model) if s.role == "claim" for c in s.criteria}
        assert {"QP5", "QP7"} <= claims
        examples = [s for s in _sentences(model) if s.role == "example"]
        assert examples == [], [s.text for s in examples]


# Stakeholders' views, attributed ---------------------------------------------------------

VIEWS = [
    (
        "INT_JUDICIARY",
        "The judge said that the guardian's analysis weighs each option and the "
        "recommendation follows clearly from it.",
    ),
    (
        "INT_LA",
        "The IRO said the guardian's analysis of the options was clear and the "
        "recommendation followed from it.",
    ),
    (
        "INT_PARENT_CARER",
        "The mother said the report explained each option and why the recommendation was made.",
    ),
    ("SURVEY_USER", "The report's analysis explained each option and the recommendation clearly."),
]


@pytest.mark.parametrize(("source", "text"), VIEWS)
def test_a_stakeholder_s_view_is_attributed_by_role(tmp_path: Path, source: str, text: str) -> None:
    s = Small(tmp_path / "view.db")
    ids = []
    for k in range(6):
        case = s.case(law="PUBLIC" if source == "INT_LA" else "PRIVATE")  # an IRO: public law
        s.grade(case, "QP7", "good")  # the claim rests on the inspectors' grading, never on a view
        ids.append(s.ev(case, ["QP7"], "strength", text.replace(".", f" (hearing {k + 1}).", 1)
                        if k else text, source=source))  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    data = load(s.store)
    model = draft_area(data, "6")
    s.close()
    examples = [x for x in _sentences(model) if x.role == "example"]
    assert len(examples) == 1, [x.text for x in _sentences(model)]
    (ex,) = examples
    assert ex.evidence_ids[0] in ids
    assert ATTRIBUTED.match(ex.text), ex.text
    assert not re.search(r"\b(?:judge|IRO|mother) said\b", ex.text), ex.text
    assert "the recommendation" in ex.text


def test_the_inspectors_own_evidence_comes_before_a_stakeholder_s_view(tmp_path: Path) -> None:
    s = Small(tmp_path / "both.db")
    own = []
    for k in range(6):
        case = s.case()
        s.ev(case, ["QP7"], "strength", VIEWS[0][1], source="INT_JUDICIARY")
        # Two cases of the inspectors' own: a side resting on one case has no example
        # (it would say again what the sentence says of that case).
        if k >= 4:
            own.append(s.ev(case, ["QP7"], "strength",
                            "The report weighed each option for the child against the risks "
                            f"and explained its recommendation{' clearly' if k == 4 else ''}."))  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    model = draft_area(load(s.store), "6")
    s.close()
    (ex,) = [x for x in _sentences(model) if x.role == "example"]
    assert ex.evidence_ids[0] in own


def test_every_example_from_a_stakeholder_in_the_hand_written_inspections_is_attributed(
    handwritten_reports: dict[str, ReportModel],
) -> None:
    report = handwritten_reports["handwritten"]  # drafted once per run (tests/export/conftest.py)
    for x in _sentences(report):
        if x.role == "example" and set(x.sources) & STAKEHOLDERS:
            assert ATTRIBUTED.match(x.text), x.text
