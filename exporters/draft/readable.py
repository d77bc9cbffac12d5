"""Whether a balanced sentence reads as an inspector writes it (issue 15, an independent
lead's findings): three faults a reader stumbles on, found from the sentence's words
alone, so that the same check serves the draft (which shapes it offers) and its tests
(what a reader is given).

- A **repeated clause**: the same words twice in one sentence, once negated ("..., though
  not in some where practitioners do not make sure that the court knows what the child
  wishes and feels, practitioners make sure that the court knows what the child wishes
  and feels"): a run of `CLAUSE_RUN` words said twice, the words of negation ("not",
  "do", "does") left out.  An inspector states the exception by count ("..., though not
  in a small number") or with a short pronoun clause ("..., although in a small number
  they are not").
- An **embedded long clause**: more than `EMBED_WORDS` words put inside another clause
  before it is finished ("Across the three cases ..., except one in which management
  oversight is evident, and managers challenge and support practitioners well, the file
  does not show ..."): an exception (", except", ", though not") or a parenthesis with
  the sentence going on after it, or a phrase set between "that," and its clause.
- A **doubled subject**: two clauses of one sentence with the same subject noun
  ("Inspectors found that, in most of the cases where inspectors could assess ...";
  "In one case, practitioners respond well ...; in two, practitioners do not ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

CLAUSE_RUN = 4
"""Words in a row that, said twice in one sentence, make a repeated clause."""
EMBED_WORDS = 12
"""The most words a clause put inside another may have ("about a dozen")."""
SENTENCE_WORDS = 45
"""The most words a sentence may have and still be read at one go (tester 30: the
stakeholders' sentence ran to over 400 characters; the 2018 report's longest run about
40 words)."""

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_NEGATION = frozenset({"not", "no", "never", "do", "does", "did", "don't", "doesn't"})
_GRAMMAR = frozenset({
    "the", "a", "an", "of", "in", "on", "to", "for", "with", "by", "at", "is", "are", "was",
    "were", "be", "been", "that", "this", "and", "or", "it", "its", "they", "their", "as",
    "child", "children", "case", "cases", "well", "enough", "good", "has", "have", "each",
})  # fmt: skip
_OPENER = re.compile(r"(?i)^(?:\w+ found that,\s*)?[^,]*$")
_EXCEPTION = re.compile(r",\s+(?:except|though not|but not|other than|apart from|save for)\b")
_AFTER_THAT = re.compile(r"\bthat,\s+([^;.]+),\s")
# Where a clause may begin: the sentence's start, punctuation, or a word that opens one.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;.(]")
_PUNCTUATION = frozenset(",;.(")
_STARTS = frozenset({"that", "where", "which", "when", "while", "whether", "what", "although",
                     "though", "because", "but", "if", "unless"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "each", "every", "this", "these", "those", "their",
                          "its", "his", "her", "our", "any", "all"})  # fmt: skip
# Words that open a clause without being its subject noun.
_NOT_SUBJECTS = frozenset({
    "in", "of", "on", "at", "for", "to", "with", "across", "by", "from", "as", "not", "no",
    "most", "some", "many", "few", "half", "other", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "both", "all", "none", "cases", "case", "there", "it",
    "they", "this", "that", "however", "although", "though", "while", "but", "and", "so",
    "except", "inspectors'", "show", "shows", "is", "are", "was", "were", "a", "the",
    "majority", "vast", "small", "number", "only", "also", "when", "where", "which",
    "what", "who", "how", "why", "if", "than", "then", "just", "more", "less", "fewer",
})  # fmt: skip


@dataclass(frozen=True)
class Fault:
    """One way a sentence does not read: its kind ("repeated clause", "embedded long
    clause", "doubled subject") and the words at fault."""

    kind: str
    words: str


def words_of(text: str) -> list[str]:
    """The sentence's words, lower case (an apostrophe's "'s" kept with its word)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def repeated_clause(text: str, noun: str = "") -> str:
    """The words said twice in the sentence, once perhaps negated (`CLAUSE_RUN` words in
    a row, two of them or more not mere grammar, the words of negation left out), or ""
    for none ("for the child is" twice is not a clause said again).  The name of the
    criterion the sentence states (`noun`: "children's wishes and feelings") is not a
    clause: naming it in the cases counted and again in the finding is
    `shapes.lean_last`'s to avoid where the wordings allow."""
    low = text.lower().replace("’", "'")
    if noun:
        low = low.replace(noun.lower(), " ")
    ws = [w for w in _WORD.findall(low) if w not in _NEGATION]
    grams = list(zip(*(ws[k:] for k in range(CLAUSE_RUN)), strict=False))
    if len(set(grams)) == len(grams):  # no run said twice: most sentences, found in C
        return ""
    weight = [w not in _GRAMMAR for w in ws]
    first: dict[tuple[str, ...], int] = {}
    for k in range(len(ws) - CLAUSE_RUN + 1):
        if sum(weight[k : k + CLAUSE_RUN]) < 2:
            continue
        run = tuple(ws[k : k + CLAUSE_RUN])
        if k - first.setdefault(run, k) >= CLAUSE_RUN:
            return " ".join(run)
    return ""


def embedded_clause(text: str) -> str:
    """The longest stretch over `EMBED_WORDS` words that the sentence puts inside another
    clause before finishing it, or "" for none: an exception after a comma, a
    parenthesis, or a phrase between "that," and its clause, each with the clause it
    interrupts going on after it (all that stands between "that," and its clause:
    "Inspectors found that, in most of the cases with ..., though not in some where
    ..., children are seen ...").  An exception interrupts where no more than an
    opening phrase (no comma) comes before it ("Across the three cases ..., except one
    in which ..., the file does not show ..."; "Most of the cases, though not ...,
    show ..."); after a whole clause it trails ("In most cases, ..., except in one,
    where ...")."""
    found: list[str] = []
    for part in re.split(r"(?<=[.;])\s+", text):
        body = part.rstrip(" .;")
        for m in _EXCEPTION.finditer(body):
            if not _OPENER.match(body[: m.start()]):
                continue  # a clause is finished before it: "In most cases, ..., except in one"
            rest = body[m.start() + 1 :]
            cut = rest.rfind(", ")
            if cut > 0:  # the clause it interrupts goes on after the last comma
                found.append(rest[:cut])
        for m in re.finditer(r"\(([^()]*)\)", body):
            if body[m.end() :].strip(" ,"):
                found.append(m.group(1))
        found += [m.group(1) for m in _AFTER_THAT.finditer(body)]
    long = [f.strip() for f in found if len(words_of(f)) > EMBED_WORDS]
    return max(long, key=len, default="")


def subjects(text: str) -> list[str]:
    """The nouns that open the sentence's clauses, in order: the first word after a
    clause's start (the sentence's, punctuation, or a word that opens a clause: "that",
    "where", "although"), past any determiner ("the court", "practitioners",
    "child's")."""
    out: list[str] = []
    start = True
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        if tok in _PUNCTUATION:
            start = True
        elif start and tok in _DETERMINERS:
            continue
        elif start:
            start = tok in _STARTS
            if not start and tok not in _NOT_SUBJECTS and not tok.isdigit():
                out.append(tok)
        else:
            start = tok in _STARTS
    return out


def doubled_subject(text: str) -> str:
    """A subject noun that opens two clauses of one sentence, or "" for none (a shape
    in two sentences may name it in each: "... In one, however, the child is ...")."""
    for part in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        seen: set[str] = set()
        for s in subjects(part):
            if s in seen:
                return s
            seen.add(s)
    return ""


def faults(text: str, noun: str = "") -> list[Fault]:
    """Every way the sentence does not read as an inspector writes (none: it reads);
    `noun`: the name of the criterion it states (`repeated_clause`)."""
    out = []
    for kind, found in (
        ("repeated clause", repeated_clause(text, noun)),
        ("embedded long clause", embedded_clause(text)),
        ("doubled subject", doubled_subject(text)),
    ):
        if found:
            out.append(Fault(kind, found))
    return out


def count_faults(texts: Iterable[tuple[str, str]]) -> dict[str, int]:
    """How many of the sentences (each with the name of the criterion it states) have
    each kind of fault."""
    counts = {"repeated clause": 0, "embedded long clause": 0, "doubled subject": 0}
    for text, noun in texts:
        for f in faults(text, noun):
            counts[f.kind] += 1
    return counts


_SENTENCE_END = re.compile(r"(?<=[.!?’)])\s+(?=[A-Z‘\[])")


def within(text: str, most: int = SENTENCE_WORDS) -> bool:
    """Whether every sentence of `text` has at most `most` words."""
    return all(len(s.split()) <= most for s in _SENTENCE_END.split(text))


# A frame saying a finding first, its share after it ("{Strength} in {pos} cases.", "In
# {place}, {weakness} in {neg} cases, although ..."): never after a wording ending on a
# bracket ("... falls short (in seven of them, ...) in most of the cases": "them" before
# the cases it names; voice33's Left, tester 30's Area 15a).
TRAILED = re.compile(r"\{(Strength|Weakness|strength|weakness)\} in ")
# Words after which a share trailing a wording hangs from the wrong clause ("... and
# alone where that is right in both cases"; "... by when in two of the three cases").
_NO_TRAIL = re.compile(r"[,;:(]|\b(?:where|when|which|who|whom|whose|if|because|unless)\b")


def takes_share(wording: str) -> bool:
    """Whether a claim's wording may be said first, its share after it ("Children's
    wishes and feelings are well understood in most cases": the report's plain voice,
    tester 30's "lists of 'X of the Y cases with evidence on Z'"): one clause, with no
    comma, bracket or clause of its own at its end for the share to hang from ("(in four
    of them, ...)" would name "them" before the cases)."""
    return _NO_TRAIL.search(wording) is None
