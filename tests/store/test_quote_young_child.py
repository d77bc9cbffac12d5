"""`fieldwork evidence add/edit` with the child's words on a case whose child is too young
for the draft to quote saves them and says so on stderr (tester 13, F6); on an older
child's case it says nothing.  The case list is written here by hand."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.store import Store
from tests.team.helpers import empty_file, run

CASES = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "FW-8101,K1,Esmé,Lockwood,2023-05-02,public law,care,Area 2,Final hearing\n"
    "FW-8102,K2,Harvey,Lockwood,2014-08-19,public law,care,Area 2,Final hearing\n"
)


def _db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2018", "Tyneside visit")
    (tmp_path / "cases.csv").write_text(CASES, encoding="utf-8")
    run("cases", "import", db, tmp_path / "cases.csv")
    with Store.open(db) as store:
        bands = {c.age_band: c.ref for c in store.case_facts()}
    return db, bands


def _add(db: Path, ref: str, quote: str) -> tuple[str, str]:
    res = CliRunner().invoke(cli, ["evidence", "add", str(db), "--case", ref, "--criteria",
                                   "QP9", "--source", "INT_CHILD", "--polarity", "strength",
                                   "--text", "Seen at the foster home with the carer.",
                                   "--quote", quote])  # fmt: skip
    assert res.exit_code == 0, res.output
    return res.stdout, res.stderr


def test_words_on_a_toddlers_case_are_saved_and_said_not_quoted(tmp_path: Path) -> None:
    db, bands = _db(tmp_path)
    out, err = _add(db, bands["2-4"], "I like my new bedroom")
    assert "aged 2-4: the draft does not quote a child this young" in err
    with Store.open(db) as store:
        assert store.evidence(out.split()[0]).child_words == "I like my new bedroom"


def test_words_on_an_older_childs_case_say_nothing_more(tmp_path: Path) -> None:
    db, bands = _db(tmp_path)
    _out, err = _add(db, bands["10-13"], "I want to stay with my sister")
    assert "quote" not in err
