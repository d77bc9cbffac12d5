"""Reading a case list as organisations send it (domain.md 3.5): the file, its headers
and its cells (the values: `store.casevocab`).  No database here: `store.caseimport`
turns the rows into cases.

- The file: UTF-8 with or without a byte-order mark (else Windows-1252), comma,
  semicolon or tab separated, Windows or Unix line endings, quoted cells that span
  lines.  Each row keeps the line it starts on, so a report points at the line an
  editor shows; where a cell spans lines, the row a spreadsheet shows instead.
- Values: `store.casevocab`.  Dates: `store.casedates`.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from store.casechildren import one_per_child
from store.casecolumns import by_cells
from store.caseheader import repeats_header, sub_header
from store.casenamecols import names_unread
from store.caseworkbook import is_workbook, read_sheet
from store.errors import InvalidInputError

if TYPE_CHECKING:
    from store.casevocab import Vocabulary


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


COUNT = re.compile(r"^\d[\d,]*(?:\s+[a-z]+)?$", re.I)
"""A count as a totals row gives it in a text column: '3000 children', '3,000', '78 cases'."""


def is_totals(row: Row) -> bool:
    """A summary row ('Total;78;;'): a cell says total, and every other cell gives a
    count or the formula counting it, under whichever heading ('2991 children' under the
    law type: tester 28, F1), or no law or case type is given, or no law type and no
    area, the case type's cell giving a count ('Total,,,3000 children' with the count
    under 'Application': tester 24, F2)."""
    filled = [cell for cell in row.cells.values() if cell.strip()]
    if not any(TOTALS.match(c) for c in filled):
        return False
    if all(TOTALS.match(c) or COUNT.match(c) or c.startswith("=") for c in filled):
        return True  # 'Total' and counts or a count's formula only, in whichever columns
    if row.get("law_type"):
        return False
    ctype = row.get("case_type")
    return not ctype or (not row.get("service_area")
                         and bool(TOTALS.match(ctype) or COUNT.match(ctype)))  # fmt: skip


SPREADSHEETS = {
    b"PK\x03\x04": "an OpenDocument spreadsheet (.ods) or another zip file",
    b"\xd0\xcf\x11\xe0": "an older Excel workbook (.xls) or a workbook saved with a password",
}
"""The first bytes of a spreadsheet's own file that is not read (an .xlsx workbook is:
`store.caseworkbook`), which is no text a list can be read from."""


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
                f"{name} is {what}, not a list Fieldwork reads: open it in the spreadsheet "
                "and save it as an Excel workbook (.xlsx, without a password) or as CSV "
                "(comma delimited), then import that file."
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
    "case_id": ("caseid", "casenumber", "caseno", "caseref", "casereference", "caserefno",
                "casereferencenumber"),
}  # fmt: skip
"""Headings read by how they end, where no column has the field's own heading:
'Hearing stage', 'Current hearing stage', 'Lead application type', 'Child's D.O.B.',
'Cafcass Case No' (tester 24, F1)."""
NOT_ENDING = {"case_id": ("court", "la", "localauthority", "police", "linked", "related",
                          "previous", "old", "sibling", "legalaid")}  # fmt: skip
"""Headings that end as a field does but give another body's number or another case's
('Court case no', 'LA case ref', 'Linked case number'): not read by their ending."""
SHOWN: dict[str, str] = {
    "case_id": "Case ID, Case number or Case ref",
    "law_type": "Law type or Proceedings",
    "case_type": "Case type, Order type or Application",
    "service_area": "Service area, Area, Region or Unit",
}
"""The headings the import reads for each required column, as the error shows them."""
HEADER_SEARCH = 10
"""Rows a list may carry above its header row (a report's title, a run date, a blank line)."""


def heading_key(heading: str) -> str:
    """A heading without its bracketed note or a trailing 'Y/N', squashed: 'Child seen
    in person (Y/N)' and 'Child seen Y/N' are 'childseeninperson', 'childseen'."""
    return squash(re.sub(r"\(.*?\)|\b(?:y/n|yes/no)\s*$", "", heading, flags=re.I))


def _named(key: str) -> str:
    """The field whose own spellings hold a squashed heading, or ''."""
    return next((f for f, spell in HEADERS.items() if key in spell), "")


NAME_PARTS = {
    "child_first_name": ("forenames", "forename", "firstname", "givenname", "givennames"),
    "child_surname": ("surname", "lastname", "familyname"),
}
"""How a heading ends when its column holds a part of someone's name."""
CHILD_HEADS = ("child", "youngperson", "subject", "cyp", "minor")
"""Words before a name part that make the column a child's: 'Subject Child Forename'."""
PARTY_NUMBERED = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|additional|other)?"
    r"([a-z]+?)(?:no|number)?\d{0,2}"
    r"(?:name|names|forenames?|firstname|givennames?|surname|lastname|familyname)?$"
)
"""A party's heading with its number: 'Respondent 2', '2nd Respondent', 'Applicant 1
name', 'Other party 3', 'Second respondent' (tester 24, F4: 'Respondent 2' was left unread,
and the second parties' names were not protected); a party's name given in two columns,
'Mother forename' and 'Mother surname', is read as that party's too."""


def _numbered_party(key: str) -> bool:
    """Whether a squashed heading names a party column with its number or order."""
    parties = HEADERS["parties"]
    m = PARTY_NUMBERED.match(key)
    return m is not None and (m.group(1) in parties or f"other{m.group(1)}" in parties)


def _child_name_part(key: str) -> str:
    """The field of a column holding a part of the child's name, by how its heading
    ends, where the words before it speak of a child ('Subject Child Forename', 'Young
    person surname'; tester 25, F2: those columns were left unread, so no child of the
    list was protected), or ''."""
    for part, ends in NAME_PARTS.items():
        for end in ends:
            if key.endswith(end) and any(w in key[: -len(end)] for w in CHILD_HEADS):
                return part
    return ""


DESCRIBED = ("service_area", "team", "local_authority", "court", "law_type", "case_type",
             "stage")  # fmt: skip
"""Fields whose column may be headed by the field and what its cells give: 'Service Area
Name', 'Court name', 'Stage description' (tester 25, F1)."""


def _described(key: str) -> str:
    """The field a heading names with 'name', 'description' or 'title' after it, or ''."""
    for end in ("name", "description", "desc", "title", "label"):
        if key.endswith(end) and (named := _named(key[: -len(end)])) in DESCRIBED:
            return named
    return ""


def _ends_as(key: str, field: str, ends: tuple[str, ...]) -> bool:
    return key.endswith(ends) and not key.startswith(NOT_ENDING.get(field, ()))


def fields_of(header: list[str], mapped: dict[str, str] | None = None) -> list[str]:
    """Our field for each heading ('' where none): a heading the lead's map names first
    (`mapped`: squashed heading -> field, `--map` lines `column,Unit,area`), a field's
    own spellings, then a heading ending as the field does ('Hearing stage') where no
    column has its own spelling; a lead application column stands for the case type
    where no column gives one."""
    mapped = mapped or {}
    keys = [heading_key(h) for h in header]
    fields = [mapped.get(k) or _named(k) for k in keys]
    for i, heading in enumerate(header):
        # A heading naming one field two ways ('Guardian/FCA', 'Case No / Ref') is it; one
        # naming a field the list needs beside another ('Team / Region') is the needed
        # one, where no other column gives it.
        parts = {_named(heading_key(p)) for p in heading.split("/")} \
            if "/" in heading and not fields[i] else set()  # fmt: skip
        needed = [f for f in parts if f in REQUIRED and f not in fields]
        if len(parts) == 1 and "" not in parts:
            fields[i] = parts.pop()
        elif len(needed) == 1:
            fields[i] = needed[0]
    for i, key in enumerate(keys):
        if not fields[i] and key and _numbered_party(key):
            fields[i] = "parties"
        elif not fields[i] and key:
            found = _child_name_part(key) or _described(key)
            fields[i] = found if found not in fields else ""
    for i, key in enumerate(keys):
        if not fields[i] and key:
            fields[i] = next((f for f, ends in ENDINGS.items()
                              if f not in fields and _ends_as(key, f, ends)), "")  # fmt: skip
    if "case_type" not in fields and "lead_application" in fields:
        fields[fields.index("lead_application")] = "case_type"
    # Two columns for one field ("Region" and "Service area"): the heading that comes
    # first in the field's spellings (then the first column) is read; the other is left
    # unused (and listed so).
    best: dict[str, tuple[int, int]] = {}
    for i, (key, f) in enumerate(zip(keys, fields, strict=True)):
        if f in HEADERS and f not in JOINED:
            spelled = HEADERS[f]
            rank = (-1 if key in mapped else spelled.index(key) if key in spelled
                    else len(spelled), i)  # fmt: skip
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
    mapped = vocab.columns if vocab else {}
    for i, (_, cells) in enumerate(records[:HEADER_SEARCH]):
        fields = fields_of(cells, mapped)
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
    # A list with no law type column, and no column of law types under another heading
    # (named in `said`), gives it by its case types ('Care order', 'Private Law - CAO'),
    # row by row (`store.caselaw`).
    missing = [f for f in REQUIRED if f not in best_fields
               and not (f == "law_type" and "case_type" in best_fields and not said)]  # fmt: skip
    if not missing:
        return best, best_fields, read
    wanted = "; ".join(f"{m.replace('_', ' ')} (a heading such as {SHOWN[m]})" for m in missing)
    shown = ", ".join(h.strip() for h in header if h.strip()).rstrip(".")
    example = "column,Unit,area"
    if "service_area" in missing and "team" in best_fields:  # tester 32, F2: TEAM gave the areas
        team = header[best_fields.index("team")].strip()
        example = f"column,{team},area, where its {team} column names the areas"
    hint = (f"; {'; '.join(said)}." if said else ". Rename the column, or map its heading "
            f"with --map (a line such as {example}), or check that it is the case "
            "list with its header row.")  # fmt: skip
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
    sheet: str = ""
    """The sheet read, where the list is an Excel workbook ('' for a text list)."""
    other_sheets: list[str] = field(default_factory=list)
    """The workbook's other visible sheets, not read."""
    header_repeats: list[int] = field(default_factory=list)
    """Lines below the header row that repeat it (a page break in a system's export)."""
    sheets: list[str] = field(default_factory=list)
    """The sheets read as one list, in order (`store.caseworkbook.sheet_row`)."""
    area_from_sheet: bool = False
    """Each row's service area is its sheet's name (the sheets have no area column)."""
    law_from_sheet: bool = False
    """Each row's law type is its sheet's name ("Private Law"; no law type column)."""
    several_children: int = 0
    """Rows naming several children, each read as a row per child (`store.casechildren`)."""
    sheets_aligned: bool = False
    """The sheets read hold the list under different headings, matched by field."""
    header_rows: int = 1
    """How many rows the header is written over (two where a workbook merges cells)."""


def _has_area(header: list[str], mapped: dict[str, str] | None = None) -> bool:
    return "service_area" in fields_of(header, mapped)


def required_named(records: list[tuple[int, list[str]]], mapped: dict[str, str] | None = None
                   ) -> int:  # fmt: skip
    """The most required columns a row among `records` names by its heading (or the
    lead's map, `mapped`)."""
    return max((sum(f in REQUIRED for f in fields_of(cells, mapped)) for _, cells in records),
               default=0)  # fmt: skip


def _text_records(text: str) -> tuple[list[tuple[int, list[str]]], bool]:
    """A text list's rows, each with the line it starts on, and whether they are
    numbered as a spreadsheet shows them (some cells span lines)."""
    # The sniffer counts separators line by line, and splits lines at "\n" only: a list
    # saved by Excel on a Mac ends its lines with "\r" alone, so it is given lines it
    # can count (tester 29, F4: a ";" list was read as one "," column).
    sample = "\n".join(text[:8192].splitlines())
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
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
    return records, spread


def read_rows(path: Path, vocab: Vocabulary | None = None, sheet: str | None = None
              ) -> CaseListFile:  # fmt: skip
    """The case list at `path` (a text list, or the list's sheet of an Excel workbook:
    `sheet` by name): its header found among its first rows, each later row with the
    line (or the workbook's row) it starts on."""
    mapped = vocab.columns if vocab else {}
    book = read_sheet(path, lambda records: required_named(records, mapped), sheet,
                      lambda header: _has_area(header, mapped),
                      lambda header: "law_type" in fields_of(header, mapped),
                      lambda header: fields_of(header, mapped), len(REQUIRED),
                      ) if is_workbook(path) else None  # fmt: skip
    if book is None and sheet is not None:
        raise InvalidInputError(f"{path} is not an Excel workbook: --sheet is only for an .xlsx "
                                "file; leave it out for a CSV or text list.")  # fmt: skip
    records, spread = (
        (book.records, False) if book else _text_records(decode(path.read_bytes(), path))
    )
    if not any(any(c.strip() for c in cells) for _, cells in records):
        raise InvalidInputError(f"{path} is empty; export the case list with its header row.")
    at, fields, read = _header_at(records, path, vocab)
    header_line, header = records[at]
    kinds = sub_header(records, at, fields, vocab.columns if vocab else {}, fields_of)
    if kinds:  # a header over two rows (merged cells): one header row of both
        header, sub = kinds
        records = [*records[: at + 1], *records[at + 2 :]]
        fields = fields_of(header, vocab.columns if vocab else {})
    rows: list[Row] = []
    heading = [" ".join(h.split()).casefold() for h in header]
    given = [{h, *(k[i].strip().casefold() for k in ([records[at][1], sub] if kinds else [])
                   if i < len(k))} for i, h in enumerate(heading)]  # fmt: skip
    repeats: list[int] = []  # the header row again at each page of a system's export
    for line, cells in records[at + 1 :]:
        if not any(c.strip() for c in cells):
            continue
        said = [" ".join(c.split()).casefold() for c in cells]
        if said == heading or (kinds and repeats_header(said, given)):
            repeats.append(line)
            continue
        row: dict[str, str] = {}
        for name, value in zip(fields, cells, strict=False):
            cell = " ".join(value.split())
            if name in JOINED and row.get(name) and cell:
                row[name] += f"; {cell}"  # applicant, respondent: every party
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
    rows, several = one_per_child(rows)
    return CaseListFile(rows, unused, header_line, columns,
                        {f: header[i].strip() for i, f in read.items()}, spread, named,
                        book.name if book else "", book.others if book else [], repeats,
                        book.sheets if book else [], bool(book and book.area_from_name),
                        bool(book and book.law_from_name), several,
                        sheets_aligned=bool(book and book.aligned),
                        header_rows=2 if kinds else 1)  # fmt: skip


TELLS_CHILDREN_APART = ("child_id", "case_name", "child_first_name")
"""Fields that tell one child from another: with none, two identical rows may be twins."""


def repeated(rows: list[Row]) -> tuple[list[Row], list[int]]:
    """The rows without those that repeat an earlier row cell for cell (a system's export
    listing one child twice: tester 17, F10), and the lines left out.  Only where the list
    tells children apart (a child ID or a name column): without, two identical rows may be
    twins, which the import refuses rather than guess."""
    if not rows or not any(f in rows[0].cells for f in TELLS_CHILDREN_APART):
        return rows, []
    seen: set[tuple[tuple[str, str], ...]] = set()
    kept: list[Row] = []
    lines: list[int] = []
    for row in rows:
        key = tuple(sorted((k, " ".join(v.split()).casefold()) for k, v in row.cells.items()))
        if key in seen:
            lines.append(row.line)
        else:
            seen.add(key)
            kept.append(row)
    return kept, lines
