"""What a stakeholder's view is drafted about, where one note names more than one thing
(issue 15; voice22), on notes written for this test and on the hand-written
`tests/export/voice22_inspection`.

- A view naming two subjects counts for both (tester 20's master: a judge's "reports are
  of good quality and arrive on time" was counted for timeliness only, and the key
  finding then said judges were "criticising the quality of reports").
- A case a note tells of ("about a baby on a child protection plan") is not what the view
  is about, and a board named as where something is raised ("at the local family justice
  board") is not what a view of the service's leaders is about: voice21's two known
  misreadings, read by a general rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.draft.regard import fitted, read, said_of
from exporters.model import ReportModel, Sentence
from tests.export import voice22_inspection as v22

JUDGES = ["judges", "magistrates"]
PARTNERS = ["partner agencies"]
COUNCIL = ["local authority staff"]


def _said(text: str, polarity: str, groups: list[str]) -> list[str]:
    """The subjects a note's view is drafted under, as `viewgroup.weigh` says them."""
    about = read(text, polarity, "", tuple(groups)).about
    return said_of(groups, fitted(list(about), groups, text))


@pytest.mark.parametrize(
    ("text", "polarity", "groups", "about"),
    [
        # Two things praised, "and" between them: both.
        ("District judge: the section 7 reports are well reasoned and always arrive on time.",
         "strength", JUDGES, ["the quality of reports", "the timeliness of reports"]),
        ("Magistrates: position statements are clear and concise and always filed on time.",
         "strength", JUDGES, ["the quality of reports", "the timeliness of reports"]),
        ("Legal adviser: the safeguarding letters are of a high standard and are filed on "
         "time.", "strength", JUDGES, ["the quality of reports", "the timeliness of reports"]),
        # Two things criticised.
        ("Recorder: the addendum reports are late and the analysis in them is poor.",
         "development", JUDGES, ["the timeliness of reports", "the quality of reports"]),
    ],
)  # fmt: skip
def test_a_view_naming_two_things_counts_for_both(
    text: str, polarity: str, groups: list[str], about: list[str]
) -> None:
    assert sorted(_said(text, polarity, groups)) == sorted(about), text


@pytest.mark.parametrize(
    ("text", "groups", "about"),
    [
        # The call is what is praised; the case it was about is not ("a child protection
        # plan" names the risk the case carried).
        ("Midwife said the FCA phoned back quickly about a newborn subject to a child "
         "protection plan.", PARTNERS, "how quickly practitioners respond"),
        ("Health visitor said the guardian answered the same afternoon about a baby on a "
         "child protection plan.", PARTNERS, "how quickly practitioners respond"),
        # Leaders praised for what they do with what is raised at a board: the leaders.
        ("Designated family judge said the service's senior leaders listen and follow up "
         "whatever is raised at the local family justice board.", JUDGES,
         "the service's leaders"),
        # A member's part in the board, named before it: still the board.
        ("Council director: the service's attendance at the family justice board has been "
         "patchy this year.", COUNCIL,
         "the service's part in the local family justice board"),
    ],
)  # fmt: skip
def test_a_case_or_a_place_named_is_not_what_the_view_is_about(
    text: str, groups: list[str], about: str
) -> None:
    polarity = "development" if "patchy" in text else "strength"
    assert _said(text, polarity, groups)[:1] == [about], text


def test_one_thing_said_in_two_parts_stays_one() -> None:
    """Parts joined by "and" that name the same thing say one view of it ("late and
    poorly argued"; a delay said twice), never two."""
    assert _said("Recorder: reports are late and poorly argued.", "development", JUDGES) == [
        "the timeliness of reports"
    ]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = v22.build(tmp_path_factory.mktemp("voice22") / "views.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def _views(report: ReportModel) -> list[tuple[str, Sentence]]:
    return [(sec.heading, s) for sec in report.sections
            for p in (*sec.intro, *sec.paragraphs) for s in p.sentences if s.role == "views"]  # fmt: skip


# A clause saying the quality of reports was criticised.
CRITICISED_QUALITY = re.compile(
    r"(?:criticis\w*|concerns? about|shortcomings in|found fault with|critical of) "
    r"(?:the (?:[a-z]+, )*(?:[a-z]+ and )?)?quality",
)


def test_the_judges_praise_of_both_is_said_and_never_reversed(report: ReportModel) -> None:
    """Ashcombe's judges praised how good the reports are three times and criticised it
    once: the area's views sentence praises it, and no sentence of the report says the
    quality of reports was criticised."""
    views = _views(report)
    area = [s.text for heading, s in views if "Ashcombe" in heading]
    assert len(area) == 1, views
    praised = re.split(r"\bbut\b|\bwhile\b|\bthough\b|\balthough\b", area[0])[0]
    assert "quality" in praised and "reports" in praised, area[0]
    wrong = [s.text for _h, s in views if CRITICISED_QUALITY.search(s.text)]
    assert not wrong, wrong


def test_only_what_is_held_both_ways_is_said_so(report: ReportModel) -> None:
    """Wrenfield's judges praised and criticised the timeliness of its reports, one each,
    and only praised how good they are: the area's sentence says the timeliness was held
    both ways, never the quality."""
    area = [s.text for heading, s in _views(report) if "Wrenfield" in heading]
    assert len(area) == 1, area
    both = re.search(r"praised and criticised ([^,;.]*)|as much praise as criticism of ([^,;.]*)",
                     area[0])  # fmt: skip
    assert both is not None, area[0]
    held = both.group(1) or both.group(2)
    assert "timeliness" in held and "quality" not in held, area[0]


@pytest.mark.parametrize(
    ("text", "polarity", "about"),
    [
        # Tester 22's A3 (in notes of my own): the words before "but said" are a view, not
        # who spoke, so the praise of the reports' quality counts.
        ("Judge praised the analysis in reports but said filing is sometimes late.",
         "strength", "the quality of reports"),
        # A report's timescales are its timeliness, not its quality.
        ("One circuit judge said reporting timescales slipped over the winter.",
         "development", "the timeliness of reports"),
    ],
)  # fmt: skip
def test_a_view_before_but_said_is_no_speaker(text: str, polarity: str, about: str) -> None:
    assert _said(text, polarity, JUDGES)[:1] == [about], text
