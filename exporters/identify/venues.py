"""Places a child or a parent is known at that carry no school or hospital word, each
reported as its own kind so the advice names the right thing:

- hospitals known by a name alone ("Alder Hey", "Great Ormond Street": `hospitals_by_name`
  in `rules.toml`) and numbered wards ("Ward 32"), in a sentence about a person
  (kind ``hospital``);
- numbered uniformed groups ("1st Kingswood Scouts", "3rd Ilkley Brownies") in a
  sentence about a person (kind ``club``);
- where a parent works, after a verb of working ("works nights at Meadowbank Care
  Home", "drives for Parkers Taxis") or their job ("is a cleaner at Hollybank", "is a
  police sergeant in Reading": the jobs are `parent_jobs` in `rules.toml`; tester 18,
  F8): capitalised words that are not the inspection's own words or an area (kind
  ``workplace``).

`Scanner` adds these after names and settings; a span found already wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exporters.identify.capitals import word_before
from exporters.identify.generalsense import general
from exporters.identify.patterns import Found, sentence_span

_RUN = r"[A-Z][\w'’&\-]*(?:[ \t]+(?:(?:of|the|and|on|&)[ \t]+)?[A-Z][\w'’&\-]*){0,3}"
_WARD = re.compile(r"(?<![\w\-])(?:children's[ \t]+)?[Ww]ard[ \t]+[A-Z]?\d{1,3}[A-Z]?(?![\w\-])")
"""A numbered ward, as notes write it ("Ward 7", "children's ward 7D": held-out corpus 10;
"ward B26": corpus 12)."""
_GROUP = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)[ \t]+(?:{_RUN}[ \t]+)?(?:Scouts?|Scout[ \t]+Group|"
    r"Cubs?|Beavers?|Brownies|Guides?|Rainbows|Explorers|Squirrels|Boys'?[ \t]+Brigade|"
    r"Girls'?[ \t]+Brigade|Sea[ \t]+Scouts)(?![\w\-])"
)
_UNIT = (
    r"(?:Sea[ \t]+Cadets|Army[ \t]+Cadets|Air[ \t]+Cadets|Sea[ \t]+Scouts|Scouts|"
    r"Scout[ \t]+Group|Cubs|Beavers|Brownies|Guides|Rainbows|Explorers|Boys'?[ \t]+Brigade)"
)
_UNIT_NAMED = re.compile(
    rf"(?<![\w\-])(?P<run>{_RUN})[ \t]+{_UNIT}(?:[ \t]+(?:unit|troop|pack))?(?![\w\-])"
)
"""A uniformed group by its place's name, not numbered ("the Vickerstown Sea Cadets
unit", "Tate Hill Sea Scouts": held-out corpus 12)."""
_BASE = re.compile(
    rf"(?<![\w\-])(?:{_RUN})[ \t]+(?:Garrison|Barracks)(?![\w\-])"
    rf"|(?<![\w\-])(?:RAF|HMNB|RNAS|HMS)[ \t]+{_RUN}"
    r"|(?<![\w\-])\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:Commando|Regiment|Squadron|Battalion|"
    r"Brigade)(?:[ \t]+(?:RM|RA|RE|Royal[ \t]+Marines))?(?![\w\-])"
    rf"|(?<![\w\-])(?:{_RUN})[ \t]+Farms?(?![\w\-])"
)
"""A military base, ship or unit by its name or number ("the welfare officer at Catterick
Garrison", "Dad is on HMS Northumberland", "a Royal Marine w/ 40 Commando": tester 34,
F7): beside a person, where the family lives or a parent serves (held-out corpus 8;
"Catterick" alone is a town); not in a sentence about families in general ("Many dads
... work at HMNB Devonport").  A farm by its name likewise ("visited the boys at Low
Fold Farm": tester 35, F4/F5), where a family lives or works."""
BASE_GATE = frozenset(
    {"garrison", "barracks", "raf", "hmnb", "rnas", "hms", "commando", "regiment", "squadron",
     "battalion", "brigade", "farm", "farms"}
)  # fmt: skip
_UNIT_PLAIN = frozenset(
    {"The", "Sea", "Army", "Air", "Royal", "Navy", "Naval", "Local", "School", "Girl", "Boy",
     "Her", "His", "Their", "Joined", "At", "Went", "Goes"}
)  # fmt: skip
"""Capital words that name no place before a group ("The Sea Cadets", "Girl Guides")."""
_GROUP_GATE = frozenset(
    {"scout", "scouts", "cub", "cubs", "beaver", "beavers", "brownies", "guide", "guides",
     "rainbows", "explorers", "squirrels", "brigade", "cadets"}
)  # fmt: skip
# Where a workplace's name may start: "at" or "for" before a capital.  Searched first
# (a literal start is fast); the verb of working before it is then read backwards.  The
# name runs on to the town it is in ("the Tesco Extra in Eccles": tester 17, F11).
# A kind of site may follow the name before the town ("the Nissan plant in Washington":
# tester 19, F5).
_SITE = (
    r"(?:[ \t]+(?:plant|factory|depot|works|warehouse|site|store|superstore|branch|office|"
    r"garage|hotel|yard|shop|restaurant|cafe|pub|farm|packhouse|distribution[ \t]+centre|"
    r"call[ \t]+centre))?"
)
_AT_OR_FOR = re.compile(
    rf"(?:at|for)[ \t]+(?:the[ \t]+)?(?P<run>{_RUN}{_SITE}(?:[ \t]+(?:in|on)[ \t]+{_RUN})?)"
)
_KIND_AT = re.compile(
    r"(?:at|for)[ \t]+the[ \t]+(?P<run>(?:[a-z\-]+[ \t]+){0,3}?(?:plant|factory|depot|works|"
    r"warehouse|superstore|hotel|yard|packhouse|sawmill|mill|quarry|abattoir|dairy|bakery|"
    r"laundry|care[ \t]+home|nursing[ \t]+home|distribution[ \t]+centre|call[ \t]+centre)"
    rf"[ \t]+(?:at|in|on|near)[ \t]+{_RUN})"
)
"""A workplace told by its kind and where it is ("a carer at the nursing home on
Kingshill", "nights at the big distribution warehouse at Hilltop": held-out corpus 14),
after a verb of working or a job, as a named one is."""
_DOING_AT = re.compile(
    rf"(?:on|at|in)[ \t]+the[ \t]+(?P<run>(?:[a-z\-]+[ \t]+){{1,5}}?(?:at|in)[ \t]+{_RUN})"
)
"""A workplace told by what the parent does there and the town it is in ("works on the
fish market floor at Newlyn": held-out corpus 8, with the town known as a place), in a
sentence about a family member (`_KIN`), not a time of day ("works in the evenings")."""
_KIN = re.compile(
    r"\b(?i:mum|dad|mother|father|stepdad|stepmum|step-dad|step-mum|nan|nana|gran|grandad|"
    r"grandmother|grandfather|he|she|his|her|partner|aunt|auntie|uncle|brother|sister)\b"
)
_WHEN_WORDS = re.compile(
    r"\b(?:evenings?|mornings?|afternoons?|nights?|days?|weekends?|week|holidays?)\b"
)
_WORK_VERBS = (
    r"(?:works?|worked|working|employed|volunteers?|volunteered|volunteering|"
    r"drives|drove|driving|cleans|cleaned|cleaning|does[ \t]+(?:shifts|nights|days|lates|earlies)|"
    r"picks|picked|picking|packs|packed|packing|(?:is[ \t]+)?on[ \t]+(?:earlies|lates|nights|days)|"
    r"has[ \t]+a[ \t]+job)"
    r"(?:[ \t]+(?:nights|days|weekends|evenings|shifts|part[ \t-]time|full[ \t-]time|"
    r"locally|there|now))?"
    # A few words of what the work is before where ("works on the tills at", "works two
    # days a week at": tester 17, F11), or its shifts ("works 4 on 4 off, 6 till 6, at",
    # "does nights at the chicken processing plant at": corpus33).
    r"(?:[ \t]+\d+[ \t]+on[ \t]+\d+[ \t]+off,?)?(?:[ \t]+\d+[ \t]*(?:till|to|-)[ \t]*\d+,?)?"
    r"(?:[ \t]+[a-z]+){0,4}?"
)
_WORK_AS_NOUN = frozenset(
    {"group", "direct", "social", "youth", "joint", "partnership", "case", "team", "field",
     "outreach", "play", "therapeutic", "individual", "project", "life-story", "multi-agency",
     "preparatory", "follow-up", "voluntary", "key", "good", "this", "that", "the", "their",
     "her", "his", "our", "my", "of"}
)  # fmt: skip
"""Words before "work" that make it a noun, the work done, not a verb ("group work at",
"the work at", "direct work at")."""
_BARE_WORK = re.compile(r"work(?![a-z])")
_WORK_WORDS = frozenset(
    {"work", "works", "worked", "working", "employed", "volunteer", "volunteers",
     "volunteered", "volunteering", "drives", "drove", "driving", "cleans", "cleaned",
     "cleaning", "shifts", "job", "picks", "picked", "picking", "packs", "packed", "packing",
     "earlies", "lates", "nights"}
)  # fmt: skip


def _job(jobs: list[str]) -> str:
    """A job said of someone: "is a cleaner", "was a police sergeant", "works as a GP"."""
    said = "|".join(re.escape(j) for j in sorted(jobs, key=len, reverse=True))
    return (r"(?:is|was|works[ \t]+as)[ \t]+an?[ \t]+(?:[A-Za-z\-]+[ \t]+){0,2}?"
            rf"(?i:{said})")  # fmt: skip


_SITE_NAMED = re.compile(
    r"(?:(?i:pitch|plot)[ \t]+\d{1,3}[ \t]+(?:at|on)[ \t]+(?:the[ \t]+)?)?"
    r"(?<![\w\-])[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}[ \t]+"
    r"(?:(?i:Traveller|Travellers|Travellers'|Gypsy|Gypsy[ \t]+and[ \t]+Traveller|Roma|caravan|"
    r"mobile[ \t]+home|residential))[ \t]+(?i:site|park)(?![\w\-])"
)
"""A Traveller or caravan site by its name ("on pitch 7 at the Rose Lane Traveller site",
"Sandy Acres caravan park"): where the family lives, whatever the site's name is made
of (tester 33, F13: a named site with no road word was missed)."""
_SITE_GATE = frozenset({"site", "park"})
_SITE_WORDS = frozenset({"The", "Council", "County", "City", "Local", "Authority", "New", "Old"})
"""Capital words that name no site ("The Council Traveller site")."""


class Venues:
    """The finders above for one vocabulary (`hospitals_by_name` read once)."""

    def __init__(self, hospitals_by_name: list[str], jobs: list[str]) -> None:
        job = _job(jobs)
        self._work_before = re.compile(rf"(?<![\w\-])(?:{_WORK_VERBS}|{job})[ \t]+$")
        self._job_in = re.compile(rf"(?<![\w\-]){job}[ \t]+in[ \t]+(?P<run>{_RUN})")
        self.work_gate = _WORK_WORDS | frozenset(jobs)
        """The lower-case words a text must hold to be searched for a workplace."""
        names = sorted(hospitals_by_name, key=len, reverse=True)
        self._hospitals = re.compile(
            r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])"
        )
        # The longest word of each name, as `lower_words` splits it: a text holding
        # none (and no "ward") names none.
        self._gate = frozenset(max(re.findall(r"[^\W\d_]+", n.lower()), key=len) for n in names) | {
            "ward"
        }

    def _worked_before(self, text: str, at: int) -> bool:
        """Whether a verb of working (or a job) ends just before `at`, not the noun
        "work" of an activity ("group work at the Liverpool family centre": tester 22)."""
        m = self._work_before.search(text, max(0, at - 60), at)
        if m is None:
            return False
        if not _BARE_WORK.match(m.group(0)):
            return True
        before = re.findall(r"[\w\-]+", text[max(0, m.start() - 30) : m.start()])
        return not before or before[-1].lower() not in _WORK_AS_NOUN

    @property
    def gate(self) -> frozenset[str]:
        """The lower-case words a text must hold for `named` to find anything (with a
        digit, for a numbered group)."""
        return self._gate | _GROUP_GATE | _SITE_GATE

    def named(
        self,
        text: str,
        words: set[str],
        digits: int,
        about_a_person: Callable[[int, int], bool],
    ) -> list[Found]:
        """Hospitals known by name, numbered wards and numbered groups in a sentence
        about a person (found before people's names: "Bootham Park" is a hospital).
        `digits` is how many digits the text holds (none: no ward or group number)."""
        out: list[Found] = []
        if (
            self._gate.isdisjoint(words)
            and _SITE_GATE.isdisjoint(words)
            and _GROUP_GATE.isdisjoint(words)
        ):
            return out

        def person(pos: int) -> bool:
            return about_a_person(*sentence_span(text, pos))

        if not self._gate.isdisjoint(words):
            for m in [*self._hospitals.finditer(text), *_WARD.finditer(text)]:
                if person(m.start()):
                    out.append(
                        Found("hospital", *m.span(), "a hospital or ward named beside a person")
                    )
        if not _SITE_GATE.isdisjoint(words):
            out += [Found("street-address", *m.span(), "a Traveller or caravan site, named: "
                          "the family's home") for m in _SITE_NAMED.finditer(text)
                    if not _SITE_WORDS.issuperset(m.group(0).split()[:-2])]  # fmt: skip
        if not _GROUP_GATE.isdisjoint(words):
            for m in _GROUP.finditer(text) if digits else ():
                if not word_before(text, m.start()) and person(m.start()):
                    out.append(Found("club", *m.span(), "a numbered group named beside a person"))
            for m in _UNIT_NAMED.finditer(text):
                named = set(m.group("run").split()) - _UNIT_PLAIN
                if named and not any(f.start < m.end() and m.start() < f.end for f in out) \
                        and person(m.start()):  # fmt: skip
                    s0 = m.start("run") + m.group("run").find(min(named, key=m.group("run").find))
                    out.append(
                        Found("club", s0, m.end(), "a uniformed group named beside a person")
                    )
        return out

    def find(
        self,
        text: str,
        words: set[str],
        is_domain: Callable[[list[str]], bool],
        taken: Callable[[int, int], bool],
    ) -> list[Found]:
        """The workplaces in `text` (see the module docstring): `words` are its
        lower-case words; `is_domain(words)` tells the inspection's own words; `taken`
        a span already found."""
        out: list[Found] = []
        if self.work_gate.isdisjoint(words):
            return out

        def add(kind: str, s: int, e: int, note: str) -> None:
            if not taken(s, e) and not any(f.start < e and s < f.end for f in out):
                out.append(Found(kind, s, e, note))

        doing = [m for m in _DOING_AT.finditer(text) if not _WHEN_WORDS.search(m.group("run"))
                 and _KIN.search(text, *sentence_span(text, m.start()))]  # fmt: skip
        at = [m for m in (*_AT_OR_FOR.finditer(text), *_KIND_AT.finditer(text), *doing)
              if not word_before(text, m.start()) and self._worked_before(text, m.start())]  # fmt: skip
        for m in [*at, *self._job_in.finditer(text)]:  # "is a nurse in Reading" too
            s, e = m.span("run")
            e = _free_end(text, s, e, taken)
            lead = [re.sub(r"['’]s$", "", w) for w in text[s:e].split() if w[:1].isupper()]
            # A kind of workplace said with its place is one, wherever it is.
            ours = is_domain(lead) and m.re not in (_KIND_AT, _DOING_AT)
            if lead and not ours and not general(text[slice(*sentence_span(text, s))]):
                add("workplace", s, e, "where a parent works, named")
        return out


def bases(
    text: str, person: Callable[[int, int], bool], taken: Callable[[int, int], bool]
) -> list[Found]:
    """Military bases and ships by name (`_BASE`) in a sentence about a person or naming
    one (found after people's names, so "Amara Okoro phoned ... the welfare officer at
    Catterick Garrison" counts)."""
    out = []
    for m in _BASE.finditer(text):
        a, b = sentence_span(text, m.start())
        farm = m.group(0).split()[-1] in ("Farm", "Farms")
        home = farm and _HOME_BEFORE.search(text, a, m.start()) is not None
        if not taken(*m.span()) and (person(a, b) or home) and not general(text[a:b]):
            what = "a farm by its name, where a family lives or works" if farm else (
                "a military base or ship named beside a person")  # fmt: skip
            out.append(Found("workplace", *m.span(), what))
    return out


def _free_end(text: str, s: int, e: int, taken: Callable[[int, int], bool]) -> int:
    """Where a workplace's name ends: the run, or, where something found already (a
    street, a town's site) lies inside it, the capitalised words before that ("works at
    Rolls-Royce on Victory Rd": the employer, then the street; tester 33).  `s` itself
    where nothing before it is free."""
    ends = [s + w.end() for w in re.finditer(r"[A-Z][\w'’&\-]*", text[s:e])]
    return next((end for end in [e, *reversed(ends)] if not taken(s, end)), s)


_ACTIVITY = frozenset(
    {"dance", "dancing", "ballet", "football", "boxing", "gymnastics", "gym", "swimming",
     "swim", "drama", "theatre", "stage", "karate", "judo", "taekwondo", "kickboxing",
     "martial", "cheer", "cheerleading", "rugby", "cricket", "tennis", "netball", "hockey",
     "athletics", "harriers", "rangers", "wanderers", "united", "athletic", "rovers",
     "albion", "youth", "fc", "afc", "jfc", "rfc", "cc"}
)  # fmt: skip
_PLAYS_FOR = re.compile(
    r"(?<![\w\-])(?:play|plays|played|playing|train|trains|trained|training|boxes|dances|"
    r"swims|signed)[ \t]+(?:for|at|with)[ \t]+(?:the[ \t]+)?$"
)


_PLAYS_FOR_RUN = re.compile(
    r"(?:(?i:play|plays|played|playing|signed|bowls|bowled|bats|batted)[ \t]+for|(?i:train|trains|trained|training|box|"
    r"boxes|boxed|swim|swims|swam|dance|dances|danced)[ \t]+(?:for|at|with))[ \t]+(?:the[ \t]+)?"
    r"(?P<run>[A-Z][\w'’&\-]*(?:[ \t]+(?:(?:of|the|and|&)[ \t]+)?[A-Z][\w'’&\-]*){0,3})"
)
_TEAM_WORDS = frozenset(
    {"Town", "United", "City", "Rovers", "Athletic", "Wanderers", "Juniors", "Colts", "Rangers",
     "Harriers", "Albion", "FC", "AFC", "Academy", "Youth", "Ladies", "Girls", "Boys", "RFC",
     "RUFC", "RLFC", "ARLFC", "JFC", "CC", "HC", "ABC", "CPD", "Clwb"}
)  # fmt: skip
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Mum", "Dad", "Nan", "Grandad"})
PLAY_GATE = frozenset(
    {"play", "plays", "played", "playing", "train", "trains", "trained", "training", "box",
     "boxes", "boxed", "swim", "swims", "swam", "dance", "dances", "danced", "signed",
     "bowls", "bowled", "bats", "batted", "academy", "squad", "juniors", "youth"}
)  # fmt: skip
_HOME_BEFORE = re.compile(
    r"\b(?i:visited|visit|visiting|lives?|living|lived|stays?|staying|stayed|moved|works?|"
    r"working|worked|home)\b[^.;\n]{0,40}$"
)
"""Where a farm is a family's home or work: a visit, a home or work before its name."""
_AGE_GROUP = re.compile(r"[ \t]+(?i:u|under)[ \t\-]?\d{1,2}(?:s|'s|’s)?(?![\w\-])")
_SQUAD = re.compile(
    r"(?<![\w\-])(?P<run>[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,2}[ \t]+"
    r"(?i:academy|juniors|youth|development)(?:[ \t]+(?i:squad|team|side))?[ \t]+"
    r"(?i:u|under)[ \t\-]?\d{1,2}(?:s|'s|’s)?)(?![\w\-])"
)
"""A club's squad by its age group ("the Everton academy U12s", "Everton Academy under
12s": tester 35, F5): a professional club's place in it is as plain as a school's, though
the club is named after its town."""


def teams(
    text: str,
    words: set[str],
    is_domain: Callable[[list[str]], bool],
    taken: Callable[[int, int], bool],
) -> list[Found]:
    """A team or club the child plays for, or trains, boxes, swims or dances with, named
    with no club word ("plays for Ashbrook Rangers", "trains with Hartside Harriers"):
    kind ``club``; not the inspection's own words, an area or one place ("plays for
    Yorkshire"), nor a person ("plays with Kayden" is the name finder's)."""
    out: list[Found] = []
    if PLAY_GATE.isdisjoint(words):
        return out
    for m in _SQUAD.finditer(text):
        if not taken(*m.span("run")):
            out.append(Found("club", *m.span("run"), "a club's squad by its age group"))
    for m in _PLAYS_FOR_RUN.finditer(text):
        if any(f.start <= m.start("run") < f.end for f in out):
            continue
        if word_before(text, m.start()):
            continue
        s, e = m.span("run")
        lead = [re.sub(r"['’]s$", "", w) for w in text[s:e].split() if w[:1].isupper()]
        # A town with a team's word is a team ("Skegness Town", "Hull City": held-out
        # corpus 8), where the town alone is one place ("plays for Yorkshire").
        team = len(lead) > 1 and lead[-1] in _TEAM_WORDS
        if not lead or (is_domain(lead) and not team) or taken(s, e) \
                or lead[0].rstrip(".") in _TITLES:  # fmt: skip
            continue  # "plays for Mr Hall's team" names a person (the name finder's)
        if text.startswith(("'s", "’s"), e):
            continue
        out.append(Found("club", s, e, "a team or club named beside a person"))
    return out


def clubs_as_clubs(text: str, found: list[Found]) -> list[Found]:
    """A "school" that is a club: an academy of an activity ("Starlight Dance Academy"),
    or a team the child plays for ("plays for Fishponds Juniors")."""
    out = []
    for f in found:
        if f.kind == "school" and (age := _AGE_GROUP.match(text, f.end)):
            f = Found("club", f.start, age.end(), "a club's squad by its age group")
        elif f.kind == "school":
            words = {w.lower().strip("'’") for w in text[f.start : f.end].split()}
            if not _ACTIVITY.isdisjoint(words) or _PLAYS_FOR.search(
                text, max(0, f.start - 30), f.start
            ):
                f = Found("club", f.start, f.end, "a club or team named beside a person")
        out.append(f)
    return out
