"""The draft's vocabulary: proportion words, numbers, phrases per criterion, the glossary.

All wording here is Fieldwork's own.  It follows the form of a published Ofsted report
on Cafcass (short evaluative sentences in the present tense, proportion words rather than
percentages, the impact on children stated with every claim, improvement points that
start with a verb) without reusing any of its sentences.

Proportion words
----------------
No published mapping from proportion words to percentages was found, so Fieldwork uses
this one and always records the tally behind the word ("In 14 of 18 cases") in the Word
comment, so that the inspector can choose a different word:

=====================  ==========================
share of the sample    word
=====================  ==========================
100%                   all
90% to 99%             almost all
80% to 89%             the vast majority of
60% to 79%             most
40% to 59%             many
20% to 39%             some
10% to 19%             a small number of
above 0%, below 10%    a very small number of
0%                     no
=====================  ==========================

Samples of fewer than five are flagged as small in the comment and in the report's
warnings: a proportion word over three cases says little.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

NumberStyle = Literal["words-below-10", "figures"]

PROPORTION_BANDS: tuple[tuple[float, str], ...] = (
    (1.0, "all"),
    (0.9, "almost all"),
    (0.8, "the vast majority of"),
    (0.6, "most"),
    (0.4, "many"),
    (0.2, "some"),
    (0.1, "a small number of"),
    (0.0, "a very small number of"),
)
SMALL_SAMPLE = 5

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def proportion_word(count: int, total: int) -> str:
    """The proportion word for `count` out of `total` (see the module docstring).

    >>> proportion_word(14, 18)
    'most'
    >>> proportion_word(1, 12)
    'a very small number of'
    """
    if total <= 0 or count <= 0:
        return "no"
    share = min(count / total, 1.0)
    if share >= 1.0:
        return "all"
    for floor, word in PROPORTION_BANDS[1:]:
        if share >= floor and (floor > 0 or share > 0):
            return word
    return "a very small number of"  # pragma: no cover - the last band always matches


def number_text(n: int, style: NumberStyle = "words-below-10") -> str:
    """One to nine as words and 10 upwards as figures, or figures throughout.

    >>> number_text(7), number_text(11), number_text(7, "figures")
    ('seven', '11', '7')
    """
    if style == "words-below-10" and 0 <= n < 10:
        return _WORDS[n]
    return str(n)


def tally(count: int, total: int, what: str = "cases") -> str:
    """The basis of a proportion word, always in figures: 'In 14 of 18 cases'."""
    return f"In {count} of {total} {what}"


def capitalise(text: str) -> str:
    """Upper-case the first letter only (unlike str.capitalize, keeps 'FCAs')."""
    return text[:1].upper() + text[1:] if text else text


def pick(options: tuple[str, ...] | list[str], *key: str) -> str:
    """A stable choice among wordings, keyed so that each section reads differently.

    The choice depends only on the key (area code, theme), so a draft is the same
    every time it is exported from the same evidence.
    """
    digest = hashlib.sha1("|".join(key).encode()).digest()
    return options[digest[0] % len(options)]


# Phrases per criterion ---------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """How the draft talks about one criterion.

    `clause` follows "In most cases, ..."; `subject`/`predicate` make "Most <subject>
    <predicate>." (omit for criteria that are not about cases); `weak` follows
    "inspectors found <a small number of> cases where ..."; `impact` says what the
    strength means for children; `improve` is an improvement point starting with a verb.
    """

    theme: str
    clause: str
    weak: str
    impact: str
    improve: str
    subject: str = ""
    predicate: str = ""


# Themes: the paragraphs of an area section, in order.
THEMES: tuple[str, ...] = ("leadership", "partners", "practice", "workforce")

PHRASES: dict[str, Phrase] = {
    "SW1": Phrase(
        "practice",
        "children's safety and welfare are promoted well by practitioners' actions and advice",
        "safeguarding concerns were not followed up quickly enough",
        "As a result, children at risk of harm are identified and the court is alerted promptly.",
        "Ensure that every safeguarding concern is followed up without delay and that "
        "managers' oversight of these cases is recorded.",
    ),
    "SW2": Phrase(
        "practice",
        "the court receives clear, well-reasoned advice about the application",
        "advice to the court did not explain the reasons for the recommendation",
        "This means that courts can make decisions with confidence that children's needs "
        "have been weighed carefully.",
        "Make sure that advice to the court always sets out the reasons for each recommendation.",
    ),
    "SW3": Phrase(
        "practice",
        "children are properly represented, and older children are helped to instruct "
        "their own solicitor when this is right for them",
        "the child's views were not fully represented to the court",
        "Consequently, children's interests are represented throughout proceedings.",
        "Ensure that children's views are fully represented in every case, including when "
        "they disagree with the recommendation.",
    ),
    "SW4": Phrase(
        "practice",
        "children and families are given clear information about what will happen and why",
        "families were not told clearly what would happen next",
        "As a result, children and their families understand the process and feel less "
        "anxious about it.",
        "Improve the information given to children and families so that each knows what "
        "will happen next and why.",
    ),
    "QP1": Phrase(
        "practice",
        "work is allocated promptly and children's cases progress without avoidable delay",
        "delays in allocation or in completing work held up decisions for the child",
        "This means that children are not left waiting for decisions about their lives.",
        "Reduce delay in allocating and completing work so that children do not wait "
        "longer than necessary for decisions about their future.",
        "children's cases",
        "progress without avoidable delay",
    ),
    "QP2": Phrase(
        "practice",
        "initial screening identifies risks thoroughly and promptly",
        "risks were not fully identified at the start of the case",
        "As a result, risks to children are recognised early and acted on.",
        "Strengthen initial screening so that every risk to a child is identified and "
        "acted on at the start of the case.",
        "initial risk assessments",
        "are thorough and completed promptly",
    ),
    "QP3": Phrase(
        "practice",
        "children's wishes and feelings are set out clearly and explained in the light of "
        "their age and experiences",
        "children's wishes were recorded but not explained in the context of their lives",
        "This means that the court hears directly what matters to each child.",
        "Ensure that reports always explain children's wishes and feelings in the light of "
        "their age, understanding and experiences.",
    ),
    "QP4": Phrase(
        "practice",
        "children's best interests stay at the centre of the work",
        "the focus drifted from the child towards the disagreement between the adults",
        "Consequently, decisions are shaped around what children need rather than what "
        "adults want.",
        "Ensure that the child's needs, rather than the adults' dispute, remain the focus "
        "of work in every case.",
    ),
    "QP5": Phrase(
        "practice",
        "direct work with children is purposeful and suited to their age and understanding",
        "direct work with the child was limited or was not recorded",
        "As a result, children are helped to share their views in ways that feel safe to them.",
        "Ensure that direct work with children is purposeful, proportionate and recorded.",
        "practitioners",
        "undertake direct work that is well suited to each child's age and understanding",
    ),
    "QP6": Phrase(
        "practice",
        "case plans are clear about what needs to happen for the child and by when",
        "case plans were not updated when the child's circumstances changed",
        "This means that work stays focused and children's cases move forward purposefully.",
        "Improve case planning so that plans are revised whenever a child's circumstances change.",
        "case plans",
        "are clear about what needs to happen for the child and by when",
    ),
    "QP7": Phrase(
        "practice",
        "reports are analytical and make clear recommendations centred on the child",
        "reports described events without analysing their impact on the child",
        "As a result, courts receive advice they can rely on when deciding what is best for "
        "each child.",
        "Improve the analysis in reports so that the impact on each child of the adults' "
        "behaviour is always explicit.",
        "reports to court",
        "are analytical and make clear recommendations centred on the child",
    ),
    "QP8": Phrase(
        "practice",
        "children are seen, and seen alone when this is in their best interests",
        "the child was not seen, or the reasons for not seeing the child alone were not recorded",
        "This means that practitioners understand children's day-to-day experiences at first hand.",
        "Ensure that the reasons for not seeing a child, or not seeing a child alone, are "
        "always recorded.",
        "children",
        "are seen, and seen alone when this is in their best interests",
    ),
    "QP9": Phrase(
        "practice",
        "children are listened to and their experiences shape the work",
        "the child's experiences were not reflected in the work undertaken",
        "Children are therefore able to influence the decisions that affect them.",
        "Make sure that children's experiences visibly shape the work undertaken with them.",
    ),
    "QP10": Phrase(
        "practice",
        "advice and recommendations are made by suitably experienced staff and recorded carefully",
        "the reasons for the advice given to the court were not recorded",
        "As a result, the advice children's futures depend on is sound and can be checked.",
        "Ensure that the reasons for advice given to the court are always recorded.",
    ),
    "QP11": Phrase(
        "practice",
        "case records are up to date and show the work undertaken",
        "case recording was late or did not show the work that had been done",
        "This means that another practitioner could pick up the work without the child "
        "having to repeat their story.",
        "Improve the timeliness and quality of case recording, including case plans and "
        "contact logs, so that management direction is clear.",
        "case records",
        "are up to date and show the work undertaken",
    ),
    "QP12": Phrase(
        "partners",
        "information is shared with other agencies promptly and appropriately",
        "information was shared late with the local authority",
        "As a result, partner agencies can act quickly to protect children.",
        "Ensure that information is shared with partner agencies promptly in every case.",
    ),
    "QPN1": Phrase(
        "practice",
        "children build trusting relationships with their practitioner",
        "the child had several changes of practitioner",
        "This means that children feel able to talk openly about what matters to them.",
        "Reduce changes of practitioner so that children can build a trusting relationship "
        "with one worker.",
    ),
    "QPN2": Phrase(
        "practice",
        "telephone interviews with parents before the first hearing are focused and help "
        "to narrow the issues",
        "telephone interviews with parents did not explore risks to the child fully",
        "As a result, the court is well informed at the first hearing and some disputes are "
        "settled early.",
        "Strengthen telephone interviews with parents before the first hearing so that "
        "risks to children are always explored.",
    ),
    "QPN3": Phrase(
        "practice",
        "practitioners respond to children's needs skilfully and in good time",
        "the response to the child's changing needs was slow",
        "Consequently, children receive help when they need it.",
        "Ensure that practitioners respond promptly when a child's needs change.",
    ),
    "QPN4": Phrase(
        "leadership",
        "managers' oversight is visible on the file and gives clear direction",
        "management oversight was not evident on the file",
        "This means that managers know the quality of work with each child and act when it "
        "falls short.",
        "Ensure that management oversight and direction are consistently recorded on "
        "children's files.",
    ),
    "LG1": Phrase(
        "leadership",
        "leaders set ambitious priorities for the service and follow them through",
        "leaders' priorities were not yet reflected in practice",
        "As a result, staff share a clear sense of what good work with children looks like.",
        "Ensure that leaders' priorities are translated into consistent practice with children.",
    ),
    "LG2": Phrase(
        "partners",
        "leaders engage proactively and constructively with the family judiciary",
        "engagement with the judiciary was limited",
        "This means that court processes work well for children and families.",
        "Strengthen engagement with the family judiciary so that local court processes "
        "serve children well.",
    ),
    "LG3": Phrase(
        "leadership",
        "performance information is used well to understand and improve practice",
        "performance information was not used to identify weaker practice",
        "Consequently, leaders know where practice is strong and where children are not yet "
        "well served.",
        "Make better use of performance information to identify where practice with children "
        "needs to improve.",
    ),
    "LG4": Phrase(
        "leadership",
        "senior and middle managers provide robust oversight and tackle weaknesses quickly",
        "weaknesses in practice had not been identified or tackled by managers",
        "As a result, weaker practice is identified and improved before it affects children.",
        "Strengthen managers' oversight so that weaknesses in practice are identified and "
        "tackled promptly.",
    ),
    "LG5": Phrase(
        "workforce",
        "staff work in a culture that is both supportive and challenging",
        "staff did not feel supported or challenged to improve",
        "This means that practitioners are able to reflect on their work and keep improving "
        "it for children.",
        "Further develop a culture in which staff feel both supported and challenged.",
    ),
    "LG6": Phrase(
        "leadership",
        "feedback and complaints from children and families influence how services develop",
        "feedback from children and families had not led to changes in practice",
        "As a result, services change in response to what children and families say.",
        "Ensure that feedback and complaints from children and families lead to visible "
        "changes in practice.",
    ),
    "LG7": Phrase(
        "leadership",
        "leaders learn continuously from audits, complaints, reviews and research",
        "learning from audits and reviews had not been acted on",
        "Consequently, practice improves in response to what leaders learn.",
        "Make sure that learning from audits, reviews and complaints is acted on promptly.",
    ),
    "LG8": Phrase(
        "workforce",
        "workforce planning ensures that there are enough skilled staff to meet demand",
        "workloads were too high for staff to work with children as they wished",
        "This means that practitioners have time to get to know children well.",
        "Review workloads and workforce planning so that practitioners have time for direct "
        "work with children.",
    ),
    "LG9": Phrase(
        "practice",
        "children's identity and diversity are considered carefully",
        "reports did not consider the child's identity and diversity, or explain why these "
        "were not relevant",
        "As a result, children's individual needs, including those arising from their "
        "identity, are understood.",
        "Ensure that reports consider children's identity and diversity, and say so when "
        "these are not relevant.",
    ),
    "LGN1": Phrase(
        "leadership",
        "leaders make sure that assessments are robust and advice to courts is consistent",
        "assessment and advice were inconsistent between teams",
        "This means that children receive the same quality of service wherever they live.",
        "Ensure that the quality of assessment and advice is consistent across teams.",
    ),
    "LGN2": Phrase(
        "leadership",
        "children keep the same practitioner wherever possible",
        "children experienced changes of practitioner",
        "Consequently, children can build relationships with the adults who represent them.",
        "Reduce changes of practitioner so that children keep the same worker wherever possible.",
    ),
    "LGN3": Phrase(
        "partners",
        "commissioned services are well matched to children's needs",
        "commissioned services were not available when children needed them",
        "As a result, children and families can get help quickly.",
        "Review commissioned services so that children and families can get help when they "
        "need it.",
    ),
    "LGN4": Phrase(
        "partners",
        "leaders play an active and influential part in the local family justice board",
        "work with the local family justice board had not led to improvements",
        "This means that partners work together to reduce delay for children.",
        "Strengthen work with local family justice partners to reduce delay for children.",
    ),
    "LGN5": Phrase(
        "partners",
        "leaders contribute well to local safeguarding partnerships",
        "contributions to local safeguarding partnerships were limited",
        "As a result, the safeguarding needs of children in private law proceedings are "
        "understood by local partners.",
        "Strengthen the contribution to local safeguarding partnerships, particularly for "
        "children in private law proceedings.",
    ),
}


def phrase_for(criterion_id: str, criterion_text: str, theme: str = "practice") -> Phrase:
    """The phrase for a criterion; for one Fieldwork has no wording for, a plain one
    built from the framework's own criterion text.

    The 2018 framework's "LGS" criteria name a kind of case ("private law
    applications") whose data and performance leaders oversee; they are phrased as that
    oversight, not as a statement of the case type.
    """
    if criterion_id in PHRASES:
        return PHRASES[criterion_id]
    if criterion_id.startswith("LGS"):
        kind = criterion_text.split(":", 1)[0].split("(", 1)[0].strip().rstrip(".")
        return Phrase(
            "leadership",
            f"leaders have a clear view of data and performance for {kind}",
            f"leaders did not have a clear view of data and performance for {kind}",
            "This means that leaders can see where children in these cases wait too long or "
            "receive a weaker service.",
            f"Strengthen leaders' oversight of data and performance for {kind}.",
        )
    text = criterion_text.strip().rstrip(".")
    return Phrase(
        theme,
        text,
        f"practice fell short in this respect ({text})",
        "[Add the impact on children.]",
        f"Ensure that {text}.",
    )


def theme_of(criterion_id: str, source: str) -> str:
    """The paragraph theme a piece of evidence belongs to, by criterion then source."""
    if criterion_id in PHRASES:
        return PHRASES[criterion_id].theme
    if source in PARTNER_SOURCES:
        return "partners"
    if source in WORKFORCE_SOURCES:
        return "workforce"
    if criterion_id.startswith(("LG", "LGN", "LGS")):
        return "leadership"
    return "practice"


# Sources ----------------------------------------------------------------------------

PARTNER_SOURCES = frozenset({"INT_JUDICIARY", "INT_LA", "INT_PARTNER", "OBS_COURT"})
WORKFORCE_SOURCES = frozenset(
    {"SURVEY_STAFF", "PLR", "OBS_SUPERVISION", "OBS_TEAM_MTG", "INT_PRACTITIONER"}
)
CASE_SOURCES = frozenset({"CASE_FILE", "CASE_DISCUSSION", "OBS_PRACTICE"})

# Who may be quoted about the service, by role only (never a name): stakeholders, not
# Cafcass's own staff, whose words are evidence about their own work.  Children are
# quoted from the child's own words recorded with the evidence, not from notes.
STAKEHOLDER_QUOTE_SOURCES: tuple[str, ...] = (
    "INT_JUDICIARY", "INT_LA", "INT_PARTNER", "INT_PARENT_CARER", "SURVEY_USER",
)  # fmt: skip
# Professional stakeholders (quoted about partnership working) and families (quoted
# about practice).
PARTNER_QUOTE_SOURCES = frozenset({"INT_JUDICIARY", "INT_LA", "INT_PARTNER"})
FAMILY_QUOTE_SOURCES = frozenset({"INT_PARENT_CARER", "SURVEY_USER"})


def speaker(source: str, text: str) -> str:
    """The role a stakeholder is quoted by, from the evidence source and what the note
    says about who spoke ("one judge", "a local authority social worker").

    >>> speaker("INT_JUDICIARY", "A magistrate said the reports were 'clear and fair'.")
    'one magistrate'
    """
    t = text.lower()
    if source == "INT_JUDICIARY":
        if "magistrate" in t:
            return "one magistrate"
        if "designated family judge" in t:
            return "the designated family judge"
        return "one judge"
    if source == "INT_LA":
        if "social worker" in t:
            return "a local authority social worker"
        if "reviewing officer" in t or "iro" in t.split():
            return "an independent reviewing officer"
        if "manager" in t or "head of service" in t or "director" in t:
            return "one local authority manager"
        return "one local authority representative"
    if source == "INT_PARTNER":
        return "a representative of a partner agency"
    if source == "INT_PARENT_CARER":
        if "carer" in t and "parent" not in t and "mother" not in t and "father" not in t:
            return "one carer"
        return "one parent"
    if source == "SURVEY_USER":
        return "one respondent to the survey of children and families"
    return "one stakeholder"


# Who values the service, as a list of groups in this order ("judges, magistrates and
# local authority staff"), never "judges and magistrates and local authority staff".
STAKEHOLDER_GROUPS: dict[str, tuple[str, ...]] = {
    "INT_JUDICIARY": ("judges", "magistrates"),
    "INT_LA": ("local authority staff",),
    "INT_PARTNER": ("partner agencies",),
}


def join_list(items: list[str] | tuple[str, ...]) -> str:
    """'a', 'a and b', 'a, b and c' (no serial comma, as in house style).

    >>> join_list(["judges", "magistrates", "local authority staff"])
    'judges, magistrates and local authority staff'
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# Sentences that frame a paragraph ------------------------------------------------------

HEADLINES: dict[str, tuple[str, ...]] = {
    "outstanding": (
        "Leaders and managers in this area know their service in depth and use that "
        "knowledge to keep improving the help that children receive.",
        "Highly effective local leaders set high expectations and make sure that children "
        "receive a consistently strong service.",
    ),
    "good": (
        "Local leaders and managers know their service well and work purposefully to improve "
        "outcomes for children.",
        "Leaders and managers give clear direction, and children receive a service that is "
        "timely and focused on their needs.",
    ),
    "requires-improvement": (
        "Leaders and managers understand the main weaknesses in the service, but their "
        "actions have not yet improved practice consistently for children.",
        "Local leaders have begun to tackle weaknesses, but too many children still receive "
        "a service that is not consistently good.",
    ),
    "inadequate": (
        "Leaders and managers have not made sure that children receive a safe and effective "
        "service.",
        "Serious weaknesses in leadership and management mean that children are not "
        "consistently protected or well served.",
    ),
}

NATIONAL_HEADLINES: dict[str, tuple[str, ...]] = {
    "outstanding": (
        "Leaders have an exceptionally clear understanding of the quality of practice across "
        "the organisation and use it relentlessly to improve services for children.",
        "Leaders set high expectations across the organisation and make sure that children "
        "benefit from consistently strong practice.",
    ),
    "good": (
        "Leaders understand the strengths and weaknesses of practice across the organisation "
        "and act effectively to improve services for children.",
        "Leaders give clear direction, and their actions are improving the service that "
        "children receive.",
    ),
    "requires-improvement": (
        "Leaders know where practice needs to improve, but their actions have not yet made "
        "enough difference to children's experiences.",
    ),
    "inadequate": (
        "Leaders have not ensured that children across the organisation receive a safe and "
        "effective service.",
    ),
}

PRACTICE_HEADLINES: dict[str, tuple[str, ...]] = {
    "outstanding": (
        "Practice in {law} cases is consistently strong, and children's needs and views drive "
        "the work.",
    ),
    "good": ("Practice in {law} cases is effective and focused on children's needs.",),
    "requires-improvement": (
        "Practice in {law} cases is not yet consistently good, and the quality of work varies "
        "too much between cases.",
    ),
    "inadequate": (
        "Practice in {law} cases does not keep children safe or meet their needs well enough.",
    ),
}

HOWEVER: tuple[str, ...] = (
    "However, inspectors found {prop} cases where {weak}.",
    "However, in {prop} cases, {weak}.",
)

DEVELOPMENT_IMPACT: tuple[str, ...] = (
    "This means that these children did not receive the same quality of help as others.",
    "As a result, these children's experiences were less well understood.",
    "Consequently, some children waited longer than necessary for the help they needed.",
)

EXAMPLE_LEADS: tuple[str, ...] = ("For example,", "In one case,", "To illustrate,")

# How a stakeholder's words are introduced: a whole sentence, or a phrase describing
# the service (only when the note says the speaker described or called it that).
QUOTE_SENTENCE = "{Who} told inspectors: ‘{quote}’"
QUOTE_SURVEY = "{Who} wrote: ‘{quote}’"
QUOTE_PHRASE = "{Who} described the service as ‘{quote}’."


# Glossary: terms defined in a footnote at their first use ------------------------------


@dataclass(frozen=True)
class Term:
    """A term the draft defines once, where it is first used."""

    key: str
    pattern: str
    term: str
    text: str


GLOSSARY: tuple[Term, ...] = (
    Term(
        "children",
        r"\bchildren\b(?![’'])",
        "children",
        "'Children' means children and young people under the age of 18.",
    ),
    Term(
        "private-law",
        r"\bprivate law\b",
        "private law",
        "Private law cases are disputes between individuals, usually parents, about "
        "arrangements for children, such as where a child lives or whom they spend time with.",
    ),
    Term(
        "public-law",
        r"\bpublic law\b",
        "public law",
        "Public law cases are applications by a local authority, for example for a care or "
        "supervision order, where there are concerns that a child is suffering or is likely "
        "to suffer significant harm.",
    ),
    Term(
        "fca",
        r"\bfamily court advisers?\b",
        "family court adviser",
        "A family court adviser (FCA) is a Cafcass social worker who advises the court about "
        "a child's welfare.",
    ),
    Term(
        "guardian",
        r"\bchildren's guardians?\b",
        "children's guardian",
        "A children's guardian is appointed by the court to represent a child's interests in "
        "public law proceedings and some complex private law cases.",
    ),
    Term(
        "plr",
        r"\bperformance and learning reviews?\b",
        "performance and learning review",
        "A performance and learning review is a regular, recorded discussion between a "
        "practitioner and their manager about the quality of the practitioner's work.",
    ),
    Term(
        "lfjb",
        r"\blocal family justice boards?\b",
        "local family justice board",
        "Local family justice boards bring together the agencies in an area's family justice "
        "system to improve how it works for children and families.",
    ),
    Term(
        "safeguarding-letter",
        r"\bsafeguarding letters?\b",
        "safeguarding letter",
        "A safeguarding letter is filed with the court before the first hearing in private "
        "law cases and reports the outcome of safeguarding checks and interviews with "
        "parents.",
    ),
    Term(
        "section-7",
        r"\bsection 7 reports?\b",
        "section 7 report",
        "A section 7 report is a welfare report ordered by the court under section 7 of the "
        "Children Act 1989.",
    ),
)
