"""From triggers and actor mentions to relations: roles, statuses and their evidence.

Without a dependency parser, roles are assigned per clause by transparent rules over the
token sequence (docs/extract.md lists them with examples):

* the subject is the nearest actor before the trigger that is not inside a prepositional
  phrase, with the actors coordinated with it ("Azerbaijan and Armenia"); the object is the
  first such actor after it; a passive "by X" makes X the source;
* "between A and B", "each other", "both sides", "the two leaders" give both parties;
* mediation without named parties is between the last pair of parties the text named;
* negation ("did not", "refused to", "no") suppresses the relation; reported speech makes
  it ``alleged`` (and, for a hostile act, an accusation by the speaker); a denial gives a
  ``deny`` relation back to the accuser and marks the accused act ``denied``; offers are
  ``offered``; future acts ``planned``; acts dated before the article ``historical``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .actors import (
    DEED_DETERMINERS,
    DEED_JUDGEMENTS,
    DEFINITE_NOUNS,
    ENVOY_WORDS,
    GROUP_WORDS,
    HEAD_TITLES,
    IT_OBJECT_VERBS,
    LAND_NOUNS,
    MONTHS,
    PASSIVE_AUXILIARIES,
    POPULATION_NOUNS,
    ROAD_WORDS,
    ROUTE_JOINS,
    ROUTE_LINKS,
    ROUTE_NOUNS,
    RULED_WORDS,
    SEIZED_IT_VERBS,
    SPOKEN_DEEDS,
    SPY_NOUNS,
    STAFF_NOUNS,
    TERRITORY_PREDICATES,
    VICTIM_NOUNS,
    WEEKDAYS,
    WELCOMED_ONLY_DEEDS,
    Mention,
    _fled_from,
    _state_group,
    find_mentions,
    judgement_word,
    time_word,
)
from .gazetteer import TITLES
from .reader import sentence_spans

__all__ = ["Candidate", "extract_document"]

BOUNDARY_WORDS = frozenset(
    [
        ";",
        ":",
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "however",
        "meanwhile",
    ]
)
SUBORDINATORS = frozenset(
    ["that", "which", "who", "whom", "because", "after", "before", "when", "since", "until", "if"]
)
#: Conjunctions that only open a clause ("because a gunman attacked ...").
SUBORDINATE_CONJUNCTIONS = frozenset(["when", "because", "whereas", "unless"])
#: Words that open a clause as well as a phrase ("after Azerbaijan demanded ...").
CLAUSE_OPENERS = frozenset(["after", "before", "since", "until"])
SUBJECT_SKIP = frozenset(
    [
        "of",
        "in",
        "at",
        "from",
        "to",
        "near",
        "on",
        "for",
        "against",
        "over",
        "with",
        "by",
        "between",
        "during",
        "since",
        "after",
        "before",
        "inside",
        "within",
        "under",
        "despite",
        "among",
        "amid",
        "toward",
        "towards",
        "into",
        "about",
        "than",
        "like",
    ]
)
OBJECT_SKIP = frozenset(
    [
        "in",
        "at",
        "from",
        "during",
        "since",
        "after",
        "before",
        "near",
        "inside",
        "within",
        "despite",
        "among",
        "amid",
        "throughout",
        "across",
        "around",
        "along",
        "by",
        "between",
    ]
)
AMBIGUOUS_REPORT_NOUNS = frozenset(["state", "report", "claim", "note", "add", "statement"])
#: Words after which a reporting word is a noun ("the claims", "such reports").
REPORT_NOUN_DETERMINERS = frozenset(
    ["the", "a", "an", "these", "those", "such", "its", "their", "his", "her", "our", "any"]
    # "concerned about reports of ...", "amid reports that ...": the reports are a topic
    + ["about", "over", "amid", "despite"]
    # "contains territorial claims", "false claims": an adjective before the noun
    + ["territorial", "false", "new", "similar", "unfounded", "baseless", "groundless"]
)
GOAL_WORDS = frozenset(["reach", "achieve", "secure", "toward", "towards"])
PAIR_DEFAULT_TYPES = frozenset({"ceasefire", "war", "negotiate"})
#: Rules whose source is a third party to the pair's deal ("a truce brokered by X", "X
#: welcomed the agreement"): never one of the pair, which is then the pair named before.
THIRD_PARTY_RULES = frozenset(
    [
        "broker",
        "facilitated_by",
        "negotiated_by",
        "welcome_accord",
        "welcome_news",
        "peace_plan",
        "offer_meeting_between",
        "ready_to_assist",
        # "Armenia offered a platform for talks with Azerbaijan": a party's own offer
        "offer_venue",
        "offer_platform",
        "ready_to_help_mediate",
        "ready_to_help_delimit",
        "key_role",  # ("Armenia played a constructive role in the talks": a party)
        # ("Aliyev and Pashinyan opened a round of talks between the delegations", "Lavrov
        # held talks with Mirzoyan with the participation of Galuzin": parties, not mediators)
        "lead_talks_between",
        "with_participation_of",
        # ("Armenia seeks a peaceful solution to the conflict": a party's own aim)
        "find_solution",
        "engaged_with_sides",
        "through_participation_of",
    ]
)
#: Rules of a go-between whose parties, when the sentence names none, are the two of the act
#: it has just read ("handed the bodies to Armenia, with the ICRC acting as intermediary").
GO_BETWEEN_RULES = frozenset(
    ["act_as_mediator", "with_help_of", "through_mediation_of", "facilitate_transfer"]
    + ["facilitate_swap", "facilitate_handover"]
)


#: Acts a go-between of a handover stands between ("handed over the bodies", "exchanged
#: prisoners", "agreed to swap"), unlike a shelling or a blockade.
HANDED_TYPES = frozenset(["concede", "negotiate", "sign_agreement", "cooperate"])


def _acted_pair(out: list, number: int, mediators: set) -> list:
    """The two of the last handover, exchange or deal (HANDED_TYPES) that sentence *number*
    has read, if neither is a mediator; else []."""
    for c in reversed(out):
        if (
            c.sentence == number
            and c.type in HANDED_TYPES
            and not {c.source, c.target} & mediators
            and c.source != c.target
        ):
            return [(c.source, None), (c.target, None)]
    return []


#: Of those, the ones that are never a party's own ("Armenia welcomed the agreement" backs
#: no one); a broker named with the pair may still broker for one of them.
OWN_DEAL_RULES = THIRD_PARTY_RULES - {"broker", "facilitated_by", "negotiated_by"}
#: Rules whose parties, when the sentence names only the mediators, are the pair named before
#: them ("the mediation efforts by Russia and the EU").
#: Rules of a third party's efforts toward peace whose parties are the pair named before, and
#: whose mediator must be the agent after "of" ("the efforts of Russia aimed at stabilizing the
#: situation").
OF_EFFORT_RULES = frozenset(["peace_efforts", "peace_efforts_stability"])
PAIR_BEFORE_RULES = THIRD_PARTY_RULES | {"mediation_noun"} | OF_EFFORT_RULES
#: Rules of a conversation both sides hold ("a phone call with", "a telephone conversation
#: with"): a consultation in each direction, unlike "X called Y" (X's call) and "X spoke by
#: phone with Y" (X's consultation of Y: the coders code that direction only).
CONVERSATION_RULES = frozenset(
    ["phone_call", "hold_call", "hold_a_call", "hold_call_with", "call_with"]
)
#: Acts between states, not persons, when their parties are only the pair named before
#: ("Aliyev and Pashinyan met ... The clashes / the ceasefire"): the two leaders' states.
STATE_PAIR_TYPES = frozenset({"war", "ceasefire", "dispute"})
#: Acts that set two sides against each other: never between two the text has as allies.
HOSTILE_PAIR_TYPES = frozenset({"war", "ceasefire"})
#: Acts that make two states allies for that purpose.
ALLY_TYPES = frozenset({"military_aid", "support", "material_cooperation", "aid"})
NOMINAL_BEFORE = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "in",
        "on",
        "with",
        "their",
        "its",
        "his",
        "her",
        "during",
        "after",
        "amid",
        "despite",
        "new",
        "renewed",
        "fresh",
        "heavy",
        "any",
    ]
)
RECIPROCAL_WORDS = frozenset(
    ["other", "mutual", "trade", "exchange", "traded", "exchanged", "swap", "swapped", "swaps"]
)
APPEAL_CONTEXT = frozenset(
    [
        "ceasefire",
        "cease-fire",
        "truce",
        "fighting",
        "fight",  # the lemma of "fighting", as the sentence's words are compared by lemma
        "bloodshed",
        "restraint",
        "hostility",
        "peace",
        "talk",
        "de-escalation",
        "escalation",
        "violence",
        "dialogue",
        "negotiation",
        "clash",
    ]
)
#: Words that make an appeal one to both sides only in the words the appeal asks for ("called
#: for an end to the conflict", "urged a peaceful settlement"), not anywhere in the sentence.
APPEAL_OBJECTS = frozenset(["conflict", "settlement", "resolution", "tension", "calm"])
#: Words that end what an appeal asks for and open another clause.
APPEAL_CLAUSE_ENDS = frozenset([",", ";", "as", "while", "when", "but", "after", "because"])
#: How many words after an appeal's trigger may say what it asks for.
APPEAL_REACH = 8
#: Those an appeal may name that are no party to the conflict ("called on citizens to stay
#: away", "urged the international community to help").
OTHER_ADDRESSEES = frozenset(
    ["citizen", "citizens", "resident", "residents", "people", "public", "population"]
    + ["community", "journalist", "journalists", "media", "diplomat", "diplomats", "compatriot"]
    + ["compatriots", "national", "nationals", "tourist", "tourists", "traveler", "travelers"]
    + ["traveller", "travellers", "business", "businesses", "company", "companies", "voter"]
    + ["voters", "supporter", "supporters", "follower", "followers", "youth", "donor", "donors"]
    + ["parliament", "lawmakers", "employees", "staff", "volunteers", "world"]
)
#: Words that may stand between an appeal's verb and the noun it addresses.
ADDRESSEE_FILLERS = frozenset(
    ["the", "its", "his", "her", "their", "our", "all", "local", "international", "global"]
    + ["foreign", "fellow", "ordinary", "wider", "world"]
)


def _appeal_elsewhere(sent, trig, right: int, addressed, registry, askers=()) -> bool:
    """Whether the words an appeal asks for name a state outside the pair it would go to
    ("called for calm in Syria", "a settlement of the conflict in Ukraine"); not those who
    ask ("calls for a truce from France and Russia")."""
    sides = set(_states_of(addressed, registry)) | {_state_of(registry, x) for x in askers}
    stop = min(right, trig.end + APPEAL_REACH + 4)
    # (only the words it asks for: not "... as Turkey pledged support for Azerbaijan")
    stop = next(
        (k for k in range(trig.end, stop) if sent.doc[k].lower_ in APPEAL_CLAUSE_ENDS), stop
    )
    return any(
        trig.end <= m.start < stop
        and m.actor
        and (registry.get(m.actor) or {}).get("kind") == "state"
        and _state_of(registry, m.actor) not in sides
        for m in sent.mentions
    )


NEGATORS = frozenset(
    [
        "not",
        "n't",
        "never",
        "no",
        "without",
        "nor",
        "cannot",
        "refuse",
        "fail",
        "failure",  # "its failure to respect ..."
        "decline",
        "yet",
        "refrain",  # "urged both sides to refrain from attacks"
        "abstain",
        "non",
        "unable",
    ]
)


def _attacker_after(sent, trig, source: str) -> list:
    """ "X surrendered after / following Y's offensive": [(Y, its mention)] when a possessor
    owns a hostile act in a phrase of time after the concession, else []."""
    doc = sent.doc
    hostile = {t.start for t in sent.triggers if t.rule.type in ("attack", "war")}
    for m in sent.mentions:
        if not m.actor or m.actor == source or m.start < trig.match_end or m.end + 1 >= sent.s1:
            continue
        if doc[m.end].lower_ not in ("'s", "’s"):
            continue
        lead = [t.lower_ for t in doc[max(trig.match_end, m.start - 3) : m.start]]
        if not {"after", "following", "amid"} & set(lead):
            continue
        k = m.end + 1
        while (
            k < sent.s1
            and k not in hostile
            and k - m.end <= 5
            and (not doc[k].is_punct or doc[k].text in "-–")
        ):
            k += 1
        if k in hostile:
            return [(m.actor, m)]
    return []


def _clause_opener(sent, trig, mediators: list) -> list:
    """Of the mediators of "X was formed to find a peaceful solution", "X remains engaged with
    the sides": only the one that opens the sentence, and not in an aside ("The Minsk Group,
    whose co-chairs are France, Russia and the US, was formed ...", "the Minsk Group – co-chaired
    by ... –"); for engagement, only with the sides or parties ("engaged with the sides of the
    Minsk format": no)."""
    doc = sent.doc
    first = min((m.start for m in sent.mentions if m.actor or m.label == "PAIR"), default=None)
    if trig.rule.id == "engaged_with_sides":
        after = [m for m in sent.mentions if trig.end <= m.start <= trig.match_end + 1]
        if (
            not after
            or after[0].label != "PAIR"
            or doc[after[0].end : after[0].end + 1].text == "of"
        ):
            return []
    return [
        p
        for p in mediators
        if p[1] is not None
        and p[1].start == first
        and not any(t.text in "–—" for t in doc[p[1].end : trig.start])
    ]


#: Words of refusal that negate only the act of their "to" ("its refusal to free X").
REFUSAL_NOUNS = frozenset(["refusal", "reluctance", "reluctant", "unwilling", "unwillingness"])
OFFER_WORDS = frozenset(
    ["offer", "propose", "ready", "willing", "prepared", "suggest", "volunteer"]
)
#: Words of readiness and hope: the act after "ready to", "ready for", "hope for" is offered.
READY_WORDS = frozenset(
    ["ready", "willing", "prepared", "readiness", "willingness", "hope", "hopeful", "eager"]
    + ["intention", "intentions", "desire", "determination", "aspiration"]
)
#: Words of a promise: the act after "promised to", "a commitment to" is offered.
PROMISE_WORDS = frozenset(["promise", "pledge", "commit", "commitment", "vow"])
#: Cooperative acts that, offered or promised, are the intent to cooperate (CAMEO 03).
INTENT_TYPES = frozenset(
    ["negotiate", "meet", "sign_agreement", "cooperate", "material_cooperation", "consult"]
)
#: Participles that after "be" are adjectives of readiness ("is prepared to", "committed to").
ADJECTIVAL_PARTICIPLES = frozenset(["prepared", "committed", "determined"])
PLAN_WORDS = frozenset(
    ["will", "would", "shall", "plan", "intend", "schedule", "expect", "set", "due"]
)
HISTORY_WORDS = frozenset(["previous", "previously", "prior", "ago", "soviet"])
_FORMER_SOVIET = re.compile(r"\b(?:post|ex|former)[- ]soviet\b")
HOSTILE_CATEGORIES = frozenset({"conflict", "coercion", "control"})
#: Control stated as the stake of a fight ("war over control of", "battle for control").
CONTESTED_TYPES = frozenset({"control"})
CONTEST_WORDS = frozenset(["over", "for"])
#: Persons an act of seizing or holding may fall on: then it is coercion, not control.
CAPTIVE_NOUNS = frozenset(
    ["soldier", "serviceman", "servicemen", "prisoner", "detainee", "captive", "pow", "civilian"]
    + ["citizen", "national", "hostage", "resident", "troop", "officer", "journalist"]
    + ["villager", "shepherd", "farmer", "spy", "agent"]
)
#: Acts against people, never against a place ("genocide against an enclave": its people).
PEOPLE_ONLY_TYPES = frozenset({"mass_violence"})
#: How many sentences after a call or meeting an appeal without addressee goes to the partner.
PARTNER_REACH = 2
#: Prepositions after which a participle is an adjective of feeling ("concerned about").
STATIVE_PREPS = frozenset(["about", "over", "at"])
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(s)?\b")
#: "<document> of / dated (November 9,)" right before a year: the date of a document the
#: sentence names ("in violation of the statement of November 9, 2020"), not of its acts.
_DATE_OF = re.compile(
    r"\b((statement|agreement|declaration|deal|treaty|accord|order|ruling|decision|resolution"
    r"|principles|memorandum|document|communiqu\w+)s?\s+of|dated)\s+(\d{1,2}\s+)?"
    r"([a-z]+\.?,?\s+)?(\d{1,2}(st|nd|rd|th)?,?\s+)?$"
)


@dataclass
class Candidate:
    """One extracted relation with its evidence, before it becomes an edge."""

    source: str
    target: str
    type: str
    status: str
    rule: str
    confidence: float
    sentence: int
    evidence: str
    trigger: str
    spans: str
    head: int
    between: list | None = None
    location: str | None = None
    date: str | None = None
    reported_by: str | None = None


@dataclass
class _Trigger:
    rule: object
    start: int  # head span
    end: int
    match_end: int


@dataclass
class _Discourse:
    pair: tuple | None = None
    recent: dict = field(default_factory=dict)  # state -> (mentions, last sentence)
    person: str | None = None  # the last person named, for "he" / "she"
    subject: str | None = None  # the last state or organisation that was a subject, for "it"
    last: dict = field(default_factory=dict)  # "state" / "org" -> the last one named
    territory_at: int = -9  # the sentence that named the last territory (or route)
    corridor_at: int = -9  # the sentence that named the last route
    named: bool = False  # whether the pair was named together ("A and B") in the text
    accusers: dict = field(default_factory=dict)  # accused -> [accusers]
    critics: dict = field(default_factory=dict)  # criticised -> [critics]
    proposers: dict = field(default_factory=dict)  # the one offered to -> [who offered]
    offer: tuple | None = None  # (who offered, sentence) of the last offer, to anyone
    accord: tuple | None = None  # ((a, b), sentence) of the last agreement between two
    court_at: tuple = (-9, -9)  # sentences of the last court named and of the word "court"
    demanders: dict = field(default_factory=dict)  # the one demanded of -> [who demanded]
    requesters: dict = field(default_factory=dict)  # the one asked -> [who asked or appealed]
    partner: dict = field(default_factory=dict)  # actor -> (its last call partner, sentence)
    they: tuple | None = None  # (organisation named by a plural, sentence): "They" next
    quote: int = -99  # the last sentence with a quotation mark or a reporting verb
    turn: str | None = None  # the speaker of a transcript's turn ("Vladimir Putin: ...")
    lead: tuple | None = None  # (person, sentence): a person who opens a sentence as subject
    issuer: str | None = None  # the body whose statement the text is ("Statement of X ...")
    speakers: dict = field(default_factory=dict)  # sentence -> (reporting verb, speaker ids)
    titled: list = field(default_factory=list)  # (sentence, person, titles) of persons named
    #: the titled persons named after the sentence that first asked, or the function that reads them
    ahead: object = None
    pairs: list = field(default_factory=list)  # every pair named together, the latest last
    opposed: dict = field(default_factory=dict)  # {a, b} -> [times, last, (a, b)]: fought ...
    opposed_before: frozenset = frozenset()  # the keys of `opposed` before this sentence
    people: tuple | None = None  # ((person, person), sentence): two persons of two states
    people_loose: bool = False  # the two were named together among others (only "leaders")
    pair_start: int = -1  # where the clause that named the pair opens, if not its sentence
    sentence: int = 0  # the number of the sentence being read
    pair_at: int = 0  # the sentence that named the pair
    group: tuple | None = None  # ((actors...), sentence): a list that opened a sentence
    last_speaker: tuple | None = None  # (person or state, sentence) of the last reported speech
    allied: set = field(default_factory=set)  # frozensets of two states that aid or back each other
    first_token: int = 0  # the first token of the sentence being read
    assailants: dict = field(default_factory=dict)  # territory -> {states that attacked it}
    acts: dict = field(default_factory=dict)  # "attack" / "blockade" -> those stated, in order
    acted: tuple | None = None  # the two states of the last act between two states
    fought: list = field(default_factory=list)  # (a, b) of two sides that fought, in order
    trios: list = field(default_factory=list)  # sentences of trilateral talks read before a pair
    later: list = field(default_factory=list)  # relations awaiting the pair (`_late_pairs`)
    deeds: list = field(default_factory=list)  # (sentence, doer, type) of acts, for "the move"
    document_at: int = -99  # the sentence that noted the last resolution's author
    poll_at: int = -99  # the last sentence naming an election or a vote in one
    demand: tuple | None = None  # (who, sentence) of the last verb of demanding
    visit: tuple | None = None  # (who, sentence) of the last visit read (`_note_visitors`)
    orgs: list = field(default_factory=list)  # (sentence, organisation) of those named
    bodies_said: list = field(default_factory=list)  # (sentence, body) of bodies that spoke
    named_events: list = field(default_factory=list)  # (sentence, type, trigger span) awaiting
    # the text's pair (`_named_events`): "the 2020 war", "the November 2020 ceasefire"

    def all_titled(self) -> list:
        """The titled persons of the whole document (read ahead once, when first asked),
        else those named so far."""
        if callable(self.ahead):
            self.ahead = self.ahead(self.sentence)  # (the sentences after this one)
        if not self.ahead:
            return self.titled
        last = self.titled[-1][0] if self.titled else 0
        return self.titled + [x for x in self.ahead if x[0] > last]

    @property
    def dyad(self) -> tuple | None:
        """The two parties the text has most often set against each other (fought, accused
        of aggression, negotiated; the latest on a tie), or None."""
        if not self.opposed:
            return None
        return max(self.opposed.values(), key=lambda v: (v[0], v[1]))[2]

    def oppose(self, pair: tuple, number: int, registry=None) -> None:
        if registry is not None and any(
            (registry.get(y) or {}).get("kind") in NEUTRAL_KINDS
            for x in pair
            for y in registry.lineage(x)
        ):
            return  # "the UN condemned Azerbaijan's aggression": a judge, not a side
        entry = self.opposed.setdefault(frozenset(pair), [0, 0, pair])
        entry[0] += 1
        entry[1] = number

    def note_people(self, doc, end, mentions, triggers, registry, number: int) -> None:
        """Remember the persons of a sentence: the one who opens it as subject (for "He"
        next), two of two states (for "the two leaders"), and their titles (for "the
        spokesman")."""
        self.sentence = number
        first = min((t.start for t in triggers), default=len(doc))
        actors = [m for m in mentions if m.actor and m.label != "ADJ" and not m.venue]
        if actors and actors[0].label == "PERSON" and actors[0].end <= first:
            self.lead = (actors[0].actor, number)
        else:
            # "During the 2020 war he took part ...": "he" (a subject, always) before any
            # person named leads on as the person it stood for
            he = next((m for m in actors if m.label == "PERSON" or _he_or_she(m)), None)
            if he is not None and _he_or_she(he):
                self.lead = (he.actor, number)
        people = list(dict.fromkeys(m.actor for m in mentions if m.label == "PERSON" and m.actor))
        states = {(registry.get(p) or {}).get("parent") for p in people}
        if len(people) == 2 and len(states) == 2 and None not in states:
            self.people, self.people_loose = (tuple(people), number), False
        elif len(people) > 2:
            self.people = None  # "the leaders" of three: no pair
        self.titled.extend(
            (number, m.actor, _titles_of(m, doc, end, registry))
            for m in mentions
            if m.label == "PERSON" and m.actor
        )

    def name_pair(self, pair: tuple, start: int = -1) -> None:
        """The two parties the text names together ("A and B", "talks between A and B");
        *start*: where the clause of its sentence that names them opens, when it is not the
        sentence's first."""
        self.pair, self.named, self.pair_at, self.pair_start = pair, True, self.sentence, start
        if pair in self.pairs:
            self.pairs.remove(pair)  # (named again: the latest)
        self.pairs.append(pair)


#: Rules whose unnamed parties are the two the text sets against each other, before the pair
#: named last: "the exchange was facilitated by X", "Iran also welcomed the agreement" after
#: "Turkey said it would normalise ties with Yerevan" in a report of the Armenia-Azerbaijan deal.
DYAD_FIRST_RULES = frozenset(["facilitated_by", "welcome_accord"])


#: How many sentences after the route was named "the road" may still be it.
ROAD_REACH = 12


def _placed_elsewhere(doc, mentions, k: int, registry) -> bool:
    """Whether the sentence of mention *k* names a territory, town or (after "in") a place of
    its own other than a route: "the road" there is that place's."""
    return any(
        j != k
        and x.actor
        and _actor_class(registry, x.actor) != "corridor"
        and (
            x.label == "TOWN"
            or x.venue
            or _actor_class(registry, x.actor) == "territory"
            or (x.start > 0 and doc[x.start - 1].lower_ == "in")
        )
        # ("blocked the road near Shusha": where on the road, not another place's road)
        and not (x.start > 0 and doc[x.start - 1].lower_ in ("near", "outside"))
        for j, x in enumerate(mentions)
    )


def _actor_class(registry, ident) -> str | None:
    """ "state", "org", "court", "mission", "corridor" or "territory" (what "the country" /
    "the organisation" / "the court" / "the mission" / "the corridor" / "the region" can stand
    for), else None."""
    record = registry.get(ident) or {}
    kind = record.get("kind")
    if kind == "territory" and "corridor" in str(record.get("name") or "").lower().split():
        return "corridor"  # "the corridor": the route named before, not the region
    if kind in ("state", "territory"):
        return kind
    if kind in ("igo", "ngo", "coalition"):
        words = set(str(record.get("name") or "").lower().split())
        if {"court", "tribunal"} & words:
            return "court"
        return "mission" if "mission" in words else "org"
    return None


def _clause_bounds(doc, s0, s1, head, reports):
    left, right = s0, s1
    relative = False
    for i in range(head - 1, s0 - 1, -1):
        if doc[i].text == ",":
            break
        if doc[i].lower_ in ("which", "who", "whose") and i > s0 and doc[i - 1].text == ",":
            relative = True  # "Russia, which brokered the truce, urged ...": ends at the comma
            break

    def aside(i):  # "Baku, however, denies the claim": a parenthetical, not a new clause
        return (
            doc[i].lower_ in ("however", "meanwhile")
            and s0 < i < s1 - 1
            and head - i <= 2  # (the verb right after the second comma)
            and doc[i - 1].text == ","
            and doc[i + 1].text == ","
        )

    for i in range(head - 1, s0 - 1, -1):
        if (doc[i].lower_ in BOUNDARY_WORDS and not aside(i)) or i in reports:
            left = i + 1
            break
    for i in range(head + 1, s1):
        if doc[i].lower_ in BOUNDARY_WORDS or doc[i].lower_ in SUBORDINATORS or i in reports:
            right = i
            break
        if doc[i].text == "," and (relative or any(r in reports for r in range(i + 1, i + 6))):
            right = i  # "..., the EU said": the speaker is not an object
            break
    return left, right


#: The first words of a title after a name ("..., Mayor of Kapan, said").
TITLE_HEADS = frozenset(t.split()[0].split("-")[0] for t in TITLES) | {
    "vice",
    "deputy",
    "the",
    "former",
    "acting",
    "senior",
    # ("X, an aide to Aliyev, said", "X, a spokesman for the ministry, said")
    "a",
    "an",
}


#: Acts whose target may be the territory of the places hit ("shelled villages in Tavush").
PLACE_TARGET_TYPES = frozenset({"attack", "occupy"})
#: Places whose territory is the target ("villages in X", "the area near X").
TARGET_PLACE_NOUNS = frozenset(
    ["village", "villages", "town", "towns", "settlement", "settlements", "city", "cities"]
    + ["area", "areas", "district", "districts", "community", "communities"]
    # "an anti-terrorist operation in X", "counter-terrorism measures in X": where it is waged
    + ["operation", "operations", "offensive", "measures"]
)


#: Prepositions between a place noun and the territory it lies in ("villages in X", "towns
#: across X", "settlements throughout the region").
PLACE_NOUN_PREPS = frozenset(["in", "near", "across", "throughout", "inside", "around", "along"])


def _after_place_noun(doc, m: Mention, end: int) -> bool:
    """Whether *m* follows "<place noun> in / near" (past "the") after *end*: "firing at three
    villages in the Syunik region"."""
    i = m.start - 1
    while i >= end and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    k = i - 1
    while k >= end and doc[k].is_quote:
        k -= 1  # "launched an 'anti-terrorist operation' in X"
    return k >= end and doc[k].lower_ in TARGET_PLACE_NOUNS


#: Directions that make "D of X" a place beside X.
COMPASS_WORDS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)


def _beside(doc, m: Mention, s0: int) -> bool:
    """Whether *m* follows "south of", "north-east of" (past "the")."""
    i = m.start - 1
    while i > s0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    return i - 1 >= s0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in COMPASS_WORDS


#: Words after "to" that do not make it an infinitive ("to the", "to its").
_INFINITIVE_SKIP = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "all"]
)


def _past_time(doc, i: int, s1: int) -> int:
    """ "controlled for decades by X", "held since the 1990s by X", "wounded on Saturday by
    X", "shelled overnight by X": the "by" past a time that starts at *i*, else *i*."""
    if i >= s1 or doc[i].lower_ not in ("for", "since", *WHEN_OPENERS):
        return i
    span = doc[i].lower_ in ("for", "since")
    j = i + 1 if span or doc[i].lower_ not in WHEN_WORDS else i
    while j < min(s1, i + 5) and (
        time_word(doc[j])
        or (doc[j].lower_ in WHEN_WORDS and not span)
        or doc[j].lower_.rstrip(".") in MONTH_WORDS  # ("blocked since December 12 by X")
    ):
        j += 1
    return j if j > i + span and j < s1 and doc[j].lower_ == "by" else i


#: Month names (actors.MONTHS), and with their abbreviations (without the full stop).
MONTH_NAMES = MONTHS
MONTH_WORDS = MONTH_NAMES | frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
#: Words that open a point of time before a passive's "by" ("on Saturday by", "at dawn by"),
#: and the words of such a time.
WHEN_OPENERS = frozenset(["on", "in", "at", "overnight", "earlier", "again", "twice", "this"])
WHEN_WORDS = (
    frozenset(
        [*WEEKDAYS, "overnight", "earlier", "again", "twice", "dawn", "night", "morning", "week"]
        + ["evening", "afternoon", "weekend", "month", "today", "yesterday", "this", "day"]
    )
    | MONTH_NAMES
)


#: Nouns after a person's "whose" that stand for the person's state ("whose country").
WHOSE_STATE_NOUNS = frozenset(["country", "government", "state", "nation", "administration"])
#: Lower-case words of a title between "by" and the agent it names ("by fellow co-chairs X").
AGENT_TITLE_WORDS = frozenset(
    ["the", "fellow", "its", "their", "co-chairs", "co-chair", "-", "command", "of"]
)  # ("mediated by the command of the Russian peacekeeping contingent")


def _prep_in_trigger(doc, m: Mention, end: int) -> bool:
    """Whether the word before *m* (past "the", "its", ...) lies before *end*, inside the
    trigger's own words ("fired at X", "opened fire on the X")."""
    i = m.start - 1
    while i >= end and doc[i].lower_ in ("the", "a", "an", "its", "their", "his", "her"):
        i -= 1
    return i < end


def _he_or_she(m) -> bool:
    """Whether mention *m* is "he" or "she" resolved to a person."""
    return m.label == "PRONOUN" and m.text.lower() in ("he", "she") and bool(m.actor)


def _prev_word(doc, m: Mention, s0: int) -> str:
    """The word before mention *m*, past articles, possessives and a hyphened qualifier ("a
    member of the Russian-led CSTO": "of")."""
    i = m.start - 1
    while i >= s0:
        if doc[i].lower_ in ("the", "a", "an", "its", "their", "his", "her"):
            i -= 1
        elif i - 2 >= s0 and doc[i].lower_ in QUALIFIER_PARTICIPLES and doc[i - 1].text in "-–":
            i -= 3  # ("the Russian-led": past the qualifier to the word before it)
        else:
            break
    return doc[i].lower_ if i >= s0 else ""


#: Participles of a hyphened qualifier before a name ("the Russian-led CSTO").
QUALIFIER_PARTICIPLES = frozenset(["led", "backed", "brokered", "sponsored", "dominated"])


_FILLERS = frozenset(
    {"the", "as", "well", "his", "her", "its", "their", "counterpart", "counterparts"}
    | {"neighbouring", "neighboring", "fellow", "rival", "arch-rival", "arch-foe"}
    # (not the "for" of "minister for foreign affairs": "Schofer as for the US")
    | {w for title in TITLES for w in title.split() if w != "for"}
)


def _filler(token) -> bool:
    """Words that may stand between listed actors: "..., his Azerbaijani counterpart X"."""
    return (
        token.is_space
        or token.lower_ in _FILLERS
        # (a title-case word of a name, not a headline's "And": "Armenia And Azerbaijan")
        or (token.is_title and token.is_alpha and token.lower_ not in ("and", "or"))
    )


def _join(gap: list, first: bool, comma_ok: bool) -> bool:
    words = [w for w in gap if w not in ("the", "as", "well")]
    if words == ["and"] or words == [",", "and"]:
        return True
    return comma_ok and not first and words == [","]


def _source_of_report(doc, m) -> bool:
    """Whether m follows "according to": the one who says what comes after it."""
    return m.start >= 2 and [t.lower_ for t in doc[m.start - 2 : m.start]] == ["according", "to"]


#: Words that open a sentence with an adverbial phrase, closed by a comma.
INTRO_OPENERS = frozenset(
    ["as", "on", "in", "after", "following", "during", "under", "at", "despite", "amid", "with"]
)


def _in_opening_phrase(doc, s0: int, i: int) -> bool:
    """Whether token i lies in an adverbial phrase that opens the sentence, or opens it after
    a first comma ("The day before, as a result of talks on the initiative of X, ...")."""
    start = s0
    for k in range(s0, i):
        if doc[k].text == ",":
            if start != s0 or k > s0 + 4:
                return False  # (only one short leading phrase may come before)
            start = k + 1
    return doc[start].lower_ in INTRO_OPENERS


def _group_left(doc, mentions, m, s0, comma_ok=True):
    """m and the actors coordinated before it ("France, Russia and m")."""
    group = [m]
    if m not in mentions:
        return group  # (a mention a rule made of its own: "imports of Armenian brandy")
    idx = mentions.index(m)
    while idx > 0:
        prev = mentions[idx - 1]
        gap = [t.lower_ for t in doc[prev.end : group[0].start] if not _filler(t)]
        if gap == [","] and _source_of_report(doc, prev):
            break
        raw = " ".join(t.lower_ for t in doc[prev.end : group[0].start])
        if "as well as" in raw and set(gap) <= {","}:
            gap = ["and"]  # ("France, as well as Germany, welcomed ...": a list)
        if (
            gap == [","]
            and _prev_word(doc, prev, s0) in ("of", "with", "by", "from", "to", "in", "on")
            and _in_opening_phrase(doc, s0, prev.start)
        ):
            # "As a result of talks on the initiative of the Russian side, A and B agreed":
            # the comma closes an opening phrase, not a list
            break
        if (
            gap == [",", "and"]
            and len(group) == 1
            and not _listed_before(doc, mentions, idx - 1)
            and _object_of_verb(doc, prev, s0)
        ):
            break  # ("Russia met Armenia, and Blinken called ...": two clauses, no list of two)
        if prev.label != "ADJ" and _join(gap, len(group) == 1, comma_ok):
            group.insert(0, prev)
            idx -= 1
        elif (
            gap == [","]
            and len(group) == 1
            and (
                prev.start == s0
                or doc[prev.start - 1].text == ":"
                or _headline_chain(doc, mentions, idx - 1, s0)
            )
            # (two names, persons or capitals: "Aliyev, Pashinyan hold talks"; not "Armenia,
            # Azerbaijan foreign ministers", a name and a title)
            and prev.label == m.label
            and m.label in ("NAME", "PERSON", "CAPITAL")
            and prev.actor != m.actor
            and m.end < len(doc)
            and not doc[m.end].is_punct
            and doc[m.end].lower_ not in ("'s", "’s")
        ):
            # a headline's "Azerbaijan, Armenia swap prisoners": the comma is "and"
            group.insert(0, prev)
            chain = _headline_chain(doc, mentions, idx - 1, s0)
            return chain[:-1] + group if chain else group
        else:
            break
    return group


def _clause_after_name(doc, k: int, s1: int, first: int) -> bool:
    """Whether the name before token *k* opens a clause of its own, so that the comma before
    it joins two clauses, not two names: "Erdogan backs Aliyev, Pashinyan says", "Putin meets
    Aliyev, Pashinyan to visit Moscow" (but "urges Baku, Yerevan to free ...": the urged)."""
    if k >= s1:
        return False
    word = doc[k]
    if word.is_alpha and word.is_lower and word.lower_ != word.norm_ and word.lower_[-1] == "s":
        return True  # a verb in the present ("says", "concedes", "urges")
    if word.norm_ in ("say", "tell"):
        return True  # ("Putin praised Aliyev, Pashinyan said, calling ...")
    if word.lower_ == "to":
        return not any(t.norm_ in ASKING_VERBS for t in doc[max(0, first - 3) : first])
    return False


#: Verbs whose object is the doer of the "to" after it ("urges Baku, Yerevan to free ...").
ASKING_VERBS = frozenset(
    ["urge", "call", "tell", "ask", "press", "invite", "warn", "push", "encourage", "want"]
    + ["help", "allow", "order", "instruct", "summon", "get", "persuade"]
)


def _headline_chain(doc, mentions, k: int, s0: int) -> list:
    """The names before mention *k* that a headline lists with commas alone, from its start
    ("Putin, Aliyev, Pashinyan sign statement": Putin and Aliyev before Pashinyan), else []."""
    chain = [mentions[k]]
    while k > 0:
        prev = mentions[k - 1]
        gap = [t.text for t in doc[prev.end : chain[0].start]]
        if gap != [","] or prev.label != chain[0].label or prev.actor in {m.actor for m in chain}:
            return []
        chain.insert(0, prev)
        k -= 1
        if prev.start == s0 or doc[prev.start - 1].text == ":":
            return chain
    return []


def _object_of_verb(doc, m, s0: int) -> bool:
    """Whether mention *m* follows a verb or preposition of a clause of its own ("met Armenia",
    "in contact with both sides"): a lower-case word right before it (past "the"), not "and"."""
    k = m.start - 1
    while k >= s0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    return k >= s0 and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in ("and", "or")


def _listed_before(doc, mentions, k: int) -> bool:
    """Whether mention *k* ends a list's earlier part: a mention right before it, past a comma
    ("France, Russia, and the US")."""
    if k < 1:
        return False
    gap = [t.lower_ for t in doc[mentions[k - 1].end : mentions[k].start] if not _filler(t)]
    # ("Russia, which has an alliance with Armenia, and the US called ...": a relative clause
    # of the list's first member)
    return gap == [","] or ("which" in gap or "who" in gap) and gap[:1] == [","]


#: Prepositions between a verb and an actor that make the actor no direct object.
OBJECT_PREP_WORDS = frozenset(["with", "in", "at", "on", "by", "for", "from", "to", "of"])
#: Words that may follow a passive agent without starting a clause of their own.
AGENT_FOLLOWERS = frozenset(
    ["on", "in", "at", "for", "to", "over", "after", "before", "during", "as", "of", "with"]
    + ["since", "last", "this", "earlier", "and", "but", "among", "amid", "from", "into"]
)


def _verb_after(token) -> bool:
    """Whether the word after a list may be its verb ("Armenia and Azerbaijan had agreed"): a
    lower-case word that is no preposition, conjunction or time word."""
    return token.is_alpha and token.is_lower and token.lower_ not in AGENT_FOLLOWERS


#: Words after a group that name its members in view ("Western countries, above all the
#: United States and France").
EXAMPLE_WORDS = (
    ("above", "all"),
    ("including",),
    ("notably",),
    ("especially",),
    ("in", "particular"),
    ("such", "as"),
    ("primarily",),
    ("chiefly",),
)


def _named_members(doc, mentions, group, s1, registry) -> list:
    """ "accused Western countries, above all the United States and France, of ...": the
    members the text names after a collective (a coalition or bloc), which are the most
    specific actors; after a state's people, those and the persons named among them ("holds
    23 Armenians, including former leader X"); [] if none."""
    last = group[-1]
    kind = (registry.get(last.actor) or {}).get("kind")
    if len(group) != 1 or kind not in ("coalition", "state"):
        return []
    k = last.end
    if k >= s1 or doc[k].text != ",":
        return []
    for words in EXAMPLE_WORDS:
        span = [t.lower_ for t in doc[k + 1 : k + 1 + len(words)]]
        if tuple(span) == words:
            j = k + 1 + len(words) + (doc[k + 1 + len(words)].lower_ == "the")
            first = next((m for m in mentions if m.start == j and m.actor), None)
            if first is None and kind == "state":
                # (past a title the name does not take in: "including former leader X")
                first = next(
                    (
                        m
                        for m in mentions
                        if m.label == "PERSON"
                        and j < m.start <= j + 4
                        and all(t.is_alpha or t.text == "-" for t in doc[j : m.start])
                    ),
                    None,
                )
            if first is None:
                return []
            if kind == "state":
                # "holds 23 Armenians, including former leader Arayik Harutyunyan": the
                # people and the persons named among them
                if first.label != "PERSON":
                    return []
                named = [m for m in _group_right(doc, mentions, first, s1) if m.label == "PERSON"]
                return group + named
            return _group_right(doc, mentions, first, s1)
    return []


def _group_right(doc, mentions, m, s1, comma_ok=True):
    group = [m]
    gaps = []
    idx = mentions.index(m)
    while idx + 1 < len(mentions):
        nxt = mentions[idx + 1]
        if _led_member(doc, mentions, idx, s1):
            # "Moscow and the Russian-led CSTO": past the qualifier, the next member
            group.append(mentions[idx + 2])
            gaps.append(["and"])
            idx += 2
            continue
        gap = doc[group[-1].end : nxt.start]
        # ("Nagorno-Karabakh itself and the surrounding areas")
        words = [t.lower_ for t in gap if not _filler(t) and t.lower_ != "itself"]
        if words == [","] and _source_of_report(doc, group[-1]):
            break
        raw = [t.lower_ for t in gap if not t.is_space]
        also = raw[1:] if raw[:1] == [","] else raw
        if (
            raw[:3] == ["in", "and", "around"]
            and raw[3:] in ([], ["the"])
            and group[-1].text.lower() in LAND_NOUNS
        ):
            # "territory in and around Nagorno-Karabakh": the lands around, and it
            words = ["and"]
        if (
            also[:3] == ["as", "well", "as"]
            # (only past a noun that names what follows: a bare "as well as Israel's support"
            # may join anything)
            and also[-1] == ","
            and 5 <= len(also) <= 8
            and all(w.isalpha() for w in also[3:-1])
        ):
            # "Armenia, Azerbaijan and Georgia, as well as the three neighbours, Iran, ...":
            # the list goes on (past a noun that names what follows)
            words = ["and"]
        if (
            words == [",", "and"]
            and len(group) == 1  # (not the last of "A, B, and C signed")
            and nxt.end < s1
            and _verb_after(doc[nxt.end])
        ):
            break  # "pledged aid to Armenia, and Azerbaijan criticized ...": a new clause
        if nxt.label != "ADJ" and (
            words in (["and"], [",", "and"]) or (comma_ok and words == [","])
        ):
            group.append(nxt)
            gaps.append(words)
            idx += 1
        else:
            break
    # a list "A, B and C" ends with "and"; trailing comma-joined actors are not part of it,
    # unless the list ends with others unnamed ("Baku, Yerevan and other regional actors")
    after = [t.lower_ for t in doc[group[-1].end : min(s1, group[-1].end + 3)]]
    others = after[:2] in (["and", "other"], ["and", "others"]) or after[:3] in (
        [",", "and", "other"],
        [",", "and", "others"],
    )
    # ("Iran, Russia, Turkey and three South Caucasus nations": a count of others)
    tail = doc[group[-1].end : min(s1, group[-1].end + 4)]
    k = 1 if len(tail) > 1 and tail[0].lower_ == "and" else 0
    if k and tail[k].lower_ == "the" and len(tail) > k + 1:
        k += 1
    others = others or (k > 0 and tail[k].like_num and not tail[k].is_digit)
    # a headline's "Russia urges Armenia, Azerbaijan to ...": two names and a comma for "and"
    headline = (
        gaps == [[","]]
        and doc[s1 - 1].text not in (".", "!", "?", '"', "”")
        # (or persons, or seats: "Putin hosts Aliyev, Pashinyan", "urges Baku, Yerevan")
        and len({x.label for x in group}) == 1
        and group[0].label in ("NAME", "PERSON", "CAPITAL")
        and group[0].actor != group[-1].actor
        and not _clause_after_name(doc, group[-1].end, s1, group[0].start)
    )
    while gaps and gaps[-1] == [","] and not others and not headline:
        gaps.pop()
        group.pop()
    return group


#: Prepositions before a name that make it no antecedent of a restrictive "that".
ANTECEDENT_PREPS = frozenset(
    ["on", "against", "in", "at", "to", "from", "with", "by", "into", "over", "near", "for", "of"]
)
#: Words between a restrictive "that" and its verb ("the group that had long mediated").
RESTRICTIVE_GAP = frozenset(["has", "had", "have", "also", "once", "long", "later", "then"])


class _Sentence:
    def __init__(self, doc, s0, s1, mentions, triggers, number, text, offset, registry):
        self.doc, self.s0, self.s1 = doc, s0, s1
        self._tokens = None
        actors = [m for m in mentions if not m.venue]
        # "Azerbaijan's President Ilham Aliyev", "Armenia's Pashinyan": one mention of the
        # person (whose state is its parent), not a second actor
        merged: list = []
        for m in actors:
            prev = merged[-1] if merged else None
            if (
                m.label == "PERSON"
                and prev is not None
                and prev.label in ("NAME", "CAPITAL", "METONYM")
                and m.start == prev.end + 1
                and doc[prev.end].lower_ in ("'s", "’s")
            ):
                merged[-1] = replace(
                    m,
                    start=prev.start,
                    char=(prev.char[0], m.char[1]),
                    text=doc[prev.start : m.end].text,
                )
                continue
            merged.append(m)
        self.mentions = merged
        self.venues = [m for m in mentions if m.venue]
        self.triggers = triggers
        self.number = number
        self.text = text
        self.offset = offset
        self.reports = {t.start for t in triggers if t.rule.frame == "report"}
        self.registry = registry  # (the kinds of the actors named)

    def relatives(self) -> list:
        """Spans of non-restrictive relative clauses: ", which ... ," / ", who ... ,"."""
        return _relative_clauses(self.doc, self.s0, self.s1)

    def route_end(self, m) -> bool:
        """Whether *m* is an end in a route's description ("the only road linking
        Nagorno-Karabakh with Armenia"): the road, named at its noun, is the subject."""
        k = m.start - 1
        while k >= max(self.s0, m.start - 8):
            word = self.doc[k].lower_
            route = next((x for x in self.mentions if x.start <= k < x.end and x is not m), None)
            if route is not None and self.doc[route.start].lower_ in ROUTE_NOUNS:
                return True
            if route is None and word not in ROUTE_LINKS | ROUTE_JOINS | {"the", "leading"}:
                return False
            k = route.start - 1 if route is not None else k - 1
        return False

    def _restrictive_antecedent(self, head, exclude) -> list:
        """ "the OSCE Minsk Group that mediated the conflict": a restrictive relative's
        antecedent right before its "that", or []."""
        k = head - 1
        while k > self.s0 and self.doc[k].lower_ in RESTRICTIVE_GAP:
            k -= 1
        if k > self.s0 and self.doc[k].lower_ == "that":
            before = [m for m in self.mentions if m.end == k and m.label not in ("ADJ", "PAIR")]
            if before and before[0] not in exclude and before[0].actor:
                m = before[0]
                j = m.start - 1 - (m.start - 1 > self.s0 and self.doc[m.start - 1].lower_ == "the")
                prep = self.doc[j].lower_ if j >= self.s0 else ""
                kind = (self.registry.get(m.actor) or {}).get("kind")
                # ("the strike on Armenia that killed": the strike's; but "a co-chair of the
                # OSCE Minsk Group that mediated", "against the ethnic Armenian forces that
                # have controlled": the group's)
                if prep in ANTECEDENT_PREPS and kind == "state":
                    return []
                return [m]
        return []

    def subject(self, head, left, exclude=(), any_prep=False):
        antecedent = self._relative_subject(head, exclude)
        if antecedent is not None:
            return antecedent
        # "Relations were strained after a gunman attacked the embassy": the subordinate
        # clause's subject follows its conjunction, nothing before it is the verb's subject
        for i in range(head - 1, max(left, self.s0) - 1, -1):
            word = self.doc[i].lower_
            nxt = self.doc[i + 1].lower_ if i + 1 < head else ""
            if word in SUBORDINATE_CONJUNCTIONS or (
                word in CLAUSE_OPENERS and nxt in ("a", "an", "he", "she", "it", "they", "we")
            ):
                left = i + 1
                break
        cands = [
            m
            for m in self.mentions
            if left <= m.start
            and m.end <= head
            and m.label != "DEED"  # ("Baku condemned the move, and Y said": no subject)
            # ("a Russian-brokered truce": the broker qualifies the noun, no subject of it)
            and not _hyphen_qualifier(self.doc, m, self.s1)
        ]
        closed = self._closed_spans(left, head)
        owner = self._whose_antecedent(left, head, closed)
        if owner is not None and owner not in exclude:
            return [owner]  # "... with Azerbaijan, whose army, helped by X, retook ...": its
        # ("troops stopped the enemy's advance and detained X": not X's captor)
        cands = [
            m
            for m in cands
            if not any(i < m.start and m.end <= j for i, j in closed)
            and not self._object_possessor(m, head)
            and not self._inside_object_before_phrase(m, head)
            and not self.route_end(m)
        ]
        for m in reversed(cands):
            if m.label == "RECIPROCAL" or m in exclude:
                continue
            if m.label == "ADJ" and not (m.end == head or m.end == head - 1):
                continue
            if _told_that(self.doc, m, self.s0, self.s1):
                continue  # "Pashinyan told Power that the exodus amounted to ethnic cleansing"
            prev = _prev_word(self.doc, m, self.s0)
            named = _subject_after_preposition(self.doc, m, prev, head, self.s0)
            if not any_prep and prev in SUBJECT_SKIP and not named:
                # (not "the region of X is ...": the "of" names the region itself)
                gap = [t.text for t in self.doc[m.end : head]]
                absolute = (
                    prev == "with"
                    and (not gap or (len(gap) == 1 and _manner_adverb(self.doc[m.end])))
                    and self.doc[head].lower_.endswith("ing")
                )  # "with Armenia's prime minister accusing Azerbaijan of ...", "with Turkey
                # openly backing Baku": its subject
                if (
                    not (prev in CLAUSE_OPENERS and len(gap) <= 4 and "," not in gap)
                    and not (prev in CLAUSE_OPENERS and _coordinated_verb(self.doc, m.end, head))
                    and not absolute
                    and not _authored_document(self.doc, m, head, self.s0)
                ):
                    continue  # "after Azerbaijan demanded ...": a clause, its subject
            group = _group_left(self.doc, self.mentions, m, self.s0)
            opening = _prev_word(self.doc, group[0], self.s0) == "of" and _opening_land(
                self.doc, _of_head(self.doc, group[0]), self.s0
            )
            if (
                not any_prep
                and not opening
                and len(group) > 1
                and group[0].start - 1 > self.s0  # (not a fragment's first word)
                and _prev_word(self.doc, group[0], self.s0) in SUBJECT_SKIP - CLAUSE_OPENERS
                and not self._absolute_subject(group, head)
            ):
                continue  # "the flare-up between A and B, agreeing ...": a list inside a phrase
            return self._along_with_before(group) + group + self._along_with_after(group, head)
        return []

    def _absolute_subject(self, group: list, head: int) -> bool:
        """Whether *group* is the subject of an absolute clause "with A and B V-ing" right
        before *head* ("fighting broke out, with Yerevan and Baku blaming each other")."""
        gap = self.doc[group[-1].end : head]
        w = group[0].start - 1  # ("spoke with A and B calling for ...": the partners of a
        # conversation, not an absolute clause)
        return (
            _prev_word(self.doc, group[0], self.s0) == "with"
            and not any(
                t.norm_ in CONVERSATION_VERBS or t.lower_ == "calls"
                for t in self.doc[max(self.s0, w - 4) : w]
            )
            and self.doc[head].lower_.endswith("ing")
            and (not len(gap) or (len(gap) == 1 and _manner_adverb(gap[0])))
        )

    def _attacked_place(self, m) -> bool:  # (before a verb of TOLL_VERBS)
        """Whether mention *m* is the target of an attack noun right before it ("assault on
        Armenian border areas")."""
        k = m.start - 1 - (m.start - 1 > self.s0 and self.doc[m.start - 1].lower_ == "the")
        return (
            k > self.s0
            and self.doc[k].lower_ in ("on", "against")
            and any(t.end == k and t.rule.type == "attack" for t in self.triggers)
        )

    def _relative_subject(self, head: int, exclude=()):
        """The subject a relative clause gives the verb at *head* ("Armenia, which seized the
        territory": the antecedent; "the forces that attacked"; "Azerbaijani forces beat
        Armenian soldiers they captured": the actor named before the soldiers, the pronoun's);
        else None."""
        for i, j in self.relatives():
            if (
                i < head <= j
                and self.doc[i].lower_ in ("which", "who")
                and not any(i < m.start < head for m in self.mentions)
            ):
                before = [m for m in self.mentions if m.end == i - 1 and m.label != "ADJ"]
                if before and before[0] not in exclude:
                    if self.doc[head].norm_ in TOLL_VERBS and self._attacked_place(before[0]):
                        return []  # "X's assault on Armenian border areas, which killed ...":
                    return [before[0]]  # the assault's, not the place's
        antecedent = self._restrictive_antecedent(head, exclude)
        if antecedent:
            return antecedent
        apposed = self._participle_apposition(head, exclude)
        if apposed is not None:
            return apposed
        relative = self._object_relative(head)
        if relative is None:
            return None
        before = [
            m
            for m in self.mentions
            if m.end <= relative.start and m.actor and m.label != "ADJ" and m not in exclude
        ]
        return before[-1:]

    def _participle_apposition(self, head: int, exclude=()):
        """The mention an apposition whose participle is at *head* describes: "the fighting
        over Nagorno-Karabakh, a region internationally recognised as part of Azerbaijan" (the
        region, though "over" stands before it); else None."""
        doc, k = self.doc, head - 1
        word = doc[head]
        if word.lower_ == word.norm_ or not word.lower_.endswith(("ed", "en", "wn", "ld")):
            return None  # (a participle: "recognised", "taken", "known", "held")
        while k > self.s0 and head - k <= APPOSITION_NOUN_REACH and doc[k].text != ",":
            if not (doc[k].is_lower and (doc[k].is_alpha or "-" in doc[k].text)):
                return None
            k -= 1
        if doc[k].text != "," or k + 1 >= head or doc[k + 1].lower_ not in ("a", "an"):
            return None
        before = [
            m
            for m in self.mentions
            if m.end == k and m.actor and m.label not in ("ADJ", "PAIR") and m not in exclude
        ]
        return before[:1] or None

    def _whose_antecedent(self, left: int, head: int, closed: list):
        """The mention before ", whose" when *head* is the verb of that relative clause ("...
        with Azerbaijan, whose army, helped by Turkish drones, retook the districts"): every
        mention between "whose" and *head* lies in a closed span; else None."""
        for k in range(head - 1, max(left, self.s0 + 1), -1):
            if self.doc[k].lower_ != "whose" or self.doc[k - 1].text != ",":
                continue
            owner = next((m for m in self.mentions if m.end == k - 1 and m.actor), None)
            inside = [m for m in self.mentions if k < m.start < head]
            if owner is not None and (self.registry.get(owner.actor) or {}).get("kind") == "person":
                state = _state_of(self.registry, owner.actor)
                if state and self.doc[k + 1].lower_ in WHOSE_STATE_NOUNS and head == k + 2:
                    # ("..., Putin, whose country brokered the truce": his state)
                    return replace(owner, actor=state, label="AGENT")
                return None  # ("Erdogan, whose government backed ...": his state's)
            spans = [(i, j) for i, j in closed if i != k]  # (not the "whose" span itself)
            words = {t.lower_ for t in self.doc[k + 1 : head]}
            if (
                owner is None
                or head <= k + 1  # ("whose mediation Moscow has called ...": its noun)
                or words & (HEDGE_SUBJECTS | {"is", "are", "was", "were"})  # (its own verb)
                or any(not any(i <= m.start and m.end <= j + 1 for i, j in spans) for m in inside)
            ):
                return None
            return owner
        return None

    def _object_relative(self, head: int):
        """The mention right before a subject pronoun that stands right before *head* (past
        "had", "still"): the antecedent of a relative clause, its object ("the Armenian
        soldiers they captured", "the villages it seized"); else None."""
        k = head - 1
        if self.doc[head].lower_ in MODAL_WORDS | {"must", "ought"}:
            return None  # ("told Azerbaijan it must reopen the road": the pronoun's clause)
        while k > self.s0 and self.doc[k].lower_ in RESTRICTIVE_GAP | {"still", "been"}:
            k -= 1
        if k <= self.s0 or self.doc[k].lower_ not in ("it", "they", "he", "she", "we"):
            return None
        m = next((m for m in self.mentions if m.end == k and m.actor), None)
        if m is not None and _prev_word(self.doc, m, self.s0) in TOLD_WORDS:
            return None  # ("told Mirzoyan they agreed": whom it was told, then what)
        return m

    def _along_with_after(self, group, head: int) -> list:
        """ "Russia, together with France, urged ...": the actors "along / together with"
        brings in between commas right after the subject group (else [])."""
        doc, k = self.doc, group[-1].end
        if not (
            k + 2 < head
            and doc[k].text == ","
            and doc[k + 1].lower_ in ("along", "together")
            and doc[k + 2].lower_ == "with"
        ):
            return []
        inside = [m for m in self.mentions if k + 3 <= m.start and m.end < head and m.actor]
        if not inside or doc[inside[0].start - 1].lower_ not in ("with", "the", "other"):
            return []
        more = _group_right(doc, self.mentions, inside[0], head)
        end = more[-1].end if more else inside[0].end
        return more if end < head and doc[end].text == "," else []

    def _along_with_before(self, group) -> list:
        """ "Russia, along with the other co-chairs, will continue ...": the actor before the
        comma that "along / together with" the subject group follows (else [])."""
        doc, k = self.doc, group[0].start - 1
        while k > self.s0 and doc[k].lower_ in ("the", "other", "its", "their", "his", "her"):
            k -= 1
        if not (
            k - 2 >= self.s0
            and doc[k].lower_ == "with"
            and doc[k - 1].lower_ in ("along", "together")
            and doc[k - 2].text == ","
        ):
            return []
        before = [m for m in self.mentions if m.end == k - 2 and m.actor and m.label != "ADJ"]
        return _group_left(doc, self.mentions, before[0], self.s0) if before else []

    def _closed_spans(self, left: int, head: int) -> list:
        """The spans before *head* whose mentions are no subject of it: relative clauses,
        participial clauses and a participle's agents between commas."""
        # "France, which co-chairs the Minsk Group, criticized ...": not the relative's object
        closed = [(i, j) for i, j in self.relatives() if j < head]
        closed += self._appositions(left, head)
        # "the forces, having violated the truce signed by A, B and C, attacked ...": a
        # participial clause up to the last comma before the verb, not the verb's subject
        for i in range(max(left, self.s0 + 1), head):
            if self.doc[i].lower_ == "having" and self.doc[i - 1].text == ",":
                commas = [k for k in range(i + 1, head) if self.doc[k].text == ","]
                if commas:
                    closed.append((i, commas[-1]))
            elif (
                self.doc[i - 1].text == ","
                and self.doc[i].is_lower
                and self.doc[i].lower_.endswith("ing")
                and len(self.doc[i]) > 5
                and self.doc[i].lower_ not in ("including", "according")
                and any(m.end == i - 1 for m in self.mentions)
            ):
                # "Power, visiting Armenia, urged Baku": a participle's phrase between commas
                # after its subject, up to the next comma before the verb
                end = next((k for k in range(i + 1, head) if self.doc[k].text == ","), None)
                if end is not None:
                    closed.append((i, end))
            # "the Minsk Group, whose co-chairs were A, B and C, mediated": a relative clause
            # of "whose", its list's commas included, up to the last comma before the verb
            if self.doc[i].lower_ == "whose" and self.doc[i - 1].text == ",":
                starts = {m.start for m in self.mentions}
                end = next(
                    (
                        k
                        for k in range(i + 1, head)
                        if self.doc[k].text == ","
                        and k + 1 not in starts
                        and not (self.doc[k + 1].lower_ == "the" and k + 2 in starts)
                    ),
                    None,
                )  # (the first comma that no name of the list follows)
                if end is not None:
                    closed.append((i, end))
            # "the Minsk Group, co-chaired by A, B and C, met": a participle's agents between
            # commas are not the verb's subject
            if self.doc[i].lower_ == "by" and self.doc[i - 1].lower_.endswith("ed"):
                opened = [k for k in range(max(left, i - 4), i - 1) if self.doc[k].text == ","]
                commas = [k for k in range(i + 1, head) if self.doc[k].text == ","]
                if opened and commas:
                    closed.append((opened[-1], commas[-1]))
        return closed

    def _appositions(self, left: int, head: int) -> list:
        """The appositions before *head* that describe the mention before them: "Turkey,
        Azerbaijan's closest ally, condemned ...", "Russia — a close ally of Armenia —
        criticized ...": their mentions are not the verb's subject."""
        doc, out = self.doc, []
        starts = {m.start for m in self.mentions}
        for m in self.mentions:
            i = m.end
            if not (left <= m.start and i + 2 < head and doc[i].text in (",", "—", "–")):
                continue
            close = next(
                (k for k in range(i + 2, min(head, i + 10)) if doc[k].text == doc[i].text), None
            )
            if close is None:
                continue
            first, second = doc[i + 1], doc[i + 2]
            owner = i + 1 in starts and any(
                x.start == i + 1 and x.end < close and doc[x.end].lower_ in ("'s", "’s")
                for x in self.mentions
            )
            described = (
                first.lower_ in ("a", "an", "the", "its", "his", "her", "their", "one")
                and second.is_alpha
                and second.is_lower
                and i + 2 not in starts
            )
            if owner or described:
                out.append((i, close))
        return out

    def _inside_object_before_phrase(self, m, head: int) -> bool:
        """Whether *m* stands inside the object of the clause that a "during" (or "in a",
        "at a") phrase holding the trigger *head* follows ("reiterated his demand on
        respecting Armenia's integrity during a phone call with Aliyev", "reiterated US
        support for Armenia during a call with X", "criticized Pashinyan at a press conference
        alongside Y": none of them is the caller); a speaker after a verb of saying ('...,"
        complained Foreign Minister X during a visit to Y') stays the subject."""
        doc = self.doc
        k = head - 1
        while k > m.end and (
            doc[k].lower_ in ("a", "an", "the", "his", "her", "their", "its", "joint")
            or doc[k].pos_ == "ADJ"
        ):
            k -= 1
        if not (
            doc[k].lower_ == "during"
            or (doc[k].lower_ in ("in", "at") and doc[k + 1].lower_ in ("a", "an"))
        ):  # ("in a phone call with"; not "its victory in liberating")
            return False
        prev = doc[m.start - 1] if m.start > self.s0 else None
        if prev is None or not (
            prev.is_alpha and prev.is_lower and prev.lower_ not in OBJECT_ENTRY_WORDS
        ):
            return False
        nxt = doc[m.end] if m.end < self.s1 else None
        if nxt is None or (prev.norm_ in SPEECH_NORMS and nxt.lower_ not in ("'s", "’s")):
            return False  # ('..., complained Minister X during a visit'; not "stressed X's")
        # a possessor ("Armenia's"), an object right before the phrase ("criticized Pashinyan
        # at a press conference"), or a qualifier of the object's noun ("US support"); not a
        # subject after an opening phrase ("Prior to the meeting Aliyev spoke in ...")
        return (
            nxt.lower_ in ("'s", "’s")
            or nxt.lower_ in PHRASE_OPENERS
            or (m.label != "PERSON" and nxt.is_alpha and nxt.is_lower)
        )

    def _object_possessor(self, m, head: int) -> bool:
        """Whether *m* owns the object of a verb before it, and a second verb follows that
        object ("stopped Armenia's advance, surrounded and detained ...")."""
        doc = self.doc
        if m.end + 2 >= head or doc[m.end].lower_ not in ("'s", "’s"):
            return False
        if not doc[head].lower_.endswith("ed"):
            return False  # ("untied Yerevan's hands and created new provocations": its acts)
        # the object's phrase runs to a comma or "and" with no verb or infinitive in it
        # ("called the Zionist regime's presence near Iran's borders a threat and urged")
        stop = next(
            (k for k in range(m.end + 2, min(head, m.end + 10)) if doc[k].lower_ in (",", "and")),
            None,
        )
        if stop is None or any(
            t.lower_.endswith("ed") or t.lower_ in ("to", "that", "which", "who")
            for t in doc[m.end + 1 : stop]
        ):
            return False  # ("Iran's readiness to develop ...": the readiness is Iran's)
        if doc[m.end + 1].lower_ in WELCOMED_NOUNS | DEED_NOUNS:
            return False  # ("Armenia's decision, as a gesture, to withdraw": its own act)
        k = m.start - 1
        if k >= self.s0 and doc[k].lower_ == "the":
            k -= 1
        return (
            k >= self.s0
            and doc[k].is_alpha
            and doc[k].is_lower
            and doc[k].lower_ not in SUBJECT_SKIP
            and doc[k].lower_ not in ("and", "or", "but", "that")
        )

    def obj(
        self,
        end,
        right,
        preps=None,
        skip=frozenset(),
        allow=frozenset(),
        places=False,
        people=False,
    ):
        for m in self.mentions:
            if m.start < end or m.end > right or m.label == "ADJ":
                continue
            if _parenthesised(self.doc, m, end, self.s1):
                continue  # "deployed a civilian mission (EUMA) to X": the name of the thing
            if _hyphen_qualifier(self.doc, m, self.s1):
                continue  # "a member of the Russia-led CSTO": a qualifier of the next noun
            if self._owner_of_person(m):
                continue  # "arrested the region's former state minister X": X
            prev = _prev_word(self.doc, m, self.s0)
            if prev in ("and", ",") and m.start - end >= 3:
                return []  # "X appealed to world leaders and the EU ...": a new clause
            gap = [t.text for t in self.doc[end : m.start]]
            if self._clause_between(end, m.start, gap):
                return []  # another clause's or predicate's object
            if (
                self._past_helper(end, m)
                or _backer_possessive(self.doc, m, self.s1)
                or _in_solidarity(self.doc, m, end)
            ):
                # "launched the offensive with the support of X", "with X's support", "closed
                # the border in solidarity with X": the helper's, the ally's
                return []
            if any(
                {a, b} & {","} and {a, b} & set(QUOTE_MARKS)
                for a, b in zip(gap, gap[1:], strict=False)
            ):
                return []  # '"... its aggression," spokeswoman X said': the quote has ended
            if prev == "as" and any(
                t.start == m.end or (t.start == m.end + 1 and self.doc[m.end].lower_.endswith("ly"))
                for t in self.triggers
            ):
                return []  # "accused X of the shelling as Blinken appealed ...": a new clause
            if prev in skip:
                continue
            if prev == "of" and _beside(self.doc, m, self.s0):
                continue  # "land south of X": a place beside X, not X
            if preps is not None and prev in TOPIC_PREPS:
                return []  # "a meeting on Azerbaijan's actions": the topic, not a party
            if (
                preps is not None
                and prev in OBJECT_SKIP
                and prev not in preps
                and not _delegation_head(self.doc, m, end + 1)
            ):
                continue  # "talks in Georgia": where, not with whom
            if preps is not None:
                if not self._partner_at(m, end, prev, preps):
                    return []
            elif prev in OBJECT_SKIP and not self._place_allowed(
                m, end, prev, allow, places, people
            ):
                continue  # (not "fired at X", "fire on X": the preposition is the trigger's)
            k = self.mentions.index(m)
            while k + 1 < len(self.mentions):
                nxt = self.mentions[k + 1]
                gap = self.doc[self.mentions[k].end : nxt.start]
                if not all(t.is_space or t.text in "()[]" for t in gap):
                    break
                if nxt.label == "PERSON":
                    m = nxt  # "the minister of the NK Republic (NKR) Ruben Vardanyan"
                    break
                k += 1
            group = _new_clause_subject_off(
                self.doc, _group_right(self.doc, self.mentions, m, self.s1), self.s1
            )
            return _named_members(self.doc, self.mentions, group, self.s1, self.registry) or group
        return []

    def _owner_of_person(self, m) -> bool:  # (TITLE_PARTS: only a title between)
        """Whether *m* owns or qualifies a person named a few words after it, with no comma
        between ("the region's former state minister Ruben Vardanyan", "Karabakh ex-minister
        Vardanyan")."""
        doc = self.doc
        if m.end >= self.s1 or not m.actor or m.label in ("PERSON", "PAIR", "RECIPROCAL"):
            return False
        owner = doc[m.end].lower_ in ("'s", "’s")
        return any(
            x.label == "PERSON"
            and x.actor
            and m.end < x.start <= m.end + (6 if owner else 2)
            and all(
                t.lower_ in TITLE_PARTS or (t.text in ("-", "–") and not t.whitespace_)
                for t in doc[m.end + owner : x.start]
            )
            for x in self.mentions
        )

    def _clause_between(self, end: int, start: int, gap: list) -> bool:
        """Whether another clause or predicate stands between *end* and a mention at *start*:
        ", and" or a second past verb ("X capitulated, and Y announced ...", "... and deployed
        X"), "with" and a participle ("retook the districts, with Turkey backing Baku"), an
        infinitive ("withdrew its bid to host the UN conference"), "and" and a second act
        after people ("thanked the delegation and (again) accused X")."""
        return (
            _new_clause(self.doc, gap, end, start)
            or _another_clause(gap)
            or self._infinitive_between(end, start)
            or self._and_act_between(end, start)
        )

    def _and_act_between(self, end: int, start: int) -> bool:
        """Whether "and", past an adverb ("again", "also"), then a past verb that starts a
        trigger stands between *end* and *start*, after the first word, when the first verb's
        object names people of its own (PERSONAL_OBJECTS): a second predicate with an object
        of its own ("thanked the delegation and accused Azerbaijan")."""
        starts = {t.start for t in self.triggers}
        for k in range(end + 1, start - 1):
            if self.doc[k].lower_ != "and" or not any(
                t.lower_ in PERSONAL_OBJECTS for t in self.doc[end:k]
            ):
                continue  # (but "welcomed the decision and urged Baku": the deed's parties)
            j = k + 1
            while j < start and (
                _manner_adverb(self.doc[j]) or self.doc[j].lower_ in ("again", "also", "then")
            ):
                j += 1
            word = self.doc[j]
            if (
                j < start
                and j in starts
                and word.is_lower
                and (word.lower_.endswith("ed") or word.lower_ in IRREGULAR_PAST)
            ):
                return True
        return False

    def _past_helper(self, end: int, m) -> bool:
        """Whether a helper's adjunct ("with the support of", "through the mediation of")
        stands between *end* and mention *m*: then *m* is the helper's, not the object."""
        return any(
            t.rule.frame == "helper"
            and end <= t.start
            and t.end <= m.start
            and self.doc[t.start].lower_ in ADJUNCT_PREPS
            for t in self.triggers
        )

    def _partner_at(self, m, end: int, prev: str, preps) -> bool:
        """Whether mention *m* is the partner of a mutual act whose words end at *end*."""
        gap = self.doc[end : m.start]
        # "met his Armenian counterpart Ararat Mirzoyan", "spoke by phone with his Armenian
        # counterpart Ararat Mirzoyan": the partner after its determiner, demonym and a word
        # for the partner (past the preposition)
        lead = 1 if len(gap) and gap[0].lower_ in preps else 0
        apposed = m.start - end <= 6 + lead and all(
            t.lower_ in PARTNER_WORDS or t.text[:1].isupper() or _hyphenated(self.doc, t)
            for t in gap[lead:]
        )  # ("ties with oil-rich Azerbaijan": a hyphenated adjective too)
        # "signed by the leaders of A, B and C": the states the leaders speak for
        words = [t.lower_ for t in gap]
        if len(words) >= 3 and words[-1] == "the":
            words = words[:-1]  # "met representatives of the Karabakh Armenians"
        apposed = (
            apposed
            or (len(words) >= 2 and words[-1] == "of" and set(words[:-1]) <= LEADER_WORDS)
            # "met with a delegation led by Senator X": the one who leads it
            or _delegation_head(self.doc, m, end + lead)
        )
        span = m.start - end - _venue_words(gap)  # ("talks in Moscow with X")
        # ("met separately and jointly with X": the manner adverbs and the "and" between them)
        span -= sum(
            1
            for k, t in enumerate(gap)
            if _manner_adverb(t)
            or (0 < k < len(gap) - 1 and t.lower_ == "and" and _manner_adverb(gap[k - 1]))
        )
        # ("a partner of the Netherlands": past the article, as "a partner of Russia")
        start = m.start - (
            1
            if m.start - 1 > end
            and self.doc[m.start - 1].lower_ == "the"
            and self.doc[end - 1].lower_ in RELATIONAL_NOUNS
            else 0
        )
        return apposed or not (span > 3 or (prev not in preps and start > end + 1))

    def _place_allowed(self, m, end: int, prev: str, allow, places: bool, people: bool) -> bool:
        """Whether mention *m*, after the preposition *prev* that usually makes it a place or
        a time ("in", "at", "by"), is the object all the same."""
        doc = self.doc
        return (
            prev in allow
            or _prep_in_trigger(doc, m, end)
            or (places and prev in PLACE_NOUN_PREPS and _after_place_noun(doc, m, end))
            or _delegation_head(doc, m, end)
            # ("food assistance to refugees in Armenia": the state that takes them in)
            or (
                people
                and prev == "in"
                and any(t.norm_ in AIDED_PEOPLE for t in doc[max(end, m.start - 4) : m.start])
            )
        )

    def _infinitive_between(self, end: int, start: int) -> bool:
        """Whether an infinitive ("to host") that is no trigger of its own stands between
        *end* and *start*, after the first word (the trigger's own "to")."""
        starts = {t.start for t in self.triggers}
        for i in range(end + 1, start - 1):
            b = self.doc[i + 1]
            if (
                self.doc[i].lower_ == "to"
                and b.is_alpha
                and b.is_lower
                and b.lower_ == b.norm_
                and b.lower_ not in _INFINITIVE_SKIP
                and b.i not in starts
            ):
                return True
        return False

    def _fire_source(self, trig, i: int) -> list:
        """Who an attack named by a noun came from: "a new attack from Armenia", "shelling
        from the Armenian side" (a state or armed group right after "from"; not a territory:
        "an attack from Nagorno-Karabakh" says where)."""
        doc = self.doc
        if (
            trig.rule.type != "attack"
            or i >= self.s1
            or doc[i].lower_ != "from"
            or not _nominal(doc, trig, self.s0)
        ):
            return []
        source = [m for m in self.mentions if m.actor and m.start in (i + 1, i + 2)][:1]
        if not source or (source[0].start == i + 2 and doc[i + 1].lower_ != "the"):
            return []
        if source[0].label == "ADJ" and not (
            source[0].end < self.s1 and doc[source[0].end].lower_ in ("side", "forces", "army")
        ):
            return []
        if source[0].label in ("TOWN",) or source[0].venue:
            return []
        end = source[0].end
        launched = any(
            t.norm_ in LAUNCH_VERBS for t in doc[max(self.s0, trig.start - 3) : trig.start]
        )
        if (doc[end - 1].lower_ in LAND_WORDS and launched) or (
            end < self.s1 and doc[end].lower_ in ("'s", "’s", "'", "’")
        ):
            # ("Azerbaijani forces launched an attack from Turkish territory": where the
            # launcher stood; "from Russia's peacekeepers' zone": where; but "shelling from
            # Armenian territory" says who fired)
            return []
        return source

    def _fired_from(self, trig, i: int) -> list:
        """ "the village was shelled from Azerbaijani positions", "hit by gunfire from the
        Armenian side": the side an attack's passive was fired from (its mention), else []."""
        doc = self.doc
        if trig.rule.type != "attack":
            return []
        i = _past_fire(doc, i, self.s1)
        if i + 1 >= self.s1 or doc[i].lower_ != "from" or not _passive(self, trig):
            return []
        k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        return [
            m
            for m in self.mentions
            if m.start == k
            and m.actor
            and (
                doc[m.end - 1].lower_ in FIRING_PLACES
                # ("from Armenian army positions": the arm, then its positions)
                or (m.end < self.s1 and doc[m.end].lower_ in FIRING_PLACES)
            )
        ][:1]

    def agent(self, trig):
        """A passive agent: "mediated by X", "X-brokered"."""
        doc = self.doc
        i = trig.end
        while i < self.s1 and doc[i].lower_ in AGENT_ADVERBS:
            i += 1
        i = _past_time(doc, i, self.s1)
        if source := self._fire_source(trig, i):
            return source  # "an attack from Armenia"
        if i + 1 < self.s1 and doc[i].lower_ in EFFORT_NOUNS and doc[i + 1].lower_ == "by":
            i += 1  # "the mediation efforts by X": the noun's compound head
        shared = _shared_agent(doc, i, self.s1)
        if shared != i and _alike_acts(self, trig, i, shared):
            i = shared
        if i < self.s1 and doc[i].lower_ == "by" and not _by_means(doc, i, self.mentions, self.s1):
            near = (i + 1, i + 2)
            for m in self.mentions:
                if _hyphen_qualifier(doc, m, self.s1) and m.start in near:
                    near = (m.end + 2,)  # "by the Armenia-backed separatists": the separatists
                    continue
                if m.start in near or (
                    i + 2 < m.start <= i + 7
                    and all(
                        t.is_title or t.is_upper or t.lower_ in AGENT_TITLE_WORDS
                        for t in doc[i + 1 : m.start]
                    )
                ):
                    # ("brokered by fellow OSCE Minsk Group co-chairs Russia and France")
                    k = self.mentions.index(m)
                    if (
                        k + 1 < len(self.mentions)
                        and m.end <= self.mentions[k + 1].start <= m.end + 2
                        and (m.end < self.mentions[k + 1].start or "co-chair" in m.text.lower())
                        and all(
                            t.lower_ in ("co-chairs", "co-chair", "members", "member", "-")
                            for t in doc[m.end : self.mentions[k + 1].start]
                        )
                    ):
                        m = self.mentions[k + 1]  # the co-chairs named, not their group
                    # "condemned by France, Germany and Russia": a list that ends with "and",
                    # unless its end is the subject of a verb after it ("after mediation by
                    # Russia, Armenia and Azerbaijan had agreed a truce")
                    group = _group_right(doc, self.mentions, m, self.s1)
                    end = group[-1].end
                    if (
                        len(group) > 2
                        and end < self.s1
                        and _verb_after(doc[end])
                        and not _reduced_relative(doc, trig, self.s0)
                    ):
                        group = _group_right(doc, self.mentions, m, self.s1, comma_ok=False)
                    return group
        if fired := self._fired_from(trig, i):
            return fired  # "the village was shelled from Azerbaijani positions"
        source = _request_source(doc, trig, self.mentions, self.s0)
        if source is not None:
            return _group_right(doc, self.mentions, source, self.s1)
        if doc[trig.end - 1].lower_ == "of" and doc[trig.start].norm_ in AGENT_OF_NOUNS:
            # "the encroachments of Azerbaijan on ...": the "of" phrase is the doer
            for m in self.mentions:
                if m.start in (trig.end, trig.end + 1) and m.actor and m.label != "ADJ":
                    return _group_right(doc, self.mentions, m, self.s1, comma_ok=False)
        for m in self.mentions:
            if m.end == trig.start - 1 and doc[m.end].text in ("-", "–"):
                return [m]
            if _demonym_of_act(doc, m, trig) or _armed_qualifier(doc, m, trig):
                return [m]
        return self.possessor(trig)

    def possessor(self, trig):
        """The possessor of a nominal trigger, its agent: "Azerbaijan's blockade of X",
        "Moscow's continued support of Y" (not "the ministry's statement about the blockade",
        whose possessor owns the statement)."""
        doc = self.doc
        if doc[trig.start].lower_ in ("'s", "’s"):
            # ("Aliyev's call with Blinken": a match that opens on the possessive, as "have")
            return [m for m in self.mentions if m.end == trig.start and m.actor][:1]
        if doc[trig.start].lower_.endswith("ed") and doc[trig.start].lower_ != "need":
            return []  # a verb ("stopped the enemy's advance and detained X"), no noun's owner
        i = _modifiers_start(doc, trig, self.s0) - 1
        if i <= self.s0 or doc[i].lower_ not in ("'s", "’s", "'"):
            return []
        owners = [m for m in self.mentions if m.end == i and m.actor and m.label != "ADJ"][:1]
        while owners and doc[owners[0].start - 1].lower_ in ("and", ","):
            # "Armenia's and Azerbaijan's desire", "Armenia's, Azerbaijan's desire": both own it
            j = owners[0].start - 2
            if j <= self.s0 or doc[j].lower_ not in ("'s", "’s"):
                if doc[j + 1].lower_ == "and":
                    # "Aliyev and Pashinyan's meeting": the two own it together
                    owners[:0] = [
                        m for m in self.mentions if m.end == j + 1 and m.actor and m.label != "ADJ"
                    ][:1]
                break
            more = [m for m in self.mentions if m.end == j and m.actor and m.label != "ADJ"]
            if not more:
                break
            owners.insert(0, more[0])
        return owners

    def nominal_agent(self, trig):
        """The agent and patient of a nominalised act: "the shelling of X by Y" (Y, X),
        "the closure of the road by Y" (Y, none), "the sending of fighters by Y" (Y, none)."""
        doc = self.doc
        aimed_type = trig.rule.type in AIMED_ACT_TYPES
        last = doc[trig.end - 1].lower_
        # ("an infringement on X by Y": the trigger may end with its own preposition)
        i = trig.end - 1 if last == "of" or (aimed_type and last in AIMED_PREPS) else trig.end
        if i >= self.s1:
            return [], []
        aimed = aimed_type and doc[i].lower_ in AIMED_PREPS
        if doc[i].lower_ != "of" and not aimed:
            return [], []
        if not _nominal(doc, trig, self.s0) and trig.start > self.s0 + 1:
            # "accused X of ...": a verb, not a nominalised act (a sentence that opens with
            # "Shelling of X by Y", "Intensive shelling of X by Y" opens with the noun)
            return [], []
        skip = _apposition_before_by(doc, i + 1, self.s1)
        for j in range(i + 1, min(self.s1, i + 10 + skip)):
            w = doc[j].lower_
            if (w in BOUNDARY_WORDS or w in SUBORDINATORS or w == ",") and not (
                skip and j < i + 1 + skip
            ):
                break
            if w == "by":
                agent = [m for m in self.mentions if m.start in (j + 1, j + 2) and m.actor]
                if aimed and (
                    doc[j - 1].lower_.endswith(("ed", "en"))
                    or any(
                        t.lower_ in NOT_DEED_NOUNS
                        for t in doc[max(self.s0, trig.start - 4) : trig.start]
                    )
                ):
                    # ("the attack on X and a position adopted by Y", "the investigation
                    # into the attack on X by Y": the participle's or the inquiry's agent)
                    return [], []
                if not agent:
                    return [], []
                patient = [
                    m for m in self.mentions if i < m.start and m.end <= j and m.label != "ADJ"
                ]
                group = _group_right(doc, self.mentions, agent[0], self.s1, comma_ok=False)
                return group, patient[:1]
        return [], []

    def between(self, end, right, stop=frozenset()):
        doc = self.doc
        for i in range(end, min(right, end + 8)):
            if doc[i].norm_ in stop:
                return []  # "work with X to reach a ceasefire between A and B": the goal's parties
            if doc[i].lower_ == "between":
                for m in self.mentions:
                    if m.start in (i + 1, i + 2):
                        group = _group_right(doc, self.mentions, m, self.s1)
                        return group
        return []

    def window(self, trig, n=4):
        # the sentence's tokens are made once (spaCy builds a Token object per index)
        if self._tokens is None:
            self._tokens = list(self.doc[self.s0 : self.s1])
        lo = max(self.s0, trig.start - n)
        return self._tokens[lo - self.s0 : trig.start - self.s0]


def _apposition_before_by(doc, start: int, s1: int) -> int:
    """How many tokens from *start* an apposition takes before "by" ("the arrest of Ruben
    Vardanyan, the former state minister of the region, by Azerbaijani border guards"): from
    the first comma within six tokens to the comma right before "by"; 0 where there is none."""
    first = next((k for k in range(start, min(s1, start + 6)) if doc[k].text == ","), None)
    if first is None or first + 1 >= s1:
        return 0
    if not (doc[first + 1].lower_ in ("a", "an", "the") or doc[first + 1].is_title):
        return 0  # ("the blockade of X, published last week, by Y": a participle's agent)
    for k in range(first + 1, min(s1 - 1, first + 14)):
        w = doc[k].lower_
        if w in BOUNDARY_WORDS or w in SUBORDINATORS or w in ("and", "said"):
            return 0
        if doc[k].text == "," and doc[k + 1].lower_ == "by":
            return k + 1 - start
    return 0


def _hyphenated(doc, t) -> bool:
    """A token of a hyphenated word ("oil", "-", "rich" in "oil-rich")."""
    return (
        t.text == "-"
        or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i].whitespace_)
        or (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
    )


def _connected_to(doc, sent, start: int, right: int) -> list:
    """The second place of "connecting A to / with B" (an apposition or a parenthesis after A
    may stand between: "links the capital, Stepanakert, to Armenia")."""
    for i in range(start, min(right, start + 8)):
        w = doc[i].lower_
        if w in BOUNDARY_WORDS or w in SUBORDINATORS:
            return []
        if w in ("to", "with"):
            return [m for m in sent.mentions if m.actor and m.start in (i + 1, i + 2)][:1]
    return []


#: Words that start a noun phrase or stand between its modifiers and what comes before.
_NP_STOPS = SUBJECT_SKIP | {"the", "a", "an", "its", "their", "his", "her", "this", "these"}
_NP_STOPS = _NP_STOPS | {"that", "those", "and", "or", "our", "'s", "’s", "'"}
_NP_STOPS = _NP_STOPS | {"will", "would", "shall", "should", "can", "could", "may", "might"}
_NP_STOPS = _NP_STOPS | {"must", "has", "have", "had", "is", "are", "was", "were", "be", "been"}
_NP_STOPS = _NP_STOPS | {"do", "does", "did", "not", "never", "also", "to", "who", "which"}
#: Prepositions whose object is a nominalised act the clause's subject did not do ("Baku
#: spoke about the blockade", "Russia voiced concern over the shelling of X").
NOMINAL_GOVERNORS = frozenset(
    ["about", "over", "on", "regarding", "concerning", "amid", "against", "into", "to"]
)


#: Nouns whose "of" phrase names the forum of an act ("the framework of the Minsk Group").
FORUM_NOUNS = frozenset(["framework", "auspices", "aegis", "format", "umbrella", "platform"])


def _in_forum(doc, m, s0: int) -> bool:
    """Whether mention *m* follows "the framework / auspices / format of (the)"."""
    k = m.start - 1
    if k > s0 and doc[k].lower_ == "the":
        k -= 1
    return k - 1 >= s0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in FORUM_NOUNS


def _his_own(sent, trig) -> list:
    """ "Putin spoke with Pashinyan after his phone call with Aliyev": the person who owns a
    call or meeting by "his" / "her" is the one person named before it (past partners after
    "with"), else no one."""
    i = _modifiers_start(sent.doc, trig, sent.s0) - 1
    if i < sent.s0 or sent.doc[i].lower_ not in ("his", "her"):
        return []
    # only one person may own it: not a partner after "with" ("Putin spoke with Pashinyan
    # after his call"), and none when two could ("Pashinyan criticised Putin over his call")
    people = [
        m
        for m in sent.mentions
        if m.label == "PERSON"
        and m.actor
        and m.end <= i
        and _prev_word(sent.doc, m, sent.s0) != "with"
    ]
    return people if len({m.actor for m in people}) == 1 else []


def _modifiers_start(doc, trig, s0: int) -> int:
    """The first of the modifiers before a trigger noun: quotes, numbers, hyphenated compounds
    and up to three lower-case words ("the ongoing", "a 10-month", "months-long")."""
    i, words = trig.start, 0
    while i > s0:
        t = doc[i - 1]
        if t.is_quote or t.text in ("-", "–") or t.like_num:
            i -= 1
        elif t.is_alpha and t.is_lower and t.lower_ not in _NP_STOPS and words < 3:
            i -= 1
            words += 1
        elif (
            t.lower_ == "and"
            and words == 0
            and i - 2 > s0
            and doc[i - 2].is_alpha
            and doc[i - 2].is_lower
            and doc[i - 2].lower_ not in _NP_STOPS
            and doc[i - 3].lower_ in ("'s", "’s")
        ):
            i -= 2  # "Azerbaijan's provocative and aggressive actions"
            words += 1
        else:
            break
    return i


#: Verbs whose object is the subject's own act when it is a noun of one ("Azerbaijan announced
#: the closure of the corridor", "declared the start of an operation", "ordered the
#: withdrawal"), unlike "reported the shelling" or "confirmed the attack".
OWN_ACT_VERBS = frozenset(["announce", "declare", "order"])
#: The nouns of such an act: one's own decision to start, stop, close or open something ("the
#: bombardment of Stepanakert" an army announces may be the other side's).
OWN_ACT_NOUNS = frozenset(
    ["start", "beginning", "commencement", "launch", "closure", "suspension", "opening"]
    + ["resumption", "withdrawal", "halt", "end", "arrest", "detention", "deployment"]
)
#: Words after the act's noun phrase that make the announcement a judgement of it ("declared
#: the closure illegal", "announced the blockade was illegal").
JUDGED_AFTER = frozenset(
    ["illegal", "unlawful", "unacceptable", "invalid", "void", "null", "was", "is", "were"]
)


def _announced_own_act(sent, trig, reporters: dict) -> list:
    """ "Azerbaijan announced the closure of the Lachin corridor": the announcer of an act named
    by a noun right after the verb (and its article) is the act's agent; [] otherwise, and
    when the act has an agent of its own ("announced the capture of Shusha by his army")."""
    doc = sent.doc
    if doc[trig.start].lower_ not in OWN_ACT_NOUNS:
        return []
    if any(
        t.lower_ == "by" or t.lower_ in JUDGED_AFTER
        for t in doc[trig.end : min(sent.s1, trig.match_end + 8)]
    ):
        return []
    i = _modifiers_start(doc, trig, sent.s0) - 1
    if i < sent.s0 or doc[i].lower_ not in ("the", "a", "an"):
        return []
    i -= 1
    if i < sent.s0 or doc[i].norm_ not in OWN_ACT_VERBS:
        return []
    return reporters.get(i) or sent.subject(i, sent.s0)


def _governed(sent, trig) -> bool:
    """Whether a nominal trigger is the object of a preposition ("about the ongoing blockade",
    "over X and the shelling of Y"): then the clause's subject is not its agent."""
    doc = sent.doc
    i = _modifiers_start(doc, trig, sent.s0) - 1
    if i >= sent.s0 and doc[i].lower_ in ("its", "their"):
        return False  # "due to its invasion of Y": the possessive is the subject's own act
    if i >= sent.s0 and doc[i].lower_ in ("the", "a", "an", "this", "these"):
        i -= 1
    if i >= sent.s0 and doc[i].lower_ == "and":
        # "over Nagorno-Karabakh and the blockade": the conjunct before shares the preposition
        before = [m for m in sent.mentions if m.end == i]
        if before:
            i = before[0].start - 1
            while i >= sent.s0 and doc[i].lower_ in ("the", "a", "an"):
                i -= 1
    return i >= sent.s0 and doc[i].lower_ in NOMINAL_GOVERNORS


#: Verbs of a third party's watch over a truce ("monitor the ceasefire").
MONITOR_VERBS = frozenset(["monitor", "oversee", "supervise", "guarantee", "police"])


def _monitored(doc, trig, s0: int) -> bool:
    """Whether a truce noun is the object of a verb of watching over it ("jointly monitor the
    ceasefire", "to oversee the truce"): those who watch are no parties to it."""
    i = _modifiers_start(doc, trig, s0) - 1
    if i >= s0 and doc[i].lower_ in ("the", "a", "this", "its"):
        i -= 1
    return i >= s0 and doc[i].norm_ in MONITOR_VERBS


#: Prepositions whose noun's relative clause is no act of the clause's subject.
NOUN_PREPS = frozenset(
    ["over", "about", "following", "after", "amid", "despite", "of", "in", "on", "with"]
    + ["from", "against", "into", "during", "by", "regarding", "concerning", "to"]
)


#: Auxiliaries that may stand between a relative pronoun and its verb ("that would block").
RELATIVE_AUX = frozenset(["would", "could", "will", "can", "may", "might", "has", "have", "had"])


def _relative_of_noun(sent, trig) -> bool:
    """Whether a verb trigger opens a relative clause of a plain noun that a preposition or a
    judging verb governs ("following clashes that killed 100", "concern over the situation
    that threatens peace", "denounced the offensive that killed", "opposed any move that would
    block"): the noun is the verb's subject, and no actor. Not a verb's object ("launched an
    operation that targeted X": the subject's own act), not after a copula ("X is a region that
    broke away"), not a document ("a resolution that condemns X": its author's), and not
    "that" as a determiner ("repeated that proposal")."""
    doc, s0 = sent.doc, sent.s0
    r = trig.start - 1
    aux = r > s0 and doc[r].lower_ in RELATIVE_AUX
    if aux:
        r -= 1
    k = r - 1  # the noun
    return (
        k >= s0
        and doc[r].lower_ in ("that", "which")
        and doc[k].is_alpha
        and doc[k].is_lower
        and not any(m.start <= k < m.end for m in sent.mentions)
        and (aux or doc[trig.start].norm_ != doc[trig.start].lower_)
        and not any(t.lower_ in COPULAS for t in doc[max(s0, trig.start - 6) : trig.start])
        and doc[k].norm_ not in DOCUMENT_NOUNS
        and _governed_noun(doc, k, s0, sent.triggers, sent.mentions)
    )


def _governed_noun(doc, k: int, s0: int, triggers=(), mentions=()) -> bool:
    """Whether the noun at *k* (with its modifiers and determiner) is a preposition's object,
    or a judging verb's ("denounced the offensive that killed ...": not the judge's act)."""
    i, words = k - 1, 0
    while i >= s0 and words < 4:
        if (
            (doc[i].is_alpha or doc[i].text == "-")
            and doc[i].is_lower
            and doc[i].lower_ not in NOUN_PREPS
            and doc[i].lower_ not in _NP_STOPS
            # (a verb: "opposed any move"; but "drone" of the noun "drone strike" itself)
            and not any(t.start <= i < t.end and not t.start <= k < t.end for t in triggers)
        ):
            i, words = i - 1, words + 1  # "over the deteriorating situation that ..."
        elif any(m.start <= i < m.end and m.label == "ADJ" for m in mentions):
            i, words = i - 1, words + 1  # "the Azerbaijani drone strike that killed ..."
        elif doc[i].lower_ in ("'s", "’s") and i - 1 >= s0 and doc[i - 1].lower_ in WEEKDAYS:
            i, words = i - 2, words + 1  # "condemned Tuesday's strike that killed ..."
        else:
            break
    if i >= s0 and doc[i].lower_ in ("the", "a", "an", "this", "these", "its", "their", "any"):
        i -= 1
    judged = any(t.end == i + 1 and t.rule.type in JUDGING_TYPES | {"reject"} for t in triggers)
    return i >= s0 and (doc[i].lower_ in NOUN_PREPS or judged)


#: Nouns of a text whose author "the <noun>" stands for later ("the resolution").
AUTHORED_NOUNS = frozenset(["resolution", "resolutions"])
#: Verbs of making a text one's own ("adopted a resolution", "published a report").
AUTHOR_VERBS = frozenset(
    ["adopt", "adopted", "adopts", "pass", "passed", "passes", "approve", "approved"]
    + ["approves", "issue", "issued", "issues", "publish", "published", "publishes"]
    + ["release", "released", "releases", "table", "tabled", "draft", "drafted", "endorsed"]
)


def _note_documents(sent: _Sentence, discourse, registry) -> None:
    """Note the author of each resolution the sentence names, for "the resolution" later: the
    demonym or possessor before it ("the French resolution", "the European Parliament's
    resolution"), the actor after "by" / "of" / "from" ("a resolution by the European
    Parliament"), else the subject of the verb that adopted it ("the Senate passed a
    non-binding resolution")."""
    doc = sent.doc
    for i in range(sent.s0 + 1, sent.s1):
        if doc[i].lower_ not in AUTHORED_NOUNS or (i - 1 == sent.s0 and doc[i - 1].lower_ == "the"):
            continue  # ("The resolution ..." opening the sentence: the one noted before)
        named = [m for m in sent.mentions if m.actor and m.label != "PRONOUN"]
        author = next(
            (
                m
                for m in named
                if m.end == i or (m.end == i - 1 and doc[i - 1].lower_ in ("'s", "’s"))
            ),
            None,
        )
        if author is None and i + 2 < sent.s1 and doc[i + 1].lower_ in ("by", "of", "from"):
            author = next((m for m in named if m.start in (i + 2, i + 3)), None)
        if author is None:
            verbs = [k for k in range(max(sent.s0, i - 5), i) if doc[k].lower_ in AUTHOR_VERBS]
            if verbs:
                left, _ = _clause_bounds(doc, sent.s0, sent.s1, verbs[0], sent.reports)
                subject = [m for m in sent.subject(verbs[0], left) if m.actor]
                author = subject[0] if subject else None
        if author is not None and _actor_class(registry, author.actor) not in (
            "territory",
            "corridor",
        ):
            noun = doc[i].lower_.rstrip("s")
            discourse.last["document:" + noun] = author.actor
            discourse.document_at = sent.number


def _authored_document(doc, m, head: int, s0: int) -> bool:
    """Whether *m* is the author of a document that is the subject of the verb at *head*
    ("A statement by Armenia accused Azerbaijan of ...", "a letter from the ministry urged"):
    "<document> by / from" right before it, and only its own words (no verb) up to *head*."""
    k = m.start - 1
    if k > s0 and doc[k].lower_ == "the":
        k -= 1
    if k - 1 < s0 or doc[k].lower_ not in ("by", "from"):
        return False
    if doc[k - 1].lower_ not in DOCUMENT_NOUNS | {"statements", "letters", "resolutions"}:
        return False
    gap = doc[m.end : head]
    return len(gap) <= 3 and not any(t.is_punct for t in gap)


#: Nouns of a text that speaks for its author ("a resolution that condemns X").
DOCUMENT_NOUNS = frozenset(
    ["resolution", "statement", "declaration", "letter", "report", "document", "communique"]
)
#: Forms of "be" that make the noun after them stand for the subject ("X is a region that").
COPULAS = frozenset(["is", "was", "are", "were"])
#: Types of a verb whose bare plural object is a judged act, not one its subject did
#: ("condemned attacks on X", "denounced continued shelling").
JUDGING_TYPES = frozenset(["criticize", "disapprove"])


def _bare_judged_act(sent, trig) -> bool:
    """Whether a trigger with no determiner is a noun all the same: the object of a preposition
    ("concerned about continued attacks along the border") or of a judging verb ("condemned
    attacks on X"), so the clause's subject is the judge of the act, not its doer."""
    doc = sent.doc
    token = doc[trig.start]
    if token.lower_.endswith("ed") or trig.end - trig.start != 1:
        return False  # ("concerned about reports ... attacked"): a verb
    i = _modifiers_start(doc, trig, sent.s0)
    if i <= sent.s0:
        return False
    if doc[i - 1].lower_ in NOMINAL_GOVERNORS - {"to", "into", "on"}:
        return True
    # (the modifiers may have run back over the judging verb itself: "condemned continued")
    return any(
        i <= t.end <= trig.start and t.start < trig.start and t.rule.type in JUDGING_TYPES
        for t in sent.triggers
    )


#: Nouns that head an apposition naming a body ("the Minsk Group - a group within the OSCE").
BODY_NOUNS = frozenset(["group", "body", "format", "forum", "organisation", "organization"])


#: Words before a participle that make it a verb of its own clause, not a noun's modifier.
PARTICIPLE_HELPERS = frozenset(
    ["is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "and", "or"]
)


def _reduced_relative(doc, trig, s0: int) -> bool:
    """Whether the participle at *trig* modifies the noun right before it ("three truces
    brokered in October by Russia, France and the United States collapsed": the verb after the
    agents is the noun's, and the whole list brokered)."""
    word, k = doc[trig.start], trig.start - 1
    if {t.lower_ for t in doc[max(s0, k - 3) : k]} & OPENING_PREPS:
        return False  # ("after talks mediated by X, he and Y agreed": the main clause's)
    return (
        k > s0
        and word.lower_.endswith("ed")
        and doc[k].is_alpha
        and doc[k].is_lower
        and doc[k].lower_ not in PARTICIPLE_HELPERS
    )


def _blamed_on(sent, trig, right: int, registry) -> list:
    """The one an act is blamed on: "blamed the shelling of Tartar on Armenian forces", "has
    blamed the Barda strike on Armenia", "blamed the attack on Stepanakert on Azerbaijan" (not
    the act's place or victim): the group after an "on" of the clause past the matched act,
    when no one stands between the verb and the act ("blamed Baku for the attack on X": Baku);
    else []."""
    doc = sent.doc

    def doer(m) -> bool:  # (not a place: "the Barda strike", "the attack on Stepanakert")
        return m.label not in ("TOWN", "PLACE") and _actor_class(registry, m.actor) != "territory"

    if any(
        trig.end <= m.start < trig.match_end and m.label != "ADJ" and doer(m) for m in sent.mentions
    ):
        return []
    for k in range(trig.match_end - 1, min(right, trig.match_end + 8)):
        if doc[k].text in (",", ";") or doc[k].lower_ in ("and", "that", "which"):
            return []
        if doc[k].lower_ != "on":
            continue
        at = k + 2 if k + 2 < right and doc[k + 1].lower_ == "the" else k + 1
        named = [m for m in sent.mentions if m.start == at and m.actor and doer(m)]
        if named:
            return _group_right(doc, sent.mentions, named[0], sent.s1)
    return []


def _apposed_body(sent, inner, registry) -> list:
    """The body an apposition stands for: "the Minsk Group of the OSCE - a group within the
    OSCE chaired by ...": *inner* (the OSCE) is inside the apposition "a group within ...",
    whose antecedent before the dash or comma is the Minsk Group (the head of "X of Y")."""
    doc = sent.doc
    i = inner.start - 1
    while i > sent.s0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    i -= 1  # the preposition
    if i - 1 <= sent.s0 or doc[i].lower_ not in BODY_NOUNS:
        return []
    i -= 1
    while i > sent.s0 and (doc[i].lower_ in ("a", "an", "the") or doc[i].is_lower):
        i -= 1
    if doc[i].text not in (",", "-", "–", "—", "--"):
        return []
    before = [m for m in sent.mentions if m.end <= i and m.actor]
    if not before or before[-1].end < i:
        return []  # the antecedent must end right at the dash or comma
    head = before[-1]
    k = before.index(head)
    j = head.start - 1
    while j > sent.s0 and doc[j].lower_ in ("the", "a", "an"):
        j -= 1
    if k and doc[j].lower_ == "of" and before[k - 1].end == j:
        head = before[k - 1]  # "the Minsk Group of the OSCE": the Minsk Group
    if (registry.get(head.actor) or {}).get("kind") not in BODY_KINDS:
        return []
    return [head]


def _conflict_pair(sent, end: int, right) -> list:
    """The two parties of a conflict noun that follows token *end* closely ("concern over
    Armenia-Azerbaijan tensions", "the escalation ... between A and B"), else []."""
    for t2 in sent.triggers:
        if not (end <= t2.start <= end + 8) or t2.rule.type not in CONFLICT_NOUN_TYPES:
            continue
        pair = _hyphen_chain(sent, t2.start) or sent.between(t2.start, right)
        ids = [(m.actor, m) for m in pair if m.actor]
        return ids if len(ids) == 2 else []
    return []


#: Types of the conflict nouns whose pair a concern or call is about.
CONFLICT_NOUN_TYPES = frozenset(["dispute", "war", "attack"])


def _one_state(registry, parties) -> bool:
    """Whether *parties* (two or more) are all of one state ("Lavrov and Shoigu")."""
    states = {_state_of(registry, x) for x, _ in parties}
    return len(parties) >= 2 and len(states) == 1 and None not in states


def _each_others_act(sent, trig) -> bool:
    """ "A and B accused each other of violating the truce", "each side accusing the other of
    breaking them": the act after "each other of / for" is each party's, done to the other."""
    doc = sent.doc
    k = trig.start - 1
    if (
        k - 2 > sent.s0
        and doc[k].lower_ in ("of", "for")
        and [t.lower_ for t in doc[k - 2 : k]] == ["the", "other"]
        and "each" in {t.lower_ for t in doc[sent.s0 : k - 2]}
    ):
        return True  # ("each side accusing the other of breaking them")
    return any(
        m.label == "RECIPROCAL"
        and m.end < trig.start <= m.end + 2
        and sent.doc[m.end].lower_ in ("of", "for")
        for m in sent.mentions
    ) or any(
        # "the sides traded blame for violating the truce": each one's act, as "each other"
        t.rule.id == "trade_accusations"
        and t.match_end < trig.start <= t.match_end + 2
        and sent.doc[trig.start - 1].lower_ in ("of", "for", "over")
        for t in sent.triggers
    )


#: Words of time that, as possessors, make a determiner ("Thursday's attack").
TIME_POSSESSORS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    + ["yesterday", "today", "tonight", "week", "weekend", "month", "year"]
)


def _time_possessive(doc, i: int, s0: int) -> bool:
    """Whether the words before token *i* are a time's possessive ("Thursday's", "last
    week's"), which stands as a determiner of the noun at *i*."""
    return (
        i - 2 >= s0
        and i <= len(doc)
        and doc[i - 1].lower_ in ("'s", "’s")
        and doc[i - 2].lower_ in TIME_POSSESSORS
    )


#: Forms of verbs of asking whose bare object is a noun ("urge immediate ceasefire").
URGE_FORMS = ("urge", "urges", "urged", "urging", "demand", "demands", "demanded", "seek")


#: Words after a clause's subject that make it no demand: a tensed verb or auxiliary.
TENSED_WORDS = frozenset(
    ["is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did"]
    + ["does", "do", "might", "may"]
)


def _fought_for(sent, b: int) -> bool:
    """Whether a fight's verb or noun ending at *b* is followed by the side fought for
    ("fighting for Azerbaijan", "alongside Azerbaijani troops"; not "for control of X")."""
    doc = sent.doc
    if b + 2 >= sent.s1 or doc[b].lower_ not in ("for", "alongside", "beside"):
        return False
    if "control" in (doc[b + 1].lower_, doc[b + 2].lower_):
        return False
    return any(m.start in (b + 1, b + 2) and m.label != "TOWN" for m in sent.mentions)


def _bare_verb_after(doc, mentions, s1: int, k: int) -> bool:
    """Whether the clause from token *k* ("Armenia withdraw its troops", after "insisted that")
    has an actor for subject and then a bare verb or "must" / "should": a demand on the
    subject, not a claim ("that Armenia was observing the truce")."""
    subject = next((m for m in mentions if m.start in (k, k + 1) and m.actor), None)
    if subject is None or subject.end >= s1:
        return False
    if doc[k].lower_ in OWN_WORDS and not doc[k + 1].text[:1].isupper():
        return False  # (not "insisted that its peacekeepers remain": its own; but "that his
        # Armenian counterpart sign" is another's)
    verb = doc[subject.end]
    if verb.lower_ in ("must", "should"):
        # (not "should have accepted the deal": a reproach for the past)
        return not (subject.end + 1 < s1 and doc[subject.end + 1].lower_ == "have")
    return (
        verb.is_alpha
        and verb.is_lower
        and verb.lower_ not in TENSED_WORDS
        and verb.norm_ == verb.lower_
        and not verb.lower_.endswith("s")
    )


#: Possessives that make what follows the speaker's own ("its peacekeepers").
OWN_WORDS = frozenset(["its", "their", "his", "her", "our", "my"])
#: Verbs whose object is the one told, before "that" ("told Power that ...").
TELLING_VERBS = frozenset(["tell", "inform", "assure", "remind", "brief", "notify"])


def _told_that(doc, m, s0: int, s1: int) -> bool:
    """Whether *m* is the one told ("told Power that ...", "assured him that ..."): the
    object of a verb of telling right before it, "that" right after it; no doer of what
    follows."""
    return (
        m.end + 1 < s1
        and doc[m.end].lower_ == "that"
        and m.start - 1 >= s0
        and doc[m.start - 1].norm_ in TELLING_VERBS
        # (not "told Armenia that joining the ICC ...": the one told does the gerund)
        and not doc[m.end + 1].lower_.endswith("ing")
    )


def _parenthesised(doc, m, end: int, s1: int) -> bool:
    """Whether *m* stands in brackets after the words from *end* ("a mission (EUMA)")."""
    return (
        m.start - 1 > end and doc[m.start - 1].text == "(" and m.end < s1 and doc[m.end].text == ")"
    )


#: The words before an ally that make it the one an act is done for ("in solidarity with X").
SOLIDARITY_PHRASES = (
    ("in", "solidarity", "with"),
    ("in", "support", "of"),
    ("out", "of", "solidarity", "with"),
)


def _solidarity_at(doc, start: int, s0: int) -> int | None:
    """The first token of the phrase "in solidarity with", "in support of" or "out of
    solidarity with" that ends right before token *start*; else None."""
    for phrase in SOLIDARITY_PHRASES:
        k = start - len(phrase)
        if k >= s0 and tuple(t.lower_ for t in doc[k:start]) == phrase:
            return k
    return None


def _in_solidarity(doc, m, end: int) -> bool:
    """ "closed the border in 1993 in solidarity with Azerbaijan", "in support of Azerbaijan":
    the ally of the act, past its object (not "expressed its solidarity with Armenia", where it
    is the object)."""
    k = _solidarity_at(doc, m.start, 0)
    return k is not None and k >= end


def _demonym_of_act(doc, m, trig) -> bool:
    """Whether *m* is a demonym qualifying an act noun, so its doer: "Azerbaijani attacks",
    "condemns Azerbaijani 'attacks'", "Azerbaijani revenge killings" (one lower-case noun
    between)."""
    if m.label != "ADJ":
        return False
    if m.end == trig.start:
        return True
    between = doc[m.end] if m.end == trig.start - 1 else None
    return between is not None and (
        between.is_quote
        or (
            between.is_alpha
            and between.is_lower
            and not between.is_stop
            and between.norm_ not in VICTIM_NOUNS  # ("Armenian civilian killings")
        )
    )


def _armed_qualifier(doc, m, trig) -> bool:
    """Whether *m* is a side's arm qualifying an attack noun, so its doer: "killed in
    Azerbaijani drone strikes", "an Armenian army attack"."""
    return (
        m.label == "AGENT"
        and bool(m.actor)
        and m.end == trig.start
        and doc[m.end - 1].lower_ in WEAPON_QUALIFIERS
        and doc[trig.start].lower_ in ATTACK_NOUN_FORMS
    )


def _nominal(doc, trig, s0: int) -> bool:
    """Whether the trigger is a noun: after a determiner or preposition ("the blockade"), or
    after a determiner and one qualifying word ("the continued blockade", "a gross violation")."""
    start = trig.start
    while start > s0 and doc[start - 1].is_quote:
        start -= 1  # 'the ongoing "blockade"'
    if start <= s0:
        return False
    before = doc[start - 1]
    if before.lower_ in NOMINAL_BEFORE or _time_possessive(doc, start, s0):
        return True  # ("the blockade", "Thursday's attack")
    if (
        before.lower_ == "by"
        and not doc[start].lower_.endswith("ing")
        and trig.rule.type in ("attack", "blockade", "war", "occupy")
    ):
        return True  # ("concerned by strikes on X", not "by shelling X": a means)
    if (
        start - 2 >= s0
        and before.is_alpha
        and before.is_lower
        # ("urge immediate ceasefire": a headline's object with no article)
        and doc[start - 2].lower_ in ("the", "a", "an", "its", "their", "this") + URGE_FORMS
    ):
        return True
    # "the months-long blockade", "a 10-month siege": an article before compound modifiers
    # ("its six-month-old invasion" stays its subject's act)
    i = _modifiers_start(doc, trig, s0)
    compound = any(t.text in ("-", "–") or t.like_num or t.is_quote for t in doc[i:start])
    return compound and i > s0 and doc[i - 1].lower_ in ("the", "a", "an", "this")


#: Verbs whose subject does the blockade they name as a noun ("imposed a blockade of X").
BLOCKADE_DOING_VERBS = frozenset(
    ["impose", "maintain", "keep", "tighten", "continue", "enforce", "stage", "launch", "begin"]
    + ["start", "lift", "end", "ease", "extend", "establish", "set", "announce", "declare"]
)


def _spoken_of(doc, trig, s0: int) -> bool:
    """Whether a blockade named as a noun is the object of a verb that speaks of it ("raised
    the blockade of the corridor", "described the closure of the corridor as") or of a
    preposition of time ("during the blockade of X"), not of a verb that does it ("imposed a
    blockade of X")."""
    k = _modifiers_start(doc, trig, s0) - 1
    while k > s0 and doc[k].lower_ in ("the", "a", "an", "this", "its", "their"):
        k -= 1
    verb = doc[k] if k >= s0 else None
    if verb is not None and verb.lower_ in TIME_PREPOSITIONS and doc[k + 1].lower_ == "the":
        return True  # ("Residents queued for bread during the blockade of Karabakh")
    return (
        verb is not None
        and verb.is_alpha
        and verb.is_lower
        and verb.lower_ not in NOMINAL_BEFORE
        and verb.lemma_.lower() not in BLOCKADE_DOING_VERBS
        and doc[k + 1].lower_ in ("the", "a", "an", "this")
    )


#: Prepositions of time or cause before a blockade named ("during the blockade of X"): the
#: sentence's subject lives through it, it does not impose it.
TIME_PREPOSITIONS = frozenset(["during", "amid", "despite", "throughout", "since", "before"])


#: Words after a participle that leave it without an object ("liberated as a result of").
PASSIVE_FOLLOWERS = frozenset(
    ["as", "in", "during", "after", "from", "on", "at", "since", "following", "by", ",", "."]
    + [";", "(", "last", "earlier", "later", "from", "with", "under", "in", "for"]
)


def _reduced_passive(sent: _Sentence, trig: _Trigger, registry) -> bool:
    """A participle right after a territory ("Shusha (Shushi) liberated in ...", "the Fizuli
    region, also occupied in ...") or after people or forces ("freed 10 Armenian soldiers
    captured last month", "the peacekeeping force stationed in the region"): what the act was
    done to, or what it describes, not its doer."""
    doc = sent.doc
    token = doc[trig.start]
    if not token.lower_.endswith("ed") or trig.end - trig.start != 1:
        return False
    k = trig.start - 1
    while k >= sent.s0 and doc[k].lower_ in (",", ")", "also", "later", "then", "finally"):
        k -= 1
    nxt = doc[trig.end].lower_ if trig.end < sent.s1 else "."
    if nxt not in PASSIVE_FOLLOWERS:
        return False  # "the separatists in Karabakh refused to meet ...": a finite verb
    m = next((m for m in sent.mentions if m.end == k + 1), None)
    if m is None or m.actor is None:
        return False
    # "freed 10 Armenian soldiers captured last month" (the object of an act before them),
    # "the peacekeeping force stationed in the region" (forces deploy no one themselves):
    # people or forces the participle describes, not its doers ("Azerbaijani troops attacked
    # on Tuesday" stays an act)
    described = (
        k == trig.start - 1
        and doc[k].lower_ in DESCRIBED_PEOPLE
        and (
            trig.rule.type == "show_force"
            # (the object of an act that ends just before the people: "freed 10 more ...")
            or any(
                m.start - 4 <= t.end <= m.start
                and t.rule.frame != "report"
                and not any(x.is_punct for x in doc[t.end : m.start])
                and not any(t.end <= r.start < m.start for r in sent.triggers)
                for t in sent.triggers
            )
        )
    )
    return (registry.get(m.actor) or {}).get("kind") == "territory" or described


#: Nouns of people or forces a participle right after them describes ("soldiers captured last
#: month", "the force stationed in the region").
DESCRIBED_PEOPLE = frozenset(
    ["soldiers", "servicemen", "troops", "force", "forces", "peacekeepers", "civilians"]
    + ["prisoners", "detainees", "captives", "contingent", "units", "personnel", "fighters"]
)
#: Words after which a participle describes the noun that follows ("15 detained soldiers").
ATTRIBUTIVE_BEFORE = frozenset(
    ["the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "of", "all", "other"]
)


def _attributive(sent: _Sentence, trig: _Trigger) -> bool:
    """A participle used as an adjective before its noun ("the release of 15 detained
    soldiers", "the occupied territories"): it names a state of things, not an act of the
    sentence's subject."""
    doc = sent.doc
    token = doc[trig.start]
    if trig.end - trig.start != 1 or not token.lower_.endswith("ed") or trig.start <= sent.s0:
        return False
    before = doc[trig.start - 1]
    return before.lower_ in ATTRIBUTIVE_BEFORE or before.like_num


#: Quotation marks (and the "<" some agencies open quotes with).
QUOTE_MARKS = ('"', "“", "”", "«", "»", "<")
#: Kinds "we" may stand for.
WE_KINDS = frozenset({"state", "igo", "ngo", "armed_group", "political_group", "coalition"})


#: How many sentences on a quotation's "we" is still its last reported speaker's.
SPEAKER_REACH = 8


def _we(doc, mentions, triggers, discourse, registry, quoted: bool, number: int = 0):
    """ "We" in a quotation: the speaker (the actor next to a reporting verb of the sentence,
    '"...," the ministry said', else the last speaker of reported speech within SPEAKER_REACH
    sentences, else the last person named; a person speaks for himself, as the coders code
    '"We call on both sides ...," Zakharova said'), else the last state or organisation that
    was a subject; None outside quotations and reported speech."""
    if not quoted:
        return None
    person = _sentence_speaker(doc, mentions, triggers, discourse, number) or discourse.person
    if person:
        # (a speaker of no known state speaks for himself: "We condemn ...," said Kalin)
        if (registry.get(person) or {}).get("kind") == "person":
            return person
        state = _state_of(registry, person)
        if state is None and person in registry.gazetteer.actors:
            return person  # (a person the gazetteer knows, of no state in it)
        return state
    return discourse.subject  # a speaker of unknown affiliation


#: Categories of what a state does, not what its speaker says: '"We shelled their
#: positions," the minister said' is the state's act.
STATE_ACT_CATEGORIES = frozenset(
    ["conflict", "control", "membership", "coercion", "humanitarian", "geography"]
)
#: ... and the state's acts of other categories ('"We will deliver weapons," Macron said').
WE_STATE_TYPES = frozenset(["military_aid", "aid", "material_cooperation"])


_SOURCE_SPAN = re.compile(r"source \d+-\d+")


def _given_through(sent: _Sentence, c) -> bool:
    """Whether *c* gives aid or money to a body it is only given through ("provided 1 million
    pounds through the International Committee of the Red Cross"): a channel, not the one
    helped."""
    if c.rule not in ("give_money", "humanitarian_aid", "aid"):
        return False
    a, b = _trigger_chars(c, "target")
    target = sent.doc.char_span(a, b, alignment_mode="expand") if a >= 0 else None
    if target is None or target[0].lower_ in ("government", "authorities"):
        return False  # ("through the government of Armenia": the government is helped)
    doc, k = sent.doc, target.start
    while k > sent.s0 and doc[k - 1].lower_ in ("the", "a", "an", "its"):
        k -= 1
    return k > sent.s0 and doc[k - 1].lower_ in ("through", "via")


def _named_envoys_mediated(sent: _Sentence, found: list, registry) -> list:
    """Mediations between two states whose sentence names one person of each, after the
    trigger: those persons are the parties ("hosted separate talks with the foreign ministers
    of the two countries, Zohrab Mnatsakanyan of Armenia and Jeyhun Bayramov of Azerbaijan")."""
    heads = [c.head for c in found if c.type == "mediate" and len(c.between or ()) == 2]
    if not heads:
        return found
    persons: dict = {}
    for m in sent.mentions:
        if (
            m.label == "PERSON"
            and m.actor
            and m.start > min(heads)
            and not (m.end < sent.s1 and sent.doc[m.end].lower_ in ("'s", "’s"))
        ):
            persons.setdefault(_state_of(registry, m.actor), {})[m.actor] = m
    out = []
    for c in found:
        named = [persons.get(x, {}) for x in (c.between or ())]
        if (
            c.type == "mediate"
            and len(named) == 2
            and all(len(n) == 1 for n in named)
            and c.target in (c.between or ())
            and _state_of(registry, c.source) not in c.between
        ):
            by_state = {x: next(iter(n.values())) for x, n in zip(c.between, named, strict=True)}
            m = by_state[c.target]
            first = min(n.start for n in by_state.values())
            if first > c.head and not _act_between(sent, c.head, first):
                c = replace(
                    c,
                    target=m.actor,
                    between=[by_state[x].actor for x in c.between],
                    spans=_TARGET_SPAN.sub(f"target {m.char[0]}-{m.char[1]}", c.spans or ""),
                )
        out.append(c)
    return out


_TARGET_SPAN = re.compile(r"target \d+-\d+")


def _act_between(sent: _Sentence, head: int, end: int) -> bool:
    """Whether another act or a clause break stands between a mediation's trigger and the
    persons after it ("EU mediation stalled after Aliyev declined to attend a meeting with
    Pashinyan": the persons are the decliner's, not the mediation's)."""
    doc = sent.doc
    if any(
        t.text in (";", ":")
        or t.lower_ in MEDIATION_CLAUSE_BREAKS
        or t.norm_ in ("say", "recall", "add", "tell")
        or (t.text == "," and t.i + 1 < end and doc[t.i + 1].lower_ == "and")
        for t in doc[head:end]
    ):
        return True
    return any(
        head < t.start < end and t.rule.type not in TALK_TYPES_BEFORE_PARTIES for t in sent.triggers
    )


#: Words that open a clause of its own ("stalled after Aliyev declined ...", "the statement
#: that Aliyev signed with Pashinyan").
MEDIATION_CLAUSE_BREAKS = (
    CLAUSE_OPENERS
    | SUBORDINATE_CONJUNCTIONS
    | {"while", "that", "which", "who", "as", "although", "though", "but", "yet"}
)
#: Types of the talk words between a mediation's trigger and the parties named after it.
TALK_TYPES_BEFORE_PARTIES = frozenset(["mediate", "negotiate", "meet", "consult", None])


def _acts_of_we(sent: _Sentence, found: list, registry) -> list:
    """The relations of the sentence whose source is a "we" that `_we` read as a person and
    whose act is a state's (STATE_ACT_CATEGORIES): the person's state."""
    from ..vocabulary import relation_type_table

    we = {
        f"source {m.char[0]}-{m.char[1]}"
        for m in sent.mentions
        if m.label == "PRONOUN" and m.text.lower() == "we"
    }
    out = []
    for c in found:
        state = _state_of(registry, c.source)
        source = _SOURCE_SPAN.search(c.spans or "")
        if (
            source
            and source.group(0) in we
            and state
            and state != c.source
            and (
                relation_type_table()[c.type]["category"] in STATE_ACT_CATEGORIES
                or c.type in WE_STATE_TYPES
            )
        ):
            c = replace(c, source=state)
        out.append(c)
    return out


def _our(doc, mentions, triggers, discourse, registry, quoted: bool, number: int = 0):
    """ "Our government", "our army" in a quotation: the state of `_we`'s speaker."""
    we = _we(doc, mentions, triggers, discourse, registry, quoted, number)
    return _state_of(registry, we) if (registry.get(we) or {}).get("kind") == "person" else we


def _sentence_speaker(doc, mentions, triggers, discourse, number: int):
    """Who speaks a quotation of sentence *number*: the actor next to one of its reporting
    verbs, else the speaker whose turn it is, else the last speaker within SPEAKER_REACH
    sentences; None else."""
    speakers = _reported_speakers(doc, mentions, triggers)
    if speakers:
        return speakers[0]
    last = discourse.last_speaker
    recent = last[0] if last and 0 <= number - last[1] <= SPEAKER_REACH else None
    return discourse.turn or recent


def _reported_speakers(doc, mentions, triggers) -> list:
    """The actors next to a reporting verb of the sentence: right before it ('the ministry
    said'), or right after it, titles between ('said Turkish presidential spokesman Ibrahim
    Kalin')."""
    reports = [t for t in triggers if t.rule.frame == "report"]

    def after(m, t) -> bool:
        gap = doc[t.end : m.start]
        return 0 <= m.start - t.end <= 4 and not any(w.is_punct or w.lower_ == "that" for w in gap)

    return [
        m.actor
        for m in mentions
        if m.actor
        and m.label not in ("PRONOUN", "ADJ")
        and any(
            0 <= t.start - m.end <= 2 or 0 <= m.start - t.end <= 2 or after(m, t) for t in reports
        )
    ]


def _speaker(doc, mentions, triggers, discourse, registry, quoted: bool, number: int = 0, at=0):
    """ "I" (at token *at*) in a quotation: the subject of the nearest reporting verb before it
    ('Michel said Rama had told him: "I urge ..."': Rama), else the person next to a reporting
    verb of the sentence ('"...," Tsereteli said'), else the last person who spoke within
    SPEAKER_REACH sentences; None outside quotations and reported speech, or when that is no
    person (not merely the last person named: "Today I hosted President Aliyev")."""
    if not quoted:
        return None
    before = [t for t in triggers if t.rule.frame == "report" and t.end <= at]
    if before:
        verb = max(before, key=lambda t: t.start)
        teller = [
            m.actor
            for m in mentions
            if m.actor and m.label == "PERSON" and 0 <= verb.start - m.end <= 2
        ]
        if teller:
            return teller[-1]
    person = _sentence_speaker(doc, mentions, triggers, discourse, number)
    return person if (registry.get(person) or {}).get("kind") == "person" else None


#: How many sentences back "the spokesman" / "the minister" looks for the person it names.
TITLE_REACH = 3
#: The confidence factor of a relation with a party resolved from an earlier sentence.
ANAPHOR_FACTOR = 0.9
SPOKES_WORDS = frozenset(["spokesman", "spokeswoman", "spokesperson"])


def _title_key(words) -> str:
    text = " ".join(words)
    if " general" in text:
        # ("the Secretary General" is the Secretary-General, however the text hyphenates it)
        text = POSTPOSITIVE_GENERAL.sub(r"\1-general", text)
    return "spokesperson" if text in SPOKES_WORDS else text


#: Titles with a postpositive "general", written with or without the hyphen.
POSTPOSITIVE_GENERAL = re.compile(r"\b(secretary|director|attorney|inspector) general\b")


def _titles_of(m, doc, end: int, registry) -> set:
    """The titles a person is named with ("Foreign Minister Sergey Lavrov", "Sergey Lavrov,
    the foreign minister,"), and those the gazetteer gives the person in the text's year."""
    words = [w.strip(",.") for w in m.text.lower().split()]
    starts = range(len(words))
    if m.end < end and doc[m.end].text == ",":
        # an apposition: the title within the three words after the comma (in the sentence,
        # which ends at *end*)
        words = words + [t.lower_ for t in doc[m.end + 1 : min(end, m.end + 6)]]
        starts = [*starts, *range(len(starts), len(starts) + 3)]
    out = {
        _title_key(t.split())
        for t in TITLES
        if any(words[k : k + len(t.split())] == t.split() for k in starts)
    }
    year = registry.year
    for (_, title), held in registry.gazetteer.offices.items():
        for first, last, ident in held:
            if ident == m.actor and (
                year is None or first <= year <= (last if last is not None else 9999)
            ):
                out.add(_title_key(title))
    return out


def _titled_ahead(pipe, doc, spans, ents, registry, after: int, read: dict) -> list:
    """(sentence, person, titles) of every person the document names after sentence *after*,
    read ahead of the sentence loop for an office named before its holder (see
    _office_holder); the registry's memory of the sentence being read is kept. Each
    sentence's mentions go into *read* (number -> (memory before, mentions, memory after)),
    for the loop to take when it reaches the sentence with the same memory."""
    kept = registry.last_ministry, registry.last_territory
    out = []
    for number, (a, b) in enumerate(spans, start=1):
        if number <= after:
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        memory = (registry.last_ministry, registry.last_territory)
        named = find_mentions(
            doc,
            span.start,
            span.end,
            registry,
            pipe.head_norms,
            [e for e in ents if span.start <= e.start < span.end],
        )
        read[number] = (memory, list(named), registry.last_ministry)
        out.extend(
            (number, m.actor, _titles_of(m, doc, span.end, registry))
            for m in named
            if m.label == "PERSON" and m.actor
        )
    registry.last_ministry, registry.last_territory = kept
    return out


def _resolve_titles(mentions, doc, end: int, registry, discourse, number: int) -> list:
    """ "The spokesman urged ...": each TITLE mention becomes the person named with that
    title before (see _titled_person), or is dropped."""
    out = []
    for k, m in enumerate(mentions):
        if m.label == "TITLE":
            people = [
                (x.actor, _titles_of(x, doc, end, registry))
                for x in mentions[:k]
                if x.label == "PERSON" and x.actor
            ]
            person = _titled_person(m, people, discourse, number) or _holder_named_later(
                m, registry
            )
            if person is None:
                continue
            m = replace(m, actor=person, label="PERSON", anaphor=True)
        out.append(m)
    return out


def _holder_named_later(m, registry) -> str | None:
    """ "The Secretary-General is deeply concerned ... (Guterres named further on)": the one
    person of the gazetteer who holds the title in the text's year and whom the text names
    somewhere, else None."""
    key = _title_key(m.text.lower().split()[1:])
    year = registry.year
    if year is None:
        return None
    text = registry.text.lower()
    found = set()
    for (body, title), held in registry.gazetteer.offices.items():
        if _title_key(title) != key:
            continue
        if key == "secretary-general" and body != "un":
            continue  # "the Secretary-General" unqualified is the UN's
        for first, last, ident in held:
            name = ((registry.get(ident) or {}).get("name") or "").lower().split()
            if (
                first <= year <= (last if last is not None else 9999)
                and name
                and re.search(rf"\b{re.escape(name[-1])}\b", text)
            ):
                found.add(ident)
    if not found and key == "secretary-general" and not registry.year_until:
        # (only in a dated text: an undated one's latest year is no office-holder's)
        return _un_secretary_general(registry, text, year)
    return found.pop() if len(found) == 1 else None


#: Marks of a UN text (lower case): its name, or its Secretary-General's spokesperson.
UN_TEXT = re.compile(
    r"\bun\b|\bu\.n\.|united nations|spokes(?:person|man|woman) for the secretary-general"
)
#: Another body's Secretary-General (lower case): "the Secretary-General of the OSCE" (not
#: "of the United Nations").
OTHER_SECRETARY_GENERAL = re.compile(
    r"secretary[- ]general of (?!the united nations|the un\b|the u\.n\.)"
)
#: Another body's named before the title (as written): "OSCE Secretary General", "Hezbollah's
#: Secretary-General" (not "UN Secretary-General", "The Secretary-General").
NAMED_SECRETARY_GENERAL = re.compile(
    r"\b(?!UN\b|U\.N\.|The\b|the\b)[A-Z][A-Za-z.]*(?:'s|’s)? [Ss]ecretary[- ][Gg]eneral"
)


def _un_secretary_general(registry, text: str, year: int) -> str | None:
    """ "The Secretary-General calls on the sides ..." in a text that names no holder (a UN
    statement): the UN's Secretary-General of the text's year, when the text is the UN's ("UN",
    "United Nations", "the Spokesperson for the Secretary-General") and names no other
    Secretary-General ("the Secretary-General of the OSCE", "OSCE Secretary General") nor
    another body the gazetteer knows to have one (NATO, the CSTO, the Council of Europe) before
    the title."""
    if (
        not UN_TEXT.search(text)
        or OTHER_SECRETARY_GENERAL.search(text)
        or NAMED_SECRETARY_GENERAL.search(registry.text)
    ):
        return None
    # (a body named only after the title, "... asked the CSTO to hold consultations", leaves
    # the title the UN's)
    first_title = re.search(r"secretary[- ]general", text)
    before_title = text[: first_title.start()] if first_title else text
    holder = None
    for (body, title), held in registry.gazetteer.offices.items():
        if _title_key(title) != "secretary-general":
            continue
        if body != "un":
            names = [(registry.get(body) or {}).get("name") or ""] + [
                name for name, ident, _ in registry.gazetteer.names if ident == body
            ]
            if any(
                len(n) > 2 and re.search(rf"\b{re.escape(n.lower())}\b", before_title)
                for n in names
            ):
                return None
            continue
        holder = next(
            (
                ident
                for first, last, ident in held
                if first <= year <= (last if last is not None else 9999)
            ),
            holder,
        )
    return holder


def _titled_person(m, before: list, discourse, number: int) -> str | None:
    """ "the spokesman", "the foreign minister": the last person named with that title, in this
    sentence before it or in the TITLE_REACH sentences before, else the only one the text has
    named with it, else None."""
    key = _title_key(m.text.lower().split()[1:])

    def fits(title: str) -> bool:
        words = title.split()
        return title == key or (
            " " not in key
            and (words[-1] == key or words[0] == key == "secretary")
            and words[0] not in ("prime", "deputy", "vice")
        )

    found = [p for p, titles in before if any(fits(t) for t in titles)] or [
        p
        for n, p, titles in discourse.titled
        if any(fits(t) for t in titles) and n >= number - TITLE_REACH
    ]
    if found:
        return found[-1]
    # further back, only when the text has named one person with that title
    found = {p for _, p, titles in discourse.titled if any(fits(t) for t in titles)}
    return found.pop() if len(found) == 1 else None


#: A title or opening line that makes the text a body's own statement, where "we" outside
#: quotation marks is the body ("Statement by the Spokesperson on ...", "Joint statement").
_STATEMENT = re.compile(
    # (after a reference number a ministry puts first: "No:438/23, Statement of ...")
    r"^\s*(no\.?\s*:?\s*[\w/.-]+\s*[,:–-]\s*)?"
    r"(joint |press |official )?(statement|declaration|communiqu[eé]|press release|readout"
    r"|briefing|comment|commentary|remarks|information|note|news release)\b",
    re.IGNORECASE,
)


def _is_statement(title: str | None, first: str) -> bool:
    return any(_STATEMENT.match(t) for t in (title or "", first))


def _turn_colon(doc, k: int, s1: int) -> bool:
    """Whether a speaker's colon follows the name ending at *k*: "Putin: ...", or past an
    aside in brackets, "CLIP, Pashinyan (through interpreter): ..."."""
    if k < s1 and doc[k].text == ":":
        return True
    if k >= s1 or doc[k].text != "(":
        return False
    close = next((t.i for t in doc[k : min(s1, k + 8)] if t.text in (")", "):")), None)
    if close is None:
        return False
    return doc[close].text == "):" or (close + 1 < s1 and doc[close + 1].text == ":")


def _byline(doc, s0: int, s1: int) -> bool:
    """Whether the sentence is an author's byline with an office: "By Rauf Mammadli,
    Ambassador of the Republic of Azerbaijan to the United Kingdom"."""
    comma = next((t.i for t in doc[s0 : min(s1, s0 + 6)] if t.text == ","), None)
    return (
        s1 - s0 <= 30
        and doc[s0].text == "By"
        and comma is not None
        # (a name right after "By", every word of it capitalised: not "By recognising ...",
        # "By the end of 2024", "By signing the declaration, ...")
        and all(t.is_title or t.text in ("-", "'") for t in doc[s0 + 1 : comma])
        and any(t.lower_ in BYLINE_OFFICES for t in doc[comma:s1])
    )


#: Offices a byline gives its author ("By X, Ambassador of Y").
BYLINE_OFFICES = frozenset(
    ["ambassador", "minister", "envoy", "president", "representative", "speaker", "secretary"]
    + ["spokesperson", "spokesman", "spokeswoman", "chair", "chairman", "head", "member"]
    + ["deputy", "director", "commissioner", "ombudsman", "defender", "mayor", "senator"]
)


def _issuer(mentions, registry) -> str | None:
    """The body a statement's title or first line names ("Statement of the Ministry of
    Foreign Affairs of X"): its first actor that is not a place, else None."""
    return next(
        (
            m.actor
            for m in mentions
            if m.actor and m.label != "ADJ" and _actor_class(registry, m.actor) != "territory"
        ),
        None,
    )


def _state_of(registry, actor: str) -> str | None:
    """The actor itself if it is a state or organisation, else the first such parent."""
    return next(
        (a for a in registry.lineage(actor) if (registry.get(a) or {}).get("kind") in WE_KINDS),
        None,
    )


#: Opening and closing quotation marks.
OPEN_QUOTES = ('"', "“", "«")
CLOSE_QUOTES = ('"', "”", "»")


def _quote_blocks(spans, text) -> list:
    """(first, last) sentence numbers of quotations that run over several sentences: a
    sentence that opens a quotation it does not close, up to the sentence that closes it."""
    blocks, start = [], None
    for number, (a, b) in enumerate(spans, start=1):
        part = text[a:b]
        marks = sum(part.count(c) for c in set(OPEN_QUOTES + CLOSE_QUOTES))
        if start is None:
            if part.lstrip()[:1] in OPEN_QUOTES and marks % 2 == 1:
                start = number
        elif marks % 2 == 1 or (marks and part.lstrip()[:1] in OPEN_QUOTES):
            # the closing mark, or a new quoted paragraph that closes (the convention of
            # leaving a paragraph's quotation open when the next one continues it)
            blocks.append((start, number))
            start = None
        elif number - start > 6:
            start = None  # an unbalanced mark, not a quotation
    return blocks


def _quoted(out, spans, text, discourse, registry) -> list:
    """Acts stated inside a quotation that runs over several sentences and ends '..., the
    ministry said': reported by that speaker (alleged, and the speaker's accusation)."""
    from ..vocabulary import relation_type_table

    extra = []
    for first, last in _quote_blocks(spans, text):
        if last not in discourse.speakers:
            continue
        verb, ids = discourse.speakers[last]
        speaker = ids[0]
        for c in out:
            if (
                not first <= c.sentence < last
                or c.source in ids
                or c.rule in ("reported_accusation", "owned_war_elsewhere")
            ):
                continue
            if _own_side(registry, speaker, c.source) or not c.target:
                continue
            record = relation_type_table()[c.type]
            if c.status == "asserted":
                if record["sign"] < 0:
                    c.status = "alleged"  # (a reported meeting or agreement stays asserted)
                c.reported_by = speaker
            if (
                record["category"] in HOSTILE_CATEGORIES
                and record["sign"] < 0
                and not record["symmetric"]  # ("years of conflict", "clashes": no one charged)
                and not _exchanged(c, out)
            ):
                extra.append(_charge(c, speaker, "reported_accusation", trigger=verb))
    return extra


def _exchanged(c, out) -> bool:
    """The same hostile act each way in one sentence ("an exchange of fire between A and B"):
    a report of it charges neither side."""
    return any(
        o.type == c.type
        and o.source == c.target
        and o.target == c.source
        and o.sentence == c.sentence
        for o in out
    )


def _charge(c, accuser: str, rule: str, trigger: str | None = None):
    """The charge a hostile act stated by *accuser* implies: the accuser accuses the act's
    source (of aggression for fighting, else of a hostile act), with the act's sentence."""
    from ..vocabulary import relation_type_table

    fight = relation_type_table()[c.type]["category"] == "conflict"
    return replace(
        c,
        source=accuser,
        target=c.source,
        type="accuse_aggression" if fight else "accuse",
        status="alleged",
        rule=rule,
        confidence=round(c.confidence * 0.7, 4),
        trigger=trigger or c.trigger,
        spans=";".join(p for p in c.spans.split(";") if p.startswith("sentence")),
        between=None,
        reported_by=None,
    )


def _statement_charges(out, discourse, registry) -> list:
    """In a body's own statement ("Statement of the Ministry of Foreign Affairs of X" as its
    first line), a hostile act the body states of another party, with no speaker of its own,
    is the body's charge: alleged, and the body's accusation (rule ``statement_accusation``)."""
    from ..vocabulary import relation_type_table

    issuer, extra = discourse.issuer, []
    if not issuer:
        return extra
    for c in out:
        record = relation_type_table()[c.type]
        if (
            c.sentence == 1
            or c.status != "asserted"
            or c.reported_by
            or not c.target
            or record["category"] not in HOSTILE_CATEGORIES
            or record["sign"] >= 0
            or _own_side(registry, issuer, c.source)
            or _state_of(registry, c.source) == _state_of(registry, issuer)  # its own forces
        ):
            continue
        c.status, c.reported_by = "alleged", issuer
        extra.append(_charge(c, issuer, "statement_accusation"))
    return extra


def _own_side(registry, speaker: str, actor: str) -> bool:
    """Whether *actor* is the speaker or one of the bodies or states the speaker belongs to."""
    return actor in registry.lineage(speaker)


def _fellow_side(registry, speaker: str, actor: str, target: str | None = None) -> bool:
    """Whether *actor* fought on the speaker's side: Armenia and the Karabakh Armenian forces
    ("Armenia's defence ministry said ethnic Armenian forces had shot down two helicopters": a
    claim of success, not a charge against them); with *target*, only an act against their
    common foe, Azerbaijan ("... had attacked Armenian police" is a charge)."""
    states = _karabakh_states(registry)
    role = registry.gazetteer.role_defs.get("separatists")
    if not states or role is None:
        return False
    sides = {_state_of(registry, speaker) or speaker, _state_of(registry, actor) or actor}
    foe = target is None or _state_of(registry, target) == states[1]
    return sides == {states[0], role.id} and foe


#: Categories of the stances a person states for the state or body they speak for.
SPEAKER_STANCE_CATEGORIES = frozenset(
    ["accusation", "cooperation", "denial", "disapproval", "mediation", "demand"]
)
#: Types of those categories that are the state's acts, not a stance ("Our government has
#: sent aid to Georgia," he added: the state's aid).
STATE_ACT_TYPES = frozenset(["aid", "military_aid", "material_cooperation", "humanitarian_aid"])


def _personal(m) -> bool:
    """Whether mention *m* is a person "he" or "him" may stand for: one named, or a state's
    office named without its holder ("The Azerbaijani president spoke ... He warned": the
    state, as the office is read)."""
    return m.label == "PERSON" or m.office


def _speaker_stance(c, speaker: str, registry, doc=None) -> None:
    """ "Macron said France would continue to stand by Armenia", "Zakharova said Moscow was
    ready to host the talks": the stance a person states for their own state or body is the
    person's (the most specific actor the text names), as the coders code it. Renames the
    source of *c* in place; not a symmetric relation ("Pashinyan said Armenia and Azerbaijan
    had agreed ...": the two states)."""
    from ..vocabulary import relation_type_table

    record = relation_type_table()[c.type]
    if (
        (registry.get(speaker) or {}).get("kind") == "person"
        and c.source != speaker
        and not record["symmetric"]
        and record["category"] in SPEAKER_STANCE_CATEGORIES
        and c.type not in STATE_ACT_TYPES
        # ("Lavrov said Moscow had brokered a ceasefire": the state's mediation done, not a
        # stance; "ready to mediate" is one)
        and not (c.type == "mediate" and c.status in ("asserted", "historical"))
        # ("adding that Yerevan had asked the CSTO for help": the state's act done before)
        and not (doc is not None and "had" in [w.lower_ for w in doc[max(0, c.head - 3) : c.head]])
    ):
        c.source = speaker


def _asked_whether(sent: _Sentence, trig: _Trigger, left: int) -> bool:
    """Whether "asked whether" stands before the trigger in its clause ("Asked whether
    Azerbaijan intended to capture Armenian land, ...": what was asked, no act)."""
    doc = sent.doc
    return any(
        doc[k].lower_ == "whether" and doc[k - 1].norm_ == "ask"
        for k in range(max(left, sent.s0 + 1), trig.start)
    )


def _hypothetical(sent: _Sentence, trig: _Trigger, left: int) -> bool:
    """ "in the event of an attack", "in case of aggression": a condition, not an act; "asked
    whether Azerbaijan intended to capture ...": a question."""
    if _asked_whether(sent, trig, left):
        return True
    words = [t.lower_ for t in sent.window(trig, 5) if t.i >= left]
    if any(
        a in ("event", "case") and b == "of" and (k == 0 or words[k - 1] in ("the", "in"))
        for k, (a, b) in enumerate(zip(words, words[1:], strict=False))
    ):
        return True
    # "did not rule out a new military operation", "ruled out talks": kept open or refused,
    # not done
    near = [t for t in sent.window(trig, 5) if t.i >= left]
    for k in range(len(near) - 1):
        if (
            near[k].norm_ == "rule"
            and near[k + 1].lower_ == "out"
            and not any(t.text in (",", ";") for t in near[k + 2 :])
        ):
            return True  # (not "After Russia ruled out help, Azerbaijan attacked ...")
    wide = [t for t in sent.window(trig, 6) if t.i >= left]
    for k in range(len(wide) - 1):
        if (
            wide[k].lower_ in ("threat", "threats", "preparation", "preparations")
            and wide[k + 1].lower_ in ("of", "for")
            and trig.rule.type in THREATENED_TYPES
            and all(t.is_alpha for t in wide[k + 2 :])
        ):
            return True  # "made threats of military action", "preparations for aggression"
        if (
            wide[k].norm_ == "prepare"
            and wide[k].lower_ != "prepared"  # ("a prepared attack", "were prepared for")
            and trig.rule.type in THREATENED_TYPES
            and (
                any(t.lower_ in ("for", "to") for t in wide[k + 1 :])
                or len(wide) - k <= 4  # ("is preparing a new attack")
            )
            and all(t.is_alpha for t in wide[k + 1 :])
        ):
            return True  # "is preparing the ground for an attack", "preparing to attack"
    near = [t for t in sent.window(trig, 4) if t.i >= left]
    j = next((j for j, t in enumerate(near) if t.norm_ == "threaten"), None)
    if (
        j is not None
        and trig.rule.type != "threaten"
        # ("threatened to recognise X": any act; "threatened the truce": only a hostile one)
        and (
            trig.rule.type in THREATENED_TYPES or (j + 1 < len(near) and near[j + 1].lower_ == "to")
        )
        # (not "the threatened villages were shelled": an adjective, and a verb after it)
        and not (j > 0 and near[j - 1].lower_ in DETERMINERS)
        and all(
            t.is_alpha and t.lower_ not in ("and", "that", "which") and t.norm_ != "be"
            for t in near[j + 1 :]
        )
        # ("threatened to impose sanctions": the same act named twice is still one)
        and not any(
            near[j].i < t.start < trig.start and t.rule.type != trig.rule.type
            for t in sent.triggers
        )
    ):
        return True  # "threatened to attack Armenia", "threatened military action": not done
    k = next((j for j, t in enumerate(near) if t.lower_ in ("if", "unless")), None)
    if (
        k is not None
        and not any(t.is_punct for t in near[k:])
        and not (near[k].i > sent.s0 and sent.doc[near[k].i - 1].lower_ == "as")
    ):
        return True  # "warned of consequences if it joined the ICC": a condition
    # "Iran fears that Baku could seize territory", "Armenia warned that Azerbaijan may attack
    # Syunik": a feared or foretold possibility, not an act
    near = [t.lower_ for t in sent.window(trig, 4)]
    k = next((k for k, w in enumerate(near) if w in POSSIBLE_MODALS), None)
    if k is None or (
        k == 0 and not all(w.isalpha() and w not in ("and", "that", "which") for w in near)
    ):
        return False  # (four words back only in one phrase: "could launch a new war")
    return any(t.norm_ in FEAR_WORDS for t in sent.window(trig, 12))


#: Words after "no" that negate what follows them ("no longer", "no plans to").
NO_LONGER = frozenset(["longer", "plan", "plans", "intention", "intentions"])
#: Hostile acts that a threat before them makes threatened, not done ("threatened to attack",
#: "threatened sanctions"); a threatened truce or talks still exist.
THREATENED_TYPES = frozenset(
    ["attack", "war", "occupy", "control", "blockade", "coerce", "sanction", "reduce_relations"]
    + ["show_force", "interference", "mass_violence", "violate_ceasefire"]
)
#: Nouns after "war" that make it a compound naming no war ("war games", "war veterans").
NOT_WAR_COMPOUNDS = frozenset(
    ["game", "games", "veteran", "veterans", "crime", "crimes", "criminal", "criminals"]
    + ["hero", "heroes", "widow", "widows", "memorial", "correspondent", "correspondents"]
)
#: The last words of a side's arm that qualifies an attack noun ("Azerbaijani drone strikes",
#: "an Armenian army attack"), and the nouns it qualifies.
WEAPON_QUALIFIERS = frozenset(
    ["drone", "army", "artillery", "aviation", "military", "sniper", "mortar", "rocket"]
    + ["missile", "tank", "force"]
)
ATTACK_NOUN_FORMS = frozenset(
    ["strike", "strikes", "attack", "attacks", "shelling", "fire", "bombardment", "raid"]
    + ["raids", "assault", "offensive", "incursion", "bombing", "bombings"]
)
#: Modals of a possibility ("could seize"), and the words that make one feared.
POSSIBLE_MODALS = frozenset(["could", "might", "may"])
FEAR_WORDS = frozenset(
    ["fear", "worry", "afraid", "concern", "concerned", "anxious", "warn", "warning", "caution"]
)


#: Passive participles that undo an event named before them ("the meeting was cancelled").
UNDONE = frozenset(
    ["cancelled", "canceled", "postponed", "scrapped", "called off", "shelved"]
    + ["not planned", "not held", "not scheduled"]  # ("a call with X was not planned")
)


#: Words that may stand between a verb of cancelling and the event it undoes ("cancelled a
#: series of high-level visits", "called off the planned talks"); any other word ends the
#: phrase ("suspended funding to Baku at a meeting").
CANCELLED_PHRASE_WORDS = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "this", "these", "all", "any", "of"]
    + ["series", "round", "high", "level", "-", "–", "next", "further", "upcoming", "official"]
    + ["trilateral", "bilateral", "several", "state", "off", "'s", "’s"]
)
#: Verbs that undo the event named after them ("cancelled its visit", "called off talks").
CANCEL_VERBS = frozenset(["cancel", "postpone", "scrap", "shelve", "suspend", "axe"])


def _cancelled_before(sent: _Sentence, trig: _Trigger) -> bool:
    """ "cancelled a series of high-level visits to X", "called off the talks": a meeting,
    visit, call or talks that a verb of cancelling before it undoes (within its phrase)."""
    if trig.rule.type not in ("meet", "consult", "negotiate"):
        return False
    doc = sent.doc
    for k in range(trig.start - 1, max(sent.s0, trig.start - 8) - 1, -1):
        t = doc[k]
        if t.norm_ in CANCEL_VERBS or (
            t.norm_ == "call" and k + 1 < trig.start and doc[k + 1].lower_ == "off"
        ):
            return True
        if not (t.lower_ in CANCELLED_PHRASE_WORDS or t.like_num or t.lower_.endswith("ed")):
            return False  # ("suspended funding to Baku at a meeting": the meeting happened)
    return False


def _undone(sent: _Sentence, trig: _Trigger) -> bool:
    """ "The meeting between A and B was cancelled / has been postponed": the event did not
    happen; the participle follows a form of "be" within the next few words of the clause."""
    doc = sent.doc
    owned = trig.start > sent.s0 and doc[trig.start - 1].lower_ in ("'s", "’s")
    if not (_nominal(doc, trig, sent.s0) or owned or doc[trig.start].lower_ in ("'s", "’s")):
        # "A met B after the summit was cancelled": the verb's event happened (a match that
        # opens on a possessive is a noun: "Aliyev's call with Putin was cancelled")
        return False
    stop = min(sent.s1, trig.match_end + 10)
    others = {t.start for t in sent.triggers if t.start > trig.start}
    listed = {m.start - 1 for m in sent.mentions}  # (the commas of "between A, B and C")
    for k in range(trig.match_end, stop):
        t = doc[k]
        if (t.is_punct and t.text not in "-–" and not (t.text == "," and k in listed)) or (
            k in others
        ):
            return False
        pair = f"{t.lower_} {doc[k + 1].lower_}" if k + 1 < sent.s1 else ""
        if (
            (t.lower_ in UNDONE or pair in UNDONE)
            and k - 1 >= trig.match_end
            and doc[k - 1].lower_ in ("was", "were", "been", "be", "is", "are")
        ):
            return True
    return False


#: Words before a meeting noun that keep one away from it ("would not take part in a meeting
#: with", "pulled out of a planned meeting", "boycotted the talks").
STAYED_AWAY = frozenset(
    ["boycott", "boycotted", "boycotts", "boycotting", "skip", "skipped", "skips", "shun"]
    + ["shunned", "snub", "snubbed"]
)


def _stayed_away(sent: _Sentence, trig: _Trigger) -> bool:
    """ "Azerbaijan said it would not take part in a meeting with Armenia's foreign minister",
    "Aliyev pulled out of a planned five-way meeting", "refused to attend the talks",
    "boycotted the summit": a meeting one keeps away from is not held with them."""
    if not _nominal(sent.doc, trig, sent.s0):
        return False
    if "between" in [t.lower_ for t in sent.doc[trig.start : min(sent.s1, trig.match_end + 8)]]:
        return False  # ("Russia did not take part in the meeting between A and B": A and B met)
    words = [t.lower_ for t in sent.doc[max(sent.s0, trig.start - 7) : trig.start]]
    text = " ".join(words)
    return bool(STAYED_AWAY & set(words)) or any(
        phrase in text
        for phrase in (
            "not take part in",
            "not participate in",
            "not attend",
            "not join",
            "pulled out of",
            "pull out of",
            "pulls out of",
            "withdrew from",
            "refused to attend",
            "refused to take part",
            "declined to attend",
            "declined to take part",
        )
    )


#: Nouns after "no" in a subject that denies an act to all ("No state has recognised it").
NO_ONE_NOUNS = frozenset(
    ["state", "states", "country", "countries", "government", "governments", "member", "one"]
)


#: Words that may stand between "no state" and its verb ("No state, including Armenia, has
#: (ever) recognised").
NO_ONE_GAP = frozenset(
    [",", "including", "not", "even", "has", "have", "had", "ever", "yet", "formally"]
    + ["officially", "so", "far", "member", "un", "in", "the", "world", "-", "–", "—"]
)


def _no_one_subject(sent, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold only the rest of a "no state" subject before its verb
    (a list of those included, or auxiliaries): not "No one expected Armenia to"."""
    inside = {i for m in sent.mentions for i in range(m.start, m.end)}
    return all(i in inside or sent.doc[i].lower_ in NO_ONE_GAP for i in range(start, end))


#: Words after a "no" inside a match that leave it unnegated ("left no doubt of its support").
NO_GAP_IDIOMS = frozenset(["longer", "less", "more", "doubt", "matter", "end", "shortage"])


def _negated_inside(doc, trig: _Trigger) -> bool:
    """Whether a negation inside the trigger's own words negates it: "Armenia is not / no
    longer an ally of X" (not "not only an ally"), "gave no backing to X", "voiced no support
    for" ("no" in a pattern's gap)."""
    if trig.rule.id == "allies" and any(
        doc[k].lower_ in ("not", "never", "no", "n't")
        and doc[k + 1].lower_ not in ("only", "just", "merely", "simply")
        and not (doc[k + 1].lower_ == "longer" and doc[k + 2].lower_ in ("only", "just"))
        for k in range(trig.start, trig.match_end)
    ):
        return True
    return any(
        doc[k].lower_ == "no" and doc[k + 1].lower_ not in NO_GAP_IDIOMS
        for k in range(trig.start + 1, trig.match_end - 1)
    )


def _negated(sent: _Sentence, trig: _Trigger, left: int) -> bool:
    if trig.rule.frame in ("mutual", "mediate") and _undone(sent, trig):
        return True  # (also "the trilateral meeting of A, B and C was postponed")
    if trig.rule.type in MEETING_TYPES and _stayed_away(sent, trig):
        return True
    if _cancelled_before(sent, trig):
        return True  # "Washington had cancelled a series of visits to Azerbaijan"
    doc = sent.doc
    if trig.rule.id == "recognize" and any(
        doc[k].lower_ == "no"
        and doc[k + 1].lower_ in NO_ONE_NOUNS
        and _no_one_subject(sent, k + 2, trig.start)
        for k in range(max(left, sent.s0), trig.start)
    ):
        return True  # "No state, including Armenia, has recognised it"
    if _negated_inside(doc, trig):
        return True
    if trig.rule.type in ("control", "occupy") and any(
        t.norm_ == "lose" for t in sent.window(trig, 2) if t.i >= left
    ):
        return True  # "Azerbaijan lost control over X": the control is gone
    tokens = [t for t in sent.window(trig, 4) if t.i >= left]
    owner = [k for k, t in enumerate(tokens) if t.lower_ in ("'s", "’s")]
    if owner and sent.doc[trig.start].lower_ not in RELATIONAL_NOUNS:
        # ("Russia is not Armenia's security guarantor": the relation itself is negated)
        # "would not accept Azerbaijan's demand": the negation is of the verb before the
        # possessor's noun phrase, not of the act the noun names
        tokens = tokens[owner[-1] + 1 :]
    words = [t.norm_ for t in tokens]
    for k, w in enumerate(words):
        if (
            w in REFUSAL_NOUNS
            and words[k + 1 : k + 2] == ["to"]
            and all(t.lower_.endswith("ly") for t in tokens[k + 2 :])
            and not (k and words[k - 1] in ("no", "not", "never"))  # "no reluctance to"
        ):
            return True  # "its reluctance to (immediately) free", "is unwilling to sign" (not
            # "despite its earlier reluctance, it freed", "its refusal to help angered X")
        if w in NEGATORS:
            if w == "yet" and (k + 1 >= len(words) or words[k + 1] != "to"):
                continue
            passive = doc[tokens[k].i - 1].lower_ in BE_FORMS or "been" in words[k + 1 :]
            if (
                passive or _reported_subject_is_no_actor(sent, tokens[k].i)
            ) and _new_predicate_after(tokens[k + 1 :], doc[trig.start]):
                # "X said the issue had not been resolved and called on Baku", "X said its
                # forces were not involved and accused Y": X's (not "X said Y had not attacked
                # and killed ...": Y's, negated)
                continue
            if w == "not" and k + 1 < len(words) and words[k + 1] == "only":
                continue  # "not only recognised X but also ...": no negation
            if w == "no" and k + 1 < len(words) and tokens[k + 1].lower_ in NO_LONGER:
                return True  # "no longer has close ties", "has no plans to apply"
            # "no" only negates the word right after it ("no talks")
            if w == "no" and k < len(words) - 2:
                continue
            return True
    # "No state, not even Armenia, ever recognised X": "ever" after a negative subject
    if tokens and tokens[-1].lower_ == "ever":
        back = [t.lower_ for t in sent.window(trig, 12) if t.i >= left]
        # ("not even Armenia", "no state"; not "it was not the first time ... had ever")
        not_even = any(a == "not" and b == "even" for a, b in zip(back, back[1:], strict=False))
        if not_even or set(back) & {"no", "none", "nobody", "neither", "nor"}:
            return True
    # "without assuming the role of a mediator": "without" and a gerund a little further back;
    # "without any (third-party) mediator", "without mediators": the noun it governs
    wide = [t for t in sent.window(trig, 7) if t.i >= left]
    return any(
        t.lower_ == "without"
        and (
            (k + 1 < len(wide) and wide[k + 1].lower_.endswith("ing"))
            or all(w.lower_ in WITHOUT_GAP or w.text in "-–" for w in wide[k + 1 :])
        )
        for k, t in enumerate(wide)
    )


def _reported_subject_is_no_actor(sent: _Sentence, negator: int) -> bool:
    """Whether a verb of saying stands before token *negator* and the clause it reports opens
    on no actor ("X said the issue had not been resolved and ...", not "Aliyev said Azerbaijan
    had not attacked and killed ...": there the second verb is Azerbaijan's, negated too)."""
    said = [t.end for t in sent.triggers if t.start in sent.reports and t.end <= negator]
    if not said:
        return False
    k = max(said)
    if k < sent.s1 and sent.doc[k].lower_ == "that":
        k += 1
    return not any(m.start <= k < m.end or m.start == k + 1 for m in sent.mentions if m.actor)


def _new_predicate_after(between, head) -> bool:
    """Whether a negation's scope ends before the trigger *head*: "and" or "but" after a verb
    stands between them and the trigger is a verb in the past ("had not been resolved and
    called on Baku", not "did not attack and kill" nor "no talks and no meeting"). Asked after
    a negated passive, or after a reported clause that opens on no actor: then the second verb
    is another subject's."""
    past = head.lower_.endswith("ed") or (
        head.lower_ != head.norm_ and not head.lower_.endswith(("s", "ing"))
    )
    words = [t for t in between if t.text != ","]  # ("had not succeeded, but praised X")
    return past and any(
        t.lower_ in ("and", "but") and k > 0 and words[k - 1].lower_.endswith(("ed", "en"))
        for k, t in enumerate(words)
    )


#: Words between "without" and the noun it governs ("without any third-party mediator").
WITHOUT_GAP = frozenset(["any", "a", "an", "the", "outside", "third", "party", "foreign"])


#: Nouns of one who speaks for a body ("a spokesman for X": X speaks).
SPOKESPERSON_NOUNS = SPOKES_WORDS | {"spokespeople", "spokesmen", "spokeswomen"}


#: Nouns of a decision or plan whose maker "by" or "of" names the doer of the verb after "to"
#: ("the decision by France to sell arms to Armenia", "the plan of Baku to build a road").
DECISION_NOUNS = frozenset(["decision", "plan", "plans", "intention", "readiness"])


def _subject_after_preposition(doc, m, prev: str, head: int, s0: int) -> bool:
    """Whether mention *m*, after the preposition *prev*, is the subject all the same: the land
    that opens the sentence ("The region of X is ..."), the body a spokesman speaks for ("A
    spokesman for Azerbaijan's Foreign Ministry accused"), the maker of a decision ("the
    decision by France to sell arms")."""
    return (
        (prev == "of" and _opening_land(doc, _of_head(doc, m), s0))
        or (
            prev in ("for", "of")
            and _of_head(doc, m) >= s0
            and doc[_of_head(doc, m)].lower_ in SPOKESPERSON_NOUNS
        )
        or _decider(doc, m, head, s0)
        or (prev == "of" and _counted_crowd(doc, _of_head(doc, m), s0))
    )


def _counted_crowd(doc, k: int, s0: int) -> bool:
    """Whether the noun at *k* counts a crowd that opens a clause ("Thousands of opposition
    supporters demanded ...", "as tens of thousands of protesters marched"), not one in an
    object ("holding dozens of Armenian soldiers captured ...")."""
    if k < s0 or doc[k].lower_ not in COUNTING_NOUNS:
        return False
    j = k - 1
    while j >= s0 and doc[j].lower_ in CROWD_LEAD_WORDS:
        j -= 1
    return j < s0 or doc[j].lower_ in CROWD_CLAUSE_OPENERS


#: Verbs of a toll, after an attack's relative "which" ("assault on X, which killed ...").
TOLL_VERBS = frozenset(["kill", "wound", "injure", "leave", "claim"])
#: Nouns that count the people of the "of" phrase after them ("thousands of protesters").
COUNTING_NOUNS = (GROUP_WORDS - {"group"}) | {"tens", "crowds"}
#: Words that may lead such a count ("tens of thousands", "more than a thousand", "a handful").
CROWD_LEAD_WORDS = frozenset(["of", "tens", "many", "several", "some", "more", "than", "a", "the"])
#: Words before the count that open a clause ("as thousands of ... marched").
CROWD_CLAUSE_OPENERS = frozenset([",", ";", "as", "when", "after", "while", "before", "since"])


def _decider(doc, m, head: int, s0: int) -> bool:
    """Whether mention *m* is the maker of a decision ("the decision by France") whose verb,
    right after "to", is the one at *head*."""
    k = _of_head(doc, m)
    return (
        k >= s0
        and doc[k + 1].lower_ in ("by", "of")
        and doc[k].lower_ in DECISION_NOUNS
        and m.end + 1 == head
        and doc[m.end].lower_ == "to"
    )


def _of_head(doc, m) -> int:
    """The noun before "of (the)" that precedes mention *m* ("the units of the X army")."""
    k = m.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    return k - 1


def _opening_land(doc, k: int, s0: int) -> bool:
    """Whether doc[k] is a land noun that opens the sentence with its article and adjectives
    ("The ethnically Armenian region of X is ..."): "of X" names that land, the subject."""
    if (
        k >= s0
        and doc[k].lower_ in UNIT_HEADS
        and all(t.lower_ in UNIT_COUNTS or t.like_num for t in doc[s0:k])
    ):
        return True  # "(Several) units of the Armenian Armed Forces fired at ...": the forces
    if k <= s0 or doc[k].lower_ not in PEOPLED_LAND | STATE_HEADS | SETTLEMENT_HEADS | UNIT_HEADS:
        return False
    j = k - 1
    while j > s0 and not doc[j].is_punct and doc[j].lower_ not in ("the", "a", "an"):
        j -= 1
    return j == s0 and doc[j].lower_ in ("the", "a", "an")


def _backed_before(sent: _Sentence, trig: _Trigger, between: list) -> bool:
    """Whether an actor stands between a word of support and the "between A and B" after it
    ("pledged support for Azerbaijan in the talks between Baku and Yerevan"): the one backed
    is that actor, not the two parties of the accord."""
    if trig.rule.type != "support":
        return False
    ends = range(trig.start, min(trig.match_end + 1, sent.s1))
    if not any(sent.doc[k].lower_ == "between" for k in ends):
        return False  # ("welcomed the agreement": the pair the text names)
    if not between:
        return True  # (the "between" of the match names no one)
    first = between[0].start
    return any(
        trig.end <= m.start < first and m.actor and m.label != "ADJ" and m not in between
        for m in sent.mentions
    ) or any(t.lower_ in ("not", "but") for t in sent.doc[trig.end : first])


def _shared_agent(doc, i: int, s1: int) -> int:
    """Where the agent of two coordinated participles begins: at the "by" after the second
    ("was arrested and 'captured' by X"), else *i*."""
    if i >= s1 or doc[i].lower_ != "and":
        return i
    j = i + 1
    while j < s1 and doc[j].is_quote:
        j += 1
    if j >= s1 or not (doc[j].is_lower and doc[j].lower_.endswith(("ed", "en"))):
        return i
    k = j + 1
    while k < s1 and (doc[k].is_quote or doc[k].lower_ in TAKEN_AS_WORDS):
        k += 1  # ("arrested and taken prisoner by X")
    return k if k < s1 and doc[k].lower_ == "by" else i


#: Nouns after "taken" that name what the captives became ("taken prisoner / hostage by X").
TAKEN_AS_WORDS = frozenset(["prisoner", "captive", "hostage"])


def _hostile_type(typ: str) -> bool:
    """Whether relation type *typ* is hostile (a negative sign in the vocabulary)."""
    from ..vocabulary import relation_type_table

    record = relation_type_table().get(typ)
    return record is not None and record["sign"] < 0


def _alike_acts(sent, trig, i: int, k: int) -> bool:
    """Whether *trig* and the second of two coordinated participles (between tokens *i* and
    *k*) are both hostile acts ("arrested and captured by X"; not "wounded and evacuated by
    peacekeepers", whose agent only helped)."""
    if not _hostile_type(trig.rule.type):
        return False  # ("released and repatriated by the ICRC": who released is not said)
    return any(i < t.start < k and _hostile_type(t.rule.type) for t in sent.triggers)


#: Acts on land whose passive subject may be a place described by an apposition.
APPOSED_LAND_TYPES = frozenset(["blockade", "control", "occupy"])


def _mission_host(sent: _Sentence, trig: _Trigger, right: int, registry) -> list:
    """The state a monitoring mission is sent to: "deployed observers in Armenia", "along the
    Armenian side of the border with Azerbaijan" (the side's state, not the one across)."""
    doc = sent.doc
    for m in sent.mentions:
        if not (trig.end <= m.start < right) or not m.actor:
            continue
        if (registry.get(m.actor) or {}).get("kind") != "state":
            continue
        if doc[m.end - 1].lower_ == "side" or (m.end < sent.s1 and doc[m.end].lower_ == "side"):
            return [m]  # ("the Armenian side": one mention, or a demonym before "side")
        if m.label != "ADJ" and _prev_word(doc, m, sent.s0) == "in":
            return [m]
    return []


#: Words between an apposition's closing comma and the passive verb of its head ("..., has
#: since been blocked by Y").
PASSIVE_LEAD_WORDS = frozenset(
    ["has", "have", "had", "been", "is", "was", "were", "are", "being", "be", "also", "since"]
    + ["then", "now", "still", "effectively", "completely", "fully", "partly", "largely"]
)


def _opening_apposition(doc, head: list, patient: list, trig, s0: int) -> bool:
    """Whether *patient* lies inside an apposition or relative clause that describes *head*
    and closes right before the passive verb: "The Lachin corridor, the only road linking X
    with Armenia, has been blocked by Y", "X, the border region of Azerbaijan that has been
    occupied by Y" (not "Since the fall of X, Armenia has been blockaded", nor "X, ..., remains
    open, while Armenia has been blocked")."""
    if not head or not patient or head[0].end >= patient[0].start:
        return False
    if doc[head[0].end].text not in (",", "–", "—", "-"):
        return False
    close = max(
        (
            i
            for i in range(patient[0].end, trig.start)
            if doc[i].text in (",", "–", "—", "-") or doc[i].lower_ in ("that", "which")
        ),
        default=None,
    )
    return close is not None and all(
        t.lower_ in PASSIVE_LEAD_WORDS for t in doc[close + 1 : trig.start]
    )


def _described_land(doc, m, s0: int) -> bool:
    """Whether land mention *m* is no name inside a relative clause ("Lachin, which links
    Armenia to X, has been under ..."): no relative pronoun since the last comma before it."""
    k = m.start - 1
    while k >= s0 and doc[k].text not in (",", "–", "—"):
        if doc[k].lower_ in ("which", "who", "where"):
            return False
        k -= 1
    return True


#: Words between an explicit subject and "under ... control" ("Armenia is now under").
SUBJECT_TO_UNDER = frozenset(
    ["is", "was", "are", "were", "has", "have", "had", "been", "remains", "remained", "came"]
    + ["come", "comes", "fell", "falls", "still", "now", "long", "already", "also"]
)


def _is_territory(registry, mentions: list) -> bool:
    """Whether the first of *mentions* names a territory (not an ADJ)."""
    return (
        bool(mentions)
        and mentions[0].label != "ADJ"
        and ((registry.get(mentions[0].actor) or {}).get("kind") == "territory")
    )


def _second_passive(doc, trig: _Trigger, s0: int) -> bool:
    """ "..., but has been run by Y", "and was later seized by Y": a passive predicate
    coordinated with the clause before it (no subject of its own)."""
    k = trig.start - 1
    while k > s0 and doc[k].lower_ in ("has", "have", "had", "been", "is", "was", "were", "are"):
        k -= 1
    while k > s0 and doc[k].lower_ in ("also", "later", "since", "long", "then", "still"):
        k -= 1
    return k < trig.start - 1 and doc[k].lower_ in ("but", "and", "yet")


#: Participles spelled as their verb ("has been run by", "was hit"), read as passives after
#: "been" or "being".
SAME_FORM_PARTICIPLES = frozenset(["run", "put", "hit", "set", "cut", "shut", "spread", "cast"])


def _passive(sent: _Sentence, trig: _Trigger) -> bool:
    """A participle after a form of "be" or "get" ("is accused", "were shelled")."""
    token = sent.doc[trig.start]
    after = sent.doc[trig.end].lower_ if trig.end < sent.s1 else ""
    if after in STATIVE_PREPS and trig.rule.type not in ("attack", "coerce", "blockade"):
        # "is concerned about", "was alarmed at": an adjective, not a passive (but "was
        # attacked over Armenian territory", "was shot at" are passives)
        return False
    if token.lower_ in ADJECTIVAL_PARTICIPLES:
        return False  # "is prepared to host", "is committed to": readiness, not a passive
    if trig.rule.id == "deploy" and after != "by":
        return False  # "Armenian units were (still) deployed in X": the units' own presence
    before = sent.doc[trig.start - 1].lower_ if trig.start > sent.s0 else ""
    if before in ("been", "being") and token.lower_ in SAME_FORM_PARTICIPLES:
        return True  # "has been run by", "is being hit"
    if before in ("was", "were") and token.lower_ in SAME_FORM_PARTICIPLES:
        return True  # "the village was hit by", "the road was cut"
    if token.lower_ == token.norm_ or not token.lower_.endswith(
        ("ed", "en", "wn", "ht", "ld", "nt", "ne", "ck", "id", "ut", "un", "ot")  # held, sent, shot
    ):
        return False
    window = list(sent.doc[max(sent.s0, trig.start - 5) : trig.start])
    coordinated = False  # ("were surrounded and captured by X": one "be" for both participles)
    for t in reversed(window):
        if t.norm_ in ("be", "get"):
            return True
        if t.lower_ == "and" and not coordinated and t.i == trig.start - 1:
            if not _hostile_by(sent, trig):
                return False  # ("had been killed and appealed to X": the speaker's act)
            coordinated = True
            continue
        if coordinated and t.i == trig.start - 2 and t.is_lower and t.lower_.endswith("ed"):
            continue
        if t.i < trig.start - 3 and not coordinated:
            return False
        if not t.lower_.endswith("ly") and t.lower_ not in PASSIVE_ADVERBS:
            return False
    return False


#: Words between "be" and a participle that keep it a passive ("were still held by X").
PASSIVE_ADVERBS = frozenset(
    ["also", "not", "reportedly", "been", "still", "already", "now", "being", "again", "later"]
)


def _hostile_by(sent: _Sentence, trig: _Trigger) -> bool:
    """A hostile act whose "by" follows it ("captured by X", "taken hostage by X")."""
    if not _hostile_type(trig.rule.type):
        return False
    k = trig.end
    while k < sent.s1 and sent.doc[k].lower_ in TAKEN_AS_WORDS:
        k += 1
    return k < sent.s1 and sent.doc[k].lower_ == "by"


PERSON_PAIR_WORDS = ("leader", "president", "minister", "premier", "chancellor")
#: How many sentences back "the two leaders" looks for a sentence that named two of them.
PEOPLE_REACH = 2


#: Rules of a principle upheld by the one who stresses it ("stressed the need to respect
#: the territorial integrity of X": the speaker's support for X).
UPHELD_RULES = frozenset({"need_to_respect_integrity", "importance_of_integrity"})
#: Rules of a verb of emphasis whose object is what its subject upholds ("stressed the need").
EMPHASIS_RULES = frozenset({"stress_need"})
#: Acts aimed at someone whose "on X" or "against X" may stand between the noun and its
#: "by" ("the attacks on civilians by Armenia", "the crimes against Armenians by Baku").
AIMED_ACT_TYPES = frozenset({"attack", "mass_violence", "violate_ceasefire", "occupy"})
#: Prepositions of what such an act is aimed at.
AIMED_PREPS = ("on", "against", "upon")
#: Words that make a pair phrase the opposing parties ("the two sides", "the warring
#: parties"): the two the text has most often set against each other, not merely the last
#: two named together ("Russia and Turkey agreed to coordinate. ... the two sides").
# ("capital": "The EU and the US ... urged both capitals to sign" means the two set against each
# other, not the two that urged)
OPPOSED_WORDS = (
    "side",
    "parties",
    "party",
    "warring",
    "rival",
    "foe",
    "enem",
    "belligerent",
    "capital",
)
#: Relations that set two parties against each other.
DYAD_TYPES = frozenset({"war", "attack", "violate_ceasefire", "ceasefire", "accuse_aggression"})
#: Acts one state does to another that a later mediation may be between ("released 17
#: prisoners to Armenia", "shelled Armenian villages").
ACTED_TYPES = DYAD_TYPES | {"concede", "coerce", "blockade", "negotiate", "sign_agreement"}
#: Kinds of actor that are no side of a conflict the text sets two parties in.
NEUTRAL_KINDS = frozenset({"igo", "ngo"})
#: Acts whose "between A and B" names two sides ("talks between", "tensions between"), unlike
#: "a phone call between A and B".
SIDES_TYPES = DYAD_TYPES | {"dispute", "negotiate"}


def _clause_subject(doc, x, m) -> bool:
    """Whether mention *x* opens the clause that ends with *m* ("Azerbaijani forces shelled
    the country"): a verb in "-ed" between them, and no comma, conjunction or reporting word."""
    between = doc[x.end : m.start]
    return (
        0 < len(between) <= 6
        and any(t.lower_.endswith("ed") for t in between)
        and not any(
            t.is_punct or t.lower_ in ("and", "but", "that", "said", "says", "while", "as")
            for t in between
        )
    )


#: The offices "the two leaders" and "both presidents" stand for.
HEAD_OFFICES = frozenset(" ".join(t) for t in HEAD_TITLES) | {"king", "emir"}


def _minister_office(words) -> bool:
    """Whether the office phrase *words* names ministers ("the foreign ministers"), not heads
    ("the prime ministers", "the leaders")."""
    return any(w.startswith("minister") for w in words) and "prime" not in words


def _fits_office(titles: set, words) -> bool:
    """Whether a person named with *titles* holds the office of the plural phrase *words*
    ("the two foreign ministers": a foreign minister; "the ministers": a minister; "the
    leaders", "the presidents": a head of state or government)."""
    ministers = _minister_office(words)
    kind = next((w[:5] for w in words if w in ("foreign", "defence", "defense")), None)
    # ("Deputy Prime Minister Mher Grigoryan" is no prime minister)
    titles = {
        t
        for t in titles
        if not any(d.endswith(" " + t) and d.split()[0] in DEPUTY_WORDS for d in titles)
    }
    if ministers:
        return any("minister" in t and (kind is None or kind in t) for t in titles) and not (
            titles & HEAD_OFFICES
        )
    return bool(titles & HEAD_OFFICES)


def _office_holder(state, words, discourse, registry, ahead=True) -> str | None:
    """The person of *state* the text named with the office of *words*: the last one named
    before, else (with *ahead*) the first one named after ("The leaders of Armenia and
    Azerbaijan agreed ... Pashinyan said"; the text is read ahead only then); None if none."""
    before = _holders(discourse.titled, state, words, registry, bare=False)
    if before or not ahead:
        return before[-1][1] if before else None
    held = _holders(discourse.all_titled(), state, words, registry)
    before = [p for n, p in held if n <= discourse.sentence]
    if before:
        return before[-1]
    return held[0][1] if held else None


def _holders(titled, state, words, registry, bare=True) -> list:
    """(sentence, person) of the persons of *state* in *titled* who hold the office of
    *words* (see _office_holder); with *bare*, else the only person of the state named, when
    named with no title, for a minister."""
    named = [
        (number, person, titles)
        for number, person, titles in titled
        if (registry.get(person) or {}).get("parent") == state
    ]
    if "leaders" in words or "leader" in words:
        # (a state's leader holds the office that leads it: Armenia's prime minister, not its
        # ceremonial president; Azerbaijan's president, not its prime minister)
        office = " ".join(registry.gazetteer.leaders.get(state, ("president",)))
        named = [(n, p, titles) for n, p, titles in named if not titles or office in titles]
    held = [(number, person) for number, person, titles in named if _fits_office(titles, words)]
    untitled = {person for _, person, titles in named if not titles}
    if (
        bare
        and _minister_office(words)
        and not held
        and len(untitled) == 1
        and len({p for _, p, _ in named}) == 1
    ):
        # ("Iran's Abbas Araghchi" with no title the text or the text's year gives him: the
        # only person of the state the text names)
        held = [(number, person) for number, person, _ in named]
    return held


def _office_holders(states, words, discourse, registry) -> tuple:
    """The two persons, one of each of *states*, that the text named with the office of the
    pair phrase *words* (see _office_holder); () unless both are found."""
    # (backward only: "the two leaders" refers back; read ahead only for "the leaders of A
    # and B", whose holders the lead often names after it)
    found = [_office_holder(state, words, discourse, registry, ahead=False) for state in states]
    return tuple(found) if len(found) == 2 and None not in found and found[0] != found[1] else ()


#: Words before a title that make its holder another's deputy.
DEPUTY_WORDS = frozenset(["deputy", "vice", "first"])
#: Nouns of what a mediator mediates that is the states' quarrel, not their leaders' talks.
QUARREL_NOUNS = frozenset(
    ["conflict", "war", "fighting", "hostilities", "settlement", "dispute", "disputes"]
)


def _mediated_conflict(doc, trig, s1: int) -> bool:
    """ "which mediated the conflict", "tried to broker a settlement": the object of the
    mediation, right after its verb, is a conflict or its settlement."""
    k = trig.end
    while k < s1 and doc[k].lower_ in ("the", "a", "an", "their", "its"):
        k += 1
    return k < s1 and k > trig.end and doc[k].lower_ in QUARREL_NOUNS


#: Plural nouns of an office whose holders "of A and B" are persons ("the leaders of Armenia
#: and Azerbaijan", "the foreign ministers of Iran, Russia and Turkey", "the heads of state of").
OFFICE_PLURALS = frozenset(["leaders", "presidents", "ministers", "premiers", "diplomats", "state"])


def _office_words(doc, mentions, k: int, s0: int, registry) -> list:
    """The words of the office before the list that holds state mention *k* ("the foreign
    ministers of Iran, Russia, Turkey, Armenia and Azerbaijan" for each of the five), or []."""
    first = mentions[k]
    j = first.start - 1
    while j > s0:
        if doc[j].lower_ == "the":
            j -= 1
        elif doc[j].lower_ in (",", "and"):
            prior = next((x for x in mentions[:k] if x.end == j and x.actor), None)
            kind = (registry.get(prior.actor) or {}).get("kind") if prior is not None else None
            if kind != "state" and not (kind == "person" and "counterparts" in prior.text):
                return []  # (but "his counterparts from Armenia" read as the minister before)
            first, j = prior, prior.start - 1  # past another state of the list
        else:
            break
    # the office within the list's first mention ("leaders of Azerbaijan" is one mention)
    # or right before it
    inner = [t.lower_ for t in doc[first.start : first.end]]
    for word in ("of", "from"):
        if word in inner[1:]:
            j = first.start + inner.index(word, 1)
            break
    if j > s0 + 1 and doc[j].lower_ in ("of", "from") and doc[j - 1].lower_ == "counterparts":
        return _counterparts_office(doc, mentions, j, s0, registry)
    if j <= s0 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in OFFICE_PLURALS:
        return []
    words = [t.lower_ for t in doc[max(s0, j - 4) : j]]
    if words[-1] == "state" and words[-3:-1] != ["heads", "of"]:
        return []  # ("the security of the state of Azerbaijan")
    return words


def _counterparts_office(doc, mentions, j: int, s0: int, registry) -> list:
    """ "Fidan hosted his counterparts from Russia, Iran and Armenia": the words of the office
    of the person named last before "counterparts" (foreign ministers, defence ministers,
    leaders), or []."""
    host = next(
        (m for m in reversed(mentions) if m.end < j and m.label == "PERSON" and m.actor), None
    )
    titles = _titles_of(host, doc, j, registry) if host is not None else set()
    for kind in ("foreign", "defence", "defense"):
        if any(f"{kind} minister" in t for t in titles):
            return [kind, "ministers"]
    return ["leaders"] if titles & HEAD_OFFICES else []


def _offices_of_states(doc, mentions, s0: int, registry, discourse) -> list:
    """ "Putin hosted the leaders of Azerbaijan and Armenia", "the foreign ministers of Iran,
    Russia and Turkey met": each state of the list stands for its holder of the office when
    the text names that person (before or after: see _office_holder)."""
    lists: dict = {}  # the office's words -> [(index, holder)] of the states of one list
    for k, m in enumerate(mentions):
        if not m.actor or m.label == "ADJ" or m.venue:
            continue
        if (registry.get(m.actor) or {}).get("kind") != "state":
            continue
        words = _office_words(doc, mentions, k, s0, registry)
        if words:
            holder = _office_holder(m.actor, words, discourse, registry)
            lists.setdefault(tuple(words), []).append((k, holder))
    out = list(mentions)
    for held in lists.values():
        if any(holder is None for _, holder in held):
            continue  # ("the leaders of Armenia, Azerbaijan and Russia" with Putin unnamed:
            # the states, not two persons and a state)
        for k, holder in held:
            out[k] = replace(mentions[k], actor=holder)
    return out


def _venue_words(gap) -> int:
    """How many tokens of *gap* name where something happens ("in Moscow", "at the UN
    headquarters"): a preposition of place and the capitalised words after it."""
    count, k = 0, 0
    while k < len(gap):
        if gap[k].lower_ in ("in", "at") and k + 1 < len(gap):
            j = k + 1 + (gap[k + 1].lower_ == "the")
            n = 0
            while j + n < len(gap) and gap[j + n].text[:1].isupper():
                n += 1
            if n:
                count += j + n - k
                k = j + n
                continue
        k += 1
    return count


def _under_accord(sent, trig) -> bool:
    """ "The separatists will disarm under an agreement struck with X": a mutual act the
    clause's act is done under (its subject is a party to it), not the act's object."""
    if trig.start <= sent.s0 or trig.rule.frame != "mutual":
        return False
    k = trig.start - 1
    while k > sent.s0 and sent.doc[k].lower_ in ("a", "an", "the"):
        k -= 1
    return sent.doc[k].lower_ == "under"


def _pair_for(m, discourse, registry) -> tuple:
    """The pair a phrase stands for; "the two countries", "the two sides", "the parties"
    after two persons are their states ("the two leaders" stay the persons)."""
    words = m.text.lower().split()
    if (
        words == ["they"]
        and discourse.group
        and discourse.sentence - discourse.group[1] <= 2
        and m.start == discourse.first_token
    ):
        # "France, Russia and the United States are co-chairs ... They appealed for peace":
        # a sentence-opening "They" is the group that was the subject just before (and
        # stays so while the text goes on with "They")
        discourse.group = (discourse.group[0], discourse.sentence)
        return discourse.group[0]
    pair = discourse.pair
    opposed = any(w.startswith(OPPOSED_WORDS) for w in words)
    dyad = discourse.dyad
    if not dyad and not discourse.named and discourse.named_events:
        dyad = _karabakh_states(registry) or None  # "the war over Karabakh": its two sides
    if dyad and (opposed or not discourse.named):
        # ("Tehran's plan for ending the war over Karabakh ... ready to host talks between the
        # two neighbours": the two that fought, not the two states named most so far when no
        # pair was named together)
        pair = dyad
    elif (
        discourse.pair_at == discourse.sentence
        and len(discourse.pairs) > 1
        and (opposed or m.end <= discourse.pair_start)
    ):
        # ("The EU and the US welcomed the deal and urged both capitals to sign": the pair
        # named before, not the one that opens this sentence; nor one named after the phrase:
        # "The two governments said ..., and the US and the EU welcomed it")
        pair = next((p for p in reversed(discourse.pairs) if p != discourse.pair), pair)
    leaders = any(w.startswith(PERSON_PAIR_WORDS) for w in words)
    if (
        leaders
        and discourse.people
        and discourse.sentence - discourse.people[1] <= PEOPLE_REACH
        and (not discourse.people_loose or any(w.startswith("leader") for w in words))
    ):
        # "Aliyev met his counterpart, Georgian Prime Minister Garibashvili. ... the two
        # leaders": the two persons of two states the sentence before named
        return discourse.people[0]
    if leaders and (pair or discourse.dyad):
        # "both presidents", "the two foreign ministers" long after they were named: the
        # persons of that office the text named for the two states
        states = _states_of(pair or discourse.dyad, registry)
        persons = _office_holders(states, words, discourse, registry)
        if persons:
            return persons
    if not pair:
        return ()
    if words[-1] not in ("two", "both", "they") and not any(
        w.startswith(PERSON_PAIR_WORDS) for w in words
    ):
        states = _states_of(pair, registry)
        if any(w.startswith(("countr", "state", "nation", "neighbo", "republic")) for w in words):
            # "the two countries" are two states: not "Macron and Michel of the European
            # Council" named in the same sentence, but the last two states named together
            def both_states(p):
                return all((registry.get(x) or {}).get("kind") == "state" for x in p)

            if not both_states(states):
                earlier = [q for q in [discourse.dyad, *reversed(discourse.pairs)] if q]
                states = next(
                    (q for q in (_states_of(e, registry) for e in earlier) if both_states(q)), ()
                )
        return states
    return pair


def _headline_coordinated_subject(sent: _Sentence, trig: _Trigger, subjects: dict) -> list:
    """ "Blinken calls Aliyev, urges restraint": in a headline (no closing full stop), a verb
    in the present after a comma shares the subject of the verb before it."""
    doc = sent.doc
    last = doc[sent.s1 - 1]
    if last.text in (".", "!", "?") or trig.start - 1 <= sent.s0:
        return []
    head = doc[trig.start]
    if (
        doc[trig.start - 1].text != ","
        or not head.lower_.endswith("s")
        or head.lower_ == head.norm_
    ):
        return []
    previous = [
        t
        for t in subjects
        if t < trig.start and doc[t].lower_.endswith("s") and doc[t].lower_ != doc[t].norm_
    ]
    return subjects[min(previous)] if previous else []


def _coordinated_subject(
    sent: _Sentence, trig: _Trigger, subjects: dict, reporters: dict | None = None
) -> list:
    """ "France accused Turkey ... and said ...": the second verb shares the first's subject."""
    head = sent.doc[trig.start]
    progressive = head.lower_.endswith("ing") and any(
        t.lower_ in ("is", "are", "was", "were")
        for t in sent.doc[max(sent.s0, trig.start - 3) : trig.start]
    )  # "... and is now attacking"
    irregular = head.lower_ != head.norm_ and not head.lower_.endswith(("s", "ing"))
    if not (head.lower_.endswith(("ed", "id")) or irregular or progressive):
        # only a finite verb in the past ("and said", "and accused", "and met"), not a noun
        return []
    i = trig.start - 1
    while i > sent.s0 and sent.doc[i].lower_ in (
        "also",
        "later",
        "then",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "now",
        "still",
    ):
        i -= 1
    if i <= sent.s0 or sent.doc[i].lower_ != "and":
        return []
    # the subject of a finite verb, not of a gerund or infinitive ("accused X of sending Y
    # and said ...": the one who said is the one who accused)
    previous = [
        t
        for t in subjects
        if t < trig.start
        and sent.doc[t].lower_ != sent.doc[t].norm_  # an inflected verb, not "conflict"
        and not sent.doc[t].lower_.endswith(("ing", "s"))
        and not (t > sent.s0 and sent.doc[t - 1].lower_ in ("to", "of"))
    ]
    if not previous:
        return []
    last = max(previous)
    from ..vocabulary import relation_type_table

    said = [t for t in previous if t in (reporters or {}) and t < last]
    last_rule = next((t.rule for t in sent.triggers if t.start == last), None)
    if (
        said
        and i - 1 > sent.s0
        and sent.doc[i - 1].lower_ == ","
        and relation_type_table()[trig.rule.type]["category"] in SPOKEN_CATEGORIES
        and {m.actor for m in subjects[min(said)]} != {m.actor for m in subjects[last]}
        # (not after a reported meeting or call: "Mirzoyan said Bayramov had met Blinken,
        # and accused Armenia ...": the one who met speaks on)
        and not (last_rule is not None and last_rule.type in MEETING_TYPES)
    ):
        # "Baku said the blast hit an area the maps Armenia handed over left out, and
        # accused Yerevan ...": a charge after a comma is the reporter's, not the reported
        # clause's doer's
        return subjects[min(said)]
    # only if no actor stands between that verb and this one as a new subject
    return subjects[last]


#: Types of meeting and talking: a charge after one reported speaks on as its subject.
MEETING_TYPES = frozenset(["meet", "consult", "negotiate", "visit", "host"])
#: Categories of a spoken act: after ", and" following a reported clause, its reporter's.
SPOKEN_CATEGORIES = frozenset(["accusation", "disapproval", "demand", "denial"])


REQUEST_TYPES = frozenset({"appeal", "demand", "request_mediation"})
#: Modal verbs of obligation in reported speech, and the request they make.
OBLIGATION_WORDS = {"must": "demand", "should": "appeal", "ought": "appeal"}
#: Nouns of mediation that an actor right before qualifies as the mediator.
MEDIATION_NOUNS = frozenset(["mediation", "mediator", "facilitation", "auspice", "auspices"])
#: Words between a verb of meeting and its partner's name ("met his counterpart X").
#: Words of "the leaders of", "the heads of state of": they stand for the states named next.
LEADER_WORDS = frozenset(
    ["the", "leaders", "leader", "presidents", "heads", "head", "state", "government"]
    + ["representatives", "representative", "envoys", "delegation", "delegations", "officials"]
)
#: Kinds of actor that are bodies with members (a body "chaired by" X has X as member).
BODY_KINDS = frozenset(["igo", "ngo", "coalition"])
#: Nouns whose "of" phrase is the doer: "the aggression of X against Y".
AGENT_OF_NOUNS = frozenset(["encroachment", "incursion", "intrusion", "aggression"])
#: Nouns of asking whose "of" or "from" names who asks ("at the request of X", "calls for a
#: truce from X").
REQUEST_NOUNS = frozenset(["request", "call", "calls", "appeal", "appeals", "plea"])


def _request_source(doc, trig, mentions, s0: int):
    """ "at the request of Armenia", "following calls for an immediate truce from France and
    Russia", "an appeal from the EU": the mention of who asks, or None. Only a noun of asking
    (after a determiner or a preposition: "Armenia calls for ..." is a verb); "of" only right
    after the noun ("the request of X", not "a call for the release of X's prisoners"); "from"
    with the first actor after the noun."""
    word = doc[trig.start]
    if word.lower_ not in REQUEST_NOUNS or not (
        _nominal(doc, trig, s0)
        or (trig.start > s0 and doc[trig.start - 1].lower_ == "following")  # (not a determiner)
    ):
        return None
    after = [
        m
        for m in mentions
        # ("at the request of both sides": the pair asks)
        if (m.actor or m.label == "PAIR") and m.label != "ADJ" and m.start >= trig.end
    ]
    if not after or after[0].start - trig.end > 8:
        return None
    first = after[0]
    before = doc[first.start - 1].lower_
    if before == "the":
        before = doc[first.start - 2].lower_
    if before == "from" or (before == "of" and first.start - trig.start <= 3):
        return first
    return None


#: Words between "on"/"against" and the actor an act is done to ("on the sovereignty of X").
PATIENT_FILLERS = frozenset(
    ["the", "territorial", "integrity", "sovereignty", "and", "of", "sovereign", "territory"]
    + ["border", "borders", "positions", "soil"]
)
#: Nouns of a process between two parties that a third one may support.
PROCESS_NOUNS = frozenset(
    ["talk", "negotiation", "effort", "process", "dialogue", "normalization", "normalisation"]
    + ["talks", "negotiations", "efforts", "rapprochement", "reconciliation"]
)
#: Nouns of someone's work toward an end ("the mediation efforts by X", "welcomed the
#: efforts by X"): the "by" after them names whose work it is.
EFFORT_NOUNS = frozenset(["efforts", "effort", "role", "work", "initiative", "initiatives"])
#: Nouns of a deed one welcomes ("welcomed the announcement by X"): X's, and X is backed.
WELCOMED_NOUNS = EFFORT_NOUNS | frozenset(
    ["announcement", "decision", "commitment", "step", "steps", "proposal", "proposals"]
    + ["statement", "declaration", "release", "gesture", "gestures", "move", "moves"]
)
#: Participles of conduct: "the measures taken by X" is X's conduct.
CONDUCT_PARTICIPLES = frozenset(
    ["taken", "made", "undertaken", "adopted", "shown", "carried", "pursued", "displayed"]
)
#: Prepositions that introduce the topic of talks or a meeting, not a party to it.
TOPIC_PREPS = frozenset(["on", "over", "about", "regarding", "concerning"])
#: Prepositions before a conflict named by its place that make it a topic ("approaches toward
#: the Nagorno-Karabakh conflict").
CONFLICT_TOPIC_PREPS = TOPIC_PREPS | {"toward", "towards", "to", "of"}
#: Nouns of a conflict that its place may name ("the Nagorno-Karabakh conflict").
CONFLICT_NOUNS = frozenset(["conflict", "dispute", "war", "tensions", "tension", "standoff"])


def _place_conflict_topic(sent, trig, registry) -> bool:
    """ "Iran and Russia share approaches toward the Nagorno-Karabakh conflict": a conflict
    noun named by its place, after a preposition, is what is spoken of; the sentence's
    subject is no party to it."""
    if sent.doc[trig.start].lower_ not in CONFLICT_NOUNS:
        return False
    before = [m for m in sent.mentions if m.end == trig.start and m.actor]
    if not before or (registry.get(before[0].actor) or {}).get("kind") != "territory":
        return False
    k = before[0].start - 1
    while k > sent.s0 and sent.doc[k].lower_ in ("the", "a", "an", "ongoing", "protracted"):
        k -= 1
    return sent.doc[k].lower_ in CONFLICT_TOPIC_PREPS


PARTNER_WORDS = frozenset(
    [
        "his",
        "her",
        "its",
        "their",
        "the",
        "counterpart",
        "counterparts",
        "colleague",
        "host",
        "visiting",
        # ("called (separately) Aliyev", "called separately / again / also X")
        "(",
        ")",
        "separately",
        "jointly",
        "again",
        "also",
        "later",
        "then",
        "reportedly",
    ]
)
#: Types never addressed to a conversation partner by default.
HOSTILE_TYPES = frozenset(["attack", "war", "blockade", "occupy", "control", "coerce"])
#: Rules that are mediation only with two parties ("X hosted A and B").
HOST_ONLY = frozenset(["host", "host_parties", "at_invitation_of", "arranged_by", "organise_talks"])
#: Types whose object may follow a preposition that otherwise opens an adjunct.
OBJECT_PREPS = {
    "aid": frozenset(["in"]),
    # ("recalled its ambassador to Moscow", "suspended aid to Armenia")
    "reduce_relations": frozenset(["from", "in", "to"]),
    "member_of": frozenset(["in"]),
    "sovereignty": frozenset(["in", "within", "inside"]),  # "located within Azerbaijan"
    # "drew an angry reaction from Russia", "concern about human rights in Azerbaijan"
    "disapprove": frozenset(["from", "in"]),
    # "rejected the accusations voiced by France": the accuser
    "deny": frozenset(["by"]),
}
#: Kinds of actor that "it" can stand for.
IT_KINDS = frozenset({"state", "igo", "ngo", "government", "armed_group", "political_group"})
#: Judgements whose target is the doer of a nominalised act that follows them.
JUDGED_DOER_TYPES = frozenset(
    {
        "criticize",
        "disapprove",
        "accuse",
        "accuse_aggression",
        "accuse_war_crimes",
        "demand",
        "protest",
    }
)


#: Symmetric hostile acts whose parties are never the subject that talks about them.
FOUGHT_TYPES = frozenset(["war", "dispute"])
#: Rules of a claim said to be false ("the claims were untrue", "do not correspond to reality").
CLAIMS_FALSE_RULES = frozenset(
    ["claims_were_false", "claims_not_real", "claims_nothing_real", "claims_far_from"]
    + ["this_was_false"]  # ("Baku said this was disinformation")
)


def _proposed(sent, trig) -> bool:
    """Whether a word of offering or proposing stands at or just before *trig* ("offered to
    sign", "a proposal to"), not a readiness, a vow or an agreement."""
    doc = sent.doc
    return any(t.norm_ in PROPOSE_WORDS for t in doc[max(sent.s0, trig.start - 4) : trig.match_end])


#: Words of a proposal a later "rejected the proposal" may answer.
PROPOSE_WORDS = frozenset(["offer", "propose", "proposal", "suggest", "suggestion", "initiative"])


#: Participles whose "by X" names the doer of the thing judged ("the operation launched by
#: Azerbaijan", "the bill passed by the Senate", "the sanctions imposed by Baku").
DOING_PARTICIPLES = frozenset(
    ["launched", "carried", "conducted", "passed", "adopted", "made", "taken", "imposed"]
    + ["staged", "announced", "issued", "committed", "initiated", "undertaken", "waged"]
)


def _judged_by_participle(sent, trig, right: int) -> list:
    """The doer of what a judging verb takes as its object when a participle's "by" names
    it ("condemned the military operation launched by Azerbaijan"), within six words of the
    verb, else []."""
    doc = sent.doc
    for j in range(trig.match_end, min(right, trig.match_end + 7) - 1):
        word = doc[j].lower_
        if doc[j].is_punct or any(m.start == j and m.actor for m in sent.mentions):
            return []
        if word in DOING_PARTICIPLES:
            k = j + 1
            if k < right and doc[k].lower_ == "out":
                k += 1  # "carried out by"
            if k < right and doc[k].lower_ == "by":
                return [m for m in sent.mentions if m.actor and m.start in (k + 1, k + 2)][:1]
            return []
    return []


def _deed_by(sent, obj: list, right: int) -> list:
    """ "condemned the detention of X, a former minister, by Y": the doer after "by" of the
    deed whose "of" names *obj* (its patient), or []."""
    doc = sent.doc
    k = _of_head(doc, obj[0])
    if k < sent.s0 or doc[k + 1].lower_ != "of" and doc[k + 2].lower_ != "of":
        return []
    if not _deed_noun(doc[k]):
        return []
    end = obj[-1].end
    for j in range(end, min(right, end + 14)):
        if any(t.start == j for t in sent.triggers):
            return []  # (a new act before any "by")
        if doc[j].lower_ == "by":
            if doc[j - 1].lower_.endswith(("ed", "en")) or doc[j - 1].lower_ in NOT_DEED_NOUNS:
                return []  # ("the detention of X, confirmed by Y": the participle's agent)
            skip = 2 if j + 1 < sent.s1 and doc[j + 1].lower_ == "the" else 1
            return [m for m in sent.mentions if m.actor and m.start == j + skip][:1]
    return []


#: Nouns of captives whom a humanitarian body visits ("visited Armenian detainees").
DETAINED_NOUNS = frozenset(["detainee", "prisoner", "captive", "pow", "hostage"])


#: Nouns of people one visits, not a state or body one consults ("ICRC delegates visited the
#: two men"; the detained a mention names keep their own reading).
VISITED_PEOPLE = frozenset(
    ["men", "man", "women", "soldiers", "servicemen", "serviceman", "refugees", "wounded"]
    + ["families", "civilians"]
)


def _visits_people(doc, trig, s1) -> bool:
    """Whether the visit's object is people ("visit the men", "visited the two soldiers"),
    a few determiners and numbers after the verb."""
    k = trig.end
    while k < s1 and (doc[k].lower_ in ("the", "these", "those", "all", "both") or doc[k].like_num):
        k += 1
    return k < s1 and doc[k].lower_ in VISITED_PEOPLE


#: Verbs of welcoming a deed, whose doer is backed ("welcomed the release of X by Y").
WELCOME_WORDS = frozenset(
    ["welcome", "welcomed", "welcomes", "welcoming", "hail", "hailed", "praise", "praised"]
    + ["commend", "commended", "applaud", "applauded"]
)
#: Deeds one welcomes whose "by" names their doer.
WELCOMED_DEEDS = frozenset(
    ["release", "return", "withdrawal", "handover", "exchange", "transfer", "lifting"]
    + ["reopening", "opening", "repatriation", "removal", "resumption"]
)


def _welcomed_deed_doer(sent, obj: list, right: int) -> list:
    """The doer "by" which a welcomed deed whose "of" names *obj* was done ("welcomed the
    release of Armenian detainees by Azerbaijan", "... held by Azerbaijan": Azerbaijan), or
    []. Unlike ``_deed_by`` (a judged deed), a participle's "held by" names the doer too: the
    holder is the one who releases."""
    doc = sent.doc
    k = _of_head(doc, obj[0])
    if k < sent.s0 or doc[k + 1].lower_ != "of" or doc[k].lower_ not in WELCOMED_DEEDS:
        return []
    for j in range(obj[-1].end, min(right, obj[-1].end + 8)):
        if doc[j].is_punct:
            return []
        if doc[j].lower_ == "by":
            return [m for m in sent.mentions if m.actor and m.start in (j + 1, j + 2)][:1]
    return []


def _deed_noun(token) -> bool:
    """A deed's noun: one of DEED_NOUNS or NOMINAL_DEEDS ("the installation by X of a
    checkpoint", "the closure by X", "the detention of X by Y")."""
    return token.lower_ in DEED_NOUNS or token.lower_ in NOMINAL_DEEDS


#: Nouns of a deed done to someone or something, whose "by X" names the doer (not
#: "statement", "investigation" or "agreement": "the latest statement by the ICRC").
NOMINAL_DEEDS = frozenset(
    ["installation", "closure", "removal", "seizure", "detention", "arrest", "deployment"]
    + ["blocking", "shelling", "killing", "destruction", "occupation", "annexation"]
    + ["violation", "violations", "expulsion", "deportation", "construction", "placement"]
    + ["capture", "bombing", "targeting", "mining", "demolition", "abduction", "kidnapping"]
    + ["execution", "torture", "bombardment", "blockade", "use", "firing", "abuse"]
    + ["harassment", "mistreatment", "ill-treatment", "persecution", "intimidation", "shooting"]
    # a statement or decision judged is its author's ("criticized the statement by X")
    + ["statement", "statements", "remarks", "decision", "comments"]
)
#: Nouns whose "by X" names no judged doer ("pending an investigation by X").
NOT_DEED_NOUNS = frozenset(["investigation", "inquiry", "report", "request", "call", "visit"])
#: Nouns of a deed whose "by X" names the one judged for it ("condemned the escalation by X").
DEED_NOUNS = frozenset(
    ["escalation", "actions", "action", "steps", "step", "attack", "attacks", "offensive"]
    + ["aggression", "provocation", "provocations", "violation", "violations", "shelling"]
    + ["blockade", "decision", "move", "moves", "operation", "incursion", "behaviour", "behavior"]
    + ["allegations", "accusations", "claims", "statements", "remarks"]
)
#: Nouns of what is denied ("denied Armenian claims").
CLAIM_NOUNS = frozenset(
    ["claim", "accusation", "allegation", "report", "charge", "assertion", "complaint"]
    + ["criticism", "version", "narrative", "account"]
)
#: Nouns of a demand one may reject ("rejected the Azerbaijani demand").
DEMAND_NOUNS = frozenset(["demand", "request", "ultimatum", "precondition"])
#: Nouns of a proposal one may reject ("dismissed the Armenian proposal").
PROPOSAL_NOUNS = frozenset(["proposal", "offer", "plan", "initiative", "idea"])
#: Verbs of a telephone call whose partner is their direct object ("Blinken called Aliyev").
CALL_VERBS = frozenset(["call", "phone", "telephone", "ring"])
#: Nouns of a relation whose other party stands right after them ("its ally Russia", "a
#: partner of the EU"), never further on in the clause.
RELATIONAL_NOUNS = frozenset(
    ["ally", "allies", "partner", "partners", "member", "members", "co-chair", "co-chairs"]
    + ["guarantor", "guarantors"]
)
#: The words allowed between such a noun and its other party ("a partner of the EU").
RELATIONAL_GAP = frozenset(["of", "to", "the", "-", "–", "—", ":"])
#: Lemmas before a fighting noun that make it feared or averted, not fought.
AVERTED_WORDS = frozenset(
    ["avoid", "avert", "prevent", "risk", "fear", "threat", "danger", "spectre", "specter"]
    + ["brink", "verge"]  # ("brought both countries to the brink of war")
)
#: Lemmas that make the noun after them a topic: "discussed the fighting", "talks on the conflict".
TOPIC_VERBS = frozenset(["discuss", "address", "debate", "raise", "review"])


def _fought_with(doc, k: int, s1: int) -> bool:
    """Whether "with" at *k* names who was fought ("clashes with Kurdish militants"), not how
    ("clashes with heavy casualties")."""
    if k >= s1 or doc[k].lower_ != "with":
        return False
    return any(t.norm_ in FOUGHT_GROUPS or t.is_title for t in doc[k + 1 : min(s1, k + 4)])


#: Nouns of those a state's forces fight on a border that are not the neighbour.
FOUGHT_GROUPS = frozenset(
    ["militant", "rebel", "smuggler", "trafficker", "insurgent", "fighter", "separatist"]
    + ["terrorist", "gunman", "bandit", "jihadist", "guerrilla", "infiltrator"]
)


def _border_follows(doc, k: int, s1: int) -> bool:
    """Whether "on / along / at the A-B border" follows *k* closely (a hyphen two words before
    a border noun, within eight words)."""
    for j in range(k + 2, min(s1, k + 9)):
        if doc[j].lower_ in BORDER_NOUNS and doc[j - 2].text in ("-", "–"):
            return True
    return False


def _topic(doc, trig: _Trigger, s0: int, s1: int) -> bool:
    """A fighting noun that is only talked about, with no "between A and B" after it: a topic
    verb or preposition shortly before it ("discussed the escalating fighting", "a briefing on
    the tensions"); the talkers are not its parties."""
    if trig.rule.type not in FOUGHT_TYPES or trig.rule.frame != "mutual":
        return False
    if any(t.lower_ == "between" for t in doc[trig.end : min(s1, trig.end + 4)]):
        return False
    if _border_follows(doc, trig.end, s1) and not _fought_with(doc, trig.end, s1):
        return False  # "concern about clashes on the A-B border": the two it divides fought
    return _topic_before(doc, trig, s0)


def _topic_before(doc, trig: _Trigger, s0: int) -> bool:
    """Whether a topic verb or preposition shortly precedes *trig* ("discussed the fighting")."""
    for t in reversed(doc[max(s0, trig.start - 4) : trig.start]):
        if t.norm_ in TOPIC_VERBS or t.lower_ in TOPIC_PREPS - {"over"}:
            return True
        if t.lower_ in ("and", "that") or t.is_punct:
            return False
    return False


def _accuser_before(sent: _Sentence, trig: _Trigger, denier: str) -> list:
    """[(accuser, mention)] of the charge that an earlier trigger of the sentence makes
    ("Azerbaijan accuses France of arming Armenia, a charge Paris rejects"), when the denier
    is among those it accuses; else []."""
    for t in reversed(sent.triggers):
        if t.start >= trig.start or t.rule.frame != "accuse":
            continue
        if not any(w.text in (",", ";") for w in sent.doc[t.end : trig.start]):
            continue  # (not the claim noun itself: "a charge both Ankara and Baku denied")
        accused = {m.actor for m in sent.mentions if t.start < m.start < trig.start}
        subject = [m for m in sent.subject(t.start, sent.s0) if m.actor][:1]
        if subject and denier in accused and subject[0].actor != denier:
            return [(subject[0].actor, subject[0])]
    return []


def _rejects_a_claim(sent: _Sentence, trig: _Trigger) -> bool:
    """ "a claim Baku rejected", "charges rejected by Baku": the rejected thing is a claim
    (the noun just before the verb, or before its subject)."""
    doc = sent.doc
    i = trig.start - 1
    while i > sent.s0 and doc[i].lower_ in ("has", "have", "had", "long", "always", "also"):
        i -= 1  # ("a charge Yerevan has long dismissed")
    end = i
    while i >= sent.s0 and any(m.start <= i < m.end for m in sent.mentions):
        i -= 1
    if i < end and i > sent.s0 and doc[i].lower_ == "the":
        i -= 1  # ("a charge the Armenian side rejected")
    return i >= sent.s0 and doc[i].lemma_.lower() in CLAIM_NOUNS and i < trig.start - 0


def _requested(sent: _Sentence, trig: _Trigger) -> bool:
    """The act is what another trigger of the sentence asks for ("urged X to V", "called for")."""
    if trig.rule.type in REQUEST_TYPES or trig.rule.frame == "report":
        return False
    doc = sent.doc
    before = [t.lower_ for t in doc[max(sent.s0, trig.start - 2) : trig.start]]
    if (
        len(before) == 2
        and before[1] in ("its", "their", "the", "his", "her")
        and doc[trig.start - 2].norm_ in ENDED_BY
    ):
        return False  # "urged Azerbaijan to end its blockade": the blockade is going on
    # "prevented Y from joining X": the act was stopped, not done
    if (
        trig.start - 1 > sent.s0
        and doc[trig.start - 1].lower_ == "from"
        and any(o.rule.id == "prevent_from" and o.start < trig.start for o in sent.triggers)
    ):
        return True
    wider = [t.lower_ for t in doc[max(sent.s0, trig.start - 3) : trig.start]]
    for other in sent.triggers:
        if other.start >= trig.start or not (
            other.rule.type in REQUEST_TYPES or other.rule.id.startswith("invite")
        ):  # ("invited Armenia to join the war": asked for, not done)
            continue
        if any(
            other.start < t.start < trig.start and t.rule.frame == "report" for t in sent.triggers
        ):
            continue  # "urged X to stop and stated it would help ...": said, not asked for
        if "to" in before or other.end == trig.start or "for" in before:
            return True
        if len(wider) == 3 and wider[0] == "to" and wider[2] in ("a", "an", "the"):
            return True  # "urged X to impose a blockade": asked for, not done
        back = [t.lower_ for t in doc[max(sent.s0, other.end, trig.start - 5) : trig.start]]
        if "to" in back and {"join", "part"} & set(back) and not set(back) & {",", ";"}:
            return True  # "invited Armenia to join in attacking X", "to take part in the war"
        # "demanded that Armenia stop shelling ...": asked for, not done
        gap = [t.lower_ for t in sent.doc[other.end : trig.start]]
        if gap[:1] == ["that"] and len(gap) <= 5 and not set(gap) & BOUNDARY_WORDS:
            return True
    return False


def _victims_named(c, sent: _Sentence) -> bool:
    """Whether mass violence *c* takes its source from the demonym right before its noun:
    "the Armenian genocide", "the victims of the Armenian genocide" name the victims, not
    the perpetrators (and whoever commemorates them is no victim)."""
    return (
        c.rule == "mass_violence"
        and c.head - 1 >= sent.s0
        and any(m.label == "ADJ" and m.end == c.head and m.actor == c.source for m in sent.mentions)
    )


def _conditioned_demands(out: list, sent: _Sentence) -> list:
    """*out* with the demands of a step "made conditional on" kept only for the one asked to
    act (`_conditioned_actor`)."""
    kept = []
    for c in out:
        trig = (
            next(
                (t for t in sent.triggers if t.start == c.head and t.rule.id == c.rule),
                None,
            )
            if c.rule == "make_conditional"
            else None
        )  # (only a conditional's candidates look for their trigger)
        if trig is not None:
            objs = [m for m in sent.mentions if m.actor and m.start >= trig.end]
            if c.target not in {m.actor for m in _conditioned_actor(sent, trig, objs)}:
                continue
        kept.append(c)
    return kept


def _conditioned_actor(sent: _Sentence, trig: _Trigger, obj: list) -> list:
    """The one a step "made conditional on" something is asked of: the actor right after "on"
    that acts ("conditional on Armenia opening a road"), else the partner of the step ("made
    ties with Yerevan conditional on a peace deal"); none for a consent or a state of things
    ("conditional on Baku's approval", "on France being excluded", "aid to Azerbaijan")."""
    doc = sent.doc
    on = next((k for k in range(trig.end, trig.match_end) if doc[k].lower_ in ("on", "upon")), None)
    if on is None:
        return []
    after = [m for m in sent.mentions if m.actor and on < m.start <= on + 2]
    if after:
        m = after[0]
        acts = (
            m.end < sent.s1
            and doc[m.end].lower_.endswith("ing")
            and doc[m.end].lower_ not in ("being", "having")
        )
        return [m] if acts else []
    return [m for m in obj if m.start < on and _prev_word(doc, m, sent.s0) == "with"][:1]


def _asked_for_other(sent: _Sentence, head: int) -> bool:
    """ "asked for urgent talks with Aliyev": what the verb at *head* asks for names the actor
    after "for" as a partner, not the one asked ("asked for Putin to intervene" still asks
    Putin)."""
    doc, end = sent.doc, head + 1
    if end >= sent.s1 or doc[end].lower_ != "for":
        return False
    after = [m for m in sent.mentions if m.actor and end < m.start <= end + 6]
    if not after:
        return False
    m = after[0]
    if any(t.text in (",", ";") for t in doc[end : m.start]):
        return False
    return _prev_word(doc, m, sent.s0) in ("with", "between")


def _urged_to_press(sent: _Sentence, c) -> bool:
    """ "called on the ICRC to press Baku", "urged Russia to urge Azerbaijan": candidate *c* is
    a plea asked of the one appealed to, not yet made (nor the caller's own; what it asks of
    Baku is still read: "to press Baku to lift the blockade")."""
    doc, k = sent.doc, c.head
    if c.rule != "urge" or k - 1 <= sent.s0 or doc[k - 1].lower_ != "to":
        return False
    return any(
        o.start < k - 1
        and o.rule.type in REQUEST_TYPES
        and not any(o.start < t.start < k and t.rule.frame == "report" for t in sent.triggers)
        for o in sent.triggers
    )


#: Verbs that end an act the request presupposes ("to end / lift its blockade").
ENDED_BY = frozenset(["end", "lift", "stop", "halt", "cease", "withdraw", "abandon"])
#: Words whose "to" + verb is an aim ("aim to reach a deal"; "managed to reach" is done).
AIM_WORDS = frozenset(
    ["aim", "seek", "try", "attempt", "strive", "hope", "want", "wish", "effort", "bid"]
    + ["push", "intend", "plan", "need", "order", "endeavour", "endeavor", "goal"]
)


def _goal(sent: _Sentence, trig: _Trigger) -> bool:
    """The act is aimed at, not done: "to reach a ceasefire", "efforts to reach an agreement",
    "help the two countries reach a deal" ("managed to reach", "working to reach" are not;
    "reached a ceasefire", "after securing a truce" are done)."""
    if any(_aimed(sent.doc, t, sent.s0) for t in sent.window(trig, 3) if t.norm_ in GOAL_WORDS):
        return True
    if sent.doc[trig.start].norm_ not in GOAL_WORDS:
        return False
    words = [t.norm_ for t in sent.window(trig, 6)]
    if words[-1:] == ["to"]:
        return bool(set(words[-2:-1]) & AIM_WORDS)
    return "help" in words or "assist" in words


def _war_elsewhere(sent: _Sentence, trig: _Trigger, registry, discourse) -> bool:
    """A fighting noun that is not this conflict's: part of a hyphenated word ("tug-of-war",
    "post-war") or of "prisoners of war", or placed "in" a state outside the pair the text
    sets against each other ("bogged down in a war in Ukraine")."""
    doc = sent.doc
    if trig.start > sent.s0 and doc[trig.start - 1].text == "-":
        return True
    if (
        trig.start - 2 >= sent.s0
        and doc[trig.start - 1].lower_ == "of"
        and doc[trig.start - 2].lower_ in ("prisoner", "prisoners")
    ):
        return True  # "prisoners of war": captives, not a fight
    sides = discourse.dyad or discourse.pair or ()
    named = next(
        (
            m
            for m in sent.mentions
            if m.end == trig.start and m.actor and m.label == "NAME" and m.start > sent.s0
        ),
        None,
    )
    if (
        named is not None
        and doc[named.start - 1].lower_ == "the"
        and (registry.get(named.actor) or {}).get("kind") == "state"
        and named.actor not in sides
    ):
        return True  # "stemming from the Ukraine war": the war named by another state
    if trig.end >= sent.s1 or doc[trig.end].lower_ != "in":
        return False
    place = next((m for m in sent.mentions if m.start == trig.end + 1 and m.actor), None)
    return (
        place is not None
        and (registry.get(place.actor) or {}).get("kind") == "state"
        and place.actor not in sides
    )


def _owned_wars_elsewhere(sent, registry, discourse, when) -> list:
    """ "Russia's war in Ukraine", "Russia, distracted by its war in Ukraine": a war its owner
    wages in another state, outside the conflict the text is about (``_war_elsewhere`` keeps
    such a war out of the rules' reading, and this one out of the pair the text sets against
    each other, of reported charges and of what "the parties" stand for): ``war`` between the
    owner (the possessor of "war") and the state after "in"."""
    doc, out = sent.doc, []
    for trig in sent.triggers:
        k = trig.start
        if (
            trig.rule.type != "war"
            or doc[k].lower_ != "war"
            or k - 1 <= sent.s0
            or trig.end + 1 >= sent.s1
            or doc[k - 1].lower_ not in ("its", "'s", "’s")
            or not _war_elsewhere(sent, trig, registry, discourse)
        ):
            continue
        place = next((m for m in sent.mentions if m.start == trig.end + 1 and m.actor), None)
        if place is None:
            continue
        if doc[k - 1].lower_ == "its":
            # the clause's subject when it is also the nearest name before "its" ("Russia,
            # distracted by its war in Ukraine"; not "North Korea sent shells to Russia for its
            # war", nor "... between Azerbaijan and Armenia, but its war in Ukraine")
            subject = sent.subject(k - 1, sent.s0)[:1]
            nearest = [
                m
                for m in sent.mentions
                if m.actor and m.label not in ("ADJ", "PRONOUN") and m.end < k - 1
            ][-1:]
            owners = subject if subject and nearest and subject[0] is nearest[0] else []
        else:
            owners = [m for m in sent.mentions if m.actor and m.end == k - 1]
        if not owners or (registry.get(owners[0].actor) or {}).get("kind") != "state":
            continue
        owner = owners[0]
        if _state_of(registry, owner.actor) == _state_of(registry, place.actor):
            continue
        out.append(
            _reading(
                sent,
                owner.actor,
                place.actor,
                "war",
                "owned_war_elsewhere",
                0.55,
                (k, k),
                when,
                (owner, place),
            )
        )
    return out


#: Verbs of a speaker's own naming of what it judges: "condemned what it called an attack".
HEDGE_VERBS = frozenset(
    ["call", "called", "calls", "describe", "described", "describes", "term", "termed"]
    + ["dub", "dubbed", "label", "labelled", "labeled", "brand", "branded"]
    + ["characterize", "characterized", "characterise", "characterised", "see", "saw", "sees"]
)


#: The pronouns by which a judge names what it judges ("what it called").
HEDGE_SUBJECTS = frozenset(["it", "he", "she", "they", "we"])


def _names_a_thing(sent, trig) -> bool:
    """ "called the French Senate resolution null and void": the object is a thing of the
    actor named before a noun (a naming), not the actor called."""
    doc = sent.doc
    if (
        trig.start - 2 >= sent.s0
        and doc[trig.start - 2].lower_ in ("which", "what")
        and trig.end < sent.s1
        and doc[trig.end].text[:1].isupper()
    ):
        return True  # "Stepanakert, which Azerbaijan calls Khankendi": a name for a place
    k = trig.end + (trig.end < sent.s1 and doc[trig.end].lower_ == "the")
    m = next((x for x in sent.mentions if x.start == k), None)
    if m is None or m.end >= sent.s1:
        return False
    nxt = doc[m.end]
    if nxt.lower_ in ("'s", "’s") and m.end + 1 < sent.s1:
        # "called Azerbaijan's offensive genocide": a thing or act of the actor is named
        # (not "called Aliyev's aide")
        after = doc[m.end + 1]
        return after.norm_ in THING_NOUNS or after.lower_ in JUDGED_ACT_NOUNS
    return nxt.is_alpha and nxt.is_lower and not nxt.is_stop and nxt.norm_ in THING_NOUNS


#: Forms of "call" that may name or ask rather than telephone ("called X a threat").
CALL_WORDS = frozenset(["call", "calls", "called", "calling"])
#: Words after "called X" that end the call ("called Pashinyan on Monday", "called Lavrov
#: late on Friday"); "to" only before the call's purpose ("called Aliyev to discuss ...").
CALL_FOLLOWERS = frozenset(
    ["on", "about", "over", "after", "and", "late", "last", "earlier", "later", "yesterday"]
    + ["today", "again", "twice", "back", "for", "from", "at", "during", "shortly"]
    + ["following", "while", "with", "before", "this", "that", "hours", "days"]
)
#: People one calls on the telephone after a possessive ("called Aliyev's adviser").
CALLED_PEOPLE = frozenset(
    ["adviser", "advisor", "aide", "aides", "spokesman", "spokeswoman", "envoy", "minister"]
    + ["counterpart", "deputy", "assistant", "chief", "head", "representative", "wife"]
)
#: Words before "call" that make it a noun ("the call of Putin", "a phone call").
CALL_NOUN_DETERMINERS = frozenset(["the", "a", "his", "her", "their", "its", "phone", "this"])
CALL_PURPOSES = frozenset(
    ["discuss", "express", "congratulate", "offer", "apologise", "apologize", "convey"]
    + ["thank", "inform", "brief", "condole", "voice", "reiterate", "reaffirm", "say"]
)


def _a_call_made(sent, trig) -> bool:
    """Whether "called X" is a telephone call: X an actor (not a city: "the city Armenians
    call Stepanakert") and what follows it ends the call or gives its purpose, not a name for
    X ("calls EU monitors a Western outpost") or what X is asked ("called Baku to open the
    road", in non-native copy). "Phoned" and "telephoned" always are."""
    doc = sent.doc
    if doc[trig.start].lower_ not in CALL_WORDS or (
        trig.start > sent.s0 and doc[trig.start - 1].lower_ in CALL_NOUN_DETERMINERS
    ):
        return True  # ("answered the call of Putin": the noun, read by the rule's frame)
    if (
        any(
            t.lower_ in ("that", "which", "what")
            for t in doc[max(sent.s0, trig.start - 3) : trig.start]
        )
        and trig.end < sent.s1
        and doc[trig.end].text[:1].isupper()
    ):
        return False  # ("the city that Armenians call Stepanakert": a name)
    k = trig.end
    while k < min(sent.s1, trig.end + 4) and not any(x.start == k for x in sent.mentions):
        k += 1  # ("called his Azerbaijani colleague", "called (separately) Aliyev")
    m = next((x for x in sent.mentions if x.start == k and x.actor), None)
    if m is None and doc[trig.start - 2 : trig.start].text.lower().startswith(("which", "whom")):
        return True  # ("the Kremlin, which Pashinyan called twice": the antecedent)
    if m is None or m.label in ("CAPITAL", "PLACE", "ADJ"):
        return False
    if m.end >= sent.s1 or doc[m.end].text in (".", ",", ";", ":", ")", "-", "–"):
        return True
    if doc[m.end].lower_ in ("'s", "’s"):
        # ("calls Armenia's vote incorrect", not "called Aliyev's aide")
        ahead = doc[m.end + 1 : min(sent.s1, m.end + 6)]
        owned = {t.lower_ for t in ahead} | {t.lemma_.lower() for t in ahead}
        if owned & CALLED_PEOPLE:
            return True  # ("called Aliyev's foreign policy adviser")
        return not owned & CALLED_THINGS
    if not doc[m.end].is_alpha:
        return False  # ('called France "a reliable partner"')
    nxt = doc[m.end].lower_
    if nxt == "to":
        return m.end + 1 < sent.s1 and doc[m.end + 1].lower_ in CALL_PURPOSES
    return nxt in CALL_FOLLOWERS


def _called_to_act(doc, mentions, a: int, s1: int) -> bool:
    """ "called Baku to open the road", "called both sides to restraint" (non-native copy for
    "called on"), "call" at token *a*: an actor right after it, then "to" and what it is
    asked (not the purpose of a telephone call: "called Aliyev to discuss")."""
    if doc[a].lower_ not in CALL_WORDS:
        return False
    k = a + 1 + (a + 1 < s1 and doc[a + 1].lower_ == "the")
    m = next((x for x in mentions if x.start == k and (x.actor or x.label == "PAIR")), None)
    if m is None or m.label in ("PLACE", "ADJ"):
        return False
    to = m.end
    while to < s1 and doc[to].lower_ != "to" and to - m.end < 6:
        to += 1  # ("called both sides, Baku and Stepanakert, to restraint")
    gap = doc[m.end : to]
    if to + 1 >= s1 or doc[to].lower_ != "to" or (gap and gap[0].text != ","):
        return False
    return doc[to + 1].lower_ not in CALL_PURPOSES and doc[to + 1].is_alpha


#: Nouns of an actor's document or act that can be called something ("called the French
#: resolution null and void").
THING_NOUNS = frozenset(
    ["resolution", "decision", "statement", "move", "claim", "report", "law", "vote", "bill"]
    + ["proposal", "remark", "comment", "position", "stance", "policy", "allegation"]
)


def _hedge_verb(doc, k: int, s0: int) -> bool:
    """Whether token *k* is the verb of a speaker's hedge ("what it called", "what the
    ministry described as")."""
    return doc[k].lower_ in HEDGE_VERBS and any(
        doc[j].lower_ == "what" for j in range(max(s0, k - 3), k - 1)
    )


def _past_hedge(doc, k: int, right: int) -> int:
    """The token after the judge's own hedge that starts at *k* ("what it called", "what she
    described as"): the judged words follow it. *k* when there is none, or when another names
    the thing ("criticized what Azerbaijan called an anti-terrorist operation": Azerbaijan's
    words, and its deed, are what is judged)."""
    if k + 2 >= right or doc[k].lower_ != "what" or doc[k + 1].lower_ not in HEDGE_SUBJECTS:
        return k
    j = k + 2
    if doc[j].lower_ not in HEDGE_VERBS:
        return k
    return j + 2 if j + 1 < right and doc[j + 1].lower_ == "as" else j + 1


#: Words that cannot stand between "during" and "visit" ("in Moscow with his visiting ...").
VISIT_BREAKS = frozenset(["with", "to", "of", "for", "at", "by", "from", "and", "or"])


def _visitor(sent, trig, obj: list) -> list:
    """Who pays the visit a noun names with no subject before it: "During a visit to Georgia,
    Bayramov said ...": the main clause's subject right after the opening phrase; "Colonna said
    during her visit to Armenia": the person "her" stands for (the first named before, the
    clause's subject: "Erdogan spoke with Putin during his visit to Baku" is Erdogan's)."""
    doc = sent.doc
    if doc[trig.start].lower_ not in ("visit", "visits"):
        return []  # (not "his visiting colleagues")
    if trig.end < sent.s1 and doc[trig.end].lower_ == "of":
        return []  # ("during the visit of Erdogan to Baku": the visitor follows)
    k = trig.start - 1
    while k > sent.s0 and doc[k].lower_ not in ("during", "on", "in"):
        word = doc[k]
        if (
            trig.start - k > 6
            or not ((word.is_lower and word.is_alpha) or word.text == "-" or word.like_num)
            or word.lower_ in VISIT_BREAKS
        ):
            return []  # only a determiner and adjectives between ("during a two-day visit")
        k -= 1
    if doc[k].lower_ not in ("during", "on", "in"):
        return []
    owner = doc[trig.start - 1].lower_ if trig.start - 1 > k else ""
    if owner in ("his", "her"):
        return [m for m in sent.mentions if m.label == "PERSON" and m.actor and m.end <= k][:1]
    if k != sent.s0:
        return []
    comma = next((i for i in range(obj[-1].end, sent.s1) if doc[i].text == ","), None)
    if comma is None or comma > obj[-1].end + 4:
        return []
    # the subject right after the comma ("the US envoy" past its article); a pronoun or a
    # common noun there is the subject, and a name after it its object
    first = comma + 2 if comma + 1 < sent.s1 and doc[comma + 1].lower_ == "the" else comma + 1
    return [
        m
        for m in sent.mentions
        if m.actor and m.label not in ("ADJ", "PRONOUN") and m.start in (comma + 1, first)
    ][:1]


def _plural_body(subj: list, registry, discourse, number: int) -> None:
    """ "The co-chairs call on ... They also call on ...", "the European Parliament members
    said ... They also called on ...": a body named by a plural is the next "They"."""
    kind = (registry.get(subj[0].actor) or {}).get("kind") if subj[0].actor else None
    words = subj[0].text.lower().split()
    if (
        len(subj) == 1
        and kind in ("igo", "ngo", "coalition")
        and words[-1].endswith("s")
        and subj[0].label not in ("PAIR", "PRONOUN")
    ):
        discourse.they = (subj[0].actor, number)


#: Words that open the object of a participle ("Condemning the attack, ...").
PARTICIPLE_OBJECT_OPENERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "this", "these", "all", "any"]
)


#: Words before a gerund that make it a time clause of the main verb ("after hosting").
TIME_GERUND_WORDS = frozenset(["after", "before", "upon", "when", "while"])


#: Adjectives in "-ing" before an agent ("shelled by neighbouring Azerbaijan").
ING_ADJECTIVES = frozenset(
    ["neighbouring", "neighboring", "outgoing", "incoming", "ruling", "leading", "visiting"]
    + ["advancing", "retreating", "opposing", "warring", "governing", "occupying", "attacking"]
    + ["invading", "remaining", "surrounding", "fighting", "emerging", "rising", "ongoing"]
)


def _by_means(doc, i: int, mentions, s1: int) -> bool:
    """Whether "by" at *i* opens a means ("accused France of stoking tension by arming
    Armenia"): a gerund after it whose object is a name, no agent ("shelled by advancing
    Azerbaijani forces" has one)."""
    return (
        i + 1 < s1
        and doc[i + 1].lower_.endswith("ing")
        and doc[i + 1].lower_ not in ING_ADJECTIVES
        and not any(m.start == i + 1 for m in mentions)
        and not any(m.start == i + 2 and m.label in ("ADJ", "ROLE", "AGENT") for m in mentions)
    )


def _host_who_said(sent: _Sentence, trig: _Trigger, speakers: list) -> list:
    """The speaker before a mediation gerund in a time clause after the reporting verb
    ("..., the co-chairs said in a statement after hosting the two ministers", "Michel said
    that A and B had agreed ... after he hosted them"): the one who hosts is the one who said
    it; [] when *trig* is no such gerund."""
    doc = sent.doc
    k = trig.start - 1
    he = k > sent.s0 and doc[k].lower_ in ("he", "she")
    if not (
        trig.rule.frame == "mediate"
        and k - he >= sent.s0
        and (doc[trig.start].lower_.endswith("ing") or he)
        and doc[k - he].lower_ in TIME_GERUND_WORDS
    ):
        return []
    stop = next((j for j in range(trig.end, sent.s1) if doc[j].text in (",", ";")), sent.s1)
    guests = [
        m for m in sent.mentions if trig.start < m.start < stop and (m.actor or m.label == "PAIR")
    ]
    if not (
        any(m.label == "PAIR" for m in guests)
        or len({m.actor for m in guests if m.actor}) >= 2
        or any(t.lower_ == "them" for t in doc[trig.end : stop])
    ):
        return []  # (one guest: "Lavrov said after hosting the Azerbaijani foreign minister")
    said = [
        sp
        for t, sp, _ in speakers
        if t.start < trig.start and any(m.actor and m.label != "PAIR" for m in sp)
    ]
    return said[-1] if said else []


def _fronted_participle_subject(sent: _Sentence, trig: _Trigger) -> list:
    """ "Condemning X's attack, the Parliament called ...", "Welcoming the deal, France said
    ...": a participle opening the sentence shares the main clause's subject, the actors right
    after the comma that closes the participle's clause."""
    doc = sent.doc
    opener = sent.s0 + (1 if doc[sent.s0].is_quote else 0)
    if trig.start != opener or not doc[trig.start].lower_.endswith("ing") or trig.end >= sent.s1:
        return []
    if doc[trig.end].lower_ not in PARTICIPLE_OBJECT_OPENERS and not any(
        m.start == trig.end for m in sent.mentions
    ):
        return []  # "Shelling of Stepanakert continued, X said": a noun, the subject itself
    comma = next((k for k in range(trig.end, sent.s1) if doc[k].text == ","), None)
    if comma is None:
        return []
    first = [m for m in sent.mentions if m.actor and comma < m.start <= comma + 3]
    if not first or any(
        t.lower_ not in ("the", "a", "an") for t in doc[comma + 1 : first[0].start]
    ):
        return []
    return [m for m in sent.mentions if m.actor and m.start >= first[0].start][:1]


#: Words before a goal verb's base form that make it aimed at ("to reach", "could secure").
AIMING_WORDS = frozenset(
    ["to", "help", "helps", "helped", "assist", "could", "would", "might", "may", "can"]
)


def _aimed(doc, t, s0: int) -> bool:
    """A goal word that states an aim: "toward(s)", or a base form after "to", "help" or a
    modal shortly before ("to reach a truce", "help A and B secure a deal"); a past form
    ("reached"), a headline's present ("A, B reach truce") or a gerund after "after" is done."""
    if t.lower_ in ("toward", "towards"):
        return True
    if t.lower_ == t.norm_:
        return any(b.lower_ in AIMING_WORDS for b in doc[max(s0, t.i - 8) : t.i])
    before = doc[t.i - 1].lower_ if t.i > s0 else ""
    return t.lower_.endswith("ing") and before in ("at", "on", "for", "toward", "towards")


def _intent_word(sent: _Sentence, trig: _Trigger, left: int, own: bool = False) -> int | None:
    """Where the word is that makes the act what its subject offers, is ready for, hopes for
    or promises ("offered to host", "ready to sign", "his readiness for talks", "hope for
    signing", "pledged to"); None if there is none. ``own``: not a word inside a trigger of
    another kind ("offered to broker a deal": the offer is the broker's, not the parties')."""
    tokens = [t for t in sent.window(trig, 4) if t.i >= left]
    for k, t in enumerate(tokens):
        after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
        words = {t.lower_, t.norm_}
        if not (
            t.norm_ in OFFER_WORDS
            or (words & READY_WORDS and after in ("to", "for"))
            or (words & PROMISE_WORDS and after == "to")
        ):
            continue
        if own and any(
            o.start <= t.i < o.end and o.rule.type != "intend_cooperation"
            for o in sent.triggers
            if o is not trig
        ):
            continue
        return t.i
    return None


def _intent(sent: _Sentence, trig: _Trigger, left: int) -> bool:
    return _intent_word(sent, trig, left) is not None


#: Verbs of hostile intent that are no trigger of their own ("vowed to retaliate").
HOSTILE_INTENT_VERBS = frozenset(
    ["retaliate", "punish", "avenge", "crush", "destroy", "eliminate", "retake", "liberate"]
)


def _hostile_complement(sent: _Sentence, trig: _Trigger) -> bool:
    """What a promise or pledge is to do is hostile ("vowed to retaliate", "pledged to
    attack"): the verb right after it, or a hostile trigger starting there."""
    from ..vocabulary import relation_type_table

    doc = sent.doc
    if trig.end < sent.s1 and doc[trig.end].norm_ in HOSTILE_INTENT_VERBS:
        return True
    following = [o for o in sent.triggers if o.rule.type and trig.end <= o.start <= trig.end + 1]
    if not following:
        return False
    # (the act the verb right after it starts: "committed to end hostilities" is a truce, not
    # the hostilities)
    first = min(o.start for o in following)
    following = [o for o in following if o.start == first]
    records = relation_type_table()
    return any(records[o.rule.type]["sign"] < 0 for o in following)


def _intended(pairs: list, intending: set) -> tuple[list, str | None]:
    """The pairs of a cooperative act its subject is ready for or promises, as the subject's
    intent towards each other party ("A is ready to sign a treaty with B": A -> B; "A and B
    are ready to meet": each way; with no subject named, each party's intent). A subject
    outside the act ("X is ready for talks between A and B") leaves the act as it is."""
    out = []
    for x, y, between, factor, mx, my in pairs:
        if not intending or x in intending:
            out.append((x, y, between, factor, mx, my))
        if not intending or y in intending:
            out.append((y, x, between, factor, my, mx))
    if intending and not out:
        return pairs, None
    return out, "intend_cooperation"


def _agreed_to(sent: _Sentence, trig: _Trigger, left: int) -> bool:
    """An "agreed to" / "an agreement to" earlier in the clause governs the infinitive the
    act is in ("agreed to continue talks", "agreed to expedite ... and to organize a meeting")."""
    tokens = [t for t in sent.doc[max(left, trig.start - 14) : trig.start]]
    return any(
        a.norm_ in ("agree", "agreement")
        # "agreed in Prague to recognise": a short place or time phrase between
        and any(
            b.lower_ == "to"
            # ("agreed to a ceasefire mediated by X": a noun agreed to, not an infinitive)
            and not (j + 1 < len(tokens) and tokens[j + 1].lower_ in DETERMINERS)
            for j, b in enumerate(tokens[k + 1 : k + 5], k + 1)
        )
        and not any(b.is_punct for b in tokens[k + 1 : k + 5])
        for k, a in enumerate(tokens)
    )


#: Words that open a noun phrase ("agreed to a ceasefire": not an infinitive).
DETERMINERS = frozenset(["a", "an", "the", "this", "that", "its", "their", "his", "her"])


def _modal_status(sent: _Sentence, trig: _Trigger, left: int) -> str | None:
    tokens = [t for t in sent.window(trig, 4) if t.i >= left]
    words = [t.norm_ for t in tokens]
    if _intent(sent, trig, left):
        return "offered"
    if words[-2:] == ["agree", "to"] or (
        words[-3:-1] in (["agree", "to"], ["agreement", "to"]) and words[-1].endswith("ly")
    ):
        return "offered"  # "agreed to exchange prisoners": agreed, not yet done
    if words[-2:] == ["agreement", "to"]:
        return "offered"  # "an agreement to recognize": agreed, not yet done
    if "to" in words[-3:] and _agreed_to(sent, trig, left):
        return "offered"  # "agreed to continue talks", "agreed to ... and to hold a meeting"
    if any(
        w in PLAN_WORDS
        and t.lower_ != "willing"
        # (not a compound adjective: "the pre-planned attack" took place)
        and not (t.i > 0 and sent.doc[t.i - 1].text in ("-", "–"))
        for w, t in zip(words, tokens, strict=True)
    ):
        return "planned"
    if "to" not in words or any(
        left <= t.start < trig.start and t.rule.frame != "report" for t in sent.triggers
    ):
        return None  # (no "to"; "urged A and B to stop the fighting": another act's object)
    ends = {
        m.end
        for m in sent.mentions
        # (not a journey's end: "flew to Moscow to meet Putin" met him)
        if not (m.label == "CAPITAL" and _prev_word(sent.doc, m, sent.s0) == "to")
    }
    for k, t in enumerate(tokens[1:], 1):
        if t.lower_ == "to" and (tokens[k - 1].i + 1 in ends or words[k - 1] == "be"):
            place = k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
            if place and not _headline(sent):
                continue  # ("Azerbaijan's ambassador to Paris criticized France": a post)
            return "planned"  # "Armenia and Azerbaijan to start talks", "are to meet"
    return None


def _headline(sent: _Sentence) -> bool:
    """Whether the sentence capitalises most of its words that are no names (a headline)."""
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    words = [
        w for w in sent.doc[sent.s0 : sent.s1] if w.is_alpha and len(w) > 3 and w.i not in named
    ]
    return sum(w.text[:1].isupper() for w in words) * 2 > len(words)


def _history(text: str, year: int | None) -> tuple[bool, str | None]:
    """Whether the sentence dates its acts before the article, and the date it gives."""
    lowered = text.lower()
    for match in _YEAR.finditer(text):
        y = int(match.group(1))
        decade = bool(match.group(2))
        before = lowered[max(0, match.start() - 6) : match.start()]
        if "since" in before:
            continue
        if _DATE_OF.search(lowered[max(0, match.start() - 40) : match.start()]):
            continue  # "the trilateral statement of November 9, 2020": names a document
        if year is not None and (y + (9 if decade else 0) < year):
            return True, f"{y}/{y + 9}" if decade else str(y)
    # ("the two former Soviet republics", "post-Soviet states": what they are, not when)
    words = set(re.findall(r"[a-z]+", _FORMER_SOVIET.sub(" ", lowered)))
    if words & HISTORY_WORDS or "in the past" in lowered:
        return True, None
    return False, None


def _weekday_date(text: str, doc_date: str | None) -> str | None:
    if not doc_date or len(doc_date) < 10:
        return None
    lowered = text.lower()
    for k, name in enumerate(WEEKDAYS):
        if re.search(rf"\bon {name}\b", lowered) or re.search(rf"\b{name}\b", lowered):
            try:
                day = dt.date.fromisoformat(doc_date[:10])
            except ValueError:
                return None
            back = (day.weekday() - k) % 7
            return (day - dt.timedelta(days=back)).isoformat()
    return None


#: Types whose trigger governs the act it stops or refuses ("suspend the talks").
HALTING_TYPES = frozenset(
    ["halt_negotiation", "halt_mediation", "reject_mediation", "reduce_relations"]
    + ["halt_humanitarian_aid", "blockade"]  # ("blocked aid deliveries")
)


#: Acts (besides the symmetric ones) that a halting act governs without doing them: "blocked
#: aid" is no aid ("froze its participation in X" keeps the membership).
HALTED_ACTS = {
    "halt_humanitarian_aid": frozenset(["aid", "humanitarian_aid"]),
    "blockade": frozenset(["aid", "humanitarian_aid", "military_aid"]),  # "blocked aid to X"
    "reduce_relations": frozenset(["aid", "humanitarian_aid", "military_aid"]),  # "suspended aid"
    "intend_cooperation": frozenset(["member_of"]),  # "applied for membership in the EU"
}


#: Events one holds ("held talks", "will hold separate visits"): not land held.
HELD_EVENTS = frozenset(
    ["visit", "talk", "meeting", "consultation", "call", "conversation", "election", "summit"]
    + ["session", "referendum", "negotiation", "rally", "exercise", "drill", "conference"]
    + ["discussion", "round", "briefing", "ceremony", "vote", "hearing", "phone"]
    + ["meet", "brief", "hear"]  # the lemmas of "meeting", "briefing", "hearing"
)
#: Two words of which one is no trigger there: "in order to" is a purpose, not an order.
FIXED_PHRASES = frozenset(
    [("in", "order"), ("in", "return")]
    + [("press", w) for w in ("conference", "release", "service", "secretary", "briefing")]
    + [("press", "office"), ("press", "statement"), ("press", "freedom")]
    # "the threat of renewed hostilities": a risk, not a threat made
    + [("threat", "of"), ("threats", "of")]
    # "to take back control": a recovery, not backing
    + [(w, "back") for w in ("take", "takes", "took", "taken", "taking", "win", "won", "get")]
    # "the Kremlin's talking points", "war-making abilities": no talks, no war
    + [("talking", "points"), ("talking", "point"), ("war", "-")]
    # "the oil price war", "a trade war", "the war of words": no fighting
    + [(w, "war") for w in ("price", "trade", "tariff", "currency", "cyber", "information")]
    + [(w, "wars") for w in ("price", "trade", "tariff", "currency", "cyber", "information")]
)


#: Words of a title between an owner and the person it names ("the region's former state
#: minister X", "Karabakh ex-minister X"); no other word may stand there ("the envoy
#: following Lavrov's remarks").
TITLE_PARTS = frozenset(
    ["former", "ex", "late", "then", "acting", "de", "facto", "state", "foreign", "defence"]
    + ["defense", "prime", "deputy", "vice", "minister", "president", "leader", "chief"]
    + ["commander", "envoy", "ambassador", "speaker", "head", "spokesman", "spokeswoman"]
    + ["spokesperson", "secretary", "general", "ombudsman", "adviser", "advisor", "aide", "top"]
    + ["senior", "special", "representative", "security", "national", "interior", "premier"]
    + ["parliamentary", "opposition", "separatist", "breakaway", "self-declared", "army"]
)
#: Nouns of people one thanks, meets or welcomes, not a deed whose parties come after
#: ("thanked the delegation and accused X", not "welcomed the deal and urged X").
PERSONAL_OBJECTS = frozenset(
    ["delegation", "delegations", "visitors", "guests", "host", "hosts", "participants"]
    + ["lawmakers", "senators", "congressmen", "states", "nations", "governments", "team"]
    + ["volunteers", "donors", "partners", "allies", "people", "crowd", "protesters"]
)
#: Verbs whose particle "back" is no backing ("turned back the trucks", "pull X back").
BACK_PHRASAL_VERBS = frozenset(
    ["turn", "push", "pull", "hold", "fight", "hit", "strike", "bring", "come", "go", "roll"]
    + ["send", "fall", "cut", "scale", "draw", "step", "force", "drive", "move", "fire"]
    + ["shoot", "beat", "win", "take", "give", "hand", "pay"]
)


def _back_particle(doc, a: int, s0: int, s1: int) -> bool:
    """Whether "back" at *a* is a phrasal verb's particle: a verb of BACK_PHRASAL_VERBS up to
    four words before it ("turning back", "pull their forces back"), or no object after it
    ("back and", "back to", "back from")."""
    if a > s0 and doc[a - 1].lower_ in MODAL_BEFORE_VERB - {"and", "also"}:
        return False  # ("moved quickly to back Azerbaijan", "would back Yerevan": the verb)
    if any(
        t.norm_ in BACK_PHRASAL_VERBS and not (t.i > s0 and doc[t.i - 1].lower_ == "in")
        for t in doc[max(s0, a - 4) : a]
    ):
        return True  # (not "Azerbaijan in turn will back Armenia's candidacy")
    nxt = doc[a + 1] if a + 1 < s1 else None
    return nxt is None or nxt.is_punct or nxt.lower_ in ("and", "to", "from", "into", "in", "on")


#: Verbs that make "threats of" ones made, not a risk ("made fresh threats of war").
THREAT_VERBS = frozenset(["make", "issue", "voice", "repeat", "renew", "level", "utter"])


def _threats_made(doc, a: int, s0: int) -> bool:
    """Whether "threat(s) of" at *a* are threats someone made: after a verb of making them
    ("made fresh threats of military action") or a possessive ("Baku's threats of war")."""
    if doc[a].lower_ not in ("threat", "threats"):
        return False
    before = doc[max(s0, a - 3) : a]
    return any(t.norm_ in THREAT_VERBS for t in before) or (
        a - 1 >= s0 and doc[a - 1].lower_ in ("'s", "’s", "his", "her", "its", "their")
    )


#: Rules that name someone something ("calling Armenia the biggest threat"): the words
#: between the verb and the name are its object, never a new clause.
NAMING_RULES = frozenset(["brand_as"])


def _fulfilled(doc, rule, a: int, s0: int, s1: int) -> bool:
    """ "If the provisions are met": a passive "met" with no agent is fulfilled, not a meeting
    ("Aliyev was met by Putin" is one)."""
    return (
        rule.type == "meet"
        and doc[a].lower_ == "met"
        and a > s0
        and doc[a - 1].lower_ in ("is", "are", "was", "were", "be", "been")
        and not (a + 1 < s1 and doc[a + 1].lower_ == "by")
    )


def _without_journeys(chosen: list, mentions) -> list:
    """ "Flew to Moscow for talks with Putin": the talks, with someone named after them, are
    the visit's act; a journey is a visit of its own otherwise ("travelled to Yerevan to
    discuss the peace treaty", "will travel to Baku to present a plan"; journeys of no visitor
    or called off are dropped once read, `_journeys_kept`)."""
    from ..vocabulary import relation_type_table

    types = relation_type_table()
    return [
        t
        for t in chosen
        if t.rule.id not in JOURNEY_RULES
        or not any(
            u.start > t.start
            and (types.get(u.rule.type) or {}).get("category") == "negotiation"
            and any(m.actor and m.start >= u.end for m in mentions)
            for u in chosen
        )
    ]


#: Words of events that are no talks between parties ("host the COP29 climate summit").
OTHER_EVENTS = frozenset(
    ["climate", "cop29", "cop", "olympic", "olympics", "championship", "festival", "eurovision"]
)
#: What a state hosts that is no talks ("hosts one of the largest Armenian diasporas", "hosts a
#: Russian military base"), when no word of talks comes first.
HOSTED_THINGS = frozenset(
    ["diaspora", "diasporas", "community", "communities", "base", "bases", "refugees"]
)
#: Words of talks a host holds.
TALK_WORDS = frozenset(["talks", "meeting", "meetings", "negotiations", "summit", "round"])
#: Nouns of a pattern's tail that are verbs after "to" ("to deal with the influx").
TAIL_VERBS = frozenset(["deal"])


#: Rules whose noun after a gap must be the verb's object ("rejected ... the criticism").
OBJECT_NOUN_RULES = frozenset(
    ["reject_criticism", "deny_claims", "reject_proposal", "reject_remarks"]
)
#: Words in that gap that show the noun belongs to another phrase.
GAP_BREAKERS = frozenset(
    ["amid", "over", "for", "after", "despite", "following", "and", "but", "while", "drawing"]
    + ["citing", "with", "as", "in", "at", "on"]
)
#: Nouns of a deal between two that a third party may facilitate ("the exchange was
#: facilitated by X", "a deal facilitated by X").
FACILITATED_DEALS = frozenset(
    ["exchange", "swap", "deal", "agreement", "talk", "meeting", "handover", "dialogue"]
    + ["negotiation", "release", "return", "repatriation", "ceasefire", "truce", "accord"]
    + ["remains", "body", "prisoner", "detainee", "captive"]
)
#: Things released that are no captives ("released a statement", "released funds").
RELEASED_THINGS = frozenset(
    ["fund", "statement", "report", "video", "footage", "data", "figure", "image", "photo"]
    + ["list", "document", "map", "information", "money", "tranche", "budget"]
)


#: Words before a verb that may also be a noun ("to station", "will station").
MODAL_BEFORE_VERB = frozenset(
    ["to", "will", "would", "could", "can", "may", "might", "must", "should", "and", "also"]
)


def _monitors_deployed(doc, a: int, s0: int) -> bool:
    """Whether the deploying at *a* is that of monitors or observers, its subject ("civilian
    monitors have been deployed", "EU monitors to deploy on the Armenian side"), with only
    auxiliaries between (not "EU observers saw Azerbaijan deploy tanks")."""
    k = a - 1
    while k >= s0 and doc[k].lower_ in PASSIVE_AUXILIARIES | MODAL_BEFORE_VERB | {"have", "has"}:
        k -= 1
    return k >= s0 and doc[k].norm_ in ("monitor", "observer", "mission", "team")


#: Verbs of making a deal that a word of UNACHIEVED_WORDS may leave unmade.
DEAL_MAKING_VERBS = frozenset(["broker", "reach", "secure", "clinch", "negotiate", "mediate"])


def _deal_only_sought(doc, a: int, s0: int) -> bool:
    """Whether the deal or truce at *a* is only what someone sought, tried or failed to make
    ("has sought to broker a peace deal", "efforts to broker a truce", "in a bid to broker")."""
    for k in range(max(s0 + 1, a - 6), a):
        if doc[k].lower_ in DEAL_MAKING_VERBS and doc[k - 1].lower_ == "to":
            return any(t.lemma_.lower() in UNACHIEVED_WORDS for t in doc[max(s0, k - 5) : k])
    return False


def _done_by_no_one_here(doc, rule, a: int, b: int, s0: int, s1: int) -> bool:
    """Whether a rule's words name another act here: monitors deployed ("civilian monitors
    have been deployed on the Armenian side": their aid, not a show of force), a body
    disbanded ("disbanded the government's security council": no forces disarmed), control
    only tried or wanted ("trying to bring the corridor under its control"), a picture
    released ("in this handout picture released by the Defence Ministry")."""
    if rule.id == "deploy" and _monitors_deployed(doc, a, s0):
        return True  # "civilian monitors have been deployed on the Armenian side": their aid
    if (
        rule.id == "deploy"
        and doc[a].lower_ in ("station", "stations")
        and not (a > s0 and doc[a - 1].lower_ in MODAL_BEFORE_VERB)
    ):
        return True  # "the joint monitoring stations": a noun
    if rule.id == "disarm" and any(
        t.lower_ in ("council", "government", "cabinet", "committee", "commission", "party")
        for t in doc[b : min(s1, b + 5)]
    ):
        return True  # "disbanded the government's security council": no forces disarmed
    if rule.type in ("sign_agreement", "ceasefire") and _deal_only_sought(doc, a, s0):
        return True  # "Russia has sought to broker a peace deal between A and B": none made
    if rule.id in ("bring_under_control", "in_charge_of") and any(
        t.lemma_.lower() in UNACHIEVED_WORDS | {"plan"} for t in doc[max(s0, a - 4) : a]
    ):
        return True  # "accused Azerbaijan of trying to bring the corridor under its control"
    # ("in this handout picture released by the Defence Ministry": a picture)
    return rule.id == "release" and _released_picture(doc, a, b, s0, s1)


def _released_picture(doc, a: int, b: int, s0: int, s1: int) -> bool:
    """Whether "released by" at *a* follows a picture, video or statement a few words before
    ("in this handout picture released by the Armenian Defence Ministry")."""
    return (
        doc[a].lower_ == "released"
        and b < s1
        and doc[b].lower_ == "by"
        and any(
            t.norm_ in RELEASED_THINGS | {"picture", "handout", "still"}
            for t in doc[max(s0, a - 4) : a]
        )
    )


#: Nouns of a party's conduct or standing that one "calls" something ("called Russia's presence
#: a guarantee of stability").
OWNED_CONDUCT = frozenset(
    ["presence", "role", "policy", "policies", "position", "stance", "actions", "statement"]
    + ["statements", "remarks", "words", "decision", "move", "behaviour", "behavior", "conduct"]
    + ["approach", "attitude", "deployment", "mission", "plan", "proposal"]
)


def _called_a_thing(doc, b: int, s1: int) -> bool:
    """Whether "called" before *b* names a thing of a party's ("called X's presence a threat",
    "called Russia's role an obstacle"), not a phone call to X."""
    near = doc[b : min(s1, b + 5)]
    owned = [k for k, t in enumerate(near) if t.lower_ in ("'s", "’s")]
    if not owned:
        return False
    k = owned[0] + 1
    return (k < len(near) and near[k].lower_ in OWNED_CONDUCT) or any(
        t.lower_ in JUDGED_AS for t in doc[b : min(s1, b + 14)]
    )


#: Nouns and adjectives a thing is called ("called X's presence a threat").
JUDGED_AS = frozenset(
    ["threat", "danger", "insult", "provocation", "mistake", "violation", "unacceptable"]
)
#: Verbs that pull someone into a war others may fight ("drag X into confrontation").
DRAG_VERBS = frozenset(["drag", "draw", "plunge", "push", "pull", "lure", "suck"])


def _dragged_into(doc, a: int, s0: int) -> bool:
    """Whether the noun at *a* follows "into" (past two modifiers) after a verb of dragging
    within eight words: "drag the South Caucasus into geopolitical confrontation"."""
    k = a - 1
    while k > s0 and a - k <= 3 and doc[k].lower_ != "into":
        k -= 1
    if k <= s0 or doc[k].lower_ != "into":
        return False
    return any(t.norm_ in DRAG_VERBS for t in doc[max(s0, k - 8) : k])


def _bodys_own_meeting(doc, b: int, stop: int) -> bool:
    """Whether a meeting noun between *b* and *stop* is followed by "of the" and a capitalised
    name: a body's own summit or session, not talks between parties."""
    for k in range(b, stop):
        if (
            doc[k].lower_ in TALK_WORDS | {"session", "sessions"}
            and k + 3 < len(doc)
            and doc[k + 1].lower_ == "of"
            and doc[k + 2].lower_ == "the"
        ):
            return doc[k + 3].text[:1].isupper()
    return False


#: Words before "broker" that make it a role the speaker judges ("an honest broker").
BROKER_ROLE_WORDS = frozenset(["honest", "impartial", "neutral", "fair", "credible"])


def _not_the_act(doc, rule, a: int, b: int, end: int, s0: int, s1: int) -> bool:
    """Words a rule matches (head ``a:b``, whole match up to *end*) that do not state its act
    here."""
    if end - 1 > b and doc[end - 1].lower_ in TAIL_VERBS and doc[end - 2].lower_ == "to":
        return True  # "offer assistance to Armenia to deal with ...": a verb, not a deal
    if rule.type in ("mediate", "offer_mediation") and any(
        t.norm_ == "host" for t in doc[a : max(b, end)]
    ):
        # "hosts the COP29 climate summit", "hosting the 29th Session of the Conference of
        # Parties": another event, no talks between parties
        near = doc[a : min(s1, end + 6)]
        if any(t.lower_ in OTHER_EVENTS for t in near) or (
            "conference of parties" in near.text.lower()
        ):
            return True
        if _bodys_own_meeting(doc, b, min(s1, end + 4)):
            return True  # "hosted an informal summit of the Organization of Turkic States"
        for t in doc[b : min(s1, end + 9)]:
            if t.lower_ in TALK_WORDS:
                return False
            if t.lower_ in HOSTED_THINGS:
                return True
        return False
    if rule.id in ("arming", "arming_openly", "arming_to") and not (
        doc[b - 1].lower_ in ("arming", "arm") or (b < s1 and doc[b].lower_ == "by" and a > s0)
    ):
        return True  # "signed by Armed Forces Minister X", "the armed forces": not arming
    if rule.id == "call_someone" and _called_a_thing(doc, b, s1):
        return True  # "called the Zionist regime's presence a threat": no phone call
    if rule.id == "trade_barbs" and end < s1 and doc[end].lower_ == "of":
        return True  # "exchanged criticism of the peacekeepers": both criticised a third
    if (
        rule.id == "threat"
        and a - 1 > s0
        and doc[a - 1].lower_ in ("a", "an")
        and any(t.norm_ in ("call", "describe", "term", "brand") for t in doc[max(s0, a - 14) : a])
    ):
        return True  # "called X's presence a threat": a judgement of X, not X's threat
    if rule.id == "broker" and a > s0 and doc[a - 1].lower_ in BROKER_ROLE_WORDS:
        return True  # "we cannot see France as an honest broker": a role judged, no act
    if rule.type == "war" and _dragged_into(doc, a, s0):
        return True  # "trying to drag the region into confrontation": no war of the subjects
    if rule.type == "coerce" and b < s1 and doc[b].lower_ in ("warrant", "warrants"):
        return True  # "issued an arrest warrant for X": no detention
    if rule.id == "facilitated_by" and not any(
        t.norm_ in FACILITATED_DEALS for t in doc[max(s0, a - 10) : a]
    ):
        return True  # "the victory was facilitated by drones": no deal between two
    if (
        rule.id == "request_mediation_that"
        and doc[end - 1].lower_.endswith("ed")
        and doc[end - 2].lower_ not in ("be", "been")
    ):
        return True  # "insisted that X return to talks mediated by the EU": a demand
    if rule.id == "release" and any(t.norm_ in RELEASED_THINGS for t in doc[b : min(s1, b + 3)]):
        return True  # "the UN releases emergency funds", "released a statement": no captives
    if _done_by_no_one_here(doc, rule, a, b, s0, s1):
        return True
    if rule.id == "urge" and doc[a].lower_ == "advises" and a > s0 and doc[a - 1].lower_ == "who":
        return True  # "Hajiyev, who advises President Aliyev": a post, not an appeal
    if rule.id == "control" and doc[a].norm_ == "hold":
        # "will hold separate visits", "held talks", "held a ten-day exercise": an event held,
        # not land (its noun phrase, up to a preposition or a comma)
        for t in doc[b : min(s1, b + 6)]:
            if t.norm_ in HELD_EVENTS:
                return True
            if t.pos_ == "ADP" or t.text in (",", ";"):
                return False
        return False
    if rule.type == "recognize" and a > s0:
        # "Armenia's internationally recognized territory": an adjective
        return "internationally" in {t.lower_ for t in doc[max(s0, a - 2) : a]}
    # "Organization for Security and Cooperation in Europe": a name
    return rule.id == "alliance" and a > s0 and doc[a].is_title


def _states_noun(doc, a: int, s0: int, s1: int, mentions) -> bool:
    """Whether "states" at token *a* is the noun ("EU member states", "the three Caucasian
    states"), not the verb ("Azerbaijan states Armenia shelled ...", "the report states
    that ...")."""
    prev = doc[a - 1] if a > s0 else None
    if prev is None:
        return True
    if prev.lower_ in ("member", "nuclear", "other", "both", "all", "some", "many") or (
        prev.like_num or (prev.is_lower and prev.lower_ not in ("it", "he", "she", "which"))
    ):
        return True  # a noun after a determiner, a number or an adjective
    if any(m.end == a and m.actor for m in mentions) or prev.lower_ in ("it", "he", "she"):
        return False  # the verb after its subject
    return not (a + 1 < s1 and doc[a + 1].lower_ == "that")


#: Prepositions before the route or place aid is kept from ("pass through X", "into X").
ROUTE_PREPS = frozenset(["through", "into", "to"])
#: Verbs that negate what follows them ("refused to allow", "stopped allowing").
REFUSAL_VERBS = frozenset(["refuse", "stop", "cease", "fail", "decline"])


def _double_negative(doc, trig, left: int) -> bool:
    """Whether a negation and a verb of refusal both stand before the trigger ("never
    refused to allow", "did not stop allowing"): the act is allowed after all."""
    window = doc[max(left, trig.start - 6) : trig.start]
    return any(t.norm_ in REFUSAL_VERBS for t in window) and any(
        t.lower_ in ("not", "n't", "never", "no") for t in window
    )


#: Words that may stand between "received" and the aid ("received $5 million in humanitarian
#: aid from X", "received an emergency loan from X").
RECEIVED_GAP_OK = frozenset(
    ["a", "an", "the", "some", "its", "their", "first", "new", "additional", "urgent"]
    + ["emergency", "humanitarian", "military", "financial", "economic", "medical", "in"]
    + ["million", "billion", "worth", "of", "modern", "advanced", "more", "further"]
)
#: Words that deny or belittle what was received ("received no support from").
RECEIVED_NOT = frozenset(["no", "little", "any", "not", "never"])
#: What may be received as aid.
AID_NOUNS = frozenset(
    ["aid", "assistance", "support", "help", "loan", "grant", "weapon", "arm", "arms", "drone"]
    + ["missile", "military_aid", "howitzer", "food", "medicine", "humanitarian"]
)
#: Words that end the act an accusation names ("accused X of arming Y ahead of an attack").
CHARGE_STOPS = frozenset(["during", "after", "ahead", "before", "amid", "in", "for", "while"])
#: Lemmas of verbs of saying.
SAY_NORMS = frozenset(["say", "state", "add", "insist", "claim", "declare", "stress", "note"])
#: Words of trade that make an intermediary no mediator.
TRADE_WORDS = frozenset(["trade", "sale", "sales", "purchase", "purchases", "arms", "sanctions"])


#: What parties agree to that is talks or a truce of its own ("agreed to start negotiating",
#: "agreed to meet again", "agreed to end hostilities").
AGREED_TALKS = frozenset(
    ["negotiate", "negotiating", "negotiation", "negotiations", "talk", "talks", "discuss"]
    + ["discussion", "discussions", "meet", "meeting", "dialogue", "hostilities", "ceasefire"]
)


#: Words before "wounded" or "injured" that make it an adjective ("evacuated wounded people").
CARED_FOR_BEFORE = frozenset(
    ["the", "of", "for", "evacuated", "evacuate", "evacuating", "transported"]
    + ["transport", "treated", "treat", "treating", "helped", "help", "moved", "carried"]
)


#: Words of arms that make a supply or a cargo military, not relief.
ARMS_WORDS = frozenset(["arm", "arms", "weapon", "weaponry", "military", "munition", "ammunition"])
#: Words in the gap of "took ... prisoner" that make it no capture ("took part in").
CAPTIVE_GAP_NOT = frozenset(["part", "note", "step", "steps", "decision", "issue", "up", "of"])
#: Words that may follow "took X prisoner" ("took them captive near the border").
CAPTIVE_AFTER = frozenset(
    ["in", "on", "at", "near", "during", "after", "and", "by", "when", "while", "as", "last"]
    + ["yesterday", "today", "early", "late", "overnight", "since", "before"]
)


#: Rules whose words have another sense that ``_other_sense`` tells apart.
OTHER_SENSE_RULES = frozenset(
    ["take_captive_gap", "with_participation_of", "humanitarian_aid", "allow_access"]
    + ["halt_aid", "evacuate", "hostilities_end", "keep_closed", "return_to", "deploy"]
    + ["hand_over", "led_by", "work_with", "co_chair", "call_to_act", "take_from", "take_land"]
    + ["with_named_backing", "taken_by", "call_traitor", "want_to_resign", "raise_with"]
    + ["entry_ban", "tell_to", "persona_non_grata_long", "with_looking_on", "skip_summit"]
    + ["broker"]
)
#: Words after the place "took" took ("took Kalbajar in 1993", "took Shusha and Lachin").
TAKEN_AFTER = frozenset(
    ["in", "on", "at", "from", "and", "after", "before", "during", "within", "last", "back"]
    + ["early", "late", "without", "by", "when", "while", "then", "that", "this", "itself"]
)
#: Words between "took" and the place it took ("took the town of Shusha").
TAKEN_PLACE_WORDS = frozenset(["the", "town", "city", "village", "villages", "district", "of"])
#: Words after "give up" that make it a loss of heart, not a concession ("gave up hope").
GIVE_UP_NOT = frozenset(["hope", "hopes", "on", "trying", "attempts", "efforts"])


def _other_sense_of_work_lead_and_surrender(
    doc, rule, a: int, b: int, s0: int, s1: int, mentions, end: int
) -> bool:
    """Senses of working with, leading and giving up that are no relation: "working with
    other partners", "the group formed to mediate and led by X", "gave up hope", "forced the
    surrender of X"."""
    if rule.id == "work_with":
        # "working with other partners, including the OSCE", "will work with the parties":
        # no partner named right after it (the subjects do not work with each other)
        after = next((m for m in mentions if end <= m.start <= end + 2), None)
        return after is None or (after.label == "PAIR" and after.text.lower() != "each other")
    if rule.id == "led_by":
        # "the Minsk Group, formed to mediate the conflict and led by France, ...": the group is
        # led, no talks
        return a > s0 and doc[a - 1].lower_ == "and"
    if rule.id == "hand_over":
        # "gave up hope of a peace deal", "gave up on the talks": no concession; "forced the
        # surrender of X": X's, not the forcer's
        forced = any(t.norm_ in ("force", "compel") for t in doc[max(s0, a - 3) : a])
        gave_up = doc[a].lower_ in ("give", "gave", "given", "gives", "giving")
        return (forced and doc[a - 1].lower_ == "the") or (
            gave_up and b < s1 and doc[b].lower_ in GIVE_UP_NOT
        )
    return False


def _refused_or_ended(doc, rule, a: int, end: int, s0: int, s1: int) -> bool:
    """Mediations refused, calls rejected, attacks only possible, partners unreliable,
    contacts or cooperation ended, and wars of words, by the words before (or after) their
    trigger."""
    if rule.id in ("war", "war_noun") and _war_of_words(doc, a, end, s0, s1):
        return True
    if rule.id == "mediation_noun" and any(
        t.lower_ in MEDIATION_REFUSED
        or (t.lower_ == "no" and t.i + 1 < a and doc[t.i + 1].lower_ == "need")
        for t in doc[max(s0, a - 6) : a]
    ):
        return True  # "will not accept France as a mediator", "saw no need for Iranian mediation"
    if rule.id == "call_for" and any(
        t.norm_ in ("reject", "dismiss", "ignore", "refuse", "resist", "rebuff")
        and not any(x.lower_ in ("and", ",", "but") for x in doc[t.i + 1 : a])
        for t in doc[max(s0, a - 4) : a]
    ):
        return True  # "rejected calls for a ceasefire", "rejected Yerevan's call for ...": not
        # the rejecter's call (its maker is read by the rows of a rejected demand)
    if rule.id == "attack_noun" and any(
        t.lower_ in ("any", "possible", "potential", "eventual", "hypothetical")
        for t in doc[max(s0, a - 2) : a]
    ):
        return True  # "any military action against the population would be unacceptable"
    if rule.id == "allies" and any(
        t.lower_ in ("unreliable", "untrustworthy", "former", "bad") for t in doc[a:end]
    ):
        return True  # "Russia had proved to be an unreliable partner for Armenia"
    if rule.id == "contact_with" and (
        any(t.lower_ in COOPERATION_ENDED for t in doc[max(s0, a - 4) : a])
        or any(t.lower_ == "hold" for t in doc[end : min(s1, end + 5)])
    ):
        return True  # "put high-level contacts with Baku on hold", "suspended contacts with"
    # "lifted restrictions on defence cooperation", "voted to end cooperation"
    return rule.id == "alliance" and any(
        t.lower_ in COOPERATION_ENDED and (t.i >= a - 3 or t.lower_ not in ENDING_CLOSE)
        for t in doc[max(s0, a - 5) : a]
    )


def _war_of_words(doc, a: int, end: int, s0: int, s1: int) -> bool:
    """Whether a word of war is one of words: "geopolitical confrontation", "a 'fake news'
    war", "Armenia, Azerbaijan clash at UN rights council", "clash on social media"."""
    before = doc[a - 1].lower_ if a > s0 else ""
    if before in WORDS_OF_WAR_OF_WORDS:
        return True
    after = [t.lower_ for t in doc[end : min(s1, end + 4)]]
    return (
        doc[a].lower_.startswith("clash")
        and bool(after)
        and (
            (after[0] in ("at", "in") and bool(set(after[1:]) & FORUM_WORDS))
            or after[:2] == ["on", "social"]
        )
    )


#: Words before a word of war that make it one of words ("geopolitical confrontation").
WORDS_OF_WAR_OF_WORDS = frozenset(
    ["geopolitical", "political", "diplomatic", "verbal", "information", "news", "media"]
    + ["propaganda", "trade", "word", "words", "legal", "rhetorical"]
)
#: Forums whose clashes are of words ("clash at UN rights council", "in parliament").
FORUM_WORDS = frozenset(
    ["un", "council", "parliament", "assembly", "court", "forum", "summit", "session", "debate"]
)


def _not_this_act(doc, rule, a: int, end: int, s0: int, s1: int, mentions) -> bool:
    """Agreements, entries, hostings and summonses that are none: "agree a humanitarian truce"
    (the truce's own reading reads it), "the trucks entered Karabakh" (no soldiers), "host the
    mission", "summoned to" no envoy; and words refused, ended or doubted (`_refused_or_ended`)."""
    if rule.id == "summoned_to":
        return not any(t.norm_ in ENVOY_WORDS for t in doc[s0:a])
    if rule.id == "agree":
        return _truce_agreed(doc, a, end, s0, s1)
    if rule.id == "troops_enter":
        # "Azerbaijani troops entered Aghdam": soldiers just before the verb (not "entered into
        # a truce")
        entered_into = doc[a].norm_ == "enter" and a + 1 < s1 and doc[a + 1].lower_ == "into"
        return entered_into or not any(t.norm_ in FORCE_NOUNS for t in doc[max(s0, a - 3) : a])
    if rule.id in ("sit_down_with", "question_need"):
        # "sat down with Aliyev", "questioned the need for the EU mission": the one met or
        # doubted soon after (not "sat down with reporters"), and no demonym owning the thing
        # doubted ("the purpose of French arms deliveries to Armenia")
        named = next((m for m in mentions if m.start >= end and m.actor and m.label != "ADJ"), None)
        owner = any(m.label == "ADJ" and m.start in (end, end + 1) for m in mentions)
        far = named is None or named.start > end + 4
        return (
            far
            or any(t.lower_ in SITTING_GAP_BREAKS for t in doc[end : named.start])
            or (rule.id == "question_need" and owner)
        )
    if _refused_or_ended(doc, rule, a, end, s0, s1):
        return True
    if rule.id in ("meet", "meeting", "host_talks") and any(
        (t.lower_ in SPORT_WORDS and not _persons_meet(doc, a, s0, mentions))
        or (rule.id == "host_talks" and t.lower_ in WORLD_EVENT_WORDS)
        for t in doc[a : min(s1, end + 8)]
    ):
        return True  # "Armenia and Turkey meet on the pitch", "race to host UN climate summit"
    if rule.type in ("attack", "claim") and _renounced_or_gear(doc, a, s0, s1):
        return True  # "renounce the use of force and claims", "targeting equipment"
    if rule.id == "backers" and any(t.lower_ in NO_LONGER_WORDS for t in doc[a:end]):
        return True  # "Russia is no longer Armenia's main backer", "not a reliable backer"
    if rule.id == "side_with" and any(t.lower_ == "behind" for t in doc[a:end]):
        # "stood fully behind Baku": one named right after (not "stands behind the attack")
        return not any(m.start == end and m.actor and m.label != "DEED" for m in mentions)
    if rule.id == "side_with" and any(t.lower_ == "shoulder" for t in doc[a:end]):
        # "stood shoulder to shoulder with Azerbaijan": a state backed (not "with Erdogan at
        # the parade": two men side by side)
        after = next((m for m in mentions if m.start >= end and m.actor), None)
        return (
            after is None
            or after.label not in ("NAME", "CAPITAL")
            or any(t.norm_ in SHOULDER_LITERAL for t in doc[s0:a])
        )
    if rule.id == "with_help_of" and any(
        t.lower_ in ("itself", "themselves") and doc[t.i - 1].lower_ in ("arming", "rearming")
        for t in doc[max(s0 + 1, a - 3) : a]
    ):
        return True  # "arming itself with the help of France": arms supplied, no mediation
    if rule.id == "ready_to_help_settle":
        # "ready to help Armenia and Azerbaijan address ...": two parties helped, not "ready to
        # help Armenia address the needs of refugees"
        return not any(t.lower_ in PAIR_HELPED_WORDS for t in doc[a:end])
    if rule.id == "host":
        # "Armenia agreed to host the mission": monitors or refugees hosted, no talks; "a view
        # his host said he shared": a noun, no hosting; "the Council convened at France's
        # request": no one convened
        if doc[a].norm_ == "convene" and (
            end >= s1 or not doc[end].is_alpha or doc[end].lower_ in CONVENED_ALONE
        ):
            return True
        if (
            a > s0
            and doc[a - 1].lower_ in ("his", "her", "their", "its", "our", "my", "the")
            and not (a - 2 >= s0 and doc[a - 2].lower_ == "as")  # ("as their host": hosting)
        ):
            return True
        k = end
        while k < s1 and doc[k].lower_ in ("the", "a", "an", "its", "their", "this", "eu", "new"):
            k += 1
        return k < s1 and doc[k].lower_ in HOSTED_NOT_TALKS
    return False


#: Words that open a sentence's fronted phrase naming an occasion ("At a summit hosted by X,
#: A and B signed ...").
FRONTED_OCCASION_WORDS = frozenset(["at", "during", "in", "on"])


#: Acts of the two after a fronted "At talks hosted by X," that make X their go-between.
FRONTED_DEAL_TYPES = frozenset(
    ["sign_agreement", "cooperate", "negotiate", "meet", "ceasefire", "concede", "recognize"]
)


def _fronted_parties(doc, sent, trig, agent) -> list:
    """The two parties of a main clause after a fronted "At talks hosted by X," phrase.

    "At Friday's summit hosted by Trump, Pashinyan and Aliyev signed a declaration": the
    subject after the phrase's comma, when it names two or more (one is a guest or a speaker).
    """
    if doc[sent.s0].lower_ not in FRONTED_OCCASION_WORDS or agent[0].start < trig.start:
        return []
    comma = next((t.i for t in doc[agent[-1].end : sent.s1] if t.lower_ == ","), None)
    if comma is None or any(t.lower_ in (",", ";") for t in doc[sent.s0 : trig.start]):
        return []
    first = next((m for m in sent.mentions if m.start == comma + 1 and m.actor), None)
    if first is None:
        return []
    group = _group_right(doc, sent.mentions, first, sent.s1)
    if len({m.actor for m in group}) < 2 or {m.actor for m in group} & {m.actor for m in agent}:
        return []
    # only when the two make a deal or hold talks there ("signed", "agreed", "held talks"),
    # not "exchanged accusations", nor "discussed Sweden's membership" of a body named after
    if not any(
        t.start >= group[-1].end and t.rule.type in FRONTED_DEAL_TYPES for t in sent.triggers
    ) or any((sent.registry.get(m.actor) or {}).get("kind") in BODY_KINDS for m in group):
        return []
    return group


#: Words between "sat down with" and a name that put the name in another phrase ("sat down
#: with reporters after meeting Mirzoyan").
SITTING_GAP_BREAKS = frozenset(
    ["after", "before", "and", "to", "at", "in", "on", "from", "for", "by", "while", "when"]
)
#: Words before a mediation noun that refuse or doubt it ("not accept France as a mediator",
#: "no need for Iranian mediation", "under the cover of mediation").
MEDIATION_REFUSED = frozenset(
    ["not", "never", "refuse", "refused", "refuses", "reject", "rejected", "rejects"]
    + ["questioned", "cover", "longer", "without", "against"]
)
#: Words before a partnership noun that restrict or end it ("lifted restrictions on defence
#: cooperation with Azerbaijan", "voted to end cooperation with the European Parliament").
COOPERATION_ENDED = frozenset(
    ["restriction", "restrictions", "ban", "curbs", "end", "ending", "suspend", "suspended"]
    + ["suspending", "review", "broke", "freeze", "froze", "freezing", "halt", "halted"]
)
#: ... of which those that end it only right before it ("to end its cooperation", not "since
#: the end of the war, cooperation has grown").
ENDING_CLOSE = frozenset(["end", "ending", "ban", "review"])
#: Words before a seat town that make an attack on it one on its armed authorities ("struck
#: military targets in Stepanakert").
MILITARY_TARGETS = frozenset(
    ["military", "targets", "target", "positions", "position", "army", "headquarters", "base"]
)
#: Words of people standing side by side, whose "shoulder to shoulder" is literal.
SHOULDER_LITERAL = frozenset(
    ["soldier", "serviceman", "servicemen", "troop", "officer", "guard", "parade", "exercise"]
)
#: Words that name the two parties helped ("help Armenia and Azerbaijan", "help both sides").
PAIR_HELPED_WORDS = frozenset(["and", "both", "two", "sides", "parties", "neighbours"])
#: Words before the use of force or a claim that give it up ("renounce the use of force").
RENOUNCING_WORDS = frozenset(["renounce", "renunciation", "refrain", "non-use", "forswear"])
#: Nouns after "targeting" that make it a kind of gear ("targeting equipment").
TARGETING_GEAR = frozenset(
    ["equipment", "systems", "system", "pods", "pod", "sensors", "software", "optics", "radar"]
)
#: Words between "renounce" and what is renounced ("renounce the use of force").
RENOUNCED_GAP = frozenset(["the", "use", "of", "threat", "any", "all", "territorial", "from"])


def _renounced_or_gear(doc, a: int, s0: int, s1: int) -> bool:
    """Whether the act at *a* is given up right before it: "renounce the use of force",
    "refrain from the use of force" (not "promised to renounce force, shelled ..."), or names
    gear ("drone optics and targeting equipment")."""
    if doc[a].lower_ in ("targeting", "targetting", "target") and a + 1 < s1:
        return doc[a + 1].lower_ in TARGETING_GEAR
    k = a - 1
    while k >= max(s0, a - 5) and doc[k].lower_ in RENOUNCED_GAP:
        k -= 1
    return k >= s0 and doc[k].norm_ in RENOUNCING_WORDS


#: Words that negate or doubt a backer ("no longer Armenia's backer", "not a reliable one").
NO_LONGER_WORDS = frozenset(["not", "no", "never", "longer", "unreliable", "n't"])
#: Words after "convened" that leave it with no object ("the Council convened at ...").
CONVENED_ALONE = frozenset(["at", "on", "in", "to", "for", "after", "last", "this", "today"])
#: Words of a match that make a meeting no talks ("meet at the Chess Olympiad"), and of a
#: world event that make a hosting none ("host the UN biodiversity summit").
SPORT_WORDS = frozenset(
    ["pitch", "olympiad", "qualifier", "qualifiers", "match", "semi-final", "stadium", "derby"]
    + ["tournament", "championship", "championships", "fixture", "chess", "olympics"]
)
WORLD_EVENT_WORDS = frozenset(["biodiversity", "climate", "cop29", "cop17", "eurovision"])


def _persons_meet(doc, a: int, s0: int, mentions) -> bool:
    """Whether a person is named just before the meeting verb at *a* ("Gul and Sargsyan met
    at the stadium": leaders meet at a match; "Armenia and Turkey meet on the pitch": teams)."""
    return any(
        m.label == "PERSON" and a - 6 <= m.start and m.end <= a for m in mentions if m.start >= s0
    )


#: What a state "hosts" that are no talks ("agreed to host the mission").
HOSTED_NOT_TALKS = frozenset(
    ["mission", "monitors", "observers", "refugees", "displaced", "exhibition", "festival"]
    + ["games", "championship", "championships", "tournament", "contest", "match", "concert"]
)


def _truce_agreed(doc, a: int, end: int, s0: int, s1: int) -> bool:
    """Whether "agree" agrees a truce, which the truce's own reading reads: "agree
    humanitarian truce", "agreed early Saturday to a cease-fire", "the truce that Armenia and
    Azerbaijan agreed" (not "agreed to set up a centre to watch over the truce", "agreed at
    ceasefire talks to ...", "agreed on truce monitoring")."""

    def agreed(i: int) -> bool:  # a truce word at i that is the thing agreed
        return doc[i].lower_ in AGREED_TRUCE_WORDS and not (
            i + 1 < s1 and doc[i + 1].lower_ in TRUCE_NOT_THE_THING
        )

    def agreed_from(k: int) -> bool:  # a truce agreed past articles and qualifiers from k
        limit = min(s1, k + 4)
        while k < limit and (doc[k].lower_ in TRUCE_QUALIFIERS or doc[k].text in "-–"):
            k += 1
        return k < s1 and agreed(k)

    to = next((t.i for t in doc[end : min(s1, end + 10)] if t.lower_ in ("to", "on")), None)
    if agreed_from(end) or (to is not None and agreed_from(to + 1)):
        return True
    return any(
        agreed(t.i) and (t.i + 1 == a or doc[t.i + 1].lower_ in ("that", "which", "it", "they"))
        for t in doc[max(s0, a - 6) : a]
    )


#: Words between "agree" and the truce it agrees ("agree a US-brokered humanitarian truce").
TRUCE_QUALIFIERS = frozenset(
    ["a", "an", "the", "humanitarian", "new", "lasting", "full", "complete", "permanent"]
    + ["temporary", "immediate", "brokered", "us", "russian", "russia"]
)


#: Nouns of a truce an "agree" agrees.
AGREED_TRUCE_WORDS = frozenset(
    ["ceasefire", "cease-fire", "cease", "truce", "armistice", "ceasefires", "truces"]
)
#: Words right before a currency that count it ("two million pounds").
MONEY_COUNT_WORDS = frozenset(["million", "billion", "thousand", "hundred", "m", "bn", "of"])


def _party_helped(c, out, registry) -> bool:
    """Whether *c* is a "helped arrange / negotiate" reading whose helper is one of the sides
    ("Azerbaijan helped negotiate the deal with Armenia": a party's own deal, no mediation)."""
    if c.rule != "help_arrange":
        return False
    if any(
        o.type in ("negotiate", "meet", "sign_agreement", "cooperate", "consult")
        and {o.source, o.target} == {c.source, c.target}
        for o in out
    ):
        return True  # (the helper deals with the other itself)
    sides = set(c.between or ()) | {
        o.target for o in out if o.rule == "help_arrange" and o.head == c.head
    }
    if len(sides) < 2:
        return True  # ("Armenia helped arrange the meeting with Azerbaijan": one other side)
    return _state_of(registry, c.source) in {_state_of(registry, x) for x in sides} | sides


def _place_taken(doc, end: int, s1: int, mentions) -> bool:
    """ "took Kalbajar", "took the town of Shusha": a name right after the verb ending at
    *end* (only land is kept, where the relation is read); not "took part", "took a plane"."""
    k = end
    while k < s1 and doc[k].lower_ in TAKEN_PLACE_WORDS:
        k += 1
    place = next((m for m in mentions if m.start == k and m.label in ("NAME", "TOWN")), None)
    # (and nothing that makes the name a modifier: "took the Karabakh conflict to the UN")
    return place is not None and (
        place.end >= s1 or doc[place.end].is_punct or doc[place.end].lower_ in TAKEN_AFTER
    )


def _other_sense(doc, rule, a: int, b: int, s0: int, s1: int, mentions, end: int) -> bool:
    """Words of a rule of OTHER_SENSE_RULES that mean something else here: "took part in a
    prisoner exchange", "with the participation of A, B and C", "a briefing about the
    humanitarian crisis", "the supply of arms", "evacuate troops", "the war ended the career
    of ..."."""
    if rule.id in ("work_with", "led_by", "hand_over"):
        return _other_sense_of_work_lead_and_surrender(doc, rule, a, b, s0, s1, mentions, end)
    if rule.id in TAKEN_OR_BACKED_RULES:
        return _nothing_taken_or_backed(doc, rule, a, b, s0, s1, mentions, end)
    if rule.id in NAMED_SLOT_RULES:
        return _named_slot_missing(doc, rule, a, s1, mentions, end)
    if rule.id == "call_to_act":  # only "called Baku to open the road" (non-native copy)
        return not _called_to_act(doc, mentions, a, s1)
    if rule.id == "co_chair":
        # "co-chaired a meeting of the Security Council", "wants Turkey to co-chair": no body
        # co-chaired right after the verb, or only a wish (the body's kind is checked where
        # the relation is read)
        return (a > s0 and doc[a - 1].lower_ == "to") or not any(
            m.actor and m.label != "ADJ" and b <= m.start <= b + 2 for m in mentions
        )
    if rule.id == "take_captive_gap":
        # "took six Armenian soldiers prisoner": the captives between, and the captive word
        # closing them (not "took part in a prisoner exchange", "took the issue of prisoners")
        gap = doc[b : end - 1]
        held = any(m.start >= b and m.end <= end - 1 for m in mentions) or any(
            t.lower_ in ("them", "him", "her", "us") for t in gap
        )
        return (
            not held
            or any(t.lower_ in CAPTIVE_GAP_NOT for t in gap)
            or (end < s1 and doc[end].is_alpha and doc[end].lower_ not in CAPTIVE_AFTER)
        )
    if rule.id == "with_participation_of":
        # one third party named right after it ("with the participation of Charles Michel"),
        # not a list of those who took part ("of Armenia, Russia and Belarus") or none
        after = [m for m in mentions if m.actor and end <= m.start <= end + 6]
        return not after or any(
            m.actor
            and after[0].end < m.start <= after[0].end + 2
            and doc[after[0].end].lower_ in (",", "and", "&")
            for m in mentions
        )
    if rule.id in ("humanitarian_aid", "allow_access", "halt_aid"):
        gap = [t.lower_ for t in doc[b : end - 1]]
        # "provided a briefing about the humanitarian crisis": a topic, not aid given;
        # "halt the supply of arms", "permits for the transportation of military cargo":
        # arms, not relief; "the issuance of permits": a noun, not letting through
        if set(gap) & {"about", "on", "regarding", "concerning", "over"}:
            return True
        if {t.norm_ for t in doc[b : min(s1, end + 3)]} & ARMS_WORDS:
            return True
        if (
            rule.id == "allow_access"
            and doc[a].lower_ in ("permit", "permits")
            and (a > s0 and doc[a - 1].lower_ in ("of", "a", "the", "issue", "issuance", "no"))
        ):
            return True
    if rule.id == "evacuate":
        # "to evacuate Armenian troops": soldiers withdrawn, not civilians rescued
        return any(
            t.norm_ in ("troop", "soldier", "force", "serviceman", "unit")
            for t in doc[b : min(s1, b + 4)]
        )
    if rule.id == "hostilities_end":
        # "the war ended the career of X": a transitive end, no truce
        return end < s1 and doc[end].lower_ in ("the", "a", "an", "his", "her", "its", "their")
    if rule.id == "return_to":
        # "return to the ceasefire / the negotiating table": going back, not handing back
        # (but "return to Azerbaijan the villages", "handed back to Armenia")
        return (
            b < s1
            and doc[b].lower_ == "to"
            and not any(m.actor and b < m.start <= b + 2 for m in mentions)
        )
    if rule.id == "deploy":
        # "a civilian monitoring mission was deployed by the EU": observers, no show of force
        before = {t.lower_ for t in doc[max(s0, a - 8) : a]}
        return "mission" in before and bool(before & {"monitoring", "observer", "civilian"})
    if rule.id == "keep_closed":
        # "kept the border closed", not "keeping a close eye on"
        return doc[end - 1].lower_ not in ("closed", "shut", "sealed")
    return False


#: Texts whose "version" is a draft, not a claim ("the Armenian version of the draft treaty").
DRAFTED_NOUNS = DOCUMENT_NOUNS | {"draft", "treaty", "text", "agreement", "plan", "proposal"}
#: Nouns of a land "the" refers back with ("took back the region").
TAKEN_LAND_NOUNS = LAND_NOUNS | {"enclave", "town", "city", "province"}
#: Rules whose words mean something else with another object (`_wrong_object`).
OBJECT_CHECKED_RULES = frozenset(
    ["take_back", "deny_claims", "insist_that", "attack", "attack_noun"]
)


def _wrong_object(doc, rule, s1: int, mentions, end: int) -> bool:
    """ "took back his words" (no land), "rejected the Armenian version of the draft" (a text,
    no claim), "insisted that Azerbaijan was observing the truce" (a claim, no demand)."""
    if rule.id == "take_back":
        # "took back Kalbajar", "took back control of Shusha" (not "took back his words")
        k = end + (end < s1 and doc[end].lower_ == "the")
        return not (
            (k < s1 and doc[k].lower_ == "control")
            or any(
                m.start == k
                and m.label in ("NAME", "TOWN", "PLACE")
                and not (m.end < s1 and doc[m.end].lower_ in ("'s", "’s"))  # ("X's trust")
                for m in mentions
            )
            # ("took back the region": a land named before)
            or any(
                m.start == end
                and m.label == "PRONOUN"
                and doc[m.end - 1].lower_ in TAKEN_LAND_NOUNS
                for m in mentions
            )
        )
    if rule.id == "deny_claims" and doc[end - 1].lower_ == "version":
        # ("rejected the Armenian version of the draft treaty": a text, not a claim; "the
        # Armenian version of events" is one)
        return any(t.norm_ in DRAFTED_NOUNS for t in doc[end : min(s1, end + 4)])
    if rule.id == "insist_that":
        # "insisted that Azerbaijan was observing the truce": a claim (said), no demand
        return not _bare_verb_after(doc, mentions, s1, end)
    if rule.id in ("attack", "attack_noun"):
        word = doc[end - 1].lower_
        before = doc[end - 2].lower_ if end - 2 >= 0 else ""
        after = doc[end].lower_ if end < s1 else ""
        return (
            # "winding down the Minsk Group", "decided to wind up": the lemmatizer reads
            # "wound" as "wind", so the row's "wound" matches every "wind"
            word.startswith("wind")
            # "provided 1 million pounds": a sum, no pounding
            or (
                word in ("pound", "pounds")
                and (before in MONEY_COUNT_WORDS or (end >= 2 and doc[end - 2].like_num))
            )
            or (word in ("strike", "strikes") and before in NOT_ATTACK_STRIKES)
            # a headline's passive ("Russian peacekeepers killed in Karabakh as ..."): the
            # killed, not killers
            or (
                word in ("killed", "wounded", "injured")
                and after in HEADLINE_PASSIVE_NEXT
                and before not in ("were", "was", "been", "being", "are", "is", "be", "got")
            )
        )
    return False


#: Words before "strike" that make it no attack ("on hunger strike", "a general strike").
NOT_ATTACK_STRIKES = frozenset(["hunger", "general", "labour", "labor", "national", "rail"])
#: Words right after a headline's "killed" that show the killed are its subject.
HEADLINE_PASSIVE_NEXT = frozenset(["in", "near", "as", "after", "during", "when", "on", "at"])


#: Words that open a question after "asked" ("asked why", "asked whether").
WH_WORDS = frozenset(["why", "whether", "if", "how", "what", "when", "where", "who"])
#: Words before the noun "aid" that keep it aid given ("each other's aid", "economic aid").
AIDING_QUALIFIERS = frozenset(["'s", "’s", "military", "economic", "financial"])
#: Verbs of a role one is wished to take ("wants Turkey to co-chair the Minsk Group").
ROLE_TAKING_VERBS = frozenset(["co", "chair", "mediate", "host", "join", "participate"])
#: Verbs after "expects X to" that make it a forecast, not a demand ("expects Azerbaijan to
#: attack", "to win the war", "to lose more territory", "to become a hub").
FORECAST_VERBS = frozenset(
    ["attack", "launch", "win", "lose", "use", "invade", "strike", "seize", "become", "fail"]
    + ["collapse", "leave", "stay", "remain", "escalate", "resume", "continue", "try"]
)
#: Verbs after "hoped X would" that wish X an outcome, not ask an act of it ("hoped Azerbaijan
#: would prevail / be punished / not become a battlefield / receive more aid").
OUTCOME_VERBS = frozenset(
    ["not", "be", "become", "get", "receive", "suffer", "face", "prevail", "emerge", "succeed"]
    + ["survive", "benefit", "regain", "fall", "pay", "gain", "recover", "find", "see", "have"]
)
#: The texts whose signing carries the pledges a participle after them states ("signed a
#: declaration pledging to ...").
SIGNED_PLEDGE_NOUNS = frozenset(
    ["declaration", "statement", "agreement", "memorandum", "accord", "treaty", "deal"]
)
#: Words of a handover or exchange of people or remains, whose go-between is an intermediary.
HANDOVER_NORMS = frozenset(
    ["handover", "hand-over", "exchange", "swap", "transfer", "repatriation", "remains"]
    + ["body", "prisoner", "detainee", "captive", "pow"]
)


def _no_go_between(doc, s0: int, s1: int, end: int) -> bool:
    """Whether the "intermediary" ending at *end* is none between parties: one in trade, arms
    purchases or sanctions evasion, or one with no "between" after it and no handover in the
    sentence ("a neutral intermediary", the ICRC's word; "as intermediary in the exchange of
    prisoners": go-betweens of the two of a handover, named or read before)."""
    after = {t.lower_ for t in doc[end : min(s1, end + 10)]}
    handover = doc[end - 2].lower_ == "neutral" or bool(
        {t.norm_ for t in doc[s0:s1]} & HANDOVER_NORMS
    )
    return ("between" not in after and not handover) or bool(after & TRADE_WORDS)


def _not_a_pledge_aid_or_ask(doc, rule, a: int, b: int, s0: int, mentions, end: int) -> bool:
    """Words of the pledge, aid and expectation rows that mean something else here (a pledge
    a signed text states, the noun "aid", one's own aim), and of a verdict, a supplier or a
    refused proposal (:func:`_not_a_verdict_or_supplier`)."""
    if rule.id in ("call_claims_false", "arms_supplier_to", "reject_proposal"):
        return _not_a_verdict_or_supplier(doc, rule, a, b, mentions)
    if (
        rule.id in ("intend_cooperation", "commitment")
        and doc[a].lower_.endswith("ing")
        and any(t.norm_ == "sign" for t in doc[s0:a])
        and any(t.norm_ in SIGNED_PLEDGE_NOUNS for t in doc[s0:a])
    ):
        # "signed a joint declaration committing to end the conflict": what the signed text
        # says, no second relation
        return True
    if rule.id == "urge" and doc[a].norm_ == "ask" and b < len(doc) and doc[b].lower_ in WH_WORDS:
        return True  # "asked why Iran had never held drills there": a question, no appeal
    if rule.id == "aid" and doc[a].lower_ in ("aid", "aids"):
        # "U.S. aid to Azerbaijan", "pledges aid for refugees": the noun, which the coders
        # read as no one aiding far more often than not (but "come to each other's aid",
        # "military aid for Armenia", "economic aid to Armenia")
        return not (a > s0 and doc[a - 1].lower_ in AIDING_QUALIFIERS)
    if rule.id == "hope_would":
        # "hoped Baku and Yerevan would sign", "hope that Armenia will accept it": the ones
        # named right after "hope" are asked (not "hoped the agreement would", a thing; not
        # "in the hope that X would", a purpose; not "hoped X would win", a forecast)
        k = b + 1 if doc[b].lower_ == "that" else b
        named = k < end - 1 and all(
            any(m.actor and m.start <= i < m.end for m in mentions)
            or doc[i].lower_ in ("and", ",", "both", "they")
            for i in range(k, end - 1)
        )
        return (
            not named
            or (a > s0 + 1 and doc[a - 1].lower_ == "the" and doc[a - 2].lower_ == "in")
            or (end < len(doc) and doc[end].norm_ in FORECAST_VERBS | OUTCOME_VERBS)
        )
    if rule.id == "expect_to":
        # "expected Yerevan to complete the process": one asked to act, named before "to" (not
        # "expects to sign a treaty with Armenia": its own aim)
        return (
            not (
                any(m.start in (b, b + 1) and m.end == end - 1 for m in mentions)
                or (b == end - 2 and doc[b].lower_ in ("them", "him", "her", "it", "both"))
            )
            # ("Azerbaijan wants Turkey to co-chair the Minsk Group": a role wished for, not
            # an act asked of Turkey; "Armenia expects Azerbaijan to attack", "Russia expects
            # Azerbaijan to win": a forecast)
            or (end < len(doc) and doc[end].norm_ in ROLE_TAKING_VERBS | FORECAST_VERBS)
        )
    return False


#: Words between "called" and a claim noun that make "called" a phone call ("Macron called
#: Aliyev after the Azerbaijani statement").
CALL_NOT_VERDICT = frozenset(["after", "about", "following", "over", "on", "to", "with", "and"])
#: Nouns a verdict of falsity may be called of (row ``call_claims_false``).
CALLED_NOUNS = CLAIM_NOUNS | {"statement", "case", "story"}
#: Words before "arms supplier" that make it no supplier yet ("a potential arms supplier").
NOT_YET_WORDS = frozenset(
    ["potential", "possible", "prospective", "future", "would-be", "once", "former", "formerly"]
    + ["ceased", "cease", "stopped", "becoming", "longer", "could", "might", "may", "would"]
)


def _not_a_verdict_or_supplier(doc, rule, a: int, b: int, mentions) -> bool:
    """A phone call, not a verdict ("Macron called Aliyev after the statement ..."); a supplier
    not yet ("a potential arms supplier to Armenia"); a mediation offer refused (the rows of a
    rejected mediation read it)."""
    if rule.id == "call_claims_false":
        noun = next((k for k in range(b, min(len(doc), b + 8)) if doc[k].norm_ in CALLED_NOUNS), b)
        called = [  # ("called Aliyev after ...": one called, not "called Baku's statement")
            m
            for m in mentions
            if m.actor
            and m.label != "ADJ"
            and a < m.start < noun
            and doc[m.end].lower_ not in ("'s", "’s")
        ]
        return bool(called) or any(t.lower_ in CALL_NOT_VERDICT for t in doc[a + 1 : noun])
    if rule.id == "arms_supplier_to":
        # (not "a potential / once a key / ceased to be a reliable / against becoming an arms
        # supplier": none now)
        return any(t.lower_ in NOT_YET_WORDS for t in doc[max(0, a - 5) : a])
    # reject_proposal: a mediation offer refused is read by the rows of a rejected mediation
    return any(t.lower_.startswith("mediat") for t in doc[a : b + 6])


#: The people an entry ban sanctions ("banned three French senators from entering").
SANCTIONED_PEOPLE = frozenset(
    ["senators", "lawmakers", "mps", "deputies", "officials", "politicians", "journalists"]
    + ["citizens", "nationals", "members", "parliamentarians", "legislators", "bloggers"]
)
#: Nouns before "with" that make its actor part of a topic ("the issue of relations with X").
RELATIONAL_BEFORE_WITH = frozenset(
    ["relations", "ties", "cooperation", "border", "talks", "dialogue", "normalisation"]
    + ["normalization", "peace", "trade", "contacts", "links", "dispute", "conflict"]
)
#: Rules whose words may take or back nothing (`_nothing_taken_or_backed`).
TAKEN_OR_BACKED_RULES = frozenset(
    ["with_named_backing", "with_looking_on", "taken_by", "take_from", "take_land", "broker"]
)


def _nothing_taken_or_backed(doc, rule, a: int, b: int, s0: int, s1: int, mentions, end: int):
    """Whether "took ... from" takes no land ("took the lead from the OSCE"), "took" no place,
    "with * backing" names no one backer ("with Azerbaijan, whose army, helped by"), or
    "taken by" has no place or people before it ("measures taken by X", "taken by
    surprise"), and whether a deal is "brokered with the help of" others (the helpers are its
    brokers, `with_help_of`, not parties)."""
    if rule.id == "broker":
        return end + 2 < s1 and doc[end].lower_ == "with" and doc[end + 1].lower_ == "the"
    if rule.id == "take_from":
        return not _taken_between(doc, b, end, mentions)
    if rule.id == "take_land":
        return not _place_taken(doc, end, s1, mentions)
    if rule.id in ("with_named_backing", "with_looking_on"):
        return not _named_backer(doc, mentions, a, end, s1)
    # "Shusha was taken by Azerbaijani forces", "soldiers taken by X": a passive's subject
    if end < s1 and doc[end].lower_ in ("surprise", "storm"):
        return True  # ("taken by surprise")
    before = doc[a - 1].lower_ if a > s0 else ""
    named = a - (before == ",")  # ("Shusha, taken by ...")
    return not (before in PASSIVE_AUXILIARIES or any(m.end == named and m.actor for m in mentions))


#: Rules whose words must name someone in a given place (`_named_slot_missing`).
NAMED_SLOT_RULES = frozenset(
    ["persona_non_grata_long", "tell_to", "call_traitor", "want_to_resign", "entry_ban"]
    + ["raise_with", "skip_summit"]
)


def _named_slot_missing(doc, rule, a: int, s1: int, mentions, end: int) -> bool:
    """Whether the one a rule's words must name is missing or elsewhere: the one told, called
    a traitor or wanted to resign right after the verb, the officials banned before "from",
    no one inside the topic raised, no clause inside a long persona-non-grata phrase."""
    if rule.id == "persona_non_grata_long":
        # ("declared that the diplomats, who met X, were persona non grata": a clause inside)
        return any(t.lower_ in (",", "that", "who", "which") for t in doc[a + 1 : end])
    if rule.id == "tell_to":
        # "told Armenia to take measures", "tells Armenia and Azerbaijan to spare civilians":
        # the ones told right after the verb, then "to" and a verb (not "told reporters on his
        # way to Brussels", "told that Moscow calls the sides to", "told Gafarova that he hoped
        # to", "tells parliament Armenia ready to")
        if end >= s1 or not (doc[end].is_lower and doc[end].is_alpha):
            return True
        inside = {k for m in mentions if a < m.start and m.end < end for k in range(m.start, m.end)}
        return (
            doc[end].lower_ in DETERMINERS
            or not (a + 1 in inside or (doc[a + 1].lower_ == "the" and a + 2 in inside))
            or any(
                t.i not in inside and t.lower_ not in ("and", ",", "the", "both")
                for t in doc[a + 1 : end - 1]
            )
        )
    if rule.id in ("call_traitor", "want_to_resign"):
        # "called Pashinyan a traitor", "wants Pashinyan to resign": the one named right after
        # the verb, then only a few words (not "was called a traitor by", "called on X to
        # punish traitors", "wants to quit the CSTO": its own exit)
        named = next((m for m in mentions if m.start in (a + 1, a + 2) and m.actor), None)
        return named is None or end - named.end > 4 or doc[a + 1].lower_ in ("on", "for")
    if rule.id == "skip_summit":
        # "skipped the CSTO summit": the body whose summit it is, named before the noun (not
        # "skips Granada summit, accuses France")
        return not any(
            a < m.start and m.end <= end - 1 and m.actor and m.label not in ("TOWN", "CAPITAL")
            for m in mentions
        )
    if rule.id == "entry_ban":
        # "banned three French senators from entering": officials or citizens named before
        # "from" (not "banned journalists from entering Karabakh": the place; nor troops,
        # peacekeepers or the ICRC kept out: a coercion)
        return not any(
            a < m.start
            and m.end < end - 1
            and m.actor
            and doc[m.end - 1].lower_ in SANCTIONED_PEOPLE
            for m in mentions
        )
    # "raised the issue of detainees with Aliyev": no one named inside the topic, and no
    # "relations with X" ("raised the issue of relations with Turkey at the summit")
    inside = any(a < m.start and m.end < end for m in mentions)
    return inside or doc[end - 2].lower_ in RELATIONAL_BEFORE_WITH


def _not_this_rule(doc, rule, a: int, b: int, s0: int, s1: int, mentions, end: int) -> bool:
    """Words a rule matches that mean something else here: "summoned to" with no envoy
    ("Pashinyan was summoned to the Kremlin for talks"), "X-backed" before a thing ("a
    UN-backed report", unlike "Russia-backed rebels"), "agreed a truce" as a clause ("agreed
    a new ceasefire would not work") or a compound ("a ceasefire monitoring centre")."""
    if rule.id == "agree_ceasefire_direct":
        return end < s1 and doc[end].lower_ in TRUCE_NOT_AGREED
    if rule.id in OBJECT_CHECKED_RULES and _wrong_object(doc, rule, s1, mentions, end):
        return True
    if rule.id in OTHER_SENSE_RULES:
        return _other_sense(doc, rule, a, b, s0, s1, mentions, end)
    if _not_this_act(doc, rule, a, end, s0, s1, mentions):
        return True
    if rule.id == "attack" and doc[a].lower_ in ("wounded", "injured") and a > s0:
        # "evacuated wounded people", "the injured soldiers": the wounded, not a wounding
        return doc[a - 1].lower_ in CARED_FOR_BEFORE and b < s1 and doc[b].is_alpha
    if rule.id.startswith("receive_") and rule.id not in ("receive_visitor", "receive_call"):
        # "received humanitarian aid from X": only a determiner, a number or an adjective
        # between the verb and the aid, and the giver right after "from" (not "received a
        # request for aid from X", "images of Azerbaijani missiles from satellites", "no aid")
        gap = doc[b : end - 1]
        if any(t.lower_ in RECEIVED_NOT for t in gap) or any(
            t.is_alpha
            and t.is_lower
            and t.lower_ not in RECEIVED_GAP_OK
            and t.norm_ not in AID_NOUNS
            for t in gap
        ):
            return True
        return not any(m.start == end and m.actor for m in mentions)
    if rule.id == "accuse_aggression_long":
        # "accused X of launching a large-scale attack", not "of arming Y ahead of an attack"
        return any(
            t.lower_ in CHARGE_STOPS or (t.is_punct and t.text not in "-–") for t in doc[b:end]
        )
    if rule.id == "this_was_false":
        # 'Baku said this was a lie': "this" right after the verb of saying (or its "that"),
        # and no clause break before the judgement ("said this was unacceptable, while ...")
        k = a - 1
        if k > s0 and doc[k].lower_ == "that" and doc[a].lower_ != "that":
            k -= 1
        return (
            k < s0
            or doc[k].norm_ not in SAY_NORMS
            or any(t.is_punct and t.text not in "-–" for t in doc[b:end])
        )
    if _not_a_pledge_aid_or_ask(doc, rule, a, b, s0, mentions, end):
        return True
    if rule.id == "act_as_mediator" and doc[end - 1].lower_ == "intermediary":
        return _no_go_between(doc, s0, s1, end)
    if rule.id == "agree":
        # "agreed to start negotiating / to meet again / to end hostilities": the talks or the
        # truce agreed are their own relation (the coders code those, not a cooperation)
        ahead = doc[b : min(s1, b + 5)]
        return (
            b < s1
            and doc[b].lower_ == "to"
            and any(t.norm_ in AGREED_TALKS or t.lower_ in AGREED_TALKS for t in ahead)
        )
    if rule.id == "claim_as_land":
        # "claims X as its land" ("as" and "a" share a lemma: not "claims to have won a ...")
        words = [t.lower_ for t in doc[b:end]]
        return "as" not in words or any(t.is_punct for t in doc[b:end])
    if rule.id in OBJECT_NOUN_RULES and any(
        t.is_punct or t.lower_ in GAP_BREAKERS for t in doc[b : end - 1]
    ):
        # "rejected the proposal, drawing criticism from France", "dismissed its army chief
        # amid criticism": the noun is no object of the verb
        return True
    if rule.id == "subject_positions_to_fire":
        to = next((k for k in range(end, s1) if doc[k].lower_ == "to"), None)
        # ("subjected villages to a blockade, ... and the shelling continued": no fire)
        return to is None or not any(
            t.norm_ in ("fire", "shelling", "bombardment", "artillery", "shell")
            for t in doc[to + 1 : min(s1, to + 4)]
        )
    return (
        rule.type == "support"
        and a > s0
        and doc[a - 1].text in ("-", "–")
        and b < s1
        and not any(m.start == b for m in mentions)
    )


def _taken_between(doc, b: int, end: int, mentions: list) -> bool:
    """Whether "took X from Y" (the match from token *b* to *end*, "from" its last word) names
    what was taken and whom from: a mention between, and one right after "from" (past "the",
    "ethnic")."""
    k = end - 1
    after = k + 1
    while after < len(doc) and doc[after].lower_ in ("the", "ethnic"):
        after += 1
    return any(b <= m.start and m.end <= k for m in mentions) and any(
        m.start == after for m in mentions
    )


def _triggers(pipe, doc, s0, s1, mentions, matches) -> list[_Trigger]:
    inside = set()
    for m in mentions:
        inside.update(range(m.start, m.end))
    found = []
    sentence_norms = None
    for key, start, end in matches:
        if start < s0 or end > s1:
            continue
        rule, head = pipe.rules[pipe.nlp.vocab.strings[key]]
        a, b = start, start + head
        if a in inside:
            continue
        if rule.frame == "report" and doc[a].lower_ in AMBIGUOUS_REPORT_NOUNS:
            continue  # "state minister", "a report", "the claim": nouns, not reporting verbs
        if (
            rule.frame == "report"
            and doc[a].lower_ == "states"
            and _states_noun(doc, a, s0, s1, mentions)
        ):
            continue  # "the three Caucasian states of ...": countries, not "X states that"
        if rule.frame == "report" and a > s0 and doc[a - 1].lower_ in REPORT_NOUN_DETERMINERS:
            continue  # "rejected the claims by France", "these reports": nouns
        if (
            rule.frame == "report"
            and a > s0
            and doc[a - 1].lower_ in ("'s", "’s")
            and doc[a].lower_.endswith("ed")
        ):
            continue  # "Azerbaijan's stated commitment": an adjective, not X stating
        if _fulfilled(doc, rule, a, s0, s1):
            continue  # "if the provisions are met": fulfilled, not a meeting
        if a > s0 and (doc[a - 1].lower_, doc[a].lower_) in FIXED_PHRASES:
            continue  # "in order to": a fixed phrase, not the verb
        if doc[a].lower_ == "back" and _back_particle(doc, a, s0, s1):
            continue  # "turning back ICRC trucks", "pull their forces back": no backing
        if (
            b < s1
            and (doc[a].lower_, doc[b].lower_) in FIXED_PHRASES
            and not _threats_made(doc, a, s0)
        ):
            continue  # "a joint press conference": a noun compound, not "press" (urge)
        if _not_the_act(doc, rule, a, b, end, s0, s1):
            continue
        if rule.type in CONTESTED_TYPES and a > s0 and doc[a - 1].lower_ in CONTEST_WORDS:
            continue  # "fought over control of", "a struggle for control": sought, not held
        if rule.id in NAMING_RULES and any(
            t.lower_ in ("to", ",", "and", "that") for t in doc[b : end - 1]
        ):
            continue  # "called Aliyev to discuss the threat": a call, not naming him a threat
        if rule.context:
            if sentence_norms is None:
                sentence_norms = {t.norm_ for t in doc[s0:s1]}
            if not sentence_norms & set(rule.context):
                continue
        if rule.id == "end_hostilities" and any(w.lower_ in CLAUSE_LINKS for w in doc[b:end]):
            continue  # "halted the talks and started military action": the talks ended
        if rule.frame == "report" and doc[a].norm_ == "claim" and b < s1 and doc[b].lower_ == "to":
            continue  # "protesters claiming to be environmental activists": posing, not saying
        if rule.id == "claimed_by" and doc[a].lower_ in ("claim", "claims"):
            continue  # "claims by the Armenian side that ...": what was said, not land claimed
        if _not_this_rule(doc, rule, a, b, s0, s1, mentions, end):
            continue
        if rule.type in ("attack", "mass_violence") and _named_crime(doc, a, s0):
            continue  # "called the offensive an act of aggression": a charge, no second act
        found.append(_Trigger(rule, a, b, end))
    found = _readiness_yields(found) + _headline_colon_say(pipe, doc, s0, s1, mentions)
    found.sort(key=lambda t: (-(t.end - t.start), t.rule.order, -(t.match_end - t.start), t.start))
    chosen: list[_Trigger] = []
    used: set = set()
    for t in found:
        span = set(range(t.start, t.end))
        if span & used:
            continue
        chosen.append(t)
        used |= span
    chosen = _without_journeys(_without_governed(doc, chosen, s0, s1), mentions)
    chosen.sort(key=lambda t: t.start)
    return chosen


def _readiness_yields(found: list) -> list:
    """Without the general readiness row where another row reads the act the readiness is
    for ("ready to open an embassy", "ready to allow humanitarian convoys", "ready to
    establish control over the border": that row's act, offered or planned)."""
    others = [t.start for t in found if t.rule.id != "ready_to_cooperate"]
    return [
        t
        for t in found
        if t.rule.id != "ready_to_cooperate"
        or not any(t.start + 2 <= o < t.match_end + 3 for o in others)
    ]


def _headline_colon_say(pipe, doc, s0: int, s1: int, mentions) -> list:
    """A "say" trigger at a headline speaker's colon ("Pashinyan: ..." = said), else []."""
    colon = _headline_speaker_colon(doc, s0, s1, mentions)
    if colon is None:
        return []
    say = next(r for r in pipe.lexicon if r.id == "say")
    return [_Trigger(say, colon, colon + 1, colon + 1)]


def _headline_speaker_colon(doc, s0: int, s1: int, mentions) -> int | None:
    """The colon after a person who opens a headline ("Pashinyan: Azerbaijan is preparing a
    new aggression"): what follows is what the person said. None otherwise (a country or a
    topic before a colon is no speaker: "Armenia: protests continue")."""
    first = next((m for m in mentions if m.start >= s0), None)
    if first is None or first.label != "PERSON" or not first.actor:
        return None
    k = first.end
    start = s0
    while start < first.start and (
        doc[start].is_quote
        or doc[start].is_space
        # (a transcript's label: "CLIP, Pashinyan (through interpreter): ...")
        or (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 2)
        or (start > s0 and doc[start].text == "," and doc[start - 1].is_upper)
    ):
        start += 1
    if start != first.start or k + 1 >= s1 or not _turn_colon(doc, k, s1):
        return None
    return k  # (the colon, or the bracket of an aside before it: next to the speaker)


def _without_governed(doc, chosen: list, s0: int, s1: int) -> list:
    """The chosen triggers less those another one governs (a halted act, an offered
    mediation, an ended attack, a topic, a journey)."""
    # "broke off the talks", "froze relations", "blocked aid": the noun a halting act governs is
    # not itself a positive act ("talks" would otherwise read as a negotiation as well); nor is
    # the one an invitation, offer or promise governs ("invited X for talks": not held)
    halted: dict = {}
    for t in chosen:
        if t.rule.type in HALTING_TYPES or t.rule.type == "intend_cooperation":
            halted.update(dict.fromkeys(range(t.end, t.match_end), t.rule.type))
    if halted:
        chosen = [
            t
            for t in chosen
            if t.start not in halted
            or not (t.rule.frame == "mutual" or t.rule.type in HALTED_ACTS.get(halted[t.start], ()))
        ]
    # "an offer by France to mediate": the mediation offered is not itself held
    offered = {
        k
        for t in chosen
        if t.rule.type
        in ("offer_mediation", "reject_mediation", "accept_mediation", "request_mediation")
        for k in range(t.end, t.match_end)
    }
    chosen = [t for t in chosen if not (t.start in offered and t.rule.type == "mediate")]
    # "ended military action": the attack the ending governs is no new attack
    ended = {t.match_end for t in chosen if t.rule.type == "ceasefire" and t.match_end > t.end}
    chosen = [t for t in chosen if not (t.match_end in ended and t.rule.type == "attack")]
    # "discussed the fighting": a topic, not an act of the talkers
    chosen = [t for t in chosen if not _topic(doc, t, s0, s1)]
    # "urged both governments to resume direct talks": talks asked for, not held
    asked = [t.start for t in chosen if t.rule.type in ("appeal", "demand")]
    chosen = [
        t
        for t in chosen
        if not (t.rule.id == "talks" and any(a < t.start <= a + ASKED_TALKS_REACH for a in asked))
    ]
    return chosen


#: How many words after an appeal the talks it asks for may stand ("urged both governments to
#: resume direct talks on a peace treaty").
ASKED_TALKS_REACH = 10


#: A wire's label before a headline ("UPDATE 2-", "REFILE-", "CORRECTED-") and a note at a
#: line's start of what the version added or corrected ("(Adds Kremlin comment in paragraph
#: 7)", "(Corrects paragraph 4 to show X, not Y)").
_WIRE_NOTES = re.compile(
    r"^(?:(?:UPDATE|REFILE|CORRECTED|CORRECTION|WRAPUP|RPT|REPEAT)(?: \d+)? ?-(?=\S)"
    r"|\((?:Adds|Corrects|Refiles|Updates|Recasts|Changes|Rewrites|Fixes|Removes|Restores"
    r"|Inserts|Deletes|Clarifies|Writes through|Tops|Amends|Repeats|Replaces|Edits|Expands)"
    r"\b[^()\n]*\))",
    re.M,
)


def _without_wire_notes(text: str) -> str:
    """*text* with a wire's version labels and notes (`_WIRE_NOTES`) blanked out (offsets
    kept): they restate the story, and a correction's "not Y" names what was wrong."""
    return _WIRE_NOTES.sub(lambda m: " " * len(m.group(0)), text)


# Longer than 80 lines: the discourse loop over a document's sentences: mentions, the
# pronouns resolved against what the text named before (he/she, him, it, the country, its,
# his country), the discourse state updated, then the sentence's relations; the pronoun block
# is the seam to split off (it reads and the loop writes the same discourse state).
def extract_document(pipe, registry, document, *, doc_date=None) -> tuple[list, dict]:
    """Candidates of one document, and counts of what was seen (sentences, negated, ...)."""
    text = document.text
    # editorial brackets ("President [Emmanuel] Macron") read as spaces, as do a wire's labels
    # and notes of what a version changed ("UPDATE 2-", "(Corrects paragraph 4 to show ...)"):
    # offsets are kept
    doc = pipe.nlp(_without_wire_notes(text).replace("[", " ").replace("]", " "))
    spans = sentence_spans(text)
    date = doc_date or document.date
    year = None
    if date:
        year = int(date[:4])
    else:
        years = [int(y) for y, _ in _YEAR.findall(text) if int(y) <= dt.date.today().year]
        year = max(years) if years else None
    discourse = _Discourse()
    statement = _is_statement(document.title, text[spans[0][0] : spans[0][1]] if spans else "")
    author = None  # the author an op-ed's byline names
    registry.last_ministry = None
    registry.last_territory = None
    registry.dateline = None
    registry.year = year
    # no date: the year is the latest the text names, and office holders must not depend on it
    registry.year_until = dt.date.today().year if not date and year else None
    registry.text = text
    if document.title and _STATEMENT.match(document.title):
        # a header title "Statement of the Ministry of Foreign Affairs of X": the issuer
        heading = pipe.nlp(document.title)
        named = find_mentions(
            heading, 0, len(heading), registry, pipe.head_norms, list(heading.ents)
        )
        discourse.issuer = _issuer(named, registry)
    matches = pipe.matcher(doc)
    ents = list(doc.ents)
    read_ahead: dict = {}  # sentence -> its mentions read ahead (`_titled_ahead`)
    discourse.ahead = lambda after: _titled_ahead(
        pipe, doc, spans, ents, registry, after, read_ahead
    )
    out: list[Candidate] = []
    questions: set = set()  # the sentences that are yes-no questions
    stats = {"sentences": len(spans), "mentions": 0, "triggers": 0, "negated": 0}
    for number, (a, b) in enumerate(spans, start=1):
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        s0, s1 = span.start, span.end
        discourse.first_token = s0
        registry.last_territory = discourse.last.get("territory")
        early = read_ahead.pop(number, None)
        if early is not None and early[0] == (registry.last_ministry, registry.last_territory):
            # (read ahead with the same memory: the same mentions, not read twice)
            mentions, registry.last_ministry = [replace(m) for m in early[1]], early[2]
        else:
            mentions = find_mentions(
                doc, s0, s1, registry, pipe.head_norms, [e for e in ents if s0 <= e.start < s1]
            )
        stats["mentions"] += sum(1 for m in mentions if m.actor and not m.venue)
        triggers = _triggers(pipe, doc, s0, s1, mentions, matches)
        stats["triggers"] += sum(1 for t in triggers if t.rule.frame != "report")
        if any(c in text[a:b] for c in QUOTE_MARKS) or any(
            t.rule.frame == "report" for t in triggers
        ):
            discourse.quote = number
        opening = next((m for m in mentions if m.end < s1 and m.start <= s0 + 4), None)
        if opening is not None and opening.label == "PERSON" and _turn_colon(doc, opening.end, s1):
            # "President Vladimir Putin: Mr Aliyev, colleagues, ...": the speaker's turn of
            # a transcript, until the next one
            discourse.turn = opening.actor
        if discourse.turn:
            discourse.quote = number
        mentions = _resolve_titles(mentions, doc, s1, registry, discourse, number)
        mentions = _offices_of_states(doc, mentions, s0, registry, discourse)
        if number <= 3 and _byline(doc, s0, s1) and _issuer(mentions, registry):
            # "By Rauf Mammadli, Ambassador of the Republic of Azerbaijan": an author's piece,
            # whose "we" is the author's state as a statement's is its issuer (who makes no
            # charge of every attack the piece tells, as a statement's issuer does)
            author = _issuer(mentions, registry)
        for k, m in enumerate(mentions):
            if (
                m.label == "PAIR"
                and m.text.lower() == "they"
                and discourse.they
                and number - discourse.they[1] <= 2
            ):
                mentions[k] = replace(m, label="PRONOUN", actor=discourse.they[0])
                continue
            if m.label == "PRONOUN" and m.text == "I":
                # "I call on both sides ...," Tsereteli said: the speaker himself
                mentions[k].actor = _speaker(
                    doc,
                    mentions,
                    triggers,
                    discourse,
                    registry,
                    number - discourse.quote <= 3,
                    number,
                    m.start,
                )
                continue
            if m.label == "PRONOUN" and m.text.lower() == "we":
                # "We call on ...," she said: the state or organisation of the speaker
                mentions[k].actor = _we(
                    doc,
                    mentions,
                    triggers,
                    discourse,
                    registry,
                    number - discourse.quote <= 3,
                    number,
                )
                if mentions[k].actor is None and (statement or author):
                    # "We welcome ..." in a body's statement: the body (named in its first
                    # line, else its subject so far)
                    issuer = author or discourse.issuer
                    if issuer and (registry.get(issuer) or {}).get("kind") == "person":
                        issuer = _state_of(registry, issuer)  # a spokeswoman's briefing: her state
                    mentions[k].actor = issuer or discourse.subject
                    mentions[k].anaphor = True
                continue
            if m.label == "PRONOUN" and m.text.lower() in ("he", "she"):
                # "Aliyev said that after what he called ...": a person named before in the
                # sentence, else the last person of the text
                people = [x.actor for x in mentions[:k] if _personal(x) and x.actor]
                # (not one named inside a relative clause closed before it: "Blinken, who
                # spoke with Aliyev on Monday, said he ...": Blinken)
                aside = [(a, b) for a, b in _relative_clauses(doc, s0, s1) if b < m.start]
                outside = [
                    x.actor
                    for x in mentions[:k]
                    if _personal(x) and x.actor and not any(a <= x.start < b for a, b in aside)
                ]
                people = outside or people
                lead = (
                    discourse.lead if discourse.lead and discourse.lead[1] == number - 1 else None
                )
                # the subject of the sentence before rather than its object ("Blinken spoke
                # with Aliyev. He urged ...": Blinken)
                mentions[k].actor = _gendered(
                    m.text.lower(),
                    [*people[::-1], *([lead[0]] if lead else []), discourse.person],
                    [p for _, p, _ in discourse.titled[::-1]],
                    registry,
                )
            elif m.label == "PRONOUN" and m.text.lower() == "him":
                # "Blinken called Aliyev and urged him": the last person named before, not
                # the subject of the verb that governs "him" ("Aliyev said Blinken urged him")
                people = [x for x in mentions[:k] if _personal(x) and x.actor]
                between = doc[people[-1].end : m.start] if people else []
                if (
                    len(people) >= 2
                    and m.start - 2 >= s0
                    and doc[m.start - 2].lower_ == "to"
                    and people[-1].actor != people[0].actor
                ):
                    # "Putin telephoned Pashinyan to congratulate him": the infinitive's subject
                    # is the caller, "him" the one called
                    mentions[k].actor = people[-1].actor
                    continue
                if (
                    people
                    and not any(t.lower_ in ("and", ",") for t in between)
                    and not any(x.actor for x in mentions[mentions.index(people[-1]) + 1 : k])
                ):
                    subject = people.pop()
                    people = [x for x in people if x.actor != subject.actor]
                    pool = [x.actor for x in people] or [
                        p for p in [discourse.person] if p and p != subject.actor
                    ]
                else:
                    pool = [x.actor for x in people] or [discourse.person]
                mentions[k].actor = pool[-1] if pool else None
            elif (
                m.label == "PRONOUN"
                and m.text.lower() == "it"
                and m.start > s0 + 1
                and doc[m.start - 1].lower_ in IT_OBJECT_VERBS
            ):
                # "Hajizada responded by accusing it of ...": the state or body that was the
                # last subject, unless the sentence named it before (its own subject)
                named = {x.actor for x in mentions[:k] if x.actor}
                subject = discourse.subject
                own = any(subject and _same_side(registry, x, subject) for x in named)
                # ("The Armenian parliament met. Pashinyan urged it to ...": his own side)
                mentions[k].actor = subject if subject not in named and not own else None
            elif (
                m.label == "PRONOUN"
                and m.text.lower() == "it"
                and m.start > s0 + 1
                and doc[m.start - 1].lower_ in SEIZED_IT_VERBS
            ):
                # "Azerbaijan retook it in 2023": the territory named last, if any
                mentions[k].actor = discourse.last.get("territory")
            elif m.label == "PRONOUN" and m.text.lower() == "it" and m.start <= s0 + 1:
                # "It is internationally recognised as ...", "But it had been controlled
                # by ...": a place, the territory named last; otherwise the last subject
                place = any(
                    t.lower_ in TERRITORY_PREDICATES for t in doc[m.end : min(s1, m.end + 4)]
                )
                mentions[k].actor = (
                    discourse.last.get("territory") if place else None
                ) or discourse.subject
            elif (
                m.label == "PRONOUN"
                and m.text.lower().split()[0] in ("his", "her")
                and m.text.lower().split()[-1] in SPOKEN_DEEDS
            ):
                # "Pashinyan said ... Peskov rejected his remarks": the person who spoke last
                # (not one named before it in this sentence, the judge)
                judges = {x.actor for x in mentions[:k] if x.actor}
                said = discourse.last_speaker
                person = said[0] if said and number - said[1] <= DEED_REACH else None
                female = _female_name(registry.name(person)) if person else False
                if (
                    (registry.get(person) or {}).get("kind") == "person"
                    and person not in judges
                    and female == (m.text.lower().split()[0] == "her")
                ):
                    mentions[k] = replace(m, actor=person, label="DEED")
            elif m.label == "PRONOUN" and m.text.lower().split()[0] in ("the", *DEED_DETERMINERS):
                # "the country", "the organisation": the last one named (in this sentence first)
                want = DEFINITE_NOUNS[m.text.lower().split()[-1]]
                if want == "document":
                    mentions[k].actor = _resolution_author(
                        m, mentions[:k], doc, s1, discourse, number
                    )
                    continue
                if want == "enemy":
                    mentions[k].actor = _enemy(mentions, k, discourse, registry)
                    continue
                if want == "mission" and any(
                    t.lower_ == "mission" and not any(x.start <= t.i < x.end for x in mentions)
                    for t in doc[s0 : m.start]
                ):
                    # ("the ICRC said its mission would continue, and Baku welcomed the
                    # mission": the one the sentence names, no actor)
                    mentions[k].actor = None
                    continue
                if want == "deed":
                    # (labelled DEED: the object of the verb judging it, never a subject)
                    doer = _deed_doer(m, mentions[:k], discourse, number, registry)
                    if doer:
                        mentions[k] = replace(m, actor=doer, label="DEED")
                    continue
                if want == "assembly":
                    # "PACE voted ... Simonyan thanked the assembly": the assembly or parliament
                    # named last (not the Council of Europe named after it)
                    named = [
                        x.actor for x in mentions[:k] if x.actor and _assembly(registry, x.actor)
                    ]
                    mentions[k].actor = named[-1] if named else discourse.last.get("assembly")
                    continue
                before = [
                    x
                    for x in mentions[:k]
                    if x.actor
                    and x.label != "ADJ"
                    and (
                        _actor_class(registry, x.actor) == want
                        # ("UN monitors visited ..., and Baku welcomed the monitors")
                        or (want == "mission" and x.end < s1 and doc[x.end].lower_ == "monitors")
                    )
                ]
                if before and want == "state" and _clause_subject(doc, before[-1], m):
                    # "Armenia said Azerbaijani forces invaded the country": the country is
                    # not the one whose forces act in the same clause, but the one before
                    subject = before[-1].actor
                    before = [x for x in before if x.actor != subject]
                mentions[k].actor = before[-1].actor if before else discourse.last.get(want)
                fled = (
                    _fled_from(doc, m.start - 1, s0, registry.gazetteer.demonyms)
                    if want == "territory" and mentions[k].actor
                    else None
                )
                if fled is not None:
                    # "aid for the people fleeing the region": the region's people
                    span = doc[fled : m.end]
                    mentions[k] = Mention(
                        fled,
                        m.end,
                        registry.population(mentions[k].actor),
                        "ROLE",
                        (span.start_char, span.end_char),
                        span.text,
                    )
                    continue
                if (
                    not before
                    and m.text.lower().split()[-1] in ROAD_WORDS
                    and (
                        number - discourse.corridor_at > ROAD_REACH
                        or _placed_elsewhere(doc, mentions, k, registry)
                    )
                ):
                    # "the road" long after the route was named, or in a sentence set in
                    # another place ("In Gaza, Israel closed the road"): not that route
                    mentions[k].actor = None
            elif m.label == "PRONOUN" and m.text.lower().startswith("its "):
                # "Azerbaijan said Armenian forces shelled its positions": the sentence's first
                # party, unless it is the act's own subject ("Armenian forces shelled its ...")
                before = [
                    x
                    for x in mentions[:k]
                    if x.actor
                    and x.label != "ADJ"
                    and not x.venue
                    and (registry.get(x.actor) or {}).get("kind") in IT_KINDS
                ]
                if before and (
                    before[0].actor != before[-1].actor
                    # "Armenia denied that its troops had fired": the one party's own forces,
                    # the subject of what it says
                    or (
                        m.text.lower().split()[-1] in ("troops", "soldiers", "forces", "army")
                        and m.start > s0
                        and doc[m.start - 1].norm_ in ("that", "say", "deny", "claim", "insist")
                    )
                ):
                    mentions[k].actor = before[0].actor
                elif before and m.text.lower().split()[-1] in STAFF_NOUNS:
                    mentions[k].actor = before[-1].actor  # "the ICRC said its teams had ..."
            elif m.label == "PRONOUN" and m.text.lower().startswith("our "):
                # '"Our government will help," she said': the speaker's state (not the
                # speaker, as "we" may be)
                mentions[k].actor = _our(
                    doc,
                    mentions,
                    triggers,
                    discourse,
                    registry,
                    number - discourse.quote <= 3,
                    number,
                )
            elif m.label == "PRONOUN" and " " in m.text:
                # "his country": the state of the person named last (in this sentence first)
                before = [x.actor for x in mentions[:k] if x.label == "PERSON" and x.actor]
                person = before[-1] if before else discourse.person
                parent = (registry.get(person) or {}).get("parent") if person else None
                if parent and (registry.get(parent) or {}).get("kind") == "state":
                    mentions[k].actor = parent
        # "the region" with no territory named before: no actor, and no obstacle either (an
        # "I" with no speaker stays one: "I commended the leaders", no leader the subject)
        mentions = [
            m
            for m in mentions
            if not (
                m.label == "PRONOUN"
                and m.actor is None
                and DEFINITE_NOUNS.get(m.text.lower().split()[-1])
                in ("territory", "document", "deed")
            )
        ]
        sent = _Sentence(doc, s0, s1, mentions, triggers, number, text[a:b], a, registry)
        _note_documents(sent, discourse, registry)
        _note_proposers(sent, discourse)
        _note_visitors(sent, discourse)
        if any(t.lower_ in POLL_WORDS for t in doc[s0:s1]):
            discourse.poll_at = number  # ("an election ... condemned the vote")
        if any(t.lower_ in ("court", "courts", "tribunal") for t in doc[s0:s1]):
            discourse.court_at = (discourse.court_at[0], number)
        if number == 1 and _STATEMENT.match(sent.text):
            # "Statement of the Ministry of Foreign Affairs of Armenia": the body that speaks
            discourse.issuer = _issuer(sent.mentions, registry)
        for m in mentions:
            if m.actor and m.label != "ADJ" and not m.venue:
                cls = _actor_class(registry, m.actor)
                if cls:
                    discourse.last[cls] = m.actor
                if cls == "mission":
                    discourse.last["org"] = m.actor  # a mission is an organisation too
                if m.actor in registry.gazetteer.role_defs and (
                    m.actor in registry.gazetteer.authorities.values()
                ):
                    discourse.last["ruler"] = m.actor  # (whose "election" is meant later)
                if cls == "org" and _assembly(registry, m.actor):
                    discourse.last["assembly"] = m.actor  # ("thanked the assembly")
                if cls in ("org", "mission", "court"):
                    discourse.orgs.append((number, m.actor))
                if cls == "court":
                    discourse.court_at = (number, discourse.court_at[1])
                if m.text.lower().endswith(("monitors", "observers", "mission")) or (
                    m.end < s1 and doc[m.end].lower_ in ("monitors", "observers", "mission")
                ):
                    discourse.last["mission"] = m.actor  # ("UN monitors ... the monitors")
                if cls == "corridor":
                    discourse.last["territory"] = m.actor  # a route is a territory too
                    discourse.corridor_at = number
                if cls in ("territory", "corridor"):
                    discourse.territory_at = number
                land = (registry.get(m.actor) or {}).get("inhabits")
                if land and _actor_class(registry, land) == "territory":
                    # ("Armenians who fled Karabakh ... aid to the refugees"): their land
                    discourse.last["people_of"] = land
                    if _names_land(registry, land, m.text):
                        # ("the people who fled Nagorno-Karabakh ... control of the region")
                        discourse.last["territory"] = land
                        discourse.territory_at = number
        people = [m.actor for m in mentions if _personal(m) and m.actor]
        if people:
            discourse.person = people[-1]
        discourse.note_people(doc, s1, mentions, triggers, registry, number)
        if discourse.people is None:
            # "A and B have agreed ..., Michel said after hosting the two leaders": of three
            # persons, the two named together are "the two leaders"
            two = _coordinated_pair(sent, registry)
            kinds = {(registry.get(x) or {}).get("kind") for x in two or ()}
            if kinds == {"person"} and set(_states_of(two, registry)) != set(two):
                discourse.people, discourse.people_loose = (two, number), True
        for m in sent.mentions:
            if (
                m.label != "ADJ"
                and m.actor
                and (registry.get(m.actor) or {}).get("kind") == "state"
                and not _hyphen_qualifier(doc, m, s1)  # "a Russia-brokered truce"
            ):
                count, _ = discourse.recent.get(m.actor, (0, 0))
                discourse.recent[m.actor] = (count + 1, number)
        discourse.opposed_before = frozenset(discourse.opposed)
        pair = _coordinated_pair(sent, registry)
        if pair and _one_state(registry, [(x, None) for x in pair]):
            pair = None  # "Lavrov and Shoigu": one side, not the pair of a conflict or talks
        if pair:
            start = min(m.start for m in sent.mentions if m.actor in pair)
            # (where the clause the pair opens begins: "..., and the US and the EU welcomed")
            opens = [
                j
                for j in range(max(sent.s0, start - 3), start - 1)
                if doc[j].text in (",", ";") and doc[j + 1].lower_ in ("and", "but", "while")
            ]
            discourse.name_pair(pair, opens[-1] if opens else -1)
            if _opposed_between(sent, pair):
                discourse.oppose(pair, number, registry)
        elif not discourse.named and len(discourse.recent) >= 2:
            # before any "A and B": the two states the text has named most so far
            ranked = sorted(discourse.recent.items(), key=lambda kv: kv[1], reverse=True)
            discourse.pair = (ranked[0][0], ranked[1][0])
            tied = [x for x, v in ranked if v == ranked[0][1]]
            sides = _karabakh_states(registry)
            if len(tied) > 2 and sides and set(sides) <= set(tied):
                # (of three named alike, the conflict's two states: "The United States, Armenia
                # and Azerbaijan issued a joint statement", "Armenia, Azerbaijan and Russia
                # signed"; not the first two named)
                discourse.pair = tuple(x for x in discourse.recent if x in sides)
        hist, hist_date = _history(sent.text, year)
        when = hist_date or _weekday_date(sent.text, date) or (date if not hist else None)
        location = sent.venues[0].text if sent.venues else None
        found = _sentence_relations(sent, discourse, stats, hist, when, location, registry)
        discourse.later.extend(c for c in found if {c.source, c.target} & LATER)
        found = [c for c in found if not {c.source, c.target} & LATER]
        events = _named_event(sent)
        discourse.named_events.extend(
            e for e in events if not any(c.type == e[1] for c in found)
        )  # (only a war or truce that nothing read in the sentence already is)
        found = _conflict_truce_brokers(sent, found, events, discourse, registry)
        found = _acts_of_we(sent, found, registry)
        found = _named_envoys_mediated(sent, found, registry)
        found = [c for c in found if not _given_through(sent, c)]
        if not found:
            _note_opening_subject(sent, discourse, registry)
        # ("Erdogan wants Turkey to normalise ...", "Russia wants its peacekeepers to stay"):
        # one's own side is asked nothing
        found = [
            c
            for c in found
            if not (
                c.rule in ("expect_to", "hope_would") and _same_side(registry, c.source, c.target)
            )
        ]
        members = {(c.source, c.target) for c in found if c.type == "member_of"}
        # "The Minsk Group, led by Russia, the US and France, has mediated": a body does not
        # mediate between its own members named beside it
        found = [c for c in found if not (c.type == "mediate" and (c.target, c.source) in members)]
        out.extend(found)
        for c in found:
            if c.source and c.status != "denied":
                discourse.deeds.append((number, c.source, c.type))
            if c.type in JUDGED_ACTS and c.rule != "condemned_attack":
                discourse.acts.setdefault(c.type, []).append(c)
            if c.type in ACTED_TYPES:
                sides = (_state_of(registry, c.source), _state_of(registry, c.target))
                if None not in sides and sides[0] != sides[1]:
                    discourse.acted = sides
            if _accord_like(c) and c.status in ("asserted", "historical"):
                discourse.accord = ((c.source, c.target), number)
            if c.type in DYAD_TYPES and _actor_class(registry, c.target) == "territory":
                # a place is no side; those who hold it face its assailant ("laid down arms")
                discourse.assailants.setdefault(c.target, set()).add(_state_of(registry, c.source))
            elif (
                (c.type in DYAD_TYPES | {"dispute"} or c.rule == "trade_barbs")
                and c.target
                and c.rule != "condemned_attack"  # a judge of the fight is no side in it
                and _two_sides(registry, c.source, c.target)
            ):
                if c.rule not in IMPLIED_RULES:
                    # (an act read by default sets no pair for "the two sides" later)
                    discourse.oppose((c.source, c.target), number, registry)
                if c.type in FOUGHT_TYPES | {"attack"}:
                    discourse.fought.append((c.source, c.target))
        out.extend(_inhabitants(sent, registry, when))
        out.extend(_owned_wars_elsewhere(sent, registry, discourse, when))
        out.extend(_occupied_lands(sent, registry, discourse, when, found))
        out.extend(_forces_on_land(sent, registry, discourse, when, found))
        out.extend(_no_forces_there(sent, registry, discourse, when, found))
        out.extend(_withdrawn_forces(sent, registry, discourse, when, found))
        founded, purpose = _founded_to_mediate(sent, registry, discourse, when)
        if founded:
            # "co-chairs of the Minsk Group, set up to mediate": the body mediates, not the
            # co-chairs named before it
            body = founded[0].source
            out = [
                c
                for c in out
                if not (
                    c.sentence == sent.number
                    and c.type == "mediate"
                    and (c.head == purpose or c.source == body)
                )
            ]
            out.extend(founded)
        occupied = _occupations(sent, registry, discourse, when, found)
        if occupied:
            # "Armenia's occupation of Azerbaijani territories in Karabakh, the reason for
            # Turkey's ...": the land read after "of", not a name further on
            heads = {(c.source, c.head) for c in occupied}
            out = [
                c
                for c in out
                if not (
                    c.rule == "occupation"
                    and c.sentence == sent.number
                    and (c.source, c.head) in heads
                )
            ]
            out.extend(occupied)
        out.extend(_liberated_lands(sent, registry, discourse, when, found))
        out.extend(_taken_from(sent, registry, when, found))
        out.extend(_aid_shipments(sent, registry, discourse, when, found))
        out.extend(_checkpoints(sent, registry, when, found, discourse))
        out.extend(_captives_released(sent, found))
        out.extend(_phoned_in_passing(sent, found, registry, when))
        out.extend(_concern_between(sent, found, registry, when))
        out.extend(_held_by_the_asked(sent, found, registry))
        pressed = {id(c) for c in found if _urged_to_press(sent, c)}
        if pressed:  # (rare: not a pass over the whole document's readings every sentence)
            out = [c for c in out if id(c) not in pressed]
        listed = _relative_members(sent, registry, when)
        # ("The CSTO, which includes Belarus and Kazakhstan, met": no meeting of its members)
        members = {c.source for c in listed if c.rule == "relative_member"}
        out = (
            out
            if not members
            else [
                c
                for c in out
                if not (
                    c.sentence == number
                    and c.type in MEETING_TYPES
                    and {c.source, c.target} <= members
                )
            ]
        )
        out.extend(
            c
            for c in _stated_inhabitants(sent, registry, when)
            + _stated_contested_part(sent, registry, when)
            + _within_borders(sent, registry, when)
            + _listed_members(sent, registry, when)
            + listed
            + _co_chairs(sent, registry, when)
            + _stated_part_of(sent, registry, when)
            if not any(
                o.type == c.type
                and (o.source, o.target) == (c.source, c.target)
                and o.sentence == c.sentence
                for o in out
            )
        )
        for c in found:
            if c.type in ALLY_TYPES and c.target:
                ally = _state_pair(registry, c.source, c.target)
                if len(ally) == 2 and None not in ally:
                    discourse.allied.add(ally)
        # the pair of parties for "the two leaders" / mediation without named parties
        if pair:
            discourse.name_pair(pair)
        if _yes_no_question(sent):
            questions.add(number)
    # "Did Azerbaijani forces march into Armenia?": a question asserts nothing
    out = [c for c in out if c.sentence not in questions]
    out.extend(_quoted(out, spans, text, discourse, registry))
    out.extend(_statement_charges(out, discourse, registry))
    out = _late_pairs(_late_trios(out, discourse, registry), discourse, registry)
    _attacks_on_holders(out, registry)  # (last: the reading of the text used the land)
    _truces_of_states(out, registry)
    _recognised_states(out, registry)
    out = _offered_talks(out, text)
    _visits_to_hosts(out, registry)
    out = _hosted_many(out)
    out = _welcomed_envoys_states(out, discourse, registry)
    out = [c for c in out if c.rule != "shuttle_between" or _shuttle_mediates(c, registry)]
    done = {(c.sentence, c.source, c.target, c.type) for c in out} | {
        (c.sentence, c.target, c.source, c.type) for c in out if c.type in ("war", "ceasefire")
    }
    out.extend(
        c
        for c in _named_events(discourse, registry)
        if (c.sentence, c.source, c.target, c.type) not in done  # (a broker read already)
    )
    _denials(out)
    return out, stats


#: Rules of a host of guests.
HOST_RULES = frozenset(["host_parties", "host"])  # (not "hosted Russia-Turkey-Iran talks")


def _hosted_many(out) -> list:
    """ "Fidan hosted his counterparts from Russia, Iran, Armenia and Azerbaijan": a host of
    three or more guests in one sentence mediates between none of them; host and guests meet,
    each pair once."""
    groups: dict = {}  # (sentence, host or None for three-way talks, rule) -> candidates
    for c in out:
        if c.type == "mediate" and c.rule in HOST_RULES | {"trilateral_talks"}:
            host = None if c.rule == "trilateral_talks" else c.source
            groups.setdefault((c.sentence, host, c.rule), []).append(c)
    # ("Aliyev and Erdogan held three-way talks with Mirziyoyev": two of three mediate nothing)
    many = {
        key: cs
        for key, cs in groups.items()
        if len({c.target for c in cs}) >= 3 or (key[1] is None and len({c.source for c in cs}) >= 2)
    }
    if not many:
        return out
    dropped = {id(c) for cs in many.values() for c in cs}
    kept = [c for c in out if id(c) not in dropped]
    for (_, host, _), cs in many.items():
        guests = list(dict.fromkeys(c.target for c in cs))
        first = cs[0]
        hosts = [host] if host else list(dict.fromkeys(c.source for c in cs))
        people = list(dict.fromkeys([*hosts, *guests]))
        kept.extend(
            replace(first, source=a, target=b, type="meet", between=None)
            for k, a in enumerate(people)
            for b in people[k + 1 :]
        )
    return kept


#: Acts between a visitor and the one who receives the visit.
HOSTING_TYPES = frozenset(["meet", "consult", "negotiate", "sign_agreement"])


def _visits_to_hosts(out, registry) -> None:
    """ "Colonna visited Yerevan ... told a joint news conference with her counterpart
    Mirzoyan": a visit to a state is to the person of that state the visitor meets, talks or
    signs with in the text (in place)."""
    for c in out:
        if c.rule != "visit" or (registry.get(c.target) or {}).get("kind") != "state":
            continue
        hosts = [
            other
            for d in out
            if d is not c and d.type in HOSTING_TYPES and c.source in (d.source, d.target)
            for other in (d.source, d.target)
            if other != c.source
            and (registry.get(other) or {}).get("kind") == "person"
            and _state_of(registry, other) == c.target
        ]
        if hosts:
            c.target = hosts[0]


#: Words between an offer's verb and talks that put the talks in another clause ("ready to host
#: talks ... after A and B held talks in Moscow").
OFFER_CLAUSE_BREAK = re.compile(r"\b(?:after|while|but|when|as|before|since|whose|which)\b|[;,]")


def _trigger_chars(c, part="trigger") -> tuple:
    """The character span of a candidate's trigger (its ``spans`` entry), or of its *part*
    ("source", "target"), or (-1, -1)."""
    entry = next((p for p in c.spans.split(";") if p.startswith(part + " ")), "")
    a, _, b = entry[len(part) + 1 :].partition("-")
    return (int(a), int(b)) if a.isdigit() and b.isdigit() else (-1, -1)


def _offered_talks(out, text: str) -> list:
    """ "Tehran was ready to host talks between Baku and Yerevan": the talks an offer of
    mediation is about are not held; no meeting or negotiation between its two parties named
    in the offer's own clause (the offer stays; talks held "after A and B held talks in Moscow"
    stay too)."""
    offers = [c for c in out if c.type == "offer_mediation"]
    if not offers:
        return out

    def offered(c) -> bool:
        if c.type not in ("negotiate", "meet"):
            return False
        start = _trigger_chars(c)[0]
        for o in offers:
            end = _trigger_chars(o)[1]
            if o.sentence != c.sentence or not 0 <= start - end <= 90:
                continue
            if {c.source, c.target} <= {o.target, *(o.between or ())} and not (
                OFFER_CLAUSE_BREAK.search(text[end:start])
            ):
                return True
        return False

    return [c for c in out if not offered(c)]


def _recognised_states(out, registry) -> None:
    """ "Aliyev and Pashinyan recognised each other's territorial integrity": what a leader
    recognises is the other's state (in place)."""
    for c in out:
        if c.type != "recognize" or (registry.get(c.target) or {}).get("kind") != "person":
            continue
        words = c.evidence.lower()
        state = _state_of(registry, c.target)
        if state and any(w in words for w in ("integrity", "sovereignty", "territory")):
            c.target = state


def _truces_of_states(out, registry) -> None:
    """ "Putin brought the leaders of Armenia and Azerbaijan together for their first meeting
    since the November truce": a war or truce between two leaders of two states is their
    states' (in place), unless the sentence has them sign it ("the statement signed by
    Aliyev and Pashinyan")."""
    for c in out:
        if c.type not in HOSTILE_PAIR_TYPES or not c.target or "sign" in c.evidence.lower():
            continue
        if any((registry.get(x) or {}).get("kind") != "person" for x in (c.source, c.target)):
            continue
        states = (_state_of(registry, c.source), _state_of(registry, c.target))
        if None not in states and states[0] != states[1]:
            c.source, c.target = states


#: Words that open a yes-no question ("Did ...?", "Is ...?", "Will ...?").
QUESTION_OPENERS = frozenset(
    ["is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could"]
    + ["will", "would", "should", "may", "might", "shall"]
)


#: How many sentences back "the decision" may reach for its doer.
DEED_REACH = 3
#: ... and "the vote" back to its resolution (a report of a vote tells its reactions last).
VOTE_REACH = 6
#: Deed nouns that are words said ("the remarks"), and those of a legislature's act ("the
#: vote": the author of the last resolution).
SAID_DEEDS = frozenset(["remarks", "comments"])
VOTED_DEEDS = frozenset(["vote", "bill", "text"])
#: Words of a vote that is no legislature's resolution ("Baku condemned the vote" after an
#: election in Karabakh).
POLL_WORDS = frozenset(["election", "elections", "referendum", "ballot", "polls", "voted"])
#: The acts "the decision" may be (not words of welcome, meetings or talks).
DECIDED_TYPES = frozenset(
    ["sanction", "reduce_relations", "coerce", "blockade", "military_aid", "aid", "recognize"]
    + ["member_of"]  # ("voted to join the court. Moscow criticised the decision")
    + ["material_cooperation", "humanitarian_aid", "halt_humanitarian_aid", "cooperate"]
    + ["intend_cooperation", "occupy", "control", "claim", "halt_negotiation", "halt_mediation"]
    + ["reject_mediation", "show_force", "interference", "allow_humanitarian_access"]
)


#: Verbs of proposing with no one proposed to ("Pashinyan proposed an international
#: mechanism"): their subject is the last who offered (`_note_proposers`).
PROPOSE_VERBS = frozenset(
    ["proposed", "proposes", "propose", "floated", "floats", "offered", "offers"]
)


#: Words before a noun ("the demand", "Baku's demands", "such proposals").
NOUN_DETERMINERS = DETERMINERS | frozenset(
    ["these", "those", "our", "such", "any", "every", "'s", "’s", "new", "latest", "main", "key"]
)
#: Verbs of demanding, whose subject is the last who demanded (`_note_proposers`).
DEMAND_VERBS = frozenset(["demanded", "demands", "demand", "insisted", "insists", "insist"])
#: Both, and the stems that tell a sentence may hold one.
NOTED_VERBS = PROPOSE_VERBS | DEMAND_VERBS
NOTED_STEMS = ("propos", "float", "demand", "insist", "offer")


def _note_proposers(sent: _Sentence, discourse) -> None:
    """Note the subject of a verb of proposing (or the owner of a proposal: "Azerbaijan's
    proposal") as the last who offered, for "rejected the proposal" later, when the sentence
    read no offer of its own; and the subject of a verb of demanding as the last who demanded
    (``discourse.demand``), for "rejected the demand"."""
    doc = sent.doc
    for m in sent.mentions:
        # "Azerbaijan's proposal for a peace treaty was sent to Yerevan", "the Armenian
        # proposal": the owner offered it
        k = m.end + (m.end < sent.s1 and doc[m.end].lower_ in ("'s", "’s"))
        owner = m.label == "ADJ" or k > m.end
        if m.actor and owner and k < sent.s1 and doc[k].lower_ in PROPOSAL_NOUNS:
            discourse.offer = (m.actor, sent.number)
    lowered = sent.text.lower()
    if not any(stem in lowered for stem in NOTED_STEMS):
        return
    for i in range(sent.s0 + 1, sent.s1):
        word = doc[i].lower_
        if word not in NOTED_VERBS or doc[i - 1].lower_ in NOUN_DETERMINERS:
            continue  # (not "rejected the demand", "Baku's demands")
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
        subject = [m for m in sent.subject(i, left) if m.actor and m.label != "ADJ"]
        if not subject:
            continue
        if word in DEMAND_VERBS:
            discourse.demand = (subject[0].actor, sent.number)
        elif not discourse.offer or discourse.offer[1] != sent.number:
            discourse.offer = (subject[0].actor, sent.number)


#: Verbs and nouns of a visit, for "condemned the visit" later.
VISIT_VERBS = frozenset(["visited", "visiting", "toured", "touring"])
#: Verbs of travel that make a visit when a place follows ("flew to Baku", "arrived in Shusha").
TRAVEL_VERBS = frozenset(["arrived", "arrives", "flew", "flies", "travelled", "traveled"])
#: How many sentences back "the visit" may reach (a visit is often the text's whole story).
VISIT_REACH = 8
VISIT_NOUNS = frozenset(["visit", "visits", "trip", "tour"])


def _note_visitors(sent: _Sentence, discourse) -> None:
    """Note the one who visited (``discourse.visit``), for "Armenia condemned the visit" in
    a later sentence: the subject of "visited" / "toured", the owner of "X's visit", or the
    actor of "the visit by / of X"."""
    lowered = sent.text.lower()
    if not any(
        w in lowered for w in ("visit", "tour", "trip", "arrive", "flew", "flies", "travel")
    ):
        return
    doc = sent.doc
    for i in range(sent.s0 + 1, sent.s1):
        word = doc[i].lower_
        who = None
        if word in VISIT_NOUNS and doc[i - 1].lower_ in ("'s", "’s"):
            who = next((m for m in sent.mentions if m.end == i - 1 and m.actor), None)
        elif word in VISIT_NOUNS and i + 1 < sent.s1 and doc[i + 1].lower_ in ("by", "of"):
            k = i + 2 + (i + 2 < sent.s1 and doc[i + 2].lower_ == "the")
            who = next((m for m in sent.mentions if m.start in (i + 2, k) and m.actor), None)
        elif (
            (word in VISIT_VERBS and doc[i - 1].lower_ not in NOUN_DETERMINERS)
            # (a headline's "Erdogan visits Nakhchivan": right after its subject)
            or (word in ("visits", "tours") and any(m.end == i for m in sent.mentions))
            or (
                word in TRAVEL_VERBS and i + 1 < sent.s1 and doc[i + 1].lower_ in ("in", "to", "at")
            )
        ):
            left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
            who = next((m for m in sent.subject(i, left) if m.actor and m.label != "ADJ"), None)
        if who is not None and who.label != "ADJ":
            discourse.visit = (who.actor, sent.number)


def _said(kind: str) -> bool:
    """Whether a relation of type *kind* is words said: an accusation, demand, criticism,
    denial or threat."""
    from ..vocabulary import relation_type_table

    return relation_type_table()[kind]["category"] in SPEECH_CATEGORIES or kind == "threaten"


def _last_said(discourse, registry, judge: str, number: int) -> str | None:
    """The one a rejection answers when it names no one and no one demanded, offered or
    criticised: the doer of the last accusation, demand, criticism, denial or threat read no
    more than DEED_REACH sentences before, else the last who offered or spoke, not of the
    judge's side."""
    for at, doer, kind in reversed(discourse.deeds):
        if number - at > DEED_REACH:
            break
        if _said(kind) and not _same_side(registry, doer, judge):
            return doer
    for who in (discourse.offer, discourse.last_speaker):
        if who and 0 < number - who[1] <= DEED_REACH and not _same_side(registry, who[0], judge):
            return who[0]
    return None


#: Titles after a legislature's name ("parliament speaker X").
HOUSE_TITLES = frozenset(["speaker", "chairman", "chair", "head", "deputy", "vice", "president"])
#: Words of a legislature in a mention ("the Armenian parliament", "the National Assembly").
LEGISLATURE_WORDS = frozenset(
    ["parliament", "assembly", "senate", "congress", "duma", "majlis", "house", "lawmakers"]
)


def _resolution_author(m, before: list, doc, s1: int, discourse, number: int) -> str | None:
    """The actor "the resolution" stands for: its author, as `_note_documents` noted it; for
    "the lawmakers" / "the senators", the legislature the sentence names before it ("met
    members of the Armenian parliament and thanked the deputies"; not a title: "parliament
    speaker Alen Simonyan"), else that author when it was noted no more than VOTE_REACH
    sentences before."""
    author = discourse.last.get("document:resolution")
    if m.text.lower().split()[-1] == "resolution":
        return author
    house = next(
        (
            x.actor
            for x in before
            if x.actor
            and x.label != "PERSON"
            and set(x.text.lower().split()) & LEGISLATURE_WORDS
            and not (x.end < s1 and doc[x.end].lower_ in HOUSE_TITLES)
        ),
        None,
    )
    return house or (author if number - discourse.document_at <= VOTE_REACH else None)


def _deed_doer(m, before: list, discourse, number: int, registry) -> str | None:
    """The doer of the act that "the decision" / "the vote" / "the remarks" names, as the
    object of a verb judging it ("Baku condemned the decision"): the author of the resolution
    read no more than VOTE_REACH sentences before for "the vote" (none after an election);
    else the doer of the last act of its kind read no more than DEED_REACH sentences before
    (for "the decision" a court's order, else one of DECIDED_TYPES; for "the remarks" an
    accusation, demand, criticism, denial or threat), unless it is the judge's own (an actor named
    before it in the sentence: "Pashinyan regretted the remarks")."""
    noun = m.text.lower().split()[-1]
    judges = {x.actor for x in before if x.actor and x.label != "DEED"}
    if noun in VOTED_DEEDS:
        at = discourse.document_at
        if number - at > VOTE_REACH or discourse.poll_at > at:
            return None
        return discourse.last.get("document:resolution")
    if noun in VISIT_NOUNS:
        # ("Erdogan toured Shusha. Armenia condemned the visit": the visitor)
        visit = discourse.visit
        # (not a state's own official's: "Bayramov visited Paris. Azerbaijan condemned the
        # visit"; an opposition may judge its leader's trip)
        states = {j for j in judges if (registry.get(j) or {}).get("kind") == "state"}
        own = bool(visit) and _state_of(registry, visit[0]) in states
        fresh = (
            visit and 0 < number - visit[1] <= VISIT_REACH and visit[0] not in judges and not own
        )
        return visit[0] if fresh else None
    recent = [d for d in discourse.deeds if number - d[0] <= DEED_REACH]
    if noun == "decision":
        # (a court's order read just before first: "ordered Azerbaijan to ..., obstructed by
        # protesters ... Armenia welcomed the decision")
        courts = [d for d in recent if _actor_class(registry, d[1]) == "court"]
        recent = courts or [d for d in recent if d[2] in DECIDED_TYPES]
    elif noun in WELCOMED_ONLY_DEEDS:
        # ("Armenia recognised ... Washington welcomed the step": the last act read, if of a
        # kind decided; an accord welcomed backs both who agreed: `_welcomed_back`)
        accord = discourse.accord
        if accord and 0 <= number - accord[1] <= 2 and (not recent or recent[-1][0] <= accord[1]):
            return None
        recent = [d for d in recent[-1:] if d[2] in ACT_DEEDS[noun]]
    elif noun in ACT_DEEDS:
        # ("Azerbaijan sentenced ... Yerevan called the verdict unlawful": the court's or the
        # state's act of that kind)
        recent = [d for d in recent if d[2] in ACT_DEEDS[noun]]
    else:
        recent = [d for d in recent if _said(d[2])]
    doer = recent[-1][1] if recent else None
    said = discourse.last_speaker
    if (
        doer is None
        and noun in SPOKEN_DEEDS
        and said
        and 0 < number - said[1] <= DEED_REACH
        and not {_state_of(registry, j) for j in judges} & {_state_of(registry, said[0])}
    ):
        # ("Aliyev said Armenia was a fascist state. Yerevan condemned the remarks": the words
        # of the one who spoke last, though they read as no act)
        doer = said[0]
    return None if doer in judges else doer


_HELD = frozenset(["coerce", "sanction", "blockade"])
#: Deed nouns of acts (not words) and the types of act each names.
ACT_DEEDS = {
    **dict.fromkeys(["verdict", "sentence", "sentences", "trial", "trials", "proceedings"], _HELD),
    **dict.fromkeys(["arrests", "detention", "detentions"], _HELD),
    **dict.fromkeys(["expulsion", "expulsions"], frozenset(["reduce_relations", "coerce"])),
    **dict.fromkeys(
        ["drills", "exercises"], frozenset(["show_force", "material_cooperation", "threaten"])
    ),
    # (round 40: "Armenia recognised Azerbaijan's territorial integrity. Washington welcomed
    # the step"; "The EU extended its mission. Yerevan welcomed the extension")
    **dict.fromkeys(
        ["step", "move"],
        DECIDED_TYPES | {"concede", "recognize", "negotiate", "sign_agreement", "cooperate"},
    ),
    "extension": frozenset(["aid", "military_aid", "control", "material_cooperation"]),
    **dict.fromkeys(
        ["delivery", "deliveries"], frozenset(["humanitarian_aid", "aid", "military_aid"])
    ),
}


def _yes_no_question(sent: _Sentence) -> bool:
    """Whether the sentence is a direct yes-no question ("Is Shusha still in Armenian
    hands?"), which states nothing as fact."""
    text = sent.text.strip().rstrip("\"'”’ ")
    if not text.endswith("?"):
        return False
    first = next((t for t in sent.doc[sent.s0 : sent.s1] if t.is_alpha), None)
    return first is not None and first.lower_ in QUESTION_OPENERS


TRUCE_WORDS = frozenset(
    ["ceasefire", "cease-fire", "truce", "armistice", "war", "fighting", "fight"]
)


# "The population of X is ethnically Armenian", "the residents of X live ...": the words after a
# population's mention that make it the subject of a description of who lives there
DESCRIBED_BY = frozenset(
    ["is", "are", "was", "were", "remains", "remained", "live", "lived", "lives"]
)


def _inhabitants(sent: _Sentence, registry, when) -> list:
    """ "The population of X is ...": the population inhabits X, stated when the phrase is the
    subject of a description; a mere mention ("aid to the population of X") states nothing
    about who lives where."""
    out = []
    for m in sent.mentions:
        place = (registry.get(m.actor) or {}).get("inhabits") if m.actor else None
        if place and m.end < sent.s1 and sent.doc[m.end].lower_ in DESCRIBED_BY:
            out.append(
                _reading(
                    sent,
                    m.actor,
                    place,
                    "inhabit",
                    "population_of",
                    0.7,
                    (m.start, m.end - 1),
                    when,
                    (m,),
                )
            )
    return out


def _occupied_lands(sent: _Sentence, registry, discourse, when, found) -> list:
    """ "the occupied territories of Azerbaijan", "occupied Azerbaijani lands", "Azerbaijan's
    occupied districts" with no occupier named: the party the text sets against the land's
    state occupies it (alleged: the words are a side's). Nothing when the text has no such
    pair, or when the sentence already states an occupation of that state."""
    if "ccupied" not in sent.text:
        return []
    doc = sent.doc
    pair = discourse.dyad or (discourse.pair if discourse.named else None)
    dyad = _states_of(pair, registry) if pair else ()
    demonyms = registry.gazetteer.demonyms
    out = []
    for i in range(sent.s0, sent.s1 - 1):
        if doc[i].lower_ != "occupied" or doc[i - 1].lower_ in ("was", "were", "is", "are", "by"):
            continue
        k = i + 1
        owner = None
        if doc[k].lower_ in demonyms:
            owner, k = demonyms[doc[k].lower_], k + 1  # "occupied Azerbaijani territories"
        if k >= sent.s1 or doc[k].lower_ not in LAND_NOUNS:
            continue
        if owner is None and k + 2 < sent.s1 and doc[k + 1].lower_ == "of":
            after = next((m for m in sent.mentions if m.start in (k + 2, k + 3)), None)
            owner = after.actor if after is not None else None  # "territories of X"
        if owner is None:
            before = next((m for m in sent.mentions if m.end + 1 == i), None)
            if before is not None and doc[i - 1].lower_ in ("'s", "’s"):
                owner = before.actor  # "Azerbaijan's occupied territories"
        state = _state_of(registry, owner) if owner else None
        if state is None or state not in dyad:
            continue
        occupier = next((x for x in dyad if x != state), None)
        if occupier is None or any(c.type == "occupy" and c.target == state for c in found):
            continue
        out.append(
            _reading(
                sent,
                occupier,
                state,
                "occupy",
                "occupied_lands",
                0.5,
                (i, k),
                when,
                status="alleged",
            )
        )
        break
    return out


#: Nouns of armed forces ("Armenian troops", "Azerbaijan's armed forces", "units of ...").
FORCE_NOUNS = frozenset(
    ["troop", "troops", "force", "forces", "unit", "units", "formation", "formations", "army"]
    + ["soldier", "soldiers", "military", "contingent", "servicemen"]
)
#: Words just before "the withdrawal" or "the presence" that make it one side's charge
#: ("demanded the withdrawal", "called for the immediate withdrawal", "concern about the
#: presence", "the illegal presence"); not "concern about the withdrawal of Russian troops".
WITHDRAWAL_DEMANDS = frozenset(
    ["demand", "call", "urge", "insist", "need", "require", "immediate", "unconditional"]
)
PRESENCE_CHARGES = WITHDRAWAL_DEMANDS | {"concern", "condemn", "protest", "illegal", "unlawful"}
#: Modals before "be withdrawn" that make it a demand ("must be withdrawn").
WITHDRAWAL_MODALS = frozenset(["must", "should", "need"])
#: Verbs after a side's forces that take them onto another's land.
FORCES_ENTER = frozenset(
    ["entered", "infiltrated", "invaded", "intruded", "crossed", "encroached", "penetrated"]
)
#: Words right before the land a side's forces are on ("from X", "in X", "into X", "the
#: territory of X").
LAND_PREPS = frozenset(["from", "in", "into", "of", "on"])


def _forces_on_land(sent: _Sentence, registry, discourse, when, found) -> list:
    """A side's forces said to be on another's land: "demanded the withdrawal of Armenian
    troops from Nagorno-Karabakh", "all units of Azerbaijan's armed forces must be withdrawn
    from the territory of Armenia", "concern about the presence of Azerbaijani forces in
    Armenia" (``alleged``: one side's charge); "Azerbaijani troops entered the sovereign
    territory of Armenia", only between two sides the text sets against each other. The land
    follows "from", "in", "into" or "(territory) of"; a negated entry ("never entered") and a
    withdrawal no one demands ("the withdrawal of Russian troops") are no occupation."""
    doc, out = sent.doc, []
    for m in sent.mentions:
        forces = doc[m.end - 1].lower_ in FORCE_NOUNS or any(
            doc[k].lower_ in FORCE_NOUNS and doc[k + 1].lower_ == "of"
            for k in range(m.start, m.end - 1)
        )  # ("Armenian troops", "the armed forces of Armenia")
        if m.label != "AGENT" or not m.actor or not forces:
            continue
        cue = _forces_cue(doc, m, sent.s0, sent.s1)
        if cue is None:
            continue
        land = next(
            (
                y
                for y in sent.mentions
                if y.actor
                and m.end < y.start <= m.end + 10
                and _actor_class(registry, y.actor) in ("state", "territory")
                and (
                    _prev_word(doc, y, sent.s0) in LAND_PREPS
                    or (cue == "entered" and y.label == "AGENT")  # "entered Armenian territory"
                )
            ),
            None,
        )
        side, owner = _state_of(registry, m.actor), land and _state_of(registry, land.actor)
        if land is None or side is None or side == (owner or land.actor):
            continue
        charged = cue in ("withdrawal", "presence", "withdrawn")
        opposed = frozenset({side, owner}) in discourse.opposed if owner else False
        if not (charged or opposed) or any(
            c.type in ("occupy", "control") and c.source == side and c.target == land.actor
            for c in found
        ):
            continue
        out.append(
            _reading(
                sent,
                side,
                land.actor,
                "occupy",
                "forces_on_land",
                0.55,
                (m.start, m.end - 1),
                when,
                (m, land),
                status="alleged" if charged else "asserted",
            )
        )
    return out


#: Verbs by which a side states that it has no forces somewhere ("Yerevan said there were
#: no Armenian forces in Karabakh").
NO_FORCES_VERBS = frozenset(
    ["said", "says", "stated", "states", "insisted", "insists", "maintained", "maintains"]
    + ["declared", "reiterated", "stressed", "repeated", "noted"]
)


def _no_forces_there(sent: _Sentence, registry, discourse, when, found) -> list:
    """ "Yerevan, in turn, said there were no Armenian forces in Karabakh", "Armenia has
    stated that the Republic of Armenia does not have an army in Nagorno-Karabakh": the speaker
    denies its own forces' presence on that land: a ``deny`` to the side that charged it (its
    last accuser, else the one side the text sets against it). Another side's forces ("no
    Azerbaijani troops") are no denial."""
    doc, out = sent.doc, []
    for i in range(sent.s0 + 2, sent.s1 - 2):
        lower = doc[i].lower_
        if lower == "no" and doc[i - 1].lower_ == "be":
            continue  # ("there would be no Armenian forces after the withdrawal": to come)
        if lower == "no":
            k = i + 1
        elif lower == "have" and doc[i - 1].lower_ in ("not", "n't"):
            k = i + 1 + (doc[i + 1].lower_ in ("an", "any"))
        else:
            continue
        owner = next((m for m in sent.mentions if m.start == k and m.actor), None)
        owner_state = _state_of(registry, owner.actor) if owner is not None else None
        if owner is not None:
            # ("no Armenian forces": the forces themselves may be the mention)
            k = owner.end - 1 if doc[owner.end - 1].lower_ in FORCE_NOUNS else owner.end
        elif k + 1 < sent.s1 and doc[k].lower_ in registry.gazetteer.demonyms:
            # (forces after "no" are no mention of their own: the demonym names their state)
            owner_state, k = registry.gazetteer.demonyms[doc[k].lower_], k + 1
        if k >= sent.s1 or doc[k].lower_ not in FORCE_NOUNS or k + 2 >= sent.s1:
            continue
        if doc[k + 1].lower_ not in ("in", "on", "inside"):
            continue
        land = next(
            (
                m
                for m in sent.mentions
                if m.actor and m.start in (k + 2, k + 3) and _is_territory(registry, [m])
            ),
            None,
        )
        said = [
            m
            for m in sent.mentions
            if m.actor
            and m.end <= i
            and any(t.lower_ in NO_FORCES_VERBS for t in doc[m.end : min(i, m.end + 6)])
        ][:1]
        if land is None or not said:
            continue
        side = _state_of(registry, said[0].actor)
        if side is None or (owner_state is not None and owner_state != side):
            continue
        if (registry.get(said[0].actor) or {}).get("kind") not in ("state", "person", "government"):
            continue  # ("Armenian refugees said there were no Armenian forces to protect them")
        accusers = [x for x in discourse.accusers.get(side, []) if _state_of(registry, x) != side]
        dyad = _states_of(discourse.dyad or (), registry)
        attackers = {x for x in discourse.assailants.get(land.actor, ()) if x and x != side}
        target = (
            # the other side of the two the text sets against each other, else the one that
            # attacked that land, else its accuser
            next((x for x in dyad if x != side), None)
            if side in dyad
            else (attackers.pop() if len(attackers) == 1 else None)
            or (accusers[-1] if accusers else None)
            or _counterpart(discourse, registry, side, hostile=True)
            or _counterpart(discourse, registry, side)
        )
        if not target or any(c.type == "deny" and c.source == said[0].actor for c in found):
            continue
        out.append(
            _reading(
                sent,
                said[0].actor,
                target,
                "deny",
                "no_forces_there",
                0.55,
                (i, k),
                when,
                (said[0], None),
            )
        )
    return out


def _forces_cue(doc, m, s0: int, s1: int) -> str | None:
    """What puts the forces *m* on land: "withdrawal" or "presence" that one side demands or
    condemns (in the five words before it), "withdrawn" after a modal ("must be withdrawn"),
    "entered" for a verb of entering not negated before it; None otherwise."""
    before = [t.lower_ for t in doc[max(s0, m.start - 4) : m.start]]
    for noun in ("withdrawal", "pullout", "presence"):
        if noun in before:
            k = m.start - len(before) + before.index(noun)
            near = doc[max(s0, k - 5) : k]
            asking = {t.norm_ for t in near} | {t.lower_ for t in near}
            words = PRESENCE_CHARGES if noun == "presence" else WITHDRAWAL_DEMANDS
            return ("presence" if noun == "presence" else "withdrawal") if asking & words else None
    after = [t.lower_ for t in doc[m.end : min(s1, m.end + 4)]]
    if "withdrawn" in after:
        return "withdrawn" if set(after[: after.index("withdrawn")]) & WITHDRAWAL_MODALS else None
    if set(after) & FORCES_ENTER:
        k = m.end + min(after.index(w) for w in FORCES_ENTER if w in after)
        negated = any(t.norm_ in NEGATORS for t in doc[m.end : k])
        return None if negated else "entered"
    return None


def _opposed_states(discourse, registry) -> set:
    """The pairs of states the text has set against each other (fought, charged with
    aggression, negotiated), as frozensets of two states."""
    out = set()
    for pair in [v[2] for v in discourse.opposed.values()]:
        states = frozenset(_state_of(registry, x) for x in pair)
        if len(states) == 2 and None not in states:
            out.add(states)
    return out


#: Forms of "withdraw" whose forces leave another's land ("must withdraw its troops from").
WITHDRAW_FORMS = frozenset(["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"])
#: Words before "withdraw" that make the withdrawal owed, not done ("must withdraw", "obliged
#: Armenia to withdraw", "has not withdrawn", "the necessity of withdrawing").
OWED_WITHDRAWAL = frozenset(
    ["must", "should", "need", "needs", "obliged", "obliges", "oblige", "demand", "demanded"]
    + ["demands", "urged", "urges", "called", "calls", "require", "required", "requires"]
    + ["necessity", "not", "condition", "insisted", "insists", "has to", "have to"]
)
#: Words between a subject and "withdraw" ("Armenia should completely withdraw").
WITHDRAW_GAP = frozenset(
    ["must", "should", "to", "has", "have", "had", "not", "completely", "fully", "immediately"]
    + ["yet", "still", "also", "will", "would", "need", "needs", "been", "be", "finally"]
)


#: Words before a charge that gainsay it ("rejected claims that ...", "it is false that ...").
GAINSAYING_WORDS = frozenset(
    ["deny", "denied", "denies", "reject", "rejected", "rejects", "false", "untrue", "dismiss"]
    + ["dismissed", "refute", "refuted", "baseless", "groundless", "unfounded", "rebuff"]
)


def _gainsaid(sent: _Sentence, i: int) -> bool:
    """Whether the sentence asks (ends with "?") or gainsays what is said at token *i* (a
    denial or a word such as "false" before it: "rejected claims that Armenia must ...")."""
    doc = sent.doc
    if any(t.text == "?" for t in doc[max(sent.s0, sent.s1 - 2) : sent.s1]):
        return True
    return any(
        t.lower_ in GAINSAYING_WORDS or t.norm_ in GAINSAYING_WORDS for t in doc[sent.s0 : i]
    )


def _withdrawal_owed(doc, i: int, s0: int) -> bool:
    """Whether the five words before "withdraw" at *i* make the withdrawal owed."""
    words = [t.lower_ for t in doc[max(s0, i - 5) : i]]
    pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
    return bool(OWED_WITHDRAWAL & (set(words) | pairs))


def _withdrawn_forces(sent: _Sentence, registry, discourse, when, found) -> list:
    """A side owed a withdrawal from the other's land occupies it (``alleged``): "Armenia must
    withdraw its forces from Azerbaijan's territory", "obliged Armenia to withdraw its troops
    from the Azerbaijani lands", "Armenian forces must withdraw from Nagorno-Karabakh", "has
    not withdrawn its armed forces from the territories of Azerbaijan", "withdrawing the armed
    forces of Azerbaijan from the territory of Armenia". Only between two states the text sets
    against each other; a withdrawal done ("Russia withdrew its peacekeepers") or nobody's
    land ("withdraw from the talks") is none."""
    doc = sent.doc
    if not WITHDRAW_FORMS & {t.lower_ for t in doc[sent.s0 : sent.s1]}:
        return []
    opposed = _opposed_states(discourse, registry)
    demonyms = registry.gazetteer.demonyms
    out = []
    for i in range(sent.s0 + 1, sent.s1 - 1):
        if doc[i].lower_ not in WITHDRAW_FORMS or not _withdrawal_owed(doc, i, sent.s0):
            continue
        if _gainsaid(sent, i):
            continue  # ("rejected claims that Armenia must withdraw", a question)
        k = next((j for j in range(i + 1, min(sent.s1, i + 9)) if doc[j].lower_ == "from"), None)
        if k is None:
            continue
        side, forces = _withdrawing_side(sent, i, k, registry)
        land = next(
            (
                y.actor
                for y in sent.mentions
                if y.actor
                and k < y.start <= k + 5
                and y.label != "ADJ"
                and _actor_class(registry, y.actor) in ("state", "territory")
            ),
            None,
        )
        if land is None:
            # "from the Azerbaijani lands", "from the occupied territories of Azerbaijan"
            owner = next(
                (
                    demonyms[doc[j].lower_]
                    for j in range(k + 1, min(sent.s1 - 1, k + 4))
                    if doc[j].lower_ in demonyms and doc[j + 1].lower_ in LAND_NOUNS
                ),
                None,
            )
            land = owner
        # (a territory: the side's foe, whose land it is)
        owner = land and (
            _state_of(registry, land)
            or (side and _counterpart(discourse, registry, side, hostile=True))
        )
        if side is None or owner is None or side == owner:
            continue
        if frozenset({side, owner}) not in opposed or any(
            c.type in ("occupy", "control") and c.source == side and c.target == land
            for c in [*found, *out]
        ):
            continue
        out.append(
            _reading(
                sent,
                side,
                land,
                "occupy",
                "withdrawal_owed",
                0.55,
                (i, i),
                when,
                (forces,) if forces is not None else (),
                status="alleged",
            )
        )
    return out


def _withdrawing_side(sent: _Sentence, i: int, k: int, registry) -> tuple:
    """The state whose forces "withdraw" at *i* (with "from" at *k*) and the mention that
    names it: the forces after the verb ("withdraw the Armenian armed forces", "the armed
    forces of Azerbaijan"), a subject's own ("Armenia must withdraw its troops"), or forces or
    a state right before the verb ("Armenian forces must withdraw"); (None, None) else."""
    doc = sent.doc
    for m in sent.mentions:
        if not m.actor or not i < m.start < k:
            continue
        if m.label == "AGENT" and FORCE_NOUNS & {t.lower_ for t in doc[m.start : m.end]}:
            return _state_of(registry, m.actor), m  # ("the armed forces of Azerbaijan")
        if doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in FORCE_NOUNS:
            return _state_of(registry, m.actor), m
    objects = [t.lower_ for t in doc[i + 1 : k]]
    owned = objects[:1] in (["its"], ["their"]) and bool(set(objects) & FORCE_NOUNS)
    if objects and not owned:
        return None, None
    j = i - 1
    while j > sent.s0 and doc[j].lower_ in WITHDRAW_GAP:
        j -= 1
    m = next((x for x in sent.mentions if x.actor and x.end - 1 == j and x.label != "ADJ"), None)
    if m is None:
        return None, None
    forces = m.label == "AGENT" and doc[m.end - 1].lower_ in FORCE_NOUNS
    if not (forces or _actor_class(registry, m.actor) == "state"):
        return None, None
    return _state_of(registry, m.actor), m


#: Words that may stand between an occupier's demonym and "occupation" ("Armenian military
#: occupation", "illegal Armenian occupation") or before it ("the 30-year occupation by").
OCCUPATION_GAP = frozenset(["military", "illegal", "unlawful", "armed", "long", "-", "year"])


def _occupations(sent: _Sentence, registry, discourse, when, found) -> list:
    """ "liberated from the Armenian occupation", "under illegal Armenian occupation", "the
    30-year occupation by Armenia", "Armenia's occupation of Azerbaijani territories in
    Karabakh": the occupier named by a demonym, "by" or a possessive occupies the land after
    "of" (the place "in" it when the land is a state's "territories"), else the land the
    sentence names before "under", else the land "liberated" from it, else the state the
    text sets against it (``historical``); nothing when there is none of these."""
    doc = sent.doc
    if "occupation" not in sent.text:
        return []
    demonyms = registry.gazetteer.demonyms
    out = []
    for i in range(sent.s0 + 1, sent.s1):
        if doc[i].lower_ != "occupation":
            continue
        occupier, occ = _occupier(sent, i, registry, demonyms)
        if occupier is None or _actor_class(registry, occupier) != "state":
            continue
        if _occupation_gainsaid(sent, i, occ, demonyms):
            continue
        land = _occupied_land(sent, i, registry, demonyms)
        held = [c for c in [*found, *out] if c.type in ("occupy", "control")]
        if land is None and any(c.source == occupier for c in held):
            continue  # (the lexicon read "the occupation of X" on its own)
        land = land or _counterpart(discourse, registry, occupier, hostile=True)
        if land is None or _state_of(registry, land) == occupier:
            continue
        if any(c.source == occupier and c.target == land for c in held):
            continue
        out.append(
            _reading(
                sent,
                occupier,
                land,
                "occupy",
                "occupation_by",
                0.55,
                (i, i),
                when,
                (occ,) if occ is not None else (),
                status="historical",
            )
        )
    return out


def _occupation_gainsaid(sent: _Sentence, i: int, occ, demonyms) -> bool:
    """Whether the "occupation" at *i* is denied ("there was never any occupation by
    Armenia", "no Armenian occupation", "rejected claims of ..."), asked about, or only a term
    in quotation marks ('the term "Armenian occupation"', 'the so-called occupation')."""
    doc = sent.doc
    start = min(i, occ.start) if occ is not None else i
    while start > sent.s0 and (
        doc[start - 1].lower_ in OCCUPATION_GAP | {"the", "an", "any"}
        or doc[start - 1].like_num
        or doc[start - 1].lower_ in demonyms
    ):
        start -= 1
    near = {t.lower_ for t in doc[max(sent.s0, start - 3) : start]}
    quoted = any(t.is_quote for t in doc[max(sent.s0, start - 1) : min(sent.s1, i + 2)])
    return bool(near & NEGATORS) or "so-called" in near or quoted or _gainsaid(sent, i)


def _occupier(sent: _Sentence, i: int, registry, demonyms) -> tuple:
    """The state whose "occupation" is at *i*, and its mention when it has one: "the Armenian
    occupation", "Armenia's occupation", "occupation by Armenia"; (None, None) else."""
    doc = sent.doc
    j = i - 1
    while j > sent.s0 and (doc[j].lower_ in OCCUPATION_GAP or doc[j].like_num):
        j -= 1
    if doc[j].lower_ in demonyms:
        return demonyms[doc[j].lower_], None
    if doc[j].lower_ in ("'s", "’s"):
        m = next((x for x in sent.mentions if x.actor and x.end == j), None)
        if m is not None:
            return _state_of(registry, m.actor), m
    k = i + 1
    if k < sent.s1 and doc[k].lower_ == "by":
        m = next((x for x in sent.mentions if x.actor and k < x.start <= k + 2), None)
        if m is not None and m.label != "ADJ":
            return _state_of(registry, m.actor), m
    return None, None


def _occupied_land(sent: _Sentence, i: int, registry, demonyms):
    """The land of the "occupation" at *i*: the one after "of" (a state's "territories in X":
    X), the land named before "under", or the land "liberated" ahead of "from"; None else."""
    doc = sent.doc
    places = [
        m
        for m in sent.mentions
        if m.actor and _actor_class(registry, m.actor) in ("state", "territory")
    ]
    if i + 1 < sent.s1 and doc[i + 1].lower_ == "of":
        after = [m for m in places if i + 1 < m.start <= i + 7]
        if after and after[0].start <= i + 3 and after[0].label != "ADJ":
            return after[0].actor
        for j in range(i + 2, min(sent.s1 - 1, i + 4)):
            if doc[j].lower_ in demonyms and doc[j + 1].lower_ in LAND_NOUNS:
                inside = next(
                    (
                        m.actor
                        for m in after
                        if m.start == j + 3
                        and doc[j + 2].lower_ == "in"
                        and _actor_class(registry, m.actor) == "territory"
                    ),
                    None,
                )
                return inside or demonyms[doc[j].lower_]
        return None
    k = i - 1
    while k > sent.s0 and (doc[k].lower_ in OCCUPATION_GAP or doc[k].lower_ in demonyms):
        k -= 1
    while k > sent.s0 and doc[k].lower_ in ("the", "illegal", "its", "'s", "’s"):
        k -= 1
    before = [m for m in places if m.end <= k and m.label != "ADJ"]
    if doc[k].lower_ == "under" and before:
        return before[-1].actor  # "20% of Azerbaijan's territory had been under ..."
    if doc[k].lower_ == "from" and before and "liberat" in doc[before[-1].end : k].text.lower():
        return before[-1].actor  # ("Karabakh after its liberation from the ... occupation")
    return None


#: Participles of a body's founding ("the Minsk Group, formed in 1992 to mediate ...").
FOUNDED_WORDS = frozenset(["formed", "created", "established", "founded", "set"])
#: Verbs of the purpose a body was founded for that make it a mediator.
FOUNDED_TO_MEDIATE = frozenset(
    ["mediate", "find", "seek", "resolve", "settle", "broker", "facilitate", "help"]
)
#: Words between a body's name and its founding participle (", which was set up in 1992").
FOUNDED_GAP = frozenset([",", "which", "that", "was", "were", "has", "had", "been", "is"])


def _founded_to_mediate(sent: _Sentence, registry, discourse, when) -> tuple:
    """ "The OSCE Minsk Group, formed in 1992 to find a peaceful solution to the conflict",
    "the Minsk Group, which was set up to mediate": the body mediates between the two the
    sentence pairs ("the Armenia-Azerbaijan conflict"), else the two the text sets against each
    other. Returns (readings, the token of the purpose verb), or ([], None)."""
    doc = sent.doc
    for i in range(sent.s0 + 1, sent.s1 - 2):
        if doc[i].lower_ not in FOUNDED_WORDS or (
            doc[i].lower_ == "set" and doc[i + 1].lower_ != "up"
        ):
            continue
        k = i + 2 if doc[i].lower_ == "set" else i + 1
        if k + 1 < sent.s1 and doc[k].lower_ == "in" and doc[k + 1].like_num:
            k += 2  # ("in 1992")
        if k + 1 >= sent.s1 or doc[k].lower_ != "to" or doc[k + 1].lower_ not in FOUNDED_TO_MEDIATE:
            continue
        j = i - 1
        while j > sent.s0 and doc[j].lower_ in FOUNDED_GAP:
            j -= 1
        body = next(
            (m for m in sent.mentions if m.actor and m.end - 1 == j and m.label != "ADJ"), None
        )
        if body is None or (registry.get(body.actor) or {}).get("kind") not in BODY_KINDS:
            continue
        h = body.start - 1
        while h > sent.s0 and doc[h].lower_ == "the":
            h -= 1
        owner = next((m for m in sent.mentions if m.actor and m.end == h), None)
        if (
            doc[h].lower_ == "of"
            and owner is not None
            and (registry.get(owner.actor) or {}).get("kind") in BODY_KINDS
        ):
            body = owner  # ("the Minsk Group of the OSCE, which was formed to ...")
        pair = [x for x, _ in _conflict_pair(sent, k + 1, sent.s1)] or list(
            _states_of(discourse.dyad or (), registry)
        )
        if len(pair) != 2 or body.actor in pair:
            continue
        readings = [
            _reading(
                sent,
                body.actor,
                x,
                "mediate",
                "founded_to_mediate",
                0.65,
                (i, k + 1),
                when,
                (body,),
            )
            for x in pair
        ]
        return readings, k + 1
    return [], None


#: Nouns of a shipment of relief ("a Russian humanitarian delivery", "humanitarian cargo from X").
AID_SHIPMENTS = frozenset(
    ["aid", "assistance", "cargo", "cargoes", "delivery", "deliveries", "convoy", "convoys"]
    + ["supplies", "shipment", "shipments"]
)


#: Words that undo a shipment ("was planned but cancelled") or make it one to come.
SHIPMENT_UNDONE = frozenset(["cancelled", "canceled", "scrapped", "abandoned", "called"])
SHIPMENT_TO_COME = frozenset(["will", "planned", "plans", "expected", "due", "would", "shall"])


def _aid_shipments(sent: _Sentence, registry, discourse, when, found) -> list:
    """A shipment of relief named by its sender: "the Armenian humanitarian convoy carrying
    food to Nagorno-Karabakh", "a Russian humanitarian delivery", "humanitarian cargo from
    France": the sender's ``humanitarian_aid`` to the land named after "to", "for", "in" or
    "towards" (a territory), else to the people of the contested land the text is about."""
    doc, out = sent.doc, []
    if "humanitarian" not in sent.text.lower():
        return out
    demonyms = registry.gazetteer.demonyms
    for i in range(sent.s0, sent.s1 - 1):
        if doc[i].lower_ != "humanitarian" or doc[i + 1].lower_ not in AID_SHIPMENTS:
            continue
        sender = None
        if i > sent.s0 and doc[i - 1].lower_ in demonyms:
            sender = demonyms[doc[i - 1].lower_]  # ("a Russian humanitarian delivery")
        elif i + 3 < sent.s1 and doc[i + 2].lower_ == "from":
            sender = next(
                (
                    m.actor
                    for m in sent.mentions
                    if m.actor and m.label != "ADJ" and m.start in (i + 3, i + 4)
                ),
                None,
            )  # ("humanitarian cargo from France", "from the Russian Red Cross")
        if sender is None or _actor_class(registry, sender) == "territory":
            continue
        land = next(
            (
                m.actor
                for m in sent.mentions
                if m.actor
                and i + 1 < m.start <= i + 14
                and (
                    _actor_class(registry, m.actor) == "territory"
                    or (registry.get(m.actor) or {}).get("kind") == "population"
                )
                and _prev_word(doc, m, sent.s0) in ("to", "for", "in", "towards", "into")
            ),
            None,
        )
        target = land or _contested_people(registry, sent, discourse)
        if target is None or target == sender or _state_of(registry, sender) == target:
            continue
        if any(c.type == "humanitarian_aid" and c.source == sender for c in [*found, *out]):
            continue
        # (what the verb near the shipment says of it, not a clause further on: "stranded
        # there for a week with Azerbaijan not allowing ...")
        near = doc[max(sent.s0, i - 4) : min(sent.s1, i + 10)]
        words = {w for t in near for w in (t.lower_, t.norm_)}
        if words & (NEGATORS | SHIPMENT_UNDONE) or _gainsaid(sent, i):
            continue  # ("was never sent", "was planned but cancelled")
        status = "offered" if words & SHIPMENT_TO_COME else "asserted"
        out.append(
            _reading(
                sent,
                sender,
                target,
                "humanitarian_aid",
                "aid_shipment",
                0.6,
                (i, i + 1),
                when,
                status=status,
            )
        )
    return out


#: Nouns of a body's members counted before a dash that lists them ("an alliance of six
#: ex-Soviet states -- Russia, Armenia, ...", "led by its three co-chairs - Russia, France ...").
MEMBER_NOUNS = frozenset(
    ["states", "countries", "nations", "members", "co-chairs", "chairs", "cochairs", "republics"]
)
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


#: Nouns of what a body is ("the CSTO is an alliance of six states"), besides the bloc nouns
#: (BLOC_NOUNS) and those that head a body's apposition (BODY_NOUNS).
COUNTED_BODY_NOUNS = frozenset(
    ["grouping", "union", "platform", "coalition", "partnership", "treaty"]
)
#: Words that make the counted noun after a body its own ("its three co-chairs", "the EU's
#: three largest members", "which groups five countries", "was chaired by three countries").
OWNING_WORDS = frozenset(
    ["its", "has", "have", "'s", "’s", "whose", "groups", "unites", "comprises", "includes"]
    + ["brings", "chaired", "co-chaired", "led", "headed"]
)


def _counts_its_members(doc, body, noun: int) -> bool:
    """Whether the words between *body* and the member noun at *noun* make the noun the
    body's own ("the CSTO is an alliance of six states", "the Minsk Group, led by its three
    co-chairs", "the bloc has six members"); not "the NATO summit was attended by leaders of
    three countries", "NATO and three partner states"."""
    words = [t.lower_ for t in doc[body.end : noun]]
    if words[-1:] == ["member"]:
        return True  # ("the EU and two member states - France and Germany")
    if "and" in words or not words:
        return False
    bodies = BLOC_NOUNS | BODY_NOUNS | COUNTED_BODY_NOUNS
    return bool(OWNING_WORDS & set(words) or (bodies & set(words) and "of" in words))


def _listed_members(sent: _Sentence, registry, when) -> list:
    """ "The CSTO is an alliance of six ex-Soviet states -- Russia, Armenia, Belarus, ...",
    "the OSCE Minsk Group, led by its three co-chairs - Russia, France and the United
    States": the states the dash lists are members of the body named before (as many as the
    count says, when it gives one)."""
    doc, out = sent.doc, []
    for i in range(sent.s0 + 2, sent.s1 - 1):
        if doc[i].text not in ("--", "—", "–", "-", ":") or doc[i - 1].lower_ not in MEMBER_NOUNS:
            continue
        if doc[i].text == "-" and (doc[i].whitespace_ == "" or doc[i - 1].whitespace_ == ""):
            continue  # (a hyphen inside a word, not a dash)
        first = next((m for m in sent.mentions if m.actor and m.start == i + 1), None)
        body = next(
            (
                m
                for m in reversed(sent.mentions)
                if m.actor
                and m.end <= i
                and (registry.get(m.actor) or {}).get("kind") in MEMBER_BODIES
            ),
            None,
        )
        if first is None or body is None or not _counts_its_members(doc, body, i - 1):
            continue
        listed = [
            m
            for m in _group_right(doc, sent.mentions, first, sent.s1)
            if (registry.get(m.actor) or {}).get("kind") == "state"
        ]
        count = next(
            (
                NUMBER_WORDS[t.lower_]
                for t in doc[max(sent.s0, i - 5) : i]
                if t.lower_ in NUMBER_WORDS
            ),
            None,
        )
        if len(listed) < 2 or (count is not None and count != len(listed)):
            continue
        out.extend(
            _reading(
                sent,
                m.actor,
                body.actor,
                "member_of",
                "listed_members",
                0.65,
                (i, i),
                when,
                (m, body),
            )
            for m in listed
        )
    return out


#: Verbs of presiding over a body ("Armenia, which currently presides over the CSTO").
PRESIDE_WORDS = frozenset(["presides", "presided", "presiding", "preside", "chairs", "chaired"])


#: Words of co-chairing ("co-chairs", "co-chaired", "co-chairmen").
CO_CHAIR_WORDS = frozenset(
    ["chair", "chairs", "chaired", "chairing", "chairman", "chairmen", "chairmanship"]
)


def _co_chair_at(doc, i: int) -> bool:
    """Whether token *i* is a word of co-chairing: "co-chairs" as one token or "co", "-",
    "chairs"."""
    word = doc[i].lower_
    if word.startswith("co-") and word[3:] in CO_CHAIR_WORDS:
        return True
    return (
        word in CO_CHAIR_WORDS and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co"
    )


def _listed(sent: _Sentence, k: int, joins=("and", "the")) -> list:
    """The actor mentions of a list that starts at token *k* ("Russia, France and the United
    States"), up to the first word between them that is not punctuation or one of *joins*."""
    doc, found = sent.doc, []
    for m in sent.mentions:
        if m.start < k or not m.actor:
            continue
        if any(t.is_alpha and t.lower_ not in joins for t in doc[k : m.start]):
            break
        found.append(m)
        k = m.end
    return found


def _state_list(sent: _Sentence, k: int, registry) -> list:
    """The states that open the list at token *k* (`_listed`), up to the first that is none."""
    found = []
    for m in _listed(sent, k):
        if _actor_class(registry, m.actor) != "state":
            break
        found.append(m)
    return found


def _co_chairs(sent: _Sentence, registry, when) -> list:
    """The co-chairs of a body named as such: "co-chairs of the Minsk Group from Russia,
    France and the United States", "the co-chairs, representing A, B and C", "the group,
    which Russia co-chaired with France and the United States", "As a Minsk Group co-chair,
    the United States ...": each state is a member of the body (the organisation named
    nearest the co-chair word), ``member_of``."""
    doc, out = sent.doc, []
    if "chair" not in sent.text.lower():
        return out
    heads = [i for i in range(sent.s0, sent.s1) if _co_chair_at(doc, i)]
    bodies = [
        m for m in sent.mentions if m.actor and (registry.get(m.actor) or {}).get("kind") == "igo"
    ]
    for i in heads:
        body = min(bodies, key=lambda b: abs(b.start - i), default=None)
        if body is None:
            continue
        members = []
        after = [
            k
            for k in range(i + 1, min(sent.s1, i + 9))
            if doc[k].lower_ in ("from", "representing")
        ]
        if after:
            members = _state_list(sent, after[0] + 1, registry)
        start = i - 2 if doc[i].lower_ in CO_CHAIR_WORDS else i
        before = [m for m in sent.mentions if m.actor and m.end == start]
        if before and before[0].label == "ADJ":
            # "the Russian, U.S. and French co-chairmen of the Minsk Group"
            adjectives = [
                m
                for m in sent.mentions
                if m.actor and m.end <= start and _actor_class(registry, m.actor) == "state"
            ]
            while adjectives and all(
                t.text == "," or t.lower_ == "and" for t in doc[adjectives[-1].end : start]
            ):
                members.append(adjectives.pop())
                start = members[-1].start
            before = []
        relative = (
            before and before[0].start > sent.s0 and doc[before[0].start - 1].lower_ == "which"
        )
        if relative and _actor_class(registry, before[0].actor) == "state":
            members.append(before[0])  # "which Russia co-chaired with France and the US"
            with_at = next(
                (k for k in range(i + 1, min(sent.s1, i + 5)) if doc[k].lower_ == "with"), None
            )
            if with_at is not None:
                members += _state_list(sent, with_at + 1, registry)
        if (
            start - 2 >= sent.s0
            and doc[sent.s0].lower_ == "as"
            and i + 2 < sent.s1
            and doc[i + 1].text == ","
        ):
            members += _state_list(sent, i + 2, registry)[:1]  # "As a co-chair, the US ..."
        out.extend(
            _reading(
                sent, m.actor, body.actor, "member_of", "co_chairs", 0.6, (i, i), when, (m, body)
            )
            for m in members
            if m.actor != body.actor
        )
    return out


#: Words of the fighting one is concerned by between two sides (`_concern_between`).
FIGHT_WORDS = frozenset(
    ["fighting", "clashes", "escalation", "hostilities", "shelling", "violence", "tension"]
    + ["tensions", "incidents", "exchanges", "firing"]
)


def _concern_between(sent: _Sentence, found: list, registry, when) -> list:
    """ "Guterres was deeply concerned by reports of heavy fighting along the border between
    Armenia and Azerbaijan", "Rau said he was alarmed by the escalation between A and B": the
    one concerned disapproves of each side (``disapprove``), when the sentence read no
    disapproval of its own; the one concerned is the subject of the concern word."""
    doc = sent.doc
    if any(c.type in ("disapprove", "criticize") for c in found):
        return []
    for i in range(sent.s0 + 1, sent.s1):
        if doc[i].lower_ not in CONCERNED_WORDS:
            continue
        window = doc[i + 1 : min(sent.s1, i + 14)]
        fight = next((t.i for t in window if t.lower_ in FIGHT_WORDS), None)
        if fight is None:
            return []
        sides = sent.between(fight + 1, sent.s1)
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
        judge = [m for m in sent.subject(i, left) if m.actor and m.label != "ADJ"][:1]
        if (
            len(sides) < 2
            or not judge
            or any(_same_side(registry, judge[0].actor, m.actor) for m in sides)
        ):
            return []
        return [
            _reading(
                sent,
                judge[0].actor,
                m.actor,
                "disapprove",
                "concern_between",
                0.55,
                (i, i),
                when,
                (judge[0], m),
            )
            for m in sides
            if m.actor
        ]
    return []


#: Words of a telephone call told in passing ("in a telephone call", "by phone").
PHONE_WORDS = frozenset(["telephone", "phone"])


def _phoned_in_passing(sent: _Sentence, found: list, registry, when) -> list:
    """ "Aliyev apologised to Putin in a telephone call", "Putin had apologised to him by
    telephone", "thanked Erdogan over the phone": the subject consulted the one spoken to ("to"
    / "with" before the phrase; ``consult``, not one of its own side)."""
    doc = sent.doc
    if "phone" not in sent.text.lower():
        return []
    for i in range(sent.s0 + 1, sent.s1):
        if doc[i].lower_ not in PHONE_WORDS:
            continue
        nxt = doc[i + 1].lower_ if i + 1 < sent.s1 else ""
        prev = doc[i - 1].lower_
        passing = (prev in ("by", "over") or (prev == "the" and doc[i - 2].lower_ == "over")) or (
            nxt in ("call", "conversation")
            and prev in ("a", "the")
            and doc[i - 2].lower_ in ("in", "during")
        )
        if not passing:
            continue
        named = [m for m in sent.mentions if m.actor and m.end <= i and m.label != "ADJ"]
        spoken = [m for m in named if _prev_word(doc, m, sent.s0) in ("to", "with")]
        subject = [
            m for m in named if _prev_word(doc, m, sent.s0) not in PLACE_PREPS | {"to", "with"}
        ]
        if not spoken or not subject or subject[0].actor == spoken[-1].actor:
            return []
        a, b = subject[0], spoken[-1]
        if _same_side(registry, a.actor, b.actor) or any(
            c.type == "consult" and {c.source, c.target} == {a.actor, b.actor} for c in found
        ):
            return []
        reading = ("phoned_in_passing", 0.6, (i, i), when, (a, b))
        return [_reading(sent, a.actor, b.actor, "consult", *reading)]
    return []


#: Verbs of a body's membership after "which" ("the CSTO, which also includes Belarus").
GROUPS_VERBS = frozenset(
    ["includes", "included", "groups", "grouped", "comprises", "comprised", "unites", "united"]
    + ["brings", "brought", "bringing", "gathers", "gathered", "counts"]
)

#: Verbs after "whose members" that list them ("whose members are Iran, Russia ...").
MEMBERS_ARE = frozenset(["are", "were", "include", "included"])


def _listed_in_relative(sent: _Sentence, i: int, bodies: list, registry) -> list:
    """(body, member mention) of "X, which (also) includes / groups / brings together A, B
    and C", "X, whose members are A, B and C" or "hosted X, bringing together A, B and C":
    the states listed after the verb, up to the clause's end, members of the body named right
    before "which" (or last before "bringing")."""
    doc = sent.doc
    head = next((b for b in reversed(bodies) if b.end in (i - 1, i - 2)), None)
    k = i + 1
    if doc[i].lower_ == "bringing":
        # "hosted the 3+3 platform in Tehran, bringing together A, B and C": the body named
        # last before the participle
        if doc[i - 1].lower_ != "," or doc[k].lower_ != "together":
            return []
        head = next((b for b in reversed(bodies) if b.end < i), None)
        k -= 1
    if doc[i].lower_ == "whose":
        # "the 3+3 format, whose members are Iran, Russia ...": the list after the verb
        if k + 1 >= sent.s1 or doc[k].lower_ != "members" or doc[k + 1].lower_ not in MEMBERS_ARE:
            return []
        k += 1
    while k < sent.s1 and doc[k].lower_ in ("also", "now", "currently", "still"):
        k += 1
    if head is None or k >= sent.s1 or doc[k].lower_ not in GROUPS_VERBS | MEMBERS_ARE:
        return []
    k += 1 + (k + 1 < sent.s1 and doc[k + 1].lower_ == "together")
    # (the list ends at its first other word: "..., met in Minsk")
    return [
        (head, m)
        for m in _listed(sent, k, ("and", "the", "as", "well"))
        if _actor_class(registry, m.actor) == "state" and m.actor != head.actor
    ]


def _relative_members(sent: _Sentence, registry, when) -> list:
    """ "the CSTO, of which Armenia is a member", "a military bloc which it is a member of",
    "Armenia, which currently presides over the CSTO": membership stated in a relative clause
    (the body is the one named right before "of which" / "which"; not negated: "of which
    Armenia is a member and Azerbaijan is not" gives Armenia only)."""
    doc, out = sent.doc, []
    bodies = [
        m
        for m in sent.mentions
        if m.actor and (registry.get(m.actor) or {}).get("kind") in MEMBER_BODIES
    ]
    if not bodies:
        return out
    for i in range(sent.s0 + 1, sent.s1 - 3):
        word = doc[i].lower_
        if word == "which" and doc[i - 1].lower_ == "of":
            head = next((b for b in reversed(bodies) if b.end in (i - 1, i - 2)), None)
            member = next((m for m in sent.mentions if m.actor and m.start == i + 1), None)
            tail = [t.lower_ for t in doc[i + 2 : min(sent.s1, i + 6)]]
            if (
                head is None
                or member is None
                or not (tail[:1] in (["is"], ["are"], ["was"], ["were"]) and "member" in tail[1:4])
            ):
                continue
            if set(tail[: tail.index("member")]) & (NEGATORS | {"longer"}):
                continue  # ("of which Azerbaijan is not a member")
        elif word in ("which", "whose", "bringing") and (
            listed := _listed_in_relative(sent, i, bodies, registry)
        ):
            reading = ("relative_member", 0.6, (i, i), when)
            out.extend(
                _reading(sent, m.actor, head.actor, "member_of", *reading, (m, head))
                for head, m in listed
            )
            continue
        elif word in PRESIDE_WORDS and i + 2 < sent.s1 and doc[i + 1].lower_ == "over":
            head = next((b for b in bodies if b.start in (i + 2, i + 3)), None)
            j = i - 1
            while j > sent.s0 and doc[j].lower_ in ("currently", "now", "which", ",", "also"):
                j -= 1
            member = next((m for m in sent.mentions if m.actor and m.end - 1 == j), None)
            if head is None or member is None:
                continue
        else:
            continue
        if _actor_class(registry, member.actor) != "state" or member.actor == head.actor:
            continue
        out.append(
            _reading(
                sent,
                member.actor,
                head.actor,
                "member_of",
                "relative_member",
                0.65,
                (i, i),
                when,
                (member, head),
            )
        )
    return out


#: Words of a checkpoint on a route ("a border checkpoint on the Lachin corridor").
CHECKPOINT_WORDS = frozenset(["checkpoint", "checkpoints", "check-point", "check-points"])
#: Words of setting one up: "Baku opened a checkpoint", "the installation of a checkpoint".
SET_UP_WORDS = frozenset(
    ["set", "established", "establish", "establishing", "establishment", "installed", "install"]
    + ["installing", "installation", "opened", "open", "erected", "introduced", "placed"]
)
#: Words that may stand between an owner's demonym and "checkpoint" ("Azerbaijani border
#: checkpoint", "an illegal Azerbaijani checkpoint").
CHECKPOINT_QUALIFIERS = frozenset(
    ["border", "customs", "military", "illegal", "illegally", "installed", "first", "new"]
)


def _route_named_before(sent: _Sentence, i: int, registry):
    """The route a word right before the checkpoint word at *i* names ("the Lachin
    checkpoint": the Lachin corridor), as a mention, else None."""
    word = sent.doc[i - 1].text.lower() if i > sent.s0 else ""
    if not word.isalpha():
        return None
    ident = next(
        (
            x
            for x, d in sorted(registry.gazetteer.actors.items())
            if str(d.get("name", "")).lower() in (f"{word} corridor", f"{word} road")
        ),
        None,
    )
    if ident is None or _actor_class(registry, ident) != "corridor":
        return None
    return Mention.of_span(sent.doc[i - 1 : i], registry.ensure(ident), "NAME")


def _checkpoints(sent: _Sentence, registry, when, found, discourse=None) -> list:
    """A checkpoint on a route is its owner's control of the route: "Azerbaijan's checkpoint at
    the entrance to the Lachin corridor", "the checkpoint installed by Azerbaijan at the Lachin
    corridor", "Baku opened a checkpoint on the Lachin corridor", "Azerbaijani servicemen stand
    guard at a checkpoint at the Lachin corridor". The owner is named by a demonym, a
    possessive, "by" or "of", or is the subject of setting it up or guarding it; a checkpoint
    that is none ("there should be no checkpoint") or of no named owner gives nothing."""
    doc, out = sent.doc, []
    if "check" not in sent.text.lower():
        return out
    demonyms = registry.gazetteer.demonyms
    for i in range(sent.s0, sent.s1):
        if doc[i].lower_ not in CHECKPOINT_WORDS:
            continue
        route = next(
            (
                m
                for m in sent.mentions
                if m.actor
                and i < m.start <= i + 9
                and m.label != "ADJ"
                # (a route: "a checkpoint in Syunik" is no control of the province)
                and _actor_class(registry, m.actor) == "corridor"
                and {t.lower_ for t in doc[i + 1 : m.start]} & {"on", "at", "in", "along", "to"}
            ),
            None,
        )
        route = route or _route_named_before(sent, i, registry)
        if route is None:
            continue
        before = doc[max(sent.s0, i - 8) : i]
        if {w for t in before for w in (t.lower_, t.norm_)} & NEGATORS or _gainsaid(sent, i):
            continue  # ("there should be no customs checkpoint at ...", "refused to open")
        owner = _checkpoint_owner(sent, i, route, demonyms, registry)
        if owner is None and discourse is not None:
            # ("Azerbaijan set up a checkpoint on the road ... detained at the Lachin
            # checkpoint": the one the text said controls the route)
            held = [c.source for c in discourse.acts.get("control", ()) if c.target == route.actor]
            owner = held[-1] if held else None
        if owner is None or owner == route.actor:
            continue
        if any(c.type == "control" and c.target == route.actor for c in [*found, *out]):
            continue
        out.append(
            _reading(sent, owner, route.actor, "control", "checkpoint_on_route", 0.6, (i, i), when)
        )
    return out


def _checkpoint_owner(sent: _Sentence, i: int, route, demonyms, registry) -> str | None:
    """The owner of the checkpoint at token *i* (see :func:`_checkpoints`), else None."""
    doc = sent.doc
    j = i - 1
    while j > sent.s0 and (
        doc[j].lower_ in CHECKPOINT_QUALIFIERS or doc[j].lower_ in ("a", "an", "the")
    ):
        j -= 1
    if doc[j].lower_ in demonyms:
        return demonyms[doc[j].lower_]  # ("Azerbaijani checkpoints along the corridor")
    actors = [m for m in sent.mentions if m.actor and m.label != "ADJ" and m is not route]
    if doc[j].lower_ in ("'s", "’s"):
        m = next((x for x in actors if x.end == j), None)
        if m is not None:
            return m.actor  # ("Azerbaijan's checkpoint")
    if doc[j].lower_ in ("its", "their"):
        # ("Azerbaijan halted traffic through its new checkpoint on ...": the state before)
        states = [
            _state_of(registry, x.actor)
            for x in actors
            if x.end <= j
            and (registry.get(_state_of(registry, x.actor)) or {}).get("kind") == "state"
        ]
        if states:
            return states[-1]
    for k in range(i + 1, min(route.start, i + 5)):
        if doc[k].lower_ in ("by", "of"):
            m = next((x for x in actors if x.start in (k + 1, k + 2)), None)
            if m is not None and _actor_class(registry, m.actor) == "state":
                return m.actor  # ("the checkpoint installed by Azerbaijan at ...")
    # the subject of setting it up or guarding it, right before the verb
    verbs = [k for k in range(max(sent.s0, i - 8), i) if doc[k].lower_ in SET_UP_WORDS | {"guard"}]
    if verbs:
        k = verbs[0]
        subject = [x for x in actors if x.end <= k and k - x.end <= 3]
        if subject and _state_of(registry, subject[-1].actor):
            return subject[-1].actor
        if doc[k - 1].lower_ in ("'s", "’s"):
            m = next((x for x in actors if x.end == k - 1), None)
            if m is not None:
                return m.actor  # ("Azerbaijan's establishment of a checkpoint")
    return None


#: Words that may stand between a place and the participle that describes it ("Shusha
#: (Armenian Shushi) liberated", "the Fuzuli region, also liberated in 2020").
LIBERATED_GAP = frozenset([",", "also", "which", "was", "were", "has", "had", "been", "is"])


#: Nouns for a person who holds a post in a body ("the commander of the Artsakh army").
POST_NOUNS = frozenset(
    ["commander", "leader", "head", "chief", "founder", "president", "minister", "secretary"]
    + ["speaker", "chairman", "ombudsman", "director", "spokesman", "spokeswoman", "envoy"]
)


def _apposed_person(sent: _Sentence, obj: list) -> list:
    """The person named after a comma when the object is the body of a post before it ("the
    former commander of the Artsakh army, Lieutenant General Levon Mnatsakanyan"), or []."""
    doc, m = sent.doc, obj[0]
    k = m.start - 1
    while k > sent.s0 and doc[k].lower_ in ("the", "its", "their"):
        k -= 1
    if k - 1 < sent.s0 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in POST_NOUNS:
        return []
    end = obj[-1].end
    if end + 1 >= sent.s1 or doc[end].text != ",":
        return []
    return [
        p
        for p in sent.mentions
        if p.label == "PERSON"
        and p.actor
        and end + 1 <= p.start <= end + 4
        and all(t.is_title or t.lower_ in ("-",) for t in doc[end + 1 : p.start])
    ][:1]


#: Verbs that start an attack named by a noun ("launched an attack from ...").
LAUNCH_VERBS = frozenset(["launch", "carry", "conduct", "mount", "stage", "start", "begin"])
#: Last words of a mention of land, not of its holder ("Armenian territory", "Turkish soil").
LAND_WORDS = frozenset(
    ["territory", "territories", "soil", "land", "lands", "airspace", "border", "zone", "area"]
)
#: Words after "from" that name the holder's hold, not another place ("from Armenian control").
HOLD_NOUNS = frozenset(["control", "forces", "troops", "occupation", "rule", "hands", "army"])


def _taken_from(sent: _Sentence, registry, when, found) -> list:
    """ "Azerbaijan recaptured Nagorno-Karabakh from the separatists", "seized Shusha from
    Armenian forces": the one it was taken from held the land before (``historical``
    control), when that one is a state or armed group (not a place: "from the north")."""
    doc, out = sent.doc, []
    for c in found:
        if c.type not in ("occupy", "control") or c.status != "asserted" or c.rule == "take_from":
            continue  # (not "took the region from Azerbaijan": the coders read only the taking)
        if _actor_class(registry, c.target) not in ("territory", "corridor"):
            continue
        k = next(
            (k for k in range(c.head + 1, min(sent.s1, c.head + 8)) if doc[k].lower_ == "from"),
            None,
        )
        if k is None or any(t.is_punct and t.text not in "-–" for t in doc[c.head : k]):
            continue
        held = [
            m
            for m in sent.mentions
            if m.actor
            and m.start in (k + 1, k + 2, k + 3)
            and all(t.lower_ in ("the", "ethnic") for t in doc[k + 1 : m.start])
        ][:1]
        if not held:
            continue
        m = held[0]
        if m.label == "ADJ" and not (m.end < sent.s1 and doc[m.end].lower_ in HOLD_NOUNS):
            continue  # ("from Armenian territory": where, not whose)
        if doc[m.end - 1].lower_ in LAND_WORDS:
            continue  # ("from Armenian soil", as a role mention: where, not whose)
        if _actor_class(registry, m.actor) in ("territory", "corridor") or m.label == "TOWN":
            continue
        holder = m.actor
        if holder in registry.lineage(c.source):
            continue  # ("Azerbaijani forces took X from Azerbaijan": no change of hands)
        out.append(
            _reading(
                sent,
                holder,
                c.target,
                "control",
                "taken_from",
                0.6,
                (k, k),
                when,
                (m,),
                status="historical",
            )
        )
    return out


def _liberated_lands(sent: _Sentence, registry, discourse, when, found) -> list:
    """ "the Kalbajar district, liberated from Armenia's occupation", "Fuzuli, liberated from
    Armenian occupation": with no liberator named, the one who held the place occupied it
    (``historical``), and the side the text sets against that one controls it now."""
    doc, out = sent.doc, []
    if "liberated" not in sent.text:
        return out
    demonyms = registry.gazetteer.demonyms
    for m in sent.mentions:
        if not m.actor or m.label == "ADJ" or _actor_class(registry, m.actor) != "territory":
            continue
        k = m.end
        if k < sent.s1 and doc[k].text == "(":  # "Shusha (Armenian Shushi) liberated"
            while k < sent.s1 and doc[k].text != ")":
                k += 1
            k += 1
        while k < sent.s1 and doc[k].lower_ in LIBERATED_GAP:
            k += 1
        words = [t.lower_ for t in doc[k + 1 : min(sent.s1, k + 5)]]
        if k >= sent.s1 or doc[k].lower_ != "liberated" or words[:1] != ["from"]:
            continue
        if "occupation" not in words or "by" in words:
            continue  # (a liberator named: "liberated from occupation by X" is the lexicon's)
        held = next(
            (x.actor for x in sent.mentions if x.actor and k + 1 < x.start <= k + 3),
            None,
        ) or next((demonyms[w] for w in words[1:3] if w in demonyms), None)
        held = _state_of(registry, held) if held else None
        if held is None:
            continue
        span = _spans(sent, k, k, m)
        out.append(
            Candidate(
                held,
                m.actor,
                "occupy",
                "historical",
                "liberated",
                0.5,
                sent.number,
                sent.text,
                doc[k].text,
                span,
                k,
                date=when,
            )
        )
        liberator = _counterpart(discourse, registry, held, hostile=True)
        if liberator and not any(c.type == "control" and c.target == m.actor for c in found):
            out.append(
                Candidate(
                    liberator,
                    m.actor,
                    "control",
                    "asserted",
                    "liberated",
                    0.5,
                    sent.number,
                    sent.text,
                    doc[k].text,
                    span,
                    k,
                    date=when,
                )
            )
    return out


#: Words of how many people, between "home to" / "inhabited by" and who they are.
COUNT_WORDS = frozenset(
    ["a", "an", "the", "majority", "minority", "of", "some", "about", "around", "nearly"]
    + ["almost", "roughly", "approximately", "more", "than", "over", "up", "to", "mostly"]
    + ["mainly", "predominantly", "largely", "overwhelmingly", "ethnic", "estimated", "an"]
)


def _count_word(token) -> bool:
    """Whether *token* only says how many people ("a majority of some 120,000")."""
    return token.lower_ in COUNT_WORDS or token.like_num


#: Participles of who lives in a place: "inhabited / populated / settled by Armenians".
SETTLED_WORDS = frozenset(["inhabited", "populated", "settled", "peopled"])


def _people_stated(sent: _Sentence, m: Mention, demonyms, bound: int) -> object:
    """The word for the people a description of territory *m* says live there ("home to
    120,000 ethnic Armenians", "inhabited by Armenians", "Armenians living in X", "the
    Armenian-populated enclave of X", "X, where ethnic Armenians have lived"), or None.
    *bound*: where the next territory's mention begins (a description after it is its own)."""
    from .actors import _people

    doc = sent.doc
    ahead = [t for t in doc[m.end : min(bound, m.end + 16)]]
    words = [t.lower_ for t in ahead]
    stated = None
    if "home" in words:
        k = words.index("home")
        if k + 1 < len(words) and words[k + 1] == "to":
            stated = next(
                (
                    t
                    for j, t in enumerate(ahead[k + 2 : k + 10], k + 2)
                    if _people(t, demonyms)
                    and t.lemma_.lower() not in POPULATION_NOUNS
                    # ("home to a majority of some 120,000 ...", not "home to the Gandzasar
                    # monastery, revered by Armenians")
                    and (j < k + 7 or all(_count_word(w) for w in ahead[k + 2 : j]))
                ),
                None,
            )  # ("home to 150,000 people" says nothing of who they are)
    stated = stated or _settled_by(doc, m.end, min(bound, m.end + SETTLED_REACH), demonyms)
    if stated is None and "where" in words[:2] and words[:1] in (["where"], [","]):
        # "X, where (some 120,000) ethnic Armenians (have) lived"
        k = words.index("where") + 1
        people = next(
            (j for j in range(k, min(len(words), k + 5)) if _people(ahead[j], demonyms)), None
        )
        if people is not None and any(w in LIVE_WORDS for w in words[people + 1 : people + 4]):
            stated = ahead[people]
    stated = stated or _ethnic_land_before(doc, sent.s0, m.start, demonyms)
    k = m.start - 1
    while k > sent.s0 + 2 and m.start - k < 6 and _land_word(doc[k], demonyms):
        k -= 1  # "living in the breakaway Azeri region of X"
    if (
        stated is None
        and k - 2 >= sent.s0
        and doc[k].lower_ == "in"
        and doc[k - 1].lower_ in LIVE_WORDS
    ):
        # "ethnic Armenians living in X", "120,000 Armenians (still) live in X"
        stated = next(
            (t for t in reversed(doc[max(sent.s0, k - 4) : k - 1]) if _people(t, demonyms)),
            None,
        )
    if stated is None:
        stated = _population_described(ahead, words, demonyms, doc[m.end] if ahead else None)
    if stated is None:
        stated = _population_later(sent, m, demonyms, bound)
    return stated


#: How far after a territory "its residents are ..." or "has a ... population" may stand ("X is
#: internationally recognised as part of Y, but its 120,000 residents are mostly ethnic
#: Armenians").
ITS_REACH = 20


def _population_later(sent: _Sentence, m: Mention, demonyms, bound: int) -> object:
    """ "X has a mainly ethnic Armenian population", "X and its 120,000 Armenian residents",
    "X is recognised as part of Azerbaijan, but its 120,000 residents are mostly ethnic
    Armenians", "run by its mostly ethnic Armenian inhabitants": the demonym of the people a
    "has" / "its" phrase up to ITS_REACH tokens after territory X says live there, or None.
    Not when the people are those of a state named between X and the phrase (whose residents
    they would be)."""
    doc = sent.doc
    end = min(bound, sent.s1, m.end + ITS_REACH)
    for k in range(m.end, end - 3):
        if doc[k].lower_ not in HAVE_WORDS:
            continue
        j = k + 1
        while j < end - 1 and (doc[j].lower_ in SHARE_WORDS or doc[j].like_num):
            j += 1
        if (
            j + 1 < end
            and doc[j].lower_ in demonyms
            and doc[j + 1].lemma_.lower() in POPULATION_NOUNS
        ):
            found = doc[j]  # "but has a mainly ethnic Armenian population", "run by its ..."
        elif (
            doc[k].lower_ in ("its", "their")
            and j + 2 < end
            and doc[j].lemma_.lower() in POPULATION_NOUNS
            and doc[j + 1].lower_ in ("are", "were")
        ):
            j += 2  # "but its 120,000 residents are mostly ethnic Armenians"
            while j < end and doc[j].lower_ in SHARE_WORDS:
                j += 1
            if j >= end or not _demonym_word(doc[j].lower_, demonyms):
                return None
            found = doc[j]
        else:
            continue
        people = demonyms.get(found.lower_) or demonyms.get(found.lower_[:-1])
        between = {x.actor for x in sent.mentions if m.end <= x.start < k and x.actor}
        return None if people in between else found
    return None


#: How many tokens after a territory "populated by" may come ("X, a region of Azerbaijan
#: that was primarily populated by ethnic Armenians").
SETTLED_REACH = 22
#: Nouns of a land a people is said to fill ("an ethnic Armenian enclave", "the
#: Armenian-inhabited entity of X").
PEOPLED_LAND = frozenset(["enclave", "region", "entity", "province", "territory", "area"])
#: Nouns for states that "of A and B" names at a sentence's opening ("The former Soviet
#: republics of Azerbaijan and Armenia have fought ...": the two states are the subject).
STATE_HEADS = frozenset(["republics", "countries", "states", "nations"])
#: Nouns for parts of a force that "of X" names at a sentence's opening ("Units of the X").
UNIT_HEADS = frozenset(
    ["units", "subdivisions", "servicemen", "members", "elements", "group", "team", "panel"]
)
#: Words that may count the units before them ("Several units of the X army").
UNIT_COUNTS = frozenset(["the", "several", "some", "many", "other", "a", "few", "two", "three"])
#: Nouns for a settlement that "of X" names at a sentence's opening ("The village of Sotk came
#: under fire": Sotk is the subject).
SETTLEMENT_HEADS = frozenset(["village", "town", "city", "settlement"])


def _settled_by(doc, start: int, end: int, demonyms) -> object:
    """ "populated / inhabited / settled by (mostly) (ethnic) Armenians" in doc[start:end]:
    the word for the people, or None."""
    from .actors import _people

    for k in range(start, end - 1):
        if doc[k].lower_ not in SETTLED_WORDS:
            continue
        j = k + 1
        while j < min(end, k + 4) and (
            doc[j].lower_.endswith("ly")  # "populated mostly by", "inhabited largely by"
            or doc[j].lower_ == "and"  # "inhabited and controlled by"
            # ("inhabited and controlled by", "populated and run by")
            or (
                doc[j - 1].lower_ == "and"
                and (doc[j].lower_.endswith("ed") or doc[j].lower_ in RULED_WORDS)
            )
        ):
            j += 1
        if j < end and doc[j].lower_ == "by":
            # ("inhabited by a majority of (ethnic) Armenians": further on only past such
            # words, not "populated by the time the Armenians arrived")
            return next(
                (
                    t
                    for t in doc[j + 1 : min(end, j + 6)]
                    if _people(t, demonyms)
                    and (t.i < j + 4 or all(_count_word(w) for w in doc[j + 1 : t.i]))
                ),
                None,
            )
    return None


def _ethnic_land_before(doc, s0: int, start: int, demonyms) -> object:
    """ "the Armenian-populated enclave of X", "the ethnic-Armenian province of X", "the
    mainly ethnic Armenian-inhabited entity of X": the demonym of the people the land noun
    before X is named after, or None. A bare demonym ("the Armenian region of Syunik") names a
    state's land, not its people: it needs "ethnic" or a participle of settling."""
    i = start
    while i - 1 > s0 and (
        doc[i - 1].lower_ in ("the", "a", "an", "of") or doc[i - 1].lower_ in PEOPLED_LAND
    ):
        i -= 1
    if i - 2 < s0:
        return None
    if (
        i - 3 >= s0
        and doc[i - 1].lower_ in SETTLED_WORDS
        and doc[i - 2].text in ("-", "–")
        and doc[i - 3].lower_ in demonyms
    ):
        return doc[i - 3]  # "the Armenian-populated enclave of X"
    if doc[i - 1].lower_ in demonyms and _ethnic(doc, i - 1, s0):
        return doc[i - 1]  # "the ethnic-Armenian province of X"
    return None


#: Words of a land's description between "living in" and its name ("living in the breakaway
#: Azeri region of X").
LAND_DESCRIPTION = frozenset(["the", "a", "an", "of", "breakaway", "disputed", "contested"])


def _land_word(token, demonyms) -> bool:
    """A word of a land's description: "the", "breakaway", "region", "Azeri"."""
    lower = token.lower_
    return lower in LAND_DESCRIPTION or lower in PEOPLED_LAND or lower in demonyms


def _ethnic(doc, k: int, s0: int) -> bool:
    """The demonym doc[k] is said of a people: "ethnic Armenian", "ethnic-Armenian"."""
    before = [t.lower_ for t in doc[max(s0, k - 2) : k]]
    return "ethnic" in before


#: Verbs of living in a place ("Armenians living in X").
LIVE_WORDS = frozenset(["living", "live", "lived", "lives", "still"])
#: Words that may qualify a people's share of a place ("a mainly ethnic Armenian population").
SHARE_WORDS = frozenset(
    ["a", "an", "the", "its", "ethnic", "mainly", "mostly", "largely", "primarily"]
    + ["predominantly", "majority", "overwhelmingly", "sizable", "sizeable", "large"]
)
#: Verbs of a place having a people ("X has / hosts a mainly Armenian population").
HAVE_WORDS = frozenset(["has", "have", "had", "hosts", "host", "hosted", "its", "their"])


def _demonym_word(word: str, demonyms) -> bool:
    """ "Armenian" or "Armenians": a demonym, singular or plural."""
    return word in demonyms or (word.endswith("s") and word[:-1] in demonyms)


def _population_described(ahead: list, words: list, demonyms, after) -> object:
    """ "X, an Armenian-populated enclave", "X, an ethnic Armenian region", "X, which had been a
    majority ethnic Armenian enclave": the demonym of the people an apposition right after
    territory X says live there, or None (a "has" / "its" phrase: _population_later)."""
    if after is not None and after.lower_ in (",", "is", "was"):
        # an apposition: "X, an (ethnic) Armenian-populated enclave", "X, a majority ethnic
        # Armenian enclave", "X, which had been a majority ethnic Armenian enclave"
        for k in range(2, min(len(words), 9)):
            if (
                words[k] in SETTLED_WORDS
                and words[k - 1] in ("-", "–")
                and words[k - 2] in demonyms
            ):
                return ahead[k - 2]
            if (
                words[k] in PEOPLED_LAND
                and words[k - 1] in demonyms
                and words[k - 2] in ("ethnic", "-")
                and "ethnic" in words[k - 3 : k - 1]
            ):
                return ahead[k - 1]
    return None


#: Participles that say the released were held by force ("freed ten soldiers captured in
#: May", "handed over the soldiers who had been detained").
CAPTIVE_WORDS = frozenset(["captured", "detained", "arrested", "abducted", "kidnapped"])
#: Verbs of helping a release along ("secured / helped / facilitated the release"): the helper
#: is no captor.
HELPING_WORDS = frozenset(
    ["help", "secure", "facilitate", "ensure", "negotiate", "mediate", "assist", "broker"]
    + ["contribute", "welcome", "push", "seek", "urge", "call", "demand"]
)


#: Verbs of an appeal's act that undo a blockade ("to lift the blockade of X", "to reopen X").
UNBLOCK_WORDS = frozenset(["lift", "reopen", "unblock", "open"])
#: Verbs of an appeal's act that free captives ("to release the Armenian prisoners").
FREE_WORDS = frozenset(["release", "free", "return", "repatriate"])


def _held_by_the_asked(sent: _Sentence, found: list, registry) -> list:
    """ "France called on Azerbaijan to lift the blockade of the Lachin corridor / to reopen
    the corridor": the one asked blocks it; "urged Baku to release the Armenian prisoners":
    the one asked holds them (``coerce`` of their state). Read only from an appeal or demand
    addressed to one state or person (a person's state does the act), as the asker's claim
    (``alleged``); not when the appeal goes to several, nor when the sentence names another
    blocker or keeper ("which activists had blocked", "soldiers held in Azerbaijan")."""
    doc, out = sent.doc, []
    asked = {}
    for c in found:
        if c.type in ("appeal", "demand"):
            asked.setdefault((c.source, c.head), set()).add(c.target)
    for c in found:
        if c.type not in ("appeal", "demand") or c.status == "denied":
            continue
        if (registry.get(c.target) or {}).get("kind") not in ("state", "person"):
            continue
        if len(asked[(c.source, c.head)]) > 1:
            continue  # ("urged Armenia and Azerbaijan to reopen the road": no one blocks it)
        to = next(
            (k for k in range(c.head + 1, min(sent.s1, c.head + 8)) if doc[k].lower_ == "to"), None
        )
        if to is None or to + 1 >= sent.s1:
            continue
        k = to + 1
        while k < sent.s1 and (doc[k].lower_.endswith("ly") or doc[k].lower_ == "also"):
            k += 1  # ("to immediately reopen")
        doer = _state_of(registry, c.target) or c.target  # (Aliyev asked: Azerbaijan's act)
        act = _asked_act(sent, k, doer, registry)
        if act is not None:
            typ, target, rule = act
            out.append(
                replace(
                    c,
                    target=target,
                    source=doer,
                    type=typ,
                    status="alleged",
                    rule=f"{c.rule}+{rule}",
                    confidence=c.confidence * 0.7,
                )
            )
    # (not again what the sentence states itself: "to stop the shelling of X")
    return [
        x
        for x in out
        if not any((o.source, o.target, o.type) == (x.source, x.target, x.type) for o in found)
    ]


#: Verbs after which the sentence names another blocker or keeper ("which activists had
#: blocked", "held in Azerbaijan").
OTHER_HOLDER_WORDS = frozenset(["blocked", "closed", "held", "detained", "kept", "captured"])


def _asked_act(sent, k: int, doer: str, registry) -> tuple | None:
    """(type, target, rule) of the blockade or captivity the act asked for at token *k* ends,
    or None."""
    doc = sent.doc
    verb = doc[k].lemma_.lower() if k < sent.s1 else ""
    ahead = [m for m in sent.mentions if m.actor and k < m.start <= k + 6]
    rest = [t.lower_ for t in doc[k + 1 : sent.s1]]
    if set(rest) & OTHER_HOLDER_WORDS:
        return None  # ("..., which activists had blocked", "soldiers held in Azerbaijan")
    if verb in UNBLOCK_WORDS:
        place = next(
            (m for m in ahead if _actor_class(registry, m.actor) in ("corridor", "territory")),
            None,
        )
        if place is None:
            return None
        return "blockade", place.actor, "blocked"
    if verb in FREE_WORDS:
        held = next(
            (
                m
                for m in ahead
                if m.label in ("ADJ", "AGENT")
                and any(t.lemma_.lower() in CAPTIVE_NOUNS for t in doc[m.start : m.end + 2])
                and not any(t.lower_ in ("bodies", "body", "remains") for t in doc[k : m.start])
            ),
            None,
        )
        state = _state_of(registry, held.actor) if held is not None else None
        if state and state != doer:
            return "coerce", state, "held"
    return None


def _captives_released(sent: _Sentence, found: list) -> list:
    """ "Azerbaijan freed ten Armenian soldiers captured last month": whoever releases captives
    the sentence says were captured (after the release) held them, a ``coerce`` of their
    side. Not when the sentence already says who took them, nor for the captives' release to
    their own side."""
    doc, out = sent.doc, []
    for c in found:
        if not c.rule.startswith("release") or c.type != "concede" or c.status == "denied":
            continue
        before = {t.norm_ for t in doc[max(sent.s0, c.head - 3) : c.head]}
        noun = c.head > sent.s0 and doc[c.head - 1].lower_ in ("the", "a", "'s", "’s", "their")
        if before & HELPING_WORDS or noun:
            continue  # "Russia secured / helped the release of ...": not the one who held them
        released = next(
            (m for m in sent.mentions if m.actor == c.target and c.head < m.start <= c.head + 4),
            None,
        )
        # (the captives right after the verb when no mention names them: "releasing 32
        # Armenians, mostly captured in 2020")
        start = released.end if released is not None else c.head + 1
        k = next(
            (t.i for t in doc[start : min(sent.s1, start + 6)] if t.lower_ in CAPTIVE_WORDS),
            None,
        )
        if k is None or any(start <= m.start < k for m in sent.mentions):
            continue  # ("... for two soldiers that Russian peacekeepers had detained")
        if any(t.lower_ == "by" for t in doc[k + 1 : min(sent.s1, k + 3)]):
            continue  # ("captured by Armenian forces": its own agent, read by the rules)
        if any(o.type == "coerce" and (o.source, o.target) == (c.source, c.target) for o in found):
            continue
        out.append(
            replace(c, type="coerce", rule=f"{c.rule}+captured", confidence=c.confidence * 0.8)
        )
    return out


def _stated_inhabitants(sent: _Sentence, registry, when) -> list:
    """Who lives in a territory, stated by a description of it: "X is home to 120,000 ethnic
    Armenians", "X, a region inhabited / populated by Armenians", "Armenians living in X",
    "the Armenian-populated X": the population of X (kind ``population``) inhabits X."""
    doc, out = sent.doc, []
    demonyms = registry.gazetteer.demonyms
    territories = [
        m
        for m in sent.mentions
        if m.actor and m.label != "ADJ" and (registry.get(m.actor) or {}).get("kind") == "territory"
    ]
    for m in territories:
        later = [x.start for x in territories if x.start >= m.end]
        stated = _people_stated(sent, m, demonyms, min(later, default=sent.s1))
        if stated is None:
            continue
        ident = registry.population(m.actor)
        people = Mention.of_span(doc[stated.i : stated.i + 1], ident, "ROLE")
        out.append(
            _reading(
                sent,
                ident,
                m.actor,
                "inhabit",
                "inhabited_by",
                0.65,
                (stated.i, stated.i),
                when,
                (people, m),
            )
        )
        ruled = _ruled_too(doc, m.end, stated.i)
        ruler = registry.gazetteer.authorities.get(m.actor)
        if ruled is not None and ruler in registry.gazetteer.role_defs:
            # "populated and governed by ethnic Armenians": they live there, and the group
            # that governs it holds it
            group = registry.role(ruler)
            out.append(
                _reading(
                    sent,
                    group,
                    m.actor,
                    "control",
                    "ruled_by",
                    0.6,
                    (ruled, ruled),
                    when,
                    (None, m),
                )
            )
    return out


def _ruled_too(doc, start: int, end: int) -> int | None:
    """The participle of holding land coordinated with one of living ("populated and, until
    recently, fully controlled by"), between *start* and the people at *end*, else None."""
    words = [t.lower_ for t in doc[start:end]]
    if "by" not in words or not {"populated", "inhabited"} & set(words):
        return None
    first = min(words.index(w) for w in ("populated", "inhabited") if w in words)
    held = [k for k, w in enumerate(words) if w in RULED_WORDS and k > first]
    if not held or "and" not in words[first : held[0]] or "by" not in words[held[0] :]:
        return None
    return start + held[0]


#: Prepositions that place a land in a state ("a region inside Azerbaijan").
IN_STATE = frozenset(["inside", "within", "in", "of"])
#: How many tokens an apposition may run before its land noun ("X, a sparsely-populated and
#: mountainous separatist region inside Azerbaijan").
APPOSITION_REACH = 12


#: Words between a state's possessive and the land noun of an apposition ("Azerbaijan's
#: Armenian-populated enclave", "Azerbaijan's breakaway region").
OWNED_LAND_WORDS = SETTLED_WORDS | frozenset(
    ["-", "–", "ethnic", "mainly", "mostly", "predominantly", "former", "autonomous"]
    + ["breakaway", "separatist", "disputed", "contested", "mountainous"]
)


def _state_after(sent: _Sentence, k: int, starts: dict) -> object:
    """The mention that starts at token k, past "the" ("of the Republic of Azerbaijan"), if it
    is no possessor of something else ("of Armenia's neighbour Azerbaijan")."""
    doc = sent.doc
    if k < sent.s1 and doc[k].lower_ == "the":
        k += 1
    x = starts.get(k)
    if x is None or (x.end < sent.s1 and doc[x.end].lower_ in ("'s", "’s")):
        return None
    return x


#: Verbs that take a land as part of a state ("recognises X as part of Y").
SEEING_VERBS = frozenset(["recognise", "recognize", "consider", "regard", "view", "see"])
#: Words that deny or limit a view ("does not consider", "few Armenians regard").
SEEING_NEGATORS = frozenset(["not", "n't", "never", "no", "few", "nor", "neither", "hardly"])
#: Words between "as" and "part of" ("as an integral part of").
PART_QUALIFIERS = frozenset(["a", "an", "the", "integral", "inalienable", "inseparable"])


def _seen_as_part(sent: _Sentence, m) -> int | None:
    """The "of" after "part" in "recognising / considers X as (an integral) part of Y" and in
    "X -- internationally recognised as part of Y", else None."""
    doc = sent.doc
    k = m.end
    seer = None
    if m.start - 1 > sent.s0 and doc[m.start - 1].lemma_.lower() in SEEING_VERBS:
        # ("Iran considers Karabakh as part of Azerbaijan"): a third party's view, stated by a
        # state, a body or a person (not "the separatists regard", "few Armenians see"), and
        # not denied ("Armenia does not consider")
        verb = m.start - 1
        seer = next((x for x in reversed(sent.mentions) if x.end <= verb and x.actor), None)
        if seer is None or seer.label not in ("NAME", "AGENT", "PERSON", "PRONOUN"):
            return None
        if any(t.lower_ in SEEING_NEGATORS for t in doc[max(sent.s0, seer.start - 2) : verb]):
            return None
    elif k + 2 < sent.s1 and doc[k].text in ("-", "--", "–", "—"):
        # ("140 km from Karabakh -- internationally recognised as part of Azerbaijan")
        k += 1 + (doc[k + 1].lower_ == "internationally")
        if doc[k].lower_ not in ("recognised", "recognized"):
            return None
        k += 1
    else:
        return None
    if k >= sent.s1 or doc[k].lower_ != "as":
        return None
    k += 1
    while k < sent.s1 and doc[k].lower_ in PART_QUALIFIERS:
        k += 1
    if k + 2 < sent.s1 and doc[k].lower_ == "part" and doc[k + 1].lower_ == "of":
        owner = next((x for x in sent.mentions if x.start in (k + 2, k + 3) and x.actor), None)
        if seer is not None and owner is not None and owner.actor == seer.actor:
            return None  # ("Russia considers Crimea as part of Russia": its own claim)
        return k + 1
    return None


def _placing_state(sent: _Sentence, m, starts: dict, demonyms) -> tuple:
    """(the land noun's token, the state mention) of a description that places territory *m*
    in a state, or (None, None)."""
    doc = sent.doc
    part = _seen_as_part(sent, m)
    if part is not None:
        return part - 1, _state_after(sent, part + 1, starts)
    if doc[m.end - 1].lower_ in PEOPLED_LAND and doc[m.end].lower_ == "of":
        return m.end - 1, _state_after(sent, m.end + 1, starts)  # "the X region of Azerbaijan"
    if doc[m.end].lower_ in PEOPLED_LAND and m.end + 2 < sent.s1 and doc[m.end + 1].lower_ == "of":
        return m.end, _state_after(sent, m.end + 2, starts)
    if doc[m.end].lower_ not in (",", "is", "was", "–", "—"):
        return None, None
    owner = starts.get(m.end + 1)
    if owner is not None and owner.end + 1 < sent.s1 and doc[owner.end].lower_ in ("'s", "’s"):
        # "X, Azerbaijan's Armenian-populated enclave": the land noun after words of a land
        k = owner.end + 1
        while (
            k < sent.s1
            and k - owner.end <= 5
            and (doc[k].lower_ in OWNED_LAND_WORDS or doc[k].lower_ in demonyms)
        ):
            k += 1
        return (k, owner) if k < sent.s1 and doc[k].lower_ in PEOPLED_LAND else (None, None)
    for j in range(m.end + 1, min(sent.s1, m.end + APPOSITION_REACH)):
        if doc[j].text in (",", ";", "(") or j in starts:
            break
        if doc[j].lower_ not in PEOPLED_LAND:
            continue
        k = j + 1
        while k < sent.s1 and doc[k].lower_.endswith("ly"):
            k += 1  # "technically", "formally", "legally"
        if k + 1 < sent.s1 and doc[k].lower_ in IN_STATE:
            return j, _state_after(sent, k + 1, starts)
        break
    return None, None


def _stated_contested_part(sent: _Sentence, registry, when) -> list:
    """A description that places a territory in a state: "X, a (mountainous separatist)
    region inside Azerbaijan", "X, a territory technically in Azerbaijan", "X is an enclave
    within Azerbaijan", "the X region of (the Republic of) Azerbaijan", "X, Azerbaijan's
    Armenian-populated enclave": X is ``part_of`` the state (as the coders code it: 12 of 13
    such descriptions on the read sets, where a ``sovereignty`` reading had been right 3 times
    in 16). Only of a territory another
    holds (one the gazetteer gives an authority other than the state): a state's own province is
    no matter of dispute. Not negated ("X is not a region of Y", "was never")."""
    doc, out = sent.doc, []
    kinds = {m.actor: (registry.get(m.actor) or {}).get("kind") for m in sent.mentions if m.actor}
    starts = {m.start: m for m in sent.mentions if m.actor and m.label != "ADJ"}
    ruled = registry.gazetteer.authorities
    for m in sent.mentions:
        if kinds.get(m.actor) != "territory" or m.label == "ADJ" or m.end >= sent.s1:
            continue
        if m.actor not in ruled:
            continue  # ("Syunik, a region of Armenia": no one else holds it, nothing at issue)
        head, state = _placing_state(sent, m, starts, registry.gazetteer.demonyms)
        if state is None or kinds.get(state.actor) != "state" or ruled[m.actor] == state.actor:
            continue
        if any(t.lower_ in ("not", "never", "n't") for t in doc[m.end : head]):
            continue
        if any(
            t.lower_.startswith("refus") or t.lower_ in ("not", "never", "n't")
            for t in doc[max(sent.s0, m.start - 8) : m.start]
        ) or any(t.lower_ in ("if", "unless") for t in doc[head : min(sent.s1, head + 12)]):
            continue  # ("refused to recognise X as part of Y", "will recognise ... if ...")
        out.append(
            _reading(
                sent,
                m.actor,
                state.actor,
                "part_of",
                "region_of_state",
                0.65,
                (head, head),
                when,
                (m, state),
            )
        )
    return out


#: Nouns of a state's extent in "within Azerbaijan's borders", "inside the territory of X".
EXTENT_NOUNS = frozenset(["borders", "border", "territory", "territories", "frontiers"])
#: Words that may qualify those nouns ("internationally recognized", "sovereign").
BORDER_QUALIFIERS = frozenset(
    ["the", "internationally", "recognized", "recognised", "-", "sovereign", "legal", "official"]
)


def _within_borders(sent: _Sentence, registry, when) -> list:
    """ "Inside Azerbaijan's internationally recognized borders, Nagorno-Karabakh has been run
    by ...", "an area that is within Azerbaijan's borders", "located within the territory of
    Azerbaijan": the state's ``sovereignty`` over the territory the sentence places there (the
    nearest before the phrase, else the first after it). Only of a territory another holds
    (one the gazetteer gives another authority), and not negated."""
    doc, out = sent.doc, []
    if "within" not in sent.text.lower() and "inside" not in sent.text.lower():
        return out
    ruled = registry.gazetteer.authorities
    lands = [
        m
        for m in sent.mentions
        if m.actor and m.label != "ADJ" and _actor_class(registry, m.actor) == "territory"
    ]
    lands = [m for m in lands if m.actor in ruled]
    if not lands:
        return out
    for i in range(sent.s0, sent.s1 - 2):
        if doc[i].lower_ not in ("within", "inside"):
            continue
        state = _bordered_state(sent, i + 1, registry)
        if state is None:
            continue
        before = [m for m in lands if m.end <= i]
        after = [m for m in lands if i < m.start <= i + 14]
        land = before[-1] if before else (after[0] if after else None)
        if land is None or ruled[land.actor] == state.actor:
            continue
        lo, hi = (land.end, i) if land.end <= i else (i, land.start)
        if any(t.lower_ in ("not", "never", "n't") for t in doc[lo:hi]):
            continue
        out.append(
            _reading(
                sent,
                state.actor,
                land.actor,
                "sovereignty",
                "within_borders",
                0.6,
                (i, i),
                when,
                (state, land),
            )
        )
    return out


def _bordered_state(sent: _Sentence, k: int, registry):
    """The state mention of "Azerbaijan's (internationally recognized) borders" or "(the)
    (sovereign) territory of (the Republic of) Azerbaijan" from token *k* on, else None."""
    doc = sent.doc
    while k < sent.s1 and doc[k].lower_ in BORDER_QUALIFIERS:
        k += 1
    states = {
        m.start: m
        for m in sent.mentions
        if m.actor and m.label != "ADJ" and _actor_class(registry, m.actor) == "state"
    }
    m = states.get(k)
    if m is not None and doc[m.end - 1].lower_ in EXTENT_NOUNS:
        return m  # (one mention: "Azerbaijan's borders")
    if m is not None:
        j = m.end
        if j < sent.s1 and doc[j].lower_ in ("'s", "’s"):
            j += 1
            while j < sent.s1 and doc[j].lower_ in BORDER_QUALIFIERS:
                j += 1
            if j < sent.s1 and doc[j].lower_ in EXTENT_NOUNS:
                return m
        return None
    if k + 1 < sent.s1 and doc[k].lower_ in EXTENT_NOUNS and doc[k + 1].lower_ == "of":
        j = k + 2
        while j < sent.s1 and doc[j].lower_ in ("the", "republic", "of"):
            j += 1
        return states.get(j) or next(
            (x for x in states.values() if x.start < j <= x.end - 1 or x.start == k + 2), None
        )
    return None


#: Nouns of a state's part ("Armenia's Syunik province", "the Azerbaijani exclave of X").
PART_NOUNS = frozenset(
    ["province", "provinces", "region", "regions", "exclave", "enclave", "district", "districts"]
    + ["territory", "city", "town", "village", "marz", "area"]
)


def _part_after(doc, m) -> bool:
    """Whether a part noun ends mention *m* or follows it ("its Nakhchivan exclave", "its
    Syunik province")."""
    return doc[m.end - 1].lower_ in PART_NOUNS or (
        m.end < len(doc) and doc[m.end].lower_ in PART_NOUNS
    )


def _owning_state(sent: _Sentence, m, kinds: dict, demonyms: dict, ruler=None) -> tuple:
    """(the state, its mention or None) that a phrase before territory *m* makes it part of:
    "Armenia's (southern) Syunik province", "Azerbaijan's exclave of Nakhichevan", "the
    (southern) Armenian province of Syunik", "the Azerbaijani city of Aghdam"; else (None, None)."""
    doc = sent.doc
    k = m.start - 1
    if k > sent.s0 and doc[k].lower_ == "of":
        k -= 1
        if doc[k].lower_ not in PART_NOUNS:
            return None, None  # ("the fall of X"): only a part noun names the part
        k -= 1
    while k > sent.s0 and k >= m.start - 5 and doc[k].is_lower and doc[k].lower_ not in _NP_STOPS:
        k -= 1  # ("southern", "southwestern"): words of the part
    if k <= sent.s0:
        return None, None
    if doc[k].lower_ in ("'s", "’s"):
        owner = next((x for x in sent.mentions if x.actor and x.end == k), None)
        if owner is not None and kinds.get(owner.actor) == "state":
            return owner.actor, owner  # "Armenia's Syunik province"
        return None, None
    if doc[k].lower_ == "its" and _part_after(doc, m):
        # "mainland Azerbaijan with its Nakhchivan exclave": the state that holds the land
        # (organisations.csv authority) named before it; "Armenia accused Azerbaijan of ...
        # its southern Syunik province": else the state named first, the sentence's subject
        states = [x for x in sent.mentions if x.end <= k and kinds.get(x.actor) == "state"]
        owner = next((x for x in states if x.actor == ruler), states[0] if states else None)
        return (owner.actor, owner) if owner is not None else (None, None)
    owner = next((x for x in sent.mentions if x.actor and x.start <= k < x.end), None)
    if owner is not None and kinds.get(owner.actor) == "state" and doc[k].lower_ in demonyms:
        return owner.actor, owner  # "the Azerbaijani city of Aghdam"
    if (
        owner is None
        and doc[k].lower_ in demonyms
        and any(t.lower_ in PART_NOUNS for t in doc[k : m.start])  # (not "(Armenian Shushi)")
    ):
        return demonyms[doc[k].lower_], None  # "the southern Armenian province of Syunik"
    return None, None


def _stated_part_of(sent: _Sentence, registry, when) -> list:
    """A state's own land named as its part: "Armenia's Syunik province", "the Azerbaijani
    exclave of Nakhchivan", "Nakhchivan, an Azerbaijani exclave", "the Syunik region of Armenia":
    ``part_of`` (a territory another holds is read by ``_stated_contested_part``, with its
    own limits: not refused or conditional)."""
    doc, out = sent.doc, []
    kinds = {m.actor: (registry.get(m.actor) or {}).get("kind") for m in sent.mentions if m.actor}
    starts = {m.start: m for m in sent.mentions if m.actor and m.label != "ADJ"}
    demonyms = registry.gazetteer.demonyms
    ruled = registry.gazetteer.authorities
    for m in sent.mentions:
        if (
            kinds.get(m.actor) != "territory"
            or m.label == "ADJ"
            # (a place the gazetteer knows, not one the text named; a route is no part)
            or registry.gazetteer.origin.get(m.actor) != "gazetteer"
            or _actor_class(registry, m.actor) == "corridor"
        ):
            continue
        if m.end < sent.s1 and _names_a_matter(doc[m.end]):
            continue  # "Russia's Crimea annexation", "Azerbaijan's Karabakh war": not a part
        state, owner = _owning_state(sent, m, kinds, demonyms, ruled.get(m.actor))
        if state is None and m.end < sent.s1:
            head, owner = _placing_state(sent, m, starts, demonyms)
            if owner is not None and any(
                t.lower_ in ("not", "never", "n't") for t in doc[m.end : head]
            ):
                owner = None
            state = owner.actor if owner is not None else _apposed_owner(sent, m, demonyms)
        if state is None or (registry.get(state) or {}).get("kind") != "state":
            continue
        if ruled.get(m.actor, state) != state:
            continue  # (a territory another holds: its sovereignty, not a part)
        mentions = (m, owner) if owner is not None else (m,)
        out.append(
            _reading(
                sent,
                m.actor,
                state,
                "part_of",
                "part_of_state",
                0.65,
                (m.start, m.end - 1),
                when,
                mentions,
            )
        )
    return out


#: Nouns a place may qualify that make it a matter, not a part ("the Karabakh conflict").
MATTER_NOUNS = frozenset(["war", "conflict", "issue", "question", "crisis", "dispute", "blockade"])


def _names_a_matter(token) -> bool:
    """Whether *token*, right after a place, is a noun the place qualifies ("Crimea annexation",
    "Karabakh conflict")."""
    word = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and word not in PART_NOUNS
        and (word.endswith(("tion", "sion", "ment", "ure")) or token.norm_ in MATTER_NOUNS)
    )


def _apposed_owner(sent: _Sentence, m, demonyms: dict):
    """ "Nakhchivan, an Azerbaijani exclave": the state of the demonym in the apposition, or
    the one named after its part noun ("Nakhchivan, an exclave of Azerbaijan")."""
    doc, k = sent.doc, m.end
    if not (k + 3 < sent.s1 and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an", "the")):
        return None
    k += 2
    while k < sent.s1 and k <= m.end + 5 and doc[k].is_lower and doc[k].lower_ not in PART_NOUNS:
        k += 1  # ("an autonomous Azerbaijani exclave")
    if k + 1 < sent.s1 and doc[k].lower_ in demonyms and doc[k + 1].lower_ in PART_NOUNS:
        return demonyms[doc[k].lower_]
    if k + 2 < sent.s1 and doc[k].lower_ in PART_NOUNS and doc[k + 1].lower_ == "of":
        # "Nakhchivan, an exclave of Azerbaijan": the state named after "of"
        return next(
            (x.actor for x in sent.mentions if x.start == k + 2 and x.actor and x.label == "NAME"),
            None,
        )
    return None


#: Rules of a standing mediating role ("the central role of the Minsk Group"): between the
#: states in conflict, not the persons of the last meeting the text named.
STANDING_MEDIATION_RULES = frozenset(["mediator_role_of"])


#: Words of talks or a deal that make "under the auspices of X" inside an appeal X's standing
#: mediation ("urged the sides to resume talks under the auspices of X"; not "urged Russia to
#: act under the auspices of the CSTO").
MEDIATED_WORDS = frozenset(
    ["talk", "talks", "negotiation", "negotiations", "dialogue", "meeting", "meetings", "summit"]
    + ["consultation", "consultations", "discussion", "discussions", "agreed", "agreement"]
    + ["settlement", "negotiate", "meet", "discuss"]
)
#: Lemmas that judge a role rather than state one ("criticised the role of X").
JUDGED_ROLE_WORDS = frozenset(
    ["criticize", "criticise", "criticism", "condemn", "ambiguous", "question", "accuse", "blame"]
    + ["doubt", "undermine", "destructive", "negative", "defend", "deplore", "reject"]
)
#: Lemmas that put an intention in doubt ("doubts Azerbaijan's willingness to sign").
DOUBT_WORDS = frozenset(["doubt", "question", "skeptical", "sceptical", "distrust", "deny"])


def _war_pair_named(sent: _Sentence, mediators) -> tuple:
    """The two sides of a war the sentence names by a hyphen pair or "between A and B" ("a
    Russian-mediated deal that halted the Armenian-Azerbaijani war"), neither a mediator, else
    ()."""
    for t in sent.triggers:
        if t.rule.type != "war":
            continue
        pair = _hyphen_chain(sent, t.start) or sent.between(t.start, sent.s1)
        ids = tuple(m.actor for m in pair if m.actor)
        if len(ids) == 2 and len(set(ids)) == 2 and not set(ids) & set(mediators):
            return ids
    return ()


def _appeal_noun(doc, trig, s0: int, s1: int) -> bool:
    """ "supports the call of the Co-Chairs for a ceasefire", "the calls for restraint": the
    noun of an appeal (a determiner before it, "of", "for" or "to" after), no telephone call."""
    if not (trig.start > s0 and trig.end < s1 and doc[trig.start].lower_ in ("call", "calls")):
        return False
    if (
        doc[trig.end].lower_ in ("by", "from")
        and trig.end + 1 < s1
        and doc[trig.end + 1].lower_ not in ("phone", "telephone", "video", "videolink")
        and any(t.lower_ in ("for", "to") for t in doc[trig.end + 2 : min(s1, trig.end + 8)])
    ):
        return True  # "rejected calls by France to withdraw", "calls from Moscow for calm"
    if doc[trig.start - 1].lower_ not in ("the", "a", "its", "their", "his", "her", "this"):
        return False
    if doc[trig.end].lower_ in ("for", "to"):
        return True
    # "the call of X for a ceasefire" (not "answered the call of Putin late on Monday")
    return doc[trig.end].lower_ == "of" and any(
        t.lower_ in ("for", "to") for t in doc[trig.end + 1 : min(s1, trig.end + 11)]
    )


#: Words of a title that may stand between a reporting verb and its speaker ("said
#: Spokesperson for the Ministry of Foreign Affairs of Russia Maria Zakharova").
TITLE_JOINS = frozenset(["for", "of", "the"])


def _speaker_after_verb(doc, mentions, k: int) -> list:
    """The speaker of '"...," said the ministry' after the reporting verb ending at *k*: the
    first actor within two words, or past a title's capitalised words ("said Spokesperson for
    the Ministry of Foreign Affairs of Russia Maria Zakharova"); a ministry followed by the
    person it introduces ("said Russian Foreign Ministry spokeswoman Maria Zakharova") is the
    person. Else []."""
    for j, m in enumerate(mentions):
        if m.start < k or m.label == "ADJ":
            continue
        if m.start > k + 6 or (
            m.start > k + 2
            and not all(t.is_title or t.lower_ in TITLE_JOINS for t in doc[k : m.start])
        ):
            return []
        nxt = mentions[j + 1] if j + 1 < len(mentions) else None
        if m.label == "AGENT" and nxt is not None and nxt.label == "PERSON" and nxt.start == m.end:
            return [nxt]
        return [m]
    return []


#: How many words an apposition may hold before its participle ("X, a mountainous region
#: internationally recognised as ...").
APPOSITION_NOUN_REACH = 5
#: Words that may open an apposition before its noun ("Russia, another co-chair of ...",
#: "France, one of the co-chairs of ...").
APPOSITION_OPENERS = frozenset(
    ["a", "an", "the", "another", "fellow", "one", "of", "its", "also", "then", "former"]
    + ["other", "currently", "now", "still", "itself"]
)


#: Words of an apposition that make the clause's subject one of the same ("another co-chair").
FELLOW_WORDS = frozenset(["another", "fellow"])


def _apposed_to(sent: _Sentence, trig: _Trigger):
    """The actor an apposition holding *trig* describes: the mention that ends right at the
    comma before it ("Russia, another co-chair of the Minsk Group"), else None."""
    doc = sent.doc
    k = trig.start - 1
    while k > sent.s0 and doc[k].lower_ in APPOSITION_OPENERS:
        k -= 1
    if k <= sent.s0 or doc[k].text != ",":
        return None
    return next(
        (m for m in sent.mentions if m.end == k and m.actor and m.label not in ("ADJ", "PAIR")),
        None,
    )


#: Prepositions that open a phrase before the main clause ("At a meeting with A, X ...").
OPENING_PREPS = frozenset(
    ["at", "in", "during", "after", "following", "before", "on", "ahead", "despite"]
)
#: Words of a phrase of time before a meeting noun ("after talks with X").
TIME_PHRASE_WORDS = frozenset(["after", "following", "before", "ahead"])


def _main_subject_of_phrase(sent: _Sentence, trig: _Trigger, subjects: dict, subj: list) -> list:
    """The subject of the verb a prepositional phrase holding *trig* belongs to ("Putin
    discussed the topic in telephone conversations with ...": Putin): the subject of the last
    trigger before it, when "in" or "during" stands within three words before *trig*."""
    doc = sent.doc
    at = next(
        (
            k
            for k in range(trig.start - 1, max(sent.s0, trig.start - 3) - 1, -1)
            if doc[k].lower_ in ("in", "during")
        ),
        None,
    )
    if at is None:
        return _subject_before_time_phrase(sent, trig, subjects, subj)
    # a passive verb's agent right before the phrase ("conveyed to Baku by Blinken in a call
    # with Aliyev": Blinken)
    agent = [
        m
        for m in sent.mentions
        if m.actor and m.end == at and m.start > sent.s0 and doc[m.start - 1].lower_ == "by"
    ]
    if agent or subj:
        return agent[:1]  # (a subject of its own otherwise stands)
    main = next(
        (
            subjects[t.start]
            for t in reversed(sent.triggers)
            if t.start < trig.start and subjects.get(t.start) and t.rule.frame != "report"
        ),
        [],
    )
    return [m for m in main[:1] if m.actor]


def _helped_act(doc, trig, s0: int) -> bool:
    """Whether a verb follows "help" ("helped release", "helping to return")."""
    i = trig.start - 1
    if i > s0 and doc[i].lower_ == "the":
        i -= 1
    if i > s0 and doc[i].lower_ in ("to", "in", "with"):
        i -= 1
    # ("helped release", "their assistance in the return of X")
    return i >= s0 and doc[i].lower_ in (
        "help",
        "helped",
        "helping",
        "helps",
        "assistance",
        "efforts",
        "role",
        "contribution",
    )


def _subject_before_time_phrase(sent, trig, subjects: dict, subj: list) -> list:
    """ "Azerbaijan returned 8 soldiers after talks with the EU": the subject of the verb that
    a phrase of time ("after", "following", "before") right before *trig* follows, when the
    nearest actor before it is that verb's object, not a subject of its own."""
    doc = sent.doc
    if trig.start - 1 <= sent.s0 or doc[trig.start - 1].lower_ not in TIME_PHRASE_WORDS:
        return []
    main = [t for t in sent.triggers if t.start < trig.start - 1 and subjects.get(t.start)]
    if not main:
        return []
    verb = main[0]  # (the main clause's: "accused Armenia of violating ... after talks")
    if subj and not verb.start < subj[0].start < trig.start:
        return []  # (the nearest actor is no object of that verb)
    return [m for m in subjects[verb.start] if m.actor and m.label != "ADJ"]


def _hyphen_pair_after(sent: _Sentence, k: int, right: int) -> tuple:
    """The two actors of a hyphen pair after token *k* and before *right* that a trigger
    follows ("the resumption of Armenian-Azerbaijani peace talks", "the Armenia-Azerbaijan
    border clashes"), else ()."""
    for m in sent.mentions:
        if not (k <= m.start and m.end < right):
            continue
        chain = _hyphen_chain(sent, m.end)
        if len(chain) != 2 or chain[0].start < k:
            continue
        if any(m.end <= t.start <= m.end + 2 for t in sent.triggers):
            return (chain[0].actor, chain[1].actor)
    return ()


def _truce(sent: _Sentence, trig: _Trigger) -> bool:
    """The mediated thing is a truce or an end of fighting: its parties are states ("a
    Russian-brokered truce"; "the war ended with a Russian-brokered deal")."""
    after = {t.norm_ for t in sent.doc[trig.end : min(sent.s1, trig.end + 4)]}
    if after & TRUCE_WORDS:
        return True
    words = {t.lower_ for t in sent.doc[sent.s0 : sent.s1]}
    return bool(after & BROKERED_DEAL_NOUNS and words & WAR_WORDS)


def _state_pair(registry, a: str, b: str) -> frozenset:
    """The states of *a* and *b*, as a set (one element when both are of one state)."""
    return frozenset((_state_of(registry, a), _state_of(registry, b)))


def _allied(pair, out, discourse, registry) -> bool:
    """Whether the text has the two of *pair* as allies (one aids, backs or cooperates with
    the other) in an earlier sentence or among the relations *out* of this one."""
    states = _state_pair(registry, *pair)
    if len(states) < 2:
        return False
    return states in discourse.allied or any(
        c.type in ALLY_TYPES and c.target and _state_pair(registry, c.source, c.target) == states
        for c in out
    )


#: Words for a news outlet: "Russia's TASS news agency", "Turkey's state broadcaster TRT".
MEDIA_WORDS = frozenset(
    ["agency", "newspaper", "daily", "broadcaster", "television", "tv", "channel", "radio"]
    + ["outlet", "media", "news", "website", "magazine", "paper"]
)


def _media_owner(doc, m, s1) -> bool:
    """Whether mention *m* owns a news outlet named right after it ("Russia's TASS news
    agency", "Azerbaijan's state television"): the outlet is meant, not the actor."""
    if m.end + 1 >= s1 or doc[m.end].lower_ not in ("'s", "’s"):
        return False
    return any(t.lower_ in MEDIA_WORDS for t in doc[m.end + 1 : min(m.end + 4, s1)])


#: Past forms of verbs that do not end in "-ed".
IRREGULAR_PAST = frozenset(["said", "sent", "told", "took", "made", "gave", "held", "met", "won"])


#: Words that open a verb's object or adjunct ("deployed almost 2,000 ...", "sent to ...").
OBJECT_OPENERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "to", "in", "into", "on", "at", "from"]
    + ["with", "by", "some", "more", "almost", "about", "over", "up", "new", "several"]
)


def _past_verb(token) -> bool:
    """A verb in the past ("deployed", "said"): a common irregular past, or a lower-case
    "-ed" word whose lemma differs and that an object or adjunct follows ("deployed almost
    2,000 ...", not the adjectives of "related actions", "wounded soldiers")."""
    word = token.lower_
    if not token.is_lower:
        return False
    if word in IRREGULAR_PAST:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        word.endswith("ed")
        and token.norm_ != word
        and nxt is not None
        and (nxt.lower_ in OBJECT_OPENERS or nxt.like_num)
    )


#: Nouns of offices whose holders, welcomed, are guests ("welcomed the foreign ministers of A
#: and B").
GUEST_OFFICE_NOUNS = frozenset(
    ["minister", "ministers", "president", "presidents", "leader", "leaders", "counterpart"]
    + ["counterparts", "premier", "premiers", "chancellor", "fms", "pms"]
)


def _welcomed_visitors(sent, rule, trig, obj, registry, pair=None):
    """ "Tokayev welcomed the foreign ministers of Armenia and Azerbaijan in Almaty": persons
    welcomed are guests, not a decision backed; two of two states are hosted for talks
    (``mediate``), one is received (``consult``). Else *rule* unchanged."""
    doc = sent.doc
    # (an office the text does not name is its state's, "the foreign ministers of A and B":
    # persons all the same)
    office = bool(obj) and (
        any(m.office for m in obj)
        or (
            obj[0].label == "AGENT"
            and bool(
                {t.lower_ for t in doc[obj[0].start : min(sent.s1, obj[-1].end + 2)]}
                & GUEST_OFFICE_NOUNS
            )
        )
    )
    if (
        not obj
        or any(m.label != "PERSON" and not (office and m.label == "AGENT") for m in obj)
        or obj[0].start - trig.end > 2
    ):
        return rule  # (not "welcomed the statement of the President of X": a text backed)
    if obj[-1].end < sent.s1 and doc[obj[-1].end].lower_ in ("'s", "’s", "'"):
        return rule  # "welcomed Aliyev's decision": the decision is backed
    states = {_state_of(registry, m.actor) for m in obj}
    host = {_state_of(registry, m.actor) for m in sent.subject(trig.start, sent.s0)}
    talks = any(
        t.norm_ in ("talk", "negotiation", "trilateral") for t in doc[obj[-1].end : sent.s1]
    )  # ("welcomed Aliyev and Pashinyan in Sochi for talks")
    if (
        len(obj) >= 2
        and len(states) == 2
        and not host & states
        and (states == set(pair or ()) or talks)
    ):
        # (two of the last pair the text says fought, hosted by a third)
        return replace(rule, type="mediate", id="host_guests")
    return replace(rule, type="consult", id="receive_guest")


def _mediator_named(sent, end: int) -> list:
    """The mediator of "rejected French mediation", "accepted mediation by / of France": the
    actor qualifying the mediation noun that ends at *end*, else the one after "by" / "of"."""
    doc = sent.doc
    before = [m for m in sent.mentions if m.actor and m.end == end - 1]
    if before:
        return before[-1:]
    k = end
    if k < sent.s1 and doc[k].lower_ in ("by", "of"):
        k += 2 if k + 1 < sent.s1 and doc[k + 1].lower_ == "the" else 1
        return [m for m in sent.mentions if m.actor and m.start == k and m.label != "ADJ"][:1]
    return []


def _denier(sent, trig, left: int) -> str | None:
    """The subject of a denial that governs the claim noun *trig* ("Turkey denied Armenian
    claims that ..."), or None."""
    for t in sent.triggers:
        if t.rule.frame == "deny" and t.start < trig.start <= t.match_end + 2:
            subj = sent.subject(t.start, left)
            return subj[-1].actor if subj else None
    return None


def _condition_subject(sent, start: int) -> list:
    """The actor that opens an "if" / "unless" clause after *start* ("threatened to use force
    if Armenia did not withdraw": Armenia), or []."""
    doc = sent.doc
    for k in range(start, sent.s1):
        if doc[k].lower_ in ("if", "unless"):
            return [
                m
                for m in sent.mentions
                if m.actor and m.start in (k + 1, k + 2) and m.label not in ("ADJ", "PAIR")
            ][:1]
    return []


#: Verbs of what a warning says its addressee would suffer ("would face consequences").
CONSEQUENCE_VERBS = frozenset(
    ["face", "bear", "pay", "regret", "lose", "ruin", "suffer", "receive", "jeopardize"]
    + ["jeopardise", "endanger", "risk"]
)


def _warned_of_consequences(sent, trig) -> list:
    """The actor a warning says would suffer for what it does: "warned that Yerevan could ruin
    its ties with Moscow", "warned that Armenia would face consequences" (the subject of the
    "that" clause, before a modal and a verb of consequence); [] for a warning about what
    someone may do ("warned that Azerbaijan may attack")."""
    doc = sent.doc
    k = trig.match_end
    while k < min(sent.s1, trig.match_end + 4) and (
        time_word(doc[k]) or doc[k].lower_ in ADJUNCT_WORDS
    ):
        k += 1  # ("warned last week that", "warned on Friday that")
    if k >= sent.s1 or doc[k].lower_ != "that":
        return []
    subject = [
        m
        for m in sent.mentions
        if m.actor and m.start in (k + 1, k + 2) and m.label not in ("ADJ", "PAIR")
    ][:1]
    if not subject:
        return []
    after = [t for t in doc[subject[0].end : min(sent.s1, subject[0].end + 4)]]
    modal = next(
        (j for j, t in enumerate(after) if t.lower_ in ("would", "could", "will", "might")), None
    )
    if modal is None or not any(t.norm_ in CONSEQUENCE_VERBS for t in after[modal + 1 :]):
        return []
    return subject


#: The last words of a side's mention that a passive attack names as where fire came from.
FIRING_PLACES = frozenset(["positions", "position", "side", "territory", "posts", "forces"])


def _past_fire(doc, i: int, s1: int) -> int:
    """ "hit by (sniper) fire from X": the "from" past the fire a passive's "by" at *i* names,
    else *i*."""
    if i >= s1 or doc[i].lower_ != "by":
        return i
    j = i + 1
    while j < min(s1, i + 4) and doc[j].lower_ in FIRE_WORDS:
        j += 1
    return j if j < s1 and doc[j].lower_ == "from" and doc[j - 1].lower_ in FIRE_NOUNS else i


#: The words of the fire an attack's passive is done by ("hit by sniper fire from X"), and
#: the nouns that end them.
FIRE_NOUNS = frozenset(["fire", "gunfire", "shelling", "shots", "shot", "shells", "rounds"])
FIRE_WORDS = FIRE_NOUNS | frozenset(
    ["sniper", "artillery", "mortar", "heavy", "small-arms", "machine-gun", "automatic"]
)
#: Rules of a reply to an offer to mediate ("rejected an offer by France to mediate").
#: (one rule per phrasing: "X's offer to", "an offer of", "an offer by X to", "the proposal of X to")
OFFER_REPLY_RULES = frozenset(
    f"{reply}_mediation_offer{form}"
    for reply in ("reject", "accept")
    for form in ("", "_of", "_by", "_of_x")
)
#: Words after "agreed a truce" that make it a clause or a compound, not the truce agreed.
TRUCE_NOT_AGREED = frozenset(
    ["would", "will", "could", "was", "is", "monitoring", "centre", "center", "mechanism"]
)
#: ... and those after a truce word near "agree" that make it no truce agreed ("ceasefire
#: talks", "truce monitors", "the ceasefire should be respected"; `_truce_agreed`).
TRUCE_NOT_THE_THING = TRUCE_NOT_AGREED | {
    "talks",
    "mission",
    "monitors",
    "should",
    "must",
    "line",
    "regime",
    "violation",
    "violations",
}
#: Words of a possible or wished act ("can play a role", "wants to play a role").
WISH_WORDS = frozenset(
    ["can", "could", "may", "might", "should", "would", "must", "want", "wish", "hope", "seek"]
)
#: Words of a deal undone ("a role in the collapse of the ceasefire").
UNDOING_WORDS = frozenset(
    ["collapse", "break", "breaking", "undermine", "derail", "failure", "violation", "sabotage"]
)
#: Verbs of what one "declined to" say, which rejects no one ("declined to comment").
SILENT_VERBS = frozenset(
    ["comment", "say", "elaborate", "confirm", "specify", "disclose", "answer", "respond"]
)
#: Kinds of aid that are not humanitarian relief ("economic aid and humanitarian aid").
OTHER_AID_WORDS = frozenset(["economic", "financial", "budget", "development", "technical"])
#: People whose "in X" names the state that aid for them reaches ("refugees in Armenia").
AIDED_PEOPLE = frozenset(["refugee", "civilian", "population", "people", "resident", "evacuee"])


#: Nouns of a group of visitors that stands for the one who leads it.
DELEGATION_WORDS = frozenset(["delegation", "team", "mission"])


def _delegation_head(doc, m, end: int) -> bool:
    """Whether mention *m* leads a delegation right after the search start *end*: "received
    the delegation led by X", "met a team headed by X" (X is the one received or met)."""
    return (
        m.start - 3 >= end
        and doc[m.start - 1].lower_ == "by"
        and doc[m.start - 2].lower_ in ("led", "headed")
        and doc[m.start - 3].lower_ in DELEGATION_WORDS
        and m.start - 3 - end <= 3
    )


def _manner_adverb(token) -> bool:
    """An adverb of manner ("separately", "jointly", "directly"): a lower-case word in -ly."""
    return token.is_alpha and token.is_lower and len(token) > 4 and token.lower_.endswith("ly")


def _new_clause(doc, gap: list, end: int, start: int) -> bool:
    """Whether a new clause starts between an object's search start *end* and a mention at
    *start*: ", and" ("X capitulated, and Y announced ..."), or a second predicate ("brokered
    a deal and deployed peacekeepers to X")."""
    return any(
        a == "," and b == "and" for a, b in zip(gap, gap[1:], strict=False)
    ) or _second_predicate(doc, end, start)


def _new_clause_subject_off(doc, group: list, s1: int) -> list:
    """Object *group* without its second member when a verb follows it: "shelled Jermuk and
    Russia condemned the attack" (Russia opens a new clause)."""
    last, verb = group[-1], doc[min(group[-1].end, s1 - 1)]
    if (
        len(group) == 2
        and last.end < s1
        and doc[last.start - 1].lower_ == "and"
        and doc[group[0].start - 1].text not in (",", ";")  # (not ", Russia and Turkey agreed")
        and (
            _past_verb(verb)
            or verb.lower_ in IRREGULAR_PAST | {"said"}
            or (
                verb.is_lower
                and verb.lower_.endswith("ed")
                and verb.norm_ != verb.lower_
                and verb.i + 1 < s1
                and doc[verb.i + 1].lower_ in ("for", "to", "that", "on", "against", "with")
            )  # ("France called for restraint"; not "the road connecting X and Y continued.")
        )
    ):
        return group[:-1]
    return group


def _coordinated_verb(doc, end: int, head: int) -> bool:
    """Whether the words from token *end* to the trigger at *head* are a short predicate, then
    "and" (with "then", "later") and a past verb that leads to the trigger: "(since Azerbaijan)
    won the 2020 war and then took full control": both the clause opener's subject's."""
    words = [t.lower_ for t in doc[end:head]]
    if "," in words or "and" not in words or len(words) > 10:
        return False
    k = end + len(words) - words[::-1].index("and")  # (the word after the last "and")
    while k < head and doc[k].lower_ in ("then", "later", "also", "subsequently"):
        k += 1
    if k == head:
        return _past_verb(doc[k])  # ("... and seized Shusha": the trigger is the verb)
    return k < head and (doc[k].lower_ in IRREGULAR_PAST or doc[k].lower_.endswith("ed"))


def _another_clause(gap: list) -> bool:
    """Whether the words *gap* before an object hold another's clause: ", with" ("retook the
    districts, with Turkey backing Baku"), or "as" right after a time that closed the verb's
    own clause and a plural subject ("detained 170 people on Monday as supporters of X
    blocked ..."; not "condemned the sale as proof of France's course", "freed on Saturday as
    many as 15 prisoners")."""
    words = [w.lower() for w in gap]
    return any(
        (
            w == "as"
            and 2 <= k < len(words) - 1
            and words[k - 1] in CLOSING_TIMES
            and words[k + 1].endswith("s")
            and not words[k + 1].endswith(("ous", "ss"))
            and words[k + 1] not in ("as", "was", "is", "has", "this", "its", "his")
        )
        or (w == "with" and k > 0 and words[k - 1] == ",")
        for k, w in enumerate(words)
    )


#: Words of time that may close a clause before "as" opens another.
CLOSING_TIMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"]
    + ["yesterday", "night", "morning", "evening", "afternoon", "weekend"]
)


def _second_predicate(doc, end: int, start: int) -> bool:
    """Whether "and" + a past verb stands between *end* and *start*, after the first word:
    a second predicate ("brokered a deal and deployed ..."), not one object of two verbs
    ("shelled and seized villages")."""
    return any(doc[k].lower_ == "and" and _past_verb(doc[k + 1]) for k in range(end + 1, start - 1))


#: Acts that a speaker's participle performs by speaking ("..., urging the sides to ...");
#: others ("..., killing two soldiers") belong to the reported clause's own subject.
SPOKEN_TYPES = frozenset(
    ["appeal", "demand", "accuse", "accuse_aggression", "accuse_war_crimes", "accuse_crime"]
    + ["criticize", "disapprove", "deny", "reject", "threaten", "support"]
)
#: Prepositions after a participle that opens a phrase of circumstance ("speaking at a ...").
CIRCUMSTANCE_PREPS = frozenset(["at", "in", "during", "on", "after", "before"])


def _comma_participle(sent, trig, nominal: bool) -> bool:
    """Whether the trigger is (or ends) a participle phrase after a comma, whose subject is
    the main clause's: ", calling Armenia a threat", ", speaking at a joint news conference
    with X" (a noun trigger inside a participle's phrase of circumstance)."""
    doc, a = sent.doc, trig.start
    if a - 1 > sent.s0 and doc[a - 1].text == "," and doc[a].lower_.endswith("ing"):
        return not nominal
    for c in range(max(sent.s0 + 1, a - 6), a - 2):
        if (
            doc[c].text == ","
            and doc[c + 1].is_lower
            and doc[c + 1].lower_.endswith("ing")
            and doc[c + 2].lower_ in CIRCUMSTANCE_PREPS
            and not any(t.text == "," for t in doc[c + 1 : a])
            and not any(c < m.start < a for m in sent.mentions)
        ):
            return True
    return False


#: Words that may stand between a possessive and an ally ("its longstanding ally").
ALLY_QUALIFIERS = frozenset(
    ["longstanding", "traditional", "close", "closest", "main", "key"]
    + ["strategic", "old", "historic", "only", "staunch", "military", "nominal", "formal"]
    + ["longtime", "loyal", "steadfast", "trusted", "oldest"]
    # the parts of hyphenated ones, which the tokenizer splits ("all-weather", "long-time")
    + ["-", "all", "weather", "long", "time", "standing"]
)


def _own_ally(sent, trig, subj: list, obj: list, registry=None) -> tuple:
    """ "Russia ... its ally Armenia", "Azerbaijan and its ally Turkey", "Tehran fears ...
    Moscow, its ally": whose ally "its" names (the nearest actor before it that is not the ally
    itself; "Aliyev wanted its ally Turkey": a person's "its" is the person's state); the
    subject and object unchanged when no possessive stands before the noun."""
    doc = sent.doc
    k = trig.start - 1
    while k > sent.s0 and doc[k].lower_ in ALLY_QUALIFIERS:
        k -= 1
    if k < sent.s0 or doc[k].lower_ not in ("its", "their"):
        return subj, obj
    # the ally itself is not its owner: the object ("its ally Armenia") or, with none, the
    # head the noun is in apposition to ("Moscow, its ally")
    taken = {id(m) for m in (obj or subj)}
    owner = [
        m
        for m in sent.mentions
        if m.actor and m.label not in ("ADJ", "PRONOUN") and m.start < k and id(m) not in taken
    ][-1:]  # the nearest before: "Azerbaijan and its ally Turkey", "Moscow, its ally"
    if not owner:
        return subj, obj
    if doc[k].lower_ == "its" and owner[0].label == "PERSON" and registry is not None:
        state = _state_of(registry, owner[0].actor)
        owner = [replace(owner[0], actor=state)] if state else []
        if not owner:
            return subj, obj
    if obj:
        return owner, obj  # "its ally Armenia": the owner's ally
    return subj, owner  # "Moscow, its ally": the head is the owner's ally


def _apposed_head(sent, trig) -> list:
    """The actor a noun phrase is in apposition to: "Turkey, a close ally of Azerbaijan"
    (up to three lower-case words between the comma and the noun)."""
    doc, k = sent.doc, trig.start - 1
    while k > sent.s0 and trig.start - k <= 3 and doc[k].is_alpha and doc[k].is_lower:
        k -= 1
    if k <= sent.s0 or doc[k].text != ",":
        return []
    return [
        m for m in sent.mentions if m.end == k and m.actor and m.label not in ("ADJ", "PRONOUN")
    ][-1:]


def _led_member(doc, mentions: list, idx: int, s1: int) -> bool:
    """Whether "and the <X>-led <Y>" follows mention *idx*: the next mention a hyphen qualifier
    of the one after it, "and" (or ", and") and "the" before it ("Moscow and the Russian-led
    CSTO": the CSTO a second member of the list)."""
    if idx + 2 >= len(mentions):
        return False
    m, q, y = mentions[idx], mentions[idx + 1], mentions[idx + 2]
    words = [t.lower_ for t in doc[m.end : q.start] if not t.is_space]
    return (
        q.label == "ADJ"
        and _hyphen_qualifier(doc, q, s1)
        and words in (["and", "the"], [",", "and", "the"])
        and y.start == q.end + 2
        and y.label != "ADJ"
    )


def _hyphen_qualifier(doc, m, s1) -> bool:
    """Whether mention *m* qualifies the next noun through a hyphen and a participle: "the
    Russia-led CSTO", "a Russia-brokered truce"."""
    return m.end + 1 < s1 and doc[m.end].text in "-–" and doc[m.end + 1].lower_.endswith("ed")


def _states_of(pair: tuple, registry) -> tuple:
    """Two persons of two different states stand for the states."""
    states = []
    for x in pair:
        d = registry.get(x) or {}
        states.append(d.get("parent") if d.get("kind") == "person" and d.get("parent") else x)
    return tuple(states) if len(set(states)) == 2 else pair


#: Rows of an exchange ("exchanges of fire"): with no party named, a border names the two.
EXCHANGE_RULES = frozenset(["exchange_fire", "violation", "ceasefire_violations"])
BORDER_NOUNS = frozenset(["border", "frontier", "boundary"])


def _in_border_phrase(sent: _Sentence, m: Mention) -> bool:
    """Whether *m* is one of "the A-B (international) border"."""
    doc = sent.doc
    for x in sent.mentions:
        if x.start == m.end + 1 and doc[m.end].text in ("-", "–"):
            m = x  # "Armenia" of "Armenia-Azerbaijan border": look past its partner
            break
    else:
        if not (m.start - 1 > sent.s0 and doc[m.start - 1].text in ("-", "–")):
            return False
    return _before_border(sent, m)


def _before_border(sent: _Sentence, m: Mention) -> bool:
    """Whether a border noun follows *m*, past up to two lower-case words ("Azerbaijan
    border", "Azerbaijan international border")."""
    after = list(sent.doc[m.end : min(sent.s1, m.end + 3)])
    k = next((j for j, t in enumerate(after) if t.lower_ in BORDER_NOUNS), None)
    return k is not None and all(t.is_alpha and t.is_lower for t in after[:k])


def _border_pair(sent: _Sentence, trig: _Trigger) -> list:
    """The two actors of "along / on / across the A-B border" right after *trig*'s match."""
    doc = sent.doc
    for m in sent.mentions:
        if not (trig.match_end < m.end <= trig.match_end + 12 and m.end < sent.s1):
            continue
        if not _before_border(sent, m):
            continue  # (also "the Armenia-Azerbaijan international border")
        first = [x for x in sent.mentions if x.end == m.start - 1 and doc[x.end].text in ("-", "–")]
        if first and first[0].actor and m.actor and first[0].actor != m.actor:
            return [first[0], m]
    return []


def _hyphen_chain(sent: _Sentence, k: int) -> list:
    """ "the Armenia-Azerbaijan talks", "Armenian-Azerbaijani clashes", "Russia-Turkey-Iran
    talks": the actors joined by hyphens right before the word at *k* (two or more), else []."""
    doc = sent.doc
    before = [m for m in sent.mentions if m.end == k]
    if not before:
        return []
    second = before[-1]
    chain = [second]
    while True:  # ("a Pashinyan-Aliyev-Michel meeting", "Russia-Turkey-Iran talks": all three)
        first = [
            m
            for m in sent.mentions
            if m.end == chain[0].start - 1 and doc[m.end].text in ("-", "–", "/")
        ]
        if not first:
            break
        chain.insert(0, first[0])
    actors = [m.actor for m in chain]
    if len(chain) >= 2 and all(actors) and len(set(actors)) == len(actors):
        return chain
    return []


MEMBER_WORDS = frozenset(["member", "state", "country", "ally"])
MEMBER_KINDS = frozenset(["igo", "ngo"])


#: Words between an organisation and the bracketed list of its members ("the Minsk Group
#: co-chairs (Russia, France, the US)").
MEMBER_LIST_WORDS = frozenset(["co", "-", "chairs", "co-chairs", "members", "countries", "states"])
#: The words a bracketed list of members may have besides the names ("Igor Popov of the
#: Russian Federation, Stephane Visconti of France, and ...").
LIST_WORDS = frozenset([",", "and", "the", "of", "as", "for"])


def _bracketed_members(sent: _Sentence, registry, when) -> list:
    """ "The OSCE Minsk Group co-chairs (Russia, France, the US)", "the Co-Chairs of the OSCE
    Minsk Group (Igor Popov of the Russian Federation, ...)": each state the brackets list
    (or a listed person's state) is a member of the organisation before them; at least two."""
    doc, out = sent.doc, []
    for m in sent.mentions:
        if m.label == "ADJ" or (registry.get(m.actor) or {}).get("kind") not in ("igo", "ngo"):
            continue
        j = m.end
        while j < sent.s1 and j - m.end < 3 and doc[j].lower_ in MEMBER_LIST_WORDS:
            j += 1
        if j >= sent.s1 or doc[j].text != "(":
            continue
        close = next((k for k in range(j + 1, sent.s1) if doc[k].text == ")"), None)
        if close is None:
            continue
        inside = {
            k
            for x in sent.mentions
            if j < x.start and x.end <= close
            for k in range(x.start, x.end)
        }
        if any(
            k not in inside and not (doc[k].is_title or doc[k].lower_ in LIST_WORDS)
            for k in range(j + 1, close)
        ):
            continue  # "(excluding Russia and Belarus)", "(meeting at the request of X)"
        members = {}  # state -> the first mention that names it (or its person)
        for x in sent.mentions:
            state = _state_of(registry, x.actor) if j < x.start and x.end <= close else None
            if state and (registry.get(state) or {}).get("kind") == "state":
                members.setdefault(state, x)
        if len(members) < 2:
            continue
        for state, x in members.items():
            out.append(
                _reading(
                    sent,
                    state,
                    m.actor,
                    "member_of",
                    "bracketed_members",
                    0.6,
                    (j, j),
                    when,
                    (x, m),
                )
            )
    return out


#: Participles after "Russia-" that make Russia a leading member ("the Russia-led CSTO").
LED_WORDS = frozenset(["led", "dominated", "chaired", "headed"])
#: Nouns of a bloc an apposition may call an organisation ("the CSTO, a Russia-led alliance").
BLOC_NOUNS = frozenset(["alliance", "bloc", "organisation", "organization", "group", "pact"])


def _led_organisations(sent: _Sentence, registry, when) -> list:
    """ "the Russia-led CSTO", "the US-dominated NATO", "the CSTO, a Russia-led military
    alliance": the state before "-led" ("-dominated", "-chaired", "-headed") is a member of the
    organisation right after it, or of the one the apposition describes."""
    doc, out = sent.doc, []
    orgs = [m for m in sent.mentions if (registry.get(m.actor) or {}).get("kind") in MEMBER_KINDS]
    for m in sent.mentions:
        k = m.end
        if (
            (registry.get(m.actor) or {}).get("kind") != "state"
            or k + 1 >= sent.s1
            or doc[k].text not in ("-", "–")
            or doc[k + 1].lower_ not in LED_WORDS
        ):
            continue
        after = next((o for o in orgs if o.start == k + 2), None)  # ("the Russia-led CSTO")
        before = None
        if after is None and m.start >= 3 and doc[m.start - 2].text == ",":
            # "the CSTO, a Russia-led military alliance"
            bloc = any(t.lower_ in BLOC_NOUNS for t in doc[k + 2 : min(sent.s1, k + 5)])
            before = next((o for o in orgs if o.end == m.start - 2), None) if bloc else None
        org = after or before
        if org is None or org.actor == m.actor:
            continue
        out.append(
            _reading(
                sent,
                m.actor,
                org.actor,
                "member_of",
                "led_organisation",
                0.6,
                (k + 1, k + 1),
                when,
                (m, org),
            )
        )
    for org in orgs:
        # a name that holds its leader ("the Russian-led military alliance", a name of the
        # CSTO in the gazetteer): the state named first
        k = org.start
        if (
            k + 2 >= org.end
            or doc[k + 1].text not in ("-", "–")
            or doc[k + 2].lower_ not in LED_WORDS
        ):
            continue
        state = _state_named(registry, doc[k].text)
        if state and state != org.actor:
            out.append(
                _reading(
                    sent,
                    state,
                    org.actor,
                    "member_of",
                    "led_organisation",
                    0.6,
                    (k + 2, k + 2),
                    when,
                    (org, org),
                )
            )
    return out


def _state_named(registry, word: str) -> str | None:
    """The state a word names in the gazetteer ("Russia", "Russian", "Moscow"), or None."""
    gz = registry.gazetteer
    return gz.state_words.get(word.lower()) or gz.demonyms.get(word.lower())


#: Words after a list of members named by a plural noun that end the noun phrase ("Minsk
#: Group co-chairs Russia and France have ...").
NOUN_END = frozenset(["have", "has", "are", "were", "will", "would", "said", "met", "also"])


def _member_head(doc, i: int, end: int) -> int:
    """The length of the noun for a member at token *i* ("member": 1, "co-chairs": 3), or 0:
    "NATO member Turkey", "Minsk Group co-chairs Russia and France"."""
    if i < end and doc[i].lower_ in ("member", "members"):
        return 1
    if (
        i + 2 < end
        and doc[i].lower_ == "co"
        and doc[i + 1].text in ("-", "–")
        and doc[i + 2].lower_ in ("chair", "chairs")
    ):
        return 3
    return 0


def _member_qualifiers(sent: _Sentence, registry, when) -> list:
    """ "NATO member Turkey", "Armenia, a CSTO member, ...": membership stated by a noun."""
    doc, out = sent.doc, []
    mentions = sent.mentions
    for k, org in enumerate(mentions):
        if (registry.get(org.actor) or {}).get("kind") not in MEMBER_KINDS:
            continue
        i = org.end
        head = _member_head(doc, i, sent.s1)
        # ("the Minsk Group co-chairs Russia and France": the name holds the noun)
        named = org.end - org.start >= 3 and _member_head(doc, org.end - 3, org.end) == 3
        if not head and not named:
            continue
        j = i + head
        while j < sent.s1 and doc[j].lower_ in MEMBER_WORDS:
            j += 1
        after = [m for m in mentions[k + 1 :] if m.start == j and m.label != "ADJ"]
        if after and doc[j - 1].lower_.endswith("s"):
            # "Minsk Group co-chairs Russia and France": each one listed
            after = _group_right(doc, mentions, after[0], sent.s1)
            nxt = doc[after[-1].end] if after[-1].end < sent.s1 else None
            if head == 3 and not (
                nxt is None or nxt.is_punct or nxt.lower_.endswith("ed") or nxt.lower_ in NOUN_END
            ):
                after = []  # "the EU co-chairs Armenia and Azerbaijan talks": a verb
        before = [
            m
            for m in mentions[:k]
            if org.start >= 3
            and doc[org.start - 1].lower_ in ("a", "an", "fellow")
            and doc[org.start - 2].text == ","
            and m.end == org.start - 2
            and m.label != "ADJ"
        ]
        for m in after or before[:1]:
            if not m.actor or m.actor == org.actor:
                continue
            if (registry.get(m.actor) or {}).get("kind") not in ("state", "igo", "armed_group"):
                continue
            out.append(
                _reading(
                    sent,
                    m.actor,
                    org.actor,
                    "member_of",
                    "member_qualifier",
                    0.7,
                    (i, i),
                    when,
                    (m, org),
                )
            )
    return out + _chair_appositions(sent, registry, when) + _led_organisations(sent, registry, when)


def _chair_appositions(sent: _Sentence, registry, when) -> list:
    """ "Russia, France and the US, the co-chairs of the Minsk Group, ..." and "the co-chairs
    of the Minsk Group, Russia, France and the US, ...": the listed states are members."""
    doc, out = sent.doc, []
    mentions = sent.mentions
    for org in mentions:
        if (registry.get(org.actor) or {}).get("kind") not in MEMBER_KINDS:
            continue
        words = org.text.lower().replace("the ", "").split()
        after = [t.lower_ for t in doc[org.end : min(sent.s1, org.end + 7)]]
        if after[:2] == [",", "whose"] and ("are" in after or "include" in after):
            # "the Minsk Group, whose co-chairs are A, B and C"
            verb = org.end + (after.index("are") if "are" in after else after.index("include"))
            heads = after[2 : verb - org.end]
            first = [m for m in mentions if m.start in (verb + 1, verb + 2) and m.label != "ADJ"]
            if first and any(w.startswith(("chair", "member")) for w in heads):
                listed = _group_right(doc, mentions, first[0], sent.s1)
                out.extend(_members(sent, registry, when, org, listed))
            continue
        titled = [w.lower_ for w in doc[max(sent.s0, org.start - 3) : org.start]] + words
        j = org.start - 1 - (org.start - 1 > sent.s0 and doc[org.start - 1].lower_ == "the")
        chair = org.start if words and words[0].startswith("co") and "of" in words else None
        if chair is None and doc[j].lower_ == "of":
            chair = _chair_word_start(doc, j, sent.s0)
        listed = _demonym_list(doc, chair, sent.s0, registry) if chair is not None else []
        if len(listed) >= 2:
            # "the U.S., Russian and French co-chairs of the Minsk Group": each demonym's state
            out.extend(_members(sent, registry, when, org, listed))
            continue
        if (
            org.end < sent.s1 - 1
            and doc[org.end].text == "("
            and any(w.startswith(("co-chair", "chair", "member")) for w in titled)
        ):
            # "the Minsk Group co-chairs (Russia, the United States and France)"
            close = next((i for i in range(org.end, sent.s1) if doc[i].text == ")"), sent.s1)
            first = [m for m in mentions if m.start == org.end + 1 and m.label != "ADJ"]
            listed = _group_right(doc, mentions, first[0], close) if first else []
            if len(listed) >= 2:
                out.extend(_members(sent, registry, when, org, listed))
            continue
        if not words or not words[0].startswith(("co-chair", "members")) or "of" not in words:
            continue
        k = org.start - 1
        if k > sent.s0 and doc[k].lower_ == "the":
            k -= 1
        listed = []
        if k > sent.s0 and doc[k].text == ",":
            last = [m for m in mentions if m.end == k and m.label != "ADJ"]
            listed = _group_left(doc, mentions, last[0], sent.s0) if last else []
        if not listed and org.end < sent.s1 - 1 and doc[org.end].text == ",":
            first = [m for m in mentions if m.start == org.end + 1 and m.label != "ADJ"]
            listed = _group_right(doc, mentions, first[0], sent.s1) if first else []
        if len(listed) >= 2:  # a list, not one actor before a comma ("In Moscow, the ...")
            out.extend(_members(sent, registry, when, org, listed))
    return out


def _demonym_list(doc, end: int, s0: int, registry) -> list:
    """The demonyms listed just before token *end* ("the U.S., Russian and French"), as
    mentions of their states, left to right."""
    demonyms = registry.gazetteer.demonyms
    found = []
    k = end - 1
    while k >= s0 and doc[k].lower_ in demonyms:
        found.append(Mention.of_span(doc[k : k + 1], demonyms[doc[k].lower_], "ADJ"))
        k -= 1
        if k < s0 or doc[k].lower_ not in (",", "and"):
            break
        k -= doc[k].lower_ == "and" and k - 1 >= s0 and doc[k - 1].text == ","  # ", and"
        k -= 1
    return found[::-1]


def _chair_word_start(doc, of: int, s0: int) -> int | None:
    """The first token of "co-chairs" (or "co-chair") that ends just before token *of*, as
    the tokenizer splits it ("co", "-", "chairs") or not; None if there is none."""
    if of - 1 > s0 and doc[of - 1].lower_.startswith("co-chair"):
        return of - 1
    if (
        of - 3 > s0
        and doc[of - 1].lower_ in ("chair", "chairs")
        and doc[of - 2].text in ("-", "–")
        and doc[of - 3].lower_ == "co"
    ):
        return of - 3
    return None


def _members(sent: _Sentence, registry, when, org, listed) -> list:
    """``member_of`` relations of the states *listed* in the body *org*."""
    return [
        _reading(
            sent,
            m.actor,
            org.actor,
            "member_of",
            "member_apposition",
            0.65,
            (org.start, org.end - 1),
            when,
            (m, org),
        )
        for m in listed
        if (registry.get(m.actor) or {}).get("kind") == "state"
    ]


#: Adjectives of necessity in "it is vital that Y ...": an appeal to Y.
NECESSITY_WORDS = frozenset(
    ["vital", "essential", "important", "crucial", "imperative", "necessary", "critical", "urgent"]
)


def _necessity_that(doc, i: int, s0: int, s1: int) -> int | None:
    """The "that" of "it is (now) vital / essential that ..." when *i* is its adjective, else
    None."""
    if doc[i].lower_ not in NECESSITY_WORDS or i + 1 >= s1 or doc[i + 1].lower_ != "that":
        return None
    before = [t.lower_ for t in doc[max(s0, i - 4) : i]]
    if "it" not in before or not {"is", "'s", "was", "remains"} & set(before):
        return None
    return i + 1


def _addressed(heard: list, speaker: str, discourse, registry) -> list:
    """(actor, mention) of those an obligation is laid on: a named one, or each of the two a
    pair phrase stands for ("both sides"), save the speaker's own side ("Pashinyan said the
    two countries must sign": a party's pledge) and its allies ("Turkey said both sides must
    respect Azerbaijan's integrity")."""
    own = _state_of(registry, speaker)
    out = []
    for m in heard:
        if m.label != "PAIR":
            out.append((m.actor, m))
            continue
        pair = _pair_for(m, discourse, registry)
        if set(pair) & set(registry.lineage(speaker)):
            continue
        out += [
            (x, m) for x in pair if frozenset((own, _state_of(registry, x))) not in discourse.allied
        ]
    return out


#: Nouns of a state's integrity that others uphold ("Armenia's territorial integrity").
INTEGRITY_WORDS = frozenset(["integrity", "sovereignty", "inviolability", "independence"])
#: Participles of a principle upheld ("should be respected", "must be preserved").
UPHELD_WORDS = frozenset(
    ["respected", "upheld", "preserved", "protected", "ensured", "guaranteed", "restored"]
    + ["recognized", "recognised", "safeguarded", "observed"]
)


#: Participles of a principle broken ("must not be violated").
VIOLATED_WORDS = frozenset(["violated", "infringed", "breached", "changed", "undermined"])


#: Nouns of a document or decision that may be said to violate a state's integrity.
NOT_FORCE_NOUNS = frozenset(
    ["declaration", "decision", "statement", "law", "laws", "referendum", "election"]
    + ["elections", "constitution", "resolution", "remarks", "claims", "policy", "map", "maps"]
)


def _owned_document(doc, m, head: int) -> bool:
    """Whether mention *m* owns a document noun that is the subject before *head* ("Kosovo's
    declaration violated ...", "the Armenian constitution violates ...")."""
    words = {t.lower_ for t in doc[m.end : head]}
    return bool(words & NOT_FORCE_NOUNS)


def _integrity_of(sent, i: int, left: int) -> list:
    """The states of "the (territorial) integrity / sovereignty of X (and Y)" that ends right
    before the modal at *i* ("... of Armenia should be respected"), or []."""
    doc = sent.doc
    first = next(
        (
            m
            for m in sent.mentions
            if left <= m.start - 2
            and m.actor
            and doc[m.start - 1].lower_ == "of"
            and doc[m.start - 2].lower_ in INTEGRITY_WORDS
        ),
        None,
    )
    if first is None:
        return []
    group = _group_right(doc, sent.mentions, first, i + 1)
    return group if group and group[-1].end == i else []


def _integrity_owner(doc, m, s1: int) -> bool:
    """Whether mention *m* owns an integrity noun right after it ("Azerbaijan's territorial
    integrity", "Armenia's sovereignty and territorial integrity")."""
    k = m.end
    if k >= s1 or doc[k].lower_ not in ("'s", "’s", "'"):
        return False
    return any(t.lower_ in INTEGRITY_WORDS for t in doc[k + 1 : min(s1, k + 4)])


def _upheld_after(doc, i: int, s1: int) -> bool:
    """Whether the modal at *i* is followed by "be" and a participle of upholding ("should be
    respected"), with at most an adverb between."""
    words = [t.lower_ for t in doc[i + 1 : min(s1, i + 5)]]
    if "be" not in words[:2]:
        return False
    k = words.index("be")
    after = words[k + 1 : k + 3]
    # ("must not be violated": upheld all the same)
    return any(w in UPHELD_WORDS for w in after) or (
        "not" in words[:k] and any(w in VIOLATED_WORDS for w in after)
    )


#: Prepositions that open a helper's adjunct ("with the mediation of X", "through the
#: good offices of X"), past which a verb's object is not sought.
ADJUNCT_PREPS = frozenset(["with", "through", "via", "under", "thanks"])
#: Nouns of "with the support of X" that make X a backer when the act is a fight.
BACKING_NOUNS = frozenset(["support", "assistance", "help", "backing"])


#: Words before a visit noun that make it the time of the clause ("during a visit to X").
DURING_WORDS = frozenset(["during", "after", "following", "on", "amid"])
#: Words allowed between those and the visit noun ("during his first official visit").
VISIT_MODIFIERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "state", "official", "working", "first"]
    + ["recent", "brief", "surprise", "two", "three", "one", "four", "-", "day", "week"]
)


#: Finite verbs of meeting and talking that are no nouns ("met", unlike "talks", "call").
FINITE_MEETING_VERBS = frozenset(["met", "meets", "spoke", "speaks", "held", "holds"])


def _finite_verb(token) -> bool:
    """Whether *token* is a finite verb of a meeting ("met", "conferred"), not a noun."""
    return token.lower_ in FINITE_MEETING_VERBS or token.lower_.endswith("ed")


def _one_by_one(doc, trig, rule) -> bool:
    """Whether an act "with A and B" is held with each of them apart: a telephone call or
    conversation, or one said to be "separate"."""
    near = {t.lower_ for t in doc[max(0, trig.start - 3) : trig.end]}
    return rule.id in CONVERSATION_RULES or bool(near & {"separate", "separately", "bilateral"})


#: Rules of a judgement whose "that" clause names the one judged ("complained that X ...").
THAT_TARGET_RULES = frozenset(["complain", "disapprove", "demand"])


def _complained_about(sent, told: list) -> list:
    """ "complained to Russia about Azerbaijan's actions": the actor right after "about"."""
    if not told:
        return []
    doc = sent.doc
    k = told[-1].end
    if k >= sent.s1 or doc[k].lower_ not in ("about", "over"):
        return []
    return [m for m in sent.mentions if m.actor and k < m.start <= k + 2][:1]


def _that_clause_subject(sent, trig, past=()) -> list:
    """The actor that opens the "that" clause right after *trig* (past a time phrase: "in
    May", "on Monday", or past the one told, *past*: "complained to the OSCE that ..."):
    "complained in May that Ankara is synchronizing ..." -> Ankara."""
    doc = sent.doc
    k = begin = past[-1].end if past else trig.end
    while k < min(sent.s1, begin + 4) and doc[k].lower_ != "that":
        if doc[k].is_punct:
            return []
        k += 1
    if k >= sent.s1 or doc[k].lower_ != "that":
        return []
    first = [m for m in sent.mentions if m.actor and k < m.start <= k + 2][:1]
    if not first or (first[0].label == "ADJ" and not _doer_named(doc, first[0], sent.s1)):
        return []
    if first[0].label == "ADJ":
        return first
    # ("demanded that Armenia and Azerbaijan stop the shelling": both; not a possessor: "that
    # Armenia and Azerbaijan's Western partners were ...")
    group = _group_right(doc, sent.mentions, first[0], sent.s1, comma_ok=False)
    if len(group) > 1 and group[-1].end < sent.s1 and doc[group[-1].end].lower_ in ("'s", "’s"):
        return first
    return group


def _clause_visitor(sent, trig, subj, reporters: dict, subjects: dict, speakers: list) -> list:
    """Who makes a visit that times its clause: the nearest actor before it (*subj*), unless
    that is the object of a verb between them ("Blinken criticized Azerbaijan during a
    visit"): then the subject or speaker named last before it. A speaker after an inverted
    verb ('"...," complained X during a visit') stays the visitor."""
    doc = sent.doc
    named = [ms for ms in (*reporters.values(), *subjects.values()) if ms]
    named += [sp for _, sp, _ in speakers if sp]
    named = [ms for ms in named if ms[0].start < trig.start and ms[0].actor]
    main = max(named, key=lambda ms: ms[0].start, default=[])
    if not subj or not main or main[0].start >= subj[0].start:
        return subj or main
    if any(t.is_quote for t in doc[main[0].end : subj[0].start]):
        return subj  # ('"...," complained X during a visit': the speaker after the quote)
    verbs = [
        t
        for t in sent.triggers
        if main[0].end <= t.start < subj[0].start
        and not (t.start > sent.s0 and (doc[t.start - 1].is_quote or doc[t.start - 1].text == ","))
    ]
    return main if verbs else subj


def _during_visit(doc, trig, s0: int) -> bool:
    """Whether a visit noun is the time of its clause ("said during a visit to Baku", "held
    talks during his official visit to Iran"): then it is the clause subject's own visit."""
    if any(t.lower_ in ("of", "by") for t in doc[trig.end : trig.end + 4]):
        return False  # ("during the visit of Blinken", "a visit to Yerevan by Shoigu": his)
    i = trig.start - 1
    while i >= s0 and doc[i].lower_ in VISIT_MODIFIERS:
        if doc[i].lower_ in ("his", "her", "their", "its"):
            return False  # ("during her visit": the one "her" stands for, found elsewhere)
        i -= 1
    return i >= s0 and i < trig.start - 1 and doc[i].lower_ in DURING_WORDS


def _clause_occasion(doc, trig, s0: int) -> bool:
    """Whether a noun of talks, a call or a visit is the occasion of its clause ("during a
    visit to Baku", "in a phone call with X", "at a joint press conference with X")."""
    return _during_visit(doc, trig, s0) or _in_a_call(doc, trig, s0)


def _in_a_call(doc, trig, s0: int) -> bool:
    """Whether a noun of talks or a call opens an "in a" or "at a" phrase of its clause
    ("stressed Turkey's solidarity with Azerbaijan in a phone call with Aliyev", "said at a
    joint press conference with X")."""
    k = trig.start - 1
    if k > s0 and doc[k].lower_ == "joint":
        k -= 1  # ("at a joint press conference with")
    return (
        k - 1 >= s0
        and doc[k].lower_ in ("a", "an")
        and doc[k - 1].lower_ in ("in", "at")
        and not any(t.lower_ in ("of", "by") for t in doc[trig.end : trig.end + 4])
    )


def _same_side(registry, x: str, y: str, doc=None, span=()) -> bool:
    """Whether actors *x* and *y* are one side: the same, or of the same state ("Aliyev
    denied that Azerbaijan ...": the president speaks for the state), within one clause
    chain (*span*: no "but", "while" or ";" between the denial and the act)."""
    if x == y:
        return True
    if doc is not None and any(
        t.lower_ in ("but", "while", "whereas", ";") for t in doc[span[0] : span[1]]
    ):
        return False
    state = _state_of(registry, x)
    return state is not None and state == _state_of(registry, y)


def _backer_possessive(doc, m, s1: int) -> bool:
    """Whether mention *m* owns a noun of backing right after it ("with Turkey's support")."""
    k = m.end
    return (
        k + 1 < s1
        and (
            (doc[k].lower_ in ("'s", "’s", "'") and doc[k + 1].lower_ in BACKING_NOUNS)
            or doc[k].lower_ in BACKING_NOUNS  # ("with Turkish support")
        )
        and m.start > 0
        and doc[m.start - 1].lower_ in ("with", "without")
    )


#: Words allowed around the backer in "with X's backing" ("with Russia's full backing",
#: "with strong Turkish support").
BACKER_QUALIFIERS = frozenset(
    ["'s", "’s", "'", "full", "strong", "active", "open", "tacit", "military", "political"]
    + ["financial", "direct", "unwavering", "firm", "crucial", "decisive", "the", "a"]
)


#: Helper rules that need two parties when no fight is backed ("signed in the presence of X").
WITNESS_OR_BACKER_RULES = frozenset(["with_named_backing", "with_looking_on", "in_presence_of"])


def _signed_by_before(sent, trig) -> list:
    """The two or more named after the last "by" before *trig* ("signed ... by Pashinyan and
    Aliyev in the presence of Trump"), else []."""
    doc = sent.doc
    by = next((k for k in range(trig.start - 1, sent.s0, -1) if doc[k].lower_ == "by"), None)
    first = next((m for m in sent.mentions if by is not None and m.start in (by + 1, by + 2)), None)
    if first is None or not first.actor:
        return []
    group = _group_right(doc, sent.mentions, first, sent.s1)
    return group if len(group) >= 2 and group[-1].end <= trig.start else []


#: The words of "with X looking on", "with X in attendance" around their witness.
LOOKING_ON_WORDS = frozenset(["looking", "watching", "in", "on"])


def _named_backer(doc, mentions, start: int, end: int, s1: int) -> list:
    """The one actor named in "with Russia's backing", "with strong Turkish support", "with
    the open backing of Turkey", "with President Trump looking on" (the match from *start* to
    *end*), else [] (not "with help from", nor a longer phrase: "with Azerbaijan, whose army,
    helped by")."""
    named = [m for m in mentions if start < m.start and m.end < end]
    if len(named) > 1 or (named and not named[0].actor):
        return []
    skip = range(named[0].start, named[0].end) if named else range(0)
    if not all(
        t.lower_ in BACKER_QUALIFIERS | LOOKING_ON_WORDS
        for t in doc[start + 1 : end - 1]
        if t.i not in skip
    ):
        return []
    if named:
        return named
    k = end + 1 + (end + 1 < s1 and doc[end + 1].lower_ == "the")
    after = [m for m in mentions if m.start == k and m.actor and m.label != "ADJ"]
    if end < s1 and doc[end].lower_ == "of" and after:
        tail = after[0].end
        return [] if tail < s1 and doc[tail].lower_ in ("'s", "’s", "'") else after[:1]
    return []


def _backed_fight(sent, trig):
    """ "Azerbaijan launched the offensive with the support of Turkey": the hostile act before
    "with the support of X" (then X backs its doer: ``support``, not mediation as in "reached
    a deal with the help of X"), or None."""
    doc = sent.doc
    if trig.rule.id not in ("with_help_of", "with_help_from", "with_named_backing") or not any(
        t.lower_ in BACKING_NOUNS for t in doc[trig.start : max(trig.end, trig.match_end)]
    ):
        return None
    fights = [t for t in sent.triggers if t.rule.type in HOSTILE_TYPES]
    before = [t for t in fights if t.start < trig.start]
    # ("Azerbaijan, with help from Turkey, started a war": the fight after the aside)
    return before[-1] if before else (fights[0] if fights else None)


def _verbal_attacks(out, sent, registry) -> None:
    """ "Armenian PM Attacks Russian-Led Alliance at Summit": a verb of attack whose target
    is an organisation is criticism (words, not arms)."""
    doc = sent.doc
    for c in out:
        if (
            c.type == "attack"
            and c.rule == "attack"
            and doc[c.head].lower_ in ("attacks", "attacked", "attacking")
            and not (c.head > sent.s0 and doc[c.head - 1].lower_ in NOMINAL_BEFORE)
            and (registry.get(c.target) or {}).get("kind") in ("igo", "ngo")
        ):
            c.type, c.rule = "criticize", "attack+words"


def _calls_for_integrity(out, sent) -> None:
    """'Macron called for "respect for Armenia's territorial integrity"': the one whose
    integrity is to be respected is not the one called on; the caller supports it (the
    appeal becomes ``support``)."""
    doc = sent.doc
    for c in out:
        if c.type != "appeal":
            continue
        owner = [
            m
            for m in sent.mentions
            if m.actor == c.target
            and c.head < m.start <= c.head + 8
            and _integrity_owner(doc, m, sent.s1)
            and any(t.norm_ in ("respect", "support") for t in doc[c.head : m.start])
        ]
        if owner:
            c.type, c.rule = "support", c.rule + "+integrity"


def _obligations(sent: _Sentence, speakers: list, registry, when, discourse) -> list:
    """ "X said Y must / should V": X demands of (must) or appeals to (should) Y; "both
    sides / all parties must V": of each of the two the text has named as the parties."""
    doc, out = sent.doc, []
    triggers = [t.start for t in sent.triggers]
    for i in range(sent.s0 + 1, sent.s1):
        kind = OBLIGATION_WORDS.get(doc[i].lower_)
        necessity = _necessity_that(doc, i, sent.s0, sent.s1)
        if necessity is not None:
            kind = "appeal"  # "It is vital that all sides show restraint, X said"
        elif kind is None or (i + 1 < sent.s1 and doc[i + 1].lower_ == "have"):
            continue  # "should have done": hindsight, not a demand
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
        if "whether" in {t.lower_ for t in doc[left:i]}:
            continue  # "did not say whether both sides should ...": a question, not a demand
        heard = (
            [
                m
                for m in sent.mentions
                if necessity < m.start <= necessity + 3
                # (the parties or a state: not "that a UN mission can access X")
                and (m.label == "PAIR" or (registry.get(m.actor) or {}).get("kind") == "state")
            ][:1]
            if necessity is not None
            else sent.subject(i, left)
        )
        owners = _integrity_of(sent, i, left)
        if owners and _upheld_after(doc, i, sent.s1):
            heard, kind = owners, "support"  # "the territorial integrity of X must be respected"
        if not heard or any(heard[0].start < t < i for t in triggers):
            continue  # "X said the road must be reopened": no one is addressed
        if _integrity_owner(doc, heard[0], sent.s1):
            if not _upheld_after(doc, i, sent.s1):
                continue  # "Armenia's sovereignty must not be violated": Armenia is not asked
            kind = "support"  # "Azerbaijan's territorial integrity should be respected"
        for trig, speaker, where in speakers:
            inside = (where == "before" and trig.start < heard[0].start) or (
                where == "after" and trig.start > i
            )
            ids = [m.actor for m in speaker if m.actor]
            if not inside or not ids:
                continue
            for actor, m in _addressed(heard, ids[0], discourse, registry):
                if not actor or actor in registry.lineage(ids[0]):
                    continue
                if not _plausible(registry, kind, ids[0], actor):
                    continue
                out.append(
                    _reading(
                        sent,
                        ids[0],
                        actor,
                        kind,
                        "reported_obligation",
                        0.6,
                        (i, i),
                        when,
                        (speaker[0], m),
                    )
                )
            break
    return out


#: Forms of "be" before a predicate ("... are unacceptable").
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "remains", "remain"])
#: Words of a judgement that condemns what they are said of ("... are unacceptable").
UNACCEPTABLE_WORDS = frozenset(
    ["unacceptable", "inadmissible", "intolerable", "unjustifiable", "provocative"]
    + ["destructive", "irresponsible", "counterproductive", "unconstructive", "deplorable"]
    + ["outrageous", "disruptive", "dangerous", "biased", "hypocritical", "cynical"]
    + ["repugnant", "shameful", "disgraceful", "one-sided"]
)


def _judged_unacceptable(sent: _Sentence, speakers: list, registry, when) -> list:
    """'"The actions of the Azerbaijani side are unacceptable," Pashinyan said', "X said
    Azerbaijan's actions are unacceptable", "X said the fighting between A and B is
    unacceptable": the nearest speaker criticizes the doer the clause's subject names: its
    first actor, a possessor ("Azerbaijan's"), a demonym, "of X" or "between A and B" (both);
    not a place, not the speaker's own side, not negated or hypothetical ("would be")."""
    doc, out = sent.doc, []
    if not any(w in sent.text.lower() for w in DEED_JUDGEMENTS):
        return out
    deeds = {m.end: m for m in sent.mentions if m.label == "DEED" and m.actor}
    for i in range(sent.s0 + 2, sent.s1):
        # ("the remarks were unacceptable", "called the remarks regrettable": the words read
        # before, judged; their speaker criticized)
        k = i - 1 if doc[i - 1].lower_.endswith("ly") else i
        deed = deeds.get(k) or deeds.get(k - 1)
        if judgement_word(doc, i, sent.s1) not in (DEED_JUDGEMENTS if deed else UNACCEPTABLE_WORDS):
            continue
        if not deed and doc[i - 1].lower_ not in BE_FORMS:
            continue
        if doc[i - 2].lower_ in ("not", "n't", "would", "will", "could", "might", "may"):
            continue
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
        named = [m for m in sent.mentions if left <= m.start and m.end < i and m.actor]
        # ("Armenia's refusal ..." first; "the treatment of Iranian drivers by Azerbaijan was
        # unacceptable": the agent of the deed, not of a participle: "drafted by the US")
        owner = next((m for m in named if m.end < i and doc[m.end].lower_ in ("'s", "’s")), None)
        agent = next((m for m in named if _deed_agent(doc, m)), None)
        first = deed or owner or agent or next(iter(named), None)
        if first is None or not (deed or _doer_named(doc, first, sent.s1)):
            continue
        said = _nearest_speaker(doc, speakers, i, sent.s0)
        if said is None:
            continue
        source, speaker = said
        # ("the fighting between Armenia and Azerbaijan is unacceptable": both)
        for target in _group_right(doc, sent.mentions, first, sent.s1):
            if (
                _own_side(registry, source, target.actor)
                or target in speaker
                or not _plausible(registry, "criticize", source, target.actor)
            ):
                continue  # ("any shift in the borders of the region is unacceptable")
            out.append(
                _reading(
                    sent,
                    source,
                    target.actor,
                    "criticize",
                    "judged_unacceptable",
                    0.55,
                    (i, i),
                    when,
                    (speaker[0], target),
                )
            )
    return out


#: Verbs of breaking: a breach only right before what is broken ("had broken its promise").
BREAK_VERBS = frozenset(["break", "breaks", "broke", "broken", "breaking"])
#: Verbs of breaking a commitment ("Baku violates its obligations").
VIOLATE_VERBS = BREAK_VERBS | frozenset(
    ["violate", "violates", "violated", "violating", "breach", "breaches", "breached"]
    + ["contradict", "contradicts", "contradicted", "contravene", "contravenes", "contravened"]
    + ["flout", "flouts", "flouted", "disregard", "disregards", "disregarded"]
)
#: Nouns of a breach stated of the doer ("Azerbaijan's actions are a gross violation of").
VIOLATION_NOUNS = frozenset(["violation", "breach"])


def _predicated(doc, i: int, s0: int) -> bool:
    """Whether the noun at *i* is predicated of the subject: "are a gross violation",
    "is a flagrant breach", "is in violation" (a form of "be", then up to two words)."""
    return any(
        k >= s0
        and doc[k].lower_ in BE_FORMS
        and all(t.lower_ in PREDICATE_FILLERS for t in doc[k + 1 : i])
        for k in range(i - 3, i)
    )


#: Words between "is" and a predicated breach ("is a gross", "constitutes a clear", "is in").
PREDICATE_FILLERS = frozenset(
    ["a", "an", "gross", "flagrant", "clear", "blatant", "direct", "serious", "in", "grave"]
)
#: Words before a breach that make it no charge ("did not", "unlikely to", "neither ... nor").
VIOLATION_DOUBTS = frozenset(
    ["not", "n't", "never", "would", "could", "might", "may", "if", "unlikely", "neither", "nor"]
)
#: What one is bound by: a commitment, an agreement, the law, a court's order.
COMMITMENT_NOUNS = frozenset(
    ["obligation", "commitment", "agreement", "declaration", "statement", "law", "norm"]
    + ["principle", "order", "resolution", "accord", "charter", "convention", "ruling"]
    + ["arrangement", "provision", "deal", "treaty", "pledge", "promise"]
)


def _clause_mentions(sent: _Sentence, i: int) -> list:
    """The actor mentions of the clause token *i* is in, before it and after the clause's last
    "that" or verb of saying ("Aliyev told Michel that Armenia violated ...": Armenia)."""
    doc = sent.doc
    left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
    start = max(
        [left] + [k + 1 for k in range(left, i) if doc[k].lower_ == "that" or k in sent.reports]
    )
    return [m for m in sent.mentions if start <= m.start and m.end <= i and m.actor]


def _speaker_charges(sent: _Sentence, speakers: list, i: int, doers: list, registry):
    """``(speaker id, speaker mentions, doer)`` when the speaker nearest token *i* may charge
    the first of *doers* (not the speaker itself, not its own side, a plausible accuser),
    else None."""
    said = _nearest_speaker(sent.doc, speakers, i, sent.s0)
    if not doers or said is None:
        return None
    source, speaker = said
    doer = doers[0]
    if (
        doer in speaker
        or _own_side(registry, source, doer.actor)
        or not _plausible(registry, "accuse", source, doer.actor)
    ):
        return None
    return source, speaker, doer


def _judged_violations(sent: _Sentence, speakers: list, registry, when) -> list:
    """ "Baku grossly violates the international obligation it has assumed, the ministry
    said", '"This contradicts international humanitarian law," Stepanakert said': the nearest
    speaker accuses the one who breaks a commitment (the actor right before the verb in its
    own clause, after the clause's "that"). A ceasefire broken is its own relation
    (``violate_ceasefire``); an unreported, negated or hypothetical breach is no one's charge."""
    doc, out = sent.doc, []
    if not speakers:
        return out  # (a breach no one reports is no one's charge)
    for i in range(sent.s0 + 1, sent.s1):
        noun = doc[i].lower_ in VIOLATION_NOUNS and _predicated(doc, i, sent.s0)
        if doc[i].lower_ not in VIOLATE_VERBS and not noun:
            continue
        # ("broke its promise": a breaking verb only right before what it breaks)
        reach = 4 if doc[i].lower_ in BREAK_VERBS else 8
        ahead = [t.norm_ for t in doc[i + 1 : min(sent.s1, i + reach)]]
        if not COMMITMENT_NOUNS & set(ahead) or {"ceasefire", "truce"} & set(ahead):
            continue
        if any(t.lower_ in VIOLATION_DOUBTS for t in doc[max(sent.s0, i - 4) : i]) or (
            i + 1 < sent.s1 and doc[i + 1].lower_ in ("no", "none", "nothing")
        ):
            continue  # "did not violate", "was unlikely to violate", "violated no agreement"
        # the doer is the subject of the clause the breach is in ("Aliyev told Michel that
        # Armenia violated ...": Armenia)
        doers = _clause_mentions(sent, i)[-1:]
        if noun:
            # "the actions of Azerbaijan are a gross violation of ...": the doer the subject
            # names (a possessor, "of X", a demonym), or the subject itself right before "is"
            doers = [
                m
                for m in _clause_mentions(sent, i)
                if _doer_named(doc, m, sent.s1) or doc[m.end].lower_ in BE_FORMS
            ][:1]
        charged = _speaker_charges(sent, speakers, i, doers, registry)
        if charged is None:
            continue
        source, speaker, doer = charged
        out.append(
            _reading(
                sent,
                source,
                doer.actor,
                "accuse",
                "judged_violation",
                0.55,
                (i, i),
                when,
                (speaker[0], doer),
                status="alleged",
            )
        )
    return out


def _judged_as_violations(sent: _Sentence, out: list) -> list:
    """ "Azerbaijan installed a checkpoint ... Armenia condemned the step as a gross violation
    of the November 2020 statement", "... condemned the move, calling it a breach of the
    agreements": the judge of an act referred back charges its doer with breaking a commitment
    (``accuse``, rule ``judged_as_violation``), when a breach of a commitment follows the
    judging verb in its sentence (not a broken ceasefire: its own relation)."""
    doc, found = sent.doc, []
    for c in out:
        if not c.rule.endswith("+act_doer") or c.type not in ("criticize", "disapprove"):
            continue
        for i in range(c.head + 1, min(sent.s1, c.head + 12)):
            if doc[i].lower_ not in VIOLATION_NOUNS | VIOLATE_VERBS:
                continue
            ahead = {t.norm_ for t in doc[i + 1 : min(sent.s1, i + 8)]}
            if COMMITMENT_NOUNS & ahead and not {"ceasefire", "truce"} & ahead:
                found.append(_retyped(c, sent, i, "accuse", "judged_as_violation"))
            break
    return found


def _retyped(c, sent, i: int, typ: str, rule: str):
    """Candidate *c* read again as a relation of type *typ* (rule *rule*) whose trigger is
    token *i*: a judgement read off another reading of the same sentence."""
    return replace(
        c,
        type=typ,
        rule=rule,
        confidence=c.confidence * 0.9,
        trigger=sent.doc[i].text,
        head=i,
        spans=_spans(sent, i, i),
    )


#: Nouns of a blockade that, with no one named as its author, are the conflict's own
#: blockade of the Lachin corridor (2022-2023): "the nine-month blockade of the Lachin
#: corridor", "the months-long blockade of Nagorno-Karabakh".
BLOCKADE_NOUNS = frozenset(["blockade", "closure", "blocking"])
#: Words between a holder and "in control of" ("Russia remains firmly in control of").
HOLDING_VERBS = frozenset(
    ["is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays"]
    + ["stayed", "still", "firmly", "now", "fully", "effectively", "largely", "left"]
)
#: Words that deny or dismiss what the sentence reports ("dismissed claims that ...").
DENIAL_WORDS = frozenset(
    ["deny", "denied", "denies", "no", "not", "never", "dismiss", "dismissed", "dismisses"]
    + ["reject", "rejected", "rejects", "refute", "refuted", "baseless", "groundless"]
)
#: Words before a blockade that make it threatened or feared, not done.
THREAT_WORDS = frozenset(
    ["could", "would", "might", "may", "threaten", "threatened", "threatens", "warned"]
    + ["warns", "if", "impose"]
)
#: Verbs that end a blockade asked or done ("lift the blockade").
LIFTING_WORDS = frozenset(["lift", "end", "unblock", "ease", "stop", "break", "reopen"])


def _named_blockade(sent: _Sentence, out: list, discourse, registry, when) -> list:
    """The conflict's blockade named with no author ("the nine-month blockade of the Lachin
    corridor", "after the blockade of Nagorno-Karabakh"): Azerbaijan's, of the route or the
    territory named after "of" (rule ``named_blockade``).
    Nothing when the sentence already reads a blockade of it, or names who blocks it ("by
    X") or a denial of it."""
    doc, found = sent.doc, []
    karabakh = _karabakh_states(registry)
    text = sent.text.lower()
    if not karabakh or not any(noun in text for noun in BLOCKADE_NOUNS):
        return found  # (round 37: the place named is the conflict's, Azerbaijan named or not)
    for i in range(sent.s0, sent.s1 - 2):
        if doc[i].lower_ not in BLOCKADE_NOUNS or doc[i + 1].lower_ != "of":
            continue
        held = [
            m
            for m in sent.mentions
            if m.actor
            and i + 2 <= m.start <= i + 3
            and _actor_class(registry, m.actor) in ("corridor", "territory")
            # (the conflict's own places only: not "the blockade of Gaza")
            and any(w in registry.name(m.actor).lower() for w in ("lachin", "karabakh"))
        ][:1]
        if not held or any(c.type == "blockade" and c.target == held[0].actor for c in out):
            continue
        if "by" in {t.lower_ for t in doc[held[0].end : min(sent.s1, held[0].end + 3)]} or any(
            m.actor
            and held[0].end <= m.start <= held[0].end + 4
            and (registry.get(m.actor) or {}).get("kind") in ("other", "armed_group")
            for m in sent.mentions
        ):
            # ("the blockade of the road by eco-activists", "that eco-activists began"): its
            # author named right after it (not "... when the separatist forces agreed")
            continue
        if any(t.norm_ in DENIAL_WORDS for t in doc[sent.s0 : i]):
            # ("denied that there was any blockade of the corridor"; not "a blockade ...,
            # which Azerbaijan denied imposing": a blockade, denied)
            continue
        if any(t.norm_ in LIFTING_WORDS for t in doc[max(sent.s0, i - 3) : i]):
            continue  # ("urged Azerbaijan to lift the blockade of ...": the appeal's reading)
        if any(t.lower_ in THREAT_WORDS for t in doc[sent.s0 : i]):
            continue  # ("warned it could impose a blockade of Syunik": threatened, not done)
        found.append(
            _reading(
                sent,
                karabakh[1],
                held[0].actor,
                "blockade",
                "named_blockade",
                0.5,
                (i, i),
                when,
                (None, held[0]),
            )
        )
    return found


#: Turkey's closure of its border with Armenia in 1993, stated with no other side named
#: ("Ankara sealed the border in 1993", "the border, shut since 1993 when Turkey closed it").
BORDER_CLOSED_1993 = re.compile(
    r"\b(?:clos|seal|shut)\w*\b[^.;]{0,60}?\b1993\b|\b1993\b[^.;]{0,60}?\b(?:clos|seal|shut)\w*",
    re.IGNORECASE,
)


def _border_closed_1993(sent: _Sentence, out: list, discourse, registry, when) -> list:
    """ "Turkey closed the border in 1993", "their border has been shut since 1993, when
    Ankara sealed it": Turkey's closure of its border with Armenia (``blockade``, historical;
    rule ``border_closed_1993``), in a text that names Armenia, when the sentence names Turkey
    and a border and reads no closure of it already."""
    found = []
    if "1993" not in sent.text or "border" not in sent.text.lower():
        return found
    gz = registry.gazetteer
    turkey = next(
        (x for x in sorted(gz.state_ids) if (gz.actors.get(x) or {}).get("cameo") == "TUR"), None
    )
    karabakh = _karabakh_states(registry)
    if not turkey or not karabakh or karabakh[0] not in discourse.recent:
        return found
    named = [m for m in sent.mentions if m.actor and _state_of(registry, m.actor) == turkey]
    if not named or not BORDER_CLOSED_1993.search(sent.text):
        return found
    if any(c.type == "blockade" and c.source == turkey for c in out):
        return found
    k = next(i for i in range(sent.s0, sent.s1) if sent.doc[i].text == "1993")
    found.append(
        _reading(
            sent,
            turkey,
            karabakh[0],
            "blockade",
            "border_closed_1993",
            0.5,
            (k, k),
            when,
            (named[0], None),
            status="historical",
        )
    )
    return found


#: Words of a span of years before a rule that ended ("three decades of ethnic Armenian rule").
RULE_SPANS = frozenset(["decades", "years", "decade", "century"])


def _ended_rule(sent: _Sentence, out: list, discourse, registry, when) -> list:
    """ "Azerbaijan took full control of Karabakh, ending three decades of ethnic Armenian
    rule there", "... ended three decades of rule by the separatist authorities in
    Stepanakert": the ruler held the territory before (``control``, historical; rule
    ``ended_rule``). The ruler is the mention that ends in "rule" or follows "rule by"; the
    territory the one named in the sentence, else the last one named ("there")."""
    doc, found = sent.doc, []
    if " rule" not in sent.text:
        return found
    for i in range(sent.s0 + 2, sent.s1):
        if doc[i].lower_ != "rule":
            continue
        before = [t.lower_ for t in doc[max(sent.s0, i - 8) : i]]
        if not {"end", "ended", "ending", "ends"} & set(before) or not RULE_SPANS & set(before):
            continue
        ruler = [
            m
            for m in sent.mentions
            if m.actor
            and (
                m.end == i + 1  # ("ethnic Armenian rule")
                or (i + 2 <= m.start <= i + 3 and doc[i + 1].lower_ == "by")  # ("rule by X")
            )
        ][:1]
        land = [
            m.actor
            for m in sent.mentions
            if m.actor and m.label == "NAME" and _actor_class(registry, m.actor) == "territory"
        ][:1] or [discourse.last.get("territory")]
        if not ruler or not land[0] or ruler[0].actor == land[0]:
            continue
        if (registry.get(ruler[0].actor) or {}).get("kind") in ("state", "territory", None):
            continue  # (a state's rule ended is no group's hold; "Soviet rule")
        found.append(
            _reading(
                sent,
                ruler[0].actor,
                land[0],
                "control",
                "ended_rule",
                0.55,
                (i, i),
                when,
                (ruler[0], None),
                status="historical",
            )
        )
    return found


#: Verbs of getting a hostile act ready ("was preparing new aggression").
PREPARE_VERBS = frozenset(
    ["prepare", "prepares", "prepared", "preparing", "plan", "plans", "planned", "planning"]
    + ["plot", "plots", "plotted", "plotting"]
)
#: Hostile verbs one side says the other is getting ready to do ("planning to invade").
PREPARED_VERBS = frozenset(["attack", "strike", "invade", "seize", "occupy", "shell"])
#: Words that may follow the act prepared ("new aggression against Armenia").
PREPARED_AFTER = frozenset(
    ["against", "on", "in", "at", "near", "along", "across", "and", "or", "to", "with", "from"]
    + ["there", "soon", "again", "now"]
)
#: Words that may stand between a verb of preparing and the act prepared.
PREPARED_GAP = frozenset(
    ["a", "an", "the", "new", "fresh", "another", "large-scale", "full-scale", "military"]
    + ["ground", "for", "renewed", "further", "wider", "major"]
)
#: Hostile acts one side says the other is getting ready.
PREPARED_ACTS = frozenset(
    ["aggression", "attack", "attacks", "war", "offensive", "provocation", "provocations"]
    + ["invasion", "escalation", "incursion", "assault", "revenge", "sabotage"]
)


def _prepared_aggression(sent: _Sentence, out: list, speakers: list, registry, when) -> list:
    """ "Pashinyan said Baku was preparing new aggression against Armenia", "Armenia is
    preparing for a new war, Aliyev said": the nearest speaker accuses the one who gets the
    act ready (the actor right before the verb in its own clause), of aggression
    (``accuse_aggression``, alleged; rule ``prepared_aggression``). The act itself is not
    done. Nothing without a speaker of another side, or when the charge is already read."""
    doc, found = sent.doc, []
    text = sent.text.lower()
    if not speakers or not any(stem in text for stem in ("prepar", "plan", "plot")):
        return found
    for i in range(sent.s0 + 1, sent.s1):
        if doc[i].lower_ not in PREPARE_VERBS:
            continue
        ahead = [t.lower_ for t in doc[i + 1 : min(sent.s1, i + 7)]]
        if ahead[:1] == ["to"]:
            # "was preparing to attack" (not "prepared to attack if attacked", a readiness)
            if doc[i].lower_ in ("prepare", "prepares", "prepared") or ahead[1:2] not in (
                [[v] for v in PREPARED_VERBS]
            ):
                continue
        else:
            # the act its object, with only words of kind between ("preparing new aggression",
            # "preparing the ground for a new war"; not "preparing a report on the attack",
            # "preparing for a possible Azerbaijani attack", "an offensive of sanctions")
            k = next((j for j, w in enumerate(ahead) if w in PREPARED_ACTS), None)
            if k is None or not set(ahead[:k]) <= PREPARED_GAP:
                continue
            after = doc[i + 2 + k] if i + 2 + k < sent.s1 else None
            if after is not None and (
                after.lower_ in ("of", "by")  # ("an offensive of sanctions", "attacks by X")
                or (after.is_alpha and after.is_lower and after.lower_ not in PREPARED_AFTER)
            ):
                continue  # ("a war crimes case", "a war museum", "an attack narrative")
        if any(t.lower_ in VIOLATION_DOUBTS for t in doc[max(sent.s0, i - 4) : i]) or any(
            t.norm_ in DENIAL_WORDS for t in doc[sent.s0 : i]
        ):
            continue  # "was not preparing any attack", "dismissed claims that X was preparing"
        charged = _speaker_charges(sent, speakers, i, _clause_mentions(sent, i)[-1:], registry)
        if charged is None:
            continue
        source, speaker, doer = charged
        if any(
            c.source == source and c.target == doer.actor and c.type.startswith("accuse")
            for c in out
        ):
            continue  # (the charge already read)
        found.append(
            _reading(
                sent,
                source,
                doer.actor,
                "accuse_aggression",
                "prepared_aggression",
                0.6,
                (i, i),
                when,
                (speaker[0], doer),
                status="alleged",
            )
        )
    return found


#: Verbs that name an act as something ("called it an act of aggression").
NAMING_VERBS = frozenset(
    ["call", "calls", "called", "calling", "describe", "described", "describing", "term"]
    + ["termed", "terming", "brand", "branded", "branding", "label", "labelled", "labeled"]
)
#: What an act is named as, and the charge that naming makes.
CRIME_NAMES = {
    "aggression": "accuse_aggression",
    "invasion": "accuse_aggression",
    "genocide": "accuse_war_crimes",
    "cleansing": "accuse_war_crimes",  # ("ethnic cleansing")
    "crime": "accuse_war_crimes",  # ("a war crime")
    "crimes": "accuse_war_crimes",
    "terror": "accuse_war_crimes",  # ("an act of terror")
    "terrorism": "accuse_war_crimes",
    "provocation": "accuse",
    "abduction": "accuse_crime",
    "kidnapping": "accuse_crime",
    "hostage-taking": "accuse_human_rights_abuse",
    "punishment": "accuse_human_rights_abuse",  # ("collective punishment")
    "starvation": "accuse_human_rights_abuse",
    "incursion": "accuse_aggression",
    "violation": "accuse",  # ("a gross violation of the 2020 statement")
    "revenge": "accuse",
    "sham": "criticize",  # ("called the trial a sham")
    "farce": "criticize",
    "travesty": "criticize",
    "claim": "accuse",  # ("a territorial claim on Azerbaijan"; after "territorial" only)
    "claims": "accuse",
    "stunt": "criticize",  # ("called the probe a political stunt")
    "theatre": "criticize",
    "theater": "criticize",
    "mockery": "criticize",
    # judgements ending the naming ("called the sentence disproportionate", "described the
    # verdict as politically motivated": `JUDGMENT_ADJECTIVES`)
    **dict.fromkeys(
        ["unacceptable", "disproportionate", "incomprehensible", "unfair", "unjust"]
        + ["illegitimate", "absurd", "motivated", "arbitrary", "biased", "sided"]
        + ["provocative", "unfriendly", "irresponsible", "destructive", "counterproductive"],
        "criticize",
    ),
}
#: The judgements of CRIME_NAMES that are adjectives: only at the end of the naming, before a
#: comma, "and" or the sentence's end ("called the verdict unfair, saying ..."), and
#: "motivated" only after "politically", "sided" only in "one-sided".
JUDGMENT_ADJECTIVES = frozenset(
    ["unacceptable", "disproportionate", "incomprehensible", "unfair", "unjust"]
    + ["illegitimate", "absurd", "motivated", "arbitrary", "biased", "sided"]
    + ["provocative", "unfriendly", "irresponsible", "destructive", "counterproductive"]
)
#: Verbs that say what an act amounts to ("the blockade amounted to genocide").
AMOUNT_VERBS = frozenset(
    ["amount", "amounts", "amounted", "constitute", "constitutes", "constituted", "tantamount"]
)


#: Nouns of a claim: a crime named inside one is the claim's, not the namer's charge.
CLAIMED_CRIME_NOUNS = frozenset(
    ["claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge"]
    + ["charges", "reports", "report"]
)


#: Judgements of what was said that deny it ("unfounded and unfair"): a denial, read elsewhere.
DENIAL_JUDGMENTS = frozenset(["unfounded", "baseless", "groundless", "false", "fabricated"])


def _ends_a_naming(doc, j: int, s1: int) -> bool:
    """Whether the judgement adjective at token *j* ends what an act is called: the
    sentence's end, a comma, "and", a closing quotation mark, "because" or "since" after it
    ("politically motivated" and "one-sided" whole)."""
    word = doc[j].lower_
    if word == "motivated" and doc[j - 1].lower_ != "politically":
        return False
    if word == "sided" and doc[j - 2 : j].text.lower().replace(" ", "") != "one-":
        return False
    if any(t.lower_ in DENIAL_JUDGMENTS for t in doc[max(0, j - 4) : j]):
        return False  # ("called her remarks unfounded and unfair": a denial)
    k = j + 1
    while k < s1 and doc[k].text in QUOTE_MARKS:
        k += 1  # (a closing quotation mark: "Yerevan's 'unfriendly' hints" is no naming)
    nxt = doc[k] if k < s1 else None
    return nxt is None or nxt.is_punct or nxt.lower_ in ("and", "because", "since", "as")


def _names_a_crime(doc, k: int, s1: int) -> int | None:
    """The token of a crime's name ("aggression", "a war crime", "ethnic cleansing") within
    twelve tokens after token *k* and before any comma, else None."""
    named = next(
        (
            j
            for j in range(k + 1, min(s1, k + 13))
            if doc[j].lower_ in CRIME_NAMES
            and (doc[j].lower_ not in JUDGMENT_ADJECTIVES or _ends_a_naming(doc, j, s1))
        ),
        None,
    )
    if named is None or any(t.text in (",", ";") for t in doc[k:named]):
        return None
    if doc[named].lower_ in ("claim", "claims") and doc[named - 1].lower_ != "territorial":
        return None  # (a territorial claim only)
    if (
        named - 2 >= k
        and doc[named - 1].text == "-"
        and doc[named - 2].lower_ in ("anti", "counter")
    ):
        return None  # ("what it called an anti-terror operation")
    if (
        doc[named].lower_ in ("crime", "crimes")
        and doc[named - 1].lower_ not in ("war", "deliberate", "grave", "heinous", "another")
        and not (named + 1 < s1 and doc[named + 1].lower_ == "against")
    ):
        return None  # (a war crime, a deliberate crime, a crime against humanity)
    return named


def _protesting_people(out, registry) -> list:
    """ "Residents of the Armenian capital took to the streets to protest outside the
    government building": a state's people who protest against their own state are its
    protesters (the gazetteer's ``protesters`` group of that state), in every relation of
    the sentence."""
    role = registry.gazetteer.role_defs.get("protesters")
    renamed = {}
    for c in out:
        crowd = registry.get(c.source) or {}
        state = crowd.get("parent")
        if (
            c.type == "protest"
            and crowd.get("kind") == "population"
            and state
            and _state_of(registry, c.target) == state
            and role is not None
        ):
            renamed[c.source] = _state_group(registry.gazetteer, registry, state, role)
    if not renamed:
        return out
    return [replace(c, source=renamed.get(c.source, c.source)) for c in out]


#: Lemmas of a crowd's protest ("protesters stormed the government building, demanding ...").
PROTEST_ACTIONS = frozenset(
    ["protest", "rally", "storm", "gather", "march", "demonstrate", "picket", "chant", "block"]
    + ["break", "occupy", "blockade"]
)


def _protesters_protest(out, sent) -> list:
    """ "Protesters stormed the government building, demanding the prime minister's
    resignation", "hundreds of protesters gathered outside the government, accusing
    Pashinyan of ...": the crowd that demands of or accuses someone while it protests protests
    against them (``protest``, rule ``protesters_protest``), as the coders code it."""
    doc, found = sent.doc, []
    asked = [
        c
        for c in out
        if c.type in ("demand", "accuse")
        and (c.source == "protesters" or c.source.endswith("_protesters"))
    ]
    if not asked or not any(t.lemma_.lower() in PROTEST_ACTIONS for t in doc[sent.s0 : sent.s1]):
        return found  # (a crowd's demand or charge first: most sentences have none)
    done = {(c.source, c.target) for c in out if c.type == "protest"}
    for c in asked:
        if (c.source, c.target) in done:
            continue
        found.append(
            replace(c, type="protest", rule="protesters_protest", confidence=c.confidence * 0.9)
        )
        done.add((c.source, c.target))
    return found


#: Participles of keeping people captive ("prisoners held in Azerbaijan").
HELD_WORDS = frozenset(["held", "kept", "detained", "imprisoned", "jailed"])
#: Words between the captives and "in X custody" ("are still in Azerbaijani custody").
CUSTODY_VERBS = frozenset(
    ["remain", "remains", "remained", "are", "were", "is", "was", "still", "being", "kept"]
    + ["held", "now"]
)
#: Words between the captives and "held" ("are still being held", "who had been held").
HELD_BEFORE = frozenset(
    ["still", "being", "now", "are", "were", "is", "was", "be", "been", "to", "who", "had"]
    + ["have", "has", "continue", "continues", "continued", "remain", "remains", "remained"]
)
#: Nouns of the leaders of a territory's de facto authority ("Karabakh leaders held in Baku").
LEADER_NOUNS = frozenset(["leader", "leaders", "official", "officials", "commander", "commanders"])


#: Verbs of holding captives after "it" / "they" ("the Armenians it still holds").
HOLDS_VERBS = frozenset(["holds", "hold", "holding", "detains", "keeps"])


def _holding_clause(sent: _Sentence, i: int, places: list, registry):
    """``(holder mentions, token of the captives' noun)`` when token *i* says who holds them:
    "held in / by X", "in X custody", "the Armenians it still holds" (the holder the pronoun
    stands for); else None."""
    doc = sent.doc
    word = doc[i].lower_
    if word in HELD_WORDS and doc[i + 1].lower_ in ("in", "by"):
        after = [m for m in places if m.actor and i + 2 <= m.start <= i + 3]
        noun_at = i - 1
        while noun_at > sent.s0 and doc[noun_at].lower_ in HELD_BEFORE:
            noun_at -= 1  # ("prisoners are still being held in", "who had been held in")
        return after, noun_at
    if word == "custody" and doc[i - 1].lower_ != "in":
        # ("in Azerbaijani custody": the demonym names the holder, no mention)
        state = registry.gazetteer.demonyms.get(doc[i - 1].lower_)
        after = [m for m in places if m.actor and m.end == i] or (
            [Mention.of_span(doc[i - 1 : i], state, "ADJ")] if state else []
        )
        noun_at = i - 3 if doc[i - 2].lower_ == "in" else -1
        while noun_at > sent.s0 and doc[noun_at].lower_ in CUSTODY_VERBS:
            noun_at -= 1  # ("servicemen remain in Azerbaijani custody")
        return after, noun_at
    if word in HOLDS_VERBS:
        # "release the Armenian prisoners it still holds": the pronoun's actor holds them
        k = i - 1
        while k > sent.s0 and doc[k].lower_ in ("still", "is", "are", "currently"):
            k -= 1
        if doc[k].lower_ not in ("it", "they", "baku", "yerevan"):
            return None
        after = [m for m in sent.mentions if m.actor and m.start == k]
        noun_at = k - 1 - (doc[k - 1].lower_ in ("that", "whom", "which"))
        return after, noun_at
    return None


#: The kinds of actor that can be tried or held (not a state or a body).
TRIED_KINDS = frozenset(["person", "armed_group", "population", "other"])


def _trying_state(sent: _Sentence, registry, i: int):
    """The state whose court tries at the trial word *i*: the state or capital after "in"
    after it ("on trial in Baku", "the trial of ... began in Baku"), or a court's before it ("a
    court in Baku", "a Baku court", "an Azerbaijani court", "the Baku Military Court"), else
    None (not "met in Brussels to discuss the trial")."""
    doc = sent.doc
    for m in [*sent.mentions, *sent.venues]:  # ("in Baku": where, and whose court)
        state = _state_of(registry, m.actor) if m.actor else None
        if not state or (registry.get(state) or {}).get("kind") != "state":
            continue
        near = doc[m.end : min(sent.s1, m.end + 3)]
        court = any(t.lower_ == "court" for t in near) or (
            _prev_word(doc, m, sent.s0) == "in"
            and any(t.lower_ == "court" for t in doc[max(sent.s0, m.start - 3) : m.start])
        )
        gap = doc[i + 1 : m.start]
        after = (
            m.start > i
            and _prev_word(doc, m, sent.s0) == "in"
            and m.start - i <= 14
            # ("the trial was discussed at talks in Moscow", "condemned in Paris": not where)
            and not any(t.text in (",", ";") or t.lower_ in NOT_TRIAL_PLACE for t in gap)
        )
        if after or (court and m.start < i):
            return state
    return None


#: Words between a trial and "in <place>" that make the place another act's ("the trial was
#: discussed at talks in Moscow", "condemned in Paris").
NOT_TRIAL_PLACE = frozenset(
    ["discussed", "condemned", "criticised", "criticized", "denounced", "raised", "debated"]
    + ["mentioned", "talks", "meeting", "met", "summit", "with", "at", "protested", "welcomed"]
)
#: Nouns of people tried, besides those visited ("the trial of two Armenian nationals").
TRIED_PEOPLE = VISITED_PEOPLE | frozenset(
    ["nationals", "citizens", "detainees", "prisoners", "captives", "saboteurs", "officials"]
)
#: Words between the tried and "on trial" ("X, who is now on trial", "X went on trial").
ON_TRIAL_GAP = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "remain", "remains", "stand", "stands"]
    + ["stood", "went", "go", "goes", "who", ",", "now", "currently", "still", "already"]
)


def _trials(sent: _Sentence, out: list, registry, when) -> list:
    """ "The trial of 15 former leaders of Nagorno-Karabakh began in Baku", "a court in Baku
    began the trial of Arayik Harutyunyan", "Vardanyan, who is on trial in Baku": the trying
    state coerces the tried (``coerce``, rule ``tried``), when the sentence names where or
    whose court tries them; not a state or body tried, nor one already read as held."""
    doc, found = sent.doc, []
    if "trial" not in sent.text.lower():
        return found
    heads = [
        i
        for i in range(sent.s0, sent.s1)
        if doc[i].lower_ in ("trial", "trials")
        and not (
            i + 1 < sent.s1
            and doc[i + 1].is_alpha
            and doc[i + 1].lower_ not in ("of", "in", "began", "begins", "opened", "opens", "is")
        )
    ]
    done = {(c.source, c.target) for c in out if c.type == "coerce"}
    for i in heads:
        state = _trying_state(sent, registry, i)
        if state is None:
            continue
        if i + 1 < sent.s1 and doc[i + 1].lower_ == "of":
            tried = [
                m
                for m in sent.mentions
                if m.actor
                and i + 1 < m.start <= i + 9
                # (the tried right after "of": not "the trial of the leaders in Baku with
                # Michel")
                and not any(
                    t.lower_ in ("with", "in", "at", "to", "by", ",") for t in doc[i + 2 : m.start]
                )
            ][:1]
        elif i - 1 > sent.s0 and doc[i - 1].lower_ == "on":
            # "X, who is on trial", "X went on trial", "X on trial": right before it
            k = i - 1
            while k > sent.s0 and doc[k - 1].lower_ in ON_TRIAL_GAP:
                k -= 1
            tried = [m for m in sent.mentions if m.actor and m.end == k]
        else:
            continue
        for m in tried:
            kind = (registry.get(m.actor) or {}).get("kind")
            # ("the trial of two Armenian soldiers": people of a state, coded as the state)
            people = kind == "state" and m.text.lower().split()[-1] in TRIED_PEOPLE
            if (
                (kind not in TRIED_KINDS and not people)
                or (state, m.actor) in done
                or m.actor == state
            ):
                continue
            found.append(
                _reading(sent, state, m.actor, "coerce", "tried", 0.6, (i, i), when, (None, m))
            )
            done.add((state, m.actor))
    return found


def _acts_in_solidarity(sent: _Sentence, out: list, registry, when) -> list:
    """ "Turkey closed the border in 1993 in solidarity with Azerbaijan", "... in support of
    Azerbaijan": the doer of the act before the phrase supports the ally after it (``support``,
    rule ``in_solidarity``, with the act's status: "in 1993" is history). The doer is the
    source of the sentence's last act before the phrase, else the phrase's subject."""
    doc, found = sent.doc, []
    # (the mentions right after "solidarity with" / "support of": most sentences have none)
    ends = {
        i + 2 for i in range(sent.s0, sent.s1 - 2) if doc[i].lower_ in ("solidarity", "support")
    }
    for m in sent.mentions:
        if m.start not in ends or not m.actor or m.label == "ADJ":
            continue
        k = _solidarity_at(doc, m.start, sent.s0)
        if k is None:
            continue
        mine = [c for c in out if c.source and c.sentence == sent.number]
        if k == sent.s0:  # ("In solidarity with Armenia, France closed ...": the act after)
            acts = [c for c in mine if c.head > m.end]
            doer = min(acts, key=lambda c: c.head) if acts else None
        else:
            acts = [c for c in mine if c.head < k]
            doer = max(acts, key=lambda c: c.head) if acts else None
        named = (
            [x for x in sent.mentions if x.start > m.end and x.actor and x.label != "ADJ"][:1]
            if k == sent.s0 and m.end < sent.s1 and doc[m.end].text == ","
            else sent.subject(k, sent.s0)
        )  # (the subject after the fronted phrase's comma, else the one before the phrase)
        source = doer.source if doer else next((x.actor for x in named if x.actor), None)
        if not source or _state_of(registry, source) == _state_of(registry, m.actor):
            continue
        status = "historical" if doer and doer.status == "historical" else "asserted"
        found.append(
            _reading(
                sent,
                source,
                m.actor,
                "support",
                "in_solidarity",
                0.55,
                (k, k + 2),
                when,
                (m,),
                status=status,
            )
        )
    return found


def _asked_holder(sent: _Sentence, out: list, at: tuple, side: list, registry):
    """(holder, captives' side) mentions for "the Armenians it still holds" after a plea (the
    pronoun at *i*): the one asked ("called on Azerbaijan to release the Armenians it still
    holds"), or the state named after the plea past its addressee ("called on the ICRC to
    press Baku for access to the detainees it holds"); the captives the asker's when the
    sentence names no side ("the prisoners it still holds"). *at*: the tokens of the pronoun
    and of the captives' noun, and that noun's lemma. ``([], side)`` when unclear."""
    doc, (i, noun_at, noun) = sent.doc, at
    calls = [c for c in out if c.type in ("appeal", "demand") and c.head < i]
    asked = {c.target for c in calls}
    later = [
        m.actor
        for m in sent.mentions
        if calls
        and calls[-1].head < m.start
        and m.end < noun_at
        and m not in side
        and m.actor != calls[0].target
        and m.label != "ADJ"
        and (registry.get(m.actor) or {}).get("kind") == "state"
    ]
    if later:
        asked = {later[-1]}
    if len(asked) != 1:
        return [], side
    after = [Mention.of_span(doc[i - 1 : i], asked.pop(), "PRONOUN")]
    asker = _state_of(registry, calls[0].source)
    if not side and asker and noun in CAPTIVE_NOUNS:
        side = [Mention.of_span(doc[noun_at : noun_at + 1], asker, "ADJ")]
    return after, side


def _held_captives(sent: _Sentence, out: list, registry, when) -> list:
    """ "Armenian prisoners still held in Azerbaijan", "four Karabakh leaders held in
    Azerbaijan", "Armenian servicemen in Azerbaijani custody": the state that holds them
    coerces the captives' side (``coerce``, rule ``held_captives``; a territory's leaders are
    its de facto authority), also when their release is asked or done ("called on Russia to
    free the soldiers held in Azerbaijan": Azerbaijan held them, not Russia). Not when they are
    no longer held ("formerly held")."""
    doc, found = sent.doc, []
    words = {t.lower_ for t in doc[sent.s0 : sent.s1]}
    if not (words & HELD_WORDS or words & HOLDS_VERBS or "custody" in words):
        return found
    done = {(c.source, c.target) for c in out if c.type == "coerce"}
    places = [*sent.mentions, *sent.venues]  # ("held in Azerbaijan": where, and who holds)
    for i in range(sent.s0 + 1, sent.s1 - 1):
        held = _holding_clause(sent, i, places, registry)
        if held is None:
            continue
        after, noun_at = held
        if (
            noun_at - 2 > sent.s0
            and doc[noun_at].lower_ == "war"
            and doc[noun_at - 1].lower_ == "of"
        ):
            noun_at -= 2  # "prisoners of war held in ..."
        noun = doc[noun_at].lemma_.lower() if noun_at > sent.s0 else ""
        plural = doc[noun_at].lower_ if noun_at > sent.s0 else ""
        people = None
        counted = doc[i].lower_ in HOLDS_VERBS or any(
            t.like_num for t in doc[max(sent.s0, noun_at - 3) : noun_at]
        )  # (not "the fate of Armenians held in Baku": who, the text says elsewhere)
        state = registry.gazetteer.demonyms.get(plural[:-1]) if plural.endswith("s") else None
        if counted and state and doc[noun_at].text[:1].isupper():
            # ("23 Armenians are still held in Azerbaijan": the demonym's people)
            people = Mention.of_span(doc[noun_at : noun_at + 1], state, "ADJ")
            noun_at += 1
            noun = "national"
        if noun not in CAPTIVE_NOUNS | LEADER_NOUNS and doc[noun_at].lower_ != "pows":
            continue
        if any(t.lower_ == "formerly" for t in doc[max(sent.s0, noun_at - 5) : i]):
            continue  # ("soldiers formerly held in X"; "former leaders held in X" still are)
        side = [m for m in sent.mentions if m.actor and noun_at - 4 <= m.start < noun_at][-1:]
        state = registry.gazetteer.demonyms.get(doc[noun_at - 1].lower_)
        if not side and state:  # ("Armenian POWs": the demonym names their side, no mention)
            side = [Mention.of_span(doc[noun_at - 1 : noun_at], state, "ADJ")]
        side = side or ([people] if people else [])
        if doc[i].lower_ in HOLDS_VERBS and side and side[0].end < noun_at - 1:
            side = []  # ("called on Azerbaijan to free the prisoners it holds": not Azerbaijan's)
        if after and (registry.get(after[0].actor) or {}).get("kind") in ("igo", "ngo"):
            after = []  # ("asked the ICRC ... the detainees it holds": a body holds none)
        if not after and doc[i].lower_ in HOLDS_VERBS:
            after, side = _asked_holder(sent, out, (i, noun_at, noun), side, registry)
        if not side or not after:
            continue
        captive, holder = side[0].actor, _state_of(registry, after[0].actor) or after[0].actor
        if _actor_class(registry, captive) == "territory":
            ruler = registry.gazetteer.authorities.get(captive)
            if doc[noun_at].lower_ not in LEADER_NOUNS or not ruler:
                continue
            captive = ruler
        if _state_of(registry, captive) == holder or (holder, captive) in done:
            continue
        found.append(
            _reading(
                sent,
                holder,
                captive,
                "coerce",
                "held_captives",
                0.6,
                (i, i),
                when,
                (after[0], side[0]),
            )
        )
        done.add((holder, captive))
    return found


#: Rules of carrying the sick and wounded out of a place ("transferred patients from X").
PATIENT_RULES = frozenset(["transfer_patients", "patient_transfers"])


def _patients_carried(out, sent, registry) -> list:
    """ "The ICRC transferred 29 patients from Nagorno-Karabakh to hospitals in Armenia": the
    aid goes to the people of the territory the patients are carried from (its population,
    the territory after "from" first), not to the territory, the road they travel or the state
    whose hospitals take them in."""
    if not any(c.rule in PATIENT_RULES for c in out):
        return out
    kept = []
    for c in out:
        if c.rule in PATIENT_RULES:
            origin = [
                m.actor
                for m in [*sent.mentions, *sent.venues]
                if m.actor
                and m.start > c.head
                and sent.doc[m.start - 1].lower_ == "from"
                and _actor_class(registry, m.actor) == "territory"
            ][:1]
            target = origin[0] if origin else c.target
            if _actor_class(registry, target) == "territory":
                c = replace(c, target=registry.population(target))
            elif (registry.get(target) or {}).get("kind") != "population":
                continue  # (a road, or the state whose hospitals take them in)
        kept.append(c)
    return kept


#: Words of a third party's concern that may stand with no object before its call ("said it
#: was deeply concerned and urged both sides to show restraint").
CONCERN_WORDS = frozenset(["concerned", "alarmed", "worried", "troubled", "dismayed", "disturbed"])
#: ... and the nouns of concern ("expressed concern at the fighting between A and B").
CONCERNED_WORDS = CONCERN_WORDS | frozenset(["concern", "alarm"])
#: Acts of another named after a call, which the concern is about ("urged the CSTO to respond
#: to Azerbaijani aggression").
CONCERN_ACTS = frozenset(
    ["aggression", "attack", "attacks", "shelling", "offensive", "provocation", "provocations"]
    + ["occupation", "blockade", "incursion", "incursions", "threats", "strikes"]
)
#: Words that may stand between the verb and the concern ("was deeply concerned").
CONCERN_DEGREE = frozenset(
    ["deeply", "gravely", "seriously", "extremely", "very", "greatly", "particularly", "most", '"']
    + ["deep", "grave", "serious", "great", "its", "their", "his", "her", "strong"]
)


def _concern_with_call(sent, out, when, discourse, registry) -> list:
    """ "Moscow said it was deeply concerned and urged both sides to show restraint", "the
    Russian Foreign Ministry said it was alarmed and urged the two sides to ...": a concern
    that names no one, joined to the same speaker's call, judges those called on
    (``disapprove``, rule ``concern_with_call``). Not when an actor is named between the
    concern and the call ("concerned about Azerbaijan's move and urged Baku to ...": the
    concern's own reading names whom it judges), nor when the one concerned is a party of the
    text's conflict ("Armenia said it was concerned and urged the CSTO to respond": an ally
    asked for help, not judged)."""
    doc, found = sent.doc, []
    judged = {(c.source, c.target) for c in out if c.type in ("disapprove", "criticize")}
    parties = {_state_of(registry, x) or x for pair in discourse.fought for x in pair}
    for c in out:
        if c.type not in ("appeal", "demand") or not c.target or (c.source, c.target) in judged:
            continue
        if (_state_of(registry, c.source) or c.source) in parties or any(
            m.start > c.head
            and m.actor not in (c.source, c.target)
            and (
                (m.end < sent.s1 and doc[m.end].lower_ in CONCERN_ACTS)
                or doc[m.start - 1].lower_ == "against"
            )
            for m in sent.mentions
            if m.actor
        ):
            continue  # (or the call is about another's act: "to respond to Azerbaijani aggression")
        for i in range(max(sent.s0, c.head - 14), c.head):
            word = doc[i].lower_
            j = i - 1
            while j > sent.s0 and doc[j].lower_ in CONCERN_DEGREE:
                j -= 1
            if word in CONCERN_WORDS:
                ok = doc[j].lemma_ == "be" or doc[j].lower_ in ("was", "were", "is", "are")
            else:
                ok = word == "concern" and doc[j].lemma_ in ("express", "voice", "share")
            if not ok or "and" not in [t.lower_ for t in doc[i + 1 : c.head]]:
                continue
            if any(i < m.start < c.head for m in sent.mentions) or any(
                doc[k].text in (";", ":") for k in range(i, c.head)
            ):
                continue
            # the one concerned is the caller ("Blinken, who spoke with Aliyev, said he was
            # concerned and urged Baku": not Aliyev)
            before = [
                m
                for m in sent.mentions
                if m.end <= i and m.actor and not any(a <= m.start < b for a, b in sent.relatives())
            ]
            if c.source not in {m.actor for m in before}:
                break
            found.append(_retyped(c, sent, i, "disapprove", "concern_with_call"))
            judged.add((c.source, c.target))
            break
    return found


def _national_opposition(out, sent, registry) -> list:
    """ "Opposition deputies accused the prime minister ...", "Pashinyan accused the
    opposition of ...": an opposition named with no state is that of the state the sentence
    is set in ("at a rally in Yerevan"), else of the state whose leader, government or state
    it faces (the gazetteer's ``opposition`` group of that state), in every relation of the
    sentence. An opposition that blocks or seizes its own state's places is read as no act
    against the state (a street protest, not a blockade of Armenia)."""
    role = registry.gazetteer.role_defs.get("opposition")

    def opposition(x: str) -> bool:
        return x == role.id or x.endswith("_" + role.id)

    if role is None or not any(opposition(x) for c in out for x in (c.source, c.target)):
        return out
    home = next(
        (
            _state_of(registry, m.actor)
            for m in sent.venues
            if m.actor
            and m.start > sent.s0
            and sent.doc[m.start - 1].lower_ in ("in", "at")  # (not "give in to Baku")
            # (the conflict's two states' own politics: "In Moscow, the opposition accused
            # Pashinyan" is Armenia's)
            and _state_of(registry, m.actor) in _karabakh_states(registry)
        ),
        None,
    )
    # (the state it faces: one of the conflict's two first, "demanded Pashinyan's resignation
    # and blamed the Russian peacekeepers" is Armenia's opposition)
    others = [
        other
        for c in out
        for side, other in ((c.source, c.target), (c.target, c.source))
        if side == role.id and other
    ]
    faced = [_state_of(registry, x) for x in others]
    # (the state of the leader it faces first: "blamed Azerbaijan and demanded that Pashinyan
    # quit" is Armenia's)
    leaders = [
        _state_of(registry, x) for x in others if (registry.get(x) or {}).get("kind") == "person"
    ]
    own = [x for x in faced if x in (_karabakh_states(registry) or ())]
    state = home or next(iter(leaders + own + faced), None)
    renamed = {}
    if state and (registry.get(state) or {}).get("kind") == "state":
        renamed[role.id] = _state_group(registry.gazetteer, registry, state, role)
    out = [
        replace(c, source=renamed.get(c.source, c.source), target=renamed.get(c.target, c.target))
        for c in out
    ]
    return [
        c
        for c in out
        if not (
            c.type in ("blockade", "occupy", "attack")
            and opposition(c.source)
            and _state_of(registry, c.source) == _state_of(registry, c.target)
        )
    ]


def _named_crime(doc, k: int, s0: int) -> bool:
    """Whether the crime's name at token *k* is what a naming verb before it names ("called
    what was happening an act of aggression")."""
    return any(
        doc[i].lower_ in NAMING_VERBS
        and doc[i + 1].lower_ not in ("on", "for", "upon")
        # ("what it called a provocation by Armenian troops": the act stays, theirs)
        and not (doc[i - 1].lower_ == "what" or (i - 2 >= s0 and doc[i - 2].lower_ == "what"))
        and _names_a_crime(doc, i + 1, k + 1) == k
        for i in range(max(s0, k - 12), k)
    )


def _named_as_crimes(sent: _Sentence, out, discourse, registry, when) -> list:
    """ "Yerevan ... calling what was happening 'an act of large-scale aggression'", "Armenia
    called the offensive an act of aggression", "called Azerbaijan's actions ethnic
    cleansing", "Baku called the convoy a provocation": the one who names the act charges its
    doer, ``alleged`` (`_crime_namer`, `_named_doer`). Not "called on", "called for", nor "what
    it called" (the speaker's own words)."""
    doc, extra = sent.doc, []
    for i in range(sent.s0 + 1, sent.s1 - 2):
        if doc[i].lower_ not in NAMING_VERBS or doc[i + 1].lower_ in ("on", "for", "upon"):
            continue
        named = _names_a_crime(doc, i + 1, sent.s1)
        if named is None or any(t.lower_ in CLAIMED_CRIME_NOUNS for t in doc[i + 1 : named]):
            continue  # ("called the Armenian claims of ethnic cleansing a lie": a denial)
        # ("condemned what it described as the ethnic cleansing of Karabakh", "in response to
        # what it called a provocation by Armenian troops": the namer's charge too)
        if any(t.lower_ in ("not", "n't", "never") for t in doc[max(sent.s0, i - 3) : i]):
            continue  # ("did not call the operation an act of aggression")
        speaker = _crime_namer(sent, i, registry)
        if not speaker:
            continue
        source = speaker[0].actor
        owner = [
            m
            for m in sent.mentions
            if m.actor
            and not _is_territory(registry, [m])
            and (
                (
                    i < m.start < named
                    and (
                        m.label == "ADJ"
                        or _doer_named(doc, m, sent.s1)
                        or _prev_word(doc, m, sent.s0) == "by"
                    )
                    # ("called the trial of Vardanyan unfair": the tried, not the trier)
                    and not _patient_of_coercion(doc, m, sent.s0)
                )
                # ("an incursion by Azerbaijani troops", "called the killing of three soldiers
                # by Azerbaijan a war crime")
                or (named < m.start <= named + 3 and _prev_word(doc, m, sent.s0) == "by")
            )
        ][:1]
        doer = owner[0].actor if owner else _named_doer(sent, i, discourse, registry, source, out)
        mentions = (speaker[0], owner[0] if owner else None)
        reading = ("named_as_crime", (i, named), when, mentions)
        charge = _crime_charge(sent, source, doer, named, out, registry, reading)
        if charge is not None:
            extra.append(charge)
    return extra


def _patient_of_coercion(doc, m, s0: int) -> bool:
    """Whether mention *m* follows "of" after a noun of coercion ("the trial of X", "the
    arrest of X"): the one it was done to."""
    k = m.start - 1
    if k > s0 and doc[k].lower_ == "the":
        k -= 1
    return (
        k - 1 >= s0
        and doc[k].lower_ == "of"
        and JUDGED_ACT_NOUNS.get(doc[k - 1].lower_) in ("coerce", "sanction")
    )


def _crime_charge(sent: _Sentence, source, doer, named: int, found, registry, reading: tuple):
    """The charge of `_named_as_crimes` and `_amounting_crimes`: *source* names the act of
    *doer* by the crime's name at token *named* (``alleged``; "a sham" is the namer's
    judgement, ``asserted``); None when there is no doer, the doer is the namer's own side, or
    *found* has that charge already. *reading*: (rule, tokens, when, mentions) of the
    `_reading`."""
    if doer is None or _own_side(registry, source, doer):
        return None
    if _state_of(registry, doer) == _state_of(registry, source):
        return None
    typ = CRIME_NAMES[sent.doc[named].lower_]
    if any(c.source == source and c.target == doer and c.type == typ for c in found):
        return None
    rule, tokens, when, mentions = reading
    status = "asserted" if typ == "criticize" else "alleged"
    return _reading(sent, source, doer, typ, rule, 0.55, tokens, when, mentions, status=status)


#: Categories of what is said to or of another (no act a denial can deny).
SPEECH_CATEGORIES = frozenset(["accusation", "disapproval", "demand", "denial"])
#: Verbs of a response promised as a threat ("Baku would respond decisively").
RESPONSE_VERBS = frozenset(["respond", "retaliate", "react", "reply", "answer"])
#: Words that make a promised response a threat ("respond decisively", "respond in kind").
THREAT_MANNERS = frozenset(
    ["decisively", "firmly", "harshly", "resolutely", "adequately", "immediately", "forcefully"]
    + ["severely", "strongly", "appropriately", "proportionately", "mercilessly", "kind"]
)
#: Modal verbs of a promise ("will", "would").
PROMISE_MODALS = frozenset(["will", "would", "shall", "'ll"])


#: What one is made to pay for in a threat ("would pay for its crimes", "for this").
PAID_DEEDS = frozenset(
    ["this", "it", "that", "aggression", "attack", "attacks", "provocation", "provocations"]
    + ["crimes", "fighting", "actions", "deeds", "blood", "killing", "killings", "shelling"]
    + ["war", "occupation", "atrocities", "mistakes", "mistake"]
)


def _paid_for_deeds(doc, k: int, s1: int) -> bool:
    """Whether "pay" at *k* is followed by "for" a deed ("would pay for this week's fighting",
    "for its crimes"), not for goods ("pay for the gas in dollars")."""
    if k + 1 >= s1 or doc[k + 1].lower_ != "for":
        return False
    words = [t.lower_ for t in doc[k + 2 : min(s1, k + 8)]]
    return any(w in PAID_DEEDS for w in words[:5]) and not any(
        w in ("weapons", "gas", "oil", "goods", "dollars", "imports", "supplies") for w in words
    )


#: The words `_threat_words` reads a threat at.
THREAT_HEADS = RESPONSE_VERBS | {"pay", "wants", "want", "wanted", "likes", "like"}


def _threat_words(doc, k: int, s0: int, s1: int) -> str | None:
    """What kind of threat the words at token *k* make, if any: "respond" ("would respond
    decisively", "reserves the right to respond"), "pay" ("Armenia would pay for this"),
    "wants" ("whether Armenia wants it or not"), "answer" ("will answer for it")."""
    word = doc[k].lower_
    if word not in THREAT_HEADS:
        return None
    prev = doc[k - 1].lower_ if k > s0 else ""
    ahead = [t.lower_ for t in doc[k + 1 : min(s1, k + 4)]]
    if word in RESPONSE_VERBS and prev == "to" and k - 3 >= s0 and doc[k - 2].lower_ == "right":
        return "respond"  # ("reserves the right to respond")
    promised = prev in PROMISE_MODALS
    if (
        word in RESPONSE_VERBS
        and promised
        and (set(ahead) & THREAT_MANNERS or ahead[:2] == ["to", "any"])
    ):
        return "respond"  # ("would respond decisively", "would respond to any provocation")
    if word == "answer" and promised and ahead[:1] == ["for"]:
        return "answer"
    if word == "pay" and promised and (_paid_for_deeds(doc, k, s1) or "price" in ahead):
        return "pay"
    whether = k - 2 >= s0 and doc[k - 2].lower_ == "whether"
    if word in ("wants", "want", "wanted", "likes", "like") and whether:
        return "wants" if ahead[:3] == ["it", "or", "not"] else None
    return None


def _warner(sent: _Sentence, k: int):
    """(id, mentions) of the subject of "warned" before token *k* ("Aliyev warned that ..."),
    else None."""
    for t in sent.triggers:
        if t.rule.id == "warn" and t.start < k:
            left, _ = _clause_bounds(sent.doc, sent.s0, sent.s1, t.start, sent.reports)
            subject = [m for m in sent.subject(t.start, left) if m.actor]
            if subject:
                return subject[0].actor, subject[:1]
    return None


def _threatened_responses(sent: _Sentence, out, speakers, discourse, registry, when) -> list:
    """ "Aliyev warned that Baku would respond decisively to any provocation by Armenia",
    "Akar said Armenia would pay for the fighting", "the ministry reserved the right to respond
    with any means", "the road will be opened whether Armenia wants it or not": the speaker
    (else the one who would respond) threatens the one named after "by" / "against", the
    subject of "would pay" / "wants", else the side the text sets against the speaker's."""
    doc, extra = sent.doc, []
    for k in range(sent.s0 + 1, sent.s1 - 1):
        kind = _threat_words(doc, k, sent.s0, sent.s1)
        if kind is None or any(t.lower_ in ("not", "n't", "never") for t in doc[k - 3 : k]):
            continue
        said = _nearest_speaker(doc, speakers, k, sent.s0) or _warner(sent, k)
        if said and _actor_class(registry, said[0]) in ("territory", "corridor"):
            said = None  # ("... the Zangezur corridor, and Aliyev threatened": no place)
        before = _clause_mentions(sent, k)
        doer = before[-1:] if kind in ("respond", "answer") else []
        source = said[0] if said else (doer[0].actor if doer else None)
        if source is None or _actor_class(registry, source) in ("territory", "corridor"):
            continue
        if doer and said and not _same_side(registry, doer[0].actor, source):
            source = doer[0].actor  # ("X said Baku would respond": Baku's, if not X's side)
        target = None
        if kind in ("pay", "wants"):
            target = next((m.actor for m in reversed(before) if m.label != "ADJ"), None)
        else:
            aimed = [
                m
                for m in sent.mentions
                if m.actor
                and k < m.start <= k + 9
                and _prev_word(doc, m, sent.s0) in ("by", "against", "from")
            ]
            target = (
                aimed[0].actor if aimed else _counterpart(discourse, registry, source, hostile=True)
            )
        if (
            not target
            or _same_side(registry, source, target)
            or _own_side(registry, source, target)
        ):
            continue
        extra.append(
            _reading(sent, source, target, "threaten", "threatened_response", 0.5, (k, k), when)
        )
    return extra


#: Words that may stand between a doer and "failed to" ("had repeatedly failed to").
FAILED_GAP = frozenset(["had", "has", "have", "repeatedly", "also", "so", "far", "completely"])
#: Participles of a charge that cites a failure ("citing Baku's failure to honour ...").
CITING_WORDS = frozenset(["citing", "criticising", "criticizing", "blaming", "over"])


def _failure_doer(sent: _Sentence, i: int):
    """The mention of who failed at token *i* ("Russia had failed to", "Baku's failure to",
    "the CSTO's failure to"), else None."""
    doc = sent.doc
    if doc[i].lower_ in ("failure", "failures"):
        k = i - 1
        if k > sent.s0 and doc[k].lower_ in ("'s", "’s"):
            return next((m for m in sent.mentions if m.actor and m.end == k), None)
        return next((m for m in sent.mentions if m.actor and m.label == "ADJ" and m.end == i), None)
    k = i
    while k - 1 > sent.s0 and doc[k - 1].lower_ in FAILED_GAP:
        k -= 1
    return next((m for m in sent.mentions if m.actor and m.label != "ADJ" and m.end == k), None)


def _charged_failures(sent: _Sentence, out, speakers, registry, when) -> list:
    """ "Pashinyan said the bloc had failed to meet its obligations", "PACE ... citing Baku's
    failure to honour its commitments": the one who says or cites it accuses the one who failed
    (``accuse``, alleged); not a failure no one reports ("the talks failed to produce a deal")
    nor one of the speaker's own side."""
    doc, extra = sent.doc, []
    for i in range(sent.s0 + 1, sent.s1 - 1):
        word = doc[i].lower_
        if not (word in ("failed", "fails", "failure") and doc[i + 1].lower_ == "to"):
            continue
        doer = _failure_doer(sent, i)
        if doer is None or _actor_class(registry, doer.actor) in ("territory", "corridor"):
            continue
        said = _nearest_speaker(doc, speakers, i, sent.s0)
        if said is None and any(t.lower_ in CITING_WORDS for t in doc[max(sent.s0, i - 5) : i]):
            first = [m for m in sent.mentions if m.actor and m.label != "ADJ" and m.end <= i]
            said = (first[0].actor, first[:1]) if first else None
        if said is None or said[0] == doer.actor:
            continue
        source = said[0]
        if _own_side(registry, source, doer.actor) or _same_side(registry, source, doer.actor):
            continue
        if any(
            c.source == source and c.target == doer.actor and c.type.startswith("accuse")
            for c in out
        ):
            continue
        extra.append(
            _reading(
                sent,
                source,
                doer.actor,
                "accuse",
                "charged_failure",
                0.5,
                (i, i + 1),
                when,
                (said[1][0], doer),
                status="alleged",
            )
        )
    return extra


#: Rules of calling in or calling home an envoy, whose subject protests in the infinitive
#: after them ("summoned the ambassador to protest against ...").
ENVOY_RULES = frozenset(["summon_ambassador", "recall_ambassador"])


def _summoners_protest(out: list, sent: _Sentence) -> None:
    """ "Russia's foreign ministry summoned the Armenian ambassador to protest against
    Pashinyan's remarks": the protest after "to" is the summoner's, not the envoy's (in
    place)."""
    summoners = [c for c in out if c.rule in ENVOY_RULES]
    for c in out:
        if (
            c.type in ("protest", "criticize", "disapprove")
            and c.head > sent.s0
            and sent.doc[c.head - 1].lower_ == "to"
        ):
            before = [x for x in summoners if x.head < c.head]
            if before and before[-1].source != c.target:
                c.source = before[-1].source


#: Words after "request" that lead to the one who made it ("a request filed by Armenia").
REQUEST_MADE_WORDS = frozenset(["filed", "lodged", "made", "submitted", "sent"])


def _request_asker(sent, trig) -> tuple:
    """The asker of the noun "request" and where its phrase starts: "Armenia's (urgent)
    request", "an Armenian request", "the request of X", "a request (filed) by / from X"
    (``([], None)`` when none is named there)."""
    doc = sent.doc
    owners = sent.possessor(trig)
    if owners:
        return owners, owners[0].start
    adj = [m for m in sent.mentions if m.actor and m.label == "ADJ" and m.end == trig.start]
    if adj:
        return adj, _modifiers_start(doc, trig, sent.s0)
    k = trig.end
    if k < sent.s1 and doc[k].lower_ in REQUEST_MADE_WORDS:
        k += 1
    if k >= sent.s1 or doc[k].lower_ not in ("of", "from", "by"):
        return [], None
    after = [m for m in sent.mentions if m.actor and m.start in (k + 1, k + 2)][:1]
    if not after:
        return [], None
    return _group_right(doc, sent.mentions, after[0], sent.s1), _modifiers_start(doc, trig, sent.s0)


#: Words that open the phrase of a request granted ("at / upon / following Armenia's request",
#: "in response to a request from X", "answering a request from X").
REQUEST_PHRASE_OPENERS = frozenset(["at", "upon", "on", "following", "after", "to", "answering"])


def _granted_request(sent, trig, registry, subjects):
    """ "The Council met at Armenia's request", "Upon Yerevan's request, Russian guards left",
    "set up in response to a request from the Armenian government", "the court rejected
    Armenia's request to order ...": (the askers, the ones asked: the clause's subject), or
    None where the request names no asker in its own phrase or names the one asked ("Yerevan's
    request to Moscow"). A phrase that opens the sentence asks the subject after its comma; a
    request that is the object of a gerund after "of" ("accused Baku of ignoring the ICRC's
    requests") asks no one. A mission set up on request was asked of its parent (the EU's mission: the
    EU); a subject of the asker's own state was asked nothing."""
    doc = sent.doc
    if doc[trig.start].lower_ not in ("request", "requests"):
        return None
    askers, start = _request_asker(sent, trig)
    if not askers or (
        trig.end < sent.s1
        and doc[trig.end].lower_ in ("to", "for")
        and any(m.actor and trig.end < m.start <= trig.end + 2 for m in sent.mentions)
    ):
        return None  # ("Yerevan's request to Moscow", "a request for Russian help": named)
    head = start if start is not None else trig.start
    while head > sent.s0 and doc[head - 1].lower_ in ("the", "a", "an"):
        head -= 1
    opener = doc[head - 1].lower_ if head > sent.s0 else ""
    verbs = [
        t
        for t in sent.triggers
        if t.start < head and t.rule.frame != "report" and subjects.get(t.start)
    ]
    comma = next(
        (i for i in range(trig.end, min(sent.s1, trig.end + 6)) if doc[i].text == ","), None
    )
    opening = not any(t.lower_ in ("the", "a", "an") for t in doc[sent.s0 : head]) and not any(
        m.actor and sent.s0 <= m.start < head for m in sent.mentions
    )
    if not verbs and comma is not None and opener in REQUEST_PHRASE_OPENERS and opening:
        # ("Upon Yerevan's request, Russian border guards left": the subject after the comma)
        first = [m for m in sent.mentions if m.actor and comma < m.start <= comma + 4][:1]
        asked = _group_right(doc, sent.mentions, first[0], sent.s1, comma_ok=False) if first else []
    elif (
        head - 2 >= sent.s0
        and doc[head - 1].lower_.endswith("ing")
        and doc[head - 2].lower_ == "of"
    ):
        return askers, []  # ("accused Baku of ignoring the ICRC's requests": not asked here)
    elif verbs:
        # (the subject of the clause's verb: "Lavrov hosted X and Y at the request of Z")
        asked = subjects[verbs[-1].start]
    else:
        # (not a speaker after a quote: '"It comes at the request of X," Borrell said')
        asked = [m for m in sent.subject(head, sent.s0, exclude=askers) if m.start < head]
    states = {_state_of(registry, m.actor) for m in askers}
    asked = [
        m
        for m in asked
        if m.actor and m not in askers and _state_of(registry, m.actor) not in states
    ]  # ("Lavrov hosted them at the request of Putin": his own state's asks no one)
    out = []
    for m in asked:
        entry = registry.get(m.actor) or {}
        if "mission" in str(entry.get("name", "")).lower() and entry.get("parent"):
            out.append(entry["parent"])  # (a mission set up on request: its parent's)
        else:
            out.append(m)
    return askers, out


def _names_land(registry, land: str, text: str) -> bool:
    """Whether a population's mention names its land ("the people who fled Nagorno-Karabakh",
    not "the refugees")."""
    entry = registry.get(land) or {}
    names = [entry.get("name") or "", *(entry.get("aliases") or [])]
    low = text.lower()
    return any(len(n) > 3 and n.lower() in low for n in names)


#: Nouns of letting captives go that a demand may ask for ("demanded their release").
RELEASE_NOUNS = frozenset(["release", "return", "freeing", "repatriation"])
#: Nouns of troops leaving that a demand may ask for with "their" ("demanded their withdrawal").
WITHDRAWAL_NOUNS = frozenset(["withdrawal", "pullout", "pull-out"])
#: Nouns of land whose return a demand may ask for (not captives: "the return of territories").
LAND_RETURN_NOUNS = frozenset(
    ["territory", "territories", "land", "lands", "village", "villages", "district", "districts"]
    + ["region", "regions", "enclave", "exclaves", "enclaves", "property"]
)
#: Nouns of meetings that "held in" a place follows ("talks held in Moscow").
MEETING_NOUNS = frozenset(
    ["talks", "meeting", "meetings", "summit", "conference", "session", "negotiations", "round"]
    + ["consultations", "ceremony", "forum"]
)
#: Participles of holding captives before "in" or "by" and their holder ("held in Baku").
HOLDING_WORDS = frozenset(["held", "detained", "imprisoned", "jailed", "kept", "captured"])


def _release_holder(sent, trig, out: list, discourse, registry, asker: str) -> str | None:
    """ "demanded the (immediate) release of all Armenians held in Azerbaijan", "Azerbaijan
    detained two soldiers. Armenia demanded their return": a demand for captives' release or
    return is made of the one who holds them, named after "held in" or "held by", or the captor
    of the last detention read in this sentence or the two before (not of the asker's own
    state); None where the demand asks for no release or no holder is known."""
    doc = sent.doc
    k = trig.match_end
    nouns = RELEASE_NOUNS | WITHDRAWAL_NOUNS
    while k < min(sent.s1, trig.match_end + 5) and doc[k].lower_ not in nouns:
        possessive = doc[k].text in ("'", "’") and doc[k - 1].lower_.endswith("s")
        if doc[k].lower_ in ("to", "that", "and", ",") or (doc[k].is_quote and not possessive):
            return None  # ("urged Baku to return ...": its own object; "the soldiers' return")
        k += 1
    if k >= sent.s1 or doc[k].lower_ not in nouns:
        return None
    if doc[k].lower_ == "return" and k + 1 < sent.s1 and doc[k + 1].lower_ == "to":
        return None  # ("demanded a return to the ceasefire / to talks": no captives)
    if any(t.lower_ in LAND_RETURN_NOUNS for t in doc[k + 1 : min(sent.s1, k + 5)]) or any(
        (registry.get(m.actor) or {}).get("kind") == "territory" and k < m.start <= k + 4
        for m in sent.mentions
    ):
        return None  # ("demanded the return of territories occupied by Armenia": land)
    held_types = ("coerce",)
    if doc[k].lower_ in WITHDRAWAL_NOUNS:
        # ("said Azerbaijani troops had advanced into its territory and demanded their
        # withdrawal": the occupier's; not "the withdrawal of X", whose X is named)
        if doc[k - 1].lower_ not in ("their", "its"):
            return None
        held_types = ("occupy", "control")
    if any(m.actor and trig.end <= m.start < k for m in sent.mentions):
        # ("expected Moscow to help secure the release", "demanded Russian assistance for
        # their release": the one named)
        return None
    own = _state_of(registry, asker)
    named = _held_in(sent, k, own, registry) if held_types == ("coerce",) else None
    if named:
        return named
    recent = [c for c in out if c.type in held_types and c.head < trig.start] + [
        c
        for t in held_types
        for c in discourse.acts.get(t, [])
        if 0 < sent.number - c.sentence <= 2
    ]
    recent.sort(key=lambda c: (c.sentence, c.head))
    captors = [c for c in recent if c.source and _state_of(registry, c.source) != own]
    # (the captor of the asker's own people first: "Azerbaijan detained an Armenian soldier.
    # Russia detained an Azerbaijani. Armenia demanded the soldier's release")
    mine = [c for c in captors if _state_of(registry, c.target) == own]
    return (mine or captors)[-1].source if captors else None


def _held_in(sent, k: int, own, registry) -> str | None:
    """The holder named after the captives of the release noun at *k* ("the release of all
    Armenians held in Baku / held by Azerbaijan"), not of the asker's state *own*; None if
    none is named (or "held in" follows a meeting: "talks held in Moscow")."""
    doc = sent.doc
    for i in range(k + 1, min(sent.s1 - 1, k + 12)):
        if doc[i - 1].lower_ in MEETING_NOUNS:
            return None  # ("at a meeting held in Brussels", "during talks held in Moscow")
        if doc[i].lower_ in HOLDING_WORDS and doc[i + 1].lower_ in ("in", "by"):
            held = [
                m  # (a capital after "held in" is a venue: "held in Baku")
                for m in [*sent.mentions, *sent.venues]
                if m.actor and m.start in (i + 2, i + 3)
            ]
            if held and _state_of(registry, held[0].actor) != own:
                return held[0].actor
            return None
    return None


#: Words right before an attributive "visiting" ("met visiting X", "the visiting X").
VISITING_BEFORE = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "met", "meets", "received", "receives"]
    + ["hosted", "hosts", "welcomed", "welcomes", "greeted", "warned", "told", "thanked", "urged"]
    + ["briefed", "assured", "with"]
)


def _visiting_guest(sent, trig, registry, sources: list, targets: list) -> tuple:
    """ "Aliyev and the visiting Pakistani prime minister signed ...", "Pashinyan met visiting
    EU Council President Charles Michel": the persons, or else the demonyms, right after an
    attributive "visiting" (after a determiner, a number or a verb of meeting) are the guests
    who visit the subject; not "Erdogan, visiting President Aliyev in Baku, ..." (he visits)
    nor "Aliyev, visiting Ankara" (the place visited)."""
    doc = sent.doc
    before = doc[trig.start - 1] if trig.start > sent.s0 else None
    if before is None or not (before.lower_ in VISITING_BEFORE or before.like_num):
        return sources, targets
    near = [
        m
        for m in sent.mentions
        if m.actor and trig.end <= m.start <= trig.end + 6 and m.label != "PRONOUN"
    ]
    if not near or near[0].start > trig.end + 3:
        return sources, targets
    persons = [m for m in near if (registry.get(m.actor) or {}).get("kind") == "person"][:1]
    if persons:
        guests = persons  # ("hosted visiting Azerbaijani leader Ilham Aliyev": Aliyev)
    elif near[0].label in ("ADJ", "AGENT"):
        # ("met visiting Armenian and Azerbaijani leaders": both)
        guests = [m for m in near if m.label in ("ADJ", "AGENT")]
    else:
        return sources, targets
    ids = {m.actor for m in guests}
    hosts = [s for s in sources if s[0] not in ids]
    if not hosts:
        return sources, targets
    return [(m.actor, m) for m in guests], hosts


#: Nouns of what was asked or offered that a relative clause may reject (", a demand Yerevan
#: rejects", ", an offer the Karabakh authorities refused").
ASKED_NOUNS = DEMAND_NOUNS | PROPOSAL_NOUNS | {"condition", "call"}


def _rejected_antecedent(sent, trig, out: list, sources: list) -> list:
    """ "Baku wants Yerevan to change its constitution, a demand Yerevan rejects", "The European
    Parliament called for sanctions, a demand Azerbaijan rejects": a rejection in a relative
    clause after a noun of asking or offering rejects the one who asked or offered earlier in
    the sentence; ``[]`` where it is no such clause."""
    doc = sent.doc
    k = sources[0][1].start if sources[0][1] is not None else trig.start
    k -= 1
    while k > sent.s0 and doc[k].lower_ in ("the", "that", "which"):
        k -= 1  # (", an offer the ethnic Armenian leadership rejects")
    if k - 2 < sent.s0 or doc[k].norm_ not in ASKED_NOUNS:
        return []
    if doc[k - 1].lower_ not in ("a", "an", "the") or doc[k - 2].text != ",":
        return []
    x = sources[0][0]
    askers = [
        c.source
        for c in out
        if c.head < k
        and c.source != x
        and (c.type in ("demand", "appeal") or c.status == "offered")
    ]
    return [(askers[-1], None)] if askers else []


def _spy_service(doc, targets: list) -> bool:
    """Whether the one named is a state's spies: a demonym before a noun of SPY_NOUNS
    ("recruited by Azerbaijani intelligence")."""
    m = targets[0][1] if targets else None
    return m is not None and m.end < len(doc) and doc[m.end].lower_ in SPY_NOUNS


def _spy_accuser(sent, trig, targets: list, registry) -> list:
    """The state or body that charges someone with spying for another ("Armenia's NSS
    detained a man who was spying for Azerbaijan"): the first state or organisation named
    before the trigger that is not the one spied for; ``[]`` if none."""
    spied_for = {_state_of(registry, t[0]) for t in targets}
    for m in sent.mentions:
        if m.start >= trig.start or not m.actor or m.label == "ADJ":
            continue
        kind = (registry.get(m.actor) or {}).get("kind")
        if kind in ("state", "igo", "government") and _state_of(registry, m.actor) not in spied_for:
            return [(m.actor, m)]
    return []


def _requested_mediation(out: list, registry) -> list:
    """ "The ICRC facilitated the handover at the request of both sides": a request made of the
    one who mediates in the sentence asks for its mediation (``request_mediation``, in place);
    a request is never of the requesters' own states ("talks between Mirzoyan and Bayramov
    were held at the request of both sides": not Armenia's of Bayramov)."""
    mediators = {c.source for c in out if c.type == "mediate"}
    asking = {_state_of(registry, c.source) for c in out if c.rule == "request"} - {None}
    kept = []
    for c in out:
        if c.rule == "request" and c.type == "appeal" and c.target in mediators:
            c.type = "request_mediation"
        if c.rule == "request" and len(asking) > 1 and _state_of(registry, c.target) in asking:
            continue
        kept.append(c)
    return kept


#: Relations of an agreement between two that a third party may welcome ("welcomed it").
ACCORD_TYPES = frozenset(["cooperate", "sign_agreement", "ceasefire"])
#: Rules of a swap two sides made, welcomed as their agreement is ("A and B swapped prisoners
#: ... Michel welcomed it as a step toward trust").
EXCHANGE_ACCORD_RULES = frozenset(["exchange_prisoners"])


def _accord_like(c) -> bool:
    """Whether *c* is an agreement of two (or a swap they made) that a later "welcomed it"
    refers back to."""
    return bool(c.target) and (c.type in ACCORD_TYPES or c.rule in EXCHANGE_ACCORD_RULES)


#: Rules of a welcome of the agreement of two, each of whom it supports.
WELCOME_ACCORD_RULES = frozenset(
    ["welcome_accord", "welcome_news", "welcome_accord_between", "express_support_accord"]
)
#: Verbs of welcoming what was agreed or decided.
WELCOME_VERBS = frozenset(["welcome", "hail", "praise", "commend", "applaud"])
#: Nouns of a court's decision: welcomed, the court is supported.
RULING_NOUNS = frozenset(["ruling", "order", "verdict", "judgment", "judgement", "rulings"])
#: Nouns that refer back to an agreement just stated ("welcomed the move", "called it a
#: historic step").
ACCORD_BACK_NOUNS = frozenset(["it", "move", "step", "decision", "development", "news"])
#: Nouns that refer back to a body's report or call ("welcomed the report / the findings").
REPORT_BACK_NOUNS = frozenset(
    ["report", "findings", "calls", "call", "investigation", "study", "recommendations"]
    + ["conclusions", "appeal", "assessment", "opinion"]
)
#: Words that may stand between a welcoming verb and what it welcomes.
WELCOMED_GAP = frozenset(
    ["the", "this", "that", "these", "court's", "'s", "legally", "binding", "both", "its"]
    + ["their", "report's", "group's", "committee's"]
)


def _assembly(registry, actor: str) -> bool:
    """Whether *actor* is a body named an assembly or a parliament (PACE, the European
    Parliament, the UN General Assembly)."""
    name = registry.name(actor).lower()
    return "assembly" in name or "parliament" in name


#: First names of women in the news of this conflict (for "her remarks"), besides surnames
#: of the feminine form (Zakharova, Abdullayeva).
FEMALE_FIRST_NAMES = frozenset(
    ["ani", "maria", "leyla", "ursula", "kaja", "samantha", "nancy", "catherine", "marta"]
    + ["dunja", "salome", "hillary", "victoria", "kamala", "annalena", "liz", "federica"]
    + ["tanya", "marie", "zaruhi", "anna", "lilit", "kristine", "sevil", "mehriban", "laura"]
)


def _female_name(name: str) -> bool:
    """Whether the person's *name* is a woman's by its form: a first name of
    FEMALE_FIRST_NAMES, or a surname of the feminine Slavic or Azerbaijani form."""
    words = name.lower().split()
    if not words:
        return False
    surname = words[-1]
    return words[0] in FEMALE_FIRST_NAMES or surname.endswith(("ova", "eva", "ina", "aya"))


def _head_titles(titles) -> bool:
    """Whether *titles* name a head of state or government ("prime minister"; not "deputy
    prime minister")."""
    return any(
        t in HEAD_OFFICES
        and not any(d.endswith(" " + t) and d.split()[0] in DEPUTY_WORDS for d in titles)
        for t in titles
    )


def _shuttle_mediates(c, registry) -> bool:
    """Whether "X shuttled between A and B" (*c*, a ``shuttle_between`` reading) is mediation:
    X of neither side, and A and B the sides of this conflict (Armenia and
    Azerbaijan, or Baku and the separatists), not a tour ("between Israel and Jordan",
    "between Brussels and Prague") or trucks."""
    if len(c.between or ()) != 2:
        return False
    sides = {_state_of(registry, x) or x for x in c.between}
    pair = set(_karabakh_states(registry))
    if _state_of(registry, c.source) in sides:
        return False
    return bool(pair) and (sides == pair or (len(sides & pair) == 1 and "separatists" in sides))


def _accusers_of(discourse, registry, x: str) -> list:
    """Those who accused *x*, or any actor of *x*'s state ("Pashinyan accused Russia's
    peacekeepers" for the Kremlin), by the accused in the order first charged."""
    state = _state_of(registry, x)
    return [
        who
        for accused, whos in discourse.accusers.items()
        if accused == x or (state and _state_of(registry, accused) == state)
        for who in whos
    ]


_GAZETTEER_HEADS: dict = {}


def _gazetteer_heads(gz) -> frozenset:
    """The persons of the gazetteer who ever held an office of HEAD_OFFICES (found once per
    gazetteer)."""
    if gz.key not in _GAZETTEER_HEADS:
        _GAZETTEER_HEADS[gz.key] = frozenset(
            p
            for (_, title), held in gz.offices.items()
            if " ".join(title) in HEAD_OFFICES
            for *_, p in held
        )
    return _GAZETTEER_HEADS[gz.key]


def _welcomed_envoys_states(out: list, discourse, registry) -> list:
    """ "Deputy prime ministers Grigoryan and Mustafayev agreed on the border. Guterres
    welcomed the agreement": a welcome of an accord that the sentence names no party of
    supports the states its envoys or ministers signed for, not the envoys; heads of state or
    government stay (the leaders' own deal). A reading so moved that one already made
    states is dropped."""
    heads = _gazetteer_heads(registry.gazetteer) | {
        p for _, p, titles in discourse.titled if _head_titles(titles)
    }
    have = {(c.sentence, c.source, c.target, c.type) for c in out}
    kept = []
    for c in out:
        if (
            c.rule in WELCOME_ACCORD_RULES
            and "target " not in c.spans
            # (not named in the sentence: "the agreement reached by Mirzoyan and Bayramov")
            and registry.name(c.target).split()[-1] not in c.evidence
            and (registry.get(c.target) or {}).get("kind") == "person"
            and c.target not in heads
        ):
            state = _state_of(registry, c.target)
            if state and state != _state_of(registry, c.source):
                key = (c.sentence, c.source, state, c.type)
                if key in have:
                    continue
                have.add(key)
                c = replace(c, target=state)
        kept.append(c)
    return kept


def _reporting_bodies(sent, trig, discourse, registry, x) -> list:
    """ "Human Rights Watch said ... Azerbaijan's Defence Ministry rejected the findings": the
    bodies that spoke last in the three sentences before, whose report, findings, statement or
    criticism the denial answers (not of the denier's state); ``[(body, None)]``."""
    doc = sent.doc
    nouns = [
        k
        for k in range(trig.end, trig.match_end)
        if doc[k].lower_ in REPORT_BACK_NOUNS | {"statement", "statements", "criticism", "ranking"}
    ]
    if not nouns or _authored_after(sent, nouns[-1]):
        return []  # (not "rejected the findings of the parliamentary commission")
    said = [
        (n, y)
        for n, y in discourse.bodies_said
        if 1 <= sent.number - n <= 3 and _state_of(registry, y) != _state_of(registry, x)
    ]
    if not said or (discourse.last_speaker and discourse.last_speaker[1] > said[-1][0]):
        return []  # (a state or a person spoke since: "the statement" is likelier theirs)
    return [(y, None) for y in dict.fromkeys(y for n, y in said if n == said[-1][0])]


def _authored_after(sent, k: int) -> bool:
    """Whether the report noun at token *k* names its author after "of", "by" or "from" ("the
    findings of the commission", "the report from Transparency International"; not "the report
    of last week", "of March 3", "from Geneva")."""
    doc = sent.doc
    if k + 2 >= sent.s1 or doc[k + 1].lower_ not in ("of", "by", "from"):
        return False
    nxt = doc[k + 2]
    if nxt.lower_ in ("the", "its", "their", "his", "her"):
        return (
            doc[k + 3].lower_ not in ("last", "this", "next", "previous")
            if k + 3 < sent.s1
            else True
        )
    place = any(
        m.start == k + 2 and (m.venue or m.label in ("TOWN", "CAPITAL"))
        for m in [*sent.mentions, *sent.venues]
    )
    return nxt.is_title and nxt.lower_ not in MONTH_NAMES and nxt.lower_ != "last" and not place


def _report_then_verb(doc, end: int, start: int) -> bool:
    """Whether a welcomed report or call ("the report", "the calls") follows token *end* and
    "and" + a past verb comes before token *start*: "welcomed the report and accused Baku"
    (Baku is the second verb's)."""
    k = end
    while k < start and doc[k].lower_ in WELCOMED_GAP:
        k += 1
    return (
        k < start
        and doc[k].lower_ in REPORT_BACK_NOUNS
        and any(
            doc[j].lower_ == "and" and doc[j + 1].is_lower and doc[j + 1].lower_.endswith("ed")
            for j in range(k + 1, start - 1)
        )
    )


#: Words before those who issue a joint statement ("the offices of", "the foreign ministers of").
JOINT_SUBJECT_WORDS = frozenset(
    ["the", "of", "offices", "office", "leaders", "governments", "foreign", "ministers"]
    + ["ministries", "presidents", "heads", "both", "defence", "defense", "prime"]
)
#: Nouns of a text two or more issue together ("in a joint statement").
JOINT_TEXT_NOUNS = frozenset(["statement", "declaration", "communique", "communiqué"])


def _joint_statement_opening(sent: _Sentence, registry, when) -> list:
    """ "In a joint statement (on 7 December), the offices of Pashinyan and Aliyev said ...":
    those named after the opening phrase's comma issued the statement together (``cooperate``
    between each two)."""
    doc = sent.doc
    k = sent.s0 + (1 if doc[sent.s0].is_quote else 0)
    if k + 3 >= sent.s1 or doc[k].lower_ != "in":
        return []
    joint = next(
        (j for j in range(k + 1, min(k + 4, sent.s1 - 1)) if doc[j].lower_ == "joint"), None
    )
    if joint is None or doc[joint + 1].lower_ not in JOINT_TEXT_NOUNS:
        return []
    comma = next(
        (j for j in range(joint + 2, min(joint + 10, sent.s1)) if doc[j].text == ","), None
    )
    if comma is None:
        return []
    first = next(
        (m for m in sent.mentions if m.actor and m.label != "ADJ" and comma < m.start <= comma + 4),
        None,
    )
    if first is None or not all(
        t.is_title or t.lower_ in JOINT_SUBJECT_WORDS for t in doc[comma + 1 : first.start]
    ):
        return []  # ("In a joint statement, the ministers urged Armenia and Azerbaijan to ...")
    group = [m for m in _group_right(doc, sent.mentions, first, sent.s1) if m.actor]
    names = list(dict.fromkeys(m.actor for m in group))
    return [
        _reading(sent, a, b, "cooperate", "joint_statement_opening", 0.6, (joint, joint + 1), when)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if _state_of(registry, a) != _state_of(registry, b)
    ]


def _welcomed_back(sent: _Sentence, out, discourse, registry, when) -> list:
    """ "The ICJ ordered Azerbaijan to ... Armenia's Foreign Ministry welcomed the ruling": the
    court the text named last is supported; "Armenia and Azerbaijan agreed to ... Moscow also
    welcomed it", "... Blinken called it a historic step": each of the two who agreed (stated
    no more than two sentences before) is supported by the one who welcomes it (the verb's
    subject), when the welcoming verb found no one else."""
    doc, extra = sent.doc, []
    heads = {c.head for c in out}
    for t in sent.triggers:
        if t.rule.type != "support" or t.start in heads:
            continue
        lemma = doc[t.start].lemma_.lower()
        named_it = lemma == "call" and t.end < sent.s1 and doc[t.end].lower_ == "it"
        if lemma not in WELCOME_VERBS and not named_it:
            continue
        before = doc[max(sent.s0, t.start - 3) : t.start]
        if any(w.norm_ in NEGATORS or w.lower_ in ("refused", "declined") for w in before):
            continue  # ("Iran did not welcome it", "Russia refused to welcome it")
        k = t.end
        while k < sent.s1 and doc[k].lower_ in WELCOMED_GAP:
            k += 1
        if k >= sent.s1:
            continue
        noun = doc[k].lower_
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, t.start, sent.reports)
        # ("..., and Iran also welcomed it": the actor right before the verb)
        subject = [
            m
            for m in sent.mentions
            if m.actor
            and m.label != "ADJ"
            and 0 <= t.start - m.end <= 2
            and all(doc[j].lower_ in ("also", "too", "has", "had") for j in range(m.end, t.start))
        ]
        full = [m for m in sent.subject(t.start, left) if m.actor and m.label != "ADJ"]
        if not subject or subject[0] in full:
            subject = full  # ("the United States and the European Union welcomed it": both)
        if not subject:
            continue
        targets = []
        court_at, word_at = discourse.court_at
        if noun in RULING_NOUNS and discourse.last.get("court"):
            # (the court named in the last two sentences, and no other court since: not "The
            # Constitutional Court ruled ...", no actor, after the ICJ)
            if court_at >= word_at and sent.number - court_at <= 2:
                targets = [discourse.last["court"]]
        elif noun in REPORT_BACK_NOUNS and not _authored_after(sent, k):
            # (not "the report from Transparency International": its author named, unknown)
            # ("Human Rights Watch said ... Armenia welcomed the report": the bodies named
            # last, in the four sentences before, that reported or called)
            named = [(n, x) for n, x in discourse.orgs if 1 <= sent.number - n <= 4]
            targets = list(dict.fromkeys(x for n, x in named if n == named[-1][0]))
        elif noun in ACCORD_BACK_NOUNS or named_it:
            # ("The EU welcomed the agreement of the two countries, Moscow also welcomed it":
            # the two the welcome before it supports)
            welcomed = [
                c.target for c in out if c.rule in WELCOME_ACCORD_RULES and c.head < t.start
            ]
            agreed = [c for c in out if _accord_like(c) and c.head < t.start]
            if welcomed:
                targets = list(dict.fromkeys(welcomed))
            elif agreed:  # ("A and B signed a deal, and Iran also welcomed it")
                targets = [agreed[-1].source, agreed[-1].target]
            elif discourse.accord and 0 <= sent.number - discourse.accord[1] <= 2:
                targets = list(discourse.accord[0])
            if any(_same_side(registry, m.actor, y) for m in subject for y in targets):
                continue  # ("Pashinyan welcomed it": a party's own agreement)
        for m in subject:
            for y in targets:
                if _own_side(registry, m.actor, y) or _same_side(registry, m.actor, y):
                    continue
                extra.append(
                    _reading(
                        sent, m.actor, y, "support", "welcomed_back", 0.5, (t.start, k), when, (m,)
                    )
                )
    return extra


def _amounting_crimes(sent: _Sentence, out, speakers, discourse, registry, when) -> list:
    """ "Armenia's foreign ministry said the arrests amounted to hostage-taking", "Moreno
    Ocampo said the blockade amounted to genocide", "Aliyev said the reference amounted to a
    territorial claim on Azerbaijan": the speaker charges the doer of the act said to amount
    to a crime (a possessor or demonym in the act's words, else as `_named_doer`), ``alleged``;
    not "could amount to" (a hedge, which other rules read), nor a question."""
    doc, extra = sent.doc, []
    for i in range(sent.s0 + 2, sent.s1 - 1):
        if doc[i].lower_ not in AMOUNT_VERBS:
            continue
        named = _names_a_crime(doc, i, sent.s1)
        if named is None or named - i > 6:
            continue
        if doc[i - 1].lower_ in ("not", "n't", "could", "would", "might", "may", "does", "do"):
            continue
        said = _nearest_speaker(doc, speakers, i, sent.s0)
        if said is None:
            continue
        source, speaker = said
        start = max(
            [sent.s0]
            + [k + 1 for k in range(sent.s0, i) if doc[k].lower_ == "that" or k in sent.reports]
        )
        owner = [
            m
            for m in sent.mentions
            if m.actor
            and start <= m.start < named
            and m not in speaker
            and not _is_territory(registry, [m])
            and (m.label == "ADJ" or _doer_named(doc, m, sent.s1))
        ][:1]
        doer = (
            owner[0].actor
            if owner
            else _named_doer(sent, start - 1, discourse, registry, source, out)
        )
        mentions = (speaker[0], owner[0] if owner else None)
        reading = ("amounted_to_crime", (i, named), when, mentions)
        charge = _crime_charge(sent, source, doer, named, out + extra, registry, reading)
        if charge is not None:
            extra.append(charge)
    return extra


def _crime_namer(sent: _Sentence, i: int, registry) -> list:
    """The one who names an act a crime with the naming verb at *i*: the verb's subject
    ("Vardanyan, who was detained as he tried to leave for Armenia, ... called the trial an
    act of revenge"), else the last actor before the verb that is no place and follows no
    preposition; as a list of at most one mention."""
    doc = sent.doc
    said = sorted(r for r in sent.reports if r < i)
    what = i - 2 >= sent.s0 and doc[i - 2].lower_ == "what" and doc[i - 1].lower_ in ("it", "they")
    if said and (doc[i - 1].lower_ == "and" or what):
        # "Hajiyev said Armenian forces had fired at the town, and called the attack ...",
        # "the ministry said Azerbaijani troops set up a post, in what it called a violation":
        # the one who said it, not the subject of what was said
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, said[0], sent.reports - {said[0]})
        subject = [m for m in sent.subject(said[0], left) if m.actor and m.label != "ADJ"]
        if subject:
            return subject[:1]
    if what:
        # "Armenia asked the CSTO to begin consultations on what it called an incursion":
        # the pronoun is the clause's first actor, not the last one named
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, i - 2, sent.reports)
        first = [
            m
            for m in sent.mentions
            if m.actor
            and left <= m.start < i - 2
            and m.label != "ADJ"
            and not _is_territory(registry, [m])
            and _prev_word(doc, m, sent.s0) not in ("in", "on", "of", "from", "to", "by", "at")
        ][:1]
        if first:
            return first
    left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
    subject = [m for m in sent.subject(i, left) if m.actor and m.label != "ADJ"][:1]
    before = [
        m
        for m in sent.mentions
        if m.actor
        and m.end <= i
        and not _is_territory(registry, [m])
        and _prev_word(doc, m, sent.s0) not in ("in", "on", "of", "from", "to")
    ]
    opener = [m for m in before if m.label != "ADJ"][:1]
    if doc[i - 1].lower_ == "and" and opener and opener[0].start <= sent.s0 + 1 and not said:
        # "Russia's ministry summoned Azerbaijan's ambassador and called the arrests
        # unfriendly": the first verb's subject (the sentence's opener), not its object
        return opener
    if subject and not _is_territory(registry, subject):
        return subject
    return before[-1:]


def _named_doer(sent: _Sentence, i: int, discourse, registry, source: str, out=()) -> str | None:
    """The doer of the act named after the naming verb at *i* when the words name none: the
    one side whose acts of that kind ("the strike", "the arrests", "the blockade") the text
    has just stated; else, when the speaker is one of two sides the text sets against each
    other, the other ("Baku called the convoy a provocation": Armenia); else the one side
    whose attacks the text has just stated."""
    doc = sent.doc
    k = i + 1
    while k < sent.s1 and (doc[k].lower_ in BACK_WORDS or doc[k].lower_ in ACT_NOUN_GAP):
        k += 1
    kind = JUDGED_ACT_NOUNS.get(doc[k].lower_) if k < sent.s1 else None
    if kind:
        # ("Azerbaijan installed a checkpoint ... called the move a violation": any act)
        kinds = sorted(discourse.acts) if kind == "any" else [kind]
        acts = [
            a
            for x in kinds
            for a in discourse.acts.get(x, ())
            if a.status in ("asserted", "alleged") and 0 <= sent.number - a.sentence <= ACT_REACH
        ] + [c for c in out if c.type in kinds and c.head < i]  # (or in this sentence before)
        doers = {_state_of(registry, a.source) for a in acts}
        if len(doers) == 1 and None not in doers:
            return acts[-1].source
    other = _counterpart(discourse, registry, source, hostile=True)
    if other:
        return other
    acts = [a for a in discourse.acts.get("attack", ()) if a.status in ("asserted", "alleged")]
    # ("Azerbaijani troops opened fire near Sotk, in what Yerevan called a violation")
    acts += [c for c in out if c.type == "attack" and c.head < i]
    doers = {_state_of(registry, a.source) for a in acts[-3:]}
    return acts[-1].source if len(doers) == 1 else None


def _doer_named(doc, m, s1: int) -> bool:
    """Whether mention *m* names a doer: a possessor ("Azerbaijan's actions"), a demonym before
    a noun ("the Azerbaijani side"), after "of" ("the actions of X") or "between"."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    after = doc[m.end].lower_ if m.end < s1 else ""
    of_the = before == "the" and m.start > 1 and doc[m.start - 2].lower_ == "of"
    return (
        after in ("'s", "’s")
        or m.label == "ADJ"
        or before in ("of", "between")
        or of_the
        or _deed_agent(doc, m)  # ("the treatment of drivers by Azerbaijan")
    )


#: Participles that are no "-ed" words, whose "by" names their own agent ("a truce brokered
#: by Russia", "a plan drawn up by France").
IRREGULAR_PARTICIPLES = SAME_FORM_PARTICIPLES | frozenset(
    ["made", "held", "led", "brought", "sent", "drawn", "won", "taken", "given", "written"]
    + ["shown", "known", "seen", "done", "up"]
)


def _deed_agent(doc, m) -> bool:
    """Whether mention *m* follows a "by" that names a deed noun's agent ("the treatment of
    drivers by Azerbaijan"), not a participle's ("the ceasefire brokered by Russia")."""
    if m.start < 2 or doc[m.start - 1].lower_ != "by":
        return False
    verb = doc[m.start - 2].lower_
    return not (verb.endswith(("ed", "en")) or verb in IRREGULAR_PARTICIPLES)


def _nearest_speaker(doc, speakers: list, i: int, s0: int):
    """(speaker id, speaker mentions) of the reporting verb nearest token i on its side (the
    last before, the first after), or None; none when that verb is negated ("did not say")."""
    near = []
    for trig, speaker, where in speakers:
        ids = [m.actor for m in speaker if m.actor]
        if not ids or doc[trig.start - 1].lower_ in ("'s", "’s"):
            continue  # ("Armenia's claims": a noun, not a verb of saying)
        # "Blinken said ... is unacceptable": the speaker right before its verb, before the
        # judgement; '"... is unacceptable," Pashinyan said': the attribution after it
        before = trig.start < i and speaker[-1].end in (trig.start, trig.start - 1)
        # ("According to the ministry, Azerbaijan's actions are unacceptable")
        according = trig.start < i and doc[trig.start].lower_ == "according"
        if before or according or (where == "after" and trig.start > i):
            near.append((abs(trig.start - i), trig, ids[0], speaker))
    if not near:
        return None
    _, trig, source, speaker = min(near, key=lambda x: x[0])
    if any(t.lower_ in ("not", "n't", "never") for t in doc[max(s0, trig.start - 3) : trig.start]):
        return None
    return source, speaker


def _preconditions(sent: _Sentence, speakers: list, registry, when) -> list:
    """ "X says any peace deal is conditional on Y's changing its constitution": X demands of
    Y (the first actor after "conditional / contingent on"; X the sentence's speaker, before or
    after the clause; not after "not")."""
    doc, out = sent.doc, []
    if "conditional" not in sent.text and "contingent" not in sent.text:
        return out
    for i in range(sent.s0 + 1, sent.s1 - 2):
        if doc[i].lower_ not in ("conditional", "contingent") or doc[i + 1].lower_ not in (
            "on",
            "upon",
        ):
            continue
        if doc[i - 1].lower_ in ("not", "never"):
            continue  # "peace is not conditional on Russia": no demand
        heard = [m for m in sent.mentions if m.actor and i + 1 < m.start <= i + 6]
        said = [sp[0] for trig, sp, where in speakers if sp and sp[0].actor]
        if not heard or not said or said[0].actor == heard[0].actor:
            continue
        source, target = said[0], heard[0]
        if not _plausible(registry, "demand", source.actor, target.actor):
            continue
        out.append(
            _reading(
                sent,
                source.actor,
                target.actor,
                "demand",
                "precondition",
                0.55,
                (i, i + 1),
                when,
                (source, target),
            )
        )
    return out


def _conditions(sent: _Sentence, refused: list, speakers: list, registry, when) -> list:
    """ "X said there would be no talks if Y continues to ...", "X will not sign unless Y
    ...": a cooperation refused on a condition is X's demand on Y."""
    doc, out = sent.doc, []
    for trig, subj in refused:
        k = next(
            (
                i
                for i in range(trig.end, min(sent.s1, trig.end + 8))
                if doc[i].lower_ in ("if", "unless", "until")  # ("will not sign until Y ...")
            ),
            None,
        )
        heard = [
            m
            for m in sent.mentions
            if k is not None and k < m.start <= k + 3 and m.actor and m.label != "ADJ"
        ][:1]
        said = [
            sp[0] for t, sp, where in speakers if sp and where == "before" and t.start < trig.start
        ]
        source = (subj or said)[:1]
        if not heard or not source or not source[0].actor:
            continue
        x, y = source[0].actor, heard[0].actor
        if x == y or y in registry.lineage(x) or not _plausible(registry, "demand", x, y):
            continue
        out.append(
            _reading(
                sent,
                x,
                y,
                "demand",
                "conditional_refusal",
                0.6,
                (k, k),
                when,
                (source[0], heard[0]),
            )
        )
    return out


#: Verbs of the change a condition asks of a state's law ("until Armenia amends").
CHANGE_VERBS = frozenset(
    ["amend", "amends", "amended", "amending", "change", "changes", "changed", "changing"]
    + ["remove", "removes", "removed", "removing", "drop", "drops", "dropped", "dropping"]
    + ["delete", "deletes", "deleted", "deleting", "rewrite", "rewrites", "rewriting"]
    + ["revise", "revises", "revised", "revising", "scrap", "scraps", "scrapping"]
)
#: What the change is made to.
CHANGED_LAW_WORDS = frozenset(
    ["constitution", "preamble", "claims", "claim", "reference", "references", "declaration"]
)
#: Words that make a change a condition or an expectation, not a report of it.
CONDITION_WORDS = frozenset(
    ["until", "unless", "once", "before", "long", "only", "expect", "expects", "expected"]
    + ["insist", "insists", "insisted", "must", "should", "require", "requires", "required"]
    + ["precondition", "prerequisite", "condition", "conditions", "wants", "want", "wanted"]
)


def _demanded_changes(sent: _Sentence, out: list, speakers: list, registry, when) -> list:
    """ "Baku insists the treaty cannot be signed until Armenia removes from its constitution a
    reference to Karabakh", "Baku still expected Yerevan to drop the claims in its
    constitution", "would not sign as long as the Armenian constitution contained claims":
    the change of a state's constitution that a condition asks is the speaker's (else the
    sentence's first actor's) demand of that state, as the dev set codes Baku's demand."""
    doc = sent.doc
    words = [t.lower_ for t in doc[sent.s0 : sent.s1]]
    if "constitution" not in words or not CONDITION_WORDS & set(words):
        return []
    named = [m for m in sent.mentions if m.actor]
    for i in range(sent.s0, sent.s1):
        w = doc[i].lower_
        if w in CHANGE_VERBS:
            law = any(t.lower_ in CHANGED_LAW_WORDS for t in doc[i + 1 : min(sent.s1, i + 8)])
            doers = [m for m in named if m.end <= i and i - m.end <= 2]
        elif w in ("contains", "contained", "contain") and i > sent.s0 + 1:
            law = doc[i - 1].lower_ == "constitution"
            doers = [m for m in named if m.end <= i - 1 and i - 1 - m.end <= 2]
            state = registry.gazetteer.demonyms.get(doc[i - 2].lower_)
            if not doers and state:
                # ("as long as the Armenian constitution contains claims": the demonym's state)
                doers = [Mention.of_span(doc[i - 2 : i - 1], state, "ADJ")]
        else:
            continue
        if not law or not doers:
            continue
        if not any(t.lower_ in CONDITION_WORDS for t in doc[max(sent.s0, i - 14) : i]):
            continue  # ("Armenia amended its constitution in 2005": a report)
        target = doers[-1]
        said = [
            sp[0]
            for trig, sp, where in speakers
            if sp and sp[0].actor and trig.start < i and sp[0] is not target
        ]
        first = [m for m in named if m.start < target.start and m.label != "ADJ"]
        source = (said or first)[:1]
        if not source:
            return []
        x, y = source[0].actor, target.actor
        if (
            _state_of(registry, x) == _state_of(registry, y)
            or not _plausible(registry, "demand", x, y)
            or any(c.type == "demand" and c.source == x and c.target == y for c in out)
        ):
            return []
        return [
            _reading(
                sent, x, y, "demand", "demanded_change", 0.55, (i, i), when, (source[0], target)
            )
        ]
    return []


#: What one says who denies a blockade ("there is no blockade", "the road remained open to
#: civilian traffic", "vehicles can pass freely", "is not blocking anything").
OPEN_ROAD = re.compile(
    r"\bno (?:so-called )?blockade\b"
    r"|\b(?:road|corridor|route|highway)\b[^.;]{0,40}?\b(?:is|was|remains|remained|were|are|"
    r"had been|has been|stays|stayed)\s+(?:still\s+|fully\s+|always\s+)?open\b"
    r"|\b(?:circulate|pass|move|travel)\w*\s+freely\b"
    r"|\bnot (?:blocking|blockading|meant to block)\b",
    re.IGNORECASE,
)


def _open_road_denials(sent, out: list, speakers: list, discourse, registry, when) -> list:
    """ "Armenia accused Azerbaijan of blockading the corridor. Hajizada said the road was open
    to civilian traffic", "Aliyev insisted there was no blockade": the one of the accused side
    who says the road is open denies the charge of its accuser (as the dev set codes "there
    was no so-called blockade" and "civilian transports can circulate freely")."""
    match = OPEN_ROAD.search(sent.text)
    if match is None or not discourse.accusers:
        return []
    said = [sp[0] for t, sp, where in speakers if sp and sp[0].actor]
    first = [
        m
        for m in sent.mentions
        if m.actor
        and m.label != "ADJ"
        and (registry.get(m.actor) or {}).get("kind") in ("state", "person", "government")
    ][:1]
    source = (said or first)[:1]
    if not source:
        return []
    x = source[0].actor
    side = _state_of(registry, x)
    accusers = [
        a
        for accused in (x, side)
        for a in discourse.accusers.get(accused, [])
        if _state_of(registry, a) != side
        and (registry.get(a) or {}).get("kind") not in ("territory", None)
    ]
    if side is None or not accusers or any(c.type == "deny" for c in out):
        return []  # (a denial the sentence states already: "denied that the road was blocked")
    base = sent.doc[sent.s0].idx
    k = sent.doc.char_span(base + match.start(), base + match.end(), alignment_mode="expand").start
    return [
        _reading(
            sent, x, accusers[-1], "deny", "open_road_denial", 0.55, (k, k), when, (source[0], None)
        )
    ]


def _agreed_by_two(out: list, sent) -> list:
    """ "The withdrawal was agreed by Putin and Aliyev": both parties stand after the "by";
    "The deployment was agreed by the EU Council, irritating Moscow" names one, and is no
    cooperation of the EU with Moscow."""
    doc = sent.doc
    kept = []
    for c in out:
        if c.rule == "agreed_by":
            by = next((i for i in range(c.head, sent.s1) if doc[i].lower_ == "by"), sent.s1)
            stop = next((i for i in range(by, sent.s1) if doc[i].text in (",", ";", ".")), sent.s1)
            after = {m.actor for m in sent.mentions if m.actor and by < m.start < stop}
            if not {c.source, c.target} <= after:
                continue
        kept.append(c)
    return kept


#: Words for the road a blockade closes ("the reopening of the corridor").
CLOSED_ROAD_WORDS = frozenset(["road", "corridor", "route", "highway", "lifeline", "crossing"])


def _road_ahead(sent, i: int, registry) -> bool:
    """Whether a road or corridor is what is reopened at token *i* ("reopen the Lachin
    corridor", "the road's reopening"; not "its embassy", "all transport links")."""
    doc = sent.doc
    near = range(max(sent.s0, i - 3), min(sent.s1, i + 6))
    return any(doc[k].lower_ in CLOSED_ROAD_WORDS for k in near) or any(
        m.actor and _actor_class(registry, m.actor) == "corridor" and m.start in near
        for m in sent.mentions
    )


#: Words of undoing a blockade ("the reopening of the corridor", "to lift the blockade").
REOPEN_WORDS = frozenset(["reopen", "reopening", "reopened", "unblock", "unblocking"])
END_WORDS = frozenset(["lift", "lifting", "end", "ending"])
CLOSURE_NOUNS = frozenset(["blockade", "closure", "siege"])
#: Words that make it asked for ("gathered to demand the reopening of the corridor").
DEMAND_CUES = frozenset(
    ["demand", "demanded", "demanding", "demands", "call", "called", "calling", "calls"]
    + ["urge", "urged", "urging", "insist", "insisted", "appeal", "appealed", "imperative"]
)


def _reopening_demands(sent, out: list, speakers: list, discourse, registry, when) -> list:
    """ "Azerbaijan closed the corridor on Tuesday. ... 6,000 people gathered in Karabakh to
    demand the reopening of the corridor", "Blinken called for the immediate reopening of the
    Lachin corridor": an undoing of a blockade asked for, of no one the sentence names, is asked
    of the one the text has said blocks (the doer of its last blockade, as the dev set codes
    the addressee the text leaves out)."""
    doc = sent.doc
    if any(c.type in ("demand", "appeal") and c.target for c in out):
        return []  # ("called on Baku to lift the blockade": the one called on is named)
    blocks = [a for a in discourse.acts.get("blockade", ()) if a.status in ("asserted", "alleged")]
    if not blocks:
        return []
    for i in range(sent.s0 + 1, sent.s1):
        w = doc[i].lower_
        k = i + 1 + (i + 1 < sent.s1 and doc[i + 1].lower_ in ("the", "a", "to"))
        if w in END_WORDS and k < sent.s1 and doc[k].lower_ == "the":
            k += 1  # ("an end to the blockade")
        if not (
            (w in REOPEN_WORDS and _road_ahead(sent, i, registry))
            or (w in END_WORDS and k < sent.s1 and doc[k].lower_ in CLOSURE_NOUNS)
        ):
            continue
        cue = next(
            (j for j in range(i - 1, max(sent.s0, i - 7) - 1, -1) if doc[j].lower_ in DEMAND_CUES),
            None,
        )
        if cue is None:
            continue
        said = [sp[0] for t, sp, where in speakers if sp and sp[0].actor]
        before = [
            m
            for m in sent.mentions
            if m.actor
            and m.end <= cue
            and not m.venue
            and m.label != "ADJ"
            and (registry.get(m.actor) or {}).get("kind") != "territory"
        ]
        source = before[:1] or said[:1]  # (the sentence's subject)
        if (
            not source
            or any(
                m.actor
                and cue < m.start < i
                and (registry.get(m.actor) or {}).get("kind") != "territory"
                for m in sent.mentions
            )
            or doc[cue + 1].lower_ in ("on", "upon")
        ):
            return []  # ("called on the Russian contingent to reopen the road": the one asked)
        x, y = source[0].actor, blocks[-1].source
        if _state_of(registry, x) == _state_of(registry, y) or not _plausible(
            registry, "demand", x, y
        ):
            return []
        return [
            _reading(sent, x, y, "demand", "reopening_demand", 0.5, (i, i), when, (source[0], None))
        ]
    return []


MEDIATED_EVENTS = {
    "talk": "negotiate",
    "negotiation": "negotiate",
    "meeting": "meet",
    "summit": "meet",
}


#: Words that make talks of three a mediation by the one outside the conflict's pair.
TRILATERAL_WORDS = frozenset(["trilateral", "three-way", "tripartite"])


def _trilateral(cands: list, sent, discourse, registry) -> list:
    """ "Putin, Aliyev and Pashinyan held trilateral talks": of three who talk or meet, the one
    outside the pair the text has set against each other (or named together) mediates between
    the other two, who negotiate. Unchanged when the text has no such pair or when it does
    not leave exactly one of the three outside."""
    if not {t.lower_ for t in sent.doc[sent.s0 : sent.s1]} & TRILATERAL_WORDS:
        return cands
    talks, people = _talks_and_people(cands)
    # (a pair named before this sentence: not the first two of its own list of three)
    earlier = discourse.named and discourse.pair_at != sent.number
    pair = discourse.dyad or (discourse.pair if earlier else None)
    if len(people) != 3:
        return cands
    if not pair:
        # "Trilateral talks between Putin, Aliyev and Pashinyan" in a headline: read again at
        # the end of the text, once it has set two of them against each other
        discourse.trios.append(sent.number)
        return cands
    return _trio_mediation(cands, talks, people, pair, registry)


def _talks_and_people(cands: list) -> tuple:
    """The talks and meetings among *cands* (not offered ones), and the actors in them."""
    talks = [c for c in cands if c.type in ("negotiate", "meet") and c.status != "offered"]
    return talks, list(dict.fromkeys(x for c in talks for x in (c.source, c.target)))


def _trio_mediation(cands: list, talks: list, people: list, pair: tuple, registry) -> list:
    """The trilateral talks *talks* among *people* (three) as the mediation of the one outside
    *pair* between the other two (see `_trilateral`); *cands* unchanged when not exactly one
    is outside."""
    sides = {_state_of(registry, x) for x in _states_of(pair, registry)}
    outside = [x for x in people if _state_of(registry, x) not in sides]
    inside = [x for x in people if x not in outside]
    if len(outside) != 1 or len({_state_of(registry, x) for x in inside}) != 2:
        return cands
    mediator, (a, b) = outside[0], inside
    first = next(c for c in talks if mediator in (c.source, c.target))
    out = [c for c in cands if not (c in talks and mediator in (c.source, c.target))]
    for y in (a, b):
        out.append(replace(first, source=mediator, target=y, type="mediate", between=[a, b]))
    if not any(c in talks and {c.source, c.target} == {a, b} for c in out):
        out.append(replace(first, source=a, target=b, type="negotiate", between=None))
    return out


#: Adverbs between a participle and its "by" ("brokered jointly by").
AGENT_ADVERBS = frozenset(["solely", "jointly", "partly", "also", "separately"])
#: Words that open a phrase of time or occasion right after an object ("criticized X at a
#: press conference", "... during talks").
PHRASE_OPENERS = DURING_WORDS | {"in", "at"}
#: Lemmas of saying after which a name is the speaker ('..., complained Minister X').
SPEECH_NORMS = frozenset(
    ["say", "complain", "tell", "add", "note", "write", "ask", "stress", "declare", "announce"]
    + ["insist", "argue", "state", "explain", "warn", "claim", "report", "reply", "respond"]
)
#: Words before a mention that may open the clause's subject, not an object inside it ("the
#: Armenian foreign minister", "and Azerbaijan").
OBJECT_ENTRY_WORDS = frozenset(["and", "the", "a", "an", "of", "his", "her", "its", "their"])
#: The conflict's wars and truces named with no party: "the 2020 war", "the 44-day war",
#: "the first Karabakh war", "a war in the early 1990s", "the November 2020 ceasefire
#: statement", "the truce that ended the 2020 war" (read with `_named_event`).
_WAR_QUALIFIER = (
    # (a single year of the first war only as a span: "the 1991 war" may be the Gulf war)
    r"(?:199[1-3]\s*[-–]\s*(?:19)?9[2-4]|1994|2020|44-day|six-week|"
    r"(?:(?:first|second)\s+)?(?:nagorno-)?karabakh)"
)
#: Words before a named war or truce that make it another one or one to come ("a new
#: Karabakh war", "the March 2020 ceasefire in Idlib").
NOT_THIS_EVENT = re.compile(
    r"\b(?:new|another|future|next|possible|renewed|great|price|trade|tariff|currency|cyber|"
    r"information|gas|oil|media|cold)\s+$"
    # another country's war named by its possessor ("Ethiopia's 2020 war", "Russia's 1994 war")
    r"|\b(?!(?:Armenia|Azerbaijan|Karabakh|Nagorno-Karabakh|Baku|Yerevan|Artsakh)['’]s)"
    r"[A-Z][\w-]+['’]s\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A place or party after a named war or truce that puts it elsewhere ("the 2020 war in
#: Tigray", "the 2020 war between Ethiopia and ...", "the 2020 war with Tigrayan forces").
ELSEWHERE = re.compile(
    r"^\s+(?:in|over|with|against|between)\s+(?:the\s+)?(?!(?i:nagorno|karabakh|azerbaijan|"
    r"armenia|artsakh|region|baku|yerevan|ethnic|armenian|azerbaijani|separatist|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.))[A-Z]"  # (not a month: "in November")
)
NAMED_WAR = re.compile(
    rf"\b{_WAR_QUALIFIER}\s+war\b|\bthe\s+(?:first|second)\s+war\b|\bwar\s+(?:of|in)\s+(?:the\s+early\s+1990s|the\s+1990s|"
    r"199[1-3]\s*[-–]\s*(?:19)?9[2-4]|2020)\b"
    # "the six-week war", "wars over Nagorno-Karabakh", "the Patriotic War" (Baku's name for
    # the 2020 war; "the Great Patriotic War" is excluded by NOT_THIS_EVENT)
    r"|\b(?:six-week|seven-week|44-day)\s+war\b|\bwars?\s+over\s+(?:nagorno-)?karabakh\b"
    r"|\bthe\s+patriotic\s+war\b|\blast\s+year['’]s\s+war\b"
    # "a war that ended in 1994", "since the war ended in 2020", "six weeks of fighting",
    # "the war with Armenia"
    r"|\bwar\s+that\s+ended\s+in\s+(?:1994|2020)\b|\bwar\s+ended\s+in\s+(?:1994|2020)\b"
    r"|\b(?:six\s+weeks|44\s+days)\s+of\s+(?:war|fighting)\b"
    r"|\bwar\s+with\s+(?:armenia|azerbaijan)\b",
    re.IGNORECASE,
)
NAMED_TRUCE = re.compile(
    r"\b(?:(?:november|nov\.)\s+(?:9|10),?\s+2020|2020\s+trilateral|1994)\s+"
    r"(?:ceasefire|cease-fire|truce|armistice|statement)\b|\b(?:2020)\s+(?:ceasefire|cease-fire|"
    r"truce|armistice)\b|\b(?:ceasefire|cease-fire|truce|armistice)\b[^.;]{0,40}?\bin\s+"
    r"(?:may\s+)?1994\b|\b(?:ceasefire|cease-fire|truce|armistice|deal|agreement|statement|accord)"
    r"\s+(?:that|which)\s+"
    rf"(?:ended|halted)\s+(?:the|their)\s+{_WAR_QUALIFIER}\s+war\b"
    # "the trilateral statement of 9 November 2020", "the November 10 trilateral statement"
    r"|\btrilateral\s+(?:ceasefire\s+)?statement\s+of\s+(?:(?:9|10)(?:th)?\s+november|"
    r"november\s+(?:9|10)(?:th)?),?\s+2020\b|\b(?:november|nov\.)\s+(?:9|10)(?:th)?\s+"
    r"trilateral\s+statement\b|\b(?:9|10)\s+november\s+2020\s+(?:ceasefire\s+)?"
    r"(?:statement|ceasefire|truce|agreement)\b"
    # "the November 2020 statement", "the ceasefire of November 2020", "the November 2020
    # agreement that ended the war"
    r"|\b(?:november|nov\.)\s+2020\s+(?:(?:ceasefire|trilateral)\s+"
    r"(?:statement|agreement|deal|declaration)|statement|ceasefire|truce)\b(?!\s+on\b)"
    r"|\b(?:ceasefire|cease-fire|truce)\s+(?:deal\s+|statement\s+|agreement\s+)?of\s+"
    r"(?:november|nov\.)\s+2020\b"
    r"|\b(?:ceasefire|cease-fire|truce)\s+(?:statement|agreement|deal)\s+that\s+ended\s+the\s+"
    r"(?:six-week\s+|44-day\s+)?war\b|\bin\s+1994\s+with\s+a\s+(?:ceasefire|cease-fire|truce)\b"
    r"|\b1994\s+(?:ceasefire|cease-fire|truce)\b"
    # "the Moscow-brokered statement of November 10, 2020", "the November 10 statement", "the
    # nine-point statement", "the November 2020 agreement that ended the six-week war"
    r"|\bstatement\s+of\s+(?:(?:9|10)(?:th)?\s+november|november\s+(?:9|10)(?:th)?),?\s+2020\b"
    r"|\b(?:november|nov\.)\s+(?:9|10)(?:th)?\s+statement\b|\bnine-point\s+statement\b"
    r"|\b(?:november|nov\.)\s+2020\s+(?:agreement|deal)\s+that\s+ended\b"
    # "the (Russian-brokered) ceasefire that ended the war", "the six-week war, which ended
    # with a Russian-brokered ceasefire", "a deal in November that ended six weeks of fighting"
    r"|\b(?:ceasefire|cease-fire|truce)\s+(?:statement\s+|deal\s+|agreement\s+)?that\s+ended"
    r"\s+(?:the\s+war|(?:the|a)\s+(?:six-week|44-day)\s+war)\b"
    r"|\bwar,?\s+which\s+ended\s+with\s+a\s+(?:russian-brokered\s+|moscow-brokered\s+)?"
    r"(?:ceasefire|cease-fire|truce|deal)\b"
    r"|\b(?:deal|statement)\s+in\s+november\s+that\s+ended\s+(?:six\s+weeks|44\s+days)\b"
    # "the deal that ended six weeks of fighting", "which halted 44 days of fighting"
    # ("a Russian-brokered truce ended 44 days of fighting", "the ceasefire brokered by Russia
    # that ended the 44-day war")
    r"|\b(?:ceasefire|cease-fire|truce|armistice|deal|statement)\s+"
    r"(?:(?:brokered|mediated)\s+by\s+[\w-]+\s+)?(?:(?:that|which)\s+)?"
    r"(?:ended|halted)\s+(?:(?:six\s+weeks|44\s+days|the\s+44\s+days)\s+of\s+"
    r"(?:fighting|war)|(?:the|a)\s+(?:six-week|44-day)\s+war)\b"
    # "the 44-day war last autumn over Karabakh, which ended with a ceasefire in November", "the
    # September fighting, which killed 200 soldiers, ended with a truce brokered by Moscow"
    r"|\b(?:war|fighting)\b[^.;]{0,80}?\bended\s+(?:with|in)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:ceasefire|cease-fire|truce|armistice)\b"
    # "since the ceasefire of November that year", "after last month's truce"
    r"|\b(?:ceasefire|cease-fire|truce)\s+of\s+november\s+that\s+year\b"
    r"|\blast\s+(?:month|year)[’']s\s+(?:ceasefire|cease-fire|truce)\b",
    re.IGNORECASE,
)


def _karabakh_states(registry) -> tuple:
    """The ids of Armenia and Azerbaijan in this extraction's gazetteer (by CAMEO code, else
    by name), or () when it has not both; found once per gazetteer."""
    gz = registry.gazetteer
    if gz.key not in _KARABAKH_STATES:
        ids = {}
        for ident in sorted(gz.state_ids):
            d = gz.actors.get(ident) or {}
            code = d.get("cameo") or str(d.get("name", "")).upper()[:3]
            if code in ("ARM", "AZE"):
                ids.setdefault(code, ident)
        _KARABAKH_STATES[gz.key] = (ids["ARM"], ids["AZE"]) if len(ids) == 2 else ()
    return _KARABAKH_STATES[gz.key]


_KARABAKH_STATES: dict = {}  # gazetteer key -> (Armenia's id, Azerbaijan's id)


#: Words of a named war or truce that make it this conflict's, whoever the text names.
OWN_WAR = re.compile(r"2020|44|six-week|six weeks|199\d|karabakh|november", re.I)
#: Names of a war that may be any war's ("a six-week war").
GENERIC_WAR_NAMES = frozenset(["six-week war", "the first war", "the second war"])
#: Rules of a third party that brokered a deal between two others.
BROKER_RULES = frozenset(["broker", "facilitated_by", "negotiated_by", "brokered_deal"])


def _conflict_truce_brokers(sent, found: list, events: list, discourse, registry) -> list:
    """ "Putin brokered the November 10, 2020 statement", "a ceasefire brokered by Russia in
    1994", "the 44-day war": the truce or war the sentence names is Armenia's and
    Azerbaijan's, so its broker mediates between them and its sides are they, whatever pair the
    text named last (not "the US and the EU" of the sentence before)."""
    if not any(c.type in ("war", "mediate") for c in found):
        return found  # (most sentences: no war or mediation to re-read)
    pair = _karabakh_states(registry)
    if not pair:
        return found
    kinds = {
        kind
        for _, kind, a, b in events
        if set(pair) <= set(discourse.recent)
        or (
            sent.text[a:b].lower() not in GENERIC_WAR_NAMES
            and (set(pair) & set(discourse.recent) or OWN_WAR.search(sent.text[a:b]))
        )
    }  # (a "six-week war" only in a text that names both: not Peru's and Chile's; "the war
    # ... ended with a truce" only in a text that names either: not Russia's and Georgia's)
    states_war = any(
        kind == "war" and STATES_WAR.search(sent.text[max(0, a - 6) : b])
        for _, kind, a, b in events
    )  # (the war of 2020, the two states' own, whoever else fought)
    wars = [
        c
        for c in found
        if c.type == "war"
        and c.rule == "war_noun"
        and {_state_of(registry, c.source), _state_of(registry, c.target)} != set(pair)
        and not (_separatist_war(c, pair, registry) and not states_war)
    ]  # ("the 44-day war" read between the US and the EU named before, or between Turkey
    # and Armenia: "during the 2020 war, when Armenia accused Turkey of ...")
    if wars and "war" in kinds:
        found = [c for c in found if c not in wars] + [
            replace(wars[0], source=pair[0], target=pair[1])
        ]
    brokered = [c for c in found if c.type == "mediate" and c.rule in BROKER_RULES]
    ended = "war" in kinds and bool(
        {t.lower_ for t in sent.doc[sent.s0 : sent.s1]} & WAR_END_WORDS
    )  # ("the 44-day war, which ended with a Russian-brokered statement": the war's truce)
    if not ("ceasefire" in kinds or ended) or all(
        set(c.between or ()) == set(pair) for c in brokered
    ):
        return found
    out = [c for c in found if c not in brokered]
    for broker in dict.fromkeys(c.source for c in brokered):
        if _state_of(registry, broker) in pair:
            continue
        first = next(c for c in brokered if c.source == broker)
        out += [replace(first, target=x, between=list(pair)) for x in pair]
    return out


def _separatist_war(c, pair: tuple, registry) -> bool:
    """Whether war *c* is between an armed group and a state of *pair* ("Ethnic Armenian
    forces took the region in a war in the early 1990s"): the separatists' own war."""
    kinds = {(registry.get(x) or {}).get("kind") for x in (c.source, c.target)}
    states = {_state_of(registry, x) for x in (c.source, c.target)}
    return "armed_group" in kinds and bool(states & set(pair))


#: Words of a war's end that make the truce a sentence names the one that ended it.
WAR_END_WORDS = frozenset(["ended", "end", "ending", "ends"])
#: Names of the war of 2020, the two states' own.
STATES_WAR = re.compile(r"2020|44-day|six-week|Patriotic War", re.IGNORECASE)


def _unnamed_parties_broker(sent, pair: tuple, registry) -> str | None:
    """ "the 44-day war, which ended with a Russian-brokered statement": the state (not one of
    *pair*) whose demonym qualifies "-brokered" / "-mediated" in the sentence, else None."""
    doc = sent.doc
    for m in sent.mentions:
        if (
            m.actor
            and m.end + 1 < sent.s1
            and doc[m.end].text == "-"
            and doc[m.end + 1].lower_ in ("brokered", "mediated")
            and (registry.get(m.actor) or {}).get("kind") == "state"
            and m.actor not in pair
        ):
            return m.actor
    return None


def _named_event(sent) -> list:
    """The conflict's named war or truce in the sentence (its parties unnamed): ``(sentence,
    type, start, end)`` entries, for `_named_events` and `_conflict_truce_brokers`."""
    events = []
    for kind, pattern in (("war", NAMED_WAR), ("ceasefire", NAMED_TRUCE)):
        match = pattern.search(sent.text)
        if (
            match
            and not NOT_THIS_EVENT.search(sent.text[max(0, match.start() - 12) : match.start()])
            and not ELSEWHERE.match(sent.text[match.end() :])
        ):
            events.append((sent, kind, match.start(), match.end()))
    return events


def _named_events(discourse, registry) -> list:
    """The named wars and truces (`_named_event`) between Armenia and Azerbaijan when the
    text names either of them or sets the two against each other (fought, accused of
    aggression, negotiated), dated before the text: "Armenia accused Azerbaijan of ... since
    the 2020 war", "Iran and Azerbaijan have quarrelled since the 2020 war". None in a text
    that names neither (another country's 2020 war)."""
    karabakh = _karabakh_states(registry)
    pair = _states_of(discourse.dyad or (), registry)
    if karabakh and set(karabakh) & set(discourse.recent):
        # (either named, whoever else the text sets against each other: "Armenia denounced
        # the checkpoint as a violation of the 2020 ceasefire statement", "Iran and
        # Azerbaijan have quarrelled since the 2020 war")
        pair = karabakh
    if len(pair) != 2 or set(pair) != set(karabakh):
        return []  # (the wars and truces the patterns name are Armenia's and Azerbaijan's)
    out, seen = [], set()
    for sent, kind, a, b in discourse.named_events:
        if (kind, sent.number) in seen:
            continue
        seen.add((kind, sent.number))
        words = {t.lower_ for t in sent.doc[sent.s0 : sent.s1]}
        broker = (
            _unnamed_parties_broker(sent, pair, registry)
            if kind == "ceasefire" or words & WAR_END_WORDS
            else None
        )  # ("the 44-day war, which ended with a Russian-brokered statement")
        out += [
            _event_reading(sent, (a, b), broker, x, "mediate", "named_broker", list(pair))
            for x in (pair if broker else ())
        ]
        # ("the six-week war ended with a Russian-brokered agreement": the war, and the truce
        # that ended it)
        truce = kind == "war" and broker and ("ceasefire", sent.number) not in seen
        seen.add(("ceasefire", sent.number) if truce else (kind, sent.number))
        out += [
            _event_reading(sent, (a, b), pair[0], pair[1], k, "named_" + k)
            for k in [kind] + (["ceasefire"] if truce else [])
        ]
    return out


def _event_reading(sent, span: tuple, source, target, typ: str, rule: str, between=None):
    """A historical relation read from the named war or truce at characters *span* of the
    sentence (`_named_events`)."""
    a, b = span
    return Candidate(
        source=source,
        target=target,
        type=typ,
        status="historical",
        rule=rule,
        confidence=0.5,
        sentence=sent.number,
        evidence=sent.text,
        trigger=sent.text[a:b],
        spans=f"sentence {sent.offset}-{sent.offset + len(sent.text)};"
        f"trigger {sent.offset + a}-{sent.offset + b}",
        head=sent.s0,
        between=between,
    )


#: Stand-ins for the two parties of a truce brokered before the text named them.
LATER_A, LATER_B = "\x00later-a", "\x00later-b"
LATER = frozenset([LATER_A, LATER_B])


def _late_pairs(out: list, discourse, registry) -> list:
    """The relations read with `LATER_A` and `LATER_B` for the two parties of a brokered truce
    the text named before any pair ("A truce brokered by Russia halted the violence." as its
    first sentence), given the two states the text has set against each other by its end
    (else the two of its last act between two states), or dropped when it has none (or when
    the broker is one of them)."""
    later = discourse.later
    if not later:
        return out
    pair = discourse.dyad or discourse.acted  # (else the two of the last act between two)
    pair = _states_of(pair, registry) if pair else ()
    if len(pair) != 2:
        return out
    stand = {LATER_A: pair[0], LATER_B: pair[1]}
    for c in later:
        brokers = {x for x in (c.source, c.target) if x not in stand}
        if {_state_of(registry, x) for x in brokers} & set(pair):
            continue
        out.append(
            replace(
                c,
                source=stand.get(c.source, c.source),
                target=stand.get(c.target, c.target),
                between=[stand.get(x, x) for x in c.between] if c.between else c.between,
            )
        )
    return out


def _late_trios(out: list, discourse, registry) -> list:
    """The trilateral talks of sentences read before the text set two parties against each
    other, read again with the pair it set at its end ("Trilateral talks between Putin, Aliyev
    and Pashinyan" as a headline: Putin mediates once the text has Armenia and Azerbaijan
    fighting or negotiating). Only a pair set against each other: the last pair merely
    named together ("Russia and Armenia") is no guide to who is outside."""
    pair = discourse.dyad
    if not discourse.trios or not pair:
        return out
    for number in discourse.trios:
        here = [c for c in out if c.sentence == number]
        talks, people = _talks_and_people(here)
        if len(people) != 3:
            continue
        read = _trio_mediation(here, talks, people, pair, registry)
        if read is not here:
            out = [c for c in out if c.sentence != number] + read
    return out


#: Nouns of a settlement that a third party brokers ("a Russian-brokered deal").
BROKERED_DEAL_NOUNS = frozenset(["deal", "agreement", "settlement", "accord", "pact", "treaty"])
#: Nouns before "brokered by X" that make X a mediator between two sides ("a truce brokered
#: by Russia", "the agreements mediated by Moscow").
BROKERED_NOUNS = TRUCE_WORDS | BROKERED_DEAL_NOUNS | {"agreements", "deals", "ceasefires"}
#: Words that make a brokered deal the truce that ended a war, not just a signed text.
WAR_WORDS = frozenset(
    ["war", "fighting", "conflict", "hostilities", "clash", "clashes", "offensive", "battle"]
)


#: Words before "to broker a deal" that leave the deal unmade ("has tried to broker a
#: settlement", "efforts to broker an accord").
UNACHIEVED_WORDS = frozenset(
    ["try", "seek", "attempt", "effort", "fail", "bid", "hope", "aim", "want"]
)


def _brokered_deals(cands: list, sent) -> list:
    """ "The war ended with a Russian-brokered deal": the deal a third party brokered between
    two is the two's own: their truce where the sentence speaks of fighting, else their
    agreement (added when the sentence gives the two no negotiation of their own)."""
    from ..vocabulary import relation_type_table

    heads = {}
    for c in cands:
        if c.type == "mediate" and c.rule in ("broker", "mediate") and c.status != "offered":
            heads.setdefault(c.head, []).append(c)
    if not heads:
        return cands
    doc = sent.doc
    types = relation_type_table()
    talks = {
        frozenset((c.source, c.target)) for c in cands if types[c.type]["category"] == "negotiation"
    }
    words = {t.lower_ for t in doc[sent.s0 : sent.s1]}
    out = list(cands)
    for head, group in heads.items():
        after = [t.lower_ for t in doc[head + 1 : min(head + 4, sent.s1)]]
        if not BROKERED_DEAL_NOUNS & set(after) or len(group) != 2:
            continue
        if {t.lemma_.lower() for t in doc[max(sent.s0, head - 8) : head]} & UNACHIEVED_WORDS:
            continue  # "which has tried for decades to broker a settlement": none yet
        a, b = group[0].target, group[1].target
        if a == b or frozenset((a, b)) in talks:
            continue
        kind = "ceasefire" if words & WAR_WORDS else "sign_agreement"
        talks.add(frozenset((a, b)))
        out.append(
            replace(
                group[0],
                source=a,
                target=b,
                type=kind,
                between=None,
                rule="brokered_deal",
                confidence=group[0].confidence * 0.8,
            )
        )
    return out


#: Types by which a source asks something of its target (not a request for mediation, whose
#: asker is a party to it).
ASKING_TYPES = REQUEST_TYPES - {"request_mediation"}


def _callers_are_no_parties(cands: list) -> list:
    """ "Guterres urged the sides to negotiate under the auspices of X": the one who asks two
    others is no party to the mediation it asks of them; the two asked are."""
    callers = {c.source for c in cands if c.type in ASKING_TYPES}
    wrong = [c for c in cands if c.type == "mediate" and c.target in callers]
    if not wrong:
        return cands
    out = [c for c in cands if c not in wrong]
    have = {(c.source, c.target) for c in out if c.type == "mediate"}
    for c in wrong:
        asked = list(
            dict.fromkeys(
                x.target
                for x in cands
                if x.type in ASKING_TYPES and x.source == c.target and x.target != c.source
            )
        )
        if len(asked) != 2:
            out.append(c)  # ("A and B asked the OSCE to ...": they asked no pair)
            continue
        for y in asked:
            if (c.source, y) not in have:
                have.add((c.source, y))
                out.append(replace(c, target=y, between=asked))
    return out


#: Nouns of fighting that "separatist" makes a war of a state with the group that broke away.
SEPARATIST_WAR_NOUNS = frozenset(["war", "fighting", "conflict", "insurgency", "struggle"])


def _separatist_wars(cands: list, sent, registry) -> list:
    """ "X lies within Azerbaijan but has been under the control of ethnic Armenian forces
    since a separatist war there ended in 1994": the war of the state the sentence places the
    land in (its sovereignty) with the group that broke away, not of the two states the text
    is about (a war the sentence gives that noun is replaced)."""
    doc = sent.doc
    heads = [
        i + 1
        for i in range(sent.s0, sent.s1 - 1)
        if doc[i].lower_ == "separatist" and doc[i + 1].lower_ in SEPARATIST_WAR_NOUNS
    ]
    if not heads:
        return cands
    sovereign = next((c for c in cands if c.type == "sovereignty" and c.source), None)
    if sovereign is None or registry.gazetteer.authorities.get(sovereign.target) != "separatists":
        return cands  # (a land the gazetteer gives no breakaway group: "Donbas")
    if any(t.lower_ in NEGATORS for t in doc[sent.s0 : heads[0]]):
        return cands  # "was never the scene of a separatist war"
    group = registry.role("separatists")
    if group is None or sovereign.source == group:
        return cands
    out = [c for c in cands if not (c.type == "war" and c.head in heads)]
    if any(c.type == "war" and {c.source, c.target} == {sovereign.source, group} for c in out):
        return out
    k = heads[0]
    out.append(
        replace(
            sovereign,
            target=group,
            type="war",
            rule="separatist_war",
            trigger=doc[k - 1 : k + 1].text,
            head=k,
            between=None,
            confidence=sovereign.confidence * 0.8,
        )
    )
    return out


def _mediated_talks(cands: list) -> list:
    """In one sentence, the mediator of talks or a meeting is not one of its parties ("X held
    trilateral talks with A and B": no X-A talks), and the two parties it brought together
    negotiate or meet with each other."""
    mediators = {c.source for c in cands if c.type == "mediate"}
    cands = [
        c
        for c in cands
        if not (c.type in MEDIATED_EVENTS.values() or c.type == "ceasefire")
        or not {c.source, c.target} <= mediators
    ]  # "ceasefires brokered by Russia and France": the brokers made no truce of their own
    mediated = [c for c in cands if c.type == "mediate" and c.between and len(c.between) == 2]
    if not mediated:
        return cands
    roles = {(c.source, c.target) for c in mediated}
    out = [
        c
        for c in cands
        if not (
            c.type in ("negotiate", "meet", "consult")
            and ((c.source, c.target) in roles or (c.target, c.source) in roles)
        )
    ]
    have = {(c.type, frozenset((c.source, c.target))) for c in out}
    for c in mediated:
        words = {w.rstrip("s") for w in c.trigger.lower().split()}
        kind = next((t for w, t in MEDIATED_EVENTS.items() if w in words), None)
        a, b = c.between
        if (
            kind is None
            or c.status not in ("asserted", "planned")
            or (kind, frozenset((a, b))) in have
        ):
            continue
        have.add((kind, frozenset((a, b))))
        out.append(
            replace(c, source=a, target=b, type=kind, between=None, confidence=c.confidence * 0.9)
        )
    return out


def _denials(cands: list) -> None:
    """An act alleged earlier and denied later by its source actor becomes ``denied``."""
    from ..vocabulary import relation_type_table

    types = relation_type_table()
    for d in cands:
        if d.type != "deny":
            continue
        for c in cands:
            if (
                c.sentence <= d.sentence
                and c.source == d.source
                and c.status == "alleged"
                and types[c.type]["category"] not in ("accusation", "denial")
            ):
                c.status = "denied"


def _opposed_between(sent: _Sentence, pair: tuple) -> bool:
    """ "the flare-up between A and B", "talks between A and B": A and B named as two sides
    (not "a phone call between A and B": a trigger of another kind governs "between")."""
    doc = sent.doc
    between = next(
        (
            t.i
            for m in sent.mentions
            if m.actor == pair[0]
            for t in doc[max(sent.s0, m.start - 2) : m.start]
            if t.lower_ == "between"
        ),
        None,
    )
    return between is not None and not any(
        between - 4 <= t.start < between and t.rule.type not in SIDES_TYPES for t in sent.triggers
    )


def _two_sides(registry, a: str, b: str) -> bool:
    """Whether *a* and *b* can be the two sides of a pair: neither is the other nor one of its
    bodies or members ("Blinken" and "the United States" are one side)."""
    return a not in registry.lineage(b) and b not in registry.lineage(a)


#: One-place acts whose target, when the sentence names none, is the other side of the
#: source's conflict: "X is ready to sign", "X threatened to resume fighting".
COUNTERPART_TYPES = frozenset(
    {"concede", "intend_cooperation", "threaten", "violate_ceasefire", "show_force"}
)


#: Of those, the hostile ones.
HOSTILE_ONE_PLACE = frozenset({"threaten", "violate_ceasefire", "show_force", "concede"})


def _enemy(mentions, k: int, discourse, registry) -> str | None:
    """ "The enemy shelled our positions, the Armenian ministry said": the other side of the
    state the sentence names (else of the body whose statement the text is), among the
    parties the text has set against each other; None when there is no one such."""
    # (only a state of the pair the text opposes: "Turkey said the enemy had shelled
    # Azerbaijani villages" is Azerbaijan's enemy, not Turkey's)
    sides = {_state_of(registry, x) for v in discourse.opposed.values() for x in v[2]}
    own = [
        _state_of(registry, x.actor)
        for j, x in enumerate(mentions)
        if j != k and x.actor and x.label not in ("PRONOUN", "PAIR")
    ]
    if discourse.issuer:
        own.append(_state_of(registry, discourse.issuer))
    side = next((x for x in own if x and x in sides), None)
    return _counterpart(discourse, registry, side, hostile=True) if side else None


def _counterpart(discourse, registry, actor: str, hostile: bool = False) -> str | None:
    """The state or organisation on the other side of every pair the text has named with
    *actor*'s side, when there is exactly one; else None. A hostile act (a threat, a violated
    truce) looks only at the pairs the text has set against each other (fighting, a charge
    of aggression, "talks / tensions between A and B"), not at any pair named together."""
    side = _state_of(registry, actor)
    others = set()
    for pair in [v[2] for v in discourse.opposed.values()] if hostile else discourse.pairs:
        states = [_state_of(registry, x) for x in pair]
        if None in states or states[0] == states[1] or side not in states:
            continue
        others.add(states[1 - states.index(side)])
    if side and not others:
        # a group that holds a territory: the one state that attacked its land
        gz = registry.gazetteer
        held = [t for t, r in gz.authorities.items() if _role_id(gz, r) == side]
        others = {x for t in held for x in discourse.assailants.get(t, ()) if x}
    return others.pop() if side and len(others) == 1 else None


def _seceding_land(registry, sent, trig, x: str, y: str) -> str:
    """What broke away in "X broke away from Y": a territory as it is; the group that holds
    one, its territory when the sentence names it ("ethnic Armenian separatists in Karabakh
    broke away from Azerbaijan"; not separatists elsewhere); the antecedent of "X, a region of
    a state, which broke away" (the last territory named before it; not "Azerbaijan, which
    broke away from the Soviet Union"); else *x* as it is."""
    doc = sent.doc
    lands = [
        m.actor
        for m in sent.mentions
        if m.actor and m.end <= trig.start and _actor_class(registry, m.actor) == "territory"
    ]
    k = trig.start - 1
    if lands and k > sent.s0 and doc[k].lower_ in ("which", "that"):
        # ("Nagorno-Karabakh, a region of Azerbaijan which broke away from Baku": the region;
        # not "Azerbaijan, which broke away from the Soviet Union")
        k -= 1 if doc[k - 1].text == "," else 0
        before = [m for m in sent.mentions if m.actor and m.end == k]
        if before and _actor_class(registry, before[-1].actor) == "territory":
            return before[-1].actor
        if (
            before
            and (registry.get(before[-1].actor) or {}).get("kind") == "state"
            and _prev_word(doc, before[-1], sent.s0) != "of"
        ):
            return x  # the state itself broke away
        return lands[-1]
    if _actor_class(registry, x) == "territory":
        return x
    gz = registry.gazetteer
    held = [t for t, r in gz.authorities.items() if r in gz.role_defs and registry.role(r) == x]
    if len(held) == 1 and held[0] in lands:
        return held[0]
    return x


def _role_id(gz, ruler: str) -> str:
    """The actor id of a territory's ruler: its role group's actor, else the ruler itself."""
    role = gz.role_defs.get(ruler)
    return role.id if role is not None else ruler


def _coordinated_pair(sent: _Sentence, registry) -> tuple | None:
    ms = sent.mentions
    border = _divided_by_border(sent, registry)
    if border is not None:
        return border  # ("Russia and Turkey called on both sides ... on the A-B border")
    for k in range(len(ms) - 1):
        a, b = ms[k], ms[k + 1]
        gap = [t.lower_ for t in sent.doc[a.end : b.start] if not _filler(t)]
        if k > 0 and [t.lower_ for t in sent.doc[ms[k - 1].end : a.start]] in ([","], [",", "the"]):
            continue  # the end of a list "A, B and C" is not a pair
        before = sent.doc[ms[k - 1].end : a.start] if k > 0 else []
        if (
            1 < len(before) <= 6
            and before[0].text == ","
            and before[-1].lower_ in ("of", "the")
            and all(t.is_title or t.lower_ in ("of", "the") for t in before[1:])
        ):
            continue  # (nor of "P of X, Q of Y and R of Z")
        j = a.start - 1 - (a.start - 1 > sent.s0 and sent.doc[a.start - 1].lower_ == "the")
        if j > sent.s0 and sent.doc[j].text == "," and sent.doc[j - 1].text[:1].isupper():
            continue  # (and not after a place left out: "due in Moscow, Yerevan and Ankara")
        if gap == ["and"] and a.actor and b.actor and _two_sides(registry, a.actor, b.actor):
            kinds = {(registry.get(x) or {}).get("kind") for x in (a.actor, b.actor)}
            if "territory" not in kinds:
                return (a.actor, b.actor)
    return None


def _divided_by_border(sent: _Sentence, registry) -> tuple | None:
    """ "the Armenian-Azerbaijani border", "the Armenia-Azerbaijan border": the two states it
    divides, when the sentence names "both sides" ("alarmed by the escalation on the
    Armenian-Azerbaijani border and called on both sides to ..."); else None."""
    ms = sent.mentions
    if not any(m.label == "PAIR" for m in ms):
        return None
    for a, b in zip(ms, ms[1:], strict=False):
        gap = [t.text for t in sent.doc[a.end : b.start]]
        if (
            gap in (["-"], ["–"])
            and a.label == b.label
            and a.label in ("ADJ", "NAME")
            and b.end < sent.s1
            and sent.doc[b.end].lower_ in ("border", "frontier", "boundary", "conflict", "war")
            and _two_sides(registry, a.actor, b.actor)
        ):
            return (a.actor, b.actor)
    return None


def _town_seat(registry, m: Mention) -> str | None:
    """The role group seated in the town *m* names ("Stepanakert": the separatists), if any."""
    seat = registry.gazetteer.seats.get(m.text.lower())
    return registry.role(seat) if seat else None


#: Verbs of what an appeal asks ("called on the world to help X"): an actor after them is in
#: the clause of what was asked, not the one called on.
INFINITIVES = frozenset(
    ["help", "take", "ensure", "support", "stop", "respect", "put", "make", "prevent", "force"]
)


#: Mediation rows of a third party's efforts for peace between two ("its efforts to ensure
#: peace between A and B"): the one "of" whom the efforts are is the mediator, never a party.
#: Rules of efforts toward peace: a party's own efforts are no mediation.
EFFORT_RULES = frozenset(["peace_efforts_between", "peace_efforts", "peace_efforts_stability"])


#: Verbs of an offensive's aim ("an offensive to retake X"): X is what is attacked.
GOAL_VERBS = frozenset(
    ["retake", "recapture", "regain", "reclaim", "seize", "capture", "reconquer", "take"]
)


#: Words that open another clause after an operation ("after months of tensions in ...").
OPERATION_BOUNDS = CLAUSE_OPENERS | SUBORDINATE_CONJUNCTIONS | {"as", "amid", "following", "while"}
#: Words that join a second act to a first ("halted the talks and started ..."): a pattern's
#: gap over them joins two acts.
CLAUSE_LINKS = frozenset(["and", "but", "then", ",", ";", "before", "after", "while"])
#: Nouns of a military campaign, which is waged on a place when no party is named
#: ("military" before action, operation and campaign: "aggressive actions" are no campaign;
#: "use of" before force).
CAMPAIGN_NOUNS = frozenset(
    ["offensive", "counteroffensive", "counter-offensive", "action", "operation", "campaign"]
    + ["force"]  # "the use of force by X"
)
#: Prepositions before the target of an operation ("an operation against / in X").
OPERATION_PREPS = frozenset(["against", "on", "in", "at", "targeting"])


def _operation_bound(sent, trig) -> int:
    """Where an operation's clause ends: at most 12 tokens on, before a word that opens
    another clause ("... after months of tensions in the South Caucasus region")."""
    doc = sent.doc
    right = min(sent.s1, trig.match_end + 12)
    return next(
        (
            k
            for k in range(trig.match_end, right)
            if doc[k].lower_ in OPERATION_BOUNDS or doc[k].lower_ in BOUNDARY_WORDS
        ),
        right,
    )


def _operation_place(sent, trig, registry, discourse) -> list:
    """The territory an operation is carried out in: named in its clause after it, else before
    it in the sentence, else the last territory the text named ("launched local anti-terrorist
    measures": in the region)."""
    right = _operation_bound(sent, trig)
    here = [
        (m.actor, m)
        for m in sent.mentions
        if trig.match_end <= m.start < right and _actor_class(registry, m.actor) == "territory"
    ]
    if here:
        return here[:1]
    before = [
        (m.actor, m)
        for m in sent.mentions
        if m.start < trig.start and _actor_class(registry, m.actor) == "territory"
    ]
    if before:
        return before[-1:]  # "... killed in Nagorno-Karabakh after Azerbaijan launched ..."
    if any(_actor_class(registry, m.actor) == "territory" for m in sent.mentions):
        return []  # (the text's last territory is this sentence's, in another clause)
    last = discourse.last.get("territory")
    return [(last, None)] if _actor_class(registry, last) == "territory" else []


#: Kinds of actor whose attack with no victim named is on the side set against them.
ARMED_KINDS = frozenset(["state", "armed_group", "government"])
#: Words of an act of arms that need no named victim ("aggression", "shelling"), unlike
#: "targeted growth", "was hit by the crisis" or "an attack on corruption".
ARMED_ACT_WORDS = frozenset(
    ["aggression", "provocation", "shelling", "shell", "bombard", "bombardment", "incursion"]
    + ["invasion", "assault", "airstrike", "attack", "fire", "shoot", "sabotage"]
)


def _armed_act(sent, trig) -> bool:
    """Whether *trig* is an act of arms aimed at no named thing: its words are of arms, and
    no "on / against / at" phrase follows it (which would name what was attacked)."""
    doc = sent.doc
    if not any(t.lemma_.lower() in ARMED_ACT_WORDS for t in doc[trig.start : trig.match_end]):
        return False
    return not (trig.match_end < sent.s1 and doc[trig.match_end].lower_ in ("on", "against", "at"))


def _campaign(sent, trig, sources) -> bool:
    """Whether *trig* names a military campaign ("launched an offensive", "Azerbaijan's
    military actions", "the offensive by X") waged by the one its sources name: the subject of
    a launching verb, or a name right before the noun or after "by"."""
    doc = sent.doc
    last = doc[trig.match_end - 1]
    noun = last.lemma_.lower()
    before = doc[max(sent.s0, trig.match_end - 3) : trig.match_end - 1].text.lower()
    if (
        noun not in CAMPAIGN_NOUNS
        or (noun in ("action", "operation", "campaign") and not before.endswith("military"))
        or (noun == "force" and before != "use of")
    ):
        return False
    if trig.rule.id == "launch_attack":
        return True
    first = trig.match_end - (
        2 if trig.match_end - 2 >= sent.s0 and doc[trig.match_end - 2].lower_ == "military" else 1
    )
    ends = {m.end for _, m in sources if m is not None}
    while (
        first > sent.s0
        and first not in ends
        and trig.match_end - first < 5
        and (
            (doc[first - 1].is_alpha and not doc[first - 1].is_stop)
            or doc[first - 1].like_num
            or doc[first - 1].text in "-–"
        )
    ):
        first -= 1  # "Azerbaijan's lightning offensive", "the Azerbaijani large-scale ..."
    for _, m in sources:
        if m is None:
            continue
        if (m.end == first and m.label == "ADJ") or (
            m.end + 1 == first and doc[m.end].lower_ in ("'s", "’s")
        ):
            return True  # "Azerbaijan's (military) offensive", "the Azerbaijani offensive"
        if m.start == trig.match_end + 1 and doc[trig.match_end].lower_ == "by":
            return True  # "the offensive by Azerbaijan"
    return False


def _goal_target(sent, trig) -> list:
    """The territory an offensive aims at: "launched an offensive to take back (full control
    of) X", "an offensive to retake the region of X"."""
    doc = sent.doc
    for i in range(trig.match_end, min(sent.s1 - 1, trig.match_end + 4)):
        if doc[i].lower_ == "to" and doc[i + 1].norm_ in GOAL_VERBS:
            return [
                (m.actor, m)
                for m in sent.mentions
                if i + 1 < m.start <= i + 8 and m.actor and m.label != "ADJ"
            ][:1]
    return []


#: Rows of a journey ("travelled to Armenia"): a visit when nothing else is done there.
JOURNEY_RULES = frozenset(["travel_to"])


#: Rows whose act is that of the one named after "of" ("the aggression of Armenia").
OF_AGENT_RULES = frozenset(["aggression_of"])
#: Trigger nouns whose "of" names the one who acts ("the surrender of the separatist forces").
OF_AGENT_NOUNS = frozenset(["surrender", "capitulation"])


#: What a town may be the target of: it stands for its state or territory only as the place
#: of an attack, a seizure, a blockade or aid ("shelled Ganja", "captured Hadrut").
TOWN_TARGET_CATEGORIES = frozenset({"conflict", "control", "coercion", "humanitarian"})
TERRITORY_TARGET_CATEGORIES = frozenset(
    {"control", "coercion", "conflict", "geography", "membership", "humanitarian"}
)


#: Words of the place and time adjuncts between a meeting and "with" its partner.
ADJUNCT_WORDS = frozenset(
    ["in", "on", "at", "the", "this", "last", "next", "week", "month", "year", "day", "late"]
    + ["early", "earlier", "later", "today", "yesterday", "morning", "evening", ",", "also"]
    + ["again", *WEEKDAYS]
)


def _partner_past_adjuncts(sent: _Sentence, trig: _Trigger, right: int) -> list:
    """ "held talks in Moscow on Wednesday with Y": the partner after "with", past words of
    place (a venue) and time only."""
    doc = sent.doc
    venues = {i for m in sent.venues for i in range(m.start, m.end)}
    # "discussed the recent developments on the border with Y": a topic verb's object, of any
    # words short of a clause break, before the partner
    topic = doc[trig.start].norm_ in TOPIC_VERBS
    for k in range(trig.match_end, min(right, trig.match_end + (16 if topic else 10))):
        t = doc[k]
        if t.lower_ == "with":
            partner = [m for m in sent.mentions if m.start == k + 1 and m.actor]
            if partner and not _backer_possessive(doc, partner[0], sent.s1):
                # (not "won the war with Turkey's support": the backer)
                return _group_right(doc, sent.mentions, partner[0], sent.s1)
            return []
        if topic and not (
            t.text in ",;:"
            or (t.lower_ in TOPIC_BREAKS and not _between_actors(sent, k))
            or (t.is_lower and t.lower_.endswith(("ing", "ed")) and t.norm_ != t.lower_)
        ):
            continue  # (not past "a railway connecting A with B": a participle's partner)
        if not (k in venues or t.lower_ in ADJUNCT_WORDS or t.like_num or t.text[:1].isupper()):
            return []
    return []


def _owned_war_in(sent: _Sentence, trig: _Trigger, registry) -> list:
    """ "Russia's war in Ukraine", "its war in Ukraine": the state a state's own war is in is
    its enemy (not "the war in Ukraine", owned by no one)."""
    doc = sent.doc
    if trig.rule.id != "war_noun" or trig.start - 1 <= sent.s0 or trig.end >= sent.s1:
        return []
    if doc[trig.end].lower_ != "in" or doc[trig.start - 1].lower_ not in ("its", "'s", "’s"):
        return []
    place = [m for m in sent.mentions if m.start == trig.end + 1 and m.label != "ADJ"]
    if place and (registry.get(place[0].actor) or {}).get("kind") == "state":
        return place
    return []


def _between_actors(sent, k: int) -> bool:
    """Whether token *k* ("and") joins two actors ("the border between Armenia and
    Azerbaijan")."""
    return any(m.end == k for m in sent.mentions) and any(m.start == k + 1 for m in sent.mentions)


#: Words that end a topic verb's object before any partner ("discussed X, and ...").
TOPIC_BREAKS = frozenset(["and", "that", "which", "who", "but", "while", "as", "after", "before"])


def _others_addressed(sent: _Sentence, trig: _Trigger) -> bool:
    """Whether an appeal's verb names whom it addresses, and they are no party ("called on
    citizens to stay away", "urged the international community to act"): no appeal to the
    two the text sets against each other then."""
    doc, k = sent.doc, trig.end
    while k < sent.s1 and doc[k].lower_ in ADDRESSEE_FILLERS:
        k += 1
    return k < sent.s1 and doc[k].lower_ in OTHER_ADDRESSEES


def _participates(sent: _Sentence, trig: _Trigger) -> bool:
    """ "took part in / participated in / attended / joined the talks": the subject is one of
    the participants, not their host."""
    words = [t for t in sent.window(trig, 5)]
    norms = [t.norm_ for t in words]
    return bool({"participate", "attend", "join"} & set(norms)) or any(
        a.lower_ == "part" and b.lower_ == "in" for a, b in zip(words, words[1:], strict=False)
    )


#: Kinds of actor that have members.
MEMBER_BODIES = frozenset(["igo", "ngo", "coalition", "political_group", "armed_group"])


#: What a person may do to their own state ("a senator demanded that the US halt its aid").
OWN_STATE_TYPES = frozenset(
    ["demand", "appeal", "protest", "accuse", "criticize", "coerce", "accuse_crime"]
)


#: Words for the people aid reaches when no place is named ("assistance to civilians").
AIDED_NOUNS = frozenset(
    ["civilian", "civilians", "population", "resident", "residents", "inhabitants", "patient"]
    + ["people", "families", "persons", "those", "injured", "sick", "casualties"]
    + ["patients", "refugee", "refugees", "evacuee", "evacuees", "displaced", "wounded"]
)
#: Of those, the ones that stand for the people of the territory the text is about even when
#: none is named beside them ("aid to the civilian population").
PLACED_PEOPLE = AIDED_NOUNS - {"people", "families", "persons", "those"}


def _aided_people(sent, trig, right: int, registry, discourse) -> list:
    """ "providing medical assistance to the civilian population", "evacuated 24 patients":
    aid for people of no named place goes to the people of the territory the sentence names,
    else of the one the text named last; a mention spanning the people's words, or []."""
    doc = sent.doc
    demonyms = registry.gazetteer.demonyms
    k = next(
        (
            k
            # (past the whole match: "providing $11.5 million in humanitarian aid to ...")
            for k in range(trig.end, min(right, max(trig.end, trig.match_end) + 12))
            if (
                doc[k].lower_ in AIDED_NOUNS
                # "aid to ethnic Armenians who fled Karabakh": a people, by its plural
                or (doc[k].lower_.endswith("s") and doc[k].lower_[:-1] in demonyms)
            )
            and not any(m.actor and trig.end <= m.start <= k for m in sent.mentions)
        ),
        None,
    )
    if k is None:
        return []
    named = [
        m.actor
        for m in [*sent.mentions, *sent.venues]  # ("displaced people in Barda": a town's)
        if m.actor
        and k < m.start <= k + 4
        and doc[m.start - 1].lower_ in ("in", "of", "from", "fled", "left")
    ]
    displaced = k + 1 < sent.s1 and doc[k + 1].lower_ in ("displaced", "fleeing", "affected")
    if doc[k].lower_ not in PLACED_PEOPLE and not named and not displaced:
        return []  # ("aid to Armenians", "to people in need": no territory named for them)
    if named and (registry.get(named[0]) or {}).get("kind") == "state":
        # ("tents for displaced people in Barda", "assistance to civilians in Azerbaijan":
        # the state whose people they are)
        return [Mention.of_span(doc[k : k + 1], named[0], "ROLE")]
    if named and _actor_class(registry, named[0]) != "territory":
        return []
    place = named[0] if named else _territory_here(sent, registry, discourse)
    gz = registry.gazetteer
    if place is None or gz.authorities.get(place) not in gz.role_defs:
        # ("displaced people in Syunik": a province's people are its state's, not a people of
        # their own as a contested land's, governed by a group of its own, are)
        return []
    return [Mention.of_span(doc[k : k + 1], registry.population(place), "ROLE")]


def _territory_here(sent, registry, discourse) -> str | None:
    """The territory the sentence names (the first), else the land of the people the text
    named last ("Armenians who fled Karabakh"), else the territory it named last, else None."""
    here = [m.actor for m in sent.mentions if _actor_class(registry, m.actor) == "territory"]
    # (the land of a people named before: "Armenians who fled Karabakh ... the refugees")
    place = here[0] if here else discourse.last.get("people_of", discourse.last.get("territory"))
    return place if _actor_class(registry, place) == "territory" else None


#: Words that make an aid relief for people ("humanitarian aid", "food", "medicine").
RELIEF_WORDS = frozenset(
    ["humanitarian", "food", "medicine", "medicines", "medical", "relief", "fuel", "flour"]
)


def _contested_people(registry, sent, discourse) -> str | None:
    """The people an aid with no recipient named goes to: the population of the territory the
    sentence (else the one before it) names, when a group of its own governs it (a contested
    land such as Nagorno-Karabakh, whose people the reports are about); else None."""
    place = _territory_here(sent, registry, discourse)
    if sent.number - discourse.territory_at > 1 and not any(
        m.actor == place for m in sent.mentions
    ):
        return None  # (named further back: the text may have moved on)
    gz = registry.gazetteer
    if place is None or gz.authorities.get(place) not in gz.role_defs:
        return None
    return registry.population(place)


#: Rules of people carried or sheltered out of harm: the people of the land they leave.
EVACUATION_RULES = frozenset(["evacuate", "transfer_patients", "shelter_people"])


def _evacuated(registry, sent, discourse, target):
    """Who an evacuation helps: the people of the territory it leaves ("evacuated 24
    patients from Karabakh to Armenia", "evacuated residents of the region"), not the place
    they are taken to; the territory named in the sentence, else the last the text named."""
    if (registry.get(target) or {}).get("kind") == "population":
        return target
    if _actor_class(registry, target) == "territory":
        return registry.population(target)
    left = next(
        (
            v.actor
            for v in sent.venues
            if v.actor
            and _actor_class(registry, v.actor) == "territory"
            and _prev_word(sent.doc, v, sent.s0) == "from"
        ),
        None,
    )  # ("evacuated 30 patients from Stepanakert": a town of the land they leave)
    place = left or _territory_here(sent, registry, discourse)
    return registry.population(place) if place else None


def _ruling_group(registry, typ, source, mention, target):
    """ "under ethnic Armenian control", "the Armenian-controlled Nagorno-Karabakh": control of
    a territory that a group of its own governs, stated by a demonym only, is that group's (the
    gazetteer's ``authority``) when the demonym is the group's own people, not the demonym's
    state; "under Armenia's control", "under Azerbaijani control" stay."""
    if typ != "control" or mention is None or mention.label != "ADJ":
        return source
    ruler = registry.gazetteer.authorities.get(target)
    if not ruler or (registry.get(ruler) or {}).get("kind") == "state":
        return source
    # (only the group's own people: "Armenian" for the Karabakh Armenian separatists, never
    # "Azerbaijani" or "Russian" control)
    if mention.text.lower().split()[-1] not in str(registry.name(ruler)).lower().split():
        return source
    registry.ensure(ruler)
    return ruler


def _received_thing(doc, m, s1: int) -> bool:
    """What is received after the actor is a thing: "received Armenia's request", "received
    European Union candidate status" (a possessive, or a lowercase noun right after it)."""
    if m.end >= s1:
        return False
    nxt = doc[m.end]
    if nxt.lower_ in ("'s", "’s"):
        return m.end + 1 < s1 and doc[m.end + 1].lower_ in RECEIVED_THINGS
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in RECEIVED_GAP


#: Things one receives from a state ("received Armenia's request").
RECEIVED_THINGS = frozenset(
    ["request", "letter", "message", "proposal", "application", "note", "appeal", "invitation"]
    + ["bid", "candidacy", "response", "reply", "answer", "draft", "proposals", "requests"]
)
#: Words that may follow the one received ("received X in Baku", "received X and Y").
RECEIVED_GAP = frozenset(
    ["in", "at", "on", "and", "for", "with", "to", "during", "who", "as", "yesterday", "today"]
    + ["earlier", "later", "last", "this", "late", "again", "here", "there", "also", "separately"]
    + ["about", "of", "over", "by", "after", "before", "from", "when", "that", "upon"]
)


def _fought_side(registry, typ, target):
    """The side a fighting act is done to: a person named as its target stands for their
    state ("Mirzoyan on Azerbaijan's aggression": against Armenia)."""
    from ..vocabulary import relation_type_table

    record = registry.get(target) or {} if target else {}
    if record.get("kind") == "person" and relation_type_table()[typ]["category"] == "conflict":
        return record.get("parent") or target
    return target


def _plausible(registry, typ, source, target) -> bool:
    """Territories are targets of control, blockade, attack and geography, not parties; one is
    a member only of a body that has members."""
    from ..vocabulary import relation_type_table

    if (
        typ == "member_of"
        and target
        and (registry.get(target) or {}).get("kind") not in (MEMBER_BODIES)
    ):
        return False  # "Armenia, a member of Russia's alliance ...": not of Russia
    if (
        typ in ("control", "occupy")
        and target
        and (registry.get(target) or {}).get("kind")
        not in (("territory",) if typ == "control" else ("territory", "state"))
    ):
        return False  # "held talks ... with the Minsk Group": land is held, not a body

    if (
        target
        and typ not in OWN_STATE_TYPES
        and any(
            (registry.get(x) or {}).get("kind") == "person" and y in registry.lineage(x)[1:]
            for x, y in ((source, target), (target, source))
        )
    ):
        return False  # "Garibashvili hailed his government's mediation": not his own state's
    if typ == "show_force" and target and (registry.get(target) or {}).get("kind") == "government":
        return False  # "Russia deployed peacekeepers": its own forces, not a show of force at them
    if not target:
        # an act with no target yet ("Stepanakert was under shelling"): a place does no act
        return (registry.get(source) or {}).get("kind") != "territory"
    category = relation_type_table()[typ]["category"]
    kinds = [(registry.get(x) or {}).get("kind") for x in (source, target)]
    if kinds[1] == "territory" and (
        category not in TERRITORY_TARGET_CATEGORIES or typ in PEOPLE_ONLY_TYPES
    ):
        return False
    if category == "conflict" and kinds[1] == "person":
        return False  # fighting is against states, forces and places ("Putin's failure ...")
    if typ == "show_force" and kinds[1] == "territory":
        return False  # "deployed troops to the region": a deployment, not a threat to it
    if category == "geography" and kinds[0] != "territory":
        return False  # only a route or territory connects places
    if typ == "sovereignty" and (kinds[0] != "state" or kinds[1] != "territory"):
        # "positions of Armenia located in the X region": a state is sovereign; "villages
        # that were part of Azerbaijan": over a territory (not whoever is named before)
        return False
    return not (kinds[0] == "territory" and category not in ("geography", "membership", "control"))


#: Relations that blame their target for what the same sentence describes.
BLAME_TYPES = frozenset(["criticize", "accuse", "accuse_aggression", "accuse_war_crimes", "demand"])


#: Acts whose last doer the text remembers, for a later judgement of "the attack" or "the
#: blockade" that names no doer; the nouns that refer back to each.
JUDGED_ACTS = frozenset(
    ["attack", "blockade", "military_aid", "aid", "coerce", "control", "occupy", "sanction"]
    + ["reduce_relations", "expel"]
)
JUDGED_ACT_NOUNS = {
    **dict.fromkeys(
        ["attack", "attacks", "shelling", "strike", "strikes", "bombardment", "assault"]
        + ["offensive", "incursion", "killing", "killings", "aggression", "encroachment"]
        + ["incursions", "intrusion", "invasion", "fighting"]
        # ("condemned the use of force", "the escalation", "the renewed hostilities")
        + ["force", "escalation", "hostilities"],
        "attack",
    ),
    **dict.fromkeys(["blockade", "closure"], "blockade"),
    # "France delivered radars to Armenia. Azerbaijan condemned the deliveries": the supplier
    # (plurals only: "the deal", "the delivery", "the package" may be any other one)
    **dict.fromkeys(["deliveries", "supplies", "shipments"], "military_aid"),
    **dict.fromkeys(["pledges"], "aid"),
    # "Azerbaijan detained Vardanyan. Armenia condemned the arrest as politically motivated"
    **dict.fromkeys(["arrest", "arrests", "detention", "detentions"], "coerce"),
    # "Baku jailed Vardanyan ... Amnesty called the trial a sham": the jailer's
    **dict.fromkeys(
        ["trial", "trials", "verdict", "sentence", "sentencing", "conviction", "proceedings"]
        + ["verdicts", "sentences", "convictions"],
        "coerce",
    ),
    **dict.fromkeys(["checkpoint"], "control"),
    **dict.fromkeys(["sanctions", "expulsion", "expulsions"], "sanction"),
    # "Azerbaijan installed a checkpoint. Armenia condemned the move": any act just stated
    **dict.fromkeys(["move", "step"], "any"),
}
#: Things of an actor one names after "called X's" ("calls Armenia's vote incorrect").
CALLED_THINGS = THING_NOUNS | frozenset(JUDGED_ACT_NOUNS) | frozenset(["post", "words", "vote"])
#: Nouns of fighting too vague to judge a side the text only says was accused of it.
VAGUE_ACT_NOUNS = frozenset(["force", "escalation", "hostilities", "fighting"])
#: Words that refer an act noun back to one stated before ("the attack", "this latest
#: shelling", "such attacks"), and the words that may stand between them and the noun.
BACK_WORDS = frozenset(["the", "this", "these", "that", "those", "such"])
ACT_NOUN_GAP = frozenset(
    ["latest", "recent", "continued", "ongoing", "deadly", "brutal", "new", "all"]
    + ["continuing", "renewed", "use", "military"]
    + ["military", "armed", "cross-border", "artillery", "drone", "missile", "illegal"]
    + ["arms", "weapons"]
    # ("concerned by the establishment of the checkpoint")
    + ["establishment", "installation", "setting-up", "creation", "of", "the"]
)
#: Rules whose judged act stands inside their match ("called the attack unacceptable").
JUDGING_GAP_RULES = frozenset(["call_unacceptable", "rally_against"])
#: How many sentences back a judged act may have been stated.
ACT_REACH = 3
#: Words after an act noun that name where it was aimed or done.
PLACE_PREPS = frozenset(["on", "in", "against", "at", "of", "near", "upon"])


def _victim_of_act(doc, m, s0: int) -> bool:
    """Whether mention *m* is where an act noun was aimed ("the attack on Armenia")."""
    return (
        m is not None
        and m.start - 2 >= s0
        and doc[m.start - 1].lower_ in ("on", "against")
        and doc[m.start - 2].lower_ in JUDGED_ACT_NOUNS
    )


def _judged_act_doer(sent, trig, discourse, registry, judge: str) -> str | None:
    """ "Azerbaijani forces shelled Tegh on Monday. Schiff condemned the attack": the doer of
    the act a criticism or concern refers back to ("the attack", "this latest shelling", "the
    blockade") when the sentence names none: the text stated or alleged acts of that kind no
    more than ``ACT_REACH`` sentences before, all by one side, and not the judge's; a place
    named after the noun must be where that act was aimed ("the blockade of the Lachin
    corridor", not "the attack on a synagogue in Jerba"). Else None."""
    doc = sent.doc
    k = trig.match_end
    while k < sent.s1 and doc[k].lower_ in ("over", "about", "at", "by", "with", "of", "against"):
        k += 1
    timed = next((j for j in (k + 2, k + 3) if _time_possessive(doc, j, k)), None)
    if timed is not None:
        k = timed  # "condemned Thursday's attack", "last week's shelling": as "the"
    elif k >= sent.s1 or doc[k].lower_ not in BACK_WORDS:
        return None
    else:
        k += 1
    while k < sent.s1 and doc[k].lower_ in ACT_NOUN_GAP:
        k += 1
    kind = JUDGED_ACT_NOUNS.get(doc[k].lower_) if k < sent.s1 else None
    if kind is None:
        return None
    if kind == "any":
        first = next((m for m in sent.mentions if m.actor), None)
        if any(
            t.start < trig.start and t.rule.frame != "report" and t.rule.type not in JUDGED_ACTS
            for t in sent.triggers
        ) or (first is not None and _state_of(registry, first.actor) != _state_of(registry, judge)):
            return None  # ("X voted to ratify the statute, and Moscow condemned the step")
    kinds = sorted(discourse.acts) if kind == "any" else [kind]
    # (a vague noun of fighting judges only fighting the text states, not a side's charge: "X
    # accused Y of shelling ... The EU condemned the escalation")
    statuses = ("asserted",) if doc[k].lower_ in VAGUE_ACT_NOUNS else ("asserted", "alleged")
    acts = sorted(
        (
            a
            for k in kinds
            for a in discourse.acts.get(k, ())
            if a.status in statuses and 0 < sent.number - a.sentence <= ACT_REACH
        ),
        key=lambda a: (a.sentence, a.head),
    )
    if kind == "any":
        acts = [a for a in acts if a.sentence == acts[-1].sentence] if acts else []
    doers = {_state_of(registry, a.source) for a in acts}
    if len(doers) != 1 or doers == {_state_of(registry, judge)}:
        return None  # none, or acts of both sides ("... responding to Armenian provocations")
    act = acts[-1]
    if k + 1 < sent.s1 and doc[k + 1].lower_ in PLACE_PREPS:
        # "the attack on X", "the blockade of X": X must be the act's own target
        named = [m for m in sent.mentions if m.start in (k + 2, k + 3) and m.actor][:1]
        aimed = _state_of(registry, act.target)
        if not named or (
            named[0].actor != act.target
            and (aimed is None or _state_of(registry, named[0].actor) != aimed)
        ):
            return None
    return act.source


#: Rules of concern or regret that may name nothing after them ("voiced regret.").
BARE_CONCERN_RULES = frozenset(["concern", "concern_reiterated", "concern_reiterated_adj"])
#: Nouns of a concern that name no act of their own ("concern over the situation").
BARE_CONCERN_NOUNS = frozenset(
    ["situation", "development", "developments", "move", "step", "decision", "incident"]
    + ["escalation", "events", "news", "report", "reports"]
)


def _bare_concern_doer(sent, trig, discourse, registry, judge: str) -> str | None:
    """ "Azerbaijan installed a checkpoint. The US expressed concern (over the move)": the one
    side whose acts (of JUDGED_ACTS, stated or alleged) the sentence just before states, not
    the judge's; None when the concern names anything else after it."""
    doc = sent.doc
    rest = [t for t in doc[trig.match_end : sent.s1] if not t.is_punct]
    words = [t.lower_ for t in rest[:4]]
    if rest and not (
        words[0] in ("over", "about", "at", "with")
        and any(w in BARE_CONCERN_NOUNS for w in words[1:4])
        and not any(m.actor and m.start >= trig.match_end for m in sent.mentions)
    ):
        return None
    acts = [
        a
        for acts in discourse.acts.values()
        for a in acts
        if a.sentence == sent.number - 1 and a.status in ("asserted", "alleged")
    ]
    doers = {_state_of(registry, a.source) for a in acts}
    if len(doers) != 1 or doers == {_state_of(registry, judge)} or None in doers:
        return None
    return acts[-1].source


def _blamed_blockades(out, sent, registry) -> list:
    """ "We condemn Azerbaijan's aggressive behaviour, accompanied by the illegal blockade of
    the Lachin corridor": a blockade named with no agent, in a sentence that blames one state
    (and only one), is that state's (``alleged``: the blamer's charge)."""
    doc, extra = sent.doc, []
    heads = {c.head for c in out}
    for t in sent.triggers:
        if t.rule.type != "blockade" or t.start in heads or not _nominal(doc, t, sent.s0):
            continue
        after = t.end
        while after < sent.s1 and doc[after].lower_ in ("of", "the", "on"):
            after += 1
        targets = [
            m
            for m in sent.mentions
            if m.start == after and m.actor and m.label != "ADJ" and after > t.end
        ]
        if not targets:
            continue
        target = targets[0].actor
        blamed = [
            c
            for c in out
            if c.type in BLAME_TYPES
            and (registry.get(c.target) or {}).get("kind") == "state"
            and c.target != _state_of(registry, target)
        ]
        if len({c.target for c in blamed}) != 1:
            continue
        c = blamed[0]
        extra.append(
            replace(
                c,
                source=c.target,
                target=target,
                type="blockade",
                status="alleged",
                rule=t.rule.id,
                confidence=round(t.rule.confidence * 0.6, 4),
                trigger=doc[t.start : t.end].text,
                spans=_spans(sent, t.start, t.end - 1, None, targets[0]),
                head=t.start,
                between=None,
                reported_by=None,
            )
        )
    return extra


#: How many tokens after a condemnation the condemned attack may begin.
CONDEMNED_REACH = 12


def _condemned_attacks(out, sent) -> list:
    """ "Pakistan condemned the attack by Armenian forces on Tovuz", "Armenia condemned
    Azerbaijan's shelling of Armenian villages": condemning an attack charges its doer with
    aggression (the condemner's ``accuse_aggression``, alleged, beside the ``criticize``). Only
    an asserted one-way act of fighting in the same clause as the condemnation, whose doer is
    the one condemned ("condemned Israel for its comments, a day after Israeli jets struck
    Syria", "condemned Azerbaijan's plans to attack" and a denied attack charge no one)."""
    from ..vocabulary import relation_type_table

    records = relation_type_table()
    extra = []
    charged = {(o.source, o.target) for o in out if o.type == "accuse_aggression"}
    for c in out:
        if c.type != "criticize" or c.status != "asserted" or not c.target:
            continue
        if (c.source, c.target) in charged or not any(
            a.source == c.target
            and c.head < a.head <= c.head + CONDEMNED_REACH
            and _asserted_fight(a, records)
            and _same_clause(sent.doc, c.head, a.head)
            for a in out
        ):
            continue
        extra.append(
            replace(
                c,
                type="accuse_aggression",
                status="alleged",
                rule="condemned_attack",
                confidence=c.confidence * 0.8,
            )
        )
        charged.add((c.source, c.target))
    return extra


#: Nouns of what a de facto authority holds or proclaims ("the elections in X").
VOTE_NOUNS = frozenset(
    ["election", "elections", "vote", "referendum", "results", "result", "poll", "polls"]
    + ["independence", "authorities", "regime", "leadership", "government", "parliament"]
)


def _land_of_vote(sent, trig, right: int, registry, discourse) -> list:
    """The territory right after "<vote noun> (held) in / of" within a few words of *trig*
    ("the so-called elections held in Nagorno-Karabakh"), as a one-mention list, else []."""
    doc = sent.doc
    for m in sent.mentions:
        if not (trig.end < m.start <= trig.end + 12 and m.start < right and m.actor):
            continue
        if _actor_class(registry, m.actor) != "territory":
            continue
        before = [t.lower_ for t in doc[trig.end : m.start]]
        if before[-1:] in (["in"], ["of"]) and set(before) & VOTE_NOUNS:
            return [m]
    k = trig.match_end
    while k < right and doc[k].lower_ in ("the", "this", "that", "so-called", "so", "called", "-"):
        k += 1
    land = registry.last_territory
    if land not in registry.gazetteer.authorities:
        # (no land named: the one whose authorities the text has named, if only one)
        ruler = discourse.last.get("ruler")
        ruled = {t for t, a in registry.gazetteer.authorities.items() if a == ruler}
        land = ruled.pop() if len(ruled) == 1 else None
    if (
        k < right
        and doc[k].lower_ in VOTE_NOUNS
        and land in registry.gazetteer.authorities
        and (k + 1 >= right or doc[k + 1].lower_ not in ("in", "of", "for", "on"))
        # ("the election held in Armenia": a land named after all)
        and not (k + 2 < right and doc[k + 1].lower_ in ("held", "organised", "organized"))
    ):
        # "Karabakh's separatists held an election. Turkey did not recognise the vote": the
        # land named last, whose authorities held it
        return [Mention.of_span(doc[k : k + 1], land, "PRONOUN")]
    return []


#: How many words after a war's noun "that ended in a ceasefire" may stand.
WAR_END_REACH = 8


#: Nouns of an assault by which land is taken ("seized the region in a swift attack").
SEIZING_ATTACK_NOUNS = frozenset(
    ["attack", "offensive", "assault", "operation", "blitz", "blitzkrieg", "onslaught"]
)


#: Rules of forces moving into another's land: only a state's or an armed group's forces.
INCURSION_RULES = frozenset(["cross_into", "enter_territory"])
INCURSION_AGENTS = FORCE_NOUNS | {"saboteurs", "group", "groups"}


def _land_to_other_state(obj: list, subj: list, registry) -> list:
    """The other of Armenia and Azerbaijan as a mention over the land *obj* handed back by
    *subj* (one of the two, or its official) with no recipient named; else []."""
    pair = _karabakh_states(registry)
    giver = _state_of(registry, subj[0].actor) if subj[0].actor else None
    if not pair or giver not in pair:
        return []
    other = next(x for x in pair if x != giver)
    return [replace(obj[0], actor=other, label="ADJ")]


#: Words before a surrender that leave it undone ("demanded that they surrender").
UNDONE_SURRENDER = frozenset(
    ["demand", "urge", "call", "ask", "insist", "refuse", "reject", "order", "tell"]
)
#: Words that may follow an intransitive "disarm" ("agreed to disarm under a ceasefire").
AFTER_DISARM = frozenset(["under", "on", "in", "after", "by", "within", "as"])


#: What a breakaway authority dissolves of its own ("dissolving all its institutions").
OWN_INSTITUTIONS = frozenset(["institutions", "structures", "bodies", "republic"])


#: Rules of a protest that names no object of its own ("held rallies", "stormed parliament").
HOME_PROTEST_RULES = frozenset(["hold_rally", "storm_seat"])
#: Words of a rally's aim that make it no protest against the home government.
RALLY_AIMS = frozenset(["against", "support", "solidarity", "backing", "celebrate", "celebrating"])


#: Words of travellers who visit no government ("saboteurs travelled to Baku").
NON_VISITORS = frozenset(
    ["saboteur", "saboteurs", "fighter", "fighters", "refugee", "refugees", "troops", "soldiers"]
    + ["forces", "evacuees", "migrants", "mercenaries", "residents", "civilians", "pilgrims"]
    + ["aircraft", "planes", "drones", "jets", "helicopters", "airlines", "airways", "flights"]
)
#: Verbs before a journey that keep it from happening ("banned officials from travelling").
UNDONE_JOURNEY = frozenset(["ban", "bar", "cancel", "postpone", "scrap", "prevent", "refuse"])


def _journeys_kept(out: list, sent) -> list:
    """Journeys read as visits ("Lavrov flew to Baku"), less those whose traveller holds
    talks or mediates in the sentence, those of no visitor ("saboteurs travelled to Baku") and
    those barred or called off ("banned Armenian officials from travelling to Baku",
    "cancelled plans to travel")."""
    from ..vocabulary import relation_type_table

    types = relation_type_table()
    doc = sent.doc
    talks = [
        (c.source, c.head)
        for c in out
        if c.rule not in JOURNEY_RULES
        and (types.get(c.type) or {}).get("category") in ("negotiation", "mediation")
    ]
    keep = []
    for c in out:
        if c.rule in JOURNEY_RULES:
            before = doc[max(sent.s0, c.head - 8) : c.head + 1]
            if any(x == c.source and head > c.head for x, head in talks):
                continue  # ("flew to Moscow for talks with Putin": the talks)
            if any(t.lemma_.lower() in UNDONE_JOURNEY for t in before):
                continue
            if c.head > sent.s0 and (
                doc[c.head - 1].lower_ in PASSIVE_AUXILIARIES
                or (doc[c.head].lower_ == "flown" and doc[c.head - 1].lower_ == "and")
            ):
                continue  # ("fighters had been recruited and flown to Azerbaijan")
            if any(t.lower_ in NON_VISITORS for t in doc[max(sent.s0, c.head - 4) : c.head]):
                continue
        keep.append(c)
    return keep


#: Verbs of a conversation whose partners follow "with" ("spoke by phone with A and B").
CONVERSATION_VERBS = frozenset(["speak", "talk", "call", "phone", "meet", "confer", "hold"])


def _protests_at_home(out: list, registry) -> list:
    """ "Protesters stormed the government headquarters", "Opposition parties have held
    rallies": a protest by a state's own protesters or opposition that names no target is
    against their government, the state (the target filled in place); a storming by anyone
    else ("Azerbaijani troops stormed the separatist headquarters") is no protest (dropped)."""
    keep = []
    for c in out:
        record = registry.get(c.source) or {}
        home = record.get("kind") in ("other", "political_group", "population")
        if c.rule == "storm_seat" and not home:
            continue
        keep.append(c)
        if c.rule not in HOME_PROTEST_RULES or c.target != "" or not home:
            continue  # (not "protesting against illegal mining": a protest with its object)
        if set(c.evidence.lower().split()) & RALLY_AIMS:
            continue  # ("held rallies in support of the army", "... against Russia's failure")
        parent = record.get("parent")
        if (registry.get(parent) or {}).get("kind") == "state":
            c.target = parent
    return keep


def _separatist_side(sent, registry, head: int) -> bool:
    """Whether the subject of the act at *head* is the breakaway group or one of its people."""
    role = registry.gazetteer.role_defs.get("separatists")
    doers = [m for m in sent.subject(head, sent.s0) if m.actor]
    return (
        role is not None
        and len(doers) == 1
        and (_state_of(registry, doers[0].actor) or doers[0].actor) == role.id
    )


def _disarmed_read(out, trig, transitive, sent, registry) -> bool:
    """Whether the trigger's concession is read already; an intransitive one read backwards
    from the one who gives up its arms ("the separatists agreed to disarm": Azerbaijan's
    concession to them) is turned round in *out* first."""
    here = [
        k for k, c in enumerate(out) if c.head == trig.start and c.type == "concede" and c.target
    ]
    if not transitive:
        doers = {m.actor for m in sent.subject(trig.start, sent.s0) if m.actor}
        for k in here:
            c = out[k]
            if c.target in doers and c.source not in doers:
                # (the two actors' spans swap roles with them)
                spans = re.sub(
                    r"\b(source|target) ",
                    lambda m: "target " if m.group(1) == "source" else "source ",
                    c.spans,
                )
                out[k] = replace(c, source=c.target, target=c.source, spans=spans)
    return bool(here)


def _laid_down_arms(out, sent, discourse, registry, when) -> list:
    """ "Karabakh's forces agreed to lay down their arms", "the ethnic Armenian forces agreed
    to disarm": forces that give up their arms concede to the side they fought (``concede``,
    rule ``lay_down_arms``): an attacker the sentence names ("under a ceasefire that ended a
    day-long Azerbaijani offensive"), else the other of the last two sides that fought, when
    the forces are one of them."""
    doc, found = sent.doc, []
    for trig in sent.triggers:
        if trig.rule.id not in ("hand_over", "disarm") or _negated(sent, trig, sent.s0):
            continue
        if any(
            t.norm_ in UNDONE_SURRENDER for t in doc[max(sent.s0, trig.start - 12) : trig.start]
        ):
            continue  # ("demanded that the formations surrender their weapons", "refused to")
        if trig.start > sent.s0 and doc[trig.start - 1].lower_ in PASSIVE_AUXILIARIES:
            continue  # ("the servicemen were disarmed": disarmed by another)
        after = doc[trig.end : min(sent.s1, trig.end + 3)]
        if trig.rule.id == "hand_over" and not {t.norm_ for t in after} & ARMS_WORDS:
            continue  # (only "lay down their arms", "surrender their weapons")
        transitive = len(after) and after[0].is_alpha and after[0].lower_ not in AFTER_DISARM
        own_bodies = any(
            t.lower_ in OWN_INSTITUTIONS for t in doc[trig.end : min(sent.s1, trig.end + 5)]
        )  # ("signed a decree dissolving all its institutions": the self-declared state's own)
        if trig.rule.id == "disarm" and transitive and not own_bodies:
            continue  # ("disarmed the militia": a transitive disarming, read as it is)
        if transitive and own_bodies and not _separatist_side(sent, registry, trig.start):
            continue  # (only a breakaway authority dissolves its republic to concede)
        if _disarmed_read(out, trig, transitive, sent, registry):
            continue
        doers = [m for m in sent.subject(trig.start, sent.s0) if m.actor and m.label != "PAIR"]
        if len(doers) != 1 or (registry.get(doers[0].actor) or {}).get("kind") in (
            "territory",
            "population",
        ):
            continue  # ("the region, which agreed to disarm": its forces, not the land)
        doer = doers[0].actor
        side = _state_of(registry, doer) or doer  # (the group a leader heads: "Shahramanyan")
        foes = [c.source for c in out if c.type == "attack" and c.source not in (doer, side)]
        foes += [b if a == side else a for a, b in reversed(discourse.fought) if side in (a, b)]
        if not foes:
            continue
        found.append(
            _reading(
                sent,
                doer,
                foes[0],
                "concede",
                "lay_down_arms",
                0.6,
                (trig.start, trig.end - 1),
                when,
                (doers[0], None),
            )
        )
    return found


def _boycotts(out, sent, registry, when) -> list:
    """ "Armenia boycotted the 2016 Olympiad in Baku", "Azerbaijan withdrew its team from the
    championships in Yerevan", "withdrew its delegation from the PACE session": staying away
    from an event cuts ties with its host (the state of the place after "in") or with the body
    named in the event's phrase (``reduce_relations``, rule ``boycott``)."""
    doc, found = sent.doc, []
    for trig in sent.triggers:
        if trig.rule.id not in ("boycott_event", "withdraw_team") or _negated(sent, trig, sent.s0):
            continue
        doers = [m for m in sent.subject(trig.start, sent.s0) if m.actor and m.label != "PAIR"]
        end = min(sent.s1, trig.match_end + 8)
        hosts = [
            m
            for m in sorted(sent.mentions + sent.venues, key=lambda m: m.start)
            if m.actor
            and trig.start < m.start < end
            and (
                _prev_word(doc, m, sent.s0) == "in"
                or (registry.get(m.actor) or {}).get("kind") in BODY_KINDS
            )
        ]
        if len(doers) != 1 or not hosts:
            continue
        host = hosts[0].actor
        if _state_of(registry, host) == _state_of(registry, doers[0].actor):
            continue  # ("withdrew from the championships in Baku", said of Azerbaijan itself)
        if _prev_word(doc, hosts[0], sent.s0) == "in":
            host = _state_of(registry, host)  # (the host state of the place)
        found.append(
            _reading(
                sent,
                doers[0].actor,
                host,
                "reduce_relations",
                "boycott",
                0.6,
                (trig.start, trig.end - 1),
                when,
                (doers[0], hosts[0]),
            )
        )
    return found


def _returned_lands(out, sent, registry) -> list:
    """ "Armenia will return four villages to Azerbaijan", "Armenia handed back the Kalbajar
    district to Azerbaijan in 2020": the land handed over is the giver's (``control``:
    asserted while the handover is still to come, historical once it is done; none when
    denied)."""
    doc, extra = sent.doc, []
    held = {(o.source, o.target) for o in out if o.type in ("control", "occupy")}
    for o in out:
        if (
            o.type != "concede"
            or not o.rule.startswith(("return_to", "hand_over"))
            or o.status == "denied"
        ):
            continue
        land = [
            m
            for m in sent.mentions
            if m.actor
            and o.head < m.start <= o.head + 8
            and _is_territory(registry, [m])
            and "to" not in [t.lower_ for t in doc[o.head + 1 : m.start]]
        ][:1]
        if not land or (o.source, land[0].actor) in held:
            continue
        if f"target {_span(land[0])}" in o.spans.split(";"):
            continue  # ("Armenia handed over the Aghdam district": to Azerbaijan, implied)
        extra.append(
            replace(
                o,
                target=land[0].actor,
                type="control",
                # (held until handed over: now, when the handover is still to come)
                status="asserted" if o.status in ("offered", "planned") else "historical",
                rule=f"{o.rule}+land",
                confidence=o.confidence * 0.8,
                between=None,
            )
        )
        held.add((o.source, land[0].actor))
    return extra


#: Modal verbs that make an act a possibility, not a fact.
MODAL_WORDS = frozenset(["could", "may", "might", "would", "can", "will", "should"])


def _seized_in_attacks(out, sent, registry) -> list:
    """ "Azerbaijan seized Nagorno-Karabakh in a swift attack", "Baku recaptured the enclave
    in a one-day offensive": the land taken was attacked as well (``attack``, by the taker,
    with the seizure's status), when "in" and the assault noun follow the seizure in its own
    clause (a few words of time, speed or kind between); a land that a breakaway group held
    (the gazetteer's authorities) is the group attacked, as the coders code it ("a lightning
    offensive" on Karabakh is one on its separatists)."""
    doc, extra = sent.doc, []
    group = registry.role("separatists")
    attacked = {(o.source, o.target) for o in out if o.type == "attack"}
    for o in out:
        if o.type not in ("occupy", "control") or not o.target or o.status == "denied":
            continue
        if (o.source, o.target) in attacked or any(
            t.lower_ in MODAL_WORDS for t in doc[max(sent.s0, o.head - 3) : o.head]
        ):
            continue  # ("could seize Karabakh in a swift attack": no attack made)
        for k in range(o.head + 1, min(sent.s1, o.head + 12)):
            if doc[k].text in (",", ";") or doc[k].lower_ in ("but", "while", "after"):
                break
            if doc[k].lower_ != "in":
                continue
            j = k + 1
            while j < min(sent.s1, k + 5) and doc[j].lower_ not in SEIZING_ATTACK_NOUNS:
                if not (doc[j].is_alpha or doc[j].like_num or doc[j].text in ("-", "–")):
                    break
                j += 1
            determiner = doc[k + 1].lower_ in ("a", "an", "its", "the")
            if determiner and j < sent.s1 and doc[j].lower_ in SEIZING_ATTACK_NOUNS:
                held = registry.gazetteer.authorities.get(o.target) == "separatists"
                extra.append(
                    replace(
                        o,
                        target=group if held and group and group != o.source else o.target,
                        type="attack",
                        rule="seized_in_attack",
                        confidence=o.confidence * 0.8,
                        trigger=doc[j].text,
                        head=j,
                    )
                )
                attacked.add((o.source, o.target))
            break
    return extra


#: Words of a sentence that place an untargeted Azerbaijani offensive in September 2023.
OFFENSIVE_2023_WORDS = frozenset(
    ["september", "2023", "one-day", "lightning", "24-hour", "anti-terrorist", "anti-terror"]
)
#: Words that place it elsewhere (the 2020 war, the 2022 attacks on Armenia).
OFFENSIVE_OTHER_WORDS = frozenset(["2020", "2021", "2022", "44-day", "1990s", "1992", "1993"])
#: Words before an offensive that make it one feared, planned or denied, not made, or no
#: military one ("a diplomatic offensive").
UNMADE_OFFENSIVE_WORDS = frozenset(
    ["new", "possible", "future", "another", "fresh", "planned", "imminent", "feared", "fear"]
    + ["fears", "warned", "warns", "expected", "prepare", "preparing", "planning", "plan"]
    + ["denied", "denies", "deny", "threatened", "threatens", "plans", "diplomatic", "charm"]
    + ["media", "propaganda", "information", "peace", "counter"]  # (no military offensive)
)
#: Trigger rules of an offensive that may name no target.
OFFENSIVE_RULES = frozenset(["attack_noun", "launch_attack", "launch_operation"])


def _untargeted_offensives(out, sent, registry, when) -> list:
    """ "After Azerbaijan's lightning offensive in September 2023", "Baku retook the region in
    a one-day offensive": Azerbaijan's offensive that names no target, in a sentence that
    places it in September 2023 (and in no other war's year), is the attack on the Karabakh
    Armenian forces (the separatists; ``attack``, rule ``offensive_2023``), as the coders read
    it (96 such codings unread before). One read on Armenia named before the offensive ("fled
    to Armenia after ...") is retargeted in place."""
    doc, found = sent.doc, []
    if not any(t.rule.id in OFFENSIVE_RULES for t in sent.triggers):
        return found  # (most sentences: no offensive to read)
    group = registry.role("separatists")
    karabakh = _karabakh_states(registry)
    words = set(re.findall(r"[\w-]+", sent.text.lower()))
    if not group or not karabakh or not words & OFFENSIVE_2023_WORDS:
        return found
    if words & OFFENSIVE_OTHER_WORDS and "2023" not in words:
        return found
    kin, sovereign = karabakh
    for trig in sent.triggers:
        if trig.rule.id not in OFFENSIVE_RULES:
            continue
        if _negated(sent, trig, sent.s0) or any(
            t.lower_ in MODAL_WORDS | UNMADE_OFFENSIVE_WORDS
            for t in doc[max(sent.s0, trig.start - 5) : trig.start]
        ):
            continue  # ("feared a new Azerbaijani offensive", "denied planning a ... offensive")
        for c in out:
            # ("fled to Armenia after Azerbaijan's lightning offensive": the land they fled to
            # named before the offensive is not its target)
            if (
                c.type == "attack"
                and c.head == trig.start
                and c.target == kin
                and 0 <= _trigger_chars(c, "target")[0] < doc[trig.start].idx
            ):
                c.target, c.rule = group, "offensive_2023"
        if any(c.type == "attack" and c.head == trig.start and c.target for c in out + found):
            continue
        source = _offensive_agent(sent, trig, registry, sovereign, words)
        if source is None:
            continue
        found.append(
            _reading(
                sent,
                source[0],
                group,
                "attack",
                "offensive_2023",
                0.6,
                (trig.start, trig.end - 1),
                when,
                (source[1], None) if source[1] is not None else (),
            )
        )
    return found


#: Words between "host" and "base" that make the base a venue ("hosted a summit at a base").
SUMMIT_AT_BASE_WORDS = frozenset(["summit", "talks", "meeting", "conference", "session", "forum"])
#: Rules of acts read by default (a doer or target unnamed): they name no pair of sides.
IMPLIED_RULES = frozenset(["offensive_2023"])
#: Words that put a charge of ethnic cleansing on another people or time ("of Azerbaijanis
#: from Armenia in the 1990s", the 1915 genocide), make it one still to come ("preparing the
#: ethnic cleansing", "aimed at completing") or no charge made.
OTHER_CLEANSING_WORDS = frozenset(
    ["azerbaijanis", "1915", "ottoman", "1990s", "1988", "1992", "preparing", "prepare"]
    + ["preparation", "aimed", "aim", "aims", "seeking", "seeks", "completing", "towards"]
    # (not charged: "stopped short of calling it", "declined to", "warned of", "no evidence")
    + ["short", "declined", "refused", "early", "warned", "warns", "risk", "danger", "fear"]
    + ["fears", "no"]
)


def _implied_cleansing(out, sent, registry, when) -> list:
    """ "Pashinyan said the exodus amounted to ethnic cleansing": ethnic cleansing charged with
    no doer or victim named, in a sentence on Karabakh or its people, is Azerbaijan's against
    the land's population (``mass_violence``, rule ``implied_cleansing``; the charge's
    status), as the coders read it (44 such codings unread before); not on another people or
    time."""
    found = []
    if "cleansing" not in sent.text.lower():
        return found  # (most sentences: no charge to read)
    gz = registry.gazetteer
    lands = sorted(land for land, ruler in gz.authorities.items() if ruler == "separatists")
    words = set(re.findall(r"[\w-]+", sent.text.lower()))
    if len(lands) != 1 or not {"ethnic", "cleansing"} <= words or words & OTHER_CLEANSING_WORDS:
        return found
    karabakh = _karabakh_states(registry)
    if not karabakh or not words & (BREAKAWAY_WORDS | {"exodus"}):
        return found
    for trig in sent.triggers:
        if trig.rule.type != "mass_violence" or any(
            c.head == trig.start and c.source and c.target for c in out
        ):
            continue
        if _negated(sent, trig, sent.s0):
            continue
        # (a charge: alleged, or denied when the sentence denies it)
        denied = any(c.head == trig.start and c.status == "denied" for c in out)
        status = "denied" if denied else "alleged"
        reading = ("implied_cleansing", 0.5, (trig.start, trig.end - 1), when)
        target = registry.population(lands[0])
        found.append(_reading(sent, karabakh[1], target, "mass_violence", *reading, status=status))
        break
    return found


#: Words after a mission's name that place it on a state's side ("on the Armenian side",
#: "patrols the Armenian side").
MISSION_SIDE = re.compile(
    r"^[\s,]*(?:(?:which|that)\s+)?(?:(?:has|have|will|would)\s+)?(?:been\s+)?"
    r"(?:patrol\w*|deploy\w*|monitor\w*|work\w*)?\s*(?:on|along)?\s*the\s+(\w+)\s+side\b",
    re.IGNORECASE,
)


def _missions_hosted(sent, out, registry, when) -> list:
    """ "the European Union Mission in Armenia", "the EU's monitoring mission on the Armenian
    side of the border": a monitoring mission a state hosts is aid to it (``aid``, rule
    ``mission_in``), as the coders code it (57 of the 77 texts on the mission); the state is
    the one its name or the words after it place it in."""
    doc, found = sent.doc, []
    gz = registry.gazetteer
    for m in sent.mentions:
        if not m.actor or _actor_class(registry, m.actor) != "mission":
            continue
        if any(c.source == m.actor and c.type == "aid" for c in out):
            continue
        named = m.text.lower()
        host = next(
            (x for x in sorted(gz.state_ids) if named.endswith(" in " + registry.name(x).lower())),
            None,
        )  # ("the European Union Mission in Armenia", as the text names it)
        after = MISSION_SIDE.match(doc.text[m.char[1] : sent.offset + len(sent.text)])
        if after and after.group(1):
            host = gz.demonyms.get(after.group(1).lower()) or host
        if host is None or host not in gz.state_ids:
            continue
        reading = ("mission_in", 0.55, (m.start, m.end - 1), when, (m, None))
        found.append(_reading(sent, m.actor, host, "aid", *reading))
    return found


def _offensive_agent(sent, trig, registry, sovereign: str, words: set):
    """(actor, mention or None) who made the untargeted offensive of *trig*: its subject or
    possessor; else *sovereign* (Azerbaijan) named in the sentence ("Azerbaijan took control of
    Karabakh ... after a one-day offensive"), or unnamed in a sentence on the land that dates
    the offensive ("after the September 2023 offensive, almost all Karabakh Armenians left");
    None if another is its subject."""
    if trig.rule.id == "attack_noun":
        # (a noun's doer is its possessor or qualifier: "Baku's lightning offensive", "last
        # week's Azerbaijani offensive"; not the subject of the verb it hangs from)
        subject = [
            m
            for m in sent.mentions
            if m.actor
            and trig.start - 4 <= m.end <= trig.start
            and (m.label == "ADJ" or sent.doc[m.end].lower_ in ("'s", "’s"))
        ][-1:]
    else:
        subject = [m for m in sent.subject(trig.start, sent.s0) if m.actor][:1]
    if subject:
        state = _state_of(registry, subject[0].actor)
        return (subject[0].actor, subject[0]) if state == sovereign else None
    named = any(
        m.actor and not m.venue and _state_of(registry, m.actor) == sovereign for m in sent.mentions
    )
    if named or (words & BREAKAWAY_WORDS and words & OFFENSIVE_DATED_WORDS):
        return sovereign, None
    return None


#: Words that put a sentence on the breakaway land and its people.
BREAKAWAY_WORDS = frozenset(["karabakh", "nagorno-karabakh", "enclave", "separatist", "armenians"])
#: Words that date an offensive to September 2023 ("the September offensive", "a one-day
#: offensive").
OFFENSIVE_DATED_WORDS = frozenset(["2023", "september", "one-day", "lightning", "24-hour"])


def _truces_ending_wars(out, sent) -> list:
    """ "sparking a war that ended in a 1994 ceasefire": the truce that ended a war is between
    the war's two sides (``ceasefire``, asserted), when the sentence gives the truce no pair of
    its own. And "the war ended in 1994": the war was fought, as well as ended."""
    doc = sent.doc
    truces = {o.head for o in out if o.type == "ceasefire"}
    fought = {frozenset((o.source, o.target)) for o in out if o.type == "war"}
    extra = [
        replace(o, type="war", rule="war_that_ended", confidence=o.confidence * 0.9)
        for o in out
        if o.rule == "hostilities_end"
        and o.target
        and doc[o.head].norm_ in ("war", "conflict")
        and frozenset((o.source, o.target)) not in fought
    ]
    for war in out:
        if war.type != "war" or not war.target:
            continue
        for t in sent.triggers:
            if (
                t.rule.type != "ceasefire"
                or t.start in truces
                or not war.head < t.start <= war.head + WAR_END_REACH
            ):
                continue
            words = [w.norm_ for w in doc[war.head + 1 : t.start]]
            if "end" not in words or any(w in (",", ";", "but") for w in words):
                continue
            extra.append(
                replace(
                    war,
                    type="ceasefire",
                    status=war.status if war.status == "denied" else "asserted",
                    rule="war_ended_in_truce",
                    confidence=war.confidence * 0.8,
                    trigger=doc[t.start : t.end].text,
                    head=t.start,
                )
            )
            truces.add(t.start)
            break
    return extra


#: Nouns of asking whose owner, when another rejects or ignores them, asked that other.
ASKING_NOUNS = frozenset(
    ["request", "requests", "appeal", "appeals", "plea", "pleas", "call", "calls", "demand"]
    + ["demands"]
)


def _asker_by(sent, k: int) -> list:
    """ "rejected calls by France to withdraw", "dismissed the demand from Moscow": the actor
    after "by" or "from" that follows an asking noun at token *k* (past a determiner), or []."""
    doc = sent.doc
    while k < sent.s1 and doc[k].lower_ in ("the", "these", "those", "such", "renewed", "repeated"):
        k += 1
    if (
        k + 1 >= sent.s1
        or doc[k].lower_ not in ASKING_NOUNS
        or doc[k + 1].lower_ not in ("by", "from")
    ):
        return []
    return [m for m in sent.mentions if m.actor and m.start in (k + 2, k + 3) and m.label != "ADJ"][
        :1
    ]


#: How many words after a rejection its "X's request" may stand.
REJECTED_REACH = 4


def _rejected_requests(out, sent) -> list:
    """ "The CSTO rejected Armenia's request for help", "Moscow ignored Yerevan's appeal": the
    owner of the request asked the one who rejected it (an ``appeal``, asserted, beside the
    ``reject``), unless the sentence already has that appeal."""
    doc = sent.doc
    asked = {(o.source, o.target) for o in out if o.type in ("appeal", "demand")}
    extra = []
    for c in out:
        if c.type != "reject" or not c.target or (c.target, c.source) in asked:
            continue
        owner = next(
            (
                m
                for m in sent.mentions
                if m.actor == c.target
                and c.head < m.start <= c.head + REJECTED_REACH
                and (
                    (
                        m.end + 1 < sent.s1
                        and doc[m.end].lower_ in ("'s", "’s")
                        and doc[m.end + 1].lower_ in ASKING_NOUNS
                    )
                    or _asker_by(sent, c.head + 1) == [m]
                )
            ),
            None,
        )
        if owner is None:
            continue
        noun = (
            doc[owner.end + 1]
            if doc[owner.end].lower_ in ("'s", "’s")
            else next(t for t in doc[c.head + 1 : owner.start] if t.lower_ in ASKING_NOUNS)
        )
        # the rejection's evidence, its two parties swapped and the request noun as trigger
        spans = []
        for part in c.spans.split(";"):
            kind, where = part.split(" ", 1)
            kind = {"source": "target", "target": "source"}.get(kind, kind)
            spans.append(
                f"trigger {noun.idx}-{noun.idx + len(noun)}"
                if kind == "trigger"
                else f"{kind} {where}"
            )
        extra.append(
            replace(
                c,
                source=c.target,
                target=c.source,
                type="demand" if noun.lower_ in ("demand", "demands") else "appeal",
                rule="rejected_request",
                confidence=c.confidence * 0.8,
                trigger=noun.text,
                head=noun.i,
                spans=";".join(spans),
            )
        )
        asked.add((c.target, c.source))
    return extra


def _asserted_fight(a, records) -> bool:
    """Whether candidate *a* is an asserted one-way act of fighting (an attack, not a war
    both wage, a plan or a denied act); *records*: the relation type table."""
    record = records[a.type]
    return a.status == "asserted" and record["category"] == "conflict" and not record["symmetric"]


#: Acts of telling or asking whose topic may be an attack on the teller's own side
#: ("briefed Blinken on Azerbaijan's attacks on Armenia").
TELLING_TYPES = frozenset(["consult", "appeal", "demand"])


def _told_attacks(out, sent, registry, hist: bool) -> list:
    """ "Mirzoyan briefed Blinken on Azerbaijan's attacks on Armenia", "Armenia asked the
    Security Council for a meeting on Azerbaijan's aggression against Armenia": one who
    tells or asks about an attack on its own side charges the attacker (``accuse_aggression``,
    alleged), and the attack is alleged. Only an asserted attack in the same clause as the
    telling ("briefed Blinken on the talks, and Azerbaijani forces shelled ..." charges no one);
    in a sentence about the past (*hist*) the attack stays to be dated historical.
    """
    from ..vocabulary import relation_type_table

    records = relation_type_table()
    extra = []
    charged = {(o.source, o.target) for o in out if o.type == "accuse_aggression"}
    for a in out:
        if not _asserted_fight(a, records):
            continue
        victim, doer = _state_of(registry, a.target), _state_of(registry, a.source)
        for c in out:
            if (
                c.type in TELLING_TYPES
                and c.status == "asserted"
                and victim
                and _state_of(registry, c.source) == victim != doer
                and _state_of(registry, c.target) != doer  # (not A and B's own talks)
                and (c.source, a.source) not in charged
                and _same_clause(sent.doc, c.head, a.head)
            ):
                extra.append(_charge(a, c.source, "told_attack", c.trigger))
                charged.add((c.source, a.source))
                if not hist:
                    a.status = "alleged"
    return extra


#: Words that open another clause between an act and a later one ("..., and", "after").
CLAUSE_BREAKS = frozenset(
    [",", ";", ":", "and", "but", "after", "before", "while", "as", "when", "which", "who"]
    + ["since", "until", "whereas", "although", "though"]
)


#: Words that open a clause or phrase giving the time or cause of what a sentence states.
BACKGROUND_OPENERS = frozenset(["after", "since", "following", "during", "amid", "before", "when"])
#: How many words a background phrase's opener may stand before its act.
BACKGROUND_REACH = 6


def _background_act(doc, start: int, head: int) -> bool:
    """Whether the act at token *head* is inside a phrase of time or cause opened after
    token *start* ("... had nothing to fear after Azerbaijani forces retook the region",
    "... following Azerbaijan's military operation"), with no comma between."""
    for k in range(head - 1, max(start, head - BACKGROUND_REACH) - 1, -1):
        if doc[k].text in (",", ";", ":") or doc[k].is_quote:
            return False
        if doc[k].lower_ in BACKGROUND_OPENERS:
            return True
    return False


#: Prepositions before an actor whose relative clause recalls a fact of it, not a charge.
FACT_PREPS = frozenset(["with", "to", "from", "of", "on", "for", "against", "toward", "towards"])


def _relative_fact(sent, start: int, head: int) -> bool:
    """Whether the act at token *head* is the verb of a relative clause opened after token
    *start* (", which retook the districts", ", whose army, helped by X, retook ..."): a fact
    the speaker recalls of the one named, not a charge."""
    doc = sent.doc
    verb = doc[head]
    past = verb.is_lower and not verb.lower_.endswith("s") and verb.norm_ != verb.lower_
    if not (past or verb.lower_ in IRREGULAR_PAST) or (
        head + 1 < sent.s1 and doc[head + 1].lower_ == "by"
    ):
        return False  # (not "which blockades", "which threatens", "which was attacked by")
    for i, j in sent.relatives():
        owner = next((m for m in sent.mentions if m.end == i - 1 and m.actor), None)
        if (
            start < i < head <= j
            and doc[i].lower_ in ("which", "who")
            and head - i <= 3
            and not any(i < m.start < head for m in sent.mentions)
            and not set(t.lower_ for t in doc[i + 1 : head]) & {"was", "were", "is", "are"}
            # (the antecedent an object of the clause said: "coordinate with Azerbaijan, which
            # retook"; not its subject: "said Armenia, which occupied our lands, must ...")
            and owner is not None
            and _prev_word(doc, owner, sent.s0) in FACT_PREPS
        ):
            return True  # (not "the districts, which Armenian forces seized": a charge)
    closed = sent._closed_spans(start, head)
    owner = sent._whose_antecedent(start, head, closed)
    return owner is not None and _prev_word(doc, owner, sent.s0) in FACT_PREPS


def _charged_by_victim(c, ids, registry) -> bool:
    """Whether the speaker *ids* is of the side the hostile act *c* (not a taking of control)
    was done to, or a state reporting an act done to no named actor: then an act of time or
    cause in what it says is its charge all the same."""
    from ..vocabulary import relation_type_table

    if not ids or relation_type_table()[c.type]["category"] == "control":
        return False
    speaker = _state_of(registry, ids[0])
    if not c.target:
        # ("Ukraine said five civilians died after Russia struck an apartment block"): a
        # state's own report of an act on no named actor
        return (registry.get(speaker) or {}).get("kind") == "state"
    return speaker == _state_of(registry, c.target)


def _same_clause(doc, first: int, later: int) -> bool:
    """Whether no clause break stands between token *first* and the later token *later*."""
    return first < later and not any(t.lower_ in CLAUSE_BREAKS for t in doc[first + 1 : later])


#: Words of hostilities around an evacuation that make it one for safety ("evacuated its
#: diplomats from Khartoum as fighting raged"), no downgrade of relations.
SAFETY_WORDS = frozenset(
    ["fighting", "strikes", "missiles", "missile", "war", "raged", "unrest", "takeover"]
    + ["bombing", "bombings", "shelling", "clashes", "hostilities", "airstrikes", "safety"]
    + ["temporarily", "precaution", "precautionary", "earthquake", "flood", "floods"]
    + ["flooding", "disaster", "invasion", "advanced", "advancing", "troops", "violence"]
    + ["riots", "coup", "danger", "threat", "threats", "security", "citizens", "nationals"]
    + ["through", "via", "tourists"]
)


def _downgrade_evacuations(out, sent) -> list:
    """The relations read from an embassy or diplomats evacuated (``evacuate_embassy``), less
    those of a sentence that evacuates for safety ("as Israeli strikes hit the city") or
    denies it ("denied reports that it had evacuated its embassy")."""
    doc = sent.doc
    kept = []
    for c in out:
        if c.rule == "evacuate_embassy":
            words = {t.lower_ for t in doc[sent.s0 : sent.s1]}
            before = {t.norm_ for t in doc[sent.s0 : c.head]}
            if words & SAFETY_WORDS or before & {"deny", "not", "no", "never"}:
                continue
        kept.append(c)
    return kept


#: Rules of a reaction that a relative clause may report of the main clause's act.
RELATIVE_REACTION_RULES = frozenset(["criticize", "disapprove"])
#: Types of a comment on a thing, whose object a relative clause after it may react to as
#: well ("Iran criticised the drills, which Baku condemned": not a reaction to Iran).
COMMENT_TYPES = frozenset(
    ["criticize", "disapprove", "support", "reject", "protest", "accuse", "deny", "appeal"]
    + ["demand", "recognize", "nonrecognition", "intend_cooperation"]
)
#: Nouns that name the main clause's act before a reaction to it ("a move Yerevan condemned").
ACT_REFERENCE_NOUNS = frozenset(["move", "step", "decision", "act", "action", "exercise"])


def _relative_reactions(out, sent, registry, when) -> list:
    """ "Iran staged drills on the Aras, which Baku condemned", "held exercises that Aliyev
    criticised", "sent troops, a move Yerevan condemned": the reaction in a relative clause
    is to the act of the main clause, so to its subject (``criticize`` / ``disapprove``, rule
    ``relative_reaction``), when the lexicon read no object but the reactor's own side
    (which it removes from *out*); not the reactor's own side."""
    doc, found = sent.doc, []
    for trig in sent.triggers:
        read = [c for c in out if c.head == trig.start]
        if trig.rule.id not in RELATIVE_REACTION_RULES or any(
            not _same_side(registry, c.source, c.target) for c in read
        ):
            continue  # (one read of its own side is no reading: "the Azerbaijani border that
            # Aliyev condemned")
        reactor = [m for m in sent.mentions if m.actor and m.end in (trig.start, trig.start - 1)]
        if not reactor or (
            trig.match_end < sent.s1
            and doc[trig.match_end].is_alpha
            and doc[trig.match_end].lower_ not in ("as", "publicly", "sharply", "strongly")
        ):
            continue  # (the verb must have no object of its own: "which Baku condemned.")
        k = reactor[0].start - 1
        if k <= sent.s0 or not (
            doc[k].lower_ in ("which", "that")
            or doc[k].lemma_.lower() in ACT_REFERENCE_NOUNS
            and doc[k - 1].lower_ in ("a", "the")
        ):
            continue
        # the doer of the act: the subject of the last trigger before the clause
        act = next((t for t in reversed(sent.triggers) if t.start < k - 1), None)
        if act is None or act.rule.frame == "report" or act.rule.type in COMMENT_TYPES:
            continue  # ("Iran criticised the drills, which Baku condemned": the drills')
        actor = [m for m in sent.subject(act.start, sent.s0) if m.actor and m.label != "ADJ"][:1]
        if not actor or _same_side(registry, actor[0].actor, reactor[0].actor):
            continue
        if _negated(sent, trig, sent.s0):
            continue
        out[:] = [c for c in out if c not in read]
        found.append(
            _reading(
                sent,
                reactor[0].actor,
                actor[0].actor,
                trig.rule.type,
                "relative_reaction",
                0.6,
                (trig.start, trig.end - 1),
                when,
                (reactor[0], actor[0]),
            )
        )
    return found


def _embassy_in(doc, trig, m) -> bool:
    """Whether mention *m* is the place of the embassy the trigger names: right after it
    ("its embassy in Tehran") or after a short description ("a consulate in the southern
    town of Kapan"), with "in" or "from" between."""
    if not m.actor or not trig.match_end <= m.start <= trig.match_end + 5:
        return False
    between = [t.lower_ for t in doc[trig.match_end : m.start]]
    return bool(between) and between[0] in ("in", "from") and not {",", "and", "to"} & set(between)


def _embassy_hosts(out, sent, registry, when) -> list:
    """ "Azerbaijan evacuated its embassy in Tehran": the state whose capital (or other
    place) the embassy is in is the one relations are reduced with (``reduce_relations``,
    rule ``evacuate_embassy``), when the lexicon's reading found no other side; "Iran opened
    a consulate in Kapan": the two cooperate (``cooperate``, rule ``open_embassy``; the place
    overrules the lexicon's object: "opens embassy in Israel as rift with Iran widens").
    Removes the lexicon's readings so overruled from *out*."""
    doc, found = sent.doc, []
    for trig in sent.triggers:
        rule = trig.rule.id
        lexicon = [c for c in out if c.rule == rule and c.head == trig.start]
        if rule not in ("evacuate_embassy", "open_embassy") or (
            lexicon and rule == "evacuate_embassy"
        ):
            continue
        places = sorted(
            (m for m in sent.venues + sent.mentions if _embassy_in(doc, trig, m)),
            key=lambda m: m.start,
        )
        host = [m.actor for m in places][:1]  # (the first: "in Israel as rift with Iran")
        subject = [m for m in sent.subject(trig.start, sent.s0) if m.actor][:1]
        if not host or not subject:
            continue
        out[:] = [c for c in out if c not in lexicon]
        state = _state_of(registry, host[0]) or host[0]
        if (
            state == _state_of(registry, subject[0].actor)
            or _actor_class(registry, state) == "territory"
        ):
            continue  # (not "a consulate in Shusha": a place, no government)
        typ, status = trig.rule.type, "asserted"
        if rule == "open_embassy":
            if _negated(sent, trig, sent.s0):
                continue
            if _modal_status(sent, trig, sent.s0) or any(
                t.lower_ in MODAL_WORDS for t in doc[max(sent.s0, trig.start - 3) : trig.start]
            ):
                typ, status = "intend_cooperation", "offered"  # "would open an embassy"
        found.append(
            _reading(
                sent,
                subject[0].actor,
                state,
                typ,
                rule,
                trig.rule.confidence,
                (trig.start, trig.end - 1),
                when,
                (subject[0], None),
                status=status,
            )
        )
    return found


def _implied_attacks(out, sent, registry) -> None:
    """ "Armenia accused Azerbaijan of the shelling", "... of attacking" with no target named:
    the attack the accuser alleges is on the accuser's state (``Y attack X``, alleged). Only
    a state's (or its body's or official's) charge: a third party's ("HRW accused Y of
    shelling") names no victim. Fills the target of the act in place."""
    doc = sent.doc
    for act in out:
        if act.type != "attack" or act.target != "":
            continue
        for c in out:
            accuser = _state_of(registry, c.source)
            if (
                c.type == "accuse_aggression"
                and c.target == act.source
                and not c.reported_by
                and c.head < act.head <= c.head + 10
                and "of" in [w.lower_ for w in doc[c.head : act.head]]
                and (registry.get(accuser) or {}).get("kind") == "state"
                and accuser != _state_of(registry, act.source)
            ):
                source = [p for p in c.spans.split(";") if p.startswith("source ")]
                act.target, act.status = accuser, "alleged"
                act.spans = ";".join([act.spans, *(p.replace("source", "target") for p in source)])
                break


#: Nouns of an attack that name a charge, not harm reported ("a large-scale provocation").
CHARGE_NOUNS = frozenset(
    ["provocation", "provocations", "aggression", "offensive", "incursion", "incursions"]
    + ["encroachment", "assault", "aggressions", "attacks", "aggressive", "provocative"]
    + ["hostile"]  # ("aggressive actions", "provocative actions")
)


#: Verbs of telling a person something in a call ("told Aliyev in a telephone call that").
TOLD_VERBS = frozenset(["told", "assured", "informed", "tells", "assures", "informs"])
#: Words of a telephone call ("in a telephone call", "by phone", "during a phone conversation").
TOLD_BY_PHONE = PHONE_WORDS | {"call"}


def _told_in_call(sent, out, when) -> list:
    """ "Putin told Aliyev in a telephone call that ...": the teller consults the one told (rule
    ``told_in_call``), beside what was told (read by the other rules); none when the sentence
    already has that consultation."""
    doc, found = sent.doc, []
    if "phone" not in sent.text and " call" not in sent.text:
        return found
    for k in range(sent.s0 + 1, sent.s1 - 4):
        if doc[k].lower_ not in TOLD_VERBS:
            continue
        told = next((m for m in sent.mentions if m.actor and m.start in (k + 1, k + 2)), None)
        teller = next(
            (m for m in sent.mentions if m.actor and m.label != "ADJ" and k - 2 <= m.end <= k),
            None,
        )
        if told is None or teller is None or told.actor == teller.actor:
            continue
        # ("told Aliyev and Pashinyan in a joint call": each one told)
        group = _group_right(doc, sent.mentions, told, sent.s1)
        after = [t.lower_ for t in doc[group[-1].end : min(sent.s1, group[-1].end + 5)]]
        if after[:1] not in (["in"], ["during"], ["by"]) or not TOLD_BY_PHONE & set(after):
            continue
        for one in group:
            if one.actor == teller.actor or any(
                c.type == "consult" and {c.source, c.target} == {teller.actor, one.actor}
                for c in out
            ):
                continue
            found.append(
                _reading(
                    sent,
                    teller.actor,
                    one.actor,
                    "consult",
                    "told_in_call",
                    0.6,
                    (k, k),
                    when,
                    (teller, one),
                )
            )
    return found


def _attacks_on_holders(out, registry) -> None:
    """ "Azerbaijan's offensive in Nagorno-Karabakh", "Baku shelled Karabakh": an attack on a
    contested land is one on the group that holds it (the coders' "separatists", 135 to 11).
    Renames the targets in place."""
    gz = registry.gazetteer
    for c in out:
        if c.type == "attack" and c.target in gz.authorities:
            holder = registry.role(gz.authorities[c.target])
            name = str((registry.get(holder) or {}).get("name") or "").lower().split()
            kin = {gz.demonyms[w] for w in name if w in gz.demonyms}
            # (not the holder's kin state's: "Armenian forces attacked Nagorno-Karabakh in
            # 1992" was no attack on the Karabakh Armenian separatists)
            if holder and holder != c.source and _state_of(registry, c.source) not in kin:
                c.target = holder


#: Words after an arms supplier that say it failed to supply.
SUPPLY_FAILED = frozenset(
    ["failed", "fails", "not", "never", "refused", "halted", "stopped", "suspended", "cancelled"]
    + ["canceled", "withheld", "n't"]
)
#: Words before "supplier(s)" that make it one of arms ("its main arms supplier").
ARMS_SUPPLY_WORDS = frozenset(["arms", "weapons", "weapon", "military", "defence", "defense"])
#: Verbs that make the subject what the noun after them names ("India has become ...").
BECOMING = COPULAS | {"become", "became", "becomes", "remains", "remain"}


def _arms_suppliers(sent, out, registry, when) -> list:
    """ "India has become one of Armenia's main arms suppliers", "Israel, Azerbaijan's main
    arms supplier, ...": the supplier (the subject of a copula before it, or the name the
    phrase is in apposition to) gives military aid to the possessor (rule ``arms_supplier``).
    None that the sentence already has."""
    doc, found = sent.doc, []
    if "supplier" not in sent.text:
        return found
    for i in range(sent.s0 + 2, sent.s1):
        if doc[i].lower_ not in ("supplier", "suppliers") or not (
            ARMS_SUPPLY_WORDS & {t.lower_ for t in doc[max(sent.s0, i - 2) : i]}
        ):
            continue
        owner = next(
            (
                m
                for m in sent.mentions
                if m.actor
                and i - 5 <= m.end < i
                and m.end < sent.s1
                and doc[m.end].lower_ in ("'s", "’s")
                and _actor_class(registry, m.actor) == "state"
            ),
            None,
        )
        if owner is None:
            continue
        k = owner.start - 1
        while k > sent.s0 and doc[k].lower_ in ("one", "of", "the", "a", "its", "main", "top"):
            k -= 1
        supplier = None
        if doc[k].lower_ in BECOMING or doc[k].lower_ == ",":
            if doc[k].lower_ in ("become", "remain") and doc[k - 1].lower_ in ("has", "have"):
                k -= 1
            supplier = next(
                (
                    m
                    for m in sent.mentions
                    if m.actor
                    and m.end in (k, k - 1)
                    and _actor_class(registry, m.actor) == "state"
                ),
                None,
            )
        if supplier is None or supplier.actor == owner.actor:
            continue
        if {t.lower_ for t in doc[i : sent.s1]} & SUPPLY_FAILED:
            continue  # ("Russia, Armenia's main arms supplier, failed to deliver ...")
        if any(c.type == "military_aid" and c.source == supplier.actor for c in out):
            continue
        found.append(
            _reading(
                sent,
                supplier.actor,
                owner.actor,
                "military_aid",
                "arms_supplier",
                0.6,
                (i, i),
                when,
                (supplier, owner),
            )
        )
    return found


#: Verbs that bring a land back "to <demonym> control" ("returned X to Azerbaijani control").
RETURN_VERBS = frozenset(
    ["returned", "restored", "brought", "handed", "passed", "transferred", "put", "placed"]
)
#: Nouns of rule after the demonym ("to Azerbaijani control / rule / sovereignty").
RULE_NOUNS = frozenset(["control", "rule", "sovereignty", "jurisdiction"])


def _returned_to_control(sent, out, registry, when) -> list:
    """ "The war returned much of Nagorno-Karabakh and the districts around it to Azerbaijani
    control": the demonym's state controls each territory named between the verb and "to"
    (rule ``returned_to_control``); none that the sentence already has."""
    doc, found = sent.doc, []
    if " control" not in sent.text and " rule" not in sent.text:
        return found
    for i in range(sent.s0 + 2, sent.s1):
        if doc[i].lower_ not in RULE_NOUNS or doc[i - 2].lower_ not in ("to", "under"):
            continue
        ruler = next(
            (m for m in sent.mentions if m.label == "ADJ" and m.actor and m.end == i), None
        )
        verb = next(
            (k for k in range(i - 3, max(sent.s0, i - 16), -1) if doc[k].lower_ in RETURN_VERBS),
            None,
        )
        if ruler is None or verb is None:
            continue
        for m in sent.mentions:
            if not (verb < m.start and m.end <= i - 2 and m.actor and m.label != "ADJ"):
                continue
            if _actor_class(registry, m.actor) != "territory" or any(
                c.type in ("control", "occupy") and c.target == m.actor for c in [*out, *found]
            ):
                continue
            found.append(
                _reading(
                    sent,
                    ruler.actor,
                    m.actor,
                    "control",
                    "returned_to_control",
                    0.55,
                    (i, i),
                    when,
                    (ruler, m),
                )
            )
    return found


#: Vehicles that carry relief ("a convoy carrying flour", "a plane loaded with medicine").
VEHICLE_NOUNS = frozenset(
    ["convoy", "convoys", "truck", "trucks", "lorry", "lorries", "plane", "planes", "flight"]
    + ["flights", "helicopter", "helicopters", "vehicles", "aircraft"]
)
#: The letters of those nouns a sentence must hold for the reading to look at it.
VEHICLE_STEMS = ("convoy", "truck", "lorr", "plane", "flight", "helicopter", "vehicle", "aircraft")
#: Words of the load that make a vehicle's cargo relief.
RELIEF_LOAD = frozenset(
    ["flour", "food", "medicine", "medicines", "medical", "aid", "humanitarian", "supplies"]
    + ["fuel", "water", "blankets", "tents", "baby", "relief", "hygiene"]
)
#: Verbs of a vehicle's arrival whose object or "in / into" is where the relief went.
ARRIVAL_VERBS = frozenset(
    ["entered", "reached", "arrived", "landed", "crossed", "delivered", "brought", "sent"]
)
#: Words that leave the relief undelivered ("remained stuck", "was turned back").
STUCK_WORDS = frozenset(["stuck", "stranded", "idle", "blocked", "turned", "parked", "waiting"])


def _relief_convoys(sent, out, registry, when) -> list:
    """ "A Red Cross convoy carrying flour entered Nagorno-Karabakh", "a French government
    plane loaded with medicine landed in Yerevan", "19 trucks carrying food sent by the Armenian
    government to Nagorno-Karabakh", "a Turkish plane carrying aid landed in Yerevan": the
    vehicle's owner (`_vehicle_owner`) gives humanitarian aid to where it went (a territory's
    people, a capital's state: `_relief_place`); offered when the text leaves it stuck. None
    when the sentence already has that aid."""
    doc, found = sent.doc, []
    if not any(w in sent.text for w in VEHICLE_STEMS):
        return found
    for i in range(sent.s0, sent.s1 - 2):
        if doc[i].lower_ not in VEHICLE_NOUNS:
            continue
        if doc[i + 1].lower_ in ("carrying", "loaded", "with"):
            load = next(
                (k for k in range(i + 2, min(sent.s1, i + 10)) if doc[k].lower_ in RELIEF_LOAD),
                None,
            )
        else:  # "relief trucks sent by the ICRC entered ...", "an aid convoy reached ..."
            load = i if i > sent.s0 and doc[i - 1].lower_ in RELIEF_LOAD else None
        if load is None:
            continue
        owner = _vehicle_owner(sent, i, load, registry)
        place = _relief_place(sent, load, registry)
        if owner is None or place is None or owner.actor == place[0]:
            continue
        if any(c.type == "humanitarian_aid" and c.source == owner.actor for c in out):
            continue
        stuck = any(t.lower_ in STUCK_WORDS for t in doc[load : sent.s1])
        found.append(
            _reading(
                sent,
                owner.actor,
                place[0],
                "humanitarian_aid",
                "relief_convoy",
                0.6,
                (i, i),
                when,
                (owner, place[1]),
                status="offered" if stuck else "asserted",
            )
        )
    return found


def _vehicle_owner(sent, i: int, load: int, registry):
    """The actor whose vehicle the noun at *i* is: a mention ending at it or one word before
    ("an ICRC convoy", "a French government plane", "a convoy of 19 trucks" past "of N"), a
    demonym right before it or its relief word ("a Turkish plane", "Iranian aid trucks"),
    else the agent of "sent by X" after the load; None if none."""
    doc = sent.doc
    first = i
    if i - 3 >= sent.s0 and doc[i - 1].like_num and doc[i - 2].lower_ == "of":
        first = i - 3  # "a convoy of 19 trucks"
    demonyms = registry.gazetteer.demonyms
    for k in (first - 1, first - 2):
        if (
            k >= sent.s0
            and doc[k].lower_ in demonyms
            and (k == first - 1 or doc[k + 1].lower_ in RELIEF_LOAD | {"government", "military"})
        ):
            state = demonyms[doc[k].lower_]
            return next(
                (m for m in sent.mentions if m.actor == state and m.start == k),
                Mention.of_span(doc[k : k + 1], state, "ADJ"),
            )
    for m in [*sent.mentions]:
        if m.actor and m.end in (first, first - 1) and (m.end == first or doc[m.end].is_lower):
            return m
    for k in range(load, min(sent.s1 - 2, load + 12)):
        if doc[k].lower_ in ("sent", "dispatched") and doc[k + 1].lower_ == "by":
            return next((m for m in sent.mentions if m.actor and m.start in (k + 2, k + 3)), None)
    return None


def _relief_place(sent, load: int, registry):
    """(actor, mention) of where relief loaded at token *load* went: the first mention after an
    arrival verb (past "in / into / to"), or after "to (the people of)"; a territory's people,
    a town's or capital's state; None if none."""
    doc = sent.doc
    # (the last: "relief trucks sent by the ICRC entered Stepanakert")
    arrival = max(
        (k for k in range(load, min(sent.s1, load + 14)) if doc[k].lower_ in ARRIVAL_VERBS),
        default=None,
    )
    if arrival is None:
        return None
    start = arrival + 1
    for m in sorted([*sent.mentions, *sent.venues], key=lambda m: m.start):
        if not m.actor or m.start < start:
            continue
        gap = [t.lower_ for t in doc[start : m.start]]
        if gap[:1] == ["by"]:
            start = m.end  # ("sent by the Armenian government to X": past the sender)
            continue
        if len(gap) > 4 or any(w not in ("in", "into", "to", "the", "people", "of") for w in gap):
            return None
        if (registry.get(m.actor) or {}).get("kind") == "territory":
            return registry.population(m.actor), m
        return m.actor, m
    return None


#: First names of women among the conflict's officials and speakers, for "she".
FEMALE_NAMES = frozenset(
    ["maria", "anna", "ani", "leyla", "samantha", "catherine", "ursula", "kaja", "nancy"]
    + ["hillary", "annalena", "linda", "victoria", "valentina", "kristine", "anahit", "mane"]
    + ["marie", "shabia", "sahiba", "sabina", "mehriban", "michelle", "rosemary", "dunja"]
    + ["karen", "uzra", "mirjana", "ann", "anne", "marta", "anitta", "melanie", "mélanie"]
    + ["salome", "zaruhi", "lilit", "tatevik", "shushan", "narine", "hasmik", "elmira"]
    + ["angela", "liz", "theresa", "emily", "kamala", "condoleezza", "madeleine", "federica"]
    + ["helga", "audrey", "amina", "natalia", "irina", "elena", "olga", "tatiana", "svetlana"]
)


def _female(registry, actor) -> bool:
    """Whether person *actor*'s name is a woman's: a first name of FEMALE_NAMES, or a Russian
    or Azerbaijani woman's surname ("Zakharova", "Abdullayeva")."""
    words = str((registry.get(actor) or {}).get("name") or actor).lower().split()
    return bool(words) and (
        words[0] in FEMALE_NAMES or (len(words) > 1 and words[-1].endswith(("ova", "eva")))
    )


def _gendered(pronoun: str, near: list, recent: list, registry):
    """The person "he" or "she" stands for: the first of *near* (the candidates in order of
    preference) whose name does not contradict the pronoun ("At her briefing, Zakharova
    said Pashinyan ... and she accused ...": Zakharova), else of the persons named *recent*ly,
    else the first of *near*; None if none."""
    near = [p for p in near if p]
    fits = [p for p in near + recent if p and _female(registry, p) == (pronoun == "she")]
    return fits[0] if fits else (near[0] if near else None)


def _reported_victim(c, speaker_id: str, speaker, registry, discourse, sent) -> None:
    """ "A worker was wounded by Azerbaijani gunfire, Armenia's Defence Ministry said": an
    attack on no named actor that a state (its body or official) reports is one on the
    speaker's state, alleged (the coders' "worker -> Armenia"). Fills the target of *c* in
    place; not an act of the speaker's own state, nor one a third party reports (the text sets
    the doer against another side: "..., the Russian Defence Ministry said"), nor one the
    sentence places in a third state's town ("fired across the border near Jermuk, Iran
    said")."""
    side, doer = _state_of(registry, speaker_id), _state_of(registry, c.source)
    if (registry.get(side) or {}).get("kind") != "state" or doer in (None, side):
        return
    places = [
        _state_of(registry, m.actor)
        for m in [*sent.mentions, *sent.venues]
        if m.actor and (m.venue or m.label in ("TOWN", "CAPITAL"))
    ]  # (the places named; not the parties, nor a weapon's maker: "Israeli-made drones")
    places = [p for p in places if _actor_class(registry, p) == "state"]
    if any(p not in (side, doer) for p in places):
        return  # ("fired across the border near Jermuk, Iran said": Armenia's land)
    foes = {
        s
        for pair in discourse.opposed_before
        if doer in (states := {_state_of(registry, x) for x in pair})
        for s in states - {doer}
    }
    if foes and side not in foes:
        return  # (the text set the doer against another side: a third party's report)
    c.target, c.status, c.reported_by = side, "alleged", speaker_id
    if speaker:
        c.spans = ";".join([c.spans, f"target {_span(speaker[0])}"])


def _arms_to_foe(c, speaker_id: str, registry, discourse) -> bool:
    """Whether the arms of *c* go to the speaker's foe: the recipient's state and the
    speaker's are Armenia and Azerbaijan, or two the text has set against each other."""
    pair = {_state_of(registry, speaker_id), _state_of(registry, c.target)}
    if None in pair or len(pair) != 2 or _state_of(registry, c.source) in pair:
        return False
    states = _karabakh_states(registry)
    role = registry.gazetteer.role_defs.get("separatists")
    if states and role is not None and pair == {states[1], role.id}:
        return True  # ("Baku says Armenia has shipped weapons to the separatists")
    return pair == set(states) or frozenset(pair) in {
        frozenset(_states_of(tuple(p), registry)) for p in discourse.opposed_before
    }


def _accusation(c, speaker_id, kind, speaker, trig, doc):
    """The accusation a reported hostile act implies: the speaker accuses the act's source."""
    t0, t1 = doc[trig.start].idx, doc[trig.end - 1].idx + len(doc[trig.end - 1])
    sentence = [p for p in c.spans.split(";") if p.startswith("sentence ")]
    parts = [*sentence, f"trigger {t0}-{t1}"]
    if speaker:
        parts.append(f"source {_span(speaker[0])}")
    source_part = [p for p in c.spans.split(";") if p.startswith("source ")]
    if source_part:
        parts.append(source_part[0].replace("source", "target"))
    return Candidate(
        source=speaker_id,
        target=c.source,
        type=kind,
        status="alleged",
        rule="reported_accusation",
        confidence=round(c.confidence * 0.8, 4),
        sentence=c.sentence,
        evidence=c.evidence,
        trigger=doc[trig.start : trig.end].text,
        spans=";".join(parts),
        head=trig.start,
        date=c.date,
    )


def _span(m) -> str:
    return f"{m.char[0]}-{m.char[1]}"


def _relative_clauses(doc, s0, s1) -> list:
    """Spans (first, last) of the non-restrictive relative clauses (", which ... ," / ", who
    ... ,") of the sentence of tokens *s0* to *s1*; one with no closing comma runs to *s1*."""
    out = []
    for i in range(s0 + 1, s1):
        if doc[i].lower_ in ("which", "who", "whose") and doc[i - 1].text == ",":
            j = next((k for k in range(i + 1, s1) if doc[k].text == ","), s1)
            out.append((i, j))
    return out


def _spans(sent, first, last, source=None, target=None) -> str:
    """The ``spans`` evidence of a relation: its sentence, its trigger (tokens *first* to
    *last*, inclusive) and the source and target mentions that are known."""
    doc = sent.doc
    parts = [
        f"sentence {sent.offset}-{sent.offset + len(sent.text)}",
        f"trigger {doc[first].idx}-{doc[last].idx + len(doc[last])}",
    ]
    if source is not None:
        parts.append(f"source {_span(source)}")
    if target is not None:
        parts.append(f"target {_span(target)}")
    return ";".join(parts)


#: Categories of acts a side is charged with, whose negation by that side is a denial.
DENIABLE_CATEGORIES = frozenset(["conflict", "coercion", "control"])
#: How many sentences back a charge may be that a negated act answers.
CHARGE_REACH = 3


def _deniable(kind: str) -> bool:
    """Whether an act of type *kind* is one a side may be charged with and deny (fighting,
    coercion, control)."""
    from ..vocabulary import relation_type_table

    return relation_type_table()[kind]["category"] in DENIABLE_CATEGORIES


#: Words after an offer's author that make it an offer to mediate ("the offer of X to host").
MEDIATE_OFFER_WORDS = frozenset(["host", "mediate", "broker", "facilitate"])
#: Verbs that end a ban ("lifted its ban on imports").
LIFTED_WORDS = frozenset(["lift", "lifts", "lifted", "lifting", "eased", "ended", "scrapped"])
#: Words of fire that make "hit back at X" a military reply, not words.
HIT_BACK_WEAPONS = frozenset(
    ["position", "positions", "post", "posts", "fire", "strike", "strikes", "artillery"]
    + ["drone", "drones", "mortar", "mortars", "offensive", "shelling", "rocket", "rockets"]
    + ["missile", "missiles"]
)
#: Participles of harm done in an attack ("were killed in an Azerbaijani attack").
HARMED_WORDS = frozenset(["killed", "wounded", "injured", "hurt"])
#: Nouns of the attack that harmed them.
HARMING_NOUNS = frozenset(
    ["attack", "attacks", "strike", "strikes", "shelling", "fire", "assault", "offensive"]
    + ["bombardment", "raid", "raids", "ambush"]
)


def _killed_in_attacks(sent, out, registry, when) -> list:
    """ "Two Armenian soldiers were killed in an Azerbaijani attack", "... wounded in attacks
    by Azerbaijan": the attacker (the actor after "by", else the demonym before the attack's
    noun) attacks the state of those harmed (the subject of the passive), when the sentence
    read no attack between them."""
    lowered = sent.text.lower()
    if not any(w in lowered for w in HARMED_WORDS):
        return []  # (most sentences harm no one: no token loop)
    doc, found = sent.doc, []
    done = {(c.source, c.target) for c in out if c.type == "attack"}
    for i in range(sent.s0 + 2, sent.s1 - 2):
        if doc[i].lower_ not in HARMED_WORDS or doc[i - 1].lower_ not in BE_FORMS | {"been"}:
            continue
        if doc[i + 1].lower_ != "in":
            continue
        nouns = [k for k in range(i + 2, min(sent.s1, i + 7)) if doc[k].lower_ in HARMING_NOUNS]
        if not nouns:
            continue
        k = nouns[0]
        by = [
            m
            for m in sent.mentions
            if m.actor and k < m.start <= k + 3 and doc[m.start - 1].lower_ == "by"
        ]
        adj = [
            m
            for m in sent.mentions
            if m.actor
            and i + 2 <= m.start < k
            and m.label in ("ADJ", "AGENT")  # ("an Azerbaijani drone attack")
            and doc[m.end].text not in ("-", "–")  # (not "a Turkish-backed attack")
        ]
        attacker = (by or adj)[:1]
        left, _ = _clause_bounds(doc, sent.s0, sent.s1, i, sent.reports)
        harmed = [m for m in sent.subject(i - 1, left) if m.actor][:1]
        if not attacker or not harmed:
            continue
        x, y = _state_of(registry, attacker[0].actor), _state_of(registry, harmed[0].actor)
        if not x or not y or x == y or (x, y) in done:
            continue
        done.add((x, y))
        # (what a side reports is its claim: "..., the ministry said")
        said = any(t.rule.frame == "report" for t in sent.triggers)
        found.append(
            _reading(
                sent,
                x,
                y,
                "attack",
                "killed_in_attack",
                0.6,
                (i, k),
                when,
                (attacker[0], harmed[0]),
                status="alleged" if said else "asserted",
            )
        )
    return found


def _plainly_negated(sent, trig) -> bool:
    """Whether the negated act at *trig* is denied as done, not merely named: a verb ("had not
    opened fire") or "no" + noun ("has no territorial claims"), the negator within three words
    before it; not "without provocation" or "not as prisoners of war"."""
    doc = sent.doc
    before = [t.lower_ for t in doc[max(sent.s0, trig.start - 3) : trig.start]]
    if "without" in before or "as" in before or not set(before) & {"not", "n't", "never", "no"}:
        return False  # (the negator right before: not "has not deterred X from aggression")
    if set(before) & {"would", "will", "shall", "can", "could", "wo"}:
        return False  # ("would not go to war", "will never attack": a pledge, no denial)
    return not _nominal(doc, trig, sent.s0) or "no" in before


def _charged_with(discourse, registry, side: str, trig, number: int) -> bool:
    """Whether *side* was charged, no more than CHARGE_REACH sentences before, with an act of
    the category of the one negated at *trig* (a fight for a fight: "accused Armenia of
    spreading disinformation" is answered by no "had not opened fire"); claims of land, which
    the text reads as no act, by the charge alone."""
    from ..vocabulary import relation_type_table

    table = relation_type_table()
    category = table[trig.rule.type]["category"]
    if category == "control" and trig.rule.type not in JUDGED_ACTS:
        return True
    return any(
        _state_of(registry, a.source) == side
        and a.status == "alleged"
        and 0 < number - a.sentence <= CHARGE_REACH
        for kind, acts in discourse.acts.items()
        if table[kind]["category"] == category
        for a in acts
    )


def _negated_charges(sent, out, unsaid, speakers, discourse, registry, when) -> list:
    """ "Azerbaijan accused Armenian forces of shelling Tovuz. Armenia's Defence Ministry said
    its forces had not opened fire": an act of the kind a side was charged with no more than
    CHARGE_REACH sentences before, negated with that side as its subject, denies the charge
    (from the speaker of that side, else the subject) to the one who made it."""
    found = []
    denied = {(c.source, c.target) for c in out if c.type == "deny"}
    for trig, subject in unsaid:
        for m in subject[:1]:
            side = _state_of(registry, m.actor) if m.actor else None
            if side is None or not _charged_with(discourse, registry, side, trig, sent.number):
                continue
            accusers = [
                who
                for who in _accusers_of(discourse, registry, side)
                if _state_of(registry, who) != side
                and any(
                    d[1] == who
                    and d[2].startswith("accuse")
                    and 0 < sent.number - d[0] <= CHARGE_REACH
                    for d in discourse.deeds
                )
            ]
            if not accusers:
                continue
            said = [x for t, names, _ in speakers for x in names if x.actor]
            speaker = next((x for x in said if _state_of(registry, x.actor) == side), None)
            if speaker is None and said:
                continue  # ("Zakharova said Azerbaijani forces had not ...": a third party's view)
            speaker = speaker or m
            pair = (speaker.actor, accusers[-1])
            if pair in denied:
                continue
            denied.add(pair)
            found.append(
                _reading(
                    sent,
                    *pair,
                    "deny",
                    "denied_by_negation",
                    0.6,
                    (trig.start, trig.end - 1),
                    when,
                    (speaker, None),
                )
            )
    return found


def _reading(sent, source, target, typ, rule, confidence, tokens, when, mentions=(), **fields):
    """A relation a reading of the whole sentence found (no trigger of the lexicon): its
    evidence the sentence, its trigger the tokens ``tokens`` = (first, last), inclusive, and the
    spans of the *mentions* (source, then target) that are known; *fields*: ``status`` (default
    ``asserted``) and the other fields of :class:`Candidate`."""
    first, last = tokens
    return Candidate(
        source=source,
        target=target,
        type=typ,
        status=fields.pop("status", "asserted"),
        rule=rule,
        confidence=confidence,
        sentence=sent.number,
        evidence=sent.text,
        trigger=sent.doc[first : last + 1].text,
        spans=_spans(sent, first, last, *mentions),
        head=first,
        date=when,
        **fields,
    )


#: Verbs of refusing before "consultations with X" that make them none.
REFUSAL_WORDS = frozenset(
    ["rejected", "rejects", "reject", "refused", "refuses", "ruled", "rules", "declined"]
)
#: Verbs of telling whose addressee a that-less clause may follow ("told Aliyev he should").
TOLD_WORDS = frozenset(
    ["told", "tells", "tell", "reminded", "warned", "assured", "informed", "urged", "asked"]
)


#: Words that make a trilateral meeting one still to come or apart ("ahead of a trilateral
#: meeting planned for October", "met them separately").
PLANNED_MEETING_WORDS = frozenset(
    ["planned", "ahead", "invited", "separately", "upcoming", "next", "proposed", "future"]
)
#: Words for a meeting that a third party may propose to hold between two others.
MEETING_WORDS = frozenset(["meeting", "meetings", "summit", "talks", "negotiations", "dialogue"])


def _proposed_meetings(out: list, sent: _Sentence, registry) -> list:
    """ "Moscow proposed a meeting of the Armenian and Azerbaijani foreign ministers": a
    third party that proposes talks between two others offers to mediate them (not its own
    intent to cooperate, as "Armenia proposed talks to Azerbaijan" is)."""
    by_trigger: dict = {}
    for c in out:
        if c.rule != "propose_agreement":
            continue
        words = {t.lower_ for t in sent.doc[c.head : min(sent.s1, c.head + 6)]}
        # (a meeting "of" or "between" two others; not "a meeting with" the proposer)
        if MEETING_WORDS & words and words & {"of", "between"}:
            by_trigger.setdefault((c.source, c.head), []).append(c)
    for (source, head), group in by_trigger.items():
        targets = list(dict.fromkeys(c.target for c in group))
        # every party the phrase names, the proposer's own too ("a meeting of the leaders of
        # Armenia, Azerbaijan and France", proposed by Pashinyan: he takes part)
        named = {
            _state_of(registry, m.actor)
            for m in sent.mentions
            if m.actor and head < m.start <= head + 15
        }
        states = {_state_of(registry, t) for t in targets} | named
        if len(targets) < 2 or _state_of(registry, source) in states:
            continue
        for c in group:
            c.type, c.status, c.between = "offer_mediation", "offered", targets
    return out


def _note_opening_subject(sent, discourse, registry) -> None:
    """ "The European Parliament adopted a resolution. It expressed ...": a state or
    organisation that opens a sentence stating no relation, right before its verb, is the
    subject "It" refers to next."""
    doc = sent.doc
    opener = next((m for m in sent.mentions if m.actor and m.label != "ADJ"), None)
    if opener is None or opener.start > sent.s0 + 1 or opener.end >= sent.s1:
        return
    k = opener.end
    # ("The European Parliament on Thursday adopted ...", "... last week adopted ...": past a
    # time phrase)
    pair = (doc[k].lower_, doc[k + 1].lower_) if k + 1 < sent.s1 else ("", "")
    if (pair[0] == "on" and pair[1] in TIME_POSSESSORS) or (
        pair[0] in ("last", "this") and pair[1] in ("week", "month", "year")
    ):
        k += 2
    elif doc[k].lower_ in ("yesterday", "today", "also", "now"):
        k += 1
    if k >= sent.s1:
        return
    verb = doc[k]
    if (
        verb.is_lower
        and verb.is_alpha
        and verb.norm_ != verb.lower_
        and (registry.get(opener.actor) or {}).get("kind") in IT_KINDS
    ):
        discourse.subject = opener.actor


def _pair_named_after(sent, k: int) -> bool:
    """Whether two actors joined by "and" are named after token *k* in its clause ("they
    would invite Russia and Turkey"): a pair of their own, which a "they" read as a pair would
    be mistaken for."""
    doc = sent.doc
    stop = next((j for j in range(k, sent.s1) if doc[j].text in (",", ";")), sent.s1)
    after = [m for m in sent.mentions if k <= m.start and m.end <= stop and m.actor]
    return any(
        [t.lower_ for t in sent.doc[a.end : b.start]] == ["and"]
        for a, b in zip(after, after[1:], strict=False)
    )


def _bind_reported_it(sent, trig, speaker) -> list:
    """ "France said it was working with Russia", "Armenia announced on Friday that it had
    signed", "The ICRC welcomed the truce, saying that it stands ready": an unresolved "it"
    (or "he", "we") within three words after the reporting verb, with no one named between,
    is the speaker; "they" after a pair that speaks ("the two sides said they ...") is that
    pair. Returns the mentions bound to the speaker's actor."""
    bound = []
    for m in sent.mentions:
        if (
            m.label == "PRONOUN"
            and m.actor is None
            and not m.text.lower().startswith("the ")  # ("said the enemy ...")
            and 0 <= m.start - trig.end <= 3
            and not any(trig.end <= n.start < m.start for n in sent.mentions)
        ):
            if (
                speaker.label == "PAIR"
                and m.text.lower() == "they"
                and not _pair_named_after(sent, m.end)
            ):
                # ("The two sides said they had reached a deal": the pair the speaker is, read
                # as the speaker's words are)
                m.label, m.text = "PAIR", speaker.text
                continue
            m.actor = speaker.actor
            bound.append(m)
    return bound


# Longer than 80 lines: one sentence's relations, trigger by trigger (its subject and
# object, coordinated pairs, the status the trigger gives), then the statuses that depend on
# the rest of the sentence (an act after "accuse X of", an act in a denial, reported speech);
# the two parts share the sentence's subjects, speakers and accused, gathered as it goes.
def _sentence_relations(sent, discourse, stats, hist, when, location, registry):
    out: list[Candidate] = []
    doc = sent.doc
    subjects: dict = {}
    reporters: dict = {}  # the subjects of reporting verbs, by their start
    speakers: list = []  # (report trigger, speaker mentions, position: before|after)
    accused_after: list = []  # (head, accused ids)
    refused: list = []  # (negated cooperative trigger, its subject): "no talks if ..."
    unsaid: list = []  # (negated hostile act's trigger, its subject): "had not opened fire"
    denied_from: list = []  # (head, denier ids)
    for trig in sent.triggers:
        rule = trig.rule
        if rule.id == "call_someone" and (
            _hedge_verb(doc, trig.start, sent.s0)
            or _names_a_thing(sent, trig)
            or _appeal_noun(doc, trig, sent.s0, sent.s1)
            or _names_a_crime(doc, trig.end, sent.s1)
            or not _a_call_made(sent, trig)
        ):
            # "condemned what it called an attack": a naming, not a call (whose subject is
            # still the next verb's: "called the move a violation and demanded that ...")
            left, _ = _clause_bounds(doc, sent.s0, sent.s1, trig.start, sent.reports)
            subjects[trig.start] = sent.subject(trig.start, left)
            continue
        if (
            rule.id == "war_noun"
            and trig.end < sent.s1
            and doc[trig.end].lower_ in NOT_WAR_COMPOUNDS
        ):
            continue  # "war games", "war veterans", "a war crime": no war named
        if (
            rule.id == "reject"
            and doc[trig.start].norm_ in ("dismiss", "refute")
            and not _rejects_a_claim(sent, trig)
        ):
            continue  # only "a charge Yerevan dismissed" (not "dismissed the drivers")
        if (
            rule.frame == "accuse"
            and doc[trig.start].lemma_.lower() in CLAIM_NOUNS
            and any(
                o.rule.type in ("deny", "reject") and trig.end < o.start <= trig.end + 5
                for o in sent.triggers
            )
        ):
            continue  # "..., a charge Paris rejects": the charge named before, no new one
        if rule.id == "host_base" and {t.lower_ for t in doc[trig.start : trig.match_end]} & (
            SUMMIT_AT_BASE_WORDS
        ):
            continue  # "hosted a summit at a military base": talks hosted, no base
        if (
            rule.id == "urge"
            and trig.end + 1 < sent.s1
            and doc[trig.end].lower_ == "for"
            and not doc[trig.end + 1].is_alpha
        ):
            continue  # "whatever help the two sides asked for": what was asked, of no one
        if (
            rule.id == "in_consultation_with"
            and {t.lower_ for t in doc[max(sent.s0, trig.start - 3) : trig.start]} & REFUSAL_WORDS
        ):
            continue  # "Baku rejected consultations with the separatists": none held
        if rule.id == "inform" and {
            t.lower_ for t in doc[max(sent.s0, trig.start - 5) : trig.start]
        } & {"keep", "keeps", "kept", "keeping"}:
            continue  # "would keep Azerbaijan informed": the keeper informs, read once
        if (
            rule.id == "hit_out_at"
            and doc[trig.start + 1].lower_ == "back"
            and {t.norm_ for t in doc[max(sent.s0, trig.start - 4) : trig.match_end + 4]}
            & (FORCE_NOUNS | HIT_BACK_WEAPONS)
        ):
            continue  # "Azerbaijani forces hit back at Armenian positions": fire, no words
        if (
            rule.id == "ban_imports"
            and {t.lower_ for t in doc[max(sent.s0, trig.start - 4) : trig.start]} & LIFTED_WORDS
        ):
            continue  # "lifted its ban on imports of Armenian brandy": the sanction ended
        if rule.id in ("war", "war_noun") and _fought_for(sent, trig.end):
            continue  # "mercenaries fighting for Azerbaijan", "fought alongside X": no enemy
        if (
            rule.id == "support"
            and doc[trig.start].lower_ == "back"
            and trig.end < sent.s1
            and doc[trig.end].lower_ in ("to", "in", "into", "home", "from", "on", "at")
        ):
            continue  # "would invite both men back to Brussels": an adverb, no backing
        if (
            rule.id == "request"
            and trig.end < sent.s1
            and doc[trig.end].lower_ == "by"
            and trig.start > sent.s0
            and doc[trig.start - 1].is_alpha
            and doc[trig.start - 1].lower_ not in ("as", "was", "were", "been", "be", "is", "are")
        ):
            continue  # "at a meeting requested by France": what France asked for, of no one
            # (not "withdrew its troops, as requested by the EU")
        if (
            rule.type == "mediate"
            and any(
                t.rule.id.startswith("welcome_") and t.start < trig.start < t.match_end
                for t in sent.triggers
            )
            # (not "welcomed the Russian-brokered deal": a mediator of its own)
            and not any(m.actor and trig.start - 2 <= m.end <= trig.start for m in sent.mentions)
        ):
            continue  # "welcomed the progress towards reaching a deal between A and B": the
            # welcomer backs what was reached, and reached nothing itself
        left, right = _clause_bounds(doc, sent.s0, sent.s1, trig.start, sent.reports - {trig.start})
        # ("aid to the Armenians who fled Karabakh": a mention's own "who" ends no clause)
        right = next((m.end for m in sent.mentions if m.start < right < m.end), right)
        # where the judged words start: past the judge's own hedge ("condemned what it called")
        hedged = _past_hedge(doc, trig.end, right)
        if rule.frame == "report":
            comma = next(
                (
                    i
                    # (a long title before the name: '"...," Azerbaijani Defence Ministry
                    # spokesman Anar Eyvazov said')
                    for i in range(trig.start - 1, max(sent.s0, trig.start - 11) - 1, -1)
                    if doc[i].text == ","
                    and (i >= trig.start - 7 or (i + 1 < trig.start and doc[i + 1].is_quote))
                ),
                None,
            )
            if (
                comma == trig.start - 1
                and doc[trig.start].lower_.endswith("ing")
                and doc[trig.start].lower_ != "according"
            ):
                # "X linked the clashes to the dispute, claiming that ...": the main subject
                # ("Araghchi is due in Moscow, Khatibzadeh said, adding that ...": the speaker
                # of the verb before the comma)
                said = [
                    sp
                    for t, sp, _ in speakers
                    if sp
                    and t.end <= comma
                    # ('Blinken said in a statement, adding that ...': past the verb's adjunct)
                    and not any(doc[k].text == "," for k in range(t.end, comma))
                ]
                if said:
                    speakers.append((trig, said[-1], "before"))
                    continue
                main = [
                    m
                    for m in sent.mentions
                    if m.start <= sent.s0 + 3 and m.end <= comma and m.actor and m.label != "ADJ"
                ]
                speakers.append((trig, main[:1], "before"))
                if (
                    main
                    and not any(t.is_quote for t in doc[sent.s0 : comma])
                    and not any(
                        t.norm_ in THING_NOUNS or t.lower_ in JUDGED_ACT_NOUNS
                        for t in doc[main[0].end : comma]
                    )
                ):
                    # ("The ICRC welcomed the truce, saying that it ..."; not after a quotation,
                    # whose first actor is no speaker, nor after an act or a document that "it"
                    # may be: "condemned the offensive, saying that it targeted civilians")
                    _bind_reported_it(sent, trig, main[0])
                continue
            titled = [
                m
                for m in sent.mentions
                if comma is not None
                and m.label == "PERSON"
                and m.actor
                and m.end < comma
                and doc[m.end].text == ","
                and doc[m.end + 1].lower_ in TITLE_HEADS
                and not any(
                    m.end < n.start < comma
                    and n.label not in ("ADJ", "TOWN")
                    and n.actor != m.actor  # (the title naming the same office holder)
                    # ("Ned Price, spokesman of the United States, said": the title's state)
                    and not (
                        _prev_word(doc, n, sent.s0) == "of"
                        and (registry.get(n.actor) or {}).get("kind") in ("state", "igo")
                    )
                    # ("Hikmet Hajiyev, an aide to Aliyev, said": whose aide)
                    and not (
                        _prev_word(doc, n, sent.s0) == "to" and doc[m.end + 1].lower_ in ("a", "an")
                    )
                    for n in sent.mentions
                )  # (the town of "X, Mayor of Kapan, reported")
            ]
            if (
                comma == trig.start - 1
                and titled
                and "," not in [t.text for t in doc[titled[-1].end + 1 : comma]]
            ):
                # "Gevorg Farsyan, Mayor of Kapan, reported that ...": the person named before
                # the title is the speaker
                acts_before = any(
                    sent.s0 <= t.start < titled[-1].start and t.rule.frame != "report"
                    for t in sent.triggers
                )
                speakers.append((trig, titled[-1:], "after" if acts_before else "before"))
                continue
            apposed = [
                m
                for m in sent.mentions
                if comma == trig.start - 1
                and m.end == comma
                and m.label == "PERSON"
                and m.actor
                and (
                    (m.start - 1 > sent.s0 and doc[m.start - 1].text == ",")
                    # ("The governor of Syunik, Robert Ghukasyan, said": title and name in one)
                    or any(t.text == "," for t in doc[m.start : m.end])
                )
            ]
            if apposed:
                # "US Secretary of State, Antony Blinken, said ...": the name in apposition to
                # the title is the speaker, not the end of what was said (which comes first
                # when acts are stated before the title: '"X shelled Y", the minister, Z, said')
                acts_before = any(
                    sent.s0 <= t.start < apposed[0].start and t.rule.frame != "report"
                    for t in sent.triggers
                )
                speakers.append((trig, apposed, "after" if acts_before else "before"))
                continue
            said_that = trig.end < sent.s1 and doc[trig.end].lower_ == "that"
            opening = (
                comma is not None
                and _in_opening_phrase(doc, sent.s0, comma - 1)
                and not any(
                    sent.s0 <= t.start < comma and not _nominal(doc, t, sent.s0)
                    for t in sent.triggers
                )
            )  # (an opening phrase states no act: "On Monday X attacked Y, Z said" does; a
            # noun does not either: "Since the latest offensive, X said ...")
            joined = comma is not None and doc[comma + 1].lower_ in ("and", "but", "while")
            if (
                comma is not None
                and comma > sent.s0 + 2
                and not said_that
                and not opening
                and not joined
            ):
                # (not "Turkey welcomed the deal, and its minister said ...": a clause of its own)
                # (not "In a statement, the ministry said X shelled Y": an opening phrase)
                # "..., the ministry said": the words before the comma are what was said
                # (not "A week ago, the minister announced that ...")
                # (not the town of "X, Vice-Mayor of Goris, reported")
                near = [
                    m
                    for m in sent.mentions
                    if comma < m.start and m.end <= trig.start and m.label != "TOWN"
                ]
                if not near:
                    # '"...," said the ministry': the speaker follows the verb
                    near = _speaker_after_verb(doc, sent.mentions, trig.end)
                speakers.append((trig, near[-1:], "after"))
                continue
            subj = _coordinated_subject(sent, trig, subjects) or sent.subject(trig.start, left)
            if subj:
                speakers.append((trig, subj, "before"))
                reporters[trig.start] = subj
                _plural_body(subj, registry, discourse, sent.number)
                for m in _bind_reported_it(sent, trig, subj[-1]):
                    if subj[-1].label == "ADJ" and subj[-1].end == trig.start:
                        # "Turkey denied Armenian claims that it had sent ...": the one the
                        # claims are about, who denies them
                        m.actor = _denier(sent, trig, left) or m.actor
            else:
                # "According to X, ...": the speaker follows the verb, what was said follows
                # the speaker
                after = [m for m in sent.mentions if trig.end <= m.start <= trig.end + 3]
                if said_that:
                    # "The woman said that X was arrested": X is what was said, not who said it
                    speakers.append((trig, [], "before"))
                elif after:
                    speakers.append((trig, [after[0]], "before"))
                else:
                    speakers.append((trig, [], "after"))
            continue
        # "refused to allow the convoy to pass", "by not letting aid into X": a closure (not a
        # double negative: "never refused to allow", "did not stop allowing")
        refused_access = (
            rule.id == "allow_access"
            and not _nominal(doc, trig, sent.s0)
            and _negated(sent, trig, left)
            and not _double_negative(doc, trig, max(left, sent.s0))
        )
        if _negated(sent, trig, left) and not (
            # "does not recognise the self-proclaimed republic": a refusal to recognise
            (rule.id == "recognize" and not _undone(sent, trig))
            # "refused to allow the convoy to pass", "by not letting aid into X": a closure
            or refused_access
        ):
            stats["negated"] += 1
            if rule.type in INTENT_TYPES:
                refused.append((trig, sent.subject(trig.start, left)))
            elif _deniable(rule.type) and _plainly_negated(sent, trig):
                unsaid.append((trig, sent.subject(trig.start, left)))
            if rule.id == "allies":
                # ("the US is not an ally of X, but has sold weapons to Y": the subject of "is"
                # is still the next verb's)
                subjects[trig.start] = sent.subject(trig.start, left)
            continue
        if rule.id == "recognize" and _negated(sent, trig, left):
            stats["negated"] += 1
            rule = replace(rule, type="nonrecognition")
        elif refused_access:
            stats["negated"] += 1
            rule = replace(rule, type="blockade")
        if _requested(sent, trig) and not (
            rule.frame == "helper"
            and rule.type == "mediate"
            and {t.lower_ for t in doc[sent.s0 : sent.s1]} & MEDIATED_WORDS
        ):
            # "urged X to impose sanctions": asked for, not done (but "urged the sides to
            # negotiate under the auspices of X": X's standing role, whoever is asked)
            continue
        if _hypothetical(sent, trig, left):
            continue
        if rule.id == "return_captives" and _nominal(doc, trig, sent.s0):
            continue  # "demanded the return of prisoners held by X": asked for, not done
        if rule.type == "concede" and _helped_act(doc, trig, sent.s0):
            continue  # "the US helped release 17 prisoners": the captor releases, not the US
        if (
            rule.id in STANDING_MEDIATION_RULES
            and {t.norm_ for t in doc[sent.s0 : sent.s1]} & JUDGED_ROLE_WORDS
        ):
            continue  # "Armenia criticised the role of Turkey in the talks": no mediation
        if rule.type == "intend_cooperation" and any(
            t.norm_ in DOUBT_WORDS for t in doc[max(left, trig.start - 5) : trig.start]
        ):
            continue  # "Armenia doubts Azerbaijan's willingness to sign a peace treaty"
        if any(t.lower_ in OBLIGATION_WORDS for t in sent.window(trig, 3) if t.i >= left):
            continue  # "Azerbaijan must reopen the road": asked for, not done
        near = [t.lower_ for t in sent.window(trig, 4) if t.i >= left]
        if any(a in ("need", "needs") and b == "to" for a, b in zip(near, near[1:], strict=False)):
            continue  # "we need to target them": called for, not done
        if rule.frame == "mutual" and _goal(sent, trig):
            continue  # "to reach a ceasefire", "efforts to reach an agreement": a goal
        if (
            rule.type in FOUGHT_TYPES
            and {t.norm_ for t in sent.window(trig, 7) if t.i >= left} & AVERTED_WORDS
        ):
            continue  # "to avoid a new war", "fears of a wider war": feared, not fought
        if rule.type in FOUGHT_TYPES and _war_elsewhere(sent, trig, registry, discourse):
            continue
        if (
            rule.frame == "reverse"
            and trig.match_end - 2 >= trig.end
            and doc[trig.match_end - 2].lower_ == "to"
        ):
            continue  # "under the agreement to control ...": a verb, not "under X control"
        status = rule.status or "asserted"
        if status == "asserted":
            status = _modal_status(sent, trig, left) or status
        # "ready to sign a treaty with Y", "hope for talks": the intent to cooperate
        intent_at = _intent_word(sent, trig, left, own=True)
        intent = rule.type in INTENT_TYPES and rule.frame == "mutual" and intent_at is not None
        # "ready to help A and B reach a deal", "offered to help resolve": an offer to mediate
        offer = rule.type == "mediate" and (
            intent_at is not None
            # ("Georgia can help A and B normalize relations": a help offered)
            or (
                rule.id == "help_resolve"
                and any(t.lower_ in ("can", "could", "will", "would") for t in sent.window(trig, 3))
            )
        )
        confidence = rule.confidence
        # "X said ... and appealed to Y": the second verb shares the reporter's subject too
        subj = (
            _coordinated_subject(sent, trig, {**reporters, **subjects}, reporters)
            or _headline_coordinated_subject(sent, trig, subjects)
            or sent.subject(trig.start, left)
        )
        if rule.id == "in_control_of":
            # "the war ended with ethnic Armenian forces in control of the region", "a war that
            # left ethnic Armenians in control of Karabakh": the one right before "in control",
            # after a preposition too, not the clause's subject
            k = trig.start
            while k > sent.s0 and (doc[k - 1].lower_ in HOLDING_VERBS or doc[k - 1].text == ","):
                k -= 1  # ("Russia remains firmly in control of", "X, now in control of Y")
            subj = [m for m in sent.mentions if m.end == k and m.actor]
            if not subj:
                continue  # ("left ethnic Armenians in control": no actor holds it here)
        nominal = _nominal(doc, trig, sent.s0) or (
            rule.frame == "svo" and _bare_judged_act(sent, trig)
        )
        act_relative = not nominal and _relative_of_noun(sent, trig)
        if act_relative:
            subj = []
        if (
            subj
            and rule.frame == "mutual"
            and any(
                m.end == trig.start and (registry.get(m.actor) or {}).get("kind") == "territory"
                for m in sent.mentions
            )
            and any(subj[-1].end <= t.start < trig.start for t in sent.triggers)
        ):
            # "A and B discussed the Nagorno-Karabakh conflict": a noun (not A's with B)
            subj, nominal = [], True
        elif (
            subj
            and rule.frame == "mutual"
            and rule.type in FOUGHT_TYPES
            and subj[-1].end == trig.start
            and (registry.get(subj[-1].actor) or {}).get("kind") == "territory"
        ):
            # "after the Karabakh war, ...": the territory names the war, it is no side
            subj = subj[:-1]
            nominal = nominal or not subj
        monitored = rule.type == "ceasefire" and nominal and _monitored(doc, trig, sent.s0)
        if monitored:
            subj = []  # "Turkey and Russia jointly monitor the ceasefire": not theirs
        own = doc[trig.start - 1].lower_ in ("its", "their") if trig.start > sent.s0 else False
        if subj and nominal and not (own and rule.type == "member_of"):
            # ("froze its participation in X": "its" is the subject's own membership)
            between_triggers = [
                t
                for t in sent.triggers
                if subj[-1].end <= t.start < trig.start
                and t.rule.frame != "report"
                # ("hoisted the flag after the liberation of X": the flag-raisers liberated it)
                and t.rule.id != "raise_flag"
                # ("stressed the need to respect X's integrity": the need the subject stressed)
                and not (rule.id in UPHELD_RULES and t.rule.id in EMPHASIS_RULES)
                # ("held talks during a visit to Baku": the subject's own visit; "reiterated
                # support for X during a phone call with Y": the subject's own call)
                and not (rule.id == "visit" and _during_visit(doc, trig, sent.s0))
                and not (rule.frame == "mutual" and _clause_occasion(doc, trig, sent.s0))
            ]
            if (
                (between_triggers and not _under_accord(sent, trig))
                or (rule.frame == "svo" and _governed(sent, trig))
            ) and not _each_others_act(sent, trig):
                subj = []  # "Baku denied the statement about the blockade": not Baku's act
        if subj and nominal and rule.type == "blockade" and _spoken_of(doc, trig, sent.s0):
            subj = []  # "Mirzoyan raised the blockade of the corridor": spoken of, not his
        if not subj and nominal and rule.frame == "svo":
            subj = _announced_own_act(sent, trig, reporters)
        if rule.id == "violate_integrity" and subj and _owned_document(doc, subj[-1], trig.start):
            continue  # "Kosovo's declaration violated Serbia's integrity": no occupation
        if rule.id == "visit" and _during_visit(doc, trig, sent.s0):
            # "Lavrov said during a visit to Baku", "Blinken criticized Azerbaijan during a
            # visit to Yerevan", '"...," said X during a visit to Y': the subject or speaker
            # named last before it, not the nearest actor (an object)
            subj = _clause_visitor(sent, trig, subj, reporters, subjects, speakers)
        if (
            not subj
            and rule.frame == "mutual"
            and _clause_occasion(doc, trig, sent.s0)
            and "with" in {t.lower_ for t in doc[trig.start : min(sent.s1, trig.match_end + 1)]}
            and any(t < trig.start for t in reporters)
        ):
            # "Erdogan stressed Turkey's solidarity with X in a phone call with Y": the call
            # is the one who stressed it
            subj = reporters[max(t for t in reporters if t < trig.start)]
        if not subj and rule.id in UPHELD_RULES and any(t < trig.start for t in reporters):
            # "Iran stressed the importance of respecting X's integrity": the speaker's
            subj = reporters[max(t for t in reporters if t < trig.start)]
        host = _host_who_said(sent, trig, speakers)
        if host:
            # "A and B agreed to ..., Michel said after hosting the two leaders": the host
            # is the one who said it, never one of those hosted
            subj = host
        previous = [t for t in subjects if t < trig.start]
        participle = _comma_participle(sent, trig, nominal)
        attributed = [
            sp
            for t, sp, where in speakers
            if where == "after" and sp and previous and min(previous) < t.start < trig.start
        ]
        if participle and attributed:
            # "Armenia has frozen its part in the CSTO, Pashinyan said on Friday, accusing the
            # bloc of ...": the participle after the attribution is the speaker's
            subj = attributed[-1]
        elif previous and participle:
            # "Erdogan backed Baku, calling Armenia a threat": a participle after a comma
            # shares the main clause's subject, not the last actor named before it
            subj = subjects[min(previous)]
        elif (
            participle
            and any(t < trig.start for t in reporters)
            and (rule.type in SPOKEN_TYPES or not doc[trig.start].lower_.endswith("ing"))
        ):
            # "X said the region cannot stand a new war, urging the sides to show restraint":
            # with no act before it, the participle's subject is the speaker's
            subj = reporters[min(t for t in reporters if t < trig.start)]
        elif participle and (
            rule.type in SPOKEN_TYPES or not doc[trig.start].lower_.endswith("ing")
        ):
            # '"...", the ministry said, blaming Baku for ...': the speaker named after a quote
            said = [sp for t, sp, where in speakers if where == "after" and t.start < trig.start]
            subj = next((sp for sp in reversed(said) if sp), subj)
        if not subj and not nominal and not act_relative:
            subj = _fronted_participle_subject(sent, trig)
            if not subj and previous:
                subj = subjects[max(previous)]
                confidence *= 0.9
        elif subj:
            subjects[trig.start] = subj
            group = tuple(dict.fromkeys(m.actor for m in subj if m.actor and m.label != "PAIR"))
            if len(group) >= 2 and subj[0].start == sent.s0:
                discourse.group = (group, sent.number)  # a list opening the sentence
            kind = (registry.get(subj[0].actor) or {}).get("kind") if subj[0].actor else None
            if kind in IT_KINDS and len(subj) == 1:
                discourse.subject = subj[0].actor
            _plural_body(subj, registry, discourse, sent.number)
        if (
            doc[trig.start].norm_ == "decline"
            and trig.end + 1 < sent.s1
            and doc[trig.end].lower_ == "to"
            and doc[trig.end + 1].norm_ in SILENT_VERBS
        ):
            continue  # "declined to comment on Armenia's claims": no one rejected
        if rule.id == "key_role" and (
            any(t.norm_ in WISH_WORDS for t in sent.window(trig, 3))
            or any(t.norm_ in UNDOING_WORDS for t in doc[trig.end : trig.match_end])
        ):
            # "Türkiye can play a productive role in the settlement", "wants to play a role":
            # a view or a wish; "a role in the collapse of the truce": no mediation
            continue
        if (
            rule.type == "reject"
            and trig.end + 1 < sent.s1
            and doc[trig.end].lower_ == "to"
            and any(t.start == trig.end + 1 and t.rule.type in JUDGING_TYPES for t in sent.triggers)
        ):
            continue  # "refused to condemn Azerbaijan": a judgement withheld, no one rejected
        if (
            doc[trig.start].lower_ == "encouraged"
            and trig.end < sent.s1
            and doc[trig.end].lower_ == "by"
            # (not "was encouraged by Russia to resume talks": Russia's appeal)
            and not any(
                trig.end < m.start <= trig.end + 3 and m.end < sent.s1 and doc[m.end].lower_ == "to"
                for m in sent.mentions
            )
        ):
            continue  # "encouraged by the talks": heartened, no appeal to anyone
        # "troubled / alarmed by the fighting": what is felt about, not a passive's agent
        feeling = rule.id == "concerned_about" and doc[trig.match_end - 1].lower_ in ("by", "with")
        agent = [] if feeling else sent.agent(trig)
        if not agent and rule.frame == "svo" and _reduced_passive(sent, trig, registry):
            continue  # "Shusha, liberated in 2020,": the place the act was done to
        if not agent and rule.frame == "svo" and _attributive(sent, trig):
            continue  # "the release of 15 detained soldiers": an adjective, not an act
        if (
            not agent
            and not feeling
            # ("the soldiers were disarmed": disarmed by someone, not their own concession)
            and (rule.frame in ("svo", "accuse", "mediate") or rule.id == "disarm")
            and _passive(sent, trig)
        ):
            continue  # "X is accused of ...", "was attacked": the doer is not named
        if (
            not agent
            and not feeling
            and rule.frame == "svo"
            and trig.end < sent.s1
            and doc[trig.end].lower_ == "by"
        ):
            continue  # "land held by ethnic Armenians": a passive whose doer is no actor
        if rule.frame == "mutual":
            # "held a phone call with Y": the partner follows the whole match
            obj = sent.obj(trig.end, right, preps=("with", "to", "against")) or (
                sent.obj(trig.match_end, right, preps=("with", "to"))
                if trig.match_end > trig.end
                else []
            )
            if not obj:
                # "held talks in Moscow on Wednesday with Y": past place and time adjuncts
                obj = _partner_past_adjuncts(sent, trig, right) or _owned_war_in(
                    sent, trig, registry
                )
        elif rule.type in REQUEST_TYPES:
            # "called for action against X": X is not the one asked; "sought help from X": X is
            # ("sought help from X": X is asked; "calls for a truce from X": X is asking)
            asked = (
                frozenset() if doc[trig.start].norm_ in ("call", "urge") else frozenset(["from"])
            )
            obj = sent.obj(trig.end, right, skip=frozenset(["against"]), allow=asked)
            by = next(
                (k for k in range(trig.end, min(right, trig.end + 10)) if doc[k].lower_ == "by"),
                None,
            )
            if by is not None and (
                any(trig.end <= m.start < by for m in sent.mentions)
                or doc[by - 1].lower_.endswith("ed")
            ):
                by = None  # "an inquiry into crimes committed by Y": Y is the doer
            if not obj and by is not None and not _passive(sent, trig):
                # "called for impartial investigations by X": X is asked to act
                obj = sent.obj(by, right, allow=frozenset(["by"]))
            if not obj and rule.id in ("request_mediation_that", "request_broker_role"):
                # "proposed that the dispute be mediated by France": the one asked
                obj = _mediator_named(sent, trig.match_end)
        elif rule.type in OBJECT_PREPS:
            # "launched a monitoring mission in Armenia": the host country receives it;
            # "recalled its ambassador from Moscow": the state the ties are cut with;
            # "received aid from Russia": the preposition that ends the match
            ends = doc[trig.match_end - 1].lower_ if trig.match_end > trig.end else ""
            allow = OBJECT_PREPS[rule.type] | ({ends} if ends in OBJECT_SKIP else set())
            obj = sent.obj(trig.end, right, allow=frozenset(allow))
            if rule.id == "monitoring_mission":
                obj = _mission_host(sent, trig, right, registry) or obj
            if (
                obj
                and rule.type == "reduce_relations"
                and obj[0].end < trig.match_end
                and doc[obj[0].end].lower_ in ("'s", "’s")
            ):
                # "froze Armenia's participation in the CSTO": the owner, not the other side
                obj = sent.obj(trig.match_end, right, allow=OBJECT_PREPS[rule.type])
            if (
                rule.type == "disapprove"
                and obj
                and (registry.get(obj[0].actor) or {}).get("kind") == "territory"
            ):
                obj = []  # "concern for the situation in Karabakh": no one is judged
        elif (
            rule.type == "threaten"
            and trig.end < sent.s1
            and doc[trig.end].lower_ == "against"
            and rule.frame == "svo"
        ):
            obj = []  # "warned against any attempt to cut its border with Armenia": no one warned
        else:
            # "fired missiles at X": the preposition that ends the trigger's match is its own
            last = doc[trig.match_end - 1].lower_ if trig.match_end > trig.end else ""
            # ("launched an appeal to help X": past an infinitive the match ends with)
            # ("signed a contract to buy drones from X": the seller past the match too)
            infinitive = (
                trig.match_end - trig.end >= 2
                and any(t.lower_ == "to" for t in doc[trig.end : trig.match_end - 1])
                and not any(trig.end <= m.start < trig.match_end for m in sent.mentions)
            )
            obj = sent.obj(
                # ("condemned what it called Y's attack": past the speaker's own naming)
                hedged
                if rule.type in JUDGED_DOER_TYPES
                else trig.match_end
                if infinitive
                else trig.end,
                right,
                places=rule.type in PLACE_TARGET_TYPES,
                people=rule.type == "humanitarian_aid",
                allow=(
                    frozenset(["in", "over"])  # "raised the flag in Khankendi": the place held
                    if rule.id == "raise_flag"
                    else frozenset(["to"])  # "pledged $65 million to Armenia"
                    if rule.id == "pledge_money"
                    # "by not letting aid into Nagorno-Karabakh", "banned deliveries to the
                    # region": where it was kept from
                    else ROUTE_PREPS
                    if refused_access or rule.id == "bar_deliveries"
                    else frozenset([last])
                    if last in OBJECT_SKIP
                    else frozenset()
                ),
            )
            if (refused_access or rule.id == "bar_deliveries") and trig.match_end > trig.end:
                # "did not allow the convoy to pass through X", "blocked EU aid to Ukraine": the
                # route or place past the match (not the giver named in it), else the one kept
                # out ("has not allowed the ICRC to resume ...")
                obj = sent.obj(trig.match_end, right, places=True, allow=ROUTE_PREPS) or obj
            if rule.id == "bar_deliveries" and any(
                t.norm_ in ("arm", "arms", "weapon", "military", "munition")
                for t in doc[trig.end : trig.match_end]
            ):
                rule = replace(rule, type="sanction")  # "banned arms deliveries": embargo
            if (
                obj
                and rule.type in ("humanitarian_aid", "aid")
                and any(
                    doc[k].lower_ == "and"
                    and doc[k + 1].is_lower
                    and doc[k + 1].lower_[-2:] == "ed"
                    for k in range(trig.match_end, obj[0].start - 1)
                )
            ):
                # "announced aid for those fleeing and urged Baku to ...": the object of the
                # verb coordinated after it, not the aid's
                obj = []
            if obj:
                # "detained the former commander of the Artsakh army, General X": X
                obj = _apposed_person(sent, obj) or obj
            if rule.type in ("support", "recognize") and not obj:
                # "voiced support for the Armenian territorial integrity": the demonym's state
                obj = [
                    m
                    for m in sent.mentions
                    if m.label == "ADJ"
                    and m.actor
                    and trig.match_end <= m.start <= trig.match_end + 2
                    and any(t.lower_ in INTEGRITY_WORDS for t in doc[m.end : m.end + 2])
                ][:1]
            if rule.type == "threaten" and not obj:
                # "threatened to use force if Armenia did not withdraw": whom the condition is
                # on; "warned that Armenia would face consequences": who would face them
                obj = _warned_of_consequences(sent, trig) or _condition_subject(
                    sent, trig.match_end
                )
            if rule.id == "ban_imports":
                # "bans Turkish imports", "banned imports of wine from Armenia": whose goods
                demonyms = registry.gazetteer.demonyms
                # ("banned imports of Armenian brandy": the demonym just after "of" too)
                reach = trig.match_end + (
                    3 if trig.match_end < sent.s1 and doc[trig.match_end].lower_ == "of" else 0
                )
                obj = (
                    [
                        Mention.of_span(doc[k : k + 1], demonyms[doc[k].lower_], "ADJ")
                        for k in range(trig.end, min(reach, sent.s1))
                        if doc[k].lower_ in demonyms
                    ][:1]
                    or sent.obj(trig.match_end, right, allow=frozenset(["from"]))
                    or obj
                )
            if rule.type == "nonrecognition" and not obj:
                # "does not recognise the so-called elections held in Nagorno-Karabakh": the
                # land whose elections (its de facto authorities') are not recognised
                obj = _land_of_vote(sent, trig, right, registry, discourse)
            if rule.id in OFFER_REPLY_RULES:
                # "rejected an offer by France to mediate", "turned down a French offer to
                # mediate": the one who offered, within the match
                obj = [
                    m
                    for m in sent.mentions
                    if m.actor and trig.end <= m.start < trig.match_end and m.label != "PAIR"
                ][:1]
            elif rule.type in ("reject_mediation", "accept_mediation"):
                # ("refused French mediation in talks with Armenia": France, not Armenia)
                obj = _mediator_named(sent, trig.match_end) or obj
            if rule.id == "raise_flag" and obj and _prev_word(doc, obj[0], sent.s0) == "of":
                # "raised the flag of Karabakh (over Shusha)": whose flag, not a place held
                obj = sent.obj(obj[-1].end, right, allow=frozenset(["in", "over"]))
            if rule.id == "support" and doc[trig.start].norm_ == "welcome":
                fought = discourse.fought[-1] if discourse.fought else ()
                rule = _welcomed_visitors(
                    sent, rule, trig, obj, registry, _states_of(fought, registry)
                )
            if (
                obj
                and (last == "to" or rule.type == "concede")
                and _actor_class(registry, obj[0].actor) == "territory"
            ):
                # "returned Kalbajar to Azerbaijan", "ceded four villages to Azerbaijan": the
                # land is what changes hands; the one it goes to follows "to"
                gap = last == "to" and obj[0].end < trig.match_end
                to = trig.match_end - 1 if gap else obj[0].end
                if to < sent.s1 and doc[to].lower_ == "to":
                    obj = sent.obj(to, right, allow=frozenset(["to"])) or obj
                elif (
                    rule.id in ("hand_back", "hand_over")
                    and subj
                    and doc[trig.start - 1].lower_ not in ("of", "for")  # ("accused X of")
                ):
                    # "Armenia handed back the Aghdam, Kalbajar and Lachin districts": to the
                    # other of the two states, the land's sovereign
                    obj = _land_to_other_state(obj, subj, registry) or obj
            if (
                obj
                and rule.type == "concede"
                and any(
                    t.lower_ in ("its", "their")
                    for t in doc[max(sent.s0, obj[0].start - 2) : obj[0].start + 1]
                )
            ):
                # "Russia withdrew its border guards from X": its own forces are what it
                # withdraws; the other side is where they leave ("from X"), if named there
                leave = next(
                    (
                        k
                        for k in range(obj[-1].end, min(right, obj[-1].end + 3))
                        if doc[k].lower_ == "from"
                    ),
                    None,
                )
                obj = [
                    m
                    for m in sent.mentions
                    if leave is not None and m.actor and leave < m.start <= leave + 2
                ][:1]
            if not obj and subj and subj[0].start - 1 > sent.s0:
                k = subj[0].start - 1
                if doc[k].lower_ in ("which", "that", "whom"):
                    # "the region, which Azerbaijan had blockaded": the relative's antecedent
                    obj = [
                        m
                        for m in sent.mentions
                        if m.actor
                        and m.label != "ADJ"
                        and (m.end == k or (m.end == k - 1 and doc[k - 1].text == ","))
                    ][:1]
            # "called the move a provocation by Azerbaijan" (no phone call), "France and its
            # partners condemned Azerbaijan" (not the partner): the other party stands right
            # after the verb or noun, past only the words that may come between
            word = doc[trig.start]
            allowed = (
                PARTNER_WORDS
                if word.norm_ in CALL_VERBS
                else RELATIONAL_GAP
                if word.lower_ in RELATIONAL_NOUNS
                else None
            )
            if (
                obj
                and allowed is not None
                and not all(t.lower_ in allowed for t in doc[trig.end : obj[0].start])
            ):
                obj = []
            if word.lower_ in RELATIONAL_NOUNS and rule.type == "cooperate":
                # "Turkey, a close ally of Azerbaijan": the noun's apposition is its subject;
                # "Belarus, a close Russian ally": the demonym before it the other party
                subj = _apposed_head(sent, trig) or subj
                if not obj:
                    obj = [
                        m
                        for m in sent.mentions
                        if m.label == "ADJ"
                        and m.actor
                        and m.end == trig.start
                        and m.actor not in {x.actor for x in subj}
                    ]
                subj, obj = _own_ally(sent, trig, subj, obj, registry)
            if not obj and rule.type in PLACE_TARGET_TYPES:
                # "the Azerbaijani offensive in the disputed region": with no other target, a
                # territory after "in" is the attack's target (a state after "in" stays where)
                obj = [
                    m
                    for m in sent.mentions
                    if trig.end < m.start <= trig.end + 4
                    and m.start < right
                    and _prev_word(doc, m, sent.s0) == "in"
                    and (registry.get(m.actor) or {}).get("kind") == "territory"
                ][:1]
            if not obj and rule.type == "humanitarian_aid":
                obj = _aided_people(sent, trig, right, registry, discourse)
            if rule.id == "disarm" and obj and obj[0].start > trig.end + 3:
                obj = []  # "will disarm under an agreement struck with X": no one disarmed
            if (
                rule.id == "disarm"
                and obj
                and (registry.get(obj[0].actor) or {}).get("kind") in NEUTRAL_KINDS
            ):
                continue  # "the OSCE decided to dissolve the Minsk Group": a body wound up

            if not obj and rule.frame == "reverse":
                # "came under Azerbaijani control", "under Armenia's military control": the
                # demonym or possessor that qualifies the noun ending the match
                obj = [
                    m
                    for m in sent.mentions
                    if trig.end <= m.start
                    and m.end < trig.match_end
                    and m.actor
                    and (m.label == "ADJ" or doc[m.end].lower_ in ("'s", "’s"))
                ][-1:]
            if rule.type in JUDGED_DOER_TYPES | {"support"}:
                # "praised the measures taken by X", "condemned the steps undertaken by X",
                # "criticized the decision by X to leave Y": the judged conduct is X's (before
                # any later object of the deed)
                done = next(
                    (
                        k
                        for k in range(hedged + 1, min(right, hedged + 9))
                        if doc[k].lower_ == "by"
                        and (
                            doc[k - 1].lower_ in CONDUCT_PARTICIPLES
                            # "welcomed the (mediation) efforts by X": X's efforts
                            or (rule.type == "support" and doc[k - 1].lower_ in WELCOMED_NOUNS)
                            # "condemned the military escalation by X": a deed's doer
                            or (
                                rule.type in JUDGED_DOER_TYPES
                                and _deed_noun(doc[k - 1])
                                # ("condemned the blockade, citing a statement by X")
                                and not any(t.is_punct for t in doc[hedged:k])
                            )
                        )
                    ),
                    None,
                )
                if done is not None and not any(
                    trig.end <= m.start < done
                    # ("the allegations against Azerbaijan made by X": the deed's patient)
                    and _prev_word(doc, m, sent.s0) not in ("against", "about")
                    for m in sent.mentions
                ):
                    obj = sent.obj(done, right, allow=frozenset(["by"])) or obj
        if rule.id == "visit" and _visits_people(doc, trig, sent.s1):
            continue  # ("stood ready to visit the men", "to visit the two detainees")
        if rule.id == "visit" and not subj and obj:
            subj = _visitor(sent, trig, obj)
        if (
            rule.id == "visit"
            and obj
            and subj
            and _actor_class(registry, subj[0].actor) in ("org", "mission")
            and (
                doc[obj[0].end - 1].norm_ in DETAINED_NOUNS
                # ("the ICRC visited the former Karabakh officials held in Baku")
                or (
                    "red cross" in str((registry.get(subj[0].actor) or {}).get("name")).lower()
                    and (registry.get(obj[0].actor) or {}).get("kind") in TRIED_KINDS
                    # (a person only when held: not "the head of the ICRC visited Aliyev")
                    and (
                        (registry.get(obj[0].actor) or {}).get("kind") != "person"
                        or {t.lower_ for t in doc[sent.s0 : sent.s1]} & HELD_WORDS
                    )
                )
            )
        ):
            rule = replace(rule, type="humanitarian_aid")  # "ICRC delegates visited detainees"
        if rule.id in THAT_TARGET_RULES and (
            not obj or (rule.id == "complain" and _prev_word(doc, obj[0], sent.s0) == "to")
        ):
            # "complained that Yerevan has taken no steps", "demanded earlier that Yerevan
            # remove ...", "complained to the OSCE that Armenia ...", "complained to Russia
            # about Azerbaijan's actions": the one complained of, not the one told
            obj = (
                _that_clause_subject(sent, trig, past=obj)
                or _complained_about(sent, obj)
                or ([] if obj and rule.id == "complain" else obj)
            )
        if rule.type == "reject":
            # "rejected calls by France to withdraw (its troops)": the one who asked
            obj = _asker_by(sent, trig.end) or obj
        if rule.frame == "accuse" and doc[trig.start].norm_ == "blame":
            obj = _blamed_on(sent, trig, right, registry) or obj
        if rule.id == "order_to" and (
            (obj and obj[0].start >= trig.match_end)
            or doc[trig.end].lower_ in ("their", "its", "his", "her", "our")
        ):
            # "ordered their foreign ministers to work on a treaty between A and B": an
            # order to one's own, and no order to A
            continue
        if rule.type in JUDGED_DOER_TYPES and obj and obj[0].start > trig.end:
            obj = _deed_by(sent, obj, right) or obj
        elif rule.type in JUDGED_DOER_TYPES and not obj:
            # "condemned the military operation launched by Azerbaijan": the participle's agent
            obj = _judged_by_participle(sent, trig, right)
        if rule.type == "support" and obj and doc[trig.start].norm_ in WELCOME_WORDS:
            # "welcomed the release of Armenian detainees by Azerbaijan": the releaser
            obj = _welcomed_deed_doer(sent, obj, right) or obj
            if _report_then_verb(doc, trig.end, obj[0].start):
                obj = []  # "welcomed the report and accused Baku": the report's author's
        if rule.id == "seek_help":
            # "asks for Russian help", "sought Moscow's assistance": the helper asked
            helper = [
                m
                for m in sent.mentions
                if trig.end <= m.start
                and m.end < trig.match_end
                and m.actor
                and (m.label == "ADJ" or doc[m.end].lower_ in ("'s", "’s"))
            ][-1:]
            obj = helper or obj
        if rule.type == "consult" and obj and _media_owner(doc, obj[0], sent.s1):
            obj = []  # "spoke to Russia's TASS news agency": the outlet, not its state
        reciprocal = (
            any(m.label == "RECIPROCAL" for m in obj[:1])
            or any(
                m.label == "RECIPROCAL" and trig.end <= m.start <= trig.end + 4
                for m in sent.mentions
            )
            or _each_others_act(sent, trig)
        )
        pairs: list = []  # (source, target, between, confidence factor, source m, target m)

        def expand(group):
            ids, ms = [], []
            for m in group:
                if m.label == "PAIR":
                    for x in _pair_for(m, discourse, registry):
                        ids.append(x)
                        ms.append(m)
                elif m.label == "RECIPROCAL":
                    continue
                elif m.actor:
                    ids.append(m.actor)
                    ms.append(m)
            seen, out_ids, out_ms = set(), [], []
            for x, m in zip(ids, ms, strict=True):
                if x not in seen:
                    seen.add(x)
                    out_ids.append(x)
                    out_ms.append(m)
            return list(zip(out_ids, out_ms, strict=True))

        frame = rule.frame
        if rule.type == "reject" and _rejects_a_claim(sent, trig):
            # "a claim Baku rejected", "charges rejected by Baku": a denial
            rule = replace(rule, type="deny", frame="deny")
            frame = "deny"
        nominal_agent, nominal_patient = (
            sent.nominal_agent(trig) if frame in ("svo", "accuse") and not agent else ([], [])
        )
        if obj and rule.type not in HOSTILE_TYPES and _in_border_phrase(sent, obj[0]):
            obj = []  # "concerned about fire along the Armenia-Azerbaijan border": a place
        if (
            obj
            and rule.type == "appeal"
            and any(
                doc[i].lower_ == "to"
                and (
                    doc[i + 1].i in {t.start for t in sent.triggers}
                    or doc[i + 1].norm_ in INFINITIVES
                )
                for i in range(trig.match_end, obj[0].start - 1)
            )
        ):
            # "called on the international community to condemn X": the one called on
            # stands before the infinitive; X is in the clause of what was asked
            obj = []
        if frame in ("svo", "accuse", "reverse"):
            if nominal_agent:
                sources, targets = expand(nominal_agent), expand(nominal_patient)
            elif agent:
                patient = sent.subject(trig.start, left, exclude=agent, any_prep=True) or obj
                if (not patient or patient == agent) and _second_passive(doc, trig, sent.s0):
                    # "X is part of Azerbaijan, but has been run by Y": the subject of the act
                    # before (not its object: "Armenia condemned Azerbaijan, but has been hit
                    # by ...")
                    first = min(
                        (t.start for t in sent.triggers if t.start < trig.start), default=None
                    )
                    patient = (
                        subjects.get(first) or sent.subject(first, sent.s0, exclude=agent)
                        if first is not None
                        else sent.subject(trig.start, sent.s0, exclude=agent)
                    )
                if (
                    rule.type in APPOSED_LAND_TYPES
                    and patient
                    and not _is_territory(registry, patient)
                    and _passive(sent, trig)
                ):
                    # "the Lachin corridor, the only road linking X with Armenia, has been
                    # blocked by Y": the head the apposition describes, not a name inside it
                    head = [
                        m
                        for m in sent.mentions
                        if m.actor
                        and m.label != "ADJ"
                        and m.end < patient[0].start
                        and doc[m.end].text in (",", "–", "—", "-")
                    ][-1:]
                    if _opening_apposition(doc, head, patient, trig, sent.s0) and _is_territory(
                        registry, head
                    ):
                        patient = head
                if (
                    patient
                    and rule.type in JUDGED_DOER_TYPES
                    and _victim_of_act(doc, patient[0], sent.s0)
                ):
                    # "the Azerbaijani attack on Armenia was condemned by X": the one the act
                    # was aimed at is not the one judged; its doer, if named, is
                    noun = patient[0].start - 2
                    patient = [
                        m
                        for m in sent.mentions
                        if m.actor
                        and (
                            (m.end == noun and m.label == "ADJ")
                            # ("Armenia's attack on ...": the possessor)
                            or (m.end == noun - 1 and doc[m.end].lower_ in ("'s", "’s"))
                        )
                    ]
                if not patient and rule.type in JUDGED_DOER_TYPES and _passive(sent, trig):
                    # "the Azeri operation has been condemned by X": the judged act's doer
                    patient = [
                        m
                        for m in sent.mentions
                        if m.label == "ADJ" and m.actor and left <= m.start < trig.start
                    ][:1]
                if (
                    agent[0].start > trig.start
                    and trig.start - 1 > sent.s0
                    and doc[trig.start - 1].lower_ == "its"
                ):
                    # "the corridor ... after its blockade by X": "its" is the sentence's
                    # first party, as in "shelled its positions"
                    patient = [
                        m
                        for m in sent.mentions
                        if m.actor
                        and m.end < trig.start
                        and m.label not in ("ADJ", "PRONOUN")
                        and m.actor not in {a.actor for a in agent}
                    ][:1]
                elif (
                    agent[0].start > trig.start
                    and not _passive(sent, trig)
                    # ("Russia sent troops at the request of Armenia": Russia is asked)
                    and _request_source(doc, trig, sent.mentions, sent.s0) is None
                ):
                    # a reduced passive ("land held by rebels", "Armenia, attacked by X"):
                    # the patient is the word right before, if it is an actor
                    patient = [
                        m
                        for m in sent.mentions
                        if m.end in (trig.start, trig.start - 1) and m.label != "ADJ"
                    ][-1:]
                    if patient and sent.route_end(patient[0]):
                        # ("the only road linking X with Armenia remained blocked by Y": the
                        # road, not its end)
                        patient = sent.subject(trig.start, left, exclude=agent) or patient
                    if trig.start - 1 > sent.s0 and doc[trig.start - 1].lower_ in ("but", "yet"):
                        # "X, recognised as part of Azerbaijan but controlled by Y": X, the
                        # head the apposition describes, not the last name before "but"
                        patient = [
                            m
                            for m in sent.mentions
                            if m.end < trig.start
                            and m.end < sent.s1
                            and doc[m.end].text == ","
                            and m.label != "ADJ"
                        ][-1:]
                        if rule.type == "control" and not _is_territory(registry, patient):
                            # "X is part of Azerbaijan but run by Y": the land before, not
                            # the state it is said to be part of
                            patient = [
                                m
                                for m in sent.mentions
                                if m.end < trig.start and _is_territory(registry, [m])
                            ][-1:]
                if (
                    not patient
                    and agent[0].start > trig.start
                    and trig.start - 1 > sent.s0
                    and doc[trig.start - 1].lower_ == "as"
                ):
                    # "the separatists agreed to disarm, as demanded by Azerbaijan": the main
                    # clause's subject is the one of whom it was demanded (not one inside a
                    # phrase: "after talks with Russia, Armenia agreed ...")
                    acts = [t for t in subjects if t < trig.start]
                    patient = (subjects[max(acts)] if acts else []) or sent.subject(
                        trig.start - 1, sent.s0, exclude=agent
                    )
                if agent[0].end <= trig.start and frame == "svo":
                    # "the Azerbaijani attack on Armenia": the patient follows the act; the
                    # subject of another verb ("Canada condemned the ... attack") is no patient
                    others = [
                        t
                        for t in sent.triggers
                        if left <= t.start < agent[0].start and t.rule.frame != "report"
                    ]
                    patient = obj or ([] if others else patient)
                elif agent[0].start > trig.start and not patient:
                    # "the attack by Azerbaijan on Armenia": the patient follows the agent
                    k = agent[-1].end
                    if k < sent.s1 and doc[k].lower_ in ("on", "against", "into", "of"):
                        # "on Armenia", "on the territorial integrity of Armenia", "the
                        # blockade by Azerbaijan of the corridor"
                        patient = [
                            m
                            for m in sent.mentions
                            if k < m.start <= k + 7
                            and all(t.lower_ in PATIENT_FILLERS for t in doc[k + 1 : m.start])
                        ][:1]
                sources, targets = expand(agent), expand(patient)
                group = _group_left(doc, sent.mentions, patient[0], sent.s0) if patient else []
                k = group[0].start - 1 if group else -1
                if (
                    rule.type == "support"
                    and agent[0].start > trig.start
                    and k - 1 >= sent.s0
                    and doc[k].lower_ == "between"
                    and doc[k - 1].norm_ in PROCESS_NOUNS
                ):
                    # "the normalisation efforts between A and B supported by the EU": the
                    # EU supports the process between them, a third party's mediation
                    rule = replace(rule, type="mediate")
                    targets = expand(group)
            elif (
                (rule.id in OF_AGENT_RULES or doc[trig.start].lower_ in OF_AGENT_NOUNS)
                and obj
                and _prev_word(doc, obj[0], sent.s0) == "of"
            ):
                # "another provocation of Armenia (against Azerbaijan)": the one "of" whom the
                # act is is its agent; the patient follows "against" / "on"
                k = _group_right(doc, sent.mentions, obj[0], sent.s1)[-1].end
                patient = [
                    m
                    for m in sent.mentions
                    if k < sent.s1
                    and doc[k].lower_ in ("against", "on", "into")
                    and k < m.start <= k + 3
                    and m.label != "ADJ"
                ][:1]
                sources, targets = expand(obj[:1]), expand(patient)
            else:
                if rule.id == "breakaway_region_of":
                    # "Azerbaijan's breakaway region of X": the possessor, or no one
                    subj = sent.possessor(trig)
                sources, targets = expand(subj), expand(obj)
                if rule.type in REQUEST_TYPES:
                    # "stressed the need for aid to reach the population of X": the people
                    # the appeal is for, not the one it is addressed to
                    targets = [
                        t for t in targets if (registry.get(t[0]) or {}).get("kind") != "population"
                    ]
                if (
                    not targets
                    and (rule.type in REQUEST_TYPES or frame == "accuse")
                    and trig.end < sent.s1
                    and doc[trig.end].lower_ == "that"
                ):
                    # "demanded that Armenia withdraw", "alleged that Azerbaijan had shelled":
                    # the that-clause's subject
                    heard = [
                        m
                        for m in sent.mentions
                        if trig.end < m.start <= trig.end + 2 and m.label != "ADJ"
                    ]
                    if heard:
                        targets = expand(_group_right(doc, sent.mentions, heard[0], sent.s1))
                if rule.type in JUDGED_DOER_TYPES:
                    # "condemned the shelling of X by Y", "concern over the sending of
                    # fighters by Y": what is judged is the doer of the act
                    for t2 in sent.triggers:
                        if t2.rule.type == rule.type or trig.end <= t2.start < hedged:
                            continue  # "shared their concern over ...": the same judgement;
                            # ("condemned what it called ...": the naming, not the deed)
                        if trig.end <= t2.start <= hedged + 6 and t2.start < right:
                            doer, _ = sent.nominal_agent(t2)
                            doer = doer or sent.agent(t2)  # "the Azerbaijani attack"
                            if doer:
                                targets = expand(doer)
                            break
            purpose = trig.start > sent.s0 and doc[trig.start - 1].lower_ == "to"
            first = min((m.start for _, m in sources if m is not None), default=trig.start)
            if not targets and sources and rule.type not in HOSTILE_TYPES | {"sanction"}:
                # "spoke with Aliyev to express concern", "In a call with Aliyev, Blinken
                # urged restraint": addressed to the partner of the conversation or meeting
                ids = {x for x, _ in sources}
                met = [
                    c
                    for c in out
                    if c.type in ("consult", "meet", "negotiate")
                    and (
                        c.head < first
                        or (purpose and c.head < trig.start)
                        or (rule.type in REQUEST_TYPES and c.head < trig.start)
                    )
                    and (c.source in ids or c.target in ids)
                ]
                if met:
                    # each partner of that one meeting or call ("In calls with A and B, X
                    # urged restraint": both)
                    partners = [
                        c.target if c.source in ids else c.source
                        for c in met
                        if c.head == met[-1].head
                    ]
                    targets = [(p, None) for p in dict.fromkeys(partners) if p not in ids]
                elif rule.type in REQUEST_TYPES and len(ids) == 1:
                    # "X spoke with Y. X stressed the need for ...": the partner of the call
                    # or meeting X had in the sentence before
                    (x,) = ids
                    partner, number = discourse.partner.get(x, (None, 0))
                    if partner and sent.number - number <= PARTNER_REACH:
                        targets = [(partner, None)]
                        confidence *= 0.9
            if rule.type in ("reject", "violate_ceasefire"):
                # "refused to negotiate over the enclave", "violated the truce in the
                # region": a place is no party refused, nor one to a truce
                targets = [
                    t for t in targets if (registry.get(t[0]) or {}).get("kind") != "territory"
                ]
            if (
                not targets
                and len(sources) == 1
                and rule.id == "humanitarian_aid"
                # (relief, not "all necessary assistance for the normalisation of relations")
                and {t.norm_ for t in doc[trig.start : trig.match_end]} & RELIEF_WORDS
                # (no recipient of its own: not "aid to earthquake victims", "to quake-hit X")
                and not {t.lower_ for t in doc[trig.match_end : min(right, trig.match_end + 3)]}
                & {"to", "for"}
                # (not an aid asked for: "urged Azerbaijan to provide food")
                and not any(
                    t.rule.type in REQUEST_TYPES and t.start < trig.start for t in sent.triggers
                )
            ):
                # "Germany has provided 22 million euros in humanitarian aid": to the people of
                # the contested land the sentence (else the text) names
                people = _contested_people(registry, sent, discourse)
                if people and people != sources[0][0]:
                    targets = [(people, None)]
                    confidence *= 0.7
                    rule = replace(rule, id=f"{rule.id}+people")
            if not targets and rule.id.startswith("declare_"):
                targets = sources  # "Nagorno-Karabakh declared independence": its own land
            if not targets and len(sources) == 1 and rule.type == "concede":
                # "the separatists surrendered after Azerbaijan's offensive": to the attacker
                targets = _attacker_after(sent, trig, sources[0][0])
            if (
                not targets
                and len(sources) == 1
                and rule.type == "concede"
                and discourse.pair
                and discourse.named
                and sources[0][0] in discourse.pair
                and (
                    frozenset(discourse.pair) in discourse.opposed
                    or set(discourse.acted or ()) == set(discourse.pair)
                )
            ):
                # "the separatists capitulated": to the other party of the conflict (a pair
                # set against each other, not two named as partners)
                targets = [(x, None) for x in discourse.pair if x != sources[0][0]]
                confidence *= 0.8
            elif (
                not targets
                and len(sources) == 1
                and (
                    rule.type in COUNTERPART_TYPES
                    or (
                        # "the latest Azerbaijani aggression": on the side set against it; only
                        # a state's or an armed group's act of arms, and not one aimed at
                        # something else ("an attack on corruption") or a campaign (its place)
                        rule.type == "attack"
                        and rule.id != "launch_operation"
                        and (registry.get(sources[0][0]) or {}).get("kind") in ARMED_KINDS
                        and _armed_act(sent, trig)
                        and not _campaign(sent, trig, sources)
                    )
                )
            ):
                # "his country is ready to sign", "Baku violated the truce": toward the one
                # party the text has set against the source's side
                other = _counterpart(
                    discourse,
                    registry,
                    sources[0][0],
                    hostile=rule.type in HOSTILE_ONE_PLACE | {"attack"},
                )
                if other:
                    targets = [(other, None)]
                    confidence *= 0.8
                    rule = replace(rule, id=f"{rule.id}+counterpart")
            if (
                len(sources) == 1
                and rule.type in ("criticize", "disapprove", "protest")
                and all(
                    (registry.get(t[0]) or {}).get("kind") == "territory"
                    or _victim_of_act(doc, t[1], sent.s0)
                    for t in targets
                )
            ):
                # "Azerbaijani forces shelled Tegh. X condemned the attack": the judged act is
                # the one the text has just stated, and its doer the one judged
                # ("called the attack unacceptable": the judged act right after the verb)
                judged = replace(trig, match_end=trig.end) if rule.id in JUDGING_GAP_RULES else trig
                doer = _judged_act_doer(sent, judged, discourse, registry, sources[0][0])
                if doer is None and not targets and rule.id in BARE_CONCERN_RULES:
                    # "Azerbaijan installed a checkpoint. The US expressed concern": the doer
                    # of the act stated just before
                    doer = _bare_concern_doer(sent, trig, discourse, registry, sources[0][0])
                if doer:
                    targets = [(doer, None)]
                    confidence *= 0.8
                    rule = replace(rule, id=f"{rule.id}+act_doer")
                elif all(_victim_of_act(doc, t[1], sent.s0) for t in targets):
                    targets = []  # "condemned attacks on Armenian villages": not Armenia
            if not targets and sources and rule.type == "reject":
                # "Peru said Chile refused to negotiate": the speaker's side is refused
                said = [
                    _state_of(registry, m.actor)
                    for t, sp, where in speakers
                    if where == "before" and t.start < trig.start
                    for m in sp[:1]
                    if m.actor
                ]
                said = [x for x in said if x and x not in {s for s, _ in sources}]
                if said:
                    targets = [(said[0], None)]
            if frame == "reverse" and not rule.id.endswith("+counterpart"):
                # (a one-place act given the other side is the subject's own: "the
                # separatists agreed to disarm", as against "Baku disarmed the separatists")
                sources, targets = targets, sources
            if rule.id == "co_chair":
                # "France, Russia and the US co-chair the OSCE Minsk Group": the body itself
                targets = [
                    t
                    for t in targets
                    if t[1] is not None
                    and t[1].start <= trig.end + 2
                    and (registry.get(t[0]) or {}).get("kind") in MEMBER_BODIES
                ]
            if rule.id in INCURSION_RULES:
                # "Azerbaijani troops crossed into Armenia" (not "refugees crossed into
                # Armenia", "the ICRC team entered Armenian territory")
                sources = [
                    x
                    for x in sources
                    if (registry.get(x[0]) or {}).get("kind") in ("state", "armed_group")
                    # (forces, not "the Armenian delegation", "Azerbaijani trucks")
                    and x[1] is not None
                    and x[1].text.lower().split()[-1] in INCURSION_AGENTS
                    # ("could cross into Armenia if talks fail": a possibility)
                    and not {t.lower_ for t in sent.window(trig, 3)} & MODAL_WORDS
                ]
            if rule.id == "in_hands":
                # "left Karabakh's surrounding districts in Azerbaijani hands": the holder named
                # inside the phrase holds the land named last before it
                holder = [
                    m
                    for m in sent.mentions
                    if trig.start < m.start and m.end <= trig.match_end and m.actor
                ][:1]
                land = [
                    m
                    for m in sent.mentions
                    if m.end <= trig.start and m.actor and _is_territory(registry, [m])
                ][-1:]
                if holder and land:
                    sources = [(holder[0].actor, holder[0])]
                    targets = [(land[0].actor, land[0])]
            if rule.id == "member_noun":
                # "Washington will work with Russia, another co-chair of the Minsk Group": the
                # actor the apposition describes, not the clause's subject
                apposed = _apposed_to(sent, trig)
                if apposed is not None:
                    # ("another co-chair", "a fellow member": the subject is one as well)
                    fellow = {t.lower_ for t in doc[apposed.end : trig.start]} & FELLOW_WORDS
                    sources = (sources if fellow else []) + [(apposed.actor, apposed)]
            if (
                rule.id == "under_control"
                and sources
                and not any(_is_territory(registry, [m]) for _, m in targets if m is not None)
                and not any(
                    m is not None
                    and m.end < trig.start
                    and all(t.lower_ in SUBJECT_TO_UNDER for t in doc[m.end : trig.start])
                    for _, m in targets
                )  # ("Armenia is under the control of Russia": the subject named)
            ):
                # "X, a region of Azerbaijan that has been under ethnic Armenian control",
                # "X lies within Azerbaijan but was under the control of Y": the land named
                # before (not the state it lies in, nor a relative pronoun's lost antecedent)
                land = [
                    m
                    for m in sent.mentions
                    if m.end <= trig.start
                    and m.actor
                    and _is_territory(registry, [m])
                    and _described_land(sent.doc, m, sent.s0)
                ][-1:]
                targets = [(m.actor, m) for m in land] or targets
            border = _border_pair(sent, trig) if rule.id in EXCHANGE_RULES else []
            if border and not {_state_of(registry, x) for x, _ in sources} & {
                _state_of(registry, m.actor) for m in border
            }:
                # "exchanges of fire along the Armenia-Azerbaijan border": the two it divides
                sources, targets, reciprocal = expand(border), [], True
            norms = {t.norm_ for t in doc[sent.s0 : sent.s1]}
            if rule.type in ("disapprove", "appeal") and sources:
                # "concern over Armenia-Azerbaijan tensions", "concern about the escalation
                # between A and B": both of the pair whose conflict is judged
                both = _conflict_pair(sent, trig.end, right)
                if both and {x for x, _ in targets} <= {x for x, _ in both}:
                    targets = both
            if len(sources) >= 2 and _each_others_act(sent, trig):
                # ("accused each other of attacks over the territory": at each other, there)
                targets = []
            if len(sources) >= 2 and rule.id == "trade_accusations":
                # "A and B traded accusations over Karabakh": each at the other, not the land;
                # of aggression unless the two are allies and the charge is of no fight ("NATO
                # allies France and Turkey exchanged angry accusations": charges, no fight)
                from ..vocabulary import relation_type_table

                targets, reciprocal = [], True
                fight = any(
                    trig.match_end <= t.start <= trig.match_end + 4
                    and t.rule.type
                    and relation_type_table()[t.rule.type]["category"] == "conflict"
                    for t in sent.triggers
                )  # ("traded accusations of violating the truce"; not of others' fighting)
                first = sources[0][1]
                called_allies = first is not None and any(
                    t.lower_ in ("allies", "partners")
                    for t in doc[max(sent.s0, first.start - 3) : first.start]
                )
                if not fight and (
                    called_allies
                    or _allied((sources[0][0], sources[1][0]), out, discourse, registry)
                ):
                    rule = replace(rule, type="accuse")
            if not reciprocal and len(sources) >= 2 and not targets:
                # "A and B pledged to work towards peace": each one's promise to the other
                reciprocal = (
                    bool(norms & RECIPROCAL_WORDS)
                    # "A and B declared martial law": each against the other, when the text
                    # has set them against each other
                    or (
                        rule.id in ("mobilization", "deploy")
                        and frozenset(x for x, _ in sources) in discourse.opposed
                    )
                    or rule.type == "intend_cooperation"
                    or "one another" in sent.text.lower()
                )
            askers = {x for x, _ in sources}
            addressed = discourse.pair
            named_pair = (
                _hyphen_pair_after(sent, trig.end, right)
                if rule.type in ("appeal", "demand") and not targets
                else ()
            )
            if named_pair and not askers & set(named_pair):
                # "called for the resumption of Armenian-Azerbaijani peace talks": the two the
                # call names
                addressed = named_pair
            elif addressed and askers & set(addressed) and discourse.dyad:
                # "calls for a truce from France and Russia": the two who fight, not the two
                # who call (named together in the same sentence)
                addressed = discourse.dyad
            if (
                not targets
                and sources
                and rule.type in ("appeal", "demand")
                and addressed
                and (
                    norms & APPEAL_CONTEXT
                    or {t.norm_ for t in doc[trig.end : min(right, trig.end + APPEAL_REACH)]}
                    & APPEAL_OBJECTS
                )
                and not askers & set(addressed)
                and not _others_addressed(sent, trig)  # ("called on citizens to stay away")
                # "called for action against X" (not "an appeal from X": who asks)
                and not [m for m in sent.obj(trig.end, right) if m not in (agent or [])]
                # ("called for a ceasefire in Syria", "a settlement of the conflict in Ukraine":
                # another conflict's)
                and not _appeal_elsewhere(
                    sent, trig, right, discourse.dyad or addressed, registry, askers
                )
            ):
                # "X called for restraint": both parties; not when X is one of them ("Armenia
                # asked for help after clashes broke out between the two neighbours")
                targets = [(x, None) for x in addressed]
                confidence *= 0.8
            if rule.id == "launch_operation" and sources:
                # "launched an anti-terrorist operation (in X)": its target follows "against",
                # "on" or "in"; with none named, the region the text is about
                bound = _operation_bound(sent, trig)
                targets = [
                    t
                    for t in targets
                    if t[1] is None
                    or (_prev_word(doc, t[1], sent.s0) in OPERATION_PREPS and t[1].start < bound)
                ] or _operation_place(sent, trig, registry, discourse)
            if not targets and sources and rule.type == "attack":
                targets = _goal_target(sent, trig)  # "an offensive to retake X"
                if not targets and _campaign(sent, trig, sources):
                    # "X's offensive", "X launched a large-scale offensive (along the
                    # contact line in Y)": a campaign is against its place, as an operation
                    targets = _operation_place(sent, trig, registry, discourse)
                    if targets and targets[0][1] is None:
                        rule = replace(rule, id=f"{rule.id}+place")  # inferred: no pair
            granted = (
                _granted_request(sent, trig, registry, subjects) if rule.id == "request" else None
            )
            if granted is not None:
                sources = expand(granted[0])
                targets = [(m, None) if isinstance(m, str) else (m.actor, m) for m in granted[1]]
            if rule.id == "recruited_by":
                # ("a network run by Azerbaijani intelligence": the agent is the spies' state;
                # not "run by a charity")
                spies = [t for t in targets + sources if _spy_service(doc, [t])][:1]
                sources, targets = (sources, spies) if spies else ([], [])
            if rule.id in ("spy_for", "pass_secrets_to", "recruited_by") and targets:
                # ("Armenia's NSS arrested a soldier, accusing him of passing secrets to
                # Azerbaijani intelligence": the accuser is the body that arrested or spoke)
                sources = _spy_accuser(sent, trig, targets, registry) or sources
            if rule.type == "reject" and sources and not targets:
                targets = _rejected_antecedent(sent, trig, out, sources)
            if rule.id == "visit" and doc[trig.start].lower_ == "visiting" and sources:
                sources, targets = _visiting_guest(sent, trig, registry, sources, targets)
            if rule.type in ("demand", "appeal") and sources and frame == "svo":
                holder = _release_holder(sent, trig, out, discourse, registry, sources[0][0])
                targets = [(holder, None)] if holder else targets
            from ..vocabulary import relation_type_table

            if (
                not targets
                and sources
                and frame in ("svo", "reverse")  # ("provocations were committed by X")
                and (
                    relation_type_table()[rule.type]["category"] in HOSTILE_CATEGORIES
                    or rule.type == "protest"  # (a protest at home, `_protests_at_home`)
                )
            ):
                for x, mx in sources:
                    pairs.append((x, "", None, 1.0, mx, None))
            if reciprocal and len(sources) >= 2 and not targets:
                for x, mx in sources:
                    for y, my in sources:
                        if x != y:
                            pairs.append((x, y, None, 1.0, mx, my))
            else:
                between_ids = [y for y, _ in targets] if rule.type == "mediate" else None
                if between_ids is not None and len(between_ids) < 2:
                    between_ids = None
                for x, mx in sources:
                    for y, my in targets:
                        # ("Nagorno-Karabakh declared independence": its holders claim it)
                        if x != y or rule.id.startswith("declare_"):
                            pairs.append((x, y, between_ids, 1.0, mx, my))
        elif frame == "mutual":
            if _place_conflict_topic(sent, trig, registry):
                subj = []  # "share approaches toward the Nagorno-Karabakh conflict": a topic
            if doc[trig.match_end - 1].lower_ in ("by", "of") and doc[trig.start].lower_ in (
                "joint",
                "trilateral",
                "tripartite",
            ):
                subj = []  # "no role in the joint declaration of A, B and C": only A, B, C
            if doc[trig.match_end - 1].lower_ == "by":
                subj = []  # "welcomed the statement (signed) by A and B": only A and B
                signers = [
                    m
                    for m in sent.mentions
                    if m.actor and m.start in (trig.match_end, trig.match_end + 1)
                ]
                if signers and not obj:
                    # "the deal, which was signed by A, B and C, took effect": the agents
                    # lie past the relative clause's bound
                    obj = _group_right(doc, sent.mentions, signers[0], sent.s1)
            if (
                subj
                and obj
                and _prev_word(doc, obj[0], sent.s0) == "of"
                and any(
                    subj[-1].end <= t.start < trig.start and t.rule.frame != "report"
                    for t in sent.triggers
                )
            ):
                subj = []  # "X welcomed the meeting of A, B and C": X is none of them
            comma = [
                m
                for m in sent.mentions
                if m.end == trig.start - 1
                and m.label != "ADJ"
                # (not the end of an apposition: "Irina Yolyan, mayor of Goris, met X")
                and _prev_word(doc, m, sent.s0) not in SUBJECT_SKIP - {"by"}
            ]
            if comma and doc[trig.start - 1].text == ",":
                # "measures taken by Russia, in agreement with A and B": Russia (not the agents
                # of a participle between commas: "the Minsk Group, co-chaired by A and B, met")
                group = _group_left(doc, sent.mentions, comma[0], sent.s0)
                k = group[0].start - 1
                if not (
                    k - 1 > sent.s0
                    and doc[k].lower_ == "by"
                    and "," in [t.text for t in doc[max(sent.s0, k - 4) : k - 1]]
                ):
                    subj = group
            owner = sent.possessor(trig) or _his_own(sent, trig)
            if owner and owner[0] not in subj:
                subj = owner  # "during Pashinyan's meeting with Aliyev": the possessor
            # (a goal word of the trigger's own match is none: "an agreement was reached
            # between A and B")
            own = {t.norm_ for t in doc[trig.start : trig.match_end]}
            between = sent.between(trig.start, right, stop=GOAL_WORDS - own)
            if between and doc[trig.start].norm_ in TOPIC_VERBS:
                between = []  # "discussed the fighting between A and B": the topic's parties
            # "A and B may normalize relations with C": each with C ("A and B met with C": all
            # three met)
            with_obj = bool(
                len(subj) >= 2
                and obj
                and not between
                and _prev_word(doc, obj[0], sent.s0) == "with"
                # (not "A and B held talks in Brussels, with Michel in attendance")
                and obj[0].start - trig.match_end <= 4
                and "," not in [t.text for t in doc[trig.match_end : obj[0].start]]
                and not {x for x, _ in expand(subj)} & {y for y, _ in expand(obj)}
                # ("A and B discussed relations with C": C is the topic's)
                and doc[trig.start].norm_ not in TOPIC_VERBS
            )
            # "Michel and Macron met Aliyev and Pashinyan": the verb's own object, each of the
            # subjects with each of the objects (not with each other)
            direct_obj = bool(
                len(subj) >= 2
                and obj
                and not between
                and doc[trig.start].norm_ == "meet"
                and doc[trig.start].lower_ != "meeting"
                and obj[0].start - trig.match_end <= 4
                and not any(
                    t.is_punct or t.lower_ in OBJECT_PREP_WORDS
                    for t in doc[trig.end : obj[0].start]
                )
                and not {x for x, _ in expand(subj)} & {y for y, _ in expand(obj)}
                # ("met Russia's demands", "met Putin's envoy": a possessor is not met)
                and not (obj[0].end < sent.s1 and doc[obj[0].end].lower_ in ("'s", "’s"))
            )
            with_obj = with_obj or direct_obj
            if between:
                parties = expand(between)
            elif len(subj) >= 2 and not obj and _one_state(registry, expand(subj)):
                parties = []  # "Lavrov and Shoigu went on to discuss": one side, no pair
            else:
                parties = expand(subj) + expand([] if len(subj) >= 2 and not with_obj else obj)
            unique = []
            for p in parties:
                if p[0] not in [u[0] for u in unique]:
                    unique.append(p)
            parties = unique
            hyphen = _hyphen_chain(sent, trig.start)
            chained = False  # the parties are a hyphenated chain ("Russia-Turkey-Iran talks")
            if hyphen and (len(parties) < 2 or len(hyphen) > 2):
                parties, chained = expand(hyphen), True  # "the Armenia-Azerbaijan talks"
            inner = _hyphen_chain(sent, trig.match_end - 1)
            if inner and trig.end <= inner[0].start:
                # "condemned joint Turkish-Azerbaijani military exercises": those two
                parties, chained = expand(inner), True
            border = (
                _border_pair(sent, trig)
                if rule.type in FOUGHT_TYPES
                and not between
                # (not "clashes with militants on the Iraq-Turkey border": those fought)
                and not _fought_with(doc, trig.end, sent.s1)
                else []
            )
            if border and (not parties or _topic_before(doc, trig, sent.s0)):
                # "clashes on the Armenia-Azerbaijan border killed three", "discussed the
                # clashes on the A-B border": the two it divides, not the talkers
                parties = expand(border)
            # "met with A and B", "talks with A and B" with no actor before: A and B are
            # the partners of someone else, not each other's
            with_group = bool(
                obj and not subj and not between and _prev_word(doc, obj[0], sent.s0) == "with"
            )
            # an opening phrase: "At a meeting with A and B, X ...", not "A meeting with A and
            # B is planned, X said"
            opening = with_group and doc[sent.s0].lower_ in OPENING_PREPS
            opener_main = False
            if (len(parties) == 1 or opening) and not subj and trig.start <= sent.s0 + 3:
                # "In a phone call with Aliyev, Blinken ...", "At a meeting in Munich with A
                # and B, Scholz urged ...": the main clause's subject
                # (the comma may close the clause: "..., Blinken said that ...")
                comma = next(
                    (i for i in range(trig.end, min(right + 1, sent.s1)) if doc[i].text == ","),
                    None,
                )
                main = [
                    m
                    for m in sent.mentions
                    if comma is not None and comma < m.start <= comma + 2 and m.label != "ADJ"
                ]
                if main:
                    parties = expand(main[:1]) + parties
                    opener_main = opening
                    if opening and _one_by_one(doc, trig, rule):
                        # ("In separate phone calls with A and B, X ...": X with each of them;
                        # a meeting with A and B is the three's)
                        subj = main[:1]
            main = (
                _main_subject_of_phrase(sent, trig, subjects, subj)
                if obj and rule.type in ("consult", "meet", "negotiate")
                else []
            )
            if main and _prev_word(doc, obj[0], sent.s0) == "with":
                # "Putin discussed it in telephone conversations with Aliyev and Pashinyan":
                # the main verb's subject with each of them (not the two with each other, nor
                # the verb's object: "released prisoners after talks with X")
                mains = {m.actor for m in main}
                parties = expand(main) + [p for p in expand(obj) if p[0] not in mains]
                subj = main
                with_obj = with_obj or len(main) >= 2  # (each of them with each one met)
            if (
                with_group
                and len(parties) >= 2
                and {p[0] for p in parties} <= {y for y, _ in expand(obj)}
                and _finite_verb(doc[trig.start])
                and trig.start > sent.s0
            ):
                # ("The delegation met with Aliyev and Bayramov": a subject that is no actor
                # met them, not they each other)
                parties = []
            if len(parties) == 1 and obj and not subj:
                # "X said that an agreement struck with Y will ...", "X said talks with Y
                # resumed": the speaker is the other party
                said = [
                    m.actor
                    for t, sp, where in speakers
                    if where == "before" and t.start < trig.start
                    for m in sp[:1]
                    if m.actor and m.actor != parties[0][0]
                ]
                if said:
                    parties = [(said[0], None), *parties]
            if len(parties) == 1 and any(m.label == "PAIR" for m in subj + obj):
                parties = expand([m for m in subj + obj if m.label == "PAIR"])
            # the pair named together, else the two the text has set against each other
            # ("Azerbaijan attacked the separatists. The separatists agreed to a ceasefire")
            known = discourse.pair if discourse.pair and discourse.named else None
            if known is None and len(parties) == 1:
                # else the last two who fought, one of them this party (not an accuser and the
                # one accused: "France accused Azerbaijan of aggression against Armenia")
                known = next((q for q in reversed(discourse.fought) if parties[0][0] in q), None)
            if (
                len(parties) == 1
                and not obj
                and known
                and (rule.type in PAIR_DEFAULT_TYPES or intent)
                and (
                    parties[0][0] in known
                    # "Pashinyan said he was ready to sign": his state is one of the pair
                    or (intent and set(registry.lineage(parties[0][0])) & set(known))
                )
            ):
                # "We are engaged in the negotiations" (one of the pair): with the other one
                own = set(registry.lineage(parties[0][0]))
                other = [x for x in known if x not in own]
                parties = parties + [(x, None) for x in other]
                confidence *= 0.8
            if (
                len(parties) > 2
                and not with_obj
                and not chained  # ("joint Turkish-Azerbaijani-Pakistani exercises": all three)
                and rule.type
                not in (
                    "meet",
                    "negotiate",
                    "consult",
                    "cooperate",
                    "sign_agreement",
                    "material_cooperation",  # ("Pakistan, Turkey and Azerbaijan held drills")
                )
            ):
                parties = []
            if (
                not parties
                and discourse.pair
                and discourse.named
                and rule.type in PAIR_DEFAULT_TYPES
                and not any(
                    m.start >= trig.end
                    and m.start - trig.end <= 3
                    # ("a truce brokered by Russia": the broker is no party to name)
                    and not (rule.type == "ceasefire" and _prev_word(doc, m, sent.s0) == "by")
                    # ("the war ended with a Russian-brokered truce": a qualifier, no party)
                    and not _hyphen_qualifier(doc, m, sent.s1)
                    # ("after the war, Azerbaijan returned ...": the next clause's subject)
                    and not any(t.text == "," for t in doc[trig.end : m.start])
                    for m in sent.mentions
                )
                and not subj
                and not any(
                    left <= t.start < trig.start
                    and t.rule.frame not in ("report", "mediate", "helper")
                    # ("the war ended with a ceasefire": the war does not govern the truce)
                    # (nor does an end of hostilities govern it: "the war ended with a truce")
                    and not (t.rule.type in ("war", "ceasefire") and rule.type == "ceasefire")
                    for t in sent.triggers
                )
            ):
                # "the ceasefire", "the war", "peace talks" with no party named and not the
                # object of another act ("violated the ceasefire"): the pair this sentence
                # names, else the one the text has set against each other, else the last named
                here = discourse.pair_at == sent.number  # "the talks ... between A and B"
                pair = (not here and discourse.dyad) or discourse.pair
                if monitored:
                    pair = discourse.dyad or ()  # (the two who fight, never the monitors)
                if rule.type in HOSTILE_PAIR_TYPES and discourse.dyad:
                    # "Mediated by A and B, it ended a six-week war": the fighting pair, not
                    # any pair the sentence names
                    pair = discourse.dyad
                if rule.type in STATE_PAIR_TYPES:
                    pair = _states_of(pair, registry)  # "the clashes": the two leaders' states
                parties = [(x, None) for x in pair]
                confidence *= 0.7
            if (
                rule.type in HOSTILE_PAIR_TYPES
                and len(parties) == 2
                and not (between and all(m.label != "PAIR" for m in between))
                and _allied([p[0] for p in parties], out, discourse, registry)
            ):
                parties = []  # "Turkey sends fighters to Azerbaijan ... war": not each other's
            if len(parties) >= 2:
                first = parties[0]
                # all pairs when the parties are named together ("A and B met", "talks
                # between A and B", "the statement of the leaders of A, B and C")
                pair_subject = len(subj) == 1 and subj[0].label == "PAIR"  # "the two leaders"
                if direct_obj or (
                    with_obj
                    and (
                        rule.type != "meet"
                        or (
                            _one_state(registry, expand(subj))
                            and _state_of(registry, expand(subj)[0][0])
                            not in {_state_of(registry, y) for y, _ in expand(obj)}
                        )
                    )
                ):
                    # ("Lavrov and Shoigu met with Pashinyan": two of one side meet the third,
                    # not each other)
                    for x, mx in expand(subj):
                        for y, my in expand(obj):
                            if x != y:
                                pairs.append((x, y, None, 1.0, mx, my))
                elif (
                    len(subj) >= 2
                    or pair_subject
                    or chained
                    or (between or len(parties) >= 3)
                    and not subj
                ):
                    # a directed type ("consult") stated of both alike ("A and B spoke", "a
                    # call between A and B") goes both ways: neither is the one who called
                    from ..vocabulary import relation_type_table

                    both = not relation_type_table()[rule.type]["symmetric"]
                    for k in range(len(parties)):
                        for q in range(len(parties)):
                            if parties[k][0] == parties[q][0]:
                                continue  # (a person and the state he stands for)
                            if q > k or (both and q != k):
                                pairs.append(
                                    (
                                        parties[k][0],
                                        parties[q][0],
                                        None,
                                        1.0,
                                        parties[k][1],
                                        parties[q][1],
                                    )
                                )
                else:
                    for y, my in parties[1:]:
                        pairs.append((first[0], y, None, 1.0, first[1], my))
                        if rule.id in CONVERSATION_RULES:
                            # "X had a phone conversation with Y": a conversation both hold
                            pairs.append((y, first[0], None, 1.0, my, first[1]))
                named = parties[1:] if opener_main and len(parties) >= 3 else parties
                # ("At a meeting with A and B, X urged both sides": A and B are the pair)
                kinds = {(registry.get(p[0]) or {}).get("kind") for p in named[:2]}
                if len(named) > 2:
                    # (of "A, B and C", no two are the pair; but the pair named before is no
                    # guide to who of the three is outside either: `_trilateral`)
                    discourse.pair_at = discourse.sentence
                elif "territory" not in kinds and _two_sides(registry, named[0][0], named[1][0]):
                    discourse.name_pair((named[0][0], named[1][0]))
        elif frame in ("mediate", "helper"):
            if frame == "helper":
                mediators = expand(obj)
                candidates = subj
                if rule.id in ("with_named_backing", "with_looking_on"):
                    mediators = expand(
                        _named_backer(doc, sent.mentions, trig.start, trig.match_end, sent.s1)
                    )
                body = [
                    m
                    for m in subj
                    if m.end == trig.start and (registry.get(m.actor) or {}).get("kind") == "igo"
                ]
                if rule.id == "mediators_from" and body:
                    # "the OSCE Minsk Group mediators from Russia, France and the US": members
                    # of the body that mediates, not mediators between it and someone
                    rule, candidates = replace(rule, type="member_of"), body
                fight = _backed_fight(sent, trig)
                if fight is not None:
                    # the backer of the fight's doer, never of its target
                    rule = replace(rule, type="support")
                    if fight.start > trig.start:
                        doers = subj  # ("Azerbaijan, with help from Turkey, started a war")
                    else:
                        # ("launched the offensive with ...": the subject of the act's verb)
                        done = [t for t in subjects if t <= fight.start]
                        doers = subjects[max(done)] if done else []
                    candidates = [m for m in doers if m.label != "PAIR"]
                    if rule.id != "with_named_backing" and (not obj or obj[0].start > trig.end + 1):
                        mediators = []  # ("with the support of armored vehicles ... Armenia")
                elif rule.id in WITNESS_OR_BACKER_RULES and len(expand(candidates)) < 2:
                    # ("the deal, signed by A and B in the presence of X": the signers)
                    candidates = _signed_by_before(sent, trig)
                if (
                    fight is None
                    and rule.id in WITNESS_OR_BACKER_RULES
                    and len(expand(candidates)) < 2
                ):
                    continue  # ("signed a deal with Iran's support": a helper, no go-between)
            else:
                # "under EU mediation", "Russian mediation": the actor that qualifies the noun
                qualifier = [
                    m
                    for m in sent.mentions
                    if doc[trig.start].norm_ in MEDIATION_NOUNS
                    and (
                        m.end == trig.start
                        # "with the European Union's mediation": a possessive qualifies too
                        or (m.end == trig.start - 1 and doc[m.end].lower_ in ("'s", "’s", "'"))
                    )
                ]
                if qualifier and not agent:
                    agent = qualifier
                    subj = [m for m in subj if m not in qualifier]
                of = trig.end
                if (
                    rule.id == "mediation_noun"
                    and of + 1 < sent.s1
                    and doc[of].lower_ in ("efforts", "effort", "role", "mission")
                ):
                    of += 1  # "the mediation efforts of Charles Michel"
                if (rule.id in EFFORT_RULES or of > trig.end) and (
                    of < sent.s1 and doc[of].lower_ == "of"
                ):
                    # "praised the efforts of Russia to ensure peace between A and B"
                    agent = [
                        m
                        for m in sent.mentions
                        if m.start in (of + 1, of + 2) and m.actor and m.label != "ADJ"
                    ][:1] or agent
                if rule.id in OF_EFFORT_RULES and (
                    not (trig.end < sent.s1 and doc[trig.end].lower_ == "of" and agent)
                    or _state_of(registry, agent[0].actor)
                    in _states_of(discourse.dyad or discourse.pair or (), registry)
                ):
                    # only "the efforts of X to ...", X no side of the conflict: a subject's
                    # own efforts, and a party's, are no mediation
                    continue
                mediators = expand(agent or subj)
                # "X thanked Y for hosting the talks", "gratitude to Y for the initiative to
                # host": the one thanked is the host
                for t in sent.triggers:
                    if t.rule.type != "support" or t.start >= trig.start:
                        continue
                    thanked = sent.obj(t.match_end, trig.start)
                    if thanked and any(
                        w.lower_ == "for" for w in doc[thanked[-1].end : trig.start]
                    ):
                        mediators = expand(thanked[:1])
                between = sent.between(trig.start, right)
                if _backed_before(sent, trig, between):
                    continue  # "pledged support for Azerbaijan in talks between A and B"
                hosted = (
                    _hyphen_chain(sent, trig.match_end - 1)
                    if rule.id == "host_talks" and not between
                    else []
                )
                if between:
                    candidates = between
                elif hosted:
                    candidates = hosted  # "hosted a Pashinyan-Aliyev meeting": those two
                elif qualifier and subj:
                    candidates = subj  # "A and B held talks under EU mediation"
                elif agent:
                    candidates = sent.subject(
                        trig.start, left, exclude=agent, any_prep=True
                    ) or _fronted_parties(doc, sent, trig, agent)
                    if candidates and any(
                        candidates[-1].end <= t.start < trig.start for t in sent.triggers
                    ):
                        # "Guterres welcomed the mediation efforts by X": the one who judges
                        # the mediation is no party to it
                        candidates = []
                    sides = _states_of(discourse.dyad or discourse.pair or (), registry)
                    if (
                        agent[0].end <= trig.start
                        and len(candidates) == 1
                        and (
                            _state_of(registry, candidates[0].actor) not in sides
                            if sides
                            else (registry.get(candidates[0].actor) or {}).get("kind") != "state"
                        )
                    ):
                        # "Blinken appealed to save a Russia-brokered truce": the one who speaks
                        # of an "X-brokered" deal is no party to it unless one of the two sides
                        candidates = []
                else:
                    candidates = obj
                if agent and agent[0].start > trig.start and not between and not qualifier:
                    body = [
                        m
                        for m in candidates[-1:]
                        if (registry.get(m.actor) or {}).get("kind") in BODY_KINDS
                    ]
                    if body or rule.type == "member_of":
                        # "the Minsk Group, co-chaired by A, B and C": those who chair or lead
                        # a body are its members, not mediators; a body inside a phrase ("a
                        # group within the OSCE chaired by") is not the one chaired
                        rule = replace(rule, type="member_of")
                        inside = body and _prev_word(doc, body[0], sent.s0) in SUBJECT_SKIP
                        if inside:
                            body = _apposed_body(sent, body[0], registry)
                            inside = not body
                        candidates = [] if inside else body
                        chairs = _group_right(doc, sent.mentions, agent[0], sent.s1)
                        mediators = [] if inside else expand(chairs)
            bodies = bool(mediators) and all(
                (registry.get(x) or {}).get("kind") in MEMBER_BODIES for x, _ in mediators
            )
            if rule.id == "body_includes":
                # the body itself includes them ("the platform, which includes A and B"; not
                # "the EU sanctions regime includes A", "the CSTO summit included Putin",
                # "the delegation included ...", "the international community, including
                # the UN": examples)
                heads = [mx for _, mx in mediators if mx is not None]
                gap = [t.lower_ for t in doc[heads[-1].end : trig.start]] if heads else None
                # ("the CSTO, an alliance created in 1992 and which includes": a second
                # relative clause of the same head)
                second = (
                    gap is not None
                    and gap[-2:] in (["and", "which"], ["and", "that"])
                    and len(gap) <= 10
                    and not any(
                        t.is_punct and t.text != "," for t in doc[heads[-1].end : trig.start]
                    )
                    and not any(heads[-1].end <= m.start < trig.start for m in sent.mentions)
                )
                if (
                    not bodies
                    or doc[trig.start].lower_ == "including"
                    or (
                        gap not in ([], ["which"], ["that"], [",", "which"], [",", "that"])
                        and not second
                    )
                ):
                    continue
                candidates = [
                    m
                    for m in candidates
                    if (registry.get(m.actor) or {}).get("kind") in ("state", "igo", "armed_group")
                ]
            if rule.id in ("bring_together", "body_includes") and bodies:
                # "the CSTO brings together Russia, Armenia and Belarus", "the platform, which
                # includes Iran, Russia and Turkey": a body's members, not parties it mediates
                # between (a state that brings them together does)
                rule = replace(rule, type="member_of")
            trio = None  # (the three of trilateral talks, the mentions that name the parties)
            if frame == "mediate" and rule.id.startswith("trilateral"):
                if (
                    subj
                    and candidates is obj
                    and obj
                    and _prev_word(doc, obj[0], sent.s0) == "with"
                    and _participates(sent, trig)  # (not "X held trilateral talks with A and B")
                ):
                    # "X took part in trilateral talks with A and B": X is one of the three
                    trio = (expand(subj) + expand(obj), subj + obj)
                elif not mediators and between and len(expand(between)) == 3:
                    # "the trilateral summit between Putin, Aliyev and Pashinyan"
                    trio = (expand(between), candidates)
                elif (
                    subj
                    and len(expand(subj)) == 3
                    and not between
                    # (with no pair yet, only when no other word of talks names the three:
                    # "A, B and C held trilateral talks" are their talks)
                    and (
                        discourse.dyad
                        or not any(t.rule.frame == "mutual" for t in sent.triggers if t != trig)
                    )
                ):
                    # "Aliyev, Putin and Pashinyan attend trilateral talks": the three of them
                    trio = (expand(subj), subj)
                elif (
                    discourse.dyad
                    and (owners := sent.possessor(trig))
                    and (
                        partners := [
                            m
                            for m in sent.mentions
                            if m.actor
                            and trig.match_end <= m.start <= trig.match_end + 1
                            and _prev_word(doc, m, sent.s0) == "with"
                        ]
                    )
                ):
                    # "Aliyev's and Pashinyan's trilateral meeting with Putin"
                    group = owners + _group_right(doc, sent.mentions, partners[0], sent.s1)
                    if len(expand(group)) == 3:
                        trio = (expand(group), group)
                else:
                    # "Michel met Aliyev and Pashinyan for a trilateral meeting": the three are
                    # the meeting verb's subject and its partners (not the partners alone)
                    planned = {t.lower_ for t in doc[sent.s0 : sent.s1]} & PLANNED_MEETING_WORDS
                    met = [
                        t
                        for t in sent.triggers
                        if subj
                        and t.start < subj[0].start
                        and t.rule.frame == "mutual"
                        and subjects.get(t.start)
                    ]
                    if met and planned:
                        continue  # "met them separately, ahead of a trilateral meeting": to come
                    if met:
                        main = subjects[met[-1].start]
                        if len(expand(main) + expand(subj)) == 3:
                            trio = (expand(main) + expand(subj), main + subj)
            if trio:
                # the mediator is the one outside the pair the text has set against each other,
                # else all three just meet
                everyone, named = trio
                dyad = discourse.dyad
                sides = set(_states_of(dyad, registry)) if dyad else set()
                outside = [p for p in everyone if _state_of(registry, p[0]) not in sides]
                if sides and len(outside) == 1:
                    mediators, candidates = outside, named
                else:
                    rule = replace(rule, type="meet")
                    mediators, candidates = [], []
                    for k, (x, mx) in enumerate(everyone):
                        for y, my in everyone[k + 1 :]:
                            pairs.append((x, y, None, 0.9, mx, my))
            named_only = (
                rule.id == "help_resolve"
                and not between
                and doc[trig.match_end - 1].norm_
                in ("issue", "difference", "disagreement", "relation")
            )
            if named_only:
                # "helping Armenia and Azerbaijan resolve issues": only the two it names ("the
                # region's issues" are no one's)
                candidates = [m for m in candidates if trig.end <= m.start < trig.match_end] + [
                    # ("helped Armenia resolve its differences with Turkey": the partner too)
                    m
                    for m in sent.mentions
                    if trig.match_end <= m.start <= trig.match_end + 2
                    and _prev_word(doc, m, sent.s0) == "with"
                ]
                if len(expand(candidates)) < 2:
                    candidates = []  # ("helped Armenia settle its debt issues": no two parties)
            if rule.id in EFFORT_RULES:
                # "Armenia continues its efforts to establish peace between Armenia and
                # Azerbaijan": a party's own effort, no mediation
                sides = {_state_of(registry, p[0]) for p in expand(candidates)}
                mediators = [p for p in mediators if _state_of(registry, p[0]) not in sides]
            elif rule.id == "at_invitation_of":
                # "Putin spoke with Aliyev at the initiative of the Azerbaijani side": one who
                # talks asked for the talks, and is no third party to them
                asking = {p[0] for p in mediators}
                said_by = {id(m) for ms in reporters.values() for m in ms}
                sides = {_state_of(registry, p[0]) for p in expand(candidates)} | {
                    _state_of(registry, m.actor)
                    for m in sent.mentions
                    if m.actor
                    and m.actor not in asking
                    and not m.venue
                    # only in the talks' own clause ("..., Kremlin spokesman Peskov said": no)
                    and left <= m.start < right
                    and id(m) not in said_by
                    # (not "met in Germany", "the website of the Russian president")
                    and _prev_word(doc, m, sent.s0) not in ("in", "at", "of", "from")
                }
                mediators = [p for p in mediators if _state_of(registry, p[0]) not in sides]
            if rule.id in ("find_solution", "engaged_with_sides"):
                mediators = _clause_opener(sent, trig, mediators)
            mediator_ids = {x for x, _ in mediators}
            parties = [
                p
                for p in expand(candidates)
                if p[0] not in mediator_ids
                and (registry.get(p[0]) or {}).get("kind") != "territory"
                # ("within the framework of the Minsk Group", "under the auspices of the
                # OSCE": the forum of the mediation, no party to it)
                and not (p[1] is not None and _in_forum(doc, p[1], sent.s0))
            ]
            factor = 1.0
            if not parties and rule.id in GO_BETWEEN_RULES:
                # "Azerbaijan handed the bodies to Armenia, with the ICRC acting as a neutral
                # intermediary": the two of the act the sentence has just read
                parties = _acted_pair(out, sent.number, mediator_ids)
            if len(parties) == 1 and rule.id in THIRD_PARTY_RULES:
                # "X handed prisoners to Y in a deal brokered by A and B": the other party of
                # the act between two the sentence has just read
                one = parties[0][0]
                other = next(
                    (
                        c.target if c.source == one else c.source
                        for c in out
                        if one in (c.source, c.target)
                        and c.type in ACTED_TYPES
                        and not {c.source, c.target} & mediator_ids
                    ),
                    None,
                )
                if other:
                    parties.append((other, None))
            own = set()  # the mediators' states in the pair taken from the text before
            war_here = (
                _war_pair_named(sent, mediator_ids)
                if not parties and rule.type == "mediate" and _truce(sent, trig)
                else ()
            )  # ("a Russian-mediated deal that halted the Armenian-Azerbaijani war")
            if (
                not parties
                # (a pair that is the brokers themselves is none: "A truce brokered by Russia
                # and Turkey collapsed")
                and not ((discourse.pair and not set(discourse.pair) <= mediator_ids) or war_here)
                and rule.type == "mediate"
                and not named_only
                and (
                    _truce(sent, trig)
                    or rule.id in STANDING_MEDIATION_RULES
                    or (trig.start > sent.s0 and doc[trig.start - 1].norm_ in BROKERED_NOUNS)
                )
            ):
                # "A Russian-brokered truce halted the fighting" as a text's first words: the
                # two it sets against each other further on (`_late_pairs`)
                parties, factor = [(LATER_A, None), (LATER_B, None)], 0.8
            elif (
                len(parties) < 2
                and (discourse.pair or war_here)
                and rule.type != "member_of"
                and not named_only
                and not (frame == "helper" and rule.type == "support")  # (a backer: one side)
            ):
                names = [p[0] for p in parties]
                # ("the exchange was facilitated by X": between the two the text opposes)
                pair = (
                    war_here or (rule.id in DYAD_FIRST_RULES and discourse.dyad) or discourse.pair
                )
                if set(pair) & mediator_ids and (
                    rule.id in PAIR_BEFORE_RULES
                    or rule.type == "offer_mediation"
                    or not discourse.named
                ):
                    # "ceasefires brokered by Russia and France", "the US and the EU welcomed
                    # the agreement": those just named are no pair of parties; the pair named
                    # before them is, else the two states of the last act between two states
                    # ("Azerbaijan released 17 Armenians. ... after mediation by France and
                    # the EU")
                    most = (
                        discourse.acted if agent and set(pair) <= mediator_ids else None
                    )  # (only when the pair just named is the mediators named by "by")
                    pair = next(
                        (
                            q
                            for q in [discourse.dyad, *reversed(discourse.pairs), most]
                            if q and not set(q) & mediator_ids
                        ),
                        pair,
                    )
                if _mediated_conflict(doc, trig, sent.s1):
                    # "the Minsk Group, which mediated the conflict": between the two states
                    # of the pair named before, not their leaders (the two the text sets
                    # against each other first: not co-chairs named in passing)
                    pair = _states_of(discourse.dyad or pair, registry)
                if (
                    not parties
                    and rule.type == "mediate"
                    and (_truce(sent, trig) or rule.id in STANDING_MEDIATION_RULES)
                ):
                    # "a Russian-brokered truce": the states the text sets against each other
                    # (the two of a war this sentence names first)
                    war = war_here or next(
                        ((c.source, c.target) for c in out if c.type == "war" and c.target), None
                    )
                    fought = discourse.fought[-1] if discourse.fought else None
                    pair = _states_of(war or discourse.dyad or fought or pair, registry)
                    if not (war or discourse.dyad or fought) and _allied(
                        pair, out, discourse, registry
                    ):
                        pair = ()  # ("Turkey's drones for Baku ... truces brokered by Russia":
                        # two allies named last, not the truce's sides)
                    if rule.id in STANDING_MEDIATION_RULES and {
                        _state_of(registry, x) for x in mediator_ids
                    } & set(pair):
                        pair = ()  # "the role of Azerbaijan in the peace process": a party's
                if (not parties or names[0] in pair) and not (
                    rule.id in ("welcome_accord", "welcome_news")
                    and candidates  # ("praised X's support for")
                ):
                    # (never the mediators themselves: "X hosted A and B for a trilateral
                    # meeting" makes A and B no mediators of each other)
                    parties += [(x, None) for x in pair if x not in names and x not in mediator_ids]
                    factor = 0.8
                    own = {_state_of(registry, x) for x in mediator_ids} & set(
                        _states_of(pair, registry)
                    )
            if rule.id in THIRD_PARTY_RULES and (
                (own and rule.id in OWN_DEAL_RULES)
                or {_state_of(registry, x) for x in mediator_ids}
                & {_state_of(registry, p[0]) for p in parties}
            ):
                # "Armenia welcomed the agreement", "Armenia has a plan to end the war": a
                # party's own deal or plan, no third party's
                parties = []
            if len(parties) < 2 and rule.type == "mediate" and rule.id in HOST_ONLY:
                # "Armenia hosted Macron": a visit, not mediation; the host consults its guest
                # when the sentence names the guest ("Aliyev hosted Erdogan in Shusha")
                guest = parties[0][1] if len(parties) == 1 else None
                named_guest = (
                    guest is not None
                    and factor == 1.0
                    and rule.id in ("host", "host_parties")
                    and (registry.get(parties[0][0]) or {}).get("kind") in ("person", "state")
                    # right after the verb, and alone ("hosts Armenia, Azeri ministers": no)
                    and guest.start == trig.end
                    and (guest.end >= sent.s1 or doc[guest.end].lower_ not in (",", "and"))
                    # and the host right before it ("Aliyev hosted Erdogan, and Pashinyan
                    # hosted Macron": each its own)
                    and any(mx is not None and mx.end == trig.start for _, mx in mediators)
                )
                if named_guest:
                    rule = replace(rule, type="consult")
                else:
                    parties = []
            if rule.type == "connects" and not mediators:
                # "the blockade of the Lachin corridor, the only road connecting A with B": the
                # route the noun phrase is in apposition to (one the subject finder passes over
                # inside an "of" phrase)
                mediators = expand(_apposed_head(sent, trig))
            if rule.type == "connects":
                # a route connects places: they may be territories, but not the pair of parties
                if candidates is obj and obj:
                    candidates = obj + _connected_to(doc, sent, obj[-1].end, sent.s1)
                parties = [p for p in expand(candidates) if p[0] not in mediator_ids]
            party_states = {_state_of(registry, p[0]) for p in parties} - {None}
            for x, mx in mediators:
                if rule.type in ("mediate", "offer_mediation") and (
                    _state_of(registry, x) in party_states
                ):
                    continue  # ("An Armenian statement on the trilateral meeting": a side's)
                ps = [p for p in parties if p[0] != x]
                between_ids = (
                    [p[0] for p in ps]
                    if len(ps) >= 2 and rule.type not in ("connects", "member_of")
                    else None
                )
                for y, my in ps:
                    pairs.append((x, y, between_ids, factor, mx, my))
        elif frame == "doer":
            # "X called for an inquiry into war crimes committed by Y": the judge is the
            # sentence's subject (or speaker), the doer the agent after the whole match
            doers = [
                m
                for m in sent.mentions
                if m.actor
                and m.label != "PRONOUN"
                and m.start in (trig.match_end, trig.match_end + 1)
            ]
            first = min((t.start for t in sent.triggers), default=trig.start)
            judges = sent.subject(first, sent.s0) if first < trig.start else []
            judges = judges or [m for _, sp, _ in speakers for m in sp[:1]]
            if doers:
                group = _group_right(doc, sent.mentions, doers[0], sent.s1, comma_ok=False)
                for x, mx in expand(judges[:1]):
                    for y, my in expand(group):
                        pairs.append((x, y, None, 1.0, mx, my))
        elif frame == "act":
            for x, mx in expand(subj):
                pairs.append((x, "", None, 1.0, mx, None))
        elif frame == "deny":
            deniers = expand(agent) if agent and agent[0].start > trig.start else expand(subj)
            said = [t for t in reporters if t < trig.start]
            claimant = [
                m
                for m in subj[-1:]
                if rule.id in CLAIMS_FALSE_RULES
                and (
                    m.end == trig.start
                    or (m.end == trig.start - 1 and doc[m.end].lower_ in ("'s", "’s"))
                )
            ]
            if claimant:
                deniers = []  # "said the Armenian claims were untrue": the claimant's claims
            if not deniers and rule.id in CLAIMS_FALSE_RULES and said:
                # "Yerevan said the claims were untrue": the one who said it denies them
                deniers = expand(reporters[max(said)])
            if rule.id == "this_was_false":
                # "..., while Baku said this was a lie": the one whose verb of saying is right
                # before it
                deniers = next(
                    (
                        expand(sp)
                        for t, sp, _ in reversed(speakers)
                        if sp and trig.start - 2 <= t.start < trig.start
                    ),
                    deniers,
                )
            targets = expand(obj) if obj and obj[0].start <= trig.match_end + 3 else []
            after = doc[trig.match_end].lower_ if trig.match_end < sent.s1 else ""
            if rule.id == "reject_criticism" and obj and _prev_word(doc, obj[0], sent.s0) == "of":
                targets = []  # "rejected the criticism of Baku": Baku is the one criticised
            # "denied Armenian claims that ...", "rejected Armenian criticism of X": the
            # demonym before the claim is the claimant
            targets = (
                expand(claimant)
                or [
                    (m.actor, m)
                    for m in sent.mentions
                    if m.label == "ADJ"
                    and m.actor
                    and trig.end <= m.start < trig.match_end
                    and (
                        doc[m.end].norm_ in CLAIM_NOUNS | PROPOSAL_NOUNS | DEMAND_NOUNS
                        # ("the Armenian peace proposal": past one noun of a compound)
                        or (
                            m.end + 1 < trig.match_end
                            and doc[m.end].is_lower
                            and doc[m.end + 1].norm_ in CLAIM_NOUNS | PROPOSAL_NOUNS | DEMAND_NOUNS
                        )
                    )
                ][:1]
                or targets
            )
            if not targets:
                targets = [
                    # "rebuffed criticism from Armenia", "dismissed claims by X": the claimant
                    # ("the offer of talks from Russia", "criticism of its peacekeepers by X")
                    (m.actor, m)
                    for m in sent.mentions
                    if m.actor
                    and trig.match_end
                    <= m.start
                    <= trig.match_end + (5 if rule.id in OBJECT_NOUN_RULES else 2)
                    and (
                        _prev_word(doc, m, sent.s0) in ("from", "by")
                        # ("distanced itself from the remarks of X": whose remarks)
                        or (rule.id == "reject_remarks" and _prev_word(doc, m, sent.s0) == "of")
                    )
                ][:1]
            for x, mx in deniers:
                # (not a land: "denies blocking the road" answers the one who charged it)
                ys = [
                    t
                    for t in targets
                    if t[0] != x and (registry.get(t[0]) or {}).get("kind") != "territory"
                ]
                # ("Baku rejected the criticism": the last who criticised it)
                before = (
                    discourse.proposers
                    if rule.id == "reject_proposal"  # ("Baku dismissed the proposal")
                    # ("X demanded that Y ... Y rejected the demand"; "... the request")
                    else (
                        discourse.requesters
                        if "request" in doc[trig.start : trig.match_end].text.lower()
                        else discourse.demanders
                    )
                    if rule.id == "reject_demand"
                    else discourse.critics
                    if rule.type == "reject"
                    else discourse.accusers
                )
                # ("rejected criticism from rights groups": a critic named, if no actor)
                named = rule.id == "reject_criticism" and after in ("from", "by")
                # (also the denier's state's: "Pashinyan criticised Russia. Kremlin spokesman
                # Dmitry Peskov rejected the criticism."); a denial answers a critic too
                # ("Pelosi condemned X's attacks. X rejected her remarks.")
                earlier = next(
                    (
                        said.get(y)
                        for said in (before, discourse.critics if rule.type == "deny" else {})
                        for y in (*registry.lineage(x), _state_of(registry, x))
                        if said.get(y)
                    ),
                    None,
                )
                if not ys and rule.type == "deny" and not named:
                    # "X accuses France of arming Armenia, a charge Paris rejects": the one who
                    # made the charge earlier in the sentence
                    ys = _accuser_before(sent, trig, x)
                if earlier is None and rule.id == "reject_criticism":
                    # ("Pashinyan accused Russia's peacekeepers of ... The Kremlin rejected the
                    # criticism": a charge is criticism too, of the rejecter or its state's own)
                    earlier = _accusers_of(discourse, registry, x) or None
                    if earlier is not None:
                        rule = replace(rule, type="deny")  # (a charge rejected is denied)
                if not ys and rule.id in ("reject_proposal", "turn_offer_down"):
                    # ("Baku offered to supply fuel via Aghdam, but the de facto leadership
                    # turned the proposal down": the one who offered earlier in the sentence)
                    ys = [
                        (c.source, None)
                        for c in out
                        if c.status == "offered" and c.head < trig.start and c.source != x
                    ][-1:]
                if not ys and earlier and not named:
                    ys = [(earlier[-1], None)]
                    factor = 0.9
                made = discourse.offer
                if rule.id in ("accept_offer", "welcome_offer"):
                    # "Georgia offered to host the leaders. Baku welcomed (accepted) the offer":
                    # the one who offered to mediate no more than DEED_REACH sentences before
                    offered = [
                        d
                        for d in discourse.deeds
                        if d[2] == "offer_mediation" and 0 < sent.number - d[0] <= DEED_REACH
                    ][-1:]
                    # (not when another offer came since: "... Azerbaijan offered Armenia access
                    # to the road. Yerevan accepted the offer")
                    later = made is not None and offered and made[1] > offered[0][0]
                    ys = [
                        (d[1], None)
                        for d in offered
                        if not later and not _same_side(registry, d[1], x)
                    ]
                    k = trig.match_end
                    if k < sent.s1 and doc[k].lower_ in ("of", "by", "from"):
                        # ("welcomed the offer of Baku to host the talks": the one named)
                        ys = [
                            (m.actor, m)
                            for m in sent.mentions
                            if m.actor
                            and m.start in (k + 1, k + 2)
                            and not _same_side(registry, m.actor, x)
                            # (an acceptance only of an offer to mediate or host: not "accepted
                            # the proposals of Azerbaijan on the two articles")
                            and (
                                rule.id == "welcome_offer"
                                or {t.lower_ for t in doc[m.end : m.end + 3]} & MEDIATE_OFFER_WORDS
                            )
                        ][:1]
                if (
                    not ys
                    and rule.id == "reject_proposal"
                    and made
                    and sent.number - made[1] <= ACT_REACH
                    and not _same_side(registry, made[0], x)
                ):
                    # "Azerbaijan offered to send food via Aghdam. The separatist authorities
                    # turned the offer down": the one who made the last offer, to whomever
                    ys = [(made[0], None)]
                    factor = 0.9
                if not ys and rule.id in ("reject_proposal", "reject_demand"):
                    # "Aliyev said Armenia must change its constitution. Mirzoyan rejected the
                    # demand": the last who demanded, else the last of the other side who
                    # said something (or proposed)
                    demand = discourse.demand if rule.id == "reject_demand" else None
                    last = (
                        demand[0]
                        if demand and 0 < sent.number - demand[1] <= DEED_REACH
                        else _last_said(discourse, registry, x, sent.number)
                    )
                    ys = [(last, None)] if last else []
                    factor = 0.85
                if not ys:
                    # "X said Y shelled Z, a claim Y denied": the speaker of this sentence
                    said = [
                        m.actor
                        for t, speaker, _ in speakers
                        if t.start < trig.start
                        for m in speaker[:1]
                        # (the verb's own subject, not one far before it: "Syrian fighters
                        # ..., a war monitor says")
                        if m.actor and m.actor != x and (m.start > t.start or m.end >= t.start - 3)
                    ]
                    ys = [(said[0], None)] if said else []
                if not ys and rule.id in ("deny_claims", "reject_criticism"):
                    ys = _reporting_bodies(sent, trig, discourse, registry, x)
                for y, my in ys:
                    pairs.append((x, y, None, 1.0, mx, my))
                if rule.type == "deny":
                    # (a rejected proposal or criticism denies no act that follows it)
                    denied_from.append((trig.start, x))
        base_type = "offer_mediation" if offer else rule.type
        if offer and status == "asserted":
            status = "offered"  # ("Georgia can help A and B normalize relations")
        if rule.type == "intend_cooperation" and _hostile_complement(sent, trig):
            # "vowed to retaliate against X": a threat made, not cooperation offered
            base_type, status = "threaten", "asserted"
        if intent and pairs:
            # the one who is ready: the subject of the word of readiness or promise
            pairs, intended = _intended(
                pairs, {x for x, _ in expand(sent.subject(intent_at, left))}
            )
            base_type = intended or base_type
        for x, y, between_ids, factor, mx, my in pairs:
            typ = base_type
            if rule.id == "insist_that" and _state_of(registry, x) == _state_of(registry, y):
                continue  # "Russia insisted that its peacekeepers remain": its own, no demand
            if rule.id == "close" and (registry.get(y) or {}).get("kind") == "igo":
                continue  # "the OSCE is closing the Minsk Group": a body wound up, no blockade
            if (
                typ == "nonrecognition"
                and my is not None
                and my.end + 1 < sent.s1
                and doc[my.end].lower_ in ("'s", "’s")
                and doc[my.end + 1].norm_ in CLAIM_NOUNS | PROPOSAL_NOUNS | {"demand"}
            ):
                continue  # "did not recognise Azerbaijan's claims": the claims, not the state
            if typ == "nonrecognition" and _actor_class(registry, y) == "territory":
                # "does not recognise Nagorno-Karabakh as a state": the republic its de facto
                # authorities proclaimed, not the land
                ruler = registry.gazetteer.authorities.get(y)
                if ruler not in registry.gazetteer.role_defs:
                    continue
                y = registry.role(ruler)
            if (
                typ in ("occupy", "control")
                and my is not None
                and (
                    any(
                        t.lemma_.lower() in CAPTIVE_NOUNS
                        for t in doc[my.start : min(sent.s1, my.end + (my.label == "AGENT"))]
                    )
                    # ("still holds dozens of Armenians": persons counted)
                    or (
                        my.label == "AGENT"
                        and doc[my.start].lower_[:-1] in registry.gazetteer.demonyms
                    )
                )
            ):
                typ = "coerce"  # "captured six servicemen", "held prisoners": people, not land
            if (
                typ == "sovereignty"
                and y
                and (registry.get(x) or {}).get("kind") == "igo"
                and (registry.get(y) or {}).get("kind") in ("state", "igo")
            ):
                # "Russia is part of the Minsk Group": a state within a body is its member
                typ, x, y, mx, my = "member_of", y, x, my, mx
            if (
                typ == "member_of"
                and y
                and (registry.get(x) or {}).get("kind") in MEMBER_BODIES
                and (registry.get(y) or {}).get("kind") in ("state", "person", "government")
            ):
                # "the CSTO, which comprises Russia, Armenia ...": the states are its members
                x, y, mx, my = y, x, my, mx
            where = location
            if mx is not None and mx.label == "TOWN":
                # "Ganja came under fire": a town does no act; the authorities seated in it
                # do ("Stepanakert accused Baku")
                x = _town_seat(registry, mx)
                if x is None:
                    continue
            if my is not None and my.label == "TOWN":
                from ..vocabulary import relation_type_table

                if relation_type_table()[typ]["category"] in TOWN_TARGET_CATEGORIES:
                    if not _two_sides(registry, x, y):
                        continue  # "Aliyev described the shelling of Ganja": not his own town
                    where = my.text  # "Armenia shelled Ganja": an attack on Azerbaijan, at Ganja
                else:
                    y = _town_seat(registry, my)  # "talks between Stepanakert and Baku"
                    if y is None:
                        continue  # "Blinken visited Goris": no relation with Armenia
            if (
                typ == "attack"
                and my is not None
                and _town_seat(registry, my)
                and not any(
                    t.lower_ in MILITARY_TARGETS for t in doc[max(sent.s0, my.start - 3) : my.start]
                )
            ):
                # "shelled Stepanakert": the people of the seat's land, not its authorities
                y = registry.population(y)
            else:
                y = _fought_side(registry, typ, y)
            if (
                rule.id == "receive_visitor"
                and doc[trig.start].norm_ == "receive"
                and my is not None
                and _received_thing(doc, my, sent.s1)
            ):
                continue  # "received Armenia's request", "received EU candidate status"
            x = _ruling_group(registry, typ, x, mx, y)
            if rule.id in ("secede", "declare_independence", "declare_its_independence"):
                # "Nagorno-Karabakh broke away from Azerbaijan": those who hold it claim it
                x = _seceding_land(registry, sent, trig, x, y)
                gz = registry.gazetteer
                held = [
                    t
                    for t, r in gz.authorities.items()
                    if r in gz.role_defs and registry.role(r) == x
                ]
                if rule.id.startswith("declare_") and len(held) == 1:
                    x = held[0]  # "the separatists declared independence": the land they hold
                ruler = registry.gazetteer.authorities.get(x)
                if (
                    _actor_class(registry, x) != "territory"
                    or ruler not in registry.gazetteer.role_defs
                ):
                    continue  # ("Nakhchivan broke away": no group of its own holds it)
                x, y = registry.role(ruler), x
            if rule.id in EVACUATION_RULES:
                y = _evacuated(registry, sent, discourse, y)
                if y is None:
                    continue
            if typ in ("war", "dispute"):
                x = _fought_side(registry, typ, x)  # each side of a war is a state
            if x == y or not _plausible(registry, typ, x, y):
                continue
            if my is not None and my.label == "PAIR" and not _two_sides(registry, x, y):
                continue  # "Blinken urged all parties": not his own state
            if any(m is not None and m.anaphor for m in (mx, my)):
                factor *= ANAPHOR_FACTOR  # a party named in an earlier sentence
            c = Candidate(
                source=x,
                target=y,
                type=typ,
                status=status,
                rule=rule.id,
                confidence=confidence * factor,
                sentence=sent.number,
                evidence=sent.text,
                trigger=doc[trig.start : trig.end].text,
                spans=_spans(sent, trig.start, trig.end - 1, mx, my),
                head=trig.start,
                between=between_ids,
                location=where,
                date=when,
            )
            out.append(c)
            if rule.type in ("consult", "meet") and y:
                discourse.partner[x] = (y, sent.number)
                discourse.partner[y] = (x, sent.number)
            if frame == "accuse":
                discourse.accusers.setdefault(y, []).append(x)
                accused_after.append((trig.start, y))
            if rule.type in ("criticize", "disapprove") and y and status == "asserted":
                discourse.critics.setdefault(y, []).append(x)
            if rule.type in REQUEST_TYPES and y and status == "asserted":
                asked = discourse.demanders if rule.type == "demand" else discourse.requesters
                asked.setdefault(y, []).append(x)
            if status == "offered" and y and rule.frame != "mutual" and _proposed(sent, trig):
                discourse.proposers.setdefault(y, []).append(x)
                discourse.offer = (x, sent.number)
    _implied_attacks(out, sent, registry)
    out.extend(_blamed_blockades(out, sent, registry))
    out.extend(_condemned_attacks(out, sent))
    _calls_for_integrity(out, sent)
    _verbal_attacks(out, sent, registry)
    # ("the decision to recognise Karabakh as part of Azerbaijan was taken by Pashinyan",
    # "Armenia was taken by surprise"): a state is not what "taken by" seizes
    out[:] = [
        c
        for c in out
        if not (
            c.rule == "taken_by"
            and c.type == "occupy"
            and (registry.get(c.target) or {}).get("kind") == "state"
        )
    ]
    out.extend(_rejected_requests(out, sent))
    out.extend(_truces_ending_wars(out, sent))
    out.extend(_seized_in_attacks(out, sent, registry))
    out.extend(_untargeted_offensives(out, sent, registry, when))
    out.extend(_implied_cleansing(out, sent, registry, when))
    out.extend(_returned_lands(out, sent, registry))
    out.extend(_laid_down_arms(out, sent, discourse, registry, when))
    out.extend(_boycotts(out, sent, registry, when))
    out.extend(_told_attacks(out, sent, registry, hist))
    # statuses that depend on the rest of the sentence
    from ..vocabulary import relation_type_table

    extra: list[Candidate] = []
    objects_of_hostile: set = set()
    if accused_after or denied_from:
        records = relation_type_table()
        objects_of_hostile = {
            i
            for t in sent.triggers
            if t.rule.type and records[t.rule.type]["sign"] < 0
            for i in range(t.end, t.match_end)
        }
    for c in out:
        # "accused X of violating the ceasefire": the ceasefire violated is no accused act
        violated = c.head in objects_of_hostile and relation_type_table()[c.type]["sign"] > 0
        # an act that the accuser reports after "accuse X of": alleged
        if (
            any(h < c.head and x == c.source for h, x in accused_after)
            and c.status == "asserted"
            and not violated
        ):
            c.status = "alleged"
        # an act in a denial: denied
        if (
            any(
                h < c.head and _same_side(registry, x, c.source, doc, (h, c.head))
                for h, x in denied_from
            )
            and c.type != "deny"
            and not violated
        ):
            # ("dismissed the charge as baseless and accused Paris of ...": a charge of its
            # own, which stays asserted, and whose target the denial answers)
            if relation_type_table()[c.type]["category"] not in SPEECH_CATEGORIES:
                c.status = "denied"
            if c.target and not any(o.type == "deny" and o.source == c.source for o in out + extra):
                # "Armenia denied shelling Ganja": the denial answers the side the act would
                # have hit (its accuser), when the sentence names no other
                side = _state_of(registry, c.target) or c.target
                denier, who = max(
                    (h, x)
                    for h, x in denied_from
                    if h < c.head and _same_side(registry, x, c.source, doc, (h, c.head))
                )
                # (a hostile act only: "denied sending fighters to Azerbaijan" answers no charge
                # of Azerbaijan's; nor is a road or a region the accuser: "denied blocking the
                # corridor" answers the accuser the text names, or none)
                hostile = relation_type_table()[c.type]["sign"] < 0
                # (nor a people: "rejected the charge of ethnic cleansing" answers its accuser)
                land = (registry.get(side) or {}).get("kind") in ("territory", "population")
                if side != c.source and hostile and not land:
                    extra.append(
                        replace(
                            c,
                            source=who,  # ("Aliyev denied that Azerbaijan ...": Aliyev)
                            target=side,
                            type="deny",
                            status="asserted",
                            rule="deny_act",
                            confidence=c.confidence * 0.8,
                            trigger=doc[denier].text,
                            head=denier,
                            spans=_spans(sent, denier, denier),
                        )
                    )
        # reported speech
        for trig, speaker, where in speakers:
            inside = (
                (where == "before" and trig.start < c.head)
                or (
                    where == "after"
                    and trig.start > c.head
                    # (not "demanded a change to its constitution, which it says contains claims":
                    # the report of a relative clause covers only that clause)
                    and not {t.lower_ for t in doc[max(sent.s0, trig.start - 4) : trig.start]}
                    & {"which", "who", "whom"}
                )
            )
            if not inside:
                continue
            ids = [m.actor for m in speaker if m.actor]
            if c.source in ids or c.type in ("deny",):
                continue
            if ids and _own_side(registry, ids[0], c.source):
                _speaker_stance(c, ids[0], registry, doc)
                break  # '"We must act," Menendez said': no one accuses their own side
            if (
                _background_act(doc, trig.end if where == "before" else sent.s0, c.head)
                or (where == "before" and _relative_fact(sent, trig.end, c.head))
            ) and not _charged_by_victim(c, ids, registry):
                # "X said the refugees fled after Azerbaijan retook the region", "..., following
                # Azerbaijan's operation, HRW said": the time of what was said, not a charge
                # (but "Armenia said two soldiers died after Azerbaijan shelled Jermuk" is one)
                break
            if c.target == "":
                if c.type == "protest":
                    break  # ("X said protesters rallied": no charge, `_protests_at_home`)
                if (
                    ids
                    and not _fellow_side(registry, ids[0], c.source)
                    and not any(
                        o.type == c.type
                        and o.source == c.source
                        and o.target
                        and _exchanged(o, out)
                        for o in out
                    )
                ):
                    category = relation_type_table()[c.type]["category"]
                    if relation_type_table()[c.type]["sign"] >= 0 and category == "control":
                        break  # "X said Y controls the area": no accusation
                    if category == "conflict":
                        kind = "accuse_aggression"
                    elif category in HOSTILE_CATEGORIES:
                        kind = "accuse"
                    else:
                        kind = c.type
                    extra.append(_accusation(c, ids[0], kind, speaker, trig, doc))
                    discourse.accusers.setdefault(c.source, []).append(ids[0])
                    if (
                        c.type == "attack"
                        and not set(c.trigger.lower().split()) & CHARGE_NOUNS
                        and "if" not in [w.lower_ for w in doc[max(sent.s0, c.head - 8) : c.head]]
                    ):
                        # (not "a provocation by X", "X's aggression": a charge named, no harm
                        # reported; nor "if Armenian territory came under attack")
                        _reported_victim(c, ids[0], speaker, registry, discourse, sent)
                break
            from ..vocabulary import relation_type_table

            category = relation_type_table()[c.type]["category"]
            if c.status == "asserted":
                # a hostile act one side reports is its allegation; a meeting, a talk or an
                # agreement reported stays asserted (only who reported it is recorded)
                if relation_type_table()[c.type]["sign"] < 0:
                    c.status = "alleged"
                c.reported_by = ids[0] if ids else None
                c.confidence *= 0.95
            # not "X is part of Y"; nor a mutual state ("said the disputes between A and B"):
            # a report that two sides fight or quarrel charges neither
            record = relation_type_table()[c.type]
            hostile = record["sign"] < 0 and not record["symmetric"]
            if hostile and _exchanged(c, out):
                hostile = False  # "reports of an exchange of fire": each way, no one charged
            if (
                category in HOSTILE_CATEGORIES
                and hostile
                and ids
                and c.rule != "skip_summit"  # ("Pashinyan skipped the summit, Peskov said")
                and not _fellow_side(registry, ids[0], c.source, c.target)
            ):
                kind = "accuse_aggression" if category == "conflict" else "accuse"
                extra.append(_accusation(c, ids[0], kind, speaker, trig, doc))
                discourse.accusers.setdefault(c.source, []).append(ids[0])
            elif (
                c.type == "military_aid"
                and ids
                and _arms_to_foe(c, ids[0], registry, discourse)
                # ("Aliyev said Russia supplied arms to both Armenia and Azerbaijan": a fact)
                and not any(
                    o.type == "military_aid"
                    and o.source == c.source
                    and _state_of(registry, o.target) == _state_of(registry, ids[0])
                    for o in out
                )
            ):
                # "Aliyev said France and India were arming Armenia": a charge against the
                # suppliers of the speaker's foe, and the supply its allegation
                c.status = "alleged"
                extra.append(_accusation(c, ids[0], "accuse", speaker, trig, doc))
            break
    for trig, speaker, where in speakers:
        ids = [m.actor for m in speaker if m.actor]
        if ids and where == "after":
            discourse.speakers[sent.number] = (doc[trig.start : trig.end].text, ids)
        if ids and (registry.get(ids[0]) or {}).get("kind") in ("person", "state"):
            discourse.last_speaker = (ids[0], sent.number)  # 'X added as follows: "We ...'
        if ids and (registry.get(ids[0]) or {}).get("kind") in ("igo", "ngo"):
            discourse.bodies_said.append((sent.number, ids[0]))  # ("HRW said ...": its report)
    issuer = discourse.issuer
    for c in out:
        # in a body's own statement, "provocations by Armenia" with no target named: the
        # body's charge all the same (its state is the one provoked)
        if (
            c.target == ""
            and issuer
            and not speakers
            and relation_type_table()[c.type]["category"] == "conflict"
            and not _own_side(registry, issuer, c.source)
            and _state_of(registry, c.source) != _state_of(registry, issuer)
        ):
            extra.append(_charge(replace(c, target=issuer), issuer, "statement_accusation"))
    out = _journeys_kept(_protests_at_home(out, registry), sent)
    out = [c for c in out if c.target != ""] + extra
    out.extend(_obligations(sent, speakers, registry, when, discourse))
    out.extend(_preconditions(sent, speakers, registry, when))
    out.extend(_judged_unacceptable(sent, speakers, registry, when))
    out.extend(_judged_violations(sent, speakers, registry, when))
    out.extend(_judged_as_violations(sent, out))
    out.extend(_named_as_crimes(sent, out, discourse, registry, when))
    out.extend(_amounting_crimes(sent, out, speakers, discourse, registry, when))
    out.extend(_welcomed_back(sent, out, discourse, registry, when))
    out.extend(_joint_statement_opening(sent, registry, when))
    out.extend(_threatened_responses(sent, out, speakers, discourse, registry, when))
    out = _requested_mediation(out, registry)
    # ("asked for talks with Aliyev", "asked for Turkey to join": not asked of them)
    out = [c for c in out if not (c.rule == "urge" and _asked_for_other(sent, c.head))]
    out = _conditioned_demands(out, sent)
    out = [c for c in out if not _victims_named(c, sent)]
    # ("took Kalbajar from Azerbaijan": land taken; not "took 20 Armenians from Goris"; the
    # trigger itself asks for both named, `_taken_between`; "Armenian forces took Kalbajar in
    # 1993": only land is taken, not "took Armenia to court")
    out = [
        c
        for c in out
        if c.rule not in ("take_from", "take_land")
        or (registry.get(c.target) or {}).get("kind") == "territory"
    ]
    out = [c for c in out if not _party_helped(c, out, registry)]
    _summoners_protest(out, sent)
    out.extend(_charged_failures(sent, out, speakers, registry, when))
    out.extend(_prepared_aggression(sent, out, speakers, registry, when))
    out.extend(_embassy_hosts(out, sent, registry, when))
    out.extend(_relative_reactions(out, sent, registry, when))
    out.extend(_concern_with_call(sent, out, when, discourse, registry))
    out = _downgrade_evacuations(out, sent)
    out = _national_opposition(_protesting_people(out, registry), sent, registry)
    out.extend(_protesters_protest(out, sent))
    out.extend(_held_captives(sent, out, registry, when))
    out.extend(_acts_in_solidarity(sent, out, registry, when))
    out.extend(_trials(sent, out, registry, when))
    out = _patients_carried(out, sent, registry)
    out.extend(_conditions(sent, refused, speakers, registry, when))
    out.extend(_demanded_changes(sent, out, speakers, registry, when))
    out.extend(_reopening_demands(sent, out, speakers, discourse, registry, when))
    out = _agreed_by_two(out, sent)
    out.extend(_open_road_denials(sent, out, speakers, discourse, registry, when))
    out.extend(_negated_charges(sent, out, unsaid, speakers, discourse, registry, when))
    out.extend(_killed_in_attacks(sent, out, registry, when))
    out.extend(_member_qualifiers(sent, registry, when))
    out.extend(_missions_hosted(sent, out, registry, when))
    out.extend(_bracketed_members(sent, registry, when))
    out = _proposed_meetings(out, sent, registry)
    out = _separatist_wars(_trilateral(out, sent, discourse, registry), sent, registry)
    out = _brokered_deals(_mediated_talks(_callers_are_no_parties(out)), sent)
    out.extend(_named_blockade(sent, out, discourse, registry, when))
    out.extend(_ended_rule(sent, out, discourse, registry, when))
    out.extend(_border_closed_1993(sent, out, discourse, registry, when))
    out.extend(_told_in_call(sent, out, when))
    out.extend(_relief_convoys(sent, out, registry, when))
    out.extend(_returned_to_control(sent, out, registry, when))
    out.extend(_arms_suppliers(sent, out, registry, when))
    # "delivered aid to the population of X": the humanitarian aid, not a second, general one
    # ("economic aid and humanitarian aid": two kinds, both kept)
    relief = {(c.source, c.target) for c in out if c.type == "humanitarian_aid"}
    if relief and not any(t.lower_ in OTHER_AID_WORDS for t in sent.doc[sent.s0 : sent.s1]):
        out = [c for c in out if not (c.rule == "aid" and (c.source, c.target) in relief)]
    # "prompted calls for restraint from Moscow and Washington": those who call are not
    # called on
    callers = {c.source for c in out if c.rule.startswith("prompted_calls_from")}
    out = [
        c
        for c in out
        if not (c.type == "appeal" and c.target in callers and c.source not in callers)
    ]
    for c in out:
        if hist and c.status in ("asserted",):
            c.status = "historical"
    return out
