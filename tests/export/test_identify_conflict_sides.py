"""A hit that only a version in conflict holds (the side not shown) stops `fieldwork
dump`; it must be one the lead can see and act on: listed by `identify hits` and
`check`, accepted with a reason, or redacted.  Two copies of the small fixed
inspection edit one note differently, one of them writing a child's name no list
knows; the master merges both."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from store.models import Evidence, InspectionInfo, Inspector
from store.store import Store

BASE = "Seen at home; the FCA recorded her wishes in her own words."
NAMED = "Seen at home with her brother Tyler Brookes, who sat in for part of visit {}."
CLEAN = "Seen at home and at school; her wishes were recorded in her own words (visit {})."
NAME = "Tyler Brookes"


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def conflict_with_a_name_on_the_losing_side(db: Path, tmp: Path) -> str:
    """Alice writes the name into a note, Bob writes clean words into the same note,
    and the master merges both.  Which side the master shows until someone settles it
    follows from a digest of each side's content, so a fresh note is written, with both
    sides' words a little different each time (each try is then one in two), until the
    named side is the one not shown; a try where the named side is shown is settled on
    Bob's side first.  Returns the note's id."""
    with Store.open(db) as m:
        a = m.put_inspector(Inspector(name="Alice Able", initials="AA"))
        b = m.put_inspector(Inspector(name="Bob Brown", initials="BB"))
        pa, pb = m.issue(tmp / "alice.db", a), m.issue(tmp / "bob.db", b)
        case_id = next(c.id for c in m.case_rows(limit=20) if c.ref == "A-101")
    for attempt in range(20):
        with Store.open(db) as m:
            ev = Evidence(case_id=case_id, criteria=["QP1"], source="CASE_FILE", text=BASE)
            eid = m.put_evidence(ev)
        named, clean = NAMED.format(attempt + 1), CLEAN.format(attempt + 1)
        for path, text in ((pa, named), (pb, clean)):
            with Store.open(path) as copy:
                copy.merge_from(db)
                copy.put_evidence(ev.model_copy(update={"text": text}), eid)
        with Store.open(db) as m:
            m.merge_from(pa)
            m.merge_from(pb)
            conflict = m.conflict(eid)
            assert conflict is not None
            (shown,) = [s for s in conflict.sides if s.winner]
            if NAME not in shown.values["text"]:
                assert m.evidence(eid).text == clean
                return eid
            m.resolve(eid, take=next(s.version_id for s in conflict.sides if not s.winner))
    raise AssertionError("the named side was shown twenty times running")


def _hits(db: Path) -> list[dict[str, object]]:
    res = _fw("identify", "hits", db, "--json")
    assert res.exit_code == 0, res.output
    return list(json.loads(res.output))


def test_a_name_on_the_side_not_shown_is_listed_and_accepted(
    snapshot_db: Path, tmp_path: Path
) -> None:
    eid = conflict_with_a_name_on_the_losing_side(snapshot_db, tmp_path)
    refused = _fw("dump", snapshot_db)
    assert refused.exit_code == 2 and "1 detail" in refused.output
    (hit,) = [h for h in _hits(snapshot_db) if h["text"] == NAME]
    assert hit["kind"] == "name" and hit["record_ids"] == [eid]
    assert "Alice Able's version" in str(hit["where"]) and not hit["accepted"]
    check = _fw("check", snapshot_db)
    assert str(hit["hit_id"]) in check.output
    # The id the dump's refusal names is the one the listing gives.
    assert str(hit["hit_id"]) in refused.output
    res = _fw("identify", "accept", snapshot_db, str(hit["hit_id"]), "--reason",
              "A character in the child's favourite book.")  # fmt: skip
    assert res.exit_code == 0, res.output
    dumped = _fw("dump", snapshot_db)
    assert dumped.exit_code == 0, dumped.output
    assert NAME in dumped.output  # accepted: the losing side is dumped with its words
    assert [h["accepted"] for h in _hits(snapshot_db) if h["text"] == NAME] == [True]


def test_a_name_on_the_side_not_shown_is_redacted(snapshot_db: Path, tmp_path: Path) -> None:
    eid = conflict_with_a_name_on_the_losing_side(snapshot_db, tmp_path)
    res = _fw("redact", snapshot_db, eid, "--reason", "It named a sibling.")
    assert res.exit_code == 0, res.output
    dumped = _fw("dump", snapshot_db)
    assert dumped.exit_code == 0, dumped.output
    assert NAME not in dumped.output
    assert [h for h in _hits(snapshot_db) if h["text"] == NAME] == []
    with Store.open(snapshot_db) as store:
        assert store.conflict(eid) is None  # the redaction settles the conflict
        assert store.evidence(eid).text == "[redacted]"


def test_every_hit_that_stops_the_dump_is_listed(snapshot_db: Path, tmp_path: Path) -> None:
    """Besides both sides of a conflict, the dump prints the organisation note and the
    reasons of decisions and substitutions; a hit in any of them is listed too."""
    conflict_with_a_name_on_the_losing_side(snapshot_db, tmp_path)
    with Store.open(snapshot_db) as store:
        info = store.inspection()
        values = info.model_dump(include=set(InspectionInfo.model_fields))
        values["organisation_note"] = "Ring Maureen Holdsworth on 07700 900461 about access."
        store.put(InspectionInfo.model_validate(values), info.meta.id)
    from exporters.dump import checked_dump
    from exporters.errors import IdentifyingDetailsError
    from exporters.export import scanner_for

    with Store.open(snapshot_db) as store:
        try:
            checked_dump(store, scanner_for(store))
        except IdentifyingDetailsError as exc:
            stopping = {(h.kind, h.text) for h in exc.hits}
        else:
            raise AssertionError("the dump should have stopped")
    listed = {(str(h["kind"]), str(h["text"])) for h in _hits(snapshot_db)}
    assert {("name", NAME), ("phone", "07700 900461")} <= stopping
    assert stopping <= listed
