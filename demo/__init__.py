"""A realistic demo inspection, generated from a seed.

`write_demo(path, cases=600, inspectors=10, seed=2018)` writes a new inspection database
with the 17 service areas (7 visited), a team, sampled cases, evidence, gradings, a few
judgements and protected names.  The same seed always gives the same content (refs,
areas, texts, grades, counts); record ids are fresh UUIDs each time.

Each visited area has an underlying quality (`VISITED`); its cases' quality is drawn
from it, and their evidence and gradings follow (`notes.py`).  Evidence text is composed
from hand-written fragments in `templates/demo/*.toml`, with slots filled from the case
and tags that keep each fragment to cases it suits: no IRO in a private-law case, no
quoted baby.  Nothing here names a child, a parent, a school or a street: protected
names are made up and never used in evidence text.

Modules: `texts` (the data files and tags), `cast` (areas, team, protected names),
`slots` (filling a fragment from a case), `cases` (drawing the sample), `notes`
(evidence and gradings that follow quality), `generator` (`write_demo`, written with
`Store.bulk_create` inside one `Store.transaction()`), and `measure` (`python -m
demo.measure DB`: how weaknesses sit by area grade, in any inspection).
"""

from __future__ import annotations

from demo.cast import AREAS, PROTECTED, VISITED
from demo.generator import DemoStats, write_demo

__all__ = ["AREAS", "PROTECTED", "VISITED", "DemoStats", "write_demo"]
