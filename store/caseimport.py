"""Importing the case list the inspected organisation supplies (domain.md 3.5).

Privacy: a child's name and date of birth are never stored with the case.  Each
child gets a random pseudonymous reference ("C-4821-KT") and an age band computed
at the inspection's start date; the organisation's case number is kept only as a
keyed hash (HMAC-SHA256 with a per-inspection secret in `meta`), so a re-import
finds the same case without the number being stored.  Names from the list go into
protected-name records, which the report's identifiability check needs.  Gender,
ethnicity and disability are special-category data and are not imported at all.

The whole file is checked first: if any row is bad, nothing is imported (unless the
caller asks to skip bad rows), and every bad row is reported with its line number.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import re
import secrets
import string
from pathlib import Path

from store.connection import locked
from store.errors import InvalidInputError, NotFoundError
from store.framework import Framework
from store.history import HistoryMixin
from store.ids import natural_id
from store.models import Area, CaseFile, Model, ProtectedName, Record

# Accepted header spellings, after lower-casing and dropping everything but letters
# and digits.
HEADERS: dict[str, tuple[str, ...]] = {
    "case_id": ("caseid", "casenumber", "caseno", "caseref", "casereference", "cafcasscaseid"),
    "child_id": ("childid", "childnumber", "childref", "personid"),
    "case_name": ("casename", "name", "childname", "childsname", "casetitle"),
    "dob": ("dateofbirth", "dob", "birthdate", "childdob", "childsdateofbirth"),
    "lead_application": ("leadapplication", "application", "applicationtype"),
    "law_type": ("lawtype", "law", "typeoflaw", "proceedings"),
    "case_type": ("casetype", "typeofcase", "ordertype"),
    "practitioner": ("practitioner", "fca", "worker", "allocatedworker", "practitionername"),
    "team": ("team", "teamname"),
    "service_area": ("servicearea", "area", "areacode", "serviceareacode", "region"),
    "local_authority": ("localauthority", "la"),
    "court": ("court", "courtname"),
    "child_seen": ("childseeninperson", "childseen", "seen", "seeninperson"),
}
REQUIRED = ("case_id", "law_type", "case_type", "service_area")

_LAW_WORDS = {
    "PRIVATE": ("private", "privatelaw", "pl", "priv"),
    "PUBLIC": ("public", "publiclaw", "pub", "care"),
    "ADOPTION": ("adoption", "adopt"),
    "OTHER": ("other",),
}
_CASE_WORDS = {
    "CAO": ("cao", "childarrangements", "childarrangementsorder", "contact", "residence"),
    "SIO_PSO": ("siopso", "sio", "pso", "specificissue", "prohibitedsteps"),
    "SGL_ONLY": ("sglonly", "sgl", "safeguardingletter", "safeguardingletteronly", "wtfh"),
    "S7": ("s7", "section7", "sec7", "s7report"),
    "R16_4": ("r164", "rule164", "r16", "16point4"),
    "LEAVE_REMOVE": ("leaveremove", "leavetoremove"),
    "PARENTAL_ORDER": ("parentalorder", "surrogacy"),
    "S31": ("s31", "section31", "careorder", "supervisionorder", "careandsupervision"),
    "EPO_CAO": ("epocao", "epo", "emergencyprotection", "childassessment"),
    "S25": ("s25", "section25", "secureaccommodation"),
    "HC_DOL": ("hcdol", "dol", "deprivationofliberty", "highcourtdol"),
    "PLACEMENT": ("placement", "placementorder"),
    "ADOPT_FROM_CARE": ("adoptfromcare", "adoptionfromcare"),
    "ADOPT_STEP_PARENT": ("adoptstepparent", "stepparentadoption", "stepparent"),
    "ADOPT_INTERCOUNTRY": ("adoptintercountry", "intercountryadoption", "intercountry"),
    "ADOPT_RELINQUISHED_BABY": ("adoptrelinquishedbaby", "relinquishedbaby"),
    "OTHER": ("other",),
}
_AREA = re.compile(r"^\s*(?:service\s*)?(?:area\s*)?([0-9]{1,3}[a-zA-Z]?)\b[\s\-:–]*(.*)$", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d")


class BadRow(Model):
    """A row that cannot be imported, with its line number in the file."""

    line: int
    problem: str


class CaseImportReport(Model):
    """What an import did (or would do)."""

    rows: int
    imported: int
    already_present: int
    areas_created: list[str]
    protected_names: int
    bad: list[BadRow]
    applied: bool


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def _lookup(value: str, words: dict[str, tuple[str, ...]], items: list[str]) -> str | None:
    key = _norm(value)
    if not key:
        return None
    for code in items:
        if _norm(code) == key:
            return code
    for code, spellings in words.items():
        if code in items and key in spellings:
            return code
    return None


def age_band(dob: dt.date, on: dt.date) -> str:
    """The AGE_BANDS band for a child born on `dob`, at date `on`."""
    years = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    for top, band in (
        (1, "0-1"),
        (4, "2-4"),
        (9, "5-9"),
        (13, "10-13"),
        (15, "14-15"),
        (17, "16-17"),
    ):
        if years <= top:
            return band
    raise ValueError(f"aged {years} at the inspection start, not a child")


def parse_date(text: str) -> dt.date:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)")


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file as dicts keyed by our field names; line numbers in '_line'."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInputError(
            f"{path} is empty; export the case list with its header row."
        ) from None
    fields: list[str | None] = []
    for name in header:
        key = _norm(name)
        fields.append(next((f for f, spell in HEADERS.items() if key in spell), None))
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        wanted = ", ".join(m.replace("_", " ") for m in missing)
        raise InvalidInputError(
            f"{path} has no column for {wanted} (line 1 has: {', '.join(header)}); "
            f"check that it is the case list with its header row."
        )
    rows = []
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        row = {"_line": str(line_no)}
        for field, value in zip(fields, cells, strict=False):
            if field and field not in row:
                row[field] = value.strip()
        rows.append(row)
    return rows


def new_ref(taken: set[str]) -> str:
    """A random pseudonymous case reference like C-4821-KT, not already in use."""
    while True:
        digits = "".join(secrets.choice(string.digits) for _ in range(4))
        letters = "".join(secrets.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        ref = f"C-{digits}-{letters}"
        if ref not in taken:
            taken.add(ref)
            return ref


def _names_in(case_name: str) -> list[tuple[str, str]]:
    """Protected names from a case name: 'Smith v Jones' -> parties; 'Re A' -> child."""
    text = case_name.strip()
    if not text:
        return []
    m = re.match(r"^(?:re|in re|in the matter of)\s+(.+)$", text, re.I)
    if m:
        name = re.sub(r"\(.*?\)", "", m.group(1)).strip(" ,")
        return [(name, "child")] if len(name) >= 2 else []
    parts = re.split(r"\s+(?:v|vs|v\.|and)\s+", text, flags=re.I)
    if len(parts) > 1:
        return [(p.strip(), "parent") for p in parts if len(p.strip()) >= 2]
    return [(text, "child")]


class CaseImportMixin(HistoryMixin):
    """`import_cases`: the organisation's case list into pseudonymised cases."""

    framework: Framework

    def case_key(self, case_number: str, child: str = "") -> str:
        """Keyed hash of the organisation's case number (and child id, when given)."""
        secret = self._meta.get("case_key_secret")
        if not secret:
            secret = secrets.token_hex(32)
            with self.transaction():
                self._set_meta("case_key_secret", secret)
        msg = f"{_norm(case_number)}|{_norm(child)}".encode()
        return hmac.new(bytes.fromhex(secret), msg, hashlib.sha256).hexdigest()[:32]

    @locked
    def import_cases(
        self, path: str | Path, *, skip_bad: bool = False, author: str | None = None
    ) -> CaseImportReport:
        """Check every row, then import the good ones in one transaction, or nothing
        when any row is bad and `skip_bad` is false.  A re-import adds only new cases."""
        src = Path(path)
        if not src.is_file():
            raise NotFoundError(f"There is no case list at {src}; check the path.")
        who = self._author(author)
        rows = read_table(src)
        fw = self.framework
        law_codes = [lt.code for lt in fw.law_types]
        case_codes = [ct.code for ct in fw.case_types]
        stage_codes = [s.code for s in fw.stages]
        stage = "CLOSED" if "CLOSED" in stage_codes else stage_codes[-1]
        start = self._scalar("SELECT start_date FROM inspection")
        on = dt.date.fromisoformat(start) if start else dt.date.today()
        areas = {r[0] for r in self.conn.execute("SELECT code FROM areas")}
        taken = {r[0] for r in self.conn.execute("SELECT ref FROM cases")}
        existing = set(self.conn.execute("SELECT rid FROM version WHERE tbl = 'case'").fetchall())
        bad: list[BadRow] = []
        seen_keys: dict[str, int] = {}
        new_records: list[tuple[str, Record]] = []
        new_areas: dict[str, str] = {}
        names: dict[str, ProtectedName] = {}
        already = 0
        for row in rows:
            line = int(row["_line"])
            problems = []
            number = row.get("case_id", "")
            if not number:
                problems.append("the case ID is empty")
            law = _lookup(row.get("law_type", ""), _LAW_WORDS, law_codes)
            if law is None:
                problems.append(
                    f"unknown law type {row.get('law_type', '')!r} ({', '.join(law_codes)})"
                )
            ctype = _lookup(row.get("case_type", ""), _CASE_WORDS, case_codes)
            if ctype is None:
                problems.append(f"unknown case type {row.get('case_type', '')!r}")
            m = _AREA.match(row.get("service_area", ""))
            code = m.group(1).lower() if m else ""
            if not m:
                problems.append(f"no service area number in {row.get('service_area', '')!r}")
            band = "unknown"
            if row.get("dob"):
                try:
                    band = age_band(parse_date(row["dob"]), on)
                except ValueError as exc:
                    problems.append(f"date of birth: {exc}")
            key = self.case_key(number, row.get("child_id", "")) if number else ""
            if key and key in seen_keys:
                problems.append(f"the same case (and child) as line {seen_keys[key]}")
            if problems:
                bad.append(BadRow(line=line, problem="; ".join(problems)))
                continue
            seen_keys[key] = line
            assert law is not None and ctype is not None
            if code not in areas and code not in new_areas:
                new_areas[code] = (m.group(2).strip() if m else "") or f"Area {code}"
            rid = natural_id("case", self.inspection_id, key)
            if (rid,) in existing:
                already += 1
                continue
            seen = _yes_no(row.get("child_seen", ""))
            case = CaseFile(
                ref=new_ref(taken), area_code=code, law_type=law, case_type=ctype, stage=stage,
                age_band=band, child_seen=seen, sample="national", source_key=key,  # type: ignore[arg-type]
            )  # fmt: skip
            new_records.append((rid, case))
            for name, category in _names_in(row.get("case_name", "")):
                names[name.casefold() + category] = ProtectedName(
                    name=name,
                    category=category,  # type: ignore[arg-type]
                    case_id=rid,
                )
            if row.get("practitioner") and len(row["practitioner"]) >= 2:
                names[row["practitioner"].casefold()] = ProtectedName(
                    name=row["practitioner"], category="other-person"
                )
        applied = not bad or skip_bad
        if not applied:
            return CaseImportReport(
                rows=len(rows), imported=0, already_present=already, areas_created=[],
                protected_names=0, bad=bad, applied=False,
            )  # fmt: skip
        records: list[tuple[str, Record]] = [
            (natural_id("area", self.inspection_id, c), Area(code=c, name=n[:80]))
            for c, n in sorted(new_areas.items())
        ]
        records += new_records
        known = {
            r[0] for r in self.conn.execute("SELECT rid FROM version WHERE tbl = 'protected_name'")
        }
        added = 0
        for pn in names.values():
            pid = natural_id("protected_name", self.inspection_id, pn.name.casefold(), pn.category)
            if pid not in known:
                known.add(pid)
                records.append((pid, pn))
                added += 1
        if records:
            self.bulk_create(records, who)
        return CaseImportReport(
            rows=len(rows), imported=len(new_records), already_present=already,
            areas_created=sorted(new_areas), protected_names=added, bad=bad, applied=True,
        )  # fmt: skip


def _yes_no(text: str) -> bool | None:
    key = _norm(text)
    if key in ("y", "yes", "true", "1"):
        return True
    if key in ("n", "no", "false", "0"):
        return False
    return None
