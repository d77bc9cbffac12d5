"""Issue 15, kf22 (kf21's leftovers on the figures a leaders' section states), on a
hand-written inspection under the 2018 framework (`kf22_inspection`):

- after a balanced claim about the service, a figure its notes hold on one side is said
  with it, as after a claim stated one way (complaints two each way, one saying they
  have trebled);
- a list of figures is said one figure at a time, never a verbless one with the rest;
- a development note whose other clause is positive makes no weakness of that clause;
- a figure a note writes in shorthand, its "are" left out ("Audits completed on time in
  94% of teams"), is said with the verb put back, never left out for want of one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import Section, Sentence
from store.store import Store
from tests.export import kf22_inspection as insp


@pytest.fixture(scope="module")
def leaders(tmp_path_factory: pytest.TempPathFactory) -> list[Sentence]:
    path: Path = tmp_path_factory.mktemp("kf22f") / "mixed.db"
    insp.build(path).close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    sec: Section = next(s for s in report.sections if "national organisation" in s.heading)
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def _after(said: list[Sentence], criterion: str) -> list[Sentence]:
    """The sentences after the section's claim on `criterion`, up to the next claim."""
    k = next(k for k, x in enumerate(said) if x.role == "claim" and criterion in x.criteria)
    out = []
    for x in said[k + 1 :]:
        if x.role in ("claim", "views", "placeholder", "marker", "headline"):
            break
        out.append(x)
    return out


def test_a_balanced_claims_figure_is_said_with_it(leaders: list[Sentence]) -> None:
    claim = next(x for x in leaders if x.role == "claim" and "LG6" in x.criteria)
    assert claim.direction == "balanced", claim.text
    after = _after(leaders, "LG6")
    figures = [x for x in after if "trebled" in x.text]
    assert len(figures) == 1, [x.text for x in leaders]
    figure = figures[0]
    assert (
        figure.text
        == "Complaints from fathers about contact arrangements have trebled over the year."
    )
    assert figure.direction == "against" and figure.criteria == ["LG6"], figure


def test_a_shorthand_figure_is_said_with_its_verb(leaders: list[Sentence]) -> None:
    after = _after(leaders, "LG7")
    texts = [x.text for x in after]
    assert "Audits are completed on time in 94% of teams." in texts, [x.text for x in leaders]
    assert not any("Audits completed" in t for t in texts), texts


def test_a_list_of_figures_is_said_one_figure_at_a_time(leaders: list[Sentence]) -> None:
    """A staff survey note lists its figures with commas, the first without a verb
    ("90% proud to work for the service, 84% can name the service's priorities, ..."):
    the figure said after the priorities' claim is the one about priorities, alone."""
    after = [x.text for x in _after(leaders, "LG1")]
    assert (
        "In the staff survey, 84% of staff said they can name the service's priorities." in after
    ), after
    assert not any("proud" in t for t in after), after


def test_a_positive_clause_makes_no_weakness_of_its_own(leaders: list[Sentence]) -> None:
    """The staff survey note filed under workforce planning and the culture says caseloads
    are too high, and, in its other clause, that team managers are approachable: its
    weakness is workloads, which the workforce planning claim says.  The culture's
    claim is not said again as a weakness in the support and challenge staff receive."""
    lg8 = [x for x in leaders if x.role == "claim" and x.criteria == ["LG8"]]
    assert lg8 and lg8[0].direction == "against", [x.text for x in leaders]
    lg5 = [x for x in leaders if x.role == "claim" and "LG5" in x.criteria]
    assert not lg5, [x.text for x in lg5]
    assert not any("support and challenge" in x.text for x in leaders), [x.text for x in leaders]
