"""The check on an area whose own evidence disputes its grade is said in the area's
section, and the national section on local services says only in its comment that the
count of grades includes it (tester 25: Area 3's "[Check before use ...]" three times,
the national copy stopping the whole section "for two files in one area"; case26's
bd2299e took the copy out, kf26's fixture checks it).  kf26's
hand-written inspection with Alder (Area 2) recorded outstanding while two of its
eight cases fall short on safeguarding."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.kf26_inspection import build


def test_the_local_services_section_carries_no_second_check(
    tmp_path: Path,
) -> None:
    s = build(tmp_path / "k.db", "cafcass-2018", alder="outstanding")
    report = draft_report(load(s.store))
    s.close()
    alder = next(sec for sec in report.sections if sec.kind == "area" and "Area 2" in sec.heading)
    checks = [x for p in alder.paragraphs for x in p.sentences if x.text.startswith("[Check")]
    assert len(checks) == 1 and "outstanding" in checks[0].text, [x.text for x in checks]
    local = next(sec for sec in report.sections if sec.judgement_id == "J18-4")
    said = [x for p in local.paragraphs for x in p.sentences]
    assert not any(x.text.startswith("[Check before use") for x in said), [x.text for x in said]
    # The count of grades counts Alder's as recorded; its comment says so (case26).
    count = next(x for x in said if x.text.startswith("Of the areas visited"))
    assert "Area 2" in count.basis and "see their sections" in count.basis, count.basis
