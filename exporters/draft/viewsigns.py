"""Whether a stakeholder's note on a case reads as their own account, or as the
inspectors' own finding recorded under their source (tester 27, A7: "According to one
parent or carer, there is no plan for the work; the FCA did not set out what enquiries
would be made or by when." is a file finding, not a parent's words).

A note is said as someone's words only where it reads as theirs (`voices.toml`
[own_account]): it names who spoke (`Words.speaker` finds a role other than its
source's default), or holds a word of someone speaking or feeling that is not a
child's ("the child said ..." is what the file records).  A note on a case that does
neither and speaks of the work as a file shows it (the practitioner, the plan, the
recording) is not said as the stakeholder's words (`file_finding`).  Views about the
service, not on a case, are always their speaker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exporters.draft.fitting import has_any_words, is_stakeholder
from exporters.draft.whospoke import speaker
from exporters.draft.wording import wording_table
from exporters.draft.words import Words


@dataclass(frozen=True)
class _Signs:
    account: tuple[str, ...]
    others: tuple[str, ...]
    file: tuple[str, ...]
    surveys: frozenset[str]


@cache
def _signs() -> _Signs:
    v = wording_table("voices.toml")
    d = v["own_account"]
    return _Signs(tuple(d["account"]), tuple(d["others"]), tuple(d["file"]),
                  frozenset(v["survey_sources"]))  # fmt: skip


# Words in quotation marks: a document's or someone else's words, not the note's own.
_QUOTED = re.compile(r"“[^”]*”|(?<!\w)‘.*?’(?!\w)|\"[^\"]*\"|(?<!\w)'.*?'(?!\w)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


_NOT_NAMING = frozenset({"one", "a", "an", "the", "of", "or", "and"})


def _named(words: Words, source: str, text: str) -> bool:
    """Whether the note names who spoke: a role other than its source's default
    (`Words.speaker`, "Mother told us ..."), or, heading it (`whospoke.speaker`), a word
    of that default role or of the source's groups ("Interview with the judge.": one
    judge).  "File read:" and "Case discussion with FCA:" name no one of the source."""
    default = next((r.role for r in words.speakers if r.source == source and not r.when), "")
    if words.speaker(source, text) != default:
        return True
    head = speaker(text)
    if not head:
        return False
    nouns = {w for w in default.lower().split() if w not in _NOT_NAMING}
    nouns |= {g for group in words.stakeholder_groups.get(source, ()) for g in group.split()}
    forms = tuple({*nouns, *(n + "s" for n in nouns), *(n[:-1] for n in nouns if n.endswith("s"))})
    return has_any_words(head, forms)


def _speaks(text: str) -> bool:
    """Whether `text` holds a word of someone speaking or feeling that is not a child's,
    a practitioner's or a document's (up to three words before it in its clause name
    none: `others`)."""
    s = _signs()
    for clause in _CLAUSE.split(_QUOTED.sub(" ", text).lower()):
        words = _WORD.findall(clause)
        for k in range(len(words)):
            before = " ".join(words[max(0, k - 3) : k])
            for n in (1, 2):
                if " ".join(words[k : k + n]) in s.account and not has_any_words(before, s.others):
                    return True
    return False


_CLAUSE = re.compile(r"[.;:!?]\s|[.;:!?]$|\s[-–—]\s")


def file_finding(words: Words, source: str, text: str, on_case: bool) -> bool:
    """Whether a stakeholder's note (`source`, `text`) on a case reads as the inspectors'
    own finding about the case's work, not as the stakeholder's account: it names no one
    speaking (`Words.speaker` gives its source's default role), holds no word of anyone
    but a child speaking or feeling, and speaks of the work as a file shows it
    ([own_account] `file`).  False for a note that is no stakeholder's, a survey's
    answer (`survey_sources`: written by a family, never by inspectors), or not on a
    case."""
    if not on_case or not is_stakeholder(words, source) or source in _signs().surveys:
        return False  # a survey's answer is always a family's, never the inspectors
    if _named(words, source, text) or _speaks(text):
        return False
    return has_any_words(text, _signs().file)
