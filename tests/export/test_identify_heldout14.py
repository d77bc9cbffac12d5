"""The fourteenth held-out pair (session 36): the South West and the Welsh Marches
(Somali and Jamaican families in Bristol, a submariner's family in Plymouth, Cornish
fishing and clay-country families, Gujarati Muslim families in Gloucester, Goan and
Keralan families in Swindon, Polish, Bulgarian Turkish and Romanian fruit pickers on
Herefordshire and Shropshire caravan sites, a Forest of Dean family, a Bath student),
a third of its notes dictated and pasted from speech-to-text (no capitals, numbers said
digit by digit, "full stop" as words), written by a writer who had not seen the
scanner's rules, scanned with its own case list (`listed_people`).

Its first scan (main at the session's start): recall **0.717**, protected names and
variants 0.826, false alarms in 38 of 124 clean paragraphs (30.6%).  Nearly all the
misses were in the dictated notes: spoken phone, NHS and case numbers, dates of birth
with ordinal days and spoken years, spelled postcodes, house numbers in words, protected
names in lower case.  The false alarms: the region's places, rivers, peoples, festivals
and landmarks the lists lacked (Newlyn, the Tamar, the Forest of Dean, Goan, Onam,
Golowan, Offa's Dyke), historical figures (a statue's subject, a novelist, a campaign's
leaders, a pope), a saint in a hospital's name, "many live in" and a custom "celebrated"
said of groups in general, and a cut-off year read as a year of birth.

The rules written to it (dict36's reading of a dictated note in written form, written
without seeing this pair; the lead's, each with sentences of the same shape in other
words in `test_lead36_privacy.py`) bring it to recall 0.837, protected 0.868 and false
alarms in 3 of 124 (2.4%): a birthday convention said in general, "hope" in a dictated
note read as the protected name it also is, and W. G. Grace.  Left: lower-
case names in dictated notes that are also words and stand as people, nicknames of the
Keralan and Polish families ("Ammu", "Zuza" said alone), hospitals by their local short
names with a unit ("Gloucestershire Royal, children's unit"), a school named after a
feast ("Holy Cross Catholic Primary"), and the clubs and jigsaw details of a few notes.
Bounds, not lists, while the dictated reading is still being written (session 36)."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, listed_people, measure


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(*listed_people(19))


def test_fourteenth_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=19)
    print(rates.table())
    assert sum(rates.total.values()) >= 500 and rates.clean_paragraphs >= 120
    assert rates.recall(PROTECTED_KINDS) >= 0.86
    assert rates.recall() >= 0.83
    assert len(rates.false_alarms) <= 3, [p[:40] for p, _ in rates.false_alarms]
