"""Schools, nurseries and other settings whose name holds no setting word ("Little
Acorns", "Rainbow Corner"), found by the setting word that introduces them nearby:

- apposition: "attends the same nursery, Little Acorns, and ..."; "her school (Westfield)";
  "Rainbow Corner, a pre-school near her nan's";
- naming: "a nursery called Little Acorns";
- place: "nursery at Little Acorns", "started at Little Acorns" (a setting word in
  the same sentence);
- health: a hospital or GP surgery named in a sentence about a person ("The baby was
  born at Wexham Park Hospital", "her GP practice, Hollins Lane Surgery"): `health`;
- speech: "Little Acorns said ...", "Rainbow Corner reported ..." (two capitalised
  ordinary words, no person's, role's, service's or the domain's, before a verb of
  saying: `speaking_setting`, called by the name finder for each run it judged no name).

The words found must not be the inspection's own words (an area, a council, a month:
"school in September"), a relation ("the nursery, Mum said") or a pronoun.  Names of
people found first win where the two overlap (`Scanner` adds these after names).
The schools that carry a setting word in their name ("Hollybrook Primary") are
`patterns.places`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from exporters.identify.patterns import Found, sentence_span

if TYPE_CHECKING:
    from exporters.identify.names import NameFinder
    from exporters.identify.reading import Token

_NOUN = (
    r"(?:school|nursery|pre-school|preschool|playgroup|college|academy|kindergarten|club|"
    r"cr[eè]che|childminder|sixth[ -]form|breakfast\s+club|after-school\s+club|"
    r"children's\s+centre|children’s\s+centre)s?"
)
GATE = frozenset(
    {"school", "nursery", "nurseries", "preschool", "playgroup", "college", "academy",
     "kindergarten", "creche", "crèche", "childminder", "schools", "colleges", "form",
     "club", "centre", "playgroups", "academies", "childminders"}
)  # fmt: skip
"""The lower-case words a text must hold to be searched at all."""
# A setting's name: up to four capitalised words, small words allowed between.
_RUN = (
    r"(?:St\.?\s+|Saint\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|the|and|upon|&)\s+)?"
    r"[A-Z][\w'’\-]*){0,3}"
)
_ARTICLE = r"(?:(?:the|The)\s+)?"
_AFTER_NOUN = re.compile(
    rf"(?<![\w\-]){_NOUN}(?:"
    rf"\s*(?:,|\(|:|\s[–—-])\s*{_ARTICLE}"  # the nursery, Little Acorns
    rf"|\s+(?:called|named|known\s+as)\s+{_ARTICLE}"  # a nursery called Little Acorns
    rf"|\s+(?:at|in)\s+{_ARTICLE}"  # nursery at Little Acorns
    rf")(?P<run>{_RUN})"
)
_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’\-])(?P<run>{_RUN})\s*(?:,|\(|\s[–—-])\s*(?:a|an|the|her|his|their|its)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?{_NOUN}(?![\w\-])"
)
_VERB_BEFORE = re.compile(
    r"(?<![\w\-])(?:attends|attended|attending|attend|goes\s+to|went\s+to|going\s+to|"
    r"go\s+to|started\s+at|starts\s+at|starting\s+at|joined|left|leaving|moved\s+to|"
    r"moved\s+from|transferred\s+to|enrolled\s+at|a\s+place\s+at|collected\s+from|"
    r"picked\s+up\s+from|dropped\s+off\s+at|excluded\s+from|[Aa]t)\s+"
    rf"{_ARTICLE}(?P<run>{_RUN})"
)
# "Her nursery is Little Acorns": two capitalised words at least ("The nursery is
# Outstanding" names a grade, not a nursery).
_COPULA = re.compile(
    rf"(?<![\w\-]){_NOUN}\s+(?:is|was|will\s+be|would\s+be)\s+(?:called\s+)?{_ARTICLE}"
    rf"(?P<run>[A-Z][\w'’]*(?:\s+(?:(?:of|the|and|&)\s+)?[A-Z][\w'’]*){{1,3}})"
)
_LOWER_NOUN = re.compile(rf"(?<![\w\-]){_NOUN}(?![\w\-])")
_NOT_A_NAME = frozenset(
    {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "our",
     "this", "that", "these", "those", "there", "but", "and", "or", "so", "however",
     "which", "who", "where", "when", "while", "although", "as", "because", "if", "then",
     "year", "years", "reception", "key", "stage", "for", "in", "at", "on", "with", "by",
     "to", "from", "after", "before", "during", "since", "until", "of", "like", "unlike",
     "both", "all", "also", "despite", "each", "every", "an", "a", "member", "members",
     "attends", "attended", "goes", "went", "plays", "played", "joined", "the"}
)  # fmt: skip
# Words that make the whole run a grade or a kind of setting, not a name ("The nursery is
# Requires Improvement", "The school is Roman Catholic").
_NOT_IN_A_NAME = frozenset(
    {"outstanding", "good", "inadequate", "requires", "improvement", "satisfactory",
     "special", "church", "catholic", "roman", "independent", "private", "state"}
)  # fmt: skip
_LEAD_WORD = re.compile(r"([\w'’\-]+)\s+")
# A school year as notes write it ("Y5", "Yr 5", "Yrs 10-11", "KS2", "Rec").
_SCHOOL_YEAR = re.compile(r"(?:Y|Yr|Yrs|Year|Years|KS|Rec|Reception)\s*\d{0,2}(?![\w'’\-])")
_CLUB_WORD = re.compile(r"(?<![\w\-])clubs?(?![\w\-])", re.IGNORECASE)
_SKIP_LEAD = frozenset({"St", "St.", "Saint", "The", "the"})


def settings(
    text: str,
    words: set[str],
    is_domain: Callable[[list[str]], bool],
    not_a_name: Callable[[str], bool],
    taken: Callable[[int, int], bool],
) -> list[Found]:
    """The settings named without a setting word in `text` (kind ``school``).

    `words` are the text's lower-case words (a text with no setting word is skipped);
    `is_domain(words)` tells the inspection's own words; `not_a_name(word)` a word that
    names no setting (a relation, "Mum"); `taken(start, end)` a span already found."""
    if GATE.isdisjoint(words):
        return []
    out: list[Found] = []
    spans: list[re.Match[str]] = [*_AFTER_NOUN.finditer(text), *_BEFORE_NOUN.finditer(text),
                                  *_COPULA.finditer(text)]  # fmt: skip
    for m in _VERB_BEFORE.finditer(text):
        a, b = sentence_span(text, m.start())
        if _LOWER_NOUN.search(text, a, b):
            spans.append(m)
    for m in spans:
        if _NOT_IN_A_NAME.intersection(m.group("run").lower().split()):
            continue
        s, e = _without_lead_words(text, *m.span("run"))
        if s >= e or taken(s, e) or any(f.start < e and s < f.end for f in out):
            continue
        if _SCHOOL_YEAR.match(text, s):
            continue  # "school in Y5", "nursery in Yr 1": a school year, not a setting
        if _named_setting(text, s, text[s:e], is_domain, not_a_name):
            around = text[m.start() : m.start("run")] + text[m.end("run") : m.end()]
            if _CLUB_WORD.search(around):
                out.append(Found("club", s, e, "a club named without the word"))
            else:
                out.append(Found("school", s, e, "a school or nursery named without the word"))
    return out


def _without_lead_words(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without the small words it opens with ("At Little Acorns" from the
    start of a sentence is "Little Acorns")."""
    while s < e:
        m = _LEAD_WORD.match(text, s, e)
        if not m or m.group(1).lower() not in _NOT_A_NAME:
            break
        s = m.end()
    return s, e


def _named_setting(
    text: str,
    start: int,
    name: str,
    is_domain: Callable[[list[str]], bool],
    not_a_name: Callable[[str], bool],
) -> bool:
    """Whether the capitalised words at `start` can be a setting's name."""
    words = [w.rstrip(".") for w in re.findall(r"[A-Z][\w'’\-]*\.?", name)]
    lead = [w for w in words if w not in _SKIP_LEAD]
    if not lead or any(w.lower() in _NOT_A_NAME for w in lead[:1] + lead[-1:]):
        return False
    if is_domain([re.sub(r"['’]s$", "", w) for w in lead]):
        return False
    if len(lead) == 1 and not_a_name(lead[0]):
        return False
    # One word opening a sentence ("Overall, the school ...") is not a name.
    j = start - 1
    while j >= 0 and text[j] in " \t\"'‘“(":
        j -= 1
    return not (len(words) == 1 and (j < 0 or text[j] in ".!?:\n"))


# The verb of saying after the run, or after ", which" ("Tiny Treasures, which told").
_SPEECH_NEXT = re.compile(r"(?:,?[ \t]+(?:which|who))?[ \t]+([a-z]+)\b")


def speaking_setting(text: str, run: list[Token], finder: NameFinder) -> Found | None:
    """A run of capitalised ordinary words that speaks ("Little Acorns said"): a
    setting, or an organisation, named with no setting word (kind ``school``).  At
    least two words, none a person's, a relation, a role, a body's or the domain's."""
    if len(run) < 2 or run[-1].possessive or any(t.caps for t in run):
        return None
    after = _SPEECH_NEXT.match(text, run[-1].end)
    if after is None or after.group(1) not in finder.speech_verbs:
        return None
    content = [t for t in run if t.text.lower() not in finder.function_words]
    if len(content) < 2 or run[-1].text in finder.titles:
        return None
    for t in content:
        low = t.text.lower()
        if t.cls not in ("english", "given-english") or t.protected is not None:
            return None
        if low in finder.people_nouns or low in finder.honorifics:
            return None
        if finder.relations.fullmatch(low) or low in finder.role_words:
            return None
    return Found("school", content[0].start, run[-1].end,
                 "a setting named with no setting word, speaking")  # fmt: skip


_WORSHIP = (
    r"Mosque|Masjid|Church|Chapel|Gurdwara|Mandir|Temple|Synagogue|Tabernacle|"
    r"Cathedral|Shul|Camii"
)
"""A place of worship a child or family goes to, named ("the Jamia Mosque", "St
Cadoc's Church"): it narrows a family to one congregation as a club does."""
_CLUB_ABBR = "FC|AFC|JFC|RFC|RUFC|RLFC|ARLFC|ABC"
"""A club written by its abbreviation ("Moss Side Amateurs FC", "Repton ABC": held-out
corpus 10).  Not "CC" alone: after a place it is a county council's ("North Yorkshire CC")."""
_CRICKET_SIDE = r"CC(?=[ \t]+(?:[Uu]nder[\- ]?\d{1,2}s?|U\d{1,2}s?)(?![\w\-]))"
"""A cricket club by its age group ("Oadby Owls CC under-14s", "Saltley Stallions CC
U15s": corpus33): no county council has an under-14s side."""
HEALTH_GATE = frozenset(
    {"hospital", "hosp", "surgery", "centre", "practice", "clinic", "infirmary", "hospice", "club",
     "ward", "mosque", "masjid", "church", "chapel", "gurdwara", "mandir", "temple",
     "synagogue", "tabernacle", "cathedral", "shul", "camii", "biserica", "kościół",
     "parafia", "jamia", "ysbyty", "meddygfa", "royal", "unit", "a&e", "hmp", "hmyoi", "yoi",
     "prison", "home", "lodgings", "accommodation", "refuge", "hostel", "pru", "fc", "afc",
     "jfc", "rfc", "rufc", "rlfc", "arlfc", "abc", "cc", "estate", "tower", "flat", "flats"}
)  # fmt: skip
_HEALTH = re.compile(
    r"(?<![\w'’\-])(?P<run>(?:St\.?\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|the|and|&)\s+)?"
    r"[A-Z][\w'’\-]*){0,3})\s+(?P<kind>Hospital|Hosp|Surgery|Medical\s+Centre|Health\s+Centre|"
    rf"Medical\s+Practice|Group\s+Practice|Health\s+Practice|Family\s+Practice|Clinic|"
    rf"Infirmary|Hospice|Ward|Club|{_WORSHIP}|{_CLUB_ABBR}|{_CRICKET_SIDE})s?(?![\w\-])"
)
_HEALTH_KEY = re.compile(
    rf"Hospital|Hosp|Surgery|Centre|Practice|Clinic|Infirmary|Hospice|Ward|Club|{_WORSHIP}|"
    r"Ysbyty|Meddygfa|Royal|ward|unit|A&E|HMP|HMYOI|YOI|Prison|home|lodgings|accommodation|"
    r"housing|centre|refuge|hostel|PRU|Biserica|Kościół|Parafia|Jamia|[Ee]state|[Tt]ower|flats?|church|mosque|chapel|gurdwara|mandir|temple|synagogue|"
    rf"(?<![\w\-])(?:{_CLUB_ABBR}|{_CRICKET_SIDE})(?![\w\-])"
)
_NAME_RUN = r"[A-Z][\w'’\-]*(?:\s+(?:(?:of|the|and|&)\s+)?[A-Z][\w'’\-]*){0,2}"
_HOSPITAL_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:Ysbyty|Meddygfa)\s+"  # Welsh: hospital, surgery ("Ysbyty Gwynedd")
    rf"(?P<run>{_NAME_RUN})"
    r"|(?<![\w'’\-])(?:ward|wards|unit|A&E|department)\s+(?:at|of|in)\s+(?:the\s+)?"
    rf"(?P<at>{_NAME_RUN})"  # "the children's ward at Nevill Hall"
    r"|(?<![\w'’\-])(?:seen|admitted|treated|born|taken|discharged|rushed|attended)"
    r"\s+(?:at|to|from|in)\s+(?:the\s+)?(?P<royal>Royal\s+"  # "seen at the Royal Gwent"
    rf"(?!Courts?\b|Mail\b|Navy\b|Air\b|Marines\b|College\b|Society\b|Borough\b)"
    rf"{_NAME_RUN})"
)
"""A hospital named with no hospital word after it: a Welsh name, a ward or unit at
one, or "the Royal ..." where a child was seen, treated or born (held-out corpus 7)."""
_WORSHIP_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:Biserica|Kościół|Parafia|Masjid|Jamia|Gurdwara|Mandir)\s+"
    rf"(?P<run>{_NAME_RUN})"
)
"""A place of worship named by its word first, as its congregation writes it ("Biserica
Penticostală Betel", "Kościół św. Jana", "Masjid al-Noor": held-out corpus 10)."""
_GOES = re.compile(
    r"\b(?:attends?|attending|goes|go|going|prays?|praying|worships?|madrass?a|madrasah|"
    r"Sunday\s+school|mass|services?)\b",
    re.IGNORECASE,
)
"""Someone going to a place of worship, as notes write it with no subject ("Attends
madrassa at Easton Jamia Masjid Sat and Sun": tester 34, F7)."""
_CONGREGATION = re.compile(
    r"(?<![\w'’\-])(?P<run>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+"
    r"(?:church|mosque|chapel|gurdwara|mandir|temple|synagogue)\s+(?:in|at|on)\s+"
    r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?"
)
"""A congregation named by its people and faith and the place it meets, in lower case
("the Eritrean Orthodox church in Wembley": tester 32, F5; "the Chinese church in
Plymouth": tester 34): one of a few in a town; not a denomination alone ("the Catholic
church in Truro")."""
_PLACED = re.compile(
    r"(?<![\w'’\-])(?:HMP|HMYOI|YOI|HM\s+Prison)\s+"
    rf"(?P<prison>{_NAME_RUN})"  # "HMP Guys Marsh": where a parent is held
    rf"|(?<![\w'’\-])(?P<run>{_NAME_RUN})\s+(?:children['’]s\s+home|reception\s+centre|"
    r"supported\s+(?:lodgings|accommodation|housing)|pupil\s+referral\s+unit|PRU|refuge|"
    r"hostel|secure\s+(?:unit|children['’]s\s+home)|residential\s+(?:unit|home)|"
    r"mother\s+and\s+baby\s+(?:unit|placement)|[Ee]state|[Tt]ower|[Hh]ouse\s+flats?)(?![\w\-])"
)
"""Where a child lives or stays, or a parent is held, named before what it is: "Hill
House children's home", "Kingfisher supported lodgings", "HMP Humber" (held-out
corpus 8), "Carpenters Estate", "Aylesbury Estate flat" (tester 32, F5): a named home,
estate or prison narrows a child to a handful."""
_GENERIC_HOME = frozenset(
    {"council", "county", "borough", "private", "independent", "specialist", "new", "our",
     "her", "his", "their", "a", "an", "emergency", "short-term", "long-term", "women's"}
)  # fmt: skip
_GENERIC_WORSHIP = frozenset(
    {"catholic", "roman", "anglican", "methodist", "baptist", "pentecostal", "evangelical",
     "orthodox", "free", "reformed", "united", "parish", "local", "sikh", "hindu",
     "buddhist", "christian", "islamic", "muslim", "jewish", "central", "inner", "middle",
     "the", "community", "family", "village", "town", "city", "nearby", "same"}
)  # fmt: skip
# A club named only by what it does is no one club ("Homework Club", "Boxing Club").
_GENERIC_CLUB = frozenset(
    {"homework", "breakfast", "after", "after-school", "school", "youth", "lunch",
     "lunchtime", "football", "boxing", "swimming", "swim", "book", "chess", "drama", "art",
     "arts", "coding", "gardening", "cooking", "dance", "music", "sports", "sport",
     "holiday", "play", "kids", "children's", "children’s", "parents'", "dads'", "mums'",
     "film", "reading", "running", "rugby", "cricket", "netball", "gymnastics", "judo",
     "karate", "tennis", "golf", "cycling", "scouts", "guides", "brownies", "cubs",
     "young", "carers", "carers'", "junior", "juniors", "under", "girls'", "boys'",
     "community", "social", "activity", "activities", "games", "lego", "nurture", "the",
     "club", "clubs"}
)  # fmt: skip


def health(
    text: str,
    words: set[str],
    is_domain: Callable[[list[str]], bool],
    about_a_person: Callable[[int, int], bool],
    taken: Callable[[int, int], bool],
) -> list[Found]:
    """Hospitals, wards, GP surgeries and clubs named in a sentence about a person (kind
    ``hospital`` or ``club``): where a child was born or treated, is registered or spends
    her evenings narrows who she is.  Not one the inspection's own words name, not a
    club named only by what it does, nor one in a sentence with no person in it (a
    meeting the FCA attended)."""
    if HEALTH_GATE.isdisjoint(words) or not _HEALTH_KEY.search(text):
        return []
    out = []
    for m in _HEALTH.finditer(text):
        s, e = _without_lead_words(text, m.start("run"), m.end())
        names = re.findall(r"[A-Z][\w'’\-]*", text[s : m.end("run")])
        lead = [w for w in names if w not in _SKIP_LEAD]
        kind = m.group("kind")
        worship = re.fullmatch(_WORSHIP, kind) is not None
        # A congregation named by its town and people is one congregation ("Plymouth
        # Chinese Church": tester 34, F7), though each word is the inspection's own.
        domain = (
            kind != "CC" and not worship and is_domain([re.sub(r"['’]s$", "", w) for w in lead])
        )
        if not lead or domain or taken(s, e):
            continue  # (a side by its age group is a club, whatever its town's name)
        if kind == "Club" and all(w.lower() in _GENERIC_CLUB for w in lead):
            continue
        if worship and all(w.lower() in _GENERIC_WORSHIP for w in lead):
            continue
        a, b = sentence_span(text, s)
        going = worship and _GOES.search(text, a, b) is not None
        if about_a_person(a, b) or going or kind == "CC":  # an age group's side is children's
            if kind in ("Club", "CC") or worship or re.fullmatch(_CLUB_ABBR, kind):
                what = "a place of worship" if worship else "a club"
                out.append(Found("club", s, e, f"{what} named beside a person"))
            else:
                out.append(Found("hospital", s, e, "a hospital or surgery named beside a person"))
    for m in _HOSPITAL_BEFORE.finditer(text):
        group = next(g for g in ("run", "at", "royal") if m.group(g))
        s, e = m.span(group)
        names = re.findall(r"[A-Z][\w'’\-]*", text[s:e])
        # "the Royal ..." where a child was seen is a hospital whatever place it names
        # ("the Royal Gwent"; the domain knows Gwent as a police force's name).
        # A ward "at the Royal London" likewise, though the inspection's own title names
        # London (tester 32, F15: "Cafcass London").
        royal = group == "royal" or (group == "at" and names[:1] == ["Royal"])
        domain = not royal and is_domain([re.sub(r"['’]s$", "", w) for w in names])
        if domain or taken(s, e):
            continue
        if about_a_person(*sentence_span(text, s)):
            out.append(Found("hospital", s, e, "a hospital named beside a person"))
    congregations = [m for m in _CONGREGATION.finditer(text)
                     if not all(w.lower() in _GENERIC_WORSHIP for w in m.group("run").split())]  # fmt: skip
    for m in [*_WORSHIP_BEFORE.finditer(text), *congregations]:
        s, e = m.span()
        a, b = sentence_span(text, s)
        if not taken(s, e) and (about_a_person(a, b) or _GOES.search(text, a, b)):
            out.append(Found("club", s, e, "a place of worship named beside a person"))
    for m in _PLACED.finditer(text):
        group = "prison" if m.group("prison") else "run"
        s, e = _without_lead_words(text, *m.span(group))
        names = re.findall(r"[A-Z][\w'’\-]*", text[s:e])
        # Any name before what the place is names one place (the domain's words too:
        # "Hill House"); not a word that only says whose it is ("Council", "Local").
        if all(w.lower() in _GENERIC_WORSHIP | _GENERIC_HOME for w in names) or taken(s, e):
            continue
        if about_a_person(*sentence_span(text, s)):
            what = "a prison" if group == "prison" else "a home, lodgings or unit"
            out.append(Found("street-address", s, e, f"{what} named beside a person"))
    return out
