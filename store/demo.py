"""A realistic demo inspection, generated from a seed.

`write_demo(path, cases=150, inspectors=10, seed=2018)` writes a new inspection database
with the 17 service areas (7 visited), a team, sampled cases, evidence, gradings, a few
judgements and protected names.  The same seed always gives the same content (refs,
areas, texts, grades, counts); record ids are fresh UUIDs each time.

Evidence text is composed from hand-written fragments (context, observation, impact,
follow-up) with slots filled from the case (practitioner role, the child's age group,
the stage), so that large demos do not read as one sentence repeated.  Nothing here
names a child, a parent, a school or a street: protected names are made up and never
used in evidence text.

Everything is written with `Store.bulk_create`, one transaction per author.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, cast

from store.framework import Framework, load_framework
from store.ids import natural_id, uuid7
from store.models import (
    AgeBand,
    Area,
    CaseFile,
    CaseStatus,
    Evidence,
    Grading,
    Inspector,
    Judgement,
    Polarity,
    ProtectedName,
    Record,
    Role,
    SeenAlone,
)
from store.store import Store

__all__ = ["AREAS", "PROTECTED", "VISITED", "DemoStats", "write_demo"]

_SampleKind = Literal["national", "area-tracked", "area-sampled", "thematic", "substitute"]


@dataclass
class DemoStats:
    """What `write_demo` wrote, and how long it took."""

    cases: int
    evidence: int
    gradings: int
    judgements: int
    inspectors: int
    areas: int
    visited: int
    escalations: int
    seconds: float

    def summary(self) -> str:
        """One line for the CLI."""
        return (
            f"{self.cases:,} cases in {self.visited} visited areas (of {self.areas}), "
            f"{self.evidence:,} evidence items, {self.gradings:,} gradings, "
            f"{self.judgements} judgements, {self.inspectors} inspectors, "
            f"{self.escalations} safeguarding escalations ({self.seconds:.1f} s)"
        )


# Areas and team ---------------------------------------------------------------------------

# (code, name, region).  The visited seven and their names follow the 2018 inspection;
# the names of the other areas are plausible inventions for the demo.
AREAS: tuple[tuple[str, str, str], ...] = (
    ("1", "Tyneside and Northumbria", "North East"),
    ("2", "Cumbria and Lancashire", "North West"),
    ("3", "Greater Manchester", "North West"),
    ("4", "South Yorkshire and Humberside", "Yorkshire and the Humber"),
    ("5", "West Yorkshire", "Yorkshire and the Humber"),
    ("6", "Hampshire, Isle of Wight and Dorset", "South"),
    ("7", "Kent, Surrey and Sussex", "South East"),
    ("8", "Cornwall, Devon and Somerset", "South West"),
    ("9", "Cheshire, Merseyside and Staffordshire", "North West and Midlands"),
    ("10", "Birmingham and the Black Country", "West Midlands"),
    ("11", "Nottinghamshire, Derbyshire and Leicestershire", "East Midlands"),
    ("12", "Norfolk, Suffolk and Cambridgeshire", "East of England"),
    ("13", "Coventry, Warwickshire and Northamptonshire", "Midlands"),
    ("14", "Avon, Gloucestershire and Wiltshire", "South West"),
    ("15a", "London", "London"),
    ("15b", "London", "London"),
    ("16", "Essex, Hertfordshire and Bedfordshire", "East of England"),
)
# Visited areas and the quality of practice the demo gives them (shapes the polarity mix).
VISITED: dict[str, str] = {
    "6": "outstanding",
    "13": "outstanding",
    "1": "good",
    "8": "outstanding",
    "5": "good",
    "9": "good",
    "15a": "outstanding",
}

LEAD_NAME = "Ruth Okafor"
_DEPUTIES = ("Graham Pickering", "Anita Sandhu", "Declan Moss")
_TEAM = (
    "Helen Ashworth",
    "Tariq Hussain",
    "Megan Lloyd-Evans",
    "Simon Whitfield",
    "Priya Raman",
    "Joanne Kerr",
)
_ANALYST = "Oliver Brennan"
_QA = "Catherine Ellis"
_FIRST = (
    "Alison",
    "Bernard",
    "Carys",
    "David",
    "Eleanor",
    "Farhan",
    "Gillian",
    "Hugh",
    "Imogen",
    "Jasdeep",
    "Kathryn",
    "Lewis",
    "Mairead",
    "Neil",
    "Olusola",
    "Patrick",
    "Rhian",
    "Stuart",
    "Tessa",
    "Usman",
    "Vivienne",
    "William",
    "Yvonne",
    "Zainab",
)
_LAST = (
    "Barraclough",
    "Chaudhry",
    "Dunmore",
    "Fairweather",
    "Gallagher",
    "Hebden",
    "Iqbal",
    "Jennings",
    "Kowalczyk",
    "Lomax",
    "McAllister",
    "Nuttall",
    "Oyelaran",
    "Penhaligon",
    "Quigley",
    "Rowntree",
    "Selby",
    "Thistlethwaite",
    "Underwood",
    "Varley",
    "Wainwright",
)

# Made-up names of children and parents in the sample: the export check looks for them.
# They never appear in evidence text.
PROTECTED: tuple[tuple[str, Literal["child", "parent"]], ...] = (
    ("Tiegan Holloway", "child"),
    ("Jaxon Pryce", "child"),
    ("Ruby-Leigh Carver", "child"),
    ("Oskar Brzezinski", "child"),
    ("Kaydence Mbeki", "child"),
    ("Shannon Holloway", "parent"),
    ("Dean Pryce", "parent"),
    ("Marta Brzezinska", "parent"),
    ("Kyle Carver", "parent"),
)


# Text fragments ---------------------------------------------------------------------------
# Slots: {fca} {Fca} practitioner role; {child} {Child} the child by age group;
# {parent} {Parent} an adult party; {agency}; {tool}; {hearing}; {report} {Report};
# {weeks}; {days}; {visits}.


@dataclass(frozen=True)
class _Theme:
    key: str
    criteria: tuple[str, ...]
    sources: tuple[str, ...]
    strengths: tuple[str, ...]
    developments: tuple[str, ...]
    neutrals: tuple[str, ...] = ()
    law: tuple[str, ...] = ()
    boost: tuple[str, ...] = ()
    young_ok: bool = True


_CASE_THEMES: tuple[_Theme, ...] = (
    _Theme(
        "screening",
        ("QP2", "SW1", "QPN2", "QP12"),
        ("CASE_FILE", "CASE_FILE", "CASE_DISCUSSION", "INT_PRACTITIONER"),
        (
            "Police and local authority checks were requested on the day the application arrived and both responses are on file.",
            "The screening call with {parent} explored coercive control in detail rather than accepting a denial at face value.",
            "Risk was reassessed when {parent} disclosed a new relationship; the updated assessment is dated and signed off.",
            "Intake staff identified a previous child protection plan from the local authority return and flagged it for the duty manager.",
            "{Fca} spoke to both parties separately by phone and checked each account against the police information.",
            "The initial risk assessment names the specific harm {child} might face and how likely it is, not just a category.",
            "Screening picked up that {child} had been missing from education for a term; the enquiry with {agency} was made the same week.",
            "Both parents were asked about alcohol and drug use and the answers were tested against what {agency} knew.",
            "The duty manager's decision to hold the case for further checks is recorded with clear reasons.",
            "Domestic abuse screening used the structured tool and the scores are explained, not just pasted in.",
            "A language barrier was spotted at screening and an interpreter was booked for the second call.",
        ),
        (
            "The police response arrived late and nobody chased it; the file does not show whether it changed the risk picture.",
            "Screening relied on {parent}'s account of past incidents without checking it with {agency}.",
            "The risk assessment lists concerns but does not say what they mean for {child} day to day.",
            "The screening call with {parent} was brief and did not ask about the allegations in the application.",
            "Information from {agency} about an earlier referral is on file but is not mentioned in the assessment.",
            "No check was made of the new partner's background even though he lives in the household.",
            "The decision not to refer to children's social care is not explained on the record.",
        ),
        (
            "Checks with the police and the local authority were completed within the usual timescale.",
            "Screening records are complete but brief.",
        ),
        law=("PRIVATE",),
        boost=("SGL_ONLY", "CAO", "SIO_PSO"),
    ),
    _Theme(
        "safeguarding-letter",
        ("QP2", "SW2", "QPN2", "QP7"),
        ("CASE_FILE", "CASE_FILE", "OBS_COURT", "INT_JUDICIARY"),
        (
            "The safeguarding letter sets out the police and local authority information clearly and says what it means for {child}.",
            "The safeguarding letter reached the court well before the FHDRA, giving the magistrates time to read it.",
            "The safeguarding letter recommends a section 7 report and explains exactly which questions it should answer.",
            "Proposals in the safeguarding letter are proportionate: no further work was advised where the risks were low and explained.",
            "The safeguarding letter highlights {parent}'s wish to resolve matters outside court and suggests mediation with reasons.",
            "The safeguarding letter separates what {parent} alleges from what agencies have confirmed.",
            "At the FHDRA the court adopted the safeguarding letter's proposals in full, noting how useful the analysis was.",
            "The safeguarding letter flags that {child} has additional needs and asks the court to consider them when listing.",
        ),
        (
            "The safeguarding letter repeats each party's account without any analysis of risk.",
            "The safeguarding letter was filed the day before the hearing, so the parties had little time to read it.",
            "The safeguarding letter does not mention a police call-out that is on file.",
            "The safeguarding letter recommends a child arrangements order without saying why spending time with {parent} is safe.",
            "The safeguarding letter does not say whether {child}'s views were known at this stage or how they will be sought.",
            "The safeguarding letter uses the parents' labels for each other rather than neutral language.",
        ),
        ("The safeguarding letter follows the template; the analysis section is short.",),
        law=("PRIVATE",),
        boost=("SGL_ONLY",),
    ),
    _Theme(
        "voice",
        ("QP3", "QP9", "SW3", "QP4"),
        ("CASE_FILE", "OBS_PRACTICE", "INT_CHILD", "INT_PRACTITIONER", "CASE_DISCUSSION"),
        (
            "{Child}'s wishes are set out in their own words in the report, followed by {fca}'s view of the weight to give them.",
            "{Fca} explained to {child} what the judge would decide and what would happen with what they said.",
            "{Child}'s worries about changing school are recorded and directly shaped the recommendation on where to live.",
            "{Fca} wrote to {child} after the hearing explaining the outcome in plain, warm language.",
            "{Child} chose to write a letter to the judge; {fca} helped them think about what to include and filed it with the report.",
            "The report puts {child}'s wishes in context, noting the pressure from {parent} without dismissing what {child} wants.",
            "{Fca} checked with {child} at a second visit that their wishes had not changed after the holidays.",
            "The recommendation departs from what {child} wants and the report explains why, kindly and clearly.",
            "{Child} was offered a choice of where to meet and picked the library near home, which helped them talk.",
            "{Child}'s feelings about the new baby in {parent}'s household are explored rather than assumed.",
            "{Fca} used {tool} so that {child} could show who matters to them without having to say it out loud.",
        ),
        (
            "{Child}'s views are summarised in one line and the report does not say how they were gathered.",
            "The report records what {parent} says {child} wants, but {child}'s own views were not sought.",
            "{Child}'s wishes are recorded but not weighed against the risks in the analysis.",
            "{Child} was not told the outcome of the hearing; nobody wrote to them afterwards.",
            "{Child} said they were worried about contact, but this is not mentioned in the recommendation.",
            "{Child}'s words from the first visit are quoted without checking whether they still feel the same {weeks} weeks later.",
        ),
        (
            "{Child}'s wishes and feelings are recorded in the standard section of the report.",
            "{Child} is too young to give a view; {fca} records observations of their behaviour instead.",
        ),
    ),
    _Theme(
        "direct-work",
        ("QP5", "QP8", "QPN1", "QP9"),
        ("CASE_FILE", "OBS_PRACTICE", "INT_PRACTITIONER", "CASE_DISCUSSION"),
        (
            "{Fca} used {tool} over {visits} sessions, going at {child}'s pace and letting them lead.",
            "Direct work took place at the child's school in a quiet room, at a time {child} chose so they did not miss their favourite lesson.",
            "{Fca} observed {child} with each parent and describes the warmth and ease of each relationship in detail.",
            "The drawing {child} made of home life is on file with {fca}'s careful notes on what {child} said about it.",
            "{Fca} adapted the session for {child}'s autism, using visual cards and a short, predictable plan.",
            "Direct work helped {child} to talk about what they saw at home; {fca} recorded it sensitively and acted on it.",
            "{Fca} prepared {child} for the visit by sending a short profile with a photograph of themselves beforehand.",
            "Observation of {child} at the contact centre is rich and analytical, noting how {child} sought comfort from {parent}.",
            "{Fca} returned for a further session when {child} became upset, rather than finishing the work in one go.",
            "Direct work was planned around {child}'s routine so they were not taken out of nursery.",
        ),
        (
            "Only one short session with {child} took place, at {parent}'s home with {parent} in the next room.",
            "The direct work is not recorded; the report refers to it but the notes are not on file.",
            "{Fca} used the same worksheet for {child} and an older sibling without adapting it to {child}'s age.",
            "No direct work was done because of workload pressure, according to the case discussion with {fca}.",
            "The session notes describe activities but do not say what {fca} learned about {child}'s experience.",
            "{Child} has a learning disability but the direct work was not adapted to help them take part.",
        ),
        ("Direct work comprised one home visit and one observation of contact.",),
    ),
    _Theme(
        "seen-alone",
        ("QP8", "QP9", "QPN1"),
        ("CASE_FILE", "CASE_DISCUSSION", "INT_PRACTITIONER"),
        (
            "{Child} was seen alone twice and with each parent once, which suits the level of concern in this case.",
            "{Fca} saw {child} alone at the child's school, away from either parent's influence.",
            "The record explains why {child} was seen only with the foster carer present: they were very anxious and asked for this.",
            "{Child} was seen alone within {days} days of allocation, before the parents' positions hardened.",
            "{Fca} met {child} alone and again with siblings, noting how differently {child} presented in each.",
            "The baby was observed at home with each carer; {fca} describes feeding and settling in detail.",
        ),
        (
            "{Child} was not seen alone and the record does not explain why.",
            "{Child} was seen only with {parent} present, who answered several questions for them.",
            "{Child} was seen once, late in the proceedings, and only for a short time.",
            "The file says {child} was 'seen' but there is no record of where, when or for how long.",
            "{Child} was not seen at all before the recommendation was made.",
        ),
        ("{Child} was seen once, alone, at the Cafcass office.",),
    ),
    _Theme(
        "reports",
        ("QP7", "SW2", "QP10", "QP4"),
        ("CASE_FILE", "CASE_FILE", "OBS_COURT", "INT_JUDICIARY", "INT_LA"),
        (
            "{Report} is concise and evaluative; every recommendation follows from the analysis of risk.",
            "{Report} weighs each welfare checklist factor against the evidence, not just lists them.",
            "{Report} sets out clearly what {child} needs and what each adult can offer, and where the gaps are.",
            "The court adopted the recommendation in {report} and the order was made at the {hearing}.",
            "{Report} explains why diversity and identity issues are not relevant in this family, in one clear paragraph.",
            "{Report} uses research on the effect of conflict on children and links it to what {child} said.",
            "{Report} proposes a stepped plan for spending time with {parent}, with reviews built in.",
            "The analysis in {report} is honest about what is not known and what would need to change.",
            "{Report} explains {child}'s cultural and religious needs and how each household will meet them.",
            "{Report} was quality assured by the practice supervisor, whose comments strengthened the analysis.",
        ),
        (
            "{Report} describes events at length but the analysis is thin and the recommendation is not explained.",
            "{Report} does not consider the impact of the domestic abuse on {child}, though it is on file.",
            "{Report} is long and repetitive; key points about risk are hard to find.",
            "{Report} was filed {days} days late and the hearing had to be adjourned.",
            "{Report} does not mention {child}'s heritage or what it means for their identity.",
            "{Report} recommends no order but does not explain how {child} will be kept safe.",
        ),
        ("{Report} follows the usual structure and was filed on time.",),
    ),
    _Theme(
        "delay",
        ("QP1", "QPN3", "LGN2"),
        ("CASE_FILE", "PERF_DATA", "CASE_DISCUSSION", "OBS_COURT"),
        (
            "The case was allocated on the day of the order and work started within a week, so {child} was not left waiting.",
            "{Fca} asked the court to bring the hearing forward when {child}'s circumstances changed, avoiding {weeks} weeks of delay.",
            "Proceedings concluded in {weeks} weeks, well inside the timetable, because {fca} kept the plan focused.",
            "{Fca} resisted a request for a further assessment that would have added delay without helping the court decide.",
            "Work was completed within the timescale set at the {hearing} despite a change of {fca}.",
            "Filing was on time at each stage, and the court did not need to adjourn.",
        ),
        (
            "The case waited {weeks} weeks for allocation after the order, during which nobody saw {child}.",
            "An adjournment to obtain a report that added little delayed the decision for {child} by {weeks} weeks.",
            "Delay in the local authority's assessment was not challenged by {fca}.",
            "The case drifted for {weeks} weeks while {fca} was on leave and no one covered it.",
            "{Child} has been in proceedings for more than a year; the delay is not analysed in {report}.",
            "Drift after the {hearing} meant {child}'s arrangements stayed uncertain for months.",
        ),
        ("The case concluded within the usual timescale for this case type.",),
    ),
    _Theme(
        "planning",
        ("QP6", "QP11", "QP5"),
        ("CASE_FILE", "CASE_FILE", "CASE_DISCUSSION", "QA_AUDIT"),
        (
            "The case plan sets out who {fca} will see, in what order and why, and it was updated after the {hearing}.",
            "The contact log is up to date and each entry says what was done and what it meant for {child}.",
            "The case plan records the manager's direction to see {child} at the child's school, and this was done.",
            "Case recording is coherent: a new reader could follow the reasons for each step.",
            "The plan anticipated the risks of a change of school and included a visit before the move.",
            "The case plan was reviewed at each hearing and the changes are explained.",
            "Chronology is clear and ordered, and was used to inform the analysis in {report}.",
        ),
        (
            "The case plan is a copy of the court order and does not say what work will be done with {child}.",
            "Contact log entries are sparse; the file does not show the work that {fca} says was done.",
            "Management direction in the contact log is not clear about what should happen next or by when.",
            "The case plan was not updated when the court changed the timetable.",
            "Recording lags behind events by several weeks, so the file was not current at the {hearing}.",
            "The plan does not include seeing {child} again before the final report.",
        ),
        ("A case plan is on file and was reviewed once.",),
    ),
    _Theme(
        "oversight",
        ("QPN4", "QP10", "LG4"),
        ("CASE_FILE", "CASE_DISCUSSION", "OBS_SUPERVISION", "INT_MANAGER"),
        (
            "The practice supervisor's oversight is visible at key points, challenging {fca} to see {child} alone again.",
            "Supervision notes show reflective discussion about {parent}'s hostility and how it affected the work.",
            "The manager checked {report} before filing and asked for the risk analysis to be strengthened.",
            "Management oversight recorded on the file explains why the case was moved to a more experienced practitioner.",
            "The manager's review after the police incident set clear actions with timescales, all completed.",
            "Regular case supervision kept the work focused on {child}'s needs when the parents' dispute escalated.",
        ),
        (
            "There is no evidence of management oversight on this file after allocation.",
            "The manager signed off {report} although {child} had not been seen alone.",
            "Supervision records are brief and do not show challenge or direction.",
            "The manager's note records the concern but not what should happen next.",
            "A missed safeguarding issue was not picked up by the manager at sign-off.",
        ),
        ("The manager's sign-off is recorded on the file.",),
    ),
    _Theme(
        "diversity",
        ("QP5", "QP7", "LG9"),
        ("CASE_FILE", "CASE_DISCUSSION", "INT_PARENT_CARER"),
        (
            "{Fca} explored {child}'s dual heritage and how each parent supports their sense of identity.",
            "The family's faith and its bearing on arrangements for festivals are considered carefully.",
            "{Fca} arranged an interpreter so that {parent} could take part fully; this is noted in {report}.",
            "{Child}'s disability is central to the analysis of what care they need from each household.",
            "{Fca} considered the impact of the family's immigration status on {child}'s stability.",
            "{Report} discusses {child}'s gender identity respectfully and records the name they prefer to be called.",
        ),
        (
            "Diversity is recorded as 'not applicable' without any explanation.",
            "{Child}'s cultural needs are not discussed, though the parents come from different backgrounds.",
            "{Parent} does not speak English well, but no interpreter was used at the interview.",
            "The report mentions the family's religion but does not say what it means for {child}.",
        ),
        ("Diversity section completed; no particular issues identified.",),
    ),
    _Theme(
        "partnership",
        ("QP12", "SW1", "LGN4"),
        ("CASE_FILE", "INT_LA", "INT_PRACTITIONER", "CASE_DISCUSSION"),
        (
            "{Fca} shared the new information with {agency} the same day, and a strategy discussion followed.",
            "Regular contact with the IRO is recorded, and the guardian's closing letter to the IRO sets out what {child} needs next.",
            "{Fca} challenged the local authority's care plan at the {hearing}, which led to a better contact plan for {child}.",
            "Information sharing with {agency} is lawful and specific: only what was needed was shared.",
            "{Fca} attended the child protection conference and explained {child}'s views to the professionals there.",
            "{Fca} worked well with the social worker while keeping an independent view of the plan.",
            "The guardian spoke to {agency} before the final hearing to check how {child} was doing in placement.",
        ),
        (
            "The closing letter to the IRO is generic and does not say what the guardian thinks {child} needs.",
            "A referral to {agency} was made but not followed up, so {fca} did not know the outcome.",
            "{Fca} accepted the local authority's plan without testing it against {child}'s needs.",
            "Information about a new risk was not passed to {agency} promptly.",
            "There is no record of any contact with the IRO during proceedings.",
        ),
        ("The IRO was copied into the final analysis.",),
        boost=("S31", "PLACEMENT", "EPO_CAO", "S25", "HC_DOL"),
    ),
    _Theme(
        "support",
        ("SW4", "QPN2", "QP9"),
        ("CASE_FILE", "INT_PARENT_CARER", "SURVEY_USER", "OBS_PRACTICE"),
        (
            "{Parent} was given clear written information about the process and what {fca} would do next.",
            "{Fca} signposted {parent} to a domestic abuse service and checked that the referral was taken up.",
            "{Parent} said {fca} listened and was fair, even though they did not agree with the recommendation.",
            "The parents were offered a separated parents programme early, and both attended.",
            "{Fca} explained the recommendation to {parent} before the hearing so it did not come as a shock.",
            "{Child} was given a leaflet written for children explaining who {fca} is and what they do.",
        ),
        (
            "{Parent} told inspectors they did not know what was happening or who to contact.",
            "{Parent} was not told about the recommendation before reading it in the report.",
            "No information about support services was given, despite the high level of conflict.",
            "{Parent}'s request for a different day to meet was not answered.",
        ),
        ("Standard leaflets were sent to both parties.",),
    ),
    _Theme(
        "representation",
        ("SW3", "QP4", "SW1"),
        ("CASE_FILE", "OBS_COURT", "INT_PRACTITIONER", "INT_JUDICIARY"),
        (
            "{Fca} recommended that {child} be made a party, and the guardian and solicitor worked closely together.",
            "{Child} is old enough to instruct a solicitor directly; {fca} assessed this carefully and explained it to them.",
            "The guardian ensured {child}'s solicitor had everything needed before the {hearing}.",
            "{Child} met the judge, supported by the guardian, which helped them feel heard.",
            "The guardian made sure {child}'s position was put to the court separately from the parents'.",
        ),
        (
            "Making {child} a party was discussed but the reasons for not doing so are not recorded.",
            "The guardian and solicitor disagreed and the file does not show how this was resolved.",
            "{Child} asked to meet the judge, but the request was not passed on.",
        ),
        ("The guardian's position statement was filed before the hearing.",),
        boost=("R16_4", "S31", "S25", "HC_DOL", "PLACEMENT"),
        young_ok=False,
    ),
    _Theme(
        "outcome",
        ("QP4", "SW1", "QPN3"),
        ("CASE_FILE", "CASE_DISCUSSION", "INT_PARENT_CARER", "INT_CHILD"),
        (
            "{Child} now spends time with {parent} safely every weekend, as {child} wanted.",
            "The order gave {child} stability: they remain at the child's school and see both parents.",
            "{Child} has moved to live with {parent}, and {agency} reports that they are settled and doing well.",
            "The guardian's work led to a plan that kept {child} with their siblings.",
            "Arrangements agreed at the {hearing} have held, and {child} says home is calmer now.",
        ),
        (
            "{Child} is still not seeing {parent}, and there is no plan to restart time together.",
            "The arrangements broke down within weeks, and {child} has been back to court since.",
            "{Child} was moved between carers three times during proceedings.",
        ),
        ("The final order matched the recommendation.",),
    ),
)

# More fragments per case theme: (strengths, developments, neutrals), added to the above.
_MORE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "screening": (
        (
            "The screening record shows {fca} asking {parent} what {child} had seen, not only what the adults did.",
            "Checks revealed a caution for violence that {parent} had not mentioned; it was weighed carefully.",
        ),
        ("Screening was completed by phone with only one party; the other was not reached.",),
        (
            "Screening completed within {days} working days of the application.",
            "Police and local authority checks returned no information of concern.",
            "Screening call with {parent} lasted about half an hour.",
        ),
    ),
    "safeguarding-letter": (
        (
            "The safeguarding letter is short, clear and focused on what {child} needs from the first hearing.",
            "The safeguarding letter explains why a referral to children's social care was not needed.",
        ),
        (
            "The safeguarding letter proposes a section 7 report without explaining what it should cover.",
        ),
        (
            "Safeguarding letter filed {days} days before the FHDRA.",
            "The safeguarding letter was read alongside the police return.",
        ),
    ),
    "voice": (
        (
            "{Child} said they felt listened to; {fca} had checked back with them before the {hearing}.",
            "{Fca} recorded {child}'s body language as well as their words, noting when they went quiet.",
            "{Child}'s wish to keep their pet features in the plan for which home they live in.",
        ),
        ("The report quotes {child} but does not say what {fca} made of what they said.",),
        (
            "{Child}'s wishes are similar to those recorded in earlier proceedings.",
            "{Child} chose not to give a view, and this was respected.",
            "{Child}'s views were gathered at the {hearing} stage.",
        ),
    ),
    "direct-work": (
        (
            "{Fca} let {child} bring a favourite toy to the session, which helped them settle.",
            "{Fca} used {tool} and then checked with {child} what they wanted the judge to know.",
            "Sessions were short and playful, matched to {child}'s attention span.",
        ),
        (
            "Direct work took place after the recommendation had been drafted, so it could not inform it.",
        ),
        (
            "Direct work: {visits} sessions, using {tool}.",
            "{Child} was seen at home and at the contact centre.",
            "Direct work notes are on file for each session.",
        ),
    ),
    "seen-alone": (
        ("{Fca} saw {child} alone at the start of the work and again before the final report.",),
        ("{Child} asked to be seen without {parent} present, but this was not arranged.",),
        (
            "{Child} was seen {visits} times in total.",
            "Seen alone: recorded as not appropriate given {child}'s age.",
            "{Child} was seen at the Cafcass office and at home.",
        ),
    ),
    "reports": (
        (
            "{Report} is written so that {parent} could understand it, without jargon.",
            "{Report} anticipates what might go wrong with the plan and says what should happen if it does.",
        ),
        ("{Report} does not reconcile the different accounts from the parents.",),
        (
            "{Report} runs to about {n} pages of analysis.",
            "{Report} was filed {days} days before the {hearing}.",
            "{Report} recommends a final order.",
        ),
    ),
    "delay": (
        (
            "{Fca} flagged the risk of delay at the {hearing} and proposed a tighter timetable, which the court agreed.",
        ),
        ("No one challenged the delay when the expert's report was late.",),
        (
            "Proceedings have run for {weeks} weeks so far.",
            "The case was allocated {days} days after the order.",
            "The timetable was extended once, by agreement.",
        ),
    ),
    "planning": (
        ("The case plan records what {child} should be told, by whom and when.",),
        ("The chronology is missing key events, including the police call-out.",),
        (
            "Case plan updated after the {hearing}.",
            "The contact log has {n} entries since allocation.",
            "Chronology on file; last updated {weeks} weeks ago.",
        ),
    ),
    "oversight": (
        (
            "The practice supervisor joined a session with {child} to support a newly qualified {fca}.",
        ),
        ("The manager allocated the case to a practitioner with no experience of this case type.",),
        (
            "Manager's oversight recorded at allocation and at sign-off.",
            "The case was discussed in supervision {n} times.",
            "Case transferred between teams once.",
        ),
    ),
    "diversity": (
        (
            "{Fca} checked how {child} describes their own identity rather than relying on the form.",
        ),
        ("The report uses a religious label for the family that {parent} disputes.",),
        (
            "Diversity section of {report} completed.",
            "Interpreter used for {parent}.",
            "Identity needs discussed in supervision.",
        ),
    ),
    "partnership": (
        ("The guardian's final letter to the IRO lists what {child} needs at each review.",),
        ("The guardian did not attend the looked-after review, and no views were sent.",),
        (
            "The IRO was contacted {n} times during proceedings.",
            "Local authority social worker changed twice in the case.",
            "Strategy discussion minutes are on file.",
        ),
    ),
    "support": (
        ("{Fca} gave {parent} a clear explanation of what would happen at the {hearing}.",),
        ("{Parent} received the report on the morning of the hearing.",),
        (
            "{Parent} was sent the usual information pack.",
            "Both parties were offered a call before the {hearing}.",
            "{Parent} declined the offer of a separated parents programme.",
        ),
    ),
    "representation": (
        ("The solicitor said the guardian's knowledge of {child} was detailed and up to date.",),
        ("The guardian met {child}'s solicitor only once during proceedings.",),
        (
            "The child's solicitor was appointed at the {hearing}.",
            "Guardian and solicitor agreed the position statement.",
            "{Child} was made a party at the {hearing}.",
        ),
    ),
    "outcome": (
        ("{Child} is now living with {parent}, and says they feel safe.",),
        ("The final order was made without the guardian's updated view.",),
        (
            "Final order made at the {hearing}.",
            "The case closed {weeks} weeks after the final order.",
            "Arrangements are being reviewed by the local authority.",
        ),
    ),
}

_AREA_THEMES: tuple[_Theme, ...] = (
    _Theme(
        "leadership",
        ("LG4", "LG1", "LG3", "LGN1"),
        ("INT_MANAGER", "INT_MANAGER", "QA_AUDIT", "PERF_DATA", "OBS_TEAM_MTG"),
        (
            "The head of practice knows the area's strengths and weaknesses well and can show the actions taken on each.",
            "Service managers use weekly performance reports to spot drift early and reallocate work.",
            "Leaders have a clear plan to improve the quality of direct work, and audits show it is working.",
            "Managers in the area described how learning from a serious case review changed screening practice.",
            "The area's self-evaluation is accurate and matches what inspectors found in cases.",
            "Leaders moved experienced staff into the private law team when waiting lists grew, which cut waiting times.",
        ),
        (
            "Managers could not say how they check that children are seen alone where appropriate.",
            "The area's audit programme has slipped and recent audits have not been completed.",
            "Leaders were not aware of the delays in allocating work after the first hearing.",
            "The area's improvement plan lists many actions but does not say which matter most.",
        ),
        ("Area leaders provided their self-evaluation and the latest performance pack.",),
    ),
    _Theme(
        "workforce",
        ("LG5", "LG8", "QPN4"),
        ("SURVEY_STAFF", "INT_PRACTITIONER", "OBS_SUPERVISION", "PLR", "OBS_TEAM_MTG"),
        (
            "Staff describe managers as approachable and say caseloads are manageable.",
            "Newly qualified staff have protected caseloads and a structured induction, and they feel well supported.",
            "Performance and learning reviews observed were reflective and focused on the impact on children.",
            "Team meetings include case discussion and learning from complaints, and staff value them.",
            "The staff survey shows that most practitioners would recommend the area as a place to work.",
            "Supervision is regular and recorded, and practitioners say it helps them think about risk.",
        ),
        (
            "Some practitioners report high caseloads that leave little time for direct work.",
            "Performance and learning review records are brief and do not show what was learned.",
            "Sickness absence is high in one team and cover arrangements are informal.",
            "Staff said that supervision is often cancelled when the court diary is busy.",
        ),
        ("Staff survey returns for the area were received and analysed.",),
    ),
    _Theme(
        "partners",
        ("LG2", "LGN4", "LGN5", "SW2"),
        ("INT_JUDICIARY", "INT_JUDICIARY", "INT_PARTNER", "INT_LA"),
        (
            "A designated family judge described the quality of advice from the area as consistently high.",
            "Magistrates said that safeguarding letters are thorough and help them decide at the first hearing.",
            "The local family justice board chair values the area's contribution to reducing delay.",
            "Local authority managers say guardians challenge care plans constructively and in children's interests.",
            "The area plays an active part in the local safeguarding partnership, especially on domestic abuse.",
            "Court staff report that reports are filed on time and rarely need chasing.",
        ),
        (
            "One judge raised concerns about variable quality of section 7 reports in the area.",
            "Local authority staff said that guardians are sometimes hard to reach between hearings.",
            "Partners were unclear about who to contact in Cafcass when a concern arises.",
        ),
        ("Partners were interviewed at the area's main family court.",),
    ),
    _Theme(
        "learning",
        ("LG7", "LG6", "LG3"),
        ("QA_AUDIT", "COMPLAINTS", "PLR", "SURVEY_USER", "INT_MANAGER"),
        (
            "Complaints are answered promptly and the learning is shared at team meetings.",
            "Audit findings on children's voice were followed by training and a re-audit that shows improvement.",
            "Feedback from the family forum has changed the letters sent to children after hearings.",
            "Managers use audit and complaint themes to set the focus for supervision.",
        ),
        (
            "Complaint responses are slow and learning is not always shared with staff.",
            "Audits identify the same weaknesses in recording each quarter without clear change.",
            "Feedback from children is collected but not used to change practice.",
        ),
        ("Audit reports for the last two quarters were read.",),
    ),
    _Theme(
        "data",
        ("LG3", "LGS1", "LGS2", "QP1"),
        ("PERF_DATA", "PERF_DATA", "QA_AUDIT", "INT_MANAGER"),
        (
            "Data shows that almost all safeguarding letters are filed on time, and leaders check the exceptions.",
            "Public law allocation is immediate; no child waits for a guardian.",
            "Private law work after first hearing is allocated promptly; the waiting list has fallen steadily.",
            "Managers use data on children seen alone to target coaching at individual practitioners.",
        ),
        (
            "Waiting times for allocation of private law work have risen over the last quarter.",
            "Data on how many children are seen alone is incomplete, so leaders cannot rely on it.",
            "Performance data does not separate secure accommodation applications, so leaders cannot see trends.",
        ),
        ("Performance data for the area was provided for the last four quarters.",),
    ),
)

_CASE_THEMES = tuple(
    replace(
        t,
        strengths=t.strengths + _MORE[t.key][0],
        developments=t.developments + _MORE[t.key][1],
        neutrals=t.neutrals + _MORE[t.key][2],
        # These fragments assume a child who talks: not for babies and toddlers.
        young_ok=t.young_ok and t.key not in ("voice", "direct-work"),
    )
    if t.key in _MORE
    else t
    for t in _CASE_THEMES
)

_NATIONAL_THEMES: tuple[_Theme, ...] = (
    _Theme(
        "national",
        ("LG1", "LG3", "LG7", "LG6", "LGN3", "LG9", "LGS3", "LGS4", "LGS5", "LGS6"),
        ("BOARD_PAPERS", "PERF_DATA", "INT_MANAGER", "INT_PARTNER", "QA_AUDIT", "COMPLAINTS"),
        (
            "Board minutes show leaders challenging the data on children seen alone and asking for action.",
            "The national quality assurance framework is well understood by managers and applied consistently.",
            "National leaders commission research on children's experience of proceedings and use it in training.",
            "The national improvement plan is focused on the quality of direct work and tracked monthly.",
            "Leaders have a clear response to the rise in private law demand, protecting time for direct work.",
            "Oversight of secure accommodation applications is tight, with each case reviewed by a senior manager.",
            "The family justice young people's board influences policy, for example on letters to children.",
            "National data tracking of leave to remove applications is accurate and reported quarterly.",
        ),
        (
            "National reporting on diversity in the workforce is not used to shape recruitment.",
            "Board papers do not show how learning from complaints has changed practice.",
            "Monitoring of practitioners stepping down from self-regulation is inconsistent.",
            "Data on parental order applications is too sparse for leaders to see any pattern.",
        ),
        ("Board papers for the last year were read.",),
    ),
)

_CONTEXT: dict[str, tuple[str, ...]] = {
    "CASE_FILE": (
        "Case file read in full.",
        "File audit, {hearing}.",
        "From the case record:",
        "Read the file with the practice supervisor.",
        "Case record, stage: {hearing}.",
        "Tracked on the electronic file.",
        "",
        "",
    ),
    "CASE_DISCUSSION": (
        "Discussed with {fca} and the manager.",
        "Case discussion with {fca}.",
        "In discussion, {fca} explained the plan.",
        "Talked the case through with {fca}.",
        "",
    ),
    "OBS_PRACTICE": (
        "Observed a home visit.",
        "Shadowed {fca} on a visit.",
        "Observed direct work at the office.",
        "Observed a session at the child's school.",
    ),
    "OBS_COURT": (
        "Observed at the {hearing}.",
        "Court observation, {hearing}.",
        "Sat in on the {hearing}.",
    ),
    "INT_CHILD": (
        "Spoke with {child}, with consent.",
        "Met {child} at the Cafcass office.",
        "Talked with {child} after the hearing.",
        "Phone call with {child}, who chose to talk.",
    ),
    "INT_PARENT_CARER": (
        "Phone interview with {parent}.",
        "Spoke with {parent} at court.",
        "Interview with {parent}.",
    ),
    "INT_PRACTITIONER": (
        "Interview with {fca}.",
        "{Fca} told inspectors:",
        "Spoke with {fca} at the office.",
    ),
    "INT_LA": (
        "Spoke with the allocated social worker.",
        "Phone call with the IRO.",
        "Interview with the local authority team manager.",
    ),
    "INT_JUDICIARY": ("Interview with the judge.", "Spoke with the legal adviser.", ""),
    "PERF_DATA": ("Performance data:", "From the area performance pack.", ""),
    "QA_AUDIT": ("Internal audit:", "From the area quality review.", ""),
}
_CONTEXT_DEFAULT: tuple[str, ...] = ("",)

_IMPACT: dict[str, tuple[str, ...]] = {
    "strength": (
        "As a result, {child} felt listened to.",
        "This means the court had a full picture of the risks to {child}.",
        "Consequently, {child} now has a settled routine.",
        "This helped the court make a safe decision quickly.",
        "{Child}'s experience is at the centre of the work.",
        "This reduced the time {child} spent in uncertainty.",
        "The impact for {child} is clear: they know what is happening and why.",
        "It kept the focus on what {child} needs, not on the adults' dispute.",
        "This gave {child} a trusted adult to talk to.",
        "The work is proportionate to the risks in this case.",
        "Good practice: this should be shared with the team.",
        "{Parent} understood the recommendation, which reduced conflict at court.",
        "This made sure {child} was safe while the court decided.",
        "Risks were identified early and managed well.",
        "The recommendation was safe and was accepted by the court.",
        "This is practice that makes a real difference to {child}.",
        "",
        "",
    ),
    "development": (
        "This means the court may not have had the full picture of the risks to {child}.",
        "{Child}'s experience is not visible in the work.",
        "As a result, {child} waited longer than necessary for a decision.",
        "The impact on {child} is unclear from the record.",
        "This left {child} without a clear explanation of what was happening.",
        "Risk to {child} was not fully considered.",
        "Raised with the manager at the feedback meeting.",
        "Discussed with {fca}, who agreed.",
        "The manager accepted this and will follow it up.",
        "This is a missed opportunity to hear from {child}.",
        "There is no evidence that {child} came to harm, but the gap is significant.",
        "",
        "",
    ),
    "neutral": (
        "No impact on {child} identified.",
        "For triangulation with the case discussion.",
        "To check at the area feedback.",
        "",
        "",
        "",
    ),
}

_NEUTRAL_DETAIL: tuple[str, ...] = (
    "The case is at the {hearing} stage.",
    "{Fca} has held the case for {weeks} weeks.",
    "Recorded on day {day} of fieldwork.",
    "Nothing further to follow up.",
    "No impact on {child} identified.",
    "For triangulation with the case discussion.",
    "To check at the area feedback.",
    "Kept as background to the grading.",
    "Context only; not a finding in itself.",
    "The next hearing is listed in {weeks} weeks.",
    "Read alongside the local authority's chronology.",
    "Same picture as the previous case held by {fca}.",
)

_AREA_CONTEXT: dict[str, tuple[str, ...]] = {
    "INT_MANAGER": (
        "Meeting with {manager}.",
        "Interview with {manager} and {team} managers.",
        "{Manager} told inspectors:",
        "Leadership meeting, day {day}.",
    ),
    "SURVEY_STAFF": (
        "Staff survey, {team}.",
        "From the staff survey returns:",
        "Staff survey: {pct} per cent of staff responded.",
    ),
    "OBS_SUPERVISION": (
        "Observed supervision in {team}.",
        "Observed a supervision session between {manager} and a practitioner.",
    ),
    "OBS_TEAM_MTG": ("Observed a meeting of {team}.", "Team meeting, {team}, day {day}."),
    "PLR": ("Read {n} performance and learning reviews.", "Sample of PLRs from {team}."),
    "INT_PRACTITIONER": (
        "Focus group with {team} practitioners.",
        "Spoke with practitioners in {team}.",
    ),
    "INT_JUDICIARY": (
        "Interview with the designated family judge.",
        "Meeting with magistrates and legal advisers.",
        "Spoke with a district judge.",
    ),
    "INT_PARTNER": (
        "Meeting with the local family justice board chair.",
        "Spoke with the court manager.",
        "Interview with the safeguarding partnership business manager.",
    ),
    "INT_LA": ("Meeting with local authority heads of service.", "Spoke with {n} IROs."),
    "PERF_DATA": (
        "Area performance pack:",
        "Performance data, last quarter:",
        "From the area dashboard:",
    ),
    "QA_AUDIT": (
        "Area quality review:",
        "Audit of {n} cases by the area:",
        "From the audit tracker:",
    ),
    "COMPLAINTS": ("Complaints log:", "Read {n} complaint responses."),
    "SURVEY_USER": ("Survey of children and families:", "Feedback from families:"),
    "BOARD_PAPERS": ("Board minutes:", "Board papers, last four meetings:"),
}

_AREA_IMPACT: dict[str, tuple[str, ...]] = {
    "strength": (
        "This means children in the area get a timely service.",
        "As a result, practitioners have time to see children properly.",
        "This is having a clear impact on the quality of work with children.",
        "Inspectors saw the effect of this in the cases sampled.",
        "Consequently, children's experiences are at the centre of practice.",
        "This supports consistent, good-quality work across {team}.",
        "The impact is visible in the improving audit results.",
        "This gives the court confidence in the advice it receives.",
        "",
    ),
    "development": (
        "This means some children wait too long for work to start.",
        "As a result, the quality of practice varies between teams.",
        "Inspectors saw the effect of this in a small number of cases.",
        "Leaders accept this and have started to act, but it is too early to see impact.",
        "This limits leaders' understanding of children's experiences.",
        "Raised with {manager} at the feedback meeting.",
        "",
    ),
    "neutral": (
        "Background for the area judgement.",
        "To triangulate with the case sample.",
        "Noted for the judgement meeting.",
        "Recorded on day {day} of fieldwork.",
    ),
}

_AREA_FOLLOW_UP: tuple[str, ...] = (
    "Consistent with the case sample in this area.",
    "{Manager} provided the supporting documents.",
    "Matches what practitioners said in the focus group.",
    "Confirmed by the area's own audit.",
    "To raise at the weekly feedback meeting.",
    "Cross-checked with the performance data.",
    "Partners gave the same message.",
)
_MANAGERS = (
    "the head of practice",
    "a service manager",
    "the assistant director",
    "a practice supervisor",
    "the area's quality lead",
    "the service manager for public law",
    "the service manager for private law",
)
_TEAMS = (
    "the private law team",
    "the public law team",
    "one of the private law teams",
    "the intake team",
    "the duty team",
    "the south-side team",
    "the north-side team",
)

_FOLLOW_UP: tuple[str, ...] = (
    "Confirmed with the practice supervisor.",
    "Matches what {fca} said in the case discussion.",
    "Consistent with the area's audit findings.",
    "The IRO confirmed this.",
    "Seen again at the {hearing}.",
    "{Parent} confirmed this when interviewed.",
    "Cross-checked against the contact log.",
    "The manager agreed with this reading of the file.",
    "Similar to two other cases in this team.",
    "Noted for the area feedback.",
    "Worth using as an example in the report.",
    "Checked against the performance data for the team.",
)

_CHILD_WORDS: dict[str, tuple[str, ...]] = {
    "5-9": (
        "I like it at Mum's because I have my own bed.",
        "I want to go to Dad's on Saturdays and come back for school.",
        "When they shout I go upstairs and put my headphones on.",
        "Grandma makes pancakes and lets me feed the chickens.",
        "I don't want to pick. I want everybody to stop being cross.",
        "My tummy hurts on Sunday nights.",
        "Can my cat come too?",
        "I miss my brother.",
    ),
    "10-13": (
        "I want to see Dad at the weekend but I don't want to sleep over yet.",
        "Nobody asked me before, so thanks for asking.",
        "I'm fed up of being the messenger between them.",
        "I want to stay at the same school whatever happens.",
        "If I say what I really think Mum will be upset.",
        "It's better now there's no arguing at handover.",
        "I'd like to talk to the judge myself.",
        "I want to live with my nan because it's calm there.",
        "My foster carer gets me, she doesn't make a big deal of stuff.",
    ),
    "14-15": (
        "I'm old enough to decide when I see him.",
        "Just tell the court I'm fine where I am.",
        "I don't trust social workers but you were alright.",
        "I want a say in where I live, not just a form.",
        "Moving again would wreck my exams.",
        "I want to keep my own phone and see my mates.",
    ),
    "16-17": (
        "I'll be eighteen soon, I just want this to be over.",
        "Being locked up doesn't help, I need someone to talk to.",
        "I want to stay with my foster family after I turn eighteen.",
        "I know what happened wasn't my fault now.",
        "Put in the report that I want to see my little sister.",
    ),
}

_SAFEGUARDING: tuple[str, ...] = (
    "Police information about a recent incident at {parent}'s address was not shared with the court before the hearing.",
    "{Child} disclosed being hit at home; the record does not show a referral to children's social care.",
    "A new adult in the household has not been checked, and {child} stays there overnight.",
    "{Child} described going missing overnight; no return interview or referral is recorded.",
    "Local authority information about a previous child protection plan was missed at screening.",
    "{Child} spoke about self-harm; there is no record of a safety plan or a referral to health services.",
    "{Parent} has an unexplained injury history with an earlier child; the safeguarding letter does not mention it.",
    "Contact was recommended without considering the police record of domestic abuse against {parent}.",
)
_ESCALATED: tuple[str, ...] = (
    "Raised with the head of practice on the day; the manager reviewed the case and the court was updated.",
    "Referred to the service manager, who made a referral to children's social care the same afternoon.",
    "Escalated to the assistant director; a revised risk assessment was filed with the court.",
    "Discussed with the lead inspector and passed to senior managers; checks were completed within two days.",
    "Passed to the area's head of practice, who allocated an experienced practitioner to review the case.",
)

_NOTES: tuple[str, ...] = (
    "Tracked case: follow through to the next hearing.",
    "Practitioner available for case discussion on day three.",
    "Interpreter needed for parent interviews.",
    "Child has agreed to speak to an inspector.",
    "Substitute for a case withdrawn from the sample.",
    "Older sibling's case sampled separately.",
    "Paper file at the area office; electronic record incomplete.",
    "Guardian on leave in week two; manager to cover discussion.",
    "Check safeguarding letter against the police return.",
    "Foster carer willing to talk to inspectors by phone.",
)

_GRADING_RATIONALE: dict[str, tuple[str, ...]] = {
    "outstanding": (
        "Exceptional work: {child}'s experience drives every decision, and the analysis is sharp.",
        "Skilful, creative direct work and a recommendation that made a real difference for {child}.",
        "Consistently high quality throughout; an example for the team.",
        "Outstanding analysis of risk, clearly explained to the court and to {child}.",
    ),
    "good": (
        "Sound work; {child} was seen and their views inform the recommendation.",
        "Good overall: timely, proportionate and focused on {child}.",
        "Solid practice with minor gaps in recording.",
        "Risks identified and managed; recommendation safe and well reasoned.",
        "{Fca} built a good relationship with {child}; report clear and evaluative.",
        "Good, with the analysis a little descriptive in places.",
    ),
    "requires-improvement": (
        "Work is safe but {child}'s voice is thin and the analysis is descriptive.",
        "Delay and weak recording reduce the quality of an otherwise reasonable plan.",
        "Some risks not explored; oversight did not pick this up.",
        "Recommendation reasonable but not explained from {child}'s point of view.",
    ),
    "inadequate": (
        "Safeguarding information was missed and the risk to {child} was not assessed.",
        "{Child} was not seen and the recommendation is not supported by evidence.",
    ),
    "n/a": (
        "Not relevant at this stage of the case.",
        "Does not apply to this case type.",
    ),
    "insufficient": (
        "Not enough on file to judge; follow up in case discussion.",
        "Evidence incomplete: practitioner not yet interviewed.",
    ),
}

_JUDGEMENT_RATIONALE: dict[str, tuple[str, ...]] = {
    "outstanding": (
        "Leaders have a sharp grip on practice quality, and almost all children receive a timely, high-quality service.",
        "Strong, stable leadership; practice in the vast majority of cases is child-focused and the few weaknesses are known and being tackled.",
    ),
    "good": (
        "Most children receive a good service; reports are evaluative and risks are well managed, with some inconsistency in recording and oversight.",
        "Practice is good in most cases sampled; a small number show delay or thin analysis, and leaders know where these are.",
    ),
    "requires-improvement": (
        "Practice is safe, but too many children wait for work to start and their voice is not always heard.",
    ),
    "inadequate": ("Serious weaknesses leave some children at risk of harm.",),
}
_DRAFT_RATIONALE = (
    "Emerging view only: to be settled at the judgement meeting once the area evidence is in."
)


# Case shape ---------------------------------------------------------------------------------

_LAW_WEIGHTS = {"PRIVATE": 55, "PUBLIC": 38, "ADOPTION": 5, "OTHER": 2}
_CASE_TYPE_WEIGHTS = {
    "CAO": 34,
    "S7": 24,
    "SGL_ONLY": 18,
    "SIO_PSO": 8,
    "R16_4": 9,
    "LEAVE_REMOVE": 4,
    "PARENTAL_ORDER": 3,
    "S31": 62,
    "PLACEMENT": 16,
    "EPO_CAO": 9,
    "S25": 8,
    "HC_DOL": 5,
    "ADOPT_FROM_CARE": 5,
    "ADOPT_STEP_PARENT": 4,
    "ADOPT_INTERCOUNTRY": 1,
    "ADOPT_RELINQUISHED_BABY": 1,
    "OTHER": 1,
}
_STAGES_FOR: dict[str, tuple[str, ...]] = {
    "SGL_ONLY": ("INTAKE", "WTFH", "FHDRA", "CLOSED"),
    "EPO_CAO": ("ISSUE", "CMH", "FINAL", "CLOSED"),
    "S25": ("ISSUE", "FINAL", "POST_ORDER", "CLOSED"),
    "PLACEMENT": ("ISSUE", "CMH", "IRH", "FINAL", "CLOSED"),
}
_AGE_WEIGHTS: dict[str, dict[str, int]] = {
    "default": {"0-1": 6, "2-4": 18, "5-9": 34, "10-13": 26, "14-15": 10, "16-17": 4, "unknown": 2},
    "PUBLIC": {"0-1": 22, "2-4": 22, "5-9": 25, "10-13": 18, "14-15": 8, "16-17": 4, "unknown": 1},
    "S25": {"10-13": 15, "14-15": 45, "16-17": 40},
    "HC_DOL": {"10-13": 20, "14-15": 45, "16-17": 35},
    "PLACEMENT": {"0-1": 50, "2-4": 40, "5-9": 10},
    "ADOPT_RELINQUISHED_BABY": {"0-1": 1},
    "R16_4": {"5-9": 20, "10-13": 45, "14-15": 25, "16-17": 10},
}
_FCA: dict[str, tuple[str, ...]] = {
    "PRIVATE": ("the FCA", "the family court adviser", "the practitioner"),
    "S7": ("the FCA", "the children and family reporter", "the family court adviser"),
    "R16_4": ("the guardian", "the children's guardian"),
    "PUBLIC": ("the guardian", "the children's guardian"),
    "ADOPTION": ("the reporting officer", "the FCA", "the guardian"),
    "OTHER": ("the FCA", "the practitioner"),
}
_CHILD: dict[str, tuple[str, ...]] = {
    "0-1": ("the baby", "the infant"),
    "2-4": ("the child", "the toddler"),
    "5-9": ("the child",),
    "10-13": ("the child", "the young person"),
    "14-15": ("the young person", "the teenager"),
    "16-17": ("the young person",),
    "unknown": ("the child",),
}
_PARENT: dict[str, tuple[str, ...]] = {
    "PRIVATE": (
        "the mother",
        "the father",
        "the applicant father",
        "the respondent mother",
        "the paternal grandmother",
        "the maternal grandfather",
        "the mother's partner",
    ),
    "PUBLIC": (
        "the mother",
        "the father",
        "the foster carer",
        "the kinship carer",
        "the maternal aunt",
        "the grandmother",
    ),
    "ADOPTION": ("the prospective adopter", "the birth mother", "the step-father", "the mother"),
    "OTHER": ("the mother", "the father"),
}
_AGENCIES = (
    "the police",
    "the local authority",
    "children's social care",
    "the health visitor",
    "the child's school",
    "the GP",
    "the school nurse",
    "the domestic abuse service",
    "the mental health service",
    "the nursery",
    "the youth offending team",
)
_TOOLS = (
    "drawings",
    "a three houses exercise",
    "feelings cards",
    "a wishes and feelings booklet",
    "a worries and wishes scale",
    "an ecomap",
    "play figures",
    "a life-story timeline",
    "a 'my week' chart",
    "a tablet app",
    "sentence-completion cards",
    "a family tree drawing",
    "a 'bag of feelings' activity",
    "a scaling exercise",
)
_HEARING = {
    "PRE_PROC": "pre-proceedings meeting",
    "INTAKE": "first hearing",
    "WTFH": "first hearing",
    "FHDRA": "FHDRA",
    "WAFH": "dispute resolution hearing",
    "ISSUE": "first hearing",
    "CMH": "case management hearing",
    "IRH": "IRH",
    "FINAL": "final hearing",
    "POST_ORDER": "final hearing",
    "CLOSED": "final hearing",
}
_REPORT = {
    "S7": "the section 7 report",
    "R16_4": "the guardian's analysis",
    "S31": "the final analysis",
    "PLACEMENT": "the final analysis",
    "EPO_CAO": "the guardian's initial analysis",
    "S25": "the guardian's report",
    "HC_DOL": "the guardian's report",
    "SGL_ONLY": "the safeguarding letter",
    "CAO": "the section 7 report",
    "SIO_PSO": "the report to court",
    "LEAVE_REMOVE": "the report to court",
    "PARENTAL_ORDER": "the parental order report",
}
_NUM_WORDS = ("two", "three", "four", "five")


@dataclass
class _Ctx:
    """What a fragment's slots are filled from: one case (or area) at a time."""

    law: str = "PRIVATE"
    case_type: str = "CAO"
    stage: str = "FINAL"
    age: str = "5-9"
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Slots(dict[str, str]):
    """Slot values drawn on first use, so a fragment only spends the draws it needs and a
    slot used twice (or as {Child} and {child}) reads the same both times."""

    def __init__(self, rng: random.Random, ctx: _Ctx) -> None:
        super().__init__(ctx.slots)
        self.rng = rng
        self.ctx = ctx

    def __missing__(self, key: str) -> str:
        lower = key[:1].lower() + key[1:]
        value = _cap(self[lower]) if lower != key else self._draw(key)
        self[key] = value
        return value

    def _draw(self, key: str) -> str:
        rng, ctx = self.rng, self.ctx
        if key == "fca":
            return rng.choice(_FCA.get(ctx.case_type, _FCA.get(ctx.law, _FCA["OTHER"])))
        if key == "child":
            return rng.choice(_CHILD.get(ctx.age, _CHILD["unknown"]))
        if key == "parent":
            return rng.choice(_PARENT.get(ctx.law, _PARENT["OTHER"]))
        if key == "report":
            return _REPORT.get(ctx.case_type, "the report")
        if key == "hearing":
            return _HEARING.get(ctx.stage, "hearing")
        draws: dict[str, tuple[str, ...]] = {
            "agency": _AGENCIES,
            "tool": _TOOLS,
            "visits": _NUM_WORDS,
            "n": _NUM_WORDS,
            "manager": _MANAGERS,
            "team": _TEAMS,
        }
        if key in draws:
            return rng.choice(draws[key])
        ranges = {"weeks": (3, 16), "days": (2, 9), "day": (1, 10), "pct": (55, 92)}
        low, high = ranges[key]
        return str(rng.randint(low, high))


def _fill(rng: random.Random, template: str, ctx: _Ctx) -> str:
    if "{" not in template:
        return template
    return template.format_map(_Slots(rng, ctx))


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# The generator ---------------------------------------------------------------------------------


class _Builder:
    def __init__(self, fw: Framework, rng: random.Random, store: Store, lead_id: str) -> None:
        self.fw = fw
        self.rng = rng
        self.store = store
        self.lead_id = lead_id
        self.criteria = {c.id for c in fw.criteria}
        self.sources = [s.code for s in fw.sources]
        self.source_set = set(self.sources)
        self.batches: dict[str, list[tuple[str, Record]]] = {lead_id: []}
        self.evidence = 0
        self.gradings = 0
        self.escalations = 0
        self.texts_seen: set[str] = set()

    def add(self, author: str, rid: str, record: Record) -> None:
        self.batches.setdefault(author, []).append((rid, record))

    # Evidence -----------------------------------------------------------------------------
    def _criteria(self, theme: _Theme) -> list[str]:
        known = [c for c in theme.criteria if c in self.criteria]
        if not known:
            return [self.rng.choice(sorted(self.criteria))]
        picked = {known[0] if self.rng.random() < 0.6 else self.rng.choice(known)}
        extra = self.rng.choices((0, 1, 2), weights=(50, 38, 12))[0]
        for _ in range(extra):
            picked.add(self.rng.choice(known))
        return sorted(picked)

    def _source(self, theme: _Theme, ctx: _Ctx | None) -> str:
        src = self.rng.choice(theme.sources)
        if ctx is not None and src == "INT_CHILD" and ctx.age in ("0-1", "2-4", "unknown"):
            src = "CASE_FILE"
        if src not in self.source_set:
            src = self.rng.choice(self.sources)
        return src

    def evidence_item(
        self,
        author: str,
        theme: _Theme,
        ctx: _Ctx,
        polarity_weights: Sequence[int],
        *,
        case_id: str | None,
        area_code: str | None,
        child_words_ok: bool,
    ) -> None:
        rng = self.rng
        polarity: Polarity = rng.choices(
            ("strength", "development", "neutral"), weights=polarity_weights
        )[0]
        if polarity == "neutral" and not theme.neutrals:
            polarity = "strength"
        pool = {
            "strength": theme.strengths,
            "development": theme.developments,
            "neutral": theme.neutrals,
        }[polarity]
        source = self._source(theme, ctx if case_id else None)
        area_level = case_id is None
        contexts = (_AREA_CONTEXT if area_level else _CONTEXT).get(source, _CONTEXT_DEFAULT)
        impacts = (_AREA_IMPACT if area_level else _IMPACT)[polarity]
        follow_ups = _AREA_FOLLOW_UP if area_level else _FOLLOW_UP
        parts: list[str] = []
        context = rng.choice(contexts)
        if context and rng.random() < 0.75:
            parts.append(context)
        parts.append(rng.choice(pool))
        if polarity == "neutral" and not area_level:
            parts.append(rng.choice(_NEUTRAL_DETAIL))
        elif polarity != "neutral" or rng.random() < 0.6:
            parts.append(rng.choice(impacts))
        if rng.random() < 0.3 or sum(1 for p in parts if p) < 2:
            parts.append(rng.choice(follow_ups))
        text = _fill(rng, " ".join(p for p in parts if p), ctx)
        ev = Evidence(
            case_id=case_id,
            area_code=area_code,
            criteria=self._criteria(theme),
            source=source,
            polarity=polarity,
            text=text,
        )
        if child_words_ok and ctx.age in _CHILD_WORDS and rng.random() < 0.06:
            ev.child_words = rng.choice(_CHILD_WORDS[ctx.age])
            ev.child_words_flag = rng.random() < 0.3
        if case_id and rng.random() < 0.0015:
            ev.polarity = "development"
            ev.safeguarding = _fill(rng, rng.choice(_SAFEGUARDING), ctx)
            if rng.random() < 0.55:
                ev.escalation = "escalated"
                ev.escalation_note = rng.choice(_ESCALATED)
            else:
                ev.escalation = "needs-escalation"
            self.escalations += 1
        self.add(author, uuid7(), ev)
        self.evidence += 1


def _team(k: int, rng: random.Random) -> list[tuple[str, Role]]:
    """The non-lead members: names and roles, `k - 1` of them."""
    others = k - 1
    members: list[tuple[str, Role]] = []
    deputies = min(3, others)
    members += [(n, "deputy-lead") for n in _DEPUTIES[:deputies]]
    rest = others - deputies
    specialists: list[tuple[str, Role]] = []
    if rest >= 4:
        specialists = [(_ANALYST, "data-analyst"), (_QA, "quality-assurance")]
        rest -= 2
    team = list(_TEAM[:rest])
    used = {LEAD_NAME, *_DEPUTIES, *_TEAM, _ANALYST, _QA}
    while len(team) < rest:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name not in used:
            used.add(name)
            team.append(name)
    members += [(n, "team-inspector") for n in team]
    return members + specialists


def _initials(name: str, taken: set[str]) -> str:
    words = name.replace("-", " ").split()
    options = [
        "".join(w[0] for w in words)[:3],
        words[0][:2] + words[-1][0],
        words[0][0] + words[-1][:2],
        "".join(w[0] for w in words)[:4],
    ]
    for opt in options:
        opt = opt.upper()
        if opt not in taken:
            taken.add(opt)
            return opt
    n = 2
    while f"{options[0].upper()}{n}" in taken:
        n += 1
    taken.add(f"{options[0].upper()}{n}")
    return f"{options[0].upper()}{n}"


def write_demo(
    path: Path | str,
    *,
    cases: int = 150,
    inspectors: int = 10,
    seed: int = 2018,
    framework: Framework | None = None,
) -> DemoStats:
    """Write a demo inspection to a new file at `path` and say what it holds.

    The same seed gives the same content; the file is created 0600 and issued to the lead.
    """
    started = time.perf_counter()
    if cases < 1:
        raise ValueError("cases must be at least 1")
    if inspectors < 2:
        raise ValueError("inspectors must be at least 2 (a lead and one more)")
    fw = framework or load_framework("cafcass-2018")
    rng = random.Random(seed)
    store = Store.create(
        path,
        fw,
        title=f"Inspection of Cafcass as a national organisation (demo, seed {seed})",
        lead=LEAD_NAME,
        start_date="2018-02-05",
        end_date="2018-03-02",
    )
    try:
        lead_id = store.me_id
        assert lead_id is not None
        stats = _populate(store, fw, rng, lead_id, cases, inspectors)
    finally:
        store.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _populate(
    store: Store, fw: Framework, rng: random.Random, lead_id: str, n_cases: int, k: int
) -> DemoStats:
    b = _Builder(fw, rng, store, lead_id)
    # Team ---------------------------------------------------------------------------------
    taken = {_initials(LEAD_NAME, set())}
    people: list[tuple[str, str, Role]] = [(lead_id, LEAD_NAME, "lead")]
    for name, role in _team(k, rng):
        iid = uuid7()
        people.append((iid, name, role))
        b.add(lead_id, iid, Inspector(name=name, initials=_initials(name, taken), role=role))
    case_holders = [p for p in people if p[2] in ("lead", "deputy-lead", "team-inspector")]
    analyst = next((p[0] for p in people if p[2] == "data-analyst"), lead_id)

    # Areas ----------------------------------------------------------------------------------
    for code, name, region in AREAS:
        b.add(
            lead_id,
            natural_id("area", store.inspection_id, code),
            Area(code=code, name=name, region=region, visited=code in VISITED),
        )
    visited = list(VISITED)
    field_team = case_holders[1:] or case_holders
    area_owner = {code: field_team[i % len(field_team)][0] for i, code in enumerate(visited)}
    area_team: dict[str, list[str]] = {code: [area_owner[code]] for code in visited}
    for i, person in enumerate(case_holders):
        code = visited[i % len(visited)]
        if person[0] not in area_team[code]:
            area_team[code].append(person[0])

    # Cases ----------------------------------------------------------------------------------
    law_types = [lt.code for lt in fw.law_types]
    law_w = {lt: _LAW_WEIGHTS.get(lt, 1) for lt in law_types}
    types_by_law = {
        lt: {
            ct.code: _CASE_TYPE_WEIGHTS.get(ct.code, 1)
            for ct in fw.case_types
            if not ct.law_types or lt in ct.law_types
        }
        for lt in law_types
    }
    stages_by_law = {
        lt: [s.code for s in fw.stages if not s.law_types or lt in s.law_types] for lt in law_types
    }
    law_w = {lt: w for lt, w in law_w.items() if types_by_law[lt] and stages_by_law[lt]}
    unvisited = [a[0] for a in AREAS if a[0] not in VISITED]
    refs: set[str] = set()
    n_national = max(1, round(n_cases * 0.2)) if n_cases >= 5 else 0
    case_list: list[tuple[str, CaseFile, str]] = []
    for i in range(n_cases):
        national = i < n_national
        if national:
            code = rng.choice([a[0] for a in AREAS] + unvisited)
            sample: _SampleKind = "national"
        else:
            code = visited[i % len(visited)] if rng.random() < 0.5 else rng.choice(visited)
            sample = rng.choices(
                ("area-sampled", "area-tracked", "thematic", "substitute"),
                weights=(68, 26, 4, 2),
            )[0]
        law = _weighted(rng, law_w)
        case_type = _weighted(rng, types_by_law[law])
        allowed = stages_by_law[law]
        preferred = [s for s in _STAGES_FOR.get(case_type, ()) if s in allowed]
        stage = rng.choice(preferred or allowed)
        age_w = _AGE_WEIGHTS.get(case_type) or _AGE_WEIGHTS.get(law) or _AGE_WEIGHTS["default"]
        age = cast(AgeBand, _weighted(rng, age_w))
        status: CaseStatus = rng.choices(
            ("not-started", "in-progress", "complete"), weights=(15, 55, 30)
        )[0]
        if code in VISITED and not national:
            owner = rng.choice(area_team[code])
        else:
            owner = rng.choice(case_holders)[0]
        while True:
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
            ref = f"C-{rng.randint(1000, 9999)}-{letters}"
            if ref not in refs:
                refs.add(ref)
                break
        child_seen: bool | None = None
        seen_alone: SeenAlone = "unknown"
        if status != "not-started":
            if case_type == "SGL_ONLY":
                child_seen = False
                seen_alone = "not-appropriate"
            elif age in ("0-1", "2-4"):
                child_seen = rng.random() < 0.92
                seen_alone = "not-appropriate" if child_seen else "no"
            else:
                child_seen = rng.random() < 0.88
                seen_alone = (
                    rng.choices(("yes", "no", "not-appropriate"), weights=(74, 16, 10))[0]
                    if child_seen
                    else "no"
                )
        case = CaseFile(
            ref=ref,
            area_code=code,
            law_type=law,
            case_type=case_type,
            stage=stage,
            age_band=age,
            child_seen=child_seen,
            seen_alone=seen_alone,
            inspector_id=owner,
            status=status,
            sample=sample,
            notes=rng.choice(_NOTES) if rng.random() < 0.3 else "",
        )
        cid = uuid7()
        b.add(lead_id, cid, case)
        case_list.append((cid, case, owner))

    # Case evidence and gradings -------------------------------------------------------------
    grade_codes = fw.grading_codes()
    for cid, case, owner in case_list:
        if case.status == "not-started":
            continue
        quality = VISITED.get(case.area_code, "good")
        pol = {"outstanding": (72, 18, 10), "good": (60, 28, 12)}.get(quality, (48, 40, 12))
        n = rng.randint(25, 65) if case.status == "complete" else rng.randint(8, 52)
        ctx = _Ctx(law=case.law_type, case_type=case.case_type, stage=case.stage, age=case.age_band)
        themes = [
            t
            for t in _CASE_THEMES
            if (not t.law or case.law_type in t.law)
            and (t.young_ok or case.age_band not in ("0-1", "2-4"))
        ]
        weights = [3 if case.case_type in t.boost else 1 for t in themes]
        used_criteria: list[str] = []
        for theme in rng.choices(themes, weights=weights, k=n):
            b.evidence_item(
                owner,
                theme,
                ctx,
                pol,
                case_id=cid,
                area_code=None,
                child_words_ok=bool(case.child_seen),
            )
            used_criteria.append(theme.criteria[0])
        # Grade a handful of the criteria the evidence speaks to.
        candidates = sorted({c for c in used_criteria if c in b.criteria})
        rng.shuffle(candidates)
        how_many = rng.randint(4, 8) if case.status == "complete" else rng.randint(1, 4)
        grade_w = {
            "outstanding": {"outstanding": 22, "good": 60, "requires-improvement": 10},
            "good": {"outstanding": 10, "good": 62, "requires-improvement": 18, "inadequate": 2},
        }.get(quality, {"outstanding": 6, "good": 50, "requires-improvement": 28, "inadequate": 5})
        grade_w = {**grade_w, "n/a": 4, "insufficient": 4}
        grade_w = {g: w for g, w in grade_w.items() if g in grade_codes}
        for crit in candidates[:how_many]:
            grade = _weighted(rng, grade_w)
            rationale = _fill(rng, rng.choice(_GRADING_RATIONALE.get(grade, ("",))), ctx)
            b.add(
                owner,
                store.grading_id(cid, crit),
                Grading(case_id=cid, criterion_id=crit, grade=grade, rationale=rationale),
            )
            b.gradings += 1

    # Area and national evidence ---------------------------------------------------------------
    area_budget = max(len(visited) * 6, round(n_cases * 2.6))
    per_area = area_budget // len(visited)
    for code in visited:
        quality = VISITED[code]
        pol = {"outstanding": (68, 20, 12)}.get(quality, (56, 30, 14))
        ctx = _Ctx(law="PRIVATE", case_type="", stage="FINAL", age="unknown")
        for _ in range(per_area):
            theme = rng.choice(_AREA_THEMES)
            author = rng.choice(area_team[code])
            b.evidence_item(
                author, theme, ctx, pol, case_id=None, area_code=code, child_words_ok=False
            )
    for code in unvisited:
        ctx = _Ctx(law="PRIVATE", case_type="", stage="FINAL", age="unknown")
        for _ in range(rng.randint(1, 3)):
            b.evidence_item(
                analyst,
                _AREA_THEMES[-1],
                ctx,
                (50, 35, 15),
                case_id=None,
                area_code=code,
                child_words_ok=False,
            )
    ctx = _Ctx(law="PRIVATE", case_type="", stage="FINAL", age="unknown")
    for _ in range(max(6, round(n_cases * 0.3))):
        author = rng.choice((lead_id, analyst))
        b.evidence_item(
            author,
            _NATIONAL_THEMES[0],
            ctx,
            (62, 26, 12),
            case_id=None,
            area_code=None,
            child_words_ok=False,
        )

    # Judgements -----------------------------------------------------------------------------
    judgements = 0
    national_js = [j for j in fw.judgements if j.scope == "national" and not j.overall]
    for j, grade in zip(national_js[:2], ("good", "good"), strict=False):
        b.add(
            lead_id,
            store.judgement_record_id(j.id, None),
            Judgement(
                judgement_id=j.id, grade=grade, rationale=rng.choice(_JUDGEMENT_RATIONALE[grade])
            ),
        )
        judgements += 1
    if len(national_js) > 2:
        j = national_js[2]
        b.add(
            lead_id,
            store.judgement_record_id(j.id, None),
            Judgement(judgement_id=j.id, grade=None, rationale=_DRAFT_RATIONALE),
        )
        judgements += 1
    area_j = next((j for j in fw.judgements if j.scope == "area"), None)
    if area_j is not None:
        for code in sorted(rng.sample(visited, 4)):
            grade = VISITED[code]
            b.add(
                area_owner[code],
                store.judgement_record_id(area_j.id, code),
                Judgement(
                    judgement_id=area_j.id,
                    area_code=code,
                    grade=grade,
                    rationale=rng.choice(_JUDGEMENT_RATIONALE[grade]),
                ),
            )
            judgements += 1

    # Protected names ------------------------------------------------------------------------
    for i, (name, category) in enumerate(PROTECTED):
        case_id = case_list[i % len(case_list)][0]
        b.add(
            lead_id,
            natural_id("protected_name", store.inspection_id, name.casefold(), category),
            ProtectedName(name=name, category=category, case_id=case_id),
        )

    # Write: the lead's batch first (team, areas, cases), then each author's work --------------
    for author, records in b.batches.items():
        if records:
            store.bulk_create(records, author=author)
    return DemoStats(
        cases=n_cases,
        evidence=b.evidence,
        gradings=b.gradings,
        judgements=judgements,
        inspectors=len(people),
        areas=len(AREAS),
        visited=len(visited),
        escalations=b.escalations,
        seconds=0.0,
    )
