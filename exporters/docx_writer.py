"""Write a `ReportModel` to Word with python-docx, into a template.

Numbering: numbered paragraphs are a real Word list ("Fieldwork Numbered Paragraph"
carries it), restarted at the export's first number (`--start-number`), so the numbers
follow when the lead inserts, moves or deletes a paragraph in Word.  A template whose
numbered style has no list gets one, set on each numbered paragraph.

Comments: one Word comment per sentence that makes a claim, anchored to that sentence:
one line with its tally ("In 30 of 49 cases with a view on QPN4"), up to three short
excerpts with their case references, and any flags; a rationale recorded with a grade
goes into its headline's comment, never the body.  The full list of record ids goes to
the CSV trace, not the margin.

Footnotes, the page number in the footer, the document's language (en-GB) and its
properties (title, author and dates from the inspection) are set here too; the XML
python-docx has no API for is built in `exporters.docx_xml`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Emu, Inches

from exporters import docx_xml as x
from exporters.errors import ExportError
from exporters.leftovers import temp_beside
from exporters.model import Paragraph, ReportModel, Section, Sentence, Table
from templates import word_parts as wp

MAX_REFS = 3  # case references a comment names (the CSV trace lists them all)

STYLES = {
    "title": "Fieldwork Title",
    "subtitle": "Fieldwork Subtitle",
    "heading1": "Fieldwork Heading 1",
    "heading2": "Fieldwork Judgement Heading",
    "plain": "Fieldwork Paragraph",
    "numbered": "Fieldwork Numbered Paragraph",
    "bullet": "Fieldwork Bullet",
    "table": "Fieldwork Table",
    "footnote": "Fieldwork Footnote",
    "footnote_ref": "Fieldwork Footnote Reference",
    "comment": "Fieldwork Comment",
}


def default_template() -> Path:
    """The template shipped with Fieldwork (templates/report.docx)."""
    return Path(str(resources.files("templates") / "report.docx"))


def check_template(template: Path) -> None:
    """Raise ExportError naming each style the template lacks (and when it is not a .docx)."""
    _open_template(template)


class _Styles(NamedTuple):
    """The template's styles as the writer sets them on the XML (by style id)."""

    ids: dict[str, str]  # STYLES key -> style id
    table: str | None  # the table style's id (None: the document's default table style)
    numbered: Any  # the numbered paragraph style's element


def _open_template(template: Path) -> tuple[Any, _Styles]:
    if not template.exists():
        raise ExportError(f"The template {template} does not exist; give a .docx file.")
    try:
        doc = Document(str(template))
    except Exception:
        raise ExportError(
            f"The template {template} is not a Word .docx file; give a .docx file."
        ) from None
    by_name: dict[str, Any] = {}
    for style in doc.styles:
        by_name.setdefault(style.name, style)
    missing = [n for n in STYLES.values() if n not in by_name]
    if missing:
        listed = ", ".join(f"'{n}'" for n in missing)
        raise ExportError(
            f"The template {template} has no style {listed}; add "
            f"{'it' if len(missing) == 1 else 'them'} (any look will do) or use the "
            f"built-in template."
        )
    ids = {k: by_name[n].style_id for k, n in STYLES.items()}
    table = by_name[STYLES["table"]]
    if table.type != WD_STYLE_TYPE.TABLE:
        raise ExportError(f"The template {template}'s style '{table.name}' is not a table style.")
    default = doc.styles.default(WD_STYLE_TYPE.TABLE)
    table_id = (
        None if default is not None and default.style_id == table.style_id else table.style_id
    )
    return doc, _Styles(ids, table_id, by_name[STYLES["numbered"]].element)


def sentence_comment(s: Sentence, labels: dict[str, str] | None = None) -> list[list[str]]:
    """A sentence's comment: its tally, up to three excerpts with case references and
    any flags on one line (parts joined with " · "), and a rationale on the next."""
    if not s.traced or s.role in ("impact", "fixed"):
        return []
    parts = [s.basis] if s.basis else []
    parts += s.excerpts
    if not s.excerpts and 0 < len(s.case_refs) <= MAX_REFS:
        parts.append(", ".join(s.case_refs))  # an example: its text is in the body
    if not parts and s.evidence_ids:
        n = len(s.evidence_ids)
        parts.append(f"{n} evidence record{'s' if n != 1 else ''} (listed in the CSV trace)")
    if s.flags:
        parts.append("Check: " + ", ".join(s.flags))
    if s.conflicts:
        parts.append("In conflict: " + ", ".join(s.conflicts[:3]))
    lines = [parts] if parts else []
    lines += [[note] for note in s.notes]
    return lines


def comment_lines(
    paragraph: Paragraph, labels: dict[str, str] | None = None, ids: bool = False
) -> list[list[str]]:
    """Every comment of a paragraph, line by line (each line a list of parts), for the
    identifiability check.  `ids` is kept for callers; comments never list record ids."""
    return [line for s in paragraph.sentences for line in sentence_comment(s, labels)]


def comment_text(paragraph: Paragraph, labels: dict[str, str] | None = None) -> str:
    """The paragraph's comments as text: one line per sentence that makes a claim."""
    return "\n".join(" · ".join(line) for line in comment_lines(paragraph, labels))


def write_docx(
    report: ReportModel,
    path: Path,
    template: Path | None = None,
    *,
    comments: bool = True,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Write `report` to `path` (atomically: a temporary file in the same folder, then
    renamed) and return the path.  Raises ExportError for a bad template or path.
    `check` reads the complete temporary file and may raise to stop the export; the
    document properties are Fieldwork's own, never the template's."""
    doc, styles = _open_template(template or default_template())
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _Writer(doc, styles, report, comments).write(progress)
    _properties(doc, report)
    wp.language(doc)
    wp.page_numbers(doc)
    _save_atomic(doc, path, check)
    return path


def _properties(doc: Any, report: ReportModel) -> None:
    p = report.properties
    core = doc.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core.title = p.title or report.title
    core.subject = p.subject
    core.author = p.author or "Fieldwork"
    core.last_modified_by = p.author or "Fieldwork"
    core.keywords = p.keywords
    core.comments = p.comments
    core.category = p.category
    core.language = wp.LANGUAGE
    core.created = now
    core.modified = now
    core.revision = 1


class _Writer:
    def __init__(self, doc: Any, styles: _Styles, report: ReportModel, comments: bool):
        self.doc = doc
        self.report = report
        self.comments = comments
        self.ids = styles.ids
        self.table_style_id = styles.table
        self._pending: list[str] = []
        self._comment_xml: list[str] = []
        self._comments_elm: Any = None
        self._next_comment: int | None = None
        self._when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._num_id = self._numbering(styles.numbered)

    def _numbering(self, style: Any) -> int | None:
        """Restart the numbered style's list at the first paragraph's number; None when
        the style carries its own list, else the id of a list made for this export."""
        numbered = self.report.numbered()
        start = numbered[0].number if numbered and numbered[0].number else 1
        numbering = wp.numbering_element(self.doc)
        own = wp.style_list_id(style)
        if own is not None and wp.restart_list(numbering, own, start):
            return None
        return wp.new_list(numbering, start)

    def write(self, progress: Callable[[int, int], None] | None) -> None:
        r = self.report
        if r.title:
            self._add("title", r.title)
        if r.subtitle:
            self._add("subtitle", r.subtitle)
        total = len(r.sections)
        for i, section in enumerate(r.sections):
            self._section(section)
            if progress:
                progress(i + 1, total)
        x.append_to_body(self.doc, self._pending)
        self._pending = []
        x.add_comments(self.doc, self._comments_elm, self._comment_xml)
        if r.footnotes:
            x.add_footnotes(self.doc, [(f.number, f.text) for f in r.footnotes],
                            self.ids["footnote"], self.ids["footnote_ref"])  # fmt: skip

    def _section(self, section: Section) -> None:
        self._add("heading1" if section.level == 1 else "heading2", section.heading)
        for p in section.intro:
            self._paragraph(p)
        if section.table is not None:
            self._pending.append(self._table(section.table))
        for p in section.paragraphs:
            self._paragraph(p)

    def _table(self, table: Table) -> str:
        style = (
            f'<w:tblStyle w:val="{x.attr(self.table_style_id)}"/>' if self.table_style_id else ""
        )
        section = self.doc.sections[-1]
        block = (
            (section.page_width or Inches(8.5))
            - (section.left_margin or Inches(1))
            - (section.right_margin or Inches(1))
        )
        return x.table(table.header, table.rows, style, Emu(int(block)).twips)

    def _paragraph(self, p: Paragraph) -> None:
        kind = p.kind if p.kind in ("numbered", "bullet") else "plain"
        num = self._num_id if p.kind == "numbered" else None
        xml = [x.paragraph_open(self.ids[kind], num)]
        notes = {f.offset: f.number for f in p.footnotes}
        at = 0
        for k, s in enumerate(p.sentences):
            text = s.text + (" " if k < len(p.sentences) - 1 else "")
            inner = self._runs(text, at, notes, len(s.text))
            at += len(text)
            lines = sentence_comment(s, self.report.labels) if self.comments else []
            if lines and not p.boilerplate:
                inner = x.comment_range(self._comment(lines), inner)
            xml.append(inner)
        xml.append("</w:p>")
        self._pending.append("".join(xml))

    def _runs(self, text: str, at: int, notes: dict[int, int], length: int) -> str:
        """The sentence's text runs with footnote references at their offsets (those at
        the sentence's end go before the space that follows it)."""
        cuts = sorted(o - at for o in notes if at < o <= at + length)
        out, pos = [], 0
        for cut in cuts:
            if cut > pos:
                out.append(x.run(text[pos:cut]))
            out.append(x.footnote_reference(notes[at + cut], self.ids["footnote_ref"]))
            pos = cut
        if pos < len(text):
            out.append(x.run(text[pos:]))
        return "".join(out)

    def _comment(self, lines: list[list[str]]) -> int:
        """Queue a comment and return its id: ids follow the template's own comments and
        the footnote numbers (LibreOffice showed the wrong text in some footnotes when
        comment ids overlapped them)."""
        if self._next_comment is None:
            self._comments_elm, used = x.existing_comment_ids(self.doc)
            self._next_comment = max(max(used, default=-1) + 1, len(self.report.footnotes) + 1)
        cid = self._next_comment
        self._next_comment += 1
        text = [" · ".join(line) for line in lines]
        self._comment_xml.append(x.comment(cid, self.report.comment_author,
                                           self.report.comment_initials, self._when,
                                           self.ids["comment"], text))  # fmt: skip
        return cid

    def _add(self, kind: str, text: str = "") -> None:
        self._pending.append(
            x.paragraph_open(self.ids[kind]) + (x.run(text) if text else "") + "</w:p>"
        )


def _save_atomic(doc: Any, path: Path, check: Callable[[Path], None] | None = None) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    try:
        fd, tmp = temp_beside(folder, f".{path.name}.", ".tmp")
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from None
    try:
        # Built in memory, then written by one file handle of ours: a disk that fills
        # fails that write alone (saved to the path, python-docx's zip file, left half
        # written, raised again as it was collected: tester 24, F14).
        with os.fdopen(fd, "wb") as fh:
            buffer = io.BytesIO()
            doc.save(buffer)
            fh.write(buffer.getbuffer())
        if check is not None:
            check(Path(tmp))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
