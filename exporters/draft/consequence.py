"""Whether the sentence on a claim's impact says what its notes say (issue 15, tester
15's D5: "Consequently, children are protected sooner when the risks to them
increase." after a claim whose one note "stating a consequence" was a report that
"sets out the impact of coercive control on the children", which says nothing of
children being protected sooner).

`impact.impact_sentence` says a consequence only where one of the claim's records
states one (`support.toml` consequence cues).  Its wordings are the criterion's stock
sayings of what the work means for children (`criteria.toml` `impact`); one is offered
only where one of the records that state a consequence also uses a quarter, and at
least one, of the words that wording says in particular (`relevance.claim_words`),
less the words that only say it is a consequence ("consequently", "this means", "as a
result": `CONNECTIVES`), a word's stem meeting a longer form of it ("hear" in
"heard").  "Children are protected sooner when the risks to them increase" is not
borne out by a report that "sets out the impact of coercive control on the children"
(the one note with a consequence cue), nor "children are able to take part in
decisions about their future" by "so that she did not miss lessons she enjoys"; "the
court hears directly what matters to each child" is, by "so that the boy could say
where he feels safe; the court heard his view".  A consequence is never stock text
added to a claim whose notes say nothing of it.
"""

from __future__ import annotations

from exporters.draft.claims import Context, claim_records
from exporters.draft.relevance import claim_words, stems
from exporters.draft.tallies import Claim

# The words that say a sentence is a consequence, not what the consequence is.
CONNECTIVES = frozenset(
    stems("consequently therefore result results meaning means meant this thus hence")
)


def said_by_notes(ctx: Context, claim: Claim, wording: str) -> bool:
    """Whether the claim's records on its side that state a consequence say what an
    impact wording says in particular."""
    d = ctx.data
    st, dv = claim_records(ctx, claim)
    side = list(st if claim.lean == "for" else dv)
    texts = d.texts(side)
    stating = [i for i in side if d.words.support.states_consequence([texts[i].text])]
    wanted = claim_words(d, wording)[0] - CONNECTIVES
    if not wanted:  # a wording that says nothing in particular
        return bool(stating)
    need = max(1, -(-len(wanted) // 4))
    return any(sum(_meets(w, stems(texts[i].text)) for w in wanted) >= need for i in stating)


def _meets(word: str, found: set[str]) -> bool:
    """Whether a stem is among a note's, or begins one of them ("hear", "heard")."""
    return word in found or (len(word) >= 4 and any(f.startswith(word) for f in found))
