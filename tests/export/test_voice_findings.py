"""Issue 15, independent readers' findings on the draft's voice, each on an inspection
written by hand (`tests/export/voice_small.py`, and small ones built in the tests):

- a hedged note (a plan not yet in effect, an effect too early to see) counts neither
  for nor against a criterion: a case whose only note on it is hedged has no view, and
  the comment says how many such notes there are; the draft finds them without reading
  every note's text;
- a sentence on what stakeholders told inspectors says what each group's records say:
  praise only as praise, criticism only as criticism, both with which is commoner;
- a survey is not one person's speech: its notes are said as feedback from it, or as one
  response to it where the note is about one response, its words quoted as one
  response's, never "one respondent said" nor "the survey spoke to inspectors";
- a note saying what several people said ("Magistrates said ...", "Parents told
  inspectors ...") is said as theirs, never as "one magistrate" or "one parent";
- the judgement of local services says only what the inspection holds: the sample of
  cases from across the country only where cases of it were read, and "one service
  area" for one;
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import voice_small
from tests.export.small import Small


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = voice_small.build(tmp_path_factory.mktemp("voice_small") / "v.db")
    from store.store import Store

    with Store.open(path) as store:
        return draft_report(load(store))


def _sentences(report: ReportModel, kind: str = "", jid: str = "") -> list[Sentence]:
    return [s for sec in report.sections
            if (not kind or sec.kind == kind) and (not jid or sec.judgement_id == jid)
            for p in (*sec.intro, *sec.paragraphs) for s in p.sentences]  # fmt: skip


def _local(report: ReportModel) -> str:
    return " ".join(s.text for s in _sentences(report, "judgement", "J18-4"))


# Hedged notes ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return voice_small.build(tmp_path_factory.mktemp("voice_db") / "v.db")


def test_a_case_with_only_a_hedged_note_has_no_view(db: Path) -> None:
    """T-003's only note on children's wishes and feelings is a tracker it is too early
    to judge: the case is neither for, against nor mixed; the other four Area 4 cases
    with a note on it (two for, two against) and the three noted cases are counted."""
    from store.store import Store

    with Store.open(db) as store:
        d = load(store)
    (hedged,) = d.hedged
    assert d.ref[hedged] == "T-003"
    k = d.case[hedged]
    assert k not in d.cases_for["QP3"] | d.cases_against["QP3"] | d.cases_mixed["QP3"]
    area = d.cases_in_area["4"]
    assert (len(d.cases_for["QP3"] & area), len(d.cases_against["QP3"] & area)) == (5, 2)


def test_hedged_notes_are_found_from_the_index_not_every_text(db: Path) -> None:
    """Every hedged strength note is found (checked here against every note's text), and
    the draft read the text of no more than the few notes holding a cue."""
    from exporters.draft.words import words
    from store.store import Store

    with Store.open(db) as store:
        d = load(store)
        every = store.evidence_texts()
    support = words().support
    truth = {i for i, rid in enumerate(d.ids)
             if d.polarity[i] == "strength" and support.hedged(every[rid].text)}  # fmt: skip
    assert d.hedged == truth
    strengths = sum(p == "strength" for p in d.polarity)
    assert len(d.hedge_candidates) <= 3 < strengths, [t.text for t in d.hedge_candidates]


def test_the_comment_says_a_note_is_too_early_to_tell(report: ReportModel) -> None:
    """Area 4's claim on children's wishes and feelings counts five cases for of seven
    with a view (not six of eight), and its comment says one note is too early to tell;
    no claim on it anywhere counts T-003."""
    area = next(s for s in report.sections if s.kind == "area" and s.area_code == "4")
    claims = [s for p in area.paragraphs for s in p.sentences
              if s.role == "claim" and s.criteria == ["QP3"]]  # fmt: skip
    assert claims
    assert claims[0].basis.startswith(
        "In 5 of 7 cases with a view on QP3; against in 2; 1 note says it is too early to tell"
    ), claims[0].basis
    on = [s for s in _sentences(report) if "QP3" in s.criteria and s.role == "claim"]
    assert not [s.text for s in on if "T-003" in s.case_refs]


# What the judgement of local services draws on ------------------------------------------


def test_no_national_sample_is_claimed_where_none_was_read(report: ReportModel) -> None:
    """Only the two visited areas' own cases were read: the sentence names the visits
    alone."""
    local = _local(report)
    assert "This judgement draws on visits to two service areas." in local, local
    assert "across the country" not in local


def _one_area(tmp_path: Path, national_case: bool) -> str:
    s = Small(tmp_path / "one.db", areas=[("4", "Northfield", True), ("9", "Westbay", False)])
    s.cases_noted("4", 3, weak=set())
    if national_case:
        from store.models import CaseFile

        cid = s.case("9")
        stored = s.store.case(cid)
        fields = {k: getattr(stored, k) for k in CaseFile.model_fields}
        s.store.put_case(CaseFile(**{**fields, "sample": "national"}), case_id=cid)
        s.ev(cid, ["QP3"], "strength", voice_small.PLAIN)
    for jid in ("J18-0", "J18-1", "J18-2", "J18-3", "J18-4"):
        s.judge(jid, "good")
    s.judge("J18-4A", "good", area="4")
    report = draft_report(load(s.store))
    s.close()
    return _local(report)


def test_one_area_visited_is_said_in_the_singular(tmp_path: Path) -> None:
    local = _one_area(tmp_path, national_case=False)
    assert "This judgement draws on visits to one service area." in local, local


def test_the_national_sample_is_named_where_its_cases_were_read(tmp_path: Path) -> None:
    local = _one_area(tmp_path, national_case=True)
    assert ("This judgement draws on the sample of cases from across the country and on "
            "visits to one service area.") in local, local  # fmt: skip


# What stakeholders said ----------------------------------------------------------------

PRAISE = re.compile(r"\b(?:positive(?:ly)?|praised?|praising|spoke well|speak highly|value|"
                    r"well regarded|confidence)\b", re.IGNORECASE)  # fmt: skip
CRITICISM = re.compile(r"\b(?:critical|criticised|concerns?|mixed)\b", re.IGNORECASE)


def _views(report: ReportModel) -> list[Sentence]:
    return [s for s in _sentences(report) if s.role == "views"]


def _clause_naming(text: str, group: str) -> str:
    """The clause of a views sentence that names `group`."""
    for clause in re.split(r";|, while |: ", text):
        if group in clause.lower():
            return clause
    raise AssertionError(f"{group!r} is not named in {text!r}")


def test_each_group_is_said_as_its_records_are(report: ReportModel) -> None:
    """Area 4: partner agencies' three notes all praise, judges' one praises and two
    criticise, local authority staff one of each.  Partner agencies are never said to
    have criticised anything; judges are said to be mostly critical; local authority
    staff to have said both equally."""
    (views,) = [s for s in _views(report) if "in Area 4" in s.text or "Area 4" in s.text]
    partners = _clause_naming(views.text, "partner agencies")
    assert PRAISE.search(partners) and not CRITICISM.search(partners), views.text
    judges = _clause_naming(views.text, "judges")
    assert re.search(r"mostly critical|more criticism than praise|more often than not found "
                     r"fault", judges), views.text  # fmt: skip
    la = _clause_naming(views.text, "local authority staff")
    assert re.search(r"equal measure|as much praise as criticism", la), views.text


@pytest.mark.parametrize("name", ["voice_small", "voice", "handwritten", "claims", "support",
                                  "heldout"])  # fmt: skip
def test_no_views_sentence_invents_balance(
    handwritten_reports: dict[str, ReportModel], report: ReportModel, name: str
) -> None:
    """On every hand-written inspection: where every group's records praise, the
    sentence says no criticism; where every one criticises, no praise; where a group
    has both, the sentence says which is commoner, or that they are equal."""
    reports = {**handwritten_reports, "voice_small": report}
    for s in _views(reports[name]):
        counts = [
            (int(a), int(b))
            for a, b in re.findall(r"(\d+) strength and (\d+) development records", s.basis)
        ]
        if all(b == 0 for _a, b in counts):
            assert not CRITICISM.search(s.text), (s.text, s.basis)
        if all(a == 0 for a, _b in counts):
            assert not PRAISE.search(s.text), (s.text, s.basis)
        if any(a and b for a, b in counts):
            assert re.search(r"mostly|most of|much of|more|less|equal|as much|evenly",
                             s.text), (s.text, s.basis)  # fmt: skip


# The survey ------------------------------------------------------------------------------

AS_A_PERSON = re.compile(
    r"\b(?:one|a) respondents?\b|\bsurvey\b[^.;]*\b(?:spoke|told inspectors|gave inspectors "
    r"a positive view|raised a concern with inspectors)\b",
    re.IGNORECASE,
)


def _survey_sentences(report: ReportModel) -> list[Sentence]:
    return [s for s in _sentences(report) if "SURVEY_USER" in s.sources]


@pytest.mark.parametrize("name", ["voice_small", "voice", "handwritten", "claims", "support",
                                  "heldout"])  # fmt: skip
def test_no_survey_is_said_as_one_person_s_speech(
    handwritten_reports: dict[str, ReportModel], report: ReportModel, name: str
) -> None:
    reports = {**handwritten_reports, "voice_small": report}
    said = [s.text for s in _sentences(reports[name]) if AS_A_PERSON.search(s.text)]
    assert not said, said


def test_one_response_is_said_as_one_response_and_once(report: ReportModel) -> None:
    """Area 4's one survey note is about one mother's response: it is said as one
    response to the survey, and who wrote it is not said a second time inside it
    ("One respondent ... said that one mother wrote in the survey that ...")."""
    area = next(s for s in report.sections if s.kind == "area" and s.area_code == "4")
    said = [s.text for s in _survey_sentences(report) if s in
            [x for p in area.paragraphs for x in p.sentences]]  # fmt: skip
    assert said, "the survey note is not said"
    for text in said:
        assert "one response to the survey of children and families" in text.lower(), text
        assert not re.search(r"\bwrote\b|\bone mother\b", text), text


def test_words_from_the_survey_are_quoted_as_one_response_s(report: ReportModel) -> None:
    quotes = [s.text for s in _survey_sentences(report) if s.quote]
    assert quotes
    for text in quotes:
        assert re.match(r"One response to the survey of children and families (?:read|said): ‘",
                        text), text  # fmt: skip


# One person or several -------------------------------------------------------------------

SEVERAL = [
    ("INT_PARENT_CARER", "Parents said the report explained each option and why the "
     "recommendation was made.", "parents"),
    ("INT_JUDICIARY", "Magistrates said that the analysis in reports weighs each option and the "
     "recommendation follows clearly from it.", "magistrates"),
    ("INT_JUDICIARY", "Judges told inspectors that the analysis weighs each option for the child "
     "and the recommendation follows from it.", "judges"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "who"), SEVERAL)
def test_several_people_are_not_said_as_one(
    tmp_path: Path, source: str, text: str, who: str
) -> None:
    """A note saying what several people said ("Parents told inspectors that ...") is
    said as theirs, not as "one parent" or "one magistrate"."""
    s = Small(tmp_path / "several.db")
    for k in range(6):
        case = s.case()
        s.grade(case, "QP7", "good")
        s.ev(case, ["QP7"], "strength", text.replace(".", f" (hearing {k + 1}).", 1) if k else text,
             source=source)  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    model = draft_area(load(s.store), "6")
    s.close()
    said = [x.text for p in model.paragraphs() for x in p.sentences if source in x.sources]
    assert said, "the view is not said"
    for line in said:
        assert not re.search(rf"\b(?:one|a|an) {who[:-1]}\b", line, re.IGNORECASE), line
        assert re.search(rf"\b{who}\b", line, re.IGNORECASE), line
