"""Whether this tree drafts and exports exactly what another commit does, for work that
must change no output (speed work on drafting: docs/performance.md, "Export").

    python -m bench.same_export [REF] [EXTRA.db ...]

REF (default `main`) is written out with `git archive` to a temporary folder; each tree
then drafts, in its own process, the whole report and every visited area's section of
the 600-case demo, of every hand-written inspection (`tests/export/conftest.INSPECTIONS`)
and of any EXTRA database (each read from a copy), and exports the whole report as
.docx.  Every drafted model (as JSON: each sentence, its comment basis, excerpts and
flags, the footnotes) and the .docx's XML parts (comment dates blanked) are compared
byte for byte.  Prints IDENTICAL, or the first differing lines, and exits 1.

Compare against the main you merged last (others change wording meanwhile), not an old
dump.  FIELDWORK_BENCH_DIR keeps the databases between runs (the demo takes a minute).
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def databases(folder: Path, extra: list[str]) -> list[Path]:
    """The demo and the hand-written inspections, built in `folder` unless there, and
    copies of `extra`."""
    from demo import write_demo
    from tests.export.conftest import INSPECTIONS
    from tests.fixtures.handwritten import build

    out = []
    for name, source in INSPECTIONS.items():
        path = folder / f"{name}.db"
        if not path.exists():
            build(path, source)
        out.append(path)
    demo = folder / "demo-600.db"
    if not demo.exists():
        write_demo(demo, cases=600)
    out.append(demo)
    for k, db in enumerate(extra):
        path = folder / f"extra-{k}-{Path(db).name}"
        shutil.copy2(db, path)
        out.append(path)
    return out


def dump(out: Path, dbs: list[Path]) -> None:
    """Write every draft and export of `dbs` (each from a copy) to `out` as text, with
    the tree this process imports from."""
    from exporters.draft import draft_area, draft_report, load
    from exporters.export import export_report
    from store.store import Store

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for db in dbs:
            copy = Path(tmp) / db.name
            shutil.copy2(db, copy)
            with Store.open(copy) as store:
                data = load(store)
                lines += [f"== {db.name} report", draft_report(data).model_dump_json(indent=1)]
                for area in (a for a in data.areas if a.visited):
                    model = draft_area(load(store), area.code)
                    lines += [f"== {db.name} area {area.code}", model.model_dump_json(indent=1)]
                docx = Path(tmp) / "out.docx"
                export_report(store, docx)
            with zipfile.ZipFile(docx) as z:
                for name in sorted(n for n in z.namelist() if re.match(r"word/.*\.xml$", n)):
                    xml = re.sub(r'w:date="[^"]*"', 'w:date=""', z.read(name).decode())
                    lines += [f"== {db.name} docx {name}", xml]
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    """Compare this tree's drafts and exports with REF's (see the module docstring)."""
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":  # a child process: one tree's dump
        dump(Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
        return
    ref = sys.argv[1] if len(sys.argv) > 1 else "main"
    keep = os.environ.get("FIELDWORK_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) / "same_export" if keep else Path(tmp) / "dbs"
        folder.mkdir(parents=True, exist_ok=True)
        dbs = [str(p) for p in databases(folder, sys.argv[2:])]
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(HERE), "archive", ref], check=True,
                                 capture_output=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        dumps = {}
        for name, tree in (("base", base), ("ours", HERE)):
            dumps[name] = Path(tmp) / f"{name}.txt"
            env = {**os.environ, "PYTHONPATH": str(tree)}
            # This file run as a script: the tree's packages come first on the path.
            cmd = [sys.executable, __file__, "--dump", str(dumps[name]), *dbs]
            subprocess.run(cmd, cwd=tree, env=env, check=True)
        theirs, ours = (dumps[n].read_text(encoding="utf-8") for n in ("base", "ours"))
    print(f"{len(dbs)} databases, {len(ours):,} characters drafted and exported")
    if theirs == ours:
        print(f"IDENTICAL to {ref}")
        return
    diff = difflib.unified_diff(theirs.splitlines(), ours.splitlines(), ref, "this tree", n=0)
    for line in list(diff)[:40]:
        print(line[:300])
    print(f"DIFFERENT from {ref}")
    sys.exit(1)


if __name__ == "__main__":
    main()
