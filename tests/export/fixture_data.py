"""A small, fixed inspection for the export tests.

The golden tests need data that does not change when the demo generator does, so this
module builds its own: two visited areas and one not visited, 24 cases, evidence with
realistic inspector notes, the child's own words, stakeholder quotes, gradings and
judgements.  Nothing here names a real person; the protected names are invented.
"""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
from pathlib import Path

from store.framework import load_framework
from store.models import (
    Area,
    CaseFile,
    Evidence,
    Grading,
    InspectionInfo,
    Inspector,
    Judgement,
    ProtectedName,
)
from store.store import Store

CASE_STRENGTHS: list[tuple[list[str], str, str]] = [
    (
        ["QP7"],
        "CASE_FILE",
        "The section 7 report analysed the impact of the parents' conflict on the child and made a clear recommendation.",
    ),
    (
        ["QP8", "QP5"],
        "CASE_FILE",
        "The FCA saw the child alone at school and used drawings to help her talk about home.",
    ),
    (
        ["QP3"],
        "CASE_FILE",
        "The report set out the child's wishes clearly and explained them in the light of his age.",
    ),
    (["QP1"], "CASE_FILE", "Work was allocated within two days and the report was filed on time."),
    (
        ["QP2", "SW1"],
        "CASE_FILE",
        "Safeguarding checks were completed promptly and risks were clearly identified in the safeguarding letter.",
    ),
    (
        ["QPN4"],
        "CASE_DISCUSSION",
        "The manager's oversight was recorded on the file and gave clear direction about the next steps.",
    ),
    (["QP11"], "CASE_FILE", "Case recording was up to date and showed the purpose of each visit."),
    (
        ["QP6"],
        "CASE_DISCUSSION",
        "The case plan was updated after the hearing and set clear timescales.",
    ),
]
CASE_WEAKNESSES: list[tuple[list[str], str, str]] = [
    (
        ["QP11"],
        "CASE_FILE",
        "Contact logs were several weeks behind and the case plan had not been updated after the hearing.",
    ),
    (
        ["QPN4"],
        "CASE_FILE",
        "There was no evidence of management oversight when the risk to the child increased.",
    ),
    (["QP8"], "CASE_FILE", "The reason for not seeing the child alone was not recorded."),
]
AREA_EVIDENCE: list[tuple[list[str], str, str, str]] = [
    (
        ["LG4"],
        "INT_MANAGER",
        "strength",
        "The head of practice reviews audit findings with managers every month and follows up actions.",
    ),
    (
        ["LG3"],
        "PERF_DATA",
        "strength",
        "Performance information shows that nearly all safeguarding letters are filed on time.",
    ),
    (
        ["LGN4"],
        "INT_JUDICIARY",
        "strength",
        "The designated family judge described the service as 'reliable, child-focused and quick to respond' in every case.",
    ),
    (
        ["LGN4"],
        "INT_LA",
        "strength",
        "Local authority managers value the joint work on pre-proceedings cases.",
    ),
    (
        ["LG2"],
        "OBS_COURT",
        "strength",
        "The guardian gave clear oral evidence that kept the child's experience at the centre of the hearing.",
    ),
    (
        ["LG5"],
        "SURVEY_STAFF",
        "strength",
        "Staff who responded to the survey said that managers are approachable and that they feel supported.",
    ),
    (
        ["LG8"],
        "INT_PRACTITIONER",
        "strength",
        "Newly qualified staff receive a structured induction with protected caseloads.",
    ),
    (
        ["QPN4", "LG5"],
        "PLR",
        "strength",
        "Performance and learning reviews are reflective and set clear actions for practitioners.",
    ),
    (
        ["LG8"],
        "SURVEY_STAFF",
        "development",
        "Some practitioners said that workloads have been high for several months.",
    ),
]
CHILD_WORDS = [
    "She listened to me and wrote down what I said",
    "I liked that I could draw instead of talking",
]


# Where planted child's words go: on direct work, which area 6 states as a strength (a
# child is quoted only after a strength on the criterion their words are about).
_PLANTED_CRITERIA = ["QP5"]
_PLANTED_SAID = (
    "The child told inspectors that the FCA used drawings and "
    "games to help her talk about each home at her own pace."
)


def build(path: Path, *, plant: dict[str, str] | None = None) -> Path:
    """Write the fixture inspection to `path`; `plant` adds identifying text to evidence.

    `plant` maps a field ('text', 'child_words', 'rationale') to text put into area 6:
    the child's words quoted in its practice paragraph, its judgement rationale (drafted
    into the leadership paragraph), or an extra evidence note (which the draft may or
    may not use), so a test can see it stop the export.

    Without planted child's words this is a copy of the inspection written once per
    process, with the plant written last, as `_write` writes it: the same data as a
    fresh build but for its ids and times (dozens of tests each build one).  Planted
    child's words replace, by an edit of the same records, the two quotes `_write`
    plants in area 6 while it writes the cases (`_plant_words`).
    """
    shutil.copy2(_template(), path)
    if plant:
        with Store.open(path) as store:
            if "child_words" in plant:
                _plant_words(store, plant["child_words"])
            _plant_last(store, store.case_by_ref("C-001").id, plant)
    return path


_TEMPLATE: list[Path] = []


def _template() -> Path:
    """The inspection without a plant, written once per process into a private folder
    removed when the process ends."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="fixture-data-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _TEMPLATE.append(_write(folder / "fixture.db", None))
    return _TEMPLATE[0]


def _plant_words(store: Store, words: str) -> None:
    """Area 6's two children's quotes edited into what `_write` writes there when it
    plants `words` (same records, same order; the text and criteria as `_write` has them)."""
    for ref in ("C-001", "C-006"):  # area 6's cases 0 and 5, which carry a child's quote
        (quote,) = [e for e in store.evidence_for_case(store.case_by_ref(ref).id)
                    if e.source == "INT_CHILD"]  # fmt: skip
        store.put_evidence(Evidence(case_id=quote.case_id, criteria=_PLANTED_CRITERIA,
                                    source="INT_CHILD", polarity="strength", text=_PLANTED_SAID,
                                    child_words=words), evidence_id=quote.id)  # fmt: skip


def _plant_last(store: Store, case_id: str, plant: dict[str, str]) -> None:
    """The plants written after everything else: an extra note on `case_id` (area 6's
    first case) and area 6's leadership rationale."""
    if "text" in plant:
        store.put_evidence(Evidence(case_id=case_id, criteria=["QP7"], source="CASE_FILE",
                                    polarity="strength", text=plant["text"]))  # fmt: skip
    if "rationale" in plant:
        store.set_judgement(Judgement(judgement_id="J18-4A", area_code="6", grade="outstanding",
                                      rationale=plant["rationale"]))  # fmt: skip


def _write(path: Path, plant: dict[str, str] | None) -> Path:
    """Write the whole inspection to `path`, `plant` included (see `build`)."""
    rnd = random.Random(5)
    store = Store.create(
        path, load_framework("cafcass-2018"), title="Inspection of Cafcass as a national organisation",
        lead="Ruth Okafor", start_date="2026-02-02", end_date="2026-02-27",
    )  # fmt: skip
    try:
        info = store.inspection()
        store.update_inspection(
            InspectionInfo(
                title=info.title, framework_id=info.framework_id, start_date=info.start_date,
                end_date=info.end_date,
                organisation_note="Cafcass represents children in family court cases in England.\n\n"
                "Cafcass works in 17 service areas.",
            )
        )  # fmt: skip
        for name, initials, role in [
            ("Tom Ashworth", "TA", "deputy-lead"),
            ("Priya Nair", "PN", "team-inspector"),
            ("Sam Hollis", "SH", "data-analyst"),
        ]:
            store.put_inspector(Inspector(name=name, initials=initials, role=role))  # type: ignore[arg-type]
        store.put_area(Area(code="6", name="Hampshire, Isle of Wight and Dorset", visited=True))
        store.put_area(
            Area(code="13", name="Coventry, Warwickshire and Northamptonshire", visited=True)
        )
        store.put_area(Area(code="2", name="Cumbria and Lancashire", visited=False))
        case_ids: dict[str, list[str]] = {"6": [], "13": [], "2": []}
        n = 0
        for code, count in (("6", 10), ("13", 10), ("2", 4)):
            for i in range(count):
                n += 1
                law = "PRIVATE" if i % 3 else "PUBLIC"
                ctype = "S7" if law == "PRIVATE" else "S31"
                cid = store.put_case(
                    CaseFile(
                        ref=f"C-{n:03d}",
                        area_code=code,
                        law_type=law,
                        case_type=ctype,
                        stage="FINAL",
                        status="complete",
                        age_band="10-13",
                    )  # fmt: skip
                )
                case_ids[code].append(cid)
        for code, ids in case_ids.items():
            for k, cid in enumerate(ids):
                picks = rnd.sample(CASE_STRENGTHS, 4)
                for crits, source, text in picks:
                    store.put_evidence(Evidence(case_id=cid, criteria=crits, source=source,
                                                polarity="strength", text=text))  # fmt: skip
                    store.set_grading(Grading(case_id=cid, criterion_id=crits[0], grade="good"))
                if k % 4 == 1:
                    crits, source, text = CASE_WEAKNESSES[k % len(CASE_WEAKNESSES)]
                    store.put_evidence(Evidence(case_id=cid, criteria=crits, source=source,
                                                polarity="development", text=text))  # fmt: skip
                    store.set_grading(Grading(case_id=cid, criterion_id=crits[0],
                                              grade="requires-improvement"))  # fmt: skip
                if k in (0, 5):
                    words = CHILD_WORDS[k % 2]
                    crits = ["QP3", "QP9"]
                    said = "The child told inspectors that the FCA explained what would happen in court."
                    if plant and "child_words" in plant and code == "6":
                        words, crits, said = plant["child_words"], _PLANTED_CRITERIA, _PLANTED_SAID
                    store.put_evidence(Evidence(
                        case_id=cid, criteria=crits, source="INT_CHILD", polarity="strength",
                        text=said, child_words=words))  # fmt: skip
            if code == "2":
                continue
            for crits, source, polarity, text in AREA_EVIDENCE:
                store.put_evidence(Evidence(area_code=code, criteria=crits, source=source,
                                            polarity=polarity, text=text))  # type: ignore[arg-type]  # fmt: skip
        store.put_evidence(Evidence(criteria=["LG1"], source="BOARD_PAPERS", polarity="strength",
                                    text="Board papers show that leaders track the quality of practice closely and act on what they find."))  # fmt: skip
        store.put_evidence(Evidence(criteria=["LG7"], source="QA_AUDIT", polarity="strength",
                                    text="The national audit programme leads to changes in guidance for practitioners."))  # fmt: skip
        for jid, area, grade, rationale in [
            ("J18-0", None, "outstanding", ""),
            ("J18-1", None, "good", ""),
            ("J18-2", None, "good", ""),
            (
                "J18-3",
                None,
                "outstanding",
                "Leaders know the organisation well and act decisively.",
            ),
            ("J18-4", None, "outstanding", ""),
            (
                "J18-4A",
                "6",
                "outstanding",
                "Leaders have a precise understanding of practice in every team.",
            ),
            ("J18-4A", "13", "good", ""),
        ]:
            store.set_judgement(
                Judgement(judgement_id=jid, area_code=area, grade=grade, rationale=rationale)
            )
        store.add_protected_name(ProtectedName(name="Kayleigh Brennan", category="child"))
        store.add_protected_name(ProtectedName(name="Darren Brennan", category="parent"))
        store.add_protected_name(ProtectedName(name="Oakfield Primary School", category="school"))
        if plant:
            _plant_last(store, case_ids["6"][0], plant)
    finally:
        store.close()
    return path
