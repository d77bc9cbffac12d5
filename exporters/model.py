"""The drafted report as plain data.

`exporters.draft` builds these from `Store` reads; `exporters.docx_writer` writes them to
Word; `exporters.identify` scans them.  Nothing here knows about Word or SQLite, so a test
can build a report by hand and a screen can show one.

A paragraph is a list of sentences, and every sentence that makes a claim carries the
evidence it rests on: ids, case references, criteria, sources and the tally behind any
proportion word ("In 14 of 18 cases").  That is what lets a quality-assurance reader
check a draft claim by claim, and what the Word comment on each paragraph lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, Field

SectionKind = Literal[
    "title", "overall", "summary", "improve", "organisation", "previous", "judgements",
    "judgement", "area", "inspection",
]  # fmt: skip
ParagraphKind = Literal["numbered", "plain", "bullet"]
SentenceRole = Literal[
    "claim", "views", "impact", "example", "quote", "headline", "placeholder", "marker", "fixed",
    "",
]  # fmt: skip
Flag = Literal[
    "small sample", "mixed evidence", "disagrees with the grade",
    "example from another criterion", "in conflict", "provisional", "may be tagged wrongly",
    "notes disagree in a case", "area-level evidence disagrees", "graded differently",
    "said in another section", "low coverage", "identity note left out",
    "disagrees with the tally", "near-copy counted once", "case record disagrees",
]  # fmt: skip


class Sentence(BaseModel):
    """One sentence of draft text and what it is drawn from."""

    text: str
    evidence_ids: list[str] = []
    case_refs: list[str] = []
    criteria: list[str] = []
    sources: list[str] = []
    basis: str = Field(default="", description="The tally or record behind the claim.")
    quote: bool = Field(default=False, description="Holds someone's own words.")
    role: SentenceRole = ""
    direction: Literal["for", "against", "balanced", ""] = Field(
        default="", description="For a claim: which way it goes."
    )
    by_cases: bool = Field(default=False, description="Stated as a share of the cases.")
    excerpts: list[str] = Field(
        default=[], description="Up to three short excerpts, each after its case reference."
    )
    flags: list[Flag] = []
    notes: list[str] = Field(default=[], description="For the comment only (a rationale).")
    conflicts: list[str] = Field(default=[], description="Ids of records in conflict it uses.")

    @property
    def traced(self) -> bool:
        """True when the sentence names anything it is drawn from."""
        return bool(self.evidence_ids or self.case_refs or self.basis or self.notes)


class FootnoteRef(BaseModel):
    """A footnote reference placed after `offset` characters of the paragraph's text."""

    offset: int
    number: int
    key: str


class Paragraph(BaseModel):
    """A paragraph of the draft: numbered (findings), plain, or a bullet."""

    kind: ParagraphKind = "numbered"
    number: int | None = None
    theme: str = ""
    sentences: list[Sentence]
    footnotes: list[FootnoteRef] = []
    boilerplate: bool = Field(
        default=False, description="Built from inspection details (dates, team), not evidence."
    )

    @property
    def text(self) -> str:
        """The paragraph's text, without its number."""
        return " ".join(s.text for s in self.sentences)

    @property
    def evidence_ids(self) -> list[str]:
        """Every evidence id the paragraph draws on, in first-use order."""
        return _unique(i for s in self.sentences for i in s.evidence_ids)

    @property
    def case_refs(self) -> list[str]:
        return _unique(r for s in self.sentences for r in s.case_refs)

    @property
    def criteria(self) -> list[str]:
        return sorted({c for s in self.sentences for c in s.criteria})

    @property
    def sources(self) -> list[str]:
        return sorted({c for s in self.sentences for c in s.sources})


class Table(BaseModel):
    """A simple table: a header row and body rows of text."""

    header: list[str]
    rows: list[list[str]]


class Section(BaseModel):
    """A heading and what follows it."""

    kind: SectionKind
    heading: str
    level: int = Field(default=1, ge=1, le=2, description="1: part heading; 2: judgement.")
    judgement_id: str | None = None
    area_code: str | None = None
    grade: str | None = None
    intro: list[Paragraph] = Field(default=[], description="Unnumbered lead-in.")
    table: Table | None = None
    paragraphs: list[Paragraph] = []

    def labelled(self) -> list[tuple[str, Paragraph]]:
        """Each paragraph (the lead-in first) with what tells it apart in the section:
        its number, or "bullet 3", "text 2" for the third bullet and the second plain
        paragraph (tester 29, F7: every key finding was "paragraph '', sentence 1" in
        the CSV trace, so a row could not be joined to its bullet)."""
        seen: dict[str, int] = {}
        out = []
        for p in (*self.intro, *self.paragraphs):
            if p.number:
                out.append((str(p.number), p))
                continue
            word = "bullet" if p.kind == "bullet" else "text"
            seen[word] = seen.get(word, 0) + 1
            out.append((f"{word} {seen[word]}", p))
        return out


class Footnote(BaseModel):
    """A term defined at its first use, numbered across the whole document."""

    number: int
    key: str
    term: str
    text: str


class Properties(BaseModel):
    """The Word document's properties, from the inspection."""

    title: str = ""
    subject: str = ""
    author: str = ""
    keywords: str = ""
    comments: str = ""
    category: str = "Draft"


class ReportModel(BaseModel):
    """A whole draft (or one area's findings section) ready to write."""

    title: str = ""
    subtitle: str = ""
    sections: list[Section]
    footnotes: list[Footnote] = []
    warnings: list[str] = []
    labels: dict[str, str] = Field(default={}, description="Source code -> label.")
    comment_author: str = "Fieldwork"
    comment_initials: str = "FW"
    properties: Properties = Properties()
    repeated_share: float = Field(
        default=0.0, description="Share of area-section sentences also in another area."
    )

    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph in document order (intros first within a section)."""
        return [p for s in self.sections for p in (*s.intro, *s.paragraphs)]

    def numbered(self) -> list[Paragraph]:
        return [p for p in self.paragraphs() if p.kind == "numbered"]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
