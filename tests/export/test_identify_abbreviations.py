"""Inspectors' working abbreviations are not names (a new lead's finding: "Recs", "Mgr",
"Obs", "YP's" and "FCA (Dawn K)" were flagged, and each one stopped every export), while
names written in the same shapes are still caught.  The sentences are written for this
test in the way the lead's team wrote their notes; none comes from the demo."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


@pytest.mark.parametrize(
    "text",
    [
        "s7 well analysed, child-focused. Recs clear, realistic.",
        "Mgr signed off s7 but did not pick up that YP not seen alone.",
        "Child seen alone at home and at contact centre. Obs of contact well recorded.",
        "YP's views clearly recorded and fed into recs.",
        "FCA (Dawn K) talked thru direct work - drawings, child chose where to meet.",
        "SW (Kerry B) shared the LA chronology two days before the hearing.",
        "Mgr (Sandra) signed off the addendum; no reflective discussion recorded.",
        "Appt missed twice. Mtg w SM next wk to agree a plan.",
        "Conf call w IRO and CP chair; CIN plan to step down in 3 mths.",
        "Hv visit yr ago noted in chronology. Disc with DA worker at the refuge.",
        "Sw and TM discussed the case at mtg; PM to chase the LA for the PLO letter.",
        "HoP agreed the s7 should be re-done; PS to support the NQSW with the analysis.",
        "CYP survey: 82% said their guardian listened. KPIs reported to the HoS monthly.",
        "Apt with FCA cancelled twice by dad. Info leaflet sent, approx 2 wks before FHDRA.",
        # Tester 26, F5: "Mgt" was taken for a name.
        "Mgt oversight absent from file; supervision record is a list of dates only.",
        "Supvn notes copied month to month. Risk assmt not updated after the 2nd hrg.",
    ],
)
def test_working_abbreviations_are_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A name in brackets beside a family member, not a practitioner's role.
        ("Mum (Dawn K) declined to meet the FCA.", "Dawn"),
        ("YP (Tyler) said he wanted to live with dad.", "Tyler"),
        ("Her brother (Kayden) was at the contact.", "Kayden"),
        ("Dawn said she was scared of the new partner.", "Dawn"),
        ("Recs: child to live with Tiegan-Rose and her partner.", "Tiegan-Rose"),
        ("Mgr spoke to Okafor about the missed appt.", "Okafor"),
        ("Obs of contact: Jayden-Lee clung to mum throughout.", "Jayden-Lee"),
        ("YP's sister KEZ refused to attend.", "KEZ"),
    ],
)
def test_names_beside_the_abbreviations_are_still_found(
    scanner: Scanner, text: str, found: str
) -> None:
    assert found in [hit for _kind, hit in scanner.scan_text(text)]
