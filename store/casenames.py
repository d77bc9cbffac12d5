"""The people a case list names, to protect in the report (`store.caseimport`): the
child in a case name or the child's own name columns, and the parties; organisations
(councils, agencies) are not people to protect."""

from __future__ import annotations

import re

from store.casechildren import EACH
from store.caselist import Row
from store.casevocab import Vocabulary

PARTY_SPLIT = re.compile(r"\s+(?:v|vs|v\.|versus)\s+|\s*[,;]\s*|\s*\n\s*", re.I)
PARTIES = re.compile(r"\s+(?:v|vs|v\.|versus)\s+|\s*;\s*|\s*\n\s*", re.I)
"""Between the parties of a cell, or of the parties' columns joined (`store.caselist`)."""
AND = re.compile(r"\s+(?:and|&)\s+", re.I)
CHILD_WORDS = re.compile(r"\((?:a |the )?(?:child|children|minors?|twins?)\)", re.I)


def names_in_row(row: Row, vocab: Vocabulary) -> list[tuple[str, str]]:
    """People to protect in one row of the list: from the case name, the child's own
    name columns (the full name and each part) and the parties' columns."""
    found = names_in(row.get("case_name"), vocab)
    first, last = as_name(row.get("child_first_name")), as_name(row.get("child_surname"))
    parts = [p for p in (first, last) if len(p) >= 2]
    if len(parts) == 2:
        found.append((f"{first} {last}", "child"))
    found += [(p, "child") for p in parts]
    found += [(party, "parent") for party in people(row.get("parties"), vocab)]
    return found


def people(text: str, vocab: Vocabulary) -> list[str]:
    """The people among the parties a cell (or the cells joined) names: each split at a
    semicolon, 'v', a comma or 'and', organisations left out; a body whose name holds
    'and' ('Bradford Children and Families Trust', 'Hughes & Co Solicitors') is one body,
    not split in two; a party written surname first ('DOHERTY, Craig (Mother)') is one
    person, 'Craig Doherty'."""
    out = []
    for chunk in PARTIES.split(text):
        turned = surname_first(re.sub(r"\(.*?\)", "", chunk))
        if turned:
            out.append(" ".join(turned))
            continue
        out += _people_in(chunk, vocab)
    return out


def _people_in(chunk: str, vocab: Vocabulary) -> list[str]:
    out = []
    for piece in PARTY_SPLIT.split(chunk):
        parts = [piece] if vocab.is_organisation(piece, joined=True) else AND.split(piece)
        for party in parts:
            party = re.sub(r"\(.*?\)", "", party).strip(" .,")
            if len(party) >= 2 and not vocab.is_organisation(party) and not party.isdigit():
                out.append(party)
    return out


def names_in(case_name: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """People to protect in a case name, as (name, category): 'Re A (A Child)' and 'In
    the matter of Poppy Adeyemi' name a child; 'Smith v Jones' two parents;
    organisations ('London Borough of Croydon v Smith') are not protected.  A cell
    naming several children ('SMITH, Zoe; SMITH, Lukasz') is read child by child."""
    pieces = [p for p in EACH.split(case_name) if p.strip(" ,.")]
    if len(pieces) > 1:
        return [found for piece in pieces for found in names_in(piece, vocab)]
    text = CHILD_WORDS.sub("", case_name).strip(" ,.")
    if not text:
        return []
    m = re.match(r"^(?:re|in re|in the matter of|the matter of)\s+(.+)$", text, re.I)
    parties = not m and re.search(r"\s(?:v|vs|v\.|versus)\s", text, re.I) is not None
    body = m.group(1) if m else text
    turned = surname_first(body) if not parties else None
    if turned:
        given, surname = turned
        return [(f"{given} {surname}", "child"), (given, "child"), (surname, "child")]
    return [(party, "parent" if parties else "child") for party in people(body, vocab)]


SURNAME_FIRST = re.compile(
    r"^\s*([^\W\d_][\w'’-]*)\s*,\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*$"
)


def surname_first(cell: str) -> tuple[str, str] | None:
    """(given names, surname) of a name written surname first, as many case lists do
    ("WHITE, Ivy", "Kelly, Poppy Mae"): one word, a comma, one or two words (tester 14,
    F5: "WHITE" and "Ivy" were protected apart, never "Ivy White", and a surname in
    capitals never matched a note's "White").  A surname in capitals is written as a
    name is ("White")."""
    m = SURNAME_FIRST.match(cell)
    if not m or " and " in cell.casefold():
        return None
    return as_name(" ".join(m.group(2).split())), as_name(m.group(1))


def as_name(cell: str) -> str:
    """A name as a note writes it: one in capitals ("WHITE", "OKAFOR-HALE", "O'BRIEN")
    as "White", "Okafor-Hale", "O'Brien"; any other as it is."""
    if not cell.isupper():
        return cell
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), cell)
