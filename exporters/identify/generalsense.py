"""Whether a sentence is about families in general, naming no one person (moved from
`patterns.py`, which re-exports `general`): a detail in such a sentence singles out no
family ("many families from Hong Kong have settled in Warrington")."""

from __future__ import annotations

import re

_ONE_PERSON = re.compile(
    r"\b(?:he|she|his|her|him|hers|mum|dad|mother|father|stepfather|stepmother|nan|grandad|"
    r"the\s+(?:child|boy|girl|baby|family(?!\s+(?:court|justice|centre|hub|law))|young\s+person|teenager|parents?|children|siblings?|"
    r"twins|mother|father))\b",
    re.IGNORECASE,
)
_GROUP = (
    r"(?:families|parents|children|people|carers|fathers|mothers|dads|mums|communities|"
    r"soldiers|refugees)"
)
_GENERAL = re.compile(
    rf"\b(?:many|some|most|all|several|few|other)\s+(?:[\w\-]+\s+){{0,3}}?{_GROUP}\b|"
    rf"^\W*(?!(?:both|the|these|those|his|her|their|our|my|its|this|that|two|three|four)\b)"
    rf"(?-i:(?:[A-Z][\w\-]*\s+(?:and\s+)?){{1,4}}){_GROUP}\b|"
    r"\b(?:many|most|several)\s+from\b|\b(?:many|most|some|several|all)\s+(?-i:[A-Z][a-z]+s)\b|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\b(?:families|"
    r"parents|children|people)\s+who\b|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
    r"(?<!\bthis\s)(?<!\bthat\s)\b(?:families|communities)\s+(?:from|of|in)\b|"
    r"^\W*(?:where|when|if|wherever|whenever)\s+a\s+"
    r"(?:child|family|parent)\b|"
    r"\b(?:cases|applications|proceedings)\s+(?:where|in\s+which)\s+an?\s+"
    r"(?:child|family|parent)\b|\b(?:many|most|some)\s+(?:of\s+them\s+)?(?:live|settled)\b|"
    r"\b(?:marks|is\s+marked|is\s+celebrated)\b",
    re.IGNORECASE,
)
"""A sentence about families in general ("many families from Hong Kong have settled in
Warrington", "FCAs work with families who live in Flintshire", "Where a child lives in
Wales, Cafcass Cymru does the work", "the dialect spoken by families from Turkey"; a
people named as a sentence's subject, "Czech and Slovak Roma families have lived in
Middlesbrough", "Some Hong Kong parents", "soldiers, many from Fiji": held-out corpus 12):
where it names no one person, a place it ties them to singles out no family (held-out
corpora 9 and 10)."""


def general(sentence: str) -> bool:
    """Whether a sentence is about families in general, naming no one person."""
    return bool(_GENERAL.search(sentence)) and not _ONE_PERSON.search(sentence)
