"""A subject a section speaks well of in one sentence and poorly of in another (issue
15, law15; tester 14 claim 15).

In three areas, "performance data points to shortfalls in the timeliness of the work"
stood a sentence from "the designated family judge had strong praise for the
timeliness of reports": each true of its own record, the two together a contradiction
the lead was not told of.  Where one of a section's sentences leans one way on a
subject (`drafting.toml` [both_ways]: its words) and another the other way, the first
of each is flagged "mixed evidence" and a marker after the later asks the lead to
weigh them.  A balanced sentence (a claim stating both sides of its cases, a view
praising and criticising the subject) weighs its own two sides and leans neither
way: it neither raises nor settles a contradiction between two others.  A claim leans by its direction; a stakeholders' view or a
quotation by the clauses naming the subject (`regard.weigh`), since a view of several
groups may praise one thing and criticise another.  Examples (one case each) are not
weighed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exporters.draft import regard
from exporters.draft.fitting import has_any_words
from exporters.draft.tables import drafting_table
from exporters.model import Paragraph, Sentence

# A sentence's clauses: semicolons, commas, and the words that set one view against another.
_CLAUSE = re.compile(r"[;:]\s|,\s|\s(?=(?:but|although|though|however|whereas|while)\b)", re.I)
_WEIGHED = ("claim", "views", "quote")


@dataclass(frozen=True)
class Subject:
    name: str
    words: tuple[str, ...]


@cache
def _rules() -> tuple[str, tuple[Subject, ...]]:
    """(the marker, the subjects), from `drafting.toml` [both_ways]."""
    raw = drafting_table("both_ways")
    subjects = tuple(Subject(s["name"], tuple(s["words"])) for s in raw["subjects"])
    return raw["marker"], subjects


def lean(sentence: Sentence, subject: Subject) -> str:
    """How a sentence leans on a subject: "for", "against", "both" (a balanced claim, or
    a view with clauses each way) or "" (it does not name the subject, or says nothing
    either way of it)."""
    if sentence.role not in _WEIGHED or not has_any_words(sentence.text, subject.words):
        return ""
    if sentence.role == "claim":
        return {"balanced": "both"}.get(sentence.direction, sentence.direction)
    ways = set()
    for clause in _CLAUSE.split(sentence.text):
        if has_any_words(clause, subject.words):
            w = regard.weigh(clause)
            if w.pos != w.neg:
                ways.add("for" if w.pos > w.neg else "against")
    return "both" if len(ways) == 2 else ways.pop() if ways else ""


def mark_both_ways(paras: list[Paragraph]) -> None:
    """Flag and mark, in a section's paragraphs, each subject it speaks of both ways with
    no sentence weighing the two (see the module docstring)."""
    marker, subjects = _rules()
    for subject in subjects:
        first: dict[str, tuple[int, int]] = {}  # each way's first sentence: (paragraph, place)
        for k, p in enumerate(paras):
            for at, s in enumerate(p.sentences):
                way = lean(s, subject)
                if way in ("for", "against"):
                    first.setdefault(way, (k, at))
        if len(first) < 2:
            continue  # said one way only (a balanced sentence weighs its own two sides)
        for k, at in first.values():
            s = paras[k].sentences[at]
            s.flags = list(dict.fromkeys([*s.flags, "mixed evidence"]))
        k, at = max(first.values())  # after the later of the two
        note = Sentence(text=marker.format(subject=subject.name), role="marker",
                        flags=["mixed evidence"],
                        basis=f"Said both ways in this section: {subject.name}")  # fmt: skip
        sentences = list(paras[k].sentences)
        sentences.insert(at + 1, note)
        paras[k] = paras[k].model_copy(update={"sentences": sentences})
