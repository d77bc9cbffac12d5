"""A re-inspection's previous inspection (tester 34, F8: the lead had nowhere to record
the last inspection's judgement or which of its recommendations were acted on, and the
draft's "Previous inspections" was a placeholder).  `fieldwork previous` records the
date, the overall judgement and each recommendation with how far it was acted on and
what inspectors found; the draft says them as recorded.  The inspection, its
recommendations and findings are written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

RECS = (
    "Make sure that every child's wishes are set out in their own words in reports to court.",
    "Strengthen the checks managers make on work with families where there is domestic abuse.",
    "Reduce the time children wait before a guardian is allocated in public law cases.",
)


def _recorded(tmp_path: Path) -> Path:
    master = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    run("previous", "set", master, "--date", "2023-05", "--grade", "requires improvement")
    for text in RECS:
        run("previous", "add", master, text)
    run("previous", "progress", master, "1", "met", "--finding",
        "Reports read now quote children directly, often at length.")  # fmt: skip
    run("previous", "progress", master, "2", "partly", "--finding",
        "Managers sign off risk assessments, but rarely challenge thin ones.")  # fmt: skip
    run("previous", "progress", master, "3", "acted on")
    return master


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_lead_records_the_previous_inspection_and_the_draft_says_it(tmp_path: Path) -> None:
    master = _recorded(tmp_path)
    shown = run("previous", "show", master).stdout
    assert "Previous inspection: 2023-05, Requires improvement to be good." in shown
    assert "  2  partly acted on  Strengthen the checks managers make" in shown
    assert "Found: Managers sign off risk assessments" in shown
    as_json = json.loads(run("previous", "show", master, "--json").stdout)
    assert [r["progress"] for r in as_json["recommendations"]] == ["met", "partly-met", "met"]

    out = tmp_path / "report.docx"
    run("export", "report", master, "-o", out)
    paras = _paragraphs(out)
    at = paras.index("Previous inspections")
    section = paras[at + 1 : at + 6]
    assert section[0] == (
        "Ofsted last inspected Cafcass in May 2023, and the overall judgement was "
        "requires improvement."
    )
    assert section[1] == (
        "That inspection made three recommendations. Inspectors found that two have been "
        "acted on and one has been acted on only in part."
    )
    assert section[3] == (
        f"{RECS[1]} This has been acted on only in part. Managers sign off risk "
        "assessments, but rarely challenge thin ones."
    )
    assert not any("[Add the date and overall judgement" in p for p in paras)
    summary = paras[paras.index("Summary of key findings") : paras.index("Previous inspections")]
    assert (
        "Since the last inspection in May 2023, Cafcass has acted on two of the three "
        "recommendations that inspection made. The recommendation to strengthen the checks "
        "managers make on work with families where there is domestic abuse has been acted "
        "on only in part."
    ) in summary


def test_an_undecided_recommendation_is_marked_and_claims_nothing(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    run("previous", "add", master, RECS[0])
    run("previous", "add", master, RECS[2])
    run("previous", "progress", master, "2", "not", "--finding", "Waits are longer than in 2023.")
    out = tmp_path / "report.docx"
    run("export", "report", master, "-o", out)
    paras = _paragraphs(out)
    at = paras.index("Previous inspections")
    # No date or judgement recorded: "The previous inspection", and no count of progress
    # while one recommendation's is not decided.
    assert paras[at + 1] == "The previous inspection made two recommendations."
    assert paras[at + 2].startswith(RECS[0])
    assert "[Check before use: say how far this recommendation was acted on" in paras[at + 2]
    assert paras[at + 3] == f"{RECS[2]} This has not been acted on. Waits are longer than in 2023."
    assert not any(p.startswith("Since the last inspection") for p in paras)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("set", "--date", "2023-14"),
            "'2023-14' is not a date: give the previous inspection's month",
        ),
        (("set", "--date", "2023-02-30"), "'2023-02-30' is not a day of the calendar."),
        (("set", "--grade", "superb"), "Unknown grade 'superb'"),
        (
            ("progress", "4", "met"),
            "There is no recommendation 4; the recommendations are 1, 2, 3.",
        ),
        (("progress", "1", "half"), "Unknown progress 'half'"),
        (("add", "Do more.", "--number", "2"), "Recommendation 2 is already recorded"),
        (("add", "ok"), "A recommendation needs its words"),
        (("remove", "9"), "There is no recommendation 9"),
    ],
)
def test_a_wrong_entry_is_one_sentence_and_changes_nothing(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    master = _recorded(tmp_path)
    with unchanged(master):
        line = refused("previous", args[0], master, *args[1:])
    assert said in line


def test_only_the_lead_or_a_deputy_records_it_and_a_merge_sets_an_inspector_s_aside(
    tmp_path: Path,
) -> None:
    master = _recorded(tmp_path)
    run("team", "add", master, "Dev Patel")
    dev = tmp_path / "dev.db"
    run("issue", master, "--inspector", "Dev Patel", "-o", dev)
    # The issued file holds the recommendations to read, and refuses changing them.
    assert "Strengthen the checks" in run("previous", "show", dev).stdout
    with unchanged(dev):
        line = refused("previous", "progress", dev, "2", "met")
    assert "record the previous inspection" in line
    # A change written into the inspector's file another way is set aside by the merge.
    with Store.open(dev) as s:
        rec = s.recommendation(2)
        s.set_recommendation(rec.model_copy(update={"progress": "met"}))
    said = " ".join(run("merge", master, dev).stdout.split())
    assert "the previous inspection's recommendations" in said and "set aside" in said
    with Store.open(master) as s:
        assert s.recommendation(2).progress == "partly-met"


def test_the_lead_and_the_deputy_disagreeing_is_a_conflict_the_draft_marks(
    tmp_path: Path,
) -> None:
    master = _recorded(tmp_path)
    run("team", "add", master, "Kofi Asante", "--role", "deputy")
    deputy = tmp_path / "kofi.db"
    run("issue", master, "--inspector", "Kofi Asante", "-o", deputy)
    run("previous", "progress", master, "2", "not", "--finding", "No change in sign-off.")
    run("previous", "progress", deputy, "2", "met", "--finding", "Sign-off is now robust.")
    run("merge", master, deputy)
    with Store.open(master) as s:
        rec = s.recommendation(2)
        assert rec.meta.conflict
    out = tmp_path / "report.docx"
    stopped = run("export", "report", master, "-o", out, code=2)
    assert "Previous inspection's recommendation 2" in stopped.stderr
    run("export", "report", master, "-o", out, "--allow-conflicts")
    paras = _paragraphs(out)
    at = paras.index("Previous inspections")
    assert "recorded this recommendation's progress differently" in paras[at + 4]
    assert not any(p.startswith("Since the last inspection") for p in paras)
    assert "Inspectors found that" not in paras[at + 2]
    listed = run("conflicts", master).stdout
    assert "Previous inspection's recommendation 2" in listed


def test_a_finding_that_names_a_child_is_warned_of_and_stops_the_export(tmp_path: Path) -> None:
    master = _recorded(tmp_path)
    said = run("previous", "progress", master, "1", "met", "--finding",
               "Seen in Jayden Pearce's report, which quotes him throughout.")  # fmt: skip
    assert "Could identify someone" in said.stderr and "Jayden Pearce" in said.stderr
    out = tmp_path / "report.docx"
    stopped = run("export", "report", master, "-o", out, code=2)
    assert "Jayden Pearce" in stopped.stderr
    assert not out.exists()
    hits = run("identify", "hits", master).stdout
    assert "recommendation" in hits and "finding" in hits


def test_one_recommendation_is_said_as_one(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    run("previous", "set", master, "--date", "2024-01", "--grade", "good")
    run("previous", "add", master, "Review how quickly reports reach the court in public law.")
    run("previous", "progress", master, "1", "partly")
    out = tmp_path / "report.docx"
    run("export", "report", master, "-o", out)
    paras = _paragraphs(out)
    assert (
        "Since the last inspection in January 2024, the recommendation that inspection made, "
        "to review how quickly reports reach the court in public law, has been acted on only "
        "in part."
    ) in paras
    assert not any("all one" in p or "one of the one" in p for p in paras)
