"""The case screen names the child's brothers and sisters (the children of one set of
proceedings share one file, read once: the inspector should know which other cases it
is) and what kind of Other application the case list named it (tester 16's F13).  On a
case list written for this test, imported as a lead would."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import listed_file
from tests.tui.helpers import screen_text, settle
from tui.app import make_app
from tui.screens.case import CaseScreen
from tui.settings import Settings

LIST = """Case No,Child ID,Law type,Order sought,Area,Stage,Date of birth
PN/7731,,Public,Care order,Area 2 - North West,Issue,14/02/2015
PN/7731,,Public,Care order,Area 2 - North West,Issue,30/08/2018
PN/7731,,Public,Care order,Area 2 - North West,Issue,09/01/2021
PN/7745,,Private,SGO,Area 2 - North West,FHDRA,22/06/2016
PN/7750,,Private,Child arrangements order,Area 2 - North West,WTFH,03/03/2014
"""


@pytest.mark.asyncio
async def test_the_case_screen_names_siblings_and_the_kind_of_application(
    tmp_path: Path,
) -> None:
    db = listed_file(tmp_path, LIST)
    store = Store.open(db)
    try:
        facts = store.case_facts()
        family = sorted(f.ref for f in facts if f.case_type == "S31")
        sgo = next(f for f in facts if f.case_type == "OTHER")
        alone = next(f for f in facts if f.case_type == "CAO")
        eldest = next(f for f in facts if f.ref == family[1])
        app = make_app(store, Settings.model_validate({"autosave_seconds": 0.1}))
        async with app.run_test(size=(140, 40)) as pilot:
            app.push_screen(CaseScreen(eldest.id))
            await settle(pilot)
            text = " ".join(screen_text(app).split())
            others = [r for r in family if r != eldest.ref]
            assert f"siblings {others[0]}, {others[1]}" in text, text
            app.pop_screen()
            app.push_screen(CaseScreen(sgo.id))
            await settle(pilot)
            text = " ".join(screen_text(app).split())
            assert "Other application (special guardianship)" in text, text
            assert "siblings" not in text
            app.pop_screen()
            app.push_screen(CaseScreen(alone.id))
            await settle(pilot)
            assert "siblings" not in screen_text(app)
    finally:
        store.close()
