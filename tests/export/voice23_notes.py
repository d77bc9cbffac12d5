"""Notes as inspectors type them between interviews and file reads, written for voice23's
tests (issue 15, tester 22's A6 and A7) and none of them the demo's, a tester's or the
real report's: who spoke, counted; a subject with no article; a passive with its "are"
or "was" left out after a semicolon.  Each list pairs a note (or a sentence of one) with
what the draft must make of it.
"""

from __future__ import annotations

# (source, note, role): several people the note counts as who spoke are quoted as the
# note counts and names them (the source's qualifier put in where the note leaves it
# out); a note naming one person, a document or a name gets the source's own role.
SPEAKERS = [
    ("INT_LA", "Two heads of service said that the guardians return calls the same day.",
     "two local authority heads of service"),
    ("INT_LA", "Both IROs: guardians come to reviews prepared and with the child's view.",
     "both local authority IROs"),
    ("INT_LA", "Three team managers from the local authority told us the challenge is fair.",
     "three team managers from the local authority"),
    ("INT_LA", "Several social workers commented that guardians question drift in plans.",
     "several local authority social workers"),
    ("INT_LA", "Two LA team managers said advice on s.20 cases is timely.",
     "two LA team managers"),
    ("INT_JUDICIARY", "Two district judges said the position statements are concise.",
     "two district judges"),
    ("INT_JUDICIARY", "Three of the circuit judges said reports are filed on time.",
     "three of the circuit judges"),
    ("INT_PARTNER", "Two health visitors said the FCA rang back within the hour.",
     "two health visitors"),
    # One person, documents, or a name among them: the source's own role.
    ("INT_LA", "Head of service said the guardians challenge care plans well.",
     "one local authority manager"),
    ("INT_LA", "Two reports said the plan for the baby had drifted.",
     "one local authority representative"),
    ("INT_LA", "Two Kirkby managers said the guardians were hard to reach in August.",
     "local authority staff"),
    ("INT_JUDICIARY", "DJ said the analysis was thin on the father's history.", "one judge"),
]  # fmt: skip

# (sentence as an example has it, its first letter lowered, with the article the draft
# gives it): "the" before a subject whose head is a singular count noun, whether or not
# a list knows the noun; uncountable heads, plurals and names as they were.
ARTICLES = [
    ("handover from the duty guardian was smooth and recorded.",
     "the handover from the duty guardian was smooth and recorded."),
    ("genogram in the report is detailed and shows the maternal family.",
     "the genogram in the report is detailed and shows the maternal family."),
    ("bond between the two sisters is strong and the report says so.",
     "the bond between the two sisters is strong and the report says so."),
    ("timeline of the proceedings is set out clearly for the judge.",
     "the timeline of the proceedings is set out clearly for the judge."),
    ("chronology is up to date and shows each move.",
     "the chronology is up to date and shows each move."),
    # Uncountable heads, plurals and names: no article.
    ("supervision is monthly and reflective.", "supervision is monthly and reflective."),
    ("direct work was planned around the boy's interests.",
     "direct work was planned around the boy's interests."),
    ("case recording is up to date.", "case recording is up to date."),
    ("sibling contact was arranged quickly.", "sibling contact was arranged quickly."),
    ("parental engagement has improved since the hearing.",
     "parental engagement has improved since the hearing."),
    ("management oversight is evident at each stage.",
     "management oversight is evident at each stage."),
    ("communication with the school is good.", "communication with the school is good."),
    ("guardians were present at every hearing.", "guardians were present at every hearing."),
    ("caseloads are high in the south team.", "caseloads are high in the south team."),
    ("everything was in place before the hearing.",
     "everything was in place before the hearing."),
    ("Kirkby Council agreed the plan at the review.",
     "Kirkby Council agreed the plan at the review."),
]  # fmt: skip

# (note, what is said of it): a part after a semicolon that is a passive with its "are"
# or "was" left out, naming who did it ("... covered by locum guardians"), is left off;
# a person's own verb before "by", or "by" before a measure, is a clause.
BY_WHOM = [
    ("The team manager said the rota works well; three posts covered by locum guardians "
     "this quarter.", "The team manager said the rota works well."),
    ("The audit was thorough; two files checked by the same supervisor in one day.",
     "The audit was thorough."),
    ("The guardian responded by email within a day; the school was told the same week.",
     "The guardian responded by email within a day; the school was told the same week."),
    ("Complaints fell by a third over the year; the backlog has been cleared.",
     "Complaints fell by a third over the year; the backlog has been cleared."),
    ("The number of late reports dropped by 20% in the spring; the backlog has gone.",
     "The number of late reports dropped by 20% in the spring; the backlog has gone."),
]  # fmt: skip

# (sentence, whether it reads as a clause): an "-ed" word straight after a preposition
# qualifies the noun it leads ("about missed visits"), and the sentence's verb comes
# later ("have trebled"; kf22's note); a bare subject's "-ed" word with no object and a
# preposition after it is still a note's passive with its "was" left out.
PARTICIPLES = [
    ("Complaints from fathers about cancelled contact sessions have doubled this year.", True),
    ("Letters about delayed hearings were sent to both parents within a week.", True),
    ("Concerns over missed home visits were raised with the team manager.", True),
    ("Worries for isolated young carers are picked up at the first meeting.", True),
    ("Visits arranged ad hoc.", False),
    ("Report on the father filed late.", False),
]

# (sentence, whether it reads on its own): "they" or "them" with nothing before it to
# stand for (no plural, no number, no person, no two things joined) leans on the note's
# sentence before ("The safeguarding letter does not mention any of them."; tester 23's
# A4); a person or several before it is what it stands for.
PRONOUNS = [
    ("The position statement does not refer to any of them.", False),
    ("The chronology was not updated after they were interviewed.", False),
    ("The plan does not say how they will be kept safe over the summer.", False),
    ("The guardian met both parents and explained to them what the report would say.", True),
    ("The FCA saw the boy and his sister and spoke to them together at school.", True),
    ("The young person met the judge, who told them what would happen next.", True),
    ("The grandparents were told the date, and they came to the hearing.", True),
]

# (sentence from a development note, whether it says what fell short): a weakness is
# illustrated only by a sentence that does; one that only tells what happened leaves the
# fault in a sentence of the note the draft does not print (tester 23's A4).
FAULTS = [
    ("The school nurse phoned the guardian about a bruise on the boy's leg.", False),
    ("The mother's solicitor wrote to the FCA asking for the contact notes.", False),
    ("The report reached the mother on the morning of the hearing.", True),
    ("Nobody followed the call up for a month.", True),
    ("The guardian saw the child in 3 of 7 visits.", True),
    ("The team's practice has deteriorated since the spring.", True),
]
