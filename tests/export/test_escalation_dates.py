"""An escalation note records to whom and when a concern was raised, as `fieldwork
check` asks it to: its dates are the inspection's own events, not dates about a child,
so the check does not stop exports on them (a lead who followed the advice was told the
date they wrote was identifying).  A date of birth, an address or a name in the note is
still found, and the same dated sentence in a note's text still is.  The notes are
written here by hand."""

from __future__ import annotations

from pathlib import Path

from exporters.identify.at_rest import scan_at_rest
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence
from store.store import Store

CONCERN = "Mother's new partner has a conviction for violence; not shared with the court."
DATED = (
    "Escalated to the head of practice on 12/03/2026 by phone; she agreed to review "
    "the risk assessment that week.",
    "Raised with the service manager 14 Nov 2026, who replied on 16.11.2026.",
)


def _store(tmp_path: Path) -> tuple[Store, str]:
    store = Store.create(tmp_path / "m.db", load_framework("cafcass-2018"), title="T",
                         lead="Gwen Iles", start_date="2026-11-30")  # fmt: skip
    store.put_area(Area(code="4", name="Fenland", visited=True))
    case_id = store.put_case(CaseFile(ref="C-2201-KB", area_code="4", law_type="PRIVATE",
                                      case_type="CAO", stage="WTFH"))  # fmt: skip
    return store, case_id


def _concern(
    case_id: str, note: str, text: str = "Risk was not assessed after the disclosure."
) -> Evidence:
    return Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE",
                    polarity="development", text=text, safeguarding=CONCERN,
                    escalation="escalated", escalation_note=note)  # fmt: skip


def test_the_date_a_concern_was_escalated_is_not_a_hit(tmp_path: Path) -> None:
    store, case_id = _store(tmp_path)
    try:
        for note in DATED:
            store.put_evidence(_concern(case_id, note))
        assert [(h.kind, h.text) for h in scan_at_rest(store)] == []
    finally:
        store.close()


def test_a_birth_date_or_an_address_in_the_note_still_is(tmp_path: Path) -> None:
    store, case_id = _store(tmp_path)
    try:
        store.put_evidence(_concern(case_id, "Escalated to the HoP. Child born 11.02.2014."))
        store.put_evidence(_concern(case_id, "Escalated; family now at 14 Cherry Lane."))
        found = {(h.kind, h.field) for h in scan_at_rest(store)}
        assert ("date-of-birth", "escalation note") in found
        assert ("street-address", "escalation note") in found
    finally:
        store.close()


def test_the_same_dated_sentence_in_a_notes_text_is_still_a_hit(tmp_path: Path) -> None:
    store, case_id = _store(tmp_path)
    try:
        store.put_evidence(_concern(case_id, "Escalated to the HoP.", text=DATED[0]))
        found = [(h.kind, h.field) for h in scan_at_rest(store)]
        assert found == [("date", "text")]
    finally:
        store.close()
