"""Reading a case list as organisations send it (domain.md 3.5): the file, its headers
and its values.  No database here: `store.caseimport` turns the rows into cases.

- The file: UTF-8 with or without a byte-order mark (else Windows-1252), comma,
  semicolon or tab separated, Windows or Unix line endings, quoted cells that span
  lines.  Each row keeps the line it starts on, so a report points at the line an
  editor shows; where a cell spans lines, the row a spreadsheet shows instead.
- Values: codes or labels in any case, and the spellings in `templates/case_list.toml`
  (case types "in full, abbreviated or with section numbers": "Section 31 Care Order",
  "s.31", "Care order (s31)"), plus a team's own `--map` file.  Dates: `store.casedates`.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.caseareas import area_in
from store.casecolumns import by_cells
from store.casenamecols import names_unread
from store.errors import InvalidInputError
from store.framework import Framework


def _headings() -> dict[str, tuple[str, ...]]:
    """Each field's column headings, squashed, most specific first (`[headings]` in
    `templates/case_list.toml`)."""
    from importlib import resources

    data = tomllib.loads((resources.files("templates") / "case_list.toml").read_text("utf-8"))
    return {field: tuple(spelled) for field, spelled in data["headings"].items()}


HEADERS = _headings()
REQUIRED = ("case_id", "law_type", "case_type", "service_area")
JOINED = frozenset({"parties"})
"""Fields several columns feed (Applicant, Respondent, Mother, Father): all are kept."""
SECTION = re.compile(r"\b(?:s|sec|section)\s*\.?\s*(\d{1,3})\b", re.I)
RULE_16_4 = re.compile(r"\b(?:r|rule)?\s*\.?\s*16\s*\.\s*4\b", re.I)


def squash(text: str) -> str:
    """Lower case, letters and digits only: 'Private Law' == 'PRIVATE_LAW' == 'privatelaw'."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def and_(text: str) -> str:
    """'&' and '+' written as 'and': 'Humber & East Riding' is 'Humber and East Riding'."""
    return re.sub(r"\s*[&+]\s*", " and ", text)


def words(text: str) -> str:
    """Lower-case words separated by single spaces, padded, for whole-word matching."""
    return " " + " ".join(re.findall(r"[0-9a-z]+", text.casefold())) + " "


@dataclass
class Row:
    """One row of the list: our field names to cell text, and the line it starts on."""

    line: int
    cells: dict[str, str]

    def get(self, name: str) -> str:
        return self.cells.get(name, "")


TOTALS = re.compile(
    r"^(?:grand\s+|sub\s*)?totals?\b|^(?:sum|count|number of (?:cases|rows))\b", re.I
)
"""A cell of a totals row a spreadsheet adds at the end: 'Total', 'Grand total: 78'."""


def is_totals(row: Row) -> bool:
    """A summary row ('Total;78;;'): a cell says total, and no law or case type is given."""
    return (not row.get("law_type") and not row.get("case_type")
            and any(TOTALS.match(c) for c in row.cells.values()))  # fmt: skip


SPREADSHEETS = {
    b"PK\x03\x04": "an Excel or OpenDocument workbook (.xlsx, .ods)",
    b"\xd0\xcf\x11\xe0": "an older Excel workbook (.xls)",
}
"""The first bytes of a spreadsheet's own file, which is no text a list can be read from."""


def is_note(row: Row) -> bool:
    """A line below the data that is no case: it gives no law type and no case type
    (notes pasted from a spreadsheet's second sheet, a footnote, a signature)."""
    return not row.get("law_type") and not row.get("case_type")


def decode(raw: bytes, path: Path | None = None) -> str:
    """A case list's text: UTF-8 (with or without BOM), UTF-16 as Excel's "Unicode Text"
    saves it (with a BOM, or without one: every other byte zero) or Windows-1252.  A
    spreadsheet's own file is refused, saying how to save it as text."""
    for magic, what in SPREADSHEETS.items():
        if raw.startswith(magic):
            name = path or "The file"
            raise InvalidInputError(
                f"{name} is {what}, not a text list: open it in the spreadsheet and save "
                "it as CSV (comma delimited) or Unicode Text, then import that file."
            )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    head = raw[:4096]
    if len(head) >= 4 and head[1::2].count(0) > 0.9 * (len(head) // 2):
        return raw.decode("utf-16-le", errors="replace")
    if len(head) >= 4 and head[0::2].count(0) > 0.9 * (len(head) // 2):
        return raw.decode("utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


ENDINGS: dict[str, tuple[str, ...]] = {
    "stage": ("stage",),
    "case_type": ("casetype", "ordertype", "typeofcase", "typeoforder", "applicationtype",
                  "typeofapplication"),
    "law_type": ("lawtype", "typeoflaw"),
    "dob": ("dateofbirth", "dob"),
    "end_date": ("enddate", "dateclosed", "closeddate", "closedon"),
    "service_area": ("servicearea",),
    "local_authority": ("localauthority",),
    "child_seen": ("childseen",),
}  # fmt: skip
"""Headings read by how they end, where no column has the field's own heading:
'Hearing stage', 'Current hearing stage', 'Lead application type', 'Child's D.O.B.'."""
SHOWN: dict[str, str] = {
    "case_id": "Case ID, Case number or Case ref",
    "law_type": "Law type or Proceedings",
    "case_type": "Case type, Order type or Application",
    "service_area": "Service area, Area or Region",
}
"""The headings the import reads for each required column, as the error shows them."""
HEADER_SEARCH = 10
"""Rows a list may carry above its header row (a report's title, a run date, a blank line)."""


def heading_key(heading: str) -> str:
    """A heading without its bracketed note, squashed: 'Child seen in person (Y/N)' is
    'childseeninperson'."""
    return squash(re.sub(r"\(.*?\)", "", heading))


def fields_of(header: list[str]) -> list[str]:
    """Our field for each heading ('' where none): a field's own spellings first, then a
    heading ending as the field does ('Hearing stage') where no column has its own
    spelling; a lead application column stands for the case type where no column gives one."""
    keys = [heading_key(h) for h in header]
    fields = [next((f for f, spell in HEADERS.items() if k in spell), "") for k in keys]
    for i, key in enumerate(keys):
        if not fields[i] and key:
            fields[i] = next((f for f, ends in ENDINGS.items()
                              if f not in fields and key.endswith(ends)), "")  # fmt: skip
    if "case_type" not in fields and "lead_application" in fields:
        fields[fields.index("lead_application")] = "case_type"
    # Two columns for one field ("Region" and "Service area"): the heading that comes
    # first in the field's spellings (then the first column) is read; the other is left
    # unused (and listed so).
    best: dict[str, tuple[int, int]] = {}
    for i, (key, f) in enumerate(zip(keys, fields, strict=True)):
        if f in HEADERS and f not in JOINED:
            spelled = HEADERS[f]
            rank = (spelled.index(key) if key in spelled else len(spelled), i)
            best[f] = min(best.get(f, rank), rank)
    return [f if f not in best or best[f][1] == i else "" for i, f in enumerate(fields)]


def rival_columns(unused: list[str], read: dict[str, list[str]]) -> dict[str, str]:
    """The unused headings that name a field another column gave ("Region" beside
    "Service area"), each with the heading read instead."""
    out = {}
    for heading in unused:
        key = heading_key(heading)
        field = next((f for f, spelled in HEADERS.items() if key in spelled and read.get(f)), "")
        if field:
            out[heading] = read[field][0]
    return out


def _header_at(records: list[tuple[int, list[str]]], path: Path, vocab: Vocabulary | None
               ) -> tuple[int, list[str], dict[int, str]]:  # fmt: skip
    """The index of the header row, its fields (`fields_of`) and the columns read by
    their cells (`store.casecolumns`): the first of the first rows that has every
    required column (a title and a blank line above it are skipped)."""
    best, best_found = 0, -1
    best_fields: list[str] = []
    for i, (_, cells) in enumerate(records[:HEADER_SEARCH]):
        fields = fields_of(cells)
        found = sum(1 for f in REQUIRED if f in fields)
        if found == len(REQUIRED):
            read = by_cells(cells, fields, [c for _, c in records[i + 1 :]], vocab)[0] \
                if vocab else {}  # fmt: skip
            return i, fields, read
        if found > best_found and any(c.strip() for c in cells):
            best, best_fields, best_found = i, fields, found
    line, header = records[best]
    read, said = by_cells(header, best_fields, [c for _, c in records[best + 1 :]], vocab) \
        if vocab and best_found >= 0 else ({}, [])  # fmt: skip
    missing = [f for f in REQUIRED if f not in best_fields]
    if not missing:
        return best, best_fields, read
    wanted = "; ".join(f"{m.replace('_', ' ')} (a heading such as {SHOWN[m]})" for m in missing)
    shown = ", ".join(h.strip() for h in header if h.strip())
    hint = (f"; {'; '.join(said)}." if said else ". Rename the column or check that it is "
            "the case list with its header row.")  # fmt: skip
    raise InvalidInputError(f"{path} has no column for {wanted}; line {line} has: {shown}{hint}")


@dataclass
class CaseListFile:
    """A case list read: its rows, the columns not used (so the lead can see a column
    missed), the lines skipped above its header row, and each field's headings."""

    rows: list[Row]
    unused: list[str]
    header_line: int
    columns: dict[str, list[str]] = field(default_factory=dict)
    """Our field -> the headings read for it ('case_name': ["Child's name"])."""
    by_cells: dict[str, str] = field(default_factory=dict)
    """Our field -> the heading of the column read for it by its cells ('Case Category')."""
    spreadsheet_rows: bool = False
    """Some cells span lines, so rows are numbered as a spreadsheet shows them, not by
    the text file's lines."""
    name_columns: list[str] = field(default_factory=list)
    """Unread columns whose cells read as people's names (`store.casenamecols`)."""


def read_rows(path: Path, vocab: Vocabulary | None = None) -> CaseListFile:
    """The case list at `path`: its header found among its first rows, each later row
    with the line it starts on."""
    text = decode(path.read_bytes(), path)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:  # a short list with a totals row: the commonest separator
        dialect = csv.excel
    lines = [ln for ln in text.splitlines()[: HEADER_SEARCH + 1] if ln.strip()]
    delimiter = (dialect.delimiter if dialect is not csv.excel
                 else max(",;\t", key=lambda d: max((ln.count(d) for ln in lines), default=0)))  # fmt: skip
    reader = csv.reader(io.StringIO(text, newline=""), dialect, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    start = 1
    for cells in reader:
        records.append((start, cells))
        start = reader.line_num + 1
    # A cell over several lines (a Notes column with line breaks) is one spreadsheet
    # row: number the rows as the spreadsheet shows them, where the lead corrects them
    # (tester 14, F12: text line 236 was another child's row in Excel).
    spread = len(records) < start - 1
    if spread:
        records = [(n, cells) for n, (_, cells) in enumerate(records, 1)]
    if not any(any(c.strip() for c in cells) for _, cells in records):
        raise InvalidInputError(f"{path} is empty; export the case list with its header row.")
    at, fields, read = _header_at(records, path, vocab)
    header_line, header = records[at]
    rows: list[Row] = []
    for line, cells in records[at + 1 :]:
        if not any(c.strip() for c in cells):
            continue
        row: dict[str, str] = {}
        for name, value in zip(fields, cells, strict=False):
            cell = " ".join(value.split())
            if name in JOINED and row.get(name) and cell:
                row[name] += f", {cell}"  # applicant, respondent: every party
            elif name and name not in row:
                row[name] = cell
        rows.append(Row(line, row))
    unused = [h.strip() for h, f in zip(header, fields, strict=False) if not f and h.strip()]
    columns: dict[str, list[str]] = {}
    for h, f in zip(header, fields, strict=False):
        if f:
            columns.setdefault(f, []).append(h.strip())
    personal = [h for h in unused if vocab and vocab.is_personal(h)]
    named = names_unread(header, fields, [c for _, c in records[at + 1 :]], personal,
                         vocab.is_organisation if vocab else lambda _: False)  # fmt: skip
    return CaseListFile(rows, unused, header_line, columns,
                        {f: header[i].strip() for i, f in read.items()}, spread, named)  # fmt: skip


def _case_list_toml() -> dict[str, Any]:
    from importlib import resources

    return tomllib.loads((resources.files("templates") / "case_list.toml").read_text("utf-8"))


@functools.cache
def application_labels() -> dict[str, str]:
    """How each Other application's code is named ('SGO': 'special guardianship'),
    from `templates/case_list.toml` [other_applications]."""
    return {k: v["label"] for k, v in _case_list_toml()["other_applications"].items()}


@dataclass
class Vocabulary:
    """How a framework's codes are written in case lists: its own codes and labels, the
    built-in spellings and a team's map."""

    fw: Framework
    spellings: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    organisation_words: list[str] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    case_type_words: list[str] = field(default_factory=list)
    team: dict[str, dict[str, str]] = field(default_factory=dict)
    """A team's own spellings ({group: {squashed spelling: our code}}): read before
    the built-in ones, so that a team's map always wins."""
    ambiguous_laws: dict[str, list[str]] = field(default_factory=dict)
    """Law-type spellings organisations use for either law ('PL'): squashed -> codes."""
    personal: list[str] = field(default_factory=list)
    """Heading words of personal details a case list should not carry (never read)."""
    first: dict[str, list[str]] = field(default_factory=dict)
    """Phrases that decide the case type whatever else the cell names ('Enforcement')."""
    forms: dict[str, str] = field(default_factory=dict)
    """A court form's number alone as the case type ('C100'), squashed -> the case type
    most applied for on it (said by the import, so a list meaning another can map it)."""
    applications: dict[str, list[str]] = field(default_factory=dict)
    """What an Other application is, as lists name it: code -> spellings ('SGO')."""

    @classmethod
    def load(cls, fw: Framework, mapping: dict[str, dict[str, str]] | None = None) -> Vocabulary:
        """The built-in spellings plus `mapping` ({group: {their value: our code}})."""
        data = _case_list_toml()
        spellings: dict[str, dict[str, list[str]]] = {}
        for group in ("law_types", "case_types", "stages", "yes_no"):
            spellings[group] = {k: list(v) for k, v in data.get(group, {}).items()}
        team: dict[str, dict[str, str]] = {}
        for group, pairs in (mapping or {}).items():
            for theirs, ours in pairs.items():
                spellings.setdefault(group, {}).setdefault(ours, []).insert(0, theirs)
                team.setdefault(group, {})[squash(theirs)] = ours
        ambiguous = {squash(k): list(v) for k, v in data.get("ambiguous_law_types", {}).items()}
        return cls(fw, spellings, dict(data["case_type_sections"]), data["organisations"]["words"],
                   dict(data.get("abbreviations", {})),
                   list(data.get("case_type_words", {}).get("words", [])), team,
                   ambiguous, list(data.get("personal_columns", {}).get("words", [])),
                   {k: list(v) for k, v in data.get("case_types_first", {}).items()},
                   {squash(k): v for k, v in data.get("case_type_forms", {}).items()},
                   {k: list(v["spellings"]) for k, v in data["other_applications"].items()})  # fmt: skip

    def is_personal(self, heading: str) -> bool:
        """Whether a column holds a personal detail Fieldwork never reads ("Initials",
        "Home address", "Postcode", "Ethnicity"): a heading word of `personal_columns`,
        whole or (four letters or more) inside the heading."""
        key = heading_key(heading)
        return any(key == w or (len(w) >= 4 and w in key) for w in self.personal)

    def expand(self, text: str) -> str:
        """`text` with its shortened words in full ('Final hrg' is 'Final hearing') and
        '&' as 'and'."""
        return re.sub(r"[0-9a-z]+", lambda m: self.abbreviations.get(m.group(0), m.group(0)),
                      and_(text).casefold())  # fmt: skip

    def _items(self, group: str) -> list[tuple[str, str]]:
        return [(i.code, i.label) for i in getattr(self.fw, group)]

    def exact(self, group: str, value: str) -> str | None:
        """The code whose code, label or listed spelling is `value` (case and
        punctuation ignored; '&' read as 'and')."""
        keys = {squash(value), squash(and_(value)), squash(self.expand(value))} - {""}
        if not keys:
            return None
        items = self._items(group)
        codes = {code for code, _ in items}
        mine = self.team.get(group, {})
        for key in sorted(keys):
            if mine.get(key) in codes:
                return mine[key]
        for code, label in items:
            if keys & {squash(code), squash(label)}:
                return code
        for code, spelled in self.spellings.get(group, {}).items():
            if code in codes and keys & {squash(s) for s in spelled}:
                return code
        return self._past_note(group, value)

    def _past_note(self, group: str, value: str) -> str | None:
        """ "Private law (C100)": the value without its bracketed note, where the note
        names no other code of the group ("Other (adoption)" is no plain OTHER)."""
        bare = re.sub(r"\s*\(.*?\)", " ", value).strip()
        if not bare or bare == value.strip():
            return None
        code = self.exact(group, bare)
        noted = " ".join(re.findall(r"\((.*?)\)", value))
        return code if code and self.exact(group, noted) in (None, code) else None

    def law_choices(self, value: str) -> list[str]:
        """The law types an ambiguous spelling ('PL') may mean, unless the team's map
        settles it; [] for any other cell."""
        key = squash(value)
        if key in self.team.get("law_types", {}):
            return []
        codes = {code for code, _ in self._items("law_types")}
        return [c for c in self.ambiguous_laws.get(key, []) if c in codes]

    def area(self, cell: str, known: dict[str, str]) -> tuple[str, str] | None:
        """The (code, name) of the service area `cell` names: the team's map first
        ('SW' = '3'), then a number in the cell, then the name of an area already
        known (`known`: code -> name)."""
        key = squash(cell)
        for ours, spelled in self.spellings.get("areas", {}).items():
            if key in {squash(s) for s in spelled}:
                mapped = area_in(ours)  # "3", "03" or "Area 3"
                return (mapped[0], "") if mapped else (ours.strip().lower(), "")
        found = area_in(cell)
        if found:
            return found
        by_name = {squash(and_(name)): code for code, name in known.items() if squash(name)}
        code = by_name.get(squash(and_(cell)))  # 'Humber & East Riding' is 'Humber and ...'
        return (code, "") if code else None

    def area_code(self, cell: str, known: dict[str, str]) -> str | None:
        """The code of the service area `cell` names (`area`), or None."""
        found = self.area(cell, known)
        return found[0] if found else None

    def case_type(self, value: str) -> str | None:
        """A case type from its code, label, a section or rule number, or a phrase; a
        phrase among words it does not explain ('Contact thingy') is no case type (see
        `near_case_type`): a legal case type is not guessed."""
        found = self.exact("case_types", value) or self.forms.get(squash(value))
        text = words(self.expand(value))
        codes = {code for code, _ in self._items("case_types")}
        deciding = [c for c, said in self.first.items() if any(words(p) in text for p in said)]
        if found or (deciding and deciding[0] in codes):
            return found or deciding[0]
        phrased, cited = self._case_type_clues(value)
        if len(phrased) == 1:
            code = next(iter(phrased))
            return code if code in cited or not self._unexplained(value, code) else None
        if len(phrased) > 1:
            both = phrased & cited
            return both.pop() if len(both) == 1 else None
        return cited.pop() if len(cited) == 1 else None

    def application(self, value: str) -> str | None:
        """What an Other application's cell names it ('SGO' for 'Special guardianship
        order'), by the first code one of whose spellings it holds; None for none."""
        text = words(self.expand(value))
        return next((code for code, said in self.applications.items()
                     if any(words(p) in text for p in said)), None)  # fmt: skip

    def near_case_type(self, value: str) -> str | None:
        """The case type a phrase in `value` names when other words leave it in doubt."""
        phrased, _ = self._case_type_clues(value)
        return next(iter(phrased)) if len(phrased) == 1 else None

    def _case_type_clues(self, value: str) -> tuple[set[str], set[str]]:
        """The case types `value`'s phrases name, and those its section numbers cite."""
        codes = {code for code, _ in self._items("case_types")}
        text = words(self.expand(value))
        matched = {
            code: {words(s) for s in spelled if words(s) in text}
            for code, spelled in self.spellings.get("case_types", {}).items()
            if code in codes
        }
        # A phrase inside another case type's longer phrase names nothing of its own:
        # "Adoption from care" is that, not also a care order ("care").
        longer = {p for said in matched.values() for p in said}
        phrased = {
            code
            for code, said in matched.items()
            if any(not any(p != q and f" {p} " in f" {q} " for q in longer) for p in said)
        }
        cited = {self.sections[n] for n in SECTION.findall(value) if n in self.sections}
        if RULE_16_4.search(value):
            cited.add(self.sections.get("16.4", "R16_4"))
        return phrased, cited & codes

    def _unexplained(self, value: str, code: str) -> set[str]:
        """The words of `value` that neither `code`'s spellings and label nor the words
        any case type is written with ('order', 'application') account for."""
        label = next((lab for c, lab in self._items("case_types") if c == code), "")
        known = set(words(" ".join([code, label, *self.spellings["case_types"].get(code, [])]
                                   + self.case_type_words)).split())  # fmt: skip
        bare = RULE_16_4.sub(" ", SECTION.sub(" ", value))
        return set(words(self.expand(bare)).split()) - known

    def yes_no(self, value: str) -> bool | None:
        key = squash(value)
        for answer, spelled in self.spellings.get("yes_no", {}).items():
            if key in {squash(s) for s in spelled}:
                return answer == "yes"
        return None

    def accepted(self, group: str) -> list[str]:
        """'CODE (Label)' for each code, for an error message."""
        return [f"{code} ({label})" for code, label in self._items(group)]

    def is_organisation(self, party: str) -> bool:
        text = words(party)
        return any(words(w) in text for w in self.organisation_words)
