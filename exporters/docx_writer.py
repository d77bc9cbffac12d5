"""Write a `ReportModel` to Word with python-docx, into a template.

Numbering: a numbered paragraph carries its number as literal text ("58." then a tab)
in the "Fieldwork Numbered Paragraph" style, whose hanging indent lines the text up as
Word numbering would.  Literal numbers were chosen over a Word numbering definition
because an area section is exported on its own and pasted into the lead's master
report: literal numbers keep their values when pasted, whereas list numbering restarts
or merges with whatever list the receiving document has; they also survive conversion
to PDF and plain text unchanged, a comment or e-mail can cite "paragraph 58" and mean
the same paragraph everywhere, and a user's template need not define a numbering
scheme.  The cost (renumbering by hand after inserting a paragraph in Word) is small
because drafts are re-exported from the evidence with --start-number.

Footnotes: python-docx has no footnote API, so the writer adds a footnotes part
(`word/footnotes.xml`) itself and places `w:footnoteReference` runs after each term's
first use.

Comments: one Word comment per drafted paragraph, anchored to the whole paragraph's
text, listing each claim and the evidence behind it (python-docx 1.2
`Document.add_comment`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.parts.comments import CommentsPart
from docx.shared import Emu, Inches

from exporters.docx_template import StoredStyle, open_template, styles_as_stored
from exporters.errors import ExportError
from exporters.model import Paragraph, ReportModel, Section, Table
from store.paths import export_mode

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
MAX_IDS_PER_CLAIM = 25
MAX_REFS_PER_CLAIM = 30

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def default_template() -> Path:
    """The template shipped with Fieldwork (templates/report.docx)."""
    return Path(str(resources.files("templates") / "report.docx"))


def check_template(template: Path) -> None:
    """Raise ExportError naming each style the template lacks (and when it is not a .docx)."""
    _open_template(template)


class _Styles(NamedTuple):
    """The template's styles as the writer sets them on the XML (by style id)."""

    ids: dict[str, str]  # STYLES key -> style id
    table: str | None  # the table style's id as python-docx's `Table.style` sets it


def _open_template(template: Path) -> tuple[Any, _Styles]:
    if not template.exists():
        raise ExportError(f"The template {template} does not exist; give a .docx file.")
    try:
        doc = open_template(template)
    except Exception:
        raise ExportError(
            f"The template {template} is not a Word .docx file; give a .docx file."
        ) from None
    # The names as stored: python-docx's `Style.name` only renames Word's built-in
    # styles ("heading 1" -> "Heading 1"), never ours.
    stored = styles_as_stored(doc)
    by_name: dict[str, StoredStyle] = {}
    for style in stored:
        by_name.setdefault(style.name, style)  # python-docx's `styles[name]`: the first
    missing = [n for n in STYLES.values() if n not in by_name]
    if missing:
        listed = ", ".join(f"'{n}'" for n in missing)
        raise ExportError(
            f"The template {template} has no style {listed}; add "
            f"{'it' if len(missing) == 1 else 'them'} (any look will do) or use the "
            f"built-in template."
        )
    ids = {k: by_name[n].style_id or "" for k, n in STYLES.items()}
    table = by_name[STYLES["table"]]
    if table.type != "table":  # python-docx's own error, as when it set the style
        doc.part.get_style_id(doc.styles[table.name], WD_STYLE_TYPE.TABLE)
    # None for the document's default table style (the last marked default), as
    # python-docx's `Table.style` setter has it: the table then names no style.
    defaults = [s for s in stored if s.type == "table" and s.default]
    return doc, _Styles(ids, None if defaults and defaults[-1] is table else table.style_id)


def comment_lines(
    paragraph: Paragraph, labels: dict[str, str] | None = None, ids: bool = True
) -> list[list[str]]:
    """The comment's lines, each a list of parts (joined with " · "): see `comment_text`.

    A part listing case references starts with "cases " (the identifiability check
    treats it apart: references are allowed in comments)."""
    labels = labels or {}
    where = f"Paragraph {paragraph.number}" if paragraph.number else "This paragraph"
    lines = [[f"{where}: evidence trace"]]
    for s in paragraph.sentences:
        if not s.traced:
            continue
        words = s.text.split()
        opening = " ".join(words[:7]) + ("…" if len(words) > 7 else "")
        parts = [f"‘{opening}’"]
        if s.basis:
            parts.append(s.basis)
        if s.case_refs:
            refs = s.case_refs[:MAX_REFS_PER_CLAIM]
            more = len(s.case_refs) - len(refs)
            parts.append("cases " + ", ".join(refs) + (f" and {more} more" if more else ""))
        if s.evidence_ids and ids:
            shown = s.evidence_ids[:MAX_IDS_PER_CLAIM]
            more = len(s.evidence_ids) - len(shown)
            parts.append(
                "evidence "
                + ", ".join(shown)
                + (f" and {more} more (see the CSV trace)" if more else "")
            )
        lines.append(parts)
    if paragraph.criteria:
        lines.append(["Criteria: " + ", ".join(paragraph.criteria)])
    if paragraph.sources:
        lines.append(["Sources: " + ", ".join(labels.get(s, s) for s in paragraph.sources)])
    return lines


def comment_text(
    paragraph: Paragraph, labels: dict[str, str] | None = None, ids: bool = True
) -> str:
    """The evidence trace for one paragraph, as the comment shows it: one line per claim.

    Lists evidence ids (left out with ids=False: they are Fieldwork's own random ids),
    case references (allowed here, never in the body), criteria and source types, and
    the tally behind each proportion word.
    """
    return "\n".join(" · ".join(line) for line in comment_lines(paragraph, labels, ids))


def write_docx(
    report: ReportModel,
    path: Path,
    template: Path | None = None,
    *,
    comments: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write `report` to `path` (atomically: a temporary file in the same folder, then
    renamed) and return the path.  Raises ExportError for a bad template or path."""
    doc, styles = _open_template(template or default_template())
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    writer = _Writer(doc, styles, report, comments)
    writer.write(progress)
    _save_atomic(doc, path)
    return path


class _Writer:
    def __init__(self, doc: Any, styles: _Styles, report: ReportModel, comments: bool):
        self.doc = doc
        self.report = report
        self.comments = comments
        # Style ids, set on the XML directly: python-docx's lookup by style object scans
        # every style in the document for each paragraph, which dominated the write time.
        self.ids = styles.ids
        self.ref_style_id = styles.ids["footnote_ref"]
        self.table_style_id = styles.table
        self.labels = report.labels
        self._pending: list[str] = []
        self._comment_xml: list[str] = []
        self._comments_elm: Any = None
        self._next_comment: int | None = None
        self._table_style: str | None = None  # the w:tblStyle element (None: not looked up)
        self._block_width = 0

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
        self._flush()
        self._flush_comments()
        if r.footnotes:
            self._footnotes_part()

    def _section(self, section: Section) -> None:
        self._add("heading1" if section.level == 1 else "heading2", section.heading)
        for p in section.intro:
            self._paragraph(p)
        if section.table is not None:
            self._pending.append(self._table_xml(section.table))
        for p in section.paragraphs:
            self._paragraph(p)

    def _table_xml(self, table: Table) -> str:
        """A table as python-docx's `add_table` writes it (columns sharing the width
        between the last section's margins), with the table style set, the header row in
        bold and each cell's text as its `_Cell.text` setter writes it.  Built as text:
        python-docx's cell lookups walk the whole table for each cell."""
        if self._table_style is None:
            style_id = self.table_style_id
            self._table_style = (
                f'<w:tblStyle w:val="{_attr(style_id)}"/>' if style_id is not None else ""
            )
            section = self.doc.sections[-1]
            block = (
                (section.page_width or Inches(8.5))
                - (section.left_margin or Inches(1))
                - (section.right_margin or Inches(1))
            )
            self._block_width = int(block)
        cols = len(table.header)
        twips = Emu(self._block_width // cols).twips if cols else 0
        tc = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{twips}"/></w:tcPr><w:p>'

        def row(texts: list[str], bold: bool) -> str:
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            return (
                "<w:tr>"
                + "".join(f"{tc}{_run_xml(t, rpr)}</w:p></w:tc>" for t in texts)
                + "</w:tr>"
            )

        return (
            f"<w:tbl><w:tblPr>{self._table_style}"
            '<w:tblW w:type="auto" w:w="0"/><w:tblLook w:firstColumn="1" w:firstRow="1" '
            'w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
            "</w:tblPr><w:tblGrid>"
            + f'<w:gridCol w:w="{twips}"/>' * cols
            + "</w:tblGrid>"
            + row(table.header, bold=True)
            + "".join(row(r, bold=False) for r in table.rows)
            + "</w:tbl>"
        )

    def _paragraph(self, p: Paragraph) -> None:
        kind = p.kind if p.kind in ("numbered", "bullet") else "plain"
        comment_id: int | None = None
        if self.comments and p.text and any(s.traced for s in p.sentences) and not p.boilerplate:
            comment_id = self._comment(p)
        xml = [self._p_open(kind)]
        if p.kind == "numbered" and p.number is not None:
            xml.append(_run_xml(f"{p.number}.\t"))
        text = p.text
        pieces: list[str] = []  # text runs and footnote references, in order
        first = True
        pos = 0
        for fn in p.footnotes:
            if fn.offset > pos:
                pieces.append(self._text_run(text[pos : fn.offset], comment_id, first))
                first = False
            pieces.append(
                f'<w:r><w:rPr><w:rStyle w:val="{_attr(self.ref_style_id)}"/></w:rPr>'
                f'<w:footnoteReference w:id="{fn.number}"/></w:r>'
            )
            pos = fn.offset
        if pos < len(text):
            pieces.append(self._text_run(text[pos:], comment_id, first))
        xml += pieces
        if comment_id is not None:
            # After the last text run (python-docx's `mark_comment_range`).
            last = max(k for k, piece in enumerate(pieces) if "<w:footnoteReference" not in piece)
            end = (
                f'<w:commentRangeEnd w:id="{comment_id}"/><w:r><w:rPr><w:rStyle '
                f'w:val="CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>'
            )
            xml = xml[: len(xml) - len(pieces) + last + 1] + [end] + pieces[last + 1 :]
        xml.append("</w:p>")
        self._pending.append("".join(xml))

    def _text_run(self, text: str, comment_id: int | None, first: bool) -> str:
        start = (
            f'<w:commentRangeStart w:id="{comment_id}"/>'
            if comment_id is not None and first
            else ""
        )
        return start + _run_xml(text)

    def _comment(self, p: Paragraph) -> int:
        """Queue the paragraph's comment (its evidence trace) and return its id.

        The XML is what python-docx's `add_comment` and `add_paragraph` write (ids from
        the largest in the document plus one, the author, initials and date, the
        annotation reference run, each line a paragraph in the comment style), built as
        text and added in one go by `_flush_comments`."""
        if self._next_comment is None:
            part = self.doc.part
            if any(rel.reltype == RT.COMMENTS for rel in part.rels.values()):
                self._comments_elm = part.part_related_by(RT.COMMENTS).element
                used = [int(x) for x in self._comments_elm.xpath("./w:comment/@w:id")]
            else:  # the usual case: a comments part of our own (`_flush_comments`)
                used = []
            # Comment ids follow the footnote numbers rather than overlapping them:
            # LibreOffice otherwise shows the wrong text in some footnotes (it mixed up
            # footnotes 1 and 2 with 3 in an area section whose comments were 0 to 4).
            self._next_comment = max(max(used, default=-1) + 1, len(self.report.footnotes) + 1)
        cid = self._next_comment
        self._next_comment += 1
        style = _attr(self.ids["comment"])
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = comment_text(p, self.labels).split("\n")
        xml = [
            f'<w:comment w:id="{cid}" w:author="{_attr(self.report.comment_author)}" '
            f'w:initials="{_attr(self.report.comment_initials)}" w:date="{when}">'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr><w:rStyle '
            f'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            + (_run_xml(lines[0]) if lines[0] else "")
            + "</w:p>"
        ]
        for line in lines[1:]:
            xml.append(
                f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
                + (_run_xml(line) if line else "")
                + "</w:p>"
            )
        xml.append("</w:comment>")
        self._comment_xml.append("".join(xml))
        return cid

    def _flush_comments(self) -> None:
        """Add the queued comments: to the template's comments part if it has one, or
        else as a comments part of their own, written as python-docx would save its
        default comments part with them added (its empty root element, holding them),
        without parsing them and serialising them again."""
        if not self._comment_xml:
            return
        comments = "".join(self._comment_xml)
        self._comment_xml = []
        if self._comments_elm is None:
            part = self.doc.part
            default = CommentsPart.default(part.package)  # as `Document.comments` adds it
            empty = default.blob
            if empty.endswith(b"/>"):
                blob = empty[:-2] + b">" + comments.encode("utf-8") + b"</w:comments>"
                own = Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS, blob, part.package)
                part.relate_to(own, RT.COMMENTS)
                return
            part.relate_to(default, RT.COMMENTS)  # not the empty element expected: parse
            self._comments_elm = default.element
        parsed = parse_xml(f'<w:x xmlns:w="{_W}">{comments}</w:x>')
        self._comments_elm.extend(list(parsed))

    def _p_open(self, kind: str) -> str:
        return f'<w:p><w:pPr><w:pStyle w:val="{_attr(self.ids[kind])}"/></w:pPr>'

    def _add(self, kind: str, text: str = "") -> None:
        self._pending.append(self._p_open(kind) + (_run_xml(text) if text else "") + "</w:p>")

    def _flush(self) -> None:
        """Parse the paragraphs written since the last flush in one go and put them at
        the end of the body (the same XML as python-docx's `add_paragraph` and
        `add_run`, built as text: creating elements one by one was most of the time)."""
        if not self._pending:
            return
        body = self.doc.element.body
        parsed = parse_xml(f'<w:body xmlns:w="{_W}">{"".join(self._pending)}</w:body>')
        self._pending = []
        end = body.find(qn("w:sectPr"))
        for el in list(parsed):
            if end is not None:
                end.addprevious(el)
            else:
                body.append(el)

    def _footnotes_part(self) -> None:
        part = self.doc.part
        for rid, rel in list(part.rels.items()):
            if rel.reltype == RT.FOOTNOTES:
                part.drop_rel(rid)
        para_id = self.ids["footnote"]
        xml = [
            f'<w:footnotes xmlns:w="{_W}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>",
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for fn in self.report.footnotes:
            xml.append(
                f'<w:footnote w:id="{fn.number}"><w:p><w:pPr><w:pStyle w:val="{para_id}"/>'
                f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{self.ref_style_id}"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_esc(fn.text)}</w:t>'
                "</w:r></w:p></w:footnote>"
            )
        xml.append("</w:footnotes>")
        element = parse_xml("".join(xml).encode("utf-8"))
        fpart = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, part.package)
        part.relate_to(fpart, RT.FOOTNOTES)


def _t(text: str) -> str:
    """A `w:t` element for text without tabs or line breaks, as python-docx writes it
    (`xml:space="preserve"` when the text has leading or trailing spaces)."""
    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{_esc(text)}</w:t>"


def _run_xml(text: str, rpr: str = "") -> str:
    """A `w:r` for `text` as python-docx's `add_run` writes it: tabs as `w:tab`, line
    breaks as `w:br`, the rest in `w:t` elements (`rpr`: the run's `w:rPr`, if any); no
    `w:t` for no text."""
    if not text:
        return f"<w:r>{rpr}</w:r>"
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return f"<w:r>{rpr}{_t(text)}</w:r>"
    inner = "".join(
        "<w:tab/>" if piece == "\t" else "<w:br/>" if piece in ("\r", "\n") else _t(piece)
        for piece in re.split(r"([\t\r\n])", text)
        if piece
    )
    return f"<w:r>{rpr}{inner}</w:r>"


def _attr(text: str) -> str:
    """Text escaped for an attribute value, as lxml writes it."""
    return (
        _esc(text)
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    """Text escaped for XML, without the control characters XML cannot hold."""
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _save_atomic(doc: Any, path: Path) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from None
    os.close(fd)
    try:
        doc.save(tmp)
        os.chmod(tmp, export_mode())  # never more readable than the database
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
