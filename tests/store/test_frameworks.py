"""Frameworks as data: every built-in validates, broken files are named precisely."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from store.errors import FrameworkError
from store.framework import builtin_dir, builtin_frameworks, builtin_ids, load_framework


def test_three_builtins_with_their_judgements() -> None:
    assert builtin_ids() == ["cafcass-2013", "cafcass-2018", "cafcass-2021"]
    by_id = {f.id: f for f in builtin_frameworks()}
    assert [j.id for j in by_id["cafcass-2018"].judgements] == [
        "J18-0",
        "J18-1",
        "J18-2",
        "J18-3",
        "J18-4",
        "J18-4A",
    ]
    assert [j.id for j in by_id["cafcass-2013"].judgements] == ["J13-0", "J13-1", "J13-2", "J13-3"]
    assert [j.id for j in by_id["cafcass-2021"].judgements] == ["J21-1", "J21-2", "J21-3"]
    assert by_id["cafcass-2018"].judgement("J18-4A").scope == "area"


def test_2013_lists_every_criterion_of_the_consultation() -> None:
    fw = load_framework("cafcass-2013")
    ids = {c.id for c in fw.criteria}
    expected = (
        {f"SW{i}" for i in range(1, 5)}
        | {f"QP{i}" for i in range(1, 13)}
        | {f"QPN{i}" for i in range(1, 5)}
        | {f"LGS{i}" for i in range(1, 7)}
        | {f"LGN{i}" for i in range(1, 6)}
        | {f"LG{i}" for i in range(1, 10)}
    )
    assert ids == expected
    assert not any(c.provisional for c in fw.criteria)


def test_unconfirmed_criteria_are_marked_provisional() -> None:
    """The 2014 schedule and 2021 criteria could not be confirmed: flagged, not invented."""
    for fid in ("cafcass-2018", "cafcass-2021"):
        assert all(c.provisional for c in load_framework(fid).criteria)


def test_area_heading_uses_the_framework_wording() -> None:
    fw = load_framework("cafcass-2018")
    assert fw.heading_for("J18-4A", "good", "West Yorkshire", "5") == (
        "The leadership and management of local services in West Yorkshire (Area 5) is good"
    )
    assert fw.heading_for("J18-4A", None, "London", "15a and 15b").endswith(
        "(Areas 15a and 15b) is [not yet judged]"
    )
    # One label for the grade wherever a lead reads it, as the headings say it (session 10).
    assert fw.grade("requires-improvement").label == "Requires improvement to be good"
    assert fw.grade("requires-improvement").alt_labels == ["Requires improvement", "RI"]


def test_user_file_in_json_and_yaml(tmp_path: Path) -> None:
    data = tomllib.loads((builtin_dir() / "cafcass-2021.toml").read_text())
    data["id"] = "team-variant"
    (tmp_path / "mine.json").write_text(json.dumps(data))
    assert load_framework(tmp_path / "mine.json").id == "team-variant"
    import yaml

    (tmp_path / "mine.yaml").write_text(yaml.safe_dump(data))
    assert load_framework(tmp_path / "mine.yaml").id == "team-variant"


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = (builtin_dir() / "cafcass-2021.toml").read_text().splitlines()
    text[2] = "year = = 2021"
    bad = tmp_path / "broken.toml"
    bad.write_text("\n".join(text))
    with pytest.raises(FrameworkError, match=r"not valid TOML .*line 3"):
        load_framework(bad)


def test_bad_reference_names_the_field(tmp_path: Path) -> None:
    data = tomllib.loads((builtin_dir() / "cafcass-2018.toml").read_text())
    data["criteria"][4]["judgements"] = ["J99"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(FrameworkError, match=r"criteria no\. 5 \(QP1\) refers to judgement 'J99'"):
        load_framework(bad)


def test_missing_field_names_its_path(tmp_path: Path) -> None:
    data = tomllib.loads((builtin_dir() / "cafcass-2018.toml").read_text())
    del data["judgements"][1]["heading"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(
        FrameworkError, match=r"judgements no\. 2 \(J18-1\)\.heading: Field required"
    ):
        load_framework(bad)


def test_json_error_names_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "id": "x",\n  "title": \n}')
    with pytest.raises(FrameworkError, match="line 4, column 1"):
        load_framework(bad)


def test_unknown_id_lists_builtins() -> None:
    with pytest.raises(FrameworkError, match="cafcass-2013, cafcass-2018, cafcass-2021"):
        load_framework("ofsted-1999")
