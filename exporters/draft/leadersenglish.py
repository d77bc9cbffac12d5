"""A leadership sentence said in a note's own words, its note-taking shorthand put into
the report's English (issue 15, kf35's leftover: "New Head of Practice (in post since
Sept) has an honest grip of the weaknesses ..." opened the leadership section of tester
34's draft as the note had it).

- A role opening the sentence with no article, in capitals as a note writes a job title
  ("New Head of Practice", "Interim Service Manager"), takes "the" and the report's
  small letters ("The new head of practice"); an abbreviation keeps its capitals.
- An aside in brackets straight after that title ("(in post since Sept)") is set off by
  commas (", in post since September,"); an abbreviation in brackets ("(HoP)") is left
  out, the role being named in full.
- A month's short form ("Sept", "Jan") is written out.
"""

from __future__ import annotations

import re

from exporters.draft.leadersrest import wording

_MONTHS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September",
    "Oct": "October", "Nov": "November", "Dec": "December",
}  # fmt: skip
# A month's short form, its full stop taken only where the sentence goes on after it.
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b(?:\.(?=\s+[a-z0-9]))?")
# Words a note puts before a job title ("New Head of Practice", "Acting Service Manager").
_BEFORE = ("new", "newly appointed", "interim", "acting", "temporary", "deputy", "senior",
           "assistant", "regional", "national", "local")  # fmt: skip
_OTHER_ROLES = ("national director", "chief executive", "director", "head of service",
                "practice supervisor", "service manager", "practice manager")  # fmt: skip
# An aside in brackets straight after the title, then the sentence going on.
_ASIDE = re.compile(r"^\s*\((?P<aside>[^()]{1,60})\)(?P<rest>\s+[a-z].*)$", re.DOTALL)


def _roles() -> tuple[str, ...]:
    listed = tuple(str(r) for r in wording()["figures"].get("roles", ()))
    return tuple(sorted({*listed, *_OTHER_ROLES}, key=len, reverse=True))


def _small(words: str) -> str:
    """Words in small letters, an abbreviation ("FCA") kept."""
    return " ".join(w if w[1:] and w.isupper() else w.lower() for w in words.split())


def _title(text: str) -> re.Match[str] | None:
    """The job title opening `text` ("New Head of Practice", "the head of practice")."""
    before = "|".join(re.escape(b) for b in sorted(_BEFORE, key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in _roles())
    return re.match(
        rf"(?P<the>the\s+)?(?P<title>(?:(?:{before})\s+)*(?:{roles}))\b", text, re.IGNORECASE
    )


def report_english(text: str) -> str:
    """A leadership sentence from a note's own words in the report's English (see the
    module docstring)."""
    text = _MONTH.sub(lambda m: _MONTHS[m[1]], text)
    m = _title(text)
    if m is None:
        return text
    head, rest = text[: m.end()], text[m.end() :]
    if (aside := _ASIDE.match(rest)) is not None:
        said = aside["aside"].strip()
        # One word in capitals past its first letter is an abbreviation: left out.
        short = " " not in said and said[1:] != said[1:].lower()
        rest = aside["rest"] if short else f", {said},{aside['rest']}"
    # A title written as a note writes one (capitals past its first letter) takes "the".
    if not m["the"] and any(w[:1].isupper() for w in m["title"].split()[1:]):
        head = f"The {_small(m['title'])}"
    return head + rest
